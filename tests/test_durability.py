"""Many writers, killed writers, a full disk and a read-only database: the log holds and the bot answers."""
import logging
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from bot.config import load_config
from bot.core import Bot
from bot.message import CLIENT, REPLY, IncomingMessage, Vote
from tests.support.records import seed_clients

ROOT = Path(__file__).resolve().parent.parent

# A separate bot process on the same database file, printing each interaction id once
# bot.handle has returned it (that is the acknowledgement an adapter acts on).
WRITER = """
import sys
from bot.config import load_config
from bot.core import Bot
from bot.message import IncomingMessage
bot = Bot(load_config(environ={}, db_path=sys.argv[1]))
count = int(sys.argv[3])
number = 0
while count < 0 or number < count:
    decision = bot.handle(IncomingMessage(text=f"how do I tell Acme Dental we are done? ({sys.argv[2]} {number})",
                                          platform="console", sender_id=sys.argv[2]))
    print(decision.interaction_id, flush=True)
    number += 1
"""


def writer(db_path, name: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), name, str(count)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def logged_ids(db_path) -> set[int]:
    with sqlite3.connect(db_path) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM interactions")}


def staff(text, sender="U_STAFF"):
    return IncomingMessage(text=text, platform="console", sender_id=sender)


def test_many_threads_logging_at_once_lose_nothing(bot, caplog):
    per_thread, threads = 60, 8
    ids, failures = [], []

    def chat(number):
        for turn in range(per_thread):
            decision = bot.handle(staff(f"how do I explain the late payments? ({number}.{turn})", f"U{number}"))
            (ids if decision.interaction_id else failures).append(decision.interaction_id)

    workers = [threading.Thread(target=chat, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == [] and len(set(ids)) == per_thread * threads
    assert set(ids) <= logged_ids(bot.config.db_path)
    assert "could not write" not in caplog.text


def test_several_processes_writing_one_file_lose_nothing_and_never_report_locked(open_bot, config):
    open_bot(config).storage.close()  # create the schema once, as the running bot would have
    processes = [writer(config.db_path, f"P{n}", 150) for n in range(4)]
    printed = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err and "could not write" not in err
        printed += [int(line) for line in out.split()]
    assert len(printed) == len(set(printed)) == 600
    assert logged_ids(config.db_path) == set(printed)


def test_a_writer_killed_mid_run_leaves_a_sound_database_with_every_acknowledged_row(open_bot, config):
    open_bot(config).storage.close()
    process = writer(config.db_path, "doomed", -1)
    acknowledged = [int(process.stdout.readline()) for _ in range(300)]
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()
    with sqlite3.connect(config.db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert set(acknowledged) <= logged_ids(config.db_path)


def test_a_full_disk_is_reported_clearly_and_the_bot_keeps_answering(config, caplog):
    bot = Bot(replace(config, reply_mode="auto"))  # auto-replies need no storage to reach the client
    seed_clients(bot.clients)
    db = bot.storage.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    decision = bot.handle(IncomingMessage(text="why are you ending our contract? " * 3000, platform="slack",
                                          sender_id="U_EXT", sender_name="Dana Lee", audience=CLIENT,
                                          client="Acme Dental", conversation_id="C1", thread_id="t1"))
    assert decision.action == REPLY and "Dana" in decision.reply.text
    assert decision.interaction_id is None
    assert "SQLITE_FULL" in caplog.text and "free space" in caplog.text and bot.config.db_path in caplog.text
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed: logging resumes on its own
    assert bot.handle(staff("how do I tell Initech?")).interaction_id is not None
    bot.close()


def test_a_read_only_database_is_reported_clearly_and_the_bot_keeps_answering(open_bot, tmp_path, caplog):
    path = tmp_path / "ro.db"
    setup = open_bot(load_config(environ={}, db_path=str(path)))
    seed_clients(setup.clients)
    setup.storage.close()
    bot = open_bot(load_config(environ={}, db_path=str(path)))
    bot.storage.db.execute("PRAGMA query_only = ON")  # as a read-only mount would (root ignores chmod)
    with caplog.at_level(logging.WARNING):
        decision = bot.handle(staff("how do I tell Acme Dental we're ending the contract?"))
        assert decision.action == REPLY and "Acme Dental" == decision.client
        assert decision.interaction_id is None
        assert bot.claim_event("slack", "Ev1") is True  # processed rather than dropped
        assert bot.record_feedback(Vote(decision.interaction_id or 1, "helpful", "console", "U_STAFF", "staff",
                                        "")) is False
    assert "SQLITE_READONLY" in caplog.text and "permissions" in caplog.text
    bot.storage.close()


def test_the_log_is_checkpointed_in_the_background_not_while_answering(open_bot, config):
    bot = open_bot(config, long_running=True)
    path = Path(bot.config.db_path)
    assert bot.storage.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    before = path.stat().st_size
    for number in range(300):
        bot.handle(staff(f"how do I tell Initech we are done? ({number})"))
    deadline = time.monotonic() + 10
    while path.stat().st_size <= before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.stat().st_size > before  # the rows reached the database file, not only the WAL
    bot.close()


def test_short_commands_keep_sqlite_checkpointing_on_their_own_connection(bot):
    # A one-off CLI command has no background thread to checkpoint for it.
    assert bot.storage.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 0


def test_the_write_ahead_log_is_cut_back_while_running_and_truncated_on_close(open_bot, config):
    from bot.storage.schema import WAL_SIZE_LIMIT
    bot = open_bot(config, long_running=True)
    wal = Path(bot.config.db_path + "-wal")
    bot.storage.insert_interactions([{"text": f"a long-winded message {n} " + "x" * 2000, "platform": "bench"}
                                     for n in range(6000)])  # one big transaction: ~14 MB of log
    grown = wal.stat().st_size
    assert grown > 2 * WAL_SIZE_LIMIT
    deadline = time.monotonic() + 15
    while wal.stat().st_size > WAL_SIZE_LIMIT and time.monotonic() < deadline:
        bot.handle(staff("how do I tell Initech we are done?"))  # the next write after a checkpoint cuts it
        time.sleep(0.2)
    assert wal.stat().st_size <= WAL_SIZE_LIMIT
    bot.close()
    assert not wal.exists() or wal.stat().st_size == 0
