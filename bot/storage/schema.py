"""The SQLite schema as numbered migrations, and how a connection is opened."""
from __future__ import annotations

import sqlite3


def _m1_initial(db: sqlite3.Connection) -> None:
    # First written with sqlite-utils' table.create(); the statements are the ones it generated,
    # word for word, so a new database and an old one have the same schema.
    db.execute('''CREATE TABLE "clients" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "status" TEXT NOT NULL DEFAULT 'active',
   "notice_date" TEXT,
   "end_date" TEXT,
   "reason_category" TEXT,
   "reason" TEXT,
   "new_provider" TEXT,
   "new_provider_contact" TEXT,
   "account_owner" TEXT,
   "email_domain" TEXT,
   "timezone" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT
)''')
    db.execute("CREATE UNIQUE INDEX idx_clients_name ON clients(name COLLATE NOCASE)")
    db.execute('''CREATE TABLE "client_channels" (
   "platform" TEXT,
   "channel_id" TEXT,
   "client_id" INTEGER REFERENCES "clients"("id"),
   "linked_at" TEXT,
   PRIMARY KEY ("platform", "channel_id")
)''')
    db.execute('''CREATE TABLE "interactions" (
   "id" INTEGER PRIMARY KEY,
   "ts" TEXT,
   "platform" TEXT,
   "conversation_id" TEXT,
   "thread_id" TEXT,
   "message_id" TEXT,
   "sender_id" TEXT,
   "sender_name" TEXT,
   "audience" TEXT,
   "client" TEXT,
   "text" TEXT,
   "intent" TEXT,
   "principle" TEXT,
   "confidence" REAL,
   "action" TEXT,
   "reply_text" TEXT,
   "latency_ms" REAL,
   "error" TEXT,
   "feedback" TEXT
)''')
    for columns in (("ts",), ("client", "ts"), ("conversation_id", "thread_id", "action", "ts")):
        name = "idx_interactions_" + "_".join(columns)
        db.execute(f'CREATE INDEX "{name}"\n    ON "interactions" (' + ", ".join(f'"{c}"' for c in columns) + ")")
    db.execute('''CREATE TABLE "processed_events" (
   "platform" TEXT,
   "event_id" TEXT,
   "ts" TEXT,
   PRIMARY KEY ("platform", "event_id")
)''')
    db.execute('''CREATE TABLE "conversation_refs" (
   "platform" TEXT,
   "conversation_id" TEXT,
   "reference" TEXT,
   "updated_at" TEXT,
   PRIMARY KEY ("platform", "conversation_id")
)''')


def _m2_reminders(db: sqlite3.Connection) -> None:
    # One row per (client, kind, local due date): the unique key is what makes a reminder
    # fire once however many runners race for it. client is '' for the firm-wide digest.
    db.execute("""CREATE TABLE reminders (
        id INTEGER PRIMARY KEY, client TEXT NOT NULL, kind TEXT NOT NULL, due_date TEXT NOT NULL,
        due_at TEXT NOT NULL, state TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL,
        UNIQUE (client, kind, due_date))""")
    # Delivery state per notifier platform and recipient, so one failing platform is
    # retried on its own without holding up (or repeating) the others.
    db.execute("""CREATE TABLE reminder_deliveries (
        reminder_id INTEGER NOT NULL REFERENCES reminders(id), platform TEXT NOT NULL,
        recipient TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at TEXT, retry_at TEXT, sent_at TEXT, late INTEGER NOT NULL DEFAULT 0, error TEXT,
        PRIMARY KEY (reminder_id, platform, recipient))""")
    db.execute("""CREATE TABLE adhoc_reminders (
        id INTEGER PRIMARY KEY, client TEXT NOT NULL, due_date TEXT NOT NULL, note TEXT NOT NULL,
        created_by TEXT, created_at TEXT NOT NULL)""")


def _m3_client_lookup_index(db: sqlite3.Connection) -> None:
    # Client filters compare names case-insensitively, which the binary (client, ts) index
    # cannot serve. Its implicit rowid keeps "newest first for a client" a pure index walk.
    db.execute("CREATE INDEX idx_interactions_client_nocase ON interactions(client COLLATE NOCASE)")


def _m4_drop_binary_client_index(db: sqlite3.Connection) -> None:
    # No query filters on the case-sensitive (client, ts) any more (see _m3); keeping it
    # cost every logged message an extra index write (~15% of the insert).
    db.execute("DROP INDEX IF EXISTS idx_interactions_client_ts")


# Each entry moves the schema one version forward; never edit a released one.
def _m5_auto_reply_claims(db: sqlite3.Connection) -> None:
    # One row per client thread: the last time we auto-replied there. Claiming it in one
    # immediate transaction stops two workers (or processes) both replying to a burst.
    db.execute("""CREATE TABLE auto_reply_claims (
        conversation_id TEXT NOT NULL, thread_id TEXT NOT NULL, claimed_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, thread_id))""")


def _m6_drop_thread_reply_index(db: sqlite3.Connection) -> None:
    # The auto-reply window moved to auto_reply_claims; this index only slowed every log insert.
    db.execute("DROP INDEX IF EXISTS idx_interactions_conversation_id_thread_id_action_ts")


def _m7_aliases_and_conversation_memory(db: sqlite3.Connection) -> None:
    # Other names staff use for a client ("Acme", "ACD"), comma-separated, matched whole-word.
    db.execute("ALTER TABLE clients ADD COLUMN aliases TEXT")
    # The client a conversation (a DM, a thread, a console session) was last about, so a
    # follow-up question keeps it for a while. thread_id is '' for one-to-one conversations.
    db.execute("""CREATE TABLE conversation_clients (
        platform TEXT NOT NULL, conversation_id TEXT NOT NULL, thread_id TEXT NOT NULL,
        client TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, conversation_id, thread_id))""")


def _m8_drafts(db: sqlite3.Connection) -> None:
    # A client reply waiting for a person (approve mode), or shown for learning only (shadow).
    # It keeps everything needed to deliver it after a restart (platform, conversation, thread,
    # where its card is) and, once handled, who did what, when, and what was finally sent.
    # Every change of status is one conditional UPDATE, so the first Send / Edit / Don't send wins.
    db.execute("""CREATE TABLE drafts (
        id INTEGER PRIMARY KEY, token TEXT NOT NULL, mode TEXT NOT NULL, status TEXT NOT NULL,
        created_at TEXT NOT NULL, escalate_at TEXT NOT NULL, expires_at TEXT NOT NULL, escalated_at TEXT,
        interaction_id INTEGER, platform TEXT NOT NULL, conversation_id TEXT NOT NULL,
        thread_id TEXT NOT NULL DEFAULT '', message_id TEXT, client TEXT, phase TEXT,
        sender_id TEXT, sender_name TEXT, client_text TEXT NOT NULL, intent TEXT, principle TEXT,
        confidence REAL, draft_text TEXT NOT NULL, card_channel TEXT, card_message_id TEXT,
        decision TEXT, decided_by TEXT, decided_by_name TEXT, decided_at TEXT, decision_seconds REAL,
        final_text TEXT, edit_size INTEGER, reason TEXT, sent_at TEXT, error TEXT, superseded_by INTEGER,
        note TEXT)""")
    db.execute("CREATE INDEX idx_drafts_status ON drafts(status, escalate_at)")
    # A client may be held to a stricter (or looser) mode than the firm's.
    db.execute("ALTER TABLE clients ADD COLUMN reply_mode TEXT")
    # A database that already answered clients keeps answering them itself (auto) until told
    # otherwise; a new installation starts by asking a person first (approve).
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO settings(key, value) SELECT 'install_reply_mode', CASE WHEN "
               "EXISTS (SELECT 1 FROM clients) OR EXISTS (SELECT 1 FROM interactions) "
               "THEN 'auto' ELSE 'approve' END")


def _m9_checklists(db: sqlite3.Connection) -> None:
    # One handover checklist per offboarding: made from the template when notice is given,
    # closed (kept, with its history) when the offboarding is cancelled. The partial unique
    # index lets two runners race to make a client's checklist and only one succeed.
    db.execute("""CREATE TABLE checklists (
        id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id),
        template TEXT NOT NULL, created_at TEXT NOT NULL, closed_at TEXT, closed_note TEXT)""")
    db.execute("CREATE UNIQUE INDEX idx_checklists_open ON checklists(client_id) WHERE closed_at IS NULL")
    # Items are copied from the template, so editing it never changes a checklist under way.
    # Due dates are stored as days relative to the end date: moving the end date moves them.
    # version goes up with every change; a change names the version it read, so of two staff
    # ticking the same item at once only one changes it.
    db.execute("""CREATE TABLE checklist_items (
        id INTEGER PRIMARY KEY, checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        position INTEGER NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
        due_days INTEGER NOT NULL, owner TEXT, state TEXT NOT NULL DEFAULT 'open',
        version INTEGER NOT NULL DEFAULT 0, changed_at TEXT, changed_by TEXT, changed_by_name TEXT,
        changed_platform TEXT, note TEXT,
        UNIQUE (checklist_id, key))""")
    # Every change of an item, who made it and when: the history the export carries.
    db.execute("""CREATE TABLE checklist_events (
        id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES checklist_items(id),
        at TEXT NOT NULL, action TEXT NOT NULL, from_state TEXT, to_state TEXT, note TEXT,
        by_id TEXT, by_name TEXT, platform TEXT)""")
    db.execute("CREATE INDEX idx_checklist_events_item ON checklist_events(item_id)")
    # The last template text that read without error: used while the file has a mistake.
    db.execute("""CREATE TABLE checklist_template (
        id INTEGER PRIMARY KEY CHECK (id = 1), source TEXT NOT NULL, text TEXT NOT NULL,
        saved_at TEXT NOT NULL)""")


def _m10_inbox(db: sqlite3.Connection) -> None:
    # Every platform event the bot will acknowledge, written before the acknowledgement and
    # handled from here; what a crash leaves unfinished is handled on the next start. The unique
    # key also drops a platform's retries. state: received -> working -> logged (the interaction
    # is in the log, its answer may be on its way) -> done | failed. Finished rows are pruned.
    db.execute("""CREATE TABLE inbox (
        id INTEGER PRIMARY KEY, platform TEXT NOT NULL, event_key TEXT NOT NULL, kind TEXT NOT NULL,
        payload TEXT NOT NULL, received_at TEXT NOT NULL, state TEXT NOT NULL,
        interaction_id INTEGER, attempts INTEGER NOT NULL DEFAULT 0, finished_at TEXT, error TEXT,
        UNIQUE (platform, event_key))""")
    db.execute("CREATE INDEX idx_inbox_unfinished ON inbox(platform, id) WHERE state IN ('received', 'working', 'logged')")
    db.execute("CREATE INDEX idx_inbox_finished ON inbox(finished_at) WHERE finished_at IS NOT NULL")


def _m11_owner_identities_and_mute(db: sqlite3.Connection) -> None:
    # The account owner's identity on each platform ({"slack": "U123", "teams": "<AAD object id>"}, JSON),
    # beside account_owner (the display name that signs scripts): reminders and drafts reach them by id.
    db.execute("ALTER TABLE clients ADD COLUMN account_owner_ids TEXT")
    # No auto-replies or drafts for the client before this date (ISO; 9999-12-31 until unmuted).
    db.execute("ALTER TABLE clients ADD COLUMN muted_until TEXT")


MIGRATIONS = [_m1_initial, _m2_reminders, _m3_client_lookup_index, _m4_drop_binary_client_index,
              _m5_auto_reply_claims, _m6_drop_thread_reply_index, _m7_aliases_and_conversation_memory,
              _m8_drafts, _m9_checklists, _m10_inbox, _m11_owner_identities_and_mute]


def migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")


# How long a statement waits for another process's lock before it fails (and the failure is
# reported): long enough for an ordinary burst of writers, short enough that a report or a purge
# holding the file cannot stall the bot for good. The inbox waits less (see inbox.py).
BUSY_TIMEOUT_SECONDS = 10.0
# After a checkpoint the write-ahead log is cut back to this, so it stays bounded while running.
WAL_SIZE_LIMIT = 4 * 1024 * 1024


def open_connection(path: str, busy_timeout: float = BUSY_TIMEOUT_SECONDS,
                    synchronous: str = "NORMAL") -> sqlite3.Connection:
    """A connection with the project's settings; autocommit off (one transaction per `with conn`)."""
    conn = sqlite3.connect(path, check_same_thread=False, timeout=busy_timeout)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    if path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
