"""The smallest complete adapter: text in, every delivery written down, no platform at all.

It shows what an adapter must do (bot.contract) and nothing else, like errbot's null
backend; tests drive the core through it so that they read like transcripts
(tests/support/transcript.py).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from bot.contract import Core
from bot.drafts import DraftRequest, DraftResult, describe_draft
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
    people_by_name = True

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
        self._cards: dict[int, str] = {}  # draft id -> the token its card's buttons carry

    def staff_notifier(self) -> TranscriptNotifier:
        return self._notifier

    def receive(self, text: str, *, client: str | None = None, sender: str = "sam",
                sender_name: str = "", conversation: str = "", files: tuple = (),
                mentions: tuple = ()) -> Decision:
        """One message: from staff, or (client=NAME) from someone in that client's linked conversation."""
        turn = next(self._turns)
        message = IncomingMessage(
            text=text, platform=self.platform, sender_id=sender, sender_name=sender_name,
            audience=CLIENT if client else STAFF, client=client,
            conversation_id=conversation or f"{self.platform}:{client or 'staff'}",
            thread_id=str(turn), message_id=f"{self.platform}-{turn}", files=tuple(files),
            mentions=tuple(mentions))
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
        if decision.draft is not None:
            self.post_card(decision.draft)
        elif decision.staff_notice is not None:
            self._notifier.notify_staff(decision.staff_notice.text, decision.staff_notice.title)

    # -- drafted replies: a card in the staff channel, and its buttons ----------------------------
    def post_card(self, draft) -> None:
        self._cards[draft.id] = draft.token
        self._notifier.notify_staff(describe_draft(draft), f"Draft #{draft.id}")

    def press(self, verb: str, draft_id: int, *, sender: str = "sam", sender_name: str = "Sam",
              staff: bool = True, text: str | None = None, reason: str = "") -> DraftResult:
        """A click on a draft card's Send / Edit / Don't send: the core decides, the adapter delivers
        to the client's conversation, reports back, then updates the card."""
        request = DraftRequest(draft_id=draft_id, token=self._cards.get(draft_id, ""), verb=verb,
                               platform=self.platform, actor_id=sender, actor_name=sender_name,
                               audience=STAFF if staff else CLIENT, text=text, reason=reason)
        result = self.core.drafts.act(request)
        if result.deliver:
            self.deliveries.append(Delivery(result.draft.conversation_id, result.draft.final_text or ""))
            result = self.core.drafts.delivered(result.draft.id)
        if result.draft is not None and (result.ok or result.draft.handled):
            self._notifier.notify_staff(result.draft.outcome, f"Draft #{result.draft.id} updated")
        if not result.ok:
            self.deliveries.append(Delivery(SENDER_ONLY, result.message))
        if result.new_draft is not None:
            self.post_card(result.new_draft)
        return result
