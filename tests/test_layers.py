"""The layers, checked on the source: who may import whom (see each package's docstring).

connectors/ (real adapters and their ports) imports none of our packages; sandboxes/
(loopback demo and test servers) reads mail with connectors/ and imports nothing else;
graph/ never imports sandboxes/; the domain in agent/ imports neither graph/ nor
sandboxes/ -- only cli/ wires the layers together, and it loads sandboxes/ lazily
(tests/cli/test_startup.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("agent", "graph", "connectors", "sandboxes", "app", "cli")


def _imported(path: Path) -> set[str]:
    """Every module of ours a file imports, anywhere in it, relative imports resolved."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, *([node.module] if node.module else [])])
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] in OURS}


def _offenders(folder: str, forbidden: tuple[str, ...], skip: str | None = None) -> list[str]:
    offenders = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        if skip and path.is_relative_to(ROOT / skip):
            continue
        for name in sorted(_imported(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    return offenders


@pytest.mark.parametrize(
    ("folder", "forbidden", "skip"),
    [
        ("connectors", ("agent", "graph", "sandboxes"), None),
        ("sandboxes", ("agent", "graph"), None),
        ("graph", ("sandboxes", "cli"), None),
        ("agent", ("graph", "sandboxes", "app", "cli"), None),
    ],
    ids=["connectors", "sandboxes", "graph", "agent-domain"],
)
def test_layer_imports_only_what_it_may(
    folder: str, forbidden: tuple[str, ...], skip: str | None
) -> None:
    assert _offenders(folder, forbidden, skip) == []


def test_the_check_sees_imports() -> None:
    """The walk finds what the CLI really imports (guards against a vacuous pass)."""
    assert "sandboxes.graph" in _imported(ROOT / "cli" / "sandbox_cmd.py")
    assert "graph" in {n.split(".")[0] for n in _imported(ROOT / "cli" / "triage_cmd.py")}
