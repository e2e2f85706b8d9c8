"""A colleague's own draft, read against the five principles before it goes to the client.

Staff often write the message themselves and ask "can you check this?". What makes such a draft
unsendable is in its content, whatever the words of the request: it leaves the door open, hides
the reason behind a euphemism, blames or snaps, offers no handover, or has no end date. Each check
below is one of those, tied to its principle; the findings are told plainly, with the fact from
the record that mends them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Principle 1: a hedge makes the ending sound negotiable.
_OPEN_DOOR = re.compile(
    r"\b(?:maybe|perhaps|possibly|revisit\w*|reconsider\w*|for\s+now|for\s+the\s+time\s+being|at\s+this\s+(?:time|point|stage)|"
    r"down\s+the\s+(?:road|line)|in\s+the\s+future|we'?ll\s+see|hopefully|on\s+hold|pause\w*|temporar\w*|"
    r"unless\s+things|if\s+things\s+change|who\s+knows|one\s+day|always\s+(?:be\s+)?(?:here|there|around)|door\s+(?:is\s+)?"
    r"(?:always\s+)?open|any\s*time\s+you\s+need)\b", re.I)
# Principle 2: a stand-in for the reason (a policy nobody wrote, a "realignment").
_EUPHEMISM = re.compile(
    r"\b(?:strateg\w*|realign\w*|restructur\w*|(?:new\s+)?(?:company|internal)\s+polic(?:y|ies)|"
    r"shift\w*\s+(?:our\s+)?focus|change\s+(?:of|in)\s+(?:direction|strategy)|business\s+decision|"
    r"internal\s+reasons|various\s+reasons|(?:not|no\s+longer)\s+a\s+(?:good\s+|great\s+)?fit|"
    r"circumstances\s+beyond|focus\w*\s+on\s+(?:enterprise|larger|bigger|other))\b", re.I)
# Principle 3: blame, spite or a sharp order.
_SHARP = re.compile(
    r"\byou\s+(?:never|always|constantly|keep)\b|\b(?:since|because)\s+you\b|\byour\s+(?:own\s+)?fault\b|"
    r"\b(?:exhausting|nightmare|worst|ridiculous|unreasonable|impossible\s+to|constant\s+(?:demands|complaints))\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:call|email|contact|bother|write)\b|\b(?:continued|repeated|persistent)\s+failure\b|"
    r"\bfailure\s+to\s+(?:pay|meet|follow|comply)\b|"
    r"\bdone\s+with\s+you\b|\bstop\s+(?:emailing|calling|contacting|messaging|bothering|asking)\b|"
    r"\bas\s+(?:we|i)(?:\s+have|'ve|\u2019ve)\s+(?:already\s+)?(?:told|said|explained)\b|\b(?:good\s+enough\s+for\s+you|"
    r"we'?re\s+done(?:\s+with\s+you)?)\b|"
    r"\b(?:told|said\s+to)\s+you\s+(?:multiple|many|several|countless|numerous)\s+times\b|"
    r"\bfor\s+the\s+last\s+time\b|\bgood\s+riddance\b|\bnot\s+our\s+problem\b|"
    r"\bobviously\b|\bfrankly\b|!!|\?!", re.I)
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b")
_ACRONYMS = {"ASAP", "HTTP", "HTTPS", "VOIP", "SSID", "DMARC", "MSP's", "NOTE"}
# Principle 4: some word of the handover.
_HANDOVER = re.compile(
    r"\b(?:data|handover|hand\s+over|hand\s+it\s+over|handing\s+over|passwords?|credentials|admin|access|backups?|"
    r"exports?|documentation|domains?|licen[cs]es?|new\s+(?:it\s+)?(?:provider|msp|company|team)|transition\w*|"
    r"move\s+to|help\s+(?:you\s+)?(?:move|with|find)|smooth\w*)\b", re.I)
# Principle 5: a date, in any usual shape.
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|"
    # "Last day 21st", "we finish on the 4th": a day of the month given as the last day
    r"\b(?:last\s+day|end\s+date|finish\w*|end\w*|until|till)\b[^.?!]{0,15}?\b\d{1,2}(?:st|nd|rd|th)\b", re.I)


@dataclass(frozen=True)
class Finding:
    principle: str
    problem: str      # what the draft does, quoting it
    mend: str         # what to write instead, from the record where it can


_CLAUSE_END = re.compile(r"[.,;:!?\n]")
_QUOTE_CHARS = 60


def _quote(match: re.Match) -> str:
    """The words that gave the draft away, to the end of their clause, so the writer sees them in context."""
    rest = match.string[match.end():]
    stop = _CLAUSE_END.search(rest)
    clause = (match.group(0) + rest[:stop.start() if stop else len(rest)]).strip()
    if len(clause) > _QUOTE_CHARS:
        clause = clause[:_QUOTE_CHARS].rsplit(" ", 1)[0] + "\u2026"
    return f"\u201c{clause}\u201d"


def findings(draft: str, facts: dict) -> list[Finding]:
    """What stops this draft going out as written, in the principles' order; [] when nothing does."""
    found = []
    if hedge := _OPEN_DOOR.search(draft):
        found.append(Finding("decisive", f"{_quote(hedge)} leaves the door open, which invites a negotiation",
                             "say the decision once, as final"))
    if euphemism := _EUPHEMISM.search(draft):
        mend = f"say the real reason, briefly: {facts['reason_on_record']}" if facts["has_reason"] else \
            "say the real reason in a sentence, and record it with `offboard reason`"
        found.append(Finding("honest", f"{_quote(euphemism)} hides the real reason", mend))
    shouted = [word for word in _SHOUTING.findall(draft) if word not in _ACRONYMS]
    if sharp := list(_SHARP.finditer(draft))[:2]:
        found.append(Finding("friendly", f"{' and '.join(map(_quote, sharp))} {'blame or snap' if len(sharp) > 1 else 'blames or snaps'}",
                             "state the facts without blame and thank them for working with us"))
    elif shouted:
        found.append(Finding("friendly", f"\u201c{shouted[0]}\u201d in capitals reads as shouting",
                             "write it in plain case"))
    if not facts["ended"] and not _HANDOVER.search(draft):
        provider = f" and that we'll work with {facts['new_provider']}" if facts["new_provider"] else ""
        found.append(Finding("helpful", "it offers no help with the handover",
                             f"say they will get their data, passwords and admin access{provider}"))
    if not _DATE.search(draft):
        when = "ended" if facts["ended"] else "ends"
        mend = f"say support {when} on {facts['end_date']}" if facts["has_end_date"] else \
            "give the last day of support (record it with `offboard start`)"
        found.append(Finding("done", "it gives no end date", mend))
    return found
