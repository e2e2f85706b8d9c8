"""The handover checklist in Slack and Teams: checkboxes and a card with toggles, driven through
the real Bolt app and the real botbuilder adapter against the local fakes."""
from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from bot.adapters.console import ConsoleSession
from bot.checklist import DONE, OPEN
from tests.support.calendar import instant
from tests.support.slack import CLIENT_TEAM, CLIENT_USER, GUEST_USER, OUR_TEAM, STAFF_USER
from tests.support.teams import CLIENT_TENANT, DANA, bot_added, message, post, start_teams

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def config(teams_config):
    """Our Teams tenant and staff channel configured (the Slack settings are added by its fixture)."""
    return teams_config


@pytest.fixture
def teams(teams_with_staff_channel):
    return teams_with_staff_channel


def item(bot, key, client="Acme Dental"):
    return next(i for i in bot.checklists.view(bot.clients.get(client)).items if i.key == key)


def events(bot, client="Acme Dental"):
    return bot.storage.checklist_events(bot.storage.open_checklist(bot.clients.get(client)["id"])["id"])


# -- Slack -----------------------------------------------------------------------------------
def tick(slack, block_id, action_id, selected, *, user=STAFF_USER, team=OUR_TEAM, home=False, channel="D0STAFF"):
    """A checkbox click as Slack posts it: block_actions with the element's selected options."""
    container = {"type": "view", "view_id": "V0HOME"} if home else {
        "type": "message", "channel_id": channel, "is_ephemeral": False, "message_ts": "1700000000.000001"}
    payload = {"type": "block_actions", "user": {"id": user, "team_id": team}, "api_app_id": "A0APP",
               "team": {"id": OUR_TEAM}, "container": container, "trigger_id": "1.2.abc",
               "actions": [{"type": "checkboxes", "action_id": action_id, "block_id": block_id,
                            "selected_options": selected, "action_ts": "1712000000.1"}]}
    if not home:
        payload.update(channel={"id": channel}, response_url=slack.fake.response_url("tick"))
    return slack.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def checkbox_blocks(blocks, client="Acme Dental"):
    """{action_id: (block_id, element)} for every checkbox of one client's in a message or view."""
    found = {}
    for block in blocks:
        elements = [block["accessory"]] if "accessory" in block else block.get("elements", [])
        for element in elements:
            if element.get("type") == "checkboxes" and json.loads(block["block_id"].split(":", 1)[1])[0] == client:
                found[element["action_id"]] = (block["block_id"], element)
    return found


def test_the_checklist_answer_in_slack_has_a_checkbox_per_item_and_a_tick_changes_the_record_once(slack, fake, bot):
    slack.dm("offboard checklist Acme Dental")
    [post_] = fake.wait_for("chat.postMessage")
    boxes = checkbox_blocks(post_.args["blocks"])
    assert "checklist_tick:data-export" in boxes and "initial_options" not in boxes["checklist_tick:data-export"][1]
    assert "checklist_tick:access-removed" not in boxes  # ours to remove: no box before the end date
    assert "*2. Data export delivered (or the external drive ready to collect)*" in json.dumps(post_.args["blocks"])

    block_id, element = boxes["checklist_tick:data-export"]
    tick(slack, block_id, element["action_id"], element["options"])

    assert item(bot, "data-export").state == DONE
    [event] = events(bot)
    assert (event["by_id"], event["by_name"], event["platform"]) == (STAFF_USER, "Sam Patel", "slack")
    [refreshed] = [c.args for c in fake.calls("response_url")]
    assert refreshed["replace_original"] is True
    assert checkbox_blocks(refreshed["blocks"])["checklist_tick:data-export"][1]["initial_options"]
    logged = bot.storage.recent_interactions(limit=1)[0]
    assert logged["text"] == "/offboard check 'Acme Dental' data-export done" and logged["platform"] == "slack"

    tick(slack, block_id, element["action_id"], [])  # unticked: open again
    assert item(bot, "data-export").state == OPEN and len(events(bot)) == 2


def test_a_slack_tick_on_a_removal_item_before_the_end_date_is_refused_and_explained(slack, fake, bot):
    slack.dm("offboard checklist Acme Dental")
    block_id = checkbox_blocks(fake.wait_for("chat.postMessage")[0].args["blocks"])["checklist_tick:data-export"][0]
    tick(slack, block_id, "checklist_tick:access-removed", [{"text": {"type": "plain_text", "text": "Done"},
                                                           "value": "done"}])  # forged: no such box is shown
    assert item(bot, "access-removed").state == OPEN and events(bot) == []
    said = [c.args for c in fake.calls("response_url")]
    refusal = next(args for args in said if args.get("response_type") == "ephemeral")
    assert refusal["text"].startswith("Not yet: item 8") and refusal["replace_original"] is False


@pytest.mark.parametrize("user, team", [(CLIENT_USER, CLIENT_TEAM), (GUEST_USER, OUR_TEAM)])
def test_someone_outside_the_team_cannot_tick_in_slack(slack, fake, bot, user, team):
    block_id = 'checklist:["Acme Dental",2]'
    tick(slack, block_id, "checklist_tick:data-export", [{"value": "done"}], user=user, team=team)
    assert item(bot, "data-export").state == OPEN and events(bot) == []
    [refusal] = [c.args for c in fake.calls("response_url")]  # no refreshed checklist for them
    assert "only available to the Northwind IT team" in refusal["text"] and "blocks" not in refusal


def test_the_app_home_offers_the_open_items_and_a_tick_there_publishes_it_again(slack, fake, bot):
    slack.open_home()
    [first] = fake.wait_for("views.publish")
    boxes = checkbox_blocks(first.args["view"]["blocks"])
    assert len(boxes) == 8 and "checklist_tick:access-removed" not in boxes  # all open but our removals
    assert len(checkbox_blocks(first.args["view"]["blocks"], "Globex Logistics")) == 11  # ended: all of them
    assert "Checklist: 0/11 done" in json.dumps(first.args["view"])

    block_id, element = boxes["checklist_tick:domains"]
    tick(slack, block_id, element["action_id"], element["options"], home=True)

    assert item(bot, "domains").state == DONE
    second = fake.wait_for("views.publish", 2)[1]
    still = checkbox_blocks(second.args["view"]["blocks"])
    assert "checklist_tick:domains" not in still and len(still) == 7
    assert "Checklist: 1/11 done" in json.dumps(second.args["view"])


def test_a_refused_tick_in_the_app_home_is_explained_on_top(slack, fake, bot):
    tick(slack, 'checklist:["Acme Dental"]', "checklist_tick:agents-removed", [{"value": "done"}], home=True)
    [published] = fake.wait_for("views.publish")
    assert "Not yet: item 10" in json.dumps(published.args["view"]["blocks"][1])
    assert item(bot, "agents-removed").state == OPEN


def test_the_slash_command_answers_with_the_checkboxes_privately(slack, fake):
    slack.command("checklist Acme Dental")
    [answer] = [c.args for c in fake.calls("response_url")]
    assert answer["response_type"] == "ephemeral"
    assert "checklist_tick:sign-off" in checkbox_blocks(answer["blocks"])


def test_a_note_with_markup_is_shown_as_text_in_slack(slack, fake, bot):
    ConsoleSession(bot).feed("offboard check Acme Dental 2 done '<!channel> *now* {{ 7*7 }}'")
    slack.dm("offboard checklist Acme Dental")
    blocks = json.dumps(fake.wait_for("chat.postMessage")[0].args["blocks"])
    assert "Note: &lt;!channel&gt; *now* {{ 7*7 }}" in blocks and "<!channel>" not in blocks


# -- Teams ------------------------------------------------------------------------------------
def toggles(card) -> dict:
    def walk(elements):
        for element in elements:
            if element.get("type") == "Input.Toggle":
                yield element["id"], element
            yield from walk(element.get("items", []))
    return dict(walk(card["body"]))


def submitted(card, **moved) -> dict:
    """What Teams posts on Save: the card's data and every toggle's value, some moved."""
    values = {id_: toggle["value"] for id_, toggle in toggles(card).items()}
    return {**card["actions"][0]["data"], **values, **{f"item:{key.replace('_', '-')}": v for key, v in moved.items()}}


@pytest.mark.asyncio
async def test_the_teams_card_has_a_toggle_per_item_and_save_changes_the_record_once(teams, connector, bot):
    await post(teams, message("offboard checklist Acme Dental", connector.url))
    [answer] = connector.to("a:1on1-priya")
    card = answer.card
    assert card["actions"][0]["title"] == "Save changes"
    assert toggles(card)["item:data-export"]["value"] == "false" and "item:access-removed" not in toggles(card)

    await post(teams, message(None, connector.url, value=submitted(card, data_export="true")))
    assert item(bot, "data-export").state == DONE
    [event] = events(bot)
    assert (event["by_id"], event["by_name"], event["platform"]) == ("aad-priya", "Priya Patel", "teams")
    saved = connector.to("a:1on1-priya")[-1]
    assert "Marked done: 2. Data export delivered" in saved.text
    assert toggles(saved.card)["item:data-export"]["value"] == "true"

    await post(teams, message(None, connector.url, value=submitted(card, data_export="true")))  # the same card again
    assert len(events(bot)) == 1 and "already done by Priya Patel" in connector.to("a:1on1-priya")[-1].text


@pytest.mark.asyncio
async def test_a_stale_teams_card_changes_only_what_was_moved_on_it(teams, connector, bot):
    await post(teams, message("offboard checklist Acme Dental", connector.url))
    card = connector.to("a:1on1-priya")[0].card
    ConsoleSession(bot).feed("offboard check Acme Dental credentials")  # a colleague, meanwhile

    await post(teams, message(None, connector.url, value=submitted(card, domains="true")))
    assert item(bot, "domains").state == DONE and item(bot, "credentials").state == DONE
    assert [e["platform"] for e in events(bot)] == ["console", "teams"]


@pytest.mark.asyncio
async def test_someone_outside_the_team_cannot_save_a_teams_card(teams, connector, bot):
    await post(teams, message("offboard checklist Acme Dental", connector.url))
    card = connector.to("a:1on1-priya")[0].card
    await post(teams, message(None, connector.url, conversation="a:1on1-dana", sender=DANA, tenant=CLIENT_TENANT,
                              value=submitted(card, data_export="true")))
    assert item(bot, "data-export").state == OPEN and events(bot) == []
    [refusal] = connector.to("a:1on1-dana")
    assert "only available to the Northwind IT team" in refusal.text and refusal.card is None


@pytest.mark.asyncio
async def test_console_slack_and_teams_tick_the_same_record(teams, connector, slack, fake, bot):
    ConsoleSession(bot).feed("offboard check Acme Dental 1")
    tick(slack, 'checklist:["Acme Dental",2]', "checklist_tick:data-export", [{"value": "done"}])
    await post(teams, message("offboard checklist Acme Dental", connector.url))
    card = connector.to("a:1on1-priya")[0].card
    assert [k for k, t in toggles(card).items() if t["value"] == "true"] == ["item:new-provider", "item:data-export"]
    await post(teams, message(None, connector.url, value=submitted(card, credentials="true")))

    assert [(e["platform"], e["to_state"]) for e in events(bot)] == [("console", DONE), ("slack", DONE),
                                                                      ("teams", DONE)]
    assert bot.checklists.view(bot.clients.get("Acme Dental")).progress.startswith("3/11 done")
    assert all(e["at"].startswith(instant().date().isoformat()) for e in events(bot))
