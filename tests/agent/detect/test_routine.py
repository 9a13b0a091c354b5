"""Routine paperwork detectors (agent/detect/routine.py: ROUTINE_RULES plus the folded
patterns of other languages), one table per routine reason: the PO, billing entity, tax ID,
supplier registration, signature packet, documents asked for, status questions, a new
contact — each with positives and near misses."""

from __future__ import annotations

import pytest

from agent.detect import routine
from agent.models import Reason
from agent.rules.routine import ROUTINE_RULES
from tests.agent.detect.cases import Case, Table, check, coverage_problems, near, pos, table

R = Reason

CASES: Table = {
    R.PO_SUBMITTED: [
        pos("en", "Please find attached our purchase order 4500012345 for the subscription."),
        pos("en", "Our PO number is 4500098765; the PDF follows in a separate mail."),
        pos("de", "Anbei erhalten Sie unsere Bestellung Nr. 4500012345."),
        pos("fr", "Veuillez trouver ci-joint notre bon de commande n° 4500012345."),
        pos("es", "Adjuntamos la orden de compra 4500012345 por el importe de la oferta."),
        pos("it", "In allegato trovate il nostro ordine d'acquisto n. 4500012345."),
        pos("nl", "Bijgaand onze inkooporder 4500012345."),
        pos("pt", "Segue em anexo a nossa ordem de compra n.º 4500012345."),
        near("en", "We will issue the PO next week."),
        near("en", "The purchase order is still waiting for our CFO's approval."),
        near("de", "Die Bestellung wird nächste Woche ausgelöst."),
        near("fr", "Le bon de commande sera émis après la validation du budget."),
        near("es", "La orden de compra saldrá la semana que viene."),
        near("it", "L'ordine d'acquisto verrà emesso lunedì prossimo."),
        near("nl", "De inkooporder wordt volgende week aangemaakt."),
        near("pt", "A ordem de compra será emitida na próxima semana."),
    ],
    R.BILLING_DETAILS: [
        pos("en", "Please address the invoice to Acme Europe B.V., Keizersgracht 100, Amsterdam."),
        pos("en", "Invoices should go to ap-invoices@acme.example from now on."),
        pos("de", "Die Rechnungsadresse lautet: Acme GmbH, Musterstraße 5, 80331 München."),
        pos("fr", "Merci d'adresser la facture à Acme France SAS, 12 rue de la Paix, Paris."),
        pos(
            "es",
            "La factura debe emitirse a nombre de Acme Iberia S.L., Calle Mayor 3, Madrid.",
        ),
        pos(
            "it",
            "Vi preghiamo di intestare la fattura ad Acme Italia S.r.l., Via Roma 10, Milano.",
        ),
        pos("nl", "Het factuuradres is Acme Benelux B.V., Stationsplein 1, Utrecht."),
        pos("pt", "A fatura deve ser emitida em nome da Acme Portugal, Lda., em Lisboa."),
        near("en", "Our billing system migration is done, so the PO can go out this week."),
        near("en", "We received your invoice for the workshop and it has been paid."),
        near("de", "Die Rechnung für den Workshop ist bereits bezahlt."),
        near("fr", "La facture du mois dernier a bien été réglée."),
        near("es", "La factura de la formación ya está pagada."),
        near("it", "La fattura del mese scorso è già stata saldata."),
        near("nl", "De factuur van vorige maand is al betaald."),
        near("pt", "A fatura do mês passado já foi paga."),
    ],
    R.TAX_DETAILS: [
        pos("en", "Our VAT number is DE136695976."),
        pos("en", "Attached is our sales tax exemption certificate for Texas."),
        pos("de", "Unsere USt-IdNr. lautet DE 136 695 976."),
        pos("fr", "Notre numéro de TVA intracommunautaire est FR40303265045."),
        pos("es", "Nuestro NIF es B12345678."),
        pos("it", "La nostra partita IVA è IT01234567890."),
        pos("nl", "Ons btw-nummer is NL123456789B01."),
        pos("pt", "O nosso número de contribuinte é 501234567."),
        near("en", "The quoted amount is exclusive of VAT, which is fine for us."),
        near("en", "Our tax team closes the books on Friday, so the PO will come on Monday."),
        near("de", "Der Betrag versteht sich zuzüglich Mehrwertsteuer, wie im Angebot."),
        near("fr", "Le montant hors TVA correspond bien à votre devis."),
        near("es", "El importe no incluye el IVA, igual que en la oferta."),
        near("it", "L'importo dell'ordine è IVA esclusa, come nell'offerta."),
        near("nl", "Het bedrag is exclusief btw, zoals in de offerte."),
        near("pt", "O valor da proposta é sem IVA, como combinado."),
    ],
    R.SUPPLIER_REGISTRATION: [
        pos("en", "Please complete your registration in our Coupa supplier portal."),
        pos("en", "You have been invited to register as a supplier on our Ariba network."),
        pos("de", "Bitte registrieren Sie sich in unserem Lieferantenportal."),
        pos("fr", "Merci de compléter votre inscription sur notre portail fournisseurs."),
        pos("es", "Les hemos invitado a darse de alta como proveedor en nuestro portal."),
        pos("it", "Vi chiediamo di completare la registrazione sul nostro portale fornitori."),
        pos("nl", "Wilt u zich registreren als leverancier in ons inkoopportaal?"),
        pos("pt", "Por favor concluam o registo como fornecedor no nosso portal."),
        near("en", "We registered the new cost centre for this project yesterday."),
        near("en", "Our team has registered for your onboarding webinar next week."),
        near("de", "Die Kostenstelle für das Projekt ist jetzt im System registriert."),
        near("fr", "Nous nous sommes inscrits à votre webinaire de démarrage."),
        near("es", "Ya nos hemos registrado en su plataforma de formación."),
        near("it", "I nostri utenti si sono già registrati sulla vostra piattaforma."),
        near("nl", "Onze gebruikers hebben zich al geregistreerd op jullie platform."),
        near("pt", "Os nossos utilizadores já se registaram na vossa plataforma."),
    ],
    R.SIGNATURE_PACKET: [
        pos("en", "Attached is the signed order form."),
        pos("en", "Could you resend the signature pages? Our DocuSign link expired."),
        pos("de", "Anbei das unterschriebene Bestellformular zurück."),
        pos("fr", "Vous trouverez ci-joint le bon de commande signé par notre directeur."),
        pos("es", "Adjuntamos el formulario de pedido firmado."),
        pos("it", "In allegato il modulo d'ordine firmato dal nostro amministratore."),
        pos("nl", "Hierbij het ondertekende bestelformulier."),
        pos("pt", "Segue o formulário de encomenda assinado."),
        near("en", "I've signed up for your admin training on Thursday."),
        near("en", "My new phone number is in my email signature below."),
        near("de", "Meine neue Durchwahl finden Sie in der Signatur unten."),
        near("fr", "Mon nouveau numéro figure dans ma signature ci-dessous."),
        near("es", "Mi nuevo teléfono está en la firma de este correo."),
        near("it", "Il mio nuovo numero di telefono è nella firma qui sotto."),
        near("nl", "Mijn nieuwe nummer staat in mijn handtekening hieronder."),
        near("pt", "A assinatura anual começa em maio, conforme a proposta."),
    ],
    R.DOCUMENT_REQUEST: [
        pos("en", "Could you send us your W-9 and a certificate of insurance?"),
        pos("en", "Please provide a copy of your ISO 27001 certificate for our vendor file."),
        pos("de", "Bitte senden Sie uns Ihren aktuellen Handelsregisterauszug."),
        pos("fr", "Merci de nous transmettre votre attestation d'assurance et un extrait Kbis."),
        pos("es", "¿Nos pueden enviar el certificado de estar al corriente con Hacienda?"),
        pos("it", "Potete inviarci la visura camerale aggiornata?"),
        pos("nl", "Kunt u ons een recent uittreksel van de Kamer van Koophandel sturen?"),
        pos("pt", "Podem enviar-nos a certidão permanente da empresa?"),
        near("en", "Please send us a revised quote for 150 seats."),
        near("en", "Attached are the documents you asked for."),
        near("de", "Die angeforderten Unterlagen finden Sie im Anhang."),
        near("fr", "Vous trouverez en pièce jointe les documents demandés."),
        near("es", "Adjuntamos los documentos que nos pidieron."),
        near("it", "In allegato i documenti che ci avete chiesto."),
        near("nl", "In de bijlage vindt u de gevraagde documenten."),
        near("pt", "Em anexo seguem os documentos solicitados."),
    ],
    R.STATUS_INQUIRY: [
        pos("en", "Did you receive our PO last week?"),
        pos("en", "Just checking in on the status of our order."),
        pos("de", "Haben Sie unsere Bestellung erhalten?"),
        pos("fr", "Avez-vous bien reçu notre bon de commande ?"),
        pos("es", "¿Han recibido nuestra orden de compra?"),
        pos("it", "Avete ricevuto il nostro ordine?"),
        pos("nl", "Hebben jullie onze inkooporder ontvangen?"),
        pos("pt", "Receberam a nossa ordem de compra?"),
        near("en", "We will follow up with the signed form next week."),
        near("en", "The project status is green and the kickoff went well."),
        near("de", "Wir melden uns nächste Woche mit der Bestellung."),
        near("fr", "Nous reviendrons vers vous avec le bon de commande la semaine prochaine."),
        near("es", "Les escribiremos la próxima semana con la orden de compra."),
        near("it", "Vi ricontatteremo la settimana prossima con l'ordine."),
        near("nl", "We komen volgende week bij u terug met de inkooporder."),
        near("pt", "Voltamos a contactar na próxima semana com a ordem de compra."),
    ],
    R.CONTACT_CHANGE: [
        pos("en", "Sarah has left the company; please send everything about this order to me."),
        pos("en", "I'm taking over this purchase from Tom, who moved to another team."),
        pos("de", "Ab sofort ist Frau Keller Ihre Ansprechpartnerin im Einkauf."),
        pos(
            "fr",
            "Je remplace Marc, qui a quitté l'entreprise, pour le suivi de cette commande.",
        ),
        pos("es", "A partir de ahora, su contacto en compras será Lucía Pérez."),
        pos("it", "Da oggi la nuova referente per gli acquisti è Giulia Rossi."),
        pos("nl", "Vanaf nu ben ik uw contactpersoon voor deze bestelling."),
        pos("pt", "A partir de agora, o seu contacto para esta encomenda é a Ana Costa."),
        near("en", "Feel free to contact me if you need anything else for the PO."),
        near("en", "Tom is on holiday this week, but the PO is attached."),
        near("de", "Bei Fragen zur Bestellung können Sie mich gerne kontaktieren."),
        near("fr", "N'hésitez pas à me contacter pour toute question sur la commande."),
        near("es", "No duden en contactarme si necesitan algo más."),
        near("it", "Per qualsiasi domanda sull'ordine potete contattarmi."),
        near("nl", "Neem gerust contact met me op als u nog iets nodig heeft."),
        near("pt", "Qualquer dúvida sobre a encomenda, podem contactar-me."),
    ],
}
# Every reason the paperwork detector can return, from either of its two tables.
ROUTINE_REASONS = {rule.reason for rule in ROUTINE_RULES} | set(routine._FOLDED)


@pytest.mark.parametrize("case", table(CASES))
def test_routine_detector(case: Case) -> None:
    check(routine.paperwork, case)


def test_every_routine_reason_has_its_cases() -> None:
    assert set(CASES) == ROUTINE_REASONS
    assert coverage_problems(CASES, ROUTINE_REASONS) == []
