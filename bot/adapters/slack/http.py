"""HTTP mode: Slack's Events API, slash commands and interactions on one aiohttp endpoint.

Each request is screened and written to the inbox by the SlackReceiver
(receiver.py) before Slack hears back; the listeners then run on the receiver's
workers. Nothing here waits for the database except the inbox write, which runs
in a small pool of its own with a deadline inside Slack's three seconds.
"""
from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from multidict import CIMultiDict
from slack_bolt import App, BoltResponse

from bot.adapters.health import Check, add_health_routes
from bot.adapters.slack.people import API_ERRORS, problem
from bot.adapters.inbound import MAX_BODY_BYTES, Rejected, read_body
from bot.adapters.slack.receiver import JSON_TYPE, Answer, SlackReceiver
from bot.config import ConfigError
from bot.core import Bot
from bot.message import InboxUnavailable

log = logging.getLogger("partingways.slack")

EVENTS_PATH = "/slack/events"
TOKEN_CHECK_SECONDS = 60  # /readyz asks Slack about the token at most once a minute
ADMIT_SECONDS = 2.0          # the inbox write, within Slack's 3 s acknowledgement window
ANSWER_SECONDS = 10.0        # an interaction whose answer Bolt writes (a modal's errors)
SHUTDOWN_SECONDS = 10.0      # in-flight requests and queued events, on SIGTERM
INBOX_WRITERS = 4


def to_response(answer: Answer | BoltResponse) -> web.Response:
    if isinstance(answer, BoltResponse):
        headers = CIMultiDict((name, value) for name, values in answer.headers.items() for value in values)
        return web.Response(status=answer.status, body=(answer.body or "").encode("utf-8"), headers=headers)
    return web.Response(status=answer.status, text=answer.body, content_type=answer.content_type,
                        headers=answer.headers)


class TokenCheck:
    """Readiness: Slack still accepts the bot token (auth.test), remembered for a minute."""

    def __init__(self, bolt_app: App, clock=time.monotonic):
        self.client, self.clock = bolt_app.client, clock
        self._last: tuple[float, Check] | None = None

    def __call__(self) -> Check:
        if self._last and self.clock() - self._last[0] < TOKEN_CHECK_SECONDS:
            return self._last[1]
        try:
            answer = self.client.auth_test()
            check = ("slack", True, f"token accepted (team {answer.get('team') or answer.get('team_id')}, "
                                    f"bot {answer.get('user') or answer.get('user_id')})")
        except API_ERRORS as error:
            check = ("slack", False, f"token not accepted: {problem(error)}")
        self._last = (self.clock(), check)
        return check


def web_app(receiver: SlackReceiver, path: str = EVENTS_PATH, *, bot: Bot | None = None, events: bool = True,
            answer_after_handling: bool = False, writers: ThreadPoolExecutor | None = None) -> web.Application:
    """Slack's endpoint (events=False in Socket Mode, where Slack is reached over a socket) and, given
    the bot, /healthz and /readyz. answer_after_handling: answer each request only once its listeners
    are done (tests use it to assert on what was sent); Slack itself gets its acknowledgement as soon
    as the inbox has the event."""
    writers = writers or ThreadPoolExecutor(max_workers=INBOX_WRITERS, thread_name_prefix="slack-inbox-write")

    async def slack_events(request: web.Request) -> web.Response:
        return to_response(await receive(request))

    async def receive(request: web.Request) -> Answer | BoltResponse:
        if receiver.closing:
            return Answer.error(503, "shutting down; send it again", **{"Retry-After": "1"})
        body = None
        try:
            raw = await read_body(request)
            screened = receiver.screen_http(raw, request.headers, request.headers.get("Content-Type"))
        except Rejected as rejected:
            log.warning("rejected a Slack request from %s: %s (HTTP %d)", request.remote, rejected.reason,
                        rejected.status)
            if rejected.trusted:
                asyncio.get_running_loop().run_in_executor(writers, receiver.record_rejection, rejected,
                                                           _parsed_for_the_log(request, raw))
            return Answer.error(rejected.status, rejected.reason)
        if screened.kind == "url_verification":
            return Answer(200, json.dumps({"challenge": screened.body.get("challenge")}), JSON_TYPE)
        if screened.kind in ("ssl_check", "app_rate_limited"):
            if screened.kind == "app_rate_limited":
                log.warning("Slack is rate-limiting events to this app: %s", json.dumps(screened.body)[:300])
            return Answer(200)
        loop = asyncio.get_running_loop()
        try:
            job = await asyncio.wait_for(loop.run_in_executor(writers, receiver.admit, screened), ADMIT_SECONDS)
        except (InboxUnavailable, asyncio.TimeoutError) as problem:
            log.warning("Slack %s %s not acknowledged: the inbox could not be written in time (%s); "
                        "Slack will send it again", screened.kind, screened.key, problem or "timed out")
            return Answer.error(503, "busy; send it again", **{"Retry-After": "1"})
        if job is None:
            return Answer(200)  # a retry of something already taken in
        if answer_after_handling or receiver.answered_in_the_response(screened.kind):
            try:
                return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(job.done)), ANSWER_SECONDS)
            except asyncio.TimeoutError:
                return Answer(200)  # taken in; the work goes on
        return Answer(200)

    app = web.Application(client_max_size=MAX_BODY_BYTES)
    if events:
        app.router.add_post(path, slack_events)
    if bot is not None:
        add_health_routes(app, bot, TokenCheck(receiver.app))
    return app


def _parsed_for_the_log(request: web.Request, raw) -> dict | None:
    """The signed body, for the log entry of a rejected request (None when it can't be read as JSON)."""
    try:
        text = raw.decode("utf-8", "replace")
        data = json.loads(text) if text.lstrip().startswith("{") else {"body": text}
        return data if isinstance(data, dict) else {"body": text}
    except (ValueError, RecursionError):
        return {"body": raw.decode("utf-8", "replace")}


class HttpServer:
    """The endpoint on its own event-loop thread, so the CLI and the tests stay synchronous."""

    def __init__(self, receiver: SlackReceiver, host: str, port: int, bot: Bot | None = None, events: bool = True,
                 *, answer_after_handling: bool = False):
        self.receiver, self.host, self.port, self.events = receiver, host, port, events
        self._loop = asyncio.new_event_loop()
        self._writers = ThreadPoolExecutor(max_workers=INBOX_WRITERS, thread_name_prefix="slack-inbox-write")
        self._runner = web.AppRunner(web_app(receiver, bot=bot, events=events,
                                             answer_after_handling=answer_after_handling, writers=self._writers),
                                     shutdown_timeout=SHUTDOWN_SECONDS / 2, access_log=None)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return self.base_url + (EVENTS_PATH if self.events else "/healthz")

    def start(self) -> str:
        try:
            self._loop.run_until_complete(self._listen())
        except OSError as error:
            self._loop.close()
            raise ConfigError(f"Cannot listen on {self.host}:{self.port} ({error.strerror}); "
                              f"choose another SLACK_PORT.") from None
        self._thread = threading.Thread(target=self._loop.run_forever, name="slack-http", daemon=True)
        self._thread.start()
        return self.url

    async def _listen(self) -> None:
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]  # the real port when 0 was asked for

    def stop(self, timeout: float = SHUTDOWN_SECONDS) -> int:
        """Stop listening, let requests in flight finish, then the receiver's queue (within the
        bound); how many acknowledged events were left for the next start. (In Socket Mode this
        server only answers health checks; the receiver is stopped by whoever owns the socket.)"""
        if self._thread is None:
            return 0
        if not self.events:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=timeout)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=timeout)
            self._loop.close()
            self._thread = None
            return 0
        self.receiver.refuse_new()  # new requests: 503, so Slack sends them again later
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=timeout)
        self._loop.close()
        self._writers.shutdown(wait=True)
        self._thread = None
        return self.receiver.stop(timeout)
