"""What clients being offboarded read: replies and drafts for what they asked, in their words. (Found reading
replies to messages from writers who never saw the templates.)"""
from dataclasses import replace

import pytest

from bot.message import CLIENT, IncomingMessage

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def config(config):
    return replace(config, reply_mode="auto")


def said(text: str, client: str) -> IncomingMessage:
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name="Dana Lee", audience=CLIENT,
                           client=client, conversation_id="C_" + client.split()[0].upper(), thread_id="t1")


def answer(decision) -> str:
    """What the client reads: the reply sent, or the one drafted for a person to approve."""
    return (decision.reply or decision.draft).text


def test_a_wrong_last_day_put_to_us_is_corrected_even_inside_our_closure(closed):
    text = answer(closed.handle(said("helo, our last day with you is 31 december yes? we want to be sure for castle tech",
                                     "Hooli Bakery")))
    assert "The last day of our support is Monday 4 January 2027, not Thursday 31 December" in text
    assert "won't be able to do the handover then" not in text
