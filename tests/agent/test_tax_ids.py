"""find_tax_ids: country-shaped tax IDs checked with python-stdnum, labelled or not."""

from __future__ import annotations

import pytest

from agent.rules.tax import find_tax_ids


@pytest.mark.parametrize(
    ("text", "raw", "compact", "kind", "country"),
    [
        ("Our VAT number is DE136695976.", "DE136695976", "DE136695976", "vat", "DE"),
        ("USt-IdNr.: DE 136 695 976", "DE 136 695 976", "DE136695976", "vat", "DE"),
        ("N° TVA intracommunautaire : FR 40 303 265 045", "FR 40 303 265 045", "FR40303265045",
         "vat", "FR"),
        ("P.IVA 00743110157", "00743110157", "00743110157", "iva", "IT"),
        ("NIF: B58378431", "B58378431", "B58378431", "nif", "ES"),
        ("NIPC 501964843", "501964843", "501964843", "nif", "PT"),
        ("BTW-nummer NL004495445B01", "NL004495445B01", "NL004495445B01", "vat", "NL"),
        ("MWST: CHE-116.281.710 MWST", "CHE-116.281.710 MWST", "CHE116281710", "vat", "CH"),
        ("UID CHE-116.281.710", "CHE-116.281.710", "CHE116281710", "vat", "CH"),
        ("Org.nr. 988 077 917", "988 077 917", "988077917", "orgnr", "NO"),
        ("CVR-nr. 13585628", "13585628", "13585628", "cvr", "DK"),
        ("NIP: 856-734-62-15", "856-734-62-15", "8567346215", "nip", "PL"),
        ("IČO/DIČ: CZ25123891", "CZ25123891", "CZ25123891", "vat", "CZ"),
        ("ABN 51 824 753 556", "51 824 753 556", "51824753556", "abn", "AU"),
        ("IRD: 49-091-850", "49-091-850", "49091850", "ird", "NZ"),
        ("GSTIN: 27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "gstin", "IN"),
        ("CNPJ: 16.727.230/0001-97", "16.727.230/0001-97", "16727230000197", "cnpj", "BR"),
        ("RFC: GODE561231GR8", "GODE561231GR8", "GODE561231GR8", "rfc", "MX"),
        ("Our EIN is 04-2103594.", "04-2103594", "042103594", "ein", "US"),
        ("Steuernummer 93815/08152", "93815/08152", "9381508152", "stnr", "DE"),
    ],
)  # fmt: skip
def test_labelled_tax_ids_validate_with_their_country_module(
    text: str, raw: str, compact: str, kind: str, country: str
) -> None:
    [tax] = find_tax_ids(text)
    assert (tax.raw, tax.compact, tax.kind, tax.country) == (raw, compact, kind, country)
    assert tax.validated and tax.labelled
    assert text[tax.start : tax.end] == raw


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("Bitte an Contoso GmbH, DE136695976, fakturieren.", "DE136695976"),
        ("Facturer Fabrikam SAS (FR40303265045) svp.", "FR40303265045"),
        ("Fabrikam Ltd, GB 980 7806 84, London", "GB980780684"),
        ("Fabrikam AG, CHE-116.281.710 MWST, Zürich", "CHE116281710"),
        ("Fabrikam AS, NO 995 525 828 MVA, Oslo", "NO995525828MVA"),
        ("Fabrikam Pty Ltd (51 824 753 556), Sydney", "51824753556"),
        ("Fabrikam Ltda. 16.727.230/0001-97 São Paulo", "16727230000197"),
        ("Fabrikam India 27AAPFU0939F1ZV Pune", "27AAPFU0939F1ZV"),
        ("Fabrikam S.A. de C.V., GODE561231GR8", "GODE561231GR8"),
        ("Fabrikam Inc. 04-2103594 Seattle", "042103594"),
    ],
)
def test_unlabelled_tax_ids_count_when_their_check_digits_hold(text: str, compact: str) -> None:
    [tax] = find_tax_ids(text)
    assert tax.compact == compact and tax.validated and not tax.labelled


@pytest.mark.parametrize(
    "text",
    [
        "Tel. +49 89 123 456 789",  # the ABN shape inside a phone number
        "Rufen Sie mich an: +61 2 9876 5432 oder 0049 30 12345678",
        "Fax: 12-3456789",
        "PO 4500012345, Bestellnummer 123456789, order no. 136695976",
        "Lieferung am 14.03.2025, invoice date 2025-03-14",
        "IBAN DE89 3704 0044 0532 0130 00",  # starts like a German VAT number
        "IBAN BE68 5390 0754 7034",
        "Invoice INV240115001 for quote Q-2026-0412 (OPP-1001)",
        "DE136695977 and FR40303265046",  # shaped right, check digits wrong, no label
        "de 136695976 le 12",  # lower case country codes are words
        "51 824 753 557",  # ABN shape, checksum fails
        "TVA 20 % incluse, MwSt. 19 %, VAT of EUR 1.234,56",
        "VAT: 31.03.2025",
        "Please send us your tax ID; our VAT number follows.",
        "VAT ID PO 4500012345",  # 'PO' is no country
        "VAT number, PO and billing entity: 4500012345",  # another document between
        "Steuernummer und Bestellnummer lauten 4500012345",
    ],
)
def test_near_misses_are_not_tax_ids(text: str) -> None:
    assert find_tax_ids(text) == []


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("VAT DE136695977", "DE136695977"),
        ("Numéro de TVA : FR40303265046", "FR40303265046"),
        ("ABN 51 824 753 557", "51 824 753 557"),
        ("USt-IdNr. DE 136 695 977 bitte", "DE 136 695 977"),
        # the invoice as the number's purpose, and an order named only after the value
        (
            "Nosso CNPJ para a fatura é 33.400.689/0001-08; o pedido segue amanhã.",
            "33.400.689/0001-08",
        ),
        ("Our VAT number for the invoice is GB 123 4567 89. The PO follows.", "GB 123 4567 89"),
    ],
)
def test_a_labelled_value_is_found_even_when_its_check_fails(text: str, raw: str) -> None:
    [tax] = find_tax_ids(text)
    assert tax.raw == raw and tax.labelled and not tax.validated
    assert (tax.kind, tax.country) == ("", "")


def test_trailing_words_are_not_part_of_the_number() -> None:
    [tax] = find_tax_ids("VAT DE136695976 MWST applies")
    assert tax.raw == "DE136695976"


def test_several_in_text_order() -> None:
    text = "ABN 51 824 753 556; for the EU: DE136695976; US EIN 04-2103594"
    assert [t.compact for t in find_tax_ids(text)] == ["51824753556", "DE136695976", "042103594"]


def test_the_abn_in_a_signature_disclaimer() -> None:
    text = (
        "Kind regards,\nJane Citizen\nProcurement | Contoso Pty Ltd\n"
        "Contoso Pty Ltd ABN 51 824 753 556. This e-mail and any attachment are confidential "
        "and may be privileged. If you are not the intended recipient, delete it."
    )
    [tax] = find_tax_ids(text)
    assert (tax.kind, tax.country, tax.compact) == ("abn", "AU", "51824753556")
