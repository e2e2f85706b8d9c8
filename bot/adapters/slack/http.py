"""HTTP mode: Slack's Events API, slash commands and button clicks on one aiohttp endpoint.

Bolt's App is synchronous, so each request is dispatched on a worker thread;
with process_before_response=False Bolt answers as soon as the listener has
acknowledged, and the rest of the work carries on in Bolt's own thread pool.
"""
from __future__ import annotations

import asyncio
import threading

from aiohttp import web
from multidict import CIMultiDict
from slack_bolt import App, BoltRequest, BoltResponse

from bot.config import ConfigError

EVENTS_PATH = "/slack/events"


async def to_bolt_request(request: web.Request) -> BoltRequest:
    # The raw body, untouched: Slack's signature is computed over the exact bytes.
    body = await request.text()
    headers = {name: request.headers.getall(name) for name in request.headers.keys()}
    return BoltRequest(body=body, query=request.query_string, headers=headers)


def to_response(bolt_response: BoltResponse) -> web.Response:
    headers = CIMultiDict((name, value) for name, values in bolt_response.headers.items() for value in values)
    return web.Response(status=bolt_response.status, body=bolt_response.body.encode("utf-8"), headers=headers)


def web_app(bolt_app: App, path: str = EVENTS_PATH) -> web.Application:
    async def slack_events(request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        loop = asyncio.get_running_loop()
        return to_response(await loop.run_in_executor(None, bolt_app.dispatch, bolt_request))

    app = web.Application()
    app.router.add_post(path, slack_events)
    return app


class HttpServer:
    """The endpoint on its own event-loop thread, so the CLI and the tests stay synchronous."""

    def __init__(self, bolt_app: App, host: str, port: int):
        self.bolt_app, self.host, self.port = bolt_app, host, port
        self._loop = asyncio.new_event_loop()
        self._runner = web.AppRunner(web_app(bolt_app))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{EVENTS_PATH}"

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
