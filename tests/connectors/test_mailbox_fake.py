"""The in-memory fakes behave like the real mailbox adapters where callers can tell."""

from __future__ import annotations

from pathlib import Path

from connectors.mailbox.fake import InMemoryDraftSink, InMemoryMailbox
from connectors.mailbox.model import Quarantined
from connectors.mailbox.parse import parse_message
from connectors.ports import DraftRequest, DraftSink, MailSource

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"


def test_in_memory_mailbox_returns_what_it_was_given() -> None:
    message = parse_message((EML / "plain.eml").read_bytes(), source="plain.eml")
    bad = Quarantined(source="junk.eml", reason="binary data", size=3)
    source: MailSource = InMemoryMailbox(iter([message]), quarantined=[bad])
    read = source.read()
    assert read.messages == (message,)
    assert read.quarantined == (bad,)
    assert source.read() == read


def test_in_memory_draft_sink_dedupes_on_the_key() -> None:
    original = parse_message((EML / "reply_en.eml").read_bytes(), source="reply_en.eml")
    request = DraftRequest(
        idempotency_key="k1",
        thread_key="t1",
        reply_to=original,
        to=(original.sender,),
        subject="Re: x",
        body_text="Thanks.",
    )
    fake = InMemoryDraftSink()
    sink: DraftSink = fake
    assert sink.find_draft("k1") is None
    first = sink.save_draft(request)
    second = sink.save_draft(request.model_copy(update={"body_text": "Changed."}))
    assert first.created and not second.created
    assert first.location == second.location == "memory://drafts/k1"
    assert (len(fake.saved), fake.save_calls) == (1, 2)
    assert fake.saved["k1"].body_text == "Thanks."
    found = sink.find_draft("k1")
    assert found is not None and not found.created
