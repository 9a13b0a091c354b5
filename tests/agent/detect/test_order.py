"""Order detectors: timing commitments asked for, a PO held back on a condition, cancellation,
holds and budget freezes, descoping, unsigned amendments, legal changes, a new contracting
party — each with positives and near misses."""

from __future__ import annotations

import pytest

from agent.detect import BUSINESS, order
from agent.models import Reason
from tests.agent.detect.cases import Case, Table, check, coverage_problems, near, pos, table

R = Reason

CASES: Table = {
    R.COMMITMENT_REQUEST: [
        pos("en", "Our steering group needs it in writing that the trainers' travel is included."),
        pos("en", "Could you put in writing that the rollout team is booked for that weekend?"),
        pos("de", "Bitte bestätigen Sie uns schriftlich, dass keine Zusatzkosten entstehen."),
        pos("fr", "Il nous faut une confirmation écrite que la maintenance est comprise."),
        pos("es", "¿Nos pueden confirmar por escrito que el soporte 24/7 está incluido?"),
        pos("it", "Ci serve per iscritto la conferma che la formazione è compresa nel prezzo."),
        pos("nl", "Dat wil ik zwart op wit van jullie: geen meerkosten voor de migratie."),
        pos("pt", "Precisamos que confirmem por escrito que a migração não tem custo extra."),
        near("en", "Please confirm receipt of our PO in writing."),
        near("en", "All changes to this order must be agreed in writing by both parties."),
        near("de", "Die Bestellung erhalten Sie schriftlich per Post."),
        near("fr", "Merci de confirmer par écrit la bonne réception du bon de commande."),
        near("es", "No necesitamos ninguna confirmación por escrito, gracias."),
        near("it", "Vi mandiamo l'ordine per iscritto entro venerdì."),
        near("nl", "Wilt u de ontvangst van de order schriftelijk bevestigen?"),
        near("pt", "Enviaremos a nota de encomenda por escrito amanhã."),
        pos(
            "pt",
            "Só aprovaremos a encomenda mediante um compromisso escrito sobre a data de arranque.",
        ),
        pos("es", "Solo firmaremos con una garantía por escrito de la fecha de puesta en marcha."),
        near("pt", "Enviamos o compromisso escrito da nossa direção em anexo."),
    ],
    R.TIMING_COMMITMENT_REQUEST: [
        near("en", "Please find attached PO 4471 covering the implementation workshops."),
        pos("en", "Please find the PO attached, and please confirm the go-live date of 3 May."),
        pos(
            "en",
            "Accounts must be switched on before our audit on 3 May. "
            "Can you confirm that date works?",
        ),
        pos("de", "Wir brauchen die Lizenzen bis 15. April aktiv. Passt Ihnen dieser Termin?"),
        pos("fr", "Le service doit être opérationnel le 2 juin. Cette date vous convient-elle ?"),
        near("en", "Our fiscal year starts on 1 July. Thanks for the quote."),
        near("de", "Die Bestellung ist vom 3. März. Können Sie den Eingang bestätigen?"),
        # asked whether the date the sentence before names is realistic for us
        pos(
            "en",
            "Our board sees the new console on 12 June. I take it that's realistic for you?",
        ),
        pos("de", "Der Rollout ist für den 3. März angesetzt. Ist das für Sie machbar?"),
        near("en", "Our launch party is on 3 June. Is a 30-day payment term realistic for you?"),
        # our status as their supplier is no activation
        near("es", "¿Nos confirman? Ya figuran como proveedor activo con el número 200418."),
        near("en", "Can you confirm you saw it? Your vendor record is now active as V-1045."),
        # a supplier ("Lieferant") is no delivery ("Lieferung")
        near("de", "Bitte schließen Sie die Lieferantenregistrierung innerhalb von 10 Tagen ab."),
        pos("en", "Can you confirm the licences will be active by 1 June?"),
        pos("en", "When will our users be able to log in to the new tenant?"),
        pos("en", "We need a firm go-live date from you before we release the PO."),
        pos("de", "Bis wann können Sie die Bereitstellung der Lizenzen zusagen?"),
        pos("fr", "Pouvez-vous nous confirmer la date de mise en service ?"),
        pos("es", "¿Nos pueden garantizar que la plataforma estará activa antes del 15 de abril?"),
        pos("it", "Ci potete confermare entro quando sarà attivato il servizio?"),
        pos("nl", "Kunnen jullie bevestigen dat de omgeving voor 1 mei live staat?"),
        pos("pt", "Podem confirmar a data de ativação das licenças?"),
        near("en", "Please confirm receipt of the attached PO."),
        near("en", "We expect to issue the PO by Friday."),
        near("de", "Unser Go-live ist intern für Juni geplant; die Bestellung liegt bei."),
        near("fr", "Merci de nous confirmer la bonne réception du bon de commande."),
        near("es", "Les enviaremos la orden de compra antes del viernes."),
        near("it", "Vi confermiamo che l'ordine partirà entro fine settimana."),
        near("nl", "Kunnen jullie de ontvangst van onze bestelling bevestigen?"),
        near("pt", "Podem confirmar a receção da nossa ordem de compra?"),
    ],
    R.CONDITIONAL_PO: [
        # issuing our invoice is not the customer's order
        near("es", "¿Podéis actualizarlo en vuestro sistema antes de emitir la factura?"),
        near("en", "Please update your records before you issue the invoice."),
        # an order sent but still under a reservation
        pos("en", "The order remains subject to approval by our board next week."),
        pos("de", "Der Auftrag steht noch unter dem Vorbehalt der Freigabe durch den Vorstand."),
        pos("nl", "De opdracht blijft onder voorbehoud van goedkeuring door de directie."),
        near("en", "The PO is subject to our usual three-way match on invoices."),
        pos("en", "We will issue the PO once you agree to net 60 payment terms."),
        pos(
            "en",
            "Legal will only sign the order form if the liability cap goes up to 2x fees.",
        ),
        pos("de", "Die Bestellung wird erst freigegeben, wenn Sie uns 5 % Rabatt zusagen."),
        pos(
            "fr", "Nous émettrons le bon de commande à condition d'obtenir un paiement à 60 jours."
        ),
        pos("es", "Solo firmaremos el pedido si nos confirman la fecha de entrega por escrito."),
        pos(
            "it",
            "Emetteremo l'ordine solo dopo che avrete accettato il pagamento a 90 giorni.",
        ),
        pos(
            "nl",
            "De inkooporder wordt pas vrijgegeven als jullie akkoord gaan met 5% korting.",
        ),
        pos("pt", "Só emitiremos a ordem de compra se aceitarem o pagamento a 60 dias."),
        pos("de", "Die Bestellung geht raus, sobald Sie uns den Punkt unten bestätigen."),
        near("en", "We will issue the PO next week."),
        near("en", "We release the PO on Thursday, after our purchasing committee meets."),
        near("en", "The PO will be released once our finance system is back up on Monday."),
        near("de", "Die Bestellung geht raus, sobald die Lieferantennummer angelegt ist."),
        near("fr", "Le bon de commande sera émis dès que votre fiche fournisseur sera validée."),
        near("es", "Emitiremos la orden de compra en cuanto recibamos su certificado fiscal."),
        near("it", "L'ordine sarà emesso appena completata la registrazione nel portale."),
        near("nl", "De bestelling volgt zodra we uw KvK-uittreksel hebben ontvangen."),
        near("pt", "A ordem de compra será emitida assim que recebermos a ficha de fornecedor."),
        pos("pt", "a OC é condicionada à integração SSO estar pronta, TI pediu."),
        pos("en", "The PO is contingent on the data migration being finished."),
        near("en", "The PO is not dependent on anything else, it is attached."),
    ],
    R.CANCELLATION: [
        near("en", "pls cancel 4400999, it's a dup - the right one is 4401000"),
        near("es", "Anulamos la OC 4300000001 por duplicidad; la válida es la OC 4300000002."),
        near("pt", "Cancelem o pedido 4500000001 por duplicidade, o correto é o 4500000002."),
        pos("en", "Unfortunately we have to cancel this order; the board stopped the project."),
        pos("en", "We no longer need the licences and withdraw our purchase order."),
        pos("de", "Hiermit stornieren wir unsere Bestellung vom 3. März."),
        pos("fr", "Nous annulons la commande, le projet étant abandonné."),
        pos("es", "Lamentablemente tenemos que cancelar el pedido por un cambio de prioridades."),
        pos("it", "Purtroppo dobbiamo annullare l'ordine, il progetto non partirà."),
        pos("nl", "Wij trekken de bestelling in; het project gaat niet door."),
        pos("pt", "Infelizmente vamos cancelar a encomenda."),
        near("en", "Please cancel the duplicate PO; the correct one is attached."),
        near("en", "We cancelled Tuesday's call — can we talk on Thursday instead?"),
        near(
            "de", "Bitte stornieren Sie die doppelt gesendete Bestellung, die richtige liegt bei."
        ),
        near("fr", "Nous avons annulé la réunion de lancement, une nouvelle invitation suit."),
        near("es", "Por favor, anulen la orden de compra duplicada; la correcta va adjunta."),
        near("it", "Abbiamo annullato la riunione di domani, vi mando un nuovo invito."),
        near(
            "nl", "Graag de dubbel verstuurde inkooporder annuleren; de juiste zit in de bijlage."
        ),
        near("pt", "Por favor cancelem a ordem de compra duplicada; a correta segue em anexo."),
        near(
            "en",
            "Our ERP created two orders for the same requisition; cancel 4500012 and use "
            "4500019 instead.",
        ),
        near(
            "de",
            "Bitte storniert 4711001 und verwendet stattdessen 4711002, sonst bleibt alles gleich.",
        ),
        pos("pt", "afinal a administração decidiu não avançar, cancelem por favor."),
        pos("en", "Management has decided not to go ahead with the purchase."),
        near("en", "Management decided to go ahead; the PO follows next week."),
    ],
    R.BUDGET_FREEZE: [
        # an approval or signature awaited inside the customer's process is no hold
        near(
            "it",
            "La richiesta è in attesa della firma del procuratore, prevista entro il 30 maggio.",
        ),
        near("fr", "La commande est en attente de validation par notre direction."),
        pos("it", "L'ordine resta in attesa fino a nuovo avviso."),
        # English "stopped" is not the German "stoppen": the order must be what stops
        pos("en", "We stopped the order until the budget review is done."),
        pos("en", "Processing of the PO has been stopped for now."),
        near("en", "The nightly export stopped working on Friday."),
        pos("en", "Please put the order on hold until further notice; spending is frozen."),
        pos("en", "The purchase has to go back to the steering committee for re-approval."),
        pos("de", "Wegen eines Budgetstopps müssen wir die Bestellung vorerst zurückstellen."),
        pos("fr", "Suite au gel budgétaire, la commande est suspendue jusqu'à nouvel ordre."),
        pos("es", "Por congelación presupuestaria, dejamos el pedido en espera."),
        pos("it", "Il budget è stato congelato e l'ordine resta sospeso."),
        pos("nl", "Door een budgetstop zetten we de bestelling tijdelijk on hold."),
        pos("pt", "Devido ao congelamento do orçamento, a encomenda fica suspensa."),
        near("en", "The budget for this purchase is approved and the PO is attached."),
        near("en", "Sorry for the hold-up, the PO is attached now."),
        near("de", "Das Budget ist freigegeben, die Bestellung folgt morgen."),
        near("fr", "Le budget est validé, vous recevrez le bon de commande demain."),
        near("es", "El presupuesto ya está aprobado; la orden de compra sale esta semana."),
        near("it", "Il budget è stato approvato, l'ordine segue domani."),
        near("nl", "Het budget is goedgekeurd; de inkooporder volgt vandaag."),
        near("pt", "O orçamento foi aprovado e a ordem de compra segue em anexo."),
    ],
    R.DESCOPE: [
        # approved only in part, or for a reduced amount (a forwarded internal approval)
        pos("it", "Ok per il rinnovo, approvato però solo per due moduli su tre."),
        pos("de", "Die Verlängerung ist genehmigt, aber nur für zwei Module."),
        pos("en", "The renewal is approved, but only for 30 seats."),
        pos("es", "Emitid el pedido por el importe reducido que os indico."),
        pos("fr", "La commande partira pour le montant réduit, sans le module RH."),
        near("en", "Approved; only 30 days until the PO goes out."),
        near("de", "Genehmigt, nur zwei Tage bis zur Bestellung."),
        near("it", "Approvo il rinnovo per tutti e quattro i moduli."),
        near("en", "The reduced amount on the draft PO was a typo; the PO is for the full total."),
        pos("en", "We'll only take 60 of the 80 licences for now."),
        pos("en", "Please remove the training days from the order."),
        pos("de", "Wir benötigen nur noch 50 statt 75 Lizenzen."),
        pos("fr", "Merci de retirer le module analytique de la commande."),
        pos("es", "Necesitamos reducir el número de usuarios de 100 a 70."),
        pos("it", "Vorremmo togliere dall'ordine i servizi di consulenza."),
        pos("nl", "We nemen voorlopig maar 40 van de 60 licenties af."),
        pos("pt", "Queremos retirar o pacote de formação da encomenda."),
        near("en", "All 80 licences from the quote are on the PO."),
        near("en", "Please remove my colleague Anna from cc on this thread."),
        near("de", "Alle 75 Lizenzen aus dem Angebot sind in der Bestellung enthalten."),
        near("fr", "La commande reprend l'intégralité des modules du devis."),
        near("es", "Por favor, quiten a mi compañero de la lista de correo de este hilo."),
        near("it", "L'ordine comprende tutte le 100 licenze dell'offerta."),
        near("nl", "Wilt u mijn oud-collega uit de cc verwijderen?"),
        near("pt", "A ordem de compra inclui todas as licenças da proposta."),
    ],
    R.AMENDMENT_UNSIGNED: [
        # "Nachtrag:" / "Addendum:" labelling the mail's own afterthought
        near(
            "de", "Nachtrag: die Kostenstelle lautet 4711, falls Sie sie für die Rechnung brauchen."
        ),
        near("en", "Addendum: our PO will carry the number 4500077812, in case you need it early."),
        pos("de", "Den Nachtrag zum Rahmenvertrag zeichnen wir erst, wenn Punkt 4 gestrichen ist."),
        # The order form or contract will not be signed: going ahead without a signature.
        pos(
            "de", "Das Bestellformular zeichnen wir grundsätzlich nicht gegen, wir zahlen einfach."
        ),
        pos("fr", "Pas besoin de contresigner de votre côté, envoyez-nous la facture."),
        pos("en", "We won't countersign the order form; just invoice us and we'll pay."),
        near("en", "We will sign the order form this week and send it back."),
        near("de", "Das Bestellformular wird morgen von der Geschäftsführung unterschrieben."),
        pos("en", "The amendment you sent has not been signed yet, legal still has questions."),
        pos("en", "Can you send us an amendment that adds our new affiliate to the contract?"),
        pos("de", "Der Nachtrag zum Vertrag ist bei uns noch nicht unterschrieben."),
        pos("fr", "L'avenant au contrat n'est toujours pas signé de notre côté."),
        pos("es", "La adenda al contrato todavía está pendiente de firma."),
        pos("it", "L'addendum al contratto non è ancora stato firmato dal nostro legale."),
        pos("nl", "Het addendum bij de overeenkomst is nog niet ondertekend."),
        pos("pt", "O aditamento ao contrato ainda não foi assinado."),
        near("en", "The signed amendment is attached, so we are all set."),
        near("en", "The amendment was countersigned last week; the PO is attached."),
        near("de", "Der unterschriebene Nachtrag liegt bei."),
        near("fr", "Vous trouverez ci-joint l'avenant signé."),
        near("es", "Adjuntamos la adenda firmada por ambas partes."),
        near("it", "In allegato l'addendum firmato."),
        near("nl", "Het getekende addendum zit in de bijlage."),
        near("pt", "Segue em anexo o aditamento assinado."),
    ],
    R.LEGAL_CHANGE: [
        pos("en", "Our legal team needs the liability cap raised to twice the annual fees."),
        pos("en", "Please remove the auto-renewal clause from the agreement."),
        pos("de", "Unsere Rechtsabteilung möchte die Haftungsklausel im Rahmenvertrag ändern."),
        pos("fr", "Notre service juridique demande de modifier la clause de responsabilité."),
        pos("es", "Nuestro equipo legal quiere renegociar la cláusula de indemnización."),
        pos(
            "it",
            "Il nostro ufficio legale chiede di eliminare la clausola di rinnovo automatico.",
        ),
        pos("nl", "Onze juristen willen de aansprakelijkheidsclausule aanpassen."),
        pos(
            "pt", "O nosso jurídico pede a alteração da cláusula de limitação de responsabilidade."
        ),
        near("en", "Our legal team has reviewed the MSA and has no comments."),
        near("en", "Please send a copy of your certificate of insurance for our vendor file."),
        near("de", "Die Rechtsabteilung hat den Vertrag ohne Änderungen freigegeben."),
        near("fr", "Notre service juridique a validé le contrat sans modification."),
        near("es", "El contrato ha sido revisado por legal y está aprobado tal cual."),
        near("it", "L'ufficio legale ha approvato il contratto senza modifiche."),
        near("nl", "Onze juristen hebben de overeenkomst zonder opmerkingen goedgekeurd."),
        near("pt", "O jurídico aprovou o contrato sem alterações."),
    ],
    R.PO_QUANTITY_MISMATCH: [
        pos("en", "PO attached. It's 40 licences, not 45, finance trimmed it."),
        pos("es", "La orden es por 80 usuarios, no 100."),
        near("en", "Please use PO 4500012345, not 4500012340."),
        near("de", "Wir haben 40 Nutzer, nicht alle sind aktiv."),
        # the quote's own add-on seats, referred to by the quote, are no change
        near("en", "For the additional seats under Q-2025-0931, the invoice goes to our AP team."),
        near("de", "Für die zusätzlichen Lizenzen im Rahmen des Angebots anbei die Bestellung."),
        near("pt", "Segue a encomenda dos 12 utilizadores adicionais, no valor proposto."),
        near("es", "Adjunto el pedido de las 8 licencias adicionales al precio ofertado."),
        pos("en", "We need 20 additional seats on top of the quote."),
        # seats beside the quoted ones
        pos("en", "The 12 seats on top of the 300 on your quote are for our contractors."),
        pos("de", "Wir brauchen 15 Lizenzen zusätzlich zu den 200 im Angebot."),
        pos("es", "Son 8 licencias además de las 40 de la oferta."),
        near("en", "The 300 seats on your quote cover all our contractors."),
        pos("en", "Our PO covers 180 user licences instead of the 200 in your quote."),
        pos("en", "Please add 15 more seats to the order before you book it."),
        pos("de", "Die Bestellung lautet auf 45 Lizenzen statt 50."),
        pos("fr", "Le bon de commande porte sur 30 utilisateurs au lieu de 25."),
        pos("es", "Necesitamos 10 licencias adicionales para el equipo de Monterrey."),
        pos("it", "Potete portare le licenze a 60 invece di 50?"),
        near("en", "Our PO covers the 200 user licences from your quote."),
        near("de", "Die Bestellung umfasst wie angeboten 50 Lizenzen."),
        near("fr", "Nous avons 25 utilisateurs, comme prévu dans le devis."),
        near("nl", "De bestelling is voor 40 licenties, net als in de offerte."),
        near("pt", "A encomenda inclui as 30 licenças da proposta, sem alterações."),
        pos("en", "Finance approved it, but raise the PO for 300 seats only this year."),
        pos("de", "Die Bestellung geht nur über 60 Lizenzen, den Rest bestellen wir später."),
        pos("es", "Emitimos el pedido solo para 80 usuarios por ahora."),
        pos("en", "The remaining 40 go on a separate PO after the budget reset."),
        pos("nl", "De overige 25 komen op een aparte bestelling in het nieuwe boekjaar."),
        near("en", "Only 2 users need admin rights in the new tenant."),
        near("de", "Nur 3 Nutzer brauchen einen Administratorzugang."),
        near("pt", "Apenas 5 utilizadores vão assistir à formação."),
    ],
    R.PARTY_CHANGE: [
        # after an acquisition: contracts moved, the order form re-issued in another name
        pos("en", "Since the merger all vendor contracts are being moved to our parent's entity."),
        pos("en", "Please issue the order form in the name of: Harbour Tech (Asia) Pte. Ltd."),
        pos("de", "Die Verträge werden ab Juli auf unsere neue Muttergesellschaft umgestellt."),
        near("en", "Please address the invoice to: Harbour Tech Pte. Ltd., 1 Raffles Place."),
        near("en", "Our contracts team has moved to a new office."),
        pos("en", "The contract should be with Acme Holdings GmbH instead of Acme Inc."),
        pos(
            "en",
            "Please reissue the order form in the name of our new subsidiary, Acme Nordics AB.",
        ),
        pos(
            "de",
            "Vertragspartner soll künftig unsere Tochtergesellschaft Acme Services GmbH sein.",
        ),
        pos("fr", "Le contrat doit être établi au nom de notre filiale Acme France SAS."),
        pos("es", "El contrato debe firmarse con nuestra filial española en lugar de la matriz."),
        pos("it", "Il contratto dovrà essere intestato alla nostra controllata italiana."),
        pos("nl", "De overeenkomst moet op naam van onze Nederlandse dochteronderneming komen."),
        pos("pt", "O contrato deve passar para o nome da nossa subsidiária em Portugal."),
        near(
            "en", "Please send invoices to our shared service centre; the contract stays with us."
        ),
        near("en", "The company name on our PO is Acme Inc., the same as on the order form."),
        near(
            "de", "Rechnungen bitte an unsere Buchhaltung in Hamburg, Vertragspartner bleibt Acme."
        ),
        near("fr", "Notre nouvelle acheteuse, Claire, remplace Marc sur ce dossier."),
        near("es", "Nuestra nueva responsable de compras es Lucía, que sustituye a Pedro."),
        near("it", "La nuova referente acquisti è Giulia, al posto di Marco."),
        near("nl", "Onze nieuwe inkoper Sanne neemt dit dossier over van Pieter."),
        near("pt", "A nossa nova compradora, Ana, substitui o João neste processo."),
        pos("it", "Il consorzio firmerà il contratto e diventerà vostro contraente."),
        pos("de", "Die Stadtwerke GmbH wird ab 1. April Ihr Vertragspartner."),
        pos("en", "Our holding company will be the contracting party from now on."),
        near("en", "The contracting party remains Contoso GmbH as in the quote."),
        near("it", "Il contraente resta l'Università, come da offerta."),
        pos("pt", "Pedimos que reemitam a proposta e o contrato em nome desta entidade."),
        pos("fr", "Merci d'établir le contrat au nom de cette société, notre nouvelle holding."),
        near("pt", "O contrato fica em nome da mesma entidade, como na proposta."),
        pos(
            "it",
            "Sarà la controllata ad emettere l'ordine e ad essere la Vostra controparte "
            "contrattuale.",
        ),
        near("it", "La controparte contrattuale resta la capogruppo, come da offerta."),
        # one entity set against another in a clause about who contracts or orders
        pos(
            "en",
            "The PO will be issued by Contoso Holding GmbH instead of Contoso Deutschland GmbH.",
        ),
        pos("es", "El contrato lo firmará Grupo Norte S.L. en lugar de Norte Servicios S.A."),
        pos("it", "Il contratto sarà stipulato da Alfa Holding S.p.A. invece che da Alfa S.r.l."),
        pos(
            "nl",
            "De overeenkomst wordt getekend door Eemstad Holding B.V. "
            "en niet door Eemstad Zorg B.V.",
        ),
        near("en", "Invoices to Contoso Finance B.V. instead of Contoso B.V. from now on."),
        # not this one but that one; our documents made out again; the contract assigned
        pos(
            "es",
            "El pedido no se emitirá desde Grupo Norte S.L., sino desde: Norte Corporación S.A.",
        ),
        pos("en", "The PO will not come from Contoso Ltd but from Contoso Holdings plc."),
        pos(
            "es", "Se ruega que la oferta y el contrato se reemitan a nombre de la nueva sociedad."
        ),
        pos("it", "Si chiede di riemettere offerta e contratto con la nuova intestazione."),
        pos(
            "pt",
            "Solicitamos que a proposta e o contrato sejam reemitidos em nome desta sociedade.",
        ),
        pos("es", "El contrato deberá cederse a nombre de la sociedad absorbente."),
        near("en", "The order will not be sent by post but by e-mail."),
        pos("en", "The subscription will be purchased and paid by our Slovak subsidiary."),
        pos("en", "Can you please reissue the order form and the quote to this entity?"),
        near("en", "Can you please reissue the invoice with this entity's VAT number?"),
        near("en", "Could you re-issue the invoice with our PO number on it?"),
        near("it", "Il ticket è stato assegnato al nostro reparto IT."),
        near("de", "Bestellung 4711 von der Muster GmbH, wie im Angebot."),
        near("pt", "A fatura deve ir para a Águas do Mondego, S.A. e não para o e-mail antigo."),
    ],
}
DETECTORS = {
    R.COMMITMENT_REQUEST: order.commitment_request,
    R.TIMING_COMMITMENT_REQUEST: order.timing_request,
    R.CONDITIONAL_PO: order.conditional_po,
    R.CANCELLATION: order.cancellation,
    R.BUDGET_FREEZE: order.hold_or_budget,
    R.DESCOPE: order.descope,
    R.AMENDMENT_UNSIGNED: order.amendment,
    R.LEGAL_CHANGE: order.legal_change,
    R.PARTY_CHANGE: order.party_change,
    R.PO_QUANTITY_MISMATCH: order.quantity_change,
}


@pytest.mark.parametrize("case", table(CASES))
def test_order_detector(case: Case) -> None:
    check(BUSINESS[case.reason], case)


def test_every_order_detector_has_its_cases() -> None:
    assert all(BUSINESS[r] is d for r, d in DETECTORS.items())
    assert coverage_problems(CASES, DETECTORS) == []
