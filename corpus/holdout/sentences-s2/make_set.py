#!/usr/bin/env python3
"""Hand-written boundary sentences for PO Desk (holdout set s2).

Every sentence below was written by hand for this set. Running this script
writes sentences.jsonl next to it, byte for byte the same each time:
one JSON object per line, keys in the order expect, text, lang, why,
UTF-8, no ASCII escaping, "\n" line endings.

Kinds (kept here only, not written to the JSONL):
  forbid  F:TIME F:ORDER F:AMOUNT F:PAYTERMS F:TERMS F:CLAUSE F:SIGN F:BANK
  allow   A:GREET A:ACK A:REQ A:WHO A:CLOSE A:DATE A:REFUSE A:QUESTION
          A:ASQUOTED A:CUSTTIME
"""
import json
import os
import sys
from collections import Counter

WHY = {
    "F:TIME": "Promises delivery, installation, activation or go-live timing.",
    "F:ORDER": "Accepts or confirms the order in other words.",
    "F:AMOUNT": "Agrees to an amount, quantity or price other than quoted, or grants a discount or credit.",
    "F:PAYTERMS": "Agrees to payment terms the customer proposed.",
    "F:TERMS": "Lets the customer's terms govern or take precedence over ours.",
    "F:CLAUSE": "Drops or waives a contract clause.",
    "F:SIGN": "Agrees to proceed without the required signature.",
    "F:BANK": "States bank or remit-to details or says they changed.",
    "A:GREET": "Greeting only.",
    "A:ACK": "Acknowledges what arrived without accepting anything.",
    "A:REQ": "Asks for missing ordering data.",
    "A:WHO": "Says who will follow up and commits to nothing.",
    "A:CLOSE": "Closing only.",
    "A:DATE": "The date only identifies a document or message.",
    "A:REFUSE": "Declines or defers instead of committing.",
    "A:QUESTION": "Asks the customer a question and promises nothing.",
    "A:ASQUOTED": "Restates that the quoted terms stay unchanged.",
    "A:CUSTTIME": "Mentions the customer's own timeline without promising ours.",
}

# Short override reasons used for the deliberately hard items.
W_RECEIPT = "Confirms receipt of a document, not the order."
W_SOON = "The soon-ness refers to our follow-up, not to delivery or activation."
W_NETQ = "The payment term is restated as quoted, not newly agreed."
W_QPROM = "A question that is really an offer to commit."
W_LONG = "The subordinate clause carries the commitment."
W_COMPANY = "Our company as subject still makes the commitment."
W_PASSIVE = "Passive voice still states the commitment."
W_BANKREF = "Refuses to handle bank details by e-mail; states none."
W_DISCREP = "Points out a discrepancy and defers it; agrees to nothing."
W_NOSIGN = "Says the signature is still needed; does not waive it."

S = []  # (lang, kind, text, why)


def add(lang, rows):
    for row in rows:
        kind, text = row[0], row[1]
        why = row[2] if len(row) > 2 and row[2] else WHY[kind]
        S.append((lang, kind, text, why))


# ---------------------------------------------------------------- English
add("en", [
    ("F:TIME", "You can count on the licences being live well before your fiscal year-end."),
    ("F:TIME", "Given that your rollout starts in the autumn, I'll make sure the environment is ready in good time.", W_LONG),
    ("F:TIME", "As soon as your PO clears on your side, your team will have its logins within the same week."),
    ("F:ORDER", "Consider it done: your purchase order is now in our books."),
    ("F:ORDER", "We're happy to move forward on the basis of PO 4500012345 as issued."),
    ("F:ORDER", "Now that the order has gone through on our end, is there anything else your team needs from us?", W_QPROM),
    ("F:ORDER", "Thanks to the PO you sent on Monday, everything is locked in on our side and there is nothing more you need to do."),
    ("F:AMOUNT", "The 92,500 on your PO instead of the quoted 96,000 is something we can live with."),
    ("F:AMOUNT", "If it helps with your budget approval, I've taken another 7% off the second-year fees."),
    ("F:AMOUNT", "Northwind will credit the three unused seats against your first invoice.", W_COMPANY),
    ("F:AMOUNT", "Going down to 150 users, as your PO shows, is fine with us at the same unit price."),
    ("F:PAYTERMS", "Net 60 end of month is perfectly acceptable for this order."),
    ("F:PAYTERMS", "Your proposal to spread the first-year fee over four quarterly instalments has been approved internally.", W_PASSIVE),
    ("F:PAYTERMS", "Paying on the 15th after 75 days, which I understand is your ERP's default, won't cause us any trouble."),
    ("F:PAYTERMS", "Why don't we simply align the invoice due date with your standard 90-day payment cycle?", W_QPROM),
    ("F:TERMS", "No objection from our side to your purchasing terms applying to this order."),
    ("F:TERMS", "Where your PO terms and our order form differ, yours will prevail."),
    ("F:TERMS", "We're comfortable with starting the work counting as acceptance of your general conditions of purchase."),
    ("F:TERMS", "The T&Cs linked from your PO can govern the subscription, so we won't insist on our MSA."),
    ("F:CLAUSE", "We'll take the auto-renewal clause out of the order form, as you asked."),
    ("F:CLAUSE", "The limitation of liability in section 11 need not apply to your organisation."),
    ("F:CLAUSE", "Happy to waive the annual price-uplift clause for the first renewal."),
    ("F:CLAUSE", "I've struck the audit-rights provision so that your legal team doesn't have to review it again."),
    ("F:SIGN", "There's no need to wait for your CFO's signature; we'll proceed on the strength of the PO alone."),
    ("F:SIGN", "The unsigned order form is fine for now, and the signature can follow whenever it suits you."),
    ("F:SIGN", "Provisioning has been started even though the signature packet has not come back yet.", W_PASSIVE),
    ("F:SIGN", "Since your signatory is away until the end of the month, we'll treat the PO as sufficient and go ahead without the signed order form.", W_LONG),
    ("F:BANK", "From now on, please remit to our new account, IBAN GB29 NWBK 6016 1331 9268 19."),
    ("F:BANK", "Our remit-to address has changed to PO Box 7741, Dallas, TX 75397."),
    ("F:BANK", "Payments for this order should go to the Barclays account ending 4417 rather than the one shown on previous invoices."),

    ("A:GREET", "Hi Priya, hope the quarter-end rush is treating you kindly."),
    ("A:GREET", "Good morning Mr Okafor, and thank you for getting back to us so quickly."),
    ("A:ACK", "We received your PO 4500012345 and have passed it to our deal desk for review."),
    ("A:ACK", "Thanks for sending the completed W-9; it has reached the right people here."),
    ("A:ACK", "I can confirm that your e-mail and the attached PO arrived safely, although receiving them does not mean the order has been accepted yet.", W_RECEIPT),
    ("A:ACK", "Many thanks for the updated invoice address for Contoso Ltd, which we have noted."),
    ("A:REQ", "Before anything can move forward on our side, could you send us the PO number your system generated?"),
    ("A:REQ", "Could you let us know the exact legal entity we should bill, along with its VAT number?"),
    ("A:REQ", "We are still missing the order form signed by an authorised signatory on your side, so could you send it when you can?", W_NOSIGN),
    ("A:REQ", "Would you mind sending over the link to register Northwind in your supplier portal?"),
    ("A:WHO", "Our deal desk will come back to you on the points you raised about the payment schedule."),
    ("A:WHO", "My colleague Marta Lindqvist handles contract questions and will be in touch with you directly about your redlines."),
    ("A:WHO", "Someone from our deal desk will contact you shortly about the delivery prerequisites.", W_SOON),
    ("A:CLOSE", "Kind regards, and do let me know if anything is unclear."),
    ("A:CLOSE", "Looking forward to hearing from you once your finance team has issued the PO."),
    ("A:DATE", "Regarding your PO dated 3 March, the billing entity field appears to be blank."),
    ("A:DATE", "As referenced in our quote Q-2231 of 12 May, your contact for this deal is Tom Reyes."),
    ("A:DATE", "Thank you for your message of Tuesday 14 October and the documents attached to it."),
    ("A:REFUSE", "I'm not in a position to confirm a go-live date in writing; our deal desk will contact you to discuss scheduling."),
    ("A:REFUSE", "Payment terms are outside what I can agree by e-mail, so I have passed your request to our deal desk."),
    ("A:REFUSE", "Whether your purchasing terms can apply is a question for our legal team, who will reply to you separately."),
    ("A:REFUSE", "I'm afraid we never share or change bank details by e-mail; please verify any payment instructions by phone with your account manager.", W_BANKREF),
    ("A:QUESTION", "Could you tell us when your team plans to issue the PO?"),
    ("A:QUESTION", "Is Jane Doe still the right person in accounts payable for invoices on this deal?"),
    ("A:QUESTION", "Is there a cost centre or project code you would like us to quote on the invoice?"),
    ("A:ASQUOTED", "The pricing and quantities remain exactly as set out in quote Q-2231."),
    ("A:ASQUOTED", "Just to be clear, the payment terms stay as quoted, net 30 from the invoice date.", W_NETQ),
    ("A:ASQUOTED", "Nothing in the commercial terms changes; our order form and MSA apply as quoted."),
    ("A:CUSTTIME", "We note that your finance team raises POs on Thursdays."),
    ("A:CUSTTIME", "Understood that your project kickoff is planned for early September on your side."),
])

# ---------------------------------------------------------------- German
add("de", [
    ("F:TIME", "Sie können fest damit rechnen, dass die Lizenzen rechtzeitig vor Ihrem Projektstart freigeschaltet sind."),
    ("F:TIME", "Ich sorge persönlich dafür, dass Ihr Team gleich nach Ostern mit dem System arbeiten kann."),
    ("F:TIME", "Die Zugänge gehen in Kürze an Ihre Administratoren raus."),
    ("F:ORDER", "Ihr Auftrag ist bei uns in trockenen Tüchern."),
    ("F:ORDER", "Auf Grundlage Ihrer Bestellung 4500098765 gehen wir gerne weiter vor."),
    ("F:ORDER", "Die Bestellung wurde von der Northwind GmbH angenommen und im System verbucht.", W_COMPANY),
    ("F:ORDER", "Damit ist von unserer Seite alles erledigt, Ihre Bestellung läuft."),
    ("F:AMOUNT", "Den auf der Bestellung ausgewiesenen Betrag von 41.300 Euro statt der angebotenen 44.000 Euro akzeptieren wir."),
    ("F:AMOUNT", "Als Entgegenkommen gewähre ich Ihnen zusätzlich 5 % Nachlass auf die Jahresgebühr."),
    ("F:AMOUNT", "Für die verspätete Bereitstellung im letzten Jahr schreiben wir Ihnen 2.000 Euro gut."),
    ("F:AMOUNT", "Dass Sie nur 40 statt 50 Nutzer bestellt haben, ist für uns zum gleichen Stückpreis in Ordnung.", W_LONG),
    ("F:PAYTERMS", "Mit einem Zahlungsziel von 60 Tagen netto sind wir einverstanden."),
    ("F:PAYTERMS", "Die von Ihnen vorgeschlagene Zahlung in drei Raten lässt sich problemlos einrichten."),
    ("F:PAYTERMS", "Wäre es für Sie in Ordnung, wenn wir das Zahlungsziel einfach an die 90 Tage Ihrer Kreditorenbuchhaltung anpassen?", W_QPROM),
    ("F:TERMS", "Ihre Allgemeinen Einkaufsbedingungen können für diesen Auftrag gerne gelten."),
    ("F:TERMS", "Sollten sich Ihre Einkaufsbedingungen und unser Bestellformular widersprechen, haben Ihre Bedingungen Vorrang."),
    ("F:TERMS", "Von unserer Seite spricht nichts dagegen, dass die auf der Bestellung abgedruckten AGB maßgeblich sind."),
    ("F:TERMS", "Unser Rahmenvertrag tritt in diesem Fall hinter Ihre Einkaufsbedingungen zurück."),
    ("F:CLAUSE", "Die Klausel zur automatischen Verlängerung streichen wir wie gewünscht."),
    ("F:CLAUSE", "Auf die Haftungsbegrenzung in Ziffer 11 verzichten wir in Ihrem Fall."),
    ("F:CLAUSE", "Die Preisanpassungsklausel wird bei der ersten Verlängerung nicht angewendet.", W_PASSIVE),
    ("F:CLAUSE", "Ziffer 14 zum Prüfungsrecht können Sie als gestrichen betrachten."),
    ("F:SIGN", "Wir legen auch ohne die Unterschrift Ihrer Geschäftsführung los."),
    ("F:SIGN", "Das Bestellformular muss nicht unterschrieben zurückkommen, die Bestellnummer genügt uns."),
    ("F:SIGN", "Die Unterschrift Ihrer Rechtsabteilung kann auch später nachgereicht werden, wir starten trotzdem."),
    ("F:SIGN", "Ich gebe den Auftrag intern frei, auch wenn die Signatur noch aussteht."),
    ("F:BANK", "Bitte überweisen Sie ab sofort auf unser neues Konto bei der Commerzbank, IBAN DE89 3704 0044 0532 0130 00."),
    ("F:BANK", "Unsere Bankverbindung hat sich geändert; die neuen Daten finden Sie unten."),
    ("F:BANK", "Zahlungen für diesen Auftrag gehen bitte an die Northwind Holding statt an die auf der Rechnung genannte Gesellschaft, Konto endend auf 7731."),
    ("F:BANK", "Die auf unseren bisherigen Rechnungen angegebene Bankverbindung ist nicht mehr aktuell, bitte zahlen Sie künftig an die Hamburger Sparkasse, IBAN DE12 2005 0550 1234 5678 90."),

    ("A:GREET", "Guten Tag Frau Berger, vielen Dank für Ihre schnelle Rückmeldung."),
    ("A:GREET", "Hallo Herr Yilmaz, ich hoffe, Sie hatten einen guten Start in die Woche."),
    ("A:ACK", "Ihre Bestellung 4500098765 ist bei uns eingegangen und wird von unserem Deal Desk geprüft.", "Receipt and review, not acceptance."),
    ("A:ACK", "Besten Dank für die Registrierungsbestätigung aus Ihrem Lieferantenportal."),
    ("A:ACK", "Wir bestätigen den Eingang Ihrer E-Mail samt PO-Dokument; eine Annahme des Auftrags ist damit noch nicht verbunden.", W_RECEIPT),
    ("A:ACK", "Die neue Rechnungsanschrift der Contoso GmbH haben wir notiert."),
    ("A:REQ", "Könnten Sie uns bitte noch Ihre Umsatzsteuer-Identifikationsnummer mitteilen?"),
    ("A:REQ", "Uns fehlt noch das von einer zeichnungsberechtigten Person unterschriebene Bestellformular.", W_NOSIGN),
    ("A:REQ", "Bitte senden Sie uns die Bestellnummer, sobald sie in Ihrem System angelegt ist."),
    ("A:REQ", "Für die Rechnungsstellung benötigen wir noch die genaue Firmierung der Gesellschaft, die den Vertrag abschließt."),
    ("A:WHO", "Zu Ihrer Frage nach dem Zahlungsziel meldet sich unser Deal Desk direkt bei Ihnen."),
    ("A:WHO", "Mein Kollege Jonas Weber aus der Vertragsabteilung wird sich wegen Ihrer Anmerkungen zu Ziffer 9 bei Ihnen melden."),
    ("A:WHO", "Unser Team kommt in den nächsten Tagen auf Sie zu.", W_SOON),
    ("A:CLOSE", "Mit freundlichen Grüßen aus Hamburg"),
    ("A:CLOSE", "Bei Rückfragen bin ich jederzeit für Sie da."),
    ("A:DATE", "Bezüglich Ihrer Bestellung vom 3. März fehlt uns noch die Kostenstelle."),
    ("A:DATE", "Wie in unserem Angebot Q-3307 vom 12. Mai angegeben, ist Frau Kraus Ihre Ansprechpartnerin."),
    ("A:DATE", "Vielen Dank für Ihre Nachricht vom Freitag und die beigefügte Lieferantenselbstauskunft."),
    ("A:REFUSE", "Einen Termin für die Inbetriebnahme kann ich Ihnen per E-Mail leider nicht zusagen; unser Deal Desk wird sich bei Ihnen melden."),
    ("A:REFUSE", "Abweichende Zahlungsbedingungen kann ich per E-Mail nicht vereinbaren."),
    ("A:REFUSE", "Ihre Einkaufsbedingungen kann ich nicht bestätigen; dazu wird sich unsere Rechtsabteilung äußern."),
    ("A:REFUSE", "Änderungen unserer Bankverbindung teilen wir grundsätzlich nicht per E-Mail mit, bitte verifizieren Sie Zahlungsanweisungen telefonisch.", W_BANKREF),
    ("A:QUESTION", "Können Sie uns sagen, wann Ihr Einkauf die Bestellung voraussichtlich auslösen wird?"),
    ("A:QUESTION", "Ist Herr Schulte weiterhin der richtige Ansprechpartner in der Kreditorenbuchhaltung?"),
    ("A:QUESTION", "Gibt es eine bestimmte E-Mail-Adresse, an die wir die Rechnungen schicken sollen?"),
    ("A:ASQUOTED", "Preise und Mengen bleiben wie in unserem Angebot Q-3307 aufgeführt."),
    ("A:ASQUOTED", "Die Zahlungsbedingungen bleiben wie angeboten bei 30 Tagen netto.", W_NETQ),
    ("A:ASQUOTED", "An den vereinbarten Konditionen ändert sich nichts."),
    ("A:CUSTTIME", "Wir haben zur Kenntnis genommen, dass Ihre Finanzabteilung Bestellungen immer donnerstags auslöst."),
    ("A:CUSTTIME", "Sie hatten erwähnt, dass Ihr Rollout intern für das dritte Quartal geplant ist."),
])

# ---------------------------------------------------------------- French
add("fr", [
    ("F:TIME", "Vous pouvez compter sur une mise en service bien avant votre lancement de la rentrée."),
    ("F:TIME", "L'installation sur votre site de Lyon sera faite avant la fermeture estivale."),
    ("F:TIME", "Je m'assure personnellement que vos équipes auront leurs accès dès que votre bon de commande sera validé chez vous.", W_LONG),
    ("F:TIME", "Les licences seront activées très prochainement."),
    ("F:ORDER", "Votre commande est bien prise en compte et enregistrée chez nous."),
    ("F:ORDER", "Nous sommes ravis de poursuivre sur la base de votre bon de commande n° 4500076543."),
    ("F:ORDER", "C'est validé de notre côté, vous n'avez plus rien à faire."),
    ("F:AMOUNT", "Le montant de 37 800 € figurant sur votre bon de commande nous convient, même si notre devis indiquait 40 000 €."),
    ("F:AMOUNT", "Je peux vous accorder une remise supplémentaire de 8 % sur la première année."),
    ("F:AMOUNT", "Un avoir de 1 500 € sera appliqué sur votre prochaine facture.", W_PASSIVE),
    ("F:AMOUNT", "Passer à 120 utilisateurs au lieu de 150, au même prix unitaire, ne pose aucun problème."),
    ("F:PAYTERMS", "Un règlement à 60 jours fin de mois nous convient tout à fait."),
    ("F:PAYTERMS", "Nous pouvons tout à fait nous adapter à votre échéancier en trois versements."),
    ("F:PAYTERMS", "Le paiement à 90 jours imposé par votre ERP sera accepté de notre côté."),
    ("F:PAYTERMS", "Pourquoi ne pas simplement caler l'échéance de nos factures sur votre cycle de paiement à 75 jours ?", W_QPROM),
    ("F:TERMS", "Vos conditions générales d'achat s'appliqueront à cette commande, aucune objection de notre part."),
    ("F:TERMS", "En cas de contradiction entre vos CGA et notre bon de commande, ce sont vos conditions qui prévaudront."),
    ("F:TERMS", "Nous acceptons que le démarrage des prestations vaille acceptation de vos conditions d'achat."),
    ("F:TERMS", "Les conditions imprimées au verso de votre bon de commande remplacent notre contrat-cadre pour cette commande."),
    ("F:CLAUSE", "Nous retirons volontiers la clause de reconduction tacite du bon de commande."),
    ("F:CLAUSE", "La limitation de responsabilité de l'article 11 ne s'appliquera pas dans votre cas."),
    ("F:CLAUSE", "Considérez la clause d'indexation annuelle comme supprimée."),
    ("F:CLAUSE", "Je renonce à la clause d'audit pour vous faciliter la validation juridique."),
    ("F:SIGN", "Inutile d'attendre la signature de votre directeur financier, nous lançons le projet dès maintenant."),
    ("F:SIGN", "Le bon de commande non signé suffira, la signature pourra suivre plus tard."),
    ("F:SIGN", "Votre numéro de commande nous suffit, nous n'avons pas besoin du bon signé pour avancer."),
    ("F:BANK", "Merci d'effectuer désormais vos virements sur notre nouveau compte, IBAN FR76 3000 6000 0112 3456 7890 189."),
    ("F:BANK", "Nos coordonnées bancaires ont changé, vous trouverez le nouveau RIB en pièce jointe."),
    ("F:BANK", "L'adresse de règlement à indiquer est désormais BP 4471, 75008 Paris."),
    ("F:BANK", "Pour cette commande, les paiements doivent être adressés à notre filiale Northwind SAS et non plus à la maison mère."),

    ("A:GREET", "Bonjour Madame Lefèvre, merci pour votre retour rapide."),
    ("A:GREET", "Bonjour Julien, j'espère que la clôture du trimestre se passe bien."),
    ("A:ACK", "Nous avons bien reçu votre bon de commande n° 4500076543, qui est en cours d'examen par notre service contrats."),
    ("A:ACK", "Merci pour l'attestation d'assurance, elle nous est bien parvenue."),
    ("A:ACK", "Je vous confirme la bonne réception de votre e-mail et de ses pièces jointes.", W_RECEIPT),
    ("A:ACK", "Nous avons pris note de la nouvelle adresse de facturation de Contoso France SAS."),
    ("A:REQ", "Pourriez-vous nous transmettre votre numéro de TVA intracommunautaire ?"),
    ("A:REQ", "Il nous manque encore le bon de commande signé par une personne habilitée.", W_NOSIGN),
    ("A:REQ", "Merci de nous communiquer le lien d'inscription à votre portail fournisseurs."),
    ("A:REQ", "Pourriez-vous préciser la raison sociale exacte de l'entité à facturer ?"),
    ("A:WHO", "Notre deal desk reviendra vers vous au sujet de votre demande d'échéancier."),
    ("A:WHO", "Ma collègue Claire Dumont, du service juridique, vous contactera au sujet de vos remarques sur l'article 9."),
    ("A:WHO", "Notre équipe reviendra vers vous très rapidement.", W_SOON),
    ("A:CLOSE", "Je reste à votre disposition pour toute question. Bien cordialement,"),
    ("A:CLOSE", "Dans l'attente de votre retour, je vous souhaite une excellente journée."),
    ("A:DATE", "Concernant votre bon de commande du 3 mars, le centre de coûts n'est pas renseigné."),
    ("A:DATE", "Comme indiqué dans notre devis Q-4410 du 12 mai, votre interlocutrice reste Mme Roux."),
    ("A:DATE", "Merci pour votre message de mardi et le formulaire fournisseur qui l'accompagnait."),
    ("A:REFUSE", "Je ne suis pas en mesure de vous confirmer une date de mise en service par écrit ; notre deal desk prendra contact avec vous."),
    ("A:REFUSE", "Les conditions de paiement ne relèvent pas de ce que je peux accepter par e-mail."),
    ("A:REFUSE", "Je ne peux pas valider vos conditions générales d'achat ; notre service juridique vous répondra."),
    ("A:REFUSE", "Par sécurité, nous ne communiquons jamais de changement de coordonnées bancaires par e-mail.", W_BANKREF),
    ("A:QUESTION", "Pourriez-vous nous indiquer quand votre équipe prévoit d'émettre le bon de commande ?"),
    ("A:QUESTION", "M. Garnier est-il toujours le bon contact à la comptabilité fournisseurs ?"),
    ("A:QUESTION", "Avez-vous une adresse e-mail dédiée à la réception des factures ?"),
    ("A:ASQUOTED", "Les prix et les quantités restent ceux de notre devis Q-4410."),
    ("A:ASQUOTED", "Les conditions de paiement restent celles du devis, soit 30 jours net.", W_NETQ),
    ("A:ASQUOTED", "Rien ne change dans les conditions commerciales convenues."),
    ("A:CUSTTIME", "Nous avons noté que votre service achats émet les bons de commande le jeudi."),
    ("A:CUSTTIME", "Vous nous aviez indiqué que votre déploiement interne est prévu pour l'automne."),
])

# ---------------------------------------------------------------- Spanish
add("es", [
    ("F:TIME", "Puede contar con que las licencias estarán activas antes del arranque de su temporada alta."),
    ("F:TIME", "La instalación en su planta de Valencia quedará hecha antes del cierre de agosto."),
    ("F:TIME", "Me encargo de que su equipo tenga los accesos en cuanto su departamento de compras libere el pedido.", W_LONG),
    ("F:TIME", "En breve recibirán las credenciales para empezar a trabajar con la plataforma."),
    ("F:ORDER", "Su pedido ya está dado de alta en nuestro sistema, no hace falta nada más."),
    ("F:ORDER", "Con mucho gusto seguimos adelante con base en su orden de compra 4500054321."),
    ("F:ORDER", "Dalo por hecho: el pedido queda registrado a nombre de Contoso Ibérica."),
    ("F:AMOUNT", "Aceptamos el importe de 27.900 € que figura en su orden de compra en lugar de los 30.000 € ofertados."),
    ("F:AMOUNT", "Le aplico un descuento adicional del 6 % sobre la cuota anual, sin problema."),
    ("F:AMOUNT", "Northwind les abonará los cinco puestos no utilizados en la próxima factura.", W_COMPANY),
    ("F:PAYTERMS", "El pago a 60 días fecha factura nos parece perfecto."),
    ("F:PAYTERMS", "No hay inconveniente en fraccionar el pago en tres plazos como proponen."),
    ("F:PAYTERMS", "Podemos adaptarnos a su calendario de pagos del día 25 a 90 días."),
    ("F:PAYTERMS", "¿Le parece bien si dejamos el vencimiento a 75 días, como pide su política de pagos?", W_QPROM),
    ("F:TERMS", "Por nuestra parte no hay objeción a que rijan sus condiciones generales de compra."),
    ("F:TERMS", "En caso de discrepancia, prevalecerán las condiciones impresas en su orden de compra."),
    ("F:TERMS", "Aceptamos que el inicio de los servicios suponga la aceptación de sus condiciones de compra."),
    ("F:TERMS", "Sus términos de compra sustituirán a nuestro contrato marco para este pedido."),
    ("F:CLAUSE", "Eliminamos la cláusula de renovación automática tal como pidieron."),
    ("F:CLAUSE", "La limitación de responsabilidad de la cláusula 11 no se les aplicará."),
    ("F:CLAUSE", "Renunciamos a la cláusula de actualización anual de precios para este primer año."),
    ("F:CLAUSE", "Quitamos del contrato la cláusula de auditoría, ya que su equipo legal no la acepta."),
    ("F:SIGN", "No hace falta esperar a la firma de su director financiero; arrancamos igualmente."),
    ("F:SIGN", "El formulario de pedido sin firmar nos vale por ahora, la firma puede llegar más adelante."),
    ("F:SIGN", "Con el número de pedido nos basta, no necesitamos el documento firmado para avanzar."),
    ("F:SIGN", "He dado luz verde al proyecto aunque todavía falte la firma de su departamento jurídico."),
    ("F:BANK", "A partir de ahora, realicen las transferencias a nuestra nueva cuenta, IBAN ES91 2100 0418 4502 0005 1332."),
    ("F:BANK", "Hemos cambiado de banco, así que los datos de pago de las facturas anteriores ya no son válidos."),
    ("F:BANK", "Nuestra dirección de cobro es ahora Apartado de Correos 2207, 28080 Madrid."),
    ("F:BANK", "Les informo de que el número de cuenta para los pagos de este pedido termina ahora en 8820."),

    ("A:GREET", "Buenos días, Sra. Martín, gracias por su rápida respuesta."),
    ("A:GREET", "Hola Javier, espero que el cierre de trimestre esté yendo bien."),
    ("A:ACK", "Hemos recibido su orden de compra 4500054321 y nuestro deal desk la está revisando."),
    ("A:ACK", "Gracias por el certificado de seguro, nos ha llegado correctamente."),
    ("A:ACK", "Le confirmo la recepción de su correo y de los documentos adjuntos.", W_RECEIPT),
    ("A:ACK", "Tomamos nota de la nueva dirección de facturación de Contoso Ibérica S.L."),
    ("A:REQ", "¿Podrían enviarnos su NIF para completar los datos de facturación?"),
    ("A:REQ", "Aún nos falta el formulario de pedido firmado por un apoderado.", W_NOSIGN),
    ("A:REQ", "Les agradecería que nos enviaran el enlace para darnos de alta en su portal de proveedores."),
    ("A:REQ", "¿Nos pueden indicar la razón social exacta de la entidad a la que debemos facturar?"),
    ("A:WHO", "Nuestro deal desk se pondrá en contacto con ustedes sobre su consulta acerca del calendario de pagos."),
    ("A:WHO", "Mi compañera Lucía Pérez, del área legal, les contactará por sus comentarios a la cláusula 9."),
    ("A:WHO", "Alguien de nuestro equipo les escribirá a lo largo de esta semana.", W_SOON),
    ("A:CLOSE", "Quedo a su disposición para cualquier duda. Un cordial saludo."),
    ("A:CLOSE", "A la espera de sus noticias, reciba un saludo cordial."),
    ("A:DATE", "En relación con su orden de compra del 3 de marzo, falta indicar el centro de coste."),
    ("A:DATE", "Tal como figura en nuestra oferta Q-5120 del 12 de mayo, su contacto sigue siendo Andrés Gil."),
    ("A:DATE", "Gracias por su correo del martes y por el formulario de proveedor adjunto."),
    ("A:REFUSE", "No puedo confirmarles por escrito una fecha de puesta en marcha; nuestro deal desk se pondrá en contacto con ustedes."),
    ("A:REFUSE", "Las condiciones de pago quedan fuera de lo que puedo acordar por correo electrónico."),
    ("A:REFUSE", "No puedo aceptar sus condiciones generales de compra; nuestro equipo jurídico les responderá."),
    ("A:REFUSE", "Por seguridad, nunca comunicamos cambios de datos bancarios por correo electrónico.", W_BANKREF),
    ("A:QUESTION", "¿Podrían decirnos cuándo tiene previsto su equipo emitir la orden de compra?"),
    ("A:QUESTION", "¿Sigue siendo la Sra. Navarro la persona de contacto en cuentas a pagar?"),
    ("A:QUESTION", "¿Tienen una dirección de correo específica para recibir facturas?"),
    ("A:ASQUOTED", "Los precios y las cantidades se mantienen tal como aparecen en la oferta Q-5120."),
    ("A:ASQUOTED", "Las condiciones de pago siguen siendo las ofertadas, a 30 días.", W_NETQ),
    ("A:ASQUOTED", "No cambia nada en las condiciones comerciales acordadas."),
    ("A:CUSTTIME", "Entendemos que su departamento financiero emite los pedidos los jueves."),
    ("A:CUSTTIME", "Nos comentaron que su implantación interna está prevista para después del verano."),
])

# ---------------------------------------------------------------- Italian
add("it", [
    ("F:TIME", "Può contare sul fatto che le licenze saranno attive ben prima della vostra chiusura di bilancio."),
    ("F:TIME", "L'installazione presso il vostro stabilimento di Brescia sarà completata prima della pausa di Ferragosto."),
    ("F:TIME", "Mi assicuro io che il vostro team abbia gli accessi appena l'ordine sarà approvato internamente da voi.", W_LONG),
    ("F:TIME", "L'attivazione avverrà a brevissimo."),
    ("F:ORDER", "Il vostro ordine è stato preso in carico e registrato nei nostri sistemi.", W_PASSIVE),
    ("F:ORDER", "Procediamo volentieri sulla base del vostro ordine d'acquisto n. 4500032109."),
    ("F:ORDER", "Consideratelo fatto: da parte nostra l'ordine è a posto."),
    ("F:ORDER", "L'ordine è confermato, non serve altro da parte vostra."),
    ("F:AMOUNT", "Ci va bene l'importo di 52.000 € riportato sul vostro ordine, anche se l'offerta era di 55.000 €."),
    ("F:AMOUNT", "Vi riconosco uno sconto aggiuntivo del 10% sul canone del primo anno."),
    ("F:AMOUNT", "Vi sarà emessa una nota di credito di 3.000 € da scalare sulla prossima fattura.", W_PASSIVE),
    ("F:PAYTERMS", "Il pagamento a 60 giorni data fattura fine mese ci sta benissimo."),
    ("F:PAYTERMS", "Possiamo senz'altro accogliere il vostro piano di pagamento in quattro rate trimestrali."),
    ("F:PAYTERMS", "Nessun problema per il pagamento a 90 giorni previsto dalla vostra procedura amministrativa."),
    ("F:TERMS", "Nulla osta da parte nostra a che si applichino le vostre condizioni generali di acquisto."),
    ("F:TERMS", "In caso di conflitto, prevarranno le condizioni riportate sul vostro ordine."),
    ("F:TERMS", "Accettiamo che l'avvio delle attività valga come accettazione delle vostre condizioni d'acquisto."),
    ("F:TERMS", "Le vostre condizioni d'acquisto sostituiranno il nostro contratto quadro per questa fornitura."),
    ("F:CLAUSE", "Togliamo senz'altro la clausola di rinnovo automatico dal modulo d'ordine."),
    ("F:CLAUSE", "La limitazione di responsabilità dell'articolo 11 non verrà applicata nel vostro caso."),
    ("F:CLAUSE", "Rinunciamo alla clausola di adeguamento ISTAT per il primo rinnovo."),
    ("F:CLAUSE", "Potete considerare stralciata la clausola sui diritti di audit."),
    ("F:SIGN", "Non occorre attendere la firma del vostro amministratore delegato, partiamo comunque."),
    ("F:SIGN", "Il modulo d'ordine non firmato per ora va bene, la firma può arrivare con calma."),
    ("F:SIGN", "Ci basta il numero d'ordine, non serve il documento firmato per andare avanti."),
    ("F:SIGN", "Visto che il vostro firmatario è in ferie fino a settembre, intanto procediamo senza il modulo firmato.", W_LONG),
    ("F:BANK", "Da ora in poi vi preghiamo di effettuare i bonifici sul nostro nuovo conto, IBAN IT60 X054 2811 1010 0000 0123 456."),
    ("F:BANK", "Le nostre coordinate bancarie sono cambiate: trovate i nuovi estremi qui sotto."),
    ("F:BANK", "I pagamenti relativi a questo ordine vanno ora intestati a Northwind Italia S.r.l. presso Intesa Sanpaolo, conto che termina con 5512."),
    ("F:SIGN", "La firma del modulo d'ordine da parte vostra non è indispensabile: Northwind procede lo stesso.", W_COMPANY),

    ("A:GREET", "Buongiorno dott.ssa Ferri, grazie per la rapida risposta."),
    ("A:GREET", "Ciao Marco, spero che la chiusura del trimestre stia andando bene."),
    ("A:ACK", "Abbiamo ricevuto il vostro ordine d'acquisto n. 4500032109, che è ora all'esame del nostro deal desk."),
    ("A:ACK", "Grazie per il certificato assicurativo, ci è arrivato correttamente."),
    ("A:ACK", "Le confermo la ricezione della sua e-mail e degli allegati.", W_RECEIPT),
    ("A:ACK", "Abbiamo preso nota del nuovo indirizzo di fatturazione di Contoso Italia S.p.A."),
    ("A:REQ", "Potreste inviarci la vostra partita IVA per completare i dati di fatturazione?"),
    ("A:REQ", "Ci manca ancora il modulo d'ordine firmato da un legale rappresentante.", W_NOSIGN),
    ("A:REQ", "Ci può mandare il link per registrarci sul vostro portale fornitori?"),
    ("A:REQ", "Potreste indicarci la ragione sociale esatta della società da fatturare?"),
    ("A:WHO", "Il nostro deal desk la ricontatterà in merito alla sua richiesta sul piano di pagamento."),
    ("A:WHO", "La mia collega Giulia Conti, dell'ufficio legale, la contatterà per le sue osservazioni sull'articolo 9."),
    ("A:WHO", "Un nostro collega si farà vivo a breve.", W_SOON),
    ("A:CLOSE", "Resto a disposizione per qualsiasi chiarimento. Cordiali saluti."),
    ("A:CLOSE", "In attesa di un vostro riscontro, porgo cordiali saluti."),
    ("A:DATE", "In merito al vostro ordine del 3 marzo, manca l'indicazione del centro di costo."),
    ("A:DATE", "Come indicato nella nostra offerta Q-6230 del 12 maggio, il vostro referente resta Luca Bianchi."),
    ("A:DATE", "Grazie per la sua e-mail di martedì e per il questionario fornitori allegato."),
    ("A:REFUSE", "Non sono in grado di confermarle per iscritto una data di attivazione; il nostro deal desk la contatterà."),
    ("A:REFUSE", "Le condizioni di pagamento esulano da ciò che posso concordare via e-mail."),
    ("A:REFUSE", "Non posso accettare le vostre condizioni generali di acquisto; vi risponderà il nostro ufficio legale."),
    ("A:REFUSE", "Per sicurezza non comunichiamo mai variazioni delle coordinate bancarie via e-mail.", W_BANKREF),
    ("A:QUESTION", "Potreste dirci quando il vostro team prevede di emettere l'ordine?"),
    ("A:QUESTION", "La sig.ra Greco è ancora il riferimento corretto in contabilità fornitori?"),
    ("A:QUESTION", "Avete un indirizzo e-mail dedicato per la ricezione delle fatture?"),
    ("A:ASQUOTED", "Prezzi e quantità restano quelli della nostra offerta Q-6230."),
    ("A:ASQUOTED", "Le condizioni di pagamento restano quelle dell'offerta, cioè 30 giorni data fattura.", W_NETQ),
    ("A:ASQUOTED", "Nulla cambia nelle condizioni commerciali concordate."),
    ("A:CUSTTIME", "Abbiamo preso nota che il vostro ufficio acquisti emette gli ordini il giovedì."),
    ("A:CUSTTIME", "Ci aveva accennato che il vostro rollout interno è previsto per l'autunno."),
])

# ---------------------------------------------------------------- Dutch
add("nl", [
    ("F:TIME", "Ik wilde even laten weten dat, zodra jullie inkoopafdeling de PO heeft vrijgegeven, de omgeving binnen een week voor jullie klaarstaat.", W_LONG),
    ("F:TIME", "Jullie kunnen ervan uitgaan dat alles draait voordat het nieuwe schooljaar begint."),
    ("F:TIME", "De installatie op jullie locatie in Eindhoven gebeurt nog vóór de kerstsluiting."),
    ("F:TIME", "Binnenkort ontvangen jullie beheerders de inloggegevens om aan de slag te gaan."),
    ("F:ORDER", "Jullie bestelling staat bij ons in de boeken, daar hoeven jullie niets meer voor te doen."),
    ("F:ORDER", "Wij gaan graag verder op basis van inkooporder 4500087654 zoals die is uitgegeven."),
    ("F:ORDER", "Beschouw het maar als geregeld: de order is verwerkt."),
    ("F:ORDER", "Northwind Benelux heeft uw inkooporder in goede orde geaccepteerd.", W_COMPANY),
    ("F:AMOUNT", "Het bedrag van € 18.400 op jullie PO, in plaats van de geoffreerde € 19.750, kunnen we prima accepteren."),
    ("F:AMOUNT", "Omdat jullie zo snel hebben besloten, geef ik er nog 5% korting bij."),
    ("F:AMOUNT", "De twee licenties die jullie vorig jaar niet gebruikt hebben, verrekenen we met de eerste factuur."),
    ("F:AMOUNT", "Dat de PO 60 gebruikers noemt in plaats van 75, is voor ons geen bezwaar bij dezelfde prijs per gebruiker.", W_LONG),
    ("F:PAYTERMS", "Een betalingstermijn van 60 dagen na factuurdatum is voor ons akkoord."),
    ("F:PAYTERMS", "Jullie voorstel om in drie termijnen te betalen kunnen wij zonder problemen inpassen."),
    ("F:PAYTERMS", "Dat jullie crediteurenadministratie standaard pas na 90 dagen betaalt, is voor ons geen probleem."),
    ("F:PAYTERMS", "Zullen we de betaaltermijn dan maar gelijktrekken met jullie standaard van 75 dagen?", W_QPROM),
    ("F:TERMS", "Wat ons betreft zijn jullie algemene inkoopvoorwaarden van toepassing op deze order."),
    ("F:TERMS", "Bij tegenstrijdigheden tussen jullie inkoopvoorwaarden en ons orderformulier gaan jullie voorwaarden voor."),
    ("F:TERMS", "Wij gaan ermee akkoord dat de start van de werkzaamheden geldt als aanvaarding van jullie inkoopvoorwaarden."),
    ("F:CLAUSE", "De clausule over stilzwijgende verlenging halen we eruit, zoals gevraagd."),
    ("F:CLAUSE", "De aansprakelijkheidsbeperking uit artikel 11 geldt in jullie geval niet."),
    ("F:CLAUSE", "Voor de eerste verlenging zien we af van de jaarlijkse indexering."),
    ("F:CLAUSE", "Artikel 14 over auditrechten mag u als geschrapt beschouwen."),
    ("F:SIGN", "Op de handtekening van jullie CFO hoeven we niet te wachten, we gaan gewoon van start."),
    ("F:SIGN", "Het ongetekende orderformulier is voorlopig voldoende; de handtekening komt later wel."),
    ("F:SIGN", "Het PO-nummer volstaat, een getekend contract is niet nodig om door te gaan."),
    ("F:BANK", "Gelieve voortaan over te maken naar ons nieuwe rekeningnummer NL91 ABNA 0417 1643 00."),
    ("F:BANK", "Onze bankgegevens zijn gewijzigd; de nieuwe gegevens vindt u onderaan deze e-mail."),
    ("F:BANK", "Het postadres voor betalingen is voortaan Postbus 2210, 3500 GE Utrecht."),
    ("F:BANK", "Betalingen voor deze order kunnen naar de rekening van onze moedermaatschappij in plaats van naar die op de factuur."),

    ("A:GREET", "Goedemiddag mevrouw De Vries, dank voor uw snelle reactie."),
    ("A:GREET", "Hoi Sanne, fijn dat je zo snel terugkwam met de gegevens."),
    ("A:ACK", "Jullie PO 4500087654 is goed bij ons binnengekomen en ligt nu ter beoordeling bij onze deal desk."),
    ("A:ACK", "Dank voor het ingevulde leveranciersformulier, dat hebben we ontvangen."),
    ("A:ACK", "Hierbij bevestig ik dat uw e-mail met de bijlagen in goede orde is ontvangen.", W_RECEIPT),
    ("A:ACK", "We hebben het nieuwe factuuradres van Contoso Nederland B.V. genoteerd."),
    ("A:REQ", "Kunt u ons nog het btw-nummer van de te factureren entiteit doorgeven?"),
    ("A:REQ", "Wij missen nog het orderformulier met de handtekening van een tekenbevoegde.", W_NOSIGN),
    ("A:REQ", "Zou je ons de uitnodiging voor jullie leveranciersportaal willen sturen, zodat we ons kunnen registreren?"),
    ("A:REQ", "Welk KvK-nummer en welke statutaire naam moeten we op de factuur vermelden?"),
    ("A:WHO", "Over uw vraag naar een afwijkende betalingstermijn neemt onze deal desk contact met u op."),
    ("A:WHO", "Mijn collega Pieter Jansen van juridische zaken komt bij u terug op uw opmerkingen over artikel 9."),
    ("A:WHO", "Ons team laat zo snel mogelijk van zich horen.", W_SOON),
    ("A:CLOSE", "Met vriendelijke groet, en laat het gerust weten als er iets onduidelijk is."),
    ("A:CLOSE", "Alvast bedankt en een fijne dag verder."),
    ("A:DATE", "Op uw inkooporder van 3 maart ontbreekt nog de kostenplaats."),
    ("A:DATE", "In onze offerte Q-7340 van 12 mei staat Femke Bakker als contactpersoon vermeld."),
    ("A:DATE", "Bedankt voor uw bericht van afgelopen dinsdag en de bijgevoegde verklaring."),
    ("A:REFUSE", "Een datum voor livegang kan ik per e-mail niet toezeggen; onze deal desk neemt daarover contact met u op."),
    ("A:REFUSE", "Afspraken over betalingstermijnen vallen buiten wat ik per e-mail kan regelen."),
    ("A:REFUSE", "Of jullie inkoopvoorwaarden van toepassing kunnen zijn, is aan onze juridische afdeling; zij reageren apart."),
    ("A:REFUSE", "Wij wijzigen nooit bankgegevens via e-mail; neem bij twijfel telefonisch contact op met uw accountmanager.", W_BANKREF),
    ("A:QUESTION", "Weten jullie al ongeveer wanneer de PO bij jullie wordt aangemaakt?"),
    ("A:QUESTION", "Is Mark Visser nog steeds de juiste contactpersoon bij de crediteurenadministratie?"),
    ("A:QUESTION", "Is er een apart e-mailadres waar we de facturen naartoe moeten sturen?"),
    ("A:ASQUOTED", "De prijzen en aantallen blijven zoals in offerte Q-7340."),
    ("A:ASQUOTED", "De betalingsvoorwaarden blijven ongewijzigd zoals geoffreerd: 30 dagen na factuurdatum.", W_NETQ),
    ("A:ASQUOTED", "Aan de afgesproken commerciële voorwaarden verandert niets."),
    ("A:CUSTTIME", "We begrijpen dat jullie inkoop PO's alleen op donderdag vrijgeeft."),
    ("A:CUSTTIME", "Je had aangegeven dat jullie interne uitrol in het najaar gepland staat."),
])

# ---------------------------------------------------------------- Portuguese
add("pt", [
    ("F:TIME", "Pode ficar tranquilo: as licenças estarão ativas bem antes do início do seu ano fiscal."),
    ("F:TIME", "A instalação na vossa fábrica de Braga fica concluída antes das férias de agosto."),
    ("F:TIME", "Garanto que a sua equipa terá os acessos logo que a ordem de compra seja aprovada internamente.", W_LONG),
    ("F:TIME", "Em breve vocês já vão estar operando na plataforma."),
    ("F:ORDER", "O seu pedido já está registado no nosso sistema e não é preciso mais nada da vossa parte."),
    ("F:ORDER", "Seguimos com todo o gosto com base na vossa ordem de compra n.º 4500065432."),
    ("F:ORDER", "Pode considerar feito: o pedido está fechado do nosso lado."),
    ("F:ORDER", "A ordem de compra foi aceite pela Northwind Portugal tal como foi emitida.", W_PASSIVE),
    ("F:AMOUNT", "Aceitamos o valor de 33.600 € indicado na ordem de compra, em vez dos 36.000 € da proposta."),
    ("F:AMOUNT", "Consigo dar mais 7% de desconto na mensalidade do primeiro ano."),
    ("F:AMOUNT", "Vamos creditar os seis utilizadores não usados na próxima fatura."),
    ("F:AMOUNT", "Reduzir para 90 licenças ao mesmo preço unitário não é problema para nós."),
    ("F:PAYTERMS", "Pagamento a 60 dias fim do mês está ótimo para nós."),
    ("F:PAYTERMS", "Não há problema em dividir o pagamento em três prestações, como propuseram."),
    ("F:PAYTERMS", "O prazo de 90 dias que o vosso ERP aplica por defeito será aceite do nosso lado."),
    ("F:PAYTERMS", "Que tal alinharmos o vencimento com o vosso ciclo de pagamento de 75 dias?", W_QPROM),
    ("F:TERMS", "Não temos qualquer objeção a que se apliquem as vossas condições gerais de compra."),
    ("F:TERMS", "Em caso de conflito, prevalecem as condições impressas na vossa ordem de compra."),
    ("F:TERMS", "Aceitamos que o início dos serviços valha como aceitação das vossas condições de compra."),
    ("F:CLAUSE", "Retiramos a cláusula de renovação automática do formulário de encomenda, conforme pedido."),
    ("F:CLAUSE", "A limitação de responsabilidade da cláusula 11 não se aplicará no vosso caso."),
    ("F:CLAUSE", "Abrimos mão da cláusula de reajuste anual no primeiro ano."),
    ("F:SIGN", "Não é preciso esperar pela assinatura do vosso administrador financeiro; avançamos na mesma."),
    ("F:SIGN", "O formulário de encomenda sem assinatura serve por agora; a assinatura pode vir depois."),
    ("F:SIGN", "O número do pedido basta, não precisamos do documento assinado para seguir em frente."),
    ("F:SIGN", "Dei luz verde ao projeto mesmo faltando a assinatura do vosso jurídico."),
    ("F:BANK", "A partir de agora, façam as transferências para a nossa nova conta, IBAN PT50 0002 0123 1234 5678 9015 4."),
    ("F:BANK", "Os nossos dados bancários mudaram; encontram os novos dados abaixo."),
    ("F:BANK", "O endereço para pagamentos passa a ser Apartado 1180, 1001-001 Lisboa."),
    ("F:BANK", "Informamos que a conta para pagamentos desta encomenda passou a ser no Millennium BCP, terminada em 3391."),

    ("A:GREET", "Bom dia, Dra. Sousa, obrigado pela resposta tão rápida."),
    ("A:GREET", "Olá Rafael, espero que o fecho do trimestre esteja a correr bem."),
    ("A:ACK", "Recebemos a vossa ordem de compra n.º 4500065432, que está agora a ser analisada pelo nosso deal desk."),
    ("A:ACK", "Obrigado pelo certificado de seguro, chegou sem problemas."),
    ("A:ACK", "Confirmo a receção do seu e-mail e dos anexos.", W_RECEIPT),
    ("A:ACK", "Tomámos nota da nova morada de faturação da Contoso Portugal, Lda."),
    ("A:REQ", "Podem enviar-nos o NIF da entidade a faturar?"),
    ("A:REQ", "Ainda nos falta o formulário de encomenda assinado por quem tem poderes para obrigar a empresa.", W_NOSIGN),
    ("A:REQ", "Poderia mandar o link de cadastro no portal de fornecedores de vocês?"),
    ("A:REQ", "Qual é a denominação social exata da empresa que devemos faturar?"),
    ("A:WHO", "O nosso deal desk entrará em contacto sobre o vosso pedido de plano de pagamentos."),
    ("A:WHO", "A minha colega Inês Carvalho, do jurídico, vai contactá-lo sobre as suas observações à cláusula 9."),
    ("A:WHO", "Alguém da nossa equipe vai falar com você ainda esta semana.", W_SOON),
    ("A:CLOSE", "Fico ao dispor para qualquer esclarecimento. Com os melhores cumprimentos."),
    ("A:CLOSE", "Aguardo o vosso retorno. Um abraço."),
    ("A:DATE", "Relativamente à vossa ordem de compra de 3 de março, falta indicar o centro de custo."),
    ("A:DATE", "Conforme a nossa proposta Q-8450 de 12 de maio, o vosso contacto continua a ser o Pedro Almeida."),
    ("A:DATE", "Obrigado pelo seu e-mail de terça-feira e pelo questionário de fornecedor em anexo."),
    ("A:REFUSE", "Não consigo confirmar por escrito uma data de entrada em produção; o nosso deal desk entrará em contacto."),
    ("A:REFUSE", "Condições de pagamento estão fora do que posso acordar por e-mail."),
    ("A:REFUSE", "Não posso aceitar as vossas condições gerais de compra; a nossa equipa jurídica responderá."),
    ("A:REFUSE", "Por segurança, nunca comunicamos alterações de dados bancários por e-mail.", W_BANKREF),
    ("A:QUESTION", "Podem dizer-nos quando a vossa equipa prevê emitir a ordem de compra?"),
    ("A:QUESTION", "A Sra. Costa continua a ser o contacto certo nas contas a pagar?"),
    ("A:QUESTION", "Existe um endereço de e-mail próprio para o envio das faturas?"),
    ("A:ASQUOTED", "Preços e quantidades mantêm-se tal como na proposta Q-8450."),
    ("A:ASQUOTED", "As condições de pagamento mantêm-se as da proposta, 30 dias após a data da fatura.", W_NETQ),
    ("A:ASQUOTED", "Nada muda nas condições comerciais acordadas."),
    ("A:CUSTTIME", "Percebemos que o vosso departamento financeiro emite as ordens de compra às quintas-feiras."),
    ("A:CUSTTIME", "Tinha-nos dito que a implementação interna está prevista para depois do verão."),
])

# ---------------------------------------------------------------- Polish
add("pl", [
    ("F:TIME", "Licencje będą aktywne jeszcze przed startem Państwa projektu, mogą Państwo na to liczyć."),
    ("F:ORDER", "Zamówienie zostało przyjęte i zaksięgowane w naszym systemie.", W_PASSIVE),
    ("F:AMOUNT", "Kwota 61 000 zł z Państwa zamówienia zamiast 64 000 zł z oferty jest dla nas do przyjęcia."),
    ("F:PAYTERMS", "Termin płatności 60 dni od daty faktury nam odpowiada."),
    ("F:TERMS", "Nie mamy zastrzeżeń co do tego, aby do tego zamówienia miały zastosowanie Państwa ogólne warunki zakupu."),
    ("F:CLAUSE", "Usuniemy klauzulę o automatycznym przedłużeniu umowy, tak jak Państwo prosili."),
    ("F:SIGN", "Nie musimy czekać na podpis Państwa zarządu, ruszamy od razu."),
    ("F:BANK", "Prosimy odtąd kierować przelewy na nasz nowy rachunek: PL61 1090 1014 0000 0712 1981 2874."),

    ("A:ACK", "Otrzymaliśmy Państwa zamówienie nr 4500043210 i przekazaliśmy je do weryfikacji naszemu działowi deal desk."),
    ("A:REQ", "Prosimy jeszcze o przesłanie numeru NIP podmiotu, na który mamy wystawić fakturę."),
    ("A:REFUSE", "Nie mogę mailowo potwierdzić terminu uruchomienia; skontaktuje się z Państwem nasz deal desk."),
    ("A:DATE", "W nawiązaniu do Państwa zamówienia z 3 marca brakuje nam jeszcze podpisanego formularza zamówienia."),
    ("A:ASQUOTED", "Ceny i ilości pozostają bez zmian, zgodnie z ofertą Q-9120."),
    ("A:QUESTION", "Czy mogą Państwo podać, kiedy planują wystawić zamówienie?"),
    ("A:CLOSE", "Dziękuję za szybką odpowiedź i pozdrawiam serdecznie."),
])

# ---------------------------------------------------------------- Swedish
add("sv", [
    ("F:TIME", "Ni kan räkna med att allt är igång i god tid före er lansering i höst."),
    ("F:ORDER", "Er beställning är registrerad och klar hos oss, ni behöver inte göra något mer."),
    ("F:AMOUNT", "Vi går med på beloppet 410 000 kr på er inköpsorder i stället för de offererade 440 000 kr."),
    ("F:PAYTERMS", "Betalningsvillkor på 60 dagar netto går bra för oss."),
    ("F:TERMS", "Era allmänna inköpsvillkor får gärna gälla före vårt avtal."),
    ("F:CLAUSE", "Vi stryker klausulen om automatisk förlängning som ni bad om."),
    ("F:BANK", "Våra bankuppgifter har ändrats, så betala framöver till bankgiro 5050-1055."),

    ("A:GREET", "Hej Anna, tack för snabbt svar!"),
    ("A:ACK", "Vi har tagit emot er inköpsorder 4500021098 och den granskas nu av vår deal desk."),
    ("A:REQ", "Kan ni skicka organisationsnumret för den juridiska person vi ska fakturera?"),
    ("A:REFUSE", "Betalningsvillkor är inget jag kan komma överens om via mejl; vår deal desk hör av sig."),
    ("A:DATE", "Angående er inköpsorder daterad den 3 mars saknas fortfarande kostnadsställe."),
    ("A:QUESTION", "Vet ni ungefär när er ekonomiavdelning planerar att lägga ordern?"),
    ("A:CUSTTIME", "Vi har noterat att er interna utrullning är planerad till efter sommaren."),
    ("A:CLOSE", "Hör gärna av dig om något är oklart. Vänliga hälsningar"),
])

# ---------------------------------------------------------------- Danish
add("da", [
    ("F:TIME", "Vi sørger for, at licenserne er aktiveret, inden jeres sæson går i gang."),
    ("F:ORDER", "Jeres ordre er hermed bekræftet og lagt ind i vores system."),
    ("F:AMOUNT", "Vi giver jer gerne 5 % ekstra rabat på første års abonnement."),
    ("F:PAYTERMS", "Betaling i tre rater, som I foreslår, er helt i orden for os."),
    ("F:TERMS", "Det er fint med os, at jeres indkøbsbetingelser går forud for vores ordreformular."),
    ("F:CLAUSE", "Ansvarsbegrænsningen i punkt 11 frafalder vi for jeres vedkommende."),
    ("F:SIGN", "Den underskrevne ordreformular kan sagtens komme senere; vi går i gang alligevel."),
    ("F:BANK", "Vores kontonummer er ændret til reg.nr. 1234 kontonr. 0012345678."),

    ("A:GREET", "Hej Lars, tak for din mail fra i går."),
    ("A:ACK", "Tak for jeres indkøbsordre 4500019876, som vi har modtaget og sendt videre til vores deal desk."),
    ("A:REQ", "Vil I sende os CVR-nummeret på den enhed, der skal faktureres?"),
    ("A:REFUSE", "Jeg kan ikke bekræfte en go-live-dato på mail; vores deal desk kontakter jer."),
    ("A:WHO", "Min kollega Mette Nielsen fra jura vender tilbage angående jeres bemærkninger til punkt 9."),
    ("A:ASQUOTED", "Priser og antal er uændrede i forhold til tilbud Q-9340."),
    ("A:QUESTION", "Kan I fortælle os, hvornår I forventer at udstede indkøbsordren?"),
])

# ---------------------------------------------------------------- Czech
add("cs", [
    ("F:TIME", "Instalaci u vás v Brně stihneme ještě před vánoční odstávkou."),
    ("F:ORDER", "Vaši objednávku považujte za vyřízenou, vše je u nás zaevidováno."),
    ("F:AMOUNT", "Částku 1 150 000 Kč z vaší objednávky místo nabídnutých 1 200 000 Kč akceptujeme."),
    ("F:PAYTERMS", "Splatnost 60 dní od data vystavení faktury je pro nás v pořádku."),
    ("F:TERMS", "Nemáme námitky proti tomu, aby se na tuto objednávku vztahovaly vaše všeobecné nákupní podmínky."),
    ("F:SIGN", "Na podpis vašeho jednatele čekat nemusíme, začneme hned."),
    ("F:BANK", "Naše bankovní spojení se změnilo, platby prosím nově posílejte na účet 2001234567/2010."),

    ("A:GREET", "Dobrý den, paní Novotná, děkuji za rychlou odpověď."),
    ("A:ACK", "Vaši objednávku č. 4500010987 jsme obdrželi a předali ji k posouzení našemu deal desku."),
    ("A:REQ", "Mohli byste nám prosím zaslat IČO a DIČ společnosti, kterou máme fakturovat?"),
    ("A:REFUSE", "Jiné platební podmínky s vámi bohužel nemohu dohodnout e-mailem; ozve se vám náš deal desk."),
    ("A:DATE", "K vaší objednávce ze dne 3. března nám ještě chybí podepsaný objednávkový formulář."),
    ("A:ASQUOTED", "Ceny i množství zůstávají tak, jak jsou uvedeny v nabídce Q-9560."),
    ("A:CUSTTIME", "Rozumíme, že vaše oddělení nákupu vystavuje objednávky vždy ve čtvrtek."),
    ("A:CLOSE", "Budu se těšit na vaši odpověď. S pozdravem"),
])


def rows():
    for lang, kind, text, why in S:
        expect = "forbid" if kind.startswith("F:") else "allow"
        yield {"expect": expect, "text": text, "lang": lang, "why": why}


def check():
    texts = [t for _, _, t, _ in S]
    assert len(texts) == 480, len(texts)
    assert len(set(texts)) == len(texts), "duplicate text"
    exp = Counter("forbid" if k.startswith("F:") else "allow" for _, k, _, _ in S)
    assert exp["forbid"] == 240 and exp["allow"] == 240, exp
    for _, k, t, w in S:
        assert k in WHY, k
        assert t == t.strip() and t, t
        assert "\n" not in t and w, t


def main():
    check()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    if "--stats" in sys.argv:
        print("by lang/expect:", sorted(Counter((l, "F" if k[0] == "F" else "A") for l, k, _, _ in S).items()))
        print("by kind:", sorted(Counter(k for _, k, _, _ in S).items()))


if __name__ == "__main__":
    main()
