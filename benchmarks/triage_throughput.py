"""Throughput of the PO Desk workflow up to the review interrupt, against the framework floor.

For each N, in the same run and alternating, each measurement in a fresh subprocess
(so peak RSS is that run's own):
  - ours:  N synthetic threads through link -> ... -> review (interrupt), SqliteSaver file,
           durability="sync", exactly as `podesk sync` runs them;
  - floor: a bare StateGraph with the same number of no-op nodes (the last interrupts), the
           same input state, the same checkpointer and durability.
Prints threads/s and peak RSS per run, medians per N, and last:
  ratio=R threads_per_s=T peak_rss_mb=M   (R = floor median / ours median at the largest N)

Usage: python benchmarks/triage_throughput.py [--sizes 1000 10000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run_one(kind: str, n: int) -> dict[str, float]:
    from agent.crm_index import CrmIndex
    from benchmarks import synthetic
    from benchmarks.floor import floor_workflow
    from connectors.mailbox.fake import InMemoryDraftSink
    from graph.builder import build_graph
    from graph.checkpointer import sqlite_checkpointer
    from graph.context import Context, MemoryThreads
    from graph.state import PoState

    threads = synthetic.threads(n)
    mail = MemoryThreads()  # the nodes read each thread from memory, the state keeps its ref
    context = Context(
        crm=CrmIndex.from_snapshot(synthetic.snapshot()), drafts=InMemoryDraftSink(), threads=mail
    )
    with tempfile.TemporaryDirectory() as tmp:
        saver = sqlite_checkpointer(Path(tmp) / "checkpoints.sqlite")
        if kind == "ours":
            workflow: Any = build_graph(saver)
        else:
            workflow = floor_workflow(saver)
        start = time.perf_counter()
        for thread in threads:
            config = {"configurable": {"thread_id": f"podesk:{thread.thread_key}:1"}}
            first = PoState(thread=mail.remember(thread))  # the same input state for both
            workflow.invoke(first, config, context=context, durability="sync")
        elapsed = time.perf_counter() - start
        saver.conn.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"threads_per_s": n / elapsed, "peak_rss_mb": peak_kb / 1024, "seconds": elapsed}


def measure(kind: str, n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(n)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]))))
        return
    summary: dict[int, dict[str, dict[str, float]]] = {}
    for n in args.sizes:
        runs: dict[str, list[dict[str, float]]] = {"floor": [], "ours": []}
        repeats = args.repeats if n <= 2000 else max(1, args.repeats // 2)
        for r in range(repeats):
            for kind in ("floor", "ours"):
                res = measure(kind, n)
                runs[kind].append(res)
                print(
                    f"N={n:>6} run={r + 1} {kind:>5}: {res['threads_per_s']:8.1f} threads/s "
                    f"peak_rss={res['peak_rss_mb']:7.1f} MB ({res['seconds']:.1f} s)",
                    flush=True,
                )
        summary[n] = {
            k: {
                "tps": statistics.median(x["threads_per_s"] for x in v),
                "rss": max(x["peak_rss_mb"] for x in v),
            }
            for k, v in runs.items()
        }
        s = summary[n]
        print(
            f"N={n:>6} median: floor {s['floor']['tps']:.1f} threads/s, ours "
            f"{s['ours']['tps']:.1f} threads/s, ratio {s['floor']['tps'] / s['ours']['tps']:.2f}; "
            f"peak RSS floor {s['floor']['rss']:.1f} MB, ours {s['ours']['rss']:.1f} MB",
            flush=True,
        )
    sizes = sorted(summary)
    if len(sizes) > 1:
        lo, hi = summary[sizes[0]]["ours"]["rss"], summary[sizes[-1]]["ours"]["rss"]
        print(
            f"memory: ours peak RSS {lo:.1f} MB at N={sizes[0]} -> {hi:.1f} MB at N={sizes[-1]} "
            f"({hi / lo:.2f}x for {sizes[-1] / sizes[0]:.0f}x the threads)"
        )
    last = summary[sizes[-1]]
    print(
        f"ratio={last['floor']['tps'] / last['ours']['tps']:.2f} "
        f"threads_per_s={last['ours']['tps']:.1f} peak_rss_mb={last['ours']['rss']:.1f}"
    )


if __name__ == "__main__":
    main()
