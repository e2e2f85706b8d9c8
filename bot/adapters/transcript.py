"""The smallest complete adapter: text in, every delivery written down, no platform at all.

It shows what an adapter must do (bot.contract) and nothing else, like errbot's null
backend; tests drive the core through it so that they read like transcripts
(tests/support/transcript.py).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from bot.contract import Core
from bot.message import CLIENT, COMMAND, DENY, REPLY, STAFF, Decision, IncomingMessage

SENDER = "sender"              # the person who wrote, where everyone in the conversation reads it
SENDER_ONLY = "sender only"    # the person who wrote, privately
STAFF_CHANNEL = "staff"        # the team's staff channel


@dataclass(frozen=True)
class Delivery:
    to: str
    text: str
    title: str = ""


class TranscriptNotifier:
    """A StaffNotifier that writes into the transcript."""

    platform = "transcript"

    def __init__(self, deliveries: list[Delivery]):
        self.deliveries = deliveries

    def notify_staff(self, text: str, title: str = "") -> None:
        self.deliveries.append(Delivery(STAFF_CHANNEL, text, title))

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        self.deliveries.append(Delivery(person, text, title))


class TranscriptAdapter:
    """Messages typed as staff or as someone at a client; deliveries kept in order."""

    platform = "transcript"

    def __init__(self, core: Core):
        self.core = core
        self.deliveries: list[Delivery] = []
        self._notifier = TranscriptNotifier(self.deliveries)
        self._turns = itertools.count(1)

    def staff_notifier(self) -> TranscriptNotifier:
        return self._notifier

    def receive(self, text: str, *, client: str | None = None, sender: str = "sam",
                sender_name: str = "", conversation: str = "") -> Decision:
        """One message: from staff, or (client=NAME) from someone in that client's linked conversation."""
        turn = next(self._turns)
        message = IncomingMessage(
            text=text, platform=self.platform, sender_id=sender, sender_name=sender_name,
            audience=CLIENT if client else STAFF, client=client,
            conversation_id=conversation or f"{self.platform}:{client or 'staff'}",
            thread_id=str(turn), message_id=f"{self.platform}-{turn}")
        decision = self.core.handle(message)
        self.deliver(decision)
        return decision

    def pick(self, decision: Decision, number: int, *, sender: str = "sam", conversation: str = "") -> Decision:
        """Pick the number-th (from 1) of the choices a decision offered, as a person would click it."""
        message = IncomingMessage(text="", platform=self.platform, sender_id=sender, audience=STAFF,
                                  conversation_id=conversation or f"{self.platform}:staff")
        chosen = self.core.choose(message, decision.interaction_id, decision.choices[number - 1])
        self.deliver(chosen)
        return chosen

    def deliver(self, decision: Decision) -> None:
        if decision.reply is not None and decision.action in (REPLY, COMMAND, DENY):
            self.deliveries.append(Delivery(SENDER_ONLY if decision.private else SENDER,
                                            decision.reply.text, decision.reply.title))
            if decision.choices:
                listed = "\n".join(f"{n}. {c.label}" for n, c in enumerate(decision.choices, start=1))
                self.deliveries.append(Delivery(SENDER_ONLY if decision.private else SENDER,
                                                f"{decision.choice_prompt}\n{listed}", "choices"))
        if decision.staff_notice is not None:
            self._notifier.notify_staff(decision.staff_notice.text, decision.staff_notice.title)
