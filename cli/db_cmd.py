"""`podesk db ...`: the store's schema. The only commands that run DDL on PostgreSQL."""

from __future__ import annotations

from typing import Annotated

import typer

from cli.output import console, print_json

app = typer.Typer(help="The database schema: upgrade it, or show where it stands.")
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("upgrade")
def upgrade(ctx: typer.Context, json_out: JsonOpt = False) -> None:
    """Migrate the store (and, on PostgreSQL, the workflow checkpoints) to this release."""
    from app.store import schema
    from app.store.db import make_engine
    from graph.checkpointer import setup_postgres

    url = ctx.obj.resolved_database_url
    ctx.obj.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url, check_schema=False)
    try:
        before, after = schema.upgrade(engine)
    finally:
        engine.dispose()
    if engine.dialect.name == "postgresql":
        setup_postgres(url)
    if json_out:
        print_json({"before": before, "after": after})
        return
    said = "already at" if before == after else f"upgraded from {before or 'empty'} to"
    console.print(f"Database schema {said} {after}.", highlight=False)


@app.command("current")
def current(ctx: typer.Context, json_out: JsonOpt = False) -> None:
    """The store's schema revision and the one this PO Desk needs."""
    from app.store import schema
    from app.store.db import make_engine

    engine = make_engine(ctx.obj.resolved_database_url, check_schema=False)
    try:
        with engine.connect() as conn:
            found = schema.current_revision(conn)
    finally:
        engine.dispose()
    if json_out:
        print_json({"current": found, "head": schema.HEAD})
        return
    state = "up to date" if found == schema.HEAD else "run `podesk db upgrade`"
    console.print(f"schema {found or 'empty'}, this PO Desk needs {schema.HEAD}: {state}")


@app.command("grants")
def grants(role: Annotated[str, typer.Argument(help="The role PO Desk runs as.")]) -> None:
    """Print the SQL that gives ROLE exactly what PO Desk needs (pipe it to psql)."""
    from app.store.schema import grants_sql

    print(grants_sql(role))
