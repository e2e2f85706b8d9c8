"""The SQLite schema and every query against it.

One connection is shared by the adapters' worker threads, so writes go
through a lock and each write is its own short transaction. WAL with
synchronous=NORMAL keeps every acknowledged row across a process crash.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import sqlite_utils

MAX_LOGGED_TEXT = 100_000


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _m1_initial(db: sqlite_utils.Database) -> None:
    db["clients"].create({
        "id": int, "name": str, "status": str, "notice_date": str, "end_date": str,
        "reason_category": str, "reason": str, "new_provider": str, "new_provider_contact": str,
        "account_owner": str, "email_domain": str, "timezone": str,
        "created_at": str, "updated_at": str,
    }, pk="id", not_null={"name", "status"}, defaults={"status": "active"})
    db.execute("CREATE UNIQUE INDEX idx_clients_name ON clients(name COLLATE NOCASE)")
    db["client_channels"].create({
        "platform": str, "channel_id": str, "client_id": int, "linked_at": str,
    }, pk=("platform", "channel_id"), foreign_keys=[("client_id", "clients", "id")])
    db["interactions"].create({
        "id": int, "ts": str, "platform": str, "conversation_id": str, "thread_id": str,
        "message_id": str, "sender_id": str, "sender_name": str, "audience": str, "client": str,
        "text": str, "intent": str, "principle": str, "confidence": float, "action": str,
        "reply_text": str, "latency_ms": float, "error": str, "feedback": str,
    }, pk="id")
    db["interactions"].create_index(["ts"])
    db["interactions"].create_index(["client", "ts"])
    db["interactions"].create_index(["conversation_id", "thread_id", "action", "ts"])
    db["processed_events"].create({"platform": str, "event_id": str, "ts": str},
                                  pk=("platform", "event_id"))
    db["conversation_refs"].create({
        "platform": str, "conversation_id": str, "reference": str, "updated_at": str,
    }, pk=("platform", "conversation_id"))


# Each entry moves the schema one version forward; never edit a released one.
MIGRATIONS = [_m1_initial]


def migrate(db: sqlite_utils.Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.conn:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")


def connect(path: str) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    if path != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    return db


class Storage:
    """Owns the database connection; every read and write of the bot goes through it."""

    def __init__(self, path: str = ":memory:", secrets: list[str] | None = None):
        self.path = path
        self.db = connect(path)
        self.lock = threading.RLock()
        self._secrets = [s for s in (secrets or []) if s]
        with self.lock:
            migrate(self.db)

    def close(self) -> None:
        self.db.conn.close()

    # -- writing -----------------------------------------------------------
    def write(self, sql: str, params=()) -> sqlite3.Cursor:
        with self.lock, self.db.conn:
            return self.db.execute(sql, params)

    def redact(self, value):
        if isinstance(value, str):
            for secret in self._secrets:
                value = value.replace(secret, "[redacted]")
        return value

    def _clean(self, row: dict) -> dict:
        cleaned = {}
        for key, value in row.items():
            value = self.redact(value)
            if isinstance(value, str):
                value = safe_text(value)[:MAX_LOGGED_TEXT]
            cleaned[key] = value
        return cleaned

    # -- interactions ------------------------------------------------------
    def log_interaction(self, **row) -> int:
        row.setdefault("ts", iso(utcnow()))
        row = self._clean(row)
        with self.lock, self.db.conn:
            return self.db["interactions"].insert(row).last_pk

    def update_interaction(self, interaction_id: int, **changes) -> None:
        changes = self._clean(changes)
        with self.lock, self.db.conn:
            self.db["interactions"].update(interaction_id, changes)

    def append_error(self, interaction_id: int, error: str) -> None:
        row = self.db["interactions"].get(interaction_id)
        joined = "; ".join(e for e in (row["error"], error) if e)
        self.update_interaction(interaction_id, error=joined)

    def interaction(self, interaction_id: int) -> dict:
        return self.db["interactions"].get(interaction_id)

    def recent_interactions(self, limit: int = 20, client: str | None = None) -> list[dict]:
        where, params = ("client = ? COLLATE NOCASE", [client]) if client else (None, [])
        return list(self.db["interactions"].rows_where(
            where, params, order_by="id desc", limit=limit))

    def stats(self) -> dict[str, list[tuple[str, int]]]:
        out = {}
        for column in ("principle", "action", "client"):
            out[column] = [
                (value if value is not None else "(none)", count)
                for value, count in self.db.execute(
                    f"SELECT {column}, count(*) FROM interactions GROUP BY {column} ORDER BY 2 DESC")
            ]
        return out

    def recent_auto_reply(self, conversation_id: str, thread_id: str, within_seconds: int) -> bool:
        since = iso(utcnow() - timedelta(seconds=within_seconds))
        row = self.db.execute(
            "SELECT 1 FROM interactions WHERE conversation_id = ? AND thread_id = ? "
            "AND action = 'reply' AND audience = 'client' AND ts >= ? LIMIT 1",
            [conversation_id, thread_id, since]).fetchone()
        return row is not None

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
        row = self.db.execute(
            "SELECT reference FROM conversation_refs WHERE platform = ? AND conversation_id = ?",
            [platform, conversation_id]).fetchone()
        return json.loads(row[0]) if row else None


def safe_text(text: str) -> str:
    """Text SQLite and every platform can store: lone surrogates and NULs replaced."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
