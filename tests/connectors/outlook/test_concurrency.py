"""At most four requests in flight per mailbox, however many clients and threads share it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from connectors.outlook import GraphClient, GraphThrottled

from .conftest import SandboxFactory, client_for, seed


def heavy_load(clients: list[GraphClient]) -> list[Exception]:
    """32 large list requests from 16 threads over the given clients; the failures."""
    failures: list[Exception] = []

    def work(n: int) -> None:
        client = clients[n % len(clients)]
        try:
            client.get(client.url("/mailFolders/inbox/messages"), params={"$top": "1000"})
        except GraphThrottled as exc:
            failures.append(exc)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(work, range(32)))
    return failures


@pytest.mark.slow
def test_clients_on_one_mailbox_share_the_limit(
    make_sandbox: SandboxFactory, tmp_path: Path
) -> None:
    # Each request holds its slot for 50 ms, so requests overlap whatever the machine's load.
    sandbox = make_sandbox(latency=0.05)
    seed(sandbox, inbox=200)
    # retries=1: any request over Exchange's limit of 4 would fail with a 429.
    clients = [client_for(sandbox, tmp_path / str(n), retries=1) for n in range(4)]
    for client in clients:
        client.tokens.token()  # tokens first: only Graph requests count against the limit

    assert heavy_load(clients) == []
    assert not [r for r in sandbox.requests if r.fault == "throttled"]

    # Control: the same load without the shared semaphore is throttled by the sandbox.
    for client in clients:
        client.connection.semaphore = threading.BoundedSemaphore(100)
    assert heavy_load(clients)
