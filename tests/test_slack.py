"""The Slack app end to end: signed Slack requests in, Web API calls out, the real Bolt app between."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.support.slack import BOT_USER, CLIENT_TEAM, CLIENT_USER, OUR_TEAM, STAFF_CHANNEL, STAFF_USER


@pytest.fixture
def config(config):
    """These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve)."""
    return replace(config, reply_mode="auto")

SECOND_CHANCE = "They said sorry and want another chance, should I reconsider?"
WHY = "Why are you ending our contract?"


def interactions(bot) -> list[dict]:
    return list(reversed(bot.storage.recent_interactions(limit=50)))


def posts(fake, channel=None):
    return [c.args for c in fake.calls("chat.postMessage") if channel is None or c.args["channel"] == channel]


def block_types(message: dict) -> list[str]:
    return [block["type"] for block in message.get("blocks", [])]


@pytest.fixture
def linked(bot):
    """Each seeded client with its own Slack Connect channel."""
    for name, channel in (("Acme Dental", "C0ACME"), ("Globex Logistics", "C0GLOBEX"), ("Initech", "C0INITECH")):
        bot.clients.link(name, "slack", channel)


# -- staff --------------------------------------------------------------------------------------
def test_a_staff_dm_gets_coaching_and_a_script_in_the_thread_with_feedback_buttons(slack, fake, bot):
    assert slack.dm(SECOND_CHANCE, ts="1712000000.000100").status == 200

    [reply] = posts(fake, "D0STAFF")
    assert reply["thread_ts"] == "1712000000.000100"
    assert block_types(reply)[0] == "header" and "Decisive" in reply["blocks"][0]["text"]["text"]
    assert any("```" in b["text"]["text"] for b in reply["blocks"] if b["type"] == "section")
    assert "Decisive" in reply["text"]  # the plain-text fallback for notifications
    [logged] = interactions(bot)
    assert (logged["platform"], logged["audience"], logged["principle"]) == ("slack", "staff", "decisive")
    buttons = reply["blocks"][-1]["elements"]
    assert [b["action_id"] for b in buttons] == ["feedback_helpful", "feedback_not_helpful"]
    assert {b["value"] for b in buttons} == {str(logged["id"])}


def test_a_mention_in_a_team_channel_is_answered_in_its_thread_without_the_mention(slack, fake, bot):
    slack.mention(SECOND_CHANCE, channel="C0GENERAL", ts="1712000000.000200")

    [reply] = posts(fake, "C0GENERAL")
    assert reply["thread_ts"] == "1712000000.000200"
    assert interactions(bot)[0]["text"] == SECOND_CHANCE
    assert not fake.calls("chat.postEphemeral")


def test_a_staff_mention_in_a_shared_channel_is_shown_only_to_that_person(slack, fake):
    slack.mention(SECOND_CHANCE, channel="C0SHARED", shared=True)

    [private] = fake.calls("chat.postEphemeral")
    assert (private.args["channel"], private.args["user"]) == ("C0SHARED", STAFF_USER)
    assert "Decisive" in private.args["text"]
    assert posts(fake) == []


def test_a_staff_mention_in_a_client_linked_channel_is_private_too(slack, fake, linked):
    slack.mention("How do I tell them the reason?", channel="C0ACME")

    assert [c.args["user"] for c in fake.calls("chat.postEphemeral")] == [STAFF_USER]
    assert posts(fake) == []


def test_staff_chatting_in_a_shared_channel_without_a_mention_is_left_alone(slack, fake, bot, linked):
    slack.event({"type": "message", "channel": "C0ACME", "channel_type": "channel", "user": STAFF_USER,
                 "team": OUR_TEAM, "text": "I'll look at the handover list tomorrow"}, shared=True)

    assert posts(fake) == [] and not fake.calls("chat.postEphemeral")
    assert interactions(bot) == []


# -- clients -----------------------------------------------------------------------------------
def test_a_client_in_transition_gets_the_client_wording_and_the_team_is_told(slack, fake, bot, linked):
    slack.client_says(WHY, channel="C0ACME", ts="1712000000.000300")

    [to_client] = posts(fake, "C0ACME")
    assert to_client["thread_ts"] == "1712000000.000300"
    assert set(to_client) == {"channel", "thread_ts", "text"}  # words only: no coaching, script or buttons
    logged = interactions(bot)[0]
    assert (logged["audience"], logged["client"], logged["action"]) == ("client", "Acme Dental", "reply")
    assert to_client["text"] == logged["reply_text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    [notice] = posts(fake, STAFF_CHANNEL)
    assert "Dana Reyes from Acme Dental (transition)" in notice["text"]
    assert "I answered for us" in notice["text"]


def test_an_ended_client_is_answered_by_phase_and_the_team_is_told(slack, fake, bot, linked):
    slack.client_says("We would like to come back, can we sign up again on the old terms?", channel="C0GLOBEX")

    assert len(posts(fake, "C0GLOBEX")) == 1
    logged = interactions(bot)[0]
    assert (logged["client"], logged["principle"], logged["action"]) == ("Globex Logistics", "decisive", "reply")
    [notice] = posts(fake, STAFF_CHANNEL)
    assert "Globex Logistics (ended)" in notice["text"]


def test_an_active_clients_channel_gets_no_word_from_the_bot(slack, fake, bot, linked):
    slack.client_says("the label printer in dispatch is offline again", channel="C0INITECH")

    assert posts(fake) == []
    assert interactions(bot)[0]["action"] == "ignore"


def test_an_active_client_asking_why_we_end_their_contract_reaches_staff_not_the_bot(slack, fake, bot, linked):
    slack.client_says(WHY, channel="C0INITECH")

    assert posts(fake, "C0INITECH") == []
    [notice] = posts(fake, STAFF_CHANNEL)
    assert notice["blocks"][0]["text"]["text"] == "A person needs to answer"
    assert interactions(bot)[0]["action"] == "handoff"


def test_someone_external_in_an_unlinked_channel_is_handed_to_a_person(slack, fake, bot):
    slack.client_says(WHY, channel="C0UNKNOWN")

    assert posts(fake, "C0UNKNOWN") == []
    [notice] = posts(fake, STAFF_CHANNEL)
    assert notice["blocks"][0]["text"]["text"] == "A person needs to answer"
    assert interactions(bot)[0]["action"] == "handoff"


def test_a_client_never_sees_coaching_even_when_mentioning_the_bot(slack, fake, linked):
    text = f"<@{BOT_USER}> {WHY}"
    slack.client_says(text, channel="C0ACME", ts="1712000000.000400")
    # Slack also delivers the mention as an app_mention event: it must not add a staff answer.
    slack.event({"type": "app_mention", "channel": "C0ACME", "user": CLIENT_USER, "team": CLIENT_TEAM,
                 "user_team": CLIENT_TEAM, "text": text, "ts": "1712000000.000400"}, shared=True)

    [to_client] = posts(fake, "C0ACME")
    assert "Ready to send" not in to_client["text"] and "blocks" not in to_client
    assert not fake.calls("chat.postEphemeral")


def test_a_client_typing_a_staff_command_is_politely_refused(slack, fake, bot, linked):
    slack.client_says("offboard cancel Acme Dental", channel="C0ACME")

    [to_client] = posts(fake, "C0ACME")
    assert "only available to the Northwind IT team" in to_client["text"]
    assert bot.clients.find("Acme Dental")["phase"] == "transition"


def test_one_auto_reply_per_client_thread(slack, fake, bot, linked):
    slack.client_says(WHY, channel="C0ACME", ts="1712000000.000500")
    slack.client_says(WHY, channel="C0ACME", ts="1712000000.000501", thread_ts="1712000000.000500")

    assert len(posts(fake, "C0ACME")) == 1
    notices = posts(fake, STAFF_CHANNEL)
    assert len(notices) == 2 and "already auto-replied" in notices[1]["text"]


def test_nothing_a_client_types_can_ping_anyone_through_the_staff_channel(slack, fake, linked):
    slack.client_says(f"{WHY} <!channel> <@{STAFF_USER}> <https://evil.example|click> &amp; more",
                      channel="C0ACME")

    sent = fake.posted_texts()
    for markup in ("<!channel>", f"<@{STAFF_USER}>", "<https://evil.example"):
        assert markup not in sent
    [notice] = posts(fake, STAFF_CHANNEL)
    assert "&lt;!channel&gt;" in notice["text"] and "&amp; more" in notice["text"]


# -- what is not a conversation -----------------------------------------------------------------
def test_retries_and_duplicate_deliveries_get_one_reply(slack, fake):
    first = slack.dm(SECOND_CHANCE, event_id="Ev0SAME")
    retried = slack.dm(SECOND_CHANCE, event_id="Ev0SAME", retry=1)

    assert (first.status, retried.status) == (200, 200)
    assert len(posts(fake)) == 1


@pytest.mark.parametrize("event", [
    {"subtype": "bot_message", "bot_id": "B0OTHER", "text": SECOND_CHANCE},
    {"bot_id": "B0OTHER", "user": "U0OTHERBOT", "text": SECOND_CHANCE},
    {"user": BOT_USER, "bot_id": "B0BOT", "text": SECOND_CHANCE},
    {"subtype": "message_changed", "message": {"user": STAFF_USER, "text": SECOND_CHANCE}},
    {"subtype": "message_deleted", "previous_message": {"user": STAFF_USER, "text": SECOND_CHANCE}},
    {"subtype": "channel_join", "user": STAFF_USER, "text": f"<@{STAFF_USER}> has joined the channel"},
], ids=["bot_message", "other_bot", "ourselves", "edit", "delete", "join"])
def test_bots_edits_deletions_and_joins_are_ignored(slack, fake, bot, event):
    slack.event({"type": "message", "channel": "D0STAFF", "channel_type": "im", "team": OUR_TEAM, **event})

    assert posts(fake) == []
    assert interactions(bot) == []
