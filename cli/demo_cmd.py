"""`podesk demo`: PO Desk end to end on bundled sample data, fully offline."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from agent.errors import ConfigurationError


def demo(
    workspace: Annotated[
        Path | None,
        typer.Option(help="Keep the demo workspace in this (new) folder, not a temporary one."),
    ] = None,
    outlook_sandbox: Annotated[
        bool, typer.Option(help="Read and draft through a loopback Microsoft Graph sandbox.")
    ] = False,
    model_sandbox: Annotated[
        bool, typer.Option(help="Use a loopback OpenAI-compatible model for wording.")
    ] = False,
) -> None:
    """Run PO Desk end to end on sample data: sync, queues, approve one, show the saved draft."""
    from cli.demo_run import run_demo

    if workspace is not None:
        if workspace.exists() and any(workspace.iterdir()):
            raise ConfigurationError(f"--workspace {workspace} must be a new or empty folder")
        workspace.mkdir(parents=True, exist_ok=True)
        run_demo(workspace, outlook=outlook_sandbox, model=model_sandbox)
        return
    with tempfile.TemporaryDirectory(prefix="podesk-demo-") as tmp:
        run_demo(Path(tmp), outlook=outlook_sandbox, model=model_sandbox)
