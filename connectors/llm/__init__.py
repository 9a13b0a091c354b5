"""OpenAI-compatible chat models: the port, the real adapter and a scripted fake.

``OpenAIChatModel`` is loaded on first use: importing the ``openai`` package costs
more than the whole rules path, and runs without a model never need it.
The loopback fake model server is ``sandboxes.model.ModelSandbox`` (tests, demo).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from connectors.llm.fake import ScriptedChatModel
from connectors.llm.port import (
    PARSE_MODES,
    ChatModel,
    ModelConfigError,
    ModelError,
    ModelOutputInvalid,
    ModelReply,
    ModelRequest,
    ModelTimeout,
    ModelUnavailable,
    ParseMode,
)

if TYPE_CHECKING:
    from connectors.llm.openai_chat import OpenAIChatModel

__all__ = [
    "PARSE_MODES",
    "ChatModel",
    "ModelConfigError",
    "ModelError",
    "ModelOutputInvalid",
    "ModelReply",
    "ModelRequest",
    "ModelTimeout",
    "ModelUnavailable",
    "OpenAIChatModel",
    "ParseMode",
    "ScriptedChatModel",
]


def __getattr__(name: str) -> Any:
    if name == "OpenAIChatModel":
        return importlib.import_module("connectors.llm.openai_chat").OpenAIChatModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
