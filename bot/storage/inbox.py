"""The durable inbox: every platform event is written here before it is acknowledged.

An adapter acknowledges an event only once its row is committed, then handles it
from the row; a process that dies (SIGKILL, out of memory, a reboot) leaves the
rows it had not finished, and the next start handles them. The row moves
received -> working -> logged -> done (or failed):

- ``working``: a worker has claimed it; nothing has been said yet (a start after a crash
  puts such rows back to ``received``).
- ``logged``: the core has logged the message (in the same transaction as this
  mark), so its answer may already be on its way. Such a row is never answered
  again after a crash: a missing answer is reported, a duplicate one would reach
  a client.

The inbox has its own connection with a short lock wait, so that a lock held by
another process turns into a quick "try again" for the platform (which retries)
instead of a stalled endpoint. Like the rest of the database it commits with
``synchronous = NORMAL`` in WAL mode: a committed row survives the process being
killed (SIGKILL, out of memory); only a power cut or an OS crash can take the last
moments' rows. ``FULL`` would survive that too, but it costs an fsync per event (about
5 ms each on the development machine, which capped a burst at under 70 events/s).
"""
from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

from bot.message import Admission, InboxEntry, InboxUnavailable
from bot.redaction import redact
from bot.storage.schema import open_connection

# Slack wants its acknowledgement within 3 s and Teams its answer within 15 s: a lock held longer
# than this by another process is reported to the platform as "try again later".
INBOX_BUSY_SECONDS = 1.0
# Finished rows are kept this long (platform retries come within minutes), then deleted.
KEEP_FINISHED = timedelta(days=2)
UNFINISHED = ("received", "working", "logged")
_COLUMNS = "id, platform, event_key, kind, payload, state, interaction_id, received_at"


class Inbox:
    def __init__(self, path: str, secrets: list[str] | None = None, *, shared=None,
                 busy_timeout: float = INBOX_BUSY_SECONDS):
        """shared: (connection, lock) of the Storage, for an in-memory database only."""
        self.path = path
        self._secrets = [s for s in (secrets or []) if s]
        if shared is not None:
            self._conn, self._lock, self._owned = shared[0], shared[1], False
        else:
            self._conn = open_connection(path, busy_timeout=busy_timeout)
            self._lock, self._owned = threading.RLock(), True

    def close(self) -> None:
        if self._owned:
            with self._lock:
                self._conn.close()

    # -- writing ----------------------------------------------------------------------
    def _write(self, sql: str, params: list) -> tuple[list[tuple], int]:
        """(rows it returned, rows it changed), in its own transaction; no text keeps a secret."""
        if self._secrets:
            params = [redact(value, self._secrets) if isinstance(value, str) else value for value in params]
        try:
            with self._lock, self._conn:
                cursor = self._conn.execute(sql, params)
                return cursor.fetchall(), cursor.rowcount  # RETURNING rows must be read before the commit
        except sqlite3.Error as error:
            raise InboxUnavailable(str(error)) from error

    def accept(self, platform: str, key: str, kind: str, payload: str, now: str) -> Admission:
        """Write an event (secrets redacted) unless its key is already there; raises InboxUnavailable."""
        if self._secrets:
            key = redact(key, self._secrets)
        rows, _ = self._write(
            "INSERT INTO inbox(platform, event_key, kind, payload, received_at, state) VALUES (?, ?, ?, ?, ?, "
            "'received') ON CONFLICT(platform, event_key) DO NOTHING RETURNING id", [platform, key, kind, payload, now])
        if rows:
            return Admission(rows[0][0], new=True, finished=False)
        existing = self._read("SELECT id, state FROM inbox WHERE platform = ? AND event_key = ?", [platform, key])
        if not existing:  # deleted between the two statements: only a prune could, so it was finished
            return Admission(0, new=False, finished=True)
        return Admission(existing[0][0], new=False, finished=existing[0][1] not in UNFINISHED)

    def begin(self, inbox_id: int) -> bool:
        """Claim the event for handling: False when someone else has it, or it was logged or finished.
        One statement, so of two deliveries racing for the same row exactly one wins."""
        _, changed = self._write("UPDATE inbox SET state = 'working', attempts = attempts + 1 "
                                 "WHERE id = ? AND state = 'received'", [inbox_id])
        return changed == 1

    def reopen(self, platform: str) -> None:
        """At start: rows a dead process was working on are up for grabs again."""
        self._write("UPDATE inbox SET state = 'received' WHERE platform = ? AND state = 'working'", [platform])

    def finish(self, inbox_id: int, now: str, error: str | None = None) -> None:
        self._write("UPDATE inbox SET state = ?, finished_at = ?, error = ? WHERE id = ? AND state IN "
                    "('received', 'working', 'logged')", ["failed" if error else "done", now, error, inbox_id])

    def close_answered(self, inbox_id: int, now: str, note: str) -> int | None:
        """Finish a row found 'logged' after a restart (its answer may have gone); its interaction id."""
        rows, _ = self._write("UPDATE inbox SET state = 'done', finished_at = ?, error = ? "
                              "WHERE id = ? AND state = 'logged' RETURNING interaction_id", [now, note, inbox_id])
        return rows[0][0] if rows else None

    def prune(self, before: str) -> int:
        return self._write("DELETE FROM inbox WHERE finished_at IS NOT NULL AND finished_at < ?", [before])[1]

    # -- reading ----------------------------------------------------------------------
    def _read(self, sql: str, params: list) -> list[tuple]:
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise InboxUnavailable(str(error)) from error

    def entry(self, inbox_id: int) -> InboxEntry | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM inbox WHERE id = ?", [inbox_id])
        return InboxEntry(*rows[0]) if rows else None

    def unfinished(self, platform: str) -> list[InboxEntry]:
        """Rows a previous run acknowledged but did not finish, oldest first."""
        rows = self._read(f"SELECT {_COLUMNS} FROM inbox WHERE platform = ? AND state IN "
                          "('received', 'working', 'logged') ORDER BY id", [platform])
        return [InboxEntry(*row) for row in rows]
