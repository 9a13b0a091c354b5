"""$batch, the refusals (sending, other mailboxes), throttling, faults, the request log."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests

from sandboxes.graph import GraphSandbox
from sandboxes.graph.graph import GraphApi
from tests.sandboxes.graph.conftest import MAILBOX, Client, first_inbox_message


def batch(client: Client, entries: list[dict[str, Any]]) -> requests.Response:
    return client.post(f"{client.root}/$batch", json={"requests": entries})


def test_batch_answers_each_entry(client: Client) -> None:
    item = client.get("messages", params={"$top": "1"}).json()["value"][0]
    response = batch(
        client,
        [
            {"id": "1", "method": "GET", "url": f"/users/{MAILBOX}/messages/{item['id']}"},
            {
                "id": "2",
                "method": "PATCH",
                "url": f"users/{MAILBOX}/messages/{item['id']}",
                "body": {"isRead": True},
                "headers": {"Content-Type": "application/json"},
            },
            {"id": "3", "method": "GET", "url": f"/users/{MAILBOX}/messages/AAMkAGI2{'Q' * 40}="},
            {"id": "4", "method": "GET", "url": "/users/x/messages", "dependsOn": ["3"]},
        ],
    )
    assert response.status_code == 200
    answers = {r["id"]: r for r in response.json()["responses"]}
    assert [answers[i]["status"] for i in "1234"] == [200, 200, 404, 424]
    assert answers["1"]["body"]["id"] == item["id"]
    assert answers["2"]["body"]["isRead"] is True
    assert answers["3"]["body"]["error"]["code"] == "ErrorItemNotFound"
    assert answers["1"]["headers"]["Content-Type"].startswith("application/json")


def test_batch_is_limited_to_twenty(client: Client) -> None:
    entries = [{"id": str(n), "method": "GET", "url": "/me"} for n in range(21)]
    response = batch(client, entries)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "BadRequest"
    assert batch(client, entries[:20]).status_code == 200


def test_sending_is_refused_everywhere(client: Client, sandbox: GraphSandbox) -> None:
    item = first_inbox_message(client, "Contoso Corp - Purchase Order")
    draft = client.post(f"messages/{item['id']}/createReply").json()
    before = sandbox.messages()
    attempts = [
        f"messages/{draft['id']}/send",
        "sendMail",
        f"messages/{item['id']}/reply",
        f"messages/{item['id']}/replyAll",
        f"messages/{item['id']}/forward",
        f"{client.root}/me/sendMail",
    ]
    for url in attempts:
        response = client.post(url, json={"message": {"subject": "x"}})
        assert response.status_code == 403, url
        assert response.json()["error"]["code"] == "ErrorAccessDenied"
    inside = batch(client, [{"id": "1", "method": "POST", "url": f"/users/{MAILBOX}/sendMail"}])
    assert inside.json()["responses"][0]["status"] == 403
    assert sandbox.messages() == before  # nothing moved to Sent Items, nothing changed
    refused = [r for r in sandbox.requests if "send" in r.path.lower()]
    assert len(refused) == 4 and all(r.status == 403 for r in refused)
    assert [r.batch_id for r in refused] == [None, None, None, "1"]


def test_other_mailboxes_are_refused(client: Client) -> None:
    for url in (
        f"{client.root}/users/ceo@northwindcloud.example/messages",
        f"{client.root}/users/ceo@northwindcloud.example/mailFolders/inbox/messages/delta",
    ):
        response = client.get(url)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "ErrorAccessDenied"


def test_more_than_four_concurrent_requests_are_throttled(
    sandbox: GraphSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = GraphApi.handle

    def slow(self: GraphApi, request: Any) -> Any:
        time.sleep(0.3)  # keep requests in flight long enough to overlap
        return original(self, request)

    monkeypatch.setattr(GraphApi, "handle", slow)
    clients = [Client(sandbox) for _ in range(8)]
    results: list[requests.Response] = []
    threads = [
        threading.Thread(target=lambda c=c: results.append(c.get("mailFolders"))) for c in clients
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    throttled = [r for r in results if r.status_code == 429]
    assert len(throttled) >= 1 and len([r for r in results if r.status_code == 200]) >= 4
    assert throttled[0].headers["Retry-After"] == "1"
    assert throttled[0].json()["error"]["code"] == "ApplicationThrottled"
    assert sum(1 for r in sandbox.requests if r.fault == "throttled") == len(throttled)


def test_random_faults_are_seeded_and_recorded(make_sandbox: Callable[..., GraphSandbox]) -> None:
    def run(seed: int) -> list[str]:
        sandbox = make_sandbox(faults=0.5, seed=seed)
        client = Client(sandbox)
        outcomes = []
        for _ in range(30):
            try:
                response = client.get("mailFolders")
            except requests.ConnectionError:
                outcomes.append("reset")
                continue
            outcomes.append(str(response.status_code))
            if response.status_code in (429, 503):
                assert response.headers["Retry-After"] == "1"
        recorded = [r.fault or str(r.status) for r in sandbox.requests if "/v1.0/" in r.path]
        assert recorded == outcomes
        return outcomes

    first = run(seed=1)
    assert {"200", "429", "503", "504", "reset"} <= set(first)
    assert run(seed=1) == first


def test_lost_response_commits_the_write(client: Client, sandbox: GraphSandbox) -> None:
    item = first_inbox_message(client, "Contoso Corp - Purchase Order")
    sandbox.inject("lost_response", method="POST", path_contains="createReply")
    with pytest.raises(requests.ConnectionError):
        client.post(f"messages/{item['id']}/createReply", json={"comment": "hello"})
    assert len(sandbox.drafts()) == 1  # Graph did the work; only the answer was lost
    entry = sandbox.requests[-1]
    assert (entry.status, entry.fault) == (None, "lost_response")
    assert entry.body == {"comment": "hello"}
    sandbox.inject("reset", path_contains="createReply")
    with pytest.raises(requests.ConnectionError):
        client.post(f"messages/{item['id']}/createReply")
    assert len(sandbox.drafts()) == 1  # a reset before answering changes nothing
    assert client.post(f"messages/{item['id']}/createReply").status_code == 201


def test_request_log_records_what_matters(client: Client, sandbox: GraphSandbox) -> None:
    sandbox.clear_requests()
    client.get(
        "mailFolders/inbox/messages",
        params={"$select": "subject", "$top": "2"},
        prefer='IdType="ImmutableId"',
        headers={"client-request-id": "abc"},
    )
    [entry] = sandbox.requests
    assert entry.method == "GET"
    assert entry.path == f"/v1.0/users/{MAILBOX}/mailFolders/inbox/messages"
    assert entry.query == {"$select": "subject", "$top": "2"}
    assert entry.headers == {"prefer": 'IdType="ImmutableId"', "client-request-id": "abc"}
    assert entry.authorization is True and entry.status == 200 and entry.fault is None
    assert entry.time <= time.time()
