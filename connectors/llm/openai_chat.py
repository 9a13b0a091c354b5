"""The real adapter: the ``openai`` package's Chat Completions API on any compatible server.

OpenAI, Azure OpenAI (through its /openai/v1 base URL), vLLM and Ollama all speak
Chat Completions, but not all of them know JSON-schema structured outputs. So
the adapter asks for ``response_format=json_schema`` first, falls back to a
forced tool call, then to plain JSON in the text, each time a server rejects
the previous mode, and remembers what worked for the next call.

Every error leaves ``complete`` with its text scrubbed (``connectors.redact``): a server may
quote the key it was sent, and these messages end up in notes, audit rows and checkpoints.
"""

from __future__ import annotations

import json
import time
from typing import Any

import openai
from pydantic import ValidationError

from connectors.errors import OutsideSystemError
from connectors.llm.port import (
    PARSE_MODES,
    ModelConfigError,
    ModelError,
    ModelOutputInvalid,
    ModelReply,
    ModelRequest,
    ModelTimeout,
    ModelUnavailable,
    OutputT,
    ParseMode,
)
from connectors.llm.schema import json_object_in, schema_prompt, strict_schema
from connectors.redact import PATTERNS_ONLY, Redactor

# A 400/422 whose message names one of these is a server refusing the mode, not the prompt.
_MODE_WORDS = ("response_format", "json_schema", "schema", "tool", "function", "support")
# Local servers need no key, but the SDK insists on one.
_NO_KEY = "not-needed"


class _ModeRejected(OutsideSystemError):
    """The server refused one structured-output mode: the next is tried (never leaves here)."""


class OpenAIChatModel:
    """ChatModel over ``openai.OpenAI``. One instance per endpoint; safe to share."""

    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str | None,
        model: str,
        timeout: float = 30.0,
        max_retries: int = 2,
        redactor: Redactor = PATTERNS_ONLY,
    ) -> None:
        """``redactor``: what else to scrub from errors besides ``api_key`` (the settings')."""
        if not model.strip():
            raise ModelConfigError("no model name configured (PODESK_LLM_MODEL)")
        if base_url is not None and not base_url.startswith(("http://", "https://")):
            raise ModelConfigError(f"model base URL must be http(s): {base_url!r}")
        if api_key is None and base_url is None:
            raise ModelConfigError("no API key for the default OpenAI endpoint")
        self.model = model
        self._client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key or _NO_KEY,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._mode: ParseMode = "json_schema"
        self._redact = redactor.with_secrets(api_key)

    @property
    def mode(self) -> ParseMode:
        """The structured-output mode the next call starts with."""
        return self._mode

    def complete(self, request: ModelRequest[OutputT]) -> ModelReply[OutputT]:
        try:
            return self._complete(request)
        except (ModelError, ModelConfigError) as exc:
            # One exit for every error: each may quote the server (or the model's answer).
            # Scrubbed before it is shortened: a cut must not leave half a key behind.
            text = " ".join(self._redact(str(exc)).split())
            raise type(exc)(_clip(text)) from exc.__cause__

    def _complete(self, request: ModelRequest[OutputT]) -> ModelReply[OutputT]:
        started = time.perf_counter()
        attempts = 0
        for mode in PARSE_MODES[PARSE_MODES.index(self._mode) :]:
            attempts += 1
            try:
                completion = self._create(request, mode)
            except _ModeRejected:
                continue
            self._mode = mode
            return self._reply(request, completion, mode, started, attempts)
        raise ModelUnavailable("the server rejected every structured-output mode")

    def _create(self, request: ModelRequest[Any], mode: ParseMode) -> Any:
        try:
            return self._client.chat.completions.create(**_arguments(self.model, request, mode))
        except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
            if mode != "plain_json" and _names_mode(exc):
                raise _ModeRejected from exc
            raise ModelUnavailable(f"request rejected: {_message(exc)}") from exc
        except openai.OpenAIError as exc:
            raise translate(exc) from exc

    def _reply(
        self,
        request: ModelRequest[OutputT],
        completion: Any,
        mode: ParseMode,
        started: float,
        attempts: int,
    ) -> ModelReply[OutputT]:
        if not completion.choices:
            raise ModelOutputInvalid("the server returned no choices")
        choice = completion.choices[0]
        if choice.finish_reason == "length":
            raise ModelOutputInvalid("the answer was cut off (max tokens)")
        if getattr(choice.message, "refusal", None):
            raise ModelOutputInvalid(f"the model refused: {choice.message.refusal}")
        raw, parsed_as = _payload(choice.message, mode)
        usage = completion.usage
        return ModelReply(
            parsed=_validate(request, raw),
            raw_text=raw,
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
            latency_ms=(time.perf_counter() - started) * 1000,
            parse_mode=parsed_as,
            model=str(getattr(completion, "model", "") or self.model),
            attempts=attempts,
        )


def _arguments(model: str, request: ModelRequest[Any], mode: ParseMode) -> dict[str, Any]:
    system = request.system
    extra: dict[str, Any] = {}
    schema = strict_schema(request.output)
    if mode == "json_schema":
        extra["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.name, "schema": schema, "strict": True},
        }
    elif mode == "tool_call":
        function = {"name": request.name, "parameters": schema, "strict": True}
        extra["tools"] = [{"type": "function", "function": function}]
        extra["tool_choice"] = {"type": "function", "function": {"name": request.name}}
    else:
        system = f"{system}\n\n{schema_prompt(request.output)}"
    if request.max_tokens is not None:
        extra["max_tokens"] = request.max_tokens
    if request.temperature is not None:
        extra["temperature"] = request.temperature
    messages = [{"role": "system", "content": system}, {"role": "user", "content": request.user}]
    return {"model": model, "messages": messages, **extra}


def _payload(message: Any, mode: ParseMode) -> tuple[str, ParseMode]:
    """(JSON text, how it was found). A server may ignore a mode and answer in prose."""
    calls = getattr(message, "tool_calls", None) or []
    function = getattr(calls[0], "function", None) if calls else None
    if mode == "tool_call" and function is not None:
        return str(function.arguments or ""), "tool_call"
    content = str(message.content or "")
    if mode == "json_schema" and _is_json(content):
        return content, "json_schema"
    found = json_object_in(content)
    if found is None:
        raise ModelOutputInvalid(f"no JSON object in the answer: {content[:120]!r}")
    return json.dumps(found), "plain_json"


def _validate(request: ModelRequest[OutputT], raw: str) -> OutputT:
    try:
        return request.output.model_validate_json(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ModelOutputInvalid(f"answer does not match {request.name}: {problems}") from exc


def _is_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except json.JSONDecodeError:
        return False


def _names_mode(exc: openai.APIStatusError) -> bool:
    text = _message(exc).lower()
    return any(word in text for word in _MODE_WORDS)


def _message(exc: openai.OpenAIError) -> str:
    return str(getattr(exc, "message", None) or exc)


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def translate(exc: openai.OpenAIError) -> ModelError | ModelConfigError:
    """The SDK's errors in the port's terms (after the SDK's own retries)."""
    if isinstance(exc, openai.APITimeoutError):
        return ModelTimeout(f"no answer in time: {_message(exc)}")
    if isinstance(exc, openai.APIConnectionError):
        return ModelUnavailable(f"cannot reach the model server: {_message(exc)}")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ModelConfigError(
            f"the model server refused the credentials (check PODESK_LLM_API_KEY): {_message(exc)}"
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelConfigError(
            "unknown model or wrong base URL (check PODESK_LLM_MODEL and PODESK_LLM_BASE_URL): "
            f"{_message(exc)}"
        )
    if isinstance(exc, openai.APIStatusError):
        return ModelUnavailable(f"model server error {exc.status_code}: {_message(exc)}")
    if isinstance(exc, openai.LengthFinishReasonError | openai.ContentFilterFinishReasonError):
        return ModelOutputInvalid(_message(exc))
    return ModelUnavailable(f"model call failed: {_message(exc)}")
