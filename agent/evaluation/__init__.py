"""Measure PO Desk on a labelled mailbox: labels in, scores out (`podesk eval`)."""

from agent.evaluation.labels import LabelledThread, Sentence, load_labels, load_sentences
from agent.evaluation.score import Scores, Thresholds, score_boundary, score_threads

__all__ = [
    "LabelledThread",
    "Scores",
    "Sentence",
    "Thresholds",
    "load_labels",
    "load_sentences",
    "score_boundary",
    "score_threads",
]
