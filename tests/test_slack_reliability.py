"""What Slack and the network do wrong: forged requests, slow work, rate limits, refused posts."""
from __future__ import annotations

import json
import logging
import time

import pytest

from bot.adapters.slack.app import SlackNotifier, web_client
from bot.notify import DeliveryError
from tests.support.slack import SIGNING_SECRET, STAFF_CHANNEL, STAFF_USER, running_app, slack_config

QUESTION = "They said sorry and want another chance, should I reconsider?"


def only_interaction(bot) -> dict:
    [row] = bot.storage.recent_interactions(limit=5)
    return row


def test_a_forged_or_stale_request_is_rejected_with_401(slack, fake, bot):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0FORGED", "event": {
        "type": "message", "channel": "D0STAFF", "channel_type": "im", "user": "U0STAFF", "text": QUESTION,
        "ts": "1712000000.000001"}})

    slack.post(body, "application/json", secret="not-" + SIGNING_SECRET, expect=401)
    slack.post(body, "application/json", timestamp=int(time.time()) - 600, expect=401)

    assert fake.calls("chat.postMessage") == [] and bot.storage.recent_interactions() == []


def test_the_request_url_check_is_answered_with_the_challenge(slack):
    answer = slack.post(json.dumps({"type": "url_verification", "token": "unused", "challenge": "abc123"}),
                        "application/json")

    assert answer.status == 200 and "abc123" in answer.body


def test_slack_gets_its_acknowledgement_before_slow_work_finishes(bot, config, fake):
    fake.delay("users.info", 2.0)  # Slack itself being slow while we prepare the answer
    with running_app(bot, config, fake, process_before_response=False) as slack:
        answer = slack.dm(QUESTION)
        assert answer.status == 200 and answer.seconds < 1.5  # well before the 2 s the reply needs
        [reply] = fake.wait_for("chat.postMessage")
    assert reply.args["channel"] == "D0STAFF"


def test_a_rate_limited_post_is_retried_after_retry_after(slack, fake, bot):
    fake.rate_limit("chat.postMessage", retry_after=1)

    answer = slack.dm(QUESTION)

    assert answer.seconds >= 1.0
    assert len(fake.calls("chat.postMessage")) == 2  # refused once, then delivered
    assert only_interaction(bot)["error"] is None


def test_a_staff_channel_the_app_is_not_in_is_logged_clearly_and_recorded(slack, fake, bot, caplog):
    fake.fail("chat.postMessage", "not_in_channel")

    with caplog.at_level(logging.ERROR, logger="partingways.slack"):
        slack.client_says("Why are you ending our contract?", channel="C0UNLINKED")

    assert fake.calls("chat.postMessage")[0].args["channel"] == STAFF_CHANNEL
    row = only_interaction(bot)
    assert row["action"] == "handoff" and "slack chat.postMessage: not_in_channel" in row["error"]
    assert "not_in_channel (invite the app to that channel" in caplog.text


def test_a_rejected_token_while_answering_is_logged_and_recorded(slack, fake, bot, caplog):
    fake.fail("chat.postMessage", "invalid_auth")

    with caplog.at_level(logging.ERROR, logger="partingways.slack"):
        slack.dm(QUESTION)

    row = only_interaction(bot)
    assert row["principle"] == "decisive" and "slack chat.postMessage: invalid_auth" in row["error"]
    assert "SLACK_BOT_TOKEN was rejected" in caplog.text


def test_without_a_staff_channel_the_missing_notice_is_recorded(bot, config, fake):
    with running_app(bot, config, fake, slack_staff_channel="") as slack:
        slack.client_says("Why are you ending our contract?", channel="C0UNLINKED")

    assert fake.calls("chat.postMessage") == []
    assert "SLACK_STAFF_CHANNEL is not set" in only_interaction(bot)["error"]


def test_the_notifier_for_reminders_reaches_a_person_and_reports_what_failed(config, fake):
    notifier = SlackNotifier(web_client(slack_config(config, fake)), STAFF_CHANNEL)

    notifier.notify_person(STAFF_USER, "Acme Dental's last day is Friday <!here>", "Reminder")
    fake.fail("chat.postMessage", "channel_not_found")
    with pytest.raises(DeliveryError, match="channel_not_found"):
        notifier.notify_staff("Handover checklist due", "Reminder")

    to_person, to_staff = fake.calls("chat.postMessage")
    assert to_person.args["channel"] == STAFF_USER and "&lt;!here&gt;" in to_person.args["text"]
    assert to_staff.args["channel"] == STAFF_CHANNEL
