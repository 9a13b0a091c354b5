"""Large mailboxes (issue 9 item 4): folder sync and re-sync, paged lists, checkpoints per
cycle, memory for a large attachment; each against a baseline measured in the same run.

N synthetic messages are written as .eml files (benchmarks/eml_folder.py: conversations of
1-8 messages, ~20% in Sent, 30% of inbound mail with a 48 KB PDF). Then, each measurement
in a fresh subprocess (benchmarks/scale_runs.py), so its time and peak RSS are its own:
  floor       the same threads through a bare LangGraph graph with as many no-op nodes
              (the last interrupts), the same SqliteSaver file and durability="sync";
  sync        `podesk sync` from nothing: parse every file, run every thread to the review
              gate (its Runner, SqliteSaver file, durability="sync"), the cycles in as many
              processes as `podesk sync` uses here (PODESK_SYNC_JOBS; app/fanout.py), the
              workers' start included; when that is more than one, the same again after
              the resyncs with every cycle in one process;
  resync      `podesk sync` again, nothing new, in a new process (only the store
              remembers): Runner.sync (its recover(), the read, the cycles), imports and
              the CRM load aside;
              baseline: the same without the file index (every file parsed, as before);
  queue       first page of `queue` (50 rows and the count), of the exception queue, a page
              at offset 50,000 and of `review list`, at T threads (medians); baseline: the
              whole queue, which `queue` printed before;
  checkpoint  checkpoint KB of review cycles of a thread of M messages on the SqliteSaver
              file: bytes written to the checkpoint tables (every row and column, counted
              by triggers, rows pruned later included) and bytes kept once the cycle is
              over: the first cycle (to its review, superseded), and a second after one
              more customer message, from its sync to its end (accepted, then pruned);
  attachment  peak-RSS growth reading one message with an A MB attachment; baseline: the
              standard library parsing the whole file and decoding the attachment.
Last line: messages=N sync_s=S floor_s=F resync_s=R queue_ms=Q checkpoint_kb=C
attachment_rss_mb=M  (R: median no-change re-sync; Q: median first page
of `queue`; C: the KB the second cycle leaves in the checkpoint tables, after the pruning
at its end; M: median RSS growth.)

Usage: python benchmarks/mailbox_scale.py [--messages 10000] [--queue-threads 100000]
       [--thread-messages 2000] [--attachment-mb 30] [--repeats 3] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(name: str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def run_child(name: str, args: list[str]) -> None:
    from benchmarks import scale_runs

    work = Path(args[0])
    numbers = [int(a) for a in args[1:] if a.isdigit()]
    runs = {
        "sync": lambda: scale_runs.sync(work, indexed=True, jobs=numbers[0] if numbers else 1),
        "resync_unindexed": lambda: scale_runs.sync(work, indexed=False),
        "floor": lambda: scale_runs.floor(work, numbers[0]),
        "checkpoint": lambda: scale_runs.checkpoint(work, numbers[0]),
        "attachment": lambda: scale_runs.attachment(work, numbers[0], args[2]),
        "queue": lambda: scale_runs.queue(work, numbers[0], numbers[1]),
    }
    print(json.dumps(runs[name]()))


def write_mailbox(work: Path, messages: int) -> None:
    from benchmarks.eml_folder import write_mailbox as write

    start = time.perf_counter()
    write(work / "mailbox", messages)
    # An exported mailbox: files older than the index's two-second "just written" window.
    an_hour_ago = time.time() - 3600
    for path in (work / "mailbox").rglob("*.eml"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    size = sum(p.stat().st_size for p in (work / "mailbox").rglob("*.eml")) / 1024 / 1024
    print(f"wrote {messages:,} .eml files ({size:.0f} MB) in {time.perf_counter() - start:.0f} s")


def folder_sync(work: Path, args: argparse.Namespace) -> dict[str, float]:
    from app.settings import Settings

    floor = child("floor", str(work), str(args.messages))
    print(f"floor: {floor['threads']:,} threads in {floor['floor_s']:.1f} s", flush=True)
    jobs = Settings(sync_jobs=args.jobs).jobs  # what `podesk sync` uses here
    first = child("sync", str(work), str(jobs))
    _print_sync(first, floor)
    again = [child("sync", str(work)) for _ in range(args.repeats)]
    for run in again:
        assert run["cycles"] == 0 and run["messages"] == first["messages"], run
    resync = statistics.median(r["sync_s"] for r in again)
    shown = ", ".join(f"{r['sync_s']:.2f}" for r in again)
    print(f"resync (nothing new): median {resync:.2f} s ({shown})")
    whole = child("resync_unindexed", str(work))["sync_s"]
    print(
        f"resync without the index (every file parsed): {whole:.1f} s, {whole / resync:.0f}x",
        flush=True,
    )
    if jobs > 1:  # the same first sync with every cycle in the sync's own process
        shutil.rmtree(work / "data")
        _print_sync(child("sync", str(work), "1"), floor)
    return {"sync_s": first["sync_s"], "floor_s": floor["floor_s"], "resync_s": resync}


def _print_sync(run: dict[str, Any], floor: dict[str, Any]) -> None:
    where = f"cycles in {run['jobs']} processes" if run["jobs"] > 1 else "one process"
    print(
        f"sync ({where}): {run['messages']:,} messages, {run['threads']:,} threads, "
        f"{run['cycles']:,} cycles run, {run['failed']} failed in {run['sync_s']:.1f} s "
        f"({run['sync_s'] / floor['floor_s']:.2f}x the floor; the first cycle done after "
        f"{run['first_cycle_s']:.1f} s), peak RSS {run['peak_rss_mb']:.0f} MB",
        flush=True,
    )


def lists(work: Path, args: argparse.Namespace) -> float:
    times = child("queue", str(work), str(args.queue_threads), str(max(5, args.repeats)))
    print(
        f"at {args.queue_threads:,} threads (median ms): queue first page "
        f"{times['queue_page']:.1f}, exception queue {times['queue_exceptions_page']:.1f}, "
        f"page at offset 50,000 {times['queue_page_at_offset_50000']:.1f}, review list "
        f"{times['review_page']:.1f}; the whole queue {times['queue_all']:.0f} "
        f"({times['queue_all'] / times['queue_page']:.0f}x a page)",
        flush=True,
    )
    return float(times["queue_page"])


def checkpoints(work: Path, args: argparse.Namespace) -> float:
    s = child("checkpoint", str(work / "long"), str(args.thread_messages))
    print(
        f"checkpoints of a {args.thread_messages:,}-message thread: the second cycle (one more "
        f"customer message, synced, accepted, pruned at its end) wrote "
        f"{s['cycle2_written_kb']:.1f} KB and keeps {s['cycle2_kept_kb']:.1f} KB "
        f"({s['cycle2_checkpoints']} checkpoint); the first (to its review, then superseded "
        f"and pruned) wrote {s['cycle1_written_kb']:.1f} KB and keeps "
        f"{s['cycle1_kept_kb']:.1f} KB ({s['cycle1_checkpoints']} checkpoint)",
        flush=True,
    )
    return float(s["cycle2_kept_kb"])


def attachment(work: Path, args: argparse.Namespace) -> float:
    mb = str(args.attachment_mb)
    ours = [child("attachment", str(work), mb, "stream") for _ in range(args.repeats)]
    whole = child("attachment", str(work), mb, "whole")
    growth = statistics.median(r["rss_growth_mb"] for r in ours)
    assert all(r["size"] == whole["size"] for r in ours), (ours, whole)
    print(
        f"{mb} MB attachment: peak RSS grows {growth:.1f} MB (median; "
        f"{statistics.median(r['seconds'] for r in ours):.2f} s); the whole message parsed "
        f"and decoded: {whole['rss_growth_mb']:.0f} MB ({whole['seconds']:.2f} s)",
        flush=True,
    )
    return growth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--queue-threads", type=int, default=100_000)
    parser.add_argument("--thread-messages", type=int, default=2_000)
    parser.add_argument("--attachment-mb", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--jobs", type=int, default=None, help="sync processes (default: as podesk sync)"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], args.child[1:])
        return
    with tempfile.TemporaryDirectory(prefix="podesk-scale-") as tmp:
        work = Path(tmp)
        write_mailbox(work, args.messages)
        folder = folder_sync(work, args)
        queue_ms = lists(work, args)
        checkpoint_kb = checkpoints(work, args)
        rss_mb = attachment(work, args)
    print(
        f"messages={args.messages} sync_s={folder['sync_s']:.1f} "
        f"floor_s={folder['floor_s']:.1f} resync_s={folder['resync_s']:.2f} "
        f"queue_ms={queue_ms:.1f} checkpoint_kb={checkpoint_kb:.0f} attachment_rss_mb={rss_mb:.1f}"
    )


if __name__ == "__main__":
    main()
