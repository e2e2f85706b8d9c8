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
import re
import shlex
from copy import deepcopy
from dataclasses import replace

from botbuilder.core import ActivityHandler, CardFactory, InvokeResponse, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity

from bot.adapters.teams.audience import (GUEST_ROLES, Speaker, addressed_to_bot, conversation_key,
                                         conversation_tenant, event_key, is_colleague, is_from_bot,
                                         people_mentioned, shared_files, text_without_bot_mention, thread_of)
from bot.adapters.teams.cards import (choice_from_submit, coaching_card, escape_markdown, feedback_from_submit,
                                      feedback_thanks, fit_card, has_card_parts, teams_text, with_choices)
from bot.adapters.teams.drafts import TeamsDrafts, draft_submit
from bot.adapters.teams.checklist import changes_from_submit, checklist_card, is_checklist_submit, submitted_text
from bot.adapters.teams.delivery import (PLATFORM, ProactiveSender, RetryPolicy, TeamsNotifier,
                                         describe_failure, notice_activity, personal_chat_key,
                                         remember_conversation, send_with_retries)
from bot.core import Bot
from bot.commands import parse_command_text
from bot.message import CLIENT, COMMAND, DENY, REPLY, STAFF, Decision, IncomingMessage, Mention, Vote
from bot.notify import DeliveryError

log = logging.getLogger("partingways.teams")

DEADLINE = "partingways.deadline"  # turn_state key: when this turn's sends must stop retrying
INBOX_ID = "partingways.inbox_id"  # turn_state key: the inbox entry the turn handles (set by the receiver)
ROSTER_SECONDS = 3.0               # a slow roster look-up must not eat the time left to answer
UNKNOWN_TENANT_WARNING = (
    "Teams: our Microsoft 365 tenant is unknown, so nobody is treated as staff (no commands, no coaching) "
    "until it is. Set MicrosoftAppTenantId to the firm's tenant id, or add the bot to the staff channel "
    "named by TEAMS_STAFF_CONVERSATION so it can learn the tenant there.")
NOWHERE_PRIVATE = "I can't answer that here. Please ask me in a 1:1 chat."
UNKNOWN_ACTION = ("That button isn't one I know (it may be from an older card, or from another app). "
                  "Nothing was changed. Ask me here, or type `offboard help` for the commands.")
MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"
AAD_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class TeamsBot(ActivityHandler):
    """The Teams adapter (see bot.contract.Adapter): one turn in, the core's decision delivered."""

    platform = PLATFORM

    def __init__(self, core: Bot, policy: RetryPolicy = RetryPolicy(), notifier: TeamsNotifier | None = None):
        self.core = core
        self.config = core.config
        self.policy = policy
        self.notifier = notifier
        self._warned_tenant_unknown = False
        self.drafts = TeamsDrafts(core, self._proactive_sender, self.config.teams_staff_conversation)

    def staff_notifier(self) -> TeamsNotifier | None:
        """Set by the server, which owns the connector client proactive messages need."""
        return self.notifier

    async def on_turn(self, turn_context: TurnContext):
        if is_from_bot(turn_context.activity):
            return
        turn_context.turn_state.setdefault(DEADLINE, self.policy.deadline())
        await super().on_turn(turn_context)

    # -- being added somewhere: remember where, for notices later ---------------------
    async def on_conversation_update_activity(self, turn_context: TurnContext):
        recipient = turn_context.activity.recipient
        if any(member.id == recipient.id for member in turn_context.activity.members_added or []):
            self._remember(turn_context.activity)

    async def on_installation_update_add(self, turn_context: TurnContext):
        self._remember(turn_context.activity)

    def _remember(self, activity: Activity) -> None:
        remember_conversation(self.core.storage, activity, is_colleague(activity, self._our_tenant()))

    # -- messages -------------------------------------------------------------------
    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        inbox_id = turn_context.turn_state.get(INBOX_ID)
        # From the inbox, the activity was de-duplicated there (claiming it again would drop it after a restart).
        if inbox_id is None and not self.core.claim_event(PLATFORM, event_key(activity)):
            return  # Teams redelivered an activity we already answered
        self._remember(activity)
        speaker = await self._speaker(turn_context)
        if activity.value is not None and not (activity.text or "").strip():
            submitted = draft_submit(activity.value)
            picked = choice_from_submit(activity.value)
            if is_checklist_submit(activity.value):
                await self._checklist_submit(turn_context, speaker)
            elif submitted is not None:
                await self.drafts.on_submit(turn_context, speaker.audience, submitted)
            elif picked is not None:
                await self._choose(turn_context, speaker, *picked)
            else:
                await self._feedback(turn_context, speaker)
            return
        text, files = text_without_bot_mention(activity), shared_files(activity)
        if not (text or files) or not addressed_to_bot(activity, speaker):
            return
        text, mentions = await self._mentions(turn_context, text, speaker)
        message = replace(self._incoming(activity, text, speaker, inbox_id), files=files, mentions=mentions)
        decision = self.core.handle(message)
        await self._deliver(turn_context, decision, speaker)

    def _incoming(self, activity: Activity, text: str, speaker: Speaker, inbox_id: int | None = None
                  ) -> IncomingMessage:
        sender = activity.from_property
        return IncomingMessage(
            text=text, platform=PLATFORM, sender_id=sender.aad_object_id or sender.id,
            sender_name=sender.name or "", audience=speaker.audience, client=speaker.client,
            conversation_id=conversation_key(activity.conversation.id),
            thread_id=thread_of(activity.conversation.id), message_id=activity.id or "",
            direct=(activity.conversation.conversation_type or "").lower() == "personal", inbox_id=inbox_id,
            place=self._place(activity))

    def _place(self, activity: Activity) -> tuple[tuple[str, str], ...]:
        """The ids of a conversation, for `offboard where` (TEAMS_STAFF_CONVERSATION is copied from here)."""
        key, kind = conversation_key(activity.conversation.id), activity.conversation.conversation_type or "personal"
        pairs = [("Teams conversation", key)]
        if thread_of(activity.conversation.id):
            pairs.append(("Thread (message id)", thread_of(activity.conversation.id)))
        pairs.append(("Conversation type", kind))
        team = ((activity.channel_data or {}).get("team") or {}) if isinstance(activity.channel_data, dict) else {}
        if team.get("id"):
            pairs.append(("Team", team["id"]))
        if conversation_tenant(activity):
            pairs.append(("Tenant", conversation_tenant(activity)))
        if activity.service_url:
            pairs.append(("Service URL", activity.service_url))
        if key == conversation_key(self.config.teams_staff_conversation):
            pairs.append(("Staff conversation", "yes, this is TEAMS_STAFF_CONVERSATION"))
        elif kind.lower() == "channel":
            pairs.append(("Staff conversation", f"no; to post staff notices here, set TEAMS_STAFF_CONVERSATION={key}"))
        return tuple(pairs)

    async def _choose(self, turn_context: TurnContext, speaker: Speaker, interaction_id: int, choice) -> None:
        """A 'which client?' (or 'did you mean?') button: the core answers the question again."""
        message = self._incoming(turn_context.activity, "", speaker, turn_context.turn_state.get(INBOX_ID))
        decision = self.core.choose(message, interaction_id, choice)
        await self._deliver(turn_context, decision, speaker)

    async def _mentions(self, turn_context: TurnContext, text: str, speaker: Speaker) -> tuple[str, tuple]:
        """Each person mentioned as "@Name" in the text; for a staff command, also who they are (the
        roster gives their AAD object id, tenant and role), so `offboard owner Acme @Priya` records her."""
        found = []
        for written, mentioned in people_mentioned(turn_context.activity):
            shown = f"@{mentioned.get('name') or 'someone'}"
            text = text.replace(written, shown)
            found.append((shown, mentioned))
        if not found:
            return text, ()
        if speaker.audience != STAFF or parse_command_text(text) is None:
            return text, tuple(Mention(shown, str(m.get("aadObjectId") or m["id"]), m.get("name") or "")
                               for shown, m in found)
        return text, tuple([await self._who(turn_context, shown, mentioned) for shown, mentioned in found])

    async def _who(self, turn_context: TurnContext, shown: str, mentioned: dict) -> Mention:
        try:
            member = await asyncio.wait_for(TeamsInfo.get_member(turn_context, mentioned["id"]), timeout=ROSTER_SECONDS)
        except Exception as error:  # noqa: BLE001 - unknown then: the core refuses to record them
            log.info("could not look up a mentioned person in the Teams roster: %s", error)
            member = None
        aad = (getattr(member, "aad_object_id", None) or mentioned.get("aadObjectId")
               or (mentioned["id"] if AAD_ID.fullmatch(mentioned["id"]) else ""))
        if member is None:
            return Mention(shown, aad, mentioned.get("name") or "", None)
        ours = self._our_tenant()
        tenant = getattr(member, "tenant_id", None) or conversation_tenant(turn_context.activity)
        staff = bool(ours) and tenant == ours and (member.user_role or "").lower() not in GUEST_ROLES
        return Mention(shown, aad or member.id, member.name or mentioned.get("name") or "", staff)

    # -- who is speaking ---------------------------------------------------------------
    async def _speaker(self, turn_context: TurnContext) -> Speaker:
        """Staff only when positively a colleague (our tenant, not a guest); anyone else,
        and everyone while our tenant is unknown, is a client."""
        activity = turn_context.activity
        colleague = is_colleague(activity, self._our_tenant())
        linked = self.core.clients.for_channel(PLATFORM, conversation_key(activity.conversation.id))
        if linked:
            return Speaker(STAFF if colleague else CLIENT, linked["name"], in_client_conversation=True)
        if colleague:
            return Speaker(STAFF)
        return Speaker(CLIENT, await self._client_by_email(turn_context))

    def _our_tenant(self) -> str | None:
        """Ours is the configured tenant, else the tenant of the staff conversation."""
        if self.config.teams_tenant_id:
            return self.config.teams_tenant_id
        staff = self.core.storage.conversation_ref(PLATFORM, conversation_key(self.config.teams_staff_conversation))
        tenant = ((staff or {}).get("conversation") or {}).get("tenantId")
        if not tenant and not self._warned_tenant_unknown:
            self._warned_tenant_unknown = True
            log.warning(UNKNOWN_TENANT_WARNING)
        return tenant

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
        if reply is not None and decision.private:
            await self._answer_privately(turn_context, decision, reply, speaker.client)
        elif reply is not None:
            await self._send(turn_context, reply, decision.interaction_id)
        if decision.draft is not None:
            try:
                await self.drafts.post_card(turn_context, decision.draft, turn_context.turn_state[DEADLINE])
            except DeliveryError as error:
                log.warning("could not post a drafted reply to the staff conversation: %s", error)
                self.core.record_delivery_error(decision.interaction_id, f"draft card: {error}")
        elif decision.staff_notice:
            notice = decision.staff_notice
            await self._to_staff(turn_context, decision, notice_activity(notice.text, notice.title))

    def _reply_activity(self, decision: Decision) -> Activity | None:
        if decision.action not in (REPLY, COMMAND, DENY) or decision.reply is None:
            return None
        reply = decision.reply
        if reply.checklist is not None and reply.audience == STAFF:
            return self._checklist_activity(reply.checklist, teams_text(reply.text.splitlines()[0]))
        if reply.audience == CLIENT or not has_card_parts(reply):
            return MessageFactory.text(teams_text(reply.text))
        card = fit_card(with_choices(coaching_card(reply, decision.interaction_id, decision.feedback_enabled), decision))
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
        activity.summary = reply.title
        return activity

    async def _send(self, turn_context: TurnContext, activity: Activity, interaction_id: int | None) -> None:
        try:
            await send_with_retries(turn_context, activity, self.policy, turn_context.turn_state[DEADLINE])
        except Exception as error:  # noqa: BLE001 - a failed send is recorded, never lost silently
            log.warning("could not reply in Teams: %s", describe_failure(error))
            self.core.record_delivery_error(interaction_id, describe_failure(error))

    async def _answer_privately(self, turn_context: TurnContext, decision: Decision, reply: Activity,
                                client: str | None) -> None:
        """The core said a client could read this conversation: answer in the asker's 1:1 chat,
        else in the staff conversation, and here only with a line that gives nothing away."""
        where = f"{client}'s conversation" if client else "a conversation a client can read"
        asker = turn_context.activity.from_property
        routes = [(personal_chat_key(self.core.storage, asker), f"You asked me in {where}"),
                  (self._staff_conversation(), f"{escape_markdown(asker.name or 'A colleague')} asked in {where}")]
        sender = self._proactive_sender(turn_context)
        for key, lead in routes:
            if key is None:
                continue
            try:
                await sender.send(key, _with_lead(reply, f"{lead}; I'm answering here so the client can't see it."),
                                  turn_context.turn_state[DEADLINE])
                return
            except DeliveryError as error:
                log.warning("could not answer privately in Teams: %s", error)
                self.core.record_delivery_error(decision.interaction_id, f"private answer: {error}")
        await self._send(turn_context, MessageFactory.text(NOWHERE_PRIVATE), decision.interaction_id)

    def _staff_conversation(self) -> str | None:
        key = conversation_key(self.config.teams_staff_conversation)
        return key if key and self.core.storage.conversation_ref(PLATFORM, key) is not None else None

    def _proactive_sender(self, turn_context: TurnContext) -> ProactiveSender:
        return ProactiveSender(turn_context.adapter, self.core.storage, self.config.teams_app_id, self.policy)

    async def _to_staff(self, turn_context: TurnContext, decision: Decision, activity: Activity) -> None:
        notifier = TeamsNotifier(self._proactive_sender(turn_context), self.config.teams_staff_conversation)
        try:
            await notifier.post_to_staff(activity, turn_context.turn_state[DEADLINE])
        except DeliveryError as error:
            log.warning("could not post to the staff conversation: %s", error)
            self.core.record_delivery_error(decision.interaction_id, f"staff notice: {error}")

    # -- Action.Execute (Universal Actions): none of our cards uses it ----------------------
    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        """An adaptiveCard/action invoke comes from a card we did not send: answer it with a message,
        not the SDK's 501 (which Teams shows as an error). Other invokes as the SDK does."""
        value = turn_context.activity.value
        action = value.get("action") if isinstance(value, dict) else None
        if turn_context.activity.name != "adaptiveCard/action" or not isinstance(action, dict) \
                or action.get("type") != "Action.Execute":
            return await super().on_invoke_activity(turn_context)  # malformed ones get the SDK's 400
        log.info("an Action.Execute nobody handles (%r)", turn_context.activity.value)
        return InvokeResponse(status=200, body={"statusCode": 200, "type": MESSAGE_RESPONSE, "value": UNKNOWN_ACTION})

    # -- feedback buttons ---------------------------------------------------------------
    async def _feedback(self, turn_context: TurnContext, speaker: Speaker) -> None:
        submitted = feedback_from_submit(turn_context.activity.value)
        if submitted is None:
            if speaker.audience == STAFF:
                # Not one of our cards (an older card, another app's): say so rather than stay silent.
                await self._send(turn_context, MessageFactory.text(teams_text(UNKNOWN_ACTION)), None)
            return  # not our card
        activity, (interaction_id, verdict) = turn_context.activity, submitted
        sender = activity.from_property
        vote = Vote(interaction_id, verdict, PLATFORM, sender.aad_object_id or sender.id, speaker.audience,
                    conversation_key(activity.conversation.id))
        if self.core.record_feedback(vote):
            await self._send(turn_context, MessageFactory.text(feedback_thanks(verdict)), None)


    # -- the handover checklist card ------------------------------------------------------
    def _checklist_activity(self, view, text: str) -> Activity:
        """The card, with a line of text (already in Teams markdown) beside it."""
        activity = MessageFactory.attachment(CardFactory.adaptive_card(checklist_card(view, self.config)), text=text)
        activity.summary = f"{view.client}: handover checklist"
        return activity

    async def _checklist_submit(self, turn_context: TurnContext, speaker: Speaker) -> None:
        """Save on a checklist card: each moved toggle is a `check` command, as if typed."""
        activity = turn_context.activity
        submitted = changes_from_submit(activity.value)
        if submitted is None:
            log.warning("a checklist card submit without its client or states")
            return
        client, changes = submitted
        replies, last = [], None
        for key, word in changes:
            args = ["check", client, key, word]
            last = self.core.run_command(self._incoming(activity, f"offboard {shlex.join(args)}", speaker), args)
            replies.append(last.reply.text)
            if last.action != COMMAND:
                break  # refused (not staff): once is enough
        record = self.core.clients.find(client)
        view = self.core.checklists.view(record) if record and speaker.audience == STAFF else None
        text = submitted_text(replies)
        reply = self._checklist_activity(view, text) if view else MessageFactory.text(text)
        if last is not None and last.private:
            await self._answer_privately(turn_context, last, reply, speaker.client)
        else:
            await self._send(turn_context, reply, last.interaction_id if last else None)


def _with_lead(reply: Activity, lead: str) -> Activity:
    """The reply with a first line saying where it was asked; a card keeps it beside the card."""
    led = deepcopy(reply)
    led.text = teams_text(lead) if reply.attachments else f"{teams_text(lead)}\n\n{reply.text}"
    return led
