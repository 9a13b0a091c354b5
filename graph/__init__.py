"""The LangGraph workflow and nothing else: state, context (the ports a run uses), thin
nodes calling the domain, routes, the builder, and the checkpointer factory.

Imports: ``agent`` and ``connectors``. Only the application layer (``app``, which wires and
drives the workflow) and the entry point (``cli``) import this package (tests/test_layers.py).
"""
