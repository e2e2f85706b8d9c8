"""The platform-neutral heart: an IncomingMessage in, a logged Decision out.

Adapters (console, Slack, Teams) translate to and from this and decide
nothing about principles. Everything here is synchronous and fast enough to
call from an event loop.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bot.clients import MUTED_FOREVER, ClientError, Clients, client_today
from bot.checklist import Checklists, checklist_commands, checklist_text, plain_checklist, short_date, template_text
from bot.commands import Answer, CommandSet, Invocation, parse_command_text
from bot.config import Config
from bot.drafts import APPROVE, AUTO, SHADOW, Drafts, Redecision, mode_command
from bot.message import (AUDIENCES, CHOICE_CLIENT, CHOICE_INTENT, CLIENT, COMMAND, DENY, DRAFT, HANDOFF, IGNORE,
                         REPLY, STAFF, Admission, Choice, Decision, IncomingMessage, InboxEntry,
                         InboxUnavailable, Reply, SharedFile, Vote)
from bot.plans import (ANSWERS_FOLLOW_UPS, DRAFT_SUBJECTS, KNOWN_NO, SHORT_QUESTION_WORDS, SITUATION_WORDING,
                       SUBJECT_NAMED, THEIRS_KINDS, UNDOING, WRITTEN_FOR_PROVIDERS, Part, Plan, contact_asked, date_asked,
                       disputes, doubt_reason, draft_answers, email_home_asked, plan_kind, provider_news, provider_when_asked, replies_handed_over,
                       unless_in_doubt, unless_missing)
from bot.redaction import hide_in_logs
from bot.reminders.commands import remind_command
from bot.roster import TITLE as ROSTER_TITLE, Roster, not_on_record, others_provider, provider_mix_up_note, unknown_client
from bot.signer import signer_for
from bot.situations import (LONG_LETTER_WORDS, OFFBOARDING, SETTLED_BY_CUE, long_plea, returns_later, situation,
                            steps_to_confirm, theirs_kept)
from bot.storage import Storage, explain, iso, safe_text, utcnow
from bot.storage.inbox import KEEP_FINISHED
from bot.workdays import Workdays
from intents import cues, escalation_cues, staff_cues
from intents.catalog import INTENTS, intent_for_phase, principle_in_phase
from intents.roster_questions import END, PHASE, PROVIDER, RosterQuestion, asks_if_one_is_on_the_list, roster_question
from intents.router import DEFAULT_CACHE, IN_CHECKOUT, Route, Router, default_router
from responses import draft_check
from responses import policy as reply_policy
from responses import render
from responses.owner_voice import in_owner_voice

log = logging.getLogger("partingways")

FEEDBACK_VALUES = ("helpful", "not_helpful")
STAFF_ONLY = "Sorry, that is only available to the {company} team. Someone from the team will pick up your message."
CHOICE_ACTION = "choice"      # how a picked choice is logged
MAX_CHOICES = 25              # what one Slack actions block or select can carry, and plenty for a person
MAX_EACH = 5                  # clients written for one by one in one answer ("a separate email for each")
TEAM_NOTE_LABEL = "For the team (not for the client):"
REASON_WORDING = ("explain_reason", "late_payment", "scope_creep", "announce_decision", "notice_wording")
# Families of requests: a message asking for things from two families carries two requests.
FAMILIES = {"support_request": "support", "after_end_request": "support"}
# Work we'd do for the client: asked for a day past the last one, it is declined for then, kindly and ahead.
WORK_KINDS = ("support_request", "after_end_request", "provider_handover")
# Kinds whose answer is the message itself: staff asking about them always get a script.
ANNOUNCING = ("announce_decision", "notice_wording")
# A colleague sharing how the ending feels: the principle that speaks to it (holding the decision, or
# keeping it off the client).
# Situations whose principle is theirs, whatever the kind that carried them (a colleague's feelings; a label for the
# client weighed before it is said, which is about being honest without blame)
SITUATION_PRINCIPLE = {"second_guessing": "decisive", "venting": "friendly", "against": "decisive", "from_above": "decisive",
                       "label_check": "honest"}
# Kinds of message the reply policy knows that are no intent of the router's, and their principle.
POLICY_KIND_PRINCIPLE = {"after_last_day": "done", "chatter": None, "formal_complaint": "friendly",
                         "wants_a_person": "friendly", "other_language": None, "gratitude": None,
                         "hardship": "friendly", "erase_request": "done", "leaving_us": "friendly",
                         "reason_demanded": "honest", "hello": None, "holiday_cover": "helpful",
                         "new_contact": "helpful", "our_doing": "honest", "urgent_unanswered": "helpful"}
# Matters a person answers whatever else the message says, found by their words before it is split into
# requests: a complaint to management or a legal threat, a request for a human, a message in another
# language, a request to erase what we hold, hardship in their life, someone new asking what is going on, a
# question whether we did something to what is theirs. For an active client the
# reply policy's "active" line decides (the help desk keeps their ordinary tickets, and a request for a person).
FOR_A_PERSON = (("formal_complaint", escalation_cues.needs_management), ("wants_a_person", escalation_cues.wants_a_person),
                ("other_language", escalation_cues.other_language), ("erase_request", escalation_cues.asks_us_to_erase),
                ("hardship", escalation_cues.mentions_hardship), ("new_contact", escalation_cues.new_to_it),
                ("our_doing", escalation_cues.asks_if_we_did_it), ("urgent_unanswered", escalation_cues.urgent_and_unanswered))
# ... and for an active client, one who asks whether we are dropping them or says they may leave us.
ACCOUNT_AT_RISK = ("leaving_us", escalation_cues.fears_or_plans_leaving)
# Kinds asking for the reason: insisting on it, or saying we never gave one, needs the reason in words.
REASON_KINDS = ("explain_reason", "late_payment", "scope_creep")
LONG_GRIEVANCE_WORDS = 40   # a sour message this long tells a grievance: it is heard before the no
# The kind of words for a handover item asked about ("did we ever send it? what do I say?"), by checklist key.
REMOVAL_KEYS = ("access-removed", "delegated-admin", "agents-removed")   # the checklist's items for our own access
ITEM_KINDS = {"data-export": "data_export", "credentials": "credentials_handover", "domains": "credentials_handover"}
FILES_ONLY = ("I can see you shared {files}, but I can't open files, so I don't know what's in {it}. Tell me in "
              "words what you need (for example \"how do I tell {client} we're ending the contract?\"), or type "
              "`offboard help` for the commands.")
FILE_INTENT = "file_shared"   # how a message that is only a file is logged
OTHER_LANGUAGE = ("I can only read English so far, so I can't tell what this asks, and I won't guess. Could you "
                  "put it in English? For example: \"how long should a handover take?\"")
# The kinds a part's own words settle when the reading of it is unsure (Bot._settled_part)
SETTLED_BY_WORDS = ("cut_off_early", "credentials_handover", "holiday_cover", "data_export")
ROSTER_INTENT = "roster"      # how a staff look-up answered from the record is logged
LISTED_FILES = 5              # files named one by one in a notice; the rest are counted
# Hostile kinds of message: thanks in them is sarcasm ("thanks for nothing"), never small talk.
HOSTILE = ("angry_client", "bad_review_threat")
FORMAL_LETTER = "a formal written request about the agreement, which a person signs"
# What a ticked handover item says happened, for an answer that it isn't ticked.
_ITEM_CLAIMS = {"sign-off": "a named person at {name} accepted the handover", "data-export": "{name} has their data",
                "documentation": "{name} has the documentation and backup keys",
                "credentials": "{name} has their passwords and admin accounts",
                "domains": "{name} controls their domains",
                "licences": "their licences and renewals are in their own name",
                "access-removed": "our access to {name} is removed", "delegated-admin": "our delegated admin is removed",
                "agents-removed": "our agents are off their machines", "final-invoice": "the final invoice is settled",
                "new-provider": "their new provider has been in touch with us"}
THANKS_READ_AS_ANGRY = "the words thank us, but I read the tone as angry"   # a person approves the thanks back
HANDOVER_GAP_TO_CHECK = "they say the handover documentation missed something: check it before this goes"
SECRET_REFUSED = ("That command contains one of this bot's own secrets (a token, signing secret or app password), "
                  "so I haven't run or stored it. Please type it again without the secret, and rotate that "
                  "secret if it was shared by mistake.")
NOT_RESENT = ("after a restart: the bot stopped while this answer was being delivered, so it may not have "
              "arrived; it was not sent again (a client must never get an answer twice)")
MAX_INTERACTION_ID = 2 ** 63 - 1
PRUNE_EVERY_SECONDS = 3600
REJECTED_EXCERPT = 500


def _asks_about_the_handover(text: str, facts: dict) -> bool:
    """When their new provider should call, what it needs from us, what we need from it, or whether after Christmas
    will do: questions the handover wording answers from the record."""
    return cues.asks_when(text) or cues.asks_what_a_provider_needs(text) or cues.asks_if_provider_should_contact(text) \
        or cues.asks_what_we_need(text) or facts["handover_late"]


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
        self.checklists = Checklists(self.storage, self.clients, config)
        self.roster = Roster(self.clients, config)
        for command in checklist_commands(self.checklists, self.commands):
            self.commands.register(command)
        self.router = router or default_router(model_cache(config))
        self.drafts = Drafts(config, self.storage, self.clients, self._redecide)
        self.commands.register(mode_command(self.commands, self.drafts))
        self._inbox = None
        self._inbox_lock = threading.Lock()
        self._next_prune = 0.0

    def close(self) -> None:
        if self._inbox is not None:
            self._inbox.close()
        self.storage.close()

    def record_change(self, platform: str, who: str, where: str, command: str, client: str | None,
                      result: str) -> int | None:
        """The audit row for a record changed outside a chat (the command line)."""
        return self._safely(record_change, self.storage, platform, who, where, command, client, result)

    def readiness(self) -> list[tuple[str, bool, str]]:
        """(check, ok, detail) for what every server needs: a writable database and the intent model."""
        checks = []
        try:
            checks.append(("database", True, self.storage.check_writable()))
        except (sqlite3.Error, OSError) as error:
            checks.append(("database", False, f"not writable: {explain(error) if isinstance(error, sqlite3.Error) else error}"))
        try:
            route = self.router.route("we are ending the contract", STAFF)
            checks.append(("model", route.principle is not None, f"intent model loaded ({route.intent})"))
        except Exception as error:  # noqa: BLE001 - any failure means the model cannot answer
            checks.append(("model", False, f"intent model failed: {error}"))
        return checks

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

    def choose(self, message: IncomingMessage, interaction_id: int, choice: Choice) -> Decision:
        """A person picked one of the choices offered with an earlier answer: answer that question
        again with the chosen client (or intent). Only staff may choose, and only for an answer
        given in the same conversation. Logged with action 'choice' and the original question."""
        original = self._chosen_interaction(message, interaction_id)
        if original is not None:
            message = replace(message, text=original["text"] or "")
        return self._logged(message, lambda checked: self._choose(checked, original, choice),
                            log_action=CHOICE_ACTION)

    def _logged(self, message: IncomingMessage, decide, log_action: str | None = None) -> Decision:
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
        self._log(message, decision, started, log_action if decision.action == REPLY else None)
        return decision

    def _outsiders_can_read(self, message: IncomingMessage) -> bool:
        return bool(message.shared_with_outsiders or message.client
                    or self.clients.for_channel(message.platform, message.conversation_id))

    # -- after the adapter has acted ----------------------------------------------
    def record_delivery_error(self, interaction_id: int | None, error: str) -> None:
        if interaction_id is not None:
            self._safely(self.storage.append_error, interaction_id, f"delivery: {error}")

    def record_feedback(self, vote: Vote) -> bool:
        """Store a helpful / not helpful vote, if it is a colleague's vote on a coaching answer
        from a conversation they were in (or that they asked for)."""
        problem = self._vote_problem(vote)
        if problem is None:
            try:
                self.storage.update_interaction(vote.interaction_id, feedback=vote.value)
                return True
            except sqlite3.Error as error:
                problem = f"the database refused it ({explain(error)})"
        log.warning("feedback from %s user %r not counted: %s", vote.platform, vote.voter_id, problem)
        return False

    def _vote_problem(self, vote: Vote) -> str | None:
        number = vote.interaction_id
        if isinstance(number, bool) or not isinstance(number, int) or not 0 < number <= MAX_INTERACTION_ID:
            return f"{str(number)[:40]!r} is not an interaction id"
        if vote.value not in FEEDBACK_VALUES:
            return f"{str(vote.value)[:40]!r} is not a vote"
        if vote.audience != STAFF:
            return "only staff vote on answers"
        try:
            row = self.storage.interaction(number)
        except sqlite3.Error:
            row = None
        if row is None:
            return f"there is no interaction {number}"
        if row["platform"] != vote.platform or row["audience"] != STAFF or row["action"] != REPLY \
                or not row["principle"]:
            return f"interaction {number} is not a coaching answer on {vote.platform}"
        if vote.conversation_id != row["conversation_id"] and vote.voter_id != row["sender_id"]:
            return f"interaction {number} was answered in a conversation the voter was not in"
        return None

    def client_for_email(self, address: str) -> str | None:
        client = self.clients.for_email(address or "")
        return client["name"] if client else None

    def record_unanswered(self, message: IncomingMessage, reason: str, action: str = IGNORE) -> int | None:
        message = _sanitised(message)
        row = dict(platform=message.platform, conversation_id=message.conversation_id,
                   thread_id=message.thread_id, message_id=message.message_id, sender_id=message.sender_id,
                   sender_name=message.sender_name, audience=message.audience, client=message.client,
                   text=message.text, action=action if action in (IGNORE, HANDOFF) else IGNORE,
                   error=f"not answered: {reason}")
        return self._safely(self.storage.log_interaction, **row)

    def claim_event(self, platform: str, event_id: str) -> bool:
        """Whether this delivery is new (True) or a retry/duplicate to drop (False)."""
        if not event_id:
            return True
        try:
            return self.storage.claim_event(platform, event_id)
        except sqlite3.Error:
            log.exception("could not record event id; processing anyway")
            return True

    # -- the durable inbox ----------------------------------------------------------
    @property
    def inbox(self):
        """The inbox (bot/storage/inbox.py), opened on first use: only servers need it."""
        with self._inbox_lock:
            if self._inbox is None:
                self._inbox = self.storage.inbox()
            return self._inbox

    def accept_event(self, platform: str, key: str, kind: str, payload: str) -> Admission:
        """Write an event to the inbox before the platform is told it arrived (raises InboxUnavailable)."""
        return self.inbox.accept(platform, key, kind, payload, iso(utcnow()))

    def begin_event(self, inbox_id: int) -> bool:
        """Claim an inbox entry for handling (raises InboxUnavailable when the database is held)."""
        return self.inbox.begin(inbox_id)

    def finish_event(self, inbox_id: int, error: str | None = None) -> bool:
        """Mark an inbox entry handled; False when that could not be written yet (try again later)."""
        try:
            now = utcnow()
            self.inbox.finish(inbox_id, iso(now), error)
            if time.monotonic() >= self._next_prune:  # a long-running server keeps two days, not forever
                self._next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
                self.inbox.prune(iso(now - KEEP_FINISHED))
            return True
        except InboxUnavailable as problem:
            log.warning("could not mark inbox entry %s handled yet: %s", inbox_id, problem)
            return False

    def record_rejected(self, platform: str, key: str, sender_id: str, excerpt: str, problem: str) -> None:
        """A signed request that makes no sense, in the interaction log (once per event key)."""
        if key and not self.claim_event(platform, f"rejected:{key}"):
            return
        self._safely(self.storage.log_interaction, platform=platform, action="rejected", sender_id=sender_id,
                     text=excerpt[:REJECTED_EXCERPT], error=f"malformed {platform} request: {problem}")

    def events_to_resume(self, platform: str, in_hand: frozenset[int] = frozenset()) -> list[InboxEntry]:
        """What an earlier run acknowledged but did not finish, to handle now (oldest first).

        Entries whose message was already logged may have been answered: they are closed, not
        returned, and their interaction says the answer may be missing. Old finished entries go.
        in_hand: entries this process is handling right now, left alone.
        """
        now = utcnow()
        self.inbox.prune(iso(now - KEEP_FINISHED))
        if not in_hand:
            self.inbox.reopen(platform)
        pending = []
        for entry in self.inbox.unfinished(platform):
            if entry.id in in_hand:
                continue
            if entry.state != "logged":
                pending.append(entry)
                continue
            interaction_id = self.inbox.close_answered(entry.id, iso(now), NOT_RESENT)
            log.warning("%s event %s was being answered when the bot stopped; not answering it again",
                        platform, entry.key)
            self.record_delivery_error(interaction_id, NOT_RESENT)
        return pending

    def inbox_entry(self, inbox_id: int) -> InboxEntry | None:
        return self.inbox.entry(inbox_id)

    # -- deciding ------------------------------------------------------------------
    def _decide(self, message: IncomingMessage) -> Decision:
        args = parse_command_text(message.text)
        if args is not None and (not args or args[0].lower() in self.commands.commands):
            return self._command(message, args)
        if message.audience == CLIENT:
            return self._client_message(message)
        if message.files and not message.text.strip():
            return self._files_only(message)
        return self._staff_message(message)

    def _files_only(self, message: IncomingMessage) -> Decision:
        """A file with no words, from staff: the bot can't read it, so say so and what to ask instead."""
        example = (self.clients.in_offboarding() or self.clients.all() or [{"name": "the client"}])[0]["name"]
        text = FILES_ONLY.format(files=describe_files(message.files, with_count=False), client=example,
                                 it="it" if len(message.files) == 1 else "them")
        return Decision(REPLY, FILE_INTENT, reply=Reply(text=text, audience=STAFF), confidence=1.0)

    # -- staff questions ------------------------------------------------------------
    def _staff_message(self, message: IncomingMessage) -> Decision:
        if escalation_cues.other_language(message.text):
            return Decision(REPLY, "other_language", reply=Reply(text=OTHER_LANGUAGE, audience=STAFF), confidence=1.0)
        client, candidates = self._staff_client(message)
        if client is None and not candidates and self.config.office_closed and (
                staff_cues.asks_if_office_closed(message.text) or staff_cues.asks_about_time_off(message.text) and (
                    cues.asks_about_holidays(message.text) or staff_cues.speaks_of_closing(message.text)
                    or cues.days_named(message.text, client_today({}, self.config.timezone)))):
            return self._closure_answer(message.text)   # "is the office closed the 24th?": the closure on record
        if client and client["phase"] == "transition" and staff_cues.reports_a_reversal(message.text):
            return self._reversal_answer(client)   # "we've decided to give Acme another chance. Write the email": check first
        named = self.clients.names_in(message.text) if (staff_cues.words_for_the_team(message.text) or staff_cues.writes_to_colleague(
            message.text, self.clients.owner_first_names())) and staff_cues.asks_for_words(message.text) else set()
        if len(named) > 1 and (staff_cues.speaks_of_ending(message.text) or staff_cues.asks_whats_open(message.text)
                               or staff_cues.speaks_of_offboardings(message.text)):   # ("... are leaving us")
            # "a slack post for #team saying we're parting ways with acme dental and hooli bakery": one post, each client
            return self._team_roundup(message.text, [self.clients.find(name) for name in sorted(named)])
        item_asked = "sign-off" if staff_cues.asks_if_signed_off(message.text) else staff_cues.asks_if_item_done(message.text)
        if client and client["phase"] in OFFBOARDING and item_asked:
            # Whether they signed off (or got their data) is the checklist's to say; what to do about it, or words
            # for it, follow.
            looked_up = self._checklist_item_answer(client, item_asked)
            also = roster_question(message.text)
            if also is not None and also.facts - {PHASE} and not also.many:
                # "Did we already send Acme their data? And how much do they still owe us?": each from the record
                more = self._roster_answer(also, message.text, [client]).reply.text.removeprefix(ROSTER_TITLE).strip()
                looked_up = replace(looked_up, reply=replace(looked_up.reply, text=f"{looked_up.reply.text}\n\n{more}"))
            if staff_cues.asks_for_words(message.text) or staff_cues.asks_what_next(message.text):
                # (the words are about that item: "where's our data? ... What do I say?" is their data, handed over)
                kind = ITEM_KINDS.get(item_asked)
                return self._both(looked_up, self._staff_answer(message.text, client, intent=kind, sender=message.sender_name))
            return looked_up
        # A colleague sharing how the ending feels is answered as that, whatever record words it carries.
        # (a move proposed, "wipe their backups tonight, fine right?", is coaching whatever record word it carries)
        question = None if staff_cues.staff_feeling(message.text) or cues.unsafe_move(message.text) \
            or cues.asks_for_more_time(message.text) or staff_cues.asks_for_a_plan(message.text) \
            or staff_cues.asks_help_answering(message.text) and staff_cues.pasted_message(message.text) \
            or client is not None and client["phase"] in OFFBOARDING and staff_cues.asks_whats_open(message.text) \
            or self._early_end_put_up(message.text, client) or staff_cues.asks_for_the_principles(message.text) \
            or staff_cues.draft_to_check(message.text) \
            else roster_question(message.text)   # (more time asked, help answering what a client asked, a draft: coaching)
        if question is not None and question.key_dates and client is not None and staff_cues.words_for_the_team(message.text) \
                and staff_cues.asks_for_words(message.text):
            question = None   # "a post for #support so the techs know hooli is on its way out ... key dates": the note on them
        head, mark, rest = staff_cues.unquoted(message.text).partition("?")   # (a question in a pasted message is theirs)
        if question is None and mark and staff_cues.asks_for_words(rest):
            # "how many days left on hooli? and draft a reminder": the look-up first, then the words (below)
            question = roster_question(head + mark)
        if client and staff_cues.asks_contact_details(message.text) \
                and cues.mentions_new_provider(message.text, client.get("new_provider") or "") \
                and not staff_cues.asks_for_words(message.text) and not staff_cues.asks_what_next(message.text):
            # ("Email Hooli: ... ask for Castle Tech's contact": words; "no contact at Castle Tech yet. What do I do?": advice)
            # "Castle Tech's number?": the provider's record (with whatever else was asked: "Globex finished in
            # October right? And what's BrightPath's email again?")
            question = replace(question, facts=question.facts | {PROVIDER}) if question else RosterQuestion(frozenset({PROVIDER}))
        # A phase named with no client and no "which clients" ("what notice period is normal?") is a
        # general question: coaching answers it.
        if (question is not None or staff_cues.asks_for_words(message.text)) and client is None and not candidates \
                and staff_cues.roundup_for_the_team(message.text) and self.clients.in_offboarding():
            # ("a Teams post for the helpdesk channel: which clients are winding down vs already gone"): every one of them
            # "Slack post for #team: quick status of all the clients we're parting with": written up, not our record's list
            return self._team_roundup(message.text, self._offboardings_asked(message.text))
        if question is not None and client and (question.many or question.facts <= {PHASE}) \
                and staff_cues.asks_for_words(message.text):
            # ("sms to acme dental, under 160 chars, just the key dates": that client's words carry them; "rumour is we're
            # dropping clients, are they next? Draft me a reassuring reply": the reply, not whether they are)
            question = None
        if question is not None and (client or candidates or question.many or question.facts - {PHASE}
                                     or not_on_record(message.text, self.clients)):   # ("are Wayne Dental one we're offboarding?")
            # A fact of the record asked for (who owns it, its last day, who is in transition): answered
            # from the record before any coaching is routed.
            named = [client] if client else [c for c in map(self.clients.find, candidates) if c]
            if client and question.many and asks_if_one_is_on_the_list(message.text):
                question = replace(question, many=False)   # "Is Initech on the list of clients we're letting go?": Initech's
            looked_up = self._roster_answer(question, message.text, named)
            if client is None and len(named) > 1 and not question.many and looked_up.reply \
                    and not set(candidates) <= self.clients.names_in(message.text):
                # "Acme Logistics": no one client by that name, so each it could mean, said as such (not "Acme vs
                # Hooli", where each is named)
                which = "either of two clients" if len(named) == 2 else f"any of {len(named)} clients"
                text = looked_up.reply.text.replace(ROSTER_TITLE, f"{ROSTER_TITLE}\n\nThat could mean {which} on record:", 1)
                looked_up = replace(looked_up, reply=replace(looked_up.reply, text=text))
            if client and not question.many and not looked_up.choices and (staff_cues.asks_for_words(message.text)
                                                                            or cues.unsafe_move(message.text)):
                # Two asks in one ("how long was their notice? and write the summary"; "what's Castle Tech's email?
                # should we just email them the admin passwords?"): the fact, then the words or the plain no.
                return self._both(looked_up, self._staff_answer(message.text, client, sender=message.sender_name))
            # ("When does BrightPath need to have contacted us by for Hooli?": Hooli's is Castle Tech, said first)
            return self._provider_mix_up_noted(looked_up, message.text, client)
        if client is None and len(candidates) > 1 and (staff_cues.words_for_the_team(message.text)
                                                       or staff_cues.asks_for_a_call_line(message.text)) \
                and not staff_cues.one_for_each(message.text):
            # ("Globex and Vandelay both keep ringing ... a 3-line script for whoever picks up": one note, each client)
            return self._team_roundup(message.text, [c for c in map(self.clients.find, candidates) if c])
        if client is None and not candidates and staff_cues.roundup_for_the_team(message.text) and self.clients.in_offboarding():
            return self._team_roundup(message.text, self._offboardings_asked(message.text))   # "bullets on offboardings for standup"
        in_notice = [each for each in self.clients.in_offboarding() if each["phase"] == "transition"]
        if client is None and not candidates and in_notice and staff_cues.for_clients_in_notice(message.text) \
                and (staff_cues.one_for_each(message.text) if staff_cues.wants_out_of_office(message.text)
                     else staff_cues.asks_for_words(message.text)) and not staff_cues.words_for_the_team(message.text):
            # (one out-of-office "that also works for the clients we're offboarding" is the firm's own, for anyone)
            # "a polite over-Christmas notice for the clients we're transitioning out": one for each, with its facts
            each = self._for_each(message.text, in_notice, message.sender_name)
            if each is not None:
                return each
        # ("two reminders in one go: one for Acme Dental and one for Hooli": each client named, its own)
        several = (candidates if client is None else sorted(self.clients.names_in(message.text))) \
            if staff_cues.one_for_each(message.text) else ()
        if len(several) > 1:
            each = self._for_each(message.text, [c for c in map(self.clients.find, several) if c], message.sender_name)
            if each is not None:
                return each
        versions = staff_cues.versions_asked(message.text)
        numbered = staff_cues.numbered_parts(message.text) if client is not None else ()
        decision = self._versions(message.text, client, versions, message.sender_name) if versions else \
            self._numbered(message.text, client, numbered, message.sender_name) if numbered else \
            self._staff_answer(message.text, client, sender=message.sender_name)
        decision = self._date_checked(decision, message.text, client)
        unknown = not_on_record(message.text, self.clients) if client is None else ""   # a client named that is not on record
        end_asked = cues.asks_end_date(message.text) and not staff_cues.asks_for_words(message.text)
        # ("Wayne Freight - are they in transition or done?": where a client stands, asked of one not on record)
        phase_asked = cues.asks_where_it_stands(message.text)
        if unknown and (phase_asked or (staff_cues.speaks_of_ending(message.text) or end_asked) and (
                decision.principle is None or end_asked or cues.asks_when_support_ends(message.text))):
            # "Stark Plumbing's office mgr wants to know when their support ends": nothing of theirs is on record
            return self._roster_answer(RosterQuestion(frozenset({END})), message.text, [])
        template = decision.reply is not None and (decision.reply.facts or {}).get("is_template")
        if unknown and decision.reply is not None and (template or decision.reply.script or decision.principle is not None):
            # "the goodbye email for Stark Medical": nothing on record for them, so the blanks are theirs to fill;
            # "Wayne Enterprises is asking when their offboarding wraps up": coaching, with no record behind it
            blanks = "fill in the brackets" if "[" in (decision.reply.script or "") else "check it before you send it"
            note = f"I can't find {unknown} in the client records, so this is a template: {blanks}, " \
                   f"or record them with `offboard start` and ask again." if template else \
                   f"I can't find {unknown} in the client records, so nothing below comes from a record of theirs: " \
                   f"check it before you send it, or record them with `offboard start` and ask again." \
                   if decision.reply.script else \
                   f"I can't find {unknown} in the client records: nothing is on record about them (no notice, " \
                   f"dates or reason), so check with whoever looks after them before you answer. `offboard list` " \
                   f"shows every client."
            decision = replace(decision, reply=replace(decision.reply, text=f"{note}\n\n{decision.reply.text}"))
        decision = self._provider_mix_up_noted(decision, message.text, client)
        language = staff_cues.language_asked(message.text) if decision.reply is not None and decision.reply.script else ""
        if language:
            # A translation we can't check would put the decision and the dates at risk: English, said plainly.
            note = f"I write in English only, so here it is in English: have someone who reads {language} well " \
                   f"translate it, keeping the dates and the decision exactly as they are."
            decision = replace(decision, reply=replace(decision.reply, text=f"{note}\n\n{decision.reply.text}"))
        if client is None and decision.principle is not None \
                and (decision.reply is None or (decision.reply.facts or {}).get("situation") != "general_post"):
            self._offer_clients(decision, candidates)   # (a general post is about no client: none to pick)
        relayed = roster_question(message.text, passed_on=True) if client and decision.principle is None else None
        # (not a question about every client: "asked if we can set up 3 new starters next week" is their work, not a
        # look-up of which last days fall next week)
        if relayed is not None and not relayed.many \
                and (relayed.facts - {PHASE} or client["phase"] == "active" and PHASE in relayed.facts):
            # Someone's question passed on that coaching reads as everyday work ("Castle Tech wants to know
            # who owns Hooli", "is Initech leaving us too? Tom asked me"): the fact asked for is the answer to give them.
            return self._roster_answer(relayed, message.text, [client])
        return decision

    def _staff_answer(self, text: str, client: dict | None, intent: str | None = None, sender: str = "") -> Decision:
        """Coaching and a script for one question about one client (or none), by intent and phase; `sender`,
        the colleague asking, is who speaks in a voicemail."""
        if client and client["phase"] == "transition" and client.get("end_date") and staff_cues.sent_after_the_end(text):
            # "the 'support has now ended' email, to go out the morning after their last day": written as of then
            client = {**client, "phase": "ended", "written_for_after": True}
        phase = client["phase"] if client else None
        # ("Friendly please, I'm a bit nervous about this one": routed by what it is about, not by the nerves)
        route = self.router.route(staff_cues.without_own_nerves(text), STAFF, phase)
        # A colleague's own wording to check is answered as the message it is meant to be: an ending
        # announced, or (once support has ended) an ex-client's request declined.
        draft = staff_cues.draft_to_check(text)
        asked = staff_cues.without_draft(text, draft)   # the draft's own words are not the request
        # A client's email pasted in to answer is theirs: what it asks for is no move our colleague proposes.
        pasted = staff_cues.pasted_message(asked)
        own = staff_cues.without_draft(asked, pasted)
        chosen = intent is not None   # a kind of answer picked from the choices offered: its script is wanted
        # Ending on a day before the one on record ("can we just tell them the 18th is the last day?").
        # ("their last day's friday 18 dec right?" is a day believed, corrected first, not one proposed)
        ends_early = phase == "transition" and not staff_cues.checks_a_day(own) and cues.ends_it_early(
            own, date.fromisoformat(client["end_date"]) if client.get("end_date") else None,
            client_today(client, self.config.timezone))
        if intent is None:
            # (a draft about everyday work for an active client, "proofread this for an Initech proposal", is no ending)
            intent = ("after_end_request" if phase == "ended" else "announce_decision") \
                if draft and (phase != "active" or staff_cues.speaks_of_ending(draft)) else \
                self._staff_intent(text, route, client, own, pasted)
            if phase == "ended" and staff_cues.refuses_a_return(own) and staff_cues.asks_to_write(own):
                intent = "come_back"   # "a formal letter restating ... that we won't be taking them back": that no
            if intent in REASON_KINDS and (staff_cues.leaves_reason_out(own) or staff_cues.wants_termination_letter(own)):
                # "confirming the date support finishes. Nothing about the reason", "termination letter ... mention the
                # payment history plainly": the notice, with the reason in it when it has one
                intent = "notice_wording"
        if not chosen and cues.unsafe_move(own) == "plain_channel" and intent not in ("credentials_handover", "data_export") \
                and (staff_cues.asks_to_write(asked) or staff_cues.script_format(asked)[0]):
            intent = "credentials_handover"   # "a 3-line reply suggesting the proper way" to send passwords: the secure handover
        if INTENTS.get(intent) and INTENTS[intent].principle is None and phase in OFFBOARDING:
            # About a client we are letting go, words the router reads as everyday work are still about the ending:
            # telling our own team it is going, or what money is owed at the close.
            if staff_cues.words_for_the_team(asked) or staff_cues.for_internal_use(asked):
                intent = "announce_decision"
            elif staff_cues.script_format(asked)[0] or staff_cues.asks_to_write(asked):
                # Words for the client on no particular topic ("a voicemail for Acme, they're not picking up"):
                # the handover while it runs, the kind no once support has ended.
                intent = "provider_handover" if phase == "transition" else "after_end_request"
            elif cues.asks_what_is_owed(asked):
                intent = "loose_ends"
            elif escalation_cues.threatens_legal(asked):
                intent = "angry_client"   # "Acme's dentist says he'll sue ... Do I escalate?": calm, and passed upwards
            elif ends_early:
                intent = "cut_off_early"
        if ends_early and intent == "support_request" and not chosen:
            intent = "cut_off_early"   # ("can't we just end Hooli on Wednesday 23 December?": support cut short, not a ticket)
        principle = principle_in_phase(intent, phase) if intent in INTENTS else POLICY_KIND_PRINCIPLE.get(intent)
        if intent == "unrelated_staff":
            principle = None   # everyday work, whatever phase the client named is in
        # Wording to reuse for any client: the script with blanks in brackets for the client's facts.
        # Words asked for about no client on record ("write me an email to a client telling them ...") come
        # the same way, with the reason filled in when the question names one.
        template = client is None and principle is not None and (staff_cues.wants_template(asked)
                                                                  or staff_cues.asks_to_write(asked)
                                                                  or bool(staff_cues.script_format(asked)[0])
                                                                  or staff_cues.announces_our_decision(asked)) \
            and not staff_cues.asks_spite_or_hygiene(text)   # (an explainer of spite and hygiene is about no one client)
        given = None
        if template:
            # (asking to come back is asked once support has ended: the template never says it carries on)
            client = render.template_record("ended" if principle == "done" or intent == "come_back" else "transition")
            today = client_today({}, self.config.timezone)
            given = staff_cues.last_day_given(asked, today) if client["phase"] == "transition" else None
            if given and given > today:
                client["end_date"] = given.isoformat()   # "last day 1 Feb": the day staff gave, not a blank
            else:
                given = None
        facts = self._facts(client, sender, asked, intent, staff=True)
        if template and staff_cues.wants_general_post(asked) or client is None and staff_cues.wants_public_post(asked) \
                and not cues.unsafe_move(asked):
            # "a LinkedIn post about why an MSP sometimes lets a client go", "a LinkedIn post saying we're dropping bad-fit
            # clients": nobody in it, and no jab
            facts["situation"] = "general_post"
        if intent == "no_hard_feelings" and (pasted and cues.only_thanks(pasted) or staff_cues.relays_thanks(asked)
                                             or staff_cues.relays_a_gift(asked)):
            # the answer to their thanks, not a goodbye of our own ("Globex's MD sent a lovely thank-you. Warm reply")
            facts["situation"] = "thanked"
        if template:
            # The first reason the question names, in the order the record's categories are listed.
            named = [guess for guess in cues.guessed_reasons(asked) if guess not in cues.UNRECORDED_GUESSES]
            reason = render.reason_facts(named[0], "", self.config.payment_terms) if named else None
            facts, client = render.with_blanks(facts, reason, dated=bool(given)), None
            unknown = not_on_record(text, self.clients)
            if unknown:   # "the termination email for Wayne Pharmacy": the name staff gave, not a blank
                facts["client_name"], facts["client_possessive"] = unknown, render.possessive(unknown)
        if draft and intent != "unrelated_staff":
            facts["draft_findings"] = draft_check.findings(draft, facts)
            # ("Make this line for Acme less harsh: 'We are terminating because you never pay on time.'": a line back)
            facts["reason_line"] = bool(cues.guessed_reasons(draft)) and len(render.sentences(draft)) == 1 \
                and staff_cues.asks_about_a_line(asked)
            principle = facts["draft_findings"][0].principle if facts["draft_findings"] else principle
        elif facts["situation"] in SITUATION_PRINCIPLE:
            principle = SITUATION_PRINCIPLE[facts["situation"]]
        # A script the staff member wants for the client's new provider is written to the provider.
        # (the instruction's words, not a pasted message's: "won't tell BrightPath lol" is no reply to BrightPath)
        facts["to_provider"] = (cues.writes_to_provider(own, facts["new_provider"])
                                or staff_cues.replies_to_the_provider(own, facts["new_provider"]) or bool(
            facts["new_provider_contact"] and facts["new_provider_contact"].lower() in own.lower())) \
            and not (client is not None and staff_cues.addressed_to(asked, client["name"]))   # "msg to hooli: ..."
        if facts["to_provider"] and client is not None and staff_cues.says_client_wrote(own, client["name"]) \
                and not cues.words_asked_for_the_provider(own, facts["new_provider"]):
            facts["to_provider"] = False   # ("Globex are asking for the registrar login, BrightPath need it": Globex asked)
        if pasted and cues.writes_as_the_new_provider(pasted, facts["new_provider"]) \
                and not (client is not None and staff_cues.addressed_to(own, client["name"])):
            facts["to_provider"] = True   # "reply for me to this: 'hi this is Raj from Castle Tech ...'": to Raj
        facts["caller_unverified"] = staff_cues.claims_to_be_the_provider(own)
        facts["their_person_asked"] = staff_cues.asks_their_person(own)   # "asking for the name of their person handling it"
        # ("Castle Tech just joined the Hooli channel. Write a welcome from me": the welcome is theirs)
        welcomed = staff_cues.welcomes_someone(own) and cues.mentions_new_provider(own, facts["new_provider"])
        facts["to_provider"] = facts["to_provider"] or facts["caller_unverified"] or welcomed
        facts["call_asked"] = staff_cues.asks_us_on_a_call(own)   # ("jump on a 15 min call to walk them through ...")
        facts["no_fault_wanted"] = staff_cues.wants_no_blame(own)   # ("they've been lovely ... nothing they did wrong")
        facts["fault_asked"] = staff_cues.asks_if_at_fault(text)   # ("they keep asking 'did we do something wrong?'")
        facts["handling_asked"] = staff_cues.asks_how_we_handle(own)   # ("one line on how we're handling it")
        facts["backups_asked"] = staff_cues.speaks_of_backups(own)   # ("keep doing their backups through January")
        facts["strikes_back"] = staff_cues.strikes_back(staff_cues.unquoted(own))
        named = cues.provider_told(pasted, facts["new_provider"]) if pasted else cues.provider_named(own)
        if named and not facts["new_provider"]:
            # The pasted message (or staff, passing it on) names who takes over ("we've gone with DentaTech IT"):
            # the reply uses it, and words for them go to them.
            facts["new_provider"], facts["provider_mentioned"], facts["provider_told"] = named, True, True
            facts["to_provider"] = facts["to_provider"] or ((cues.writes_to_provider(asked, named)
                                                             or staff_cues.asks_for_an_intro(asked))
                                                            and not staff_cues.addressed_to(asked, client["name"]))
        if facts["to_provider"] and facts["situation"] in ("closure_note", "needs_from_them"):
            facts["situation"] = ""   # (a note to their new provider: the handover's own words say when we close)
        facts["who_to_call"] = bool(pasted) and cues.asks_for_contact(pasted)   # "who should they ring?"
        facts["steps_asked"] = bool(pasted) and cues.asks_what_we_need(pasted) \
            or staff_cues.walks_through_the_handover(own)   # "just tell me what I have to do"; "walk them through the handover"
        facts["run_past_the_end"] = cues.asks_to_run_it_past_the_end(own)
        facts["for_a_while"] = cues.asks_for_a_while(own)   # ("'just a couple of weeks' past Monday Jan 4": said back)
        facts["provider_lacks"] = cues.provider_lacks(own, facts["new_provider"])   # "Castle Tech don't do tills"
        facts["closure_held_against"] = bool(pasted) and cues.holds_our_closure_against_us(pasted)
        facts["not_heard"] = cues.not_heard_from(own, facts["new_provider"])   # "we still haven't heard from Castle Tech"
        if staff_cues.relays_an_apology(own) and "apology" not in facts["acknowledge"]:
            facts["acknowledge"] = (*facts["acknowledge"], "apology")   # their apology, passed on: thanked first
        if staff_cues.relays_a_payment(staff_cues.unquoted(own)) and "payment" not in facts["acknowledge"]:
            facts["acknowledge"] = (*facts["acknowledge"], "payment")   # "acme paid everything": thanked for, first
        if staff_cues.asks_for_a_thank_you(own) and not pasted:
            # ("Hooli sent us pastries, write a 2-line thank you": our thanks to write, no thanks of theirs to answer)
            facts["acknowledge"] = tuple(each for each in facts["acknowledge"] if each != "thanks")
        if cues.offers_money(own) and "offer" not in facts["acknowledge"]:
            facts["acknowledge"] = (*facts["acknowledge"], "offer")   # "acme just offered to double their fee": thanked, declined
        # (an apology "about the invoices" names the reason itself: said back to them, it reads as a scolding)
        # (a price named in an offer, "we'll pay double", "same price as before", guesses at nothing unless put as one)
        guessed = [guess for guess in cues.guessed_reasons(pasted)
                   if guess not in cues.UNRECORDED_GUESSES or cues.is_guessing(pasted)]
        facts["pasted_why"] = bool(pasted) and (cues.asks_why(pasted) or bool(guessed) and (
            cues.is_guessing(pasted) or not {"apology", "owned", "payment"} & set(cues.acknowledgements(pasted))))
        # (a payment made, "we have cleared every overdue invoice ... surely that changes things?", is no guess: the reason
        # said back to them reads as a lecture)
        facts["held_for_them"] = staff_cues.held_for_them(own)
        facts["held_by_us_said"] = staff_cues.says_held_by_us(own)   # (a move asked about says nothing of where it is)
        facts["held_by_us_claimed"] = facts["held_by_us_said"] and staff_cues.only_they_say_we_hold_it(own)   # (checked first)
        facts["payment_terms"] = staff_cues.payment_terms_given(own) or facts["payment_terms"]   # theirs to state
        facts["more_time_asked"] = cues.asks_for_more_time(own)   # ("should we extend to January?": no, whatever the kind)
        # Staff say the account owner is out: the script isn't signed in their name.
        facts["owner_away"] = bool(facts["account_owner"]) and cues.is_away(asked, facts["account_owner"])
        # Staff trying a reason out ("can I tell them it's capacity?"): the script denies nothing the client never said.
        # (or quoted as theirs: "\"Is this because Dr. Moreno was rude ...?\" - acme dental. how do i answer?")
        # (or named in their words as they ask why: "Why are you dropping us? We've never once paid late!!")
        facts["guess_from_client"] = cues.client_raised(asked) or bool(cues.asks_if_cause(pasted or asked)
                                                                       and (staff_cues.quotes_someone(asked) or pasted)) \
            or bool(pasted and guessed and facts["pasted_why"])
        # "Should I ...?": the plain answer comes first; doing less for a client in notice is always a no.
        facts["apology_for"] = staff_cues.apologises_for_us(own)
        facts["apology_subject"] = staff_cues.apology_subject(own)   # ("their printer ticket": named in the apology)
        facts["correction"] = staff_cues.correction_of(own)   # "Dev told them the 14th by mistake. Draft a correction."
        facts["asks_should"], facts["holds_back"] = cues.asks_yes_or_no(own), cues.holds_back(staff_cues.unquoted(own)) \
            and not facts["apology_for"]   # ("apology for the slow ticket": a slip of ours, past)
        # (a post about no client is no parting shot; a claim we deny, "deleted their SharePoint", proposes nothing)
        facts["unsafe_move"] = "" if facts["situation"] in ("general_post", "claim_denied") else \
            cues.unsafe_move(own) or ("end_early" if ends_early else "")
        if facts["unsafe_move"] == "parting_shot" and cues.unsafe_move(staff_cues.unquoted(own)) != "parting_shot":
            facts["unsafe_move"] = ""   # ("reply to this: 'Good riddance, I'll be leaving reviews'": their shot, not ours)
        # ("someone claiming to be Vandelay's owner rang asking for the registrar login"): theirs, once confirmed who asks
        facts["claimed_client"] = facts["unsafe_move"] == "unverified" and cues.claims_to_be_the_client(own)
        facts["control_unconfirmed"] = cues.control_unconfirmed(own)
        facts["dns_named"] = bool(facts["unsafe_move"]) and cues.names_dns(own)   # ("can I just delete their DNS zone?")
        facts["their_data_named"] = facts["unsafe_move"] == "suspend" and cues.names_their_data(own)   # ("their backup server")
        facts["keeps_ours"] = staff_cues.keeps_ours(own)
        facts["under_strain"] = staff_cues.under_strain(own)
        facts["clause_asked"] = staff_cues.asks_for_contract_wording(own)   # ("the exact notice clause ... to quote")
        facts["client_emailed"] = staff_cues.says_client_emailed(own)   # ("Vandelay emailed asking ...": their email thanked)
        facts["contact_checked"] = staff_cues.checks_provider_contact(own)   # ("... to confirm Castle Tech has been in touch")
        facts["data_held_said"] = staff_cues.says_we_hold_their_data(own)   # ("... holding their patient data hostage")
        facts["passing_remark"], facts["hello_back"] = staff_cues.passing_remark(own)
        facts["no_grovel"] = staff_cues.wants_no_grovelling(own)   # ("2 sentences, no grovelling"): nothing conceded
        facts["mention_asked"] = staff_cues.asks_whether_to_mention_endings(own)   # ("do I need to mention us cutting clients?")
        facts["offer_expected"] = staff_cues.expects_an_offer(own)   # ("They'll probably offer more money"): the answer ready
        facts["signing_off"] = staff_cues.signs_off(own)   # ("Thanks, that's all for today!"): a goodbye back, no menu
        facts["what_i_do_asked"] = staff_cues.asks_what_the_bot_does(own)   # ("morning 👋 what can you actually help me with?")
        facts["no_asked"] = staff_cues.asks_whether_to_say_no(own)   # ("so do we just say no?")
        facts["break_checked"] = staff_cues.checks_the_day_against_the_break(own)   # ("last day is after the break, right?")
        facts["closed_days_asked"] = cues.asks_about_holidays(own)   # ("Is the office actually shut on Christmas Eve?")
        facts["principles_asked"] = staff_cues.asks_for_the_principles(own)   # ("tl;dr the principles pls, one line each")
        facts["staff_doubts"] = staff_cues.doubts_the_decision(own)   # "Priya's wobbling. I feel bad too."
        facts["worried"] = staff_cues.describes_worry(own)   # "a long sad email about how they'll cope": reassured
        facts["ends_call"] = staff_cues.asks_to_end_call(own)
        facts["shouting"] = staff_cues.shouting_on_the_line(own)   # ("called screaming at our receptionist": a way out)
        facts["practical"] = cues.practical_asks(own)
        day = cues.relative_day(own, client_today(client or {}, self.config.timezone), past=False) \
            if "date" in facts["practical"] else None
        facts["day_named"] = render.long_date(day) if day else ""   # "the call this Thursday. Date for the invite?"
        facts["practical"] = facts["practical"] if day else tuple(name for name in facts["practical"] if name != "date")
        facts["script_format"] = staff_cues.script_format(own)
        # A reply to post under a review already up is written for the public (a call to them about the review is
        # spoken to them, not posted under it).
        facts["public_reply"] = cues.answers_in_public(asked) and facts["script_format"][0] not in ("spoken", "voicemail") \
            and facts["situation"] != "general_post"   # (a post of our own is no reply to anyone)
        if facts["situation"] == "out_of_office" and (facts["script_format"][0] in ("", "short") or facts["script_format"][0]
                                                       == "sms" and not staff_cues.names_a_text_message(own)):
            # an auto-reply anyone may get: no greeting, no signature ("the two-sentence out-of-office": two sentences;
            # "text for the out-of-office": its wording, not a text message)
            facts["script_format"] = ("paragraph", facts["script_format"][1])
        # ("our out-of-office ... Should mention Hooli's last day? Keep it general-purpose": no one client's ending in it)
        facts["for_every_client"] = facts["situation"] == "out_of_office" and staff_cues.for_every_client(own)
        if staff_cues.wants_a_footer(own) and facts["script_format"][0] in ("", "short"):
            facts["script_format"] = ("paragraph", facts["script_format"][1])   # a ticket footer: no greeting, no sign-off
        facts["with_subject"] = staff_cues.wants_subject_with(own)
        facts["handover_done"] = staff_cues.says_handover_done(own)
        facts["fewest_sentences"] = staff_cues.fewest_sentences(own)
        facts["length_limit"] = staff_cues.length_limit(own)
        facts["length_about"] = staff_cues.length_about(own)
        facts["seconds_asked"] = staff_cues.seconds_asked(own)   # "a 30-second voicemail": its length, said aloud
        facts["returns_a_call"] = staff_cues.returns_a_call(own)
        # ("BrightPath keep phoning the help desk ... a voicemail to leave them": their calls, returned)
        facts["their_calls_returned"] = facts["returns_a_call"] or staff_cues.reports_contact_that_keeps_coming(own)
        facts["request_text"] = own
        # "their email's down": a decline says "your email", not "this request"
        facts["fault_named"] = cues.fault_named(own) or cues.fault_named(pasted or "") or cues.fault_named(asked) \
            or staff_cues.declined_work(own) \
            or (cues.reset_named(own) or cues.reset_named(pasted or "") if facts["ended"] else "")   # ("can u reset MFA")
        facts["topics_asked"] = staff_cues.topics_asked(own)
        facts["access_remains_asked"] = staff_cues.asks_if_our_access_remains(own)   # "do we still have admin on ...?"
        facts["hold_unknown"] = phase == "ended" and staff_cues.asks_if_we_still_hold_theirs(own)   # ("Do we still have it?")
        # ("We'll pay on time from now on, promise.", or staff passing it on: "swears they'll pay on time from now on")
        facts["promise_made"] = cues.promises_to_change(pasted or "") or staff_cues.relays_a_promise(staff_cues.unquoted(own))
        # ("asked if we'd stay on if they clear every outstanding invoice today": the offer, thanked)
        facts["settle_offered"] = cues.offers_to_settle(own) or cues.offers_to_settle(pasted or "")
        facts["user_reset_named"] = cues.asks_user_password_reset(own) or cues.mentions_a_reset(own)
        # ("reset the admin pw on our accounting user": the no doesn't then offer admin passwords as theirs to hand over)
        facts["reset_in_request"] = cues.mentions_a_reset(pasted or own)
        if facts["situation"] == "our_apology":
            # ("apology for the slow reply (that's literally why we're dropping them)": the reason told to us, kept out
            # of the apology, so it isn't read as a rethink or an excuse)
            facts["topics_asked"] = tuple(topic for topic in facts["topics_asked"] if topic != "reason")
        if not facts["topics_asked"] and phase == "transition" and not pasted \
                and facts["script_format"][0] == "voicemail" and intent in ("provider_handover", "no_new_provider"):
            # ("a voicemail to nudge Acme, they still haven't picked a new IT company"): the day to call by and the safe
            # landing, in their shortest words, so a short message still carries both ("a voicemail about the handover
            # to Castle Tech": the day for Castle Tech to call by)
            facts["topics_asked"] = ("contact_by",) if facts["new_provider"] else ("contact_by", "data_drive")
        facts["closure_left_out"] = "closure" in staff_cues.topics_left_out(own)   # "no need to mention the shutdown"
        facts["asked_if_fine"] = staff_cues.asks_if_fine(own)   # "is that ok?" is answered no; "what now?" isn't
        facts["donts_asked"] = staff_cues.asks_what_not_to_say(own)   # "... and what NOT to say": the words to avoid
        facts["after_asked"] = staff_cues.asks_what_comes_after(own)   # "... and what we do after": the steps after it
        facts["upset_words_asked"] = staff_cues.asks_for_words_if_upset(own)   # "what to say if they get upset": the calm line
        facts["why_is_the_call"] = staff_cues.calls_to_say_why(own)   # "calling Acme to tell them straight why": reason first
        facts["where_asked"] = staff_cues.asks_where(own)   # "need to know where and when to drop it": both asked
        facts["reminder_of_end"] = staff_cues.reminds_of_the_end(own)   # "a post reminding them when we stop": the day first
        facts["invoice_told_of"] = staff_cues.tells_of_the_invoice(own)   # "a note about the final invoice": it follows
        facts["stays_said"] = staff_cues.says_they_stay(own)   # "a note that Initech is NOT leaving": no ending announced
        facts["list_asked"] = staff_cues.wants_agenda(own)
        facts["words_given"] = staff_cues.words_given(own) if facts["script_format"][0] in ("sms", "chat") else ""
        signer = signer_for(own, sender, facts["script_format"][0], facts["account_owner"], bool(facts.get("is_template")),
                            self.clients.owner_first_names(), self.clients.owner_in_full,
                            written_to_asker=bool(pasted) and staff_cues.greets_by_name(pasted, (sender or "").split(" ")[0]))
        facts["signed_by"], facts["as_the_team"] = signer.signed_by, signer.as_the_team
        facts["access_said"] = render.in_a_list(staff_cues.access_named(own))   # ("removing our remote agent and delegated admin"): those
        facts["provider_in_doubt"] = staff_cues.provider_in_doubt(own)   # ("Castle Tech might not be confirmed after all")
        if staff_cues.wants_blank_signature(own):   # ("Leave the signature block blank, I'll fill it in")
            facts["signed_by"] = "[name]\n[job title]"
        facts["signer_named"], facts["on_behalf_of"] = signer.named, signer.on_behalf_of
        facts["addressee"] = staff_cues.addressee(own, pasted)
        facts["blanks_asked"] = staff_cues.wants_blanks(own)
        facts["provider_name_asked"] = staff_cues.chases_the_provider_name(own)
        if facts["provider_name_asked"] and not facts["new_provider"]:
            # ("saying we still haven't heard from a new IT company and the clock is ticking": the chase, politely, with
            # the days on record, never staff's own shorthand echoed back)
            facts["words_given"] = ""
        if facts["words_given"] and facts["handover_moved"] and facts["has_handover_deadline"]:
            # ("saying Castle Tech can reach us any time up to their last day", with our office shut before it): the day
            # on record, never staff's premise echoed
            facts["words_given"] = staff_cues.ANY_TIME_TO_THE_END.sub(
                f"any time up to {facts['handover_deadline']}, before our office closes on {facts['closed_from']}",
                facts["words_given"])
        facts["newcomers_told"] = staff_cues.explains_to_newcomers(own)   # ("for new hires explaining why we let Globex go")
        facts["to_one_person"] = staff_cues.writes_to_one_of_theirs(own)   # ("pinged me on LinkedIn"): "Hi," not "team"
        facts["name_blank"] = staff_cues.leaves_the_name_blank(own)   # ("I don't know her name"): "Dear [name],"
        facts["formal"] = staff_cues.wants_formal(own)
        facts["blame_feared"] = staff_cues.fears_blaming(own)   # "'Overload' sounds like we're blaming them"
        # (a pasted message telling of illness or a hard year: met with sympathy before the reason)
        facts["pasted_hard_times"] = bool(pasted) and cues.tells_of_hard_times(pasted)
        facts["paid_on_time_said"] = bool(pasted) and cues.says_always_paid(pasted)   # (pasted: "we pay always on time!!")
        # "a formal letter ... for their files": dated, addressed and titled above the greeting
        facts["letter_date"] = render.long_date(client_today(client, self.config.timezone)) \
            if staff_cues.wants_letter_layout(own) and client is not None else ""
        facts["end_confirmed"] = staff_cues.confirms_it_ended(own)   # "a letter confirming that our support ended"
        facts["light"] = staff_cues.wants_light(own)   # "keep it light, not snarky": a light answer to a joke
        facts["call_line_asked"] = staff_cues.asks_for_a_call_line(own)   # "... and what to say if they ring"
        facts["promise_asked"] = staff_cues.asks_to_promise(own)   # "can I promise Acme we'll keep a copy for 90 days?"
        facts["receipt_item"] = staff_cues.receipt_item(own)   # "asking them to confirm they got the data drive"
        facts["owner_wanted"] = staff_cues.wants_an_owner(own)   # "asking someone to take ownership of the offboarding"
        facts["cancel_proposed"] = staff_cues.proposes_cancelling(own)   # "their licences billed through us: just cancel them?"
        facts["money_spoken"] = cues.speaks_of_money(own)   # ("hasn't paid october": the answer speaks of the invoice too)
        facts["season_note_asked"] = staff_cues.asks_for_a_season_note(own)   # "a polite holiday message to pin"
        facts["what_happens_asked"] = staff_cues.asks_what_happens(own)   # "what actually happens on the 21st if ...?"
        facts["who_signs_asked"] = staff_cues.asks_who_signs(own)
        facts["tickets_over_break"] = staff_cues.speaks_of_tickets_over_the_break(own)   # "... Hooli tickets over the closure?"
        facts["final_asked"] = staff_cues.asks_to_say_it_is_final(own)   # "confirming ... that the decision is final"
        facts["their_signer_asked"] = staff_cues.asks_who_signs_for_them(own)   # "Who signs on their side?"
        # (an email confirming the last day is the notice restated in writing: the honest reason goes in it too)
        facts["reason_named"] = staff_cues.names_the_reason(own) or staff_cues.emails_the_last_day(own)
        facts["told_by_phone"] = staff_cues.told_by_phone(own)
        facts["client_rang"] = staff_cues.client_rang(own)   # "Hooli's owner rang me nearly in tears": thanked for calling
        # "anything from them or their new lot goes to Tom": the owner takes it all, said in place of "decline kindly"
        facts["all_to_owner"] = bool(facts["account_owner"]) \
            and staff_cues.sends_everything_to(own).lower() == facts["account_owner"].split(" ")[0].lower()
        facts["tickets_stopped"] = phase == "ended" and staff_cues.stops_their_tickets(own)   # "stop picking up globex tickets"
        facts["call_agreed"] = staff_cues.agrees_to_their_call(own)   # "asked if we can do a walkthrough call ... saying yes"
        facts["label_asked"] = staff_cues.label_asked_about(own)   # "ok to tell them they were 'never satisfied'?"
        facts["claim_denied"] = staff_cues.claim_we_deny(own)   # "claiming we 'deleted their SharePoint'. We didn't."
        facts["invoice_months"] = staff_cues.months_named(own)
        facts["pays_if_extended"] = staff_cues.pays_if_we_carry_on(own) or staff_cues.pays_if_we_carry_on(pasted or "")
        facts["amount_asked"] = staff_cues.asks_for_the_amount(own)
        facts["no_names"] = staff_cues.names_no_one(own)
        facts["pick_asked"] = cues.asks_us_to_pick(text)   # ("are you picking someone for us or what": we don't)
        facts["plain_notice"] = staff_cues.asks_for_the_notice(own)
        facts["access_said_removed"] = staff_cues.says_access_removed(own)
        # (a draft of theirs that gives the reason keeps it in our version, said without blame)
        facts["reason_asked"] = staff_cues.mentions_the_reason(own) or bool(cues.guessed_reasons(own)) \
            or bool(draft and cues.guessed_reasons(draft))
        # Words for our own team, or a note for our own records: the facts written up for us, never a letter.
        colleagues = self.clients.owner_first_names()
        named = staff_cues.recipient_named(own, self.clients.name_words())
        if named and (self.clients.names_in(named) or self.clients.resolve(named).client is not None):
            named = ""   # ("a goodbye email to Globx": the client, typed as they typed it, is no colleague)
        colleagues = (*colleagues, named) if named and named not in colleagues else colleagues
        # (with no client, "an explainer for #techs on spite versus hygiene" is the explanation itself, not a client's note)
        facts["for_the_team"] = staff_cues.wants_a_team_note(own, colleagues) \
            and not (client is None and staff_cues.asks_spite_or_hygiene(text))
        # "keeps ringing reception asking for Priya": what reception says for her (the account owner, named in full)
        if facts["for_the_team"] and not (staff_cues.mentions_the_reason(own) or cues.is_guessing(own)):
            facts["reason_asked"] = False   # ("don't pick up their tickets": a reason's word in passing asks for no reason)
        wanted = staff_cues.caller_asks_for(own, colleagues)
        facts["caller_wants"] = facts["account_owner"] if wanted and facts["account_owner"].split(" ")[0] == wanted \
            else wanted
        facts["reception_summary"] = staff_cues.for_reception(own) and not wanted   # (what reception reads out if they ring)
        facts["to_everyone"] = facts["for_the_team"] and staff_cues.to_everyone(own)   # ("announcement for #general")
        facts["dos_and_donts"] = facts["for_the_team"] and staff_cues.asks_dos_and_donts(own)
        facts["still_ours_said"] = staff_cues.says_still_supported(text)   # ("a heads up that hooli is still supported")
        # "do we still fix stuff for them?" (or it said, for a note to pass on)
        facts["still_ours_asked"] = staff_cues.asks_if_we_still_support(text) or facts["still_ours_said"]
        facts["after_end_autoreply"] = phase == "transition" and intent == "after_end_request" \
            and staff_cues.wants_out_of_office(own) and cues.asks_about_after_the_end(own)
        # ("Give me a checklist for removing our access to Globex now they're gone": ours to take out, a list for us)
        facts["access_removal"] = staff_cues.takes_our_access_out(own) and (facts["for_the_team"] or (
            phase == "ended" and "checklist" in facts["practical"] and not staff_cues.checklist_to_share(own)))
        today = client_today(client or {}, self.config.timezone)
        removal_by = cues.promised_by(own, today)
        facts["removal_by"] = render.long_date(removal_by) if removal_by else ""   # ("... from the tenant by Friday")
        # ("we'll remove our last access to Globex's Microsoft 365 on Friday 4 December 2026": that day, as said)
        removal_on = None if removal_by or not staff_cues.takes_our_access_out(own) else \
            next((day for day in cues.days_named(own, today) if day >= today), None)
        facts["removal_on"] = render.long_date(removal_on) if removal_on else ""
        if client is not None and phase in OFFBOARDING and staff_cues.writes_to_finance(own) \
                and intent in ("loose_ends", "credentials_handover", "come_back", "after_end_request", "support_request",
                               "no_hard_feelings", "provider_handover", "data_export"):   # ("close off their money side")
            facts["for_the_team"] = facts["to_finance"] = True   # the money side of closing out, for our finance people
            facts["situation"] = "internal"
        facts["to_colleague"] = staff_cues.colleague_named(own, colleagues)
        facts["hold_case"] = facts["for_the_team"] and staff_cues.makes_the_case_to_hold(own)   # ("the boss is wobbling")
        facts["colleague_reminded"] = bool(facts["to_colleague"]) and staff_cues.reminds_a_colleague_of_dates(own)
        # ("remind them Castle Tech has to get hold of us before we shut": the day the provider should call us by)
        facts["provider_contact_wanted"] = staff_cues.wants_provider_contact_from_them(own)   # ("who we can talk to there")
        facts["provider_must_reach_us"] = bool(facts["new_provider"]) and staff_cues.provider_must_reach_us(own) \
            and cues.mentions_new_provider(own, facts["new_provider"])
        # "BrightPath keep pinging our support inbox about Globex": the new provider's questions, answered one way by all
        facts["provider_keeps_asking"] = phase == "ended" and bool(facts["new_provider"]) \
            and cues.mentions_new_provider(own, facts["new_provider"]) and staff_cues.reports_contact_that_keeps_coming(own)
        if facts["for_the_team"] and not pasted and staff_cues.colleagues_want_to_cut(own):
            # "a couple of them want to cut Acme off early over the unpaid invoices. Make it clear that's not happening"
            facts["colleague_move"] = "suspend"
        elif facts["for_the_team"] and not pasted and staff_cues.asks_hands_off(own) and phase == "transition":
            facts["colleague_move"] = "reminder"   # "Internal reminder for techs: do NOT touch Acme's server ... Teams post"
            facts["ours_kept"] = staff_cues.ours_named(own)   # ("do not remove our RMM agent or admin access"): named back
        elif pasted and facts["for_the_team"] and not facts["unsafe_move"]:
            # "my reply to Jake in #support, he posted: 'let's just pull the plug on acme's server tonight'": a
            # colleague's move that principle 4 rules out, answered to them with the no
            facts["colleague_move"] = cues.unsafe_move(pasted)
            facts["reply_to"] = staff_cues.reply_to_name(own)
        # (a note on where things stand, with nothing told that happened, is the status note below)
        facts["file_note"] = (staff_cues.file_note_asked(own, client["name"]) or None) if client is not None else None
        if client is not None and facts["file_note"] is None and facts["has_reason"] \
                and (staff_cues.mentions_the_reason(own) or facts["ended"]) and staff_cues.file_note_asked(own, client["name"]) == "":
            # "a two-line note for the Globex file on why we ended it", "a note for the Globex file to close it out":
            # the reason on record, noted as that
            facts["file_note"] = f"Why we ended it: {facts['reason_on_record']}."
        if facts["file_note"] is not None:
            # "a note for the Acme file: they asked to extend and we said no": a dated record, for us
            facts["for_the_team"], facts["situation"] = True, "internal"
            facts["noted_on"] = render.long_date(client_today(client, self.config.timezone))
        if facts["to_colleague"]:
            facts["situation"] = "internal"   # a message to a colleague by name is for us, never the client
            facts["colleague_ask"] = render.names_as_recorded(
                self.clients.spelt_as_recorded(staff_cues.colleague_ask(own), client) if client else staff_cues.colleague_ask(own),
                client)
            if client is not None and phase == "transition":
                # ("only 2 weeks left" when the record says 20 days: the note says 20)
                facts["colleague_ask"] = render.time_left_as_recorded(facts["colleague_ask"], self._days_left(client))
            if facts["unsafe_move"] and facts["colleague_ask"].lower().startswith(("no,", "no.", "no ")):
                # ("a Teams message to Dev saying no, without starting a fight" to pulling the plug early): the no, with why
                facts["colleague_ask"] = "I'd rather we didn't: nothing of theirs is switched off or taken away before " \
                    "their last day, however they pay. Doing it early would be spite, and a legal risk; late invoices are " \
                    "chased through billing as usual."
            facts["keeps_contacting"] = staff_cues.reports_contact_that_keeps_coming(facts["colleague_ask"])
            # ("Teams msg to Tom asking him to confirm we've pulled the RMM agent": the question to Tom, not the task list)
            facts["access_removal"] = facts["access_removal"] and not facts["colleague_ask"]
        # The client's own message pasted in, saying a charge is wrong: the reply checks it, it doesn't resend it.
        facts["final_invoice"] = "query" if pasted and cues.questions_a_charge(pasted) \
            or staff_cues.relays_invoice_query(own) else "amount" if staff_cues.asks_the_final_amount(own) else \
            staff_cues.final_invoice_wording(own)
        # ("... says they'll pay 'once BrightPath confirms everything works'"): the invoice stands, and waits on nothing
        facts["payment_held"] = facts["final_invoice"] == "query" and staff_cues.holds_payment_back(asked)
        facts["erase_asked"] = escalation_cues.asks_us_to_erase(asked)   # ("send us all our data and then delete everything")
        facts["still_billed"] = staff_cues.asks_still_billed(own)
        if facts["still_billed"] and cues.about_licences(own):
            # "still being billed for Microsoft licences through us. Draft a reply" (or "What do I do?"): checked
            facts["licences_listed"] = True
        facts["licences_reminder"] = staff_cues.reminds_to_move_licences(own)   # ("reminding them their licences need moving")
        facts["handover_contents"] = staff_cues.asks_handover_contents(own)
        facts["speaks_of_ending"] = staff_cues.speaks_of_ending(asked)
        # Nothing the client said is passed on: the script thanks them for no question they never asked.
        facts["client_asked"] = (staff_cues.client_asked(asked, self.clients.owner_first_names())
                                 and not staff_cues.offers_unasked(own)) or facts["guess_from_client"] or bool(pasted)
        facts["drive_contents_asked"] = staff_cues.asks_what_goes_on_the_drive(own)   # ("Ask what they want on it")
        facts["client_wrote"] = client is not None and (staff_cues.says_client_wrote(own, client["name"]) or bool(pasted) and staff_cues.signed_by_the_client(
            pasted, client["name"])) and not cues.writes_as_the_new_provider(pasted, facts["new_provider"])
        # ("'saw a post about you winding down some clients - should we be worried?'": whether we are dropping them)
        facts["client_asked_ending"] = staff_cues.client_asked_about_ending(asked) or bool(pasted) and \
            (staff_cues.speaks_of_ending(pasted) or escalation_cues.fears_being_dropped(pasted))
        # A letter to the client only when words were asked for or a client's message is owed an answer;
        # announcing, a draft to check and a template always come with one.
        facts["wants_script"] = chosen or bool(draft) or template or intent in ANNOUNCING or \
            bool(facts["script_format"][0]) or staff_cues.wants_words_for_them(asked) or staff_cues.asks_to_write(asked) \
            or staff_cues.asks_what_to_send(asked) \
            or bool(pasted) and staff_cues.asks_help_answering(own)   # ("Help me answer this from Acme: '...'")
        if facts["situation"] == "more_time" and not facts["client_asked"] and not staff_cues.asks_for_words(asked):
            facts["wants_script"] = False   # our own idea of more time ("should we push it into January?"): a no, no letter
        if facts["their_data_named"] and not staff_cues.asks_for_words(asked):
            facts["wants_script"] = False   # "switch off Globex's old backup server today, fine yeah?": the answer, no letter
        if facts["clause_asked"]:
            facts["wants_script"] = False   # "the exact notice clause so I can quote it": not ours to word; no letter
        if "handover_charge" in facts["practical"] and not staff_cues.asks_for_words(asked):
            facts["wants_script"] = False   # "Acme want all their data on a drive. Do we charge for that?": the answer
        if facts["situation"] == "sales_pitch" and not staff_cues.asks_to_write(asked):
            facts["wants_script"] = False   # "sales wants to pitch them our backup product, good idea?": a no, nothing to send
        if "returning_client" in facts["practical"] and not (staff_cues.asks_for_words(asked)
                                                             or staff_cues.asks_how_to_reply(asked)):
            # how a return would work is the firm's policy, not words for them yet (unless words are asked: "give her a
            # phone script", "how should I reply?")
            facts["wants_script"] = False
        if phase == "active" and staff_cues.asks_for_the_notice(own):
            # "heard Initech is next on the chopping block. Can you draft their termination notice?": nothing is decided,
            # so no notice is drafted (a rumour heard is not the client asking)
            facts["client_asked"] = facts["client_asked_ending"] = facts["wants_script"] = False
        if facts["situation"] == "needs_from_them":   # a list of asks of them, not our tracker's checklist
            facts["practical"] = tuple(name for name in facts["practical"] if name != "checklist")
        # (the client's checklist, read once for the lists below)
        view = self.checklists.view(client) if client is not None and phase in OFFBOARDING else None
        for_us = staff_cues.checklist_for_us(own) if view is not None else ""
        if view is not None and view.counted and view.done < len(view.counted) and staff_cues.confirms_handover_complete(own):
            # ("a note to BrightPath ... confirming the Globex handover is complete"): the words as asked, the record's doubt
            # said to the one sending them
            who = client.get("account_owner") or "whoever ran the handover"
            facts["completion_unticked"] = (f"Check before you send it: {view.done} of {len(view.counted)} handover items "
                                            f"are ticked in the tracker for {client['name']}, so confirm with {who} that "
                                            f"everything really went.")
        # ("an email to BrightPath closing out Globex: a final list of our access that's been removed"): our access,
        # item by item, where each stands on our checklist
        access_list = view is not None and staff_cues.asks_access_removed_list(own) and staff_cues.names_a_letter(own)
        if facts["access_removal"]:
            facts["practical"] = tuple(name for name in facts["practical"] if name != "checklist")
        if for_us and ("checklist" in facts["practical"] or staff_cues.asks_whats_open(own)) and not facts["access_removal"]:
            # "a handover checklist I can drop in our team channel", "as a table for Priya": the items plainly, for us
            # ("a checklist for the techs of what access of OURS needs removing": our access, the team note's list)
            facts["practical"] = (*[name for name in facts["practical"] if name != "checklist"], "checklist")
            facts["situation"] = ""
        elif ("checklist" in facts["practical"] or staff_cues.asks_whats_open(own) or access_list) and client is not None \
                and phase in OFFBOARDING and (staff_cues.checklist_to_share(own) or access_list) and not facts["for_the_team"] \
                and not staff_cues.wants_a_closing_letter(own) \
                and facts["situation"] not in ("needs_from_them", "sign_off_form") and not staff_cues.final_invoice_wording(own):
            # ("an email closing out the money side - final invoice and renewals": the money, not the checklist; "the
            # sign-off form ... for their side to sign, listing what was handed over": the form)
            # The checklist to give the client or their new provider: what we hand over and by when, to read and sign
            # (our tracker's keys and commands stay with us)
            facts["situation"], facts["wants_script"] = "checklist_share", True
            facts["practical"] = tuple(name for name in facts["practical"] if name != "checklist")
            # (sent to the new provider, it leaves out their own getting in touch and the client's signature line)
            # (no item's own date: those are our tracker's targets, read by a client as dates on record)
            # (to the client, in words to them where the template has them: "Your domains ... in your own control")
            shared = {} if facts["to_provider"] else {each.key: each.shared for each in self.checklists.template.load()[0]}
            facts["share_items"] = [{"title": shared.get(item.key) or item.title}
                                    for item in view.items if item.kind == "handover"
                                    and not (facts["to_provider"] and item.key in ("new-provider", "sign-off"))] if view else []
            if access_list:   # (each in the words of what we held, whoever reads it)
                held = {each.key: each.shared for each in self.checklists.template.load()[0]}
                facts["share_items"] = [{"title": held.get(item.key) or item.title, "state": item.state}
                                        for item in view.items if item.kind == "removal"]
            facts["access_list"] = access_list
            facts["share_to_provider"] = facts["to_provider"]
            facts["checklist_letter"] = staff_cues.names_a_letter(own)   # "handover checklist email for ...": in a letter
        # ("a Teams message for the help desk team: Acme's offboarding checklist"): the list inside the note, plainly
        facts["checklist_in_note"] = "checklist" in facts["practical"] and not for_us and view is not None \
            and facts["for_the_team"] and facts["situation"] == "internal" and staff_cues.names_a_letter(own)
        # ("Tom wants a checklist of what's left to close out Globex. Bullets only."): the list, no coaching around it
        facts["list_only"] = "checklist" in facts["practical"] and staff_cues.asks_for_the_list_only(own)
        if "checklist" in facts["practical"]:
            facts["checklist_text"] = plain_checklist(view, self.config, client_today(
                client, self.config.timezone), table=for_us == "table", most=staff_cues.points_asked(own)[0]) \
                if for_us or facts["checklist_in_note"] or view is not None and staff_cues.points_asked(own)[0] \
                else self._checklist_answer(client)   # ("a handover checklist for Acme, 6 bullets max": in six)
            if for_us or not (staff_cues.asks_to_write(asked) or staff_cues.names_a_letter(asked)
                              or facts["script_format"][0] not in ("", "points") or draft):
                # "a final checklist for the acme handover", "a checklist note for the techs": the list, no letter
                facts["wants_script"] = False
        if facts["situation"] == "sign_off_form":
            # The form lists what we hand over, from the client's own checklist (not who contacts whom, nor itself).
            facts["sign_off_items"] = [item.title for item in view.items if item.kind == "handover"
                                       and item.key not in ("new-provider", "sign-off")] if view else []
            facts["form_in_letter"] = staff_cues.names_an_email_or_letter(own)   # ("the handover sign-off email for Hooli")
        if facts["situation"] == "holidays":
            # The client asked about, or every client in transition when none is named.
            facts["holiday_clients"] = [dict(facts)] if client is not None else \
                [self._facts(each, "") for each in self.clients.in_offboarding() if each["phase"] == "transition"]
        facts["points_asked"] = staff_cues.points_asked(own)   # "5 bullets max"
        if facts["for_the_team"] and staff_cues.reports_up_the_line(own) and client is not None:
            # A report up the line: where things stand, one fact a line, and what is still open.
            facts["report"] = True
            facts["days_left"] = self._days_left(client)
            # ("Quick bullet summary for Priya": the owner reading it isn't told who owns it; the next few items only)
            facts["owner_named"] = bool(facts["owner_first_name"]) \
                and staff_cues.names_a_colleague(own, (facts["owner_first_name"],))
            facts["brief"] = staff_cues.asks_for_brevity(own)
            # (what our tracker shows, said as that: "0/11 done" read as a fact about the handover itself)
            facts["checklist_progress"] = f"{view.done} of {len(view.counted)} items ticked off so far" if view else ""
            facts["open_items"] = self._open_items(client)
        elif facts["for_the_team"] and staff_cues.asks_whats_open(own) and client is not None and not facts["access_removal"]:
            # (a note listing our access to take out is that list: the tracker's other open items stay out of it)
            facts["open_items"] = self._open_items(client)
        elif staff_cues.asks_whats_open(own) and client is not None and client["phase"] in OFFBOARDING \
                and "checklist" not in facts["practical"] and not facts["access_removal"] \
                and facts["situation"] not in ("checklist_share", "needs_from_them", "final_invoice", "channel_closing",
                                               "sign_off_form"):
            # "list what we still need from them before the 4th": the checklist, as it stands
            facts["practical"] = (*facts["practical"], "checklist")
            facts["checklist_text"] = self._checklist_answer(client)
        if phase == "ended" and staff_cues.wants_termination_letter(own) and not pasted and not facts["situation"]:
            # "a formal letter to Vandelay confirming services have ended, for our file and theirs": the end confirmed
            intent, principle = "loose_ends", principle_in_phase("loose_ends", phase)
            facts["situation"], facts["wants_script"] = "ended_letter", True
        if intent == "credentials_handover" and phase in OFFBOARDING and cues.asks_user_password_reset(pasted or own):
            # "'any chance u could reset our email pw'": a fix asked of us (after the end, the kind no), not a handover
            intent = "after_end_request" if phase == "ended" else "support_request"
            principle = principle_in_phase(intent, phase)
        if facts["situation"] == "money_owed" and intent in HOSTILE and staff_cues.asks_for_words(own) and client is not None:
            # "their CEO says the last two years were a disaster and wants a refund. Reply pls": the refund answer,
            # which promises nothing, rather than a word about feelings
            intent, principle = "loose_ends", principle_in_phase("loose_ends", phase)
        if (intent in ("data_export", "credentials_handover") or intent == "after_end_request" and client is not None
                and cues.names_provider(own, client.get("new_provider") or "")) \
                and phase == "ended" and cues.asks_how_it_was_set_up(own):
            # "BrightPath asked how we had the backup jobs scheduled and what retention we used": how it was set up,
            # the kind no, not their data ("BrightPath keep emailing our techs asking how ...": the provider's question)
            intent, principle, facts["situation"] = "provider_config_question", principle_in_phase("provider_config_question", phase), ""
        if intent == "provider_config_question" and staff_cues.asks_handover_contents(own) and not pasted:
            # "a note to BrightPath IT summarising the Globex handover": what the handover covered, to the provider
            intent, principle = "provider_handover", principle_in_phase("provider_handover", phase)
        if intent in ("support_request", "after_end_request") and phase in OFFBOARDING and not facts["situation"] and pasted \
                and cues.CREDENTIAL_WORDS.search(pasted) and not cues.mentions_a_reset(pasted) and not cues.asks_for_a_fix(pasted):
            # "Castle Tech emailed asking for 'all the Hooli passwords in a spreadsheet'": theirs, handed over safely
            # ("outlook keeps asking for the password ... can someone have a quick look??" is a fault, not a handover)
            intent, principle = "credentials_handover", principle_in_phase("credentials_handover", phase)
        if phase == "transition" and not facts["situation"] and (
                # "a Slack post for the Hooli channel nudging them about handover timing": nobody is upset
                intent == "angry_client" and not pasted and not cues.sounds_angry(own) and not staff_cues.client_asked(own)
                and cues.speaks_of_the_handover_timing(own)
                # "call Hooli to check they've got Castle Tech lined up and plan the data handover": not the close-out
                or intent == "loose_ends" and staff_cues.plans_the_handover(own)):
            # the handover ahead, with its dates
            intent = "provider_handover" if client.get("new_provider") else "no_new_provider"
            principle = principle_in_phase(intent, phase)
        if intent in ("support_request", "no_new_provider", "after_end_request") and phase in OFFBOARDING and not facts["situation"] \
                and (staff_cues.gives_them_their_data(own) or staff_cues.says_we_still_hold_theirs(own)) \
                and not (intent == "no_new_provider" and cues.urges_email_setup(own)):   # (both: the safe landing)
            # "a voicemail ... we want to set up getting them their data": the data handover, not a ticket
            intent, principle = "data_export", principle_in_phase("data_export", phase)
        if intent == "support_request" and phase == "transition" and not facts["situation"] and not facts["client_asked"] \
                and not pasted and facts["wants_script"] and not staff_cues.asks_about_new_work(own) \
                and not facts["holds_back"] and not facts["unsafe_move"]:
            # Words for a client who asked us nothing ("remind them tickets are handled as normal"): that they are
            # supported as ever, not "of course, we'll take care of this" to a request never made; a reminder about
            # the cutover itself is the last day, with what happens before it.
            cutover = cues.speaks_of_the_cutover(own)
            # ("telling her what she'll get from us before we finish": the last day, with what is handed over before it)
            facts["situation"] = "last_day" if cutover or facts["handover_contents"] else "still_supported"
            facts["handover_contents"] = facts["handover_contents"] or bool(cutover)
        if facts["situation"] == "our_access" and phase in OFFBOARDING and staff_cues.asks_for_words(own):
            # Words for the client about our access coming off: the close-out letter, not our yes-or-no.
            facts["situation"], intent, principle = "", "loose_ends", principle_in_phase("loose_ends", phase)
            facts["wants_script"] = True
        if intent == "loose_ends" and phase == "ended" and staff_cues.says_closed_out(own) \
                and facts["situation"] in ("", "final_invoice") and staff_cues.asks_for_words(own):
            # "closing email: our access removed, final invoice attached": the close-out told as done
            facts["situation"], facts["invoice_attached"] = "closed_out", staff_cues.invoice_attached(own)
            # (a letter saying our access is gone, where the tracker still has it open: checked before it goes)
            facts["access_unticked"] = render.in_a_list([item.key for item in view.items if item.key in REMOVAL_KEYS
                                                         and item.state == "open"]) if view is not None else ""
            facts["removed_items"] = render.in_a_list(staff_cues.access_removed(own))   # only what they named, on their day
            removed_on = cues.relative_day(own, client_today(client, self.config.timezone), past=True) \
                or next(iter(cues.days_named(own, client_today(client, self.config.timezone))), None)
            facts["removed_on"] = render.long_date(removed_on) if removed_on else ""
        if facts["unsafe_move"] in ("suspend", "withhold", "lock_out") and staff_cues.owes_money(own) \
                and staff_cues.asks_for_words(own):
            # "pause their backups until they pay, write the email": no, and the reminder that is fair to send instead
            facts["situation"], facts["final_invoice"] = "final_invoice", "chase_open"
        facts["apologises"] = staff_cues.asks_to_apologise(own)
        facts["words_asked"] = staff_cues.asks_for_words(own)   # ("... refunded? Draft a reply.": the answer, written)
        facts["renew_asked"] = cues.about_licences(text) and cues.asks_us_to_renew(text)   # "renew our antivirus once more?"
        facts["staff_upset"] = staff_cues.describes_upset(own)   # ("Priya's really upset, Acme's owner cried")
        facts["no_reason"] = staff_cues.leaves_reason_out(own)   # ("nothing about the reason"): none said in the words
        facts["plain"] = staff_cues.wants_plain_english(own)   # ("short sentences, no IT words"): plain words only
        facts["cover_story"] = staff_cues.proposes_cover_story(own) or bool(   # ("is 'we're restructuring' OK to tell them?")
            cues.reason_proposed(own) and facts.get("guess_wrong") and staff_cues.puts_up_a_move(own))   # ("can I just tell
        # Acme it's because we're stretched thin?" when the record says late payment: a softer story, not the reason)
        facts["talk_asked"] = staff_cues.asks_to_talk_it_over(own)   # (a call to plan the handover, only when one is asked)
        facts["provider_present"] = facts["script_format"][0] in ("meeting", "spoken") and bool(facts["new_provider"]) \
            and cues.provider_attends(own, facts["new_provider"])
        rendered = render.render_staff(intent, principle, facts, seed=text)
        reply = Reply(text=rendered.text, title=rendered.title, coaching=rendered.coaching,
                      script=rendered.script, principle=principle, audience=STAFF, facts=facts)
        return Decision(REPLY, intent, principle, route.confidence, reply,
                        client=client["name"] if client else None, phase=phase,
                        feedback_enabled=principle is not None)

    def _versions(self, text: str, client: dict | None, specs: tuple[str, ...], sender: str) -> Decision:
        """Two versions asked for ("one warm, one a two-liner"): each written as if asked alone, under one
        piece of advice; the request as a whole when either has no script."""
        answers = [self._staff_answer(staff_cues.as_one_version(text, spec), client, sender=sender) for spec in specs]
        if any(answer.reply is None or not answer.reply.script for answer in answers):
            return self._staff_answer(text, client, sender=sender)
        reply = _scripts_together(answers, [f"Version {number} ({spec})" for number, spec in enumerate(specs, 1)])
        return replace(answers[0], reply=reply)

    def _numbered(self, text: str, client: dict, parts: tuple[str, ...], sender: str) -> Decision:
        """Requests numbered in one message ("(1) a one-line msg for their channel, (2) a note to Tom ..."): each
        answered as if asked alone, under the first one's advice; the request as a whole when any has no script."""
        answers = [self._staff_answer(part, client, sender=sender) for part in parts]
        if any(answer.reply is None or not answer.reply.script for answer in answers):
            return self._staff_answer(text, client, sender=sender)
        return replace(answers[0], reply=_scripts_together(answers, [f"Part {number}" for number in range(1, len(parts) + 1)]))

    def _closure_answer(self, asked: str) -> Decision:
        """Our office closure, as configured, for a colleague who asks about it: each day they name said to fall
        in it or not, and time off left to their manager (no leave rules are on record)."""
        facts = render.facts_for(None, company=self.config.company, signer=self.config.signer,
                                 payment_terms=self.config.payment_terms, closed=self.config.office_closed)
        text = f"Our office is closed from {facts['closed_from']} to {facts['closed_until']}, and we're back on {facts['reopens']}."
        first, last = self.config.office_closed
        for day in cues.days_named(asked, client_today({}, self.config.timezone), bare_ordinals=True)[:3]:
            text += f" {render.long_date(day)} " + ("falls in the closure." if first <= day <= last else
                                                     "is outside the closure.")
        if staff_cues.asks_if_time_off_approved(asked):
            # ("did my PTO get approved?"): a record this bot never holds, said plainly and first
            text = "I don't hold leave requests or approvals, so I can't tell whether yours was approved: your manager " \
                f"can. For planning: {text[0].lower()}{text[1:]}"
        elif staff_cues.asks_us_to_book_leave(asked):
            # ("Can you book me off Tue 22 and Wed 23 Dec?"): not something this bot can do, said first
            text = "I can't book leave: I don't hold leave requests, so please ask your manager, who approves time off. " \
                f"For planning: {text[0].lower()}{text[1:]}"
        elif staff_cues.asks_about_time_off(asked):
            text += " Booking and approving time off isn't something I hold: no leave rules are on record here, so ask your manager or HR."
        return Decision(REPLY, ROSTER_INTENT, None, 1.0, Reply(text=f"{ROSTER_TITLE}\n\n{text}", audience=STAFF))

    def _offboardings_asked(self, text: str) -> list[dict]:
        """The clients we're parting with, or only those still in their notice (or only those gone) when that is asked."""
        clients = self.clients.in_offboarding()
        owner = staff_cues.whose_offboardings(text, self.clients.owner_first_names())
        if owner:   # ("a handover note covering her offboarding accounts", Priya's): the ones she owns
            clients = [each for each in clients if (each.get("account_owner") or "").split(" ")[0] == owner] or clients
        in_notice = [each for each in clients if each["phase"] == "transition"]
        ended = [each for each in clients if each["phase"] == "ended"]
        if ended and staff_cues.only_those_ended(text):
            return ended
        return in_notice if in_notice and staff_cues.only_those_in_notice(text) else clients

    def _provider_mix_up_noted(self, decision: Decision, text: str, client: dict | None) -> Decision:
        """The answer with a correction first when the text brings another client's new provider into this client's
        handover ("cc BrightPath on the Hooli thread", when BrightPath is Globex's)."""
        other = others_provider(text, client, self.clients) if client and decision.reply is not None else None
        if not other:
            return decision
        note = provider_mix_up_note(client, other)
        return replace(decision, reply=replace(decision.reply, text=f"{note}\n\n{decision.reply.text}"))

    def _team_roundup(self, text: str, clients: list[dict]) -> Decision:
        """One post for our team about several clients named at once: a line each from the record, then how to
        treat them, within the word limit staff set (the closing advice goes first when it runs over)."""
        clients = [client for client in clients if client["phase"] in OFFBOARDING][:MAX_EACH] or clients[:MAX_EACH]
        each = [render.facts_for(client, company=self.config.company, signer=self.config.signer,
                                 payment_terms=self.config.payment_terms,
                                 today=client_today(client, self.config.timezone), closed=self.config.office_closed)
                for client in clients]
        closed = self.config.office_closed
        owner = staff_cues.whose_offboardings(text, self.clients.owner_first_names())   # ("... her accounts", Priya's)
        # ("an #all-hands post about the Christmas closure that also flags the offboarding end dates": the closure first)
        closure = (render.long_date(closed[0]), render.long_date(closed[1])) if closed and cues.mentions_our_closure(text) else None
        def roundup(compact: bool) -> list[str]:
            return render.render_file("situations/team_roundup.j2", clients=each, closure=closure, compact=compact,
                                      call_line=staff_cues.asks_for_a_call_line(text),
                                      # ("any requests from them go to Tom or Priya": whose each client is, said)
                                      owners_asked=staff_cues.names_a_colleague(text, self.clients.owner_first_names()),
                                      to_colleague=staff_cues.colleague_named(text, self.clients.owner_first_names()),
                                      owner_away=owner if owner and cues.is_away(text, owner) else "",
                                      any_transition=any(facts["transition"] for facts in each),
                                      any_ended=any(facts["ended"] for facts in each),
                                      any_ended_provider=any(facts["ended"] and facts["new_provider"] for facts in each),
                                      ours_kept=render.in_a_list(staff_cues.access_named(text))
                                      if staff_cues.asks_hands_off(text) and any(facts["transition"] for facts in each) else ""
                                      ).splitlines()
        lines = roundup(compact=False)
        unit, most = staff_cues.length_limit(text)
        if unit == "words" and len(" ".join(lines).split()) > most:
            lines = roundup(compact=True)   # ("under 100 words": each line and the advice said shortly, before any goes)
        # (the headings that say which clients are still supported and which have ended stay with their lists, said
        # briefly when the words run short: an ended client must never read as still supported)
        headings = ("Still supported until their last day", "Support ended")
        # (a line for the phone, when asked for, is what the words are for: it stays with the clients' lines)
        advice = [i for i, line in enumerate(lines) if i and not line.startswith(("- ", *headings, "If one of them rings"))]
        while unit == "words" and advice and len(" ".join(lines).split()) > most:
            del lines[advice.pop()]   # (the advice around the list, last first: the clients' own lines stay)
        if unit == "words" and len(" ".join(lines).split()) > most:
            short = {headings[0]: f"{headings[0]}, nothing of theirs switched off early:", headings[1]: f"{headings[1]}:"}
            lines = [next((short[each] for each in headings if line.startswith(each)), line) for line in lines]
        most_lines = staff_cues.points_asked(text)[0]   # ("3 lines max": the clients' lines first, then the advice)
        while most_lines and advice and len(lines) > most_lines:
            del lines[advice.pop()]
        while most_lines and sum(line.startswith("- ") for line in lines) > most_lines:
            # ("3 bullets ... on where every offboarding stands", four clients): a group's clients share a bullet, the
            # ended ones first
            runs = [i for i, line in enumerate(lines) if line.startswith("- ") and i + 1 < len(lines) and lines[i + 1].startswith("- ")]
            if not runs:
                break
            at = runs[-1]
            lines[at:at + 2] = [f"{lines[at]} {lines[at + 1].removeprefix('- ')}"]
        if most_lines and len(lines) > most_lines and len(lines) > 1 and lines[0].endswith(":") and lines[1].startswith("- "):
            # ("a 2-line note to Priya on where Acme and Vandelay stand"): the greeting leads into the first client's line
            lines = [f"{lines[0]} {lines[1].removeprefix('- ')}", *(line.removeprefix("- ") for line in lines[2:])]
        # ("a one-paragraph summary for Monday's meeting": the same, as one paragraph; a line that led into a heading
        # rather than a list ends as a sentence, not "parting with: Still supported ...: handle ...")
        post = " ".join(line[:-1] + "." if line.endswith(":") and not following.startswith("- ") else line.removeprefix("- ")
                        for line, following in zip(lines, [*lines[1:], ""])) \
            if staff_cues.script_format(text)[0] == "paragraph" else "\n".join(lines)
        return Decision(REPLY, "announce_decision", "honest", 1.0,
                        Reply(text=f"{TEAM_NOTE_LABEL}\n{post}", audience=STAFF, script=post))

    def _for_each(self, text: str, clients: list[dict], sender: str) -> Decision | None:
        """Words for each of several clients named ("separate short email for each"): each client's own script, with
        its facts, under the advice; None when any of them has no script (then the question is asked as usual)."""
        answers = [self._staff_answer(text, client, sender=sender) for client in clients[:MAX_EACH]]
        if not answers or any(answer.reply is None or not answer.reply.script for answer in answers):
            return None
        # (the advice's lines on one client's record go: each script carries its own client's facts)
        reply = _scripts_together(answers, [f"For {client['name']}" for client in clients],
                                  leave_out=("On record:", "To complete the record:"))
        return replace(answers[0], client=None, reply=reply)

    def _reversal_answer(self, client: dict) -> Decision:
        """A colleague says we've changed our minds about a client in notice: nothing goes to the client until whoever
        decided confirms it and the record says so (the record, and the principle, still say it ends)."""
        name, owner = client["name"], client.get("account_owner") or ""
        end = render.long_date(date.fromisoformat(client["end_date"])) if client.get("end_date") else "the last day on record"
        who = f"{owner}, who owns the account, and whoever made the decision" if owner else "whoever made the decision"
        told = ", and they were told so" if client.get("notice_date") else ""
        text = (f"{render.PRINCIPLE_TITLES['decisive']}\n\nBefore anything goes to {name}: the record still says their support "
                f"ends on {end}{told}. Reopening a decision once it's made, after an apology or a payment, "
                f"teaches a client where the limit really is, and the reason for ending rarely goes away with one payment. "
                f"Check the reversal with {who}. If it really stands, cancel the offboarding first "
                f"(`offboard cancel \"{name}\"`), then ask me again for the words; until then, nothing is sent to them.")
        return Decision(REPLY, "second_chance", "decisive", 1.0, Reply(text=text, audience=STAFF),
                        client=name, phase=client["phase"])

    def _checklist_item_answer(self, client: dict, key: str) -> Decision:
        """Whether a handover item happened (the sign-off, their data delivered, ...), as the client's checklist
        records it: never assumed either way."""
        view = self.checklists.view(client)
        item = next((each for each in (view.items if view else ()) if each.key == key), None)
        name, owner = client["name"], client.get("account_owner") or ""
        what = _ITEM_CLAIMS.get(key, "it happened").format(name=name)
        if item is not None and item.state == "done":
            when = f" on {render.long_date(item.changed_at.date())}" if item.changed_at else ""
            by = f" by {item.changed_by}" if item.changed_by else ""
            text = f"Yes: the {key} item on {render.possessive(name)} handover checklist was ticked{by}{when}." + \
                   (f" Note: {item.note}" if item.note else "")
        elif view is None:   # (an ex-client whose support ended before checklists were kept)
            ask = f"ask {owner}, who owns the account" if owner else "ask whoever led the handover"
            text = f"Not on record: {name} has no handover checklist, so nothing says {what}. Before telling anyone, {ask}."
        else:
            ask = f"ask {owner}, who owns the account, " if owner else "ask whoever led the handover "
            text = (f"Not on record: {render.possessive(name)} handover checklist still has {key} open, so "
                    f"nothing says {what}. Before treating it as done or telling anyone, {ask}and once it's confirmed, "
                    f"tick it: `offboard check \"{name}\" {key} done`.")
        return Decision(REPLY, ROSTER_INTENT, None, 1.0, Reply(text=f"{ROSTER_TITLE}\n\n{text}", audience=STAFF),
                        client=name, phase=client["phase"])

    def _names_a_later_day(self, text: str, client: dict) -> bool:
        """A day named that falls after the client's last day ("finish on 8 January instead", or "at the end of
        December" for a client ending on the 21st): more time, not an early finish. ("End of <month>" is read here for
        December only; days_named itself should read it for any month.)"""
        if not client.get("end_date"):
            return False
        end, today = date.fromisoformat(client["end_date"]), client_today(client, self.config.timezone)
        named = cues.days_named(text, today)
        return any(day > end for day in [*named, *cues.month_ends_named(text, today)])

    def _stated_last_day(self, text: str, client: dict | None) -> str:
        """A day a client puts forward as our last one when it is not ("my manager thinks it's Dec 31")."""
        if not client or not client.get("end_date"):
            return ""
        end, today = date.fromisoformat(client["end_date"]), client_today(client, self.config.timezone)
        if not cues.asks_end_date(text) and not cues.misstated_last_day(text, end, today):
            return ""   # ("just confirming our support runs through the 31st" states it without asking)
        # ("renew our antivirus licences that run out on the 28th, and what's the last day?": that day is the licences')
        text = cues.without_other_deadlines(text)   # ("we close for holidays on the 23rd": their day, not a guess)
        named = cues.days_named(text, today, bare_ordinals=True)   # ("When is our last day exactly? Friday the 18th?")
        # (a bare "the 4th" is the last day when that falls on a 4th, whatever month the next 4th is in: "the 4th or
        # the 31st?" is told "not the 31st")
        bare = set(named) - set(cues.days_named(text, today))
        notice = date.fromisoformat(client["notice_date"]) if client.get("notice_date") else None
        # ("We acknowledge receipt of your notice of 20 November": the notice's day, named as that, is no guess)
        others = [day for day in named if day != end and not (day in bare and day.day == end.day)
                  and not (day == notice and cues.mentions_notice(text))]
        return render.long_date(others[0]).rsplit(" ", 1)[0] if others and (end not in named or len(named) > 1) else ""

    def _later_day_asked(self, text: str, client: dict | None) -> str:
        """The day more time is asked until ("push their end date to Monday 11 January 2027"), in full; "" for none."""
        if not client or not client.get("end_date") or not cues.asks_for_more_time(text):
            return ""
        end, today = date.fromisoformat(client["end_date"]), client_today(client, self.config.timezone)
        later = [day for day in cues.days_named(text, today) if day > end]
        if later:
            return render.long_date(later[0])
        month = cues.month_asked(text, today)   # ("push it to February": the month, never a day made up in it)
        return month[0] if month and month[1] > end else ""

    def _date_checked(self, decision: Decision, text: str, client: dict | None) -> Decision:
        """A last day stated that is not the one on record ("remind Globex their last day is Dec 21") is
        corrected first, and a handover day named inside our closure ("the cutover on Tuesday 29 December. Works?")
        is said not to work; the words that follow use the record's."""
        if client is None or not client.get("end_date") or decision.reply is None:
            return decision
        end = date.fromisoformat(client["end_date"])
        # (an earlier day put up for a yes or no, "ok if we call Friday the last day?", is answered by the no itself)
        # ("We're closed Thursday 24 December to Friday 1 January and Hooli's last day is right after": our closure, no
        # last day misstated)
        stated = None if self._early_end_put_up(text, client) else \
            cues.misstated_last_day(cues.without_closure_said(text), end, client_today(client, self.config.timezone))
        said = cues.without_closure_said(text)   # ("closed Thu 24 Dec to Fri 1 Jan": the closure, no day proposed)
        closed_day = (self._day_in_closure(staff_cues.unquoted(said), client) or self._day_in_closure(said, client)) \
            if client["phase"] == "transition" and not cues.asks_for_more_time(text) \
            and (cues.speaks_of_the_handover(text) or staff_cues.asks_to_talk_it_over(text)
                                                     or cues.speaks_of_a_start(text)) else None
        if stated is not None:
            on_record = f"support for {client['name']} ended on" if client["phase"] == "ended" else \
                f"{render.possessive(client['name'])} last day of support is"
            note = f"Check the date: on record, {on_record} {render.long_date(end)}, not {render.long_date(stated)}."
        elif closed_day is not None:
            # "the cutover on Tuesday 29 December. Works?": not while we're shut; a day before it, or the day we're back
            first, last = self.config.office_closed
            note = f"Not that day: {render.long_date(closed_day)} falls while our office is closed ({render.long_date(first)} " \
                   f"to {render.long_date(last)}). Suggest a day before we close, by {render.long_date(first - timedelta(days=1))}" \
                   f"{', or the last day of support, ' + render.long_date(end) if end > last else ''}."
        else:
            return decision
        if decision.intent == "unrelated_staff":
            # ("Is the office open on the 28th? Hooli want a call then.": the note is the whole answer, with no word
            # that the question is outside what the bot answers)
            return replace(decision, reply=replace(decision.reply, text=note, coaching=note))
        return replace(decision, reply=replace(decision.reply, text=f"{note}\n\n{decision.reply.text}",
                                               coaching=f"{note}\n\n{decision.reply.coaching}".strip()))

    @staticmethod
    def _both(looked_up: Decision, answered: Decision) -> Decision:
        """The fact from the record first, then the answer with the words asked for."""
        if answered.reply is None or answered.action != REPLY or answered.intent == "unrelated_staff":
            return looked_up   # (nothing to add: "their CFO sounded weird on the phone" asks nothing of ours)
        fact = looked_up.reply.text.removeprefix(ROSTER_TITLE).strip()
        reply = replace(answered.reply, text=f"{fact}\n\n{answered.reply.text}",
                        coaching=f"{fact}\n\n{answered.reply.coaching}".strip())
        return replace(answered, reply=reply)

    def _roster_answer(self, question: RosterQuestion, text: str, clients: list[dict]) -> Decision:
        lookup = self.roster.answer(question, text, clients)
        one = self.clients.find(lookup.clients[0]) if len(lookup.clients) == 1 and not question.many else None
        decision = Decision(REPLY, ROSTER_INTENT, None, 1.0, Reply(text=lookup.text, audience=STAFF),
                            client=one["name"] if one else None, phase=one["phase"] if one else None)
        if lookup.ask_which:
            self._offer_clients(decision, ())
        return decision

    def _open_items(self, client: dict) -> list[str]:
        """What is still open on the client's handover checklist, with when each is due, for a status note."""
        view = self.checklists.view(client) if client["phase"] in OFFBOARDING else None
        if view is None:
            return []
        today = client_today(client, self.config.timezone)
        # (after the end, an item nobody ticked may well be done: its day, not "overdue", which reads as alarm)
        late = ", overdue" if client["phase"] != "ended" else ""
        return [f"{item.title} ({'aim' if item.after_end else 'due'} {short_date(item.due, today)}"
                f"{late if item.overdue else ''})" if item.due
                else item.title for item in view.items if item.state == "open"]

    def _checklist_answer(self, client: dict | None) -> str:
        """Asked for the handover checklist: the client's own, else the one every client gets."""
        view = self.checklists.view(client) if client is not None and client["phase"] in OFFBOARDING else None
        if view is not None:
            listed = checklist_text(view, self.config, client_today(client, self.config.timezone))
            if client["phase"] == "ended" and not view.done and view.counted:
                # (an untouched tracker after the end says nobody ticked it, not that nothing was handed over)
                who = client.get("account_owner") or "whoever ran the handover"
                return (f"Nothing is ticked in the tracker for {client['name']}: that may only mean nobody recorded it, so "
                        f"check with {who} what was actually handed over before acting on it.\n{listed}")
            return listed
        items, _, _ = self.checklists.template.load()
        return template_text(items) if items else ""

    def _staff_intent(self, text: str, route: Route, client: dict | None, own: str, pasted: str) -> str:
        """The intent as routed, answered with the wording the reply policy gives it in this phase (own: the
        colleague's own words, without `pasted`, a client's message they pasted in to answer)."""
        phase = client["phase"] if client else None
        if staff_cues.asks_about_a_ticket(own) and not staff_cues.asks_to_write(own):
            return "unrelated_staff"   # "what was the ticket number for the Globex printer problem?": the help desk's
        if phase is None and staff_cues.under_strain(own) and not staff_cues.speaks_of_ending(own):
            return "unrelated_staff"   # their own workload or job: a kind word and who to talk to
        if phase in OFFBOARDING and route.intent == "announce_decision" and staff_cues.fears_blaming(own) \
                and staff_cues.tells_them_why(own):
            return "explain_reason"   # "how do I tell the dentists why ... without it sounding like we're shaming them?"
        if phase is None and staff_cues.asks_spite_or_hygiene(text) and not cues.holds_back(text):
            return "loose_ends"   # "what's the difference between 'removing our access' and 'spite'?" (its words quoted)
        if phase is None and staff_cues.explains_how_we_part(own):
            return "announce_decision"   # "a paragraph for our new hire explaining how we end client relationships"
        if phase is None and route.intent in ("second_chance", "better_offer", "come_back") \
                and staff_cues.announces_our_decision(own):
            return "announce_decision"   # "we want to drop X, how do I tell them?" is our own news, not their plea
        if phase is None and "notice_period" in cues.practical_asks(own) and route.principle in ("decisive", "honest"):
            return "notice_wording"      # "what notice should we give, generally?": the notice, not a plea or the reason
        if phase == "active" and route.principle is None and staff_cues.asks_whether_to_mention_endings(own):
            return "announce_decision"   # "Initech want a laptop quote. Do I need to mention us cutting clients?": no
        if phase in (None, "active") and (route.principle is None or phase is None and route.intent in REASON_KINDS) \
                and staff_cues.speaks_of_ending(own) and (phase == "active" or staff_cues.asks_to_write(own)) \
                and not (phase == "active" and staff_cues.speaks_of_everyday_work(own)):   # ("a new starter laptop ...")
            # ending a client nothing is decided about, or words to end with one not on record ("draft the
            # goodbye email for Stark Medical"): answered as that, never refused
            return "announce_decision"
        if phase == "ended" and route.doubtful and staff_cues.wants_a_closing_letter(own) and not pasted \
                and not staff_cues.names_the_reason(own):   # ("our closing letter ... explaining why we ended it": why)
            return "loose_ends"   # "a formal closing letter to Vandelay Imports, just to tie things off": the close-out
        if phase == "ended" and route.doubtful and client.get("new_provider") \
                and cues.mentions_new_provider(own, client["new_provider"]) and cues.asks_how_it_was_set_up(own) \
                and not staff_cues.wants_back_in(own):
            return "provider_config_question"   # "BrightPath have asked three times how we had Globex's VPN set up ... polite but final"
        if phase in OFFBOARDING and route.intent in ("second_chance", "better_offer") and staff_cues.describes_anger(own) \
                and not (cues.pleads_to_reconsider(own) or cues.offers_money(own) or staff_cues.relays_an_apology(own)
                         or staff_cues.wants_back_in(own) or cues.asks_for_more_time(own)):
            return "angry_client"   # "the Acme owner is on hold, absolutely livid. bullet points for the call": calm first
        if phase == "transition" and staff_cues.confirms_the_last_day_stays(own) and route.intent not in HOSTILE:
            return "no_new_provider"   # "confirming that their last day of support stays ...": held, with the way to land
        if phase == "transition" and not client.get("new_provider") and cues.urges_email_setup(own) \
                and route.intent in ("data_export", "credentials_handover", "provider_handover"):
            return "no_new_provider"   # "no new IT partner. ... suggesting an email provider and offering their data": the safe landing
        if phase == "transition" and staff_cues.checks_provider_contact(own) \
                and cues.mentions_new_provider(own, client.get("new_provider") or ""):
            return "provider_handover"   # "call Hooli to check they've actually spoken to Castle Tech": the handover's first step
        if phase == "transition" and client.get("new_provider") and staff_cues.provider_must_reach_us(own) \
                and cues.mentions_new_provider(own, client["new_provider"]) and staff_cues.asks_for_words(own):
            return "provider_handover"   # "a text to remind them Castle Tech has to get hold of us before xmas": that day
        if phase == "transition" and route.principle is None and client.get("new_provider") \
                and cues.mentions_new_provider(own, client["new_provider"]) and staff_cues.asks_to_write(own):
            return "provider_handover"   # "Castle Tech just joined the Hooli channel. Write a welcome from me": to them
        if phase in OFFBOARDING and route.principle is None and client.get("account_owner") \
                and cues.is_away(own, client["account_owner"]) and staff_cues.speaks_of_our_letters(own):
            # "Priya's off this week. Can I sign the Acme letters myself?": the client's letters, signed meanwhile
            if phase == "ended":
                return "loose_ends"
            return "provider_handover" if "remind" in own.lower() else "notice_wording"
        if phase in OFFBOARDING and cues.fears_not_worth_it(own) and staff_cues.tells_their_story_of_why(own):
            return "explain_reason"   # "Globex are telling people we dropped them because they were 'too small'": the real reason
        if phase in OFFBOARDING and cues.copies_asked(own) and not cues.sounds_angry(own) \
                and not escalation_cues.threatens_legal(own):
            return "loose_ends"   # "asking for copies of all their invoices from this year": our records of theirs, sent
        if (phase == "ended" or phase == "transition" and cues.asks_about_after_the_end(own)) \
                and staff_cues.wants_out_of_office(own) and not cues.asks_about_holidays(own):
            return "after_end_request"   # "one-sentence auto-reply for mail coming in from vandelay": the kind no
        if staff_cues.wants_out_of_office(own):
            return "support_request"   # the firm's own autoreply over the closure (situation "out_of_office")
        if phase == "ended" and staff_cues.puts_up_free_work(own) and not staff_cues.asks_to_write(own):
            return "after_end_request"   # "give Globex a month of free quick fixes as goodwill?": work after the end, a no
        if phase == "ended" and staff_cues.confirms_it_ended(own) and staff_cues.asks_to_write(own):
            return "after_end_request"   # "a formal letter confirming the date we stopped supporting them": the end, confirmed
        if phase in OFFBOARDING and staff_cues.relays_a_gift(own) and staff_cues.asks_for_thanks(own) \
                and not cues.sarcastic(own):
            return "no_hard_feelings"   # "Hooli's owner sent us a box of mince pies, quick thank-you message?": thanks
        if phase is None and cues.asks_about_holidays(own) and staff_cues.speaks_of_offboardings(own):
            return "support_request"   # "does our closure mess with any of the offboarding dates?": each client's, below
        if phase == "active" and route.intent in HOSTILE and not cues.sounds_angry(own) \
                and (cues.asks_for_a_fix(own) or cues.reports_a_fault(own)):
            return "support_request"   # "someone at Initech posted a printer issue, draft a reply": everyday work
        if phase == "active" and route.principle is None and staff_cues.client_asked_about_ending(own) \
                and (staff_cues.asks_for_words(own) or staff_cues.asks_how_to_reply(own)):
            return "explain_reason"   # "Initech asked 'are we next?' what do I reply? 3 sentences": reassured, not turned away
        if phase == "active" and staff_cues.says_they_stay(own) and staff_cues.asks_for_words(own):
            return "announce_decision"   # "all-staff post: Initech isn't going anywhere": a note that nothing ends
        if phase not in OFFBOARDING:
            return route.intent
        if route.intent not in HOSTILE and cues.threatens_a_review(own) and not pasted and not cues.asks_for_more_time(own) \
                and not cues.answers_in_public(own):
            # "a phone script in case she calls screaming about leaving bad reviews": calm, not the handover
            return "bad_review_threat"
        if phase == "transition" and staff_cues.asks_about_tickets_over_the_break(own) and staff_cues.asks_for_a_reply(own):
            return "support_request"   # "asked if we'll answer tickets over Christmas. Reply ...": support, and our closure
        if phase == "transition" and client.get("new_provider") and not client.get("new_provider_contact") \
                and staff_cues.wants_provider_contact_from_them(own):
            return "provider_handover"   # "a phone script ... to get a Castle Tech contact out of them": that ask, kindly
        if phase == "transition" and route.intent == "cut_off_early" and staff_cues.script_format(own)[0] == "voicemail" \
                and not cues.speaks_of_cut_off(own) and not cues.unsafe_move(own):
            return "provider_handover"   # "voicemail ..., I'll probably hit their machine": the handover's reminder, no cut-off
        if route.principle is None and staff_cues.asks_whats_open(own) and not staff_cues.asks_for_words(own):
            return "loose_ends"   # "where are we at with acme dental": the handover as it stands, its checklist below
        raw = self.router.route(staff_cues.without_own_nerves(text), STAFF, None)
        intent = raw.intent if raw.principle else route.intent
        if intent in REASON_KINDS and staff_cues.writes_to_finance(own) and not cues.asks_why(own):
            intent = "loose_ends"   # "Finance want a note on closing out the money side": their task, not why we ended
        if phase == "ended" and intent in ("second_chance", "come_back", "better_offer", "data_export") and cues.asks_for_a_fix(own):
            intent = "after_end_request"   # "left a shouty voicemail wanting his email fixed": a fix asked, the kind no
        if intent in HOSTILE and route.doubtful and not (staff_cues.describes_upset(own) or cues.sounds_angry(own)
                                                         or cues.sarcastic(own) or cues.unsafe_move(own)
                                                         or cues.laughs(text) and staff_cues.wants_light(own)
                                                         # (the client's own words pasted in: "why you do this to us
                                                         # before the holidays?? ... not fair.")
                                                         or pasted and (cues.blames_the_timing(pasted) or cues.asks_why(pasted)
                                                                        or cues.sounds_angry(pasted))):
            # Read as an angry client in doubt, with nobody upset in the words ("their owner wants to know if Castle
            # Tech can start early, write a reply"; "I'll be leaving a voicemail for Hooli"): words on no particular
            # topic, as below, not "sorry you're upset".
            intent = "provider_handover" if phase == "transition" else "after_end_request"
        # Below, what the words settle applies whatever the router read, everyday work included ("can we
        # slow-walk their tickets?" is about the ending even when the router reads a ticket question).
        if phase == "transition" and (intent in WORK_KINDS or intent == "second_chance" and cues.asks_for_a_fix(own)
                                      and not cues.pleads_to_reconsider(own)) and self._asks_after_the_end(text, client):
            # a question about after the last day, asked before it ("they asked if we can still fix the till after
            # the 4th", read as a plea to stay: a fix asked, for after the end)
            intent = "after_last_day"
        elif phase == "transition" and staff_cues.questions_full_support(text):
            intent = "support_request"  # whether they still get full support: they do, until the last day
        elif phase == "transition" and (cues.provider_takes_over(text, client.get("new_provider") or "")
                                        or cues.provider_starts_early(text, client.get("new_provider") or "")
                                        or cues.writes_to_provider(text, client.get("new_provider") or "")
                                        or cues.mentions_new_provider(text, client.get("new_provider") or "")
                                        and cues.asks_them_to_contact_us(text)):
            # the new provider taking over, or written to: what to tell and send them (their keys: the handover of those)
            intent = "credentials_handover" if cues.credential_items(own) else "provider_handover"
        if (intent in HOSTILE or staff_cues.asks_for_words(text)) and cues.answers_in_public(own):
            return "bad_review_threat"   # an answer posted where others read it: written for the public
        if intent in WORK_KINDS + ("provider_config_question", "notice_wording") and cues.asks_why(own) \
                and staff_cues.asks_to_write(own):
            return "explain_reason"   # "a formal letter demanding to know why we terminated. Draft a reply": the reason
        if pasted:
            # A client's message pasted in to answer is answered as the bot would answer them in this phase:
            # a plea to put the ending on hold gets the kind no, not "of course, we'll take care of this".
            if cues.small_talk_kind(pasted) == "thanks" and cues.sarcastic(pasted) and not cues.makes_a_request(pasted):
                return "angry_client"   # "thanks for the early xmas present guys \U0001F644": hurt, met kindly, never thanked back
            if cues.only_thanks(pasted):
                return "no_hard_feelings"   # their thanks, pasted in to answer: thanked in kind, nothing reopened
            if phase == "transition" and cues.promises_to_change(pasted) and not cues.asks_for_more_time(pasted):
                return "second_chance"   # "We'll pay on time from now on, promise.": thanked, and the decision held
            if phase in OFFBOARDING and (cues.is_guessing(pasted) or cues.asks_why(pasted)) and cues.guessed_reasons(pasted) \
                    and not (cues.pleads_to_reconsider(pasted) or cues.asks_for_more_time(pasted)
                             or cues.sounds_angry(pasted) and not cues.is_guessing(pasted)):
                # "we think this is about our complaint in the summer, not the invoices. Be straight with us.": the reason
                # (a guess said crossly, "this is really because Dr H complained. That's petty.", is corrected all the same)
                return "explain_reason"
            if phase == "transition" and cues.provider_named(pasted) and not cues.sounds_angry(pasted):
                return "provider_handover"   # "we've gone with DentaTech IT": the handover to them, whoever they ring
            if phase == "transition" and cues.asks_what_we_need(pasted) and not cues.asks_for_more_time(pasted):
                return "provider_handover"   # "just tell me what I have to do": the handover's steps
            if phase in OFFBOARDING and (cues.blames_the_timing(pasted) or cues.sarcastic(pasted)) and cues.sounds_sour(pasted):
                return "angry_client"   # "dumping a small bakery right before Christmas. Classy.": hurt, answered kindly
            if self._asks_about_a_closed_day(pasted, client):
                return "support_request"   # "will u still be answering on tues 29th dec?": a day in our closure, said so
            if phase == "transition" and returns_later(pasted):
                return "come_back"   # "can we come back to you in spring at our old rate?": the kind no, now
            if phase == "ended" and staff_cues.wants_back_in(pasted) and not cues.sounds_angry(pasted):
                return "come_back"   # "Is there any way back? We'll sign whatever you want.": the kind no
            if phase == "ended" and (cues.asks_how_it_was_set_up(pasted) or cues.asks_about_a_setting(pasted)) \
                    and not cues.credential_items(pasted):
                # "how was the site-to-site VPN set up?", "what the DNS TTL was set to": the kind no, and what is theirs
                return "provider_config_question"
            if phase == "ended" and cues.asks_us_to_take_ours_off(pasted):
                return "loose_ends"   # "ur remote tool is still on my laptop ... can u remove": ours, taken off
            if phase == "ended" and (cues.asks_for_a_fix(pasted) or cues.reports_a_fault(pasted)) \
                    and not cues.asks_for_what_is_theirs(pasted):
                return "after_end_request"   # a fix demanded, however angrily: the kind no, and who helps them now
            theirs = self._client_part(pasted, phase)
            if theirs.principle is not None and theirs.intent in INTENTS and not theirs.doubt \
                    and theirs.confidence >= self.config.confidence_threshold:
                # (once support has ended, their request is answered as one after the end: the kind no)
                # (and before it, a fix read as after the end is everyday support: "can u still fix our card reader today
                # or are u guys done with us already?")
                return theirs_kept(intent_for_phase(theirs.intent, phase), pasted) if phase == "ended" else \
                    intent_for_phase(theirs.intent, phase)
        if phase == "transition" and intent in ("provider_handover", "credentials_handover") and staff_cues.asks_to_write(own) \
                and cues.writes_to_provider(text, client.get("new_provider") or ""):
            return intent   # words for the new provider are theirs, whatever else the request mentions (the holidays)
        if phase == "transition" and client.get("new_provider") and cues.not_heard_from(own, client["new_provider"]) \
                and (staff_cues.asks_to_write(own) or staff_cues.script_format(own)[0]):
            return "provider_handover"   # "SMS reminding them we still haven't heard from Castle Tech": the nudge
        if phase == "transition" and situation(own, True, phase) == "handover_steps" and not pasted:
            return "provider_handover" if client.get("new_provider") else "no_new_provider"   # the steps, whatever the tone
        if phase == "transition" and (intent in ("support_request", "unrelated_staff", "announce_decision") or intent == "cut_off_early"
                                      and not cues.speaks_of_cut_off(own) and not cues.unsafe_move(own)
                                      and not staff_cues.says_support_goes_on(own)) \
                and staff_cues.reminds_of_the_end(own) and (staff_cues.asks_to_write(own) or staff_cues.script_format(own)[0]) \
                and not pasted:
            # "an email to Acme reminding them of the wind-down": the last day and the handover still to do, not a ticket
            # ("an SMS reminding them we stop supporting them Monday": notice went already, so a reminder, not news)
            return "provider_handover" if client.get("new_provider") else "no_new_provider"
        if phase == "transition" and staff_cues.nudges_on_the_handover(own) and not pasted \
                and (staff_cues.asks_to_write(own) or staff_cues.script_format(own)[0] or staff_cues.points_asked(own)):
            # "sms to acme, nudge them to pick a new IT company, friendly not naggy": the handover's reminder
            return "provider_handover" if client.get("new_provider") else "no_new_provider"
        if phase == "transition" and intent in ("support_request", "after_end_request", "second_chance") and not pasted \
                and staff_cues.script_format(own)[0] in ("voicemail", "spoken") and not (
                    staff_cues.client_rang(own) or staff_cues.returns_a_call(own) or staff_cues.describes_upset(own)
                    or cues.acknowledgements(own) or cues.asks_to_reverse(own) or cues.pleads_to_reconsider(own)
                    or cues.reports_a_fault(own) or cues.asks_about_holidays(own) or staff_cues.fears_going_under(own)
                    or cues.pleads(own) or staff_cues.asks_to_talk_it_over(own) or staff_cues.expects_a_fight(own)
                    # ("tell them, again, that we're not changing our minds"): the decision is the call's subject
                    or intent == "second_chance" and staff_cues.names_the_ending(own)):
            # ("Voicemail script for the bakery in case nobody picks up", "phone script ... to check they've got everything
            # they need for the move"): a call of ours to a client in notice, about the handover
            return "provider_handover" if client.get("new_provider") else "no_new_provider"
        if phase == "transition" and intent == "provider_handover" and cues.asks_them_to_contact_us(own) \
                and (staff_cues.asks_to_write(own) or staff_cues.script_format(own)[0]):
            return intent   # words asking for the new provider to call us, whatever else they mention (the closure)
        if phase == "transition" and staff_cues.asks_contact_details(own) \
                and cues.mentions_new_provider(own, client.get("new_provider") or "") and not cues.credential_items(own) \
                and (staff_cues.asks_to_write(own) or staff_cues.script_format(own)[0]):
            return "provider_handover"   # "Email to Hooli asking for Castle Tech's contact details": the handover's first step
        if phase == "transition" and intent in REASON_KINDS and staff_cues.leaves_reason_out(own) and not pasted:
            # ("a voicemail ... about the Castle Tech handover. DON'T put the reason in"): the reason named only to be
            # left out; the words are about the handover
            return "provider_handover" if client.get("new_provider") else "no_new_provider"
        settled = next((kind for phases, cue, kind in SETTLED_BY_CUE if phase in phases and cue(text)), None)
        if settled:
            return settled
        if phase == "transition" and not pasted and "?" in own and client.get("new_provider") \
                and cues.mentions_new_provider(own, client["new_provider"]) and self._day_in_closure(own, client) \
                and not cues.pleads_to_reconsider(own):
            return "provider_handover"   # "If Castle Tech only calls us on Tuesday 29 December what happens? we're shut"
        if phase == "transition" and route.principle is None and cues.asks_for_more_time(own) \
                and not cues.asks_about_holidays(own):
            return "second_chance"   # "can we push Acme's last day into February?": more time, a kind no
        if INTENTS.get(intent) and INTENTS[intent].principle not in ("helpful", "done") \
                and cues.unsafe_move(own) in UNDOING:
            # Deleting, locking out or switching off what is theirs: the handover's question, whatever else
            # the words carry (before the last day, never early; after it, only once they hold control).
            intent = "loose_ends" if phase == "ended" else "cut_off_early"
        elif INTENTS.get(intent) and cues.unsafe_move(staff_cues.unquoted(own)) == "parting_shot":
            intent = "no_hard_feelings"   # a dig at them, however it is worded, is the question of parting well
        elif route.principle is None and intent == route.intent:
            return intent   # everyday work, and nothing in the words says otherwise
        elif intent in INTENTS and INTENTS[intent].principle not in ("helpful", "done") \
                and {"sign_off", "checklist"} & set(cues.practical_asks(text)):
            # The handover's paperwork asked for: answered as the handover (or its close-out), not as the kind
            # some other word suggested.
            intent = "loose_ends" if phase == "ended" else "credentials_handover"
        if phase == "transition" and staff_cues.script_format(own)[0] == "voicemail" and not pasted \
                and (intent == "support_request" and not (cues.reports_a_fault(own) or cues.asks_for_a_fix(own))
                     or intent in ("second_chance", "come_back", "better_offer")
                     and not (cues.pleads(own) or cues.pleads_to_reconsider(own) or cues.asks_for_more_time(own)
                              or cues.offers_money(own) or staff_cues.wants_back_in(own) or staff_cues.relays_an_apology(own))
                     # ("Draft me a voicemail for Acme Dental. Keep it short.": notice went out already; no why asked)
                     or intent in ("notice_wording", "announce_decision") and not staff_cues.names_the_ending(own)):
            # "leave a voicemail for the dental practice, they've not picked up", "Voicemail script for Hooli, I'll leave it
            # this afternoon": the handover's reminder (nobody asked to stay, so nothing to say no to)
            intent = "provider_handover"
        if phase == "transition" and intent == "no_hard_feelings" and (
                staff_cues.about_the_handover(own) or client.get("new_provider") and staff_cues.asks_for_words(own)
                and cues.mentions_new_provider(own, client["new_provider"]) and not staff_cues.asks_for_parting_words(own)):
            # "a slack post for the Hooli channel re the handover w/ Castle Tech? keep it friendly"; "write them an email
            # asking for a contact [at Castle Tech]? Friendly": the handover, said kindly
            intent = "provider_handover"
        if phase == "transition" and intent in ("announce_decision", "no_hard_feelings", "notice_wording") and not pasted \
                and staff_cues.about_the_handover(own) and not staff_cues.names_the_ending(own):
            intent = "provider_handover"   # "bullet points for a call with Acme to walk them through the handover": that
        if phase == "transition" and intent == "loose_ends" and route.doubtful and staff_cues.about_the_handover(own) \
                and not (staff_cues.asks_about_our_access(own) or staff_cues.final_invoice_wording(own)
                         or staff_cues.held_for_them(own) or cues.asks_us_to_take_ours_off(own) or cues.practical_asks(own)):
            intent = "provider_handover"   # "calling Hooli this afternoon about the handover": the handover, not the close-out
        if intent == "cut_off_early" and cues.unsafe_move(own) == "plain_channel" and cues.credential_items(own):
            intent = "credentials_handover"   # "ok to just email Acme their admin passwords?": how theirs are handed over
        if phase == "transition" and intent == "loose_ends" and staff_cues.wants_termination_letter(own) and not pasted:
            intent = "notice_wording"   # "a formal letter confirming the end, the final invoice and next steps": the end first
        if phase == "transition" and intent == "provider_handover" and not client.get("new_provider") \
                and staff_cues.no_provider_yet(own):
            intent = "no_new_provider"   # "voicemail ... they STILL have no new IT firm": the safe landing, and help to find one
        if phase == "transition" and intent == "no_new_provider" and staff_cues.relays_a_data_request(own) \
                and not cues.CREDENTIAL_WORDS.search(own) and staff_cues.asks_to_write(own):
            intent = "data_export"   # "acme asked for 'all our data' but still has no new provider. write the email back"
        if phase == "ended":
            # Once support has ended, the new provider's call is a configuration question and a request is
            # after the end; what the client owns stays a handover, whoever asks for it.
            intent = theirs_kept(intent_for_phase(intent, phase), text)
            if staff_cues.declines_the_work(own) and staff_cues.asks_to_write(own):
                return "after_end_request"   # "tell them we can't help with their licence renewal": the kind no
            if intent == "data_export" and cues.asks_for_a_restore(own) and staff_cues.wants_a_no(own):
                return "after_end_request"   # "asking us to restore a file from an old backup ... say no nicely": work
            if intent == "after_end_request" and (staff_cues.wants_a_closing_letter(own) or staff_cues.sent_after_the_end(own)) \
                    and not pasted:
                intent = "loose_ends"   # "a final 'all wrapped up' email to Globex": the close-out letter, not a decline
            if intent == "loose_ends" and cues.asks_for_what_is_theirs(text) and not cues.CREDENTIAL_WORDS.search(text):
                intent = "data_export"   # their data wanted back is a handover, never our close-out
        return reply_policy.load().wording(intent, phase)

    def _asks_after_the_end(self, text: str, client: dict | None) -> bool:
        """Asks about after the last day, in words ("after the 21st", "once you've gone") or by naming a
        day past it ("can you come in on the 22nd?")."""
        if cues.asks_about_after_the_end(text):
            return True
        if not client or not client.get("end_date"):
            return False
        today = client_today(client, self.config.timezone)
        return cues.names_a_day_after(text, date.fromisoformat(client["end_date"]), today)

    def _staff_client(self, message: IncomingMessage) -> tuple[dict | None, tuple[str, ...]]:
        """The client a staff question is about: the linked conversation's, the one the text names,
        else the one this conversation was about a moment ago. Also the candidates when the text
        could mean several."""
        client = self._client_record(message) or self.clients.for_channel(message.platform, message.conversation_id)
        candidates: tuple[str, ...] = ()
        if client is None:
            own = staff_cues.without_comparisons(message.text)
            # "the letter for Stark Plumbing, end date same as Acme": a client not on record is the subject, and
            # Acme only the model; with no other name, the one compared with is all there is.
            resolution = self.clients.resolve(own if unknown_client(own) else message.text)
            client, candidates = resolution.client, resolution.candidates if resolution.ambiguous else ()
        if client is None and not candidates:
            client = self._remembered(message)
        if client is not None:
            self._remember(message, client["name"])
        return client, candidates

    def _memory_key(self, message: IncomingMessage) -> tuple[str, str, str]:
        return message.platform, message.conversation_id, "" if message.direct else message.thread_id

    def _remembered(self, message: IncomingMessage) -> dict | None:
        minutes = self.config.conversation_memory_minutes
        if not minutes or not message.conversation_id:
            return None
        name = self._safely(self.storage.remembered_client, *self._memory_key(message), minutes * 60)
        return self.clients.find(name) if name else None

    def _remember(self, message: IncomingMessage, name: str) -> None:
        if self.config.conversation_memory_minutes and message.conversation_id:
            self._safely(self.storage.remember_client, *self._memory_key(message), name)

    def _offer_clients(self, decision: Decision, candidates: tuple[str, ...]) -> None:
        """No client known: offer the ones the text might mean, else every client in offboarding."""
        clients = [self.clients.find(name) for name in candidates] if candidates else self.clients.in_offboarding()
        clients = [c for c in clients if c][:MAX_CHOICES]
        if not clients:
            return
        decision.choices = [Choice(_client_label(c), CHOICE_CLIENT, c["name"]) for c in clients]
        decision.choice_prompt = "Which client do you mean?" if candidates else \
            "Which client is this about? Pick one and I'll answer again with their facts."

    # -- choices ----------------------------------------------------------------------
    def _chosen_interaction(self, message: IncomingMessage, interaction_id) -> dict | None:
        try:
            number = int(interaction_id)
            if not 0 < number <= MAX_INTERACTION_ID:  # SQLite's integers stop at 2**63 - 1
                return None
            row = self.storage.interaction(number)
        except (TypeError, ValueError, OverflowError, sqlite3.Error):
            return None
        if row is None:
            return None
        same_place = row["platform"] == message.platform and row["conversation_id"] == message.conversation_id
        return row if same_place and row["audience"] == STAFF else None

    def _choose(self, message: IncomingMessage, original: dict | None, choice: Choice) -> Decision:
        if message.audience != STAFF:
            return Decision(DENY, intent=CHOICE_ACTION, reply=Reply(
                text=STAFF_ONLY.format(company=self.config.company), audience=message.audience))
        if original is None:
            return Decision(DENY, intent=CHOICE_ACTION, reply=Reply(
                text="That choice doesn't belong to a question asked in this conversation, so I can't answer it here."))
        client = self.clients.find(original["client"]) if original.get("client") else None
        intent = None
        if choice.kind == CHOICE_CLIENT:
            # A platform may carry only the beginning of a long name (a Slack option holds 150 characters).
            client = self.clients.find_loosely(choice.value or "")
            if client is None:
                return Decision(DENY, intent=CHOICE_ACTION, reply=Reply(
                    text=f"I no longer know a client called {choice.value!r}. Try `offboard list`."))
        elif choice.kind == CHOICE_INTENT and choice.value in INTENTS:
            intent = choice.value
            if client and client["phase"] in OFFBOARDING:
                intent = reply_policy.load().wording(intent, client["phase"])
        else:
            return Decision(DENY, intent=CHOICE_ACTION, reply=Reply(text="I don't know that choice."))
        if client is not None:
            self._remember(message, client["name"])
        question = roster_question(message.text) if choice.kind == CHOICE_CLIENT else None
        if question is not None and client is not None:
            return self._roster_answer(question, message.text, [client])
        return self._staff_answer(message.text, client, intent, message.sender_name)

    # -- client messages ----------------------------------------------------------------
    def _client_message(self, message: IncomingMessage) -> Decision:
        client = self._client_record(message)
        if client is None:
            return self._handoff(message, None, None, "the conversation is not linked to a known client")
        phase = client["phase"]
        if phase not in OFFBOARDING:
            return self._active_client(message, client)
        muted = self.clients.muted_until(client)
        if muted:
            decision = Decision(HANDOFF, client=client["name"], phase=phase)
            until = "until someone unmutes them" if muted == MUTED_FOREVER else \
                f"until {render.long_date(date.fromisoformat(muted))}"
            decision.staff_notice = self._staff_notice(
                message, decision, f"{client['name']} is muted {until} (`offboard mute`), so I don't reply or "
                f"draft for them", client=client)
            return decision
        if message.files or not message.text.strip():
            return self._client_files(message, client)
        plan = self._client_plan(message.text, client)
        decision = Decision(plan.action, plan.intents[0] if plan.intents else None, plan.principle,
                            plan.confidence, client=client["name"], phase=phase)
        if plan.action == IGNORE:
            return decision  # logged with its kind; nobody is paged, nothing is sent
        reason = plan.reason
        mode = self.drafts.mode_for(client, plan.raw) if plan.action == REPLY else None
        if mode == AUTO and cues.writes_formally(message.text) and set(plan.intents) & {*KNOWN_NO, *REASON_WORDING}:
            # "we formally request that the termination date be extended", "we request a written statement of the
            # reasons": a letter about the agreement is signed by a person, even when the answer is on record
            plan.doubt = FORMAL_LETTER
        if plan.doubt and mode == AUTO:
            mode = APPROVE  # in doubt: never sent automatically, a person approves the draft
        # A person approves each draft, so only replies sent at once count against the window.
        if mode == AUTO and not self.storage.claim_auto_reply(
                message.conversation_id, message.thread_id, self.config.auto_reply_window_seconds):
            decision.action, reason = HANDOFF, "I already auto-replied in this thread a moment ago"
        facts = unless_missing(self._facts(client, message.sender_name, message.text,
                                            plan.intents[0] if plan.intents else ""), plan)
        rendered = render.render_client(plan.intents, facts, seed=message.text) if plan.intents else None
        if decision.action == REPLY and rendered is None:
            decision.action, reason = HANDOFF, "there is no client wording for this kind of message"
        if decision.action == REPLY and mode != AUTO:
            # approve: a person sends it; shadow: a person answers, the draft is for learning.
            note = " ".join(filter(None, [f"Not sent automatically: {plan.doubt}." if plan.doubt else "",
                                          plan.follow_up]))
            # (a formal letter about the agreement is signed by the person who owns the account, in their own voice)
            text = in_owner_voice(rendered.text, client.get("account_owner") or "", self.config.company) \
                if plan.doubt == FORMAL_LETTER else rendered.text
            decision.draft = self.drafts.create(message, client, plan_kind(plan), plan.principle, plan.confidence,
                                                text, mode, note=note)
            decision.action = DRAFT if mode != SHADOW else HANDOFF
            return decision
        if decision.action == REPLY:
            decision.reply = Reply(text=rendered.text, principle=plan.principle, audience=CLIENT)
        draft = self._handoff_draft(plan, facts, message.text, rendered) if decision.action == HANDOFF else ""
        decision.staff_notice = self._staff_notice(message, decision, reason, draft=draft, client=client,
                                                   declined=plan.declined, follow_up=plan.follow_up)
        return decision

    def _active_client(self, message: IncomingMessage, client: dict) -> Decision:
        """Not being offboarded: the normal help desk answers and we stay quiet, unless the reply policy's
        "active" line says a person must hear of it (a legal threat, a client asking whether we are dropping
        them). Then staff are told, with a holding draft; nothing reaches the client from the bot."""
        quiet = Decision(IGNORE, client=client["name"], phase=client["phase"])
        if message.files or not message.text.strip():
            return quiet
        policy = reply_policy.load()
        for kind, found in (*FOR_A_PERSON, ACCOUNT_AT_RISK):
            if found(message.text) and policy.rule(kind, client["phase"]).action == reply_policy.HANDOFF:
                decision = Decision(HANDOFF, kind, POLICY_KIND_PRINCIPLE.get(kind), 1.0, client=client["name"],
                                    phase=client["phase"])
                facts = self._facts(client, message.sender_name, message.text, kind)
                holding = render.render_client("holding", facts, seed=message.text)
                decision.staff_notice = self._staff_notice(
                    message, decision, f"{client['name']} is not being offboarded, but the reply policy hands this "
                    f"to a person ({policy.about[kind]})", draft=holding.text if holding else "", client=client)
                return decision
        return quiet

    def _handoff_draft(self, plan: "Plan", facts: dict, text: str, rendered) -> str:
        """The draft a person starts from when a client's message is handed over: the wording written
        for what was asked when it answers it, else a short honest holding reply (the account owner
        will come back to them), never a template about something else."""
        answers = rendered is not None and not plan.several and not plan.unsure and plan.intents \
            and all(draft_answers(wording, text, facts) for wording in plan.intents) \
            and (not facts["from_provider"] or set(plan.intents) <= WRITTEN_FOR_PROVIDERS
                 # ("How was the VPN set up? We need the pre-shared key too.": the setup declined, the key handed over)
                 or plan.intents == ["provider_config_question", "credentials_handover"])
        if answers and plan.more_asked:
            # The wording answers part of it; the draft says a person takes the rest.
            partial = render.render_client([*plan.intents, "holding_rest"], facts, seed=text)
            return (partial or rendered).text
        if answers:
            return rendered.text
        if rendered is not None and plan.unsure and len(plan.intents) == 1 and plan.intents[0] in SUBJECT_NAMED \
                and draft_answers(plan.intents[0], text, facts) and not facts["from_provider"]:
            # read in doubt, but the message names what this wording speaks of (and a person takes what else it asks)
            rest = render.render_client([*plan.intents, "holding_rest"], facts, seed=text) if plan.several and plan.unread \
                else None
            return (rest or rendered).text
        if rendered is not None and plan.unsure and (plan.intents == ["angry_client"] and (facts["sarcasm_said"] or facts["feels_ignored"])
                                                     or plan.intents == ["bad_review_threat"] and cues.threatens_a_review(text)) \
                and not facts["from_provider"]:
            # A jab read only in doubt ("Oh brilliant ... Classy."), or a threat to go public ("or I post everywhere"):
            # its answer is still the calm one, never a bare "someone will come back to you"
            return rendered.text
        if rendered is not None and plan.unsure and plan.intents == ["no_hard_feelings"] and facts["fond_word"] \
                and not facts["from_provider"]:
            return rendered.text   # ("lol you guys still alive? kinda miss the old days", read in doubt): warmth said back
        if rendered is not None and plan.unsure and plan.intents == ["provider_handover"] and not facts["from_provider"] \
                and _asks_about_the_handover(text, facts):
            return rendered.text   # ("do you need anything from them?", read in doubt: what the handover needs, on record)
        if rendered is not None and plan.unsure and len(plan.intents) == 1 and plan.intents[0] in KNOWN_NO \
                and (cues.pleads(text) or cues.asks_for_more_time(text) or cues.writes_formally(text) or cues.offers_money(text)) \
                and not facts["from_provider"]:   # ("we require the immediate restoration of IT support services")
            # A plea or an offer to pay, read only in doubt: its answer is still the known, kind no, which a
            # person approves; "someone will come back to you" would sound as if it were being weighed.
            return rendered.text
        wordings = plan.intents + [kind for kind in plan.drafted if kind not in plan.intents]
        if plan.several and wordings and not facts["from_provider"] and all(
                wording in ("support_request", "after_end_request")   # (a fault: the help desk, or after the end the kind no)
                or wording == "end_date"   # (the last day, or the day to hear from the new provider: both on record)
                or wording == "no_new_provider" and "contact" in wordings   # ("still no IT company. who do you recommend??")
                or wording == "provider_handover" and _asks_about_the_handover(text, facts)
                or wording in REASON_KINDS and (cues.asks_why(text) or bool(cues.asks_if_cause(text)))   # (why, asked)
                # (money offered to stay, or a plea: the known, kind no, whatever else is asked beside it)
                or wording in KNOWN_NO and (cues.offers_money(text) or cues.pleads_to_reconsider(text))
                or (wording in DRAFT_SUBJECTS and draft_answers(wording, text, facts))
                or plan.situations.get(wording) in ("more_time", "run_past_the_end") for wording in wordings):
            # Several requests, some of them read: the draft answers those whose subject the words name (and
            # passes a fault to the help desk), each as its own request, and says a person takes the rest.
            rest = ["holding_rest"] if plan.unread or plan.more_asked or not plan.situations else []
            wordings = sorted(wordings, key=lambda wording: wording != "end_date")   # the day asked for, said first
            partial = render.render_client([*wordings, *rest], {**facts, "part_situations": plan.situations,
                                                                # (the fix is the kind no's own part, said once)
                                                                "also_fault": facts["also_fault"] and "after_end_request" not in wordings,
                                                                # (a reset asked as its own request is the help desk's part)
                                                                "user_reset_too": facts["user_reset_too"]
                                                                and "support_request" not in wordings},
                                           seed=text)
            if partial is not None:
                return partial.text
        if facts["situation"] in SITUATION_WORDING and (not facts["from_provider"] or facts["situation"] == "our_tools"):
            # Whatever the router made of it, the message says what it is about: a charge, a tool left behind.
            said = render.render_client(SITUATION_WORDING[facts["situation"]], facts, seed=text)
            if said is not None:
                return said.text
        if facts["ended"] and facts["also_fault"] and not facts["from_provider"]:
            # ("... half our emails bounce ... please just sort the email out": after the end, the kind no, with sympathy)
            declined = render.render_client("after_end_request", facts, seed=text)
            if declined is not None:
                return declined.text
        holding = render.render_client("holding", facts, seed=text)
        return holding.text if holding else ""

    def _client_files(self, message: IncomingMessage, client: dict) -> Decision:
        """A client shared a file: a person looks at it before anyone answers. Their words, if any, are
        quoted and a reply to them drafted in the notice; the file is named, never opened."""
        decision = Decision(HANDOFF, client=client["name"], phase=client["phase"])
        draft = ""
        if message.text.strip():
            plan = self._client_plan(message.text, client)
            decision.intent, decision.principle, decision.confidence = \
                (plan.intents[0] if plan.intents else None), plan.principle, plan.confidence
            if plan.intents:
                facts = unless_missing(self._facts(client, message.sender_name, message.text, plan.intents[0]), plan)
                rendered = render.render_client(plan.intents, facts, seed=message.text)
                draft = self._handoff_draft(plan, facts, message.text, rendered)
        reason = "they shared a file, and I can't open files: a person should look at it before anyone answers" \
            if message.files else "there are no words in it I can read"
        decision.staff_notice = self._staff_notice(message, decision, reason, draft=draft, client=client)
        return decision

    def _redecide(self, client: dict, draft: dict) -> Redecision:
        """What the bot would do now with a drafted-for message, for a client whose phase moved on."""
        if client["phase"] not in OFFBOARDING:
            return Redecision(IGNORE, None, client["phase"], None, "the client is no longer being offboarded")
        text = draft["client_text"]
        plan = self._client_plan(text, client)
        rendered = None
        if plan.action == REPLY and plan.intents:
            facts = self._facts(client, draft["sender_name"] or "", text, plan.intents[0])
            rendered = render.render_client(plan.intents, facts, seed=text)
        action = plan.action if rendered is not None or plan.action != REPLY else HANDOFF
        return Redecision(action, plan_kind(plan), client["phase"], rendered.text if rendered else None, plan.reason or "")

    def _client_plan(self, text: str, client: dict) -> "Plan":
        """What to answer: the kinds of request in the message, each through the reply policy."""
        phase = client["phase"]
        threshold = self.config.confidence_threshold
        if long_plea(text) and client["phase"] in OFFBOARDING and not escalation_cues.needs_management(text) \
                and not escalation_cues.other_language(text) \
                and not (phase == "ended" and not cues.pleads_to_reconsider(text)
                         and self._client_part(text, phase).intent == "after_end_request"):
            # A long letter asking us to think again is one plea, whatever its sentences say on the way ("I know
            # our payments slipped ... please give us one more chance ... please call me"): a person answers it,
            # from a draft that answers the letter (with sympathy first for a hardship it tells us about).
            # ("I don't know where else to turn ... could you just help us this once?" after the end asks for help, not
            # for the decision back: the kind no below, said with sympathy first)
            return self._apply_policy(Plan(raw=["second_chance"], confidence=1.0), client, text)
        for kind, found in FOR_A_PERSON:
            if kind == "hardship" and phase == "transition" and found(text) and cues.offers_money(text):
                # ("Our bookkeeper left in the spring ... Would you consider keeping us on if we paid twelve months up
                # front?"): money offered to stay, the kind no to it, which a person still answers
                return self._apply_policy(Plan(raw=["second_chance"], confidence=1.0), client, text)
            if kind == "our_doing" and phase in OFFBOARDING and found(text) and escalation_cues.asks_for_a_copy_first(text) \
                    and cues.fears_data_gone(text) and not cues.sounds_angry(text):
                # ("We still need a copy of our old files from the server. Did you delete them??"): their copy, asked
                # for with the fear beside it, answered as that (a person still checks what we hold)
                return self._apply_policy(Plan(raw=["data_export"], confidence=1.0), client, text)
            if found(text):
                # Whatever else the message asks, a person answers all of it (the policy hands these over).
                return self._apply_policy(Plan(raw=[kind], confidence=1.0), client, text)
        if phase in OFFBOARDING and steps_to_confirm(text) and not cues.sounds_angry(text):
            # "written confirmation that (1) the domain transfer is complete and (2) your access removed": one letter,
            # each step checked against our records and confirmed in writing by a person
            return self._apply_policy(Plan(raw=["credentials_handover"], confidence=1.0, answers_all=True), client, text)
        pieces = cues.segments(text)
        if phase in OFFBOARDING and len(pieces) == 1 and not cues.sounds_angry(text) \
                and cues.asks_if_provider_in_touch(text, client.get("new_provider") or ""):
            # "has castle tech contacted you yet?": the handover's first step, which the record can't confirm
            return self._apply_policy(Plan(raw=["provider_handover"], confidence=1.0), client, text)
        if phase in OFFBOARDING and not cues.sounds_angry(text) and cues.asks_who_our_provider_is(text) and not (
                cues.asks_for_what_is_theirs(text) or cues.asks_for_a_fix(text) or cues.reports_a_fault(text)):
            # "Who is our new IT company?": the one on record, or that choosing one is theirs
            return self._apply_policy(Plan(raw=["provider_handover"], confidence=1.0), client, text)
        if len(pieces) == 1 and not cues.sounds_angry(text) and self._provider_promised_late(text, client):
            # "Castle Tech will probably get in touch after new year": later than the handover date, said kindly
            return self._apply_policy(Plan(raw=["provider_handover"], confidence=1.0), client, text)
        pieces = [piece for number, piece in enumerate(pieces) if not number or not cues.follows_on(piece)]
        if phase == "transition" and cues.keeps_us_for_one_part(text) and not cues.sounds_angry(text) \
                and not (cues.asks_for_what_is_theirs(text) or cues.reports_a_fault(text) or cues.pleads(text)):
            # ("Could we maybe keep you just for the email and let Castle Tech do everything else?"): one part of our
            # work kept on, the kind no (past the last day, as more time)
            kind = "second_chance" if cues.asks_for_more_time(text) else "better_offer"
            return self._apply_policy(Plan(raw=[kind], confidence=1.0), client, text)
        if phase == "transition" and len(pieces) > 1 and cues.offers_money(text) and "?" not in text \
                and not (cues.asks_for_what_is_theirs(text) or cues.reports_a_fault(text)):
            # ("Proposal: we pay Q1 2027 in advance plus 25% on the monthly fee. ... Please confirm by return."): one offer
            return self._apply_policy(Plan(raw=["better_offer"], confidence=1.0), client, text)
        if phase in OFFBOARDING and cues.fears_not_worth_it(text) and not cues.pleads_to_reconsider(text) \
                and not cues.asks_for_more_time(text) and (self._client_part(text, phase).intent in ("better_offer", "angry_client")
                                                          or cues.asks_if_it_is_their_size(text)
                                                          and not (cues.asks_for_what_is_theirs(text) or cues.asks_for_a_fix(text)
                                                                   or cues.reports_a_fault(text))):
            # "its because were small fry isnt it. bigger clients pay more": a guess at why, no offer (price is theirs)
            # ("r u dropping us bc we're only a small bakery??": the same guess, asked)
            return self._apply_policy(Plan(raw=["explain_reason"], confidence=1.0), client, text)
        if len(pieces) > 1 and phase in OFFBOARDING and cues.pleads_to_reconsider(text) and not (
                cues.asks_for_what_is_theirs(text) or cues.asks_for_a_fix(text) or cues.reports_a_fault(text)
                or cues.asks_end_date(text) or cues.sounds_angry(text)):
            # "Please don't go. We'll cut down the tickets, promise, and we can pay a bit more": one plea, whatever it
            # offers on the way (its offers are no separate requests to answer)
            whole = self._client_part(text, phase)
            kind = whole.intent if whole.intent in ("second_chance", "better_offer", "come_back") else "second_chance"
            return self._apply_policy(Plan(raw=[kind], confidence=1.0), client, text)
        if len(pieces) > 1 and phase in OFFBOARDING and cues.writes_from_the_heart(text) and cues.asks_what_they_did(text) \
                and not (cues.asks_for_what_is_theirs(text) or cues.asks_for_a_fix(text) or cues.reports_a_fault(text)
                         or cues.sounds_angry(text)):
            # "trying to work out what we did wrong ... and now this? I'm honestly hurt": one question, why, asked from
            # the heart (a person answers it, from the reason, warmly)
            return self._apply_policy(Plan(raw=["explain_reason"], confidence=1.0), client, text)
        if cues.asks_only_dates(pieces) and not (escalation_cues.threatens_legal(text) or cues.sounds_angry(text)
                                                 or cues.fears_deletion(text) or cues.asks_for_more_time(text)
                                                 or cues.has_nobody_yet(text) or cues.asks_about_the_bill(text)
                                                 or cues.asks_for_what_is_theirs(text) or cues.asks_for_recommendation(text)
                                                 or self._asks_after_the_end(text, client) or cues.asks_more_than_dates(text)
                                                 or client["phase"] == "transition" and cues.reports_a_fault(text)
                                                 or client["phase"] == "transition" and cues.asks_about_holidays(text)
                                                 or client["phase"] == "transition" and cues.asks_what_we_need(text)):
            # "When exactly did you give us notice and when did it end? Our board wants dates.": the record's
            # (with "are you closed over Christmas before that?", the holiday answer below gives both)
            return self._apply_policy(Plan(raw=["end_date"], confidence=1.0), client, text)
        if client["phase"] == "transition" and cues.asks_end_date(text) and cues.asks_about_holidays(text) \
                and len(text.split()) <= LONG_LETTER_WORDS and not (cues.sounds_angry(text) or cues.asks_for_more_time(text)
                                                                   or cues.pleads_to_reconsider(text)):
            # "what's the actual last day you support us, and are you open over xmas?": the holiday answer gives both
            return self._apply_policy(Plan(raw=["holiday_cover"], confidence=1.0, answers_all=True), client, text)
        if client["phase"] == "transition" and cues.asks_when_and_if_things_stop(text) \
                and not (cues.sounds_angry(text) or cues.asks_for_more_time(text) or cues.asks_for_what_is_theirs(text)):
            # ("can we keep our website domain after we go?": theirs, answered as that)
            # "the exact date when you stop the service, and will our email stop to work on this same day?": the
            # date, and that nothing of theirs stops with it (situation "keeps_running")
            return self._apply_policy(Plan(raw=["end_date"], confidence=1.0), client, text)
        if client["phase"] == "transition" and (cues.asks_about_holidays(text) or cues.asks_what_happens(text)
                                                 and cues.asks_end_date(text)) and self._day_in_closure(text, client) \
                and not (cues.sounds_angry(text) or cues.asks_for_more_time(text) or cues.pleads_to_reconsider(text)):
            # "Your office is close also at Christmas? If the computer of the oven is broken on 28 December, who we
            # call?": the closure, with the day named inside it, answers both ("what happens if the tills go down on
            # Monday 28 December? you're still our IT til Monday 4 January right??" too)
            return self._apply_policy(Plan(raw=["holiday_cover"], confidence=1.0, answers_all=True), client, text)
        if len(pieces) > 1:
            more_time = [self._more_time_asked(piece, phase) for piece in pieces]
            provider = client.get("new_provider") or ""
            # (a part its words settle, "And what Castle Tech need from us?", is its own request beside any other)
            cued = [asked or date_asked(piece, phase) or contact_asked(piece, phase, text)
                    or provider_when_asked(piece, phase, provider, text) or email_home_asked(piece, phase, provider)
                    or provider_news(piece, phase, provider)
                    for asked, piece in zip(more_time, pieces)]
            parts = [part or self._client_part(piece, phase) for part, piece in zip(cued, pieces)]
            # (a part the reading is unsure of, whose words settle it: "2) are you going to wipe our stuff after the
            # 4th?" fears deletion, answered as that)
            parts = [self._settled_part(piece, part, client) for piece, part in zip(pieces, parts)]
            # ("who owns our domain? and can you move it over to Castle Tech": "it" is the thing of theirs just asked about)
            # ("can we get a full copy of our files? What format does it come in?": how that copy comes, the same answer)
            parts = [Part(parts[number - 1].intent, parts[number - 1].principle, 1.0)
                     if number and parts[number - 1].intent in THEIRS_KINDS and part.confidence < threshold
                     and (cues.moves_it_over(piece) or cues.refers_back(piece)) else part
                     for number, (part, piece) in enumerate(zip(parts, pieces))]
            # ("Hello, I am new manager in Hooli. ... Sorry my english": who they are, and an apology for their
            # English, ask nothing; they leave the requests beside them clear)
            # (nor does thanks said on the way, "Thanks for the smooth handover btw.": thanked in the answer's opening)
            asking = [number for number, (part, piece) in enumerate(zip(parts, pieces))
                      if (part.principle is not None or "?" in piece or cues.makes_a_request(piece))
                      and not (cues.only_thanks(piece) and "?" not in piece and not cues.makes_a_request(piece))
                      and not cues.only_introduces(piece)   # ("Hi, practice manager at Acme here.")
                      and not cues.only_announces_items(piece)   # ("need 2 things:")
                      and not cues.only_says_who_asked(piece)   # ("Castle Tech ask it.")
                      # ("Hello, we have now new company, Castle Tech.": news the question beside it answers)
                      and not (self._provider_named(piece, client) and "?" not in piece and not cues.makes_a_request(piece))]
            if asking and len(asking) < len(parts):
                parts, pieces, cued = ([each[number] for number in asking] for each in (parts, pieces, cued))
            # ("would like to come back. Same price as before?": a follow-up read, in doubt, as the request beside it, whose
            # answer holds for it too)
            # ("we need backup of x-ray images. How we get them?": a short question about what was just asked for, the
            # same answer)
            parts = [replace(part, confidence=1.0) if part.confidence < threshold
                     and (part.intent in ANSWERS_FOLLOW_UPS or cues.refers_back(piece))
                     and any(other.intent == part.intent and other.confidence >= threshold for other in parts) else part
                     for part, piece in zip(parts, pieces)]
            clear = [p for p in parts if p.confidence >= threshold and p.principle is not None]
            families = {FAMILIES.get(p.intent, "other") for p in clear}
            # (more time asked beside something else is two requests, whatever family the other is)
            # (and so is a message that says it has several things, each read as a different kind)
            kinds = {p.intent for p in parts}
            if len(clear) < len(parts) or len(families) > 1 or (any(more_time) and len(kinds) > 1) \
                    or (cues.says_it_has_several(text) and len(kinds) > 1) or ("end_date" in kinds and len(kinds) > 1) \
                    or (any(cue is not None and cue.intent == "provider_handover" for cue in cued) and len(kinds) > 1) \
                    or {"data_export", "credentials_handover"} <= kinds \
                    or {"loose_ends", "credentials_handover"} <= kinds \
                    or {"contact", "credentials_handover"} <= kinds or {"contact", "data_export"} <= kinds:   # ("all our files on a drive? also who has the domain
                # login", "remove your agent from our PCs and also what's the NAS password?", "who do we talk to for the
                # handover, and can you drop the admin creds in here?")
                plan = Plan(several=True, unsure=len(clear) < len(parts),
                            confidence=min(p.confidence for p in parts))
                for part in clear:
                    if part.intent not in plan.raw:
                        plan.raw.append(part.intent)
                for piece, part in zip(pieces, parts):
                    plan.situations.setdefault(part.intent, situation(piece, False, phase))
                    if part not in clear and part.intent in SUBJECT_NAMED and DRAFT_SUBJECTS[part.intent].search(piece):
                        plan.drafted.append(part.intent)   # "2) please send the final invoice": its wording drafts it
                    elif part not in clear:
                        plan.unread = True
                return unless_in_doubt(self._apply_policy(plan, client, text), parts)
        whole = self._client_part(text, phase)
        provider = client.get("new_provider") or ""
        if whole.intent == "after_end_request" and cues.writes_as_the_new_provider(text, provider):
            # the new provider asking us for work on the client's systems: the no written to a provider
            whole = replace(whole, intent="provider_config_question")
        elif whole.intent == "provider_config_question" and not cues.writes_as_the_new_provider(text, provider) \
                and not cues.mentions_new_provider(text, provider) and not self._provider_named(text, client):
            # the client's own fault with a setting ("the tablet won't join the wifi"): a request, not a provider's question
            # ("is this about the server outage in September? We told you it was fine.": a guess at the reason)
            whole = replace(whole, intent="explain_reason", principle=principle_in_phase("explain_reason", phase, CLIENT)) \
                if phase in OFFBOARDING and cues.asks_if_cause(text) else \
                replace(whole, intent="support_request" if phase == "transition" else "after_end_request")
        plan = Plan(raw=[whole.intent] if whole.principle or whole.intent in reply_policy.load().about else [],
                    confidence=whole.confidence)
        cue = self._cue(text, whole, client)
        if cue in (["no_new_provider"], ["provider_handover"]) and phase == "transition" and cues.about_domain(text) \
                and "?" in text and not cues.sounds_angry(text):
            # ("we find new provider maybe next week. When they must call you? And domain of acme dental, who keep it
            # after?"): the handover, and their domain, each answered
            plan.raw, plan.several = [cue[0], "credentials_handover"], True
            plan.situations = {intent: situation(text, False, phase) for intent in plan.raw}
            return self._apply_policy(plan, client, text)
        if whole.intent in ("after_end_request", "support_request", "explain_reason") and phase == "ended" and cues.asks_if_cause(text) \
                and (cues.asks_for_a_fix(text) or cues.reports_a_fault(text)):
            # ("is this because we complained a lot? fair enough lol. anyway can someone fix the scanner"): their guess
            # answered with the reason, and the fix declined kindly
            plan.raw, plan.several = ["explain_reason", "after_end_request"], True
            plan.situations = {intent: situation(text, False, phase) for intent in plan.raw}
            return self._apply_policy(plan, client, text)
        if cue == ["end_date"] and whole.intent == "data_export" and whole.confidence >= threshold \
                and cues.asks_for_what_is_theirs(text) and cues.names_the_end_as_a_deadline(text):
            cue = []   # "Before the last day we need all our files exported. What format, and when??": their data, asked for
        if cue == ["end_date"] and (whole.intent == "credentials_handover" or cues.about_domain(text) and not cues.sounds_angry(text)
                                    or whole.intent == "data_export" and whole.confidence >= threshold):
            # "text me the date our support stops and also how do we move the domain": the date, and theirs handed over
            # ("written confirmation of (a) the date on which your services will cease and (b) the arrangements for the
            # return of our backup data": the date, and their data)
            plan.raw, plan.several = ["end_date", "data_export" if whole.intent == "data_export" else "credentials_handover"], True
            plan.situations = {intent: situation(text, False, phase) for intent in plan.raw}
            return self._apply_policy(plan, client, text)
        if cue == ["end_date"] and client["phase"] == "transition" and cues.asks_what_we_need(text) \
                and not cues.sounds_angry(text) and not cues.asks_what_if_it_breaks(text):
            # "which day is last day for support and what we must do before": the day, and the handover's steps
            plan.raw, plan.several = ["end_date", "provider_handover"], True
            plan.situations = {intent: situation(text, False, phase) for intent in plan.raw}
            return self._apply_policy(plan, client, text)
        if cue == ["end_date"] and client["phase"] == "transition" and cues.reports_a_fault(text) \
                and not cues.asks_more_than_dates(text):
            # "receipt printer not print since yesterday, and also please tell me when you finish with us": both
            plan.raw, plan.several = ["support_request", "end_date"], True
            plan.situations = {intent: situation(text, False, phase) for intent in plan.raw}
            return self._apply_policy(plan, client, text)
        if cue == ["end_date"] and cues.asks_more_than_dates(text):
            # The day is on record, the other question is not: a person answers both, from the date drafted.
            plan.raw, plan.several, plan.unsure = cue, True, True
            return self._apply_policy(plan, client, text)
        if cue in (["chatter"], ["gratitude"], ["end_date"], ["hello"], ["holiday_cover"]) \
                or cue == ["come_back"] and client["phase"] == "ended" and cues.asks_to_hire_us(text) \
                or cue == ["no_new_provider"] and cues.asks_who_helps_after(text):
            # Chatter, goodwill, the last day asked for and who is around over the holidays are known by their
            # words, not by the router: their lines commit us to nothing new (the date is the record's), so the
            # router's doubt between kinds of offboarding message doesn't hold them.
            plan.raw, plan.confidence = cue, 1.0
            # (thanks the router read as angry is thanked back, once a person has seen it)
            return unless_in_doubt(self._apply_policy(plan, client, text), [whole]) if whole.doubt == THANKS_READ_AS_ANGRY \
                else self._apply_policy(plan, client, text)
        if cue:
            plan.raw, plan.confidence = cue, 1.0
        elif whole.confidence < threshold:
            plan.unsure = True
            if whole.principle is None:
                # Most likely not about the offboarding: a person decides, from a draft that says what
                # this conversation is for. (A question we can't place is still asked of us: "Castle Tech starts on
                # the 5th of January. Is that ok?" goes to a person, never kept quiet as a greeting.)
                plan.raw = ["unrelated_staff"] if "?" in text and cues.refers_to_us(text) or cues.makes_a_request(text) \
                    else ["greeting"]
        return unless_in_doubt(self._apply_policy(plan, client, text), [whole])

    def _named_before(self, text: str, first: str, second: str) -> bool:
        """`first` is named in the text before `second` (by the earliest place each of them is named)."""
        words = text.split()

        def where(name: str) -> int:
            # The shortest opening of the text that names it ("the bakery" is named once both words are in), found by
            # halving: an opening that names it stays naming it as it grows, and a long message stays quick.
            low, high = 0, len(words)
            while low < high:
                middle = (low + high) // 2
                if name in self.clients.names_in(" ".join(words[:middle + 1])):
                    high = middle
                else:
                    low = middle + 1
            return low

        return where(first) <= where(second)

    @staticmethod
    def _only_months_after(text: str, last_day: date) -> bool:
        """The message names months, and every one of them begins after the last day of support (in the year that
        puts it nearest to that day)."""
        named = staff_cues.month_numbers_named(text)
        firsts = [min((date(year, month, 1) for year in (last_day.year - 1, last_day.year, last_day.year + 1)),
                      key=lambda first: abs((first - last_day).days)) for month in named]
        return bool(firsts) and all(first > last_day for first in firsts)

    def _more_time_asked(self, piece: str, phase: str) -> "Part | None":
        """One request of several asking for more time ("1) can you push the end date to Jan 31?"): the known,
        kind no, however the router reads it."""
        if phase != "transition" or not cues.asks_for_more_time(piece):
            return None
        # ("could you keep our email running until end of January": one thing kept going, answered as that)
        if cues.asks_to_run_it_past_the_end(piece):
            return Part("after_last_day", POLICY_KIND_PRINCIPLE["after_last_day"], 1.0)
        return Part("second_chance", principle_in_phase("second_chance", phase, CLIENT), 1.0)

    def _client_part(self, text: str, phase: str) -> "Part":
        phased = self.router.route(text, CLIENT, phase)
        doubt = doubt_reason(phased) if phased.doubtful else ""
        if phased.principle is None and phase in OFFBOARDING and cues.credential_items(text) and cues.makes_a_request(text):
            # "can u text me the router admin pw + wifi pw?": theirs, handed over safely (never by text), not small talk
            return Part("credentials_handover", principle_in_phase("credentials_handover", phase, CLIENT), 1.0)
        if phased.principle is None and phase in OFFBOARDING and cues.about_domain(text):
            # "who registered vandelayimports.com and where do I renew it?": their domain, handed over whatever the date
            return Part("credentials_handover", principle_in_phase("credentials_handover", phase, CLIENT), 1.0)
        if phased.principle is None and phase == "ended" and cues.asks_how_it_was_set_up(text):
            # "Good day. Our new IT man ask how you have configured the server backup.": how our work was set up, declined
            return Part("after_end_request", principle_in_phase("after_end_request", phase, CLIENT), 1.0)
        if phased.principle is None and phase in OFFBOARDING and (cues.asks_for_upkeep(text) or cues.reports_a_fault(text)
                                                                  and not cues.sarcastic(text)) \
                and not cues.pleads_to_reconsider(text):
            # ("till in the shop wont talk to the card reader, help pls": a fault, never a greeting)
            # "Our laptops need updates, what time is your tech coming Thursday?": work asked of us, not small talk
            intent = "support_request" if phase == "transition" else "after_end_request"
            return Part(intent, principle_in_phase(intent, phase, CLIENT), 1.0)
        if phased.principle is None and phase in OFFBOARDING and cues.sarcastic(text) and "?" not in text \
                and (cues.sounds_sour(text) or cues.blames_the_timing(text)):
            # "lovely. ditched right before christmas. thanks SO much": sarcasm, never a greeting to leave unanswered
            return Part("angry_client", principle_in_phase("angry_client", phase, CLIENT), 1.0)
        if phased.principle is None:
            intent = phased.intent if phased.intent in INTENTS else "greeting"
            return Part(intent, None, phased.confidence, doubt)
        if phase in OFFBOARDING and doubt and phased.intent in ("second_chance", "better_offer", "come_back") \
                and cues.sarcastic(text) and "?" not in text and not (cues.asks_for_a_fix(text) or cues.reports_a_fault(text)
                                                                     or cues.guessed_reasons(text)
                                                                     or cues.asks_for_what_is_theirs(text)
                                                                     or cues.pleads_to_reconsider(text)
                                                                     or cues.asks_for_more_time(text)):
            # ("love how 'support has ended' is the answer to everything now \U0001F644 guess we'll just figure out our own
            # backups then"): a jab read in doubt as a plea, answered calmly
            return Part("angry_client", principle_in_phase("angry_client", phase, CLIENT), 1.0)
        raw = self.router.route(text, CLIENT, None)
        intent = raw.intent if raw.principle is not None else phased.intent
        intent = theirs_kept(intent, text)
        read = intent
        if intent == "credentials_handover" and cues.asks_new_user_setup(text):
            intent = "support_request" if phase == "transition" else "after_end_request"   # a new starter to set up
        if intent not in HOSTILE and cues.asks_user_password_reset(text):
            # "can someone reset the password for Jenna, she's locked out": a fault (after the end, the kind no)
            intent = "support_request" if phase == "transition" else "after_end_request"
        # ("printer offline. pls send someone", read as angry: a fault all the same, when nothing in it is angry)
        if (intent in ("come_back", "second_chance", "better_offer", "no_hard_feelings", "gratitude", "greeting")
                or intent in HOSTILE and not cues.sounds_angry(text) and not cues.sarcastic(text)) \
                and (cues.reports_a_fault(text) or cues.asks_for_upkeep(text)) and not cues.pleads_to_reconsider(text) \
                and not cues.asks_for_more_time(text):
            # "POS tablets frozen AGAIN. HELP"; "Our laptops need updates, what time is your tech coming Thursday?"
            intent = "support_request" if phase == "transition" else "after_end_request"
        if phase in OFFBOARDING and cues.asks_us_to_keep_after(text) and intent not in HOSTILE \
                and not cues.asks_to_run_it_past_the_end(text):
            intent = "data_export"   # "hang on to our backups a few months after you go?": theirs, handed over first
        if intent == "better_offer" and phase == "ended" and (cues.asks_for_a_fix(text) or cues.reports_a_fault(text)):
            intent = "after_end_request"   # "just need 5 min on the firewall ... we'll pay your hourly rate": the kind no
        if intent == "data_export" and cues.reports_a_fault(text) and not cues.asks_for_documents(text) \
                and not cues.asks_to_move_data(text):
            intent = "support_request" if phase == "transition" else "after_end_request"   # "mailbox permissions broke"
        if intent in ("support_request", "after_end_request") and cues.asks_about_the_bill(text):
            intent = "loose_ends"   # "is December pro-rated since you stop on the 21st?": the bill, not a fault
        if intent in ("support_request", "after_end_request") and phase == "transition" and cues.asks_about_holidays(text) \
                and not cues.reports_a_fault(text):
            intent = "holiday_cover"   # "can we still call you in the holiday?": the closure and what it means, not a ticket
        if intent in ("support_request", "after_end_request") and cues.fears_losing_email(text) and not cues.reports_a_fault(text):
            intent = "cut_off_early"   # "after you finish, my emails still working?": yes, nothing of theirs stops
        if intent in ("support_request", "after_end_request") and cues.credential_items(text) \
                and (cues.asks_to_pass_on(text) or cues.asks_if_we_still_hold(text) or cues.asks_for_what_is_theirs(text)
                     and not cues.reports_a_fault(text)) and not cues.asks_user_password_reset(text):
            intent = "credentials_handover"   # "tell castle tech our wifi password": theirs, passed on safely, never a ticket
        if intent == "data_export" and cues.asks_for_a_key_only(text) and not cues.asks_for_documents(text):
            intent = "credentials_handover"   # "can u email us the backup encryption key": a key, handed over securely
        # "how was the Hyper-V replication configured?": our work, explained no more; with "... The documentation is
        # thin" too, the same no with what is missing offered, seen by a person first
        setup_asked = phase == "ended" and cues.asks_how_it_was_set_up(text)
        gap = phase == "ended" and cues.asks_how_it_was_set_up(text, gap_named=True) and cues.reports_handover_gap(text)
        setup_asked = setup_asked or gap
        if setup_asked and (intent in THEIRS_KINDS or gap or intent == "provider_handover"):
            intent = "provider_config_question"
        if intent in ("support_request", "after_end_request") and cues.about_licences(text) \
                or intent == "loose_ends" and cues.about_licences(text) and (cues.speaks_of_expiry(text)
                                                                             or cues.asks_who_pays_after(text)) \
                and not cues.asks_us_to_take_ours_off(text) and not cues.questions_a_charge(text):
            # "can you renew our antivirus, it expires Dec 28?", "our Adobe renewal notice says the invoice goes to
            # you guys??": theirs, moved to them
            intent = "credentials_handover"
        if intent in ("second_chance", "come_back", "better_offer", "no_hard_feelings") and cues.CREDENTIAL_WORDS.search(text) \
                and cues.asks_for_what_is_theirs(text) and not cues.pleads_to_reconsider(text):
            intent = "credentials_handover"   # "the Office licences, they are belong to us or to you? ... we can still use them?"
        if intent in ("second_chance", "come_back", "better_offer", "no_hard_feelings") and cues.writes_formally(text) \
                and cues.asks_for_what_is_theirs(text) and not cues.pleads_to_reconsider(text):
            intent = "data_export"   # ("we hereby request that all data held by your company ... be returned to us"): theirs
        if intent in HOSTILE and (cues.never_received(text) and cues.asks_for_what_is_theirs(text)
                                  or cues.nobody_holds_the_logins(text)):
            # "We never got our data. You people just walked away with it.": theirs, still to hand over
            # (and "Brilliant. Two weeks in and nobody seems to know the admin passwords. Thanks a bunch.")
            intent = "credentials_handover" if cues.CREDENTIAL_WORDS.search(text) else "data_export"
        # "Handover went fine ... Thanks for making it painless", read as angry: thanks back, which a person approves
        thanked = intent in HOSTILE and cues.small_talk_kind(text) == "thanks" and cues.thanks_for_the_years(text) \
            and not (cues.sounds_sour(text) or cues.sarcastic(text) or cues.makes_a_request(text))
        if thanked:
            intent = "gratitude"
        if intent in ("no_hard_feelings", "gratitude", "greeting") and cues.sarcastic(text) \
                and (cues.sounds_sour(text) or cues.blames_the_timing(text) or cues.thanks_in_scare_quotes(text)):
            intent = "angry_client"   # "Dumping a small bakery right before Christmas. Classy.": sarcasm, not goodwill
        if intent in HOSTILE and cues.provider_named(text) and not cues.sounds_angry(text):
            intent = "provider_handover"   # "we signed with NetWorx Solutions. They'll be calling you.": news, no threat
        disputed = cues.disputes_the_reason(text)
        if intent not in REASON_KINDS and disputed and not cues.asks_for_what_is_theirs(text):
            intent = "explain_reason"   # "lol 'scope creep'. we asked you to set up ONE label printer": the reason disputed
        if intent in HOSTILE and cues.asks_if_cause(text) and not cues.sounds_angry(text):
            intent = "explain_reason"   # "I bet this is because Dr. Kim yelled at your technician": a guess at the reason
        if cues.pleads_to_reconsider(text) and intent in ("no_hard_feelings", "gratitude", "greeting") \
                and not cues.asks_for_more_time(text):
            intent = "second_chance"   # "Please don't leave us ... you've always been so good to us": a plea, not a goodbye
        if intent in REASON_KINDS and cues.questions_a_charge(text) and not escalation_cues.demands_the_reason(text):
            intent = "loose_ends"   # "why did we get an invoice dated after you stopped?": the bill, not the reason
        if phase in OFFBOARDING and cues.copies_asked(text) and not (cues.sounds_angry(text) or cues.reports_a_fault(text)
                                                                    or escalation_cues.threatens_legal(text)):
            intent = "loose_ends"   # "a copy of our old service contract? Legal want it on file": our records, sent
        # (a fault reported, "POS tablet froze and won't restart, we open at 6am!!", is work whatever the tone)
        fault = intent in ("support_request", "after_end_request") and cues.reports_a_fault(text) \
            and not cues.asks_several_questions(text)
        settled = intent != read or fault or (intent in REASON_KINDS and disputed)   # the words settle it
        confidence, doubt = (1.0, "") if settled else (phased.confidence, doubt)
        if thanked and (cues.sounds_sad(text) or cues.blames_the_timing(text)):
            doubt = THANKS_READ_AS_ANGRY   # (thanks with nothing sad or sour in the words is thanked back at once)
        elif gap:
            doubt = HANDOVER_GAP_TO_CHECK
        if intent in REASON_KINDS and escalation_cues.demands_the_reason(text):
            intent = "reason_demanded"
        # The wording is the kind's own, but the principle it serves is the phase's: an ex-client asking us
        # to tide them over until they find someone is answered as support that has ended ("done").
        principle = principle_in_phase(intent, phase, CLIENT) if intent in INTENTS else POLICY_KIND_PRINCIPLE[intent]
        return Part(intent, principle, confidence, doubt)

    def _cue(self, text: str, whole: "Part", client: dict) -> list[str]:
        """What the words say beyond the intent: who to talk to, when support ends, thanks,
        chatter, why, a guessed reason, a plea to reverse the decision, a question about after
        the last day."""
        text = cues.calmed(text)   # ("we'll miss your team!!": warm, read as said calmly)
        confident = whole.confidence >= self.config.confidence_threshold
        if whole.intent in HOSTILE and "?" in text and not cues.sounds_angry(text) and not cues.sounds_sour(text):
            confident = False   # a calm question read as angry ("can I ask honestly why?"): the reading is not trusted
        unsure = not confident or whole.principle is None
        names = tuple(client.get(key) or "" for key in ("name", "account_owner", "new_provider"))
        items = cues.credential_items(text)   # (read once: many rules below ask)
        from_provider = cues.writes_as_the_new_provider(text, names[2])
        if client["phase"] == "transition" and not client.get("new_provider") and cues.is_distressed(text) \
                and len(text.split()) > LONG_LETTER_WORDS and not cues.pleads_to_reconsider(text):
            # ("I don't know who to call, I don't know how to move anything ... Please tell me what we are supposed to
            # do."): the safe landing, for a person to send
            return ["no_new_provider"]
        if cues.opens_with_hello(text):
            return ["hello"]   # someone waiting for an answer: a short one, saying what we can help with
        if client["phase"] == "ended" and (cues.asks_to_hire_us(text) or cues.asks_to_reengage_us(text)) \
                and not (cues.asks_for_what_is_theirs(text) or from_provider):
            # "a new project, fully paid: can we hire you just for that?", "wishes to re-engage your services": the kind no
            return ["come_back"]
        if client["phase"] == "transition" and cues.asks_us_to_move_email(text):
            # "Castle Tech recommend we move email to Google - can you do that before you go?": yes, before the last day
            return ["support_request"]
        if client["phase"] in OFFBOARDING and cues.names_data_to_keep(text)[0] and not from_provider \
                and not cues.sounds_angry(text):
            return ["data_export"]   # "Fine. Whatever. Just make sure the x-rays are backed up before you go.": yes
        if client["phase"] in OFFBOARDING and whole.intent in ("gratitude", "no_hard_feelings") and "?" in text \
                and items:
            return ["credentials_handover"]   # "thanks for being decent ... one q: can we get the backup encryption key?"
        if client["phase"] in OFFBOARDING and cues.licences_to_move_to_them(text) and not from_provider \
                and not cues.sounds_angry(text):
            # "why are our microsoft licences still billing through you??", "Wow, great 'partner'. ... our licences are
            # expiring and nobody said a word": moved to them
            return ["credentials_handover"]
        if client["phase"] == "transition" and whole.intent in HOSTILE and cues.pleads_to_reconsider(text) \
                and not cues.sounds_angry(text) and (cues.writes_from_the_heart(text) or not cues.sounds_sour(text)):
            return ["second_chance"]   # "I'm honestly gutted. Is there really nothing I can say to change your mind?"
        if client["phase"] == "ended" and cues.asks_if_things_still_run(text) and not cues.reports_a_fault(text) \
                and not (cues.asks_for_a_fix(text) or cues.sounds_angry(text) or items or from_provider
                         or cues.about_licences(text) or cues.about_domain(text)):   # (a renewal still on our card: theirs)
            return ["after_end_request"]   # "Vandaly here - is our server still being backed up by you lot?": not by us
        if client["phase"] == "transition" and cues.asks_if_things_still_run(text) and not cues.reports_a_fault(text) \
                and not (cues.asks_for_a_fix(text) or cues.sounds_angry(text) or items):
            return ["cut_off_early"]   # "are the backups still running as normal this week?": yes, until the last day
        if client["phase"] == "transition" and cues.asks_us_to_cancel_licences(text) and whole.intent not in HOSTILE:
            # "cancel the microsoft 365 thing now": moved into their name, not cancelled (and their files asked for with it)
            return ["data_export", "credentials_handover"] if whole.intent == "data_export" else ["credentials_handover"]
        if client["phase"] in OFFBOARDING and "?" in text and items and not cues.sounds_angry(text) \
                and (unsure or whole.intent in REASON_KINDS) and not cues.asks_why(text) \
                and cues.asks_for_what_is_theirs(text) and not cues.asks_us_to_take_ours_off(text):
            return ["credentials_handover"]   # "they need 'the backup encryption key'?? ... is that something you have?"
        if client["phase"] in OFFBOARDING and whole.intent in ("credentials_handover", "data_export") \
                and cues.asks_for_data_and_logins(text) and not cues.sounds_angry(text) and not from_provider \
                and not cues.asks_end_date(text):   # (the date asked too is answered beside the data, below)
            return ["data_export", "credentials_handover"]   # "need our old backups and the encryption key asap": both
        if client["phase"] in OFFBOARDING and whole.intent == "cut_off_early" and cues.reports_a_leaver(text):
            # "Can you disable the login for Dan, he left us yesterday": one of their staff leaving, a ticket
            return ["support_request" if client["phase"] == "transition" else "after_end_request"]
        if client["phase"] == "transition" and whole.intent not in HOSTILE and cues.wants_to_finish_early(text) \
                and not cues.asks_for_more_time(text) and not self._names_a_later_day(text, client):
            return ["provider_handover"]   # "could Castle Tech take over next week instead?": yes, their choice
        if client["phase"] == "transition" and whole.intent not in HOSTILE and self._stated_last_day(text, client) \
                and "?" in text and not cues.asks_for_more_time(text):
            return ["end_date"]   # "our last day with you is 31 december yes?": the day on record, not that one
        if client["phase"] == "transition" and whole.intent not in HOSTILE and self._closed_day_named(text, client):
            return ["holiday_cover"]   # "Castle Tech will call you on the 28th": a day the office is shut, said so
        if client["phase"] == "transition" and whole.intent not in HOSTILE and self._day_in_closure(text, client) \
                and cues.asks_only_about_the_break(text):
            return ["holiday_cover"]   # "will anyone be around on Tuesday 29 December if the till pc dies?": we're shut
        if cues.asks_about_holidays(text) and (whole.intent not in HOSTILE or not cues.sounds_angry(text)) \
                and not (cues.sounds_sour(text) and cues.blames_the_timing(text)) \
                and len(text.split()) <= LONG_LETTER_WORDS and not cues.pleads_to_reconsider(text) \
                and not cues.asks_for_more_time(text) and not cues.about_licences(text) \
                and not (whole.intent in THEIRS_KINDS and cues.asks_for_what_is_theirs(text)) \
                and not (cues.offers_a_gift(text) and "?" not in text) \
                and not (cues.wishes_well(text) and "?" not in text):   # ("all the best for Christmas!": wishes)
            # (and "our domain ... moved to our own account before Christmas" is theirs handed over, with a date to do it by)
            return ["holiday_cover"]   # who is around over Christmas: the last day against the break
        if client["phase"] == "ended" and staff_cues.wants_back_in(text) \
                and (whole.intent not in HOSTILE or not cues.sounds_angry(text)) and not cues.promises_to_come_back(text) \
                and not cues.finds_our_tools_left(text):   # ("STILL getting alerts from your monitoring? stop it or take us back")
            return ["come_back"]   # "Good day. We are thinking to come back to you with bigger contract": the kind no
        if "licences" in staff_cues.held_for_them(text) and whole.intent not in HOSTILE:
            return ["credentials_handover"]   # "our licences are still billed through your account": theirs to move
        if client["phase"] in OFFBOARDING and cues.asks_us_to_take_ours_off(text):
            return ["loose_ends"]      # "please get your stuff off our machines": ours to take off (after the handover)
        if cues.wants_an_admission(text) and not cues.asks_for_what_is_theirs(text) \
                and not (cues.is_guessing(text) and cues.guessed_reasons(text)):
            # "I just want someone to admit you never really tried": a person answers that (but "you dropped us because
            # we questioned that invoice. Admit it." is a guess, corrected with the reason)
            return ["angry_client"]
        if client["phase"] in OFFBOARDING and cues.about_domain(text) \
                and cues.speaks_of_expiry(text) and whole.intent not in HOSTILE:
            return ["credentials_handover"]   # "vandelayimports.com expires next week. Is that you?": theirs, kept alive
        if client["phase"] == "ended" and cues.asks_for_a_fix(text) and whole.intent not in HOSTILE \
                and not cues.asks_for_what_is_theirs(text) and not cues.sounds_angry(text) \
                and not cues.asks_about_the_bill(text) \
                and not (whole.intent == "provider_config_question" and cues.asks_how_it_was_set_up(text, gap_named=True)):
            # ("your invoice charges us for all of November. fix it": ours; "tunnels keep dropping ... walk us through how
            # it was set up?": the new provider's question about the setup, below)
            return ["after_end_request"]   # "Our VPN is down. Fix it today please.": the kind no, not a plea
        if client["phase"] == "ended" and cues.asks_for_a_fix(text) and cues.reports_a_fault(text) \
                and cues.only_shouts(text) and not cues.asks_for_what_is_theirs(text) and not cues.threatens_a_review(text):
            return ["after_end_request"]   # "Our email is DOWN. You HAVE to fix this!!": pressed, not hostile; the kind no
        if cues.about_licences(text) and whole.intent not in HOSTILE and cues.asks_us_to_renew(text):
            return ["credentials_handover"]   # "renew our licences one more time?": theirs, moved to their own account
        if unsure and cues.is_chatter(text, names) or cues.talks_among_themselves(text):
            return ["chatter"]   # ("@Maria can you bring the float from the safe": their own people, not us)
        if cues.thanks_in_scare_quotes(text) and not cues.makes_a_request(text):
            return ["angry_client"]   # (thanks for the "smooth handover": a jab, answered calmly, never thanked back)
        if cues.wishes_well(text) or (whole.intent not in HOSTILE and not cues.sounds_sour(text) and "?" not in text
                                      and (cues.thanks_for_the_years(text) or cues.bears_no_grudge(text)
                                           and not cues.makes_a_request(text)   # ("No hard feelings. Cheers")
                                           or cues.small_talk_kind(text) == "thanks"
                                           and cues.pays_a_compliment(text) and not cues.makes_a_request(text))):
            return ["gratitude"]   # goodwill (thanks for the years, a season's wishes, good luck) is answered in kind
        if client["phase"] == "transition" and cues.asks_who_helps_after(text) and not client.get("new_provider") \
                and not (cues.sounds_angry(text) or cues.asks_for_more_time(text) or cues.pleads_to_reconsider(text)
                         or cues.asks_end_date(text)):   # (with the last day asked too, the day's answer says both)
            return ["no_new_provider"]   # "After Monday 21 December who will help us with the computers?": a safe landing
        if client["phase"] in OFFBOARDING and cues.thanks_for_honesty(text) and "?" not in text and not cues.sarcastic(text) \
                and not cues.makes_a_request(text):
            return ["gratitude"]   # "not happy but thanks for being straight with us": the news taken well, thanked back
        # (excited "!!" in a gift offer is cheer, not sarcasm: "Merry early Christmas!! Want us to drop off some stollen?")
        if cues.offers_a_gift(text) and not cues.gift_sounds_sour(text) and not cues.asks_beyond_the_gift(text) \
                and not cues.asks_if_cause(text):   # ("is this about the cake we sent?": a guess at the reason, answered)
            return ["gratitude"]   # "free croissants for your team if anyone wants to pop by!": thanked, warmly
        if whole.intent not in HOSTILE and cues.small_talk_kind(text) == "thanks" and not cues.makes_a_request(text) \
                and not cues.sounds_sour(text) and not cues.sarcastic(text) and "?" not in text \
                and cues.speaks_of_the_handover(text):
            # (a passing "thanks, have a lovely weekend" in a shared channel stays with the people there)
            return ["gratitude"]   # "just wanted to say thanks, transition went smooth": thanked back, never silence
        if whole.intent not in HOSTILE and cues.only_thanks(text) and cues.thanks_for_something(text):
            return ["gratitude"]   # "thanks for the clean handover, BrightPath had everything": thanked back, warmly
        if whole.intent not in HOSTILE and client.get("end_date") and self._stated_last_day(text, client) \
                and not cues.asks_for_more_time(text):
            return ["end_date"]   # "just confirming our support runs through the 31st": the day on record, and not theirs
        if client["phase"] in OFFBOARDING and from_provider \
                and cues.names_provider(text, client.get("new_provider") or "") \
                and items and not cues.asks_how_it_was_set_up(text) and whole.intent not in HOSTILE \
                and not (cues.asks_about_a_setting(text) and not cues.CREDENTIAL_WORDS.search(text)):
            # ("what's the static route on their firewall?" names the firewall, and asks a setting, not its login)
            # "BrightPath here ... what's the admin password on Globex's old Synology?": the client's own secret, asked by the
            # provider on record, which a person hands over once the client confirms, never a question about our setup
            # declined
            return ["credentials_handover"]
        if client["phase"] == "ended" and from_provider \
                and (cues.asks_how_it_was_set_up(text) or cues.asks_how_with_its_notes(text)
                     or cues.asks_about_a_setting(text) and "?" in text) \
                and not (cues.names_a_missing_item(text) and not cues.asks_about_a_setting(text)):
            # the new provider asking how we set things up: the kind no, to them ("their docs are thin" too: what was
            # handed over is the answer, and anything of theirs missing is sent) (and a secret of the client's asked
            # with it, "we'd need the pre-shared key too", handed over by a person; "how was the firewall VPN
            # configured?" names the firewall, not its login). A gap in the handover goes to a person, but a setting
            # "not in the docs" (the DHCP scope) is still a question about our setup.
            return ["provider_config_question", "credentials_handover"] if items and cues.CREDENTIAL_WORDS.search(text) \
                else ["provider_config_question"]
        if client["phase"] == "ended" and items and cues.nobody_has_it(text) \
                and whole.intent not in HOSTILE:
            # "can u reset the admin pw on our warehouse scanners? brightpath dont know it": theirs, never handed over
            return ["credentials_handover"]
        if whole.intent not in HOSTILE and cues.asks_user_password_reset(text):
            # "reset the password for Jenna, she's locked out": a fault for the help desk (or, after the end, the kind no)
            return ["support_request" if client["phase"] == "transition" else "after_end_request"]
        if client["phase"] in OFFBOARDING and whole.intent not in HOSTILE and cues.asks_for_a_copy_on_a_drive(text) \
                and not cues.asks_for_a_fix(text):
            return ["data_export"]   # "can u put our sales spreadsheets on a usb for us": theirs, copied for them
        if whole.intent not in HOSTILE and cues.asks_for_documents(text) \
                and (cues.asks_for_what_is_theirs(text) or cues.requests_a_document(text)) \
                and not (client["phase"] == "ended" and cues.asks_how_it_was_set_up(text)):
            return ["data_export"]   # "we never got the network diagrams": theirs, sent by a person whatever the date
        asked = provider_when_asked(text, client["phase"], client.get("new_provider") or "")
        if asked and whole.intent not in HOSTILE and cues.speaks_of_contact(text):
            return [asked.intent]   # "When does Castle Tech need to call you by?": the day to be in touch by
        if (whole.intent not in HOSTILE or unsure) and self._provider_named(text, client) \
                and not (client["phase"] == "ended" and cues.about_domain(text) and cues.asks_for_what_is_theirs(text)) \
                and not (client["phase"] == "ended" and whole.intent == "provider_config_question" and not unsure):
            # (an ex-client's new people needing their domain's transfer code: the domain, handed over; the provider is
            # still noted for the record)
            return ["provider_handover"]   # who takes over, told us: a person records it and arranges the handover
        if cues.gives_provider_contact(text, client.get("new_provider") or "") and not cues.sounds_angry(text) \
                and not cues.asks_for_what_is_theirs(text):
            return ["provider_handover"]   # the new provider's contact, given us: the same, for the provider on record
        if client["phase"] == "transition" and "?" in text and cues.provider_starts_early(text, client.get("new_provider") or "") \
                and whole.intent not in HOSTILE and not cues.asks_for_more_time(text):
            return ["provider_handover"]   # "is it ok if Castle Tech puts their software on our PCs now?": yes, together
        if client["phase"] == "transition" and cues.asks_what_we_need(text) \
                and (whole.intent not in HOSTILE or unsure or not cues.sounds_angry(text)) \
                and (unsure or cues.mentions_new_provider(text, client.get("new_provider") or "") or cues.asks_next_steps(text)
                     or cues.asks_what_a_provider_needs(text)):
            return ["provider_handover"]   # "What will they need from you?", "What are the next steps?": the handover
        if (cues.moves_licences(text) or whole.intent == "credentials_handover" and cues.about_licences(text)
                and not (cues.questions_a_charge(text) or cues.asks_what_is_owed(text) or cues.pay_question(text))) \
                and whole.intent not in HOSTILE:
            # their licences onto their own card ("who pays for our microsoft licences after january?"): theirs, moved
            return ["credentials_handover"]
        if cues.asks_if_it_was_because(text) and cues.guessed_reasons(text) and text.count("?") <= 1 \
                and whole.intent not in HOSTILE and not (cues.sounds_angry(text) or cues.sarcastic(text)
                                                         or cues.pleads_to_reconsider(text)):
            return ["explain_reason"]   # "just curious — was it because we disputed that invoice last year?": why, not a bill
        if cues.asks_for_the_reason(text) and cues.asks_about_the_bill(text) and whole.intent not in HOSTILE:
            return ["explain_reason", "loose_ends"]   # "a written explanation for the termination ... and a refund": both
        if (cues.asks_about_the_bill(text) or cues.pays_after_handover(text)) and (whole.intent not in HOSTILE or (
                cues.questions_a_charge(text) and not (cues.sounds_angry(text) or cues.sarcastic(text) or cues.sounds_sour(text)))):
            # a charge questioned, or what the last bill covers: ours to check, whatever the date ("got another invoice
            # from you lot. what's this one even for?": the question, however gruffly put)
            return ["loose_ends"]
        if client["phase"] == "ended" and cues.reports_handover_gap(text) \
                and not cues.asks_how_it_was_set_up(text, gap_named=True):   # (how it was set up: the no, gap offered)
            return ["loose_ends"]      # something the handover should have given them is missing: ours to put right
        if client["phase"] == "ended" and cues.finds_our_tools_left(text):
            return ["loose_ends"]      # a tool of ours still on their machines: ours to take off, never "support has ended"
        # Who to talk to, the new provider's details, a recommendation for one: questions about the
        # offboarding, answered from the record (the owner, the provider and its contact).
        # ("who do we give the new company's details to once we have one?": where their details go, to us)
        contact = cues.asks_for_contact_here(text, names) or cues.contact_topic(text) == "send_to"
        if client["phase"] == "transition" and "email_provider" in cues.practical_asks(text) and whole.intent not in HOSTILE \
                and not client.get("new_provider"):
            return ["no_new_provider"]   # "who should we use for our email? can you recommend someone?": the safe landing
        if (cues.asks_provider_contact(text, client.get("new_provider") or "") and not cues.email_address(text)
                and not cues.asks_for_what_is_theirs(text)) or cues.asks_for_recommendation(text):
            if cues.asks_for_recommendation(text) and cues.asks_for_what_is_theirs(text) and not cues.asks_to_reverse(text):
                # "Can you recommend someone? Also we want a copy of all our files.": both answered, in the order asked
                theirs = "credentials_handover" if cues.CREDENTIAL_WORDS.search(text) else "data_export"
                return [theirs, "contact"] if cues.asks_for_theirs_first(text) else ["contact", theirs]
            return ["second_chance", "contact"] if cues.asks_to_reverse(text) else ["contact"]
        if client["phase"] == "transition" and "email_provider" in cues.practical_asks(text) and whole.intent not in HOSTILE:
            return ["no_new_provider"]   # "can you recommend an email provider?": the safe landing's hosted email
        if client["phase"] == "transition" and cues.asks_to_run_it_past_the_end(text) and whole.intent not in HOSTILE:
            return ["after_last_day"]   # "keep our email running a few weeks after you finish?": it won't stop; we do
        if cues.asks_us_to_keep_after(text) and whole.intent not in HOSTILE:
            return ["data_export"]   # "hang on to our backups after you go?": theirs to hold, not more time
        if client["phase"] == "transition" and cues.asks_for_more_time(text) and whole.intent not in HOSTILE:
            return ["second_chance"]   # "can we push the end date to January?" asks for more time, not the date
        if client["phase"] == "transition" and cues.has_nobody_yet(text) and whole.intent not in HOSTILE \
                and not cues.asks_for_more_time(text) and not cues.asks_what_we_need(text) and not cues.changes_provider(text) \
                and not (whole.intent == "credentials_handover" and confident and items):
            # ("who do we give the domain login to?? we havent got a new company yet": theirs, to a named person of theirs)
            return ["no_new_provider"]   # "what happens on the 21st if we still don't have anyone?": the safe landing
        if cues.fears_deletion(text) and not (cues.is_guessing(text) and cues.guessed_reasons(text)) \
                and not (whole.intent in (*REASON_KINDS, "reason_demanded") and cues.asks_why(text)):
            # (not "cut us off because we paid late?", nor "Why did you cut us off? I want the REAL reason": those ask why)
            if client["phase"] == "ended" and whole.intent not in HOSTILE:
                return ["data_export"]   # "are you going to delete our backups?" once we've gone: theirs, handed over first
            if whole.intent not in HOSTILE or whole.doubt and "?" in text and not cues.sounds_angry(text):
                return ["cut_off_early"]   # "will you delete our stuff after Jan 4?": nothing of theirs is, ever
        if whole.intent not in HOSTILE and self._asks_about_a_closed_day(text, client):
            return ["holiday_cover"]   # "will u still be answering on tues 29th dec?": that day is in our closure
        if client["phase"] == "transition" and cues.asks_about_holidays(text) and "?" in text and cues.only_shouts(text):
            # "Will you be around over Christmas if the till system goes down? Christmas week is our busiest!!": pressed,
            # not hostile; the closure and what it means
            return ["holiday_cover"]
        if cues.asks_end_date(text) and (len(text.split()) <= SHORT_QUESTION_WORDS
                                         or whole.intent in REASON_KINDS and not cues.asks_why(text)):
            # "when is the last day?" from a client in offboarding asks about ours (and "so is it true we're done just
            # before christmas? whats the actual last day" asks the day, not why)
            return ["end_date"]
        if client["phase"] == "transition" and cues.asks_if_still_supported(text) and whole.intent not in HOSTILE \
                and (len(text.split()) <= SHORT_QUESTION_WORDS or cues.asks_if_tickets_still_taken(text)):
            return ["end_date"]   # "will u still be around on jan 4th??": yes, to the last day on record
        if "?" in text and client.get("end_date") and whole.intent not in HOSTILE and cues.offers_a_date(text) \
                and date.fromisoformat(client["end_date"]) in cues.days_named(text, client_today(client, self.config.timezone)):
            return ["end_date"]   # "is it 4th of Jan or 4th of Feb?": which day is the last, from the record
        # ("what happens if the till dies on 29 December?": who helps on a day of theirs, like "who do we call")
        breaks = cues.asks_what_if_it_breaks(text)
        who_helps = contact or breaks
        # (a hello or goodwill to us from a client we're parting with, "popping in to say hi to the team", "no hard
        # feelings ... dropping a box of mince pies at yours", is for us, however everyday it reads)
        # ("dropping a box of mince pies" sounds sour to a word list; "no hard feelings" says otherwise)
        goodwill = client["phase"] in OFFBOARDING and not cues.sarcastic(text) and (
            cues.bears_no_grudge(text) or not cues.sounds_sour(text) and (cues.says_hello_to_us(text) or cues.offers_a_gift(text)))
        if whole.principle is None and confident and not whole.doubt and not cues.refers_to_us(text) and not who_helps \
                and not goodwill:
            # The router is sure this is an everyday request that speaks of nothing of ours: a word
            # like "who do I call" or "last day" in it must not turn it into an offboarding answer.
            return []
        if client["phase"] == "transition" and not client.get("new_provider") and cues.has_nobody_yet(text) \
                and cues.asks_what_becomes_of_theirs(text) and bool(cues.CREDENTIAL_WORDS.search(text)) \
                and whole.intent not in HOSTILE:
            # "we havent got a new IT company yet. what happens to our email and patient files on the 21st?? also can u
            # send all the admin passwords here": the safe landing, then the passwords' safe way
            return ["no_new_provider", "credentials_handover"]
        if client["phase"] == "transition" and unsure and whole.intent in ("second_chance", "better_offer") \
                and cues.offers_less_work(text) and not cues.sounds_angry(text):
            return ["better_offer"]   # "Could we work out a lighter plan, fewer calls maybe? Please.": a smaller deal, the kind no
        if client["phase"] == "ended" and unsure and whole.intent == "after_end_request" and cues.asks_for_work(text) \
                and not (cues.asks_for_what_is_theirs(text) or cues.sounds_angry(text)):
            return ["after_end_request"]   # "hey can u guys add a new user to our 365, need it today": work, after the end
        reverse = cues.asks_to_reverse(text)
        if who_helps and client["phase"] == "transition" and not reverse and self._day_in_closure(text, client):
            return ["holiday_cover"]   # "if something breaks on 29 December, who do we call?": that day is in our closure
        if who_helps and client["phase"] == "transition" and not reverse and self._asks_after_the_end(text, client):
            return ["after_last_day"]   # "if it breaks on the 22nd, who do we call?": not us, after the last day
        if breaks and client["phase"] == "transition" and not reverse:
            return ["end_date"]   # "what happens if the server goes down tomorrow?": our help desk, to the last day
        if client["phase"] in OFFBOARDING and cues.about_domain(text) and whole.intent not in HOSTILE \
                and (contact or "?" in text and (unsure or whole.principle != "done") and not cues.asks_end_date(text)):
            # "who do we talk to about moving hoolibakery.co.uk over?", "Is hoolibakery.co.uk in our name or yours?":
            # theirs, handed over
            return ["credentials_handover"]
        if contact:
            if confident and whole.principle == "decisive":
                return [whole.intent, "contact"]
            return ["second_chance", "contact"] if reverse else ["contact"]
        if client["phase"] == "transition" and cues.provider_waits_on_us(text, client.get("new_provider") or "") \
                and not cues.sounds_angry(text):
            return ["provider_handover"]   # "our castle tech guy says he hasn't heard from you yet": the handover, not anger
        if client["phase"] == "transition" and cues.changes_provider(text) and whole.intent not in HOSTILE:
            return ["provider_handover"]   # "someone else instead of Castle Tech": nothing changes on our side
        if cues.asks_end_date(text) and self._stated_last_day(text, client):
            return ["end_date"]   # "so our last day is Jan 5th?": the day on record, and not theirs
        if client["phase"] == "transition" and whole.intent in WORK_KINDS and self._asks_after_the_end(text, client) \
                and not from_provider:
            return ["after_last_day"]   # (the new provider starting on the last day asks about the handover)
        if cues.asks_end_date(text) and (whole.principle in (None, "helpful", "done") or not confident) \
                and not (confident and whole.intent in ("data_export", "credentials_handover")
                         and cues.names_the_end_as_a_deadline(text)):
            return ["end_date"]   # ("Before the last day we need all our files exported.": their data, by then)
        if cues.nobody_holds_the_logins(text):
            # "Brilliant. Two weeks in and nobody seems to know the admin passwords. Thanks a bunch.": theirs, handed over
            return ["credentials_handover"]
        kind = cues.small_talk_kind(text)
        # "Thanks for nothing": a word of thanks in a message the router reads as hostile is sarcasm, not small
        # talk (when the router is unsure as well, a person sees it first, as for any other message).
        hostile = whole.intent in HOSTILE
        if kind == "seasonal" and cues.wishes_the_season_grudgingly(text):
            return ["gratitude"]   # "ok whatever. merry xmas i guess": the wish returned, kindly
        if kind == "thanks" and not cues.makes_a_request(text) and (
                cues.sounds_sour(text) and (cues.sounds_angry(text) or cues.sarcastic(text))
                or cues.sarcastic(text) and (hostile or not cues.offers_a_gift(text))) \
                or kind == "seasonal" and cues.sarcastic(text) and "?" not in text:   # ("good luck finding anyone")
            return ["angry_client"]   # "thanks for the garbage you left us": sarcasm a person answers, never chatter
        if kind in ("greeting", "thanks", "seasonal") and hostile and cues.sarcastic(text) and not cues.makes_a_request(text):
            return ["angry_client"]   # "Great. So you're dumping us right before Christmas. Lovely holiday spirit."
        # (a hello that goes on to ask something, "Hello, I am the new practice manager ... Who will pay the licence?",
        # is the question, not a greeting)
        # (and so is one that goes on to ask at length: "Good day. Our new IT man ask how you have configured the server
        # backup. Please send the settings.")
        if client["phase"] in OFFBOARDING and (kind == "greeting" and cues.says_hello_to_us(text) and not cues.sounds_sour(text)
                                                or kind == "seasonal" and not cues.makes_a_request(text)) \
                and (unsure or not hostile) and not cues.sarcastic(text) and not cues.sounds_angry(text):
            # "just saying hello, hope you're all good over there", "ok fine. have a good christmas i guess": a hello or
            # the season's wishes back, never silence
            return ["gratitude"]
        if goodwill and kind == "thanks" and not hostile and not cues.makes_a_request(text):
            return ["gratitude"]   # ("thanks for the heads up, no hard feelings ... mince pies"): thanked back warmly
        if kind == "greeting" and not (("?" in text or len(text.split()) > 8) and cues.makes_a_request(text)) \
                or (kind in ("thanks", "seasonal") and not cues.makes_a_request(text) and not hostile):
            return ["greeting"]
        if kind == "thanks" and hostile and (unsure or whole.doubt) and not cues.sounds_sour(text) and not cues.makes_a_request(text):
            # Plain thanks the router only half reads as hostile, with no sour word in it: answered (a person
            # approving, as the router is in doubt) with warm thanks, never an apology for "frustration".
            return ["no_hard_feelings"]
        if escalation_cues.demands_the_reason(text):
            return ["reason_demanded"]    # "you never told us why": only the reason in words answers it
        about_reason = cues.asks_why(text) or (cues.is_guessing(text) and cues.guessed_reasons(text)) \
            or bool(cues.asks_if_cause(text))   # ("is this bc our receptionist was rude to ur tech?": a guess, however put)
        wrong_guess = bool(cues.guessed_reasons(text)) and client.get("reason_category") not in cues.guessed_reasons(text)
        if about_reason and cues.sounds_angry(text) and "?" not in text and not cues.asks_why(text) and not wrong_guess:
            # "you ditched us because of a few projects. Pathetic.": an insult, for a person (but "can someone FINALLY
            # tell me why you dumped us" asks for the reason, and "you're dumping us because we complained ... Bit
            # petty" is a wrong guess, corrected with the real reason)
            return ["angry_client"]
        if about_reason and (unsure or whole.principle == "honest" or cues.asks_why(text) and whole.confidence < 0.8
                             and not (cues.reports_a_fault(text) or cues.asks_for_a_fix(text))):
            # ("Hello, why you stop to work with us? We pay always on time, no?": why, whatever the router half-reads)
            return ["explain_reason"]
        if reverse and unsure:
            return ["second_chance"]
        if unsure and escalation_cues.fears_or_plans_leaving(text):
            return ["leaving_us"]
        return []

    def _apply_policy(self, plan: "Plan", client: dict, text: str) -> "Plan":
        phase = client["phase"]
        policy = reply_policy.load()
        if {"contact", "no_new_provider"} <= set(plan.raw) and phase == "transition" and not client.get("new_provider") \
                and cues.asks_for_recommendation(text):
            # ("who do you think we should switch to? We haven't a clue.": the names offered carry the plan for nobody yet)
            plan.raw.remove("no_new_provider")
        if not plan.raw:
            return plan.handing_off(f"I am not confident enough ({plan.confidence:.0%}) to answer for us"
                                    if plan.unsure else "it is not about the offboarding")
        facts = {"reason": bool(client.get("reason_category") or client.get("reason")),
                 "written_reason": bool((client.get("reason") or "").strip()),
                 "end_date": bool(client.get("end_date")), "new_provider": bool(client.get("new_provider")),
                 "account_owner": bool(client.get("account_owner"))}
        actions = []
        for intent in plan.raw:
            rule = policy.rule(intent, phase)
            if rule is None:
                return plan.handing_off("the reply policy says nothing about this kind of message")
            missing = [need for need in rule.needs if not facts.get(need)]
            plan.intents.append(rule.wording)
            plan.missing.extend(missing)
            if missing:
                command = "reason" if {"reason", "written_reason"} & set(missing) else "end"
                plan.follow_up = "Not on record: " + ", ".join(m.replace("_", " ") for m in missing) + \
                    f". Record it (`offboard {command} ...`) so the bot can answer next time."
                actions.append((reply_policy.HANDOFF, f"no {missing[0].replace('_', ' ')} is recorded for this client"))
            else:
                actions.append((rule.action, f"the reply policy hands this to a person ({policy.about.get(intent)})"))
        wording = plan.intents[0]
        # The principle the answer serves in this phase (an ex-client tided over is "done"), whatever its wording.
        # (Helping them find a provider that fits better is principle 3's offer: friendly.)
        plan.principle = principle_in_phase(wording, phase, CLIENT) if wording in INTENTS else \
            "friendly" if wording == "contact" and cues.asks_for_recommendation(text) else \
            ("done" if phase == "ended" else "helpful") if wording in ("contact", "end_date") else \
            POLICY_KIND_PRINCIPLE.get(wording)
        if plan.intents[0] == "contact" and not client.get("account_owner"):
            plan.follow_up = "They asked who to talk to and no account owner is recorded: please get in touch " \
                "with them, and record one (`offboard owner ...`)."
        named = self._provider_named(text, client, told=True)
        contact = cues.email_address(text) or cues.contact_person(text)
        contact = contact if "@" in contact or not contact else f'"{contact}"'   # ("Sam Reyes", quoted for the command)
        if named and (named.lower() != (client.get("new_provider") or "").lower() or
                      (contact and not client.get("new_provider_contact"))):
            # (an address given with a request for their secrets is confirmed with them before it is recorded)
            check = "once you've confirmed that address with them, " if contact and cues.credential_items(text) else ""
            plan.follow_up = " ".join(filter(None, [plan.follow_up, f"They told us about their new provider, {named}: "
                                                    f"{check}record it (`offboard provider \"{client['name']}\" \"{named}\""
                                                    f"{' ' + contact if contact else ''}`)."]))
        if wording in REASON_WORDING and disputes(text, client.get("reason_category") or ""):
            # The reply tells them the account owner has their message: it must be true.
            plan.follow_up = " ".join(filter(None, [plan.follow_up, "They see the reason differently: the reply "
                                                    "says the account owner has their message, so please read it."]))
        if wording in KNOWN_NO and len(text.split()) > LONG_LETTER_WORDS:
            # A long, personal letter asking us to think again is answered by a person, from the kind no drafted.
            actions = replies_handed_over(actions, "a long personal letter asking us to reconsider: a person answers it")
        elif wording in KNOWN_NO and escalation_cues.mentions_hardship(text) and phase in OFFBOARDING:
            # ("my husband was unwell and I fell behind ... We will pay six months upfront"): the kind no, with sympathy
            # first, which a person sends
            actions = replies_handed_over(actions, "they tell us of a hardship in their life: a person answers it")
        elif len(text.split()) > LONG_LETTER_WORDS and cues.is_distressed(text) and phase in OFFBOARDING:
            # ("I've barely slept. I don't know who to call ... Please tell me what we are supposed to do."): a person
            # answers a distressed letter, from the answer drafted
            actions = replies_handed_over(actions, "a long letter from someone distressed: a person answers it")
        if wording == "holiday_cover" and phase == "transition" and self._supported_over_the_break(client) \
                and not self.config.office_closed:
            # Support runs into Christmas: who answers on which day is not on record, so a person confirms it (with
            # our closure configured it is: nobody while we're shut, the help desk as usual either side).
            actions = replies_handed_over(actions, "our holiday cover is not on record: a person confirms it")
        if cues.offers_to_settle(text) and client["phase"] in OFFBOARDING:
            # Money offered on what they owe is for the account owner to take up, whatever else is answered.
            actions = replies_handed_over(actions, "they offer to pay what they owe: the account owner takes that up")
        if all(action == reply_policy.QUIET for action, _ in actions):
            plan.action, plan.reason = IGNORE, "it is not for us to answer (the reply policy keeps quiet)"
            return plan
        actions = [(action, why) for action, why in actions if action != reply_policy.QUIET]
        handoffs = [why for action, why in actions if action == reply_policy.HANDOFF]
        if plan.unsure:
            return plan.handing_off("it carries several requests and I can't tell what one of them asks"
                                    if plan.several else
                                    f"I am not confident enough ({plan.confidence:.0%}) to answer for us")
        if handoffs:
            why = "it carries several requests and not every one can be answered automatically" \
                if plan.several else handoffs[0]
            return plan.handing_off(why)
        if cues.writes_as_the_new_provider(text, client.get("new_provider") or "") and \
                not set(plan.intents) <= WRITTEN_FOR_PROVIDERS:
            return plan.handing_off("another firm writes about the client, and this wording is written to the client")
        plan.declined = any(action == reply_policy.DECLINE for action, _ in actions)
        if not plan.declined and not plan.answers_all and not set(plan.intents) & ANSWERS_FOLLOW_UPS \
                and cues.asks_several_questions(text) and not (plan.several and not plan.unread) \
                and not ("holiday_cover" in plan.intents and (cues.speaks_of_cut_off(text)
                                                              or cues.asks_only_about_the_break(text))):
            # (the holiday answer says first that nothing is switched off: "heard you're switching everything off on
            # Christmas Eve?" is answered beside it; and it says whether we're open and what happens if something breaks)
            # (several parts, each read, are each answered: nothing is left open)
            # "Will you delete our emails? Also, who owns our domain?": one stock answer leaves a question open.
            plan.more_asked = True
            return plan.handing_off("it asks several things and one answer may not cover them all")
        plan.action = REPLY
        return plan

    def _days_left(self, client: dict) -> int | None:
        """Days from the client's today to its last day on record (negative once it has passed); None with no last day."""
        if not client.get("end_date"):
            return None
        return (date.fromisoformat(client["end_date"]) - client_today(client, self.config.timezone)).days

    def _provider_named(self, text: str, client: dict, told: bool = False) -> str:
        """The new provider a client's message names (told: the one it tells us of, cues.provider_told), never the
        client's own name however it is spelt ("hi this is the new guy at Vandleay")."""
        named = cues.provider_told(text, client.get("new_provider") or "") if told else cues.provider_named(text)
        found = self.clients.resolve(named) if named else None
        # (found by its new provider, the client's own record names them: that is the provider, not the client)
        return "" if found and found.how != "provider" and (found.client or {}).get("id") == client.get("id") else named

    def _contact_day_late(self, text: str, client: dict) -> date | None:
        """The day staff say the new provider will be in touch, when it falls after the day on record and by the last day."""
        if client.get("phase") != "transition" or not client.get("end_date"):
            return None
        today, end = client_today(client, self.config.timezone), date.fromisoformat(client["end_date"])
        promised = cues.provider_contact_day(text, today, client.get("new_provider") or "", told_by_staff=True)
        deadline, _ = render.handover_deadline(end, today, self.config.office_closed)
        return promised if promised and deadline and deadline < promised <= end else None

    def _working_days_between(self, day: date, client: dict) -> int:
        """Working days after `day` up to and including the client's last day of support."""
        workdays = Workdays(self.config.working_days, self.config.public_holidays, self.config.office_closed)
        return workdays.count_between(day + timedelta(days=1), date.fromisoformat(client["end_date"]))

    def _early_end_put_up(self, text: str, client: dict | None) -> bool:
        """Staff ask whether we may end before the last day on record ("ok if we just call Friday 18 December the last
        day so the team can wind down?"): coaching on the decision, not a look-up of the day."""
        return client is not None and client["phase"] == "transition" and bool(client.get("end_date")) \
            and staff_cues.puts_up_a_move(text) and cues.ends_it_early(
                text, date.fromisoformat(client["end_date"]), client_today(client, self.config.timezone))

    def _closed_day_named(self, text: str, client: dict) -> date | None:
        """A day the client names for the handover, a call or work asked of us that falls while our office is closed ("Castle Tech
        will call you on the 28th"); None for none, or with no closure on record."""
        if not cues.speaks_of_the_handover(text) and not cues.mentions_new_provider(text, client.get("new_provider") or "") \
                and not cues.asks_for_work(text):   # ("can u guys still do the till update on Tue 29 Dec?": we're shut then)
            return None
        return self._day_in_closure(text, client)

    def _settled_part(self, piece: str, part: "Part", client: dict) -> "Part":
        """A part of a message read without confidence, settled by what its words say where they say one thing
        that needs no guessing: a fear of deletion, a credential asked for; and, however it was read, work asked of us
        for a day after the last one ("once we pick someone can they call you in january?": after the last day)."""
        if client["phase"] == "transition" and part.intent in ("support_request", "after_end_request") \
                and (self._asks_after_the_end(piece, client) or client.get("end_date")
                     and self._only_months_after(piece, date.fromisoformat(client["end_date"]))) \
                and not (cues.asks_end_date(piece) or cues.fears_deletion(piece) or cues.asks_for_what_is_theirs(piece)):
            return Part("after_last_day", POLICY_KIND_PRINCIPLE["after_last_day"], 1.0)
        holiday_asked = client["phase"] == "transition" and bool(self.config.office_closed) \
            and part.intent != "holiday_cover" and cues.asks_about_holidays(piece)
        confident = part.confidence >= self.config.confidence_threshold and part.principle is not None
        if confident and not holiday_asked:
            return part
        cue = self._cue(piece, part, client)   # (read once, for the closure question and the words that settle a part)
        if holiday_asked and cue == ["holiday_cover"]:
            # ("2) will u guys be around over christmas if something breaks?": our closure, on record, however it was read)
            return Part("holiday_cover", POLICY_KIND_PRINCIPLE["holiday_cover"], 1.0)
        if confident:
            return part
        if len(cue) == 1 and cue[0] in SETTLED_BY_WORDS:
            principle = principle_in_phase(cue[0], client["phase"], CLIENT) if cue[0] in INTENTS \
                else POLICY_KIND_PRINCIPLE[cue[0]]
            return Part(cue[0], principle, 1.0)
        return part

    def _provider_promised_late(self, text: str, client: dict | None) -> bool:
        """The message says the new provider will be in touch only after the day they should be (the handover date)."""
        if not client or client.get("phase") != "transition" or not client.get("end_date") or cues.asks_for_more_time(text):
            return False   # ("they can't start until next month. Can you keep supporting us until then?": more time, asked)
        today = client_today(client, self.config.timezone)
        # (the provider recorded, or the one the message names: "a company called NovaTech but they can only start in January")
        # (or one they lean towards: "we're probably going with DentaTech, is it ok if they get in touch in January?")
        promised = cues.provider_contact_day(text, today, client.get("new_provider") or cues.provider_named(text, tentative_too=True))
        if not promised or self._day_in_closure(text, client):
            return False   # ("Castle Tech will call you on the 28th": that day falls while we're shut, said as such)
        deadline, _ = render.handover_deadline(date.fromisoformat(client["end_date"]), today, self.config.office_closed)
        return bool(deadline and today <= deadline < promised)

    def _asks_about_a_closed_day(self, text: str, client: dict | None) -> bool:
        """A client in notice asks if we're there, or for work, on a day our office is closed ("will u still be
        answering on tues 29th dec?", "can u do the till update on Tue 29 Dec?"), said by them or pasted by staff."""
        return client is not None and client["phase"] == "transition" \
            and (cues.asks_if_still_supported(text) or cues.asks_for_work(text)) \
            and self._day_in_closure(text, client) is not None

    def _day_in_closure(self, text: str, client: dict) -> date | None:
        """The first day the text names that falls while our office is closed; None for none, or no closure on record."""
        closed = self.config.office_closed
        if not closed:
            return None
        today = client_today(client, self.config.timezone)
        return next((day for day in cues.days_named(text, today, bare_ordinals=True) if closed[0] <= day <= closed[1]), None)

    def _supported_over_the_break(self, client: dict) -> bool:
        if not client.get("end_date"):
            return False
        end = date.fromisoformat(client["end_date"])
        return end >= render.the_break(client_today(client, self.config.timezone), self.config.office_closed)[0]

    def _handoff(self, message, client, phase, reason: str) -> Decision:
        decision = Decision(HANDOFF, client=client, phase=phase)
        decision.staff_notice = self._staff_notice(message, decision, reason)
        return decision

    def _command(self, message: IncomingMessage, args: list[str]) -> Decision:
        if message.audience != STAFF:
            text = STAFF_ONLY.format(company=self.config.company)
            return Decision(DENY, intent="command", reply=Reply(text=text, audience=message.audience))
        typed = " ".join([message.text, *args])
        if any(secret in typed for secret in self.config.secrets()):
            return Decision(DENY, intent="command", reply=Reply(text=SECRET_REFUSED), error="secret in a command")
        if self.config.admins and message.sender_id not in self.config.admins \
                and not self.commands.is_read_only(args):
            text = "Only the offboarding admins can change client records. Ask one of them, or use `list`/`show`."
            return Decision(DENY, intent="command", reply=Reply(text=text))
        invocation = Invocation(args, message.platform, message.conversation_id, message.sender_id,
                                message.sender_name, message.mentions, message.place)
        try:
            answer, error = self.commands.run(invocation), None
        except ClientError as problem:
            answer, error = str(problem), str(problem).splitlines()[0]
        answer = answer if isinstance(answer, Answer) else Answer(answer)
        return Decision(COMMAND, intent="command", reply=Reply(text=answer.text, checklist=answer.checklist),
                        error=error, confidence=1.0, client=answer.client)

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

    def _facts(self, client: dict | None, sender_name: str, text: str = "", intent: str = "",
               staff: bool = False) -> dict:
        # (a plea or an offer that guesses the reason, "Was it the price? Because we can pay more.", is corrected too)
        about_reason = intent in REASON_WORDING or intent in ("better_offer", "second_chance", "come_back") \
            and cues.is_guessing(text) and bool(cues.guessed_reasons(text))
        today = client_today(client, self.config.timezone) if client else None
        cause = (cues.asks_if_cause(text) or cues.cause_put_beside_why(text)
                 or (cues.reason_proposed(text) if staff else "")) if about_reason else ""   # ("can I tell them it's because ...?")
        # The cause they ask about is the guess ("is it because we complained ...? We can be less demanding": the
        # complaint, not the workload their offer speaks of); with no cause asked, every reason the message names.
        guesses = tuple(cues.guessed_reasons(cause) or cues.guessed_reasons(text)) if about_reason else ()
        facts = render.facts_for(client, company=self.config.company, signer=self.config.signer,
                                 payment_terms=self.config.payment_terms, phone=self.config.phone,
                                 sender_name=sender_name, today=today, closed=self.config.office_closed,
                                 guesses=guesses, guessed_cause=cause)
        facts["small_talk"] = cues.small_talk_kind(text)
        # "Is this about the invoices? ... Please reconsider.": a plea that asks the cause is told the reason too
        facts["plea_asks_cause"] = not staff and intent in ("second_chance", "better_offer") \
            and bool(cues.asks_if_cause(text) or cues.asks_why(text))
        # Another client of ours named ("did you also drop Globex?"): their affairs are theirs, never discussed.
        facts["other_client"] = next((name for name in sorted(self.clients.names_in(text))
                                      if name != (client or {}).get("name")), "")
        facts["others_asked"] = not staff and cues.asks_about_other_clients(text)   # "or is it just us?"
        facts["hurt"] = not staff and cues.writes_from_the_heart(text)   # "I'm honestly hurt": said kindly first
        facts["holder_asked"] = cues.asks_who_holds(text)   # "do we have it or do you??": where it is, not on record
        facts["handed_over_asked"] = cues.asks_if_handed_over(text)   # "confirm all credentials have been returned"
        facts["by_when_asked"] = not staff and cues.asks_by_when_done(text)   # "confirm the date by which this is completed"
        facts["steps_to_confirm"] = () if staff else steps_to_confirm(text)   # "... the domain transfer completed"
        facts["end_confirm_asked"] = not staff and cues.asks_written_confirmation(text)   # "... confirm in writing the date"
        # ("confirm in writing the exact date ... and the reason recorded for the termination": both, for their records)
        facts["recorded_reason_asked"] = facts["end_confirm_asked"] and (cues.asks_why(text) or cues.asks_for_the_reason(text))
        facts["invited"] = not staff and cues.invites_us(text)   # "will any of you come to our christmas drinks?"
        facts["resume_demanded"] = not staff and cues.demands_support_back(text)   # "... start supporting us again"
        facts["paid_on_time_said"] = not staff and cues.says_always_paid(text)   # "we have always paid on time!"
        # ("dumped us because we asked for a couple of extras"): where the record says the requests kept coming, said
        facts["one_request_blamed"] = not staff and facts["reason_category"] == "scope_creep" and cues.blames_one_request(text)
        # ("We paid every one of them in the end": owned before the reason, whoever passes it on)
        facts["paid_in_the_end"] = cues.says_paid_in_the_end(staff_cues.pasted_message(text) or "" if staff else text)
        facts["kind_said"] = not staff and cues.says_kind_to_us(text)   # "we r nice to ur guys": thanked, it isn't that
        facts["needs_from_them_asked"] = not staff and cues.asks_what_we_need(text)   # "what do you need from us?"
        if not staff:   # "could you keep supporting the tills until end of February? Castle Tech don't do tills"
            facts["run_past_the_end"] = cues.asks_to_run_it_past_the_end(text)
            facts["provider_lacks"] = cues.provider_lacks(text, facts["new_provider"])
            facts["hosted_with_us"] = cues.hosted_with_us(text)   # "keep just the email hosting with you": it moves
            facts["for_a_while"] = cues.asks_for_a_while(text)   # "a few more weeks": said back as asked
        else:   # ("Acme asked if we'd keep hosting their email 'just till spring'"): it moves, passed on too
            facts["hosted_with_us"] = cues.hosted_with_us(text)
        # ("tell Acme the bakery got dropped too": the one to be told is named first, and it may not be the one resolved)
        facts["told_first"] = not facts["other_client"] or not client or self._named_before(text, client["name"],
                                                                                             facts["other_client"])
        items = cues.credential_items(text)
        if items == ("the domain registrar login",) and cues.asks_to_move_domain(text):
            items = ()   # "our domain is still in your registrar account. transfer it to us": the domain itself, moved
        if items and cues.about_domain(text) and not any("domain" in item for item in items):
            items += ("the domain registrar login",)   # "the Wi-Fi admin login and the domain stuff"
        facts["items"] = render.in_a_list(items)
        facts["domain_moved"] = not items and cues.about_domain(text)   # "acme want their domain moved to them": the steps
        facts["data_cover"] = staff and staff_cues.wants_data_cover_note(text)   # the note that goes with their data
        facts["for_the_years"] = cues.thanks_for_the_years(text)
        facts["compliment"] = cues.pays_a_compliment(text)
        facts["disputed"] = about_reason and disputes(text, facts["reason_category"])
        facts["contact_about"] = cues.contact_topic(text, facts["new_provider"])
        facts["provider_person"] = "" if staff else cues.provider_person(text)   # ("their guy is called Jamie")
        facts["situation"] = situation(text, staff, facts["phase"])
        if staff and not facts["situation"] and (facts.get("ends_before_break") or facts.get("closed_in_support")) \
                and cues.asks_about_holidays(text) \
                and staff_cues.questions_full_support(text) and not staff_cues.asks_to_write(text) \
                and not cues.holds_back(text) and not cues.unsafe_move(text):
            # "do we need to cover Acme over the Christmas shutdown?": it ends before; "do we have to answer Hooli during
            # the closure?": the closure falls in their support, and what they are told about it
            facts["situation"] = "holidays"
        pasted = staff_cues.pasted_message(text) or "" if staff else ""
        if staff and not facts["situation"] and self._asks_about_a_closed_day(pasted, client):
            facts["situation"] = "closure_note"   # 'wrote "will u still be answering on tues 29th dec?"': we're closed then
        if facts["situation"] == "recommend" and facts["ended"] and facts["new_provider"]:
            facts["situation"] = ""   # they have a provider and we have ended: pointing them elsewhere re-engages
        facts["urgent"] = cues.says_urgent(text)
        facts["asks_after"] = self._asks_after_the_end(text, client) or not staff and cues.asks_who_helps_after(text)
        facts["closing_asked"] = not staff and cues.asks_if_we_are_closing(text)   # "or are you lot closing down?"
        facts["deletion_feared"] = not staff and cues.fears_deletion(text)   # "are you going to wipe our stuff after the 4th?"
        # "reset the password for dr.okafor - she's locked out - and post the login for our domain account": the reset too
        facts["user_reset_too"] = not staff and cues.asks_user_reset_beside_a_handover(text)
        needed_by = cues.answer_needed_by(text, today) if today and not staff else None
        facts["reply_by"] = render.long_date(needed_by) if needed_by else ""   # "Finance needs to know by Friday"
        facts["left_waiting"] = not staff and cues.left_waiting(text)   # "Three days and not a peep": sorry, first
        facts["format_asked"] = not staff and cues.asks_format(text)   # "What format will it come in?": a person confirms
        # "got an invoice i don't understand" ("who do we pay now?" names no invoice: none is said to be mentioned)
        facts["bill_unclear"] = not staff and cues.questions_a_charge(text) and cues.names_an_invoice(text)
        facts["how_long_kept_asked"] = cues.asks_how_long_kept(text)   # "how long do u keep our backups?": not on record
        facts["cancel_self_asked"] = not staff and cues.asks_if_they_must_cancel(text)   # ("do we need to cancel anything?")
        facts["cancel_product"] = "" if staff else cues.licences_to_cancel(text)   # ("cancel the Adobe licences": done)
        facts["cancel_asked"] = not staff and cues.asks_us_to_cancel_licences(text)   # "cancel the 365 thing now": not yet
        facts["fixer_asked"] = cues.asks_who_fixes(text)   # "who do we ring now if the server falls over?"
        facts["end_date_asked"] = not staff and cues.asks_end_date(text)   # ("... and when's the actual last day again")
        # "who do we call when something breaks after you've gone?", "after the 4th can you still help us for emergency?"
        facts["calls_after"] = cues.asks_for_contact(text) or cues.asks_about_after_the_end(text) and cues.says_urgent(text)
        # (staff passing it on included: the whole text, their quote of the client with it)
        # ("who would you recommend as a new IT company?" speaks of one they haven't got: nobody is taking over yet)
        facts["provider_mentioned"] = bool(facts["new_provider"]) or cues.mentions_new_provider(text) \
            and not (cues.asks_for_recommendation(text) and not (client and self._provider_named(text, client)))
        facts["provider_to_come"] = not staff and cues.speaks_of_a_provider_to_come(text)   # "once we pick a new IT company"
        facts["provider_spoken_of"] = cues.mentions_new_provider(text, facts["new_provider"] or "")   # "castle tech say ..."
        facts["provider_in_message"] = cues.mentions_new_provider(text, facts["new_provider"] or "")   # named by them
        facts["notice_asked"] = cues.asks_notice_date(text)
        facts["provider_contact_asked"] = not staff and cues.asks_if_provider_in_touch(text, facts["new_provider"] or "")
        facts["who_provider_asked"] = not staff and cues.asks_who_our_provider_is(text)
        facts["fond_word"] = not staff and cues.says_something_fond(text)   # "still miss our coffee chats": said back kindly
        facts["distressed"] = not staff and cues.is_distressed(text)   # "I've barely slept": sorry for the worry first
        facts["data_feared_gone"] = cues.fears_data_gone(text)   # "have you deleted our files?": theirs, and a person checks
        facts["files_missing"] = cues.says_files_missing(text)   # "half our files are gone": the worry owned first
        facts["recycle_bin_store"] = cues.recycle_bin_store(text) \
            if facts["files_missing"] or staff and staff_cues.claim_we_deny(text) else ""   # where to look meanwhile
        facts["client_angry"] = not staff and (cues.sounds_angry(text) or cues.letter_sounds_angry(text))
        # ("For years your service was slow ... Then you drop us like we're nothing. Now Outlook won't open"): heard first
        facts["grievance_told"] = not staff and len(text.split()) >= LONG_GRIEVANCE_WORDS and cues.sounds_sour(text)
        # ("I am asking you as a person, not as a customer ... come back for a few months?"): heard before the no
        facts["long_letter"] = not staff and len(text.split()) >= LONG_GRIEVANCE_WORDS
        facts["sarcasm_said"] = not staff and cues.sarcastic(text)
        facts["bot_jab"] = cues.jabs_at_the_bot(staff_cues.pasted_message(text) or "" if staff else text)
        facts["feels_ignored"] = cues.feels_ignored(text) or not staff and cues.left_waiting(text)   # "ghosted after all these years": told we are not ignoring them
        facts["stated_day"] = self._stated_last_day(text, client)
        facts["later_day_asked"] = self._later_day_asked(text, client)   # ("... to Monday 11 January 2027"): named back
        # ("the last day is Thursday 31 December? We need more time": the day misread, put right before the no)
        facts["day_misread"] = facts["stated_day"] if not cues.asks_to_move_the_day(text) else ""
        facts["asks_what_after"] = cues.asks_what_after(text)
        facts["still_supported_asked"] = cues.asks_if_still_supported(text)   # "can we still call you until the end?"
        facts["breaks_asked"] = cues.asks_what_if_it_breaks(text)   # "what happens if the server goes down tomorrow?"
        facts["ending_confirm_asked"] = cues.asks_if_true(text)   # "your company stop the support. Is true?"
        facts["ending_raised"] = cues.raises_the_ending(text)   # (a routine ticket that doesn't leaves the day out)
        facts["season_wished"] = cues.wishes_the_season(text) and not cues.sarcastic(text)   # ("merry christmas to us, dropped")
        facts["timing_blamed"] = cues.blames_the_timing(staff_cues.pasted_message(text) or "" if staff else text)   # "Merry early Christmas to the team! Are you open ...?"
        # ("why you do this to us before the holidays??"): the reason on record beside the regret for the timing
        facts["why_asked"] = cues.asks_why(staff_cues.pasted_message(text) or "" if staff else text)
        facts["invoices_disputed"] = cues.disputes_the_invoices(text)   # ("... because half your invoices were wrong")
        # ("Any tips on what to look for in a new IT company?"): what to look for, beside the names offered
        facts["choosing_tips_asked"] = cues.asks_how_to_choose(staff_cues.pasted_message(text) or "" if staff else text)
        if not staff:
            facts["addressee"] = staff_cues.addressee("", text)   # "Dear Dr Ramos" to a message signed "Dr. Ramos"
            if facts["addressee"] and (self.clients.names_in(facts["addressee"])
                                       or self.clients.resolve(facts["addressee"]).client is not None):
                facts["addressee"] = ""   # signed with the firm's own name, typed as they typed it ("Hooly Bakery")
        facts["about_domain"] = cues.about_domain(text)
        facts["legal"] = escalation_cues.threatens_legal(text)
        facts["contract_cited"] = escalation_cues.cites_the_contract(text)   # "under clause 14 ...": checked, not argued
        facts["licences_listed"] = cues.asks_which_licences(text)   # "which licences we had with you": checked first
        facts["theirs_asked"] = cues.asks_for_what_is_theirs(text)   # ("We need our data. ALL of it. Or we call our lawyer.")
        facts["jab"] = cues.sarcastic(text) and "?" not in text and not cues.asks_for_a_fix(text)   # a dig, nothing asked
        # (not "does your company still have admin on our tenant?": asked, and the record doesn't say)
        facts["tools_found"] = cues.finds_our_tools_left(text) and not cues.asks_if_we_still_have_access(text)
        facts["closure_raised"] = facts["closed_in_support"] and cues.mentions_the_holidays(text)   # ("at Christmas?!")
        # What the client said they did (an apology, a payment, thanks), in their message or as staff relay it.
        facts["acknowledge"] = cues.acknowledgements(text)
        # (as staff pass it on too: "Acme say they won't pay December's invoice if we 'go through with this'")
        facts["pay_refused"] = cues.refuses_to_pay(text)
        facts["copy_first_asked"] = not staff and escalation_cues.asks_for_a_copy_first(text)   # (beside a deletion asked)
        facts["pay_set_up"] = cues.way_to_pay_set_up(text)   # "we've set up autopay now": thanked as done, not as an offer
        if (cues.asks_if_cause(text) or cues.is_guessing(text) and cues.guessed_reasons(text)) and client \
                and client.get("reason_category") != "late_payment":
            # ("Is this about that invoice row in the spring? Because we settled that.": a guess, answered as one, not a
            # payment to thank them for; "is because we pay late? We are sorry if so": no fault of theirs to accept)
            # ("Was it because our CEO shouted at your tech? He says sorry btw": an apology made, thanked in the answer)
            facts["guess_apology"] = "apology" in facts["acknowledge"] and not cues.apologises_only_if(text)
            facts["acknowledge"] = tuple(each for each in facts["acknowledge"] if each not in ("payment", "apology"))
        # ("move to direct debit and pay 3 months in advance"): the reason it answers, not restated back at them
        facts["terms_offered"] = not staff and cues.offers_new_payment_terms(text)
        facts["failure_feared"] = "" if staff else cues.fears_a_system_failing(text)
        facts["return_confirm_asked"] = not staff and cues.asks_to_confirm_returned(text)
        facts["new_there"] = not staff and escalation_cues.is_new_there(text)
        facts["provider_said"] = not staff and cues.mentions_new_provider(text)
        facts["proposal_invited"] = not staff and cues.invites_a_proposal(text)   # ("invite your firm to submit a proposal")   # (no more names offered to them)   # ("hi, I'm new here"): told we've ended   # (not confirmed unchecked)   # ("if our imaging system goes down?")
        facts["email_move_asked"] = "" if staff else cues.asks_us_to_move_email(text)   # ("move email to Google - can you?")
        facts["part_kept"] = "" if staff else cues.keeps_us_for_one_part(text)   # ("keep you just for email and the website")
        facts["new_user_asked"] = not staff and cues.asks_new_user_setup(text)   # ("a mailbox for our new hygienist"): yes
        facts["still_run_asked"] = not staff and cues.asks_if_things_still_run(text) \
            and not (cues.about_licences(text) or cues.about_domain(text))   # ("is our server still being backed up?")
        facts["apology_offered"] = not staff and cues.offers_an_apology(text)   # ("... and we can apologise"): none is needed
        facts["about_invoices"] = cues.about_invoices(text)
        # (a charge on a bill they hold, disputed, is checked: "your last invoice charges us for all of October")
        facts["final_bill_question"] = cues.asks_about_the_final_bill(text) and not cues.disputes_a_charge(text)
        facts["money_owed"] = cues.asks_what_is_owed(text)
        facts["pays_us_asked"] = cues.asks_if_we_are_paid(text)   # "are we meant to pay you?" beside their domain
        facts["renewal_due"] = cues.speaks_of_expiry(text)   # "domain renewal notice came to YOUR email": kept from lapsing
        facts["renewal_asked_of_us"] = not staff and cues.asks_us_to_renew(text)   # ("please just renew it for us": not ours now)
        facts["our_licences_kept"] = cues.keeps_our_licences(text)   # ("keep using our Microsoft 365 licences after the 21st?")
        facts["pay_question"] = cues.pay_question(text)   # "do we still have to pay the december invoice?", "money back?"
        if facts["pay_question"] == "still_pay" and client and client.get("end_date") \
                and self._only_months_after(text, date.fromisoformat(client["end_date"])):
            facts["pay_question"] = "after_end"   # ("pay for January?" after a December end: what the final bill covers)
        facts["provider_changing"] = not staff and cues.changes_provider(text)
        facts["about_charge"] = cues.questions_a_charge(text) and not cues.never_received(text)
        facts["refund_demanded"] = cues.demands_a_refund(text)   # "I want a refund for the last three months"
        facts["billed_by_us_said"] = cues.says_billed_by_us(text)   # ("renewal notices ... from YOUR company??")
        facts["charge_named"] = cues.names_the_charge(text)   # ("lists 3 licences we cancelled": no need to ask which)
        facts["invoice_missing"] = cues.never_received(text) and cues.about_invoices(text)   # "never got the final invoice"
        facts["invoice_asked"] = cues.asks_for_final_invoice(text)
        facts["copies_asked"] = cues.copies_asked(text)   # "a copy of our old service contract": sent, whatever the date
        # ("We'll pay it once you've handed everything over": the handover goes ahead, the invoice is due on its terms)
        facts["pay_conditional"] = cues.pays_after_handover(text)
        # ("... and confirm nothing else will be billed": whether more is to come, confirmed by a person)
        facts["more_billing_asked"] = cues.asks_if_more_is_billed(text)
        # "still no IT company", "could you recommend someone to take us on": no new arrangements
        facts["nobody_yet"] = not staff and (cues.has_nobody_yet(text) or cues.asks_for_recommendation(text))
        facts["steps_asked"] = not staff and cues.asks_what_we_need(text)   # "what will they need from you?"
        facts["asks_anything"] = staff or ("?" in text or cues.makes_a_request(text) or cues.never_received(text)) \
            and not (cues.sarcastic(text) and len(text.split()) <= SHORT_QUESTION_WORDS)
        # (a remark needs no follow-up, a short sarcastic question least of all; "we never got our data" asks for it)
        facts["urgent_unanswered"] = not staff and escalation_cues.urgent_and_unanswered(text)
        facts["written_for_after"] = bool((client or {}).get("written_for_after"))
        # "You lot were never any good anyway. Good riddance.": a parting jab, answered in one courteous line
        facts["parting_jab"] = not staff and facts["ended"] and not facts["asks_anything"] and len(text.split()) <= 25
        # ("BrightPath can't even get our email working. Thanks SO much"): what they may need from us, offered
        facts["topics_named"] = () if staff else cues.handover_topics(text)   # (a holding draft answers these)
        facts["pay_offered"] = not staff and cues.offers_to_pay(text)   # ("5 mins, we'll pay whatever": paid, still no)
        facts["provider_struggles"] = facts["parting_jab"] and cues.provider_struggles(text, client.get("new_provider") or "")
        facts["docs_lacking"] = not staff and cues.says_documentation_lacking(text)   # "a half-documented mess": name the gap
        # ("this is because we used BrightPath for the warehouse project. Pretty petty.", "you walked out on us mid-project"):
        # the real reason, said once
        facts["cause_blamed"] = facts["parting_jab"] and (cues.is_guessing(text) or cues.says_we_walked_out(text))
        facts["notice_missed"] = cues.notice_went_astray(text)   # ("we never got any letter": sorry it went astray)
        facts["nothing_explained"] = cues.says_nothing_was_explained(text)   # ("nobody explained anything": the notice date)
        facts["never_told"] = cues.says_never_told(text)   # "nobody has given us a real reason": that is owned first
        # "we've been with you for years": thanked (in a client's words staff paste, too: "Six years with you and ...")
        facts["long_ties"] = cues.speaks_of_long_ties(staff_cues.pasted_message(text) or "" if staff else text)
        facts["worry_said"] = "" if staff else cues.says_they_worry(text)   # "my staff are worried": acknowledged
        facts["trust_said"] = not staff and cues.says_they_trust_us(text)   # "we trust you": thanked for
        facts["free_work_asked"] = cues.asks_for_free_work(text)   # "fix his email for free": the no says free or paid
        # (the new provider asking "when can we get admin access?": whose it is, and how it is handed over)
        facts["access_asked"] = not staff and cues.asks_for_what_is_theirs(text) and bool(cues.CREDENTIAL_WORDS.search(text))
        facts["asks_if_at_fault"] = cues.asks_if_at_fault(text)   # "did we do something wrong?": answered plainly
        # "who should our new IT company talk to?": the account owner, by name
        facts["who_to_call"] = facts.get("who_to_call") or not staff and cues.asks_for_contact(text)
        facts["finish_early"] = not staff and cues.wants_to_finish_early(text) and not cues.asks_for_more_time(text)
        facts["more_time_asked"] = facts.get("more_time_asked") or not staff and cues.asks_for_more_time(text)
        facts["gap_named"] = cues.names_a_missing_item(text)   # "the doc doesn't include the key": owed
        # ("we're probably going with DentaTech", "we've appointed DataNorth"): no offer to suggest providers
        facts["provider_in_view"] = "" if staff else cues.provider_named(text, tentative_too=True)
        # ("Can you tell us how their firewall VPN was configured?"): our setup, explained no more once support has ended
        facts["setup_named"] = not staff and cues.asks_how_configured(text)
        facts["chat_asked"] = not staff and cues.unsafe_move(text) == "plain_channel"   # ("paste our passwords in here")
        facts["fix_thanked"] = not staff and cues.thanks_for_a_fix(text)   # ("thx for sorting the wifi"): no errand back
        # "on the 28th", while we're shut (as staff pass it on: "Hooli said 'Castle Tech want to start on Mon 28th'")
        # (or told of, "Hooli want a handover call on Tuesday 29 December": what they asked for, passed on)
        asked_of_us = staff_cues.pasted_message(text) or (text if cues.reports_a_request(text) else "")
        closed_day = self._closed_day_named(asked_of_us if staff else text, client) if client else None
        facts["closed_day"] = render.long_date(closed_day) if closed_day else ""
        facts["work_on_closed_day"] = bool(closed_day) and cues.asks_for_work(asked_of_us if staff else text)
        # ("If Castle Tech only calls us on Tuesday 29 December what happens? we're shut then": asked by staff themselves)
        own_closed_day = self._closed_day_named(text, client) if staff and client and "?" in text and not closed_day else None
        facts["closed_day_asked"] = render.long_date(own_closed_day) if own_closed_day else ""
        # ("acme's new provider might not ring us till Friday 18 December. is that ok?"): a day after the one on record
        late = self._contact_day_late(text, client) if staff and client else None
        facts["contact_day_late"] = render.long_date(late) if late else ""
        facts["working_days_after_contact"] = self._working_days_between(late, client) if late else 0
        # ("dropping off mince pies at your office on the 24th": nobody is in while we're shut)
        visit_day = self._day_in_closure(text, client) if client and not staff and cues.visits_our_office(text) else None
        facts["visit_day_closed"] = render.long_date(visit_day) if visit_day else ""
        facts["unanswered"] = not staff and cues.says_unanswered(text)   # "nobody has replied to my email": sorry first
        facts["hardship"] = not staff and escalation_cues.mentions_hardship(text)
        facts["hard_times"] = not staff and cues.tells_of_hard_times(text)   # "the flood in the spring": met with sympathy
        facts["emails_asked"] = not staff and cues.asks_for_their_email(text)   # ("our patient records and emails")
        if not staff and cues.writes_limited_english(text):
            facts["plain"] = True   # ("Sorry my english. Why you stop to help us?"): plain words back
        facts["licence_list_asked"] = not staff and cues.asks_for_a_licence_list(text)   # ("a list of all our licences")
        facts["antivirus_named"] = not staff and cues.names_antivirus(text) and cues.asks_what_happens(text)   # ("what happens to ... the antivirus?")
        facts["email_feared"] = not staff and cues.fears_losing_email(text)   # "do we lose email??": no, said plainly
        # ("What actually happens to our emails and patient files when you stop? I'm worried."): nothing is lost, first
        facts["fate_of_theirs_asked"] = not staff and cues.asks_what_becomes_of_theirs(text)
        # ("will it just stop??" with nobody chosen, "suggest they at least get an email provider set up"): email moved first
        facts["last_day_held"] = staff and staff_cues.confirms_the_last_day_stays(text)   # ("confirming it stays 21 Dec")
        facts["email_first"] = facts["transition"] and not facts["new_provider"] \
            and (cues.urges_email_setup(text) if staff else cues.fears_losing_email(text))
        facts["email_asked_as"] = "" if staff else cues.email_asked_as(text)   # "can we keep our email?": yes
        # "we're not worth the bother": answered plainly (and "shouting that we're 'dumping small businesses'", passed on
        # by staff for a call back: the real reason, said)
        facts["worth_feared"] = (not staff or intent in ("angry_client", "explain_reason")) and cues.fears_not_worth_it(text)
        # ("We need ALL our patient records ... moved. How does that work and what does it cost?"): who confirms it
        facts["cost_asked"] = not staff and intent in ("data_export", "credentials_handover") and cues.asks_the_cost(text)
        facts["new_work_asked"] = not staff and cues.asks_to_hire_us(text)   # "can we hire you just for that project?"
        facts["honesty_thanked"] = not staff and cues.thanks_for_honesty(text)   # "thanks for being straight with us"
        facts["restore_asked"] = not staff and cues.asks_for_a_restore(text)   # "a file got deleted": the restore is support
        facts["ours_off_asked"] = not staff and cues.asks_us_to_take_ours_off(text)   # "can you pull your RMM agent off?"
        facts["cut_off_spoken"] = cues.speaks_of_cut_off(text)
        facts["still_running_asked"] = not staff and cues.asks_if_things_still_run(text)   # ("still running as normal?")
        facts["what_happens_asked"] = not staff and cues.asks_what_happens(text)   # (an open question: no "Yes")
        facts["kept_running_asked"] = cues.asks_if_kept_running(text)   # "you'll keep our backups running over Christmas?"
        facts["about_licences"] = cues.about_licences(text)
        facts["alive_asked"] = not staff and cues.asks_if_alive(text)   # "lol you guys still alive?": answered in kind
        facts["stop_feared"] = not staff and cues.fears_things_stop(text)   # "will they just stop when you go?": no, first
        facts["instructions_asked"] = "" if staff else cues.instructions_asked(text)   # "... key and restore instructions"
        facts["drop_feared"] = not staff and escalation_cues.fears_being_dropped(text)   # "are we next? 😬"
        facts["leaving_said"] = not staff and escalation_cues.fears_or_plans_leaving(text)   # "thinking of switching providers"
        facts["renew_asked"] = facts["about_licences"] and cues.asks_us_to_renew(text)   # "could u still renew our antivirus?"
        facts["from_provider"] = not staff and cues.writes_as_the_new_provider(text, facts["new_provider"])
        # ("Castle Tech here ... Could we book a handover call and get the documentation and network diagrams?"): yes
        facts["documents_asked"] = facts["from_provider"] and cues.asks_for_documents(text)
        # ("our licences are billed through your partner account, can you sort this?": the licences are what to sort)
        # ("the registrar still lists you as technical contact, please sort it": their domain to hand over, no fault)
        facts["also_fault"] = not staff and (cues.asks_for_a_fix(text) or cues.reports_a_fault(text)) \
            and "licences" not in staff_cues.held_for_them(text) \
            and not ((cues.about_licences(text) or cues.about_domain(text)) and not cues.fault_named(text)) \
            and not (cues.credential_items(text) and cues.blocked_without_it(text)) \
            and not cues.nobody_holds_the_logins(text)   # ("can't restore without the key", "still don't have our logins")
        facts["no_grudge"] = not staff and cues.bears_no_grudge(text)   # ("no hard feelings honestly"): thanked
        facts["logins_missing"] = not staff and cues.nobody_holds_the_logins(text)   # ("nobody seems to know the passwords")
        facts["reset_asked"] = not staff and cues.mentions_a_reset(text)
        facts["data_by_email"] = not staff and cues.asks_data_by_email(text)   # "email them to my gmail": a safer route
        # ("make sure the x-rays are backed up"): named back to them, in the copy they get
        facts["kept_named"], facts["kept_plural"] = ("", False) if staff else cues.names_data_to_keep(text)
        facts["sensitive_named"] = "" if staff else cues.sensitive_records(text)   # ("patient records included"): encrypted
        facts["less_work_offered"] = not staff and cues.offers_less_work(text)   # "a smaller plan? only emergencies"
        facts["formal"] = not staff and cues.writes_formally(text)
        facts["light"] = facts.get("light") or not staff and cues.laughs(text) and not cues.letter_sounds_angry(text)
        facts["better_off"] = cues.says_better_off(text)
        facts["riddance"] = cues.says_good_riddance(text)   # "Good riddance.": sorry it didn't work out, nothing argued
        facts["vendor_invoice"] = cues.names_a_vendor_invoice(text)   # "a renewal invoice from Microsoft": not ours to go through
        facts["still_on_it_asked"] = cues.asks_if_still_on_it(text)   # "are you still fixing the till printer ...?"
        facts["offers_advice"] = cues.offers_advice(text)
        # ("send the registrar login to our new vendor at support@...": who they want it sent to, still to confirm)
        facts["recipient_given"] = "" if staff else cues.email_address(text)
        # "the new one will probably be in touch before Christmas": later than the handover date, said kindly
        promised_late = not staff and self._provider_promised_late(text, client)
        facts["provider_late_said"] = promised_late and "?" not in text   # (told us, so thanked; asked, so answered)
        facts["handover_late"] = cues.asks_handover_later(text) or promised_late
        # ("keep your service until March, Castle Tech can not start before this"): the gap landed safely
        facts["gap_ahead"] = not staff and facts["transition"] and cues.provider_not_ready_in_time(text)
        facts["gift"] = cues.offers_a_gift(text) if not staff else staff_cues.relays_a_gift(text)
        # ("Sending a tray of mince pies ... who should I address it to?"): the team
        facts["gift_addressee_asked"] = not staff and facts["gift"] and cues.asks_who_to_address(text)
        facts["gift_named"] = staff_cues.gift_named(text) if staff else ""   # "the card and the mince pies"
        facts["own_number_offered"] = staff and staff_cues.offers_own_number(text)   # "can I give Hooli my mobile?": no
        facts["money_offered"] = cues.offers_money(text)   # "offering to double their retainer": the reason isn't price
        # "BrightPath isn't working out for us": the right fit wished for, not every success with them
        facts["provider_disappoints"] = not staff and cues.provider_disappoints(text, facts["new_provider"])
        # "You people abandoned us and now our email is down. Sort it out today.": the fault named, for the kind no
        facts["angry_fault"] = cues.reports_a_fault(text) and bool(cues.fault_named(text))
        if not staff:
            facts["fault_named"] = cues.fault_named(text)
        facts["provider_early"] = not staff and "?" in text and cues.provider_starts_early(text, facts["new_provider"])
        named = "" if staff or client is None else self._provider_named(text, client, told=True)
        # (a provider named that the record doesn't hold: nothing of the client's goes to them until the client confirms)
        recorded = (client or {}).get("new_provider") or ""
        facts["provider_unconfirmed"] = not staff and (bool(named) and named.lower() != recorded.lower() or (
            cues.writes_as_the_new_provider(text, recorded) and not (recorded and cues.names_provider(text, recorded))))
        if named and (not facts["new_provider"] or named.lower() == facts["new_provider"].lower()):
            # The client just told us who takes over (and how to reach them): the draft uses it, a person records it.
            facts["new_provider"], facts["provider_mentioned"] = facts["new_provider"] or named, True
            facts["new_provider_contact"] = facts["new_provider_contact"] or cues.email_address(text) or cues.contact_person(text)
            facts["provider_told"] = True
        return facts

    def _staff_notice(self, message: IncomingMessage, decision: Decision, reason: str | None, draft: str = "",
                      client: dict | None = None, declined: bool = False, follow_up: str = "") -> Reply:
        owner = (client or {}).get("account_owner") or ""
        if owner and draft:
            # the owner sends it, in their own name (and says so, asked "is Priya still around?")
            draft = in_owner_voice(draft, owner, self.config.company, cues.asks_if_still_there(message.text, owner))
        text = render.render_file(
            "notice/client_message.j2", sender=message.sender_name or message.sender_id,
            client=decision.client or "an unlinked conversation", phase=decision.phase or "unknown",
            message=_excerpt(message.text), files=describe_files(message.files) if message.files else "", principle=decision.principle, intent=decision.intent,
            confidence=decision.confidence, sent=decision.reply.text if decision.reply else "",
            reason=reason or "", draft=draft, owner=owner, declined=declined, follow_up=follow_up)
        title = "Client message answered" if decision.action == REPLY else "A person needs to answer"
        return Reply(text=text, title=title, principle=decision.principle, audience=STAFF,
                     facts={"client_text": message.text})

    def _log(self, message: IncomingMessage, decision: Decision, started: float,
             action: str | None = None) -> None:
        row = dict(
            platform=message.platform, conversation_id=message.conversation_id,
            thread_id=message.thread_id, message_id=message.message_id, sender_id=message.sender_id,
            sender_name=message.sender_name, audience=message.audience,
            client=decision.client or message.client, text=message.text, intent=decision.intent,
            principle=decision.principle, confidence=decision.confidence, action=action or decision.action,
            reply_text=decision.reply.text if decision.reply else None,
            latency_ms=round((time.perf_counter() - started) * 1000, 3), error=decision.error,
        )
        decision.interaction_id = self._safely(self.storage.log_interaction, inbox_id=message.inbox_id, **row)
        if decision.draft is not None:
            self._safely(self.drafts.attach_interaction, decision.draft, decision.interaction_id)

    def _safely(self, write, *args, **kwargs):
        """Storage trouble (locked, full, read-only) is reported, never fatal to a reply."""
        try:
            return write(*args, **kwargs)
        except sqlite3.Error as error:
            log.error("could not write to the database %s, the bot keeps answering without it: %s",
                      self.storage.path, explain(error))
            return None


def _client_label(client: dict) -> str:
    if client.get("end_date") and client["phase"] in OFFBOARDING:
        verb = "ended" if client["phase"] == "ended" else "ends"
        return f"{client['name']} ({verb} {client['end_date']})"
    return f"{client['name']} ({client['phase']})"


def record_change(storage: Storage, platform: str, who: str, where: str, command: str, client: str | None,
                  result: str) -> int:
    """Log a change made outside a chat like a chat command: who, where, the command, the outcome."""
    return storage.log_interaction(platform=platform, sender_id=who, sender_name=who, conversation_id=where,
                                   audience=STAFF, client=client, text=command, intent="command",
                                   action=COMMAND, reply_text=result)


def model_cache(config: Config) -> Path:
    """Where the compiled intent model is kept: PARTING_WAYS_CACHE_DIR, else var/cache in a source
    checkout, else (installed with pip) a cache folder beside the database, which must be writable anyway."""
    if config.cache_dir:
        return Path(config.cache_dir).expanduser() / "intent-model"
    if IN_CHECKOUT:
        return DEFAULT_CACHE
    return Path(config.db_path).expanduser().resolve().parent / "cache" / "intent-model"


def planned_action(route: Route, audience: str, phase: str | None, threshold: float) -> tuple[str, str | None]:
    """What to do with a routed message, and why no auto-reply when there is none."""
    if audience == STAFF:
        return REPLY, None
    if phase == "active":
        # Not being offboarded: the normal help desk answers, we stay quiet.
        return IGNORE, "the client is not being offboarded"
    if route.principle is None:
        return HANDOFF, "it is not about the offboarding"
    if route.doubtful:
        return HANDOFF, doubt_reason(route)
    if route.confidence < threshold:
        return HANDOFF, f"I am not confident enough ({route.confidence:.0%}) to answer for us"
    if phase == "ended" and route.intent in THEIRS_KINDS:
        # Handing back what the client owns after the end date: the wording is written for the
        # notice period, and a person arranges it.
        return HANDOFF, "support has ended, so a person should arrange handing over what is theirs"
    if not render.has_client_wording(route.intent):
        return HANDOFF, "there is no client wording for this kind of message"
    return REPLY, None


def _scripts_together(answers: list[Decision], names: list[str], leave_out: tuple[str, ...] = ()) -> Reply:
    """Several answers' scripts under the first one's advice, each headed by its name and its own label ("Version 1
    (warm), ready to send:", "For Acme Dental, ready to send:"); the advice's paragraphs starting with `leave_out` go."""
    label = lambda reply: reply.text[:reply.text.rfind(reply.script)].rstrip().splitlines()[-1].rstrip(":")
    first = answers[0].reply
    head = first.text[:first.text.rfind(first.script)].rstrip()
    head = "\n\n".join(part for part in head[:head.rfind("\n")].rstrip().split("\n\n")   # (its own label goes)
                        if not part.startswith(leave_out))
    blocks = [f"{name}, {label(answer.reply)[:1].lower()}{label(answer.reply)[1:]}:\n{answer.reply.script}"
              for name, answer in zip(names, answers)]
    return replace(first, text="\n\n".join([head, *blocks]), script="\n\n".join(answer.reply.script for answer in answers))


def _sanitised(message: IncomingMessage) -> IncomingMessage:
    audience = message.audience if message.audience in AUDIENCES else CLIENT  # least privilege
    text = safe_text(message.text if isinstance(message.text, str) else "")
    if text == message.text and audience == message.audience:
        return message
    return IncomingMessage(**{**message.__dict__, "text": text, "audience": audience})


def describe_files(files: tuple[SharedFile, ...], with_count: bool = True) -> str:
    """'a file: notes.pdf (PDF)' or '3 files: a.pdf (PDF), b.png, c.txt': names and types only."""
    def one(shared: SharedFile) -> str:
        name = _excerpt(shared.name, 100) if shared.name.strip() else "an unnamed file"
        return f"{name} ({_excerpt(shared.kind, 40)})" if shared.kind.strip() else name
    named = ", ".join(one(f) for f in files[:LISTED_FILES])
    if len(files) > LISTED_FILES:
        named += f" and {len(files) - LISTED_FILES} more"
    if not with_count:
        return named
    return f"a file: {named}" if len(files) == 1 else f"{len(files)} files: {named}"


def _excerpt(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
