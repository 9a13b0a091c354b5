"""The message boundary for customer-facing drafts (design rule 2).

Any text — a reviewer's edit, `podesk check-draft`, a model's draft — passes the commitment
grammar (agent.boundary.grammar) and the format checks (no bank details, links or images).
"""

from __future__ import annotations

from collections.abc import Collection

from agent.boundary.format import format_reasons
from agent.boundary.grammar import Violation, violations
from agent.models import BoundaryVerdict

__all__ = ["Violation", "check_customer_draft", "violations"]


def check_customer_draft(
    text: str, *, allowed_link_domains: Collection[str] = ()
) -> BoundaryVerdict:
    reasons = [v.describe() for v in violations(text)]
    reasons += format_reasons(text, allowed_link_domains)
    unique = tuple(dict.fromkeys(reasons))
    return BoundaryVerdict(allowed=not unique, reasons=unique)
