"""Every card action Teams sends is acknowledged: an Action.Submit from a card the bot does not know
gets a polite note, and an Action.Execute (an adaptiveCard/action invoke) gets a message answer instead
of the SDK's 501, which Teams shows as "Something went wrong"."""
from __future__ import annotations

import pytest

from tests.support.teams import bot_added, message, post, start_teams


@pytest.fixture
def config(teams_config):
    return teams_config


@pytest.fixture
def teams(teams_with_staff_channel):
    return teams_with_staff_channel


@pytest.mark.asyncio
async def test_a_submit_from_a_card_that_is_not_ours_gets_a_polite_note(teams, connector, bot):
    await post(teams, message(None, connector.url, value={"action": "approve_expense", "id": 42}))
    [note] = connector.sent
    assert "isn't one I know" in note.text and "Nothing was changed" in note.text


@pytest.mark.asyncio
async def test_a_submit_from_a_client_is_acknowledged_without_a_word_about_the_bot(teams, connector, bot):
    from tests.support.teams import CLIENT_TENANT, DANA
    bot.clients.link("Acme Dental", "teams", "19:acme-shared@thread.v2")
    await post(teams, message(None, connector.url, value={"anything": 1}, sender=DANA, tenant=CLIENT_TENANT,
                              conversation="19:acme-shared@thread.v2", conversation_type="channel"))
    assert connector.sent == []  # acknowledged (200), and nothing said in a client's conversation


@pytest.mark.asyncio
async def test_an_action_execute_invoke_is_answered_with_a_message_not_an_error(teams, connector):
    activity = message(None, connector.url)
    activity.update(type="invoke", name="adaptiveCard/action",
                    value={"action": {"type": "Action.Execute", "verb": "approve", "data": {}}, "trigger": "manual"})
    response = await post(teams, activity)
    body = await response.json()
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.activity.message"
    assert "isn't one I know" in body["value"]


@pytest.mark.asyncio
async def test_our_own_feedback_buttons_still_count(teams, connector, bot):
    from tests.support.teams import PRIYA
    interaction = bot.storage.log_interaction(platform="teams", audience="staff", text="q", action="reply",
                                              principle="decisive", conversation_id="a:1on1-priya",
                                              sender_id=PRIYA["aadObjectId"])
    await post(teams, message(None, connector.url, value={"kind": "partingways.feedback",
                                                          "interaction_id": interaction, "verdict": "helpful"}))
    assert bot.storage.interaction(interaction)["feedback"] == "helpful"
    assert all("isn't one I know" not in sent.text for sent in connector.sent)
