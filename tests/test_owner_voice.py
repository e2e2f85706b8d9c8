"""A hand-off draft is sent by the account owner: it speaks in their voice ("I'll come back to you") and is
signed with their name, never naming them in the third person; a draft no rule can turn keeps the team's voice."""
from dataclasses import replace

import pytest

from bot.message import CLIENT, HANDOFF, IncomingMessage
from responses.owner_voice import in_owner_voice
from tests.support.records import add_hooli, add_vandelay

TEAM_SIGNED = "Hello,\n\n{body}\n\nKind regards,\nThe Northwind IT team"


@pytest.fixture
def config(config):
    return replace(config, reply_mode="auto")


def said(text, client):
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name="Dana Lee", audience=CLIENT,
                           client=client, conversation_id="C_" + client.split()[0].upper(), thread_id="t1")


def the_draft(notice: str) -> str:
    quoted = notice.split("Draft reply (check it, then send):\n", 1)[1]
    return "\n".join(line.removeprefix("> ").removeprefix(">") for line in quoted.splitlines() if line.startswith(">"))


@pytest.mark.parametrize("body,expected", [
    ("Thank you for your message. Priya Shah, who looks after your account, will come back to you on this shortly.",
     "Thank you for your message. I'll come back to you on this shortly."),
    ("Priya Shah looks after your account and is the best person to talk to about the end of our agreement.",
     "I look after your account and am the best person to talk to about the end of our agreement."),
    ("If you'd like to talk it through, Priya Shah, who looks after your account, is happy to call you.",
     "If you'd like to talk it through, I'm happy to call you."),
    ("If you'd like to talk it through, just reply and we'll arrange a call with Priya Shah, who looks after your account.",
     "If you'd like to talk it through, just reply and I'll arrange a call."),
    # (a message passed to the one who signs has reached them: "we've passed your message to me" reads as a slip)
    ("Thank you for telling us your side of this; we've passed your message to Priya Shah, who looks after your account.",
     "Thank you for telling us your side of this; I've read your message myself."),
    # (after a comma, the account named once is enough: "..., I look after Globex Logistics' account and will" reads garbled)
    ("If something that belongs to Globex Logistics is missing from the handover documentation, Priya Shah, who looks after "
     "Globex Logistics' account, will check and send it.",
     "If something that belongs to Globex Logistics is missing from the handover documentation, I'll check and send it."),
])
def test_the_owner_speaks_in_the_first_person_and_signs(body, expected):
    letter = in_owner_voice(TEAM_SIGNED.format(body=body), "Priya Shah", "Northwind IT")
    assert letter == f"Hello,\n\n{expected}\n\nKind regards,\nPriya Shah\nNorthwind IT"


def test_a_mention_no_rule_turns_keeps_the_teams_voice():
    letter = TEAM_SIGNED.format(body="Priya Shah asked us to reply, and we'll come back to you shortly.")
    assert in_owner_voice(letter, "Priya Shah", "Northwind IT") == letter


def test_a_handed_off_message_is_drafted_for_the_owner_to_send_as_herself(bot):
    decision = bot.handle(said("We're not happy, we want to speak to someone senior about this decision.", "Acme Dental"))
    assert decision.action == HANDOFF
    owner = bot.clients.get("Acme Dental")["account_owner"]
    draft = the_draft(decision.staff_notice.text)
    assert draft.endswith(f"Kind regards,\n{owner}\nNorthwind IT") and owner not in draft.rsplit("Kind regards", 1)[0]


def test_with_no_owner_on_record_the_draft_is_the_teams(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("We're not happy, we want to speak to someone senior about this decision.", "Hooli Bakery"))
    assert the_draft(decision.staff_notice.text).endswith("Kind regards,\nThe Northwind IT team")


def test_a_formal_draft_signed_yours_faithfully_is_signed_by_the_owner_too():
    letter = ("Dear Sir or Madam,\n\nWe've passed it to our management team, and Priya Shah, who looks after your account, "
              "will reply to you directly.\n\nYours faithfully,\nThe Northwind IT team")
    assert in_owner_voice(letter, "Priya Shah", "Northwind IT").endswith(
        "and I'll reply to you directly.\n\nYours faithfully,\nPriya Shah\nNorthwind IT")


def test_a_client_asking_if_the_owner_is_still_around_hears_yes_from_her(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("is priya still around? need to ask about our licence renewals", "Vandelay Imports"))
    assert the_draft(decision.staff_notice.text).split("\n\n")[1].startswith("Yes, I'm still here.")



def test_details_sent_to_the_owner_are_sent_to_her_never_passed_to_me():
    letter = ("Hello,\n\nPlease send your new provider's details to us by replying to this message, and we'll pass them to "
              "Priya Shah, who looks after your account.\n\nKind regards,\nThe Northwind IT team")
    assert in_owner_voice(letter, "Priya Shah", "Northwind IT").startswith(
        "Hello,\n\nPlease send your new provider's details to us by replying to this message.\n")
