"""OutlookLabeler against the sandbox: master categories when allowed, plain ones otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from O365.category import Categories

from connectors.mailbox.model import MailMessage
from connectors.outlook import DRAFT_READY, EXCEPTION, ROUTINE, OutlookLabeler, OutlookMailbox
from sandboxes.graph import GraphSandbox

from .conftest import SandboxFactory, client_for, graph_requests, seed
from .test_sync import Store


def thread(sandbox: GraphSandbox, tmp_path: Path) -> tuple[MailMessage, ...]:
    seed(sandbox, inbox=2)
    client = client_for(sandbox, tmp_path)
    return OutlookMailbox(client.config, Store(), client=client).read().messages


def categories_of(sandbox: GraphSandbox, messages: tuple[MailMessage, ...]) -> list[list[str]]:
    stored = {m["id"]: m for m in sandbox.messages("inbox")}
    return [list(stored[m.source]["categories"]) for m in messages]


def test_labels_create_master_categories_and_union_with_existing(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    messages = thread(sandbox, tmp_path)
    client = client_for(sandbox, tmp_path)
    client.patch(client.message_url(messages[0].source), {"categories": ["Blue category"]})
    labeler = OutlookLabeler(client.config, client=client)

    labeler.label_thread(messages, (ROUTINE, DRAFT_READY))

    names = {c["displayName"]: c["color"] for c in sandbox.categories()}
    assert names[ROUTINE] == "preset4" and names[DRAFT_READY] == "preset7"
    assert "none" in names.values()  # the colourless category O365 cannot read did not stop us
    assert categories_of(sandbox, messages) == [
        ["Blue category", ROUTINE, DRAFT_READY],
        [ROUTINE, DRAFT_READY],
    ]
    sandbox.clear_requests()
    OutlookLabeler(client.config, client=client).label_thread(messages, (ROUTINE,))
    writes = [r for r in graph_requests(sandbox) if r.method == "PATCH" or "createReply" in r.path]
    posts = {r.path.rsplit("/", 1)[-1] for r in graph_requests(sandbox) if r.method == "POST"}
    assert not writes and posts <= {"$batch"}  # already labelled: reads only


def test_without_mailbox_settings_permission_plain_categories_are_set(
    make_sandbox: SandboxFactory, tmp_path: Path
) -> None:
    sandbox = make_sandbox(app_roles=("Mail.ReadWrite",))
    messages = thread(sandbox, tmp_path)
    client = client_for(sandbox, tmp_path)
    labeler = OutlookLabeler(client.config, client=client)

    labeler.label_thread(messages, (EXCEPTION,))

    assert not labeler.masters_allowed
    assert EXCEPTION not in {c["displayName"] for c in sandbox.categories()}
    assert categories_of(sandbox, messages) == [[EXCEPTION], [EXCEPTION]]


def test_o365_alone_cannot_read_a_colourless_master_category(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    """The quirk the labeler works around: O365's Category rejects colour "none"."""
    client = client_for(sandbox, tmp_path)
    with pytest.raises(ValueError, match="none"):
        Categories(parent=client.account).get_categories()
    OutlookLabeler(client.config, client=client).ensure_master_categories((ROUTINE,))
    assert ROUTINE in {c["displayName"] for c in sandbox.categories()}
