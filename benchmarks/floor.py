"""The framework floor both throughput benchmarks measure against: a bare StateGraph with as
many no-op nodes as PO Desk runs to its review gate, the last one interrupting."""

from __future__ import annotations

import itertools
from typing import Any

from graph.state import PoState

# link, extract, classify, build_packet, assist, draft, check_boundary, hold, review
NODES_TO_GATE = 9


def floor_workflow(saver: Any) -> Any:
    from langgraph.graph import END, START, StateGraph
    from langgraph.types import interrupt

    builder = StateGraph(PoState)
    names = [f"noop{i}" for i in range(NODES_TO_GATE)]
    for name in names[:-1]:
        builder.add_node(name, lambda state: {})
    builder.add_node(names[-1], lambda state: {"recorded": bool(interrupt("gate"))})
    builder.add_edge(START, names[0])
    for a, b in itertools.pairwise(names):
        builder.add_edge(a, b)
    builder.add_edge(names[-1], END)
    return builder.compile(checkpointer=saver)
