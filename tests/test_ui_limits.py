"""Every Slack message, Home tab and modal, and every Adaptive Card, built from the worst data an admin or a
client can produce (200 clients in offboarding, every free-text field at its longest, names full of characters
that grow when escaped, a client message of 40,000 characters), stays within what the platforms accept.

Slack refuses a whole message or view for one section over 3,000 characters; slack_sdk.models checks Slack's
limits when a block or view is turned into JSON, so each one is parsed back through it here, and the limits it
does not check (blocks per message, text length) are checked beside it. Each card is checked against the
Adaptive Card 1.4 schema (teams/schema/, the version the cards declare) and Teams' own limits: six actions in a
row, about 28 KB per message.
"""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

import bot.adapters.slack
import bot.adapters.teams
from bot.adapters.slack.blocks import (CONTEXT_TEXT_LIMIT, MESSAGE_BLOCK_LIMIT, OPTION_VALUE_LIMIT, SECTION_LIMIT,
                                       TEXT_LIMIT, VIEW_BLOCK_LIMIT, answer_message, choice_from_value, modal_view,
                                       notice_message, plain_message, section, thanked)
from bot.adapters.slack.checklist import checklist_message
from bot.adapters.slack.drafts import draft_message, drop_modal, edit_modal
from bot.adapters.slack.home import home_view, outsider_home_view
from bot.adapters.slack.unknown import FORM_NOTE, NOTE
from bot.adapters.teams.cards import CARD_BYTES_LIMIT, MAX_ACTIONS, TEXT_BYTES_LIMIT, notice_text, teams_text
from bot.adapters.teams.drafts import draft_card
from bot.adapters.teams.turns import TeamsBot
from bot.clients import MAX_NAME
from bot.message import CHOICE_CLIENT, CLIENT, REPLY, Choice, Decision, IncomingMessage, Reply, SharedFile
from tests.support import calendar

ROOT = Path(__file__).resolve().parent.parent
CARD_SCHEMA = ROOT / "teams" / "schema" / "adaptive-card.1.4.0.json"
LONGEST = 3_500           # longer than any Slack text field
CLIENT_TEXT = 40_000      # the longest message Slack delivers
CLIENTS = 200


def long_name(number: int) -> str:
    """80 characters that grow when escaped: '&<' for Slack, '"' and '\\' in JSON, non-ASCII for \\u escapes."""
    grow = ("Ö&<", '"\\Ö')[number % 2]
    return (f"{number:03d} " + grow * MAX_NAME)[:MAX_NAME]


def worst_case(bot) -> None:
    for number in range(CLIENTS):
        name = long_name(number)
        bot.clients.add(name, status="transition", notice_date=calendar.iso_day(-5),
                        end_date=calendar.iso_day(25), reason_category="other", reason="r&<" * (LONGEST // 3),
                        new_provider="<P&>" * (LONGEST // 4), new_provider_contact="c" * LONGEST,
                        account_owner="o" * LONGEST, timezone="America/Argentina/ComodRivadavia")
        bot.storage.log_interaction(platform="slack", audience="client", client=name,
                                    text="<&>" * LONGEST, action="reply", principle="helpful")


@pytest.fixture
def worst(open_bot, config):
    bot = open_bot(replace(config, reply_mode="approve"))
    worst_case(bot)
    return bot


def staff(text: str, conversation: str = "D0STAFF") -> IncomingMessage:
    """A staff DM; each question in its own conversation, so none remembers another's client."""
    return IncomingMessage(text=text, platform="slack", sender_id="U0STAFF", conversation_id=conversation,
                           direct=True)


def decisions(bot) -> dict[str, Decision]:
    """One of each kind of answer the bot gives, from the worst-case records."""
    name = long_name(1)
    bot.clients.link(name, "slack", "C0WORST")
    found = {
        "coaching about the longest record": bot.handle(staff(f"how do I tell {name} we're ending the contract?",
                                                              "D0ONE")),
        "coaching with 25 clients to choose from": bot.handle(staff("how do I announce the decision?", "D0TWO")),
        "the longest command output (list)": bot.handle(staff("offboard list")),
        "the longest command output (show)": bot.handle(staff(f"offboard show {name}")),
        "help": bot.handle(staff("offboard help")),
        "a hand-off notice for the longest message": bot.handle(IncomingMessage(
            text="<!channel> " + "Ö&<\"" * (CLIENT_TEXT // 4), platform="slack", sender_id="U0DANA",
            sender_name="D" * LONGEST, audience=CLIENT, client=name, conversation_id="C0WORST", thread_id="1",
            files=tuple(SharedFile("f&<" * 100, "k" * 100) for _ in range(20)))),
    }
    checklisted = long_name(2)  # quotes-free, so it can be typed
    for number in range(1, 7):
        bot.handle(staff(f"offboard check {checklisted} {number} {('done', 'not-needed')[number % 2]} "
                         + "n&<" * 160, "D0CHECK"))
    for number in range(7, 10):
        bot.handle(staff(f"offboard check {checklisted} {number} owner " + "O&<" * 30, "D0CHECK"))
    found["a checklist with notes and owners at their longest"] = bot.handle(
        staff(f"offboard checklist {checklisted}", "D0CHECK"))
    assert found["a checklist with notes and owners at their longest"].reply.checklist is not None
    buttons = replace(found["coaching about the longest record"], choices=[
        Choice(f"{long_name(n)} (ends {calendar.iso_day(25)})", CHOICE_CLIENT, long_name(n)) for n in range(5)],
        choice_prompt="W" * LONGEST)
    found["coaching with five buttons"] = buttons
    found["a client reply"] = Decision(REPLY, reply=Reply(text="Ö&<" * (CLIENT_TEXT // 3), audience=CLIENT))
    return found


def drafts(bot) -> dict[str, object]:
    name = long_name(2)
    decision = bot.handle(IncomingMessage(text="why? " + "Ö&<\"\\" * (CLIENT_TEXT // 5), platform="slack",
                                          sender_id="U0DANA", sender_name="D" * LONGEST, audience=CLIENT,
                                          client=name, conversation_id="C0DRAFT", thread_id="1"))
    draft = decision.draft
    assert draft is not None, decision
    draft = replace(draft, note="n&<" * LONGEST, text="t&<" * LONGEST)
    return {
        "open": draft,
        "sent as edited": replace(draft, status="sent", decision="edit", final_text="e&<" * 1000,
                                  decided_by_name="S" * LONGEST, outcome="o" * LONGEST),
        "shadow": replace(draft, mode="shadow", status="shadowed", outcome="o" * LONGEST),
        "failed to send": replace(draft, error="x" * LONGEST),
    }


# -- Slack ------------------------------------------------------------------------------------------------------------
def texts_in(item) -> list[tuple[str, str]]:
    """(where, text) of every text object in blocks."""
    found = []
    if isinstance(item, dict):
        if item.get("type") in ("mrkdwn", "plain_text"):
            found.append((item["type"], item["text"]))
        for value in item.values():
            found += texts_in(value)
    elif isinstance(item, list):
        for value in item:
            found += texts_in(value)
    return found


def assert_slack_message(message: dict) -> None:
    assert message["text"] and len(message["text"]) <= TEXT_LIMIT
    blocks = message.get("blocks") or []
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    for block in blocks:
        assert Block.parse(block).to_dict() == block   # slack_sdk raises on any limit it knows
        for kind, text in texts_in(block):
            assert text and len(text) <= (SECTION_LIMIT if block["type"] == "section" else CONTEXT_TEXT_LIMIT)


def assert_slack_view(view: dict) -> None:
    assert View(**view).to_dict() and len(view["blocks"]) <= VIEW_BLOCK_LIMIT
    for block in view["blocks"]:
        Block.parse(block).to_dict()
        assert all(text and len(text) <= SECTION_LIMIT for _, text in texts_in(block))


def slack_messages(bot) -> dict[str, dict]:
    built = {}
    for what, decision in decisions(bot).items():
        if decision.reply is not None and decision.reply.checklist is not None:
            built[f"checklist_message: {what}"] = checklist_message(decision.reply, bot.config)
        elif decision.reply is not None:
            built[f"answer_message: {what}"] = answer_message(decision)
        if decision.staff_notice is not None:
            built[f"notice_message: {what}"] = notice_message(decision.staff_notice, "C0WORST")
    for what, draft in drafts(bot).items():
        built[f"draft_message: {what}"] = draft_message(draft)
    built["plain_message: the note for a button that isn't ours"] = plain_message(NOTE)
    coaching = built["answer_message: coaching about the longest record"]
    built["thanked: a voted answer"] = {**coaching, "blocks": thanked(coaching["blocks"])}
    return built


def slack_views(bot) -> dict[str, dict]:
    built = {"home_view: 200 clients": home_view(bot), "outsider_home_view": outsider_home_view("C" * LONGEST),
             "modal_view: a form that isn't ours": modal_view("unknown_form", "T" * LONGEST, [section(FORM_NOTE)])}
    for what, draft in drafts(bot).items():
        built[f"edit_modal: {what}"] = edit_modal(draft)
        built[f"drop_modal: {what}"] = drop_modal(draft)
    return built


def test_every_slack_message_fits_slacks_limits(worst):
    built = slack_messages(worst)
    for what, message in built.items():
        try:
            assert_slack_message(message)
        except Exception as error:  # noqa: BLE001 - name the message that failed
            raise AssertionError(f"{what}: {error}") from error
    menu = [e for b in built["answer_message: coaching with 25 clients to choose from"]["blocks"]
            for e in b.get("elements", []) if e.get("type") == "static_select"]
    assert menu and len(menu[0]["options"]) == 25
    assert all(len(option["value"]) <= OPTION_VALUE_LIMIT for option in menu[0]["options"])


def test_every_slack_view_fits_slacks_limits(worst):
    for what, view in slack_views(worst).items():
        try:
            assert_slack_view(view)
        except Exception as error:  # noqa: BLE001
            raise AssertionError(f"{what}: {error}") from error


def test_long_fields_are_shortened_visibly(worst):
    view = home_view(worst)
    shown = "\n".join(block.get("text", {}).get("text", "") for block in view["blocks"])
    assert "New provider: &lt;P&amp;&gt;" in shown and "…" in shown
    draft = draft_message(drafts(worst)["open"])
    assert "characters in all" in json.dumps(draft["blocks"])


def test_a_choice_cut_to_fit_a_slack_option_still_picks_its_client(worst):
    """A name full of quotes is cut to fit the option's 150 characters; the pick still finds its client."""
    decision = decisions(worst)["coaching with 25 clients to choose from"]
    menu = [e for b in answer_message(decision)["blocks"] for e in b.get("elements", []) if e.get("type") == "static_select"]
    cut = [option["value"] for option in menu[0]["options"] if json.loads(option["value"])["v"] not in
           {c.value for c in decision.choices}]
    assert cut, "no option needed cutting: the worst case is not worst enough"
    interaction_id, choice = choice_from_value(cut[0])
    answer = worst.choose(staff("", "D0TWO"), interaction_id, choice)
    assert answer.action == REPLY and answer.client in {c.value for c in decision.choices}


# -- Teams --------------------------------------------------------------------------------------------------------------
def card_validator() -> jsonschema.Draft6Validator:
    return jsonschema.Draft6Validator(json.loads(CARD_SCHEMA.read_text()))


def action_rows(card: dict) -> list[list]:
    """Every row of actions in a card: its own, each ActionSet's and each ShowCard's card's."""
    rows = [card.get("actions", [])]
    for item in _walk(card.get("body", [])):
        if item.get("type") == "ActionSet":
            rows.append(item["actions"])
    for action in card.get("actions", []):
        if action.get("type") == "Action.ShowCard":
            rows += action_rows(action["card"])
    return rows


def _walk(item):
    if isinstance(item, dict):
        yield item
        for value in item.values():
            yield from _walk(value)
    elif isinstance(item, list):
        for value in item:
            yield from _walk(value)


def assert_teams_card(card: dict) -> None:
    errors = sorted(card_validator().iter_errors(card), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message[:200]}" for e in errors[:5]]
    assert card["version"] == "1.4"
    assert all(len(row) <= MAX_ACTIONS for row in action_rows(card))
    assert len(json.dumps(card)) <= CARD_BYTES_LIMIT


def teams_cards(bot) -> dict[str, dict]:
    adapter = TeamsBot(bot)
    built = {}
    for what, decision in decisions(bot).items():
        activity = adapter._reply_activity(decision) if decision.reply is not None else None
        if activity is not None and activity.attachments:
            kind = "checklist_card" if decision.reply.checklist is not None else "coaching_card"
            built[f"{kind}: {what}"] = activity.attachments[0].content
    for what, draft in drafts(bot).items():
        built[f"draft_card: {what}"] = draft_card(draft)
    return built


def test_every_adaptive_card_is_valid_1_4_within_teams_limits(worst):
    built = teams_cards(worst)
    assert {"coaching_card: coaching with 25 clients to choose from", "coaching_card: coaching with five buttons",
            "draft_card: open"} <= set(built)
    for what, card in built.items():
        try:
            assert_teams_card(card)
        except Exception as error:  # noqa: BLE001
            raise AssertionError(f"{what}: {error}") from error


def test_every_teams_text_message_fits(worst):
    for what, decision in decisions(worst).items():
        for reply in (decision.reply, decision.staff_notice):
            if reply is not None:
                for sent in (teams_text(reply.text), notice_text(reply.text, reply.title)):
                    assert len(sent.encode("utf-8")) <= TEXT_BYTES_LIMIT, what


def test_the_card_check_can_fail():
    card = {"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock", "text": "x", "colour": "red"}],
            "actions": [{"type": "Action.Submit", "title": str(n)} for n in range(7)]}
    with pytest.raises(AssertionError):
        assert_teams_card(card)
    with pytest.raises(AssertionError):
        assert_teams_card({**card, "body": [{"type": "TextBlock", "text": "x"}]})  # seven actions in a row


# -- every builder is checked here ------------------------------------------------------------------------------------------
LAYOUT_BUILDER = re.compile(r"^(?!on_)[a-z]\w*_(message|view|modal|card)$")  # builders, not listeners


def layout_builders(package) -> set[str]:
    found = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and LAYOUT_BUILDER.match(name):
                found.add(name)
    return found


def test_every_slack_and_teams_layout_builder_is_in_the_worst_case_checks(worst):
    checked = {what.split(":")[0] for what in [*slack_messages(worst), *slack_views(worst), *teams_cards(worst)]}
    checked |= {"card_activity", "fit_card"}  # draft_card in an activity; the size cut inside every card
    for package in (bot.adapters.slack, bot.adapters.teams):
        missing = layout_builders(package) - checked
        assert not missing, f"add these to the worst-case checks in this file: {sorted(missing)}"
