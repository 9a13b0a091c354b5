"""JSON schemas servers accept in strict mode, and JSON found in free text.

OpenAI's strict structured outputs want every object closed
(``additionalProperties: false``) with every property required, and no
``default`` keywords; optional fields are expressed as ``null`` unions instead.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel

_UNSUPPORTED = ("default", "title", "examples")
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema, closed and fully required (OpenAI ``strict: true``)."""
    schema = model.model_json_schema()
    _close(schema)
    return schema


def _close(node: Any) -> None:
    if isinstance(node, dict):
        for key in _UNSUPPORTED:
            if key in node and not isinstance(node[key], dict):
                node.pop(key)
        if node.get("type") == "object" and "properties" in node:
            node["additionalProperties"] = False
            node["required"] = list(node["properties"])
        for value in node.values():
            _close(value)
    elif isinstance(node, list):
        for item in node:
            _close(item)


def schema_prompt(model: type[BaseModel]) -> str:
    """The instruction added to the system message when a server has no structured mode."""
    return "Reply with one JSON object and nothing else. JSON schema:\n" + json.dumps(
        strict_schema(model), separators=(",", ":")
    )


def json_object_in(text: str) -> dict[str, Any] | None:
    """The first JSON object in text: bare, inside a ```json fence, or amid prose."""
    candidates = [text.strip(), *(m.group(1).strip() for m in _FENCE.finditer(text))]
    for candidate in candidates:
        found = _decode(candidate)
        if found is not None:
            return found
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def _decode(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
