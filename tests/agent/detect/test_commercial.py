"""Commercial detectors: payment terms, the customer's own terms, discounts, prices, start
date, term length, co-terming and split orders — each with positives and near misses.

The deal under test was quoted at net 30 (the views' default), so "net 30" restates it.
"""

from __future__ import annotations

import pytest

from agent.detect import BUSINESS, commercial
from agent.models import Reason
from tests.agent.detect.cases import GAP, Case, Table, check, coverage_problems, near, pos, table

R = Reason

CASES: Table = {
    R.PAYMENT_TERMS_CHANGE: [
        pos(
            "it",
            "Il pagamento sarà disposto entro 30 giorni dall'esito positivo della verifica di "
            "conformità.",
        ),
        # the quote named only to be set aside: "not as in the proposal"
        pos(
            "pt", "Lancei com a condição padrão da rede (3x – 30/60/90 DDL), não com a da proposta."
        ),
        pos("de", "Zahlung in drei Raten, nicht wie im Angebot."),
        near("pt", "Pagamento em 30 dias, como na proposta."),
        # paying and a span of days, whatever grammar joins them
        pos("es", "Por norma interna a todos los proveedores se les paga a 75 días naturales."),
        pos("de", "Zahlungsbeding. : Z045 innerhalb 45 Tagen ohne Abzug"),
        pos("de", "Zahlungsbedingung ...... ZB60 innerhalb 60 Tagen"),
        pos("it", "Le fatture vengono pagate dopo 90 giorni dal ricevimento."),
        pos("en", "Heads-up: invoices get paid 75 days from receipt here, that's how AP runs."),
        near("en", "Please send the signed order form within 14 days."),
        near("es", "Le pagamos a 30 días como en su cotización."),
        near(
            "de", "Wir zahlen nicht nach 60 Tagen, sondern wie vereinbart nach 30 Tagen netto.", GAP
        ),
        near("fr", "Nous réglerons la facture à 30 jours comme convenu."),
        near("it", "Il PO vi arriverà entro 10 giorni lavorativi."),
        pos("en", "Our AP department only pays suppliers 60 days end of month."),
        pos("en", "We can only pay once the system has passed our acceptance test."),
        pos("de", "Bitte beachten Sie, dass unsere Zahlungsbedingungen 90 Tage netto sind."),
        pos("de", "Wir möchten den Betrag in drei Raten über das Jahr verteilt zahlen."),
        pos("fr", "Selon notre politique, les factures sont réglées à 45 jours fin de mois."),
        pos("es", "Nuestro sistema paga a los proveedores a 90 días fecha factura."),
        pos("it", "Il pagamento avverrà a 60 giorni data fattura fine mese."),
        pos("nl", "Wij hanteren een betalingstermijn van 60 dagen na factuurdatum."),
        pos("pt", "O pagamento será feito em duas parcelas, metade agora e metade no go-live."),
        near("en", "Net 30 as in your quote is fine with us; the PO is attached."),
        near("en", "Payment will be made within 30 days as agreed."),
        near("de", "Die Zahlung erfolgt wie vereinbart 30 Tage netto."),
        near("fr", "Le paiement se fera à 30 jours, comme prévu dans votre offre."),
        near("es", "El pago se realizará a 30 días, tal como figura en la oferta."),
        near("it", "Il termine di pagamento resta a 30 giorni come da offerta."),
        near("nl", "De betaaltermijn van 30 dagen uit uw offerte is akkoord."),
        near("pt", "Não há alterações nas condições de pagamento: 30 dias, conforme a proposta."),
        pos("pt", "Todos os fornecedores recebem no dia 20 do mês seguinte, via boleto."),
        pos("de", "Die Überweisung erfolgt immer am 15. des Folgemonats."),
        pos("fr", "Nos virements partent le 10 du mois suivant la réception de la facture."),
        near("en", "We will send the signed order form by the 15th of the following month."),
        near("pt", "A nota fiscal deve ser emitida no dia da entrega."),
        pos("en", "can u do 60d? thx"),
        pos("de", "Könnt ihr auch 90 Tage?"),
        pos("it", "OdA in allegato, già applicato lo sconto 3% pagamento anticipato."),
        near("en", "Can you do the kickoff call on Monday?"),
        near("it", "Lo sconto del 10% è già applicato come da offerta."),
        pos(
            "es",
            "Las facturas se abonan mediante confirming a sesenta (60) días desde su recepción.",
        ),
        pos("en", "Per group policy, invoices are paid ninety (90) days from receipt."),
        pos(
            "it",
            "La fatturazione, compreso il canone, potrà avvenire solo dopo l'esito del collaudo.",
        ),
        pos(
            "en",
            "Invoicing, including the subscription fee, may only happen after acceptance sign-off.",
        ),
        near("en", "Invoices are only accepted after the PO number is quoted on them."),
    ],
    R.PO_TERMS_SUPERSEDE: [
        # acceptance by performance across commas; the offer named only to be overridden
        pos(
            "it", "L'esecuzione dell'ordine, anche parziale, ne costituisce accettazione integrale."
        ),
        pos(
            "it",
            "L'ordine è regolato dalle Condizioni Generali di Acquisto (rev. 04/2026), che "
            "prevalgono su quelle del fornitore, anche se richiamate nell'offerta.",
        ),
        pos("en", "Our purchase terms govern, even if your quote refers to your own terms."),
        near("it", "L'ordine è regolato dalle condizioni dell'offerta, come concordato."),
        # a document of their own said to win where it and ours disagree
        pos(
            "en",
            "We accept your terms only where they don't clash with our vendor policy, which wins"
            " in the event of any conflict.",
        ),
        pos(
            "de",
            "Bei Widersprüchen geht unsere Lieferantenrichtlinie Ihren Bedingungen vor und gilt.",
        ),
        pos("fr", "Notre charte fournisseurs prévaut en cas de contradiction avec vos conditions."),
        near(
            "en", "Our supplier code of conduct applies to every vendor; please sign and return it."
        ),
        near("nl", "Onze gedragscode voor leveranciers vindt u in de bijlage."),
        # left out of the contract, and the supplier named after the terms
        pos(
            "en",
            "Vendor terms, those printed on your quotation included, do not form part of"
            " this call-off.",
        ),
        pos("fr", "Les conditions générales du prestataire ne feront pas partie du marché."),
        pos("es", "Los términos del proveedor no forman parte del pedido."),
        near("en", "The delivery note does not form part of the invoice."),
        near("fr", "Les conditions du fournisseur figurent en annexe 2 du devis."),
        # "no other terms" shuts ours out unless the order is placed under what we signed
        pos("en", "This purchase order is final. No other terms and conditions shall apply."),
        near(
            "en",
            "This PO is issued under the Master Services Agreement between the parties. "
            "No other terms apply.",
        ),
        near(
            "nl",
            "De order valt onder de raamovereenkomst tussen partijen; geen andere voorwaarden.",
        ),
        # standard terms named by their acronym (a public buyer's); our own SLA is no such thing
        pos("nl", "Op deze bestelling zijn de ARVODI-2018-voorwaarden van toepassing."),
        pos("de", "Für diesen Auftrag gelten die EVB-IT Bedingungen des Landes."),
        near("de", "Die SLA-Bedingungen aus Ihrem Angebot gelten unverändert."),
        # the customer's own terms struck out of this order
        near("de", "Der Verweis auf unsere Einkaufsbedingungen ist in der Bestellung gestrichen."),
        near("en", "The reference to our purchase conditions has been struck out of this PO."),
        pos("en", "Our standard purchasing terms apply and take precedence over your order form."),
        pos("en", "By delivering the services you accept the terms printed on the back of the PO."),
        pos(
            "de",
            "Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen; abweichende "
            "Bedingungen des Lieferanten werden nicht anerkannt.",
        ),
        pos("fr", "Nos conditions générales d'achat prévalent sur votre contrat cadre."),
        pos("es", "Nuestras condiciones generales de compra se aplican a este pedido."),
        pos("it", "Le nostre condizioni generali di acquisto prevalgono su quelle del fornitore."),
        pos("nl", "Op deze bestelling zijn uitsluitend onze inkoopvoorwaarden van toepassing."),
        pos("pt", "As nossas condições gerais de compra prevalecem sobre o vosso contrato."),
        near("en", "Your MSA governs this order; our PO carries no terms of its own."),
        near("en", "Could you send us a copy of your terms and conditions for our file?"),
        near(
            "de",
            "Wie vereinbart gilt Ihr Rahmenvertrag; unsere Einkaufsbedingungen finden keine "
            "Anwendung.",
        ),
        near("fr", "Nous avons bien lu vos conditions générales et n'avons pas de remarques."),
        near("es", "Nuestro departamento legal ha revisado sus condiciones y las acepta tal cual."),
        near("it", "Le condizioni del vostro contratto quadro restano invariate."),
        near("nl", "Uw raamovereenkomst blijft leidend; onze voorwaarden gelden hier niet."),
        near("pt", "Os termos do vosso contrato continuam a aplicar-se; o pedido segue em anexo."),
        pos(
            "en",
            "This order is placed under the Trust's Terms and Conditions for the Supply of Goods.",
        ),
        pos("en", "No other terms and conditions shall apply to this purchase order."),
        pos("de", "Für diese Bestellung gelten keine anderen Bedingungen als unsere."),
        pos("es", "No se aplicará ninguna otra condición distinta de las de este pedido."),
        near(
            "en",
            "Our terms and conditions for the supply of goods are attached for information "
            "only; your MSA governs.",
        ),
        pos("es", "legal dice q aplican nuestras CG de compra, van en el reverso de la OC"),
        near("es", "Adjuntamos la orden de compra; rigen las condiciones de vuestra oferta."),
    ],
    R.DISCOUNT_REQUEST: [
        # a discount the quote already gives, restated
        near("es", "Condiciones: Precio y descuento según su oferta CQ-26-0402."),
        near("it", "Sconto del 20% secondo la vostra offerta."),
        # any "-n't" negates; a discount column at zero asks for none
        near("en", "That's only our template: we haven't asked for a discount."),
        near("en", 'The "Discount %" column on the PO shows 0.00.'),
        near("de", "Die Spalte Rabatt zeigt 0,00 %, es ist kein Nachlass vorgesehen."),
        pos("en", "Is there any chance of an extra 5% off if we pay upfront?"),
        pos("en", "Procurement asked me to get a better rate — could you do 10% off the licences?"),
        pos("de", "Könnten Sie uns bei drei Jahren Laufzeit noch einen Nachlass von 8 % gewähren?"),
        pos("fr", "Serait-il possible d'obtenir une remise supplémentaire de 7 % ?"),
        pos("es", "¿Podrían aplicarnos un descuento del 10 % por ser clientes desde hace años?"),
        pos("it", "Ci servirebbe uno sconto aggiuntivo del 5% per rientrare nel budget."),
        pos("nl", "Kunnen jullie nog een korting van 6% geven op de implementatiekosten?"),
        pos("pt", "Conseguem um desconto adicional de 8% se assinarmos ainda este mês?"),
        near("en", "The 12% discount we agreed is shown correctly on the PO."),
        near("en", "Our PO already reflects the partner discount from your quote."),
        near(
            "de",
            "Der vereinbarte Rabatt von 10 % ist in der Bestellung bereits berücksichtigt.",
        ),
        near("fr", "La remise de 15 % prévue dans le devis figure bien sur le bon de commande."),
        near("es", "El descuento pactado ya aparece en el pedido, así que no hay cambios."),
        near("it", "Lo sconto concordato in offerta è già riportato nell'ordine."),
        near(
            "nl",
            "Wij hebben de afgesproken korting uit de offerte overgenomen in de bestelling.",
        ),
        near("pt", "O desconto acordado na proposta já está refletido na ordem de compra."),
    ],
    R.PRICE_CHANGE: [
        # the customer takes it that more falls within the quoted price
        pos("nl", "Wij gaan ervan uit dat de implementatiedagen binnen het offertebedrag vallen."),
        pos("en", "We assume the onboarding workshop is covered by the quoted fee."),
        pos("it", "Partiamo dal presupposto che la formazione sia compresa nel prezzo."),
        pos("es", "Damos por hecho que la migración está dentro del importe ofertado."),
        near("en", "We assume you received our PO 4500012345 last week."),
        near("nl", "Wij gaan ervan uit dat de prijs gelijk blijft aan de offerte."),
        # an amount set away from the quote, not only a share of it
        pos("en", "Heads-up: the PO comes in at GBP 1,200 below the quote."),
        pos("de", "Die Bestellung liegt 1.500 € unter dem Angebot."),
        near("en", "The PO is for the quoted GBP 14,200, nothing below the quote."),
        # something of ours wanted at no cost: a price change that names no price
        pos("en", "Our QA lead expects the audit pack to be included at no additional cost."),
        pos("de", "Das Validierungspaket sollte ohne Aufpreis mit enthalten sein."),
        pos("it", "Vorremmo che la formazione fosse inclusa senza costi aggiuntivi."),
        near("en", "Registration on our supplier portal is free of charge for all vendors."),
        near("de", "Die Registrierung im Lieferantenportal ist für Sie kostenlos."),
        pos(
            "en",
            "The unit price on the order form is too high; please correct it to $42 a seat.",
        ),
        pos("en", "We can only approve this at last year's price of €35 per user."),
        pos("de", "Der Stückpreis im Angebot ist zu hoch, bitte passen Sie ihn auf 40 € an."),
        pos("fr", "Pourriez-vous revoir le prix unitaire à la baisse ?"),
        pos("es", "El precio por usuario debería ser de 30 €, no de 36 € como en la oferta."),
        pos("it", "Vi chiediamo di ridurre il prezzo dei servizi di implementazione."),
        pos(
            "nl",
            "Kunnen jullie de prijs per licentie aanpassen naar het bedrag van vorig jaar?",
        ),
        pos("pt", "O preço por licença tem de ser revisto, está acima do orçamento aprovado."),
        near("en", "The price on the PO matches your quote exactly."),
        near("en", "Prices remain as quoted; no changes on our side."),
        near("de", "Die Preise bleiben wie im Angebot vereinbart."),
        near("fr", "Les prix du bon de commande sont identiques à ceux de votre devis."),
        near("es", "¿El precio de la oferta incluye ya la formación inicial?"),
        near("it", "Il prezzo indicato nell'ordine è quello della vostra offerta."),
        near("nl", "De prijs op de bestelling is gelijk aan die in uw offerte."),
        near("pt", "Os preços mantêm-se conforme a proposta aprovada."),
        pos("en", "fyi PO will be 10% under the quote, budget."),
        pos("es", "El pedido irá un 5 % por debajo de la oferta."),
        pos("pt", "A OC vai sair 8% abaixo da proposta."),
        near("en", "Usage is 10% under the forecast this quarter."),
        pos(
            "nl",
            "De jaarlijkse prijsindexatie uit uw offerte wordt voor deze order niet toegepast.",
        ),
        pos(
            "en", "Please note the CPI uplift in your quote will not be accepted by our AP system."
        ),
        near("en", "The CPI indexation applies as stated in your quote."),
    ],
    R.START_DATE_CHANGE: [
        # the start set against another date; a delivered service moved
        pos("pt", "Aprovado, mas o arranque só em outubro, não em julho."),
        pos("en", "Fine by us, but the kick-off on 2 June instead of 5 May please."),
        pos("en", "Could we push the training sessions to November?"),
        pos("de", "Können wir die Schulung auf Oktober verschieben?"),
        pos("it", "Possiamo spostare la migrazione dei dati a settembre?"),
        near("en", "We will not move the training; it stays on 4 May as planned."),
        near("en", "The start stays on 1 April, as in your quote."),
        near("de", "Unsere Buchhaltung zieht im Oktober um, die Bestellung folgt diese Woche."),
        near("es", "La formación del 3 de marzo fue muy útil, gracias."),
        near("nl", "De implementatie loopt goed; de PO volgt volgende week."),
        # the quoted date negated: "from September, not from July as quoted"
        pos(
            "en", "Please let the licences run from 1 October, not from 1 August as in your offer."
        ),
        pos(
            "de", "Die Lizenzen sollen ab 1. Oktober laufen und nicht ab 1. August wie im Angebot."
        ),
        near("en", "The licences run from 1 August as in your offer; nothing else changes."),
        near("de", "Die Lizenzen laufen wie im Angebot ab 1. August, daran ändert sich nichts."),
        # invoicing held back to a month is the first invoice moving
        pos("nl", "Facturatie kan daarom niet eerder plaatsvinden dan in januari 2027."),
        pos("en", "Billing should not start before March 2027, when our budget opens."),
        near("en", "Please put the PO number on every invoice you send in March."),
        # a floor under the start, whatever the month is spelled like
        pos("en", "Our first invoice from you should come in October, not before."),
        pos("it", "La prima fattura deve partire da ottobre, non prima, per favore."),
        pos("de", "Die erste Rechnung bitte frühestens im Oktober stellen."),
        near("en", "The first invoice goes to the accounts payable address below."),
        pos("en", "Could the subscription start on 1 July instead of 1 May?"),
        pos("en", "Please push the contract start date back by two months."),
        pos("en", "The first invoice should only be dated after our fiscal year starts in April."),
        pos("de", "Wir möchten den Vertragsbeginn auf den 1. Oktober verschieben."),
        pos("fr", "Merci de décaler la date de début de l'abonnement au 1er septembre."),
        pos("es", "¿Es posible retrasar la fecha de inicio de la suscripción hasta enero?"),
        pos("it", "Vorremmo posticipare la data di inizio dell'abbonamento al 1° giugno."),
        pos("nl", "Kan de ingangsdatum van het abonnement naar 1 augustus worden verschoven?"),
        pos("pt", "Precisamos de adiar a data de início da subscrição para 1 de março."),
        near("en", "Our subscription starts on 1 May as per the order form; PO attached."),
        near("en", "We moved our kickoff meeting to Thursday, see the new invite."),
        near("de", "Der Vertragsbeginn bleibt wie vereinbart der 1. April."),
        near("fr", "La date de début indiquée dans le devis nous convient."),
        near("es", "La fecha de inicio del contrato es la misma que en la oferta."),
        near("it", "La data di inizio resta quella concordata nell'offerta."),
        near("nl", "We hebben het startoverleg verplaatst naar dinsdag."),
        near("pt", "Mudámos a reunião de arranque para quinta-feira."),
        pos(
            "de",
            "Die Laufzeit beginnt laut Angebot am 1. April. "
            "Können wir den Beginn auf den 1. Juli legen?",
        ),
        pos(
            "en",
            "Your quote has the subscription starting on 1 March. "
            "Could we move the start to 1 May?",
        ),
        near(
            "de",
            "Die Laufzeit beginnt laut Angebot am 1. April. "
            "Den Beginn der Schulung planen wir im Mai.",
        ),
    ],
    R.TERM_LENGTH_CHANGE: [
        # two different terms in a sentence that names the quote: the PO's is not the quote's
        pos("pt", "A encomenda saiu com 36 meses, ao preço mensal da proposta de 24 meses."),
        pos("de", "Die Bestellung läuft über 24 Monate, das Angebot nannte 12 Monate."),
        pos("en", "Our PO is for 36 months at the monthly price of the 12-month quote."),
        near("en", "Per the quote, the 12-month term starts on 1 May and renews for 12 months."),
        near("pt", "O pedido de 12 meses segue a proposta de 12 meses."),
        pos("en", "Could we sign for 24 months rather than the 36 in the quote?"),
        pos(
            "en", "Our policy caps software commitments at one year, so the term must be 12 months."
        ),
        pos("de", "Wir würden die Laufzeit gerne auf zwei Jahre verkürzen."),
        pos("fr", "Pouvons-nous prolonger la durée du contrat à cinq ans au lieu de trois ?"),
        pos("es", "Queremos reducir la duración del contrato a 12 meses."),
        pos("it", "Vorremmo estendere la durata dell'abbonamento a 48 mesi."),
        pos("nl", "Is het mogelijk de looptijd te verlengen naar 36 maanden?"),
        pos("pt", "Gostaríamos de reduzir o prazo do contrato para um ano."),
        near("en", "The 36-month term on the order form is what we approved."),
        near("en", "In the long term we plan to roll this out to all our sites."),
        near("de", "Die Laufzeit von 36 Monaten ist wie im Angebot."),
        near("fr", "La durée de 24 mois correspond à ce que nous avons validé."),
        near("es", "El plazo de 36 meses es el acordado; adjuntamos el pedido."),
        near("it", "La durata di 36 mesi è quella dell'offerta, nessuna modifica."),
        near("nl", "De looptijd van 3 jaar blijft ongewijzigd."),
        near("pt", "O prazo de 36 meses mantém-se como na proposta."),
        pos("en", "Approved, but only on a 24 month term, not 36."),
        pos("de", "Freigabe nur für eine Laufzeit von 12 Monaten."),
        near("en", "Approved on the 36 month term as quoted."),
    ],
    R.COTERM_REQUEST: [
        # the new term tied to a running contract's end
        pos(
            "de",
            "Die Laufzeit soll so laufen, dass sie mit unserem bestehenden Rahmenvertrag endet.",
        ),
        pos("en", "Please set it up so the term finishes with our current support agreement."),
        pos("fr", "La durée doit se terminer avec notre contrat existant, le 31 décembre."),
        pos("nl", "Kan de looptijd eindigen samen met onze lopende overeenkomst?"),
        pos("es", "Que la suscripción termine con nuestro contrato vigente en junio, por favor."),
        near("en", "Our existing contract ends on 30 June; here is the PO for the new one."),
        near("de", "Unser bestehender Vertrag endet im Mai, die Bestellung folgt wie angeboten."),
        near("fr", "Notre contrat actuel expire en mars, voici le bon de commande."),
        near("es", "El contrato vigente vence en abril; adjuntamos la orden de compra."),
        near("nl", "Onze huidige overeenkomst loopt af in mei, de PO volgt."),
        # a PO matched in accounts payable is no co-terming
        near("en", "AP needs the PO matched before the renewal invoice comes in."),
        near("en", "Please make sure the invoice is matched after the renewal PO is booked."),
        pos("en", "Can these licences be co-termed with our subscription that renews in November?"),
        pos(
            "en", "Please align the end date with our main contract so everything renews together."
        ),
        pos(
            "de",
            "Bitte lassen Sie den Vertrag gemeinsam mit unserem bestehenden Vertrag enden.",
        ),
        pos("fr", "Pourriez-vous aligner l'échéance de ces licences sur notre contrat existant ?"),
        pos("es", "Queremos que estas licencias venzan a la vez que nuestro contrato actual."),
        pos("it", "Potete allineare la scadenza di questo ordine al contratto in essere?"),
        pos("nl", "Kunnen deze licenties dezelfde einddatum krijgen als ons huidige contract?"),
        pos("pt", "É possível alinhar o término destas licenças com o do nosso contrato atual?"),
        near("en", "This order is separate from our existing subscription and renews on its own."),
        near("en", "The new licences renew on their own anniversary, as in the quote."),
        near("de", "Der neue Vertrag läuft unabhängig von unserem bestehenden Vertrag."),
        near("fr", "Ces licences ont leur propre date d'échéance, comme dans le devis."),
        near("es", "Estas licencias se renuevan por separado de nuestro contrato actual."),
        near("it", "Questo ordine ha una scadenza indipendente dal contratto esistente."),
        near("nl", "Deze bestelling heeft een eigen einddatum, los van ons huidige contract."),
    ],
    R.SPLIT_ORDER: [
        pos("nl", "De bestelbon wordt opgesplitst over onze twee vennootschappen, 60/40."),
        pos("it", "L'ordine verrà suddiviso tra le due società del gruppo."),
        # a blanket order drawn down in call-offs, each invoiced on its own
        pos("de", "Aus der Rahmenbestellung werden monatliche Abrufe über je EUR 5.000 erzeugt."),
        pos("en", "Please invoice per call-off and quote the call-off number."),
        near("en", "Please call our office if the invoice address is unclear."),
        # a PO released in monthly parts, whatever the disclaimer under it says about mistakes
        pos(
            "pt",
            "O pedido será liberado em 12 (doze) parcelas mensais. Se você recebeu esta "
            "mensagem por engano, apague-a.",
        ),
        pos("en", "The PO balance is released in 4 quarterly call-offs."),
        near("en", "Our two POs were sent by mistake; please keep only 4500000002."),
        pos("en", "We'd like to split the order into two POs, one per business unit."),
        pos("en", "Finance will issue the PO in three tranches across the year."),
        pos(
            "de",
            "Wir müssen die Bestellung auf zwei Bestellungen für zwei Kostenstellen aufteilen.",
        ),
        pos("fr", "Nous souhaitons scinder la commande en deux bons de commande."),
        pos("es", "Necesitamos dividir el pedido en dos órdenes de compra distintas."),
        pos("it", "Dobbiamo suddividere l'ordine in due ordini, uno per ciascuna sede."),
        pos("nl", "We willen de bestelling opsplitsen in twee inkooporders."),
        pos("pt", "Vamos dividir a encomenda em duas ordens de compra, uma por empresa."),
        near(
            "en", "Please cancel the duplicate PO we sent by mistake; the correct one is attached."
        ),
        near("en", "The single PO covers both sites as quoted."),
        near("de", "Es gibt nur eine Bestellung für alle Standorte, wie im Angebot."),
        near("fr", "Une seule commande couvre les deux filiales, conformément au devis."),
        near("es", "Enviamos el pedido dos veces por error; ignoren el duplicado."),
        near("it", "Un unico ordine copre entrambe le sedi, come da offerta."),
        near("nl", "Wij sturen één inkooporder voor het volledige bedrag."),
        near("pt", "Enviamos uma única ordem de compra pelo valor total da proposta."),
        near("en", "SAP generated two orders for the same requisition, please ignore the first."),
    ],
}
DETECTORS = {
    R.PAYMENT_TERMS_CHANGE: commercial.payment_terms,
    R.PO_TERMS_SUPERSEDE: commercial.customer_terms,
    R.DISCOUNT_REQUEST: commercial.discount,
    R.PRICE_CHANGE: commercial.price_change,
    R.START_DATE_CHANGE: commercial.start_date_change,
    R.TERM_LENGTH_CHANGE: commercial.term_length,
    R.COTERM_REQUEST: commercial.coterm,
    R.SPLIT_ORDER: commercial.split_order,
}


@pytest.mark.parametrize("case", table(CASES))
def test_commercial_detector(case: Case) -> None:
    check(BUSINESS[case.reason], case)


def test_every_commercial_detector_has_its_cases() -> None:
    assert all(BUSINESS[r] is d for r, d in DETECTORS.items())
    assert coverage_problems(CASES, DETECTORS) == []
