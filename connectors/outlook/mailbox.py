"""Read the procurement mailbox with Graph's messages delta query, per folder.

The first read walks Inbox and Sent Items page by page (large pages, only
the selected fields); later reads follow each folder's stored delta link and
cost one request per folder when nothing changed. The new delta links go back
in ``MailboxRead.cursor``: the caller stores them in the same transaction as
the messages, so nothing is acknowledged before it is kept. A delta link
Graph no longer knows triggers a full resync, which the caller dedupes by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from connectors.mailbox.model import MailMessage
from connectors.outlook.client import GraphClient
from connectors.outlook.config import OutlookConfig
from connectors.outlook.enrich import enrich
from connectors.outlook.errors import GraphError, StaleDeltaToken
from connectors.outlook.mapping import SELECT_FIELDS, to_mail_message
from connectors.ports import MailboxRead, SyncState

# PO Desk's folder names, in reading order; O365 knows their well-known Graph names.
FOLDERS: tuple[str, ...] = ("inbox", "sent")
DELTA_LINK = "@odata.deltaLink"
_REMOVED = None  # marks an id whose latest delta entry says it left the folder


def cursor_key(folder: str) -> str:
    return f"delta:{folder}"


@dataclass
class FolderPass:
    """One folder's delta round: entries by id (latest wins) and the link to resume from."""

    folder: str
    full: bool
    # Mapped as each page arrives, so a page's raw JSON is garbage once it is read.
    entries: dict[str, MailMessage | None] = field(default_factory=dict)
    delta_link: str = ""


class OutlookMailbox:
    """``MailSource`` over one Exchange Online mailbox through Microsoft Graph."""

    def __init__(
        self, config: OutlookConfig, state: SyncState, *, client: GraphClient | None = None
    ) -> None:
        self.config = config
        self.state = state
        self.client = client or GraphClient(config)

    def read(self) -> MailboxRead:
        try:
            passes = [self._folder(name, self.state.get(cursor_key(name))) for name in FOLDERS]
        except StaleDeltaToken:
            # One expired link means we cannot say what changed there: read every folder
            # from scratch so this read is whole (complete=True) and the caller dedupes.
            passes = [self._folder(name, None) for name in FOLDERS]
        messages = [m for p in passes for m in p.entries.values() if m is not None]
        removed = [graph_id for p in passes for graph_id, e in p.entries.items() if e is _REMOVED]
        return MailboxRead(
            messages=tuple(enrich(self.client, messages)),
            removed=tuple(removed),
            complete=all(p.full for p in passes),
            cursor={cursor_key(p.folder): p.delta_link for p in passes},
        )

    def _folder(self, folder: str, delta_link: str | None) -> FolderPass:
        if delta_link and not self.client.owns(delta_link):
            # Stored for another Graph (the config changed, a sandbox moved port):
            # start over rather than hand our token to whatever host it names.
            delta_link = None
        result = FolderPass(folder=folder, full=delta_link is None)
        if delta_link:
            url, params = delta_link, None  # the link carries $select and the state token
        else:
            url = self._delta_url(folder)
            params = {"$select": ",".join(SELECT_FIELDS)}
        for page in self.client.pages(url, params=params, prefer=self._prefer()):
            for entry in page.get("value") or []:
                _record(result, entry)
            result.delta_link = str(page.get(DELTA_LINK) or result.delta_link)
        if not result.delta_link:
            raise GraphError("noDeltaLink", f"delta round for {folder} ended without a link", 502)
        return result

    def _delta_url(self, folder: str) -> str:
        mailbox = self.client.mailbox()
        place = mailbox.inbox_folder() if folder == "inbox" else mailbox.sent_folder()
        # O365 has folders but no delta function: the URL is its folder's plus /delta.
        return str(place.build_url(f"/mailFolders/{place.folder_id}/messages/delta"))

    def _prefer(self) -> tuple[str, ...]:
        # Sent on every page: Graph does not remember Prefer preferences in its links.
        return ('outlook.body-content-type="text"', f"odata.maxpagesize={self.config.page_size}")


def _record(result: FolderPass, entry: object) -> None:
    if not isinstance(entry, dict) or not entry.get("id"):
        return
    graph_id = str(entry["id"])
    if "@removed" in entry:
        result.entries[graph_id] = _REMOVED
    elif not entry.get("isDraft"):  # drafts are ours or deal desk's work, not mail received
        result.entries[graph_id] = to_mail_message(entry, folder=result.folder)
