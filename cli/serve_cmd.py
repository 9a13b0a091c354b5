"""`podesk serve`: the web console on uvicorn (web/), bound to loopback unless told otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cli.output import err_console

if TYPE_CHECKING:
    from app.settings import Settings


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback is reachable by others.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the console: the queue, reviews and decisions, the audit log (accounts:
    `podesk users add`). Decisions need PODESK_MAILBOX and PODESK_CRM_DIR, as for `review`."""
    run_console(ctx.obj, host=host, port=port)


def run_console(settings: Settings, *, host: str, port: int) -> None:
    """Serve the console on ``settings``' store until interrupted (also `podesk demo --serve`)."""
    import uvicorn

    from web.app import create_app

    app = create_app(settings)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(
            f"Serving on {host}: put it behind HTTPS (a reverse proxy) before people sign in.",
            highlight=False,
        )
    err_console.print(f"PO Desk console on http://{_url_host(host)}:{port}/", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
