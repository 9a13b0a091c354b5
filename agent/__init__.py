"""The domain: what PO Desk decides about a procurement mail, as plain functions and values.

link, extract, classify (detect/, rules/, lexicon/, policy), packet, draft and templates/,
boundary/, hold, review, feedback and revise, language, assist/ (the model path), crm_index,
evaluation/ (scores against labelled mailboxes), models (the values) and errors (the
domain's errors beside the error root it re-exports). sample_data/ is the bundled demo
mailbox and CRM export (``podesk demo``, tests).

Imports: ``connectors`` only (through its ports and value types). Nothing here knows the
workflow (graph/), the store, settings or an entry point; the application layer (app/)
calls in (tests/test_layers.py).
"""
