"""Dates asked about or named: the last day, the notice, the holidays, a day that ends it early or misstates it."""
from __future__ import annotations

import re
from datetime import date, timedelta

from intents.cues.words import TIMING_PRAISED, _WHEN

_END_DATE = re.compile(
    # "can you remind me when our support finishes?", "when does our contract with you end?"
    r"\bwhen\s+(?:does\s+|do\s+|will\s+|is\s+)?(?:our|the|my)\s+(?:support|contract|agreement|service)\s+(?:with\s+(?:you|u)\s+)?"
    r"(?:end|ends|finish\w*|stop\w*|run\s+out|runs\s+out)\b|"
    # "confirm which day exactly you're finishing?", "what day do you stop?"
    r"\b(?:which|what)\s+(?:exact\s+)?(?:day|date)\s+(?:exactly\s+)?(?:you(?:'re|\s+are|\s+will\s+be)?|we(?:'re|\s+are)?|do\s+you|does\s+it|is\s+it)\s+"
    r"(?:\w+\s+)?(?:finish\w*|stop\w*|end\w*|leav\w*|done)\b|"
    # "what's the date you stop again?", "remind me the day you finish"
    r"\b(?:what(?:'s|\s+is|\s+was)|remind\s+(?:me|us)(?:\s+of)?)\s+the\s+(?:exact\s+)?(?:day|date)\s+(?:that\s+)?(?:you|u)(?:'re|\s+are|\s+will)?\s+"
    r"(?:\w+\s+)?(?:finish\w*|stop\w*|end\w*|leav\w*|go|done)\b|"
    r"\bconfirm\w*\s+(?:in\s+writing\s+)?(?:the|our)\s+(?:exact\s+)?(?:end\s+date|last\s+day|date\s+(?:our|the)\s+support\s+(?:with\s+you\s+)?"
    r"(?:ended|ends))|"
    # "we hereby request written confirmation of the termination date of our agreement"
    r"\b(?:termination|end|cessation|expiry)\s+date\s+of\s+(?:our|the|your)\s+(?:it\s+)?(?:agreement|contract|support|services?)\b|"
    # Said in a second language: "until which date you are helping us with the computers", "The contract is finish
    # when?", "until when you support us?"
    r"\buntil\s+(?:which|what)\s+(?:date|day)\b|\buntil\s+when\b|"
    r"\b(?:contract|support|agreement|service)\s+(?:is\s+|will\s+|will\s+be\s+)?(?:finish|end|stop)(?:ed|s)?\s+(?:when|(?:which|what)\s+(?:day|date))\b|"
    # "please confirm in writing the date on which your IT services to Vandelay Imports ceased"
    r"\b(?:the\s+)?date\s+(?:on\s+)?(?:which|when)\s+(?:(?:your|our|the)\s+)?(?:it\s+)?(?:support|services?|contract|agreement)\b"
    r"[^?!]{0,40}?\b(?:ceased|ended|stopped|terminated|finished|ceases|ends|stops)\b|"
    r"\b(?:is|are|will)\s+(?:support|our\s+support|your\s+support|the\s+(?:contract|agreement|support)|it|this|you)\s+(?:really\s+|actually\s+)?"
    r"(?:be\s+)?(?:ending|end|stopping|finishing|over)\s+(?:on|by|in)\b|"
    r"\bwhen\s+(?:exactly\s+)?(?:does|do|will|is|did)\s+(?:the\s+|your\s+|our\s+)?(?:it\s+)?(?:support|contract|agreement|"
    r"service)\w*\s+(?:with\s+(?:you|us)\s+)?(?:stop|end|finish|run\s+out)|"
    r"\b(?:what|the)\s+(?:date|day)\s+(?:our|the|your)\s+(?:it\s+)?(?:support|contract|agreement|service)\s+(?:with\s+(?:you|us)\s+)?"
    r"(?:actually\s+|really\s+|officially\s+)?(?:ends?|ended|finish(?:es)?|stops?|runs?\s+out)\b|\blast\s+day\b|\bend\s+date\b|"
    r"\b(?:exact|final|last)\s+date\b(?!\s+(?:for|to)\s+pay)|\bwhen(?:'s|\s+is)\s+(?:our|the)\s+cut-?off\b|\bdid\s+(?:our|the|your)\s+(?:support|contract|agreement|service)\s+"
    r"(?:really\s+|actually\s+)?(?:end|stop|finish)\b|\bwhen(?:'s| is)\s+the\s+"
    r"(?:last|final)\b(?!\s+(?:bill|invoice|payment|statement))|\bwhen\s+(?:do|will)\s+you\s+(?:actually\s+|really\s+|finally\s+)?stop\b|"
    # "we not understand: the contract end on Monday 4 January or in December?": which of two days
    r"\b(?:contract|support|agreement|service)\s+(?:(?:will|does|is)\s+)?(?:end|ends|ending|finish\w*|stop\w*)\s+(?:on|in|at)\b"
    r"[^?.!]{0,40}\bor\b[^?.!]{0,30}\?|"
    # "is it true we're done just before christmas?": the ending, to confirm with its day (not "... done? why??")
    r"\bis\s+(?:it|this)\s+true\s+(?:that\s+)?(?:we'?re|we\s+are|you'?re|you\s+are)\s+(?:done|finished|ending|stopping)\b"
    r"(?![^\n]{0,40}\bwhy\b)|"
    # "you're still our IT til Monday 4 January 2027 right??"
    r"\b(?:you'?re|you\s+are|u\s+r|ur)\s+still\s+(?:our|doing\s+our)\s+(?:it|support)\b[^.?!]{0,20}?\b(?:til+|until|through|to)\b|"
    # "so does support stop today??"
    r"\b(?:does|do|will|is)\s+(?:the\s+|our\s+|your\s+)?(?:support|contract|agreement|service|it|you)\s+(?:really\s+|actually\s+)?"
    r"(?:stop|end|finish)\w*\s+(?:today|tomorrow|now|this\s+week)\b|"
    r"\b(?:support|contract|agreement|service|you)\w*\s+(?:(?:would|will|was\s+going\s+to)\s+(?:be\s+)?)?(?:runs?|goes|lasts?|"
    r"continues?|ends?|supporting\s+us|going)\s+(?:through|until|till|to|on)\s+(?:the\s+)?(?:end\s+of\s+\w+|\d|jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|new\s+year)", re.I)


def asks_end_date(text: str) -> bool:
    return bool(_END_DATE.search(text) or _STILL_OURS.search(text) or _STILL_CALL.search(text) or _END_ASKED.search(text)
                or _WHEN_IS_THIS.search(text) and _STOP_WORKING_WITH_US.search(text))


def names_the_end_as_a_deadline(text: str) -> bool:
    """The last day named only as the day something is due ("Before the last day we need all our files exported"),
    not asked for."""
    return bool(_BEFORE_THE_END.search(text)) and not asks_end_date(_BEFORE_THE_END.sub(" ", text))


# "My boss say your company stop to work with us? When is this?": the ending told, and its day asked
_STOP_WORKING_WITH_US = re.compile(r"\b(?:stop|end|finish)\w*\s+(?:to\s+)?work\w*\s+(?:with|for)\s+us\b", re.I)
_WHEN_IS_THIS = re.compile(r"\bwhen\s+(?:is|will\s+be|does)\s+(?:this|that|it)\b", re.I)

# More ways to ask the last day: "the date for the end is 4 January?", "when your service stop", "when did it end?",
# "do you still work that day?".
_END_ASKED = re.compile(r"\bdate\s+(?:for|of)\s+the\s+end\b|"
                        # "We hereby request written confirmation of the date on which your services ... were terminated"
                        # ("written confirmation of (a) the date on which your services will cease and (b) ...")
                        r"\bconfirm\w*\s+(?:of\s+)?(?:\(?[a-z0-9]\)\s*)?the\s+date\b[^.?!]{0,60}\b(?:terminat|end|ceas|stop)\w*|"
                        # "My son say you finish with us in January. Which day exactly?"
                        r"\b(?:finish|stop|end)\w*\s+(?:with\s+us|our\s+support|supporting\s+us)\b[^?]{0,40}\bwhich\s+(?:day|date)\b|"
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


def asks_notice_date(text: str) -> bool:
    return bool(_NOTICE_ASKED.search(text))


# "will our email stop to work on this same day?", "does everything just stop working?"
_THINGS_STOP = re.compile(r"\b(?:will|does|do|would)\s+(?:our|the|my|all\s+(?:our|the))?\s*(?:e-?mails?|systems?|computers?|pcs?|"
                          r"internet|phones?|website|files|everything|it\s+all|it|printers?)\s+(?:just\s+|also\s+)?(?:stop|go\s+down|"
                          r"switch\s+off|shut\s+(?:off|down)|be\s+(?:switched|turned|cut|shut)\s+off|disappear|vanish|go\s+away)\w*",
                          re.I)


def asks_when_and_if_things_stop(text: str) -> bool:
    """Asks the date we stop and whether their things stop with it ("the exact date when you stop the service, and
    will our email stop to work on this same day?")."""
    return asks_end_date(text) and bool(_WHEN.search(text)) and bool(_THINGS_STOP.search(text)) \
        or bool(_THINGS_STOP_ON_THE_DAY.search(text)) or bool(_KEPT_AFTER.search(text))


# "do we keep our email addresses after jan??": whether what is theirs stays theirs after the last day
# ("Do our emails stop working once you're gone??": the same question, put the other way round)
_KEPT_AFTER = re.compile(_THINGS_STOP.pattern + r"[^.?!]{0,20}\b(?:once|when|after)\s+(?:you|u)(?:'re|\s+are|\s+have)?\s+"
                         r"(?:gone|go|leave|left|stop|finish|are\s+gone)\b|"
                         r"\b(?:do|will|can|would)\s+we\s+(?:still\s+)?(?:keep|have|get\s+to\s+keep)\s+(?:our|the)\s+(?:e-?mails?"
                         r"(?:\s+(?:addresses|accounts))?|domain|website|files|data|accounts?)\b[^.?!]{0,30}\b(?:after|once|when|from)\b|"
                         # "what happen to our emails when you go?", "what happens with our files after you leave"
                         r"\bwhat\s+(?:happens?|will\s+happen|is\s+going\s+to\s+happen)\s+(?:to|with)\s+(?:our|the|my)\s+(?:e-?mails?"
                         r"(?:\s+(?:addresses|accounts))?|domain|website|files|data|accounts?|computers|systems)\b[^.?!]{0,20}"
                         r"\b(?:after|once|when|if)\s+(?:you|u|the\s+support)\b",
                         re.I)


# "does it stop working on the 4th?": whether their things stop on our last day, the day named.
_THINGS_STOP_ON_THE_DAY = re.compile(_THINGS_STOP.pattern + r"[^.?!]{0,20}\b(?:on|after|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
                                     re.I)

# "Are you still our IT company?": whether we still look after them is a question about the last day.
# ("r u guys actually still doing our support till jan or not??")
_STILL_SUPPORTING = re.compile(r"\b(?:are|r)\s+(?:you|u)(?:\s+guys)?\s+(?:actually\s+|really\s+)?still\s+(?:doing|looking\s+after|handling|supporting|covering)\s+"
                               r"(?:our|us)\b", re.I)
_STILL_OURS = re.compile(_STILL_SUPPORTING.pattern + r"|"
                         r"\b(?:are|r)\s+(?:you|u)\s+still\s+(?:our|the)\s+(?:it\s+)?(?:provider|company|firm|msp|support|"
                         r"it\s+people|people)\b|\b(?:do|will)\s+(?:you|u)(?:\s+guys)?\s+still\s+(?:look\s+after|support|manage|fix|help|"
                         r"do\s+the\s+it\s+for|do\s+(?:our|the)\s+it)\b|\bwhat\s+(?:date|day)\s+(?:did|does|will|is)\s+(?:our|the|your)\s+"
                         r"(?:support|contract|agreement|service)\w*\s+(?:(?:to|for|with)\s+us\s+)?(?:end|stop|finish|cease)", re.I)
# "Is ok if I still call when problem with the x-ray computer until the end?": whether support lasts to the last day
# "will u still be around on jan 4th??": whether we are there on a day of their support
# ("will u still be answering on tues 29th dec?")
_STILL_AROUND = re.compile(r"\b(?:will|are|r)\s+(?:you|u)(?:\s+guys)?\s+still\s+(?:be\s+)?(?:around|there|here|supporting\s+us|answering|"
                           r"open|working|available)\s+(?:on|until|till|through|over)\b", re.I)
_STILL_CALL = re.compile(r"\bstill\s+(?:call|ring|phone|contact|email|e-mail|message|use|reach)\b[^.?!]{0,60}\b(?:until|till|before)\s+"
                         r"(?:the\s+(?:end|last\s+day|finish)|you\s+(?:finish|stop|leave|go)|then)\b", re.I)


# "is it still ok to log tickets with you this month?": the help desk, still theirs until the last day
_STILL_TICKETS = re.compile(r"\b(?:still\s+(?:ok|okay|fine|alright|all\s+right)|ok\s+still)\s+(?:for\s+us\s+)?to\s+(?:log|raise|open|send|submit|"
                            r"put\s+in)\s+(?:tickets|requests|jobs)\b|\b(?:can|could|should)\s+(?:we|i)\s+still\s+(?:log|raise|open|send|submit|"
                            r"put\s+in)\s+(?:tickets|requests|jobs)\b", re.I)


# "do we still get help with the new hygienist's login on Thursday?"
_STILL_HELPED = re.compile(r"\b(?:do|can|could|will|would)\s+(?:we|i)\s+still\s+(?:get|have|receive)\s+(?:your\s+)?(?:help|support)\b", re.I)


def asks_if_still_supported(text: str) -> bool:
    """Asks whether we still help them until the last day ("can we still call you until the end?"): a yes, with the day."""
    return bool(_STILL_CALL.search(text) or _STILL_SUPPORTING.search(text) or _STILL_AROUND.search(text)
                or _STILL_TICKETS.search(text) or _STILL_HELPED.search(text))


def asks_if_tickets_still_taken(text: str) -> bool:
    """"is it still ok to log tickets with you this month?": however long the question, the help desk is theirs."""
    return bool(_STILL_TICKETS.search(text))


# "I know you're leaving us, but the printer is down": the ending raised in a message about something else
_ENDING_RAISED = re.compile(r"\b(?:leaving|you\s+(?:go|leave|finish|stop)|offboard\w*|end(?:ing)?\s+of\s+(?:our|the)\s+"
                            r"(?:contract|agreement|support)|(?:last|final)\s+day|end\s+date|new\s+(?:it\s+)?provider|"
                            r"(?:contract|agreement|support)\s+(?:ends|is\s+ending|stops)|(?:wind(?:ing)?|winds)\s+down|"
                            r"notice\s+period|still\s+(?:covered|supported|under\s+contract)|"
                            # "or are you guys done with us already", "if you still come for the oven problem"
                            r"(?:you|u)(?:\s+guys)?\s+(?:are\s+|'re\s+|r\s+)?(?:done|finished)\s+with\s+us|"
                            r"(?:you|u)\s+still\s+(?:come|help|fix|do|look)\b)\b", re.I)


def raises_the_ending(text: str) -> bool:
    """Mentions the end of our support, whatever it asks ("I know you're leaving, but ..."): a reply may name the day."""
    return bool(_ENDING_RAISED.search(text)) or asks_if_still_supported(text)

# "Could you keep your remote monitoring running until our new people are set up in January?"
_KEEP_RUNNING = re.compile(r"\bkeep\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,3}?(?:running|going|on|active|in\s+place)\s+"
                           r"(?:until|till|through|into)\b|"
                           # "if there's nobody by Mon 21 Dec, do we just keep going?": support past the last day
                           r"\b(?:do|should)\s+we\s+just\s+(?:keep\s+(?:going|supporting\s+them|them\s+on)|carry\s+on)\b|"
                           # "our RMM won't be rolled out until mid-Feb. Could you leave yours running until then?"
                           r"\bleave\s+(?:yours|your\s+(?:[\w-]+\s+){0,2}?\w+|it|them)\s+(?:running|on|active|in\s+place)\s+"
                           r"(?:until|till|through|into)\b|"
                           # "keep backups running into January 'as a courtesy'": past the last day
                           r"\bkeep\s+(?:[\w-]+\s+){1,3}?(?:running|going|on|active)\s+(?:into|past|beyond)\b|"
                           # "keep everything running a week past their last day 'as a favour'"
                           r"\bkeep\s+(?:[\w-]+\s+){1,3}?(?:running|going|on|active)\s+(?:a|an|one|two|three|\d+|a\s+few|another)\s+"
                           r"(?:more\s+|extra\s+)?(?:days?|weeks?|months?)\s+(?:past|after|beyond)\b|"
                           # "keep their backups running 'a little while' after the 4th", "... running until mid-Jan"
                           r"\bkeep\s+(?:[\w'-]+\s+){1,3}?(?:running|going|active)\s+(?:['\"\u2018\u201c]?(?:a\s+(?:little|bit|few)\s+"
                           r"(?:while|longer|weeks?|days?)|(?:a\s+)?(?:few|couple\s+of)\s+(?:more\s+)?(?:weeks?|days?))['\"\u2019\u201d]?\s+)?"
                           r"(?:after|until|till)\s+(?:the\s+)?(?:\d|mid|end|jan|feb|mar|mon|tue|wed|thu|fri|sat|sun|they|castle|their|our|the\s+new)", re.I)

_AFTER_THE_END = re.compile(
    r"\b(?:after|once|beyond|past|from)\s+(?:the\s+|that\s+|their\s+|our\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    # "after Monday 4 January"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:last|final)\s+day|end\s+date|end\b|date\b|cut-?off|switch-?over|"
    r"(?:support|contract|agreement)\s+(?:ends|has\s+ended|is\s+over|finishes|stops)|"
    r"(?:we|they|you)(?:\s+guys|\s+lot|\s+all)?(?:'ve|'re|\s+have|\s+are)?\s+(?:leave|left|go|gone|finish\w*|stop\w*))", re.I)


def asks_about_after_the_end(text: str) -> bool:
    """Asks about the time after the last day of support ("after the 21st", "once we leave",
    "after Jan 4")."""
    return bool(_AFTER_THE_END.search(text))


# The client wanting to finish with us before the last day ("could Castle Tech just take over next week instead of
# January?", "castle tech can start on 14 december. can we finish with you then?")
_FINISH_EARLY = re.compile(
    r"\b(?<!you\s)(?<!u\s)(?:finish|end|stop|wrap\s+(?:it\s+)?up|be\s+done|switch(?:\s+over)?|move\s+over|cut\s*over)\s+(?:with\s+(?:you|u)\s+)?"
    r"(?:\w+\s+){0,2}?(?:early|earlier|sooner|then|before\s+(?:christmas|xmas|the\s+holidays|january|jan))\b|"
    r"\btake\s+over\s+(?:\w+\s+){0,2}?(?:next\s+week|sooner|earlier|early|before\s+(?:christmas|xmas|january|jan))\b|"
    r"\binstead\s+of\s+(?:in\s+)?(?:january|jan)\b|"
    # "Can you just switch everything off today? We'd rather have a clean break"
    r"\b(?:rather|prefer|want)\s+(?:have\s+|to\s+have\s+|to\s+make\s+)?a\s+clean\s+break\b|"
    # "Castle Tech is ready to go now. Can we finish with you at the end of December instead?" (the day named is checked
    # against the last day on record: a later one is more time)
    r"\b(?:finish|end|stop|be\s+done)\s+(?:with\s+(?:you|u)\s+)?(?:on|at|by)\s+(?:the\s+)?[^.?!]{1,30}\binstead\b", re.I)


# ("Please don't make us switch before Christmas": the opposite of wanting to go early)
_NOT_WANTED = re.compile(r"\b(?:don'?t|do\s+not|not|can'?t|cannot|never|rather\s+not)\b(?:\s+\w+){0,3}\s*$", re.I)


def wants_to_finish_early(text: str) -> bool:
    wanted = any(not _NOT_WANTED.search(text[max(0, found.start() - 30):found.start()]) for found in _FINISH_EARLY.finditer(text))
    return wanted and ("?" in text or bool(re.search(r"\b(?:we'?d|would)\s+(?:like|rather|prefer)\b", text, re.I)))


_MORE_TIME = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six)\s+(?:more|extra)\s+(?:weeks?|months?)\b|"
    # "so Monday 21 December 2026 is really it? no wiggle room at all?"
    # (asked, not "warm but no wiggle room." said of the tone of our reply)
    r"\b(?:any|no|some|a\s+bit\s+of)\s+(?:wiggle\s+room|leeway|flexibility)\b[^.?!]{0,20}\?|"
    # "can't I just give them 3 more months?", "should we just push it into January?"
    r"\b(?:push|move|shift)\w*\s+(?:their|the|our|your|\w+['\u2019]s)\s+(?:end(?:\s+date)?|last\s+day|finish(?:\s+date)?)\s+(?:back\s+)?(?:to|until|till|into)\s+"
    r"(?:the\s+)?(?:\d|end\s+of|mid-?|late|jan|feb|mar|apr|new\s+year|next)|"
    # "Should Acme's move to 1 Jan?", "should their last day move to the 1st?"
    r"\b(?:should|could|can|shall)\s+(?:\w+['\u2019]s|their|the|its)\s+(?:last\s+day\s+|end\s+date\s+)?(?:move|shift|change|"
    r"be\s+moved)\s+to\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|end\s+of|next)|"
    r"\bpush\s+it\s+(?:back\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:january|february|march|"
    r"jan|feb|the\s+new\s+year|next\s+(?:month|year))\b|"
    r"\b(?:give|giving|gave|grant|offer)\s+(?:them|him|her|us|\w+)\s+(?:an?\s+|another\s+|\d{1,2}\s+|one|two|three|four|six|a\s+few\s+)"
    r"(?:more\s+|extra\s+)?(?:weeks?|months?)\b|"
    r"\b(?:give|giving|keep|keeping)\s+(?:them|him|her|us|(?-i:[A-Z])\w+)\s+(?:on\s+)?(?:till|until|til|to|through)\s+(?:the\s+)?"
    r"(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:january|february|march|april|jan|feb|mar|apr|spring|easter|the\s+new\s+year|"
    r"next\s+(?:month|year))\b|"
    r"\bmonth[\s-]+(?:to|by)[\s-]+month\b|\bextension\b|"
    # "they start Jan 1. Can you stay on until then?", "Is possible you stay until then?"
    r"\bstay\s+on\s+(?:until|till|til|to|through|into)\b|\b(?:you|u)\s+(?:could\s+|can\s+)?stay\s+(?:with\s+us\s+)?(?:until|till|til)\s+then\b|"
    # "Can we please stay with you until then??", "can we stay with you till March?"
    r"\b(?:we|us)\s+(?:please\s+|just\s+)?stay\s+(?:on\s+)?with\s+(?:you|u)\s+(?:a\s+(?:bit|little)\s+(?:longer\s+)?|(?:for\s+)?(?:a\s+)?(?:few|couple\s+of)?\s*"
    r"(?:more\s+|extra\s+)?(?:weeks?|months?)\s+)?(?:until|till|til|to|through|into|longer)\b|"
    # "can we keep you on for another month? castle tech can't start till feb"
    r"\bkeep\s+(?:you|u)(?:\s+guys)?\s+on\s+(?:for\s+)?(?:another|one\s+more|an\s+extra|a\s+(?:bit|little)\s+longer|"
    r"(?:a\s+)?(?:few|couple(?:\s+of)?)\s+(?:more|extra)|longer)\b|"
    # "can we keep you just for the website hosting? only that."
    r"\bkeep\s+(?:you|u)(?:\s+guys)?\s+(?:on\s+)?(?:just\s+|only\s+)?(?:for|on)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:hosting|backups?|"
    r"e-?mail|monitoring|service|website|domain)\b|"
    # "Can we keep only your backup service after January?"
    r"\bkeep\s+(?:only\s+|just\s+)?(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:service|backups?|monitoring|hosting|support)\b[^.?!]{0,30}"
    r"\bafter\b|"
    # "can we keep hosting their backups after their last day, for a fee": a service of ours past the end
    r"\bkeep\s+(?:hosting|running|storing|managing|monitoring|looking\s+after)\b[^.?!]{0,40}\bafter\s+(?:their|the|our|your)\s+"
    r"(?:last\s+day|end(?:\s+date)?)\b|"
    # "is possible we continue with you after the last day?"
    r"\bwe\s+(?:can\s+|could\s+)?(?:continue|stay)\s+(?:on\s+)?with\s+(?:you|u)\s+after\b|"
    # "Hooli want us to carry on until end of Jan", "could we just run to end of January"
    r"\b(?:carry\s+on|run|go\s+on|keep\s+going)\s+(?:until|till|to|through|into)\s+(?:the\s+)?(?:end\s+of\s+|mid-?|late\s+|early\s+)?(?:jan\w*|feb\w*|mar\w*|"
    r"the\s+new\s+year|next\s+(?:month|year))\b|"
    # "can u hold off ending until after our audit in feb??"
    r"\bhold\s+off\s+(?:on\s+)?(?:ending|stopping|finishing|the\s+end\w*)\b|\bextend\w*\b|\bstretch\w*\s+(?:\w+\s+){0,2}(?:to|until|till|into|past)\b|(?<!one\s)\bmore\s+time\b|\b(?:a\s+)?(?:few|couple\s+(?:of\s+)?)"
    r"\s*(?:more|extra)\s+(?:weeks|months)\b|\bpush\s+(?:it|the\s+(?:date|end))\s+"
    r"back\b|\b(?:push|move|shift)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|(?-i:[A-Z])[\w-]+'s\s+)?(?:end\s+date|last\s+day|date|end)\s+(?:back\s+)?(?:to|until|till|into|past|beyond|after)\b|\bpostpone\b|\bdelay\s+the\s+end\b|\boverlap\b|\bramps?\s+up\b|\b(?:cover|support|keep)\s+(?:us\s+)?(?:for\s+|through\s+|"
    r"until\s+|till\s+)?(?:january|february|march|april|the\s+(?:new\s+year|gap|interim)|a\s+(?:few|couple)|another|one\s+more)\b|"
    r"\b(?:on\s+call|on\s+standby|around|available)\b[^.?!]{0,40}\bafter\b|"
    # "they can't start until 11 January. Can you keep supporting us until then?"
    r"\b(?:keep|continue)\s+(?:\w+ing\s+)?(?:us|them)\s+(?:going\s+|on\s+)?(?:until|till|through)\s+then\b|"
    # "You can continue help us few weeks in January please?"
    r"\b(?:continue|carry\s+on|keep)\s+(?:to\s+)?(?:help\w*|support\w*|look\w*\s+after)\s+(?:us|them)\b[^.?!]{0,30}"
    r"\b(?:in|into|until|till|through)\s+(?:january|february|march|jan|feb|mar|the\s+new\s+year)\b|"
    # "we can continue maybe in the spring when you have less work?"
    r"\b(?:continue|carry\s+on|stay)\s+(?:\w+\s+){0,2}?(?:in|until|till|into)\s+(?:the\s+)?(?:spring|summer|new\s+year)\b|"
    # "can u keep helping us couple weeks into jan?"
    r"\b(?:keep|carry\s+on|go\s+on)\s+(?:helping|supporting|covering|looking\s+after)\s+(?:us|them)\b[^.?!]{0,30}?\b(?:into|past|beyond)\s+"
    r"(?:the\s+new\s+year|jan|feb|mar)\w*|"
    # "Could you keep us going until Castle Tech is properly set up?"
    r"\bkeep\s+(?:us|them)\s+going\s+(?:until|till|through)\b|"
    # "Could you keep us going to the end of January?"
    r"\bkeep\s+(?:us|them)\s+(?:going|on)\s+(?:to|into)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)|\b(?:a\s+)?(?:few|couple(?:\s+of)?)\s+(?:weeks|months|days)\s+"
    r"after\b|"
    # "could we have until the end of January?", "hold off until February"
    r"\b(?:have|get|give\s+us|hold\s+off|wait|stay(?:\s+on)?|keep\s+(?:going|us|them|you|u|(?:looking\s+after|supporting|covering|helping)\s+(?:us|them))|support(?:ing)?\s+(?:us|them))\s+(?:\w+\s+){0,2}?(?:until|till|til)\s+(?:(?:the\s+)?end\s+of\s+|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|the\s+)?(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec|spring|summer|next\s+(?:month|year)|after\s+(?:christmas|the\s+holidays|new\s+year|"
    r"valentine'?s|easter|tax\s+season|our\s+busy\s+season))\w*", re.I)

# The new provider starting while we still support them is the handover, not an overlap past the last day.
_BEFORE_THE_END = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:your|the|our)\s+(?:end\s+date|last\s+day|end)\b", re.I)


def asks_for_more_time(text: str) -> bool:
    """Asks to keep support going past the last day: an extension, month to month, an overlap."""
    if _BEFORE_THE_END.search(text):
        text = re.sub(r"\boverlap\w*", " ", text, flags=re.I)
    if _TIME_WE_HAVE_CHECKED.search(text):
        return False   # "so we have until the 31st of Dec right?": the day checked, not more time asked
    return bool(_MORE_TIME.search(text) or _KEEP_RUNNING.search(text))


_TIME_WE_HAVE_CHECKED = re.compile(r"^(?:so\s+|and\s+|ok\s+|okay\s+)?(?:we|i)\s+(?:have|'ve\s+got|got|still\s+have)\s+until\b"
                                   r"[^?]{0,40}\b(?:right|correct|yes|yeah|isn'?t\s+it|no)\s*\?", re.I)


# Christmas, New Year or "the holidays", asked about cover, the rota or who's around.
_HOLIDAYS = re.compile(r"\b(?:christmas|xmas|x-mas|boxing\s+day|(?<!in\sthe\s)(?<!from\sthe\s)(?<!after\sthe\s)new\s+year'?s?|holidays?|festive|"
                       r"bank\s+holidays?|hols|the\s+break|end[\s-]of[\s-](?:the[\s-])?year)\b", re.I)   # ("Hooli's end-of-year reminder")
_COVER = re.compile(r"\b(?:cover\w*|around|available|reachable|contactable|on[\s-]?call|closed|closure|closing|shut\w*|open|anyone|anybody|someone|worry|rota|"
                    r"staff\w*|mess\w*|affect\w*|impact\w*|clash\w*|"
                    r"who(?:'s|\s+is|\s+will)?|during|over|between|through|support\w*|reach)\b", re.I)
# "can we still call you in the holiday?" (not "when does Castle Tech need to call you by? ... after new year")
_CALL_OVER_HOLIDAYS = re.compile(r"\b(?:call|ring|phone|reach|contact)\s+(?:you|u)\s+(?:in|over|during)\s+the\s+(?:holidays?|"
                                 r"christmas|xmas|break)\b", re.I)


# "how you can just walk away ... right before Christmas": the timing of the ending blamed, not a question about cover
_BAD_TIMING = re.compile(r"\b(?:right|just|days|weeks)\s+(?:before|at|over)\s+(?:christmas|xmas|the\s+holidays|new\s+year)\b|"
                         r"\bstranded\b[^.?!]{0,30}\b(?:christmas|xmas|holidays)\b|"
                         # "You're dumping us right before our busiest season"
                         r"\b(?:right|just|days|weeks)\s+before\s+(?:our|the)\s+(?:busiest|peak|biggest|main)\s+(?:season|time|period|week|month)s?\b|"
                         # ("why you do this to us before the holidays?? ... now we must find new IT in holidays")
                         r"\b(?:do|doing|did)\s+this\s+(?:to\s+us\s+)?(?:right\s+|just\s+)?before\s+(?:christmas|xmas|the\s+holidays|new\s+year)\b|"
                         r"\b(?:find|look\s+for|get)\s+(?:a\s+)?new\s+(?:it|provider|company|firm)\b[^.?!]{0,20}\b(?:in|over|during)\s+(?:the\s+)?"
                         r"(?:holidays|christmas|xmas)\b|"
                         # ("we cannot learn a new company now, at Christmas")
                         r"\bnew\s+(?:it\s+)?(?:provider|company|firm|people)\b[^.?!]{0,20}\b(?:now\s*,?\s*)?(?:at|over|during|before)\s+"
                         r"(?:christmas|xmas|the\s+holidays)\b|"
                         + TIMING_PRAISED, re.I)


def blames_the_timing(text: str) -> bool:
    return bool(_BAD_TIMING.search(text))


# "... + the closure", "our shutdown": the office's closure named without the holiday it falls at
_OUR_CLOSURE = re.compile(r"\b(?:the|our|office|xmas|christmas|holiday|festive|year-?end)\s+(?:closure|shut-?down|close-?down)\b", re.I)


def mentions_our_closure(text: str) -> bool:
    return bool(_HOLIDAYS.search(text) or _OUR_CLOSURE.search(text))


def mentions_the_holidays(text: str) -> bool:
    """Names Christmas, New Year or the holidays at all ("a post about the Christmas closure")."""
    return bool(_HOLIDAYS.search(text))


# A wish for the season ("And merry christmas in advance to the team!"): it names the holidays, it asks nothing of them.
_SEASON_WISH = re.compile(r"\b(?:merry|happy)\s+(?:early\s+)?(?:christmas|xmas|x-mas|holidays|new\s+year)\b(?:\s+in\s+advance)?"
                          r"(?:\s+(?:to|from)\s+(?:the|you|your|all|every\w*|us)(?:\s+(?:team|lot|all|guys))?)?", re.I)


# Our closure held against us ("So we're paying you till January but you're not even open half of it?")
_CLOSED_HELD_AGAINST = re.compile(r"\b(?:you'?re|you\s+are|you\s+guys\s+are|ur|you'?ll\s+be|you\s+won'?t\s+be)\s+(?:not\s+)?(?:even\s+)?"
                                  r"(?:open|closed|shut|around|there|in)\b[^.?!]{0,30}\b(?:half|most|part|a\s+week|two\s+weeks|"
                                  r"the\s+whole)\b|\bnot\s+even\s+(?:be\s+)?open\b", re.I)


def holds_our_closure_against_us(text: str) -> bool:
    return bool(_CLOSED_HELD_AGAINST.search(text))


def asks_about_holidays(text: str) -> bool:
    """Asks about Christmas, New Year or the holidays: who covers, who's around, what to worry about."""
    text = _SEASON_WISH.sub(" ", text)
    return bool(_CALL_OVER_HOLIDAYS.search(text)) or bool(_HOLIDAYS.search(text) and _COVER.search(text) and ("?" in text or re.search(
        r"\b(?:any|who|what|will|is|are|do|does|whether)\b|\basked\s+if\b|\w'll\b|"
        r"\bask(?:ing|s)\b[^.?!]{0,40}\bif\b", text, re.I)))   # ("asking in their channel if we're around over Xmas")


# A day named in the message ("on the 22nd", "Jan 8", "8 January"), to tell whether it falls after the
# last day of support. A day with no month is the next one to come.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:,?\s+(20\d\d)\b)?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w){_YEAR}", re.I)
# (a full month name ending a sentence is no day: "push the end to February. 2 sentences max")
_MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*(?!\.)|\.)\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                        r"(?!\s*(?:sentences?|lines?|words?|bullets?|points?|paragraphs?|min(?:ute)?s?|sec(?:ond)?s?)\b)" + _YEAR, re.I)
# "the first of Feb": a day in words
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_WORD_DAY_MONTH = re.compile(rf"\b({'|'.join(_ORDINAL_WORDS)})\s+of\s+{_MONTH}(?!\w){_YEAR}", re.I)
# "on the 22nd", "by the 3rd", "until 14th" (not "the 23rd floor")
_ORDINAL = re.compile(r"\b(?:on|by|until|till|from|after|before|for)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b"
                      r"(?!\s+(?:floor|time|row|line|street|place|birthday|anniversary))", re.I)
# "is the 21st a Monday?": in a question about the calendar, "the 21st" alone names a day
# ("the 28th", "Monday the 28th", "Mon 28th")
_BARE_ORDINAL = re.compile(r"\b(?:the|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?(?:\s+the)?)\s+"
                           r"(\d{1,2})(?:st|nd|rd|th)\b", re.I)


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


# "last Friday", "this Friday", "next Monday", "yesterday": a day named by where it falls from today
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# (not a weekday with its date beside it, "finish on Monday 4 January 2027": that day is given in full)
_RELATIVE_DAY = re.compile(r"\b(?:(last|this|next|on)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b(?![,\s]+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)|"
                           r"(yesterday|today|tomorrow)\b)", re.I)


# "removing our agent ... by Friday" (or "this Friday"), "by 11 December": the day a piece of work is promised by
_BY_DAY = re.compile(r"\b(?:by\s+(?:this\s+|next\s+)?|this\s+)(mon|tues|wednes|thurs|fri|satur|sun)day\b|\bby\s+((?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?"
                     r"(?:\s+of)?\s+[a-z]{3,9}(?:\s+\d{4})?)\b", re.I)


def promised_by(text: str, today: date) -> date | None:
    """The day something is to be done by ("by Friday": the next Friday, today if it is one); None for none."""
    found = _BY_DAY.search(text)
    if not found:
        return None
    if found.group(1):
        target = [name[:len(found.group(1))] for name in _WEEKDAYS].index(found.group(1).lower())
        return today + timedelta(days=(target - today.weekday()) % 7)
    return next(iter(days_named(found.group(2), today)), None)


def relative_day(text: str, today: date, past: bool) -> date | None:
    """The first day named relative to today; "on Friday" alone is the last one gone (`past`) or the next one to come."""
    found = _RELATIVE_DAY.search(text)
    if not found:
        return None
    which, weekday, word = found.group(1), found.group(2), found.group(3)
    if word:
        return today + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word.lower()])
    target = [name[:len(weekday)] for name in _WEEKDAYS].index(weekday.lower())
    ahead = (target - today.weekday()) % 7
    behind = (today.weekday() - target) % 7 or 7
    which = which.lower()
    if which == "last" or which == "on" and past:
        return today - timedelta(days=behind)
    if which == "next" and ahead == 0:
        return today + timedelta(days=7)
    return today + timedelta(days=ahead)


# Ending on another day than the one on record: "can we just end it dec 23", "tell them friday 18th is the last day".
_ENDS_IT = re.compile(r"\b(?:end|finish|stop|wrap|close|call)\w*\s+(?:it|things|them|support|the\s+(?:contract|agreement|support))\b|"
                      # "can't we just end Hooli on Wednesday 23 December"
                      r"\b(?:end|finish|stop)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+on\b|"
                      r"\b(?:last|final|end)\s+(?:day|date)\b", re.I)

_EARLY_END = re.compile(r"\bend\w*\s+(?:\w+\s+){0,2}(?:early|sooner|earlier)\b|\b(?:early|earlier)\s+(?:end|finish|exit|cut-?off)\b|"
                        r"\bbring\s+(?:the\s+)?(?:last\s+day|end(?:\s+date)?)\s+(?:forward|in)\b", re.I)

# What was already said or sent ("I told them on the 20th that we're ending"): a day in it is when, not a new end.
_ALREADY_TOLD = re.compile(r"\b(?:told|informed|rang|phoned|notified|emailed|gave\s+(?:them\s+)?notice)\b[^.?!]*", re.I)

# Our office closure said in passing ("we're shut from xmas eve"): its days are no end proposed.
# ... or the day a message goes out ("to go out on Wednesday 23 December, the last day we're in before the shutdown").
_CLOSURE_SAID = re.compile(r"\b(?:shut|closed|close|closing|closure|off)\s+(?:from|on|over|for|between)\s+[^.,;?!]{0,30}|"
                           # "closed Thu 24 Dec to Fri 1 Jan"
                           r"\b(?:shut|closed)\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)\w*\b[^.;?!]{0,20}?\bto\b[^.,;?!]{0,20}|"
                           r"\b(?:go(?:es)?\s+out|be\s+sent|send\s+it|sent)\s+(?:on|by)\s+[^.;?!]{0,60}|"
                           r"\b(?:last|final)\s+day\s+(?:that\s+)?(?:we'?re|we\s+are|the\s+office\s+is|we'?re\s+all)\s+"
                           r"(?:in|open|here|working|around)\b", re.I)


def without_closure_said(text: str) -> str:
    """The text without our office closure said in passing ("closed Thu 24 Dec to Fri 1 Jan"): no day proposed in it."""
    return _CLOSURE_SAID.sub(" ", text)


# The day the new provider should be in touch by ("Ask for the new provider to contact us by Monday 14 December"):
# a date of the handover, no end proposed
# ("... contact us by Monday 14 December", "we need their new provider to get in touch by Monday 14 December")
_CONTACT_BY = re.compile(r"\b(?:contact|get\s+in\s+touch(?:\s+with)?|be\s+in\s+touch(?:\s+with)?|reach|call|ring|hear\s+from)\s+"
                         r"(?:\w+\s+){0,3}?by\s+[^.,;?!]{0,40}", re.I)


def ends_it_early(text: str, last_day: date | None, today: date) -> bool:
    """Proposes ending on a day before the last day of support on record ("can we end Hooli early?")."""
    if _EARLY_END.search(text):
        return True
    text = _CONTACT_BY.sub(" ", _CLOSURE_SAID.sub(" ", _ALREADY_TOLD.sub(" ", text)))
    if not last_day or not _ENDS_IT.search(text):
        return False
    dated = set(days_named(text, today))
    # ("hooli's last day is the 4th": a bare "the 4th" is the record's own day, not the next 4th)
    return any(today <= day < last_day for day in days_named(text, today, bare_ordinals=True)
               if day in dated or day.day != last_day.day)


# A last day stated as a fact ("remind them their last day is Dec 21", "they finish on the 18th").
_LAST_DAY_STATED = re.compile(r"\b(?:last|final|end)\s+(?:day|date)(?:\s+(?:of\s+support|with\s+(?:us|you|u)))?(?:\s+(?:is|was|'s|=|on)|"
                              r"['\u2019]s)\b|"
                              r"\b(?:ends?|ended|finish\w*|stops?)\s+on\s+(?:the\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|"
                              # "our support runs through Thursday 31 December", "I thought it ran until the 31st"
                              r"\b(?:support|contract|agreement|service|it)\s+(?:runs?|ran|goes|went|lasts?|continues?)\s+"
                              r"(?:through|until|till|to|up\s+to)\b|"
                              # "so we have until the 31st of Dec right?"
                              r"^(?:so\s+|and\s+|ok\s+|okay\s+)?(?:we|i)\s+(?:have|'ve\s+got|got|still\s+have)\s+until\b", re.I)

_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}\b", re.I)


_MOVE_ASKED = re.compile(r"\b(?:move|push|extend|shift|change|delay|postpone|bump)\w*\b", re.I)


def asks_to_move_the_day(text: str) -> bool:
    """A day proposed for the end ("Can we move our end date to January 18?"), not one misread as it."""
    return bool(_MOVE_ASKED.search(text))


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


# "after january can we still ring you?": a whole month named, with nothing of it but its name
_AFTER_A_MONTH = re.compile(r"\b(?:after|beyond|past)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*\d)", re.I)


def names_a_day_after(text: str, last_day: date | None, today: date) -> bool:
    """The message names a day after the last day of support ("can you come in on the 22nd?"), or a time after a
    month that ends after it ("after january", for a last day in January)."""
    if not last_day:
        return False
    for found in _AFTER_A_MONTH.finditer(text):
        month = _MONTHS.index(found.group(1).lower()) + 1
        year = today.year if month >= today.month else today.year + 1
        following = date(year + month // 12, month % 12 + 1, 1)   # (the first day after that month)
        if following > last_day:
            return True
    return any(day > last_day for day in days_named(text, today))


_WHERE_IT_STANDS = re.compile(r"\b(?:in\s+transition|being\s+offboarded|offboarded|still\s+(?:a\s+)?client|ended|done)\s*\?",
                              re.I)


def asks_where_it_stands(text: str) -> bool:
    """"Wayne Freight - are they in transition or done?": the phase asked of a client."""
    return bool(_WHERE_IT_STANDS.search(text))


_WHEN_SUPPORT_ENDS = re.compile(
    r"\bwhen\b[^.?!]{0,30}\b(?:support|contract|agreement|service)\b[^.?!]{0,10}\b(?:ends?|stops?|finish\w*)\b", re.I)


def asks_when_support_ends(text: str) -> bool:
    """"... wants to know when their support ends": the end asked, in a question about someone's support."""
    return bool(_WHEN_SUPPORT_ENDS.search(text))


_CUTOVER = r"cut-?over|switch-?over|change-?over"
_LAST_DAY_OR_CUTOVER = re.compile(rf"\b(?:{_CUTOVER}|last\s+day|end\s+date|move\s+to)\b", re.I)
_START_OR_CUTOVER = re.compile(r"\b(?:cut-?over|start\w*|take\s+over)\b", re.I)


def speaks_of_the_cutover(text: str) -> bool:
    """"remind them of the cutover / their last day": the day support moves, not everyday support."""
    return bool(_LAST_DAY_OR_CUTOVER.search(text))


def speaks_of_a_start(text: str) -> bool:
    """"the cutover on the 29th", "they start on ...", "take over on ...": a day the new provider begins."""
    return bool(_START_OR_CUTOVER.search(text))


_END_OF_DECEMBER = re.compile(r"\bend\s+of\s+(?:december|dec)\b", re.I)


def month_ends_named(text: str, today: date) -> list[date]:
    """"till the end of December": the 31st of this December, which days_named (day numbers only) misses."""
    return [date(today.year, 12, 31)] if _END_OF_DECEMBER.search(text) else []


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
# "push it to February", "until mid-January", "till the end of Jan": a month asked for, with no day in it
_MONTH_ASKED = re.compile(r"\b(?:(?:the\s+)?(end)\s+of|(?:until|till|til|to|into|through|thru)\s+(?:the\s+)?"
                          r"(?:(mid)[\s-]*|(?:early|late|start\s+of|beginning\s+of)\s+)?)\s*"
                          r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*\d)", re.I)


_EXTEND_TO = re.compile(r"\b(?:extend|push|move|keep|stay|continue|carry\s+on|support|shift)\w*\b", re.I)


def month_asked(text: str, today: date) -> tuple[str, date] | None:
    """A month put forward with no day ("can we push the end to February?"): how to name it back ("February",
    "mid-January", "the end of January") and the first day it could mean, in the next such month from today."""
    # (the month the extension is asked to, before any other month said: "Castle Tech can't start till Feb, can you
    # extend to end of Jan?" asks for January)
    every = list(_MONTH_ASKED.finditer(text))
    found = next((each for each in every if _EXTEND_TO.search(text[max(0, each.start() - 30):each.start()])),
                 every[0] if every else None)
    if not found:
        return None
    month = _MONTHS.index(found.group(3).lower()[:3]) + 1
    year = today.year if month >= today.month else today.year + 1
    name = _MONTH_NAMES[month - 1]
    if found.group(1):
        following = date(year + month // 12, month % 12 + 1, 1)
        return f"the end of {name}", following - timedelta(days=1)
    if found.group(2):
        return f"mid-{name}", date(year, month, 15)
    return name, date(year, month, 1)


# A day that belongs to something else: a licence running out, a renewal, an invoice, their own closure.
_ANOTHER_DEADLINE = re.compile(r"\bruns?\s+out\b|\bexpir\w*|\brenew\w*|\bdue\b|\bwe\s+(?:close|shut|are\s+closed|'re\s+closed)\b|"
                               r"\b(?:invoice|bill)\w*\b|\bdated\b", re.I)
_CLAUSES = re.compile(r"(?<=[,;?])\s+|\s+and\s+")


def without_other_deadlines(text: str) -> str:
    """The message less its clauses about another day ("renew our licences that run out on the 28th, and
    what's the last day?" keeps only the question), so a day left is one put forward as the last day."""
    return " ".join(part for part in _CLAUSES.split(text) if not _ANOTHER_DEADLINE.search(part))


_NOTICE = re.compile(r"\bnotice\b", re.I)


def mentions_notice(text: str) -> bool:
    return bool(_NOTICE.search(text))


# "please confirm in writing the date on which your services ceased": a written confirmation asked for, for their records
_CONFIRMATION_ASKED = re.compile(r"\bconfirm\w*\s+(?:to\s+us\s+)?(?:in\s+writing\s+)?(?:the|our|your)\s+(?:exact\s+)?(?:date|day|end\s+date|last\s+day)\b|"
                                 r"\bwritten\s+confirmation\b|\bconfirm\w*\s+in\s+writing\b", re.I)


def asks_written_confirmation(text: str) -> bool:
    return bool(_CONFIRMATION_ASKED.search(text))



# A day they need an answer by ("Finance needs to know by Friday", "need an answer before Thursday")
_ANSWER_BY = re.compile(r"\b(?:need\w*|want\w*|has|have)\s+(?:to\s+know|an?\s+(?:answer|reply|response|decision)|it|this|to\s+hear)\s+"
                        r"(?:by|before)\s+(?P<day>[^.?!,;]{3,30})", re.I)


_BARE_WEEKDAY = re.compile(r"^\s*(?:this\s+|next\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def answer_needed_by(text: str, today: date) -> date | None:
    """The day a message says it needs an answer by, when it names one ("by Friday": the coming Friday, today if it is one)."""
    found = _ANSWER_BY.search(text)
    if not found:
        return None
    days = days_named(found.group("day"), today)
    if days:
        return days[0]
    weekday = _BARE_WEEKDAY.match(found.group("day"))
    if not weekday:
        return None
    return today + timedelta(days=(_WEEKDAY_NUMBER[weekday.group(1).lower()] - today.weekday()) % 7)
