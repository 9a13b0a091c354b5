"""extract(): PO facts from the new text of inbound messages and attachment names."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from agent.extract import LISTED, extract
from agent.rules.po_number import po_number_key
from connectors.mailbox.model import MailMessage, MailThread
from tests.agent.test_classify import msg

_T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def thread(*messages: MailMessage) -> MailThread:
    return MailThread(thread_key="t", subject=messages[0].subject, messages=messages)


def one(text: str, **kw: object) -> MailThread:
    return thread(msg(text, **kw))  # type: ignore[arg-type]


# --- PO numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please find attached PO 4500012345.", "4500012345"),
        ("Our SAP order 4500012345 was released today.", "4500012345"),
        ("PO-2026-00871 is attached.", "PO-2026-00871"),
        ("Our PO 2026-00871 is attached.", "2026-00871"),
        ("Ref: P.O. # 77-1193", "77-1193"),
        ("Purchase Order No. 88812 covers the renewal.", "88812"),
        ("PO#: ABC-5521", "ABC-5521"),
        ("PO number: 4500012345", "4500012345"),
        ("Anbei unsere Bestellnummer 4500012345.", "4500012345"),
        ("Bestell-Nr. 4500012346 im Anhang.", "4500012346"),
        ("Veuillez trouver ci-joint le bon de commande n° BC-2291.", "BC-2291"),
    ],
)
def test_po_number_forms(text: str, expected: str) -> None:
    result = extract(one(text))
    assert result.po_number == expected
    assert result.po_number_source == "m1@test"


@pytest.mark.parametrize(
    "text",
    [
        "Call me on +49 4512345678 any time.",
        "Phone: 4512345678",
        "The PO was sent on 2026-03-01.",
        "Quote Q-2026-0412 is approved; OPP-10023 is the deal.",
        "The PO is for $48,000.00 in total.",
        "Our PO for 250 seats is coming.",
        "Please send it to our P.O. Box 1234.",
        "Thanks, talk soon.",
    ],
)
def test_not_a_po_number(text: str) -> None:
    assert extract(one(text)).po_number is None


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("PO_4500012399.pdf", "4500012399"),
        ("PurchaseOrder-77-1193.pdf", "77-1193"),
        ("PO-2026-00871.pdf", "PO-2026-00871"),
        ("Bestellung_4711-22.pdf", "4711-22"),
        ("scan_4500012399.pdf", "4500012399"),
    ],
)
def test_po_number_only_in_attachment_name(filename: str, expected: str) -> None:
    result = extract(one("Please see attached.", files=(filename,)))
    assert result.po_number == expected
    assert result.po_number_source == f"attachment:{filename}@m1@test"


@pytest.mark.parametrize(
    "filename", ["Quote_Q-2026-0412.pdf", "signed_order_form.pdf", "POLICY.pdf"]
)
def test_attachment_without_po_number(filename: str) -> None:
    assert extract(one("See attached.", files=(filename,))).po_number is None


def test_text_po_number_beats_attachment_in_same_message() -> None:
    result = extract(one("PO 4500012345 attached.", files=("PO_4500099999.pdf",)))
    assert result.po_number == "4500012345"


def test_duplicate_po_in_text_yields_to_attached_correct_one() -> None:
    text = "Please cancel the duplicate PO 4500012345, the correct one is attached."
    result = extract(one(text, files=("PO_4500012399.pdf",)))
    assert result.po_number == "4500012399"
    assert result.po_number_source == "attachment:PO_4500012399.pdf@m1@test"


def test_newest_po_number_wins() -> None:
    t = thread(
        msg("PO 4500011111 attached.", mid="a", n=0),
        msg("Sorry, the right PO is 4500022222.", mid="b", n=1),
    )
    result = extract(t)
    assert (result.po_number, result.po_number_source) == ("4500022222", "b")


def test_sent_and_quoted_text_is_ignored() -> None:
    t = thread(
        msg("Please send the PO.", mid="a", n=0),
        msg("Our reference PO 4500033333 for you.", mid="ours", folder="sent", n=1),
        msg("> Our reference PO 4500033333\nThanks, will do.", mid="c", n=2),
    )
    assert extract(t).po_number is None


def test_own_subject_counts_but_reply_subject_does_not() -> None:
    assert extract(one("See attached", subject="PO 4500012345")).po_number == "4500012345"
    assert extract(one("See attached", subject="Re: PO 4500012345")).po_number is None


def test_po_number_key_compares_forms() -> None:
    assert po_number_key("PO-2026-00871") == po_number_key("2026-00871") == "202600871"


# --- billing entity ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please invoice Acme Europe GmbH, Hauptstr. 5, Berlin.", "Acme Europe GmbH"),
        ("Bill to: Acme Holdings, Inc.\n1 Main St", "Acme Holdings, Inc."),
        ("billing entity: Globex Corporation", "Globex Corporation"),
        ("The billing entity is Umbrella Corp. Thanks!", "Umbrella Corp."),
        ("Rechnungsempfänger: Muster Handels GmbH & Co. KG", "Muster Handels GmbH & Co. KG"),
        ("Entité de facturation : Société Exemple SAS", "Société Exemple SAS"),
        ("Please invoice Initech for the renewal.", "Initech"),
        ("  Bill to:   Initech Ltd.  ", "Initech Ltd."),
    ],
)
def test_billing_entity(text: str, expected: str) -> None:
    result = extract(one(text))
    assert result.billing_entity == expected
    assert result.billing_entity_source == "m1@test"


def test_billing_entity_needs_a_name() -> None:
    assert extract(one("Please invoice our German entity.")).billing_entity is None


def test_newest_billing_entity_wins() -> None:
    t = thread(
        msg("Bill to: Old Name GmbH", mid="a", n=0),
        msg("Correction - please invoice New Name AG instead.", mid="b", n=1),
    )
    result = extract(t)
    assert (result.billing_entity, result.billing_entity_source) == ("New Name AG", "b")


# --- tax ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our VAT number is DE136695976.", "DE136695976"),
        ("USt-IdNr.: DE 136 695 976", "DE136695976"),
        ("Numéro de TVA : FR40303265045", "FR40303265045"),
        ("VAT GB980780684", "GB980780684"),
        ("BTW NL004495445B01", "NL004495445B01"),
        ("Our EIN is 12-3456789.", "123456789"),
        ("MWST CHE-116.281.710 MWST", "CHE116281710"),
        ("Kind regards, Contoso Pty Ltd, ABN 51 824 753 556", "51824753556"),
        ("CNPJ: 16.727.230/0001-97", "16727230000197"),
        ("GSTIN 27AAPFU0939F1ZV", "27AAPFU0939F1ZV"),
        ("RFC: GODE561231GR8", "GODE561231GR8"),
        ("Org.nr. 988 077 917", "988077917"),
        # Unlabelled, but the check digits hold.
        ("Rechnung bitte an Contoso GmbH, DE136695976.", "DE136695976"),
    ],
)
def test_tax_id(text: str, expected: str) -> None:
    result = extract(one(text))
    assert result.tax_id == expected
    assert result.tax_id_source == "m1@test"


@pytest.mark.parametrize(
    "text",
    [
        "DE136695977 is on file",  # unlabelled and the check fails
        "de 136695976 le",  # lower case: a word, not a country
        "Tel. +49 89 123 456 789",
        "IBAN DE89 3704 0044 0532 0130 00",
        "VAT: 20% on EUR 1.234,56",
    ],
)
def test_no_tax_id(text: str) -> None:
    assert extract(one(text)).tax_id is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("VAT DE136695977", "DE136695977"), ("Numéro de TVA : FR40303265046", "FR40303265046")],
)
def test_labelled_tax_id_with_a_failing_check_is_still_the_customers(
    text: str, expected: str
) -> None:
    assert extract(one(text)).tax_id == expected


def test_a_validated_tax_id_wins_over_a_labelled_typo_in_a_newer_message() -> None:
    t = thread(
        msg("Our VAT number is DE136695976.", mid="a", n=0),
        msg("Reminder, VAT DE136695977 for the invoice.", mid="b", n=1),
    )
    result = extract(t)
    assert (result.tax_id, result.tax_id_source) == ("DE136695976", "a")


# --- supplier registration and signature packet ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have completed the supplier registration.",
        "Vendor onboarding is complete.",
        "Good news: your vendor number is V-10023.",
        "Coupa: registration complete.",
        "Ariba registration has been completed.",
        "Die Lieferantenregistrierung ist abgeschlossen.",
        "L'inscription fournisseur est terminée.",
    ],
)
def test_registration_complete(text: str) -> None:
    assert extract(one(text)).supplier_registration_complete


@pytest.mark.parametrize(
    "text",
    [
        "Please complete registration in Coupa.",
        "Once registration is complete we will issue the PO.",
        "The supplier registration is not complete yet.",
        "You still need to complete the vendor onboarding.",
    ],
)
def test_registration_not_complete(text: str) -> None:
    assert not extract(one(text)).supplier_registration_complete


@pytest.mark.parametrize(
    "files", [("OrderForm_signed.pdf",), ("Countersigned-Quote.pdf",), ("signature_packet.pdf",)]
)
def test_signed_pdf_attached(files: tuple[str, ...]) -> None:
    assert extract(one("See attached.", files=files)).signature_packet_attached


@pytest.mark.parametrize(
    "text",
    [
        "Attached is the signed order form.",
        "Please find the signature packet attached.",
        "Anbei das unterschriebene Bestellformular.",
        "Ci-joint le bon de commande signé.",
    ],
)
def test_signature_packet_in_text(text: str) -> None:
    assert extract(one(text)).signature_packet_attached


@pytest.mark.parametrize(
    ("text", "files"),
    [
        ("We will send the signed order form next week.", ()),
        ("See attached.", ("design_spec.pdf",)),
        ("See attached.", ("signed_order_form.docx",)),
    ],
)
def test_no_signature_packet(text: str, files: tuple[str, ...]) -> None:
    assert not extract(one(text, files=files)).signature_packet_attached


# --- amounts, quantities, tokens --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Total $48,000.00", "48000.00", "USD"),
        ("USD 48,000 total", "48000", "USD"),
        ("Gesamt 48.000,00 EUR", "48000.00", "EUR"),
        ("Betrag € 12.500", "12500", "EUR"),
        ("EUR 12,500", "12500", "EUR"),
        ("£9,950 for the year", "9950", "GBP"),
        ("CHF 1'200.50", "1200.50", "CHF"),
        ("48 000,00 € TTC", "48000.00", "EUR"),
        ("about $48k", "48000", "USD"),
    ],
)
def test_amounts(text: str, amount: str, currency: str) -> None:
    (money,) = extract(one(text)).amounts
    assert money.amount == Decimal(amount)
    assert money.currency == currency
    assert money.text


def test_amounts_newest_first_and_deduplicated() -> None:
    t = thread(msg("PO for $48,000", mid="a"), msg("Total EUR 5,000 and $48,000", mid="b", n=1))
    amounts = extract(t).amounts
    assert [(m.amount, m.currency) for m in amounts] == [
        (Decimal("5000"), "EUR"),
        (Decimal("48000"), "USD"),
    ]


def test_no_amounts_from_percentages_or_net_terms() -> None:
    assert extract(one("Net 30, 10% of the seats, 250 seats")).amounts == ()


def test_quantities() -> None:
    text = "250 seats, qty 100, 100 licenses and 300 Lizenzen; 40 utilisateurs"
    assert extract(one(text)).quantities == (250, 100, 300, 40)


def test_mentioned_tokens_for_linking() -> None:
    t = thread(
        msg("Re quote Q-2026-0412 / OPP-10023", mid="a"),
        msg("see file", mid="b", n=1, files=("Quote_Q-2026-0999.pdf",)),
    )
    assert extract(t).mentioned_tokens == ("Q-2026-0999", "Q-2026-0412", "OPP-10023")


def test_a_long_thread_lists_the_newest_amounts_quantities_and_tokens_only() -> None:
    """The extraction is checkpointed at every step of a cycle: it must not grow with the
    thread."""
    t = thread(
        *(
            msg(f"Quote Q-2026-{k:04d}: {k + 1} seats, EUR {1000 + k}", mid=f"m{k}", n=k)
            for k in range(60)
        )
    )
    result = extract(t)
    assert len(result.amounts) == len(result.quantities) == len(result.mentioned_tokens) == LISTED
    assert result.amounts[0].amount == Decimal(1059) and result.quantities[0] == 60
    assert result.mentioned_tokens[:2] == ("Q-2026-0059", "Q-2026-0058")


def test_empty_thread_gives_empty_extraction() -> None:
    t = thread(msg("We cannot change payment terms. PO 4500012345.", folder="sent"))
    result = extract(t)
    assert result.po_number is None and result.amounts == () and result.mentioned_tokens == ()
