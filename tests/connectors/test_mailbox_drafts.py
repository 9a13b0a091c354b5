"""LocalDraftFolder: one .eml per idempotency key, written once, never sent."""

from __future__ import annotations

import email
import shutil
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from connectors.mailbox.drafts import LocalDraftFolder, draft_file_stem
from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.model import Address, MailMessage
from connectors.mailbox.parse import parse_message
from connectors.ports import DraftRequest, DraftSink

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"
NOW = datetime(2024, 2, 16, 9, 30, tzinfo=UTC)


def customer_message(name: str = "reply_en.eml") -> MailMessage:
    return parse_message((EML / name).read_bytes(), source=name)


def request(key: str = "draft-OPP-00042-1", **changes: object) -> DraftRequest:
    original = customer_message()
    fields: dict[str, object] = {
        "idempotency_key": key,
        "thread_key": "075c72b9c43aee8d",
        "reply_to": original,
        "to": (original.sender,),
        "cc": (Address(name="Bob Meyer", email="bob.meyer@globex.example"),),
        "subject": original.subject,
        "body_text": "Hello Jane,\n\nwe noted Globex Corporation (€ amounts unchanged) – thanks.\n",
    }
    fields.update(changes)
    return DraftRequest.model_validate(fields)


def read_back(location: str) -> EmailMessage:
    message = email.message_from_bytes(Path(location).read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture
def folder(tmp_path: Path) -> LocalDraftFolder:
    return LocalDraftFolder(tmp_path, clock=lambda: NOW)


def test_draft_headers_and_body(folder: LocalDraftFolder, tmp_path: Path) -> None:
    saved = folder.save_draft(request())
    assert saved.created and saved.idempotency_key == "draft-OPP-00042-1"
    assert Path(saved.location) == tmp_path / "Drafts" / "draft-OPP-00042-1.eml"
    draft = read_back(saved.location)
    assert draft["From"] == "sales-ops@vendor.example"  # the address the customer wrote to
    assert draft["To"] == "Jane Doe <jane.doe@globex.example>"
    assert draft["Cc"] == "Bob Meyer <bob.meyer@globex.example>"
    assert draft["Subject"] == "Re: Missing billing entity for OPP-00042"
    assert draft["In-Reply-To"] == "<CAF=reply-en-0001@mail.globex.example>"
    assert draft["References"] == (
        "<question-0001@vendor.example> <CAF=reply-en-0001@mail.globex.example>"
    )
    assert draft["Date"] == "Fri, 16 Feb 2024 09:30:00 +0000"
    assert draft["X-PODesk-Idempotency-Key"] == "draft-OPP-00042-1"
    assert draft["X-PODesk-Thread"] == "075c72b9c43aee8d"
    assert draft["X-Unsent"] == "1"
    assert draft.get_content_type() == "text/plain"
    assert draft.get_content_charset() == "utf-8"
    assert draft.get_content().replace("\r\n", "\n") == request().body_text


def test_draft_parses_back_as_a_mail_message(folder: LocalDraftFolder) -> None:
    saved = folder.save_draft(request())
    parsed = parse_message(Path(saved.location).read_bytes(), source="draft.eml", folder="drafts")
    assert parsed.in_reply_to == "CAF=reply-en-0001@mail.globex.example"
    assert parsed.references[-1] == parsed.in_reply_to
    assert "Globex Corporation (€ amounts unchanged)" in parsed.body_text
    assert parsed.warnings == ()


def test_message_id_is_deterministic_per_key(tmp_path: Path) -> None:
    first = LocalDraftFolder(tmp_path / "one", clock=lambda: NOW).save_draft(request())
    second = LocalDraftFolder(tmp_path / "two", clock=lambda: NOW).save_draft(request())
    other = LocalDraftFolder(tmp_path / "two").save_draft(request("draft-OPP-00042-2"))
    first_id = read_back(first.location)["Message-ID"]
    assert first_id == read_back(second.location)["Message-ID"]
    assert first_id != read_back(other.location)["Message-ID"]
    assert first_id.endswith("@podesk.local>")


def test_saving_twice_is_idempotent(folder: LocalDraftFolder) -> None:
    assert folder.find_draft("draft-OPP-00042-1") is None
    first = folder.save_draft(request())
    written = Path(first.location).read_bytes()
    again = folder.save_draft(request(body_text="A different body after a resume."))
    assert (again.created, again.location) == (False, first.location)
    assert Path(first.location).read_bytes() == written
    found = folder.find_draft("draft-OPP-00042-1")
    assert found is not None and found.location == first.location and not found.created
    assert [p.name for p in folder.root.iterdir()] == ["draft-OPP-00042-1.eml"]  # no temp files


def test_leftover_temp_file_from_a_crash_is_not_a_draft(folder: LocalDraftFolder) -> None:
    folder.root.mkdir(parents=True)
    (folder.root / ".tmp-crashed.part").write_bytes(b"From: half")
    assert folder.find_draft("draft-OPP-00042-1") is None
    assert folder.save_draft(request()).created


def test_subject_keeps_an_existing_re_prefix(folder: LocalDraftFolder) -> None:
    saved = folder.save_draft(request(subject="RE: PO 4500012345"))
    assert read_back(saved.location)["Subject"] == "RE: PO 4500012345"


def test_from_falls_back_when_the_customer_message_had_no_recipient(
    folder: LocalDraftFolder,
) -> None:
    original = customer_message().model_copy(update={"to": ()})
    saved = folder.save_draft(request(reply_to=original))
    assert read_back(saved.location)["From"] == "po-desk@localhost"


def test_header_injection_from_mail_text_is_neutralised(folder: LocalDraftFolder) -> None:
    evil = request(subject="PO 1\r\nBcc: attacker@evil.example", thread_key="t1\nX-Evil: 1")
    draft = read_back(folder.save_draft(evil).location)
    assert draft["Bcc"] is None and draft["X-Evil"] is None
    assert draft["Subject"] == "Re: PO 1 Bcc: attacker@evil.example"


def test_unsafe_keys_map_to_distinct_safe_names(folder: LocalDraftFolder) -> None:
    first = folder.save_draft(request("thread/42:review 1"))
    second = folder.save_draft(request("thread_42_review_1"))
    assert first.location != second.location
    assert Path(first.location).parent == folder.root
    assert draft_file_stem("thread/42:review 1").startswith("thread_42_review_1-")
    assert draft_file_stem("../../etc/passwd").startswith("etc_passwd-")
    with pytest.raises(ValueError):
        draft_file_stem("")


def test_mailbox_reader_skips_the_drafts(tmp_path: Path) -> None:
    shutil.copy(EML / "reply_en.eml", tmp_path / "reply_en.eml")
    LocalDraftFolder(tmp_path).save_draft(request())
    read = read_mailbox(tmp_path)
    assert [m.source for m in read.messages] == ["reply_en.eml"]
    assert read.quarantined == ()


def test_is_a_draft_sink_that_cannot_send(folder: LocalDraftFolder) -> None:
    sink: DraftSink = folder
    assert sink.find_draft("nothing") is None
    assert not [name for name in dir(LocalDraftFolder) if "send" in name.lower()]
    source = Path(__file__).resolve().parents[2] / "connectors" / "mailbox" / "drafts.py"
    assert "smtplib" not in source.read_text(encoding="utf-8")
