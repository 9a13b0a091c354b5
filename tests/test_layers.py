"""The layers, checked on the source: who may import whom (see each package's docstring).

    connectors/  the outside world's adapters and their ports: imports nothing of ours
    agent/       the domain: imports connectors/ only
    graph/       the LangGraph workflow: imports agent/ and connectors/
    app/         the application layer (composition root, runner, store, locks, settings):
                 imports graph/, agent/ and connectors/; never cli/ or sandboxes/
    cli/         the entry point: imports app/ (and what lies below it) and sandboxes/, the
                 latter only inside the commands that start one (tests/cli/test_startup.py),
                 and web/ inside `podesk serve`
    web/         the console, an entry point like cli/: imports app/ (and the domain's names
                 and errors), never graph/ (decisions go through app.decisions) nor cli/
    sandboxes/   loopback demo and test servers: imports connectors/ only

So only app/ and cli/ import graph/. Tests and benchmarks may import anything. A package
never reaches another through a module-level ``__getattr__`` (a lazy import that hides a
cycle): there is none.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAY_IMPORT: dict[str, frozenset[str]] = {
    "connectors": frozenset(),
    "agent": frozenset({"connectors"}),
    "graph": frozenset({"agent", "connectors"}),
    "app": frozenset({"graph", "agent", "connectors"}),
    "cli": frozenset({"app", "graph", "agent", "connectors", "sandboxes", "web"}),
    "web": frozenset({"app", "agent", "connectors"}),
    "sandboxes": frozenset({"connectors"}),
}
OURS = tuple(MAY_IMPORT)


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


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


def _offenders(path: Path, package: str) -> list[str]:
    """What ``path`` imports that a module of ``package`` may not."""
    allowed = MAY_IMPORT[package] | {package}
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for name in sorted(_imported(path))
        if name.split(".")[0] not in allowed
    ]


@pytest.mark.parametrize("package", OURS)
def test_each_layer_imports_only_the_layers_below_it(package: str) -> None:
    assert [o for path in _modules(package) for o in _offenders(path, package)] == []


def test_only_the_app_layer_and_the_entry_point_import_the_workflow() -> None:
    importers = {
        package
        for package in OURS
        if package != "graph"
        for path in _modules(package)
        if any(name.split(".")[0] == "graph" for name in _imported(path))
    }
    assert importers == {"app", "cli"}


def test_store_access_knows_no_workflow() -> None:
    """app/store/ is the database: it imports the domain and connectors, not the workflow
    nor the rest of the application layer (the runner brings the store and graph together)."""
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _modules("app/store")
        for name in sorted(_imported(path))
        if name.split(".")[0] in ("graph", "cli")
        or (name.startswith("app.") and not name.startswith("app.store"))
    ]
    assert offenders == []


def test_no_module_level_getattr() -> None:
    """A module ``__getattr__`` that imports on first use hides an import cycle (or an
    import cost) from the reader: import from the module that defines the name instead."""
    found = [
        str(path.relative_to(ROOT))
        for package in OURS
        for path in _modules(package)
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "__getattr__"
    ]
    assert found == []


def test_the_check_sees_imports() -> None:
    """The walk finds what the code really imports (guards against a vacuous pass)."""
    assert all(len(_modules(package)) >= 3 for package in OURS)
    assert "sandboxes.graph" in _imported(ROOT / "cli" / "sandbox_cmd.py")
    assert "graph.builder.build_graph" in _imported(ROOT / "app" / "wiring.py")
    assert "app.wiring.open_app" in _imported(ROOT / "cli" / "sync_cmd.py")
    assert "web.app.create_app" in _imported(ROOT / "cli" / "serve_cmd.py")
    assert "app.decisions.decide_review" in _imported(ROOT / "web" / "reviews.py")
    assert "connectors.redact.Redactor" in _imported(ROOT / "app" / "settings.py")
    # A forbidden import is reported: app/gate.py's imports, were it in the domain or web.
    assert "app/gate.py: graph.state.PoState" in _offenders(ROOT / "app" / "gate.py", "agent")
    assert "app/gate.py: graph.state.PoState" in _offenders(ROOT / "app" / "gate.py", "web")


def test_nothing_imports_the_console_but_the_serve_command() -> None:
    importers = sorted(
        str(path.relative_to(ROOT))
        for package in OURS
        if package != "web"
        for path in _modules(package)
        if any(name.split(".")[0] == "web" for name in _imported(path))
    )
    assert importers == ["cli/serve_cmd.py"]
