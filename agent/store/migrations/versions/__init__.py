"""One module per schema revision, oldest first (agent.store.schema.REVISIONS)."""
