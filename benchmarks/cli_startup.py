"""How fast the CLI answers: `podesk --help` and `podesk queue` on a small store.

Each run is a fresh process, alternating in the same run with the floor, a bare Typer app
of two commands printing its help (what any Typer CLI costs on this machine and Python):
  - floor:  python -c "<a two-command typer app>" --help
  - help:   python -m cli --help
  - queue:  python -m cli queue      (on a store made by `podesk demo --workspace`)
Prints each run's wall time, the medians and the ratios to the floor, and last:
  help_s=H queue_s=Q floor_s=F
Targets (issue 9): help <= 0.3 s, queue <= 1 s.

Usage: python benchmarks/cli_startup.py [--repeats 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import typer
app = typer.Typer()
@app.command()
def a(x: int = 1) -> None: ...
@app.command()
def b(x: int = 1) -> None: ...
app(["--help"])
"""


def _wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    repeats = parser.parse_args().repeats
    with tempfile.TemporaryDirectory(prefix="podesk-cli-") as tmp:
        workspace = Path(tmp) / "ws"
        env = dict(os.environ, PODESK_REVIEWER="bench")
        subprocess.run(
            [sys.executable, "-m", "cli", "demo", "--workspace", str(workspace)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        env |= {
            "PODESK_MAILBOX": str(workspace / "mailbox"),
            "PODESK_CRM_DIR": str(workspace / "crm"),
            "PODESK_DATA_DIR": str(workspace / "data"),
        }
        runs: dict[str, list[float]] = {"floor": [], "help": [], "queue": []}
        for _ in range(repeats):
            runs["floor"].append(_wall([sys.executable, "-c", FLOOR], env))
            runs["help"].append(_wall([sys.executable, "-m", "cli", "--help"], env))
            runs["queue"].append(_wall([sys.executable, "-m", "cli", "queue"], env))
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, times in runs.items():
        shown = " ".join(f"{t:.3f}" for t in times)
        ratio = medians[name] / medians["floor"]
        print(f"{name:6} median {medians[name]:.3f} s  ({ratio:.1f}x floor)  runs: {shown}")
    help_s, queue_s, floor_s = medians["help"], medians["queue"], medians["floor"]
    print(f"help_s={help_s:.3f} queue_s={queue_s:.3f} floor_s={floor_s:.3f}")


if __name__ == "__main__":
    main()
