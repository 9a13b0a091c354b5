"""Outlook initial and incremental sync against the Graph sandbox, and a naive O365 loop.

For each N, a Graph sandbox holding N synthetic messages (benchmarks/graph_mailbox.py:
conversations of 1-8 messages, ~20% in Sent Items, 30% of inbound mail with a PDF, 2%
automatic replies) runs in a process of its own. Then, in the same run, each measurement in
a fresh subprocess (so peak RSS is that run's own), over HTTPS on loopback with the real
msal + O365 + requests stack:
  - ours:  OutlookMailbox.read() from nothing (delta per folder, odata.maxpagesize pages,
           attachment names and machine-mail headers in $batch of 20), then, in another
           fresh process with the same token cache, a read() from the returned cursor with
           nothing changed;
  - naive: O365's mailbox API as its documentation shows it: Inbox.get_messages(limit=None)
           (pages of $top=999), then for each conversation found
           mailbox.get_messages(query=conversationId eq '...') across the mailbox. At sizes
           above --naive-full the conversation loop runs on a sample of --naive-sample
           conversations and its requests and time are extrapolated (printed as such).
Requests are what the sandbox received: every HTTP request (token and discovery included;
a $batch is one request, its items are listed apart). The floor is one request per delta
page per folder. Prints per run and medians per N, and last:
  requests_per_1000=R naive_ratio=X msgs_per_s=T peak_rss_mb=M
(at the largest N; R = ours' initial-sync requests per 1,000 messages, X = naive requests
per 1,000 / R, T = messages/s of ours' initial sync, M = peak RSS of ours' syncing process.)

Usage: python benchmarks/outlook_sync.py [--sizes 10000 50000] [--page-size 500]
       [--repeats 3] [--naive-full 50000] [--naive-sample 2000]
"""

from __future__ import annotations

import argparse
import json
import math
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

CONNECTOR_PAGE_SIZE = 500  # OutlookConfig.page_size default


class DictState(dict[str, str]):
    """SyncState as the caller keeps it: the cursor of the previous read."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key, default)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _client(info: dict[str, Any], workdir: Path, page_size: int) -> Any:
    from connectors.outlook import GraphClient, OutlookConfig

    config = OutlookConfig(
        mailbox=info["mailbox"],
        tenant_id=info["tenant_id"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        authority_url=info["authority_url"],
        graph_url=info["url"],
        ca_bundle=Path(info["ca_path"]),
        token_cache_path=workdir / "outlook" / "token-cache.json",
        page_size=page_size,
    )
    return GraphClient(config)


def run_ours(info: dict[str, Any], workdir: Path, page_size: int, phase: str) -> dict[str, Any]:
    from connectors.outlook import OutlookMailbox

    cursor_file = workdir / "cursor.json"
    state = DictState(json.loads(cursor_file.read_text()) if phase == "incremental" else {})
    client = _client(info, workdir, page_size)
    mailbox = OutlookMailbox(client.config, state, client=client)
    rss_before = _rss_mb()
    start = time.perf_counter()
    read = mailbox.read()
    elapsed = time.perf_counter() - start
    cursor_file.write_text(json.dumps(read.cursor))
    return {
        "seconds": elapsed,
        "messages": len(read.messages),
        "conversations": len({m.conversation_id for m in read.messages}),
        "inbox": sum(1 for m in read.messages if m.folder == "inbox"),
        "sent": sum(1 for m in read.messages if m.folder == "sent"),
        "attachments": sum(1 for m in read.messages if m.attachments),
        "auto_headers": sum(1 for m in read.messages if m.auto_headers),
        "complete": read.complete,
        "rss_before_mb": rss_before,
        "peak_rss_mb": _peak_mb(),
    }


def run_naive(info: dict[str, Any], workdir: Path, sample: int | None) -> dict[str, Any]:
    """O365's usual way: list the folder, then fetch each conversation by $filter."""
    client = _client(info, workdir, CONNECTOR_PAGE_SIZE)
    mailbox = client.mailbox()
    rss_before = _rss_mb()
    start = time.perf_counter()
    listed = list(mailbox.inbox_folder().get_messages(limit=None))
    conversations = list(dict.fromkeys(m.conversation_id for m in listed))
    list_seconds = time.perf_counter() - start
    chosen = conversations if sample is None else conversations[:sample]
    fetched: dict[str, Any] = {}
    for conversation in chosen:
        query = mailbox.new_query().equals("conversationId", conversation)
        for message in mailbox.get_messages(limit=None, query=query):
            fetched[message.object_id] = message
    elapsed = time.perf_counter() - start
    return {
        "seconds": elapsed,
        "list_seconds": list_seconds,
        "listed": len(listed),
        "conversations": len(conversations),
        "fetched_conversations": len(chosen),
        "messages": len(fetched),
        "rss_before_mb": rss_before,
        "peak_rss_mb": _peak_mb(),
    }


def child(kind: str, info_path: str, workdir: str, option: int) -> dict[str, Any]:
    info = json.loads(Path(info_path).read_text())
    if kind == "naive":
        return run_naive(info, Path(workdir), option or None)
    return run_ours(info, Path(workdir), option, kind)


class Host:
    """The sandbox process: seeded on start, asked for request counts between runs."""

    def __init__(self, n: int, extra: list[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "graph_mailbox.py"), str(n), *extra],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.info: dict[str, Any] = self._line()

    def _line(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the sandbox process exited ({self.process.wait()})")
        return json.loads(line)  # type: ignore[no-any-return]

    def stats(self) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write("stats\n")
        self.process.stdin.flush()
        return self._line()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        self.process.wait(timeout=60)


def measure(host: Host, info_path: Path, kind: str, workdir: Path, option: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(info_path), str(workdir), str(option)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise RuntimeError(f"{kind} run failed:\n{out.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["requests"] = host.stats()
    return result


def floor_pages(info: dict[str, Any], page_size: int) -> int:
    return sum(max(1, math.ceil(info[folder] / page_size)) for folder in ("inbox", "sent"))


def breakdown(requests: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(requests["kinds"].items()))
    items = requests["batch_items"]
    extra = f"; $batch items {items} {requests['batch_item_kinds']}" if items else ""
    bad = f"; failed {requests['failed']} faults {requests['faults']}" if requests["failed"] else ""
    return f"{requests['total']} requests ({kinds}){extra}{bad}"


def naive_requests(res: dict[str, Any]) -> tuple[float, float, bool]:
    """(requests, seconds, extrapolated) for the whole mailbox; a sample is scaled up."""
    total = res["requests"]["total"]
    if res["fetched_conversations"] == res["conversations"]:
        return float(total), res["seconds"], False
    kinds = res["requests"]["kinds"]
    sampled = kinds.get("filtered list", 0)  # one conversation each (more if > 999)
    per_conversation = sampled / max(1, res["fetched_conversations"])
    loop_s = (res["seconds"] - res["list_seconds"]) / max(1, res["fetched_conversations"])
    requests = total - sampled + per_conversation * res["conversations"]
    seconds = res["list_seconds"] + loop_s * res["conversations"]
    return requests, seconds, True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument(
        "--page-size",
        type=int,
        default=CONNECTOR_PAGE_SIZE,
        help="odata.maxpagesize: the connector's default 500, or up to the sandbox's max 1000",
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--naive-full", type=int, default=50000, help="largest N looped in full")
    parser.add_argument("--naive-sample", type=int, default=2000, help="conversations above it")
    parser.add_argument("--attachment-share", type=float, default=0.3)
    parser.add_argument("--machine-share", type=float, default=0.02)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, info_path, workdir, option = args.child
        print(json.dumps(child(kind, info_path, workdir, int(option))))
        return

    page = args.page_size
    source = "the connector's default" if page == CONNECTOR_PAGE_SIZE else "set with --page-size"
    print(f"page size {page} ({source}; the sandbox caps odata.maxpagesize at 1000)", flush=True)
    summary: dict[int, dict[str, float]] = {}
    for n in args.sizes:
        shares = ["--attachment-share", str(args.attachment_share)]
        host = Host(n, [*shares, "--machine-share", str(args.machine_share)])
        info = host.info
        print(
            f"N={n:>6} mailbox: {info['inbox']} inbox + {info['sent']} sent "
            f"({info['sent'] / info['messages']:.0%}), {info['conversations']} conversations, "
            f"{info['with_attachments']} with a PDF, {info['machine']} automatic replies; "
            f"seeded in {info['seed_seconds']:.1f} s",
            flush=True,
        )
        floor = floor_pages(info, page)
        sample = 0 if n <= args.naive_full else args.naive_sample
        repeats = args.repeats if n <= 10000 else max(1, args.repeats // 2)
        runs: dict[str, list[dict[str, Any]]] = {"initial": [], "incremental": [], "naive": []}
        with tempfile.TemporaryDirectory() as tmp:
            info_path = Path(tmp) / "sandbox.json"
            info_path.write_text(json.dumps(info))
            # The sandbox builds some state lazily on first use (sorted folders, delta
            # state); one untimed sync keeps that out of the first measured run.
            warm = measure(host, info_path, "initial", Path(tmp), page)
            print(
                f"N={n:>6} warm-up initial sync (not counted): {warm['seconds']:.2f} s",
                flush=True,
            )
            for r in range(repeats):
                ours_dir, naive_dir = Path(tmp) / f"ours{r}", Path(tmp) / f"naive{r}"
                for kind, workdir, option in (
                    ("initial", ours_dir, page),
                    ("incremental", ours_dir, page),
                    ("naive", naive_dir, sample),
                ):
                    workdir.mkdir(exist_ok=True)
                    res = measure(host, info_path, kind, workdir, option)
                    runs[kind].append(res)
                    reqs = res["requests"]
                    if kind == "naive":
                        total, seconds, extrapolated = naive_requests(res)
                        note = (
                            f"; sampled {res['fetched_conversations']} of "
                            f"{res['conversations']} conversations, extrapolated to "
                            f"{total:.0f} requests / {seconds:.1f} s"
                            if extrapolated
                            else ""
                        )
                        print(
                            f"N={n:>6} run={r + 1} naive: {res['messages']} messages in "
                            f"{res['seconds']:.1f} s (listed {res['listed']} in "
                            f"{res['list_seconds']:.1f} s), {breakdown(reqs)}{note}, "
                            f"peak_rss={res['peak_rss_mb']:.1f} MB",
                            flush=True,
                        )
                        continue
                    print(
                        f"N={n:>6} run={r + 1} {kind:>7}: {res['messages']} messages "
                        f"({res['conversations']} conversations, {res['attachments']} with "
                        f"attachment names, {res['auto_headers']} with headers) in "
                        f"{res['seconds']:.2f} s = {res['messages'] / res['seconds']:.0f} msgs/s, "
                        f"{breakdown(reqs)}, graph {reqs['graph']}, "
                        f"rss {res['rss_before_mb']:.1f} MB before, "
                        f"peak {res['peak_rss_mb']:.1f} MB",
                        flush=True,
                    )
        host.close()

        initial, incremental, naive = runs["initial"], runs["incremental"], runs["naive"]
        if any(x["messages"] != n for x in initial):
            print(f"N={n:>6} WARNING: an initial sync did not return all {n} messages")
        ours_req = statistics.median(x["requests"]["total"] for x in initial)
        ours_graph = statistics.median(x["requests"]["graph"] for x in initial)
        delta = statistics.median(x["requests"]["kinds"].get("delta", 0) for x in initial)
        batch = statistics.median(x["requests"]["kinds"].get("batch", 0) for x in initial)
        ours_mps = statistics.median(x["messages"] / x["seconds"] for x in initial)
        ours_rss = max(x["peak_rss_mb"] for x in initial)
        naive_est = [naive_requests(x) for x in naive]
        naive_req = statistics.median(e[0] for e in naive_est)
        naive_s = statistics.median(e[1] for e in naive_est)
        extrapolated = any(e[2] for e in naive_est)
        per_k = 1000 / n
        summary[n] = {
            "rpk": ours_req * per_k,
            "naive_rpk": naive_req * per_k,
            "mps": ours_mps,
            "rss": ours_rss,
        }
        print(
            f"N={n:>6} median initial sync: {ours_req:.0f} requests = {ours_req * per_k:.2f} "
            f"per 1,000 messages (Graph {ours_graph * per_k:.2f}: delta pages "
            f"{delta * per_k:.2f}, $batch {batch * per_k:.2f}; token/discovery the rest); "
            f"floor {floor} delta pages = {floor * per_k:.2f} per 1,000 (ceil(inbox/{page}) + "
            f"ceil(sent/{page})); {ours_mps:.0f} msgs/s; peak RSS {ours_rss:.1f} MB "
            f"(max of runs)",
            flush=True,
        )
        print(
            f"N={n:>6} no-change incremental sync: median "
            f"{statistics.median(x['requests']['graph'] for x in incremental):.0f} Graph "
            f"requests ({statistics.median(x['requests']['total'] for x in incremental):.0f} "
            f"with discovery/token, cached token reused), "
            f"{max(x['messages'] for x in incremental)} messages, "
            f"{statistics.median(x['seconds'] for x in incremental) * 1000:.0f} ms, "
            f"peak RSS {max(x['peak_rss_mb'] for x in incremental):.1f} MB",
            flush=True,
        )
        print(
            f"N={n:>6} naive O365 loop: {naive_req:.0f} requests = {naive_req * per_k:.1f} per "
            f"1,000 messages{' (extrapolated from a sample)' if extrapolated else ''}, "
            f"{n / naive_s:.0f} msgs/s, peak RSS {max(x['peak_rss_mb'] for x in naive):.1f} MB"
            f"{' (sample run)' if extrapolated else ''}"
            f"{'; it fetches no attachment names or headers, ours does' if batch else ''}; "
            f"ratio naive/ours {naive_req / ours_req:.1f}x",
            flush=True,
        )
    sizes = sorted(summary)
    if len(sizes) > 1:
        lo, hi = summary[sizes[0]]["rss"], summary[sizes[-1]]["rss"]
        print(
            f"memory: ours peak RSS {lo:.1f} MB at N={sizes[0]} -> {hi:.1f} MB at N={sizes[-1]} "
            f"({hi / lo:.2f}x for {sizes[-1] / sizes[0]:.0f}x the messages)"
        )
    last = summary[sizes[-1]]
    print(
        f"requests_per_1000={last['rpk']:.2f} naive_ratio={last['naive_rpk'] / last['rpk']:.1f} "
        f"msgs_per_s={last['mps']:.0f} peak_rss_mb={last['rss']:.1f}"
    )


if __name__ == "__main__":
    main()
