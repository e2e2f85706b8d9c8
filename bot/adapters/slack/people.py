"""Who a Slack user is (users.info), remembered for a while so each message does not cost a call."""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

log = logging.getLogger("partingways.slack")

API_ERRORS = (SlackApiError, SlackClientError, OSError)  # OSError covers refused/timed-out connections
KNOWN_FOR_SECONDS = 600     # someone turned into a guest is a client again within ten minutes
UNKNOWN_FOR_SECONDS = 60    # a failed look-up is retried a minute later, not before every message
MAX_PEOPLE = 5000


@dataclass(frozen=True)
class Person:
    name: str = ""
    team: str | None = None   # the user's home workspace
    guest: bool = False       # a multi- or single-channel guest account in our workspace
    known: bool = True        # False: Slack did not say (users.info failed)


UNKNOWN = Person(known=False)


def person_from(user: dict) -> Person:
    profile = user.get("profile") or {}
    name = user.get("real_name") or profile.get("real_name") or user.get("name") or ""
    # Slack marks guests "restricted" (multi-channel) or "ultra restricted" (single-channel).
    guest = bool(user.get("is_restricted") or user.get("is_ultra_restricted"))
    return Person(name=name, team=user.get("team_id") or None, guest=guest)


def problem(error: BaseException) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or f"HTTP {error.response.status_code}")
    return f"{type(error).__name__}: {error}"


class People:
    """users.info answers per user id, bounded in number and age; failures are remembered briefly too."""

    def __init__(self, client: WebClient, clock=time.monotonic, max_people: int = MAX_PEOPLE):
        self.client, self.clock, self.max_people = client, clock, max_people
        self._found: OrderedDict[str, tuple[float, Person]] = OrderedDict()  # user -> (expires, person)
        self._lock = threading.Lock()  # Bolt runs listeners on several threads

    def get(self, user: str) -> Person:
        remembered = self._remembered(user)
        if remembered is not None:
            return remembered
        try:
            person, keep_for = person_from(self.client.users_info(user=user)["user"]), KNOWN_FOR_SECONDS
        except API_ERRORS as error:
            log.warning("could not look up Slack user %s (users.info: %s)", user, problem(error))
            person, keep_for = UNKNOWN, UNKNOWN_FOR_SECONDS
        self._remember(user, person, keep_for)
        return person

    def _remembered(self, user: str) -> Person | None:
        with self._lock:
            expires, person = self._found.get(user, (0.0, None))
            return person if expires > self.clock() else None

    def _remember(self, user: str, person: Person, keep_for: float) -> None:
        with self._lock:
            self._found[user] = (self.clock() + keep_for, person)
            self._found.move_to_end(user)
            while len(self._found) > self.max_people:
                self._found.popitem(last=False)  # the longest-remembered goes first
