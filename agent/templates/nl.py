"""Dutch reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="nl",
    name="Dutch",
    conjunction="en",
    fields={
        "po_number": "inkoopordernummer (PO-nummer)",
        "billing_entity": "juridische entiteit en factuuradres",
        "procurement_contact": "contactpersoon inkoop",
        "signature_packet": "ondertekend bestelformulier",
        "tax_detail": "btw-nummer of vrijstellingsverklaring",
        "delivery_prerequisite": "technische voorwaarden (technisch contactpersoon en "
        "tenantgegevens)",
        "supplier_registration": "registratie als leverancier",
    },
    sentences={
        "greet_name": "Beste {name},",
        "greet_anon": "Goedendag,",
        "greet_formal_name": "Geachte {full_name},",
        "greet_formal_anon": "Geachte heer, mevrouw,",
        "thank_received": "Hartelijk dank, wij hebben het volgende ontvangen: {fields}.",
        "thank_message": "Hartelijk dank voor uw bericht.",
        "request_intro": "Om onze administratie voor deze bestelling compleet te maken, hebben "
        "we nog nodig:",
        "request_item": "- {field}",
        "request_ask": "Kunt u ons deze gegevens toesturen?",
        "request_short": "Kunt u ons het volgende sturen: {fields}?",
        "follow_up_done": "Wij hebben op dit moment alles wat wij van u nodig hebben; ons team "
        "neemt contact met u op als er nog iets nodig is.",
        "follow_up_team": "Ons team orderverwerking neemt contact met u op als er nog iets "
        "nodig is.",
        "close": "Met vriendelijke groet,",
        "close_formal": "Hoogachtend,",
        "signature": "Orderverwerking",
    },
)
