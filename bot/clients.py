"""Client records: who is being offboarded, when, why, and where they talk to us."""
from __future__ import annotations

import difflib
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import clock
from bot.storage import Storage, iso, utcnow

PHASES = ("active", "transition", "ended")
REASON_CATEGORIES = ("late_payment", "scope_creep", "overload", "never_satisfied", "other")
EDITABLE = (
    "notice_date", "end_date", "reason_category", "reason", "new_provider",
    "new_provider_contact", "account_owner", "email_domain", "timezone",
)
MAX_NAME = 80


class ClientError(ValueError):
    """A client operation was refused; the message is fit to show a user."""


def parse_date(value: str, today: date) -> date:
    """ISO dates (2026-12-31), 'today', 'tomorrow' or '+N' / '+Nd' days from `today`.

    The caller says whose today it is (see bot.clock).
    """
    text = (value or "").strip().lower()
    if text == "today":
        return today
    if text == "tomorrow":
        return today + timedelta(days=1)
    relative = re.fullmatch(r"\+(\d{1,4})d?", text)
    if relative:
        return today + timedelta(days=int(relative.group(1)))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ClientError(
            f"{value!r} is not a date I understand: use YYYY-MM-DD, 'today', 'tomorrow' or +N (days)"
        ) from None


def client_today(client: dict, default_tz: str) -> date:
    """A client's phase and dates follow the calendar where the client works."""
    return clock.today(_zone(client.get("timezone") or default_tz))


def phase_of(client: dict, today: date) -> str:
    """Dates decide the phase when set: before the end date transition, on/after it ended."""
    if client.get("end_date"):
        return "ended" if today >= date.fromisoformat(client["end_date"]) else "transition"
    if client.get("notice_date"):
        return "transition"
    return client.get("status") or "active"


class Clients:
    """Client records on top of Storage, with the validation a user's typing needs."""

    def __init__(self, storage: Storage, default_timezone: str = "Europe/London"):
        self.storage = storage
        self.default_timezone = default_timezone
        self._mentions: tuple | None = None  # (clients version, names, compiled pattern)

    # -- reading -----------------------------------------------------------
    def find(self, name: str) -> dict | None:
        return self._with_phase(self.storage.client_named(name.strip()))

    def find_loosely(self, name: str) -> dict | None:
        """Exact name, else the one client whose name starts with what was typed."""
        exact = self.find(name)
        if exact or not name.strip():
            return exact
        names = self.storage.client_names_starting(name.strip(), limit=2)
        return self.find(names[0]) if len(names) == 1 else None

    def get(self, name: str) -> dict:
        client = self.find(name or "")
        if client is None:
            raise ClientError(self._unknown_message(name))
        return client

    def all(self) -> list[dict]:
        return [self._with_phase(row) for row in self.storage.all_clients()]

    def for_channel(self, platform: str, channel_id: str) -> dict | None:
        return self._with_phase(self.storage.client_for_channel(platform, channel_id))

    def for_email_domain(self, domain: str) -> dict | None:
        return self._with_phase(self.storage.client_for_email_domain(domain.strip().lstrip("@")))

    def mentioned_in(self, text: str) -> dict | None:
        """The known client whose name appears in free text, longest name first."""
        names, pattern = self._mention_pattern()
        if pattern is None:
            return None
        # One pass finds every name at every position (overlaps included); the winner is the
        # earliest in longest-first order, as if each name were searched for in turn.
        found = {match.group(1) for match in pattern.finditer(text.lower())}
        for name in names:
            if name.lower() in found:
                return self.find(name)
        return None

    def _mention_pattern(self) -> tuple[list[str], re.Pattern | None]:
        """Names longest first and one regex for all of them, rebuilt only when clients are added
        (by this process or another)."""
        version = self.storage.clients_version()
        if self._mentions is None or self._mentions[0] != version:
            names = sorted(self.storage.client_names(), key=len, reverse=True)
            alternatives = "|".join(re.escape(name.lower()) for name in names)
            pattern = re.compile(rf"(?=(?<!\w)({alternatives})(?!\w))") if names else None
            self._mentions = (version, names, pattern)
        return self._mentions[1], self._mentions[2]

    # -- writing -----------------------------------------------------------
    def add(self, name: str, **facts) -> dict:
        name = self._valid_name(name)
        if self.find(name):
            raise ClientError(f"A client called {name!r} already exists.")
        row = self._validated({"status": "active", **facts})
        now = iso(utcnow())
        self.storage.insert_client({"name": name, **row, "created_at": now, "updated_at": now})
        return self.get(name)

    def edit(self, name: str, **facts) -> dict:
        client = self.get(name)
        unknown = set(facts) - set(EDITABLE) - {"status"}
        if unknown:
            raise ClientError(f"Unknown field(s): {', '.join(sorted(unknown))}. Editable: {', '.join(EDITABLE)}")
        merged = self._validated({**{k: client.get(k) for k in EDITABLE}, "status": client["status"], **facts})
        self.storage.update_client(client["id"], {**merged, "updated_at": iso(utcnow())})
        return self.get(name)

    def give_notice(self, name: str, end_date: str, notice_date: str | None = None,
                    reason_category: str | None = None, reason: str | None = None) -> dict:
        """Start offboarding: notice today unless given, end date required."""
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        facts = {
            "status": "transition",
            "notice_date": parse_date(notice_date, today).isoformat() if notice_date else today.isoformat(),
            "end_date": parse_date(end_date, today).isoformat(),
        }
        if reason_category:
            facts["reason_category"] = reason_category
        if reason:
            facts["reason"] = reason
        return self.edit(name, **facts)

    def set_end(self, name: str, end_date: str) -> dict:
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        return self.edit(name, end_date=parse_date(end_date, today).isoformat(), status="transition")

    def mark_done(self, name: str) -> dict:
        """Support ends today (or stays at an earlier end date)."""
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        end = client.get("end_date")
        if not end or date.fromisoformat(end) > today:
            end = today.isoformat()
        notice = client.get("notice_date") or end
        return self.edit(name, status="ended", end_date=end, notice_date=min(notice, end))

    def cancel_offboarding(self, name: str) -> dict:
        return self.edit(name, status="active", notice_date=None, end_date=None)

    def link(self, name: str, platform: str, channel_id: str) -> dict:
        client = self.get(name)
        if not channel_id:
            raise ClientError("There is no conversation id to link.")
        self.storage.link_channel(platform, channel_id, client["id"])
        return client

    # -- helpers -----------------------------------------------------------
    def _with_phase(self, row: dict | None) -> dict | None:
        if row is None:
            return None
        row["phase"] = phase_of(row, client_today(row, self.default_timezone))
        return row

    def _unknown_message(self, name: str) -> str:
        names = self.storage.client_names()
        close = difflib.get_close_matches(name or "", names, n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        shown = name if len(name or "") <= MAX_NAME else name[:MAX_NAME] + "…"
        return f"I don't know a client called {shown!r}.{hint}"

    @staticmethod
    def _valid_name(name: str) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise ClientError("A client needs a name.")
        if len(name) > MAX_NAME or not any(ch.isalnum() for ch in name):
            raise ClientError(f"Client names must be 1-{MAX_NAME} characters and contain a letter or digit.")
        return name

    def _validated(self, facts: dict) -> dict:
        facts = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in facts.items()}
        today = client_today(facts, self.default_timezone)
        for key in ("notice_date", "end_date"):
            if facts.get(key):
                facts[key] = parse_date(facts[key], today).isoformat()
        if facts.get("notice_date") and facts.get("end_date") and facts["end_date"] < facts["notice_date"]:
            raise ClientError(
                f"The end date ({facts['end_date']}) is before the notice date ({facts['notice_date']}).")
        category = facts.get("reason_category")
        if category and category not in REASON_CATEGORIES:
            raise ClientError(f"Reason must be one of: {', '.join(REASON_CATEGORIES)}.")
        status = facts.get("status") or "active"
        if status not in PHASES:
            raise ClientError(f"Status must be one of: {', '.join(PHASES)}.")
        facts["status"] = status
        if facts.get("timezone"):
            _zone(facts["timezone"])
        return facts


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClientError(f"{name!r} is not a known timezone (e.g. Europe/London).") from None
