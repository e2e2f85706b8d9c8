"""Files shared with the bot: it never opens them, and says so.

A member of staff who drops a file in a DM with no words is told the bot can't read files and what to
ask instead (not the general "what I can help with" text). A client who shares one is handed to a
person: the staff notice names the file (name and type, never content), quotes nothing when they wrote
nothing, and no reply is drafted from an empty message.
"""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
import pytest_asyncio

from bot.message import DRAFT, HANDOFF, REPLY, SharedFile
from tests.support.slack import CLIENT_TEAM, CLIENT_USER, STAFF_CHANNEL
from tests.support.teams import ACME_CHAT, CLIENT_TENANT, DANA, STAFF_CHANNEL as TEAMS_STAFF, bot_added, message, \
    post, start_teams

REPORT = SharedFile("handover-notes.pdf", "PDF")


# -- the core, through the reference adapter -------------------------------------------------------
def test_a_file_alone_from_staff_gets_a_plain_answer_about_files(transcript):
    turn = transcript.staff("", files=[REPORT])
    turn.replies("handover-notes.pdf", "can't open files").staff_not_told()
    assert turn.decision.action == REPLY
    assert "what I can help with" not in turn.deliveries[0].text


def test_a_file_with_a_question_from_staff_is_answered_from_the_question(transcript):
    transcript.staff("how do I tell Acme Dental we're ending the contract?", files=[REPORT]) \
        .replies("Acme Dental")


def test_a_file_alone_from_a_client_goes_to_a_person_naming_the_file_and_quoting_nothing(transcript):
    turn = transcript.client("Acme Dental", "", files=[REPORT])
    turn.no_reply().staff_told("shared a file: handover-notes.pdf (PDF)", "can't open files")
    assert turn.decision.action == HANDOFF and turn.decision.draft is None
    notice = [d.text for d in turn.deliveries if d.to == "staff"][0]
    assert "wrote:" not in notice and "\n> \n" not in notice and not notice.rstrip().endswith(">")
    assert "Draft reply" not in notice  # nothing to draft a reply to


def test_a_client_file_with_words_is_still_handed_to_a_person_with_their_words_quoted(transcript, bot):
    turn = transcript.client("Acme Dental", "here is the signed letter, why are you doing this?",
                             files=[REPORT, SharedFile("scan.png", "image/png")])
    turn.no_reply().staff_told("> here is the signed letter", "2 files: handover-notes.pdf (PDF), scan.png (image/png)")
    assert turn.decision.action == HANDOFF


def test_a_file_from_an_active_client_is_left_to_the_help_desk(transcript):
    transcript.client("Initech", "", files=[REPORT]).no_reply().staff_not_told()


# -- Slack ----------------------------------------------------------------------------------------
SLACK_FILE = {"id": "F0REPORT", "name": "handover-notes.pdf", "title": "handover-notes.pdf", "filetype": "pdf",
              "pretty_type": "PDF", "mimetype": "application/pdf", "url_private": "https://files.example/F0REPORT"}


def test_slack_a_file_dropped_in_a_staff_dm_gets_the_files_answer(slack, fake):
    slack.dm("", subtype="file_share", files=[SLACK_FILE])
    [answer] = fake.calls("chat.postMessage")
    assert "handover-notes.pdf" in answer.args["text"] and "can't open files" in answer.args["text"]
    assert "what I can help with" not in json.dumps(answer.args)


def test_slack_a_client_file_reaches_the_staff_channel_as_a_named_file(slack, fake, bot):
    bot.clients.link("Acme Dental", "slack", "C0ACME")
    # Slack's older upload events said who uploaded what in the text: that is not the client's words.
    slack.client_says(f"<@{CLIENT_USER}|dana> uploaded a file: <https://files.example/F0REPORT|handover-notes.pdf>",
                      subtype="file_share", files=[SLACK_FILE])
    [notice] = [c.args for c in fake.calls("chat.postMessage") if c.args["channel"] == STAFF_CHANNEL]
    shown = json.dumps(notice)
    assert "shared a file: handover-notes.pdf (PDF)" in shown
    assert "uploaded a file" not in shown and "files.example" not in shown
    assert [c.args for c in fake.calls("chat.postMessage") if c.args["channel"] == "C0ACME"] == []


# -- Teams ----------------------------------------------------------------------------------------
TEAMS_FILE = {"contentType": "application/vnd.microsoft.teams.file.download.info", "name": "handover-notes.pdf",
              "contentUrl": "https://contoso.sharepoint.example/handover-notes.pdf",
              "content": {"downloadUrl": "https://download.example/x", "uniqueId": "1", "fileType": "pdf"}}
TEAMS_HTML = {"contentType": "text/html", "content": "<div>the message as HTML</div>"}


@pytest_asyncio.fixture
async def teams(bot, connector, teams_config):
    client = await start_teams(bot)
    await post(client, bot_added(connector.url))
    yield client
    await client.close()


@pytest.fixture
def config(teams_config):
    return teams_config


@pytest.mark.asyncio
async def test_teams_a_file_alone_in_a_personal_chat_gets_the_files_answer(teams, connector):
    activity = message(None, connector.url)
    activity["attachments"] = [TEAMS_FILE]
    await post(teams, activity)
    [answer] = connector.sent
    assert "handover-notes.pdf" in answer.text and "can't open files" in answer.text


@pytest.mark.asyncio
async def test_teams_a_client_file_in_their_channel_reaches_staff_named_never_opened(teams, connector, bot):
    bot.clients.link("Acme Dental", "teams", ACME_CHAT)
    activity = message("", connector.url, conversation=ACME_CHAT, conversation_type="channel", sender=DANA,
                       tenant=CLIENT_TENANT)
    activity["attachments"] = [TEAMS_HTML, TEAMS_FILE, {"contentType": "reference", "name": "budget.xlsx",
                                                        "contentUrl": "https://contoso.sharepoint.example/b.xlsx"}]
    await post(teams, activity)
    [notice] = connector.to(TEAMS_STAFF)
    assert "2 files: handover-notes.pdf \\(pdf\\), budget.xlsx" in notice.text  # markdown escaped for Teams
    assert "sharepoint" not in notice.text and "the message as HTML" not in notice.text
    assert connector.to(ACME_CHAT) == []
