"""The staff notifiers of every platform that is configured, for reminders.

Each platform's SDK is imported only when that platform is configured.
"""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager

from bot.core import Bot
from bot.notify import ConsoleNotifier, StaffNotifier

log = logging.getLogger("partingways.reminders")


def configured_notifiers(bot: Bot) -> list[StaffNotifier]:
    """Slack when it has a token, Teams when it has a staff conversation; else the console."""
    config = bot.config
    notifiers: list[StaffNotifier] = []
    if config.slack_bot_token:
        from bot.adapters.slack.app import SlackNotifier, web_client
        notifiers.append(SlackNotifier(web_client(config), config.slack_staff_channel))
    if config.teams_staff_conversation:
        from bot.adapters.teams.server import teams_notifier
        notifiers.append(teams_notifier(bot))
    return notifiers or [ConsoleNotifier()]


REMINDER_STOP_SECONDS = 15.0


@contextmanager
def start_platform_reminders(bot: Bot):
    """The background reminder loop of `python app.py slack|teams`, stopped when the server stops,
    and waited for (a bounded time) so that it is not querying while the database closes."""
    from bot.reminders.runner import start_reminder_loop
    stop = threading.Event()
    thread = start_reminder_loop(bot, configured_notifiers(bot), bot.config.reminder_interval_seconds,
                                 stop_event=stop)
    try:
        yield
    finally:
        stop.set()
        thread.join(REMINDER_STOP_SECONDS)
        if thread.is_alive():
            log.warning("the reminder pass in progress did not finish within %.0f s; stopping anyway "
                        "(its deliveries are in the ledger and resume on the next start)", REMINDER_STOP_SECONDS)
