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
_FIELDS = "id,isDraft,parentFolderId"
_GONE = frozenset({"ErrorItemNotFound", "itemNotFound"})


def draft_fates(client: GraphClient, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
    if not drafts:
        return {}  # no request at all: a mailbox without saved drafts pays nothing
    messages = [
        BatchGet(f"m:{d.idempotency_key}", f"{_path(client, d.location)}?$select={_FIELDS}")
        for d in drafts
    ]
    folders_wanted = [
        BatchGet(f"f:{name}", f"{client.relative(client.url(f'/mailFolders/{name}'))}?$select=id")
        for name in _FOLDERS
    ]
    answers = batch_get(client, messages + folders_wanted)
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
        # Only the item's own "not found" means gone: a refused request, or a 404 for the
        # mailbox itself, says nothing about the draft.
        return DraftFate.DELETED if answer.code in _GONE else None
    if answer is None:
        return None
    folder = answer.get("parentFolderId")
    if answer.get("isDraft") is False or (folder and folder == folders["sentitems"]):
        return DraftFate.SENT
    if folder and folder == folders["deleteditems"]:
        return DraftFate.DELETED
    return DraftFate.DRAFT


def _path(client: GraphClient, graph_id: str) -> str:
    return client.relative(client.url(f"/messages/{segment(graph_id)}"))


def _folder_id(answer: BatchResult | None) -> str | None:
    if answer is None or isinstance(answer, GraphError):
        return None  # without it, only isDraft and 404 decide
    found = answer.get("id")
    return str(found) if found else None
