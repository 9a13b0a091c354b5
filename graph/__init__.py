"""The LangGraph workflow: state, context, nodes, routes, builder, checkpointer, runner.

Imports: ``agent`` (the domain, not ``cli``) and ``connectors``; never ``sandboxes``.
Only ``cli`` imports this package (tests/test_layers.py).
"""
