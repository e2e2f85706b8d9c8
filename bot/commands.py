"""Staff commands, one grammar for every platform.

``offboard <command> [arguments]`` in the console, a Teams chat or a Slack DM,
and ``/offboard <command> ...`` as a Slack slash command.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass, replace
from typing import Callable

from bot.clients import EDITABLE, MUTED_FOREVER, REASON_CATEGORIES, ClientError, Clients, describe_owner, owner_ids
from bot.clients import client_today
from bot.message import Mention
from bot.reminders.schedule import parse_when
from responses.render import long_date

COMMAND_WORD = "offboard"
CLEAR = "-"   # `offboard set <client> <field> -` clears the field
# What staff may call each field in `offboard set` (underscores, hyphens and spaces alike).
FIELD_NAMES = {
    "notice": "notice_date", "notice_date": "notice_date",
    "end": "end_date", "end_date": "end_date", "last_day": "end_date",
    "category": "reason_category", "reason_category": "reason_category",
    "reason": "reason", "details": "reason", "reason_details": "reason",
    "provider": "new_provider", "new_provider": "new_provider",
    "contact": "new_provider_contact", "provider_contact": "new_provider_contact",
    "new_provider_contact": "new_provider_contact",
    "owner": "account_owner", "account_owner": "account_owner",
    "domain": "email_domain", "email_domain": "email_domain", "email": "email_domain",
    "timezone": "timezone", "tz": "timezone", "time_zone": "timezone",
    "aliases": "aliases", "alias": "aliases", "aka": "aliases",
}
SETTABLE = EDITABLE + ("aliases",)
FIELD_LABELS = {
    "notice_date": "notice date", "end_date": "last day of support", "reason_category": "reason category",
    "reason": "reason details", "new_provider": "new provider", "new_provider_contact": "new provider's contact",
    "account_owner": "account owner", "email_domain": "email domain", "timezone": "timezone", "aliases": "aliases",
}


class UsageError(ClientError):
    """Arguments are missing or malformed; the usage line is shown."""


@dataclass(frozen=True)
class Invocation:
    args: list[str]
    platform: str
    conversation_id: str
    sender_id: str
    sender_name: str = ""
    mentions: tuple[Mention, ...] = ()
    place: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Answer:
    """A command's answer when there is more to it than text."""
    text: str
    client: str | None = None  # the client it was about, logged with the interaction
    checklist: object = None   # a bot.checklist.ChecklistView adapters may show as checkboxes


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    summary: str
    run: Callable[[Invocation], str | Answer]
    changes_records: bool = True


_QUOTING = str.maketrans("", "", "'\"\\")


def split_args(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # unbalanced quotes: fall back to plain words rather than fail
        return text.split()


def parse_command_text(text: str) -> list[str] | None:
    """The words after 'offboard' if the text is a staff command, else None."""
    # shlex only drops quotes and backslashes, so a first word of 'offboard' needs those letters
    # in a row once they are gone: most chat skips the (slow) shlex split entirely.
    if COMMAND_WORD not in text.lower().translate(_QUOTING):
        return None
    words = split_args(text.strip())
    if not words or words[0].lower().lstrip("/") != COMMAND_WORD:
        return None
    return words[1:]


class CommandSet:
    def __init__(self, clients: Clients):
        self.clients = clients
        self.commands: dict[str, Command] = {}
        for command in self._built_in():
            self.register(command)

    def register(self, command: Command) -> None:
        self.commands[command.name] = command

    def help_text(self) -> str:
        lines = ["Staff commands (prefix with `offboard`, or `/offboard` in Slack):"]
        lines += [f"  {c.usage}  - {c.summary}" for c in self.commands.values()]
        return "\n".join(lines)

    def run(self, invocation: Invocation) -> str | Answer:
        """Run a command; ClientError/UsageError carry a message for the user."""
        if not invocation.args:
            return self.help_text()
        name = invocation.args[0].lower()
        command = self.commands.get(name)
        if command is None:
            raise UsageError(f"I don't know the command {name!r}.\n{self.help_text()}")
        try:
            return command.run(replace(invocation, args=invocation.args[1:]))
        except UsageError as error:
            raise UsageError(f"{error}\nUsage: {command.usage}") from None

    def is_read_only(self, args: list[str]) -> bool:
        command = self.commands.get(args[0].lower()) if args else None
        return command is None or not command.changes_records

    # -- argument helpers ----------------------------------------------------
    def take_client(self, args: list[str], whole: bool = False) -> tuple[str, list[str]]:
        """Split a (possibly unquoted, multi-word) known client name off the front.

        whole: the command takes nothing after the name, so an unknown name is
        every word (and the error names what was typed, not its first word).
        """
        if not args:
            raise UsageError("Which client?")
        for size in range(len(args), 1, -1):
            candidate = " ".join(args[:size])
            if self.clients.find(candidate):
                return candidate, args[size:]
        return (" ".join(args), []) if whole else (args[0], args[1:])

    @staticmethod
    def take_person(words: list[str], inv: Invocation) -> tuple[str, Mention | None]:
        """The person the rest of a command names: a mention the platform resolved (checked to be one
        of our staff), else a plain name (the console has no mentions)."""
        typed = " ".join(words)
        for mention in inv.mentions:
            if " ".join(split_args(mention.text)) != typed and mention.text != typed:
                continue
            who = mention.name or mention.text
            if mention.staff is False:
                raise ClientError(f"{who} isn't one of our staff (a guest, or from another organisation), "
                                  "so they can't own a client. Mention a colleague.")
            if mention.staff is None or not mention.user_id:
                raise ClientError(f"I couldn't check who {who} is, so nothing was changed. I can look people up "
                                  "where I can see them: try again in a moment, or mention them in your team's "
                                  "channel.")
            return mention.name or mention.text, mention
        if any(mention.text in typed for mention in inv.mentions):
            raise UsageError("Mention one person, and nothing else after the client's name.")
        return typed, None

    def take_client_then(self, args: list[str], question: str) -> tuple[str, list[str]]:
        """A client name followed by at least one more argument; `question` asks for it."""
        name, rest = self.take_client(args)
        if not rest:
            raise UsageError(question)
        return name, rest

    # -- the commands ----------------------------------------------------------
    def _built_in(self) -> list[Command]:
        return [
            Command("help", "help", "show this list", lambda inv: self.help_text(), changes_records=False),
            Command("list", "list", "clients and their phase", self._list, changes_records=False),
            Command("show", "show <client>", "one client's record", self._show, changes_records=False),
            Command("add", "add <client>", "add a client record", self._add),
            Command("start", "start <client> <end-date> [reason] [details...]",
                    "give notice: offboarding starts today, support ends on end-date", self._start),
            Command("end", "end <client> <end-date>", "change the last day of support", self._end),
            Command("link", "link <client>", "link this channel/conversation to the client", self._link),
            Command("provider", "provider <client> <name> [contact]", "record the new provider", self._provider),
            Command("owner", "owner <client> @person", "record who on our side owns the client: mention them "
                    "(they sign scripts and get reminders directly)",
                    self._owner),
            Command("reason", "reason <client> <category> [details...]",
                    f"record why we are ending ({', '.join(REASON_CATEGORIES)})", self._reason),
            Command("alias", "alias <client> <other name>", "another name staff use for the client", self._alias),
            Command("set", "set <client> <field> <value>",
                    f"change any field ({', '.join(f.replace('_', '-') for f in SETTABLE)}); `-` clears it",
                    self._set),
            Command("unlink", "unlink", "this channel/conversation no longer belongs to its client", self._unlink),
            Command("mute", "mute <client> [until]",
                    "no auto-replies or drafts for the client until the day given (or until unmuted); "
                    "the team still hears about every message", self._mute),
            Command("unmute", "unmute <client>", "auto-replies and drafts for the client again", self._unmute),
            Command("where", "where", "the ids of this conversation (for settings such as the staff channel)",
                    self._where, changes_records=False),
            Command("done", "done <client>", "mark the offboarding finished (support ended)", self._done),
            Command("cancel", "cancel <client>", "cancel an offboarding, back to active", self._cancel),
        ]

    def _list(self, inv: Invocation) -> str:
        rows = self.clients.all()
        if not rows:
            return "No clients yet. Add one with `offboard add <client>`."
        return "Clients:\n" + "\n".join(f"  {describe_line(c)}" for c in rows)

    def _show(self, inv: Invocation) -> str:
        name, _ = self.take_client(inv.args, whole=True)
        return describe(self.clients.get(name))

    def _add(self, inv: Invocation) -> str:
        if not inv.args:
            raise UsageError("Which client?")
        client = self.clients.add(" ".join(inv.args))
        return f"Added {client['name']} (active)."

    def _start(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "When is the last day of support?")
        end, rest = rest[0], rest[1:]
        first_word = rest[0].lower().replace("-", "_") if rest else ""
        category = first_word if first_word in REASON_CATEGORIES else None
        details = " ".join(rest[1:] if category else rest) or None
        client = self.clients.give_notice(name, end, reason_category=category, reason=details)
        return f"Offboarding started for {client['name']}: notice {client['notice_date']}, " \
               f"support ends {client['end_date']}. The decision is made; I'll help you hold it."

    def _end(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "Which end date?")
        client = self.clients.set_end(name, rest[0])
        return f"{client['name']}: support now ends {client['end_date']} ({client['phase']})."

    def _link(self, inv: Invocation) -> str:
        name, _ = self.take_client(inv.args, whole=True)
        client = self.clients.link(name, inv.platform, inv.conversation_id)
        return f"This conversation is now linked to {client['name']} ({client['phase']}). " \
               f"Messages from their people here will be answered by phase."

    def _provider(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "What is the new provider called?")
        provider, contact = rest[0], " ".join(rest[1:])
        client = self.clients.edit(name, new_provider=provider, new_provider_contact=contact or None)
        return f"{client['name']}: new provider recorded as {client['new_provider']}" + \
            (f" ({client['new_provider_contact']})." if client["new_provider_contact"] else ".")

    def _owner(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "Who owns the client on our side?")
        person, mention = self.take_person(rest, inv)
        client = self.clients.set_owner(name, person, inv.platform if mention else None,
                                        mention.user_id if mention else None)
        return owner_recorded(client)

    def _reason(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, f"Which reason? One of: {', '.join(REASON_CATEGORIES)}")
        category = rest[0].lower().replace("-", "_")
        if category not in REASON_CATEGORIES:
            raise UsageError(f"{rest[0]!r} is not a reason I know. Use one of: {', '.join(REASON_CATEGORIES)}, "
                             f"then the details in your own words.")
        details = " ".join(rest[1:]) or None
        client = self.clients.edit(name, reason_category=category, reason=details)
        shown = f" ({client['reason']})" if client.get("reason") else " (no details: add them in plain words " \
            "so the reason can be given concretely)"
        return f"{client['name']}: reason recorded as {category}{shown}."

    def _alias(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "Which other name?")
        client = self.clients.add_alias(name, " ".join(rest))
        return f"{client['name']} is now also known as: {client['aliases']}."

    def _set(self, inv: Invocation) -> str:
        name, rest = self.take_client_then(inv.args, "Which field? One of: " + ", ".join(SETTABLE))
        field, value = self._field(rest)
        if not value:
            raise UsageError(f"What should the {FIELD_LABELS[field]} be? (`{CLEAR}` clears it)")
        typed = " ".join(value)
        cleared = typed == CLEAR
        if field == "account_owner" and not cleared:
            person, mention = self.take_person(value, inv)
            return owner_recorded(self.clients.set_owner(name, person, inv.platform if mention else None,
                                                         mention.user_id if mention else None))
        if field == "aliases":
            client = self.clients.set_aliases(name, None if cleared else typed)
        else:
            if field == "reason_category" and not cleared:
                typed = typed.lower().replace("-", "_").replace(" ", "_")
            client = self.clients.edit(name, **{field: None if cleared else typed})
        shown = client.get(field)
        label = FIELD_LABELS[field]
        if not shown:
            return f"{client['name']}: {label} cleared."
        return f"{client['name']}: {label} is now {shown}" + \
            (f" ({client['phase']})." if field in ("notice_date", "end_date") else ".")

    @staticmethod
    def _field(rest: list[str]) -> tuple[str, list[str]]:
        """The field named at the front ('email domain', 'email-domain', 'domain'), and the value after it."""
        for size in (3, 2, 1):
            key = "_".join(rest[:size]).lower().replace("-", "_")
            if len(rest) >= size and key in FIELD_NAMES:
                return FIELD_NAMES[key], rest[size:]
        raise UsageError(f"I don't know the field {rest[0]!r}. Fields: {', '.join(SETTABLE)}.")

    def _unlink(self, inv: Invocation) -> str:
        linked = self.clients.for_channel(inv.platform, inv.conversation_id)
        if inv.args and (linked is None or " ".join(inv.args).lower() != linked["name"].lower()):
            raise UsageError(f"This conversation is linked to {linked['name'] if linked else 'no client'}; "
                             "`offboard unlink` (here, with nothing after it) unlinks it.")
        client = self.clients.unlink(inv.platform, inv.conversation_id)
        if client is None:
            return "This conversation isn't linked to a client, so there was nothing to unlink."
        return f"This conversation is no longer linked to {client['name']}: messages here are no longer " \
               f"answered as theirs. `offboard link {client['name']}` links it again."

    def _mute(self, inv: Invocation) -> str:
        name, rest = self.take_client(inv.args)
        client = self.clients.get(name)
        until = None
        if rest:
            if len(rest) > 1 and rest[0].lower() == "until":
                rest = rest[1:]
            until = parse_when(" ".join(rest), client_today(client, self.clients.default_timezone))
        client = self.clients.mute(name, until)
        when = f"until {long_date(until)} (replies and drafts resume that day)" if until \
            else "until someone unmutes them"
        return f"{client['name']} is muted {when}: no automatic replies or drafts for them, and the staff " \
               f"channel still hears about every message they send. `offboard unmute {client['name']}` ends it " \
               f"sooner."

    def _unmute(self, inv: Invocation) -> str:
        name, _ = self.take_client(inv.args, whole=True)
        client = self.clients.unmute(name)
        return f"{client['name']} is no longer muted: replies and drafts follow the reply policy again."

    def _where(self, inv: Invocation) -> str:
        lines = [f"This conversation ({inv.platform}):"]
        lines += [f"  {label}: {value}" for label, value in inv.place] or [f"  Conversation: {inv.conversation_id}"]
        linked = self.clients.for_channel(inv.platform, inv.conversation_id)
        lines.append(f"  Linked to: {linked['name']} ({linked['phase']})" if linked
                     else "  Linked to: no client (`offboard link <client>` links it)")
        return "\n".join(lines)

    def _done(self, inv: Invocation) -> str:
        name, _ = self.take_client(inv.args, whole=True)
        client = self.clients.mark_done(name)
        return f"{client['name']} is done: support ended {client['end_date']}. " \
               f"From now on their requests get a polite no."

    def _cancel(self, inv: Invocation) -> str:
        name, _ = self.take_client(inv.args, whole=True)
        client = self.clients.cancel_offboarding(name)
        return f"Offboarding cancelled for {client['name']}; they are active again."


def owner_recorded(client: dict) -> str:
    """What recording an account owner changed: who signs, and how reminders reach them."""
    owner, ids = client["account_owner"], owner_ids(client)
    said = f"{client['name']}: account owner recorded as {describe_owner(client)}. " \
           f"Scripts for them are now signed by {owner}."
    if ids:
        return said + f" Reminders and drafts left waiting reach them directly ({', '.join(sorted(ids))})."
    return said + f" {owner} is recorded by name only, so reminders go to the staff channel alone; in Slack or " \
                  f"Teams, mention them (`offboard owner {client['name']} @{owner}`) so they reach them directly."


def _muted(until: str | None) -> str | None:
    if not until:
        return None
    return "until unmuted (`offboard unmute`)" if until == MUTED_FOREVER else f"until {until}"


def describe_line(client: dict) -> str:
    verb = "ended" if client["phase"] == "ended" else "ends"
    dates = f", support {verb} {client['end_date']}" if client.get("end_date") else ""
    return f"{client['name']}: {client['phase']}{dates}"


def describe(client: dict) -> str:
    labels = [
        ("Phase", client["phase"]), ("Notice given", client.get("notice_date")),
        ("Support ends", client.get("end_date")), ("Reason", client.get("reason_category")),
        ("Details", client.get("reason")), ("New provider", client.get("new_provider")),
        ("Provider contact", client.get("new_provider_contact")),
        ("Account owner", describe_owner(client)), ("Also known as", client.get("aliases")),
        ("Email domain", client.get("email_domain")),
        ("Timezone", client.get("timezone")), ("Reply mode", client.get("reply_mode")),
        ("Muted", _muted(client.get("muted_until"))),
    ]
    return "\n".join([client["name"]] + [f"  {label}: {value}" for label, value in labels if value])
