"""How the command line behaves for scripts and cron: --version, global options anywhere, exit codes
(0 done, 1 failed while running, 2 wrong command line or settings), a quiet end on a closed pipe,
`reminders run` failing when a platform did, --json output, and an audit row for every change."""
from __future__ import annotations

import io
import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.clients import Clients
from bot.storage import Storage
from tests.support.records import seed_clients
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, STAFF_CHANNEL

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "cli.db"
    storage = Storage(str(path))
    seed_clients(Clients(storage, "Europe/London"))
    storage.close()
    return str(path)


@pytest.fixture
def console_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("offboard list\n/quit\n"))


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:  # argparse: usage errors, --help, --version
        return exit_.code


# Every command with a call that succeeds and one that is a usage error; the runtime failure is the
# successful call against a database that cannot be opened (a folder where the file should be).
TABLE = [
    (("clients", "list"), ("clients", "list", "--bogus")),
    (("clients", "list", "--json"), ("clients", "list", "extra")),
    (("clients", "show", "Acme Dental"), ("clients", "show")),
    (("clients", "show", "Acme Dental", "--json"), ("clients", "show", "Nobody Ltd")),
    (("clients", "add", "Newco"), ("clients", "add")),
    (("clients", "notice", "Initech", "--end", "+30"), ("clients", "notice", "Initech")),
    (("clients", "end", "Acme Dental", "+40"), ("clients", "end", "Acme Dental", "someday")),
    (("clients", "edit", "Acme Dental", "--timezone", "Europe/Paris"), ("clients", "edit", "Acme Dental")),
    (("log",), ("log", "--limit", "many")),
    (("log", "export"), ("log", "export", "--format", "xml")),
    (("log", "purge", "--before", "2020-01-01"), ("log", "purge")),
    (("stats",), ("stats", "extra")),
    (("stats", "--json"), ("stats", "--json=yes")),
    (("reminders", "list"), ("reminders", "list", "--client")),
    (("reminders", "list", "--json"), ("reminders", "list", "--client", "Nobody Ltd")),
    (("reminders", "add", "Acme Dental", "tomorrow", "call", "them"), ("reminders", "add", "Acme Dental")),
    (("reminders", "run"), ("reminders", "run", "now")),
]


@pytest.mark.parametrize("ok, usage", TABLE, ids=[" ".join(ok) for ok, _ in TABLE])
def test_exit_codes_0_done_1_failed_2_usage(db, tmp_path, console_input, capsys, ok, usage):
    assert run(*ok, "--db", db) == 0, capsys.readouterr().err
    assert run(*usage, "--db", db) == 2
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert run(*ok, "--db", str(folder)) == 1
    err = capsys.readouterr().err
    assert "error: database: unable to open database file" in err and "Traceback" not in err


def test_exit_codes_of_the_console_chat(db, tmp_path):
    def chat(*args: str) -> int:
        return subprocess.run([sys.executable, "app.py", "chat", *args], cwd=ROOT, input="offboard list\n",
                              capture_output=True, text=True, timeout=120).returncode
    assert chat("--no-demo", "--db", db) == 0
    assert chat("--demo", "--db", db) == 2
    assert chat("--db", str(tmp_path)) == 1


def test_exit_codes_of_the_commands_that_need_no_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MicrosoftAppId", "3f2a0c1e-1111-2222-3333-444455556666")
    assert run("teams", "package", "--out", str(tmp_path / "dist")) == 0
    assert run("teams", "package", "--out") == 2
    (tmp_path / "a-file").write_text("")
    assert run("teams", "package", "--out", str(tmp_path / "a-file")) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"text": "hi"}\n'))
    assert run("route") == 0
    assert run("route", "extra") == 2
    assert run("evaluate", "--folds") == 2
    assert run("bench", "--messages", "lots") == 2


def test_slack_that_cannot_be_reached_is_a_runtime_failure_not_a_usage_error(tmp_path, monkeypatch, capsys):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{port}/api/")
    assert run("slack", "--db", str(tmp_path / "bot.db")) == 1
    assert "Cannot reach Slack" in capsys.readouterr().err
    assert run("slack", "--port") == 2


def test_version_and_global_options_after_the_command(tmp_path, capsys):
    assert run("--version") == 0
    assert capsys.readouterr().out.strip() == f"parting-ways {__version__}"
    db = str(tmp_path / "x.db")
    assert run("clients", "add", "Acme Dental", "--db", db) == 0
    assert run("--db", db, "clients", "list", "-v") == 0
    assert run("clients", "--db", db, "show", "Acme Dental") == 0
    assert run("teams", "--host", "127.0.0.1", "package", "--help") == 0
    capsys.readouterr()
    assert run("--db", db, "clients", "list", "--json") == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Acme Dental"]


def test_a_subprocess_reports_its_version_as_both_commands_are_named():
    out = subprocess.run([sys.executable, "app.py", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, f"parting-ways {__version__}")


# -- a closed pipe ---------------------------------------------------------------------------------
@pytest.fixture
def big_db(tmp_path) -> str:
    path = tmp_path / "big.db"
    storage = Storage(str(path))
    clients = Clients(storage, "Europe/London")
    for number in range(3000):
        clients.add(f"Client number {number:04d} with a long enough name", status="active")
    storage.insert_interactions([{"ts": f"2026-11-{1 + n % 28:02d}T10:00:00.000+00:00", "platform": "slack",
                                  "text": "x" * 200, "action": "reply"} for n in range(3000)])
    storage.close()
    return str(path)


@pytest.mark.parametrize("args", [("clients", "list"), ("clients", "list", "--json"), ("log", "--limit", "3000"),
                                  ("log", "export"), ("stats", "--json")])
def test_a_reader_that_stops_early_ends_the_command_quietly(big_db, args):
    process = subprocess.Popen([sys.executable, "app.py", *args, "--db", big_db], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()  # `| head -1`
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err.decode() == ""


# -- reminders run for cron ----------------------------------------------------------------------------
def test_reminders_run_exits_1_when_a_platform_failed_and_0_when_it_delivered(db, fake, monkeypatch, capsys,
                                                                              pinned_clock):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_STAFF_CHANNEL", STAFF_CHANNEL)
    monkeypatch.setenv("SLACK_API_URL", fake.api_url)
    assert run("clients", "notice", "Initech", "--end", "+30", "--db", db) == 0  # due this morning
    fake.fail("chat.postMessage", "channel_not_found", times=1)

    assert run("reminders", "run", "--db", db) == 1
    err = capsys.readouterr().err
    assert "error: slack delivery to staff failed" in err
    assert "channel_not_found" in err and "retried on the next run" in err

    pinned_clock.advance(minutes=10)  # past the first retry's wait
    assert run("reminders", "run", "--db", db) == 0
    assert "Sent 1 reminder delivery" in capsys.readouterr().out


# -- --json ------------------------------------------------------------------------------------------
def test_json_output_carries_the_records(db, capsys):
    assert run("clients", "show", "Acme Dental", "--json", "--db", db) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["name"] == "Acme Dental" and record["account_owner"] == "Priya"
    assert run("reminders", "list", "--client", "Acme Dental", "--json", "--db", db) == 0
    agenda = json.loads(capsys.readouterr().out)
    assert agenda and set(agenda[0]) == {"due_at", "when", "client", "what", "status"}
    assert {row["client"] for row in agenda} == {"Acme Dental"}
    assert run("stats", "--json", "--db", db) == 0
    assert set(json.loads(capsys.readouterr().out)) >= {"principle", "action", "client"}


# -- the audit trail -----------------------------------------------------------------------------------
def audit_rows(db: str) -> list[dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    rows = [dict(r) for r in connection.execute("SELECT * FROM interactions WHERE platform = 'cli' ORDER BY id")]
    connection.close()
    return rows


def test_every_change_from_the_command_line_is_audited_with_who_and_where(db, capsys):
    import pwd
    me = pwd.getpwuid(__import__("os").getuid()).pw_name
    host = socket.gethostname()
    assert run("clients", "edit", "Acme Dental", "--new-provider", "BrightPath IT", "--db", db) == 0
    assert run("clients", "add", "Newco", "--db", db) == 0
    assert run("clients", "notice", "Newco", "--end", "+30", "--db", db) == 0
    assert run("clients", "end", "Newco", "+45", "--db", db) == 0
    assert run("reminders", "add", "Newco", "tomorrow", "call", "--db", db) == 0
    assert run("log", "purge", "--before", "2020-01-01", "--db", db) == 0
    assert run("clients", "list", "--db", db) == 0  # reading changes nothing: no row

    rows = audit_rows(db)
    assert [r["text"].split(" --db")[0] for r in rows] == [
        "python app.py clients edit 'Acme Dental' --new-provider 'BrightPath IT'",
        "python app.py clients add Newco", "python app.py clients notice Newco --end +30",
        "python app.py clients end Newco +45", "python app.py reminders add Newco tomorrow call",
        "python app.py log purge --before 2020-01-01"]
    assert {(r["sender_id"], r["conversation_id"].split(":")[0], r["action"]) for r in rows} == {
        (me, host, "command")}
    assert [r["client"] for r in rows] == ["Acme Dental", "Newco", "Newco", "Newco", "Newco", None]
    assert "BrightPath IT" in rows[0]["reply_text"]


# -- backups -----------------------------------------------------------------------------------------
def test_backup_copies_the_live_database_while_it_is_open_and_refuses_to_overwrite(db, tmp_path, capsys):
    live = Storage(db)  # the bot running: an open connection with WAL content not yet checkpointed
    live.log_interaction(platform="slack", text="in the WAL only", action="reply")
    copy = tmp_path / "copy.db"
    try:
        assert run("backup", str(copy), "--db", db, "--json") == 0
        summary = json.loads(capsys.readouterr().out)
        assert summary["clients"] == 3 and summary["interactions"] == 1
        restored = sqlite3.connect(copy)
        assert restored.execute("SELECT text FROM interactions").fetchall() == [("in the WAL only",)]
        assert restored.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        restored.close()
        assert run("backup", str(copy), "--db", db) == 2
        assert "exists" in capsys.readouterr().err
        assert run("backup", str(tmp_path / "no-such-folder" / "x.db"), "--db", db) == 1
    finally:
        live.close()
