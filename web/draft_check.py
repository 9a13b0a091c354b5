"""The review page's live boundary check: the reviewer's text through the same check a saved
edit and `podesk check-draft` pass (agent.review.boundary_findings), and its word diff
against the draft the workflow generated for the cycle. htmx posts the textbox as it changes;
the answer is a fragment (the check, and the diff swapped out of band)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response

from agent.review import boundary_findings
from app.store import queries
from app.store.exception_list import review_exception_owner
from web.roles import may_decide
from web.security import DbSession, signed_in
from web.views import render

router = APIRouter()
# A word or a run of white space: a diff shows whole words, not characters.
_TOKEN = re.compile(r"\s+|\S+")
# Beyond this many tokens a side, diff lines: SequenceMatcher is quadratic at worst.
_MAX_TOKENS = 4000


@dataclass(frozen=True)
class Segment:
    op: Literal["same", "ins", "del"]
    text: str


def word_diff(before: str, after: str) -> list[Segment]:
    """``after`` against ``before`` as kept, inserted and deleted runs (templates escape)."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    if max(len(a), len(b)) > _MAX_TOKENS:
        a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    found: list[Segment] = []
    # A lone space must not anchor a match: it would split a rewritten sentence into bits.
    matcher = difflib.SequenceMatcher(str.isspace, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            found.append(Segment("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:  # delete or replace
            found.append(Segment("del", "".join(a[i1:i2])))
        if j2 > j1:  # insert or replace
            found.append(Segment("ins", "".join(b[j1:j2])))
    return found


def check_context(text: str, generated: str | None) -> dict[str, Any]:
    """What review.html's check and diff show for ``text``."""
    verdict, findings = boundary_findings(text)
    base = text if generated is None else generated
    return {
        "allowed": verdict.allowed,
        "findings": findings,
        "diff": word_diff(base, text),
        "changed": base != text,
    }


@router.post("/reviews/{review_id}/check")
def check(
    request: Request,
    session: DbSession,
    review_id: int,
    draft_text: Annotated[str, Form(max_length=100_000)] = "",
) -> Response:
    """Only who may decide the review may check text against it (as on the decision form)."""
    user = signed_in(request).user
    detail = queries.get_review(session, review_id=review_id)
    owner = review_exception_owner(session, review_id=detail.id, kind=detail.kind)
    if not may_decide(user.role, detail.kind, detail.draft_status, email=user.email, owner=owner):
        raise HTTPException(403, f"your role ({user.role}) may not decide this review")
    context = check_context(draft_text, detail.generated_text or detail.draft_text)
    return render(request, "review_check.html", {**context, "oob": True})
