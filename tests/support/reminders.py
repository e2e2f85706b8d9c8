"""Stand-ins for the Slack and Teams notifiers shared by the reminder tests (a pytest plugin).

The fakes implement the StaffNotifier protocol and record what they were given; nothing of
ours is mocked out of the path.
"""
from __future__ import annotations

import threading
import pytest

from bot.config import load_config
from bot.core import Bot
from bot.notify import DeliveryError


class FakeNotifier:
    def __init__(self, platform: str = "slack", failing: bool = False):
        self.platform = platform
        self.failing = failing
        self.received: list[dict] = []
        self.attempts = 0
        self.tried: list[str] = []  # the title of every attempt, failed or not
        self.got_one = threading.Event()
        self._lock = threading.Lock()

    def notify_staff(self, text: str, title: str = "") -> None:
        self._receive("staff", text, title)

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self._receive(person, text, title)

    def _receive(self, to: str, text: str, title: str) -> None:
        with self._lock:
            self.attempts += 1
            self.tried.append(title)
            if self.failing:
                raise DeliveryError(f"{self.platform} is unreachable")
            self.received.append({"to": to, "title": title, "text": text})
        self.got_one.set()

    def about_clients(self) -> list[dict]:
        """What was received apart from the weekly digest (which may fall on any test's window)."""
        return [m for m in self.received if not m["title"].lower().startswith("weekly")]

    def titles(self, to: str = "staff") -> list[str]:
        return [m["title"] for m in self.received if m["to"] == to]


@pytest.fixture
def make_bot(open_bot):
    """``make_bot(tmp_path, name="bot.db", **settings)``: a bot on its own file, closed after the test."""
    def make(tmp_path, name: str = "bot.db", **overrides) -> Bot:
        return open_bot(load_config(environ={}, db_path=str(tmp_path / name), **overrides))
    return make


@pytest.fixture
def rbot(tmp_path, make_bot):
    """A bot with no clients yet, so each test sees only the reminders it sets up."""
    return make_bot(tmp_path)
