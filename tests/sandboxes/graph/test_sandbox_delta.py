"""The messages delta function: paging, delta links, changes, @removed, stale tokens."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from connectors.mailbox import Address, MailMessage
from sandboxes.graph import GraphSandbox
from tests.sandboxes.graph.conftest import MAILBOX, Client

PREFER = 'odata.maxpagesize=5, IdType="ImmutableId", outlook.body-content-type="text"'


def sync(client: Client, url: str) -> tuple[list[dict[str, Any]], str, int]:
    """Follow a delta round to its end: (items, delta link, requests made)."""
    items: list[dict[str, Any]] = []
    requests = 0
    while True:
        response = client.get(url, prefer=PREFER)
        requests += 1
        assert response.status_code == 200, response.text
        assert response.headers["Preference-Applied"].startswith("odata.maxpagesize=5")
        body = response.json()
        assert len(body["value"]) <= 5
        items.extend(body["value"])
        if "@odata.deltaLink" in body:
            assert "@odata.nextLink" not in body
            return items, body["@odata.deltaLink"], requests
        url = body["@odata.nextLink"]


def new_mail(number: int) -> MailMessage:
    return MailMessage(
        message_id=f"new-{number}@customer.example",
        subject=f"PO 77{number} attached",
        sender=Address(name="Pat Buyer", email="pat@customer.example"),
        to=(Address(email=MAILBOX),),
        date=datetime(2026, 5, 1, 9, number, tzinfo=UTC),
        body_text=f"Please find PO 77{number} attached.",
    )


def test_initial_round_pages_through_the_folder(client: Client, sandbox: GraphSandbox) -> None:
    url = f"{client.mailbox}/mailFolders/inbox/messages/delta?$select=subject,internetMessageId"
    items, delta_link, requests = sync(client, url)
    inbox = {m["id"] for m in sandbox.messages("inbox")}
    assert {m["id"] for m in items} == inbox
    assert requests == -(-len(inbox) // 5)  # one request per page, no more
    for item in items:
        assert item["@odata.type"] == "#microsoft.graph.message"
        assert set(item) == {"@odata.type", "@odata.etag", "id", "subject", "internetMessageId"}
    assert delta_link.startswith(f"{sandbox.url}/v1.0/users/{MAILBOX}/mailFolders('inbox')/")
    assert "$deltatoken=" in delta_link
    again = client.get(delta_link, prefer=PREFER).json()  # nothing changed: one empty page
    assert again["value"] == [] and "@odata.deltaLink" in again


def test_next_round_returns_only_changes(client: Client, sandbox: GraphSandbox) -> None:
    _, delta_link, _ = sync(client, "mailFolders/inbox/messages/delta?$select=subject,isRead")
    added = sandbox.add_message(new_mail(1))
    [read, gone, *_] = [m["id"] for m in sandbox.messages("inbox") if m["id"] != added]
    assert client.patch(f"messages/{read}", json={"isRead": True}).status_code == 200
    sandbox.remove_message(gone)
    changes, next_link, _ = sync(client, delta_link)
    by_id = {c["id"]: c for c in changes}
    assert set(by_id) == {added, read, gone}
    assert by_id[gone] == {
        "@odata.type": "#microsoft.graph.message",
        "id": gone,
        "@removed": {"reason": "deleted"},
    }
    assert by_id[read]["isRead"] is True
    assert set(by_id[added]) == {"@odata.type", "@odata.etag", "id", "subject", "isRead"}
    assert sync(client, next_link)[0] == []


def test_change_type_and_folders_are_tracked_separately(
    client: Client, sandbox: GraphSandbox
) -> None:
    _, inbox_link, _ = sync(client, "mailFolders/inbox/messages/delta?changeType=created")
    _, sent_link, _ = sync(client, "mailFolders/sentitems/messages/delta")
    existing = sandbox.messages("inbox")[0]["id"]
    client.patch(f"messages/{existing}", json={"categories": ["PO Desk: Routine"]})
    added = sandbox.add_message(new_mail(2))
    assert [c["id"] for c in sync(client, inbox_link)[0]] == [added]  # the update is filtered
    assert sync(client, sent_link)[0] == []


def test_stale_tokens_answer_410_and_a_resync_works(client: Client, sandbox: GraphSandbox) -> None:
    first = client.get("mailFolders/inbox/messages/delta", prefer=PREFER).json()
    _, delta_link, _ = sync(client, "mailFolders/inbox/messages/delta")
    sandbox.expire_delta_tokens()
    for stale in (delta_link, first["@odata.nextLink"]):
        response = client.get(stale, prefer=PREFER)
        assert response.status_code == 410
        assert response.json()["error"]["code"] == "syncStateNotFound"
        assert response.headers["Location"].endswith("/mailFolders('inbox')/messages/delta")
    items, _, _ = sync(client, "mailFolders/inbox/messages/delta")
    assert len(items) == len(sandbox.messages("inbox"))


def test_delta_accepts_only_its_documented_options(client: Client) -> None:
    assert (
        client.get(
            "mailFolders/inbox/messages/delta", params={"$filter": "subject eq 'x'"}
        ).status_code
        == 400
    )
    dated = client.get(
        "mailFolders/inbox/messages/delta",
        params={"$filter": "receivedDateTime ge 2026-04-07T00:00:00Z"},
        prefer="odata.maxpagesize=100",
    ).json()["value"]
    assert dated and all(m["receivedDateTime"] >= "2026-04-07" for m in dated)
    assert client.get("messages/delta").status_code == 400  # delta is per folder


def test_page_size_is_capped(make_sandbox: Any) -> None:
    client = Client(make_sandbox(max_page_size=3))
    response = client.get("mailFolders/inbox/messages/delta", prefer="odata.maxpagesize=50")
    assert response.headers["Preference-Applied"] == "odata.maxpagesize=3"
    assert len(response.json()["value"]) == 3
