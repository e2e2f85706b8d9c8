"""Drafted replies in Teams, end to end: Activity JSON posted to the real botbuilder adapter, sends
and card updates caught by the fake Bot Framework connector."""
from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest
import pytest_asyncio

from bot.adapters.teams.drafts import draft_card
from bot.core import Bot
from bot.drafts import MAX_REPLY_CHARS
from tests.support.records import seed_clients
from tests.support.teams import (ACME_CHAT, CLIENT_TENANT, DANA, OUR_TENANT, PRIYA, STAFF_CHANNEL, bot_added, message,
                                 post, start_teams)

WHY = "Why are you ending our contract?"
GUEST = {"id": "29:gus", "name": "Gus Guest", "aadObjectId": "aad-gus", "role": "guest"}


@pytest.fixture
def config(teams_config):
    return teams_config  # approve mode: what a new installation starts with


@pytest_asyncio.fixture
async def teams(bot, connector):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    client = await start_teams(bot)
    await post(client, bot_added(connector.url))
    yield client
    await client.close()


def from_client(text, connector, conversation=ACME_CHAT):
    return message(text, connector.url, conversation=conversation, conversation_type="groupChat",
                   sender=DANA, tenant=CLIENT_TENANT)


async def a_draft(teams, connector, text=WHY):
    await post(teams, from_client(text, connector))
    return connector.to(STAFF_CHANNEL)[-1]


def submit(card_post, connector, verb: str, *, sender=PRIYA, tenant=OUR_TENANT, data: dict | None = None, **inputs):
    """A click on one of the card's Action.Submit buttons, as Teams sends it (data forged when given)."""
    action = _submit_action(card_post.card, verb)
    value = {**(action["data"] if data is None else data), **inputs}
    card_id = card_post.activity.get("id") or "sent"
    return message(None, connector.url, conversation=f"{STAFF_CHANNEL};messageid={card_id}",
                   conversation_type="channel", sender=sender, tenant=tenant, value=value)


def _submit_action(card: dict, verb: str) -> dict:
    def walk(actions):
        for action in actions:
            if action["type"] == "Action.Submit":
                yield action
            yield from walk((action.get("card") or {}).get("actions", []))
    [found] = [a for a in walk(card.get("actions", [])) if a["data"]["verb"] == verb]
    return found


def texts(card: dict) -> str:
    def walk(items):
        for item in items:
            if item.get("type") == "TextBlock":
                yield item["text"]
            yield from walk(item.get("items", []))
    return "\n".join(walk(card["body"]))


def replies(connector) -> list[str]:
    return [s.text for s in connector.sent if s.reply_to_id is not None]


# -- approve mode -------------------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_a_client_message_becomes_a_draft_card_and_the_client_hears_nothing_yet(teams, connector, bot):
    card_post = await a_draft(teams, connector)

    assert connector.to(ACME_CHAT) == []
    card = card_post.card
    assert card_post.reply_to_id is None  # a new post in the staff channel
    assert "Drafted reply for Acme Dental" in texts(card) and WHY.replace("?", "?") in texts(card)
    assert "Principle: honest" in texts(card) and "explain\\_reason" in texts(card) and "% sure" in texts(card)
    assert [a["title"] for a in card["actions"]] == ["Send", "Edit", "Don't send"]
    edit_box = card["actions"][1]["card"]["body"][0]
    assert edit_box["type"] == "Input.Text" and edit_box["value"].startswith("Hi Dana")
    [draft] = bot.drafts.open("teams")
    assert (draft.card_channel, draft.card_message_id) == (STAFF_CHANNEL, "sent-" + draft.card_message_id[5:])


@pytest.mark.asyncio
async def test_send_posts_once_to_the_client_and_updates_the_card(teams, connector, bot):
    card_post = await a_draft(teams, connector)
    [draft] = bot.drafts.open("teams")

    await post(teams, submit(card_post, connector, "send"))

    [sent] = connector.to(ACME_CHAT)
    assert sent.reply_to_id is None and sent.text.startswith("Hi Dana") and "invoices" in sent.text
    [update] = connector.updated
    assert (update.conversation_id, update.reply_to_id) == (STAFF_CHANNEL, draft.card_message_id)
    updated = update.activity["attachments"][0]["content"]
    assert "actions" not in updated and "Sent by Priya Patel at" in texts(updated)
    assert bot.drafts.get(draft.id).status == "sent"


@pytest.mark.asyncio
async def test_edit_sends_the_text_typed_on_the_card(teams, connector, bot):
    card_post = await a_draft(teams, connector)
    typed = "Hi Dana,\nThe invoices kept arriving late; that's the whole reason.\nPriya"

    await post(teams, submit(card_post, connector, "edit", reply=typed))

    [sent] = connector.to(ACME_CHAT)
    assert sent.text == "Hi Dana,\n\nThe invoices kept arriving late; that's the whole reason.\n\nPriya"
    updated = connector.updated[0].activity["attachments"][0]["content"]
    assert "Edited and sent by Priya Patel" in texts(updated) and "Sent as edited" in texts(updated)
    assert bot.storage.draft(1)["final_text"] == typed


@pytest.mark.asyncio
async def test_dont_send_sends_nothing(teams, connector, bot):
    card_post = await a_draft(teams, connector)

    await post(teams, submit(card_post, connector, "drop", reason="I'll ring them"))

    assert connector.to(ACME_CHAT) == []
    updated = connector.updated[0].activity["attachments"][0]["content"]
    assert "Don't send" in texts(updated) and "I'll ring them" in texts(updated) and "actions" not in updated
    assert bot.drafts.get(1).status == "dropped"


# -- who may act --------------------------------------------------------------------------------------
@pytest.mark.asyncio
@pytest.mark.parametrize("sender, tenant", [(GUEST, OUR_TENANT), (DANA, CLIENT_TENANT)], ids=["guest", "other_tenant"])
@pytest.mark.parametrize("verb", ["send", "edit", "drop"])
async def test_an_outsiders_click_is_refused_politely_and_changes_nothing(teams, connector, bot, sender, tenant, verb):
    card_post = await a_draft(teams, connector)

    await post(teams, submit(card_post, connector, verb, sender=sender, tenant=tenant, reply="Stay with us!"))

    assert connector.to(ACME_CHAT) == [] and connector.updated == []
    assert "only the Northwind IT team" in replies(connector)[-1]
    assert len(bot.drafts.open("teams")) == 1


# -- first action wins --------------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_two_concurrent_sends_post_once(teams, connector, bot):
    card_post = await a_draft(teams, connector)
    connector.delay = 0.2

    await asyncio.gather(post(teams, submit(card_post, connector, "send")),
                         post(teams, submit(card_post, connector, "send")))

    assert len(connector.to(ACME_CHAT)) == 1
    assert connector.updated and all("Sent by Priya Patel" in texts(u.activity["attachments"][0]["content"])
                                     for u in connector.updated)
    [loser] = replies(connector)
    assert "sending this one right now" in loser or "Already handled" in loser


@pytest.mark.asyncio
async def test_a_restart_between_draft_and_send_still_sends_once(config, connector):
    first = Bot(config)
    seed_clients(first.clients)
    first.clients.link("Acme Dental", "teams", ACME_CHAT)
    client = await start_teams(first)
    await post(client, bot_added(connector.url))
    card_post = await a_draft(client, connector)
    await client.close()
    first.close()

    with Bot(config) as restarted:
        client = await start_teams(restarted)
        await post(client, submit(card_post, connector, "send"))
        await post(client, submit(card_post, connector, "send"))
        await client.close()

    [sent] = connector.to(ACME_CHAT)
    assert "invoices" in sent.text
    assert "Already handled: Sent by Priya Patel" in replies(connector)[-1]


# -- shadow -------------------------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_shadow_mode_never_sends(config, connector):
    shadow = replace(config, reply_mode="shadow")
    with Bot(shadow) as core:
        seed_clients(core.clients)
        core.clients.link("Acme Dental", "teams", ACME_CHAT)
        client = await start_teams(core)
        await post(client, bot_added(connector.url))
        card_post = await a_draft(client, connector)
        draft = core.drafts.get(1)
        forged = {"kind": "partingways.draft", "verb": "send", "draft": draft.id, "token": draft.token}
        await post(client, message(None, connector.url, conversation=f"{STAFF_CHANNEL};messageid=x",
                                   conversation_type="channel", value=forged))
        await client.close()

    assert connector.to(ACME_CHAT) == []
    assert "actions" not in card_post.card and "not sent" in texts(card_post.card)
    assert "shadow draft" in replies(connector)[-1]


# -- bad input ----------------------------------------------------------------------------------------
@pytest.mark.asyncio
async def test_a_forged_submit_naming_another_draft_changes_nothing(teams, connector, bot):
    first = await a_draft(teams, connector)
    await a_draft(teams, connector, "Can we come back on the old terms?")
    token_of_first = _submit_action(first.card, "send")["data"]["token"]

    forged = {"kind": "partingways.draft", "verb": "send", "draft": 2, "token": token_of_first}
    await post(teams, submit(first, connector, "send", data=forged))

    assert connector.to(ACME_CHAT) == [] and connector.updated == []
    assert "doesn't belong to this draft" in replies(connector)[-1]


@pytest.mark.asyncio
@pytest.mark.parametrize("draft_id", [999, "1 or 1=1", None, True, -1, [1]])
async def test_a_draft_that_does_not_exist_gets_a_clear_answer(teams, connector, bot, draft_id):
    first = await a_draft(teams, connector)

    await post(teams, submit(first, connector, "send", data={"kind": "partingways.draft", "verb": "send",
                                                              "draft": draft_id, "token": "x"}))

    assert connector.to(ACME_CHAT) == []
    assert "can't find a draft" in replies(connector)[-1]


@pytest.mark.asyncio
async def test_an_edit_of_50_kb_is_refused_and_the_draft_keeps_waiting(teams, connector, bot):
    card_post = await a_draft(teams, connector)

    await post(teams, submit(card_post, connector, "edit", reply="y" * 50_000))

    assert connector.to(ACME_CHAT) == [] and connector.updated == []
    assert "50,000 characters" in replies(connector)[-1]
    assert len(bot.drafts.open("teams")) == 1


@pytest.mark.asyncio
async def test_an_edit_with_markup_mentions_and_template_syntax_is_sent_as_typed(teams, connector, bot):
    card_post = await a_draft(teams, connector)
    typed = "<at>Everyone</at> [click](https://evil.example) **now** {{ company }} {% raw %}"

    await post(teams, submit(card_post, connector, "edit", reply=typed))

    [sent] = connector.to(ACME_CHAT)
    assert "<at>" not in sent.text and "&lt;at>" in sent.text
    assert "\\[click\\]\\(https://evil.example\\)" in sent.text and "\\*\\*now\\*\\*" in sent.text
    assert "{{ company }} {% raw %}" in sent.text
    assert bot.storage.draft(1)["final_text"] == typed


@pytest.mark.asyncio
async def test_a_click_after_expiry_sends_nothing_and_says_so(teams, connector, bot, pinned_clock):
    card_post = await a_draft(teams, connector)
    pinned_clock.advance(days=14)

    await post(teams, submit(card_post, connector, "send"))

    assert connector.to(ACME_CHAT) == []
    assert "Expired unanswered" in replies(connector)[-1]
    updated = connector.updated[0].activity["attachments"][0]["content"]
    assert "Expired unanswered" in texts(updated) and "actions" not in updated


@pytest.mark.asyncio
async def test_a_failed_send_leaves_the_draft_waiting_for_another_try(teams, connector, bot):
    card_post = await a_draft(teams, connector)
    connector.fail_next(403, times=1)

    await post(teams, submit(card_post, connector, "send"))

    assert connector.to(ACME_CHAT) == [] and "couldn't deliver" in replies(connector)[-1]
    assert "actions" in connector.updated[-1].activity["attachments"][0]["content"]
    await post(teams, submit(card_post, connector, "send"))
    assert len(connector.to(ACME_CHAT)) == 1 and bot.drafts.get(1).status == "sent"


# -- Adaptive Card validity ---------------------------------------------------------------------------
# The properties each element may carry in Adaptive Cards up to 1.5 (adaptivecards.io schema), for the
# elements these cards use; anything newer or misspelt would be dropped or break rendering in Teams.
COMMON = {"type", "id", "spacing", "separator", "isVisible", "requires", "fallback", "height"}
ALLOWED = {
    "AdaptiveCard": {"type", "version", "$schema", "fallbackText", "body", "actions", "speak", "lang",
                     "minHeight", "verticalContentAlignment", "selectAction", "backgroundImage"},
    "TextBlock": COMMON | {"text", "color", "fontType", "horizontalAlignment", "isSubtle", "maxLines", "size",
                           "weight", "wrap", "style"},
    "Container": COMMON | {"items", "style", "bleed", "minHeight", "selectAction", "verticalContentAlignment",
                           "backgroundImage", "rtl"},
    "Input.Text": COMMON | {"isMultiline", "maxLength", "placeholder", "style", "inlineAction", "regex", "value",
                            "label", "isRequired", "errorMessage"},
    "Action.Submit": {"type", "id", "title", "iconUrl", "style", "fallback", "requires", "data", "associatedInputs",
                      "isEnabled", "mode", "tooltip"},
    "Action.ShowCard": {"type", "id", "title", "iconUrl", "style", "fallback", "requires", "card", "isEnabled",
                        "mode", "tooltip"},
}


def assert_valid_card(card: dict, top: bool = True) -> None:
    assert card["type"] == "AdaptiveCard" and set(card) <= ALLOWED["AdaptiveCard"], set(card) - ALLOWED["AdaptiveCard"]
    if top:
        major, minor = (int(part) for part in card["version"].split("."))
        assert (major, minor) <= (1, 5)
        assert len(json.dumps(card).encode("utf-8")) < 28_000  # Teams' message size
    for element in _elements(card.get("body", [])):
        assert set(element) <= ALLOWED[element["type"]], (element["type"], set(element) - ALLOWED[element["type"]])
        if element["type"] == "Input.Text":
            assert element["id"] and len(element.get("value", "")) <= element["maxLength"]
    for action in card.get("actions", []):
        assert set(action) <= ALLOWED[action["type"]], set(action) - ALLOWED[action["type"]]
        assert action.get("style", "default") in ("default", "positive", "destructive")
        if action["type"] == "Action.ShowCard":
            assert_valid_card(action["card"], top=False)


def _elements(items):
    for item in items:
        yield item
        yield from _elements(item.get("items", []))


@pytest.mark.asyncio
async def test_cards_are_valid_for_teams_even_with_a_long_client_message_and_a_long_reply(teams, connector, bot):
    huge = ("Why are you ending our contract? <at>all</at> **now** " * 1000)[:40_000]
    card_post = await a_draft(teams, connector, huge)
    assert_valid_card(card_post.card)

    await post(teams, submit(card_post, connector, "edit", reply=("Thanks & goodbye. " * 400)[:MAX_REPLY_CHARS]))

    assert_valid_card(connector.updated[0].activity["attachments"][0]["content"])
    assert len(connector.to(ACME_CHAT)) == 1


def test_a_card_for_a_draft_longer_than_the_edit_box_stays_valid(bot):
    from bot.message import CLIENT, IncomingMessage
    decision = bot.handle(IncomingMessage(text=WHY, platform="teams", sender_id="x", audience=CLIENT,
                                          client="Acme Dental", conversation_id=ACME_CHAT))
    long = replace(decision.draft, text="word " * 3000)

    card = draft_card(long)

    assert_valid_card(card)
    assert len(card["actions"][1]["card"]["body"][0]["value"]) <= MAX_REPLY_CHARS


@pytest.mark.asyncio
async def test_a_proactive_send_teams_refuses_is_reported_not_swallowed(teams, connector, bot):
    """The adapter's on_turn_error used to swallow a failed proactive send, so it counted as sent
    (drafts and reminders alike)."""
    from bot.adapters.teams.server import teams_notifier
    from bot.notify import DeliveryError
    from tests.support.teams import QUICK
    connector.fail_next(403)

    with pytest.raises(DeliveryError, match="403"):
        await teams_notifier(bot, policy=QUICK).notify_staff_async("Acme Dental: one week left.")
