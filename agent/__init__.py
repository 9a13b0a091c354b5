"""The domain: what PO Desk decides about a mail, and the command line that runs it.

link, extract, classify (rules/), packet, draft, boundary/, review, hold, feedback and
revise, language, templates/, assist/ (the model path), store/ (SQLModel, Alembic
migrations), evaluation/, and cli/ (the ``podesk`` entry point).

Imports: the domain uses ``connectors`` (through their ports) and never ``graph`` or
``sandboxes``. Only ``cli`` wires everything together: it may import ``graph``, and
``sandboxes`` only lazily, inside the commands that start one (``podesk graph-sandbox``,
``podesk demo``), so ``podesk --help`` stays light (tests/test_layers.py,
tests/cli/test_startup.py).
"""
