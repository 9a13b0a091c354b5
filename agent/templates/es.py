"""Spanish reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="es",
    name="Spanish",
    conjunction="y",
    fields={
        "po_number": "número de orden de compra (PO)",
        "billing_entity": "razón social y dirección de facturación",
        "procurement_contact": "contacto de compras",
        "signature_packet": "formulario de pedido firmado",
        "tax_detail": "número de identificación fiscal (NIF/IVA) o certificado de exención",
        "delivery_prerequisite": "requisitos técnicos previos (contacto técnico y datos del "
        "tenant)",
        "supplier_registration": "alta como proveedor",
    },
    sentences={
        "greet_name": "Hola, {name}:",
        "greet_anon": "Hola:",
        "greet_formal_name": "Estimado/a {full_name}:",
        "greet_formal_anon": "Estimados señores:",
        "thank_received": "Gracias, hemos recibido lo siguiente: {fields}.",
        "thank_message": "Gracias por su mensaje.",
        "request_intro": "Para completar nuestros registros de este pedido, todavía necesitamos:",
        "request_item": "- {field}",
        "request_ask": "¿Podría enviarnos esta información cuando la tenga?",
        "request_short": "¿Podría enviarnos lo siguiente: {fields}?",
        "follow_up_done": "Por ahora tenemos todo lo que necesitamos de su parte y le "
        "escribiremos si surge algo más.",
        "follow_up_team": "Nuestro equipo de gestión de pedidos se pondrá en contacto con usted "
        "si se necesita algo más.",
        "close": "Saludos cordiales,",
        "close_formal": "Atentamente,",
        "signature": "Gestión de pedidos",
    },
)
