"""A reason guessed, asked for or disputed ("is it because we paid late?", "why?", "we were never told")."""
from __future__ import annotations

import re

# The words that point at each reason a client might guess. "price" is not a reason we
# record, but clients guess it often enough to deserve its own correction.
REASON_WORDS = {
    # ("you owe us that much" is a grievance and "we'll owe you one" a favour, not words about their payments)
    "late_payment": r"pa(?:y|id|ying|yment|yments)\s+(?:late|later|on time|slow\w*)|late\s+pay\w*|slow\s+(?:to\s+|at\s+|in\s+)?pay\w*|"
                    r"invoices?|overdue|owed?(?!\s+(?:us|me|you\s+(?:one|a\s+(?:favou?r|drink|beer|coffee|lunch)))\b)|owing|unpaid|bills?|payments?|(?:the\s+)?money",
    # ("you dumped us because we kept asking for too much": more asked of us than agreed, near to the workload too)
    "scope_creep": r"projects?|extras?|extra\s+work|scope|additional\s+work|ask(?:ing|ed)?\s+(?:for\s+)?(?:too\s+much|so\s+much|more\s+than)|on\s+top\s+of\s+(?:everything|the\s+(?:contract|agreement|"
                   r"usual)|what\s+we\s+pay)|redesign\w*|outside\s+(?:the|our)\s+"
                   r"(?:contract|agreement)|more\s+than\s+(?:the|our)\s+(?:contract|agreement)|"
                   r"(?:not|nowhere)\s+(?:in|part\s+of|covered\s+by)\s+(?:the|our)\s+(?:contract|agreement)",
    # (a call about the ending is no complaint about calls: "nobody explained it on the call")
    "overload": r"tickets?|(?:too|so)\s+many\s+calls|(?:kept|keep|keeps)\s+(?:on\s+)?(?:calling|ringing|phoning)|(?:our|all\s+the|constant|daily)\s+calls|(?:call(?:ing|ed)?|rang|rung|ring(?:ing)?|phon(?:e|ed|ing))\s+(?:you\s+|u\s+)?(?:too|so)\s+"
                r"(?:much|often)|workload|capacity|(?<!complained\s)(?<!complain\s)(?<!complaining\s)too\s+(?:much|many|often)|"
                r"how\s+(?:much|many|often)|overload\w*|stretched|volume|demanding(?!\s+(?:to|that|a|an|the|we|you|us|our|their|answers?|an?\s+explanation))|"
                # (our being busy, not theirs: "a busy surgery" is no guess at our capacity)
                r"(?:too|so|very|really)\s+busy|(?:you|you'?re|you\s+are|you\s+were|you\s+guys|your\s+team)\s+(?:\w+\s+)?busy",
    "never_satisfied": r"complain\w*|complaints?|unhappy|satisf\w*|slow\s+respon\w*|critici\w*|"
                       r"moan\w*|grumbl\w*|feedback|impossible\s+to\s+please|never\s+happy|nothing\s+(?:is|was|'?s)\s+ever\s+good\s+enough",
    # ("a refund of fees paid for October": money asked back, no guess that we charged too little)
    "price": r"prices?|pricing|costs?|(?<!refund of )(?<!refund the )fees?(?!\s+(?:we\s+|already\s+)?paid)|rates?|cheap\w*|expensive|budget",
    # ("you dropped us the minute things got busy, we were never a priority"): put behind other clients
    "priority": r"things\s+(?:got|get|were\s+getting)\s+busy|(?:never|not)\s+(?:a|your)\s+priority|"
                r"bigger\s+(?:clients|fish|customers)|more\s+important\s+(?:clients|customers)|too\s+small\s+for\s+(?:you|u)",
}
# Reasons clients guess that we never record: corrected, never used as a reason of ours.
UNRECORDED_GUESSES = ("price", "priority")
_REASONS = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in REASON_WORDS.items()}
_GUESSING = re.compile(
    r"\b(?:is|was)\s+(?:it|this|that)\s+(?:really\s+|just\s+|actually\s+|all\s+)?(?:because|about|due|the|our|for)|\bbecause\s+(?:of\s+)?(?:we|our|they|their|the)\b|"
    r"\b(?:it'?s|it\s+is|it\s+was)\s+(?:because|about|the|due)|\bthink\s+it\s+(?:was|is|'s)|"
    r"\btell\s+\w+\s+it'?s\b|"
    # "guessing this is all bc we moaned about the printer in september lol"
    r"\bguess(?:ing)?\s+(?:this|it|that)(?:'s|\s+is|\s+was)\s+(?:all\s+|really\s+|just\s+)?(?:because|bc|b/c|cos|coz|cuz|about|"
    r"down\s+to)\b|"
    # "We all know this is really because Dr Hargreaves complained"
    r"\b(?:this|it)(?:\s+is|'s|\s+was)\s+(?:really|actually|just|all|obviously|clearly)\s+(?:because|about|down\s+to)\b|"
    # "We understand that your decision to terminate our agreement arose from the outstanding invoice"
    r"\b(?:decision|termination|notice)\b[^.?!]{0,40}\b(?:arose|arises|came|stemmed|stems|resulted|results)\s+from\b|"
    # "I guess you dropped us the minute things got busy"
    r"\b(?:i|we)\s+(?:guess|bet|reckon|suppose|assume|suspect)\s+(?:that\s+)?(?:you|u)\s+(?:just\s+)?(?:dropped|ended|let|cut|got\s+rid|"
    r"binned|ditched)\b|"
    # "Honestly we think this is about our complaint in the summer", "I reckon it's really down to the invoices"
    r"\b(?:think|reckon|feel|suspect|bet|guess|assume|believe)\s+(?:that\s+)?(?:this|it)(?:\s+is|'s|\s+was)\s+(?:really\s+|actually\s+|"
    r"all\s+|just\s+)?(?:about|because|due|over|down\s+to)\b", re.I)

_WHY = re.compile(r"\bwhy\s+(?:exactly\s+|really\s+|on\s+earth\s+)?(?:did|are|have|were|would|is|r)\s+(?:you|u|we|this|it)\b|"
                  # "Still don't get why you ended it"
                  r"\bwhy\s+(?:you|u)\s+(?:ended|dropped|stopped|terminated|cancell?ed|decided|let\s+us\s+go|are\s+(?:ending|dropping))\b|"
                  # ("why you stop to work with us?", "why you stop work with us?", in a second language)
                  r"\bwhy\s+(?:you|u)\s+(?:stop|end|drop|finish|leave|cancel|terminate|quit)\s+(?:work(?:ing)?\s+)?(?:to\s+|with\s+|the\s+|our\s+|us\b)|"
                  # ("why you do this to us before the holidays??")
                  r"\bwhy\s+(?:(?:do|did|would|are)\s+)?(?:you|u)\s+(?:do(?:ing)?|did)\s+this\s+to\s+us\b|\bwhat\s+(?:went|did\s+we\s+do)\s+"
                  r"wrong\b|\bwhat\s+(?:we|i)\s+(?:do|did|done)\s+wrong\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:real\s+|actual\s+)?reason\b|"
                  r"\b(?:ask|know|understand|tell\s+(?:me|us))\s+(?:\w+\s+){0,2}why\b|"
                  # "a written statement of the grounds for termination"
                  r"\b(?:grounds|basis)\s+for\s+(?:the\s+|this\s+|your\s+)?(?:termination|terminating|ending|cancell?ation|decision)\b|(?:^|[.!]\s*|\b(?:honestly|but|so|just)\s+)why\s*\?+|"
                  # "Be straight with us.", "Be honest, you dropped us because we questioned that invoice."
                  r"\bbe\s+(?:straight|honest|upfront|straightforward|frank)\s+with\s+(?:us|me)\b|(?:^|[.!?]\s*)be\s+honest\b|"
                  # "... you walk off. I want an explanation.", "you owe us an explanation"
                  r"\b(?:want|demand|deserve|owe\s+(?:us|me))\s+(?:an?\s+|some\s+)?(?:proper\s+|real\s+|honest\s+)?explanation\b|"
                  # "Three weeks notice before Christmas ... and no real explanation", "nobody actually told us WHY"
                  r"\bno\s+(?:real\s+|proper\s+|actual\s+|clear\s+|honest\s+)?explanation\b|\btold\s+(?:me|us)\s+why\b|"
                  # ("We write to formally request (i) a written explanation of the reasons for the termination")
                  r"\bexplanation\s+of\s+(?:the\s+|your\s+)?reasons?\b|"
                  r"\bnever\s+(?:gave|given|got|had)\s+(?:us\s+)?(?:an?\s+|any\s+)?(?:real\s+|proper\s+|straight\s+)?"
                  r"(?:explanation|reason)\b|"
                  # "is it true you stop helping us in january?? why", "... and why?"
                  r"(?:\?\s*|\b(?:and|but)\s+)why\s*[?!.]*\s*$", re.I)


# A reason named only to be set aside ("this is about our complaint, not the invoices"): no guess at it.
# ... or money paid said as loyalty ("After all the money we paid you"): no guess at payment.
_SET_ASIDE = re.compile(r"\b(?:not|rather\s+than|instead\s+of|nothing\s+to\s+do\s+with)\s+(?:really\s+)?(?:about\s+|because\s+of\s+|"
                        r"due\s+to\s+)?(?:the|our|your|any|those)\s+[\w-]+(?:\s+(?:bills?|invoices?|payments?))?\b|"
                        r"\bafter\s+(?:all\s+)?(?:the\s+|those\s+)?(?:money|fees|years)\s+(?:(?:that\s+)?we(?:'ve|\s+have)?\s+)?"
                        r"(?:paid|spent|given)(?:\s+(?:you|u))?\b|"
                        # "we've been with you 4 years and never had a complaint": a defence, no guess at complaints
                        r"\b(?:never\s+(?:had|made|raised|filed|sent)|not\s+(?:had|made|raised)|no)\s+(?:a\s+|any\s+|one\s+)?(?:single\s+)?"
                        r"complaints?\b",
                        re.I)


def guessed_reasons(text: str) -> list[str]:
    """The reasons a message names or hints at, in the order the catalogue lists them."""
    text = _COMPLAINED_ABOUT.sub(r"\1", _SET_ASIDE.sub(" ", text))
    return [name for name, pattern in _REASONS.items() if pattern.search(text)]


# What a complaint was about ("we complained about the slow tickets") is the complaint, not a guess at our workload.
_COMPLAINED_ABOUT = re.compile(r"\b(complain\w*|complaints?|moan\w*)\s+"
                               # ("the complaint Dr Patel made about slow tickets")
                               r"(?:(?:[\w.']+\s+){0,3}?(?:made|raised|had|sent|put\s+in|filed)\s+)?(?:about|over|regarding|re)\s+(?:the\s+|our\s+|your\s+|those\s+|"
                               r"all\s+the\s+|that\s+|one\s+)?(?:slow\s+|late\s+|open\s+|unanswered\s+|unresolved\s+)?(?:tickets?|calls?|"
                               # ("complaining about that invoice in september": a complaint, no guess at payment)
                               r"response\s+times?|responses?|invoices?|bills?|charges?)\b", re.I)


# A guess at the reason put as a question ("just curious — was it because we disputed that invoice last year?")
_WAS_IT_BECAUSE = re.compile(r"\b(?:was|is)\s+(?:it|this|that)\s+(?:(?:all|really|just)\s+)?(?:because|about|due\s+to|over)\b[^?]*\?|"
                             # "we figured you dropped us because we kept pushing back on your prices. Was that it?"
                             r"\bbecause\b[^.?!]{3,120}[.!]?\s*(?:was|is)\s+(?:that|it)\s+(?:it|why|the\s+reason)\s*\?", re.I)


def asks_if_it_was_because(text: str) -> bool:
    return bool(_WAS_IT_BECAUSE.search(text))


def is_guessing(text: str) -> bool:
    """The message puts forward a reason of its own ("is it because ...?", "they think it was ...")."""
    return bool(_GUESSING.search(text))


# "Is this about the email outage in March?", "is it because of what happened with the server?": a cause
# put forward as a question, whatever it is (the reasons we record are matched by REASON_WORDS).
_ASKS_IF_CAUSE = re.compile(r"\b(?:is|was)\s+(?:it|this|that|all\s+this)\s+(?:(?:all|really|just|actually)\s+)?"
                            r"(?:about|because\s+of|due\s+to|over|down\s+to)\s+(?:the|that|our|my|what|those|last|"
                            r"when|how|a|an|(?-i:[A-Z])\w*|(?:dr|mr|mrs|ms|prof)\b\.?)|\b(?:is|was)\s+(?:it|this|that)\s+(?:really\s+|just\s+|all\s+)?(?:because|becuase|becasue|beacuse|becouse|bc|b/c|cuz|coz|cos)\b|"
                            # "Was it something one of us said?": a cause of their own doing, put forward
                            r"\b(?:is|was)\s+(?:it|this|that)\s+(?:(?:just|really|actually)\s+)?(?:something|anything)\s+(?:one\s+of\s+us|we|i|"
                            r"someone|somebody|anyone|our\s+\w+)\s+(?:said|did|wrote|sent)\b|"
                            # "I bet this is because Dr. Kim yelled at your technician"
                            r"\b(?:i\s+bet|(?:i|we)\s+suppose|(?:i|we)\s+guess|(?:i'?m|we'?re)\s+guessing|(?:i|we)\s+(?:assume|presume)|presumably)\s+(?:this|it|that)"
                            r"(?:'s|\s+is|\s+was)\s+(?:all\s+|really\s+|just\s+)?(?:because|about|over|down\s+to)\b|"
                            # "Acme asked me if this is because of the row with our tech in the summer"
                            r"\b(?:if|whether)\s+(?:this|it|that)\s+(?:is|was|'s)\s+(?:all\s+|really\s+|just\s+)?(?:because|about|"
                            r"due\s+to|over|down\s+to)\b|"
                            # "Honestly we think this is about our complaint in the summer, not the invoices."
                            r"\b(?:we|i|they)\s+(?:think|reckon|feel|suspect|believe)\s+(?:that\s+)?(?:this|it)(?:'s|\s+is|\s+was)\s+"
                            r"(?:really\s+|actually\s+|all\s+|just\s+)?(?:about|because\s+of|due\s+to|over|down\s+to)\s+(?:the|that|our|my|"
                            r"what|those|last|when|how|a|an)\b|"
                            # "Acme's owner thinks we're dropping them because of last month's outage"
                            r"\b(?:thinks?|thought|reckons?|believes?|assumes?|convinced)\s+(?:that\s+)?(?:we'?re|we\s+are|we|you'?re|"
                            r"you\s+are|you)\s+(?:\w+\s+){1,3}?(?:because\s+of|due\s+to|over|down\s+to)\s+(?:the|that|our|their|his|"
                            r"her|last|a|an|what)\b", re.I)


# "Why are you dropping us? Is it the data breach scare back in September?": a cause put as "is it the ...?" beside a why
_IS_IT_THE = re.compile(r"(?:^|[.?!]\s*)(?:is|was)\s+it\s+(?:(?:all|really|just|actually)\s+)?(?:the|that|those|our|my)\s+"
                        r"(?!\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|last\b|end\b|same\b|case\b|right\b|one\b|only\b|plan\b)"
                        r"[a-z][^.?!]{0,80}\?", re.I)


def cause_put_beside_why(text: str) -> str:
    """The cause a message asking why puts forward as "is it the ...?", else ""."""
    found = _IS_IT_THE.search(text) if asks_why(text) else None
    return found.group(0).lstrip(".?! ").rstrip("?") if found else ""


# A reason staff propose giving ("Can I just tell Acme it's because we're stretched thin?"): the reason is what follows
_REASON_PROPOSED = re.compile(r"\b(?:tell|say\s+to|let)\s+(?:them|him|her|(?-i:[A-Z])[\w&'-]+)\s+(?:know\s+)?(?:that\s+)?(?:it'?s|it\s+is|"
                              r"this\s+is|it\s+was)\s+(?:just\s+|really\s+)?(?:because\s+(?:of\s+)?|about\s+|due\s+to\s+|down\s+to\s+)"
                              r"([^.?!]+)", re.I)


def reason_proposed(text: str) -> str:
    """The reason staff propose to give the client, in their words, else ""."""
    found = _REASON_PROPOSED.search(text)
    return found.group(1) if found else ""


def asks_if_cause(text: str) -> str:
    """The words after "is this about / because of" when a message asks whether something is the reason."""
    found = _ASKS_IF_CAUSE.search(text)
    return re.split(r"[?.!]", text[found.start():], maxsplit=1)[0] if found else ""


# "Nobody has given us a real reason", "nobody ever told us why": the reason never heard, said as a complaint.
_NEVER_TOLD = re.compile(r"\b(?:nobody|no\s*one|no-one|never)\s+(?:has\s+|have\s+|ever\s+|actually\s+|properly\s+|really\s+|even\s+|clearly\s+)*(?:told|given|explained|gave)\b|"
                         r"\bnever\s+(?:got|had|heard)\s+(?:a\s+)?(?:straight|real|proper|actual)\s+(?:answer|reason)\b", re.I)


def says_never_told(text: str) -> bool:
    return bool(_NEVER_TOLD.search(text))


def says_nothing_was_explained(text: str) -> bool:
    """Never told anything at all ("nobody explained anything"), as against never given the reason ("nobody has given
    us a real reason"): the notice date answers the first."""
    return says_never_told(text) and not re.search(r"\breasons?\b", text, re.I)


# "Did we do something wrong?": whether the ending is their fault, asked plainly.
_AT_FAULT = re.compile(r"\b(?:did|have|had)\s+(?:we|i)\s+(?:do(?:ne)?\s+)?(?:something|anything)\s+wrong\b|"
                       r"\bwhat\s+(?:did|have)\s+(?:we|i)\s+(?:do(?:ne)?\s+)?wrong\b|\bis\s+(?:it|this)\s+(?:our|my)\s+fault\b|"
                       r"\bwas\s+it\s+(?:something|anything)\s+(?:we|i)\s+(?:did|said|done)\b|"
                       # "We do something wrong?": the same question in plainer English
                       r"\b(?:we|i)\s+(?:do|did|done)\s+(?:something|anything)\s+(?:wrong|bad)\b[^.?!]{0,15}\?", re.I)


def asks_if_at_fault(text: str) -> bool:
    return bool(_AT_FAULT.search(text))


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


_CLAIMS_TO_PAY = re.compile(r"\b(?:we|i)\s+(?:always|never\s+(?:once\s+)?(?:missed|failed\s+to|didn'?t)|have\s+always|'ve\s+always)\s+"
                            r"(?:paid|pay|a\s+payment)\b|\b(?:always|never)\s+paid\s+(?:late|on\s+time)\b", re.I)


def claims_to_pay(text: str) -> bool:
    """Says they always paid ("we always paid", "never missed a payment"): a dispute only of late payment."""
    return bool(_CLAIMS_TO_PAY.search(text))


# "We only paid late because half your invoices were wrong": our invoices said to be wrong
_INVOICES_WRONG = re.compile(r"\b(?:invoices?|bills?)\s+(?:were|was|are|is|have\s+been)\s+(?:often\s+|always\s+|all\s+)?(?:wrong|incorrect|"
                             r"inaccurate|full\s+of\s+(?:errors|mistakes)|a\s+mess)\b|\b(?:wrong|incorrect|inaccurate)\s+(?:invoices?|bills?)\b|"
                             r"\b(?:errors?|mistakes?)\s+(?:in|on)\s+(?:your|the|our)\s+(?:invoices?|bills?)\b", re.I)


def disputes_the_invoices(text: str) -> bool:
    return bool(_INVOICES_WRONG.search(text))


# "you dumped us because we asked for a couple of extras", "drop us the minute we ask for the scanner rollout": the
# reason guessed as one small request (where the record says requests kept coming, that is said)
_ONE_REQUEST_BLAMED = re.compile(r"\b(?:because|cos|coz|cuz|bc|the\s+(?:minute|moment|second|day)|as\s+soon\s+as|just\s+(?:because|for))\s+"
                                 r"(?:we|i)\s+(?:ask(?:ed)?|want(?:ed)?|need(?:ed)?|request(?:ed)?)\s+(?:you\s+)?(?:for\s+)?"
                                 r"(?:a\s+couple\s+of|one|a\s+few|a\s+little|an?|the|one\s+little)\b", re.I)


def blames_one_request(text: str) -> bool:
    return bool(_ONE_REQUEST_BLAMED.search(text))


def disputes_the_reason(text: str) -> bool:
    return bool(_DISPUTES.search(text))


# -- cues for which wording fits the situation (what the message is really asking for) ----------------

_NOTICE_DOUBT = re.compile(
    r"\b(?:never|didn'?t|did\s+not|hasn'?t|haven'?t|not)\s+(?:really\s+|actually\s+)?(?:got|get|gotten|receiv\w*|"
    r"seen?|saw|read|understood|understand)\b[^.?!]{0,30}\b(?:notice|letter|e-?mail|message|news)\b|"
    r"\bwhether\s+(?:we'?re|we\s+are|you'?re|you\s+are)\s+really\s+(?:ending|leaving|stopping|going|serious)|"
    r"\b(?:is|are)\s+(?:this|it|we|you)\s+really\s+(?:ending|happening|over)|\breally\s+ending\b|"
    r"\bnews\s+to\s+(?:him|her|them|us|me)\b|"
    # "someone in the office said you're ending our contract?? is that true? nobody told me"
    r"\b(?:said|heard|saying|says)\b[^.?!]{0,50}\b(?:ending|dropping|cancel\w*|terminat\w*|stopping)\b[^.!]{0,40}\?[^.!]{0,10}"
    r"\bis\s+(?:that|this|it)\s+(?:true|right|real|so)\b|"
    # "is it true you stop helping us in january??" (not "is it true you're dropping us because of ...?": the reason asked)
    r"\bis\s+it\s+true\s+(?:that\s+)?(?:you|you'?re|you\s+are|u)\b[^.?!]{0,40}\b(?:stop\w*|end\w*|drop\w*|leav\w*|finish\w*|dump\w*)\b"
    r"(?![^.?!]{0,30}\b(?:because|coz|cos|cause|due\s+to|reason)\b)",
    re.I)


def doubts_the_notice(text: str) -> bool:
    """Says the notice never arrived or wasn't taken in, or asks whether we are really ending."""
    return bool(_NOTICE_DOUBT.search(text)) or notice_went_astray(text) and bool(re.search(r"\b(?:stop|end|finish|drop|leav|terminat|cancel)\w*", text, re.I))


# The notice itself missed ("we never got any letter", "nobody told us", "news to me"), as against "is this really
# happening?", which heard it and can't believe it: only the first is owed an apology for how it reached them.
_NOTICE_MISSED = re.compile(
    r"\b(?:never|didn'?t|did\s+not|hasn'?t|haven'?t|not)\s+(?:really\s+|actually\s+)?(?:got|get|gotten|receiv\w*|seen?|saw|read)\b"
    r"[^.?!]{0,30}\b(?:notice|letter|e-?mail|message|news)\b|\bnews\s+to\s+(?:him|her|them|us|me)\b|"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:told|informed|notified|warned)\b", re.I)


def notice_went_astray(text: str) -> bool:
    return bool(_NOTICE_MISSED.search(text))


# "the reason recorded for the termination", "the reasons for ending it": the reason asked for by name (a letter for records)
_REASON_NAMED = re.compile(r"\breasons?\s+(?:recorded|given|on\s+record|for\s+(?:the\s+|this\s+|your\s+)?(?:termination|terminating|"
                           r"ending|decision|cancell?ation))\b|\b(?:recorded|stated)\s+reasons?\b|"
                           # "We formally request a written explanation for the termination of our agreement"
                           r"\bexplanation\s+(?:for|of)\s+(?:the\s+|this\s+|your\s+|our\s+)?(?:termination|terminating|ending|decision|"
                           r"cancell?ation)\b", re.I)


def asks_for_the_reason(text: str) -> bool:
    return bool(_REASON_NAMED.search(text))


# Whether our firm is closing, asked beside (or instead of) a guess at the reason: "or are you lot closing down?"
_CLOSING_ASKED = re.compile(r"\b(?:are|r)\s+(?:you|u|ya)\s+(?:lot\s+|guys\s+|all\s+|people\s+)?(?:closing|shutting|winding)\s+"
                            r"(?:down|up)\b|\b(?:you(?:'re|\s+are)|u\s+r)\s+(?:going\s+)?(?:out\s+of\s+business|bust)\b|"
                            r"\b(?:are|r)\s+(?:you|u)\s+(?:going\s+)?(?:out\s+of\s+business|bust|bankrupt)\b", re.I)


def asks_if_we_are_closing(text: str) -> bool:
    return bool(_CLOSING_ASKED.search(text))
