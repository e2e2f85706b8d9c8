"""The pinned calendar every test runs on.

The whole run sees one instant, chosen with ``pytest --today=YYYY-MM-DD[THH:MM]``
(UTC; default below). Module-level dates in tests are computed from it at
collection time, so they are always relative to the pinned day, never to the
machine's.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
# A Monday: the weekly digest's default day, the day that caught the old time bombs.
DEFAULT_INSTANT = "2026-11-30T10:00"
# The dates CI runs the calendar-marked tests on (see .ci/run): a week, both
# European daylight-saving changes, the year's end and a leap day.
CALENDAR_DATES = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05",
                  "2026-12-06", "2027-03-28", "2027-10-31", "2026-12-31", "2028-02-29"]

_pinned = {"instant": datetime.fromisoformat(DEFAULT_INSTANT).replace(tzinfo=timezone.utc)}


def pin(text: str) -> datetime:
    """Parse and remember the run's instant ('2026-12-31' means 10:00 UTC that day)."""
    moment = datetime.fromisoformat(text if "T" in text else f"{text}T10:00")
    _pinned["instant"] = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
    return _pinned["instant"]


def instant() -> datetime:
    return _pinned["instant"]


def today() -> date:
    """The pinned date in London, the firm's default zone."""
    return instant().astimezone(LONDON).date()


def day(offset: int) -> date:
    return today() + timedelta(days=offset)


def iso_day(offset: int) -> str:
    return day(offset).isoformat()


def london(day_: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC instant for a London wall-clock time."""
    return datetime.combine(day_, time(hour, minute), tzinfo=LONDON).astimezone(timezone.utc)
