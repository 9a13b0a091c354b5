"""One module per schema revision, oldest first (app.store.schema.REVISIONS)."""
