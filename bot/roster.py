"""Staff look-ups about the roster, answered from the client records and nothing else.

intents/roster_questions.py says what a question asks (the account owner, the last day and phase,
the notice date, the new provider; about one client or the roster as a whole). This module finds
the clients it is about in the record and words the answer with responses/templates/roster/: dates
as every other answer gives them, a fact that isn't on record said to be missing along with the
`offboard ...` command that records it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot import clock
from bot.clients import COMMON_WORDS, Clients, client_today
from bot.config import Config
from bot.workdays import Workdays
from intents.cues import days_named, is_away, names_provider
from intents.staff_cues import asks_for_one_sentence
from intents.roster_questions import (asks_for_a_name, counts_today, outsider_asks, heard_as_hearsay, needs_a_signer, ACTIVE, END, ENDED, HANDOVER, NOTICE, OFFBOARDING, OWNER, PHASE, PROVIDER, SUPPORTED, TRANSITION,
                                      WEEKDAY, RosterQuestion)
from responses import render

# A month named beside a day ("Thursday 31 December 2026"), so the day put forward is a calendar day
def _said_of(text: str, name: str) -> str:
    """The sentences of the text that name the client (by its first word), or the whole text when it names it in
    none ("their last day is the 4th, right?")."""
    first = re.escape(name.split()[0])
    # (split at any stop, not render.sentences, which wants a capital next: "...right? oh and vandelay's" is two)
    sentences = re.split(r"(?<=[.?!])\s+", text)
    about = [sentence for sentence in sentences if re.search(rf"\b{first}", sentence, re.I)]
    return " ".join(about) if about and len(about) < len(sentences) else text


_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)

TITLE = "From the record"
MAX_NAMED = 10   # clients answered one by one in a single look-up ("who owns Acme and Vandelay?")
# "did Globex ever pay for October?": whether a payment came in, not an amount
_PAID_ASKED = re.compile(r"\b(?:did|have|has)\b[^.?!]{0,40}\b(?:pa(?:y|id)|settle[ds]?)\b", re.I)

LISTED_PHASES = {TRANSITION: (TRANSITION,), ENDED: (ENDED,), OFFBOARDING: (TRANSITION, ENDED), ACTIVE: (ACTIVE,),
                 SUPPORTED: (TRANSITION, ACTIVE)}
ALL_PHASES = (TRANSITION, ENDED, ACTIVE)
# "is the 21st a Monday?" asks yes or no; "a Monday or a Tuesday?" asks which.
_WEEKDAY_ASKED = re.compile(r"\b(?:a|on\s+a)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+or\b)", re.I)
NOT_ON_RECORD = ("I can't find {name} in the client records, so I have nothing on record to give. `offboard list` shows "
                 "every client; if they are being offboarded, `offboard start` records them.")
# "when is wayne enterprises' last day?": the name a look-up asks about, before the fact it wants.
USUAL_NOTICE = "For comparison, 30 to 60 days' notice is usual."
_USUAL_ASKED = re.compile(r"\b(?:normal|typical|usual|standard|reasonable|enough|ok|okay)\b", re.I)
_ASKED_ABOUT = re.compile(r"(?<![\w'\u2019])([\w&.-]+(?:\s+[\w&.-]+){0,4})(?:'s|s'|')\s+(?:last\s+day|end\s+date|notice|owner|account|new\s+"
                          r"provider|contract|phase|status|offboarding|handover|transition)\b|\b(?:for|about|is|of|(?i:status|update|news)\s+on|"
                          r"(?i:status|update|news)\s+(?i:on|of)\s+the)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\b|"
                          # "Pennywise Partners, not sure if they're on your list, what's their last day?"
                          r"^\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*[,:–-](?!\w)|"   # ("Out-of-office text": no name)
                          # "Stark Industries wants to leave early, what's their end date on file?"
                          r"^\s*([A-Z][\w&.-]*\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:wants?|asked|asks|says?|said|is|are|isn't|isnt|"
                          r"has|have|needs?|just|keeps?|called|emailed|rang)\b|"
                          # "Stark Plumbing's office mgr wants to know when their support ends"
                          r"^\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|s')\s+(?:[\w-]+\s+){1,2}(?:wants?|asked|asks|says?|said|"
                          r"called|emailed|rang|needs?)\b|"
                          # "Client called 'Wonka Sweets' wants to know ..."
                          r"\b(?i:client|customer|company)\s+(?i:called|named)\s+['\"\u2018\u201c]?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|"
                          # "we need to start offboarding Wayne Enterprises. What's their last day?"
                          r"\b(?i:offboard\w*|drop\w*|fir(?:e|ing)|ending\s+(?:things\s+)?with|let(?:ting)?\s+go\s+of)\s+"
                          r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|"
                          # "we're letting Stark Plumbing go too"
                          r"\b(?i:let(?:ting)?)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?i:go)\b|"
                          # "someone from 'Dundr Paper' called": who called, named in passing
                          r"\b(?i:someone|somebody|a\s+(?:guy|man|woman|lady|person)|the\s+(?:owner|manager|boss))\s+(?i:from|at)\s+"
                          r"['\"\u2018\u201c]?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|"
                          # "client 'Stark Plumbing' says they're mid-transition": a name in quotes after what it is
                          r"\b(?i:client|customer|company|firm)\s+['\"\u2018\u201c]([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\"\u2019\u201d]|"
                          # "Is Stark Plumbing in transition or ended?"
                          r"^\s*(?i:is|are|was|were|has|have)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?i:in|on|still|being|a|an|"
                          r"one|ended|done|gone|active|leaving|offboard\w*)\b")
# A name asked about is near the start of a question; a longer text is read only that far.
MAX_LOOKUP_CHARS = 500
ASK_WHICH = ("Which client do you mean? Name them, or pick one below if they are being offboarded "
             "(`offboard list` shows every client).")


@dataclass(frozen=True)
class Lookup:
    """A look-up's answer, the clients it speaks of, and whether the question named no client at all."""
    text: str
    clients: tuple[str, ...] = ()
    ask_which: bool = False


class Roster:
    def __init__(self, clients: Clients, config: Config):
        self.clients = clients
        self.config = config

    def answer(self, question: RosterQuestion, text: str, subjects: list[dict]) -> Lookup:
        """Answer the look-up about the subjects the text named (or the conversation was about), else
        about the roster as a whole when it asks about "clients", or names a recorded person or provider."""
        if WEEKDAY in question.facts:
            today = clock.today(self.config.timezone)
            days = days_named(text, today, bare_ordinals=True)
            if days and subjects and not days_named(text, today):
                # "Globex ended the 17th - that was a Monday right?": the 17th of the record, not the next one
                recorded = [date.fromisoformat(client[key]) for client in subjects for key in ("end_date", "notice_date")
                            if client.get(key)]
                days = [next((day for day in recorded if day.day == named.day), named) for named in days]
            if days:
                weekdays = self._weekdays(days, text, subjects or self.clients.all())
                rest = replace(question, facts=question.facts - {WEEKDAY})
                if not rest.facts or not subjects or question.many:
                    return weekdays
                # "is that a Monday? and by when does Castle Tech need to reach us?": both answered
                more = "\n\n".join(self._about_one(rest, client) for client in subjects[:MAX_NAMED])
                return Lookup(f"{weekdays.text}\n\n{more}", weekdays.clients or tuple(c["name"] for c in subjects))
            question = replace(question, facts=question.facts - {WEEKDAY} | {END})   # "what day is that?": the last day
        if not question.many and subjects:
            subjects = subjects[:MAX_NAMED]
            # ("... is that normal?": what is usual, beside the record's own figure)
            usual = f"\n\n{_against_the_usual(subjects[0]) if len(subjects) == 1 else USUAL_NOTICE}" \
                if NOTICE in question.facts and _USUAL_ASKED.search(text) else ""
            return Lookup(_titled("\n\n".join(self._about_named(question, client, len(subjects) > 1, text)
                                               for client in subjects) + usual),
                          tuple(client["name"] for client in subjects))
        owners, providers = self._named_in(text, "account_owner"), self._named_in(text, "new_provider")
        if question.many or owners or providers:
            listed = self._listed(question, owners, providers)
            away = sorted(owner for owner in owners if is_away(text, owner))
            if away and OWNER in question.facts:
                # ("Priya's off sick. Who else owns Acme and Vandelay?": nobody else is on record, said, with who decides)
                listed = replace(listed, text=f"{listed.text}\n\nNobody else is on record to cover {' or '.join(away)}'s "
                                              f"accounts while away: ask your manager who covers, and `offboard owner "
                                              f"<client> @person` records a change.")
            return listed
        unknown = not_on_record(text, self.clients)
        if unknown:
            return Lookup(_titled(NOT_ON_RECORD.format(name=unknown)), ask_which=True)
        return Lookup(_titled(ASK_WHICH), ask_which=True)

    def _handover_within(self, client: dict, within: tuple[date, date]) -> bool:
        """The day the new provider should be in touch by falls in the stretch asked about ("the key dates for this
        month": Castle Tech's day in December, whatever month the last day is in)."""
        if not client.get("end_date") or client["phase"] != TRANSITION:
            return False
        deadline, _ = render.handover_deadline(date.fromisoformat(client["end_date"]), client_today(client, self.config.timezone),
                                               self.config.office_closed)
        return bool(deadline) and within[0] <= deadline <= within[1]

    def _facts(self, client: dict) -> dict:
        today = client_today(client, self.config.timezone)
        facts = render.facts_for(client, company=self.config.company, signer=self.config.signer,
                                 payment_terms=self.config.payment_terms, today=today,
                                 closed=self.config.office_closed)
        name = client["name"]
        end = date.fromisoformat(client["end_date"]) if client.get("end_date") else None
        notice = date.fromisoformat(client["notice_date"]) if client.get("notice_date") else None
        return {**facts, "quoted_name": f'"{name}"' if " " in name else name,
                "days_from_today": (end - today).days if end else None,
                "notice_days": (end - notice).days if end and notice else None}

    def _about_named(self, question: RosterQuestion, client: dict, several: bool, text: str = "") -> str:
        """One client's answer; among several, each says whose it is ("Acme Dental: notice was given ...")."""
        # (with several clients asked about, a day put forward is the one said of this client: "Hooli's last day is Mon 4
        # Jan right? and acme's cutoff?" puts no day to Acme)
        said = self._about_one(question, client, _said_of(text, client["name"]) if several else text)
        return f"{client['name']}: {said[:1].lower()}{said[1:]}" if several and client["name"] not in said else said

    def _about_one(self, question: RosterQuestion, client: dict, text: str = "") -> str:
        facts = self._facts(client)
        # "Priya's out sick all week. Who's covering Acme?": the owner, and that nobody else is on record
        facts["owner_away"] = bool(facts["account_owner"]) and is_away(text, facts["account_owner"])
        # (a shared mailbox on record is no person: "need a name" is told none is recorded)
        facts["person_asked"] = asks_for_a_name(text) and "@" in (facts.get("new_provider_contact") or "@")
        facts["signer_needed"] = needs_a_signer(text)   # "need someone to sign the follow up": who can, with no owner
        facts["outsider_asks"] = outsider_asks(text)   # ("someone who knows their old office manager is asking me")
        facts["hearsay"] = heard_as_hearsay(text)   # "someone in the kitchen said they're next": no command to start it
        # ("what's the reason for Hooli? I need one sentence for the letter": the record's reason, said as a sentence)
        facts["sentence_asked"] = asks_for_one_sentence(text)
        # ("how many days of support has Acme got left, counting today?": today and the last day both counted)
        facts["today_counted_asked"] = counts_today(text)
        asked = question.facts
        status = bool(asked & {PHASE, END}) or (client["phase"] == ACTIVE and bool(asked & {NOTICE, PROVIDER}))
        yes_no = ""
        if PHASE in asked and question.phase:
            yes_no = "Yes" if client["phase"] in LISTED_PHASES[question.phase] else "No"
        if question.working_days and client["phase"] == TRANSITION and client.get("end_date"):
            facts["working_days_left"] = self._working_days_left(client, question.today_left_out)
            facts["today_counted"] = not question.today_left_out
        if HANDOVER in asked and facts["handover_by"] and not facts["ended"]:
            # "the deadline for Castle Tech ... Monday 28 December right?": a day put forward that isn't the record's
            named = [render.long_date(day) for day in days_named(text, client_today(client, self.config.timezone))]
            facts["handover_stated"] = next((day for day in named if day not in (facts["handover_by"], facts["end_date"])), "")
        facts["end_stated"] = ""
        if status and client["phase"] in (TRANSITION, ENDED) and facts["end_date"] and _MONTH_NAMED.search(text):
            # ("Acme's last day is Thursday 31 December 2026, right?": a day put forward that isn't the record's)
            # (only a day given with its month: a bare "the 18th" could be any month's)
            named = [render.long_date(day) for day in days_named(text, client_today(client, self.config.timezone))]
            facts["end_stated"] = next((day for day in named if day not in (facts["end_date"], facts["handover_by"])), "")
        if question.end_day_asked and client["phase"] == TRANSITION and client.get("end_date"):
            facts["end_is_working"] = self._workdays().is_working(date.fromisoformat(client["end_date"]))
        return render.render_file("roster/client.j2", **facts, asked=sorted(asked), show_status=status,
                                  yes_no=yes_no, closure_asked=question.closure, cover_asked=question.cover_asked,
                                  payment_asked=bool(_PAID_ASKED.search(text)))

    def _workdays(self) -> Workdays:
        return Workdays(self.config.working_days, self.config.public_holidays, self.config.office_closed)

    def _working_days_left(self, client: dict, from_tomorrow: bool = False) -> int:
        """Working days from today (or tomorrow, "not counting today") to the last day of support, both counted:
        no weekends, public holidays or office closure."""
        first = client_today(client, self.config.timezone) + timedelta(days=1 if from_tomorrow else 0)
        return self._workdays().count_between(first, date.fromisoformat(client["end_date"]))

    def _listed(self, question: RosterQuestion, owners: set[str], providers: set[str]) -> Lookup:
        phases = LISTED_PHASES.get(question.phase or "", ALL_PHASES)
        within = window_dates(question.window, clock.today(self.config.timezone)) if question.window else None
        chosen = [client for client in self.clients.all() if client["phase"] in phases
                  and (not owners or (client.get("account_owner") or "") in owners)
                  and (not providers or (client.get("new_provider") or "") in providers)
                  and not (question.no_provider and (client["phase"] == ACTIVE or client.get("new_provider")))
                  and (within is None or (client.get("end_date") and within[0] <= date.fromisoformat(client["end_date"])
                                          <= within[1]) or (question.ended_too and client["phase"] == ENDED)
                       or question.key_dates and self._handover_within(client, within))]
        groups = [{"phase": phase, "clients": [self._facts(c) for c in chosen if c["phase"] == phase]}
                  for phase in phases]
        text = render.render_file("roster/list.j2", groups=[g for g in groups if g["clients"]],
                                  phase=question.phase or "", filtered=bool(owners or providers or question.no_provider),
                                  window=(question.window or "").replace("_", " ").replace("christmas", "before Christmas"),
                                  show_owner=OWNER in question.facts or bool(owners),
                                  show_provider=PROVIDER in question.facts or bool(providers),
                                  show_handover=HANDOVER in question.facts, key_dates=question.key_dates,
                                  ended_too=question.ended_too)
        if question.due_window:
            text = f"{text.rstrip()}\n\n{self._due_within(question.due_window)}"
        return Lookup(_titled(text), tuple(client["name"] for client in chosen))

    def _due_within(self, window: str) -> str:
        """What falls due in the stretch asked about ("is anything due this week?"): last days and new-provider days."""
        within = window_dates(window, clock.today(self.config.timezone))
        said = window.replace("_", " ").replace("christmas", "before Christmas")
        due = []
        for client in self.clients.all():
            facts = self._facts(client)
            if client["phase"] == TRANSITION and client.get("end_date") \
                    and within[0] <= date.fromisoformat(client["end_date"]) <= within[1]:
                due.append(f"{client['name']}: last day of support {facts['end_date']}")
            if self._handover_within(client, within):
                due.append(f"{client['name']}: new provider to contact us by {facts['handover_by']}")
        if not due:
            return f"Due {said}: nothing on record (no last day of support and no new-provider deadline)."
        return f"Due {said}:\n" + "\n".join(f"  {line}" for line in due)

    def _weekdays(self, days: list[date], text: str, clients: list[dict]) -> Lookup:
        """The weekday of each date named, yes or no when one weekday was asked about, and whose dates it is."""
        named = {match.lower() for match in _WEEKDAY_ASKED.findall(text)}
        lines, about = [], []
        for day in days:
            answer = "Yes: " if len(named) == 1 and day.strftime("%A").lower()[:-3] in named else \
                "No: " if len(named) == 1 else ""
            events = []
            for client in clients:
                dates = {"end_date": "last day of support", "notice_date": "notice date"}
                for field, label in dates.items():
                    if client.get(field) == day.isoformat():
                        events.append(f"{render.possessive(client['name'])} {label}")
                        about.append(client["name"])
            said = f" ({' and '.join(events)})" if events else ""
            lines.append(f"{answer}{render.long_date(day)}{said}.")
        return Lookup(_titled("\n".join(lines)), tuple(dict.fromkeys(about)))

    def _named_in(self, text: str, field: str) -> set[str]:
        """The recorded account owners (or new providers) the text names, in full or by first name."""
        named = set()
        for value in {client.get(field) for client in self.clients.all()} - {None, ""}:
            first = next((word for word in value.split() if word.lower() not in COMMON_WORDS), value)
            words = [value, first]
            if any(len(word) >= 3 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) for word in words):
                named.add(value)
        if field == "account_owner":
            # ("a summary msg for Priya and Tom of where each offboarding stands": who reads it, not whose accounts)
            named = {value for value in named if not _only_as_reader(text, value)}
        return named


def _only_as_reader(text: str, owner: str) -> bool:
    """Every mention of the colleague in the text is as whom the words are for ("for Priya and Tom", "to Tom")."""
    if re.search(r"\b(?:her|his|their)\s+(?:own\s+)?(?:\w+\s+)?(?:accounts|clients)\b", text, re.I):
        return False   # ("DM to Priya summarising where her offboarding accounts stand": hers, too)
    first = re.escape(owner.split()[0])
    mentions = re.findall(rf"(?<!\w){first}(?:\s+\w+)?(?!\w)", text, re.I)
    as_reader = re.findall(rf"\b(?:for|to|cc)\s+(?:\w+\s+(?:and|&)\s+)?{first}\b(?!'s|\u2019s)(?:\s+(?:and|&)\s+\w+)?|"
                           rf"\b(?:for|to|cc)\s+\w+\s+(?:and|&)\s+{first}\b(?!'s|\u2019s)|"
                           # ("Priya wants a one-line status per client": she asks, the list is everyone's)
                           rf"\b{first}\s+(?:wants|needs|asked(?:\s+for)?|is\s+asking\s+for|would\s+like)\b", text, re.I)
    return bool(mentions) and len(as_reader) >= len(mentions)


def window_dates(window: str, today: date) -> tuple[date, date]:
    """The first and last day of a stretch named in a question ("this_month", "next_week", "christmas"...)."""
    if window == "christmas":
        christmas = date(today.year, 12, 25)
        return today, christmas if christmas >= today else date(today.year + 1, 12, 25)
    which, unit = window.split("_")
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    month = today.month - 1 + step
    first = date(today.year + month // 12, month % 12 + 1, 1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _against_the_usual(client: dict) -> str:
    """One client's notice beside the usual 30 to 60 days ("is 20 Nov to 21 Dec enough notice?")."""
    if not (client.get("notice_date") and client.get("end_date")):
        return USUAL_NOTICE
    days = (date.fromisoformat(client["end_date"]) - date.fromisoformat(client["notice_date"])).days
    where = "within" if 30 <= days <= 60 else "shorter than" if days < 30 else "longer than"
    return f"{days} days is {where} the usual 30 to 60 days' notice."


def unknown_client(text: str) -> str:
    """The name a look-up asks about when it is no client on record, in title case; "" when there is none."""
    # (its first pattern backtracks over a long word; a name starts with no digit: "45 days' notice" is no client)
    match = next((found for found in _ASKED_ABOUT.finditer(text[:MAX_LOOKUP_CHARS])
                  if not next(group for group in found.groups() if group)[:1].isdigit()), None)
    if not match:
        return ""
    words = []
    for word in next(group for group in match.groups() if group).split():
        words.append(word.rstrip("."))
        if word.endswith("."):
            break   # the sentence ends there ("... offboarding Wayne Enterprises. What's their last day?")
    while words and words[0].lower() in COMMON_WORDS | _QUESTION_WORDS:
        words = words[1:]
    if words and all(word.lower().rstrip(".") in _CALENDAR_WORDS for word in words):
        return ""   # "the end date, first of Feb": a date, not a client
    if words and all(word.lower() in _ROLE_WORDS for word in words):
        return ""   # "Our MD wants ...": one of ours
    return " ".join(word if word[:1].isupper() else word.capitalize() for word in words)


def not_on_record(text: str, clients: Clients) -> str:
    """The client name the text asks about when no client on record goes by it ("Stark Plumbing"); "" for a name
    the record knows, however it is written ("for Acme and Hooli")."""
    name = unknown_client(text)
    return "" if not name or clients.find_loosely(name) or clients.names_in(name) else name


def others_provider(text: str, client: dict, clients: Clients) -> dict | None:
    """Another client whose new provider the text names in a question about `client` ("cc BrightPath on the Hooli
    thread", when BrightPath is Globex's): one client's provider is never brought into another's handover."""
    own = (client.get("new_provider") or "").lower()
    for other in clients.all():
        provider = other.get("new_provider") or ""
        if other["name"] != client["name"] and provider and provider.lower() != own \
                and names_provider(text, provider) and not names_provider(text, own) \
                and other["name"] not in clients.names_in(text):   # ("Globex and BrightPath": both named, no mix-up)
            return other
    return None


def provider_mix_up_note(client: dict, other: dict) -> str:
    """The correction said before any answer about bringing `other`'s provider into `client`'s handover."""
    name, theirs = client["name"], render.possessive(client["name"])
    own = f"{theirs} new provider on record is {client['new_provider']}" if client.get("new_provider") \
        else f"No new provider is on record for {name}"
    return f"Not {other['new_provider']}: they are {render.possessive(other['name'])} new provider, not {theirs}, so " \
           f"keep them out of {theirs} handover: no copies, no access. {own}."


_CALENDAR_WORDS = frozenset({"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                              "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                              "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "christmas", "xmas", "easter", "new", "year"})
# Our own people by their role ("Our MD wants to put a LinkedIn post up"): a colleague, never a client's name.
_ROLE_WORDS = frozenset({"md", "ceo", "cto", "cfo", "coo", "boss", "manager", "director", "founder", "hr", "finance", "ops",
                         "owner", "partner", "partners", "management", "leadership"})
_QUESTION_WORDS = frozenset({"whats", "what's", "whens", "when's", "who's", "whos", "again", "remind", "me", "tell",
                             "hey", "hi", "so", "ok", "day", "status", "update", "latest", "progress", "news"})


def _titled(body: str) -> str:
    return f"{TITLE}\n\n{body}"
