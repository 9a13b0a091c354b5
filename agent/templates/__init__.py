"""Reviewed customer-reply templates in seven languages, one module per language.

Every sentence is tagged with the intent it serves (greet, thank, request, follow_up,
close); the rules drafter writes customer text only through ``render``.
"""

from agent.templates.model import INTENTS, Intent, LanguagePack, TemplateSentence
from agent.templates.render import PACKS, Rendered, ReplyPlan, intents, pack, render

__all__ = [
    "INTENTS",
    "PACKS",
    "Intent",
    "LanguagePack",
    "Rendered",
    "ReplyPlan",
    "TemplateSentence",
    "intents",
    "pack",
    "render",
]
