"""Reading a Teams activity: which conversation, who is speaking, is the bot addressed.

Plain attribute reads on the activity object, no SDK import: the same
questions will be asked of whichever Teams SDK comes next.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.message import STAFF, SharedFile

GUEST_ROLES = frozenset({"guest", "anonymous"})
GROUP_CONVERSATIONS = frozenset({"channel", "groupchat"})
THREAD_MARK = ";messageid="
FILE_INFO = "application/vnd.microsoft.teams.file.download.info"   # a file in a personal chat
# What Teams attaches that is not a file: the message again as HTML, and cards.
NOT_FILES = ("text/html", "application/vnd.microsoft.card.", "application/vnd.microsoft.teams.card.")


@dataclass(frozen=True)
class Speaker:
    audience: str                # staff | client
    client: str | None = None    # the client they speak for, or whose conversation this is
    in_client_conversation: bool = False


def conversation_key(conversation_id: str) -> str:
    """A channel's id without the ';messageid=' of one thread: links and notices are per channel."""
    return (conversation_id or "").split(";", 1)[0]


def thread_of(conversation_id: str) -> str:
    return (conversation_id or "").partition(THREAD_MARK)[2]


def event_key(activity) -> str:
    """Teams message ids are only unique within a conversation, so the conversation is part of the key."""
    return f"{activity.conversation.id}/{activity.id}" if activity.id else ""


def _extra(model, key: str):
    """A field the SDK's schema does not know, kept among its additional properties."""
    return (getattr(model, "additional_properties", None) or {}).get(key)


def _channel_data(activity) -> dict:
    return activity.channel_data if isinstance(activity.channel_data, dict) else {}


def conversation_tenant(activity) -> str | None:
    conversation = activity.conversation
    return ((_channel_data(activity).get("tenant") or {}).get("id")
            or getattr(conversation, "tenant_id", None) or _extra(conversation, "tenantId"))


def sender_tenant(activity) -> str | None:
    return _extra(activity.from_property, "tenantId") or conversation_tenant(activity)


def is_guest(activity) -> bool:
    sender = activity.from_property
    return bool({sender.role, _extra(sender, "userRole")} & GUEST_ROLES)


def is_colleague(activity, our_tenant: str | None) -> bool:
    """Positively one of us: our tenant, not a guest. Unknown counts as not."""
    return bool(our_tenant) and sender_tenant(activity) == our_tenant and not is_guest(activity)


def is_from_bot(activity) -> bool:
    sender, recipient = activity.from_property, activity.recipient
    if sender is None:
        return False
    return sender.role == "bot" or bool(recipient and sender.id and sender.id == recipient.id)


def is_group_conversation(activity) -> bool:
    conversation = activity.conversation
    kind = (conversation.conversation_type or "").lower()
    return bool(conversation.is_group) or kind in GROUP_CONVERSATIONS


def _bot_mention_texts(activity) -> list[str]:
    bot_id = activity.recipient.id if activity.recipient else None
    texts = []
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        mentioned = _extra(entity, "mentioned") or {}
        if bot_id and mentioned.get("id") == bot_id:
            texts.append(_extra(entity, "text") or f"<at>{mentioned.get('name', '')}</at>")
    return texts


def people_mentioned(activity) -> list[tuple[str, dict]]:
    """(the mention as it stands in the text, whom it names: id, name, maybe aadObjectId) for each
    person mentioned, the bot left out (and tags, channels and teams, which are not people)."""
    bot_id = activity.recipient.id if activity.recipient else None
    found = []
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        mentioned = _extra(entity, "mentioned") or {}
        if not isinstance(mentioned, dict) or not mentioned.get("id") or mentioned.get("id") == bot_id \
                or (mentioned.get("type") or "person").lower() != "person":
            continue
        found.append((_extra(entity, "text") or f"<at>{mentioned.get('name', '')}</at>", mentioned))
    return found


def mentions_bot(activity) -> bool:
    return bool(_bot_mention_texts(activity))


def text_without_bot_mention(activity) -> str:
    """The message text with the bot's own <at>name</at> taken out, other mentions kept."""
    text = activity.text or ""
    for mention in _bot_mention_texts(activity):
        text = text.replace(mention, " ")
    return text.strip()


def addressed_to_bot(activity, speaker: Speaker) -> bool:
    """Personal chats always; in a client's own conversation every client message;
    elsewhere in channels and group chats only when the bot is @mentioned."""
    if not is_group_conversation(activity):
        return True
    if speaker.in_client_conversation and speaker.audience != STAFF:
        return True
    return mentions_bot(activity)


def shared_files(activity) -> tuple[SharedFile, ...]:
    """The files that came with a message (a file in a chat, a SharePoint reference in a channel, an
    inline image): name and type only, never the content or its address."""
    found = []
    for attachment in activity.attachments or []:
        kind = (getattr(attachment, "content_type", None) or "").lower()
        if not kind or kind.startswith(NOT_FILES):
            continue
        content = attachment.content if isinstance(attachment.content, dict) else {}
        name = getattr(attachment, "name", None) or ""
        if kind == FILE_INFO or kind == "reference":
            found.append(SharedFile(name, str(content.get("fileType") or "")))
        else:  # image/png, application/pdf, ... sent inline
            found.append(SharedFile(name, kind))
    return tuple(found)
