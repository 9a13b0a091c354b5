"""OutlookMailbox against the Graph sandbox: delta sync, paging, removals, stale tokens."""

from __future__ import annotations

import math
from pathlib import Path

from connectors.outlook import GraphClient, OutlookMailbox, RetryPolicy
from sandboxes.graph import GraphSandbox

from .conftest import SandboxFactory, client_for, customer_mail, graph_requests, seed


class Store(dict[str, str]):
    """SyncState the way the caller keeps it: cursor values saved after each read."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key, default)


def test_initial_sync_reads_2000_messages_in_large_pages(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    added = seed(sandbox, inbox=1600, sent=400)
    mailbox = OutlookMailbox(
        (client := client_for(sandbox, tmp_path, page_size=500)).config, Store(), client=client
    )
    sandbox.clear_requests()

    read = mailbox.read()

    assert read.complete and not read.removed
    assert len(read.messages) == 2000
    assert {m.source for m in read.messages} == set(added)
    assert {m.message_id for m in read.messages} == set(added.values())  # no angle brackets
    assert {m.folder for m in read.messages} == {"inbox", "sent"}
    assert all(m.conversation_id for m in read.messages)
    assert set(read.cursor) == {"delta:inbox", "delta:sent"}
    # Pages of 500: the floor is one request per page (no attachments, no machine mail here).
    deltas = [r for r in graph_requests(sandbox) if r.path.endswith("/delta")]
    assert len(deltas) == math.ceil(1600 / 500) + math.ceil(400 / 500)
    assert len(graph_requests(sandbox)) == len(deltas)
    first = deltas[0]
    assert "odata.maxpagesize=500" in first.headers.get("prefer", first.headers.get("Prefer", ""))


def test_threads_line_up_by_conversation(sandbox: GraphSandbox, tmp_path: Path) -> None:
    seed(sandbox, inbox=4)
    client = client_for(sandbox, tmp_path)
    read = OutlookMailbox(client.config, Store(), client=client).read()
    by_id = {m.message_id: m for m in read.messages}
    assert (
        by_id["thread-0@customer.example"].conversation_id
        == by_id["msg-1@customer.example"].conversation_id
    )
    assert (
        by_id["thread-0@customer.example"].conversation_id
        != by_id["thread-1@customer.example"].conversation_id
    )
    assert by_id["msg-1@customer.example"].new_text.startswith("Please find PO 45000000")


def test_incremental_sync_with_nothing_new_costs_one_request_per_folder(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    seed(sandbox, inbox=1200, sent=300)
    client = client_for(sandbox, tmp_path)
    state = Store()
    mailbox = OutlookMailbox(client.config, state, client=client)
    state.update(mailbox.read().cursor)
    sandbox.clear_requests()

    read = mailbox.read()

    assert not read.complete and not read.messages and not read.removed
    assert [r.method for r in graph_requests(sandbox)] == ["GET", "GET"]
    assert set(read.cursor) == {"delta:inbox", "delta:sent"}


def test_new_and_removed_messages_arrive_incrementally(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    added = seed(sandbox, inbox=10, sent=2)
    client = client_for(sandbox, tmp_path)
    state = Store()
    mailbox = OutlookMailbox(client.config, state, client=client)
    state.update(mailbox.read().cursor)

    gone = list(added)[:2]
    for graph_id in gone:
        sandbox.remove_message(graph_id)
    fresh = {sandbox.add_message(customer_mail(n), folder="inbox") for n in (100, 101, 102)}
    read = mailbox.read()

    assert not read.complete
    assert {m.source for m in read.messages} == fresh
    assert set(read.removed) == set(gone)
    state.update(read.cursor)
    assert not mailbox.read().messages  # the new links moved past those changes


def test_stale_delta_token_triggers_a_full_resync_without_duplicates(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    added = seed(sandbox, inbox=700, sent=50)
    client = client_for(sandbox, tmp_path, page_size=300)
    state = Store()
    mailbox = OutlookMailbox(client.config, state, client=client)
    state.update(mailbox.read().cursor)
    sandbox.expire_delta_tokens()
    sandbox.add_message(customer_mail(5000), folder="inbox")

    read = mailbox.read()

    assert read.complete
    ids = [m.source for m in read.messages]
    assert len(ids) == len(set(ids)) == len(added) + 1
    assert read.cursor["delta:inbox"] != state["delta:inbox"]
    state.update(read.cursor)
    assert not mailbox.read().messages


def test_attachment_metadata_is_batched(sandbox: GraphSandbox, tmp_path: Path) -> None:
    with_files = {sandbox.add_message(customer_mail(n, attachments=2)): n for n in range(45)}
    seed(sandbox, inbox=10, start=1000)
    client = client_for(sandbox, tmp_path)
    sandbox.clear_requests()

    read = OutlookMailbox(client.config, Store(), client=client).read()

    for message in read.messages:
        n = with_files.get(message.source)
        if n is None:
            assert message.attachments == ()
            continue
        assert [a.filename for a in message.attachments] == [f"PO-{n}-0.pdf", f"PO-{n}-1.pdf"]
        assert [a.size for a in message.attachments] == [1000, 1001]
        assert message.attachments[0].content_type == "application/pdf"
    # 45 messages with files: 3 batches of at most 20, no request per message.
    batches = [r for r in graph_requests(sandbox) if r.path.endswith("$batch")]
    assert len(batches) == math.ceil(45 / 20)


def test_retry_after_is_honoured(make_sandbox: SandboxFactory, tmp_path: Path) -> None:
    sandbox = make_sandbox(faults=0.3, seed=11)
    seed(sandbox, inbox=1)
    slept: list[float] = []
    config = client_for(sandbox, tmp_path, retry_max_delay=30).config
    client = GraphClient(
        config, policy=RetryPolicy(attempts=10, base_delay=0.01, sleep=slept.append)
    )
    mailbox = OutlookMailbox(config, Store(), client=client)
    for _ in range(15):
        assert len(mailbox.read().messages) == 1

    throttled = [r for r in sandbox.requests if r.fault in ("429", "503")]
    assert throttled
    # Each 429/503 said Retry-After: 1; every other failure got a short jittered backoff.
    assert slept.count(1.0) == len(throttled)
    assert all(s == 1.0 or s <= 0.01 * 2**9 for s in slept)


def test_a_stored_link_for_another_host_is_not_followed(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    """A delta link from another Graph (or a tampered database) never receives our token."""
    seed(sandbox, inbox=3)
    client = client_for(sandbox, tmp_path)
    state = Store({"delta:inbox": "https://attacker.example/v1.0/users/x/messages/delta?t=1"})
    read = OutlookMailbox(client.config, state, client=client).read()
    assert len(read.messages) == 3
    assert read.cursor["delta:inbox"].startswith(f"{sandbox.url}/v1.0/")


def test_machine_mail_headers_are_fetched_only_for_likely_machine_mail(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    ooo = customer_mail(0).model_copy(
        update={
            "subject": "Automatic reply: PO 4711",
            "auto_headers": {"auto-submitted": "auto-replied"},
        }
    )
    auto_id = sandbox.add_message(ooo)
    seed(sandbox, inbox=20, start=10)  # people writing about POs: no extra requests
    client = client_for(sandbox, tmp_path)
    sandbox.clear_requests()

    read = OutlookMailbox(client.config, Store(), client=client).read()

    [auto] = [m for m in read.messages if m.source == auto_id]
    assert auto.auto_headers["auto-submitted"] == "auto-replied"
    items = [r for r in graph_requests(sandbox) if r.batch_id is not None]
    assert len(items) == 1 and "internetMessageHeaders" in str(items[0].query)
