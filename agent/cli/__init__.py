"""`podesk`: the command line. One module per command group."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from agent.cli import (
    check_cmd,
    db_cmd,
    demo_cmd,
    eval_cmd,
    queue_cmd,
    review_cmd,
    sandbox_cmd,
    sync_cmd,
    triage_cmd,
)
from agent.cli.output import err_console, one_command
from agent.errors import ConfigurationError, PoDeskError

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
) -> None:
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

    from agent.cli.checks import check_crm_folder
    from agent.settings import Settings

    try:
        ctx.obj = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigurationError(f"invalid configuration: {exc}") from exc
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
app.add_typer(review_cmd.app, name="review")
app.add_typer(db_cmd.app, name="db")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code: 2 for configuration errors, 1 for other failures."""
    try:
        # Without standalone mode click returns a command's Exit code instead of raising it.
        with one_command():
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
        configuration, runtime = _error_kinds()
        if isinstance(exc, configuration):
            err_console.print(
                f"[bold red]Configuration error:[/] {exc}", highlight=False, soft_wrap=True
            )
            return 2
        if isinstance(exc, runtime):
            err_console.print(f"[bold red]Error:[/] {exc}", highlight=False, soft_wrap=True)
            return 1
        raise
    return result if isinstance(result, int) else 0


def _error_kinds() -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    """(configuration errors, runtime errors), each printed in one line. The vendor seams'
    errors are looked up only when their module is loaded: an error of a module nobody
    imported cannot have been raised, and importing it here would slow every command."""
    configuration: list[type[Exception]] = [ConfigurationError]
    runtime: list[type[Exception]] = [PoDeskError]
    llm = sys.modules.get("connectors.llm.port")
    outlook = sys.modules.get("connectors.outlook.errors")
    if llm is not None:
        configuration.append(llm.ModelConfigError)
        runtime.append(llm.ModelError)
    if outlook is not None:
        configuration.append(outlook.OutlookConfigError)
        runtime.append(outlook.GraphError)
    return tuple(configuration), tuple(runtime)


def main() -> None:
    sys.exit(run())
