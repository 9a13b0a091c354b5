"""build_threads over the thread fixtures in tests/fixtures/eml/threads and Sent/."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from connectors.mailbox.model import MailMessage, MailThread
from connectors.mailbox.parse import parse_message
from connectors.mailbox.threads import build_threads, normalize_subject, strip_subject_prefixes

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"


def thread_messages() -> list[MailMessage]:
    files = sorted((EML / "threads").glob("*.eml")) + sorted((EML / "Sent").glob("*.eml"))
    return [parse_message(f.read_bytes(), source=f.relative_to(EML).as_posix()) for f in files]


def by_root(threads: list[MailThread]) -> dict[str, MailThread]:
    return {t.messages[0].message_id: t for t in threads}


def ids(thread: MailThread) -> list[str]:
    return [m.message_id.split("@")[0] for m in thread.messages]


@pytest.fixture(scope="module")
def threads() -> dict[str, MailThread]:
    return by_root(build_threads(thread_messages()))


def test_joined_by_references(threads: dict[str, MailThread]) -> None:
    thread = threads["a1@acme-gmbh.example"]
    assert ids(thread) == ["a1", "a2", "a3"]
    assert thread.subject == "PO 4500012345 questions"
    assert thread.latest.message_id == "a3@acme-gmbh.example"


def test_joined_by_in_reply_to_only_and_undated_last(threads: dict[str, MailThread]) -> None:
    assert ids(threads["b1@globex.example"]) == ["b1", "b2", "b3"]


def test_subject_fallback_with_aw_tr_fwd_and_external_tag(threads: dict[str, MailThread]) -> None:
    thread = threads["c1@mueller-ag.example"]
    assert ids(thread) == ["c1", "c2", "c3", "c4"]
    assert thread.subject == "Lieferadresse für Bestellung 4711"  # the root's casing


def test_generic_subjects_are_not_joined(threads: dict[str, MailThread]) -> None:
    assert ids(threads["d1@initech.example"]) == ["d1"]
    assert ids(threads["d2@hooli.example"]) == ["d2"]


def test_shared_reference_to_an_unseen_root_joins(threads: dict[str, MailThread]) -> None:
    assert ids(threads["e1@acme-gmbh.example"]) == ["e1", "e2"]


def test_thread_key_hashes_the_root_message_id(threads: dict[str, MailThread]) -> None:
    thread = threads["a1@acme-gmbh.example"]
    assert thread.thread_key == hashlib.sha256(b"a1@acme-gmbh.example").hexdigest()[:16]


def test_threads_ordered_by_first_message_date() -> None:
    result = build_threads(thread_messages())
    assert [ids(t)[0] for t in result] == ["a1", "b1", "c1", "d1", "d2", "e1"]


def test_output_is_independent_of_input_order() -> None:
    messages = thread_messages()
    expected = [(t.thread_key, t.message_ids) for t in build_threads(messages)]
    shuffler = random.Random(4711)
    for _ in range(10):
        shuffled = messages[:]
        shuffler.shuffle(shuffled)
        assert [(t.thread_key, t.message_ids) for t in build_threads(shuffled)] == expected
    assert [(t.thread_key, t.message_ids) for t in build_threads(reversed(messages))] == expected


def test_outlook_conversation_id_is_the_key_when_shared() -> None:
    messages = [m for m in thread_messages() if m.message_id.startswith(("a", "d1"))]
    tagged = [m.model_copy(update={"conversation_id": "AAQkADAwATM0MDAAMS1iNQ"}) for m in messages]
    (thread,) = build_threads(tagged)  # the shared conversation joins d1 as well
    assert thread.thread_key == "AAQkADAwATM0MDAAMS1iNQ"
    partly = [tagged[0], *messages[1:]]
    keys = {t.thread_key for t in build_threads(partly)}
    assert "AAQkADAwATM0MDAAMS1iNQ" not in keys


def test_a_message_joins_no_thread_by_subject_unless_it_claims_a_reply() -> None:
    messages = thread_messages()
    fresh = messages[0].model_copy(
        update={
            "message_id": "new@acme-gmbh.example",
            "subject": "[External] PO 4500012345 questions",
        }
    )
    result = by_root(build_threads([*messages, fresh]))
    assert ids(result["new@acme-gmbh.example"]) == ["new"]


def test_empty_input() -> None:
    assert build_threads([]) == []


@pytest.mark.parametrize(
    ("subject", "stripped"),
    [
        (
            "RE: AW: Fwd: [External] TR: SV: VS: Antw: WG: FW: Fw: Bestellung 4711",
            "Bestellung 4711",
        ),
        ("Re[2]: Re: PO  4500012345 ", "PO 4500012345"),
        ("[EXTERNAL] RE:  [External]Quote Q-1", "Quote Q-1"),
        ("Reminder: PO due", "Reminder: PO due"),
        ("I: R: Ordine 25-0917", "Ordine 25-0917"),  # Italian forward and reply
        ("ENC: RES: RV: Doorst: Odp: Pedido 4711", "Pedido 4711"),
        ("Re:", ""),
    ],
)
def test_subject_prefixes(subject: str, stripped: str) -> None:
    assert strip_subject_prefixes(subject) == stripped
    assert normalize_subject(subject) == stripped.casefold()
