"""Drafts: the bot writes a client's reply, a person decides whether it goes.

Reply modes, from the most to the least careful:

- ``shadow``: the reply is drafted and shown to staff for learning, never sent; a person
  answers the client as with any hand-off.
- ``approve``: the reply is drafted and waits in the staff channel for Send / Edit /
  Don't send. Nothing reaches the client until a member of staff says so.
- ``auto``: the reply is sent at once (the bot's original behaviour).

The firm's mode is PARTING_WAYS_REPLY_MODE, else this installation's default (``approve`` for
a new database, ``auto`` for one that was answering clients before drafts existed). A kind of
message may be moved on its own (``mode = "auto"`` in its section of responses/policy.toml) and a
client may be held to its own mode (``offboard mode <client> <mode>``); the client's mode wins,
then the kind's (the most careful one, for a message carrying several), then the firm's.

Everything here is platform-neutral and synchronous. Adapters post the card, pass clicks in as
DraftRequests and deliver what a DraftResult tells them to; the status of a draft only changes
through conditional UPDATEs (bot/storage), so the first action on a draft wins.
"""
from __future__ import annotations

import difflib
import logging
import secrets
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable
from zoneinfo import ZoneInfo

from bot.clients import owner_address
from bot.commands import Command, Invocation, UsageError
from bot.config import REPLY_MODES, Config
from bot.message import STAFF
from bot.storage import Storage, iso, safe_text, utcnow
from responses import policy as reply_policy

log = logging.getLogger("partingways.drafts")

AUTO, APPROVE, SHADOW = REPLY_MODES
SEND, EDIT, DROP = "send", "edit", "drop"
VERBS = (SEND, EDIT, DROP)
# Statuses. pending: waiting for a person; sending: claimed by a Send or Edit, being delivered;
# sent / dropped: decided; expired: nobody decided in time; stale: the client's situation changed
# so the draft no longer fits; shadow: shown for learning, never sendable.
PENDING, SENDING, SENT, DROPPED, EXPIRED, STALE = "pending", "sending", "sent", "dropped", "expired", "stale"
SHADOWED = "shadow"
INTERRUPTED = "interrupted"   # claimed for sending, never reported back: whether it arrived is unknown
SENDING_LEASE = timedelta(minutes=10)
MAX_REPLY_CHARS = 3000   # what a person may type as a reply (Slack's edit box holds 3,000)
MAX_REASON_CHARS = 500
ESCALATION_RETRY = timedelta(minutes=5)
# Ready for auto: enough drafts decided, and nearly all of them sent exactly as drafted.
READY_MIN_DRAFTS = 20
READY_UNCHANGED_SHARE = 0.95


# -- what adapters see ------------------------------------------------------------------------
@dataclass(frozen=True)
class Draft:
    id: int
    token: str
    mode: str
    status: str
    platform: str
    conversation_id: str
    thread_id: str
    client: str | None
    phase: str | None
    sender_name: str
    client_text: str
    intent: str | None
    principle: str | None
    confidence: float
    text: str                      # the reply as drafted
    final_text: str | None         # what was sent (the draft, or the person's edit)
    decision: str | None           # send | edit | drop, once someone decided
    decided_by_name: str
    reason: str
    card_channel: str
    card_message_id: str
    error: str
    outcome: str                   # one line for the card: who did what and when, or why not
    note: str = ""                 # for the team, beside the draft (e.g. a fact to record)

    @property
    def is_open(self) -> bool:
        return self.status == PENDING

    @property
    def handled(self) -> bool:
        return self.status not in (PENDING, SENDING, SHADOWED)

    @property
    def edited(self) -> bool:
        return self.decision == EDIT


@dataclass(frozen=True)
class DraftRequest:
    """A click on a draft card (or a console command), exactly as it arrived."""
    draft_id: object               # as given: a forged or stale payload may carry anything
    token: str | None
    verb: str
    platform: str
    actor_id: str
    actor_name: str = ""
    audience: str = STAFF          # the adapter's verdict on who is clicking
    text: str | None = None        # Edit: the reply as the person typed it
    reason: str = ""               # Don't send: why, if they said


@dataclass
class DraftResult:
    ok: bool                       # this request changed the draft
    message: str                   # for the person who acted (ephemeral, a reply, a console line)
    draft: Draft | None = None     # the draft as it stands now: refresh its card from this
    deliver: bool = False          # send draft.final_text to the client conversation, then call delivered()
    new_draft: Draft | None = None  # a fresh draft replacing this one (post its card)
    retry_input: bool = False      # what was typed was refused: let the person fix it (keep the edit box open)


@dataclass(frozen=True)
class Raised:
    """A waiting or expired draft brought to someone's attention (the reminder pass reports these)."""
    platform: str
    recipient: str
    client: str
    kind: str
    title: str
    text: str


@dataclass(frozen=True)
class Redecision:
    """What the bot would do with the client's message now."""
    action: str
    intent: str | None
    phase: str | None
    text: str | None               # the client wording it would draft now, if any
    reason: str = ""


# -- working hours ----------------------------------------------------------------------------
def add_working_hours(start: datetime, hours: float, zone: ZoneInfo, window: tuple[int, int],
                      days: tuple[int, ...]) -> datetime:
    """The instant `hours` of working time after `start`, counting only `window` (minutes after
    local midnight) on working `days`, in `zone`. Durations are measured in real time, so a day
    when the clocks change is still as long as its open hours say."""
    remaining = timedelta(hours=hours)
    cursor = start.astimezone(timezone.utc)
    for _ in range(366 * 10):
        day = cursor.astimezone(zone).date()
        if day.weekday() in days:
            opens, closes = _local(day, window[0], zone), _local(day, window[1], zone)
            begin = max(cursor, opens)
            if begin < closes:
                if remaining <= closes - begin:
                    return begin + remaining
                remaining -= closes - begin
        cursor = _local(day + timedelta(days=1), 0, zone)
    raise ValueError("no working hours in ten years: check the working days and hours")


def _local(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    if minutes >= 24 * 60:
        day, minutes = day + timedelta(days=1), minutes - 24 * 60
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone).astimezone(timezone.utc)


def edit_size(before: str, after: str) -> int:
    """Characters changed between the draft and what was sent (inserted + deleted, replaced once)."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal")


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# -- the drafts ---------------------------------------------------------------------------------
class Drafts:
    def __init__(self, config: Config, storage: Storage, clients,
                 redecide: Callable[[dict, dict], Redecision]):
        """redecide(client record, draft row): what the bot would do with that message now."""
        self.config, self.storage, self.clients = config, storage, clients
        self._redecide = redecide

    # -- modes --------------------------------------------------------------------------------
    def firm_mode(self) -> str:
        if self.config.reply_mode:
            return self.config.reply_mode
        try:
            stored = self.storage.setting("install_reply_mode")
        except sqlite3.Error:
            stored = None
        return stored if stored in REPLY_MODES else APPROVE

    def intent_modes(self) -> dict[str, str]:
        """Kinds of message with a mode of their own (responses/policy.toml)."""
        return reply_policy.load().modes

    def mode_for(self, client: dict | None, kinds) -> str:
        """The mode for a reply to this client about these kinds of message (one name, or several)."""
        client_mode = (client or {}).get("reply_mode")
        if client_mode in REPLY_MODES:
            return client_mode
        kinds = [kinds] if isinstance(kinds, str) or kinds is None else list(kinds)
        own, firm = self.intent_modes(), self.firm_mode()
        modes = [own.get(kind or "", firm) for kind in kinds] or [firm]
        return max(modes, key=REPLY_MODES.index)  # the most careful: shadow, then approve, then auto

    def describe_modes(self) -> str:
        lines = [f"Firm: {self.firm_mode()}" + ("" if self.config.reply_mode else " (this installation's default)")]
        if self.intent_modes():
            lines.append("Kinds of message (responses/policy.toml): "
                         + ", ".join(f"{i}={m}" for i, m in sorted(self.intent_modes().items())))
        overrides = [f"{c['name']}={c['reply_mode']}" for c in self.clients.all() if c.get("reply_mode")]
        lines.append("Clients: " + (", ".join(overrides) if overrides else "none set (they follow the firm)"))
        return "\n".join(lines)

    # -- creating -------------------------------------------------------------------------------
    def create(self, message, client: dict, intent: str | None, principle: str | None, confidence: float,
               text: str, mode: str, note: str = "") -> Draft:
        """note: what the team should know or do beyond this reply (e.g. a fact to record)."""
        now = utcnow()
        tz = self.config.tz
        window, days = self.config.working_hours, self.config.working_days
        row = dict(
            token=secrets.token_urlsafe(12), mode=mode, status=PENDING if mode == APPROVE else SHADOWED,
            created_at=iso(now),
            escalate_at=iso(add_working_hours(now, self.config.draft_escalate_hours, tz, window, days)),
            expires_at=iso(add_working_hours(now, self.config.draft_expiry_hours, tz, window, days)),
            platform=message.platform, conversation_id=message.conversation_id, thread_id=message.thread_id or "",
            message_id=message.message_id, client=client["name"], phase=client["phase"],
            sender_id=message.sender_id, sender_name=message.sender_name or "", client_text=message.text,
            intent=intent, principle=principle, confidence=confidence, draft_text=text, note=note or None,
        )
        draft_id = self.storage.insert_draft(row)
        return self._view(self.storage.draft(draft_id))

    def attach_interaction(self, draft: Draft, interaction_id: int | None) -> None:
        if interaction_id is not None:
            self.storage.update_draft(draft.id, {"interaction_id": interaction_id})

    def card_posted(self, draft_id: int, channel: str, message_id: str) -> None:
        """Where the adapter put the draft's card, so it can be updated after a restart."""
        self.storage.update_draft(draft_id, {"card_channel": channel or "", "card_message_id": message_id or ""})

    # -- reading ----------------------------------------------------------------------------------
    def get(self, draft_id) -> Draft | None:
        number = _draft_number(draft_id)
        row = self.storage.draft(number) if number is not None else None
        return self._view(row) if row else None

    def open(self, platform: str | None = None) -> list[Draft]:
        return [self._view(row) for row in self.storage.open_drafts(platform)]

    # -- acting ------------------------------------------------------------------------------------
    def act(self, request: DraftRequest) -> DraftResult:
        """A person's Send / Edit / Don't send. Never raises for bad input: the result says why not."""
        refusal, row = self._admit(request)
        if refusal is not None:
            return refusal
        text, problem = self._final_text(request, row)
        if problem:
            return DraftResult(False, problem, self._view(row), retry_input=True)
        if request.verb == DROP:
            return self._drop(request, row, utcnow())
        return self._claim_send(request, row, text, utcnow())

    def check(self, request: DraftRequest) -> DraftResult:
        """Whether this person may act on this draft now (before opening an edit box); ok=False
        says why not. Changes nothing, except closing a draft found past its expiry."""
        refusal, row = self._admit(request)
        return refusal if refusal is not None else DraftResult(True, "", self._view(row))

    def _admit(self, request: DraftRequest) -> tuple[DraftResult | None, dict | None]:
        if request.audience != STAFF:
            self._log_refusal(request, "not staff")
            return DraftResult(False, f"Sorry, only the {self.config.company} team can act on drafted replies. "
                                      "Nothing was changed."), None
        number = _draft_number(request.draft_id)
        row = self.storage.draft(number) if number is not None else None
        if row is None:
            return DraftResult(False, f"I can't find a draft {_shown(request.draft_id)}. Nothing was sent."), None
        # Chat buttons carry the draft's token; only the console (a local staff session) may act by number.
        trusted = request.token is None and request.platform == "console"
        if not trusted and not secrets.compare_digest(str(request.token or ""), row["token"]):
            self._log_refusal(request, f"token does not match draft {number}")
            return DraftResult(False, "That button doesn't belong to this draft, so I did nothing. "
                                      "Use the buttons on the draft's own card."), None
        if request.verb not in VERBS:
            return DraftResult(False, f"I don't know how to {_shown(request.verb)} a draft."), None
        if row["status"] != PENDING:
            draft = self._view(row)
            return DraftResult(False, self._not_open_message(draft), draft), None
        if utcnow() >= datetime.fromisoformat(row["expires_at"]):
            expired = self.storage.update_draft(number, {"status": EXPIRED}, when_status=(PENDING,))
            draft = self._view(expired or self.storage.draft(number))
            return DraftResult(False, self._not_open_message(draft), draft), None
        return None, row

    def _final_text(self, request: DraftRequest, row: dict) -> tuple[str | None, str | None]:
        if request.verb == DROP:
            return None, None
        if request.verb == SEND:
            return row["draft_text"], None
        text = request.text if isinstance(request.text, str) else ""
        text = safe_text(text).replace("\r\n", "\n")  # otherwise exactly as typed
        if text.strip() == row["draft_text"].strip():
            return row["draft_text"], None  # nothing changed but blank space: the draft, unchanged
        if not text.strip():
            return None, "The edited reply is empty, so nothing was sent. The draft is still waiting."
        if len(text) > MAX_REPLY_CHARS:
            return None, (f"That reply is {len(text):,} characters; a reply to a client can be at most "
                          f"{MAX_REPLY_CHARS:,}. Nothing was sent and the draft is still waiting.")
        return text, None

    def _decided(self, request: DraftRequest, row: dict, now: datetime) -> dict:
        created = datetime.fromisoformat(row["created_at"])
        return {"decided_by": request.actor_id, "decided_by_name": request.actor_name or request.actor_id,
                "decided_at": iso(now), "decision_seconds": round((now - created).total_seconds(), 3)}

    def _drop(self, request: DraftRequest, row: dict, now: datetime) -> DraftResult:
        reason = " ".join(safe_text(request.reason or "").split())[:MAX_REASON_CHARS]
        changed = self.storage.update_draft(row["id"], {"status": DROPPED, "decision": DROP, "reason": reason,
                                                        **self._decided(request, row, now)},
                                            when_status=(PENDING,))
        if changed is None:
            return self._lost_race(row["id"])
        draft = self._view(changed)
        self._log_decision(draft, changed, "draft_dropped")
        return DraftResult(True, draft.outcome, draft)

    def _claim_send(self, request: DraftRequest, row: dict, text: str, now: datetime) -> DraftResult:
        verb = EDIT if text != row["draft_text"] else SEND
        changes = {"status": SENDING, "decision": verb, "final_text": text, "error": None,
                   "edit_size": edit_size(row["draft_text"], text) if verb == EDIT else 0,
                   **self._decided(request, row, now)}
        claimed = self.storage.update_draft(row["id"], changes, when_status=(PENDING,))
        if claimed is None:
            return self._lost_race(row["id"])
        still, why, replacement = self._still_fits(claimed)
        if not still:
            stale = self.storage.update_draft(row["id"], {"status": STALE, "error": why}, when_status=(SENDING,))
            draft = self._view(stale or self.storage.draft(row["id"]))
            self._log_decision(draft, stale or claimed, "draft_stale")
            message = f"Not sent: {why}."
            if replacement:
                message += f" I've drafted a new reply for the situation as it is now (draft #{replacement.id})."
            return DraftResult(False, message, draft, new_draft=replacement)
        return DraftResult(True, "Sending…", self._view(claimed), deliver=True)

    def _still_fits(self, row: dict) -> tuple[bool, str, Draft | None]:
        """Re-check a draft whose client may have moved on since it was written."""
        client = self.clients.find(row["client"]) if row["client"] else None
        if client is None:
            return False, f"I no longer know the client {row['client']!r}", None
        if client["phase"] == row["phase"]:
            return True, "", None
        now = self._redecide(client, row)
        changed = f"{client['name']} has moved from {row['phase']} to {client['phase']} since this was drafted"
        if now.action != "reply" or now.intent != row["intent"]:
            return False, f"{changed}, and I would not answer that message this way any more " \
                          f"({now.reason or 'a person should answer'})", None
        if row["decision"] == SEND and now.text != row["draft_text"]:
            replacement = self._supersede(row, client, now)
            return False, f"{changed}, and the wording no longer fits", replacement
        return True, "", None

    def _supersede(self, row: dict, client: dict, now: Redecision) -> Draft | None:
        if now.text is None:
            return None
        message = _Message(row["platform"], row["conversation_id"], row["thread_id"], row["message_id"] or "",
                           row["sender_id"] or "", row["sender_name"] or "", row["client_text"])
        replacement = self.create(message, client, now.intent, row["principle"], row["confidence"] or 0.0,
                                  now.text, APPROVE)
        self.storage.update_draft(row["id"], {"superseded_by": replacement.id})
        return replacement

    def delivered(self, draft_id: int, error: str | None = None) -> DraftResult:
        """The adapter's report after sending a claimed draft to the client."""
        if error is None:
            row = self.storage.update_draft(draft_id, {"status": SENT, "sent_at": iso(utcnow())},
                                            when_status=(SENDING,))
            if row is None:
                draft = self.get(draft_id)
                return DraftResult(False, "That draft was not being sent.", draft)
            draft = self._view(row)
            self._log_decision(draft, row, "draft_sent")
            return DraftResult(True, draft.outcome, draft)
        # Not delivered: the draft waits again, with the reason on its card, for another try.
        row = self.storage.update_draft(draft_id, {
            "status": PENDING, "decision": None, "decided_by": None, "decided_by_name": None, "decided_at": None,
            "decision_seconds": None, "final_text": None, "edit_size": None, "error": f"delivery: {error}"},
            when_status=(SENDING,))
        draft = self._view(row) if row else self.get(draft_id)
        return DraftResult(False, f"I couldn't deliver that reply ({error}). Nothing was sent; "
                                  "the draft is waiting again, so you can try once more.", draft)

    def _lost_race(self, draft_id: int) -> DraftResult:
        draft = self.get(draft_id)
        return DraftResult(False, self._not_open_message(draft), draft)

    def _not_open_message(self, draft: Draft) -> str:
        if draft.status == SENDING:
            return f"{draft.decided_by_name or 'Someone'} is sending this one right now. Nothing more was sent."
        if draft.status == SHADOWED:
            return "That was a shadow draft, shown for learning: it can't be sent. Please answer the client yourself."
        return f"Already handled: {draft.outcome} Nothing more was sent."

    # -- escalation ------------------------------------------------------------------------------
    def escalate(self, notifiers, now: datetime) -> list[Raised]:
        """Raise drafts nobody has handled within the configured working hours again, in the
        staff channel of the draft's platform and to the client's account owner. Each draft is
        claimed before it is raised, so concurrent passes raise it once."""
        raised = self._expire(notifiers, now) + self._interrupted(notifiers, now)
        for row in self.storage.drafts_to_escalate(iso(now)):
            mine = [n for n in notifiers if n.platform == row["platform"]]
            if not mine or not self.storage.claim_escalation(row["id"], iso(now)):
                continue  # another runner serves that platform, or got there first
            raised += self._raise(mine, row, now)
        return raised

    def _expire(self, notifiers, now: datetime) -> list[Raised]:
        """Drafts past their expiry are closed (nothing is sent) and the team is told once."""
        told = []
        for row in self.storage.drafts_to_expire(iso(now)):
            mine = [n for n in notifiers if n.platform == row["platform"]]
            if not mine:
                continue
            expired = self.storage.update_draft(row["id"], {"status": EXPIRED}, when_status=(PENDING,))
            if expired is None:
                continue
            draft = self._view(expired)
            title = f"Draft #{draft.id} for {draft.client} expired unanswered"
            text = (f"Nobody sent or dropped the reply drafted for {draft.sender_name or 'someone'} at "
                    f"{draft.client}, so nothing was sent. If they still need an answer, please write to them "
                    f"yourself:\n> {_excerpt(draft.client_text)}")
            for notifier in mine:
                try:
                    notifier.notify_staff(text, title)
                    told.append(Raised(notifier.platform, "staff", draft.client or "", "draft_expired", title, text))
                except Exception as error:  # noqa: BLE001 - the draft's card still says it expired
                    log.warning("could not report expired draft %s on %s: %s", draft.id, notifier.platform, error)
            self._log(platform=draft.platform, audience=STAFF, intent=draft.intent, action="draft_expired",
                      client=draft.client, conversation_id=draft.conversation_id, text=title)
        return told

    def _interrupted(self, notifiers, now: datetime) -> list[Raised]:
        """Sends that never reported back (the bot stopped mid-send): nobody may send them again
        blindly, so the team is asked to look at the client's conversation."""
        told = []
        note = "the bot stopped while sending this reply, so it may or may not have arrived"
        platforms = sorted({n.platform for n in notifiers})
        for row in self.storage.interrupt_stuck_drafts(platforms, iso(now - SENDING_LEASE), note):
            draft = self._view(row)
            title = f"Draft #{draft.id} for {draft.client}: check whether it arrived"
            text = (f"{draft.decided_by_name or 'Someone'} sent the reply drafted for {draft.sender_name or 'someone'} "
                    f"at {draft.client}, but {note}. Please look at their conversation and answer them yourself "
                    f"if it isn't there:\n> {_excerpt(draft.final_text or draft.text)}")
            for notifier in (n for n in notifiers if n.platform == draft.platform):
                try:
                    notifier.notify_staff(text, title)
                    told.append(Raised(notifier.platform, "staff", draft.client or "", "draft_interrupted", title, text))
                except Exception as error:  # noqa: BLE001 - the draft's card and row still say so
                    log.warning("could not report interrupted draft %s: %s", draft.id, error)
            self._log(platform=draft.platform, audience=STAFF, intent=draft.intent, action="draft_interrupted",
                      client=draft.client, conversation_id=draft.conversation_id, text=title, error=note)
        return told

    def _raise(self, notifiers, row: dict, now: datetime) -> list[Raised]:
        draft = self._view(row)
        client = self.clients.find(row["client"]) if row["client"] else None
        owner = (client or {}).get("account_owner")
        hours = self.config.draft_escalate_hours
        title = f"Draft #{draft.id} for {draft.client} is still waiting"
        text = (f"{draft.sender_name or 'Someone'} from {draft.client} wrote {hours:g} working hours ago and "
                f"is still waiting for an answer:\n> {_excerpt(draft.client_text)}\n"
                f"The drafted reply is on its card in this channel (draft #{draft.id}): "
                "Send, Edit or Don't send.")
        raised, errors = [], []
        for notifier in notifiers:
            personal = f"{owner}, you look after {draft.client}, so this one is for you as well.\n{text}"
            targets = [("staff", text, lambda n=notifier: n.notify_staff(text, title))]
            # The owner by their user id on this platform (by name where the notifier only prints).
            address = owner_address(client, notifier.platform, getattr(notifier, "people_by_name", False))
            if address:
                targets.append((f"person:{address}", personal,
                                lambda n=notifier, a=address: n.notify_person(a, personal, title)))
            for recipient, body, send in targets:
                try:
                    send()
                    raised.append(Raised(notifier.platform, recipient, draft.client or "", "draft_waiting", title, body))
                except Exception as error:  # noqa: BLE001 - one failing platform must not stop the rest
                    log.warning("could not raise draft %s to %s on %s: %s", draft.id, recipient,
                                notifier.platform, error)
                    errors.append(f"{recipient}: {error}")
        if not raised:
            self.storage.release_escalation(draft.id, iso(now + ESCALATION_RETRY), "; ".join(errors))
        else:
            self._log(platform=draft.platform, audience=STAFF, intent=draft.intent, action="draft_escalated",
                      client=draft.client, conversation_id=draft.conversation_id, text=title, reply_text=text)
        return raised

    # -- stats -------------------------------------------------------------------------------------
    def stats(self) -> list[dict]:
        """Per intent: drafts, how they were decided, approval rate and median time to decision."""
        by_intent: dict[str, list[dict]] = {}
        for row in self.storage.draft_outcomes():
            by_intent.setdefault(row["intent"] or "(none)", []).append(row)
        report = []
        for intent, rows in sorted(by_intent.items()):
            decided = [r for r in rows if r["decision"] in VERBS and r["status"] in (SENT, DROPPED)]
            unchanged = sum(1 for r in decided if r["decision"] == SEND)
            edited = sum(1 for r in decided if r["decision"] == EDIT)
            dropped = sum(1 for r in decided if r["decision"] == DROP)
            seconds = [r["decision_seconds"] for r in decided if r["decision_seconds"] is not None]
            edits = [r["edit_size"] for r in decided if r["decision"] == EDIT and r["edit_size"] is not None]
            report.append({
                "intent": intent, "drafts": len(rows), "decided": len(decided),
                "sent_unchanged": unchanged, "edited": edited, "dropped": dropped,
                "expired": sum(1 for r in rows if r["status"] == EXPIRED),
                "shadow": sum(1 for r in rows if r["status"] == SHADOWED),
                "waiting": sum(1 for r in rows if r["status"] == PENDING),
                "approval_rate": (unchanged + edited) / len(decided) if decided else None,
                "unchanged_rate": unchanged / len(decided) if decided else None,
                "median_seconds": statistics.median(seconds) if seconds else None,
                "median_edit_size": statistics.median(edits) if edits else None,
                "mode": self.mode_for(None, intent.split("+")),
            })
        return report

    def ready_for_auto(self, report: list[dict] | None = None) -> list[str]:
        """Kinds of message (as responses/policy.toml names them) whose drafts have earned auto."""
        report = self.stats() if report is None else report
        kinds = reply_policy.load().about
        return [row["intent"] for row in report
                if row["intent"] in kinds and row["mode"] != AUTO and row["decided"] >= READY_MIN_DRAFTS
                and row["sent_unchanged"] >= READY_UNCHANGED_SHARE * row["decided"]]

    # -- helpers -----------------------------------------------------------------------------------
    def _view(self, row: dict) -> Draft:
        return Draft(
            id=row["id"], token=row["token"], mode=row["mode"], status=row["status"], platform=row["platform"],
            conversation_id=row["conversation_id"], thread_id=row["thread_id"] or "", client=row["client"],
            phase=row["phase"], sender_name=row["sender_name"] or "", client_text=row["client_text"],
            intent=row["intent"], principle=row["principle"], confidence=row["confidence"] or 0.0,
            text=row["draft_text"], final_text=row["final_text"], decision=row["decision"],
            decided_by_name=row["decided_by_name"] or "", reason=row["reason"] or "",
            card_channel=row["card_channel"] or "", card_message_id=row["card_message_id"] or "",
            error=row["error"] or "", outcome=self._outcome(row), note=row.get("note") or "")

    def _when(self, value: str | None) -> str:
        moment = _parse_time(value)
        if moment is None:
            return ""
        local = moment.astimezone(self.config.tz)
        return f"{local:%H:%M} on {local:%A} {local.day} {local:%B}"

    def _outcome(self, row: dict) -> str:
        who, when = row["decided_by_name"] or "someone", self._when(row["decided_at"])
        status = row["status"]
        if status == SENT:
            how = "Edited and sent" if row["decision"] == EDIT else "Sent"
            return f"{how} by {who} at {when}."
        if status == DROPPED:
            reason = f" Reason: {row['reason']}" if row["reason"] else ""
            return f"Not sent: {who} chose Don't send at {when}.{reason}"
        if status == SENDING:
            return f"Being sent by {who} (since {when})."
        if status == EXPIRED:
            return (f"Expired unanswered at {self._when(row['expires_at'])}: nothing was sent. "
                    "Please answer the client yourself if they still need it.")
        if status == STALE:
            replaced = f" See draft #{row['superseded_by']}." if row["superseded_by"] else ""
            return f"Not sent: {row['error'] or 'the situation changed'} ({who}, {when}).{replaced}"
        if status == SHADOWED:
            return "Shadow mode: this reply was not sent. Please answer the client yourself."
        if status == INTERRUPTED:
            return (f"Interrupted: {who} pressed Send at {when}, but {row['error']}. "
                    "Check the client's conversation before answering again.")
        waiting = f"Waiting for a person (raised again at {self._when(row['escalate_at'])} if still waiting)."
        return f"{waiting} Last try failed: {row['error']}" if row["error"] else waiting

    def _log_decision(self, draft: Draft, row: dict, action: str) -> None:
        self._log(platform=draft.platform, conversation_id=draft.conversation_id, thread_id=draft.thread_id,
                  sender_id=row["decided_by"], sender_name=row["decided_by_name"], audience=STAFF,
                  client=draft.client, text=draft.text, intent=draft.intent, principle=draft.principle,
                  confidence=draft.confidence, action=action,
                  reply_text=row["final_text"] if action == "draft_sent" else None,
                  error=row["reason"] or row["error"] or None, message_id=f"draft:{draft.id}")

    def _log_refusal(self, request: DraftRequest, why: str) -> None:
        self._log(platform=request.platform, sender_id=request.actor_id, sender_name=request.actor_name,
                  audience=request.audience, action="draft_refused", text=f"{request.verb} draft {_shown(request.draft_id)}",
                  error=why)

    def _log(self, **row) -> None:
        try:
            self.storage.log_interaction(**row)
        except sqlite3.Error as error:  # the draft's own row already holds what happened
            log.error("could not log a draft event: %s", error)


def stats_report(drafts: Drafts) -> str:
    """`python app.py stats`: drafted replies per intent, how people decided, and which intents
    have earned auto."""
    rows = drafts.stats()
    if not rows:
        return "Drafted replies: none yet."
    header = (f"  {'intent':<26}{'mode':<9}{'drafts':>7}{'as is':>7}{'edited':>8}{'dropped':>9}{'expired':>9}"
              f"{'waiting':>9}{'approved':>10}{'median decision':>17}{'median edit':>13}")
    lines = ["Drafted replies by intent (approved = sent as drafted or edited, of those decided):", header]
    for row in rows:
        rate = f"{row['approval_rate']:.0%}" if row["approval_rate"] is not None else "-"
        edit = f"{row['median_edit_size']:g} ch" if row["median_edit_size"] is not None else "-"
        lines.append(f"  {row['intent']:<26}{row['mode']:<9}{row['drafts']:>7}{row['sent_unchanged']:>7}"
                     f"{row['edited']:>8}{row['dropped']:>9}{row['expired']:>9}{row['waiting']:>9}{rate:>10}"
                     f"{_duration(row['median_seconds']):>17}{edit:>13}")
    ready = drafts.ready_for_auto(rows)
    criteria = f"at least {READY_MIN_DRAFTS} decided, at least {READY_UNCHANGED_SHARE:.0%} sent unchanged"
    if ready:
        lines += [f"Ready for auto ({criteria}): {', '.join(ready)}",
                  "  To let the bot answer these itself, add to each one's section of responses/policy.toml:"]
        lines += [f"    [{intent}]  mode = \"{AUTO}\"" for intent in ready]
    else:
        lines.append(f"No intent is ready for auto yet ({criteria}).")
    return "\n".join(lines)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


# -- the staff command ----------------------------------------------------------------------------
MODE_USAGE = "mode [<client> <auto|approve|shadow|default>]"


def mode_command(commands, drafts: Drafts) -> Command:
    """`offboard mode Acme Dental shadow`: hold one client to its own reply mode."""
    def run(inv: Invocation) -> str:
        if not inv.args:
            return "Reply modes:\n" + drafts.describe_modes()
        *name, mode = inv.args
        if not name:
            raise UsageError("Which client, and which mode? auto, approve, shadow or default.")
        mode = mode.lower()
        if mode not in (*REPLY_MODES, "default"):
            raise UsageError(f"{mode!r} is not a mode: use auto, approve, shadow or default.")
        client = commands.clients.get(" ".join(name))
        drafts.storage.set_client_reply_mode(client["id"], None if mode == "default" else mode)
        if mode == "default":
            return f"{client['name']} now follows the firm's reply mode ({drafts.firm_mode()})."
        return f"{client['name']}: replies are now {_MODE_WORDS[mode]}."
    return Command("mode", MODE_USAGE, "show reply modes, or set one client's (auto / approve / shadow)", run,
                   changes_records=True)


_MODE_WORDS = {AUTO: "sent at once (auto)",
               APPROVE: "drafted for a person to Send, Edit or Don't send (approve)",
               SHADOW: "drafted for learning only and never sent; a person answers (shadow)"}


def describe_draft(draft: Draft) -> str:
    """The draft as plain text: the console's staff view, and every card's fallback text."""
    who = draft.sender_name or "Someone"
    principle = f"Principle: {draft.principle} ({draft.intent}, {draft.confidence:.0%} sure)" if draft.principle \
        else f"Intent: {draft.intent}"
    lines = [f"Draft #{draft.id} for {draft.client} ({draft.phase}):", f"{who} wrote:"]
    lines += ["> " + line for line in draft.client_text.splitlines() or [""]]
    lines += [principle, "Drafted reply:"]
    lines += ["> " + line for line in draft.text.splitlines() or [""]]
    if draft.handled and draft.edited and draft.final_text:
        lines += ["Sent as edited:"] + ["> " + line for line in draft.final_text.splitlines()]
    if draft.note:
        lines.append(draft.note)
    lines.append(draft.outcome)
    return "\n".join(lines)


# -- small helpers ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Message:
    platform: str
    conversation_id: str
    thread_id: str
    message_id: str
    sender_id: str
    sender_name: str
    text: str


def _draft_number(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value < 2 ** 62 else None
    text = str(value or "").strip().lstrip("#")
    return int(text) if text.isdigit() and len(text) < 18 and int(text) > 0 else None


def _shown(value) -> str:
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _excerpt(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


__all__ = ["AUTO", "APPROVE", "SHADOW", "SEND", "EDIT", "DROP", "Draft", "DraftRequest", "DraftResult",
           "Drafts", "Redecision", "add_working_hours", "describe_draft", "edit_size",
           "mode_command", "stats_report"]
