"""Who the Teams bot trusts and what it lets a client read, over HTTP against the fake connector:
staff only when positively ours, staff-only answers kept out of client conversations,
reminders that can't be hijacked by a display name, client text shown to staff as typed."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot.adapters.teams.cards import notice_text
from bot.adapters.teams.delivery import person_key
from bot.adapters.teams.server import teams_notifier
from tests.support.teams import (ACME_CHAT, PRIYA_CHAT, CLIENT_TENANT, DANA, OUR_TENANT, PRIYA, QUICK, STAFF_CHANNEL, bot_added,
    message, post, start_teams)

@pytest.fixture
def config(teams_config):
    """These tests run with our tenant and staff channel configured."""
    # These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve).
    return replace(teams_config, reply_mode="auto")


OMAR = {"id": "29:omar", "name": "Omar Haddad", "aadObjectId": "aad-omar"}
STAFF_ONLY = "only available to the Northwind IT team"


def in_acme_chat(text: str, connector, sender: dict = PRIYA, tenant: str = OUR_TENANT) -> dict:
    """A message in the group chat shared with Acme Dental; staff @mention the bot there."""
    return message(text, connector.url, conversation=ACME_CHAT, conversation_type="groupChat",
                   sender=sender, tenant=tenant, mention=tenant == OUR_TENANT)


# -- 1. staff only when positively ours ---------------------------------------------------
@pytest.mark.asyncio
async def test_with_our_tenant_unknown_nobody_may_run_commands_and_a_warning_says_why(bot, connector, caplog):
    bot.config = replace(bot.config, teams_tenant_id="")  # and the bot has not joined the staff channel yet
    client = await start_teams(bot)
    with caplog.at_level(logging.WARNING, logger="partingways.teams"):
        await post(client, message("offboard cancel Acme Dental", connector.url, conversation="a:1on1-dana",
                                   sender=DANA, tenant=CLIENT_TENANT))
        await post(client, message("offboard list", connector.url))
    await client.close()

    assert all(STAFF_ONLY in sent.text for sent in connector.sent) and len(connector.sent) == 2
    assert bot.clients.get("Acme Dental")["phase"] == "transition"
    warnings = [r.getMessage() for r in caplog.records if "tenant is unknown" in r.getMessage()]
    assert len(warnings) == 1 and "Set MicrosoftAppTenantId" in warnings[0]


# -- 2. staff-only answers never land where a client reads ------------------------------------
@pytest.mark.asyncio
async def test_a_command_run_in_a_client_conversation_is_answered_in_the_askers_1on1_chat(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    await post(teams, bot_added(connector.url))
    await post(teams, message("hello", connector.url))  # Priya has a 1:1 chat with the bot
    await post(teams, in_acme_chat("offboard show Acme Dental", connector))

    assert connector.to(ACME_CHAT) == [] and connector.to(STAFF_CHANNEL) == []
    private = connector.to(PRIYA_CHAT)[-1]
    assert private.reply_to_id is None and "Phase: transition" in private.text
    assert "Acme Dental's conversation" in private.text


@pytest.mark.asyncio
async def test_without_a_1on1_chat_the_answer_goes_to_the_staff_channel(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    await post(teams, bot_added(connector.url))
    await post(teams, in_acme_chat("offboard show Acme Dental", connector, sender=OMAR))

    assert connector.to(ACME_CHAT) == []
    [answer] = connector.to(STAFF_CHANNEL)
    assert "Omar Haddad asked in Acme Dental's conversation" in answer.text and "Phase: transition" in answer.text


@pytest.mark.asyncio
async def test_with_nowhere_private_to_answer_the_conversation_gets_only_a_neutral_line(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)  # no staff channel, no 1:1 chat yet
    await post(teams, in_acme_chat("offboard show Acme Dental", connector, sender=OMAR))
    await post(teams, in_acme_chat("how do I tell them we're ending?", connector, sender=OMAR))

    texts = [sent.text for sent in connector.to(ACME_CHAT)]
    assert len(texts) == 2 and all("1:1 chat" in text for text in texts)
    assert all(sent.card is None for sent in connector.sent)
    assert not any(word in text for text in texts for word in ("Phase", "transition", "Acme", "Decisive"))


# -- 3. reminders reach the colleague, whoever borrows their name ------------------------------
@pytest.mark.parametrize("impostor", [
    dict(conversation="a:1on1-dana", sender={**DANA, "name": PRIYA["name"]}, tenant=CLIENT_TENANT),
    dict(conversation="a:1on1-guest", tenant=OUR_TENANT,
         sender={"id": "29:guest", "name": PRIYA["name"], "aadObjectId": "aad-guest", "userRole": "guest"}),
])
@pytest.mark.asyncio
async def test_an_outsider_with_a_colleagues_name_cannot_take_over_their_reminders(teams, connector, bot, impostor):
    await post(teams, message("hello", connector.url))                  # the real Priya
    await post(teams, message("hello", connector.url, **impostor))      # someone else, same display name

    notifier = teams_notifier(bot, policy=QUICK)
    await notifier.notify_person_async(PRIYA["aadObjectId"], "Acme Dental: one week left.")
    await notifier.notify_person_async(PRIYA["id"], "Time to send the handover pack.")

    assert [sent.text for sent in connector.to(impostor["conversation"]) if sent.reply_to_id is None] == []
    assert [sent.text for sent in connector.to(PRIYA_CHAT)][-2:] == [
        "Acme Dental: one week left.", "Time to send the handover pack."]
    sender = impostor["sender"]
    assert bot.storage.conversation_ref("teams", person_key(PRIYA["name"])) is None  # names address nobody
    assert bot.storage.conversation_ref("teams", person_key(sender["id"])) is None
    assert bot.storage.conversation_ref("teams", person_key(sender["aadObjectId"])) is None


# -- 4. client text reaches staff as typed, not as Teams markdown -------------------------------
@pytest.mark.asyncio
async def test_a_link_written_by_a_client_reaches_staff_as_text(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    await post(teams, bot_added(connector.url))
    await post(teams, in_acme_chat("[Reset your password](https://evil.example/reset) **now**", connector,
                                   sender={**DANA, "name": "# Dana_IT"}, tenant=CLIENT_TENANT))

    [notice] = connector.to(STAFF_CHANNEL)
    assert "[Reset your password](" not in notice.text
    assert r"\[Reset your password\]\(https://evil.example/reset\) \*\*now\*\*" in notice.text
    assert r"\# Dana\_IT from Acme Dental" in notice.text
    assert notice.text.startswith("**Client message answered**\n\n")  # our own formatting stays


@pytest.mark.parametrize("quoted, shown", [
    ("- not a list", r"> \- not a list"),
    ("1. not a list", r"> 1\. not a list"),
    ("> not a nested quote", r"> \> not a nested quote"),
    ("`code` ~strike~ a|b _c_ \\", r"> \`code\` \~strike\~ a\|b \_c\_ \\"),
])
def test_markdown_in_quoted_client_text_is_escaped_but_our_quote_marker_kept(quoted, shown):
    assert notice_text(f"Dana wrote:\n> {quoted}").endswith(shown)


@pytest.mark.parametrize("text", ["x" * 100_000, "é<" * 40_000, "line\n" * 20_000])
def test_text_too_long_for_teams_is_cut_with_a_visible_mark_and_never_mid_entity(text):
    from bot.adapters.teams.cards import TEXT_BYTES_LIMIT, teams_text
    shown = teams_text(text)
    assert len(shown.encode("utf-8")) <= TEXT_BYTES_LIMIT
    assert shown.endswith("(cut short: too long for a Teams message)")
    body = shown.rsplit("\n\n…", 1)[0]
    assert body.count("&") == body.count("&lt;")
