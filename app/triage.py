"""Stateless triage: run each thread to the review gate and report, keeping nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agent.crm_index import CrmIndex
from agent.hold import THREAD_KEY, MailException, mail_exceptions, rehold
from agent.memo import cycle_memo
from agent.packet import customer_as_of
from connectors.crm.model import CrmSnapshot
from connectors.llm import ChatModel
from connectors.mailbox import build_threads
from connectors.mailbox.fake import InMemoryDraftSink
from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.model import MailThread
from graph.builder import Workflow, build_graph, run_config
from graph.checkpointer import memory_checkpointer
from graph.context import Context, MemoryThreads
from graph.state import PoState


def triage_mailbox(
    mailbox: Path, crm: CrmSnapshot, *, model: ChatModel | None = None, with_model: bool = False
) -> list[dict[str, Any]]:
    """One report line per thread (and per quarantined file); checkpoints stay in memory."""
    read = read_mailbox(mailbox)
    # The sink is never reached: triage stops every thread at the review gate.
    context = Context(crm=CrmIndex.from_snapshot(crm), drafts=InMemoryDraftSink(), model=model)
    workflow = build_graph(memory_checkpointer())
    threads = build_threads(read.messages)
    states = held_by_other_threads(threads, list(run_to_gate(workflow, context, threads)))
    lines = [
        triage_record(t, s, with_model=with_model) for t, s in zip(threads, states, strict=True)
    ]
    lines += [
        {"quarantined": True, "source": q.source, "reason": q.reason} for q in read.quarantined
    ]
    return lines


def run_to_gate(
    workflow: Workflow, context: Context, threads: Iterable[MailThread]
) -> Iterator[PoState]:
    """Run each thread up to the interrupt (or the end, for mail that is not PO-related).
    No store here: the nodes read each thread's messages from memory."""
    mail = MemoryThreads()
    context = replace(context, threads=mail)
    for thread in threads:
        config = run_config(thread.thread_key, 1)
        start = PoState(thread=mail.remember(thread), cycle=1)
        with cycle_memo():  # the rules' text work, once per thread (agent/memo.py)
            workflow.invoke(start, config, context=context, durability="sync")
        yield PoState(**workflow.get_state(config).values)


def held_by_other_threads(threads: list[MailThread], states: list[PoState]) -> list[PoState]:
    """A routine draft held by the deal exceptions the other threads of this run found, as
    the store's runs hold it (graph.nodes.hold): here every thread is known only at the end."""
    found: dict[str, list[tuple[MailThread, PoState]]] = {}
    for thread, state in zip(threads, states, strict=True):
        opp = state.link.opportunity_id if state.link else None
        if opp and state.classification and state.classification.label == "deal_exception":
            found.setdefault(opp, []).append((thread, state))
    return [_held(t, s, found) for t, s in zip(threads, states, strict=True)]


def _held(
    thread: MailThread, state: PoState, found: dict[str, list[tuple[MailThread, PoState]]]
) -> PoState:
    opp = state.link.opportunity_id if state.link else None
    others = [(t, s) for t, s in found.get(opp or "", []) if t.thread_key != thread.thread_key]
    if not others or state.packet is None or state.customer_draft is None:
        return state
    mail = tuple(_mail_exception(t, s) for t, s in others)
    listed = state.packet.open_exceptions + mail_exceptions(mail, as_of=customer_as_of(thread))
    packet, draft = rehold(state.packet, state.customer_draft, listed)
    return replace(state, packet=packet, customer_draft=draft)


def _mail_exception(thread: MailThread, state: PoState) -> MailException:
    assert state.classification is not None and state.packet is not None
    reasons = ", ".join(r.value for r in state.classification.reasons)
    return MailException(
        key=f"{THREAD_KEY}{thread.thread_key}",
        thread_key=thread.thread_key,
        kind=reasons or "deal_exception",
        owner=str(state.packet.exception_owner.value or "unassigned"),
        since=customer_as_of(thread) or datetime.min.replace(tzinfo=UTC),
    )


def triage_record(
    thread: MailThread, state: PoState, *, with_model: bool = False
) -> dict[str, Any]:
    """One JSONL line of `podesk triage` (the contract in the README): ``thread`` is the one
    ``state`` was run on."""
    assert state.link and state.extraction and state.classification and state.packet
    assert state.customer_draft is not None
    label = state.classification.label
    linked = state.link.opportunity_id is not None
    missing = state.packet.missing_fields.value if label != "not_po_related" and linked else ()
    unknown = missing is None  # the CRM export has no po_requirements.csv
    record: dict[str, Any] = {
        "thread_id": thread.thread_key,
        "subject": thread.subject,
        "message_ids": thread.message_ids,
        "label": label,
        "reasons": [r.value for r in state.classification.reasons],
        "opportunity_id": state.link.opportunity_id,
        "link_method": state.link.method,
        "link_confidence": round(state.link.confidence, 3),
        "missing_fields": None if unknown else list(missing or ()),
        "extracted": {
            "po_number": state.extraction.po_number,
            "billing_entity": (state.extraction.entity or (None,))[0],
            "tax_id": (state.extraction.tax or (None,))[0],
        },
        "customer_draft_status": state.customer_draft.status,
        "suppression_reasons": list(state.customer_draft.suppression_reasons),
        "next_action_owner": state.packet.next_action_owner.value if linked else None,
        "language": state.packet.language,
    }
    if with_model:
        draft = state.customer_draft
        reviewable = draft.status in ("pending_review", "held")
        record["customer_draft"] = draft.text if reviewable else None
        record["model_calls"] = state.assist.calls if state.assist else 0
    return record
