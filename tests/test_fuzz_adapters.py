"""Hostile text through the Slack and Teams translation functions, both ways.

Inbound: markup stripping never fails and always removes the bot's own mention.
Outbound: whatever the core decided (or any reply at all, for Slack's layout
code) fits the platform's limits and carries no live mention of anyone.
"""
import json
import re

from botbuilder.schema import Activity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters.slack.blocks import (HEADER_LIMIT, MESSAGE_BLOCK_LIMIT, SECTION_LIMIT, TEXT_LIMIT,
                                       answer_message, escape, notice_message, read_slack_text)
from bot.adapters.teams.audience import text_without_bot_mention
from bot.adapters.teams.cards import coaching_card, has_card_parts, notice_text, teams_text
from bot.message import REPLY, STAFF, Decision, Reply
from tests.test_fuzz import hostile_text, message, senders

TEAMS_BYTES_LIMIT = 28_000
# Anything Slack would act on: user/channel/group mentions, special mentions, links.
SLACK_LIVE_MARKUP = re.compile(r"<[@!#]|<https?:|<mailto:")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Long texts with line breaks, the shape that exercises splitting into sections.
long_text = st.tuples(hostile_text, st.integers(1, 4000)).map(lambda pair: ("\n".join([pair[0]] * pair[1]))[:120_000])
any_text = st.one_of(hostile_text, long_text)


def slack_texts(payload: dict) -> list[tuple[str, int, bool]]:
    """Every text in a chat.postMessage payload: (text, its limit, whether Slack parses markup in it)."""
    found = [(payload["text"], TEXT_LIMIT, True)]
    for block in payload.get("blocks", []):
        if block["type"] == "header":  # plain_text: shown as typed, never parsed
            found.append((block["text"]["text"], HEADER_LIMIT, False))
        elif block["type"] == "section":
            found.append((block["text"]["text"], SECTION_LIMIT, True))
        found += [(element["text"], SECTION_LIMIT, element.get("type") == "mrkdwn")
                  for element in block.get("elements", []) if isinstance(element.get("text"), str)]
    return found


def assert_fits_slack(payload: dict, own_markup: str = "") -> None:
    assert len(payload.get("blocks", [])) <= MESSAGE_BLOCK_LIMIT
    for text, limit, parsed in slack_texts(payload):
        assert len(text) <= limit
        if parsed:
            assert not SLACK_LIVE_MARKUP.search(text.replace(own_markup, "") if own_markup else text), text[:200]
    for block in payload.get("blocks", []):
        if block["type"] in ("section", "header"):
            assert block["text"]["text"], "Slack rejects empty block text"


def assert_fits_teams(reply: Reply, decision: Decision) -> None:
    if has_card_parts(reply):
        sent = json.dumps(coaching_card(reply, decision.interaction_id, decision.feedback_enabled))
    else:
        sent = teams_text(reply.text)
    assert len(sent.encode("utf-8")) <= TEAMS_BYTES_LIMIT


# -- inbound ---------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(text=hostile_text)
def test_slack_inbound_text_loses_the_bots_mention_and_nothing_fails(text):
    people = lambda user, label: "" if user == "U0BOT" else f"@{label or user}"  # noqa: E731
    cleaned = read_slack_text(f"<@U0BOT> {text}", people)
    assert not cleaned.startswith("<@U0BOT>")
    # whatever else arrives, markup the person typed (sent by Slack as entities) comes back as typed
    assert read_slack_text(escape(text), people) == text


@settings(max_examples=150, deadline=None)
@given(text=hostile_text, name=hostile_text)
def test_teams_inbound_text_loses_the_bots_mention_and_nothing_fails(text, name):
    bot = {"id": "28:bot", "name": name or "Parting Ways"}
    activity = Activity().deserialize({
        "type": "message", "text": f"<at>{bot['name']}</at> {text}", "recipient": bot,
        "entities": [{"type": "mention", "text": f"<at>{bot['name']}</at>", "mentioned": bot}]})
    cleaned = text_without_bot_mention(activity)
    assert isinstance(cleaned, str) and len(cleaned) <= len(activity.text)


# -- outbound: any reply the Slack layout code is given ------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(title=hostile_text, coaching=any_text, script=any_text, text=any_text)
def test_slack_coaching_layout_fits_any_reply(title, coaching, script, text):
    reply = Reply(text=text or "x", title=title, coaching=coaching or "x", script=script, audience=STAFF)
    decision = Decision(REPLY, reply=reply, interaction_id=7, feedback_enabled=True)
    assert_fits_slack(answer_message(decision))


@settings(max_examples=60, deadline=None)
@given(text=any_text)
def test_slack_staff_notice_fits_and_shows_client_markup_as_text(text):
    notice = Reply(text=f"Dana wrote:\n> {text}", title="A person needs to answer", audience=STAFF)
    assert_fits_slack(notice_message(notice, "C0ACME"), own_markup="<#C0ACME>")


# -- outbound: what the core decides, as each adapter would send it ------------------------------------
@FUZZ
@given(text=any_text, sender=senders)
def test_core_decisions_fit_slack_and_teams_whatever_was_said(bot, text, sender):
    decision = bot.handle(message(text, *sender))
    if decision.reply is not None:
        assert_fits_slack(answer_message(decision))
        assert_fits_teams(decision.reply, decision)
    if decision.staff_notice is not None:
        assert_fits_slack(notice_message(decision.staff_notice, "C0ACME"), own_markup="<#C0ACME>")
        sent = notice_text(decision.staff_notice.text, decision.staff_notice.title)
        assert len(sent.encode("utf-8")) <= TEAMS_BYTES_LIMIT
        assert "<at>" not in sent
