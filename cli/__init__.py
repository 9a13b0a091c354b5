"""`podesk`: the command line, PO Desk's entry point. One module per command group.

Commands parse options, call the application layer (``app``: wiring, runner, store) and
print; output, exit codes (exits) and warnings live here. Imports: ``app`` and what lies
below it (``graph``, ``agent``, ``connectors``); ``sandboxes`` only inside the commands that
start one, and ``web`` only inside ``serve``. Heavy libraries are imported by the commands
that use them, so ``podesk --help`` answers at once (tests/test_layers.py,
tests/cli/test_startup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from agent.errors import ConfigurationError
from cli import (
    check_cmd,
    correct_cmd,
    crm_cmd,
    db_cmd,
    deals_cmd,
    demo_cmd,
    eval_cmd,
    exits,
    queue_cmd,
    report_cmd,
    review_cmd,
    sandbox_cmd,
    serve_cmd,
    sync_cmd,
    triage_cmd,
    users_cmd,
)
from cli.output import err_console, one_command

app = typer.Typer(
    name="podesk",
    help="PO Desk: procurement mail to booked orders; a person approves every customer draft.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root(
    ctx: typer.Context,
    mailbox: Annotated[str | None, typer.Option(help="Mailbox folder (PODESK_MAILBOX).")] = None,
    crm: Annotated[Path | None, typer.Option(help="CRM export folder (PODESK_CRM_DIR).")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Data folder (PODESK_DATA_DIR).")] = None,
    database_url: Annotated[str | None, typer.Option(help="PODESK_DATABASE_URL.")] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="On failure, show the traceback (secrets scrubbed).")
    ] = False,
) -> None:
    exits.current().debug = debug
    overrides = {
        k: v
        for k, v in {
            "mailbox": mailbox,
            "crm_dir": crm,
            "data_dir": data_dir,
            "database_url": database_url,
        }.items()
        if v is not None
    }
    # Imported here, not at the top: `podesk --help` must answer before pydantic-settings,
    # SQLAlchemy, LangGraph or the vendor SDKs are loaded (each command imports what it uses).
    from pydantic import ValidationError

    from app.settings import Settings
    from cli.checks import check_crm_folder

    try:
        ctx.obj = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        # One line, by setting name; the values stay out (Settings hide them: secrets).
        problems = "; ".join(f"{_env_name(e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigurationError(f"invalid configuration: {problems}") from exc
    exits.current().settings = ctx.obj
    exits.current().redact = ctx.obj.redactor()  # from here on every secret is known
    check_crm_folder(ctx.obj)


app.command("sync")(sync_cmd.sync)
app.command("queue")(queue_cmd.queue)
app.command("packet")(queue_cmd.packet)
app.command("triage")(triage_cmd.triage)
app.command("demo")(demo_cmd.demo)
app.command("graph-sandbox")(sandbox_cmd.graph_sandbox)
app.command("login")(sandbox_cmd.login)
app.command("check-draft")(check_cmd.check_draft)
app.command("eval")(eval_cmd.evaluate)
review_cmd.app.command("relabel")(correct_cmd.relabel)
review_cmd.app.command("relink")(correct_cmd.relink)
app.add_typer(review_cmd.app, name="review")
app.add_typer(db_cmd.app, name="db")
app.add_typer(crm_cmd.app, name="crm")
app.command("deals")(deals_cmd.deals)
app.command("report")(report_cmd.report)
app.command("serve")(serve_cmd.serve)
app.add_typer(users_cmd.app, name="users")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code: 2 for configuration errors, 1 for other failures
    (cli.exits prints them, one line each)."""
    # Without standalone mode click returns a command's Exit code instead of raising it.
    with one_command(), exits.command_scope():
        try:
            result = app(args=argv, standalone_mode=False)
        except typer.Exit as exc:
            return exc.exit_code
        except typer.Abort:
            err_console.print("Aborted.")
            return 1
        except typer.TyperException as exc:  # usage errors: bad option, missing argument
            show = getattr(exc, "show", None)
            if callable(show):
                show()
            else:
                err_console.print(f"Error: {exc.format_message()}")
            return exc.exit_code
        except Exception as exc:
            return exits.report(exc)
    return result if isinstance(result, int) else 0


def _env_name(loc: tuple[int | str, ...]) -> str:
    name = ".".join(map(str, loc)) or "settings"
    return name if name.isupper() else f"PODESK_{name.upper()}"


def main() -> None:
    sys.exit(run())
