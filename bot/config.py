"""The one place that reads the environment.

Every setting the bot understands is a field here, documented in the README.
Secrets are kept out of ``repr`` so a logged config never leaks them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


TEAMS_APP_TYPES = ("SingleTenant", "UserAssignedMSI", "MultiTenant")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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
    payment_terms: str = "within 10 days of the invoice date"
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
}



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
        except ValueError:
            raise ConfigError(f"{name} has an invalid value (expected {parse.__name__})") from None
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
