"""Customer account names as the CRM spells them, compared with what a mail writes.

"Larchwood Dental Partners LLC" in the CRM is "Larchwood Dental Partners" in a portal's
invitation; "Stichting Wooncentrum Ijsseloever" is "Wooncentrum Ijsseloever" in a subject. The
part after a dash ("Ribeira Têxteis S.A. - Platform") names one of several deals of the account.
"""

from __future__ import annotations

import re

from agent.rules.legal_names import core_name, fold

_DEAL_DASH = re.compile(r"\s[-–]\s")


def name_key(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: for whole-word comparison."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def account_key(account_name: str) -> str | None:
    """The distinctive part of an account name, without legal form and deal name; None when
    too short to tell one customer ("Acme")."""
    name = _DEAL_DASH.split(account_name, maxsplit=1)[0].split(" (")[0]
    key = name_key(core_name(name))
    return key if len(key.split()) >= 2 and len(key) >= 8 else None


def deal_name(account_name: str) -> str | None:
    """The deal part of a name ("platform" in "Ribeira Têxteis S.A. - Platform"), or None."""
    parts = _DEAL_DASH.split(account_name, maxsplit=1)
    key = name_key(parts[1]) if len(parts) == 2 else ""
    return key or None


def names(text_key: str, key: str | None) -> bool:
    """Whether a name key stands as whole words in a text key."""
    return bool(key) and f" {key} " in f" {text_key} "
