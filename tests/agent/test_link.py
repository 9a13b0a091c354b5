"""link_thread and CrmIndex: every link path, ties, and deals that must never be linked."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from agent.crm_index import CrmIndex
from agent.link import link_thread
from agent.models import LinkResult
from connectors.crm import load_crm
from connectors.crm.fake import contact, opportunity, requirement, snapshot
from connectors.mailbox.model import Address, Attachment, MailMessage, MailThread

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crm"
_ids = itertools.count()


@pytest.fixture(scope="module")
def index() -> CrmIndex:
    return CrmIndex.from_snapshot(load_crm(FIXTURES / "valid"))


def msg(
    sender: str,
    text: str = "",
    *,
    folder: str = "inbox",
    body: str | None = None,
    files: tuple[str, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id=f"m{next(_ids)}@test",
        sender=Address(email=sender),  # case kept on purpose: linking must not depend on it
        new_text=text,
        body_text=text if body is None else body,
        attachments=tuple(
            Attachment(filename=f, content_type="application/pdf", size=1) for f in files
        ),
        folder=folder,
    )


def link(index: CrmIndex, *messages: MailMessage, subject: str = "Purchase order") -> LinkResult:
    thread = MailThread(thread_key=f"t{next(_ids)}", subject=subject, messages=messages)
    return link_thread(thread, index)


# --- identifiers ------------------------------------------------------------------------


def test_opportunity_id_in_text_any_case(index: CrmIndex) -> None:
    result = link(index, msg("someone@elsewhere.example", "Re our deal opp-1001, PO to follow"))

    assert result == LinkResult(
        opportunity_id="OPP-1001", method="opportunity_id", confidence=1.0, evidence="OPP-1001"
    )


def test_quote_number_in_subject(index: CrmIndex) -> None:
    result = link(index, msg("x@elsewhere.example", "hello"), subject="RE: quote Q-20510 signed")

    assert (result.opportunity_id, result.method) == ("OPP-1002", "quote_number")
    assert 0.95 <= result.confidence <= 1.0


def test_po_number_in_attachment_name(index: CrmIndex) -> None:
    result = link(index, msg("x@elsewhere.example", "see attached", files=("PO_4500098765.pdf",)))

    assert (result.opportunity_id, result.method, result.evidence) == (
        "OPP-1003",
        "po_number",
        "4500098765",
    )


def test_identifiers_need_word_boundaries(index: CrmIndex) -> None:
    result = link(index, msg("x@elsewhere.example", "ref OPP-10010 and XQ-20431 and 45000987651"))

    assert result.opportunity_id is None


def test_opportunity_id_beats_quote_of_another_deal(index: CrmIndex) -> None:
    result = link(index, msg("x@elsewhere.example", "OPP-1005, quote Q-20431"))

    assert (result.opportunity_id, result.method) == ("OPP-1005", "opportunity_id")
    assert result.confidence < 1.0 and result.candidates == ("OPP-1001",)


def test_two_quote_numbers_stay_unlinked_with_candidates(index: CrmIndex) -> None:
    result = link(index, msg("x@elsewhere.example", "quotes Q-20431 and Q-20611"))

    assert (result.opportunity_id, result.method) == (None, "none")
    assert result.candidates == ("OPP-1001", "OPP-1005")
    assert result.confidence < 0.5


def test_two_opportunity_ids_settled_by_the_sender_contact(index: CrmIndex) -> None:
    result = link(index, msg("bob@globex.example", "OPP-1002 or OPP-1003?"))

    assert (result.opportunity_id, result.method) == ("OPP-1003", "opportunity_id")
    assert result.candidates == ("OPP-1002", "OPP-1003")
    assert 0.5 < result.confidence < 0.95


def test_quoted_history_is_a_fallback_only(index: CrmIndex) -> None:
    quoted = "Please see attached.\n> On Monday we wrote: your quote Q-20431"
    fallback = link(index, msg("x@elsewhere.example", "Please see attached.", body=quoted))
    fresh = link(index, msg("x@elsewhere.example", "This is for OPP-1005", body=quoted))

    assert (fallback.opportunity_id, fallback.method) == ("OPP-1001", "quote_number")
    assert (fresh.opportunity_id, fresh.confidence) == ("OPP-1005", 1.0)


# --- contacts ---------------------------------------------------------------------------


def test_sender_contact_of_one_deal(index: CrmIndex) -> None:
    result = link(index, msg("JANE.ROE@ACME.EXAMPLE", "Our PO is attached"))

    assert result == LinkResult(
        opportunity_id="OPP-1001",
        method="contact_email",
        confidence=0.85,
        evidence="jane.roe@acme.example",
    )


def test_contact_of_two_deals_settled_by_amount(index: CrmIndex) -> None:
    result = link(index, msg("ap@globex.example", "Invoice total will be $36,500.50"))

    assert (result.opportunity_id, result.method) == ("OPP-1003", "contact_email")
    assert result.candidates == ("OPP-1002", "OPP-1003")


def test_contact_of_two_deals_left_unlinked(index: CrmIndex) -> None:
    result = link(index, msg("ap@globex.example", "Where do we send the PO?"))

    assert (result.opportunity_id, result.method) == (None, "none")
    assert result.candidates == ("OPP-1002", "OPP-1003")
    assert result.evidence == "ap@globex.example"


# --- account domains --------------------------------------------------------------------


def test_domain_of_one_closed_won_deal(index: CrmIndex) -> None:
    result = link(index, msg("new.person@umbrella.example", "PO attached"))

    assert result == LinkResult(
        opportunity_id="OPP-1005",
        method="account_domain",
        confidence=0.6,
        evidence="umbrella.example",
    )


def test_subdomain_and_second_account_domain(index: CrmIndex) -> None:
    result = link(index, msg("ap@EMEA.Acme-Group.example", "PO attached"))

    assert (result.opportunity_id, result.evidence) == ("OPP-1001", "acme-group.example")


@pytest.mark.parametrize(
    ("text", "expected", "detail"),
    [
        ("Per our quote 20577 please find the PO", "OPP-1003", "quote 20577"),
        ("Our PO 778812 is attached", "OPP-1002", "PO 778812"),
        ("PO total USD 120,000.00", "OPP-1002", "amount 120,000.00"),
        ("Total: 36.500,50 $", "OPP-1003", "amount 36.500,50"),
    ],
)
def test_shared_domain_settled_by_context(
    index: CrmIndex, text: str, expected: str, detail: str
) -> None:
    result = link(index, msg("someone.new@globex.example", text))

    assert (result.opportunity_id, result.method, result.confidence) == (
        expected,
        "account_domain",
        0.7,
    )
    assert result.evidence == f"globex.example; {detail}"
    assert result.candidates == ("OPP-1002", "OPP-1003")


def test_shared_domain_without_context_stays_unlinked(index: CrmIndex) -> None:
    result = link(index, msg("someone.new@globex.example", "Please send your W-9."))

    assert result == LinkResult(
        method="none",
        confidence=0.2,
        evidence="globex.example",
        candidates=("OPP-1002", "OPP-1003"),
    )


@pytest.mark.parametrize("written", ["$48,000", "48.000,00 EUR", "EUR 48 000", "48k", "48000"])
def test_amount_formats(written: str) -> None:
    shared = ("shared.example",)
    index = CrmIndex.from_snapshot(
        snapshot(
            [
                opportunity("S-1", account_domains=shared, amount=Decimal("48000.00")),
                opportunity("S-2", account_domains=shared, amount=Decimal("52000")),
            ]
        )
    )

    result = link(index, msg("buyer@shared.example", f"The PO is for {written} in total."))

    assert result.opportunity_id == "S-1"


# --- what never links -------------------------------------------------------------------


def test_deal_that_is_not_closed_won_is_never_linked(index: CrmIndex) -> None:
    text = "OPP-1004, quote Q-20600, PO-INIT-5555"

    result = link(index, msg("ian@initech.example", text, files=("PO-INIT-5555.pdf",)))

    assert result.opportunity_id is None and result.method == "none"
    assert index.opportunity("opp-1004") is not None  # still there for lookups


def test_naming_an_open_deal_blocks_the_domain_fallback() -> None:
    index = CrmIndex.from_snapshot(
        snapshot(
            [opportunity("W-1"), opportunity("N-2", stage="Negotiation", quote_number="Q-2002")]
        )
    )

    result = link(index, msg("buyer@acme.example", "About quote Q-2002 ..."))

    assert result.opportunity_id is None and result.evidence == "Q-2002"


def test_our_own_messages_are_not_evidence(index: CrmIndex) -> None:
    ours = msg("ae.one@ourco.example", "Hi Jane, this is about OPP-1001", folder="sent")

    assert link(index, ours, subject="Order").opportunity_id is None


def test_mail_from_our_domain_does_not_link_by_domain() -> None:
    # An internal test deal may list our own domain; a colleague's mail is still not the customer.
    ours = "ae@podesk.example"
    index = CrmIndex.from_snapshot(
        snapshot([opportunity("W-1", account_domains=("podesk.example",), account_owner=ours)])
    )

    result = link(index, msg("colleague@emea.podesk.example", "fwd: their PO"))

    assert "podesk.example" in index.own_domains
    assert result.opportunity_id is None


# --- the index --------------------------------------------------------------------------


def test_index_lookups_are_case_insensitive(index: CrmIndex) -> None:
    globex = ["OPP-1002", "OPP-1003"]
    assert [o.opportunity_id for o in index.by_quote("q-20431")] == ["OPP-1001"]
    assert [o.opportunity_id for o in index.by_po("po-778812")] == ["OPP-1002"]
    assert [o.opportunity_id for o in index.by_contact("AP@Globex.example")] == globex
    assert [o.opportunity_id for o in index.by_domain("GLOBEX.example")] == globex
    assert [c.name for c in index.contacts_for("Opp-1005")] == ["Uma Champion"]


def test_index_holds_only_closed_won_for_linking(index: CrmIndex) -> None:
    assert index.by_quote("Q-20600") == index.by_po("PO-INIT-5555") == ()
    assert index.by_contact("ian@initech.example") == index.by_domain("initech.example") == ()
    assert "initech.example" in index.customer_domains
    assert len(index.closed_won) == 4


def test_index_requirements_and_open_exceptions(index: CrmIndex) -> None:
    assert [r.field for r in index.requirements_for("OPP-1001")] == ["po_number", "billing_entity"]
    assert [e.exception_id for e in index.open_exceptions_for("OPP-1002")] == ["EX-1"]
    assert index.open_exceptions_for("OPP-1001") == ()  # EX-2 is resolved
    assert index.po_numbers("OPP-1001") == ()  # the po_number row is still missing


def test_placeholder_po_values_do_not_match_prose() -> None:
    snap = snapshot(
        [opportunity("W-1"), opportunity("W-2", account_domains=("other.example",))],
        [contact("W-1")],
        [requirement("W-2", status="received", value="TBD")],
    )

    result = link(CrmIndex.from_snapshot(snap), msg("x@elsewhere.example", "PO number TBD"))

    assert result.opportunity_id is None


# --- the account's name in the mail ---------------------------------------------------------


def test_a_portal_invitation_links_by_the_account_name() -> None:
    index = CrmIndex.from_snapshot(
        snapshot(
            [
                opportunity("N-1", account_name="Brightwater Dairy Cooperative Ltd"),
                opportunity("N-2", account_name="Brightline Freight GmbH"),
            ]
        )
    )
    text = "Brightwater Dairy Cooperative has invited you to register as a supplier."

    result = link(index, msg("no-reply@portal-network.example", text))

    assert result.opportunity_id == "N-1" and result.method == "account_name"


def test_a_legal_form_word_in_front_does_not_hide_the_name() -> None:
    index = CrmIndex.from_snapshot(
        snapshot([opportunity("N-1", account_name="Stichting Zorgcentrum Weideland")])
    )

    result = link(
        index, msg("noreply@jaggaer.example", "Registratie goedgekeurd - Zorgcentrum Weideland")
    )

    assert result.opportunity_id == "N-1"


@pytest.mark.parametrize(
    "text",
    [
        "Acme has invited you to register.",  # one word: too short to name one customer
        "Brightwater Dairy is a lovely place.",  # part of the name only
    ],
)
def test_a_short_or_partial_name_does_not_link(text: str) -> None:
    index = CrmIndex.from_snapshot(
        snapshot(
            [
                opportunity("N-1", account_name="Acme"),
                opportunity("N-2", account_name="Brightwater Dairy Cooperative Ltd"),
            ]
        )
    )

    assert link(index, msg("no-reply@portal-network.example", text)).opportunity_id is None


def test_the_deal_name_settles_two_deals_of_one_account() -> None:
    shared = ("sintra-agua.example",)
    index = CrmIndex.from_snapshot(
        snapshot(
            [
                opportunity(
                    "D-1", account_name="Sintra Águas S.A. - Atlas", account_domains=shared
                ),
                opportunity(
                    "D-2", account_name="Sintra Águas S.A. - Sentinel", account_domains=shared
                ),
            ]
        )
    )

    result = link(index, msg("compras@sintra-agua.example", "Primeira fatura do Atlas: dados"))

    assert result.opportunity_id == "D-1"


def test_the_deal_that_still_lacks_what_the_mail_is_about_wins_a_tie() -> None:
    shared = ("valdemar.example",)
    index = CrmIndex.from_snapshot(
        snapshot(
            [
                opportunity("T-1", account_domains=shared, amount=Decimal("1000")),
                opportunity("T-2", account_domains=shared, amount=Decimal("2000")),
            ],
            requirements=[
                requirement("T-1", "po_number"),
                requirement("T-1", "delivery_prerequisite"),
                requirement("T-2", "po_number"),
                requirement("T-2", "supplier_registration"),
            ],
        )
    )

    about_registration = msg("compras@valdemar.example", "Alta en nuestro portal de proveedores")
    about_nothing = msg("compras@valdemar.example", "Hola, ¿qué tal?")

    assert link(index, about_registration).opportunity_id == "T-2"
    assert link(index, about_nothing).opportunity_id is None
