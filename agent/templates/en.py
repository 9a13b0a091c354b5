"""English reply sentences (reviewed)."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="en",
    name="English",
    conjunction="and",
    fields={
        "po_number": "purchase order (PO) number",
        "billing_entity": "legal billing entity and invoice address",
        "procurement_contact": "procurement contact",
        "signature_packet": "signed signature packet / order form",
        "tax_detail": "tax ID (VAT or EIN) or exemption certificate",
        "delivery_prerequisite": "delivery prerequisites (technical contact and tenant details)",
        "supplier_registration": "supplier / vendor registration",
    },
    sentences={
        "greet_name": "Hello {name},",
        "greet_anon": "Hello,",
        "greet_formal_name": "Dear {full_name},",
        "greet_formal_anon": "Dear Sir or Madam,",
        "thank_received": "Thank you for sending the {fields}.",
        "thank_message": "Thank you for your message.",
        "request_intro": "To complete our records for this order we still need:",
        "request_item": "- the {field}",
        "request_ask": "Could you send these when you have them?",
        "request_short": "Could you send us the {fields}?",
        "follow_up_done": "We have what we need from you for now and will be in touch if "
        "anything else comes up.",
        "follow_up_team": "Our order operations team will get back to you if anything else "
        "is needed.",
        "close": "Best regards,",
        "close_formal": "Kind regards,",
        "signature": "Order Operations",
    },
)
