"""Model calls and tokens the workflow spends on the sample mailbox, against the rules path.

The sample data (agent/sample_data: mailbox + CRM export) runs through the workflow up to
the review gate (app.triage.run_to_gate, in-memory checkpointer), each run in a fresh
subprocess, alternating in the same run:
  - model: OpenAIChatModel (the real ``openai`` client, max_retries=0) against the loopback
           fake model (sandboxes.model.ModelSandbox, "cooperative"), served by this
           parent process so its CPU is not the child's;
  - rules: the same workflow with model=None, the baseline wall time.
Per thread it reads the final state's ``assist`` (AssistResult): calls, prompt/completion
tokens, fallback. Prints calls per thread and per inbound message, tokens per thread (median
and p90 over the threads that called the model, and over all threads), the wall time of each
run and the medians, the anchor (a triage-then-draft-then-rewrite pipeline makes >= 3 calls
per e-mail), and last:
  calls_per_message=C median_prompt_tokens=P
(C = model calls / inbound messages; P = median prompt tokens per thread that called the model.)

Usage: python benchmarks/model_calls.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "agent" / "sample_data"
ANCHOR_CALLS_PER_EMAIL = 3  # triage, then draft, then rewrite: one call each


def run_one(kind: str, base_url: str | None) -> dict[str, Any]:
    from agent.crm_index import CrmIndex
    from agent.rules.text import inbound
    from app.triage import run_to_gate
    from connectors.crm import load_crm
    from connectors.llm import ChatModel
    from connectors.llm.openai_chat import OpenAIChatModel
    from connectors.mailbox import build_threads
    from connectors.mailbox.fake import InMemoryDraftSink
    from connectors.mailbox.folder import read_mailbox
    from graph.builder import build_graph
    from graph.checkpointer import memory_checkpointer
    from graph.context import Context

    read = read_mailbox(SAMPLE / "mailbox")
    threads = build_threads(read.messages)
    model: ChatModel | None = None
    if kind == "model":
        model = OpenAIChatModel(
            base_url=base_url, api_key=None, model="sandbox-model", max_retries=0
        )
    context = Context(
        crm=CrmIndex.from_snapshot(load_crm(SAMPLE / "crm")),
        drafts=InMemoryDraftSink(),
        model=model,
    )
    workflow = build_graph(memory_checkpointer())
    start = time.perf_counter()
    states = list(run_to_gate(workflow, context, threads))
    elapsed = time.perf_counter() - start
    rows = []
    for thread, state in zip(threads, states, strict=True):
        result = state.assist
        rows.append(
            {
                "thread": thread.thread_key,
                "messages": len(thread.messages),
                "inbound": len(inbound(thread)),
                "label": state.classification.label if state.classification else None,
                "calls": result.calls if result else 0,
                "http_requests": result.http_requests if result else 0,
                "prompt_tokens": result.prompt_tokens if result else 0,
                "completion_tokens": result.completion_tokens if result else 0,
                "latency_ms": result.latency_ms if result else 0.0,
                "fallback": result.fallback if result else "no assist result",
            }
        )
    return {
        "seconds": elapsed,
        "quarantined": len(read.quarantined),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "threads": rows,
    }


def measure(kind: str, base_url: str | None) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, base_url or "-"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def p90(values: list[int] | list[float]) -> float:
    """Nearest-rank 90th percentile."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)])


def describe(name: str, values: list[int]) -> str:
    if not values:
        return f"{name}: none"
    return (
        f"{name}: median {statistics.median(values):.0f}, p90 {p90(values):.0f}, "
        f"max {max(values)}, total {sum(values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, url = args.child
        print(json.dumps(run_one(kind, None if url == "-" else url)))
        return

    from sandboxes.model import ModelSandbox

    runs: dict[str, list[dict[str, Any]]] = {"rules": [], "model": []}
    http_per_run: list[int] = []
    with ModelSandbox("cooperative") as sandbox:
        for r in range(args.repeats):
            for kind in ("rules", "model"):
                before = len(sandbox.requests)
                res = measure(kind, sandbox.base_url if kind == "model" else None)
                served = len(sandbox.requests) - before
                runs[kind].append(res)
                calls = sum(t["calls"] for t in res["threads"])
                if kind == "model":
                    http_per_run.append(served)
                print(
                    f"run={r + 1} {kind:>5}: {res['seconds'] * 1000:8.1f} ms for "
                    f"{len(res['threads'])} threads, {calls} model calls, "
                    f"{served} requests served by the fake, peak_rss={res['peak_rss_mb']:.1f} MB",
                    flush=True,
                )

    model_runs = runs["model"]
    threads = model_runs[-1]["threads"]
    # The workflow is deterministic: every model run must have spent the same.
    signatures = {
        json.dumps([(t["thread"], t["calls"], t["prompt_tokens"]) for t in run["threads"]])
        for run in model_runs
    }
    n_threads = len(threads)
    n_messages = sum(t["messages"] for t in threads)
    n_inbound = sum(t["inbound"] for t in threads)
    calls = sum(t["calls"] for t in threads)
    called = [t for t in threads if t["calls"]]
    print()
    print(
        f"sample data: {n_threads} threads, {n_messages} messages, {n_inbound} inbound "
        f"(customer side), {model_runs[-1]['quarantined']} quarantined; "
        f"runs identical: {'yes' if len(signatures) == 1 else 'NO'}"
    )
    labels = Counter(t["label"] for t in threads)
    print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items(), key=str)))
    per_thread = Counter(t["calls"] for t in threads)
    print(
        f"model calls: {calls} in total; per thread {calls / n_threads:.3f} "
        f"(distribution {dict(sorted(per_thread.items()))}, max {max(per_thread)}); "
        f"per inbound message {calls / n_inbound:.3f}; per message {calls / n_messages:.3f}"
    )
    http = sum(t["http_requests"] for t in threads)
    print(
        f"HTTP requests to the model: {http} by AssistResult.http_requests, "
        f"{statistics.median(http_per_run):.0f} served by the fake per run (median)"
    )
    fallbacks = Counter(t["fallback"] or "(model answer used)" for t in threads)
    print("why threads did or did not call the model:")
    for reason, count in fallbacks.most_common():
        print(f"  {count:3d}  {reason}")
    print("tokens per thread that called the model (" + str(len(called)) + " threads):")
    print("  " + describe("prompt", [t["prompt_tokens"] for t in called]))
    print("  " + describe("completion", [t["completion_tokens"] for t in called]))
    print(f"tokens per thread over all {n_threads} threads (no call = 0):")
    print("  " + describe("prompt", [t["prompt_tokens"] for t in threads]))
    print("  " + describe("completion", [t["completion_tokens"] for t in threads]))
    total_tokens = sum(t["prompt_tokens"] + t["completion_tokens"] for t in threads)
    print(f"  total tokens per inbound message: {total_tokens / n_inbound:.0f}")
    latency = [t["latency_ms"] for t in called]
    if latency:
        print(
            f"model call latency (loopback fake): median {statistics.median(latency):.1f} ms, "
            f"p90 {p90(latency):.1f} ms"
        )
    rules_s = statistics.median(r["seconds"] for r in runs["rules"])
    model_s = statistics.median(r["seconds"] for r in model_runs)
    print(
        f"wall time to the review gate (median of {args.repeats}): rules only "
        f"{rules_s * 1000:.1f} ms, with the model {model_s * 1000:.1f} ms "
        f"({model_s / rules_s:.2f}x; +{(model_s - rules_s) * 1000 / max(1, calls):.1f} ms "
        f"per model call); {model_s * 1000 / n_threads:.1f} ms per thread with the model"
    )
    anchor = ANCHOR_CALLS_PER_EMAIL * n_inbound
    print(
        f"anchor: a triage-then-draft-then-rewrite pipeline costs >= {ANCHOR_CALLS_PER_EMAIL} "
        f"calls per e-mail = >= {anchor} calls for these {n_inbound} inbound messages; "
        f"ours {calls} ({calls / n_inbound:.3f} per message, "
        f"{ANCHOR_CALLS_PER_EMAIL * n_inbound / max(1, calls):.1f}x fewer)"
    )
    median_prompt = statistics.median(t["prompt_tokens"] for t in called) if called else 0
    print(f"calls_per_message={calls / n_inbound:.3f} median_prompt_tokens={median_prompt:.0f}")


if __name__ == "__main__":
    main()
