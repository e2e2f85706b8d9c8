"""Every query the bot runs against its SQLite database (the schema is in schema.py).

One connection is shared by the adapters' worker threads, so every statement
goes through a lock (and close() waits for it) and each write is its own short
transaction. WAL with synchronous=NORMAL keeps every committed row across a
process crash; the inbox (inbox.py) has its own connection.

The servers' statements are plain sqlite3. The operator's short-lived commands (log export,
learn, backup) and bulk imports read and write through sqlite-utils, reached only by tables().
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

from bot import clock
from bot.storage.checkpoint import BackgroundCheckpointer
from bot.storage.schema import MIGRATIONS, migrate, open_connection
from bot.redaction import redact

log = logging.getLogger("partingways.storage")

MAX_LOGGED_TEXT = 100_000
# The queries on the per-message path whose plans the benchmark reports, as the methods below run them.
HOT_QUERIES = {
    "log --client": "SELECT * FROM interactions WHERE client = ? COLLATE NOCASE ORDER BY id DESC LIMIT 20",
    "auto-reply window": "SELECT claimed_at FROM auto_reply_claims WHERE conversation_id = ? AND thread_id = ?",
}


def utcnow() -> datetime:
    """Storage timestamps are UTC, from the one clock."""
    return clock.now()


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


class Storage:
    """Owns the database connection; every read and write of the bot goes through it."""

    def __init__(self, path: str = ":memory:", secrets: list[str] | None = None,
                 background_checkpoints: bool = False):
        self.path = path
        self.db = open_connection(path)
        self.lock = threading.RLock()
        self.closed = False
        self._secrets = [s for s in (secrets or []) if s]
        with self.lock:
            migrate(self.db)
        self._checkpointer = None
        if background_checkpoints and path != ":memory:":  # long-running writers: see bot/checkpoint.py
            self.db.execute("PRAGMA wal_autocheckpoint = 0")
            self._checkpointer = BackgroundCheckpointer(path).start()

    def close(self) -> None:
        """Stop the checkpoints, fold the write-ahead log into the database and truncate it, close."""
        if self._checkpointer:
            self._checkpointer.stop()
        with self.lock:  # never while another thread of ours is using the connection
            if self.closed:
                return
            if self.path != ":memory:":
                try:
                    self.db.execute("PRAGMA busy_timeout = 2000")
                    self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except sqlite3.Error as error:  # another process is using the file: it checkpoints later
                    log.warning("could not checkpoint %s on close: %s", self.path, error)
            self.db.close()
            self.closed = True

    # -- health ------------------------------------------------------------
    def check_writable(self) -> str:
        """Raise sqlite3.Error unless the file can still be written as the next writer, or a restart,
        needs: it is there, this process may write it and its folder (where SQLite keeps -wal and -shm),
        the schema is the one this code expects, and the write lock can be taken. The long-lived
        connection cannot tell: a file made read-only, moved or replaced after it opened looks fine to it
        (and SQLite hands a second connection in the same process the first one's descriptor).
        Returns a short description of what was checked."""
        if self.path == ":memory:":
            self.write(f"PRAGMA user_version = {len(MIGRATIONS)}")
            return "in memory"
        path = os.path.abspath(os.path.expanduser(self.path))
        for what, where in (("the database file", path), ("its folder", os.path.dirname(path))):
            if not os.path.exists(where):
                raise sqlite3.OperationalError(f"{what} {where} is missing")
            if not os.access(where, os.W_OK):
                error = sqlite3.OperationalError(f"{what} {where} is read-only")
                error.sqlite_errorname = "SQLITE_READONLY"
                raise error
        probe = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2, isolation_level=None)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            if version != len(MIGRATIONS):
                raise sqlite3.DatabaseError(f"schema version {version}, this program expects {len(MIGRATIONS)}")
            probe.execute("BEGIN IMMEDIATE")
            try:  # a real write, never committed
                probe.execute(f"PRAGMA user_version = {version}")
            finally:
                probe.execute("ROLLBACK")
        finally:
            probe.close()
        return f"{path} writable, schema version {version}"

    def backup(self, destination: str, pages_per_step: int = 1024) -> dict:
        """A consistent copy of the live database through SQLite's online backup API: writers carry on
        between steps, and the copy is one moment's state (WAL included). The copy is checked with
        PRAGMA integrity_check. Returns {"path", "bytes", "clients", "interactions"}."""
        target = sqlite3.connect(destination)
        try:
            with self.lock:
                self.db.commit()
            self.db.backup(target, pages=pages_per_step)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its integrity check: {verdict}")
            copy = tables(target)
            counts = {table: copy[table].count for table in ("clients", "interactions")}
        finally:
            target.close()
        return {"path": destination, "bytes": os.path.getsize(destination), **counts}

    # -- writing -----------------------------------------------------------
    def write(self, sql: str, params=()) -> sqlite3.Cursor:
        """One statement in its own transaction; text parameters have the configured secrets redacted."""
        if self._secrets:
            params = [redact(value, self._secrets) if isinstance(value, str) else value for value in params]
        with self.lock, self.db:
            return self.db.execute(sql, params)

    def has_secret(self, text: str) -> bool:
        """Whether a configured secret appears in the text (it would be stored redacted)."""
        return any(secret in text for secret in self._secrets)

    def redact(self, value):
        return redact(value, self._secrets) if isinstance(value, str) else value

    def _clean(self, row: dict) -> dict:
        """Every text value storable, bounded and free of secrets (this runs once per message)."""
        secrets = self._secrets
        return {key: safe_text(redact(value, secrets) if secrets else value)[:MAX_LOGGED_TEXT]
                if isinstance(value, str) else value for key, value in row.items()}

    # -- clients -----------------------------------------------------------
    def _one(self, sql: str, params: list) -> dict | None:
        with self.lock:
            return next(_dicts(self.db.execute(sql, params)), None)

    def _insert(self, table: str, row: dict) -> int:
        with self.lock, self.db:
            return self.db.execute(_insert_sql(table, row), list(row.values())).lastrowid

    def _update(self, table: str, row_id: int, changes: dict) -> None:
        with self.lock, self.db:
            self.db.execute(f"UPDATE {table} SET {', '.join(f'{column} = ?' for column in changes)} WHERE id = ?",
                            [*changes.values(), row_id])

    def client_named(self, name: str) -> dict | None:
        return self._one("SELECT * FROM clients WHERE name = ? COLLATE NOCASE", [name])

    def client_names_starting(self, prefix: str, limit: int = 2) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.lock:
            rows = self.db.execute("SELECT name FROM clients WHERE name LIKE ? ESCAPE '\\' COLLATE NOCASE LIMIT ?",
                                   [escaped + "%", limit]).fetchall()
        return [row[0] for row in rows]

    def all_clients(self) -> list[dict]:
        return self._rows("SELECT * FROM clients ORDER BY name COLLATE NOCASE")

    def clients_with_dates_or_status(self) -> list[dict]:
        """Clients that may be in offboarding: those with an end or notice date, or a status other than active."""
        return self._rows("SELECT * FROM clients WHERE end_date IS NOT NULL OR notice_date IS NOT NULL "
                          "OR COALESCE(status, 'active') != 'active' ORDER BY name COLLATE NOCASE")

    def client_names(self) -> list[str]:
        with self.lock:
            return [row[0] for row in self.db.execute("SELECT name FROM clients").fetchall()]

    def account_owners(self) -> list[str]:
        """Every account owner on record, once each."""
        with self.lock:
            return [row[0] for row in self.db.execute(
                "SELECT DISTINCT account_owner FROM clients WHERE TRIM(COALESCE(account_owner, '')) != ''").fetchall()]

    def clients_version(self) -> tuple:
        """Changes whenever a client is added or edited, by this process or another
        (every write sets updated_at; names are never removed)."""
        with self.lock:
            return tuple(self.db.execute("SELECT count(*), max(id), max(updated_at) FROM clients").fetchone())

    def client_for_channel(self, platform: str, channel_id: str) -> dict | None:
        return self._one("SELECT c.* FROM client_channels l JOIN clients c ON c.id = l.client_id "
                         "WHERE l.platform = ? AND l.channel_id = ?", [platform, channel_id])

    def client_for_email_domain(self, domain: str) -> dict | None:
        return self._one("SELECT * FROM clients WHERE email_domain = ? COLLATE NOCASE", [domain])

    def insert_client(self, row: dict) -> None:
        self._insert("clients", self._clean(row))

    def update_client(self, client_id: int, changes: dict) -> None:
        self._update("clients", client_id, self._clean(changes))

    def link_channel(self, platform: str, channel_id: str, client_id: int) -> None:
        self.write("INSERT INTO client_channels(platform, channel_id, client_id, linked_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(platform, channel_id) DO UPDATE SET client_id = excluded.client_id, "
                   "linked_at = excluded.linked_at", [platform, channel_id, client_id, iso(utcnow())])

    def unlink_channel(self, platform: str, channel_id: str) -> int:
        return self.write("DELETE FROM client_channels WHERE platform = ? AND channel_id = ?",
                          [platform, channel_id]).rowcount

    def client_aliases(self) -> list[tuple[str, str]]:
        """(client name, aliases as stored) for every client that has aliases."""
        with self.lock:
            return [tuple(row) for row in self.db.execute(
                "SELECT name, aliases FROM clients WHERE aliases IS NOT NULL AND aliases != ''").fetchall()]

    def client_providers(self) -> list[tuple[str, str, str]]:
        """(client name, new provider's name, its contact or "") for every client whose new provider is on record."""
        with self.lock:
            return [tuple(row) for row in self.db.execute(
                "SELECT name, new_provider, COALESCE(new_provider_contact, '') FROM clients "
                "WHERE new_provider IS NOT NULL AND new_provider != ''").fetchall()]

    # -- conversation memory -------------------------------------------------
    def remember_client(self, platform: str, conversation_id: str, thread_id: str, client: str) -> None:
        self.write("INSERT INTO conversation_clients(platform, conversation_id, thread_id, client, updated_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(platform, conversation_id, thread_id) DO UPDATE SET "
                   "client = excluded.client, updated_at = excluded.updated_at",
                   [platform, conversation_id, thread_id, client, iso(utcnow())])

    def remembered_client(self, platform: str, conversation_id: str, thread_id: str,
                          within_seconds: int) -> str | None:
        """The client this conversation was last about, if that was within the window."""
        since = iso(utcnow() - timedelta(seconds=within_seconds))
        with self.lock:
            row = self.db.execute(
                "SELECT client FROM conversation_clients WHERE platform = ? AND conversation_id = ? "
                "AND thread_id = ? AND updated_at >= ?", [platform, conversation_id, thread_id, since]).fetchone()
        return row[0] if row else None

    def logged_client_name(self, name: str) -> str | None:
        """The client name as the interaction log spells it (for a client whose record is gone)."""
        with self.lock:
            row = self.db.execute("SELECT client FROM interactions WHERE client = ? COLLATE NOCASE LIMIT 1",
                                  [name]).fetchone()
        return row[0] if row else None

    # -- interactions ------------------------------------------------------
    def log_interaction(self, inbox_id: int | None = None, **row) -> int:
        """Log one interaction; with inbox_id, mark that inbox entry 'logged' in the same transaction
        (after a crash, a logged entry is not answered again)."""
        row.setdefault("ts", iso(utcnow()))
        row = self._clean(row)
        with self.lock, self.db:
            interaction_id = self.db.execute(_insert_sql("interactions", row), list(row.values())).lastrowid
            if inbox_id is not None:
                self.db.execute("UPDATE inbox SET state = 'logged', interaction_id = ? WHERE id = ? "
                                "AND state IN ('received', 'working')", [interaction_id, inbox_id])
            return interaction_id

    def insert_interactions(self, rows: list[dict]) -> None:
        """Rows as given, in one transaction: for benchmarks and imports, not the message path."""
        with self.lock, self.db:
            tables(self.db)["interactions"].insert_all(rows, batch_size=max(1, len(rows)))

    def query_plan(self, query: str, params: list) -> str:
        """SQLite's plan for one of the hot-path queries (the benchmark checks they use their indexes)."""
        rows = self.db.execute(f"EXPLAIN QUERY PLAN {HOT_QUERIES[query]}", params).fetchall()
        return "; ".join(row[-1] for row in rows)

    def update_interaction(self, interaction_id: int, **changes) -> None:
        self._update("interactions", interaction_id, self._clean(changes))

    def append_error(self, interaction_id: int, error: str) -> None:
        with self.lock:
            row = self.interaction(interaction_id)
            joined = "; ".join(e for e in (row["error"], error) if e)
            self.update_interaction(interaction_id, error=joined)

    def interaction(self, interaction_id: int) -> dict | None:
        return self._one("SELECT * FROM interactions WHERE id = ?", [interaction_id])

    def recent_interactions(self, limit: int = 20, client: str | None = None) -> list[dict]:
        where, params = ("WHERE client = ? COLLATE NOCASE", [client]) if client else ("", [])
        return self._rows(f"SELECT * FROM interactions {where} ORDER BY id DESC LIMIT ?", [*params, limit])

    def stats(self) -> dict[str, list[tuple[str, int]]]:
        out = {}
        for column in ("principle", "action", "client"):
            out[column] = [
                (value if value is not None else "(none)", count)
                for value, count in self.db.execute(
                    f"SELECT {column}, count(*) FROM interactions GROUP BY {column} ORDER BY 2 DESC")
            ]
        return out

    def claim_auto_reply(self, conversation_id: str, thread_id: str, within_seconds: int) -> bool:
        """True if we may auto-reply in this thread now (and it is now claimed); False if we
        already did within the window. One statement, so two workers cannot both win."""
        now = utcnow()
        cursor = self.write(
            "INSERT INTO auto_reply_claims(conversation_id, thread_id, claimed_at) VALUES (?, ?, ?) "
            "ON CONFLICT(conversation_id, thread_id) DO UPDATE SET claimed_at = excluded.claimed_at "
            "WHERE claimed_at < ?",
            [conversation_id, thread_id, iso(now), iso(now - timedelta(seconds=within_seconds))])
        return cursor.rowcount == 1

    # -- learning from use -------------------------------------------------------------
    def learning_interactions(self, since: str | None = None):
        """What real use can teach the router, oldest first: staff choices after a doubtful route
        (action 'choice'), answers voted not helpful, and client messages handed to a person."""
        where = ("(action = 'choice' OR feedback = 'not_helpful' OR (audience = 'client' AND action = 'handoff'))"
                 + (" AND ts >= ?" if since else ""))
        yield from tables(self.db)["interactions"].rows_where(
            where, [since] if since else [], select="id, ts, audience, text, intent, principle, action, feedback",
            order_by="ts, id")

    # -- retention: export and purge ------------------------------------------------
    @staticmethod
    def _interaction_filter(client: str | None, since: str | None, before: str | None) -> tuple[str, list]:
        """WHERE clause for interactions of a client (any case) with since <= ts < before."""
        clauses, params = [], []
        for clause, value in (("client = ? COLLATE NOCASE", client), ("ts >= ?", since), ("ts < ?", before)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        return " AND ".join(clauses) or "1", params

    def iter_interactions(self, client: str | None = None, since: str | None = None,
                          before: str | None = None):
        """Matching interactions oldest first, streamed rather than loaded whole."""
        where, params = self._interaction_filter(client, since, before)
        yield from tables(self.db)["interactions"].rows_where(where, params, order_by="ts, id")

    def interaction_summary(self, client: str | None = None, since: str | None = None,
                            before: str | None = None) -> list[tuple[str | None, int, str, str]]:
        """(client, count, first ts, last ts) per client among the matching interactions."""
        where, params = self._interaction_filter(client, since, before)
        with self.lock:
            return self.db.execute(
                f"SELECT client, count(*), min(ts), max(ts) FROM interactions WHERE {where} "
                # '+client' keeps the planner on the ts index for a date range instead of walking
                # the whole client index just to group (8x faster for the last month of 200k rows).
                "GROUP BY +client COLLATE NOCASE ORDER BY 2 DESC, 1", params).fetchall()

    def delete_interactions(self, client: str | None = None, since: str | None = None,
                            before: str | None = None, batch: int = 5000) -> int:
        """Delete the matching interactions, one short transaction per batch so the bot keeps
        writing meanwhile; deleted text is overwritten (secure_delete) and the WAL truncated."""
        where, params = self._interaction_filter(client, since, before)
        deleted = 0
        with self.lock:
            self.db.execute("PRAGMA secure_delete = ON")
            while True:
                with self.db:
                    count = self.db.execute(
                        f"DELETE FROM interactions WHERE id IN (SELECT id FROM interactions WHERE {where} "
                        f"LIMIT {int(batch)})", params).rowcount
                deleted += count
                if count < batch:
                    break
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return deleted

    # -- delivery bookkeeping ---------------------------------------------
    def claim_event(self, platform: str, event_id: str) -> bool:
        """True the first time an event id is seen; redeliveries return False."""
        cursor = self.write(
            "INSERT OR IGNORE INTO processed_events(platform, event_id, ts) VALUES (?, ?, ?)",
            [platform, event_id, iso(utcnow())])
        return cursor.rowcount == 1

    def save_conversation_ref(self, platform: str, conversation_id: str, reference: dict) -> None:
        self.write(
            "INSERT INTO conversation_refs(platform, conversation_id, reference, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(platform, conversation_id) DO UPDATE SET "
            "reference = excluded.reference, updated_at = excluded.updated_at",
            [platform, conversation_id, json.dumps(reference), iso(utcnow())])

    def conversation_ref(self, platform: str, conversation_id: str) -> dict | None:
        with self.lock:
            row = self.db.execute(
                "SELECT reference FROM conversation_refs WHERE platform = ? AND conversation_id = ?",
                [platform, conversation_id]).fetchone()
        return json.loads(row[0]) if row else None

    # -- reminders ledger ----------------------------------------------------------
    # Every claim is a single INSERT OR IGNORE or conditional UPDATE, atomic in SQLite,
    # so two threads or two processes on the same file never both win the same send.
    def _rows(self, sql: str, params=()) -> list[dict]:
        with self.lock:
            return list(_dicts(self.db.execute(sql, params)))

    def open_reminder(self, client: str, kind: str, due_date: str, due_at: str, state: str,
                      note: str | None, now: str) -> dict:
        """The ledger row of one reminder, created by whichever runner gets there first."""
        self.write("INSERT OR IGNORE INTO reminders(client, kind, due_date, due_at, state, note, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", [client, kind, due_date, due_at, state, note, now])
        return self._rows("SELECT * FROM reminders WHERE client = ? AND kind = ? AND due_date = ?",
                          [client, kind, due_date])[0]

    def skip_delivery(self, key: tuple[int, str, str], now: str, note: str) -> None:
        """Record a delivery that was never tried (too old) unless it already has a state."""
        self.write("INSERT OR IGNORE INTO reminder_deliveries(reminder_id, platform, recipient, state, "
                   "claimed_at, error) VALUES (?, ?, ?, 'skipped', ?, ?)", [*key, now, note])

    def claim_delivery(self, key: tuple[int, str, str], now: str, stale_before: str,
                       max_attempts: int) -> int | None:
        """The attempt number when this runner now owns the send (a first try, a retry that
        is due, or a claim left by a runner that died mid-send); None when it is not ours."""
        if self.write("INSERT OR IGNORE INTO reminder_deliveries(reminder_id, platform, recipient, state, "
                      "attempts, claimed_at) VALUES (?, ?, ?, 'sending', 1, ?)", [*key, now]).rowcount:
            return 1
        with self.lock, self.db:
            row = self.db.execute(
                "UPDATE reminder_deliveries SET state = 'sending', attempts = attempts + 1, claimed_at = ? "
                "WHERE reminder_id = ? AND platform = ? AND recipient = ? AND attempts < ? AND "
                "((state = 'failed' AND retry_at <= ?) OR (state = 'sending' AND claimed_at <= ?)) "
                "RETURNING attempts", [now, *key, max_attempts, now, stale_before]).fetchone()
        return row[0] if row else None

    def delivery_sent(self, key: tuple[int, str, str], claimed_at: str, late: bool) -> None:
        self.write("UPDATE reminder_deliveries SET state = 'sent', sent_at = ?, late = ?, error = NULL "
                   "WHERE reminder_id = ? AND platform = ? AND recipient = ? AND state = 'sending' "
                   "AND claimed_at = ?", [claimed_at, int(late), *key, claimed_at])

    def delivery_failed(self, key: tuple[int, str, str], claimed_at: str, error: str, retry_at: str,
                        max_attempts: int) -> None:
        self.write("UPDATE reminder_deliveries SET error = ?, retry_at = ?, state = CASE WHEN attempts >= ? "
                   "THEN 'gave_up' ELSE 'failed' END WHERE reminder_id = ? AND platform = ? "
                   "AND recipient = ? AND state = 'sending' AND claimed_at = ?",
                   [self.redact(error), retry_at, max_attempts, *key, claimed_at])

    def unfinished_reminders(self) -> list[dict]:
        """Open dated reminders with a delivery still to make (none yet, sending or retrying)."""
        return self._rows(
            "SELECT * FROM reminders r WHERE state = 'open' AND kind != 'digest' AND ("
            "NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.reminder_id = r.id) OR "
            "EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.reminder_id = r.id "
            "AND d.state IN ('sending', 'failed')))")

    def cancel_reminder(self, reminder_id: int, note: str) -> None:
        self.write("UPDATE reminders SET state = 'cancelled', note = ? WHERE id = ? AND state = 'open'",
                   [note, reminder_id])

    def reminder_ledger(self, client: str | None = None) -> list[dict]:
        """Ledger rows oldest first, each with its deliveries under 'deliveries'."""
        where, params = ("WHERE r.client = ? COLLATE NOCASE", [client]) if client else ("", [])
        rows = self._rows(f"SELECT r.* FROM reminders r {where} ORDER BY r.due_at, r.id", params)
        deliveries = self._rows(
            f"SELECT d.* FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id {where} "
            "ORDER BY d.platform, d.recipient", params)
        for row in rows:
            row["deliveries"] = [d for d in deliveries if d["reminder_id"] == row["id"]]
        return rows

    def add_adhoc_reminder(self, client: str, due_date: str, note: str, created_by: str, now: str) -> int:
        return self.write("INSERT INTO adhoc_reminders(client, due_date, note, created_by, created_at) "
                          "VALUES (?, ?, ?, ?, ?)",
                          [client, due_date, safe_text(note), created_by, now]).lastrowid

    # -- the inbox (inbox.py writes it on its own connection) ------------------------
    def inbox(self):
        """The inbox on this database: its own connection for a file, this one in memory."""
        from bot.storage.inbox import Inbox
        shared = (self.db, self.lock) if self.path == ":memory:" else None
        return Inbox(self.path, self._secrets, shared=shared)

    def adhoc_reminders(self) -> list[dict]:
        return self._rows("SELECT * FROM adhoc_reminders ORDER BY due_date, id")

    # -- drafts ------------------------------------------------------------------------
    # A draft changes hands only through conditional UPDATEs on its status: two people (or
    # two processes) acting on the same draft at once cannot both win.
    def setting(self, key: str) -> str | None:
        with self.lock:
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_client_reply_mode(self, client_id: int, mode: str | None) -> None:
        self.write("UPDATE clients SET reply_mode = ?, updated_at = ? WHERE id = ?",
                   [mode, iso(utcnow()), client_id])

    def insert_draft(self, row: dict) -> int:
        return self._insert("drafts", self._clean(row))

    def draft(self, draft_id: int) -> dict | None:
        with self.lock:
            return self._one("SELECT * FROM drafts WHERE id = ?", [draft_id])

    def update_draft(self, draft_id: int, changes: dict, *, when_status: tuple[str, ...] = ()) -> dict | None:
        """Apply changes (only while the status is one of when_status, if given); the row
        after the change, or None when the draft is not there or not in that status."""
        changes = self._clean(changes)
        where = f" AND status IN ({', '.join('?' * len(when_status))})" if when_status else ""
        sql = (f"UPDATE drafts SET {', '.join(f'{column} = ?' for column in changes)} "
               f"WHERE id = ?{where} RETURNING *")
        with self.lock, self.db:
            return next(_dicts(self.db.execute(sql, [*changes.values(), draft_id, *when_status])), None)

    def drafts_to_escalate(self, now: str, limit: int = 100) -> list[dict]:
        return self._rows("SELECT * FROM drafts WHERE status = 'pending' AND escalated_at IS NULL "
                          "AND escalate_at <= ? ORDER BY escalate_at LIMIT ?", [now, limit])

    def drafts_to_expire(self, now: str, limit: int = 100) -> list[dict]:
        return self._rows("SELECT * FROM drafts WHERE status = 'pending' AND expires_at <= ? "
                          "ORDER BY expires_at LIMIT ?", [now, limit])

    def interrupt_stuck_drafts(self, platforms: list[str], claimed_before: str, note: str) -> list[dict]:
        """Drafts claimed for sending long ago and never reported back (the process stopped mid-send):
        closed as interrupted, in one statement, so each is reported once."""
        if not platforms:
            return []
        marks = ", ".join("?" * len(platforms))
        with self.lock, self.db:
            cursor = self.db.execute(
                f"UPDATE drafts SET status = 'interrupted', error = ? WHERE status = 'sending' "
                f"AND decided_at <= ? AND platform IN ({marks}) RETURNING *", [note, claimed_before, *platforms])
            return list(_dicts(cursor))

    def claim_escalation(self, draft_id: int, now: str) -> bool:
        return self.write("UPDATE drafts SET escalated_at = ? WHERE id = ? AND status = 'pending' "
                          "AND escalated_at IS NULL", [now, draft_id]).rowcount == 1

    def release_escalation(self, draft_id: int, retry_at: str, error: str) -> None:
        """Nobody was reached: let a later pass try again."""
        self.write("UPDATE drafts SET escalated_at = NULL, escalate_at = ?, error = ? WHERE id = ? "
                   "AND status = 'pending'", [retry_at, self.redact(error), draft_id])

    def open_drafts(self, platform: str | None = None, limit: int = 50) -> list[dict]:
        where, params = ("AND platform = ?", [platform]) if platform else ("", [])
        return self._rows(f"SELECT * FROM drafts WHERE status = 'pending' {where} ORDER BY id LIMIT ?",
                          [*params, limit])

    def draft_outcomes(self) -> list[dict]:
        """Per draft, what the stats need: intent, mode, status, how it was decided and how fast."""
        return self._rows("SELECT intent, mode, status, decision, decision_seconds, edit_size FROM drafts")

    # -- handover checklists ---------------------------------------------------------
    def create_checklist(self, client_id: int, template: str, items: list[dict], now: str) -> bool:
        """A client's open checklist with its items, unless it already has one (False then).

        One transaction, and the partial unique index decides a race: the loser inserts nothing."""
        items = [self._clean(item) for item in items]
        with self.lock, self.db:
            created = self.db.execute(
                "INSERT INTO checklists(client_id, template, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(client_id) WHERE closed_at IS NULL DO NOTHING",
                [client_id, self.redact(template), now])
            if created.rowcount != 1:
                return False
            self.db.executemany(
                "INSERT INTO checklist_items(checklist_id, position, key, title, kind, due_days, owner) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [[created.lastrowid, position, item["key"], item["title"], item["kind"], item["due_days"],
                  item.get("owner") or None] for position, item in enumerate(items, start=1)])
            return True

    def open_checklist(self, client_id: int) -> dict | None:
        with self.lock:
            return self._one("SELECT * FROM checklists WHERE client_id = ? AND closed_at IS NULL", [client_id])

    def open_checklists(self) -> dict[int, dict]:
        """Every open checklist with its items under 'items', by client id (one read for a reminder pass)."""
        checklists = {row["client_id"]: {**row, "items": []}
                      for row in self._rows("SELECT * FROM checklists WHERE closed_at IS NULL")}
        by_id = {checklist["id"]: checklist for checklist in checklists.values()}
        for item in self._rows("SELECT i.* FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
                               "WHERE c.closed_at IS NULL ORDER BY i.checklist_id, i.position"):
            by_id[item["checklist_id"]]["items"].append(item)
        return checklists

    def checklist_items(self, checklist_id: int) -> list[dict]:
        return self._rows("SELECT * FROM checklist_items WHERE checklist_id = ? ORDER BY position", [checklist_id])

    def checklist_item(self, item_id: int) -> dict | None:
        with self.lock:
            return self._one("SELECT * FROM checklist_items WHERE id = ?", [item_id])

    def close_checklist(self, client_id: int, note: str, now: str) -> None:
        self.write("UPDATE checklists SET closed_at = ?, closed_note = ? WHERE client_id = ? AND closed_at IS NULL",
                   [now, note, client_id])

    def change_checklist_item(self, item_id: int, version: int, changes: dict, event: dict) -> bool:
        """Apply changes to an item still at `version` and record the event, in one transaction;
        False (nothing written) when someone else changed it first."""
        changes, event = self._clean(changes), self._clean(event)
        columns = ", ".join(f"{column} = ?" for column in changes)
        with self.lock, self.db:
            updated = self.db.execute(
                f"UPDATE checklist_items SET {columns}, version = version + 1 WHERE id = ? AND version = ?",
                [*changes.values(), item_id, version])
            if updated.rowcount != 1:
                return False
            self.db.execute(f"INSERT INTO checklist_events (item_id, {', '.join(event)}) "
                            f"VALUES (?, {', '.join('?' * len(event))})", [item_id, *event.values()])
            return True

    def checklist_events(self, checklist_id: int) -> list[dict]:
        """Every change of the checklist's items, oldest first."""
        return self._rows("SELECT e.* FROM checklist_events e JOIN checklist_items i ON i.id = e.item_id "
                          "WHERE i.checklist_id = ? ORDER BY e.id", [checklist_id])

    def saved_checklist_template(self) -> dict | None:
        with self.lock:
            return self._one("SELECT * FROM checklist_template WHERE id = 1", [])

    def save_checklist_template(self, source: str, text: str, now: str) -> None:
        self.write("INSERT INTO checklist_template(id, source, text, saved_at) VALUES (1, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET source = excluded.source, text = excluded.text, "
                   "saved_at = excluded.saved_at", [source, safe_text(text), now])


# What an operator should do about the SQLite errors a running bot can meet.
STORAGE_ADVICE = {
    "SQLITE_FULL": "the disk (or the database's size limit) is full: free space and logging resumes by itself",
    "SQLITE_READONLY": "the database is read-only: check the file's and its folder's permissions and the mount",
    "SQLITE_BUSY": "another process held the database longer than the bot waits for it (see BUSY_TIMEOUT_SECONDS)",
    "SQLITE_CANTOPEN": "the database file or its folder cannot be opened: check the path and permissions",
    "SQLITE_IOERR": "the disk reported an I/O error: check the disk and the system log",
    "SQLITE_CORRUPT": "the database file is damaged: stop the bot, back it up, run PRAGMA integrity_check",
}


def explain(error: sqlite3.Error) -> str:
    """The error with its SQLite code and what to do about it, for the operator's log."""
    code = getattr(error, "sqlite_errorname", None) or type(error).__name__
    advice = next((text for key, text in STORAGE_ADVICE.items() if code == key or code.startswith(key + "_")),
                  "see the SQLite documentation for this code")
    return f"{error} [{code}]: {advice}"


def tables(conn: sqlite3.Connection):
    """sqlite-utils' Database over one of our connections (same pragmas, same transactions), for the
    operator's short-lived commands: dict rows, rows_where, table counts, insert_all."""
    # Imported here, never at the top: sqlite_utils imports numpy whenever it is installed (+16 MB in a server).
    from sqlite_utils import Database
    return Database(conn, recursive_triggers=False, execute_plugins=False)


# Table and column names in the statements below come from this code, never from input.
def _insert_sql(table: str, columns) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _dicts(cursor: sqlite3.Cursor):
    """The cursor's rows as dicts by column name, fetched as they are read."""
    columns = [column[0] for column in cursor.description]
    return (dict(zip(columns, row)) for row in cursor)


def safe_text(text: str) -> str:
    """Text SQLite and every platform can store: lone surrogates and NULs replaced."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
