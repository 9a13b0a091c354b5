"""Italian reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="it",
    name="Italian",
    conjunction="e",
    fields={
        "po_number": "numero dell'ordine di acquisto (PO)",
        "billing_entity": "ragione sociale e indirizzo di fatturazione",
        "procurement_contact": "referente acquisti",
        "signature_packet": "modulo d'ordine firmato",
        "tax_detail": "partita IVA o certificato di esenzione",
        "delivery_prerequisite": "prerequisiti tecnici (referente tecnico e dati del tenant)",
        "supplier_registration": "registrazione come fornitore",
    },
    sentences={
        "greet_name": "Buongiorno {name},",
        "greet_anon": "Buongiorno,",
        "greet_formal_name": "Gentile {full_name},",
        "greet_formal_anon": "Gentili signori,",
        "thank_received": "Grazie, abbiamo ricevuto quanto segue: {fields}.",
        "thank_message": "Grazie per il vostro messaggio.",
        "request_intro": "Per completare la nostra documentazione relativa a questo ordine, "
        "ci mancano ancora:",
        "request_item": "- {field}",
        "request_ask": "Potreste inviarci queste informazioni quando le avete a disposizione?",
        "request_short": "Potreste inviarci quanto segue: {fields}?",
        "follow_up_done": "Al momento abbiamo tutto ciò che ci serve e vi ricontatteremo se "
        "dovesse servire altro.",
        "follow_up_team": "Il nostro team gestione ordini vi contatterà se servisse altro.",
        "close": "Cordiali saluti,",
        "close_formal": "Distinti saluti,",
        "signature": "Gestione ordini",
    },
)
