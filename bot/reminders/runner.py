"""Team reminders that follow each client through offboarding, delivered exactly once.

Every pass derives the wanted schedule from the client records (bot/reminder_schedule.py),
claims each due reminder in the SQLite ledger, and delivers it through the StaffNotifiers
it was given: the staff channel of each, and the client's account owner by direct message.
A delivery is claimed with a single atomic statement before it is sent, so concurrent
runners (threads or processes on one database file) never send the same one twice.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clients import ClientError, owner_address, owner_ids, same_person
from bot.reminders.schedule import (CHECKLIST, DIGEST, FIRM_WIDE, Due, adhoc, checklist_reminders, digests,
                                    local_today, parse_when, timeline)
from bot.reminders.texts import body_for, digest_rows, late_note, owner_intro, title_for
from bot.storage import iso, utcnow

log = logging.getLogger("partingways.reminders")

MAX_ATTEMPTS = 5
SENDING_LEASE = timedelta(minutes=10)    # a claim this old belongs to a runner that died mid-send
RETRY_BACKOFF = timedelta(minutes=5)     # doubled after each failed attempt
STAFF_CHANNEL = "staff"
PERSON = "person:"                       # recipient prefix of a direct message
SETTLED = ("sent", "gave_up", "skipped")
CANCELLED_NOTE = "no longer scheduled: the client's dates changed or the offboarding was cancelled"


@dataclass(frozen=True)
class Delivered:
    """One reminder that reached one recipient on one platform during a pass."""
    platform: str
    recipient: str
    client: str
    kind: str
    title: str
    text: str
    late: bool


class _Pass:
    """One run over the schedule at a fixed `now`."""

    def __init__(self, bot, notifiers, now: datetime, failures: list | None = None):
        self.failures = failures if failures is not None else []  # (platform, recipient, error) of this pass
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware (UTC)")
        self.bot, self.storage, self.config = bot, bot.storage, bot.config
        self.notifiers, self.now = list(notifiers), now
        self.clients = {c["name"]: c for c in bot.clients.all()}
        self.checklists = bot.checklists.views(list(self.clients.values()), now)

    def run(self) -> list[Delivered]:
        wanted = schedule(self.bot, self.now, self.clients, self.checklists)
        self._cancel_unwanted({due.key for due in wanted})
        ledger = {(row["client"], row["kind"], row["due_date"]): row for row in self.storage.reminder_ledger()}
        delivered = []
        for due in wanted:
            if due.due_at <= self.now and self._pending(due, ledger.get(due.key)):
                delivered += self._deliver(due)
        return delivered

    def _cancel_unwanted(self, wanted_keys: set) -> None:
        for row in self.storage.unfinished_reminders():
            if (row["client"], row["kind"], row["due_date"]) not in wanted_keys:
                self.storage.cancel_reminder(row["id"], CANCELLED_NOTE)

    def _pending(self, due: Due, row: dict | None) -> bool:
        """Whether a delivery may still be owed: a read-only check that spares the database
        a write for every reminder already settled."""
        if row is None:
            return True
        settled = {(d["platform"], d["recipient"]) for d in row["deliveries"] if d["state"] in SETTLED}
        return row["state"] == "open" and any(
            (notifier.platform, recipient) not in settled for notifier, recipient in self._targets(due))

    def _targets(self, due: Due) -> list[tuple]:
        """The staff channel on every platform, and the account owner on each platform where they can be
        reached: by their user id there (or by name where the notifier prints names). A checklist reminder
        goes to its items' owner alone, the same way; to the staff channel when nobody owns them or the
        owner can't be reached on that platform (a name typed for an item)."""
        client = self.clients.get(due.client) or {}
        targets = []
        for notifier in self.notifiers:
            by_name = getattr(notifier, "people_by_name", False)
            if due.kind == CHECKLIST:
                address = _address(client, due.owner, notifier.platform, by_name) if due.owner else None
                targets.append((notifier, f"{PERSON}{address}" if address else STAFF_CHANNEL))
                continue
            targets.append((notifier, STAFF_CHANNEL))
            owner = owner_address(client, notifier.platform, by_name)
            if owner and due.kind != DIGEST:
                targets.append((notifier, f"{PERSON}{owner}"))
        return targets

    def _deliver(self, due: Due) -> list[Delivered]:
        too_old = self.now - due.due_at > timedelta(days=self.config.reminder_cutoff_days)
        rows = self._digest_rows() if due.kind == DIGEST else None
        state, note = self._entry_state(too_old, rows)
        reminder = self.storage.open_reminder(*due.key, iso(due.due_at), state, note, iso(self.now))
        if reminder["state"] != "open":
            return []
        title = title_for(due)
        text = body_for(due, self.clients.get(due.client), self.config, rows, self.checklists.get(due.client))
        if due.is_late(self.now):
            text = f"{late_note(due)}\n{text}"
        delivered = []
        for notifier, recipient in self._targets(due):
            key = (reminder["id"], notifier.platform, recipient)
            if too_old:  # e.g. a platform added after this reminder went out elsewhere
                self.storage.skip_delivery(key, iso(self.now), self._skip_note())
                continue
            attempt = self.storage.claim_delivery(key, iso(self.now), iso(self.now - SENDING_LEASE), MAX_ATTEMPTS)
            if attempt is not None:
                delivered += self._send(notifier, recipient, key, attempt, due, title, text)
        return delivered

    def _entry_state(self, too_old: bool, digest: dict | None) -> tuple[str, str | None]:
        """How a reminder enters the ledger: open for delivery, or skipped and why."""
        if too_old:
            return "skipped", self._skip_note()
        if digest is not None and not any(digest.values()):
            return "skipped", "nothing to report"
        return "open", None

    def _digest_rows(self) -> dict:
        return digest_rows(list(self.clients.values()), local_today(self.now, self.config),
                           lambda client: next_due(self.bot, client["name"], self.now), self.checklists)

    def _send(self, notifier, recipient: str, key, attempt: int, due: Due, title: str, text: str) -> list:
        claimed_at = iso(self.now)
        try:
            if recipient == STAFF_CHANNEL:
                if due.kind == CHECKLIST and due.owner:  # their items, where they can't be reached directly
                    text = f"For {due.owner}:\n{text}"
                notifier.notify_staff(text, title)
            else:
                person = recipient.removeprefix(PERSON)
                if due.kind != CHECKLIST:  # that one is about their own items already
                    owner = (self.clients.get(due.client) or {}).get("account_owner") or person
                    text = f"{owner_intro(owner, due.client)}\n{text}"
                notifier.notify_person(person, text, title)
        except Exception as error:  # noqa: BLE001 - any platform failure is retried, never fatal
            log.warning("reminder %s to %s on %s failed: %s", due.key, recipient, notifier.platform, error)
            self.failures.append((notifier.platform, recipient, f"{type(error).__name__}: {error}"))
            retry_at = self.now + RETRY_BACKOFF * 2 ** (attempt - 1)
            self.storage.delivery_failed(key, claimed_at, f"{type(error).__name__}: {error}", iso(retry_at),
                                         MAX_ATTEMPTS)
            return []
        late = due.is_late(self.now)
        self.storage.delivery_sent(key, claimed_at, late)
        try:
            self.storage.log_interaction(
                platform=notifier.platform, audience="staff", intent=f"reminder:{due.kind}", action="reminder",
                client=due.client or None, conversation_id=recipient, text=title, reply_text=text)
        except sqlite3.Error as error:  # sent and recorded in the ledger; the log entry alone is lost
            log.error("could not log the reminder %s: %s", due.key, error)
        return [Delivered(notifier.platform, recipient, due.client, due.kind, title, text, late)]

    def _skip_note(self) -> str:
        return f"older than the {self.config.reminder_cutoff_days}-day cut-off"


def _address(client: dict, person: str, platform: str, by_name: bool) -> str | None:
    """Where a checklist item's owner is reached on a platform: the account owner by their recorded id;
    anyone else only where names are addresses (the console)."""
    if same_person(person, client.get("account_owner")):
        return owner_address(client, platform, by_name)
    return person if by_name else None


def run_due(bot, notifiers, now: datetime, failures: list | None = None) -> list[Delivered]:
    """Deliver every reminder that is due at `now` and not yet delivered; safe to run concurrently.
    failures, if given, receives (platform, recipient, error) for each delivery that failed (to be retried).
    Drafted replies nobody has handled in time are raised again on the same pass (bot/drafts.py)."""
    delivered = _Pass(bot, notifiers, now, failures).run()
    try:
        raised = bot.drafts.escalate(notifiers, now)
    except sqlite3.Error as error:
        log.error("could not check for waiting drafts: %s", error)
        raised = []
    return delivered + [Delivered(r.platform, r.recipient, r.client, r.kind, r.title, r.text, False) for r in raised]


def schedule(bot, now: datetime, clients: dict | None = None, checklists: dict | None = None) -> list[Due]:
    """Everything the records want reminded, past and future, in due order."""
    clients = clients if clients is not None else {c["name"]: c for c in bot.clients.all()}
    checklists = checklists if checklists is not None else bot.checklists.views(list(clients.values()), now)
    wanted = [due for client in clients.values() for due in timeline(client, bot.config)]
    wanted += [due for name, view in checklists.items()
               for due in checklist_reminders(clients[name], view, bot.config)]
    wanted += [adhoc(row, clients.get(row["client"]), bot.config) for row in bot.storage.adhoc_reminders()]
    if clients:
        wanted += digests(now, bot.config)
    # The digest goes after the client reminders due with it, so it shows what comes next.
    return sorted(wanted, key=lambda due: (due.due_at, due.client == FIRM_WIDE, due.client, due.kind))


def next_due(bot, client_name: str, now: datetime | None = None) -> str | None:
    """'2026-12-04: one week before the end date' for the client's next reminder, or None."""
    now = now or utcnow()
    client = bot.clients.find(client_name)
    if client is None:
        return None
    handled = {(row["client"], row["kind"], row["due_date"]) for row in bot.storage.reminder_ledger(client["name"])
               if row["state"] != "open" or row["deliveries"]}
    cutoff = timedelta(days=bot.config.reminder_cutoff_days)
    for due in schedule(bot, now, {client["name"]: client}):
        if due.client == client["name"] and due.key not in handled and now - due.due_at <= cutoff:
            return f"{due.day.isoformat()}: {due.label}"
    return None


def add_reminder(clients, client_name: str, when: str, note: str, created_by: str, now: datetime) -> dict:
    """Store an ad-hoc reminder for a known client on a day ('friday', 'tomorrow', '+3', '2026-12-04')."""
    client = clients.get(client_name)
    note = " ".join(note.split())
    if not note:
        raise ClientError("What should I remind you about?")
    today = now.astimezone(ZoneInfo(client.get("timezone") or clients.default_timezone)).date()
    day = parse_when(when, today)
    if day < today:
        raise ClientError(f"{day.isoformat()} has already passed: pick today or a later day.")
    row = {"client": client["name"], "due_date": day.isoformat(), "note": note, "created_by": created_by}
    row["id"] = clients.storage.add_adhoc_reminder(**row, now=iso(now))
    return {**row, "created_at": iso(now), "account_owner": client.get("account_owner"),
            "reaches_owner": bool(owner_ids(client))}


def start_reminder_loop(bot, notifiers, interval_seconds: float = 60, stop_event: threading.Event | None = None,
                        clock=utcnow) -> threading.Thread:
    """Run a pass now and then every `interval_seconds` in a daemon thread until stop_event is set."""
    stop_event = stop_event or threading.Event()

    def loop() -> None:
        while True:
            try:
                run_due(bot, notifiers, clock())
            except Exception:  # noqa: BLE001 - a bad pass is logged; the next one tries again
                log.exception("reminder pass failed")
            if stop_event.wait(interval_seconds):
                return

    thread = threading.Thread(target=loop, name="reminders", daemon=True)
    thread.start()
    return thread
