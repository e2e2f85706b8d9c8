"""How the core reaches the team without knowing which platform it is on.

Each adapter that can post to a staff channel offers a StaffNotifier;
reminders and other proactive messages go through this protocol only.
"""
from __future__ import annotations

from typing import Protocol


class DeliveryError(RuntimeError):
    """A notifier could not deliver; the caller may retry later."""


class StaffNotifier(Protocol):
    """platform: "console" | "slack" | "teams". A notifier may set people_by_name = True when it
    addresses people by name (the console, which only prints); the others are given user ids."""

    platform: str

    def notify_staff(self, text: str, title: str = "") -> None:
        """Post to the team's staff channel / conversation. Raises DeliveryError."""

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        """Direct-message one staff member by their user id on this platform (by name where
        people_by_name is set). Raises DeliveryError."""


class ConsoleNotifier:
    """Prints staff notices, for the console and cron runs."""

    platform = "console"
    people_by_name = True   # it prints "[to Priya] ...": shown, not messaged

    def __init__(self, write=print):
        self.write = write

    def notify_staff(self, text: str, title: str = "") -> None:
        self.write(f"[to the team] {title}\n{text}" if title else f"[to the team] {text}")

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self.write(f"[to {person}] {title}\n{text}" if title else f"[to {person}] {text}")
