"""Reading messages: resource shape, paging, $select, $filter, $orderby, $expand, ids."""

from __future__ import annotations

from sandboxes.graph import GraphSandbox
from sandboxes.graph.resource import DEFAULT_PROPERTIES
from tests.sandboxes.graph.conftest import MAILBOX, Client, first_inbox_message

IMMUTABLE = 'IdType="ImmutableId"'


def test_default_page_is_ten_with_absolute_next_links(
    client: Client, sandbox: GraphSandbox
) -> None:
    first = client.get("mailFolders/inbox/messages").json()
    assert len(first["value"]) == 10
    assert first["@odata.nextLink"].startswith(f"{sandbox.url}/v1.0/users/{MAILBOX}/")
    everything = client.all_pages("mailFolders/inbox/messages", params={"$top": "7"})
    ids = [m["id"] for m in everything]
    assert len(ids) == len(set(ids)) == len(sandbox.messages("inbox"))
    received = [m["receivedDateTime"] for m in everything]
    assert received == sorted(received, reverse=True)  # Graph's default: newest first


def test_message_has_graphs_shape(client: Client) -> None:
    message = first_inbox_message(client, "Contoso Corp - Purchase Order")
    assert list(message)[:2] == ["@odata.etag", "id"]
    assert set(DEFAULT_PROPERTIES) <= set(message)
    assert "uniqueBody" not in message
    assert message["internetMessageId"].startswith("<") and message["internetMessageId"].endswith(
        ">"
    )
    assert message["@odata.etag"] == f'W/"{message["changeKey"]}"'
    assert message["isRead"] is False and message["isDraft"] is False
    assert message["importance"] == "normal" and message["flag"] == {"flagStatus": "notFlagged"}
    assert message["from"]["emailAddress"] == {
        "name": "Ava Thompson",
        "address": "ava.thompson@contosocorp.example",
    }
    body = message["body"]
    assert body["contentType"] == "html"
    assert body["content"].startswith("<html>") and "<body>" in body["content"]
    inbox = client.get("mailFolders/inbox").json()
    assert message["parentFolderId"] == inbox["id"]
    assert inbox["totalItemCount"] >= inbox["unreadItemCount"] > 0


def test_select_returns_only_what_was_asked(client: Client) -> None:
    page = client.get("messages", params={"$select": "subject,internetMessageId", "$top": "2"})
    for message in page.json()["value"]:
        assert set(message) == {"@odata.etag", "id", "subject", "internetMessageId"}
    unique = client.get("messages", params={"$select": "uniqueBody", "$top": "1"}).json()
    assert unique["value"][0]["uniqueBody"]["contentType"] == "html"
    wrong = client.get("messages", params={"$select": "subjet"})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["code"] == "RequestBroker--ParseUri"


def test_text_bodies_and_immutable_ids_when_preferred(client: Client) -> None:
    prefer = f'outlook.body-content-type="text", {IMMUTABLE}'
    page = client.get("messages", prefer=prefer, params={"$select": "body", "$top": "1"})
    assert page.headers["Preference-Applied"] == prefer
    message = page.json()["value"][0]
    assert message["body"]["contentType"] == "text"
    assert message["id"].startswith("AAkAL")  # immutable ids differ from the default ones
    rest_id = client.get(f"messages/{message['id']}").json()["id"]
    assert rest_id.startswith("AAMk") and rest_id != message["id"]
    assert client.get(f"messages/{rest_id}", prefer=IMMUTABLE).json()["id"] == message["id"]


def test_unknown_and_malformed_ids(client: Client) -> None:
    malformed = client.get("messages/not-an-id")
    assert (malformed.status_code, malformed.json()["error"]["code"]) == (
        400,
        "ErrorInvalidIdMalformed",
    )
    unknown = client.get("messages/AAMkAGI2" + "A" * 60 + "=")
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "ErrorItemNotFound")


def test_filter_by_conversation_spans_folders(client: Client) -> None:
    original = first_inbox_message(client, "Contoso Corp - Purchase Order")
    conversation = original["conversationId"]
    thread = client.get(
        "messages", params={"$filter": f"conversationId eq '{conversation}'", "$select": "subject"}
    ).json()["value"]
    subjects = {m["subject"] for m in thread}
    assert original["subject"] in subjects
    assert f"RE: {original['subject']}" in subjects  # our reply in Sent Items, same thread


def test_filter_functions_lambdas_and_dates(client: Client) -> None:
    unread = client.all_pages(
        "mailFolders/inbox/messages",
        params={"$filter": "isRead eq false and startswith(subject, 'contoso')", "$top": "50"},
    )
    assert unread and all(m["subject"].lower().startswith("contoso") for m in unread)
    later = client.all_pages(
        "messages", params={"$filter": "receivedDateTime ge 2026-04-07T00:00:00Z", "$top": "50"}
    )
    assert later and all(m["receivedDateTime"] >= "2026-04-07" for m in later)
    none = client.get("messages", params={"$filter": "categories/any(c: c eq 'Nope')"})
    assert none.json()["value"] == []
    broken = client.get("messages", params={"$filter": "subject eq"})
    assert broken.status_code == 400


def test_orderby_and_the_inefficient_filter_rule(client: Client) -> None:
    oldest = client.get("messages", params={"$orderby": "receivedDateTime asc", "$top": "3"})
    times = [m["receivedDateTime"] for m in oldest.json()["value"]]
    assert times == sorted(times)
    conversation = client.get("messages", params={"$top": "1"}).json()["value"][0]["conversationId"]
    bad = client.get(
        "messages",
        params={"$filter": f"conversationId eq '{conversation}'", "$orderby": "receivedDateTime"},
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "InefficientFilter"
    good = client.get(
        "messages",
        params={
            "$filter": (
                f"receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq '{conversation}'"
            ),
            "$orderby": "receivedDateTime",
        },
    )
    assert good.status_code == 200 and good.json()["value"]


def test_top_is_limited_to_1000(client: Client) -> None:
    assert client.get("messages", params={"$top": "1001"}).status_code == 400
    assert client.get("messages", params={"$top": "1000"}).status_code == 200
    counted = client.get("messages", params={"$count": "true", "$top": "1"}).json()
    assert counted["@odata.count"] > 1


def test_attachments_metadata_and_expand(client: Client) -> None:
    with_files = client.get("messages", params={"$filter": "hasAttachments eq true"}).json()[
        "value"
    ]
    assert with_files
    item = with_files[0]
    listed = client.get(
        f"messages/{item['id']}/attachments", params={"$select": "name,size,contentType"}
    ).json()["value"]
    assert listed and {"name", "size", "contentType", "id"} <= set(listed[0])
    assert "contentBytes" not in listed[0]
    expanded = client.get(
        f"messages/{item['id']}", params={"$expand": "attachments($select=name,size)"}
    ).json()
    assert [a["name"] for a in expanded["attachments"]] == [a["name"] for a in listed]


def test_folders_are_listed(client: Client) -> None:
    names = {f["displayName"] for f in client.get("mailFolders").json()["value"]}
    assert {"Inbox", "Sent Items", "Drafts"} <= names
    assert client.get("mailFolders/nope/messages").status_code == 400
