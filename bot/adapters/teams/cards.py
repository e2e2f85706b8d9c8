"""Adaptive Card JSON and Teams text formatting: plain dicts and strings, no SDK.

Kept apart from the Bot Framework code so that moving to another Teams SDK
leaves the look of every message untouched.
"""
from __future__ import annotations

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
    body = [_block(reply.title, weight="Bolder", size="Medium")]
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
    """The card with the decision's choices: its prompt, then one Action.Submit button per choice."""
    if not decision.choices or decision.interaction_id is None:
        return card
    card = {**card, "body": card["body"] + [_block(decision.choice_prompt or "Choose one:", spacing="Medium",
                                                   weight="Bolder")]}
    buttons = [{"type": "Action.Submit", "title": choice.label,
                "data": {"kind": CHOICE_KIND, "interaction_id": decision.interaction_id,
                         "choice_kind": choice.kind, "value": choice.value}}
               for choice in decision.choices]
    card["actions"] = buttons + card.get("actions", [])
    return card


def choice_from_submit(value) -> tuple[int, Choice] | None:
    """(interaction id, choice) from a submitted choice button, None for anything else."""
    if not isinstance(value, dict) or value.get("kind") != CHOICE_KIND:
        return None
    interaction_id, kind, picked = value.get("interaction_id"), value.get("choice_kind"), value.get("value")
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
    body = teams_text(_escaped_keeping_quotes(text))
    return f"**{teams_text(escape_markdown(title))}**\n\n{body}" if title else body
