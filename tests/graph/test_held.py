"""Held drafts through the workflow: CRM state holds a routine reply, it never makes a label."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agent.crm_index import CrmIndex
from agent.hold import MailException
from connectors.crm import fake as crm
from connectors.mailbox.fake import InMemoryDraftSink
from graph.builder import Workflow, build_graph
from graph.checkpointer import memory_checkpointer
from graph.context import Context, MemoryLedger
from graph.state import PoState
from tests.graph.test_workflow import ROUTINE, pending_request, resume, start

OWNER = "lena@podesk.example"
MANAGER = "boss@podesk.example"


def index(*, status: str = "open", missing_files: tuple[str, ...] = ()) -> CrmIndex:
    return CrmIndex.from_snapshot(
        crm.snapshot(
            opportunities=[crm.opportunity("OPP-1001", contract_status="amendment_unsigned")],
            contacts=[crm.contact("OPP-1001", "buyer@acme.example", name="Pat Buyer")],
            requirements=[crm.requirement("OPP-1001", f) for f in ("po_number", "tax_detail")],
            exceptions=[
                crm.crm_exception(
                    "EX-1",
                    owner=OWNER,
                    kind="credit_review",
                    status=status,
                    opened_at=datetime(2026, 2, 20, 9, 0),
                )
            ],
            missing_files=missing_files,
        )
    )


@pytest.fixture
def sink() -> InMemoryDraftSink:
    return InMemoryDraftSink()


@pytest.fixture
def ctx(sink: InMemoryDraftSink) -> Context:
    return Context(
        crm=index(),
        drafts=sink,
        ledger=MemoryLedger(),
        default_reviewer="rita",
        managers=(MANAGER,),
    )


@pytest.fixture
def wf() -> Workflow:
    return build_graph(memory_checkpointer())


def state_of(wf: Workflow, config: dict[str, Any]) -> PoState:
    return PoState(**wf.get_state(config).values)


def test_open_crm_exception_holds_the_reply_but_the_label_stays_routine(wf, ctx, sink) -> None:
    state = state_of(wf, start(wf, ctx, ROUTINE))
    assert state.classification is not None and state.packet is not None
    assert state.classification.label == "routine_follow_up"  # nor amendment_unsigned makes one
    assert all(r.label == "routine_follow_up" for r in state.classification.reasons)
    (listed,) = state.packet.open_exceptions
    assert (listed.exception_id, listed.kind, listed.owner) == ("EX-1", "credit_review", OWNER)
    assert listed.age_days == 10  # opened 2026-02-20, the mail is of 2026-03-02
    assert state.packet.next_action_owner.value == "salesops@podesk.example"
    draft = state.customer_draft
    assert draft is not None and draft.status == "held" and draft.text
    assert draft.suppression_reasons == ("open_exception:EX-1",)
    assert "Open CRM exception: EX-1 (credit_review" in state.internal_note()
    assert sink.saved == {}


def test_only_the_owner_or_a_manager_may_accept_a_held_draft(wf, ctx, sink) -> None:
    config = start(wf, ctx, ROUTINE)
    request = pending_request(wf, config)
    assert "HELD" in request["description"]
    assert request["action_request"]["args"]["hold_reasons"] == ["open_exception:EX-1"]
    state = resume(wf, ctx, config, {"type": "accept"})  # rita, sales ops
    assert sink.saved == {} and state.customer_draft and state.customer_draft.status == "held"
    assert OWNER in (state.review_error or "") and "manager" in (state.review_error or "")
    assert "rita" in pending_request(wf, config)["description"]  # the refusal, shown again
    state = resume(wf, ctx, config, {"type": "accept", "reviewer": OWNER})
    assert state.saved is not None and len(sink.saved) == 1


def test_a_manager_may_accept_a_held_draft(wf, ctx, sink) -> None:
    config = start(wf, ctx, ROUTINE)
    state = resume(wf, ctx, config, {"type": "accept", "reviewer": MANAGER.upper()})
    assert state.saved is not None and len(sink.saved) == 1


def test_edit_and_respond_keep_it_held_and_anyone_may_ignore(wf, ctx, sink) -> None:
    config = start(wf, ctx, ROUTINE)
    text = "Hello Pat,\n\nThank you for the PO.\n\nBest regards,\nOrder Operations"
    state = resume(wf, ctx, config, {"type": "edit", "args": text})
    assert state.customer_draft is not None and state.customer_draft.status == "held"
    assert state.customer_draft.text == text and sink.saved == {}
    state = resume(wf, ctx, config, {"type": "response", "args": "make it shorter"})
    assert state.customer_draft is not None and state.customer_draft.status == "held"
    state = resume(wf, ctx, config, {"type": "ignore"})
    assert state.recorded and sink.saved == {}


def test_a_later_crm_import_with_the_exception_resolved_releases_the_draft(wf, ctx, sink) -> None:
    config = start(wf, ctx, ROUTINE)
    later = Context(
        crm=index(status="resolved"), drafts=sink, threads=ctx.threads, default_reviewer="rita"
    )
    # What the runner does for a pending review when a CRM import changes its deal's holds.
    wf.update_state(config, {"decision": None, "review_error": None}, as_node="check_boundary")
    wf.invoke(None, config, context=later)
    state = state_of(wf, config)
    assert state.customer_draft is not None and state.customer_draft.status == "pending_review"
    assert state.packet is not None and state.packet.open_exceptions == ()
    assert pending_request(wf, config)["action_request"]["args"]["hold_reasons"] == []
    state = resume(wf, later, config, {"type": "accept"})  # sales ops may accept it now
    assert state.saved is not None and len(sink.saved) == 1


def test_an_incomplete_crm_export_holds_the_draft_and_readiness_is_unknown(sink, wf) -> None:
    ctx = Context(
        crm=index(status="resolved", missing_files=("po_requirements.csv",)),
        drafts=sink,
        default_reviewer="rita",
        managers=(MANAGER,),
    )
    config = start(
        wf, ctx, "Hello, thanks for the quote. Could you tell us where the order stands?"
    )
    state = state_of(wf, config)
    assert state.packet is not None and state.packet.readiness.value == "unknown"
    assert state.packet.missing_fields.value is None
    draft = state.customer_draft
    assert draft is not None and draft.status == "held"
    assert draft.suppression_reasons == ("crm_incomplete:po_requirements.csv",)
    assert "what we need" not in (draft.text or "")  # never: "nothing is missing"
    state = resume(wf, ctx, config, {"type": "accept", "reviewer": OWNER})
    assert sink.saved == {} and "a manager" in (state.review_error or "")
    state = resume(wf, ctx, config, {"type": "accept", "reviewer": MANAGER})
    assert state.saved is not None


class OneMailException:
    """The port as the store answers it: one other thread of the deal found an exception."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.asked: list[tuple[str, str]] = []

    def open_for(self, opportunity_id: str, *, besides: str) -> tuple[MailException, ...]:
        self.asked.append((opportunity_id, besides))
        since = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
        return (
            MailException(
                "review:7", "t-other", "exception.payment_terms_change", self.owner, since
            ),
        )


def test_an_exception_found_in_another_thread_holds_the_reply_like_a_crm_one(wf, sink) -> None:
    found = OneMailException(owner="desk@podesk.example")
    ctx = Context(
        crm=index(status="resolved"),
        drafts=sink,
        default_reviewer="rita",
        managers=(MANAGER,),
        deal_exceptions=found,
    )
    config = start(wf, ctx, ROUTINE)
    state = state_of(wf, config)
    assert state.classification is not None
    assert state.classification.label == "routine_follow_up"  # the other thread's, not this one's
    assert found.asked == [("OPP-1001", state.thread.thread_key)]  # never its own exception
    draft = state.customer_draft
    assert draft is not None and draft.status == "held"
    assert draft.suppression_reasons == ("open_exception:review:7",)
    assert "Open exception found in mail: review:7" in state.internal_note()
    state = resume(wf, ctx, config, {"type": "accept"})  # rita may not release it
    assert sink.saved == {} and "desk@podesk.example" in (state.review_error or "")
    state = resume(wf, ctx, config, {"type": "accept", "reviewer": "desk@podesk.example"})
    assert state.saved is not None and len(sink.saved) == 1
