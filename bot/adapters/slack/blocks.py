"""Block Kit layouts for the Slack adapter, and Slack's text escaping and size limits.

Every piece of user-derived text (a client's message, a name, a command's
echo) goes through ``escape`` before it reaches Slack, so ``<!channel>``,
``<@U123>`` or ``<https://…|link>`` typed by a client is shown, never acted on.
"""
from __future__ import annotations

import json
import re

from slack_sdk.models.blocks import (ActionsBlock, ButtonElement, CheckboxesElement, ContextBlock, DividerBlock,
                                     HeaderBlock, InputBlock, MarkdownTextObject, Option, PlainTextInputElement,
                                     PlainTextObject, SectionBlock, StaticSelectElement)
from slack_sdk.models.views import View

from bot.core import FEEDBACK_VALUES
from bot.message import CHOICE_KINDS, CLIENT, Choice, Decision, Reply

# Slack's limits (api.slack.com/reference/block-kit): slack_sdk.models checks most of them when a block
# or view is turned into JSON; message() checks the two it does not (blocks per message, text length).
SECTION_LIMIT = 3000      # characters in a section's text
HEADER_LIMIT = 150        # characters in a header's plain text
CONTEXT_TEXT_LIMIT = 3000  # characters in one context element's text
TEXT_LIMIT = 40_000       # characters in a message's top-level text
MESSAGE_BLOCK_LIMIT = 50  # blocks in a message
VIEW_BLOCK_LIMIT = 100    # blocks in a Home tab or a modal
BUTTON_TEXT_LIMIT = 75    # characters in a button's text
BUTTON_VALUE_LIMIT = 2000  # characters in a button's value
OPTION_VALUE_LIMIT = 150  # characters in a select option's value
OPTIONS_LIMIT = 100       # options in one select menu
ACTIONS_ELEMENT_LIMIT = 25  # elements in one actions block
MODAL_TITLE_LIMIT = 24    # a modal's title, submit and close texts
INPUT_LABEL_LIMIT = 2000  # an input block's label
INPUT_TEXT_LIMIT = 3000   # characters a plain_text_input may hold
PLACEHOLDER_LIMIT = 150   # a placeholder's text
EMPTY = "(empty)"         # Slack refuses empty text objects
FEEDBACK_BLOCK = "feedback"
FEEDBACK_PREFIX = "feedback_"
FEEDBACK_LABELS = {"helpful": "Helpful", "not_helpful": "Not helpful"}
THANKS = "Thanks for the feedback."
CHOICE_BLOCK = "choices"
CHOICE_PREFIX = "choice_"
MAX_BUTTONS = 5           # more than this reads better as one select menu
OPTION_TEXT_LIMIT = 75    # characters in an option's text and description
FENCE = "```"
SCRIPT_LABEL = "*Ready to send* (copy, adjust, send):\n"


# -- text -------------------------------------------------------------------------
def escape(text: str) -> str:
    """Slack's three control characters as entities; nothing else changes."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Slack's entities back to characters, for text arriving from Slack."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_MARKUP = re.compile(r"<([^<>]*)>")


def read_slack_text(raw: str, on_user=lambda user_id, label: f"<@{user_id}>") -> str:
    """Text as Slack delivers it (entities, <@U123>, <https://x|x>, <mailto:a@b|a@b>) as the person
    typed it: links and email addresses plain, channels as #name, and each user mention replaced by
    on_user(user id, label). Special mentions (<!here>) stay markup, so they are escaped on the way
    out like anything else typed. Only real markup counts: a '<' the person typed arrives as &lt;."""
    out, position = [], 0
    for match in _MARKUP.finditer(raw):
        out.append(unescape(raw[position:match.start()]))
        out.append(_markup_as_text(match.group(1), on_user))
        position = match.end()
    return "".join(out + [unescape(raw[position:])])


def _markup_as_text(inner: str, on_user) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return on_user(target[1:], unescape(label))
    if target.startswith("#"):
        return "#" + unescape(label or target[1:])
    if target.startswith("!"):
        return f"<{unescape(inner)}>"
    url, label = unescape(target), unescape(label)
    bare = url.removeprefix("mailto:")
    if not label or label in (url, bare) or bare.split("://", 1)[-1].rstrip("/") == label.rstrip("/"):
        return label or bare
    return f"{label} ({bare})"


def escape_keeping_quotes(text: str) -> str:
    """Escaped, except a '>' opening a line stays a quote marker.

    Harmless because every '<' is escaped: a lone '>' cannot start a mention or link.
    """
    return "\n".join(">" + escape(line[1:]) if line.startswith(">") else escape(line)
                     for line in text.split("\n"))


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:_cut_point(text, limit - 1)] + "…"


def pieces(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Escaped text split at line ends (or, failing that, anywhere but mid-entity) to fit a limit."""
    out = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        cut = cut if cut > 0 else _cut_point(text, limit)
        out.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return out + ([text] if text.strip() else [])


def _cut_point(text: str, index: int) -> int:
    """index, or earlier if it would split an entity such as '&amp;'."""
    amp = text.rfind("&", max(0, index - 4), index)
    return amp if amp > 0 and ";" not in text[amp:index] else index


# -- blocks: every one built with slack_sdk.models, which checks Slack's limits on to_dict() ------------
# Text is clipped to each limit here, with a visible "…", so a long field shortens instead of making
# Slack refuse the whole message or view. Limits slack_sdk does not check are checked here too.
def _mrkdwn(text: str, limit: int) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(text, limit) if text.strip() else EMPTY)


def _plain(text: str, limit: int) -> PlainTextObject:
    return PlainTextObject(text=clip(text, limit) if text.strip() else EMPTY, emoji=True)


def section(mrkdwn: str, block_id: str | None = None, accessory=None) -> dict:
    return SectionBlock(text=_mrkdwn(mrkdwn, SECTION_LIMIT), block_id=block_id, accessory=accessory).to_dict()


def header(text: str) -> dict:
    return HeaderBlock(text=_plain(text, HEADER_LIMIT)).to_dict()


def context(mrkdwn: str) -> dict:
    return ContextBlock(elements=[_mrkdwn(mrkdwn, CONTEXT_TEXT_LIMIT)]).to_dict()


def divider() -> dict:
    return DividerBlock().to_dict()


def button(label: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    return ButtonElement(text=_plain(label, BUTTON_TEXT_LIMIT), action_id=action_id, value=value, style=style)


def checkboxes(action_id: str, label: str, value: str, *, description: str = "", ticked: bool = False
               ) -> CheckboxesElement:
    """One checkbox (a checkboxes element with one option)."""
    option = Option(text=_plain(label, OPTION_TEXT_LIMIT), value=value,
                    description=_plain(description, OPTION_TEXT_LIMIT) if description else None)
    return CheckboxesElement(action_id=action_id, options=[option], initial_options=[option] if ticked else None)


def actions(block_id: str, elements: list) -> dict:
    return ActionsBlock(block_id=block_id, elements=elements[:ACTIONS_ELEMENT_LIMIT]).to_dict()


def text_input(block_id: str, action_id: str, label: str, *, initial: str | None = None, multiline: bool = False,
               max_length: int = INPUT_TEXT_LIMIT, optional: bool = False, placeholder: str = "") -> dict:
    element = PlainTextInputElement(action_id=action_id, multiline=multiline, max_length=min(max_length, INPUT_TEXT_LIMIT),
                                    initial_value=initial[:min(max_length, INPUT_TEXT_LIMIT)] if initial else None,
                                    placeholder=_plain(placeholder, PLACEHOLDER_LIMIT) if placeholder else None)
    return InputBlock(block_id=block_id, label=_plain(label, INPUT_LABEL_LIMIT), element=element,
                      optional=optional).to_dict()


def sections(escaped: str) -> list[dict]:
    return [section(piece) for piece in pieces(escaped)]


def fitted(blocks: list[dict], tail: list[dict], limit: int = MESSAGE_BLOCK_LIMIT) -> list[dict]:
    """The blocks, shortened if needed so that they and the tail fit Slack's block limit."""
    room = limit - len(tail)
    if len(blocks) > room:
        blocks = blocks[:room - 1] + [context("_(shortened to fit Slack's limits)_")]
    return blocks + tail


def message(text: str, blocks: list[dict] | None = None) -> dict:
    """chat.postMessage / chat.update / response_url arguments: the fallback text (escaped already) and
    the blocks, both within Slack's message limits."""
    built = {"text": clip(text, TEXT_LIMIT) if text.strip() else EMPTY}
    if blocks is not None:
        if len(blocks) > MESSAGE_BLOCK_LIMIT:
            raise ValueError(f"{len(blocks)} blocks: a Slack message holds at most {MESSAGE_BLOCK_LIMIT}")
        built["blocks"] = blocks
    return built


def home(blocks: list[dict]) -> dict:
    """A Home tab (views.publish): at most 100 blocks, checked by slack_sdk."""
    return View(type="home", blocks=fitted(blocks, [], VIEW_BLOCK_LIMIT)).to_dict()


def modal_view(callback_id: str, title: str, blocks: list[dict], *, submit: str = "", close: str = "Cancel",
               private_metadata: str = "") -> dict:
    """A modal (views.open, or a view_submission's response_action "update"), checked by slack_sdk."""
    return View(type="modal", callback_id=callback_id, title=_plain(title, MODAL_TITLE_LIMIT),
                submit=_plain(submit, MODAL_TITLE_LIMIT) if submit else None, close=_plain(close, MODAL_TITLE_LIMIT),
                private_metadata=private_metadata or None, blocks=fitted(blocks, [], VIEW_BLOCK_LIMIT)).to_dict()


def feedback_actions(interaction_id: int) -> dict:
    return actions(FEEDBACK_BLOCK, [button(FEEDBACK_LABELS[value], FEEDBACK_PREFIX + value, str(interaction_id))
                                    for value in FEEDBACK_VALUES])


def choice_value(interaction_id: int, choice: Choice, limit: int = BUTTON_VALUE_LIMIT) -> str:
    """What a choice's button or option carries back. An option holds only 150 characters: a long name
    is cut to fit (the core takes a unique beginning of a client's name)."""
    value = choice.value
    while True:
        encoded = json.dumps({"i": interaction_id, "k": choice.kind, "v": value}, separators=(",", ":"),
                             ensure_ascii=False)
        if len(encoded) <= limit or not value:
            return encoded
        value = value[:len(value) - max(1, len(encoded) - limit)]


def choice_from_value(value: str) -> tuple[int, Choice] | None:
    """(interaction id, choice) from a clicked button's or picked option's value; None if not ours."""
    try:
        data = json.loads(value)
        interaction_id, kind, picked = int(data["i"]), data["k"], data["v"]
    except (TypeError, ValueError, KeyError):
        return None
    if kind not in CHOICE_KINDS or not isinstance(picked, str):
        return None
    return interaction_id, Choice(picked, kind, picked)


def choice_blocks(decision: Decision) -> list[dict]:
    """The decision's choices: a prompt and buttons, or a select menu when there are many."""
    if not decision.choices or decision.interaction_id is None:
        return []
    prompt = section(escape(decision.choice_prompt or "Choose one:"))
    if len(decision.choices) <= MAX_BUTTONS:
        elements = [button(choice.label, f"{CHOICE_PREFIX}{n}", choice_value(decision.interaction_id, choice))
                    for n, choice in enumerate(decision.choices)]
    else:
        elements = [StaticSelectElement(
            action_id=f"{CHOICE_PREFIX}select", placeholder=_plain("Choose one", PLACEHOLDER_LIMIT),
            options=[Option(text=_plain(choice.label, OPTION_TEXT_LIMIT),
                            value=choice_value(decision.interaction_id, choice, OPTION_VALUE_LIMIT))
                     for choice in decision.choices[:OPTIONS_LIMIT]])]
    return [prompt, actions(CHOICE_BLOCK, elements)]


def thanked(blocks: list[dict]) -> list[dict]:
    """The same message with its feedback buttons replaced by a thank-you."""
    return [context(THANKS) if block.get("block_id") == FEEDBACK_BLOCK else block for block in blocks]


# -- messages -----------------------------------------------------------------------
def answer_message(decision: Decision) -> dict:
    """chat.postMessage arguments for decision.reply: coaching layout for staff, plain text otherwise."""
    reply = decision.reply
    choices = choice_blocks(decision) if reply.audience != CLIENT else []
    if reply.audience == CLIENT or not (reply.coaching or choices):
        return plain_message(reply.text)
    tail = choices + ([feedback_actions(decision.interaction_id)]
                      if decision.feedback_enabled and decision.interaction_id is not None else [])
    return message(escape(reply.text), fitted(_coaching_blocks(reply), tail))


def _coaching_blocks(reply: Reply) -> list[dict]:
    blocks = [header(reply.title)] if reply.title else []
    blocks += sections(escape(reply.coaching))
    if reply.script:
        # Preformatted, so it reads as a draft to copy rather than part of the coaching.
        scripts = pieces(escape(reply.script), SECTION_LIMIT - len(SCRIPT_LABEL) - 2 * len(FENCE))
        blocks += [section((SCRIPT_LABEL if n == 0 else "") + FENCE + script + FENCE)
                   for n, script in enumerate(scripts)]
    return blocks


def plain_message(text: str) -> dict:
    """A reply with no layout: client wording, command results, refusals."""
    return message(escape(text))


def notice_message(notice: Reply, conversation: str = "") -> dict:
    """A staff notice: what a client wrote and what happened, for SLACK_STAFF_CHANNEL."""
    blocks = [header(notice.title)] if notice.title else []
    blocks += sections(escape_keeping_quotes(notice.text))
    # Channel ids come from Slack itself; checking the shape keeps the link markup ours.
    tail = [context(f"In <#{conversation}>")] if conversation.isalnum() else []
    text = f"{notice.title}: {notice.text}" if notice.title else notice.text
    return message(escape(text), fitted(blocks, tail))
