"""Sender domains that imitate a customer's: typos, homoglyphs, extra hyphens, other TLDs."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Collection
from functools import lru_cache

# Characters and pairs that read alike; folded before comparing names.
_CONFUSABLE_CHARS = str.maketrans(
    {
        "0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "3": "e", "$": "s", "4": "a",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "l",
        "ј": "j", "ԁ": "d", "ѕ": "s", "ɡ": "g", "ո": "n", "ս": "u",
    }
)  # fmt: skip
_CONFUSABLE_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))
_MULTI_PART_SUFFIXES = frozenset({"co", "com", "org", "net", "ac", "gov", "ltd", "plc", "gv", "or"})


def _decode(domain: str) -> str:
    labels = []
    for label in domain.lower().strip(".").split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode().decode("idna")
        labels.append(label)
    return ".".join(labels)


def registrable(domain: str) -> tuple[str, str]:
    """(name, suffix): 'mail.acme.co.uk' -> ('acme', 'co.uk')."""
    labels = _decode(domain).split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _MULTI_PART_SUFFIXES:
        return labels[-3], ".".join(labels[-2:])
    if len(labels) >= 2:
        return labels[-2], labels[-1]
    return labels[0], ""


def skeleton(name: str) -> str:
    """Fold look-alike characters and drop hyphens: 'acrne-c0rp' -> 'acmecorp'."""
    folded = unicodedata.normalize("NFKC", name).lower().translate(_CONFUSABLE_CHARS)
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    for pair, single in _CONFUSABLE_PAIRS:
        folded = folded.replace(pair, single)
    return folded.replace("-", "").replace("_", "")


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment): a swap of neighbours costs one."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def _imitates(name: str, suffix: str, skel: str, customer: _Customer) -> bool:
    _, c_name, c_suffix, c_skel = customer
    if len(c_name) < 3:  # two-letter names collide by chance
        return False
    if name == c_name:
        return suffix != c_suffix  # acme.co imitating acme.com
    if skel == c_skel:
        return True  # acrne, acme-corp vs acmecorp, xn--cyrillic
    if name.startswith(c_name + "-") or name.endswith("-" + c_name):
        return True  # acme-billing.com
    limit = 1 if len(c_name) < 8 else 2
    if abs(len(name) - len(c_name)) > limit:  # edit distance is at least the length gap
        return False
    return edit_distance(name, c_name) <= limit


_Customer = tuple[str, str, str, str]  # decoded domain, name, suffix, skeleton of the name


@lru_cache(maxsize=8)
def _prepared(customer_domains: frozenset[str]) -> tuple[frozenset[str], tuple[_Customer, ...]]:
    """Decode and split the customer list once per CRM snapshot, not once per message."""
    decoded = frozenset(_decode(c) for c in customer_domains if c)
    rows = []
    for customer in sorted(decoded):
        c_name, c_suffix = registrable(customer)
        rows.append((customer, c_name, c_suffix, skeleton(c_name)))
    return decoded, tuple(rows)


def within(domain: str, domains: Collection[str]) -> bool:
    """``domain`` is one of ``domains`` or a subdomain of one ("eu.acme.com" of "acme.com")."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))


def lookalike_of(domain: str, customer_domains: Collection[str]) -> str | None:
    """The customer domain ``domain`` imitates, or None when it is one (or unrelated)."""
    # frozenset() of a frozenset is the same object, so its cached hash makes this cheap.
    return _lookalike(domain, frozenset(customer_domains))


@lru_cache(maxsize=4096)
def _lookalike(domain: str, customer_domains: frozenset[str]) -> str | None:
    domain = _decode(domain)
    customers, rows = _prepared(customer_domains)
    if not domain or within(domain, customers):
        return None  # the customer's own domain, or a subdomain of it
    name, suffix = registrable(domain)
    skel = skeleton(name)
    for row in rows:
        customer = row[0]
        if f".{customer}." in f".{domain}.":
            return customer  # acme.com.evil.net: the real name as a subdomain
        if _imitates(name, suffix, skel, row):
            return customer
    return None
