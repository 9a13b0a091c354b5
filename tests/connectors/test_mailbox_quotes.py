"""split_new_text: quoted history and signatures out, the sender's words kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.mailbox.parse import parse_message
from connectors.mailbox.quotes import split_message, split_new_text

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"


def new_text_of(name: str) -> str:
    return parse_message((EML / name).read_bytes(), source=name).new_text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "reply_en.eml",  # Gmail wraps the attribution over two lines
            "The billing entity is Globex Corporation, 1 Globex Way, Springfield.\n"
            "PO number follows tomorrow.\n\nThanks,\nJane",
        ),
        ("reply_de.eml", "Guten Tag,\n\nunsere USt-IdNr. lautet DE987654321."),
        ("reply_fr.eml", "Bonjour,\n\nle numéro de bon de commande est BC-2024-88."),
        ("reply_outlook_de.eml", "Die Rechnungsanschrift bleibt unverändert."),
    ],
)
def test_fixture_replies(name: str, expected: str) -> None:
    assert new_text_of(name) == expected


def test_english_attribution_with_quotes() -> None:
    body = "Yes, PO 123 is fine.\n\nOn Mon, 5 Feb 2024 at 10:00, Bob <b@x.example> wrote:\n> PO 99?"
    assert split_new_text(body) == "Yes, PO 123 is fine."


def test_german_attribution_without_quote_prefix_cuts_the_rest() -> None:
    body = "Passt.\n\nAm 05.02.2024 um 10:00 schrieb Max Muster <max@x.example>:\n\nAlte Nachricht"
    assert split_new_text(body) == "Passt."


def test_french_attribution_with_non_breaking_spaces() -> None:
    attribution = "Le lun. 5 févr. 2024 à 10:00, Jean <j@x.example> a\u00a0écrit\u202f:"
    body = f"D'accord.\n\n{attribution}\n> Ancien"
    assert split_new_text(body) == "D'accord."


@pytest.mark.parametrize(
    "header_block",
    [
        "From: Sales Ops <s@v.example>\nSent: Monday, February 5, 2024 10:00\n"
        "To: Bob <b@x.example>\nSubject: RE: PO 99",
        "Von: Sales Ops <s@v.example>\nGesendet: Montag, 5. Februar 2024 10:00\n"
        "An: Bob <b@x.example>\nBetreff: AW: PO 99",
        "De : Sales Ops <s@v.example>\nEnvoyé : lundi 5 février 2024 10:00\n"
        "À : Bob <b@x.example>\nObjet : RE: PO 99",
        "-----Original Message-----\nFrom: Sales Ops\nSubject: PO 99",
        "________________________________\nFrom: Sales Ops",
    ],
)
def test_outlook_header_blocks(header_block: str) -> None:
    body = f"New PO is 4500012345.\n\n{header_block}\n\nOld PO 99 text."
    assert split_new_text(body) == "New PO is 4500012345."


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPad",
        "Get Outlook for iOS",
    ],
)
def test_mobile_footers_end_the_new_text(footer: str) -> None:
    body = f"Approved.\n\n{footer}\n\nOld text with PO 99."
    assert split_new_text(body) == "Approved."


def test_signature_delimiter() -> None:
    body = "See attached PO.\n\n-- \nAnna Schmidt\n+49 30 123"
    assert split_new_text(body) == "See attached PO."


def test_inline_answers_between_quotes_are_kept() -> None:
    body = (
        "On 5 Feb 2024, Sales Ops wrote:\n"
        "> Which billing entity?\n"
        "ACME GmbH.\n"
        "> And the PO number?\n"
        "4500012345\n"
    )
    assert split_new_text(body) == "ACME GmbH.\n4500012345"


def test_conservative_on_lookalikes() -> None:
    body = (
        "On the PO, this is what I wrote:\n"  # no date: not an attribution
        "From: our warehouse in Hamburg\n"  # no Sent/Subject: not a header block\n"
        "Delivery in two weeks."
    )
    assert split_new_text(body) == body


def test_message_that_is_all_history_keeps_its_body() -> None:
    body = "-----Original Message-----\nFrom: Anna\nSubject: PO 4500012345\n\nPO attached."
    assert split_new_text(body) == body


def test_empty_body() -> None:
    assert split_new_text("") == ""


def test_split_message_returns_what_new_text_leaves_out() -> None:
    body = (
        "Yes.\n> inline quote\nAnd PO 7.\n\n-- \nJane Doe\n\n"
        "On Mon, 5 Feb 2024 at 10:00, Bob <b@x.example> wrote:\n> PO 99?"
    )
    new, rest = split_message(body)
    assert new == split_new_text(body) == "Yes.\nAnd PO 7."
    assert rest.splitlines()[0] == "> inline quote" and "Jane Doe" in rest and "> PO 99?" in rest
    assert split_message("Only new words.") == ("Only new words.", "")
    assert split_message("> all quoted") == ("> all quoted", "")  # the whole body is kept
