"""`python app.py bench --slack`: our Slack server against a bare Bolt app, side by side, and what a
SIGKILL does to a stream. Figures are printed, never asserted (they move with the machine's load).

- burst: 300 staff DMs from 300 different people, sent as fast as 10 connections allow, to each
  server in turn, against one fake Web API that answers every call after 50 ms. The bare app only
  says "ok" (one chat.postMessage); ours looks the person up (users.info), routes, renders, logs,
  keeps the event in the inbox first, and posts the answer. Throughput is events answered per
  second from the first request to the last answer; memory is the server process's peak RSS.
- stream: 300 DMs at 50 per second to our server: how long Slack waits for its acknowledgement.
- kill: a stream at 50 per second, SIGKILL at an unannounced moment, a restart, Slack's retries of
  what was not acknowledged; then, per acknowledged event, how many answers reached Slack.
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"
API_DELAY = 0.050
EVENTS = 300
CONNECTIONS = 10

# The bare app: Bolt's defaults (acknowledge first, listener on Bolt's own thread pool) behind the
# same aiohttp shape our endpoint had before the inbox.
BARE_BOLT = """
import asyncio, sys
from aiohttp import web
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
app = App(client=WebClient(token=sys.argv[2], base_url=sys.argv[3]), signing_secret=sys.argv[1])

@app.event("message")
def ok(say):
    say("ok")

async def events(request):
    body = await request.text()
    headers = {name: request.headers.getall(name) for name in request.headers.keys()}
    response = await asyncio.get_running_loop().run_in_executor(
        None, app.dispatch, BoltRequest(body=body, headers=headers))
    return web.Response(status=response.status, text=response.body)

web_app = web.Application()
web_app.router.add_post("/slack/events", events)

async def main():
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    print(f"listening for Slack on http://127.0.0.1:{runner.addresses[0][1]}/slack/events", flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


class FakeWebAPI:
    """auth.test, users.info and chat.postMessage, each answered after API_DELAY; posts recorded."""

    def __init__(self, delay: float = API_DELAY):
        self.delay, self.posts, self._lock = delay, [], threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                url = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                args = json.loads(raw) if raw.startswith("{") else dict(parse_qsl(raw))
                method = url.path.rsplit("/", 1)[-1]
                time.sleep(fake.delay)
                if method == "auth.test":
                    body = {"ok": True, "team_id": "T0BENCH", "user_id": "U0BOT", "bot_id": "B0BOT", "team": "Bench"}
                elif method == "users.info":
                    body = {"ok": True, "user": {"id": args.get("user"), "name": "someone", "real_name": "Some One",
                                                 "team_id": "T0BENCH"}}
                else:
                    with fake._lock:
                        fake.posts.append((time.monotonic(), args.get("channel"), args.get("thread_ts")))
                    body = {"ok": True, "ts": "1.1"}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def reset(self) -> None:
        with self._lock:
            self.posts = []

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def dm(number: int) -> tuple[str, bytes]:
    ts = f"1712000000.{number:06d}"
    body = {"type": "event_callback", "team_id": "T0BENCH", "api_app_id": "A0APP", "event_id": f"Ev{number:08d}",
            "event_time": 1712000000, "authorizations": [{"team_id": "T0BENCH", "user_id": "U0BOT", "is_bot": True}],
            "event": {"type": "message", "channel": f"D{number:06d}", "channel_type": "im", "user": f"U{number:06d}",
                      "team": "T0BENCH", "ts": ts, "event_ts": ts,
                      "text": f"they said sorry and want another chance, should I reconsider? ({number})"}}
    return f"D{number:06d}", json.dumps(body).encode()


def signed_headers(body: bytes) -> dict:
    stamp = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": f"v0={digest}"}


class Server:
    def __init__(self, command: list[str], env: dict):
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        seen, deadline = b"", time.monotonic() + 60
        while time.monotonic() < deadline:
            if select.select([self.process.stdout], [], [], 0.1)[0]:
                seen += os.read(self.process.stdout.fileno(), 4096)
                found = re.search(rb"listening for Slack on http://127\.0\.0\.1:(\d+)(/slack/events)", seen)
                if found:
                    self.port, self.path = int(found.group(1)), found.group(2).decode()
                    return
            if self.process.poll() is not None:
                break
        raise RuntimeError(f"server did not start: {seen!r} {self.process.stderr.read()!r}")

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self, how=signal.SIGTERM) -> int:
        self.process.send_signal(how)
        self.process.communicate(timeout=60)
        return self.process.returncode


def ours(db: Path, api: str) -> Server:
    env = {"PATH": os.environ.get("PATH", ""), **({"MALLOC_ARENA_MAX": os.environ["MALLOC_ARENA_MAX"]} if "MALLOC_ARENA_MAX" in os.environ else {}), "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": api, "SLACK_PORT": "0", "PARTING_WAYS_DB": str(db),
           "PARTING_WAYS_REMINDER_INTERVAL": "3600"}
    return Server([sys.executable, "app.py", "slack", "--host", "127.0.0.1"], env)


def bare(api: str) -> Server:
    return Server([sys.executable, "-c", BARE_BOLT, SECRET, TOKEN, api], {"PATH": os.environ.get("PATH", "")})


def send_all(server: Server, numbers, per_second: float | None = None) -> dict[int, tuple[float, float, int | None]]:
    """number -> (sent at, ack seconds, status), over CONNECTIONS kept-alive connections."""
    results, lock = {}, threading.Lock()
    queue = list(numbers)
    gap = 1.0 / per_second if per_second else 0.0
    start = time.monotonic()

    def connection(index: int):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                number = queue.pop(0)
                position = len(results) + len(queue)
            if gap:
                due = start + (number - numbers[0]) * gap
                time.sleep(max(0.0, due - time.monotonic()))
            body = dm(number)[1]
            sent = time.monotonic()
            try:
                conn.request("POST", server.path, body=body, headers=signed_headers(body))
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = None
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            with lock:
                results[number] = (sent, time.monotonic() - sent, status)
        conn.close()

    with ThreadPoolExecutor(CONNECTIONS) as pool:
        list(pool.map(connection, range(CONNECTIONS)))
    return results


def wait_for_posts(api: FakeWebAPI, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(api.posts) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else float("nan")


def burst(api: FakeWebAPI, server: Server, events: int = EVENTS) -> dict:
    api.reset()
    warm = send_all(server, [900_000 + n for n in range(10)])  # imports, templates, first connections
    wait_for_posts(api, len(warm))
    api.reset()
    numbers = list(range(1, events + 1))
    results = send_all(server, numbers)
    wait_for_posts(api, events)
    first = min(sent for sent, _, _ in results.values())
    answered = {channel: at for at, channel, _ in api.posts}
    replies = [answered[dm(n)[0]] - results[n][0] for n in numbers if dm(n)[0] in answered]
    last = max(answered.values()) if answered else first
    return {"answered": len(answered), "per_second": len(answered) / (last - first),
            "ack_p50": percentile([a for _, a, _ in results.values()], 0.5) * 1000,
            "ack_p99": percentile([a for _, a, _ in results.values()], 0.99) * 1000,
            "reply_p50": percentile(replies, 0.5) * 1000, "reply_p99": percentile(replies, 0.99) * 1000,
            "rss_mb": server.peak_rss_mb()}


def stream(api: FakeWebAPI, server: Server, events: int = EVENTS, per_second: float = 50) -> dict:
    api.reset()
    results = send_all(server, list(range(10_001, 10_001 + events)), per_second=per_second)
    wait_for_posts(api, events)
    acks = [ack for _, ack, status in results.values() if status == 200]
    return {"acked": len(acks), "ack_p50": percentile(acks, 0.5) * 1000, "ack_p99": percentile(acks, 0.99) * 1000,
            "answered": len(api.posts)}


def kill_and_restart(api: FakeWebAPI, directory: Path, events: int = 150, per_second: float = 50) -> dict:
    """A SIGKILL at a random moment of a 50/s stream, a restart, Slack's retries; answers per event."""
    api.reset()
    db = directory / "kill.db"
    first = ours(db, api.url)
    numbers = list(range(20_001, 20_001 + events))
    results: dict = {}
    sender = threading.Thread(target=lambda: results.update(send_all(first, numbers, per_second)))
    sender.start()
    time.sleep(random.Random().uniform(1.0, events / per_second - 0.5))
    first.process.kill()
    first.process.wait()
    sender.join()
    acked = {n for n, (_, _, status) in results.items() if status == 200}
    second = ours(db, api.url)
    retried = send_all(second, [n for n in numbers if n not in acked])
    wait_for_posts(api, events, timeout=30)
    time.sleep(1.0)
    second.stop()
    answers = {}
    for _, channel, _ in api.posts:
        answers[channel] = answers.get(channel, 0) + 1
    with sqlite3.connect(db) as conn:
        flagged = conn.execute("SELECT count(*) FROM interactions WHERE error LIKE '%not sent again%'").fetchone()[0]
    counts = [answers.get(dm(n)[0], 0) for n in numbers if n in acked]
    return {"events": events, "acked_before_kill": len(acked), "retried": len(retried),
            "lost": sum(1 for c in counts if c == 0), "duplicated": sum(1 for c in counts if c > 1),
            "flagged_unconfirmed": flagged,
            "never_acked_answered_after_retry": sum(1 for n in numbers if n not in acked
                                                    and answers.get(dm(n)[0], 0) == 1)}


def run(out=print, events: int = EVENTS, kill: bool = True) -> dict:
    api = FakeWebAPI()
    figures = {}
    try:
        with tempfile.TemporaryDirectory(prefix="pw-bench-slack-") as tmp:
            directory = Path(tmp)
            out(f"Slack burst: {events} staff DMs from {events} people over {CONNECTIONS} connections, "
                f"Web API answering in {API_DELAY * 1000:.0f} ms")
            for name, start in (("bare Bolt (says ok)", lambda: bare(api.url)),
                                ("Parting Ways", lambda: ours(directory / "burst.db", api.url))):
                server = start()
                try:
                    figures[name] = burst(api, server, events)
                    if name == "Parting Ways":
                        figures["stream"] = stream(api, server, events)
                finally:
                    server.stop()
                f = figures[name]
                out(f"  {name:<20} {f['per_second']:6.1f} events/s answered ({f['answered']}/{events}); "
                    f"ack p50 {f['ack_p50']:.1f} ms p99 {f['ack_p99']:.1f} ms; reply p50 {f['reply_p50']:.0f} ms "
                    f"p99 {f['reply_p99']:.0f} ms; peak RSS {f['rss_mb']:.0f} MB")
            ours_f, bare_f = figures["Parting Ways"], figures["bare Bolt (says ok)"]
            out(f"  throughput {ours_f['per_second'] / bare_f['per_second']:.2f}x the bare app [target >= 0.8x]; "
                f"memory {ours_f['rss_mb'] / bare_f['rss_mb']:.2f}x [target <= 1.6x]")
            s = figures["stream"]
            out(f"Slack stream: {s['acked']} DMs at 50/s acknowledged, ack p50 {s['ack_p50']:.1f} ms, "
                f"p99 {s['ack_p99']:.1f} ms [target p99 <= 100 ms]; {s['answered']} answered")
            if kill:
                k = figures["kill"] = kill_and_restart(api, directory)
                out(f"SIGKILL at a random moment of a 50/s stream of {k['events']}, then a restart: "
                    f"{k['acked_before_kill']} acknowledged before the kill, {k['lost']} of them lost, "
                    f"{k['duplicated']} answered twice, {k['flagged_unconfirmed']} logged as 'answer may be missing' "
                    f"(killed mid-send); {k['never_acked_answered_after_retry']}/{k['retried']} unacknowledged "
                    f"answered once after Slack's retry")
    finally:
        api.close()
    return figures


if __name__ == "__main__":
    run()
