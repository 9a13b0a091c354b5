"""One error root: every exception class of ours is a PodeskError, in the area README names,
and none is a ValueError (connectors/errors.py)."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from agent.errors import (
    BoundaryViolation,
    ConfigurationError,
    ConflictError,
    InputError,
    NotFoundError,
    OutsideSystemError,
    PodeskError,
    ReviewStateError,
)
from app.failures import PathError, StoreConflict, StoreUnavailable
from app.locks import ThreadBusyError
from app.progress import UnreadableCheckpoint
from app.runner import CycleStateError
from app.store.schema import SchemaError
from connectors.crm import CrmImportError
from connectors.llm import ModelConfigError, ModelError
from connectors.mailbox import MessageParseError
from connectors.outlook import GraphError, OutlookConfigError

ROOT = Path(__file__).resolve().parents[1]
# sandboxes/ are fake services: their exceptions are the replies they send, not PO Desk's.
PACKAGES = ("connectors", "agent", "graph", "app", "cli")
# Modules that run something when imported: a command, or Alembic's environment.
NOT_IMPORTED = ("__main__", "app.store.migrations")

AREAS = {
    GraphError: OutsideSystemError,
    ModelError: OutsideSystemError,
    StoreUnavailable: OutsideSystemError,
    PathError: OutsideSystemError,
    OutlookConfigError: ConfigurationError,
    ModelConfigError: ConfigurationError,
    SchemaError: ConfigurationError,
    CrmImportError: InputError,
    MessageParseError: InputError,
    NotFoundError: InputError,
    ThreadBusyError: ConflictError,
    StoreConflict: ConflictError,
    UnreadableCheckpoint: PodeskError,
    CycleStateError: PodeskError,
    ReviewStateError: PodeskError,
    BoundaryViolation: PodeskError,
}


def _our_exceptions() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            if any(name == skip or name.startswith(f"{skip}.") for skip in NOT_IMPORTED) or (
                name.endswith("__main__")
            ):
                continue
            module = importlib.import_module(name)
            found += [
                kind
                for _, kind in inspect.getmembers(module, inspect.isclass)
                if issubclass(kind, BaseException) and kind.__module__ == name
            ]
    return found


def test_every_exception_of_ours_has_the_one_root_and_none_is_a_value_error() -> None:
    kinds = _our_exceptions()
    assert len(kinds) >= len(AREAS)  # the walk saw them (no vacuous pass)
    assert [k.__qualname__ for k in kinds if not issubclass(k, PodeskError)] == []
    assert [k.__qualname__ for k in kinds if issubclass(k, ValueError)] == []


@pytest.mark.parametrize(("kind", "area"), AREAS.items(), ids=lambda k: k.__name__)
def test_each_error_is_in_its_area(kind: type[Exception], area: type[Exception]) -> None:
    assert issubclass(kind, area)
    others = {ConfigurationError, InputError, OutsideSystemError, ConflictError} - {area}
    assert not any(issubclass(kind, other) for other in others)


def test_a_refused_model_configuration_is_not_a_model_error() -> None:
    """A ModelError makes the cycle fall back to the rules; a wrong key must stop the run."""
    assert not issubclass(ModelConfigError, ModelError)
