"""The model path on top of the rules: one call per review cycle, checked by code.

``assist`` returns what the model may add (summary, wording, hints, an escalation);
``apply`` has the helpers the workflow uses to fold it into a cycle.
"""

from agent.assist.apply import customer_draft, internal_note, merged_extraction
from agent.assist.core import assist
from agent.assist.injection import detect as detect_injection
from agent.assist.result import (
    AssistResult,
    AssistSettings,
    ExtractionHints,
    Hint,
    ModelOpinion,
)

__all__ = [
    "AssistResult",
    "AssistSettings",
    "ExtractionHints",
    "Hint",
    "ModelOpinion",
    "assist",
    "customer_draft",
    "detect_injection",
    "internal_note",
    "merged_extraction",
]
