"""Fixtures the graph tests share with the store tests."""

from __future__ import annotations

# A fresh PostgreSQL database per test, skipped locally without a server, required in CI.
from tests.agent.test_store import pg_url

__all__ = ["pg_url"]
