from __future__ import annotations

from collections.abc import Iterator

import pytest

from connectors.llm.openai_chat import OpenAIChatModel
from sandboxes.model import ModelSandbox


def adapter(sandbox: ModelSandbox) -> OpenAIChatModel:
    return OpenAIChatModel(base_url=sandbox.base_url, api_key=None, model="sandbox", max_retries=0)


@pytest.fixture
def hostile() -> Iterator[ModelSandbox]:
    with ModelSandbox("hostile") as sandbox:
        yield sandbox


@pytest.fixture
def cooperative() -> Iterator[ModelSandbox]:
    with ModelSandbox("cooperative") as sandbox:
        yield sandbox
