"""The platform-neutral heart: an IncomingMessage in, a logged Decision out.

Adapters (console, Slack, Teams) translate to and from this and decide
nothing about principles. Everything here is synchronous and fast enough to
call from an event loop.
"""
from __future__ import annotations

import logging
import sqlite3
import time

from sqlite_utils.db import NotFoundError

from bot.clients import ClientError, Clients
from bot.commands import CommandSet, Invocation, parse_command_text
from bot.config import Config
from bot.message import (AUDIENCES, CLIENT, COMMAND, DENY, HANDOFF, IGNORE, REPLY, STAFF, Decision,
                         IncomingMessage, Reply)
from bot.redaction import hide_in_logs
from bot.reminders.commands import remind_command
from bot.storage import Storage, explain, safe_text
from intents.router import Route, Router, default_router
from responses import render

log = logging.getLogger("partingways")

FEEDBACK_VALUES = ("helpful", "not_helpful")
STAFF_ONLY = "Sorry, that is only available to the {company} team. Someone from the team will pick up your message."


class Bot:
    def __init__(self, config: Config, storage: Storage | None = None, router: Router | None = None,
                 long_running: bool = False):
        """long_running: a server or chat session, whose WAL checkpoints move off the message path."""
        self.config = config
        hide_in_logs(config.secrets())
        self.storage = storage or Storage(config.db_path, secrets=config.secrets(),
                                          background_checkpoints=long_running)
        self.clients = Clients(self.storage, config.timezone)
        self.commands = CommandSet(self.clients)
        self.commands.register(remind_command(self.commands))  # features add their commands; the grammar knows none
        self.router = router or default_router()

    def close(self) -> None:
        self.storage.close()

    def __enter__(self) -> "Bot":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the one entry point ---------------------------------------------------
    def handle(self, message: IncomingMessage) -> Decision:
        return self._logged(message, self._decide)

    def run_command(self, message: IncomingMessage, args: list[str]) -> Decision:
        """A staff command (also reachable by typing 'offboard ...')."""
        return self._logged(message, lambda checked: self._command(checked, args))

    def _logged(self, message: IncomingMessage, decide) -> Decision:
        """Decide, and log the message whatever happened on the way."""
        started = time.perf_counter()
        message = _sanitised(message)
        try:
            decision = decide(message)
            decision.private = decision.reply is not None and decision.reply.audience == STAFF \
                and message.audience == STAFF and self._outsiders_can_read(message)
        except Exception as error:  # noqa: BLE001 - a message must be logged whatever went wrong
            log.exception("handling failed")
            decision = self._failure(message, error)
        self._log(message, decision, started)
        return decision

    def _outsiders_can_read(self, message: IncomingMessage) -> bool:
        return bool(message.shared_with_outsiders or message.client
                    or self.clients.for_channel(message.platform, message.conversation_id))

    # -- after the adapter has acted ----------------------------------------------
    def record_delivery_error(self, interaction_id: int | None, error: str) -> None:
        if interaction_id is not None:
            self._safely(self.storage.append_error, interaction_id, f"delivery: {error}")

    def record_feedback(self, interaction_id: int, value: str) -> bool:
        """Store a helpful / not helpful vote on a logged answer."""
        if value not in FEEDBACK_VALUES:
            return False
        try:
            self.storage.update_interaction(interaction_id, feedback=value)
            return True
        except (sqlite3.Error, NotFoundError):
            return False

    def claim_event(self, platform: str, event_id: str) -> bool:
        """Whether this delivery is new (True) or a retry/duplicate to drop (False)."""
        if not event_id:
            return True
        try:
            return self.storage.claim_event(platform, event_id)
        except sqlite3.Error:
            log.exception("could not record event id; processing anyway")
            return True

    # -- deciding ------------------------------------------------------------------
    def _decide(self, message: IncomingMessage) -> Decision:
        args = parse_command_text(message.text)
        if args is not None and (not args or args[0].lower() in self.commands.commands):
            return self._command(message, args)
        if message.audience == CLIENT:
            return self._client_message(message)
        return self._staff_message(message)

    def _staff_message(self, message: IncomingMessage) -> Decision:
        client = self._client_record(message) or self.clients.mentioned_in(message.text)
        phase = client["phase"] if client else None
        route = self.router.route(message.text, STAFF, phase)
        facts = self._facts(client, "")
        rendered = render.render_staff(route.intent, route.principle, facts, seed=message.text)
        reply = Reply(text=rendered.text, title=rendered.title, coaching=rendered.coaching,
                      script=rendered.script, principle=route.principle, audience=STAFF, facts=facts)
        return Decision(REPLY, route.intent, route.principle, route.confidence, reply,
                        client=client["name"] if client else None, phase=phase,
                        feedback_enabled=route.principle is not None)

    def _client_message(self, message: IncomingMessage) -> Decision:
        client = self._client_record(message)
        if client is None:
            return self._handoff(message, None, None, "the conversation is not linked to a known client")
        route = self.router.route(message.text, CLIENT, client["phase"])
        action, reason = planned_action(route, CLIENT, client["phase"], self.config.confidence_threshold)
        decision = Decision(action, route.intent, route.principle, route.confidence,
                            client=client["name"], phase=client["phase"])
        if action == IGNORE:
            return decision
        if action == REPLY and not self.storage.claim_auto_reply(
                message.conversation_id, message.thread_id, self.config.auto_reply_window_seconds):
            action, reason = HANDOFF, "I already auto-replied in this thread a moment ago"
        if action == REPLY:
            rendered = render.render_client(route.intent, self._facts(client, message.sender_name),
                                            seed=message.text)
            decision.reply = Reply(text=rendered.text, principle=route.principle, audience=CLIENT)
        decision.action = action
        decision.staff_notice = self._staff_notice(message, decision, reason)
        return decision

    def _handoff(self, message, client, phase, reason: str) -> Decision:
        decision = Decision(HANDOFF, client=client, phase=phase)
        decision.staff_notice = self._staff_notice(message, decision, reason)
        return decision

    def _command(self, message: IncomingMessage, args: list[str]) -> Decision:
        if message.audience != STAFF:
            text = STAFF_ONLY.format(company=self.config.company)
            return Decision(DENY, intent="command", reply=Reply(text=text, audience=message.audience))
        if self.config.admins and message.sender_id not in self.config.admins \
                and not self.commands.is_read_only(args):
            text = "Only the offboarding admins can change client records. Ask one of them, or use `list`/`show`."
            return Decision(DENY, intent="command", reply=Reply(text=text))
        invocation = Invocation(args, message.platform, message.conversation_id, message.sender_id)
        try:
            text, error = self.commands.run(invocation), None
        except ClientError as problem:
            text, error = str(problem), str(problem).splitlines()[0]
        return Decision(COMMAND, intent="command", reply=Reply(text=text), error=error,
                        confidence=1.0)

    def _failure(self, message: IncomingMessage, error: Exception) -> Decision:
        detail = f"{type(error).__name__}: {error}"
        if message.audience == CLIENT:
            decision = Decision(HANDOFF, error=detail, client=message.client)
            decision.staff_notice = self._staff_notice(message, decision, "something went wrong on our side")
            return decision
        text = "Sorry, something went wrong on my side and I could not answer that. It has been logged."
        return Decision(REPLY, reply=Reply(text=text), error=detail)

    # -- helpers -------------------------------------------------------------------
    def _client_record(self, message: IncomingMessage) -> dict | None:
        return self.clients.find(message.client) if message.client else None

    def _facts(self, client: dict | None, sender_name: str) -> dict:
        return render.facts_for(client, company=self.config.company, signer=self.config.signer,
                                payment_terms=self.config.payment_terms, sender_name=sender_name)

    def _staff_notice(self, message: IncomingMessage, decision: Decision, reason: str | None) -> Reply:
        text = render.render_file(
            "notice/client_message.j2", sender=message.sender_name or message.sender_id,
            client=decision.client or "an unlinked conversation", phase=decision.phase or "unknown",
            message=_excerpt(message.text), principle=decision.principle, intent=decision.intent,
            confidence=decision.confidence, sent=decision.reply.text if decision.reply else "",
            reason=reason or "")
        title = "Client message answered" if decision.action == REPLY else "A person needs to answer"
        return Reply(text=text, title=title, principle=decision.principle, audience=STAFF,
                     facts={"client_text": message.text})

    def _log(self, message: IncomingMessage, decision: Decision, started: float) -> None:
        row = dict(
            platform=message.platform, conversation_id=message.conversation_id,
            thread_id=message.thread_id, message_id=message.message_id, sender_id=message.sender_id,
            sender_name=message.sender_name, audience=message.audience,
            client=decision.client or message.client, text=message.text, intent=decision.intent,
            principle=decision.principle, confidence=decision.confidence, action=decision.action,
            reply_text=decision.reply.text if decision.reply else None,
            latency_ms=round((time.perf_counter() - started) * 1000, 3), error=decision.error,
        )
        decision.interaction_id = self._safely(self.storage.log_interaction, **row)

    def _safely(self, write, *args, **kwargs):
        """Storage trouble (locked, full, read-only) is reported, never fatal to a reply."""
        try:
            return write(*args, **kwargs)
        except sqlite3.Error as error:
            log.error("could not write to the database %s, the bot keeps answering without it: %s",
                      self.storage.path, explain(error))
            return None


def planned_action(route: Route, audience: str, phase: str | None, threshold: float) -> tuple[str, str | None]:
    """What to do with a routed message, and why no auto-reply when there is none."""
    if audience == STAFF:
        return REPLY, None
    if phase == "active":
        # Not being offboarded: the normal help desk answers, we stay quiet.
        return IGNORE, "the client is not being offboarded"
    if route.principle is None:
        return HANDOFF, "it is not about the offboarding"
    if route.confidence < threshold:
        return HANDOFF, f"I am not confident enough ({route.confidence:.0%}) to answer for us"
    if not render.has_client_wording(route.intent):
        return HANDOFF, "there is no client wording for this kind of message"
    return REPLY, None


def _sanitised(message: IncomingMessage) -> IncomingMessage:
    audience = message.audience if message.audience in AUDIENCES else CLIENT  # least privilege
    text = safe_text(message.text if isinstance(message.text, str) else "")
    if text == message.text and audience == message.audience:
        return message
    return IncomingMessage(**{**message.__dict__, "text": text, "audience": audience})


def _excerpt(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
