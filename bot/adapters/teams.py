"""The Microsoft Teams adapter: Bot Framework activities in, core decisions out.

It works out who is speaking (staff or someone at a client) and whether the
bot is being addressed, hands the text to the core, and delivers what the
core decided: a coaching card, a reply, a command result, a staff notice.
Every Bot Framework import lives in bot/adapters/teams*.py; the SDK is
archived, so moving to its successor should touch only these files.
"""
from __future__ import annotations

import asyncio
import logging

from botbuilder.core import ActivityHandler, CardFactory, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity

from bot.adapters.teams_audience import (Speaker, addressed_to_bot, conversation_key, event_key,
                                         is_colleague, is_from_bot, is_outsider, text_without_bot_mention,
                                         thread_of)
from bot.adapters.teams_cards import (coaching_card, feedback_from_submit, feedback_thanks, has_card_parts,
                                      teams_text)
from bot.adapters.teams_delivery import (PLATFORM, ProactiveSender, RetryPolicy, TeamsNotifier,
                                         describe_failure, notice_activity, remember_conversation,
                                         send_with_retries)
from bot.core import Bot
from bot.message import CLIENT, COMMAND, DENY, REPLY, STAFF, Decision, IncomingMessage
from bot.notify import DeliveryError

log = logging.getLogger("partingways.teams")

DEADLINE = "partingways.deadline"  # turn_state key: when this turn's sends must stop retrying
ROSTER_SECONDS = 3.0               # a slow roster look-up must not eat the time left to answer


class TeamsBot(ActivityHandler):
    def __init__(self, core: Bot, policy: RetryPolicy = RetryPolicy()):
        self.core = core
        self.config = core.config
        self.policy = policy

    async def on_turn(self, turn_context: TurnContext):
        if is_from_bot(turn_context.activity):
            return
        turn_context.turn_state.setdefault(DEADLINE, self.policy.deadline())
        await super().on_turn(turn_context)

    # -- being added somewhere: remember where, for notices later ---------------------
    async def on_conversation_update_activity(self, turn_context: TurnContext):
        recipient = turn_context.activity.recipient
        if any(member.id == recipient.id for member in turn_context.activity.members_added or []):
            remember_conversation(self.core.storage, turn_context.activity)

    async def on_installation_update_add(self, turn_context: TurnContext):
        remember_conversation(self.core.storage, turn_context.activity)

    # -- messages -------------------------------------------------------------------
    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        if not self.core.claim_event(PLATFORM, event_key(activity)):
            return  # Teams redelivered an activity we already answered
        remember_conversation(self.core.storage, activity)
        speaker = await self._speaker(turn_context)
        if activity.value is not None and not (activity.text or "").strip():
            await self._feedback(turn_context, speaker)
            return
        text = text_without_bot_mention(activity)
        if not text or not addressed_to_bot(activity, speaker):
            return
        message = self._incoming(activity, text, speaker)
        decision = self.core.handle(message)
        await self._deliver(turn_context, decision, speaker)

    def _incoming(self, activity: Activity, text: str, speaker: Speaker) -> IncomingMessage:
        sender = activity.from_property
        return IncomingMessage(
            text=text, platform=PLATFORM, sender_id=sender.aad_object_id or sender.id,
            sender_name=sender.name or "", audience=speaker.audience, client=speaker.client,
            conversation_id=conversation_key(activity.conversation.id),
            thread_id=thread_of(activity.conversation.id), message_id=activity.id or "")

    # -- who is speaking ---------------------------------------------------------------
    async def _speaker(self, turn_context: TurnContext) -> Speaker:
        activity = turn_context.activity
        ours = self._our_tenant()
        linked = self.core.clients.for_channel(PLATFORM, conversation_key(activity.conversation.id))
        if linked:
            # The client's own conversation: only someone positively ours is staff here.
            audience = STAFF if is_colleague(activity, ours) else CLIENT
            return Speaker(audience, linked["name"], in_client_conversation=True)
        if is_outsider(activity, ours):
            return Speaker(CLIENT, await self._client_by_email(turn_context))
        return Speaker(STAFF)

    def _our_tenant(self) -> str | None:
        """Ours is the configured tenant, else the tenant of the staff conversation."""
        if self.config.teams_tenant_id:
            return self.config.teams_tenant_id
        staff = self.core.storage.conversation_ref(PLATFORM, conversation_key(self.config.teams_staff_conversation))
        return ((staff or {}).get("conversation") or {}).get("tenantId")

    async def _client_by_email(self, turn_context: TurnContext) -> str | None:
        """A guest's or external user's client, from the domain of their email address."""
        try:
            member = await asyncio.wait_for(TeamsInfo.get_member(turn_context, turn_context.activity.from_property.id),
                                            timeout=ROSTER_SECONDS)
        except Exception as error:  # noqa: BLE001 - no roster means no client match, not a failure
            log.info("could not look up the sender in the Teams roster: %s", error)
            return None
        domain = (member.email or "").rpartition("@")[2]
        client = self.core.clients.for_email_domain(domain) if domain else None
        return client["name"] if client else None

    # -- delivering the core's decision ----------------------------------------------
    async def _deliver(self, turn_context: TurnContext, decision: Decision, speaker: Speaker) -> None:
        reply = self._reply_activity(decision)
        if reply is not None and speaker.in_client_conversation and speaker.audience == STAFF \
                and decision.action == REPLY:
            # Coaching asked for in a client's conversation goes to the team, out of the client's sight.
            asker = turn_context.activity.from_property.name or "A colleague"
            reply.text = teams_text(f"{asker} asked in {speaker.client}'s conversation; "
                                    f"I've answered here so the client can't see the coaching.")
            await self._to_staff(turn_context, decision, reply)
        elif reply is not None:
            await self._send(turn_context, reply, decision.interaction_id)
        if decision.staff_notice:
            notice = decision.staff_notice
            await self._to_staff(turn_context, decision, notice_activity(notice.text, notice.title))

    def _reply_activity(self, decision: Decision) -> Activity | None:
        if decision.action not in (REPLY, COMMAND, DENY) or decision.reply is None:
            return None
        reply = decision.reply
        if reply.audience == CLIENT or not has_card_parts(reply):
            return MessageFactory.text(teams_text(reply.text))
        card = coaching_card(reply, decision.interaction_id, decision.feedback_enabled)
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
        activity.summary = reply.title
        return activity

    async def _send(self, turn_context: TurnContext, activity: Activity, interaction_id: int | None) -> None:
        try:
            await send_with_retries(turn_context, activity, self.policy, turn_context.turn_state[DEADLINE])
        except Exception as error:  # noqa: BLE001 - a failed send is recorded, never lost silently
            log.warning("could not reply in Teams: %s", describe_failure(error))
            self.core.record_delivery_error(interaction_id, describe_failure(error))

    async def _to_staff(self, turn_context: TurnContext, decision: Decision, activity: Activity) -> None:
        sender = ProactiveSender(turn_context.adapter, self.core.storage, self.config.teams_app_id, self.policy)
        notifier = TeamsNotifier(sender, self.config.teams_staff_conversation)
        try:
            await notifier.post_to_staff(activity, turn_context.turn_state[DEADLINE])
        except DeliveryError as error:
            log.warning("could not post to the staff conversation: %s", error)
            self.core.record_delivery_error(decision.interaction_id, f"staff notice: {error}")

    # -- feedback buttons ---------------------------------------------------------------
    async def _feedback(self, turn_context: TurnContext, speaker: Speaker) -> None:
        vote = feedback_from_submit(turn_context.activity.value)
        if vote is None or speaker.audience != STAFF:
            return  # not our card, or not someone whose vote counts
        interaction_id, verdict = vote
        if self.core.record_feedback(interaction_id, verdict):
            await self._send(turn_context, MessageFactory.text(feedback_thanks(verdict)), None)
