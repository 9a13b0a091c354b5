"""Build the running parts from Settings, once per command."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from agent.crm_index import CrmIndex
from agent.errors import ConfigurationError, InputError
from agent.locks import thread_locks
from agent.settings import Settings
from agent.store.db import make_engine
from connectors.crm import CrmImportError, load_crm
from connectors.crm.model import CrmSnapshot
from connectors.mailbox import FolderMailbox, LocalDraftFolder
from graph.builder import build_graph
from graph.checkpointer import open_checkpointer
from graph.context import Context
from graph.runner import Runner


@dataclass
class App:
    settings: Settings
    engine: Engine
    crm: CrmSnapshot
    mailbox: FolderMailbox
    runner: Runner


def require_mailbox(settings: Settings) -> Path:
    if settings.mailbox is None:
        raise ConfigurationError("no mailbox configured: set PODESK_MAILBOX or pass --mailbox")
    path = settings.mailbox_path
    if path is None:
        raise ConfigurationError(
            f"mailbox {settings.mailbox!r} is not supported yet (a folder path)"
        )
    if not path.is_dir():
        raise ConfigurationError(f"PODESK_MAILBOX: {path} is not a folder")
    return path


def require_crm(settings: Settings) -> CrmSnapshot:
    if settings.crm_dir is None:
        raise ConfigurationError("no CRM export configured: set PODESK_CRM_DIR or pass --crm")
    if not settings.crm_dir.is_dir():
        raise ConfigurationError(f"PODESK_CRM_DIR: {settings.crm_dir} is not a folder")
    try:
        return load_crm(settings.crm_dir)
    except CrmImportError as exc:
        raise InputError(str(exc)) from exc


def reviewer_name(settings: Settings, override: str | None = None) -> str:
    return override or settings.reviewer or getpass.getuser()


@contextmanager
def open_app(settings: Settings) -> Iterator[App]:
    mailbox_path = require_mailbox(settings)
    crm = require_crm(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    context = Context(
        crm=CrmIndex.from_snapshot(crm),
        drafts=LocalDraftFolder(mailbox_path),
        thread_lock=thread_locks(engine, settings.data_dir),
        default_reviewer=reviewer_name(settings),
    )
    try:
        with open_checkpointer(settings.checkpoint_target) as saver:
            runner = Runner(workflow=build_graph(saver), engine=engine, context=context)
            yield App(
                settings=settings,
                engine=engine,
                crm=crm,
                mailbox=FolderMailbox(mailbox_path),
                runner=runner,
            )
    finally:
        engine.dispose()
