"""A stand-in for Slack on 127.0.0.1, both ways round.

FakeSlack is the Web API (and response_url) the app calls: it records every
call and can be told to fail. SlackSender plays Slack calling the app: it
signs Events API, slash-command and button-click requests the way Slack does
and POSTs them to the app's real HTTP endpoint. Nothing leaves the machine.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

OUR_TEAM = "T0OURS"
CLIENT_TEAM = "T0ACME"
BOT_USER = "U0BOT"
BOT_ID = "B0BOT"
STAFF_USER = "U0STAFF"
CLIENT_USER = "U0DANA"
GUEST_USER = "U0GUEST"             # a client added to our workspace as a multi-channel guest
SINGLE_GUEST_USER = "U0SOLO"       # ... and one as a single-channel guest
STAFF_CHANNEL = "C0STAFF"
SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"


@dataclass
class Call:
    method: str            # Web API method, or "response_url"
    args: dict
    headers: dict = field(default_factory=dict)


@dataclass
class _Failure:
    error: str
    times: int
    status: int = 200
    headers: dict = field(default_factory=dict)


# users.info answers; anyone not listed is a full member of our workspace with no name.
PEOPLE = {
    STAFF_USER: {"real_name": "Sam Patel", "team_id": OUR_TEAM},
    CLIENT_USER: {"real_name": "Dana Reyes", "team_id": CLIENT_TEAM},
    GUEST_USER: {"real_name": "Gail Ortiz", "team_id": OUR_TEAM, "is_restricted": True},
    SINGLE_GUEST_USER: {"real_name": "Sol Brandt", "team_id": OUR_TEAM, "is_restricted": True,
                        "is_ultra_restricted": True},
}


class FakeSlack:
    def __init__(self, people: dict[str, dict] | None = None):
        self.people = {**PEOPLE, **(people or {})}
        self._calls: list[Call] = []
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, float] = {}
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    # -- lifecycle ------------------------------------------------------------------
    def start(self) -> "FakeSlack":
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        host, port = self._server.server_address
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"  # the WebClient's base_url, trailing slash included

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base}/respond/{name}"

    # -- scripting ------------------------------------------------------------------
    def fail(self, method: str, error: str, times: int = 1, status: int = 200, headers: dict | None = None):
        self._failures.setdefault(method, []).append(_Failure(error, times, status, headers or {}))

    def rate_limit(self, method: str, retry_after: int = 1, times: int = 1):
        self.fail(method, "ratelimited", times, status=429, headers={"Retry-After": str(retry_after)})

    def delay(self, method: str, seconds: float):
        self._delays[method] = seconds

    # -- what happened ----------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The first `count` calls of a method, waiting (bounded) for them to arrive."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(found := [c for c in self._calls if c.method == method]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self._calls]
                    raise AssertionError(f"expected {count} {method} call(s) within {timeout}s; saw {seen}")
                self._changed.wait(left)
            return found[:count]

    def posted_texts(self) -> str:
        """Everything the app sent anywhere, as one string, for 'never said X' checks."""
        return json.dumps([c.args for c in self.calls() if c.method not in ("auth.test", "users.info")])

    # -- serving ------------------------------------------------------------------------
    def _record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()

    def _scripted_failure(self, method: str) -> _Failure | None:
        with self._changed:
            queue = self._failures.get(method) or []
            if not queue:
                return None
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            return failure

    def _answer(self, method: str, args: dict) -> dict:
        if method == "auth.test":
            return {"ok": True, "team_id": OUR_TEAM, "team": "Northwind IT", "user_id": BOT_USER,
                    "bot_id": BOT_ID, "url": "https://northwind.example/"}
        if method == "users.info":
            user = args.get("user", "")
            found = {"real_name": "", "team_id": OUR_TEAM, "is_restricted": False, "is_ultra_restricted": False,
                     **self.people.get(user, {})}
            return {"ok": True, "user": {"id": user, "name": user.lower(), **found}}
        if method == "chat.postMessage":
            return {"ok": True, "channel": args.get("channel"), "ts": f"1700000000.{next(self._ts):06d}"}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"}
        return {"ok": True}

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self._serve()

            def do_POST(self):
                self._serve()

            def _serve(self):
                url = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                args = dict(parse_qsl(url.query))
                if raw:
                    args.update(json.loads(raw) if raw.lstrip().startswith("{") else dict(parse_qsl(raw)))
                method = "response_url" if url.path.startswith("/respond/") else url.path.removeprefix("/api/")
                fake._record(Call(method, args, dict(self.headers)))
                time.sleep(fake._delays.get(method, 0))
                failure = fake._scripted_failure(method)
                if failure:
                    self._send(failure.status, {"ok": False, "error": failure.error}, failure.headers)
                elif method == "response_url":
                    self._send(200, None)
                else:
                    self._send(200, fake._answer(method, args))

            def _send(self, status, payload, headers=None):
                body = b"ok" if payload is None else json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if payload is None else "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass  # keep test output quiet

        return Handler


# -- Slack calling the app ---------------------------------------------------------------------
@dataclass
class Answer:
    status: int
    body: str
    seconds: float


def signature(secret: str, timestamp: str, body: str) -> str:
    basestring = f"v0:{timestamp}:{body}".encode("utf-8")
    return "v0=" + hmac.new(secret.encode("utf-8"), basestring, hashlib.sha256).hexdigest()


class SlackSender:
    """Signed requests to the app's endpoint, shaped like Slack's own."""

    def __init__(self, endpoint: str, fake: FakeSlack, secret: str = SIGNING_SECRET):
        self.endpoint, self.fake, self.secret = endpoint, fake, secret
        self._ids = itertools.count(1)

    def post(self, body: str, content_type: str, *, timestamp: int | None = None, secret: str | None = None,
             headers: dict | None = None, expect: int | None = 200) -> Answer:
        """POST a signed request; unless told otherwise (expect=None or another status), the app
        must acknowledge it with 200, so a test of "nothing happened" cannot pass on a rejection."""
        answer = self._post(body, content_type, timestamp, secret, headers)
        assert expect is None or answer.status == expect, f"expected HTTP {expect}, got {answer.status}: {answer.body}"
        return answer

    def _post(self, body: str, content_type: str, timestamp: int | None, secret: str | None,
              headers: dict | None) -> Answer:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        request = urllib.request.Request(self.endpoint, data=body.encode("utf-8"), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature(secret or self.secret, stamp, body), **(headers or {})})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return Answer(response.status, response.read().decode("utf-8"), time.monotonic() - started)
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.read().decode("utf-8"), time.monotonic() - started)

    def event(self, event: dict, *, event_id: str | None = None, shared: bool = False, retry: int | None = None,
              **envelope) -> Answer:
        """An Events API callback; shared=True marks a Slack Connect channel."""
        number = next(self._ids)
        event = {"ts": f"1712000000.{number:06d}", "event_ts": f"1712000000.{number:06d}", **event}
        body = {"token": "unused", "team_id": event.get("team", OUR_TEAM), "api_app_id": "A0APP",
                "event": event, "type": "event_callback", "event_id": event_id or f"Ev{number:08d}",
                "event_time": int(time.time()), "is_ext_shared_channel": shared,
                "authorizations": [{"team_id": OUR_TEAM, "user_id": BOT_USER, "is_bot": True,
                                    "enterprise_id": None, "is_enterprise_install": False}],
                "context_team_id": OUR_TEAM, **envelope}
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(json.dumps(body), "application/json", headers=headers)

    def dm(self, text: str, *, event_id: str | None = None, retry: int | None = None, **event) -> Answer:
        return self.event({"type": "message", "channel": "D0STAFF", "channel_type": "im", "user": STAFF_USER,
                           "team": OUR_TEAM, "text": text, **event}, event_id=event_id, retry=retry)

    def mention(self, text: str, channel: str = "C0GENERAL", shared: bool = False, **event) -> Answer:
        return self.event({"type": "app_mention", "channel": channel, "user": STAFF_USER, "team": OUR_TEAM,
                           "text": f"<@{BOT_USER}> {text}", **event}, shared=shared)

    def client_says(self, text: str, channel: str = "C0ACME", **event) -> Answer:
        """A message from someone in the client's workspace, in a Slack Connect channel."""
        return self.event({"type": "message", "channel": channel, "channel_type": "channel", "user": CLIENT_USER,
                           "team": CLIENT_TEAM, "user_team": CLIENT_TEAM, "source_team": CLIENT_TEAM,
                           "text": text, **event}, shared=True)

    def guest_says(self, text: str, channel: str = "C0ACME", user: str = GUEST_USER, **event) -> Answer:
        """A message from a guest account in our own workspace: our team id, no Slack Connect."""
        return self.event({"type": "message", "channel": channel, "channel_type": "channel", "user": user,
                           "team": OUR_TEAM, "user_team": OUR_TEAM, "text": text, **event})

    def open_home(self, user: str = STAFF_USER) -> Answer:
        return self.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home"})

    def command(self, text: str, *, user: str = STAFF_USER, team: str = OUR_TEAM, channel: str = "C0GENERAL",
                response: str = "cmd") -> Answer:
        form = {"token": "unused", "team_id": team, "team_domain": "northwind", "channel_id": channel,
                "channel_name": "general", "user_id": user, "user_name": user.lower(), "command": "/offboard",
                "text": text, "api_app_id": "A0APP", "is_enterprise_install": "false",
                "response_url": self.fake.response_url(response), "trigger_id": f"{next(self._ids)}.1.abc"}
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def click(self, action_id: str, value: str, *, message: dict | None = None, ephemeral: bool = False,
              channel: str = "D0STAFF", user: str = STAFF_USER, team: str = OUR_TEAM, block_id: str = "feedback",
              message_ts: str = "1700000000.000001", response: str = "click") -> Answer:
        payload = {"type": "block_actions", "user": {"id": user, "team_id": team},
                   "api_app_id": "A0APP", "team": {"id": team}, "channel": {"id": channel},
                   "container": {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral,
                                 "message_ts": message_ts},
                   "response_url": self.fake.response_url(response), "trigger_id": "1.2.abc",
                   "actions": [{"type": "button", "action_id": action_id, "block_id": block_id,
                                "value": value, "action_ts": "1712000000.1"}]}
        if message is not None:
            payload["message"] = message
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def submit_view(self, view: dict, values: dict[str, dict[str, str | None]], *, user: str = STAFF_USER,
                    team: str = OUR_TEAM) -> Answer:
        """A modal the app opened (as sent to views.open), submitted with {block_id: {action_id: value}}."""
        state = {block: {action: {"type": "plain_text_input", "value": value} for action, value in inputs.items()}
                 for block, inputs in values.items()}
        payload = {"type": "view_submission", "team": {"id": team}, "user": {"id": user, "team_id": team},
                   "api_app_id": "A0APP", "trigger_id": "1.3.abc", "is_enterprise_install": False,
                   "view": {**view, "id": "V0EDIT", "team_id": team, "state": {"values": state}}}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


# -- wiring the real app to both -------------------------------------------------------------
def slack_config(config, fake: FakeSlack, **overrides):
    settings = {"slack_bot_token": BOT_TOKEN, "slack_signing_secret": SIGNING_SECRET,
                "slack_api_url": fake.api_url, "slack_staff_channel": STAFF_CHANNEL}
    return replace(config, **{**settings, **overrides})


@contextmanager
def running_app(bot, config, fake: FakeSlack, *, process_before_response: bool = True, **settings):
    """The real Bolt app behind its real receiver and HTTP endpoint on 127.0.0.1, talking to the fake.

    process_before_response=True makes each HTTP answer wait until the listeners are done, so tests
    can assert on what was (and was not) sent; with False the endpoint acknowledges as soon as the
    event is in the inbox, as it does for Slack.
    """
    from bot.adapters.slack.app import build_app
    from bot.adapters.slack.http import HttpServer
    from bot.adapters.slack.receiver import SlackReceiver
    settings = slack_config(config, fake, **settings)
    receiver = SlackReceiver(build_app(bot, settings), bot, settings.slack_signing_secret).start()
    server = HttpServer(receiver, "127.0.0.1", 0, answer_after_handling=process_before_response)
    try:
        yield SlackSender(server.start(), fake)
    finally:
        server.stop()


@pytest.fixture
def fake():
    server = FakeSlack().start()
    yield server
    server.close()


@pytest.fixture
def slack(bot, config, fake) -> SlackSender:
    with running_app(bot, config, fake) as sender:
        yield sender
