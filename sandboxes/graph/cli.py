"""Running the sandbox as a process: ``serve_forever`` for ``podesk graph-sandbox``, and a
standalone ``python -m sandboxes.graph`` entry point with the same options.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import platformdirs

from sandboxes.graph.config import SandboxConfig
from sandboxes.graph.sandbox import GraphSandbox


def serve_forever(
    config: SandboxConfig,
    mailbox_dir: Path,
    *,
    on_ready: Callable[[GraphSandbox], None],
    stop: threading.Event | None = None,
) -> None:
    """Seed from ``mailbox_dir``, start, call ``on_ready``, and serve until ``stop`` is set
    or the process gets SIGINT/SIGTERM (signals only when called from the main thread)."""
    stop = stop or threading.Event()
    sandbox = GraphSandbox(config)
    sandbox.seed_from_folder(mailbox_dir)
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, request_stop)
    try:
        with sandbox:
            on_ready(sandbox)
            while not stop.wait(0.5):
                pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def describe(sandbox: GraphSandbox) -> str:
    config = sandbox.config
    items = len(sandbox.store.messages(None))
    return "\n".join(
        [
            f"Graph sandbox: {sandbox.url}/v1.0 serving {config.mailbox_address} ({items} items,"
            f" faults {config.faults:.0%}, seed {config.seed})",
            f"CA certificate: {sandbox.ca_path}",
            "Point PO Desk at it with:",
            f"  PODESK_MAILBOX=outlook:{config.mailbox_address}",
            f"  PODESK_TENANT_ID={config.tenant_id}",
            f"  PODESK_CLIENT_ID={config.client_id}",
            f"  PODESK_CLIENT_SECRET={config.client_secret}",
            f"  PODESK_AUTHORITY_URL={sandbox.authority_url}",
            f"  PODESK_GRAPH_URL={sandbox.url}",
            f"  PODESK_CA_BUNDLE={sandbox.ca_path}",
            "and the console's Sign in with Microsoft (`podesk serve` on port 8000) with:",
            f"  PODESK_ENTRA_TENANT_ID={config.tenant_id}",
            f"  PODESK_ENTRA_CLIENT_ID={config.client_id}",
            f"  PODESK_ENTRA_CLIENT_SECRET={config.client_secret}",
            f"  PODESK_ENTRA_AUTHORITY={sandbox.authority_url}",
            "Press Ctrl+C to stop.",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sandboxes.graph",
        description="Serve a loopback Microsoft Graph sandbox seeded from .eml files.",
    )
    parser.add_argument("--mailbox", type=Path, required=True, help=".eml folder or Maildir")
    parser.add_argument("--address", default="orders@northwindcloud.example")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--faults", type=float, default=0.0, help="fault probability, 0..1")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(platformdirs.user_data_dir("podesk")) / "graph-sandbox",
    )
    args = parser.parse_args(argv)
    try:
        config = SandboxConfig(
            mailbox_address=args.address,
            data_dir=args.data_dir,
            port=args.port,
            faults=args.faults,
            seed=args.seed,
        )
        serve_forever(config, args.mailbox, on_ready=lambda s: print(describe(s), flush=True))
    except (ValueError, OSError) as exc:
        print(f"graph-sandbox: {exc}", file=sys.stderr)
        return 2
    return 0
