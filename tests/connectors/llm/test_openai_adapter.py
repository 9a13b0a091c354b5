"""The real OpenAI adapter against the loopback sandbox: parse modes, usage, errors."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from connectors.llm import (
    ModelConfigError,
    ModelOutputInvalid,
    ModelRequest,
    ModelTimeout,
    ModelUnavailable,
)
from connectors.llm.openai_chat import OpenAIChatModel
from connectors.redact import REDACTED, Redactor
from sandboxes.model import ModelSandbox
from tests.connectors.llm.models import Answer

PROMPT = (
    "Rules label: routine_follow_up\n<<<BEGIN MAIL id=1>>>\nHello team. Our PO 4500012871 is "
    "attached. Thanks.\n<<<END MAIL id=1>>>"
)
REQUEST = ModelRequest(system="You summarise mail.", user=PROMPT, output=Answer, name="triage")


def adapter(sandbox: ModelSandbox, **kwargs: float) -> OpenAIChatModel:
    options = {"timeout": 5.0, "max_retries": 0, **kwargs}
    return OpenAIChatModel(
        base_url=sandbox.base_url,
        api_key="sk-loopback",
        model="local-model",
        timeout=float(options["timeout"]),
        max_retries=int(options["max_retries"]),
    )


@pytest.fixture
def sandbox() -> Iterator[ModelSandbox]:
    with ModelSandbox() as server:
        yield server


def test_json_schema_mode_parses_and_records_usage(sandbox: ModelSandbox) -> None:
    reply = adapter(sandbox).complete(REQUEST)
    assert reply.parse_mode == "json_schema" and reply.attempts == 1
    assert reply.parsed.label == "routine_follow_up"
    assert reply.parsed.po_number == "4500012871"
    assert reply.prompt_tokens and reply.prompt_tokens > 10 and reply.completion_tokens
    assert reply.latency_ms > 0 and reply.model == "local-model"
    sent = sandbox.requests[0]["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["strict"] is True
    schema = sent["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"summary", "label", "po_number", "customer_draft"}


@pytest.mark.parametrize(
    ("supports", "mode", "attempts"),
    [
        ({"tool_call", "plain_json"}, "tool_call", 2),
        ({"plain_json"}, "plain_json", 3),
    ],
)
def test_falls_back_when_the_server_rejects_a_mode_and_remembers(
    supports: set[str], mode: str, attempts: int
) -> None:
    with ModelSandbox(supports=supports) as server:
        model = adapter(server)
        first, second = model.complete(REQUEST), model.complete(REQUEST)
    assert (first.parse_mode, first.attempts) == (mode, attempts)
    assert (second.parse_mode, second.attempts) == (mode, 1)
    assert model.mode == mode
    assert len(server.requests) == attempts + 1
    assert first.parsed.po_number == "4500012871"


def test_tool_mode_forces_the_named_tool() -> None:
    with ModelSandbox(supports={"tool_call"}) as server:
        adapter(server).complete(REQUEST)
    body = server.requests[1]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "triage"}}
    assert body["tools"][0]["function"]["parameters"]["additionalProperties"] is False


def test_plain_mode_puts_the_schema_in_the_system_message() -> None:
    with ModelSandbox(supports={"plain_json"}) as server:
        adapter(server).complete(REQUEST)
    system = server.requests[-1]["messages"][0]["content"]
    assert "JSON schema:" in system and '"po_number"' in system
    assert "response_format" not in server.requests[-1] and "tools" not in server.requests[-1]


def test_json_in_prose_is_found_when_a_server_ignores_the_format(sandbox: ModelSandbox) -> None:
    sandbox.raw_content = (
        'Sure! ```json\n{"summary": "s", "label": "deal_exception", "po_number": null, '
        '"customer_draft": null}\n```'
    )
    reply = adapter(sandbox).complete(REQUEST)
    assert reply.parse_mode == "plain_json" and reply.parsed.label == "deal_exception"


def test_missing_usage_is_reported_as_unknown(sandbox: ModelSandbox) -> None:
    sandbox.omit_usage = True
    reply = adapter(sandbox).complete(REQUEST)
    assert reply.prompt_tokens is None and reply.completion_tokens is None


@pytest.mark.parametrize(
    "content", ["not json at all", '{"summary": 1}', '{"summary": "s", "label": "maybe"}']
)
def test_unusable_output_is_model_output_invalid(sandbox: ModelSandbox, content: str) -> None:
    sandbox.raw_content = content
    with pytest.raises(ModelOutputInvalid):
        adapter(sandbox).complete(REQUEST)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (500, ModelUnavailable),
        (503, ModelUnavailable),
        (429, ModelUnavailable),
        (401, ModelConfigError),
        (403, ModelConfigError),
        (404, ModelConfigError),
    ],
)
def test_http_errors_are_translated(
    sandbox: ModelSandbox, status: int, error: type[Exception]
) -> None:
    sandbox.fail_next(status)
    with pytest.raises(error):
        adapter(sandbox).complete(REQUEST)


def test_a_rejected_prompt_is_not_mistaken_for_a_missing_mode(sandbox: ModelSandbox) -> None:
    sandbox.fail_next(400, message="maximum context length exceeded")
    model = adapter(sandbox)
    with pytest.raises(ModelUnavailable, match="request rejected"):
        model.complete(REQUEST)
    assert model.mode == "json_schema" and len(sandbox.requests) == 1


def test_transient_errors_are_retried_by_the_sdk(sandbox: ModelSandbox) -> None:
    sandbox.fail_next(503, times=2)
    reply = adapter(sandbox, max_retries=2).complete(REQUEST)
    assert reply.parsed.po_number == "4500012871" and len(sandbox.requests) == 3


def test_slow_server_is_a_timeout(sandbox: ModelSandbox) -> None:
    sandbox.delay_s = 2.0
    with pytest.raises(ModelTimeout):
        adapter(sandbox, timeout=0.2).complete(REQUEST)


def test_nothing_listening_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    model = OpenAIChatModel(
        base_url=f"http://127.0.0.1:{port}/v1", api_key=None, model="m", max_retries=0
    )
    with pytest.raises(ModelUnavailable, match="cannot reach"):
        model.complete(REQUEST)


@pytest.mark.parametrize(
    ("base_url", "api_key", "model", "problem"),
    [
        ("http://127.0.0.1:1/v1", None, " ", "model name"),
        ("ftp://models.example", None, "m", "http"),
        (None, None, "gpt-4o", "API key"),
    ],
)
def test_misconfiguration_is_a_config_error(
    base_url: str | None, api_key: str | None, model: str, problem: str
) -> None:
    with pytest.raises(ModelConfigError, match=problem):
        OpenAIChatModel(base_url=base_url, api_key=api_key, model=model)


def test_local_servers_need_no_key(sandbox: ModelSandbox) -> None:
    model = OpenAIChatModel(base_url=sandbox.base_url, api_key=None, model="llama3", max_retries=0)
    assert model.complete(REQUEST).parsed.summary


def test_errors_quoting_the_key_or_another_secret_are_scrubbed(sandbox: ModelSandbox) -> None:
    sandbox.echo_key = True
    model = OpenAIChatModel(
        base_url=sandbox.base_url,
        api_key="loopback-key-Quokka",
        model="m",
        max_retries=0,
        redactor=Redactor(["settings-secret-Kiwi"]),  # what else the settings hold
    )
    sandbox.fail_next(401)
    with pytest.raises(ModelConfigError) as refused:
        model.complete(REQUEST)
    assert "loopback-key-Quokka" not in str(refused.value) and REDACTED in str(refused.value)
    assert "PODESK_LLM_API_KEY" in str(refused.value)  # the fix, named
    sandbox.fail_next(500, message="upstream said settings-secret-Kiwi")
    with pytest.raises(ModelUnavailable) as failed:
        model.complete(REQUEST)
    assert "settings-secret-Kiwi" not in str(failed.value) and REDACTED in str(failed.value)
