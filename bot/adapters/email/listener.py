"""The SMTP listener the firm's mail system forwards to (aiosmtpd).

It accepts mail for any recipient and relays nothing. Each message is handed to the
adapter before the final 250, so a message is handled (or logged as refused) before the
sending server forgets it. Messages over EMAIL_MAX_BYTES are refused with 552 (SIZE is
announced, so well-behaved servers do not even send them) and logged.
"""
from __future__ import annotations

import asyncio
import logging
import threading

from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.adapters.email.adapter import EmailAdapter

log = logging.getLogger("partingways.email")


class _Handler:
    def __init__(self, adapter: EmailAdapter):
        self.adapter = adapter

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        sender = envelope.mail_from or ""
        outcome = await asyncio.get_running_loop().run_in_executor(None, self.adapter.receive, raw, sender)
        log.info("email from %s: %s%s", sender or "<>", outcome.action, f" ({outcome.reason})" if outcome.reason else "")
        return "250 2.0.0 Message accepted"


class _Server(SMTP):
    """aiosmtpd's server, telling the adapter about messages it refuses for their size."""

    async def push(self, status: str) -> None:
        if status.startswith("552"):
            envelope = self.envelope
            sender = envelope.mail_from if envelope is not None else None
            await asyncio.get_running_loop().run_in_executor(
                None, self.event_handler.adapter.refused_too_large, None, sender)
        await super().push(status)


class MailListener:
    """Serves SMTP on host:port (port 0: one the OS picks; see .port once started)."""

    def __init__(self, adapter: EmailAdapter, host: str, port: int):
        self.adapter, self.host, self.port = adapter, host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def _factory(self) -> SMTP:
        config = self.adapter.config
        return _Server(_Handler(self.adapter), data_size_limit=config.email_max_bytes, enable_SMTPUTF8=True,
                       decode_data=False, hostname=config.email_domain or "parting-ways",
                       ident="Parting Ways")

    def start(self) -> "MailListener":
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="email-listener", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        try:
            server = loop.run_until_complete(loop.create_server(self._factory, self.host, self.port))
        except BaseException as error:  # noqa: BLE001 - reported to start()'s caller
            self._error = error
            self._ready.set()
            loop.close()
            return
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def serve_forever(self) -> None:
        """Run until interrupted (Ctrl-C), for `python app.py email`; starts the listener if need be."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(1)
        finally:
            self.stop()
