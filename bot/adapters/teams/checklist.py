"""The handover checklist in Teams: an Adaptive Card with a toggle per item and a Save button.

The card remembers the state it showed each item in; on Save only the toggles a person
actually moved become `check` commands, so a card opened before a colleague's tick never
undoes it. Plain dicts and strings, no SDK, like cards.py.
"""
from __future__ import annotations

from datetime import date

from bot import clock
from bot.adapters.teams.cards import CARD_VERSION, escape_markdown, teams_text
from bot.checklist import DONE, NOT_NEEDED, OPEN, ChecklistView, Item, item_status
from responses.render import long_date

CHECKLIST_KIND = "partingways.checklist"
TOGGLE_PREFIX = "item:"
WORDS = {DONE: "done", NOT_NEEDED: "not-needed", OPEN: "open"}
MAX_SUBMITTED_CHANGES = 40


def _text(text: str, **style) -> dict:
    return {"type": "TextBlock", "text": text.replace("\n", "\n\n"), "wrap": True, **style}


def _item(item: Item, config, today: date) -> dict:
    status = escape_markdown(item_status(item, config, today))
    details = [_text(status, isSubtle=True, size="Small", spacing="None")]
    if item.note:
        details.append(_text(f"Note: {escape_markdown(item.note)}", size="Small", spacing="None"))
    if item.locked_until is not None and not item.closed:  # ours to remove: nothing to tick before the end date
        head = _text(escape_markdown(f"{item.number}. {item.title}"), spacing="Medium")
    else:
        title = f"{item.number}. {item.title}" + (" (not needed)" if item.state == NOT_NEEDED else "")
        head = {"type": "Input.Toggle", "id": TOGGLE_PREFIX + item.key, "title": title, "wrap": True,
                "value": "true" if item.closed else "false", "valueOn": "true", "valueOff": "false",
                "spacing": "Medium"}
    return {"type": "Container", "items": [head, *details]}


def checklist_card(view: ChecklistView, config, today: date | None = None) -> dict:
    today = today or clock.today(config.timezone)
    ends = f"support ends {long_date(view.end_date)}" if view.end_date else "no end date yet"
    body = [_text(escape_markdown(f"{view.client}: handover checklist"), weight="Bolder", size="Medium"),
            _text(escape_markdown(f"{ends}. {view.progress}."), isSubtle=True, spacing="None")]
    body += [_item(item, config, today) for item in view.items]
    if view.problem:
        body.append(_text(escape_markdown(f"The template file has an error, so new checklists use the last good "
                                          f"one: {view.problem}"), size="Small", color="Warning"))
    shown = {item.key: item.state for item in view.items}
    return {
        "type": "AdaptiveCard", "version": CARD_VERSION,
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "fallbackText": f"{view.client}: handover checklist, {view.progress}. Type `offboard checklist "
                        f"{view.client}` for the list.",
        "body": body,
        "actions": [{"type": "Action.Submit", "title": "Save changes",
                     "data": {"kind": CHECKLIST_KIND, "client": view.client, "shown": shown}}],
    }


def is_checklist_submit(value) -> bool:
    return isinstance(value, dict) and value.get("kind") == CHECKLIST_KIND


def changes_from_submit(value) -> tuple[str, list[tuple[str, str]]] | None:
    """(client, [(item key, state word)]) for the toggles moved since the card was sent; None if malformed."""
    if not is_checklist_submit(value):
        return None
    client, shown = value.get("client"), value.get("shown")
    if not isinstance(client, str) or not client.strip() or not isinstance(shown, dict):
        return None
    changes = []
    for key, was in list(shown.items())[:MAX_SUBMITTED_CHANGES]:
        toggle = value.get(TOGGLE_PREFIX + str(key))
        if not isinstance(key, str) or was not in WORDS or toggle not in ("true", "false"):
            continue  # not shown as a toggle (an item that can't be ticked yet), or not ours
        ticked, was_ticked = toggle == "true", was != OPEN
        if ticked != was_ticked:
            changes.append((key, WORDS[DONE] if ticked else WORDS[OPEN]))
    return client, changes


def submitted_text(replies: list[str]) -> str:
    return teams_text("\n".join(replies) if replies else "Nothing changed: no box was moved.")
