"""What became of saved drafts: one ``$batch`` of GETs per 20 drafts, by immutable id.

Immutable ids (connection.IMMUTABLE_IDS) survive moves, so a draft deal desk sent (now in
Sent Items, ``isDraft`` false) or deleted to Deleted Items is still found by the id it was
saved under; a draft deleted for good answers 404 ``ErrorItemNotFound``. The two folders'
ids ride in the same batch, so a look at n drafts costs ceil((n + 2) / 20) requests.
"""

from __future__ import annotations

from collections.abc import Sequence

from connectors.outlook.batch import BatchGet, BatchResult, batch_get
from connectors.outlook.client import GraphClient, segment
from connectors.outlook.errors import GraphError
from connectors.ports import DraftFate, SavedDraft

_FOLDERS = ("sentitems", "deleteditems")
_GONE = frozenset({"ErrorItemNotFound", "itemNotFound"})


def draft_fates(client: GraphClient, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
    if not drafts:
        return {}  # no request at all: a mailbox without saved drafts pays nothing
    wanted = [BatchGet(f"m:{d.idempotency_key}", _relative(client, d.location)) for d in drafts] + [
        BatchGet(f"f:{name}", client.relative(client.url(f"/mailFolders/{name}")))
        for name in _FOLDERS
    ]
    answers = batch_get(client, [_selecting(w) for w in wanted])
    folders = {name: _folder_id(answers.get(f"f:{name}")) for name in _FOLDERS}
    fates: dict[str, DraftFate] = {}
    for draft in drafts:
        fate = fate_of(answers.get(f"m:{draft.idempotency_key}"), folders)
        if fate is not None:
            fates[draft.idempotency_key] = fate
    return fates


def fate_of(answer: BatchResult | None, folders: dict[str, str | None]) -> DraftFate | None:
    """One draft's fate from its GET; None when the answer settles nothing."""
    if isinstance(answer, GraphError):
        # Only "not found" means gone; a refused or malformed request says nothing about it.
        return DraftFate.DELETED if answer.code in _GONE or answer.status == 404 else None
    if answer is None:
        return None
    folder = answer.get("parentFolderId")
    if answer.get("isDraft") is False or (folder and folder == folders["sentitems"]):
        return DraftFate.SENT
    if folder and folder == folders["deleteditems"]:
        return DraftFate.DELETED
    return DraftFate.DRAFT


def _relative(client: GraphClient, graph_id: str) -> str:
    return client.relative(client.url(f"/messages/{segment(graph_id)}"))


def _selecting(item: BatchGet) -> BatchGet:
    fields = "id" if item.key.startswith("f:") else "id,isDraft,parentFolderId"
    return BatchGet(item.key, f"{item.path}?$select={fields}")


def _folder_id(answer: BatchResult | None) -> str | None:
    if answer is None or isinstance(answer, GraphError):
        return None  # without it, only isDraft and 404 decide
    found = answer.get("id")
    return str(found) if found else None
