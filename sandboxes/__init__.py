"""Loopback servers that imitate outside services, for tests, benchmarks and the demo.

graph/ is a Microsoft Graph v1.0 + Entra sandbox (``python -m sandboxes.graph``,
``podesk graph-sandbox``); model/ is an OpenAI-compatible fake model (``ModelSandbox``). They
are demo and test servers, not connectors: the real adapters in ``connectors/`` talk to
them over HTTP(S) exactly as they would to the real service.

Imports: ``connectors`` only (``connectors.mailbox``, to seed a sandbox from .eml folders).
Only the entry point (``cli``, lazily: inside ``podesk graph-sandbox`` and ``podesk demo``),
tests and benchmarks import this package (tests/test_layers.py, tests/cli/test_startup.py).
"""
