"""The handover checklist in Slack: checkboxes in the answer to `checklist` and in the App Home,
and the block_actions listener that turns a tick into the core's `check` command.

Each item is its own checkboxes element (one option), so a click names one item and one
wanted state, never a set to compare with what someone else may have changed meanwhile.
The item's key is in the action id, the client in the block id; the core decides the rest
(staff only, never early, who and when), and logs the tick like any command.
"""
from __future__ import annotations

import json
import logging
import shlex
from datetime import date

from bot import clock
from bot.adapters.slack.blocks import (TEXT_LIMIT, actions, checkboxes, clip, context, escape, fitted, message,
                                       section)
from bot.checklist import DONE, NOT_NEEDED, OPEN, ChecklistView, Item, item_status, short_date
from bot.message import CLIENT, COMMAND, STAFF, Decision, IncomingMessage, Reply
from responses.render import long_date

log = logging.getLogger("partingways.slack")

ACTION_PREFIX = "checklist_tick:"   # + the item's key
BLOCK_PREFIX = "checklist:"         # + JSON [client] or [client, item number]
HOME_ITEMS_LIMIT = 25               # elements in one actions block
WORDS = {DONE: "done", NOT_NEEDED: "not-needed", OPEN: "open"}
OPTION_LABELS = {DONE: "Done", NOT_NEEDED: "Not needed"}


# -- laying it out ------------------------------------------------------------------
def _block_id(client: str, *more) -> str:
    return BLOCK_PREFIX + json.dumps([client, *more], ensure_ascii=False, separators=(",", ":"))


def _checkbox(item: Item, label: str, description: str = ""):
    """One checkbox for one item: ticked when the item is closed; unticking reopens it."""
    return checkboxes(ACTION_PREFIX + item.key, label, item.state if item.closed else DONE,
                      description=description, ticked=item.closed)


def _item_section(view: ChecklistView, item: Item, config, today: date) -> dict:
    lines = [f"*{item.number}. {escape(item.title)}*", escape(item_status(item, config, today))]
    if item.note:
        lines.append(f"Note: {escape(item.note)}")
    # An item of ours to remove: no box before the end date.
    box = _checkbox(item, OPTION_LABELS.get(item.state, "Done")) if item.closed or item.locked_until is None else None
    return section("\n".join(lines), block_id=_block_id(view.client, item.number), accessory=box)


def checklist_blocks(view: ChecklistView, config, today: date | None = None) -> list[dict]:
    """The whole checklist, one section per item with its checkbox."""
    today = today or clock.today(config.timezone)
    ends = f"support ends {long_date(view.end_date)}" if view.end_date else "no end date yet"
    blocks = [section(f"*{escape(view.client)}: handover checklist* ({ends}). {view.progress}.")]
    blocks += [_item_section(view, item, config, today) for item in view.items]
    tail = [context("Tick a box when it's true; untick to reopen. Notes: "
                    f"`/offboard check {escape(view.client)} <number> done <note>`.")]
    if view.problem:
        tail.append(context(escape(f"The template file has an error, so new checklists use the last good one: "
                                   f"{view.problem}")))
    return fitted(blocks, tail)


def checklist_message(reply: Reply, config) -> dict:
    """chat.postMessage / response_url arguments for a reply that carries a checklist."""
    return message(escape(reply.text), checklist_blocks(reply.checklist, config))


def home_blocks(view: ChecklistView, config, today: date | None = None) -> list[dict]:
    """For the App Home: progress, and a checkbox for each open item that can be ticked now."""
    today = today or clock.today(config.timezone)
    ready = [item for item in view.open_items() if item.locked_until is None][:HOME_ITEMS_LIMIT]
    blocks = [context(escape(f"Checklist: {view.progress}" + (". Done." if view.finished else "")))]
    if ready:
        blocks.append(actions(_block_id(view.client), [
            _checkbox(item, f"{item.number}. {item.title}", item_status(item, config, today)) for item in ready]))
    later = [item for item in view.open_items() if item.locked_until is not None]
    if later:
        blocks.append(context(escape(f"{len(later)} more from {short_date(later[0].locked_until, today)}, the end "
                                     f"date (never early). `/offboard checklist {view.client}` shows every item.")))
    return blocks


# -- a tick --------------------------------------------------------------------------
def tick_from(body: dict, action: dict) -> tuple[str, str, str] | None:
    """(client, item key, wanted state) from a checkbox click, or None if it is not one of ours."""
    block_id, action_id = action.get("block_id") or "", action.get("action_id") or ""
    try:
        client = json.loads(block_id[len(BLOCK_PREFIX):])[0] if block_id.startswith(BLOCK_PREFIX) else None
    except (ValueError, IndexError, KeyError, TypeError):
        client = None
    key = action_id[len(ACTION_PREFIX):]
    if not isinstance(client, str) or not client or not key:
        return None
    selected = action.get("selected_options") or []
    state = (selected[0].get("value") if selected and isinstance(selected[0], dict) else None) or OPEN
    if state not in WORDS:
        return None
    return client, key, state


class ChecklistTicks:
    """The block_actions listener for checklist checkboxes, beside the adapter's other listeners."""

    def __init__(self, listeners):
        self.listeners = listeners  # bot.adapters.slack.app.SlackListeners
        self.bot = listeners.bot

    def register(self, app) -> None:
        import re
        app.action(re.compile("^" + ACTION_PREFIX))(self.on_tick)

    def on_tick(self, ack, body: dict, action: dict, respond, context) -> None:
        ack()
        tick = tick_from(body, action)
        if tick is None:
            log.warning("a checklist tick with an unexpected block or value: %r", action.get("block_id"))
            return
        client, key, state = tick
        user = (body.get("user") or {}).get("id") or ""
        container = body.get("container") or {}
        # Fail closed: someone Slack cannot vouch for may not change records.
        audience = self.listeners.audience_of(user, (body.get("user") or {}).get("team_id"), body, context,
                                              if_unknown=CLIENT)
        args = ["check", client, key, WORDS[state]]
        message = IncomingMessage(
            text=f"/offboard {shlex.join(args)}", platform="slack", sender_id=user,
            sender_name=self.listeners.people.get(user).name if audience == STAFF else "", audience=audience,
            conversation_id=container.get("channel_id") or (body.get("channel") or {}).get("id") or "",
            message_id=container.get("message_ts") or body.get("trigger_id") or "")
        decision = self.bot.run_command(message, args)
        refused = decision.action != COMMAND or decision.error is not None
        if container.get("type") == "view":  # the App Home: show it again as it now is
            self.listeners.publish_home(user, staff=audience == STAFF, notice=decision.reply.text if refused else "")
            return
        if audience == STAFF:
            self._refresh(respond, decision, client)
        if refused:
            self.listeners._respond(respond, decision.interaction_id, response_type="ephemeral",
                                   replace_original=False, text=clip(escape(decision.reply.text), TEXT_LIMIT))

    def _refresh(self, respond, decision: Decision, client_name: str) -> None:
        """The message again with every box as the record now has it (a refused tick is unticked)."""
        client = self.bot.clients.find(client_name)
        view = self.bot.checklists.view(client) if client else None
        if view is None:
            return
        reply = Reply(text=decision.reply.text, checklist=view)
        self.listeners._respond(respond, decision.interaction_id, replace_original=True,
                               **checklist_message(reply, self.bot.config))
