"""The Teams bot's plumbing over HTTP: feedback, proactive notices across a restart,
authentication, malformed requests, throttling and redelivery."""
from __future__ import annotations

import asyncio
import time

import pytest

from bot.adapters.teams.delivery import RetryPolicy
from bot.adapters.teams.server import NOTIFIER, teams_notifier
from bot.config import load_config
from bot.core import Bot
from bot.notify import DeliveryError
from tests.support.teams import PRIYA, QUICK, STAFF_CHANNEL, bot_added, message, post, start_teams

@pytest.fixture
def config(teams_config):
    """These tests run with our tenant and staff channel configured."""
    return teams_config


QUESTION = "how do I tell Acme Dental we're ending?"


# -- feedback ------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_feedback_button_is_stored_on_the_answer_it_rates(teams, connector, bot):
    await post(teams, message(QUESTION, connector.url))
    [submit_button, _] = connector.sent[0].card["actions"]

    # Teams delivers an Action.Submit as a message with the button's data in value and no text.
    await post(teams, message(None, connector.url, value=submit_button["data"]))

    interaction_id = submit_button["data"]["interaction_id"]
    assert bot.storage.interaction(interaction_id)["feedback"] == "helpful"
    assert "noted" in connector.sent[1].text


# -- proactive messages ---------------------------------------------------------------
@pytest.mark.asyncio
async def test_notices_still_reach_staff_after_a_restart(open_bot, config, connector, bot):
    before = await start_teams(bot)
    await post(before, bot_added(connector.url))              # the bot joins the staff channel
    await post(before, message("hello", connector.url))       # Priya says hi in a 1:1 chat
    await before.close()
    bot.storage.close()

    restarted = open_bot(config)                                   # a new process on the same database
    notifier = teams_notifier(restarted, policy=QUICK)
    await notifier.notify_staff_async("Acme Dental's last day is in a week.", "Reminder: Acme Dental")
    # Reminder runs call the blocking methods from outside any event loop.
    await asyncio.to_thread(notifier.notify_person, PRIYA["aadObjectId"], "Time to send the handover pack.")
    restarted.storage.close()

    [notice] = connector.to(STAFF_CHANNEL)
    assert notice.reply_to_id is None
    assert notice.text.startswith("**Reminder: Acme Dental**") and "last day is in a week" in notice.text
    assert connector.to("a:1on1-priya")[-1].text == "Time to send the handover pack."


@pytest.mark.asyncio
async def test_a_notice_to_somewhere_the_bot_has_never_been_is_a_delivery_error(bot):
    with pytest.raises(DeliveryError, match="add the bot there"):
        await teams_notifier(bot, policy=QUICK).notify_staff_async("hello")


@pytest.mark.asyncio
async def test_a_worker_thread_can_notify_through_the_running_server(teams, connector):
    await post(teams, bot_added(connector.url))
    notifier = teams.server.app[NOTIFIER]

    await asyncio.to_thread(notifier.notify_staff, "Globex's access has been removed.", "Handover done")
    with pytest.raises(DeliveryError, match="await notify_staff_async"):
        notifier.notify_staff("called on the event loop itself")

    assert [sent.text for sent in connector.to(STAFF_CHANNEL)] == [
        "**Handover done**\n\nGlobex's access has been removed."]


# -- who may post -----------------------------------------------------------------------
@pytest.mark.asyncio
async def test_unauthenticated_request_is_rejected_when_credentials_are_configured(open_bot, tmp_path, connector):
    core = open_bot(load_config(environ={}, db_path=str(tmp_path / "auth.db"), teams_app_id="3f2a0c1e-app",
                           teams_app_password="not-a-real-secret", teams_tenant_id="our-tenant"))
    client = await start_teams(core)
    response = await post(client, message(QUESTION, connector.url), expect=401)
    status, answer = response.status, await response.json()
    await client.close()
    core.storage.close()

    assert status == 401 and "Unauthorized" in answer["error"]
    assert connector.sent == []


@pytest.mark.parametrize("body, content_type, status, problem", [
    (b"{not json", "application/json", 400, "not valid JSON"),
    (b'{"text": "hi", "serviceUrl": "http://127.0.0.1:9/"}', "application/json", 400, "no 'type'"),
    (b'{"type": "message", "text": "hi"}', "text/plain", 415, "expected Content-Type application/json"),
])
@pytest.mark.asyncio
async def test_malformed_activity_gets_a_clear_4xx_and_is_logged(teams, bot, body, content_type, status, problem):
    response = await teams.post("/api/messages", data=body, headers={"Content-Type": content_type})

    assert response.status == status
    assert problem in (await response.json())["error"]
    [row] = bot.storage.recent_interactions()
    assert row["action"] == "rejected" and problem in row["error"]


# -- throttling and redelivery ------------------------------------------------------------
@pytest.mark.asyncio
async def test_throttled_reply_is_retried_after_retry_after(teams, connector):
    connector.fail_next(429, retry_after="1")
    started = time.monotonic()
    response = await post(teams, message(QUESTION, connector.url))

    assert response.status == 200
    assert connector.attempts == 2 and len(connector.sent) == 1
    assert time.monotonic() - started >= 1.0


@pytest.mark.asyncio
async def test_gateway_errors_are_retried_with_backoff_then_given_up_and_recorded(teams, connector, bot):
    connector.fail_next(502)
    connector.fail_next(504)
    await post(teams, message(QUESTION, connector.url))
    assert connector.attempts == 3 and len(connector.sent) == 1

    connector.fail_next(429, times=QUICK.attempts)
    await post(teams, message("how should I explain the reason to Acme Dental?", connector.url))
    assert connector.attempts == 3 + QUICK.attempts and len(connector.sent) == 1
    assert "HTTP 429" in bot.storage.recent_interactions(limit=1)[0]["error"]


@pytest.mark.asyncio
async def test_a_retry_after_beyond_the_answer_window_is_not_waited_for(teams, connector, bot):
    connector.fail_next(429, retry_after=str(int(QUICK.budget) + 30))
    started = time.monotonic()
    await post(teams, message(QUESTION, connector.url))

    assert time.monotonic() - started < QUICK.budget
    assert connector.sent == [] and "HTTP 429" in bot.storage.recent_interactions(limit=1)[0]["error"]


@pytest.mark.asyncio
async def test_a_connector_that_hangs_does_not_keep_teams_waiting(bot, connector):
    connector.delay = 1.5
    client = await start_teams(bot, RetryPolicy(budget=0.5))
    started = time.monotonic()
    response = await post(client, message(QUESTION, connector.url))
    elapsed = time.monotonic() - started
    await client.close()

    assert response.status == 200 and elapsed < 1.5
    assert "did not answer in time" in bot.storage.recent_interactions(limit=1)[0]["error"]


@pytest.mark.asyncio
async def test_redelivered_activity_is_answered_once(teams, connector, bot):
    activity = message(QUESTION, connector.url)
    first, again = await post(teams, activity), await post(teams, activity)

    assert (first.status, again.status) == (200, 200)
    assert len(connector.sent) == 1 and len(bot.storage.recent_interactions()) == 1


@pytest.mark.asyncio
async def test_typing_reactions_and_the_bots_own_messages_get_200_and_no_reply(teams, connector, bot):
    typing = {**message(None, connector.url), "type": "typing"}
    reaction = {**message(None, connector.url), "type": "messageReaction",
                "reactionsAdded": [{"type": "like"}], "replyToId": "1"}
    own = {**message("Clients: ...", connector.url), "from": {"id": "28:parting-ways-bot", "role": "bot"}}
    statuses = [(await post(teams, activity)).status for activity in (typing, reaction, own)]

    assert statuses == [200, 200, 200]
    assert connector.sent == [] and bot.storage.recent_interactions() == []


@pytest.mark.asyncio
async def test_installing_the_personal_app_lets_reminders_reach_that_person(teams, connector, bot):
    installed = {**message(None, connector.url), "type": "installationUpdate", "action": "add"}
    await post(teams, installed)

    await teams_notifier(bot, policy=QUICK).notify_person_async(PRIYA["aadObjectId"], "Acme Dental: one week left.")
    assert connector.to("a:1on1-priya")[-1].text == "Acme Dental: one week left."
