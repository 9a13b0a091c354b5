"""`podesk triage`: a stateless batch report. Writes nothing (checkpoints stay in memory)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from agent.cli.output import console, table

if TYPE_CHECKING:
    from connectors.llm import ChatModel


class Output(StrEnum):
    jsonl = "jsonl"
    table = "table"


def triage_lines(
    mailbox: Path, crm_dir: Path, *, model: ChatModel | None = None, with_model: bool = False
) -> list[dict[str, Any]]:
    """One report line per thread (and per quarantined file). ``with_model`` adds the
    model fields (customer_draft, model_calls), also when no model is configured."""
    from agent.cli.wiring import require_crm
    from agent.crm_index import CrmIndex
    from agent.settings import Settings
    from connectors.mailbox import InMemoryDraftSink, build_threads, read_mailbox
    from graph.builder import build_graph
    from graph.checkpointer import memory_checkpointer
    from graph.context import Context
    from graph.triage import run_to_gate, triage_record

    snapshot = require_crm(Settings(crm_dir=crm_dir))
    read = read_mailbox(mailbox)
    # The sink is never reached: triage stops every thread at the review gate.
    context = Context(crm=CrmIndex.from_snapshot(snapshot), drafts=InMemoryDraftSink(), model=model)
    workflow = build_graph(memory_checkpointer())
    threads = build_threads(read.messages)
    states = run_to_gate(workflow, context, threads)
    lines = [
        triage_record(t, s, with_model=with_model) for t, s in zip(threads, states, strict=True)
    ]
    lines += [
        {"quarantined": True, "source": q.source, "reason": q.reason} for q in read.quarantined
    ]
    return lines


def triage(
    ctx: typer.Context,
    mailbox: Annotated[Path, typer.Option(exists=True, file_okay=False, help="Mailbox folder.")],
    crm: Annotated[Path, typer.Option(exists=True, file_okay=False, help="CRM export folder.")],
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Rules only (no model).")] = False,
    output: Annotated[Output, typer.Option(help="jsonl or table.")] = Output.jsonl,
) -> None:
    """Classify a mailbox against a CRM export and print a report; nothing is stored."""
    from agent.cli.wiring import chat_model

    model = None if no_llm else chat_model(ctx.obj)
    lines = triage_lines(mailbox, crm, model=model, with_model=not no_llm)
    if output is Output.jsonl:
        for line in lines:
            print(json.dumps(line, ensure_ascii=False))
        return
    rows = [
        (
            x.get("label", "quarantined"),
            (x.get("subject") or x.get("source", ""))[:60],
            x.get("opportunity_id") or "",
            ", ".join(x.get("reasons", [x.get("reason", "")])),
            x.get("customer_draft_status", ""),
        )
        for x in lines
    ]
    console.print(
        table(
            "Triage", ["label", "subject / file", "opportunity", "reasons", "customer draft"], rows
        )
    )
