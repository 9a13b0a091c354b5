"""OpenAI-compatible chat models: the port and a scripted fake.

The real adapter, ``connectors.llm.openai_chat.OpenAIChatModel``, is imported from its own
module by the code that builds one (app.wiring): the ``openai`` package costs more than the
whole rules path, and runs without a model never need it.
The loopback fake model server is ``sandboxes.model.ModelSandbox`` (tests, demo).
"""

from __future__ import annotations

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
    "ParseMode",
    "ScriptedChatModel",
]
