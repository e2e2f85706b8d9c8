"""`python app.py bench`: how fast the bot is on this machine, printed, never asserted.

Every figure comes from one run: routing latency over the training and
held-out texts, end-to-end handling into a durable SQLite file (WAL), the raw
single-row insert rate of that same file setup for comparison, the app's cold
start in a fresh interpreter, peak memory, and how the read queries grow with
the size of the interaction log (see bot/bench_history.py).
"""
from __future__ import annotations

import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.config import load_config
from bot.message import CLIENT, STAFF, IncomingMessage
from bot.storage import Storage, tables

ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "route_p99_ms": 1.0, "handled_per_s": 2000, "insert_ratio": 0.5, "cold_start_s": 1.5, "rss_mb": 150,
}

# Which seeded client a client message comes from, per phase the router should see.
CLIENT_BY_PHASE = {"transition": "Acme Dental", "ended": "Globex Logistics", "active": "Initech"}

COLD_START_CODE = """
from bot.config import load_config
from bot.core import Bot
from bot.message import IncomingMessage
bot = Bot(load_config(environ={}, db_path=":memory:"))
bot.handle(IncomingMessage(text="how do I tell a client we are ending the contract?", platform="bench",
                           sender_id="U1"))
"""


@dataclass(frozen=True)
class Sample:
    text: str
    audience: str
    phase: str | None


def samples() -> list[Sample]:
    """Every training and held-out text, once per phase its audience can be in."""
    from intents.examples import load_examples, load_heldout
    texts = [(e.text, e.audience) for e in load_examples()]
    texts += [(row["text"], row["audience"]) for row in load_heldout()]
    out = []
    for text, audience in texts:
        phases = (None, "transition", "ended") if audience == STAFF else ("transition", "ended", "active")
        out += [Sample(text, audience, phase) for phase in phases]
    return out


def routing_samples() -> list[Sample]:
    """What routing is timed on: every sample above, the blind sets, and CLINC150's test split of
    general-assistant requests, as staff and as a client in transition."""
    from intents.examples import GENERAL_TEST_FILE, blind_files, load_heldout
    out = samples()
    for path in blind_files():
        out += [Sample(row["text"], row["audience"], row.get("phase")) for row in load_heldout(path)]
    if GENERAL_TEST_FILE.exists():
        texts = [row["text"] for row in load_heldout(GENERAL_TEST_FILE)]
        out += [Sample(text, STAFF, None) for text in texts] + [Sample(text, CLIENT, "transition") for text in texts]
    return out


def model_description() -> str:
    from intents.router import DEFAULT_CACHE, default_router
    model = default_router().classifier
    features = sum(len(block.vocabulary) for block in model.blocks)
    size = sum(path.stat().st_size for path in DEFAULT_CACHE.glob("model.*")) / 1e6
    return f"{features:,} features x {len(model.labels)} labels, {size:.1f} MB cached on disk"


def doubt_share(items: list[Sample]) -> float:
    from intents.router import default_router
    router = default_router()
    return sum(router.route(item.text, item.audience, item.phase).doubtful for item in items) / len(items)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# -- routing ------------------------------------------------------------------------
def route_latencies_ms(items: list[Sample], repeats: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock milliseconds per route; with ``cpu``, the thread's CPU time per route is added to it
    (what routing itself costs, whatever else the machine is doing)."""
    from intents.router import default_router
    router = default_router()
    router.route("warm up", STAFF)
    timings = []
    for _ in range(repeats):
        for item in items:
            started, started_cpu = time.perf_counter(), time.thread_time()
            router.route(item.text, item.audience, item.phase)
            timings.append((time.perf_counter() - started) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - started_cpu) * 1000)
    return timings


# -- end-to-end handling -------------------------------------------------------------
def bench_messages(items: list[Sample], count: int) -> list[IncomingMessage]:
    """`count` messages cycling through the samples in a fixed shuffled order (intents mixed as in
    real traffic), each client thread its own conversation."""
    items = list(items)
    random.Random(7).shuffle(items)
    messages = []
    for number in range(count):
        item = items[number % len(items)]
        client = CLIENT_BY_PHASE[item.phase] if item.audience == CLIENT else None
        messages.append(IncomingMessage(
            text=item.text, platform="bench", sender_id=f"U{number % 40}", sender_name="Sam Bench",
            audience=item.audience, client=client, conversation_id=f"C{number % 500}",
            thread_id=f"T{number}", message_id=f"M{number}"))
    return messages


def seed_bench_clients(bot, extra: int) -> None:
    """The three phase clients plus `extra` others, so client look-ups meet a realistic book."""
    from bot.demo import seed_demo_clients
    seed_demo_clients(bot.clients)
    for number in range(extra):
        bot.clients.add(f"Bench Customer {number:04d}", status="active")


def handled_per_second(items: list[Sample], count: int, extra_clients: int, directory: Path) -> float:
    from bot.core import Bot
    bot = Bot(load_config(environ={}, db_path=str(directory / "handle.db")), long_running=True)  # as a server runs
    try:
        seed_bench_clients(bot, extra_clients)
        messages = bench_messages(items, count)
        for message in messages[:500]:  # compile the templates and warm the caches first
            bot.handle(message)
        started = time.perf_counter()
        for message in messages:
            bot.handle(message)
        return count / (time.perf_counter() - started)
    finally:
        bot.storage.close()


def raw_inserts_per_second(count: int, directory: Path) -> float:
    """sqlite-utils inserts of an interaction-shaped row, one per transaction, on a connection
    set up exactly as the bot's (pragmas, schema, background checkpoints)."""
    storage = Storage(str(directory / "raw.db"), background_checkpoints=True)  # set up as the bot's is
    row = {"ts": "2026-01-01T09:00:00.000+00:00", "platform": "bench", "conversation_id": "C1",
           "thread_id": "T1", "message_id": "M1", "sender_id": "U1", "sender_name": "Sam Bench",
           "audience": STAFF, "client": "Acme Dental", "text": "how do I tell them?",
           "intent": "announce_decision", "principle": "decisive", "confidence": 0.9, "action": "reply",
           "reply_text": "x" * 600, "latency_ms": 0.4, "error": None}
    table = tables(storage.db)["interactions"]  # the library's own insert, as the comparison has always used
    try:
        started = time.perf_counter()
        for _ in range(count):
            with storage.lock, storage.db:
                table.insert(row)
        return count / (time.perf_counter() - started)
    finally:
        storage.close()


# -- process-level figures -------------------------------------------------------------
def cold_start_seconds(runs: int) -> float:
    """Best wall time of a fresh interpreter importing the bot and handling one message."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD_START_CODE], cwd=ROOT, check=True,
                       capture_output=True, timeout=120)
        best = min(best, time.perf_counter() - started)
    return best


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


# -- the report ------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSES TARGET"


def run(messages: int = 5000, route_repeats: int = 3, clients: int = 200, cold_starts: int = 3,
        history: tuple[int, ...] = (10_000, 100_000), out=print) -> dict:
    out(f"Parting Ways benchmark - Python {sys.version.split()[0]}, load average {load_average()} "
        f"(2 cores; other work on the machine skews these figures)")
    items, routed = samples(), routing_samples()
    cpu: list[float] = []
    latencies = route_latencies_ms(routed, route_repeats, cpu)
    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    cpu_p50, cpu_p99 = percentile(cpu, 0.50), percentile(cpu, 0.99)
    out(f"routing: {len(latencies)} routes ({len(routed)} text-audience-phase cases, training, held-out, blind "
        f"and general-assistant texts, x {route_repeats}), "
        f"p50 {p50:.3f} ms, p99 {p99:.3f} ms, mean {statistics.fmean(latencies):.3f} ms "
        f"[target p99 <= {TARGETS['route_p99_ms']} ms: {verdict(p99 <= TARGETS['route_p99_ms'])}]; "
        f"CPU time p50 {cpu_p50:.3f} ms, p99 {cpu_p99:.3f} ms (not inflated by other work on the machine)")
    doubt = doubt_share(routed)
    out(f"model: {model_description()}; {doubt:.1%} of those routes in doubt (alternatives offered, "
        f"never auto-answered)")

    with tempfile.TemporaryDirectory(prefix="pw-bench-") as tmp:
        handled = handled_per_second(items, messages, clients, Path(tmp))
        rss = peak_rss_mb()
        # Before the raw inserts import sqlite-utils (and numpy) here: a child's peak RSS starts from
        # this process's, through vfork and exec.
        cold = cold_start_seconds(cold_starts)
        raw = raw_inserts_per_second(messages, Path(tmp))
    ratio = handled / raw
    out(f"handling: {handled:,.0f} messages/s end to end (route + render + logged to a WAL file, "
        f"{messages} messages, {clients + 3} clients) "
        f"[target >= {TARGETS['handled_per_s']:,}: {verdict(handled >= TARGETS['handled_per_s'])}]")
    out(f"raw insert: {raw:,.0f} rows/s (sqlite-utils, one row per transaction, same connection set-up); "
        f"handling/raw = {ratio:.2f} [target >= {TARGETS['insert_ratio']}: "
        f"{verdict(ratio >= TARGETS['insert_ratio'])}]")

    out(f"cold start: {cold:.2f} s best of {cold_starts} (new interpreter, import, one message) "
        f"[target <= {TARGETS['cold_start_s']} s: {verdict(cold <= TARGETS['cold_start_s'])}]")
    child_rss = peak_rss_mb(resource.RUSAGE_CHILDREN)
    out(f"peak RSS: {rss:.0f} MB in this process after handling, {child_rss:.0f} MB for the cold-start app "
        f"[target <= {TARGETS['rss_mb']} MB: {verdict(max(rss, child_rss) <= TARGETS['rss_mb'])}]")

    from tools.bench_history import history_report
    growth = history_report(history, out=out)
    return {"route_p50_ms": p50, "route_p99_ms": p99, "route_cpu_p99_ms": cpu_p99, "routes_in_doubt": doubt, "handled_per_s": handled, "raw_inserts_per_s": raw,
            "insert_ratio": ratio, "cold_start_s": cold, "rss_mb": rss, "cold_start_rss_mb": child_rss,
            "history": growth}
