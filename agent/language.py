"""Which language the customer wrote in: a small deterministic detector.

Stop-word profiles of the seven languages customer drafts are written in. Each word of
the text scores one point for every profile that holds it, and a few letters only one
language uses score two; the best profile wins. Too little evidence, or a tie, falls back
to English: a reply in English is never wrong, one in the wrong language is.
"""

from __future__ import annotations

import re
from collections import Counter

from connectors.mailbox.model import MailThread

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt")
DEFAULT = "en"
_MIN_SCORE = 3

_PROFILES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is are for you we our your with this that please thanks thank"
        " have has will be on in it attached find regards hello hi could would can let know"
        " us from kind best dear any also here if or an all what need anything else still"
        " send received sending",
        "de": "der die das und ist nicht mit für wir sie ihr ihre ihnen uns unser unsere bitte"
        " danke vielen grüße grüßen freundlichen anbei sehr geehrte geehrter hallo ein eine"
        " einen auf den dem des von zu im auch noch wie haben wird sind beste liebe gerne"
        " etwas falls alles diese dieser bei um dank oder als",
        "fr": "le la les des et est une un pour vous nous votre vos notre nos avec dans sur"
        " ci-joint bonjour merci cordialement veuillez pas que qui du au aux ce cette être"
        " avons pouvez trouverez bien reçu madame monsieur de en si tout vers il ces encore"
        " ou éléments",
        "es": "el los las del y es una un para por con su sus nuestro nuestra adjunto adjunta"
        " hola gracias saludos atentamente que está estamos podría pueden favor muy usted"
        " estimado estimada quedamos de la lo le se si algo más hemos este esta todo o en"
        " nuestros",
        "it": "il lo gli della delle dei del e è una un per con vostro vostra nostro nostra"
        " allegato allegata buongiorno grazie saluti cordiali che non sono siamo potete"
        " anche più gentile distinti vi ci di la le si abbiamo questo questa queste tutto"
        " ancora o se ciò al alla",
        "nl": "de het een en is van voor met ons onze uw wij we jullie bijlage bijgevoegd"
        " hallo bedankt dank groet groeten vriendelijke niet zijn hebben graag kunt kunnen"
        " ook nog bij geachte beste hierbij als er iets u op aan om te dit deze heeft wel"
        " nodig of",
        "pt": "o os as da das do dos e é uma um para com seu sua nosso nossa anexo anexa olá"
        " obrigado obrigada atenciosamente cumprimentos que não são estamos podem também em"
        " no na prezado prezados segue de se mais alguma coisa ainda precisamos estas este"
        " esta tudo ou pela pelo",
    }.items()
}
# Letters (or letter pairs) that point to one language only.
_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[ßü]"), "de"),  # not ä or ö: Swedish and Finnish have them too
    (re.compile(r"[ãõ]"), "pt"),
    (re.compile(r"ñ|¿|¡"), "es"),
    (re.compile(r"\b\w*ij\w*\b"), "nl"),
    (re.compile(r"œ|\bqu'|\bj'"), "fr"),  # Italian elides too (l', d'), so not those
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")


def scores(text: str) -> Counter[str]:
    """Points per language (for tests and for explaining a decision)."""
    lowered = text.lower()
    found: Counter[str] = Counter()
    for word in _WORD.findall(lowered):
        for lang in LANGUAGES:
            if word in _PROFILES[lang]:
                found[lang] += 1
    for pattern, lang in _MARKS:
        found[lang] += 2 * len(pattern.findall(lowered))
    return found


def detect_language(text: str) -> str:
    """ISO 639-1 code of one of LANGUAGES; English when the evidence is thin or tied."""
    found = scores(text)
    if not found:
        return DEFAULT
    ranked = sorted(LANGUAGES, key=lambda lang: -found[lang])  # stable: ties keep LANGUAGES order
    best = ranked[0]
    if found[best] < _MIN_SCORE or found[best] == found[ranked[1]]:
        return DEFAULT
    return best


def customer_language(thread: MailThread) -> tuple[str, str | None]:
    """(language, message id) of the customer's latest inbound message with any text."""
    for message in reversed(thread.messages):
        if message.folder != "inbox":
            continue
        text = message.new_text.strip() or message.body_text.strip()
        if len(_WORD.findall(text)) < 5:
            text = f"{message.subject}\n{text}"
        if text.strip():
            return detect_language(text), message.message_id
    return DEFAULT, None
