"""What every test shares: a pinned clock, a clean environment, a fixed hypothesis
profile, and the fixtures for databases, bots and demo clients.

Fakes for Slack, Teams and the reminder notifiers are pytest plugins in
tests/support/, listed in ``pytest_plugins``: tests ask for their fixtures by
name and never import them.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, settings

from bot import clock
from bot.config import load_config
from bot.core import Bot
from bot.storage import Storage
from tests.support import calendar
from tests.support.records import seed_clients

pytest_plugins = ["tests.support.slack", "tests.support.teams", "tests.support.reminders",
                  "tests.support.transcript", "tests.support.mail"]

# The project's own settings and the platforms' SDK settings: none may leak in from the shell.
PROJECT_ENV_PREFIXES = ("PARTING_WAYS_", "SLACK_", "Microsoft", "MICROSOFT", "TEAMS_", "EMAIL_")
# A zone far from UTC and from the firm's: anything that reads the machine's zone shows up.
MACHINE_ZONE = "Pacific/Kiritimati"

# The suite gives the same verdict on every run and every machine: generated examples are
# derived from each test's name, not drawn at random. HYPOTHESIS_PROFILE=explore draws fresh
# examples when hunting for new failures (each one found becomes an @example).
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_addoption(parser):
    parser.addoption("--today", default=calendar.DEFAULT_INSTANT,
                     help="pin the business date for the run: YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)")


def pytest_configure(config):
    config.addinivalue_line("markers", "calendar: date-sensitive; CI runs these at several pinned dates")
    calendar.pin(config.getoption("--today"))


@pytest.fixture(autouse=True)
def pinned_clock():
    """Every test starts at the run's pinned instant; a test may move the clock it is given."""
    fixed = clock.FixedClock(calendar.instant())
    previous = clock.use(fixed)
    yield fixed
    clock.use(previous)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """Only what a test sets: no PARTING_WAYS_*, SLACK_* or Microsoft* from the shell, and an odd machine zone."""
    for name in list(os.environ):
        if name.startswith(PROJECT_ENV_PREFIXES):
            monkeypatch.delenv(name)
    monkeypatch.setenv("TZ", MACHINE_ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


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
    bot.close()


@pytest.fixture
def open_bot():
    """Opens bots the way a test needs them (``open_bot(config, **kwargs)``) and closes them when it ends."""
    opened: list[Bot] = []

    def open_(config, **kwargs) -> Bot:
        opened.append(Bot(config, **kwargs))
        return opened[-1]
    yield open_
    for each in opened:
        each.close()


@pytest.fixture
def today():
    """The pinned business date (London)."""
    return calendar.today()


@pytest.fixture
def closed(open_bot, tmp_path, pinned_clock):
    """A bot with the office closed over Christmas, on Tuesday 1 December 2026 (a week before the closure), and Hooli
    Bakery's last day on the first day back (Monday 4 January 2027)."""
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))
    bot = open_bot(load_config(environ={"PARTING_WAYS_OFFICE_CLOSED": "2026-12-24/2027-01-01"},
                               db_path=str(tmp_path / "closed.db")))
    seed_clients(bot.clients)
    bot.clients.add("Hooli Bakery", status="transition", notice_date="2026-11-23", end_date="2027-01-04",
                    reason_category="overload", new_provider="Castle Tech")
    return bot
