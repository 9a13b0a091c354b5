"""A storm of 20% injected 429/503/504/resets/lost responses loses nothing and sends nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.outlook import ROUTINE, OutlookDraftSink, OutlookLabeler, OutlookMailbox
from connectors.outlook.drafts import KEY_PROPERTY, READY_PROPERTY

from .conftest import SandboxFactory, client_for, customer_mail, seed, sent_anything
from .test_drafts import draft_request, properties
from .test_sync import Store


@pytest.mark.slow
def test_twenty_percent_faults_lose_nothing(make_sandbox: SandboxFactory, tmp_path: Path) -> None:
    sandbox = make_sandbox(faults=0.2, seed=2026)
    added = seed(sandbox, inbox=1700, sent=300)
    for n in range(3000, 3060):  # some with attachments: $batch items get faults too
        added[sandbox.add_message(customer_mail(n, attachments=1))] = customer_mail(n).message_id
    client = client_for(sandbox, tmp_path, retries=10, page_size=250)
    state = Store()
    mailbox = OutlookMailbox(client.config, state, client=client)

    read = mailbox.read()
    assert len(read.messages) == len(added) == 2060
    assert {m.source for m in read.messages} == set(added)
    assert all(len(m.attachments) == 1 for m in read.messages if m.source in list(added)[-60:])
    state.update(read.cursor)

    fresh = {sandbox.add_message(customer_mail(n)) for n in range(9000, 9040)}
    incremental = mailbox.read()
    assert {m.source for m in incremental.messages} == fresh

    inbound = [m for m in read.messages if m.folder == "inbox"][:40]
    sink = OutlookDraftSink(client.config, client=client)
    labeler = OutlookLabeler(client.config, client=client)
    for n, message in enumerate(inbound):
        sink.save_draft(draft_request(message, f"storm-{n}"))
        sink.save_draft(draft_request(message, f"storm-{n}"))  # a replay: no second draft
        labeler.label_thread((message,), (ROUTINE,))

    drafts = sandbox.drafts()
    assert sorted(properties(d)[KEY_PROPERTY] for d in drafts) == sorted(
        f"storm-{n}" for n in range(40)
    )
    assert all(properties(d)[READY_PROPERTY] == properties(d)[KEY_PROPERTY] for d in drafts)
    labelled = {m["id"]: m["categories"] for m in sandbox.messages("inbox")}
    assert all(labelled[m.source] == [ROUTINE] for m in inbound)

    kinds = {r.fault for r in sandbox.requests if r.fault}
    assert {"429", "503", "504", "reset", "lost_response"} <= kinds  # the storm really happened
    assert client.policy.waits  # and we waited it out
    assert not sent_anything(sandbox)
