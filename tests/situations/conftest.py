"""The situation tests answer clients as the firm would with auto-replies on: every reply is sent, none held as a
draft, so each test reads the words a client would get."""
from dataclasses import replace

import pytest


@pytest.fixture
def config(config):
    return replace(config, reply_mode="auto")
