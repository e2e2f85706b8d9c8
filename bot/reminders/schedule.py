"""When each reminder is due, derived afresh from the client records.

Nothing here is stored: the schedule is recomputed on every pass, so a changed
end date or a cancelled offboarding changes what is wanted at once. The ledger
(bot/storage.py) only records what was claimed and delivered.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.clients import parse_date
from bot.config import WEEKDAYS, Config

DIGEST = "digest"
ADHOC = "adhoc"
CHECKLIST = "checklist"  # handover checklist items due tomorrow or overdue, for their owner
LATE_AFTER = timedelta(hours=1)  # sent more than this after its time: marked late
FIRM_WIDE = ""  # the ledger's client value for the weekly digest


@dataclass(frozen=True)
class Step:
    """One reminder of the offboarding timeline, placed relative to a client date."""
    kind: str
    label: str
    anchor: str  # "notice_date" | "end_date"
    days: int = 0
    months: int = 0


TIMELINE = (
    Step("notice", "notice given", "notice_date"),
    Step("two_weeks_before", "two weeks before the end date", "end_date", days=-14),
    Step("one_week_before", "one week before the end date", "end_date", days=-7),
    Step("day_before", "the day before the end date", "end_date", days=-1),
    Step("end_date", "the end date", "end_date"),
    Step("week_after", "one week after the end date", "end_date", days=7),
    Step("month_after", "one month after the end date", "end_date", months=1),
)
LABELS = {step.kind: step.label for step in TIMELINE} | {
    DIGEST: "weekly offboarding digest", ADHOC: "a reminder set by the team",
    CHECKLIST: "checklist items due or overdue"}


@dataclass(frozen=True)
class Due:
    """A reminder the schedule wants: who it is about, what kind, and when it is due."""
    client: str
    kind: str
    day: date
    due_at: datetime  # aware, UTC
    zone: str
    note: str = ""
    adhoc_id: int | None = None
    created_by: str = ""
    known_at: datetime | None = None  # when the facts behind it were last recorded
    owner: str = ""  # a checklist reminder is for this person alone (empty: the staff channel)

    def is_late(self, now: datetime) -> bool:
        """Sent well after its time, though it was known in time: staff just giving notice
        at 14:00 should not read that the 09:00 notice reminder is late."""
        return now - max(self.due_at, self.known_at or self.due_at) > LATE_AFTER

    @property
    def ledger_kind(self) -> str:
        # Each ad-hoc note is its own reminder, even two on the same day for one client;
        # checklist items reach each owner in one reminder a day.
        if self.kind == ADHOC:
            return f"{ADHOC}:{self.adhoc_id}"
        return f"{CHECKLIST}:{self.owner}" if self.kind == CHECKLIST else self.kind

    @property
    def key(self) -> tuple[str, str, str]:
        return self.client, self.ledger_kind, self.day.isoformat()

    @property
    def label(self) -> str:
        return self.note if self.kind in (ADHOC, CHECKLIST) and self.note else LABELS[self.kind]

    def local_due(self) -> datetime:
        return self.due_at.astimezone(ZoneInfo(self.zone))


def due_instant(day: date, hour: int, zone: str) -> datetime:
    """The UTC instant of `hour`:00 local time on `day`, daylight saving included."""
    return datetime.combine(day, time(hour), tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


def local_today(now: datetime, config: Config) -> date:
    """The firm's date at `now`."""
    return now.astimezone(config.tz).date()


def client_zone(client: dict, config: Config) -> str:
    return client.get("timezone") or config.timezone


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later, clamped to the month's last day (31 Jan -> 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def timeline(client: dict, config: Config) -> list[Due]:
    """The offboarding reminders of one client; none for a client that is not offboarding."""
    if client.get("phase") == "active":
        return []
    zone = client_zone(client, config)
    notice = _date(client.get("notice_date"))
    known_at = _instant(client.get("updated_at"))
    wanted = []
    for step in TIMELINE:
        anchor = _date(client.get(step.anchor))
        if anchor is None:
            continue
        day = add_months(anchor, step.months) + timedelta(days=step.days)
        if notice and day < notice:
            continue  # short notice: a countdown step that fell before the notice never applies
        wanted.append(Due(client["name"], step.kind, day, due_instant(day, config.reminder_hour, zone), zone,
                          known_at=known_at))
    return wanted


def checklist_reminders(client: dict, view, config: Config) -> list[Due]:
    """One reminder a day per owner for their open items due tomorrow or overdue since today.

    view: the client's bot.checklist.ChecklistView. Days before the notice never apply, like
    the countdown steps of a short notice."""
    if client.get("phase") == "active":
        return []
    zone = client_zone(client, config)
    notice = _date(client.get("notice_date"))
    groups: dict[tuple[date, str], list[str]] = {}
    for item in view.open_items():
        if item.due is None:
            continue
        for day, when in ((item.due - timedelta(days=1), "due tomorrow"), (item.due + timedelta(days=1), "overdue")):
            if notice is None or day >= notice:
                groups.setdefault((day, item.owner), []).append(when)
    known_at = _instant(view.created_at)
    return [Due(client["name"], CHECKLIST, day, due_instant(day, config.reminder_hour, zone), zone,
                note=checklist_label(whens), known_at=known_at, owner=owner)
            for (day, owner), whens in sorted(groups.items())]


def checklist_label(whens: list[str]) -> str:
    """'2 checklist items due tomorrow, 1 overdue'."""
    tomorrow, overdue = whens.count("due tomorrow"), whens.count("overdue")
    first = tomorrow or overdue
    said = f"{first} checklist item{'s' if first != 1 else ''} {'due tomorrow' if tomorrow else 'overdue'}"
    return f"{said}, {overdue} overdue" if tomorrow and overdue else said


def adhoc(row: dict, client: dict | None, config: Config) -> Due:
    """A reminder staff set; one set for today after the reminder hour goes out at once, not late."""
    zone = client_zone(client or {}, config)
    day = date.fromisoformat(row["due_date"])
    return Due(row["client"], ADHOC, day, due_instant(day, config.reminder_hour, zone), zone, note=row["note"],
               adhoc_id=row["id"], created_by=row["created_by"] or "", known_at=_instant(row["created_at"]))


def digests(now: datetime, config: Config) -> tuple[Due, Due]:
    """The latest weekly digest due at or before `now`, and the one after it."""
    today = local_today(now, config)
    day = today - timedelta(days=(today.weekday() - WEEKDAYS.index(config.digest_day)) % 7)
    latest = _digest(day, config)
    if latest.due_at > now:
        latest = _digest(day - timedelta(days=7), config)
    return latest, _digest(latest.day + timedelta(days=7), config)


def _digest(day: date, config: Config) -> Due:
    return Due(FIRM_WIDE, DIGEST, day, due_instant(day, config.digest_hour, config.timezone), config.timezone)


def parse_when(text: str, today: date) -> date:
    """A reminder day: a weekday name (the next one after today) or anything parse_date takes."""
    word = (text or "").strip().lower()
    for number, name in enumerate(WEEKDAYS):
        if word in (name, name[:3]):
            return today + timedelta(days=(number - today.weekday() - 1) % 7 + 1)
    return parse_date(word, today)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
