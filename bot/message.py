"""The boundary between adapters and the core: a message in, a decision out."""
from __future__ import annotations

from dataclasses import dataclass, field

STAFF = "staff"
CLIENT = "client"
AUDIENCES = (STAFF, CLIENT)

# What the adapter should do with a decision.
REPLY = "reply"        # send decision.reply to the sender
HANDOFF = "handoff"    # send nothing to the sender; a person must answer (see staff_notice)
IGNORE = "ignore"      # send nothing at all
COMMAND = "command"    # a staff command ran; decision.reply holds its result
DENY = "deny"          # the sender may not do that; decision.reply says so politely
DRAFT = "draft"        # send nothing to the sender yet: decision.draft waits in the staff channel for a person


@dataclass(frozen=True)
class IncomingMessage:
    text: str
    platform: str                 # console | slack | teams
    sender_id: str
    sender_name: str = ""
    audience: str = STAFF         # staff | client
    client: str | None = None     # client name when the conversation is linked to one
    conversation_id: str = ""
    thread_id: str = ""
    message_id: str = ""
    # The adapter knows outsiders can read this conversation (e.g. a Slack Connect channel).
    shared_with_outsiders: bool = False
    # A one-to-one conversation with the bot (a DM, a Teams personal chat, the console): its
    # follow-ups share one memory of the client being discussed, whatever thread they are in.
    direct: bool = False


@dataclass(frozen=True)
class Reply:
    """A reply in plain text plus the parts adapters lay out as cards/blocks."""
    text: str
    title: str = ""
    coaching: str = ""
    script: str = ""
    principle: str | None = None
    audience: str = STAFF
    facts: dict = field(default_factory=dict)
    # A handover checklist to lay out beside the text (Slack checkboxes, a Teams card with
    # toggles); a bot.checklist.ChecklistView, typed loosely so this module stays in the base layer.
    checklist: object = None


# What a choice picks: a client to answer about, or the intent the question meant.
CHOICE_CLIENT = "client"
CHOICE_INTENT = "intent"
CHOICE_KINDS = (CHOICE_CLIENT, CHOICE_INTENT)


@dataclass(frozen=True)
class Choice:
    """One option offered with an answer ("which client?", "did you mean ...?").

    Picking it calls Bot.choose(message, decision.interaction_id, choice), which answers the
    original question again with that client or intent. Adapters show choices as buttons,
    a select or a numbered list; they never interpret them.
    """
    label: str   # what the person sees
    kind: str    # CHOICE_CLIENT or CHOICE_INTENT
    value: str   # the client's name, or the intent's name


@dataclass
class Decision:
    action: str
    intent: str | None = None
    principle: str | None = None
    confidence: float = 0.0
    reply: Reply | None = None
    staff_notice: Reply | None = None
    client: str | None = None
    phase: str | None = None
    interaction_id: int | None = None
    error: str | None = None
    feedback_enabled: bool = False
    # A staff-only reply (coaching, command output) asked for where a client can read:
    # deliver it to the asker alone (ephemeral, DM or the staff channel), never in the conversation.
    private: bool = False
    # Options to offer with the reply; picking one answers the same question again (Bot.choose).
    choices: list[Choice] = field(default_factory=list)
    choice_prompt: str = ""
    # A reply drafted for staff (approve mode: to Send / Edit / Don't send; shadow mode: to read
    # only). Adapters post it as a card in the staff channel instead of staff_notice.
    draft: object | None = None   # a bot.drafts.Draft
