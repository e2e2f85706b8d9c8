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
class SharedFile:
    """A file that came with a message: what the platform says it is, never its content."""
    name: str          # as the sender named it ("" when the platform does not say)
    kind: str = ""     # the platform's word for its type ("PDF", "pdf", "image/png"), if any


@dataclass(frozen=True)
class Mention:
    """A person mentioned in a message, as the adapter resolved them.

    text: how the mention reads in IncomingMessage.text (adapters write it as "@Display Name");
    user_id: the person's id on the platform (Slack user id, Teams AAD object id);
    staff: True when the platform says they are one of us, False when not (a guest, another
    workspace or tenant), None when it could not be checked.
    """
    text: str
    user_id: str
    name: str = ""
    staff: bool | None = None


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
    # The inbox entry this message came from (see Core.accept_event): logging the message marks
    # the entry, so that after a crash the message is not answered twice.
    inbox_id: int | None = None
    # Files shared with the message (names and types only: the bot never opens them).
    files: tuple[SharedFile, ...] = ()
    # People mentioned in the text (the bot itself left out), resolved by the adapter.
    mentions: tuple[Mention, ...] = ()
    # Where this is on its platform, as (label, value) pairs the adapter names ("Slack channel",
    # "C0123"), for `offboard where`: the ids an operator copies into settings.
    place: tuple[tuple[str, str], ...] = ()


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


# -- the durable inbox (bot/storage/inbox.py): platform events kept until they are handled ----------
class InboxUnavailable(Exception):
    """The inbox could not be written in time (locked by another process, full, read-only).

    An adapter must then not acknowledge the event as received, so that the platform delivers it again.
    """


@dataclass(frozen=True)
class Admission:
    """What the inbox made of an event an adapter is about to acknowledge."""
    id: int
    new: bool        # False: the platform delivered this event before (a retry or duplicate)
    finished: bool   # the event has been handled (always False for a new one)


@dataclass(frozen=True)
class InboxEntry:
    """An event in the inbox, as the platform sent it (secrets redacted)."""
    id: int
    platform: str
    key: str           # the platform's id for the event (Slack event_id, Teams conversation/activity id, ...)
    kind: str          # what the adapter needs to dispatch it again ("event", "command", "message", ...)
    payload: str       # the request body as JSON
    state: str         # received | working | logged | done | failed
    interaction_id: int | None = None
    received_at: str = ""


@dataclass(frozen=True)
class Vote:
    """A helpful / not helpful click on an answer, as the platform reported it; the core checks it
    against the stored interaction before it counts."""
    interaction_id: object    # as it arrived (a button value, a card's data): the core checks it
    value: str
    platform: str
    voter_id: str             # the same id the platform's messages are logged under
    audience: str             # staff | client, as the adapter found the voter
    conversation_id: str      # where the click happened
