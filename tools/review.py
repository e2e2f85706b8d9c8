"""`python app.py review`: run the blind review set through the real bot and write the replies.

The review set (responses/review/messages.jsonl) was written by someone who never saw the
templates or the training data; each line is a message, who sent it (staff or a client) and
what a careful account manager would expect. This seeds the roster that set assumes, pins
the clock to its date, sends every message through Bot.handle exactly as an adapter would
(staff in a fresh direct conversation each; a client in its own linked conversation) and
writes what came back: the reply, or for a hand-off the staff notice with its draft.
"""
from __future__ import annotations

import json
import re
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

from bot import clock
from bot.config import load_config
from bot.core import Bot
from bot.message import CLIENT, STAFF, IncomingMessage

REVIEW_DIR = Path(__file__).resolve().parent.parent / "responses" / "review"
MESSAGES = REVIEW_DIR / "messages.jsonl"
# Tuesday 1 December 2026, mid-morning in London: the day the review set was written for.
REVIEW_INSTANT = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
OFFICE_CLOSED = (date(2026, 12, 24), date(2027, 1, 1))
PLATFORM = "slack"
# Who asks the staff questions: the platform gives the bot their name, and a reviewer should know it too.
STAFF_MEMBER = "Sam Taylor"

# The roster the review set assumes, exactly as its author described it (an ended client's notice date is
# "in the past", not a date), and the office closure its brief states.
ROSTER = [
    dict(name="Acme Dental", status="transition", notice_date="2026-11-20", end_date="2026-12-21",
         reason_category="late_payment", reason="invoices paid 30-60 days late most of this year",
         account_owner="Priya Shah"),
    dict(name="Globex Logistics", status="ended", end_date="2026-11-17",
         reason_category="scope_creep", reason="repeated requests for projects outside the agreed scope",
         new_provider="BrightPath IT", new_provider_contact="help@brightpath.example", account_owner="Tom Becker"),
    dict(name="Hooli Bakery", status="transition", notice_date="2026-11-23", end_date="2027-01-04",
         reason_category="overload", new_provider="Castle Tech"),
    dict(name="Vandelay Imports", status="ended", end_date="2026-10-30",
         reason_category="never_satisfied", account_owner="Priya Shah"),
    dict(name="Initech", status="active"),
]
# A client message is replayed like an email with only an address: the platform gives no name, so the review
# measures whom the bot greets when it doesn't know (not a contact assumed for every message: a new provider,
# a lawyer or a new office manager write in too). A message that signs with a name gives that name, as a
# platform showing the sender would.
_NAME = r"((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)"
_SIGNED = (
    # The sign-off's words in any case, the name itself capitalised (so "thanks for nothing" signs nothing).
    re.compile(r"(?:^|\n|[.!?]\s+)(?i:thanks|thank\s+you|many\s+thanks|regards|kind\s+regards|best(?:\s+regards)?|"
               r"best\s+wishes|cheers|sincerely|yours\s+sincerely)[,.!]?\s*(?:\n\s*|\s+)[-\u2013\u2014]?\s*" + _NAME
               + r"[,.!]?\s*(?:\n[^\n]{0,60})?\s*$"),
    # any short sign-off line of its own ("With hope,") above the name and, perhaps, the organisation's line
    re.compile(r"(?:^|\n)[ \t]*(?i:[a-z]+(?:[ \t]+[a-z]+){0,2}),[ \t]*\n\s*" + _NAME + r"[ \t]*(?:\n[^\n]{0,60})?\s*$"),
    re.compile(r"(?:^|\n|\s)[-\u2013\u2014]{1,2}\s*" + _NAME + r"\s*(?:[,(][^\n]{0,60})?\s*$"),
    re.compile(r"\b(?i:it'?s|this\s+is)\s+" + _NAME + r"\s+(?:from|at|here)\b"),
)


def signed_name(text: str) -> str:
    """The name a message signs with ("Thanks, Jen", "- Carla (SmileTech)", "this is Dr Lin from ..."), or ""."""
    for pattern in _SIGNED:
        found = pattern.search(text.strip())
        if found:
            return found.group(1)
    return ""


def channel_of(name: str) -> str:
    return "C" + "".join(ch for ch in name.upper() if ch.isalnum())


def seed(bot: Bot) -> None:
    for record in ROSTER:
        record = dict(record)
        bot.clients.add(record.pop("name"), **record)
    for record in ROSTER:
        bot.clients.link(record["name"], PLATFORM, channel_of(record["name"]))


def message_for(number: int, row: dict) -> IncomingMessage:
    if row["audience"] == STAFF:
        return IncomingMessage(text=row["text"], platform=PLATFORM, sender_id="U_STAFF", sender_name=STAFF_MEMBER,
                               audience=STAFF, conversation_id=f"D_REVIEW_{number}", thread_id=f"{number}.0",
                               message_id=f"{number}.0", direct=True)
    name = row["client"]
    return IncomingMessage(text=row["text"], platform=PLATFORM, sender_id=f"U_{channel_of(name)}",
                           sender_name=signed_name(row["text"]), audience=CLIENT, client=name,
                           conversation_id=channel_of(name), thread_id=f"{number}.0", message_id=f"{number}.0",
                           shared_with_outsiders=True)


def run(messages: Path = MESSAGES) -> list[dict]:
    rows = [json.loads(line) for line in messages.read_text(encoding="utf-8").splitlines() if line.strip()]
    previous = clock.use(clock.FixedClock(REVIEW_INSTANT))
    try:
        with tempfile.TemporaryDirectory() as folder:
            # The review judges what the bot would say, so replies go out at once (auto) rather than
            # waiting as drafts for a person, as they would on a new installation.
            config = load_config(environ={}, db_path=str(Path(folder) / "review.db"), reply_mode="auto",
                                 office_closed=OFFICE_CLOSED)
            with Bot(config) as bot:
                seed(bot)
                return [_answer(bot, number, row) for number, row in enumerate(rows, start=1)]
    finally:
        clock.use(previous)


def _answer(bot: Bot, number: int, row: dict) -> dict:
    decision = bot.handle(message_for(number, row))
    record = bot.clients.find(row["client"]) if row.get("client") else None
    out = {"n": number, "audience": row["audience"], "client": row.get("client"),
           "phase": record["phase"] if record else None, "message": row["text"], "expect": row["expect"],
           "action": decision.action, "intent": decision.intent, "principle": decision.principle,
           "answered_about": decision.client,
           "reply": decision.reply.text if decision.reply else "",
           "staff_notice": decision.staff_notice.text if decision.staff_notice else "",
           # In doubt, even auto mode drafts for a person: the reviewer reads what would be approved.
           "draft": decision.draft.text if decision.draft else "",
           "draft_note": decision.draft.note if decision.draft else "",
           "choices": [choice.label for choice in decision.choices]}
    return out


def readable(results: list[dict]) -> str:
    """The replies as one Markdown file, message by message, for a reviewer to read."""
    lines = ["# Blind review: the bot's replies", "",
             f"Pinned date {REVIEW_INSTANT:%A %Y-%m-%d}. Made by `python app.py review`; do not edit by hand.", ""]
    for r in results:
        lines += [f"## {r['n']}. {r['audience']} · {r['client'] or 'no client named'} · {r['phase'] or '-'}", "",
                  *([f"**From:** {STAFF_MEMBER}, a colleague, in a direct message to the bot", ""]
                    if r["audience"] == "staff" else []),
                  f"**Message:** {r['message']}", "",
                  f"**Expected:** {r['expect']}", "",
                  f"**Action:** {r['action']} · intent {r['intent']} · principle {r['principle']} · "
                  f"answered about {r['answered_about'] or 'no client'}", ""]
        if r["reply"]:
            lines += ["**Reply:**", "", "```text", r["reply"], "```", ""]
        if r.get("draft"):
            lines += ["**Drafted for a person to approve (not sent until they do):**", "", "```text", r["draft"],
                      "```", ""] + ([f"**Note on the draft:** {r['draft_note']}", ""] if r.get("draft_note") else [])
        if r["choices"]:
            lines += ["**Choices offered:** " + "; ".join(r["choices"]), ""]
        if r["staff_notice"]:
            lines += ["**To the staff channel:**", "", "```text", r["staff_notice"], "```", ""]
    return "\n".join(lines)


def write(results: list[dict], folder: Path = REVIEW_DIR) -> tuple[Path, Path]:
    jsonl, markdown = folder / "replies.jsonl", folder / "replies.md"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    markdown.write_text(readable(results), encoding="utf-8")
    return jsonl, markdown
