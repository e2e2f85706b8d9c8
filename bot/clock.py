"""The one source of "now" for business dates and timestamps.

Every module asks this clock, never ``date.today()`` or ``datetime.now()``, so
tests (and a replay) can pin the instant. There is one instant and several
*todays*, and each rule says which it uses:

- **UTC**: storage timestamps and log purge dates (a log line's day must not
  move with the reader's zone).
- **the client's zone** (its ``timezone``, else the firm's): a client's phase
  and date arithmetic typed for a client ("+7" days), because "support ends on
  the 15th" means the 15th where the client works.
- **the firm's zone** (``PARTING_WAYS_TIMEZONE``): reminders, the weekly
  digest, demo data and the App Home, because staff read them.
- the machine's zone is never used: servers run in UTC or wherever their
  operator lives, and neither should move a business date.
"""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        return datetime.now(timezone.utc)

    def today(self, zone: str | ZoneInfo) -> date:
        """The calendar date in ``zone`` at the current instant."""
        return self.now().astimezone(_zone(zone)).date()


class FixedClock(Clock):
    """A clock that stands still until moved: for tests and replays."""

    def __init__(self, instant: datetime):
        if instant.tzinfo is None:
            raise ValueError("a pinned instant needs a timezone")
        self._instant = instant.astimezone(timezone.utc)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._instant

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._instant = instant.astimezone(timezone.utc)

    def advance(self, **delta) -> None:
        with self._lock:
            self._instant += timedelta(**delta)


_current: Clock = Clock()


def use(clock: Clock) -> Clock:
    """Make ``clock`` the source of now for the whole process; returns the previous one."""
    global _current
    previous, _current = _current, clock
    return previous


def now() -> datetime:
    return _current.now()


def today(zone: str | ZoneInfo) -> date:
    return _current.today(zone)


def _zone(zone: str | ZoneInfo) -> ZoneInfo:
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
