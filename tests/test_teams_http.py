"""The Teams bot over HTTP: real Activity JSON posted to /api/messages, replies
caught by a local fake of the Bot Framework connector."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.message import IncomingMessage
from tests.support.calendar import iso_day
from tests.support.teams import ACME_CHAT, CLIENT_TENANT, DANA, STAFF_CHANNEL, bot_added, message, post, start_teams
from responses.render import long_date

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

END = iso_day(40)  # a last day of support well after the pinned today

@pytest.fixture
def config(teams_config):
    """These tests run with our tenant and staff channel configured."""
    # These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve).
    return replace(teams_config, reply_mode="auto")


GLOBEX_CHAT = "19:globex-shared@thread.v2"
INITECH_CHAT = "19:initech-shared@thread.v2"


@pytest.fixture
def teams(teams_with_staff_channel):
    return teams_with_staff_channel


def logged(bot, **where) -> list[dict]:
    return [row for row in bot.storage.recent_interactions(limit=100)
            if all(row[key] == value for key, value in where.items())]


def card_texts(card: dict) -> str:
    """Every TextBlock of a card, in order, as one string."""
    def walk(items):
        for item in items:
            if item.get("type") == "TextBlock":
                yield item["text"]
            yield from walk(item.get("items", []))
    return "\n".join(walk(card["body"]))


# -- staff --------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_personal_chat_question_gets_a_coaching_card_with_principle_and_script(teams, connector, bot):
    activity = message("how do I tell Acme Dental we're ending?", connector.url)
    response = await post(teams, activity)

    assert response.status == 200
    [reply] = connector.to("a:1on1-priya")
    assert reply.reply_to_id == activity["id"]
    card = reply.card
    assert card["body"][0]["text"].startswith("Decisive")
    script = card["body"][-1]
    assert script["style"] == "emphasis" and script["items"][0]["text"] == "Ready to send"
    assert "Acme Dental" in script["items"][1]["text"]
    assert "Decisive" in card["fallbackText"]
    [row] = logged(bot, audience="staff")
    assert [a["data"]["interaction_id"] for a in card["actions"]] == [row["id"], row["id"]]


@pytest.mark.asyncio
async def test_channel_mention_is_stripped_before_routing_and_unmentioned_chatter_ignored(teams, connector, bot):
    channel = "19:service-desk@thread.tacv2;messageid=1759944781430"
    await post(teams, message("how do I tell Acme Dental we're ending?", connector.url, conversation=channel,
                              conversation_type="channel", mention=True))
    await post(teams, message("lunch at one?", connector.url, conversation=channel, conversation_type="channel"))

    [row] = logged(bot, audience="staff")
    assert row["text"] == "how do I tell Acme Dental we're ending?"
    assert row["conversation_id"] == "19:service-desk@thread.tacv2"
    [reply] = connector.to(channel)
    assert reply.card["body"][0]["text"].startswith("Decisive")


@pytest.mark.asyncio
async def test_staff_commands_typed_in_chat_run_and_link_uses_the_conversation_id(teams, connector, bot):
    await post(teams, message("offboard list", connector.url))
    await post(teams, message(f"offboard start Initech {END} late_payment", connector.url))
    await post(teams, message("offboard link Acme Dental", connector.url, conversation=ACME_CHAT,
                              conversation_type="groupChat", mention=True))

    listing, started, linked = [sent.text for sent in connector.sent]
    assert "Acme Dental: transition" in listing and "Initech: active" in listing
    assert "Offboarding started for Initech" in started
    assert bot.clients.get("Initech")["end_date"] == END
    assert "linked to Acme Dental" in linked
    assert bot.clients.for_channel("teams", ACME_CHAT)["name"] == "Acme Dental"


# -- clients ---------------------------------------------------------------------------
def from_client(text, connector, conversation):
    return message(text, connector.url, conversation=conversation, conversation_type="groupChat",
                   sender=DANA, tenant=CLIENT_TENANT)


@pytest.mark.asyncio
async def test_client_in_transition_gets_an_answer_and_staff_get_a_notice(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    await post(teams, from_client("Why are you ending our contract?", connector, ACME_CHAT))

    [answer] = connector.to(ACME_CHAT)
    assert answer.text.startswith("Hi Dana") and "invoices" in answer.text and answer.card is None
    [notice] = connector.to(STAFF_CHANNEL)
    assert notice.reply_to_id is None  # a new post in the staff channel, not a reply
    assert "Client message answered" in notice.text and "Acme Dental" in notice.text


@pytest.mark.asyncio
async def test_ended_client_is_told_support_ended_on_the_end_date(teams, connector, bot):
    bot.clients.link("Globex Logistics", "teams", GLOBEX_CHAT)
    await post(teams, from_client("can you just take a quick look at our server?", connector, GLOBEX_CHAT))

    [answer] = connector.to(GLOBEX_CHAT)
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert f"ended on {end}" in answer.text


@pytest.mark.asyncio
async def test_active_client_gets_silence_and_no_notice(teams, connector, bot):
    bot.clients.link("Initech", "teams", INITECH_CHAT)
    response = await post(teams, from_client("the printer on floor 2 is jammed again", connector, INITECH_CHAT))

    assert response.status == 200
    assert connector.sent == []
    assert logged(bot, client="Initech")[0]["action"] == "ignore"


@pytest.mark.asyncio
async def test_hand_off_sends_nothing_to_the_client_and_tells_the_staff_channel(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    await post(teams, from_client("We need the admin password for our firewall", connector, ACME_CHAT))

    assert connector.to(ACME_CHAT) == []
    [notice] = connector.to(STAFF_CHANNEL)
    assert "A person needs to answer" in notice.text and "> We need the admin password" in notice.text


@pytest.mark.asyncio
async def test_external_or_guest_senders_are_denied_commands_and_never_coached(teams, connector, bot):
    bot.clients.edit("Acme Dental", email_domain="acmedental.example")
    connector.members[DANA["id"]] = {**DANA, "email": "dana@acmedental.example", "tenantId": CLIENT_TENANT}
    guest = {"id": "29:guest-sam", "name": "Sam (Guest)", "role": "user", "userRole": "guest"}
    external = dict(conversation="a:1on1-dana", sender=DANA, tenant=CLIENT_TENANT)

    await post(teams, message("offboard list", connector.url, **external))
    await post(teams, message(f"offboard start Initech {END} late_payment", connector.url,
                              conversation="a:1on1-sam", sender=guest))
    await post(teams, message("how do I tell Acme Dental we're ending?", connector.url, **external))

    denials = [sent.text for sent in connector.sent[:2]]
    assert all("only available to the Northwind IT team" in text for text in denials)
    assert bot.clients.get("Initech")["phase"] == "active"
    assert all(sent.card is None for sent in connector.sent)
    rows = logged(bot, sender_id="aad-dana")
    assert {row["audience"] for row in rows} == {"client"} and rows[0]["client"] == "Acme Dental"


@pytest.mark.asyncio
async def test_without_a_configured_tenant_ours_is_learnt_from_the_staff_channel(bot, connector):
    bot.config = replace(bot.config, teams_tenant_id="")
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    client = await start_teams(bot)
    await post(client, bot_added(connector.url))  # the staff channel is in our tenant
    await post(client, from_client("Why are you ending our contract?", connector, ACME_CHAT))
    await post(client, message("offboard show Acme Dental", connector.url, conversation=ACME_CHAT,
                               conversation_type="groupChat", mention=True))
    await client.close()

    [answer] = [sent.text for sent in connector.to(ACME_CHAT)]
    assert answer.startswith("Hi Dana")
    # Priya counts as staff, so her command ran; its output went where Dana can't read it.
    record = connector.to(STAFF_CHANNEL)[-1].text
    assert "Priya Patel asked in Acme Dental's conversation" in record and "Phase: transition" in record


@pytest.mark.asyncio
async def test_feedback_submitted_by_a_client_is_not_counted(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    staff_answer = bot.handle(IncomingMessage(text="how do I announce it?", platform="teams", sender_id="aad-priya"))
    forged = {"kind": "partingways.feedback", "interaction_id": staff_answer.interaction_id, "verdict": "not_helpful"}
    await post(teams, {**from_client(None, connector, ACME_CHAT), "value": forged})

    assert bot.storage.interaction(staff_answer.interaction_id)["feedback"] is None
    assert connector.to(ACME_CHAT) == []
