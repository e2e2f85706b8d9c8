"""Which client is this? Resolution from the text, conversation memory, and the 'which client?'
choice, in the core and as transcripts through the console, the Slack app and the Teams bot."""
from __future__ import annotations

import json

import pytest

from bot.adapters.console import ConsoleSession
from bot.clients import ClientError
from bot.message import CHOICE_CLIENT, CHOICE_INTENT, CLIENT, DENY, REPLY, STAFF, Choice, IncomingMessage
from tests.support import calendar

VAGUE = "how do I explain the reason to them?"


def staff(text, conversation="D1", thread="1", direct=True, platform="console", **kw):
    return IncomingMessage(text=text, platform=platform, sender_id="U_STAFF", conversation_id=conversation,
                           thread_id=thread, direct=direct, **kw)


def logged(bot, decision):
    return bot.storage.interaction(decision.interaction_id)


@pytest.fixture
def more_clients(bot):
    """Clients whose names collide in the ways people type them."""
    day = calendar.iso_day
    bot.clients.add("Hooli Bakery", status="transition", notice_date=day(-5), end_date=day(30),
                    reason_category="overload", email_domain="hoolibakery.example")
    bot.clients.add("Vandelay Imports", status="ended", notice_date=day(-40), end_date=day(-20),
                    reason_category="never_satisfied")
    return bot


# -- resolution from the text ---------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("how do I tell Acme we're ending?", "Acme Dental"),                       # unique first word
    ("how do I tell acme dental we're ending?", "Acme Dental"),               # full name, any case
    ("Glob3x keeps asking for help, how do I say no?", "Globex Logistics"),    # a small typo
    ("vandalay want the reason, what do I say?", "Vandelay Imports"),         # a small typo
    ("hooli's owner apologised, how do I respond?", "Hooli Bakery"),           # possessive
    ("mail from sam@hoolibakery.example asking why, what do I say?", "Hooli Bakery"),  # email domain
    ("Vande asked us to come back. reply?", "Vandelay Imports"),               # a unique prefix
    ("hooley bakry asked why we're ending, what do I say?", "Hooli Bakery"),   # slips in both words
])
def test_a_staff_question_finds_its_client_in_the_text(bot, more_clients, text, expected):
    decision = bot.handle(staff(text))
    assert decision.client == expected and decision.choices == []
    assert expected in decision.reply.coaching


def test_a_new_provider_on_record_stands_for_the_client_it_takes_over(bot, more_clients):
    # "BrightPath" is no client's name, but it is Globex's new provider on record.
    decision = bot.handle(staff("BrightPath IT want our network diagrams, what do I send them?"))
    assert decision.client == "Globex Logistics" and decision.choices == []
    # A client named in the text wins over a provider it mentions in passing.
    assert bot.handle(staff("Acme asked whether BrightPath IT are any good. what do I say?")).client == "Acme Dental"


def test_a_provider_taking_over_two_clients_is_asked_about(bot, more_clients):
    bot.clients.edit("Hooli Bakery", new_provider="BrightPath IT")
    decision = bot.handle(staff("BrightPath IT want our network diagrams, what do I send them?"))
    assert decision.client is None
    assert {c.value for c in decision.choices} == {"Globex Logistics", "Hooli Bakery"}


def test_an_alias_is_recorded_and_then_recognised(bot):
    done = bot.handle(staff("offboard alias Acme Dental ACD"))
    assert "also known as: ACD" in done.reply.text
    assert bot.handle(staff("ACD asked why we're ending. what do I say?")).client == "Acme Dental"


def test_an_alias_that_already_means_another_client_is_refused(bot):
    refused = bot.handle(staff("offboard alias Acme Dental Globex"))
    assert "already means Globex Logistics" in refused.reply.text and refused.error
    assert bot.clients.get("Acme Dental").get("aliases") is None
    with pytest.raises(ClientError, match="already means Acme Dental"):
        bot.clients.add_alias("Globex Logistics", "acme")


def test_a_typo_between_two_clients_is_asked_about_not_guessed(bot):
    bot.clients.add("Globax Freight", status="transition", end_date=calendar.iso_day(10))
    decision = bot.handle(staff("globx wants to come back, what do I say?"))
    assert decision.client is None
    assert {c.value for c in decision.choices} == {"Globex Logistics", "Globax Freight"}
    assert decision.choice_prompt == "Which client do you mean?"
    assert "Globex" not in decision.reply.script and "Globax" not in decision.reply.script


def test_an_unknown_client_gets_coaching_and_a_choice_of_the_clients_in_offboarding(bot, more_clients):
    decision = bot.handle(staff("Wayne Enterprises asked why we're ending, what do I say?"))
    assert decision.action == REPLY and decision.client is None and decision.principle == "honest"
    assert [c.value for c in decision.choices] == ["Acme Dental", "Globex Logistics", "Hooli Bakery",
                                                   "Vandelay Imports"]  # not Initech: it is active
    assert all(c.kind == CHOICE_CLIENT for c in decision.choices)
    assert "The reason is" not in decision.reply.text and decision.reply.script == ""


def test_out_of_scope_questions_offer_no_client_choice(bot):
    decision = bot.handle(staff("what's the wifi password for the office?"))
    assert decision.principle is None and decision.choices == []


# -- choosing ---------------------------------------------------------------------------------------
def test_choosing_a_client_answers_the_same_question_again_with_its_facts_and_logs_it(bot):
    asked = bot.handle(staff(VAGUE))
    chosen = bot.choose(staff("Globex Logistics"), asked.interaction_id, Choice("Globex", CHOICE_CLIENT,
                                                                               "Globex Logistics"))
    assert chosen.action == REPLY and chosen.client == "Globex Logistics" and chosen.phase == "ended"
    assert "Globex Logistics" in chosen.reply.coaching and chosen.reply.facts["end_date"] in chosen.reply.coaching
    row = logged(bot, chosen)
    assert (row["action"], row["text"], row["client"], row["intent"]) == ("choice", VAGUE, "Globex Logistics",
                                                                           chosen.intent)


def test_choosing_an_intent_answers_with_that_intent_for_the_same_client(bot):
    asked = bot.handle(staff("what now with acme?"))
    chosen = bot.choose(staff(""), asked.interaction_id, Choice("Their data", CHOICE_INTENT, "data_export"))
    assert (chosen.intent, chosen.principle, chosen.client) == ("data_export", "helpful", "Acme Dental")
    assert "a full copy of the files and data we hold for you" in chosen.reply.script
    assert logged(bot, chosen)["action"] == "choice" and logged(bot, chosen)["intent"] == "data_export"


def test_an_intent_choice_for_an_ended_client_follows_the_reply_policy(bot):
    asked = bot.handle(staff("Globex again. what now?"))
    chosen = bot.choose(staff(""), asked.interaction_id, Choice("Support", CHOICE_INTENT, "support_request"))
    assert chosen.intent == "after_end_request" and chosen.reply.facts["end_date"] in chosen.reply.script


def test_only_staff_may_choose_and_only_in_the_conversation_that_asked(bot):
    asked = bot.handle(staff(VAGUE, conversation="D1"))
    pick = Choice("Acme", CHOICE_CLIENT, "Acme Dental")
    elsewhere = bot.choose(staff("", conversation="D2"), asked.interaction_id, pick)
    assert elsewhere.action == DENY and "doesn't belong" in elsewhere.reply.text
    outsider = IncomingMessage(text="", platform="console", sender_id="U_EXT", audience=CLIENT,
                               conversation_id="D1")
    assert bot.choose(outsider, asked.interaction_id, pick).action == DENY
    assert bot.choose(staff(""), 999_999, pick).action == DENY
    unknown = bot.choose(staff(""), asked.interaction_id, Choice("x", CHOICE_CLIENT, "Nobody Ltd"))
    assert unknown.action == DENY and "Nobody Ltd" in unknown.reply.text
    bogus = bot.choose(staff(""), asked.interaction_id, Choice("x", CHOICE_INTENT, "make_coffee"))
    assert bogus.action == DENY


# -- conversation memory ----------------------------------------------------------------------------
def test_a_follow_up_keeps_the_client_for_thirty_minutes_then_forgets(bot, pinned_clock):
    first = bot.handle(staff("how do I tell Acme we're ending?", thread="1"))
    follow = bot.handle(staff("and what if they ask for their data?", thread="2"))
    assert first.client == follow.client == "Acme Dental"
    pinned_clock.advance(minutes=29)
    assert bot.handle(staff("and if they shout at me?", thread="3")).client == "Acme Dental"
    pinned_clock.advance(minutes=31)
    later = bot.handle(staff("and what if they ask for their data?", thread="4"))
    assert later.client is None and later.choices


def test_memory_is_per_conversation_and_per_thread_outside_direct_messages(bot):
    bot.handle(staff("how do I tell Acme we're ending?", conversation="C1", thread="t1", direct=False))
    same_thread = bot.handle(staff("and their data?", conversation="C1", thread="t1", direct=False))
    other_thread = bot.handle(staff("and their data?", conversation="C1", thread="t2", direct=False))
    other_dm = bot.handle(staff("and their data?", conversation="D9"))
    assert same_thread.client == "Acme Dental"
    assert other_thread.client is None and other_dm.client is None


def test_naming_another_client_moves_the_memory(bot):
    bot.handle(staff("how do I tell Acme we're ending?"))
    bot.handle(staff("and Globex, they keep asking for help"))
    assert bot.handle(staff("what if they offer more money?")).client == "Globex Logistics"


def test_memory_can_be_turned_off(config):
    from dataclasses import replace

    from bot.core import Bot
    from tests.support.records import seed_clients
    with Bot(replace(config, conversation_memory_minutes=0)) as bot:
        seed_clients(bot.clients)
        bot.handle(staff("how do I tell Acme we're ending?"))
        assert bot.handle(staff("and their data?")).client is None


# -- transcripts: console -------------------------------------------------------------------------------
def test_console_offers_a_numbered_choice_and_typing_the_number_picks_it(bot):
    session = ConsoleSession(bot)
    asked = session.feed(VAGUE)
    assert "Which client is this about?" in asked
    assert "1. Acme Dental" in asked and "2. Globex Logistics" in asked and "Initech" not in asked
    picked = session.feed("2")
    assert "On record: Globex Logistics: support ended on" in picked and "Ready to send" in picked
    follow = session.feed("and what if they want to come back?")
    assert "Globex Logistics" in follow and "Which client" not in follow
    assert "Pick a number" not in session.feed("how do I tell Acme we're ending?")


def test_console_numbers_out_of_range_are_explained(bot):
    session = ConsoleSession(bot)
    session.feed(VAGUE)
    assert "Pick a number from 1 to 2" in session.feed("7")


# -- transcripts: Slack ---------------------------------------------------------------------------------
def _choice_click(slack, fake, element: dict, *, channel="D0STAFF", thread="1712000000.000100", select=False):
    action = {"type": element["type"], "action_id": element["action_id"], "block_id": "choices",
              "action_ts": "1712000001.1"}
    if select:
        action["selected_option"] = next(o for o in element["options"] if "Globex" in o["value"])
    else:
        action["value"] = element["value"]
    payload = {"type": "block_actions", "user": {"id": "U0STAFF", "team_id": "T0OURS"}, "api_app_id": "A0APP",
               "team": {"id": "T0OURS"}, "channel": {"id": channel},
               "container": {"type": "message", "channel_id": channel, "message_ts": "1712000000.000200",
                             "thread_ts": thread, "is_ephemeral": False},
               "message": {"ts": "1712000000.000200", "thread_ts": thread},
               "response_url": fake.response_url("choice"), "trigger_id": "1.2.abc", "actions": [action]}
    from urllib.parse import urlencode
    return slack.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def _posts(fake, channel):
    return [c.args for c in fake.calls("chat.postMessage") if c.args["channel"] == channel]


def test_slack_offers_client_buttons_and_a_click_answers_again_in_the_thread(slack, fake, bot):
    slack.dm(VAGUE, ts="1712000000.000100")
    [asked] = _posts(fake, "D0STAFF")
    [actions] = [b for b in asked["blocks"] if b.get("block_id") == "choices"]
    labels = [e["text"]["text"] for e in actions["elements"]]
    assert labels[0].startswith("Acme Dental") and labels[1].startswith("Globex Logistics")
    assert asked["blocks"][-1]["block_id"] == "feedback"

    assert _choice_click(slack, fake, actions["elements"][1]).status == 200
    answer = _posts(fake, "D0STAFF")[-1]
    assert answer["thread_ts"] == "1712000000.000100"
    assert "Globex Logistics" in answer["text"] and "support ended on" in answer["text"]
    row = bot.storage.recent_interactions(limit=1)[0]
    assert (row["action"], row["client"], row["text"]) == ("choice", "Globex Logistics", VAGUE)

    slack.dm("and what if they offer us more money?", ts="1712000000.000300")
    follow = _posts(fake, "D0STAFF")[-1]
    assert "Globex Logistics" in follow["text"] and not any(b.get("block_id") == "choices"
                                                            for b in follow["blocks"])


def test_slack_uses_a_select_menu_when_there_are_many_clients(slack, fake, bot):
    for n in range(6):
        bot.clients.add(f"Client {n} Ltd", status="transition", end_date=calendar.iso_day(10 + n))
    slack.dm(VAGUE, ts="1712000000.000100")
    [asked] = _posts(fake, "D0STAFF")
    [actions] = [b for b in asked["blocks"] if b.get("block_id") == "choices"]
    [menu] = actions["elements"]
    assert menu["type"] == "static_select" and len(menu["options"]) == 8
    _choice_click(slack, fake, menu, select=True)
    assert "Globex Logistics" in _posts(fake, "D0STAFF")[-1]["text"]


def test_slack_intent_choice_goes_end_to_end(slack, fake, bot):
    slack.dm("what now with acme?", ts="1712000000.000100")
    asked = bot.storage.recent_interactions(limit=1)[0]
    element = {"type": "button", "action_id": "choice_0",
               "value": json.dumps({"i": asked["id"], "k": "intent", "v": "data_export"})}
    _choice_click(slack, fake, element)
    answer = _posts(fake, "D0STAFF")[-1]
    assert "Helpful" in answer["text"] and "Acme Dental" in answer["text"]
    assert bot.storage.recent_interactions(limit=1)[0]["intent"] == "data_export"


def test_slack_a_forged_choice_from_another_conversation_is_refused(slack, fake, bot):
    slack.dm(VAGUE, ts="1712000000.000100")
    asked = bot.storage.recent_interactions(limit=1)[0]
    element = {"type": "button", "action_id": "choice_0",
               "value": json.dumps({"i": asked["id"], "k": "client", "v": "Acme Dental"})}
    _choice_click(slack, fake, element, channel="C0OTHER")
    [refusal] = _posts(fake, "C0OTHER")
    assert "doesn't belong" in refusal["text"] and "Acme" not in refusal["text"]


# -- transcripts: Teams -------------------------------------------------------------------------------
@pytest.fixture
def teams_bot(teams_config):
    """The core with our Teams tenant known, so a colleague in a personal chat is staff."""
    from bot.core import Bot
    from tests.support.records import seed_clients
    with Bot(teams_config) as core:
        seed_clients(core.clients)
        yield core


@pytest.mark.asyncio
async def test_teams_card_offers_client_buttons_and_a_submit_answers_again(teams_bot):
    from botbuilder.schema import Activity

    from tests.support.teams import adapter_for, chat
    bot = teams_bot
    adapter = adapter_for(bot, chat())
    await adapter.send(VAGUE)
    card = adapter.activity_buffer.pop(0).attachments[0].content
    choices = [a for a in card["actions"] if a["data"].get("kind") == "partingways.choice"]
    assert [a["title"].split(" (")[0] for a in choices] == ["Acme Dental", "Globex Logistics"]
    assert card["body"][-1]["text"].startswith("Which client is this about?")

    await adapter.send(Activity(type="message", value=choices[0]["data"]))
    answer = adapter.activity_buffer.pop(0).attachments[0].content
    assert "Acme Dental" in answer["body"][1]["text"] and "Priya" in answer["body"][-1]["items"][1]["text"]
    row = bot.storage.recent_interactions(limit=1)[0]
    assert (row["action"], row["client"], row["platform"]) == ("choice", "Acme Dental", "teams")

    await adapter.send("and what if they ask for their data?")
    follow = adapter.activity_buffer.pop(0).attachments[0].content
    assert "Acme Dental" in follow["body"][1]["text"]
    assert not any(a["data"].get("kind") == "partingways.choice" for a in follow.get("actions", []))


@pytest.mark.asyncio
async def test_teams_many_clients_come_as_a_drop_down_within_teams_six_actions(teams_bot):
    """Teams shows at most six actions in a row: past that, the clients are a drop-down and one submit."""
    from botbuilder.schema import Activity

    from tests.support.teams import adapter_for, chat
    bot = teams_bot
    for n in range(6):
        bot.clients.add(f"Client {n} Ltd", status="transition", end_date=calendar.iso_day(10 + n))
    adapter = adapter_for(bot, chat())
    await adapter.send(VAGUE)
    card = adapter.activity_buffer.pop(0).attachments[0].content
    assert len(card["actions"]) <= 6
    [menu] = [item for item in card["body"] if item["type"] == "Input.ChoiceSet"]
    assert len(menu["choices"]) == 8 and menu["style"] == "compact"
    [submit] = [a for a in card["actions"] if a["data"].get("kind") == "partingways.choice"]
    picked = next(c["value"] for c in menu["choices"] if c["title"].startswith("Client 3 Ltd"))
    # Teams sends the button's data with each input's value under the input's id.
    await adapter.send(Activity(type="message", value={**submit["data"], menu["id"]: picked}))
    answer = adapter.activity_buffer.pop(0).attachments[0].content
    assert "Client 3 Ltd" in answer["body"][1]["text"]
    assert bot.storage.recent_interactions(limit=1)[0]["client"] == "Client 3 Ltd"


@pytest.mark.asyncio
async def test_teams_intent_choice_goes_end_to_end(teams_bot):
    from botbuilder.schema import Activity

    from tests.support.teams import adapter_for, chat
    bot = teams_bot
    adapter = adapter_for(bot, chat())
    await adapter.send("Globex again. what now?")
    adapter.activity_buffer.pop(0)
    asked = bot.storage.recent_interactions(limit=1)[0]
    await adapter.send(Activity(type="message", value={"kind": "partingways.choice", "interaction_id": asked["id"],
                                                       "choice_kind": "intent", "value": "data_export"}))
    answer = adapter.activity_buffer.pop(0).attachments[0].content
    assert answer["body"][0]["text"].startswith("Helpful")
    assert "never declined" in answer["body"][1]["text"]


# -- the reference adapter ------------------------------------------------------------------------------
def test_the_transcript_adapter_lists_choices_and_a_pick_answers_again(bot):
    from bot.adapters.transcript import TranscriptAdapter
    adapter = TranscriptAdapter(bot)
    asked = adapter.receive(VAGUE)
    assert adapter.deliveries[-1].title == "choices" and "2. Globex Logistics" in adapter.deliveries[-1].text
    chosen = adapter.pick(asked, 2)
    assert chosen.client == "Globex Logistics" and "Globex Logistics" in adapter.deliveries[-1].text


def test_an_alias_added_by_another_process_is_recognised_by_a_running_bot(bot, pinned_clock):
    from bot.clients import Clients
    from bot.storage import Storage
    assert bot.clients.resolve("how do I tell the tooth people we're done?").client is None  # warms the cache
    pinned_clock.advance(seconds=1)  # the other process writes a moment later
    other = Storage(bot.config.db_path)  # e.g. `python app.py clients edit` while the bot runs
    try:
        Clients(other).add_alias("Acme Dental", "the tooth people")
    finally:
        other.close()
    assert bot.clients.resolve("how do I tell the tooth people we're done?").client["name"] == "Acme Dental"


def test_a_word_that_only_appears_in_a_clients_name_is_no_typo_of_it(bot, more_clients):
    assert bot.clients.resolve("the bakery imports are late, how do I chase them?").client is None


@pytest.mark.parametrize("text,name", [("who's the account owner for the bakery?", "Hooli Bakery"),
                                       ("write the dentist a reminder about their last day", "Acme Dental"),
                                       ("is the dental practice still on full support?", "Acme Dental")])
def test_a_client_named_by_the_kind_of_business_it_is_is_found(bot, more_clients, text, name):
    assert bot.clients.resolve(text).client["name"] == name
