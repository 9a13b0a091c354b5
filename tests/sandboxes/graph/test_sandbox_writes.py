"""Writes: createReply/createReplyAll drafts, PATCH rules, master categories, DELETE."""

from __future__ import annotations

from typing import Any

from sandboxes.graph import GraphSandbox
from tests.sandboxes.graph.conftest import MAILBOX, Client, first_inbox_message

KEY_PROPERTY = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name PoDeskDraftKey"


def addresses(recipients: list[dict[str, Any]]) -> list[str]:
    return [r["emailAddress"]["address"] for r in recipients]


def test_create_reply_makes_a_threaded_html_draft(client: Client, sandbox: GraphSandbox) -> None:
    original = first_inbox_message(client, "Contoso Corp - Purchase Order")
    message = {"singleValueExtendedProperties": [{"id": KEY_PROPERTY, "value": "key-1"}]}
    response = client.post(f"messages/{original['id']}/createReply", json={"message": message})
    assert response.status_code == 201
    draft = response.json()
    assert draft["isDraft"] is True and draft["isRead"] is True
    assert draft["parentFolderId"] == client.get("mailFolders/drafts").json()["id"]
    assert draft["conversationId"] == original["conversationId"]
    assert draft["subject"] == f"RE: {original['subject']}"
    assert addresses(draft["toRecipients"]) == ["ava.thompson@contosocorp.example"]
    assert draft["ccRecipients"] == []
    assert draft["from"]["emailAddress"] == {"name": "Northwind Cloud Orders", "address": MAILBOX}
    html = draft["body"]["content"]
    assert draft["body"]["contentType"] == "html"
    assert html.startswith("<html>") and "<body>" in html and html.rstrip().endswith("</html>")
    assert "<b>From:</b> Ava Thompson &lt;ava.thompson@contosocorp.example&gt;" in html
    assert "singleValueExtendedProperties" not in draft  # only returned through $expand
    assert client.get(f"messages/{original['id']}").json()["isRead"] is True  # as Exchange does
    [stored] = sandbox.drafts()
    assert stored["singleValueExtendedProperties"] == [{"id": KEY_PROPERTY, "value": "key-1"}]


def test_draft_is_found_by_its_extended_property(client: Client) -> None:
    original = first_inbox_message(client, "Contoso Corp - Purchase Order")
    message = {"singleValueExtendedProperties": [{"id": KEY_PROPERTY, "value": "key-2"}]}
    client.post(f"messages/{original['id']}/createReply", json={"message": message})
    condition = f"ep/id eq '{KEY_PROPERTY}' and ep/value eq 'key-2'"
    found = client.get(
        "mailFolders/drafts/messages",
        params={
            "$filter": f"singleValueExtendedProperties/Any(ep: {condition})",
            "$expand": f"singleValueExtendedProperties($filter=id eq '{KEY_PROPERTY}')",
            "$select": "id,conversationId",
        },
    ).json()["value"]
    assert len(found) == 1
    assert found[0]["singleValueExtendedProperties"][0]["value"] == "key-2"
    drafts = client.get("messages", params={"$filter": "isDraft eq true"}).json()["value"]
    assert [d["id"] for d in drafts] == [found[0]["id"]]


def test_reply_all_and_text_bodies(client: Client) -> None:
    original = first_inbox_message(client, "Contoso Corp - Purchase Order")
    response = client.post(
        f"messages/{original['id']}/createReplyAll",
        json={"comment": "Thanks, we are on it."},
        prefer='outlook.body-content-type="text"',
    )
    draft = response.json()
    assert addresses(draft["toRecipients"]) == ["ava.thompson@contosocorp.example"]
    assert addresses(draft["ccRecipients"]) == ["dana.whitfield@northwindcloud.example"]
    assert draft["body"]["contentType"] == "text"
    assert draft["body"]["content"].startswith("Thanks, we are on it.")
    assert "From: Ava Thompson" in draft["body"]["content"]
    both = client.post(
        f"messages/{original['id']}/createReply",
        json={"comment": "x", "message": {"body": {"contentType": "text", "content": "y"}}},
    )
    assert both.status_code == 400


def test_patch_rules_for_received_items(client: Client) -> None:
    item = first_inbox_message(client, "Contoso Corp - Purchase Order")
    url = f"messages/{item['id']}"
    changed = client.patch(
        url,
        json={
            "isRead": True,
            "categories": ["PO Desk: Routine"],
            "flag": {"flagStatus": "flagged"},
            "importance": "High",
        },
    )
    assert changed.status_code == 200
    body = changed.json()
    assert body["categories"] == ["PO Desk: Routine"] and body["importance"] == "high"
    assert body["changeKey"] != item["changeKey"]
    refusals = {
        "subject": ("ErrorInvalidPropertyUpdateSentMessage", {"subject": "x"}),
        "body": ("ErrorInvalidPropertyUpdateSentMessage", {"body": {"content": "x"}}),
        "conversationId": ("ErrorInvalidPropertySet", {"conversationId": "x"}),
        "unknown": ("RequestBodyRead", {"colour": "red"}),
        "enum": ("RequestBodyRead", {"importance": "urgent"}),
        "type": ("RequestBodyRead", {"isRead": "yes"}),
    }
    for case, (code, patch) in refusals.items():
        response = client.patch(url, json=patch)
        assert response.status_code == 400, case
        assert response.json()["error"]["code"] == code, case
    assert client.get(url).json()["subject"] == item["subject"]


def test_patch_rules_for_drafts(client: Client) -> None:
    original = first_inbox_message(client, "Contoso Corp - Purchase Order")
    draft = client.post(f"messages/{original['id']}/createReply").json()
    response = client.patch(
        f"messages/{draft['id']}",
        json={
            "body": {"contentType": "Text", "content": "Approved reply."},
            "subject": "RE: PO received",
            "toRecipients": [{"emailAddress": {"address": "buyer@contosocorp.example"}}],
        },
    )
    assert response.status_code == 200
    text = client.get(f"messages/{draft['id']}", prefer='outlook.body-content-type="text"').json()
    assert text["body"] == {"contentType": "text", "content": "Approved reply."}
    assert text["bodyPreview"] == "Approved reply."
    html = client.get(f"messages/{draft['id']}").json()["body"]["content"]
    assert "<body>" in html and "Approved reply." in html
    assert client.patch(f"messages/{draft['id']}", json={"isDraft": False}).status_code == 400
    assert client.post(f"messages/{draft['id']}/createReply").status_code == 400


def test_master_categories_include_colour_none(client: Client) -> None:
    listed = client.get("outlook/masterCategories").json()["value"]
    assert {"id", "displayName", "color"} == set(listed[0])
    assert any(c["color"] == "none" for c in listed)
    created = client.post(
        "outlook/masterCategories", json={"displayName": "PO Desk: Routine", "color": "preset4"}
    )
    assert created.status_code == 201
    assert created.json()["color"] == "preset4"
    duplicate = client.post("outlook/masterCategories", json={"displayName": "po desk: routine"})
    assert duplicate.status_code == 409
    bad = client.post("outlook/masterCategories", json={"displayName": "X", "color": "preset25"})
    assert bad.status_code == 400


def test_delete_shows_up_as_gone(client: Client) -> None:
    item = client.get("messages", params={"$top": "1"}).json()["value"][0]
    assert client.request("DELETE", f"messages/{item['id']}").status_code == 204
    assert client.get(f"messages/{item['id']}").status_code == 404
