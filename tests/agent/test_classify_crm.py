"""classify(): the PO against the opportunity, CRM facts and suspicious senders."""

from __future__ import annotations

import inspect

import pytest

from agent.classify import classify
from agent.models import Reason
from tests.agent.test_classify import R, classify_text, msg, opp, run, thread

# --- PO amount, currency and quantity against the opportunity ----------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The PO total is $45,000.00.", R.PO_AMOUNT_MISMATCH),
        ("Our purchase order amount: USD 50,000", R.PO_AMOUNT_MISMATCH),
        ("PO 4500012345 for EUR 48,000 attached.", R.PO_CURRENCY_MISMATCH),
        ("The PO will be issued in EUR.", R.PO_CURRENCY_MISMATCH),
        ("The PO is for $45,000 instead of $48,000.", R.PO_AMOUNT_MISMATCH),
        # An ERP field names the currency; a price the PO is built on differs from the quote.
        (
            "BESTELLUNG 4711\nWährung   EUR\nZahlungsbedingungen  30 Tage netto",
            R.PO_CURRENCY_MISMATCH,
        ),
        ("Orden de compra OC-1 | Moneda | MXN | Total | 48,000.00", R.PO_CURRENCY_MISMATCH),
        (
            "We raised the PO at last year's price ($44,500), as for the pilot.",
            R.PO_AMOUNT_MISMATCH,
        ),
        ("Le bon de commande reprend le tarif de l'an dernier (44 500 $).", R.PO_AMOUNT_MISMATCH),
        # A table without currencies: the quoted line, a reduction, and a lower closing total.
        (
            "Line | Item | Amount\n1 | Platform (Q-1001) | 48,000.00\n2 | Reduction | -4,800.00\n"
            "| PO total (excl. VAT) | 43,200.00",
            R.PO_AMOUNT_MISMATCH,
        ),
        (
            "Pos. 10 Plattform 48.000,00\nPos. 20 Rabatt -2.400,00\nGesamtbetrag 45.600,00",
            R.PO_AMOUNT_MISMATCH,
        ),
    ],
)
def test_po_amount_or_currency_mismatch(text: str, reason: Reason) -> None:
    result = classify_text(text, opportunity=opp())
    assert result.label == "deal_exception"
    assert reason in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "PO 4500012345 for $48,000.00 attached.",
        "PO total: USD 48,000. Note our bank adds a $25 wire fee.",
        "PO for $48k attached, that's $40 per seat.",
        "PO attached, total $48,000 (tax exempt).",
        "The price stays at $48,000 as quoted; PO attached.",
        "Currency: USD. PO 4500012345 attached.",
        "PO attached. 1 | Platform | $36,000.00 | 2 | Training | $12,000.00 | Total $48,000.00",
        # Tax lines only add; a total of one part is not the total of the order.
        "PO 4500012345. Subtotal 48,000.00 | VAT 20% 9,600.00 | Total 57,600.00",
        "Ordine 4500012345: imponibile 48.000,00, IVA 22% 10.560,00, totale ordine 58.560,00",
        "PO 4500012345: order total 48,000.00 (platform 36,000.00, total for training 12,000.00)",
        # the net total on its line, the VAT on the next: the VAT line is not this amount's
        "PO 4500012345 attached.\n\tNet total\t\t$48,000.00\n\tVAT 20%\t\t$9,600.00\n"
        "\tTotal\t\t$57,600.00",
    ],
)
def test_po_amount_matches(text: str) -> None:
    assert classify_text(text, opportunity=opp()).label == "routine_follow_up"


def test_bare_dollar_matches_other_dollar_currency() -> None:
    result = classify_text("PO total $48,000.00 attached.", opportunity=opp(currency="CAD"))
    assert result.label == "routine_follow_up"


def test_amount_not_compared_without_opportunity() -> None:
    assert classify_text("The PO total is $45,000.00.").label == "routine_follow_up"


# --- CRM state is context, never a label -------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"contract_status": "amendment_unsigned"},
        {"order_queue_status": "on_hold"},
        {"contract_status": "amendment_unsigned", "order_queue_status": "on_hold"},
    ],
)
def test_crm_state_never_makes_a_routine_thread_an_exception(changes: dict[str, str]) -> None:
    result = classify_text("PO 4500012345 attached.", opportunity=opp(**changes))
    assert result.label == "routine_follow_up"
    assert result.reasons == (R.PO_SUBMITTED,)


def test_open_crm_exceptions_are_not_an_input_of_the_classifier() -> None:
    # Open exceptions hold the reply (agent/hold.py); the classifier cannot even be given them.
    assert "open_exceptions" not in inspect.signature(classify).parameters
    assert "exception.open_crm_exception" not in {r.value for r in R}


def test_an_unsigned_amendment_the_customer_raises_is_an_exception() -> None:
    result = classify_text(
        "PO attached. Legal is still reviewing the amendment, so it isn't signed yet.",
        opportunity=opp(contract_status="signed"),
    )
    assert result.label == "deal_exception" and result.reasons == (R.AMENDMENT_UNSIGNED,)


def test_machine_mail_on_a_held_deal_stays_not_po() -> None:
    t = thread(msg("I am out of the office.", subject="Out of Office: Order"))
    result = run(t, opportunity=opp(contract_status="amendment_unsigned"))
    assert result.label == "not_po_related"


# --- suspicious senders ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sender",
    [
        "ap@acrne.com",
        "ap@acme.co",
        "ap@acme-corp.com",
        "ap@acme-billing.com",
        "ap@g1obex.de",
        "ap@globex.com",
        "ap@initech.com",
        "ap@xn--acme-7ve.com",
    ],
)
def test_lookalike_sender_domain(sender: str) -> None:
    result = run(thread(msg("PO 4500012345 attached.", sender=sender)))
    assert result.label == "deal_exception"
    assert result.reasons == (R.LOOKALIKE_DOMAIN,)


@pytest.mark.parametrize(
    "sender", ["ap@acme.com", "ap@emea.acme.com", "ap@globex.de", "someone@gmail.com"]
)
def test_real_or_unrelated_domain_is_not_lookalike(sender: str) -> None:
    assert run(thread(msg("PO 4500012345 attached.", sender=sender))).label == "routine_follow_up"


def test_suspicious_auto_reply_with_bank_change_stays_exception() -> None:
    t = thread(
        msg(
            "I am away. Note: our bank details have changed, please remit to the new account.",
            subject="Automatic reply: Order",
            headers={"auto-submitted": "auto-replied"},
        )
    )
    result = run(t)
    assert result.label == "deal_exception"
    assert R.BANK_DETAILS_CHANGE in result.reasons


def test_a_short_message_in_a_language_no_detector_reads_goes_to_a_person() -> None:
    # Finnish shares "on" with English: too few words to be sure, but its own function
    # words ("eli") say it is not one of the seven languages. A 10 % discount hides in it.
    text = (
        "Liitteenä tilaus 45-2026-118. Summa on 43 200 EUR, eli puhelimessa sovittu "
        "10 %:n alennus on huomioitu. Maksuehto 14 pv netto."
    )
    result = classify_text(text, opportunity=opp())
    assert result.label == "deal_exception"
    assert result.reasons == (R.UNRECOGNISED_REQUEST,)
