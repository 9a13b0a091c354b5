"""French reply sentences (reviewed). Field names stand without article, as a list."""

from agent.templates.model import LanguagePack

PACK = LanguagePack(
    code="fr",
    name="French",
    conjunction="et",
    fields={
        "po_number": "numéro de bon de commande (PO)",
        "billing_entity": "entité juridique et adresse de facturation",
        "procurement_contact": "contact achats",
        "signature_packet": "formulaire de commande signé",
        "tax_detail": "numéro de TVA intracommunautaire ou attestation d'exonération",
        "delivery_prerequisite": "prérequis techniques (contact technique et informations sur "
        "le tenant)",
        "supplier_registration": "référencement fournisseur",
    },
    sentences={
        "greet_name": "Bonjour {name},",
        "greet_anon": "Bonjour,",
        "greet_formal_name": "Bonjour {full_name},",
        "greet_formal_anon": "Madame, Monsieur,",
        "thank_received": "Merci, nous avons bien reçu les éléments suivants : {fields}.",
        "thank_message": "Merci pour votre message.",
        "request_intro": "Pour compléter notre dossier relatif à cette commande, il nous "
        "manque encore :",
        "request_item": "- {field}",
        "request_ask": "Pourriez-vous nous transmettre ces éléments ?",
        "request_short": "Pourriez-vous nous transmettre les éléments suivants : {fields} ?",
        "follow_up_done": "Nous avons tout ce qu'il nous faut de votre part et reviendrons vers "
        "vous si nécessaire.",
        "follow_up_team": "Notre équipe administration des ventes reviendra vers vous si "
        "d'autres éléments sont nécessaires.",
        "close": "Cordialement,",
        "close_formal": "Veuillez agréer nos salutations distinguées,",
        "signature": "Administration des ventes",
    },
)
