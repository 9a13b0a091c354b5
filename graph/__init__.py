"""The LangGraph workflow: state, context, nodes, routes, builder, checkpointer, runner.

Imports: ``agent`` (the domain, not ``agent.cli``) and ``connectors``; never ``sandboxes``.
Only ``agent.cli`` imports this package (tests/test_layers.py).
"""
