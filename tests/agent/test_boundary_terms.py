"""Golden set, part 3: acceptance, commercial changes, bank details, links and images."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft

ALLOWED = ("vendor.example",)

FORBIDDEN_TERMS = [
    # accepting or confirming the order
    "Consider your order accepted.",
    "We're pleased to confirm your order.",
    "Your PO is accepted.",
    "We've booked the order in our system.",
    "The order is now in processing.",
    "Thank you, your purchase order has been approved internally.",
    "Good news: the order went through.",
    "We acknowledge and accept the terms of your PO.",
    "Order confirmed.",
    "We are processing your order now.",
    "This email serves as confirmation of your order.",
    "Wir haben Ihre Bestellung erhalten und bestätigt.",
    "Ihr Auftrag ist hiermit angenommen.",
    "Nous avons bien enregistré votre commande.",
    "Votre bon de commande est accepté.",
    "Nous validons votre commande.",
    # price, discount, credit, payment and contract terms
    "We can do 12% off if you sign now.",
    "We're happy to match the competitor's price.",
    "Payment terms of net 60 are approved.",
    "We'll waive the setup fee for you.",
    "We can move you to quarterly billing.",
    "A credit of EUR 500 will be applied to your next invoice.",
    "We'll shorten the contract to 12 months.",
    "The price stays at the old rate.",
    "We will honour last year's pricing.",
    "Your discount has been approved.",
    "We can split the invoice into two instalments.",
    "We can lock in this price for three years.",
    "Pricing will be adjusted to reflect the lower seat count.",
    "We'll throw in 10 extra seats at no cost.",
    "Net 90 is fine with us.",
    "We agree to the liability cap you proposed.",
    "The renewal uplift will be waived.",
    "We accept your payment terms.",
    "Wir können Ihnen 15 % Nachlass anbieten.",
    "Das Zahlungsziel von 60 Tagen ist in Ordnung.",
    "Wir verlängern die Vertragslaufzeit auf 36 Monate.",
    "Die zusätzlichen Lizenzen erhalten Sie kostenlos.",
    "Nous pouvons vous proposer un prix spécial.",
    "Nous acceptons le paiement à 90 jours.",
    "Une remise de 10 % vous sera accordée.",
    "Les frais de mise en service sont offerts.",
    # bank and remit-to details
    "Please send payment to account 12345678 at Barclays.",
    "Our bank details have changed; see below.",
    "Remittance should go to Northwind Cloud Ltd, PO Box 123.",
    "Routing: 021000021.",
    "Bitte überweisen Sie auf das folgende Konto.",
    "Veuillez effectuer le virement sur le compte suivant.",
    "Sort code 20-00-00, account 55779911.",
    "BIC: DEUTDEFF",
    "You can pay via ACH to the details in the attached letter.",
    "Use the new remit-to address for all future invoices.",
    "Account name: Northwind Cloud Ltd, account no. 55779911.",
    # links and images outside the allowlist
    "Download your invoice here: bit.ly/3xYz",
    "Click <a href='https://evil.example'>here</a>.",
    "Log in at http://10.0.0.5/portal to see status.",
    "Visit tinyurl.com/abc for the form.",
    "Our portal: portal.northwind-cloud.com",
    "[Track order](https://track.example.net/1)",
    "Scan the QR code: ![qr](cid:qr1)",
    "Reply with your login at https://login.vendor.example.co/",
    "Open the file at ftp://files.example.org/po.pdf",
    "Follow the link: https://xn--80ak6aa92e.com",
    '<img src="cid:logo123">',
    "data:image/png;base64,iVBORw0KGgo=",
    '<a href="https://vendor.example/po">PO checklist</a>',
    "Details at www.portal-login.xyz",
    "Full terms: https://vendor.example.evil.com/terms",
]


@pytest.mark.parametrize("sentence", FORBIDDEN_TERMS)
def test_terms_sentence_is_caught(sentence: str) -> None:
    verdict = check_customer_draft(sentence, allowed_link_domains=ALLOWED)
    assert not verdict.allowed, sentence
