"""The Graph client the mailbox, the draft sink and the labeler share.

It owns one O365 ``Account`` on a ``GraphConnection``: O365 objects (mail
folders, master categories) and our raw calls for what O365 lacks (delta,
``$batch``, ``createReply`` with a payload) travel over the same connection,
session, token and semaphore.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

import requests
from O365 import Account
from O365.connection import MSGraphProtocol
from O365.mailbox import MailBox
from O365.message import Message

from connectors.outlook.auth import TokenProvider
from connectors.outlook.config import OutlookConfig
from connectors.outlook.connection import GraphConnection
from connectors.outlook.errors import GraphError
from connectors.outlook.retry import RetryPolicy, mailbox_semaphore
from connectors.redact import PATTERNS_ONLY, Redactor

Json = dict[str, Any]
NEXT_LINK = "@odata.nextLink"


class _PoDeskAccount(Account):  # type: ignore[misc]  # O365 ships no type hints
    connection_constructor = GraphConnection


def graph_protocol(config: OutlookConfig) -> MSGraphProtocol:
    """O365's Graph protocol pointed at the configured (national or sandbox) Graph."""
    protocol = MSGraphProtocol(api_version="v1.0", timezone="UTC")
    # O365 hard-codes graph.microsoft.com in the class; these are the attributes it reads.
    protocol.protocol_url = f"{config.graph_url}/"
    protocol.service_url = f"{config.graph_url}/v1.0/"
    protocol.protocol_scope_prefix = f"{config.graph_url}/"
    return protocol


class GraphClient:
    """Authenticated, throttled, retried access to one mailbox in Microsoft Graph."""

    def __init__(
        self,
        config: OutlookConfig,
        *,
        tokens: TokenProvider | None = None,
        policy: RetryPolicy | None = None,
        redactor: Redactor = PATTERNS_ONLY,
    ) -> None:
        """``redactor``: the settings' secrets, scrubbed from every error (see auth)."""
        self.config = config
        self.tokens = tokens or TokenProvider(config, redactor=redactor)
        self.policy = policy or RetryPolicy(
            attempts=config.retries,
            base_delay=config.retry_base_delay,
            max_delay=config.retry_max_delay,
        )
        semaphore = mailbox_semaphore(
            f"{config.graph_url}|{config.mailbox}", config.max_concurrency
        )
        flow = "public" if config.auth_mode == "delegated" else "credentials"
        credentials = (config.client_id,) if flow == "public" else (config.client_id, "msal")
        self.account = _PoDeskAccount(
            credentials,
            protocol=graph_protocol(config),
            main_resource=f"users/{config.mailbox}",
            auth_flow_type=flow,
            graph_config=config,
            graph_tokens=self.tokens,
            graph_policy=self.policy,
            graph_semaphore=semaphore,
        )
        self.connection: GraphConnection = self.account.con

    def mailbox(self) -> MailBox:
        """O365's view of the shared mailbox (``/users/{address}``); makes no request."""
        return self.account.mailbox()

    def message(self, graph_id: str, **cloud_data: Any) -> Message:
        """An O365 Message for a known id, built without a request.

        ``isDraft`` is False: O365 treats unknown messages as drafts and would then
        refuse read-state changes and write draft-only fields instead.
        """
        mailbox = self.mailbox()
        data = {"id": graph_id, "isDraft": False, **cloud_data}
        return mailbox.message_constructor(parent=mailbox, **{mailbox._cloud_data_key: data})

    def url(self, path: str) -> str:
        """Absolute URL of ``path`` under the mailbox, e.g. ``/messages/{id}``."""
        return f"{self.config.mailbox_base}{path}"

    def relative(self, url: str) -> str:
        """The form ``$batch`` items take: the URL without the API base."""
        return url.removeprefix(self.config.api_base)

    def message_url(self, graph_id: str, suffix: str = "") -> str:
        return self.url(f"/messages/{segment(graph_id)}{suffix}")

    def get(
        self, url: str, *, params: Mapping[str, str] | None = None, prefer: tuple[str, ...] = ()
    ) -> Json:
        response = self.connection.send("get", url, params=params, headers=_prefer(prefer))
        return _json(response)

    def patch(self, url: str, payload: Json) -> Json:
        """PATCH sets fields to values: replaying it is harmless, so it is retried."""
        return _json(self.connection.send("patch", url, data=payload, headers={}))

    def post_once(self, url: str, payload: Json) -> Json:
        """One attempt, no retry: for writes whose caller looks before it tries again."""
        return _json(self.connection.send_once("post", url, data=payload, headers={}))

    def pages(
        self, url: str, *, params: Mapping[str, str] | None = None, prefer: tuple[str, ...] = ()
    ) -> Iterator[Json]:
        """Every page of a collection: O365 follows next links only when asked to page."""
        page = self.get(url, params=params, prefer=prefer)
        yield page
        while next_link := page.get(NEXT_LINK):
            # A next link is absolute and carries the query; sending params again would
            # duplicate them.
            page = self.get(self.trusted(str(next_link)), prefer=prefer)
            yield page

    def trusted(self, link: str) -> str:
        """``link`` if it points into the configured Graph; our bearer token goes nowhere else."""
        if not self.owns(link):
            raise GraphError("untrustedLink", f"link outside {self.config.api_base}: {link}", 0)
        return link

    def owns(self, link: str) -> bool:
        return link.startswith(f"{self.config.api_base}/")


def segment(graph_id: str) -> str:
    """A Graph id as one URL path segment (ids may hold '/' or '+')."""
    return quote(graph_id, safe="=-_")


def _prefer(values: tuple[str, ...]) -> dict[str, str]:
    return {"Prefer": ", ".join(values)} if values else {}


def _json(response: requests.Response) -> Json:
    if response.status_code == 204 or not response.content:
        return {}
    body = response.json()
    return body if isinstance(body, dict) else {"value": body}
