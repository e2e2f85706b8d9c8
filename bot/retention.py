"""Data retention: export a client's (or everyone's) interactions and purge them on request.

Dates are whole days in UTC, the zone the log's timestamps are stored in:
`--since D` starts at the beginning of D, `--until D` includes all of D, and
`--before D` stops just before D begins.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, timedelta

from bot import clock
from bot.clients import ClientError, Clients, parse_date
from bot.storage import Storage

FORMATS = ("jsonl", "csv")
# A spreadsheet runs a cell starting with one of these as a formula; client text is untrusted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Selection:
    """Which interactions: one client's (None for all), with since <= ts < before (ISO, UTC)."""
    client: str | None = None
    since: str | None = None
    before: str | None = None

    def describe(self) -> str:
        who = f"for {self.client}" if self.client else "for all clients and staff chats"
        start = f"from {self.since[:10]}" if self.since else "from the start of the log"
        end = f"up to (not including) {self.before[:10]}" if self.before else "up to now"
        return f"{who}, {start} {end}"


def day_start(day: date) -> str:
    """The first timestamp of a UTC day, comparable with the stored ISO timestamps."""
    return f"{day.isoformat()}T00:00:00.000+00:00"


def selection(storage: Storage, client: str | None = None, since: str | None = None,
              until: str | None = None, before: str | None = None) -> Selection:
    """A Selection from what a user typed; bad dates and unknown clients raise ClientError."""
    today = clock.today("UTC")  # the log's days are UTC days
    start = parse_date(since, today) if since else None
    end = parse_date(until, today) + timedelta(days=1) if until else None
    if before:
        end = parse_date(before, today)
    if start and end and start >= end:
        raise ClientError(f"The date range is empty: {start} is not before {end}.")
    return Selection(known_client(storage, client) if client is not None else None,
                     day_start(start) if start else None, day_start(end) if end else None)


def known_client(storage: Storage, name: str) -> str:
    """The client's name as recorded, or as logged for a client whose record is gone."""
    try:
        return Clients(storage).get(name)["name"]
    except ClientError:
        logged = storage.logged_client_name(name.strip())
        if logged:
            return logged
        raise


def summary(storage: Storage, chosen: Selection) -> tuple[int, list[str]]:
    """How many interactions match, and one line per client with its count and date range."""
    rows = storage.interaction_summary(chosen.client, chosen.since, chosen.before)
    lines = [f"  {name or '(staff chats, no client)'}: {count} from {first[:10]} to {last[:10]}"
             for name, count, first, last in rows]
    return sum(row[1] for row in rows), lines


def export(storage: Storage, chosen: Selection, stream, fmt: str = "jsonl") -> int:
    """Write the matching interactions, oldest first, to a text stream; returns the count."""
    rows = storage.iter_interactions(chosen.client, chosen.since, chosen.before)
    writer = None
    count = 0
    for row in rows:
        if fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({key: _inert_cell(value) for key, value in row.items()})
        else:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def purge(storage: Storage, chosen: Selection, dry_run: bool = False) -> str:
    """Delete (or, dry run, only count) the matching interactions; returns what to tell the user."""
    count, lines = summary(storage, chosen)
    if count == 0:
        return f"No interactions {chosen.describe()}; nothing to delete."
    if dry_run:
        return "\n".join([f"Dry run: {count} interaction(s) {chosen.describe()} would be deleted:", *lines,
                          "Run again without --dry-run to delete them."])
    deleted = storage.delete_interactions(chosen.client, chosen.since, chosen.before)
    return "\n".join([f"Deleted {deleted} interaction(s) {chosen.describe()}:", *lines])


def _inert_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
