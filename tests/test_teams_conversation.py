"""Conversations with the Teams bot in-process, on botbuilder's TestAdapter (no HTTP)."""
from __future__ import annotations

import pytest
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.adapters.teams import TeamsBot
from fake_connector import BOT, CLIENT_TENANT, DANA, OUR_TENANT, PRIYA, STAFF_CHANNEL, teams_config  # noqa: F401

PRIYA_CHAT = "a:1on1-priya"
ACME_CHAT = "19:acme-shared@thread.v2"


def account(person: dict) -> ChannelAccount:
    return ChannelAccount(id=person["id"], name=person["name"], aad_object_id=person.get("aadObjectId"))


def chat(conversation: str = PRIYA_CHAT, kind: str = "personal", sender: dict = PRIYA,
         tenant: str = OUR_TENANT) -> Activity:
    """What every message in one Teams conversation has in common."""
    return Activity(channel_id="msteams", service_url="https://smba.example/teams/",
                    from_property=account(sender), recipient=ChannelAccount(id=BOT["id"], name=BOT["name"]),
                    conversation=ConversationAccount(id=conversation, conversation_type=kind,
                                                     is_group=kind != "personal"),
                    channel_data={"tenant": {"id": tenant}})


def adapter_for(bot, template: Activity) -> TestAdapter:
    return TestAdapter(TeamsBot(bot).on_turn, template)


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


async def add_bot_to_staff_channel(adapter: TestAdapter) -> None:
    await adapter.send(Activity(type="conversationUpdate", members_added=[ChannelAccount(id=BOT["id"])],
                                conversation=ConversationAccount(id=STAFF_CHANNEL, conversation_type="channel",
                                                                 is_group=True)))


@pytest.mark.asyncio
async def test_staff_question_in_a_personal_chat_gets_coaching(bot):
    adapter = adapter_for(bot, chat())
    await adapter.test("how do I tell Acme Dental we're ending?", coaching("decisive", "Acme Dental"))


@pytest.mark.asyncio
async def test_staff_run_commands_by_typing_them(bot):
    adapter = adapter_for(bot, chat())
    flow = await adapter.test("offboard list", says("Acme Dental: transition", "Initech: active"))
    flow = await flow.test("offboard start Initech 2026-12-31 late_payment", says("Offboarding started for Initech"))
    await flow.test("offboard show Initech", says("2026-12-31"))


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
    flow = await adapter.test("offboard start Initech 2026-12-31", says("only available to the Northwind IT team"))
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
