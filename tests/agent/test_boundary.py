"""Golden sets for the customer-draft boundary: forbidden sentences caught, benign ones pass."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft

FORBIDDEN = [
    # dates and timing, many formats
    "Your licenses will be activated on March 3.",
    "We expect go-live on 3 March 2026.",
    "Delivery is planned for 03/03/2026.",
    "Activation is set for 2026-03-03.",
    "We can have everything ready next Friday.",
    "Access will be provisioned within 5 business days.",
    "We will have this done by end of month.",
    "You should see the keys tomorrow.",
    "Expect the shipment EOW.",
    "Target go-live is mid-April.",
    "We'll aim for the 15th of May.",
    "Setup happens within 48 hours of booking.",
    "Provisioning typically takes 2-3 business days.",
    "We plan to kick off in Q2.",
    "The team can start next week.",
    "Everything will be live by 5pm.",
    "Your account will be ready on Monday.",
    "We are targeting early March for the rollout.",
    "Your seats will be available in the coming days.",
    "Your licenses will be activated shortly.",
    "Ihre Lizenzen werden bis zum 3. März freigeschaltet.",
    "Die Lieferung erfolgt innerhalb von 5 Werktagen.",
    "Wir liefern nächste Woche.",
    "Die Freischaltung ist für Ende des Monats geplant.",
    "Vos licences seront activées d'ici le 3 mars.",
    "La livraison est prévue la semaine prochaine.",
    "La mise en service aura lieu sous 5 jours ouvrés.",
    "Nous livrerons demain.",
    # promises without a date
    "We will ship your order as requested.",
    "Your subscription will be activated after we process the PO.",
    "We guarantee delivery on the requested timeline.",
    # acceptance / confirmation
    "We accept your PO.",
    "Your order is confirmed.",
    "Your order has been booked.",
    "The PO has been processed.",
    "We have processed your purchase order.",
    "We're happy to proceed with your order.",
    "Please treat this email as order confirmation.",
    "Wir bestätigen Ihre Bestellung.",
    "Ihre Bestellung wurde angenommen.",
    "Nous confirmons votre commande.",
    "Votre commande a été enregistrée.",
    # commercial changes
    "We can offer 10% off the list price.",
    "We agree to net 60.",
    "We'll extend the term to 24 months.",
    "We can give you a 5% discount if you sign this quarter.",
    "Happy to waive the implementation fee.",
    "We will issue a credit for the first month.",
    "Net 45 works for us.",
    "We are able to lower the price per seat.",
    "Wir gewähren Ihnen einen Rabatt von 10 %.",
    "Wir können das Zahlungsziel auf 60 Tage verlängern.",
    "Nous pouvons accorder une remise de 5 %.",
    "Nous acceptons un délai de paiement de 60 jours.",
    # bank / remit-to
    "Please remit to the account below.",
    "Our IBAN is DE89 3704 0044 0532 0130 00.",
    "SWIFT: COBADEFFXXX",
    "Bank account number: 12345678, routing number 021000021.",
    "Unsere Bankverbindung lautet wie folgt.",
    "Voici nos coordonnées bancaires.",
    # links and images
    "You can track the order at https://portal.example.com/orders/123.",
    "See www.example.com for details.",
    "Register at supplier-portal.io/register please.",
    '<img src="https://tracker.example.com/p.gif">',
    "![logo](https://cdn.example.com/logo.png)",
]

BENIGN = [
    "Thank you for sending the PO.",
    "Could you send the billing entity and VAT number?",
    "We have received your supplier registration.",
    "Our deal desk will review the requested payment terms and get back to you.",
    "Thank you, we have received your purchase order.",
    "We confirm receipt of your PO and will review it.",
    "Could you share the PO number once it is available?",
    "Please let us know the legal name of the billing entity.",
    "Could you confirm which entity we should invoice?",
    "We still need your tax ID to complete the order paperwork.",
    "Could you send us the signed order form?",
    "Our team will be in touch with next steps.",
    "Thanks for completing the vendor registration in Coupa.",
    "Please find attached our W-9 as requested.",
    "Could you tell us which supplier portal you use?",
    "We have passed your question on to the account team.",
    "Your account manager will follow up about the timeline.",
    "Thank you for your patience.",
    "Best regards,\nThe Order Desk",
    "Hello Maria,",
    "Could you send the PO to orders@vendor.example?",
    "Please reply to po-desk@vendor.example with any questions.",
    "We noticed the PO does not reference a quote number; could you add it?",
    "Could you confirm the PO number on the attached document?",
    "We will pass your discount question to the deal desk.",
    "Your request about the contract term has been forwarded to the deal desk.",
    "The deal desk owns any questions on pricing.",
    "Once your order is booked, our team will reach out.",
    "Could you let us know your preferred billing contact?",
    "We have everything we need for now.",
    "Is there a purchase order number we should reference?",
    "Could you confirm the ship-to address for our records?",
    "Please include the PO number on all correspondence.",
    "We appreciate your business.",
    "Please let us know if anything is unclear.",
    "Thanks again, and have a good day.",
    "Could you send the registration form from your procurement portal?",
    "We have noted the billing entity Acme Europe GmbH.",
    "The VAT number DE136695976 has been noted.",
    "Thank you for the quick reply.",
    "Vielen Dank für die Bestellung.",
    "Könnten Sie uns bitte die USt-IdNr. senden?",
    "Wir haben Ihre Lieferantenregistrierung erhalten.",
    "Bitte teilen Sie uns den Rechnungsempfänger mit.",
    "Unser Deal Desk prüft die gewünschten Zahlungsbedingungen.",
    "Mit freundlichen Grüßen",
    "Guten Morgen Frau Schmidt,",
    "Merci pour l'envoi du bon de commande.",
    "Pourriez-vous nous transmettre votre numéro de TVA ?",
    "Nous avons bien reçu votre inscription fournisseur.",
    "Pourriez-vous préciser l'entité de facturation ?",
    "Notre équipe reviendra vers vous.",
    "Cordialement,",
    "We may need a copy of your W-9 as well.",
    "Could you send the PO as a PDF?",
    "Our records show the quote Q-2026-0412; could you confirm the PO references it?",
    "Please reference OPP-10023 in your reply.",
    "Could you forward this to your accounts payable team?",
    "The attached file PO_4500012345.pdf could not be opened; could you resend it?",
    "Please see https://help.vendor.example/po for the PO checklist.",
]


@pytest.mark.parametrize("sentence", FORBIDDEN)
def test_forbidden_sentence_is_caught(sentence: str) -> None:
    verdict = check_customer_draft(sentence)
    assert not verdict.allowed, sentence
    assert verdict.reasons


@pytest.mark.parametrize("sentence", BENIGN)
def test_benign_sentence_passes(sentence: str) -> None:
    verdict = check_customer_draft(sentence, allowed_link_domains=("vendor.example",))
    assert verdict.allowed, verdict.reasons


def test_golden_sets_are_large_enough() -> None:
    assert len(FORBIDDEN) >= 60 and len(BENIGN) >= 60


def test_reason_names_the_offending_sentence() -> None:
    verdict = check_customer_draft("Thanks! Your licenses will be activated by 3 May.")
    assert verdict.reasons == (
        "promises delivery, shipment, installation, activation or go-live timing: "
        "'Your licenses will be activated by 3 May.'",
    )


def test_link_outside_allowlist_is_blocked_even_if_subdomain_lookalike() -> None:
    verdict = check_customer_draft(
        "See https://vendor.example.evil.com/x", allowed_link_domains=("vendor.example",)
    )
    assert not verdict.allowed


def test_allowlisted_subdomain_passes() -> None:
    verdict = check_customer_draft(
        "See https://docs.vendor.example/po", allowed_link_domains=("vendor.example",)
    )
    assert verdict.allowed


def test_image_is_blocked_even_from_allowlisted_domain() -> None:
    verdict = check_customer_draft(
        '<img src="https://vendor.example/logo.png">', allowed_link_domains=("vendor.example",)
    )
    assert not verdict.allowed


def test_empty_draft_passes() -> None:
    assert check_customer_draft("").allowed


def test_several_violations_are_all_reported() -> None:
    verdict = check_customer_draft(
        "We accept your PO, can offer 10% off and will activate the licenses tomorrow. "
        "Please remit to IBAN DE89370400440532013000."
    )
    text = " ".join(verdict.reasons)
    for what in ("accepts", "agrees to a price", "timing", "bank"):
        assert what in text
