"""Drafted replies in Slack, end to end: the real Bolt app behind its HTTP endpoint, the fake Web API.

New installations answer clients in approve mode: a client's message becomes a card in the staff
channel, and only a member of staff's Send / Edit / Don't send decides what the client receives.
"""
from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import datetime

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.adapters.slack.blocks import MESSAGE_BLOCK_LIMIT, SECTION_LIMIT, TEXT_LIMIT
from bot.core import Bot
from bot.drafts import MAX_REPLY_CHARS
from tests.support.slack import (CLIENT_TEAM, CLIENT_USER, GUEST_USER, OUR_TEAM, STAFF_CHANNEL, STAFF_USER,
                                 running_app)

WHY = "Why are you ending our contract?"
THREAD = "1712000000.000300"


@pytest.fixture
def linked(bot):
    bot.clients.link("Acme Dental", "slack", "C0ACME")
    bot.clients.link("Globex Logistics", "slack", "C0GLOBEX")


def posts(fake, channel):
    return [c.args for c in fake.calls("chat.postMessage") if c.args["channel"] == channel]


def card_of(fake) -> dict:
    [card] = posts(fake, STAFF_CHANNEL)
    return card


def button(card: dict, verb: str) -> dict:
    [actions] = [b for b in card["blocks"] if b["type"] == "actions"]
    [found] = [e for e in actions["elements"] if e["action_id"] == f"draft_{verb}"]
    return found


def click(slack, card: dict, verb: str, value: str | None = None, **who):
    """A click on the card's button, as Slack sends it (value forged when given)."""
    element = button(card, verb)
    return slack.click(element["action_id"], element["value"] if value is None else value, channel=STAFF_CHANNEL,
                       block_id="draft_actions", message_ts="1700000000.000001", **who)


def responses(fake) -> list[str]:
    return [c.args.get("text", "") for c in fake.calls("response_url")]


def card_text(message: dict) -> str:
    return json.dumps(message["blocks"])


def a_draft(slack, fake, text=WHY, channel="C0ACME", ts=THREAD) -> dict:
    slack.client_says(text, channel=channel, ts=ts)
    return posts(fake, STAFF_CHANNEL)[-1]


# -- approve mode -------------------------------------------------------------------------------------
def test_a_client_message_becomes_a_draft_card_and_the_client_hears_nothing_yet(slack, fake, bot, linked):
    card = a_draft(slack, fake)

    assert posts(fake, "C0ACME") == []
    blocks = card["blocks"]
    assert blocks[0]["type"] == "header" and "Acme Dental" in blocks[0]["text"]["text"]
    assert WHY in card_text(card) and "Dana Reyes" in card_text(card)
    assert "Principle: *honest*" in card_text(card) and "explain_reason" in card_text(card)
    assert "% sure" in card_text(card)
    assert "invoices" in card_text(card)  # the drafted reply itself
    assert [button(card, v)["text"]["text"] for v in ("send", "edit", "drop")] == ["Send", "Edit", "Don't send"]
    [draft] = bot.drafts.open("slack")
    assert (draft.card_channel, draft.conversation_id, draft.thread_id) == (STAFF_CHANNEL, "C0ACME", THREAD)
    assert bot.storage.recent_interactions(limit=1)[0]["action"] == "draft"


def test_send_posts_the_draft_once_in_the_clients_thread_and_updates_the_card(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    [draft] = bot.drafts.open("slack")

    click(slack, card, "send")

    [sent] = posts(fake, "C0ACME")
    assert sent["thread_ts"] == THREAD and sent["text"] == draft.text.replace("&", "&amp;")
    [update] = fake.calls("chat.update")
    assert (update.args["channel"], update.args["ts"]) == (STAFF_CHANNEL, draft.card_message_id)
    assert "actions" not in [b["type"] for b in update.args["blocks"]]
    assert "Sent by Sam Patel at" in card_text(update.args)
    assert bot.drafts.get(draft.id).status == "sent" and not responses(fake)
    logged = bot.storage.recent_interactions(limit=1)[0]
    assert (logged["action"], logged["sender_id"], logged["reply_text"]) == ("draft_sent", STAFF_USER, draft.text)


def test_edit_opens_a_modal_with_the_draft_and_sends_the_edited_text(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    [draft] = bot.drafts.open("slack")

    click(slack, card, "edit")
    [opened] = fake.calls("views.open")
    view = opened.args["view"]
    assert opened.args["trigger_id"] == "1.2.abc"
    [box] = [b for b in view["blocks"] if b["type"] == "input"]
    assert box["element"]["initial_value"] == draft.text
    assert posts(fake, "C0ACME") == []  # opening the editor sends nothing

    edited = "Hi Dana,\nWe're ending because invoices kept arriving late. Happy to talk it through.\nPriya"
    slack.submit_view(view, {"reply": {"text": edited}})

    [sent] = posts(fake, "C0ACME")
    assert sent["text"] == edited and sent["thread_ts"] == THREAD
    [update] = fake.calls("chat.update")
    assert "Edited and sent by Sam Patel" in card_text(update.args) and "Sent as edited" in card_text(update.args)
    row = bot.storage.draft(draft.id)
    assert (row["decision"], row["final_text"], row["draft_text"]) == ("edit", edited, draft.text)
    assert row["edit_size"] > 0 and row["decision_seconds"] == 0


def test_dont_send_sends_nothing_and_records_the_reason(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    [draft] = bot.drafts.open("slack")

    click(slack, card, "drop")
    view = fake.calls("views.open")[0].args["view"]
    slack.submit_view(view, {"reason": {"text": "I'll call Dana instead"}})

    assert posts(fake, "C0ACME") == []
    [update] = fake.calls("chat.update")
    assert "Don't send" in card_text(update.args) and "call Dana instead" in card_text(update.args)
    assert "actions" not in [b["type"] for b in update.args["blocks"]]
    assert bot.drafts.get(draft.id).status == "dropped"


def test_dont_send_without_a_reason_is_fine(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "drop")
    slack.submit_view(fake.calls("views.open")[0].args["view"], {"reason": {"text": None}})

    assert posts(fake, "C0ACME") == [] and bot.drafts.open("slack") == []


# -- who may act --------------------------------------------------------------------------------------
@pytest.mark.parametrize("user, team", [(GUEST_USER, OUR_TEAM), (CLIENT_USER, CLIENT_TEAM)],
                         ids=["guest", "slack_connect_external"])
@pytest.mark.parametrize("verb", ["send", "edit", "drop"])
def test_an_outsiders_click_is_refused_politely_and_changes_nothing(slack, fake, bot, linked, user, team, verb):
    card = a_draft(slack, fake)

    click(slack, card, verb, user=user, team=team)

    assert posts(fake, "C0ACME") == [] and not fake.calls("chat.update") and not fake.calls("views.open")
    assert "only the Northwind IT team" in responses(fake)[0]
    assert len(bot.drafts.open("slack")) == 1


def test_an_outsider_cannot_submit_an_edit_either(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "edit")
    view = fake.calls("views.open")[0].args["view"]

    slack.submit_view(view, {"reply": {"text": "We give in, stay!"}}, user=GUEST_USER)

    assert posts(fake, "C0ACME") == [] and len(bot.drafts.open("slack")) == 1


# -- first action wins --------------------------------------------------------------------------------
def test_two_people_clicking_send_at_once_send_once(slack, fake, bot, linked, monkeypatch):
    card = a_draft(slack, fake)
    read, both_read = bot.storage.draft, threading.Barrier(2, timeout=5)

    def slowed(draft_id):  # both clicks find the draft waiting before either takes it: the race at its worst
        found = read(draft_id)
        if found and found["status"] == "pending":
            both_read.wait()
        return found
    monkeypatch.setattr(bot.storage, "draft", slowed)
    start = threading.Barrier(2)

    def press():
        start.wait()
        click(slack, card, "send")

    clickers = [threading.Thread(target=press) for _ in range(2)]
    for thread in clickers:
        thread.start()
    for thread in clickers:
        thread.join()

    assert len(posts(fake, "C0ACME")) == 1
    updates = fake.calls("chat.update")  # the winner's, and perhaps the loser's refresh of the same final card
    assert updates and all("Sent by Sam Patel" in card_text(update.args) for update in updates)
    [loser] = responses(fake)
    assert "sending this one right now" in loser or "Already handled" in loser


def test_send_after_send_tells_who_already_sent_it(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "send")
    click(slack, card, "send")
    click(slack, card, "edit")

    assert len(posts(fake, "C0ACME")) == 1 and not fake.calls("views.open")
    assert all("Already handled: Sent by Sam Patel" in text for text in responses(fake))


def test_a_restart_between_draft_and_send_still_sends_once(bot, config, fake, linked):
    with running_app(bot, config, fake) as slack:
        card = a_draft(slack, fake)
    bot.close()

    with Bot(config) as restarted, running_app(restarted, config, fake) as slack:
        click(slack, card, "send")
        click(slack, card, "send")

    [sent] = posts(fake, "C0ACME")
    assert sent["thread_ts"] == THREAD and "invoices" in sent["text"]
    assert len(fake.calls("chat.update")) == 2  # the winner's update, and the loser's refresh of the same state


# -- shadow mode --------------------------------------------------------------------------------------
def test_shadow_mode_posts_the_draft_for_learning_and_never_sends_it(config, fake, linked):
    shadow = replace(config, reply_mode="shadow")
    with Bot(shadow) as bot, running_app(bot, shadow, fake) as slack:
        slack.client_says(WHY, channel="C0ACME", ts=THREAD)
        card = card_of(fake)
        assert "actions" not in [b["type"] for b in card["blocks"]]
        assert "not sent" in card["blocks"][0]["text"]["text"] and "answer the client yourself" in card_text(card)
        draft = bot.drafts.get(1)
        forged = json.dumps({"d": draft.id, "t": draft.token})
        slack.click("draft_send", forged, channel=STAFF_CHANNEL, block_id="draft_actions")

    assert posts(fake, "C0ACME") == []
    assert "shadow draft" in responses(fake)[0]


def test_a_client_held_to_shadow_mode_gets_no_reply_even_in_approve(slack, fake, bot, linked):
    slack.command("mode Acme Dental shadow")
    slack.client_says(WHY, channel="C0ACME")

    assert posts(fake, "C0ACME") == []
    assert "actions" not in [b["type"] for b in card_of(fake)["blocks"]]


def test_auto_mode_for_one_kind_of_message_answers_it_at_once(bot, config, fake, linked, monkeypatch):
    from responses import policy as reply_policy
    shipped = reply_policy.load()
    monkeypatch.setattr(reply_policy, "load", lambda: replace(shipped, modes={"explain_reason": "auto"}))
    with running_app(bot, config, fake) as slack:
        slack.client_says(WHY, channel="C0ACME")
        slack.client_says("We are sorry, please give us another chance", channel="C0ACME", ts="1712000000.000900")

        [answered] = posts(fake, "C0ACME")
        assert "invoices" in answered["text"]
        assert [d.intent for d in bot.drafts.open("slack")] == ["second_chance"]


# -- bad input ----------------------------------------------------------------------------------------
def test_a_forged_payload_naming_another_draft_changes_nothing(slack, fake, bot, linked):
    first = a_draft(slack, fake)
    a_draft(slack, fake, "Can we come back on the old terms?", ts="1712000000.000700")
    second_id = bot.drafts.open("slack")[1].id
    token_of_first = json.loads(button(first, "send")["value"])["t"]

    click(slack, first, "send", value=json.dumps({"d": second_id, "t": token_of_first}))
    click(slack, first, "send", value=json.dumps({"d": second_id}))

    assert posts(fake, "C0ACME") == [] and not fake.calls("chat.update")
    assert all("doesn't belong to this draft" in text for text in responses(fake))
    assert len(bot.drafts.open("slack")) == 2


@pytest.mark.parametrize("value", ['{"d": 999, "t": "x"}', "not json", '{"d": "1; DROP TABLE drafts"}', "", '[]'])
def test_a_draft_that_does_not_exist_gets_a_clear_answer(slack, fake, bot, linked, value):
    a_draft(slack, fake)

    slack.click("draft_send", value, channel=STAFF_CHANNEL, block_id="draft_actions")

    assert posts(fake, "C0ACME") == []
    assert "can't find a draft" in responses(fake)[0]
    assert len(bot.drafts.open("slack")) == 1


def test_an_edit_of_50_kb_is_refused_in_the_modal_and_the_draft_keeps_waiting(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "edit")
    view = fake.calls("views.open")[0].args["view"]

    answer = slack.submit_view(view, {"reply": {"text": "x" * 50_000}})

    body = json.loads(answer.body)
    assert body["response_action"] == "errors" and "50,000 characters" in body["errors"]["reply"]
    assert posts(fake, "C0ACME") == [] and len(bot.drafts.open("slack")) == 1
    slack.submit_view(view, {"reply": {"text": "Short and kind."}})  # fixed, it goes
    assert [p["text"] for p in posts(fake, "C0ACME")] == ["Short and kind."]


def test_an_edit_with_markup_mentions_and_template_syntax_is_sent_exactly_as_typed(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "edit")
    typed = "Hi <!channel> & <@U0STAFF>, {{ company }} {% if x %}*bold*{% endif %} <https://x.example|here>"

    slack.submit_view(fake.calls("views.open")[0].args["view"], {"reply": {"text": typed}})

    [sent] = posts(fake, "C0ACME")
    assert sent["text"] == typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert bot.storage.draft(1)["final_text"] == typed
    update = fake.calls("chat.update")[0].args
    assert "<!channel>" not in json.dumps(update) and "{{ company }}" in card_text(update)


def test_an_empty_edit_is_refused_in_the_modal(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    click(slack, card, "edit")

    answer = slack.submit_view(fake.calls("views.open")[0].args["view"], {"reply": {"text": "  \n "}})

    assert json.loads(answer.body)["response_action"] == "errors"
    assert posts(fake, "C0ACME") == []


def test_a_click_after_the_draft_expired_sends_nothing_and_says_so(slack, fake, bot, linked, pinned_clock):
    card = a_draft(slack, fake)
    pinned_clock.advance(days=14)

    click(slack, card, "send")

    assert posts(fake, "C0ACME") == []
    assert "Expired unanswered" in responses(fake)[0]
    [update] = fake.calls("chat.update")
    assert "Expired unanswered" in card_text(update.args) and "actions" not in [b["type"] for b in update.args["blocks"]]
    assert bot.drafts.get(1).status == "expired"


def test_a_failed_delivery_keeps_the_draft_for_another_try(slack, fake, bot, linked):
    card = a_draft(slack, fake)
    fake.fail("chat.postMessage", "not_in_channel")

    click(slack, card, "send")

    assert "couldn't deliver" in responses(fake)[0]
    [update] = fake.calls("chat.update")
    assert "not_in_channel" in card_text(update.args) and "actions" in [b["type"] for b in update.args["blocks"]]
    click(slack, card, "send")
    assert len(posts(fake, "C0ACME")) == 2 and bot.drafts.get(1).status == "sent"  # the failed try, then the send


# -- the client's situation moved on ------------------------------------------------------------------
def test_a_draft_whose_client_has_since_ended_is_rechecked_and_not_sent(slack, fake, bot, linked):
    card = a_draft(slack, fake, "Can you look at our email server? It's down.")
    bot.clients.mark_done("Acme Dental")

    click(slack, card, "send")

    assert posts(fake, "C0ACME") == []
    assert "moved from transition to ended" in responses(fake)[0]
    assert bot.drafts.get(1).status == "stale"
    [update] = fake.calls("chat.update")
    assert "moved from transition to ended" in card_text(update.args)


# -- Slack's limits -----------------------------------------------------------------------------------
def _within_limits(message: dict) -> None:
    assert len(message["blocks"]) <= MESSAGE_BLOCK_LIMIT and len(message["text"]) <= TEXT_LIMIT
    for block in message["blocks"]:
        Block.parse(block).to_dict()  # slack_sdk checks each element's own limits here
        assert len((block.get("text") or {}).get("text", "")) <= SECTION_LIMIT


def test_long_client_messages_and_long_drafts_stay_within_slacks_limits(slack, fake, bot, linked):
    huge = ("Why are you ending our contract? <!here> & " * 1200)[:39_000]
    card = a_draft(slack, fake, huge)
    _within_limits(card)

    click(slack, card, "drop")
    click(slack, card, "edit")
    for opened in fake.calls("views.open"):
        View(**opened.args["view"]).to_dict()  # slack_sdk checks the modal's own limits (title 24, metadata 3,000...)
        for block in opened.args["view"]["blocks"]:
            Block.parse(block).to_dict()
    view = fake.calls("views.open")[1].args["view"]
    long_reply = ("Thank you & goodbye. " * 200)[:MAX_REPLY_CHARS]
    slack.submit_view(view, {"reply": {"text": long_reply}})

    _within_limits(fake.calls("chat.update")[0].args)
    assert posts(fake, "C0ACME")[0]["text"] == long_reply.replace("&", "&amp;")


def test_a_draft_longer_than_the_edit_box_is_cut_to_fit_with_a_note(bot, linked):
    from bot.adapters.slack.drafts import edit_modal
    draft = bot.drafts.get(1) or _made_draft(bot)
    long = replace(draft, text="word " * 2000)

    view = edit_modal(long)

    [box] = [b for b in view["blocks"] if b["type"] == "input"]
    assert len(box["element"]["initial_value"]) <= MAX_REPLY_CHARS
    assert "was cut" in json.dumps(view)


def _made_draft(bot):
    from bot.message import CLIENT, IncomingMessage
    decision = bot.handle(IncomingMessage(text=WHY, platform="slack", sender_id="U0DANA", sender_name="Dana",
                                          audience=CLIENT, client="Acme Dental", conversation_id="C0ACME",
                                          thread_id="1"))
    return decision.draft


@pytest.mark.calendar
def test_the_draft_escalation_reaches_the_slack_staff_channel_and_the_account_owner(slack, fake, bot, linked,
                                                                                    pinned_clock):
    from bot.adapters.slack.app import SlackNotifier, web_client
    from bot.reminders.runner import run_due
    bot.clients.set_owner("Acme Dental", "Priya", "slack", "U0PRIYA")  # as `/offboard owner Acme @Priya` records
    a_draft(slack, fake)
    pinned_clock.set(datetime.fromisoformat(bot.storage.draft(1)["escalate_at"]))  # 4 working hours on
    notifier = SlackNotifier(web_client(replace(bot.config, slack_bot_token="xoxb-test-token",
                                                slack_api_url=fake.api_url)), STAFF_CHANNEL)

    run_due(bot, [notifier], pinned_clock.now())
    run_due(bot, [notifier], pinned_clock.now())

    raised = [c.args for c in fake.calls("chat.postMessage") if "is still waiting" in json.dumps(c.args)]
    assert sorted(p["channel"] for p in raised) == sorted([STAFF_CHANNEL, "U0PRIYA"])  # her DM, by id
