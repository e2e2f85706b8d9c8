"""The plan for a client's message: its parts as routed, the wording that answers each, and whether the bot
replies, drafts for a person or hands off, with the small rules the core applies to get there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.message import HANDOFF, REPLY
from intents import cues
from intents.router import Route
from responses import policy as reply_policy

# A question this short about the last day, from a client being offboarded, can only mean ours.
SHORT_QUESTION_WORDS = 8


@dataclass(frozen=True)
class Part:
    """One request in a client's message: its intent (before phase wording), principle, confidence."""
    intent: str
    principle: str | None
    confidence: float
    doubt: str = ""   # why the router is in doubt about it ("" when it is not)


@dataclass
class Plan:
    """What to do with a client's message: the wording of each part, and reply or hand off."""
    raw: list[str] = field(default_factory=list)       # the kinds of request, as routed
    intents: list[str] = field(default_factory=list)   # the wording that answers each
    action: str = HANDOFF
    principle: str | None = None
    confidence: float = 0.0
    reason: str | None = None
    doubt: str = ""    # why the router is in doubt: then a person approves any reply (never auto)
    several: bool = False
    unsure: bool = False
    declined: bool = False
    more_asked: bool = False   # asks other things the wording doesn't answer: a person adds them to the draft
    situations: dict = field(default_factory=dict)   # several requests: each kind's own situation (render.client_body)
    drafted: list = field(default_factory=list)      # ... and kinds read only in doubt whose words name their subject
    unread: bool = False                              # ... and whether one of them has no wording at all
    answers_all: bool = False   # its wording answers every question in the message (the last day, and the holidays)
    follow_up: str = ""
    missing: list[str] = field(default_factory=list)   # facts the policy needed that the record lacks

    def handing_off(self, reason: str) -> "Plan":
        self.action, self.reason = HANDOFF, reason
        return self


def plan_kind(plan: "Plan") -> str | None:
    """The kind(s) of message a plan answers, as the reply policy names them ('a+b' for several)."""
    return "+".join(plan.raw) or None


# Client wordings that also speak to another firm writing about the client (see "from_provider" in them).
WRITTEN_FOR_PROVIDERS = {"contact", "provider_config_question"}
# What each kind of hand-off draft speaks of: a draft is kept only for a message asking about that.
# Kinds not listed answer what they are about whatever the words.
DRAFT_SUBJECTS = {
    "end_date": re.compile(r"\b(?:when|last\s+day|date|day|stop\w*|end\w*|finish\w*)\b", re.I),
    "credentials_handover": re.compile(r"\b(?:passwords?|credentials?|keys?|logins?|log-ins?|admin\w*|domains?|registrar|licen[cs]es?|"
                                       r"dns|2fa|mfa|accounts?|anti-?virus|subscriptions?|renew\w*|websites?)\b|" + cues.WEBSITE_DOMAIN,
                                       re.I),
    "data_export": re.compile(r"\b(?:data|backups?|export\w*|files|archives?|mailbox\w*|e-?mails?|cop(?:y|ies)|usb|drive|stick|"
                              r"images?|charts?|scans?|scanned|photos?|x-?rays?|backed\s*-?up|"
                              r"documents?|documentation|docs|diagrams?|runbooks?|records)\b", re.I),
    "loose_ends": re.compile(r"\b(?:access|agents?|rmm|remote|remov\w*|uninstall\w*|clean\w*|tools?|software|billed|"
                             r"charged|invoiced|refund\w*|twice|duplicate|renew\w*|pay|invoice|bill)\b", re.I),
    "contact": re.compile(r"\bwho\b|\bcontact\b|\baccount\s+manager\b|\brecommend\w*|\bsuggest\w*", re.I),
    # "are you going to wipe our stuff after the 4th?": nothing of theirs is deleted or switched off early
    "cut_off_early": re.compile(r"\b(?:delet\w*|wip\w*|eras\w*|switch\w*\s+(?:\w+\s+)?off|turn\w*\s+(?:\w+\s+)?off|cut\w*\s+(?:\w+\s+)?off|"
                               r"shut\w*\s+(?:\w+\s+)?(?:off|down)|lock\w*\s+(?:\w+\s+)?out)\b", re.I),
    "come_back": re.compile(r"\b(?:come|coming|get|go)\s+back\b|\btake\s+us\s+back\b|\bhave\s+us\s+back\b|\breturn\s+to\s+you\b|"
                            r"\b(?:work|working)\s+with\s+you\s+again\b|\b(?:start|try)(?:ing)?\s+(?:again|over|afresh)\b|"
                            # "would like to discuss resuming our previous service arrangement"
                            r"\bresum\w*\s+(?:our|the|your)?\s*(?:previous\s+|former\s+|old\s+)?(?:service|arrangement|agreement|"
                            r"contract|support)", re.I),
    # "will anyone answer if something breaks between christmas and new year?": our closure, and who is around
    "holiday_cover": re.compile(r"\b(?:christmas|xmas|new\s+year|holidays?|festive|clos\w*|shut|break)\b", re.I),
    # "and where should we even move our email to?": the safe landing (hosted email, the data on a drive)
    "no_new_provider": re.compile(r"\be-?mails?\b|\bprovider\b|\b(?:new|another)\s+(?:it\s+)?(?:company|firm)\b", re.I),
}
# Client situations with wording of their own in one kind (see situation): a hand-off draft for them uses it.
SITUATION_WORDING = {"billing": "loose_ends", "our_tools": "loose_ends", "copies": "loose_ends",
                     "restate_notice": "explain_reason"}   # ("nobody told us you were stopping??": the notice, set out)
# Kinds whose words are named precisely enough above that, read in doubt, their wording still makes the draft.
SUBJECT_NAMED = ("credentials_handover", "data_export", "loose_ends", "come_back")


def draft_answers(wording: str, text: str, facts: dict) -> bool:
    """Whether the wording of this kind answers what the message asks (see DRAFT_SUBJECTS); the
    catch-all wording for a message the bot couldn't place never does."""
    if wording == "greeting":
        return facts.get("small_talk") in ("thanks", "seasonal", "greeting")
    subject = DRAFT_SUBJECTS.get(wording)
    return subject is None or bool(subject.search(text))


# Kinds whose answer is a known, kind no (the decision stands; support has ended).
KNOWN_NO = ("second_chance", "better_offer", "come_back", "after_end_request")
# Wordings whose answer holds for the questions that come with them ("Why did you drop us? Was it the scanner
# project?", "Can we come back? Same terms?", "What if we have no one? Does everything stop?"): the reason, the
# known no, the plan for no provider, thanks, and the date (asked alone).
ANSWERS_FOLLOW_UPS = {"explain_reason", "second_chance", "better_offer", "come_back", "no_new_provider", "gratitude",
                      "end_date", "hello", "chatter", "greeting"}
# What the client owns asked for: never declined, and after the end date a person arranges it.
THEIRS_KINDS = ("data_export", "credentials_handover")
# Moves on what is theirs that principle 4 is about (cues.unsafe_move): answered as the handover.
UNDOING = ("delete_theirs", "lock_out", "suspend", "withhold", "spite")


# "can u confirm the last day ur supporting us?": the day on record, asked to be confirmed
_DAY_TO_CONFIRM = re.compile(r"\bconfirm\w*\s+(?:the|our|your|ur)\s+(?:exact\s+|actual\s+)?(?:last|final|end)\s+(?:day|date)\b", re.I)


# "Please, what is the last day you give us support": the last day asked outright, however many words follow
_LAST_DAY_ASKED = re.compile(r"\b(?:what|which)(?:'s|\s+is|\s+will\s+be)\s+(?:the|our|your)\s+(?:exact\s+)?(?:last|final|end)\s+(?:day|date)\b",
                             re.I)


def date_asked(piece: str, phase: str) -> "Part | None":
    """One part of a message that only asks the last day ("... and also confirm which day exactly you're finishing?"):
    the day on record answers it, whatever the router makes of so few words."""
    asked = cues.without_introduction(piece)   # ("hiya its hooli bakrey, whats the actual last day we have u?")
    if cues.asks_end_date(piece) and (len(asked.split()) <= SHORT_QUESTION_WORDS or cues.asks_only_dates([piece])
                                      or _DAY_TO_CONFIRM.search(piece) or _LAST_DAY_ASKED.search(piece)) \
            and not cues.asks_for_more_time(piece):   # ("please tell me when you finish with us, exact date.")
        return Part("end_date", "helpful" if phase == "transition" else "done", 1.0)
    return None


# "when does castle tech need to ring you?": when to be in touch, which the last day's wording gives (the call-by day)
# ("what is the date they must call you?": a when, asked as a date)
_WHEN = r"(?:\bwhen\b|\bwhat(?:\s+is|'s)?\s+the\s+(?:date|day)\b)"
_WHEN_IN_TOUCH = re.compile(_WHEN + r"(?:(?![.?!]).){0,40}?\b(?:ring|call|phone|contact|get\s+in\s+touch|talk|speak|reach|"
                            r"email|e-mail)(?:ed|ing|s)?\b", re.I)


def provider_when_asked(piece: str, phase: str, provider: str, whole: str = "") -> "Part | None":
    """One part of a message asking when the new provider should be in touch ("and when do u want to talk to castle
    tech"): the handover's own wording answers it, with the date to be in touch by. The provider may be named in
    another part of the `whole` message ("we maybe choose new company DentaTech IT. What they need from you?")."""
    named_before = bool(whole) and re.search(r"\b(?:they|them)\b", piece, re.I) \
        and (cues.mentions_new_provider(whole, provider) or bool(cues.provider_named(whole))
             or bool(re.search(r"\bnew\s+(?:it\s+)?(?:company|provider|firm|msp)\b", whole, re.I)))
    deadline = re.search(r"\bdeadline\b", piece, re.I)   # ("What's the deadline for us": the day to be in touch by)
    # ("is castle tech going to call you or do we need to set that up?": who makes the first contact, the handover's ask)
    who_calls = re.search(r"\b(?:is|are|will|does|do)\s+(?:[\w&.-]+\s+){1,3}?(?:going\s+to\s+|gonna\s+)?(?:call|contact|ring|"
                          r"phone|email|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:you|u)\b[^.?!]{0,40}\bor\b", piece, re.I)
    if phase == "transition" and (re.search(_WHEN, piece, re.I) or deadline or cues.asks_what_a_provider_needs(piece)
                                  or who_calls) \
            and (cues.names_provider(piece, provider) or cues.mentions_new_provider(piece, provider) or named_before):
        if not cues.asks_what_a_provider_needs(piece) and (_WHEN_IN_TOUCH.search(piece) or deadline):
            return Part("end_date", "helpful", 1.0)   # ("and when does castle tech need to ring you?": the call-by day)
        return Part("provider_handover", "helpful", 1.0)   # (or what they need: "And what Castle Tech need from us?")
    return None


def provider_news(piece: str, phase: str, provider: str) -> "Part | None":
    """One part of a message telling us who takes over, the one on record ("We find new company, Castle Tech."):
    the handover, not a client with nobody lined up."""
    if phase == "transition" and provider and "?" not in piece and cues.names_provider(piece, provider) \
            and cues.tells_who_they_chose(piece) and not cues.makes_a_request(piece):
        # ("Please start moving our domain over to Castle Tech" is a request; "Castle Tech ask it." no news)
        return Part("provider_handover", "helpful", 1.0)
    return None


def email_home_asked(piece: str, phase: str, provider: str) -> "Part | None":
    """One part of a message asking where their email should go ("and where should we even move our email to?"),
    from a client with no new provider yet: the safe landing answers it (hosted email)."""
    if phase == "transition" and not provider and "email_provider" in cues.practical_asks(piece):
        return Part("no_new_provider", "helpful", 1.0)
    return None


def disputes(text: str, recorded: str) -> bool:
    """Disputes the reason on record: "we always paid on time!!" disputes late payment, but to a client ended for
    the team's capacity it is only a wrong guess, corrected as one (never "thank you for telling us your side")."""
    guessed = [guess for guess in cues.guessed_reasons(text) if guess not in cues.UNRECORDED_GUESSES]
    if cues.asks_if_cause(text) and recorded and recorded not in guessed:
        return False   # ("is this about that server outage? because that wasnt our fault": a guess, corrected)
    if cues.says_never_told(text) and not guessed and (cues.asks_why(text) or re.search(r"\btold\s+(?:us|me)\s+why\b", text, re.I)):
        return False   # ("You never told us WHY.": the reason never heard, owed plainly, nothing of it disputed)
    if recorded and recorded != "late_payment" and cues.claims_to_pay(text):
        return False   # ("did we do something wrong? we always paid": to a client ended for our capacity, no dispute)
    return cues.disputes_the_reason(text) and not (guessed and recorded and recorded not in guessed)


def contact_asked(piece: str, phase: str, whole: str = "") -> "Part | None":
    """One part of a message that asks who to talk to or send something to ("also who do i send the new IT guys
    details to?"): the contact wording answers it, whatever the router makes of it. A recommendation asked of a
    provider named in another part counts ("We still don't have a new IT company. Could you recommend one?")."""
    recommended = cues.asks_for_recommendation(piece) or bool(whole) and cues.asks_for_recommendation(whole) \
        and bool(re.search(r"\b(?:rec+om+end|suggest)\w*\b", piece, re.I))
    # ("And who do we give the new company's details to once we have one?": where their details go)
    if (cues.asks_for_contact(piece) or recommended or cues.contact_topic(piece) == "send_to") \
            and len(piece.split()) <= SHORT_QUESTION_WORDS * 2:
        return Part("contact", "helpful" if phase == "transition" else "done", 1.0)
    return None


def replies_handed_over(actions: list[tuple[str, str]], why: str) -> list[tuple[str, str]]:
    """The policy's actions with every reply turned into a hand-off, for `why` (declines and hand-offs stay)."""
    return [(reply_policy.HANDOFF, why) if action == reply_policy.REPLY else (action, reason) for action, reason in actions]


def unless_missing(facts: dict, plan: "Plan") -> dict:
    """The facts a reply may state, less what the policy needed and the record lacks: with no reason in words,
    the draft names the category and says the account owner will go through it (with no category either, it is
    written for the reason's absence). A guess at the reason is answered plainly: it isn't that, or it is."""
    if "written_reason" in plan.missing and not (facts.get("guess_wrong") or facts.get("guess_matches")):
        # (the category alone is named, and the owner follows up with the detail a person asking why is owed)
        facts["has_reason"], facts["reason_in_brief"] = bool(facts.get("reason_category")), True
    return facts


def unless_in_doubt(plan: "Plan", parts: list["Part"]) -> "Plan":
    """A client message the router is in doubt about is never answered automatically: its reply
    becomes a draft a person approves (see _client_message)."""
    doubts = [part.doubt for part in parts if part.doubt]
    if plan.action == REPLY and doubts:
        plan.doubt = doubts[0]
    return plan


def doubt_reason(route: Route) -> str:
    """Why a doubtful route is not answered: the best guess and what competes with it."""
    others = ", ".join(f"{other.principle} {other.probability:.0%}" for other in route.alternatives)
    return (f"I am in two minds about it: {route.principle} {route.confidence:.0%}"
            + (f", or {others}" if others else ", or not about the offboarding at all"))
