"""Masking local formats: amounts, bank details and tax IDs as people write them."""

from __future__ import annotations

import re

import pytest

from agent.assist import AssistSettings, assist
from agent.assist.fence import fence_messages
from agent.assist.mask import Masker, find_sensitive
from connectors.mailbox import build_threads, parse_message
from sandboxes.model import ModelSandbox
from tests.agent.assist.conftest import adapter
from tests.agent.assist.support import rules_path
from tests.builders import message


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gesamtbetrag 1.234,56 € inkl. MwSt.", "1.234,56 €"),
        ("Montant : EUR 12 500,00 HT", "EUR 12 500,00"),
        ("Montant : 12\u202f500,00\u00a0€ HT", "12\u202f500,00\u00a0€"),
        ("Jahrespreis CHF 12'500.– netto", "CHF 12'500.–"),
        ("Preis Fr. 12’500.-- pro Jahr", "Fr. 12’500.--"),
        ("Valor total R$ 10.000,00 por ano", "R$ 10.000,00"),
        ("Total $48,000.00 per year", "$48,000.00"),
        ("Budget is 48k USD", "48k USD"),
        ("Annual fee ₹ 1,20,000", "₹ 1,20,000"),
        ("Summa 12 500 kr per år", "12 500 kr"),
        ("Kwota 4 500,00 zł netto", "4 500,00 zł"),
        ("Rabatt: 12.500,- EUR", "12.500,- EUR"),
    ],
)
def test_amounts_in_local_formats_are_masked_whole(text: str, value: str) -> None:
    masker = Masker()
    masked = masker.mask(text)
    assert "[AMOUNT_1]" in masked and digits(value) not in digits(masked)
    assert masker.masked["[AMOUNT_1]"] == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("IBAN: de89 3704 0044 0532 0130 00", "IBAN"),
        ("Bitte auf DE89370400440532013000 überweisen", "IBAN"),
        ("SWIFT/BIC: COBADEFFXXX", "BIC"),
        ("Code BIC : BNPAFRPP", "BIC"),
        ("Kontonummer 1234567890, BLZ 370 400 44", "ACCOUNT"),
        ("Numéro de compte : 00012345678", "ACCOUNT"),
        ("BSB 062-000 account 1234 5678", "ACCOUNT"),
        ("Agência 1234-5, conta corrente 12345-6", "ACCOUNT"),
        ("CLABE 002010077777777771", "ACCOUNT"),
        ("Pay into 01-0242-0100194-00 please", "ACCOUNT"),
        ("ABN 51 824 753 556", "TAX_ID"),
        ("NIF: B58378431", "TAX_ID"),
        ("CNPJ 16.727.230/0001-97", "TAX_ID"),
    ],
)
def test_bank_details_and_tax_ids_are_masked(text: str, kind: str) -> None:
    found = find_sensitive(text)
    assert [s.kind for s in found][:1] == [kind]
    masked = Masker().mask(text)
    assert not re.search(r"\d{3}", masked.replace(f"[{kind}_1]", "")), masked


def test_a_tax_id_shaped_like_an_iban_is_named_a_tax_id() -> None:
    assert Masker().mask("BTW NL004495445B01") == "BTW [TAX_ID_1]"


def test_overlapping_finds_are_masked_as_one() -> None:
    masker = Masker()
    masked = masker.mask("Account number: DE89 3704 0044 0532 0130 00 (EUR 12.500,00)")
    assert masked == "Account number: [IBAN_1] ([AMOUNT_1])"


@pytest.mark.parametrize(
    "text",
    [
        "Contoso GmbH, DE123456789, Berlin",  # check digits fail: not a tax ID, still masked
        "W-9 attached as W9_Contoso_98-7654320.pdf",
        "Fabrikam Pty Ltd 12 345 678 901",
        # a Peppol participant ID carries the company's register or VAT number
        "Send e-invoices via Peppol to 0088:7315458756324, please.",
        "Peppol-ID 9930:DE811234567 (Eingangsrechnungen)",
    ],
)
def test_made_up_numbers_shaped_like_tax_ids_are_masked(text: str) -> None:
    assert "[TAX_ID_1]" in Masker().mask(text)


def test_a_grouped_figure_after_a_plus_sign_is_masked_and_a_phone_number_is_not() -> None:
    masked = Masker().mask("Reach +25.000 buyers; call us on +49 30 5557 2210.")
    assert "25.000" not in masked and "+49 30 5557 2210" in masked


def test_a_value_found_once_in_a_thread_is_masked_wherever_it_recurs() -> None:
    first = message("Our Partita IVA è 12345678901.", n=0)
    second = message("Please put 12345678901 on the invoice, and 123 4567 8901 too.", n=1)
    mail = fence_messages([first, second], budget_tokens=1000, masker=Masker())
    assert "12345678901" not in mail.text and "4567" not in mail.text
    assert mail.text.count("[TAX_ID_1]") == 3


@pytest.mark.parametrize(
    "text",
    [
        "PO 4500012871 for quote Q-2026-0412 (OPP-1001), 250 seats",
        "Tel. +49 89 123 456 789, Fax +61 2 9876 5432",
        "Lieferung bis 14.03.2025; invoice date 2025-03-14; Bestellnummer 123456789",
        "Invoice INV240115001, vendor no. V-10023",
    ],
)
def test_identifiers_needed_for_triage_stay_readable(text: str) -> None:
    assert Masker().mask(text) == text


DISCLAIMER_MAIL = (
    "From: Jane Citizen <jane.citizen@contoso.example>\r\n"
    "To: orders@vendor.example\r\n"
    "Subject: PO 4500012345 for quote Q-2026-0412\r\n"
    "Message-ID: <abn-disclaimer@contoso.example>\r\n"
    "Date: Mon, 02 Mar 2026 09:00:00 +1100\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello,\r\n\r\nplease find our PO 4500012345 attached.\r\n\r\n"
    "Kind regards,\r\nJane Citizen\r\nProcurement | Contoso Pty Ltd\r\n\r\n"
    "Contoso Pty Ltd ABN 51 824 753 556 (also 51 824 753 556 for GST). This e-mail is "
    "confidential. If you are not the intended recipient, please delete it.\r\n"
)


def test_an_abn_in_a_signature_disclaimer_never_reaches_the_model(
    cooperative: ModelSandbox,
) -> None:
    message = parse_message(DISCLAIMER_MAIL.encode(), source="abn.eml")
    assert "51 824 753 556" in message.new_text  # the disclaimer is part of what is sent
    [thread] = build_threads([message])
    view = rules_path(thread)
    assist(
        view.thread,
        view.extraction,
        view.classification,
        view.packet,
        model=adapter(cooperative),
        settings=AssistSettings(consult_on_not_po=True),
    )
    [prompt] = cooperative.prompts()
    assert "Contoso Pty Ltd" in prompt and "[TAX_ID_1]" in prompt
    assert "51 824 753 556" not in prompt and "51824753556" not in re.sub(r"\s", "", prompt)
    assert view.extraction.tax_id == "51824753556"
