"""The console adapter: chat with the bot as staff or as a client, from a terminal or a pipe."""
from __future__ import annotations

import itertools
import sys
import threading
from typing import Callable, TextIO

from bot.adapters.signals import InterruptibleRead, Stopped, stop_requested
from bot.core import Bot
from bot.drafts import DROP, EDIT, SEND, DraftRequest, describe_draft
from bot.message import CLIENT, COMMAND, DENY, DRAFT, HANDOFF, IGNORE, REPLY, STAFF, IncomingMessage
from bot.notify import ConsoleNotifier
from bot.reminders.runner import run_due, start_reminder_loop
from bot.storage import utcnow

HELP = """Console commands:
  /as staff                 speak as a member of our team (the default)
  /as client <name>         speak as someone at that client, in its shared channel
  /clients                  list clients and their phase
  /drafts                   drafted replies waiting for the team
  /send N                   send draft N to the client as drafted
  /edit N text              send your own text instead of draft N (exactly as typed)
  /drop N [reason]          don't send draft N
  /help                     this text
  /quit                     leave
Anything else is a message to the bot. Staff commands: 'offboard help'."""


class ConsoleSession:
    """The console adapter (see bot.contract.Adapter): one person at the keyboard; feed() takes
    a line and returns what to print."""

    platform = "console"

    def staff_notifier(self) -> ConsoleNotifier:
        return ConsoleNotifier()

    def __init__(self, bot: Bot, user: str = "you"):
        self.bot = bot
        self.user = user
        self.audience = STAFF
        self.client: str | None = None
        self._ids = itertools.count(1)
        # The choices offered with the last answer: typing one's number picks it.
        self._choices: list = []
        self._choices_for: int | None = None

    @property
    def prompt(self) -> str:
        return f"[{self.client} client]> " if self.audience == CLIENT else "[staff]> "

    def feed(self, line: str) -> str:
        line = line.rstrip("\r\n")
        if not line.strip():
            return ""
        if line.startswith("/as"):
            return self._switch(line[3:].split())
        if line.strip() == "/clients":
            return self._staff_command("list")
        if line.strip() == "/help":
            return HELP
        verb = line.split(maxsplit=1)[0]
        if verb in DRAFT_VERBS:
            return self._act(DRAFT_VERBS[verb], line[len(verb):].strip())
        if line.strip() == "/drafts":
            return self._open_drafts()
        if line.strip().isdigit() and self._choices:
            return self._pick(int(line.strip()))
        return self._send(line)

    def _message(self, text: str) -> IncomingMessage:
        number = next(self._ids)
        conversation = f"console:{self.client}" if self.client else "console"
        return IncomingMessage(
            text=text, platform=self.platform, sender_id=self.user,
            sender_name="Dana" if self.audience == CLIENT else "", audience=self.audience,
            client=self.client, conversation_id=conversation, thread_id=str(number),
            message_id=str(number), direct=self.audience == STAFF, place=(("Console session", conversation),))

    def _pick(self, number: int) -> str:
        if not 1 <= number <= len(self._choices):
            return f"Pick a number from 1 to {len(self._choices)}, or ask something else."
        choice, interaction = self._choices[number - 1], self._choices_for
        return self._show(self.bot.choose(self._message(choice.label), interaction, choice))

    def _show(self, decision) -> str:
        self._choices = list(decision.choices) if decision.interaction_id is not None else []
        self._choices_for = decision.interaction_id
        return format_decision(decision)

    # -- drafts: the console is the staff channel too ---------------------------------------
    def _act(self, verb: str, rest: str) -> str:
        number, _, text = rest.partition(" ")
        if not number:
            return f"Usage: /{verb} N" + (" text" if verb == EDIT else " [reason]" if verb == DROP else "")
        request = DraftRequest(draft_id=number, token=None, verb=verb, platform="console", actor_id=self.user,
                               actor_name=self.user, audience=self.audience,
                               text=text if verb == EDIT else None, reason=text if verb == DROP else "")
        result = self.bot.drafts.act(request)
        if not result.deliver:
            lines = [] if result.ok else [f"bot: {result.message}"]  # a change shows as the card's update
        else:
            draft = result.draft
            lines = [f"bot (to {draft.client}'s conversation):\n{_indent(draft.final_text)}"]
            result = self.bot.drafts.delivered(draft.id)
        if result.ok and result.draft is not None:
            lines.append(f"bot (draft #{result.draft.id} updated in the staff channel):\n"
                         f"{_indent(result.draft.outcome)}")
        if result.new_draft is not None:
            lines.append(_draft_card(result.new_draft))
        return "\n".join(lines)

    def _open_drafts(self) -> str:
        if self.audience != STAFF:
            return "Drafts are for the team: /as staff first."
        drafts = self.bot.drafts.open("console")
        if not drafts:
            return "No drafts waiting."
        return "\n".join(_draft_card(draft) for draft in drafts)

    def _switch(self, words: list[str]) -> str:
        if words[:1] == ["staff"]:
            self.audience, self.client = STAFF, None
            return "You are speaking as staff."
        if words[:1] == ["client"] and len(words) > 1:
            client = self.bot.clients.find_loosely(" ".join(words[1:]))
            if client is None:
                return f"No client called {' '.join(words[1:])!r}. Try /clients."
            self.audience, self.client = CLIENT, client["name"]
            return f"You are speaking as someone at {client['name']} ({client['phase']})."
        return "Usage: /as staff | /as client <name>"

    def _staff_command(self, text: str) -> str:
        message = IncomingMessage(text=f"offboard {text}", platform=self.platform, sender_id=self.user,
                                  conversation_id="console")
        return self.bot.handle(message).reply.text

    def _send(self, text: str) -> str:
        return self._show(self.bot.handle(self._message(text)))


def format_decision(decision) -> str:
    """Show what each party would receive, as Slack or Teams would deliver it."""
    lines = []
    if decision.action in (REPLY, COMMAND, DENY) and decision.reply:
        to = "to the client" if decision.reply.audience == CLIENT else "reply"
        lines.append(f"bot ({to}):\n{_indent(decision.reply.text)}")
    if decision.action == HANDOFF:
        lines.append("bot: (no auto-reply; handed to a person)")
    if decision.action == IGNORE:
        lines.append("bot: (stays quiet: this client is not being offboarded)")
    if decision.choices and decision.action in (REPLY, COMMAND):
        options = [f"{number}. {choice.label}" for number, choice in enumerate(decision.choices, start=1)]
        lines.append(_indent("\n".join([decision.choice_prompt or "Choose one:"] + options +
                                       ["(type a number to pick one)"])))
    if decision.action == DRAFT:
        lines.append("bot: (nothing sent to the client yet: the reply waits for the team)")
    if decision.draft is not None:
        lines.append(_draft_card(decision.draft))
    elif decision.staff_notice:
        lines.append(f"bot (to the staff channel):\n{_indent(decision.staff_notice.text)}")
    return "\n".join(lines)


DRAFT_VERBS = {"/send": SEND, "/edit": EDIT, "/drop": DROP}


def _draft_card(draft) -> str:
    text = describe_draft(draft)
    if draft.is_open:
        text += f"\n/send {draft.id} · /edit {draft.id} <your text> · /drop {draft.id} [reason]"
    return f"bot (to the staff channel):\n{_indent(text)}"


def _indent(text: str) -> str:
    return "\n".join("  " + line if line else "" for line in text.splitlines())


def start_console_reminders(bot: Bot, stdout: TextIO) -> Callable[[], None]:
    """Print what is due now, then keep printing reminders as they fall due; returns how to stop."""
    notifier = ConsoleNotifier(write=lambda text: print(f"\n{text}", file=stdout, flush=True))
    run_due(bot, [notifier], utcnow())  # before the first prompt, so a piped session reads in order
    stop = threading.Event()
    thread = start_reminder_loop(bot, [notifier], bot.config.reminder_interval_seconds, stop)

    def stop_and_wait() -> None:
        # The caller closes the database next: a pass still querying it would crash the process.
        stop.set()
        thread.join()
    return stop_and_wait


def run_console(bot: Bot, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, reminders: bool = False) -> int:
    """Chat until /quit, the end of the input, SIGTERM or Ctrl+C; then stop the reminders (before the
    caller closes the database) and return 0."""
    session = ConsoleSession(bot)
    interactive = stdin.isatty()
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(errors="replace")  # bytes that are not UTF-8 become U+FFFD instead of ending the chat
    if interactive:
        print(f"Parting Ways console ({bot.config.company}). Type /help for help, /quit to leave.", file=stdout)
    stop_reminders = start_console_reminders(bot, stdout) if reminders else None
    reader = InterruptibleRead()
    try:
        with stop_requested(then=reader.interrupt) as stop:
            return _read_loop(session, stdin, stdout, interactive, reader, stop)
    except Stopped:
        if interactive:
            print(file=stdout)
        return 0
    finally:
        if stop_reminders:
            stop_reminders()


def _read_loop(session: ConsoleSession, stdin: TextIO, stdout: TextIO, interactive: bool,
               reader: InterruptibleRead | None = None, stop: threading.Event | None = None) -> int:
    reader = reader or InterruptibleRead()
    while stop is None or not stop.is_set():
        if interactive:
            stdout.write(session.prompt)
            stdout.flush()
        line = reader.read(stdin.readline)
        if not line or line.strip() in ("/quit", "/exit"):
            return 0
        if not interactive and line.strip():
            print(f"{session.prompt}{line.rstrip()}", file=stdout)
        output = session.feed(line)
        if output:
            print(output, file=stdout)
    return 0
