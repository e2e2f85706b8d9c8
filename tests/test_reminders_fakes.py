"""Stand-ins for the Slack and Teams notifiers, and clock helpers, shared by the reminder tests.

The fakes implement the StaffNotifier protocol and record what they were given; nothing of
ours is mocked out of the path.
"""
from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_config
from bot.core import Bot
from bot.notify import DeliveryError

LONDON = ZoneInfo("Europe/London")
TODAY = datetime.now(LONDON).date()


class FakeNotifier:
    def __init__(self, platform: str = "slack", failing: bool = False):
        self.platform = platform
        self.failing = failing
        self.received: list[dict] = []
        self.attempts = 0
        self.got_one = threading.Event()
        self._lock = threading.Lock()

    def notify_staff(self, text: str, title: str = "") -> None:
        self._receive("staff", text, title)

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self._receive(person, text, title)

    def _receive(self, to: str, text: str, title: str) -> None:
        with self._lock:
            self.attempts += 1
            if self.failing:
                raise DeliveryError(f"{self.platform} is unreachable")
            self.received.append({"to": to, "title": title, "text": text})
        self.got_one.set()

    def titles(self, to: str = "staff") -> list[str]:
        return [m["title"] for m in self.received if m["to"] == to]


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def london(day_: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC instant for a London wall-clock time."""
    return datetime.combine(day_, time(hour, minute), tzinfo=LONDON).astimezone(timezone.utc)


def make_bot(tmp_path, name: str = "bot.db", **overrides) -> Bot:
    return Bot(load_config(environ={}, db_path=str(tmp_path / name), **overrides))


@pytest.fixture
def rbot(tmp_path):
    """A bot with no clients yet, so each test sees only the reminders it sets up."""
    bot = make_bot(tmp_path)
    yield bot
    bot.storage.close()
