"""Getting messages into Teams: throttling retries, stored conversation references,
proactive sends and the StaffNotifier the reminders use.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import time
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import (Activity, ChannelAccount, ConversationAccount, ConversationParameters,
                               ConversationReference, ErrorResponseException)

from bot import clock
from bot.adapters.teams.audience import THREAD_MARK, conversation_key, conversation_tenant, is_group_conversation
from bot.adapters.teams.cards import notice_text
from bot.notify import DeliveryError
from bot.storage import Storage

log = logging.getLogger("partingways.teams")

PLATFORM = "teams"
RETRYABLE_STATUS = frozenset({429, 502, 504})
PERSON_PREFIX = "person:"


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff for throttled sends (Teams: ~7 messages/s per conversation)."""
    attempts: int = 4
    first_pause: float = 0.5
    longest_pause: float = 4.0
    budget: float = 10.0  # Teams gives up on our HTTP answer after about 15 s

    def deadline(self) -> float:
        return time.monotonic() + self.budget

    def pause(self, attempt: int, retry_after: float | None) -> float:
        backoff = min(self.longest_pause, self.first_pause * 2 ** attempt)
        return max(backoff, retry_after or 0.0)


def http_status(error: Exception) -> int | None:
    response = getattr(error, "response", None)
    return getattr(response, "status_code", None) or getattr(response, "status", None)


def retry_after_seconds(error: Exception) -> float | None:
    """Retry-After as seconds, whether sent as a number or an HTTP date."""
    headers = getattr(getattr(error, "response", None), "headers", None) or {}
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - clock.now()).total_seconds())


async def send_with_retries(context: TurnContext, activity: Activity, policy: RetryPolicy,
                            deadline: float):
    """Send once, retrying 429/502/504 with backoff for as long as the deadline allows.

    A send still unanswered at the deadline is abandoned (TimeoutError) so that the
    bot answers Teams in time; Teams may yet deliver it.
    """
    for attempt in itertools.count():
        try:
            # asyncio.timeout, not wait_for: the send starts in this step rather than in a new task
            # scheduled behind other turns' work, so an answer already logged leaves at once.
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                return await context.send_activity(deepcopy(activity))
        except ErrorResponseException as error:
            status = http_status(error)
            pause = policy.pause(attempt, retry_after_seconds(error))
            if status not in RETRYABLE_STATUS or attempt + 1 >= policy.attempts \
                    or time.monotonic() + pause > deadline:
                raise
            log.warning("Teams answered %s; sending again in %.1f s (attempt %d)", status, pause, attempt + 2)
            await asyncio.sleep(pause)


def describe_failure(error: Exception) -> str:
    if isinstance(error, TimeoutError):
        return "Teams did not answer in time; the message may still arrive"
    status = http_status(error)
    return f"Teams answered HTTP {status}: {error}" if status else f"{type(error).__name__}: {error}"


# -- conversation references ---------------------------------------------------------
def person_key(person: str) -> str:
    return PERSON_PREFIX + person.strip().casefold()


def reference_for(activity: Activity) -> tuple[str, dict]:
    """The key and stored form of where this activity came from, for later proactive sends.

    Channel references point at the channel itself so a notice starts a new post;
    only the fields a send needs are kept, so a new speaker does not rewrite the row.
    """
    reference = TurnContext.get_conversation_reference(activity).serialize()
    key = conversation_key(activity.conversation.id)
    reference["conversation"]["id"] = key
    reference["conversation"]["tenantId"] = conversation_tenant(activity)
    for field in ("activityId", "locale"):
        reference.pop(field, None)
    if is_group_conversation(activity):
        reference.pop("user", None)
    return key, reference


def _id_keys(sender) -> list[str]:
    return [person_key(value) for value in (sender.aad_object_id, sender.id) if value]


def personal_chat_key(storage: Storage, sender) -> str | None:
    """The stored 1:1 chat with this person, found by id only (a display name is not proof)."""
    return next((key for key in _id_keys(sender) if storage.conversation_ref(PLATFORM, key) is not None), None)


def remember_conversation(storage: Storage, activity: Activity, colleague: bool) -> None:
    """Keep (or refresh) the reference, plus a per-person one for a colleague's 1:1 chat.

    Only colleagues get person keys: anyone else could take a colleague's display name
    and so receive the reminders meant for them.
    """
    key, reference = reference_for(activity)
    keys = [key]
    sender = activity.from_property
    if colleague and sender and not is_group_conversation(activity):
        # By Azure AD object id and Teams user id only: a display name is not unique, nor proof.
        keys += _id_keys(sender)
    for each in keys:
        if storage.conversation_ref(PLATFORM, each) != reference:
            storage.save_conversation_ref(PLATFORM, each, reference)


def notice_activity(text: str, title: str = "") -> Activity:
    return MessageFactory.text(notice_text(text, title))


class ProactiveSender:
    """Sends into a conversation we are not currently answering, from its stored reference."""

    def __init__(self, adapter, storage: Storage, app_id: str = "", policy: RetryPolicy = RetryPolicy()):
        self.adapter = adapter
        self.storage = storage
        self.app_id = app_id or None
        self.policy = policy

    async def send(self, key: str, activity: Activity, deadline: float | None = None,
                   thread: str = "") -> str | None:
        """Send into the stored conversation (a channel thread's, when thread is given);
        the id Teams gave the new message, when it says."""
        reference = self._reference(key)
        if thread:
            reference.conversation.id = f"{conversation_key(reference.conversation.id)}{THREAD_MARK}{thread}"
        deadline = deadline or self.policy.deadline()
        sent = {}

        async def deliver(context: TurnContext) -> None:
            # The SDK gives the continuation a random id and would "reply" to it; without
            # one the send is a new message (a new post, in a channel).
            context.activity.id = None
            sent["response"] = await send_with_retries(context, activity, self.policy, deadline)

        await self._continue(reference, deliver)
        return getattr(sent.get("response"), "id", None)

    async def send_to_person(self, person: str, activity: Activity, deadline: float | None = None,
                             via: str = "") -> str | None:
        """Send to one person (their AAD object id or Teams user id) in their 1:1 chat with the bot:
        the stored one, else a new one started from the conversation `via` (the staff channel), which
        gives the service URL, the tenant and the bot's own account."""
        key = person_key(person)
        if self.storage.conversation_ref(PLATFORM, key) is not None:
            return await self.send(key, activity, deadline)
        template = self.storage.conversation_ref(PLATFORM, via) if via else None
        if template is None:
            raise DeliveryError(f"I have no 1:1 chat with {person} in Teams yet, and no staff conversation to "
                                "start one from: ask them to say hello to the bot once.")
        tenant = (template.get("conversation") or {}).get("tenantId")  # as reference_for stores it
        return await self._open_personal_chat(person, key, ConversationReference().deserialize(template), tenant,
                                              activity, deadline or self.policy.deadline())

    async def _open_personal_chat(self, person: str, key: str, template: ConversationReference, tenant: str | None,
                                  activity: Activity, deadline: float) -> str | None:
        parameters = ConversationParameters(is_group=False, bot=template.bot, members=[ChannelAccount(id=person)],
                                            tenant_id=tenant, channel_data={"tenant": {"id": tenant}} if tenant else None)
        sent, failed = {}, []

        async def deliver(context: TurnContext) -> None:
            try:
                chat = ConversationReference(bot=template.bot, channel_id=template.channel_id,
                                             service_url=template.service_url,
                                             conversation=ConversationAccount(id=context.activity.conversation.id,
                                                                              conversation_type="personal",
                                                                              tenant_id=tenant)).serialize()
                chat["conversation"]["tenantId"] = tenant
                self.storage.save_conversation_ref(PLATFORM, key, chat)  # the next message goes straight there
                context.activity.id = None
                sent["response"] = await send_with_retries(context, activity, self.policy, deadline)
            except Exception as error:  # noqa: BLE001 - reported below, not swallowed by the adapter
                failed.append(error)

        try:
            await self.adapter.create_conversation(self.app_id, deliver, parameters, template.channel_id,
                                                   template.service_url)
        except Exception as error:  # noqa: BLE001 - any failure is the caller's DeliveryError
            raise DeliveryError(f"I couldn't start a 1:1 chat with {person} in Teams ({describe_failure(error)}): "
                                "the app may not be installed for them; ask them to say hello to the bot once.") from error
        if failed:
            raise DeliveryError(describe_failure(failed[0])) from failed[0]
        return getattr(sent.get("response"), "id", None)

    async def update(self, key: str, activity_id: str, activity: Activity) -> None:
        """Replace a message the bot posted earlier (updateActivity), e.g. a card once it is handled."""
        reference = self._reference(key)
        replacement = deepcopy(activity)
        replacement.id = activity_id

        async def replace(context: TurnContext) -> None:
            await asyncio.wait_for(context.update_activity(replacement), timeout=self.policy.budget)

        await self._continue(reference, replace)

    def _reference(self, key: str) -> ConversationReference:
        stored = self.storage.conversation_ref(PLATFORM, key)
        if stored is None:
            raise DeliveryError(f"I can't reach the Teams conversation {key!r} yet: add the bot there "
                                f"(or send it a message) once so Teams tells it where that is.")
        return ConversationReference().deserialize(stored)

    async def _continue(self, reference: ConversationReference, callback) -> None:
        failed: list[Exception] = []

        async def guarded(context: TurnContext) -> None:
            # The adapter hands a callback's exception to its on_turn_error, which logs and
            # swallows it: catch it here, or a failed send would look like a sent one.
            try:
                await callback(context)
            except Exception as error:  # noqa: BLE001 - reported to the caller below
                failed.append(error)

        try:
            await self.adapter.continue_conversation(reference, guarded, self.app_id)
        except Exception as error:  # noqa: BLE001 - any failure is the caller's DeliveryError
            raise DeliveryError(describe_failure(error)) from error
        if failed:
            raise DeliveryError(describe_failure(failed[0])) from failed[0]


class TeamsNotifier:
    """bot.notify.StaffNotifier for Teams: the staff conversation and 1:1 chats.

    The blocking methods are for code off the event loop (a cron run, a worker
    thread); on the loop, await the *_async versions.
    """

    platform = PLATFORM

    def __init__(self, sender: ProactiveSender, staff_conversation: str = ""):
        self.sender = sender
        self.staff_conversation = conversation_key(staff_conversation)

    async def post_to_staff(self, activity: Activity, deadline: float | None = None) -> str | None:
        if not self.staff_conversation:
            raise DeliveryError("TEAMS_STAFF_CONVERSATION is not set, so I don't know where the team's "
                                "notices go.")
        return await self.sender.send(self.staff_conversation, activity, deadline)

    async def notify_staff_async(self, text: str, title: str = "") -> None:
        await self.post_to_staff(notice_activity(text, title))

    async def notify_person_async(self, person: str, text: str, title: str = "") -> None:
        """person: their AAD object id (or Teams user id), as `offboard owner <client> @name` records it."""
        if not (person or "").strip():
            raise DeliveryError("No person given to message.")
        await self.sender.send_to_person(person, notice_activity(text, title), via=self.staff_conversation)

    def notify_staff(self, text: str, title: str = "") -> None:
        self._wait(self.notify_staff_async(text, title))

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self._wait(self.notify_person_async(person, text, title))

    def _wait(self, coroutine) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(coroutine)  # a thread or process of its own: a short-lived loop is fine
            return
        coroutine.close()
        raise DeliveryError("TeamsNotifier's blocking methods can't run on the event loop; "
                            "await notify_staff_async / notify_person_async there.")
