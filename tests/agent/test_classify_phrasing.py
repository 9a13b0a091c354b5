"""classify(): phrase families real procurement mail uses, each with a benign near-miss.

Every case here is a paraphrase written for the test, not a copy of a fixture.
"""

from __future__ import annotations

import pytest

from agent.models import Reason
from tests.agent.test_classify import R, classify_text, msg, opp, run, thread

PO_FILE = ("PO_4500012399.pdf",)
TERM, TIMING, AMOUNT = R.TERM_LENGTH_CHANGE, R.TIMING_COMMITMENT_REQUEST, R.PO_AMOUNT_MISMATCH


def routine_with_po(text: str) -> bool:
    return run(thread(msg(text, files=PO_FILE))).label == "routine_follow_up"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A quoted price disputed or to be corrected.
        ("The per-seat price on the quotation is wrong; we negotiated $38.", R.PRICE_CHANGE),
        ("Please amend the unit price before we raise the PO.", R.PRICE_CHANGE),
        ("Can you fix the pricing on the order form to what we agreed?", R.PRICE_CHANGE),
        ("The quote still carries an outdated list price for the bundle.", R.PRICE_CHANGE),
        # A different term length, however it is put.
        ("Could we go from a three-year subscription to a one-year subscription?", TERM),
        ("Please change the order form to a 24-month term.", TERM),
        ("Can the agreement be shortened to a 12 month commitment?", TERM),
        ("Group policy limits new software contracts to 12 months.", TERM),
        ("Could we sign for 24 months rather than 36 months?", TERM),
        # Asking us to vouch for a date: "confirm ... will be live/activated ... by <date>".
        ("Could you confirm our accounts will be activated by 15 May?", TIMING),
        ("Please guarantee the tenant is provisioned before the end of May.", TIMING),
        ("Can you promise the seats are available by Monday?", TIMING),
        ("Kindly confirm that everything will be up and running by the 3rd.", TIMING),
        # Keeping only part of what was bought.
        ("At renewal we'll only keep 60 of our 80 licences.", R.DESCOPE),
        ("Finance wants us to just purchase 10 users this year.", R.DESCOPE),
        ("Please remove the onboarding services line from the renewal.", R.DESCOPE),
        # The customer announcing the PO will not match the quote.
        ("Heads-up: our purchase order will be slightly higher than the quote.", AMOUNT),
        ("FYI the PO came in lower than the quoted amount after review.", AMOUNT),
    ],
)
def test_phrase_family_raises_exception(text: str, reason: Reason) -> None:
    result = classify_text(text)
    assert (result.label, reason in result.reasons) == ("deal_exception", True), result


@pytest.mark.parametrize(
    "text",
    [
        "Please correct the billing address on the quote, PO attached.",
        "The price on the quote is correct, PO attached.",
        "Our 36-month subscription starts on 1 May; PO attached.",
        "We moved the kickoff call from Monday to Tuesday. PO attached.",
        "Can you confirm the vendor account is set up before we send the PO?",
        "Please confirm receipt of the attached PO by Friday.",
        "Drop me a line if you need anything else for the PO.",
        "We have assigned 35 of the 40 seats already. PO attached.",
        "The PO is no different from the quote.",
        "The PO value is the same as the quote.",
    ],
)
def test_near_miss_stays_routine(text: str) -> None:
    assert routine_with_po(text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoices with an amount over $5,000 need our PO number. PO 4500012345 attached.",
        "Any purchase order above USD 10,000 needs two approvals; PO 4500012345 is attached.",
        "Rechnungen mit einem Betrag über 10.000 EUR brauchen die Bestellnummer 4500012345.",
        "Les factures d'un montant supérieur à 5 000 USD doivent citer le bon de commande.",
    ],
)
def test_amount_threshold_is_not_the_po_total(text: str) -> None:
    result = classify_text(text, opportunity=opp())
    assert result.label == "routine_follow_up", result


def test_real_total_next_to_a_threshold_still_compared() -> None:
    text = "Invoices over $5,000 need our PO number. The PO total is $45,000.00."
    assert R.PO_AMOUNT_MISMATCH in classify_text(text, opportunity=opp()).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Could you check whether our order has been booked yet?", R.STATUS_INQUIRY),
        ("Can you let us know if the purchase order came through on your end?", R.STATUS_INQUIRY),
        ("Has our order been entered into your system yet?", R.STATUS_INQUIRY),
        ("Going forward, please email all invoices to ap@acme.com.", R.BILLING_DETAILS),
        ("Kindly direct future invoices for this renewal to our shared inbox.", R.BILLING_DETAILS),
        ("Nos coordonnées de facturation :\nAcme SAS, 3 rue Haute, Lyon", R.BILLING_DETAILS),
        ("Please complete the attached vendor master data form.", R.SUPPLIER_REGISTRATION),
        ("Bitte füllen Sie unseren Lieferantenfragebogen aus.", R.SUPPLIER_REGISTRATION),
        ("Wir müssen Sie zuerst als neuen Lieferanten im ERP anlegen.", R.SUPPLIER_REGISTRATION),
        ("Merci de compléter la fiche fournisseur ci-jointe.", R.SUPPLIER_REGISTRATION),
    ],
)
def test_routine_phrase_family(text: str, reason: Reason) -> None:
    result = run(thread(msg(text)))
    assert (result.label, reason in result.reasons) == ("routine_follow_up", True), result


@pytest.mark.parametrize(
    "text",
    [
        "Could you check whether the parcel has arrived at reception?",
        "Let me know if the meeting room is booked for Thursday.",
    ],
)
def test_status_words_without_paperwork_are_unrelated(text: str) -> None:
    result = run(thread(msg(text, subject="Quick question")))
    assert result.label == "not_po_related", result


# An ERP purchase order as a field table: the net figure is the quote, the total adds VAT.
ERP_TABLE = """Si trasmette l'ordine d'acquisto in oggetto generato dal nostro gestionale.

   N. ordine   4500077123
   Rif. offerta   Q-2026-0412
   Imponibile   USD 48.000,00
   IVA 22%   USD 10.560,00
   Totale documento   USD 58.560,00
   Pagamento   come da offerta
"""


def test_an_erp_table_with_the_quoted_net_amount_is_routine_and_readable() -> None:
    result = run(thread(msg(ERP_TABLE)), opportunity=opp())
    assert result.label == "routine_follow_up", result


def test_a_total_above_the_quote_in_an_erp_table_is_still_a_mismatch() -> None:
    text = ERP_TABLE.replace("48.000,00", "52.000,00").replace("58.560,00", "63.440,00")
    result = run(thread(msg(text)), opportunity=opp())
    assert R.PO_AMOUNT_MISMATCH in result.reasons, result


def test_seats_on_top_of_the_quoted_count_change_the_quantity() -> None:
    text = "The PO adds 20 seats on top of the 250 seats in the quote, same unit price."
    assert R.PO_QUANTITY_MISMATCH in classify_text(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Leistungszeitraum 01.04.2026 – 31.03.2027 (lt. Angebot), Zahlungsziel 30 Tage netto.",
        "Looptijd 12 maanden, bijv. vanaf 1 april, conform offerte; verder geen wijzigingen.",
    ],
)
def test_an_abbreviation_ends_no_sentence_so_the_restatement_stays_with_it(text: str) -> None:
    result = run(thread(msg(f"Bestellung 4500012345 anbei. {text}")), opportunity=opp())
    assert result.label == "routine_follow_up", result


def test_an_order_for_an_amount_is_no_threshold() -> None:
    """German "über" is "for" after an order and "over" in a rule about invoices."""
    text = "Die Bestellung B-26-0193 über 16.000,00 USD geht Ihnen mit dieser Mail zu."
    assert R.PO_AMOUNT_MISMATCH in run(thread(msg(text)), opportunity=opp()).reasons
    rule = "Bestellung 4500012345 anbei. Rechnungen über 5.000,00 USD brauchen eine Freigabe."
    assert run(thread(msg(rule)), opportunity=opp()).label == "routine_follow_up"
