"""PO numbers as customers write them in their own languages, in text and file names; which of
several numbers is the valid one."""

from __future__ import annotations

import pytest

from agent.extract import extract
from agent.rules.po_number import po_number_in_filename, po_numbers_in_text
from tests.agent.test_classify import msg
from tests.agent.test_extract import one, thread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # es, pt: orden de compra / OC, pedido (de compra), nota de encomenda
        ("Os enviamos la orden de compra 7300045512 firmada.", "7300045512"),
        ("Te reenvío la OC 0042-00031877 para su trámite.", "0042-00031877"),
        ("Adjuntamos el pedido PED-VAL-25-00812 según su oferta.", "PED-VAL-25-00812"),
        ("Segue o pedido de compra nº 3318822 referente à proposta.", "3318822"),
        ("Junto enviamos a nota de encomenda NE 2025/311.", "NE 2025/311"),
        # it: ordine d'acquisto / ODA / numero d'ordine
        ("In allegato l'ordine di acquisto n. 25/ACQ/00917.", "25/ACQ/00917"),
        ("Vi comunico il numero d'ordine per i corsi (offerta X-12): 771/25", "771/25"),
        ("Per la fatturazione: ODA 4700031122.", "4700031122"),
        # fr: commande, bon de commande, engagement juridique
        ("Veuillez trouver notre commande d'achat N° CA-2511-0042.", "CA-2511-0042"),
        ("La dépense est engagée : engagement juridique n° 1300227781.", "1300227781"),
        # nl: inkooporder, bestelbon
        ("Bijgaand inkooporder IO-25-3310 voor de licenties.", "IO-25-3310"),
        ("Hierbij de bestelbon BB25-0771.", "BB25-0771"),
        # de: Bestellung on the next line, in parentheses
        ("Bitte geben Sie immer unsere Bestellnummer (26-88410) an.", "26-88410"),
        ("Die Zahlung der Bestellung\n4412093321 erfolgt nach Registrierung.", "4412093321"),
        # pl, cs, sv
        ("W załączeniu zamówienie nr ZAM/2025/1187.", "ZAM/2025/1187"),
        ("Zasíláme objednávku č. OBJ-2025-2210.", "OBJ-2025-2210"),
        ("Inköpsordernummer 6612094 ska anges på fakturan.", "6612094"),
        # an abbreviation glued to the number, bare in the text
        ("Nos llegaron el PC-2025-0701 y el PC-2025-0702 por error.", "PC-2025-0701"),
        ("The order reference is ACME-PO-55120, thanks.", "ACME-PO-55120"),
    ],
)
def test_po_numbers_in_other_languages(text: str, expected: str) -> None:
    assert extract(one(text)).po_number == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il modulo d'ordine 2025-0412 va firmato dal nostro AD.",  # the order form, not a PO
        "Necesitamos un pedido de 40 licencias más.",  # a quantity
        "El pedido 2026 saldrá en enero.",  # a year
        "In allegato l'ordine relativo all'offerta LFQ-25-0219.",  # a quote number
        "La commande du 12/03/2026 suit.",  # a date
    ],
)
def test_near_misses_are_no_po_numbers(text: str) -> None:
    assert extract(one(text)).po_number is None


@pytest.mark.parametrize(
    ("text", "valid", "cancelled"),
    [
        (
            "Bitte die Bestellung 4711000123 als storniert betrachten; gültig ist die "
            "Bestellung 4711000124.",
            "4711000124",
            "4711000123",
        ),
        (
            "Os llegaron el PC-25-0001 y el PC-25-0002. Anulad el PC-25-0001, por favor.",
            "PC-25-0002",
            "PC-25-0001",
        ),
        ("PO 4100055501 cancelled, replaced by 4100055502.", "4100055502", "4100055501"),
        ("Annullamento ordine 25/0311 - valido ordine 25/0312", "25/0312", "25/0311"),
    ],
)
def test_the_valid_number_wins_over_the_cancelled_one(
    text: str, valid: str, cancelled: str
) -> None:
    assert po_numbers_in_text(text)[0] == valid
    assert po_numbers_in_text(text, corrected=True) == [cancelled]


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("OC_7300045512_ACME.pdf", "7300045512"),
        ("Pedido_de_Compra_nº_PC-2025-00912.pdf", "PC-2025-00912"),
        ("Inkooporder IO-25-3310.pdf", "IO-25-3310"),
        ("Ordine di acquisto - P00512.pdf", "P00512"),
        ("注文書_KS-PO-250901.pdf", "KS-PO-250901"),
    ],
)
def test_po_number_in_a_file_name_in_other_languages(filename: str, expected: str) -> None:
    assert po_number_in_filename(filename) == expected


@pytest.mark.parametrize(
    "filename", ["Modulo_ordine_LFQ-25-0212_firmato.pdf.p7m", "Conditions_commande_2026.pdf"]
)
def test_order_forms_and_years_in_file_names_are_no_po(filename: str) -> None:
    assert po_number_in_filename(filename) is None


def test_a_cancelled_number_in_a_newer_message_does_not_hide_the_valid_one() -> None:
    t = thread(
        msg("Adjunto el pedido PC-25-0700.", mid="a", n=0),
        msg("Anulad el PC-25-0699, es un duplicado; el válido es el PC-25-0700.", mid="b", n=1),
    )
    assert extract(t).po_number == "PC-25-0700"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A copula between the label and its value.
        ("Hi, our PO number is KLM-26-0412, thanks.", "KLM-26-0412"),
        ("Die Bestellnummer lautet WB-2026-117.", "WB-2026-117"),
        ("Le numéro de commande est CMD-55120.", "CMD-55120"),
        ("El número de pedido es OC-77812.", "OC-77812"),
        ("Il numero d'ordine è ODA-2026-0091.", "ODA-2026-0091"),
    ],
)
def test_a_po_number_after_is_lautet_est(text: str, expected: str) -> None:
    assert po_numbers_in_text(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The PO is attached.",
        "Our PO is for 12,500 EUR.",
        "Die Bestellung ist 20 Lizenzen groß.",
        "The PO is Q-2026-1180 as quoted.",
    ],
)
def test_a_copula_before_no_number_gives_none(text: str) -> None:
    assert po_numbers_in_text(text) == []
