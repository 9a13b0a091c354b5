"""`podesk demo --serve`: a real process builds and syncs the demo workspace, prints one
account per role with its password once, and serves the console, where each signs in."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from cli import run

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _sign_in(base: str, email: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=base, follow_redirects=True) as client:
        form = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token is not None
        data = {"email": email, "password": password, "csrf_token": token.group(1)}
        return client.post("/login", data=data)


def test_demo_serve_prints_each_roles_password_once_and_serves_the_console(
    tmp_path: Path,
) -> None:
    port, workspace = _free_port(), tmp_path / "demo"
    env = {**os.environ, "COLUMNS": "160"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "demo", "--serve", "--port", str(port),
         "--workspace", str(workspace)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        out = ""
        assert proc.stdout is not None
        deadline = time.monotonic() + 180
        while "PO Desk console on" not in out:
            assert time.monotonic() < deadline and proc.poll() is None, out
            out += proc.stdout.readline()
        logins = re.findall(r"(\S+@demo\.example)\s+│?\s*(\w+)\s+│?\s*(\S{24})", out)
        assert sorted(role for _, role, _ in logins) == [
            "admin", "deal_desk", "manager", "sales_ops",
        ]  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        for email, role, password in logins:
            assert out.count(password) == 1  # printed once
            answer = _sign_in(base, email, password)
            assert answer.status_code == 200, (role, answer.text[:200])
            assert f"{email} ({role})" in answer.text  # signed in, on the role's home page
        assert (workspace / "data" / "podesk.db").exists()  # the workspace is kept
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_demo_serve_refuses_the_sandboxes() -> None:
    assert run(["demo", "--serve", "--outlook-sandbox"]) == 2
