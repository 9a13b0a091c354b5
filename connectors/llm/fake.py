"""An in-process ChatModel for domain tests: scripted answers, every request kept."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from connectors.llm.port import (
    ModelError,
    ModelOutputInvalid,
    ModelReply,
    ModelRequest,
    OutputT,
    ParseMode,
)

# One scripted step: the answer as a dict or JSON text, an error to raise, or a
# function of the request (for answers that depend on the prompt).
Step = dict[str, Any] | str | ModelError | Callable[[ModelRequest[Any]], dict[str, Any]]


class ScriptedChatModel:
    """Answers from a script, in order; the last step repeats when the script runs out."""

    def __init__(
        self,
        steps: Iterable[Step],
        *,
        parse_mode: ParseMode = "json_schema",
        prompt_tokens: int = 100,
        completion_tokens: int = 20,
    ) -> None:
        self.steps = list(steps)
        if not self.steps:
            raise ValueError("a scripted model needs at least one step")
        self.requests: list[ModelRequest[Any]] = []
        self.parse_mode = parse_mode
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens

    @property
    def calls(self) -> int:
        return len(self.requests)

    def complete(self, request: ModelRequest[OutputT]) -> ModelReply[OutputT]:
        step = self.steps[min(len(self.requests), len(self.steps) - 1)]
        self.requests.append(request)
        if isinstance(step, ModelError):
            raise step
        if callable(step):
            step = step(request)
        raw = step if isinstance(step, str) else json.dumps(step)
        try:
            parsed = request.output.model_validate_json(raw)
        except ValueError as exc:
            raise ModelOutputInvalid(f"answer does not match {request.name}: {exc}") from exc
        return ModelReply(
            parsed=parsed,
            raw_text=raw,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            latency_ms=0.0,
            parse_mode=self.parse_mode,
            model="scripted",
        )
