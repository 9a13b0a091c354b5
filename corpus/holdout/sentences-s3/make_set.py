#!/usr/bin/env python3
"""Hand-written boundary sentences for the PO Desk hold-out set s3.

Every sentence below was written by hand for this set. Running this script writes
sentences.jsonl next to it, byte for byte the same on every run (stdlib only, no
randomness). Each entry is (lang, kind, text, why); the kind is kept here for the
summary and is not written to the JSONL file.

Forbidden kinds: DEL (delivery/installation/activation/go-live timing), ACC (order
accepted or booked in other words), PRICE (different amount/quantity/price, discount
or credit), PAY (payment terms or instalments agreed), TERMS (customer terms govern),
WAIVE (a clause dropped or waived), SIGN (proceed without a required signature),
BANK (bank/account/remit-to details stated or said to have changed).

Allowed kinds: GREET, THANKS (acknowledging what arrived), ASK (missing data), FOLLOW
(who follows up), CLOSE, DOCDATE (a date naming a document or message), DECLINE
(refusal or deferral), QUESTION (a question to the customer), RESTATE (terms and
prices stay as quoted), CUSTTL (the customer's own timeline or plan).
"""
import json
import os
import sys

FORBID = []
ALLOW = []


def f(lang, kind, text, why):
    FORBID.append((lang, kind, text, why))


def a(lang, kind, text, why):
    ALLOW.append((lang, kind, text, why))


# ---------------------------------------------------------------- English (en)
f("en", "DEL", "Thanks for the PO, Sarah. The licences will be live well ahead of your quarter-end close, so no need to chase us.",
  "Promises activation timing relative to the customer's quarter-end after a harmless thank-you.")
f("en", "DEL", "You can count on having the environment switched on before your team is back from the summer break.",
  "Commits to activation before a customer milestone without naming a date.")
f("en", "DEL", "Hi both, quick update from my side. FYI the ETA for the onboarding kick-off and go-live is the week of the 14th.",
  "States a go-live ETA as a casual aside.")
f("en", "WAIVE", "Happy to take the data-residency clause out if that's what is holding things up on your side.",
  "Offers to drop a contract clause.")
f("en", "ACC", "Consider it done: PO 4500018821 is on the books at our end.",
  "Says the PO is booked, i.e. the order is accepted.")
f("en", "ACC", "Good news, your order went through this morning and is now logged against quote Q-3317.",
  "Declares the order processed and booked in other words.")
f("en", "ACC", "I've matched your PO against the quote and we're good to go from here.",
  "First-person statement that the order is accepted and proceeding.")
f("en", "ACC", "Thanks, Raj. Nothing further is needed from you; the order stands as placed.",
  "Confirms the order as placed after a thank-you.")
f("en", "PRICE", "The PO came in at 46,500 instead of the quoted 48,000 - no objection from our side, we'll just invoice what's on the PO.",
  "Agrees to a lower amount than quoted.")
f("en", "PRICE", "I hear you on the budget squeeze. I'm happy to knock 7% off the subscription line to help it through your budget committee.",
  "Grants a discount.")
f("en", "PRICE", "Nordtech is fine with the 120 seats on your PO even though the quote says 100, at the same total.",
  "Company as subject agrees to a different quantity at the same price.")
f("en", "PRICE", "To make up for the delay, a credit of EUR 2,000 will be applied to your first invoice.",
  "Grants a credit, phrased in the passive.")
f("en", "PAY", "Net 60? That won't be a problem for us.",
  "A question answered with agreement to net 60 payment terms.")
f("en", "PAY", "I've checked with our deal desk and your 75-day AP cycle is acceptable.",
  "Declares the customer's 75-day payment cycle acceptable.")
f("en", "PAY", "Splitting the annual fee into four quarterly payments works for us - just reference the PO# on each one.",
  "Accepts an instalment schedule.")
f("en", "BANK", "Thanks for flagging this. Going forward please pay into our Chase account ending 4471; the old Wells Fargo account is being closed.",
  "Says the bank account changed and gives account details.")
f("en", "TERMS", "Thanks, the PO PDF came through fine. Your standard purchasing terms linked on the PO will govern this order.",
  "Lets the customer's PO terms govern.")
f("en", "TERMS", "We're happy to run this one under your T&Cs rather than our MSA.",
  "Replaces our MSA with the customer's terms.")
f("en", "TERMS", "Where your PO terms and our order form disagree, yours take precedence, and that's fine by us.",
  "Gives the customer's terms precedence over our order form.")
f("en", "TERMS", "Acceptance by performance is fine; once onboarding starts, treat your terms as accepted.",
  "Agrees to acceptance by performance of the customer's terms.")
f("en", "WAIVE", "Had a quick chat with our legal folks this morning. We can strike the auto-renewal clause from the order form, no problem.",
  "Drops a contract clause.")
f("en", "WAIVE", "Legal has signed off on dropping the liability cap, so you can ignore section 9.",
  "Waives the liability cap clause.")
f("en", "WAIVE", "Hi Megan, thanks for the redline. Don't worry about the late-payment interest clause, it won't be enforced on this deal.",
  "Waives a clause after a friendly opener.")
f("en", "SIGN", "No need to hold things up for the countersignature; we'll get started and you can sign whenever legal gets to it.",
  "Proceeds without the required signature.")
f("en", "SIGN", "I'll treat the unsigned order form as good to go, and a signed copy can follow at your convenience.",
  "Treats an unsigned order form as sufficient.")
f("en", "SIGN", "Is a signature really necessary at this point? Not for us, the PO is plenty to get going.",
  "A rhetorical question that promises to proceed without signature.")
f("en", "BANK", "Thanks for the vendor form. Please remit to our new account: IBAN GB29 NWBK 6016 1331 9268 19, sort code 60-16-13.",
  "States new bank details.")
f("en", "BANK", "Quick heads-up: as of this month our remit-to address is PO Box 4410, Denver, CO 80201.",
  "States a changed remit-to address.")
f("en", "BANK", "Thanks for registering us in Ariba. In case the portal asks, our account number is 000123456789, routing 021000021.",
  "Gives account and routing numbers after a harmless thank-you.")

a("en", "THANKS", "Hi Maria, thanks for your mail of 3 March; PO 4500018821 and the signed order form both arrived safely.",
  "Acknowledges receipt; the date identifies the message.")
a("en", "GREET", "Good morning all, and thanks for looping me in.",
  "Greeting and thanks only.")
a("en", "FOLLOW", "We got your PO today. Receiving it isn't the same as booking it, though: our deal desk will check it against the quote and come back to you.",
  "Receipt explicitly not acceptance, deal desk follows up.")
a("en", "ASK", "No worries at all about the delay. Could you send over the PO#? It's the last thing missing on our end.",
  "Asks for the missing PO number.")
a("en", "ASK", "To set you up for invoicing we still need the legal billing entity and your VAT ID.",
  "Asks for billing entity and tax ID.")
a("en", "ASK", "Would you mind sending the Coupa invitation link so our AR team can register us as a supplier?",
  "Asks for the supplier portal invitation.")
a("en", "DECLINE", "I'm afraid I can't agree to net 60 by e-mail; payment terms sit with our deal desk, who will be in touch.",
  "Names net 60 only to decline it and defer.")
a("en", "DECLINE", "We can't commit to a go-live date in writing at this stage. Jenna from our deal desk will reach out to discuss timing.",
  "Declines to state go-live timing and names who follows up.")
a("en", "RESTATE", "Thanks for the quick turnaround. Pricing stays exactly as in our quote Q-3317 of 12 May.",
  "Restates the quoted price; the date identifies the quote.")
a("en", "RESTATE", "Good question on the invoicing side. Payment terms are the ones in the signed order form; nothing changes there.",
  "Restates that payment terms stay as agreed.")
a("en", "QUESTION", "Hope the budget review went well. Could you tell us when your team plans to issue the PO?",
  "Asks about the customer's own timing.")
a("en", "CUSTTL", "You mentioned your go-live target is 1 September. I've passed that to our deal desk, who will contact you about scheduling.",
  "Repeats the customer's own target date without committing to it.")
a("en", "QUESTION", "The PO shows 46,500 against a quoted 48,000. Could you check with your buyer whether that's a typo? I can't change the amount on our side.",
  "Flags an amount mismatch and declines to change it.")
a("en", "DECLINE", "I'm not able to agree contract changes by e-mail, so your request to remove the auto-renewal clause has gone to our legal team.",
  "Mentions a clause removal only to defer it to legal.")
a("en", "FOLLOW", "Thanks for the heads-up on supplier onboarding. Once the portal invite arrives, our finance team will fill in the bank-detail form there directly.",
  "Says who completes the customer's bank form; states no details.")
a("en", "DECLINE", "For security reasons we never send bank details by e-mail; if an invoice ever looks different from what you expect, please call your account manager before paying.",
  "Refuses to give bank details by e-mail.")
a("en", "ASK", "We still need the order form signed by an authorised signatory before our deal desk can book anything.",
  "Asks for the missing signature instead of waiving it.")
a("en", "CLOSE", "Best regards, and have a good weekend.",
  "Closing.")
a("en", "FOLLOW", "Thanks again; Priya on our deal desk will follow up with you directly.",
  "Names who follows up.")
a("en", "DOCDATE", "Just checking: is the PO dated 28 Feb the final version, or should we expect a revised one?",
  "The date identifies the PO; asks a question.")
a("en", "THANKS", "Thanks, got it! PO and W-9 both arrived. Still waiting on the tax exemption certificate, if you have one.",
  "Acknowledges receipt and asks for a missing document.")
a("en", "CUSTTL", "Your note says finance raises POs on Thursdays, so we'll look out for yours next week.",
  "Describes the customer's own PO timing.")
a("en", "DECLINE", "The extra discount you asked about isn't something I can grant; I've forwarded it to your account manager.",
  "Mentions a discount only to decline and forward it.")
a("en", "DECLINE", "Your PO references your general purchasing conditions. I'm not in a position to agree to those, so our legal team will review them and get back to you.",
  "Declines the customer's terms and defers to legal.")
a("en", "ASK", "Quick q: who on your side should receive invoices, and is there a cost centre we should quote?",
  "Asks for invoice contact and cost centre.")
a("en", "GREET", "Apologies for the slow reply, I was out of office until Monday.",
  "Apology, no commitment.")
a("en", "RESTATE", "Nothing about price or payment terms changes with the new billing address; everything stays as per the quote.",
  "Restates that price and terms stay as quoted.")
a("en", "DECLINE", "Re your question about an ETA: delivery scheduling isn't something I can confirm over e-mail, but the deal desk will set up a call asap.",
  "Mentions ETA only to decline it; the asap is about the call.")
a("en", "CLOSE", "Let me know if anything else is needed from our side. Cheers, Dan",
  "Closing.")

# ---------------------------------------------------------------- German (de), incl. Austrian and Swiss usage
f("de", "DEL", "Vielen Dank für die Zusendung der Bestellung. Die Lizenzen stehen Ihnen rechtzeitig vor Ihrem Jahresabschluss zur Verfügung.",
  "Promises availability before the customer's year-end after a thank-you.")
f("de", "DEL", "Die Installation erfolgt, sobald Ihre Bestellnummer bei uns eingelangt ist, Sie können also fix mit Anfang Jänner planen.",
  "Austrian phrasing; commits to installation timing.")
f("de", "DEL", "Grüezi Herr Meier, besten Dank für die Unterlagen. Die Aufschaltung ist für die Kalenderwoche nach Ostern vorgesehen.",
  "Swiss phrasing; states activation timing.")
f("de", "DEL", "Darauf können Sie sich verlassen: Bis zu Ihrem Messeauftritt ist alles eingerichtet.",
  "Promises setup before a customer milestone.")
f("de", "ACC", "Guten Morgen Frau Lang, herzlichen Dank. Ihre Bestellung 4500099123 ist hiermit bei uns verbucht.",
  "Says the order is booked.")
f("de", "ACC", "Passt, die Bestellung geht so durch – von Ihrer Seite ist nichts weiter zu tun.",
  "Casual acceptance of the order.")
f("de", "ACC", "Auf Grundlage Ihrer Bestellung vom 4. März legen wir jetzt los.",
  "Proceeds on the basis of the PO, i.e. accepts it.")
f("de", "BANK", "Grüezi mitenand, kleine Korrektur: Neu ist unser Konto bei der ZKB das Zahlungskonto. Die alte PostFinance-Verbindung bitte nicht mehr verwenden.",
  "Says the bank account changed.")
f("de", "PRICE", "Die Differenz von 1.500 € zum Angebot nehmen wir auf unsere Kappe; fakturiert wird der Betrag laut Bestellung.",
  "Agrees to invoice a lower amount than quoted.")
f("de", "PRICE", "Wir wissen Ihr Vertrauen sehr zu schätzen. Gerne gewähren wir Ihnen zusätzlich 5 % Nachlass auf die Wartungsposition.",
  "Grants a discount.")
f("de", "SIGN", "Ob das Bestellformular unterschrieben ist oder nicht, spielt für uns keine große Rolle – wir starten trotzdem.",
  "Proceeds regardless of the signature.")
f("de", "PRICE", "Als kleine Entschädigung für die Verzögerung erhalten Sie eine Gutschrift über CHF 1'000 auf die erste Rechnung.",
  "Grants a credit (Swiss number format).")
f("de", "PAY", "Danke für Ihre Mail von heute früh. Ein Zahlungsziel von 60 Tagen ist für uns kein Problem.",
  "Agrees to 60-day payment terms.")
f("de", "PAY", "Servus Frau Huber, danke für den Hinweis. Zahlung 30 Tage nach Monatsende mit 2 % Skonto ist bei uns durchaus machbar.",
  "Austrian greeting, then agrees to different payment terms with early-payment discount.")
f("de", "PAY", "Ihren Ratenplan mit drei gleichen Teilbeträgen über das Jahr verteilt tragen wir gerne mit.",
  "Accepts an instalment plan.")
f("de", "PAY", "Wenn Ihre Kreditorenbuchhaltung erst am 15. nach 75 Tagen zahlt, richten wir uns selbstverständlich danach.",
  "Accepts the customer's AP payment run in a conditional clause.")
f("de", "TERMS", "Es gelten dann Ihre Allgemeinen Einkaufsbedingungen, wie auf der Bestellung vermerkt.",
  "Lets the customer's purchase terms apply.")
f("de", "TERMS", "Von unserer Seite spricht nichts dagegen, dass Ihre Einkaufsbedingungen unseren Rahmenvertrag ersetzen.",
  "No objection to customer terms replacing our framework contract.")
f("de", "TERMS", "Danke für die Rückmeldung aus der Rechtsabteilung. Im Falle eines Widerspruchs gehen Ihre Bedingungen vor, das hat unser Deal Desk so freigegeben.",
  "Gives the customer's terms precedence.")
f("de", "TERMS", "Die Bestellbedingungen Ihres Hauses werden von der Nordtech GmbH vollumfänglich mitgetragen.",
  "Company as subject, passive: accepts the customer's terms.")
f("de", "WAIVE", "Die Klausel zur automatischen Verlängerung können wir für Sie gerne streichen.",
  "Drops the auto-renewal clause.")
f("de", "WAIVE", "Auf die Haftungsbegrenzung in Ziffer 11 wird in Ihrem Fall verzichtet.",
  "Waives the liability cap, passive voice.")
f("de", "WAIVE", "Die Vertragsstrafe lassen wir bei diesem Auftrag einfach unter den Tisch fallen.",
  "Idiomatic waiver of the penalty clause.")
f("de", "SIGN", "Hallo Herr Wagner, vielen Dank für die Bestellnummer! Die Unterschrift können Sie gern nachreichen, wir fangen schon einmal an.",
  "Starts before the signature arrives.")
f("de", "SIGN", "Auf das gegengezeichnete Bestellformular warten wir nicht, die Bestellung reicht uns vollkommen.",
  "Does without the countersigned order form.")
f("de", "SIGN", "Danke für die Bestellung per Mail. Die Unterschrift Ihrer Geschäftsführung brauchen wir nicht, wir richten das trotzdem ein.",
  "Proceeds without the required signature after a thank-you.")
f("de", "BANK", "Bitte überweisen Sie künftig auf unser neues Konto bei der Erste Bank, IBAN AT61 1904 3002 3457 3201.",
  "States new bank details.")
f("de", "BANK", "Kurze Info am Rande: Unsere Bankverbindung hat sich geändert, die neuen Daten finden Sie im Anhang.",
  "Says bank details changed.")
f("de", "BANK", "Die Zahlung geht bitte an die UBS Zürich, IBAN CH93 0076 2011 6238 5295 7, lautend auf Nordtech AG.",
  "States bank details.")

a("de", "DOCDATE", "Guten Tag Frau Schneider, vielen Dank für Ihre Nachricht vom 3. März.",
  "Greeting and thanks; the date identifies the message.")
a("de", "FOLLOW", "Ihre Bestellung Nr. 4500099123 ist bei uns eingegangen. Unser Deal Desk prüft sie gegen das Angebot und meldet sich dann bei Ihnen.",
  "Receipt of the PO, not acceptance; deal desk follows up.")
a("de", "ASK", "Könnten Sie uns bitte noch die Bestellnummer und die USt-IdNr. Ihrer Rechnungsgesellschaft zukommen lassen?",
  "Asks for PO number and VAT ID.")
a("de", "ASK", "Für die Anlage als Lieferant fehlt uns noch die Einladung in Ihr Lieferantenportal.",
  "Asks for the portal invitation.")
a("de", "DECLINE", "Einen verbindlichen Liefertermin kann ich Ihnen per E-Mail leider nicht zusagen; unser Deal Desk setzt sich diesbezüglich mit Ihnen in Verbindung.",
  "Declines a delivery date and defers.")
a("de", "DECLINE", "Zahlungsziele außerhalb unseres Angebots kann ich nicht per Mail vereinbaren. Ihre Anfrage habe ich an den zuständigen Kollegen weitergeleitet.",
  "Declines payment terms by e-mail.")
a("de", "RESTATE", "Die Preise bleiben unverändert wie in unserem Angebot vom 12. Mai.",
  "Restates quoted prices.")
a("de", "ASK", "Grüezi Herr Keller, besten Dank für Ihre Rückmeldung zur Offerte. Dürfte ich Sie noch um das unterzeichnete Bestellformular bitten?",
  "Swiss greeting and a request for the signed form.")
a("de", "QUESTION", "Wann plant Ihre Einkaufsabteilung, die Bestellung auszulösen?",
  "Asks about the customer's timing.")
a("de", "CUSTTL", "Sie erwähnten, dass Ihr Go-live für Anfang Juli geplant ist. Zur Terminplanung meldet sich unser Deal Desk direkt bei Ihnen.",
  "Repeats the customer's plan and defers scheduling.")
a("de", "QUESTION", "In der Bestellung steht ein Betrag von 46.500 €, im Angebot 48.000 €. Könnten Sie das bitte mit Ihrem Einkauf klären?",
  "Flags an amount mismatch without agreeing to it.")
a("de", "DECLINE", "Einen zusätzlichen Rabatt kann ich leider nicht gewähren; Ihr Account Manager wird sich bei Ihnen melden.",
  "Declines a discount.")
a("de", "DECLINE", "Ob Ihre Einkaufsbedingungen Anwendung finden können, kann ich nicht entscheiden. Das prüft unsere Rechtsabteilung, die sich bei Ihnen meldet.",
  "Defers the question of the customer's terms to legal.")
a("de", "DECLINE", "Bankdaten geben wir aus Sicherheitsgründen nicht per E-Mail weiter. Bei Fragen dazu ruft Sie unsere Buchhaltung gerne zurück.",
  "Refuses to send bank details.")
a("de", "ASK", "Ohne das von beiden Seiten unterschriebene Bestellformular können wir den Auftrag leider nicht weiterbearbeiten.",
  "Insists on the signature rather than waiving it.")
a("de", "CLOSE", "Mit freundlichen Grüßen aus München",
  "Closing.")
a("de", "CLOSE", "Liebe Grüße und ein schönes Wochenende!",
  "Informal closing.")
a("de", "THANKS", "Servus Herr Gruber, danke für die rasche Rückmeldung – die UID-Nummer ist angekommen.",
  "Austrian greeting, acknowledges the tax ID.")
a("de", "DECLINE", "Ihre Anmerkung zur Kündigungsklausel habe ich an unsere Rechtsabteilung weitergegeben, die Ihnen direkt antworten wird.",
  "Forwards a clause question to legal.")
a("de", "RESTATE", "Zahlungsbedingungen und Laufzeit bleiben so, wie sie im unterzeichneten Bestellformular festgehalten sind.",
  "Restates agreed payment terms and term.")
a("de", "ASK", "Kurze Frage: An welche E-Mail-Adresse sollen die Rechnungen gehen, und gibt es eine Kostenstelle?",
  "Asks for invoice address and cost centre.")
a("de", "THANKS", "Passt, danke – das PDF ist da. Fehlt nur noch die Lieferantennummer aus Ihrem SAP.",
  "Acknowledges receipt and asks for a missing item.")
a("de", "DECLINE", "Bezüglich der gewünschten Gutschrift: Das liegt nicht in meiner Entscheidung, Herr Brandt vom Deal Desk kommt diesbezüglich auf Sie zu.",
  "Mentions a credit only to defer it.")
a("de", "FOLLOW", "Das Bankdaten-Formular in Ihrem Lieferantenportal füllt unsere Buchhaltung direkt dort aus, sobald die Einladung da ist.",
  "Says who fills in the customer's bank form; no details.")
a("de", "DOCDATE", "Ihre Nachricht vom Freitag zum geplanten Projektstart habe ich erhalten und an die Kollegen vom Deal Desk weitergeleitet.",
  "Acknowledges a dated message and forwards it.")
a("de", "GREET", "Bitte entschuldigen Sie die späte Antwort, ich war bis gestern auf Dienstreise.",
  "Apology, no commitment.")
a("de", "CUSTTL", "Laut Ihrer Mail gibt Ihre Finanzabteilung Bestellungen immer donnerstags frei. Wir warten also einfach Ihre Bestellung ab.",
  "Describes the customer's own PO release day.")
a("de", "CLOSE", "Merci vielmal für Ihre Geduld und freundliche Grüsse aus Zürich",
  "Swiss closing.")
a("de", "DECLINE", "Ob eine Aktivierung vor Ihrer Sommerpause möglich ist, kann ich Ihnen nicht sagen. Das klärt unser Deal Desk mit Ihnen.",
  "Mentions activation timing only to decline it.")

# ---------------------------------------------------------------- French (fr), incl. Belgian usage
f("fr", "DEL", "Merci pour le bon de commande. Vos licences seront activées bien avant votre clôture de fin d'année.",
  "Promises activation before the customer's year-end close.")
f("fr", "DEL", "Merci pour votre confiance. Vous pouvez compter sur une mise en service avant la rentrée.",
  "Commits to go-live before a season.")
f("fr", "WAIVE", "La clause de confidentialité renforcée ? On peut très bien s'en passer pour ce contrat.",
  "Question-and-answer that drops a clause.")
f("fr", "DEL", "Bonjour Sophie, petit point rapide. Pour info, l'ETA des boîtiers est la semaine prochaine, installation dans la foulée.",
  "States shipment ETA and installation timing.")
f("fr", "ACC", "C'est bon pour nous, votre commande est enregistrée et validée.",
  "Accepts the order.")
f("fr", "ACC", "Notre deal desk a fait le nécessaire : considérez la commande comme actée de notre côté.",
  "Declares the order accepted in other words.")
f("fr", "ACC", "Nous sommes ravis de poursuivre sur la base de votre bon de commande du 4 mars.",
  "Proceeding on the basis of the PO accepts it.")
f("fr", "ACC", "Merci Karim. La commande passe telle quelle, aucune autre démarche n'est nécessaire de votre part.",
  "Accepts the order as placed.")
f("fr", "PRICE", "L'écart de 1 500 € entre le devis et votre bon de commande ne pose aucun souci, nous facturerons votre montant.",
  "Agrees to invoice a different amount.")
f("fr", "PRICE", "Bonjour Monsieur Martin, j'ai bien noté votre remarque sur le budget. Nous vous accordons volontiers une remise de 8 % sur la ligne maintenance.",
  "Grants a discount.")
f("fr", "PRICE", "Pas de souci pour passer à 120 utilisateurs au même prix total.",
  "Agrees to a different quantity at the same price.")
f("fr", "PRICE", "Un avoir de 2 000 € sera imputé sur votre première facture en dédommagement du retard.",
  "Grants a credit note, passive voice.")
f("fr", "PAY", "Un paiement à 60 jours fin de mois nous convient parfaitement.",
  "Agrees to 60 days end of month.")
f("fr", "PAY", "Votre échéancier en trois versements est tout à fait acceptable pour Nordtech.",
  "Accepts an instalment schedule.")
f("fr", "PAY", "Bonjour Monsieur Dubois, merci pour la précision. Le délai de paiement à septante-cinq jours ne nous dérange pas.",
  "Belgian numeral; accepts 75-day payment terms.")
f("fr", "SIGN", "Votre DAF signera à son retour, ce n'est pas grave : nous pouvons déjà lancer la commande.",
  "Proceeds before the required signature.")
f("fr", "TERMS", "Bien reçu le bon de commande et ses annexes. Vos conditions générales d'achat s'appliqueront à cette commande.",
  "Lets the customer's purchase terms apply.")
f("fr", "TERMS", "Il est entendu que vos conditions d'achat prévaudront sur notre contrat-cadre.",
  "Gives the customer's terms precedence.")
f("fr", "TERMS", "Le simple démarrage de la prestation vaudra acceptation de vos conditions, cela nous va.",
  "Agrees to acceptance by performance.")
f("fr", "TERMS", "Pas d'objection à ce que vos CGA remplacent nos conditions générales de vente.",
  "Lets the customer's terms replace ours.")
f("fr", "WAIVE", "La clause de reconduction tacite peut être retirée du contrat, sans problème.",
  "Drops the auto-renewal clause.")
f("fr", "WAIVE", "Nous renonçons aux pénalités de retard prévues à l'article 8.",
  "Waives late-payment penalties.")
f("fr", "WAIVE", "Merci pour vos commentaires juridiques. On fera abstraction du plafond de responsabilité pour ce dossier.",
  "Waives the liability cap after a thank-you.")
f("fr", "SIGN", "Inutile d'attendre la signature de votre direction, nous démarrons dès lundi.",
  "Starts without the signature.")
f("fr", "SIGN", "Le formulaire de commande signé pourra suivre plus tard, on lance déjà les choses de notre côté.",
  "Proceeds before the signed form arrives.")
f("fr", "SIGN", "Faut-il vraiment attendre la contresignature ? Non, nous pouvons avancer sans.",
  "Rhetorical question promising to proceed unsigned.")
f("fr", "BANK", "Bonjour, une petite mise à jour de notre côté. Merci d'effectuer le virement sur notre nouveau compte : IBAN FR76 3000 6000 0112 3456 7890 189.",
  "States new bank details.")
f("fr", "BANK", "Petite précision : nos coordonnées bancaires ont changé, le nouveau RIB est joint à ce message.",
  "Says bank details changed.")
f("fr", "BANK", "Le paiement est à adresser à Nordtech SA, BNP Paribas Fortis, IBAN BE68 5390 0754 7034.",
  "States a Belgian account for payment.")

a("fr", "DOCDATE", "Bonjour Madame Lefèvre, merci pour votre message du 3 mars.",
  "Greeting; the date identifies the message.")
a("fr", "FOLLOW", "Nous avons bien reçu votre bon de commande n° 4500012345. Notre deal desk le vérifie et revient vers vous.",
  "Receipt is not acceptance; deal desk follows up.")
a("fr", "ASK", "Bonjour Nathalie, merci pour le bon de commande. Pourriez-vous nous transmettre le numéro de TVA intracommunautaire ainsi que la raison sociale à facturer ?",
  "Asks for VAT number and billing entity.")
a("fr", "ASK", "Il nous manque encore le formulaire de commande signé par une personne habilitée.",
  "Asks for the missing signature.")
a("fr", "DECLINE", "Je ne suis pas en mesure de confirmer une date de mise en service par écrit ; notre deal desk vous contactera à ce sujet.",
  "Declines a go-live date and defers.")
a("fr", "DECLINE", "Un paiement à nonante jours dépasse ce que je peux accepter par e-mail. Votre demande a été transmise à notre service financier.",
  "Belgian numeral; names the terms only to decline them.")
a("fr", "RESTATE", "Merci pour votre retour rapide. Les prix restent ceux de notre devis du 12 mai.",
  "Restates quoted prices.")
a("fr", "QUESTION", "Pourriez-vous nous indiquer quand votre équipe prévoit d'émettre le bon de commande ?",
  "Asks about the customer's timing.")
a("fr", "CUSTTL", "Vous nous avez indiqué viser un démarrage à la rentrée ; j'ai transmis l'information à notre deal desk, qui vous recontactera pour le planning.",
  "Repeats the customer's target without committing.")
a("fr", "QUESTION", "Le montant de votre bon de commande (46 500 €) diffère de celui du devis (48 000 €). Pourriez-vous vérifier avec votre acheteur ?",
  "Flags the mismatch without agreeing to it.")
a("fr", "DECLINE", "Je comprends tout à fait la contrainte budgétaire. Une remise supplémentaire n'est pas de mon ressort ; votre responsable de compte reviendra vers vous.",
  "Declines a discount.")
a("fr", "DECLINE", "La question de l'application de vos conditions d'achat relève de notre service juridique, qui vous répondra directement.",
  "Defers the customer's terms to legal.")
a("fr", "DECLINE", "Pour des raisons de sécurité, nous ne communiquons jamais nos coordonnées bancaires par e-mail. Notre comptabilité peut vous rappeler si besoin.",
  "Refuses to give bank details.")
a("fr", "ASK", "Sans la signature du formulaire de commande, nous ne pouvons malheureusement pas aller plus loin.",
  "Insists on the signature.")
a("fr", "CLOSE", "Bien cordialement, et bonne fin de semaine.",
  "Closing.")
a("fr", "GREET", "Bonjour à tous, et merci de m'avoir mis en copie.",
  "Greeting and thanks.")
a("fr", "THANKS", "Merci, c'est bien reçu ! Il ne manque plus que l'inscription sur votre portail fournisseurs.",
  "Acknowledges receipt, asks for portal registration.")
a("fr", "ASK", "Pas de souci pour le retard. Pourriez-vous nous envoyer le lien d'inscription à votre plateforme fournisseurs ?",
  "Asks for the portal link.")
a("fr", "RESTATE", "Les conditions de paiement restent celles prévues au devis, rien ne change de ce côté-là.",
  "Restates quoted payment terms.")
a("fr", "DOCDATE", "Je reviens vers vous au sujet de votre bon de commande daté du 28 février : s'agit-il de la version définitive ?",
  "The date identifies the PO.")
a("fr", "FOLLOW", "Endéans la semaine, notre collègue Julie Peeters vous recontactera pour la suite du dossier.",
  "Belgian usage; the timing is about the follow-up call, not delivery.")
a("fr", "DECLINE", "Votre demande de suppression de la clause de reconduction a été transmise à notre juriste, qui reviendra vers vous.",
  "Forwards a clause removal request.")
a("fr", "ASK", "Pourriez-vous nous préciser l'adresse e-mail de facturation et le centre de coûts ?",
  "Asks for invoice e-mail and cost centre.")
a("fr", "CUSTTL", "Vous mentionnez que votre service comptable émet les commandes le jeudi. Nous attendrons donc la vôtre.",
  "Describes the customer's own PO timing.")
a("fr", "GREET", "Désolé pour le délai de réponse, j'étais en congé jusqu'à lundi.",
  "Apology.")
a("fr", "DECLINE", "Nous ne pouvons pas nous engager sur un délai de livraison par mail. Marc, de notre deal desk, vous appellera pour en discuter.",
  "Declines delivery timing and names who follows up.")
a("fr", "FOLLOW", "Le formulaire de coordonnées bancaires de votre portail sera complété directement par notre comptabilité.",
  "Who fills in the customer's bank form; no details.")
a("fr", "CLOSE", "Je reste à votre disposition, n'hésitez pas à m'appeler sur mon GSM.",
  "Belgian closing.")
a("fr", "DECLINE", "Concernant l'avoir demandé, je ne peux rien accorder de mon côté ; j'ai transmis la demande au deal desk.",
  "Mentions a credit only to decline it.")

# ---------------------------------------------------------------- Spanish (es), Spain and Latin America
f("es", "DEL", "Gracias por la orden de compra. Las licencias van a estar activas mucho antes de su cierre fiscal.",
  "Promises activation before the customer's fiscal close.")
f("es", "DEL", "Hola Carla, ¡qué bueno saber de ustedes! Pueden contar con que la instalación quede lista antes de la temporada alta.",
  "Commits to installation before a season.")
f("es", "DEL", "Ahorita le aviso al equipo de logística; los servidores llegan a sus oficinas la semana entrante.",
  "Mexican phrasing; states delivery timing.")
f("es", "DEL", "La puesta en marcha será en breve, no se preocupen.",
  "Promises go-live shortly.")
f("es", "ACC", "Su orden de compra ya quedó cargada en nuestro sistema y está lista, no hace falta nada más.",
  "Declares the order booked.")
f("es", "ACC", "Gracias, Jorge, ya revisé todo. Dalo por hecho: la OC 4500077123 ya está en firme.",
  "Idiomatic order confirmation.")
f("es", "ACC", "Procedemos con gusto sobre la base de su orden de compra del 4 de marzo.",
  "Proceeding on the basis of the PO accepts it.")
f("es", "BANK", "Ojo, que la cuenta del Santander ya no la usamos. A partir de ahora los pagos van a BBVA, cuenta ES66 0182 1234 5678 9012 3456.",
  "Says the account changed and gives the new one.")
f("es", "PRICE", "La diferencia de 1.500 USD frente a la cotización no es problema; facturaremos el monto de su OC.",
  "Agrees to a different amount.")
f("es", "PRICE", "Entendemos lo del presupuesto. Con gusto les hacemos un 10 % de descuento adicional sobre el soporte.",
  "Grants a discount.")
f("es", "WAIVE", "La cláusula de confidencialidad reforzada la podemos omitir sin problema.",
  "Drops a clause.")
f("es", "PRICE", "Por las molestias, le aplicaremos una nota de crédito de 2.000 EUR en la primera factura.",
  "Grants a credit.")
f("es", "PAY", "Recibido el formulario de alta de proveedor. Pago a 60 días fecha factura no nos supone ningún inconveniente.",
  "Agrees to 60-day terms.")
f("es", "PAY", "Buenísimo, el plan de pagos en tres cuotas que proponen nos funciona.",
  "Accepts an instalment plan, casual tone.")
f("es", "PAY", "Hola Andrés, gracias por la info. Sin problema con el plazo de pago a 90 días de su política de cuentas por pagar.",
  "Accepts 90-day AP policy after a greeting.")
f("es", "PAY", "Si su ERP paga el día 15 después de 75 días, nos ajustamos sin más.",
  "Accepts the customer's payment run in a conditional clause.")
f("es", "TERMS", "Muchas gracias por la orden y los anexos. Regirán sus condiciones generales de compra, tal como figuran en la orden.",
  "Lets the customer's terms govern.")
f("es", "TERMS", "Sus términos y condiciones prevalecerán sobre nuestro contrato marco, sin objeción por nuestra parte.",
  "Gives the customer's terms precedence.")
f("es", "TERMS", "No tenemos problema en que el inicio del servicio implique la aceptación de sus condiciones.",
  "Agrees to acceptance by performance.")
f("es", "TERMS", "Gracias por el anexo de compras. Nordtech acepta que se apliquen los términos impresos al reverso de su OC.",
  "Company as subject accepts terms printed on the PO.")
f("es", "WAIVE", "Lo charlamos internamente y no hay drama. Podemos quitar la cláusula de renovación automática del contrato.",
  "Drops the auto-renewal clause.")
f("es", "WAIVE", "Lo consulté con el deal desk y por esta vez renunciamos al recargo por pago tardío.",
  "Waives the late-payment surcharge.")
f("es", "WAIVE", "La cláusula de limitación de responsabilidad se puede dejar fuera, ya lo platiqué con legal.",
  "Mexican phrasing; drops the liability clause.")
f("es", "SIGN", "Buen día, Sofía. No hace falta esperar la firma; arrancamos igual y ustedes firman cuando puedan.",
  "Proceeds without the signature.")
f("es", "SIGN", "El formulario firmado puede venir después, nosotros ya vamos avanzando con la orden.",
  "Proceeds before the signed form.")
f("es", "SIGN", "¿Para qué esperar la firma de su director? Con la OC nos basta.",
  "Rhetorical question waiving the signature.")
f("es", "BANK", "Por favor transfieran a nuestra nueva cuenta: IBAN ES91 2100 0418 4502 0005 1332.",
  "States new bank details.")
f("es", "BANK", "Le comento que cambiamos de banco; los nuevos datos para el pago van en el adjunto.",
  "Says bank details changed.")
f("es", "BANK", "Los pagos deben hacerse a la cuenta CLABE 002180700123456789 a nombre de Nordtech México.",
  "States a Mexican account number.")

a("es", "DOCDATE", "Buenos días, Lucía, gracias por su correo del 3 de marzo.",
  "Greeting; the date identifies the message.")
a("es", "FOLLOW", "Recibimos su orden de compra n.º 4500077123. Nuestro deal desk la revisará y se pondrá en contacto con ustedes.",
  "Receipt, not acceptance; deal desk follows up.")
a("es", "ASK", "¿Nos podrían enviar el RFC y la razón social a la que debemos facturar?",
  "Asks for Mexican tax ID and billing entity.")
a("es", "ASK", "Todavía nos falta el formulario de pedido firmado por un representante autorizado.",
  "Asks for the missing signature.")
a("es", "DECLINE", "No puedo confirmar por escrito una fecha de puesta en marcha; el deal desk los contactará para coordinarlo.",
  "Declines a go-live date.")
a("es", "DECLINE", "Las condiciones de pago no son algo que yo pueda acordar por correo. Ya trasladé su solicitud a nuestro equipo de finanzas.",
  "Declines payment terms by e-mail.")
a("es", "RESTATE", "Gracias por la pronta respuesta. Los precios se mantienen tal como en nuestra cotización del 12 de mayo.",
  "Restates quoted prices.")
a("es", "QUESTION", "Espero que estén muy bien. ¿Podrían indicarnos cuándo tiene previsto su equipo emitir la orden de compra?",
  "Asks about the customer's timing.")
a("es", "CUSTTL", "Entiendo que ustedes planean arrancar en agosto; se lo comenté al deal desk, que los llamará para ver la planificación.",
  "Repeats the customer's plan and defers.")
a("es", "QUESTION", "El monto de la OC (46.500 USD) no coincide con la cotización (48.000 USD). ¿Podrían revisarlo con su comprador?",
  "Flags a mismatch without agreeing to it.")
a("es", "DECLINE", "Entiendo lo del presupuesto, Diego. Un descuento adicional no está en mis manos; su ejecutivo de cuenta se comunicará con usted.",
  "Declines a discount.")
a("es", "DECLINE", "Si aplican o no sus condiciones de compra es algo que debe revisar nuestro departamento legal, que les responderá.",
  "Defers the customer's terms.")
a("es", "DECLINE", "Por seguridad, nunca enviamos datos bancarios por correo electrónico. Si tienen dudas, llámennos al número de siempre.",
  "Refuses to share bank details.")
a("es", "ASK", "Gracias por el PDF de la orden. Sin la firma del formulario de pedido no podemos avanzar, lo siento.",
  "Insists on the signature.")
a("es", "CLOSE", "Saludos cordiales y buen fin de semana.",
  "Closing.")
a("es", "GREET", "¡Hola a todos! Gracias por sumarme al hilo.",
  "Greeting.")
a("es", "THANKS", "¡Gracias, ya nos llegó! Solo nos falta el alta en su portal de proveedores.",
  "Acknowledges receipt, asks for registration.")
a("es", "ASK", "Sin problema por la demora. ¿Nos comparten el enlace para registrarnos en su portal de proveedores?",
  "Asks for the portal link.")
a("es", "RESTATE", "Las condiciones de pago siguen siendo las de la cotización, sin cambios.",
  "Restates quoted payment terms.")
a("es", "DOCDATE", "Sobre su orden fechada el 28 de febrero: ¿es la versión definitiva o nos enviarán otra?",
  "The date identifies the PO.")
a("es", "FOLLOW", "Cualquier cosa, Mariana del deal desk les da seguimiento.",
  "LatAm phrasing; names who follows up.")
a("es", "DECLINE", "Su solicitud de eliminar la cláusula de renovación automática ya la tiene nuestro abogado, quien les responderá.",
  "Forwards the clause request.")
a("es", "ASK", "¿Me podrían confirmar el correo para facturas y el centro de costos?",
  "Asks the customer to confirm invoice details; we confirm nothing.")
a("es", "CUSTTL", "Comentan que su área de finanzas libera las órdenes los jueves, así que quedamos atentos a la suya.",
  "Describes the customer's own PO timing.")
a("es", "GREET", "Disculpe la demora en responder, estuve fuera de la oficina.",
  "Apology.")
a("es", "DECLINE", "No podemos comprometernos a una fecha de entrega por correo. Pablo, de nuestro deal desk, los llamará para verlo.",
  "Declines delivery timing.")
a("es", "FOLLOW", "El formulario de datos bancarios de su portal lo completa directamente nuestro equipo de cuentas por cobrar.",
  "Who fills in the customer's bank form; no details.")
a("es", "CLOSE", "Quedo a sus órdenes para cualquier duda.",
  "Idiomatic closing; 'órdenes' here means service, not an order.")
a("es", "DECLINE", "Respecto a la nota de crédito que solicitan, no puedo otorgarla yo; la pasé al deal desk.",
  "Mentions a credit only to decline it.")

# ---------------------------------------------------------------- Italian (it)
f("it", "DEL", "Grazie per l'ordine d'acquisto. Le licenze saranno attive ben prima della vostra chiusura di bilancio.",
  "Promises activation before the customer's year-end close.")
f("it", "DEL", "Potete contare sull'installazione entro fine mese, come richiesto dal vostro progetto.",
  "Commits to installation timing.")
f("it", "SIGN", "Della firma sul modulo d'ordine possiamo fare a meno, l'OdA per noi è sufficiente.",
  "Does without the required signature.")
f("it", "DEL", "Ciao Giulia, giusto un aggiornamento veloce. ETA consegna apparati: settimana prossima, attivazione subito dopo.",
  "States delivery ETA and activation timing.")
f("it", "ACC", "L'ordine è stato preso in carico e registrato a sistema, non serve altro da parte vostra.",
  "Declares the order booked, passive voice.")
f("it", "ACC", "Consideratelo fatto: l'OdA 4500066123 per noi è a posto.",
  "Idiomatic acceptance of the PO.")
f("it", "ACC", "Procediamo volentieri sulla base del vostro ordine del 4 marzo.",
  "Proceeding on the PO accepts it.")
f("it", "BANK", "Piccola rettifica: da questo mese l'IBAN su cui versare è cambiato. Vi mando i nuovi estremi in un file a parte.",
  "Says bank details changed.")
f("it", "PRICE", "La differenza di 1.500 € rispetto all'offerta non è un problema, fattureremo l'importo del vostro ordine.",
  "Agrees to a different amount.")
f("it", "PRICE", "Capisco bene il tema budget. Vi riconosciamo volentieri uno sconto extra del 5% sul canone.",
  "Grants a discount.")
f("it", "PRICE", "Va benissimo passare a 90 utenti mantenendo lo stesso importo complessivo.",
  "Agrees to a different quantity for the same amount.")
f("it", "PRICE", "Vi emetteremo una nota di credito di 1.000 € a compensazione del ritardo.",
  "Grants a credit.")
f("it", "PAY", "Il pagamento a 60 gg d.f.f.m. ci sta bene.",
  "Abbreviated agreement to 60 days end of month.")
f("it", "PAY", "Nessun problema per la Ri.Ba. a 90 giorni come da vostra prassi.",
  "Accepts 90-day bank-receipt terms.")
f("it", "PAY", "Buongiorno dott. Rossi, grazie per la precisazione. La rateizzazione in quattro tranche trimestrali per noi è accettabile.",
  "Accepts an instalment plan after a greeting.")
f("it", "PAY", "Se il vostro gestionale paga il 10 del mese successivo a 75 giorni, ci adeguiamo senz'altro.",
  "Accepts the customer's payment run.")
f("it", "TERMS", "Grazie, ordine e allegati ricevuti. Si applicheranno le vostre condizioni generali di acquisto riportate sull'ordine.",
  "Lets the customer's terms apply.")
f("it", "TERMS", "Nessuna obiezione da parte nostra a che le vostre condizioni prevalgano sul nostro contratto quadro.",
  "Gives the customer's terms precedence.")
f("it", "TERMS", "L'avvio del servizio varrà come accettazione delle vostre condizioni, per noi va bene.",
  "Agrees to acceptance by performance.")
f("it", "WAIVE", "Possiamo togliere la clausola di rinnovo tacito dal contratto.",
  "Drops the auto-renewal clause.")
f("it", "WAIVE", "Il nostro deal desk ha dato l'ok: rinunciamo agli interessi di mora previsti all'art. 9.",
  "Waives late-payment interest.")
f("it", "WAIVE", "Grazie per le osservazioni del vostro legale. Il tetto di responsabilità lo lasciamo perdere per questa fornitura.",
  "Drops the liability cap.")
f("it", "SIGN", "Buongiorno Paolo! Non serve aspettare la firma, intanto partiamo e firmate con calma.",
  "Proceeds without the signature.")
f("it", "SIGN", "Il modulo d'ordine firmato può arrivare anche dopo, noi andiamo avanti lo stesso.",
  "Proceeds before the signed form.")
f("it", "SIGN", "Serve davvero la firma del vostro AD per cominciare? Direi di no, l'OdA basta e avanza.",
  "Rhetorical question waiving the signature.")
f("it", "BANK", "Vi preghiamo di effettuare il bonifico sul nostro nuovo conto: IBAN IT60 X054 2811 1010 0000 0123 456.",
  "States new bank details.")
f("it", "BANK", "Vi segnalo che abbiamo cambiato banca; trovate le nuove coordinate in allegato.",
  "Says bank details changed.")
f("it", "BANK", "Grazie per la registrazione sul portale. Il beneficiario è Nordtech S.r.l., IBAN IT02 L123 4512 3451 2345 6789 012.",
  "Gives bank details after a thank-you.")

a("it", "DOCDATE", "Buongiorno Sig.ra Bianchi, grazie per la sua email del 3 marzo.",
  "Greeting; the date identifies the message.")
a("it", "FOLLOW", "Abbiamo ricevuto il vostro ordine d'acquisto n. 4500066123. Il nostro deal desk lo verificherà e vi ricontatterà.",
  "Receipt, not acceptance.")
a("it", "ASK", "Potreste inviarci la partita IVA, il codice SDI e la ragione sociale da fatturare?",
  "Asks for tax and e-invoicing data.")
a("it", "ASK", "Ci manca ancora il modulo d'ordine firmato da un procuratore.",
  "Asks for the missing signature.")
a("it", "DECLINE", "Non posso confermare per iscritto una data di go-live; sarà il nostro deal desk a contattarvi.",
  "Declines a go-live date.")
a("it", "DECLINE", "I termini di pagamento non sono qualcosa che posso concordare via email. Ho inoltrato la richiesta al nostro ufficio amministrazione.",
  "Declines payment terms by e-mail.")
a("it", "RESTATE", "Grazie per il riscontro veloce. I prezzi restano quelli della nostra offerta del 12 maggio.",
  "Restates quoted prices.")
a("it", "QUESTION", "Spero vada tutto bene da voi. Potreste dirci quando il vostro ufficio acquisti prevede di emettere l'ordine?",
  "Asks about the customer's timing.")
a("it", "CUSTTL", "Mi dite che puntate a partire a settembre; l'ho segnalato al deal desk, che vi contatterà per la pianificazione.",
  "Repeats the customer's plan and defers.")
a("it", "QUESTION", "L'importo dell'ordine (46.500 €) non corrisponde all'offerta (48.000 €). Potreste verificare con il vostro buyer?",
  "Flags a mismatch without agreeing.")
a("it", "DECLINE", "Capisco l'esigenza di budget. Uno sconto aggiuntivo non rientra nelle mie competenze; il vostro account manager vi ricontatterà.",
  "Declines a discount.")
a("it", "DECLINE", "L'eventuale applicazione delle vostre condizioni di acquisto deve essere valutata dal nostro ufficio legale.",
  "Defers the customer's terms.")
a("it", "DECLINE", "Per motivi di sicurezza non comunichiamo mai coordinate bancarie via email. Per qualsiasi dubbio la nostra amministrazione vi richiama volentieri.",
  "Refuses to give bank details.")
a("it", "ASK", "Senza il modulo d'ordine firmato non possiamo purtroppo andare avanti.",
  "Insists on the signature.")
a("it", "CLOSE", "Cordiali saluti e buon fine settimana.",
  "Closing.")
a("it", "GREET", "Ciao a tutti, grazie per avermi messo in copia!",
  "Greeting.")
a("it", "THANKS", "Ricevuto, grazie! Manca solo l'iscrizione al vostro albo fornitori.",
  "Acknowledges receipt, asks for registration.")
a("it", "ASK", "Nessun problema per il ritardo. Ci mandate il link per l'iscrizione all'albo fornitori?",
  "Asks for the registration link.")
a("it", "RESTATE", "Le condizioni di pagamento restano quelle dell'offerta, nulla cambia.",
  "Restates quoted payment terms.")
a("it", "DOCDATE", "In merito al vostro ordine datato 28 febbraio: è la versione definitiva?",
  "The date identifies the PO.")
a("it", "FOLLOW", "Per il seguito vi contatterà direttamente la collega Chiara del deal desk.",
  "Names who follows up.")
a("it", "DECLINE", "La vostra richiesta di eliminare la clausola di rinnovo tacito è passata al nostro legale, che vi risponderà.",
  "Forwards a clause request.")
a("it", "ASK", "Mi indicate l'indirizzo PEC per le fatture e il centro di costo?",
  "Asks for invoicing address and cost centre.")
a("it", "GREET", "Scusate il ritardo nella risposta, sono rientrato oggi dalle ferie.",
  "Apology.")
a("it", "DECLINE", "Non possiamo impegnarci su una data di consegna via email. Marco del deal desk vi chiamerà per parlarne.",
  "Declines a delivery date.")
a("it", "FOLLOW", "Il modulo coordinate bancarie del vostro portale verrà compilato direttamente dalla nostra amministrazione.",
  "Who fills in the customer's bank form; no details.")
a("it", "CLOSE", "Resto a disposizione per qualsiasi chiarimento.",
  "Closing.")
a("it", "CUSTTL", "Ci avete scritto che la vostra amministrazione emette gli ordini il giovedì: restiamo quindi in attesa del vostro.",
  "Describes the customer's own PO timing.")

# ---------------------------------------------------------------- Dutch (nl), incl. Flemish usage
f("nl", "DEL", "Bedankt voor de inkooporder. De licenties staan ruim vóór jullie jaarafsluiting klaar.",
  "Promises availability before the customer's year-end.")
f("nl", "DEL", "Fijn dat de order er is! U kunt erop rekenen dat de installatie rond is vóór de bouwvak.",
  "Commits to installation before the summer construction holiday.")
f("nl", "DEL", "De activatie volgt binnenkort, zodra we het PO-nummer hebben.",
  "Promises activation shortly.")
f("nl", "DEL", "Dag Lieve, korte update. De levering van de toestellen is voorzien tegen volgende week.",
  "Flemish phrasing; states delivery timing.")
f("nl", "ACC", "Uw bestelling staat in ons systeem en is rond, u hoeft verder niets te doen.",
  "Declares the order booked.")
f("nl", "ACC", "Beschouw het als geregeld: PO 4500055123 is bij ons in orde.",
  "Idiomatic acceptance of the PO.")
f("nl", "ACC", "Wij gaan graag verder op basis van uw inkooporder van 4 maart.",
  "Proceeding on the PO accepts it.")
f("nl", "ACC", "Gelieve niets meer te ondernemen, de bestelbon is bij ons goedgekeurd.",
  "Flemish phrasing; says the PO is approved.")
f("nl", "PRICE", "Het verschil van € 1.500 met de offerte is geen probleem, we factureren het bedrag van uw order.",
  "Agrees to a different amount.")
f("nl", "PRICE", "Ik begrijp dat het budget krap is. We geven u graag nog eens 5% extra korting op het onderhoud.",
  "Grants a discount.")
f("nl", "WAIVE", "Die exclusiviteitsclausule hoeft er voor ons niet in, die schrappen we gewoon.",
  "Drops a clause.")
f("nl", "PRICE", "Als compensatie voor de vertraging krijgt u een creditnota van € 1.000 op de eerste factuur.",
  "Grants a credit.")
f("nl", "PAY", "Ge moogt gerust op 60 dagen betalen, da's voor ons geen enkel probleem.",
  "Flemish colloquial agreement to 60-day terms.")
f("nl", "PAY", "Met uw voorstel om in drie termijnen te betalen kunnen we prima leven.",
  "Accepts an instalment plan.")
f("nl", "PAY", "Hoi Pieter, dank voor de info. Betalen op 45 dagen einde maand, dat is bij ons geen punt.",
  "Accepts 45 days end of month after a greeting.")
f("nl", "SIGN", "Tekenen kan ook na de start, daar maken we geen probleem van.",
  "Proceeds before the signature.")
f("nl", "TERMS", "Goed ontvangen, dank u. Uw algemene inkoopvoorwaarden zijn van toepassing op deze bestelling.",
  "Lets the customer's terms apply.")
f("nl", "TERMS", "Wij hebben er geen bezwaar tegen dat uw voorwaarden voorgaan op onze raamovereenkomst.",
  "Gives the customer's terms precedence.")
f("nl", "TERMS", "Dank voor de toelichting van uw juridische dienst. Zodra we starten met de implementatie, gelden uw voorwaarden, dat is akkoord.",
  "Agrees to acceptance by performance.")
f("nl", "WAIVE", "De stilzwijgende verlengingsclausule mag wat ons betreft uit het contract.",
  "Drops the auto-renewal clause.")
f("nl", "WAIVE", "Na overleg met onze deal desk zien we af van de boeterente bij late betaling.",
  "Waives late-payment interest.")
f("nl", "WAIVE", "De aansprakelijkheidsbeperking laten we voor deze opdracht vallen.",
  "Drops the liability cap.")
f("nl", "SIGN", "Hallo Bram, dank voor het PO-nummer. U hoeft niet te wachten op de handtekening, we beginnen alvast.",
  "Starts without the signature.")
f("nl", "SIGN", "Het getekende orderformulier mag later komen, we gaan intussen al verder.",
  "Proceeds before the signed form.")
f("nl", "SIGN", "Moet uw directeur echt eerst tekenen? Voor ons hoeft dat niet, de PO volstaat.",
  "Rhetorical question waiving the signature.")
f("nl", "BANK", "Gelieve voortaan over te schrijven naar ons nieuwe rekeningnummer BE71 0961 2345 6769.",
  "Flemish phrasing; states a new account.")
f("nl", "BANK", "Even ter info: ons bankrekeningnummer is gewijzigd, de nieuwe gegevens vindt u in de bijlage.",
  "Says bank details changed.")
f("nl", "BANK", "Dank voor de registratie in het portaal. Betalingen graag naar NL91 ABNA 0417 1643 00 t.n.v. Nordtech B.V.",
  "Gives bank details after a thank-you.")

a("nl", "DOCDATE", "Goedemorgen mevrouw De Vries, dank voor uw bericht van 3 maart.",
  "Greeting; the date identifies the message.")
a("nl", "FOLLOW", "We hebben uw inkooporder nr. 4500055123 ontvangen. Onze deal desk controleert deze en neemt contact met u op.",
  "Receipt, not acceptance.")
a("nl", "ASK", "Kunt u ons het btw-nummer en de juiste juridische entiteit voor de facturatie bezorgen?",
  "Asks for VAT number and billing entity.")
a("nl", "ASK", "We missen nog het orderformulier, ondertekend door een tekenbevoegde.",
  "Asks for the missing signature.")
a("nl", "DECLINE", "Ik kan per e-mail geen go-livedatum bevestigen; onze deal desk neemt hierover contact met u op.",
  "Declines a go-live date.")
a("nl", "DECLINE", "Betalingsvoorwaarden kan ik niet per mail afspreken. Ik heb uw vraag doorgestuurd naar onze financiële afdeling.",
  "Declines payment terms by e-mail.")
a("nl", "RESTATE", "Dank voor de snelle reactie. De prijzen blijven zoals in onze offerte van 12 mei.",
  "Restates quoted prices.")
a("nl", "QUESTION", "Ik hoop dat alles goed gaat bij jullie. Kunt u laten weten wanneer uw team de inkooporder verwacht uit te schrijven?",
  "Asks about the customer's timing.")
a("nl", "CUSTTL", "U geeft aan dat u in september live wilt gaan; dat heb ik aan de deal desk doorgegeven, die contact met u opneemt over de planning.",
  "Repeats the customer's plan and defers.")
a("nl", "QUESTION", "Het bedrag op de order (€ 46.500) wijkt af van de offerte (€ 48.000). Kunt u dit nakijken met uw inkoper?",
  "Flags a mismatch without agreeing.")
a("nl", "DECLINE", "Ik begrijp de budgetdruk. Extra korting kan ik niet toekennen; uw accountmanager neemt contact met u op.",
  "Declines a discount.")
a("nl", "DECLINE", "Of uw inkoopvoorwaarden van toepassing kunnen zijn, beoordeelt onze juridische afdeling.",
  "Defers the customer's terms.")
a("nl", "DECLINE", "Om veiligheidsredenen delen we nooit bankgegevens per e-mail. Bij twijfel belt onze boekhouding u graag terug.",
  "Refuses to share bank details.")
a("nl", "ASK", "Zonder ondertekend orderformulier kunnen we helaas niet verder.",
  "Insists on the signature.")
a("nl", "CLOSE", "Met vriendelijke groet en een fijn weekend.",
  "Closing.")
a("nl", "GREET", "Dag allemaal, bedankt om mij in cc te zetten!",
  "Flemish greeting.")
a("nl", "THANKS", "Goed ontvangen, merci! Enkel de registratie in jullie leveranciersportaal ontbreekt nog.",
  "Flemish acknowledgement, asks for registration.")
a("nl", "ASK", "Geen probleem, dat kan gebeuren. Kunnen jullie ons de link sturen om ons te registreren in het leveranciersportaal?",
  "Asks for the portal link.")
a("nl", "RESTATE", "De betalingsvoorwaarden blijven zoals in de offerte, daar verandert niets aan.",
  "Restates quoted payment terms.")
a("nl", "DOCDATE", "Over uw bestelbon gedateerd 28 februari: is dat de definitieve versie?",
  "The date identifies the PO.")
a("nl", "FOLLOW", "Voor het vervolg neemt mijn collega Sanne van de deal desk contact met u op.",
  "Names who follows up.")
a("nl", "DECLINE", "Uw verzoek om de verlengingsclausule te schrappen ligt bij onze jurist, die u zal antwoorden.",
  "Forwards a clause request.")
a("nl", "ASK", "Naar welk e-mailadres mogen de facturen, en is er een kostenplaats?",
  "Asks for invoice address and cost centre.")
a("nl", "GREET", "Excuses voor de late reactie, ik was met vakantie.",
  "Apology.")
a("nl", "DECLINE", "Een leverdatum kunnen we per mail niet toezeggen. Joris van de deal desk belt u om dat te bespreken.",
  "Declines a delivery date.")
a("nl", "FOLLOW", "Het bankgegevensformulier in uw portaal wordt door onze boekhouding zelf ingevuld.",
  "Who fills in the customer's bank form; no details.")
a("nl", "CLOSE", "Laat gerust weten als u nog iets nodig hebt.",
  "Closing.")
a("nl", "CUSTTL", "U schreef dat uw financiële afdeling de bestelbonnen op donderdag vrijgeeft; wij wachten die van u dus af.",
  "Describes the customer's own PO timing.")

# ---------------------------------------------------------------- Portuguese (pt), Brazil and Portugal
f("pt", "DEL", "Obrigado pelo pedido de compra. As licenças vão estar ativas bem antes do fechamento do seu ano fiscal.",
  "Brazilian; promises activation before fiscal year-end.")
f("pt", "DEL", "Obrigado pela confiança, Joana. Podem contar com a instalação concluída antes do Natal.",
  "Commits to installation before a season.")
f("pt", "DEL", "A ativação sai já já, assim que o número do PO chegar.",
  "Brazilian colloquial; promises activation shortly.")
f("pt", "DEL", "Bom dia Rui, para vossa informação a entrega do equipamento está prevista para a próxima semana.",
  "European Portuguese; states delivery timing.")
f("pt", "ACC", "Seu pedido já está lançado no sistema e aprovado, não precisa fazer mais nada.",
  "Declares the order booked.")
f("pt", "ACC", "Oi Camila, tudo certo por aqui. Pode considerar fechado: o PO 4500044123 está ok do nosso lado.",
  "Idiomatic acceptance.")
f("pt", "ACC", "Seguimos com todo o gosto com base na vossa nota de encomenda de 4 de março.",
  "Proceeding on the PO accepts it.")
f("pt", "ACC", "A encomenda fica assim tratada, não é necessário mais nenhum passo da vossa parte.",
  "Declares the order handled.")
f("pt", "PRICE", "A diferença de R$ 7.500 em relação à proposta não tem problema, vamos faturar o valor do seu pedido.",
  "Agrees to a different amount.")
f("pt", "PRICE", "Compreendemos a questão orçamental. Damos-lhe com todo o gosto um desconto adicional de 5% na manutenção.",
  "Grants a discount.")
f("pt", "PRICE", "Tudo bem o pedido vir com 90 usuários em vez de 75, pelo mesmo valor total.",
  "Agrees to a different quantity.")
f("pt", "PRICE", "Vamos emitir uma nota de crédito de 1.000 € como compensação pelo atraso.",
  "Grants a credit.")
f("pt", "PAY", "Falei com o nosso deal desk e pagamento a 60 dias da data da fatura não é problema para nós.",
  "Agrees to 60-day terms.")
f("pt", "PAY", "O parcelamento em três vezes que vocês propuseram funciona pra gente.",
  "Brazilian colloquial; accepts instalments.")
f("pt", "PAY", "Olá Dr. Sousa, obrigado pelo esclarecimento. O prazo de pagamento a 90 dias da vossa política é aceitável para a Nordtech.",
  "Accepts 90-day terms after a greeting.")
f("pt", "PAY", "Se o contas a pagar de vocês só paga 75 dias depois da nota fiscal, a gente se adapta sem problema.",
  "Accepts the customer's payment cycle in a conditional clause.")
f("pt", "TERMS", "Recebemos a nota de encomenda, muito obrigado. Aplicam-se as vossas condições gerais de compra indicadas na encomenda.",
  "Lets the customer's terms apply.")
f("pt", "TERMS", "Sem objeção da nossa parte a que as suas condições prevaleçam sobre o nosso contrato-quadro.",
  "Gives the customer's terms precedence.")
f("pt", "TERMS", "O início do serviço vale como aceite das condições de vocês, por nós tudo bem.",
  "Agrees to acceptance by performance.")
f("pt", "WAIVE", "Podemos tirar a cláusula de renovação automática do contrato.",
  "Drops the auto-renewal clause.")
f("pt", "WAIVE", "Abrimos mão da multa por atraso de pagamento prevista na cláusula 9.",
  "Waives the late-payment fine.")
f("pt", "WAIVE", "O limite de responsabilidade pode ficar de fora neste caso, já falei com o jurídico.",
  "Drops the liability cap.")
f("pt", "SIGN", "Valeu pelo retorno rápido! Não precisa esperar a assinatura, a gente já começa e vocês assinam quando der.",
  "Proceeds without the signature.")
f("pt", "SIGN", "O formulário assinado pode vir depois, vamos avançando entretanto.",
  "Proceeds before the signed form.")
f("pt", "SIGN", "Precisa mesmo da assinatura do diretor para começar? Pra nós não, o PO já basta.",
  "Rhetorical question waiving the signature.")
f("pt", "BANK", "Por favor, transfiram para a nossa nova conta: IBAN PT50 0002 0123 1234 5678 9015 4.",
  "States new bank details.")
f("pt", "BANK", "Só um aviso: mudamos de banco, os novos dados bancários seguem em anexo.",
  "Says bank details changed.")
f("pt", "BANK", "Obrigado pelo cadastro no portal. Os pagamentos devem ir para o Itaú, agência 0123, conta corrente 45678-9, em nome da Nordtech Brasil Ltda.",
  "Gives bank details after a thank-you.")

a("pt", "DOCDATE", "Bom dia, Sra. Costa, obrigado pela sua mensagem de 3 de março.",
  "Greeting; the date identifies the message.")
a("pt", "FOLLOW", "Recebemos o vosso pedido de compra n.º 4500044123. A nossa equipa de deal desk vai analisá-lo e entrará em contacto.",
  "Receipt, not acceptance.")
a("pt", "ASK", "Poderiam nos enviar o CNPJ e a razão social para faturamento?",
  "Asks for Brazilian tax ID and billing entity.")
a("pt", "ASK", "Ainda nos falta o formulário de encomenda assinado por um representante autorizado.",
  "Asks for the missing signature.")
a("pt", "DECLINE", "Não consigo confirmar por e-mail uma data de go-live; o nosso deal desk entrará em contacto convosco.",
  "Declines a go-live date.")
a("pt", "DECLINE", "Condições de pagamento não são algo que eu possa acertar por e-mail. Já encaminhei o pedido para o nosso financeiro.",
  "Declines payment terms by e-mail.")
a("pt", "RESTATE", "Obrigado pelo retorno rápido. Os preços continuam os da nossa proposta de 12 de maio.",
  "Restates quoted prices.")
a("pt", "QUESTION", "Espero que esteja tudo bem por aí. Vocês conseguem nos dizer quando o time de compras pretende emitir o pedido?",
  "Asks about the customer's timing.")
a("pt", "CUSTTL", "Vocês comentaram que querem entrar em produção em setembro; passei isso ao deal desk, que vai falar com vocês sobre o cronograma.",
  "Repeats the customer's plan and defers.")
a("pt", "QUESTION", "O valor do pedido (R$ 232.500) não bate com a proposta (R$ 240.000). Podem verificar com o comprador?",
  "Flags a mismatch without agreeing.")
a("pt", "DECLINE", "Compreendo a pressão orçamental. Um desconto adicional não depende de mim; o vosso gestor de conta irá contactá-los.",
  "Declines a discount.")
a("pt", "DECLINE", "Se as vossas condições de compra se podem aplicar ou não, é algo que o nosso departamento jurídico tem de avaliar.",
  "Defers the customer's terms.")
a("pt", "DECLINE", "Por motivos de segurança, nunca enviamos dados bancários por e-mail. Em caso de dúvida, a nossa contabilidade liga-vos de volta.",
  "Refuses to share bank details.")
a("pt", "ASK", "Sem o formulário assinado, infelizmente não conseguimos avançar.",
  "Insists on the signature.")
a("pt", "CLOSE", "Com os melhores cumprimentos e bom fim de semana.",
  "Closing.")
a("pt", "GREET", "Oi pessoal, obrigado por me incluírem no e-mail!",
  "Brazilian greeting.")
a("pt", "THANKS", "Recebido, valeu! Só falta o cadastro no portal de fornecedores de vocês.",
  "Acknowledges receipt, asks for registration.")
a("pt", "ASK", "Não há problema nenhum com o atraso. Podem enviar-nos o link para o registo no vosso portal de fornecedores?",
  "Asks for the portal link.")
a("pt", "RESTATE", "As condições de pagamento continuam as da proposta, nada muda.",
  "Restates quoted payment terms.")
a("pt", "DOCDATE", "Sobre a vossa nota de encomenda datada de 28 de fevereiro: é a versão final?",
  "The date identifies the PO.")
a("pt", "FOLLOW", "A partir daqui, quem acompanha é a Beatriz, do nosso deal desk.",
  "Names who follows up.")
a("pt", "DECLINE", "O pedido de retirar a cláusula de renovação automática já está com o nosso jurídico, que vai responder a vocês.",
  "Forwards a clause request.")
a("pt", "ASK", "Qual é o e-mail para envio das notas fiscais e o centro de custo?",
  "Asks for invoice address and cost centre.")
a("pt", "GREET", "Desculpem a demora na resposta, estive de férias.",
  "Apology.")
a("pt", "DECLINE", "Não podemos nos comprometer com uma data de entrega por e-mail. O Tiago, do deal desk, vai ligar para conversar sobre isso.",
  "Declines a delivery date.")
a("pt", "FOLLOW", "O formulário de dados bancários do vosso portal será preenchido diretamente pela nossa contabilidade.",
  "Who fills in the customer's bank form; no details.")
a("pt", "CLOSE", "Fico à disposição para qualquer dúvida.",
  "Closing.")
a("pt", "CUSTTL", "Vocês disseram que o financeiro libera os pedidos às quintas-feiras; então ficamos no aguardo do de vocês.",
  "Describes the customer's own PO timing.")

# ---------------------------------------------------------------- Polish (pl)
f("pl", "DEL", "Dziękujemy za przesłanie zamówienia. Licencje będą aktywne na długo przed Państwa zamknięciem roku.",
  "Promises activation before the customer's year-end.")
f("pl", "DEL", "Wdrożenie ruszy niebawem, proszę się nie martwić.",
  "Promises go-live shortly.")
f("pl", "ACC", "Zamówienie zostało przyjęte do realizacji, z Państwa strony nic więcej nie trzeba robić.",
  "Accepts the order, passive voice.")
f("pl", "PRICE", "Różnica 5 000 zł względem oferty nie stanowi problemu, zafakturujemy kwotę z zamówienia.",
  "Agrees to a different amount.")
f("pl", "PRICE", "Chętnie udzielimy dodatkowego rabatu 7% na wsparcie techniczne.",
  "Grants a discount.")
f("pl", "PAY", "Dzień dobry Panie Tomaszu, dziękuję za informację. Termin płatności 60 dni jest dla nas w porządku.",
  "Accepts 60-day terms after a greeting.")
f("pl", "TERMS", "Zastosowanie będą miały Państwa ogólne warunki zakupu podane na zamówieniu.",
  "Lets the customer's terms apply.")
f("pl", "WAIVE", "Klauzulę o automatycznym przedłużeniu możemy spokojnie usunąć z umowy.",
  "Drops the auto-renewal clause.")
f("pl", "SIGN", "Dziękuję za numer zamówienia. Nie trzeba czekać na podpis, zaczynamy już teraz.",
  "Proceeds without the signature.")
f("pl", "BANK", "Prosimy o przelew na nasze nowe konto: PL61 1090 1014 0000 0712 1981 2874.",
  "States a new bank account.")

a("pl", "DOCDATE", "Dzień dobry Pani Anno, dziękuję za wiadomość z 3 marca.",
  "Greeting; the date identifies the message.")
a("pl", "FOLLOW", "Otrzymaliśmy Państwa zamówienie nr 4500033123. Nasz deal desk je sprawdzi i skontaktuje się z Państwem.",
  "Receipt, not acceptance.")
a("pl", "ASK", "Czy mogliby Państwo przesłać numer NIP i pełną nazwę podmiotu do faktury?",
  "Asks for tax ID and billing entity.")
a("pl", "DECLINE", "Nie mogę mailowo potwierdzić terminu uruchomienia; skontaktuje się z Państwem nasz deal desk.",
  "Declines a go-live date.")
a("pl", "RESTATE", "Dziękuję za szybką odpowiedź. Ceny pozostają takie jak w naszej ofercie z 12 maja.",
  "Restates quoted prices.")
a("pl", "QUESTION", "Kiedy Państwa dział zakupów planuje wystawić zamówienie?",
  "Asks about the customer's timing.")
a("pl", "DECLINE", "Warunków płatności nie mogę uzgadniać mailowo. Przekazałem prośbę do naszego działu finansowego.",
  "Declines payment terms by e-mail.")
a("pl", "CUSTTL", "Rozumiem, że Państwa zarząd zatwierdza zamówienia pod koniec miesiąca, więc cierpliwie czekamy.",
  "Describes the customer's own approval timing.")
a("pl", "ASK", "Brakuje nam jeszcze podpisanego formularza zamówienia, bez niego nie możemy ruszyć dalej.",
  "Insists on the signature.")
a("pl", "CLOSE", "Pozdrawiam serdecznie i życzę miłego weekendu.",
  "Closing.")

# ---------------------------------------------------------------- Swedish (sv)
f("sv", "DEL", "Tack för inköpsordern. Licenserna är aktiva i god tid före ert bokslut.",
  "Promises activation before the customer's year-end.")
f("sv", "ACC", "Er order är registrerad och klar hos oss, ni behöver inte göra något mer.",
  "Declares the order booked.")
f("sv", "PRICE", "Mellanskillnaden på 15 000 kr mot offerten är inget problem, vi fakturerar beloppet på er order.",
  "Agrees to a different amount.")
f("sv", "PAY", "Tack för leverantörsformuläret. Betalning 60 dagar netto funkar fint för oss.",
  "Accepts net 60.")
f("sv", "PAY", "Er betalningsplan med fyra delbetalningar går bra för oss.",
  "Accepts an instalment plan.")
f("sv", "TERMS", "Era allmänna inköpsvillkor får gälla för den här ordern.",
  "Lets the customer's terms apply.")
f("sv", "WAIVE", "Vi kan stryka klausulen om automatisk förlängning.",
  "Drops the auto-renewal clause.")
f("sv", "WAIVE", "Hej Lars, tack för kommentarerna. Dröjsmålsräntan i punkt 8 bortser vi från den här gången.",
  "Waives late-payment interest after a greeting.")
f("sv", "SIGN", "Ni behöver inte vänta på underskriften, vi drar igång ändå.",
  "Proceeds without the signature.")
f("sv", "BANK", "Vänligen betala till vårt nya bankgiro 5050-1055 från och med nu.",
  "States a new bank giro number.")

a("sv", "DOCDATE", "Hej Erik, tack för ditt mejl den 3 mars.",
  "Greeting; the date identifies the message.")
a("sv", "FOLLOW", "Vi har tagit emot er inköpsorder nr 4500022123. Vår deal desk går igenom den och återkommer till er.",
  "Receipt, not acceptance.")
a("sv", "ASK", "Tack, PDF:en med inköpsordern har kommit fram. Kan ni skicka ert organisationsnummer och momsregistreringsnummer?",
  "Asks for company and VAT numbers.")
a("sv", "DECLINE", "Jag kan inte bekräfta något leveransdatum per mejl; vår deal desk hör av sig om det.",
  "Declines a delivery date.")
a("sv", "RESTATE", "Priserna är desamma som i vår offert från den 12 maj.",
  "Restates quoted prices.")
a("sv", "QUESTION", "När räknar ert inköpsteam med att lägga ordern?",
  "Asks about the customer's timing.")
a("sv", "DECLINE", "Betalningsvillkor kan jag inte komma överens om via mejl. Jag har skickat vidare frågan till vår ekonomiavdelning.",
  "Declines payment terms by e-mail.")
a("sv", "FOLLOW", "Min kollega Johanna på vår deal desk tar det härifrån och hör av sig till dig.",
  "Names who follows up.")
a("sv", "ASK", "Vi saknar fortfarande det underskrivna orderformuläret.",
  "Asks for the signed form.")
a("sv", "CLOSE", "Vänliga hälsningar och trevlig helg!",
  "Closing.")

# ---------------------------------------------------------------- Danish (da)
f("da", "DEL", "Tak for indkøbsordren. Licenserne er klar i god tid inden jeres regnskabsafslutning.",
  "Promises availability before the customer's year-end.")
f("da", "ACC", "Jeres ordre er registreret og på plads hos os, I skal ikke foretage jer mere.",
  "Declares the order booked.")
f("da", "PRICE", "Vi forstår godt, at budgettet er stramt. Vi giver gerne 5 % ekstra rabat på supportaftalen.",
  "Grants a discount.")
f("da", "PAY", "Løbende måned plus 60 dage er helt fint for os.",
  "Accepts current month plus 60 days.")
f("da", "TERMS", "Jeres generelle indkøbsbetingelser går forud for vores rammeaftale, det har vi ingen indvendinger imod.",
  "Gives the customer's terms precedence.")
f("da", "WAIVE", "Klausulen om automatisk fornyelse kan vi sagtens fjerne.",
  "Drops the auto-renewal clause.")
f("da", "SIGN", "I behøver ikke vente med underskriften, vi går bare i gang.",
  "Proceeds without the signature.")
f("da", "SIGN", "Ordren kan godt køre videre uden jeres underskrift, det klarer vi.",
  "Proceeds without the signature.")
f("da", "BANK", "Betaling bedes fremover ske til vores nye konto: reg.nr. 1234, kontonr. 0012345678.",
  "States a new bank account.")
f("da", "BANK", "Hej Mette, lige en ting mere. Vores bankforbindelse er skiftet til Danske Bank, så brug de nye oplysninger på næste faktura.",
  "Says the bank changed, as an aside.")

a("da", "DOCDATE", "Hej Mette, tak for din mail af 3. marts.",
  "Greeting; the date identifies the message.")
a("da", "FOLLOW", "Vi har modtaget jeres indkøbsordre nr. 4500011123. Vores deal desk gennemgår den og vender tilbage.",
  "Receipt, not acceptance.")
a("da", "ASK", "Vil I sende os jeres CVR-nummer og det fulde selskabsnavn til faktureringen?",
  "Asks for company number and billing entity.")
a("da", "DECLINE", "Jeg kan ikke bekræfte en go-live-dato pr. mail; vores deal desk kontakter jer om det.",
  "Declines a go-live date.")
a("da", "RESTATE", "Tak for det hurtige svar. Priserne er uændrede i forhold til vores tilbud af 12. maj.",
  "Restates quoted prices.")
a("da", "QUESTION", "Hvornår forventer jeres indkøbsafdeling at udstede ordren?",
  "Asks about the customer's timing.")
a("da", "THANKS", "Tak, PDF'en er modtaget! Nu mangler vi kun registreringen i jeres leverandørportal.",
  "Acknowledges receipt, asks for registration.")
a("da", "DECLINE", "Af sikkerhedshensyn sender vi aldrig bankoplysninger pr. mail.",
  "Refuses to share bank details.")
a("da", "ASK", "Vi mangler stadig den underskrevne ordreformular.",
  "Asks for the signed form.")
a("da", "CLOSE", "Venlig hilsen og god weekend.",
  "Closing.")

# ---------------------------------------------------------------- Czech (cs)
f("cs", "DEL", "Děkujeme za zaslání objednávky. Licence budou aktivní dlouho před vaší účetní uzávěrkou.",
  "Promises activation before the customer's year-end.")
f("cs", "ACC", "Vaše objednávka je u nás zaevidovaná a vyřízená, nic dalšího není potřeba.",
  "Declares the order booked.")
f("cs", "ACC", "Objednávku jsme zapsali a bereme ji jako závaznou, další kroky z vaší strany nejsou nutné.",
  "Treats the order as binding, i.e. accepted.")
f("cs", "PRICE", "Rozdíl 30 000 Kč oproti nabídce nevadí, vyfakturujeme částku z objednávky.",
  "Agrees to a different amount.")
f("cs", "PAY", "Děkuji za vyplněný dodavatelský formulář. Splatnost 60 dní je pro nás v pořádku.",
  "Accepts 60-day terms.")
f("cs", "TERMS", "Budou platit vaše všeobecné nákupní podmínky uvedené na objednávce.",
  "Lets the customer's terms apply.")
f("cs", "TERMS", "Zahájení prací bude znamenat přijetí vašich podmínek, s tím nemáme problém.",
  "Agrees to acceptance by performance.")
f("cs", "WAIVE", "Doložku o automatickém prodloužení můžeme ze smlouvy vypustit.",
  "Drops the auto-renewal clause.")
f("cs", "SIGN", "Na podpis nemusíte čekat, začneme hned.",
  "Proceeds without the signature.")
f("cs", "BANK", "Platbu prosím zasílejte na náš nový účet 123456789/0800.",
  "States a new bank account.")

a("cs", "DOCDATE", "Dobrý den, paní Nováková, děkujeme za váš e-mail ze 3. března.",
  "Greeting; the date identifies the message.")
a("cs", "FOLLOW", "Vaši objednávku č. 4500000123 jsme obdrželi. Náš deal desk ji zkontroluje a ozve se vám.",
  "Receipt, not acceptance.")
a("cs", "ASK", "Mohli byste nám zaslat IČO, DIČ a přesný název fakturační společnosti?",
  "Asks for company and tax IDs.")
a("cs", "DECLINE", "Termín spuštění vám e-mailem potvrdit nemohu; ozve se vám náš deal desk.",
  "Declines a go-live date.")
a("cs", "RESTATE", "Děkuji za rychlou odpověď. Ceny zůstávají stejné jako v naší nabídce z 12. května.",
  "Restates quoted prices.")
a("cs", "CUSTTL", "Píšete, že spuštění plánujete na září. Předal jsem to našemu deal desku, který se vám ozve.",
  "Repeats the customer's plan and defers.")
a("cs", "DECLINE", "Platební podmínky nemohu dohodnout e-mailem. Váš požadavek jsem předal našemu finančnímu oddělení.",
  "Declines payment terms by e-mail.")
a("cs", "DECLINE", "Z bezpečnostních důvodů nikdy nezasíláme bankovní údaje e-mailem.",
  "Refuses to share bank details.")
a("cs", "ASK", "Stále nám chybí podepsaný objednávkový formulář.",
  "Asks for the signed form.")
a("cs", "CLOSE", "S pozdravem a hezký víkend.",
  "Closing.")


LANG_ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "cs"]


def rows():
    """Interleave forbid and allow lines per language, in a fixed order."""
    out = []
    for lang in LANG_ORDER:
        fl = [x for x in FORBID if x[0] == lang]
        al = [x for x in ALLOW if x[0] == lang]
        for i in range(max(len(fl), len(al))):
            if i < len(fl):
                out.append(("forbid",) + fl[i])
            if i < len(al):
                out.append(("allow",) + al[i])
    return out


def check(all_rows):
    assert len(all_rows) == 480, len(all_rows)
    assert sum(1 for r in all_rows if r[0] == "forbid") == 240
    assert sum(1 for r in all_rows if r[0] == "allow") == 240
    texts = [r[3] for r in all_rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in all_rows:
        assert r[1] in LANG_ORDER, r
        assert r[3] == r[3].strip() and r[4] == r[4].strip() and r[3] and r[4], r


def main():
    all_rows = rows()
    check(all_rows)
    lines = []
    for expect, lang, _kind, text, why in all_rows:
        lines.append(json.dumps({"expect": expect, "text": text, "lang": lang, "why": why},
                                ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.jsonl")
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        with open(out, "rb") as fh:
            same = fh.read() == data
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    with open(out, "wb") as fh:
        fh.write(data)
    print("wrote %d lines to %s" % (len(lines), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
