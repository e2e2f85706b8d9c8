"""Cues in a message's words that its intent alone does not carry.

The router says what kind of message it is (an intent). Replies also need to know a
few things it does not say: which reason a person is guessing at ("is it because we
paid late?"), whether they ask who to talk to or when support ends, whether a short
message is thanks, a greeting or something off-topic, and whether one message carries
several requests. These are plain word patterns, kept here so that every reply path
reads them the same way.
"""
from __future__ import annotations

import re

# The words that point at each reason a client might guess. "price" is not a reason we
# record, but clients guess it often enough to deserve its own correction.
REASON_WORDS = {
    "late_payment": r"pa(?:y|id|ying|yment|yments)\s+(?:late|later|on time|slow\w*)|late\s+pay\w*|"
                    r"invoices?|overdue|owed?|owing|unpaid|bills?|payments?",
    "scope_creep": r"projects?|extras?|extra\s+work|scope|additional\s+work|outside\s+(?:the|our)\s+"
                   r"(?:contract|agreement)|more\s+than\s+(?:the|our)\s+(?:contract|agreement)",
    "overload": r"tickets?|calls?|calling|workload|capacity|too\s+(?:much|many|often)|"
                r"how\s+(?:much|many|often)|overload\w*|stretched|volume|demanding|busy",
    "never_satisfied": r"complain\w*|complaints?|unhappy|satisf\w*|slow\s+respon\w*|critici\w*|"
                       r"moan\w*|grumbl\w*|feedback",
    "price": r"price|pricing|costs?|fees?|rates?|cheap\w*|expensive|budget",
}
_REASONS = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in REASON_WORDS.items()}
_GUESSING = re.compile(
    r"\b(?:is|was)\s+(?:it|this|that)\s+(?:because|about|due|the|our|for)|\bbecause\s+(?:of\s+)?(?:we|our|they|their|the)\b|"
    r"\b(?:it'?s|it\s+is|it\s+was)\s+(?:because|about|the|due)|\bthink\s+it\s+(?:was|is|'s)|"
    r"\btell\s+\w+\s+it'?s\b", re.I)

_CONTACT = re.compile(
    r"\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:talk|speak|contact|go|turn|call|email|write|ask)\b|"
    r"\bwho(?:'s| is| are)\s+(?:our|my)\s+(?:account\s+manager|contact|account\s+owner|manager)\b|"
    r"\baccount\s+manager\b|\b(?:speak|talk)\s+to\s+(?:someone|somebody|a\s+person|a\s+human|a\s+manager|"
    r"your\s+(?:boss|manager|director))\b|\bsomeone\s+senior\b|\bwho\s+should\s+i\s+contact\b|"
    r"\bwho\s+(?:do|should)\s+(?:i|we)\s+contact\b", re.I)
_CONTACT_BY_NAME = re.compile(r"\b(?:[Ss]peak|[Tt]alk)\s+(?:to|with)\s+[A-Z][a-z]+")
_END_DATE = re.compile(
    r"\bwhen\s+(?:exactly\s+)?(?:does|do|will|is|did)\s+(?:the\s+|your\s+|our\s+)?(?:support|contract|agreement|"
    r"service)\w*\s+(?:stop|end|finish|run\s+out)|\blast\s+day\b|\bend\s+date\b|\bwhen(?:'s| is)\s+the\s+"
    r"(?:last|final)\b|\bwhen\s+(?:do|will)\s+you\s+stop\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|cheers|appreciate|grateful)\b", re.I)
_SEASONAL = re.compile(r"\b(?:merry|happy)\s+(?:christmas|xmas|new\s+year|holidays?|easter|friday|weekend|"
                       r"monday|diwali|hanukkah|eid)\b|\bseason'?s\s+greetings\b", re.I)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b"
                       r"[\s!.,]*(?:there|all|everyone|team|folks)?[\s!.,]*$", re.I)
_ENUMERATES = re.compile(r"\b(?:two|2|three|3|couple\s+of|a\s+few|several)\s+(?:things|questions|issues|"
                         r"requests|quick\s+ones)\b|\bplus\b|\balso\b|\bas\s+well\b|\banother\s+thing\b|"
                         r"\band\s+(?:can|could|do|does|will|would|what|how|when|who|is|are)\b", re.I)
_REFERS_BACK = re.compile(r"^(?:can|could|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:help|look|assist|sort)"
                          r"(?:\s+(?:me|us))?\s+(?:with|at|into|out)?\s*(?:both|them|these|those|all|either|that|this)"
                          r"\b[\s?.!]*$", re.I)
_REQUEST = re.compile(r"\?|\b(?:please|pls|plz|can|could|would|will\s+you|need|want|send|give|help|how|what|when|"
                      r"where|who|why|fix|check|look)\b", re.I)
_OWNED = re.compile(r"\b(?:data|backups?|archives?|exports?|files|encryption\s+keys?|keys?|passwords?|credentials?|"
                    r"admin\s+(?:access|accounts?|logins?)|logins?|domains?|registrar|dns|licen[cs]es?|mailbox(?:es)?|"
                    r"documents?|documentation|diagrams?|recipes|records)\b", re.I)
_HANDING = re.compile(r"\b(?:need|needs|send|give|get|transfer\w*|move|hand\w*|where(?:'s|\s+is|\s+are)?|export|"
                      r"copy|list|release|who\s+(?:controls|owns|has|holds)|never\s+got|didn'?t\s+get)\b", re.I)
_REVERSE = re.compile(r"\b(?:revers\w*|reconsider\w*|change\s+your\s+mind|rethink|revisit|another\s+chance|"
                      r"second\s+chance|extend\w*|extension|more\s+time|push\s+(?:it|the\s+date)\s+back|postpone|"
                      r"stay\s+on|keep\s+us\s+on)\b", re.I)
_WHY = re.compile(r"\bwhy\s+(?:did|are|have|were|would|is)\s+(?:you|we|this|it)\b|\bwhat\s+(?:went|did\s+we\s+do)\s+"
                  r"wrong\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+reason\b", re.I)
_SEGMENT_BREAK = re.compile(r"(?<=[.?!;:])\s+|,?\s+\bplus\b\s*|,\s*and\s+(?=(?:can|could|do|does|will|would|"
                            r"what|how|when|who|is|are|we|our)\b)|,?\s+\balso\b,?\s*", re.I)


def guessed_reasons(text: str) -> list[str]:
    """The reasons a message names or hints at, in the order the catalogue lists them."""
    return [name for name, pattern in _REASONS.items() if pattern.search(text)]


def is_guessing(text: str) -> bool:
    """The message puts forward a reason of its own ("is it because ...?", "they think it was ...")."""
    return bool(_GUESSING.search(text))


def asks_for_contact(text: str) -> bool:
    return bool(_CONTACT.search(text) or _CONTACT_BY_NAME.search(text))


def asks_end_date(text: str) -> bool:
    return bool(_END_DATE.search(text))


def small_talk_kind(text: str) -> str:
    """thanks | seasonal | greeting | other: how to answer a message that is not about the offboarding."""
    if _SEASONAL.search(text):
        return "seasonal"
    if _THANKS.search(text):
        return "thanks"
    if _GREETING.search(text):
        return "greeting"
    return "other"


def segments(text: str) -> list[str]:
    """The parts of a message that may each carry a request, when it says it carries several.

    A closing line that only points back at the others ("can you help with both?") is no part.
    """
    if not _ENUMERATES.search(text):
        return [text]
    parts = [p.strip(" ,;:-") for p in _SEGMENT_BREAK.split(text)]
    parts = [p for p in parts if sum(ch.isalpha() for ch in p) >= 8 and len(p.split()) >= 3
             and not _REFERS_BACK.match(p)]
    return parts if len(parts) > 1 else [text]


def makes_a_request(text: str) -> bool:
    """Asks for something (a question, 'please', 'can you', 'we need'...), as opposed to only telling us."""
    return bool(_REQUEST.search(text))


def asks_for_what_is_theirs(text: str) -> bool:
    """Asks for the client's own data, backups, keys, credentials, domains, licences or documents."""
    return bool(_OWNED.search(text) and _HANDING.search(text))


def asks_to_reverse(text: str) -> bool:
    """Asks us to undo, reconsider or postpone the decision."""
    return bool(_REVERSE.search(text))


def asks_why(text: str) -> bool:
    return bool(_WHY.search(text))
