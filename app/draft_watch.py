"""After each sync: look at what became of the saved drafts (still a draft, sent, deleted).

Deal desk sends approved drafts from Outlook (or deletes them); PO Desk only watches, through
the draft sink's ``draft_fates`` (one Graph ``$batch`` per 20 drafts, or a look at the
mailbox folder). A failed look never fails the sync: the mail is in; the drafts are looked
at again next time.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.errors import PodeskError
from app.failures import one_line
from app.store.draft_fates import drafts_to_check, record_fates
from connectors.ports import DraftSink

# Per sync: bounds the cost (ten $batch requests) at any number of saved drafts; the
# longest unseen go first, so every draft comes round.
LOOKS_PER_SYNC = 200


def watch_drafts(
    engine: Engine,
    sink: DraftSink,
    redact: Callable[[str], str],
    *,
    limit: int = LOOKS_PER_SYNC,
) -> tuple[int, str | None]:
    """(how many saved drafts changed fate, the look's error as one scrubbed line or None)."""
    with Session(engine) as session:
        due = drafts_to_check(session, limit=limit)
    if not due:
        return 0, None  # nothing to look at: no request to the mailbox at all
    try:
        fates = sink.draft_fates(due)
    except (PodeskError, OSError) as exc:
        return 0, one_line(exc, redact)
    with Session(engine) as session:
        keys = [d.idempotency_key for d in due]
        changed = record_fates(session, looked_at=keys, fates=fates)
        session.commit()
    return changed, None
