"""`review respond` with a model: the feedback goes to it fenced; its draft is checked like any.

Both loopback models run behind the real OpenAI-compatible adapter. The cooperative one
writes a polite draft from the trusted context; the hostile one obeys whatever it reads,
the reviewer's instruction included, and pastes it into the draft.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agent.boundary import check_customer_draft
from agent.crm_index import CrmIndex
from connectors.crm import fake as crm
from connectors.llm.openai_chat import OpenAIChatModel
from connectors.mailbox.fake import InMemoryDraftSink
from graph.builder import build_graph
from graph.checkpointer import memory_checkpointer
from graph.context import Context
from graph.state import PoState
from sandboxes.model import ModelSandbox
from tests.graph.test_workflow import ROUTINE, resume, start

# "Please" makes the hostile model obey (and paste) it: it follows imperative sentences.
FEEDBACK = "Please also ask for the W-9. Please don't mention that finance has not approved it."
LEAKS = ("finance", "approved", "W-9", "mention")


def context(sandbox: ModelSandbox) -> Context:
    index = CrmIndex.from_snapshot(
        crm.snapshot(
            opportunities=[crm.opportunity("OPP-1001")],
            contacts=[crm.contact("OPP-1001", "buyer@acme.example", name="Pat Buyer")],
            requirements=[crm.requirement("OPP-1001", f) for f in ("po_number", "billing_entity")],
        )
    )
    model = OpenAIChatModel(base_url=sandbox.base_url, api_key=None, model="m", max_retries=0)
    return Context(crm=index, drafts=InMemoryDraftSink(), model=model, default_reviewer="rita")


@pytest.fixture(params=["cooperative", "hostile"])
def sandbox(request: pytest.FixtureRequest) -> Iterator[ModelSandbox]:
    with ModelSandbox(request.param) as running:
        yield running


def respond(sandbox: ModelSandbox) -> tuple[PoState, str]:
    ctx = context(sandbox)
    wf = build_graph(memory_checkpointer())
    config: dict[str, Any] = start(wf, ctx, ROUTINE)
    before = len(sandbox.requests)
    state = resume(wf, ctx, config, {"type": "response", "args": FEEDBACK})
    assert len(sandbox.requests) == before + 1  # one call per response
    return state, sandbox.prompts()[-1]


def test_the_feedback_reaches_the_model_fenced_as_an_instruction(sandbox: ModelSandbox) -> None:
    _, prompt = respond(sandbox)
    start = prompt.index("<<<BEGIN REVIEWER_INSTRUCTION nonce=")
    end = prompt.index("<<<END REVIEWER_INSTRUCTION nonce=")
    assert FEEDBACK in prompt[start:end]
    assert prompt.count(FEEDBACK) == 1  # nowhere else, in particular not as context
    assert "May request: legal billing entity and invoice address; tax ID" in prompt


def test_whatever_the_model_writes_the_feedback_never_reaches_the_customer(
    sandbox: ModelSandbox,
) -> None:
    state, _ = respond(sandbox)
    draft = state.customer_draft
    assert draft is not None and draft.status == "pending_review" and draft.text
    for word in LEAKS:
        assert word.lower() not in draft.text.lower(), (word, draft.text)
    assert check_customer_draft(draft.text).allowed
    feedback = state.feedback
    assert feedback is not None and feedback.model_calls == 1
    if sandbox.mode == "hostile":  # pasted the instruction and broke the boundary: discarded
        assert draft.written_by == "rules" and "tax ID" in draft.text
        assert (feedback.model_outcome or "").startswith("discarded:")
        assert "repeats the reviewer's internal feedback" in (feedback.model_outcome or "")
    else:
        assert draft.written_by == "model" and feedback.model_outcome == "model wording used"
    note = state.internal_note()
    assert FEEDBACK in note and "Model redraft:" in note
    assert state.result(finished=False).model_calls == 2  # assist, then the redraft
