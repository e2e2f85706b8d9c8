"""Drafted client replies in Teams: an Adaptive Card in the staff channel, and what its buttons do.

The card shows what the client wrote, the principle and intent with the router's confidence and
the drafted reply. **Send** submits at once; **Edit** opens the draft in an Input.Text on the card
(Action.ShowCard) with its own "Send edited"; **Don't send** opens an optional reason. A handled
card is replaced in place (updateActivity) by one that says who did what and when, without actions.

Who may act, whether the draft is still open and whether it still fits the client are the core's
decisions (bot/drafts.py); this module only translates and delivers.
"""
from __future__ import annotations

import logging

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity

from bot.adapters.teams.audience import conversation_key
from bot.adapters.teams.cards import CARD_VERSION, escape_markdown, fit_card, teams_text
from bot.adapters.teams.delivery import PLATFORM, ProactiveSender, TeamsNotifier
from bot.core import Bot
from bot.drafts import DROP, EDIT, MAX_REASON_CHARS, MAX_REPLY_CHARS, SEND, Draft, DraftRequest, DraftResult, \
    describe_draft
from bot.notify import DeliveryError

log = logging.getLogger("partingways.teams")

DRAFT_KIND = "partingways.draft"
REPLY_INPUT, REASON_INPUT = "reply", "reason"
CLIENT_TEXT_LIMIT = 2000    # characters of the client's message shown on the card
SHOWN_TEXT_LIMIT = 4000     # characters of a reply shown on the card (a card must stay under ~28 KB)
FALLBACK_LIMIT = 2000


# -- the card (plain JSON) ----------------------------------------------------------------------------
def draft_card(draft: Draft) -> dict:
    title = f"Shadow draft for {draft.client} (not sent)" if draft.mode == "shadow" \
        else f"Drafted reply for {draft.client} ({draft.phase})"
    principle = f"Principle: {draft.principle} · " if draft.principle else ""
    body = [
        _block(title, weight="Bolder", size="Medium"),
        _block(f"{draft.sender_name or 'Someone'} wrote:", weight="Bolder", spacing="Medium"),
        _quote(draft.client_text, CLIENT_TEXT_LIMIT),
        _block(f"{principle}intent {draft.intent or 'unknown'} · {draft.confidence:.0%} sure · draft #{draft.id}",
               isSubtle=True, size="Small"),
        _block("Drafted reply", weight="Bolder", spacing="Medium"),
        _quote(draft.text, SHOWN_TEXT_LIMIT),
    ]
    if draft.handled and draft.edited and draft.final_text:
        body += [_block("Sent as edited", weight="Bolder", spacing="Medium"), _quote(draft.final_text, SHOWN_TEXT_LIMIT)]
    if draft.note:
        body.append(_block(_clip(draft.note, FALLBACK_LIMIT), isSubtle=True, spacing="Medium"))
    body.append(_block(draft.outcome, spacing="Medium", color="Good" if draft.status == "sent" else "Default"))
    card = {"type": "AdaptiveCard", "version": CARD_VERSION, "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "fallbackText": _clip(describe_draft(draft), FALLBACK_LIMIT), "body": body}
    if draft.is_open:
        card["actions"] = _actions(draft)
    return fit_card(card)


def _actions(draft: Draft) -> list[dict]:
    return [
        {"type": "Action.Submit", "title": "Send", "style": "positive", "data": _data(draft, SEND)},
        {"type": "Action.ShowCard", "title": "Edit", "card": {
            "type": "AdaptiveCard", "body": [
                {"type": "Input.Text", "id": REPLY_INPUT, "isMultiline": True, "maxLength": MAX_REPLY_CHARS,
                 "label": "Your reply (sent exactly as typed)", "value": draft.text[:MAX_REPLY_CHARS]}],
            "actions": [{"type": "Action.Submit", "title": "Send edited", "style": "positive",
                         "data": _data(draft, EDIT)}]}},
        {"type": "Action.ShowCard", "title": "Don't send", "card": {
            "type": "AdaptiveCard", "body": [
                {"type": "Input.Text", "id": REASON_INPUT, "maxLength": MAX_REASON_CHARS,
                 "label": "Why not? (optional)", "placeholder": "Helps the drafts get better"}],
            "actions": [{"type": "Action.Submit", "title": "Don't send", "style": "destructive",
                         "data": _data(draft, DROP)}]}},
    ]


def _data(draft: Draft, verb: str) -> dict:
    return {"kind": DRAFT_KIND, "verb": verb, "draft": draft.id, "token": draft.token}


def _block(text: str, **style) -> dict:
    return {"type": "TextBlock", "text": _markdown_safe(text), "wrap": True, **style}


def _quote(text: str, limit: int) -> dict:
    shown = text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters in all)"
    return {"type": "Container", "style": "emphasis", "items": [_block(shown)]}


def _markdown_safe(text: str) -> str:
    """Anyone's words shown as typed: markdown escaped, '<' as an entity, line breaks kept."""
    return teams_text(escape_markdown(text))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def card_activity(draft: Draft) -> Activity:
    activity = MessageFactory.attachment(CardFactory.adaptive_card(draft_card(draft)))
    activity.summary = f"Drafted reply for {draft.client}"
    return activity


def draft_submit(value) -> dict | None:
    """The submitted data when this is a click on a draft card, else None."""
    return value if isinstance(value, dict) and value.get("kind") == DRAFT_KIND else None


# -- behaviour ------------------------------------------------------------------------------------------
class TeamsDrafts:
    """Posts draft cards and carries out clicks on them, for one TeamsBot."""

    def __init__(self, core: Bot, sender_for, staff_conversation: str):
        """sender_for(turn_context) -> the ProactiveSender for that turn's adapter."""
        self.core = core
        self._sender_for = sender_for
        self.staff_conversation = conversation_key(staff_conversation)

    async def post_card(self, turn_context: TurnContext, draft: Draft, deadline: float | None = None) -> None:
        notifier = TeamsNotifier(self._sender_for(turn_context), self.staff_conversation)
        card_id = await notifier.post_to_staff(card_activity(draft), deadline)
        self.core.drafts.card_posted(draft.id, self.staff_conversation, card_id or "")

    async def on_submit(self, turn_context: TurnContext, audience: str, value: dict) -> None:
        sender = turn_context.activity.from_property
        verb = value.get("verb")
        typed = {}
        if verb == EDIT:
            typed["text"] = value.get(REPLY_INPUT) if isinstance(value.get(REPLY_INPUT), str) else ""
        elif verb == DROP:
            typed["reason"] = value.get(REASON_INPUT) if isinstance(value.get(REASON_INPUT), str) else ""
        token = value.get("token")
        request = DraftRequest(draft_id=value.get("draft"), token=token if isinstance(token, str) else "",
                               verb=verb if isinstance(verb, str) else "", platform=PLATFORM,
                               actor_id=sender.aad_object_id or sender.id, actor_name=sender.name or "",
                               audience=audience, **typed)
        result = self.core.drafts.act(request)
        await self._finish(turn_context, result)

    async def _finish(self, turn_context: TurnContext, result: DraftResult) -> None:
        sender = self._sender_for(turn_context)
        if result.deliver:
            result = self.core.drafts.delivered(result.draft.id, await self._send_to_client(sender, result.draft))
        draft = result.draft
        if draft is not None and draft.card_message_id and (result.ok or draft.handled or draft.error):
            try:
                await sender.update(draft.card_channel or self.staff_conversation, draft.card_message_id,
                                    card_activity(draft))
            except DeliveryError as error:
                log.warning("could not update the card of draft %s: %s", draft.id, error)
        if not result.ok:
            await self._tell(turn_context, result.message)
        if result.new_draft is not None:
            try:
                await self.post_card(turn_context, result.new_draft)
            except DeliveryError as error:
                await self._tell(turn_context, f"I drafted a new reply (draft #{result.new_draft.id}) "
                                               f"but couldn't post it: {error}")

    async def _send_to_client(self, sender: ProactiveSender, draft: Draft) -> str | None:
        """Deliver the approved text where the client wrote; None when it went, else why not."""
        activity = MessageFactory.text(_markdown_safe(draft.final_text or ""))
        try:
            await sender.send(conversation_key(draft.conversation_id), activity, thread=draft.thread_id)
            return None
        except DeliveryError as error:
            return str(error)

    async def _tell(self, turn_context: TurnContext, text: str) -> None:
        try:
            await turn_context.send_activity(MessageFactory.text(_markdown_safe(text)))
        except Exception as error:  # noqa: BLE001 - the draft's state is right whatever this says
            log.warning("could not answer a draft click in Teams: %s", error)
