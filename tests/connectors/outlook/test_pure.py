"""The connector's pure parts: Retry-After, backoff, Graph JSON mapping, reply bodies."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from connectors.outlook.drafts import reply_body
from connectors.outlook.errors import (
    GraphConnectionError,
    GraphError,
    GraphThrottled,
    StaleDeltaToken,
    error_for,
    parse_retry_after,
)
from connectors.outlook.mapping import auto_headers_from, to_mail_message
from connectors.outlook.retry import RetryPolicy


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_policy_honours_retry_after_up_to_the_cap_and_gives_up() -> None:
    slept: list[float] = []
    policy = RetryPolicy(attempts=3, base_delay=1, max_delay=10, sleep=slept.append)
    calls: list[int] = []

    def throttled(attempt: int) -> None:
        calls.append(attempt)
        raise GraphThrottled("TooManyRequests", "slow down", 429, retry_after=120)

    with pytest.raises(GraphThrottled):
        policy.call(throttled)
    assert calls == [1, 2, 3]
    assert slept == [10, 10]  # Retry-After 120 capped at max_delay


def test_backoff_is_jittered_and_bounded() -> None:
    policy = RetryPolicy(base_delay=1, max_delay=8, rng=random.Random(1))
    for attempt in range(1, 8):
        ceiling = min(8, 2 ** (attempt - 1))
        assert ceiling / 2 <= policy.delay(attempt, None) <= ceiling


def test_permanent_errors_are_not_retried() -> None:
    policy = RetryPolicy(sleep=lambda _s: None)
    calls: list[int] = []

    def missing(attempt: int) -> None:
        calls.append(attempt)
        raise GraphError("ErrorItemNotFound", "gone", 404)

    with pytest.raises(GraphError):
        policy.call(missing)
    assert calls == [1]
    assert GraphConnectionError("reset", "reset", 0).transient


def test_error_types_from_status_and_code() -> None:
    assert isinstance(error_for("syncStateNotFound", "", 400, None), StaleDeltaToken)
    assert isinstance(error_for("whatever", "", 410, None), StaleDeltaToken)
    throttled = error_for("ServiceUnavailable", "", 503, "r1", {"Retry-After": "3"})
    assert isinstance(throttled, GraphThrottled) and throttled.retry_after == 3.0
    assert "r1" in str(throttled)


def test_graph_message_maps_like_the_eml_path() -> None:
    item = {
        "id": "AAMk=1",
        "internetMessageId": "<abc@customer.example>",
        "conversationId": "conv-1",
        "subject": "  RE:   PO 4711 ",
        "from": {"emailAddress": {"name": "Jane Buyer", "address": "Jane@Customer.example"}},
        "toRecipients": [{"emailAddress": {"name": "Orders", "address": "orders@us.example"}}],
        "sentDateTime": "2026-03-02T09:00:00.1234567Z",
        "body": {
            "contentType": "text",
            "content": "PO attached.\r\n\r\nOn Mon, 1 Mar 2026, we wrote:\r\n> old",
        },
        "hasAttachments": True,
    }
    message = to_mail_message(item, folder="inbox")
    assert message.message_id == "abc@customer.example"
    assert message.conversation_id == "conv-1" and message.source == "AAMk=1"
    assert message.sender.email == "jane@customer.example" and message.subject == "RE: PO 4711"
    assert message.new_text == "PO attached."
    assert message.date == datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC)
    assert message.content_type == "multipart/mixed"


def test_missing_internet_message_id_is_generated_with_a_warning() -> None:
    message = to_mail_message({"id": "x", "body": {"content": "hi"}}, folder="sent")
    assert message.message_id.startswith("graph-") and message.warnings


def test_auto_headers_keep_the_eml_names() -> None:
    headers = [
        {"name": "Auto-Submitted", "value": "Auto-Replied"},
        {"name": "X-Other", "value": "1"},
    ]
    assert auto_headers_from(headers, "text/plain") == {
        "auto-submitted": "auto-replied",
        "content-type": "text/plain",
    }


def test_reply_body_goes_after_the_body_tag_escaped() -> None:
    draft = {
        "contentType": "html",
        "content": '<html><head></head><body dir="ltr"><div>quoted</div></body></html>',
    }
    body = reply_body("Hello <Jane>,\n\nthanks & regards", draft)
    assert body["contentType"] == "html"
    content = body["content"]
    assert content.index("Hello &lt;Jane&gt;") < content.index("quoted")
    assert content.startswith('<html><head></head><body dir="ltr"><div class="podesk-reply">')
    assert "<Jane>" not in content


def test_reply_body_without_body_element_is_wrapped() -> None:
    body = reply_body("Hi", {"contentType": "html", "content": "<html><div>quoted</div></html>"})
    assert body["content"].startswith('<html><body><div class="podesk-reply"><p>Hi</p>')
    assert body["content"].endswith("<div>quoted</div></body></html>")


def test_reply_body_text_drafts_keep_the_quote_below() -> None:
    assert reply_body("Hi", {"contentType": "text", "content": "> old"}) == {
        "contentType": "text",
        "content": "Hi\n\n> old",
    }
    assert reply_body("Hi", None) == {"contentType": "text", "content": "Hi"}


def test_reply_to_is_mapped_like_the_eml_header() -> None:
    item = {
        "id": "x",
        "body": {"content": "hi"},
        "replyTo": [{"emailAddress": {"name": "F", "address": "F@Other-Box.example"}}],
    }
    message = to_mail_message(item, folder="inbox")
    assert message.auto_headers == {"reply-to": "f@other-box.example"}
