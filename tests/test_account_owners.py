"""Account owners are people on a platform, not free text.

`offboard owner Acme @priya` records the mentioned person's Slack user id or Teams AAD object id with
their display name (which signs scripts); reminders and drafts left waiting reach them by that id. A
plain name still works (the console has no mentions) and signs scripts, but messages nobody: Slack and
Teams reach the staff channel only, the console prints it.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.clients import owner_ids
from bot.message import CLIENT, IncomingMessage, Mention
from bot.notify import ConsoleNotifier
from bot.reminders.runner import run_due
from tests.support import calendar
from tests.support.reminders import FakeNotifier
from tests.support.slack import GUEST_USER, OUR_TEAM, STAFF_CHANNEL, running_app
from tests.support.teams import BOT, OUR_TENANT, STAFF_CHANNEL as TEAMS_STAFF, bot_added, post, start_teams

PRIYA_SLACK = Mention("@Priya Shah", "U0PRIYA", "Priya Shah", staff=True)


def owner_of(bot, client: str = "Acme Dental") -> tuple[str, dict]:
    record = bot.clients.get(client)
    return record["account_owner"], owner_ids(record)


# -- the command, through the reference adapter ----------------------------------------------------------
def test_mentioning_a_colleague_records_their_id_and_name(transcript, bot):
    transcript.staff("offboard owner Acme Dental @Priya Shah", mentions=[PRIYA_SLACK]) \
        .replies("account owner recorded as Priya Shah (transcript U0PRIYA)", "reach them directly")
    assert owner_of(bot) == ("Priya Shah", {"transcript": "U0PRIYA"})
    transcript.staff("offboard show Acme Dental").replies("Account owner: Priya Shah (transcript U0PRIYA)")


def test_a_plain_name_still_signs_scripts_and_says_it_reaches_nobody_directly(transcript, bot):
    transcript.staff("offboard owner Acme Dental Tom Becker").replies("recorded by name only",
                                                                      "mention them (`offboard owner Acme Dental @Tom")
    assert owner_of(bot) == ("Tom Becker", {})
    transcript.staff("how do I tell Acme Dental we're ending the contract?").replies("Tom Becker")


def test_the_same_person_keeps_their_ids_another_person_starts_with_none(bot):
    bot.clients.set_owner("Acme Dental", "Priya Shah", "slack", "U0PRIYA")
    bot.clients.set_owner("Acme Dental", "priya  shah", "teams", "5f2c")        # same person, from Teams
    assert owner_ids(bot.clients.get("Acme Dental")) == {"slack": "U0PRIYA", "teams": "5f2c"}
    bot.clients.edit("Acme Dental", account_owner="Tom Becker")                 # the CLI's way, another person
    assert owner_of(bot) == ("Tom Becker", {})


@pytest.mark.parametrize("mention, refusal", [
    (Mention("@Gail Ortiz", "U0GUEST", "Gail Ortiz", staff=False), "isn't one of our staff"),
    (Mention("@Sam", "U0SAM", "Sam", staff=None), "couldn't check who Sam is"),
])
def test_a_mention_of_someone_not_known_to_be_staff_is_refused(transcript, bot, mention, refusal):
    transcript.staff(f"offboard owner Acme Dental {mention.text}", mentions=[mention]).replies(refusal)
    assert owner_of(bot) == ("Priya", {})


def test_a_mention_with_other_words_is_not_taken_for_a_name(transcript, bot):
    transcript.staff("offboard owner Acme Dental @Priya Shah and Tom", mentions=[PRIYA_SLACK]) \
        .replies("Mention one person")
    assert owner_of(bot) == ("Priya", {})


# -- who gets the reminders ----------------------------------------------------------------------------------
def due_reminders(bot, notifiers):
    return run_due(bot, notifiers, calendar.instant() + timedelta(hours=12))


@pytest.mark.calendar
def test_reminders_reach_the_owner_by_id_on_each_platform_where_they_have_one(rbot):
    rbot.clients.add("Acme Dental", status="transition", notice_date=calendar.iso_day(0),
                     end_date=calendar.iso_day(40))
    rbot.clients.set_owner("Acme Dental", "Priya Shah", "slack", "U0PRIYA")
    slack, teams, printed = FakeNotifier("slack"), FakeNotifier("teams"), []
    console = ConsoleNotifier(write=printed.append)
    due_reminders(rbot, [slack, teams, console])
    assert {m["to"] for m in slack.about_clients()} == {"staff", "U0PRIYA"}
    assert {m["to"] for m in teams.about_clients()} == {"staff"}          # no Teams identity: channel only
    assert any(line.startswith("[to Priya Shah]") for line in printed)   # the console shows the name
    [personal] = [m for m in slack.about_clients() if m["to"] == "U0PRIYA"]
    assert personal["text"].startswith("Priya Shah, you look after Acme Dental")


@pytest.mark.calendar
def test_an_owner_recorded_by_name_is_never_messaged_on_a_platform(rbot):
    rbot.clients.add("Acme Dental", status="transition", notice_date=calendar.iso_day(0),
                     end_date=calendar.iso_day(40), account_owner="Priya")
    slack = FakeNotifier("slack")
    due_reminders(rbot, [slack])
    assert {m["to"] for m in slack.about_clients()} == {"staff"}


# -- Slack: the real Bolt app, a mention as Slack sends it --------------------------------------------------------
@pytest.fixture
def priya(fake):
    fake.people["U0PRIYA"] = {"real_name": "Priya Shah", "team_id": OUR_TEAM}
    return "U0PRIYA"


def test_slack_slash_command_mention_records_the_user_id_from_slack(slack, fake, bot, priya):
    slack.command(f"owner Acme Dental <@{priya}|priya>")
    assert owner_of(bot) == ("Priya Shah", {"slack": priya})
    [answer] = fake.calls("response_url")
    assert "Priya Shah (slack U0PRIYA)" in answer.args["text"]


def test_slack_dm_mention_works_and_a_guest_is_refused(slack, fake, bot, priya):
    slack.dm(f"offboard owner Acme Dental <@{GUEST_USER}>")
    assert owner_of(bot) == ("Priya", {})
    assert "isn't one of our staff" in fake.calls("chat.postMessage")[-1].args["text"]
    slack.dm(f"offboard owner Acme Dental <@{priya}>")
    assert owner_of(bot) == ("Priya Shah", {"slack": priya})


@pytest.mark.calendar
def test_slack_a_waiting_draft_is_raised_to_the_owner_by_their_user_id(slack, fake, bot, priya, pinned_clock):
    from bot.adapters.slack.app import SlackNotifier, web_client
    slack.command(f"owner Acme Dental <@{priya}|priya>")
    bot.clients.link("Acme Dental", "slack", "C0ACME")
    slack.client_says("Why are you ending our contract?", channel="C0ACME")
    pinned_clock.set(datetime.fromisoformat(bot.storage.draft(1)["escalate_at"]))
    notifier = SlackNotifier(web_client(replace(bot.config, slack_bot_token="xoxb-test-token",
                                                slack_api_url=fake.api_url)), STAFF_CHANNEL)
    run_due(bot, [notifier], pinned_clock.now())
    raised = [c.args for c in fake.calls("chat.postMessage") if "is still waiting" in json.dumps(c.args)]
    assert sorted(p["channel"] for p in raised) == sorted([STAFF_CHANNEL, priya])
    assert all(p["channel"] != "Priya Shah" for p in fake.calls("chat.postMessage") for p in [p.args])


def test_slack_refuses_to_post_to_a_name_as_if_it_were_a_user(fake, bot):
    from bot.adapters.slack.app import SlackNotifier, web_client
    from bot.notify import DeliveryError
    notifier = SlackNotifier(web_client(replace(bot.config, slack_bot_token="xoxb-test-token",
                                                slack_api_url=fake.api_url)), STAFF_CHANNEL)
    with pytest.raises(DeliveryError, match="not a Slack user id"):
        notifier.notify_person("Priya", "hello")
    assert fake.calls("chat.postMessage") == []


# -- Teams: the real botbuilder adapter, a mention entity as Teams sends it ----------------------------------------
OMAR = {"id": "29:omar", "name": "Omar Haddad"}
OMAR_AAD = "3d5b1c2a-7e8f-4a6b-9c0d-1e2f3a4b5c6d"


@pytest.fixture
def config(teams_config):
    return teams_config


@pytest.fixture
def teams(teams_with_staff_channel):
    return teams_with_staff_channel


def staff_channel_command(service_url: str, text: str, person: dict) -> dict:
    """'@Parting Ways offboard ... @Person' typed in the staff channel, with both mention entities."""
    from tests.support.teams import message
    activity = message(f"{text} <at>{person['name']}</at>", service_url, conversation=TEAMS_STAFF,
                       conversation_type="channel", mention=True)
    activity["entities"].append({"type": "mention", "text": f"<at>{person['name']}</at>", "mentioned": person})
    return activity


@pytest.mark.asyncio
async def test_teams_mention_records_the_aad_object_id_from_the_roster(teams, connector, bot):
    connector.members["29:omar"] = {**OMAR, "aadObjectId": OMAR_AAD, "tenantId": OUR_TENANT, "userRole": "user"}
    await post(teams, staff_channel_command(connector.url, "offboard owner Acme Dental", OMAR))
    assert owner_of(bot) == ("Omar Haddad", {"teams": OMAR_AAD})
    assert "Omar Haddad (teams 3d5b1c2a" in connector.to(TEAMS_STAFF)[-1].text


@pytest.mark.asyncio
@pytest.mark.parametrize("member", [
    {**OMAR, "aadObjectId": OMAR_AAD, "tenantId": OUR_TENANT, "userRole": "guest"},
    {**OMAR, "aadObjectId": OMAR_AAD, "tenantId": "9f8e7d6c-acme-dental", "userRole": "user"},
    None,  # not in the roster: can't be checked
])
async def test_teams_a_guest_an_outsider_or_an_unknown_person_is_not_recorded(teams, connector, bot, member):
    if member:
        connector.members["29:omar"] = member
    await post(teams, staff_channel_command(connector.url, "offboard owner Acme Dental", OMAR))
    assert owner_of(bot) == ("Priya", {})


@pytest.mark.asyncio
async def test_teams_the_owner_is_messaged_by_id_in_a_new_1on1_chat_then_the_same_one(teams, connector, bot):
    from bot.adapters.teams.server import teams_notifier
    from tests.support.teams import QUICK
    connector.members["29:omar"] = {**OMAR, "aadObjectId": OMAR_AAD, "tenantId": OUR_TENANT, "userRole": "user"}
    await post(teams, staff_channel_command(connector.url, "offboard owner Acme Dental", OMAR))
    notifier = teams_notifier(bot, policy=QUICK)
    await notifier.notify_person_async(OMAR_AAD, "Acme Dental: one week left.")
    await notifier.notify_person_async(OMAR_AAD, "Acme Dental: the day before.")
    [created] = connector.created   # one new chat, then reused
    assert created["members"] == [{"id": OMAR_AAD}] and created["channelData"]["tenant"]["id"] == OUR_TENANT
    assert created["bot"]["id"] == BOT["id"]
    assert [s.text for s in connector.to(f"a:new-1on1-{OMAR_AAD}")] == ["Acme Dental: one week left.",
                                                                       "Acme Dental: the day before."]


@pytest.mark.asyncio
async def test_teams_a_chat_that_cannot_be_started_is_a_delivery_error_that_says_why(teams, connector, bot):
    from bot.adapters.teams.server import teams_notifier
    from bot.notify import DeliveryError
    from tests.support.teams import QUICK
    connector.refuse_new_chats = True
    with pytest.raises(DeliveryError, match="couldn't start a 1:1 chat"):
        await teams_notifier(bot, policy=QUICK).notify_person_async(OMAR_AAD, "hello")
