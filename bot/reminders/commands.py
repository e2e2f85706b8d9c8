"""How staff reach reminders: the `remind` chat command and `python app.py reminders ...`."""
from __future__ import annotations

import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.commands import Command, CommandSet, Invocation, UsageError
from bot.notify import ConsoleNotifier
from bot.reminders.schedule import ADHOC, CHECKLIST, LABELS
from bot.reminders.runner import PERSON, add_reminder, run_due, schedule
from bot.storage import utcnow
from responses.render import long_date

REMIND_USAGE = "remind <client> <day> <what to remember>"


def remind_command(commands: CommandSet) -> Command:
    def remind(inv: Invocation) -> str:
        name, rest = commands.take_client(inv.args)
        if len(rest) < 2:
            raise UsageError("Tell me the day (friday, tomorrow, +3 or 2026-12-04) and what to remember.")
        sender = f"{inv.sender_id} ({inv.platform})" if inv.sender_id else inv.platform
        return confirmation(add_reminder(commands.clients, name, rest[0], " ".join(rest[1:]), sender, utcnow()))

    # Any staff member may set a reminder: it changes no client record.
    return Command("remind", REMIND_USAGE, "remind the team about a client on a day (friday, tomorrow, +3, a date)",
                   remind, changes_records=False)


def confirmation(reminder: dict) -> str:
    day = long_date(datetime.fromisoformat(reminder["due_date"]).date())
    owner = f" {reminder['account_owner']} will get it directly as well." \
        if reminder.get("account_owner") and reminder.get("reaches_owner") else ""
    note = reminder["note"] if reminder["note"][-1] in ".!?" else reminder["note"] + "."
    return f"Noted. On {day} I'll remind the team about {reminder['client']}: {note}{owner}"


# -- python app.py reminders ... --------------------------------------------------
def run_cli(bot, args, now: datetime | None = None, notifiers=None) -> int:
    """0 when done; 1 when a platform failed a delivery on `run` (it is retried on the next pass)."""
    now = now or utcnow()
    as_json = getattr(args, "json", False)
    if args.reminders_action == "run":
        failures: list = []
        delivered = run_due(bot, notifiers or [ConsoleNotifier()], now, failures)
        late = sum(1 for d in delivered if d.late)
        print(f"Sent {len(delivered)} reminder deliver{'y' if len(delivered) == 1 else 'ies'}"
              + (f" ({late} late)." if late else ".") if delivered else
              "No reminders due." if not failures else "Nothing was delivered.")
        for platform, recipient, error in failures:
            print(f"error: {platform} delivery to {recipient.removeprefix(PERSON)} failed ({error}); "
                  "it is retried on the next run", file=sys.stderr)
        return 1 if failures else 0
    if args.reminders_action == "list":
        rows = agenda_rows(bot, now, args.client)
        if as_json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            print("\n".join(_line(r["when"], r["client"], r["what"], r["status"]) for r in rows)
                  if rows else "No reminders yet.")
    elif args.reminders_action == "add":
        who = getattr(args, "actor", "") or "cli"
        print(confirmation(add_reminder(bot.clients, args.client, args.when, " ".join(args.note), who, now)))
    return 0


def agenda(bot, now: datetime, client: str | None = None) -> list[str]:
    """What was sent, late, skipped or cancelled, then what is coming, oldest first."""
    return [_line(r["when"], r["client"], r["what"], r["status"]) for r in agenda_rows(bot, now, client)]


def agenda_rows(bot, now: datetime, client: str | None = None) -> list[dict]:
    """The agenda as records: due_at (UTC ISO), when (local), client ('' = all clients), what, status."""
    if client:
        client = bot.clients.get(client)["name"]
    ledger = bot.storage.reminder_ledger(client)
    notes = {f"{ADHOC}:{row['id']}": row["note"] for row in bot.storage.adhoc_reminders()}
    notes.update({row["kind"]: f"checklist items for {row['kind'].partition(':')[2] or 'the team'}"
                  for row in ledger if row["kind"].startswith(f"{CHECKLIST}:")})
    recorded = {(row["client"], row["kind"], row["due_date"]) for row in ledger}
    rows = [{"due_at": row["due_at"], "when": _when(bot, row["client"], datetime.fromisoformat(row["due_at"])),
             "client": row["client"], "what": LABELS.get(row["kind"]) or notes.get(row["kind"], row["kind"]),
             "status": _status(row)} for row in ledger]
    rows += [{"due_at": due.due_at.isoformat(), "when": _when(bot, due.client, due.due_at), "client": due.client,
              "what": due.label, "status": "upcoming"}
             for due in schedule(bot, now) if due.due_at > now and due.key not in recorded
             and (client is None or due.client == client)]  # the firm-wide digest only unfiltered
    return sorted(rows, key=lambda row: row["due_at"])


def _when(bot, client: str, moment: datetime) -> str:
    record = bot.clients.find(client) if client else None
    local = moment.astimezone(ZoneInfo((record or {}).get("timezone") or bot.config.timezone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def _line(when: str, client: str, label: str, status: str) -> str:
    label = label if len(label) <= 32 else label[:31] + "…"  # keep the status column aligned
    return f"{when:<21} {client or '(all clients)':<20} {label:<32} {status}"


def _status(row: dict) -> str:
    if row["state"] != "open":
        return f"{row['state']} ({row['note']})" if row["note"] else row["state"]
    if not row["deliveries"]:
        return "due, not delivered yet"
    return "; ".join(_delivery(d) for d in row["deliveries"])


def _delivery(delivery: dict) -> str:
    recipient = delivery["recipient"].removeprefix(PERSON)
    state = delivery["state"]
    if state == "sent" and delivery["late"]:
        state = "sent late"
    elif state in ("failed", "gave_up"):
        state = f"{'failed, will retry' if state == 'failed' else 'gave up'} after {delivery['attempts']} " \
                f"attempt{'s' if delivery['attempts'] != 1 else ''} ({delivery['error']})"
    return f"{delivery['platform']} {recipient}: {state}"
