"""Drafted replies to email, approved from the staff mailbox.

In approve mode the core drafts a client's reply instead of sending it (bot/drafts.py). For a
client who wrote by email, the draft's "card" is a mail to EMAIL_STAFF_ADDRESS whose Message-ID
carries the draft's number and its secret token. A colleague answers it, from one of our own
mail domains, with one word on the first line:

- ``send``: the draft goes to the client as written, threaded under their message;
- ``edit``: the rest of the answer, below that first line, goes instead;
- ``drop`` (or ``don't send``), optionally followed by why: nothing is sent.

Anything else changes nothing, and an automatic answer (an out-of-office) is never taken for
one: only the first word counts, and auto-generated mail is ignored before that.
"""
from __future__ import annotations

import re
from email.message import EmailMessage

from bot.adapters.email.outbound import compose_notice
from bot.adapters.email.parse import InboundMail
from bot.config import Config
from bot.drafts import DROP, EDIT, SEND, Draft, describe_draft

_REFERENCE = re.compile(r"<pw\.draft\.(\d{1,12})\.([A-Za-z0-9_-]{8,64})@")
_DROP = re.compile(r"^(?:drop|don'?t send|do not send)\b[\s:,.-]*", re.IGNORECASE)

HOW_TO_ANSWER = """To answer, reply to this email (from your own work address) with one word on the first line:
  send            to send the drafted reply as it is;
  edit            and, below that line, the reply as it should go instead;
  drop            to send nothing (add why on the same line if you like).
The first answer wins; anything else changes nothing."""


def draft_message_id(config: Config, draft: Draft) -> str:
    return f"<pw.draft.{draft.id}.{draft.token}@{config.email_domain or 'localhost'}>"


def draft_mail(config: Config, draft: Draft, context: str) -> EmailMessage:
    """The draft's card: a mail to the staff mailbox that a colleague answers."""
    text = f"{describe_draft(draft)}\n\n{context}\n\n{HOW_TO_ANSWER}"
    message = compose_notice(config, config.email_staff_address, text,
                             f"Draft reply #{draft.id} for {draft.client} waits for approval")
    message.replace_header("Message-ID", draft_message_id(config, draft))
    return message


def draft_reference(mail: InboundMail) -> tuple[int, str] | None:
    """The draft a message answers (its number and token), from In-Reply-To / References."""
    for message_id in (*mail.in_reply_to, *reversed(mail.references)):
        found = _REFERENCE.match(message_id)
        if found:
            return int(found.group(1)), found.group(2)
    return None


def staff_answer(text: str) -> tuple[str, str | None, str] | None:
    """(verb, edited text, reason) from a colleague's answer, or None when it is none of them."""
    lines = text.strip().splitlines()
    if not lines:
        return None
    first, rest = lines[0].strip(), "\n".join(lines[1:]).strip()
    word = first.lower().rstrip(".!:")
    if word == "send":
        return SEND, None, ""
    if word == "edit":
        return (EDIT, rest, "") if rest else None
    dropped = _DROP.match(first)
    if dropped:
        return DROP, None, first[dropped.end():].strip()
    return None
