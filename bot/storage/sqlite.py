"""The few table helpers the storage layer uses, over the standard sqlite3 module.

sqlite-utils offered these (and much more) but importing it costs a running server about
4 MB of memory (click, pluggy, dateutil...) for nothing it needs; this keeps the same
calls: ``db.execute``, ``db.query``, ``db["table"].get / update / insert / insert_all /
rows_where / count``. Tables addressed this way have an ``id INTEGER PRIMARY KEY``.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator


class NotFoundError(Exception):
    """No row has that primary key."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def __getitem__(self, name: str) -> "Table":
        return Table(self, name)


class Table:
    def __init__(self, db: Database, name: str):
        self.db, self.name = db, name

    @property
    def count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM {_quoted(self.name)}").fetchone()[0]

    def get(self, pk) -> dict:
        for row in self.db.query(f"SELECT * FROM {_quoted(self.name)} WHERE id = ?", [pk]):
            return row
        raise NotFoundError(f"no row {pk!r} in {self.name}")

    def update(self, pk, changes: dict) -> None:
        if not changes:
            self.get(pk)
            return
        assignments = ", ".join(f"{_quoted(column)} = ?" for column in changes)
        cursor = self.db.execute(f"UPDATE {_quoted(self.name)} SET {assignments} WHERE id = ?",
                                 [*changes.values(), pk])
        if cursor.rowcount == 0:
            raise NotFoundError(f"no row {pk!r} in {self.name}")

    def insert(self, row: dict) -> int:
        columns = ", ".join(map(_quoted, row))
        return self.db.execute(f"INSERT INTO {_quoted(self.name)} ({columns}) VALUES "
                               f"({', '.join('?' * len(row))})", list(row.values())).lastrowid

    def insert_all(self, rows: Iterable[dict], batch_size: int = 100) -> None:
        """Rows may differ in their columns: each run of alike rows goes in one executemany."""
        batch, keys = [], None
        for row in rows:
            if keys is not None and (tuple(row) != keys or len(batch) >= batch_size):
                self._insert_many(keys, batch)
                batch = []
            keys = tuple(row)
            batch.append(list(row.values()))
        if batch:
            self._insert_many(keys, batch)

    def _insert_many(self, keys: tuple, values: list[list]) -> None:
        self.db.conn.executemany(f"INSERT INTO {_quoted(self.name)} ({', '.join(map(_quoted, keys))}) "
                                 f"VALUES ({', '.join('?' * len(keys))})", values)

    def rows_where(self, where: str | None = None, params=(), order_by: str | None = None,
                   limit: int | None = None) -> Iterator[dict]:
        sql = f"SELECT * FROM {_quoted(self.name)}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.query(sql, params)
