"""Adaptive Card JSON and Teams text formatting: plain dicts and strings, no SDK.

Kept apart from the Bot Framework code so that moving to another Teams SDK
leaves the look of every message untouched.
"""
from __future__ import annotations

import json
import re

from bot.message import CHOICE_KINDS, Choice, Decision, Reply

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.4"  # the newest version every Teams client (desktop, web, mobile) renders
FEEDBACK_KIND = "partingways.feedback"
CHOICE_KIND = "partingways.choice"
VERDICTS = {"helpful": "Helpful", "not_helpful": "Not helpful"}
QUOTE = "> "
# Teams rejects a message over about 28 KB; text is cut below that, with a visible mark.
TEXT_BYTES_LIMIT = 26_000
CUT_MARK = "\n\n… (cut short: too long for a Teams message)"
# A card's JSON as it is sent (non-ASCII as \u escapes), kept below the same size, and Teams' host
# config: at most 6 actions in a row (more are not shown).
CARD_BYTES_LIMIT = 26_000
CARD_CUT_MARK = " … (cut short: too long for a Teams card)"
MAX_ACTIONS = 6
CHOICE_INPUT = "choice"   # the Input.ChoiceSet of a card with more choices than buttons fit
# Characters that format text wherever they stand, and the markers that only act at a line's start
# (heading, quote, list item); '<' is handled by teams_text.
INLINE_MARKDOWN = re.compile(r"([\\`*_\[\]()~|])")
LINE_START_MARKDOWN = re.compile(r"^(\s*)(?:([#>+-])|(\d+)([.)]))")


def teams_text(text: str) -> str:
    """Plain text as Teams markdown shows it, within Teams' message size.

    Teams drops single newlines and may swallow an unknown <tag>, so every
    line break is doubled and '<' is written as an entity.
    """
    shown = text.replace("<", "&lt;").replace("\r\n", "\n").replace("\n", "\n\n")
    if len(shown) * 4 <= TEXT_BYTES_LIMIT or len(shown.encode("utf-8")) <= TEXT_BYTES_LIMIT:
        return shown
    cut = shown.encode("utf-8")[:TEXT_BYTES_LIMIT - len(CUT_MARK.encode("utf-8"))].decode("utf-8", "ignore")
    if cut.rfind("&") > cut.rfind(";"):  # never end inside an entity
        cut = cut[:cut.rfind("&")]
    return cut + CUT_MARK


def escape_markdown(text: str) -> str:
    """Someone else's text (a client's message, a display name) shown exactly as typed,
    so that '[Reset your password](https://…)' stays text and never becomes a link."""
    escaped = INLINE_MARKDOWN.sub(r"\\\1", text)
    return "\n".join(LINE_START_MARKDOWN.sub(_escaped_marker, line) for line in escaped.split("\n"))


def _escaped_marker(match: re.Match) -> str:
    indent, symbol, number, dot = match.groups()
    return f"{indent}\\{symbol}" if symbol else f"{indent}{number}\\{dot}"


def _escaped_keeping_quotes(text: str) -> str:
    """A notice quotes what the client wrote after '> ': keep that quote, escape everything else."""
    return "\n".join(QUOTE + escape_markdown(line[len(QUOTE):]) if line.startswith(QUOTE) else escape_markdown(line)
                     for line in text.split("\n"))


def _card_text(text: str) -> str:
    # TextBlock markdown also needs a blank line for a visible line break.
    return text.replace("\r\n", "\n").replace("\n", "\n\n")


def _block(text: str, **style) -> dict:
    return {"type": "TextBlock", "text": _card_text(text), "wrap": True, **style}


def has_card_parts(reply: Reply) -> bool:
    return bool(reply.coaching or reply.script)


def coaching_card(reply: Reply, interaction_id: int | None = None, with_feedback: bool = False) -> dict:
    """Principle as the header, the coaching, then the ready-to-send script set apart."""
    body = [_block(reply.title, weight="Bolder", size="Medium")] if reply.title else []   # (a goodbye has no heading)
    if reply.coaching:
        body.append(_block(reply.coaching, spacing="Medium"))
    if reply.script:
        body.append({
            "type": "Container", "style": "emphasis", "spacing": "Medium", "bleed": False,
            "items": [_block("Ready to send", weight="Bolder", size="Small", isSubtle=True),
                      _block(reply.script, spacing="Small")],
        })
    card = {
        "type": "AdaptiveCard", "version": CARD_VERSION,
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "fallbackText": reply.text, "body": body,
    }
    if with_feedback and interaction_id is not None:
        card["actions"] = [_feedback_action(interaction_id, verdict) for verdict in VERDICTS]
    return card


def with_choices(card: dict, decision: Decision) -> dict:
    """The card with the decision's choices: its prompt, then one Action.Submit button per choice, or,
    when buttons would pass Teams' six actions, a drop-down (Input.ChoiceSet) and one submit."""
    if not decision.choices or decision.interaction_id is None:
        return card
    card = {**card, "body": card["body"] + [_block(decision.choice_prompt or "Choose one:", spacing="Medium",
                                                   weight="Bolder")]}
    others = card.get("actions", [])
    if len(decision.choices) + len(others) <= MAX_ACTIONS:
        buttons = [{"type": "Action.Submit", "title": choice.label,
                    "data": {"kind": CHOICE_KIND, "interaction_id": decision.interaction_id,
                             "choice_kind": choice.kind, "value": choice.value}}
                   for choice in decision.choices]
        card["actions"] = buttons + others
        return card
    card["body"].append({"type": "Input.ChoiceSet", "id": CHOICE_INPUT, "style": "compact", "isRequired": True,
                         "label": "Choose one", "errorMessage": "Choose one first",
                         "value": f"{decision.choices[0].kind}:{decision.choices[0].value}",
                         "choices": [{"title": choice.label, "value": f"{choice.kind}:{choice.value}"}
                                     for choice in decision.choices]})
    card["actions"] = [{"type": "Action.Submit", "title": "Answer for this one",
                        "data": {"kind": CHOICE_KIND, "interaction_id": decision.interaction_id}}] + others
    return card


def fit_card(card: dict, limit: int = CARD_BYTES_LIMIT) -> dict:
    """The card within Teams' message size: the fallback text shortened first, then the longest texts cut,
    each with a visible mark. A card that fits is returned as it is."""
    if _size(card) <= limit:
        return card
    card = json.loads(json.dumps(card))  # a copy to cut
    card["fallbackText"] = _clip(card.get("fallbackText") or "", 500)
    blocks = [block for block in _walk(card) if block.get("type") == "TextBlock"]
    while _size(card) > limit and blocks:
        longest = max(blocks, key=lambda block: len(block["text"]))
        if len(longest["text"]) <= 200:
            break
        text = longest["text"].removesuffix(CARD_CUT_MARK)
        longest["text"] = _clip(text, len(text) // 2).removesuffix("…") + CARD_CUT_MARK
    return card


def _size(card: dict) -> int:
    return len(json.dumps(card))  # as sent: ASCII, non-ASCII escaped


def _walk(item):
    if isinstance(item, dict):
        yield item
        for value in item.values():
            yield from _walk(value)
    elif isinstance(item, list):
        for value in item:
            yield from _walk(value)


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if cut.rfind("&") > cut.rfind(";"):  # never end inside an entity
        cut = cut[:cut.rfind("&")]
    if cut.endswith("\\") and not cut.endswith("\\\\"):  # nor between an escape and what it escapes
        cut = cut[:-1]
    return cut + "…"


def choice_from_submit(value) -> tuple[int, Choice] | None:
    """(interaction id, choice) from a submitted choice button or drop-down, None for anything else."""
    if not isinstance(value, dict) or value.get("kind") != CHOICE_KIND:
        return None
    interaction_id, kind, picked = value.get("interaction_id"), value.get("choice_kind"), value.get("value")
    if kind is None and picked is None and isinstance(value.get(CHOICE_INPUT), str):
        kind, _, picked = value[CHOICE_INPUT].partition(":")
    if isinstance(interaction_id, bool) or not isinstance(interaction_id, int) or kind not in CHOICE_KINDS \
            or not isinstance(picked, str):
        return None
    return interaction_id, Choice(picked, kind, picked)


def _feedback_action(interaction_id: int, verdict: str) -> dict:
    return {"type": "Action.Submit", "title": VERDICTS[verdict],
            "data": {"kind": FEEDBACK_KIND, "interaction_id": interaction_id, "verdict": verdict}}


def feedback_from_submit(value) -> tuple[int, str] | None:
    """(interaction id, verdict) from a submitted feedback button, None for anything else."""
    if not isinstance(value, dict) or value.get("kind") != FEEDBACK_KIND:
        return None
    interaction_id, verdict = value.get("interaction_id"), value.get("verdict")
    if isinstance(interaction_id, bool) or not isinstance(interaction_id, int) or verdict not in VERDICTS:
        return None
    return interaction_id, verdict


def feedback_thanks(verdict: str) -> str:
    if verdict == "helpful":
        return "Thanks, glad that helped. I've noted it."
    return "Thanks for telling me. I've noted it so the answers can get better."


def notice_text(text: str, title: str = "") -> str:
    """A staff notice as one Teams message: the title in bold, then the details.

    Notices quote clients and name people, so all but our own bold title and
    quote markers is escaped.
    """
    if not title:
        return teams_text(_escaped_keeping_quotes(text))
    # One message, title and all, within Teams' size: the body is cut, never the bold title's markup.
    return teams_text(f"**{escape_markdown(title)}**\n{_escaped_keeping_quotes(text)}")
