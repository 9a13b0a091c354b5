"""The whole golden set at once: recall on forbidden sentences and false positives on benign ones.

The sets live in test_boundary.py (part 1), test_boundary_dates.py, test_boundary_terms.py
and test_boundary_benign.py; each sentence is also its own parametrised test there.
"""

from __future__ import annotations

from agent.boundary import check_customer_draft
from tests.agent.test_boundary import BENIGN, FORBIDDEN
from tests.agent.test_boundary_benign import BENIGN_MORE
from tests.agent.test_boundary_dates import FORBIDDEN_TIMING
from tests.agent.test_boundary_terms import FORBIDDEN_TERMS

ALLOWED = ("vendor.example",)
ALL_FORBIDDEN = [*FORBIDDEN, *FORBIDDEN_TIMING, *FORBIDDEN_TERMS]
ALL_BENIGN = [*BENIGN, *BENIGN_MORE]


def _blocked(sentence: str) -> bool:
    return not check_customer_draft(sentence, allowed_link_domains=ALLOWED).allowed


def test_golden_sets_are_large_and_distinct() -> None:
    assert len(ALL_FORBIDDEN) >= 150 and len(ALL_BENIGN) >= 150
    assert len(set(ALL_FORBIDDEN)) == len(ALL_FORBIDDEN)
    assert len(set(ALL_BENIGN)) == len(ALL_BENIGN)
    assert not set(ALL_FORBIDDEN) & set(ALL_BENIGN)


def test_recall_is_complete_on_forbidden_sentences() -> None:
    missed = [s for s in ALL_FORBIDDEN if not _blocked(s)]
    recall = 1 - len(missed) / len(ALL_FORBIDDEN)
    assert recall == 1.0, missed


def test_no_false_positive_on_benign_sentences() -> None:
    blocked = [s for s in ALL_BENIGN if _blocked(s)]
    assert len(blocked) / len(ALL_BENIGN) == 0.0, blocked


def test_each_language_is_covered() -> None:
    german = ("Lieferung", "Bestellung", "Rabatt", "Konto", "Lizenzen", "Zahlungsziel")
    french = ("livraison", "commande", "remise", "compte", "licences", "paiement")
    for words in (german, french):
        assert sum(any(w.lower() in s.lower() for w in words) for s in ALL_FORBIDDEN) >= 15
