"""Handover checklists: one per client in offboarding, made from the firm's template, ticked to done.

A checklist is made when notice is given (or, for a client already in offboarding, the first
time anything asks for it), by copying the template's items: editing the template later never
changes a checklist under way. Due dates are days relative to the client's end date, so moving
the end date moves them. Items that remove our access or switch something off cannot be ticked
before the end date, judged in the client's zone like the phase (bot/clock.py): never early.

Every change names who made it and when, is kept as an event (the history the export carries),
and arrives as a staff command, so the interaction log records it too. Two staff ticking the
same item at once change it once: a change names the version of the item it read.
"""
from __future__ import annotations

import difflib
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import clock
from bot.clients import ClientError, Clients, client_today, phase_of
from bot.commands import Answer, Command, CommandSet, Invocation, UsageError
from bot.config import Config
from bot.reminders.schedule import add_months
from bot.storage import Storage, iso, utcnow
from bot.workdays import Workdays
from responses.checklist import CLOSING, DEFAULT_TEMPLATE, HANDOVER, REMOVAL, TemplateError, TemplateItem, parse
from responses.render import CHECKLIST_TARGETS, long_date

log = logging.getLogger("partingways.checklist")

OPEN, DONE, NOT_NEEDED = "open", "done", "not_needed"
STATE_LABELS = {OPEN: "open", DONE: "done", NOT_NEEDED: "not needed"}
STATE_WORDS = {
    "done": DONE, "tick": DONE, "ticked": DONE, "yes": DONE,
    "not-needed": NOT_NEEDED, "not_needed": NOT_NEEDED, "notneeded": NOT_NEEDED, "n/a": NOT_NEEDED,
    "na": NOT_NEEDED, "skip": NOT_NEEDED,
    "open": OPEN, "reopen": OPEN, "untick": OPEN, "undo": OPEN,
}
OWNER_WORD = "owner"
MAX_NOTE = 500
CHECK_USAGE = "check <client> <item> [done|not-needed|open] [note]"
CANCELLED_NOTE = "the offboarding was cancelled"


@dataclass(frozen=True)
class Actor:
    """Who changed an item: a platform user id, a name to show, and the platform."""
    id: str
    name: str = ""
    platform: str = ""

    @property
    def shown(self) -> str:
        return self.name or self.id or self.platform or "someone"


@dataclass(frozen=True)
class Item:
    id: int
    number: int            # its position, for typing `offboard check Acme 3`
    key: str
    title: str
    kind: str              # handover | removal | closing
    due: date | None       # None while the client has no end date
    owner: str             # who does it: the item's own owner, else the client's account owner
    state: str
    note: str
    changed_by: str        # a name to show (or the user id), empty when never changed
    changed_at: datetime | None
    version: int
    overdue: bool
    locked_until: date | None  # a removal item before the end date: not before this day

    @property
    def closed(self) -> bool:
        return self.state != OPEN

    @property
    def after_end(self) -> bool:
        return self.kind != HANDOVER


@dataclass(frozen=True)
class ChecklistView:
    """A client's checklist as of now, for every front end and the reminders."""
    client: str
    end_date: date | None
    items: tuple[Item, ...]
    template: str               # what it was made from
    created_at: str
    problem: str | None = None  # what is wrong with the template file now, if anything

    @property
    def counted(self) -> list[Item]:
        return [item for item in self.items if item.state != NOT_NEEDED]

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.state == DONE)

    @property
    def overdue(self) -> list[Item]:
        return [item for item in self.items if item.overdue]

    @property
    def progress(self) -> str:
        """'6/9 done, 1 overdue': not-needed items count neither way."""
        text = f"{self.done}/{len(self.counted)} done"
        return text + (f", {len(self.overdue)} overdue" if self.overdue else "")

    def open_items(self, after_end: bool | None = None) -> list[Item]:
        return [item for item in self.items if not item.closed and (after_end is None or item.after_end == after_end)]

    @property
    def finished(self) -> bool:
        """Fully done: every after-end item closed (a template without any: every item)."""
        after_end = [item for item in self.items if item.after_end] or list(self.items)
        return bool(after_end) and all(item.closed for item in after_end)


# -- the template, keeping the last good one --------------------------------------------
class TemplateSource:
    """The template file, read again when it changes. While it has an error the last good
    template is used: this process's, else the copy saved in the database, else the one that
    ships with the bot."""

    def __init__(self, storage: Storage, path: str = "", remember: bool = True):
        """remember: keep a good file's text in the database (a check from the command line does not)."""
        self.storage, self.remember = storage, remember
        self.path = Path(path) if path else DEFAULT_TEMPLATE
        self.shown_path = path or "responses/checklist.toml"
        self._seen: tuple | None = None           # (mtime_ns, size) of the file last read
        self._problem: str | None = None
        self._good: tuple[tuple[TemplateItem, ...], str] | None = None  # (items, where from)

    def load(self) -> tuple[tuple[TemplateItem, ...], str, str | None]:
        """(items, where they came from, what is wrong with the file now or None)."""
        self._refresh()
        if self._good is None:
            self._good = self._fallback()
        items, source = self._good if self._good else ((), "")
        return items, source, self._problem

    def problem(self) -> str | None:
        self._refresh()
        return self._problem

    def _refresh(self) -> None:
        try:
            stat = os.stat(self.path)
            seen = (stat.st_mtime_ns, stat.st_size)
            if seen == self._seen:
                return
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self._seen, self._problem = None, f"{self.shown_path}: cannot be read ({error})."
            return
        self._seen = seen
        try:
            items = parse(text, self.shown_path)
        except TemplateError as error:
            self._problem = str(error)
            log.warning("the checklist template has an error; the last good one stays in use: %s", error)
            return
        self._problem, self._good = None, (items, self.shown_path)
        saved = self.storage.saved_checklist_template() if self.remember else None
        if self.remember and (saved is None or saved["text"] != text or saved["source"] != self.shown_path):
            self.storage.save_checklist_template(self.shown_path, text, iso(utcnow()))

    def _fallback(self) -> tuple[tuple[TemplateItem, ...], str] | None:
        saved = self.storage.saved_checklist_template()
        if saved:
            try:
                return parse(saved["text"], saved["source"]), \
                    f"the last good copy of {saved['source']} (saved {saved['saved_at'][:16].replace('T', ' ')} UTC)"
            except TemplateError:
                pass
        if self.path != DEFAULT_TEMPLATE:
            try:
                return parse(DEFAULT_TEMPLATE.read_text(encoding="utf-8")), "the template that ships with the bot"
            except (OSError, TemplateError):
                pass
        return None


# -- checklists ---------------------------------------------------------------------------
class Checklists:
    def __init__(self, storage: Storage, clients: Clients, config: Config):
        self.storage, self.clients, self.config = storage, clients, config
        self.template = TemplateSource(storage, config.checklist_template)
        self.workdays = Workdays(config.working_days, config.public_holidays, config.office_closed)
        clients.listeners.append(self._client_changed)

    # -- following the client -------------------------------------------------------
    def _client_changed(self, before: dict | None, after: dict) -> None:
        if after["phase"] == "active":
            if before is not None and before["phase"] != "active":
                self.storage.close_checklist(after["id"], CANCELLED_NOTE, iso(utcnow()))
            return
        self.ensure(after)

    def today(self, client: dict, now: datetime | None = None) -> date:
        """The client's date (bot/clock.py): now, or the instant a reminder pass runs for."""
        if now is None:
            return client_today(client, self.clients.default_timezone)
        return now.astimezone(ZoneInfo(client.get("timezone") or self.clients.default_timezone)).date()

    def tracked(self, client: dict, now: datetime | None = None) -> bool:
        """In offboarding and not long finished: in transition, or ended within the last month
        (older records never get a checklist of their own; one made earlier is kept)."""
        today = self.today(client, now)
        if phase_of(client, today) == "transition":
            return True
        end = _day(client.get("end_date"))
        return phase_of(client, today) == "ended" and end is not None and today <= add_months(end, 1)

    def ensure(self, client: dict, now: datetime | None = None) -> dict | None:
        """The client's open checklist, made from the template first if it is due one."""
        checklist = self.storage.open_checklist(client["id"])
        if checklist is not None or not self.tracked(client, now):
            return checklist
        items, source, problem = self.template.load()
        if not items:
            log.error("no usable checklist template, so %s has no checklist yet: %s", client["name"], problem)
            return None
        if problem:
            log.warning("%s's checklist is made from %s because %s", client["name"], source, problem)
        self.storage.create_checklist(client["id"], source, [asdict(item) for item in items], iso(utcnow()))
        return self.storage.open_checklist(client["id"])

    # -- reading ------------------------------------------------------------------------
    def view(self, client: dict, now: datetime | None = None) -> ChecklistView | None:
        """The client's checklist as of now (or `now`: overdue and "not before the end date" follow it)."""
        checklist = self.ensure(client, now)
        if checklist is None:
            return None
        return self._view(client, checklist, self.storage.checklist_items(checklist["id"]), now)

    def views(self, clients: list[dict], now: datetime | None = None) -> dict[str, ChecklistView]:
        """Checklists of many clients with two reads (a reminder pass, the digest, the Home tab)."""
        stored = self.storage.open_checklists()
        views = {}
        for client in clients:
            if client["id"] in stored:
                checklist = stored[client["id"]]
                views[client["name"]] = self._view(client, checklist, checklist["items"], now)
            elif self.tracked(client, now):
                view = self.view(client, now)
                if view:
                    views[client["name"]] = view
        return views

    def _view(self, client: dict, checklist: dict, rows: list[dict], now: datetime | None = None) -> ChecklistView:
        end = _day(client.get("end_date"))
        today = self.today(client, now)
        items = tuple(self._item(row, client, end, today, self.workdays) for row in rows)
        return ChecklistView(client["name"], end, items, checklist["template"], checklist["created_at"],
                             self.template.problem())

    @staticmethod
    def _item(row: dict, client: dict, end: date | None, today: date, workdays: Workdays) -> Item:
        due = _working_due(end + timedelta(days=row["due_days"]), row["kind"], workdays) if end else None
        early = row["kind"] == REMOVAL and (end is None or today < end)
        return Item(
            id=row["id"], number=row["position"], key=row["key"], title=row["title"], kind=row["kind"], due=due,
            owner=row["owner"] or client.get("account_owner") or "", state=row["state"], note=row["note"] or "",
            changed_by=row["changed_by_name"] or row["changed_by"] or "",
            changed_at=datetime.fromisoformat(row["changed_at"]) if row["changed_at"] else None,
            version=row["version"], overdue=row["state"] == OPEN and due is not None and today > due,
            locked_until=end if early else None)

    def export(self, client: dict) -> dict | None:
        """The checklist with every item's history, for `python app.py clients show NAME --json`."""
        checklist = self.ensure(client)
        if checklist is None:
            return None
        view = self._view(client, checklist, self.storage.checklist_items(checklist["id"]))
        events: dict[int, list] = {}
        for event in self.storage.checklist_events(checklist["id"]):
            events.setdefault(event["item_id"], []).append(
                {key: event[key] for key in ("at", "action", "from_state", "to_state", "note", "by_id", "by_name",
                                             "platform")})
        return {
            "created_at": view.created_at, "template": view.template, "progress": view.progress,
            "finished": view.finished,
            "items": [{"number": item.number, "key": item.key, "title": item.title, "kind": item.kind,
                       "due_date": item.due.isoformat() if item.due else None, "owner": item.owner,
                       "state": item.state, "note": item.note or None, "overdue": item.overdue,
                       "history": events.get(item.id, [])} for item in view.items],
        }

    # -- changing -------------------------------------------------------------------------
    def set_state(self, client: dict, reference: list[str], state: str, note: str, actor: Actor) -> Answer:
        view = self.required_view(client)
        item = find_item(view, reference)
        note = _clean_note(note)
        if state == DONE and item.locked_until is not None:
            raise ClientError(locked_message(view, item))
        if item.state == state and not note:
            return Answer(f"{_title(item)} is already {STATE_LABELS[state]}{_by(item, self.config)}. "
                          f"Nothing changed.", view.client, view)
        changes = {"state": state, "note": note or item.note or None}
        action = state if item.state != state else "note"
        self._change(view, item, changes, action, actor, note, same_as_now=lambda now: now.state == state)
        after = self.view(client)
        return Answer(_changed_text(after, after.items[item.number - 1], action, actor), view.client, after)

    def set_owner(self, client: dict, reference: list[str], owner: str, actor: Actor) -> Answer:
        view = self.required_view(client)
        item = find_item(view, reference)
        owner = " ".join(owner.split())[:80]
        self._change(view, item, {"owner": owner or None}, "owner", actor, owner or None,
                     same_as_now=lambda now: False)
        after = self.view(client)
        who = owner or f"the account owner ({client.get('account_owner') or 'none recorded'})"
        return Answer(f"{view.client}: {_title(item)} is now for {who}.", view.client, after)

    def _change(self, view: ChecklistView, item: Item, changes: dict, action: str, actor: Actor,
                note: str | None, same_as_now) -> None:
        now = iso(utcnow())
        changes = {**changes, "changed_at": now, "changed_by": actor.id or None,
                   "changed_by_name": actor.name or None, "changed_platform": actor.platform or None}
        event = {"at": now, "action": action, "from_state": item.state, "to_state": changes.get("state", item.state),
                 "note": note or None, "by_id": actor.id or None, "by_name": actor.name or None,
                 "platform": actor.platform or None}
        if self.storage.change_checklist_item(item.id, item.version, changes, event):
            return
        # Someone else changed it between our read and our write: say what it is now.
        current = next(i for i in self.view(self.clients.get(view.client)).items if i.id == item.id)
        if same_as_now(current):
            raise ClientError(f"{_title(current)} was just marked {STATE_LABELS[current.state]}"
                              f"{_by(current, self.config)}, so there was nothing left to change.")
        raise ClientError(f"{_title(current)} was changed by someone else at the same moment: it is now "
                          f"{STATE_LABELS[current.state]}{_by(current, self.config)}. Look at the checklist "
                          f"again and change it if it still needs it.")

    def required_view(self, client: dict) -> ChecklistView:
        """The client's checklist, or a ClientError saying why there is none."""
        view = self.view(client)
        if view is not None:
            return view
        if client["phase"] == "active":
            raise ClientError(f"{client['name']} has no handover checklist: they are not being offboarded. "
                              f"Give notice with `offboard start {client['name']} <end-date>` and one is made.")
        if not self.template.load()[0]:
            raise ClientError(f"{client['name']} has no handover checklist yet because there is no usable "
                              f"template: {self.template.problem()}")
        raise ClientError(f"{client['name']} has no handover checklist: their support ended more than a month "
                          f"ago, before one was kept.")


# -- finding an item from what was typed ----------------------------------------------------
def find_item(view: ChecklistView, words: list[str]) -> Item:
    """An item by its number, its key, or (part of) its title; a ClientError suggests close matches."""
    typed = " ".join(words).strip()
    if not typed:
        raise UsageError("Which item? Give its number or key from the checklist.")
    wanted = typed.lower()
    if wanted.isdigit():
        number = int(wanted)
        if 1 <= number <= len(view.items):
            return view.items[number - 1]
        raise ClientError(f"{view.client}'s checklist has items 1 to {len(view.items)}; there is no {number}.")
    slug = wanted.replace("_", "-").replace(" ", "-")
    for matches in ([i for i in view.items if i.key == slug or i.title.lower() == wanted],
                    [i for i in view.items if i.key.startswith(slug)],
                    [i for i in view.items if wanted in i.title.lower()]):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            options = "; ".join(f"{i.number}. {i.key}" for i in matches)
            raise ClientError(f"{typed!r} fits more than one item on {view.client}'s checklist ({options}). "
                              f"Use its number or key.")
    raise ClientError(unknown_item_message(view, typed))


def unknown_item_message(view: ChecklistView, typed: str) -> str:
    by_word = {item.key: item for item in view.items}
    by_word.update({item.title.lower(): item for item in view.items})
    close = difflib.get_close_matches(typed.lower(), list(by_word), n=3, cutoff=0.5)
    suggested = list(dict.fromkeys(by_word[word] for word in close).keys()) if close else []
    shown = typed if len(typed) <= 60 else typed[:59] + "…"
    hint = (" Did you mean " + " or ".join(f"{i.number}. {i.key} ({i.title})" for i in suggested) + "?"
            if suggested else "")
    return f"There is no item {shown!r} on {view.client}'s checklist.{hint} " \
           f"`offboard checklist {view.client}` shows every item with its number and key."


def locked_message(view: ChecklistView, item: Item) -> str:
    what = f"Not yet: item {item.number}, “{item.title}”, removes our access or switches something off"
    if view.end_date is None:
        return f"{what}, and {view.client} has no end date yet. Nothing is removed before support has ended."
    return (f"{what}, and {view.client}'s support runs until {long_date(view.end_date)}. Removing anything "
            f"before the end date is cutting them off early, which is unprofessional and invites legal trouble "
            f"(principle 4, helpful). It can be ticked from {long_date(view.end_date)}.")


# -- the words ------------------------------------------------------------------------
def _working_due(day: date, kind: str, workdays: Workdays) -> date:
    """A handover item falls due on the working day before a weekend or holiday, so it is done
    before the last day; removing our access and closing out, on the working day after."""
    return workdays.on_or_before(day) if kind == HANDOVER else workdays.on_or_after(day)


def short_date(day: date, today: date | None = None) -> str:
    text = f"{day:%a} {day.day} {day:%b}"
    return text if today is None or day.year == today.year else f"{text} {day.year}"


def when_text(moment: datetime, config: Config) -> str:
    """A change's time as staff read it: the firm's zone."""
    local = moment.astimezone(config.tz)
    return f"{short_date(local.date())} {local:%H:%M}"


def _title(item: Item) -> str:
    return f"{item.number}. {item.title}"


def _by(item: Item, config: Config) -> str:
    if not item.changed_at:
        return ""
    who = f" by {item.changed_by}" if item.changed_by else ""
    return f"{who} on {when_text(item.changed_at, config)}"


def _changed_text(view: ChecklistView, item: Item, action: str, actor: Actor) -> str:
    if action == "note":
        said = f"Note added to {_title(item)} ({STATE_LABELS[item.state]})"
    elif action == OPEN:
        said = f"Reopened {_title(item)}"
    else:
        said = f"Marked {STATE_LABELS[item.state]}: {_title(item)}"
    lines = [f"{view.client}: {said}, by {actor.shown}. Now {view.progress}."]
    if action in (DONE, NOT_NEEDED) and item.after_end and view.finished:
        lines.append(f"That was the last thing after the end date: {view.client} is done. "
                     f"From here they are a former client.")
    return "\n".join(lines)


def checklist_text(view: ChecklistView, config: Config, today: date | None = None) -> str:
    """The numbered list every platform can show (the console shows only this)."""
    today = today or clock.today(config.timezone)
    ends = f"support ends {long_date(view.end_date)}" if view.end_date else "no end date yet"
    lines = [f"{view.client}: handover checklist ({ends}). {view.progress}."]
    for item in view.items:
        lines.append(f"  {item.number}. {_box(item)} {item.key}: {item.title}")
        lines.append(f"       {item_status(item, config, today)}")
        if item.note:
            lines.append(f"       note: {item.note}")
    if view.finished and view.items:
        lines.append(f"Everything after the end date is closed: {view.client} is done.")
    lines.append(f"Change one with `offboard check {view.client} <number or key> [done|not-needed|open] [note]`.")
    if view.problem:
        lines.append(f"(The template file has an error, so new checklists use the last good one: {view.problem})")
    return "\n".join(lines)


def plain_checklist(view: ChecklistView, config: Config, today: date | None = None, table: bool = False,
                    most: int = 0) -> str:
    """The checklist for our own side to paste where the team works (a channel, a ticket, a table): each item with
    its date, who does it and where it stands, without the tracker's keys and commands; in `most` lines at most when
    asked (our access coming off said as one line, then the last items joined)."""
    today = today or clock.today(config.timezone)
    ends = (f"support {'ended' if view.end_date < today else 'ends'} {long_date(view.end_date)}" if view.end_date
            else "no end date yet")
    rows = []
    for item in view.items:
        if item.kind == REMOVAL:
            when = f"after the last day ({short_date(view.end_date, today)}), never early" if view.end_date else "after the last day"
        elif item.due:
            when = ("follow up " if item.kind == CLOSING else "") + short_date(item.due, today)
        else:
            when = "-"
        state = STATE_LABELS[item.state] + (" (overdue)" if item.overdue else "")
        rows.append((item.title, item.owner, when, state))
    removals = [row for row, item in zip(rows, view.items) if item.kind == REMOVAL]
    if most and len(rows) > most and len(removals) > 1:
        said = [title.replace(": ", " (", 1) + ")" if ": " in title else title for title, *_ in removals]
        merged = ("; ".join([said[0], *(each[:1].lower() + each[1:] for each in said[1:])]), *removals[0][1:])
        rows = [merged if row is removals[0] else row for row in rows if row is removals[0] or row not in removals]
    if most and len(rows) > most:
        # (the rows joined into the last line each keep their own day: "... (after the last day (Mon 21 Dec), never early)")
        joined = "; ".join(f"{title} ({when})" if when != "-" else title for title, _, when, _ in rows[most - 1:])
        rows = rows[:most - 1] + [(joined, rows[-1][1], "", rows[-1][3])]
    title = f"{view.client}: handover checklist ({ends})"
    if table:
        lines = [title, "", "| Item | Owner | Due | Status |", "| --- | --- | --- | --- |"]
        lines += [f"| {name} | {owner or 'not recorded'} | {when} | {state} |" for name, owner, when, state in rows]
    else:
        lines = [f"{title}:"] + [f"- {name}: {' · '.join(filter(None, (when, owner, state)))}" for name, owner, when, state in rows]
    if any(item.due and item.kind != REMOVAL for item in view.items):
        # (a day beside an item is the checklist's own target, set from the last day: said, so that it
        # isn't read as a date agreed with the client)
        lines.append(CHECKLIST_TARGETS)
    return "\n".join(lines)


# When each kind of item is done, relative to the last day: what is theirs first, our access only after.
TEMPLATE_STAGES = {HANDOVER: "before the last day", REMOVAL: "on or after the last day, never early",
                   CLOSING: "after the last day"}


def template_text(items: tuple[TemplateItem, ...]) -> str:
    """The checklist every client gets at notice, numbered, for a question about no client in particular."""
    lines = ["The handover checklist every client gets at notice (`offboard checklist <client>` shows one client's):"]
    lines += [f"  {number}. {item.title} · {TEMPLATE_STAGES[item.kind]}" for number, item in enumerate(items, 1)]
    return "\n".join(lines)


def item_status(item: Item, config: Config, today: date | None = None) -> str:
    """'due Tue 8 Dec · Priya · overdue', 'done by Sam on Mon 30 Nov 10:02', ..."""
    parts = []
    if item.closed:
        parts.append(f"{STATE_LABELS[item.state]}{_by(item, config)}")
    elif item.due and item.kind == CLOSING:
        # (our own date to chase a loose end by: "due" beside "Final invoice settled" reads as a payment term)
        parts.append(f"follow up {short_date(item.due, today)}")
    elif item.due:
        parts.append(f"due {short_date(item.due, today)}" + (" (overdue)" if item.overdue else ""))
    if item.owner and not item.closed:
        parts.append(item.owner)
    if item.locked_until and not item.closed:
        parts.append(f"not before {short_date(item.locked_until, today)}: never early")
    elif item.locked_until is None and item.kind == REMOVAL and item.due is None:
        parts.append("after the end date")
    return " · ".join(parts)


def _box(item: Item) -> str:
    return {OPEN: "[ ]", DONE: "[x]", NOT_NEEDED: "[-]"}[item.state]


def overview_text(views: list[ChecklistView], problem: str | None) -> str:
    if views:
        lines = ["Handover checklists:"] + [f"  {view.client}: {view.progress}" + (" (done)" if view.finished else "")
                                            for view in views]
    else:
        lines = ["No client has a handover checklist now."]
    lines.append("Show one with `offboard checklist <client>`.")
    if problem:
        lines.append(f"The template file has an error, so new checklists use the last good one: {problem}")
    return "\n".join(lines)


def _clean_note(note: str) -> str:
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise ClientError(f"Keep the note under {MAX_NOTE} characters (this one has {len(note)}).")
    return note


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- the staff commands -------------------------------------------------------------------
def checklist_commands(checklists: Checklists, commands: CommandSet) -> list[Command]:
    def show(inv: Invocation) -> Answer:
        if not inv.args:
            clients = [c for c in checklists.clients.all() if c["phase"] != "active"]
            views = checklists.views(clients)
            return Answer(overview_text(list(views.values()), checklists.template.problem()))
        name, _ = commands.take_client(inv.args, whole=True)
        client = checklists.clients.get(name)
        view = checklists.required_view(client)
        return Answer(checklist_text(view, checklists.config), view.client, view)

    def check(inv: Invocation) -> Answer:
        name, rest = commands.take_client_then(inv.args, "Which item? Give its number or key from the checklist.")
        client = checklists.clients.get(name)
        actor = Actor(inv.sender_id, inv.sender_name, inv.platform)
        split = next((n for n, word in enumerate(rest) if n and (word.lower() in STATE_WORDS
                                                                  or word.lower() == OWNER_WORD)), None)
        reference, word, after = (rest, "done", []) if split is None else (rest[:split], rest[split].lower(),
                                                                          rest[split + 1:])
        if word == OWNER_WORD:
            return checklists.set_owner(client, reference, " ".join(after), actor)
        return checklists.set_state(client, reference, STATE_WORDS[word], " ".join(after), actor)

    return [
        Command("checklist", "checklist [client]", "a client's handover checklist (or everyone's progress)", show,
                changes_records=False),
        Command("check", CHECK_USAGE, "tick a checklist item done, not needed or open again, with a note",
                check),
    ]
