#!/usr/bin/env python3
"""Build sentences.jsonl and SUMMARY.md for sentence set "f".

Theme: text as a reviewer would edit a draft reply to a customer's procurement team.
Every item is hand-written; this script only parses the blocks below, checks them and
writes the files deterministically (fixed order, no randomness, no timestamps).
Standard library only.

Block line format:  EXPECT|KIND|text|why
  EXPECT  A = allow, F = forbid
  KIND    S = single sentence, P = 2-4 sentence passage (a reviewer's rewrite)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANG_ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "da"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
              "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "pl": "Polish",
              "sv": "Swedish", "cs": "Czech", "da": "Danish"}
EXPECTED_TOTAL = 480
EXPECTED_ALLOW = 264
EXPECTED_FORBID = 216

DATA = {}

DATA["en"] = r"""
A|S|Thank you for sending PO 4500087312; it has reached our sales operations team and is now with our deal desk for review.|acknowledges receipt and names who reviews it; nothing is accepted
A|S|We have received the signed signature packet, and our deal desk will be in touch if anything else is needed.|receipt of a document plus who follows up; no commitment
A|S|Could you let us know the legal entity name that should appear on the invoice, together with its VAT number?|asks for missing billing data
A|S|Your message of 12 March about the go-live date has been passed to Priya Natarajan on our deal desk, who will reply to you directly.|date identifies a message; go-live is only the topic, handed to a colleague
A|S|We are not able to confirm delivery or activation dates by e-mail, but our deal desk will contact you about scheduling.|declines to state timing and defers
A|S|I understand from your note that your accounts payable system defaults to 60-day terms; I have flagged this to our deal desk, who will respond.|restates the customer's payment terms without agreeing, then defers
A|S|On the discount question you raised, our account executive, Tom Reyes, will come back to you.|discount is only the subject of a hand-off
A|S|The quote referenced on your PO, Q-2291, is attached again here for your records.|points to a document the customer already has; no new terms
A|S|Receiving a PO does not by itself complete the order process; our deal desk reviews each one and will contact you with any questions.|explicitly separates receipt from acceptance
A|S|Could you send us the invitation link to your supplier portal so that our team can complete the registration?|asks for onboarding paperwork
A|S|We still need the cost centre and the invoice e-mail address from you before the paperwork is complete.|asks for missing data; no commitment about the order
A|S|Thank you for letting us know that your finance team raises purchase orders on Thursdays.|restates the customer's own PO timing
A|S|Your question about moving the subscription start date is one our deal desk has to answer, so I have forwarded it to them.|start date is only forwarded, not agreed
A|S|Many thanks for the bank-detail form from your supplier portal; our accounts receivable team will complete it in the portal themselves.|says who handles the form; no bank details stated
A|S|We can't agree changes to the payment terms by e-mail, so Martina Kohl from our deal desk will contact you this week.|declines and defers; the date refers to our call, not delivery
A|S|Thanks, the redlined MSA you attached has arrived, and our legal team will review it and come back to you.|receipt of redlines is not agreement; legal follows up
A|S|Best regards, and thank you again for your patience while our team reviews the PO.|closing line
A|P|Thank you for your email and for the purchase order dated 3 March. I have forwarded it to our deal desk, who check every PO against the quote. If they have any questions, Jonas Weber will contact you directly.|acknowledges and routes; date identifies the PO
A|P|You mentioned that the licences need to be available before your training week. I am not able to confirm activation dates in writing, but I have asked our deal desk to contact you about timing. In the meantime, could you send us the signed order form?|restates the customer's need, declines to commit, asks for paperwork
A|P|Thanks for the update on your internal approval. We have not yet received the PO itself, so could you send the PDF once it is issued? Our sales operations team will then be in touch.|approval is the customer's; asks for the PO
A|P|Your accounts payable colleague asked us to enter our bank details in the supplier portal. Our finance team handles this step and will complete the form directly in the portal. Please let me know if the portal invitation has expired.|routine onboarding; no bank details given or changed
A|P|Thank you for sending the PO. I notice it refers to your general purchasing conditions; which terms apply is a question for our legal team, and they will reply to you separately. Could you confirm the billing entity in the meantime?|notes the customer's terms without accepting them and defers
A|P|Apologies for the slow reply. The signature packet you returned on 18 April is missing the signature on page 4, so could you have it signed and send it back? Once we have the complete packet, our deal desk will follow up.|asks for a missing signature; no promise to proceed
A|P|I have passed your request for a 10% reduction on the second-year fee to our account executive. She is the right person to discuss it and will contact you. Thank you for raising it early.|restates a discount request and hands it off
A|P|We received two POs for the same quote, 4500011872 and 4500011890. Could you confirm which one should be cancelled as a duplicate? We will not do anything further with either until we hear from you.|asks for clarification on a duplicate
A|P|Thank you for the W-9 request. Our completed W-9 is attached, and our certificate of insurance will follow from our finance team.|standard supplier onboarding paperwork; nothing commercial
A|P|Hi Sandra, thanks for introducing Marco as your new procurement contact. I have updated our records, and Marco will receive future correspondence about the paperwork.|new contact noted
A|P|I can see why your team would like the invoice dated after your fiscal year starts. That decision sits with our deal desk, and I have asked them to get in touch with you. Could you tell us in the meantime which entity the invoice should be addressed to?|empathy without agreeing to an invoice date; defers
A|P|To answer your question: we have received the PO, but receipt is not the same as booking. Our deal desk still needs to review it, and they will contact you if anything is unclear.|status answer that explicitly does not confirm the order
A|P|Thank you for the quick turnaround. For the supplier registration we still need your portal invitation, and for the invoice we need the tax ID of Helmsdale Retail Ltd. Kind regards, Emma|asks for missing items
A|P|You asked whether the price in the quote includes the onboarding workshop. Pricing questions go to our account executive, Daniel Osei, who is copied here and will reply.|price is only the topic of a hand-off
A|P|Thanks for flagging that your PO shows a quantity of 120 rather than 100. I have not changed anything on our side. Our deal desk will review the difference and contact you.|restates a quantity mismatch without accepting it
A|P|Our deal desk has your message about co-terming with the existing contract. They will contact you to discuss it. Thank you for your patience.|co-terming request forwarded, not agreed
A|P|Thank you for the signed order form and the PO, both received on 7 May. If anything is missing, our sales operations team will let you know. Have a good weekend.|acknowledges receipt; date identifies documents
F|S|Thanks for the PO; I've passed it to our deal desk, and your licences should be live by the end of next week.|states activation timing inside an otherwise routine hand-off
F|S|Thanks for your PO; the reduced seat count of 92 is fine and we'll invoice on that basis.|agrees to a quantity other than quoted
F|S|Your 60-day payment terms have been noted in our billing system, so no further action is needed on your side.|passive voice that agrees to payment terms
F|S|Our deal desk will confirm the 5% discount in writing later today.|grants a discount on a colleague's behalf
F|S|No need to wait for the countersigned order form; we'll go ahead on the strength of your PO.|agrees to proceed without the required signature
F|S|Thank you for the supplier portal invitation; please note that our remit-to address changed last month to PO Box 7714, Reading.|states a changed remit-to address
F|S|We're happy for your purchasing terms to apply to this order, and our team will follow up with the remaining paperwork.|lets the customer's terms govern
F|S|Thanks for the updated invoice address; your order is now in our system and being processed.|acknowledges the order as accepted
F|S|Since your legal team struck the limitation-of-liability clause, we'll simply leave it out of the final version.|drops a contract clause
F|S|As requested, the first invoice will only become payable after your acceptance testing, in line with your pay-on-acceptance policy.|agrees to pay-on-acceptance terms
F|S|I'd expect activation to happen within a couple of days of the PO arriving, though our deal desk will confirm.|hedged but still states activation timing
F|S|Thanks for the PO; the 40,000 on it instead of the quoted 42,500 won't be an issue.|agrees to a different amount
F|S|Your registration in the Coupa portal is complete, and the subscription will be switched on as soon as your PO clears.|states activation timing relative to the PO
F|S|Thanks, Maria; everything is in order, so please consider the deal booked.|confirms the order in other words
F|P|Thank you for your PO and the billing details. Our deal desk will review the paperwork and contact you if anything is missing. P.S. The licences will be provisioned ahead of your launch, so there is nothing to worry about.|delivery promise hidden in a P.S.
F|P|Thanks for letting us know your ERP pays on the 15th after 75 days. I have passed this to our finance team. They have confirmed that this will be fine for this order.|agrees to payment terms on finance's behalf
F|P|Many thanks for the signed packet. Please use the account details in the attached letter for all payments from now on, as our previous account is being closed. Let me know if you need anything else.|says bank details changed
F|P|Thank you for the PO. We noticed it is split into two instalments, which our finance team is comfortable with. Our deal desk will send you the countersigned order form.|accepts a staged PO / instalment plan
F|P|Thanks for your note. We've read the conditions printed on your PO and have no objections to them. Our deal desk will be in touch about the remaining paperwork.|implicitly lets the customer's printed terms govern
F|P|Thank you for the signed order form. I have shared it with our deal desk, and you can expect your access credentials to arrive shortly. Kind regards|vague activation timing ('shortly') is still a timing statement
F|P|Thanks for the reminder about your budget cycle. To help, we will hold the invoice until April and apply the same 12% discount as last year. My colleague will send the revised paperwork.|grants a discount not in the quote
F|P|Thank you for sending over the redlines. Our legal team has reviewed them, and the indemnity clause has been removed as requested. The clean version will follow from Sophie.|passive voice dropping a contract clause
F|P|Thanks for the PO. It was issued against the quote, so it has been accepted and passed to billing. If you have questions, contact our sales operations team.|passive acceptance of the order
F|P|We received your message about the missing signature. Since the PO is already in hand, the signature can follow whenever convenient and we will proceed in the meantime. Thank you.|proceeds without the required signature
F|P|Thank you for your patience. Our deal desk has the PO and will reach out about the remaining items. Rest assured, the team will have you up and running in good time before your season starts.|go-live promise without a date
F|P|Thanks for the supplier onboarding forms. Our finance team will complete them in the portal. For your records, payments should go to the Barclays account ending 4471 rather than the one on the old invoices.|states and changes bank details
F|P|Hi Kevin, thank you for confirming the cost centre. On the instalment plan you proposed, I spoke to my manager and we can accommodate it. Kind regards|agrees to an instalment plan
F|P|Thanks for resending the PO. Our deal desk will contact you about the revised cost centre. The additional 20 seats you added to the PO will simply be included at the quoted unit price.|agrees to a different quantity than quoted
"""

DATA["de"] = r"""
A|S|Vielen Dank für Ihre Bestellung 4500123987 vom 4. März – sie liegt jetzt unserem Deal Desk zur Prüfung vor.|thanks for what arrived; date identifies the PO; no acceptance
A|S|Für die XRechnung fehlt uns noch Ihre Leitweg-ID; könnten Sie uns diese bitte mitteilen?|asks for missing e-invoicing data
A|S|Den Eingang der unterschriebenen Unterlagen bestätigen wir Ihnen hiermit gerne; alles Weitere stimmt Frau Yilmaz von unserem Deal Desk mit Ihnen ab.|confirms receipt only, names who follows up
A|S|Einen verbindlichen Termin für die Bereitstellung können wir Ihnen per E-Mail leider nicht nennen; dazu meldet sich unser Deal Desk bei Ihnen.|declines to give timing and defers
A|S|Ihren Hinweis, dass Ihre Kreditorenbuchhaltung grundsätzlich 3 % Skonto bei Zahlung binnen 14 Tagen abzieht, habe ich an unseren Deal Desk weitergegeben.|restates the customer's discount practice without agreeing
A|S|Wegen der Staffelpreise für die Folgejahre wird sich Herr Lorenz aus dem Vertrieb direkt bei Ihnen melden.|pricing is only handed to a colleague
A|S|Der Einladungslink zu Ihrem Lieferantenportal ist leider abgelaufen – könnten Sie uns einen neuen schicken?|asks for onboarding link
A|S|Die Bankdaten-Maske in Ihrem Lieferantenportal füllt unsere Finanzbuchhaltung selbst aus.|says who completes the form; no bank details stated
A|S|Bitte haben Sie Verständnis, dass der Eingang einer Bestellung bei uns noch keine Annahme bedeutet.|states receipt is not acceptance
A|S|Das Angebot Q-7781, auf das sich Ihre Bestellung bezieht, hänge ich Ihnen zur Sicherheit noch einmal an.|points to a document the customer already has
A|S|Danke für den Hinweis, dass bei Ihnen Bestellungen erst nach der Freigabe durch die Bereichsleitung verschickt werden.|restates the customer's own approval process
A|S|Ihre Nachricht vom Freitag zum gewünschten Vertragsbeginn ist bei uns angekommen und liegt Frau Brandl zur Klärung vor.|start date is only the topic; forwarded
A|S|Über die von Ihrer Rechtsabteilung gewünschte Streichung der Haftungsbegrenzung entscheidet bei uns die Rechtsabteilung, die sich bei Ihnen meldet.|clause removal forwarded, not granted
A|S|Könnten Sie uns zusätzlich zur neuen Rechnungsanschrift noch die passende Kostenstelle nennen?|asks for missing data
A|S|Sie erwähnen, dass die Bestellung über 38.000 Euro statt über die angebotenen 40.000 Euro lautet; diese Abweichung klärt unser Deal Desk mit Ihnen.|restates an amount mismatch and defers
A|S|Mit freundlichen Grüßen aus Hamburg und vielen Dank für die schnelle Rücksendung der Unterlagen.|closing and thanks
A|S|Ob die Lizenzen schon vor Ihrem Rollout am 1. Juli aktiv sein können, kann ich nicht zusagen – Herr Okafor vom Deal Desk wird Ihnen dazu antworten.|declines to commit to activation and defers
A|P|Guten Tag Frau Schäfer, vielen Dank für die Bestellung. Das unterschriebene Bestellformular war allerdings nicht angehängt. Könnten Sie es uns bitte noch schicken?|acknowledges receipt and asks for missing signature
A|P|Sie schreiben, dass Ihre Bestellung als Abrufbestellung über zwölf Monate angelegt ist. Ob das zu unserem Angebot passt, prüft unser Deal Desk. Herr Marković meldet sich dazu bei Ihnen.|restates a staged PO without accepting it
A|P|Herzlichen Dank für die Übersendung Ihrer Allgemeinen Einkaufsbedingungen. Wie diese sich zu unserem Rahmenvertrag verhalten, klärt unsere Rechtsabteilung. Frau Dr. Albers wird Sie dazu kontaktieren.|receipt of customer terms is not acceptance; legal follows up
A|P|Die Signaturmappe ist heute bei uns eingegangen, vielen Dank. Auf Seite 3 fehlt jedoch noch die zweite Unterschrift nach dem Vier-Augen-Prinzip. Könnten Sie diese bitte nachholen lassen?|asks for a missing signature
A|P|Wir haben zwei inhaltsgleiche Bestellungen erhalten, 4500066120 und 4500066134. Welche davon ist als Duplikat zu betrachten? Bis zu Ihrer Antwort unternehmen wir mit keiner der beiden etwas.|asks for duplicate clarification
A|P|Danke, dass Sie uns Herrn Petersen als neuen Ansprechpartner im Einkauf genannt haben. Rückfragen zu den Bestellunterlagen richten wir künftig direkt an ihn. Viele Grüße aus Köln|new contact noted
A|P|Vielen Dank für das ausgefüllte Stammdatenblatt. Für die Rechnungsstellung fehlt uns nur noch die USt-IdNr. der Keller & Voss AG. Könnten Sie uns diese noch nachreichen?|asks for tax ID
A|P|Sie teilen uns mit, dass eine Bestellung erst nach Ihrer internen Budgetfreigabe im Mai möglich ist. Das haben wir so an unser Team weitergegeben. Schicken Sie die Bestellung dann bitte einfach an dieses Postfach.|customer says when they will issue the PO; no commitment
A|P|Zu Ihrer Frage nach einer Rechnungsstellung in drei Raten: Das kann ich nicht entscheiden. Ich habe die Anfrage an unseren Deal Desk weitergeleitet, der sich direkt bei Ihnen meldet.|instalment request declined by this writer and deferred
A|P|Besten Dank für Ihren Verhaltenskodex für Lieferanten. Unsere Compliance-Abteilung sieht ihn sich an und meldet sich über das Portal bei Ihnen. Einen schönen Tag noch!|routine onboarding document
A|P|Danke für die schnelle Antwort. Ihre Bestellung vom 21. Februar liegt bei unserem Deal Desk. Falls es Rückfragen gibt, kommt Frau Novak auf Sie zu.|status answer without acceptance
A|P|Sie baten um eine schriftliche Bestätigung, dass die Angebotspreise auch für die zusätzlichen 15 Nutzer gelten. Preisfragen beantwortet Ihr Account Manager, Herr Brenner, den ich in Kopie gesetzt habe. Er meldet sich kurzfristig bei Ihnen.|price confirmation requested but not given; handed off
A|P|Ohne das gegengezeichnete Bestellformular können wir Ihre Bestellung leider nicht weiterbearbeiten. Könnten Sie es uns bitte noch zukommen lassen? Vielen Dank im Voraus.|declines to proceed without signature
A|P|Ihre Frage zu unserer Bankverbindung habe ich an unsere Finanzabteilung weitergegeben. Bankdaten besprechen wir aus Sicherheitsgründen nicht per E-Mail. Die Kollegen rufen Sie an.|bank topic deferred; no details stated
A|P|Guten Morgen Herr Arslan, vielen Dank für die Bestellung und die Lieferantennummer. Beides ist bei uns angekommen. Mit freundlichen Grüßen, Julia Franke|acknowledges receipt
A|P|Sie weisen darauf hin, dass in Ihrer Bestellung als Liefertermin der 15. April eingetragen ist. Diesen Termin kann ich weder bestätigen noch ablehnen. Unser Deal Desk wird sich dazu mit Ihnen abstimmen.|restates a delivery date without confirming it
A|P|Vielen Dank für die Bestellung in Schweizer Franken. Das Angebot war in Euro erstellt, deshalb habe ich die Bestellung an unseren Deal Desk gegeben. Dort wird die Währungsfrage mit Ihnen geklärt.|notes a currency mismatch and defers
F|S|Vielen Dank für Ihre Bestellung, die Zugänge schalten wir Ihnen dann zeitnah frei.|activation timing ('zeitnah')
F|S|Das von Ihnen genannte Zahlungsziel von 90 Tagen ist in unserem System bereits hinterlegt.|agrees to payment terms, passive framing
F|S|Den Skontoabzug von 3 % bei Zahlung innerhalb von 10 Tagen können Sie gerne vornehmen.|grants a cash discount
F|S|Unser Deal Desk wird Ihnen den gewünschten Nachlass von 8 % dann noch schriftlich bestätigen.|promises a discount on the deal desk's behalf
F|S|Danke für den Link zu Ihren Einkaufsbedingungen – die legen wir für diesen Auftrag dann so zugrunde.|lets the customer's terms govern
F|S|Die Unterschrift auf dem Bestellformular können Sie gerne nachreichen, wir legen mit der Bestellung schon einmal los.|proceeds without required signature
F|S|Vielen Dank für die Registrierung im Portal; bitte beachten Sie dabei, dass sich unsere Bankverbindung zum 1. April geändert hat.|says bank details changed
F|S|Damit ist Ihr Auftrag bei uns angelegt und in Bearbeitung.|acknowledges the order as accepted
F|S|Die Haftungsbegrenzung in Ziffer 9 lassen wir auf Wunsch Ihrer Rechtsabteilung entfallen.|drops a contract clause
F|S|Nach meiner Einschätzung sollte der Go-live problemlos vor Ihrem Quartalsende klappen.|hedged go-live timing
F|S|Die Schlussrate wird, wie von Ihnen gewünscht, erst nach Unterzeichnung des Abnahmeprotokolls fällig.|agrees to pay-on-acceptance terms
F|S|Herzlichen Dank, wir haben alles, was wir brauchen – von unserer Seite steht dem Auftrag nichts mehr im Weg.|confirms the order in other words
F|S|Erfahrungsgemäß erfolgt die Freischaltung wenige Tage nach Eingang der Bestellung.|general statement of activation timing
F|S|Eine Gutschrift über die zu viel berechneten Nutzer schickt Ihnen unsere Buchhaltung im Laufe der Woche.|grants a credit on accounting's behalf
F|P|Vielen Dank für die Bestellung und die USt-IdNr. Unser Deal Desk prüft die Unterlagen und meldet sich bei Rückfragen. PS: Die Zugänge sind spätestens zu Ihrem Schulungstermin eingerichtet.|activation promise in a P.S.
F|P|Guten Tag Herr Weiß, danke für Ihre Nachricht. Die Aufteilung auf zwei Teilbestellungen ist für uns in Ordnung. Bitte schicken Sie uns noch die Rechnungsanschrift.|accepts a split PO
F|P|Vielen Dank für die Rücksendung der Formulare. Laut Ihrer Mail zahlt Ihr ERP-System am 15. des Folgemonats nach 75 Tagen. Das haben wir so übernommen, damit es bei der Rechnungsprüfung keine Probleme gibt.|adopts the customer's payment terms
F|P|Danke für die Anmerkungen Ihrer Rechtsabteilung. Die gestrichene Klausel zur automatischen Vertragsverlängerung bleibt in der finalen Fassung draußen. Frau Dr. Albers schickt Ihnen das Dokument.|drops a contract clause
F|P|Ihre Bestellung ist eingegangen, vielen Dank. Sie wurde mit dem Angebot abgeglichen und freigegeben. Die Rechnung erhalten Sie in den nächsten Tagen.|passive acceptance ('freigegeben')
F|P|Vielen Dank für Ihre Geduld. Die fehlende Unterschrift ist kein Problem, wir arbeiten vorerst auf Basis Ihrer Bestellung. Das Formular können Sie jederzeit nachreichen.|proceeds without signature
F|P|Danke für die Registrierung in Ihrem Lieferantenportal. Die dort hinterlegten Bankdaten sind allerdings veraltet; bitte überweisen Sie künftig auf unser Konto bei der Commerzbank, IBAN DE44 5004 0000 0123 4567 89. Viele Grüße|states and changes bank details
F|P|Danke für den Hinweis zu Ihrem Budget. Herr Lorenz hat mir bestätigt, dass wir Ihnen im ersten Jahr mit 10 % entgegenkommen können. Er meldet sich mit den Details.|grants a discount on a colleague's behalf
F|P|Vielen Dank für die Bestellung in Schweizer Franken. Wir stellen die Rechnung dann einfach in CHF zum gleichen Betrag aus. Bei Fragen steht Ihnen Frau Novak zur Verfügung.|agrees to a different currency/amount
F|P|Guten Tag Frau Krüger, danke für die Unterlagen. Die auf Ihrer Bestellung verlinkten Einkaufsbedingungen haben wir gesehen, Einwände haben wir keine. Zu den übrigen Punkten meldet sich der Deal Desk.|implicitly accepts the customer's linked terms
F|P|Vielen Dank für die Bestellnummer. Unser Team kümmert sich um alles Weitere. Sie können davon ausgehen, dass Sie rechtzeitig vor Ihrer Hauptsaison startklar sind.|go-live promise without a date
F|P|Ihre Nachricht zur geringeren Nutzerzahl haben wir erhalten. Wir berechnen dann entsprechend nur 80 statt 100 Lizenzen. Danke für den Hinweis.|agrees to a reduced quantity
F|P|Das Lieferantenformular füllt unsere Finanzabteilung im Portal aus, danke dafür. Zur Info: Zahlungen gehen ab sofort bitte an unsere neue Zahlstelle in Dublin. Beste Grüße|announces a new remit-to
F|P|Herzlichen Dank für Ihre Rückmeldung. Den Auftrag betrachten wir damit als erteilt. Unser Deal Desk meldet sich, falls noch etwas fehlt.|treats the order as placed
"""

DATA["fr"] = r"""
A|S|Merci pour votre bon de commande n° 4500078214 du 6 mars, qui nous est bien parvenu et que nous avons transmis à notre service administration des ventes.|receipt and routing; date identifies the PO
A|S|Pour le dépôt de nos factures sur Chorus Pro, pourriez-vous nous communiquer le SIRET de l'entité destinataire ainsi que le code service ?|asks for missing invoicing data
A|S|Nous accusons bonne réception de votre bon de commande, ce qui ne vaut pas acceptation : il doit encore être examiné par notre deal desk.|receipt explicitly not acceptance
A|S|Vous nous indiquez que votre comptabilité règle à 45 jours fin de mois ; je ne peux pas me prononcer sur ce point et l'ai transmis à notre deal desk.|restates payment terms without agreeing
A|S|Votre demande d'escompte pour paiement anticipé a été transmise à Camille Roussel, votre interlocutrice commerciale, qui reviendra vers vous.|discount request forwarded, not granted
A|S|Le lien d'invitation à votre portail fournisseurs ayant expiré, pourriez-vous nous en renvoyer un nouveau ?|asks for onboarding link
A|S|Le formulaire de coordonnées bancaires de votre portail sera rempli directement par notre service comptable.|who handles the form; no bank details stated
A|S|Vous trouverez ci-joint, pour mémoire, le devis Q-3317 auquel se réfère votre commande.|points to a document the customer has
A|S|Merci de nous avoir précisé que vos bons de commande sont signés par la direction financière chaque jeudi.|restates the customer's own PO timing
A|S|Nous ne pouvons pas nous engager par e-mail sur une date de mise en service ; notre deal desk prendra contact avec vous à ce sujet.|declines timing and defers
A|S|La suppression de la clause de reconduction tacite que vous proposez relève de notre service juridique, qui vous répondra directement.|clause removal forwarded
A|S|Il nous manque encore l'adresse e-mail de réception des factures pour compléter votre fiche client.|asks for missing data
A|S|Vous relevez que le bon de commande porte sur 27 500 € alors que le devis mentionnait 29 000 € ; cet écart sera examiné par notre deal desk, qui reviendra vers vous.|restates an amount mismatch and defers
A|S|Bien cordialement, et encore merci pour la rapidité de votre retour.|closing
A|S|Pour des raisons de sécurité, les questions de coordonnées bancaires sont traitées uniquement par téléphone par notre service financier, qui vous appellera.|bank topic deferred; no details given
A|S|Je me permets de vous relancer au sujet du formulaire de commande signé, qui ne nous est pas encore parvenu.|asks for missing signature
A|S|Votre mail du 2 mai mentionnant un démarrage au 1er juin a bien été transmis à Thomas Marchand, qui vous répondra sur ce point.|restates a requested start date; forwarded
A|P|Bonjour Madame Lefèvre, merci pour votre envoi. Nous avons bien reçu le bon de commande, mais le formulaire de commande signé n'y était pas joint. Pourriez-vous nous le faire parvenir ?|receipt plus request for signature
A|P|Merci pour ces précisions sur votre calendrier de déploiement. Je ne suis pas en mesure de m'engager par écrit sur une date. J'ai demandé à notre deal desk de vous appeler pour en parler.|declines timing and defers
A|P|Vous nous avez adressé vos conditions générales d'achat avec le bon de commande. Leur articulation avec notre contrat-cadre sera étudiée par notre service juridique. Mme Girard vous contactera prochainement.|customer terms noted, not accepted
A|P|Merci pour le dossier de signature retourné le 12 avril. Il manque toutefois le paraphe en bas de la page 5. Pourriez-vous le faire compléter et nous le renvoyer ?|asks for missing initials
A|P|Votre service comptabilité nous demande un extrait Kbis de moins de trois mois et notre attestation de vigilance. Notre service administratif vous les enverra séparément. Pourriez-vous nous indiquer à quelle adresse les transmettre ?|supplier onboarding paperwork
A|P|Merci de nous avoir présenté M. Benali, votre nouveau contact achats. C'est désormais à lui que nous adresserons nos questions sur les documents de commande. Belle journée à vous.|new contact noted
A|P|Votre souhait d'aligner l'échéance de l'abonnement sur celle de votre contrat existant a bien été noté. Ce point doit être étudié par notre deal desk avant toute réponse. Thomas Marchand reviendra vers vous.|co-terming noted, not agreed
A|P|Vous mentionnez que vous réglez habituellement par LCR à 60 jours. Les conditions de paiement ne relèvent pas de mon périmètre. Notre deal desk vous répondra sur ce point.|payment method/terms restated and deferred
A|P|Merci d'avoir ajouté le numéro d'engagement juridique sur le bon de commande. Pour le dépôt sur Chorus Pro, il nous faudrait encore le code service. Pourriez-vous nous le communiquer ?|asks for missing invoicing code
A|P|Vous souhaitez savoir si le tarif du devis s'applique aussi aux 20 licences supplémentaires. Les questions tarifaires relèvent de votre commercial, Julien Faure, que je mets en copie. Il vous répondra directement.|price question handed off
A|P|Nous avons bien noté votre nouvelle adresse de facturation à Lyon. Pourriez-vous nous indiquer le centre de coût à faire figurer sur les factures ? Bien à vous.|billing data noted; asks for more
A|P|Merci pour l'envoi de votre charte éthique fournisseurs. Notre équipe conformité en prend connaissance et reviendra vers vous via votre portail.|onboarding document received
A|P|Je comprends que votre exercice budgétaire commence en juillet. Je ne peux pas modifier moi-même la date de première facturation, mais j'ai transmis votre demande à notre deal desk. Ils vous contacteront dans la semaine.|declines to move invoice date and defers
A|P|Vous nous demandez une confirmation de commande pour votre service comptable. Ce document ne peut pas être émis par mes soins. J'ai fait suivre votre demande à notre deal desk.|declines to confirm the order; defers
A|P|Nous ne pouvons malheureusement pas traiter le bon de commande sans le formulaire de commande contresigné. Pourriez-vous nous l'adresser dès que possible ? Merci par avance.|declines to proceed without signature
A|P|Merci de nous avoir signalé ce courrier concernant nos coordonnées bancaires. Ce type de question est toujours vérifié par téléphone par notre service financier. Une personne de l'équipe va vous appeler aujourd'hui.|bank topic deferred; no details stated
A|P|Bonjour Monsieur Dubois, merci pour le bon de commande et le numéro fournisseur. Les deux nous sont bien parvenus. Cordialement, Claire Mercier|acknowledges receipt
F|S|Merci pour le bon de commande ; les licences seront activées dans la foulée.|activation timing ('dans la foulée')
F|S|Vos conditions de règlement à 60 jours fin de mois ont été prises en compte pour la facturation.|passive agreement to payment terms
F|S|L'écart entre le devis et votre bon n'est pas bloquant : nous facturerons le montant qui y figure.|agrees to a different amount
F|S|Vous pouvez considérer le présent e-mail comme notre bon pour accord sur votre commande.|confirms the order
F|S|Nous n'avons pas de remarque sur vos conditions générales d'achat, qui primeront donc sur notre contrat-cadre pour cette commande.|lets customer terms supersede ours
F|S|Inutile d'attendre le formulaire signé : nous lançons la commande sur la base de votre bon.|proceeds without signature
F|S|Merci d'utiliser désormais notre nouveau compte pour vos règlements ; le RIB mis à jour est joint à ce message.|says bank details changed
F|S|Votre commande est désormais enregistrée et suit son cours.|acknowledges the order as accepted
F|S|Notre service juridique a donné son accord pour retirer la clause d'indexation annuelle des prix.|drops a clause on legal's behalf
F|S|A priori, rien ne devrait empêcher une mise en production avant votre clôture trimestrielle.|hedged go-live timing
F|S|Le solde pourra être réglé à l'issue de la recette, conformément à votre procédure interne.|agrees to pay-on-acceptance
F|S|Mme Perrin se chargera de vous faire parvenir un avoir correspondant aux dix licences non utilisées.|grants a credit on a colleague's behalf
F|S|En général, les accès sont ouverts sous 48 heures après réception du bon de commande.|general activation timing
F|S|Nous appliquerons bien entendu aux licences supplémentaires le tarif de l'an dernier plutôt que celui du devis.|agrees to a price other than quoted
F|P|Merci pour le bon de commande et l'extrait Kbis. Notre deal desk examine les pièces et reviendra vers vous en cas de question. PS : l'installation sera terminée bien avant votre salon de septembre.|installation promise in a P.S.
F|P|Bonjour Monsieur Garnier, merci pour votre message. Le fractionnement de la commande en trois bons distincts ne nous pose aucun problème. Pourriez-vous simplement nous indiquer l'adresse de facturation ?|accepts a split PO
F|P|Merci pour les formulaires complétés. Nous avons bien compris que vous réglez par LCR à 90 jours. C'est noté et ce sera appliqué à nos factures.|agrees to payment terms
F|P|Merci pour le retour de vos juristes, que nous avons lu avec attention. Le plafond de responsabilité qu'ils ont barré ne figurera plus dans la version définitive. Mme Girard vous enverra le document.|drops a contract clause
F|P|Votre bon de commande nous est bien parvenu. Après rapprochement avec le devis, il a été accepté. Vous recevrez la facture sous peu.|passive acceptance
F|P|Merci pour votre patience. L'absence de signature ne pose pas de souci, nous avançons sur la base du bon de commande. Le formulaire signé pourra suivre quand cela vous arrange.|proceeds without signature
F|P|Merci pour notre inscription dans votre portail fournisseurs. Les coordonnées bancaires qui y figurent ne sont plus à jour : nos règlements doivent désormais être adressés à notre compte BNP Paribas. Le nouveau RIB suit par courrier.|says bank details changed
F|P|Merci pour ces informations sur votre budget. J'en ai parlé à Julien Faure, qui accepte de vous consentir 10 % sur la première année. Il vous appellera pour les détails.|grants a discount on a colleague's behalf
F|P|Merci pour le bon de commande. Comme vous le proposez, la facturation se fera en trois échéances trimestrielles. Mme Perrin reste à votre disposition.|agrees to an instalment plan
F|P|Bonjour Madame Roux, merci pour les documents. Nous avons pris connaissance des conditions d'achat imprimées au verso du bon et n'avons aucune objection. Notre deal desk reviendra vers vous pour le reste.|implicitly accepts the customer's printed terms
F|P|Merci pour le numéro de bon de commande. Notre équipe se charge de la suite. Soyez rassurée, vous serez opérationnels bien avant le lancement de votre saison.|go-live promise without a date
F|P|Nous avons bien reçu votre message concernant la réduction du nombre d'utilisateurs. Nous facturerons donc 60 licences au lieu des 75 prévues. Merci de nous avoir prévenus.|agrees to a reduced quantity
F|P|Merci pour le formulaire fournisseur, que notre comptabilité complétera dans le portail. Pour information, nos factures sont désormais à régler à notre nouvelle adresse d'encaissement à Luxembourg. Bien cordialement.|announces a new remit-to
F|P|Le démarrage de vos équipes le 3 juin est bien noté. Le paramétrage de votre espace sera fait la semaine précédente, de sorte que tout soit prêt le jour J. Merci pour votre confiance.|states set-up timing tied to the customer's date
"""

DATA["es"] = r"""
A|S|Gracias por el pedido n.º 4500093451 del 10 de marzo; lo hemos recibido y ya lo está revisando nuestro deal desk.|receipt and routing; date identifies the PO
A|S|¿Podrían indicarnos la razón social exacta de la sociedad a la que debemos facturar y su NIF?|asks for billing entity and tax ID
A|S|Acusamos recibo de la orden de compra, lo cual no implica su aceptación: todavía tiene que revisarla nuestro equipo.|receipt explicitly not acceptance
A|S|Nos indican que su empresa paga a proveedores mediante confirming a 120 días; es un tema que no puedo valorar yo y lo he trasladado a nuestro deal desk.|restates payment method/terms without agreeing
A|S|Para emitir el CFDI necesitamos que nos confirmen el RFC, el régimen fiscal y el uso del CFDI de la empresa receptora.|asks for missing tax data (Mexico)
A|S|Su consulta sobre un descuento adicional para el segundo año la atenderá Lucía Navarro, su responsable comercial.|discount question handed off
A|S|Como el enlace de invitación a su portal de proveedores ha caducado, ¿podrían enviarnos uno nuevo?|asks for onboarding link
A|S|Los datos bancarios que solicita su portal de proveedores los introducirá directamente nuestro departamento financiero.|who completes the form; no details stated
A|S|Les adjunto de nuevo, para su referencia, la oferta Q-5520 que se cita en el pedido.|points to a document the customer has
A|S|Gracias por avisarnos de que en su empresa los pedidos salen una vez los firma el director financiero.|restates the customer's process
A|S|Lamentablemente, no podemos confirmar por correo ninguna fecha de activación; nuestro deal desk se pondrá en contacto con ustedes para hablarlo.|declines timing and defers
A|S|La propuesta de su asesoría jurídica de suprimir la cláusula de confidencialidad la tiene que valorar nuestro departamento legal, que les responderá.|clause removal forwarded
A|S|Todavía nos falta la dirección de correo para el envío de facturas y el centro de coste que debe figurar en ellas.|asks for missing data
A|S|Vemos que el pedido es por 18.000 € y la oferta por 19.500 €; nuestro deal desk revisará la diferencia y les llamará.|notes a mismatch without accepting it
A|S|Reciba un cordial saludo y, de nuevo, muchas gracias por su rapidez.|closing
A|S|Por seguridad, cualquier tema relacionado con datos bancarios lo gestiona por teléfono nuestro departamento financiero, que les llamará en breve.|bank topic deferred; the call is ours, not a delivery
A|S|Le escribo solo para recordarle que seguimos pendientes de recibir el formulario de pedido firmado.|asks for missing signature
A|P|Buenos días, Sra. Ortega: muchas gracias por el envío. Nos ha llegado la orden de compra, pero no venía adjunto el formulario de pedido firmado. ¿Podría enviárnoslo cuando pueda?|receipt plus request for signature
A|P|Gracias por explicarnos su calendario de implantación. No puedo comprometerme por escrito a ninguna fecha de puesta en marcha. He pedido a nuestro deal desk que les llame para tratarlo.|declines timing and defers
A|P|Con el pedido nos han hecho llegar sus condiciones generales de compra. Cómo encajan con nuestro contrato marco es algo que analizará nuestro departamento jurídico. La Sra. Campos les escribirá en los próximos días.|customer terms noted, not accepted
A|P|Gracias por devolvernos el paquete de firma el 9 de abril. Falta, sin embargo, la firma del apoderado en la página 6. ¿Podrían completarlo y reenviárnoslo?|asks for missing signature
A|P|Para darnos de alta como proveedor nos piden el certificado de estar al corriente con Hacienda y con la Seguridad Social. Nuestro departamento de administración se los enviará por separado. ¿Los subimos al portal o se los mandamos por correo?|supplier onboarding paperwork
A|P|Gracias por presentarnos a Javier Molina como nuevo contacto de compras. A partir de ahora le dirigiremos a él las consultas sobre la documentación del pedido. Saludos cordiales.|new contact noted
A|P|Tomamos nota de que les gustaría que la suscripción venciera a la vez que el contrato que ya tienen con nosotros. Es una cuestión que debe estudiar nuestro deal desk antes de responder. Les contactará Andrés Gil.|co-terming noted, not agreed
A|P|Gracias por incluir el código DIR3 en el pedido. Para presentar la factura en FACe nos faltaría todavía el código de la unidad tramitadora. ¿Nos lo podrían facilitar?|asks for missing e-invoicing code
A|P|Gracias por la rápida respuesta. El pedido del 14 de febrero ya lo tiene nuestro deal desk. Si falta algo, la Sra. Prieto se lo hará saber.|status answer without acceptance
A|P|Nos preguntan si el precio de la oferta vale también para las 25 licencias adicionales. Los temas de precios los lleva su comercial, Pablo Serrano, a quien pongo en copia. Él les responderá directamente.|price question handed off
A|P|Hemos recibido la nueva dirección de facturación en Valencia, gracias. ¿Podrían confirmarnos también qué centro de coste debe figurar en las facturas? Un saludo.|billing data acknowledged; asks for more
A|P|Gracias por enviarnos su código de conducta para proveedores. Nuestro equipo de cumplimiento lo revisará y les contestará a través del portal.|onboarding document received
A|P|Entiendo que su ejercicio fiscal empieza en abril. No está en mi mano cambiar la fecha de la primera factura, pero he trasladado su petición a nuestro deal desk. Se pondrán en contacto con usted esta semana.|declines to move invoice date and defers
A|P|Nos piden una confirmación de pedido para su departamento de contabilidad. No es un documento que pueda emitir yo. He reenviado su petición a nuestro deal desk.|declines to confirm the order; defers
A|P|Sin el formulario de pedido contrafirmado no podemos tramitar la orden de compra, lo siento. ¿Podrían enviárnoslo cuando les sea posible? Muchas gracias.|declines to proceed without signature
A|P|Hemos recibido dos pedidos idénticos, el 4500070012 y el 4500070029. ¿Nos confirman cuál debemos tratar como duplicado? Mientras tanto, no haremos nada con ninguno de los dos.|asks for duplicate clarification
A|P|Buenas tardes, Sr. Ibáñez: gracias por el pedido y por el número de proveedor. Hemos recibido ambos. Atentamente, Marta Vidal|acknowledges receipt
F|S|Gracias por el pedido: en cuanto lo procesemos, las licencias quedarán activas.|activation timing tied to processing
F|S|Sin problema con el pago mediante confirming a 120 días que nos indican.|agrees to payment terms
F|S|Facturaremos los 18.000 € de su pedido aunque la oferta fuera algo superior, no se preocupen.|agrees to a lower amount
F|S|Nuestro deal desk les confirmará por escrito el descuento del 6 % antes del viernes.|promises a discount on the deal desk's behalf
F|S|Hemos revisado las condiciones de compra que acompañan al pedido y serán las que rijan esta operación.|lets customer terms govern
F|S|No hace falta esperar al formulario firmado; arrancamos con la orden de compra y la firma puede llegar después.|proceeds without signature
F|S|A partir de ahora, les rogamos que hagan los pagos a la cuenta que figura en la carta adjunta, ya que la anterior se ha cancelado.|says bank details changed
F|S|Su pedido ya está dado de alta y en marcha.|acknowledges the order as accepted
F|S|Tal como pidió su asesoría jurídica, la cláusula de renovación automática no aparecerá en la versión definitiva.|drops a contract clause
F|S|En principio, no vemos ningún inconveniente para que estén operativos antes del cierre del trimestre.|hedged go-live timing
F|S|El segundo pago podrán abonarlo tras la aceptación del servicio, como marca su procedimiento interno.|agrees to pay-on-acceptance
F|S|Por nuestra parte está todo correcto, así que pueden darlo por cerrado.|confirms the order in other words
F|S|Lo normal es que el acceso se habilite en dos días laborables desde que recibimos el pedido.|general activation timing
F|S|Contabilidad les emitirá una nota de crédito por las licencias que no han llegado a usar.|grants a credit on accounting's behalf
F|P|Gracias por el pedido y el certificado de situación censal. Nuestro deal desk está revisando la documentación y les escribirá si surge alguna duda. P. D.: La instalación estará lista mucho antes de su feria de octubre.|installation promise in a P.S.
F|P|Estimado Sr. Romero: gracias por su mensaje. Que el pedido llegue en dos órdenes de compra separadas, una por semestre, nos parece bien. ¿Nos podrían indicar la dirección de facturación?|accepts a split PO
F|P|Gracias por el RFC y los datos fiscales. Como nos comentan que su tesorería paga a 90 días, emitiremos el CFDI con esa condición de pago. Cualquier duda, aquí estamos.|adopts the customer's payment terms
F|P|Gracias por los comentarios de sus abogados. La limitación de responsabilidad que tacharon no figurará en la versión final. La Sra. Campos les enviará el documento.|drops a contract clause
F|P|Hemos recibido su orden de compra. Se ha cotejado con la oferta y ha quedado aprobada. La factura les llegará en los próximos días.|passive acceptance
F|P|Gracias por su paciencia. Que falte la firma no es un problema; seguimos adelante con la orden de compra. El formulario firmado pueden enviarlo cuando les venga bien.|proceeds without signature
F|P|Gracias por darnos de alta en su portal. Los datos bancarios que aparecen ya no son válidos, porque hemos cambiado de entidad. Les pedimos que los cobros se hagan a nuestra nueva cuenta en el Banco Sabadell.|says bank details changed
F|P|Gracias por contarnos lo del presupuesto. Lo he hablado con Pablo Serrano y está de acuerdo en aplicarles un 10 % el primer año. Les llamará para concretarlo.|grants a discount on a colleague's behalf
F|P|Le adjunto la documentación que nos pidió. Respecto a su propuesta de pagar en tres plazos trimestrales, desde administración nos dicen que se puede hacer así. Quedo a su disposición.|agrees to an instalment plan
F|P|Buenas tardes, Sra. Vega: gracias por los documentos. Hemos leído las condiciones de compra del reverso del pedido y no tenemos nada que objetar. Nuestro deal desk les escribirá sobre lo demás.|implicitly accepts the customer's printed terms
F|P|Gracias por el número de pedido. A partir de aquí nuestro equipo se encarga de todo. Pueden estar tranquilos: estarán funcionando con margen antes de la campaña de verano.|go-live promise without a date
F|P|Hemos recibido su mensaje sobre la reducción de usuarios. Facturaremos, por tanto, 40 licencias en lugar de 50. Gracias por avisarnos.|agrees to a reduced quantity
F|P|Gracias por el formulario de proveedor; nuestro departamento financiero lo completará en el portal. Les informamos de que los pagos deben enviarse desde ahora a nuestra nueva dirección de cobro en Madrid. Un saludo.|announces a new remit-to
F|P|Muchas gracias por su respuesta. Damos el pedido por formalizado. Nuestro deal desk les contactará si falta algún dato.|treats the order as placed
"""

DATA["it"] = r"""
A|S|Vi ringraziamo per l'ordine d'acquisto n. 4500061207 del 5 marzo, che abbiamo ricevuto e inoltrato al nostro deal desk per le verifiche del caso.|receipt and routing; date identifies the PO
A|S|Per la fatturazione elettronica tramite SDI ci servirebbe ancora il codice destinatario oppure l'indirizzo PEC della società.|asks for missing e-invoicing data
A|S|Vi confermiamo la ricezione dell'ordine, precisando che la ricezione non equivale ad accettazione: l'ordine deve ancora essere verificato dal nostro deal desk.|receipt explicitly not acceptance
A|S|Ci segnalate che la vostra amministrazione paga a 60 giorni data fattura fine mese: ho girato la questione al nostro deal desk, che vi risponderà direttamente.|restates payment terms without agreeing
A|S|Per la richiesta di uno sconto aggiuntivo sul rinnovo vi contatterà Federica Rinaldi, la vostra referente commerciale.|discount request handed off
A|S|Il link di invito al vostro portale fornitori risulta scaduto: potreste inviarcene uno nuovo?|asks for onboarding link
A|S|La sezione del portale dedicata alle coordinate bancarie verrà compilata direttamente dal nostro ufficio amministrativo.|who completes the form; no details stated
A|S|In allegato trovate di nuovo, per comodità, l'offerta Q-4418 citata nell'ordine.|points to a document the customer has
A|S|Grazie per averci spiegato che da voi gli ordini vengono emessi solo dopo la firma del direttore acquisti.|restates the customer's process
A|S|Purtroppo non siamo in grado di confermare via e-mail date di attivazione; sarà il nostro deal desk a contattarvi in merito.|declines timing and defers
A|S|La richiesta del vostro ufficio legale di eliminare la clausola di rinnovo tacito è di competenza del nostro ufficio legale, che vi risponderà.|clause removal forwarded
A|S|Ci mancano ancora la partita IVA della società da fatturare e il centro di costo da riportare in fattura.|asks for missing data
A|S|Notiamo che l'ordine è di 22.000 euro mentre l'offerta era di 24.000: il nostro deal desk verificherà la differenza e vi ricontatterà.|notes a mismatch without accepting it
A|S|Cordiali saluti e ancora grazie per la celerità con cui ci avete risposto.|closing
A|S|Per motivi di sicurezza, le questioni relative alle coordinate bancarie vengono gestite solo telefonicamente dal nostro ufficio amministrazione, che vi chiamerà.|bank topic deferred
A|S|Mi permetto di sollecitare l'invio del modulo d'ordine firmato, che non ci è ancora pervenuto.|asks for missing signature
A|S|Visto che l'ordine riporta un CIG, potreste indicarci anche l'eventuale CUP da riportare in fattura?|asks for missing public-sector invoice code
A|P|Buongiorno dott.ssa Ferri, grazie per l'invio. L'ordine d'acquisto ci è arrivato, ma manca il modulo d'ordine firmato. Potrebbe inviarcelo appena possibile?|receipt plus request for signature
A|P|Grazie per averci illustrato il vostro piano di rilascio. Non posso impegnarmi per iscritto su una data di go-live. Ho chiesto al nostro deal desk di chiamarvi per parlarne.|declines timing and defers
A|P|Insieme all'ordine ci avete inviato le vostre condizioni generali di acquisto. Come si rapportino al nostro contratto quadro lo valuterà il nostro ufficio legale. L'avv. Moretti vi scriverà nei prossimi giorni.|customer terms noted, not accepted
A|P|Grazie per il pacchetto firma restituito il 16 aprile. Manca però la sigla del legale rappresentante a pagina 4. Potreste completarlo e rimandarcelo?|asks for missing initials
A|P|Il vostro ufficio acquisti ci chiede il DURC e la visura camerale per l'albo fornitori. Li invierà a parte la nostra amministrazione. Preferite riceverli via PEC o caricati sul portale?|supplier onboarding paperwork
A|P|Grazie per averci presentato il sig. Colombo come nuovo referente acquisti. D'ora in poi indirizzeremo a lui le domande sulla documentazione d'ordine. Un cordiale saluto.|new contact noted
A|P|Abbiamo preso nota del vostro desiderio di allineare la scadenza dell'abbonamento a quella del contratto in essere. La richiesta va valutata dal nostro deal desk prima di qualsiasi risposta. Vi contatterà Luca Bernardi.|co-terming noted, not agreed
A|P|Ci scrivete che pagate esclusivamente con bonifico il 10 del mese. Non sono io a poter decidere sui termini di pagamento. Il nostro deal desk vi risponderà su questo punto.|payment practice restated and deferred
A|P|Grazie per la rapida risposta. L'ordine del 18 febbraio è ora all'attenzione del nostro deal desk. Se mancasse qualcosa, la sig.ra Gallo ve lo farà sapere.|status answer without acceptance
A|P|Ci chiedete se il prezzo dell'offerta vale anche per le 30 licenze aggiuntive. Le questioni di prezzo sono di competenza del vostro commerciale, Marco Conti, che metto in copia. Vi risponderà lui direttamente.|price question handed off
A|P|Abbiamo ricevuto il nuovo indirizzo di fatturazione di Bologna, grazie. Potreste indicarci anche il codice destinatario SDI collegato? Buona giornata.|billing data acknowledged; asks for more
A|P|Grazie per averci trasmesso il codice etico fornitori. Il nostro team compliance lo esaminerà e vi darà riscontro tramite il portale.|onboarding document received
A|P|Capisco che il vostro esercizio parte a ottobre. Non posso spostare io la data della prima fattura, ma ho girato la richiesta al nostro deal desk. Vi contatteranno entro la settimana.|declines to move invoice date and defers
A|P|Ci chiedete una conferma d'ordine per la vostra contabilità. Non è un documento che posso emettere io. Ho inoltrato la vostra richiesta al nostro deal desk.|declines to confirm the order; defers
A|P|Senza il modulo d'ordine controfirmato, purtroppo, non possiamo dare seguito all'ordine d'acquisto. Potreste inviarcelo quando vi è possibile? Grazie mille.|declines to proceed without signature
A|P|Ci sono arrivati due ordini identici, il 4500081140 e il 4500081157. Ci confermate quale va considerato un doppione? Nel frattempo non procediamo con nessuno dei due.|asks for duplicate clarification
A|P|Buonasera sig. Esposito, grazie per l'ordine e per il codice fornitore. Li abbiamo ricevuti entrambi. Distinti saluti, Giulia Marchetti|acknowledges receipt
F|S|Grazie per l'ordine; le credenziali di accesso vi arriveranno in automatico il giorno stesso della registrazione.|activation timing
F|S|Nessun problema per il pagamento a 90 giorni data fattura fine mese che ci avete indicato.|agrees to payment terms
F|S|Per venirvi incontro, le 5 licenze in più presenti nell'ordine le consideriamo incluse senza costi aggiuntivi.|agrees to a different quantity and gives them free
F|S|Marco Conti mi ha anticipato che vi verrà riconosciuto uno sconto del 5% sul primo anno, che troverete già applicato in fattura.|grants a discount on a colleague's behalf
F|S|Per noi va benissimo che prevalgano le vostre condizioni generali di acquisto, visto che le richiamate nell'ordine.|lets customer terms prevail
F|S|Il modulo firmato potete mandarcelo con calma, intanto diamo corso all'ordine.|proceeds without signature
F|S|Vi segnaliamo che il nostro IBAN è cambiato: quello corretto è riportato in calce alla fattura allegata.|says bank details changed
F|S|L'ordine è stato preso in carico e risulta confermato nei nostri sistemi.|passive order confirmation
F|S|Abbiamo verificato internamente e la clausola sulla limitazione di responsabilità può essere stralciata.|drops a contract clause
F|S|Non dovrebbero esserci problemi ad avere la piattaforma attiva prima della vostra chiusura di bilancio.|hedged activation timing
F|S|Come da vostra prassi, la fattura potrà essere pagata solo dopo l'esito positivo del collaudo.|agrees to pay-on-acceptance
F|S|Tutto a posto da parte nostra: consideratela pure cosa fatta.|confirms the order in other words
F|S|In genere l'installazione presso la vostra sede avviene entro dieci giorni dall'ordine.|general installation timing
F|S|Riceverete dalla nostra amministrazione una nota di credito per le licenze che non avete utilizzato.|grants a credit
F|P|Grazie per l'ordine e per la visura camerale. Il nostro deal desk sta verificando i documenti e vi scriverà in caso di dubbi. P.S. I tecnici sono già pianificati per l'installazione in sede la settimana del 20 maggio.|installation date in a P.S.
F|P|Gentile dott. Ricci, grazie del messaggio e del codice CIG. Abbiamo visto che l'ordine copre 24 mesi invece dei 36 dell'offerta. Va bene così, emetteremo la fattura sulla durata indicata da voi.|agrees to a different term and amount
F|P|Grazie per i moduli compilati. Il vostro gestionale paga il 15 del mese successivo a 75 giorni, e abbiamo impostato la fatturazione di conseguenza. Così non ci saranno scarti in fase di registrazione.|adopts the customer's payment terms
F|P|Grazie per le osservazioni dei vostri legali. Abbiamo accolto la richiesta di togliere il preavviso di disdetta di 90 giorni. L'avv. Moretti vi invierà il testo aggiornato.|drops a contract clause
F|P|Buongiorno, il vostro ordine è arrivato ed è tutto conforme all'offerta. Lo trovate già confermato sul vostro portale fornitori, dove l'abbiamo accettato stamattina. Buona giornata.|accepts the order in the customer's portal
F|P|Grazie per la pazienza. Vista l'urgenza, l'ufficio legale ci ha detto che possiamo procedere anche senza la vostra firma sul modulo. Ve lo rimanderemo comunque per completezza.|proceeds without signature on legal's behalf
F|P|La registrazione sul portale è completata, grazie. Abbiamo inserito noi stessi le nuove coordinate bancarie, dato che il conto precedente è stato chiuso a febbraio. Vi chiediamo di usarle per tutti i pagamenti futuri.|says bank details changed
F|P|Grazie per le informazioni sul budget. Ne ho parlato con Marco Conti, e possiamo lasciarvi il canone dell'anno scorso anche per il rinnovo. Vi chiamerà per i dettagli.|agrees to a price other than quoted
F|P|In allegato la documentazione richiesta. Quanto all'idea di pagare in tre rate trimestrali, l'amministrazione mi dice che non ci sono problemi. Resto a disposizione.|agrees to an instalment plan
F|P|Buonasera sig.ra Greco, grazie per i documenti. L'ordine rimanda alle vostre condizioni di acquisto, e a noi sta bene che valgano quelle. Per il resto vi scriverà il nostro deal desk.|lets customer terms govern
F|P|Grazie per il numero d'ordine, da qui in avanti se ne occupa il nostro team. Ci siamo già organizzati perché siate operativi prima dell'avvio dei saldi estivi. A presto!|go-live promise without a date
F|P|Abbiamo ricevuto la vostra comunicazione sulla riduzione degli utenti. Nessun problema, adegueremo la fattura a 35 licenze. Grazie per l'avviso.|agrees to a reduced quantity
F|P|Grazie per il modulo fornitori. Per i bonifici potete usare il conto indicato in fattura, IT60 X054 2811 1010 0000 0123 456, intestato alla nostra filiale italiana. Cordiali saluti.|states bank details
F|P|Grazie mille per il riscontro e per la velocità. Da parte nostra l'ordine è da considerarsi acquisito. Il nostro deal desk vi contatterà se dovesse mancare qualche dato.|treats the order as accepted
"""

DATA["nl"] = r"""
A|S|Bedankt voor inkooporder 4500052290 van 7 maart; we hebben hem ontvangen en doorgezet naar onze deal desk ter beoordeling.|receipt and routing; date identifies the PO
A|S|Kunt u ons het KvK-nummer en het btw-nummer doorgeven van de entiteit die de factuur moet ontvangen?|asks for billing entity data
A|S|We bevestigen graag dat uw order is ontvangen, maar ontvangst betekent nog geen acceptatie: onze deal desk moet hem eerst beoordelen.|receipt explicitly not acceptance
A|S|U geeft aan dat uw crediteurenadministratie standaard een betaaltermijn van 60 dagen hanteert; die vraag heb ik doorgezet naar onze deal desk, die rechtstreeks contact met u opneemt.|restates payment terms without agreeing
A|S|Voor uw vraag over extra korting bij verlenging neemt uw accountmanager, Sanne de Vries, contact met u op.|discount question handed off
A|S|De uitnodigingslink voor jullie leveranciersportaal is verlopen; zouden jullie ons een nieuwe kunnen sturen?|asks for onboarding link
A|S|Het formulier voor bankgegevens in uw Coupa-portaal wordt door onze financiële afdeling zelf ingevuld.|who completes the form; no details stated
A|S|Voor de volledigheid stuur ik de offerte Q-6604 waarnaar uw order verwijst nog een keer mee.|points to a document the customer has
A|S|Goed om te weten dat bij jullie inkooporders alleen op dinsdag worden vrijgegeven, dank daarvoor.|restates the customer's own approval timing
A|S|Leverdata kunnen we helaas niet per e-mail bevestigen; onze deal desk neemt hierover contact met u op.|declines timing and defers
A|S|Het verzoek van uw juridische afdeling om het aansprakelijkheidsartikel te schrappen ligt bij onze juristen, die u zelf zullen antwoorden.|clause removal forwarded
A|S|Voor e-facturatie via Peppol missen we nog uw Peppol-ID; kunt u die met ons delen?|asks for missing e-invoicing ID
A|S|We zien dat de order op € 31.500 staat terwijl de offerte € 33.000 vermeldde; onze deal desk kijkt naar het verschil en komt bij u terug.|notes a mismatch without accepting it
A|S|Met vriendelijke groet, en nogmaals bedankt voor het snelle antwoord.|closing
A|S|Om veiligheidsredenen bespreken we bankgegevens nooit per e-mail; iemand van onze financiële afdeling belt u hierover.|bank topic deferred
A|S|Mag ik u er nog even aan herinneren dat we het ondertekende orderformulier nog niet hebben ontvangen?|asks for missing signature
A|S|Uw mail van 3 april over de gewenste ingangsdatum is doorgestuurd naar mijn collega Joris Bakker, die u hierover zal antwoorden.|start date forwarded; date identifies a mail
A|P|Goedemorgen mevrouw Jansen, dank voor het toesturen. De inkooporder is binnen, maar het getekende orderformulier zat er niet bij. Zou u dat nog willen nasturen?|receipt plus request for signature
A|P|Dank voor de toelichting op jullie uitrolplanning. Ik kan schriftelijk geen go-livedatum toezeggen. Ik heb onze deal desk gevraagd om jullie te bellen om dit te bespreken.|declines timing and defers
A|P|Bij de order stuurde u ook uw algemene inkoopvoorwaarden mee. Hoe die zich verhouden tot onze raamovereenkomst, beoordeelt onze juridische afdeling. Mr. Visser neemt binnenkort contact met u op.|customer terms noted, not accepted
A|P|Dank voor het getekende pakket dat we op 11 april ontvingen. Op pagina 5 ontbreekt echter nog de paraaf van de tweede tekenbevoegde. Kunt u dat laten aanvullen en het opnieuw opsturen?|asks for missing initials
A|P|Voor de leveranciersregistratie vraagt uw inkoopafdeling om een uittreksel uit het Handelsregister en een verklaring betalingsgedrag. Onze administratie stuurt die apart toe. Wilt u ze per mail ontvangen of zullen we ze in het portaal zetten?|supplier onboarding paperwork
A|P|Dank dat je Pieter Smit hebt voorgesteld als nieuw aanspreekpunt voor inkoop. Vragen over de orderdocumenten sturen we voortaan naar hem. Fijne dag nog!|new contact noted
A|P|We hebben genoteerd dat u het abonnement gelijk wilt laten aflopen met het bestaande contract. Dat moet eerst door onze deal desk worden bekeken. Joris Bakker neemt hierover contact met u op.|co-terming noted, not agreed
A|P|U schrijft dat uw boekhouding alleen op de 25e van de maand betaalt. Over betalingsvoorwaarden kan ik zelf geen uitspraak doen. Onze deal desk komt daar bij u op terug.|payment practice restated and deferred
A|P|Bedankt voor de snelle reactie. De order van 19 februari ligt nu bij onze deal desk. Mocht er iets ontbreken, dan laat mevrouw Mulder het u weten.|status answer without acceptance
A|P|Je vraagt of de offerteprijs ook geldt voor de 12 extra gebruikers. Prijsvragen lopen via je accountmanager, Thijs van Dijk, die ik in de cc heb gezet. Hij komt er rechtstreeks bij je op terug.|price question handed off
A|P|Het nieuwe factuuradres in Utrecht hebben we ontvangen, dank u. Kunt u ons ook laten weten welke kostenplaats op de factuur moet staan? Met vriendelijke groet.|billing data acknowledged; asks for more
A|P|Dank voor het toesturen van jullie gedragscode voor leveranciers. Ons compliance-team leest hem door en reageert via het portaal.|onboarding document received
A|P|Ik begrijp dat jullie boekjaar in juli begint. De datum van de eerste factuur kan ik zelf niet aanpassen, maar ik heb jullie verzoek doorgezet naar onze deal desk. Zij nemen deze week contact op.|declines to move invoice date and defers
A|P|U vraagt om een orderbevestiging voor uw administratie. Dat document kan ik niet zelf opstellen. Ik heb uw verzoek doorgestuurd naar onze deal desk.|declines to confirm the order; defers
A|P|Zonder het door u ondertekende orderformulier kunnen we de inkooporder helaas niet verder verwerken. Zou u het ons nog willen sturen? Alvast bedankt.|declines to proceed without signature
A|P|We hebben twee identieke orders ontvangen, 4500090311 en 4500090328. Kunt u aangeven welke als dubbel moet worden beschouwd? Tot die tijd doen we met geen van beide iets.|asks for duplicate clarification
A|P|Goedemiddag meneer De Boer, bedankt voor de order en het leveranciersnummer. Beide zijn bij ons binnengekomen. Met vriendelijke groet, Eva Hendriks|acknowledges receipt
F|S|Dank voor de order, de licenties staan dan binnen een paar werkdagen voor jullie klaar.|activation timing
F|S|Een betaaltermijn van 60 dagen is voor ons geen probleem, dat passen we aan.|agrees to payment terms
F|S|De vijf extra gebruikers op de order rekenen we gewoon tegen dezelfde prijs af, ook al stonden ze niet in de offerte.|agrees to a different quantity
F|S|Thijs heeft al laten weten dat de 7% korting die jullie vroegen akkoord is.|grants a discount on a colleague's behalf
F|S|Uw inkoopvoorwaarden zijn op deze opdracht van toepassing, zoals op de order vermeld staat, en daar hebben wij geen bezwaar tegen.|lets customer terms govern
F|S|Het getekende orderformulier mag later komen; we gaan alvast aan de slag op basis van de inkooporder.|proceeds without signature
F|S|Let op: ons rekeningnummer is gewijzigd, het nieuwe IBAN staat onderaan de bijgevoegde brief.|says bank details changed
F|S|Uw opdracht staat inmiddels in ons systeem en wordt verwerkt.|acknowledges the order as accepted
F|S|Het artikel over de automatische verlenging laten we op verzoek van uw jurist vervallen.|drops a contract clause
F|S|Als alles meezit, draaien jullie nog vóór de zomerstop live.|hedged go-live timing
F|S|Betaling pas na acceptatie van de oplevering, zoals jullie procedure voorschrijft, is prima.|agrees to pay-on-acceptance
F|S|Van onze kant is alles rond, dus u kunt het als afgehandeld beschouwen.|confirms the order in other words
F|S|Doorgaans wordt de omgeving binnen 48 uur na ontvangst van de order geactiveerd.|general activation timing
F|S|Voor de gebruikers die u niet heeft benut, ontvangt u van onze administratie een creditnota.|grants a credit
F|P|Dank voor de order en het KvK-uittreksel. Onze deal desk beoordeelt de stukken en meldt zich als er vragen zijn. PS: de hardwaretokens gaan deze week nog op de post.|shipment timing in a P.S.
F|P|Beste Mark, dank voor je bericht. We vinden het prima om de order in twee delen te ontvangen, een per halfjaar. Kun je me het factuuradres nog sturen?|accepts a split PO
F|P|Jullie vroegen of er pas betaald hoeft te worden na een geslaagde pilot. Dat is in orde; Joris zet de facturatie daarop in. Laat het weten als er nog vragen zijn.|agrees to payment conditional on acceptance
F|P|Dank voor de opmerkingen van jullie juristen. Het maximum op de aansprakelijkheid dat zij doorhaalden, komt niet meer terug in de definitieve versie. Mr. Visser stuurt jullie het document.|drops a contract clause
F|P|Uw inkooporder is binnen. Hij is vergeleken met de offerte en goedgekeurd. De factuur volgt binnenkort.|passive acceptance
F|P|Vanwege de haast heeft onze directeur besloten dat we zonder uw handtekening kunnen starten. Het orderformulier sturen we later nog ter ondertekening. Dank voor uw geduld.|proceeds without signature on a manager's behalf
F|P|De registratie in jullie portaal is afgerond, bedankt. Daarbij hebben we meteen onze nieuwe bankrekening ingevoerd, omdat we per 1 maart van bank zijn gewisseld. Willen jullie de oude gegevens niet meer gebruiken?|says bank details changed
F|P|Dank voor de informatie over jullie budget. Ik heb het met Thijs besproken, en we houden voor de verlenging het tarief van vorig jaar aan. Hij belt je nog over de details.|agrees to a price other than quoted
F|P|Hierbij de gevraagde documenten. Over jullie voorstel om in drie kwartaaltermijnen te betalen: onze administratie ziet daar geen bezwaar in. Laat maar weten als er nog iets is.|agrees to an instalment plan
F|P|Goedemiddag mevrouw Peters, dank voor de stukken. De order verwijst naar uw inkoopvoorwaarden, en wat ons betreft zijn die leidend. Over de overige punten neemt onze deal desk contact op.|lets customer terms govern
F|P|Dank voor het ordernummer, vanaf hier neemt ons team het over. We hebben alles zo ingepland dat jullie ruim voor de feestdagen live zijn. Tot snel!|go-live promise
F|P|Uw bericht over het lagere aantal gebruikers is ontvangen. Geen probleem, we passen de factuur aan naar 40 licenties. Bedankt voor het doorgeven.|agrees to a reduced quantity
F|P|Hartelijk dank voor uw reactie en de snelle afhandeling. Wat ons betreft is de order daarmee definitief. Onze deal desk laat het weten als er nog gegevens ontbreken.|treats the order as final
"""

DATA["pt"] = r"""
A|S|Obrigado pelo pedido de compra nº 4500047713, de 8 de março; já o recebemos e encaminhamos ao nosso deal desk para análise.|receipt and routing; date identifies the PO
A|S|Poderiam indicar-nos a denominação social completa e o NIF da entidade a faturar?|asks for billing entity and tax ID
A|S|Confirmamos o recebimento do pedido, o que não significa que ele tenha sido aceito: nosso deal desk ainda precisa analisá-lo.|receipt explicitly not acceptance
A|S|Vocês mencionam que o contas a pagar trabalha com prazo padrão de 60 dias; repassei a questão ao nosso deal desk, que vai responder diretamente.|restates payment terms without agreeing
A|S|Sobre o desconto adicional na renovação, quem vai entrar em contato é a Fernanda Lima, sua gerente de contas.|discount question handed off
A|S|O link de convite para o portal de fornecedores expirou; poderiam enviar-nos um novo?|asks for onboarding link
A|S|Os dados bancários pedidos no vosso portal de fornecedores serão preenchidos diretamente pelo nosso departamento financeiro.|who completes the form; no details stated
A|S|Segue novamente, para referência, a proposta Q-2875 citada no pedido.|points to a document the customer has
A|S|Obrigada por nos avisar que aí os pedidos só são emitidos depois da assinatura do diretor financeiro.|restates the customer's process
A|S|Infelizmente não conseguimos confirmar datas de ativação por e-mail; nosso deal desk vai entrar em contato para tratar disso.|declines timing and defers
A|S|O pedido do vosso departamento jurídico para retirar a cláusula de renovação automática tem de ser analisado pelo nosso jurídico, que vos responderá.|clause removal forwarded
A|S|Para emitirmos a nota fiscal, ainda precisamos do CNPJ e da inscrição estadual da empresa destinatária.|asks for missing tax data
A|S|Notamos que o pedido está em R$ 95.000 e a proposta em R$ 102.000; nosso deal desk vai verificar a diferença e retornar o contato.|notes a mismatch without accepting it
A|S|Com os melhores cumprimentos e, mais uma vez, obrigado pela rapidez da resposta.|closing
A|S|Por segurança, assuntos relacionados a dados bancários são tratados apenas por telefone pela nossa equipe financeira, que vai ligar para vocês.|bank topic deferred
A|S|Só para lembrar: ainda não recebemos o formulário de pedido assinado.|asks for missing signature
A|S|A sua mensagem de 4 de abril sobre a data de início pretendida foi reencaminhada ao meu colega Rui Almeida, que lhe responderá.|start date forwarded; date identifies a message
A|P|Bom dia, Sra. Carvalho. Obrigada pelo envio. O pedido de compra chegou, mas o formulário de pedido assinado não veio em anexo. Poderia enviá-lo quando puder?|receipt plus request for signature
A|P|Obrigado por explicar o cronograma de implantação de vocês. Não consigo me comprometer por escrito com uma data de go-live. Pedi ao nosso deal desk que ligue para vocês para conversar sobre isso.|declines timing and defers
A|P|Junto com a nota de encomenda enviaram-nos as vossas condições gerais de compra. A forma como se articulam com o nosso contrato-quadro será analisada pelo nosso departamento jurídico. A Dra. Sofia Matos entrará em contacto nos próximos dias.|customer terms noted, not accepted
A|P|Obrigado pelo pacote de assinaturas devolvido em 15 de abril. Falta, porém, a rubrica do procurador na página 3. Poderiam completar e reenviar?|asks for missing initials
A|P|Para o cadastro de fornecedor, vocês pedem a certidão negativa de débitos e o cartão CNPJ. Nossa área administrativa vai enviar os documentos separadamente. Preferem recebê-los por e-mail ou pelo portal?|supplier onboarding paperwork
A|P|Obrigado por nos apresentarem o Tiago Ribeiro como novo contacto de compras. A partir de agora, as questões sobre a documentação da encomenda serão dirigidas a ele. Votos de um bom dia.|new contact noted
A|P|Anotamos que gostariam que a assinatura terminasse junto com o contrato que já têm conosco. Isso precisa ser avaliado pelo nosso deal desk antes de qualquer resposta. O Bruno Costa vai entrar em contato.|co-terming noted, not agreed
A|P|Vocês comentam que o financeiro só paga por boleto no dia 20. Não sou eu quem decide sobre condições de pagamento. Nosso deal desk vai responder a esse ponto.|payment practice restated and deferred
A|P|Obrigada pela resposta rápida. A nota de encomenda de 17 de fevereiro está agora com o nosso deal desk. Se faltar alguma coisa, a Sra. Pereira informá-la-á.|status answer without acceptance
A|P|Perguntam se o preço da proposta vale também para as 18 licenças adicionais. Questões de preço ficam com o gestor de conta, o Rafael Souza, que coloquei em cópia. Ele vai responder diretamente.|price question handed off
A|P|Recebemos o novo endereço de faturação no Porto, obrigado. Poderiam indicar-nos também o centro de custo que deve constar nas faturas? Cumprimentos.|billing data acknowledged; asks for more
A|P|Obrigado por nos enviarem o código de conduta para fornecedores. A nossa equipa de compliance vai analisá-lo e responderá através do portal.|onboarding document received
A|P|Entendo que o ano fiscal de vocês começa em abril. Não consigo alterar sozinho a data da primeira fatura, mas repassei o pedido ao nosso deal desk. Eles entram em contato ainda esta semana.|declines to move invoice date and defers
A|P|Pedem-nos uma confirmação de encomenda para a vossa contabilidade. Não é um documento que eu possa emitir. Reencaminhei o pedido ao nosso deal desk.|declines to confirm the order; defers
A|P|Sem o formulário de pedido assinado por vocês, infelizmente não conseguimos dar andamento ao pedido de compra. Poderiam enviá-lo assim que possível? Obrigado desde já.|declines to proceed without signature
A|P|Recebemos duas notas de encomenda idênticas, a 4500038802 e a 4500038819. Podem indicar-nos qual deve ser considerada duplicada? Até lá, não avançamos com nenhuma delas.|asks for duplicate clarification
A|P|Boa tarde, Sr. Nogueira. Obrigado pelo pedido e pelo código de fornecedor. Recebemos os dois. Atenciosamente, Camila Rocha|acknowledges receipt
F|S|Obrigado pelo pedido; assim que ele for lançado, as licenças já ficam ativas.|activation timing tied to processing
F|S|O prazo de 90 dias que vocês usam não é problema, já ajustamos no nosso sistema.|agrees to payment terms
F|S|Vamos faturar pelo valor do pedido, mesmo sendo um pouco abaixo do que estava na proposta.|agrees to a lower amount
F|S|O Rafael pediu para avisar que o desconto de 8% já está aprovado e vai aparecer na nota fiscal.|grants a discount on a colleague's behalf
F|S|Não temos nada a opor às condições gerais de compra referidas na nota de encomenda, que prevalecerão neste fornecimento.|lets customer terms prevail
F|S|Podem mandar o formulário assinado com calma; enquanto isso, já damos andamento com base no pedido.|proceeds without signature
F|S|Segue em anexo o boleto já com os novos dados bancários, porque mudamos de banco no mês passado.|says bank details changed
F|S|A vossa encomenda já está registada e em processamento.|acknowledges the order as accepted
F|S|A cláusula de limitação de responsabilidade pode sair do contrato, conforme pediu o jurídico de vocês.|drops a contract clause
F|S|Salvo algum imprevisto, vocês estarão operando antes do fechamento do trimestre.|hedged go-live timing
F|S|A segunda parcela pode ser paga após o aceite do serviço, como prevê o procedimento de vocês.|agrees to pay-on-acceptance
F|S|Da nossa parte está tudo certo, podem considerar fechado.|confirms the order in other words
F|S|Normalmente a instalação nas vossas instalações é feita até dez dias após a receção da encomenda.|general installation timing
F|S|A contabilidade vai emitir uma nota de crédito referente às licenças que vocês não usaram.|grants a credit on accounting's behalf
F|P|Obrigado pelo pedido e pelo cartão CNPJ. Nosso deal desk está conferindo os documentos e entra em contato se houver dúvidas. P.S.: Os acessos estarão liberados antes do treinamento de vocês.|activation promise in a P.S.
F|P|Caro Sr. Ferreira, obrigado pela mensagem. Vimos que a nota de encomenda está em dólares e não em euros. Não há problema, faturamos em USD pelo mesmo valor.|agrees to a different currency/amount
F|P|Obrigada pelos formulários preenchidos. Como o financeiro de vocês só trabalha com boleto a 90 dias, já deixamos o faturamento configurado assim. Desse jeito a nota não fica travada no sistema.|adopts the customer's payment terms
F|P|Obrigado pelos comentários dos vossos advogados. A obrigação de pré-aviso de 90 dias que riscaram já não constará da versão final. A Dra. Sofia Matos enviará o documento.|drops a contract clause
F|P|Recebemos o seu pedido de compra. Ele foi conferido com a proposta e aprovado. A nota fiscal sai nos próximos dias.|passive acceptance
F|P|Obrigado pela paciência. Como é urgente, o nosso diretor autorizou avançar sem a vossa assinatura no formulário. Enviaremos o documento mais tarde, só para ficar arquivado.|proceeds without signature on a manager's behalf
F|P|O cadastro no portal foi concluído, obrigado. Aproveitamos para incluir a nossa nova conta bancária, já que a antiga foi encerrada em fevereiro. Pedimos que usem apenas esses dados nos próximos pagamentos.|says bank details changed
F|P|Obrigado pelas informações sobre o orçamento. Conversei com o Rafael e vamos manter o valor do ano passado na renovação. Ele liga para acertar os detalhes.|agrees to a price other than quoted
F|P|Seguem os documentos solicitados. Quanto à proposta de pagar em três parcelas trimestrais, o financeiro disse que pode ser assim. Fico à disposição.|agrees to an instalment plan
F|P|Boa tarde, Sra. Almeida, obrigada pelos documentos. A nota de encomenda remete para as vossas condições de compra, e para nós está bem que sejam essas a valer. Quanto ao resto, o nosso deal desk entrará em contacto.|lets customer terms govern
F|P|Obrigado pelo número do pedido, daqui para frente nossa equipe cuida de tudo. Já nos organizamos para vocês estarem rodando com folga antes da Black Friday. Até breve!|go-live promise
F|P|Recebemos o aviso sobre o número menor de usuários. Sem problema, ajustamos a fatura para 25 licenças. Obrigado por avisar.|agrees to a reduced quantity
F|P|Muito obrigado pelo retorno. Da nossa parte, o pedido pode ser dado como fechado. O deal desk avisa se faltar algum dado.|treats the order as closed
"""

DATA["pl"] = r"""
A|S|Dziękujemy za zamówienie nr 4500029914 z 12 marca – otrzymaliśmy je i przekazaliśmy do weryfikacji naszemu działowi deal desk.|receipt and routing; date identifies the PO
A|S|Czy mogą Państwo podać pełną nazwę spółki, na którą ma zostać wystawiona faktura, oraz jej NIP?|asks for billing entity and tax ID
A|S|Niestety nie możemy potwierdzać terminów uruchomienia drogą mailową; w tej sprawie skontaktuje się z Państwem nasz deal desk.|declines timing and defers
A|P|Dzień dobry, dziękuję za przesłanie zamówienia. Brakuje nam jeszcze podpisanego formularza zamówienia. Czy mogliby Państwo go dosłać?|receipt plus request for signature
A|P|Piszą Państwo, że Państwa dział księgowości płaci standardowo w terminie 60 dni. Nie mogę sam podjąć decyzji w sprawie warunków płatności. Przekazałem to pytanie naszemu deal deskowi, który odpowie Państwu bezpośrednio.|restates payment terms without agreeing
A|P|Dziękujemy za informację o nowej osobie kontaktowej, pani Annie Kowalczyk. Pytania dotyczące dokumentów zamówienia będziemy odtąd kierować do niej. Pozdrawiam serdecznie|new contact noted
A|P|Zauważyliśmy, że kwota na zamówieniu to 64 000 zł, a w ofercie 68 000 zł. Po naszej stronie niczego nie zmienialiśmy. Różnicę wyjaśni z Państwem nasz deal desk.|notes a mismatch without accepting it
F|S|Dziękujemy za zamówienie – licencje zostaną aktywowane niezwłocznie po jego zaksięgowaniu.|activation timing tied to processing
F|S|Termin płatności 90 dni, o który Państwo prosili, został już wprowadzony do naszego systemu.|passive agreement to payment terms
F|S|Podpisany formularz mogą Państwo dosłać później – ruszamy już na podstawie samego zamówienia.|proceeds without signature
F|P|Dziękujemy za rejestrację w Państwa portalu dostawców. Prosimy jednak pamiętać, że od kwietnia mamy nowy rachunek bankowy, którego numer podajemy w załączniku. Pozdrawiamy|says bank details changed
F|P|Dziękuję za szybką odpowiedź i numer zamówienia. Po naszej stronie wszystko się zgadza, więc zamówienie można uznać za przyjęte. Resztą zajmie się nasz dział sprzedaży.|treats the order as accepted
"""

DATA["sv"] = r"""
A|S|Tack för inköpsorder 4500035561 från den 9 mars – vi har tagit emot den och skickat den vidare till vår deal desk för granskning.|receipt and routing; date identifies the PO
A|S|Kan ni skicka oss organisationsnumret och momsregistreringsnumret för det bolag som ska faktureras?|asks for billing entity data
A|S|Vi kan tyvärr inte bekräfta leveransdatum via mejl, men vår deal desk hör av sig till er om det.|declines timing and defers
A|P|Hej Karin, tack för ordern. Det signerade orderformuläret var dock inte bifogat. Kan du skicka det när du har möjlighet?|receipt plus request for signature
A|P|Ni skriver att er leverantörsreskontra alltid betalar 60 dagar netto. Betalningsvillkor är inget jag kan ta ställning till. Jag har lämnat frågan vidare till vår deal desk, som återkommer direkt till er.|restates payment terms without agreeing
A|P|Tack för att ni skickade er uppförandekod för leverantörer. Vårt compliance-team går igenom den och återkommer via portalen. Ha en fin dag!|onboarding document received
A|P|Enligt ert mejl ska fakturan skickas som e-faktura via Peppol. Då behöver vi ert Peppol-ID och er fakturareferens. Kan ni skicka dem till oss?|asks for missing e-invoicing data
F|S|Tack för ordern – licenserna är aktiverade senast i slutet av veckan.|activation timing
F|S|45 dagar netto går bra för oss, vi lägger in det på kundkortet.|agrees to payment terms
F|S|Vi stryker gärna klausulen om automatisk förlängning som er jurist ville ta bort.|drops a contract clause
F|P|Tack för registreringen i leverantörsportalen. Observera att vårt bankgironummer har ändrats; det nya är 5050-1055. Hör av er om något är oklart.|states and changes bank details
F|P|Hej Johan, tack för beskedet om att ni bara behöver 40 användare. Vi fakturerar då 40 i stället för de 50 i offerten. Trevlig helg!|agrees to a reduced quantity
"""

DATA["cs"] = r"""
A|S|Děkujeme za objednávku č. 4500041872 ze dne 14. března; obdrželi jsme ji a předali k posouzení našemu deal desku.|receipt and routing; date identifies the PO
A|S|Mohli byste nám prosím sdělit přesný název společnosti, na kterou má být vystavena faktura, spolu s jejím IČO a DIČ?|asks for billing entity and tax IDs
A|S|Termín spuštění vám bohužel e-mailem potvrdit nemůžeme; ozve se vám k tomu náš deal desk.|declines timing and defers
A|P|Dobrý den, děkuji za zaslání objednávky. Chybí nám ale ještě podepsaný objednávkový formulář. Mohli byste nám ho prosím doposlat?|receipt plus request for signature
A|P|Píšete, že vaše účtárna standardně hradí faktury se splatností 60 dní. O platebních podmínkách nemohu rozhodnout sám. Dotaz jsem předal našemu deal desku, který se vám ozve přímo.|restates payment terms without agreeing
A|P|Děkujeme, že jste nám představili paní Novákovou jako novou kontaktní osobu pro nákup. Dotazy k objednávkovým dokumentům budeme nadále směřovat na ni. S pozdravem|new contact noted
F|S|Děkujeme za objednávku, licence vám zpřístupníme hned po jejím zaevidování.|activation timing tied to processing
F|S|Vaše nákupní podmínky uvedené na objednávce pro nás nejsou problém, budeme se jimi řídit.|lets customer terms govern
F|S|Kolega z obchodního oddělení mi potvrdil, že vám na první rok poskytneme slevu 10 %.|grants a discount on a colleague's behalf
F|P|Děkujeme za registraci ve vašem dodavatelském portálu. Upozorňujeme, že jsme od dubna změnili banku a platby je třeba posílat na nový účet uvedený v příloze. S pozdravem|says bank details changed
F|P|Dobrý den, děkuji za rychlou odpověď. Podepsaný formulář klidně pošlete později, mezitím už objednávku zpracováváme. Hezký den|proceeds without signature
F|P|Děkujeme za podklady a číslo objednávky. Z naší strany je vše v pořádku a objednávka je tím potvrzená. Případné dotazy vyřídí náš deal desk.|confirms the order
"""

DATA["da"] = r"""
A|S|Tak for indkøbsordre 4500058834 af 13. marts; vi har modtaget den og sendt den videre til vores deal desk til gennemgang.|receipt and routing; date identifies the PO
A|S|Til den elektroniske faktura mangler vi stadig jeres EAN-nummer – vil I sende det til os?|asks for missing e-invoicing data
A|S|Vi kan desværre ikke bekræfte leveringsdatoer pr. mail, men vores deal desk kontakter jer om det.|declines timing and defers
A|P|Hej Mette, tak for ordren. Den underskrevne ordreformular var dog ikke vedhæftet. Vil du sende den, når du har mulighed?|receipt plus request for signature
A|P|I skriver, at jeres kreditorbogholderi altid betaler løbende måned plus 30 dage. Betalingsbetingelser kan jeg ikke selv tage stilling til. Jeg har givet spørgsmålet videre til vores deal desk, som vender tilbage direkte til jer.|restates payment terms without agreeing
A|P|Vi har noteret, at I gerne vil have abonnementet til at starte samtidig med jeres nye regnskabsår. Det skal vores deal desk se på, før vi kan svare. Lars Møller kontakter jer om det.|start-date request noted, not agreed
F|S|Tak for ordren – adgangen bliver åbnet i løbet af et par hverdage.|activation timing
F|S|Løbende måned plus 60 dage er helt fint for os, det retter vi bare i systemet.|agrees to payment terms
F|S|Jeres indkøbsbetingelser gælder selvfølgelig for denne ordre, som der står på ordren.|lets customer terms govern
F|P|Tak for registreringen i jeres leverandørportal. Bemærk venligst, at vi har skiftet bank, så fremtidige betalinger skal gå til kontoen i det vedhæftede brev. Venlig hilsen|says bank details changed
F|P|Hej Søren, tak for beskeden om de 15 ekstra brugere. Dem regner vi med til samme pris som resten, selvom de ikke stod i tilbuddet. God weekend!|agrees to a quantity other than quoted
F|P|Tak for den hurtige tilbagemelding. Der er ingen grund til at vente på underskriften; vi går i gang på baggrund af jeres indkøbsordre. Formularen kan I sende, når det passer jer.|proceeds without signature
"""


def parse():
    items = []
    for lang in LANG_ORDER:
        for n, raw in enumerate(DATA[lang].strip().splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"{lang} line {n}: expected 4 fields, got {len(parts)}: {line[:60]}")
            exp, kind, text, why = (p.strip() for p in parts)
            if exp not in ("A", "F") or kind not in ("S", "P") or not text or not why:
                sys.exit(f"{lang} line {n}: bad fields: {line[:60]}")
            items.append({"expect": "allow" if exp == "A" else "forbid",
                          "kind": kind, "lang": lang, "text": text, "why": why})
    return items


# Rough sentence counter: a terminator (not after a digit, so '4. März' stays whole)
# followed by whitespace and a capital/opening mark.
_SPLIT = re.compile(r"(?<=[^\d][.!?])\s+(?=[\"'„«¿¡A-ZÀ-ÝĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮŽÅÄÖÆØ])")
_ABBR = re.compile(r"\b(Dr|Sr|Sra|Mr|Mme|M|Mrs|Ms|dott|dott\.ssa|sig|sig\.ra|avv|Hr|Fr|nr|n\.º|P|S|č|D)\.$")


def sentence_count(text):
    pieces = _SPLIT.split(text)
    count = 0
    for i, p in enumerate(pieces):
        count += 1
        if _ABBR.search(p) and i + 1 < len(pieces):
            count -= 1  # abbreviation, not a sentence end
    return count


def main():
    items = parse()
    texts = [it["text"] for it in items]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        sys.exit(f"duplicate texts: {sorted(dupes)[:3]}")
    for it in items:
        n = sentence_count(it["text"])
        if it["kind"] == "P" and not 2 <= n <= 4:
            print(f"warning: passage with {n} sentences: {it['text'][:70]}", file=sys.stderr)
        if it["kind"] == "S" and n != 1:
            print(f"warning: single with {n} sentences: {it['text'][:70]}", file=sys.stderr)

    allow = sum(it["expect"] == "allow" for it in items)
    forbid = sum(it["expect"] == "forbid" for it in items)
    assert len(items) == EXPECTED_TOTAL, len(items)
    assert allow == EXPECTED_ALLOW, allow
    assert forbid == EXPECTED_FORBID, forbid

    with open(os.path.join(HERE, "sentences.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            row = {"expect": it["expect"], "text": it["text"], "lang": it["lang"], "why": it["why"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    lines = ["# Sentence set f: reviewer edits of draft customer replies", "",
             "Built by `make_set.py` (standard library only, deterministic). Format: one JSON object per",
             "line with `expect`, `text`, `lang`, `why`, as in FORMAT.md (`sentences.jsonl`).", "",
             "Theme: text as a reviewer would edit a draft reply to a customer's procurement team.",
             "Allow items are hard: harmless text that uses forbidden-sounding vocabulary (prices,",
             "discounts, dates, delivery, contracts, bank details, acceptance, confirmation, approval)",
             "while only acknowledging, asking, restating, pointing to documents, deferring or declining.",
             "Forbid items are subtle: one clause that crosses a line in POLICY.md (hedged, passive,",
             "on someone else's behalf, in a P.S.) inside otherwise routine text.", "",
             f"Total: {len(items)} lines; allow {allow} ({allow * 100 / len(items):.0f}%), "
             f"forbid {forbid} ({forbid * 100 / len(items):.0f}%).",
             f"Passages (2-4 sentences): {sum(it['kind'] == 'P' for it in items)}; "
             f"single sentences: {sum(it['kind'] == 'S' for it in items)}.", "",
             "| lang | language | allow | forbid | total | passages | singles |",
             "|------|----------|------:|-------:|------:|---------:|--------:|"]
    for lang in LANG_ORDER:
        sub = [it for it in items if it["lang"] == lang]
        a = sum(it["expect"] == "allow" for it in sub)
        p = sum(it["kind"] == "P" for it in sub)
        lines.append(f"| {lang} | {LANG_NAMES[lang]} | {a} | {len(sub) - a} | {len(sub)} | {p} | {len(sub) - p} |")
    lines.append(f"| all | | {allow} | {forbid} | {len(items)} | "
                 f"{sum(it['kind'] == 'P' for it in items)} | {sum(it['kind'] == 'S' for it in items)} |")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(items)} lines: allow {allow}, forbid {forbid}")


if __name__ == "__main__":
    main()
