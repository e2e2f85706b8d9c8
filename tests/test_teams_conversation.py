"""Conversations with the Teams bot in-process, on botbuilder's TestAdapter (no HTTP)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from tests.support.calendar import iso_day
from tests.support.teams import (ACME_CHAT, BOT, CLIENT_TENANT, DANA, OUR_TENANT, PRIYA, PRIYA_CHAT, STAFF_CHANNEL,
                                 add_bot_to_staff_channel, adapter_for, chat)

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

END = iso_day(40)  # a last day of support well after the pinned today

@pytest.fixture
def config(teams_config):
    """These tests run with our tenant and staff channel configured."""
    # These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve).
    return replace(teams_config, reply_mode="auto")


def coaching(principle: str, *must_mention: str):
    """An assertion on a reply: a coaching card under that principle, naming these things."""
    def check(activity: Activity, description=None):
        [attachment] = activity.attachments
        card = attachment.content
        assert card["body"][0]["text"].lower().startswith(principle), card["body"][0]["text"]
        script = card["body"][-1]["items"][1]["text"]
        for text in must_mention:
            assert text in script
        assert {a["data"]["verdict"] for a in card["actions"]} == {"helpful", "not_helpful"}
    return check


def says(*fragments: str):
    def check(activity: Activity, description=None):
        assert activity.attachments in (None, []), "expected plain text, got a card"
        for fragment in fragments:
            assert fragment in activity.text, activity.text
    return check


@pytest.mark.asyncio
async def test_staff_question_in_a_personal_chat_gets_coaching(bot):
    adapter = adapter_for(bot, chat())
    await adapter.test("how do I tell Acme Dental we're ending?", coaching("decisive", "Acme Dental"))


@pytest.mark.asyncio
async def test_staff_run_commands_by_typing_them(bot):
    adapter = adapter_for(bot, chat())
    flow = await adapter.test("offboard list", says("Acme Dental: transition", "Initech: active"))
    flow = await flow.test(f"offboard start Initech {END} late_payment", says("Offboarding started for Initech"))
    await flow.test("offboard show Initech", says(END))


def mentioning_the_bot(text: str) -> Activity:
    return Activity().deserialize({
        "type": "message", "text": f"<at>{BOT['name']}</at> {text}",
        "entities": [{"type": "mention", "text": f"<at>{BOT['name']}</at>", "mentioned": BOT}]})


def staff_notice(*fragments: str):
    def check(activity: Activity, description=None):
        assert activity.conversation.id == STAFF_CHANNEL, activity.conversation.id
        for fragment in fragments:
            assert fragment in activity.text, activity.text
    return check


@pytest.mark.asyncio
async def test_mention_in_a_channel_is_stripped_before_the_core_sees_it(bot):
    adapter = adapter_for(bot, chat("19:service-desk@thread.tacv2;messageid=42", "channel"))
    await adapter.test(mentioning_the_bot("offboard list"), says("Acme Dental: transition"))
    assert bot.storage.recent_interactions(limit=1)[0]["text"] == "offboard list"


@pytest.mark.asyncio
async def test_client_conversation_answers_by_phase_and_tells_the_staff_channel(bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    adapter = adapter_for(bot, chat(ACME_CHAT, "groupChat", sender=DANA, tenant=CLIENT_TENANT))
    await add_bot_to_staff_channel(adapter)

    flow = await adapter.test("Why are you ending our contract?", says("Hi Dana", "invoices"))
    await flow.assert_reply(staff_notice("Client message answered", "Acme Dental", "transition"))


@pytest.mark.asyncio
async def test_someone_from_another_tenant_is_a_client_not_staff(bot):
    adapter = adapter_for(bot, chat("a:1on1-dana", sender=DANA, tenant=CLIENT_TENANT))
    flow = await adapter.test(f"offboard start Initech {END}", says("only available to the Northwind IT team"))
    await (await flow.send("how do I tell Acme Dental we're ending?")).assert_no_reply(timeout=200)
    assert bot.clients.get("Initech")["phase"] == "active"


@pytest.mark.asyncio
async def test_coaching_asked_in_a_client_conversation_goes_to_the_staff_channel(bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    adapter = adapter_for(bot, chat(ACME_CHAT, "groupChat"))
    await add_bot_to_staff_channel(adapter)

    def in_staff_channel(activity, description=None):
        staff_notice("Priya Patel asked in Acme Dental's conversation")(activity)
        coaching("decisive", "Acme Dental")(activity)

    await adapter.test(mentioning_the_bot("how do I announce it?"), in_staff_channel)
