"""Slack requests in: checked before they are read, kept in the inbox before they are
acknowledged, then handled from the inbox by a pool of workers.

Each request meets the checks cheapest first, and the first that fails answers it
with one log line and no traceback:

    size (413) -> content type (415) -> signature and timestamp (401) -> UTF-8, then JSON
    or form fields, bounded in depth (400) -> the shape the listeners rely on (400; the
    request was signed, so the interaction log says what was wrong) -> the inbox (503 when
    it can't be written in time, so that Slack delivers it again) -> acknowledged (200).

url_verification and ssl_check are answered right after the signature check: they never
wait for the database. Socket Mode skips the first three (the socket is authenticated).

Bolt then runs the listeners on the already checked body (dispatched as Socket Mode
requests, so Bolt does not verify a signature a second time: a replay after a restart
has no fresh one). The listeners run to the end inside dispatch (process_before_response),
so an inbox entry is finished only when its work is done.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import heapq
import hmac
import itertools
import json
import logging
import queue
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from slack_bolt import App, BoltRequest, BoltResponse

from bot.adapters.inbound import (MAX_BODY_BYTES, MAX_DEPTH, Rejected, depth_over, media_type, parse_json_object,
                                  too_large)
from bot.core import Bot
from bot.message import InboxUnavailable

log = logging.getLogger("partingways.slack")

PLATFORM = "slack"
INBOX_ID = "partingways_inbox_id"     # BoltContext key: the inbox entry a listener is handling
MAX_FIELDS = 100                      # form fields in a slash command or an interaction
MAX_ID_CHARS = 255
JSON_TYPE, FORM_TYPE = "application/json", "application/x-www-form-urlencoded"
# Interactions whose HTTP answer carries something (modal errors, options): Bolt's answer is awaited.
# Everything else is acknowledged as soon as it is in the inbox.
ANSWERED_IN_THE_RESPONSE = frozenset({"view_submission", "view_closed", "block_suggestion",
                                      "dialog_submission", "dialog_suggestion", "interactive_message"})
INTERACTIONS = ANSWERED_IN_THE_RESPONSE | {"block_actions", "shortcut", "message_action", "dialog_cancellation"}
# Each answer mostly waits on Slack's Web API (users.info, then chat.postMessage): threads, not CPU.
# 16 answer a burst at about 160 events/s against a 50 ms Web API (Bolt's default pool of 5: ~100/s);
# more only cost memory on a 2-core machine.
WORKERS = 16
RETRY_PAUSE = 0.5         # first wait before trying an entry again while the database is held
LONGEST_RETRY_PAUSE = 5.0
SYNC_ANSWER_SECONDS = 10.0


@dataclass(frozen=True)
class Answer:
    status: int
    body: str = ""
    content_type: str = "text/plain"
    headers: dict = field(default_factory=dict)

    @staticmethod
    def error(status: int, reason: str, **headers) -> "Answer":
        return Answer(status, json.dumps({"error": reason}), JSON_TYPE, headers)


@dataclass(frozen=True)
class Screened:
    """A request that passed every check: what it is, its inbox key and the parsed body."""
    kind: str          # event | command | block_actions | view_submission | ... | url_verification | ssl_check
    key: str
    body: dict
    headers: dict


# -- reading a request, cheapest check first ---------------------------------------------------------
def check_signature(secret: bytes, raw: bytes, timestamp: str | None, signature: str | None) -> None:
    """Slack's v0 signature (HMAC-SHA256 of 'v0:{timestamp}:{body}') over the exact bytes received,
    within five minutes either way, as slack_sdk's SignatureVerifier checks it; but a timestamp
    that is not a number is a refusal here, not a ValueError."""
    if not timestamp or not signature:
        raise Rejected(401, "no Slack signature")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        raise Rejected(401, "the request timestamp is not a number")
    if abs(time.time() - int(timestamp)) > 60 * 5:  # Slack's wall clock, not the business clock
        raise Rejected(401, "the request timestamp is more than five minutes off")
    expected = "v0=" + hmac.new(secret, b"v0:" + timestamp.encode("ascii") + b":" + raw, hashlib.sha256).hexdigest()
    if not signature.isascii() or not hmac.compare_digest(expected, signature):
        raise Rejected(401, "the Slack signature does not match")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(400, "the body is not UTF-8", trusted=True) from None


def parse_body(text: str, content_type: str) -> dict:
    """The body as Bolt would read it: JSON (Events API) or form fields (commands, interactions)."""
    if content_type == JSON_TYPE:
        return parse_json_object(text, trusted=True)
    try:
        fields = dict(parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS))
    except ValueError:
        raise Rejected(400, f"more than {MAX_FIELDS} form fields", trusted=True) from None
    if "payload" in fields:
        return parse_json_object(fields["payload"], trusted=True, what="the payload field")
    return fields


def classify(body: dict) -> tuple[str, str]:
    """(kind, inbox key) of a parsed request, or Rejected."""
    kind = body.get("type")
    if kind == "url_verification":
        return "url_verification", ""
    if body.get("ssl_check"):
        return "ssl_check", ""
    if kind == "event_callback":
        event_id = body.get("event_id")
        if not _id(event_id):
            raise Rejected(400, "an event without a usable event_id", trusted=True)
        return "event", event_id
    # Slack never sends a slash command or an interaction twice (they are not retried), and two
    # clicks are two acts however alike: each gets an entry of its own.
    if isinstance(body.get("command"), str):
        return "command", f"command:{_trigger(body)}:{uuid.uuid4().hex}"
    if kind in INTERACTIONS:
        return kind, f"{kind}:{_trigger(body)}:{uuid.uuid4().hex}"
    if kind == "app_rate_limited":
        return "app_rate_limited", ""
    raise Rejected(400, f"unsupported request type {str(kind)[:40]!r}", trusted=True)


def _id(value) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARS


def _trigger(body: dict) -> str:
    trigger = body.get("trigger_id")
    return trigger if _id(trigger) else "-"


# What each listener reads, and the type it must have when present.
_EVENT_STRINGS = ("type", "user", "text", "channel", "ts", "thread_ts", "channel_type", "subtype", "bot_id",
                  "user_team", "team", "source_team", "tab", "event_ts")
_ID_FIELDS = ("user", "channel", "ts", "thread_ts", "user_team", "team", "source_team", "bot_id", "event_ts")


def shape_problem(kind: str, body: dict) -> str | None:
    """What is wrong with a signed request's shape for the listeners, or None."""
    if kind == "event":
        return _event_problem(body)
    if kind == "command":
        return _strings(body, ("command", "text", "user_id", "channel_id", "team_id", "trigger_id", "user_name"),
                        required=("user_id",))
    if kind in INTERACTIONS:
        return _interaction_problem(kind, body)
    return None


def _event_problem(body: dict) -> str | None:
    event = body.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return "'event' must be an object with a 'type'"
    if not isinstance(body.get("authorizations", []), list) or \
            not all(isinstance(a, dict) for a in body.get("authorizations") or []):
        return "'authorizations' must be a list of objects"
    problem = _strings(body, ("team_id", "context_team_id", "api_app_id")) or _strings(event, _EVENT_STRINGS)
    if problem:
        return f"event {problem}"
    if event["type"] in ("message", "app_mention") and event.get("user") is not None \
            and not (isinstance(event.get("channel"), str) and isinstance(event.get("ts"), str)):
        return f"a {event['type']} event without 'channel' and 'ts'"
    if event["type"] == "app_home_opened" and not isinstance(event.get("user"), str):
        return "an app_home_opened event without 'user'"
    return None


def _interaction_problem(kind: str, body: dict) -> str | None:
    user = body.get("user")
    if not isinstance(user, dict) or not _id(user.get("id")):
        return f"a {kind} without a 'user' id"
    for name in ("container", "channel", "message", "view", "team"):
        if name in body and body[name] is not None and not isinstance(body[name], dict):
            return f"'{name}' must be an object"
    if kind == "block_actions":
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions or not all(isinstance(a, dict) for a in actions):
            return "block_actions without a list of actions"
        for action in actions:
            problem = _strings(action, ("action_id", "block_id", "value", "type"), required=("action_id",))
            if problem:
                return f"action {problem}"
    if kind in ("view_submission", "view_closed") and not isinstance(body.get("view"), dict):
        return f"a {kind} without a 'view'"
    return None


def _strings(data: dict, names, required=()) -> str | None:
    for name in names:
        value = data.get(name)
        if value is None:
            if name in required:
                return f"has no '{name}'"
            continue
        if not isinstance(value, str):
            return f"'{name}' must be a string, not {type(value).__name__}"
        if name in _ID_FIELDS + ("user_id", "channel_id", "team_id", "trigger_id", "action_id", "block_id") \
                and len(value) > MAX_ID_CHARS:
            return f"'{name}' is longer than {MAX_ID_CHARS} characters"
    return None


def excerpt(body: dict, limit: int = 500) -> str:
    return json.dumps(body, ensure_ascii=False)[:limit]


# -- handling from the inbox ----------------------------------------------------------------------------
@dataclass
class Job:
    inbox_id: int
    kind: str
    body: dict
    headers: dict
    done: concurrent.futures.Future = field(default_factory=concurrent.futures.Future)
    attempts: int = 0


class SlackReceiver:
    """Screens requests, keeps them in the inbox, and handles them with a pool of workers."""

    def __init__(self, app: App, core: Bot, signing_secret: str = "", workers: int = WORKERS):
        self.app, self.core = app, core
        self._secret = signing_secret.encode("utf-8") if signing_secret else None
        self.workers = workers
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._later: list[tuple[float, int, Job]] = []     # (due, order, job): entries to try again
        self._later_lock = threading.Condition()
        self._order = itertools.count()
        self._busy = 0                                      # jobs being handled right now
        self._unfinished: dict[int, Job] = {}               # inbox id -> job, from admission to finish
        self._unmarked: list[tuple[int, str | None]] = []   # finished jobs whose mark could not be written
        self._lock = threading.Lock()
        self._closing = threading.Event()                   # no new requests
        self._stopping = threading.Event()                  # workers leave
        self._threads: list[threading.Thread] = []
        self._resume_pending = False

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> "SlackReceiver":
        """Start the workers and queue what an earlier run left unfinished."""
        for number in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"slack-worker-{number}", daemon=True)
            thread.start()
            self._threads.append(thread)
        helper = threading.Thread(target=self._look_after, name="slack-inbox", daemon=True)
        helper.start()
        self._threads.append(helper)
        self.resume()
        return self

    def resume(self) -> int:
        """Queue the entries an earlier run acknowledged but did not finish; how many."""
        with self._lock:
            in_hand = frozenset(self._unfinished)
        try:
            entries = self.core.events_to_resume(PLATFORM, in_hand)
        except InboxUnavailable as problem:
            log.warning("could not read the inbox to resume unfinished events yet (%s); trying again shortly", problem)
            self._resume_pending = True
            return 0
        self._resume_pending = False
        for entry in entries:
            try:
                body = json.loads(entry.payload)
            except ValueError:
                self.core.finish_event(entry.id, "the stored payload is not JSON")
                continue
            self._queue(Job(entry.id, entry.kind, body, {}))
        if entries:
            log.warning("resuming %d Slack event(s) acknowledged before the last stop", len(entries))
        return len(entries)

    def refuse_new(self) -> None:
        """From now on requests are answered 'try again' (503): the platform sends them again later."""
        self._closing.set()

    def stop(self, timeout: float = 10.0) -> int:
        """Stop taking requests, finish what is queued within `timeout`, hand back the rest
        (it stays in the inbox for the next start); how many were handed back."""
        self._closing.set()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self._idle():
            time.sleep(0.02)
        self._stopping.set()
        for _ in self._threads:
            self._jobs.put(None)
        with self._later_lock:
            self._later_lock.notify_all()
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()) + 0.5)
        self._mark_unmarked()
        with self._lock:
            left = len(self._unfinished)
        if left:
            log.warning("stopping with %d Slack event(s) unfinished; they are handled on the next start", left)
        return left

    @property
    def closing(self) -> bool:
        return self._closing.is_set()

    def _idle(self) -> bool:
        with self._lock:
            return not self._unfinished and not self._unmarked

    # -- a request ----------------------------------------------------------------------------
    def screen_http(self, raw: bytes, headers, content_type: str) -> Screened:
        """Every check of an HTTP request that needs no database; raises Rejected."""
        if len(raw) > MAX_BODY_BYTES:
            raise too_large()
        content_type = media_type(content_type)
        if content_type not in (JSON_TYPE, FORM_TYPE):
            raise Rejected(415, f"unsupported content type {content_type[:60]!r}")
        if self._secret is None:
            raise Rejected(401, "no signing secret is configured, so no request can be verified")
        check_signature(self._secret, raw, headers.get("X-Slack-Request-Timestamp"),
                        headers.get("X-Slack-Signature"))
        body = parse_body(decode(raw), content_type)
        return self.screen_body(body, _retry_headers(headers))

    def screen_body(self, body: dict, headers: dict | None = None) -> Screened:
        kind, key = classify(body)
        problem = shape_problem(kind, body)
        if problem:
            raise Rejected(400, problem, trusted=True)
        return Screened(kind, key, body, headers or {})

    def record_rejection(self, rejected: Rejected, body: dict | None) -> None:
        """A signed request that makes no sense goes in the interaction log (once per event id)."""
        if not rejected.trusted:
            return
        key = body.get("event_id") if isinstance(body, dict) and _id(body.get("event_id")) else ""
        try:
            self.core.record_rejected(PLATFORM, key, _sender(body), excerpt(body) if body else "", rejected.reason)
        except Exception as error:  # noqa: BLE001 - the rejection stands whether or not it was logged
            log.error("could not log a rejected Slack request: %s", error)

    def admit(self, screened: Screened) -> Job | None:
        """Write the request to the inbox; the job to run, or None for a delivery already taken in.
        Raises InboxUnavailable (answer 503: Slack sends it again)."""
        payload = json.dumps(screened.body, ensure_ascii=False)
        admission = self.core.accept_event(PLATFORM, screened.key, screened.kind, payload)
        if admission.finished:
            return None  # a retry of something handled
        job = Job(admission.id, screened.kind, screened.body, screened.headers)
        if not self._queue(job):
            return None  # a retry of something being handled (or waiting for the database)
        return job

    @staticmethod
    def answered_in_the_response(kind: str) -> bool:
        return kind in ANSWERED_IN_THE_RESPONSE

    # -- Socket Mode ---------------------------------------------------------------------------
    def on_socket_request(self, client, request) -> None:
        """A Socket Mode envelope (slack_sdk calls this on its own threads): screened, kept in the
        inbox, then acknowledged on the socket. Not acknowledged when the inbox can't take it, or
        while stopping, so that Slack sends it again."""
        from slack_sdk.socket_mode.response import SocketModeResponse
        if self.closing:
            return
        payload = request.payload
        try:
            if not isinstance(payload, dict) or depth_over(payload, MAX_DEPTH):
                raise Rejected(400, "the envelope's payload is not a JSON object of sensible depth", trusted=True)
            headers = {}
            if request.retry_attempt is not None:
                headers["x-slack-retry-num"] = [str(request.retry_attempt)]
            screened = self.screen_body(payload, headers)
        except Rejected as rejected:  # the socket is authenticated: log it, and acknowledge so it stops
            log.warning("rejected a Slack Socket Mode envelope: %s", rejected.reason)
            self.record_rejection(rejected, payload if isinstance(payload, dict) else None)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id))
            return
        job = None
        if screened.kind not in ("url_verification", "ssl_check", "app_rate_limited"):
            try:
                job = self.admit(screened)
            except InboxUnavailable as problem:
                log.warning("Slack %s %s not acknowledged: the inbox could not be written (%s); Slack will "
                            "send it again", screened.kind, screened.key, problem)
                return
        answer = None
        if job is not None and self.answered_in_the_response(screened.kind):
            try:
                response = job.done.result(timeout=SYNC_ANSWER_SECONDS)
                if response.status == 200 and response.body:
                    answer = json.loads(response.body)
            except (concurrent.futures.TimeoutError, ValueError):
                answer = None
        client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id, payload=answer))

    # -- workers ----------------------------------------------------------------------------------
    def _queue(self, job: Job) -> bool:
        """Queue a job unless its entry is in hand already."""
        with self._lock:
            if job.inbox_id in self._unfinished:
                return False
            self._unfinished[job.inbox_id] = job
        self._jobs.put(job)
        return True

    def _work(self) -> None:
        while not self._stopping.is_set():
            job = self._jobs.get()
            if job is None or self._stopping.is_set():
                return
            with self._lock:
                self._busy += 1
            try:
                self._handle(job)
            finally:
                with self._lock:
                    self._busy -= 1

    def _handle(self, job: Job) -> None:
        try:
            fresh = self.core.begin_event(job.inbox_id)
        except InboxUnavailable:
            self._try_later(job)
            return
        response = BoltResponse(status=200, body="")
        error = None
        if not fresh:  # logged or finished by an earlier run: nothing to do, nothing to mark
            with self._lock:
                self._unfinished.pop(job.inbox_id, None)
            job.done.set_result(response)
            return
        request = BoltRequest(body=job.body, mode="socket_mode", headers=job.headers,
                              context={INBOX_ID: job.inbox_id})
        try:
            response = self.app.dispatch(request)
            if response.status >= 500:
                error = f"Bolt answered {response.status}"
        except Exception as problem:  # noqa: BLE001 - a bug in a listener must not stop the worker
            log.exception("handling Slack %s %s failed", job.kind, job.inbox_id)
            error, response = f"{type(problem).__name__}: {problem}", BoltResponse(status=500, body="")
        self._finished(job, error)
        if not job.done.done():
            job.done.set_result(response)

    def _finished(self, job: Job, error: str | None) -> None:
        marked = self.core.finish_event(job.inbox_id, error)
        with self._lock:
            if marked:
                self._unfinished.pop(job.inbox_id, None)
            else:
                self._unmarked.append((job.inbox_id, error))

    def _try_later(self, job: Job) -> None:
        """The database is held by someone else: the entry waits (in the inbox) and is tried again."""
        if self._stopping.is_set():
            return
        job.attempts += 1
        pause = min(LONGEST_RETRY_PAUSE, RETRY_PAUSE * 2 ** (job.attempts - 1))
        if job.attempts == 1:
            log.warning("the database is busy; Slack event %s waits in the inbox and is tried again", job.inbox_id)
        with self._later_lock:
            heapq.heappush(self._later, (time.monotonic() + pause, next(self._order), job))
            self._later_lock.notify()

    def _look_after(self) -> None:
        """Puts deferred entries back in the queue and retries marks that could not be written."""
        while not self._stopping.is_set():
            with self._later_lock:
                wait = self._later[0][0] - time.monotonic() if self._later else 1.0
                if wait > 0:
                    self._later_lock.wait(min(wait, 1.0))
                due = []
                while self._later and self._later[0][0] <= time.monotonic():
                    due.append(heapq.heappop(self._later)[2])
            for job in due:
                if not self._stopping.is_set():
                    self._jobs.put(job)
            self._mark_unmarked()
            if self._resume_pending:
                self.resume()

    def _mark_unmarked(self) -> None:
        with self._lock:
            pending, self._unmarked = self._unmarked, []
        for inbox_id, error in pending:
            marked = self.core.finish_event(inbox_id, error)
            with self._lock:
                if marked:
                    self._unfinished.pop(inbox_id, None)
                else:
                    self._unmarked.append((inbox_id, error))


def _retry_headers(headers) -> dict:
    """The headers a listener may read (Slack's retry markers), as Bolt expects them."""
    kept = {}
    for name in ("X-Slack-Retry-Num", "X-Slack-Retry-Reason"):
        value = headers.get(name)
        if value is not None:
            kept[name.lower()] = [value]
    return kept


def _sender(body: dict | None) -> str:
    if not isinstance(body, dict):
        return ""
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    for value in (event.get("user"), body.get("user_id"), user.get("id")):
        if isinstance(value, str):
            return value[:MAX_ID_CHARS]
    return ""
