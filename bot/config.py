"""The one place that reads the environment.

Every setting the bot understands is a field here, documented in the README.
Secrets are kept out of ``repr`` so a logged config never leaks them.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.workdays import public_holidays


TEAMS_APP_TYPES = ("SingleTenant", "UserAssignedMSI", "MultiTenant")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# How a client auto-reply leaves the bot: sent at once, drafted for a person to approve, or
# drafted for learning only while a person answers (see bot/drafts.py).
REPLY_MODES = ("auto", "approve", "shadow")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


def _secret():
    return field(default="", repr=False)


@dataclass(frozen=True)
class Config:
    db_path: str = "var/partingways.db"
    # Where the compiled intent model is kept; "": var/cache in a source checkout, else beside the database.
    cache_dir: str = ""
    company: str = "Northwind IT"
    signer: str = "the Northwind IT team"
    # The firm's payment terms ("within 14 days of the invoice date"), quoted with a late-payment reason.
    # Empty unless the firm sets them: a default must never state a policy the firm didn't set.
    payment_terms: str = ""
    # The number clients call the firm on, said in voicemail scripts; empty: "the number you have for us".
    phone: str = ""
    timezone: str = "Europe/London"
    confidence_threshold: float = 0.55
    auto_reply_window_seconds: int = 600
    # A follow-up in the same DM, thread or console session keeps the previous turn's client this long.
    conversation_memory_minutes: int = 30
    admins: tuple[str, ...] = ()
    # Reminders: local hour a dated reminder is due, weekly digest slot, catch-up cut-off
    reminder_hour: int = 9
    reminder_interval_seconds: int = 60
    reminder_cutoff_days: int = 3
    digest_day: str = "monday"
    digest_hour: int = 9
    # Drafts: the firm's reply mode ("" = this installation's default, see bot/drafts.py; modes per
    # kind of message are in responses/policy.toml), and when an unanswered draft is raised again /
    # expires (working hours, in the firm's timezone)
    reply_mode: str = ""
    draft_escalate_hours: float = 4.0
    draft_expiry_hours: float = 24.0
    working_hours: tuple[int, int] = (9 * 60, 17 * 60 + 30)   # minutes after local midnight
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)            # Monday is 0
    # Public holidays no checklist item falls due on: a country code with an optional region
    # (the `holidays` package); "none" for weekends only. The default matches the default timezone.
    public_holidays: str = "GB-ENG"
    # Days the firm's office is shut (first, last), such as Christmas Eve to New Year's Day: no checklist item
    # falls due in them, and scripts and replies say the office is closed. None: no closure on record, and
    # the Christmas break is treated as a time of holiday cover.
    office_closed: tuple[date, date] | None = None
    # The handover checklist template (TOML); empty: the one that ships, responses/checklist.toml
    checklist_template: str = ""
    # Slack
    slack_bot_token: str = _secret()
    slack_app_token: str = _secret()
    slack_signing_secret: str = _secret()
    slack_api_url: str = "https://slack.com/api/"
    slack_staff_channel: str = ""
    slack_port: int = 3000
    # Teams
    teams_app_id: str = ""
    teams_app_password: str = _secret()
    teams_tenant_id: str = ""
    # Azure creates no new multi-tenant bots (since July 2025): single-tenant, or a managed identity.
    teams_app_type: str = "SingleTenant"
    teams_port: int = 3978
    teams_staff_conversation: str = ""
    teams_openid_metadata_url: str = ""   # where the Bot Framework's signing keys are published (tests, clouds)
    # Email: the bot's own address, the SMTP listener the firm's mail system forwards to,
    # and the submission server replies leave by (see bot/adapters/email/)
    email_address: str = ""
    email_display_name: str = ""
    email_signature: str = ""
    email_listen_host: str = "127.0.0.1"
    email_listen_port: int = 2525
    email_max_bytes: int = 10 * 1024 * 1024
    email_smtp_host: str = ""
    email_smtp_port: int = 0                 # 0: 587 for starttls, 465 for tls, 25 for none
    email_smtp_security: str = "starttls"
    email_smtp_user: str = ""
    email_smtp_password: str = _secret()
    email_smtp_ca_file: str = ""
    email_smtp_timeout_seconds: float = 30.0
    email_staff_address: str = ""
    email_staff_domains: tuple[str, ...] = ()

    @property
    def email_domain(self) -> str:
        return self.email_address.rpartition("@")[2].lower()

    @property
    def email_own_domains(self) -> tuple[str, ...]:
        """Our firm's mail domains: mail from them is a colleague's, never a client's."""
        return self.email_staff_domains or ((self.email_domain,) if self.email_domain else ())

    @property
    def email_submission_port(self) -> int:
        return self.email_smtp_port or {"starttls": 587, "tls": 465}.get(self.email_smtp_security, 25)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def secrets(self) -> list[str]:
        """Values that must never be written to the log or the database."""
        return [getattr(self, f.name) for f in fields(self) if not f.repr and getattr(self, f.name)]


# env var -> (field, parser)
_ENV = {
    "PARTING_WAYS_DB": ("db_path", str),
    "PARTING_WAYS_CACHE_DIR": ("cache_dir", str),
    "PARTING_WAYS_COMPANY": ("company", str),
    "PARTING_WAYS_SIGNER": ("signer", str),
    "PARTING_WAYS_PAYMENT_TERMS": ("payment_terms", str),
    "PARTING_WAYS_PHONE": ("phone", str.strip),
    "PARTING_WAYS_TIMEZONE": ("timezone", str),
    "PARTING_WAYS_CONFIDENCE": ("confidence_threshold", float),
    "PARTING_WAYS_AUTO_REPLY_WINDOW": ("auto_reply_window_seconds", int),
    "PARTING_WAYS_CONVERSATION_MEMORY": ("conversation_memory_minutes", int),
    "PARTING_WAYS_ADMINS": ("admins", lambda v: tuple(x.strip() for x in v.split(",") if x.strip())),
    "PARTING_WAYS_REMINDER_HOUR": ("reminder_hour", int),
    "PARTING_WAYS_REMINDER_INTERVAL": ("reminder_interval_seconds", int),
    "PARTING_WAYS_REMINDER_CUTOFF_DAYS": ("reminder_cutoff_days", int),
    "PARTING_WAYS_DIGEST_DAY": ("digest_day", str.lower),
    "PARTING_WAYS_DIGEST_HOUR": ("digest_hour", int),
    "PARTING_WAYS_REPLY_MODE": ("reply_mode", str.lower),
    "PARTING_WAYS_DRAFT_ESCALATE_HOURS": ("draft_escalate_hours", float),
    "PARTING_WAYS_DRAFT_EXPIRY_HOURS": ("draft_expiry_hours", float),
    "PARTING_WAYS_WORKING_HOURS": ("working_hours", lambda v: _minutes_range(v)),
    "PARTING_WAYS_WORKING_DAYS": ("working_days", lambda v: _weekdays(v)),
    "PARTING_WAYS_HOLIDAYS": ("public_holidays", str.strip),
    "PARTING_WAYS_CHECKLIST": ("checklist_template", str),
    "PARTING_WAYS_OFFICE_CLOSED": ("office_closed", lambda v: _closure(v)),
    "SLACK_BOT_TOKEN": ("slack_bot_token", str),
    "SLACK_APP_TOKEN": ("slack_app_token", str),
    "SLACK_SIGNING_SECRET": ("slack_signing_secret", str),
    "SLACK_API_URL": ("slack_api_url", str),
    "SLACK_STAFF_CHANNEL": ("slack_staff_channel", str),
    "SLACK_PORT": ("slack_port", int),
    "MicrosoftAppId": ("teams_app_id", str),
    "MicrosoftAppPassword": ("teams_app_password", str),
    "MicrosoftAppTenantId": ("teams_tenant_id", str),
    "MicrosoftAppType": ("teams_app_type", lambda v: {t.lower(): t for t in TEAMS_APP_TYPES}.get(v.lower(), v)),
    "TEAMS_PORT": ("teams_port", int),
    "TEAMS_STAFF_CONVERSATION": ("teams_staff_conversation", str),
    "TEAMS_OPENID_METADATA_URL": ("teams_openid_metadata_url", str),
    "EMAIL_ADDRESS": ("email_address", str.lower),
    "EMAIL_DISPLAY_NAME": ("email_display_name", str),
    "EMAIL_SIGNATURE": ("email_signature", lambda v: v.replace("\\n", "\n")),
    "EMAIL_LISTEN_HOST": ("email_listen_host", str),
    "EMAIL_LISTEN_PORT": ("email_listen_port", int),
    "EMAIL_MAX_BYTES": ("email_max_bytes", int),
    "EMAIL_SMTP_HOST": ("email_smtp_host", str),
    "EMAIL_SMTP_PORT": ("email_smtp_port", int),
    "EMAIL_SMTP_SECURITY": ("email_smtp_security", str.lower),
    "EMAIL_SMTP_USER": ("email_smtp_user", str),
    "EMAIL_SMTP_PASSWORD": ("email_smtp_password", str),
    "EMAIL_SMTP_CA_FILE": ("email_smtp_ca_file", str),
    "EMAIL_SMTP_TIMEOUT": ("email_smtp_timeout_seconds", float),
    "EMAIL_STAFF_ADDRESS": ("email_staff_address", str.lower),
    "EMAIL_STAFF_DOMAINS": ("email_staff_domains",
                            lambda v: tuple(d.strip().lstrip("@").lower() for d in v.split(",") if d.strip())),
}

EMAIL_SECURITY = ("starttls", "tls", "none")
_ADDRESS = re.compile(r"[^@\s<>(),;:\"\[\]\\]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def _minutes_range(value: str) -> tuple[int, int]:
    """'09:00-17:30' -> (540, 1050)."""
    start, dash, end = value.partition("-")
    if not dash:
        raise ValueError("expected HH:MM-HH:MM")
    return _minutes(start), _minutes(end)


def _closure(value: str) -> tuple[date, date]:
    """'2026-12-24/2027-01-01' -> the first and last day the office is shut."""
    first, slash, last = value.partition("/")
    try:
        span = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
    except ValueError:
        span = None
    if not slash or span is None:
        raise ValueError("expected the first and last day closed, such as 2026-12-24/2027-01-01")
    if not timedelta(0) <= span[1] - span[0] <= timedelta(days=366):
        raise ValueError("the last day closed must be on or after the first, within a year")
    return span


def _minutes(value: str) -> int:
    hours, colon, minutes = value.strip().partition(":")
    hour, minute = int(hours), int(minutes or 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60) or hour * 60 + minute > 24 * 60:
        raise ValueError("not a time of day")
    return hour * 60 + minute


def _weekdays(value: str) -> tuple[int, ...]:
    """'mon-fri' or 'mon,tue,wed' -> weekday numbers (Monday 0)."""
    def number(name: str) -> int:
        matches = [i for i, day in enumerate(WEEKDAYS) if name and day.startswith(name.strip().lower())]
        if len(matches) != 1:
            raise ValueError(f"{name!r} is not a weekday")
        return matches[0]
    days: set[int] = set()
    for part in filter(None, (p.strip() for p in value.split(","))):
        first, dash, last = part.partition("-")
        if dash:
            a, b = number(first), number(last)
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        else:
            days.add(number(part))
    return tuple(sorted(days))


def load_config(environ: dict[str, str] | None = None, **overrides) -> Config:
    """Build a Config from environment variables (and explicit overrides)."""
    environ = os.environ if environ is None else environ
    values = {}
    for name, (attr, parse) in _ENV.items():
        raw = environ.get(name)
        if raw is None or raw.strip() == "":
            continue
        try:
            values[attr] = parse(raw.strip())
        except ValueError as error:
            detail = f"expected {parse.__name__}" if parse.__name__ != "<lambda>" else str(error)
            raise ConfigError(f"{name} has an invalid value ({detail})") from None
    values.update(overrides)
    config = Config(**values)
    _validate(config)
    return config


def _validate(config: Config) -> None:
    try:
        ZoneInfo(config.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"PARTING_WAYS_TIMEZONE {config.timezone!r} is not a known IANA timezone") from None
    if not 0.0 <= config.confidence_threshold <= 1.0:
        raise ConfigError("PARTING_WAYS_CONFIDENCE must be between 0 and 1")
    if config.conversation_memory_minutes < 0:
        raise ConfigError("PARTING_WAYS_CONVERSATION_MEMORY cannot be negative (minutes; 0 turns it off)")
    _validate_reminders(config)
    if config.teams_app_type not in TEAMS_APP_TYPES:
        raise ConfigError(f"MicrosoftAppType must be one of {', '.join(TEAMS_APP_TYPES)} "
                          f"(got {config.teams_app_type!r})")
    _validate_drafts(config)
    _validate_email(config)
    if config.db_path != ":memory:":
        Path(config.db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _validate_reminders(config: Config) -> None:
    for name, hour in (("PARTING_WAYS_REMINDER_HOUR", config.reminder_hour),
                       ("PARTING_WAYS_DIGEST_HOUR", config.digest_hour)):
        if not 0 <= hour <= 23:
            raise ConfigError(f"{name} must be an hour from 0 to 23")
    if config.digest_day not in WEEKDAYS:
        raise ConfigError(f"PARTING_WAYS_DIGEST_DAY must be a weekday name ({', '.join(WEEKDAYS)})")
    if config.reminder_interval_seconds < 1:
        raise ConfigError("PARTING_WAYS_REMINDER_INTERVAL must be at least 1 second")
    if config.reminder_cutoff_days < 0:
        raise ConfigError("PARTING_WAYS_REMINDER_CUTOFF_DAYS cannot be negative")


def _validate_drafts(config: Config) -> None:
    if config.reply_mode and config.reply_mode not in REPLY_MODES:
        raise ConfigError(f"PARTING_WAYS_REPLY_MODE must be one of {', '.join(REPLY_MODES)}")
    for name, hours in (("PARTING_WAYS_DRAFT_ESCALATE_HOURS", config.draft_escalate_hours),
                        ("PARTING_WAYS_DRAFT_EXPIRY_HOURS", config.draft_expiry_hours)):
        if not 0 < hours <= 24 * 365:
            raise ConfigError(f"{name} must be a positive number of working hours")
    if config.draft_expiry_hours < config.draft_escalate_hours:
        raise ConfigError("PARTING_WAYS_DRAFT_EXPIRY_HOURS must not be shorter than PARTING_WAYS_DRAFT_ESCALATE_HOURS")
    start, end = config.working_hours
    if not 0 <= start < end <= 24 * 60:
        raise ConfigError("PARTING_WAYS_WORKING_HOURS must be a day's span such as 09:00-17:30")
    if not config.working_days or any(not 0 <= day <= 6 for day in config.working_days):
        raise ConfigError("PARTING_WAYS_WORKING_DAYS must name at least one weekday (e.g. mon-fri)")
    try:
        public_holidays(config.public_holidays)
    except ValueError as error:
        raise ConfigError(f"PARTING_WAYS_HOLIDAYS: {error}") from None


def _validate_email(config: Config) -> None:
    for name, address in (("EMAIL_ADDRESS", config.email_address), ("EMAIL_STAFF_ADDRESS", config.email_staff_address)):
        if address and not _ADDRESS.fullmatch(address):
            raise ConfigError(f"{name} must be one plain address such as offboarding@example.com")
    if config.email_smtp_security not in EMAIL_SECURITY:
        raise ConfigError(f"EMAIL_SMTP_SECURITY must be one of {', '.join(EMAIL_SECURITY)}")
    for name, port in (("EMAIL_LISTEN_PORT", config.email_listen_port), ("EMAIL_SMTP_PORT", config.email_smtp_port)):
        if not 0 <= port <= 65535:
            raise ConfigError(f"{name} must be a TCP port (0-65535)")
    if config.email_max_bytes < 1024:
        raise ConfigError("EMAIL_MAX_BYTES must be at least 1024 bytes")
    if config.email_smtp_timeout_seconds <= 0:
        raise ConfigError("EMAIL_SMTP_TIMEOUT must be a positive number of seconds")
    if config.email_smtp_password and not config.email_smtp_user:
        raise ConfigError("EMAIL_SMTP_PASSWORD is set without EMAIL_SMTP_USER")


def email_problems(config: Config) -> list[str]:
    """What `python app.py email` still needs before it can answer anyone."""
    problems = []
    if not config.email_address:
        problems.append("EMAIL_ADDRESS is not set (the address replies come from, e.g. offboarding@example.com)")
    if not config.email_smtp_host:
        problems.append("EMAIL_SMTP_HOST is not set (the submission server replies are sent through)")
    return problems
