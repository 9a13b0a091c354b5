"""Portuguese reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="pt",
    name="Portuguese",
    conjunction="e",
    fields={
        "po_number": "número da ordem de compra (PO)",
        "billing_entity": "razão social e endereço de faturação",
        "procurement_contact": "responsável de compras",
        "signature_packet": "formulário de pedido assinado",
        "tax_detail": "número de identificação fiscal (NIF) ou certificado de isenção",
        "delivery_prerequisite": "pré-requisitos técnicos (responsável técnico e dados do tenant)",
        "supplier_registration": "registo como fornecedor",
    },
    sentences={
        "greet_name": "Olá {name},",
        "greet_anon": "Olá,",
        "greet_formal_name": "Prezado(a) {full_name},",
        "greet_formal_anon": "Prezados senhores,",
        "thank_received": "Obrigado, recebemos o seguinte: {fields}.",
        "thank_message": "Obrigado pela sua mensagem.",
        "request_intro": "Para completar a documentação deste pedido, ainda precisamos de:",
        "request_item": "- {field}",
        "request_ask": "Poderia enviar-nos estas informações quando as tiver?",
        "request_short": "Poderia enviar-nos o seguinte: {fields}?",
        "follow_up_done": "Neste momento temos tudo o que precisamos da sua parte e avisaremos "
        "se for necessário mais alguma coisa.",
        "follow_up_team": "A nossa equipa de gestão de pedidos entrará em contato se for "
        "necessário mais alguma coisa.",
        "close": "Cumprimentos,",
        "close_formal": "Atenciosamente,",
        "signature": "Gestão de pedidos",
    },
)
