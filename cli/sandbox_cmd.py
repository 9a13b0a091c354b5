"""`podesk graph-sandbox` (a loopback Microsoft Graph) and `podesk login` (device code)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from agent.errors import ConfigurationError

if TYPE_CHECKING:
    from app.settings import Settings
    from sandboxes.graph import GraphSandbox


def graph_sandbox(
    ctx: typer.Context,
    mailbox: Annotated[Path, typer.Option(exists=True, file_okay=False, help=".eml folder.")],
    address: Annotated[str, typer.Option(help="The one mailbox the app may use.")] = (
        "orders@northwindcloud.example"
    ),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 = any free port).")] = 0,
    faults: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Share of requests that get 429/503/resets.")
    ] = 0.0,
    seed: Annotated[int, typer.Option(help="Seed of the fault sequence.")] = 0,
) -> None:
    """Serve Graph v1.0 over HTTPS on 127.0.0.1, seeded from .eml files, until Ctrl+C."""
    from sandboxes.graph import SandboxConfig
    from sandboxes.graph.cli import describe, serve_forever

    settings: Settings = ctx.obj
    config = SandboxConfig(
        mailbox_address=address,
        data_dir=settings.data_dir / "graph-sandbox",
        port=port,
        faults=faults,
        seed=seed,
    )

    def ready(sandbox: GraphSandbox) -> None:
        # Plain print: these lines are copied into a shell, so rich must not wrap them.
        print(describe(sandbox), flush=True)

    serve_forever(config, mailbox, on_ready=ready)


def login(ctx: typer.Context) -> None:
    """Delegated mode: sign in once with a device code; later runs use the token cache."""
    from app.wiring import outlook_config
    from connectors.outlook import device_code_sign_in

    settings: Settings = ctx.obj
    config = outlook_config(settings)
    if config.auth_mode != "delegated":
        raise ConfigurationError("podesk login is for PODESK_AUTH_MODE=delegated")

    def prompt(url: str, code: str) -> None:
        print(f"To sign in, open {url} and enter the code {code}", flush=True)

    who = device_code_sign_in(config, prompt, redactor=settings.redactor())
    print(f"Signed in as {who}; the token is cached in {config.token_cache_path}")
