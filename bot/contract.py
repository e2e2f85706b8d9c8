"""The contract between the core and a platform adapter, both ways.

An adapter (console, Slack, Teams, the transcript adapter tests use) turns what
its platform delivers into an ``IncomingMessage``, hands it to the core and
delivers the ``Decision`` that comes back. It decides nothing about principles,
phases or wording, and it owns its platform's limits (message sizes, block
counts, markup) so the core never has to know them.

Adding a platform means one package under ``bot/adapters/`` that satisfies
``Adapter`` by calling only what ``Core`` offers, plus wiring in ``bot/cli.py``.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.config import Config
from bot.message import Admission, Choice, Decision, IncomingMessage, InboxEntry, Vote
from bot.notify import StaffNotifier


@runtime_checkable
class Core(Protocol):
    """What an adapter may call on the core (``bot.core.Bot`` is the implementation).

    Every call is synchronous and quick enough for an event loop unless another process
    holds the database (then it waits a bounded time); each message is logged by the core
    whatever happens to its delivery.

    The inbox: an adapter writes each platform event with ``accept_event`` *before* it
    acknowledges it, handles it (``begin_event``, then the message with its ``inbox_id``
    set, then ``finish_event``) and, when it starts, handles ``events_to_resume``. A message
    that reached the log is never answered twice, even after a crash.
    """

    config: Config

    def handle(self, message: IncomingMessage) -> Decision:
        """Decide what to do with a message: reply, hand to a person, ignore, run a command, deny."""

    def choose(self, message: IncomingMessage, interaction_id: int, choice: Choice) -> Decision:
        """A person picked one of ``decision.choices`` offered with the answer logged as
        ``interaction_id``: answer that question again with the chosen client or intent.
        An adapter shows choices (buttons, a menu, a numbered list) and passes the pick back;
        it never interprets them."""

    def run_command(self, message: IncomingMessage, args: list[str]) -> Decision:
        """A staff command that arrived through a platform's own command feature (e.g. /offboard)."""

    def claim_event(self, platform: str, event_id: str) -> bool:
        """False for a platform's retry or duplicate delivery of an event already handled."""

    def client_for_email(self, address: str) -> str | None:
        """The name of the client an email address belongs to (a linked address, else its domain), or None."""

    def record_unanswered(self, message: IncomingMessage, reason: str, action: str = "ignore") -> int | None:
        """A message the adapter does not pass to handle(): logged with why, as 'ignore' (auto-generated
        mail, nothing to do) or 'handoff' (it could not be read and the adapter told staff itself)."""

    def record_feedback(self, vote: Vote) -> bool:
        """A helpful / not helpful vote on an answer the core logged; counted only when it is a
        colleague's vote on a coaching answer, from the conversation it was given in (or by the asker)."""

    def record_delivery_error(self, interaction_id: int | None, error: str) -> None:
        """The adapter could not deliver a decision: the log says so next to the message."""

    # Drafted client replies (bot.drafts.Drafts): act(DraftRequest) -> DraftResult for a click on a
    # draft card, delivered(draft_id, error=None) once the adapter has sent what act() said to send,
    # card_posted(draft_id, channel, message_id) to remember where the card is, check(DraftRequest)
    # before opening an editor.
    drafts: object

    def record_rejected(self, platform: str, key: str, sender_id: str, excerpt: str, problem: str) -> None:
        """A request that passed authentication (signed, or from a trusted token) but makes no sense:
        logged as rejected, once per event key, so it is not dropped silently."""

    def accept_event(self, platform: str, key: str, kind: str, payload: str) -> Admission:
        """Write a platform event (its id, what kind it is, the body as JSON) to the durable inbox.

        Call it before acknowledging the event. ``Admission.new`` is False for an event already
        there (a platform retry). Raises ``bot.message.InboxUnavailable`` when it cannot be written
        in time: then answer the platform with a retryable status, never with success.
        """

    def begin_event(self, inbox_id: int) -> bool:
        """Claim an inbox entry for handling; False when it was already handled (or logged) earlier.
        Raises ``InboxUnavailable`` while the database is held: try the entry again later."""

    def finish_event(self, inbox_id: int, error: str | None = None) -> bool:
        """Mark an inbox entry handled (failed, with an error); False when that could not be
        written yet, so the adapter tries again later."""

    def events_to_resume(self, platform: str, in_hand: frozenset[int] = frozenset()) -> list[InboxEntry]:
        """The platform's events an earlier run acknowledged but did not finish, oldest first:
        handle each as if it had just arrived. (Those whose message was already logged are
        closed by the core, not returned: they are never answered twice.) Pass the inbox ids this
        process is handling right now as in_hand when calling it while running."""


@runtime_checkable
class Adapter(Protocol):
    """What every platform adapter provides.

    Delivering a decision: ``decision.reply`` goes to the sender — to the sender
    alone when ``decision.private`` (an ephemeral message, a 1:1 chat) — cut to the
    platform's limits; ``decision.staff_notice`` goes to the staff channel; a failed
    send is reported with ``Core.record_delivery_error``, never raised to the platform.
    ``decision.draft`` goes to the staff channel instead of the notice, as a card with
    Send / Edit / Don't send while it is open; a click goes to ``Core.drafts.act``, and when
    the result says ``deliver`` the adapter sends ``draft.final_text`` to the client's
    conversation (escaped for the platform), reports with ``Core.drafts.delivered`` and
    updates the card in place.
    """

    platform: str  # the name stored with every logged message: "console", "slack", "teams", ...

    def staff_notifier(self) -> StaffNotifier:
        """How reminders and other proactive messages reach the team on this platform."""
