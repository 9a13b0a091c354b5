"""How a command ends when it fails: one scrubbed line and an exit code (``--debug``: the
traceback too, scrubbed as well).

Exit codes: 2 for configuration errors, 1 for everything else. Expected failures (every
``PodeskError``, the model's and Graph's included, and what ``app.failures`` translates: a
read-only data folder, an unreachable database, a constraint conflict) print their message;
anything else is a bug and says so. While a command runs, every log record is scrubbed when
it is made, whichever handler (ours, pytest's, a library's) writes it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from agent.errors import ConfigurationError
from app.failures import one_line, translate
from cli.output import err_console
from connectors.redact import PATTERNS_ONLY, Redactor

if TYPE_CHECKING:
    from app.settings import Settings


@dataclass
class Command:
    """What the running command knows about how to fail. Set by the root callback."""

    debug: bool = False
    redact: Redactor = PATTERNS_ONLY  # the settings' redactor once they are read
    settings: Settings | None = None


# Module state, not a ContextVar: log records are also made on worker threads (the Graph
# connector's), which do not inherit a context. One command runs at a time per process.
_current = Command()


def current() -> Command:
    return _current


@contextmanager
def command_scope() -> Iterator[Command]:
    """One command's failure settings, and scrubbed log records while it runs."""
    global _current
    _current = Command()
    previous = logging.getLogRecordFactory()
    logging.setLogRecordFactory(_scrubbing(previous))
    try:
        yield _current
    finally:
        logging.setLogRecordFactory(previous)
        _current = Command()


def report(exc: Exception) -> int:
    """Print ``exc`` as one line (after its traceback with --debug); return the exit code."""
    state = _current
    if state.debug:
        trace = "".join(traceback.format_exception(exc))
        print(state.redact(trace), end="", file=sys.stderr)
    message = one_line(exc, state.redact, state.settings)
    if isinstance(exc, ConfigurationError):  # the model's and Outlook's settings included
        label, code = "Configuration error", 2
    elif translate(exc, state.settings) is not None:  # every PodeskError, and what it maps
        label, code = "Error", 1
    else:
        label, code = "Unexpected error", 1
        if not state.debug:
            message += " (a bug: run again with --debug for the traceback, and report it)"
    err_console.print(f"[bold red]{label}:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return code


def _scrubbing(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return _scrub(make(*args, **kwargs), _current.redact)

    return factory


def _scrub(record: logging.LogRecord, redact: Redactor) -> logging.LogRecord:
    """The message merged with its arguments and scrubbed; a traceback formatted now and
    scrubbed (formatters use ``exc_text`` when it is set)."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: logging reports that itself, unscrubbed never
        message = str(record.msg)
    record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[1] is not None:
        trace = "".join(traceback.format_exception(record.exc_info[1]))
        record.exc_text = redact(trace.rstrip("\n"))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record
