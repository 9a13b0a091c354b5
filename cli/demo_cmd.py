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
    serve: Annotated[
        bool,
        typer.Option(
            help="Sync the sample data, add one console account per role (passwords printed "
            "once) and serve the console on 127.0.0.1 until Ctrl-C."
        ),
    ] = False,
    port: Annotated[
        int, typer.Option(min=1, max=65535, help="The console's port (--serve).")
    ] = 8000,
) -> None:
    """Run PO Desk end to end on sample data: sync, queues, approve one, show the saved draft;
    or, with --serve, open the console on it."""
    from cli.demo_run import run_demo

    if serve and (outlook_sandbox or model_sandbox):
        raise ConfigurationError("--serve runs on the sample mailbox folder, without sandboxes")
    if serve:
        _serve(workspace, port)
        return

    if workspace is not None:
        _new_folder(workspace)
        run_demo(workspace, outlook=outlook_sandbox, model=model_sandbox)
        return
    with tempfile.TemporaryDirectory(prefix="podesk-demo-") as tmp:
        run_demo(Path(tmp), outlook=outlook_sandbox, model=model_sandbox)


def _serve(workspace: Path | None, port: int) -> None:
    from cli.demo_serve import serve_demo

    if workspace is not None:
        _new_folder(workspace)
        serve_demo(workspace, port=port)
        return
    with tempfile.TemporaryDirectory(prefix="podesk-demo-") as tmp:
        serve_demo(Path(tmp), port=port)


def _new_folder(workspace: Path) -> None:
    if workspace.exists() and any(workspace.iterdir()):
        raise ConfigurationError(f"--workspace {workspace} must be a new or empty folder")
    workspace.mkdir(parents=True, exist_ok=True)
