"""/offboard, the feedback buttons and the App Home tab, through the real Bolt app."""
from __future__ import annotations

import sys
import types
from dataclasses import replace

import pytest

from bot.core import Bot
from tests.support.slack import CLIENT_TEAM, STAFF_USER, running_app

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


def responses(fake):
    return [c.args for c in fake.calls("response_url")]


def only_response(fake) -> dict:
    [response] = responses(fake)
    assert response["response_type"] == "ephemeral"
    return response


# -- /offboard ------------------------------------------------------------------------------------
def test_start_gives_notice_and_answers_only_the_sender(slack, fake, bot):
    assert slack.command("start Initech +30 scope_creep").status == 200

    assert "Offboarding started for Initech" in only_response(fake)["text"]
    assert bot.clients.find("Initech")["phase"] == "transition"


def test_link_ties_the_channel_the_command_was_typed_in_to_the_client(slack, fake, bot):
    slack.command("link Acme Dental", channel="C0NEWSHARED")

    assert "now linked to Acme Dental" in only_response(fake)["text"]
    assert bot.clients.for_channel("slack", "C0NEWSHARED")["name"] == "Acme Dental"


def test_list_shows_every_client_and_its_phase(slack, fake):
    slack.command("list")

    text = only_response(fake)["text"]
    for line in ("Acme Dental: transition", "Globex Logistics: ended", "Initech: active"):
        assert line in text


@pytest.mark.parametrize("text, expected", [
    ("show Umbrella", "I don't know a client called 'Umbrella'"),
    ("start Initech someday", "'someday' is not a date I understand"),
    ("start Initech", "When is the last day of support?\nUsage: start &lt;client&gt; &lt;end-date&gt;"),
    ("frobnicate", "I don't know the command 'frobnicate'"),
])
def test_mistakes_get_the_reason_and_the_usage_privately(slack, fake, bot, text, expected):
    slack.command(text)

    assert expected in only_response(fake)["text"]
    assert bot.clients.find("Initech")["phase"] == "active"


def test_someone_from_the_clients_workspace_cannot_run_offboard(slack, fake, bot):
    slack.command("cancel Acme Dental", user="U0DANA", team=CLIENT_TEAM)

    assert "only available to the Northwind IT team" in only_response(fake)["text"]
    assert bot.clients.find("Acme Dental")["phase"] == "transition"
    assert bot.storage.recent_interactions(limit=1)[0]["action"] == "deny"


def test_with_an_admin_list_only_admins_change_records(open_bot, config, fake):
    bot = open_bot(replace(config, admins=("U0ADMIN",)))
    bot.clients.add("Initech")
    with running_app(bot, config, fake) as slack:
        slack.command("start Initech +30")
        slack.command("list")
        slack.command("start Initech +30", user="U0ADMIN")
    refused, listed, started = (r["text"] for r in responses(fake))
    assert "Only the offboarding admins" in refused
    assert "Initech" in listed
    assert "Offboarding started for Initech" in started
    bot.storage.close()


# -- feedback ---------------------------------------------------------------------------------------
def _coaching_answer(slack, fake) -> dict:
    slack.dm("How do I tell Acme Dental the real reason is late payment?")
    return fake.wait_for("chat.postMessage")[0].args


def test_a_helpful_click_is_stored_and_the_buttons_become_a_thank_you(slack, fake, bot):
    answer = _coaching_answer(slack, fake)
    button = answer["blocks"][-1]["elements"][0]

    assert slack.click(button["action_id"], button["value"],
                       message={"type": "message", "text": answer["text"], "blocks": answer["blocks"]}).status == 200

    assert bot.storage.interaction(int(button["value"]))["feedback"] == "helpful"
    [updated] = responses(fake)
    assert updated["replace_original"] is True
    assert "actions" not in [b["type"] for b in updated["blocks"]]
    assert updated["blocks"][-1]["elements"][0]["text"] == "Thanks for the feedback."
    assert updated["blocks"][0] == answer["blocks"][0]


def test_a_click_on_a_private_answer_is_stored_and_thanked_privately(slack, fake, bot):
    slack.mention("How do I tell them the real reason is late payment?", channel="C0SHARED", shared=True)
    button = fake.wait_for("chat.postEphemeral")[0].args["blocks"][-1]["elements"][1]

    slack.click(button["action_id"], button["value"], ephemeral=True, channel="C0SHARED")

    assert bot.storage.interaction(int(button["value"]))["feedback"] == "not_helpful"
    [thanks] = responses(fake)
    assert (thanks["text"], thanks["response_type"], thanks["replace_original"]) == \
        ("Thanks for the feedback.", "ephemeral", False)


# -- App Home ----------------------------------------------------------------------------------------
def _published_home(slack, fake) -> str:
    slack.event({"type": "app_home_opened", "user": STAFF_USER, "channel": "D0STAFF", "tab": "home"})
    [published] = fake.calls("views.publish")
    assert published.args["user_id"] == STAFF_USER and published.args["view"]["type"] == "home"
    return str(published.args["view"]["blocks"])


def test_app_home_lists_clients_in_transition_or_recently_ended_and_recent_talk(slack, fake, monkeypatch):
    reminders = types.ModuleType("bot.reminders.runner")
    reminders.next_due = lambda bot, name: "2026-12-04: one week before the end date" if name == "Acme Dental" else None
    monkeypatch.setitem(sys.modules, "bot.reminders.runner", reminders)
    slack.dm("They offered a bigger retainer if we stay")

    home = _published_home(slack, fake)

    assert "*Acme Dental*: transition" in home and "*Globex Logistics*: ended" in home
    assert "Initech" not in home
    assert "Next reminder: 2026-12-04: one week before the end date" in home
    assert "They offered a bigger retainer if we stay" in home


def test_app_home_still_works_without_the_reminders_module(slack, fake, monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.reminders.runner", None)  # importing it now fails

    home = _published_home(slack, fake)

    assert "*Acme Dental*: transition" in home and "Next reminder" not in home


def test_app_home_fits_slacks_block_limit_with_many_clients(slack, fake, bot):
    for number in range(150):
        bot.clients.add(f"Client {number:03}", status="transition", end_date="+20")

    slack.event({"type": "app_home_opened", "user": STAFF_USER, "channel": "D0STAFF", "tab": "home"})

    assert len(fake.calls("views.publish")[0].args["view"]["blocks"]) <= 100
