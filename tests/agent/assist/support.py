"""The rules path on real sample files, for the model-path tests (no graph involved)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from agent.classify import classify
from agent.crm_index import CrmIndex
from agent.extract import extract
from agent.link import link_thread
from agent.models import Classification, Extraction, Packet
from agent.packet import build_packet
from connectors.crm import load_crm
from connectors.mailbox import build_threads
from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.model import MailThread

SAMPLE = Path(__file__).resolve().parents[3] / "agent" / "sample_data"
_IDENTIFIER_LINKS = frozenset({"opportunity_id", "quote_number", "po_number"})


@dataclass(frozen=True)
class RulesView:
    thread: MailThread
    extraction: Extraction
    classification: Classification
    packet: Packet


@cache
def crm() -> CrmIndex:
    return CrmIndex.from_snapshot(load_crm(SAMPLE / "crm"))


@cache
def sample_threads() -> tuple[MailThread, ...]:
    return tuple(build_threads(read_mailbox(SAMPLE / "mailbox").messages))


def rules_path(thread: MailThread, *, label: str | None = None) -> RulesView:
    """What the graph's link/extract/classify/build_packet nodes produce for a thread.

    ``label`` rebuilds the packet as if the classification had that label (an escalation).
    """
    index = crm()
    link = link_thread(thread, index)
    extraction = extract(thread)
    opp_id = link.opportunity_id
    opportunity = index.opportunity(opp_id) if opp_id else None
    exceptions = index.open_exceptions_for(opp_id) if opp_id else ()
    classification = classify(
        thread,
        extraction,
        opportunity=opportunity,
        customer_domains=index.customer_domains,
        linked_by_identifier=link.method in _IDENTIFIER_LINKS,
    )
    packet = build_packet(
        thread,
        link,
        extraction,
        classification,
        opportunity=opportunity,
        contacts=index.contacts_for(opp_id) if opp_id else (),
        requirements=index.requirements_for(opp_id) if opp_id else (),
        open_exceptions=exceptions,
    )
    return RulesView(thread, extraction, classification, packet)


def packet_for(view: RulesView, classification: Classification) -> Packet:
    """The packet the graph would rebuild after assist changed the classification."""
    index = crm()
    link = link_thread(view.thread, index)
    opp_id = link.opportunity_id
    return build_packet(
        view.thread,
        link,
        view.extraction,
        classification,
        opportunity=index.opportunity(opp_id) if opp_id else None,
        contacts=index.contacts_for(opp_id) if opp_id else (),
        requirements=index.requirements_for(opp_id) if opp_id else (),
        open_exceptions=index.open_exceptions_for(opp_id) if opp_id else (),
    )


@cache
def sample_views() -> tuple[RulesView, ...]:
    return tuple(rules_path(t) for t in sample_threads())


def routine_views() -> list[RulesView]:
    """Linked routine threads: the ones where a customer draft is allowed."""
    return [
        v
        for v in sample_views()
        if v.classification.label == "routine_follow_up"
        and v.packet.message_boundary.customer_reply_allowed
    ]


# Facts that come from CRM only: assist must never be able to change them.
CRM_FACTS = ("opportunity_id", "account_name", "procurement_contact", "contract_status")
CRM_FACTS += ("order_queue_status", "missing_fields", "received_in_thread")
