"""Where a review cycle stands, read from its checkpoint alone (the durable truth).

A process killed mid-cycle leaves the checkpoint in one of a few shapes; each is named
here so the runner resumes or records it, and never takes one for another. The shape
that used to be misread: a node finished and its writes were saved, but the step's
checkpoint was not. LangGraph's live snapshot then shows that node's output in
``values`` and nothing in ``next`` — which looks like the end of the graph, yet the
step's task is still listed in ``tasks`` and a resume applies its writes and goes on.
"""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import StateSnapshot

from agent.errors import PodeskError
from graph.builder import Workflow
from graph.checkpointer import keep_latest
from graph.state import PoState

Stage = Literal["unstarted", "running", "at_review", "finished"]


def cycle_stage(snapshot: StateSnapshot) -> Stage:
    """unstarted: no checkpoint yet; running: work is left (resume with no input);
    at_review: waiting for a reviewer's answer; finished: the graph reached its end."""
    if snapshot.interrupts:
        return "at_review"
    if snapshot.tasks:  # tasks of the current step, whether or not their writes were saved
        return "running"
    return "finished" if snapshot.values else "unstarted"


def reached_gate(stage: Stage) -> bool:
    """Whether the store may show the cycle's result: only at the review or at the end."""
    return stage in ("at_review", "finished")


class UnreadableCheckpoint(PodeskError):
    """The checkpoint's bytes or state do not read back (damaged, or another version's)."""


# What decoding and validating a state raise (msgpack and pydantic errors are ValueErrors).
# A database that cannot be reached raises none of these: that must never discard a cycle.
_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, AssertionError)


def readable_stage(workflow: Workflow, config: RunnableConfig) -> Stage:
    """The stage, after checking that the state reads back (UnreadableCheckpoint if not)."""
    try:
        snapshot = workflow.get_state(config)
        if snapshot.values:  # what the nodes and the store will read
            PoState(**snapshot.values)
    except _DECODE_ERRORS as exc:
        raise UnreadableCheckpoint(f"{type(exc).__name__}: {exc}") from exc
    return cycle_stage(snapshot)


def forget(workflow: Workflow, thread_id: str) -> None:
    """Delete a LangGraph thread's checkpoints and writes, so its cycle starts over."""
    _saver(workflow).delete_thread(thread_id)


def prune(workflow: Workflow, thread_id: str) -> None:
    """Keep only the latest checkpoint of a cycle that is over (finished, or superseded by
    the thread's next cycle): its stage and state read the same, and nothing resumes from
    an earlier step of it."""
    keep_latest(_saver(workflow), thread_id)


def _saver(workflow: Workflow) -> BaseCheckpointSaver[Any]:
    saver = workflow.checkpointer
    if not isinstance(saver, BaseCheckpointSaver):
        raise TypeError("the workflow has no checkpointer of its own")
    return saver
