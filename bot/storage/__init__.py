"""The storage layer: the SQLite schema and every SQL statement the bot runs."""
from bot.storage.database import Storage, explain, iso, safe_text, tables, utcnow

__all__ = ["Storage", "explain", "iso", "safe_text", "tables", "utcnow"]
