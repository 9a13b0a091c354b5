"""OutlookDraftSink against the Graph sandbox: threaded reply drafts, exactly once, never sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.mailbox.model import MailMessage
from connectors.outlook import GraphError, OutlookDraftSink, OutlookMailbox, RetryPolicy
from connectors.outlook.drafts import KEY_PROPERTY, READY_PROPERTY
from connectors.ports import DraftRequest
from sandboxes.graph import GraphSandbox

from .conftest import client_for, graph_requests, seed, sent_anything
from .test_sync import Store

APPROVED = "Hello,\n\nthank you for PO 4711 <attached>.\n\nOrders team"


def inbox_messages(sandbox: GraphSandbox, tmp_path: Path, count: int) -> list[MailMessage]:
    seed(sandbox, inbox=count)
    client = client_for(sandbox, tmp_path)
    read = OutlookMailbox(client.config, Store(), client=client).read()
    return sorted(read.messages, key=lambda m: m.date or 0)  # type: ignore[arg-type, return-value]


def draft_request(message: MailMessage, key: str) -> DraftRequest:
    return DraftRequest(
        idempotency_key=key,
        thread_key=message.conversation_id or message.message_id,
        reply_to=message,
        to=(message.sender,),
        subject=f"Re: {message.subject}",
        body_text=APPROVED,
    )


def properties(draft: dict[str, object]) -> dict[str, str]:
    values = draft.get("singleValueExtendedProperties") or []
    return {str(p["id"]): str(p["value"]) for p in values}  # type: ignore[index, union-attr]


def test_reply_lands_as_a_draft_in_the_conversation(sandbox: GraphSandbox, tmp_path: Path) -> None:
    original = inbox_messages(sandbox, tmp_path, 2)[0]
    sink = OutlookDraftSink(
        client_for(sandbox, tmp_path).config, client=client_for(sandbox, tmp_path)
    )

    saved = sink.save_draft(draft_request(original, "draft-OPP-1-1"))

    assert saved.created
    [draft] = sandbox.drafts()
    assert draft["id"] == saved.location
    assert draft["isDraft"] is True
    assert draft["conversationId"] == original.conversation_id
    assert draft["toRecipients"] == [
        {"emailAddress": {"address": original.sender.email, "name": original.sender.name}}
    ]
    assert properties(draft)[KEY_PROPERTY] == "draft-OPP-1-1"
    assert properties(draft)[READY_PROPERTY] == "draft-OPP-1-1"
    body = draft["body"]["content"]  # type: ignore[index]
    assert "thank you for PO 4711 &lt;attached&gt;." in body
    assert body.index("Orders team") < body.index(original.new_text.splitlines()[0][:20])
    assert not sent_anything(sandbox)


@pytest.mark.parametrize("was_read", [False, True])
def test_original_is_read_state_is_restored(
    sandbox: GraphSandbox, tmp_path: Path, was_read: bool
) -> None:
    original = inbox_messages(sandbox, tmp_path, 1)[0]
    client = client_for(sandbox, tmp_path)
    client.patch(client.message_url(original.source), {"isRead": was_read})

    OutlookDraftSink(client.config, client=client).save_draft(draft_request(original, "k"))

    [stored] = [m for m in sandbox.messages("inbox") if m["id"] == original.source]
    assert stored["isRead"] is was_read


def test_a_second_save_finds_the_first_draft(sandbox: GraphSandbox, tmp_path: Path) -> None:
    original = inbox_messages(sandbox, tmp_path, 1)[0]
    client = client_for(sandbox, tmp_path)
    sink = OutlookDraftSink(client.config, client=client)
    assert sink.find_draft("key-1") is None

    first = sink.save_draft(draft_request(original, "key-1"))
    sandbox.clear_requests()
    again = sink.save_draft(draft_request(original, "key-1"))
    found = OutlookDraftSink(client.config, client=client_for(sandbox, tmp_path)).find_draft(
        "key-1"
    )

    assert (again.created, again.location) == (False, first.location)
    assert found is not None and found.location == first.location
    assert len(sandbox.drafts()) == 1
    assert [r.method for r in graph_requests(sandbox)] == ["GET", "GET"]  # lookups only


def test_keys_with_quotes_are_looked_up_exactly(sandbox: GraphSandbox, tmp_path: Path) -> None:
    original = inbox_messages(sandbox, tmp_path, 1)[0]
    client = client_for(sandbox, tmp_path)
    sink = OutlookDraftSink(client.config, client=client)
    sink.save_draft(draft_request(original, "o'brien-1"))
    assert sink.find_draft("o'brien-1") is not None
    assert sink.find_draft("o'brien") is None


def test_lost_create_reply_responses_never_yield_a_second_draft(
    make_sandbox: object, tmp_path: Path
) -> None:
    sandbox: GraphSandbox = make_sandbox(faults=0.3, seed=7)  # type: ignore[operator]
    messages = inbox_messages(sandbox, tmp_path, 60)[::2]
    client = client_for(sandbox, tmp_path, retries=12)
    sink = OutlookDraftSink(client.config, client=client)

    for n, message in enumerate(messages):
        sink.save_draft(draft_request(message, f"key-{n}"))

    lost = [
        r
        for r in sandbox.requests
        if r.fault == "lost_response" and r.path.endswith("/createReply")
    ]
    assert lost, "the seed should lose at least one createReply response"
    _assert_one_ready_draft_per_key(sandbox, {f"key-{n}" for n in range(len(messages))})
    assert not sent_anything(sandbox)


def test_a_retry_after_a_crash_mid_save_finishes_the_same_draft(
    make_sandbox: object, tmp_path: Path
) -> None:
    sandbox: GraphSandbox = make_sandbox(faults=0.4, seed=3)  # type: ignore[operator]
    messages = inbox_messages(sandbox, tmp_path, 60)[::2]
    keys = [f"key-{n}" for n in range(len(messages))]
    # First run: one attempt per request, as if the process died at the first failure.
    fragile = client_for(sandbox, tmp_path)
    fragile.policy.attempts = 1
    crashed = 0
    for key, message in zip(keys, messages, strict=True):
        try:
            OutlookDraftSink(fragile.config, client=fragile).save_draft(draft_request(message, key))
        except GraphError:  # throttled, unavailable or reset: the "process" dies here
            crashed += 1
    assert crashed and any(
        r.fault == "lost_response" and r.path.endswith("/createReply") for r in sandbox.requests
    )
    # Second run, a fresh client (a new process): every key ends with exactly one draft.
    client = client_for(sandbox, tmp_path, retries=12)
    sink = OutlookDraftSink(client.config, client=client)
    for key, message in zip(keys, messages, strict=True):
        sink.save_draft(draft_request(message, key))
    _assert_one_ready_draft_per_key(sandbox, set(keys))


def _assert_one_ready_draft_per_key(sandbox: GraphSandbox, keys: set[str]) -> None:
    drafts = sandbox.drafts()
    stamped = [properties(d).get(KEY_PROPERTY) for d in drafts]
    assert sorted(stamped) == sorted(keys)  # one each, none extra
    for draft in drafts:
        assert properties(draft).get(READY_PROPERTY) == properties(draft)[KEY_PROPERTY]
        assert "thank you for PO 4711" in draft["body"]["content"]  # type: ignore[index]


def test_retry_policy_type_is_exported() -> None:
    assert RetryPolicy().attempts >= 1
