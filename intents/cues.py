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
from datetime import date

# The words that point at each reason a client might guess. "price" is not a reason we
# record, but clients guess it often enough to deserve its own correction.
REASON_WORDS = {
    "late_payment": r"pa(?:y|id|ying|yment|yments)\s+(?:late|later|on time|slow\w*)|late\s+pay\w*|"
                    r"invoices?|overdue|owed?|owing|unpaid|bills?|payments?",
    "scope_creep": r"projects?|extras?|extra\s+work|scope|additional\s+work|outside\s+(?:the|our)\s+"
                   r"(?:contract|agreement)|more\s+than\s+(?:the|our)\s+(?:contract|agreement)|"
                   r"(?:not|nowhere)\s+(?:in|part\s+of|covered\s+by)\s+(?:the|our)\s+(?:contract|agreement)",
    # (a call about the ending is no complaint about calls: "nobody explained it on the call")
    "overload": r"tickets?|(?:too|so)\s+many\s+calls|(?:our|all\s+the|constant|daily)\s+calls|calling\s+(?:you\s+)?(?:too|so)\s+"
                r"(?:much|often)|workload|capacity|too\s+(?:much|many|often)|"
                r"how\s+(?:much|many|often)|overload\w*|stretched|volume|demanding(?!\s+(?:to|that|a|an|the|we|you|us|our|their|answers?|an?\s+explanation))|busy",
    "never_satisfied": r"complain\w*|complaints?|unhappy|satisf\w*|slow\s+respon\w*|critici\w*|"
                       r"moan\w*|grumbl\w*|feedback|impossible\s+to\s+please|never\s+happy|nothing\s+(?:is|was|'?s)\s+ever\s+good\s+enough",
    "price": r"price|pricing|costs?|fees?|rates?|cheap\w*|expensive|budget",
}
_REASONS = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in REASON_WORDS.items()}
_GUESSING = re.compile(
    r"\b(?:is|was)\s+(?:it|this|that)\s+(?:because|about|due|the|our|for)|\bbecause\s+(?:of\s+)?(?:we|our|they|their|the)\b|"
    r"\b(?:it'?s|it\s+is|it\s+was)\s+(?:because|about|the|due)|\bthink\s+it\s+(?:was|is|'s)|"
    r"\btell\s+\w+\s+it'?s\b", re.I)

_CONTACT = re.compile(
    r"\bwho\s+(?:do|should|can|could)\s+(?:i|we|they|he|she)\s+(?:talk|speak|contact|go|turn|call|ring|phone|email|write|ask)\b|"
    r"\bwho(?:'s| is| are)\s+(?:our|my)\s+(?:account\s+manager|contact|account\s+owner|manager)\b|"
    r"\bwho(?:'s|\s+is)\s+(?:the\s+)?(?:responsible|main|contact)\s+person\b|\bwho(?:'s|\s+is)\s+responsible\s+for\s+(?:our|my|the)\s+"
    r"account\b|"
    # the account manager asked for, not merely mentioned ("your account manager told me ...")
    r"\baccount\s+manager\b(?=\s*(?:\?|$|'s\s+(?:name|e-?mail|number|details|contact)))|"
    r"\b(?:need|want|like|get|reach|call|ring|email|e-mail|contact|speak\s+(?:to|with)|talk\s+(?:to|with))\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?(?:our|my|the|your)\s+"
    r"account\s+manager\b|\b(?:speak|talk)\s+to\s+(?:someone|somebody|a\s+person|a\s+human|a\s+manager|"
    r"your\s+(?:boss|manager|director))\b|\bsomeone\s+senior\b|\bwho\s+should\s+i\s+contact\b|"
    r"\bwho\s+(?:do|should)\s+(?:i|we)\s+contact\b|\bwho\s+(?:they|he|she|we|i)\s+(?:should|can|could|need\s+to|ought\s+to)\s+"
    r"(?:talk|speak|contact|call|ring|phone|email|deal|work)\b", re.I)
_CONTACT_BY_NAME = re.compile(r"\b(?:[Ss]peak|[Tt]alk)\s+(?:to|with)\s+[A-Z][a-z]+")
_END_DATE = re.compile(
    # "confirm which day exactly you're finishing?", "what day do you stop?"
    r"\b(?:which|what)\s+(?:day|date)\s+(?:exactly\s+)?(?:you(?:'re|\s+are|\s+will\s+be)?|we(?:'re|\s+are)?|do\s+you|does\s+it|is\s+it)\s+"
    r"(?:\w+\s+)?(?:finish\w*|stop\w*|end\w*|leav\w*|done)\b|"
    r"\bconfirm\w*\s+(?:in\s+writing\s+)?(?:the|our)\s+(?:exact\s+)?(?:end\s+date|last\s+day|date\s+(?:our|the)\s+support\s+(?:with\s+you\s+)?"
    r"(?:ended|ends))|"
    r"\b(?:is|are|will)\s+(?:support|our\s+support|your\s+support|the\s+(?:contract|agreement|support)|it|this|you)\s+(?:really\s+|actually\s+)?"
    r"(?:be\s+)?(?:ending|end|stopping|finishing|over)\s+(?:on|by|in)\b|"
    r"\bwhen\s+(?:exactly\s+)?(?:does|do|will|is|did)\s+(?:the\s+|your\s+|our\s+)?(?:it\s+)?(?:support|contract|agreement|"
    r"service)\w*\s+(?:with\s+(?:you|us)\s+)?(?:stop|end|finish|run\s+out)|"
    r"\b(?:what|the)\s+(?:date|day)\s+(?:our|the|your)\s+(?:it\s+)?(?:support|contract|agreement|service)\s+(?:with\s+(?:you|us)\s+)?"
    r"(?:actually\s+|really\s+|officially\s+)?(?:ends|ended|finishes|stops|runs\s+out)\b|\blast\s+day\b|\bend\s+date\b|"
    r"\b(?:exact|final|last)\s+date\b(?!\s+(?:for|to)\s+pay)|\bdid\s+(?:our|the|your)\s+(?:support|contract|agreement|service)\s+"
    r"(?:really\s+|actually\s+)?(?:end|stop|finish)\b|\bwhen(?:'s| is)\s+the\s+"
    r"(?:last|final)\b(?!\s+(?:bill|invoice|payment|statement))|\bwhen\s+(?:do|will)\s+you\s+stop\b|"
    r"\b(?:support|contract|agreement|service|you)\w*\s+(?:(?:would|will|was\s+going\s+to)\s+(?:be\s+)?)?(?:runs?|goes|lasts?|"
    r"continues?|ends?|supporting\s+us|going)\s+(?:through|until|till|to|on)\s+(?:the\s+)?(?:end\s+of\s+\w+|\d|jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|new\s+year)", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|cheers|appreciate|grateful)\b", re.I)
# A holiday's wishes or a farewell's: answered in kind. "Happy Friday" is passing chatter, like a hello.
_SEASONAL = re.compile(r"\b(?:merry|happy)\s+(?:\(?belated\)?\s+|early\s+)?(?:christmas|xmas|new\s+year|holidays|december|festive\s+season|"
                       r"thanksgiving|easter|diwali|hanukkah|eid)\b|\bseason'?s\s+greetings\b|"
                       r"\b(?:merry|happy)\s+\w+\s+(?:christmas|xmas|holidays|new\s+year)\b|"
                       r"\b(?:good\s+luck|all\s+the\s+best|best\s+wishes|wish(?:ing)?\s+you\s+(?:all\s+)?(?:well|the\s+best))\b",
                       re.I)
_PASSING_WISH = re.compile(r"\b(?:happy|good|great|lovely|nice)\s+(?:friday|weekend|monday|holiday|day)\b", re.I)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b"
                       r"[\s!.,]*(?:there|all|everyone|team|folks)?[\s!.,]*$", re.I)
_ENUMERATES = re.compile(r"\b(?:two|2|three|3|couple\s+of|a\s+few|several)\s+(?:things|questions|issues|"
                         r"requests|quick\s+ones)\b|\bplus\b|\balso\b|\bas\s+well\b|\banother\s+thing\b|"
                         r"\band\s+(?:can|could|do|does|will|would|what|how|when|who|is|are)\b", re.I)
_REFERS_BACK = re.compile(r"^(?:can|could|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:help|look|assist|sort)"
                          r"(?:\s+(?:me|us))?\s+(?:with|at|into|out)?\s*(?:both|them|these|those|all|either|that|this)"
                          r"\b[\s?.!]*$", re.I)
_REQUEST = re.compile(r"\?|\b(?:please|pls|plz|can|could|would|will\s+you|need|want|send|give|help|how|what|when|"
                      r"where|who|why|fix|check|look)\b|"
                      # a fault reported is a request for help, asked or not ("the dashboard won't load")
                      r"\b(?:won'?t|wont|doesn'?t|can'?t|cannot)\s+(?:load|work|start|open|print|connect|boot|log\s*in|sync|send)\b|"
                      r"\bnot\s+working\b|\bkeeps?\s+(?:crashing|freezing|dropping)\b", re.I)
_OWNED = re.compile(r"\b(?:data|backups?|archives?|exports?|files|encryption\s+keys?|keys?|passwords?|pwd?s?|credentials?|"
                    r"admin\s+(?:access|accounts?|logins?)|logins?|domains?|registrar|dns|licen[cs]es?|mailbox(?:es)?|"
                    r"documents?|documentation|diagrams?|recipes|records)\b", re.I)
_HANDING = re.compile(r"\b(?:need|needs|want|wants|wanted|send|give|get|transfer\w*|move|hand\w*|where(?:'s|\s+is|\s+are)?|export|e-?mail|"
                      r"copy|list|release|who\s+(?:controls|owns|has|holds)|never\s+got|didn'?t\s+get|"
                      r"(?:still\s+)?(?:on|in|under)\s+your\s+(?:account|name|tenant|billing)|renew\w*|expir\w*|"
                      r"(?:tell|remind|give)\s+(?:me|us)|what\s+(?:is|was|'s)\s+the|lost|forgot\w*)\b", re.I)
# A plea in so many words ("give us one more chance", "please reconsider"): the words of asks_to_reverse that are not
# a request for more time.
_RECONSIDER_WORDS = (r"reconsider\w*|change\s+your\s+mind|rethink|another\s+chance|(?:one|1)\s+more\s+chance|second\s+chance|"
                     r"last\s+chance|(?:please\s+)?don'?t\s+(?:leave|drop|dump|abandon)\s+us\b(?!\s+(?:without|stranded|in\s+the|"
                     r"hanging|high))|please\s+don'?t\s+do\s+this|"
                     # "if there's any way at all to keep going, even just until spring"
                     r"any\s+way\s+(?:at\s+all\s+)?(?:to|you\s+(?:could|can)|we\s+(?:could|can))\s+(?:keep|stay|continue|carry\s+on)|"
                     r"(?:is\s+there\s+)?(?:really\s+)?nothing\s+(?:at\s+all\s+)?we\s+can\s+do|"
                     r"(?:is\s+there\s+)?(?:really\s+)?no\s+way\s+back")
_RECONSIDER = re.compile(r"\b(?:" + _RECONSIDER_WORDS + r"|give\s+us\s+(?:another|one\s+more)\s+(?:go|try))\b", re.I)
_REVERSE = re.compile(r"\b(?:" + _RECONSIDER_WORDS + r"|revers\w*|revisit|(?:one|1)\s+more\s+(?:go|try)\b|"
                      r"extend\w*|extension|more\s+time|push\s+(?:it|the\s+date)\s+back|postpone|"
                      r"stay\s+on|keep\s+us\s+on)\b", re.I)
_WHY = re.compile(r"\bwhy\s+(?:did|are|have|were|would|is)\s+(?:you|we|this|it)\b|\bwhat\s+(?:went|did\s+we\s+do)\s+"
                  r"wrong\b|\bwhat\s+(?:we|i)\s+(?:do|did|done)\s+wrong\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:real\s+|actual\s+)?reason\b|"
                  r"\b(?:ask|know|understand|tell\s+(?:me|us))\s+(?:\w+\s+){0,2}why\b|"
                  # "a written statement of the grounds for termination"
                  r"\b(?:grounds|basis)\s+for\s+(?:the\s+|this\s+|your\s+)?(?:termination|terminating|ending|cancell?ation|decision)\b|(?:^|[.!]\s*|\b(?:honestly|but|so|just)\s+)why\s*\?+", re.I)
_SEGMENT_BREAK = re.compile(r"(?<=[.?!;:])\s+|,?\s+\bplus\b\s*|,\s*and\s+(?=(?:can|could|do|does|will|would|"
                            r"what|how|when|who|is|are|we|our)\b)|,?\s+\balso\b,?\s*", re.I)


def guessed_reasons(text: str) -> list[str]:
    """The reasons a message names or hints at, in the order the catalogue lists them."""
    return [name for name, pattern in _REASONS.items() if pattern.search(text)]


def is_guessing(text: str) -> bool:
    """The message puts forward a reason of its own ("is it because ...?", "they think it was ...")."""
    return bool(_GUESSING.search(text))


# "Is this about the email outage in March?", "is it because of what happened with the server?": a cause
# put forward as a question, whatever it is (the reasons we record are matched by REASON_WORDS).
_ASKS_IF_CAUSE = re.compile(r"\b(?:is|was)\s+(?:it|this|that|all\s+this)\s+(?:(?:all|really|just|actually)\s+)?"
                            r"(?:about|because\s+of|due\s+to|over|down\s+to)\s+(?:the|that|our|my|what|those|last|"
                            r"when|how|a|an)\b|\b(?:is|was)\s+(?:it|this|that)\s+(?:really\s+|just\s+|all\s+)?(?:because|bc|b/c|cuz|coz|cos)\b|"
                            # "I bet this is because Dr. Kim yelled at your technician"
                            r"\b(?:i\s+bet|i\s+suppose|i\s+guess|i'?m\s+guessing|i\s+assume|presumably)\s+(?:this|it|that)"
                            r"(?:'s|\s+is|\s+was)\s+(?:all\s+|really\s+|just\s+)?(?:because|about|over|down\s+to)\b", re.I)


def asks_if_cause(text: str) -> str:
    """The words after "is this about / because of" when a message asks whether something is the reason."""
    found = _ASKS_IF_CAUSE.search(text)
    return re.split(r"[?.!]", text[found.start():], maxsplit=1)[0] if found else ""


def asks_for_contact(text: str) -> bool:
    return bool(_CONTACT.search(text) or _CONTACT_BY_NAME.search(text))


def asks_end_date(text: str) -> bool:
    return bool(_END_DATE.search(text) or _STILL_OURS.search(text) or _END_ASKED.search(text)
                or _WHEN_IS_THIS.search(text) and _STOP_WORKING_WITH_US.search(text))


# "My boss say your company stop to work with us? When is this?": the ending told, and its day asked
_STOP_WORKING_WITH_US = re.compile(r"\b(?:stop|end|finish)\w*\s+(?:to\s+)?work\w*\s+(?:with|for)\s+us\b", re.I)
_WHEN_IS_THIS = re.compile(r"\bwhen\s+(?:is|will\s+be|does)\s+(?:this|that|it)\b", re.I)


# More ways to ask the last day: "the date for the end is 4 January?", "when your service stop", "when did it end?",
# "do you still work that day?".
_END_ASKED = re.compile(r"\bdate\s+(?:for|of)\s+the\s+end\b|"
                        # "When exactly do you stop?", "what date exactly do u stop supporting us"
                        r"\b(?:when|what\s+(?:date|day))\s+(?:exactly\s+)?(?:do|will|does|are)\s+(?:you|u|you\s+guys|your\s+team)\s+"
                        r"(?:exactly\s+)?(?:stop|finish|end|leave|leaving|stopping|finishing)\b|\bwhat\s+(?:date|day)\s+is\s+(?:the|our|your)\s+(?:end|last\s+day)\b|\bwhen\s+(?:exactly\s+)?(?:your|the)\s+(?:it\s+)?(?:service|support|"
                        r"contract|agreement)\s+(?:will\s+)?(?:stop|end|finish)(?:s|ed)?\b|\bwhen\s+did\s+(?:it|that|this|"
                        r"(?:the|our|your)\s+(?:support|service|contract|agreement))\s+end\b|"
                        r"\b(?:still\s+)?work(?:ing)?\s+(?:on\s+)?that\s+day\b|"
                        # as a newcomer to English asks it: "when is finish exactly?", "when it finish?"
                        r"\bwhen\s+(?:is|it|does\s+it|will\s+it)\s+(?:\w+\s+)?(?:finish|end|stop)\b(?!\s+(?:work|working|the\s+\w+))",
                        re.I)
# When notice was given ("when exactly did you give us notice?").
_NOTICE_ASKED = re.compile(r"\bwhen\b[^.?!]{0,30}\b(?:give|gave|given|send|sent|receive[ds]?|got)\b[^.?!]{0,20}\bnotice\b|"
                           r"\bnotice\s+date\b|\bdate\s+of\s+(?:the\s+|your\s+)?notice\b", re.I)
# Who looks after them once we stop ("after this who help us?").
_WHO_AFTER = re.compile(r"\bafter\s+(?:this|that|then|it|the\s+\w+)\b[^.?!]{0,20}\bwho\b|\bwho\b[^.?!]{0,30}\bafter\s+"
                        r"(?:this|that|then|it|you\s+(?:go|leave|stop))\b", re.I)


def asks_notice_date(text: str) -> bool:
    return bool(_NOTICE_ASKED.search(text))


# Where one sentence ends and the next begins: each question in a message is asked on its own
# ("Which day is the last? And who must Castle Tech call?" asks two things).
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+(?=\S)")
SHORT_DATE_CHECK = 8   # words in a question that only checks a day ("so it's Monday the 21st then?")


# "what date exactly do u stop supporting us": a question without its question mark
_ASKED_WITHOUT_MARK = re.compile(r"\s*(?:what|when|which)\b(?!\s+(?:a|an)\s)", re.I)


# "will our email stop to work on this same day?", "does everything just stop working?"
_THINGS_STOP = re.compile(r"\b(?:will|does|do|would)\s+(?:our|the|my|all\s+(?:our|the))?\s*(?:e-?mails?|systems?|computers?|pcs?|"
                          r"internet|phones?|website|files|everything|it\s+all|it|printers?)\s+(?:just\s+|also\s+)?(?:stop|go\s+down|"
                          r"switch\s+off|shut\s+(?:off|down)|be\s+(?:switched|turned|cut|shut)\s+off|disappear|vanish|go\s+away)\w*",
                          re.I)


def asks_when_and_if_things_stop(text: str) -> bool:
    """Asks the date we stop and whether their things stop with it ("the exact date when you stop the service, and
    will our email stop to work on this same day?")."""
    return asks_end_date(text) and bool(_WHEN.search(text)) and bool(_THINGS_STOP.search(text)) \
        or bool(_THINGS_STOP_ON_THE_DAY.search(text))


# "does it stop working on the 4th?": whether their things stop on our last day, the day named.
_THINGS_STOP_ON_THE_DAY = re.compile(_THINGS_STOP.pattern + r"[^.?!]{0,20}\b(?:on|after|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
                                     re.I)


def asks_only_dates(pieces: list[str]) -> bool:
    """Every part of the message asks about our dates: the last day, when notice was given, whether we work
    that day, who looks after them after it. The record answers all of it."""
    asks = [sentence for piece in pieces for sentence in _SENTENCE_END.split(piece)
            if "?" in sentence or makes_a_request(sentence) or _ASKED_WITHOUT_MARK.match(sentence)
            or asks_user_password_reset(sentence) or asks_for_a_fix(sentence)]   # ("1) Dr Patel locked out again")
    # (the rest is context, "for our audit")
    if any(re.search(r"\bwhat\s+(?:happens|if|now|then)\b|\bif\s+(?:we|you|nobody|no\s*one)\b", piece, re.I) for piece in asks):
        return False   # "what happens on the last day if we still have nobody?" asks about more than the date
    dated = lambda piece: asks_notice_date(piece) or asks_end_date(piece) and bool(_WHEN.search(piece)) \
        or offers_a_date(piece) and len(piece.split()) <= SHORT_DATE_CHECK   # "Is it the 21st?"
    return bool(asks) and all(dated(piece) or _WHO_AFTER.search(piece) for piece in asks) and any(map(dated, asks))


_PLEASE = re.compile(r"\s*(?:please|pls|plz|kindly)\b", re.I)


def asks_more_than_dates(text: str) -> bool:
    """Asks a date and, in another question, something else ("Which day is the last? And who must Castle
    Tech call?"): the record answers only the first."""
    # (a request counts as asked: "Please confirm the last day in writing. Also, will you take your antivirus off?")
    asks = [sentence for sentence in _SENTENCE_END.split(text) if ("?" in sentence or _PLEASE.match(sentence))
            and not asks_what_after(sentence)]
    return len(asks) > 1 and not asks_only_dates([text])   # (who helps after the day is the date's answer too)


def asks_several_questions(text: str) -> bool:
    """Two or more questions, each its own sentence ("Will you delete our emails? Also, who owns our domain?"),
    or two joined in one ("Who should we talk to about the handover, and what will the final invoice be?")."""
    questions = _questions(text)
    return len(questions) > 1 or any(_TWO_IN_ONE.search(question) for question in questions) or bool(_SEVERAL_SAID.search(text))


def _questions(text: str) -> list[str]:
    return [sentence for sentence in _SENTENCE_END.split(text) if "?" in sentence]


# "Two things: ...", "a couple of questions": several asks announced, however they are punctuated.
def says_it_has_several(text: str) -> bool:
    """Says it has several things to ask ("Two things:", "a couple of questions")."""
    return bool(_SEVERAL_SAID.search(text))


_SEVERAL_SAID = re.compile(r"\b(?:two|2|three|3|a\s+couple\s+of|a\s+few)\s+(?:quick\s+)?(?:things|questions|requests|qs)\b", re.I)
_ASKING_WORD = r"(?:who|what|when|where|how|which|why|will|would|can|could|do|does|is|are|should)"
_TWO_IN_ONE = re.compile(rf"\b{_ASKING_WORD}\b[^?]{{8,80}},\s*(?:and|also|plus)\s+{_ASKING_WORD}\b", re.I)


# The date itself asked for: "when", "what date", "dates", "our last day again", "the 4th?".
_WHEN = re.compile(r"\bwhen\b|\bwhat\s+(?:date|day)\b|\bwhich\s+(?:date|day)\b|\bdates?\b|\bour\s+last\s+day\b|"
                   r"\blast\s+day\s+again\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                   r"nov|dec)[a-z]*\b", re.I)


# "Are you still our IT company?": whether we still look after them is a question about the last day.
_STILL_OURS = re.compile(r"\b(?:are|r)\s+(?:you|u)\s+still\s+(?:our|the)\s+(?:it\s+)?(?:provider|company|firm|msp|support|"
                         r"it\s+people|people)\b|\b(?:do|will)\s+(?:you|u)\s+still\s+(?:look\s+after|support|manage|fix|help|"
                         r"do\s+the\s+it\s+for)\b|\bwhat\s+(?:date|day)\s+(?:did|does|will|is)\s+(?:our|the|your)\s+"
                         r"(?:support|contract|agreement|service)\w*\s+(?:end|stop|finish)", re.I)


# A hello on its own, opening a conversation ("hello?", "hi there", "morning, anyone around?"); greeting a
# group ("hello all", "morning team") is a passing greeting the people in the conversation see.
_BARE_HELLO = re.compile(r"^\s*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)"
                         r"(?:\s+(?:there|again))?[\s!.,?]*)?(?:(?:is\s+)?(?:any\s*one|any\s*body|"
                         r"someone|somebody)\s+(?:still\s+)?(?:there|around|about|here|available|awake|watching|reading|monitoring)"
                         r"(?:\s+(?:this|the)\s+(?:channel|chat|thread|conversation))?[\s!.?]*|"
                         # "u there?", "are you there?"
                         r"(?:are\s+|r\s+)?(?:you|u|ya)\s+(?:guys\s+)?(?:still\s+)?(?:there|around|about)[\s!.?]*)?$", re.I)


def opens_with_hello(text: str) -> bool:
    """Nothing but a hello (or "anyone there?"): someone waiting for an answer."""
    return bool(text.strip()) and bool(_BARE_HELLO.match(text))


def small_talk_kind(text: str) -> str:
    """thanks | seasonal | greeting | other: how to answer a message that is not about the offboarding."""
    if _SEASONAL.search(text):
        return "seasonal"
    if _THANKS.search(text):
        return "thanks"
    if _GREETING.search(text) or _PASSING_WISH.search(text):
        return "greeting"
    return "other"


# "1) ... 2) ...", "(a) ... (b) ...", "first, ... second, ...", or bulleted lines: a list of requests.
_LIST_MARK = re.compile(r"(?:(?<=\s)|^)(?:\(?[1-9][).](?=\s)|\(?[a-e]\)|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|"
                        r"lastly|finally)\s*[,:])\s*|^\s*[-*\u2022]\s+", re.I | re.M)
_TRAILING_AND = re.compile(r"[\s,;]*(?:\band\b|&)?[\s,;:-]*$", re.I)


def segments(text: str) -> list[str]:
    """The parts of a message that may each carry a request, when it says it carries several.

    A closing line that only points back at the others ("can you help with both?") is no part.
    """
    if len(_LIST_MARK.findall(text)) >= 2:
        parts = [_TRAILING_AND.sub("", p).strip(" ,;:-") for p in _LIST_MARK.split(text)]
        if not _REQUEST.search(parts[0]):
            parts = parts[1:]   # "Two things:" introduces the list, it asks nothing
    elif _ENUMERATES.search(text):
        parts = [p.strip(" ,;:-") for p in _SEGMENT_BREAK.split(text)]
    else:
        return [text]
    parts = [p for p in parts if sum(ch.isalpha() for ch in p) >= 8 and len(p.split()) >= 3
             and not _REFERS_BACK.match(p)]
    return parts if len(parts) > 1 else [text]


def makes_a_request(text: str) -> bool:
    """Asks for something (a question, 'please', 'can you', 'we need'...), as opposed to only telling us."""
    return bool(_REQUEST.search(text))


def asks_for_what_is_theirs(text: str) -> bool:
    """Asks for the client's own data, backups, keys, credentials, domains, licences or documents."""
    return bool(_OWNED.search(text) and _HANDING.search(text))


# Their documentation asked for, not their data ("they never got their network diagrams"): sent, not put on a drive.
_DOCUMENTS = re.compile(r"\b(?:diagrams?|documentation|docs|runbooks?|as-?builts?|network\s+maps?|site\s+notes|"
                        r"handover\s+(?:pack|notes|documents?))\b", re.I)
_DATA = re.compile(r"\b(?:data|backups?|archives?|exports?|files|mailbox(?:es)?|e-?mails?|drive|copy)\b", re.I)


# A user's password reset or lock-out: an ordinary fault, not the handover of their admin credentials.
_USER_RESET = re.compile(r"\breset\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|my\s+)?(?:e-?mail\s+|mailbox\s+|user\s+)?password\s+for\b|"
                         r"\bpassword\s+reset\s+for\s+(?:our|my|the|a|an|his|her)\b|"
                         r"\b(?:is|are|'s|'re|got|get|keeps?\s+getting)\s+locked\s+out\b|"
                         r"(?<!\bwe\s)(?<!\bus\s)\b(?-i:[A-Z][a-z]+|she|he|they)\s+(?:(?:is|are)\s+)?locked\s+out\s+of\b|"   # "Dr Patel locked out of her email"
                         r"\breset\s+(?:\w+\s+)?(?-i:[A-Z][a-z]+)'s\s+password\b|"
                         # "can't log into the X-ray PC, says password expired"
                         r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:(?:log|sign)\s*(?:in|on)\w*|get\s+(?:in|into))\b|"
                         r"\bpassword\s+(?:has\s+|had\s+|is\s+)?(?:expired|stopped\s+working|not\s+working|isn'?t\s+working)\b|"
                         r"\bforgot\s+(?:my|her|his|their|the)\s+password\b", re.I)


# A new person to set up ("new hygienist starts Mon 7th, needs email + login"): everyday work, not their admin handed over.
_NEW_USER = re.compile(r"\bnew\s+(?:starter|hire|employee|member\s+of\s+staff|staff\s+member|colleague|receptionist|nurse|"
                       r"hygienist|dentist|driver|baker|assistant|manager|person|guy|girl)s?\b[^.?!;]{0,50}\b(?:needs?|set\s*up|setup|"
                       r"accounts?|logins?|e-?mail|laptop)\b|\bset\s*up\s+(?:a\s+)?(?:new\s+)?(?:user|account|mailbox|e-?mail)\s+for\b",
                       re.I)


def asks_new_user_setup(text: str) -> bool:
    return bool(_NEW_USER.search(text)) and not credential_items(text)


def asks_user_password_reset(text: str) -> bool:
    return bool(_USER_RESET.search(text)) and not credential_items(text)


def asks_for_documents(text: str) -> bool:
    return bool(_DOCUMENTS.search(text)) and not _DATA.search(text)


def pleads_to_reconsider(text: str) -> bool:
    return bool(_RECONSIDER.search(text))


def asks_to_reverse(text: str) -> bool:
    """Asks us to undo, reconsider or postpone the decision."""
    return bool(_REVERSE.search(text))


# "Nobody has given us a real reason", "nobody ever told us why": the reason never heard, said as a complaint.
_NEVER_TOLD = re.compile(r"\b(?:nobody|no\s*one|no-one|never)\s+(?:has\s+|have\s+|ever\s+|actually\s+)*(?:told|given|explained|gave)\b|"
                         r"\bnever\s+(?:got|had|heard)\s+(?:a\s+)?(?:straight|real|proper|actual)\s+(?:answer|reason)\b", re.I)


def says_never_told(text: str) -> bool:
    return bool(_NEVER_TOLD.search(text))


def asks_why(text: str) -> bool:
    return bool(_WHY.search(text))


# "That's not on us", "it wasn't our fault", "YOUR invoices went to an old address": the client sees the
# reason differently. They are heard and a person is told; the reason on record still stands.
_DISPUTES = re.compile(r"\b(?:we|i)\s+(?:always|have\s+always|'ve\s+always)\s+paid\b(?!\s+late)|"   # "we ALWAYS paid eventually"
                       r"\b(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is|was|wasn'?t|isn'?t)\s+not\s+(?:on|down\s+to)\s+us\b|"
                       r"\bnot\s+(?:on|down\s+to)\s+us\b|\b(?:wasn'?t|was\s+not|isn'?t|is\s+not|not)\s+(?:really\s+)?our\s+fault\b|"
                       r"\b(?:that'?s|that\s+is|this\s+is|it'?s)\s+(?:not\s+true|not\s+fair|unfair|untrue|a\s+lie|rubbish|nonsense)\b|"
                       r"\bwe\s+(?:disagree|dispute|don'?t\s+accept|do\s+not\s+accept)\b|"
                       r"\bbecause\s+(?:YOUR|your\s+(?:invoices|system|team|billing|emails?|portal))\b|"
                       r"\byou\s+never\s+(?:sent|told|invoiced|billed|chased|said)\b|"
                       # "lol 'scope creep'", "Wow, 'scope creep'. So asking you to do your job is creep now?"
                       r"['\"\u2018\u201c](?:scope\s+creep|late\s+pay\w*|workload|capacity|overload\w*|never\s+satisfied|"
                       r"not\s+a\s+(?:good\s+)?fit)['\"\u2019\u201d]", re.I)


# "After this day, no one help with computer?", "what happens after that?": what the last day means for them.
_WHAT_AFTER = re.compile(r"\bafter\s+(?:this|that|the\s+last)\s+(?:day|date)\b|\bwhat\s+happens\s+(?:after|then|next|once)\b|"
                         r"\bwho\s+(?:will\s+|is\s+going\s+to\s+)?(?:help|helps|look\s+after|support)\s+(?:us|me)\s+(?:after|then|from\s+then)\b|"
                         r"\bno\s*(?:one|body)\s+(?:will\s+)?help", re.I)


# "Why is your remote agent still on our laptops? Are you watching us?": a tool of ours left behind after the end.
_OUR_TOOLS_LEFT = re.compile(r"\b(?:agents?|rmm|remote\s+(?:management|monitoring|access|support)\s*(?:agent|tool|software|app)?s?|"
                             r"monitoring\s+(?:software|tool|agent|thing|program|app)s?|your\s+(?:software|tools?|apps?|icon))\b[^.?!]{0,60}\bstill\b|"
                             r"\bstill\b[^.?!]{0,60}\b(?:agents?|rmm|remote\s+(?:management|monitoring|access)|monitoring\s+"
                             r"(?:software|tool)s?)\b|\b(?:are|r)\s+(?:you|u)\s+(?:still\s+)?(?:watching|monitoring|spying\s+on)\s+us\b|"
                             # "still getting your monitoring alerts every night": our alerts, still running
                             r"\bstill\s+(?:getting|receiving|seeing)\s+(?:your\s+)?[^.?!]{0,40}?\b(?:alerts?|alarms?|notifications?|"
                             r"reports?)\b(?!\s+(?:from|about)\s+(?:microsoft|google|the\s+bank|our\s+own))|"
                             # our access left behind: "why do you STILL have admin on our 365 tenant??", "your old tech's
                             # login is still on our server"
                             r"(?:\bwhy\s+(?:do|does|would|have)\s+(?:you|u|your\s+(?:team|people|guys|company))|\byour\s+(?:company|firm|team))\s+"
                             r"still\s+(?:have|has|got|holds?)\s+(?:\w+\s+){0,2}?"
                             r"(?:admin|access|logins?|accounts?)\b|\byour\s+(?:old\s+|former\s+)?(?:tech|technician|engineer|guy)\w*'?s?\s+"
                             r"(?:\w+\s+)?(?:login|account|user)\w*\s+(?:is|are)\s+still\b", re.I)


# "We can't find it in the docs you sent": something the handover should have given them is missing.
_HANDOVER_GAP = re.compile(r"\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+find\b[^.?!]{0,40}\b(?:docs?|documentation|handover|notes|"
                           r"diagrams?|what\s+you\s+sent)\b|\b(?:missing|not)\s+(?:from|in)\s+(?:the\s+)?(?:docs?|documentation|"
                           r"handover(?:\s+(?:docs?|notes|pack))?|what\s+you\s+sent)\b|\b(?:docs?|documentation|handover\s+notes)\s+"
                           r"(?:you\s+sent\s+)?(?:doesn'?t|don'?t|didn'?t)\s+(?:say|cover|mention|include)\b|"
                           r"\b(?:docs?|documentation|handover\s+(?:notes|pack))\s+(?:is|are|was|were)\s+(?:a\s+bit\s+|very\s+|pretty\s+|rather\s+)?"
                           r"(?:thin|incomplete|sparse|patchy|lacking)\b", re.I)


def reports_handover_gap(text: str) -> bool:
    return bool(_HANDOVER_GAP.search(text))


# "We can pay every open invoice today": money offered on what is owed, for a person to take up.
_SETTLES = re.compile(r"\bpay\s+(?:off\s+)?(?:every|all|each|the|our)\s+(?:of\s+)?(?:the\s+)?(?:open|outstanding|overdue|unpaid|late)\s+"
                      r"(?:invoices?|bills?|balance|amounts?)\b|\b(?:settle|clear)\s+(?:(?:the|our|all|every)\s+(?:open\s+|outstanding\s+|"
                      r"overdue\s+)?(?:balance|account|invoices?|bills?|arrears)|everything\s+we\s+owe|what\s+we\s+owe)\b", re.I)


def offers_to_settle(text: str) -> bool:
    return bool(_SETTLES.search(text))


# "We're thinking of going with someone else instead of Castle Tech": the provider on record may change.
_PROVIDER_CHANGE = re.compile(r"\b(?:someone|somebody|another\s+(?:company|provider|firm|msp)|a\s+different\s+(?:company|provider|firm|msp))"
                              r"(?:\s+else)?\s+instead\b|\binstead\s+of\s+(?-i:[A-Z]\w+)|\bnot\s+(?:going\s+with|using|signing\s+with)\s+"
                              r"(?-i:[A-Z]\w+)|\b(?:changed|changing)\s+our\s+minds?\s+about\s+(?-i:[A-Z]\w+)", re.I)


def never_received(text: str) -> bool:
    """"We never got a final invoice": what has not arrived is no charge questioned."""
    return bool(re.search(r"\bnever\s+(?:got|received|saw|had)\b|\b(?:didn'?t|haven'?t|did\s+not|have\s+not)\s+"
                          r"(?:get|got|receive|received|see|seen)\b|\b(?:misplaced|lost|can'?t\s+find|cannot\s+find)\b", text, re.I))


def changes_provider(text: str) -> bool:
    return bool(_PROVIDER_CHANGE.search(text))


# "Could you keep your remote monitoring running until our new people are set up in January?"
_KEEP_RUNNING = re.compile(r"\bkeep\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,3}?(?:running|going|on|active|in\s+place)\s+"
                           r"(?:until|till|through|into)\b|"
                           # "our RMM won't be rolled out until mid-Feb. Could you leave yours running until then?"
                           r"\bleave\s+(?:yours|your\s+(?:[\w-]+\s+){0,2}?\w+|it|them)\s+(?:running|on|active|in\s+place)\s+"
                           r"(?:until|till|through|into)\b|"
                           # "keep backups running into January 'as a courtesy'": past the last day
                           r"\bkeep\s+(?:[\w-]+\s+){1,3}?(?:running|going|on|active)\s+(?:into|past|beyond)\b", re.I)


def finds_our_tools_left(text: str) -> bool:
    return bool(_OUR_TOOLS_LEFT.search(text))


def asks_what_after(text: str) -> bool:
    return bool(_WHAT_AFTER.search(text))


def disputes_the_reason(text: str) -> bool:
    return bool(_DISPUTES.search(text))


# -- cues for how a reply is worded (who it is for, when it is about) ---------------------------------

# Words of the offboarding, of IT work and of a client's business with us: a message using any of
# them may need an answer from us, so it is never taken for chatter.
_OUR_BUSINESS = re.compile(
    r"\b(?:support\w*|contract\w*|agreement|notice|end(?:s|ed|ing)?|last|final|handover|hand\s+over|provider|msp|"
    r"decision|decid\w*|reason|why|revers\w*|reconsider|stay|leav\w*|left|drop\w*|over|finish\w*|stop\w*|next|now|"
    r"happen\w*|plan|still|anymore|after|before|until|deadline|date|week|month|"
    r"it|i\.t\.|tech\w*|computers?|pcs?|laptops?|printers?|scanners?|servers?|network\w*|wi-?fi|internet|router|"
    r"firewall|vpn|e-?mails?|mail\w*|outlook|office|microsoft|m365|365|teams|slack|zoom|passwords?|logins?|"
    r"accounts?|admin\w*|users?|domains?|dns|websites?|backups?|data|files?|drives?|cloud|licen[cs]es?|software|"
    r"apps?|systems?|devices?|phones?|ipads?|iphones?|screens?|monitors?|cameras?|cctv|tills?|card\s+readers?|"
    r"tickets?|help\s*desk|fix\w*|broken|break\w*|down|errors?|crash\w*|install\w*|set\s*up|setup|config\w*|"
    r"access|remote|agents?|rmm|security|virus\w*|updates?|invoices?|bills?|pay\w*|paid|price\w*|costs?|fees?|"
    r"quotes?|owe\w*|money|refund\w*|review\w*|complain\w*|lawyers?|legal|sue|angry|upset|terrible|awful|"
    r"disappoint\w*|sorry|contact|talk|speak|call\w*|meet\w*|manager|owner|director|boss|team|staff)\b", re.I)
# Someone speaking of their own organisation or to us: "we", "our", "you", "your"...
_PERSONAL = re.compile(r"\b(?:we|we're|we've|we'll|our|ours|us|i|i'm|i've|i'll|my|mine|your|yours|you're|"
                       r"you've|you'll|ur|guys|y'all)\b", re.I)
_YOU = re.compile(r"\b(?:you|u)\b", re.I)
# Asking about the world: "what's ...", "who won ...", "tell me a joke".
_WORLD_QUESTION = re.compile(r"^\s*(?:what(?:'s|s| is| are| was)?|who(?:'s| is| won| was)?|when(?:'s| is)?|where(?:'s| is)?|"
                             r"which|how(?:'s| is| many| much| do| does| long| far)?|is|are|will|any|"
                             r"(?:can|could|would)\s+(?:you|u)\s+tell\s+me|do\s+(?:you|u)\s+know|"
                             r"did\s+(?:you|u|anyone)\s+(?:see|watch|catch)|tell\s+me|guess)\b", re.I)


def is_chatter(text: str, names: tuple[str, ...] = ()) -> bool:
    """Chatter about anything but us and their IT ("what's the weather tomorrow?", "who won the
    cup?"): a short question about the world that names nobody of ours or theirs, says nothing of
    their own organisation or of us, and uses no word of IT work or of the offboarding."""
    words = text.split()
    if not words or len(words) > 16 or not _WORLD_QUESTION.search(text):
        return False
    if _PERSONAL.search(text) or _OUR_BUSINESS.search(text):
        return False
    polite = re.sub(r"\b(?:can|could|would|do|did)\s+(?:you|u)\b", "", text, flags=re.I)
    if _YOU.search(polite):
        return False
    lowered = text.lower()
    return not any(part and part.lower() in lowered for name in names for part in name.split() if len(part) > 2)


_AFTER_THE_END = re.compile(
    r"\b(?:after|once|beyond|past|from)\s+(?:the\s+|that\s+|their\s+|our\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"(?:last|final)\s+day|end\s+date|end\b|date\b|cut-?off|switch-?over|"
    r"(?:support|contract|agreement)\s+(?:ends|has\s+ended|is\s+over|finishes|stops)|"
    r"(?:we|they|you)(?:'ve|\s+have)?\s+(?:leave|left|go|gone|finish\w*|stop\w*))", re.I)


def asks_about_after_the_end(text: str) -> bool:
    """Asks about the time after the last day of support ("after the 21st", "once we leave",
    "after Jan 4")."""
    return bool(_AFTER_THE_END.search(text))


# The new provider as the one a message is for, or the one asking: "tell Globex's new guys",
# "BrightPath asked ...", "their new MSP wants ...".
_NEW_PROVIDER_WORDS = r"(?:(?:\w+'s|their|the)\s+)?new\s+(?:it\s+)?(?:provider|msp|company|firm|partner|guys|people|team|folks|support)"
_TO_THEM = r"\b(?:tell|email|e-mail|reply\s+to|respond\s+to|answer|write\s+to|message|ping|let|introduce\s+(?:us|me|ourselves)\s+to|" \
           r"(?:intro(?:duction)?|message|note|e-?mail|letter|response|hand-?over\s+note)(?:\s+from\s+(?:us|me)(?:\s*\([^)]{0,40}\))?)?\s+" \
           r"(?:to|asking|telling|inviting|for))\s+"
_THEY_ASK = r"(?:\s+(?:just|also|now|again|already|then|finally))?\s+(?:asked|asks|is\s+asking|are\s+asking|keeps?\s+asking|wants?|wanted|emailed|e-mailed|called|rang|says|said|" \
            r"wrote|messaged|needs?(?!\s+to\s+(?:call|ring|phone|contact|reach|get\s+in\s+touch|e-?mail|speak|talk))|requested|requests|keeps?\s+calling|sent|sends)\b"


def _provider_ref(provider: str) -> str:
    """A pattern for the new provider: in words ("their new IT"), by its recorded name, or its first word."""
    refs = [_NEW_PROVIDER_WORDS]
    name = " ".join(provider.split())
    if name:
        refs.append(re.escape(name))
        first = name.split(" ")[0]
        if len(first) > 3:
            refs.append(re.escape(first))
    return "(?:" + "|".join(refs) + ")"


_TAKING_OVER = r"(?:\s+(?:is|are|will\s+be)|'s|'re)\s+(?:now\s+)?(?:taking\s+over|picking\s+(?:\w+\s+)?up|replacing\s+us|coming\s+in)\b"
_TO_THEM_PLAINLY = re.compile(r"\b(?:tell|send|email|e-mail|write\s+to|say\s+to|give)\s+them\b", re.I)


def provider_starts_early(text: str, provider: str = "") -> bool:
    """The new provider wants access or to start before the last day ("can Castle Tech get admin access now to
    start early?"): the handover brought forward, not anything cut off."""
    if re.search(r"\b(?:can'?t|cannot|won'?t|not|unable\s+to|until|till)\b[^.?!]{0,20}\b(?:start|begin)\b", text, re.I):
        return False   # "Castle Tech can't fully start before then": a later start, not an early one
    return bool(re.search(r"\b" + _provider_ref(provider) + r"\b[^.?!]{0,40}\b(?:(?:admin\s+)?access|start|begin|get\s+in|"
                          r"come\s+in|overlap|install|put|deploy|set\s*up|roll\s*out)\w*\b[^.?!]{0,40}\b(?:now|early|earlier|"
                          r"already|before|this\s+week|next\s+week|straight\s+away|right\s+away|in\s+the\s+meantime)\b", text, re.I))


def provider_takes_over(text: str, provider: str = "") -> bool:
    """Staff say the new provider is taking over ("Castle Tech is taking over Hooli, what do I send them?")."""
    return bool(re.search(r"\b" + _provider_ref(provider) + _TAKING_OVER, text, re.I))


_CONTACT_US = re.compile(r"\b(?:call|ring|phone|e-?mail|contact|message)\s+us\b|\b(?:get|be)\s+in\s+touch\s+(?:with\s+us)?|"
                         r"\breach\s+out\s+to\s+us\b", re.I)


def not_heard_from(text: str, provider: str) -> bool:
    """Says the new provider on record hasn't been in touch ("we still haven't heard from Castle Tech")."""
    return bool(provider) and bool(re.search(r"\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|not|never|no\s+word)\s+(?:yet\s+)?"
                                             r"(?:heard\s+(?:back\s+|anything\s+)?from|from)\s+" + re.escape(provider.split()[0]),
                                             text, re.I))


def asks_them_to_contact_us(text: str) -> bool:
    """Someone is to get in touch with us ("get Castle Tech to call us")."""
    return bool(_CONTACT_US.search(text))


def writes_to_provider(text: str, provider: str = "") -> bool:
    """The message a staff member wants is for the client's new provider, not the client."""
    ref = _provider_ref(provider)
    return bool(re.search(_TO_THEM + ref + r"\b", text, re.I) or re.search(r"\b" + ref + _THEY_ASK, text, re.I)
                or (provider_takes_over(text, provider) and _TO_THEM_PLAINLY.search(text)))


_IN_PUBLIC = re.compile(
    r"\b(?:left|posted|wrote|written|put\s+up|published)\b[^.?!]{0,40}\breviews?\b|"
    r"\breviews?\b[^.?!]{0,20}\b(?:is|went)\s+(?:up|live|online)\b|"
    r"\b(?:respond|reply|answer|post|write|say)\w*\s+(?:back\s+)?(?:to\s+(?:it|that|them)\s+)?(?:publicly|in\s+public)\b|"
    r"\b(?:posted|wrote|said|commented)\s+(?:\w+\s+){0,2}(?:on|in)\s+(?:our\s+|their\s+|the\s+)?(?:linkedin|facebook|fb|twitter|x|google|"
    r"instagram|reddit|a\s+forum|yelp)\b|"
    r"\bpublic(?:ly)?\s+(?:reply|response|answer)\b|\b(?:linkedin|public)\s+(?:reply|response|comment|post)\b|"
    # "write the google review reply for Vandelay"
    r"\b(?:google|yelp|trustpilot|facebook|online)?\s*review\s+(?:reply|response)\b|"
    r"\b(?:reply|respond|comment)\w*\s+on\s+linkedin\b|\bsomething\s+public\b|"
    r"\b(?:reply|respond|answer)\w*\s+(?:to|under)\s+(?:the|their|a|this|that|her|his)\s+(?:[\w-]+\s+){0,2}reviews?\b", re.I)


def answers_in_public(text: str) -> bool:
    """The reply wanted is one to post in public, under a review that is already up."""
    return bool(_IN_PUBLIC.search(text))


_AWAY = r"(?:'s|\s+is|\s+was|\s+will\s+be|\s+has\s+been)?\s+(?:out|off|away|on\s+(?:leave|holiday|vacation|pto)|" \
        r"sick|ill|unavailable|not\s+(?:in|around|here|available))\b"


def is_away(text: str, person: str) -> bool:
    """The message says this person (by full or first name) is out, off or away."""
    names = [" ".join(person.split())]
    if names[0] and len(names[0].split(" ")[0]) > 2:
        names.append(names[0].split(" ")[0])
    names = [n for n in names if n]
    return any(re.search(rf"\b{re.escape(name)}{_AWAY}", text, re.I) for name in names)


_ABOUT_US = re.compile(r"\b(?:we|we're|we've|we'll|our|ours|us|you|your|yours|you're|you've|you'll|u|ur|guys|"
                       r"y'all|this|that|all\s+this|handover|hand\s+over|support\w*|contract\w*|agreement|notice)\b",
                       re.I)


def refers_to_us(text: str) -> bool:
    """Speaks of us, them or the matter in hand ("who should we talk to about all this?"), as an
    everyday request does not ("who do I call to report my card lost?")."""
    return bool(_ABOUT_US.search(text))


# -- who to talk to, the new provider's details, a recommendation ------------------------------------

_CONTACT_DETAILS = re.compile(r"\b(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|number|contact(?:\s+details|\s+info\w*)?|"
                              r"address|details)\b", re.I)
_NEW_PROVIDER = re.compile(_NEW_PROVIDER_WORDS + r"\b", re.I)
_RECOMMEND = re.compile(r"\bwho\s+(?:would|do|could|can|should)\s+(?:you|u)\s+(?:recommend|suggest)\b|"
                        r"\b(?:recommend\w*|suggest\w*|know\s+(?:of\s+)?(?:a|any)\s+good|referr?als?|point\s+us\s+to)\b"
                        r"[^.?!]{0,40}\b(?:providers?|compan(?:y|ies)|firms?|msps?|it\s+(?:people|support|guys|shops?)|"
                        r"someone|anyone|somebody)\b|"
                        # "do you know anyone good for IT around here?"
                        r"\b(?:know|recommend|suggest)\s+(?:of\s+)?(?:any(?:one|body)|some(?:one|body)|a\s+company|a\s+firm)\s+"
                        r"(?:good|decent|reliable)\s+(?:for|with|in|to\s+do)\s+(?:our\s+)?(?:it|tech|computers|support)\b", re.I)
_FILLER = re.compile(r"\b(?:now|then|please|pls|here|there|today|about\s+(?:this|it|that)|to|with|exactly|actually|"
                     r"then|so|ok|okay)\b|[^\w\s]", re.I)


def _named(text: str, name: str) -> bool:
    name = " ".join((name or "").split())
    if not name:
        return False
    first = name.split(" ")[0]
    pattern = re.escape(name) + (("|" + re.escape(first)) if len(first) > 3 else "")
    return bool(re.search(rf"\b(?:{pattern})\b", text, re.I))


# A client telling us who their new provider is: "our new IT provider will be DentalTech Solutions", "we signed
# with Castle Tech", "SmileTech IT is taking over". The name is the run of capitalised words.
_PROVIDER_NAME = r"((?:[A-Z][\w&'-]*|IT|MSP)(?:\s+(?:[A-Z][\w&'-]*|IT|of|and|&)){0,4})"
_NAMES_PROVIDER = (
    re.compile(r"\b(?i:new\s+(?:it\s+)?(?:provider|company|firm|msp|partner|supplier|support)(?:\s+will\s+be|\s+is|\s+are|:|,|\s+-|!+)?|"
               r"(?:signed|going|gone|went)\s+with|(?:chosen|chose|picked|hired|selected)|(?:decided|settled)\s+on)\s+"
               # ("signed with a firm called MolarTech IT")
               r"(?i:(?:an?\s+)?(?:\w+\s+)?(?:firm|company|outfit|provider|msp|crowd)\s+(?:called|named)\s+)?[\'\"\u2018\u201c]?"
               + _PROVIDER_NAME),
    re.compile(_PROVIDER_NAME + r"\s+(?i:(?:is|are|will\s+be)\s+(?:taking\s+over|our\s+new)|takes?\s+over)\b"),
    # "Acme finally picked new IT ('Molar IT Partners')"
    re.compile(r"\b(?i:(?:picked|chose|chosen|hired|selected|found|signed\s+with|going\s+with|went\s+with)\s+(?:a\s+|their\s+)?"
               r"new\s+(?:it|msp|provider|company|firm|partner)(?:\s+(?:provider|company|firm|people))?)\s*[(:,\u2013\u2014-]?\s*"
               r"[\'\"\u2018\u201c(]*" + _PROVIDER_NAME),
)
_NOT_A_NAME = {"We", "I", "They", "The", "Our", "It", "Your", "You", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
               "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Jan", "Feb", "Dec", "IT", "MSP", "Someone", "Nobody", "A", "An"}
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


_WHAT_WE_NEED = re.compile(r"\bwhat\s+(?:do|would|will)\s+(?:you|u|they)\s+need\b|\bwhat\s+(?:do|should)\s+we\s+(?:do|send|"
                           r"prepare|get\s+ready)\b|\bnext\s+steps?\b|"
                           # "just tell me what I have to do"
                           r"\bwhat\s+(?:do\s+)?(?:i|we)\s+(?:have|need|got)\s+to\s+(?:do|sort|prepare|get\s+done)\b|"
                           r"\bwhat\s+(?:we|i)\s+(?:must|should)\s+do\b", re.I)


def asks_what_we_need(text: str) -> bool:
    return bool(_WHAT_WE_NEED.search(text))


def asks_what_a_provider_needs(text: str) -> bool:
    """Asks what a new provider, chosen or not, will need from us ("What will they need from you?")."""
    return bool(re.search(r"\bwhat\s+(?:do|would|will)\s+they\s+need\s+from\s+(?:you|u)\b", text, re.I))


# The client wanting to finish with us before the last day ("could Castle Tech just take over next week instead of
# January?", "castle tech can start on 14 december. can we finish with you then?")
_FINISH_EARLY = re.compile(
    r"\b(?<!you\s)(?<!u\s)(?:finish|end|stop|wrap\s+(?:it\s+)?up|be\s+done|switch(?:\s+over)?|move\s+over|cut\s*over)\s+(?:with\s+(?:you|u)\s+)?"
    r"(?:\w+\s+){0,2}?(?:early|earlier|sooner|then|before\s+(?:christmas|xmas|the\s+holidays|january|jan))\b|"
    r"\btake\s+over\s+(?:\w+\s+){0,2}?(?:next\s+week|sooner|earlier|early|before\s+(?:christmas|xmas|january|jan))\b|"
    r"\binstead\s+of\s+(?:in\s+)?(?:january|jan)\b", re.I)


def wants_to_finish_early(text: str) -> bool:
    return bool(_FINISH_EARLY.search(text)) and ("?" in text or bool(re.search(r"\b(?:we'?d|would)\s+(?:like|rather|prefer)\b",
                                                                              text, re.I)))


def asks_next_steps(text: str) -> bool:
    return bool(re.search(r"\bnext\s+steps?\b|\bwhat\s+(?:happens|do\s+we\s+do)\s+(?:now|next)\b|"
                          # "could she send a list of what we need to sort out before the 21st?"
                          r"\b(?:list|rundown|checklist)\s+of\s+what\s+(?:we|i)\s+(?:need|have)\s+to\b", text, re.I))


# "Please get your stuff off our machines": our own tools asked off, after the end.
_TAKE_OURS_OFF = re.compile(r"\b(?:get|take|remove|uninstall|pull)\s+(?:all\s+)?(?:your|ur)\s+(?:stuff|software|tools?|agents?|apps?|"
                            r"things|programs?|access|accounts?|remote\s+\w+)\b[^.?!]{0,30}\b(?:off|from|out)\b", re.I)


def asks_us_to_take_ours_off(text: str) -> bool:
    return bool(_TAKE_OURS_OFF.search(text)) or finds_our_tools_left(text)


def provider_named(text: str) -> str:
    """The new provider a client's message names ("we signed with Castle Tech"), or ""."""
    for pattern in _NAMES_PROVIDER:
        for found in pattern.finditer(text):
            words = found.group(1).split()
            while words and words[-1] in ("of", "and", "&"):
                words.pop()
            if words and words[0] not in _NOT_A_NAME:
                return " ".join(words).rstrip("'\u2019\"\u201d")   # (a name given in quotes: "'Redwood IT'")
    return ""


def gives_provider_contact(text: str, provider: str) -> bool:
    """An email address given for the new provider on record ("Castle Tech's tech is dana@castletech.example")."""
    return bool(provider) and bool(email_address(text)) and mentions_new_provider(text, provider)


def provider_told(text: str, recorded: str = "") -> str:
    """The new provider a client's message tells us about: one it names, else the one on record when the
    message gives its contact; "" for neither."""
    return provider_named(text) or (recorded if gives_provider_contact(text, recorded) else "")


def email_address(text: str) -> str:
    found = _EMAIL.search(text)
    return found.group(0) if found else ""


def asks_provider_contact(text: str, provider: str = "") -> bool:
    """Asks us for the new provider's email, phone or contact ("what's Castle Tech's email?")."""
    return bool(_CONTACT_DETAILS.search(text) and (_named(text, provider) or _NEW_PROVIDER.search(text))
                and makes_a_request(text))


def asks_for_recommendation(text: str) -> bool:
    """Asks us to recommend or suggest a new provider (not "don't expect us to recommend you to anyone", nor
    an email provider, which is the no-provider-yet answer)."""
    return bool(_RECOMMEND.search(_EMAIL_PROVIDER.sub(" ", text))) and not _NO_RECOMMENDATION.search(text)


_NO_RECOMMENDATION = re.compile(r"\brecommend\w*\s+(?:you|u|ya|your\s+(?:firm|company|team))\b|"
                                r"\b(?:don'?t|never|won'?t|not)\b[^.?!]{0,30}\brecommend", re.I)


def asks_for_contact_here(text: str, names: tuple[str, ...] = ()) -> bool:
    """A who-to-talk-to question that is about us: it speaks of us, names someone of ours or theirs,
    or is nothing but the question ("who do I talk to?"), unlike an everyday request that goes on to
    say what it is for ("who do I call to report my card lost?")."""
    if not asks_for_contact(text):
        return False
    if refers_to_us(text) or any(_named(text, name) for name in names):
        return True
    rest = _FILLER.sub(" ", _CONTACT_BY_NAME.sub(" ", _CONTACT.sub(" ", text)))
    return len(rest.split()) <= 1


def contact_topic(text: str, provider: str = "") -> str:
    """What a who-to-talk-to message asks for: the new provider's details, a recommendation, or a person."""
    if asks_provider_contact(text, provider):
        return "provider"
    if asks_for_recommendation(text):
        return "recommend"
    return "person"


_CLIENT_RAISED = re.compile(r"\b(?:asked|asks|asking|think|thinks|thought|said|says|suggested|suggests|wonder\w*|"
                            r"reckons?|want\s+to\s+know|wants\s+to\s+know|convinced|assume[sd]?|claim\w*|accus\w*)\b", re.I)


def client_raised(text: str) -> bool:
    """A staff message reports what the client said or thinks ("Hooli asked if it's because they
    paid late"), as opposed to staff trying out a wording of their own ("can I tell Hooli it's that?")."""
    return bool(_CLIENT_RAISED.search(text))


# -- cues for which wording fits the situation (what the message is really asking for) ----------------

_NOTICE_DOUBT = re.compile(
    r"\b(?:never|didn'?t|did\s+not|hasn'?t|haven'?t|not)\s+(?:really\s+|actually\s+)?(?:got|get|gotten|receiv\w*|"
    r"seen?|saw|read|understood|understand)\b[^.?!]{0,30}\b(?:notice|letter|e-?mail|message|news)\b|"
    r"\bwhether\s+(?:we'?re|we\s+are|you'?re|you\s+are)\s+really\s+(?:ending|leaving|stopping|going|serious)|"
    r"\b(?:is|are)\s+(?:this|it|we|you)\s+really\s+(?:ending|happening|over)|\breally\s+ending\b|"
    r"\bnews\s+to\s+(?:him|her|them|us|me)\b", re.I)
_MORE_TIME = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six)\s+(?:more|extra)\s+(?:weeks?|months?)\b|"
    # "can't I just give them 3 more months?", "should we just push it into January?"
    r"\bpush\s+it\s+(?:back\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:january|february|march|"
    r"jan|feb|the\s+new\s+year|next\s+(?:month|year))\b|"
    r"\b(?:give|giving|gave|grant|offer)\s+(?:them|him|her|us|\w+)\s+(?:an?\s+|another\s+|\d{1,2}\s+|one|two|three|four|six|a\s+few\s+)"
    r"(?:more\s+|extra\s+)?(?:weeks?|months?)\b|"
    r"\b(?:give|giving|keep|keeping)\s+(?:them|him|her|us)\s+(?:on\s+)?(?:till|until|til|to|through)\s+(?:the\s+)?"
    r"(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:january|february|march|april|jan|feb|mar|apr|spring|easter|the\s+new\s+year|"
    r"next\s+(?:month|year))\b|"
    r"\bmonth[\s-]+(?:to|by)[\s-]+month\b|\bextension\b|"
    # "they start Jan 1. Can you stay on until then?"
    r"\bstay\s+on\s+(?:until|till|til|to|through|into)\b|"
    # "Hooli want us to carry on until end of Jan"
    r"\bcarry\s+on\s+(?:until|till|to|through|into)\s+(?:the\s+)?(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:jan\w*|feb\w*|mar\w*|"
    r"the\s+new\s+year|next\s+(?:month|year))\b|"
    # "can u hold off ending until after our audit in feb??"
    r"\bhold\s+off\s+(?:on\s+)?(?:ending|stopping|finishing|the\s+end\w*)\b|\bextend\w*\b|\bstretch\w*\s+(?:\w+\s+){0,2}(?:to|until|till|into|past)\b|(?<!one\s)\bmore\s+time\b|\b(?:a\s+)?(?:few|couple\s+(?:of\s+)?)"
    r"\s*(?:more|extra)\s+(?:weeks|months)\b|\bpush\s+(?:it|the\s+(?:date|end))\s+"
    r"back\b|\b(?:push|move|shift)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+)?(?:end\s+date|last\s+day|date|end)\s+(?:back\s+)?(?:to|until|till|into)\b|\bpostpone\b|\bdelay\s+the\s+end\b|\boverlap\b|\bramps?\s+up\b|\b(?:cover|support|keep)\s+(?:us\s+)?(?:for\s+|through\s+|"
    r"until\s+|till\s+)?(?:january|february|march|april|the\s+(?:new\s+year|gap|interim)|a\s+(?:few|couple)|another|one\s+more)\b|"
    r"\b(?:on\s+call|on\s+standby|around|available)\b[^.?!]{0,40}\bafter\b|"
    # "they can't start until 11 January. Can you keep supporting us until then?"
    r"\b(?:keep|continue)\s+(?:\w+ing\s+)?(?:us|them)\s+(?:going\s+)?(?:until|till|through)\s+then\b|\b(?:a\s+)?(?:few|couple(?:\s+of)?)\s+(?:weeks|months|days)\s+"
    r"after\b|"
    # "could we have until the end of January?", "hold off until February"
    r"\b(?:have|get|give\s+us|hold\s+off|wait|stay(?:\s+on)?|keep\s+(?:going|us|them)|support\s+us)\s+(?:\w+\s+)?(?:until|till|til)\s+(?:the\s+end\s+of\s+|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|the\s+)?(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec|spring|summer|next\s+(?:month|year)|after\s+(?:christmas|the\s+holidays|new\s+year))\w*", re.I)
# Staff proposing something we would do, as opposed to reporting what the client asked or said.
_OUR_MOVE = re.compile(
    r"(?:^|[.?!;:\-–]\s*|\b(?:so|and|but|then)\s+)(?:can|could|should|shall|may)\s+(?:we|i)\s+(?:just\s+|still\s+|not\s+)?"
    r"(?:offer|give|extend|let|keep|propose|allow|deprioriti[sz]e|de-prioriti[sz]e|slow|ignore|stop|shut|switch|turn|cut|"
    r"revoke|remove|delete|disable|charge|bill|waive|drop|skip|hold|put|leave)\b|"
    r"\bwhat\s+if\s+we\s+(?:offer|offered|give|gave|let|extend|extended|kept|keep)\b|\bhow\s+about\s+(?:we|offering|giving)\b",
    re.I)
_REPORTED = re.compile(r"\b(?:asked|asks|asking|wants?|wanted|requested|requests|begg\w*|pleaded|offered|offers|emailed|"
                       r"rang|called|says?|said|sent|raised|logged|opened)\b", re.I)
_YES_OR_NO = re.compile(
    r"(?:^|[.?!;:,\-–]\s*|\b(?:so|and|but|then)\s+)(?:should|shall|can|could|may|must|do|would)(?:n'?t|'t)?\s+(?:i|we)\b"
    r"(?!\s+(?:have|know)\b)|"
    r"\b(?:is|would)\s+(?:it|that|this)\s+(?:be\s+)?(?:ok|okay|fine|alright|wise|worth|reasonable|fair|allowed|acceptable)\b|"
    r"\bok(?:ay)?\s+to\b|\bnot\s+sure\s+(?:if|whether)\s+(?:i|we)\s+(?:must|should|can|have\s+to)\b|"
    r"\b(?:ignore|reply|respond|answer)\s+or\s+"
    r"(?:ignore|reply|respond|answer)\b|(?:^|[.?!]\s*)(?:yes|no|ok|okay|thoughts)\s*\?|\byes\s+or\s+no\b|\bworth\s+it\b|"
    r"(?:^|[.?!]\s*)(?:a\s+)?(?:good|bad)\s+idea\s*\?",
    re.I)
# Doing less for a client in notice: "limit their support", "support is reduced over the holidays".
LIMITED_SUPPORT = (r"(?:limit\w*|reduc\w*|scal\w*\s+back|cut\w*\s+back|ration\w*)\s+(?:\w+\s+){0,2}(?:support|service|help|cover)|"
                   r"slow[\s-]?walk\w*|drag\w*\s+(?:our|my)\s+feet|take\s+our\s+time\s+(?:on|with)|won'?t[\s-]+fix|"
                   r"pay\w*\s+(?:up\s*front|in\s+advance|first|before\s+(?:we|any|each|every))|"
                   r"(?:support|service|cover)\s+(?:is\s+|will\s+be\s+)?(?:limited|reduced|restricted)")
_HOLDS_BACK = re.compile(
    r"\b(?:de-?prioriti[sz]\w*|slow\w*(?:\s+(?:down|walk))?(?!\s+(?:payers?|paying|to\s+pay|with\s+(?:payments?|invoices)))|ignor\w*|hold\s+off|on\s+hold|back\s+burner|bottom\s+of\s+the\s+"
    r"(?:queue|pile|list)|skip\w*|bare\s+minimum|minimum|less\s+(?:effort|time|priority)|stop(?:ped|ping|s)?\s+(?:answering|helping|"
    r"supporting|working|responding|picking\s+up|taking|doing|handling|looking\s+at)|not\s+bother|let\s+\w+\s+wait|put\s+(?:them|it|\w+)\s+last|"
    r"let\s+(?:it|them|\w+)\s+(?:lapse|expire|run\s+out|die)|just\s+(?:leave|drop)\s+it|"
    r"(?:just\s+)?close\s+(?:them|their\s+tickets|the\s+tickets|all\s+(?:of\s+)?(?:them|their\s+tickets))(?:\s+all)?|"
    + LIMITED_SUPPORT + r")\b", re.I)
_URGENT = re.compile(r"\b(?:urgent\w*|asap|emergency|immediately|right\s+now|straight\s+away|critical|can'?t\s+work|"
                     r"queue\s+out\s+the\s+door|down\s+(?:for\s+)?everyone)\b|!{2,}", re.I)
_NEW_ONES = re.compile(r"\bnew\s+(?:it\s+)?(?:provider|msp|company|firm|partner|it\s+people|it\s+guys|supplier|vendor|"
                       r"support\s+company)\b", re.I)
# ... unless it says they have none: "we never found a new IT firm", "still looking for a new provider".
_NO_NEW_ONES = re.compile(r"\b(?:no|never|not|haven'?t|hasn'?t|didn'?t|don'?t|without|yet\s+to|looking\s+for|searching\s+for|"
                          r"find|found|choose|chosen|pick(?:ed)?)\b[^.?!]{0,25}\bnew\s+(?:it\s+)?(?:provider|msp|company|firm|"
                          r"partner|it\s+people|it\s+guys|supplier|support\s+company)\b", re.I)
# A website's domain named ("who registered vandelayimports.com?"), not the domain of an email address
WEBSITE_DOMAIN = r"(?<![@.\w])[a-z0-9-]{3,}\.(?:com|co\.uk|net|org|io|biz|uk|co|us|ca|ie|eu|de|info|example)\b"
_DOMAIN = re.compile(r"\b(?:domains?|registrar|registrant|dns|name\s*servers?|whois)\b|" + WEBSITE_DOMAIN, re.I)
_TO_MANAGEMENT = re.compile(
    r"\bformal(?:ly)?\s+complain\w*|\bformal\s+(?:complaint|grievance)\b|\b(?:complain\w*|complaint|escalat\w*|writ\w*|"
    r"tak\w*\s+(?:this|it))\b[^.?!]{0,40}\b(?:director|directors|ceo|md|managing\s+director|management|board|owner|"
    r"boss|head\s+office|senior\s+management|manager)\b", re.I)
_SOUR = re.compile(r"\b(?:nothing|not|never|useless|pathetic|joke|rubbish|terrible|awful|worst|wast\w*|ridiculous|"
                   r"disgrace\w*|shocking|appalling|sure|whatever|great\s+job|well\s+done|a\s+bunch|dump\w*|ditch\w*|"
                   r"drop\w*(?!\s+(?:off|by|round|in)\b)|"
                   r"abandon\w*|kick\w*\s+(?:us\s+)?out|cut\s+(?:us\s+)?loose|garbage|trash|shambles|mess)\b|"
                   r"[!?]{2,}", re.I)
_CHECKLIST = re.compile(r"\bcheck\s*-?\s*list\b|\bwhat\s+(?:do\s+we|needs?\s+to|should\s+we|is\s+there\s+to|to)\s+"
                        r"(?:be\s+)?hand(?:ed)?\s*over\b|\bwhat\s+needs\s+handing\s+over\b|\blist\s+of\s+(?:what|everything)\b|"
                        # what the handover pack holds ("what goes in the handover pack?")
                        r"\bwhat\s+(?:should\s+|do\s+(?:i|we)\s+put\s+|goes\s+|needs\s+to\s+go\s+|to\s+put\s+)?(?:go\s+)?in(?:to)?\s+"
                        r"(?:the|a|our|their|\w+'s)\s+(?:\w+\s+)?hand-?over\s+(?:pack|doc\w*|package|bundle|folder)\b|"
                        # the order things go in at the end: handing over, then our access removed
                        r"\b(?:(?:what|which|right|correct|best|proper|usual)\s+(?:order|sequence)|in\s+what\s+order|steps?)\b"
                        r"[^.?!]{0,60}\b(?:remov\w*|revok\w*|tak(?:e|ing)\s+away|pull\w*|clos(?:e|ing)\s+(?:out|off|down)|access)\b|\bclos(?:e|ing)\s+(?:out|off)\s+(?:a|the)\s+(?:client|account)\b",
                        re.I)
_SIGN_OFF = re.compile(r"\bwho\b[^.?!]{0,30}\bsign(?:s|ing)?[\s-]*off\b|\bsign\s+(?:something|anything|a\s+(?:form|document|paper))\b|\bsign[\s-]*off\b[^.?!]{0,30}\?|\bwho\s+(?:owns|is\s+responsible\s+for|is\s+in\s+charge\s+of)\s+"
                       r"(?:the\s+)?(?:handover|account|client|offboarding)\b|\bno\s*(?:one|body)(?:'s|\s+is)\s+(?:listed|"
                       r"assigned|named|recorded)\b|\bno\s+(?:account\s+)?owner\b", re.I)
_EMAIL_PROVIDER = re.compile(r"\b(?:suggest|recommend|which|what|good|pick|choose)\b[^.?!]{0,30}\b(?:e-?mail|mail)\s+"
                             r"(?:provider|service|host\w*|platform|system)\b|\bhosted\s+e-?mail\b|\be-?mail\s+hosted\b|"
                             # "also nudge them on email", "what to do about email if nobody's lined up"
                             r"\b(?:nudge|remind|push|prompt)\s+(?:them|him|her)\s+(?:on|about)\s+(?:their\s+)?e-?mail\b|"
                             r"\bwhat\s+to\s+do\s+(?:about|with)\s+(?:their\s+|the\s+)?e-?mail\b", re.I)
_MAILBOXES = re.compile(r"\b(?:export|copy|copies|backup|back\s+up|download|archive|pst|move|migrat\w*)\b[^.?!]{0,40}\b"
                        r"(?:mailbox(?:es)?|e-?mails?|inbox(?:es)?|mail)\b|\b(?:mailbox(?:es)?|inbox(?:es)?)\b[^.?!]{0,40}"
                        r"\b(?:export\w*|cop(?:y|ies)|backup|pst|download\w*|archive\w*)\b", re.I)


def doubts_the_notice(text: str) -> bool:
    """Says the notice never arrived or wasn't taken in, or asks whether we are really ending."""
    return bool(_NOTICE_DOUBT.search(text))


# The new provider starting while we still support them is the handover, not an overlap past the last day.
_BEFORE_THE_END = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:your|the|our)\s+(?:end\s+date|last\s+day|end)\b", re.I)


_WILL_COME_BACK = re.compile(r"\b(?:will|'ll|shall)\s+(?:\w+\s+)?(?:come|get)\s+back\s+to\s+you\b", re.I)


def promises_to_come_back(text: str) -> bool:
    """"We'll come back to you with the list": an answer promised, not a return asked for."""
    return bool(_WILL_COME_BACK.search(text))


def asks_for_more_time(text: str) -> bool:
    """Asks to keep support going past the last day: an extension, month to month, an overlap."""
    if _BEFORE_THE_END.search(text):
        text = re.sub(r"\boverlap\w*", " ", text, flags=re.I)
    return bool(_MORE_TIME.search(text) or _KEEP_RUNNING.search(text))


def reports_a_request(text: str) -> bool:
    """Passes on what the client asked, wanted, offered or sent ("Hooli asked...", "they emailed")."""
    return bool(_REPORTED.search(text))


def proposes_our_move(text: str) -> bool:
    """A staff member proposes something we would do ("can we offer them an extension?", "can I
    deprioritise their tickets?"), rather than passing on what the client asked for."""
    return bool(_OUR_MOVE.search(text)) and not _REPORTED.search(text)


_JUDGED = re.compile(r"\b(?:spite\w*|petty|mean|rude|wrong|bad\s+form|unprofessional|count\s+as|considered|weird|"
                     r"too\s+(?:harsh|soft|much|early|late|close))\b", re.I)


# "Now or on the 21st?", "to Castle Tech or to Hooli?": a choice between two, which no "Yes" answers.
_EITHER_OR = re.compile(r"\b(?!(?:reply|ignore|respond|answer)\b)\w+\s+or\s+(?!(?:not|no|what|anything|something|just|is|are|was|"
                        r"were|does|do|did|would|will|should|can|am|it|that|this|reply|ignore|respond|answer)\b)\w+[^.?!]{0,40}\?",
                        re.I)


def asks_yes_or_no(text: str) -> bool:
    """Asks whether to do something ("should I book it?", "ignore or reply?", "yes?"), wanting a plain answer.
    Not when it asks for a judgement of the move ("is that spite?", "too close?"): a stock "Yes"/"No" would
    answer the move, not the judgement, and read backwards."""
    return bool(_YES_OR_NO.search(text)) and not _JUDGED.search(text) and not _EITHER_OR.search(text)


# A caller put on hold while a colleague finds the words is waiting on the phone, not having work held back.
_CALLER_ON_HOLD = re.compile(r"\b(?:put|have|got|left|placed)\s+(?:them|him|her|the\s+caller|\w+)\s+on\s+hold\b(?=[^?]*"
                             r"\b(?:phone|call|script|line|say)\b)|\bon\s+the\s+line\b[^.?!]{0,80}\bon\s+hold\b", re.I)


# "They keep ignoring it": the client ignoring us is no move of ours.
_THEY_IGNORE = re.compile(r"\b(?:they|he|she|the\s+client|the\s+owner)(?:'re|\s+are|\s+is|\s+keeps?|\s+kept|\s+have\s+been|'ve|"
                          r"\s+have|'d|\s+had|'s|\s+has|"
                          r"\s+just|\s+still)*\s+ignor\w*", re.I)


def holds_back(text: str) -> bool:
    """Proposes doing less for the client: deprioritising, slowing down, ignoring, stopping."""
    return bool(_HOLDS_BACK.search(_THEY_IGNORE.sub(" ", _CALLER_ON_HOLD.sub(" ", text))))


_SECRETS = re.compile(r"\b(?:pass(?:words?|wd|phrases?|codes?)|pwd?s?|psk|pins?|creds|credentials?|log-?ins?|keys?|secrets?|mfa|2fa|"
                      r"admin\s+(?:account|access|details))\b", re.I)
_PLAIN_CHANNEL = re.compile(
    r"\b(?:paste\w*|sms|whatsapp|read\w*\s+(?:it\s+|them\s+)?out|text\s+(?:it|them)|"
    r"(?:over|by|via|in|through|on)\s+(?:plain\s+|an?\s+)?(?:e-?mail|mail|teams|slack|chat|texts?|sms|whatsapp)|"
    r"(?:over|by|via|through)\s+(?:the\s+)?phone|e-?mailed|gmail|hotmail|yahoo|icloud|"
    r"e-?mail\s+(?:it|them|the\s+\w+)\s+(?:to|over)|just\s+e-?mail|"
    r"(?:to|on|at)\s+(?:his|her|their|a|my)\s+(?:personal\s+)?(?:gmail|hotmail|yahoo|icloud|private\s+e-?mail))\b", re.I)
_CONFIG = re.compile(r"\b(?:config\w*|exports?|backups?|network\s+diagrams?)\b", re.I)
_DESTROY = re.compile(r"\b(?:delet\w*|wip\w*|destroy\w*|purg\w*|eras\w*|shred\w*|get\s+rid\s+of|bin|"
                      r"trash(?!\s+(?:us|you|me|our|the\s+firm|talk\w*)\b))\b", re.I)
_THEIR_DATA = re.compile(r"\b(?:data|backups?|files|mailbox\w*|archives?|e-?mails|documents|records|shares|vms?(?!\s+script)|"
                         r"virtual\s+machines?|databases?)\b", re.I)
_WITHHOLD = re.compile(r"\b(?:hold\w*|keep\w*|withhold\w*|sit\s+on|hang\s+on\s*to|paus\w*|freez\w*|halt\w*|suspend\w*)\b"
                       r".{0,60}?\b(?:until|till|unless|"
                       r"before)\b.{0,40}?\b(?:pay\w*|paid|settle\w*|invoices?|balance|owe\w*)\b|"
                       # "'forget' to hand over the network docs", "hold back their diagrams"
                       r"\b(?:conveniently\s+)?(?:forget|lose|misplace)\W{0,2}\s+(?:to\s+)?(?:hand|send|give|pass|include)\w*|"
                       r"\b(?:give|hand|send|release)\w*\s+(?:them\s+)?.{0,50}?\b(?:before|until|unless)\s+(?:they\s+|it'?s\s+)?"
                       r"(?:settle\w*|pa(?:y|id)\w*)\b|\bleverage\b|"
                       r"\b(?:hold\s+back|not\s+(?:hand|send|give)\w*(?:\s+over)?|never\s+(?:hand|send|give)\w*(?:\s+over)?)\s+"
                       r"(?:the|their|any|our)\s+(?:\w+\s+)?(?:docs|documentation|diagrams|passwords|data|backups|keys|files)\b",
                       re.I | re.S)


_UNVERIFIED = re.compile(
    r"\b(?:say(?:s|ing)?|claim(?:s|ing)?)\s+(?:they(?:'re|\s+are)|he(?:'s|\s+is)|she(?:'s|\s+is)|to\s+be)\b|"
    r"\b(?:not|nobody|no\s*one|none)\s+(?:is\s+)?on\s+(?:record|file)\b|\bdon'?t\s+have\s+(?:anyone|anybody|them|a\s+new\s+"
    r"provider|a\s+provider)\s+on\s+(?:record|file)\b|\bunverified\b|\bnever\s+heard\s+of\b|\bsome\s+(?:guy|one|company)\b",
    re.I)


# Work for a client we've let go outside any agreement: "on the side", "off the books", cash in hand.
_SIDE_WORK = re.compile(r"\b(?:on\s+the\s+side|off\s+the\s+books|cash\s+in\s+hand|under\s+the\s+table|as\s+a\s+personal\s+favou?r|"
                        r"moonlight\w*|in\s+my\s+own\s+time)\b", re.I)
# Changing the client's own passwords or locking them out of their systems before they hold control.
_LOCK_OUT = re.compile(r"\b(?:chang\w*|reset\w*|rotat\w*|lock\w*|revok\w*|disabl\w*)\s+(?:\w+\s+){0,2}?(?:their|the\s+client'?s|"
                       r"a\s+client'?s|client)\s+(?:\w+\s+)?(?:admin\s+)?(?:pass(?:words?|wds?)|logins?|accounts?|access)\b|"
                       r"\block\s+(?:them|\w+)\s+out\b|"
                       # anyone's passwords changed "so they can't ..." or before their last day
                       r"\b(?:chang|reset|rotat|revok|disabl)\w*\s+[^.?!]{0,40}\b(?:pass(?:words?|wds?)|logins?|accounts?|access)\b"
                       r"[^.?!]{0,60}\b(?:so\s+(?:that\s+)?(?:they|he|she)\s+(?:can'?t|cannot|won'?t)|before\s+(?:their|the)\s+"
                       r"(?:last|end|final)\b)", re.I)


# Switching off or suspending something of theirs (licences, mail, services), typically to press for payment.
_SUSPEND = re.compile(r"\b(?:suspend\w*|switch\w*\s+off|turn\w*\s+off|shut\w*\s+(?:off|down)|cut\w*\s+off|pull\w*\s+the\s+plug\s+on)\s+"
                      r"(?:\w+'?s?\s+){0,3}?(?:(?:m365|o365|microsoft(?:\s+365)?|office(?:\s+365)?)\s+)?(?:licen[cs]\w*|subscriptions?|"
                      r"mail\w*|e-?mail|services?|internet|phones?|voip|accounts?|tenant|seats?)\b", re.I)
# A parting shot: a gloating email, or a story about the client posted in public, even "anonymised".
_PARTING_SHOT = re.compile(
    # a list of every grievance sent to them or their board, or posted
    r"\b(?:list|summary|catalogue|rundown|lay\w*\s+out|spell\w*\s+out)\s+(?:of\s+)?(?:every|all)\s+(?:the\s+)?(?:\w+[\s-]+){0,3}?"
    r"(?:things?|requests?|mistakes?|complaints?|issues?|problems?)\b|"
    r"\btold\s+(?:you|ya)\s+so\b|\bgloat\w*|"
    # a dig proposed for the letter ("can I put 'perhaps now you'll learn to pay your bills'?")
    r"\b(?:now\s+)?(?:you|they)'?(?:ll|\s+will)\s+learn\b|\blearn\s+to\s+pay\b|\bnext\s+time\s+(?:try\s+)?(?:to\s+)?pay(?:ing)?\s+on\s+time\b|"
    r"\bgood\s+riddance\b|\bserves?\s+(?:you|them)\s+right\b|\bdon'?t\s+let\s+the\s+door\b|"
    r"\b(?:they|you)'?(?:ll|\s+will)\s+regret\b|\bbunch\s+of\s+(?:clowns|idiots|amateurs|cowboys|muppets)\b|\brub\w*\s+it\s+in\b|\bclients?\s+from\s+hell\b|\bget\s+(?:the\s+)?last\s+word\b|"
    r"\b(?:story|post|thread|rant|write-?up|meme|video)\s+about\b[^.?!]{0,60}\b(?:linkedin|twitter|facebook|reddit|tiktok|"
    r"social(?:\s+media)?|blog|online|publicly|in\s+public)\b|"
    r"\b(?:linkedin|twitter|facebook|reddit|tiktok|blog)\s+(?:post|story|thread|rant)\s+about\b|"
    # a public post that we let clients go, however upbeat ("a LinkedIn post saying we've parted ways with Globex")
    r"\b(?:linkedin|twitter|facebook|blog|social(?:\s+media)?|public)\s+(?:post|update|announcement)\b[^.?!]{0,60}\b(?:parted\s+ways|"
    r"dropped|let\s+(?:\w+\s+)?go|ended\s+(?:things|with)|cleaned\s+house|fired|no\s+longer\s+work|moved\s+on|"
    r"(?:said\s+)?goodbye\s+to|offboarded|cut\s+ties)\b|"
    # named to other firms as a client to avoid
    r"\bname\s+and\s+shame\b|\bclients?\s+to\s+avoid\b|\bblacklist\w*\b|\bwarn\s+(?:the\s+)?other\s+(?:msps?|providers?|firms?|shops)\b|"
    r"\b(?:post|name|list)\w*\s+(?:them|\w+)\s+(?:on|in)\s+(?:the|a|our)\s+(?:\w+\s+){0,2}(?:forum|group|community|subreddit|discord)\b",
    re.I)
# A made-up reason offered to spare feelings: "can I just say it's a restructuring?".
_PRETEXT = re.compile(r"\b(?:restructur\w*|reorgani[sz]\w*|downsiz\w*|change\s+(?:in|of)\s+(?:our\s+)?(?:strategy|direction|focus)|"
                      r"new\s+direction|white\s+lie|cover\s+story|made?[\s-]up\s+(?:a\s+)?reason|make\s+(?:something|a\s+reason)\s+up|"
                      r"fake\s+reason|pretend\w*)\b", re.I)
# "the real reason is that they're a massive pain": how they were to work with, given as the reason.
_RUDE_REASON = re.compile(r"\b(?:pain|nightmare|annoying|headache|jerks?|idiots?|impossible|awful|unbearable|clowns?)\b", re.I)
_PROPOSED = re.compile(r"\b(?:can|could|should|shall|may)\s+(?:i|we)\b|\bis\s+it\s+(?:ok|okay|fine|alright)\b|\bok(?:ay)?\s+to\b|"
                       r"\bjust\s+(?:tell|say)\b", re.I)


# Letting something of theirs run out ("do we just let the domain lapse?").
_LAPSE = re.compile(r"\blet\s+(?:\w+\s+){0,3}?(?:lapse|expire|run\s+out|die)\b|\blet\s+it\s+go\b", re.I)
_LAPSING = re.compile(r"\b(?:domains?|licen[cs]es?|subscriptions?|certificates?|ssl|renewals?|contracts?\s+with\s+(?:the\s+)?vendor|"
                      r"warrant(?:y|ies)|support\s+contracts?)\b", re.I)


# "Is that just rubbing it in?" asks whether saying the reason is unkind; it proposes no parting shot.
_RUBBING_IT_IN_ASKED = re.compile(r"\b(?:is|was|would|will|isn't|wouldn't)\s+(?:that|it|this|mentioning\s+\w+)\s+(?:be\s+)?"
                                  r"(?:just\s+|only\s+|simply\s+)?rub\w*\s+it\s+in\b", re.I)


# A move proposed to get back at them: "pull their M365 admin and see how they like it", "cut their VPN, they were awful".
_SPITE_MOTIVE = re.compile(r"\bsee\s+how\s+they\s+like\s+it\b|\bteach\s+them\b|\bserves?\s+them\s+right\b|\bpay\s*back\b|"
                           r"\bget\s+(?:back\s+at|even\s+with)\b|\bmake\s+them\s+(?:pay|suffer|sweat|squirm)\b|\bout\s+of\s+spite\b|"
                           r"\bthey\s+(?:were|are|have\s+been)\s+(?:so\s+|really\s+)?(?:awful|horrible|terrible|rude|nasty|vile|a\s+nightmare)\b|"
                           r"\bso\s+(?:annoyed|angry|mad|pissed)\s+at\b", re.I)
_TAKE_AWAY = re.compile(r"\b(?:pull|cut|remove|revoke|disable|kill|block|yank|take\s+away|switch\s+off|turn\s+off|shut\s+off|"
                        r"lock)\w*\b", re.I)


def unsafe_move(text: str) -> str:
    """A move staff propose that principle 4 rules out whatever the kind of question: secrets over a
    plain channel ("plain_channel"), secrets to someone nobody has vouched for ("unverified"), holding
    what is theirs until they pay ("withhold"), deleting their data ("delete_theirs"), changing their passwords or
    locking them out ("lock_out"), work on the side ("side_work"), switching their services off or suspending
    them ("suspend"), a gloating email or a story about them in public ("parting_shot"), a made-up reason
    ("false_reason") or an insult given as the reason ("rude_reason"), letting their domain or licences lapse ("lapse"),
    anything taken away to get back at them ("spite"); "" for none."""
    if _SPITE_MOTIVE.search(text) and _TAKE_AWAY.search(text):
        return "spite"
    if _SECRETS.search(text) and _PLAIN_CHANNEL.search(text):
        return "plain_channel"
    if (_SECRETS.search(text) or _CONFIG.search(text)) and _UNVERIFIED.search(text):
        return "unverified"
    if _WITHHOLD.search(text):
        return "withhold"
    if _DESTROY.search(text) and _THEIR_DATA.search(text):
        return "delete_theirs"
    if _LOCK_OUT.search(text):
        return "lock_out"
    if _SIDE_WORK.search(text):
        return "side_work"
    if _SUSPEND.search(text):
        return "suspend"
    if _PARTING_SHOT.search(_RUBBING_IT_IN_ASKED.sub(" ", text)):
        return "parting_shot"
    if _PRETEXT.search(text) and _PROPOSED.search(text):
        return "false_reason"
    if _RUDE_REASON.search(text) and re.search(r"\breason\b", text, re.I) and _PROPOSED.search(text):
        return "rude_reason"
    if _LAPSE.search(text) and _LAPSING.search(text):
        return "lapse"
    return ""


# Christmas, New Year or "the holidays", asked about cover, the rota or who's around.
_HOLIDAYS = re.compile(r"\b(?:christmas|xmas|x-mas|(?<!in\sthe\s)(?<!from\sthe\s)(?<!after\sthe\s)new\s+year'?s?|holidays?|festive|"
                       r"bank\s+holidays?|hols|the\s+break)\b", re.I)
_COVER = re.compile(r"\b(?:cover\w*|around|available|on[\s-]?call|closed|closure|shut\w*|open|anyone|anybody|someone|worry|rota|"
                    r"staff\w*|mess\w*|affect\w*|impact\w*|clash\w*|"
                    r"who(?:'s|\s+is|\s+will)?|during|over|between|through|support\w*|reach)\b", re.I)


def asks_about_holidays(text: str) -> bool:
    """Asks about Christmas, New Year or the holidays: who covers, who's around, what to worry about."""
    return bool(_HOLIDAYS.search(text) and _COVER.search(text) and ("?" in text or re.search(
        r"\b(?:any|who|what|will|is|are|do|does)\b", text, re.I)))


# The particular things of theirs a message names, in the words a handover letter uses for them.
_CREDENTIAL_ITEMS = (
    (re.compile(r"\bglobal\s+admin\w*|\bGA\s+account\b|\btenant\s+admin\b|\b(?:m365|o365|microsoft\s+365|office\s+365)\s+"
                r"(?:global\s+)?admin\w*", re.I), "the Microsoft 365 global admin account"),
    # "the admin logins for our Microsoft 365": the tenant's admin, named the other way round
    (re.compile(r"\badmin\w*\s+(?:[\w-]+\s+){0,3}(?:m365|o365|microsoft\s+365|office\s+365|365)\b", re.I),
     "the Microsoft 365 admin login"),
    (re.compile(r"\bwi-?fi\b|\bwireless\b", re.I), "the Wi-Fi admin password"),
    (re.compile(r"\bfirewall\b", re.I), "the firewall admin login"),
    (re.compile(r"\brouter\b", re.I), "the router admin login"),
    (re.compile(r"\bbitlocker\b(?![^.?!]{0,30}\bkey\b)", re.I), "the BitLocker recovery keys"),
    (re.compile(r"\bbitlocker\b[^.?!]{0,30}\bkey\b", re.I), "the BitLocker recovery key"),
    (re.compile(r"\bbackup\s+(?:encryption\s+)?keys?\b|\bencryption\s+keys?\b", re.I), "the backup encryption key"),
    (re.compile(r"\b(?:epp|auth(?:ori[sz]ation)?|transfer)[\s-]+code\b", re.I), "the domain transfer (EPP) code"),
    (re.compile(r"\bregistrar\b|\bdomain\s+(?:login|account|password)\b", re.I), "the domain registrar login"),
    (re.compile(r"\bvault\b", re.I), "the password-vault records"),
)


# "the admin passwords", naming no system: said as that, beside any key named with it
_ADMIN_GENERIC = re.compile(r"\badmin\w*\s+(?:passwords?|logins?|credentials|accounts?)\b", re.I)


def credential_items(text: str) -> tuple[str, ...]:
    """The particular credentials or keys a message names ("the router and firewall logins"), as we'd word them."""
    named = tuple(words for pattern, words in _CREDENTIAL_ITEMS if pattern.search(text))
    if _ADMIN_GENERIC.search(text) and not any("admin" in words for words in named):
        named = ("the admin passwords", *named)   # ("admin passwords and the backup key": both)
    return named


def says_urgent(text: str) -> bool:
    return bool(_URGENT.search(text))


def names_provider(text: str, provider: str) -> bool:
    """Names the provider on record itself ("the meeting with Hooli and Castle Tech")."""
    return bool(provider) and _named(text, provider)


def mentions_new_provider(text: str, provider: str = "") -> bool:
    """Speaks of a new provider ("for the new company", "our next MSP") or names the recorded one."""
    return bool(_NEW_ONES.search(text) and not _NO_NEW_ONES.search(text)) or _named(text, provider)


def about_domain(text: str) -> bool:
    return bool(_DOMAIN.search(text))


def complains_to_management(text: str) -> bool:
    """A formal complaint, or one taken to our director or management."""
    return bool(_TO_MANAGEMENT.search(text))


def sounds_sour(text: str) -> bool:
    """Words that turn thanks into sarcasm ("thanks for nothing", "great job dumping us")."""
    return bool(_SOUR.search(text))


# Sad rather than angry ("so sad about this, you've always been great to us"): thanked and comforted, never
# told we "understand why you're upset".
_SAD = re.compile(r"\b(?:sad(?:dened)?|gutted|heart-?\s*broken|devastated|(?:will|going\s+to|gonna)\s+miss|sorry\s+to\s+see|"
                  r"such\s+a\s+shame)\b|[\U0001F622\U0001F62D\U0001F61E\u2639\U0001F97A\U0001F494]", re.I)
_THREAT = re.compile(r"\b(?:reviews?|stars?|google|yelp|trustpilot|tell\s+(?:everyone|every\w*|all)|social\s+media|linkedin|"
                     r"facebook|twitter|press|newspaper|lawyers?|solicitors?|court|sue|bbb|trading\s+standards|regret)\b", re.I)
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b(?:\W+\b[A-Z]{2,}\b){1,}")
_ANGRY_WORDS = re.compile(r"\b(?:joke|disgrace\w*|outrage\w*|pathetic|useless|unprofessional|incompetent|ridiculous|"
                          r"appalling|shameful|furious|(?<!not\s)(?<!n't\s)angry|livid|scandal\w*|crooks?|liars?|abandon\w*|dumped?|petty|"
                          r"bean[\s-]?counters?|greedy|money[\s-]grabbing|garbage|trash|shambles|suckers?|lazy|losers?|clowns?|"
                          r"vultures?|idiots?|morons?|cowboys|scam\w*|rip-?off)\b|!{2,}", re.I)


_COMPLIMENT = re.compile(r"\b(?:great|brilliant|amazing|wonderful|fantastic|excellent|the\s+best|loved|stars|legends?|life-?savers?|heroes|"
                         r"(?:always\s+)?(?:being\s+)?so\s+(?:nice|kind|lovely|good\s+to\s+us)|always\s+been\s+(?:good|"
                         r"kind|there|helpful)|so\s+helpful|grateful)\b", re.I)


def pays_a_compliment(text: str) -> bool:
    return bool(_COMPLIMENT.search(text)) and not sounds_sour(text)


# A charge the client questions: billed after leaving, twice, or for something they no longer have.
_BILLED = re.compile(r"\b(?:billed|charged|invoiced|debited|double[- ]?charged|over-?charged|paid\s+(?:\w+\s+)?twice|"
                     r"duplicate\s+(?:payment|charge|invoice)|refund\w*|still\s+(?:being\s+)?(?:billed|charged|invoiced)|"
                     r"renewal\s+(?:invoices?|bills?|charges?)|who\s+do\s+we\s+pay|"
                     # "we got an invoice from you dated 30 Nov - what is this for?"
                     r"(?:got|get|getting|received|had|have)\s+(?:an?|the|another|your|this)\s+(?:\w+\s+)?(?:invoice|bill)|"
                     r"what\s+is\s+this\s+(?:invoice|bill|charge)|"
                     # "why is there a late fee on our September invoice?"
                     r"\b(?:late\s+)?(?:fees?|charges?|surcharges?|interest|line)\s+on\s+(?:our|the|this|that|your|last|an?)\s+"
                     r"(?:\w+\s+)?(?:invoice|bill|statement)|what(?:'s|\s+is)\s+(?:this|that|it)\s+(?:invoice\s+)?for|"
                     r"(?:don'?t|do\s+not|can'?t)\s+recogni[sz]e|will\s+(?:we|there)\s+be\s+(?:billed|charged|a\s+final\s+invoice)|"
                     r"(?:charged|billed)\s+in\s+full|pro-?rat\w*|"
                     # "your final invoice is wrong", "we're disputing the last bill"
                     r"(?:invoice|bill|charges?|amount)\s+(?:is|are|was|looks?|seems?)\s+(?:\w+\s+)?(?:wrong|incorrect|off|too\s+high)|"
                     r"(?:disput\w*|query\w*|querying|challeng\w*)\s+(?:the|your|this|that|our)\s+(?:final\s+|last\s+)?(?:invoice|bill)|"
                     # "your final invoice charges us for November", "can we pay it in 3 instalments?"
                     r"(?:invoice|bill)\s+(?:charges?|bills?)\s+us\b|\b(?:instal(?:l)?ments?|payment\s+plan|spread\s+(?:the\s+)?"
                     r"(?:payment|cost))\b)\b",
                     re.I)


_PLEA = re.compile(r"\b(?:please|pls|plz)\b[^.?!]{0,60}\b(?:stay|keep|help|just\s+for|one\s+more|reconsider|take\s+us)\b|"
                   r"\bwe'?(?:d|ll|\s+would|\s+will)\s+pay\b|\bpay\s+(?:double|more|extra|whatever)\b|\bdon'?t\s+(?:leave|drop)\s+us\b|"
                   r"\bany\s+way\s+(?:at\s+all\s+)?(?:we|you)\s+could\b", re.I)


def pleads(text: str) -> bool:
    """Pleads for the decision (or the support) back, or offers to pay for it."""
    return bool(_PLEA.search(text))


def sarcastic(text: str) -> bool:
    return bool(_SARCASM.search(text))


_BILLING_COMPLAINT = re.compile(r"\b(?:wrong|error|mistake|incorrect|double|twice|overcharg\w*|don'?t\s+recogni[sz]e|"
                                r"do\s+not\s+recogni[sz]e|shouldn'?t|should\s+not|refund\w*|dispute\w*|why\s+(?:are|were|is)\s+we)\b",
                                re.I)


_FINAL_BILL = re.compile(r"\bwill\s+(?:we|there)\s+be\s+(?:billed|charged|a\s+final\s+(?:invoice|bill))\b|"
                         r"\bthere'?ll\s+be\s+a\s+(?:final|last)\s+(?:invoice|bill)\b|"   # "tell us if there'll be a final invoice"
                         # "who pays for January?", "is the final invoice coming before or after the 21st"
                         r"\bwho\s+pays\s+for\b|\b(?:final|last)\s+(?:invoice|bill)\s+(?:coming|due|arriving|going\s+out|being\s+sent)\b|"
                         # "what will our final invoice look like?"
                         r"\bwhat\s+will\s+(?:the|our|your)\s+(?:final|last)\s+(?:invoice|bill)\s+(?:look\s+like|include|cover)\b|"
                         r"\bhow\s+much\s+(?:will|is)\s+(?:the|our)\s+(?:final|last)\s+(?:invoice|bill)\b|"
                         # "is the december invoice the last one we get from you?"
                         r"\b(?:invoice|bill)\s+(?:is\s+|be\s+)?the\s+(?:last|final)\s+(?:one|invoice|bill)\b|"
                         r"\b(?:last|final)\s+(?:invoice|bill)\s+(?:be\s+|still\s+)?(?:for|cover\w*|includ\w*|charg\w*)\b|\b(?:charged|billed)\s+in\s+"
                         r"full\b|\bpro-?rat\w*|\bwill\s+we\s+(?:get|receive)\s+a\s+(?:final\s+)?(?:invoice|bill)\b|"
                         # "do we need to pay for January?", "our contract renews Jan 1"
                         r"\b(?:do|will|would|should|must)\s+we\s+(?:still\s+)?(?:need\s+to\s+|have\s+to\s+)?pay\s+for\s+(?:the\s+)?"
                         r"(?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next\s+month|"
                         r"the\s+(?:whole|full|last|final)\s+month)\b|\b(?:contract|agreement|subscription)\s+(?:auto-?)?renews?\b", re.I)


def asks_about_the_final_bill(text: str) -> bool:
    """Asks how the final bill works (will there be one, is the last month prorated), without saying a charge is wrong."""
    return bool(_FINAL_BILL.search(text)) and not _BILLING_COMPLAINT.search(text)


def disputes_a_charge(text: str) -> bool:
    """Says a bill they hold charges them wrongly ("your last invoice charges us for all of October ... credit note")."""
    return bool(re.search(r"\bcharg(?:es|ed|ing)\s+(?:us|me)\b|\bcredit\s+note\b|\brefund\b|\bovercharg\w*|"
                          r"\bshouldn'?t\s+(?:have\s+been|be)\s+(?:charged|billed)\b", text, re.I))


def questions_a_charge(text: str) -> bool:
    return bool(_BILLED.search(text)) and not moves_licences(text)


# "please send the final invoice so we can pay it before year end"
_SEND_THE_INVOICE = re.compile(r"\b(?:send|issue|e-?mail|forward|raise|re-?send)\s+(?:us\s+|me\s+|over\s+)?(?:the|our|a|your)\s+"
                               r"(?:final|last|closing)\s+(?:invoice|bill)\b|"
                               # "when will the final invoice come?"
                               r"\bwhen\s+(?:will|do|does|should)\s+(?:we\s+(?:get|receive)\s+)?(?:the|our|your)\s+(?:final|last|"
                               r"closing)\s+(?:invoice|bill)\s*(?:come|arrive|be\s+sent|go\s+out)?\b", re.I)


def asks_for_final_invoice(text: str) -> bool:
    return bool(_SEND_THE_INVOICE.search(text))


def asks_about_the_bill(text: str) -> bool:
    """Says a charge is wrong, asks what the last bill covers, or asks for it: ours to answer in writing."""
    return questions_a_charge(text) or asks_about_the_final_bill(text) or asks_for_final_invoice(text)


# Licences or subscriptions moved onto the client's own account or card: part of handing over what is theirs.
_ONTO_THEIR_OWN = re.compile(r"\b(?:move|transfer|switch|put|change)\w*\s+(?:\w+\s+){0,3}?(?:to|onto|into|under|over\s+to)\s+"
                             r"(?:our|their|my)\s+own\b|\brelease\w*\s+(?:them|it|the\s+\w+)\s+to\s+(?:us|them|our)\b", re.I)
_SUBSCRIPTIONS = re.compile(r"\b(?:licen[cs]\w*|subscriptions?|renewals?|seats?|m365|microsoft\s+365|office\s+365)\b", re.I)


def moves_licences(text: str) -> bool:
    """Asks to move licences or subscriptions onto their own account or card."""
    return bool(_ONTO_THEIR_OWN.search(text) and _SUBSCRIPTIONS.search(text))


def sounds_angry(text: str) -> bool:
    """Angry or threatening words: what a calm message read as angry lacks."""
    return bool(_ANGRY_WORDS.search(text) or _SHOUTING.search(text) or _THREAT.search(text))


def letter_sounds_angry(text: str) -> bool:
    """A long letter is angry when it shouts or threatens, or its angry words keep coming: one hurt word ("it felt
    like being dumped") in a letter asking us to think again is hurt, not anger."""
    return bool(len(_ANGRY_WORDS.findall(text)) >= 2 or _SHOUTING.search(text) or _THREAT.search(text))


_SARCASM = re.compile(r"\b(?:for\s+nothing|great\s+job|well\s+done|a\s+bunch|yeah\s+right|whatever|dump\w*|ditch\w*|"
                      r"abandon\w*|kick\w*\s+(?:us\s+)?out|cut\s+(?:us\s+)?loose)\b|"
                      # "good luck finding clients as patient as us": a wish that is a jab
                      r"\bgood\s+luck\s+(?:finding|replacing|getting|keeping)\b|\bgood\s+luck\s+with\s+that\b|"
                      r"\bgood\s+luck\s+with\s+(?:your|the)\s+(?:other|next|new)\b|"   # "good luck with your other suckers"
                      # "twelve years and a two-line email": the long years set against how it ended
                      r"\byears\s+(?:and|&)\s+(?:all\s+we\s+get\s+is\s+|just\s+|only\s+)?(?:a|an|one)\s+(?!lot\b|great\b|good\b)\S+", re.I)


# "Best wishes," above a name closes a letter; it wishes nothing. A letter that asks for something is no wish.
_VALEDICTION = re.compile(r"^\s*(?:best\s+wishes|all\s+the\s+best|good\s+wishes|warm\s+wishes)\s*[,.!]?\s*$", re.I | re.M)
_ASKS_US = re.compile(r"\b(?:could|can|would|will)\s+(?:you|someone|one\s+of\s+you)\b|\bplease\b|"
                      r"\bappreciate\s+it\s+if\b|\bi'?d\s+(?:like|want)\b", re.I)


def wishes_well(text: str) -> bool:
    """A holiday's or a farewell's wishes, with nothing asked and nothing sour ("Merry Christmas from all of us!!")."""
    body = _VALEDICTION.sub(" ", text)
    return small_talk_kind(body) == "seasonal" and "?" not in text and not _ASKS_US.search(body) \
        and not _SARCASM.search(text) and not _ANGRY_WORDS.search(text.replace("!", ""))


def sounds_sad(text: str) -> bool:
    """Sad about the ending, with no anger in it."""
    return bool(_SAD.search(text)) and not _ANGRY_WORDS.search(text) and not sounds_sour(text)


_NOTICE_PERIOD = re.compile(r"\bhow\s+(?:much|long|many\s+(?:days|weeks))\b[^.?!]{0,30}\bnotice\b|\bnotice\s+period\b|"
                            r"\b(?:days|weeks|months)'?\s+(?:of\s+)?notice\b", re.I)
_RETURNING = re.compile(r"\bsign(?:s|ing)?\s+(?:up|on)\s+again\b|\b(?:old|previous|former)\s+(?:rate|price|terms|deal|contract)\b|"
                        r"\b(?:come|coming|comes|get|getting)\s+back\b[^.?!]{0,40}\b(?:years?|months?|later|future|someday|"
                        r"one\s+day|down\s+the\s+(?:road|line))\b|\b(?:return|rejoin|re-?sign)\w*\b[^.?!]{0,40}\b(?:years?|"
                        r"months?|later|future)\b|\b(?:like|as)\s+a\s+(?:brand[\s-]+)?new\s+client\b|\bnormal\s+onboarding\b|"
                        r"\bclean\s+slate\b", re.I)


def practical_asks(text: str) -> tuple[str, ...]:
    """The practical things a staff question asks for, whatever kind of question it is: the handover
    checklist, who signs the handover off, a hosted email provider, how to export mailboxes, how much
    notice to give, what to say about returning one day."""
    asks = (("checklist", _CHECKLIST), ("sign_off", _SIGN_OFF), ("email_provider", _EMAIL_PROVIDER),
            ("mailbox_export", _MAILBOXES), ("notice_period", _NOTICE_PERIOD), ("returning_client", _RETURNING))
    found = tuple(name for name, pattern in asks if pattern.search(text))
    # An onboarding checklist is a new client's, not our handover's.
    return tuple(name for name in found if name != "checklist" or not _ONBOARDING.search(text))


_ONBOARDING = re.compile(r"\bon-?boarding\b|\bonboard\s+(?:a|the|their|our|new)\b", re.I)


# -- what a reply acknowledges first: an apology, a payment, thanks -------------------------------------------
# A courtesy ("sorry to chase", "apologies for the delay") is no apology for how things went: not thanked.
_COURTESY = (r"(?!\s+(?:for\s+|about\s+)?(?:chasing|bother\w*|asking|interrupt\w*|disturb\w*|nagging|pestering|"
             r"(?:the|my|our)\s+(?:(?:late|slow|delayed)\s+(?:reply|response|answer)|long\s+(?:e-?mail|message)|hassle|"
             r"confusion|interruption|typos?|(?:bad\s+|poor\s+|broken\s+)?(?:english|spelling|grammar)|delay(?:\s+in\s+(?:replying|responding|answering|getting\s+back))?(?![^.?!]*\bpa(?:y|id)))|"
             r"the\s+(?:short\s+)?notice)\b)")
_APOLOGY = re.compile(
    rf"\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:\w+\s+)?sorry{_COURTESY}\s+(?:for|about|that|we|i|it|if)\b|"
    rf"(?:^|[.!?]\s*)sorry{_COURTESY}\s+(?:for|about|that\s+we|we|i)\b|"
    rf"\b(?:we|i)\s+(?:\w+\s+)?apologi[sz]e{_COURTESY}\b|\bapologies{_COURTESY}\s+(?:for|about|if)\b|"
    rf"\b(?:my|our|sincere|sincerest|deepest)\s+apologies{_COURTESY}", re.I)
_PAYMENT = re.compile(
    # "we paid", or as staff relay it: "they paid", "Acme just paid"
    r"\b(?:we|i|they|(?!(?i:fully|partly|partially|not|never|pre|to\s+be)\b)(?-i:[A-Z][\w&-]+))(?:'ve|\s+have)?\s+(?:just\s+|now\s+|finally\s+|already\s+|today\s+|this\s+morning\s+)?"
    r"(?:paid|settled|cleared|transferred|wired)\b(?![^.?!,;]{0,40}\b(?:late|slow\w*|on\s+time|eventually|in\s+the\s+end|"
    r"for\s+(?:\d+|\w+)\s+(?:years?|months?)|every\s+(?:single\s+)?(?:invoice|bill|month|time)|always))|"
    # ... but not a promise ("every invoice is paid the day it arrives", "paid on time from now on")
    r"\b(?<!every )(?<!each )(?:invoices?|balance|bills?|payments?|arrears|account|amount|everything)\s+(?:is|are|has\s+been|"
    r"have\s+been|was|were)\s+(?:now\s+|just\s+|all\s+|fully\s+|finally\s+)?(?:paid|settled|cleared|sent|made)\b"
    r"(?!\s+(?:the\s+day|on\s+time|from\s+now|in\s+(?:the\s+)?future|promptly|going\s+forward))|"
    r"\bpayment\s+(?:is\s+)?(?:on\s+its\s+way|went\s+through|has\s+gone\s+through)\b", re.I)
_THANKING = re.compile(
    r"\b(?:thanks|thank\s+you|thank\s+(?:you\s+)?(?:all|everyone|guys|the\s+team))\s+(?:so\s+much\s+|very\s+much\s+|"
    r"again\s+|all\s+|everyone\s+)?(?:for|to(?!\s+(?:you|u|your)\b))\b(?!\s+(?:nothing|not\b|ruining|dropping|dumping|abandoning|wasting|"
    r"letting\s+us\s+down|the\s+(?:bad|poor|terrible|awful)))|"
    r"\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:really\s+|very\s+|so\s+|truly\s+)?grateful\b|"
    r"\b(?:we|i)\s+(?:really\s+|truly\s+|do\s+)?appreciate(?:d)?\s+(?:all|everything|your|the\s+(?:help|work|support|years|"
    r"service))\b", re.I)


_IF_PAID = re.compile(r"\b(?:if|unless|suppose|supposing|say)\s+(?:we|i|they)\s+(?:\w+\s+)?(?:paid|settled|cleared|transferred|wired)\b",
                      re.I)


_PAID_ALL_ALONG = re.compile(r"\b(?:after|for|with|despite)\s+(?:everything|all(?:\s+that)?|what|all\s+the\s+money)\s+"
                             r"(?:we|i|they)(?:'ve|\s+have)?\s+paid\b|"
                             # "Really glad we paid you all those years": years of fees, said sourly
                             r"\bpaid\s+(?:you\s+)?(?:for\s+)?(?:all\s+)?(?:those|these|the|\w+)\s+years\b|"
                             # "I thought that's what we paid you for": what fees were for, no payment made
                             r"\bwhat\s+(?:we|i)\s+(?:paid|pay|were\s+paying)\s+(?:you|u)\s+for\b", re.I)


# Money offered to keep us ("we can prepay six months", "we'd pay double"): thanked for, and declined.
_MONEY_OFFERED = re.compile(
    r"\b(?:pre-?pay\w*|pay\w*\s+(?:\w+\s+){0,3}(?:up\s*front|in\s+advance|ahead)|pay\w*\s+(?:you\s+)?(?:double|twice|"
    r"more|extra|a\s+premium|\d+\s*%\s+more)|(?:bigger|higher|larger|increased?)\s+(?:fee|retainer|rate)s?|"
    # a new way of paying promised: "put a card on file", "set up autopay", "pay every invoice the day it arrives"
    r"card\s+on\s+file|auto-?pay|direct\s+debit|standing\s+order|pay\s+(?:every|each|all\s+(?:the\s+)?)\s*(?:\w+\s+)?"
    r"invoices?\s+(?:the\s+(?:same\s+)?day|on\s+the\s+(?:same\s+)?day|immediately|promptly|straight\s+away|within))\b", re.I)


def acknowledgements(text: str) -> tuple[str, ...]:
    """What a client said that a reply should thank them for first: "apology", "payment", "thanks", "offer"
    (money offered to keep us).

    Sarcastic thanks ("thanks for nothing") and "sorry, but ..." are neither; "we paid late" is no payment."""
    found = []
    if _APOLOGY.search(text):
        found.append("apology")
    if _PAYMENT.search(text) and not questions_a_charge(text) and not _ANGRY_WORDS.search(text) \
            and not _IF_PAID.search(text) and not _PAID_ALL_ALONG.search(text):
        # ("would you stay if we paid 50% more?" offers, it hasn't paid; "after everything we paid you" reproaches)
        found.append("payment")   # (paid twice, billed after leaving: a charge to check, not a payment to thank)
    if _THANKING.search(text) and not sounds_sour(text):
        found.append("thanks")
    if _MONEY_OFFERED.search(text):
        found.append("offer")
    return tuple(found)


_INVOICES = re.compile(r"\b(?:invoic\w*|paid|pay(?:ment)?s?|owe[sd]?|owing|balance|bill(?:ed|ing)?|reminder|refund\w*|"
                       r"prepaid|credit\s+note)\b", re.I)


def about_invoices(text: str) -> bool:
    """Asks about the money side of closing out (the final invoice, a reminder, a refund)."""
    return bool(_INVOICES.search(text))


# Whether money is owed either way (a refund, a credit, hours to bill, a pro-rata share): the contract decides.
_MONEY_OWED = re.compile(r"\b(?:refund\w*|credit\s+(?:them|note|back)|pro[\s-]?rat\w*|(?:do|does|would)\s+(?:we|they)\s+(?:still\s+)?owe|"
                         r"keep\s+(?:on\s+)?(?:billing|charging|invoicing)|still\s+(?:being\s+)?(?:billed|charged|invoiced)|"
                         r"disput\w*\s+(?:\w+\s+){0,3}?(?:invoice|bill|charges?|hours)|disput\w*\s+half|"
                         r"(?:bill|charge|invoice)\s+(?:them\s+)?(?:for\s+)?(?:the\s+)?(?:hours|time|work|project)|"
                         r"money\s+back|reimburse\w*)\b", re.I)


def asks_what_is_owed(text: str) -> bool:
    """Asks whether a refund, a credit or a charge is due: the written agreement answers, not the ending."""
    return bool(_MONEY_OWED.search(text))


# Thanks for the whole relationship ("thank you for all these years"), not a passing "cheers".
_THE_YEARS = re.compile(
    r"\b(?:thanks?|thank\s+you|grateful|gratitude|appreciate\w*)\b[^.?!]{0,60}?\b(?:over\s+the\s+years|(?:all\s+)?(?:these|those|the)\s+"
    r"years|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+(?:\w+\s+)?years|everything(?:\s+you(?:'ve|\s+have)\s+done)?|"
    r"all\s+(?:your|the)\s+(?:help|work|support|hard\s+work)|working\s+with\s+(?:you|us)|your\s+(?:service|support\s+over))\b",
    re.I)


def only_thanks(text: str) -> bool:
    """Thanks or good wishes and nothing asked ("Thanks for everything, the move went smoothly.")."""
    return (small_talk_kind(text) == "thanks" or thanks_for_the_years(text) or wishes_well(text)) \
        and (not makes_a_request(text) or "?" not in text and thanks_for_the_years(text)) \
        and not sounds_sour(text) and not sarcastic(text)   # ("thanks for the years of help": no request)


# Thanks that say what for ("thanks for the clean handover", "genuinely appreciated"): answered, unlike a passing
# "thanks so much, have a lovely weekend", which the people in the conversation see.
_THANKS_FOR = re.compile(r"\b(?:thanks|thank\s+you|thx|cheers)\b[^.?!]{0,25}?\bfor\s+(?!now\b|nothing\b)\w|"
                         r"\b(?:appreciated|grateful)\b", re.I)


def thanks_for_something(text: str) -> bool:
    return bool(_THANKS_FOR.search(text))


def thanks_for_the_years(text: str) -> bool:
    return bool(_THE_YEARS.search(text))


# The new provider writing in on the client's behalf ("this is Dev from Castle Tech, we're picking up Hooli").
_AS_THE_PROVIDER = re.compile(
    r"\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:the\s+|their\s+)?new\s+(?:it\s+)?(?:provider|msp|company|firm|partner|team|"
    r"support)\b|\b(?:we(?:'re|\s+are)|we'?ll\s+be|we\s+will\s+be)\s+(?:picking\s+up|taking\s+over)\b|"
    r"\bwe(?:'ve|\s+have)\s+(?:now\s+)?taken\s+over\b|"
    r"\b(?:on\s+behalf\s+of|representing)\s+(?:our\s+(?:new\s+)?client|the\s+client)\b|\bhired\s+us\b|"
    # Another firm writing about the client: "BrightPath IT here", "Marcus from ClearBridge IT here", "we took over
    # Globex", "Acme have just signed with us", "Vandelay is considering us", "we act for Acme Dental".
    r"\bwe\s+(?:took|have\s+taken|'ve\s+taken)\s+over\b|\b(?:just\s+)?signed\s+with\s+us\b|"
    r"\b(?:is|are)\s+considering\s+us\b|\bwe\s+act\s+for\b|\bour\s+client\b", re.I)
_FIRM_HERE = re.compile(r"\b(?!(?:The|Our|My|This|That|Your|Their|Its)\b)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:IT|Tech|Systems|Services|Solutions|Networks|Computing|"
                        r"Consulting|MSP)\s+here\b")


def writes_as_the_new_provider(text: str, provider: str = "") -> bool:
    """The message comes from the client's new provider, not from the client."""
    if _AS_THE_PROVIDER.search(text) or _FIRM_HERE.search(text):
        return True
    if not provider:
        return False
    name = re.escape(provider.split()[0])
    if re.search(rf"(?:[-\u2013\u2014]|\b(?:thanks|thank\s+you|regards|cheers|best)\s*,?)\s*{name}\b[^\n.!?]{{0,20}}$",
                 text.strip(), re.I):
        return True   # signed "— BrightPath IT", "Thanks, Castle Tech support"
    if re.search(rf"^\s*(?:hi|hello|hey)?(?:\s+there)?[,!\s]*(?:it'?s\s+|this\s+is\s+)?\w+\s+(?:from|at|with)\s+{name}\b|"
                 rf"\bthis\s+is\s+(?:[\w-]+\s+){{1,4}}(?:from|at|with)\s+{name}\b", text, re.I):
        return True   # "Hi there, Joe from Castle Tech.", "this is the service desk at BrightPath IT"
    if re.match(rf"\s*(?:(?:hi|hello|hey)[,!\s]+)?{name}\b[\w ]{{0,15}}(?::|\s[-\u2013\u2014]\s|\.\s)", text, re.I):
        return True   # "Castle Tech: our RMM won't be rolled out until mid-Feb ...", "Hello, BrightPath IT. Could we book ..."
    return bool(re.search(rf"\b(?:this\s+is\s+\w+\s+(?:from|at|with)\s+|from\s+|^\s*(?:hi|hello|hey)?[,\s]*){name}\b[^.?!]{{0,20}}"
                          rf"\b(?:here|again|on\s+behalf|writing|regarding|re:?)\b|\b(?:this\s+is|i'?m|i\s+am)\s+(?:\w+\s+(?:from|at|with)\s+)?"
                          rf"{name}\b", text, re.I))


# A day named in the message ("on the 22nd", "Jan 8", "8 January"), to tell whether it falls after the
# last day of support. A day with no month is the next one to come.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:,?\s+(20\d\d)\b)?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w){_YEAR}", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}", re.I)
# "the first of Feb": a day in words
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_WORD_DAY_MONTH = re.compile(rf"\b({'|'.join(_ORDINAL_WORDS)})\s+of\s+{_MONTH}(?!\w){_YEAR}", re.I)
# "on the 22nd", "by the 3rd", "until 14th" (not "the 23rd floor")
_ORDINAL = re.compile(r"\b(?:on|by|until|till|from|after|before|for)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b"
                      r"(?!\s+(?:floor|time|row|line|street|place|birthday|anniversary))", re.I)
# "is the 21st a Monday?": in a question about the calendar, "the 21st" alone names a day
_BARE_ORDINAL = re.compile(r"\b(?:the|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def days_named(text: str, today: date, bare_ordinals: bool = False) -> list[date]:
    """The calendar days a message names, each in the year it gives, else the year that puts it nearest
    to today. With `bare_ordinals`, "the 21st" alone names a day too."""
    found = []
    for match in _DAY_MONTH.finditer(text):
        found.append((int(match.group(1)), _MONTHS.index(match.group(2).lower()[:3]) + 1, match.group(3)))
    for match in _MONTH_DAY.finditer(text):
        found.append((int(match.group(2)), _MONTHS.index(match.group(1).lower()[:3]) + 1, match.group(3)))
    for match in _WORD_DAY_MONTH.finditer(text):
        found.append((_ORDINAL_WORDS.index(match.group(1).lower()) + 1, _MONTHS.index(match.group(2).lower()[:3]) + 1,
                      match.group(3)))
    if not found:
        # "the 22nd" with no month: the next such day from today (people plan ahead, not back)
        for m in (_BARE_ORDINAL if bare_ordinals else _ORDINAL).finditer(text):
            day = int(m.group(1))
            found.append((day, today.month if day >= today.day else today.month % 12 + 1, None))
    days = []
    for day, month, year in found:
        years = (int(year),) if year else (today.year - 1, today.year, today.year + 1)
        candidates = [d for d in (_day(each, month, day) for each in years) if d]
        if candidates:
            days.append(min(candidates, key=lambda d: abs((d - today).days)))
    return days


# Ending on another day than the one on record: "can we just end it dec 23", "tell them friday 18th is the last day".
_ENDS_IT = re.compile(r"\b(?:end|finish|stop|wrap|close|call)\w*\s+(?:it|things|them|support|the\s+(?:contract|agreement|support))\b|"
                      r"\b(?:last|final|end)\s+(?:day|date)\b", re.I)


_EARLY_END = re.compile(r"\bend\w*\s+(?:\w+\s+){0,2}(?:early|sooner|earlier)\b|\b(?:early|earlier)\s+(?:end|finish|exit|cut-?off)\b|"
                        r"\bbring\s+(?:the\s+)?(?:last\s+day|end(?:\s+date)?)\s+(?:forward|in)\b", re.I)


# What was already said or sent ("I told them on the 20th that we're ending"): a day in it is when, not a new end.
_ALREADY_TOLD = re.compile(r"\b(?:told|informed|rang|phoned|notified|emailed|gave\s+(?:them\s+)?notice)\b[^.?!]*", re.I)


# Our office closure said in passing ("we're shut from xmas eve"): its days are no end proposed.
_CLOSURE_SAID = re.compile(r"\b(?:shut|closed|close|closing|closure|off)\s+(?:from|on|over|for|between)\s+[^.,;?!]{0,30}", re.I)


def ends_it_early(text: str, last_day: date | None, today: date) -> bool:
    """Proposes ending on a day before the last day of support on record ("can we end Hooli early?")."""
    if _EARLY_END.search(text):
        return True
    text = _CLOSURE_SAID.sub(" ", _ALREADY_TOLD.sub(" ", text))
    if not last_day or not _ENDS_IT.search(text):
        return False
    dated = set(days_named(text, today))
    # ("hooli's last day is the 4th": a bare "the 4th" is the record's own day, not the next 4th)
    return any(today <= day < last_day for day in days_named(text, today, bare_ordinals=True)
               if day in dated or day.day != last_day.day)


# A last day stated as a fact ("remind them their last day is Dec 21", "they finish on the 18th").
_LAST_DAY_STATED = re.compile(r"\b(?:last|final|end)\s+(?:day|date)(?:\s+(?:of\s+support|with\s+us))?\s+(?:is|was|'s|=|on)\b|"
                              r"\b(?:ends?|ended|finish\w*|stops?)\s+on\s+(?:the\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|"
                              # "our support runs through Thursday 31 December", "I thought it ran until the 31st"
                              r"\b(?:support|contract|agreement|service|it)\s+(?:runs?|ran|goes|went|lasts?|continues?)\s+"
                              r"(?:through|until|till|to|up\s+to)\b", re.I)


_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}\b", re.I)


def misstated_last_day(text: str, last_day: date, today: date) -> date | None:
    """The day a message states as a client's last day when it is not `last_day`; None when it states none or
    the right one. "The 17th" with no month is the same day of the month, whichever month is meant."""
    if not _LAST_DAY_STATED.search(text):
        return None
    stated = days_named(text, today, bare_ordinals=True)
    if not stated or last_day in stated:
        return None
    if not _MONTH_NAMED.search(text) and any(day.day == last_day.day for day in stated):
        return None
    return stated[0]


# "Is it 4th of Jan or 4th of Feb?", "is it the 31st?": a date put forward as the answer, to be confirmed.
_OFFERED_DATE = re.compile(r"\b(?:is|was)\s+it\s+(?:the\s+|on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
                           r"\bor\s+(?:the\s+|on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)


def offers_a_date(text: str) -> bool:
    return bool(_OFFERED_DATE.search(text))


_DELETION_FEARED = re.compile(r"\b(?:you|u|ya)(?:'ll|\s+will|\s+gonna|\s+going\s+to|\s+just)?\s+(?:just\s+)?(?:lock|cut|shut)\w*\s+"
                              r"(?:us|me|everyone)\s+(?:out|off)\b|\b(?:will|are|do|would)\s+(?:you|u|ya)\s+(?:\w+\s+)?(?:delet|wip|eras|remov|switch\w*\s+off|turn\w*\s+off|"
                              r"shut\w*\s+(?:off|down)|cut\w*\s+off)\w*\b[^.?!]{0,40}\b(?:our|my|the)\s+(?:stuff|data|files|emails?|"
                              r"accounts?|systems?|everything|things|backups?)|"
                              # "the doctor say you will stop the internet??"
                              r"\b(?:you|u|ya)(?:'ll|\s+will|\s+gonna|\s+going\s+to)\s+(?:stop|cut|switch\s+off|turn\s+off|shut\s+(?:off|down))\s+"
                              r"(?:the|our|my)\s+(?:internet|e-?mails?|wi-?fi|phones?|computers?|pcs?|server|systems?|network)\b", re.I)


# "we haven't found a new IT company yet", "if we still don't have anyone": nobody lined up to take over.
_NOBODY_YET = re.compile(r"\b(?:haven'?t|have\s+not|not|still\s+(?:don'?t|haven'?t))\s+(?:yet\s+)?(?:found|got|chosen|picked|have|"
                         r"hired)\s+(?:a\s+new\s+|any(?:one|body)|some(?:one|body)|a\s+(?:new\s+)?(?:provider|it|msp))|"
                         r"\bno\s*(?:one|body)\s+(?:lined\s+up|yet|in\s+place)\b|"
                         # "still no IT company", "we still have no provider"
                         r"\bstill\s+(?:have\s+)?no\s+(?:new\s+)?(?:it\s+(?:company|firm|provider|people|support)|provider|msp|one|"
                         r"body)\b|"
                         # "we do not have other company yet"
                         r"\b(?:do\s+not|don'?t)\s+have\s+(?:an?\s+|any\s+)?(?:other|another|new|different)\s+(?:it\s+)?"
                         r"(?:company|provider|msp|firm|support)\b", re.I)


def has_nobody_yet(text: str) -> bool:
    return bool(_NOBODY_YET.search(text))


# Being cut off spoken of ("if you disconnect anything or lock us out before the contract ends ..."): the answer,
# whatever else is said, is that nothing of theirs goes off before the last day.
_CUT_OFF_SPOKEN = re.compile(r"\b(?:disconnect\w*|lock\w*\s+(?:us\s+|them\s+)?out|(?:switch|cut|turn|shut)\w*\s+(?:\w+\s+)?(?:off|down)|"
                             r"pull\w*\s+the\s+plug)\b", re.I)


# How something of ours was set up, asked ("how the backup jobs were scheduled and what retention you used").
_HOW_SET_UP = re.compile(r"\bhow\s+(?:[\w-]+\s+){0,9}?(?:was|were|is|are|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:set\s*up|configured|"
                         r"scheduled|built|wired|done)\b|\bwhat\s+(?:retention|settings?|schedule|config\w*)\s+(?:you|was|were|did)\b|"
                         r"\bwhy\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:set\s*up|configured)\b|"
                         r"\bwalk\s+(?:us|me|them)\s+through\s+(?:the|your|how|our|their)\b", re.I)


def asks_how_it_was_set_up(text: str) -> bool:
    """Asks how something was set up, and not for anything to be sent or handed over."""
    return bool(_HOW_SET_UP.search(text)) and not _SEND_IT.search(text)


_SEND_IT = re.compile(r"\b(?:send|give|transfer|hand\s+over|export|copy|share|forward)\b", re.I)


_LICENCES = re.compile(r"\blicen[cs]es?\b|\bsubscriptions?\b|\brenew\w*\s+(?:our|the|my)\s+(?:\w+\s+)?(?:anti-?virus|av|"
                       r"backup|security|office|m365|microsoft|adobe)\b|"
                       # "does the Microsoft 365 renewal move over to us?"
                       r"\b(?:microsoft|office|m365|o365|365|adobe|anti-?virus)\s+(?:\w+\s+)?renewals?\b|"
                       # "a renewal notice for our antivirus"
                       r"\brenewal\s+(?:notice\s+|invoice\s+|e-?mail\s+)?for\s+(?:our|the|my)\s+(?:\w+\s+)?(?:anti-?virus|av|backup|"
                       r"security|office|m365|microsoft|adobe)\b", re.I)


def about_licences(text: str) -> bool:
    return bool(_LICENCES.search(text))


# A fix asked for ("someone to fix our dispatch board", "can you sort the printer"): work, whatever else is said.
_FIX_ASKED = re.compile(r"\b(?:someone|somebody|a\s+tech|an?\s+engineer|your\s+tech|you\s+(?:guys|people))\s+(?:to\s+|can\s+|could\s+)?"
                        r"(?:fix|repair|sort(?:\s+out)?|look\s+at|check|come\s+(?:in|out|over))\b|"
                        r"\b(?:fix|repair|sort\s+out)\s+(?:our|the|my)\s+[\w-]+|"
                        # ("I really believe we can fix this": the relationship, not a fault)
                        r"\b(?<!we\s)(?<!can\s)(?<!could\s)(?<!will\s)(?<!'ll\s)(?:please\s+)?(?:fix|sort)\s+(?:it|this|that)\b|"
                        r"\bcan\s+(?:someone|somebody|you|one\s+of\s+you)\s+(?:please\s+)?(?:take\s+a\s+)?look\b", re.I)


_FORMAL_LETTER = re.compile(r"^\s*Dear\s+(?:Sir|Madam|Mr|Mrs|Ms|Dr|Prof|[A-Z][a-z]+\s+[A-Z])|\bYours\s+(?:sincerely|faithfully|truly)\b|"
                            r"\bformal\s+request\b|\bwe\s+hereby\b|\bwe\s+are\s+in\s+receipt\s+of\b", re.I)


_GIFT = re.compile(r"\b(?:croissants?|cakes?|pastr(?:y|ies)|cookies|biscuits|doughnuts|donuts|mince\s+pies|treats|chocolates?|"
                   r"cupcakes?|muffins?|bagels?|pizzas?|cinnamon\s+rolls?|hamper|flowers|wine|bottle)\b[^.?!]{0,60}\b(?:for\s+(?:you|your|the)|"
                   r"on\s+(?:its|their|the)\s+way|pop\s+(?:by|in|round)|drop(?:ped|ping)?\s+(?:off|by|round)|coming\s+your\s+way|"
                   r"sent|sending|bringing|help\s+yourselves)\b|"
                   r"\b(?:drop|bring|send|pop)\w*\s+(?:off\s+|round\s+|by\s+|in\s+|over\s+)?(?:\w+\s+){0,3}?(?:croissants?|cakes?|"
                   r"pastr(?:y|ies)|cookies|biscuits|doughnuts|donuts|mince\s+pies|treats|chocolates?|cupcakes?|muffins?|stollen|"
                   r"hamper|flowers|wine)\b", re.I)


def offers_a_gift(text: str) -> bool:
    """A treat sent or offered ("free croissants for your team on Friday if anyone wants to pop by!")."""
    return bool(_GIFT.search(text))


def asks_beyond_the_gift(text: str) -> bool:
    """A request other than the treat itself ("Can I still drop off some mince pies?" asks nothing else)."""
    return makes_a_request(" ".join(sentence for sentence in re.split(r"(?<=[.!?])\s+", text) if not _GIFT.search(sentence)))


_HANDOVER_LATER = re.compile(r"\b(?:hand\w*(?:\s+\w+){0,2}\s+over|handover|pass\w*\s+(?:\w+\s+){0,2}(?:on|over)|do\s+the\s+switch)\b[^.?!]{0,60}"
                             r"\b(?:in|after|into)\s+(?:the\s+)?(?:new\s+year|january|jan|holidays|christmas|xmas|break)\b|"
                             r"\b(?:hand\w*(?:\s+\w+){0,2}\s+over|handover)\b[^.?!]{0,60}\bafter\s+(?:you|we)\s+(?:re-?open|are\s+back|get\s+back)\b",
                             re.I)


def asks_handover_later(text: str) -> bool:
    """The handover asked for after the closure or in the new year ("hand everything over after you reopen?")."""
    return bool(_HANDOVER_LATER.search(text)) and "?" in text


def asks_us_to_renew(text: str) -> bool:
    """Asks us to renew something for them ("can you renew our Microsoft licences one more time?")."""
    return bool(re.search(r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?renew\b|\brenew\w*\b[^.?!]{0,40}\b"
                          r"(?:one\s+more\s+time|again|for\s+us)\b", text, re.I))


def speaks_of_the_handover(text: str) -> bool:
    """Thanks about the handover or our help ("transition went smooth"), not a passing "have a lovely weekend"."""
    return bool(re.search(r"\b(?:transition|handover|hand-over|switch|move|help|support|everything)\b", text, re.I))


def follows_on(piece: str) -> bool:
    """A short follow-up about what the message just asked ("How does that work", "is it secure?"): part of that
    request, not one of its own."""
    asked = piece.rstrip().endswith("?") or re.match(r"\s*(?:and\s+)?(?:how|is|are|what|does|do|can|will|would|could|when|"
                                                     r"where|why)\b", piece, re.I)
    return len(piece.split()) <= 6 and bool(asked) and bool(re.search(r"\b(?:it|that|this|those|these)\b", piece, re.I)) \
        and not asks_end_date(piece) and not asks_for_a_fix(piece)


def writes_formally(text: str) -> bool:
    """A formal letter ("Dear Ms Shah, ... Yours sincerely"): answered in the same register. A personal letter
    ("Dear Priya and team,") is answered as one, whatever its closing."""
    if re.match(r"\s*Dear\s+(?!(?:Sirs?|Madam|All|Team|Colleagues)\b)[A-Z][a-z]+(?:\s+and\s+(?:the\s+)?team)?\s*,", text):
        return False
    return bool(_FORMAL_LETTER.search(text))


def asks_for_a_fix(text: str) -> bool:
    return bool(_FIX_ASKED.search(text))


def speaks_of_cut_off(text: str) -> bool:
    return bool(_CUT_OFF_SPOKEN.search(text))


def fears_deletion(text: str) -> bool:
    """Asks whether we will delete or switch off what is theirs ("will you delete our stuff after the 4th?")."""
    return bool(_DELETION_FEARED.search(text))


def names_a_day_after(text: str, last_day: date | None, today: date) -> bool:
    """The message names a day after the last day of support ("can you come in on the 22nd?")."""
    return bool(last_day) and any(day > last_day for day in days_named(text, today))


# They haven't confirmed who holds admin on their side: removing ours now could lock them out.
_CONTROL_UNCONFIRMED = re.compile(
    r"\b(?:never|not|haven'?t|hasn'?t|didn'?t)\s+(?:yet\s+)?(?:confirmed|said|told\s+us|named|given|sent)\b[^.?!]{0,40}"
    r"\b(?:admin|access|control|who)\b|\bno\s*(?:one|body)\s+(?:on\s+their\s+side\s+)?(?:has|holds|got)\s+(?:admin|access|control)\b",
    re.I)


def control_unconfirmed(text: str) -> bool:
    return bool(_CONTROL_UNCONFIRMED.search(text))
