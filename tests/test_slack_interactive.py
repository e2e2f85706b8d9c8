"""Every interactive payload Slack sends is acknowledged: a click on a button the bot does not know
(an old message, another version's card, a forged action id), a modal it did not open, a shortcut or a
menu's option request gets a 200 and, where Slack lets the bot speak, a polite note; never HTTP 404,
which Slack shows the person as an error."""
from __future__ import annotations

import json
from urllib.parse import urlencode

from tests.support.slack import OUR_TEAM, STAFF_USER


def notes(fake) -> list[dict]:
    return [c.args for c in fake.calls("response_url")]


def test_a_click_on_a_button_that_is_not_ours_gets_a_polite_note_only_the_clicker_sees(slack, fake):
    answer = slack.click("approve_expense", "42", block_id="legacy")
    assert answer.status == 200
    [note] = notes(fake)
    assert note["response_type"] == "ephemeral" and note.get("replace_original") in (False, "false", None)
    assert "isn't one I know" in note["text"] and "Nothing was changed" in note["text"]


def test_a_select_menu_that_is_not_ours_is_acknowledged_too(slack, fake):
    payload = {"type": "block_actions", "user": {"id": STAFF_USER, "team_id": OUR_TEAM}, "api_app_id": "A0APP",
               "team": {"id": OUR_TEAM}, "channel": {"id": "D0STAFF"}, "response_url": fake.response_url("menu"),
               "container": {"type": "message", "channel_id": "D0STAFF", "message_ts": "1.2"}, "trigger_id": "1.2.x",
               "actions": [{"type": "static_select", "action_id": "pick_colour", "block_id": "b",
                            "selected_option": {"value": "blue", "text": {"type": "plain_text", "text": "Blue"}}}]}
    slack.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    assert "isn't one I know" in notes(fake)[0]["text"]


def test_a_modal_the_bot_did_not_open_is_closed_with_a_note_instead_of_an_error(slack, fake):
    view = {"type": "modal", "callback_id": "someone_elses_form", "private_metadata": "",
            "title": {"type": "plain_text", "text": "Old form"}, "blocks": []}
    answer = slack.submit_view(view, {})
    assert answer.status == 200
    reply = json.loads(answer.body)
    assert reply["response_action"] == "update"
    assert "isn't one I know" in json.dumps(reply["view"])


def test_a_closed_modal_a_shortcut_and_an_options_request_are_acknowledged(slack, fake):
    closed = {"type": "view_closed", "team": {"id": OUR_TEAM}, "user": {"id": STAFF_USER, "team_id": OUR_TEAM},
              "api_app_id": "A0APP", "view": {"id": "V1", "callback_id": "whatever", "type": "modal"},
              "is_cleared": False}
    shortcut = {"type": "shortcut", "callback_id": "make_coffee", "team": {"id": OUR_TEAM},
                "user": {"id": STAFF_USER, "team_id": OUR_TEAM}, "api_app_id": "A0APP", "trigger_id": "1.2.y"}
    options = {"type": "block_suggestion", "action_id": "find_client", "block_id": "b", "value": "ac",
               "team": {"id": OUR_TEAM}, "user": {"id": STAFF_USER, "team_id": OUR_TEAM}, "api_app_id": "A0APP",
               "container": {"type": "message"}}
    for payload in (closed, shortcut, options):
        slack.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    answer = slack.post(urlencode({"payload": json.dumps(options)}), "application/x-www-form-urlencoded")
    assert json.loads(answer.body) == {"options": []}


def test_our_own_buttons_still_reach_their_handlers(slack, fake, bot):
    """The catch-all comes after the specific listeners: a feedback click is still a vote."""
    interaction = bot.storage.log_interaction(platform="slack", audience="staff", text="q", action="reply",
                                              principle="decisive", conversation_id="D0STAFF", sender_id=STAFF_USER)
    slack.click("feedback_helpful", str(interaction))
    assert bot.storage.interaction(interaction)["feedback"] == "helpful"
    assert all("isn't one I know" not in note.get("text", "") for note in notes(fake))
