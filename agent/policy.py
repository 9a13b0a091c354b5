"""The decision policy: one table turns the detectors' evidence into a thread's label.

Rows are read top to bottom; the first that holds decides the label, and its evidence
becomes the thread's reason codes. The table is the place to read (and to change) how PO
Desk labels mail: detectors only find evidence, they never decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agent.detect.evidence import Evidence
from agent.models import Label


@dataclass
class Findings:
    """Evidence from one thread, sorted by kind of source."""

    suspicious: list[Evidence] = field(default_factory=list)  # from any inbound message
    business: list[Evidence] = field(default_factory=list)  # from the customer's people
    routine: list[Evidence] = field(default_factory=list)  # from the customer's people
    machine: list[Evidence] = field(default_factory=list)  # auto-replies, bounces, lists...
    unrecognised: list[Evidence] = field(default_factory=list)  # names a deal, nothing else
    unreadable: list[Evidence] = field(default_factory=list)  # a language no detector reads
    unrelated: list[Evidence] = field(default_factory=list)
    newest_is_machine: bool = False
    anyone_wrote: bool = False  # a person on the customer's side wrote any inbound message


@dataclass(frozen=True)
class PolicyRow:
    label: Label
    when: str
    evidence: Callable[[Findings], list[Evidence]]


POLICY: tuple[PolicyRow, ...] = (
    PolicyRow(
        Label.DEAL_EXCEPTION,
        "an inbound message addresses an automated reader, changes bank details, or comes "
        "from a look-alike domain",
        lambda f: f.suspicious,
    ),
    PolicyRow(
        Label.DEAL_EXCEPTION,
        "a customer's message asks for, states or makes the order depend on something that "
        "changes or conditions the deal (in any message of the thread, quoted news included)",
        lambda f: f.business,
    ),
    PolicyRow(
        Label.DEAL_EXCEPTION,
        "a customer's message about the deal is written in a language the detectors do not "
        "read (they read English, German, French, Spanish, Italian, Dutch, Portuguese): a "
        "person must read it",
        lambda f: f.unreadable,
    ),
    PolicyRow(
        Label.NOT_PO_RELATED,
        "nobody on the customer's side wrote, or the newest inbound message is machine mail",
        lambda f: f.machine if (f.newest_is_machine or not f.anyone_wrote) else [],
    ),
    PolicyRow(
        Label.ROUTINE_FOLLOW_UP,
        "a customer's message gives or asks for standard PO paperwork",
        lambda f: f.routine,
    ),
    PolicyRow(
        Label.DEAL_EXCEPTION,
        "a person's mail names the deal by opportunity ID, quote or PO number, or the closed-won "
        "deal's customer asks something (a question or a request), but no detector understood "
        "it: a person must read it",
        lambda f: f.unrecognised,
    ),
    PolicyRow(Label.NOT_PO_RELATED, "anything else", lambda f: f.unrelated),
)


def decide(findings: Findings) -> tuple[Label, list[Evidence]]:
    for row in POLICY:
        evidence = row.evidence(findings)
        if evidence:
            return row.label, evidence
    return Label.NOT_PO_RELATED, []
