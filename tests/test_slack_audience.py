"""Who counts as staff on Slack: guest accounts and other teams are the client audience, everywhere."""
from __future__ import annotations

from dataclasses import replace

import logging

import pytest

from bot.adapters.slack.app import web_client
from tests.support.calendar import iso_day as day
from bot.adapters.slack.people import KNOWN_FOR_SECONDS, UNKNOWN_FOR_SECONDS, People
from tests.support.slack import (BOT_USER, CLIENT_TEAM, CLIENT_USER, GUEST_USER, OUR_TEAM, SINGLE_GUEST_USER,
    STAFF_CHANNEL, STAFF_USER, slack_config)


@pytest.fixture
def config(config):
    """These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve)."""
    return replace(config, reply_mode="auto")

WHY = "Why are you ending our contract?"
GUESTS = pytest.mark.parametrize("guest", [GUEST_USER, SINGLE_GUEST_USER], ids=["multi_channel", "single_channel"])


@pytest.fixture
def linked(bot):
    bot.clients.link("Acme Dental", "slack", "C0ACME")  # a normal channel of ours, the client invited as guests


def posts(fake, channel=None):
    return [c.args for c in fake.calls("chat.postMessage") if channel is None or c.args["channel"] == channel]


def latest(bot) -> dict:
    return bot.storage.recent_interactions(limit=1)[0]


def responses(fake) -> list[str]:
    return [c.args["text"] for c in fake.calls("response_url")]


# -- messages ------------------------------------------------------------------------------------
@GUESTS
def test_a_guest_in_the_clients_channel_gets_the_client_wording_and_the_team_is_told(slack, fake, bot, linked,
                                                                                       guest):
    slack.guest_says(WHY, channel="C0ACME", user=guest)

    [to_client] = posts(fake, "C0ACME")
    assert set(to_client) == {"channel", "thread_ts", "text"}  # client words: no coaching, script or buttons
    assert (latest(bot)["audience"], latest(bot)["client"]) == ("client", "Acme Dental")
    assert len(posts(fake, STAFF_CHANNEL)) == 1


@GUESTS
def test_a_guest_mentioning_the_bot_in_a_team_channel_gets_no_coaching(slack, fake, bot, guest):
    text = f"<@{BOT_USER}> How do I tell them the real reason is late payment?"
    slack.guest_says(text, channel="C0GENERAL", user=guest, ts="1712000000.000700")
    slack.event({"type": "app_mention", "channel": "C0GENERAL", "user": guest, "team": OUR_TEAM,
                 "user_team": OUR_TEAM, "text": text, "ts": "1712000000.000700"})

    assert posts(fake, "C0GENERAL") == [] and not fake.calls("chat.postEphemeral")
    [notice] = posts(fake, STAFF_CHANNEL)
    assert notice["blocks"][0]["text"]["text"] == "A person needs to answer"
    assert [row["audience"] for row in bot.storage.recent_interactions()] == ["client"]


@GUESTS
def test_a_guest_typing_a_staff_command_is_politely_refused(slack, fake, bot, linked, guest):
    slack.guest_says("offboard cancel Acme Dental", channel="C0ACME", user=guest)

    assert "only available to the Northwind IT team" in posts(fake, "C0ACME")[0]["text"]
    assert bot.clients.find("Acme Dental")["phase"] == "transition"


# -- /offboard -------------------------------------------------------------------------------------
@GUESTS
@pytest.mark.parametrize("command", ["cancel Acme Dental", "list"])
def test_a_guest_cannot_run_offboard(slack, fake, bot, guest, command):
    slack.command(command, user=guest, team=OUR_TEAM)

    [answer] = responses(fake)
    assert "only available to the Northwind IT team" in answer and "Globex" not in answer
    assert bot.clients.find("Acme Dental")["phase"] == "transition"


def test_someone_slack_says_belongs_to_another_team_cannot_run_offboard(slack, fake, bot):
    # The payload names our workspace, but users.info knows the person's home team is the client's.
    slack.command("cancel Acme Dental", user=CLIENT_USER, team=OUR_TEAM)

    assert "only available" in responses(fake)[0]
    assert bot.clients.find("Acme Dental")["phase"] == "transition"


def test_when_slack_cannot_say_who_someone_is_records_stay_unchanged_and_questions_still_work(
        slack, fake, bot, caplog):
    fake.fail("users.info", "internal_error")
    caplog.set_level(logging.WARNING, logger="partingways.slack")

    slack.command("cancel Acme Dental")
    slack.command("list")
    slack.dm("They said sorry and want another chance, should I reconsider?")
    slack.dm("They offered a bigger retainer if we stay")
    slack.dm("offboard end Acme Dental +90")

    refused, listed = responses(fake)
    assert "only available" in refused and "Acme Dental: transition" in listed
    coached, coached_again, refused_typed = posts(fake, "D0STAFF")  # staff questions are still answered
    assert "only available" in refused_typed["text"] and "only available" not in coached_again["text"]
    assert bot.clients.find("Acme Dental")["end_date"] == day(20)
    assert len(fake.calls("users.info")) == 1  # the failed look-up is remembered, not retried per message
    assert any(record.levelno == logging.ERROR and STAFF_USER in record.getMessage()
               and "users.info" in record.getMessage() for record in caplog.records)


def test_slash_command_text_arrives_escaped_and_is_read_as_typed(slack, fake, bot):
    slack.command("add Smith &amp; Jones &lt;IT&gt;")

    assert bot.clients.find("Smith & Jones <IT>") is not None
    assert "Added Smith &amp; Jones &lt;IT&gt; (active)" in responses(fake)[0]  # escaped once, on the way out


# -- privacy is the core's decision ----------------------------------------------------------------
def test_linking_a_channel_by_mention_answers_privately_as_the_channel_now_belongs_to_a_client(
        slack, fake, bot):
    slack.mention("offboard link Acme Dental", channel="C0NEWCLIENT")

    assert bot.clients.for_channel("slack", "C0NEWCLIENT")["name"] == "Acme Dental"
    [private] = fake.calls("chat.postEphemeral")
    assert private.args["user"] == STAFF_USER and "now linked to Acme Dental" in private.args["text"]
    assert posts(fake, "C0NEWCLIENT") == []


# -- App Home ----------------------------------------------------------------------------------------
def _home(slack, fake, user) -> str:
    slack.open_home(user)
    [published] = fake.calls("views.publish")
    assert published.args["user_id"] == user
    return str(published.args["view"]["blocks"])


@pytest.mark.parametrize("user", [GUEST_USER, SINGLE_GUEST_USER, CLIENT_USER])
def test_guests_and_other_teams_see_a_short_neutral_home_tab(slack, fake, user):
    slack.dm("They offered a bigger retainer if we stay")

    home = _home(slack, fake, user)

    for private in ("Acme Dental", "Globex", "bigger retainer", "/offboard", "Recent conversations"):
        assert private not in home
    assert "Parting Ways" in home


def test_staff_see_the_full_home_tab(slack, fake):
    assert "*Acme Dental*: transition" in _home(slack, fake, STAFF_USER)


def test_the_home_tab_stays_neutral_when_slack_cannot_say_who_opened_it(slack, fake):
    fake.fail("users.info", "internal_error")

    assert "Acme Dental" not in _home(slack, fake, STAFF_USER)


# -- remembering who is who ------------------------------------------------------------------------
@pytest.fixture
def clock():
    return [1000.0]


@pytest.fixture
def people(config, fake, clock):
    return People(web_client(slack_config(config, fake)), clock=lambda: clock[0], max_people=2)


def test_someone_made_a_guest_is_a_guest_once_the_remembered_answer_is_old(people, fake, clock):
    assert not people.get(STAFF_USER).guest
    fake.people[STAFF_USER] = {**fake.people[STAFF_USER], "is_restricted": True}

    assert not people.get(STAFF_USER).guest  # remembered: no call per message
    clock[0] += KNOWN_FOR_SECONDS + 1
    assert people.get(STAFF_USER).guest
    assert len(fake.calls("users.info")) == 2


def test_a_failed_look_up_is_retried_after_a_minute(people, fake, clock):
    fake.fail("users.info", "internal_error")

    assert not people.get(STAFF_USER).known
    assert not people.get(STAFF_USER).known
    clock[0] += UNKNOWN_FOR_SECONDS + 1
    assert people.get(STAFF_USER).name == "Sam Patel"
    assert len(fake.calls("users.info")) == 2


def test_only_so_many_people_are_remembered(people, fake):
    for user in (STAFF_USER, GUEST_USER, CLIENT_USER, STAFF_USER):
        people.get(user)

    assert [c.args["user"] for c in fake.calls("users.info")] == [STAFF_USER, GUEST_USER, CLIENT_USER, STAFF_USER]
