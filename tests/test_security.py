"""Who may do what, where secrets may go, and who the bot can be made to ping."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot.clients import ClientError
from bot.core import Bot
from bot.message import CLIENT, COMMAND, DENY, STAFF, IncomingMessage
from tests.support.slack import STAFF_CHANNEL, STAFF_USER
from intents.examples import load_examples
from responses.render import PRINCIPLE_TITLES
from tests.support.records import seed_clients


@pytest.fixture
def config(config):
    """These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve)."""
    return replace(config, reply_mode="auto")

SECRETS = {"slack_bot_token": "xoxb-1111-SECRET-BOT", "slack_signing_secret": "signing-SECRET-2222",
           "slack_app_token": "xapp-3333-SECRET-APP", "teams_app_password": "teams~SECRET~4444"}
COACHING_MARKERS = ["Ready to send", *(title for title in PRINCIPLE_TITLES.values())]


def client_says(text, name="Acme Dental", audience=CLIENT, thread="t1"):
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name="Dana Lee",
                           audience=audience, client=name, conversation_id="C_SHARED", thread_id=thread)


def staff_says(text):
    return IncomingMessage(text=text, platform="slack", sender_id="U_STAFF", sender_name="Sam Patel")


# -- clients are not staff -------------------------------------------------------------------------
@pytest.mark.parametrize("audience", [CLIENT, "", "admin", "STAFF"])  # anything but "staff" is a client
@pytest.mark.parametrize("command", ["done Acme Dental", "cancel Acme Dental", "add Evil Corp", "list",
                                     "show Acme Dental", "start Initech +1", "link Initech", "end Acme Dental today"])
def test_clients_cannot_run_staff_commands_nor_change_anything(bot, command, audience):
    before = bot.clients.all()
    decision = bot.handle(client_says(f"offboard {command}", audience=audience))
    assert decision.action == DENY and "only available to the" in decision.reply.text
    assert decision.reply.audience != STAFF
    direct = bot.run_command(client_says("", audience=audience), command.split())
    assert direct.action == DENY
    assert bot.clients.all() == before


@pytest.mark.parametrize("name", ["Acme Dental", "Globex Logistics", "Initech", None])
def test_clients_never_receive_coaching_or_scripts_whatever_they_write(bot, name):
    # The staff questions themselves, asked from a client conversation in every phase.
    for number, example in enumerate(e for e in load_examples() if e.audience == STAFF):
        decision = bot.handle(client_says(example.text, name, thread=f"t{number}"))
        assert decision.action != COMMAND
        if decision.reply is not None:
            assert decision.reply.audience == CLIENT
            assert not decision.reply.coaching and not decision.reply.script
            assert not any(marker in decision.reply.text for marker in COACHING_MARKERS), example.text


# -- secrets stay secret ---------------------------------------------------------------------------
@pytest.fixture
def secret_bot(config):
    bot = Bot(replace(config, **SECRETS))
    seed_clients(bot.clients)
    yield bot
    bot.storage.close()


def everything_stored(bot) -> str:
    rows = bot.storage.db.execute("SELECT * FROM interactions").fetchall()
    return "\n".join(str(value) for row in rows for value in row)


class Leaky:
    """A router whose failure message carries a token, as an SDK exception might."""

    def route(self, text, audience, phase=None):
        raise RuntimeError(f"upstream refused token {SECRETS['slack_bot_token']} ({text})")


def test_secrets_in_messages_and_errors_never_reach_the_database_or_the_logs(secret_bot, caplog):
    caplog.set_level(logging.DEBUG)
    pasted = " ".join(SECRETS.values())
    secret_bot.handle(staff_says(f"is this our token? {pasted}"))
    answered = secret_bot.handle(client_says(f"here are the passwords: {pasted}"))
    secret_bot.record_delivery_error(answered.interaction_id, f"Slack said invalid_auth for {pasted}")
    secret_bot.router = Leaky()
    failed = secret_bot.handle(staff_says(f"how do I tell them? {pasted}"))
    assert failed.error and failed.reply  # the failure was answered with an apology
    logging.getLogger("slack_sdk.web").debug("sending Authorization: Bearer %s", SECRETS["slack_bot_token"])

    stored, logged = everything_stored(secret_bot), caplog.text
    assert "upstream refused token" in logged and "Traceback" in logged  # the failure was logged...
    for secret in SECRETS.values():  # ...without the secret, wherever it came from
        assert secret not in stored
        assert secret not in logged
    assert stored.count("[redacted]") >= 8


# -- nobody gets pinged on a client's say-so ---------------------------------------------------------
MARKUP = "<!channel> <!here> <!everyone> <@U0STAFF> <!subteam^S123> <at>Sam Patel</at> @channel"


def test_a_clients_markup_never_comes_back_to_them(bot):
    for name, question in (("Acme Dental", "why are you ending our contract?"),
                           ("Globex Logistics", "our printer is jammed, can you take a look?")):
        decision = bot.handle(client_says(f"{MARKUP} {question}", name, thread=name))
        assert decision.reply is not None
        for token in MARKUP.split():
            assert token not in decision.reply.text
        # Staff see what the client wrote as data; the adapters escape it when they post it.
        assert decision.staff_notice.facts["client_text"].startswith("<!channel>")


@pytest.fixture
def linked(bot):
    bot.clients.link("Acme Dental", "slack", "C0ACME")


def test_on_slack_a_clients_channel_ping_reaches_staff_as_plain_text(slack, fake, linked):
    slack.client_says(f"{MARKUP} why are you ending our contract?")
    fake.wait_for("chat.postMessage", 2)
    posted = fake.posted_texts()
    assert "why are you ending our contract?" in posted  # the notice did reach the staff channel
    assert any(c.args["channel"] == STAFF_CHANNEL for c in fake.calls("chat.postMessage"))
    for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U0STAFF>", "<!subteam^S123>"):
        assert ping not in posted
    assert "@Sam Patel" in posted  # the mention shown to staff as the person's name in text, not as a ping
    # A bare "@channel" only pings when link_names is set on the call.
    assert not any(c.args.get("link_names") for c in fake.calls("chat.postMessage"))


@pytest.mark.asyncio
async def test_on_teams_a_clients_mention_markup_reaches_staff_as_plain_text(open_bot, config):
    from tests.support import teams
    from tests.support.teams import ACME_CHAT, add_bot_to_staff_channel, adapter_for, chat
    bot = open_bot(replace(config, teams_tenant_id=teams.OUR_TENANT, teams_staff_conversation=teams.STAFF_CHANNEL))
    seed_clients(bot.clients)
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    adapter = adapter_for(bot, chat(ACME_CHAT, "groupChat", sender=teams.DANA, tenant=teams.CLIENT_TENANT))
    await add_bot_to_staff_channel(adapter)
    sent = {}

    def no_live_mention(activity, description=None):
        sent[activity.conversation.id] = activity
        assert "<at>" not in (activity.text or "")
        assert not [e for e in activity.entities or [] if (e.type or "").lower() == "mention"]

    flow = await adapter.test(f"{MARKUP} Why are you ending our contract?", no_live_mention)
    await flow.assert_reply(no_live_mention)
    assert "Hi Dana" in sent[ACME_CHAT].text
    # Shown to staff as typed, pinging nobody.
    assert "&lt;at>Sam Patel&lt;/at>" in sent[teams.STAFF_CHANNEL].text
    bot.storage.close()


# -- votes count only from colleagues, on answers they could see ---------------------------------------
def test_only_a_colleague_votes_and_only_on_an_answer_in_a_conversation_they_were_in(slack, fake, bot, linked, caplog):
    from tests.support.slack import CLIENT_TEAM, CLIENT_USER, GUEST_USER, OUR_TEAM
    slack.dm("They said sorry and want another chance, should I reconsider?")
    [answer] = [row for row in bot.storage.recent_interactions() if row["action"] == "reply"]
    slack.client_says("Why are you ending our contract?")
    client_answer = next(row for row in bot.storage.recent_interactions() if row["audience"] == "client")
    number = str(answer["id"])

    with caplog.at_level(logging.WARNING):
        slack.click("feedback_not_helpful", number, user=CLIENT_USER, team=CLIENT_TEAM)     # Slack Connect
        slack.click("feedback_not_helpful", number, user=GUEST_USER, team=OUR_TEAM)         # a guest
        slack.click("feedback_not_helpful", number, user="U0OTHER", channel="D0OTHER")      # another DM
        slack.click("feedback_helpful", str(client_answer["id"]), channel="C0ACME")          # not coaching
    assert bot.storage.interaction(answer["id"])["feedback"] is None
    assert bot.storage.interaction(client_answer["id"])["feedback"] is None
    assert caplog.text.count("not counted") == 4 and fake.calls("response_url") == []

    slack.click("feedback_helpful", number)  # the colleague who asked, where they asked
    assert bot.storage.interaction(answer["id"])["feedback"] == "helpful"


@pytest.mark.asyncio
async def test_on_teams_a_vote_from_another_colleagues_chat_does_not_count(open_bot, config):
    from tests.support.teams import OUR_TENANT, PRIYA_CHAT, chat, message, post, start_teams
    from tests.support.teams import FakeConnector
    bot = open_bot(replace(config, teams_tenant_id=OUR_TENANT))
    connector = await FakeConnector().start()
    client = await start_teams(bot)
    omar = {"id": "29:omar", "name": "Omar Haddad", "aadObjectId": "aad-omar"}
    try:
        await post(client, message("how do I tell Acme Dental we're ending?", connector.url))
        [row] = bot.storage.recent_interactions()
        vote = {"kind": "partingways.feedback", "interaction_id": row["id"], "verdict": "not_helpful"}
        await post(client, {**message(None, connector.url, conversation="a:1on1-omar", sender=omar), "value": vote})
        assert bot.storage.interaction(row["id"])["feedback"] is None
        await post(client, {**message(None, connector.url), "value": {**vote, "verdict": "helpful"}})
        assert bot.storage.interaction(row["id"])["feedback"] == "helpful"
    finally:
        await client.close()
        await connector.close()


def every_text_in_the_database(bot) -> str:
    """Every value of every table, whatever tables the schema has by now."""
    tables = [name for (name,) in bot.storage.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(str(value) for table in tables
                     for row in bot.storage.db.execute(f'SELECT * FROM "{table}"') for value in row)


def test_a_secret_typed_into_a_command_is_refused_and_no_table_ever_stores_one(secret_bot):
    from bot.reminders.runner import add_reminder
    from bot.storage import utcnow
    token, password = SECRETS["slack_bot_token"], SECRETS["teams_app_password"]
    refused = [secret_bot.handle(staff_says(f"offboard {command}")) for command in (
        f"add {token}", f"start Acme Dental +30 late_payment they leaked {password}",
        f"remind Acme Dental tomorrow rotate {token}", f"provider Acme Dental {token}")]
    assert all(d.action == DENY and "secrets" in d.reply.text for d in refused)
    assert secret_bot.clients.get("Acme Dental")["phase"] == "transition"

    # Writes that do not go through a chat command are redacted on their way in (or refused).
    with pytest.raises(ClientError, match="secrets"):
        secret_bot.clients.add(f"Client {token}")
    secret_bot.clients.add("Hooli", reason=f"pasted {password}")
    secret_bot.clients.edit("Initech", new_provider=f"Contoso {token}")
    with pytest.raises(ClientError, match="not an email domain"):  # no domain has a '~' in it
        secret_bot.clients.edit("Initech", email_domain=f"{password}.example")
    add_reminder(secret_bot.clients, "Initech", "tomorrow", f"ask for {token}", f"cli {password}", utcnow())
    secret_bot.storage.save_conversation_ref("teams", f"conv-{token}", {"user": {"name": password}})
    secret_bot.accept_event("slack", f"Ev-{token}", "event", f'{{"text": "{token} {password}"}}')
    answered = secret_bot.handle(client_says(f"my password is {password}"))
    secret_bot.record_delivery_error(answered.interaction_id, f"Slack refused {token}")

    stored = every_text_in_the_database(secret_bot)
    for secret in SECRETS.values():
        assert secret not in stored
    assert stored.count("[redacted]") >= 8
