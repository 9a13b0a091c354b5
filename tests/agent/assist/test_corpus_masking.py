"""No tax ID, IBAN, account number or amount of the corpus reaches a model.

Every labelled set (``corpus/*/threads-*/``, and the shipped sample data) runs through
the workflow's model path (the graph's assist node) against the loopback
OpenAI-compatible sandbox. Assist is set to consult the model on every thread that
has inbound mail (no injection short-cut, no not-PO short-cut, no length budget), so
every word a customer wrote is offered to the model. Then every request body the
sandbox received is searched for each value found in the ORIGINAL mail (subjects,
whole bodies with quoted history, attachment and sender names) and for the tax IDs the
labellers wrote in labels.jsonl, as written and in compact form.

A failure names the set, the kind of value and how it leaked, never the value or the
mail: the holdout set may be run here but is not for reading.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.assist.mask import find_sensitive
from agent.assist.result import AssistSettings
from agent.crm_index import CrmIndex
from agent.evaluation.labels import load_labels
from agent.rules.tax import compact, find_tax_ids
from agent.rules.text import inbound
from app.triage import run_to_gate
from connectors.crm import load_crm
from connectors.llm.openai_chat import OpenAIChatModel
from connectors.mailbox import build_threads
from connectors.mailbox.fake import InMemoryDraftSink
from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.model import MailMessage, MailThread
from graph.builder import build_graph
from graph.checkpointer import memory_checkpointer
from graph.context import Context
from sandboxes.model import ModelSandbox

ROOT = Path(__file__).resolve().parents[3]
CORPUS_SETS = sorted(p for p in ROOT.glob("corpus/*/threads-*") if p.is_dir())
SETS = [ROOT / "agent" / "sample_data", *CORPUS_SETS]
KINDS = frozenset({"TAX_ID", "IBAN", "ACCOUNT", "BIC", "AMOUNT"})
EVERYTHING_TO_THE_MODEL = AssistSettings(
    consult_on_not_po=True, detect_injection=False, token_budget=1_000_000
)
_SEPARATORS = re.compile(r"[\s.,'’/\-\u2010\u2011\u2013]+")
_NUMBER = re.compile(r"\d[\d.,'’ \u00a0\u202f\u2009]*\d")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[ModelSandbox]:
    with ModelSandbox("cooperative") as server:
        yield server


def test_every_corpus_set_is_found() -> None:
    """An empty glob would make the test below check nothing and pass."""
    assert CORPUS_SETS, "no corpus/*/threads-*/ folder found: nothing to check masking on"


@pytest.mark.parametrize("data", SETS, ids=lambda p: _name(p))
def test_no_sensitive_value_reaches_the_model(data: Path, sandbox: ModelSandbox) -> None:
    for part in ("mailbox", "crm"):
        assert (data / part).is_dir(), f"{_name(data)}: no {part}/ folder (still being written?)"
    threads = build_threads(read_mailbox(data / "mailbox").messages)
    labelled = _labelled_tax_ids(data, threads)
    secrets = {
        t.thread_key: _secrets(t.messages) | labelled.get(t.thread_key, set()) for t in threads
    }
    assert any(secrets.values()), f"{_name(data)}: no value to look for; the finders found nothing"
    model = OpenAIChatModel(base_url=sandbox.base_url, api_key=None, model="m", max_retries=0)
    context = Context(
        crm=CrmIndex.from_snapshot(load_crm(data / "crm")),
        drafts=InMemoryDraftSink(),
        model=model,
        assist_settings=EVERYTHING_TO_THE_MODEL,
    )
    leaks: Counter[str] = Counter()
    seen, calls = len(sandbox.requests), 0
    states = run_to_gate(build_graph(memory_checkpointer()), context, threads)
    for thread, state in zip(threads, states, strict=True):
        bodies, seen = sandbox.requests[seen:], len(sandbox.requests)
        calls += state.assist.calls if state.assist else 0
        assert len(bodies) >= (1 if inbound(thread) else 0), f"{_name(data)}: a thread skipped"
        for key, values in secrets.items():
            scope = "same thread" if key == thread.thread_key else "another thread"
            leaks.update(f"{how}, {scope}" for body in bodies for how in _leaks(body, values))
    assert calls == sum(1 for t in threads if inbound(t)), f"{_name(data)}: a thread skipped"
    assert not leaks, f"{_name(data)}: values reached the model: {dict(leaks)}"


def _name(data: Path) -> str:
    return str(data.relative_to(ROOT))


def _secrets(messages: tuple[MailMessage, ...]) -> set[tuple[str, str, str]]:
    """(kind, value as written, "finder") for every value the masker's finders see."""
    found: set[tuple[str, str, str]] = set()
    for m in messages:
        fields = [m.subject, m.body_text, m.new_text, m.sender.name or ""]
        for text in fields + [a.filename for a in m.attachments]:
            found |= {(s.kind, s.value, "finder") for s in find_sensitive(text) if s.kind in KINDS}
            found |= {("TAX_ID", t.raw, "finder") for t in find_tax_ids(text)}
    return found


def _labelled_tax_ids(
    data: Path, threads: list[MailThread]
) -> dict[str, set[tuple[str, str, str]]]:
    """The labellers' tax IDs per thread key: found by people, not by the finder under test.
    Only numbers (six digits or more): a label may also say "tax exempt" or "W-9 on file"."""
    labels = data / "labels.jsonl"
    if not labels.exists():
        return {}
    key_of = {m.message_id: t.thread_key for t in threads for m in t.messages}
    found: dict[str, set[tuple[str, str, str]]] = {}
    for label in load_labels(labels):
        value = label.extracted.tax_id or ""
        keys = {key_of.get(mid.strip("<>"), "") for mid in label.message_ids}
        if sum(c.isdigit() for c in value) >= 6:
            for key in keys:
                found.setdefault(key, set()).add(("TAX_ID", value, "labels"))
    return found


def _leaks(body: dict[str, object], secrets: set[tuple[str, str, str]]) -> Iterator[str]:
    text = json.dumps(body, ensure_ascii=False)
    prompt = "\n".join(str(m.get("content", "")) for m in _messages(body))
    digits = re.sub(r"\D", "", prompt)
    for kind, value, source in secrets:
        if re.sub(r"\D", "", value) not in digits:
            continue  # every way of showing a value shows its digits in a row: a fast skip
        bare_number = kind == "AMOUNT" and _NUMBER.fullmatch(value) is not None
        if not bare_number and (_shown(value, text) or _shown(value, prompt)):
            yield f"{kind} ({source}) as written"
        elif kind != "AMOUNT" and len(compact(value)) >= 8 and _spaced(compact(value), prompt):
            yield f"{kind} ({source}) in another spacing"
        elif kind == "AMOUNT" and any(_shown(n, prompt) for n in _numbers(value)):
            yield f"AMOUNT ({source}) number without its currency"


def _spaced(chars: str, text: str) -> bool:
    """The characters of an identifier with any separators between them, as a whole token:
    "DE 136-695.976" shows DE136695976."""
    pattern = _SEPARATORS.pattern.replace("+", "*").join(map(re.escape, chars))
    return re.search(rf"(?i)(?<![0-9A-Za-z]){pattern}(?![0-9A-Za-z])", text) is not None


def _shown(value: str, text: str) -> bool:
    """``value`` as a whole token: "$500" is not shown by "$5000", nor "1234" by "41234"."""
    return re.search(rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])", text) is not None


def _messages(body: dict[str, object]) -> list[dict[str, object]]:
    messages = body.get("messages")
    return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []


def _numbers(amount: str) -> list[str]:
    """The number of an amount as written ("48,000.00" of "USD 48,000.00"), when it is
    specific enough to mean that amount: five digits, or four with a separator ("2026"
    alone is more often a year)."""
    found = [(n, sum(c.isdigit() for c in n)) for n in _NUMBER.findall(amount)]
    return [n for n, d in found if d >= 5 or (d >= 4 and not n.isdigit())]
