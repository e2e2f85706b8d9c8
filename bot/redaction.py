"""Secrets out of every log line, whichever module or library writes it.

The storage layer redacts what it writes to the database; this does the same
for logging, process-wide, because a token can reach a log through an
exception message from any SDK, not only through our own log calls.
"""
from __future__ import annotations

import logging
import threading

REDACTED = "[redacted]"

# Replaced whole (never mutated) so a logging thread can iterate it while another adds.
_secrets: frozenset[str] = frozenset()
_lock = threading.Lock()
_installed = False


def redact(text: str, secrets=None) -> str:
    """The text with each secret (by default every one hidden in logs) replaced."""
    for secret in _secrets if secrets is None else secrets:
        text = text.replace(secret, REDACTED)
    return text


def hide_in_logs(secrets: list[str]) -> None:
    """From now on, replace these values in every log record any logger creates."""
    global _installed, _secrets
    values = {s for s in secrets if s}
    if not values:
        return
    with _lock:
        _secrets = _secrets | values
        if not _installed:
            make_record = logging.getLogRecordFactory()
            logging.setLogRecordFactory(lambda *args, **kwargs: _redacted(make_record(*args, **kwargs)))
            _installed = True


def _redacted(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a malformed log call is logging's to report, not ours
        return record
    cleaned = redact(message)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and record.exc_info[0] is not None:
        # Formatted now, as handlers would later, so the traceback text is redacted too.
        traceback = logging.Formatter().formatException(record.exc_info)
        cleaned = redact(traceback)
        if cleaned != traceback:
            record.exc_text = cleaned
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record
