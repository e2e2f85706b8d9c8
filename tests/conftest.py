"""Shared fixtures: an in-memory database, a bot on it, and demo clients."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.clients import Clients
from bot.config import load_config
from bot.core import Bot
from bot.storage import Storage

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def fresh_db() -> Storage:
    storage = Storage(":memory:")
    yield storage
    storage.close()


@pytest.fixture
def config(tmp_path):
    return load_config(environ={}, db_path=str(tmp_path / "bot.db"))


@pytest.fixture
def bot(config) -> Bot:
    bot = Bot(config)
    seed_clients(bot.clients)
    yield bot
    bot.storage.close()


def seed_clients(clients: Clients) -> None:
    clients.add("Acme Dental", status="transition", notice_date=day(-10), end_date=day(20),
                reason_category="late_payment", account_owner="Priya")
    clients.add("Globex Logistics", status="ended", notice_date=day(-60), end_date=day(-14),
                reason_category="scope_creep", new_provider="BrightPath IT")
    clients.add("Initech", status="active")
