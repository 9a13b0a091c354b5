"""Build the running parts from Settings, once per command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from sqlalchemy.engine import Engine

from agent.crm_index import CrmIndex
from agent.errors import ConfigurationError, InputError
from app.fanout import Fanout
from app.locks import thread_locks
from app.runner import Runner
from app.settings import Settings
from app.store.db import make_engine
from app.store.ingest import StoreSyncState
from app.store.mailbox_index import StoreMailboxIndex
from connectors.crm import CrmImportError, load_crm
from connectors.crm.model import CrmSnapshot
from connectors.llm import ChatModel
from connectors.mailbox.drafts import LocalDraftFolder
from connectors.mailbox.folder import FolderMailbox
from connectors.ports import DraftSink, MailSource, ThreadLabeler
from graph.builder import build_graph
from graph.checkpointer import open_checkpointer
from graph.context import Context, NullLabeler

if TYPE_CHECKING:
    from connectors.outlook import OutlookConfig


@dataclass
class App:
    settings: Settings
    engine: Engine
    crm: CrmSnapshot
    mailbox: MailSource
    runner: Runner


def require_mailbox(settings: Settings) -> Path:
    if settings.mailbox is None:
        raise ConfigurationError("no mailbox configured: set PODESK_MAILBOX or pass --mailbox")
    path = settings.mailbox_path
    if path is None:
        raise ConfigurationError(f"PODESK_MAILBOX {settings.mailbox!r} is not a folder path")
    if not path.is_dir():
        raise ConfigurationError(f"PODESK_MAILBOX: {path} is not a folder")
    return path


def require_crm(settings: Settings) -> CrmSnapshot:
    """The CRM export the settings name. A partial export is no error (its drafts are held,
    ``missing_files`` says why); the entry point tells the user (cli.checks)."""
    if settings.crm_dir is None:
        raise ConfigurationError("no CRM export configured: set PODESK_CRM_DIR or pass --crm")
    if not settings.crm_dir.is_dir():
        raise ConfigurationError(f"PODESK_CRM_DIR: {settings.crm_dir} is not a folder")
    try:
        snapshot = load_crm(settings.crm_dir)
    except CrmImportError as exc:
        raise InputError(
            f"{exc} — correct the export (or point PODESK_CRM_DIR / --crm at the complete "
            "one) and run the command again"
        ) from exc
    return snapshot


def outlook_config(settings: Settings) -> OutlookConfig:
    # Imported here, like the model client below: a folder mailbox without a model (and each
    # sync worker, app/fanout.py) starts a second sooner without them.
    from connectors.outlook import OutlookConfig, OutlookConfigError, default_token_cache_path

    address = settings.outlook_address
    if address is None:
        raise ConfigurationError("PODESK_MAILBOX must be outlook:<mailbox address>")
    missing = [n for n in ("tenant_id", "client_id") if not getattr(settings, n)]
    if missing:
        names = ", ".join(f"PODESK_{n.upper()}" for n in missing)
        raise ConfigurationError(f"the Outlook mailbox needs {names}")
    try:
        return OutlookConfig(
            mailbox=address,
            tenant_id=settings.tenant_id,
            client_id=settings.client_id,
            auth_mode=settings.auth_mode,
            client_secret=settings.client_secret,
            certificate_path=settings.certificate_path,
            certificate_thumbprint=settings.certificate_thumbprint,
            authority_url=settings.authority_url,
            graph_url=settings.graph_url,
            ca_bundle=settings.ca_bundle,
            token_cache_path=default_token_cache_path(settings.data_dir),
            reply_all=settings.reply_all,
        )
    except (ValidationError, OutlookConfigError) as exc:
        raise ConfigurationError(f"Outlook settings: {exc}") from exc


def mailbox_ports(
    settings: Settings, engine: Engine
) -> tuple[MailSource, DraftSink, ThreadLabeler]:
    """A folder of .eml files, or Outlook through Graph, behind the same three ports."""
    if settings.outlook_address is not None:
        from connectors.outlook import GraphClient, OutlookDraftSink, OutlookLabeler, OutlookMailbox

        config = outlook_config(settings)
        # One token, session and request limit for all three; errors scrubbed of every secret.
        client = GraphClient(config, redactor=settings.redactor())
        return (
            OutlookMailbox(config, StoreSyncState(engine), client=client),
            OutlookDraftSink(config, client=client),
            OutlookLabeler(config, client=client),
        )
    path = require_mailbox(settings)
    mailbox = FolderMailbox(path, StoreMailboxIndex(engine, path))
    return mailbox, LocalDraftFolder(path), NullLabeler()


def chat_model(settings: Settings) -> ChatModel | None:
    if not settings.llm_model:
        return None
    from connectors.llm.openai_chat import OpenAIChatModel

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return OpenAIChatModel(
        base_url=settings.llm_base_url,
        api_key=key,
        model=settings.llm_model,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        redactor=settings.redactor(),
    )


@contextmanager
def open_app(settings: Settings, *, model: ChatModel | None = None) -> Iterator[App]:
    if settings.mailbox is None:
        raise ConfigurationError("no mailbox configured: set PODESK_MAILBOX or pass --mailbox")
    crm = require_crm(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    mailbox, drafts, labeler = mailbox_ports(settings, engine)
    context = Context(
        crm=CrmIndex.from_snapshot(crm),
        drafts=drafts,
        labeler=labeler,
        model=model or chat_model(settings),
        thread_lock=thread_locks(engine, settings.data_dir),
        default_reviewer=settings.reviewer or "unknown",
        managers=settings.managers,
    )
    try:
        with open_checkpointer(settings.checkpoint_target) as saver:
            runner = Runner(
                workflow=build_graph(saver),
                engine=engine,
                context=context,
                redact=settings.redactor(),
                # A model handed in (tests, the demo) lives in this process only.
                fanout=_fanout(settings) if model is None else None,
            )
            yield App(settings=settings, engine=engine, crm=crm, mailbox=mailbox, runner=runner)
    finally:
        engine.dispose()


def _fanout(settings: Settings) -> Fanout | None:
    jobs = settings.jobs
    return Fanout(SettingsRunner(settings), jobs) if jobs > 1 else None


@dataclass(frozen=True)
class SettingsRunner:
    """What a sync's worker process builds its Runner from (app/fanout.py): the same
    settings, so the same store, checkpoints, CRM export, mailbox ports and model."""

    settings: Settings

    def __call__(self) -> AbstractContextManager[Runner]:
        return self._runner()

    @contextmanager
    def _runner(self) -> Iterator[Runner]:
        one = self.settings.model_copy(update={"sync_jobs": 1})  # a worker fans out no further
        with open_app(one) as app:
            yield app.runner
