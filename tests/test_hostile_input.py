"""Hostile and malformed input over every way in: the Slack endpoint, the Teams endpoint, the
console and `python app.py route`. Never a 5xx, never a traceback; one log line per refused
request; what was signed (or trusted) and still made no sense is in the interaction log."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.support.slack import FakeSlack, SIGNING_SECRET, STAFF_USER, running_app
from tests.support.teams import PRIYA, message, post

ROOT = Path(__file__).resolve().parent.parent
DEEP = "[" * 100_000 + "]" * 100_000
JSON, FORM = "application/json", "application/x-www-form-urlencoded"


_event_ids = iter(range(10**6))


def slack_event(event: dict, event_id: str | None = None) -> dict:
    event_id = event_id or f"Ev0HOSTILE{next(_event_ids)}"
    return {"type": "event_callback", "team_id": "T0OURS", "event_id": event_id, "event_time": 1,
            "authorizations": [{"team_id": "T0OURS", "user_id": "U0BOT", "is_bot": True}],
            "event": {"type": "message", "channel": "D0STAFF", "channel_type": "im", "user": STAFF_USER,
                      "ts": "1712000000.000001", **event}}


_triggers = iter(range(10**6))


def click(value, **payload) -> bytes:
    body = {"type": "block_actions", "user": {"id": STAFF_USER, "team_id": "T0OURS"}, "team": {"id": "T0OURS"},
            "container": {"type": "message", "channel_id": "D0STAFF"}, "trigger_id": f"1.{next(_triggers)}.x",
            "response_url": "http://127.0.0.1:9/respond", **payload,
            "actions": [{"type": "button", "action_id": "feedback_helpful", "value": value}]}
    return urlencode({"payload": json.dumps(body)}).encode()


def raw_post(url: str, data: bytes, content_type: str | None, *, sign: bool = True, timestamp: str | None = None,
             headers: dict | None = None) -> tuple[int, str]:
    stamp = timestamp if timestamp is not None else str(int(time.time()))
    sent = dict(headers or {})
    if content_type is not None:
        sent["Content-Type"] = content_type
    if sign:
        digest = hmac.new(SIGNING_SECRET.encode(), b"v0:" + stamp.encode() + b":" + data, hashlib.sha256).hexdigest()
        sent |= {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=" + digest}
    request = urllib.request.Request(url, data=data, method="POST", headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


# (name, body, content type, signed, expected status, logged as a rejected interaction)
SLACK_CASES = [
    # unsigned: refused before the body is read as anything
    ("unsigned null", b"null", JSON, False, 401, False),
    ("unsigned [1]", b"[1]", JSON, False, 401, False),
    ("unsigned non-UTF-8", b"\xff\xfe\xfa{", JSON, False, 401, False),
    ("unsigned deep nesting", DEEP.encode(), JSON, False, 401, False),
    ("unsigned payload=%7Bx", b"payload=%7Bx", FORM, False, 401, False),
    ("unsigned empty", b"", JSON, False, 401, False),
    ("unsigned NUL bytes", b"\x00" * 64, JSON, False, 401, False),
    ("over 1 MB", b"{" + b" " * (1024 * 1024) + b"}", JSON, True, 413, False),
    ("wrong content type", b'{"type": "url_verification", "challenge": "x"}', "text/plain", True, 415, False),
    ("multipart content type", b'{"type": "url_verification", "challenge": "x"}', "multipart/form-data; b=x", True,
     415, False),
    # signed, and still nonsense: 400, and the interaction log says so
    ("signed null", b"null", JSON, True, 400, True),
    ("signed [1]", b"[1]", JSON, True, 400, True),
    ("signed non-UTF-8", b"\xff\xfe\xfa{", JSON, True, 400, True),
    ("signed deep nesting", DEEP.encode(), JSON, True, 400, True),
    ("signed moderately deep", ("[" * 40 + "]" * 40).join(['{"a":', "}"]).encode(), JSON, True, 400, True),
    ("signed payload=%7Bx", b"payload=%7Bx", FORM, True, 400, True),
    ("signed empty", b"", JSON, True, 400, True),
    ("signed huge number", b'{"type": "event_callback", "event_id": 1' + b"0" * 5000 + b"}", JSON, True, 400, True),
    ("text is a number", json.dumps(slack_event({"text": 42})).encode(), JSON, True, 400, True),
    ("text is a list", json.dumps(slack_event({"text": ["hi"]})).encode(), JSON, True, 400, True),
    ("event is a string", json.dumps({**slack_event({}), "event": "x"}).encode(), JSON, True, 400, True),
    ("no event_id", json.dumps({k: v for k, v in slack_event({"text": "hi"}).items() if k != "event_id"}).encode(),
     JSON, True, 400, True),
    ("huge user id", json.dumps(slack_event({"text": "hi", "user": "U" * 100_000})).encode(), JSON, True, 400, True),
    ("authorizations not a list", json.dumps({**slack_event({"text": "hi"}), "authorizations": 7}).encode(),
     JSON, True, 400, True),
    ("unknown type", b'{"type": "something_else"}', JSON, True, 400, True),
    ("too many form fields", "&".join(f"f{n}=1" for n in range(500)).encode(), FORM, True, 400, True),
    ("click without actions", urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U1"}})})
     .encode(), FORM, True, 400, True),
]


def test_slack_refuses_hostile_requests_with_a_4xx_and_one_log_line(slack, fake, bot, caplog, subtests):
    for name, body, content_type, signed, status, logged in SLACK_CASES:
        with subtests.test(msg=name):
            caplog.clear()
            before = len(bot.storage.recent_interactions(limit=1000))
            with caplog.at_level(logging.INFO):
                answer, text = raw_post(slack.endpoint, body, content_type, sign=signed)

            assert answer == status, text
            assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)
            refusals = [r for r in caplog.records if r.levelno >= logging.WARNING]
            assert len(refusals) == 1 and "rejected a Slack request" in refusals[0].getMessage()
            rows = wait_for_rows(bot, before + logged)[:len(bot.storage.recent_interactions(limit=1000)) - before]
            assert [row["action"] for row in rows] == (["rejected"] if logged else [])
            if logged:
                assert rows[0]["error"].startswith("malformed slack request")
            assert fake.calls("chat.postMessage") == [] and fake.calls("chat.postEphemeral") == []


def wait_for_rows(bot, count: int, timeout: float = 3.0) -> list[dict]:
    """A rejected request is logged off the request path: wait (bounded) for `count` rows, newest first."""
    deadline = time.monotonic() + timeout
    while len(bot.storage.recent_interactions(limit=1000)) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.05 if not count else 0)
    return bot.storage.recent_interactions(limit=1000)


def test_slack_timestamp_that_is_not_a_number_is_a_401(slack, fake, caplog):
    body = json.dumps(slack_event({"text": "hi"})).encode()
    for stamp in ("soon", "1e9", "-5", "9" * 40, "\xb2\xb3", " 1712000000", ""):
        assert raw_post(slack.endpoint, body, JSON, timestamp=stamp)[0] == 401
    assert "Traceback" not in caplog.text and fake.calls("chat.postMessage") == []


def test_a_signed_malformed_event_sent_again_is_logged_once(slack, bot):
    body = json.dumps(slack_event({"text": 42}, event_id="Ev0TWICE")).encode()
    assert raw_post(slack.endpoint, body, JSON)[0] == 400
    assert raw_post(slack.endpoint, body, JSON, headers={"X-Slack-Retry-Num": "1"})[0] == 400
    time.sleep(0.2)
    assert [row["action"] for row in bot.storage.recent_interactions()] == ["rejected"]


def test_a_choice_click_for_an_interaction_that_cannot_exist_is_refused_politely(slack, fake, caplog, subtests):
    for number in ["9" * 40, "-3", "0"]:
        with subtests.test(msg=number[:20]):
            value = json.dumps({"i": int(number), "k": "client", "v": "Acme Dental"})
            payload = {"type": "block_actions", "user": {"id": STAFF_USER, "team_id": "T0OURS"},
                       "team": {"id": "T0OURS"}, "channel": {"id": "D0STAFF"}, "trigger_id": "1.9.x",
                       "container": {"type": "message", "channel_id": "D0STAFF", "message_ts": "1712000000.000200"},
                       "response_url": fake.response_url("choice"),
                       "actions": [{"type": "button", "action_id": "choice_0", "value": value}]}
            caplog.clear()
            assert raw_post(slack.endpoint, urlencode({"payload": json.dumps(payload)}).encode(), FORM)[0] == 200
            assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)
            assert "doesn't belong to a question asked in this conversation" in fake.posted_texts()


def test_a_feedback_click_with_a_value_that_is_no_interaction_counts_for_nothing(slack, fake, bot, caplog, subtests):
    for value in ["9" * 40, "-1", "0", "1.5", "", "١٢", "x" * 2000]:
        with subtests.test(msg=value[:20]):
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                assert raw_post(slack.endpoint, click(value), FORM)[0] == 200
            assert "Traceback" not in caplog.text
            assert "not counted" in caplog.text and fake.calls("response_url") == []


# -- Teams ------------------------------------------------------------------------------------------------
@pytest.fixture
def config(teams_config):
    return teams_config


def teams_cases(url: str) -> list[tuple]:
    fresh = lambda **changes: {**message("hello", url), **changes}  # noqa: E731 - its own id each time
    without = lambda *names: {k: v for k, v in fresh().items() if k not in names}  # noqa: E731
    execute = lambda **value: fresh(type="invoke", name="adaptiveCard/action", **value)  # noqa: E731
    return [
        # (name, body bytes, content type, status, logged)
        ("null", b"null", JSON, 400, True),
        ("[1]", b"[1]", JSON, 400, True),
        ("empty", b"", JSON, 400, True),
        ("non-UTF-8", b"\xff\xfe{", JSON, 400, True),
        ("deep nesting", DEEP.encode(), JSON, 400, True),
        ("NUL bytes", b"\x00" * 32, JSON, 400, True),
        ("over 1 MB", b"{" + b" " * (1024 * 1024) + b"}", JSON, 413, False),
        ("text/plain", json.dumps(fresh()).encode(), "text/plain", 415, True),
        ("without from", json.dumps(without("from")).encode(), JSON, 400, True),
        ("without conversation", json.dumps(without("conversation")).encode(), JSON, 400, True),
        ("without serviceUrl", json.dumps(without("serviceUrl")).encode(), JSON, 400, True),
        ("from is a string", json.dumps(fresh(**{"from": "29:x"})).encode(), JSON, 400, True),
        ("text is a number", json.dumps(fresh(text=42)).encode(), JSON, 400, True),
        ("huge id", json.dumps(fresh(id="1" * 100_000)).encode(), JSON, 400, True),
        ("entities not a list", json.dumps(fresh(entities={"type": "mention"})).encode(), JSON, 400, True),
        ("timestamp not a date", json.dumps(fresh(timestamp="yesterday-ish")).encode(), JSON, 400, True),
        ("unknown invoke", json.dumps(fresh(type="invoke", name="no/such")).encode(), JSON, 400, False),
        # Universal Actions errors, in that protocol's own answer shape
        ("adaptiveCard/action, not Execute", json.dumps(execute(value={"action": {"type": "Action.Submit"}}))
         .encode(), JSON, 400, False),
        ("adaptiveCard/action without value", json.dumps(execute()).encode(), JSON, 400, False),
    ]


@pytest.mark.asyncio
async def test_teams_refuses_hostile_activities_with_a_4xx_and_one_log_line(teams, connector, bot, caplog, subtests):
    for name, body, content_type, status, logged in teams_cases(connector.url):
        with subtests.test(msg=name):
            caplog.clear()
            before = len(bot.storage.recent_interactions(limit=1000))
            with caplog.at_level(logging.INFO):
                response = await teams.post("/api/messages", data=body, headers={"Content-Type": content_type})
                answer = await response.json()

            assert response.status == status
            assert "error" in answer or answer.get("type") == "application/vnd.microsoft.error" \
                and answer["value"]["message"]
            assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)
            refusals = [r for r in caplog.records if r.levelno >= logging.WARNING]
            assert len(refusals) == 1, [r.getMessage() for r in refusals]
            rows = bot.storage.recent_interactions(limit=1000)
            assert [row["action"] for row in rows[:len(rows) - before]] == (["rejected"] if logged else [])
            assert connector.sent == []


@pytest.mark.asyncio
async def test_teams_adaptive_card_execute_gets_a_serialisable_answer(teams, connector, caplog):
    execute = {**message(None, connector.url), "type": "invoke", "name": "adaptiveCard/action",
               "value": {"action": {"type": "Action.Execute", "verb": "feedback", "data": {"x": 1}}}}
    response = await post(teams, execute, expect=None)
    assert response.status < 500
    json.loads(await response.text())
    assert "Traceback" not in caplog.text


@pytest.mark.asyncio
async def test_teams_messages_are_acknowledged_before_their_turn_and_answered_from_the_inbox(bot, connector):
    from tests.support.teams import start_teams
    connector.delay = 0.6  # Teams' connector slow to take the reply
    client = await start_teams(bot, answer_after_handling=False)
    try:
        started = time.monotonic()
        await post(client, message("how do I tell Acme Dental we're ending?", connector.url))
        assert time.monotonic() - started < 0.5
        await connector.wait_for(1)
    finally:
        await client.close()
    [row] = bot.storage.recent_interactions()
    assert row["sender_id"] == PRIYA["aadObjectId"] and row["action"] == "reply"


# -- the console and route ------------------------------------------------------------------------------------
HOSTILE_LINES = [
    b"",                                   # an empty line
    b"\x00\x00\x00",
    b"\xff\xfe not UTF-8 \xc3",
    DEEP[:20_000].encode(),
    b"x" * 300_000,
    b"null", b"[1]", b"42", b'"text"',
    b'{"text": 42}', b'{"text": ["a"], "audience": "staff"}', b'{"text": "hi", "audience": {"a": 1}}',
    b'{"text": "hi", "phase": [1, 2]}', b'{"text": "\\ud800 lone surrogate"}',
    b'{"text": "' + b"\\u0000" * 10 + b'"}',
    b'{"text": 1' + b"0" * 5000 + b"}",
    b"/as client " + b"A" * 10_000,
    b"offboard add " + b"\xff" * 20,
    b"offboard remind Acme +1 " + b"\x00" * 10,
]


def run_app(*args, stdin: bytes, db=None) -> subprocess.CompletedProcess:
    """app.py with strict UTF-8 standard streams, as under a UTF-8 locale or PYTHONIOENCODING=utf-8."""
    command = [sys.executable, "app.py"] + (["--db", str(db)] if db else []) + list(args)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, cwd=ROOT, input=stdin, capture_output=True, timeout=120, env=env)


def test_route_answers_every_line_whatever_it_holds():
    lines = HOSTILE_LINES + [b'{"text": "how do I tell Acme we are ending the contract?"}']
    result = run_app("route", stdin=b"\n".join(lines) + b"\n")

    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr[-2000:]
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert out[-1]["principle"] == "decisive" and out[-1]["action"] == "reply"
    for number, answer in enumerate(out[:-1], start=1):
        assert set(answer) >= {"principle", "intent", "confidence", "action"}
        if answer["action"] == "error":
            assert answer["error"].startswith(f"line {number}:")
    assert sum(answer["action"] == "error" for answer in out) >= 14


def test_the_console_answers_hostile_lines_and_ends_cleanly(tmp_path):
    result = run_app("chat", "--no-demo", stdin=b"\n".join(HOSTILE_LINES) + b"\n/quit\n", db=tmp_path / "c.db")
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.count(b"bot") >= 10


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_console_stops_cleanly_on_sigterm_and_sigint_while_waiting_for_input(tmp_path, stop):
    process = subprocess.Popen([sys.executable, "app.py", "--db", str(tmp_path / "c.db"), "chat", "--no-demo"],
                               cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(b"how do I tell Acme we are ending the contract?\n")
    process.stdin.flush()
    answer = b""
    while b"bot (reply)" not in answer:
        answer += process.stdout.read1(4096)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=30)

    assert process.returncode == 0 and b"Traceback" not in stderr, stderr
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 1
    assert not (tmp_path / "c.db-wal").exists() or (tmp_path / "c.db-wal").stat().st_size == 0
