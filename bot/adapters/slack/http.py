"""HTTP mode: Slack's Events API, slash commands and button clicks on one aiohttp endpoint.

Bolt's App is synchronous, so each request is dispatched on a worker thread;
with process_before_response=False Bolt answers as soon as the listener has
acknowledged, and the rest of the work carries on in Bolt's own thread pool.
"""
from __future__ import annotations

import asyncio
import threading
import time

from aiohttp import web
from multidict import CIMultiDict
from slack_bolt import App, BoltRequest, BoltResponse

from bot.adapters.health import Check, add_health_routes
from bot.adapters.slack.people import API_ERRORS, problem
from bot.config import ConfigError
from bot.core import Bot

EVENTS_PATH = "/slack/events"
TOKEN_CHECK_SECONDS = 60  # /readyz asks Slack about the token at most once a minute


async def to_bolt_request(request: web.Request) -> BoltRequest:
    # The raw body, untouched: Slack's signature is computed over the exact bytes.
    body = await request.text()
    headers = {name: request.headers.getall(name) for name in request.headers.keys()}
    return BoltRequest(body=body, query=request.query_string, headers=headers)


def to_response(bolt_response: BoltResponse) -> web.Response:
    headers = CIMultiDict((name, value) for name, values in bolt_response.headers.items() for value in values)
    return web.Response(status=bolt_response.status, body=bolt_response.body.encode("utf-8"), headers=headers)


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


def web_app(bolt_app: App, bot: Bot | None = None, path: str = EVENTS_PATH, events: bool = True) -> web.Application:
    """Slack's endpoint (events=False in Socket Mode, where Slack is reached over a socket) and,
    given the bot, /healthz and /readyz."""
    async def slack_events(request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        loop = asyncio.get_running_loop()
        return to_response(await loop.run_in_executor(None, bolt_app.dispatch, bolt_request))

    app = web.Application()
    if events:
        app.router.add_post(path, slack_events)
    if bot is not None:
        add_health_routes(app, bot, TokenCheck(bolt_app))
    return app


class HttpServer:
    """The endpoint on its own event-loop thread, so the CLI and the tests stay synchronous."""

    def __init__(self, bolt_app: App, host: str, port: int, bot: Bot | None = None, events: bool = True):
        self.bolt_app, self.host, self.port, self.events = bolt_app, host, port, events
        self._loop = asyncio.new_event_loop()
        self._runner = web.AppRunner(web_app(bolt_app, bot, events=events))
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

    def stop(self) -> None:
        if self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._thread = None
