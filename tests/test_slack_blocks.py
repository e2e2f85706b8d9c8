"""Block Kit layouts stay inside Slack's limits and never turn user text into markup."""
from __future__ import annotations

import re

from bot.adapters.slack.blocks import (HEADER_LIMIT, MESSAGE_BLOCK_LIMIT, SECTION_LIMIT, TEXT_LIMIT, answer_message,
                                       escape, escape_keeping_quotes, notice_message, unescape)
from bot.message import CLIENT, REPLY, Decision, Reply

HALF_ENTITY = re.compile(r"&(a|am|amp|l|lt|g|gt)?$")


def texts(message: dict) -> list[str]:
    return [b["text"]["text"] for b in message["blocks"] if "text" in b]


def coaching(coaching: str, script: str = "Hello,\nThanks.", title: str = "Honest: name what went wrong") -> Decision:
    reply = Reply(text=f"{title}\n\n{coaching}\n\n{script}", title=title, coaching=coaching, script=script)
    return Decision(REPLY, principle="honest", reply=reply, interaction_id=7, feedback_enabled=True)


def test_escaping_turns_slack_markup_into_plain_characters_and_back():
    typed = "Hi <!channel> & <@U123>, see <https://evil.example|this>"

    assert escape(typed) == "Hi &lt;!channel&gt; &amp; &lt;@U123&gt;, see &lt;https://evil.example|this&gt;"
    assert unescape(escape(typed)) == typed


def test_quote_markers_survive_but_nothing_inside_them_can_ping():
    assert escape_keeping_quotes("Dana wrote:\n> <!here> pay later?") == "Dana wrote:\n> &lt;!here&gt; pay later?"


def test_a_huge_answer_fits_every_slack_limit_and_keeps_its_buttons():
    decision = coaching("Say it plainly & kindly. " * 3000, script="<Dear client> " * 4000, title="T" * 400)

    message = answer_message(decision)

    assert len(message["blocks"]) <= MESSAGE_BLOCK_LIMIT
    assert len(message["text"]) <= TEXT_LIMIT
    assert len(message["blocks"][0]["text"]["text"]) <= HEADER_LIMIT
    assert all(len(text) <= SECTION_LIMIT and not HALF_ENTITY.search(text) for text in texts(message))
    assert message["blocks"][-1]["type"] == "actions"
    assert "<Dear" not in str(message)


def test_a_client_reply_is_words_only_even_if_coaching_were_attached():
    reply = Reply(text="Thank you for your message.", coaching="internal: hold the line", script="draft",
                  audience=CLIENT)

    message = answer_message(Decision(REPLY, reply=reply, interaction_id=3, feedback_enabled=True))

    assert message == {"text": "Thank you for your message."}


def test_a_staff_notice_quoting_a_very_long_client_message_fits():
    notice = Reply(text="Dana from Acme wrote:\n> " + "&<>" * 5000 + "\nPlease answer them yourself.",
                   title="A person needs to answer")

    message = notice_message(notice, "C0ACME")

    assert len(message["blocks"]) <= MESSAGE_BLOCK_LIMIT and len(message["text"]) <= TEXT_LIMIT
    assert all(len(text) <= SECTION_LIMIT and not HALF_ENTITY.search(text) for text in texts(message))
    assert "<" not in "".join(texts(message)[1:]) and message["blocks"][-1]["elements"][0]["text"] == "In <#C0ACME>"
