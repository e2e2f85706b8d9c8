"""Real mail servers on 127.0.0.1 for the email tests (a pytest plugin).

MailServer is an aiosmtpd SMTP server in the test process: the firm's submission server
receiving what the bot sends (replies, staff mail), with STARTTLS, implicit TLS and AUTH when a
test asks. The `mail` fixture runs the bot's own SMTP listener on a port the OS picks and
delivers test messages to it over SMTP with smtplib, as the firm's mail system would.
Nothing of ours and nothing of the mail libraries is mocked.
"""
from __future__ import annotations

import asyncio
import datetime
import ipaddress
import smtplib
import ssl
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import make_msgid

import pytest
from aiosmtpd.smtp import SMTP, AuthResult

from bot.adapters.email import EmailAdapter, MailListener, Outbox
from bot.config import load_config
from tests.support.records import seed_clients

BOT_ADDRESS = "offboarding@northwind.example"
STAFF_ADDRESS = "team@northwind.example"
DOMAINS = {"Acme Dental": "acmedental.example", "Globex Logistics": "globex.example", "Initech": "initech.example"}
SMTP_USER, SMTP_PASSWORD = "parting-ways", "s3cret-submission-password"


@dataclass
class Caught:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    tls: bool
    authenticated: bool

    @property
    def text(self) -> str:
        return self.message.get_body(("plain",)).get_content()


class MailServer:
    """An SMTP server that keeps every message it is given."""

    def __init__(self, tls: str | None = None, cert: tuple[str, str] | None = None,
                 login: tuple[str, str] | None = None):
        self.tls, self.login = tls, login
        self.context = None
        if cert:
            self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.context.load_cert_chain(*cert)
        self.caught: list[Caught] = []
        self.refuse_next: list[str] = []   # SMTP replies to give to the next DATA commands
        self.port = 0
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._ready = threading.Event()

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = self.login is not None and (auth_data.login.decode(), auth_data.password.decode()) == self.login
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_next:
            return self.refuse_next.pop(0)
        raw = envelope.original_content
        with self._changed:
            self.caught.append(Caught(envelope.mail_from, list(envelope.rcpt_tos), raw,
                                      BytesParser(policy=policy.default).parsebytes(raw),
                                      session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
                                      session.authenticated))
            self._changed.notify_all()
        return "250 OK"

    def _factory(self):
        kwargs = dict(decode_data=False, hostname="relay.test", enable_SMTPUTF8=True)
        if self.tls == "starttls":
            kwargs.update(tls_context=self.context, require_starttls=True)
        if self.login:
            kwargs.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=self.tls is not None)
        return SMTP(self, **kwargs)

    def _run(self):
        asyncio.set_event_loop(self._loop)
        ssl_context = self.context if self.tls == "tls" else None
        server = self._loop.run_until_complete(
            self._loop.create_server(self._factory, "127.0.0.1", 0, ssl=ssl_context))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        self._loop.run_until_complete(server.wait_closed())
        self._loop.close()

    def start(self) -> "MailServer":
        self._thread.start()
        self._ready.wait(10)
        return self

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def to(self, address: str) -> list[Caught]:
        with self._changed:
            return [c for c in self.caught if address in c.rcpt_tos]


def self_signed_certificate(directory) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "relay.test")])
    now = datetime.datetime.now(datetime.timezone.utc)  # the certificate's validity: real time, not the pinned clock
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=7))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                               x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "relay.pem", directory / "relay.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


@pytest.fixture(scope="session")
def relay_certificate(tmp_path_factory) -> tuple[str, str]:
    """A certificate for 127.0.0.1 that tests trust through EMAIL_SMTP_CA_FILE."""
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def mail_server():
    """``mail_server(tls=None|'starttls'|'tls', cert=..., login=(user, password))``: started, closed after the test."""
    started: list[MailServer] = []

    def start(**options) -> MailServer:
        started.append(MailServer(**options).start())
        return started[-1]
    yield start
    for server in started:
        server.close()


def client_message(sender: str, subject: str, body: str, name: str = "", message_id: str | None = None,
                   html: str | None = None, **headers) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>" if name else sender
    message["To"] = BOT_ADDRESS
    message["Subject"] = subject
    message["Message-ID"] = message_id or make_msgid(domain=sender.rpartition("@")[2])
    for header, value in headers.items():
        message[header.replace("_", "-")] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


class MailHarness:
    """The bot behind its SMTP listener, the firm's relay, and a way to write to the bot."""

    def __init__(self, bot, adapter: EmailAdapter, listener: MailListener, relay: MailServer):
        self.bot, self.adapter, self.listener, self.relay = bot, adapter, listener, relay

    def deliver(self, message: EmailMessage | bytes, envelope_from: str | None = None) -> None:
        """Delivered over SMTP to the bot's listener; returns once the listener has said 250."""
        raw = message if isinstance(message, bytes) else message.as_bytes(policy=policy.SMTP)
        if envelope_from is None:
            envelope_from = message["From"].addresses[0].addr_spec if isinstance(message, EmailMessage) else "x@y.example"
        with smtplib.SMTP("127.0.0.1", self.listener.port, timeout=30) as smtp:
            smtp.sendmail(envelope_from, [BOT_ADDRESS], raw)

    def write(self, sender: str, subject: str, body: str, **options) -> EmailMessage:
        message = client_message(sender, subject, body, **options)
        self.deliver(message)
        return message

    def replies(self, to: str | None = None) -> list[Caught]:
        return [c for c in self.relay.caught if STAFF_ADDRESS not in c.rcpt_tos and (to is None or to in c.rcpt_tos)]

    def staff_mail(self) -> list[Caught]:
        return self.relay.to(STAFF_ADDRESS)

    def logged(self) -> list[dict]:
        return [row for row in reversed(self.bot.storage.recent_interactions(limit=100)) if row["platform"] == "email"]


@pytest.fixture
def mail_settings(mail_server):
    """The settings an email bot needs, pointed at a plain local relay (override any of them)."""
    relay = mail_server()
    return relay, dict(email_address=BOT_ADDRESS, email_staff_address=STAFF_ADDRESS, email_smtp_host="127.0.0.1",
                       email_smtp_port=relay.port, email_smtp_security="none", email_smtp_timeout_seconds=10,
                       reply_mode="auto")


@pytest.fixture
def make_mail(tmp_path, open_bot, mail_settings):
    """``make_mail(notices=None, **settings)``: a MailHarness with the three demo clients, each with a mail domain."""
    listeners: list[MailListener] = []

    def make(notices=None, relay: MailServer | None = None, **settings) -> MailHarness:
        default_relay, defaults = mail_settings
        config = load_config(environ={}, db_path=str(tmp_path / f"mail{len(listeners)}.db"), **{**defaults, **settings})
        bot = open_bot(config)
        seed_clients(bot.clients)
        for name, domain in DOMAINS.items():
            bot.clients.edit(name, email_domain=domain)
        adapter = EmailAdapter(bot, Outbox(config, retry_delays=()), notices)
        listeners.append(MailListener(adapter, "127.0.0.1", 0).start())
        return MailHarness(bot, adapter, listeners[-1], relay or default_relay)
    yield make
    for listener in listeners:
        listener.stop()


@pytest.fixture
def mail(make_mail) -> MailHarness:
    """The email bot with staff notices going to the staff mailbox."""
    return make_mail()


class StaffRecorder:
    """A chat platform's staff channel, as far as the email adapter can tell (a StaffNotifier)."""

    platform = "chat"

    def __init__(self):
        self.notices: list[tuple[str, str]] = []

    def notify_staff(self, text: str, title: str = "") -> None:
        self.notices.append((title, text))

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self.notices.append((f"{person}: {title}", text))


def auto_response(to_bot: Caught, responder: str, request: str, threaded: bool = True, **headers) -> EmailMessage:
    """What another auto-responder at `responder` (a help desk that echoes the open request) sends back
    when it gets our reply: on its own, its text would be answered again."""
    subject = to_bot.message["Subject"]
    options = {}
    if threaded:
        options.update(In_Reply_To=to_bot.message["Message-ID"],
                       References=f"{to_bot.message.get('References', '')} {to_bot.message['Message-ID']}".strip())
    return client_message(responder, f"Re: {subject}", request, **options, **headers)
