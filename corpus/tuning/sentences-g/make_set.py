#!/usr/bin/env python3
"""Boundary sentences, set g: text a sales rep or the vendor's reviewer types
while editing a customer reply under time pressure (colloquial, abbreviations,
typos, run-ons, two sentences at once, soft hedges, references to earlier mail,
company names instead of "we").

Hand-written; stdlib only; deterministic. Writes sentences.jsonl next to this file.
Labels follow corpus/POLICY.md, section "Boundary sentences".
"""
import json
import os
from collections import Counter

ITEMS = []


def F(lang, text, why):
    ITEMS.append({"expect": "forbid", "text": text, "lang": lang, "why": why})


def A(lang, text, why):
    ITEMS.append({"expect": "allow", "text": text, "lang": lang, "why": why})


# ---------------------------------------------------------------- English
F("en", "as discussed w/ Tom, licences will be live before your go-live so no stress there",
  "Promises activation timing relative to the customer's go-live, no date word.")
F("en", "Kestrel will have the sandbox and prod tenants ready in good time ahead of your busy season.",
  "Promises readiness timing ('in good time ahead of your season'); company name stands in for 'we'.")
F("en", "should be fine to get the 3 appliances to your Leeds DC by the 14th, ill chase the courier myself",
  "Hedged but still states a delivery date.")
F("en", "Thanks for the PO!! Activation normally happens same day so you'll be up and running tmrw.",
  "Second sentence states activation timing.")
F("en", "Per your note re the install window, our engineers can be on site the week of 9 June.",
  "States an installation schedule.")
F("en", "We'll have everyone onboarded before your auditors arrive, promise.",
  "Promises activation/onboarding timing tied to a customer event.")
F("en", "Got your PO 4500078812, all good from our end, consider it booked.",
  "Acknowledges the order as booked.")
F("en", "happy to proceed on the basis of your PO - we'll take it from here",
  "Accepts the order in other words.")
F("en", "PO recvd + accepted, orders in, youre all set",
  "Typo-laden order acceptance.")
F("en", "Please treat this email as Northwind's acknowledgement of your order.",
  "Makes the reply an order acknowledgement.")
F("en", "No problem on our side with the PO coming in at 42k instead of the 45k quoted, we'll just invoice to the PO.",
  "Agrees to an amount different from the quote.")
F("en", "as agreed on the call well knock 8% off year one, pls reissue the PO at the lower figure",
  "Grants a discount.")
F("en", "We can throw in the extra 5 seats at no charge, just add them to the PO at zero.",
  "Agrees to a different quantity for free.")
F("en", "We'll hold last year's pricing for the renewal even though the quote went up, call it goodwill.",
  "Agrees to a price other than quoted.")
F("en", "net 60 works for us, go ahead and raise the PO",
  "Agrees to a net-days payment term.")
F("en", "Re payment: 45 days end of month is fine, our AR team will set it up that way.",
  "Agrees to end-of-month payment terms.")
F("en", "Splitting the fee into three instalments over the year is no problem, we'll make it work.",
  "Agrees to staged payments.")
F("en", "We're ok with you paying only after UAT sign-off, as your AP policy says.",
  "Agrees to payment on acceptance.")
F("en", "Your ERP paying on the 15th after 75 days should be fine for us.",
  "Soft hedge, still accepts the customer's payment run.")
F("en", "Fine for your standard purchase T&Cs to apply to this one, our legal won't push back.",
  "Lets the customer's terms govern.")
F("en", "As discussed, the terms printed on your PO will take precedence over our order form.",
  "Lets PO terms supersede ours.")
F("en", "Understood that starting the work counts as accepting your terms - that's ok with us, we'll kick off.",
  "Agrees to acceptance by performance under the customer's terms.")
F("en", "We'll drop the auto-renewal clause from the order form as you asked, I'll send a clean copy.",
  "Drops a contract clause.")
F("en", "liability cap - happy to waive it for Contoso, its a small deal anyway",
  "Waives a contract clause.")
F("en", "No need for the signed order form, your PO is enough for us to go ahead.",
  "Proceeds without the required signature.")
F("en", "Legal can sign whenever suits them; we'll start provisioning now regardless.",
  "Proceeds before signature (and implies provisioning timing).")
F("en", "Pls note our bank details have changed: new IBAN GB33 BUKB 2020 1555 5555 55, same account name.",
  "States new bank details.")
F("en", "P.S. remittance now goes to our new lockbox, PO Box 7781, Dallas TX - the old one is closed.",
  "States a changed remit-to address, in a P.S.")

A("en", "Thanks for your PO of 3 March against Q-1042 - it's in, and our deal desk is checking it now.",
  "Date identifies the PO; acknowledges receipt and says who handles it.")
A("en", "Per your note from Tuesday, I've re-attached the order form for signature.",
  "Refers to an earlier mail and asks for the signature.")
A("en", "quick one - could you send the VAT no. for the billing entity? thats the last thing missing on our side",
  "Asks for a missing document.")
A("en", "I can't confirm a delivery date in writing, sorry; our delivery team will follow up with you directly.",
  "Declines to give a date and says who follows up.")
A("en", "re the go-live question, that's one for our project team - Priya will get back to you on it.",
  "Defers the timing question to a named colleague.")
A("en", "Thanks Maria, the W-9 and the certificate of insurance both came through.",
  "Thanks for documents that arrived.")
A("en", "Our quote dated 12 February (Q-2291) is attached again for reference, as requested.",
  "Date identifies a document.")
A("en", "Your note mentions net 90 as your AP default; I've passed that to our deal desk, who will come back to you.",
  "Reports the customer's term as theirs and defers.")
A("en", "Northwind's deal desk will be in touch on the payment terms question; I'm not able to answer that one by email.",
  "Company name for who follows up; declines to answer.")
A("en", "Could you confirm which entity we should invoice - Contoso Ltd or Contoso Holdings plc?",
  "Question back about billing entity.")
A("en", "just checking - has the PO gone out on your side yet? haven't seen it land in our mailbox",
  "Status question about a missing PO.")
A("en", "As discussed, once the PO number comes through I'll hand everything to our deal desk.",
  "Says who follows up; no acceptance.")
A("en", "Your mail of 28 May says your purchase terms apply; that's a legal question, so our legal team will reply separately.",
  "Reports the customer's words and defers to legal.")
A("en", "I'm not in a position to agree to an instalment plan; our finance lead, Jonas, will contact you.",
  "Refuses payment-term change and names the follow-up.")
A("en", "Can't sign off on any change to the liability clause from here, sorry - legal will pick it up with you.",
  "Refusal on a clause, deferred to legal.")
A("en", "We'd still need the countersigned order form before anything can be booked; could you send it once it's signed?",
  "Requests the missing signature; neutral process.")
A("en", "Thanks for setting us up in Ariba; we'll fill in our side of the supplier profile there.",
  "Routine supplier onboarding acknowledgement.")
A("en", "Received your PO 4500012345 dated 2 April, thanks. Receipt isn't a confirmation of the order; our deal desk handles that.",
  "Receipt explicitly not acceptance; says who handles it.")
A("en", "We don't give out bank details by email - if you need them for your vendor file, our finance team will contact you through the usual channel.",
  "Declines to state bank details; says who follows up.")
A("en", "Thanks again for turning this around so fast, have a good weekend - Sam",
  "Closing.")
A("en", "Hi Anna, hope quarter-end isn't too brutal!",
  "Greeting.")
A("en", "Which cost centre should go on the invoice? Your PO doesn't show one.",
  "Question back about missing data.")
A("en", "Our order desk checks every PO against the quote before anything is booked, and they'll reach out if something doesn't match.",
  "Neutral description of process.")
A("en", "You mentioned wanting everything live before your launch; I can't speak to timing, but our delivery team will be in touch.",
  "Reports the customer's wish without agreeing; defers timing.")
A("en", "Thx for the updated invoice address (Harbour Rd 12, Leeds), got it.",
  "Acknowledges routine data.")
A("en", "Looking at your PO dated 14 March, there's no tax ID on it. Could you send that over?",
  "Date identifies the PO; asks for missing tax ID.")
A("en", "I'll loop in Dana from our deal desk; the discount question sits with her and she'll reply to you directly.",
  "Says who follows up on a discount; grants nothing.")
A("en", "Sorry, we can't accept net 75 by email - that needs our deal desk, and they'll follow up.",
  "Names a net figure only to decline it.")

# ---------------------------------------------------------------- German
F("de", "Wie besprochen sind die Lizenzen rechtzeitig vor Ihrem Go-live freigeschaltet, da brauchen Sie sich keine Sorgen machen.",
  "Promises activation before go-live, no date.")
F("de", "Lieferung der Appliances an Ihr Werk in Ingolstadt ist für KW 23 eingeplant, hab grad mit der Logistik telefoniert.",
  "States a delivery week.")
F("de", "Danke für die Bestellung! Unsere Techniker kommen dann direkt nächste Woche zur Installation.",
  "Second sentence states installation timing.")
F("de", "Die Freischaltung klappt sicher noch vor Ihrem Saisonstart, das kriegen wir hin.",
  "Promises activation before the customer's season.")
F("de", "Spätestens zwei Wochen nach Eingang Ihrer PO sind alle User aktiv.",
  "States activation timing relative to the PO.")
F("de", "Bestellung ist bei uns angekommen und damit auch angenommen, alles gut.",
  "Turns receipt into acceptance.")
F("de", "Ihre Bestellnr. 4500031177 haben wir übernommen, der Auftrag gilt hiermit als bestätigt.",
  "Confirms the order.")
F("de", "lt. Ihrer Mail vom Freitag passt alles, wir legen auf Basis Ihrer Bestellung los.",
  "Proceeds on the basis of the PO (acceptance).")
F("de", "Veltra betrachtet den Auftrag als erteilt, um den Rest kümmern wir uns.",
  "Acknowledges the order as placed; company name for 'we'.")
F("de", "Dass die Bestellung über 38.000 € statt der angebotenen 41.500 € läuft, ist für uns ok.",
  "Agrees to a different amount.")
F("de", "Die 10 % Nachlass, die Sie angesprochen haben, geben wir Ihnen gern auf die Erstlaufzeit.",
  "Grants a discount.")
F("de", "Die Einrichtungsgebühr lassen wir diesmal weg, wird nicht berechnet.",
  "Waives a quoted fee (price change).")
F("de", "Danke für die PO. Wir rechnen dann über den Bestellbetrag von 27.900 € ab, auch wenn das Angebot höher war, passt schon.",
  "Agrees to invoice a lower PO amount than quoted.")
F("de", "Zahlungsziel 60 Tage netto ist kein Problem auf unserer Seite.",
  "Accepts net 60.")
F("de", "bzgl. Zahlung: 30 Tage nach Monatsende geht klar, hab ich mit der Buchhaltung abgestimmt",
  "Accepts end-of-month terms.")
F("de", "Die Aufteilung in drei Teilzahlungen übers Jahr sollte passen.",
  "Hedged acceptance of staged payment.")
F("de", "Zahlung erst nach Abnahme - so machen wir das, kein Thema.",
  "Accepts payment on acceptance.")
F("de", "Ihre Einkaufsbedingungen gelten dann für diesen Auftrag, das ist für Veltra in Ordnung.",
  "Lets the customer's terms govern.")
F("de", "Wie telefonisch besprochen haben Ihre AEB Vorrang vor unserem Bestellformular.",
  "Customer's terms take precedence.")
F("de", "Die auf der Bestellung verlinkten Bedingungen akzeptieren wir so, wie sie sind.",
  "Accepts terms linked from the PO.")
F("de", "Die Haftungsklausel nehmen wir raus, das ist bei dem Volumen vertretbar.",
  "Drops the liability clause.")
F("de", "Auf die automatische Verlängerung in §7 verzichten wir Ihnen zuliebe.",
  "Waives a clause.")
F("de", "Ziffer 12.3 (Preisanpassung) streichen wir wie gewünscht ersatzlos.",
  "Deletes a clause.")
F("de", "Die Unterschrift auf dem Order Form brauchen wir nicht mehr, die Bestellung reicht uns.",
  "Proceeds without required signature.")
F("de", "Unterschreiben kann Ihre Rechtsabteilung auch später, wir buchen trotzdem schon mal.",
  "Books before signature.")
F("de", "Bitte beachten: Unsere Bankverbindung hat sich geändert, neue IBAN DE89 3704 0044 0532 0130 00.",
  "States changed bank details.")
F("de", "Überweisungen bitte ab sofort auf unser neues Konto bei der Commerzbank, Kto. 0532013000, BLZ 370 400 44.",
  "States a new account.")
F("de", "Sie sind dann in Kürze live, sobald die Bestellung im System ist.",
  "Activation timing ('in Kürze'), no date.")

A("de", "Vielen Dank für Ihre Bestellung vom 3. März zu Angebot Q-1042, ist bei uns eingegangen.",
  "Date identifies the PO; receipt only.")
A("de", "Lt. Ihrer Mail von gestern fehlt uns noch die USt-IdNr. - könnten Sie die kurz nachreichen?",
  "Asks for missing VAT ID.")
A("de", "Einen Liefertermin kann ich Ihnen per Mail leider nicht zusagen; unser Delivery-Team meldet sich bei Ihnen.",
  "Declines to commit a date; says who follows up.")
A("de", "Zur Frage nach dem Go-live: das klärt Frau Berger aus unserem Projektteam direkt mit Ihnen.",
  "Defers to a named colleague.")
A("de", "Danke, das unterschriebene Signature Packet ist angekommen.",
  "Thanks for what arrived.")
A("de", "Unser Angebot vom 12.02. (Q-2291) hänge ich Ihnen wie gewünscht nochmal an.",
  "Date identifies the quote.")
A("de", "Sie schreiben, dass Ihre Kreditorenbuchhaltung standardmäßig nach 90 Tagen zahlt - das gebe ich an unseren Deal Desk weiter, der sich bei Ihnen meldet.",
  "Reports the customer's term as theirs; defers.")
A("de", "Über Zahlungsbedingungen kann ich hier nichts zusagen, da kommt Veltras Deal Desk auf Sie zu.",
  "Declines; company name for who follows up.")
A("de", "Welche Gesellschaft soll auf der Rechnung stehen, die GmbH oder die Holding?",
  "Question back on billing entity.")
A("de", "Kurze Frage: ist die PO schon raus bei Ihnen? Hab hier noch nix gesehen.",
  "Status question.")
A("de", "Eingang der Bestellung heißt noch nicht, dass sie gebucht ist - das prüft unser Order Desk und meldet sich.",
  "Receipt explicitly not acceptance.")
A("de", "Ihre Änderungswünsche zur Haftungsklausel leite ich an unsere Rechtsabteilung weiter; die antwortet Ihnen separat.",
  "Defers a clause change to legal.")
A("de", "Ohne unterschriebenes Bestellformular können wir den Auftrag leider nicht buchen, schicken Sie es uns bitte unterschrieben zurück.",
  "Neutral process plus request for signature.")
A("de", "Danke für die Registrierung in Ihrem Lieferantenportal, die restlichen Angaben tragen wir dort selbst ein.",
  "Routine supplier onboarding.")
A("de", "Bankverbindungen geben wir grundsätzlich nicht per Mail raus; unsere Buchhaltung meldet sich über die bekannte Telefonnummer.",
  "Declines to state bank details.")
A("de", "Mit freundlichen Grüßen und danke für die schnelle Rückmeldung!",
  "Closing.")
A("de", "Hallo Herr Krämer, danke für Ihre Nachricht vom Montag.",
  "Greeting; date identifies a message.")
A("de", "Auf Ihrer Bestellung fehlt die Kostenstelle. Können Sie die noch ergänzen?",
  "Two sentences requesting missing data.")
A("de", "Ihren Hinweis, dass die AGB auf der Rückseite Ihrer Bestellung gelten sollen, habe ich an Legal weitergegeben.",
  "Reports the customer's claim as theirs, passes it on.")
A("de", "Ob der Rabatt möglich ist, kann ich nicht entscheiden - Herr Yilmaz vom Deal Desk meldet sich dazu.",
  "Defers a discount question.")
A("de", "Wie besprochen schicke ich Ihnen das Order Form nochmal zur Unterschrift, diesmal als PDF.",
  "Resends paperwork for signature.")
A("de", "Ihre neue Rechnungsadresse (Am Hafen 5, 20457 Hamburg) haben wir erhalten, danke.",
  "Acknowledges routine data.")
A("de", "Teilzahlungen kann ich so nicht zusagen; das muss unser Finance-Team prüfen, das sich bei Ihnen meldet.",
  "Declines staged payments, defers.")
A("de", "Gibt es bei Ihnen eine eigene E-Mail-Adresse für Rechnungen, oder soll alles an Sie gehen?",
  "Question back.")
A("de", "Jede Bestellung wird bei uns vor dem Buchen mit dem Angebot abgeglichen; bei Abweichungen meldet sich unser Order Desk.",
  "Neutral description of process.")
A("de", "VG aus München und schönes Wochenende",
  "Abbreviated closing.")
A("de", "Ihre Frage zum Aktivierungszeitpunkt habe ich ans Onboarding-Team weitergeleitet, ich selbst kann dazu nichts zusagen.",
  "Defers activation timing.")

# ---------------------------------------------------------------- French
F("fr", "Pas de souci de notre côté, les licences seront actives bien avant votre mise en prod.",
  "Promises activation before the customer's go-live.")
F("fr", "Suite à notre échange, l'install sur site est calée pour la semaine du 16 juin.",
  "States an installation date.")
F("fr", "Merci pour le BC ! Le colis part demain matin, vous l'aurez en fin de semaine.",
  "Second sentence states shipment and arrival timing.")
F("fr", "On s'organise pour que tout soit opérationnel avant votre saison, promis.",
  "Promises readiness before the customer's season.")
F("fr", "Tout sera livré et installé d'ici la fin du mois, vous pouvez l'annoncer en interne.",
  "States delivery and installation timing.")
F("fr", "BC bien reçu et accepté, la commande est confirmée.",
  "Confirms the order.")
F("fr", "Comme convenu on part sur la base de votre bon de commande, c'est validé pour nous.",
  "Proceeds on the basis of the PO.")
F("fr", "C'est bon, Veltra considère la commande comme passée, on s'occupe du reste.",
  "Acknowledges the order; company name for 'we'.")
F("fr", "Votre commande n° 4500066120 est enregistrée chez nous, vous n'avez plus rien à faire.",
  "Tells the customer the order is booked.")
F("fr", "Le montant de 36 000 € sur votre BC au lieu des 39 800 € du devis, ça nous va.",
  "Agrees to a different amount.")
F("fr", "On peut vous faire les 7 % de remise évoqués au tél, pas de pb.",
  "Grants a discount.")
F("fr", "Les 3 licences en plus, on vous les offre, pas la peine de les mettre sur le BC.",
  "Gives extra quantity free.")
F("fr", "Paiement à 60 jours fin de mois, ça devrait le faire de notre côté.",
  "Hedged acceptance of end-of-month terms.")
F("fr", "Règlement à 45 jours net : ok, je préviens la compta.",
  "Accepts net 45.")
F("fr", "L'échéancier en quatre versements trimestriels nous convient.",
  "Accepts staged payments.")
F("fr", "Paiement seulement après la recette, comme le prévoit votre politique, on valide.",
  "Accepts payment on acceptance.")
F("fr", "Vos conditions générales d'achat s'appliqueront à cette commande, aucun souci.",
  "Lets the customer's terms govern.")
F("fr", "Comme indiqué dans votre mail, vos CGA priment sur notre bon de commande, on est ok avec ça.",
  "Agrees customer terms take precedence.")
F("fr", "Les conditions imprimées au verso de votre BC remplacent les nôtres pour ce contrat.",
  "PO terms supersede ours.")
F("fr", "On retire la clause de reconduction tacite, comme l'a demandé votre juridique.",
  "Drops a clause.")
F("fr", "La clause de limitation de responsabilité, on peut y renoncer pour vous.",
  "Waives a clause.")
F("fr", "L'article 11 sur les pénalités de retard, on le supprime, pas de souci.",
  "Deletes a clause.")
F("fr", "Pas besoin d'attendre la signature du bon de commande, on lance sans.",
  "Proceeds without signature.")
F("fr", "La signature de votre DG pourra suivre, on démarre le déploiement en attendant.",
  "Starts before the required signature.")
F("fr", "Attention, nos coordonnées bancaires ont changé : nouvel IBAN FR76 3000 6000 0112 3456 7890 189.",
  "States changed bank details.")
F("fr", "Merci de virer désormais sur notre compte BNP (RIB ci-joint), l'ancien compte est clôturé.",
  "Says bank details changed and points to new account.")
F("fr", "Vous serez en ligne très vite, dès que le BC est chez nous.",
  "Activation timing without a date.")

A("fr", "Merci pour votre bon de commande du 3 mars, bien reçu.",
  "Date identifies the PO; receipt only.")
A("fr", "Suite à votre mail de mardi, je vous renvoie le bon de commande à signer.",
  "Refers to earlier mail; asks for signature.")
A("fr", "Il nous manque encore votre n° de TVA intracom, pourriez-vous nous le transmettre ?",
  "Requests missing tax ID.")
A("fr", "Je ne peux pas vous confirmer de date de livraison par écrit ; notre équipe livraison reviendra vers vous.",
  "Declines a date; says who follows up.")
A("fr", "Pour la date de mise en service, c'est Julie de l'équipe projet qui vous répondra directement.",
  "Defers timing to a named colleague.")
A("fr", "Merci, le dossier de signature signé nous est bien parvenu.",
  "Thanks for what arrived.")
A("fr", "Vous trouverez ci-joint notre devis du 12 février (Q-2291), comme demandé.",
  "Date identifies the quote.")
A("fr", "Vous indiquez que votre service comptable paie à 60 jours fin de mois ; je transmets à notre deal desk, qui vous recontactera.",
  "Reports customer's terms as theirs; defers.")
A("fr", "Je ne suis pas en mesure de m'engager sur les conditions de paiement, le deal desk de Veltra reviendra vers vous.",
  "Declines; company name for follow-up.")
A("fr", "Pourriez-vous nous préciser l'entité juridique à facturer ? Le BC mentionne deux sociétés.",
  "Question back.")
A("fr", "Petite question : le BC est-il parti de votre côté ? Je ne le vois pas encore.",
  "Status question.")
A("fr", "La réception du BC ne vaut pas acceptation de la commande ; notre service commandes vous écrira séparément.",
  "Receipt explicitly not acceptance.")
A("fr", "Votre demande de modif de la clause de responsabilité est partie chez notre juridique, qui vous répondra.",
  "Defers a clause change.")
A("fr", "Sans bon de commande signé, la commande ne peut pas être enregistrée ; merci de nous le retourner signé.",
  "Neutral process and request.")
A("fr", "Merci de nous avoir créés dans votre portail fournisseurs, nous complétons notre fiche.",
  "Routine onboarding.")
A("fr", "Nous ne communiquons pas de coordonnées bancaires par e-mail ; notre comptabilité vous contactera par le canal habituel.",
  "Declines to state bank details.")
A("fr", "Bien cordialement, et merci encore pour votre réactivité.",
  "Closing.")
A("fr", "Bonjour Mme Lefèvre, merci pour votre message du 5 avril.",
  "Greeting; date identifies a message.")
A("fr", "Le centre de coût n'apparaît pas sur le BC. Pouvez-vous nous l'indiquer ?",
  "Two sentences, request for missing data.")
A("fr", "Vous mentionnez que vos CGA s'appliquent ; c'est un point juridique, notre juriste vous répondra.",
  "Reports customer's claim; defers to legal.")
A("fr", "La remise évoquée ne dépend pas de moi, Karim du deal desk reviendra vers vous.",
  "Defers discount question.")
A("fr", "Cdlt, Thomas - je reste dispo pour les docs manquants si besoin.",
  "Abbreviated closing.")
A("fr", "Nouvelle adresse de facturation bien notée, merci.",
  "Acknowledges routine data.")
A("fr", "L'échelonnement en plusieurs paiements, je ne peux pas le valider moi-même ; notre équipe finance vous recontacte.",
  "Declines staged payment; defers.")
A("fr", "Avez-vous une adresse e-mail dédiée pour l'envoi des factures ?",
  "Question back.")
A("fr", "Chaque BC est comparé au devis avant enregistrement ; en cas d'écart, notre équipe commandes vous contactera.",
  "Neutral description of process.")
A("fr", "Pour la date d'activation je ne peux rien promettre par mail, l'équipe onboarding vous écrira.",
  "Declines and defers activation timing.")
A("fr", "Merci pour l'attestation d'assurance et le Kbis, tout est arrivé.",
  "Thanks for documents received.")

# ---------------------------------------------------------------- Spanish
F("es", "Sin problema, tendréis las licencias activas antes de vuestro arranque.",
  "Promises activation before the customer's start, no date.")
F("es", "Como hablamos, el envío sale el lunes y llega a Zaragoza el miércoles.",
  "States shipment and arrival days.")
F("es", "¡Gracias por la OC! La instalación la hacemos la semana que viene, ya lo tengo apalabrado con el técnico.",
  "Second sentence states installation timing.")
F("es", "Lo tendréis todo funcionando a tiempo para la campaña de verano, no os preocupéis.",
  "Promises readiness before the customer's season.")
F("es", "Una vez firmado, en diez días hábiles estáis operativos, eso seguro.",
  "States activation lead time.")
F("es", "OC recibida y aceptada, el pedido queda confirmado.",
  "Confirms the order.")
F("es", "Seguimos adelante con vuestra orden de compra tal cual, damos el pedido por cerrado.",
  "Accepts the order in other words.")
F("es", "Veltra da por buena la orden 4500098765, ya está en marcha.",
  "Accepts the PO; company name for 'we'.")
F("es", "Perfecto, pedido registrado por nuestra parte, no hace falta nada más.",
  "Tells the customer the order is booked.")
F("es", "Que la OC sea por 52.000 € en vez de los 55.000 € del presupuesto nos vale.",
  "Agrees to a different amount.")
F("es", "Os aplicamos el 12 % de dto. que pedisteis, sin problema.",
  "Grants a discount.")
F("es", "Las 20 licencias extra van sin coste, os lo dejo así.",
  "Gives extra quantity free.")
F("es", "perfecto, lo dejamos en 48k como dijiste por tlf y te mando la factura así",
  "Agrees to a new amount in a casual run-on.")
F("es", "Os igualamos el precio de la otra oferta que tenéis, cerramos a ese importe.",
  "Agrees to a price other than quoted.")
F("es", "Pago a 90 días está bien para nosotros.",
  "Accepts net 90.")
F("es", "Lo de pagar a 60 días fecha factura con día fijo de pago el 25, lo aceptamos.",
  "Accepts the customer's payment run.")
F("es", "Dividir el pago en tres plazos no es problema, lo haremos funcionar.",
  "Accepts staged payments.")
F("es", "Pago a la aceptación del servicio, como marca vuestra política, sin problema.",
  "Accepts payment on acceptance.")
F("es", "Vuestras condiciones generales de compra regirán este pedido, de acuerdo.",
  "Lets customer's terms govern.")
F("es", "Según vuestro correo, vuestras condiciones prevalecen sobre nuestro formulario de pedido y nos parece bien.",
  "Agrees customer's terms take precedence.")
F("es", "Aceptamos que las condiciones del enlace que viene en la OC sustituyan a las nuestras.",
  "Linked PO terms supersede ours.")
F("es", "Quitamos la cláusula de renovación automática como pidió vuestro legal.",
  "Drops a clause.")
F("es", "Renunciamos a la cláusula de intereses de demora para este contrato.",
  "Waives a clause.")
F("es", "No hace falta que firméis el formulario de pedido, con la OC nos basta.",
  "Proceeds without signature.")
F("es", "La firma puede esperar, empezamos el despliegue igualmente.",
  "Starts before signature.")
F("es", "Ojo, hemos cambiado de banco: nuevo IBAN ES91 2100 0418 4502 0005 1332.",
  "States changed bank details.")
F("es", "A partir de ahora transferid a la cuenta nueva del Santander, ES79 0049 1500 0512 3456 7892.",
  "States a new account.")
F("es", "En breve estaréis en producción, en cuanto entre la OC.",
  "Activation timing without a date.")

A("es", "Gracias por vuestra OC del 3 de marzo; la hemos recibido y la está revisando nuestro deal desk.",
  "Date identifies the PO; receipt and who handles it.")
A("es", "Según tu correo del martes, te reenvío el formulario de pedido para firma.",
  "Refers to earlier mail; asks for signature.")
A("es", "Nos falta todavía el NIF de la sociedad a facturar, ¿nos lo podéis mandar?",
  "Requests missing tax ID.")
A("es", "Fechas de entrega no puedo darlas por escrito, lo siento; os llamará alguien de nuestro equipo de entregas.",
  "Declines a date; says who follows up.")
A("es", "Lo de la fecha de puesta en marcha lo lleva Lucía, de proyectos; ella te escribe.",
  "Defers timing to a named colleague.")
A("es", "Gracias, ya tenemos el paquete de firma firmado por vuestro apoderado.",
  "Thanks for what arrived.")
A("es", "Adjunto otra vez nuestro presupuesto del 12 de febrero (Q-2291), como pedíais.",
  "Date identifies the quote.")
A("es", "Comentáis que vuestra política es pagar a 90 días; se lo paso a nuestro deal desk, que os responderá.",
  "Reports customer's term as theirs; defers.")
A("es", "Condiciones de pago no las puedo cerrar yo por correo, el deal desk de Veltra os contactará.",
  "Declines; company name for follow-up.")
A("es", "¿A qué sociedad emitimos la factura, a la S.L. o a la matriz?",
  "Question back.")
A("es", "Una pregunta rápida: ¿ya ha salido la OC por vuestra parte?",
  "Status question.")
A("es", "Recibir la OC no significa que el pedido esté aceptado; nuestro equipo de pedidos os escribirá aparte.",
  "Receipt explicitly not acceptance.")
A("es", "El cambio que proponéis en la cláusula de responsabilidad lo revisa nuestro equipo legal, que os contestará.",
  "Defers a clause change.")
A("es", "Sin el formulario firmado no podemos registrar el pedido; ¿nos lo podéis devolver firmado?",
  "Neutral process and request for signature.")
A("es", "Gracias por darnos de alta en vuestro portal de proveedores, completamos nosotros la ficha.",
  "Routine onboarding.")
A("es", "No facilitamos datos bancarios por correo; nuestro departamento financiero os contactará por la vía habitual.",
  "Declines to state bank details.")
A("es", "Un saludo y gracias por la rapidez.",
  "Closing.")
A("es", "Hola Javier, gracias por tu mensaje del viernes.",
  "Greeting; day identifies a message.")
A("es", "En la OC no aparece el centro de coste. ¿Me lo podrías indicar?",
  "Two sentences requesting missing data.")
A("es", "Decís que se aplican vuestras condiciones de compra; eso lo mira nuestro legal y os responde.",
  "Reports customer's claim; defers.")
A("es", "El descuento no lo decido yo, Marta del deal desk te dirá algo.",
  "Defers discount question.")
A("es", "Anotada la nueva dirección de facturación, gracias.",
  "Acknowledges routine data.")
A("es", "Lo de pagar en tres plazos no lo puedo aprobar yo; finanzas os contactará.",
  "Declines staged payment; defers.")
A("es", "¿Tenéis un buzón específico para recibir facturas electrónicas?",
  "Question back.")
A("es", "Cada OC se coteja con el presupuesto antes de registrarla; si hay diferencias, os escribirá nuestro equipo de pedidos.",
  "Neutral description of process.")
A("es", "Perdona, pero no puedo aceptar 120 días por email; eso lo tiene que ver nuestro deal desk, que te llamará.",
  "Names the figure only to decline it.")
A("es", "Gracias por el certificado de residencia fiscal, ha llegado bien.",
  "Thanks for document received.")

# ---------------------------------------------------------------- Italian
F("it", "tranquilli, le licenze saranno attive ben prima del vostro go-live, ci pensiamo noi",
  "Promises activation before go-live, no date.")
F("it", "Come da accordi telefonici il tecnico passa da voi per l'installazione giovedì prossimo.",
  "States installation day.")
F("it", "Grazie per l'ordine. La merce parte oggi stesso e arriva a Bologna entro 48 ore.",
  "Second sentence states shipment and arrival.")
F("it", "Facciamo in modo che sia tutto pronto in tempo per l'apertura della stagione, contateci.",
  "Promises readiness before the customer's season.")
F("it", "A breve sarete operativi, appena arriva l'OdA.",
  "Activation timing without a date.")
F("it", "Ordine ricevuto e accettato, per noi è tutto ok e si parte.",
  "Accepts the order.")
F("it", "Confermiamo l'ordine n. 4500011223 alle condizioni indicate nel vostro OdA.",
  "Confirms the order on the customer's conditions.")
F("it", "Procediamo sulla base del vostro ordine d'acquisto, lo consideriamo chiuso.",
  "Proceeds on the basis of the PO.")
F("it", "Per Veltra l'ordine è già a sistema, quindi siete a posto così.",
  "Says the order is booked; company name for 'we'.")
F("it", "L'importo di 29.500 € sull'OdA al posto dei 31.200 € dell'offerta va benissimo.",
  "Agrees to a different amount.")
F("it", "Vi riconosciamo lo sconto del 6% di cui si parlava, nessun problema.",
  "Grants a discount.")
F("it", "Le 2 postazioni in più ve le diamo in omaggio.",
  "Gives extra quantity free.")
F("it", "Come da vs mail di ieri, accettiamo l'OdA con quantità ridotta a 40 utenti.",
  "Accepts a reduced quantity.")
F("it", "Pagamento a 90 gg data fattura fine mese: ok per noi.",
  "Accepts end-of-month terms.")
F("it", "Va bene il bonifico a 120 giorni come da vostra prassi.",
  "Accepts net 120.")
F("it", "Possiamo spezzare il pagamento in due tranche, 50% ora e 50% al collaudo, ci organizziamo.",
  "Accepts staged payment tied to acceptance.")
F("it", "ok x il pagamento in 3 rate, fatemi sapere se serve altro",
  "Abbreviated acceptance of instalments.")
F("it", "Le vostre condizioni generali di acquisto si applicano a questo ordine, va bene così.",
  "Lets customer's terms govern.")
F("it", "Come indicato nell'OdA, le vostre condizioni prevalgono sul nostro modulo d'ordine: accettato.",
  "Customer's terms take precedence.")
F("it", "Iniziare il servizio vale come accettazione delle vostre condizioni, per noi nessun problema.",
  "Agrees to acceptance by performance.")
F("it", "Togliamo la clausola di rinnovo tacito, come chiesto dal vostro ufficio legale.",
  "Drops a clause.")
F("it", "Alla penale per ritardato pagamento rinunciamo, non serve metterla.",
  "Waives a clause.")
F("it", "La clausola sulla limitazione di responsabilità la eliminiamo dal contratto.",
  "Deletes a clause.")
F("it", "Non serve la firma sul modulo d'ordine, ci basta l'OdA per partire.",
  "Proceeds without signature.")
F("it", "La firma digitale del vostro AD può arrivare dopo, intanto attiviamo tutto.",
  "Activates before the required signature.")
F("it", "Nota: abbiamo cambiato banca, nuovo IBAN IT60 X054 2811 1010 0000 0123 456.",
  "States changed bank details.")
F("it", "Per i pagamenti usate d'ora in poi il conto presso Intesa, le coordinate vecchie non valgono più.",
  "Says bank details changed.")

A("it", "Ricevuto l'OdA n. 4500011223 del 7/3, grazie mille.",
  "Date identifies the PO; receipt only.")
A("it", "Ci manca ancora il codice SDI per la fatturazione elettronica, potete mandarcelo?",
  "Requests missing invoicing data.")
A("it", "Non posso confermare per iscritto una data di consegna, vi contatterà il nostro team consegne.",
  "Declines a date; says who follows up.")
A("it", "Per la data di installazione vi scrive direttamente Marco del nostro team tecnico.",
  "Defers timing to a named colleague.")
A("it", "Grazie, la visura camerale e il modulo anagrafica sono arrivati.",
  "Thanks for documents received.")
A("it", "Vi rimando in allegato la nostra offerta del 12 febbraio (Q-2291) come richiesto.",
  "Date identifies the quote.")
A("it", "Nel vostro messaggio scrivete che pagate a 90 giorni fine mese: lo giro al nostro deal desk, che vi risponderà.",
  "Reports customer's terms as theirs; defers.")
A("it", "Sulle condizioni di pagamento non posso impegnarmi io, vi ricontatterà il deal desk di Veltra.",
  "Declines; company name for follow-up.")
A("it", "Qual è la ragione sociale corretta per la fattura, la S.r.l. o la capogruppo?",
  "Question back.")
A("it", "Domanda veloce: l'OdA è già partito da voi? Da noi non risulta ancora arrivato.",
  "Status question.")
A("it", "La ricezione dell'OdA non equivale ad accettazione dell'ordine; il nostro ufficio ordini vi scriverà a parte.",
  "Receipt explicitly not acceptance.")
A("it", "La richiesta di modifica alla clausola di responsabilità l'ho girata al nostro legale, vi risponderà lui.",
  "Defers a clause change.")
A("it", "Senza il modulo d'ordine firmato non possiamo registrare l'ordine: ce lo rimandate firmato quando potete?",
  "Neutral process and request.")
A("it", "Grazie per averci registrati sul portale fornitori, completiamo noi i dati mancanti.",
  "Routine onboarding.")
A("it", "Le coordinate bancarie non le comunichiamo via mail; vi contatterà la nostra amministrazione tramite i canali abituali.",
  "Declines to state bank details.")
A("it", "Cordiali saluti e grazie ancora per la disponibilità.",
  "Closing.")
A("it", "Buongiorno dott.ssa Ferri, grazie per la sua mail di lunedì.",
  "Greeting; day identifies a message.")
A("it", "Sull'OdA manca il CIG. Ce lo potete indicare?",
  "Two sentences requesting missing data.")
A("it", "Scrivete che si applicano le vostre condizioni generali; è un tema legale, vi risponderà il nostro ufficio legale.",
  "Reports customer's claim; defers.")
A("it", "Lo sconto non dipende da me, vi farà sapere Giulia del deal desk.",
  "Defers discount question.")
A("it", "Ho ricevuto il nuovo indirizzo di fatturazione, grazie.",
  "Acknowledges routine data.")
A("it", "Il pagamento rateale non posso approvarlo io; vi contatterà il nostro ufficio finanza.",
  "Declines instalments; defers.")
A("it", "Avete una PEC o un indirizzo dedicato per le fatture?",
  "Question back.")
A("it", "Ogni OdA viene confrontato con l'offerta prima della registrazione; in caso di differenze vi contatta l'ufficio ordini.",
  "Neutral description of process.")
A("it", "Sulla data di attivazione non posso promettere nulla per email, vi scriverà il team onboarding.",
  "Declines and defers activation timing.")
A("it", "Come da accordi vi rimando il pacchetto firme: manca solo la pagina 4.",
  "Refers to earlier agreement about paperwork; asks for missing page.")
A("it", "Vi chiedo solo di indicare il numero d'ordine in oggetto quando rispondete, così non si perde nulla.",
  "Request about correspondence handling.")
A("it", "Scusate il ritardo, ho appena ricevuto il vostro OdA e l'ho girato al deal desk per la verifica.",
  "Acknowledges receipt; says who checks it.")

# ---------------------------------------------------------------- Dutch
F("nl", "Geen probleem, de licenties staan ruim op tijd klaar voor jullie go-live.",
  "Promises readiness before go-live, no date.")
F("nl", "Zoals besproken komt de monteur dinsdag 10 juni langs voor de installatie.",
  "States installation date.")
F("nl", "Dank voor de inkooporder! We leveren volgende week, heb het net met logistiek afgestemd.",
  "Second sentence states delivery timing.")
F("nl", "Alles draait ruim voor jullie piekseizoen, daar zorgen we voor.",
  "Promises activation before the customer's season.")
F("nl", "Jullie zijn binnenkort live, zodra de PO binnen is.",
  "Activation timing without a date.")
F("nl", "Inkooporder ontvangen en akkoord, de order staat.",
  "Accepts the order.")
F("nl", "Wij gaan akkoord met jullie PO 4500044556 en nemen hem zo in behandeling.",
  "Accepts the PO.")
F("nl", "Veltra beschouwt de bestelling hiermee als bevestigd.",
  "Confirms the order; company name for 'we'.")
F("nl", "Prima, we gaan uit van jullie PO en pakken het vanaf hier op, je hoeft niks meer te doen.",
  "Proceeds on the basis of the PO.")
F("nl", "Het bedrag van € 18.750 op de PO in plaats van de € 19.900 uit de offerte is voor ons akkoord.",
  "Agrees to a different amount.")
F("nl", "We geven jullie die 15% korting waar je het over had, komt goed.",
  "Grants a discount.")
F("nl", "Die extra 3 gebruikers rekenen we niet, zet ze gewoon op de PO.",
  "Gives extra quantity free.")
F("nl", "We crediteren de dubbele maand op de eerste factuur.",
  "Grants a credit.")
F("nl", "ok voor mij om de order over 2 PO's te splitsen, factureren we gewoon in twee delen",
  "Agrees to split invoicing/staged payment.")
F("nl", "Betaaltermijn 60 dagen is voor ons geen probleem.",
  "Accepts net 60.")
F("nl", "30 dagen na einde maand, dat werkt voor ons.",
  "Accepts end-of-month terms.")
F("nl", "Betalen in twee delen, helft bij start en helft na oplevering, dat regelen we.",
  "Accepts staged payments.")
F("nl", "Betaling pas na acceptatie van de implementatie vinden wij prima.",
  "Accepts payment on acceptance.")
F("nl", "Jullie algemene inkoopvoorwaarden zijn dan van toepassing op deze order, akkoord.",
  "Lets customer's terms govern.")
F("nl", "Zoals gemeld gaan jullie voorwaarden voor op ons orderformulier, dat is oké.",
  "Customer's terms take precedence.")
F("nl", "Door te starten met de levering aanvaarden we jullie voorwaarden, geen bezwaar.",
  "Agrees to acceptance by performance.")
F("nl", "De stilzwijgende verlenging halen we uit het contract, zoals jullie juridische afdeling vroeg.",
  "Drops a clause.")
F("nl", "De aansprakelijkheidsbeperking laten we voor jullie vallen.",
  "Waives a clause.")
F("nl", "Artikel 8 over indexatie schrappen we, komt goed.",
  "Deletes a clause.")
F("nl", "Een handtekening op het orderformulier hebben we niet nodig, de PO is genoeg.",
  "Proceeds without signature.")
F("nl", "Tekenen kan later wel, we starten alvast met de uitrol.",
  "Starts before signature.")
F("nl", "Let op: ons rekeningnummer is gewijzigd, nieuw IBAN NL91 ABNA 0417 1643 00.",
  "States changed bank details.")
F("nl", "Betalingen graag voortaan naar onze G-rekening NL44 RABO 0123 4567 89, de oude rekening vervalt.",
  "States a new account.")

A("nl", "Jullie inkooporder 4500044556 van vrijdag is binnen, dank!",
  "Day identifies the PO; receipt only.")
A("nl", "We missen nog het KvK-nummer van de factuurentiteit, kun je dat sturen?",
  "Requests missing data.")
A("nl", "Een leverdatum kan ik per mail niet toezeggen; ons leveringsteam neemt contact met je op.",
  "Declines a date; says who follows up.")
A("nl", "Over de installatiedatum mailt Sanne van ons projectteam je rechtstreeks.",
  "Defers timing to a named colleague.")
A("nl", "Dank, het getekende signature packet is binnen.",
  "Thanks for what arrived.")
A("nl", "Hierbij nogmaals onze offerte van 12 februari (Q-2291), zoals gevraagd.",
  "Date identifies the quote.")
A("nl", "Je schrijft dat jullie crediteurenadministratie standaard op 90 dagen betaalt; dat leg ik bij onze deal desk neer, die komt bij je terug.",
  "Reports customer's term as theirs; defers.")
A("nl", "Over betaaltermijnen kan ik niks toezeggen, de deal desk van Veltra neemt contact op.",
  "Declines; company name for follow-up.")
A("nl", "Op welke entiteit moet de factuur, de B.V. of de holding?",
  "Question back.")
A("nl", "Even checken: is de PO al verstuurd bij jullie? Ik zie 'm nog niet.",
  "Status question.")
A("nl", "Ontvangst van de PO betekent nog niet dat de order geaccepteerd is; onze orderafdeling laat apart van zich horen.",
  "Receipt explicitly not acceptance.")
A("nl", "De gevraagde aanpassing van de aansprakelijkheidsclausule ligt bij onze juristen, zij reageren hier los op.",
  "Defers a clause change.")
A("nl", "Zonder getekend orderformulier kunnen we de order niet boeken; stuur je het getekend terug?",
  "Neutral process and request.")
A("nl", "Dank voor de registratie in jullie leveranciersportaal, wij vullen onze gegevens daar zelf aan.",
  "Routine onboarding.")
A("nl", "Bankgegevens delen we niet per mail; onze financiële afdeling belt je via het bekende nummer.",
  "Declines to state bank details.")
A("nl", "Met vriendelijke groet, en nogmaals dank voor het snelle schakelen.",
  "Closing.")
A("nl", "Hoi Pieter, dank voor je mail van maandag.",
  "Greeting; day identifies a message.")
A("nl", "Op de PO staat geen kostenplaats. Kun je die nog doorgeven?",
  "Two sentences requesting missing data.")
A("nl", "Jullie geven aan dat jullie inkoopvoorwaarden gelden; dat is een juridische vraag, onze jurist komt erop terug.",
  "Reports customer's claim; defers.")
A("nl", "Of die korting kan, beslis ik niet - Daan van de deal desk laat het je weten.",
  "Defers discount question.")
A("nl", "Nieuw factuuradres ontvangen, dank je.",
  "Acknowledges routine data.")
A("nl", "Betalen in termijnen kan ik zelf niet goedkeuren; onze finance-collega's nemen contact op.",
  "Declines instalments; defers.")
A("nl", "Hebben jullie een apart mailadres voor facturen?",
  "Question back.")
A("nl", "Elke PO wordt vóór het boeken naast de offerte gelegd; bij verschillen hoor je van onze orderafdeling.",
  "Neutral description of process.")
A("nl", "Over de activatiedatum kan ik via mail niks beloven, het onboardingteam mailt je.",
  "Declines and defers activation timing.")
A("nl", "Kun je ook het btw-nummer van de Belgische vestiging meesturen? Dat staat niet op de PO.",
  "Requests missing tax ID.")
A("nl", "Zoals besproken stuur ik het orderformulier nog een keer, nu met de juiste contactpersoon erop.",
  "Resends paperwork as discussed.")

# ---------------------------------------------------------------- Portuguese
F("pt", "Fica tranquilo, as licenças vão estar ativas bem antes do go-live de vocês.",
  "Promises activation before go-live, no date.")
F("pt", "Conforme falamos, a instalação fica para terça-feira, dia 17.",
  "States installation date.")
F("pt", "Obrigado pelo pedido! O equipamento sai amanhã e chega em São Paulo até sexta.",
  "Second sentence states shipment and arrival.")
F("pt", "Vamos deixar tudo pronto com folga antes da alta temporada de vocês.",
  "Promises readiness before the customer's season.")
F("pt", "Vocês vão estar no ar rapidinho, assim que o PO chegar.",
  "Activation timing without a date.")
F("pt", "Pedido de compra recebido e aceito, pode considerar fechado.",
  "Accepts the order.")
F("pt", "A Veltra confirma a encomenda n.º 4500077889 nos termos da vossa nota de encomenda.",
  "Confirms the order on the customer's terms.")
F("pt", "Seguimos com base no vosso pedido, está tudo certo do nosso lado.",
  "Proceeds on the basis of the PO.")
F("pt", "Pedido lançado no nosso sistema, vocês não precisam fazer mais nada.",
  "Tells the customer the order is booked.")
F("pt", "Tudo bem o PO vir com R$ 210.000 em vez dos R$ 225.000 da proposta.",
  "Agrees to a different amount.")
F("pt", "Damos os 10% de desconto que você pediu, sem problema.",
  "Grants a discount.")
F("pt", "As 5 licenças adicionais ficam por nossa conta.",
  "Gives extra quantity free.")
F("pt", "blz, fechamos em 40 usuários em vez de 50 mantendo o preço unitário, te mando a fatura assim",
  "Agrees to a different quantity in a casual run-on.")
F("pt", "Pagamento em 90 dias está ótimo pra gente.",
  "Accepts net 90.")
F("pt", "Pagamento a 60 dias fim do mês, aceitamos.",
  "Accepts end-of-month terms.")
F("pt", "Parcelar em 3 vezes sem problema, a gente dá um jeito.",
  "Accepts instalments.")
F("pt", "Pagamento só após o aceite do projeto, conforme a política de vocês, tudo bem.",
  "Accepts payment on acceptance.")
F("pt", "As condições gerais de compra de vocês valem para esse pedido, ok.",
  "Lets customer's terms govern.")
F("pt", "Conforme o vosso e-mail, as vossas condições prevalecem sobre o nosso formulário de encomenda, sem problema.",
  "Customer's terms take precedence.")
F("pt", "Os termos impressos no verso do pedido substituem os nossos, sem objeção.",
  "PO terms supersede ours.")
F("pt", "Retiramos a cláusula de renovação automática, como o jurídico de vocês pediu.",
  "Drops a clause.")
F("pt", "Abrimos mão da cláusula de multa por atraso de pagamento.",
  "Waives a clause.")
F("pt", "A limitação de responsabilidade a gente tira do contrato, sem estresse.",
  "Deletes a clause.")
F("pt", "Não precisa assinar o formulário de pedido, o PO já basta.",
  "Proceeds without signature.")
F("pt", "A assinatura do diretor pode vir depois, já vamos começar a implantação.",
  "Starts before signature.")
F("pt", "Atenção: mudámos de banco, novo IBAN PT50 0002 0123 1234 5678 9015 4.",
  "States changed bank details.")
F("pt", "Favor depositar a partir de agora na nossa conta nova: Itaú, ag. 0341, c/c 12345-6.",
  "States a new account.")

A("pt", "Recebemos a vossa nota de encomenda de 3 de março, obrigado.",
  "Date identifies the PO; receipt only.")
A("pt", "Ainda falta o CNPJ da empresa que vai ser faturada, pode nos enviar?",
  "Requests missing tax ID.")
A("pt", "Não consigo confirmar data de entrega por e-mail; nossa equipe de entregas vai entrar em contato.",
  "Declines a date; says who follows up.")
A("pt", "Sobre a data de instalação, quem vai falar com você é o Rafael, da nossa equipe de projetos.",
  "Defers timing to a named colleague.")
A("pt", "Obrigado, o pacote de assinaturas assinado chegou.",
  "Thanks for what arrived.")
A("pt", "Segue novamente a nossa proposta de 12 de fevereiro (Q-2291), conforme pedido.",
  "Date identifies the quote.")
A("pt", "Vocês mencionam que o contas a pagar paga em 90 dias; repassei ao nosso deal desk, que vai retornar.",
  "Reports customer's term as theirs; defers.")
A("pt", "Não posso me comprometer com condições de pagamento por aqui, o deal desk da Veltra vai falar com vocês.",
  "Declines; company name for follow-up.")
A("pt", "Qual a razão social correta para a nota fiscal, a Ltda. ou a holding?",
  "Question back.")
A("pt", "Pergunta rápida: o PO já foi emitido aí? Ainda não chegou aqui.",
  "Status question.")
A("pt", "Receber o PO não significa que o pedido foi aceito; nossa equipe de pedidos escreve separadamente.",
  "Receipt explicitly not acceptance.")
A("pt", "O pedido de alteração da cláusula de responsabilidade está com o nosso jurídico, que responderá diretamente.",
  "Defers a clause change.")
A("pt", "Sem o formulário assinado não conseguimos registrar o pedido; pode nos devolver assinado?",
  "Neutral process and request.")
A("pt", "Obrigado por nos cadastrar no portal de fornecedores, vamos completar os nossos dados lá.",
  "Routine onboarding.")
A("pt", "Não enviamos dados bancários por e-mail; o nosso financeiro entra em contato pelo canal habitual.",
  "Declines to state bank details.")
A("pt", "Abraço e obrigado pela agilidade!",
  "Closing.")
A("pt", "Olá Fernanda, obrigado pela sua mensagem de quinta.",
  "Greeting; day identifies a message.")
A("pt", "O PO veio sem centro de custo. Consegue nos informar?",
  "Two sentences requesting missing data.")
A("pt", "Vocês dizem que valem as condições de compra de vocês; isso é com o nosso jurídico, que vai responder.",
  "Reports customer's claim; defers.")
A("pt", "O desconto não depende de mim, a Camila do deal desk vai te responder.",
  "Defers discount question.")
A("pt", "Recebi o novo endereço de faturamento, obrigado.",
  "Acknowledges routine data.")
A("pt", "O parcelamento eu não posso aprovar; o nosso financeiro vai entrar em contato.",
  "Declines instalments; defers.")
A("pt", "Vocês têm um e-mail específico para receber notas fiscais?",
  "Question back.")
A("pt", "Cada PO é conferido com a proposta antes do registro; se houver diferença, a equipe de pedidos avisa.",
  "Neutral description of process.")
A("pt", "Sobre a data de ativação não posso prometer nada por e-mail; a equipe de onboarding vai escrever.",
  "Declines and defers activation timing.")
A("pt", "Pode confirmar o NIF da entidade portuguesa? Não aparece na nota de encomenda.",
  "Requests missing tax ID.")
A("pt", "Como combinado, reenvio o formulário de encomenda para assinatura, agora com a morada correta.",
  "Resends paperwork as agreed.")

# ---------------------------------------------------------------- Polish
F("pl", "Spokojnie, licencje będą aktywne na długo przed Waszym startem.",
  "Promises activation before the customer's start, no date.")
F("pl", "Jak ustaliliśmy, dostawa do magazynu w Poznaniu będzie w przyszły czwartek.",
  "States delivery day.")
F("pl", "dzięki za PO, wdrożenie zrobimy zaraz po majówce",
  "States rollout timing casually.")
F("pl", "Zamówienie otrzymane i przyjęte, działamy dalej.",
  "Accepts the order.")
F("pl", "Kwota 95 tys. zł na PO zamiast 102 tys. z oferty jest dla nas ok.",
  "Agrees to a different amount.")
F("pl", "Rabat 8%, o którym pisaliście - przyznajemy, uwzględnimy na fakturze.",
  "Grants a discount.")
F("pl", "Termin płatności 60 dni pasuje nam bez problemu.",
  "Accepts net 60.")
F("pl", "Płatność w trzech ratach - da się zrobić, coś wymyślimy.",
  "Accepts instalments.")
F("pl", "Wasze ogólne warunki zakupu będą obowiązywać przy tym zamówieniu, zgoda.",
  "Lets customer's terms govern.")
F("pl", "Klauzulę o automatycznym przedłużeniu usuwamy, tak jak prosił Wasz dział prawny.",
  "Drops a clause.")
F("pl", "Podpis na formularzu zamówienia nie jest potrzebny, wystarczy nam PO.",
  "Proceeds without signature.")
F("pl", "Uwaga, zmieniliśmy bank - nowy numer konta PL61 1090 1014 0000 0712 1981 2874.",
  "States changed bank details.")

A("pl", "Dziękujemy za zamówienie z 3 marca, dotarło do nas.",
  "Date identifies the PO; receipt only.")
A("pl", "Brakuje nam jeszcze numeru NIP podmiotu do faktury - czy możecie go przesłać?",
  "Requests missing tax ID.")
A("pl", "Nie mogę potwierdzić mailowo terminu dostawy; skontaktuje się z Wami nasz zespół dostaw.",
  "Declines a date; says who follows up.")
A("pl", "W sprawie warunków płatności odezwie się do Was Anna z naszego deal desku.",
  "Says who follows up.")
A("pl", "Piszecie, że Wasze warunki zakupu mają pierwszeństwo - przekazałem to do naszego działu prawnego, który odpowie.",
  "Reports customer's claim; defers.")
A("pl", "W załączeniu ponownie nasza oferta z 12 lutego (Q-2291).",
  "Date identifies the quote.")
A("pl", "Otrzymanie PO nie oznacza przyjęcia zamówienia; decyzję przekaże osobno nasz dział zamówień.",
  "Receipt explicitly not acceptance.")
A("pl", "Czy formularz zamówienia został już podpisany? Nie widzimy go jeszcze u nas.",
  "Question back about missing signature.")
A("pl", "Dzięki za rejestrację w portalu dostawców, resztę danych uzupełnimy sami.",
  "Routine onboarding.")
A("pl", "Danych bankowych nie podajemy mailem; nasza księgowość skontaktuje się przez zwykły kanał.",
  "Declines to state bank details.")
A("pl", "Dzień dobry Pani Magdo, dziękuję za wiadomość z poniedziałku.",
  "Greeting; day identifies a message.")
A("pl", "Pozdrawiam serdecznie i dzięki za szybką odpowiedź!",
  "Closing.")

# ---------------------------------------------------------------- Swedish
F("sv", "Inga problem, licenserna är aktiverade i god tid före er driftstart.",
  "Promises activation before go-live, no date.")
F("sv", "Som vi pratade om kommer teknikern och installerar vecka 24.",
  "States installation week.")
F("sv", "Ni är igång innan semestrarna, det fixar vi",
  "Promises activation before the holidays.")
F("sv", "Tack för beställningen! Den är härmed bekräftad från vår sida.",
  "Second sentence confirms the order.")
F("sv", "Vi kör på er inköpsorder som den är, ordern är lagd.",
  "Accepts the order in other words.")
F("sv", "Att PO:n är på 410 000 kr istället för offertens 450 000 kr går bra.",
  "Agrees to a different amount.")
F("sv", "30 dagar efter månadens slut funkar för oss.",
  "Accepts end-of-month terms.")
F("sv", "Betalning efter godkänd leverans, som er policy säger, är helt ok.",
  "Accepts payment on acceptance.")
F("sv", "Era inköpsvillkor får gälla före vårt orderformulär, vi har inget emot det.",
  "Customer's terms take precedence.")
F("sv", "Ansvarsbegränsningen stryker vi för er del.",
  "Drops a clause.")
F("sv", "Ni behöver inte signera orderformuläret, vi drar igång ändå.",
  "Proceeds without signature.")
F("sv", "Obs! Vårt bankgiro har ändrats till 5050-1055, det gamla stängs.",
  "States changed bank details.")

A("sv", "Er beställning daterad 3 mars har kommit fram, tack.",
  "Date identifies the PO; receipt only.")
A("sv", "Vi saknar fortfarande organisationsnumret för fakturamottagaren, kan du skicka det?",
  "Requests missing data.")
A("sv", "Jag kan inte lova något leveransdatum via mejl; vårt leveransteam hör av sig.",
  "Declines a date; says who follows up.")
A("sv", "Frågan om betalningsvillkor tar Erik på vår deal desk, han återkommer till dig.",
  "Says who follows up.")
A("sv", "Du skriver att er ekonomiavdelning betalar på 60 dagar; det har jag skickat vidare till vår deal desk.",
  "Reports customer's term as theirs; passes it on.")
A("sv", "Bifogar igen vår offert daterad 12 februari (Q-2291), som du bad om.",
  "Date identifies the quote.")
A("sv", "Att vi tagit emot PO:n betyder inte att ordern är godkänd; vår orderavdelning återkommer separat.",
  "Receipt explicitly not acceptance.")
A("sv", "Har ni hunnit skicka iväg PO:n? Jag ser den inte än.",
  "Status question.")
A("sv", "Tack för registreringen i er leverantörsportal, vi fyller i våra uppgifter själva.",
  "Routine onboarding.")
A("sv", "Bankuppgifter lämnar vi inte ut via mejl; vår ekonomiavdelning kontaktar er på vanligt sätt.",
  "Declines to state bank details.")
A("sv", "Hej Lena, tack för ditt mejl i fredags!",
  "Greeting; day identifies a message.")
A("sv", "Med vänliga hälsningar och tack för snabb återkoppling.",
  "Closing.")

# ---------------------------------------------------------------- Japanese
F("ja", "ご安心ください、御社の本稼働までには余裕をもってライセンスを有効化いたします。",
  "Promises activation before go-live, no date.")
F("ja", "先日お電話でお話しした通り、機器は来週水曜に大阪の倉庫へ納品予定です。",
  "States delivery day.")
F("ja", "ありがとうございます！年度末の繁忙期前には全部使える状態にしておきますね。",
  "Promises readiness before the customer's busy season.")
F("ja", "発注書受領しました、これで正式に受注確定となります。",
  "Turns receipt into order confirmation.")
F("ja", "見積は400万円でしたが、発注書の380万円で進めさせていただきます。",
  "Agrees to a different amount.")
F("ja", "値引き5%の件、了解です、請求書に反映しときます。",
  "Grants a discount, casual.")
F("ja", "お支払いは月末締め翌々月末払いで結構です。",
  "Accepts end-of-month payment terms.")
F("ja", "3回の分割払いでも弊社としては対応可能です。",
  "Accepts instalments.")
F("ja", "御社の購買約款を優先する形で問題ございません。",
  "Customer's terms take precedence.")
F("ja", "自動更新条項は削除いたしますので、ご安心ください。",
  "Drops a clause.")
F("ja", "注文書へのご署名は後日で構いません、先に導入作業を始めます。",
  "Starts before signature.")
F("ja", "振込先口座が変更になりました：みずほ銀行 渋谷支店 普通 1234567。",
  "States changed bank details.")

A("ja", "3月3日付の発注書、確かに受領いたしました。ありがとうございます。",
  "Date identifies the PO; receipt only.")
A("ja", "請求先法人の正式名称とご住所をお知らせいただけますでしょうか。",
  "Requests missing billing data.")
A("ja", "納期につきましてはメールでお約束できかねますため、弊社デリバリー担当より別途ご連絡いたします。",
  "Declines a date; says who follows up.")
A("ja", "支払条件のご相談については、弊社ディールデスクの佐藤より改めてご連絡差し上げます。",
  "Says who follows up.")
A("ja", "御社のメールでは「当社の標準支払条件は90日」とのことですが、こちらは担当部署に確認のうえご回答いたします。",
  "Reports customer's term as theirs; defers.")
A("ja", "2月12日付の弊社見積書（Q-2291）を再送いたします。",
  "Date identifies the quote.")
A("ja", "発注書の受領は注文の承諾を意味するものではございません。承諾については受注担当よりご連絡します。",
  "Receipt explicitly not acceptance.")
A("ja", "署名済みの注文書がまだ届いていないようです。お手数ですがご返送いただけますか。",
  "Requests missing signature.")
A("ja", "サプライヤーポータルへのご登録ありがとうございます、弊社側の情報はこちらで入力いたします。",
  "Routine onboarding.")
A("ja", "口座情報はメールではお伝えしておりません。経理部より通常の窓口経由でご連絡いたします。",
  "Declines to state bank details.")
A("ja", "お世話になっております。先日は早速のご返信ありがとうございました。",
  "Greeting.")
A("ja", "請求書の送付先メールアドレスは、こちらのアドレスでよろしいでしょうか？",
  "Question back.")

# ---------------------------------------------------------------- Turkish
F("tr", "Merak etmeyin, lisanslar canlıya geçişinizden çok önce aktif olur.",
  "Promises activation before go-live, no date.")
F("tr", "Konuştuğumuz gibi kurulum ekibimiz önümüzdeki salı sahada olacak.",
  "States installation day.")
F("tr", "teşekkürler, sezon başlamadan her şey hazır olur merak etmeyin",
  "Promises readiness before the customer's season.")
F("tr", "Satın alma siparişiniz alındı ve onaylandı, süreç başladı.",
  "Confirms the order.")
F("tr", "Teklifte 120.000 € yazıyordu ama siparişteki 110.000 € bizim için uygun.",
  "Agrees to a different amount.")
F("tr", "Ay sonundan itibaren 60 gün vade bizim için sorun değil.",
  "Accepts end-of-month terms.")
F("tr", "Ödemeyi dört taksite bölebiliriz, hallederiz.",
  "Accepts instalments.")
F("tr", "Sizin genel satın alma şartlarınız bu sipariş için geçerli olsun, itirazımız yok.",
  "Lets customer's terms govern.")
F("tr", "Otomatik yenileme maddesini sözleşmeden çıkarıyoruz.",
  "Drops a clause.")
F("tr", "İmzaya gerek yok, siparişiniz yeterli, başlıyoruz.",
  "Proceeds without signature.")
F("tr", "Banka bilgilerimiz değişti, yeni IBAN: TR33 0006 1005 1978 6457 8413 26.",
  "States changed bank details.")

A("tr", "3 Mart tarihli satın alma siparişiniz bize ulaştı, teşekkürler.",
  "Date identifies the PO; receipt only.")
A("tr", "Fatura kesilecek şirketin vergi numarası ve vergi dairesi eksik, iletebilir misiniz?",
  "Requests missing tax ID.")
A("tr", "Teslim tarihini e-posta ile taahhüt edemiyorum; teslimat ekibimiz sizinle iletişime geçecek.",
  "Declines a date; says who follows up.")
A("tr", "Ödeme koşullarıyla ilgili sorunuza deal desk'ten Ayşe Hanım dönüş yapacak.",
  "Says who follows up.")
A("tr", "Kendi satın alma şartlarınızın geçerli olduğunu yazmışsınız; bunu hukuk ekibimize ilettim, size onlar yanıt verecek.",
  "Reports customer's claim; defers.")
A("tr", "12 Şubat tarihli teklifimizi (Q-2291) tekrar ekte gönderiyorum.",
  "Date identifies the quote.")
A("tr", "Siparişin elimize ulaşması onaylandığı anlamına gelmiyor; sipariş ekibimiz ayrıca yazacak.",
  "Receipt explicitly not acceptance.")
A("tr", "İmzalı sipariş formu henüz gelmedi, müsait olduğunuzda gönderebilir misiniz?",
  "Requests missing signature.")
A("tr", "e-Fatura için hangi adresi kullanmamızı istersiniz?",
  "Question back.")
A("tr", "Banka bilgilerini e-posta ile paylaşmıyoruz; muhasebemiz sizinle bilinen kanaldan iletişime geçecek.",
  "Declines to state bank details.")
A("tr", "Merhaba Mehmet Bey, pazartesi günkü mesajınız için teşekkürler.",
  "Greeting; day identifies a message.")
A("tr", "İyi çalışmalar, kolay gelsin.",
  "Closing.")


def main():
    texts = [it["text"] for it in ITEMS]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, dup
    by_expect = Counter(it["expect"] for it in ITEMS)
    assert by_expect["forbid"] == 240 and by_expect["allow"] == 240, by_expect
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    by_lang = Counter((it["lang"], it["expect"]) for it in ITEMS)
    for lang in sorted({it["lang"] for it in ITEMS}):
        print(lang, by_lang[(lang, "forbid")], by_lang[(lang, "allow")])
    print("total", len(ITEMS), dict(by_expect))


if __name__ == "__main__":
    main()
