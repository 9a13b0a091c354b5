"""The real adapters to the outside world, each behind a small port (``connectors/ports.py``).

mailbox/ (.eml folders, Maildir, local drafts), outlook/ (Microsoft Graph via msal + O365),
crm/ (CRM CSV import), llm/ (OpenAI-compatible chat models), redact (secret scrubbing),
errors (the error root ``PodeskError`` and its areas: the lowest layer holds them so that
every layer's errors share them; vendor errors are mapped to them at each seam here).
A port may ship a few-line in-process fake beside it (``llm/fake.py``, ``mailbox/fake.py``);
loopback servers that imitate a service live in ``sandboxes/``, not here.

Imports: the standard library and third-party clients only; nothing of ours (``agent``,
``graph``, ``app``, ``cli``, ``sandboxes``), so every layer above can use it (tests/test_layers.py).
"""
