"""The scripted fake and the schema helpers."""

from __future__ import annotations

import pytest

from connectors.llm import ModelRequest, ModelTimeout, ScriptedChatModel
from connectors.llm.port import ModelOutputInvalid
from connectors.llm.schema import json_object_in, schema_prompt, strict_schema
from tests.connectors.llm.models import Answer

REQUEST = ModelRequest(system="s", user="u", output=Answer)
GOOD = {"summary": "s", "label": "routine_follow_up", "po_number": None, "customer_draft": None}


def test_scripted_model_plays_its_script_and_keeps_requests() -> None:
    model = ScriptedChatModel([GOOD, ModelTimeout("slow"), lambda r: {**GOOD, "summary": r.user}])
    assert model.complete(REQUEST).parsed.summary == "s"
    with pytest.raises(ModelTimeout):
        model.complete(REQUEST)
    assert model.complete(REQUEST).parsed.summary == "u"
    assert model.complete(REQUEST).parsed.summary == "u"  # the last step repeats
    assert model.calls == 4


def test_scripted_model_rejects_answers_of_the_wrong_shape() -> None:
    with pytest.raises(ModelOutputInvalid):
        ScriptedChatModel(['{"summary": 3}']).complete(REQUEST)


def test_strict_schema_is_closed_and_fully_required() -> None:
    schema = strict_schema(Answer)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["summary", "label", "po_number", "customer_draft"]
    assert "default" not in str(schema) and "JSON schema:" in schema_prompt(Answer)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        'Here you go:\n```json\n{"a": 1}\n```',
        'Sure. {"a": 1} Anything else?',
        'noise {broken} then {"a": 1}',
    ],
)
def test_json_object_is_found_in_free_text(text: str) -> None:
    assert json_object_in(text) == {"a": 1}


def test_no_json_object_is_none() -> None:
    assert json_object_in("no json here [1, 2]") is None
