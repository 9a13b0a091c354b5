"""Reviewed reply templates: seven languages, every sentence an allowed intent, always in bounds."""

from __future__ import annotations

import itertools

import pytest

from agent.boundary import check_customer_draft
from agent.language import LANGUAGES, detect_language
from agent.templates import INTENTS, PACKS, ReplyPlan, intents, pack, render
from agent.templates.model import SENTENCE_INTENTS, LanguagePack
from connectors.crm.model import PO_FIELDS

# Each field alone, none, a few, all: as acknowledged and as requested.
FIELD_SETS = [(), *((f,) for f in PO_FIELDS), PO_FIELDS[:3], PO_FIELDS[2:5], PO_FIELDS]
STYLES = [(short, formal) for short in (False, True) for formal in (False, True)]


def plans(language: str) -> list[ReplyPlan]:
    out = []
    for (ack, req), (short, formal), known in itertools.product(
        itertools.product(FIELD_SETS, FIELD_SETS), STYLES, (True, False)
    ):
        if set(ack) & set(req):
            continue
        out.append(
            ReplyPlan(
                language=language,
                first_name="Pat",
                full_name="Pat Buyer",
                acknowledge=ack,
                request=req,
                nothing_missing_known=known,
                short=short,
                formal=formal,
            )
        )
    return out


def test_seven_languages_with_every_sentence_and_field_name() -> None:
    assert set(PACKS) == set(LANGUAGES) == {"en", "de", "fr", "es", "it", "nl", "pt"}
    for p in PACKS.values():
        assert set(p.sentences) == set(SENTENCE_INTENTS) and set(p.fields) == set(PO_FIELDS)
    assert set(SENTENCE_INTENTS.values()) == set(INTENTS)


def test_a_pack_missing_a_sentence_is_refused_at_import() -> None:
    english = pack("en")
    with pytest.raises(ValueError, match="sentences differ"):
        LanguagePack("xx", "X", "and", english.fields, {"greet_anon": "Hi,"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rendered_reply_passes_the_boundary_and_maps_to_intents(language: str) -> None:
    checked: dict[str, bool] = {}
    for plan in plans(language):
        text = render(plan).text
        lines = intents(text, language)
        assert all(intent is not None for _, intent in lines), (text, lines)
        for line, _ in lines:  # each distinct sentence once: the boundary is the slow part
            if line not in checked:
                checked[line] = check_customer_draft(line).allowed
                assert checked[line], (language, line, check_customer_draft(line).reasons)
    assert len(checked) > 20


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_replies_pass_the_boundary_and_read_as_their_language(language: str) -> None:
    for plan in plans(language)[::7]:
        text = render(plan).text
        verdict = check_customer_draft(text)
        assert verdict.allowed, (text, verdict.reasons)
        if plan.request or plan.acknowledge or not plan.short:
            assert detect_language(text) == language, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reply_says_nothing_is_missing_only_when_the_crm_says_so(language: str) -> None:
    p = pack(language)
    done = p.sentences["follow_up_done"]
    known = render(ReplyPlan(language=language, nothing_missing_known=True)).text
    unknown = render(ReplyPlan(language=language, nothing_missing_known=False)).text
    assert done in known and done not in unknown
    assert p.sentences["follow_up_team"] in unknown


def test_intents_name_what_each_line_does_and_flag_foreign_text() -> None:
    plan = ReplyPlan(
        language="de", first_name="Pat", acknowledge=("po_number",), request=PO_FIELDS[1:3]
    )
    found = [intent for _, intent in intents(render(plan).text, "de")]
    assert found[0] == "greet" and found[1] == "thank" and found[-1] == "close"
    assert "request" in found
    added = render(plan).text + "\nWir liefern am Montag."
    assert intents(added, "de")[-1] == ("Wir liefern am Montag.", None)


def test_an_unknown_language_gets_english() -> None:
    assert pack("sv").code == "en"
    assert render(ReplyPlan(language="sv")).text.startswith("Hello,")
