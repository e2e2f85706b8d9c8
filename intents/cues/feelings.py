"""How a client feels and pleads: anger, sadness, sarcasm, thanks, compliments, gifts, offers to settle."""
from __future__ import annotations

import re

from intents.cues.billing import questions_a_charge
from intents.cues.shape import makes_a_request, small_talk_kind
from intents.cues.words import TIMING_PRAISED

# A plea in so many words ("give us one more chance", "please reconsider"): the words of asks_to_reverse that are not
# a request for more time.
_RECONSIDER_WORDS = (r"reconsider\w*|change\s+your\s+mind|rethink|please\s+(?:\w+\s+)?think\s+(?:again|twice|it\s+over)\b|another\s+chance|(?:one|1)\s+more\s+chance|second\s+chance|"
                     r"last\s+chance|(?:please\s+)?don'?t\s+(?:leave|drop|dump|abandon)\s+us\b(?!\s+(?:without|stranded|in\s+the|"
                     r"hanging|high))|please\s+don'?t\s+do\s+this|please\s+don'?t\s+go\b|can\s+you\s+(?:please\s+)?stay\s+with\s+us|"
                     # "Please don't make us switch before Christmas"
                     r"please\s+don'?t\s+make\s+us\s+(?:switch|leave|go|move|change)\b|"
                     # "if there's any way at all to keep going, even just until spring"
                     r"any\s+way\s+(?:at\s+all\s+)?(?:to|you\s+(?:could|can)|we\s+(?:could|can))\s+(?:keep|stay|continue|carry\s+on)|"
                     r"(?:is\s+there\s+)?(?:really\s+)?nothing\s+(?:at\s+all\s+)?we\s+can\s+do|"
                     r"is\s+there\s+anything\s+(?:at\s+all\s+)?(?:we\s+can|we\s+could|i\s+can|i\s+could)\s+do|"
                     r"(?:is\s+there\s+)?(?:really\s+)?no\s+way\s+back|"
                     # "Can we please just keep going?", "please let us stay"
                     r"(?:can|could)\s+we\s+(?:please\s+)?(?:just\s+)?(?:keep\s+going|stay|carry\s+on|continue)"
                     r"(?:\s+(?:like|as)\s+(?:before|we\s+were|normal|usual))?(?=\s*\?)|"
                     # "we've cleared every overdue invoice, surely that changes things?"
                     r"surely\s+(?:that|this|it)\s+changes\s+(?:things|anything|something|your\s+mind)|"
                     r"please\s+(?:just\s+)?(?:let\s+us\s+stay|keep\s+us)\b|"
                     # "If we clear every outstanding invoice today and pay 20% more, will you keep us?"
                     r"(?:will|would|could|can)\s+(?:you|u)\s+(?:please\s+)?(?:keep\s+us|let\s+us\s+stay|take\s+us\s+back)\b|"
                     # relayed: "they'll halve their ticket volume if we keep them on"
                     r"if\s+(?:we|you|u)\s+(?:will\s+|would\s+|could\s+)?keep\s+(?:them|us)(?:\s+on)?\b")
_RECONSIDER = re.compile(r"\b(?:" + _RECONSIDER_WORDS + r"|give\s+us\s+(?:another|one\s+more)\s+(?:go|try))\b", re.I)
_REVERSE = re.compile(r"\b(?:" + _RECONSIDER_WORDS + r"|revers\w*|revisit|(?:one|1)\s+more\s+(?:go|try)\b|"
                      r"extend\w*|extension|more\s+time|push\s+(?:it|the\s+date)\s+back|postpone|"
                      r"stay\s+on|keep\s+us\s+on|cancel\w*\s+(?:the\s+|our\s+)?(?:termination|notice|offboarding)|"
                      r"(?:contract|agreement)\s+(?:continues|carries\s+on|stays)|un-?terminat\w*)\b", re.I)


def pleads_to_reconsider(text: str) -> bool:
    return bool(_RECONSIDER.search(text))


# "We'll pay on time from now on, promise.", "it won't happen again": a promise to change, offered to stay
_PROMISE_TO_CHANGE = re.compile(r"\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+(?:always\s+)?(?:pay|be)\s+(?:\w+\s+)?on\s+time\b|"
                                # "What if we cut our tickets in half?"
                                r"\bwhat\s+if\s+we\s+(?:cut|halve|reduce|raise\s+fewer|log\s+fewer)\b|"
                                r"\b(?:it|this)\s+(?:won'?t|will\s+not)\s+happen\s+again\b|"
                                r"\b(?:we'?ll|we\s+will)\s+(?:do\s+better|change|improve|cut\s+down)\b|"
                                # "we'll pay everything within 10 days from now on"
                                r"\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+pay\b[^.?!]{0,40}\b(?:from\s+now\s+on|going\s+forward|in\s+future)\b",
                                re.I)


def promises_to_change(text: str) -> bool:
    return bool(_PROMISE_TO_CHANGE.search(text))


def asks_to_reverse(text: str) -> bool:
    """Asks us to undo, reconsider or postpone the decision."""
    return bool(_REVERSE.search(text))


# "We can pay every open invoice today": money offered on what is owed, for a person to take up.
_SETTLES = re.compile(r"\bpay\s+(?:off\s+)?(?:every|all|each|the|our)\s+(?:of\s+)?(?:the\s+)?(?:open|outstanding|overdue|unpaid|late)\s+"
                      r"(?:invoices?|bills?|balance|amounts?)\b|\b(?:settle|clear)\s+(?:(?:the|our|all|every)\s+(?:open\s+|outstanding\s+|"
                      r"overdue\s+)?(?:balance|account|invoices?|bills?|arrears)|everything\s+we\s+owe|what\s+we\s+owe)\b", re.I)


def offers_to_settle(text: str) -> bool:
    return bool(_SETTLES.search(text))


def offers_money_to_stay(text: str) -> bool:
    """Offers to pay what is owed if we keep them on: a plea to stay, never a bill to chase."""
    return offers_to_settle(text) and asks_to_reverse(text)


_SOUR = re.compile(r"\b(?:nothing|not|never|useless|pathetic|joke|rubbish|terrible|awful|worst|wast\w*|ridiculous|"
                   r"disgrace\w*|shocking|appalling|sure|whatever(?!\s+(?:you|it|we|they|is|the|your|our|needs?)\b)|great\s+job|well\s+done|a\s+bunch|dump\w*|ditch\w*|"
                   # ("we'll drop some mince pies over": a visit, not being dropped)
                   r"drop\w*(?!\s+(?:(?:a|an|some|the)\s+)?(?:(?!(?:us|me|them|you)\b)[\w-]+\s+){0,4}?(?:off|by|round|in|over)\b)"
                   # (nor "dropping a cake at reception": a gift)
                   r"(?!\s+(?:(?:a|an|some|the)\s+)?(?:[\w-]+\s+){0,2}?(?:cakes?|pies?|biscuits?|cookies|chocolates?|cards?|"
                   r"flowers|wine|hampers?|gifts?|presents?|treats?|pastries|doughnuts|donuts|mince\s+pies)\b)|"
                   r"abandon\w*|kick\w*\s+(?:us\s+)?out|cut\s+(?:us\s+)?loose|garbage|trash|shambles|mess)\b|"
                   r"[!?]{2,}", re.I)

_WILL_COME_BACK = re.compile(r"\b(?:will|'ll|shall)\s+(?:\w+\s+)?(?:come|get)\s+back\s+to\s+you\b", re.I)


def promises_to_come_back(text: str) -> bool:
    """"We'll come back to you with the list": an answer promised, not a return asked for."""
    return bool(_WILL_COME_BACK.search(text))


# "The lads will miss Tom's terrible jokes": fond teasing, no sourness in it
_FOND_TEASING = re.compile(r"\bmiss\s+(?:\w+['\u2019]s\s+|your\s+|the\s+|all\s+the\s+)?(?:terrible|awful|bad|dreadful|rubbish|cheesy|"
                           r"corny|lame|questionable)\s+(?:dad\s+)?(?:jokes?|puns?|coffee|banter|singing|taste\s+in\s+\w+)\b", re.I)


def sounds_sour(text: str) -> bool:
    """Words that turn thanks into sarcasm ("thanks for nothing", "great job dumping us")."""
    return bool(_SOUR.search(_FOND_TEASING.sub(" ", text)))


# Sad rather than angry ("so sad about this, you've always been great to us"): thanked and comforted, never
# told we "understand why you're upset".
_SAD = re.compile(r"\b(?:sad(?:dened)?|gutted|heart-?\s*broken|devastated|(?:will|going\s+to|gonna)\s+miss|sorry\s+to\s+see|"
                  r"such\s+a\s+shame)\b|[\U0001F622\U0001F62D\U0001F61E\u2639\U0001F97A\U0001F494]", re.I)
_THREAT = re.compile(r"\b(?:(?<!internal\s)(?<!annual\s)reviews?(?!\s+of\b)|stars?|google|yelp|trustpilot|tell\s+(?:everyone|every\w*|all)|social\s+media|linkedin|"
                     r"facebook|twitter|press|newspaper|lawyers?|solicitors?|court|sue|bbb|trading\s+standards|regret)\b", re.I)
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b(?:\W+\b[A-Z]{2,}\b){1,}")
_ANGRY_WORDS = re.compile(r"\b(?:joke|disgrace\w*|outrage\w*|pathetic|useless|unprofessional|incompetent|ridiculous|"
                          r"appalling|shameful|furious|(?<!not\s)(?<!n't\s)angry|livid|scandal\w*|crooks?|liars?|abandon\w*|dumped?|petty|"
                          r"bean[\s-]?counters?|greedy|money[\s-]grabbing|garbage|trash|shambles|suckers?|lazy|losers?|clowns?|"
                          r"vultures?|idiots?|morons?|cowboys|scam\w*|rip-?off|the\s+nerve|"
                          # "I cannot believe how we've been treated"
                          r"how\s+we(?:'ve|\s+have)\s+been\s+treated|"
                          # "I have never been treated so badly by a supplier"
                          r"(?:been|being|were|was)\s+treated\s+(?:so|this|that|very)\s+(?:badly|poorly|appallingly)|"
                          r"never\s+seen\s+anything\s+like\s+it)\b|!{2,}", re.I)

_COMPLIMENT = re.compile(r"\b(?:great|brilliant|amazing|wonderful|fantastic|excellent|the\s+best|loved|stars|legends?|life-?savers?|heroes|"
                         r"(?:always\s+)?(?:being\s+)?so\s+(?:nice|kind|lovely|good\s+to\s+us)|always\s+been\s+(?:so\s+|really\s+)?(?:good|"
                         r"kind|there|helpful|lovely|great|brilliant)|so\s+helpful|grateful)\b", re.I)


def pays_a_compliment(text: str) -> bool:
    return bool(_COMPLIMENT.search(text)) and not sounds_sour(text) and not sarcastic(text)


_PLEA = re.compile(r"\b(?:please|pls|plz)\b[^.?!]{0,60}\b(?:stay|keep|help|just\s+for|one\s+more|reconsider|take\s+us)\b|"
                   r"\bwe'?(?:d|ll|\s+would|\s+will)\s+pay\b|\bpay\s+(?:double|more|extra|whatever)\b|\bdon'?t\s+(?:leave|drop)\s+us\b|"
                   r"\bany\s+way\s+(?:at\s+all\s+)?(?:we|you)\s+could\b", re.I)


def pleads(text: str) -> bool:
    """Pleads for the decision (or the support) back, or offers to pay for it."""
    return bool(_PLEA.search(text))


# "Just wanted to say the new setup is going ok. No hard feelings. Cheers": goodwill, answered in kind
_NO_GRUDGE = re.compile(r"\bno\s+hard\s+feelings\b|\bno\s+grudges?\b|\bwe'?re\s+(?:all\s+)?good\b", re.I)


def bears_no_grudge(text: str) -> bool:
    return bool(_NO_GRUDGE.search(text))


def sarcastic(text: str) -> bool:
    return bool(_SARCASM.search(text))


def thanks_in_scare_quotes(text: str) -> bool:
    return bool(re.search(_SCARE_QUOTED_THANKS, text, re.I))


# "I just want someone to admit you never really tried": a grievance that asks for an admission, for a person to answer
_WANTS_ADMISSION = re.compile(r"\b(?:want|wanted|need|needed|expect|expected|deserve|for)\s+(?:someone|somebody|anyone|you|your\s+\w+)\s+"
                              r"(?:to\s+|at\s+least\s+to\s+)?(?:finally\s+|just\s+)?(?:admit|acknowledge|own\s+up|apologi[sz]e|say\s+sorry)\b|"
                              r"\b(?:just\s+)?admit\s+(?:it|that\s+you|you\s+(?:never|didn'?t|failed))\b", re.I)


def wants_an_admission(text: str) -> bool:
    return bool(_WANTS_ADMISSION.search(text))


# A tone to avoid, asked for ("don't want to sound petty", "without being rude"): no anger of anyone's.
_TONE_AVOIDED = re.compile(r"\b(?:don'?t|do\s+not|without|never)\s+(?:want\s+to\s+|wanna\s+|trying\s+to\s+)?(?:sound\w*|seem\w*|"
                           r"be(?:ing)?|com\w*\s+across\s+as)\s+(?:\w+\s+)?\w+", re.I)


def sounds_angry(text: str) -> bool:
    """Angry or threatening words: what a calm message read as angry lacks."""
    text = _TONE_AVOIDED.sub(" ", text)
    return bool(_ANGRY_WORDS.search(text) or _SHOUTING.search(text) or _THREAT.search(text))


def only_shouts(text: str) -> bool:
    """Urgent in capitals and exclamation marks, with no angry word or threat ("Our email is DOWN. You HAVE to fix
    this!!"): pressed, not hostile."""
    text = _TONE_AVOIDED.sub(" ", text)
    words = re.sub(r"[!?]{2,}", " ", text)
    return bool(re.search(r"[!?]{2,}|\b[A-Z]{4,}\b", text)) and not (_ANGRY_WORDS.search(words) or _THREAT.search(words))


def letter_sounds_angry(text: str) -> bool:
    """A long letter is angry when it shouts or threatens, or its angry words keep coming: one hurt word ("it felt
    like being dumped") in a letter asking us to think again is hurt, not anger."""
    return bool(len(_ANGRY_WORDS.findall(text)) >= 2 or _SHOUTING.search(text) or _THREAT.search(text))


# 'thanks so much for the "smooth transition"': thanks for something put in scare quotes, a jab however it is worded
_SCARE_QUOTED_THANKS = (r"\bthank(?:s|\s+you)\b[^.?!]{0,20}?\bfor\s+(?:the|that|your|this|all\s+the)\s+[\"\u201c'\u2018]\w"
                        r"[^\"\u201d\u2019]{0,30}?[\"\u201d'\u2019]")
_SARCASM = re.compile(r"\b(?:great|wonderful|fantastic|brilliant|lovely|amazing)\s+['\u2018\"]\w+['\u2019\"]|"   # "great 'partner'"
                      + _SCARE_QUOTED_THANKS + r"|"
                      r"\b(?:for\s+nothing|great\s+job|well\s+done|a\s+bunch|yeah\s+right|(?<!pay\s)(?<!charge\s)(?<!cost\s)whatever(?!\s+(?:you|it|we|they|is|the|your|our|needs?)\b)|dump\w*|ditch\w*|"
                      r"abandon\w*|kick\w*\s+(?:us\s+)?out|cut\s+(?:us\s+)?loose)\b|"
                      # "good luck finding clients as patient as us": a wish that is a jab
                      r"\bgood\s+luck\s+(?:finding|replacing|getting|keeping)\b|\bgood\s+luck\s+with\s+that\b|"
                      # "Wow, amazing how fast you guys stopped caring once the contract ended."
                      r"\b(?:amazing|funny|impressive|incredible|interesting|nice|lovely)\s+how\s+(?:fast|quick(?:ly)?|soon)\s+(?:you|u)\b|"
                      r"\bgood\s+luck\s+with\s+(?:your|the)\s+(?:other|next|new)\b|"   # "good luck with your other suckers"
                      # "Stellar work. Really glad we paid for that.": praise of what they say was poor
                      r"\bstellar\s+(?:work|job)\b|\b(?:so|really|very)\s+glad\s+we\s+paid\s+(?:you\s+)?for\s+(?:that|this)\b|"
                      r"\bmoney\s+well\s+spent\b|\bstill\s+enjoying\s+your\b|"
                      # "Guess asking for help with our scanners was just too much for you geniuses."
                      r"\b(?:you|u)\s+(?:geniuses|genius|experts|rocket\s+scientists)\b|\b(?:just|way|far)\s+too\s+much\s+for\s+(?:you|u)\b|"
                      r"\b(?:real|really|very|so|how)\s+classy\b|\bclassy\s+(?:move|stuff)\b|"   # ("Real classy.")
                      + TIMING_PRAISED + r"|"
                      # "Lovely Christmas present, thanks.", "oh great, 'overload'": the ending called a gift, a scoff
                      r"\b(?:lovely|great|nice|wonderful|fantastic|what\s+a)\s+(?:early\s+)?(?:christmas|xmas|holiday)\s+(?:present|gift)\b|"
                      # "thanks for the early xmas present guys \U0001F644": the same, and an eye-roll says so whatever the words
                      r"\bthank(?:s|\s+you)\s+for\s+the\s+(?:early\s+)?(?:christmas|xmas|holiday)\s+(?:present|gift)\b|[\U0001F644\U0001F612]|"
                      r"^\s*oh\s+(?:great|wonderful|lovely|brilliant|perfect|fantastic)\b|\btoo\s+much\s+work\s+for\s+the\s+big\b|"   # ("Still enjoying your 'customer-first' values? lol")
                      # "twelve years and a two-line email": the long years set against how it ended
                      r"\byears\s+(?:and|&)\s+(?:all\s+we\s+get\s+is\s+|just\s+|only\s+)?(?:a|an|one)\s+(?!lot\b|great\b|good\b)\S+", re.I)

# "Best wishes," above a name closes a letter; it wishes nothing. A letter that asks for something is no wish.
_VALEDICTION = re.compile(r"^\s*(?:best\s+wishes|all\s+the\s+best|good\s+wishes|warm\s+wishes)\s*[,.!]?\s*$", re.I | re.M)
_ASKS_US = re.compile(r"\b(?:could|can|would|will)\s+(?:you|someone|one\s+of\s+you)\b|\bplease\b|"
                      r"\bappreciate\s+it\s+if\b|\bi'?d\s+(?:like|want)\b", re.I)


_SEASON_WISHED = re.compile(r"\b(?:merry|happy)\s+(?:early\s+)?(?:christmas|xmas|holidays|new\s+year)\b|\bseason'?s\s+greetings\b", re.I)


def wishes_the_season(text: str) -> bool:
    """"Merry early Christmas to the team!": a greeting a reply returns before it answers the rest."""
    return bool(_SEASON_WISHED.search(text))


# "ok whatever. merry xmas i guess": a grudging wish, nothing else said (met kindly, not read as sarcasm)
_GRUDGING_WORDS = re.compile(r"\b(?:ok(?:ay)?|fine|whatever|i\s+guess|anyway|then|to\s+you|and|all|everyone|folks|guys|team|lol)\b|"
                             r"[^\w\s]", re.I)


def wishes_the_season_grudgingly(text: str) -> bool:
    return wishes_the_season(text) and not _GRUDGING_WORDS.sub(" ", _SEASON_WISHED.sub(" ", text)).strip()


# Word about us spread as a threat: "I'm telling every importer ... what you're like. Good luck."
_SPREADS_WORD = re.compile(r"\bwhat\s+you(?:'re|\s+are)\s+(?:really\s+)?like\b|\bhow\s+you\s+(?:treat|operate)\w*\b|"
                           r"\b(?:tell\w*|warn\w*)\s+(?:every|all\s+(?:the|my|our)|the\s+whole)\w*\b", re.I)


def wishes_well(text: str) -> bool:
    """A holiday's or a farewell's wishes, with nothing asked and nothing sour ("Merry Christmas from all of us!!")."""
    body = _VALEDICTION.sub(" ", text)
    return small_talk_kind(body) == "seasonal" and "?" not in text and not _ASKS_US.search(body) \
        and not _SARCASM.search(text) and not _ANGRY_WORDS.search(text.replace("!", "")) and not _SPREADS_WORD.search(text)


# Hurt told at length, with no plain request: "I honestly thought we meant more to you", "I am honestly gutted".
_HURT = re.compile(r"\bthought\s+we\s+meant\s+(?:more|something)\b|\bnever\s+been\s+treated\s+like\s+this\b|"
                   r"\bdon'?t\s+(?:even\s+)?know\s+what\s+i'?m\s+asking\b|\bafter\s+all\s+(?:these|those)\s+years\b|"
                   # "I never thought you would just walk away from us. ... What did we do that was so unforgivable?"
                   r"\bnever\s+thought\s+you\s+(?:would|'d|could)\b|\bso\s+unforgivable\b|\bwhat\s+did\s+we\s+do\s+"
                   r"(?:wrong|to\s+deserve)\b|\b(?:we|i)\s+(?:have\s+)?trusted\s+you\b|\bwhat\s+we\s+did\s+wrong\b|"
                   r"\b(?:i'?m|i\s+am|we'?re|we\s+are|feeling|feel)\s+(?:honestly\s+|really\s+|so\s+|quite\s+|very\s+)?hurt\b|"
                   r"\bthought\s+we\s+were\s+friends\b|"
                   # "Do you have any idea how that felt?"
                   r"\b(?:any\s+idea|know)\s+how\s+(?:that|it|this)\s+(?:felt|feels|made\s+(?:us|me)\s+feel)\b|"

                   # "I honestly feel let down ... I thought we had a relationship. I don't know where to begin"
                   r"\b(?:feel|felt|feeling)\s+(?:\w+\s+)?let\s+down\b|\bthought\s+we\s+had\s+(?:a\s+)?(?:relationship|something)\b|"
                   r"\b(?:don'?t|do\s+not)\s+know\s+where\s+to\s+(?:begin|start)\s+with\s+(?:all\s+)?(?:this|it)\b|"
                   # "I honestly don't know where else to turn ... I'm asking as a person, not a customer"
                   r"\b(?:don'?t|do\s+not)\s+know\s+(?:where\s+(?:else\s+)?to\s+turn|who\s+else\s+to\s+(?:ask|turn\s+to|call))\b|"
                   r"\b(?:i|we)\s+can'?t\s+sleep\b|\basking\s+as\s+a\s+(?:person|human|friend)\b|"
                   r"\b(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+got\s+nobody\b|\bat\s+(?:my|our)\s+wits'?\s+end\b", re.I)


# Years together said as a tie ("we've been with you for years", "I thought we were partners"): owned with thanks.
_NUMBER_OF = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|so\s+many)"
_LONG_TIES = re.compile(rf"\bwith\s+you(?:\s+guys|\s+all)?\s+(?:for\s+)?(?:years|ages|so\s+long|a\s+long\s+time|{_NUMBER_OF}\s+years)\b|"
                        # "I've been the practice manager here for six years and you've looked after us the whole time"
                        rf"\bfor\s+{_NUMBER_OF}\s+years\b[^.?!]{{0,40}}\b(?:you'?ve|you\s+have)\s+(?:looked\s+after|supported|helped)\s+us\b|"
                        rf"\b{_NUMBER_OF}\s+years\s+(?:with\s+you|together|as\s+(?:a\s+)?(?:clients?|customers?))\b|"
                        r"\bthought\s+we\s+were\s+partners\b|\bloyal\s+(?:clients?|customers?)\b|\blong[-\s]standing\s+(?:clients?|customers?)\b|"
                        # "We've been with you since the bakery opened"
                        r"\bwith\s+you\s+(?:ever\s+)?since\s+(?:the\s+(?:start|beginning|day)|(?:we|the\s+\w+|our\s+\w+)\s+"
                        r"(?:opened|started|began|launched))\b|\bwith\s+you\s+from\s+(?:the\s+)?(?:start|beginning|day\s+one)\b",
                        re.I)
# Worry said outright ("my staff are worried and so am I"), and whose.
_WORRY = re.compile(r"\b(?:worried|worrying|anxious|nervous|scared|frightened|panick(?:ing|ed)|stressed)\b", re.I)
_THEIR_TEAM = re.compile(r"\b(?:my|our)\s+(?:staff|team|employees|people|receptionists?|nurses)\b", re.I)


# Trust said outright ("we trust you", "we've always relied on you"): thanked for.
_TRUST = re.compile(r"\b(?:we|i)\s+(?:still\s+|really\s+|always\s+|'ve\s+always\s+|have\s+always\s+)?(?:trust(?:ed)?|rel(?:y|ied)\s+on|"
                    r"depend(?:ed)?\s+on)\s+(?:you|your\s+(?:team|company|firm))\b", re.I)


def says_they_trust_us(text: str) -> bool:
    return bool(_TRUST.search(text))


def speaks_of_long_ties(text: str) -> bool:
    return bool(_LONG_TIES.search(text))


def says_they_worry(text: str) -> str:
    """ "team" when they say their staff are worried too, "self" for their own worry, "" for none."""
    if not _WORRY.search(text):
        return ""
    return "team" if _THEIR_TEAM.search(text) else "self"


_WHAT_WE_DID = re.compile(r"\bwhat\s+(?:did\s+)?we\s+(?:did|do)\s+wrong\b|\bwhat\s+did\s+we\s+do\b|\bwhy\b", re.I)


def asks_what_they_did(text: str) -> bool:
    """Asks why, or what they did wrong ("trying to work out what we did wrong")."""
    return bool(_WHAT_WE_DID.search(text))


# Distress, whatever the letter asks ("I've barely slept. I don't know who to call ... Please tell me what we are
# supposed to do."): a person answers it, sorry first for the worry
_DISTRESS = re.compile(r"\b(?:i'?ve|i\s+have)\s+(?:barely|hardly)\s+slept\b|\bcan'?t\s+sleep\b|\blying\s+awake\b|\bwits'?\s+end\b|"
                       r"\b(?:can(?:not|'?t)|couldn'?t)\s+believe\s+how\s+(?:we'?re|we\s+are|we'?ve\s+been|we\s+have\s+been)\s+"
                       r"(?:being\s+)?treated\b|\b(?:i|we)\s+(?:honestly\s+|just\s+|really\s+)?(?:don'?t|do\s+not)\s+know\s+"
                       r"(?:who\s+to\s+(?:call|turn\s+to)|what\s+(?:to\s+do|we\s+are\s+supposed\s+to\s+do))\b", re.I)


def is_distressed(text: str) -> bool:
    return bool(_DISTRESS.search(text))


def writes_from_the_heart(text: str) -> bool:
    """Sadness or hurt: what a long letter is about when it asks for nothing (a grievance wanting an admission is
    a complaint, not this)."""
    return bool(_SAD.search(text) or _HURT.search(text))


def sounds_sad(text: str) -> bool:
    """Sad about the ending, with no anger in it."""
    return bool(_SAD.search(text)) and not _ANGRY_WORDS.search(text) and not sounds_sour(text)


# -- what a reply acknowledges first: an apology, a payment, thanks -------------------------------------------
# A courtesy ("sorry to chase", "apologies for the delay") is no apology for how things went: not thanked.
_COURTESY = (r"(?!\s+(?:for\s+|about\s+)?(?:chasing|bother\w*|asking|interrupt\w*|disturb\w*|nagging|pestering|"
             r"(?:the|my|our)\s+(?:(?:late|slow|delayed)\s+(?:reply|response|answer)|long\s+(?:e-?mail|message)|hassle|"
             r"confusion|interruption|typos?|(?:bad\s+|poor\s+|broken\s+)?(?:english|spelling|grammar)|delay(?:\s+in\s+(?:replying|responding|answering|getting\s+back))?(?![^.?!]*\bpa(?:y|id)))|"
             r"the\s+(?:short\s+)?notice)\b)")
_APOLOGY = re.compile(
    rf"\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:\w+\s+)?sorry{_COURTESY}\s+(?:for|about|that|we|i|it|if)\b|"
    r"\bhow\s+sorry\s+(?:i|we)\s+(?:am|are)\b|"   # "I want to say how sorry I am"
    # "We've fixed our accounts process and we're truly sorry." (not "we're sorry, but ...")
    r"\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:so\s+|truly\s+|really\s+|very\s+|genuinely\s+|deeply\s+)?sorry(?=\s*[.!]|\s*,(?!\s*but\b))|"
    # "I just wanted to say I'm sorry - and ask one small thing"
    r"\bsay\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|truly\s+|really\s+)?sorry\b|"
    rf"(?:^|[.!?]\s*)sorry{_COURTESY}\s+(?:for|about|if\s+(?:we|i)|that\s+we|we|i)\b|"   # ("Sorry if we were difficult.")
    rf"\b(?:we|i)\s+(?!(?:can|could|would|will|might|may|shall|should)\s)(?:\w+\s+)?apologi[sz]e{_COURTESY}\b|\bapologies{_COURTESY}\s+(?:for|about|if)\b|"
    rf"\b(?:my|our|sincere|sincerest|deepest)\s+apologies{_COURTESY}|"
    # passed on for someone else: "He says sorry btw", "our CEO sends his apologies"
    r"\b(?:he|she|they)\s+(?:says?|said)\s+(?:(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are)\s+)?(?:so\s+|really\s+)?sorry\b|"
    r"\bsends?\s+(?:his|her|their)\s+apologies\b|\b(?:he|she|they)(?:'s|'ve|\s+has|\s+have)\s+(?:already\s+)?apologi[sz]ed\b"
    # (not one made to someone else: "She has apologised to him", "he's apologised to your tech")
    r"(?!\s+to\s+(?:him|her|them|your|the|our|each)\b)", re.I)
# Owning what went wrong without saying sorry: "We know we pushed too hard with the extra projects", "I know our
# payments have been late". Not thanked as an apology; the reason is not said back to them.
_OWNED = re.compile(
    # ("I know we've been late with invoices", "We know we've been slow paying")
    r"\b(?:i|we)\s+know\s+(?:we|i)(?:\s+|(?=['\u2019]))(?:pushed|asked\s+(?:too|a\s+lot)|(?:were|was|have\s+been|['\u2019]ve\s+been)\s+"
    r"(?:difficult|demanding|late|slow|a\s+pain|hard\s+on)|"
    r"let\s+\w+)|"
    # "I know our payments have been late": the reason owned
    r"\b(?:i|we)\s+know\s+(?:our|the)\s+(?:payments?|invoices?|bills?)\s+(?:have\s+been|were|was|are)\s+(?:\w+\s+)?(?:late|slow)\b|"
    # "we know the invoices have been a mess this year"
    r"\b(?:i|we)\s+know\s+(?:our|the)\s+(?:payments?|invoices?|bills?|accounts)\s+(?:have\s+been|were|was|are|has\s+been)\s+"
    r"(?:\w+\s+)?(?:a\s+(?:mess|shambles|disaster|nightmare)|all\s+over\s+the\s+place|behind|patchy)\b|"
    # "the accounts slipped, I know that": owned after the fact
    r"\b(?:accounts|payments?|invoices?|bills?)\s+(?:slipped|fell\s+behind|got\s+behind|were\s+late)\b[^.?!]{0,20}\b(?:i|we)\s+know\b|"
    r"\b(?:that\s+(?:was|is)|it'?s|it\s+was)\s+(?:on\s+us|our\s+fault)\b|\b(?:we|i)\s+(?:admit|accept)\s+(?:that\s+)?we\b", re.I)
_PAYMENT = re.compile(
    # "As of yesterday everything outstanding is paid", "Everything is paid in full now"
    r"\b(?:everything|all)\s+(?:outstanding\s+|owed\s+)?is\s+(?:now\s+)?paid\b|"
    # "we paid", or as staff relay it: "they paid", "Acme just paid"
    r"\b(?:we|i|they|(?!(?i:fully|partly|partially|not|never|pre|to\s+be|all)\b)(?-i:[A-Z][\w&-]+))(?:'ve|\s+have)?\s+(?:just\s+|now\s+|finally\s+|already\s+|today\s+|this\s+morning\s+)?"
    # (not "BrightPath have settled in fine": settling in is no payment)
    r"(?:paid|settled|cleared|transferred|wired)\b(?!\s+(?:in|down|with)\b)(?!(?:(?!\band\s+we)[^.?!,;]){0,40}\b(?:late|slow\w*|on\s+time|eventually|in\s+the\s+end|"
    r"for\s+(?:\d+|\w+)\s+(?:years?|months?)|every\s+(?:single\s+)?(?:invoice|bill|month|time)(?!s?\s+(?:now|today|yesterday|this\s+"
    r"(?:morning|week)))|always))|"
    # ... but not a promise ("every invoice is paid the day it arrives", "paid on time from now on")
    r"\b(?<!every )(?<!each )(?:invoices?|balance|bills?|payments?|arrears|account|amount|everything)\s+(?:is|are|has\s+been|"
    r"have\s+been|was|were)\s+(?:now\s+|just\s+|all\s+|fully\s+|finally\s+)?(?:paid|settled|cleared|sent|made)\b"
    # (nor "our account has been settled late": how it was paid, disputed)
    r"(?!\s+(?:the\s+day|on\s+time|from\s+now|in\s+(?:the\s+)?future|promptly|going\s+forward|late|slowly|eventually))|"
    r"\bpayment\s+(?:is\s+)?(?:on\s+its\s+way|went\s+through|has\s+gone\s+through)\b|"
    # "we have a cheque ready for Sept and Oct", "the transfer is going out today"
    r"\b(?:cheque|check|transfer|payment)\s+(?:is\s+)?(?:ready|in\s+the\s+post|going\s+out|on\s+the\s+way|sent)\b|"
    r"\b(?:we|i)\s+have\s+(?:a|the)\s+(?:cheque|check|payment)\s+ready\b", re.I)
# "the payment thing? We sorted that in October": a payment made, said of the money named before it
# (not "fixed": "our bookkeeper left and things fell apart, but we've fixed that" mends a process, it pays nothing)
_SORTED_IT = re.compile(r"\b(?:we|i|they)(?:'ve|\s+have)?\s+(?:already\s+|since\s+|now\s+|long\s+since\s+)?(?:sorted|settled|"
                        r"cleared|paid)\s+(?:that|it|them|those|this|all\s+(?:that|of\s+it))(?:\s+(?:up|out|off))?\b", re.I)
_MONEY_SPOKEN = re.compile(r"\b(?:pay\w*|paid|invoices?|bills?|arrears|money|owed?)\b", re.I)
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
                             # "I've paid you good money for years": the fees, said sourly
                             r"\bpaid\s+(?:you\s+)?(?:good|decent|a\s+lot\s+of|serious|plenty\s+of)\s+money\b|"
                             # "In all the time we paid you, you never once got anything right": the fees, said sourly
                             r"\b(?:in\s+)?all\s+the\s+(?:time|years|months)\s+(?:that\s+)?(?:we|i)(?:'ve|\s+have)?\s+(?:been\s+)?pa(?:id|ying)\b|"
                             # "Four years we paid you and the moment things get hard you walk off": years of fees
                             r"\b(?:\w+\s+)?years?\s+(?:we|i)(?:'ve|\s+have)?\s+(?:been\s+)?pa(?:id|ying)\s+(?:you|u)\b|"
                             # "We'll double what we paid": money offered, no payment made
                             r"\b(?:double|triple|twice|more\s+than)\s+what\s+(?:we|i)\s+(?:\w+\s+)?(?:paid|pay|were\s+paying)\b|"
                             # "I thought that's what we paid you for": what fees were for, no payment made
                             r"\bwhat\s+(?:we|i)\s+(?:paid|pay|were\s+paying)\s+(?:you|u)\s+for\b|"
                             # "Why did you drop us? We paid our bills.": how they always paid, no payment made now
                             r"\b(?:we|i)\s+(?:always\s+|have\s+always\s+|'ve\s+always\s+)?paid\s+(?:our|my|every|all\s+(?:our|the))\s+"
                             r"(?:bills?|invoices?)\b(?!\s+(?:today|this\s+morning|yesterday|now|as\s+of))|"
                             # "Our records show that payments were made within a reasonable period": a dispute, no payment
                             r"\b(?:payments?|invoices?)\s+(?:were|was|have\s+been|had\s+been)\s+(?:made|paid|settled)\s+(?:within|on\s+time|"
                             r"promptly|in\s+(?:good\s+)?time)\b|\brecords\s+show\b[^.?!]{0,40}\bpa(?:id|yments?)\b", re.I)

# Money offered to keep us ("we can prepay six months", "we'd pay double"): thanked for, and declined.
_MONEY_OFFERED = re.compile(
    # ("pay the whole of next year upfront", "if we paid twelve months up front")
    r"\b(?:pre-?pay\w*|(?:pay\w*|paid)\s+(?:\w+\s+){0,5}(?:up\s*front|in\s+advance|ahead)|"
    # "propose to settle all future invoices a full year in advance"
    r"settl\w*\s+(?:\w+\s+){0,4}(?:invoices?|bills?|fees?)\s+(?:\w+\s+){0,3}(?:up\s*front|in\s+advance|ahead)|"
    r"(?<!clients\s)(?<!customers\s)(?<!firms\s)"
    r"pay\w*\s+(?:you\s+)?(?:double|twice|"
    r"more|extra|a\s+premium|\d+\s*%\s+more)|(?:bigger|higher|larger|increased?)\s+(?:monthly\s+|annual\s+|yearly\s+)?(?:fee|retainer|rate)s?|"
    r"(?:double|triple)\s+what\s+(?:we|i)\s+(?:\w+\s+)?(?:paid|pay|were\s+paying)|"
    # "offered us 20% more on the retainer", "offering an extra 10% on the fee"
    r"(?:offer\w*|pay\w*|giv\w*)\s+(?:us\s+|you\s+)?(?:an?\s+)?(?:extra\s+)?\d+\s*%\s+(?:more|extra)?\s*(?:on|to|for)\s+(?:the|their|our)\s+(?:monthly\s+)?(?:retainer|fee|rate|contract)|"
    # "acme offered 20% more a month if we keep them on"
    r"offer\w*\s+(?:us\s+|you\s+)?(?:an?\s+)?(?:extra\s+)?\d+\s*%\s+(?:more|extra)\b|"
    r"(?:doubl|tripl|increas|rais|bump|up)\w*\s+(?:up\s+)?(?:their|our|the|its)\s+(?:monthly\s+|annual\s+|yearly\s+)?(?:retainer|fee|rate|contract\s+value)s?|"
    # a new way of paying promised: "put a card on file", "set up autopay", "pay every invoice the day it arrives"
    # ("We pay every invoice on the day!!" says how they pay now: no offer without a promise in it)
    # ("was the card on file yours?" asks whose card paid a renewal: no offer)
    r"(?:put|keep|leave|add|set\s+up|have|give\s+you)\s+(?:a\s+|our\s+|the\s+)?card\s+on\s+file|auto-?pay|direct\s+debit|standing\s+order|(?:will|'ll|would|'d|can|could|promise\s+to|going\s+to)\s+"
    r"(?:always\s+)?pay\s+(?:every|each|all\s+(?:the\s+)?)\s*(?:\w+\s+)?"
    r"invoices?\s+(?:the\s+(?:same\s+)?day|on\s+the\s+(?:same\s+)?day|immediately|promptly|straight\s+away|within))\b", re.I)


# A way of paying put forward ("move to direct debit and pay 3 months in advance"): new terms for paying, not more money
_PAYMENT_TERMS_OFFERED = re.compile(r"\b(?:direct\s+debit|standing\s+order|auto-?pay|card\s+on\s+file|pay\w*\s+(?:\w+\s+){0,3}?"
                                    r"(?:in\s+advance|up\s*-?front|ahead|early|on\s+time|within\s+\d+\s+days)|prepay\w*)\b", re.I)


# "You people walked out on us in the middle of a project": the ending told as desertion, owed the real reason
_WALKED_OUT = re.compile(r"\bwalked\s+(?:out|away)\b|\b(?:left|dropped|abandoned|ditched)\s+us\s+(?:in\s+the\s+(?:middle|lurch)|"
                         r"mid[\s-]?\w+|high\s+and\s+dry)\b", re.I)


def says_we_walked_out(text: str) -> bool:
    return bool(_WALKED_OUT.search(text))


def offers_new_payment_terms(text: str) -> bool:
    return bool(_PAYMENT_TERMS_OFFERED.search(text))


# "How do we cancel the direct debit to you?": a way of paying ended, no money offered
_PAYMENT_STOPPED = re.compile(r"\b(?:cancel|stop|end|close)\w*\s+(?:the\s+|our\s+|my\s+|that\s+)?(?:direct\s+debit|standing\s+order|"
                              r"auto-?pay)\b", re.I)


# "all received", "we've got everything": something we sent confirmed as arrived.
_RECEIVED = re.compile(r"\b(?:all|everything|both|it|they)\s+(?:(?:has|have)\s+)?(?:safely\s+)?(?:received|arrived|came\s+through)\b|"
                       r"\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:now\s+)?(?:received|got)\s+(?:the|your|all|everything|it|them)\b|"
                       r"\breceived\s+(?:with\s+)?thanks\b", re.I)


_SORRY_IF = re.compile(r"\bsorry\s+(?:if|in\s+case)\b", re.I)


# An apology offered, not made ("that was a misunderstanding and we can apologise"): none is needed from them.
_APOLOGY_OFFERED = re.compile(r"\b(?:we|i)(?:'d|'re|'m|\s+are|\s+am)?\s+(?:can|could|would|will|(?:be\s+)?(?:happy|willing|glad)\s+to)\s+"
                              r"(?:\w+\s+)?apologi[sz]e\b|\bcan\s+say\s+sorry\b", re.I)


def offers_an_apology(text: str) -> bool:
    return bool(_APOLOGY_OFFERED.search(text))


def apologises_only_if(text: str) -> bool:
    """An apology made only on a condition ("we are sorry if so"): nothing owned to thank them for."""
    return bool(_SORRY_IF.search(text))


def acknowledgements(text: str) -> tuple[str, ...]:
    """What a client said that a reply should thank them for first: "apology", "payment", "thanks", "offer"
    (money offered to keep us); and "owned" for a fault owned without an apology.

    Sarcastic thanks ("thanks for nothing") and "sorry, but ..." are neither; "we paid late" is no payment."""
    found = []
    if _APOLOGY.search(text):
        found.append("apology")
    elif _OWNED.search(text):
        found.append("owned")   # (thanked for nothing in particular; the reason is not repeated to them)
    if (_PAYMENT.search(text) or _SORTED_IT.search(text) and _MONEY_SPOKEN.search(text)) and not questions_a_charge(text) and not _ANGRY_WORDS.search(text) and not sarcastic(text) \
            and not _IF_PAID.search(text) and not _PAID_ALL_ALONG.search(text) and not _PAID_EVERY.search(text):
        # ("would you stay if we paid 50% more?" offers, it hasn't paid; "after everything we paid you" reproaches)
        found.append("payment")   # (paid twice, billed after leaving: a charge to check, not a payment to thank)
    if _THANKING.search(text) and not sounds_sour(text) and not sarcastic(text):
        found.append("thanks")   # ("Thanks SO much for all the wonderful service 🙄": sarcasm, no kind words)
        if _RECEIVED.search(text):
            found.append("receipt")   # ("Thanks for the handover docs, all received.": what arrived, confirmed)
    if _MONEY_OFFERED.search(_PAYMENT_STOPPED.sub(" ", text)):
        found.append("offer")
    return tuple(found)


# Thanks for the whole relationship ("thank you for all these years"), not a passing "cheers".
_THE_YEARS = re.compile(
    r"\b(?:thanks?|thank\s+you|thx|thnx|thanx|tnx|cheers|grateful|gratitude|appreciate\w*)\b[^.?!]{0,60}?\b(?:over\s+the\s+(?:years|yrs)|"
    r"(?:all\s+)?(?:these|those|the)\s+(?:years|yrs)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+(?:\w+\s+)?(?:years|yrs)|"
    r"everything(?:\s+you(?:'ve|\s+have)\s+done)?|"
    r"all\s+(?:your|the)\s+(?:help|work|support|hard\s+work)|working\s+with\s+(?:you|us)|your\s+(?:service|support\s+over)|"
    # "Thanks for making it painless", "thanks for the tidy handover"
    r"making\s+it\s+(?:painless|easy|smooth|simple)|(?:the\s+)?(?:tidy|smooth|clean|painless|easy)\s+(?:handover|transition|move))\b",
    re.I)


def only_thanks(text: str) -> bool:
    """Thanks or good wishes and nothing asked ("Thanks for everything, the move went smoothly.")."""
    return (small_talk_kind(text) == "thanks" or thanks_for_the_years(text) or wishes_well(text)) \
        and (not makes_a_request(text) or "?" not in text and thanks_for_the_years(text)) \
        and not sounds_sour(text) and not sarcastic(text)   # ("thanks for the years of help": no request)


# Thanks that say what for ("thanks for the clean handover", "genuinely appreciated"): answered, unlike a passing
# "thanks so much, have a lovely weekend", which the people in the conversation see.
_THANKS_FOR = re.compile(r"\b(?:thanks|thank\s+you|thx|thnx|thanx|tnx|cheers)\b[^.?!]{0,25}?\bfor\s+(?!now\b|nothing\b)\w|"
                         # "thanks to whoever fixed the card reader yesterday"
                         r"\b(?:thanks|thank\s+you)\s+to\s+(?:whoever|the\s+(?:tech|person|team|guy|engineer)|\w+\s+for)\b|"
                         r"\b(?:appreciated|grateful)\b", re.I)


def thanks_for_something(text: str) -> bool:
    return bool(_THANKS_FOR.search(text))


def thanks_for_the_years(text: str) -> bool:
    return bool(_THE_YEARS.search(text))


_GIFT = re.compile(r"\b(?:croissants?|cakes?|pastr(?:y|ies)|cookies|biscuits|doughnuts|donuts|mince\s+pies|treats|chocolates?|"
                   r"cupcakes?|muffins?|bagels?|pizzas?|cinnamon\s+rolls?|stollen|bread|hamper|flowers|wine|bottle)\b[^.?!]{0,60}?"
                   r"\b(?:for\s+(?:you|your|the)|(?:want|fancy|like)\s+(?:some|any|a\s+\w+)\b|"
                   r"on\s+(?:its|their|the)\s+way|pop\s+(?:by|in|round)|drop(?:ped|ping)?\s+(?:off|by|round)|coming\s+your\s+way|"
                   r"sent|sending|bringing|help\s+yourselves|(?:are|is)\s+on\s+us)\b|"
                   # "pop in for a mince pie before you go"
                   r"\bpop\s+(?:in|by|round|over)\s+for\s+(?:a|some|an)\s+(?:\w+\s+)?(?:mince\s+pie|coffee|cuppa|tea|drink|cake|"
                   r"pastry|croissant|slice|treat|bite)s?\b|"
                   r"\b(?:drop|bring|send|pop)\w*\s+(?:off\s+|round\s+|by\s+|in\s+|over\s+)?(?:\w+\s+){0,3}?(?:croissants?|cakes?|"
                   r"pastr(?:y|ies)|cookies|biscuits|doughnuts|donuts|mince\s+pies|treats|chocolates?|cupcakes?|muffins?|stollen|"
                   r"hamper|flowers|wine)\b|"
                   # "Enjoy the mince pies", "hope you enjoy the stollen"
                   r"\benjoy\s+(?:the|your|our|these|those)\s+(?:\w+\s+)?(?:croissants?|cakes?|pastr(?:y|ies)|cookies|biscuits|doughnuts|"
                   r"donuts|mince\s+pies|treats|chocolates?|cupcakes?|muffins?|stollen|hamper|flowers|wine)\b", re.I)


def offers_a_gift(text: str) -> bool:
    """A treat sent or offered ("free croissants for your team on Friday if anyone wants to pop by!")."""
    return bool(_GIFT.search(text))


def asks_beyond_the_gift(text: str) -> bool:
    """A request other than the treat itself ("Can I still drop off some mince pies?" asks nothing else)."""
    return makes_a_request(" ".join(sentence for sentence in re.split(r"(?<=[.!?])\s+", text)
                                    if not _GIFT.search(sentence) and not re.match(r"\s*(?:thank|thanks|many\s+thanks)\b",
                                                                                     sentence, re.I)))


_CHEER = re.compile(r"[!?]{2,}")


def gift_sounds_sour(text: str) -> bool:
    """Sourness in a gift offer, read past excited "!!" ("Merry early Christmas!! Want some stollen?" is cheer)."""
    return sounds_sour(_CHEER.sub("!", text))


# A hard time told in passing ("we had a terrible time with our old accounts person and then the flood in the spring"):
# said back with sympathy, though nothing in it is a hardship a person must answer.
_HARD_TIMES = re.compile(r"\b(?:terrible|awful|horrible|rough|tough|hard|difficult|nightmare)\s+(?:time|year|few\s+months|"
                         r"spell|patch|stretch)\b|\bthe\s+flood\b|\bflood(?:ed|ing)\b|\b(?:fire|burglary|break-?in|robbery)\s+"
                         r"(?:at|in|last)\b|\bstruggl(?:ed|ing)\b|\bnot\s+been\s+easy\b|"
                         # "This year has been awful"
                         r"\b(?:year|months?|time|autumn|summer|spring|winter)\s+(?:has|have)\s+been\s+(?:\w+\s+)?(?:awful|terrible|"
                         r"horrible|hard|tough|difficult|rough|a\s+nightmare|brutal)\b|"
                         # "our practice manager was off sick for months"
                         r"\b(?:was|were|been|went|is|are)\s+off\s+sick\b|\b(?:a\s+)?bereavement\b|\bpassed\s+away\b|\bin\s+hospital\b|"
                         r"\bserious(?:ly)?\s+ill(?:ness)?\b", re.I)


def tells_of_hard_times(text: str) -> bool:
    return bool(_HARD_TIMES.search(text))


# A fear of not mattering to us ("it feels like being told we're not worth the bother", "too small to bother with"):
# answered plainly where the reason is our capacity, never confirmed.
_NOT_WORTH_IT = re.compile(r"\bnot\s+worth\s+(?:the|your)\s+(?:bother|time|effort|trouble|hassle)\b|\btoo\s+small\b|"
                           # "we honestly didn't realise we were so much bother"
                           r"\bwe\s+were\s+(?:so\s+much|such\s+a|too\s+much(?:\s+of\s+a)?|a)\s+(?:bother|nuisance|burden|pain)\b|"
                           r"\bnot\s+(?:big|important|profitable)\s+enough\b|\bsmall\s+fry\b|\bbeneath\s+you\b|"
                           r"\b(?:don'?t|do\s+not)\s+matter\s+to\s+you\b|"
                           # "please, we are small, we will ask less"
                           r"\bwe(?:'re|\s+are|\s+r)\s+(?:only\s+|just\s+|so\s+)?(?:small|little|tiny)\b(?!\s+(?:changes?|things?|issues?|problems?|bit|worried|concerned|confused|nervous|late|busy))|"
                           # "we're 'dumping small businesses'"
                           r"\b(?:dump\w*|drop\w*|ditch\w*)\s+(?:the\s+)?(?:small|little)\s+(?:businesses|clients|customers|firms|shops)\b|"
                           # "you dropped us because we're a small account"
                           r"\b(?:a|such\s+a|only\s+a|just\s+a)\s+small\s+(?:account|client|customer)\b|"
                           # "Is because we are only small bakery?", "cos we're just a little shop?"
                           r"\b(?:because|bc|cos|coz|cuz)\s+(?:we|we'?re)\s+(?:are\s+|r\s+)?(?:only|just)\s+(?:a\s+)?(?:small|little|tiny)\b", re.I)


def fears_not_worth_it(text: str) -> bool:
    return bool(_NOT_WORTH_IT.search(text))


_BECAUSE = re.compile(r"\b(?:because|becuase|bc|b/c|cos|coz|cuz)\b", re.I)


def asks_if_it_is_their_size(text: str) -> bool:
    """Asks whether their size is why ("r u dropping us bc we're only a small bakery??"): a guess at the reason."""
    return fears_not_worth_it(text) and "?" in text and bool(_BECAUSE.search(text))


# Thanks for being told straight ("not happy but thanks for being straight with us"): news taken well, thanked back.
_THANKS_FOR_HONESTY = re.compile(r"\b(?:thanks|thank\s+you|thx|thnx|thanx|tnx|cheers|appreciate)\b[^.?!]{0,25}?\b(?:for\s+being\s+(?:so\s+)?(?:straight|"
                                 r"honest|upfront|up-front|clear|open|direct|frank)|(?:for\s+)?(?:your|the)\s+(?:honesty|candou?r|"
                                 r"straight\s+answer))\b", re.I)


def thanks_for_honesty(text: str) -> bool:
    return bool(_THANKS_FOR_HONESTY.search(text))


# "so you're just ignoring us now", "ghosted after all these years", "nobody answers": feeling ignored, answered as that.
_IGNORED = re.compile(r"\bignor(?:e|es|ing|ed)\s+(?:us|me|our\s+\w+)\b|\bghost(?:ed|ing)\b|\bghost\s+(?:us|me)\b|\bleft\s+(?:us\s+|me\s+)?on\s+read\b|"
                      r"\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:answers|replies|responds|gets\s+back|is\s+answering)\b|"
                      r"\bradio\s+silence\b", re.I)


def feels_ignored(text: str) -> bool:
    return bool(_IGNORED.search(text))


# "maybe hire a few more techs then haha": a joke at our expense, not a fury.
_LAUGHS = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*)\b|[\U0001F602\U0001F605\U0001F923\U0001F606]", re.I)


def laughs(text: str) -> bool:
    return bool(_LAUGHS.search(text))


# "best thing you ever did was leave lol", "way better off with brightpath": glad they moved, wished well in kind.
_BETTER_OFF = re.compile(r"\bbest\s+thing\s+(?:you|that|we)\s+(?:\w+\s+)?(?:did|done)\b|\bbetter\s+off\b|"
                         r"\b(?:much|way|so\s+much|far)\s+(?:better|happier)\s+(?:now|with|since)\b|"
                         r"\b(?:actually|finally)\s+(?:pick\s+up|answer)\s+(?:the|their)\s+phones?\b", re.I)


def says_better_off(text: str) -> bool:
    return bool(_BETTER_OFF.search(text))


# "Good riddance.": glad it's over; met with regret that it didn't work out, not "we know this isn't what you wanted".
_RIDDANCE = re.compile(r"\bgood\s+riddance\b|\bglad\s+(?:to\s+be|we'?re|we\s+are)\s+(?:rid|done|shot)\s+of\b|"
                       r"\bglad\s+(?:it'?s|that'?s)\s+over\b", re.I)


def says_good_riddance(text: str) -> bool:
    return bool(_RIDDANCE.search(text))


# "maybe hire a few more techs then haha": advice inside the joke, which can fairly be called a fair point.
_ADVICE = re.compile(r"\b(?:hire|get|employ|take\s+on)\s+(?:a\s+few\s+|some\s+|more\s+)+(?:\w+\s+)?"
                     r"(?:people|staff|techs?|technicians|engineers|help)\b|\bshould(?:'ve|\s+have)\s+thought\b", re.I)


def offers_advice(text: str) -> bool:
    return bool(_ADVICE.search(text))


# "Oh brilliant, a bot.": a jab at being answered by a machine.
_BOT_JAB = re.compile(r"\b(?:a|an|the|your|this|some)\s+(?:stupid\s+|bloody\s+|automated\s+)?(?:bot|robot|chat-?bot|auto-?reply|"
                      r"automated\s+(?:reply|message|response|system))\b", re.I)


def jabs_at_the_bot(text: str) -> bool:
    return bool(_BOT_JAB.search(text))


# "will any of you come to our christmas drinks on the 18th?", "you're all invited to our open day": an invitation
_INVITES = re.compile(r"\b(?:will|would|could|can|do)\s+(?:any\s+of\s+)?(?:you|u|your\s+team|you\s+guys|the\s+team)\s+"
                      r"(?:\w+\s+)?(?:come|join\s+us|make\s+it|pop\s+(?:in|over|by))\s+(?:to\s+|for\s+)?(?:our|the)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:drinks|party|do|lunch|dinner|open\s+day|celebration|bash|get-?together)\b|"
                      r"\b(?:you(?:'re|\s+are)|you\s+guys\s+are)\s+(?:all\s+|very\s+)?(?:invited|welcome\s+to\s+(?:join|come))\b|"
                      r"\bwe'?d\s+love\s+(?:you|u|the\s+team)\s+to\s+(?:come|join)\b", re.I)


def invites_us(text: str) -> bool:
    return bool(_INVITES.search(text))


# "I suggest you start supporting us again", "reinstate our contract": support demanded back, after the end
_RESUME_DEMANDED = re.compile(r"\b(?:start|begin|resume|continue)\s+(?:supporting|helping|working\s+(?:with|for))\s+us\s+again\b|"
                              r"\b(?:reinstate|restore|resume)\s+(?:our\s+|the\s+)?(?:support|contract|agreement|services?)\b", re.I)


def demands_support_back(text: str) -> bool:
    return bool(_RESUME_DEMANDED.search(text))


def speaks_of_money(text: str) -> bool:
    """Money comes into it ("they STILL haven't paid october's invoice"): an answer may speak of the invoice too."""
    return bool(_MONEY_SPOKEN.search(text))


# "We have always paid on time, every single month": how they pay, said in their defence
_ALWAYS_PAID = re.compile(r"\b(?:we|i)\s+(?:have\s+|'ve\s+)?always\s+paid\b|\bpaid\s+(?:\w+\s+)?on\s+time\b|"
                          # "we always pay on time", "We pay always the bill on time"
                          r"\b(?:we|i)\s+(?:always\s+pay|pay\s+always)\b|"
                          r"\bnever\s+(?:once\s+)?(?:paid\s+)?late\b", re.I)


def says_always_paid(text: str) -> bool:
    return bool(_ALWAYS_PAID.search(text))


# "We paid every one of them in the end": late, but paid, said in their defence (owned before the reason is given)
_PAID_IN_THE_END = re.compile(r"\bpaid\b[^.?!]{0,30}?\b(?:in\s+the\s+end|eventually|in\s+full)\b|"
                              r"\b(?:in\s+the\s+end|eventually)\s+(?:we\s+|i\s+)?paid\b", re.I)
# "We paid every invoice.", "every bill got paid": all paid, the timing left unsaid (no payment just made)
_PAID_EVERY = re.compile(r"\bpaid\s+(?:(?:you|u)\s+)?(?:every|each|all)\s+(?:(?:single|one|of)\s+)?(?:(?:your|our|the)\s+)?"
                         r"(?:invoices?|bills?)\b|\b(?:every|each)\s+(?:single\s+)?(?:invoice|bill)\s+(?:was|got|has\s+been)\s+paid\b",
                         re.I)


def says_paid_in_the_end(text: str) -> bool:
    return bool(_PAID_IN_THE_END.search(text) or _PAID_EVERY.search(text))



# A new way of paying already in place ("we've set up autopay now", "the direct debit is set up"): thanked as done,
# where a promise ("we can put a card on file") is thanked as an offer.
_WAY_TO_PAY_SET_UP = re.compile(
    r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:now\s+|just\s+|already\s+|since\s+)?(?:set\s+up|put|added|arranged|switched\s+to|moved\s+to|"
    r"signed\s+up\s+(?:for|to)|turned\s+on|enabled)\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:\w+\s+)?(?P<way>card\s+on\s+file|auto-?pay|"
    r"direct\s+debit|standing\s+order)|"
    r"\b(?:the\s+|an?\s+|our\s+)?(?P<way2>auto-?pay|direct\s+debit|standing\s+order)\s+(?:is|has\s+been)\s+(?:now\s+)?"
    r"(?:set\s+up|in\s+place|on|active|live)\b|"
    # ("Our new practice manager has set up direct debit")
    r"\b(?:has|have|'s)\s+(?:now\s+|just\s+|already\s+)?set\s+up\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:\w+\s+)?"
    r"(?P<way3>auto-?pay|direct\s+debit|standing\s+order)\b", re.I)


def way_to_pay_set_up(text: str) -> str:
    """The new way of paying a client says is already in place ("autopay", "a direct debit"), or ""."""
    found = _WAY_TO_PAY_SET_UP.search(text)
    if not found:
        return ""
    way = re.sub(r"\s+", " ", (found.group("way") or found.group("way2") or found.group("way3")).lower())
    return way if way.startswith("auto") else f"a {way}"


# "5 mins, we'll pay whatever", "we'll pay for your time": paid work offered, which the end date rules out all the same
_PAY_FOR_IT = re.compile(r"\b(?:we'?ll|we\s+will|we\s+can|we'?d|happy\s+to|willing\s+to)\s+pay\s+(?:you\s+)?(?:whatever|double|extra|more|"
                         r"for\s+(?:it|your\s+time|the\s+time|the\s+work|that))\b|\bpay\s+whatever\b", re.I)


def offers_to_pay(text: str) -> bool:
    return bool(_PAY_FOR_IT.search(text))


def offers_money(text: str) -> bool:
    """Money offered to keep us or win us back ("they'd double their retainer", "we can prepay six months")."""
    return bool(_MONEY_OFFERED.search(_PAYMENT_STOPPED.sub(" ", text)))


# "we r nice to ur guys", "we've always been good to your team": how they treated us, said in their defence
_KIND_TO_US = re.compile(r"\b(?:we|i)\s*(?:'re|'ve|\s+are|\s+r|\s+have|\s+were)?\s+(?:always\s+)?(?:been\s+)?(?:so\s+|really\s+|always\s+)?"
                         r"(?:nice|kind|good|polite|friendly|lovely|respectful)\s+to\s+(?:you|u|ur|your|yr)\b", re.I)


def says_kind_to_us(text: str) -> bool:
    return bool(_KIND_TO_US.search(text))


# Left waiting for an answer ("Three days and not a peep", "still no reply", "you've ignored my emails"): said sorry for
_LEFT_WAITING = re.compile(r"\bnot\s+a\s+(?:peep|word|squeak)\b|\b(?:still\s+)?no\s+(?:reply|response|answer|word)\s+(?:from\s+you|yet|for|in)\b|"
                           r"\b(?:days?|weeks?)\s+(?:and\s+)?(?:no|without\s+a(?:ny)?)\s+(?:reply|response|answer)\b|"
                           r"\b(?:ignor(?:ed|ing)|ghost(?:ed|ing))\s+(?:us|me|my|our)\b|\bstill\s+waiting\s+(?:for|on)\s+(?:a\s+)?(?:reply|response|answer)\b",
                           re.I)


def left_waiting(text: str) -> bool:
    return bool(_LEFT_WAITING.search(text))


# A bad review threatened or posted ("screaming about leaving bad reviews", "said she'll trash us on Google").
_REVIEW_THREAT = re.compile(r"\b(?:bad|negative|terrible|awful|scathing|angry|nasty|1[- ]?star|one[- ]?star)\s+(?:google\s+|online\s+)?"
                            r"reviews?\b|\b(?:leav|post|writ|put)\w*\s+(?:us\s+)?(?:\w+\s+){0,2}reviews?\s+(?:about|of|on)\s+us\b|"
                            r"\btrash\w*\s+us\s+(?:on|online)\b|"
                            # "Fix our email today or I post everywhere that you abandoned us": a threat to go public
                            r"\bor\s+(?:else\s+)?(?:i|we)(?:'ll|\s+will)?\s+(?:post|tell|write|share|put)\w*\b[^.?!]{0,40}?"
                            r"\b(?:everywhere|online|everyone|facebook|linkedin|google|twitter|reviews?)\b", re.I)


def threatens_a_review(text: str) -> bool:
    return bool(_REVIEW_THREAT.search(text))


def calmed(text: str) -> str:
    """Thanks for the years, or sadness at parting, raised only in exclamation marks ("thank you for all the years,
    we'll miss your team!!") read as said calmly: warm, not sour, whatever the punctuation. Other text as it is."""
    calm = re.sub(r"([!?])[!?]+", r"\1", text)
    warm = (thanks_for_the_years(text) or sounds_sad(text)) and only_shouts(text) and not sounds_sour(calm) \
        and not sarcastic(text) and not re.search(r"\b[A-Z]{4,}\b", text)
    return calm if warm else text


# A fond word from an ex-client with no grievance in it ("still miss our little coffee chats with your techs. hope youre
# all doing ok"): answered in kind, never with "no ill will"
_FOND = re.compile(r"\b(?:still\s+)?miss(?:ing)?\s+(?:our|the|those|your|you)\b|\bhope\s+(?:you'?re|youre|you\s+are|you\s+all\s+are|"
                   r"everyone'?s|everyone\s+is|all\s+is)\s+(?:all\s+)?(?:doing\s+)?(?:ok|okay|well|good|great|fine)\b|"
                   r"\bhow'?s\s+everyone\b|\bhow\s+are\s+(?:you\s+all|things|everyone)\b", re.I)


def says_something_fond(text: str) -> bool:
    return bool(_FOND.search(text)) and not sounds_sour(text) and not _ANGRY_WORDS.search(text) and not sarcastic(text)


# Thanks for everyday work ("thx for sorting the wifi yesterday, all good now"): thanked back, with no handover errand
_FIX_THANKED = re.compile(r"\b(?:thanks|thank\s+you|thx|thnx|thanx|tnx|ty|cheers)\b[^.?!]{0,15}?\bfor\s+(?:sorting|fixing|looking\s+(?:at|into)|"
                          r"getting|setting\s+up|helping\s+with|resolving|sorting\s+out|the\s+(?:quick\s+)?fix)\b", re.I)


def thanks_for_a_fix(text: str) -> bool:
    return bool(_FIX_THANKED.search(text))
