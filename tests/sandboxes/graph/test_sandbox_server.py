"""The server itself: TLS, keep-alive, seeding, speed, lifecycle and the CLI helpers."""

from __future__ import annotations

import http.client
import ipaddress
import json
import ssl
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509

from connectors.mailbox import Address, MailMessage
from sandboxes.graph import GraphSandbox, SandboxConfig, main, serve_forever
from tests.sandboxes.graph.conftest import MAILBOX, ROOT, SAMPLE_MAILBOX, Client


def test_certificate_names_loopback_and_passes_strict_verification(sandbox: GraphSandbox) -> None:
    leaf = x509.load_pem_x509_certificate(
        (sandbox.ca_path.parent / "graph-sandbox-cert.pem").read_bytes()
    )
    names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert ipaddress.ip_address("127.0.0.1") in names.get_values_for_type(x509.IPAddress)
    assert "localhost" in names.get_values_for_type(x509.DNSName)
    context = ssl.create_default_context(cafile=str(sandbox.ca_path))
    context.verify_flags |= ssl.VERIFY_X509_STRICT  # the default from Python 3.13 on
    port = int(sandbox.url.rsplit(":", 1)[1])
    for host in ("127.0.0.1", "localhost"):
        connection = http.client.HTTPSConnection(host, port, context=context, timeout=5)
        connection.request("GET", "/common/discovery/instance")
        assert connection.getresponse().status == 200
        connection.close()


def test_connections_are_kept_alive(sandbox: GraphSandbox) -> None:
    token = Client(sandbox).token
    context = ssl.create_default_context(cafile=str(sandbox.ca_path))
    port = int(sandbox.url.rsplit(":", 1)[1])
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=5)
    for _ in range(3):  # http.client raises if the server closed the connection in between
        connection.request(
            "GET",
            f"/v1.0/users/{MAILBOX}/mailFolders",
            headers={"Authorization": f"Bearer {token}"},
        )
        response = connection.getresponse()
        assert response.status == 200
        assert json.loads(response.read())["value"]
    connection.close()


def test_seeding_from_eml_folders_and_maildirs(tmp_path: Path) -> None:
    sandbox = GraphSandbox(SandboxConfig(mailbox_address=MAILBOX, data_dir=tmp_path))
    assert sandbox.seed_from_folder(SAMPLE_MAILBOX) == len(sandbox.messages())
    sent = sandbox.messages("sentitems")
    assert sent and all(m["isRead"] for m in sent)
    assert sandbox.seed_from_folder(ROOT / "tests" / "fixtures" / "maildir") > 0


def test_added_replies_join_their_conversation(tmp_path: Path) -> None:
    sandbox = GraphSandbox(SandboxConfig(mailbox_address=MAILBOX, data_dir=tmp_path))
    sender = Address(name="Buyer", email="buyer@customer.example")
    first = MailMessage(message_id="a@customer.example", subject="PO 1", sender=sender)
    reply = MailMessage(
        message_id="b@customer.example",
        subject="RE: PO 1",
        sender=sender,
        in_reply_to="a@customer.example",
    )
    ids = [sandbox.add_message(first), sandbox.add_message(reply, folder="sent")]
    stored = {m["id"]: m for m in sandbox.messages()}
    assert stored[ids[0]]["conversationId"] == stored[ids[1]]["conversationId"]
    assert len(stored[ids[1]]["conversationIndex"]) > len(stored[ids[0]]["conversationIndex"])
    with pytest.raises(ValueError):
        sandbox.add_message(first, folder="archive")


def test_ten_thousand_messages_load(tmp_path: Path) -> None:
    # Speed is measured in benchmarks/outlook_sync.py, not asserted here (shared machine).
    sandbox = GraphSandbox(SandboxConfig(mailbox_address=MAILBOX, data_dir=tmp_path))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    batch = [
        MailMessage(
            message_id=f"bulk-{n}@customer.example",
            subject=f"PO {n}",
            sender=Address(email=f"buyer{n % 50}@customer.example"),
            to=(Address(email=MAILBOX),),
            date=start + timedelta(minutes=n),
            body_text=f"Purchase order {n} attached.\nRegards",
            in_reply_to=f"bulk-{n - 1}@customer.example" if n % 4 else None,
        )
        for n in range(10_000)
    ]
    for message in batch:
        sandbox.add_message(message)
    assert len(sandbox.messages("inbox")) == 10_000


def test_serve_forever_runs_until_stopped(tls_dir: Path) -> None:
    stop = threading.Event()
    ready: list[GraphSandbox] = []
    config = SandboxConfig(mailbox_address=MAILBOX, data_dir=tls_dir)

    def on_ready(sandbox: GraphSandbox) -> None:
        ready.append(sandbox)
        assert Client(sandbox).get("mailFolders").status_code == 200
        stop.set()

    worker = threading.Thread(
        target=serve_forever,
        args=(config, SAMPLE_MAILBOX),
        kwargs={"on_ready": on_ready, "stop": stop},
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive() and ready
    with pytest.raises(RuntimeError):
        _ = ready[0].url  # stopped


def test_main_reports_a_missing_mailbox(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--mailbox", str(tmp_path / "nope"), "--data-dir", str(tmp_path)])
    assert code == 2
    assert "mailbox folder not found" in capsys.readouterr().err


def test_config_refuses_nonsense(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        SandboxConfig(mailbox_address="orders", data_dir=tmp_path)
    with pytest.raises(ValueError):
        SandboxConfig(mailbox_address=MAILBOX, data_dir=tmp_path, faults=1.5)
    with pytest.raises(ValueError):
        SandboxConfig(mailbox_address=MAILBOX, data_dir=tmp_path, app_roles=("Mail.Send",))
