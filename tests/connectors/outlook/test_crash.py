"""Kill a process in the middle of saving drafts; the next run leaves one draft per key."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from connectors.outlook import OutlookDraftSink
from connectors.outlook.drafts import KEY_PROPERTY, READY_PROPERTY
from sandboxes.graph import GraphSandbox

from .conftest import client_for, outlook_config
from .test_drafts import draft_request, inbox_messages, properties

ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import json, sys
from connectors.mailbox.model import MailMessage
from connectors.outlook import OutlookConfig, OutlookDraftSink
from tests.connectors.outlook.test_drafts import draft_request

job = json.loads(open(sys.argv[1]).read())
sink = OutlookDraftSink(OutlookConfig.model_validate(job["config"]))
for key, message in job["work"]:
    sink.save_draft(draft_request(MailMessage.model_validate(message), key))
"""


@pytest.mark.slow
def test_a_killed_process_resumes_to_exactly_one_draft_per_key(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    messages = inbox_messages(sandbox, tmp_path, 80)[::2]
    work = [(f"crash-{n}", m.model_dump(mode="json")) for n, m in enumerate(messages)]
    config = outlook_config(sandbox, tmp_path).model_dump(mode="json")
    config["client_secret"] = sandbox.config.client_secret  # dumped as "**********"
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"config": config, "work": work}))
    sandbox.clear_requests()

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(job)], cwd=ROOT)
    try:
        while _create_replies(sandbox) < 12 and child.poll() is None:
            time.sleep(0.002)
    finally:
        os.kill(child.pid, signal.SIGKILL)  # mid-save: after some createReply, before others
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert 12 <= _create_replies(sandbox) < len(work)

    client = client_for(sandbox, tmp_path)
    sink = OutlookDraftSink(client.config, client=client)
    for key, message in zip((k for k, _ in work), messages, strict=True):
        sink.save_draft(draft_request(message, key))

    drafts = sandbox.drafts()
    assert sorted(properties(d)[KEY_PROPERTY] for d in drafts) == sorted(k for k, _ in work)
    assert all(properties(d).get(READY_PROPERTY) == properties(d)[KEY_PROPERTY] for d in drafts)


def _create_replies(sandbox: GraphSandbox) -> int:
    return sum(1 for r in sandbox.requests if r.path.endswith("/createReply"))
