"""The crash benchmark's mailbox: synthetic threads as .eml files, growing between syncs."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from benchmarks import synthetic
from connectors.crm import fake as crm
from connectors.mailbox.model import MailMessage

FOLLOW_UP = (
    "Hello again,\n\nfollowing up on the above: is anything else missing on your side "
    "before you can process our PO?\n\nThanks,\n{name}"
)
_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@dataclass
class Mailbox:
    path: Path
    rng: random.Random
    roots: list[MailMessage] = field(default_factory=list)  # first message of each thread
    followups: int = 0

    @classmethod
    def create(cls, root: Path, threads: int, *, seed: int) -> Mailbox:
        """The mailbox under root/mailbox and its CRM export under root/crm."""
        mailbox = cls(path=root / "mailbox", rng=random.Random(seed))
        mailbox.path.mkdir(parents=True)
        crm.write_export(synthetic.snapshot(), root / "crm")
        subjects: set[str] = set()
        for thread in synthetic.threads(3 * threads, seed=seed):
            message = thread.messages[0]
            # "Re: order form Q-…" has no references, so PO Desk threads it by subject: a
            # second one for the same quote would join the first. One each keeps N threads.
            if message.subject in subjects:
                continue
            subjects.add(message.subject)
            mailbox.roots.append(message)
            mailbox.write(message, in_reply_to=None)
            if len(mailbox.roots) == threads:
                break
        return mailbox

    def add_followups(self, count: int) -> None:
        """New inbound mail on random threads: each opens a new review cycle there."""
        for _ in range(count):
            root = self.rng.choice(self.roots)
            self.followups += 1
            n = self.followups
            name = root.sender.name or root.sender.email
            reply = root.model_copy(
                update={
                    "message_id": f"followup-{n}@{root.sender.email.split('@')[1]}",
                    "subject": f"Re: {root.subject}",
                    "date": root.date + timedelta(days=1, minutes=n) if root.date else None,
                    "body_text": FOLLOW_UP.format(name=name),
                    "attachments": (),
                    "source": f"followup-{n}.eml",
                }
            )
            self.write(reply, in_reply_to=root.message_id)

    def write(self, message: MailMessage, *, in_reply_to: str | None) -> None:
        email = EmailMessage()
        email["From"] = formataddr((message.sender.name or "", message.sender.email))
        email["To"] = ", ".join(formataddr((a.name or "", a.email)) for a in message.to)
        email["Subject"] = message.subject
        email["Message-ID"] = f"<{message.message_id}>"
        if message.date is not None:
            email["Date"] = format_datetime(message.date)
        if in_reply_to:
            email["In-Reply-To"] = email["References"] = f"<{in_reply_to}>"
        email.set_content(message.body_text)
        for attachment in message.attachments:
            email.add_attachment(
                _PDF, maintype="application", subtype="pdf", filename=attachment.filename
            )
        # No sync runs while the benchmark writes mail, so no sync reads half a file.
        (self.path / message.source).write_bytes(email.as_bytes())
