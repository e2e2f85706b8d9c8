"""Runners racing on one database file still deliver every reminder exactly once."""
import pytest
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from bot.reminders.runner import run_due
from tests.support.calendar import day, london
from tests.support.reminders import FakeNotifier

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 25
NOW = london(day(31), 9, 30)  # every client's notice, two-week and one-week steps are due
CUTOFF_DAYS = 60               # ...and none of them is too old to send


def seed(bot) -> None:
    for number in range(CLIENTS):
        bot.clients.add(f"Client {number:02d}", status="transition", notice_date=day(1 + number % 3).isoformat(),
                        end_date=day(38 + number % 5).isoformat())
        bot.clients.set_owner(f"Client {number:02d}", f"owner{number % 4}", "slack", f"U0OWNER{number % 4}")


def expected_deliveries(make_bot, tmp_path) -> int:
    """What one runner alone delivers, on a copy of the same records."""
    solo = make_bot(tmp_path, "solo.db", reminder_cutoff_days=CUTOFF_DAYS)
    seed(solo)
    count = len(run_due(solo, [FakeNotifier("slack")], NOW))
    solo.storage.close()
    assert count > CLIENTS * 4  # staff and owner, several steps each, plus the digest: a real race
    return count


def keys(delivered) -> list[tuple]:
    # Title and text tell apart two reminders of one kind for one client: checklist items moved off a weekend
    # can fall due on days next to each other, and a catch-up pass sends each day's reminder.
    return [(d.platform, d.recipient, d.client, d.kind, d.title, d.text) for d in delivered]


def race(runners) -> list:
    start, results = threading.Barrier(len(runners)), []

    def run(bot):
        start.wait()
        results.extend(keys(run_due(bot, [FakeNotifier("slack")], NOW)))

    threads = [threading.Thread(target=run, args=(bot,)) for bot in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_threads_sharing_one_bot_deliver_each_reminder_once(make_bot, tmp_path):
    bot = make_bot(tmp_path, reminder_cutoff_days=CUTOFF_DAYS)
    seed(bot)
    results = race([bot, bot])
    assert Counter(results).most_common(1)[0][1] == 1
    assert len(results) == expected_deliveries(make_bot, tmp_path)


def test_two_threads_with_their_own_connections_deliver_each_reminder_once(make_bot, tmp_path):
    first = make_bot(tmp_path, reminder_cutoff_days=CUTOFF_DAYS)
    seed(first)
    second = make_bot(tmp_path, reminder_cutoff_days=CUTOFF_DAYS)
    results = race([first, second])
    assert Counter(results).most_common(1)[0][1] == 1
    assert len(results) == expected_deliveries(make_bot, tmp_path)


RUNNER = """
import json, sys
from datetime import datetime
from bot.config import load_config
from bot.core import Bot
from bot.reminders.runner import run_due
from tests.support.reminders import FakeNotifier

bot = Bot(load_config(environ={}, db_path=sys.argv[1], reminder_cutoff_days=int(sys.argv[3])))
print("ready", flush=True)
sys.stdin.readline()  # the starting gun: both processes are loaded and waiting
delivered = run_due(bot, [FakeNotifier("slack")], datetime.fromisoformat(sys.argv[2]))
print(json.dumps([[d.platform, d.recipient, d.client, d.kind, d.title, d.text] for d in delivered]), flush=True)
"""


def test_two_processes_on_one_database_file_deliver_each_reminder_once(make_bot, tmp_path):
    bot = make_bot(tmp_path, reminder_cutoff_days=CUTOFF_DAYS)
    seed(bot)
    bot.storage.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-c", RUNNER, str(tmp_path / "bot.db"), NOW.isoformat(),
                                   str(CUTOFF_DAYS)], cwd=ROOT, env=env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                 for _ in range(2)]
    for process in processes:
        assert process.stdout.readline().strip() == "ready"
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        results += [tuple(item) for item in json.loads(out)]
    assert Counter(results).most_common(1)[0][1] == 1
    assert len(results) == expected_deliveries(make_bot, tmp_path)
