"""`podesk serve`: the team's web console, an entry point like the CLI.

app (the factory: settings -> FastAPI app), security (sign-in, roles, CSRF, headers), roles
(the one table of who may do what), auth (/login, /logout), pages (queue, CSV, audit, users),
reviews (a review and its decision), views (rendering). Templates and static files (htmx
vendored, pinned, with its licence) ship as package data.

Imports: ``app`` (and ``agent`` for names and errors); never ``graph`` or ``cli`` — decisions go
through app.decisions, the runner the CLI uses. Nothing imports this package but the
``serve`` command (tests/test_layers.py).
"""
