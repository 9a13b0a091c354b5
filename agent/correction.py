"""A person's correction of a thread: the label and/or the deal it is about.

Sales ops relabel or relink a thread (app/correct.py); the workflow then runs a new review
cycle in which the corrected link and label stand where the rules' results stood. Everything
after them is rebuilt as usual: packet, message boundary, internal note, customer draft,
boundary check and CRM hold. So a correction can take a customer draft away (relabelled to an
exception) but never skip a safety rule (relabelled to routine: the draft is still the rules'
template, still checked, still held while the deal has an open CRM exception).
"""

from __future__ import annotations

from agent.models import Classification, Label, LinkResult, _Value


class Correction(_Value):
    """What people set on a thread, as it stands (the latest relabel and relink)."""

    label: Label | None = None  # None: the rules' (or model's) label stands
    label_by: str = ""
    label_reason: str = ""
    label_messages: int = 0  # how many messages the thread had when the label was set
    relinked: bool = False  # False: the rules' link stands
    opportunity_id: str | None = None  # when relinked: the deal chosen, None for no deal
    link_by: str = ""
    link_reason: str = ""


def corrected_link(link: LinkResult, correction: Correction | None) -> LinkResult:
    """The deal a person chose, in place of the one the rules found."""
    if correction is None or not correction.relinked:
        return link
    return LinkResult(
        opportunity_id=correction.opportunity_id,
        method="reviewer",
        confidence=1.0,
        evidence=f"set by {correction.link_by}",
    )


def corrected_classification(
    classification: Classification, correction: Correction | None, *, messages: int
) -> Classification:
    """The label a person set. The rules' reasons and evidence stay, for the internal note:
    what the rules read is still worth knowing when a person disagrees with their label.

    A person's label covers the mail they read. Once more mail has come in (``messages``, the
    thread's count now), a label that takes a deal exception away no longer stands against
    rules (or a model) that find one: new mail may bring a new exception, and an exception is
    never lowered by a judgement made before it arrived. Raising to an exception always stands.
    """
    if correction is None or correction.label is None:
        return classification
    lowered = correction.label != Label.DEAL_EXCEPTION
    newer_mail = messages > correction.label_messages
    if lowered and newer_mail and classification.label == Label.DEAL_EXCEPTION:
        return classification
    return classification.model_copy(
        update={"label": correction.label, "classified_by": "reviewer"}
    )


def correction_note(correction: Correction | None) -> str | None:
    """The internal note's lines about the correction (reasons are people's, not mail's)."""
    if correction is None:
        return None
    lines = []
    if correction.label is not None:
        lines.append(
            f"Label set to {correction.label} by {correction.label_by}: {correction.label_reason}"
        )
    if correction.relinked:
        deal = correction.opportunity_id or "no opportunity"
        lines.append(f"Link set to {deal} by {correction.link_by}: {correction.link_reason}")
    return "\n".join(["Corrected by people:", *lines]) if lines else None
