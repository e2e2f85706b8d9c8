"""Hostile and odd input through the core: nothing escapes, everything is logged, nothing is evaluated.

Hypothesis mixes free text with fragments people (or attackers) really send:
platform markup, template syntax, SQL, control characters, lone surrogates,
right-to-left and emoji, plus staff commands.
"""
import re
import shlex

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from bot.adapters.slack.blocks import plain_message
from bot.adapters.teams.cards import teams_text
from bot.clients import ClientError, Clients
from bot.commands import parse_command_text
from bot.message import CLIENT, COMMAND, STAFF, IncomingMessage
from bot.storage import Storage

SLACK_TEXT_LIMIT = 40_000
TEAMS_BYTES_LIMIT = 28_000

# Template syntax whose evaluated output never occurs in the raw text itself.
EVALUATED = {
    "{{ 'zq' ~ 'xj' }}": "zqxj",
    "{{ 'qq' * 3 }}": "qqqqqq",
    "{% for i in range(3) %}zk{% endfor %}": "zkzkzk",
    "{{ facts.client_name }}{{ self.__init__.__globals__ }}": "__builtins__",
}
FRAGMENTS = [
    "", " ", "\t\n\r", "\x00", "\x07\x1b[31m", "\ud800", "\udfff lone", "🙂👋🏽🏳️‍🌈", "مرحبا، متى ينتهي العقد؟",
    "\u202egnp.exe", "שלום", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C999|general>",
    "<at>Parting Ways</at>", "<https://evil.example|click>", "*bold* _it_ ~x~ `code`", "```block```",
    "'; DROP TABLE interactions; --", "\" OR 1=1 --", "%s %d {0} {name}", "\\", "\"unbalanced",
    "offboard", "/offboard list", "offboard show", "offboard add", "offboard start Acme Dental +30",
    "Acme Dental", "acme dental", "Globex Logistics", "Initech", "why are you ending our contract?",
    "can we have our backups", "my printer is jammed", "we'll pay more to stay", "you'll hear from our lawyer",
    *EVALUATED,
]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=8).map("".join)
senders = st.sampled_from([(STAFF, None), (STAFF, "Acme Dental"), (CLIENT, "Acme Dental"),
                           (CLIENT, "Globex Logistics"), (CLIENT, "Initech"), (CLIENT, None), ("robot", None)])
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def interactions(bot) -> int:
    return bot.storage.db.execute("SELECT count(*) FROM interactions").fetchone()[0]


def message(text, audience, client, thread="t1"):
    return IncomingMessage(text=text, platform="slack", sender_id="U_FUZZ", sender_name="Fuzz Tester",
                           audience=audience, client=client, conversation_id="C_FUZZ", thread_id=thread)


def assert_sendable(reply):
    """Valid UTF-8 (no lone surrogates, no NUL), and within every platform's limits once its
    adapter has laid it out (the limits belong to the adapters, not the core)."""
    if reply is None:
        return
    for text in (reply.text, reply.title, reply.coaching, reply.script):
        text.encode("utf-8")
        assert "\x00" not in text
    assert len(plain_message(reply.text)["text"]) <= SLACK_TEXT_LIMIT
    assert len(teams_text(reply.text).encode("utf-8")) <= TEAMS_BYTES_LIMIT


def assert_handled(bot, text, audience, client):
    before = interactions(bot)
    decision = bot.handle(message(text, audience, client))
    assert interactions(bot) == before + 1
    assert decision.interaction_id is not None
    # A command's error is the user's typo, answered politely; any other error is a crash caught late.
    assert decision.error is None or decision.action == COMMAND, decision.error
    for reply in (decision.reply, decision.staff_notice):
        assert_sendable(reply)
        if reply is not None:
            for syntax, evaluated in EVALUATED.items():
                assert evaluated not in reply.text or evaluated in text
    if audience != STAFF:
        assert decision.reply is None or decision.reply.audience == CLIENT
    return decision


@FUZZ
@given(text=hostile_text, sender=senders)
def test_any_text_from_anyone_is_answered_logged_and_never_evaluated(bot, text, sender):
    audience, client = sender
    for syntax, evaluated in EVALUATED.items():
        assume(evaluated not in text)
    assert_handled(bot, text, audience, client)


@pytest.mark.parametrize("audience, client",
                         [(STAFF, None), (CLIENT, "Acme Dental"), (CLIENT, "Globex Logistics")])
@pytest.mark.parametrize("text", [
    "why are you ending our contract? " * 3_000,  # ~100k characters
    "x" * 100_000,
    "{{ 'qq' * 3 }}" * 7_000,
    "offboard show " + "A" * 100_000,
    "offboard add " + "Acme " * 20_000,
    "offboard end Acme Dental " + "9" * 100_000,  # the bad date is echoed back in the answer
    "\x00\ud800" * 50_000,
])
def test_huge_messages_are_answered_within_platform_limits(bot, text, audience, client):
    decision = assert_handled(bot, text, audience, client)
    logged = bot.storage.interaction(decision.interaction_id)
    assert len(logged["text"]) <= 100_000


@FUZZ
@given(text=hostile_text)
def test_staff_commands_with_hostile_arguments_answer_instead_of_failing(bot, text):
    decision = assert_handled(bot, "offboard " + text, STAFF, None)
    assert decision.action in (COMMAND, "reply")


# -- the fast paths answer exactly as the straightforward code did ----------------------------
def reference_parse_command_text(text):
    try:
        words = shlex.split(text.strip())
    except ValueError:
        words = text.strip().split()
    if not words or words[0].lower().lstrip("/") != "offboard":
        return None
    return words[1:]


command_like = st.lists(st.sampled_from(["off", "board", "offboard", "OFFBOARD", "/", "'", '"', "\\", " ", "x",
                                         "list", "\t"]), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(command_like, hostile_text))
@example(text="off\\board list")
@example(text="'off''board' show Acme")
@example(text='"/Offboard" list')
@example(text='off"board')
def test_command_detection_matches_a_full_shell_split(text):
    assert parse_command_text(text) == reference_parse_command_text(text)


def reference_mentioned_in(clients, text):
    lowered = text.lower()
    # a channel's name joins words with hyphens or underscores: "#acme-dental" names Acme Dental
    as_words = re.sub(r"(?<=[a-z0-9])[-_](?=[a-z0-9])", " ", lowered)
    names = [r[0] for r in clients.storage.db.execute("SELECT name FROM clients")]
    for name in sorted(names, key=len, reverse=True):
        pattern = r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)"
        if re.search(pattern, lowered) or re.search(pattern, as_words):
            return name
    return None


NAME_PARTS = ["acme", "Acme", "dental", "group", "a.b", "c++", "ärzte", "ÄRZTE", "(uk)", "it", "1st"]
names = st.lists(st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=3).map(" ".join), max_size=8)
mention_text = st.lists(st.sampled_from(NAME_PARTS + [" ", ", ", "-", "x", "_"]), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(client_names=names, text=mention_text)
@example(client_names=["acme dental", "dental group"], text="acme dental group")
@example(client_names=["acme", "acme dental"], text="acme, then acme dental")
@example(client_names=["it", "1st it"], text="it and 1st it")
@example(client_names=["acme"], text="acme_acme")
@example(client_names=["acme dental"], text="#acme-dental")
def test_client_mentions_match_searching_each_name_longest_first(client_names, text):
    storage = Storage(":memory:")
    clients = Clients(storage)
    for name in client_names:
        try:
            clients.add(name)
        except ClientError:
            pass  # a duplicate of an earlier name
    found = clients.mentioned_in(text)
    assert (found["name"] if found else None) == reference_mentioned_in(clients, text)
    storage.close()


def test_a_client_added_by_another_process_is_recognised_in_mentions(open_bot, config):
    from bot.core import Bot
    bot = open_bot(config)
    assert bot.clients.mentioned_in("how do I tell Umbrella Corp?") is None
    other = Storage(config.db_path)  # e.g. `python app.py clients add` while the bot runs
    Clients(other).add("Umbrella Corp", status="transition", end_date="2099-01-01", notice_date="2026-01-01")
    other.close()
    assert bot.clients.mentioned_in("how do I tell Umbrella Corp?")["name"] == "Umbrella Corp"
    bot.storage.close()
