"""Outlook (Exchange Online) through Microsoft Graph: msal for tokens, O365 for the API.

``OutlookMailbox`` reads (delta sync), ``OutlookDraftSink`` saves drafts (as
Outlook reply drafts) exactly once, ``OutlookLabeler`` sets categories. Share one ``GraphClient``
between them so they share a token, a session and the per-mailbox request limit.
None of them can send mail.
"""

from connectors.outlook.auth import PinnedCASession, TokenProvider, device_code_sign_in
from connectors.outlook.client import GraphClient
from connectors.outlook.config import OutlookConfig, check_scopes, default_token_cache_path
from connectors.outlook.drafts import OutlookDraftSink
from connectors.outlook.errors import (
    GraphAuthError,
    GraphConnectionError,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    OutlookConfigError,
    StaleDeltaToken,
)
from connectors.outlook.labels import DRAFT_READY, EXCEPTION, ROUTINE, OutlookLabeler
from connectors.outlook.mailbox import OutlookMailbox, cursor_key
from connectors.outlook.retry import RetryPolicy

__all__ = [
    "DRAFT_READY",
    "EXCEPTION",
    "ROUTINE",
    "GraphAuthError",
    "GraphClient",
    "GraphConnectionError",
    "GraphError",
    "GraphNotFound",
    "GraphThrottled",
    "OutlookConfig",
    "OutlookConfigError",
    "OutlookDraftSink",
    "OutlookLabeler",
    "OutlookMailbox",
    "PinnedCASession",
    "RetryPolicy",
    "StaleDeltaToken",
    "TokenProvider",
    "check_scopes",
    "cursor_key",
    "default_token_cache_path",
    "device_code_sign_in",
]
