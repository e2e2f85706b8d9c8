"""Client records kept from chat by the admins: every field with `offboard set` (validated exactly as
`python app.py clients edit` validates it), `offboard unlink` for this conversation, `offboard mute` to
stop auto-replies and drafts for a while (the team still hears everything), and `offboard where` for the
ids an operator copies into settings."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import pytest_asyncio

from bot.message import COMMAND, DENY, DRAFT, HANDOFF, IncomingMessage
from tests.support import calendar
from tests.support.slack import STAFF_CHANNEL, STAFF_USER
from tests.support.teams import STAFF_CHANNEL as TEAMS_STAFF, OUR_TENANT, bot_added, message, post, start_teams

ROOT = Path(__file__).resolve().parent.parent
WHY = "Why are you ending our contract?"


# -- offboard set -----------------------------------------------------------------------------------------------------
@pytest.mark.calendar
@pytest.mark.parametrize("typed, field, stored", [
    ("email domain acmedental.example", "email_domain", "acmedental.example"),
    ("email-domain @AcmeDental.example", "email_domain", "acmedental.example"),
    ("domain dana@acmedental.example", "email_domain", "acmedental.example"),
    ("timezone America/New_York", "timezone", "America/New_York"),
    ("provider contact Jo at BrightPath, jo@brightpath.example", "new_provider_contact",
     "Jo at BrightPath, jo@brightpath.example"),
    ("new provider BrightPath IT", "new_provider", "BrightPath IT"),
    ("category scope-creep", "reason_category", "scope_creep"),
    ("reason invoices paid 60 days late all year", "reason", "invoices paid 60 days late all year"),
    (f"end {calendar.iso_day(60)}", "end_date", calendar.iso_day(60)),
    (f"notice date {calendar.iso_day(-3)}", "notice_date", calendar.iso_day(-3)),
    ("aliases ACD, Acme", "aliases", "ACD, Acme"),
    ("owner Tom Becker", "account_owner", "Tom Becker"),
])
def test_every_field_can_be_set_from_chat(transcript, bot, typed, field, stored):
    turn = transcript.staff(f"offboard set Acme Dental {typed}")
    assert turn.decision.action == COMMAND and turn.decision.error is None, turn.deliveries
    assert bot.clients.get("Acme Dental")[field] == stored


def test_a_dash_clears_a_field(transcript, bot):
    bot.clients.edit("Acme Dental", timezone="America/New_York")
    transcript.staff("offboard set Acme Dental timezone -").replies("timezone cleared")
    assert bot.clients.get("Acme Dental")["timezone"] is None


@pytest.mark.calendar
@pytest.mark.parametrize("typed, problem", [
    ("timezone Mars/Olympus", "not a known timezone"),
    ("email domain not a domain", "not an email domain"),
    ("end someday", "not a date I understand"),
    ("category grumpy", "Reason must be one of"),
    (f"end {calendar.iso_day(-400)}", "before the notice date"),
    ("colour blue", "I don't know the field 'colour'"),
    ("timezone", "What should the timezone be?"),
])
def test_set_refuses_what_the_command_line_refuses(transcript, bot, typed, problem):
    before = bot.clients.get("Acme Dental")
    transcript.staff(f"offboard set Acme Dental {typed}").replies(problem)
    assert bot.clients.get("Acme Dental") == before


def test_one_email_domain_belongs_to_one_client(transcript, bot):
    bot.clients.edit("Globex Logistics", email_domain="globex.example")
    transcript.staff("offboard set Acme Dental email domain globex.example").replies("already Globex Logistics's")
    assert bot.clients.get("Acme Dental")["email_domain"] is None


def test_the_command_line_validates_the_same_way(tmp_path):
    """`clients edit --email-domain` goes through the same checks as `offboard set`."""
    db = str(tmp_path / "cli.db")
    run = lambda *args: subprocess.run([sys.executable, str(ROOT / "app.py"), "--db", db, *args],  # noqa: E731
                                       capture_output=True, text=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin"})
    assert run("clients", "add", "Acme Dental").returncode == 0
    refused = run("clients", "edit", "Acme Dental", "--email-domain", "not a domain")
    assert refused.returncode == 2 and "not an email domain" in refused.stderr
    assert run("clients", "edit", "Acme Dental", "--email-domain", "@AcmeDental.example").returncode == 0
    shown = json.loads(run("clients", "show", "Acme Dental", "--json").stdout)
    assert shown["email_domain"] == "acmedental.example"


def test_only_admins_change_records_when_admins_are_named(open_bot, config):
    from tests.support.records import seed_clients
    admin_bot = open_bot(replace(config, admins=("U0ADMIN",)))
    seed_clients(admin_bot.clients)
    for command in ("set Acme Dental timezone America/New_York", "unlink", "mute Acme Dental", "unmute Acme Dental"):
        decision = admin_bot.handle(IncomingMessage(text=f"offboard {command}", platform="slack", sender_id="U0SAM",
                                                    conversation_id="C0ACME"))
        assert decision.action == DENY, command
    where = admin_bot.handle(IncomingMessage(text="offboard where", platform="slack", sender_id="U0SAM",
                                             conversation_id="C0X"))
    assert where.action == COMMAND  # reading ids is for everyone on staff
    done = admin_bot.handle(IncomingMessage(text="offboard set Acme Dental timezone America/New_York",
                                            platform="slack", sender_id="U0ADMIN", conversation_id="D0ADMIN"))
    assert done.action == COMMAND and admin_bot.clients.get("Acme Dental")["timezone"] == "America/New_York"


# -- offboard unlink --------------------------------------------------------------------------------------------------
def test_unlink_frees_this_conversation_and_its_messages_are_no_longer_the_clients(transcript, bot):
    bot.clients.link("Acme Dental", "transcript", "transcript:acme")
    transcript.staff("offboard unlink", conversation="transcript:acme") \
        .replies("no longer linked to Acme Dental")
    assert bot.clients.for_channel("transcript", "transcript:acme") is None
    transcript.staff("offboard unlink", conversation="transcript:acme").replies("isn't linked to a client")


def test_unlink_naming_another_client_changes_nothing(transcript, bot):
    bot.clients.link("Acme Dental", "transcript", "transcript:acme")
    transcript.staff("offboard unlink Globex Logistics", conversation="transcript:acme").replies("linked to Acme Dental")
    assert bot.clients.for_channel("transcript", "transcript:acme")["name"] == "Acme Dental"


# -- offboard mute ----------------------------------------------------------------------------------------------------
@pytest.mark.calendar
def test_a_muted_client_gets_no_reply_and_no_draft_but_the_team_still_hears(transcript, bot):
    until = calendar.day(7)
    transcript.staff(f"offboard mute Acme Dental until {until.isoformat()}") \
        .replies(f"muted until {until:%A} {until.day} {until:%B %Y}", "still hears")
    turn = transcript.client("Acme Dental", WHY)
    turn.no_reply().staff_told("is muted until", WHY)
    assert turn.decision.action == HANDOFF and turn.decision.draft is None
    assert bot.storage.open_drafts() == []
    transcript.staff("offboard show Acme Dental").replies(f"Muted: until {until.isoformat()}")


@pytest.mark.calendar
def test_the_mute_ends_on_its_day_or_when_unmuted(transcript, bot, pinned_clock):
    from datetime import timedelta
    transcript.staff("offboard mute Acme Dental +2")
    assert transcript.client("Acme Dental", WHY).decision.action == HANDOFF
    pinned_clock.set(pinned_clock.now() + timedelta(days=2))
    assert transcript.client("Acme Dental", WHY).decision.action == DRAFT   # back to the policy: a draft
    transcript.staff("offboard mute Acme Dental")                             # no date: until unmuted
    assert transcript.client("Acme Dental", WHY).decision.action == HANDOFF
    transcript.staff("offboard unmute Acme Dental").replies("no longer muted")
    assert transcript.client("Acme Dental", WHY).decision.action == DRAFT


def test_a_mute_must_end_after_today(transcript, bot):
    transcript.staff("offboard mute Acme Dental today").replies("not after today")
    assert bot.clients.get("Acme Dental")["muted_until"] is None


# -- offboard where: through the real adapters ---------------------------------------------------------------------
def test_where_in_the_console_names_the_session(bot):
    from bot.adapters.console import ConsoleSession
    shown = ConsoleSession(bot).feed("offboard where")
    assert "Console session: console" in shown and "Linked to: no client" in shown


def test_slack_where_prints_the_channel_thread_and_workspace_and_the_setting_to_copy(slack, fake):
    slack.mention("offboard where", channel="C0NEWSTAFF", ts="1712000000.000777")
    [answer] = fake.calls("chat.postMessage")
    text = answer.args["text"]
    assert "Slack channel: C0NEWSTAFF" in text and "Thread: 1712000000.000777" in text and "Workspace: T0OURS" in text
    assert "SLACK_STAFF_CHANNEL=C0NEWSTAFF" in text


def test_slack_where_in_the_staff_channel_says_so(slack, fake):
    slack.command("where", channel=STAFF_CHANNEL)
    [answer] = fake.calls("response_url")
    assert "yes, this is SLACK_STAFF_CHANNEL" in answer.args["text"]


def test_slack_unlink_and_set_by_slash_command_in_a_clients_channel(slack, fake, bot):
    bot.clients.link("Acme Dental", "slack", "C0ACME")
    slack.command("set Acme Dental email domain <http://acmedental.example|acmedental.example>", channel="C0ACME")
    assert bot.clients.get("Acme Dental")["email_domain"] == "acmedental.example"
    slack.command("unlink", channel="C0ACME")
    assert bot.clients.for_channel("slack", "C0ACME") is None
    assert all(call.args["response_type"] == "ephemeral" for call in fake.calls("response_url"))


@pytest.fixture
def teams_bot(teams_config, open_bot):
    from tests.support.records import seed_clients
    core = open_bot(replace(teams_config, teams_staff_conversation=""))  # not configured yet: the first install
    seed_clients(core.clients)
    return core


@pytest_asyncio.fixture
async def teams(teams_bot, connector):
    client = await start_teams(teams_bot)
    yield client
    await client.close()


@pytest.mark.asyncio
async def test_teams_where_in_a_channel_prints_the_id_to_copy_into_teams_staff_conversation(teams, connector):
    await post(teams, bot_added(connector.url))
    await post(teams, message("offboard where", connector.url, conversation=f"{TEAMS_STAFF};messageid=1712",
                              conversation_type="channel", mention=True))
    [answer] = connector.sent
    assert f"Teams conversation: {TEAMS_STAFF}" in answer.text
    assert "Thread (message id): 1712" in answer.text and f"Tenant: {OUR_TENANT}" in answer.text
    assert f"set TEAMS_STAFF_CONVERSATION={TEAMS_STAFF}" in answer.text
