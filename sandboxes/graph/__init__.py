"""A loopback Microsoft Graph v1.0 sandbox for one Exchange Online mailbox.

No tenant is reachable from development and CI machines, so the real msal + python-o365
stack is tested against this server instead. It speaks HTTPS on 127.0.0.1 with a private
CA (msal refuses http authorities) and follows the Graph and Entra documentation for the
part PO Desk uses: OIDC discovery and the token endpoint (client credentials with a secret
or a certificate assertion, device code, refresh), a person's sign-in to a web app (the
authorization code flow with PKCE, id_tokens signed with the key it publishes), messages
list/get with OData options, the messages delta function, createReply/createReplyAll, PATCH
with draft-only properties, master categories, $batch, Graph's error JSON, Exchange's
concurrency throttling, and injected faults. Nothing that transmits mail is implemented:
such calls answer 403.

Usage::

    config = SandboxConfig(mailbox_address="orders@northwindcloud.example", data_dir=tmp)
    with GraphSandbox(config) as sandbox:
        sandbox.seed_from_folder(Path("agent/sample_data/mailbox"))
        graph_root = f"{sandbox.url}/v1.0"
        authority = f"{sandbox.authority_url}/{config.tenant_id}"
        ca_bundle = sandbox.ca_path

Known differences from the real service are listed in ``DIFFERENCES`` below.
"""

from __future__ import annotations

from sandboxes.graph.cli import describe, main, serve_forever
from sandboxes.graph.config import RecordedRequest, SandboxConfig
from sandboxes.graph.sandbox import GraphSandbox

DIFFERENCES = (
    "Access tokens and the device flow's id tokens are unsigned look-alikes; the server "
    "validates access tokens by lookup. Auth-code id tokens are signed (RS256, JWKS served).",
    "The /authorize page is a form naming the account and its app roles (no password).",
    "Bodies come from the parsed text of the .eml files; HTML is generated from that text.",
    "Attachment contentBytes are zeros of the recorded size (only metadata is kept).",
    "The device-code poll interval is 1 second (Entra says 5); sign-in completes on the 2nd poll.",
    "Message lists honour $top/$skip; Prefer: odata.maxpagesize only applies to delta.",
    "$batch entries run in order; only status faults (429/503/504) are injected into them.",
    "Mail folders are fixed: Inbox, Sent Items, Drafts, Deleted Items; no child folders.",
    "Deleting an item removes it (Exchange would move it to Deleted Items).",
    "Expired delta state answers 410 with code syncStateNotFound (the error reference's code).",
    "Error codes the documentation does not pin down are Exchange's EWS names "
    "(ErrorInvalidPropertySet, ErrorInvalidPropertyUpdateSentMessage, ErrorDuplicateCategory).",
)

__all__ = [
    "DIFFERENCES",
    "GraphSandbox",
    "RecordedRequest",
    "SandboxConfig",
    "describe",
    "main",
    "serve_forever",
]
