"""German reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="de",
    name="German",
    conjunction="und",
    fields={
        "po_number": "Bestellnummer (PO-Nummer)",
        "billing_entity": "Rechnungsempfänger (juristische Person) und Rechnungsanschrift",
        "procurement_contact": "Ansprechpartner im Einkauf",
        "signature_packet": "unterschriebenes Bestellformular",
        "tax_detail": "Umsatzsteuer-Identifikationsnummer oder Freistellungsbescheinigung",
        "delivery_prerequisite": "technische Voraussetzungen (technischer Ansprechpartner und "
        "Tenant-Angaben)",
        "supplier_registration": "Registrierung als Lieferant",
    },
    sentences={
        "greet_name": "Hallo {name},",
        "greet_anon": "Guten Tag,",
        "greet_formal_name": "Guten Tag {full_name},",
        "greet_formal_anon": "Sehr geehrte Damen und Herren,",
        "thank_received": "Vielen Dank, folgende Angaben haben wir erhalten: {fields}.",
        "thank_message": "Vielen Dank für Ihre Nachricht.",
        "request_intro": "Um unsere Unterlagen zu dieser Bestellung zu vervollständigen, "
        "benötigen wir noch:",
        "request_item": "- {field}",
        "request_ask": "Könnten Sie uns diese Angaben bitte zusenden?",
        "request_short": "Könnten Sie uns bitte Folgendes senden: {fields}?",
        "follow_up_done": "Wir haben derzeit alles, was wir von Ihnen benötigen, und melden "
        "uns, falls noch etwas fehlt.",
        "follow_up_team": "Unser Team der Auftragsabwicklung meldet sich bei Ihnen, falls noch "
        "etwas benötigt wird.",
        "close": "Viele Grüße",
        "close_formal": "Mit freundlichen Grüßen",
        "signature": "Auftragsabwicklung",
    },
)
