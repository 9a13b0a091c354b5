"""classify(): machine mail and unrelated mail are not PO-related."""

from __future__ import annotations

from typing import Any

import pytest

from agent.models import Reason
from tests.agent.test_classify import R, classify_text, msg, opp, run, thread

# --- not PO related ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"headers": {"auto-submitted": "auto-replied"}}, R.AUTO_REPLY),
        ({"headers": {"x-autoreply": "yes"}}, R.AUTO_REPLY),
        ({"subject": "Out of Office: PO 4500012345"}, R.AUTO_REPLY),
        ({"subject": "Automatic reply: Purchase order"}, R.AUTO_REPLY),
        ({"subject": "Abwesenheitsnotiz: Bestellung"}, R.AUTO_REPLY),
        ({"subject": "Réponse automatique : bon de commande"}, R.AUTO_REPLY),
        ({"subject": "Respuesta automática: Pedido de compra"}, R.AUTO_REPLY),
        ({"subject": "Resposta automática: Nota de encomenda"}, R.AUTO_REPLY),
        ({"subject": "Risposta automatica: ordine di acquisto"}, R.AUTO_REPLY),
        ({"subject": "Automatisch antwoord: bestelling"}, R.AUTO_REPLY),
        ({"subject": "Automatiskt svar: Beställning"}, R.AUTO_REPLY),
        ({"subject": "Odpowiedź automatyczna: zamówienie"}, R.AUTO_REPLY),
        ({"content_type": "multipart/report"}, R.DELIVERY_FAILURE),
        ({"subject": "Undeliverable: Re: PO 4500012345"}, R.DELIVERY_FAILURE),
        ({"subject": "Delivery Status Notification (Failure)"}, R.DELIVERY_FAILURE),
        ({"sender": "MAILER-DAEMON@mx.acme.com"}, R.DELIVERY_FAILURE),
        ({"sender": "postmaster@acme.com"}, R.DELIVERY_FAILURE),
        ({"content_type": "text/calendar"}, R.CALENDAR_INVITE),
        ({"subject": "Invitation: PO review call"}, R.CALENDAR_INVITE),
        ({"files": ("invite.ics",)}, R.CALENDAR_INVITE),
        ({"subject": "Canceled event: Order kickoff"}, R.CALENDAR_INVITE),
    ],
)
def test_machine_mail(kw: dict[str, Any], reason: Reason) -> None:
    # The body talks about the PO (and even cancellation): machine mail still is not a request.
    text = "Regarding your purchase order: this event was cancelled. Contact jane@acme.com."
    result = run(thread(msg(text, **kw)))
    assert result.label == "not_po_related"
    assert result.reasons == (reason,)


@pytest.mark.parametrize(
    "headers",
    [
        {"list-unsubscribe": "<mailto:u@news.acme.com>"},
        {"list-id": "news.acme.com"},
        {"precedence": "bulk"},
    ],
)
def test_newsletter_without_po_content(headers: dict[str, str]) -> None:
    result = run(thread(msg("Our spring product update is here!", headers=headers)))
    assert (result.label, result.reasons) == ("not_po_related", (R.NEWSLETTER,))


def test_mailing_list_with_real_po_is_routine() -> None:
    t = thread(msg("PO 4500012345 attached.", headers={"list-id": "procurement.acme.com"}))
    assert run(t).label == "routine_follow_up"


@pytest.mark.parametrize(
    "footer",
    [
        "Si vous recevez ce message par erreur, merci de le supprimer.",
        "Wenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie bitte.",
        "Se ricevi questa e-mail per errore, ti preghiamo di cancellarla.",
    ],
)
def test_a_disclaimer_about_misdelivered_mail_is_no_mailing_footer(footer: str) -> None:
    """A misdelivery disclaimer names "receiving this message" and is still one person's
    mail: the procurement question above it is read, not filed as a newsletter."""
    body = f"Could you tell us when the order confirmation for our deal will arrive?\n\n{footer}"
    assert R.NEWSLETTER not in run(thread(msg(body))).reasons


def test_an_unsubscribe_footer_still_makes_a_mailing() -> None:
    body = "Our spring product update is here!\n\nVous recevez ce message car vous êtes inscrit."
    assert run(thread(msg(body))).reasons == (R.NEWSLETTER,)


def test_auto_submitted_no_is_human() -> None:
    t = thread(msg("PO 4500012345 attached.", headers={"auto-submitted": "no"}))
    assert run(t).label == "routine_follow_up"


def test_procurement_system_notice_with_registration_is_routine() -> None:
    t = thread(
        msg(
            "Coupa: your supplier registration is complete.",
            headers={"auto-submitted": "auto-generated"},
            sender="do-not-reply@coupahost.com",
        )
    )
    result = run(t)
    assert result.label == "routine_follow_up"
    assert R.SUPPLIER_REGISTRATION in result.reasons


def test_generated_notice_without_po_content_is_not_po() -> None:
    t = thread(msg("Your password expires soon.", headers={"auto-submitted": "auto-generated"}))
    assert run(t).reasons == (R.AUTO_REPLY,)


def test_newest_auto_reply_makes_thread_not_po() -> None:
    t = thread(
        msg("PO 4500012345 attached."),
        msg("Thanks, received.", folder="sent"),
        msg("I am out of office until Monday.", subject="Automatic reply: Re: Order"),
    )
    assert run(t).label == "not_po_related"


@pytest.mark.parametrize("text", ["Lunch next week?", "Great game last night!", "Happy new year"])
def test_unrelated_mail(text: str) -> None:
    result = run(thread(msg(text, subject="Hello")))
    assert (result.label, result.reasons) == ("not_po_related", (R.UNRELATED,))


def test_thread_without_inbound_message() -> None:
    result = run(thread(msg("Following up on the PO.", folder="sent")))
    assert (result.label, result.reasons) == ("not_po_related", (R.UNRELATED,))


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Notice to all suppliers: new payment run calendar", "From July we pay on Fridays only."),
        (
            "Lieferanteninformation 07/2025",
            "Sehr geehrte Lieferanten, ab Juli gilt ein neuer Zahlungslauf.",
        ),
        ("Comunicado a proveedores", "Estimados proveedores: el pago pasa a ser a 60 días."),
        ("Comunicazione a tutti i fornitori", "Dal 1° luglio nuove regole di accesso ai siti."),
        ("Jornada de Proveedores 2025", "Estimados proveedores: les invitamos a nuestra jornada."),
    ],
)
def test_a_circular_to_every_supplier_changes_no_deal(subject: str, text: str) -> None:
    # Payment behaviour in general, about no deal, is no payment-term change (issue 8).
    result = run(thread(msg(text, subject=subject)))
    assert result.label != "deal_exception", result.reasons


def test_a_po_that_opens_with_dear_supplier_is_still_a_po() -> None:
    text = "Dear suppliers, please find attached our purchase order 4500012345 for quote Q-1042."
    result = run(thread(msg(text, subject="Purchase order 4500012345")))
    assert result.label != "not_po_related"


@pytest.mark.parametrize(
    "text",
    [
        "Dear suppliers, the new payment run calendar is on the supplier portal under Payments.",
        "A tutti i fornitori: il nuovo codice etico è disponibile nel portale fornitori.",
    ],
)
def test_a_circular_that_points_to_the_supplier_portal_asks_for_no_paperwork(text: str) -> None:
    result = run(thread(msg(text, subject="Notice to all suppliers")), opportunity=opp())
    assert result.label != "routine_follow_up", result.reasons


def test_a_circular_that_asks_us_to_register_is_still_paperwork() -> None:
    text = "Dear suppliers, please complete your registration on our supplier portal by Friday."
    result = run(thread(msg(text, subject="Notice to all suppliers")), opportunity=opp())
    assert result.label == "routine_follow_up", result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "El conector de SAP dejó de sincronizar desde ayer. ¿Me pueden ayudar a revisar?",
        "Da venerdì la dashboard non si aggiorna più. Potete verificare?",
        "The nightly export stopped working on Friday, can you take a look?",
    ],
)
def test_a_customers_support_question_is_not_po_related(text: str) -> None:
    # The deal's own customer, asking something: a support question, not paperwork and not
    # a commercial change (no detector's business).
    assert classify_text(text, opportunity=opp()).label == "not_po_related"
