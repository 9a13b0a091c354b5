"""Evidence: what a detector found, where, and in whose words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from agent.detect.views import MessageView
from agent.models import Reason


@dataclass(frozen=True)
class Evidence:
    """One finding: the reason it supports and the span of text it rests on."""

    reason: Reason
    message_id: str
    quote: str  # the sentence (or header, file name) as written
    start: int = 0  # offsets of the quote in the view's analysed text (0, 0: not from text)
    end: int = 0

    def describe(self) -> str:
        return f"{self.quote[:160]}"


# A detector reads one message and returns its evidence; the policy table decides the label.
Detector = Callable[[MessageView], Iterable[Evidence]]


def sentence_evidence(view: MessageView, reason: Reason, index: int) -> Evidence:
    sentence = view.sentences[index]
    return Evidence(reason, view.message.message_id, sentence.text, sentence.start, sentence.end)
