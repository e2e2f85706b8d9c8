"""Messages as the situation tests send them: a colleague in the console, a client in a shared Slack thread."""
from __future__ import annotations

from dataclasses import replace

from bot.message import CLIENT, IncomingMessage


def staff(text: str, **fields) -> IncomingMessage:
    return IncomingMessage(text=text, platform="console", sender_id="U_STAFF", **fields)


def client(text: str, name: str, thread: str = "t1", **fields) -> IncomingMessage:
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name="Dana Lee",
                           audience=CLIENT, client=name, conversation_id="C_SHARED", thread_id=thread, **fields)


def script_asked_by_sam(bot, text: str) -> str:
    """The ready-to-send wording when Sam Taylor, by name, asks for it."""
    return bot.handle(replace(staff(text), sender_name="Sam Taylor")).reply.script


def what_was_said(decision) -> str:
    """The words a decision carries: the reply sent, the draft held for approval, or the staff notice with its draft."""
    return (decision.reply or decision.draft or decision.staff_notice).text
