"""The global guard in tests/conftest.py: no real provider, loopback still works."""

from __future__ import annotations

import os
import socket

import openai
import pytest

from connectors.llm import ModelRequest, ModelUnavailable
from connectors.llm.openai_chat import OpenAIChatModel
from sandboxes.model import ModelSandbox
from tests.connectors.llm.models import Answer


def test_provider_keys_are_not_in_the_environment() -> None:
    assert "OPENAI_API_KEY" not in os.environ
    assert not [n for n in os.environ if n.startswith("PODESK_LLM_")]


def test_openai_default_endpoint_is_refused_before_any_byte_leaves() -> None:
    model = OpenAIChatModel(base_url=None, api_key="sk-test", model="gpt-4o", max_retries=0)
    with pytest.raises(ModelUnavailable, match="cannot reach"):
        model.complete(ModelRequest(system="s", user="u", output=Answer))


def test_raw_socket_to_a_public_address_is_refused() -> None:
    with socket.socket() as sock, pytest.raises(ConnectionRefusedError, match="test guard"):
        sock.connect(("93.184.215.14", 443))


def test_sdk_client_to_a_public_host_is_refused() -> None:
    client = openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", max_retries=0)
    with pytest.raises(openai.APIConnectionError):
        client.models.list()


def test_loopback_is_still_allowed() -> None:
    with ModelSandbox() as sandbox:
        client = openai.OpenAI(api_key="x", base_url=sandbox.base_url, max_retries=0)
        assert [m.id for m in client.models.list()] == ["sandbox-model"]
