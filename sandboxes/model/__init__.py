"""A loopback OpenAI-compatible server: the fake model for tests and the offline demo.

``server`` serves the HTTP API; ``answers`` decides what a cooperative or hostile
model says.
"""

from __future__ import annotations

from sandboxes.model.server import ALL_MODES, ModelSandbox

__all__ = ["ALL_MODES", "ModelSandbox"]
