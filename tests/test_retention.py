"""Privacy requests: `log export` and `log purge`, driven through app.py as an operator would."""
import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.clients import Clients
from bot.storage import Storage
from tests.support.records import seed_clients

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

ROOT = Path(__file__).resolve().parent.parent

# (client, UTC timestamp, text) - two days in March for Acme, one for Globex, staff chat in April.
LOGGED = [
    ("Acme Dental", "2026-03-01T08:00:00.000+00:00", "why are you ending our contract?"),
    ("Acme Dental", "2026-03-02T23:59:59.999+00:00", "=HYPERLINK(\"http://evil.example\",\"click\")"),
    ("Globex Logistics", "2026-03-02T10:00:00.000+00:00", "can we have our backups"),
    (None, "2026-04-10T09:00:00.000+00:00", "how do I tell Initech we are done"),
    ("Acme Dental", "2026-04-11T09:00:00.000+00:00", "thanks for the handover"),
]


def app(*args, db):
    command = [sys.executable, "app.py", "--db", str(db), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "retention.db"
    storage = Storage(str(path))
    seed_clients(Clients(storage))
    for client, ts, text in LOGGED:
        storage.log_interaction(ts=ts, platform="slack", audience="client" if client else "staff",
                                client=client, text=text, action="reply", conversation_id="C1")
    storage.close()
    return path


def logged_texts(db) -> list[str]:
    storage = Storage(str(db))
    try:
        return [row["text"] for row in storage.iter_interactions() if row["platform"] != "cli"]  # not audit rows
    finally:
        storage.close()


def test_export_one_client_as_json_lines_oldest_first_whatever_the_case_typed(db):
    result = app("log", "export", "--client", "acme DENTAL", db=db)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == [LOGGED[0][2], LOGGED[1][2], LOGGED[4][2]]
    assert {r["client"] for r in rows} == {"Acme Dental"}
    assert "Exported 3 interaction(s) for Acme Dental" in result.stderr


def test_export_csv_to_a_file_with_inclusive_days_and_formulas_made_inert(db, tmp_path):
    out = tmp_path / "acme.csv"
    result = app("log", "export", "--format", "csv", "--since", "2026-03-02", "--until", "2026-03-02",
                 "--output", str(out), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # 23:59:59.999 on the --until day is included; the day before --since is not.
    assert [r["client"] for r in rows] == ["Globex Logistics", "Acme Dental"]
    assert rows[1]["text"] == "'" + LOGGED[1][2]  # a spreadsheet shows it as text, never runs it
    assert "ts" in rows[0] and "reply_text" in rows[0]


def test_export_reads_through_sqlite_utils_every_column_in_table_order(db):
    """The operator's export is served by sqlite-utils (rows_where): the CSV has each column of the
    interactions table once, in the table's order, and the matching rows oldest first."""
    result = subprocess.run([sys.executable, "-X", "importtime", "app.py", "--db", str(db), "log", "export",
                             "--format", "csv", "--since", "2026-03-02"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert re.search(r"\|\s+sqlite_utils$", result.stderr, re.MULTILINE), "the export did not use sqlite-utils"
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interactions)")]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == columns
    assert [(r["client"], r["text"]) for r in rows if r["platform"] != "cli"] == [
        (client or "", "'" + text if text.startswith("=") else text)
        for client, ts, text in sorted(LOGGED, key=lambda logged: logged[1]) if ts >= "2026-03-02"]


def test_purge_dry_run_says_what_would_go_and_deletes_nothing(db):
    result = app("log", "purge", "--before", "2026-04-01", "--dry-run", db=db)
    assert result.returncode == 0, result.stderr
    assert "Dry run: 3 interaction(s)" in result.stdout
    assert "Acme Dental: 2 from 2026-03-01 to 2026-03-02" in result.stdout
    assert "Globex Logistics: 1 from 2026-03-02 to 2026-03-02" in result.stdout
    assert "up to (not including) 2026-04-01" in result.stdout
    assert len(logged_texts(db)) == len(LOGGED)


def test_purge_deletes_only_that_client_before_the_day_and_says_so(db):
    result = app("log", "purge", "--before", "2026-04-01", "--client", "Acme Dental", db=db)
    assert result.returncode == 0, result.stderr
    assert "Deleted 2 interaction(s) for Acme Dental" in result.stdout
    assert logged_texts(db) == [LOGGED[2][2], LOGGED[3][2], LOGGED[4][2]]
    again = app("log", "purge", "--before", "2026-04-01", "--client", "Acme Dental", db=db)
    assert "nothing to delete" in again.stdout


@pytest.mark.parametrize("args, message", [
    (("log", "purge", "--before", "31/12/2026"), "not a date I understand"),
    (("log", "export", "--since", "2026-02-30"), "not a date I understand"),
    (("log", "export", "--since", "2026-05-01", "--until", "2026-04-01"), "date range is empty"),
    (("log", "export", "--client", "Acme Dentl"), "Did you mean Acme Dental"),
    (("log", "purge", "--before", "2026-04-01", "--client", "Nobody Ltd"), "don't know a client called"),
    # --client before the action belongs to `log`: it must not turn into "every client".
    (("log", "--client", "Acme Dental", "purge", "--before", "2026-04-01"), "Put --client after 'purge'"),
])
def test_bad_dates_and_unknown_clients_are_clear_errors(db, args, message):
    result = app(*args, db=db)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(logged_texts(db)) == len(LOGGED)


def test_plain_log_still_lists_recent_interactions(db):
    result = app("log", "--limit", "2", "--client", "acme dental", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "thanks for the handover" in lines[-1]


def test_purge_works_through_many_batches(tmp_path):
    storage = Storage(str(tmp_path / "batches.db"))
    for number in range(25):
        storage.log_interaction(ts=f"2026-01-01T00:00:{number:02d}.000+00:00", client="Initech",
                                text=f"message {number}", platform="console")
    storage.log_interaction(ts="2026-02-01T00:00:00.000+00:00", client="Initech", text="kept",
                            platform="console")
    assert storage.delete_interactions(client="initech", before="2026-01-02", batch=4) == 25
    assert [row["text"] for row in storage.iter_interactions()] == ["kept"]
    storage.close()


def test_a_client_known_only_from_the_log_can_still_be_exported(db):
    storage = Storage(str(db))
    storage.log_interaction(ts="2026-05-01T00:00:00.000+00:00", client="Old Client Ltd", text="hello",
                            platform="console")
    storage.close()
    result = app("log", "export", "--client", "old client ltd", db=db)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["hello"]


def test_export_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    path = tmp_path / "big.db"
    storage = Storage(str(path))
    storage.insert_interactions([{"ts": "2026-01-01T00:00:00.000+00:00", "platform": "console", "text": "hello " * 50}
                                 for _ in range(5_000)])  # far more than a pipe holds
    storage.close()
    process = subprocess.Popen([sys.executable, "app.py", "--db", str(path), "log", "export"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert json.loads(process.stdout.readline())["id"] == 1
    process.stdout.close()  # as `| head -1` does
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0 and "Traceback" not in err, err
