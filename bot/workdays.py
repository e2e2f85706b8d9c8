"""The firm's working days: weekdays it works, less the public holidays of its country.

A handover item due on a Sunday or on Christmas Day is not a date anyone can act on, so
checklist due dates move to a working day: earlier for what must be done before the last
day, later for what is done after it (bot/checklist.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

_SPEC = re.compile(r"([A-Za-z]{2})(?:-([A-Za-z0-9]{1,6}))?")


class Workdays:
    def __init__(self, weekdays: tuple[int, ...], holidays_spec: str = "",
                 closed: tuple[date, date] | None = None):
        self.weekdays = frozenset(weekdays)
        self.holidays = public_holidays(holidays_spec)
        self.closed = closed   # the firm's own closure (first, last day): nobody is in to do the work

    def is_working(self, day: date) -> bool:
        shut = self.closed is not None and self.closed[0] <= day <= self.closed[1]
        return day.weekday() in self.weekdays and day not in self.holidays and not shut

    def count_between(self, first: date, last: date) -> int:
        """The working days from `first` to `last`, both counted."""
        return sum(self.is_working(first + timedelta(days=offset)) for offset in range((last - first).days + 1))

    def on_or_before(self, day: date) -> date:
        return self._step(day, -1)

    def on_or_after(self, day: date) -> date:
        return self._step(day, 1)

    def _step(self, day: date, direction: int) -> date:
        for _ in range(366):    # a year without a working day is a setting nobody means
            if self.is_working(day):
                return day
            day += timedelta(days=direction)
        return day


@lru_cache(maxsize=8)
def public_holidays(spec: str):
    """'GB-ENG' -> England's bank holidays (the `holidays` package, years filled in as asked);
    '' -> none. ValueError names what is wrong with the setting."""
    spec = spec.strip()
    if not spec or spec.lower() == "none":
        return frozenset()
    match = _SPEC.fullmatch(spec)
    if not match:
        raise ValueError("use a country code with an optional region, such as GB-ENG, US-NY or DE")
    import holidays   # imports every country's calendar (~0.1 s): only for a firm that uses one
    country, region = match.group(1).upper(), (match.group(2) or "").upper() or None
    try:
        return holidays.country_holidays(country, subdiv=region)
    except NotImplementedError:
        raise ValueError(f"{spec!r} is not a country (and region) the holidays package knows") from None
