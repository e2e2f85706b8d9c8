"""How the bot's read queries grow with the interaction log (part of `python app.py bench`).

A temp file database is filled with `size` synthetic interactions in large
batches (minutes, even for a million rows), then each query the bot or an
operator runs against history is timed, with SQLite's query plan for the
ones on the message hot path as evidence that they use an index.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bot.storage import Storage, iso, utcnow

BATCH = 20_000
CLIENT_NAMES = [f"History Client {n:02d}" for n in range(60)]
PRINCIPLES = ("decisive", "honest", "friendly", "helpful", "done", None)
ACTIONS = ("reply", "reply", "handoff", "ignore", "command")


def synthetic_rows(size: int, start_number: int = 0):
    """`size` interactions, one a minute up to now, spread over 60 clients and some staff chat."""
    first = utcnow() - timedelta(minutes=size)
    for number in range(start_number, start_number + size):
        client = CLIENT_NAMES[number % len(CLIENT_NAMES)] if number % 3 else None
        yield {
            "ts": iso(first + timedelta(minutes=number - start_number)), "platform": "bench",
            "conversation_id": f"C{number % 997}", "thread_id": f"T{number}", "message_id": f"M{number}",
            "sender_id": f"U{number % 50}", "sender_name": "Sam Bench",
            "audience": "client" if client else "staff", "client": client,
            "text": f"synthetic message number {number} about the handover",
            "intent": "provider_handover", "principle": PRINCIPLES[number % len(PRINCIPLES)],
            "confidence": 0.8, "action": ACTIONS[number % len(ACTIONS)], "reply_text": "Thanks, noted.",
            "latency_ms": 0.5, "error": None,
        }


def fill(storage: Storage, size: int) -> float:
    """Seconds taken to insert `size` rows in batches of BATCH, one transaction each."""
    started = time.perf_counter()
    rows = synthetic_rows(size)
    while True:
        batch = [row for _, row in zip(range(BATCH), rows)]
        if not batch:
            return time.perf_counter() - started
        storage.insert_interactions(batch)


def timed_ms(action, repeats: int = 5) -> float:
    """Median wall time of `action()` in milliseconds."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


PLAN_PARAMS = {"log --client": [CLIENT_NAMES[7]], "auto-reply window": ["C1", "T1"]}


def measure(size: int, directory: Path, out) -> dict:
    from bot.clients import Clients
    from bot.retention import Selection, summary
    storage = Storage(str(directory / f"history-{size}.db"))
    try:
        build = fill(storage, size)
        clients = Clients(storage)
        clients.add(CLIENT_NAMES[7], status="transition", notice_date="2026-01-01", end_date="2099-01-01")
        last_month = Selection(since=iso(utcnow() - timedelta(days=30)))
        figures = {
            "log": timed_ms(lambda: storage.recent_interactions(20)),
            "log --client": timed_ms(lambda: storage.recent_interactions(20, client=CLIENT_NAMES[7])),
            "client lookup": timed_ms(lambda: clients.find(CLIENT_NAMES[7].upper())),
            "auto-reply window": timed_ms(lambda: storage.claim_auto_reply("C1", "T1", 600)),
            "purge dry run (30 days)": timed_ms(lambda: summary(storage, last_month), repeats=3),
            "stats": timed_ms(storage.stats, repeats=3),
        }
        out(f"history {size:,} interactions (built in {build:.1f} s): " +
            ", ".join(f"{name} {ms:.2f} ms" for name, ms in figures.items()))
        return figures
    finally:
        storage.close()


def print_plans(directory: Path, out) -> None:
    storage = Storage(str(directory / "plans.db"))
    try:
        for name, params in PLAN_PARAMS.items():
            out(f"  query plan, {name}: {storage.query_plan(name, params)}")
    finally:
        storage.close()


def history_report(sizes, out=print) -> dict[int, dict]:
    results = {}
    with tempfile.TemporaryDirectory(prefix="pw-history-") as tmp:
        for size in sizes:
            results[size] = measure(size, Path(tmp), out)
        print_plans(Path(tmp), out)
    out("  (stats counts by principle, action and client with GROUP BY over the whole table: "
        "it grows linearly with history by design; it is an operator report, not on the message path)")
    return results
