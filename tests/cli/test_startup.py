"""`podesk --help` answers at once: the CLI imports no heavy library before a command runs.

Timing lives in benchmarks/cli_startup.py (this machine is shared and noisy); here we check
the cause instead: which modules a bare import and `--help` load.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "langgraph",
    "openai",
    "msal",
    "O365",
    "sqlalchemy",
    "sqlmodel",
    "pydantic_settings",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "argon2",
    "web",
)


def _loaded_after(code: str) -> list[str]:
    probe = f"""
import json, sys
{code}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}})))
"""
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return [m for m in json.loads(out.splitlines()[-1]) if m in HEAVY]


def test_importing_the_cli_loads_no_heavy_library() -> None:
    assert _loaded_after("import cli") == []


def test_help_loads_no_heavy_library() -> None:
    code = "from cli import run\nimport contextlib, io\n"
    code += "with contextlib.redirect_stdout(io.StringIO()): run(['--help'])"
    assert _loaded_after(code) == []
    # A group's help runs the root callback, which reads the settings: that much, no more.
    code = code.replace("['--help']", "['review', '--help']")
    assert _loaded_after(code) == ["pydantic_settings"]


def test_the_cli_loads_no_sandbox_before_a_command_starts_one() -> None:
    """sandboxes/ (loopback Graph and model servers) is imported by the commands that run them."""
    code = "from cli import run\nimport contextlib, io\n"
    code += "with contextlib.redirect_stdout(io.StringIO()): run(['--help'])\n"
    code += "print(json.dumps(sorted(m for m in sys.modules if m.startswith('sandboxes'))))"
    out = subprocess.run(
        [sys.executable, "-c", f"import json, sys\n{code}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out.splitlines()[-1]) == []


def test_the_cli_label_names_are_the_models() -> None:
    """queue_cmd keeps its own copy of the labels so it need not import the models."""
    from agent.models import LABELS
    from cli.queue_cmd import LABELS as CLI_LABELS

    assert CLI_LABELS == LABELS


def test_the_cli_role_names_are_the_stores() -> None:
    """users_cmd keeps its own copy of the roles so `podesk --help` need not load SQLModel."""
    from app.store.users import Role
    from cli.users_cmd import ROLES

    assert tuple(Role) == ROLES
