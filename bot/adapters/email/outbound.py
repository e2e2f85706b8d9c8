"""Mail out: replies threaded under the client's message, staff notices to a mailbox, and
SMTP submission (STARTTLS or implicit TLS, login from the environment)."""
from __future__ import annotations

import logging
import re
import secrets
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from bot import clock
from bot.config import Config
from bot.adapters.email.etiquette import MARK_HEADER, OUR_ID_PREFIX
from bot.adapters.email.parse import ADDRESS, InboundMail, one_line, plain_text
from bot.notify import DeliveryError

log = logging.getLogger("partingways.email")

MAX_BODY_CHARS = 100_000
_ADDRESS_SYNTAX = re.compile(r'[<>"\\@,;:()\[\]]')
TRANSIENT = (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, ConnectionError, TimeoutError)


def new_message_id(config: Config) -> str:
    return f"{OUR_ID_PREFIX}{secrets.token_hex(12)}@{config.email_domain or 'localhost'}>"


def reply_subject(subject: str) -> str:
    subject = one_line(subject, 200)
    if not subject:
        return "Re: your message"
    return subject if subject[:3].lower() == "re:" else f"Re: {subject}"


def display_name(name: str) -> str:
    """A name to show beside an address, without the characters that could make it read as
    (part of) another address in some mail program."""
    return one_line(_ADDRESS_SYNTAX.sub(" ", name), 100)


def signature(config: Config) -> str:
    return config.email_signature.strip() or config.company


def _from(config: Config) -> Address:
    return Address(display_name=display_name(config.email_display_name or config.company),
                   addr_spec=config.email_address)


@dataclass(frozen=True)
class ReplyTo:
    """What a reply needs of the message it answers."""
    address: str
    name: str
    subject: str
    message_id: str = ""                  # "" when the message had none of its own
    references: tuple[str, ...] = ()

    @classmethod
    def of(cls, mail: InboundMail) -> "ReplyTo":
        return cls(mail.sender, mail.sender_name, mail.subject, "" if mail.stand_in_id else mail.message_id,
                   tuple(mail.references or mail.in_reply_to))


def compose_reply(config: Config, to: ReplyTo, text: str) -> EmailMessage:
    """Our answer: to the sender only, threaded under their message, marked as an auto-reply."""
    if not ADDRESS.fullmatch(to.address):
        raise ValueError("no address to reply to")
    message = EmailMessage()
    message["From"] = _from(config)
    message["To"] = Address(display_name=display_name(to.name), addr_spec=to.address)
    message["Subject"] = reply_subject(to.subject)
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = new_message_id(config)
    if to.message_id:
        message["In-Reply-To"] = to.message_id
        message["References"] = " ".join([*to.references, to.message_id])
    # RFC 3834: an automatic reply says so, and Exchange-style responders should not answer it.
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    message[MARK_HEADER] = "reply"
    message.set_content(plain_text(f"{text.strip()[:MAX_BODY_CHARS]}\n\n-- \n{signature(config)}\n"))
    return message


def compose_notice(config: Config, to: str, text: str, title: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = _from(config)
    message["To"] = to
    message["Subject"] = one_line(f"[Parting Ways] {title}" if title else "[Parting Ways] For the team", 200)
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = new_message_id(config)
    message["Auto-Submitted"] = "auto-generated"
    message[MARK_HEADER] = "notice"
    message.set_content(plain_text(text[:MAX_BODY_CHARS] + "\n"))
    return message


class Outbox:
    """SMTP submission with the EMAIL_SMTP_* settings. One connection per message: replies are
    rare, and a fresh connection never trips over a server's idle timeout."""

    def __init__(self, config: Config, retry_delays: tuple[float, ...] = (1.0, 4.0)):
        self.config = config
        self.retry_delays = retry_delays

    def send(self, message: EmailMessage, to: str) -> None:
        """Submit `message` for the one envelope recipient `to`. Raises DeliveryError."""
        if not ADDRESS.fullmatch(to or ""):
            raise DeliveryError("refusing to send to something that is not one plain address")
        for attempt, delay in enumerate((*self.retry_delays, None), start=1):
            try:
                self._submit(message, to)
                return
            except smtplib.SMTPResponseException as error:
                transient = 400 <= error.smtp_code < 500
                problem = f"the mail server said {error.smtp_code} {_text(error.smtp_error)}"
            except smtplib.SMTPRecipientsRefused as error:
                transient, problem = False, f"the mail server refused the recipient ({_refusal(error)})"
            except TRANSIENT as error:
                transient, problem = True, f"{type(error).__name__}: {error}"
            except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
                transient, problem = False, f"{type(error).__name__}: {error}"
            if not transient or delay is None:
                raise DeliveryError(f"{problem} (attempt {attempt})")
            log.warning("mail submission failed (%s); trying again in %.0f s", problem, delay)
            time.sleep(delay)

    def check(self) -> None:
        """Connect, secure and sign in as a send would, and send nothing. Raises DeliveryError."""
        try:
            with self._connect():
                pass
        except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
            raise DeliveryError(f"{type(error).__name__}: {error}") from None

    def _submit(self, message: EmailMessage, to: str) -> None:
        with self._connect() as smtp:
            smtp.send_message(message, from_addr=self.config.email_address, to_addrs=[to])

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        context = ssl.create_default_context(cafile=config.email_smtp_ca_file or None)
        host, port, timeout = config.email_smtp_host, config.email_submission_port, config.email_smtp_timeout_seconds
        if config.email_smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        try:
            smtp.ehlo()
            if config.email_smtp_security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if config.email_smtp_user:
                smtp.login(config.email_smtp_user, config.email_smtp_password)
        except BaseException:
            smtp.close()
            raise
        return smtp


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _refusal(error: smtplib.SMTPRecipientsRefused) -> str:
    return "; ".join(f"{code} {_text(text)}" for code, text in error.recipients.values())


class MailboxNotifier:
    """Staff notices and reminders by mail to EMAIL_STAFF_ADDRESS (when no chat platform is set up)."""

    platform = "email"
    # Account owners are recorded by name (or email address): notify_person takes either.
    people_by_name = True

    def __init__(self, outbox: Outbox, config: Config):
        self.outbox, self.config = outbox, config

    def notify_staff(self, text: str, title: str = "") -> None:
        if not self.config.email_staff_address:
            raise DeliveryError("EMAIL_STAFF_ADDRESS is not set, so there is no staff mailbox to write to")
        self.outbox.send(compose_notice(self.config, self.config.email_staff_address, text, title),
                         self.config.email_staff_address)

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        """A colleague's own address when `person` is one; else the staff mailbox, addressed to them."""
        if ADDRESS.fullmatch(person or ""):
            self.outbox.send(compose_notice(self.config, person, text, title), person)
        else:
            self.notify_staff(f"For {one_line(person, 80)}:\n\n{text}", title)
