"""Assemble the PO Desk workflow."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from graph import nodes, routes
from graph.context import Context
from graph.state import PoState

Workflow = CompiledStateGraph[PoState, Context, Any, Any]


def build_graph(checkpointer: BaseCheckpointSaver[Any] | None = None) -> Workflow:
    builder = StateGraph(PoState, context_schema=Context)
    builder.add_node("link", nodes.link)
    builder.add_node("extract", nodes.extract_fields)
    builder.add_node("classify", nodes.classify_thread)
    builder.add_node("build_packet", nodes.build_packet_node)
    builder.add_node("assist", nodes.assist_thread)
    builder.add_node("draft", nodes.draft)
    builder.add_node("check_boundary", nodes.check_boundary)
    builder.add_node("hold", nodes.hold)
    builder.add_node("review", nodes.review)
    builder.add_node("save_draft", nodes.save_draft)
    builder.add_node("record", nodes.record)
    builder.add_edge(START, "link")
    builder.add_edge("link", "extract")
    builder.add_edge("extract", "classify")
    builder.add_edge("classify", "build_packet")
    builder.add_edge("build_packet", "assist")
    builder.add_edge("assist", "draft")
    builder.add_edge("draft", "check_boundary")
    builder.add_edge("check_boundary", "hold")
    builder.add_conditional_edges("hold", routes.after_hold)
    builder.add_conditional_edges("review", routes.after_review)
    builder.add_conditional_edges("save_draft", routes.after_save)
    builder.add_edge("record", END)
    return builder.compile(checkpointer=checkpointer, name="po_desk")


def graph_thread_id(thread_key: str, cycle: int) -> str:
    """One LangGraph thread per mail thread and review cycle, deterministic."""
    return f"podesk:{thread_key}:{cycle}"


def run_config(thread_key: str, cycle: int) -> RunnableConfig:
    return RunnableConfig(configurable={"thread_id": graph_thread_id(thread_key, cycle)})
