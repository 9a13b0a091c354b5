"""The global guard: no test reaches a real model provider (or anything off this machine).

Installed once per session, so it costs nothing per test:
* socket connects to anything but loopback (127.0.0.0/8, ::1, localhost) fail loudly;
  PostgreSQL, the Graph sandbox and the model sandbox all live on loopback;
* proxy variables are dropped, so a client cannot tunnel out through a local proxy;
* provider keys and model settings are removed from the environment, so a developer's
  own key can never be picked up by the openai client or PODESK_LLM_* settings;
* a sync runs its cycles in its own process (PODESK_SYNC_JOBS=1): worker processes cost
  seconds to start, and tests that swap a part of the runner mean that runner.
  tests/app/test_fanout.py asks for workers.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")
_ENV_PREFIXES = ("PODESK_LLM_", "AZURE_OPENAI_")
_PROXIES = ("http_proxy", "https_proxy", "all_proxy")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_INET = (socket.AF_INET, socket.AF_INET6)


class NetworkGuardError(ConnectionRefusedError):
    """Raised instead of connecting: tests talk to loopback only."""


def _loopback(host: str) -> bool:
    if host.lower().rstrip(".") in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False  # a name other than localhost: would need DNS, so it is not local


def _check(sock: socket.socket, address: Any) -> None:
    if sock.family in _INET and isinstance(address, tuple) and not _loopback(str(address[0])):
        raise NetworkGuardError(
            f"test guard: connection to {address[0]}:{address[1]} refused; tests may only "
            "reach loopback (no real model provider, no outside service)"
        )


@pytest.fixture(scope="session", autouse=True)
def _no_outside_network() -> Iterator[None]:
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        _check(self, address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check(self, address)
        return real_connect_ex(self, address)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", connect)
        patch.setattr(socket.socket, "connect_ex", connect_ex)
        for name in [*_ENV, *_PROXIES, *(p.upper() for p in _PROXIES)]:
            patch.delenv(name, raising=False)
        for name in [n for n in os.environ if n.startswith(_ENV_PREFIXES)]:
            patch.delenv(name)
        patch.setenv("PODESK_SYNC_JOBS", "1")
        yield


from tests.postgres import pg_owner_url, pg_url  # noqa: E402  (fixtures for every test module)

__all__ = ["pg_owner_url", "pg_url"]
