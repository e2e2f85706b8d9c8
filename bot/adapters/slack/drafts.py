"""Drafted client replies in Slack: the card in the staff channel, its buttons, and the modals.

The card shows what the client wrote, the principle and intent with the router's confidence,
and the drafted reply, with Send / Edit / Don't send. Edit opens a modal with the draft in a
text box; Don't send opens one asking (optionally) why. Whatever happens, the card is then
updated in place (chat.update) to say who did what and when, without its buttons.

Every decision about a draft (who may act, whether it is still open, whether it still fits the
client) is the core's (bot/drafts.py); this module only translates and delivers.
"""
from __future__ import annotations

import json
import logging

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.adapters.slack.blocks import (MESSAGE_BLOCK_LIMIT, SECTION_LIMIT, actions, button, clip, context, escape,
                                       fitted, header, message, modal_view, pieces, plain_message, section,
                                       text_input)
from bot.core import Bot
from bot.drafts import DROP, EDIT, MAX_REASON_CHARS, MAX_REPLY_CHARS, SEND, Draft, DraftRequest, DraftResult, \
    describe_draft
from bot.message import CLIENT
from bot.notify import DeliveryError

log = logging.getLogger("partingways.slack")

PLATFORM = "slack"
ACTION_PREFIX = "draft_"
ACTIONS_BLOCK = "draft_actions"
EDIT_VIEW = "draft_edit"
DROP_VIEW = "draft_drop"
REPLY_BLOCK, REPLY_INPUT = "reply", "text"
REASON_BLOCK, REASON_INPUT = "reason", "text"
LABELS = {SEND: "Send", EDIT: "Edit", DROP: "Don't send"}
NAME_LIMIT = 100                          # characters of a person's name on a card (it leads the quote)


# -- layout ---------------------------------------------------------------------------------------
def draft_message(draft: Draft) -> dict:
    """chat.postMessage / chat.update arguments for a draft's card, open or handled."""
    title = f"Shadow draft for {draft.client} (not sent)" if draft.mode == "shadow" \
        else f"Drafted reply for {draft.client} ({draft.phase})"
    who = escape(clip(draft.sender_name or "Someone", NAME_LIMIT))
    where = f" in <#{draft.conversation_id}>" if draft.conversation_id.isalnum() else ""
    lead = f"*{who}* wrote{where}:\n"
    blocks = [header(title), section(lead + _quoted(draft.client_text, SECTION_LIMIT - len(lead)))]
    blocks.append(context(_routing_line(draft)))
    blocks += _labelled("*Drafted reply:*", draft.text)
    if draft.handled and draft.edited and draft.final_text:
        blocks += _labelled("*Sent as edited:*", draft.final_text)
    if draft.note:
        blocks.append(context(clip(escape(draft.note), SECTION_LIMIT)))
    tail = [_actions(draft)] if draft.is_open else []
    tail.append(context(escape(draft.outcome)))
    return message(escape(describe_draft(draft)), fitted(blocks, tail, MESSAGE_BLOCK_LIMIT))


def _routing_line(draft: Draft) -> str:
    principle = f"Principle: *{escape(draft.principle)}* · " if draft.principle else ""
    return f"{principle}intent `{escape(draft.intent or 'unknown')}` · {draft.confidence:.0%} sure · draft #{draft.id}"


def _quoted(text: str, budget: int) -> str:
    """Someone's words escaped and quoted, cut (with a note saying so) to fit `budget` characters."""
    quoted = "\n".join(">" + line for line in escape(text).split("\n"))
    if len(quoted) <= budget:
        return quoted
    note = f" _({len(text):,} characters in all)_"
    return clip(quoted, budget - len(note)) + note


def _labelled(label: str, text: str) -> list[dict]:
    parts = pieces(escape(text), SECTION_LIMIT - len(label) - 1)
    return [section((label + "\n" if n == 0 else "") + part) for n, part in enumerate(parts or [""])]


def _actions(draft: Draft) -> dict:
    value = reference(draft)
    styles = {SEND: "primary", DROP: "danger"}
    return actions(ACTIONS_BLOCK, [button(LABELS[verb], ACTION_PREFIX + verb, value, styles.get(verb))
                                   for verb in (SEND, EDIT, DROP)])


def reference(draft: Draft) -> str:
    """What a button or a modal carries back: the draft's id and its token (see bot/drafts.py)."""
    return json.dumps({"d": draft.id, "t": draft.token}, separators=(",", ":"))


def parse_reference(value) -> tuple[object, str]:
    """(draft id, token) from a button value or a modal's private_metadata, whatever arrived."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return value, ""
    token = data.get("t")
    return data.get("d"), token if isinstance(token, str) else ""


def edit_modal(draft: Draft) -> dict:
    """The draft in a text box, to change and send. Slack's box holds 3,000 characters."""
    note = "" if len(draft.text) <= MAX_REPLY_CHARS else \
        f"\n_The draft is longer than the {MAX_REPLY_CHARS:,} characters this box can hold; it was cut._"
    return modal_view(EDIT_VIEW, "Edit the reply", [
        context(f"*{escape(clip(draft.sender_name or 'Someone', NAME_LIMIT))}* at {escape(draft.client or '')} wrote:\n"
                + _quoted(draft.client_text, 1500) + note),
        text_input(REPLY_BLOCK, REPLY_INPUT, "Your reply (sent exactly as typed)", initial=draft.text,
                   multiline=True, max_length=MAX_REPLY_CHARS),
    ], submit="Send", private_metadata=reference(draft))


def drop_modal(draft: Draft) -> dict:
    return modal_view(DROP_VIEW, "Don't send this reply", [
        context(f"Nothing will be sent to {escape(draft.client or 'the client')}. "
                "Please answer them yourself if they still need an answer."),
        text_input(REASON_BLOCK, REASON_INPUT, "Why not? (optional, helps the drafts get better)",
                   max_length=MAX_REASON_CHARS, optional=True),
    ], submit="Don't send", private_metadata=reference(draft))


# -- behaviour --------------------------------------------------------------------------------------
class SlackDrafts:
    """Posts draft cards and carries out clicks on them, for the SlackListeners it belongs to."""

    def __init__(self, listeners, call):
        """call: the adapter's one Web API call (logs, hints, raises DeliveryError)."""
        self.listeners, self._call = listeners, call
        self.bot: Bot = listeners.bot
        self.client: WebClient = listeners.client
        self.staff_channel: str = listeners.notifier.staff_channel

    def register(self, app: App) -> None:
        for verb in (SEND, EDIT, DROP):
            app.action(ACTION_PREFIX + verb)(self.on_click)
        app.view(EDIT_VIEW)(self.on_edit_submitted)
        app.view(DROP_VIEW)(self.on_drop_submitted)

    # -- the card -------------------------------------------------------------------------------
    def post_card(self, draft: Draft) -> None:
        """Post a new draft's card in the staff channel and remember where it is."""
        if not self.staff_channel:
            raise DeliveryError("SLACK_STAFF_CHANNEL is not set, so the draft can't be shown to the team")
        response = self._call(self.client, "chat.postMessage", channel=self.staff_channel, **draft_message(draft))
        self.bot.drafts.card_posted(draft.id, response.get("channel") or self.staff_channel, response.get("ts") or "")

    def refresh_card(self, draft: Draft, fallback: tuple[str, str] = ("", "")) -> None:
        channel, ts = (draft.card_channel, draft.card_message_id) if draft.card_message_id else fallback
        if not (channel and ts):
            return
        try:
            self._call(self.client, "chat.update", channel=channel, ts=ts, **draft_message(draft))
        except DeliveryError:
            pass  # logged by _call; the draft's row is right whatever the card shows

    # -- clicks ---------------------------------------------------------------------------------
    def on_click(self, ack, body: dict, action: dict, respond, context: BoltContext) -> None:
        ack()
        verb = action["action_id"][len(ACTION_PREFIX):]
        request = self._request(body, context, verb, action.get("value"))
        container = body.get("container") or {}
        card = (container.get("channel_id") or "", container.get("message_ts") or "")
        tell = lambda text: self._respond(respond, text)  # noqa: E731
        if verb == SEND:
            self._finish(self.bot.drafts.act(request), tell, card)
            return
        checked = self.bot.drafts.check(request)
        if not checked.ok:
            self._finish(checked, tell, card)
            return
        view = edit_modal(checked.draft) if verb == EDIT else drop_modal(checked.draft)
        try:
            self._call(self.client, "views.open", trigger_id=body.get("trigger_id") or "", view=view)
        except DeliveryError as error:
            tell(f"I couldn't open the dialog ({error}). Nothing was changed; please try again.")

    def on_edit_submitted(self, ack, body: dict, view: dict, context: BoltContext) -> None:
        text = _input_value(view, REPLY_BLOCK, REPLY_INPUT)
        self._submitted(ack, body, view, context, EDIT, text=text)

    def on_drop_submitted(self, ack, body: dict, view: dict, context: BoltContext) -> None:
        reason = _input_value(view, REASON_BLOCK, REASON_INPUT)
        self._submitted(ack, body, view, context, DROP, reason=reason or "")

    def _submitted(self, ack, body: dict, view: dict, context: BoltContext, verb: str, **typed) -> None:
        request = self._request(body, context, verb, view.get("private_metadata"), **typed)
        result = self.bot.drafts.act(request)
        if result.retry_input:
            # Keep the modal open with what was typed, and say what to change.
            ack(response_action="errors", errors={REPLY_BLOCK: clip(result.message, 150)})
            return
        ack()
        user = (body.get("user") or {}).get("id") or ""
        self._finish(result, lambda text: self._whisper(result.draft, user, text))

    # -- carrying out the core's answer --------------------------------------------------------------
    def _finish(self, result: DraftResult, tell, card: tuple[str, str] = ("", "")) -> None:
        if result.deliver:
            result = self.bot.drafts.delivered(result.draft.id, self._send_to_client(result.draft))
        if result.draft is not None and (result.ok or result.draft.handled or result.draft.error):
            self.refresh_card(result.draft, card)
        if not result.ok:
            tell(result.message)
        if result.new_draft is not None:
            try:
                self.post_card(result.new_draft)
            except DeliveryError as error:
                tell(f"I drafted a new reply (draft #{result.new_draft.id}) but couldn't post it: {error}")

    def _send_to_client(self, draft: Draft) -> str | None:
        """Deliver the approved text where the client wrote; None when it went, else why not."""
        target = {"channel": draft.conversation_id}
        if draft.thread_id:
            target["thread_ts"] = draft.thread_id
        try:
            self._call(self.client, "chat.postMessage", **target, **plain_message(draft.final_text or ""))
            return None
        except DeliveryError as error:
            return str(error)

    def _request(self, body: dict, context: BoltContext, verb: str, value, **typed) -> DraftRequest:
        user = body.get("user") or {}
        user_id = user.get("id") or ""
        draft_id, token = parse_reference(value)
        audience = self.listeners.audience_of(user_id, user.get("team_id"), body, context, if_unknown=CLIENT)
        name = self.listeners.people.get(user_id).name if user_id else ""
        return DraftRequest(draft_id=draft_id, token=token, verb=verb, platform=PLATFORM, actor_id=user_id,
                            actor_name=name or user.get("name") or user_id, audience=audience, **typed)

    def _respond(self, respond, text: str) -> None:
        try:
            respond(response_type="ephemeral", replace_original=False, text=escape(text))
        except Exception as error:  # noqa: BLE001 - a lost "why not" must not hide the real outcome
            log.warning("could not answer a draft click: %s", error)

    def _whisper(self, draft: Draft | None, user: str, text: str) -> None:
        """After a modal there is no response_url: a message only the person sees, beside the card."""
        channel = (draft.card_channel if draft else "") or self.staff_channel
        if not (channel and user):
            return
        try:
            self._call(self.client, "chat.postEphemeral", channel=channel, user=user, text=escape(text))
        except DeliveryError:
            pass


def _input_value(view: dict, block: str, action: str) -> str | None:
    value = (((view.get("state") or {}).get("values") or {}).get(block) or {}).get(action) or {}
    found = value.get("value")
    return found if isinstance(found, str) else None
