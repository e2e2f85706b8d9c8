"""WAL checkpoints off the message path.

SQLite normally copies the write-ahead log into the database file from
inside whichever commit crosses 1,000 pages, with two fsyncs; measured on
this project's machines that doubled the average cost of logging a message.
A long-running bot turns that off on its own connection and this thread
checkpoints instead, once a second, without blocking writers (PASSIVE).
Crash safety is unchanged: until a checkpoint, the WAL file is the durable copy.
Once a checkpoint has caught up, the next write starts the log again from the top
and cuts the file back to WAL_SIZE_LIMIT (journal_size_limit), so it stays bounded.
"""
from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger("partingways.storage")


class BackgroundCheckpointer:
    def __init__(self, path: str, interval_seconds: float = 1.0):
        self.path = path
        self.interval_seconds = interval_seconds
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)

    def start(self) -> "BackgroundCheckpointer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=1)
        try:
            while not self._stopping.wait(self.interval_seconds):
                self._checkpoint(conn)
        finally:
            conn.close()

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:  # busy, or the file went away: the next round tries again
            log.warning("background checkpoint of %s failed: %s", self.path, error)
