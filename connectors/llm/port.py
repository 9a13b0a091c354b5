"""The model port: one structured completion per call, and the errors callers may see.

The domain asks for a pydantic type and gets a parsed instance back, with the
usage and latency it cost. Every adapter failure is translated here, at the
seam, so callers never import a provider SDK to handle an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel

from connectors.errors import ConfigurationError, OutsideSystemError

ParseMode = Literal["json_schema", "tool_call", "plain_json"]
PARSE_MODES: tuple[ParseMode, ...] = ("json_schema", "tool_call", "plain_json")

OutputT = TypeVar("OutputT", bound=BaseModel)


@dataclass(frozen=True)
class ModelRequest(Generic[OutputT]):
    """System and user message, and the type the answer must parse into."""

    system: str
    user: str
    output: type[OutputT]
    name: str = "answer"  # schema / tool name the server sees
    max_tokens: int | None = 1024
    temperature: float | None = 0.0


@dataclass(frozen=True)
class ModelReply(Generic[OutputT]):
    parsed: OutputT
    raw_text: str  # the JSON text the object was parsed from
    prompt_tokens: int | None  # None when the server reported no usage
    completion_tokens: int | None
    latency_ms: float
    parse_mode: ParseMode
    model: str = ""
    attempts: int = 1  # HTTP requests made, including structured-output downgrades


class ChatModel(Protocol):
    def complete(self, request: ModelRequest[OutputT]) -> ModelReply[OutputT]:
        """One completion parsed into ``request.output``; raises ModelError subclasses."""
        ...


class ModelError(OutsideSystemError):
    """The model could not give a usable answer this time; callers fall back to rules."""


class ModelUnavailable(ModelError):
    """Connection refused, rate limited, server error, or the request was rejected."""


class ModelTimeout(ModelError):
    """No answer within the configured timeout (after the configured retries)."""


class ModelOutputInvalid(ModelError):
    """An answer came back but it is not the requested JSON (or was cut off or refused)."""


class ModelConfigError(ConfigurationError):
    """Misconfiguration (no model name, bad URL, rejected credentials, unknown model).

    Not a ModelError on purpose: silently falling back for days because a key
    expired hides the problem; entry points report it and stop.
    """
