"""The email adapter: a raw message in, the core's decision delivered by mail and to staff."""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Sequence

from bot.adapters.email import approval, etiquette
from bot.adapters.email.outbound import MailboxNotifier, Outbox, ReplyTo, compose_notice, compose_reply
from bot.adapters.email.parse import STAND_IN_DOMAIN, InboundMail, new_text, one_line, parse, thread_subject
from bot.contract import Core
from bot.drafts import APPROVE, Draft, DraftRequest, DraftResult
from bot.message import CLIENT, HANDOFF, IGNORE, REPLY, STAFF, Decision, IncomingMessage
from bot.notify import DeliveryError, StaffNotifier

log = logging.getLogger("partingways.email")

PLATFORM = "email"
NOTICE_EXCERPT_CHARS = 600


@dataclass(frozen=True)
class Outcome:
    """What became of one received message (for the listener's log line and for tests)."""
    action: str                     # reply | handoff | ignore | duplicate | refused
    reason: str = ""
    interaction_id: int | None = None
    sent_message_id: str = ""


class EmailAdapter:
    """Receives raw RFC 5322 messages (from the SMTP listener, or any other inbound path) and
    answers through SMTP submission. Staff notices go to `notices`: the chat platforms that are
    configured, else the staff mailbox."""

    platform = PLATFORM

    def __init__(self, core: Core, outbox: Outbox, notices: Sequence[StaffNotifier] | None = None):
        self.core = core
        self.config = core.config
        self.outbox = outbox
        self._mailbox = MailboxNotifier(outbox, self.config)
        self.notices: list[StaffNotifier] = list(notices) if notices else [self._mailbox]

    def staff_notifier(self) -> MailboxNotifier:
        return self._mailbox

    # -- in -----------------------------------------------------------------------------------
    def receive(self, raw: bytes, envelope_sender: str | None = None) -> Outcome:
        """Handle one message. Never raises: whatever happens is logged and, where a person
        must act, told to staff."""
        try:
            return self._receive(raw, envelope_sender)
        except Exception as error:  # noqa: BLE001 - the listener must keep accepting mail
            log.exception("an email could not be handled")
            message = IncomingMessage(text="(an email that could not be handled)", platform=PLATFORM,
                                      sender_id=one_line(envelope_sender or "", 200), audience=CLIENT)
            interaction = self.core.record_unanswered(message, f"{type(error).__name__}: {error}", HANDOFF)
            self._tell_staff("An email could not be handled", "An email reached the bot but it could not "
                             f"be handled ({type(error).__name__}). Please check the offboarding mailbox.",
                             interaction)
            return Outcome(HANDOFF, "error", interaction)

    def refused_too_large(self, size: int | None, envelope_sender: str | None) -> Outcome:
        """A message over EMAIL_MAX_BYTES, refused before it was read."""
        sender = one_line(envelope_sender or "", 200) or "an unknown sender"
        measured = f"{size:,} bytes" if size else "more"
        reason = f"too large ({measured}; the limit is {self.config.email_max_bytes:,} bytes): refused unread"
        message = IncomingMessage(text=f"(an email of {measured}, not read)", platform=PLATFORM,
                                  sender_id=sender, audience=CLIENT)
        interaction = self.core.record_unanswered(message, reason, HANDOFF)
        log.warning("refused an email from %s: %s", sender, reason)
        self._tell_staff("An email was too large for the bot",
                         f"An email from {sender} was {reason}. The sender's mail system tells them it was "
                         "not delivered to the bot; the copy in the offboarding mailbox needs a person.",
                         interaction)
        return Outcome("refused", reason, interaction)

    def _receive(self, raw: bytes, envelope_sender: str | None) -> Outcome:
        if len(raw) > self.config.email_max_bytes:
            return self.refused_too_large(len(raw), envelope_sender)
        mail = parse(raw, etiquette.HEADERS)
        if not self.core.claim_event(PLATFORM, mail.message_id):
            log.info("dropped a repeated delivery of %s", mail.message_id)
            return Outcome("duplicate", f"{mail.message_id} was handled already")
        message = self._message(mail, envelope_sender)
        for note in mail.notes:
            log.info("email %s: %s", mail.message_id, note)
        own_domains = tuple(dict.fromkeys((self.config.email_domain, *self.config.email_own_domains)))
        reference = approval.draft_reference(mail)
        if reference is not None and mail.sender.rpartition("@")[2] in own_domains:
            return self._staff_answer(mail, message, reference, envelope_sender)
        skip = etiquette.why_not_answer(mail, envelope_sender, self.config.email_address,
                                        tuple(d for d in own_domains if d))
        if skip is not None:
            interaction = self.core.record_unanswered(message, skip.reason)
            log.info("not answering %s: %s", mail.message_id, skip.reason)
            return Outcome(IGNORE, skip.reason, interaction)
        if mail.problems:
            reason = "; ".join(dict.fromkeys(mail.problems))
            interaction = self.core.record_unanswered(message, reason, HANDOFF)
            log.warning("email %s goes to a person: %s", mail.message_id, reason)
            self._tell_staff("A person needs to answer", f"An email needs a person: {reason}.\n\n"
                             + self._context(mail, message.text), interaction)
            return Outcome(HANDOFF, reason, interaction)
        client = self.core.client_for_email(mail.sender)
        decision = self.core.handle(replace(message, client=client))
        return self._deliver(decision, mail, message)

    def _message(self, mail: InboundMail, envelope_sender: str | None) -> IncomingMessage:
        text = mail.text or new_text(mail.subject) or "(no text)"
        sender = mail.sender or one_line(envelope_sender or "", 200) or "unknown sender"
        return IncomingMessage(
            text=text, platform=PLATFORM, sender_id=sender, sender_name=_greeting_name(mail.sender_name), audience=CLIENT, conversation_id=sender,
            # One auto-reply per sender and thread in the window: the thread is its subject
            # without Re:/Fwd:, so a responder that breaks References still counts as the same.
            thread_id=thread_subject(mail.subject), message_id=mail.message_id, shared_with_outsiders=True)

    # -- drafts: approval from the staff mailbox ------------------------------------------------
    def _staff_answer(self, mail: InboundMail, message: IncomingMessage, reference: tuple[int, str],
                      envelope_sender: str | None) -> Outcome:
        """A colleague's answer to a draft mail: send, edit or drop (approval.py)."""
        message = replace(message, audience=STAFF)
        skip = etiquette.why_not_answer(mail, envelope_sender, self.config.email_address, ())
        if skip is not None:
            return Outcome(IGNORE, skip.reason, self.core.record_unanswered(message, f"about draft #{reference[0]}: {skip.reason}"))
        answer = approval.staff_answer(mail.text)
        if answer is None:
            interaction = self.core.record_unanswered(message, f"an answer to draft #{reference[0]} that says "
                                                               "neither send, edit nor drop")
            self._tell_colleague(mail, "Nothing was changed", "I didn't act on that: the first line of your answer "
                                 f"must be send, edit or drop.\n\n{approval.HOW_TO_ANSWER}")
            return Outcome(IGNORE, "not an answer to the draft", interaction)
        verb, text, reason = answer
        interaction = self.core.record_unanswered(message, f"{verb} for draft #{reference[0]}")
        result = self.core.drafts.act(DraftRequest(reference[0], reference[1], verb, self.platform, mail.sender,
                                                   mail.sender_name, STAFF, text, reason))
        if result.deliver:
            result = self.core.drafts.delivered(result.draft.id, self._send_draft(result.draft))
        self._tell_colleague(mail, f"Draft #{reference[0]}", result.draft.outcome if result.ok and result.draft
                             else result.message)
        if result.new_draft is not None:
            self._post_draft(result.new_draft, None, interaction)
        return Outcome(REPLY if result.ok and verb != "drop" else IGNORE, result.message, interaction)

    def _send_draft(self, draft: Draft) -> str | None:
        """Deliver an approved draft to the client, threaded under their message; None or why not."""
        row = self.core.storage.draft(draft.id) or {}
        message_id = row.get("message_id") or ""
        to = ReplyTo(draft.conversation_id, draft.sender_name, draft.thread_id,
                     "" if message_id.endswith(f"@{STAND_IN_DOMAIN}>") else message_id)
        try:
            self.outbox.send(compose_reply(self.config, to, draft.final_text or draft.text), to.address)
            return None
        except (DeliveryError, ValueError) as error:
            return str(error)

    def _post_draft(self, draft: Draft, mail: InboundMail | None, interaction_id: int | None) -> None:
        """Show a draft to staff: the draft mail to approve it from the staff mailbox (approve mode),
        and the chat staff channel told where it waits; in shadow mode only shown."""
        context = self._context(mail, None) if mail is not None else ""
        summary = approval.describe_draft(draft)
        if draft.mode != APPROVE:
            self._tell_staff("Shadow draft (not sent): a person answers", f"{summary}\n\n{context}", interaction_id)
            return
        if not self.config.email_staff_address:
            self._tell_staff("A person needs to answer", f"{summary}\n\nThere is no staff mailbox "
                             "(EMAIL_STAFF_ADDRESS) to approve this draft from, so nothing will be sent: please "
                             f"answer the client yourself.\n\n{context}", interaction_id)
            return
        try:
            card = approval.draft_mail(self.config, draft, context)
            self.outbox.send(card, self.config.email_staff_address)
            self.core.drafts.card_posted(draft.id, self.config.email_staff_address, card["Message-ID"])
        except DeliveryError as error:
            self.core.record_delivery_error(interaction_id, f"draft mail: {error}")
            self._tell_staff("A person needs to answer", f"{summary}\n\nI could not mail this draft to "
                             f"{self.config.email_staff_address} ({error}): please answer the client yourself.",
                             interaction_id)
            return
        if any(n is not self._mailbox for n in self.notices):
            self._tell_staff("A drafted reply waits for approval", f"{summary}\n\nIt waits in "
                             f"{self.config.email_staff_address}: answer the draft mail with send, edit or drop.",
                             interaction_id, skip_mailbox=True)

    def _tell_colleague(self, mail: InboundMail, title: str, text: str) -> None:
        try:
            self.outbox.send(compose_notice(self.config, mail.sender, text, title), mail.sender)
        except DeliveryError as error:
            log.error("could not answer %s: %s", mail.sender, error)

    # -- out ----------------------------------------------------------------------------------
    def _deliver(self, decision: Decision, mail: InboundMail, message: IncomingMessage) -> Outcome:
        if getattr(decision, "draft", None) is not None:
            self._post_draft(decision.draft, mail, decision.interaction_id)
            return Outcome(decision.action, "drafted for a person", decision.interaction_id)
        sent_id, problem = "", ""
        if decision.action == REPLY and decision.reply is not None and decision.reply.audience == CLIENT:
            try:
                reply = compose_reply(self.config, ReplyTo.of(mail), decision.reply.text)
                self.outbox.send(reply, mail.sender)
                sent_id = reply["Message-ID"]
            except (DeliveryError, ValueError) as error:
                problem = str(error)
                log.error("could not send the reply to %s: %s", mail.sender, problem)
                self.core.record_delivery_error(decision.interaction_id, problem)
        notice = decision.staff_notice
        if notice is not None:
            text = notice.text
            if problem:
                text = f"I could NOT send this reply ({problem}): please answer them yourself.\n\n{text}"
            self._tell_staff(notice.title, f"{text}\n\n{self._context(mail, None)}", decision.interaction_id)
        elif decision.action not in (REPLY, IGNORE):
            # A client cannot run staff commands; by mail they are not even told so: a person decides.
            self._tell_staff("A person needs to answer", self._context(mail, message.text), decision.interaction_id)
        action = decision.action if not problem else HANDOFF
        return Outcome(action, problem, decision.interaction_id, sent_id)

    def _context(self, mail: InboundMail, text: str | None) -> str:
        lines = []
        if text is not None:
            excerpt = " ".join(text.split())
            lines.append("> " + (excerpt if len(excerpt) <= NOTICE_EXCERPT_CHARS else excerpt[:NOTICE_EXCERPT_CHARS - 1] + "…"))
        who = f"{mail.sender_name} <{mail.sender}>" if mail.sender_name and mail.sender else mail.sender or mail.sender_name
        lines.append(f"By email from {who or 'an unreadable sender'}, subject {mail.subject or '(none)'!r}.")
        if mail.attachments:
            listed = ", ".join(f"{a.filename} ({a.content_type}, {_size(a.size)})" for a in mail.attachments[:10])
            more = f" and {len(mail.attachments) - 10} more" if len(mail.attachments) > 10 else ""
            lines.append(f"Attachments (not kept by the bot; see the mailbox): {listed}{more}.")
        return "\n".join(lines)

    def _tell_staff(self, title: str, text: str, interaction_id: int | None, skip_mailbox: bool = False) -> None:
        for notifier in self.notices:
            if skip_mailbox and notifier is self._mailbox:
                continue
            try:
                notifier.notify_staff(text, title)
            except DeliveryError as error:
                log.error("could not tell staff on %s: %s", notifier.platform, error)
                self.core.record_delivery_error(interaction_id, f"staff notice on {notifier.platform}: {error}")


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


def _greeting_name(display_name: str) -> str:
    """The display name the core greets ("Dana Reyes"; "Reyes, Dana" -> "Dana Reyes"), never an address."""
    if "@" in display_name:
        return ""
    last, comma, first = display_name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and first.strip() else display_name.strip()
