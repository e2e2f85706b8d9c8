"""How a message is put together: several requests or one, a greeting, small talk, thanks, a follow-up, a formal letter."""
from __future__ import annotations

import re

from intents.cues.dates import asks_about_holidays, asks_end_date, asks_notice_date, offers_a_date
from intents.cues.theirs import asks_user_password_reset, asks_what_after
from intents.cues.words import _EMAIL_PROVIDER, _WHEN

# ("We should be grateful for a response within fourteen days": a formal letter's request, no thanks)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|thnx|thanx|tnx|cheers|appreciate|(?<!should be )(?<!would be )grateful)\b", re.I)
# A holiday's wishes or a farewell's: answered in kind. "Happy Friday" is passing chatter, like a hello.
_SEASONAL = re.compile(r"\b(?:merry|happy)\s+(?:\(?(?:belated|late)\)?\s+|early\s+)?(?:christmas|xmas|new\s+year|holidays|december|festive\s+season|"
                       r"thanksgiving|easter|diwali|hanukkah|eid)\b|\bseason'?s\s+greetings\b|"
                       r"\b(?:merry|happy)\s+\w+\s+(?:christmas|xmas|holidays|new\s+year)\b|"
                       r"\b(?:good\s+luck|all\s+the\s+best|best\s+wishes|wish(?:ing)?\s+you\s+(?:all\s+)?(?:well|the\s+best))\b|"
                       # "No hard feelings from our side. Have a good holiday, all of you."
                       r"\bno\s+hard\s+feelings\b[^?]{0,60}\bhave\s+a\s+(?:good|great|lovely|nice|happy)\s+(?:holiday|christmas|xmas|"
                       r"new\s+year|break)\b|"
                       # "ok fine. have a good christmas i guess"
                       r"\b(?:have|wish\s+you)\s+a\s+(?:good|great|lovely|nice|happy|merry|peaceful)\s+(?:christmas|xmas|new\s+year|"
                       r"thanksgiving|festive\s+season)\b",
                       re.I)
_PASSING_WISH = re.compile(r"\b(?:happy|good|great|lovely|nice)\s+(?:friday|weekend|monday|holiday|day)\b", re.I)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b"
                       r"[\s!.,]*(?:there|all|everyone|team|folks)?[\s!.,]*$", re.I)
# "just saying hi, hope everyone's well over there. No ask, promise.": a hello, when nothing is asked after it
_SAYING_HELLO = re.compile(r"\bjust\s+(?:saying|(?:wanted|wanting)\s+to\s+say|popping\s+in\s+to\s+say|dropping\s+(?:by|in)\s+to\s+say)\s+"
                           r"(?:hi|hello|hey|hiya)\b|\bhope\s+(?:every(?:one|body)|you(?:['\u2019]re|\s+are)?\s+all|you\s+all|all)"
                           r"(?:['\u2019]s|\s+is|\s+are)?\s+(?:(?:doing\s+)?well|good|ok)\b|"
                           # "vandaley here lol, miss u guys. how's everyone doing"
                           r"\bmiss\s+(?:you|u|ya)(?:\s+(?:guys|lot|all))?\b[^?]{0,40}?\bhow(?:['\u2019]s|\s+is|\s+are)\s+"
                           r"(?:every(?:one|body)|you(?:\s+all|\s+guys)?|u(?:\s+guys)?|things|the\s+team)\b|"
                           # "lol you lot still alive over there?": banter, a hello
                           r"^\s*(?:(?:lol|haha|ha)\W+)?(?:are\s+)?(?:you|u|ya)\s+(?:guys\s+|lot\s+|all\s+|folks\s+)?still\s+"
                           r"(?:alive|kicking|going|standing)\b(?:\s+over\s+there)?\W*$", re.I)
# "you guys still around?" beside a hello: part of saying hi, not a question to answer
_STILL_AROUND = re.compile(r"\b(?:are\s+)?(?:you|u|ya)\s+(?:guys\s+|lot\s+|all\s+|folks\s+)?still\s+(?:around|there|about|alive)\b(?:\s+over\s+there)?\s*\?*",
                           re.I)
_ENUMERATES = re.compile(r"\b(?:two|2|three|3|couple\s+of|a\s+few|several)\s+(?:things|questions|issues|"
                         r"requests|quick\s+ones)\b|\bplus\b|\balso\b|\bas\s+well\b|\banother\s+thing\b|"
                         # ("... before you go? And while I'm here, what's the admin password?")
                         r"\bwhile\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:here|at\s+it|on)\b|\bone\s+more\s+thing\b|"
                         # ("... all our patient data before we go? and the admin password for the email pls")
                         r"\?\s*(?:and|plus)\s+(?:also\s+)?(?:the|our|your)\s+(?:admin|passwords?|logins?|keys?|wi-?fi)\b|"
                         r"\band\s+(?:can|could|do|does|will|would|what|how|when|who|is|are)\b(?!['\u2019]t|n't|not|"
                         r"\s+(?:happy|glad|willing|ready|prepared|keen|able)\b)", re.I)   # ("and are happy to pay 20% more")
_REFERS_BACK = re.compile(r"^(?:can|could|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:help|look|assist|sort)"
                          r"(?:\s+(?:me|us))?\s+(?:with|at|into|out)?\s*(?:both|them|these|those|all|either|that|this)"
                          r"\b[\s?.!]*$", re.I)
# Question words alone ("How and when?") ask more about the part before them, not something else.
_FOLLOW_UP_ONLY = re.compile(r"^(?:and\s+|so\s+|but\s+)?(?:how|when|where|what|who|why|by\s+when)(?:\s*(?:,|and|&|or)\s*"
                             r"(?:how|when|where|what|who|why|by\s+when))*\s*[?.!]*$", re.I)
# A fault reported ("the POS tablet froze and won't restart"): a request for help, asked or not.
_FAULT = (r"\b(?:won'?t|wont|doesn'?t|can'?t|cannot)\s+(?:load|work|start|restart|reboot|turn\s+on|power\s+on|open|print|talk\s+to|"
          r"connect|boot|log\s*in|sync|send)\b|\bstopped\s+(?:working|syncing|sending|printing|connecting|loading)\b|"
          # "shared mailbox permissions are broken"
          r"\b(?:is|are)\s+(?:completely\s+|totally\s+|still\s+)?broken\b|"
          # "outlook keeps asking for her password every hour", "locked out of his email"
          r"\bkeeps?\s+(?:asking|prompting)\s+(?:\w+\s+)?for\s+(?:a|her|his|my|their|the)?\s*password\b|"
          r"\blocked\s+out\s+of\s+(?:his|her|their|my|our|the)\s+(?:e-?mail|outlook|laptop|pc|computer|account)\b|"
          r"\bnot\s+working\b|\b(?:has|have)\s+been\s+(?:\w+\s+)?(?:unavailable|inaccessible|unreachable)\b|\b(?:keeps?|started|are|is)\s+bouncing\b|\b(?:e-?mails?|messages?)\s+(?:are\s+|keep\s+)?bounc(?:e|es|ing)\b|\b(?:printer|scanner|till|pos|pc|laptop|computer|phone|email|wifi|wi-fi|outlook|teams|onedrive|sharepoint)\s+(?:is\s+)?not\s+(?:print|work|"
          r"connect|start|load|open|send|sync)(?:ing)?\b|\bkeeps?\s+(?:crashing|freezing|dropping)\b|\b(?:froze|frozen|crashed)\b|"
          # "printer offline. pls send someone", "the server is down"
          r"\b(?:printer|server|srv|wifi|wi-fi|internet|network|email|e-mail|phone|till|pos|scanner|laptop|pc|nas|system)s?"
          r"(?:['\u2019]s\s+(?:been\s+)?|\s+(?:is\s+|are\s+|went\s+|has\s+gone\s+|have\s+gone\s+|has\s+been\s+|have\s+been\s+|'s\s+)?)"
          r"(?:offline|down|dead)\b|"
          # "our file server has failed", "the NAS died overnight"
          r"\b(?:server|nas|drive|disk|backup|router|firewall|switch|laptop|pc|computer|printer)s?\s+(?:has\s+|have\s+)?"
          r"(?:failed|died|crashed|gone\s+down)\b|"
          # "the firewall's beeping", "the UPS keeps beeping"
          r"\b(?:firewall|router|server|ups|nas|alarm|switch|printer)(?:['\u2019]s|\s+is|\s+keeps?)\s+(?:\w+\s+)?(?:beeping|flashing|"
          r"blinking|bleeping)\b|"
          # "wants 10 min on their backup job, says it's failing"
          r"\b(?:is|it'?s|are|they'?re|keeps?)\s+(?:still\s+)?failing\b|"
          # "posted a printer issue in their channel"
          r"\b(?:printer|server|wifi|wi-fi|internet|network|email|e-mail|phone|till|pos|scanner|laptop|pc|nas|vpn|outlook)\s+"
          r"(?:issue|problem|fault|error|outage)s?\b|"
          # "shared mailbox permissions broke overnight", "the card reader at the front counter is dead"
          r"\b(?:broke|died)\s+(?:overnight|this\s+morning|today|yesterday|again|last\s+night)\b|"
          r"\b(?:is|are|went|has\s+gone|have\s+gone|'s)\s+(?:dead|offline)\b|"
          # "the printer in surgery 2 is jammed again", "the scanner's jammed"
          # ("printer in surgery 2 jammed again", "the copier keeps jamming")
          r"\b(?:printer|scanner|copier|till|shredder|label\s+printer)s?\b[^.?!]{0,30}?(?:\s+(?:is|are|keeps?(?:\s+getting)?|got|'s)|"
          r"['\u2019]s)?\s+(?:\w+\s+)?jam(?:med|ming)\b|\bpaper\s+jams?\b|"
          # "my laptop fan is going crazy loud", "the PC is making a grinding noise", "laptop keeps overheating"
          r"\b(?:fan|laptop|pc|computer|server|printer|nas|ups|drive)s?\s+(?:is\s+|are\s+|keeps?\s+|'s\s+)?(?:going\s+|getting\s+|"
          r"being\s+|making\s+(?:a|an|this)\s+)?(?:\w+\s+)?(?:loud|noisy|noise|overheating|grinding|whining|buzzing|clicking)\b")
# ("thanks for all your help" is help given, not asked for)
_REQUEST = re.compile(r"\?|\b(?:please|pls|plz|can(?!['\u2019]t\b)|could|would|will\s+you|need|want|send|give|"
                      r"(?<!your\s)(?<!the\s)(?<!our\s)(?<!of\s)help|how|what|when|"
                      r"where|who|why|fix|check|look|paste|share|forward|dm)\b|"
                      # "Let's make the switch painless": a next step proposed is asked of us too
                      r"\blet'?s\s+(?:make|get|do|sort|plan|talk|arrange|start|set\s+up|keep|work)\b|" + _FAULT, re.I)
_FAULT_REPORTED = re.compile(_FAULT, re.I)


# A fault supposed in a question ("After this day who is help us when computer is broken?", "who do we call if the
# server goes down?"): a question about later, not a fault to fix now.
_SUPPOSED = re.compile(r"\b(?:if|when|whenever|in\s+case|should)\b")


# Work booked or asked of us on site ("what time is your tech coming Thursday?", "our laptops need updates")
_VISIT_OR_UPKEEP = re.compile(r"\b(?:your|the|a|an|our)\s+(?:tech|techie|technician|engineer|it\s+(?:guy|person))\s+(?:is\s+|still\s+)?"
                              r"(?:coming|come|popping|arriv\w+|visit\w*|due|booked)\b|"
                              r"\b(?:laptops?|pcs?|computers?|machines?|servers?|printers?|devices?|tills?)\s+(?:all\s+)?(?:need|needs|want)\s+"
                              r"(?:updates?|updating|patch\w*|upgrad\w*|servic\w*|replac\w*)\b", re.I)


def asks_for_upkeep(text: str) -> bool:
    """A visit or routine upkeep asked of us: work, as a fault is."""
    return bool(_VISIT_OR_UPKEEP.search(text))


def reports_a_fault(text: str) -> bool:
    for found in _FAULT_REPORTED.finditer(text):
        start = max(text.rfind(mark, 0, found.start()) for mark in ".?!\n") + 1
        end = min((at for at in (text.find(mark, found.end()) for mark in ".?!\n") if at >= 0), default=len(text))
        if not (text[end:end + 1] == "?" and _SUPPOSED.search(text[start:found.start()].lower())):
            return True
    return False


# The thing a fault is with, as a reply names it back ("their email's down": "your email"), so a decline says what it
# declines rather than "this request".
_FAULTY_THING = {"email": "your email", "emails": "your email", "e-mail": "your email", "outlook": "your email", "mailbox": "your email",
                 "printer": "the printer", "server": "your server", "mail server": "your mail server", "email server": "your mail server", "wifi": "your Wi-Fi", "wi-fi": "your Wi-Fi",
                 "internet": "your internet connection", "network": "your network", "vpn": "your VPN",
                 "backup": "your backups", "backups": "your backups", "laptop": "the laptop", "pc": "the computer",
                 "till": "the till", "scanner": "the scanner", "phones": "your phones", "website": "your website",
                 "firewall": "your firewall", "router": "your router", "nas": "your NAS", "tablet": "the tablet",
                 "ipad": "the iPad", "computer": "the computer"}
# (not the network a device is on: "our oven sensors on the wifi dropped offline" is the sensors' fault, not the Wi-Fi's)
_FAULT_WITH = re.compile(r"(?<!\bon\sthe\s)(?<!\bon\sour\s)(?<!\bover\sthe\s)(?<!\bvia\sthe\s)\b(" + "|".join(map(re.escape, _FAULTY_THING)) +
                         r")(?:'s)?\b(?:[^.?!,;]{0,20}?|\s+that\s+[^.?!,;]{0,40}?)\b(?:down|not\s+working|beeping|"
                         r"broken|broke|offline|dead|issues?|problems?|fault|errors?|outage|failing|stopped|won'?t|"
                         r"isn'?t\s+working|keeps?\s+(?:crashing|dropping)|jam\w*|stuck|frozen|freez\w*|fix(?:ed)?|sorted|looked\s+at|bouncing|bounced?)\b|"
                         r"\b(?:(?:problems?|issues?|trouble|help)\s+with|about|locked\s+out\s+of|look\s+at|fix|sort\s+out)\s+"
                         r"(?:their|the|our|your|its|his|her|a)\s+(" +
                         "|".join(map(re.escape, _FAULTY_THING)) + r")\b", re.I)


# A reset asked for that names what is reset ("can u reset MFA for our finance lead?"): said back as the job declined
_RESET_OF = re.compile(r"\breset\w*\s+(?:the\s+|their\s+|our\s+|your\s+|a\s+user'?s\s+)?(mfa|2fa|multi-?factor(?:\s+authentication)?|"
                       r"two-?factor(?:\s+authentication)?)\b", re.I)


def reset_named(text: str) -> str:
    """A reset asked for, as the job a no declines ("an MFA reset"); ""."""
    return "an MFA reset" if _RESET_OF.search(text) else ""


def fault_named(text: str) -> str:
    """What the reported fault is with, as a reply to them would put it ("your email"); "" when none is named."""
    # (quote marks around their words dropped: "'just take a quick look' at their printer" still looks at the printer)
    # (two things named, "printer keeps jamming and the scanner wont send", are both said back)
    things = dict.fromkeys(_FAULTY_THING[(found.group(1) or found.group(2)).lower()]
                           for found in _FAULT_WITH.finditer(re.sub(r"(?<=\w)['\u2019](?=\s)|(?<=\s)['\u2018](?=\w)", "", text)))
    return " and ".join(list(things)[:2])


_SEGMENT_BREAK = re.compile(r"(?<=[.?!;:])\s+|,?\s+\bplus\b\s*|(?:,|(?<=\)))\s*and\s+(?=(?:can|could|do|does|will|would|"
                            r"what|how|when|who|is|are|we|our)\b)|,?\s+\balso\b,?\s*|"
                            # "reset Dr Mehta's password (locked out again) AND can we get a full export": said in capitals
                            r"\s+(?-i:AND)\s+", re.I)

# Who looks after them once we stop ("after this who help us?").
_WHO_AFTER = re.compile(r"\bafter\s+(?:this|that|then|it|the\s+\w+|(?:mon|tue|wed|thu|fri|sat|sun)\w*(?:\s+\d{1,2}\w*)?(?:\s+(?:of\s+)?"
                        r"[a-z]+)?|you\s+(?:go|leave|stop|finish))\b[^.?!]{0,20}\bwho\b|\bwho\b[^.?!]{0,30}\bafter(?:\s+"
                        r"(?:this|that|then|it|you\s+(?:go|leave|stop))\b|\s*[?!.]*\s*$)", re.I)   # ("who is help us after?")

# What their new provider has to do ("And Castle Tech, what they must do?"): get in touch by the day on record, which
# the answer about our last day gives.
_PROVIDER_TODO = re.compile(r"\bwhat\s+(?:do\s+|does\s+|should\s+|must\s+)?(?:they|he|(?:the|our)\s+new\s+(?:it\s+)?(?:provider|company|"
                            r"people|guys?))\s+(?:must|need\s+to|needs\s+to|should|have\s+to|has\s+to)?\s*do\b", re.I)

# Where one sentence ends and the next begins: each question in a message is asked on its own
# ("Which day is the last? And who must Castle Tech call?" asks two things).
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+(?=\S)")
SHORT_DATE_CHECK = 8   # words in a question that only checks a day ("so it's Monday the 21st then?")

# "what date exactly do u stop supporting us": a question without its question mark
_ASKED_WITHOUT_MARK = re.compile(r"\s*(?:what|when|which)\b(?!\s+(?:a|an)\s)", re.I)


def asks_who_helps_after(text: str) -> bool:
    """Who looks after them once we stop ("After Monday 21 December who will help us with the computers?")."""
    return bool(_WHO_AFTER.search(text))


# "what happens if the card machine network dies on Tuesday 29 December?": who helps when it breaks, asked for a day
_IF_IT_BREAKS = re.compile(r"\bwhat\s+(?:happens|happen|do\s+we\s+do|should\s+we\s+do|then)\s+(?:if|when)\b[^.?!]{0,80}?\b(?:dies|die|"
                           r"breaks?|goes\s+down|go\s+down|stops?\s+working|fails?|crash(?:es)?|is\s+down|packs\s+up|falls\s+over)\b",
                           re.I)


def asks_what_if_it_breaks(text: str) -> bool:
    return bool(_IF_IT_BREAKS.search(text))


# "my manager say your company stop the support. Is true?": the ending, asked to be confirmed (the date confirms it)
# ("It is true?", word order of a learner's English)
_IS_IT_TRUE = re.compile(r"\W*(?:is\s+)?(?:(?:it|this|that)\s+)?(?:is\s+)?(?:really\s+)?true\s*\?+\W*$", re.I)


# "Is true you stop to help us?", "is it true that you're ending our support?": the ending, asked to be confirmed
_TRUE_THAT_WE_STOP = re.compile(r"\W*(?:is\s+)?(?:it\s+)?(?:really\s+)?true\s+(?:that\s+)?(?:you|u|your\s+company)\b[^?]{0,40}\b(?:stop|end|"
                                r"finish|leav|drop|quit|clos)\w*", re.I)


def asks_if_true(text: str) -> bool:
    """Asks us to confirm what they heard ("my manager say your company stop the support. Is true?")."""
    return any(_IS_IT_TRUE.match(sentence) or _TRUE_THAT_WE_STOP.match(sentence) for sentence in _SENTENCE_END.split(text)) \
        or bool(re.search(r"\bis\s+(?:it|this|that)\s+(?:really\s+)?true\b", text, re.I))


def asks_only_dates(pieces: list[str]) -> bool:
    """Every part of the message asks about our dates: the last day, when notice was given, whether we work
    that day, who looks after them after it. The record answers all of it."""
    asks = [sentence for piece in pieces for sentence in _SENTENCE_END.split(piece)
            if "?" in sentence or makes_a_request(sentence) or _ASKED_WITHOUT_MARK.match(sentence)
            or asks_user_password_reset(sentence) or asks_for_a_fix(sentence)]   # ("1) Dr Patel locked out again")
    # (the rest is context, "for our audit")
    if any(re.search(r"\bwhat\s+(?:happens|if|now|then)\b|\bif\s+(?:we|you|nobody|no\s*one)\b", piece, re.I) for piece in asks):
        return False   # "what happens on the last day if we still have nobody?" asks about more than the date
    if any(re.search(r"\bas\s+well\s+as\b", piece, re.I) or _AND_MORE.search(piece) for piece in asks):
        return False   # "confirmation of the date ..., together with a list of the materials handed over"
    dated = lambda piece: asks_notice_date(piece) or asks_end_date(piece) and bool(_WHEN.search(piece)) or bool(_CALL_BY.search(piece)) \
        or offers_a_date(piece) and len(piece.split()) <= SHORT_DATE_CHECK or bool(_GUESSED_DAY.match(piece))   # "Is it the 21st?"
    return bool(asks) and all(dated(piece) or _WHO_AFTER.search(piece) or _PROVIDER_TODO.search(piece)
                              or _IS_IT_TRUE.match(piece) for piece in asks) \
        and any(map(dated, asks))


# The day the new provider should be in touch by, asked ("deadline for the new IT co to call u?")
# ("and when does castle tech need to ring you?": when someone else, their new people, is to be in touch)
_CALL_BY = re.compile(r"(?:\b(?:deadline|latest\s+(?:date|day)|by\s+when|cut-?off)\b[^.?!]{0,50}|\bwhen\s+(?:do|does|should|"
                      r"must|will|would|shall)\s+(?!(?:i|we|you|u)\b)[\w' ]{1,30}?\s+(?:need\s+to\s+|have\s+to\s+|has\s+to\s+)?)"
                      r"\b(?:call|contact|reach|ring|ping|get\s+in\s+touch|talk\s+to|speak\s+to)\w*|"
                      # ("And the new company must call you when?": the question word last)
                      r"\b(?:must|should|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:call|contact|reach|ring|phone)\s+(?:you|u)\s+when\b",
                      re.I)
_PLEASE = re.compile(r"\s*(?:please|pls|plz|kindly)\b", re.I)
# "confirmation of the date ..., together with a list of the materials handed over", "the precise final date of service
# and the procedure for transferring the data": a second thing asked in the same sentence
_AND_MORE = re.compile(r"\b(?:together|along)\s+with\b|\ba\s+list\s+of\b|\band\s+(?:the|your)\s+(?:procedure|process|steps|"
                       r"arrangements?|plan)\s+for\b|"
                       # "... the date on which your services will cease and details of the arrangements for the return of
                       # our data", "... and of any balance outstanding on our account"
                       r"\band\s+(?:(?:full\s+)?details\s+of\s+)?(?:the\s+)?(?:arrangements?|procedure|process|plan)\s+for\b|"
                       r"\band\s+of\s+(?:any|the)\s+(?:balance|amount|data|credentials)\b|"
                       r"\band\s+the\s+(?:current\s+)?status\s+of\b", re.I)


def asks_more_than_dates(text: str) -> bool:
    """Asks a date and, in another question, something else ("Which day is the last? And who must Castle
    Tech call?"): the record answers only the first."""
    # (a request counts as asked: "Please confirm the last day in writing. Also, will you take your antivirus off?")
    asks = [sentence for sentence in _SENTENCE_END.split(text) if ("?" in sentence or _PLEASE.match(sentence))
            and not asks_what_after(sentence) and not _GUESSED_DAY.match(sentence)
            and not _IS_IT_TRUE.match(sentence) and not _TRUE_THAT_WE_STOP.match(sentence)]
    # ("you stop the service. It is true?", "Is true you stop to help us?": the date confirms it)
    # ("confirmation of the date your services ceased, together with a list of the materials handed over")
    more = bool(_AND_MORE.search(text))
    # ("and does it end at 5pm or midnight?": the hour is not on record, a person answers it)
    if re.search(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bmidnight\b|\bwhat\s+time\b|\bclose\s+of\s+business\b", text, re.I):
        return True
    return (len(asks) > 1 or more) and not asks_only_dates([text])   # (who helps after the day is the date's answer too)


def asks_several_questions(text: str) -> bool:
    """Two or more questions, each its own sentence ("Will you delete our emails? Also, who owns our domain?"),
    or two joined in one ("Who should we talk to about the handover, and what will the final invoice be?")."""
    questions = _questions(text)
    return len(questions) > 1 or any(_TWO_IN_ONE.search(question) for question in questions) or bool(_SEVERAL_SAID.search(text))


# "Are you even open?", "what if the till goes down?": whether we're there, and what happens if something breaks
_OPEN_OR_BROKEN = re.compile(r"\b(?:open|closed|shut|around|available|break\w*|broke|dies|died|down|crash\w*|fail\w*|"
                             r"stops?\s+working|cover\w*|on[\s-]?call)\b|"   # ("is anyone on call?")
                             # ("Will anyone answer?")
                             r"\b(?:anyone|anybody|someone|somebody|you|u)\s+(?:\w+\s+)?(?:answer|pick\s+up|respond|reply|help)\b|"
                             # ("... goes down between christmas and new year? who do we call, are you working?")
                             r"\bare\s+(?:you|u)\s+(?:even\s+|still\s+)?(?:working|on[\s-]?call)\b|\bwho\s+(?:do|should|can)\s+(?:we|i)\s+"
                             r"(?:call|ring|phone|contact)\b", re.I)


def asks_only_about_the_break(text: str) -> bool:
    """Every question asks about our holiday closure ("What happens if the ordering PC dies between Christmas and New
    Year? Are you even open?"): the holiday answer covers them all."""
    questions = _questions(text)
    return bool(questions) and all(asks_about_holidays(question) or _OPEN_OR_BROKEN.search(question)
                                   for question in questions)


def _questions(text: str) -> list[str]:
    asked = [sentence for sentence in _SENTENCE_END.split(text) if "?" in sentence]
    # ("When is our last day exactly? Friday the 18th?": the day they guess is part of the question before it)
    # ("Who should we go to now? Any recommendation?": the second only asks the first again)
    # ("Who is our domain registered with? ... Also is it in our name or yours?": the same thing, asked about further)
    return asked[:1] + [sentence for sentence in asked[1:] if not _GUESSED_DAY.match(sentence) and not _SAME_ASK_AGAIN.match(sentence)
                        and not _ASKED_FURTHER.match(sentence)]


_ASKED_FURTHER = re.compile(r"\s*(?:(?:also|and|plus|so)\W+)?(?:is|are|was|were|will|does|do|can)\s+(?:it|that|this|they|those)\b[^?]{0,50}\?+\s*$",
                            re.I)


# A short question about what was just named ("How we get them?", "when can we have it?")
# ("How do we get them and is it safe?": whether it is safe is the same thing asked about)
_SAFE_ASKED = r"(?:is|are|will)\s+(?:it|they|that)\s+(?:be\s+)?(?:safe|secure|encrypted)"
_REFERS_BACK = re.compile(rf"^\W*(?:\w+\W+){{1,4}}(?:it|them|those)(?:\W+(?:and|or)\s+{_SAFE_ASKED})?\W*\?\W*$|"
                          rf"^\W*{_SAFE_ASKED}\W*\?\W*$|"
                          # ("What format does it come in and how do we get it?")
                          r"^\W*(?:(?:also|and|plus|so)\W+)?(?:what|which)\s+(?:format|form|file\s+types?)\s+(?:\w+\s+){0,3}?"
                          r"(?:it|they|that|this|those)\b[^?]{0,50}\?\W*$|"
                          # ("How does that work and when?", "Also is it in our name or yours?")
                          r"^\W*(?:(?:also|and|plus|so)\W+)?(?:(?:how|when|where)\s+)?(?:is|are|was|were|will|does|do|can|would)\s+"
                          r"(?:it|that|this|they|those)\b(?:\W+\w+){0,8}\W*\?\W*$", re.I)


def refers_back(piece: str) -> bool:
    return bool(_REFERS_BACK.search(piece.strip()))


_SAME_ASK_AGAIN = re.compile(r"\s*(?:(?:do\s+you\s+have|got|have\s+you\s+got)\s+)?any\s+(?:recommendations?|suggestions?|ideas?|"
                             r"names?|tips?|advice)\s*\?+\s*$", re.I)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_GUESSED_DAY = re.compile(r"\s*(?:(?:is\s+(?:it|that|this)|or|on|so)\s+)?(?:a\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                          r"(?:\s+the)?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?(?:\s+" + _MONTHS + r")?|(?:end|start|middle|mid|beginning)"
                          r"\s+of\s+(?:" + _MONTHS + r"|the\s+month|this\s+month)|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?)?\s*\?+\s*$",
                          re.I)


# "Two things: ...", "a couple of questions": several asks announced, however they are punctuated.
def says_it_has_several(text: str) -> bool:
    """Says it has several things to ask ("Two things:", "a couple of questions")."""
    return bool(_SEVERAL_SAID.search(text))


_SEVERAL_SAID = re.compile(r"\b(?:two|2|three|3|a\s+couple\s+of|a\s+few)\s+(?:quick\s+)?(?:things|questions|requests|qs)\b", re.I)
_ASKING_WORD = r"(?:who|what|when|where|how|which|why|will|would|can|could|do|does|is|are|should)"
_TWO_IN_ONE = re.compile(rf"\b{_ASKING_WORD}\b[^?]{{8,80}},\s*(?:and|also|plus)\s+{_ASKING_WORD}\b", re.I)

# A hello on its own, opening a conversation ("hello?", "hi there", "morning, anyone around?"); greeting a
# group ("hello all", "morning team") is a passing greeting the people in the conversation see.
_BARE_HELLO = re.compile(r"^\s*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)"
                         r"(?:\s+(?:there|again))?[\s!.,?]*)?(?:(?:(?:lol|haha|ha)[\s,!.]+)?(?:is\s+)?(?:any\s*one|any\s*body|"
                         r"someone|somebody)\s+(?:still\s+)?(?:there|around|about|here|home|in|available|awake|watching|reading|monitoring)"
                         r"(?:\s+(?:this|the)\s+(?:channel|chat|thread|conversation))?[\s!.?]*|"
                         # "u there?", "are you there?"
                         # ("lol you lot still about? how's london treating you")
                         r"(?:(?:lol|haha|ha)[\s,!.]+)?(?:are\s+|r\s+)?(?:you|u|ya)\s+(?:guys\s+|lot\s+|all\s+)?(?:still\s+)?"
                         r"(?:there|around|about)[\s!.?]*(?:how(?:'s|\s+is)\s+[\w\s]{1,20}?\s+treating\s+(?:you|u|ya)[\s!.?]*)?|"
                         # "Still alive over there? lol"
                         r"(?:(?:lol|haha|ha)[\s,!.]+)?(?:(?:are\s+)?(?:you|u)\s+(?:guys\s+|all\s+)?)?still\s+alive(?:\s+over\s+there)?[\s!.?]*(?:lol|haha|:\))?[\s!.?]*|"
                         # "is this still the vandeley channel? hello?"
                         r"(?:is\s+)?(?:this|it)\s+still\s+(?:the\s+|our\s+)?(?:[\w&'-]+\s+){0,2}(?:channel|chat|thread|group)"
                         r"[\s!.?]*(?:(?:hello|hi|hey)[\s!.?]*)?|"
                         # "Globx here, is this channel even still a thing lol"
                         r"(?:[\w&'-]+\s+here[\s,.!-]+)?(?:is\s+)?(?:this|the)\s+(?:channel|chat|thread|group|conversation)\s+(?:even\s+)?"
                         r"still\s+(?:a\s+thing|active|open|used|in\s+use|alive|working|monitored|going)[\s!.?]*(?:lol|haha|:\))?[\s!.?]*)?$",
                         re.I)


def opens_with_hello(text: str) -> bool:
    """Nothing but a hello (or "anyone there?"): someone waiting for an answer (a smiley beside it changes nothing)."""
    text = _EMOJI.sub("", text)
    return bool(text.strip()) and bool(_BARE_HELLO.match(text))


_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")


def asks_if_alive(text: str) -> bool:
    """Teasing us about going quiet ("lol you guys still alive over there?"): answered in kind."""
    return bool(re.search(r"\bstill\s+alive\b", text, re.I))


# "Nobody has replied to my email from last week": an earlier message of theirs went unanswered
_UNANSWERED = re.compile(r"\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|ever\s+)?(?:replied|answered|responded|got\s+back)\b|"
                         r"\b(?:still\s+no|haven'?t\s+had\s+an?y?|never\s+got\s+an?y?)\s+(?:reply|response|answer)\b|"
                         r"\bhaven'?t\s+heard\s+back\b", re.I)


def says_unanswered(text: str) -> bool:
    return bool(_UNANSWERED.search(text))


# "how's everyone doing?" beside a hello: asking after us, not a request
_HOW_ARE_YOU = re.compile(r"\bhow(?:['\u2019]s|\s+is|\s+are)\s+(?:every(?:one|body)|you(?:\s+all|\s+guys)?|u(?:\s+guys)?|things|"
                          r"the\s+team)(?:\s+(?:doing|going|getting\s+on))?\s*\?*", re.I)


def says_hello_to_us(text: str) -> bool:
    """A hello meant for us ("just saying hello, hope you're all good over there"), not a passing "morning all"."""
    return bool(_SAYING_HELLO.search(text)) and not _REQUEST.search(_HOW_ARE_YOU.sub(" ", _STILL_AROUND.sub(" ", text)))


def small_talk_kind(text: str) -> str:
    """thanks | seasonal | greeting | other: how to answer a message that is not about the offboarding."""
    if _SEASONAL.search(text):
        return "seasonal"
    if _THANKS.search(text):
        return "thanks"
    if _GREETING.search(text) or _PASSING_WISH.search(text) or says_hello_to_us(text):
        return "greeting"
    return "other"


# "1) ... 2) ...", "(a) ... (b) ...", "first, ... second, ...", or bulleted lines: a list of requests.
# The things counted ("2 things:"): each "..., and the ..." after that is the next of them.
_COUNTED = re.compile(r"\b(?:two|2|three|3|couple\s+of)\s+(?:things|questions|issues|requests|quick\s+ones)\b", re.I)
_AND_THE_NEXT = re.compile(r",\s*and\s+(?=(?:the|our|my)\s)", re.I)
_LIST_MARK = re.compile(r"(?:(?<=\s)|^)(?:\(?[1-9][).](?=\s)|\(?[a-e]\)|\((?:i{1,3}|iv)\)|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|"
                        r"lastly|finally)\s*[,:])\s*|^\s*[-*\u2022]\s+", re.I | re.M)
_TRAILING_AND = re.compile(r"[\s,;]*(?:\band\b|&)?[\s,;:-]*$", re.I)


# "hi can you 1) ... 2) ...": a greeting and a "can you" that lead into the list, no request of their own.
_LEAD_IN = re.compile(r"\s*(?:(?:hi|hello|hey|morning|afternoon)\b[\w ]{0,20}?[,!.\s]*)?(?:(?:can|could|would)\s+(?:you|u)"
                      r"(?:\s+(?:please|pls|also))?|please|pls|we\s+need\s+(?:you\s+to|to)|i\s+need\s+(?:you\s+to|to))?"
                      r"[\s:,.-]*$", re.I)


def segments(text: str) -> list[str]:
    """The parts of a message that may each carry a request, when it says it carries several.

    A closing line that only points back at the others ("can you help with both?"), or only asks more about the one
    before it ("How and when?"), is no part.
    """
    if len(_LIST_MARK.findall(text)) >= 2:
        parts = [_TRAILING_AND.sub("", p).strip(" ,;:-") for p in _LIST_MARK.split(text)]
        if not _REQUEST.search(parts[0]) or _LEAD_IN.match(parts[0]):
            parts = parts[1:]   # "Two things:" or "hi can you" introduces the list, it asks nothing of its own
    elif _ENUMERATES.search(text):
        parts = [p.strip(" ,;:-") for p in _SEGMENT_BREAK.split(text)]
        if _COUNTED.search(text):   # ("2 things: can you send us the login ..., and the wifi ... keeps dropping")
            parts = [piece for part in parts for piece in _AND_THE_NEXT.split(part)]
    else:
        return [text]
    parts = [p for p in parts if sum(ch.isalpha() for ch in p) >= 8 and len(p.split()) >= 3
             and not _REFERS_BACK.match(p) and not _FOLLOW_UP_ONLY.match(p)]
    return parts if len(parts) > 1 else [text]


# "hiya its hooli bakrey, ...", "Hi, Dana from Acme here - ...", "Hello, I am new in Acme Dentall, ...": who is
# writing, said before what they ask.
_INTRODUCTION = re.compile(r"^\s*(?:(?:hi|hiya|hello|hey|morning|afternoon|good\s+(?:morning|afternoon|evening)|bonjour|hola|hallo|ciao|salut|greetings)\b[\s,!.-]*)?"
                           r"(?:(?:it'?s|its|this\s+is|i\s*(?:'?m|\s+am))\s+[\w&' -]{1,40}?|[\w&' -]{1,30}?\s+here)"
                           r"\s*[,.!:-]+\s+(?=\S)", re.I)


def without_introduction(text: str) -> str:
    """The message without a leading line saying who writes: what is left is what they ask."""
    return _INTRODUCTION.sub("", text, count=1)


def only_introduces(text: str) -> bool:
    """Says who is writing and nothing else ("Hi, practice manager at Acme Dentl here.")."""
    return _INTRODUCTION.sub("", f"{text.strip()} ?", count=1) == "?"


_ITEMS_ANNOUNCED = re.compile(r"^\W*(?:(?:hi|hello|hey)\W+)?(?:(?:i|we)\s+)?(?:need|have|got|want)\s+(?:2|two|3|three|4|four|a\s+couple\s+(?:of\s+)?|"
                              r"a\s+few\s+|some\s+)\s*(?:quick\s+|more\s+)?(?:things|questions|requests|bits|items)\W*$", re.I)


# Written in a second language ("Sorry my english", "I am not understand why", "Why you stop with us? We pay always"):
# answered in plain words, short sentences without idioms
_LIMITED_ENGLISH = re.compile(r"\bsorry\s+(?:for\s+)?(?:my|our)\s+(?:bad\s+|poor\s+)?english\b|\b(?:my|our)\s+english\s+(?:is\s+)?"
                              r"(?:not|isn'?t|no)\s+(?:so\s+|very\s+)?good\b|\b(?:i|we)\s+(?:am|is|are)\s+not\s+understand\b|"
                              r"\bwhy\s+you\s+(?:stop|do|drop|end|finish|leave|cancel)\b|\bwe\s+pay\s+always\b|\bexplain\s+(?:me\s+)?simple\b|"
                              r"\b(?:is|it\s+is)\s+because\s+we\s+are\s+(?:small|not\s+big)\b|\bwhat\s+we\s+do\s+wrong\b|"
                              # ("we are small bakery", "we are good customer": no article)
                              r"\bwe\s+are\s+(?:small|little|nice|good|old)\s+(?:bakery|shop|business|company|customer|client|practice|office)\b|"
                              # ("It is OK? What they must do before?")
                              r"(?:^|[.!?]\s+)it\s+is\s+ok\s*\?|\bwhat\s+(?:they|we)\s+must\s+(?:to\s+)?do\b|"
                              # ("we not find new IT company yet. What is happen to our emails?")
                              r"\bwe\s+(?:not|no)\s+(?:find|have|know|understand|get|want|can)\b|\bwhat\s+(?:is\s+)?happen\s+(?:to|with)\b", re.I)


def writes_limited_english(text: str) -> bool:
    return bool(_LIMITED_ENGLISH.search(text))


def only_announces_items(text: str) -> bool:
    """Only says how many things follow ("need 2 things:"), asking nothing itself."""
    return bool(_ITEMS_ANNOUNCED.match(text))


# "Patient records included obviously.", "The scanned letters too.": more of what the request beside it asks for
# (see follows_on)
_DETAIL_ADDED = re.compile(r"^\W*(?:and\s+)?(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:included|includ\w+\s+too|"
                           r"too|as\s+well)(?:\W+(?:obviously|of\s+course|please|pls|ofc))?\W*$", re.I)


def makes_a_request(text: str) -> bool:
    """Asks for something (a question, 'please', 'can you', 'we need'...), as opposed to only telling us."""
    return bool(_REQUEST.search(text))


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


# The client's own people talking to each other in the shared channel ("@Maria can you bring the float from the
# safe", "anyone fancy pizza for lunch?"): nothing asked of us, and nothing of IT or the offboarding.
_AMONG_THEMSELVES = re.compile(r"^\s*@(?!(?:here|channel|everyone)\b)[A-Za-z][\w.-]*\b|"
                               r"\b(?:any\s*one|anybody|who(?:'s|\s+is)?)\s+(?:fancy|fancies|want|wants|up\s+for|for|coming\s+for)\s+"
                               r"(?:\w+\s+){0,3}?(?:lunch|coffee|tea|pizza|drinks?|cake|biscuits|sandwich\w*|a\s+brew|a\s+pint)\b", re.I)


def talks_among_themselves(text: str) -> bool:
    return bool(_AMONG_THEMSELVES.search(text)) and not _OUR_BUSINESS.search(text) and len(text.split()) <= 25


_URGENT = re.compile(r"\b(?:urgent\w*|asap|emergency|immediately|right\s+now|straight\s+away|critical|can'?t\s+work|"
                     r"queue\s+out\s+the\s+door|down\s+(?:for\s+)?everyone|"
                     # "Please help quick, we have many customer waiting"
                     r"(?:help|come|fix\s+it|look)\s+(?:quick|fast|quickly|soon\s+as\s+possible)|customers?\s+(?:are\s+)?waiting|"
                     r"patients?\s+(?:are\s+)?waiting)\b|!{2,}", re.I)

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
                       r"assigned|named|recorded)\b|\bno\s+(?:account\s+)?owner\b(?![^.?!]{0,40}\bso\s+i(?:\'ll|\s+will|\s+can)\s+sign\b)", re.I)

_MAILBOXES = re.compile(r"\b(?:export|copy|copies|backup|back\s+up|download|archive|pst|move|migrat\w*)\b[^.?!]{0,40}\b"
                        r"(?:mailbox(?:es)?|e-?mails?|inbox(?:es)?|mail)\b|\b(?:mailbox(?:es)?|inbox(?:es)?)\b[^.?!]{0,40}"
                        r"\b(?:export\w*|cop(?:y|ies)|backup|pst|download\w*|archive\w*)\b", re.I)


def says_urgent(text: str) -> bool:
    return bool(_URGENT.search(text))


_NOTICE_PERIOD = re.compile(r"\bhow\s+(?:much|long|many\s+(?:days|weeks))\b[^.?!]{0,30}\bnotice\b|\bnotice\s+period\b|"
                            r"\b(?:days|weeks|months)'?\s+(?:of\s+)?notice\b", re.I)
_RETURNING = re.compile(r"\bsign(?:s|ing)?\s+(?:up|on)\s+again\b|\b(?:old|previous|former)\s+(?:rate|price|terms|deal|contract)\b|"
                        r"\b(?:come|coming|comes|get|getting)\s+back\b[^.?!]{0,40}\b(?:years?|months?|later|future|someday|"
                        r"one\s+day|down\s+the\s+(?:road|line))\b|\b(?:return|rejoin|re-?sign)\w*\b[^.?!]{0,40}\b(?:years?|"
                        r"months?|later|future)\b|\b(?:like|as)\s+a\s+(?:brand[\s-]+)?new\s+client\b|\bnormal\s+onboarding\b|"
                        r"\bclean\s+slate\b", re.I)


# "the call this Thursday. Date for the invite?": the date of a day named relative to today (see dates.relative_day)
_DATE_ASKED = re.compile(r"\b(?:what(?:'s|\s+is)?\s+(?:the\s+)?date|which\s+date|date\s+for\s+the\s+(?:invite|invitation|calendar|"
                         r"meeting|call)|date\s+(?:is\s+)?that)\b", re.I)

# "who should take it and what do I say?": which of us speaks to them (the account owner on record, if any)
_WHO_TAKES_IT = re.compile(r"\bwho\s+(?:should|will|can|shall|is\s+going\s+to|'s\s+going\s+to|do\s+we\s+(?:get|have)\s+to)\s+"
                           r"(?:take|handle|do|make|run|lead|join|field|answer)\s+(?:it|the\s+call|that|this|the\s+meeting|them)\b|"
                           r"\bwho\s+(?:should|will|shall)\s+(?:speak|talk)\s+(?:to|with)\s+(?:them|him|her)\b", re.I)


_THEIRS_HANDED = re.compile(r"\b(?:data|drive|export\w*|handover|hand\s+over|copy|files|backups?|keys?|passwords?|domain|mailbox\w*)\b",
                            re.I)
# Whether handing over what is theirs is charged for ("Acme want all their data on a drive. Do we charge for that?").
_HANDOVER_CHARGE = re.compile(r"\b(?:do|should|can|could|would|will)\s+(?:we|i)\s+(?:\w+\s+)?(?:charge|bill|invoice)\b(?:\s+(?:them|\w+))?"
                              r"\s+for\s+(?:that|this|the\s+(?:drive|export|copy|handover|data|transfer))\s*\?|"
                              r"\bis\s+(?:that|this|it|the\s+(?:drive|export|handover))\s+(?:chargeable|billable|free)\b|"
                              r"\b(?:charge|bill|invoice|fee|cost)\s+(?:(?:them|[\w&'-]+)\s+)?for\s+(?:the|their|that)\s+"
                              r"(?:data|drive|export|handover|copy|transfer)\b", re.I)


def practical_asks(text: str) -> tuple[str, ...]:
    """The practical things a staff question asks for, whatever kind of question it is: the handover
    checklist, who signs the handover off, a hosted email provider, how to export mailboxes, how much
    notice to give, what to say about returning one day, which of us takes the call, the date of a day named."""
    asks = (("checklist", _CHECKLIST), ("sign_off", _SIGN_OFF), ("email_provider", _EMAIL_PROVIDER),
            ("mailbox_export", _MAILBOXES), ("notice_period", _NOTICE_PERIOD), ("returning_client", _RETURNING),
            ("who_takes_it", _WHO_TAKES_IT), ("date", _DATE_ASKED), ("handover_charge", _HANDOVER_CHARGE))
    found = tuple(name for name, pattern in asks if pattern.search(text))
    # An onboarding checklist is a new client's, not our handover's; a charge asked about is for handing over theirs.
    # ("Formal letter ... Who signs it though? There's no account owner listed.": the letter's signer, not the sign-off)
    return tuple(name for name in found if (name != "checklist" or not _ONBOARDING.search(text))
                 and (name != "handover_charge" or _THEIRS_HANDED.search(text))
                 and (name != "sign_off" or not _LETTER_SIGNER.search(text)))


_LETTER_SIGNER = re.compile(r"\bwho\s+(?:signs|should\s+sign|will\s+sign|can\s+sign|do\s+we\s+get\s+to\s+sign)\s+"
                            r"(?:it|this|that|the\s+(?:letter|email|e-mail|note))\b(?![\s-]*off)", re.I)
_ONBOARDING = re.compile(r"\bon-?boarding\b|\bonboard\s+(?:a|the|their|our|new)\b", re.I)

# A fix asked for ("someone to fix our dispatch board", "can you sort the printer"): work, whatever else is said.
_FIX_ASKED = re.compile(r"\b(?:any|a|the|one\s+more)\s+['\u2018\"]?quick\s+fix(?:es)?\b|"   # ("any quick fix?", "wanting a 'quick fix'")
                        # "left a voicemail asking for help with their shared mailbox": support asked for, not their data
                        # (passed on by staff, "their": not a jab of the client's own, "asking for help with our scanners was too much")
                        r"\b(?:asking|asked|asks|wants?|wanted|needs?|needed)\s+(?:for\s+)?(?:some\s+|urgent\s+)?help\s+with\s+(?:their|"
                        r"his|her)\s+(?:[\w-]+\s+){0,2}?(?:mailbox(?:es)?|e-?mail|printers?|server|laptops?|pcs?|wi-?fi|network|phones?|vpn|"
                        r"scanners?|outlook|teams)\b|"
                        # "we request urgent assistance in restoring access to our accounts server"
                        r"\b(?:assistance|help)\s+(?:in|with)\s+restor\w*\s+access\b|"
                        r"\b(?:someone|somebody|a\s+tech|an?\s+engineer|your\s+tech|you\s+(?:guys|people))\s+(?:to\s+|can\s+|could\s+)?"
                        r"(?:fix|repair|sort(?:\s+out)?|look\s+at|check|come\s+(?:in|out|over))\b|"
                        # "could one of your techs spend an hour showing our new office manager where everything is?"
                        r"\b(?:one\s+of\s+)?your\s+(?:techs?|technicians?|engineers?|people|guys|team)\s+(?:to\s+|could\s+|can\s+)?"
                        r"(?:spend|give\s+us|pop\s+(?:in|over|by)|come\s+(?:in|by|round)|walk\s+(?:us|\w+)\s+through|show)\b|"
                        r"(?<!\bto\s)\b(?:fix|repair|sort\s+out)\s+(?:our|the|my)\s+[\w-]+|"   # ("took months to sort out our payables")
                        # ("I really believe we can fix this": the relationship, not a fault)
                        r"\b(?<!we\s)(?<!can\s)(?<!could\s)(?<!will\s)(?<!'ll\s)(?:please\s+)?(?:fix|sort)\s+(?:it|this|that)\b|"
                        r"\bcan\s+(?:someone|somebody|you|u|one\s+of\s+you)\s+(?:please\s+|just\s+|pls\s+)*(?:(?:take|have)\s+a\s+(?:quick\s+)?)?look\b|"
                        # "Need a quick fix: shared mailbox permissions are broken"
                        r"\bneed\s+(?:a\s+)?(?:quick\s+|small\s+|tiny\s+)?fix\b|"
                        # "... keeps asking for her password every hour - can you fix?"
                        r"\b(?:can|could)\s+(?:someone|somebody|you|u)\s+(?:please\s+)?(?:fix|sort)\b(?:\s+(?:it|this|that))?\s*\?|"
                        # "asking us to 'just quickly' look at their shared mailbox"
                        r"\b(?:asking|asked|asks|wants?|wanted)\s+(?:us\s+)?to\s+(?:['\"\u2018]?just\s+quickly['\"\u2019]?\s+|just\s+|quickly\s+)?"
                        r"(?:look\s+at|fix|check|sort\s+out)\s+(?:their|our|the|a)\b|"
                        # "wanting us to 'just have a look' at their email"
                        r"\b(?:asking|asked|asks|wants?|wanted|wanting)\s+(?:us\s+)?to\s+['\"\u2018]?(?:just\s+)?(?:quickly\s+)?(?:have|take)\s+"
                        r"a\s+(?:quick\s+)?look['\"\u2019]?\s+at\b|"
                        # "Can one of you remote in this afternoon?", "just dial in and fix it"
                        r"\b(?:remote|dial|log)\s+in\b(?!\s+(?:details|credentials|access|password))|"
                        # "just check the backups ran": work on their systems, not their data handed over
                        r"\bcheck\s+(?:that\s+|if\s+|whether\s+)?(?:the|our|their)\s+backups?\s+(?:ran|run|are\s+running|worked|"
                        r"completed|succeeded|went\s+through)\b|"
                        # "wanting his email fixed", "wants the printer sorted"
                        r"\b(?:wants?|wanting|needs?|needing|get|have)\s+(?:his|her|their|our|the|my)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                        r"(?:fixed|sorted|repaired|looked\s+at)\b|"
                        # "just need 5 min on the firewall", "10 minutes on the switch"
                        r"\b(?:need|want)\s+(?:just\s+)?(?:\d+|five|ten|two|a\s+few)\s+(?:min(?:ute)?s?|mins)\s+(?:on|with|of\s+your\s+time\s+on)\s+"
                        r"(?:the|our|my)\s+[\w-]+", re.I)

_FORMAL_LETTER = re.compile(r"^\s*Dear\s+(?:Sir|Madam|Mr|Mrs|Ms|Dr|Prof|[A-Z][a-z]+\s+[A-Z])|\bYours\s+(?:sincerely|faithfully|truly)\b|"
                            r"\bformal\s+request\b|\bwe\s+hereby\b|^\s*to\s+whom\s+it\s+may\s+concern\b|\bwe\s+are\s+in\s+receipt\s+of\b", re.I)


# "need it for the new people", "the patient records system and the emails.": why, or which, of what was just asked
_HOW_IT_WORKS = re.compile(r"\s*(?:and\s+|so\s+)?how\s+(?:does|will|would|do)\s+(?:that|this|it)\s+work\b", re.I)
_WHAT_FOR = re.compile(r"^\s*(?:we\s+|i\s+)?needs?\s+(?:it|them|this|that|those)\s+for\b|^\s*(?:it'?s|they'?re)\s+for\b", re.I)
_ONLY_NAMES_THINGS = re.compile(r"^\s*(?:the|our|all\s+(?:the|our))\s+(?:(?!(?:is|are|was|were|can|could|will|would|need|needs|want|"
                                r"have|has|please|send|give|fix|broken|down|stopped|keeps?|not)\b)[\w'-]+[\s,]*){1,8}[.!]?\s*$", re.I)


def follows_on(piece: str) -> bool:
    """A short follow-up about what the message just asked ("How does that work", "is it secure?", "need it for the new
    people", "the patient records system and the emails."): part of that request, not one of its own."""
    if len(piece.split()) <= 8 and (_WHAT_FOR.search(piece) or _ONLY_NAMES_THINGS.search(piece) or _DETAIL_ADDED.match(piece)):
        return True
    if len(piece.split()) <= 14 and _HOW_IT_WORKS.match(piece):
        return True   # ("How does that work and what format do we get them in?": how the thing just asked for comes)
    asked = piece.rstrip().endswith("?") or re.match(r"\s*(?:and\s+)?(?:how|is|are|what|does|do|can|will|would|could|when|"
                                                     r"where|why)\b", piece, re.I)
    return len(piece.split()) <= 8 and bool(asked) and bool(re.search(r"\b(?:it|that|this|those|these)\b", piece, re.I)) \
        and not asks_end_date(piece) and not asks_for_a_fix(piece)


def writes_formally(text: str) -> bool:
    """A formal letter ("Dear Ms Shah, ... Yours sincerely"): answered in the same register. A personal letter
    ("Dear Priya and team,") is answered as one, whatever its closing."""
    if re.match(r"\s*Dear\s+(?!(?:Sirs?|Madam|All|Team|Colleagues)\b)[A-Z][a-z]+(?:\s+and\s+(?:the\s+)?team)?\s*,", text):
        return False
    return bool(_FORMAL_LETTER.search(text))


def asks_for_a_fix(text: str) -> bool:
    return bool(_FIX_ASKED.search(text))


# Work asked of us for a day ("can u guys still do the till software update on Tue 29 Dec?", "can someone come in on
# the 30th to set up the printer?"): the day is what needs an answer when our office is shut then.
_WORK_ASKED = re.compile(r"\b(?:can|could|would|will)\s+(?:u|you|ya)(?:\s+(?:guys|all|lot|people))?\s+(?:still\s+|please\s+|pls\s+)?"
                         r"(?:do|install|update|upgrade|set\s+up|replace|swap|move|migrate|patch|come|pop|run|book\s+in|add|create|configure)\b|"
                         r"\b(?:can|could)\s+(?:someone|somebody|a\s+tech|an?\s+engineer|one\s+of\s+your\s+\w+)\s+(?:still\s+)?"
                         r"(?:do|install|update|upgrade|set\s+up|replace|swap|come|pop)\b", re.I)


def asks_for_work(text: str) -> bool:
    return bool(_WORK_ASKED.search(text))


_WHEN_WORD = re.compile(r"\bwhen\b", re.I)


def asks_when(text: str) -> bool:
    return bool(_WHEN_WORD.search(text))


# A member of their staff leaving, and their login to close ("disable the login for Dan, he left us yesterday"): an
# ordinary request, not a fear of being cut off.
_LEAVER = re.compile(r"\b(?:disable|remove|delete|close|deactivate|lock|block|turn\s+off)\s+(?:the\s+)?(?:login|account|user|access|"
                     r"e-?mail|mailbox)\w*\s+(?:for|of)\s+(?-i:[A-Z])\w+|\b(?:he|she|they)(?:'s|\s+has|\s+have)?\s+(?:just\s+)?"
                     r"(?:left|quit|resigned)\b|\bleaver\b", re.I)


def reports_a_leaver(text: str) -> bool:
    return bool(_LEAVER.search(text))


# "are you still fixing the till printer from last week or should we wait for Castle?": a job of ours already under
# way, asked after; answered as still ours, not as a new report.
_STILL_ON_IT = re.compile(r"\b(?:are|is)\s+(?:you|u|someone|anyone|your\s+(?:team|tech|guy))\s+still\s+(?:fixing|working\s+on|"
                          r"looking\s+(?:at|into)|sorting|on)\b", re.I)


def asks_if_still_on_it(text: str) -> bool:
    return bool(_STILL_ON_IT.search(text))


# "are the backups on the server still running as normal this week?": whether our service carries on until the end
_STILL_RUNNING = re.compile(r"\b(?:are|is)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,5}?still\s+(?:running|working|going|"
                            r"happening|being\s+(?:done|backed\s*-?up|monitored|patched|updated|looked\s+after))\b|"
                            # "are you still backing up our server?"
                            r"\b(?:are|r)\s+(?:you|u)(?:\s+guys)?\s+still\s+(?:backing\s+up|monitoring|patching|looking\s+after)\b", re.I)


def asks_if_things_still_run(text: str) -> bool:
    return bool(_STILL_RUNNING.search(text))


def asks_what_happens(text: str) -> bool:
    """"What happens to our email and files when you stop?": an open question, never answered "Yes"."""
    return bool(re.search(r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|becomes\s+of)\b", text, re.I))


# "Castle Tech ask it.": who asked for what the message asks, itself no request.
# ("Castle Tech is asking for it.")
_WHO_ASKED_ONLY = re.compile(r"^\s*[\w&' -]{1,30}?\s+(?:(?:is|are|was|were|'s|'re)\s+)?(?:ask(?:s|ed|ing)?|want(?:s|ed|ing)?|need(?:s|ed|ing)?|"
                             r"request(?:s|ed|ing)?)\s+"
                             r"(?:it|them|this|that|for\s+(?:it|them|this))\s*[.!]*\s*$", re.I)


def only_says_who_asked(text: str) -> bool:
    return bool(_WHO_ASKED_ONLY.match(text))
