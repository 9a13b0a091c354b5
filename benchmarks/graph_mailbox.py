"""A synthetic procurement mailbox served by the Graph sandbox in a process of its own.

``python benchmarks/graph_mailbox.py N [options]`` seeds a GraphSandbox with N messages
(generated lazily, deterministic), starts it, prints one JSON line describing it (URLs, CA,
credentials, what was seeded), then answers commands on stdin, one JSON line each:
  stats  what the sandbox received since the previous ``stats``, by kind; clears the log
  quit   stop the sandbox and exit
Kept out of the syncing process so that process's peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from connectors.mailbox.model import Address, Attachment, MailMessage  # noqa: E402
from sandboxes.graph import GraphSandbox, RecordedRequest, SandboxConfig  # noqa: E402

MAILBOX = "orders@northwindcloud.example"
US = Address(name="Northwind Cloud Orders", email=MAILBOX)
SENT_SHARE = 0.20
# Messages per conversation (mean 3.5): many one-offs and short exchanges, a few long ones.
CONVERSATION_SIZES = (1, 1, 2, 2, 3, 3, 4, 5, 6, 8)
T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

_OPENERS = (
    "please find attached our purchase order {po} for quote {quote}. Please invoice "
    "{entity}, VAT ID DE136695976, and send the invoice to ap@customer{i}.example.",
    "before we can raise the PO for quote {quote} our procurement team needs your supplier "
    "registration form and a W-9. Could you also confirm the billing entity is {entity}?",
    "the PO {po} has been approved internally and will be issued by our purchasing system "
    "within two working days. Please let us know if the order form needs a countersignature.",
    "could you re-issue quote {quote} with our new company name, {entity}? Our ERP rejects "
    "purchase orders whose supplier quote names a legal entity that no longer exists.",
)
_REPLIES = (
    "thanks, noted. We will attach the signed order form to the PO.",
    "quick follow-up on the above: is anything else missing on your side?",
    "our accounts payable team asks whether the remit-to address on the invoice is final.",
    "attached is the revised PO {po}; the earlier one can be cancelled.",
)
_OURS = (
    "thank you for PO {po}. We still need the billing entity and the tax ID to process it; "
    "could you send both?",
    "thanks for the update. Our deal desk is reviewing the documents and will come back to you.",
)


def synthetic_mail(
    n: int, *, attachment_share: float, machine_share: float, seed: int = 11
) -> Iterator[tuple[MailMessage, str]]:
    """(message, folder) for ``n`` messages spread over conversations, ~20% in Sent Items.

    The first message of a conversation comes from the customer; later ones are ours with
    the probability that makes the Sent share 20% overall. Replies quote the previous
    message, as mail clients do. Inbound mail carries a PDF with ``attachment_share`` and
    is an automatic reply with ``machine_share`` (both cost the connector a $batch item).
    """
    rng = random.Random(seed)  # the layout: conversations and folders
    mix = random.Random(seed + 1)  # the mix: the same layout whatever the shares are
    mean = sum(CONVERSATION_SIZES) / len(CONVERSATION_SIZES)
    p_ours = SENT_SHARE * mean / (mean - 1)
    k = conversation = 0
    while k < n:
        size = min(rng.choice(CONVERSATION_SIZES), n - k)
        i = conversation % 500
        values = {
            "po": f"45{conversation:08d}",
            "quote": f"Q-2026-{conversation:05d}",
            "entity": f"Customer {i} GmbH",
            "i": i,
        }
        customer = Address(name=f"Buyer {i}", email=f"buyer{conversation % 7}@customer{i}.example")
        subject = f"PO {values['po']} for quote {values['quote']}"
        root = f"bench-{k}@customer{i}.example"
        previous = ""
        for depth in range(size):
            ours = depth > 0 and rng.random() < p_ours
            machine = not ours and mix.random() < machine_share
            if depth == 0:
                text = _OPENERS[conversation % len(_OPENERS)].format(**values)
            elif ours:
                text = _OURS[k % len(_OURS)].format(**values)
            else:
                text = _REPLIES[k % len(_REPLIES)].format(**values)
            if machine:
                text = "I am out of the office until Monday with limited access to e-mail."
            name = "Hello" if ours else "Hi team"
            new_text = f"{name},\n\n{text}\n\nKind regards,\n{US.name if ours else customer.name}"
            body = new_text
            if previous:
                quoted = "\n".join(f"> {line}" for line in previous.splitlines())
                body = f"{new_text}\n\nOn {T0:%a, %d %b %Y} someone wrote:\n{quoted}"
            date = T0 + timedelta(minutes=k)
            attachments: tuple[Attachment, ...] = ()
            if not ours and not machine and mix.random() < attachment_share:
                attachments = (
                    Attachment(
                        filename=f"PO_{values['po']}.pdf",
                        content_type="application/pdf",
                        size=48_213,
                    ),
                )
            message = MailMessage(
                message_id=root if depth == 0 else f"bench-{k}@customer{i}.example",
                in_reply_to=None if depth == 0 else root,
                references=() if depth == 0 else (root,),
                subject=(
                    f"Automatic reply: {subject}"
                    if machine
                    else (subject if depth == 0 else f"RE: {subject}")
                ),
                sender=US if ours else customer,
                to=(customer,) if ours else (US,),
                date=date,
                body_text=body,
                new_text=new_text,
                attachments=attachments,
                folder="sent" if ours else "inbox",
                conversation_id=f"bench-conversation-{conversation}",
            )
            yield message, "sent" if ours else "inbox"
            previous = new_text
            k += 1
        conversation += 1


def summarize(entries: list[RecordedRequest]) -> dict[str, Any]:
    """Requests as the network saw them: a $batch is one request; its items counted apart."""
    top = [r for r in entries if r.batch_id is None]
    kinds: Counter[str] = Counter()
    for r in top:
        if not r.path.startswith("/v1.0"):
            kinds["identity"] += 1
        elif r.path.endswith("/delta"):
            kinds["delta"] += 1
        elif r.path == "/v1.0/$batch":
            kinds["batch"] += 1
        elif r.method == "GET" and r.path.endswith("/messages"):
            kinds["filtered list" if "$filter" in r.query else "list"] += 1
        else:
            kinds["other"] += 1
    items = [r for r in entries if r.batch_id is not None]
    return {
        "total": len(top),
        "graph": len(top) - kinds["identity"],
        "kinds": dict(kinds),
        "batch_items": len(items),
        "batch_item_kinds": dict(
            Counter("attachments" if r.path.endswith("/attachments") else "headers" for r in items)
        ),
        "failed": sum(1 for r in top if r.status is None or r.status >= 400),
        "faults": dict(Counter(r.fault for r in entries if r.fault)),
        "sends": sum(1 for r in entries if r.path.rstrip("/").endswith(("/send", "/sendMail"))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("messages", type=int)
    parser.add_argument("--attachment-share", type=float, default=0.3)
    parser.add_argument("--machine-share", type=float, default=0.02)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sandbox = GraphSandbox(SandboxConfig(mailbox_address=MAILBOX, data_dir=Path(tmp)))
        start = time.perf_counter()
        folders: Counter[str] = Counter()
        conversations: set[str] = set()
        attachments = machine = 0
        for message, folder in synthetic_mail(
            args.messages,
            attachment_share=args.attachment_share,
            machine_share=args.machine_share,
        ):
            sandbox.add_message(message, folder=folder)
            folders[folder] += 1
            conversations.add(str(message.conversation_id))
            attachments += bool(message.attachments)
            machine += message.subject.startswith("Automatic reply")
        seeded_s = time.perf_counter() - start
        with sandbox:
            config = sandbox.config
            info = {
                "mailbox": config.mailbox_address,
                "tenant_id": config.tenant_id,
                "client_id": config.client_id,
                "client_secret": config.client_secret,
                "url": sandbox.url,
                "authority_url": sandbox.authority_url,
                "ca_path": str(sandbox.ca_path),
                "max_page_size": config.max_page_size,
                "messages": sum(folders.values()),
                "inbox": folders["inbox"],
                "sent": folders["sent"],
                "conversations": len(conversations),
                "with_attachments": attachments,
                "machine": machine,
                "seed_seconds": seeded_s,
            }
            print(json.dumps(info), flush=True)
            for line in sys.stdin:
                command = line.strip()
                if command == "stats":
                    entries = sandbox.requests
                    sandbox.clear_requests()
                    print(json.dumps(summarize(entries)), flush=True)
                elif command == "quit":
                    break


if __name__ == "__main__":
    main()
