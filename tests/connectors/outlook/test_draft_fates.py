"""OutlookDraftSink.draft_fates against the Graph sandbox over HTTPS: a saved draft carries
Graph's webLink, and later looks tell a draft still waiting from one deal desk sent or
deleted, in one $batch however many drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.outlook import OutlookDraftSink
from connectors.ports import DraftFate, SavedDraft
from sandboxes.graph import GraphSandbox
from sandboxes.graph.errors import GraphErrorReply

from .conftest import client_for, graph_requests, sent_anything
from .test_drafts import draft_request, inbox_messages


def sink_for(sandbox: GraphSandbox, tmp_path: Path) -> OutlookDraftSink:
    client = client_for(sandbox, tmp_path)
    return OutlookDraftSink(client.config, client=client)


def saved_drafts(sandbox: GraphSandbox, tmp_path: Path, count: int) -> list[SavedDraft]:
    sink = sink_for(sandbox, tmp_path)
    originals = inbox_messages(sandbox, tmp_path, count * 2)[::2]
    return [sink.save_draft(draft_request(m, f"key-{n}")) for n, m in enumerate(originals)]


def test_a_saved_draft_carries_the_web_link_graph_gave(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    [saved] = saved_drafts(sandbox, tmp_path, 1)
    [draft] = sandbox.drafts()
    assert saved.web_link is not None and saved.web_link.startswith("https://")
    assert saved.web_link == draft["webLink"]
    # Found again by key (a retry after a crash): the same link, no second draft.
    again = sink_for(sandbox, tmp_path).find_draft("key-0")
    assert again is not None and again.web_link == saved.web_link
    assert len(sandbox.drafts()) == 1


def test_fates_still_draft_sent_and_deleted(sandbox: GraphSandbox, tmp_path: Path) -> None:
    waiting, sent, deleted, binned = saved_drafts(sandbox, tmp_path, 4)
    sandbox.send_draft(sent.location)
    sandbox.remove_message(deleted.location)
    sandbox.move_message(binned.location, "deleteditems")
    sandbox.clear_requests()

    fates = sink_for(sandbox, tmp_path).draft_fates([waiting, sent, deleted, binned])

    assert fates == {
        "key-0": DraftFate.DRAFT,
        "key-1": DraftFate.SENT,
        "key-2": DraftFate.DELETED,
        "key-3": DraftFate.DELETED,
    }
    batches = [r for r in graph_requests(sandbox) if r.path.endswith("$batch")]
    assert len(batches) == 1  # four drafts and two folders: one request
    assert not sent_anything(sandbox)


def test_many_drafts_cost_one_batch_per_twenty(sandbox: GraphSandbox, tmp_path: Path) -> None:
    drafts = saved_drafts(sandbox, tmp_path, 25)
    sandbox.clear_requests()
    fates = sink_for(sandbox, tmp_path).draft_fates(drafts)
    assert set(fates.values()) == {DraftFate.DRAFT} and len(fates) == 25
    assert len([r for r in graph_requests(sandbox) if r.path.endswith("$batch")]) == 2


def test_no_drafts_no_request(sandbox: GraphSandbox, tmp_path: Path) -> None:
    sandbox.clear_requests()
    assert sink_for(sandbox, tmp_path).draft_fates([]) == {}
    assert not graph_requests(sandbox)


def test_a_sent_draft_is_still_not_sendable_again(sandbox: GraphSandbox, tmp_path: Path) -> None:
    """The sandbox's send is a person's act in Outlook: it refuses an item that is no draft."""
    [saved] = saved_drafts(sandbox, tmp_path, 1)
    sandbox.send_draft(saved.location)
    [sent] = [m for m in sandbox.messages("sentitems") if m["id"] == saved.location]
    assert sent["isDraft"] is False and not sandbox.drafts()
    with pytest.raises(GraphErrorReply, match="ErrorInvalidOperation"):
        sandbox.send_draft(saved.location)
