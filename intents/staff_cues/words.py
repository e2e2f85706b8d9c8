"""Patterns read by more than one kind of staff cue."""
from __future__ import annotations

import re


# Someone on our side is the one asking ("new hire is asking", "finance wants to know"): nothing is owed to the client.
OUR_SIDE_ASKS = re.compile(
    r"\b(?:new\s+(?:hire|starter|guy|girl|tech)|colleague|co-?worker|boss|manager|management|leadership|director|ceo|finance|"
    r"billing|accounts|someone|somebody|people|"
    r"(?:the|our|my|a|one\s+of\s+our)\s+(?:team|tech|engineer|intern|apprentice|auditor|accountant|lawyer|solicitor)|"
    # "Tech wants to delete the backups ...": one of ours, said without an article
    r"(?-i:Tech|Techs)|hr)\s+"
    r"(?:is\s+|are\s+|was\s+|were\s+|keeps?\s+)?(?:asking|asked|asks|wants?\s+to\s+(?:know|do|go|give|make|delete|wipe|remove|"
    r"switch|turn|pull|cut|shut|kill|drop|stop)|wondering|queried|"
    r"said|says|told\s+me|reckons?)\b", re.I)


# The client wondering whether they are still supported ("can they still log tickets?", "already cut us off?").
STILL_SERVED = r"\s+still\s+(?:log|raise|open|send|submit|call|ring|email|get|use)\b"
CUT_OFF = r"\b(?:already|just)\s+cut\s+(?:them|us|her|him)\s+off\b"

# Leave asked of us ("Can you book me off Tue 22 and Wed 23 Dec?"): read by the record's look-ups (to stay out of
# them), by the time-off route and by the plain "I can't book leave".
BOOK_ME_OFF = r"\bbook\s+(?:me|myself)\s+(?:off|out)\b"


# Ending a client in so many words ("should we drop them?", "start their termination notice"): for a client
# not being offboarded, that is a decision nobody has made yet.
ENDING_THEM = re.compile(
    r"\b(?:drop(?:p\w*|s)?|dump\w*|ditch\w*|fir(?:e|ing)|offboard\w*|terminat\w*|get(?:ting)?\s+rid\s+of|chopping\s+block|"
    r"next\s+to\s+go|axed?|"
    # ("on their way out", "we've ended with Acme and Hooli", "parting with the bakery")
    r"on\s+(?:their|its)\s+way\s+out|end(?:ed|ing)\s+with|parting\s+with|"
    r"let(?:ting)?\s+(?:them|\w+)\s+go|part(?:ing)?\s+ways|end(?:ing)?\s+(?:it|things|(?:the|our|their)\s+"
    r"(?:contract|relationship|agreement))|(?:give|giving|serve|serving)\s+(?:them\s+)?notice|"
    # the end of their support spoken of as settled ("their support ends Monday", "their last day")
    r"(?:their|the)\s+(?:support|contract|agreement)\s+(?:ends?|finish\w*|stops?)|their\s+last\s+day(?:\s+of\s+support)?)\b", re.I)

# "please", "thanks", "asap" at the end of what a colleague asks: not part of the words asked for.
TRAILING_COURTESY = re.compile(r"[\s,;:-]*(?:\b(?:pls|plz|please|thanks|thx|asap)\b[\s,;:.!-]*)+$", re.I)
