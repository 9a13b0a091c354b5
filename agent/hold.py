"""Held customer drafts: CRM state is context that can hold a customer draft, never a label.

A routine customer draft on a deal with an open CRM exception is written but *held*
(``open_exception:<id>``): managers review exceptions before any customer message goes
out. So is every customer draft written from an export that lacks the files saying what is
required or who the contacts are (``crm_incomplete:<file>``). A held draft is accepted
only by the owner of every exception holding it or by a manager; an exception hold lifts
by itself once a later CRM import shows those exceptions resolved. An incomplete-export
hold stays for the cycle: that draft was written without knowing what is missing.

A deal exception found in mail holds the same way: another thread on the deal classified
``deal_exception`` and not yet resolved in the console (``open_exception:review:<id>``, the
console's key for it). A customer may raise the exception in a new conversation (a forward
under a new subject, another person of theirs) while a routine reply waits in the old one;
that reply must not go out before someone with authority has decided.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from agent.models import CustomerDraft, DraftStatus, OpenException, Packet
from connectors.crm.model import CrmException, ExceptionStatus

OPEN_EXCEPTION = "open_exception:"
CRM_INCOMPLETE = "crm_incomplete:"
MAIL_SOURCE = "thread:"  # an OpenException's source when a thread of ours found it
# A mail exception's key: the console's review ("review:<id>"), or in triage, which has no
# console, the thread that found it ("thread:<key>").
REVIEW_KEY = "review:"
THREAD_KEY = "thread:"


def hold_source(reason: str) -> str:
    """What a draft's hold reason rests on: "mail" (an open exception another thread of the
    deal found) or "crm" (an exceptions.csv row, an incomplete export)."""
    found = reason.removeprefix(OPEN_EXCEPTION)
    return "mail" if found.startswith((REVIEW_KEY, THREAD_KEY)) else "crm"


@dataclass(frozen=True)
class MailException:
    """A thread on the deal classified ``deal_exception`` whose exception is still open."""

    key: str  # "review:<id>", the console's key (app.store.exception_list); triage: "thread:<key>"
    thread_key: str
    kind: str  # its reason codes, or "deal_exception"
    owner: str
    since: datetime  # when its cycle reached the review gate


def open_exceptions(
    rows: Iterable[CrmException], *, as_of: datetime | None
) -> tuple[OpenException, ...]:
    """The packet's list, oldest first, each with its age in days at ``as_of``."""
    found = [
        OpenException(
            exception_id=e.exception_id,
            kind=e.kind,
            owner=str(e.owner),
            opened_at=e.opened_at.isoformat(),
            age_days=_age(e.opened_at, as_of),
            source=str(e.source),
        )
        for e in rows
        if e.status == ExceptionStatus.OPEN
    ]
    return tuple(sorted(found, key=lambda e: (e.opened_at, e.exception_id)))


def mail_exceptions(
    found: Iterable[MailException], *, as_of: datetime | None
) -> tuple[OpenException, ...]:
    """The packet's entries for exceptions found in mail, aged like the CRM's."""
    return tuple(
        OpenException(
            exception_id=m.key,
            kind=m.kind,
            owner=m.owner,
            opened_at=m.since.isoformat(),
            age_days=_age(m.since, as_of),
            source=f"{MAIL_SOURCE}{m.thread_key}",
        )
        for m in sorted(found, key=lambda m: (m.since, m.key))
    )


def _age(opened: datetime | date, as_of: datetime | None) -> int | None:
    if as_of is None:
        return None
    start = opened.date() if isinstance(opened, datetime) else opened
    return max((as_of.date() - start).days, 0)


def hold_reasons(
    exceptions: Sequence[OpenException], missing_files: Collection[str]
) -> tuple[str, ...]:
    return tuple(f"{OPEN_EXCEPTION}{e.exception_id}" for e in exceptions) + tuple(
        f"{CRM_INCOMPLETE}{name}" for name in missing_files
    )


def sticky(reasons: Iterable[str]) -> tuple[str, ...]:
    """The reasons a newer CRM import cannot lift (see the module docstring)."""
    return tuple(r for r in reasons if r.startswith(CRM_INCOMPLETE))


def with_hold(draft: CustomerDraft, reasons: tuple[str, ...]) -> CustomerDraft:
    """A reviewable draft, held for ``reasons`` or released when there are none."""
    if draft.text is None or draft.status not in (DraftStatus.PENDING_REVIEW, DraftStatus.HELD):
        return draft  # suppressed or no draft: nothing to hold
    status = DraftStatus.HELD if reasons else DraftStatus.PENDING_REVIEW
    if draft.status == status and draft.suppression_reasons == reasons:
        return draft
    return draft.model_copy(update={"status": status, "suppression_reasons": reasons})


def release_refusal(
    reviewer: str,
    reasons: Sequence[str],
    exceptions: Sequence[OpenException],
    managers: Collection[str],
) -> str | None:
    """Why ``reviewer`` may not accept a draft held for ``reasons`` (None: they may)."""
    who = reviewer.strip().casefold()
    bosses = {m.strip().casefold() for m in managers if m.strip()}
    if who in bosses:
        return None
    held = {r.removeprefix(OPEN_EXCEPTION) for r in reasons if r.startswith(OPEN_EXCEPTION)}
    owners = sorted({e.owner for e in exceptions if e.exception_id in held})
    if not sticky(reasons) and len(owners) == 1 and owners[0].casefold() == who:
        return None
    single = len(owners) == 1 and not sticky(reasons)
    allowed = f"the exception's owner {owners[0]} or a manager" if single else "a manager"
    listed = ", ".join(sorted(bosses)) or "none configured"
    return (
        f"the customer draft is held ({', '.join(reasons)}): only {allowed} may accept it, "
        f"and {reviewer} is neither (managers, PODESK_MANAGERS: {listed})"
    )


def rehold(
    packet: Packet, draft: CustomerDraft, exceptions: tuple[OpenException, ...]
) -> tuple[Packet, CustomerDraft]:
    """The packet and draft held (or released) by the deal's open exceptions as the CRM has
    them now; incomplete-export reasons stay. The same objects back when nothing changed."""
    reasons = hold_reasons(exceptions, ()) + sticky(packet.message_boundary.held_by)
    if exceptions != packet.open_exceptions or reasons != packet.message_boundary.held_by:
        boundary = packet.message_boundary.model_copy(update={"held_by": reasons})
        packet = packet.model_copy(
            update={"open_exceptions": exceptions, "message_boundary": boundary}
        )
    return packet, with_hold(draft, reasons)
