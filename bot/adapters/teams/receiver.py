"""Bot Framework requests in: checked before they are trusted, kept in the inbox before they are
acknowledged, then run as turns on a loop of their own.

Each POST to /api/messages meets the checks cheapest first; the first that fails answers it,
with one log line and no traceback:

    size (413) -> content type (415) -> with credentials, an Authorization header shaped like a
    bearer JWT (401) -> JSON, bounded in depth (400) -> the token, checked by the SDK against the
    activity's channel and service URL (every failure is a 401) -> the activity's shape (400; the
    request is authenticated, so the interaction log says what was wrong) -> the inbox (503 when it
    can't be written in time) -> acknowledged.

(The token can only be checked once the body is read: the Bot Framework binds it to the
activity's serviceUrl and channelId. Everything before that is bounded work without the database.)

Messages are acknowledged as soon as they are in the inbox and answered from it (Teams takes the
answer through the connector, not in the HTTP response); an invoke waits for its turn, because its
answer is the response. Turns run on their own event loop thread, so a turn waiting for the
database (another process holding it) never stalls the endpoint itself.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from aiohttp import web
from botbuilder.core import InvokeResponse, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult

from bot.adapters.inbound import Rejected, media_type, parse_json_object, read_body
from bot.adapters.teams.audience import event_key
from bot.adapters.teams.delivery import PLATFORM
from bot.adapters.teams.turns import INBOX_ID
from bot.core import Bot
from bot.message import InboxUnavailable

log = logging.getLogger("partingways.teams")

MAX_ID_CHARS = 512
LOGGED_BODY_CHARS = 500
ADMIT_SECONDS = 5.0               # the inbox write, well inside Teams' 15 s
INVOKE_SECONDS = 12.0
RETRY_PAUSE, LONGEST_RETRY_PAUSE = 0.5, 5.0
SHUTDOWN_SECONDS = 10.0
SENDERS = 32                      # connector calls in flight at once (see TurnLoop)
BEARER = re.compile(r"Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
MAX_AUTH_HEADER = 8192
# Activities whose answer is the HTTP response: run before answering.
ANSWERED_IN_THE_RESPONSE = frozenset({"invoke"})


@dataclass
class Turn:
    inbox_id: int
    activity: Activity
    auth: AuthenticateRequestResult | str
    body: dict
    done: asyncio.Future | None = None       # on the server's loop, for an invoke (or a test) that waits
    attempts: int = 0
    result: object = field(default=None)


def shape_problem(body: dict) -> str | None:
    """What an authenticated activity lacks for a turn, or None."""
    if not isinstance(body.get("type"), str) or not body["type"].strip():
        return "the activity has no 'type'"
    for name in ("id", "text", "channelId", "name", "replyToId", "textFormat", "locale", "timestamp"):
        if body.get(name) is not None and not isinstance(body[name], str):
            return f"'{name}' must be a string, not {type(body[name]).__name__}"
    if not isinstance(body.get("serviceUrl"), str) or not body["serviceUrl"].startswith(("https://", "http://")):
        return "the activity has no http(s) 'serviceUrl' to answer on"
    for name in ("from", "conversation", "recipient"):
        part = body.get(name)
        if not isinstance(part, dict) or not isinstance(part.get("id"), str) or not part["id"]:
            return f"the activity has no '{name}' with an 'id'"
        for key in ("id", "name", "aadObjectId", "tenantId", "conversationType", "role"):
            value = part.get(key)
            if value is not None and not isinstance(value, str):
                return f"'{name}.{key}' must be a string"
            if isinstance(value, str) and len(value) > MAX_ID_CHARS:
                return f"'{name}.{key}' is longer than {MAX_ID_CHARS} characters"
    if isinstance(body.get("id"), str) and len(body["id"]) > MAX_ID_CHARS:
        return f"'id' is longer than {MAX_ID_CHARS} characters"
    for name in ("entities", "attachments", "membersAdded", "membersRemoved"):
        value = body.get(name)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, dict) for v in value)):
            return f"'{name}' must be a list of objects"
    if body.get("channelData") is not None and not isinstance(body["channelData"], dict):
        return "'channelData' must be an object"
    return None


def _digest(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8", "replace")).hexdigest()


def jsonable(value):
    """An invoke response body as plain JSON, whatever the SDK put in it."""
    try:
        value = serializer_helper(value) if hasattr(value, "serialize") else value
        json.dumps(value)
        return value
    except Exception:  # noqa: BLE001 - an SDK model with an unserialisable part (e.g. an Exception)
        if isinstance(value, dict):
            return {str(key): jsonable(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [jsonable(item) for item in value]
        if isinstance(value, BaseException):
            return {"code": str(value.args[0]) if value.args else type(value).__name__,
                    "message": " ".join(str(arg) for arg in value.args[1:])}
        fields = getattr(value, "_attribute_map", None)  # an msrest model: its JSON names
        if isinstance(fields, dict):
            return {spec["key"]: jsonable(getattr(value, name)) for name, spec in fields.items()
                    if getattr(value, name, None) is not None}
        attributes = getattr(value, "__dict__", None)
        if isinstance(attributes, dict):
            return {key: jsonable(item) for key, item in attributes.items() if not key.startswith("_")}
        return str(value)


class TurnLoop:
    """An event loop on its own thread where turns run.

    The SDK's "async" connector client sends with `requests` on the loop's default executor
    (msrest's AsyncRequestsHTTPSender), which on a 2-core machine has 6 threads: with a slow
    connector, answers already logged would queue behind them (and a crash then would leave
    them unsent). The loop gets an executor sized for the sends in flight instead.
    """

    def __init__(self, senders: int = SENDERS):
        self.loop = asyncio.new_event_loop()
        self.loop.set_default_executor(ThreadPoolExecutor(max_workers=senders, thread_name_prefix="teams-send"))
        self._thread = threading.Thread(target=self.loop.run_forever, name="teams-turns", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def submit(self, coroutine) -> asyncio.Future:
        """Run on the turn loop; awaitable from another loop."""
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, self.loop))

    async def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        await asyncio.to_thread(self._thread.join, 2.0)
        if not self._thread.is_alive():
            self.loop.close()


class TeamsReceiver:
    def __init__(self, core: Bot, adapter: CloudAdapter, on_turn, *, authenticated: bool,
                 answer_after_handling: bool = False):
        self.core, self.adapter, self.on_turn = core, adapter, on_turn
        self.authenticated = authenticated
        self.answer_after_handling = answer_after_handling
        self.turns = TurnLoop()
        self._writers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="teams-inbox-write")
        self._in_hand: dict[int, asyncio.Future] = {}   # inbox id -> its turn (on the server loop)
        self._closing = False

    # -- lifecycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        self.turns.start()
        await self.resume()

    async def resume(self) -> int:
        """Run the turns an earlier run acknowledged but did not finish."""
        try:
            entries = await self._db(self.core.events_to_resume, PLATFORM, frozenset(self._in_hand))
        except InboxUnavailable as problem:
            log.warning("could not read the inbox to resume unfinished activities (%s); they wait for the "
                        "next start", problem)
            return 0
        for entry in entries:
            try:
                body = json.loads(entry.payload)
                activity = Activity().deserialize(body)
            except Exception:  # noqa: BLE001 - a stored row that no longer reads is finished as failed
                await self._db(self.core.finish_event, entry.id, "the stored activity could not be read")
                continue
            self._schedule(Turn(entry.id, activity, self._replay_auth(), body))
        if entries:
            log.warning("resuming %d Teams activit%s acknowledged before the last stop", len(entries),
                        "y" if len(entries) == 1 else "ies")
        return len(entries)

    async def stop(self, timeout: float = SHUTDOWN_SECONDS) -> int:
        """No new requests; turns in hand finish within timeout, the rest stay in the inbox."""
        self._closing = True
        pending = [future for future in self._in_hand.values() if not future.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)
        left = sum(1 for future in self._in_hand.values() if not future.done())
        if left:
            log.warning("stopping with %d Teams activit%s unfinished; they are handled on the next start", left,
                        "y" if left == 1 else "ies")
        await self.turns.stop()
        self._writers.shutdown(wait=False)
        return left

    # -- a request --------------------------------------------------------------------------------
    async def receive(self, request: web.Request) -> web.Response:
        if self._closing:
            return _error(503, "shutting down; send it again")
        body = None
        try:
            raw = await read_body(request)
            trusted = not self.authenticated  # without credentials every request is taken as from Teams
            if media_type(request.content_type) != "application/json":
                raise Rejected(415, f"expected Content-Type application/json, got "
                                    f"{media_type(request.content_type)[:60] or 'none'}", trusted)
            header = request.headers.get("Authorization", "")
            if self.authenticated and (len(header) > MAX_AUTH_HEADER or not BEARER.fullmatch(header)):
                raise Rejected(401, "no Bot Framework bearer token")
            body = parse_json_object(raw, trusted, shape="a JSON object (a Bot Framework activity)")
            auth = await self._authenticate(body, header)
            problem = shape_problem(body)
            if problem:
                raise Rejected(400, problem, trusted=True)
            try:
                activity = Activity().deserialize(body)
            except Exception as error:  # noqa: BLE001 - msrest raises several kinds for odd shapes
                raise Rejected(400, f"the activity does not have the Bot Framework shape "
                                    f"({str(error)[:200]})", trusted=True) from None
        except Rejected as rejected:
            return await self._reject(request, rejected, body if body is not None else _text(locals().get("raw")))
        return await self._take_in(activity, auth, body)

    async def _authenticate(self, body: dict, header: str):
        """The SDK's check of the token against the activity (channel, service URL); any failure is a 401."""
        probe = Activity(channel_id=_string(body.get("channelId")), service_url=_string(body.get("serviceUrl")))
        try:
            return await self.adapter.bot_framework_authentication.authenticate_request(probe, header)
        except Exception as error:  # noqa: BLE001 - garbage, alg=none, unknown kid, expired, HS256...
            raise Rejected(401, f"the Bot Framework token was not accepted ({type(error).__name__})") from None

    async def _take_in(self, activity: Activity, auth, body: dict) -> web.Response:
        key = event_key(activity) or "body:" + _digest(body)
        payload = json.dumps(body, ensure_ascii=False)
        try:
            admission = await asyncio.wait_for(
                self._db(self.core.accept_event, PLATFORM, key, activity.type, payload), ADMIT_SECONDS)
        except (InboxUnavailable, asyncio.TimeoutError) as problem:
            log.warning("Teams %s %s not taken in: the inbox could not be written in time (%s); Teams may send "
                        "it again", activity.type, key, problem or "timed out")
            return _error(503, "busy; send it again")
        if admission.finished or admission.id in self._in_hand:
            return web.Response(status=200)  # a redelivery of something handled or being handled
        turn = Turn(admission.id, activity, auth, body)
        future = self._schedule(turn)
        if self.answer_after_handling or activity.type in ANSWERED_IN_THE_RESPONSE \
                or activity.delivery_mode == "expectReplies":
            try:
                result = await asyncio.wait_for(asyncio.shield(future), INVOKE_SECONDS)
            except asyncio.TimeoutError:
                return web.Response(status=200)
            return self._response(activity, result)
        return web.Response(status=200)

    def _response(self, activity: Activity, result) -> web.Response:
        if not isinstance(result, InvokeResponse):
            return web.Response(status=200)
        status = result.status or 200
        if status >= 500:  # the SDK's "not implemented" for an invoke this bot has no handler for
            log.warning("Teams invoke %r is not handled by this bot (the SDK said %s)", activity.name, status)
            return _error(400, f"this bot does not handle the invoke {str(activity.name)[:60]!r}")
        body = jsonable(result.body)
        if status >= 400:
            log.warning("Teams invoke %r refused with %s: %s", str(activity.name)[:60], status, json.dumps(body)[:200])
        return web.json_response(body, status=status)

    async def _reject(self, request: web.Request, rejected: Rejected, body) -> web.Response:
        log.warning("rejected a Teams request from %s: %s (HTTP %d)", request.remote, rejected.reason,
                    rejected.status)
        if rejected.trusted:
            excerpt = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
            sender = ((body.get("from") or {}).get("id") if isinstance(body, dict) and
                      isinstance(body.get("from"), dict) else None) or request.remote or ""
            key = f"{(body.get('conversation') or {}).get('id')}/{body.get('id')}" if isinstance(body, dict) and \
                isinstance(body.get("conversation"), dict) and body.get("id") else ""
            try:
                await asyncio.wait_for(self._db(self.core.record_rejected, PLATFORM, str(key), str(sender)[:MAX_ID_CHARS],
                                                excerpt[:LOGGED_BODY_CHARS], rejected.reason), ADMIT_SECONDS)
            except Exception as error:  # noqa: BLE001 - the rejection stands either way
                log.error("could not log the rejected Teams request: %s", error)
        return _error(rejected.status, rejected.reason)

    # -- turns ----------------------------------------------------------------------------------------
    def _schedule(self, turn: Turn) -> asyncio.Future:
        future = asyncio.ensure_future(self._run(turn))
        self._in_hand[turn.inbox_id] = future
        future.add_done_callback(lambda _: self._in_hand.pop(turn.inbox_id, None))
        return future

    async def _run(self, turn: Turn):
        """Claim the entry (waiting while the database is held), run the turn, mark it finished."""
        while True:
            try:
                fresh = await self._db(self.core.begin_event, turn.inbox_id)
                break
            except InboxUnavailable:
                if self._closing:
                    return None  # stays in the inbox for the next start
                turn.attempts += 1
                if turn.attempts == 1:
                    log.warning("the database is busy; Teams activity %s waits in the inbox", turn.inbox_id)
                await asyncio.sleep(min(LONGEST_RETRY_PAUSE, RETRY_PAUSE * 2 ** (turn.attempts - 1)))
        if not fresh:
            return None  # logged or finished earlier
        error, result = None, None
        try:
            result = await self.turns.submit(self.adapter.process_activity(turn.auth, turn.activity,
                                                                           self._on_turn(turn.inbox_id)))
        except Exception as problem:  # noqa: BLE001 - a failing turn is recorded, the endpoint goes on
            log.error("Teams turn for %s failed: %s", turn.inbox_id, problem)
            error = f"{type(problem).__name__}: {problem}"
        while not await self._db(self.core.finish_event, turn.inbox_id, error):
            if self._closing:
                break
            await asyncio.sleep(RETRY_PAUSE)
        return result

    def _on_turn(self, inbox_id: int):
        async def logic(turn_context):
            turn_context.turn_state[INBOX_ID] = inbox_id
            await self.on_turn(turn_context)
        return logic

    def _replay_auth(self):
        """Credentials for a turn replayed after a restart: the request's token is gone, so the
        turn runs as the bot itself (as a proactive message does)."""
        if not self.authenticated:
            return ""
        auth = self.adapter.bot_framework_authentication
        claims = self.adapter.create_claims_identity(self.core.config.teams_app_id)
        result = AuthenticateRequestResult()
        result.claims_identity = claims
        result.audience = auth.get_originating_audience()
        result.caller_id = None
        result.connector_factory = auth.create_connector_factory(claims)
        return result

    async def _db(self, call, *args):
        return await asyncio.get_running_loop().run_in_executor(self._writers, call, *args)


def _error(status: int, reason: str) -> web.Response:
    text = reason if reason.endswith(".") else reason + "."
    if status == 401:
        text = "Unauthorized: this bot only accepts requests signed by the Bot Framework (" + reason + ")."
    else:
        text = ("Bad request: " if status == 400 else "") + text
    return web.json_response({"error": text}, status=status)


def _string(value) -> str | None:
    return value if isinstance(value, str) else None


def _text(raw) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, (bytes, bytearray)) else ""
