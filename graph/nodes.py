"""Thin nodes: each reads state, calls one domain function, returns its slice of state."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.assist import assist
from agent.assist.apply import customer_draft as assisted_draft
from agent.assist.apply import merged_extraction
from agent.boundary import check_customer_draft
from agent.classify import classify
from agent.correction import corrected_classification, corrected_link
from agent.draft import write_customer_draft
from agent.errors import ReviewStateError
from agent.extract import extract
from agent.hold import rehold, release_refusal
from agent.link import link_thread
from agent.models import (
    Classification,
    DraftStatus,
    Extraction,
    LinkResult,
    Packet,
    ReviewDecision,
)
from agent.packet import build_packet, exception_list, with_crm, with_decision
from agent.review import check_edit, idempotency_key, parse_response, review_request
from agent.revise import revise
from connectors.mailbox.model import MailThread
from connectors.ports import DraftRequest
from graph.context import Context
from graph.state import PoState

Update = dict[str, Any]
_IDENTIFIER_LINKS = frozenset({"opportunity_id", "quote_number", "po_number"})


def mail(state: PoState, ctx: Context) -> MailThread:
    """The cycle's messages: the state keeps a reference, the context reads them (a state
    checkpointed before references carries them itself)."""
    thread = state.thread
    return thread if isinstance(thread, MailThread) else ctx.threads.thread(thread)


def link(state: PoState, runtime: Runtime[Context]) -> Update:
    if state.correction is not None and state.correction.relinked:
        return {"link": corrected_link(LinkResult(), state.correction)}  # a person's choice
    return {"link": link_thread(mail(state, runtime.context), runtime.context.crm)}


def extract_fields(state: PoState, runtime: Runtime[Context]) -> Update:
    return {"extraction": extract(mail(state, runtime.context))}


def classify_thread(state: PoState, runtime: Runtime[Context]) -> Update:
    assert state.link is not None and state.extraction is not None
    crm = runtime.context.crm
    opp_id = state.link.opportunity_id
    thread = mail(state, runtime.context)
    rules = classify(
        thread,
        state.extraction,
        opportunity=crm.opportunity(opp_id) if opp_id else None,
        customer_domains=crm.customer_domains,
        linked_by_identifier=state.link.method in _IDENTIFIER_LINKS,
    )
    count = len(thread.messages)
    return {"classification": corrected_classification(rules, state.correction, messages=count)}


def build_packet_node(state: PoState, runtime: Runtime[Context]) -> Update:
    assert state.link and state.extraction and state.classification
    return {"packet": _packet(state, runtime.context, state.extraction, state.classification)}


def _packet(
    state: PoState, ctx: Context, extraction: Extraction, classification: Classification
) -> Packet:
    assert state.link is not None
    crm, opp_id = ctx.crm, state.link.opportunity_id
    return build_packet(
        mail(state, ctx),
        state.link,
        extraction,
        classification,
        opportunity=crm.opportunity(opp_id) if opp_id else None,
        contacts=crm.contacts_for(opp_id) if opp_id else (),
        requirements=crm.requirements_for(opp_id) if opp_id else (),
        open_exceptions=crm.open_exceptions_for(opp_id) if opp_id else (),
        missing_files=crm.missing_files,
    )


def assist_thread(state: PoState, runtime: Runtime[Context]) -> Update:
    """At most one model call per cycle; the rules' results stand when there is no model."""
    assert state.extraction and state.classification and state.packet
    ctx = runtime.context
    if ctx.model is None:
        return {}  # rules only: nothing to add, and nothing extra to checkpoint at every step
    thread = mail(state, ctx)
    result = assist(
        thread,
        state.extraction,
        state.classification,
        state.packet,
        model=ctx.model,
        settings=ctx.assist_settings,
    )
    update: Update = {"assist": result}
    extraction = merged_extraction(state.extraction, result)
    # A person's label stands over the model's too: they read the thread the model reads.
    classification = corrected_classification(
        result.classification, state.correction, messages=len(thread.messages)
    )
    if classification != state.classification or extraction != state.extraction:
        # Rebuilt from the CRM: the model can escalate or fill a hint, never set a fact.
        update |= {
            "classification": classification,
            "extraction": extraction,
            "packet": _packet(state, ctx, extraction, classification),
        }
    return update


def draft(state: PoState, runtime: Runtime[Context]) -> Update:
    assert state.link and state.classification and state.packet
    decision, ctx = state.decision, runtime.context
    if decision is not None and decision.action == "response" and decision.text:
        revised, feedback = revise(
            thread=mail(state, ctx),
            classification=state.classification,
            packet=state.packet,
            current=state.customer_draft,
            decision=decision,
            before=state.feedback,
            model=ctx.model,
            settings=ctx.assist_settings,
        )
        return {"customer_draft": revised, "feedback": feedback}
    instructions = state.feedback.instructions if state.feedback else None
    rules_draft = write_customer_draft(state.packet, instructions=instructions)
    return {"customer_draft": assisted_draft(state.assist, rules_draft)}


def check_boundary(state: PoState, runtime: Runtime[Context]) -> Update:
    """Deterministic gate on whatever customer text exists: rules', model's or reviewer's."""
    current = state.customer_draft
    assert current is not None
    domains = runtime.context.allowed_link_domains
    if state.decision is not None and state.decision.action == "edit":
        assert state.decision.text is not None
        edited, refusal, verdict = check_edit(
            current, state.decision.text, allowed_link_domains=domains
        )
        if refusal is not None:  # the previous draft stays, unchanged
            return {"review_error": refusal, "boundary": verdict}
        return {"customer_draft": edited, "boundary": verdict}
    if current.text is None:
        return {"customer_draft": current, "boundary": None}
    verdict = check_customer_draft(current.text, allowed_link_domains=domains)
    if verdict.allowed:
        return {"customer_draft": current, "boundary": verdict}
    suppressed = current.model_copy(
        update={"status": DraftStatus.SUPPRESSED, "suppression_reasons": verdict.reasons}
    )
    return {"customer_draft": suppressed, "boundary": verdict}


def hold(state: PoState, runtime: Runtime[Context]) -> Update:
    """The deal's facts as the CRM has them now (owners, contract and order-queue status: a
    later import may have moved them), and a reviewable draft held while its deal has an
    open exception — in the CRM as loaded now, or found in another thread's mail and not yet
    resolved; the runner reruns this for waiting reviews the CRM changed, and releases a
    draft once no exception is left (app/gate.py refresh_holds)."""
    packet, link, classification = state.packet, state.link, state.classification
    if packet is None or link is None or link.opportunity_id is None or classification is None:
        return {}
    ctx, opp = runtime.context, link.opportunity_id
    fresh = with_crm(
        packet,
        opportunity=ctx.crm.opportunity(opp),
        open_exceptions=ctx.crm.open_exceptions_for(opp),
        label=classification.label,
    )
    update: Update = {}
    current = state.customer_draft
    held_ok = current is not None and current.status in ("pending_review", "held")
    if current is not None and held_ok and current.text is not None:
        found = ctx.deal_exceptions.open_for(opp, besides=state.thread.thread_key)
        listed = exception_list(ctx.crm.open_exceptions_for(opp), mail(state, ctx), found)
        fresh, held = rehold(fresh, current, listed)
        if held is not current:
            update["customer_draft"] = held
    if fresh is not packet:
        update["packet"] = fresh
    return update


def review(state: PoState, runtime: Runtime[Context]) -> Update:
    """Only interrupts: no side effect may happen before interrupt() in this node."""
    assert state.classification and state.packet and state.customer_draft
    request = review_request(
        thread_key=state.thread.thread_key,
        cycle=state.cycle,
        subject=state.thread.subject,
        classification=state.classification,
        packet=state.packet,
        draft=state.customer_draft,
        internal_note=state.internal_note(),
        refused=state.review_error,
    )
    answer = interrupt([request])
    ctx = runtime.context
    try:
        decision = parse_response(
            answer, default_reviewer=ctx.default_reviewer, config=request["config"]
        )
    except ReviewStateError as exc:
        # Raising here would pin the bad answer to this task for good; ask again instead.
        return {"review_error": str(exc), "decision": None}
    refusal = held_refusal(state, decision, ctx.managers)
    if refusal is not None:
        return {"review_error": refusal, "decision": None}
    return {"decision": decision, "review_error": None}


def held_refusal(state: PoState, decision: ReviewDecision, managers: tuple[str, ...]) -> str | None:
    """Only an owner of the holding exception(s) or a manager may accept a held draft."""
    current, packet = state.customer_draft, state.packet
    if decision.action != "accept" or current is None or current.status != "held":
        return None
    assert packet is not None
    return release_refusal(
        decision.reviewer, current.suppression_reasons, packet.open_exceptions, managers
    )


def save_draft(state: PoState, runtime: Runtime[Context]) -> Update:
    """Exactly once per approval: ledger first, then a sink that dedupes on the same key."""
    current, ctx = state.customer_draft, runtime.context
    # "held" only after its owner or a manager accepted it (see review).
    assert current is not None and current.text is not None
    assert current.status in ("pending_review", "held")
    verdict = check_customer_draft(current.text, allowed_link_domains=ctx.allowed_link_domains)
    if not verdict.allowed:  # checked again right before anything leaves the database
        return {
            "customer_draft": current.model_copy(
                update={"status": DraftStatus.SUPPRESSED, "suppression_reasons": verdict.reasons}
            ),
            "boundary": verdict,
        }
    thread = state.thread
    key = idempotency_key(thread.thread_key, state.cycle, current.text)
    with ctx.thread_lock(thread.thread_key):
        saved = ctx.ledger.get(key) or ctx.drafts.find_draft(key)
        if saved is None:
            saved = ctx.drafts.save_draft(_draft_request(mail(state, ctx), key, current.text))
        ctx.ledger.record(saved, thread_key=thread.thread_key, kind="reply_draft")
    return {"saved": saved}


def _draft_request(thread: MailThread, key: str, text: str) -> DraftRequest:
    inbound = [m for m in thread.messages if m.folder == "inbox"] or list(thread.messages)
    latest = inbound[-1]
    subject = latest.subject or thread.subject
    return DraftRequest(
        idempotency_key=key,
        thread_key=thread.thread_key,
        reply_to=latest,
        to=(latest.sender,),
        subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
        body_text=text,
    )


def record(state: PoState, runtime: Runtime[Context]) -> Update:
    packet = state.packet
    if packet is not None and state.decision is not None:
        packet = with_decision(packet, state.decision.action, state.decision.reviewer)
    final = PoState(**{**state.__dict__, "packet": packet})
    # Not yet "finished": the runner says so once the checkpoint shows the graph ended. A
    # process killed after this write and before that checkpoint must leave the cycle open
    # in the store, or no later sync would look at it again (app/runner.py, recover).
    runtime.context.recorder.record_outcome(final.result(finished=False))
    categories = thread_categories(state)
    if categories:  # idempotent: a replay after a crash sets the same categories again
        runtime.context.labeler.label_thread(mail(state, runtime.context).messages, categories)
    return {"packet": packet, "recorded": True}


def thread_categories(state: PoState) -> tuple[str, ...]:
    """What deal desk sees on the thread in Outlook."""
    label = state.classification.label if state.classification else None
    names = {"routine_follow_up": ("PO Desk: Routine",), "deal_exception": ("PO Desk: Exception",)}
    return names.get(label or "", ()) + (("PO Desk: Draft ready",) if state.saved else ())
