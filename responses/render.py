"""Fill the reply templates with a client's facts, and nothing but its facts.

Templates are files in ``responses/templates/<audience>/<intent>.j2``. A staff
template holds a ``coaching`` block and its scripts (``script_1``, ``script_2``...);
a client template holds its replies (``reply_1``...). Each script or reply is the
body of a message only: the greeting and the signature are added here, once, so
that several bodies can make one message (a message with two requests) without
repeating them.

Every fact a template may state comes from ``facts_for``: the client's recorded
reason category and written reason, its dates, its new provider and its account
owner. A missing fact is an empty value and a ``has_...`` flag, never a stand-in
phrase; templates word the sentence for its absence. Message text from users is
only ever passed in as a value, never compiled.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

TEMPLATE_DIR = Path(__file__).parent / "templates"

# Said under any list of checklist items with days beside them, so a target is never read as a date agreed with the client.
CHECKLIST_TARGETS = ("Days are the checklist's own targets, set from the last day; only the last day and the provider's "
                     "contact day are agreed with the client.")
PRINCIPLE_TITLES = {
    "decisive": "Decisive: the decision is made and it stays made",
    "honest": "Honest: name what went wrong, plainly",
    "friendly": "Friendly: business, not personal",
    "helpful": "Helpful: a smooth handover, nothing cut off early",
    "done": "Done: after the last day, decline kindly",
    None: "Parting Ways: what I can help with",
}
# "Done" about closing out (the day it ended, the final bill, what is still theirs) declines nothing.
DONE_CLOSING_TITLE = "Done: after the last day, close out cleanly"
DONE_DECLINES = ("after_end_request", "after_last_day", "support_request", "provider_config_question")
ACTIVE_TITLE = "Not being offboarded"
PRACTICAL_TITLE = "The handover, in practice"

STAFF, CLIENT = "staff", "client"
PHASES = ("transition", "ended")

# What each recorded reason category says, in the words a client reads. "general" is used
# when no details are written down; "detailed" frames the written details.
REASONS = {
    "late_payment": {
        "label": "late payment",
        "staff": "late payment",
        "general": "The reason is late payment: our invoices have not been paid on time.",
        "detailed": "The reason is late payment: {details}.",
        # Only when the firm configured its payment terms (PARTING_WAYS_PAYMENT_TERMS).
        "general_terms": "The reason is late payment: invoices have not been paid within our payment terms, "
                         "which ask for payment {terms}.",
        "detailed_terms": "The reason is late payment: {details}, when our payment terms ask for payment {terms}.",
    },
    "scope_creep": {
        "label": "work outside the agreed scope",
        "staff": "work asked of us outside the agreed scope",
        "general": "The reason is the scope of the work: what has been asked of us has kept going beyond "
                   "the services we agreed.",
        "detailed": "The reason is the scope of the work: {details}.",
    },
    "overload": {
        "label": "the workload on our team",
        "staff": "our team's capacity (they need more support than we can give)",   # (said without blame, even to us)
        # (capacity, said as ours, with no reassurance the record doesn't hold: "it's not you" reads as softening it)
        "general": "The reason is our team's capacity: we can't give you the level of support you need.",
        "detailed": "The reason is the workload: {details}.",
    },
    "never_satisfied": {
        "label": "not being able to meet your expectations of the service",
        "staff": "we couldn't meet their expectations of the service",   # (a label like "never satisfied" reads as a jibe)
        "general": "The reason is that we haven't been able to give you "
                   "the service you expect.",
        "detailed": "The reason is that we haven't been able to give you the service you expect: {details}.",
    },
    "other": {
        "label": "",
        "staff": "",
        "general": "",
        "detailed": "The reason is this: {details}.",
    },
}
# How a reason a client guessed is named when we say it isn't that one.
GUESS_LABELS = {
    "late_payment": "payment",
    "scope_creep": "extra projects or extra work",
    "overload": "the amount of support you need",
    "never_satisfied": "complaints about our service",
    "price": "price",
    "priority": "being less of a priority to us than other clients",
}
# Phrases the old templates used in place of missing facts. None may appear in a reply.
STAND_INS = ("the agreed last day of support", "the date we gave notice", "a week before the last day of support",
             "the way we work together is no longer a good fit", "the client team", "Hello the client",
             "Dear the client")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
# The end of a sentence, within its line.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
_LONG_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}\b")
# Sentences that only reassure about the time left, worth saying once in a message.
_REASSURANCE = re.compile(r"support (?:continues|carries on)|fully supported|full support|keep (?:supporting|looking after)|"
                          r"nothing changes|keeps? running|still there for you|still (?:reach|go to) our help desk|"
                          r"switched off or deleted|last day of (?:our )?support (?:is|stays)|"
                          r"(?:support|agreement) ends on", re.I)
# ... unless it also says what we do: where their request went, or that we switch nothing of theirs off.
_PROMISE_TOO = re.compile(r"\bpassed (?:it|this|them) on\b|\bpassed [^.]{0,40}\bto our help desk\b|\bswitch nothing\b", re.I)
_ENDED_ON_DATE = re.compile(r"\b((?:support|agreement)(?: for [a-z ]+)?) ended on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day "
                            r"\d{1,2} [A-Z][a-z]+ \d{4}\b")
_ENDS_ON_DATE = re.compile(r"\b(support ends) on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}\b")
_UNTIL_DATE = re.compile(r"\b(until|before) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}\b")
# Staff wording written for the new provider rather than the client: script blocks named to_provider_N.
PROVIDER_PREFIX = "to_provider_"
# Kinds of question that only ever come from the new provider: their scripts are always written to it.
PROVIDER_FACING = ("provider_config_question",)
# Staff wording to be posted in public (under a review): script blocks named public_N, no greeting,
# signed by the firm, and no fact of the record in them.
PUBLIC_PREFIX = "public_"
# Practical answers a staff question may ask for whatever its kind (blocks of staff/_practical.j2),
# in the order they are given: the checklist, who signs off, a hosted email provider, mailbox exports.
PRACTICAL = "staff/_practical.j2"
# Situations in which nobody at the client asked for anything, so there is no message to send them.
# A gloating email or a public story about the client: the answer is not to send anything, so no letter comes with it.
PARTING_SHOT = "parting_shot"
NOTHING_TO_SEND = ("help_after_the_end", "our_move", "second_guessing", "venting", "against", "from_above", "other_client", "internal", "legal", "new_project", "retention",
                   "money_owed", "spite_or_hygiene", "our_access", "discount", "holidays", "provider_late", "early_access",
                   "raise_reason", "leaves_early", "label_check")
# Of those, the ones with words for the client when staff ask for them ("draft a reply"), where the kind has them.
WRITTEN_WHEN_ASKED = ("money_owed", "retention", "provider_late")
# Moves staff propose that get a plain no and nothing to send: a parting shot, an earlier last day, a made-up reason.
NO_SCRIPT_MOVES = (PARTING_SHOT, "end_early", "false_reason", "rude_reason", "spite", "side_work")
# Kinds whose own plain answer already says no to doing less (their tickets, their credentials, their data).
HOLDS_BACK_ANSWERED = ("support_request", "credentials_handover", "data_export")
# Situations answered by a word of their own rather than the kind's lesson.
OWN_ANSWER = {"second_guessing": "situations/feelings.j2", "venting": "situations/feelings.j2",
              "from_above": "situations/feelings.j2",
              "against": "situations/feelings.j2", "other_client": "situations/other_client.j2",
              "legal": "situations/legal.j2", "legal_holding": "situations/legal.j2", "new_project": "situations/new_project.j2",
              "retention": "situations/retention.j2", "money_owed": "situations/money_owed.j2",
              "spite_or_hygiene": "situations/spite_or_hygiene.j2", "our_access": "situations/our_access.j2",
              "discount": "situations/discount.j2", "holidays": "situations/holidays.j2",
              "provider_late": "situations/provider_late.j2", "early_access": "situations/early_access.j2",
              "raise_reason": "situations/raise_reason.j2", "leaves_early": "situations/leaves_early.j2",
              "help_after_the_end": "situations/help_after_the_end.j2", "stop_answering": "situations/stop_answering.j2",
              "sales_pitch": "situations/sales_pitch.j2", "label_check": "situations/label_check.j2"}


@dataclass(frozen=True)
class Rendered:
    text: str
    title: str = ""
    coaching: str = ""
    script: str = ""


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,  # templates ship with the code: no stat() of the file on every message
)


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _clause(text: str | None) -> str:
    """Written details as a clause: one line, no closing full stop."""
    return " ".join((text or "").split()).rstrip(" .;:")


def names_as_recorded(text: str, client: dict | None) -> str:
    """The client's name written as on record in staff words passed on ("acme's invoice" -> "Acme's invoice")."""
    for word in (client or {}).get("name", "").split():
        if len(word) > 2:
            text = re.sub(rf"\b{re.escape(word)}\b", word, text, flags=re.I)
    return text


_TIME_LEFT = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six)\s+(?P<unit>weeks?|days?)\s+(?P<tail>left|to\s+go)\b", re.I)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def time_left_as_recorded(text: str, days_left: int | None) -> str:
    """A colleague's "only 2 weeks left" passed on in a note, said as the record counts it ("20 days left") when it is
    off by more than a few days: the note must not repeat a wrong figure."""
    if days_left is None or days_left < 0:
        return text

    def counted(found: re.Match) -> str:
        number = found.group("n").lower()
        said = int(number) if number.isdigit() else _SMALL_NUMBERS[number]
        said *= 7 if found.group("unit").lower().startswith("week") else 1
        return found.group(0) if abs(said - days_left) <= 3 else f"{days_left} days {found.group('tail')}"
    return _TIME_LEFT.sub(counted, text)


def possessive(name: str) -> str:
    """Acme Dental's, Globex Logistics'."""
    if not name:
        return ""
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


_env.filters["possessive"] = possessive   # ("DentaTech Solutions' contact details", never "Solutions's")


# A written reason kept as a note ("invoices paid 30-60 days late most of this year"): its verb, to say it in a sentence.
_NOTE_VERB = re.compile(r"^(?P<noun>[a-z]+s)\s+(?P<verb>paid|settled|sent|raised|made|asked|logged|opened|requested|missed|"
                        r"cancelled|rejected|disputed|ignored)\b", re.I)


def as_a_statement(details: str) -> str:
    """A note-style reason said as a statement to the client: "invoices paid 30-60 days late" reads "our invoices were
    paid 30-60 days late"; anything else is kept as written."""
    found = _NOTE_VERB.match(details)
    if not found:
        return details
    ours = "our " if found.group("noun").lower() in ("invoices", "bills") else ""
    return f"{ours}{found.group('noun')} were {details[found.start('verb'):]}"


def reason_facts(category: str, details: str, payment_terms: str) -> dict:
    """The reason as a client may read it, and as staff see it on record. Empty when none is recorded."""
    wording = REASONS.get(category)
    details = _clause(details)
    if wording is None and details:
        wording, category = REASONS["other"], "other"
    if wording is None:
        return {"has_reason": False, "reason_sentence": "", "reason_label": "", "reason_on_record": "",
                "reason_category": "", "reason_details": ""}
    # Payment terms are the firm's policy: quoted only when the firm configured them, never made up.
    terms = _clause(payment_terms)
    form = "detailed" if details else "general"
    if terms and f"{form}_terms" in wording:
        form = f"{form}_terms"
    sentence = wording[form].format(details=as_a_statement(details), terms=terms)
    label = wording["staff"]
    on_record = f"{label} ({details})" if label and details else (label or details)
    return {"has_reason": bool(sentence), "reason_sentence": sentence, "reason_label": label,
            "reason_on_record": on_record, "reason_category": category, "reason_details": details}


def _one_thing_wrong(label: str, habit: bool = False) -> dict:
    """A guess that puts the reason on one thing (one complaint, one invoice, one habit): corrected, not confirmed."""
    return {"guess_matches": False, "guess_wrong": True, "guess_label": label, "guess_habit": habit}


def guess_facts(guesses: list[str] | tuple[str, ...], guessed_cause: str, category: str, details: str = "") -> dict:
    """What to say about a reason the message guessed: confirm the recorded one, correct any other.

    guessed_cause is the cause a message asked about in its own words ("the email outage in March"):
    when none of the reasons we record is named in it and it shares no word with the written reason,
    it is not the reason, and the reply says so plainly (without repeating their words)."""
    guesses = [g for g in guesses if g in GUESS_LABELS]
    if category == "never_satisfied" and _ONE_COMPLAINT.search(guessed_cause or ""):
        # "Was this because we complained about your technician?": one complaint, or one of our people, is not the
        # reason on record (that we couldn't meet their expectations of the service as a whole)
        return _one_thing_wrong("one complaint or one of our team")
    if category == "late_payment" and _ONE_INVOICE.search(guessed_cause or ""):
        # "is this about the March invoice?? we PAID that!!": one bill is not the reason on record (payments late most of
        # the year), so it is corrected, not confirmed
        return _one_thing_wrong("one invoice")
    if category not in ("late_payment", "price") and _INVOICE_QUERIED.search(guessed_cause or ""):
        # "was it because we moaned about the invoice back in june?": that query is not the reason, said as theirs
        return _one_thing_wrong("the invoice you queried")
    if category == "overload" and not guesses and _ONE_HABIT.search(guessed_cause or ""):
        # "is it because we always phone on weekends? we can stop": the reason is how much support they need as a
        # whole, so no one habit of theirs is confirmed, nor flatly denied as unrelated
        return _one_thing_wrong("any one habit of yours", habit=True)
    matches = bool(category) and category in guesses
    wrong = [g for g in guesses if g != category]
    corrected = "" if matches or not wrong else GUESS_LABELS[wrong[0]]
    unnamed = bool(category) and not guesses and bool(guessed_cause) \
        and not _stems(guessed_cause, 5, _GUESS_FILLER) & _stems(details, 5, _GUESS_FILLER)
    if unnamed and _WITH_OUR_PEOPLE.search(guessed_cause):
        corrected = "a disagreement with our team"   # ("the row with our tech in the summer", said without their words)
    return {"guess_matches": matches, "guess_wrong": bool(corrected) or unnamed, "guess_label": corrected, "guess_habit": False}


# An invoice they queried or complained about ("we moaned about the invoice back in june").
_INVOICE_QUERIED = re.compile(r"\b(?:complain\w*|moan\w*|quer(?:y|ied|ying)|disput\w*|argu\w*|pushed\s+back)\b[^.?!]{0,30}"
                              r"\b(?:invoices?|bills?|charges?)\b", re.I)
# One bill named ("the March invoice", "that last invoice"), not the pattern of paying late.
_ONE_INVOICE = re.compile(r"\b(?:the|that|this|one|our|last)\s+(?:(?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december|last|one|single|big|overdue|late|disputed)\s+)?invoice\b(?!s)", re.I)


# A guess about a falling-out with one of ours ("the row with our tech"): named as that, in our own words.
_ONE_HABIT = re.compile(r"\b(?:phon\w*|call\w*|ring\w*|email\w*|ticket\w*|messag\w*)\b[^.?!]{0,40}\b(?:weekends?|evenings?|nights?|"
                        r"out\s+of\s+hours|after\s+hours|late|early|so\s+(?:much|often)|too\s+(?:much|often)|a\s+lot)\b", re.I)
_ONE_COMPLAINT = re.compile(r"\bcomplain\w*\b[^.?!]{0,40}\b(?:tech|techs|technician|engineer|guy|consultant|rep|"
                            r"about\s+(?:him|her))\b|\b(?:the|that|our|one)\s+complaint\b", re.I)
_WITH_OUR_PEOPLE = re.compile(r"\b(?:row|argument|disagreement|falling[\s-]out|fight|spat|clash|run-?in|words)\b[^.?!]{0,40}"
                              r"\b(?:tech|techs|technician|engineer|staff|team|guy|consultant|rep)\b|"
                              r"\b(?:los[te]|losing)\s+(?:his|her|their|my|our)\s+temper\b|\b(?:yelled|shouted|swore|"
                              r"rude)\b[^.?!]{0,30}\b(?:at|to)\s+(?:your|ur|the)\s+(?:tech|technician|engineer|guy|staff|team)\b", re.I)


# Words of a guess ("is this about the outage?") that say nothing about what is guessed, as 5-letter stems.
_GUESS_FILLER = {"about", "becau", "that", "this", "what", "when", "with", "your", "their", "those"}


def _stems(text: str, width: int, ignored: set[str]) -> set[str]:
    """The words of four letters or more, cut to `width` letters, less those `ignored`: for comparing wordings."""
    return {word[:width] for word in re.findall(r"[a-z]{4,}", text.lower())} - ignored


# Words that make a display name an organisation, a shared mailbox or a role rather than a person: such a
# sender is greeted neutrally, never by the first word of "BrightPath IT Support" or "Accounts Payable".
_NOT_A_PERSON = re.compile(
    r"\b(?:team|support|help\s*desk|helpdesk|services?|desk|office|admin\w*|accounts?|billing|finance|info|reception|"
    r"it|ict|ltd|limited|inc|llc|llp|plc|gmbh|co|corp\w*|group|company|dental|clinic|surgery|practice|partners|"
    r"solutions|systems|sales|hr|payroll|department|dept|legal|law|noreply|no-reply|enquiries|inquiries|contact|mail|"
    r"bot|operations|ops|front|the|and|&|"
    # job titles signed in place of a name ("Yours faithfully, Managing Director")
    r"managing|director|manager|ceo|cfo|coo|cto|owner|proprietor|partner|secretary|head|chair\w*|officer|coordinator)\b", re.I)
_PERSON_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# Titles kept with the surname: "Dr Miriam Lin" is greeted "Hi Dr Lin".
_TITLES = ("dr", "mr", "mrs", "ms", "mx", "miss", "prof")


def greeting_name(sender: str, organisations: tuple[str, ...] = ()) -> str:
    """How to greet whoever wrote: their first name (or title and surname) when the platform's name for
    them is a person's; "" (a neutral greeting) for an address, an organisation, a role or nothing."""
    name = " ".join((sender or "").split())
    words = name.split(" ")
    if not name or len(words) > 4 or re.search(r"[@\d/\\:<>|_()\[\]]", name) or _NOT_A_PERSON.search(name):
        return ""
    if not all(_PERSON_WORD.fullmatch(word) for word in words):
        return ""
    lowered = {word.lower() for word in words}
    for organisation in organisations:
        if organisation and (lowered <= {word.lower() for word in organisation.split()}
                             or words[0].lower() == organisation.split()[0].lower()
                or len(words) > 1 and words[-1].lower() == organisation.split()[-1].lower()):
            # the client's or the provider's name, or part of it, as typed ("Globex Logistix", "Hooly Bakery"): an
            # organisation wrote
            return ""
    if words[0].lower().rstrip(".") in _TITLES:
        return f"{words[0]} {words[-1]}"[:40] if len(words) > 1 else ""
    first = words[0][:40]
    return first[:1].upper() + first[1:] if first.islower() else first


def in_a_list(things: tuple[str, ...] | list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    things = list(things)
    return " and ".join(things) if len(things) < 3 else f"{', '.join(things[:-1])} and {things[-1]}"


def _next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def christmas_break(day: date) -> tuple[date, date]:
    """Christmas Eve to New Year's Day around `day` (the one ahead from July on, else the one just gone):
    the days most of a team is away, whatever the firm's own calendar adds."""
    year = day.year if day.month >= 7 else day.year - 1
    return date(year, 12, 24), date(year + 1, 1, 1)


def the_break(day: date, closed: tuple[date, date] | None) -> tuple[date, date]:
    """The stretch the team is away around `day`: the firm's closure when one is on record, else Christmas."""
    return closed or christmas_break(day)


def handover_deadline(end: date | None, today: date | None, closed: tuple[date, date] | None) -> tuple[date | None, bool]:
    """The day the new provider should be in touch by (a week before the last day), and whether it was moved:
    a week before that falls while most of the team is away, so it is the day before the break instead."""
    if not end:
        return None, False
    deadline = end - timedelta(days=7)
    holidays = the_break(today or end, closed)
    moved = holidays[0] <= deadline <= holidays[1]
    return (holidays[0] - timedelta(days=1) if moved else deadline), moved


def facts_for(client: dict | None, *, company: str, signer: str, payment_terms: str, phone: str = "",
              sender_name: str = "", today: date | None = None, guesses: tuple[str, ...] = (),
              guessed_cause: str = "", closed: tuple[date, date] | None = None) -> dict:
    """Every template variable. A missing fact is '' with its has_ flag False; never a stand-in."""
    client = client or {}
    end = date.fromisoformat(client["end_date"]) if client.get("end_date") else None
    notice = date.fromisoformat(client["notice_date"]) if client.get("notice_date") else None
    phase = client.get("phase") or ""
    deadline, moved = handover_deadline(end, today, closed)
    deadline_open = bool(deadline and phase == "transition" and (today is None or deadline >= today))
    owner = _clause(client.get("account_owner"))
    reason = reason_facts(client.get("reason_category") or "", client.get("reason") or "", payment_terms)
    return {
        "client_name": client.get("name") or "",
        "client_possessive": possessive(client.get("name") or ""),
        "has_client": bool(client.get("name")),
        "sender_name": greeting_name(sender_name, (client.get("name") or "", client.get("new_provider") or "",
                                                   company)),
        # ("Dear Sirs, ... Yours faithfully, Art Vandelay": a formal letter is answered to the full name)
        "sender_full_name": " ".join(sender_name.split()) if greeting_name(sender_name, (
            client.get("name") or "", client.get("new_provider") or "", company)) else "",
        "phase": phase,
        "ended": phase == "ended",
        "transition": phase == "transition",
        "end_date": long_date(end) if end else "",
        "has_end_date": end is not None,
        "day_after_end": long_date(end + timedelta(days=1)) if end else "",   # the first day without our support
        "notice_date": long_date(notice) if notice else "",
        "has_notice_date": notice is not None,
        # Notice already went out (before today): a script restates the decision rather than announcing it.
        "notice_given_before": bool(notice and today and notice < today and phase == "transition"),
        "handover_deadline": long_date(deadline) if deadline_open else "",
        "handover_by": long_date(deadline) if deadline else "",   # for staff reminders, whatever the day
        "has_handover_deadline": deadline_open,
        # Where the last day and the handover date fall against Christmas and New Year
        "ends_before_break": bool(end and end < the_break(today or end, closed)[0]),
        "handover_moved": moved,   # ... so it is the day before the break, not a week before the last day
        "before_break": f"before our office closes on {long_date(closed[0])}" if closed else "before the Christmas break",
        # The firm's closure, when on record: said wherever support or a handover date meets it
        "office_closed": bool(closed),
        "closed_from": long_date(closed[0]) if closed else "",
        "closed_until": long_date(closed[1]) if closed else "",
        "reopens": long_date(_next_weekday(closed[1])) if closed else "",
        # ... and whether it falls while we still support this client (from today to the last day)
        "closed_in_support": bool(closed and end and closed[0] <= end and (today is None or closed[1] >= today)),
        "supported_after_break": bool(closed and end and end >= _next_weekday(closed[1])),   # (still theirs when we're back)
        **reason,
        **guess_facts(guesses, guessed_cause, reason["reason_category"], reason["reason_details"]),
        "payment_terms": payment_terms,
        "phone": phone,
        "new_provider": _clause(client.get("new_provider")),
        "new_provider_contact": _clause(client.get("new_provider_contact")),
        "account_owner": owner,
        "has_owner": bool(owner),
        "owner_first_name": owner.split(" ")[0] if owner else "",
        "company": company,
        "signer": owner or signer,
        "firm_signer": signer,
        "owner_away": False,   # staff say the owner is out: scripts go out under the firm's signer
        "who_signs_asked": False,   # staff ask who should sign the letter
        "pasted_why": False,        # the client's message staff pasted asks why, or guesses at the reason
        "fewest_sentences": 0,      # "4-5 sentences": the fewest the script should have
        "topics_asked": (),         # what staff said the words should cover (staff_cues.topics_asked)
        "closure_left_out": False,   # staff say to leave our office closure out (staff_cues.topics_left_out)
        "letter_date": "",           # today's date, above a letter laid out to print or file (staff_cues.wants_letter_layout)
        "access_removal": False,    # a note asking our team to take our own access out
        "reason_named": False,      # ... or name the reason as something the letter should give
        "small_talk": "other",
        "for_the_years": False,
        "compliment": False,
        "money_owed": False,
        # What a who-to-talk-to message asks for: a person, the new provider's details, a recommendation.
        "contact_about": "person",
        # Whether the client put the guessed reason forward (a client's message always does; staff may
        # only be trying a wording out): only then does a script tell the client "it isn't that".
        "guess_from_client": True,
        # Who a staff script is for: the client (the default) or its new provider; or the public.
        "to_provider": False,
        "their_person_asked": False,  # words for the new provider asking who on their side takes the client on
        "caller_unverified": False,  # someone says they are the new provider, unconfirmed (claims_to_be_the_provider)
        "public_reply": False,
        "signer_named": False,       # staff named who signs, themselves or a colleague (not just the sender)
        # Staff ask for a letter that also says what the handover includes: the list comes with the date.
        "handover_contents": False,
        # Staff ask for the words to say sorry: the close-out letter owns up before it says what happens.
        "apologises": False,
        # A meeting or call the new provider takes part in: the script speaks to them, it doesn't ask for them.
        "provider_present": False,
        # What the message is really about, beyond its kind (from intents/cues/): "restate_notice" (the
        # notice never reached them), "our_move" (staff proposing something we'd do: nothing to send the
        # client), "more_time" (support past the last day), "internal" (for our own records: nothing to
        # send), "venting" / "second_guessing" (a colleague's feelings); "" for the kind's usual case.
        "situation": "",
        "asks_should": False,        # staff ask whether to do something: the answer comes first, plainly
        "checklist_letter": False,   # the checklist to share asked for as an email or letter
        "asks_anything": True,       # the client's message asks something (a question or a request), not only remarks
        "not_heard": False,          # staff say the new provider on record hasn't been in touch yet
        "user_reset_named": False,   # staff say the client wants a user's password reset (a fix, not a handover)
        "apology_subject": "",       # what the ticket our apology is for was about ("printer")
        "apology_for": "",           # the slip of ours staff want to apologise for ("slow", "missed", ...)
        "file_note": None,           # what happened, for a note on the client's file (staff_cues.file_note_asked)
        "noted_on": "",              # the day a file note is written
        "correction": "",            # what a colleague told the client by mistake, to correct (staff_cues.correction_of)
        "holds_back": False,         # ... and what they propose is doing less for the client
        "hold_unknown": False,       # staff ask whether we still hold an ex-client's things: the record doesn't say
        "unsafe_move": "",           # staff propose what principle 4 rules out (cues.unsafe_move): the answer is no
        "control_unconfirmed": False,  # ... or to remove our access before anyone on their side holds admin
        "urgent": False,             # the client said it is urgent: no "if it's urgent"
        "asks_after": False,         # the client asks about after the last day of support
        "season_wished": False,      # ... wished us a merry Christmas or a happy new year: wished back first
        "colleague_move": "",        # a move a colleague proposed, pasted for a reply (cues.unsafe_move): a no to them
        "reply_to": "",              # ... and the colleague's name, when staff give it ("my reply to Jake")
        "pay_conditional": False,    # the client says they'll pay once the handover is done
        "more_billing_asked": False,  # the client asks whether anything more will be billed
        "upset_words_asked": False,  # staff want the words for a call going badly ("what to say if they get upset")
        "why_is_the_call": False,    # the call is made to give the reason ("calling Acme to tell them straight why")
        "where_asked": False,        # staff ask where as well as when ("need to know where and when to drop it")
        "docs_lacking": False,       # a gap in the handed-over documentation complained of ("a half-documented mess")
        "provider_in_view": "",      # the provider the client's message names, chosen or leant towards ("probably NorthStar IT")
        "setup_named": False,        # the message asks how something of ours was configured (cues.asks_how_configured)
        "chat_asked": False,         # a client asks for passwords in the chat or by email (cues.unsafe_move "plain_channel")
        "fix_thanked": False,        # a client thanks us for everyday work (cues.thanks_for_a_fix)
        "gap_named": False,          # the client or their provider names an item missing from the handover
        "alive_asked": False,        # a client teases us about going quiet ("still alive over there?")
        "stop_feared": False,        # a client asks whether their things will just stop when we go
        "instructions_asked": "",    # instructions a client asks for beside a key ("restore instructions"), sent with it
        "leaving_said": False,       # a client says they may leave us, or asks whether we are dropping them
        "drop_feared": False,        # a client asks whether we are dropping them too ("are we next?")
        "renew_asked": False,        # an ex-client asks us to renew their licences: not ours to renew, theirs to
        "words_asked": False,        # staff asked for something written (staff_cues.asks_for_words)
        "removed_items": "",         # our own tools and accounts staff say came out, by name
        "removed_on": "",            # ... and the day they say it happened
        "provider_contact_asked": False,  # the client asks whether their new provider has reached us
        "data_feared_gone": False,   # the client fears their data was deleted or lost
        "colleague_reminded": False, # a colleague reminded of a client's dates ("reminding her about the deadline")
        "provider_contact_wanted": False,  # staff want the new provider's contact from the client
        "provider_must_reach_us": False,  # staff say the new provider has to reach us ("has to get hold of us")
        "provider_keeps_asking": False,  # the new provider keeps contacting us about an ex-client
        "all_to_owner": False,       # staff send everything from the client to its account owner
        "tickets_stopped": False,    # the desk is told to stop taking an ex-client's tickets
        "call_agreed": False,        # staff say yes to a call the other side asked for
        "label_asked": "",           # a label for the client staff wonder about saying ("never satisfied")
        "claim_denied": "",          # what a client claims we did, which staff say we didn't ("deleted your SharePoint")
        "fond_word": False,          # a fond word from the client ("still miss our coffee chats, hope you're ok")
        "distressed": False,         # the client writes in distress ("I've barely slept")
        "files_missing": False,      # the client says files of theirs are missing now (cues.says_files_missing)
        "recycle_bin_store": "",     # "SharePoint" or "OneDrive" named beside the missing files
        "client_angry": False,       # the client's message reads as angry
        "end_confirmed": False,      # staff ask for a letter confirming that support has ended
        "pays_us_asked": False,      # the client asks whether they are meant to pay us (a renewal in our name)
        "bot_jab": False,            # the client mocks being answered by a bot: a person is offered
        "timing_blamed": False,      # the client blames the timing (just before the holidays)
        "fixer_asked": False,        # the client asks who to call when something breaks
        "light": False,              # a joke at our expense, or staff asking for a light touch
        "tickets_over_break": False, # staff ask what happens to the client's tickets over our closure
        "final_asked": False,        # staff ask the letter to say the decision is final
        "still_on_it_asked": False,  # a job of ours already under way asked after ("are you still fixing ...?")
        "vendor_invoice": False,     # a vendor's bill named ("a renewal invoice from Microsoft"), checked for who pays it
        "riddance": False,           # "Good riddance.": met with regret that it didn't work out
        "better_off": False,         # an ex-client laughing that they are better off now: wished well, nothing argued
        "offers_advice": False,      # "hire more people then lol": a joke with advice in it, taken as a fair point
        "feels_ignored": False,      # the client says we ignore or ghost them
        "worried": False,            # staff describe the client as sad or worried, not angry
        "ending_raised": False,      # ... whether they mention the ending at all (else a ticket's reply doesn't)
        "still_supported_asked": False,   # ... whether we help them until the last day: yes, first
        "refund_demanded": False,    # ... money back demanded for the service itself (cues.demands_a_refund)
        "breaks_asked": False,       # ... what happens if something breaks: our help desk, as usual, to the last day
        "sarcasm_said": False,   # ... whether they scoff at us ("Real classy."): answered as to anger
        "their_data_named": False,   # ... whether what staff would switch off holds the client's data (a backup server)
        "removal_by": "",            # the day staff say our access comes out by ("by Friday"), in full
        "their_calls_returned": False,   # staff return calls, or answer someone who keeps ringing ("keep phoning")
        "removal_on": "",            # ... or the day it comes out ("on Friday 4 December 2026"), in full
        "later_day_asked": "",       # the day more time is asked until, in full (the no names it, not "a few weeks")
        "nothing_explained": False,  # ... whether they say nobody explained anything (not only the reason)
        "notice_missed": False,      # ... whether they say our notice never reached them (not only doubt it)
        "ending_confirm_asked": False,   # ... whether what they heard, that we are ending, is true: yes, first
        "provider_in_message": False,  # ... and the new provider is spoken of in their own message
        "asks_what_after": False,    # ... what the last day means for them: who helps after it
        "stated_day": "",            # a day the client puts forward as our last one, when it is not
        "day_misread": "",           # that day, read as the last one rather than proposed in its place
        "disputed": False,           # the client sees the reason differently (cues.disputes_the_reason)
        "notice_asked": False,        # the client asks when notice was given (cues.asks_notice_date)
        "provider_mentioned": False,  # the client speaks of a new provider, recorded or not
        "about_charge": False,       # the client says a charge is wrong (cues.questions_a_charge)
        "billed_by_us_said": False,  # bills or notices they say came from us (cues.says_billed_by_us)
        "charge_named": False,       # ... and says which one (cues.names_the_charge)
        "invoice_missing": False,    # ... or that an invoice never reached them
        "invoice_asked": False,      # ... or asks us to send the final invoice
        "copies_asked": "",          # ... or copies of the account's papers, as we'd word them (cues.copies_asked)
        "nobody_yet": False,         # the client says nobody has taken over yet
        "hardship": False,           # ... or tells us about illness, a death or another hardship
        "part_situations": {},       # each request's own situation, in a message with several (intent -> situation)
        "reason_in_brief": False,    # only the reason's category is on record: the owner follows up (bot.plans.unless_missing)
        "cut_off_spoken": False,     # the client speaks of being switched off or locked out (cues.speaks_of_cut_off)
        "about_licences": False,     # the message is about their licences or subscriptions (cues.about_licences)
        "who_to_call": False,        # a pasted message asks who at our firm to speak to
        "provider_changing": False,  # the client may go with another provider than the one on record
        "after_end_autoreply": False,   # an auto-reply for mail that arrives after a client's last day, written ahead
        "plea_asks_cause": False,    # a client's plea asks the cause as well ("Is this about the invoices? Please ...")
        "still_ours_asked": False,   # a colleague asks whether we still work for the client: the team note answers it
        "still_ours_said": False,    # ... or says we do, for a note to pass on (staff_cues.says_still_supported): no "Yes"
        "provider_unconfirmed": False,   # ... and it is not the one on record: the client confirms it before anything goes
        "provider_told": False,      # ... and has just told us who it is (and perhaps how to reach them)
        "about_domain": False,       # the message asks about their domain, registrar or DNS
        "about_invoices": False,     # ... or about the money: the final invoice, a reminder, a refund
        "final_bill_question": False,  # ... asking how the final bill works, with no charge said to be wrong
        "from_provider": False,      # the client's new provider wrote in: no "your help desk" lines for them
        "practical": (),             # practical things staff asked for (see PRACTICAL)
        "keeps_ours": False,         # staff propose leaving our own agents or access in place a while
        "under_strain": False,       # the colleague speaks of their own stress or of leaving their job
        "clause_asked": False,       # the contract's own wording asked for (staff_cues.asks_for_contract_wording)
        "client_emailed": False,     # staff say the client emailed (staff_cues.says_client_emailed)
        "contact_checked": False,    # staff want to check whether the new provider has been in touch yet
        "data_held_said": False,     # staff say the client accuses us of holding their data back
        "paid_in_the_end": False,    # the client says every invoice was paid in the end (cues.says_paid_in_the_end)
        "pay_offered": False,        # the client offers to pay for the work (cues.offers_to_pay)
        "topics_named": (),          # handover topics a client's message asks about (cues.handover_topics)
        "provider_struggles": False,  # an ex-client's jab says their new provider can't get something working
        "passing_remark": False,     # the colleague's message asks nothing: chatter (staff_cues.passing_remark)
        "hello_back": "",            # ... and the hello it opens with, returned in kind ("Morning")
        "no_grovel": False,          # staff ask for no grovelling: courteous words that concede nothing
        "mention_asked": False,      # whether to mention our endings to a client who isn't leaving: no
        "offer_expected": False,     # staff expect the client to offer more money: the answer to it, ready
        "signing_off": False,        # a colleague's goodbye ("thanks, that's all for today"): one back, no menu
        "closed_days_asked": False,  # staff ask about our holiday closure (cues.asks_about_holidays)
        "drive_contents_asked": False,   # staff want them asked what goes on their data drive
        "no_asked": False,           # staff ask whether to just say no (staff_cues.asks_whether_to_say_no)
        "principles_asked": False,   # the five principles asked for, summed up (staff_cues.asks_for_the_principles)
        "principle_lines": [title for key, title in PRINCIPLE_TITLES.items() if key],   # (one line each, in order)
        "items": "",                 # the credentials or keys the message names, worded for a letter
        "other_client": "",          # another client of ours the message names (never discussed)
        "for_the_team": False,       # words for our own people, not the client (staff_cues.wants_a_team_note)
        "their_signer_asked": False, # who signs on the client's side is asked (staff_cues.asks_who_signs_for_them)
        "held_by_us_said": False,    # staff say something of theirs is held through us (staff_cues.says_held_by_us)
        "others_asked": False,       # a client asks whether others are let go too (cues.asks_about_other_clients)
        "holder_asked": False,       # who holds something of theirs is asked (cues.asks_who_holds): not on record
        "needs_from_them_asked": False,  # the client or new provider asks what we need from them (cues.asks_what_we_need)
        "one_request_blamed": False,  # an angry guess that one small request was the reason, where scope kept growing
        "paid_on_time_said": False,  # the client says they always paid on time (cues.says_always_paid): thanked, if not the reason
        "kind_said": False,          # the client says they've always been kind to our team (cues.says_kind_to_us)
        "closing_asked": False,      # the client asks if our firm is closing down (cues.asks_if_we_are_closing): we aren't
        "deletion_feared": False,    # the client asks if we'll delete or wipe what is theirs (cues.fears_deletion)
        "user_reset_too": False,     # a user's password reset asked beside a login to hand over (cues.asks_user_reset_beside_a_handover)
        "reply_by": "",              # the day a client needs an answer by, when they name one (cues.answer_needed_by)
        "left_waiting": False,       # the client says they've waited for a reply (cues.left_waiting)
        "format_asked": False,       # the client asks what format their data comes in (cues.asks_format)
        "bill_unclear": False,       # the client questions an invoice or a charge (cues.questions_a_charge)
        "how_long_kept_asked": False,   # how long we keep their backups is asked, which is not on record (cues.asks_how_long_kept)
        "cancel_asked": False,       # the client asks us to cancel their licences now (cues.asks_us_to_cancel_licences)
        "resume_demanded": False,    # the client demands our support back (cues.demands_support_back): final, said so
        "invited": False,            # the client invites us to something (cues.invites_us): thanked, a person answers
        "end_confirm_asked": False,  # a client asks us to confirm the end in writing (cues.asks_written_confirmation)
        "by_when_asked": False,      # a client asks by when the handover of theirs is done (cues.asks_by_when_done)
        "pasted_hard_times": False,  # a message pasted in tells of illness or a hard year (cues.tells_of_hard_times)
        "claimed_client": False,     # a caller claiming to be the client's own asks for a secret (cues.claims_to_be_the_client)
        "blame_feared": False,       # staff worry the reason's words blame the client (staff_cues.fears_blaming)
        "access_list": False,        # our access item by item, where each stands (staff_cues.asks_access_removed_list)
        "steps_to_confirm": (),      # handover steps a letter asks us to confirm done (cues.handover_steps_to_confirm)
        "handed_over_asked": False,  # ... or whether it was handed over (cues.asks_if_handed_over): not on record either
        "ends_call": False,          # ... or asks whether they may end an abusive call
        "shouting": False,           # staff speak of shouting at us, past or expected (a call gets a polite way out)
        "checklist_text": "",        # the client's handover checklist, when staff asked for it
        "checklist_in_note": False,  # the checklist goes inside a note for our team, plainly laid out
        "share_items": [],           # ... or the items of it to give the client: [{"title"}], our tracker's dates left out
        "open_items": [],            # what is still open on it, for a status note to the team
        "owner_named": False,        # a status report names the account owner as its reader ("summary for Priya")
        "brief": False,              # a status report asked for quick or short: the next few open items only
        "still_running_asked": False,
        "what_happens_asked": False,   # "what happens to our email when you stop?": answered, never with "Yes"   # a client asks if our service still runs ("backups still running as normal?")
        "report": False,             # a status report up the line (staff_cues.reports_up_the_line)
        "days_left": None,           # ... days to the last day of support
        "checklist_progress": "",    # ... "3 of 11 items ticked off so far", from our tracker
        "sign_off_items": [],        # the handover items a sign-off form lists (bot/checklist.py)
        "is_template": False,
        "no_reason": False,
        "plain": False,
        "pay_question": "",          # "still_pay", "refund" (cues.pay_question) or "after_end" (a month after the last day)
        "cover_story": False,        # staff offer a softer story in place of the reason              # written for a reader with little English or no IT (staff_cues.wants_plain_english)
        "talk_asked": False,         # a call or meeting to talk it over is asked about          # staff asked for words without the reason in them (staff_cues.leaves_reason_out)
        "recipient_given": "",       # an address a client asked us to send something to (not yet confirmed)        # a template's bracketed blanks stand in for every client fact (with_blanks)
        "points_asked": (0, 0),      # ... how many bullets, and the most words in each (staff_cues.points_asked)
        "holiday_clients": [],       # the clients a question about the holidays is about, each as its facts
        "reason_line": False,        # the draft to check is one line giving the reason: a gentler line back, no letter
        "draft_findings": None,      # staff asked us to check their own draft: what stops it (draft_check)
        "invoice_attached": False,   # staff say the final invoice goes with it (staff_cues.invoice_attached)
        "addressee": "",             # the person a reply is to, by name (staff_cues.addressee)
        "formal": False,             # a formal letter: "Dear", "Yours sincerely" (staff_cues.wants_formal)
        "words_given": "",           # what staff said a text or chat message should say (staff_cues.words_given)
        "domain_moved": False,       # their domain to be moved into their hands, with no other item named: the steps
        "data_cover": False,         # the note that goes with their data when it is returned
        "to_finance": False,         # a note for our own finance or billing people (staff_cues.writes_to_finance)
        "to_colleague": "",          # the colleague on record a note is written to (staff_cues.colleague_named)
        "colleague_ask": "",         # what the note asks them (staff_cues.colleague_ask)
        "keeps_contacting": False,   # ... news that someone keeps coming to us ("BrightPath keep messaging our techs")
        "invoice_months": "",        # the months a chased invoice is for, as staff name them (staff_cues.months_named)
        "told_by_phone": False,      # the notice was given on a call (staff_cues.told_by_phone)
        "calls_after": False,        # they ask who to call, after the end (cues.asks_for_contact): not us
        "licences_listed": False,    # which licences they had with us, or when they renew (cues.asks_which_licences)
        "contract_cited": False,     # the agreement's terms held against us (escalation_cues.cites_the_contract)
        "signed_by": "",             # the name staff asked the script to be signed with (staff_cues.signed_by)
        "owner_speaks": False,       # the account owner says or signs the words themselves (render_staff)
        "access_said": "",           # our access staff named as coming out, in a letter's words (staff_cues.access_named)
        "provider_in_doubt": False,  # the provider on record may not happen after all (staff_cues.provider_in_doubt)
        "hello_back": "Hi,",         # a colleague's hello answered in kind (render.hello_back)
        "returns_a_call": False,     # staff ring back a client who called (staff_cues.returns_a_call)
        "run_past_the_end": "",      # what they want kept running after the last day (cues.asks_to_run_it_past_the_end)
        "kept_running_asked": False,  # asked whether their backups or systems keep running (cues.asks_if_kept_running)
        "hosted_with_us": False,     # ... and it is hosted on our systems (cues.hosted_with_us): it moves before the end
        "for_a_while": False,        # ... for a short stretch ("a few more weeks") rather than to a date
        "provider_lacks": False,     # ... which the new provider won't take on ("Castle Tech don't do tills")
        "closure_held_against": False,   # a client's pasted words hold our closure against us (cues.holds_our_closure_against_us)
        "caller_wants": "",          # the colleague a client keeps ringing for (staff_cues.caller_asks_for)
        "reception_summary": False,  # lines for reception to read out if the client rings (staff_cues.for_reception)
        "no_fault_wanted": False,    # staff want them told it isn't their fault (staff_cues.wants_no_blame)
        "fault_asked": False,        # the client asked if they did something wrong (staff_cues.asks_if_at_fault)
        "unanswered": False,         # the client says an earlier message went unanswered (cues.says_unanswered)
        "backups_asked": False,      # staff speak of their backups (kept running to the last day, then handed over)
        "handling_asked": False,     # staff ask how we handle it, or to say how (staff_cues.asks_how_we_handle)
        "licences_reminder": False,  # a reminder that their licences must move to them (staff_cues.reminds_to_move_licences)
        "dos_and_donts": False,      # a team note asked as what to do and not to do (staff_cues.asks_dos_and_donts)
        "dns_named": False,          # a move on their domain or DNS (cues.names_dns): their site and email depend on it
        "to_everyone": False,        # a team note for the whole firm (#general), not the team doing the work
        "call_asked": False,         # a call asked of us, named in the no (staff_cues.asks_us_on_a_call)
        "as_the_team": False,        # staff ask for it signed by the team, not a person (staff_cues.signs_as_the_team)
        "fault_named": "",           # what a fault staff pass on is with ("your email"; cues.fault_named)
        "reason_asked": False,       # staff speak of the reason: a notice restated says it (staff_cues.mentions_the_reason)
        "list_asked": "",            # "agenda" or "talking points" when a list for a meeting is asked (staff_cues.wants_agenda)
        "script_format": ("", 0),    # the shape staff want the script in (staff_cues.script_format) and sentences kept
        "seconds_asked": 0,          # the seconds a voicemail may take, when staff say (staff_cues.seconds_asked)
        "length_limit": ("", 0),     # the most words or characters staff allow the script (staff_cues.length_limit)
        "angry_fault": False,        # an angry message also reports a fault it names (see situations/fault_after_end.j2)
        "gift_named": "",            # the gift staff say the client sent, as a thank-you names it (staff_cues.gift_named)
        "own_number_offered": False,   # staff ask whether to give a client their own number (staff_cues.offers_own_number)
        "money_offered": False,      # money offered to keep us or win us back (cues.offers_money)
        "provider_disappoints": False,   # the client says their new provider isn't working out (cues.provider_disappoints)
        "cost_asked": False,         # a client asks what handing over theirs costs (cues.asks_the_cost)
        "completion_unticked": "",   # a caution: staff confirm a handover complete that the tracker doesn't show done
        "what_i_do_asked": False,    # staff ask what the bot can help with (staff_cues.asks_what_the_bot_does)
        "name_blank": False,         # staff don't know the name of the one person written to: a blank for it
        "break_checked": False,      # staff check where a last day falls against our closure ("after the break, right?")
        "gap_ahead": False,          # their new provider can't start before our last day (cues.provider_not_ready_in_time)
        "documents_asked": False,    # the new provider asks for the client's documentation (cues.asks_for_documents)
        "no_grudge": False,          # the client says they bear us no grudge (cues.bears_no_grudge)
        "logins_missing": False,     # nobody on their side holds their logins (cues.nobody_holds_the_logins)
        "hurt": False,               # the client writes of being hurt or sad (cues.writes_from_the_heart)
        "staff_doubts": False,       # the colleague feels bad about the decision, or says one of us is wavering
        "day_named": "",             # the day a staff question names relative to today, when its date is asked
        "length_about": 0,           # the words staff asked for roughly, "about 150 words" (staff_cues.length_about)
        "held_for_them": (),         # their domain or licences held through us (staff_cues.held_for_them)
        "client_asked": True,        # the client asked something (staff words otherwise: staff_cues.client_asked)
        "client_wrote": False,       # staff pasted in the client's own message ("Globex emailed: ..."): the reply is to them
        "handover_done": False,      # staff say the handover is complete ("confirming the handover is wrapped up")
        "also_fault": False,         # a long letter that also asks for a fix (cues.asks_for_a_fix): to the help desk too
        "share_to_provider": False,  # the handover checklist is for the new provider, not the client
        "handover_late": False,      # the handover asked for after we reopen or in the new year (cues.asks_handover_later)
        "what_happens_asked": False, # staff ask what happens on a day (staff_cues.asks_what_happens): walked through
        "staff_upset": False,        # staff say someone is upset (staff_cues.describes_upset)
        "client_rang": False,        # staff say the client rang them (staff_cues.client_rang)
        "season_note_asked": False,  # staff ask for a holiday message (staff_cues.asks_for_a_season_note): it wishes well
        "money_spoken": False,       # staff speak of money owed or paid (cues.speaks_of_money)
        "cancel_proposed": False,    # staff propose cancelling something of theirs (staff_cues.proposes_cancelling)
        "owner_wanted": False,       # staff ask for someone to own the offboarding (staff_cues.wants_an_owner)
        "receipt_item": "",          # what staff ask them to confirm they received, beyond credentials ("the data drive")
        "promise_asked": False,      # staff ask whether they may promise the client something (staff_cues.asks_to_promise)
        "call_line_asked": False,    # staff asked what to say when the client rings (a line for the phone, in a team note)
        "closed_day_asked": "",      # a day staff ask about that falls in our closure ("if they only call on the 29th?")
        "provider_late_said": False,  # the client told us the new provider calls after the handover date ("before Christmas")
        "gift": False,               # a treat sent or offered to the team (cues.offers_a_gift): thanked for
        "with_subject": False,       # "include a subject line": the email comes with one (staff_cues.wants_subject_with)
        "provider_early": False,     # the client asks if their new provider may start now (cues.provider_starts_early)
        "client_asked_ending": True,   # what the client asked is about ending with them (staff_cues.client_asked_about_ending)
        "strikes_back": False,       # staff want to hit back in public ("I'd like to go in hard")
        "request_text": "",          # what staff asked, to keep the sentences that answer it when a script is cut
        "wants_script": True,        # staff asked for words or relayed a message (else coaching alone)
        "acknowledge": (),           # what the client said they did, thanked first: apology, payment, thanks
        "provider_to_come": False,   # "once we pick a new IT company, can you send them ...": to them, once chosen
        "newcomers_told": False,     # a parting explained to colleagues who joined since: what happened, what we learn
        "ours_kept": "",             # our own tools or access a hands-off reminder names ("our RMM agent and admin access")
        "provider_name_asked": False,  # staff want the name of their new provider (staff_cues.chases_the_provider_name)
        "to_one_person": False,      # words for one of their people, unnamed, in a direct message: no "team"
        "copy_first_asked": False,   # a copy asked for beside a deletion: the copy first, then the deletion confirmed
        "pay_refused": False,        # "you can forget about the last invoice" (cues.refuses_to_pay): it stays due
        "guess_apology": False,      # an apology made beside a guess at the reason ("He says sorry btw"): thanked
        "pay_set_up": "",            # a new way of paying already in place ("autopay", "a direct debit"), thanked as done
        "form_in_letter": False,     # the sign-off form asked for as an email or letter: sent with a covering note
        "renewal_asked_of_us": False,   # the client asks us to renew something of theirs (after the end: theirs to renew)
        "list_only": False,          # a checklist asked for with nothing around it ("Bullets only.")
        "our_licences_kept": False,  # asked whether they can keep using licences billed through us after the end
        "closed_day": "",            # a day the client named for the handover that falls in our office closure
        "provider_person": "",       # the new provider's person the client says will reach us ("their guy is called Jamie")
        "work_on_closed_day": False,   # ... named for work asked of us ("can u do the till update on Tue 29 Dec?")
        "less_work_offered": False,  # the client puts forward a smaller arrangement to stay, not a better price
        "contact_day_late": "",      # a day staff say the new provider will call, after the day on record
        "working_days_after_contact": 0,   # ... and the working days it leaves before the last day
        "data_by_email": False,      # the client asks for their data to be sent by email
        "fate_of_theirs_asked": False,   # the client asks what becomes of their email and files when we stop
        "last_day_held": False,      # staff ask for words confirming the last day stays as it is: the decision, held
        "email_first": False,        # no new provider, and their email asked about: a hosted service set up first
        "reset_in_request": False,   # the request declined is a password reset: admin passwords aren't offered as theirs
        "gift_addressee_asked": False,   # a client sending a gift asks who to address it to: the team
        "licence_list_asked": False,  # the client asks for a list of their licences: sent, with when each renews
        "antivirus_named": False,    # the client asks about the antivirus (ours, managed): kept on until theirs is in place
        "long_letter": False,        # the client wrote at length (LONG_GRIEVANCE_WORDS or more): heard before the answer
        "grievance_told": False,     # a long, sour message from the client: heard before the answer
        "choosing_tips_asked": False,  # the client asks what to look for in a new provider
        "invoices_disputed": False,  # our invoices are said to have been wrong (cues.disputes_the_invoices)
        "why_asked": False,          # the client's words (or those pasted) ask why we're ending it
        "proposal_invited": False,   # an ex-client inviting a new proposal from us: thanked, and none submitted
        "provider_said": False,      # a client's words say they have a new provider ("need it for the new people")
        "new_there": False,          # someone new at an ex-client, who may not know our support has ended
        "return_confirm_asked": False,  # a written confirmation that theirs was returned, asked: not given unchecked
        "failure_feared": "",        # a system of theirs they fear failing in notice ("your imaging system"): urgent, as ever
        "cause_blamed": False,       # an ex-client's jab naming a cause, or calling it walking out: the real reason, once
        "terms_offered": False,      # new terms for paying put forward to stay (direct debit, in advance)
        "email_move_asked": "",      # their mail moved to a hosted service, asked of us ("Google Workspace"): yes, planned
        "part_kept": "",             # one part of our work they'd keep us for ("your email and the website"): no, even that
        "new_user_asked": False,     # a new starter's account asked for, in notice: yes, to the help desk
        "still_run_asked": False,    # whether something of theirs still runs with us, asked ("still being backed up?")
        "apology_offered": False,    # an apology offered to put a guessed reason right: none is needed
        "kept_named": "",            # something of theirs to keep safe ("the x-rays"): said to be in the copy
        "kept_plural": False,
        "sensitive_named": "",       # sensitive records the client names ("patient records"): the drive encrypted
        "hold_case": False,          # a note to a colleague making the case to keep the decision
        "reset_asked": False,        # the client asks us to reset a login of theirs ("can you reset it for us")
        "visit_day_closed": "",      # a day the client will come to our office that falls in our office closure
        "steps_asked": False,        # what the new provider will need from us asked, or the next steps
        "finish_early": False,       # the client wants to finish with us before the last day on record
        "more_time_asked": False,    # staff ask whether to give a client more time
        "ours_off_asked": False,     # asked to take our own agents and tools off (cues.asks_us_to_take_ours_off)
        "restore_asked": False,      # a lost file and a restore asked for (cues.asks_for_a_restore)
        "honesty_thanked": False,    # the client thanks us for being straight with them (cues.thanks_for_honesty)
        "new_work_asked": False,     # an ex-client asks to hire us for a piece of work (cues.asks_to_hire_us)
        "worth_feared": False,       # the client fears they don't matter to us (cues.fears_not_worth_it)
        "blanks_asked": False,       # staff want blanks left for names (staff_cues.wants_blanks)
        "cancel_self_asked": False,  # the client asks whether they must cancel anything themselves (no: we move it)
        "cancel_product": "",        # the product (not their email) whose licences the client asks us to cancel
        "emails_asked": False,       # the client asks for their email among what is handed over
        "email_feared": False,       # the client fears losing their email (cues.fears_losing_email)
        "email_asked_as": "",        # "keep" ("can we keep our email?"), "what" ("what happens to it?") or "" (cues.email_asked_as)
        "hard_times": False,         # the client tells of a hard time in passing (cues.tells_of_hard_times)
        "long_ties": False,          # the client speaks of years together ("we thought we were partners")
        "access_asked": False,       # admin access or passwords asked for (by the new provider: whose they are)
        "free_work_asked": False,    # work asked for without pay: the no covers free or paid
        "provider_spoken_of": False, # the client's message speaks of the new provider ("castle tech say they'll ring")
        "after_asked": False,        # a team note asks what we do after the last day too (staff_cues.asks_what_comes_after)
        "donts_asked": False,        # staff ask what not to say beside the script (staff_cues.asks_what_not_to_say)
        "asked_if_fine": False,      # staff ask whether the client's plan is fine ("is that ok?"): a yes or no first
        "end_date_asked": False,     # a client asks for the last day beside something else (cues.asks_end_date)
        "promise_made": False,       # the client's pasted message promises to change (cues.promises_to_change)
        "settle_offered": False,     # staying is asked in return for settling what they owe (cues.offers_to_settle)
        "for_every_client": False,   # an out-of-office every client may read: no one client's ending in it
        "access_remains_asked": False,   # staff ask whether our access is still there (not on record)
        "stays_said": False,         # staff say the client is staying ("Initech is NOT leaving")
        "invoice_told_of": False,    # a note about the final invoice, not one carrying it: it follows separately
        "reminder_of_end": False,    # staff want the client reminded of the last day: said first
        "trust_said": False,         # the client says they trust us ("we trust you"): thanked for it
        "worry_said": "",            # the client says they (or their staff: "team") are worried
        "never_told": False,         # the client says nobody told them the reason
        "asks_if_at_fault": False,   # the client asks whether the ending is their fault (cues.asks_if_at_fault)
        "legal": False,              # the message is a legal threat: management answers, nothing is argued
        "theirs_asked": False,       # the message asks for something of theirs (data, keys, accounts): always returned
        "jab": False,                # a sarcastic dig with nothing asked: a kind word back, no "we can't help with this"
        "held_by_us_claimed": False,  # only the client says we hold something of theirs: checked, not stated
        "access_unticked": "",       # our access items still open on the tracker, where staff say it came out
        "access_said_removed": False,   # staff say our own access already came out (staff_cues.says_access_removed)
        "plain_notice": False,       # the notice itself asked for in plain English (staff_cues.asks_for_the_notice)
        "renewal_due": False,        # a renewal or expiry named (cues.speaks_of_expiry): nothing of theirs lapses meanwhile
        "on_behalf_of": "",           # a voicemail left for a colleague: the caller says for whom
        "recorded_reason_asked": False,  # a written confirmation of the end asked with its reason, for their records
        "written_for_after": False,   # words for a client in notice, written as of the day after their last day
        "urgent_unanswered": False,   # something urgent and nobody answering: sorry, and a call back now
        "parting_jab": False,         # an ex-client's short jab that asks nothing: one courteous line back
        "who_provider_asked": False,  # a client asks who their new provider is (cues.asks_who_our_provider_is)
        "pick_asked": False,         # they ask if we choose their new provider for them (cues.asks_us_to_pick)
        "no_names": False,           # staff won't name other providers ("we don't want to name a competitor")
        "amount_asked": False,       # staff want the amount due in the words (staff_cues.asks_for_the_amount): a blank
        "erase_asked": False,   # staff relay a request to delete what we hold (escalation_cues.asks_us_to_erase)
        "payment_held": False,   # a questioned invoice paid only once something else happens (staff_cues.holds_payment_back)
        "pays_if_extended": False,   # payment offered only if we carry on (staff_cues.pays_if_we_carry_on)
        "tools_found": False,        # an ex-client found a tool of ours still on their machines (cues.finds_our_tools_left)
        "closure_raised": False,     # the client raised the holidays while our closure falls in their support
    }


# A reusable template asked for with no client in mind: blanks in brackets where a client's facts go.
BLANKS = {"client_name": "[client]", "client_possessive": "[client]'s", "end_date": "[last day of support]",
          "handover_deadline": "[a week before the last day]", "handover_by": "[a week before the last day]"}


# Blanks a date staff gave fills in ("last day 1 Feb"): the last day and the week before it.
DATED_BLANKS = ("end_date", "handover_deadline", "handover_by")


def template_record(phase: str) -> dict:
    """A client record for a template to reuse: the phase's wording, and dates only so that the wording
    that needs one is chosen (with_blanks replaces them)."""
    return {"name": BLANKS["client_name"], "phase": phase, "end_date": "2000-01-10"}


def with_blanks(facts: dict, reason: dict | None = None, dated: bool = False) -> dict:
    """The facts of template_record with bracketed blanks for the client's own (never a stand-in that
    reads as a fact: the brackets show what to fill in). A reason the question named (reason_facts) is
    worded as such; otherwise it is a blank too."""
    blanks = {key: value for key, value in BLANKS.items() if key in facts and not (dated and key in DATED_BLANKS)}
    reason = reason or {"has_reason": True, "reason_sentence": "The reason is [the reason, said plainly in a sentence].",
                        "reason_on_record": "[the reason]", "reason_label": "[the reason]"}
    # A template corrects no guess: the reason is the one the question named, or a blank to fill in.
    unguessed = guess_facts((), "", reason.get("reason_category", ""))
    return {**facts, **blanks, **reason, **unguessed, "is_template": True,
            "has_handover_deadline": facts["has_handover_deadline"] if dated else facts["transition"]}


def record_line(facts: dict) -> str:
    """What is on record about the client, for staff: the facts every script below relies on."""
    if not facts["has_client"] or facts.get("is_template"):
        return ""
    parts = [f"{facts['client_name']}: {_phase_words(facts)}"]
    parts.append(f"reason: {facts['reason_on_record']}" if facts["has_reason"] else "no reason recorded")
    if facts["new_provider"] and facts.get("provider_told"):
        # (named in the message, not the record: "We found a new IT company, TechNova")
        parts.append(f"no new provider recorded ({facts['new_provider']} is only named in the message)")
    elif facts["new_provider"]:
        contact = f" ({facts['new_provider_contact']})" if facts["new_provider_contact"] else ", no contact recorded"
        parts.append(f"new provider {facts['new_provider']}{contact}")
    elif facts["phase"] in PHASES:
        parts.append("no new provider recorded")
    if facts["has_handover_deadline"]:
        parts.append(f"the new provider should contact us by {facts['handover_deadline']}")
    parts.append(f"account owner {facts['account_owner']}" if facts["has_owner"] else "no account owner recorded")
    return "On record: " + "; ".join(parts) + "."


def _phase_words(facts: dict) -> str:
    if facts.get("written_for_after"):   # (today they are still in notice: the words below are for the day after)
        return f"in transition, last day of support {facts['end_date']} (the words below are for after it)"
    if facts["ended"]:
        return f"support ended on {facts['end_date']}" if facts["has_end_date"] else "support has ended"
    if facts["transition"]:
        return f"in transition, last day of support {facts['end_date']}" if facts["has_end_date"] \
            else "in transition, no last day of support recorded"
    return "active (not being offboarded)"


def who_signs(facts: dict) -> str:
    """Who signs a letter, asked by staff: the account owner on record, else the firm's signer (and how to record one)."""
    if facts.get("their_signer_asked"):
        name = facts["client_name"] or "the client"
        return (f"Who signs on their side: nobody at {name} is named on record, so ask them who will check the items and "
                f"sign, and put that name on the form.")
    if facts["has_owner"] and not facts.get("owner_away"):
        return f"Who signs: {facts['account_owner']}, the account owner on record."
    if facts["has_owner"]:
        return (f"Who signs: you, in your own name, while {facts['account_owner']} is away; {facts['account_owner']} is "
                f"still the account owner, so say when they're back if you know.")
    name = facts["client_name"] or "this client"
    if facts.get("signed_by") and not facts["signed_by"].startswith("["):
        # (the letter below is signed by the colleague who asked: the advice says the same)
        return (f"Who signs: no account owner is on record for {name}, so sign it yourself as the person handling it "
                f"(the letter below is in your name), or ask your manager who should; record whoever owns the account "
                f"with `offboard owner` so the next letter has a name.")
    return (f"Who signs: no account owner is on record for {name}, so it goes out from {facts['firm_signer']}. If one "
            f"person should sign it, record them first (`offboard owner`) and ask again.")


def to_record(facts: dict) -> str:
    """The commands that would fill in what is missing, for staff coaching."""
    if not facts["has_client"] or facts.get("is_template"):
        return ""
    name = facts["client_name"]
    quoted = f'"{name}"' if " " in name else name
    if facts["phase"] not in PHASES:
        return (f"{name} is an active client: no notice has been given, so they get normal support. If the decision "
                f"to end has been made, record it first: `offboard start {quoted} <last-day> <reason> <details>`.")
    missing = []
    if not facts["has_end_date"]:
        missing.append(f"`offboard end {quoted} <last-day>`")
    if not facts["has_reason"]:
        missing.append(f"`offboard reason {quoted} <late_payment|scope_creep|overload|never_satisfied|other> <details>`")
    if not facts["new_provider"]:
        missing.append(f"`offboard provider {quoted} <name> [contact]`")
    elif not facts["new_provider_contact"]:
        missing.append(f"`offboard provider {quoted} \"{facts['new_provider']}\" <contact>`")
    if not facts["has_owner"]:
        missing.append(f"`offboard owner {quoted} <person>`")
    return ("To complete the record: " + ", ".join(missing) + ".") if missing else ""


_EXTENDS = re.compile(r'^\s*\{%\s*extends\s+"([^"]+)"\s*%\}\s*$')


@lru_cache(maxsize=256)
def template_for(audience: str, intent: str) -> Template | None:
    """The intent's template; a file that only extends another answers with that one's wording."""
    path = TEMPLATE_DIR / audience / f"{intent}.j2"
    if not path.exists():
        return None
    alias = _EXTENDS.match(path.read_text(encoding="utf-8"))
    return _env.get_template(alias.group(1) if alias else f"{audience}/{intent}.j2")


def has_client_wording(intent: str) -> bool:
    return template_for(CLIENT, intent) is not None


def variant_names(template: Template, prefix: str) -> list[str]:
    return sorted(name for name in template.blocks if name.startswith(prefix))


def render_block(template: Template, block: str, facts: dict) -> str:
    text = "".join(template.blocks[block](template.new_context(dict(facts))))
    return _tidy(text, keep_lines=block == "coaching")


def _tidy(text: str, keep_lines: bool = False) -> str:
    """Paragraphs split by blank lines, single spaces inside them; coaching keeps one point a line."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [" ".join(line.split()) for line in paragraph.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines) if keep_lines else " ".join(lines))
    return ("\n" if keep_lines else "\n\n").join(paragraphs)


def _pick(names: list[str], seed: str) -> str:
    # Stable per message, so the same question gets the same wording on a retry.
    return names[zlib.crc32(seed.encode("utf-8", "replace")) % len(names)]


def sentences(text: str) -> list[str]:
    return [s.strip() for paragraph in text.split("\n") for s in _SENTENCE_END.split(paragraph) if s.strip()]


# A sentence that only thanks, or thanks leading a sentence ("Thank you, we've ..."): said once per message.
_THANKS_ONLY = re.compile(r"^(?:(?:thanks|thank you)(?: (?:so|very) much)?(?: for [^.!?,;:]*)?|"
                          r"we (?:really |truly )?appreciate (?:you|your|it|this)[^.!?,;:]*(?:, and the value you place on our work)?)"
                          r"[.!]$", re.I)
_THANKS_LEAD = re.compile(r"^(?:(?:thanks|thank you)(?: for [^,;.!?]*)?[,;] (?=\w)|"
                          # (not "We appreciate you getting in touch about this, and the value you place on our work.":
                          # one thanks for two things, whose second half is no sentence on its own)
                          r"we (?:really |truly )?appreciate (?:you|your|it|this)[^,;.!?]*[,;] (?!and\b)(?=\w))", re.I)
_THANKS_ANY = re.compile(r"^(?:thanks|thank you)\b", re.I)


# How many words in a row make a phrase: a later part of a message repeating one reads as stitched together.
PHRASE_WORDS = 5
_WORD = re.compile(r"[a-z0-9'@.-]+|~")   # "~" stands for a date


def phrases(text: str) -> set[tuple[str, ...]]:
    """Every run of PHRASE_WORDS words in the text, dates left out (a date may be said again as "then")."""
    words = _WORD.findall(_LONG_DATE.sub(" ~ ", text).lower())
    runs = (tuple(words[i:i + PHRASE_WORDS]) for i in range(len(words) - PHRASE_WORDS + 1))
    return {run for run in runs if "~" not in run}


# What a later part of a message must not say twice, however it is worded: who receives them, the secure channel,
# good wishes.
_TOPICS = {"receiver": re.compile(r"\bwho\b[^.?!]{0,40}\breceive\b", re.I),
           "secure_channel": re.compile(r"\bsecure\s+channel\b", re.I),
           "good_wishes": re.compile(r"^\s*we\s+(?:wish\s+you|hope\s+you\s+find)\b", re.I),
           # ("If you choose someone, please ask them to contact us by ..." after the same ask in an earlier part)
           "contact_by": re.compile(r"\b(?:contact|get\s+in\s+touch\s+with|call|reach)\s+us\s+by\b", re.I)}
_SHORT_REPEAT_WORDS = 16


def without_repeats(bodies: list[str]) -> str:
    """The bodies as paragraphs, each sentence said once (the first time it comes). In a message
    of several parts, a later part's reassurance that only repeats a date already given ("your
    support continues until ...") is left out: the date has been said. So is a later part's thanks
    when the message has thanked them already, and a later sentence repeating a phrase of an earlier
    part ("we'll be in touch shortly", "your data on an external drive")."""
    seen, said_dates, paragraphs, thanked, said_phrases, said_topics = set(), set(), [], False, set(), set()
    thanks_said = ""
    for number, body in enumerate(bodies):
        kept_here = []
        for paragraph in body.split("\n\n"):
            kept = []
            for sentence in _SENTENCE_END.split(paragraph):
                topics = {name for name, pattern in _TOPICS.items() if pattern.search(sentence)}
                if number > 0 and topics and topics <= said_topics \
                        and (sentence.strip().endswith("?") or len(sentence.split()) <= _SHORT_REPEAT_WORDS):
                    continue   # (a later part asking again who receives it, or promising the secure channel again)
                said_topics |= topics
                if number > 0 and _THANKS_ONLY.match(sentence.strip()) and paragraphs:
                    continue   # (a later part's own "Thank you for asking." mid-message reads as stitched on)
                if number > 0 and thanked:
                    # One thank-you a message: a later part's thanks reads as stitched on.
                    if _THANKS_ONLY.match(sentence.strip()):
                        continue
                    lead = _THANKS_LEAD.match(sentence.strip())
                    if lead:
                        # "Thank you for asking, and we'd ..." reads "We'd ...", not "And we'd ...".
                        rest = re.sub(r"^(?:and|but|so)\s+", "", sentence.strip()[lead.end():], flags=re.I)
                        if rest.lower().startswith("for ") and re.split(r"[;,.]", rest.lower())[0] in thanks_said:
                            continue   # ("... and for the promise" when the promise was thanked for already)
                        # ("... and for telling us so honestly": a second thing thanked for, said as gratitude)
                        sentence = f"We're grateful to you, too, {rest}" if rest.lower().startswith("for ") else \
                            rest[:1].upper() + rest[1:]
                thanked = thanked or bool(_THANKS_ANY.match(sentence.strip()))
                if _THANKS_ANY.match(sentence.strip()):
                    thanks_said += " " + sentence.lower()
                key = " ".join(sentence.lower().split())
                dates = set(_LONG_DATE.findall(sentence))
                again = number > 0 and dates and dates <= said_dates
                if again and _REASSURANCE.search(sentence) and not _PROMISE_TOO.search(sentence):
                    continue   # (one that also says where their request went is kept: "... we've passed it on to our help desk")
                if again:
                    # Said already: "until <date>" reads "until then", "ended on <date>" "has ended", "support ends on
                    # <date>" "support ends".
                    sentence = _UNTIL_DATE.sub(lambda m: f"{m.group(1)} then", sentence)
                    sentence = _ENDED_ON_DATE.sub(lambda m: f"{m.group(1)} has ended", sentence)
                    sentence = _ENDS_ON_DATE.sub(lambda m: m.group(1), sentence)
                if number > 0 and phrases(sentence) & said_phrases:
                    continue
                if key and key not in seen:
                    seen.add(key)
                    kept.append(sentence.strip())
            if kept:
                paragraphs.append(" ".join(kept))
                kept_here.extend(kept)
        said_dates |= set(_LONG_DATE.findall(body))
        said_phrases |= set().union(*map(phrases, kept_here)) if kept_here else set()
    return "\n\n".join(paragraphs)


def _greeting(facts: dict, audience: str) -> str:
    if audience == CLIENT and not facts.get("addressee"):
        if facts.get("formal"):   # a formal letter is answered in kind: "Dear Dr Reeve,", "Dear Art Vandelay,"
            titled = " " in facts["sender_name"]
            full = facts.get("sender_full_name") or ""
            name = facts["sender_name"] if titled or " " not in full else full
            return f"Dear {name}," if name else "Dear Sir or Madam,"
        return f"Hi {facts['sender_name']}," if facts["sender_name"] else "Hello,"
    if facts.get("addressee"):   # the person who wrote, or was named: "Dear Dr Okafor", "Hi Marcus"
        titled = facts["addressee"].split()[0] in ("Dr", "Mr", "Mrs", "Ms", "Prof")
        return f"{'Dear' if titled or facts.get('formal') else 'Hi'} {facts['addressee']},"
    if facts.get("name_blank"):
        return "Dear [name]," if facts.get("formal") else "Hello [name],"
    if facts.get("formal"):
        return f"Dear {facts['new_provider'] if facts.get('to_provider') else facts['client_name']} team," \
            if (facts.get("to_provider") and facts["new_provider"]) or (not facts.get("to_provider") and facts["has_client"]) \
            else "Dear Sir or Madam,"
    if facts.get("to_provider"):
        # ("leave blanks for names": a blank for whoever it goes to)
        return f"Hello {facts['new_provider']} team," if facts["new_provider"] else \
            "Hello [name]," if facts.get("blanks_asked") else "Hello,"
    if facts.get("to_one_person"):
        return "Hello,"
    return f"Hello {facts['client_name']} team," if facts["has_client"] else "Hello,"


def _signature(facts: dict, audience: str) -> str:
    if audience == CLIENT:
        return f"{'Yours sincerely' if facts.get('formal') else 'Kind regards'},\nThe {facts['company']} team"
    closing = "Yours sincerely," if facts.get("formal") else "Kind regards,"
    if facts.get("signed_by"):
        return f"{closing}\n{facts['signed_by']}\n{facts['company']}"
    by_owner = facts["has_owner"] and not facts.get("owner_away") and not facts.get("as_the_team")
    signer = facts["signer"] if by_owner else facts.get("firm_signer") or facts["signer"]
    signer = signer[:1].upper() + signer[1:]
    if by_owner:
        return f"{closing}\n{signer}\n{facts['company']}"
    return f"{closing}\n{signer}"


def with_closure_said(text: str, facts: dict) -> str:
    """A date to be in touch by that was brought forward for our office closure says so once, after the sentence
    that first gives it: "by Wednesday 23 December" alone reads as an arbitrary rush."""
    deadline = facts.get("handover_deadline")
    if not (deadline and facts.get("handover_moved") and facts.get("office_closed")) or facts["closed_from"] in text:
        return text
    at = text.find(deadline)
    line_start = text.rfind("\n", 0, at) + 1
    stop = _SENTENCE_STOP.search(text, at + len(deadline))
    if at < 0 or not stop or re.match(r"\s*(?:[-*\u2022]|\d+[.)])\s", text[line_start:at]):
        return text   # (not in a list, where a line is one point)
    # ("that day", not the date again: it was given in the sentence just before)
    return (f"{text[:stop.end()]} Our office is closed for the holidays from {facts['closed_from']} to "
            f"{facts['closed_until']}, which is why we ask for that day.{text[stop.end():]}")


# "... though they don't change our decision. We're grateful to you, too, ... Our decision stands.": said once, in the
# same paragraph
_STANDS_LATER = re.compile(r"(\b(?:doesn't|don't)\s+change\s+our\s+decision\.[^\n]*?)\s+Our\s+decision\s+stands\.")


# Two offers in a row, each opening "If it would help": the second said as one more ("We're also happy to ...").
_SECOND_OFFER = re.compile(r"(\bIf it would help\b[^.?!]*[.?!])\s+If it would help, we're happy to")


def letter(bodies: list[str], facts: dict, audience: str, lead_in: bool = False) -> str:
    """Greeting, the bodies (no sentence twice), signature. A reply posted in public greets nobody
    and is signed by the firm. lead_in: the first body is one clause that opens the next paragraph."""
    text = _SECOND_OFFER.sub(r"\1 We're also happy to", with_closure_said(without_repeats(bodies), facts))
    text = _DECISION_TWICE.sub(r".\1", _STANDS_AFTER_NO_CHANGE.sub(r"\1", text))
    if audience == CLIENT and facts.get("season_wished") and "same to you" not in text:
        # ("... And merry christmas in advance to the team!": their wishes returned, whatever else was answered)
        text += "\n\nThank you for your good wishes, and the same to you and everyone there."
    if lead_in:
        first, _, rest = text.partition("\n\n")
        text = f"{first} {rest}" if rest else first
    text = _STANDS_LATER.sub(r"\1", text)   # (the opening clause, now joined, may say the no already)
    if facts.get("public_reply"):
        signer = f"{facts['signed_by']}, {facts['company']}" if facts.get("signer_named") else f"The {facts['company']} team"
        return "\n\n".join([text, signer])
    greeting, signature = _greeting(facts, audience), _signature(facts, audience)
    if greeting == "Dear Sir or Madam,":   # (to nobody by name, a formal letter closes "Yours faithfully")
        signature = signature.replace("Yours sincerely,", "Yours faithfully,", 1)
    return "\n\n".join([*_letter_heading(facts, audience), greeting, text, signature])


def _letter_heading(facts: dict, audience: str) -> list[str]:
    """A letter to print or file opens with the date, who it is to and its subject (no address line: none is on record,
    and a "[address]" left in reads as unfinished)."""
    if audience != STAFF or not facts.get("letter_date"):
        return []
    to = facts["new_provider"] if facts.get("to_provider") and facts["new_provider"] else facts["client_name"]
    about = f"Your IT support agreement with {facts['company']}" if not facts.get("to_provider") else \
        f"Handover of {facts['client_name']}'s IT support"
    return [facts["letter_date"], to, f"Re: {about}"]


# Situations with a script of their own, whatever kind of question carried them: (script file, advice).
OWN_SCRIPT = {
    "email_provider_note": ("situations/email_provider_note.j2",
                            "Name the mainstream hosted email services (Microsoft 365, Google Workspace) neutrally, say "
                            "their mail keeps working on their own domain, and leave the choice and sign-up to them."),
    "run_past_the_end": ("situations/run_past_the_end.j2",
                         "No: nothing of theirs is switched off on the last day, but we don't keep looking after it "
                         "afterwards, even for a few weeks. Say so kindly, and where they turn instead."),
    "final_invoice": ("situations/final_invoice.j2",
                      "Keep it short and factual: what the invoice covers, the terms, and who to ask. Don't tie it to the "
                      "handover, their data or their accounts: those go ahead whatever is owed, and an unpaid invoice is "
                      "chased through billing as usual."),
    "channel_closing": ("situations/channel_closing.j2",
                        "Say once, kindly, that the shared channel is being archived and why, where they turn for IT help "
                        "now, and that anything of theirs still with us is handed over on request."),
    "closure_note": ("situations/closure_note.j2",
                     "Say when the office is closed and when it reopens, what that means for their last stretch with us, "
                     "and the date the handover has to be done by. Promise no cover over the closure that isn't arranged."),
    "needs_from_them": ("situations/needs_from_them.j2",
                        "List what we need from them, one item a line, in plain words: their new provider and a contact, "
                        "one person to receive what is theirs, a day for their data, their own payment for licences, and "
                        "the sign-off. Passwords never go by email."),
    "receipt_asked": ("situations/receipt_asked.j2",
                      "Ask only whether it arrived and works: nothing secret goes in the email, and anything missing is "
                      "sent again through a secure channel."),
    "sign_off_ask": ("situations/sign_off_ask.j2",
                     "Ask for one named person and a date before the last day: their sign-off is what closes the handover."),
    "legal_holding": ("situations/legal_holding.j2", ""),
    "out_of_office": ("situations/out_of_office.j2",
                      "Keep it to the dates and when you'll reply (and, written for one client in notice, where their "
                      "support stands): promise no cover over the closure that isn't arranged, and give no reasons."),
    "last_day": ("situations/last_day.j2",
                 "Give them the date on record and say it plainly: support runs up to and including the last day. "
                 "Don't move it, and confirm it in writing."),
    "recommend": ("situations/recommend.j2",
                  "Yes: helping them find a provider that fits is part of parting well. Name two or three firms you "
                  "would trust, neutrally (no referral fee, no promises for them), and leave the choice to them."),
    "no_longer_supported": ("situations/no_longer_supported.j2",
                            "No: their support has ended. Say so plainly and simply, with the day, and that anything of "
                            "theirs we still hold is handed over if they ask."),
    "still_supported": ("situations/still_supported.j2",
                        "Yes: until the last day they're a full client. Say so plainly, and that nothing has been "
                        "switched off and nothing will be before then."),
    "boundaries": ("situations/boundaries.j2",
                   "Kind and clear: until the last day they're a full client, so the answer is one route for requests, "
                   "not less help. Agree that everything comes through the help desk, where it's logged and picked up "
                   "in order, say what still counts as urgent, and keep the ending out of it."),
    "general_post": ("situations/general_post.j2",
                     "A general post is fine: keep every client out of it (no names, no details anyone could recognise) "
                     "and write about how we part ways, not about who."),
    "checklist_share": ("situations/checklist_share.j2",
                        "Share what is handed over and by when, and what they sign at the end; our tracker's keys, "
                        "commands and anything after the last day stay with us, and passwords never go in the document."),
    "sign_off_form": ("situations/sign_off_form.j2",
                      "Send it with the handover, not before: a named person at the client signs it once they have "
                      "checked each item, with the date, and lists anything still to come. That signature is what "
                      "closes the handover; passwords and keys never go on the form."),
    "agenda": ("situations/agenda.j2",
               "Keep the meeting to the handover: the decision isn't on the agenda, and passwords and keys go afterwards "
               "through a secure channel, never read out in the room."),
    "new_project_no": ("situations/new_project_no.j2",
                       "A kind no, said once: a new project needs someone who will look after it afterwards, so it's the new "
                       "provider's to quote. Everyday support carries on as normal until the last day."),
    "public_line": ("situations/public_line.j2",
                    "Keep it neutral and short: when the work ends or ended, and good wishes. The reason stays private in "
                    "public, however it is asked: being honest about it is owed to the client, not to onlookers."),
    "our_apology": ("situations/our_apology.j2",
                    "Say sorry for the slip plainly and once, with no excuses, and say what happens now: until the last day "
                    "their requests get normal priority. Keep the decision out of it, so it isn't read as a rethink."),
    "claim_denied": ("situations/claim_denied.j2",
                     "Stay calm and factual: thank them for raising it, say once and plainly what we didn't do (only what "
                     "you know to be true), and offer to help find out what did happen. Don't guess who did it, and "
                     "don't argue the point twice."),
    "who_decided": ("situations/who_decided.j2",
                    "No need to name anyone: it was the firm's decision, and saying so is the honest answer. Give them one "
                    "person to talk it through with, the account owner (if none is on record, agree who before you reply)."),
    "plain_next": ("situations/plain_next.j2",
                   "Keep every sentence short, one point each, with no IT words, and give each date in full: the last day, "
                   "who looks after them next, the day to be in touch by, and that nothing of theirs is switched off."),
    "domain_explained": ("situations/domain_explained.j2",
                         "Explain it in everyday words: what a domain and DNS are, what handing them over means, and the one "
                         "thing they need to do. Presume nothing about where it is registered; the login goes through a "
                         "secure channel."),
    "handover_steps": ("situations/handover_steps.j2",
                       "Set the steps out in the order they happen, with the days on record: their new provider in touch, "
                       "what is theirs handed over (passwords and keys through a secure channel), licences moved to them, "
                       "and their sign-off. Promise nothing the record doesn't hold."),
    "last_day_note": ("situations/last_day_note.j2",
                      "Send it on the day itself: say plainly that today is the last day and support stops after it, and "
                      "what is still theirs to ask for. Claim nothing handed over that the checklist doesn't show as done."),
    "more_time": ("situations/more_time.j2",
                  "No: the last day of support stays as it is, however the request is put (an extension, month to month, "
                  "a few more weeks). Say so kindly, once, and put the effort into finishing on time: their new provider "
                  "in touch a week before the end. If nobody is in place by then, they still land safely: their data on an "
                  "external drive, their admin accounts in their own hands, a hosted email provider suggested so mail keeps "
                  "flowing, and a few provider names offered if they want them."),
}
TEAM_NOTE_ADVICE = ("Tell the team the facts once, in writing: the decision, the last day, who leads the handover and how "
                    "to treat the client until then. Keep opinions about the client out of it, so it doesn't become "
                    "gossip, and point any questions to one person.")
FILE_NOTE_ADVICE = ("A file note records what happened and when, in plain, neutral words: what was asked, what we "
                    "answered and who answered it. Facts only, no opinions about the client: they may one day read it.")
# A script's opening thanks for a question or a message, dropped when staff pass on nothing the client said.
# ("Thank you for getting in touch, but our support ended ...": the thanks goes, what follows "but" stays)
_UNPROMPTED_THANKS = re.compile(r"^\s*(?:thank\s+you|thanks|we\s+appreciate\s+you)\s+(?:for\s+)?(?:asking|getting\s+in\s+touch|"
                                r"your\s+message|raising\s+(?:this|it))\b(?:[^.!,]*,\s*but\s+|[^.!]*[.!]\s*)", re.I)


# "Is there anything offboarding-wise I need to do first?", asked of an active client's ordinary work.
_NOTHING_TO_DO_ASKED = re.compile(r"\bbusiness\s+as\s+usual\b|\banything\s+(?:\w+[\s-](?:wise|related)\s+)?(?:i|we)\s+(?:need|have|must|should)\s+to\s+"
                                  r"(?:do|know|watch)\b|\banything\s+(?:offboarding|exit|ending)[\s-]?(?:wise|related)\b|"
                                  # "do I need to run that past you given all the offboarding stuff?"
                                  r"\b(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:run|check|clear)\s+"
                                  r"(?:that|this|it)\s+(?:past|with|by)\b|"
                                  # "does any of the offboarding stuff apply to them?"
                                  r"\b(?:does|do|would)\s+(?:any|some|all)\s+(?:of\s+)?(?:the\s+|this\s+|that\s+)?(?:offboarding|exit|ending)\s+"
                                  r"(?:stuff|things?|steps?|process|rules?)\s+apply\b", re.I)


def render_staff(intent: str, principle: str | None, facts: dict, seed: str = "") -> Rendered:
    template = template_for(STAFF, intent) or template_for(STAFF, "greeting")
    active = facts["phase"] == "active"
    for_provider = variant_names(template, PROVIDER_PREFIX)
    in_public = variant_names(template, PUBLIC_PREFIX)
    # (the client's own sign-off form is for the client, whoever's question carried it)
    wants_provider = bool(for_provider and (facts.get("to_provider") or intent in PROVIDER_FACING and not facts.get("client_wrote"))) \
        and facts.get("situation") != "sign_off_form"
    facts = {**facts, "intent": intent, "to_provider": False, "public_reply": bool(in_public and facts.get("public_reply"))}
    # (words the account owner will say or sign themselves: "I can help", never their own name in the third person)
    facts["owner_speaks"] = bool(facts["has_owner"] and _speaker(facts).split(" ")[0] == facts["owner_first_name"])
    if intent == "greeting":   # ("morning! hows your week going": a hello said back before what I can do)
        facts["hello_back"] = hello_back(facts.get("request_text", ""))
    if facts["public_reply"]:
        scripts = in_public
    elif wants_provider:
        facts["to_provider"] = True
        scripts = for_provider
    else:
        # A situation the kind's stock wording doesn't fit has wording of its own, where written.
        scripts = variant_names(template, f"{facts['situation']}_") if facts.get("situation") else []
        if not scripts and facts.get("notice_given_before"):
            scripts = variant_names(template, "given_")
        scripts = scripts or variant_names(template, "script_")
    # Nothing to send: the situation needs none, no words were wanted, or staff propose doing less (a parting
    # shot, holding back their support) and the answer is not to.
    # (a refund question is answered to staff; with words asked for, the answer goes to the client too, where written)
    written_when_asked = facts.get("situation") in WRITTEN_WHEN_ASKED and facts.get("words_asked") \
        and bool(variant_names(template, f"{facts['situation']}_"))
    if facts.get("situation") in NOTHING_TO_SEND and not written_when_asked or not facts.get("wants_script", True) \
            or facts.get("unsafe_move") in NO_SCRIPT_MOVES or facts.get("holds_back"):
        scripts = []
    # Words for our own team ("a Slack message to my team"): a note for them, never a letter to the client.
    team_note = _tidy(render_file("situations/team_note.j2", **facts)) \
        if facts.get("situation") == "internal" and facts.get("for_the_team") and principle is not None else ""
    if team_note and facts.get("file_note") is not None:
        team_note = _tidy(render_file("situations/file_note.j2", **facts), keep_lines=True)
    elif team_note and facts.get("report"):
        team_note = status_report(facts)
    elif team_note and (facts.get("script_format", ("", 0))[0] in ("points", "bulleted") or facts.get("dos_and_donts")):
        # "bullets, neutral": one fact a line; "5 bullets max": the facts past the last bullet join it
        lines, most_points = sentences(team_note), facts.get("points_asked", (0, 0))[0]
        if most_points and len(lines) > most_points:
            lines = lines[:most_points - 1] + [" ".join(lines[most_points - 1:])]
        team_note = "\n".join(f"- {line}" for line in lines)
    elif team_note and _LINES_ASKED.search(facts.get("request_text", "")):
        # "keep it friendly, 3-4 lines": a sentence a line, and no more lines than the most asked (the reason gives
        # way first, then the advice at the end; the news and the last day stay)
        lines = sentences(team_note)
        most_lines = facts.get("points_asked", (0, 0))[0]   # ("like 3 lines": counted with the points, staff_cues.points_asked)
        while most_lines and most_lines > 1 and len(lines) > most_lines:
            # (the reason first, then advice without a date before a dated fact: "3 lines, just the facts" keeps the closure)
            # (a question asked of the colleague stays: "how do you want to handle it?" is why the note is sent)
            droppable = [i for i in dated_first(lines) if not lines[i].endswith("?")] or dated_first(lines)
            at = _reason_line(lines, droppable[-1])
            if at and _LONG_DATE.search(lines[at]) and not lines[0].endswith("?") \
                    and _HANDOVER_ASKED.search(facts.get("colleague_ask", "")) \
                    and len(lines[0].split()) + len(lines[at].split()) <= NOTE_LINE_WORDS:
                # ("2-line Slack DM to Priya: Acme still has no new provider, shall we ...?": the colleague's own two lines
                # stay, and the dates that make them matter join the first rather than go)
                lines[0] = f"{lines[0]} {lines.pop(at)}"
            else:
                lines.pop(at)
        team_note = " ".join(lines) if most_lines == 1 else "\n".join(lines)   # ("one line": its sentences run on)
    if team_note and facts.get("checklist_in_note"):
        team_note = f"{team_note}\n\n{facts['checklist_text']}"
    unit, most = facts.get("length_limit") or ("", 0)
    why_asked = bool(_WHY_IN_REQUEST.search(facts.get("request_text", "")))
    if team_note and unit == "words" and most and not facts.get("report") and "\n" not in team_note:
        # "<50 words, no drama": the reason goes first, then the undated sentences from the end; the news stays
        said = sentences(team_note)
        while len(" ".join(said).split()) > most and len(said) > 1:
            said.pop(_first_to_go(said, why_asked))
        team_note = " ".join(said)
    shape, most_sentences = facts.get("script_format") or ("", 0)
    if team_note and most_sentences and shape != "points" and "\n" not in team_note \
            and not _LINES_ASKED.search(facts.get("request_text", "")):   # ("one line": counted as lines, above)
        # "2-3 sentences": no more than the most asked; the reason goes first, then the undated sentences from the end
        said = sentences(team_note)
        while len(said) > most_sentences:
            said.pop(_first_to_go(said, why_asked))
        team_note = " ".join(said)
    if team_note and facts.get("open_items") and not facts.get("points_asked", (0, 0))[0] \
            and not facts.get("checklist_in_note") and not report_sentences(facts):
        # (the checklist in the note lists them already; a report in so many sentences keeps to them)
        heading = f"Not ticked in the tracker ({len(facts['open_items'])}; nobody may have recorded them, so confirm what " \
                  f"was actually done before chasing any of it)" if facts["ended"] else \
            f"Still open on the handover checklist ({len(facts['open_items'])})"
        shown = facts["open_items"][:BRIEF_ITEMS] if facts.get("brief") else facts["open_items"]
        team_note += f"\n\n{heading}:\n" + "\n".join(f"- {item}" for item in shown)
        if len(shown) < len(facts["open_items"]):   # ("a quick summary": the next few, and where the rest are)
            team_note += f"\n- and {len(facts['open_items']) - len(shown)} more: " \
                         f"`offboard checklist \"{facts['client_name']}\"` lists them all"
        if not facts["ended"] and any("(due " in item for item in facts["open_items"]) \
                and not (facts.get("length_limit") or ("", 0))[1]:   # (a note kept to its words keeps the items instead)
            team_note += f"\n{CHECKLIST_TARGETS}"   # (a file note's "due Wed 16 Dec" is our target, not an agreed date)
    if team_note and facts.get("signed_by") and facts.get("signer_named") and not facts.get("report"):
        team_note += f"\n{facts['signed_by'].splitlines()[0]}"   # ("Write it, 50 words max, from Priya": signed by her)
    # A situation with a script of its own (the final invoice, limits on contact), whatever kind carried it.
    own_script = OWN_SCRIPT.get(facts.get("situation")) if principle is not None and not active else None
    if own_script:
        scripts = []
    coaching = render_block(template, "coaching", facts)
    checked = facts.get("draft_findings")
    if checked is not None:
        # Their own draft, checked: the verdict first, then our version only if theirs needs mending.
        answer = _tidy(render_file("situations/draft_check.j2", **facts), keep_lines=True)
        scripts = scripts if checked else []
    elif facts.get("situation") in OWN_ANSWER:
        answer = _tidy(render_file(OWN_ANSWER[facts["situation"]], **facts))
    elif facts.get("clause_asked") and facts["has_client"] and not active:
        answer = _tidy(render_file("situations/clause_not_on_record.j2", **facts))
    elif facts.get("unsafe_move") and not active:
        # Whatever the kind, a move that would send secrets in the clear, hold their things hostage or
        # delete their data gets a plain no first; the kind's own "yes" would contradict the advice.
        answer = _tidy(render_file("situations/unsafe_move.j2", **facts))
    elif facts.get("holds_back") and facts["transition"] and intent not in HOLDS_BACK_ANSWERED:
        # Doing less for a client in notice is a no, whatever the kind of question carried it.
        answer = _tidy(render_file("situations/holds_back.j2", **facts))
    elif (facts.get("asks_should") or facts.get("ends_call") or facts.get("final_invoice") == "amount"
          or facts.get("for_every_client")) and "answer" in template.blocks \
            and not active:
        answer = render_block(template, "answer", facts)
    else:
        answer = ""
    if not answer and facts.get("break_checked") and facts["transition"] and facts["has_end_date"] and facts["office_closed"]:
        # ("Hooli's last day is after the break, right?"): where their last day falls against our closure, first
        after = facts["end_date"] == facts["reopens"] or facts["closed_in_support"]
        answer = (f"Yes: {facts['client_possessive']} last day of support, {facts['end_date']}, falls after our closure "
                  f"({facts['closed_from']} to {facts['closed_until']})." if after else
                  f"No: {facts['client_possessive']} last day of support, {facts['end_date']}, comes before our closure "
                  f"({facts['closed_from']} to {facts['closed_until']}).")
    script, shaped_label = "", ""
    if own_script and facts.get("situation") in ("agenda", "sign_off_form", "checklist_share", "public_line", "general_post",
                                                 "needs_from_them"):
        # A list for the meeting, a form to sign or a checklist to share, not a letter: its lines kept as they are.
        script = _tidy(render_file(own_script[0], **facts), keep_lines=True)
        if facts["situation"] == "agenda" and facts.get("points_asked", (0, 0))[0]:
            script = _fewer_items(script, facts["points_asked"][0])   # "a 4-line agenda"
        if facts.get("checklist_letter") or facts["situation"] == "needs_from_them":
            opening = [] if facts["situation"] == "needs_from_them" else \
                [f"Here is where our access to {facts['client_possessive']} systems stands."] if facts.get("access_list") else \
                [f"Here is what the handover for {facts['client_name']} should include."] if facts.get("ended") else \
                ["Here is the handover checklist: what we hand over and by when."]
            unit, most = facts.get("length_limit") or ("", 0)
            if unit == "words" and most:
                # "under 150 words": the lines that only repeat or frame the list give way first (its opening, the
                # secure-channel line the items already say, the sign-off blanks), never an item
                spare = ("Here is the handover checklist", "Here is what the handover for", "Passwords and keys are handed over", "Signed off for")
                for start in spare:
                    if len(" ".join([*opening, script]).split()) + 12 < most:
                        break
                    opening = [line for line in opening if not line.startswith(start)]
                    script = "\n".join(line for line in script.splitlines() if not line.startswith(start))
            script = "\n\n".join([_greeting(facts, STAFF), *opening, script, _signature(facts, STAFF)])
            # (its lines as they are: no sentence joining)
        if facts["situation"] == "sign_off_form" and facts.get("form_in_letter"):
            # "the handover sign-off email, the one where they confirm they've got everything": the form, sent
            ends = f", before our support ends on {facts['end_date']}" if facts.get("transition") and facts.get("has_end_date") else ""
            closure = ""
            if ends and facts.get("closed_in_support"):
                # (our office shut in between: back before it shuts, so anything missing can still be put right)
                ends = f", {facts['before_break']}"
                last = ", which is also your last day of support with us" if facts["reopens"] == facts["end_date"] else \
                    f"; your last day of support with us is {facts['end_date']}"
                closure = f" We're closed from {facts['closed_from']} to {facts['closed_until']} and back on " \
                          f"{facts['reopens']}{last}."
            covering = f"Could a named person at {facts['client_name']} check each item below{ends}, fill in the form and " \
                       f"send it back to us?{closure} Anything not yet received goes under exceptions, with when you expect it."
            script = "\n\n".join([_greeting(facts, STAFF), covering, script, _signature(facts, STAFF)])
        shaped_label = {"agenda": f"{facts.get('list_asked', 'agenda').capitalize()}:",
                        "sign_off_form": "Ready to send, with the sign-off form:" if facts.get("form_in_letter")
                        else "Sign-off form (for the client to sign):",
                        "checklist_share": "Checklist to share:",
                        "public_line": "A line to use in public:",
                        "general_post": "For the team (not for the client):" if facts.get("for_the_team")
                        else "Ready to post (no client named or hinted at):",
                        "needs_from_them": "Ready to send:"}[facts["situation"]]
        answer = answer or own_script[1]
    elif own_script and facts.get("situation") == "more_time" and not facts.get("wants_script", True):
        # Our own idea of more time ("should we push it into January?"): the no, and nothing to send (never the
        # kind's own "Yes: they're a full client" to a "yes or no?").
        answer = own_script[1]
    elif own_script:
        body = _tidy(render_file(own_script[0], **facts, chasing=facts.get("final_invoice") in ("chase", "chase_open"),
                                 querying=facts.get("final_invoice") == "query",
                                 on_the_invoice=facts.get("final_invoice") == "line",
                                 in_parts=facts.get("final_invoice") == "instalments",
                                 open_invoice=facts.get("final_invoice") == "chase_open",
                                 mentioned=facts.get("final_invoice") == "mention",
                                 amount_ahead=facts.get("final_invoice") == "amount"))
        body = with_room_notes(with_correction(with_topics_asked(body, facts), facts), facts, shapes=("",))
        script, shaped_label = within_limit(body, facts, lambda kept: letter([" ".join(kept)], facts, STAFF))
        if facts.get("script_format", ("", 0))[0]:
            script, shaped_label = shaped_within_words(body, facts)
        # The situation's advice; a plain yes or no of its own replaces the kind's, otherwise it follows it.
        advice = own_script[1]
        if facts.get("final_invoice") == "amount" and "No invoice amount is on record" not in (answer or ""):
            # ("wants the final invoice amount. What is it?"): the look-up answered first, plainly (and once)
            advice = f"No invoice amount is on record here, so don't quote one until billing confirms it. {advice}"
        if facts["situation"] == "more_time" and facts["ended"]:
            # (after the end there is no handover left to finish on time: the no, and where they go now)
            advice = "No: our support has ended and stays ended, however the request is put (a restart, another month, " \
                "free or paid). Say so kindly, once; point them to an IT provider of their choice, and hand over " \
                "anything of theirs still with us if they ask."
        if facts["situation"] == "more_time" and facts.get("intent") == "bad_review_threat":
            # ("a 1 star review unless we keep them till March"): the threat answered too, calmly
            owner = f" Tell {facts['account_owner']}, who owns the account." if facts["has_owner"] and not facts["owner_speaks"] else ""
            handover = "handing over what is theirs" if facts["ended"] else "the handover"
            advice = f"{advice} A threat doesn't move it either: stay calm, don't argue or threaten back, and never " \
                f"make {handover} depend on what they post.{owner}"
        answer = answer if facts.get("unsafe_move") else advice if advice.startswith(("Yes:", "No:")) or not answer \
            else f"{answer}\n\n{advice}"
    if scripts and not active:
        body = render_block(template, _pick(scripts, seed), facts)
        body = with_room_notes(with_topics_asked(body, facts), facts, shapes=("", "chat"))
        if facts.get("pay_refused") and not _INVOICE_SPOKEN.search(body):
            body = with_invoice_still_due(body, facts)   # ("we're not paying December": it stays due, said calmly)
        if facts.get("plain"):
            body = plain_words(body, facts)
        if facts.get("no_reason") and facts["has_reason"]:
            # "Nothing about the reason": the sentences that give it are left out, as asked
            body = " ".join(sentence for sentence in sentences(body)
                            if facts["reason_sentence"] not in sentence and not sentence.startswith("The reason is")
                            and facts["reason_label"] not in sentence)
        if facts.get("pasted_why") and not (facts.get("light") and facts.get("reason_category") == "overload"):
            # (a light answer to a joke about our workload speaks to it already)
            body = " ".join(_reason_said(sentences(body), facts))   # their pasted message asks why: the reason is said
        if not facts.get("client_asked", True) and _UNPROMPTED_THANKS.match(body):
            # (the sentence after the thanks no longer leans on it: "Our decision stands, though, ...")
            body = _standalone(_UNPROMPTED_THANKS.sub("", body, count=1))
            body = body[:1].upper() + body[1:]   # ("... getting in touch, but our support ended": "Our support ended")
        body = with_correction(body, facts)
        script, shaped_label = within_limit(body, facts, lambda kept: acknowledged_letter([" ".join(kept)], facts, STAFF)) \
            if body else ("", "")
        if body and facts.get("script_format", ("", 0))[0]:
            script, shaped_label = shaped_within_words(body, facts)
    if active and facts.get("words_asked") and facts.get("client_asked_ending") and not script:
        # "Initech's CTO wants a note saying we're NOT dropping them": they stay, said plainly
        script, shaped_label = _staying_letter(sentences(_tidy(render_file("situations/staying.j2", **facts))), facts)
    title = ACTIVE_TITLE if active and principle else DONE_CLOSING_TITLE \
        if principle == "done" and (intent not in DONE_DECLINES or facts.get("situation") == "last_day") else PRINCIPLE_TITLES[principle]
    if principle is None:
        # No principle, but a practical thing asked for (the checklist, the order things go in): that answer.
        asked = practical(facts)
        parts = [asked or coaching]
        title = PRACTICAL_TITLE if asked else title
    elif active:
        # Nothing to coach about an offboarding that hasn't started, beyond keeping calm and kind.
        # ("Initech want a quote ... anything offboarding-wise I need to do first?": nothing, ordinary business)
        nothing_to_do = bool(_NOTHING_TO_DO_ASKED.search(facts.get("request_text", ""))) or facts.get("mention_asked", False)
        ending = _tidy(render_file("situations/active_client.j2", **facts, nothing_to_do_asked=nothing_to_do)) \
            if facts.get("speaks_of_ending") or facts.get("client_asked_ending") or facts.get("client_asked") \
            or facts.get("mention_asked") else ""   # ("asked if they're next"; "asked if we'd take on their fit-out")
        general = coaching if principle == "friendly" and not ending else ""
        # (a client asking if they're affected is reassured, and ordinary work asked about goes ahead: no command
        # for ending them beside either)
        recording = "" if facts.get("client_asked_ending") or facts.get("client_asked") or nothing_to_do else to_record(facts)
        parts = [part for part in (ending, record_line(facts), recording, general) if part]
    else:
        signer = (facts.get("signed_by") or "").split("\n")[0] or facts["firm_signer"]
        away = f"{facts['account_owner']} is away, so the script is signed by {signer}: loop them in " \
               f"when they're back." if script and facts["has_owner"] and facts.get("owner_away") else \
            who_signs(facts) if script and facts.get("who_signs_asked") else ""
        # A checked draft needs its verdict, and a colleague's feelings a word back, not the kind's lesson.
        lesson = "" if checked is not None or facts.get("situation") in OWN_ANSWER or team_note or own_script \
            or facts.get("unsafe_move") in NO_SCRIPT_MOVES or facts.get("list_only") else coaching
        # (a message to one colleague is no announcement to the team: no advice on announcing it)
        answer = answer or (FILE_NOTE_ADVICE if team_note and facts.get("file_note") is not None else
                            TEAM_NOTE_ADVICE if team_note and not facts.get("colleague_ask") else "")
        if "handover_charge" in facts.get("practical", ()) and not script:
            # "Do we charge for that?": the charge answered first, never after a "Yes, hand it over" that reads as yes
            parts = [part for part in (practical(facts), record_line(facts), lesson, away, to_record(facts)) if part]
        else:
            parts = [part for part in (answer, facts.get("completion_unticked", ""), record_line(facts), lesson,
                                       practical(facts), away, to_record(facts)) if part]
    coaching = "\n\n".join(parts)
    if facts.get("script_format", ("", 0))[0] == "subject" and principle is not None and not active and not team_note:
        # Only the subject line asked for: options from the record, no letter.
        script, shaped_label = subject_lines(intent, principle, facts), "Subject lines (pick one):"
    elif facts.get("with_subject") and script and principle is not None and not active and not team_note:
        # "include a subject line": the email, with the first subject line the record gives
        script = f"Subject: {subject_lines(intent, principle, facts).splitlines()[0][2:]}\n\n{script}"
    if checked and facts.get("reason_line") and facts["has_reason"] and not facts.get("is_template"):
        script, shaped_label = _tidy(render_file("situations/gentler_line.j2", **facts)), "A gentler line:"   # (no letter)
    template_label = "A template to reuse (fill in the brackets):" if "[" in script else \
        "A template to reuse (check each fact first):"
    label = shaped_label if script and (facts.get("script_format", ("", 0))[0] or shaped_label) else \
        "A version that keeps to them:" if checked else \
        template_label if facts.get("is_template") else "Ready to send:"
    if script and facts["to_provider"] and facts["new_provider"] \
            and facts.get("script_format", ("", 0))[0] not in ("voicemail", "spoken", "meeting"):   # (a call is said, not sent)
        contact = f" ({facts['new_provider_contact']})" if facts["new_provider_contact"] else ""
        label = f"Ready to send to {facts['new_provider']}{contact}:"
    if team_note:
        script, label = team_note, "Status report (for us, not for the client):" if facts.get("report") else \
            "File note (for our records, not for the client):" if facts.get("file_note") is not None else \
            "For the team (not for the client):"
    script = kept_to_words(script, facts)
    if facts.get("plain") and not team_note:
        script = simpler_words(script)   # (sentences added after the plain pass, the closure's, in plain words too)
    if facts.get("signing_off") and principle is None and not script:
        title = ""   # (a goodbye is answered as one, under no heading)
    text = "\n\n".join([part for part in (title, coaching) if part] + ([f"{label}\n{script}"] if script else []))
    return Rendered(text, title, coaching, script)


_LIST_LINE = re.compile(r"^\s*(?:[-\u2022*]|\d{1,2}[.)])\s+")


def kept_to_words(script: str, facts: dict) -> str:
    """A script with a list in it, within the words staff allowed ("bullets, under 120 words"): the last list items
    give way first (two stay), then the last sentence of the longest paragraph that has more than one."""
    unit, most = facts.get("length_limit") or ("", 0)
    lines = script.split("\n")
    if unit != "words" or not most or len(script.split()) <= most or facts.get("points_asked", (0, 0))[1] \
            or sum(1 for line in lines if _LIST_LINE.match(line)) <= 2:
        # ("3 bullets, max 12 words each": the words are each bullet's, kept where it is made; and prose is already
        # kept to the words where it is shaped, counted as that shape counts them)
        return script
    dropped = 0
    while sum(len(line.split()) for line in lines) > most:
        items = [number for number, line in enumerate(lines) if _LIST_LINE.match(line)]
        prose = [number for number, line in enumerate(lines)
                 if not _LIST_LINE.match(line) and len(sentences(line)) > 1]
        if len(items) > 2 or len(items) == 2 and not prose:   # (the last item goes before the note has nothing to say)
            del lines[items[-1]]
            dropped += 1
            continue
        if not prose:
            break
        longest = max(prose, key=lambda number: len(lines[number].split()))
        lines[longest] = " ".join(sentences(lines[longest])[:-1])
    if dropped:
        # ("Still open on the handover checklist (11):" over two items: how many of them are shown, said; a heading
        # left with none of its items under it goes too)
        words = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

        def under(at: int) -> int:   # the list lines straight after the heading at `at`
            following = [line for line in lines[at + 1:] if line.strip()]
            return next((n for n, line in enumerate(following) if not _LIST_LINE.match(line)), len(following))
        headed = []
        for at, line in enumerate(lines):
            if line.endswith(":") and re.search(r"\(\d+(?=[);])", line):
                shown = under(at)
                if not shown:
                    continue
                first = f"the {words[shown] if shown < 10 else shown} due first below" if shown > 1 else "the one due first below"
                line = re.sub(r"\((\d+)(?=[);])", rf"(\1 in all, {first}", line, count=1)
            headed.append(line)
        lines = headed
        while lines and not lines[-1].strip():
            lines.pop()
    numbered = iter(range(1, len(lines) + 1))   # (a numbered list stays numbered 1, 2, 3 ...)
    return "\n".join(re.sub(r"^(\s*)\d{1,2}([.)])\s", lambda m: f"{m.group(1)}{next(numbered)}{m.group(2)} ", line)
                     if re.match(r"^\s*\d{1,2}[.)]\s", line) else line for line in lines)


SMS_CHARS = 160           # one text message, as phones count it
SPOKEN_WORDS_A_SECOND = 2.5
_GREETS = re.compile(r"(?:Hi|Hello|Dear|Good\s+(?:morning|afternoon)|Thank|Thanks|Reminder|Merry|Happy|Yes|No)\b")
_PLAIN_OPENING = re.compile(r"(?:Please|Your|Our|We|Just|A|The|This|Just|Could|Can|Would|As|Once|If|When)\b")
# Who helps an ex-client now, as a written reply says it (a voicemail says it once, in its close)
_HELPS_NOW = re.compile(r"\b(?:best\s+placed\s+to\s+help|can\s+take\s+it\s+from\s+here|can\s+help\s+from\s+here)\b")
VOICEMAIL_SECONDS = 30    # unless staff say: many voicemail systems cut a message off not long after


# What an email is about, for its subject line: the kind of question, grouped.
SUBJECT_KINDS = {"announce_decision": "announce", "notice_wording": "announce", "explain_reason": "reason",
                 "late_payment": "reason", "scope_creep": "reason", "second_chance": "decision", "better_offer": "decision",
                 "come_back": "decision", "loose_ends": "close_out", "after_end_request": "after_end",
                 "provider_config_question": "after_end", "after_last_day": "after_end"}


def subject_lines(intent: str, principle: str, facts: dict) -> str:
    """Up to three subject lines for the email, from the record: the dates in short ("21 December")."""
    kind = SUBJECT_KINDS.get(intent) or ("handover" if principle == "helpful" else "friendly")
    kind = "handover" if kind in ("close_out", "after_end") and facts["transition"] else kind   # nothing has ended yet
    if facts["transition"] and facts["end_date"] and (facts.get("situation") == "last_day"
                                                      or facts.get("topics_asked", ())[:1] == ("last_day",)):
        kind = "last_day"   # a reminder of the last day: the day is its subject
    if facts.get("final_invoice") in ("send", "chase"):
        kind = "invoice_" + facts["final_invoice"]   # the email carries (or chases) the final invoice: that is its subject
    short = lambda long: " ".join(long.split()[1:3]) if long else ""   # "Monday 21 December 2026" -> "21 December"
    text = render_file("situations/subject_lines.j2", **facts, kind=kind, end_day=short(facts["end_date"]),
                       handover_day=short(facts["handover_deadline"]))
    return "\n".join(f"- {line.strip()}" for line in text.splitlines() if line.strip())


_TRACKER = "Our handover tracker:"


def report_sentences(facts: dict) -> int:
    """How many sentences a status report was asked to be ("2 sentence note to Priya"), or 0 for one fact a line."""
    shape, most = facts.get("script_format") or ("", 0)
    return most if facts.get("report") and shape != "points" and not (facts.get("points_asked") or (0, 0))[0] else 0


BRIEF_ITEMS = 4   # open items a quick status report lists before pointing to the checklist


def status_report(facts: dict) -> str:
    """Where a client's offboarding stands, one fact a bullet; as many bullets as asked, each within the words
    allowed (a bullet that runs over keeps its first clause); an email to the manager when an email was asked."""
    lines = [line.strip() for line in render_file("situations/status_report.j2", **facts).splitlines() if line.strip()]
    most_sentences = report_sentences(facts)
    if most_sentences:
        # "2 sentence note to Priya on where Acme is at": the last day and the provider first, then the tracker
        tracker = [line for line in lines if line.startswith(_TRACKER)]
        rest = [line for line in lines if not line.startswith(_TRACKER)]
        return " ".join([*rest[:2], *tracker, *rest[2:]][:most_sentences])
    count, each = facts.get("points_asked") or (0, 0)
    if each:
        lines = [line if len(line.split()) <= each else line.split(";")[0].split(" (")[0].rstrip(".") + "." for line in lines]
        lines = [line for line in lines if len(line.split()) <= each]
    bullets = "\n".join(f"- {line}" for line in lines[:count or None])
    if facts.get("script_format", ("", 0))[0] != "points" and not count:
        return f"Hi,\n\nHere's where {facts['client_name'] or '[client]'} stands:\n{bullets}"
    return bullets


def _fewer_items(numbered: str, most: int) -> str:
    """A numbered list in at most `most` items: the closing "Questions" item goes first, then the two neighbours (after
    the first item, which says where things stand) that make the shortest line together are joined."""
    items = [re.sub(r"^\d+\.\s*", "", line) for line in numbered.splitlines() if line.strip()]
    if len(items) > most and items[-1].startswith("Questions"):
        items.pop()
    while len(items) > max(most, 2):
        at = min(range(1, len(items) - 1), key=lambda i: len(items[i]) + len(items[i + 1]))
        items[at:at + 2] = [f"{items[at].rstrip('.')}; {items[at + 1][:1].lower()}{items[at + 1][1:]}"]
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))


def within_limit(body: str, facts: dict, build) -> tuple[str, str]:
    """The script build() makes of the body's sentences, within the words or characters staff allowed: the
    opening, then as many of the others as fit, the one saying the decision first, then those with a date, then
    those closest to what staff asked. With no limit asked, the whole script and no label of its own."""
    unit, most = facts.get("length_limit") or ("", 0)
    said = sentences(body)
    script = build(said)
    if not most or not said:
        return script, ""
    size = (lambda text: len(text.split())) if unit == "words" else len
    if size(script) > most:
        # (when the words are about why, the sentence giving the reason comes before all the rest)
        why = facts.get("intent") in _WHY_ASKED_ALOUD or facts.get("reason_asked") or facts.get("pasted_why") \
            or facts.get("guess_wrong")   # ("we always paid on time!!": the real reason, not only "it isn't payment")
        # (a sentence that says what staff said the words are for, "their files on a drive", counts as a date does)
        # (and payment offered on a condition is answered before the rest: it is due anyway)
        # (and a sentence carrying a topic staff named, "and by when", before others of its tier)
        shown = [mark.lower() for mark, _ in (_topic_sentence(topic, facts) for topic in facts.get("topics_asked", ())) if mark]
        wanted = sorted(range(1, len(said)), key=lambda i: (not (why and said[i].startswith("The reason is")),
                                                            not (facts.get("pays_if_extended") and _PAYS_ANYWAY in said[i]),
                                                            not _DECISION_SAID.search(said[i]),
                                                            not any(mark in said[i].lower() for mark in shown),
                                                            not (_LONG_DATE.search(said[i]) or _asked(said[i], facts) >= 2),
                                                            -_asked(said[i], facts), i))
        kept, chosen = [0], dict(enumerate(said))
        for i in wanted:   # each in turn, where it still fits (a long one left out leaves room for a shorter)
            # (one too long for the room left may still fit by its first clause: "please ask them to get in touch
            # by Wednesday 23 December 2026, before our office closes" without "; we'll hand over ...")
            # (or by its clause before ", and": "Your support carries on as normal until Monday 21 December 2026.")
            for version in (said[i], *([said[i].split("; ")[0].rstrip(",") + "."] if "; " in said[i] else []),
                            *([said[i].split(", and ")[0] + "."] if ", and " in said[i] and _LONG_DATE.search(
                                said[i].split(", and ")[0]) else [])):
                trial = sorted([*kept, i])
                if size(build([version if j == i else chosen[j] for j in trial])) <= most:
                    kept, chosen[i] = trial, version
                    break
        script = build([chosen[i] for i in kept])
    if facts.get("length_about") and unit == "words":
        return script, f"Ready to send ({size(script)} words, about {facts['length_about']} asked):"
    return script, f"Ready to send ({size(script)} {'words' if unit == 'words' else 'characters'}, {most} at most):"


_COMMON_STEMS = {"that", "this", "with", "from", "have", "your", "they", "them", "their", "what", "when", "will", "would",
                 "could", "should", "about", "there", "been", "were", "just", "then", "than", "into", "also", "some"}


_PAYS_ANYWAY = "The invoices already issued are due on their usual terms"   # (situations/pays_anyway.j2)


def _asked(sentence: str, facts: dict) -> int:
    """How many words a sentence shares with what staff asked for (their words are only compared, never shown)."""
    return len(_stems(sentence, 6, _COMMON_STEMS) & _stems(facts.get("request_text", ""), 6, _COMMON_STEMS))


def _staying_letter(said: list[str], facts: dict) -> tuple[str, str]:
    """The note that nothing changes for them, in the sentences or words staff allowed ("what do I reply? 1-2
    sentences", "under 30 words"): "Nothing has changed" kept first, then the others in order, where they fit."""
    shape, keep = facts.get("script_format", ("", 0))
    unit, most = facts.get("length_limit") or ("", 0)
    weighed = sorted(range(len(said)), key=lambda i: not said[i].startswith("Nothing has changed"))
    if shape in ("sms", "voicemail"):   # (a text says that one thing)
        return shaped_within_words(" ".join(said[i] for i in weighed[:1 if shape == "sms" else None]), facts)
    kept = weighed[:keep] if keep else weighed
    size = (lambda text: len(text.split())) if unit == "words" else len
    while most and len(kept) > 1 and size(letter([" ".join(said[i] for i in sorted(kept))], facts, STAFF)) > most:
        kept.pop()
    script = letter([" ".join(said[i] for i in sorted(kept))], facts, STAFF)
    return script, f"Ready to send ({len(kept)} sentence{'s' if len(kept) > 1 else ''}):" if keep else \
        f"Ready to send ({size(script)} {'words' if unit == 'words' else 'characters'}, {most} at most):" if most else ""


def shaped_within_words(body: str, facts: dict) -> tuple[str, str]:
    """shaped(), within the words staff allowed too ("a short email ... under 80 words", "keep each under 60 words" on
    the phone): fewer sentences, the dated ones kept longest."""
    script, label = shaped(body, facts)
    unit, most = facts.get("length_limit") or ("", 0)
    count = len(sentences(body))
    while unit == "words" and most and len(script.split()) > most and count > 1 \
            and facts["script_format"][0] not in ("sms", "subject"):
        count -= 1
        script, label = shaped(body, {**facts, "script_format": (facts["script_format"][0], count)})
    if unit == "words" and most and label.startswith("Ready to send ("):
        label = f"Ready to send ({len(script.split())} words, {most} at most):"   # (the limit asked, not the sentences)
    return script, label


# A paragraph to be sent as an email: to an address, or from the one asking ("a polite no, from me, to help@...")
_SENT_AS_EMAIL = re.compile(r"\bto\s+[\w.+-]+@[\w-]+\.[\w.]+|\bfrom\s+me\b", re.I)


def shaped(body: str, facts: dict) -> tuple[str, str]:
    """The script in the shape staff asked for (staff_cues.script_format): a text message, a voicemail, or a few
    sentences; and the label that says so."""
    shape, keep = facts["script_format"]
    unit, most = facts.get("length_limit") or ("", 0)
    if shape == "sms" and unit == "chars" and most >= 180:
        keep = max(keep, 3)   # "an SMS under 200 characters": room for a third point, if it fits
    said = sentences(body)
    if shape == "voicemail":
        # Said aloud, a clause after a semicolon stands alone: room for each point asked within the time.
        said = [part[:1].upper() + part[1:] + ("" if part.endswith((".", "?", "!")) else ".")
                for sentence in said for part in re.split(r"; (?!we're back\b)", sentence)]   # ("; we're back on ...": the closure's)
    if shape == "sms":
        # A text keeps each sentence's first clause ("... on an external drive; passwords go ..."): room for two points
        # (but a no keeps who helps them now: "...; BrightPath IT is best placed to help now")
        said = [sentence.split("; ")[0].rstrip(",") + "." if "; " in sentence and "best placed to help" not in sentence
                else sentence for sentence in said]
    order = list(range(len(said)))
    if keep and shape in ("sms", "voicemail", "short", "chat") or keep == 1 and shape in ("paragraph", "spoken"):
        # A text, a voicemail or a short note keeps the sentences that carry a date first (the point of most
        # reminders), and gives up the others first when it runs long; a short note of three or more keeps its opening.
        # (A no to staying or coming back is the point of its own note: the sentence that says the decision counts
        # as much as the date.)
        # (and words to someone angry or threatening a review meet the feeling first, however few the sentences)
        opening = shape in ("short", "chat") and (keep >= 3 or keep == 2 and facts.get("intent") in ("angry_client",
                                                                                                  "bad_review_threat"))
        decisive = facts.get("intent") in _DECISION_KINDS
        # ("... reminding them the new IT co needs to call us a week before the end": the sentence with that day)
        deadline = facts["handover_deadline"] if facts.get("has_handover_deadline") and \
            _CONTACT_ASKED.search(facts.get("request_text", "")) else ""
        # (and a sentence that says what staff said the note is for, in their words: "their files on a drive")
        # (a short no keeps the decision, its reason and its opening thanks before any date: warm, then firm; a short
        # answer to "why" keeps the reason; and any note keeps first what staff said it must cover: "before we shut for
        # xmas" keeps the closure)
        # (and a text answering a wrong guess keeps the real reason beside "it isn't that")
        why = (facts.get("intent") in _WHY_ASKED_ALOUD or facts.get("reason_named")) and shape in ("short", "chat", "spoken") \
            or bool(facts.get("guess_wrong")) and shape in ("short", "chat", "sms")
        shown = [mark.lower() for mark, _ in (_topic_sentence(topic, facts) for topic in facts.get("topics_asked", ())) if mark]
        thanked = facts.get("intent") in ("no_hard_feelings", "gratitude") and bool(said) and said[0].startswith("Thank")
        # (the no said once: a second "Our decision stands." after "... a payment now doesn't change it" gives way to the date)
        first_no = next((i for i, sentence in enumerate(said) if _DECISION_SAID.search(sentence)), -1)
        order.sort(key=lambda i: (not (thanked and i == 0),   # (thanks answered with thanks first, however short)
                                  # (and a one-line post or line to paste saying no is the no itself, not a handover reminder)
                                  # (the no said with its day first, where one sentence says both)
                                  not (decisive and keep == 1 and _DECISION_SAID.search(said[i]) and _LONG_DATE.search(said[i])),
                                  not (decisive and (shape in ("short", "sms") or shape in ("chat", "paragraph") and keep == 1)
                                       and (i == 0 or i == first_no or said[i].startswith("The reason is"))
                                       or why and said[i].startswith("The reason is")
                                       or why and facts.get("guess_wrong") and i == 0),   # ("it isn't that", then why)
                                  not any(mark in said[i].lower() for mark in shown),
                                  # (a note about getting them their data says how: the drive, before any date)
                                  not (facts.get("intent") == "data_export" and "external drive" in said[i]),
                                  # (with no provider chosen, the offer of the drive counts as much as a date)
                                  # (a public reply's first sentence stands alone, its good wishes: kept first)
                                  not (_LONG_DATE.search(said[i]) or ((opening or facts.get("public_reply")) and i == 0)
                                       or (facts.get("intent") == "no_new_provider" and "external drive" in said[i])
                                       # (and once support has ended, who helps them now counts as much as the date)
                                       or (facts["ended"] and facts["new_provider"] and facts["new_provider"] in said[i])
                                       or (facts["ended"] and not facts["new_provider"] and "IT provider of your choice" in said[i])
                                       or (decisive and i == first_no)
                                       or (shape in ("sms", "voicemail") and _asked(said[i], facts) >= 2)),
                                  not (deadline and deadline in said[i]),
                                  # (a no keeps their last day before the day to be in touch by: when it all ends)
                                  not (decisive and facts["has_end_date"] and facts["end_date"] in said[i]),
                                  -_asked(said[i], facts)))
    # The first n sentences by that order, in the script's own order (one that leaned on a sentence left out,
    # "Our decision stands, though, ...", no longer does).
    first = lambda n: [_standalone(said[i]) if i and i - 1 not in order[:n] else said[i] for i in sorted(order[:n])]
    count = min(keep or len(said), len(said))
    kept = first(count)
    if shape == "paragraph" and count == 1 < len(said) and len(kept[0].split()) < 8:
        count, kept = 2, first(2)   # (a line to paste holds more than "Our decision stands.": the next point beside it)
    if shape == "short" and len(kept) < facts.get("fewest_sentences", 0):
        # "4-5 sentences" and the wording has three: the reason (when the talk is about the ending) and where
        # things stand (the date to be in touch by, or the end and who helps now), where they aren't said yet
        kept = _reason_said(kept, facts) if facts.get("intent") in _WHY_ASKED_ALOUD and not facts.get("no_reason") else kept
        standing = _where_it_stands(facts)
        # (a date the script already gives is not given again: "Our support ended on ..." twice reads as a slip)
        said_days = " ".join(kept)
        if len(kept) < facts["fewest_sentences"] and standing and standing not in said_days \
                and not all(day in said_days for day in _LONG_DATE.findall(standing) or ["-"]):
            closes = bool(kept) and bool(_CLOSING.match(kept[-1]))   # (before "Thank you for understanding.")
            kept = kept[:-1] + [standing, kept[-1]] if closes else kept + [standing]
        if len(kept) < facts["fewest_sentences"] and not any(_THANKS_OPENING.match(sentence) for sentence in kept):
            kept = ["Thank you for getting in touch."] + kept   # ("three sentences" and two said: thanks, first)
        while len(kept) < facts["fewest_sentences"]:
            # Still fewer than asked: a sentence of two clauses said as two ("Thank you for getting in touch, but our
            # support ended ..." -> "Thank you for getting in touch. Our support ended ...")
            at = next((i for i, sentence in enumerate(kept) if _CLAUSE_JOIN.search(sentence)), None)
            if at is None:
                break
            first_part, rest = _CLAUSE_JOIN.split(kept[at], maxsplit=1)
            kept = kept[:at] + [f"{first_part}.", f"{rest[:1].upper()}{rest[1:]}"] + kept[at + 1:]
    if facts.get("words_given"):
        kept = [facts["words_given"]]   # what staff said the text or chat message should say, as they said it
    # Signed by the colleague who asked, who sends it from their own phone; with no name for them, by the account owner.
    speaker = (facts.get("signed_by") or "").split("\n")[0] or (facts.get("sender_name") or "").split(" ")[0] or \
        (facts["owner_first_name"] if facts["has_owner"] and not facts.get("owner_away")
         and facts["owner_first_name"] not in facts.get("words_given", "") else   # ("... and Priya will call": not Priya's)
         "[your name]")
    if shape == "sms":
        sign = f" - {speaker}, {facts['company']}"
        chars = most if unit == "chars" and most else SMS_CHARS   # (a limit staff give is theirs to set, above 160 too)
        wanted = count
        while count > 1 and len(" ".join(kept)) + len(sign) > chars:
            count -= 1
            kept = first(count)
        if count < wanted and unit == "chars" and most:
            # A point left out within the room staff gave: the same text with short dates ("Thu 24 Dec") may carry it
            long_said, said = said, [_LONG_DATE.sub(lambda day: _short_day(day.group(0)), sentence) for sentence in said]
            shorter = wanted
            while shorter > 1 and len(" ".join(first(shorter))) + len(sign) > chars:
                shorter -= 1
            if shorter > count:
                count, kept = shorter, first(shorter)
            else:
                said = long_said
        text = " ".join(kept) + sign
        if facts["ended"] and "thank" not in text.lower():
            # (a no by text, after the end, still thanks them: never curt; the days short when that makes the room)
            # (and a no says who can help now, where the room allows: "Another IT provider can help now.")
            pointer_said = f" {facts['new_provider']} can help now." if facts["new_provider"] else " Another IT provider can help now."
            short_days = _LONG_DATE.sub(lambda day: _short_day(day.group(0)), " ".join(kept))
            # (and, short of room, "; an IT provider of your choice is best placed to help now" said shorter, after the thanks)
            bodies = (" ".join(kept), short_days, re.sub(r"; (?:an IT provider of your choice|[^;.]{1,40}) is best placed to help now\.$",
                                                           ".", short_days))
            # (the day said in full before any pointer or longer thanks: a text with the short day comes last)
            warm = [f"{body}{pointer} {thanks}{sign}" for body in dict.fromkeys(bodies) for pointer in dict.fromkeys((
                "" if "provider" in body.lower() or facts["intent"] not in DONE_DECLINES or facts.get("words_given")
                else pointer_said, "")) for thanks in ("Thanks for understanding, all the best.", "Thanks, all the best.")]
            text = next((each for each in warm if len(each) <= chars), text)
        # (a text asking who their new provider is reminds them of the day too: "Who is your new IT provider?"; and
        # one offering their data on a drive asks for a day before it)
        data_asked = "data_drive" in facts.get("topics_asked", ()) or facts.get("intent") == "data_export"
        reminder = facts["has_end_date"] and not facts["ended"] and bool(_LAST_DAY_ASKED.search(facts.get("request_text", ""))
                                                                          or facts.get("provider_name_asked")
                                                                          or _DEADLINE_NAMED.search(facts.get("request_text", ""))
                                                                          or facts.get("provider_must_reach_us")
                                                                          or "last_day" in facts.get("topics_asked", ())
                                                                          or data_asked
                                                                          # (a text to a client with no provider yet
                                                                          # that names no day or no provider: "reminding
                                                                          # them they still need to pick a new IT provider")
                                                                          or facts.get("intent") == "no_new_provider"
                                                                          and not (_LONG_DATE.search(text)
                                                                                   and "provider" in text.lower()))
        # ("Text to Hooli's owner: we still haven't heard from Castle Tech"): said, with what we ask and by when
        unheard_said = bool(facts.get("not_heard") and facts.get("has_handover_deadline"))
        refusing = facts.get("intent") in _DECISION_KINDS and facts["has_end_date"] and not facts["ended"] \
            and not facts.get("words_given")
        if refusing and (len(text) > chars or not _DECISION_SAID.search(text)):
            # ("can we stay on till end of January? SMS reply please"): the no and the day it stays, then the handover
            no = "we can't extend" if facts.get("more_time_asked") else "our decision stands"
            helps = (f" We'll make the handover to {facts['new_provider']} smooth.", " We'll make the handover smooth.", "") \
                if facts["new_provider"] else (" We'll make the handover smooth.", "")
            text = next((each for end in (facts["end_date"], _short_day(facts["end_date"])) for help_ in helps
                         for each in (f"Thanks for asking, but {no}: your last day of support stays {end}.{help_}{sign}",)
                         if len(each) <= chars),
                        f"Sorry, {no}: your last day stays {_short_day(facts['end_date'])}.{sign}")
        elif (len(text) > chars or reminder and not facts.get("words_given") or unheard_said) and facts["has_end_date"] \
                and not facts["ended"]:
            # Even one sentence runs over, or the last day is what it is for: the reminder, in as few words as it takes.
            # (with no new provider on record, none is presumed: "once you choose one")
            # ("need to know where and when to drop it": both asked)
            where = ", and where should we drop it off" if facts.get("where_asked") else ""
            ask = f" We'll give you a full copy of your data on an external drive: which day before then suits{where}?" \
                if data_asked else \
                (f" Please ask {facts['new_provider']} to call us by {facts['handover_deadline']}." if facts["new_provider"] else
                   f" Who is your new IT provider? They should call us by {facts['handover_deadline']}."
                   if facts.get("provider_name_asked") else
                   f" Please choose a new IT provider and ask them to call us by {facts['handover_deadline']}."
                   if facts.get("intent") == "no_new_provider" else
                   f" If you pick a new IT provider, ask them to call us by {facts['handover_deadline']}.") \
                if facts.get("has_handover_deadline") else ""
            # (the days short, "Wed 23 Dec", before the ask is given up: a text with both days says what it is for)
            short_ask = ask.replace(facts["handover_deadline"], _short_day(facts["handover_deadline"])) if ask else ask
            # (a text chasing the provider's name asks for their details politely too, room allowing)
            chase = [f"Who is your new IT provider? {details} should call us by {by}, as our support ends on {end}. Thanks!{sign}"
                     for details in ("Please send us their details; they", "They") for by, end in (
                         (facts["handover_deadline"], facts["end_date"]),
                         (_short_day(facts["handover_deadline"]), _short_day(facts["end_date"])))] \
                if facts.get("provider_name_asked") and not facts["new_provider"] and not data_asked \
                and facts.get("has_handover_deadline") else []
            # ("no new provider has been in touch and we need to hear from one by Mon 14 Dec"): said, then the day
            unheard = [text for by, end in ((facts["handover_deadline"], facts["end_date"]),
                                            (_short_day(facts["handover_deadline"]), _short_day(facts["end_date"])))
                       for text in ((f"Hi, we haven't heard from {facts['new_provider']} yet. Could you share their contact "
                                     f"details, or ask them to call us by {by}? Our support ends on {end}. Thanks!{sign}",
                                     f"Hi, we haven't heard from {facts['new_provider']} yet. Could you ask them to call us by "
                                     f"{by}? Our support ends on {end}. Thanks!{sign}") if facts["new_provider"] else
                                    (f"Hi, we haven't heard from a new IT provider yet. Please ask yours to call us by {by}, as "
                                     f"our support ends on {end}. Thanks!{sign}",))] if unheard_said else []
            named = len("Hi [name], ") if facts.get("blanks_asked") else 0   # (room kept for the name asked to be filled in)
            text = next((each for each in (*unheard, *chase, f"Reminder: our support ends on {facts['end_date']}.{ask}{sign}",
                                           f"Reminder: our support ends on {facts['end_date']}.{short_ask}{sign}",
                                           f"Reminder: our support ends on {_short_day(facts['end_date'])}.{short_ask}{sign}")
                         if len(each) <= chars - named), f"Reminder: our support ends on {facts['end_date']}.{sign}")
            # (with nobody chosen yet, the safe landing too, where the room allows: their data, and their email kept going)
            landing = " If nobody is in place by the last day, we'll give you your data on an external drive and suggest an email provider." \
                if facts.get("intent") == "no_new_provider" and not facts["new_provider"] and not data_asked else ""
            if landing and len(text) + len(landing) <= chars - named:
                text = text[:len(text) - len(sign)] + landing + sign
            closed = f" Our office is closed {_short_day(facts['closed_from'])} to {_short_day(facts['closed_until'])}." \
                if "closure" in facts.get("topics_asked", ()) and facts["closed_in_support"] else ""
            if closed:   # "reminding them of the last day + our xmas closure": the closure, and the ask if it fits
                # (its day short, as the closure's is: "by Wed 23 Dec")
                ask = ask.replace(facts["handover_deadline"], _short_day(facts["handover_deadline"])) if ask else ask
                # (the last day short too, before the ask is given up)
                texts = [f"{lead} {end}.{closed}{ask}{sign}" for lead, end in (
                    ("Reminder: our support ends on", facts["end_date"]), ("Reminder: our support ends on", _short_day(
                        facts["end_date"])), ("Our support ends", _short_day(facts["end_date"])))]
                text = next((each for each in texts if len(each) <= chars),
                            f"Reminder: our support ends on {facts['end_date']}.{closed}{sign}")
        elif facts["has_end_date"] and facts["ended"] and facts["end_date"] not in text \
                and _short_day(facts["end_date"]) not in text and not facts.get("words_given"):
            # A text to a former client says support has ended, and when: "Our decision stands" alone shuts nothing down.
            # (a note closing things off with goodwill thanks them and says who looks after them now: no decline unasked)
            goodwill = facts.get("intent") in ("no_hard_feelings", "gratitude")
            endings = [f"Thank you for working with us. Our support ended on {facts['end_date']}{now}. We wish you every "
                       f"success.{sign}" for now in ((f"; {facts['new_provider']} looks after you now",) if facts["new_provider"]
                                                     else ()) + ("",)] if goodwill else \
                [f"Our support ended on {facts['end_date']}, so we can't take on further requests. We wish you well.{sign}"]
            text = next((ended for ended in endings if len(ended) <= chars), text)
        elif facts["has_end_date"] and not facts["ended"] and not _LAST_DAY_SAID.search(text) and not facts.get("words_given"):
            # A text about the handover still says when our support ends, where the limit leaves room for it.
            # (its days said short, "Mon 21 Dec", before the last day is given up)
            body = re.sub(r"^Hi,\s+(\w)", lambda m: m.group(1).upper(), text)
            short = _LONG_DATE.sub(lambda day: _short_day(day.group(0)), body)
            text = next((dated for dated in (f"Hi, our support ends on {facts['end_date']}. {body}",
                                             f"Hi, our support ends on {_short_day(facts['end_date'])}. {body}",
                                             f"Hi, our support ends on {_short_day(facts['end_date'])}. {short}",
                                             f"Our support ends on {_short_day(facts['end_date'])}. {short}")
                         if len(dated) <= chars), text)
        if not facts.get("words_given") and not _GREETS.match(text):
            # (a text that opens straight on an ask, "Please ask the provider ...", reads curt: a greeting, room allowing)
            greeted = f"Hi [name], {text[:1].lower()}{text[1:]}" if facts.get("blanks_asked") and not facts.get("is_template") \
                else f"Hi, {text[:1].lower()}{text[1:]}" if _PLAIN_OPENING.match(text) else f"Hi. {text}"
            text = greeted if len(greeted) <= chars else text
        if len(text) > chars:   # (one sentence still over: its days said short, "Fri 30 Oct", rather than sent over)
            text = _LONG_DATE.sub(lambda day: _short_day(day.group(0)), text)
        return text, f"Ready to send as a text message ({len(text)} characters):"
    if shape == "points":
        # What to say, one point a line, to speak from rather than read out; the reason ready if they ask why, and
        # what not to say when staff ask for that too.
        points = sentences(spoken(kept, facts))
        most_points = facts.get("points_asked", (0, 0))[0]
        if most_points and len(points) > most_points:   # ("3 bullet talking points": the opening, then the dated ones)
            points = [points[i] for i in sorted(dated_first(points)[:most_points])]
        reason = facts.get("reason_sentence") or ""
        if facts.get("has_reason") and reason and not facts.get("no_reason") and not facts.get("points_asked", (0, 0))[0] \
                and facts.get("intent") in _WHY_ASKED_ALOUD + ("angry_client", "come_back", "bad_review_threat") \
                and not any(reason in point or point.startswith("The reason is") for point in points):
            points.append(f"If they ask why: {reason[:1].lower()}{reason[1:]}")
        said = "\n".join(f"- {point}" for point in points)
        if _NOT_TO_SAY.search(facts.get("request_text", "")):
            said += "\n\nNot to say:\n" + "\n".join(f"- {point}" for point in _DONT_SAY)
            return said, "Talking points (to say):"
        return said, "Talking points:"
    if shape == "bulleted" and len(kept) > 1:
        # A letter in points: its first sentence leads into them.
        lead, *points = kept
        body = "\n".join([lead, "", *(f"- {point}" for point in points)])
        return acknowledged_letter([body], facts, STAFF), f"Ready to send ({len(points)} points):"
    if shape == "spoken" and facts.get("reception_summary") and facts["has_client"] and facts["has_end_date"]:
        # Reception's lines if the client rings: where support stands, the decision, and who calls back
        where = f"your support carries on as normal until {facts['end_date']}, and the decision to end the agreement is " \
            "final" if facts["transition"] else f"our support ended on {facts['end_date']}, so we can't take on requests"
        who = f"{facts['account_owner'] if facts['has_owner'] else 'someone from the team'} " + (
            "will call you back about anything of yours still to hand over" if facts["ended"] else
            "looks after your account and will call you back" if facts["has_owner"] else "will call you back")
        return "\n".join([f"Thank you for calling: {where}.", f"{who[:1].upper()}{who[1:]}: can I take your name and number?"]), \
            "To say on the call:"
    if shape == "spoken" and facts.get("caller_wants"):
        # Reception answering for a colleague the client keeps asking for: a message taken and a call back promised,
        # the facts of where support stands, nothing decided on the phone.
        who = facts["caller_wants"]
        first = who.split(" ")[0]
        lines = [f"Thank you for calling. {who} isn't available just now, but I'll take a message and make sure {first} "
                 f"calls you back."]
        if facts["transition"] and facts["has_end_date"]:
            lines.append(f"In the meantime your support carries on as normal until {facts['end_date']}.")
        elif facts["ended"] and facts["has_end_date"]:
            lines.append(f"Our support ended on {facts['end_date']}, so I can't take on a request, but {first} will come "
                         f"back to you about anything of yours still to hand over.")
        if facts["has_client"] and not facts["ended"]:
            lines.append(f"If it's about the decision to end the agreement, it's final, and {first} can go through the "
                         f"handover with you on the call.")
        lines.append("Can I take your name and the best number to reach you?")
        return "\n".join(lines[:keep] if keep else lines), "To say on the call:"
    if shape in ("spoken", "meeting"):
        return spoken(kept, facts, keep), "To say on the call:" if shape == "spoken" else "To say in the meeting:"
    if shape == "paragraph" and keep != 1 and _SENT_AS_EMAIL.search(facts.get("request_text", "")):
        # ("Write a polite no, from me, to help@brightpath.example. One paragraph."): an email of one paragraph, greeted
        # and signed like any other
        return letter([" ".join(kept)], facts, STAFF), "Ready to send (one paragraph):"
    if shape == "paragraph":
        # ("one paragraph ... Tom's name at the bottom": the name asked for goes under it)
        signed = f"\n\n{facts['signed_by'].splitlines()[0]}" if facts.get("signed_by") and facts.get("signer_named") else ""
        return " ".join(kept) + signed, \
            "To print on the invoice:" if facts.get("final_invoice") == "line" else \
            "One line to paste:" if keep == 1 else "One paragraph to paste:"
    if shape == "chat":
        # Posted in Teams or Slack by the colleague who asked, whose name shows beside it: no letter signature (unless
        # staff ask for one: "sign it from Priya"), within the words allowed.
        sign = f"\n{facts['signed_by'].splitlines()[0]}" if facts.get("signed_by") else \
            f"\nThe {facts['company']} team" if facts.get("as_the_team") else ""   # ("sign it from the team")
        greeting = _greeting(facts, STAFF).replace("Hello", "Hi", 1)
        if unit == "words" and most and len(" ".join(kept).split()) > most:
            order = dated_first(said)
        while unit == "words" and most and count > 1 and len(" ".join(kept).split()) > most:
            count -= 1
            kept = first(count)
        if unit == "words" and most and len(" ".join(kept).split()) + len(greeting.split()) > most:
            greeting = ""   # (the greeting's words count too, as the post is read whole: it goes before any point does)
        thanks = _tidy(render_file("situations/acknowledge.j2", **{**facts, "offer_answered": False})) \
            if facts.get("acknowledge") and facts.get("client_asked", True) else ""
        if thanks and not any(sentence.startswith(thanks[:20]) for sentence in kept):
            # what they said they did or offered, thanked for in the chat too (in place of a plain "thank you")
            # ("We appreciate you getting in touch about this." is that plain thanks too, replaced, not said twice)
            kept = [thanks, *kept[1:]] if kept and (kept[0].startswith("Thank") or _THANKS_ONLY.match(kept[0])) \
                else [thanks, *kept]
            if _DECISION_SAID.search(thanks) and facts["transition"] and facts["has_end_date"]:
                # ("Thank you for the offer ... though it doesn't change our decision."): the decision said once; the
                # sentence that said it again gives its room to the last day and the handover
                carry_on = f"Your support carries on as normal until {facts['end_date']}, and we'll make the handover " \
                           "as smooth as we can."
                rest = [sentence for sentence in kept[1:] if not sentence.startswith("Until then")]
                dated = any(facts["end_date"] in sentence and not _DECISION_SAID.search(sentence) for sentence in rest)
                kept = [thanks, *dict.fromkeys(("" if dated else carry_on) if _DECISION_SAID.search(sentence) else sentence
                                               for sentence in rest)]
                kept = [sentence for sentence in kept if sentence]
            if facts.get("script_format", ("", 0))[1] and len(kept) > count:
                # (still within the sentences asked: the thanks, then the dated sentences before the others; a no to
                # staying keeps the no itself beside the thanks)
                ranked = dated_first(kept)
                if facts.get("intent") in _DECISION_KINDS:
                    ranked = sorted(ranked, key=lambda i: (i != 0, not _DECISION_SAID.search(kept[i])))
                kept = [kept[i] for i in sorted(ranked[:max(count, 1)])]
        most_lines = facts.get("points_asked", (0, 0))[0]
        if _LINES_ASKED.search(facts.get("request_text", "")) and sign and most_lines <= 2 \
                and not facts.get("as_the_team"):
            sign = ""   # ("priya wants a 2 line reply for slack": she posts it, her name beside it; no room for it again)
        if _LINES_ASKED.search(facts.get("request_text", "")) and sign and most_lines and len(kept) >= most_lines > 1:
            # (the name under it is a line too: "4 lines tops, sign it from the team")
            marks = [mark.lower() for mark, _ in (_topic_sentence(topic, facts) for topic in facts.get("topics_asked", ())) if mark]
            # (the opening, then what staff said it must cover, "Mention the Christmas closure", then the dated lines)
            first_kept = sorted(range(len(kept)), key=lambda i: (i != 0, not any(mark in kept[i].lower() for mark in marks),
                                                                 not _LONG_DATE.search(kept[i]), i))
            kept = [kept[i] for i in sorted(first_kept[:most_lines - 1])]
        if _LINES_ASKED.search(facts.get("request_text", "")) and kept:
            # "super short, 2 lines": a sentence a line, the greeting on the first (it counts as one)
            first_line = kept[0] if kept[0][:2] == "I " or not greeting else kept[0][:1].lower() + kept[0][1:]
            return "\n".join([f"{greeting} {first_line}".strip(), *kept[1:]]) + sign, "Ready to post as a chat message:"
        body = " ".join(kept)
        if not most and not facts.get("script_format", ("", 0))[1]:
            body = with_closure_said(body, facts)   # (a day brought forward for our closure says why, as a letter does)
        return "\n".join([greeting, body] if greeting else [body]) + sign, "Ready to post as a chat message:"
    if shape == "voicemail":
        who = ", returning your call" if facts.get("returns_a_call") else \
            f", for {facts['client_name']}" if facts["has_client"] and not facts.get("is_template") else ""
        if facts.get("to_provider") and facts["has_client"]:   # (left for the new provider: about the client, to them)
            who = f", returning your calls about {facts['client_name']}" if facts.get("their_calls_returned") else \
                f", calling about {facts['client_name']}"
        if facts.get("on_behalf_of"):   # ("on behalf of Priya": the caller says for whom)
            who = f", returning your call on behalf of {facts['on_behalf_of']}" if facts.get("returns_a_call") else \
                f", calling on behalf of {facts['on_behalf_of']}"
        # A voicemail is in the caller's own voice: the colleague who asked, whoever owns the account.
        speaker = _speaker(facts) or "[your name]"
        callback = f"on {facts['phone']}" if facts.get("phone") else "on [your number]"
        call_back = _CALL_BACK_ONLY.search(facts.get("request_text", ""))
        owner_back = _CALL_COLLEAGUE_BACK.search(facts.get("request_text", ""))
        owner = facts.get("account_owner") or ""
        if owner_back and owner and owner.split()[0].lower() == owner_back.group("who").lower() and not facts.get("to_provider"):
            # ("Priya wants them to call her back about the handover"): the call is for her, and her number is to fill in
            about = f"about {owner_back.group('topic').strip()}" if owner_back.group("topic") else "about your IT support with us"
            when = f", before your last day of support, {facts['end_date']}" if facts["transition"] and facts["has_end_date"] else ""
            first = owner.split()[0]
            ask = "" if not (facts["transition"] and facts.get("has_handover_deadline")) else \
                f" Please ask {facts['new_provider'] or 'your new provider'} to get in touch with us by {facts['handover_deadline']}."
            text = f"Hi, this is {speaker} from {facts['company']}{who}, calling on behalf of {owner} {about}{when}.{ask} " \
                   f"Could you call {first} back on [{first}'s number] when you have a moment? Thank you, goodbye."
            return text, f"Voicemail script (about {round(len(text.split()) / SPOKEN_WORDS_A_SECOND)} seconds spoken):"
        if call_back and not facts.get("to_provider"):
            # ("just asking them to call me back about the handover"): that ask, and nothing else read out
            about = f"about {call_back.group('topic').strip()}" if call_back.group("topic") else "about your IT support with us"
            when = f", before your last day of support, {facts['end_date']}" if facts["transition"] and facts["has_end_date"] else ""
            text = f"Hi, this is {speaker} from {facts['company']}{who}. I'm calling {about}{when}. Could you call me back " \
                   f"{callback} when you have a moment? Thank you, goodbye."
            return text, f"Voicemail script (about {round(len(text.split()) / SPOKEN_WORDS_A_SECOND)} seconds spoken):"
        # (an ex-client told we can't help is not asked to ring back: that invites the very calls it declines)
        # (nor left without a way forward: who helps now, and that anything of theirs is still theirs, as time allows)
        helps_now = "" if facts.get("to_provider") else \
            f"{facts['new_provider']} can help from here." if facts["new_provider"] else "Another IT provider can help from here."
        # (the shortest closes for an ex-client: who helps, then thanks or good wishes, never a bare goodbye)
        short_closes = (f"{helps_now} Thanks for understanding. Goodbye.", f"{helps_now} All the best. Goodbye.")
        closes = [f"Anything of {facts['client_possessive']} goes to you through a secure channel once they confirm it with "
                  "us. Thank you for understanding. Goodbye.", "Thank you for understanding. Goodbye."] \
            if facts.get("to_provider") and facts["has_client"] else \
            [f"{helps_now} Anything of yours, such as your data, is still yours to ask for. Thank you for understanding, "
             "and all the best. Goodbye.", f"{helps_now} Thanks for understanding, all the best. Goodbye.",
             *short_closes,
             "Thank you for understanding, and we wish you all the best. Goodbye."] if facts["ended"] else \
            [f"Please call me back {callback} to arrange a day for it"
             + (f", before your last day of support, {facts['end_date']}" if facts["has_end_date"] else "") + ". Thank you, goodbye."
             if facts.get("intent") == "data_export" else f"You can call me back {callback}. Thank you, goodbye."]
        # (any call to a client in notice is framed by the last day, a message left about the handover too)
        last_day_asked = facts["has_end_date"] and not facts["ended"] and (
            _LAST_DAY_ASKED.search(facts.get("request_text", ""))
            # (what staff said it must cover comes first: "before we shut for xmas"; a handover message's own asks, the
            # provider's contact and the drive, leave room to say until when)
            or set(facts.get("topics_asked") or ()) <= {"contact_by", "data_drive"})

        def dated(kept: list[str]) -> list[str]:
            # "just the end date + ask them to call back": the last day said as that, in place of a line that only
            # dates something else ("Nothing of yours will be switched off before ...")
            if not last_day_asked or any(facts["end_date"] in s and _LAST_DAY_SAID.search(s) for s in kept):
                return kept
            whose = facts["client_possessive"] if facts.get("to_provider") and facts["has_client"] else "Your"
            return [f"{whose} last day of support with us is {facts['end_date']}."] + \
                [sentence for sentence in kept if facts["end_date"] not in sentence]
        # ("want to get a handover call in before we close for Christmas": why we rang, and by when, first)
        # ("want to get a handover call in before we close for Christmas": why we rang, and by when, first; a line
        # giving that day again gives way to it)
        by = (facts["closed_from"] if facts["handover_moved"] and facts["office_closed"] else facts["handover_deadline"]) \
            if facts.get("has_handover_deadline") else ""
        booking = [f"I'm calling to book a handover call with you" + (
            f" before our office closes for the holidays on {by}." if by == facts["closed_from"] else
            f" by {by}." if by else ".")] if facts["transition"] and _CALL_TO_BOOK.search(facts.get("request_text", "")) else []
        last_day_asked = last_day_asked or bool(booking and facts["has_end_date"])
        def message(kept: list[str], last_day: bool = True, close: str = closes[-1]) -> str:
            said = [sentence for sentence in (dated(kept) if last_day else kept) if not (booking and by and by in sentence)
                    and not (facts["ended"] and _HELPS_NOW.search(sentence))]
            if helps_now and helps_now in close and any("provider" in sentence for sentence in said):
                close = close.replace(f"{helps_now} ", "")   # (providers already offered: not "another IT provider" again)
            wishes = [sentence for sentence in said if _WISHES_WELL.search(sentence)]
            if wishes and close in short_closes:
                # (good wishes come last, just before goodbye: not before who can help from here)
                said, close = [sentence for sentence in said if sentence not in wishes], f"{helps_now} {' '.join(wishes)} Goodbye."
            if facts.get("to_provider") and facts["has_client"]:   # (the client named in the opening already)
                said = [re.sub(rf"^A note about {re.escape(facts['client_name'])}:\s*(\w)", lambda m: m.group(1).upper(), sentence)
                        for sentence in said]
            return " ".join([f"Hi, this is {speaker} from {facts['company']}{who}.", *booking, *said, close])
        most = facts["seconds_asked"] - 2 if facts.get("seconds_asked") else VOICEMAIL_SECONDS   # (the time asked, a little inside it)
        while count > 1 and len(message(kept).split()) / SPOKEN_WORDS_A_SECOND > most:
            # (an undated clause trailing a sentence gives way before a whole sentence does: "..., and we'll support
            # you fully up to and including that day")
            clipped = [_without_trailing_clause(sentence) for sentence in kept]
            if len(message(clipped).split()) / SPOKEN_WORDS_A_SECOND <= most:
                kept = clipped
                break
            count -= 1
            kept = first(count)
        topics = [_topic_sentence(topic, facts) for topic in facts.get("topics_asked", ())]
        if topics and all(sentence for _, sentence in topics) \
                and not all(shown.lower() in " ".join(kept).lower() for shown, _ in topics):
            # ("voicemail ...: data drive and the provider deadline", one of them given up for time): what staff said
            # it must cover, in its shortest words, when that fits
            briefly = [sentence for _, sentence in topics]
            kept = briefly if len(message(briefly).split()) / SPOKEN_WORDS_A_SECOND <= most else kept
        # (a message that already offers what is theirs doesn't close on the same offer again)
        offered = any(_THEIRS_OFFERED.search(sentence) for sentence in kept)
        thanked = any("understanding" in sentence for sentence in kept)   # (nor thanks them twice for understanding)
        text = next((said for said in (message(kept, close=close) for close in closes
                                       if not (offered and _THEIRS_OFFERED.search(close))
                                       and not (thanked and "understanding" in close))
                     if len(said.split()) / SPOKEN_WORDS_A_SECOND <= most), message(kept))
        if len(text.split()) / SPOKEN_WORDS_A_SECOND > most and not _LAST_DAY_ASKED.search(facts.get("request_text", "")):
            # (still too long for the time asked: the last day, added unasked, gives way to what was asked; but a message
            # that only asks for the provider's call says both days in one short sentence, when that fits)
            both = [f"Your support ends on {facts['end_date']}, and "
                    f"{facts['new_provider'] or 'your new provider'} should call us by {facts['handover_deadline']}."] \
                if facts["transition"] and facts["has_end_date"] and facts.get("has_handover_deadline") \
                and any(facts["handover_deadline"] in sentence for sentence in kept) else []
            text = next((said for said in (message(both, last_day=False, close=close)
                                           for close in (*closes, "Thank you, goodbye.")) if both
                         and len(said.split()) / SPOKEN_WORDS_A_SECOND <= most), message(kept, last_day=False))
        if facts["has_end_date"] and not facts["ended"] and facts["end_date"] not in text:
            # ("If no one is in place by the end, ...", its day left out for time: the day itself, said)
            day = " ".join(facts["end_date"].split()[:3])
            text = re.sub(r"\bby the end\b", f"by {day}, when our support ends", text, count=1)
        if facts["has_end_date"] and not facts["ended"] and facts["end_date"] not in text:
            # ("a week before your last day of support", its day left unsaid: the day itself, time allowing)
            with_day = re.sub(r"\byour last day of support\b", f"your last day of support on {facts['end_date']}", text, count=1)
            text = with_day if len(with_day.split()) / SPOKEN_WORDS_A_SECOND <= most else text
        deadline = facts.get("handover_deadline") or "-"
        if facts["transition"] and facts["new_provider"] and facts.get("has_handover_deadline") and deadline not in text \
                and facts.get("closed_from", "-") in text:
            # (our closure said, the new provider's day to be in touch by, which it moves, said too, time allowing)
            ask = f" Please ask {facts['new_provider']} to call us by {deadline}."
            asked = re.sub(r"(\.)( (?:You can call me back|Please call me back|Thank you))", rf"\1{ask}\2", text, count=1)
            if len(asked.split()) / SPOKEN_WORDS_A_SECOND > most + 3:
                # (the provider's day matters more than how to ring us back: that line gives way to it)
                asked = re.sub(r" You can call me back [^.]*\.", "", asked, count=1)
            text = asked if len(asked.split()) / SPOKEN_WORDS_A_SECOND <= most + 3 else text
        if facts["transition"] and facts["has_end_date"] and f"we're back on {facts['end_date']}." in text \
                and not _LAST_DAY_SAID.search(text):
            # ("... we're back on Monday 4 January 2027" alone reads as support carrying on: that day is their last)
            text = text.replace(f"we're back on {facts['end_date']}.",
                                f"we're back on {facts['end_date']}, your last day of support.", 1)
        asked_seconds = facts.get("seconds_asked") or 0
        while asked_seconds and len(text.split()) / SPOKEN_WORDS_A_SECOND > asked_seconds:
            # (over the time asked after the days were said: the undated sentences between the hello and the goodbye go,
            # a call-back line last, then a lead-in before the news: "A quick note about the holidays: our office ...")
            parts = sentences(text)
            spare = next((part for part in parts[1:-2] if not _LONG_DATE.search(part) and "?" not in part), "") \
                or next((part for part in parts[1:-1] if not _LONG_DATE.search(part) and "?" not in part), "")
            if spare:
                text = " ".join(part for part in parts if part != spare)
                continue
            shorter = re.sub(r"(?<=\. )A (?:quick )?(?:note|word|reminder) about [^:.]{1,40}: (\w)", lambda m: m.group(1).upper(), text, count=1)
            if shorter == text:
                break
            text = shorter
        if facts["transition"] and facts.get("handover_moved") and facts["office_closed"] and f"by {deadline}" in text \
                and facts["closed_from"] not in text and "closure" not in text:
            # ("by Wednesday 23 December" alone is an early day with no reason: the closure is the reason, said briefly)
            explained = text.replace(f"by {deadline}", f"by {deadline}, before our holiday closure", 1)
            text = explained if len(explained.split()) / SPOKEN_WORDS_A_SECOND <= most + 3 else text
        seconds = round(len(text.split()) / SPOKEN_WORDS_A_SECOND)
        return text, f"Voicemail script (about {seconds} seconds spoken):"
    # The thanks for an apology, a payment or an offer opens the letter as a sentence of its own (and takes the place
    # of the body's own thanks): the letter is counted as sent, and gives way to stay within the number asked.
    text = acknowledged_letter([" ".join(kept)], facts, STAFF)
    if keep and _body_sentences(text) > keep:
        text = _GRATEFUL_TOO.sub("", text)   # (a second thanks gives way before a point of the answer does)
    while keep and count > 1 and _body_sentences(text) > keep:
        count -= 1
        text = acknowledged_letter([" ".join(first(count))], facts, STAFF)
        text = _GRATEFUL_TOO.sub("", text) if _body_sentences(text) > keep else text
    count = _body_sentences(text)
    return text, f"Ready to send ({count} sentence{'s' if count > 1 else ''}):"


_TIME_OF_DAY = re.compile(r"^\W*(?:good\s+)?(morning|afternoon|evening)\b", re.I)
_HOW_ARE_YOU = re.compile(r"\bhow(?:'?s|\s+is|\s+are|\s+was)\s+(?:you|u|your\s+(?:week|day|morning|weekend)|it\s+going|things)\b|"
                          r"\bhow\s+are\s+(?:you|u|things)\b", re.I)


def _speaker(facts: dict) -> str:
    """Who says or signs the words: the name staff asked them to be signed with, else the colleague asking ("" for
    neither)."""
    return (facts.get("signed_by") or "").split("\n")[0] or facts.get("sender_name") or ""


def hello_back(text: str) -> str:
    """A colleague's hello answered in kind ("Morning! All good here, thanks for asking."), or "Hi,"."""
    said = _TIME_OF_DAY.search(text)
    hello = f"{said.group(1).capitalize()}!" if said and said.group(1).lower() == "morning" else \
        f"Good {said.group(1).lower()}!" if said else "Hi!"
    return f"{hello} All good here, thanks for asking." if _HOW_ARE_YOU.search(text) else f"{hello[:-1]},"


def _body_sentences(letter_text: str) -> int:
    """How many sentences a letter says between its greeting and its sign-off."""
    paragraphs = letter_text.split("\n\n")
    greeted = "\n" not in paragraphs[0] and paragraphs[0].rstrip().endswith(",")   # (a public reply greets nobody)
    return sum(len(sentences(paragraph)) for paragraph in paragraphs[1 if greeted else 0:-1])


# Sentences only a letter says ("thank you for your email", "please reply to this email"): said aloud they
# sound read out, so the spoken script leaves them for an opening of its own.
_WRITTEN_ONLY = re.compile(r"^(?:(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:message|email|e-mail|note|letter)\b|"
                           r"(?:please\s+)?(?:reply|respond)\s+to\s+this\s+(?:email|message)\b|we'?re\s+writing\s+to\b)", re.I)
# Kinds where the client will ask why in a conversation: the reason is said once in the spoken script.
DISTRESS_OPENING = "We're sorry this has been such a worrying time, and we'll do all we can to make the move easy for you."
NOTE_LINE_WORDS = 40   # the longest line of a team note a sentence may join, when lines are counted
# A colleague's question about the handover itself, whose dates are what make it matter
_HANDOVER_ASKED = re.compile(r"\b(?:provider|handover|hand\s+over|drive|data|it\s+company|msp|last\s+day)\b", re.I)
_DECISION_SAID = re.compile(r"\b(?:final|stands|decided|decision)\b", re.I)
_WHY_ASKED_ALOUD = ("announce_decision", "notice_wording", "explain_reason", "second_chance", "better_offer")


_DECISION_KINDS = ("second_chance", "better_offer", "come_back")
_CONTACT_ASKED = re.compile(r"\b(?:call(?:ed)?|ring|rung|rang|phone(?:d)?|contact(?:ed)?|get\s+in\s+touch|got\s+in\s+touch|reach(?:ed)?\s+out|week\s+before|heard\s+from)\b|"
                            # ("we need their new IT company's details asap": who they are, and the day to hear from them)
                            r"\b(?:company|provider|firm|msp)(?:'s|s')?\s+details\b|"
                            # ("reminding them of the handover dates + our xmas shutdown": the day to hear from them is one)
                            r"\bhandover\s+(?:dates|deadlines?)\b", re.I)
_LEANS_BACK = re.compile(r"^(?:But|However|Still|So(?!\s+that\b)|Though|Even so),?\s+|,\s*though(?=,)", re.I)
# A call the client makes ("when Globex calls asking for ...", "if they ring"), not one we make.
# ("a phone script for when she calls Acme tomorrow": our call out, to someone named, is not theirs)
_THEY_CALL = re.compile(r"\bwhen\s+(?:[A-Z]\w+|they|he|she|the\s+client)(?:\s+\w+)?\s+(?:calls?|rings?|phones?)\b"
                        r"(?!\s+(?:them|him|her|the\s+client|(?-i:[A-Z])[\w&'-]+))|"
                        r"\b(?:if|when)\s+(?:they|he|she)\s+(?:call|ring|phone)s?\b(?!\s+(?:them|him|her|(?-i:[A-Z])[\w&'-]+))|"
                        r"\binbound\s+call|"
                        # ("keeps ringing reception. script for whoever picks up")
                        r"\bkeeps?\s+(?:calling|ringing|phoning)\b|\bwhoever\s+(?:picks\s+up|answers)\b", re.I)
# A call we make ("I'm calling Acme this afternoon", "for when she calls Acme tomorrow")
_WE_CALL = re.compile(r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:going\s+to\s+)?(?:calling|ringing|phoning|call|ring|phone)\s+"
                      r"(?:them|him|her|(?-i:[A-Z])[\w&'-]+)|"
                      # ("I need to ring the bakery tomorrow")
                      r"\b(?:i|we)\s+(?:need|have|want|got)\s+to\s+(?:call|ring|phone)\s+(?:them|him|her|the\s+\w+|(?-i:[A-Z])[\w&'-]+)|"
                      # ("Phone script for ringing Hooli Bakery")
                      r"\bscript\s+for\s+(?:calling|ringing|phoning)\s+(?:them|him|her|the\s+\w+|(?-i:[A-Z])[\w&'-]+)", re.I)
# A call both sides agreed ("Acme want a call tomorrow about why", "on the call on Thursday"): opened with thanks for the time
_CALL_ARRANGED = re.compile(r"\b(?:want|wants|asked\s+for|booked|have|got|set\s+up)\s+(?:a|the)\s+call\b|\b(?:a|the)\s+call\s+"
                            r"(?:tomorrow|today|later|this\s+(?:afternoon|morning|week)|on\s+(?:mon|tues|wednes|thurs|fri)day)\b", re.I)
# A call we return ("I have to call their office manager back", "ringing him back"), not one they make.
_WE_CALL_BACK = re.compile(r"\b(?:call|ring|phone)(?:ing)?\s+(?:them|him|her|(?:their|his|her|the)\s+(?:\S+\s+){0,2}?)back\b|"
                           r"\breturn(?:ing)?\s+(?:their|his|her|the)\s+calls?\b", re.I)
# A call we make to find something out ("opening lines for a call to the dentists to see if they've found a new IT
# company yet"): who is calling, then what we want to know, asked of them.
_CALL_TO_ASK = re.compile(r"\b(?:call|ring|phone)\w*\b[^.?!]{0,60}?\b(?:to|and)\s+(see|check|ask|find\s+out|chase)\s+"
                          r"(if|whether|how|when|what|who|where|(?=they\b))\s*"
                          r"([^.?!\n]{3,120})", re.I)
_TO_YOU = ((re.compile(r"\bthey'(ve|re|ll|d)\b", re.I), r"you'\1"), (re.compile(r"\bthey\b", re.I), "you"),
           (re.compile(r"\btheir\b", re.I), "your"), (re.compile(r"\bthem\b", re.I), "you"),
           (re.compile(r"\b(?:actually|really|even)\s+", re.I), ""))   # ("check they've actually spoken to": no doubt voiced)
# Staff asking the client to name their new provider ("we still need a new provider name").
# A post asked for in lines ("3-4 lines", "a few lines"), to read as such in a chat channel.
_LINES_ASKED = re.compile(r"\b(?:\d(?:\s*-\s*\d)?|two|three|four|five|a\s+few|few)(?:\s+lines\b|-lines?\b|[\s-]?liners?\b|"
                          r"\s+line\s+(?:slack\s+|teams\s+|chat\s+|quick\s+|short\s+)?(?:reply|message|msg|post|note|answer|dm|text|email)\b)|"
                          r"\b(?:one|1|single)[\s-]line\b",
                          re.I)
# (not "When our support ends on ..., we switch nothing off": a promise about that day, not the day said as the end)
_LAST_DAY_SAID = re.compile(r"\blast\s+day\b|(?<!\bwhen\sour\s)\bsupport\s+(?:\w+\s+){0,2}(?:ends|runs|continues|carries\s+on)\b", re.I)
_WISHES_WELL = re.compile(r"\bwish\s+you\b", re.I)
# A call staff want booked ("want to get a handover call in before we close"): a voicemail says so first.
# "Voicemail ..., just asking them to call me back about the handover": a call-back asked for, and what about
_CALL_BACK_ONLY = re.compile(r"\b(?:just|only|simply)\s+(?:asking|to\s+ask|ask(?:s)?)\s+(?:them|him|her|the\s+client)\s+to\s+"
                             r"(?:call|ring|phone)\s+(?:me|us)\s+back\b(?:\s+about\s+(?P<topic>(?:the|their|our)\s+[\w\s'-]{3,30}?))?"
                             r"\s*(?=[.,;!?]|$)", re.I)
# "Priya wants them to call her back about the handover": a colleague's call-back asked for
_CALL_COLLEAGUE_BACK = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:wants|needs|would\s+like|asked\s+for)\s+(?:them|him|her|the\s+client)\s+to\s+"
                                  r"(?:call|ring|phone)\s+(?:her|him)\s+back\b(?:\s+about\s+(?P<topic>(?:the|their|our)\s+"
                                  r"[\w\s'-]{3,30}?))?\s*(?=[.,;!?]|$)")
_CALL_TO_BOOK = re.compile(r"\b(?:book|get|set\s+up|arrange|schedule|organi[sz]e|fix)\s+(?:up\s+)?(?:in\s+)?(?:a|the|our)\s+"
                           r"(?:quick\s+|short\s+)?(?:handover|hand-over|transition)\s+(?:call|meeting|chat)\b", re.I)
# "ping them by SMS about the handover deadline": the deadline is the last day's, so the text gives both
# ("re the castle tech deadline" too; "a week before cutoff": the day it is a week before)
# (and "remind them Castle Tech has to get hold of us before we shut": facts["provider_must_reach_us"], read by intents)
_DEADLINE_NAMED = re.compile(r"\bdeadline\b|\bweek\s+before\s+(?:the\s+)?cut-?off\b", re.I)
_LAST_DAY_ASKED = re.compile(r"\b(?:last|final)\s+(?:support\s+)?day\b|\b(?:end|cut-?off|finish)\s+date\b|\bwhen\s+(?:support|it|we)\s+(?:ends?|stops?)\b|"
                             r"\bsupport\s+(?:ends|stops|finishes)\s+(?:soon|on|in|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def with_correction(body: str, facts: dict) -> str:
    """A correction of what a colleague told the client by mistake: the mistake owned first, then what is right (the
    body), with the day they may have confused it with named for what it is."""
    if not facts.get("correction"):
        return body
    said = f"A correction to our earlier message: we told you {facts['correction']}, and that was our mistake. " \
           f"We're sorry for any confusion."
    deadline = re.search(r"\b(\d{1,2}) ", facts["handover_deadline"]) if facts.get("has_handover_deadline") else None
    if deadline and re.search(rf"\b{deadline.group(1)}(?:st|nd|rd|th)?\b", facts["correction"]):
        said += f" {facts['handover_deadline']} is only the day by which {facts['new_provider'] or 'your new IT provider'} " \
                f"should be in touch with us."
    body = re.sub(r"^A\s+quick\s+(?:note|reminder)\b[^.:]*[.:]\s*", "", body)   # (the correction is the news)
    return f"{said} {body[:1].upper()}{body[1:]}"


def _standalone(sentence: str) -> str:
    """A sentence without the word that tied it to the one before ("But", ", though,")."""
    stripped = _LEANS_BACK.sub("", sentence, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != sentence else sentence


def _topic_sentence(topic: str, facts: dict) -> tuple[str, str]:
    """(the words that show a script covers a topic staff asked for, a sentence that covers it), from the record;
    ("", "") when the record can't say it."""
    if topic == "last_day" and facts["has_end_date"]:
        return facts["end_date"], (f"Our support ended on {facts['end_date']}." if facts["ended"] else
                                   f"Your last day of support is {facts['end_date']}, and you're fully supported until then.")
    if topic == "contact_by" and facts.get("has_handover_deadline"):
        moved = f", {facts['before_break']}" if facts["handover_moved"] else \
            f", a week before your last day, {facts['end_date']}" if facts["has_end_date"] else ", a week before the last day"
        if not facts["new_provider"] and facts.get("provider_name_asked"):   # ("chasing the name of their new provider")
            return facts["handover_deadline"], (f"Could you let us know who your new IT provider will be, and ask them to get "
                                                f"in touch with us by {facts['handover_deadline']}{moved}?")
        ask = f"Please ask {facts['new_provider']}" if facts["new_provider"] else "Once you choose a new provider, please ask them"
        return facts["handover_deadline"], f"{ask} to get in touch with us by {facts['handover_deadline']}{moved}."
    if topic == "closure" and facts["office_closed"]:
        # (shown by the day we reopen: "before our office closes on Thursday 24 December" alone doesn't say how long)
        return facts["closed_until"], (f"Our office is closed from {facts['closed_from']} to {facts['closed_until']}; "
                                      f"we're back on {facts['reopens']}.")
    if topic == "data_drive":
        if facts["ended"]:   # (what we still hold after the end is not on record: offered only if it is there)
            return "external drive", "If we still hold it, we'll put a full copy on an external drive for you."
        straight = f", or pass it straight to {facts['new_provider']}" if facts.get("new_provider") else ""
        return "external drive", f"We can give you a full copy of your data on an external drive{straight}."
    if topic == "email_host" and not facts["ended"]:
        who = f"{facts['new_provider']} isn't ready" if facts["new_provider"] else "nobody is in place"
        by = f"by {facts['end_date']}" if facts["has_end_date"] else "by the last day"
        return "hosted", f"If {who} {by}, we'll suggest a hosted email provider, so your email keeps flowing."
    if topic == "reason" and facts["has_reason"] and not facts.get("is_template"):
        return facts["reason_label"], facts["reason_sentence"]
    if topic == "passwords" and facts["ended"] and facts.get("user_reset_named"):
        # ("they've left three messages asking us to reset a user's password"): who can do it now, not a handover
        who = facts["new_provider"] or "another IT provider"
        return "admin account", f"Whoever holds your admin account can reset a user's password, or {who} can do it for you."
    if topic == "passwords":
        return "secure channel", "Passwords and admin access will be handed over through a secure channel, never by email."
    if topic == "handover_steps" and not facts["ended"] and not facts.get("plain"):   # (its one long sentence isn't plain)
        to = f", or straight to {facts['new_provider']}" if facts["new_provider"] else ""
        by = f"Before {facts['end_date']}" if facts["has_end_date"] else "Before the last day"
        return "hand over", (f"{by} we'll hand over everything that is yours: your data on an external drive{to}, your "
                             f"passwords and admin accounts through a secure channel, your domains and licences moved into "
                             f"your own name, and your documentation; a named person on your side then signs the handover off.")
    if topic == "sign_off" and facts["has_client"]:
        if re.search(r"\b(?:name|who)\b[^.?!]{0,40}\bsign", facts.get("request_text", ""), re.I):
            # ("we need the name of the person who'll sign off the handover": asked for, not only announced)
            return "sign", (f"Could you let us know the name of the person at {facts['client_name']} who will sign off the "
                            f"handover once everything is handed over?")
        return "sign", (f"Once everything is handed over, we'll ask a named person at {facts['client_name']} to sign off "
                        f"the handover, with the date.")
    if topic == "our_access":
        return "our own access", ("Our own access to your systems (technician accounts, remote tools and monitoring agents) "
                                  "is being removed, and we'll confirm in writing once it's done." if facts["ended"] else
                                  "Once your team holds admin control after the last day, we'll remove our own access to "
                                  "your systems and confirm it in writing.")
    if topic == "final_invoice":
        # (any word of the invoice covers it: "I'll check the invoice against our last day" answers a charge queried)
        return "invoice", (f"We'll send the final invoice, for support up to {facts['end_date']}." if facts["has_end_date"]
                                 else "We'll send the final invoice for support up to the last day.")
    return "", ""


def _covers_topics(facts: dict) -> bool:
    """Topics are added to a letter or chat message to the client, with no limit on its length asked (or one with room
    for a sentence more: "under 60 words" still has room for what staff said it must cover)."""
    unit, most = facts.get("length_limit") or ("", 0)
    return bool(facts.get("topics_asked")) and facts.get("script_format", ("", 0))[0] in ("", "chat", "voicemail", "sms", "spoken", "points") \
        and (not most or unit == "words" and most >= 50) and not facts.get("to_provider") \
        and not facts.get("public_reply") and facts.get("situation") != "internal"


def with_topics_asked(body: str, facts: dict) -> str:
    """The body with a sentence for each topic staff said it should cover and it doesn't yet (the last day, the
    date to be in touch by, the office closure, ...), before its closing line; unchanged unless _covers_topics."""
    if not _covers_topics(facts):
        return body
    missing = [sentence for shown, sentence in (_topic_sentence(topic, facts) for topic in facts.get("topics_asked", ()))
               if sentence and shown.lower() not in body.lower() and sentence not in body]   # (nor said word for word)
    if not missing:
        return body
    said = sentences(body)
    closing = said[-1] if said and _CLOSING.match(said[-1]) else ""
    kept = said[:-1] if closing else said
    # (with a length asked, what staff said it must cover goes right after the opening, where a trim keeps it)
    at = 1 if (facts.get("length_limit") or ("", 0))[1] else len(kept)
    return " ".join(kept[:at] + missing + kept[at:] + ([closing] if closing else []))


_THEIRS_OFFERED = re.compile(r"\b(?:anything|everything)\s+(?:of\s+yours|that\s+is\s+yours)\b|\bmissing\s+anything\b|"
                             r"\bof\s+yours\s+is\s+still\s+missing\b", re.I)
# Where one sentence joins two that stand alone: ", but our support ended ...", "; we'll ..."
_CLAUSE_JOIN = re.compile(r",\s+(?:but|and|so)\s+(?=(?:we|our|if|you|your)\b)|;\s+(?=(?:we|our|if|you|your)\b)")
_THANKS_OPENING = re.compile(r"^(?:thank|thanks|many\s+thanks|we\s+appreciate)\b", re.I)
_CLOSING = re.compile(r"^(?:thank\s+you|thanks|we\s+wish|best\s+wishes|if\s+(?:you\s+have|there\s+are)\s+any\s+questions|"
                      r"we\s+appreciate\s+your\s+understanding)", re.I)


def _short_day(long: str) -> str:
    """"Thursday 24 December 2026" -> "Thu 24 Dec": a day that fits in a text message."""
    words = long.split()
    return f"{words[0][:3]} {words[1]} {words[2][:3]}" if len(words) >= 3 else long


def _where_it_stands(facts: dict) -> str:
    """One sentence on where things stand: in notice, the date to be in touch by; once ended, the end and who
    looks after them now. Written to the new provider itself, who to ask on our side, or the date asked of them."""
    if facts.get("to_provider"):
        if facts["transition"] and facts.get("has_handover_deadline"):
            return f"Please get in touch with us by {facts['handover_deadline']}, so you have everything you need in good time."
        return (f"{facts['account_owner']} is the person to contact here about anything still to settle for "
                f"{facts['client_name']}." if facts["has_owner"] else "")
    if facts["ended"] and facts["has_end_date"]:
        contact = f" ({facts['new_provider_contact']})" if facts["new_provider_contact"] else ""
        now = f", and {facts['new_provider']}{contact} looks after your IT now" if facts["new_provider"] else ""
        return f"Our support ended on {facts['end_date']}{now}."
    return _handover_ask(facts)


def _handover_ask(facts: dict) -> str:
    """The ask that makes the handover happen in time, for a client in notice; "" when there is no date for it."""
    if not (facts["transition"] and facts.get("has_handover_deadline")):
        return ""
    if facts.get("to_provider"):   # (said to the new provider, on the call they made: not "ask them to get in touch")
        return (f"We'd like to go through the handover with you by {facts['handover_deadline']}, so you have everything "
                f"you need in good time.")
    if not facts["new_provider"]:   # (none chosen yet: none presumed)
        return (f"Once you've chosen a new provider, please ask them to get in touch with us by "
                f"{facts['handover_deadline']}, so they have everything they need in good time.")
    return (f"What would help most now is for {facts['new_provider']} to get in touch with us by "
            f"{facts['handover_deadline']}, so they have everything they need in good time.")


PLAIN_MOST_WORDS = 22   # a sentence longer than this is hard going in a second language
_JARGON = re.compile(r"\b(?:vault|dns|credentials?|delegated|encryption|tenant|hosted|registrar|licen[cs]es?|admin|"
                     r"documentation|recovery\s+details)\b", re.I)


# Idioms and IT words a reader with little English trips on, and plainer words for them.
_PLAIN_SWAPS = (
    (r" ?That way we can arrange a handover call in good time\.", ""),   # (after the closure, "that way" reads as the closure's)
    (r"our team's capacity: we can't give you the level of support you need", "our team has too much work: we can't give you all the help you need"),
    (r"our team's capacity", "our team has too much work"),
    (r"\bnobody is on hand\b", "nobody is at work"), (r"\bon hand\b", "here"),
    (r"\bget in touch with us\b", "contact us"), (r"\bget in touch\b", "contact us"), (r"\bin good time\b", "early"),
    (r"\b(?:is|are) taking over(?: from us)?\b", "will look after your IT"), (r"\bwhich is why we ask for that day\b", "so we ask for this date"),
    (r"\bcome across that way\b", "felt like that"), (r"\bAn early conversation leaves time for questions while we're still supporting "
                                                        r"you\.", "Then there is time for questions."), (r"\bthe move (?:is|goes) smooth(?:ly)?\b", "the move is easy"),
    (r"\bWe'd rather tell you honestly than give you a vague answer\b", "We want to be honest with you"),
    (r"\bthrough a secure channel\b", "in a safe way"), (r"\bhandover call\b", "call about the move"),
    (r"\bthe handover\b", "the move"), (r"\bhandover\b", "move"), (r"\ban early conversation\b", "an early call"),
)
# ... and, in a reply to a client writing in a second language, the long sentences with a colon made two short ones
_PLAIN_LETTER_SWAPS = (
    (r"\bwe switch nothing of yours off: the only thing we remove is our own access, once you have everything you need\.",
     "we do not switch anything of yours off. We only remove our own access, after you have everything."),
    (r"\bBetter still, you needn't wait for a new provider: set up a hosted email service in your own name\b",
     "You can also set up your own email service now, in your own name"),
    (r"\ba hosted email (?:service|provider)\b", "an email service"), (r"\bhosted email (?:service|provider)\b", "email service"),
)


def simpler_words(text: str, swaps: tuple[tuple[str, str], ...] = _PLAIN_SWAPS) -> str:
    """The same words with idioms and IT terms swapped for plain ones ("get in touch" -> "contact us")."""
    for pattern, plain in swaps:
        text = re.sub(pattern, lambda found: plain[:1].upper() + plain[1:] if found.group(0)[:1].isupper() else plain, text)
    return text


def shorter_sentences(text: str) -> str:
    """A clause after a semicolon made a sentence of its own ("... on that day; after it we ..."): easier in a second
    language."""
    return re.sub(r"(?<=[a-z0-9)]); ([a-z])", lambda found: f". {found.group(1).upper()}", text)


def plain_words(body: str, facts: dict) -> str:
    """The sentences a reader with little English or no IT can follow: short ones without IT words, and every
    sentence that carries a date they need, whatever its words (the script stays whole if too little is left)."""
    said = sentences(simpler_words(body))
    dates = [facts[key] for key in ("end_date", "handover_deadline", "closed_from") if facts.get(key)]
    kept = []
    for sentence in said:
        if len(sentence.split()) <= PLAIN_MOST_WORDS and not _JARGON.search(sentence):
            kept.append(sentence)
        elif any(day in sentence for day in dates) or "external drive" in sentence:
            # a long sentence carrying a date they need: the date said again in a short sentence of its own
            kept += [plain for plain in _plain_dates(sentence, facts) if plain not in kept]
    return " ".join(kept) if len(kept) >= 2 else body


def _plain_dates(sentence: str, facts: dict) -> list[str]:
    """What a long sentence says that the reader needs, in short plain sentences: each date it carries ("Our support ends
    on Monday 21 December 2026."), and the data on a drive if nobody is ready."""
    plain = []
    if "hosted email service" in sentence and not facts["ended"]:
        # ("set up a hosted email service in your own name before ...": the email moved first, said plainly)
        by = f" before {facts['end_date']}" if facts.get("end_date") else ""
        return ["You don't need to wait for a new IT company for your email.",
                "You can move it now to an email service in your own name, such as Microsoft 365 or Google Workspace.",
                f"We will help you move it{by}."]
    if facts.get("end_date") and facts["end_date"] in sentence:
        plain.append(f"Our support ended on {facts['end_date']}." if facts["ended"] else
                     f"Our support ends on {facts['end_date']}.")
        if facts["ended"] and re.search(r"\b(?:no\s+longer|not)\s+able\b|\bcan't\b", sentence):
            # ("..., so we're no longer able to take on support work; an IT provider of your choice is best placed
            # to help now": the no, and who helps, kept in words as plain)
            plain.append("We can't help with new requests now.")
            if "best placed to help" in sentence:
                plain.append("A new IT company can help you.")
    if facts.get("handover_deadline") and facts["handover_deadline"] in sentence:
        who = facts["new_provider"] or "your new IT company"
        if "contact details" in sentence:   # ("Could you share Castle Tech's contact details with us, and ...": asked too)
            plain.append(f"Please send us {who}'s contact details.")
        plain.append(f"Please ask {who} to contact us by {facts['handover_deadline']}.")
    if facts.get("closed_from") and facts["closed_from"] in sentence:
        plain.append(f"Our office is closed from {facts['closed_from']} to {facts['closed_until']}.")
    if "external drive" in sentence and not facts["ended"]:
        plain.append("If nobody is ready by your last day, we give you your data on a drive. We can also suggest an "
                     "email service, so your email keeps working.")
    return plain


def _reason_said(said: list[str], facts: dict) -> list[str]:
    """The sentences with the reason on record said right after the decision, where "why?" comes up (unless
    it is said already, or there is none)."""
    text = " ".join(said)
    if not facts["has_reason"] or facts["reason_label"] in text or facts["reason_sentence"] in text \
            or facts.get("is_template"):
        return said
    said = list(said)
    decided = next((i for i, sentence in enumerate(said) if _DECISION_SAID.search(sentence)), 0)
    said.insert(decided + 1, facts["reason_sentence"])
    if decided + 2 < len(said):   # "until then" no longer follows the date it meant
        said[decided + 2] = re.sub(r"^Until then\b", "Until the last day", said[decided + 2])
    return said


# "what to say and what not to", "dos and don'ts": the don'ts, the same for any client in notice or ended.
_NOT_TO_SAY = re.compile(r"\bwhat\s+not\s+to\b|\bdo'?s\s+and\s+don'?ts\b|\bdon'?ts\b|\bwhat\s+to\s+avoid\b|"
                         r"\bwhat\s+(?:i|we)\s+(?:shouldn'?t|should\s+not|mustn'?t)\s+say\b", re.I)
_DONT_SAY = ("Anything that reopens the decision (\"let me see what I can do\", \"maybe we can work something out\").",
             "Blame, sarcasm or a raised voice back, however they put it.",
             "Promises of extra time, discounts or exceptions.",
             "Threats to switch anything off, or anything owed used as leverage.",
             "Details that aren't on record (amounts, names, other clients).")


# "a Teams post ... explaining we're parting ways with Hooli Bakery and why": the reason is asked for
_WHY_IN_REQUEST = re.compile(r"\b(?:and|explain\w*|say\w*|tell\w*)\s+(?:them\s+|everyone\s+|the\s+team\s+)?why\b|"
                             r"\b(?:the|our)\s+reason\b", re.I)


def _first_to_go(said: list[str], why_asked: bool = False) -> int:
    """The sentence of a team note to leave out first when it must be shorter: the reason, then the last sentence that
    neither carries a date nor asks the colleague something. With why_asked ("... we're parting ways and why"), the
    reason is what the note is for: it stays, and the others give way."""
    kept_longest = [i for i in dated_first(said) if not said[i].endswith("?")] or dated_first(said)
    if why_asked:
        reason = _reason_line(said, -1)
        return next((i for i in reversed(kept_longest) if i != reason), kept_longest[-1])
    return _reason_line(said, kept_longest[-1])


def _reason_line(said: list[str], otherwise: int) -> int:
    """Where a team note gives the reason (the first of its sentences to give way when it must be shorter: the news,
    the dates and what to do matter more to the team), else `otherwise`."""
    # ("Doing it early would be spite, and a legal risk for us." argues the point the note has already made)
    return next((i for i, sentence in enumerate(said) if "reason on record" in sentence
                 or sentence.startswith(("It comes down to", "Doing it early", "Why we're ending it", "Why we ended it"))),
                otherwise)


# ", and we'll support you fully up to and including that day.": a clause a sentence can end without
_TRAILING_CLAUSE = re.compile(r",\s+(?:and|so)\s+[^,;:]+[.!]$")


def _without_trailing_clause(sentence: str) -> str:
    """The sentence without its closing ", and ..." clause, when that clause carries no date and something is left."""
    found = _TRAILING_CLAUSE.search(sentence)
    if not found or _LONG_DATE.search(found.group(0)) or len(sentence[:found.start()].split()) < 5:
        return sentence
    return sentence[:found.start()] + "."


def dated_first(said: list[str]) -> list[int]:
    """The order in which a script's sentences are kept when it must be shorter: the opening, then the sentences
    carrying a date (the point of most reminders), then the rest, each group in the script's own order."""
    return [0, *sorted(range(1, len(said)), key=lambda i: (not _LONG_DATE.search(said[i]), i))] if said else []


def spoken(kept: list[str], facts: dict, most: int = 0) -> str:
    """Words to say on a call or in a meeting: no greeting or signature, no letter-only sentences; in a talk
    about the ending itself the reason on record is said once, and in notice the handover ask is made. With a
    number of sentences asked for (`most`), the decision and its reason come first and the rest give way."""
    if most == 1 and facts.get("intent") in _DECISION_KINDS and facts["has_end_date"]:
        # ("ONE sentence I can say if acme asks for another chance"): the no, its day and what comes next, in one
        return f"We appreciate you asking, but our decision is final: your last day of support stays {facts['end_date']}, " \
            "and we'll make the handover as smooth as we can." if facts["transition"] else \
            f"We appreciate you asking, but our support ended on {facts['end_date']} and the decision is final; we wish you " \
            "every success."
    said = [sentence for sentence in kept if not _WRITTEN_ONLY.match(sentence)]
    they_call = bool(_THEY_CALL.search(facts.get("request_text", "")))
    if they_call and said and said[0] == "Thank you for getting in touch.":
        said[0] = "Thanks for calling."   # ("keeps phoning asking us to reset a password": their call, thanked as one)
    # (an address is said, not bracketed: "BrightPath IT, at help@brightpath.example, is best placed to help now")
    said = [re.sub(r" \(([^()\s@]+@[^()\s]+)\)", r", at \1,", sentence) for sentence in said]
    if len(said) < len(kept) or not said \
            or they_call and not said[0].startswith("Thank") and not _WE_CALL_BACK.search(facts["request_text"]):
        # (a call they made, "what to say when Globex calls", is thanked as theirs)
        said.insert(0, "Thanks for calling." if they_call else "Thanks for making the time to talk.")
    speaker = _speaker(facts) or "[your name]"
    purpose = _CALL_TO_ASK.search(facts.get("request_text", ""))
    if facts.get("returns_a_call") and not _WE_CALL_BACK.search(facts.get("request_text", "")):
        # ("left me a VM ... give me a callback script": our call back, not a talk they made time for)
        said = [sentence for sentence in said if not sentence.startswith("Thanks for making the time")] or said
    if (_WE_CALL_BACK.search(facts.get("request_text", "")) or facts.get("returns_a_call")) and not said[0].startswith("Thanks"):
        # a call we return opens by saying who is calling, and why
        calls = "calls" if re.search(r"\b(?:calls|keeps?\s+(?:calling|ringing|phoning)|rang\s+(?:again|twice|\w+\s+times))\b",
                                     facts.get("request_text", ""), re.I) else "call"
        thanks = "" if said[0].startswith("Thank") else " Thank you for your message."   # (thanked once: "Thank you for thinking of us")
        # ("returning your call" thanks them for it already: "Thank you for your call earlier." would say it twice)
        said = [sentence for sentence in said if sentence != "Thank you for your call earlier."] or said
        said.insert(0, f"Hi, it's {speaker} from {facts['company']}, returning your {calls}.{thanks}")
    elif purpose and not _THEY_CALL.search(facts["request_text"]):
        # a call we make opens with who is calling and what we'd like to know, then the rest
        asked = purpose.group(3).strip().rstrip(",;:")
        for pattern, said_to_them in _TO_YOU:
            asked = pattern.sub(said_to_them, asked)
        verb = {"check": "check", "ask": "ask", "find out": "find out"}.get(purpose.group(1).lower(), "see")
        said = [sentence for sentence in said if not sentence.startswith("Thanks for making the time")]
        said[:0] = [f"Hi, this is {speaker} from {facts['company']}.",
                    f"I'm calling to {verb} {purpose.group(2).lower() or 'whether'} {asked}."]
        if not re.match(r"(?:thank|thanks|all\s+the\s+best|goodbye)\b", said[-1], re.I):
            said.append("Thanks for your time.")   # (a call we make closes kindly, not on the last fact)
    if facts.get("acknowledge"):
        # ("rang me in tears, said sorry ... offered to pay six months up front": the apology and the offer thanked on the
        # call too, after its opening thanks)
        owned = _tidy(render_file("situations/acknowledge.j2", **{**facts, "offer_answered": facts.get("intent") == "better_offer"}))
        if owned and owned not in said:
            at = next((i + 1 for i, sentence in enumerate(said[:2]) if sentence.startswith("Thank")), 1 if len(said) > 1 else 0)
            said.insert(at, owned)
    text = " ".join(said)
    if facts.get("intent") in _WHY_ASKED_ALOUD and facts.get("situation") not in OWN_SCRIPT:
        said = _reason_said(said, facts)   # (not in a call about something else: "make sure they know we're shut")
        reason = facts.get("reason_sentence") or ""
        if reason in said and facts.get("why_is_the_call"):
            # ("I'm calling Acme to tell them straight why we're ending it"): the reason is the call's point, said
            # right after the decision, not last
            said.remove(reason)
            decided = next((i for i, sentence in enumerate(said) if _DECISION_SAID.search(sentence)), 0)
            said.insert(decided + 1, reason)
    ask = _handover_ask(facts)
    if ask and facts["handover_deadline"] not in text:
        said.append(ask)
    if most and len(said) > most:
        first = [i for i, sentence in enumerate(said) if _DECISION_SAID.search(sentence)
                 or sentence == facts.get("reason_sentence")]
        said = [said[i] for i in sorted((first + [i for i in range(len(said)) if i not in first])[:most])]
    reason = facts.get("reason_sentence") or ""
    if _IF_THEY_ASK_WHY.search(facts.get("request_text", "")) and reason in said and len(said) > 1 \
            and not _ONLY_WHY.search(facts.get("request_text", "")):
        # "a phone script, including what to say if they ask why": the call first, the reason kept for the question
        # (and the lines leading into the reason go with it: "We'd like to be clear about why ...")
        said = [sentence for sentence in said if sentence != reason and not _WHY_LEAD_IN.search(sentence)] or said
        if not said[0].startswith(("Hi", "Thanks")):
            about = "the handover" + (f" to {facts['new_provider']}" if facts["new_provider"] else "") \
                if facts["transition"] and re.search(r"\bhandover\b", facts.get("request_text", ""), re.I) else "the end of our support"
            caller = speaker if speaker.startswith("[") else speaker.split(" ")[0]   # ("[your name]", whole)
            said.insert(0, f"Hi, it's {caller} from {facts['company']}, calling about {about}.")
        said.append(f"If they ask why: {reason[:1].lower()}{reason[1:]}")
    if not most and facts.get("intent") in ("explain_reason", "late_payment", "scope_creep") \
            and _CALL_ARRANGED.search(facts.get("request_text", "")) and not _WE_CALL.search(facts["request_text"]) \
            and not _THEY_CALL.search(facts["request_text"]) and not said[0].startswith(("Hi", "Thanks")):
        said.insert(0, "Thanks for making the time to talk.")   # ("Acme want a call tomorrow about why"): a call both agreed
        if facts["transition"] and not facts["new_provider"] and not any(_PROVIDERS_OFFERED.search(sentence) for sentence in said):
            said.append("If it would help, we're happy to suggest a few IT providers who work with organisations like yours.")
    if _WE_CALL.search(facts.get("request_text", "")) and not _THEY_CALL.search(facts["request_text"]) \
            and not said[0].startswith(("Hi", "Thanks for calling")):
        # ("I'm calling Acme this afternoon. Give me a short phone script"): our call opens with who is calling
        said = [sentence for sentence in said if not sentence.startswith("Thanks for making the time")] or said
        caller = speaker if speaker.startswith("[") else speaker.split(" ")[0]
        said.insert(0, f"Hi, it's {caller} from {facts['company']}.")
    unit, words = facts.get("length_limit") or ("", 0)
    way_out = "If the shouting starts again: \"I want to help, but I can't carry on like this; let's pick it up by email.\""
    if facts.get("intent") == "angry_client" and facts.get("shouting") and not most \
            and not (unit == "words" and len(" ".join([*said, way_out]).split()) > words):
        said.append(way_out)   # ("called screaming at our receptionist. i need to call him back"): a polite way to end it
    elif facts.get("upset_words_asked") and not most:
        # ("a phone script, including what to say if they get upset", "They'll push back."): the calm line for it
        said.append("If they get upset or push back: \"I understand this is hard to hear, and I'm sorry; the decision is "
                    "final, but we'll make the handover as easy for you as we can.\"")
    seconds = facts.get("seconds_asked") or 0
    while seconds and len(said) > 1 and len(" ".join(said).split()) / SPOKEN_WORDS_A_SECOND > seconds:
        # ("a 20-second phone script"): the undated sentences go first, from the end; the opening stays
        del said[dated_first(said)[-1]]
    # (a day brought forward for our closure says why on the call too, unless the sentences asked for are counted)
    return " ".join(said) if most or seconds else with_closure_said(" ".join(said), facts)


# "including what to say if they ask why", "in case she asks why"
# Sentences that only lead into the reason ("We'd like to be clear about why we've made this decision."): kept with it
_WHY_LEAD_IN = re.compile(r"\bclear\s+about\s+why\b|\brather\s+tell\s+you\s+honestly\b", re.I)
_IF_THEY_ASK_WHY = re.compile(r"\b(?:if|in\s+case|when)\s+(?:they|he|she|the\s+client|\w+)\s+asks?\s+(?:us\s+|me\s+)?why\b|"
                              # ("They'll probably ask why.")
                              # (a maybe, not "they'll ask why, so I need that bit to be honest" or "ask why we're ending",
                              # where the reason is the call's point)
                              r"\b(?:they|he|she)(?:(?:'ll|\s+will)\s+(?:probably|likely|possibly)|\s+might|\s+may)\s+"
                              r"ask\s+(?:us\s+|me\s+)?why\b(?!\s+(?:we|you|i|it|this|they))", re.I)


# ("what to say to the Hooli owner on the phone if she asks why we're ending it"): the reason is the whole of it
# (asked for first, not "a short phone script, including what to say if they ask why")
_ONLY_WHY = re.compile(r"^\W*(?:(?:write|give|tell)\s+me\s+|(?:can|could)\s+you\s+(?:write|give)\s+me\s+)?what\s+(?:to|i\s+should|do\s+i)\s+"
                       r"say\b[^.?!]{0,60}\b(?:if|when)\s+(?:she|he|they|\w+)\s+asks?\s+why\b", re.I)


def practical(facts: dict) -> str:
    """The practical answers the staff question asked for (facts["practical"]), one paragraph each."""
    template = _env.get_template(PRACTICAL)
    answers = []
    for name in facts.get("practical", ()):
        if name == "checklist" and not facts.get("checklist_in_note"):
            answers.append(facts.get("checklist_text", ""))   # laid out as `offboard checklist` does
        elif name in template.blocks:
            answers.append(render_block(template, name, facts))
    return "\n\n".join(filter(None, answers))


def client_body(intent: str, facts: dict, seed: str = "") -> str:
    template = template_for(CLIENT, intent)
    if template is None:
        return ""
    situation = facts.get("part_situations", {}).get(intent, facts.get("situation"))
    names = variant_names(template, f"{situation}_") if situation else []
    return render_block(template, _pick(names or variant_names(template, "reply_"), seed), facts)


_EMAIL_KEPT = re.compile(r"\b(?:e-?mail|mail)\b[^.]{0,80}\b(?:keeps?\s+(?:working|flowing)|won'?t\s+(?:stop|be\s+lost)|"
                         r"nothing\s+stops)\b", re.I)


_SECURE_CHANNEL = re.compile(r"\bthrough\s+a\s+secure\s+channel\b")
# A sentence only about how passwords travel ("Passwords and encryption keys will go through a secure channel, ...")
_HOW_PASSWORDS_TRAVEL = re.compile(r"^(?:Any\s+)?(?:Passwords|Logins|Credentials)\b[^.]*\bsecure\s+channel\b")


def _without_sentences(body: str, pattern: re.Pattern) -> str:
    """The body without the sentences the pattern finds, paragraph by paragraph."""
    return "\n\n".join(" ".join(sentence for sentence in sentences(paragraph) if not pattern.search(sentence))
                         for paragraph in body.split("\n\n"))


_NOTHING_SWITCHED_OFF = re.compile(r"When our support ends\b[^.]*, we switch nothing of yours off\b")


def render_client(intents: list[str] | str, facts: dict, seed: str = "") -> Rendered | None:
    """The client-facing message for one or more intents (one part each), or None when any has no wording."""
    intents = [intents] if isinstance(intents, str) else list(intents)
    if "support_request" in intents and facts.get("angry_fault"):
        # ("our till keeps dropping off the wifi again, and also are u guys open over christmas??"): the fault is the
        # help desk part's to answer, not said again by the closure's
        facts = {**facts, "angry_fault": False}
    bodies = [client_body(intent, facts, seed) for intent in intents]
    if not bodies or not all(bodies):
        return None
    if facts.get("email_feared") and not facts["ended"] and not _EMAIL_KEPT.search(" ".join(bodies)):
        # "do we lose email??" answered first, whatever else the wording is about
        said = sentences(bodies[0])
        thanks = 1 if said and said[0].startswith("Thank") else 0
        answer = {"keep": "Yes, you keep your email", "working": "Yes, your email keeps working",
                  "what": "You won't lose your email",
                  "running": "Your email itself keeps running after our support ends, though we won't be the ones "
                             "looking after it"}.get(
            facts.get("email_asked_as"), "No, you won't lose your email")
        # (and "who pays the licences from january?" beside it: they do, directly, once the licences are theirs)
        after = ("in your own name and on your own payment method, so from then on you pay for the licences directly, "
                 "not through us") if facts.get("about_licences") else "in your own name, so it doesn't depend on us afterwards"
        # (a body that already moves the licences into their name needs only the answer before it)
        prefix = f"{answer}." if facts.get("about_licences") and "into your own name" in bodies[0] else \
            f"{answer}: before our support ends we'll make sure the accounts and any licences it depends on are {after}."
        bodies[0] = " ".join([*said[:thanks], prefix, *said[thanks:]])
        # (the email answered first says it is kept: "we switch nothing of yours off" after it only says it again)
        bodies = [_without_sentences(body, _NOTHING_SWITCHED_OFF) for body in bodies]
    # ("all our files ... And what's the admin password?": the passwords' part says how they travel; the data's
    # part doesn't say it first)
    bodies = [_without_sentences(body, _HOW_PASSWORDS_TRAVEL) if any(_SECURE_CHANNEL.search(later) for later in bodies[number + 1:])
              else body for number, body in enumerate(bodies)]
    if facts.get("pay_refused") and not any(_INVOICE_SPOKEN.search(body) for body in bodies):
        bodies[-1] = with_invoice_still_due(bodies[-1], facts)
    if facts.get("cost_asked"):
        bodies[-1] = with_cost_answered(bodies[-1])
    if facts.get("end_date", "-") in bodies[-1] and not any(facts.get("closed_until", "-") in body for body in bodies):
        bodies[-1] = with_closure_noted(bodies[-1], facts)
    if not any(_PROVIDERS_OFFERED.search(body) for body in bodies):
        bodies[-1] = with_provider_offer(bodies[-1], facts)
    bodies = _wishes_last(bodies)
    if facts.get("plain"):
        # (written in a second language: plain words back)
        bodies = [shorter_sentences(simpler_words(simpler_words(body), _PLAIN_LETTER_SWAPS)) for body in bodies]
    return Rendered(acknowledged_letter(bodies, facts, CLIENT, intents))


# A sentence that only wishes them well ("We wish you well with the search."): a goodbye, so it closes the letter
_WISH = re.compile(r"^(?:We\s+wish|We\s+hope|All\s+the\s+best|Good\s+luck|Best\s+of\s+luck)\b[^.!?]*[.!]$")


def _wishes_last(bodies: list[str]) -> list[str]:
    """The parts of a letter with any good wishes said in an earlier part moved to the end of the last: a wish said
    before the next answer reads as two letters stitched together."""
    wishes, kept = [], []
    for body in bodies[:-1]:
        paragraphs = []
        for paragraph in body.split("\n\n"):
            said = sentences(paragraph)
            rest = [sentence for sentence in said if not _WISH.match(sentence)]
            if rest:
                wishes += [sentence for sentence in said if _WISH.match(sentence) and sentence not in wishes]
                paragraphs.append(" ".join(rest))
            else:
                paragraphs.append(paragraph)
        kept.append("\n\n".join(paragraphs))
    if not wishes:
        return bodies
    last = bodies[-1]
    return [*kept, f"{last} {' '.join(wish for wish in wishes if wish not in last)}".rstrip()]


# An offer to help find a provider, however worded ("suggest a few IT providers", "recommend someone")
_PROVIDERS_OFFERED = re.compile(r"\b(?:suggest|recommend)\w*\s+(?:a\s+few|some|someone)\b|"
                                r"\b(?:suggest|recommend|point\s+you\s+to)\w*\s+(?:one|an?\s+)?"
                                r"(?:\s*(?:it|other|good|local|reliable)\s+)*(?:providers?|firms?|companies|someone|people)\b|"
                                r"\bhelp\s+(?:you\s+)?find\s+(?:a|the\s+right|one|someone)\b", re.I)
# A body that speaks of their next provider or of who helps them now: where the offer belongs
_NEXT_PROVIDER_SPOKEN = re.compile(r"\b(?:new|next|another)\s+(?:it\s+)?(?:provider|company|firm)|\bprovider\s+of\s+your\s+choice\b|"
                                   r"\bchoose\s+(?:a|one)\b|\bhand\s*over\b|\bhandover\b|\bexternal\s+drive\b", re.I)


def with_room_notes(body: str, facts: dict, shapes: tuple[str, ...]) -> str:
    """The closure in between and the offer of provider names, added to a letter or chat message in one of `shapes`
    whose length asked (if any) leaves room for them: a text or a 50-word note keeps to what was asked."""
    unit, most = facts.get("length_limit") or ("", 0)
    shape = facts.get("script_format", ("", 0))[0]
    # ("a short email ..., under 120 words": the words asked leave room, whatever "short" reads as)
    noted = with_provider_offer(with_closure_noted(body, facts), facts)
    if shape in shapes and not most:
        return noted
    # (and under fewer words, "under 100 words, kind but it's a no", where they still leave room)
    if unit == "words" and most and shape in (*shapes, "short") \
            and (most >= 100 or len(noted.split()) + _LETTER_FRAME_WORDS <= most):
        return noted
    return body


_LETTER_FRAME_WORDS = 12   # a greeting and a signature, about


_INVOICE_SPOKEN = re.compile(r"\b(?:invoices?|bills?)\b", re.I)


def with_invoice_still_due(body: str, facts: dict) -> str:
    """A client refusing to pay ("you can forget about the last invoice") is told calmly, once, that it stays due:
    no amount (none is on record) and no threat back."""
    said = sentences(body)
    closing = said[-1] if said and _CLOSING.match(said[-1]) else ""
    kept = said[:-1] if closing else said
    day = "that day" if facts.get("end_date", "-") in body else facts.get("end_date")   # (the date said once is enough)
    due = (f"The final invoice, for our support up to {day}, stays due as normal." if facts.get("has_end_date")
           else "Invoices for the support we've given stay due as normal.")
    return " ".join([*kept, due, *([closing] if closing else [])])


def with_cost_answered(body: str) -> str:
    """A body to a client who asked what handing over theirs costs says who confirms it, before any closing line: no
    fee is on record, so none is quoted or promised away."""
    said = sentences(body)
    closing = said[-1] if said and _CLOSING.match(said[-1]) else ""
    kept = said[:-1] if closing else said
    cost = "As for cost, we'll confirm before we start whether your agreement carries any charge for this; either way, " \
           "nothing of yours is held back."
    return " ".join([*kept, cost, *([closing] if closing else [])])


def with_provider_offer(body: str, facts: dict) -> str:
    """A body to a client with no new provider on record that speaks of their next one, the handover or their data
    offers to suggest a few providers ("we still haven't picked anyone"), unless it does already."""
    if facts.get("new_provider") or not facts.get("has_client") or facts.get("to_provider") or facts.get("from_provider") \
            or facts.get("provider_in_view") or facts.get("provider_said") or facts.get("fix_thanked") \
            or facts.get("phase") == "active" or facts.get("contact_about") == "for_provider" \
            or facts.get("is_template") or "email_provider" in facts.get("practical", ()) \
            or facts.get("situation") in ("provider_late", "claim_denied", "final_invoice") or facts.get("intent") == "data_export" \
            or _PROVIDERS_OFFERED.search(body) or not _NEXT_PROVIDER_SPOKEN.search(body):
        # (asked only for an email provider, "we may manage without an IT company": not pressed on them; a provider
        # who starts too late is one chosen already; an email about an invoice keeps to the invoice, and words about
        # their data to the data)
        return body
    said = sentences(body)
    closing = said[-1] if said and _CLOSING.match(said[-1]) else ""
    kept = said[:-1] if closing else said
    offer = "If it would help, we're happy to suggest a few IT providers who work with organisations like yours."
    return " ".join([*kept, offer, *([closing] if closing else [])])


_SUPPORTED_UNTIL = re.compile(r"\b(?:until|till|up\s+to|through|including)\b", re.I)


def with_closure_noted(body: str, facts: dict) -> str:
    """A body promising support until a last day that falls after our office closes says that we're closed in between
    ("support carries on as normal until Monday 4 January 2027" reads as cover over Christmas otherwise); unchanged
    when it says so already, or promises nothing through the closure."""
    if not (facts.get("transition") and facts.get("closed_in_support") and facts.get("has_end_date")) \
            or facts.get("to_provider") or facts.get("closure_left_out") or facts.get("closed_until", "-") in body \
            or facts.get("situation") == "last_day_note" \
            or facts.get("handover_moved") and facts.get("handover_deadline", "-") in body and facts["closed_from"] not in body:
        # (a note sent on the last day itself comes after the closure; the closure said in full already; "before our
        # office closes on ..." alone says only when it starts; a date
        # brought forward for the closure says so after it: with_closure_said)
        return body
    said = sentences(body)
    # ("... the last day of support stays Monday 4 January 2027. Until then you'll have our full support")
    if not any(facts["end_date"] in sentence and _SUPPORTED_UNTIL.search(sentence)
               or sentence.startswith("Until then") and number and facts["end_date"] in said[number - 1]
               for number, sentence in enumerate(said)):
        return body
    closes = f"our office closes on {facts['closed_from']}"
    if closes in body:
        # ("... by Wednesday 23 December 2026, before our office closes on Thursday 24 December 2026": the closure said
        # there in full, not again in a sentence of its own just after)
        return body.replace(closes, f"our office closes for the holidays (from {facts['closed_from']} to "
                                    f"{facts['closed_until']}, when nobody is on hand)", 1)
    closing = said[-1] if said and _CLOSING.match(said[-1]) else ""
    kept = said[:-1] if closing else said
    note = (f"Our office is closed from {facts['closed_from']} to {facts['closed_until']}, so nobody is on hand then; "
            f"we're back on {facts['reopens']}.")
    if facts.get("new_provider") and facts.get("has_handover_deadline") and facts.get("handover_moved") \
            and facts["handover_deadline"] not in body and facts["new_provider"] in body:
        # (the closure is why the new provider's day comes early: said with it where the new provider is spoken of, so
        # the handover happens before we close; a thank-you for the years stays one)
        note += f" So that the handover is done before we close, please ask {facts['new_provider']} to get in touch " \
                f"with us by {facts['handover_deadline']}."
    return " ".join([*kept, note, *([closing] if closing else [])])


def acknowledged_letter(bodies: list[str], facts: dict, audience: str, intents: list[str] | tuple = ()) -> str:
    """The letter, opened by thanks for an apology, a payment or kind words the client gave, in one clause;
    the bodies' own opening thanks then goes (without_repeats thanks once a message), and nothing in the
    clause reopens the decision. Money offered is declined there too, unless a body answers the offer."""
    offer_answered = "better_offer" in (*intents, facts.get("intent"))
    opening = _tidy(render_file("situations/acknowledge.j2", **{**facts, "offer_answered": offer_answered})) \
        if facts.get("acknowledge") else ""
    if not opening and audience == CLIENT and facts.get("distressed") \
            and not (bodies and bodies[0].startswith("Thank you for writing")) and not any("sorry" in body for body in bodies):
        opening = DISTRESS_OPENING   # ("I've barely slept. I don't know who to call"): the worry owned before the answer
    if opening and bodies and bodies[0].startswith("Thank you for writing"):
        # A long personal letter is met first as a letter (and any sorrow in it), then its apology or offer.
        said = sentences(bodies[0])
        first = 1 + next((i for i, sentence in enumerate(said[1:]) if not sentence.startswith("We're")), len(said) - 1)
        opening = re.sub(r"^Thank you for\b", "Thank you, too, for", opening)   # (after "Thank you for writing")
        bodies = [" ".join([*said[:first], opening, *said[first:]]), *bodies[1:]]
        return letter(bodies, facts, audience)
    return letter([opening, *bodies] if opening else bodies, facts, audience, lead_in=bool(opening))


# A second thing thanked for, said as gratitude after the first thanks (without_repeats)
_GRATEFUL_TOO = re.compile(r" We're grateful to you, too, [^.?!]*[.?!]")
# "... so it stands: a payment now doesn't change it. Our decision stands.": the no has been said
_STANDS_AFTER_NO_CHANGE = re.compile(r"(\bdoesn't\s+change\s+it\.)\s+(?:Our|The)\s+decision\s+stands\.")
# "..., though it doesn't change our decision. Our decision stands.": the decision said once
# (the thanks then ends at the thanks, "Thank you for the offer; we appreciate it. Our decision stands.": the count of
# sentences stays as asked)
# ("... though it doesn't change our decision. We've thought about it carefully, but our decision ... is final")
_DECISION_TWICE = re.compile(r",\s+(?:though|but)\s+(?:it\s+doesn't|they\s+don't)\s+change\s+(?:our\s+decision|things)\."
                             # (with any sympathy said in between: "We're very sorry to hear what you've been going through.")
                             r"(\s+(?:We're\s+very\s+sorry\s+to\s+hear\s+[^.?!]*\.\s+)?(?:(?:Our|The)\s+decision\s+(?:stands|is\s+final)\.|We(?:'ve|\s+have)\s+thought\s+about\s+it\s+"
                             r"carefully,\s+but\s+our\s+decision\b|We\s+know\s+this\s+isn't\s+what\s+you\s+hoped\s+to\s+hear,\s+but\s+"
                             r"our\s+decision\s+is\s+final\b|We\s+understand\s+this\s+isn't\s+what\s+you\s+hoped\s+to\s+hear,\s+but\s+the\s+"
                             r"decision\s+stands\.))")


def render_file(name: str, **values) -> str:
    """A one-off template (notices, help) rendered with plain values."""
    return _env.get_template(name).render(**values).strip()
