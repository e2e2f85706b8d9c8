"""The shape a colleague wants the words in: a text, a voicemail, points, a length, a language, a signer,
two versions, the topics to cover."""
from __future__ import annotations

import re

from intents.staff_cues.billing import invoice_line
from intents.staff_cues.pasted import unquoted


_TEMPLATE = re.compile(r"\b(?:templates?|boiler-?plate|reusable|re-?use|generic|form\s+letter|canned|"
                       r"standard\s+(?:reply|email|message|wording|letter|response|script))\b", re.I)


def wants_template(text: str) -> bool:
    """Asks for wording to reuse with any client, rather than for one client."""
    return bool(_TEMPLATE.search(text))


def wants_blank_signature(text: str) -> bool:
    """Asks for the signature left for them to fill in ("Leave the signature block blank, I'll fill it in")."""
    return bool(re.search(r"\b(?:leave|keep)\s+(?:the\s+)?(?:signature|sign-?off|signatory)(?:\s+(?:block|line|part))?\s+"
                          r"(?:blank|empty|open)\b|\bblank\s+(?:signature|sign-?off)\b|\bunsigned\b|"
                          # "Sign-off left blank."
                          r"\b(?:signature|sign-?off|signatory)(?:\s+(?:block|line|part))?\s+(?:left\s+|to\s+be\s+left\s+)?"
                          r"(?:blank|empty)\b|"
                          # "no name at the bottom - I'll add it", "I'll add my name"
                          r"\bno\s+(?:name|signature)\s+(?:at\s+the\s+(?:bottom|end)|on\s+it|underneath)\b|"
                          r"\bi'?ll\s+add\s+my\s+(?:own\s+)?(?:name|signature)\b", text, re.I))


def wants_blanks(text: str) -> bool:
    """Asks for blanks left where names go ("Leave blanks for names")."""
    return bool(re.search(r"\b(?:leave|with|use|put\s+in)\s+(?:\w+\s+)?(?:blanks|gaps|placeholders)\b|\bblanks?\s+for\b|"
                          # "(I'll fill in the name)"
                          r"\b(?:i'?ll|i\s+will|we'?ll)\s+(?:fill|put|add)\s+(?:in\s+)?(?:the|their|her|his)\s+names?\b", text, re.I))


# The shape staff want the script in: a text message, a voicemail, or a few sentences.
# "Two texts max reminding them about the closure": that many text messages
_TEXTS_COUNTED = re.compile(r"\b(two|three|2|3)\s+(?:texts|text\s+messages|sms(?:es|s)?)\b", re.I)
_SMS = re.compile(r"(?:^|[.!?]\s+)text\s+to\b|\b(?:quick|short)\s+text\b|\b(?:two|three|2|3)\s+texts\b|"
                  r"\b(?:sms|text\s+(?:msg|message)|txt|whatsapp|text\s+(?:them|her|him|it|back)|an?\s+text\s+(?:to|for)|my\s+text|"
                  r"(?:msg|message)\s+version|"
                  r"text\s+msg\s+version|under\s+\d+\s+char\w*)\b", re.I)

_VOICEMAIL = re.compile(r"\b(?:voice\s*-?\s*mail|vm\s+script|leave\s+(?:a\s+)?message)\b",
                        re.I)


# A voicemail they left us is what we answer, not the shape of our answer ("left a voicemail ... callback script").
_THEIR_VOICEMAIL = re.compile(r"\b(?:left|sent|got|had|received|in)\s+(?:us\s+|me\s+|him\s+|her\s+)?(?:a\s+|their\s+|the\s+)?"
                              r"voice\s*-?\s*mail\b|"
                              # ("Vandelay's MD called Priya's voicemail": a message they left, no voicemail of ours to write)
                              r"\b(?:called|rang|phoned|left\s+\w+\s+on|hit)\s+(?:\w+['\u2019]s\s+|my\s+|our\s+)voice\s*-?\s*mail\b", re.I)


# Nor is the channel a request came to us by ("asked me on WhatsApp for the login. OK to send?").
_THEIR_CHANNEL = re.compile(r"\b(?:asked|messaged|texted|wrote|pinged|contacted|reached)\s+(?:out\s+)?(?:to\s+)?(?:me|us|him|her|them|"
                            r"\w+)?\s*(?:on|via|over|by|through|in)\s+(?:a\s+)?(?:whatsapp|text|sms)\b", re.I)

_SENTENCES_COUNTED = re.compile(r"\b(?:(?:one|two|three|four|1|2|3|4)\s*(?:-|–|to|or)\s*)?(one|two|three|four|five|six|1|2|3|4|5|6)"
                                # ("one honest sentence", "two short lines")
                                r"[\s-]+(?:(?:honest|short|simple|plain|calm|kind|clear|quick|friendly|polite|firm)\s+)?"
                                r"(?:sentence|line|liner)s?\b", re.I)


# "4-5 sentences": the fewest asked for, too
_SENTENCE_RANGE = re.compile(r"\b(one|two|three|four|1|2|3|4)\s*(?:-|–|to|or)\s*(?:one|two|three|four|five|six|1|2|3|4|5|6)[\s-]+"
                             r"sentences\b", re.I)

# "super short": fewer sentences than "short"
_ONE_LINER = re.compile(r"\b(?:one|1|single)[\s-]?liner\b", re.I)
_VERY_SHORT = re.compile(r"\b(?:super|very|really)[\s-]+(?:short|brief)\b", re.I)
_FEW_SENTENCES = re.compile(r"\b(?:short(?:er)?|brief(?:er)?|quick)\s+(?:version|note|reply|email|message|one|nudge|reminder)\b|"
                            r"\b(?:short|brief|quick)\s+(?:slack|teams|chat)\s+reply\b|"
                            rf"\bkeep\s+it\s+(?:short|brief|tight)\b|{_VERY_SHORT.pattern}|"
                            # "how do i reply? short pls", "... for her to send. Short."
                            r"\b(?:short|brief)\s+(?:pls|please|plz)\b|(?:^|[.!?,]\s*)(?:short|brief)\s*[.!]*\s*$|"
                            # "draft me a reply, short and kind but it's a no"
                            r"\b(?:short|brief)\s+(?:and|but)\s+(?:kind|sweet|polite|friendly|warm|firm|clear|nice)\b", re.I)

_COUNTS = {"one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5, "six": 6, "6": 6}


_EXACT_SENTENCES = re.compile(r"\b(three|four|five|six|3|4|5|6)[\s-]+sentences\b(?!\s*(?:max\w*|tops|or\s+(?:less|fewer)|at\s+most))",
                              re.I)

_AT_MOST = re.compile(r"\b(?:max\w*|at\s+most|no\s+more\s+than|up\s+to|under|fewer\s+than|less\s+than)\s+$", re.I)


# "one sentence for the letter", "a single line to paste": a single sentence asked for
_ONE_SENTENCE = re.compile(r"\b(?:one|a|single)[\s-]+(?:sentence|line)\b", re.I)


def asks_for_one_sentence(text: str) -> bool:
    return bool(_ONE_SENTENCE.search(text))


def fewest_sentences(text: str) -> int:
    """The fewest sentences asked for: a range's lower end ("4-5 sentences max" -> 4), or a number asked for
    exactly ("4 sentences, from Tom"); 0 when none is, or only a most ("3 sentences max")."""
    found = _SENTENCE_RANGE.search(text)
    if found:
        return _COUNTS[found.group(1).lower()]
    exact = _EXACT_SENTENCES.search(text)
    return _COUNTS[exact.group(1).lower()] if exact and not _AT_MOST.search(text[:exact.start()]) else 0


# Words to say out loud (a call, a read-out at the help desk), not a letter: no greeting, no signature.
_SPOKEN = re.compile(r"\b(?:on\s+the\s+(?:phone|call)|over\s+the\s+phone|phone\s+call|read\s+(?:it\s+)?out|read-?out|"
                     # "Reception wants a script for next time": what the front desk says when they ring
                     r"(?:reception|front\s+desk|receptionists?)\s+(?:wants?|needs?|asked\s+for)\s+(?:a\s+)?script\b|"
                     # "I said I'd ring back - what do I say?"
                     r"(?:said|told\s+\w+)\s+(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we'?ll)\s+(?:ring|call|phone)\s+(?:\w+\s+)?back|"
                     # "I'm going to call back. give me what to say"
                     r"(?:i'?m|i\s+am|we'?re)\s+(?:going\s+to|gonna|about\s+to)\s+(?:ring|call|phone)\s+(?:\w+\s+)?back\b|"
                     # "I need to call back. Script?"
                     r"\b(?:i|we)\s+(?:need\s+to|have\s+to|must|should|will|'ll)\s+(?:ring|call|phone)\s+(?:\w+\s+)?back\b|"
                     r"(?:if|when)\s+(?:he|she|they|the\s+client|\w+|an?\s+(?:\w+\s+){0,2}\w+)\s+(?:calls?|rings?|phones?)"
                     r"(?:\s+(?:back|again|in))?|"
                     r"(?:is|are)\s+calling\s+(?:me|us)\b|\b(?:sentences?|lines?|words|something)\s+to\s+say\b|"
                     # "Draft me something I can say to her"
                     # ("2 sentences I can say")
                     r"\b(?:something|sentences?|lines?|words)\s+(?:i|we)\s+can\s+(?:just\s+)?say\b|"
                     r"what\s+to\s+say\s+(?:next\s+time|when\s+(?:he|she|they)\s+(?:calls?|rings?|phones?))|call\s+script|phone\s+script|call\s*-?\s*back\s+script|(?:call|ring|phone)(?:ing)?\s+(?:them|him|her)\s+back|(?:call|ring|phone)\s+(?:their|his|her|the)\s+(?:\S+\s+){0,2}?back\b|what\s+to\s+say\s+on\s+the\s+phone|talking\s+points|(?:say|said)\s+(?:on|during|in)\s+(?:the|a|my|our)\s+(?:call|meeting)|"
                     r"(?:call|meeting)\s+tomorrow|opener|opening\s+(?:line|lines|words)|first\s+\d+\s*(?:sec\w*|s)|"
                     r"(?:call(?:ing)?|phon(?:e|es|ing)|ring(?:s|ing)?)\s+(?:\S+\s+){1,4}?(?:tmrw|tomorrow|today|later|this\s+(?:morning|afternoon))|"
                     r"(?:at|on)\s+(?:the\s+)?(?:reception|front\s+desk)|reception\s+script|"
                     r"for\s+(?:the\s+)?(?:reception|front\s+desk)\s+to\s+(?:read|say)|(?:rings?|ringing|calls?|calling)\s+(?:the\s+)?"
                     r"(?:front\s+desk|reception|help\s*desk))\b|"
                     r"(?:call|zoom|teams\s+call)\s+(?:w/|with)\s+|(?:script|words|lines|points)\s+for\s+(?:the|a|our|my|this)\s+(?:call|zoom)\b|"
                     r"(?:in|before)\s+(?:the|our|my|this)\s+call\b|"
                     # "Vandelay's director is on hold right now ... What do I say?"
                     r"\b(?:is|are|'s|'re)\s+on\s+hold\b|"
                     # "Vandelay keep ringing the support line. Write a short script for whoever picks up."
                     r"\bscript\s+for\s+(?:whoever|anyone|anybody|the\s+person|the\s+one)\s+(?:who\s+)?(?:picks?\s+up|answers?|is\s+on)\b", re.I)


# What happened on a call, told ("the owner screamed at Sam on the phone", "she cried on the phone"): no call to script.
# A call going on now ("Acme's practice manager is crying on the phone"), not one told of afterwards
_LIVE_CALL = re.compile(r"\b(?:is|are|'s|'re)\s+(?:\w+\s+){0,2}on\s+the\s+(?:phone|line)\b", re.I)
# The client rang us ("Acme's practice manager just rang me in tears"): what to say is said on the phone
# ("... called and said what if they paid double?? What do I say back?": the call, returned)
_RANG_US = re.compile(r"\b(?:rang|called|phoned)\s+(?:me|us|the\s+office|(?:earlier\s+|just\s+now\s+)?(?:and|to)\s+(?:said|say|asked|ask|"
                      r"offered|offer|begged|beg|pleaded|plead))\b", re.I)
_PHONE_STORY = re.compile(r"\b(?:cried|crying|screamed|screaming|yelled|yelling|shouted|shouting|rude|upset|sobbing|snapped|"
                          r"kicked\s+off|lost\s+it|was|were)\b[^.?!]{0,25}\bon\s+the\s+phone\b", re.I)


# A meeting or a talk in person: "meeting w/ acme thursday", "script for the meeting", "face to face".
_MEETING = re.compile(r"\b(?:(?:meeting|mtg|sit[\s-]?down)\s+(?:w/|with)\s+|(?:script|words|lines|points)\s+for\s+(?:the|a|our|my|this)\s+"
                      r"(?:meeting|mtg|sit[\s-]?down)|(?:asked|want|wants|booked|set\s+up|have|got)\s+(?:for\s+)?an?\s+(?:meeting|mtg)\b|"
                      r"in\s+person|face[\s-]to[\s-]face|(?:in|at|before)\s+(?:the|our|my|this)\s+(?:meeting|mtg|sit[\s-]?down))", re.I)


# A chat message to the client, posted by the colleague who asked: "teams msg to acme", "reply in their channel".
_CHAT = re.compile(r"\b(?:teams|slack|chat)\s+(?:msg|message|post|dm|reply|note)\b|\b(?:post|message|msg|note|reply|nudge|something|update|lines?)\s+for\s+(?:the\s+|their\s+|our\s+)?(?:[\w&'-]+\s+){0,3}(?:slack|teams)\s+channel\b|\b(?:in|on)\s+(?:slack|teams)\s*:[^?]{0,300}\breply\b|\b(?:asked|posted|wrote|said)\s+(?:\w+\s+)?(?:in|on)\s+(?:slack|teams)\b|\b(?:slack|teams|chat)[\s-](?:length|sized?)\b|\b(?:msg|message|reply|post|note|something)\s+"
                   r"(?:\w+\s+){0,3}?(?:in|on|via|over|through)\s+(?:teams|slack|(?:the|their|our)\s+(?:shared\s+)?(?:channel|chat))\b|"
                   r"\b(?:post|reply)\s+in\s+(?:the|their|our|[\w&-]+['\u2019]s)\s+(?:shared\s+)?(?:channel|thread|chat)\b|\bdm\s+(?:them|him|her)\b|"
                   # ("Bakery's asking in their channel if we're around over Xmas. Reply under 40 words")
                   r"\b(?:asking|asked|asks|posted|wrote)\s+(?:in|on)\s+(?:the|their)\s+(?:shared\s+)?(?:channel|chat)\b[^?]{0,120}\breply\s+"
                   r"(?:under|in|within|below)\s+\d|"
                   # "Globex posted this: '...' - reply please, 3 lines max": a post of theirs answered in a few lines
                   r"\b(?:posted|put)\s+this\s*:(?![^'\"\u2018\u201c]{0,40}\b(?:google|facebook|linkedin|yelp|trustpilot|review)\b)"
                   r"[^?]{0,400}\breply\b[^?.]{0,40}\b(?:[1-5]|one|two|three|four|five)\s+lines?\b|"
                   # "messaged me on LinkedIn ... Reply for LinkedIn, friendly, 2 lines": a direct message, not a letter
                   r"\b(?:reply|message|msg|dm|response)\s+(?:for|on|via|over)\s+linkedin\b|\blinkedin\s+(?:reply|message|msg|dm)\b|"
                   # "two-liner for slack: ...": lines for the chat
                   r"\b(?:one|two|three|1|2|3)[\s-]?liners?\s+(?:for|on|in)\s+(?:slack|teams|the\s+channel|their\s+channel)\b|"
                   # "Bakery channel: 2-line reminder about ...": the channel it goes to, named first
                   r"^\s*(?-i:[A-Z])[\w&'-]*(?:\s+[\w&'-]+)?\s+channel\s*[:\u2014-]|"
                   # "Short nudge for their channel?", "two lines for their channel, polite no"
                   r"\b(?:nudge|reminder|note|message|msg|post|reply|lines?|sentences?|words|thank[\s-]?you|thanks)\s+for\s+(?:the|their|our)\s+"
                   r"(?:shared\s+)?(?:channel|thread|chat)\b|"
                   # "a one-liner for acme's slack channel", "a post for Hooli's channel"
                   r"\b(?:one[\s-]?liner|line|post|note|message|msg|reply)\s+for\s+(?:[\w&'-]+['\u2019]s\s+|the\s+(?-i:[A-Z])[\w&'-]*\s+)"
                   r"(?:shared\s+)?(?:slack\s+|teams\s+)?"   # (and "for the Globex channel")
                   r"(?:channel|thread|chat)\b|"
                   # 'Globex posted "thanks for everything ..." one-line reply?': answered where they posted, in lines
                   r"\b(?-i:[A-Z])[\w&'-]*\s+(?:just\s+)?posted\b[^?]{0,200}\b(?:one|1|two|2|single)[\s-]lines?\s+"
                   r"(?:reply|answer|response)\b|"
                   r"\bpaste\s+(?:\w+\s+){0,2}?(?:in|into)\s+(?:teams|slack|(?:the|their|our)\s+(?:shared\s+)?(?:channel|chat|thread))\b|"
                   # "2-3 sentences to say no nicely in their slack channel": written in the channel, not said
                   r"\b(?:sentences?|lines?|words)\b[^.?!]{0,40}\bin\s+(?:their|the|our|[\w&-]+['\u2019]s)\s+(?:slack\s+|teams\s+|shared\s+)?"
                   r"(?:channel|chat|thread)\b|"
                   # "Two lines max for Slack.", "need a reply for slack, 3 sentences max"
                   r"\b(?:lines?|sentences?|reply|message|msg|post|answer)\b[^.?!]{0,20}\b(?:for|on|in)\s+(?:slack|teams)\b", re.I)


# Points to speak from, not a speech: "talking points", "bullet form".
# A list written for someone of theirs ("a plain-English list for Acme's practice manager of what they'll get from us")
_LIST_FOR_THEM = re.compile(r"\b(?:a|the)\s+(?:plain[\s-]english\s+|simple\s+|short\s+|quick\s+|clear\s+)?list\s+for\s+"
                            r"(?:[\w'\u2019-]+\s+){1,4}?of\s+what\b", re.I)
_POINTS = re.compile(r"\btalking\s+points\b|\bbullet(?:s|ed|\s+points?|\s+form)?\b(?!\s+(?:are\s+|is\s+)?(?:ok|okay|fine|allowed))|"
                     r"\bin\s+points\b|"
                     # "10 items max": a list, however it is posted
                     r"\b(?:1[0-2]|[1-9])\s+items?\s+(?:max|tops|at\s+most)\b|\b(?:max|up\s+to|at\s+most|no\s+more\s+than)\s+(?:1[0-2]|[1-9])\s+items?\b",
                     re.I)   # ("bullets ok" allows them in an email: no talking points)


# A letter asked for in points ("a friendly reply with the next steps, max 6 bullets", "an email in bullet points"),
# not points to speak from.
# ("something to post in Acme's shared channel ... Bullet list": a post in points, read, not spoken)
_LETTER_IN_POINTS = re.compile(r"\b(?:reply|e-?mail|letter|post|(?:handover|intro)\s+note|note\s+to)\b(?![^.?!]{0,40}\btalking\s+points\b)", re.I)


_CALL_SCRIPT = re.compile(r"\b(?:phone|call)\s+script\b|\bscript\s+for\s+(?:the\s+)?(?:call|calling|ringing|phoning)\b", re.I)


_SUBJECT = re.compile(r"\bsubject(?:\s+lines?|\s+for|\s+options?)?\b(?![\s-]+(?:access|request|matter|to))", re.I)


_WRITTEN_ASKED = re.compile(r"\b(?:write|draft|compose)\b[^.?!]{0,30}\b(?:e-?mail|letter)\b|\b(?:e-?mail|letter)\s+(?:to|from)\b|"
                            r"\b(?:follow-?up|short|quick|brief)\s+(?:e-?mail|letter)\b|"   # ("Short follow-up email explaining honestly?")
                            # ("Formal letter for Vandelay ... they keep ringing the help desk": the letter is asked for)
                            r"\b(?:formal|printed|official|signed)\s+letter\b|\bletter\s+(?:for|about)\b|"
                            r"\b(?:give\s+me|need|want|send)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:e-?mail|letter)\b", re.I)


_WITH_SUBJECT = re.compile(r"\b(?:includ\w*|with|plus|add|and)\s+(?:a\s+|the\s+)?subject(?:\s+line)?\b|"
                           # "Subject line plus two lines of body"
                           r"\bsubject(?:\s+line)?\s+(?:plus|and|with|\+|&)\s+[^.?!]{0,30}\b(?:body|email|message|text)\b", re.I)


def wants_subject_with(text: str) -> bool:
    """An email asked for with its subject line ("under 120 words, include a subject line"), not subject lines alone."""
    return bool(_WITH_SUBJECT.search(text))


_PHONE_WORDS = re.compile(r"\b(?:call|phone|ring|rings|voicemail|meeting)\b", re.I)


# Words to go inside someone's own reply ("two sentences Priya can paste into her reply to Acme"): no greeting, no
# signature of ours around them.
_PASTED_INTO = re.compile(
    r"\b(?:sentences?|lines?|wording|words)\b[^.?!]{0,40}?\b(?:paste|drop|slot)\s+(?:in(?:to)?|it\s+in)\b"
    # ("a 2-line reply to paste in their Slack channel" is the message itself, posted as it is)
    r"(?!\s+(?:\w+\s+){0,2}(?:slack|teams|channel|chat|thread|whatsapp)\b)|"
    r"\b(?:paste|drop|slot)\s+(?:\w+\s+)?into\s+(?:her|his|my|their|our|the|a)\s+(?:own\s+)?"
    r"(?:reply|email|e-mail|message|response|letter|answer|draft)\b", re.I)


# A message from one of their people on a social network, to be answered there ("a guy from Globex pinged me on
# LinkedIn ... what do I say back?"): a chat reply to that one person, not a letter to their team.
_THEIR_DM = re.compile(r"\b(?:pinged|messaged|dm'?d|dmed|wrote\s+to|contacted|reached\s+out\s+to|hit)\s+(?:me|us)\s+(?:up\s+)?"
                       r"(?:on|via|over|in)\s+(?:linkedin|instagram|facebook|messenger)\b", re.I)
_SAY_BACK = re.compile(r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+(?:say|write|reply|send)(?:\s+back)?\b|"
                       r"\bhow\s+(?:do|should)\s+(?:i|we)\s+(?:reply|respond|answer)\b", re.I)


def writes_to_one_of_theirs(text: str) -> bool:
    """Words for one of their people who messaged a colleague directly ("their old office manager pinged me on LinkedIn")."""
    return bool(_THEIR_DM.search(text))


# One of theirs written to by role, whose name staff don't have ("to Acme Dental's practice manager ... I don't know her
# name"): greeted with a blank for it
_NAME_UNKNOWN = re.compile(r"\b(?:don'?t|do\s+not|doesn'?t)\s+(?:know|have)\s+(?:her|his|their)\s+name\b|"
                           r"\b(?:her|his|their)\s+name\s+(?:isn'?t|is\s+not)\s+(?:on\s+record|known)\b", re.I)


def leaves_the_name_blank(text: str) -> bool:
    return bool(_NAME_UNKNOWN.search(text))


# "Acme asked in DM if we'd reconsider. Give me one line I can paste back.": a chat message answered in the chat
_ASKED_IN_A_CHAT = re.compile(r"\b(?:asked|asking|messaged|wrote|pinged|dm'?d)\s+(?:\w+\s+){0,2}?(?:in|on|via|over)\s+(?:a\s+)?"
                              r"(?:dms?|direct\s+messages?|teams|slack)\b", re.I)


def answers_a_direct_message(text: str) -> bool:
    return writes_to_one_of_theirs(text) and bool(_SAY_BACK.search(text)) \
        or bool(_ASKED_IN_A_CHAT.search(text)) and not re.search(r"\b(?:e-?mail|letter)\b", text, re.I)


# "a two-line summary of the Acme situation for reception to read out if they phone": reception answering the client
_FOR_RECEPTION = re.compile(r"\bfor\s+(?:the\s+)?(?:reception|front\s+desk)(?:\s+team)?\s+to\s+(?:read|say|use)\b|"
                            r"\bwhat\s+(?:should|does|do)\s+(?:reception|the\s+front\s+desk)\s+say\b", re.I)


def for_reception(text: str) -> bool:
    return bool(_FOR_RECEPTION.search(text))


def script_format(text: str) -> tuple[str, int]:
    """("subject" | "sms" | "voicemail" | "points" | "bulleted" | "paragraph" | "spoken" | "meeting" | "chat" | "short" | "",
    sentences to keep; 0 keeps all) for the shape a staff script is asked in."""
    if _SUBJECT.search(text) and not wants_subject_with(text):
        return "subject", 3
    if _VOICEMAIL.search(_THEIR_VOICEMAIL.sub(" ", text)):
        return "voicemail", 3
    opening_sms = re.match(r"\s*(?:(?:a|an|quick|short|(?:\d|one|two|three)[\s-]*(?:sentence|line)s?)\s+)*(?:text|sms|txt)"
                           r"(?:\s+(?:msg|message))?\s+(?:to|for)\b", text, re.I)
    if opening_sms:
        # "text to Hooli's owner saying we'll call back tomorrow": the call is what the text says ("2-sentence text
        # to ...": in as many sentences)
        counted = _SENTENCES_COUNTED.search(text)
        return "sms", _COUNTS[counted.group(1).lower()] if counted else 2
    if _LIST_FOR_THEM.search(text):
        return "bulleted", 0   # ("a plain-English list for Acme's practice manager of what they'll get"): a note in points
    if _POINTS.search(text):
        # ("Phone script for calling Vandelay back. They've left 3 voicemails demanding we fix their email. Bullets
        # please.": points for the call, whatever else is named)
        if _LETTER_IN_POINTS.search(text) and not _CALL_SCRIPT.search(text):
            most = points_asked(text)[0]
            return "bulleted", most + 1 if most else 0   # (the sentence that leads into the points, then the points)
        return "points", 0
    if re.search(r"\b(?:one|a|single)[\s-]+paragraph\b|\b(?:closing|opening|final|last|first)\s+paragraph\b|\bparagraph\s+(?:i|we)\s+can\s+(?:paste|use|drop)\b|"
                 r"\bparagraph\s+for\s+(?:my|the|our|a)\b|"
                 # "Draft the bit of the email where we suggest an email provider"
                 r"\bthe\s+(?:bit|part|section|paragraph)\s+(?:of|in|for)\s+(?:the|an|my|our)\s+(?:e-?mail|letter)\b",
                 text, re.I) or invoice_line(text) or _PASTED_INTO.search(text):
        counted = _SENTENCES_COUNTED.search(text)   # ("the closing paragraph ... 2-3 sentences": at most three)
        if not counted and _PASTED_INTO.search(text) and asks_for_one_sentence(text):
            return "paragraph", 1   # ("a line to paste into the ticket reply"): one sentence
        return "paragraph", _COUNTS[counted.group(1).lower()] if counted else 0   # words to paste: no greeting, no signature
    if _MEETING.search(text) and not re.search(r"\b(?:call|phone|ring)\b", text, re.I):
        return "meeting", 0
    # A number of sentences asked for wins over a "quick one" said on the way (perhaps in the client's words)
    spoken_asked = _SPOKEN.search(_PHONE_STORY.sub(" ", text))
    counted = _SENTENCES_COUNTED.search(text)
    few = counted or _FEW_SENTENCES.search(text)
    asked = lambda otherwise: _COUNTS[counted.group(1).lower()] if counted else otherwise
    says = re.search(r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+(?:actually\s+|even\s+)?say\b", text, re.I)
    if _LIVE_CALL.search(text) and says:
        return "spoken", asked(0)   # ("... is crying on the phone ... What do I say right now?": words for the call on now)
    if says and _RANG_US.search(text) and not _WRITTEN_ASKED.search(text) and not _CHAT.search(text) \
            and not _SMS.search(text):   # ("... what do i say?? give me a 3 line slack reply i can paste": written)
        return "spoken", asked(0)   # ("... just rang me in tears ... What do I actually say?": words for the call back)
    if re.search(r"\b(?:quick|short)\s+text\b(?!\s+(?:to\s+say|for\s+the\s+call))", text, re.I):
        return "sms", asked(2)   # ("apologised on the phone ... What do I send back? short text pls": a text, not a call)
    if spoken_asked and not _WRITTEN_ASKED.search(text) and not (_CHAT.search(text) and not _PHONE_WORDS.search(text)):
        # said aloud, in as many sentences as asked ("a 3-line script for the phone"); an email asked for after
        # something heard on the phone is still an email
        return "spoken", asked(0)
    if _MEETING.search(text):
        return "meeting", 0
    tiny = _VERY_SHORT.search(text)
    if _CHAT.search(text) or answers_a_direct_message(text):
        return "chat", asked(3) if few else 0
    if _SMS.search(_THEIR_CHANNEL.sub(" ", text)):
        return "sms", 2
    if _ONE_LINER.search(text) and not re.search(r"\b(?:e-?mail|letter)\b", text, re.I):
        return "paragraph", 1   # ("one-liner for when Globex asks us to 'just take a quick look'"): the line alone
    if few:
        # ("a short email ..., under 120 words": the words asked set its length, not a count of sentences)
        unit, most = length_limit(text)
        return "short", asked(2 if tiny else 0 if unit == "words" and most >= 100 else 4)
    return "", 0


# A length asked for in words or characters: "keep it under 120 words", "one SMS (160 chars max)".
_LENGTH_LIMIT = re.compile(
    r"(?:\b|(?=[<\u2264]))(?:under|below|max(?:imum)?|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|within|less\s+than|fewer\s+than|"
    r"no\s+longer\s+than|limit(?:ed)?\s+(?:of|to)|<|\u2264)\s*:?\s*(\d{1,4})\s*(words?|chars?|characters?)\b|"
    r"\b(\d{1,4})\s*-?\s*(words?|chars?|characters?)\s*(?:max(?:imum)?|or\s+(?:less|fewer|under)|tops|limit|at\s+most)\b|"
    # ("... before then. 50 words.": the number of words as a fragment of its own, at the end; "100 words, from me.")
    r"(?:^|(?<=[.!?,;]\s)|(?<=[.!?,;]))\s*(\d{1,4})\s*(words?|chars?|characters?)\s*(?:[,;]\s*[^.?!,;\d]{1,30})?[.!]?\s*$", re.I)


# A length asked for in time, for words said aloud: "30-second voicemail", "under 40 seconds", "~30 sec".
_SECONDS = re.compile(r"(?:~|\babout\s+|\bunder\s+|\bwithin\s+|\bmax\s+|\bat\s+most\s+)?\b(\d{1,3})\s*-?\s*(?:seconds?|secs?|s)\b", re.I)


def seconds_asked(text: str) -> int:
    """How many seconds a script said aloud may take, when the request says; 0 when it doesn't."""
    found = _SECONDS.search(text)
    return int(found.group(1)) if found and 5 <= int(found.group(1)) <= 180 else 0


# A length asked for roughly ("about 150 words", "~80 words"): a target, met within a fifth either way.
_LENGTH_ABOUT = re.compile(r"(?:\b(?:about|around|roughly|approx(?:imately|\.)?|circa)\s+|~\s*)(\d{1,4})\s*words?\b", re.I)


def length_about(text: str) -> int:
    """The words a request asks for roughly ("about 150 words"); 0 when it asks for no rough length."""
    found = _LENGTH_ABOUT.search(text)
    return int(found.group(1)) if found and int(found.group(1)) >= 20 else 0


def asks_for_brevity(text: str) -> bool:
    """Asks for something quick or short ("Quick bullet summary for Priya", "a short update")."""
    return bool(re.search(r"\b(?:quick|short|brief|tl;?dr|high[\s-]level)\b", text, re.I))


def length_limit(text: str) -> tuple[str, int]:
    """("words" | "chars", the most allowed) when the request sets a length; ("", 0) when it sets none. A rough
    length ("about 150 words") allows a fifth more; "under 80 words" allows 79."""
    found = _LENGTH_LIMIT.search(text)
    texts = _TEXTS_COUNTED.search(text)
    if not found and texts:
        return "chars", 153 * _COUNTS[texts.group(1).lower()]   # ("two texts max": two joined texts' room, 153 each)
    if not found:
        about = length_about(text)
        return ("words", about + about // 5) if about else ("", 0)
    if re.match(r"\s*(?:a|per|each|in\s+a|for\s+each|in\s+each)\s+(?:sentence|line)\b", text[found.end():], re.I):
        return "", 0   # ("max 10 words a sentence": short sentences, not a ten-word message)
    number, unit = next((found.group(i), found.group(i + 1)) for i in (1, 3, 5) if found.group(i))
    # ("under 80 words": fewer than 80, so 79 at most; "80 words max": 80)
    strictly = bool(re.match(r"(?:under|below|less\s+than|fewer\s+than|<)", found.group(0), re.I))
    return ("words" if unit.lower().startswith("word") else "chars"), int(number) - strictly


# "two versions of a no: one warm, one a two-liner": each version's words, after the versions are named
_VERSIONS = re.compile(r"\b(?:two|2)\s+(?:different\s+)?versions?\b", re.I)

_ONE_EACH = re.compile(r"\bone\s+((?:(?!\bone\b)[^,;:.!?])+?)(?=\s*(?:[,;.!?]|\band\s+one\b|\bthe\s+other\b|$))", re.I)


def versions_asked(text: str) -> tuple[str, ...]:
    """The two versions staff ask for ("one warm, one a two-liner" -> ("warm", "a two-liner")); () for none."""
    named = _VERSIONS.search(text)
    specs = [found.group(1).strip() for found in _ONE_EACH.finditer(text, named.end())][:2] if named else []
    return tuple(specs) if len(specs) == 2 else ()


def as_one_version(text: str, spec: str) -> str:
    """The request as if only `spec` had been asked for ("I need two versions of a no: one warm, one ..." ->
    "I need a no, warm.")."""
    named = _VERSIONS.search(text)
    ones = list(_ONE_EACH.finditer(text, named.end()))[:2]
    what = re.sub(r"^\s*of\s+", "", text[named.end():ones[0].start()]).strip(" -:\u2013\u2014,")
    spec = re.sub(r"\b(one|two)-liner\b", lambda m: f"{m.group(1)} line{'s' if m.group(1) == 'two' else ''}", spec, flags=re.I)
    return f"{text[:named.start()]}{what}, {spec}{text[ones[1].end():]}"


# What staff say the words should cover ("needs to say: last day, castle tech in touch a week before, and our
# xmas shutdown"), each topic by the words that name it; a topic said not to be mentioned is left out.
_TOPICS = (
    ("last_day", re.compile(r"\blast\s+day\b|\bend\s+date\b|\bsupport\s+ends\b|\bwhen\s+(?:support|we|it)\s+(?:ends?|stops?)\b|"
                            r"\bsupport\s+(?:runs|goes|continues)\s+(?:till|until|to|through)\b", re.I)),
    ("contact_by", re.compile(r"\b(?:get\s+in\s+touch|contact\s+us|reach\s+(?:out|us)|call\s+us|ping\s+us|week\s+before|hear\s+from|"
                              r"(?:handover|provider)\s+deadline|"
                              # "say what we need from them and by when"
                              r"by\s+when|when\s+by)\b", re.I)),
    ("closure", re.compile(r"\b(?:shut\s*down|closure|office\s+(?:is\s+)?closed|closed\s+over|before\s+we\s+(?:close|shut)|"
                           r"we(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:closed|shut)|"
                           r"close\s+for\s+(?:christmas|xmas|the\s+holidays)|"
                           # "if they ask whether we'll be around over Christmas", "are we open over the holidays"
                           r"\b(?:around|open|in|working|about)\s+(?:over|at|during|for)\s+(?:christmas|xmas|the\s+(?:holidays|break))\b|"
                           # "text to hooli owner: closed Thu 24 Dec to Fri 1 Jan, ..."
                           r"(?:shut|closed)\s+(?:from\s+)?(?:mon|tue|wed|thu|fri|sat|sun|\d)\w*\b[^.;]{0,20}\bto\b)", re.I)),
    ("data_drive", re.compile(r"\b(?:external\s+drive|usb|hard\s+drive|copy\s+of\s+(?:their|your|all)\s+(?:data|files)|data\s+drive|"
                              r"(?:data|files)\s+on\s+(?:a|an|the)\s+drive|"
                              r"(?:what\s+happens\s+to|about)\s+(?:their|your|the)\s+(?:data|files)|"
                              # "about getting their data and passwords over to the new provider"
                              r"(?:get(?:ting)?|mov(?:e|ing)|hand(?:ing)?\s+over|send(?:ing)?|transfer(?:ring)?)\s+(?:all\s+)?(?:their|your)\s+"
                              r"(?:data|files)\b(?:\s+and\s+\w+)?\s+(?:over|across|to))\b", re.I)),
    ("email_host", re.compile(r"\b(?:email\s+(?:host|provider|service)|hosted\s+email|move\s+(?:their|your)\s+e-?mail)\b", re.I)),
    # ("They'll ask why, so I need that bit to be honest")
    ("reason", re.compile(r"\b(?:the\s+(?:real\s+|actual\s+)?reason|why\s+we(?:'re|\s+are)?|(?:ask|asks|asking|asked)\s+why)\b", re.I)),
    ("passwords", re.compile(r"\b(?:passwords?|credentials|admin\s+(?:access|accounts?|logins?))\b", re.I)),
    # "confirming the end date and handover steps": what we hand over, and how
    ("handover_steps", re.compile(r"\bhandover\s+(?:steps|plan|process)\b|\bsteps\s+(?:for|of|in)\s+the\s+handover\b|"
                                  r"\bwhat\s+(?:we'?ll|we\s+will)\s+hand\s+over\b|\bwhat\s+happens\s+next\b|\bnext\s+steps\b", re.I)),
    # (the handover signed off, not the letter's own: "Sign-off left blank", "sign off as Priya")
    ("sign_off", re.compile(r"\bsign[\s-]?off\b(?!\s+(?:as|with|from|by|left|blank|empty|line|block|it|the\s+(?:letter|e-?mail|"
                            r"message|note))\b)", re.I)),
    ("our_access", re.compile(r"\bour\s+(?:own\s+)?access\b|\baccess\s+(?:coming\s+off|removed|removal)\b", re.I)),
    ("final_invoice", re.compile(r"\bfinal\s+invoice\b", re.I)),
)

_NOT_THIS = re.compile(r"\b(?:don'?t|do\s+not|without|no|not|never|leave\s+out|skip)\b[^.,;:!?]{0,25}$", re.I)


# Words quoted in single quotes ("asking if we can 'just reset one password real quick'"): theirs, not a topic.
# (a sentence of theirs, four words or more: a name quoted, "the 'last day' reminder", is still the topic)
_SINGLE_QUOTED = re.compile(r"(?<![\w'])['\u2018][^'\u2018\u2019\n\s]+(?:\s+[^'\u2018\u2019\n\s]+){3,}['\u2019](?![\w'])")


# "one password reset, literally 2 mins": a user's password reset is a fault, not passwords to hand over
_RESET_NAMED = re.compile(r"\bpassword\s+resets?\b|\breset\w*['\u2019]?\s+(?:\w+\s+){0,2}?passwords?\b|\blocked\s+out\b", re.I)


def topics_asked(text: str) -> tuple[str, ...]:
    """The topics a request for words names for them to cover, in the order listed above (never a topic named only
    in someone else's quoted words)."""
    text = _SINGLE_QUOTED.sub(" ", unquoted(text))
    found = []
    for topic, pattern in _TOPICS:
        match = pattern.search(text)
        if topic == "passwords" and _RESET_NAMED.search(text):
            continue
        if match and not _NOT_THIS.search(text[max(0, match.start() - 40):match.start()]):
            found.append(topic)
    return tuple(found)


def topics_left_out(text: str) -> tuple[str, ...]:
    """The topics a request says to leave out ("no need to mention the shutdown")."""
    text = _SINGLE_QUOTED.sub(" ", unquoted(text))
    return tuple(topic for topic, pattern in _TOPICS
                 if any(_NOT_THIS.search(text[max(0, match.start() - 40):match.start()]) for match in pattern.finditer(text)))


# Who the script is from, when staff say ("an email from me (Marco, tech)", "sign it as Dana Whitfield").
_SIGNED_BY = re.compile(r"\b(?i:from\s+me)\s*[(,\-–]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|\b(?i:signed|sign(?:ing)?(?:\s+it|\s+off)?)\s+(?i:by|as|from)\s+"
                        r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s+((?:[A-Z][a-z]+\s?){1,3}))?|"
                        # "signed by me (Dana Ortiz, Service Delivery)", "sign it 'The Support Team'"
                        r"\b(?i:signed|sign\s+it)\s+(?i:by|as|from)\s+(?i:me)\s*\(\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                        # ("they've signed with 'NetWorks Pro'" is their new contract, not a signature)
                        r"(?:,\s*([^)]{2,40}))?\)|(?<!ve\s)(?<!ve\s\s)(?<!have\s)(?<!has\s)(?<!they\s)(?<!we\s)\b(?i:signed|sign(?:\s+it|\s+off)?)\s+"
                        r"(?i:as\s+|from\s+|(?<=it\s)with\s+|(?<=off\s)with\s+)?[\'\"\u2018\u201c]"
                        r"([A-Za-z][^\'\"\u2019\u201d]{1,40})[\'\"\u2019\u201d]|"   # ("sign it 'the support team'")
                        # "... to call back with. i'm Tom": who is asking says who they are, last
                        r"(?:^|[.!?,;]\s*)(?i:i'?m|i\s+am|it'?s)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[.!]?\s*$|"
                        # "I'm the one calling (Nadia)"
                        r"\b(?i:i'?m|i\s+am)\s+(?i:the\s+one\s+(?:calling|ringing|phoning|sending\s+it|signing(?:\s+it)?))\s*"
                        r"[(,\-\u2013]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
                        # "... under 160 chars. from Dana @ support": who it is from, said last
                        r"[.,;]\s*(?i:from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*@\s*\w+)?\s*[.!]?\s*$|"
                        # "Letterhead style, signed Priya Shah, Account Manager.", "Sign it Priya Shah, Account Manager.",
                        # "Numbered list, sign Priya Shah."
                        r"\b(?i:signed|sign(?:\s+it)?)\s+([A-Z][a-z]+\s+[A-Z][a-z]+)(?:,\s+((?:[A-Z][a-z]+\s?){1,3}))?|"
                        # "Give Jake a short text he can send back", "a reply for Jake to send": the one who sends it
                        r"\b(?i:give|write|draft)\s+([A-Z][a-z]+)\s+(?i:a|an|some)\s+(?:[\w-]+\s+){0,3}?(?i:text|message|reply|e-?mail|note|"
                        r"script|words)\s+(?i:(?:that\s+)?(?:he|she|they)\s+can\s+(?:send|use|say|read))\b|"
                        r"\b(?i:for)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:to\s+(?:send|use|say|post|leave|read\s+out))\b|"
                        # "voicemail script pls -- Priya calling the dental practice": who leaves the message
                        r"\b(?i:voicemail|vm|script|message)\b[^.?!]{0,30}?[-\u2013\u2014,:(]+\s*([A-Z][a-z]+)\s+(?i:calling|ringing|phoning)\b|"
                        # "... it's from priya": who it is from, said last, however it is typed
                        r"(?:^|[.!?,;]\s*)(?i:it'?s|it\s+is|this\s+is)\s+(?i:from)\s+(?!(?i:me|us|the|our|you)\b)([A-Za-z][a-z]+)\s*[.!]?\s*$|"
                        # "Tom's name at the bottom", "put Priya's name on it", "80 words max, Priya's name"
                        r"\b([A-Z][a-z]+)'s\s+(?i:name)(?:\s+(?i:at\s+the\s+(?:bottom|end)|on\s+it|under\s+it)\b|(?=\s*(?:[.,;!]|$)))|"
                        # "Three sentences max, sign it Sam.": a first name alone, said last in its clause
                        r"\b(?i:sign(?:ed)?\s+it|sign\s+(?:off\s+)?as)\s+([A-Z][a-z]+)(?=\s*(?:[.,;!]|$))|"
                        # "Priya wants me to draft the reply": hers to send, drafted by whoever asks
                        r"\b([A-Z][a-z]+)\s+(?i:wants|needs|asked|would\s+like)\s+(?i:me|us)\s+to\s+(?i:draft|write|do|put\s+together)\s+"
                        r"(?i:the|a|an|her|his)\s+(?:[\w-]+\s+){0,2}?(?i:reply|response|e-?mail|letter|answer|note)\b|"
                        # "Write a short post for #team, Sam signing.": the name, then who signs
                        r"[.,;]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:signing|to\s+sign|signs)(?:\s+(?i:it|off))?\s*[.!]?\s*$")


# "One page, signed by our MD", "Signed by whoever owns the account": a signer named by role, not by name
_SIGNER_ROLE = re.compile(r"\bsign(?:ed)?\s+(?:it\s+|off\s+)?(?:by|from|as)\s+(?:(?:our|the)\s+(?P<role>md|managing\s+director|ceo|"
                          r"director|founder|boss|owner)\b|(?P<owner>whoever\s+owns\s+(?:the|their|this)\s+account|the\s+account\s+"
                          r"(?:owner|manager)))", re.I)
_ROLE_TITLES = {"md": "Managing Director", "managing director": "Managing Director", "ceo": "CEO", "director": "Director",
                "founder": "Founder", "boss": "Managing Director", "owner": "Owner"}


def signer_role(text: str) -> str:
    """"owner" for the account owner asked to sign, a title ("Managing Director") for a role; "" for none."""
    found = _SIGNER_ROLE.search(text)
    if not found:
        return ""
    return "owner" if found.group("owner") else _ROLE_TITLES[re.sub(r"\s+", " ", found.group("role").lower())]


def signed_by(text: str) -> str:
    """The name staff want the script signed with, and the title they give with it ("Priya Shah\nAccount
    Manager"); "" otherwise."""
    found = _SIGNED_BY.search(text)
    if not found:
        return ""
    quoted = found.group(6) or ""
    name = found.group(1) or found.group(2) or found.group(4) or quoted[:1].upper() + quoted[1:] or found.group(7) or found.group(8) \
        or found.group(9) or found.group(10) or found.group(12) or found.group(13) or found.group(14) \
        or (found.group(15) or "").capitalize() or found.group(16) or found.group(17) or found.group(18) or found.group(19)
    title = found.group(3) if found.group(2) else found.group(5) if found.group(4) else found.group(11) if found.group(10) \
        else None
    if not title:   # ("Sign off from me, Sam Taylor, Service Delivery."): the title said after the name
        after = re.search(rf"\b{re.escape(name)},\s+((?:[A-Z][a-z]+\s?){{1,3}})(?=\s*(?:[.;!]|$))", text)
        title = after.group(1) if after and not _DAY_OR_MONTH.search(after.group(1)) else None
    return f"{name}\n{title.strip()}" if title else name


_DAY_OR_MONTH = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
                           r"september|october|november|december|today|tomorrow)\b", re.I)


# Who the reply is to, by name: the signature of a pasted message ("- Dr. Okafor", "Cheers, Marcus"), or a name with
# a title in the request ("reply to Dr Okafor").
_SIGNED_OFF = re.compile(r"(?:^|[\n.!?]\s*|\s)(?:(?i:thanks|thank\s+you|cheers|regards|best|kind\s+regards|many\s+thanks|"
                         r"best\s+wishes|warm\s+regards)[,!.]?\s+|[-–—]\s*)((?:(?i:dr|mr|mrs|ms|prof)\.?\s+(?:[A-Z]\.\s*)?)?[A-Z][a-z'-]+"
                         r"(?:\s+[A-Z][a-z'-]+)?)\s*[.!]?\s*$")

_TITLED = re.compile(r"\b(?:to|for)\s+((?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][a-z'-]+)")


# A titled name alone on a message's last line ("Dr. Ramos"): how the writer signed.
_NAME_LINE = re.compile(r"\n\s*((?i:dr|mr|mrs|ms|prof)\.?\s+[A-Z][a-z'-]+)\s*$")


# A letter's sign-off and the name under it, with an initial and a role after it ("Yours faithfully,\nR. Alvarez,
# Operations Director", "Regards,\nArt V.", "Sincerely,\nDr H. Lee").
_LETTER_SIGNED = re.compile(r"(?i:yours\s+(?:faithfully|sincerely|truly)|sincerely|(?:kind\s+|best\s+|warm\s+)?regards|many\s+thanks|"
                            r"best\s+wishes)[,.]?\s*\n\s*((?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?(?:[A-Z]\.\s*)?[A-Z][a-z'-]+"
                            r"(?:\s+(?:[A-Z]\.|[A-Z][a-z'-]+))?)\s*(?:,[^\n]*)?\s*$")


# Words after a sign-off that are no one's name ("Best Regards", "Thanks, Happy Holidays").
_NOT_A_NAME = {"regards", "wishes", "holidays", "christmas", "xmas", "year", "team", "everyone", "all", "again", "folks",
               "guys", "you", "again", "so", "much", "in", "advance", "a", "lot", "urgent", "please",
               # a department signs, not a person ("Accounts Department", "Practice Office")
               "department", "dept", "accounts", "office", "desk", "payable", "receivable", "reception", "admin",
               "management", "finance", "billing", "director", "manager",
               # ("Yours faithfully, The Partners, Acme Dental": the firm's partners sign together, not a person)
               "the", "partners", "directors", "board", "owners", "operations", "ops", "procurement", "it"}


def addressee(text: str, pasted: str = "") -> str:
    """The person a reply is addressed to, as they sign or are named ("Dr Okafor", "Marcus"); "" when unnamed."""
    found = (_SIGNED_OFF.search(pasted.strip()) or _NAME_LINE.search(pasted.rstrip())
             or _LETTER_SIGNED.search(pasted.rstrip())) if pasted else None
    found = found or _TITLED.search(text)
    if not found or {word.lower() for word in found.group(1).split()} & _NOT_A_NAME:
        return ""
    name = re.sub(r"^(Dr|Mr|Mrs|Ms|Prof)\.", r"\1", found.group(1))
    # "Art V." is written to as "Art" ("Dr M." keeps its initial: a title alone names no one)
    name = re.sub(r"^(?!(?:Dr|Mr|Mrs|Ms|Prof)\b)(\w[a-z'-]+)\s+[A-Z]\.$", r"\1", name)
    name = re.sub(r"^((?:Dr|Mr|Mrs|Ms|Prof)\s+[A-Z])\.$", r"\1", name)
    # "Dr. Ana Ruiz" is written to as "Dr Ruiz": a title goes with the surname
    titled = re.match(r"(Dr|Mr|Mrs|Ms|Prof)\s+\S+\s+(\S+)$", name)
    return f"{titled.group(1)} {titled.group(2)}" if titled else name


# "from me", "I'll send it", "a line I can paste", "I'm emailing them": the one asking sends it, under their own name
_SENT_BY_THE_ASKER = re.compile(r"\b(?:from|by|as)\s+me\b|\bme\s+to\s+(?:send|post|paste|use)\b|\b(?:write|draft|give|do)\s+me\b|"
                                r"\b(?:i|we)(?:'ll|\s+will|'m|\s+am|\s+can|\s+could|'d|\s+would|\s+need\s+to|\s+want\s+to|\s+have\s+to)?\s+"
                                r"(?:going\s+to\s+|gonna\s+)?(?:send|sending|post|posting|paste|pasting|email|emailing|reply|replying|"
                                r"write|writing|message|messaging|dm|text|texting)\b(?!\s+(?:to\s+)?(?:priya|tom))|"
                                r"\bmy\s+(?:name|reply|email|message)\b|"
                                # written to them on the asker's own thread or phone: "replied to my last email", "DM'd me"
                                r"\bmy\s+(?:last\s+|own\s+)?(?:email|thread|message|mobile|phone|dm|inbox)\b|"
                                r"\b(?:dm'?d|messaged|emailed|texted|rang|called|rung|wrote\s+to)\s+me\b|\bi(?:'m|\s+am|'ll|\s+will)\s+sign|"
                                # ("Acme's owner is asking me for the real reason"): asked of the one asking, answered by them
                                r"\b(?:is|are|was|were|keeps?)\s+(?:asking|pressing|pushing|begging)\s+me\b|\basked\s+me\s+(?:for|why|straight|"
                                r"directly|outright|point[\s-]blank)\b|"
                                # "Reply for me?", "write one for me to send"
                                r"\b(?:reply|respond|answer)\s+for\s+me\b|\bfor\s+me\s+to\s+(?:send|post|use)\b|"
                                # "reply to this from Vandelay for me"
                                r"\b(?:reply|respond|answer)\s+to\s+(?:this|that|it|them)(?:\s+from\s+[\w&'-]+(?:\s+[\w&'-]+)?)?\s+"
                                r"for\s+me\b|"
                                # ("I'm calling Acme's practice manager this afternoon ... talking points"): the caller speaks
                                r"\bi(?:'m|\s+am)\s+(?:calling|ringing|phoning)\b|\bi(?:'ll|\s+will)\s+be\s+(?:calling|ringing|phoning)\b", re.I)


def sent_by_the_asker(text: str) -> bool:
    return bool(_SENT_BY_THE_ASKER.search(text)) or signs_as_me(text)


def greets_by_name(text: str, name: str) -> bool:
    """A message that opens on someone's first name ("Hi Sam, we're really sorry ...", "Sam, we're genuinely sorry"):
    written to them."""
    return bool(name) and bool(re.match(rf"\W*(?:(?:hi|hello|hey|dear|morning|afternoon)\s+{re.escape(name)}\b|{re.escape(name)}\s*[,—–-])",
                                        text, re.I))


def signs_as_me(text: str) -> bool:
    """"sign it from me", "signed by me": the colleague who asks, by name (even under a chat post)."""
    # ("I'm signing it myself (Sam Taylor), not Priya")
    return bool(re.search(r"\bsign(?:ed)?\s+(?:it\s+)?(?:from|by|as)\s+me\b(?!\s*\()|\bi(?:'m|\s+am|'ll|\s+will)\s+(?:be\s+)?"
                          r"sign(?:ing)?\s+(?:it\s+|this\s+)?myself\b", text, re.I))


# "sign off from Priya and me", "signed by me and Tom": two names under it, the colleague's and the asker's
_SIGNED_JOINTLY = re.compile(r"\b(?i:sign(?:ed)?(?:\s+it)?(?:\s+off)?\s+(?:from|by|as)|(?:it'?s\s+)?from)\s+(?:([A-Z][a-z]+)\s+"
                             r"(?i:and|&)\s+(?i:me|myself)|(?i:me|myself)\s+(?i:and|&)\s+([A-Z][a-z]+))\b")


def signed_jointly(text: str) -> str:
    """The colleague's first name when staff ask for a script signed by the two of them ("from Priya and me"); ""."""
    found = _SIGNED_JOINTLY.search(text)
    return (found.group(1) or found.group(2)) if found else ""


def signs_as_the_team(text: str) -> bool:
    """"sign as the team", "from the team": no one person's name under it."""
    # ("from 'the team'": quoted too)
    # ("sign it from the support team": the firm's team, whichever one)
    return bool(re.search(r"\bsign(?:ed)?\s+(?:it\s+)?(?:as|from|by)\s+['\"\u2018\u201c]?(?:the\s+)?(?:whole\s+|support\s+|help\s*desk\s+|"
                          r"service\s+desk\s+)?team\b|"
                          r"\b(?:from|by)\s+['\"\u2018\u201c]?the\s+"
                          r"(?:whole\s+)?team\b(?!\s+(?:channel|chat|meeting|lead))|"
                          # "Formal letter please, from the company - no named signer needed"
                          r"\bfrom\s+the\s+(?:company|firm|business)\b|\bno\s+(?:named\s+)?(?:signer|signatory|signature)\b|"
                          # "signed on behalf of the firm, not by a named person"
                          r"\bon\s+behalf\s+of\s+the\s+(?:company|firm|business)\b|\bnot\s+(?:by\s+)?a\s+named\s+person\b", text, re.I))


# The call is theirs being returned ("Vandelay left 3 voicemails. I'll call back", "returning Dr Lee's call"): the
# voicemail says so first. ("I left a voicemail" is ours, and "ask them to call back" asks for a call.)
_RETURNS_A_CALL = re.compile(r"\b(?:i'?ll|i\s+will|i'?d|i\s+would|i'?m|we'?ll|we'?d|going\s+to|gonna)\s+(?:call|ring|phone)\s+"
                             r"(?:\w+\s+)?back\b|"   # ("I said I'd call back")
                             r"\b(?:calling|ringing|phoning)\s+(?:(?:them|him|her)\s+)?back\b|\bcall-?back\s+script\b|\breturn(?:ing)?\s+(?:their|the|his|"
                             r"her|a|(?:\w+\s+)?\w+'s)\s+(?:\w+\s+)?calls?\b|(?<!\bi\s)(?<!\bwe\s)\bleft\s+(?:us\s+|me\s+)?(?:\w+\s+){0,2}"
                             r"(?:voicemails?|vms?|voice\s+messages?)\b|"
                             # ("... just rang ... the words to say back when I call her in an hour")
                             r"\bwhen\s+(?:i|we)\s+(?:call|ring|phone)\s+(?:them|him|her)\s+(?:back\b|in\s+an?\s+(?:hour|bit|minute|few)|later\b)", re.I)


def returns_a_call(text: str) -> bool:
    return bool(_RETURNS_A_CALL.search(text))


def speaker_named(text: str) -> str:
    """The colleague names themselves at the start ("Priya here.", "it's Tom -"); "" otherwise."""
    found = re.match(r"\s*(?:(?:hi|hey|hello)[,!]?\s+)?(?:(?:it'?s|this\s+is)\s+([A-Z][a-z]+)\b|([A-Z][a-z]+)\s+here\b)", text)
    return (found.group(1) or found.group(2)) if found else ""


# "Formal termination confirmation letter for Acme", "a letter confirming termination of the agreement": the notice
# itself in a letter, whatever else it should say (the reason, plainly, is one sentence of it)
_TERMINATION_LETTER = re.compile(r"\b(?:termination|notice)\s+(?:confirmation\s+)?letter\b|\bletter\b[^.?!]{0,60}\bconfirm\w*\s+"
                                 r"(?:the\s+)?(?:termination|notice|end\s+of\s+(?:the|our)\s+(?:agreement|contract))\b|"
                                 # "a formal letter to Vandelay Imports confirming services have ended"
                                 r"\bletter\b[^.?!]{0,60}\bconfirm\w*\s+(?:that\s+)?(?:our\s+|the\s+|their\s+)?(?:it\s+)?(?:services?|support|"
                                 r"agreement|contract)\s+(?:has|have)\s+(?:now\s+)?(?:ended|finished|stopped|ceased)\b|"
                                 # "'formal written confirmation' that our relationship is over. Write a proper letter"
                                 r"\bconfirmation\b[^.?!]{0,30}\bthat\s+(?:our|the)\s+(?:relationship|agreement|contract|support|"
                                 r"services?)\s+(?:is|has)\s+(?:over|ended|finished)\b[^?!]{0,80}\bletter\b|"
                                 # "want written confirmation of when our support ended. Formal letter please"
                                 r"\bwritten\s+confirmation\s+(?:of\s+)?(?:when|that)\s+(?:our\s+|the\s+|their\s+)?(?:support|"
                                 r"agreement|contract|services?)\s+(?:ended|finished|stopped|was\s+terminated)\b|"
                                 # "a formal letter ... confirming we've stopped supporting them"
                                 r"\bletter\b[^.?!]{0,60}\bconfirm\w*\s+(?:that\s+)?we(?:'ve|\s+have)\s+(?:now\s+)?(?:stopped|ceased|ended|"
                                 r"finished)\s+(?:supporting|support|working\s+with)\b|"
                                 # "a letter to the Vandalay people confirming the date their support ended"
                                 r"\bletter\b[^.?!]{0,60}\bconfirm\w*\s+(?:the\s+)?(?:date|day)\b[^.?!]{0,30}\b(?:support|services?|"
                                 r"agreement|contract)\s+(?:ended|ceased|finished|stopped)\b", re.I)


# Words to go out once the last day has passed ("the 'support has now ended' email for Acme to go out the morning after
# their last day"): written as the day after, in the past tense, while the client is still in transition today.
_SENT_AFTER_THE_END = re.compile(r"\b(?:morning|day)\s+after\s+(?:their|its|the|acme's|[\w'-]+'s)\s+(?:last|final)\s+day\b|"
                                 # "the closing email to Hooli for after their last day"
                                 r"\b(?:for|to\s+(?:go\s+out|send|be\s+sent))\s+(?:just\s+)?after\s+(?:their|its|the)\s+(?:last|final)\s+day\b|"
                                 r"\b(?:once|after|when)\s+(?:their|the)\s+support\s+has\s+(?:now\s+)?ended\b[^.?!]{0,20}\b(?:send|go\s+out)", re.I)


def sent_after_the_end(text: str) -> bool:
    """(not "the 'support has now ended' email ... on their last day": support runs through that day, so that is the
    last-day note)"""
    return bool(_SENT_AFTER_THE_END.search(text))


def wants_termination_letter(text: str) -> bool:
    return bool(_TERMINATION_LETTER.search(text))


# "Need an email to Acme Dental confirming we're ending support ... Be straight about why": the ending, confirmed in
# writing with its reason, not the reason alone
_ENDING_CONFIRMED = re.compile(r"\b(?:e-?mail|letter|note|message)\b[^.?!]{0,50}\bconfirm\w*\s+(?:that\s+)?(?:we'?re|we\s+are|we)\s+"
                               r"(?:ending|end|finishing|stopping|terminating)\b", re.I)


def confirms_the_ending(text: str) -> bool:
    return bool(_ENDING_CONFIRMED.search(text))


def wants_light(text: str) -> bool:
    """A light touch asked for ("keep it light, not snarky", "a light-hearted reply")."""
    return bool(re.search(r"\b(?:(?:keep|make)\s+(?:it|this|the\s+\w+)|something|tone|touch)\s+(?:\w+\s+)?(?:light|light-?hearted|playful)\b|"
                          r"\blight(?:-?hearted)?\s+(?:reply|tone|touch|response|answer|note|message)\b", text, re.I))


def wants_formal(text: str) -> bool:
    """A formal letter ("formal letter", "on letterhead"): opened "Dear", closed "Yours sincerely"."""
    return bool(re.search(r"\bformal(?:ly)?\b|\bletter-?head\b|\bofficial\s+letter\b|\bproper\s+letter\b", text, re.I))


_BODY_ONLY = re.compile(r"\bbody\s+only\b|\b(?:just|only)\s+the\s+(?:letter\s+)?body\b", re.I)


def wants_letter_layout(text: str) -> bool:
    """A letter to print or file ("formal letter", "a proper letter", "as a PDF", "on letterhead"): laid out as one,
    with the date, who it is to and what it is about above the greeting, unless only the body is asked for ("it goes on
    letterhead so body only")."""
    return not _BODY_ONLY.search(text) and bool(re.search(r"\b(?:formal|proper|official)\s+letter\b|\bletter-?head\b|"
                          # ("something formal in writing ... Letter please")
                          r"\b(?:something|anything)\s+(?:formal|official)\s+in\s+writing\b[^?!]{0,120}\bletter\b|"
                          r"\bletter\b[^.?!]{0,60}\b(?:pdf|on\s+paper|for\s+(?:their|our)\s+(?:files|records))\b|"
                          r"\bpdf\b[^.?!]{0,30}\bletter\b", text, re.I))


# "3 bullets", "max 15 words each": how many points a list has and how long each may be.
_POINT_COUNT = re.compile(r"\b(one|two|three|four|five|six|1[0-2]|[1-9])[\s-]+(?:short\s+|quick\s+|key\s+)?(?:bullets?|bullet\s+points|points|"
                          r"lines?|items?)\b", re.I)

_PER_POINT = re.compile(r"\b(?:max(?:imum)?|under|no\s+more\s+than|at\s+most|up\s+to)\s+(\d{1,3})\s+words?\s+(?:each|per\s+(?:bullet|point|line))\b|"
                        r"\b(\d{1,3})\s+words?\s+(?:max\s+)?(?:each|per\s+(?:bullet|point|line))\b", re.I)

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def points_asked(text: str) -> tuple[int, int]:
    """(how many points, most words in each) a list is asked in; 0 where the request sets none."""
    count, each = _POINT_COUNT.search(text), _PER_POINT.search(text)
    number = count.group(1).lower() if count else ""
    return (_NUMBERS.get(number) or int(number) if number else 0,
            int(each.group(1) or each.group(2)) if each else 0)


_TALKING_POINTS = re.compile(r"\b(?:talking|bullet)\s*points?\s+(?:for|at|in)\s+(?:the|a|our|my|this|tomorrow'?s)\s+"
                             r"(?:(?:\w+\s+){0,2}?(?:meeting|mtg|sit[\s-]?down)|handover\s+call)\b", re.I)


def wants_agenda(text: str) -> str:
    """"agenda" or "talking points" when a meeting's agenda or the points to cover in it are asked for (a list,
    not a speech); else ""."""
    return "agenda" if re.search(r"\bagenda\b", text, re.I) else "talking points" if _TALKING_POINTS.search(text) else ""


# Another client named as the model to follow ("end date same as Acme", "just like we did for Hooli", "same as we
# did for Acme"): not whom
# the message is about.
_COMPARED_WITH = re.compile(r"\b(?:(?:the\s+)?same\s+(?:[\w-]+\s+){0,3}?as(?:\s+we\s+(?:did|sent|wrote|used))?(?:\s+(?:for|with|to))?|"
                            r"just\s+like|(?:as|like)\s+(?:we\s+did\s+)?(?:for|with))"
                            r"\s+(?:the\s+)?[\w&-]+(?:'s)?(?:\s+[A-Z][\w&-]*)?", re.I)


def without_comparisons(text: str) -> str:
    return _COMPARED_WITH.sub(" ", text)


# Words wanted in another language ("give me the answer in Spanish and English"): we write English only.
_LANGUAGES = ("Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Polish", "Romanian", "Turkish", "Arabic",
              "Chinese", "Mandarin", "Japanese", "Korean", "Hindi", "Urdu", "Russian", "Ukrainian", "Greek", "Vietnamese",
              "Welsh", "Irish", "Swedish", "Norwegian", "Danish", "Finnish", "Czech", "Hungarian", "Tagalog")

_IN_LANGUAGE = re.compile(r"\b(?:in|into|to)\s+(?:both\s+)?(?:English\s+and\s+)?(" + "|".join(_LANGUAGES) + r")\b", re.I)


def language_asked(text: str) -> str:
    """The language other than English the words are wanted in, capitalised; "" for none."""
    found = _IN_LANGUAGE.search(text)
    return found.group(1).capitalize() if found else ""


# Words for a reader with little English or no IT ("plain English please, the owner's English isn't great").
_PLAIN = re.compile(r"\bplain[\s-]+english\b|\b(?:don'?t|do\s+not|can'?t|cannot|doesn'?t)\s+(?:read|speak|understand)\s+(?:much\s+)?"
                    r"english(?:\s+(?:well|very\s+well|much))?\b|\b(?:simple|easy)\s+(?:english|words|language|sentences)\b|\bshort\s+(?:simple\s+)?sentences\b|"
                    r"\bno\s+(?:it|tech(?:nical)?|computer)\s+(?:words|jargon|terms|speak)\b|\bno\s+jargon\b|\bnon-?native\b|"
                    r"\b(?:english|language)\s+(?:isn'?t|is\s+not|not)\s+(?:great|good|strong|fluent)\b|\b(?:really|very)\s+simple\b|"
                    # "in simpler English", "isn't a native speaker", "isn't very confident in English", "a simple email"
                    r"\bsimpler\s+(?:english|words|language)\b|\bnative\s+speaker\b|\b(?:confident|comfortable)\s+(?:in|with)\s+english\b|"
                    # ("they're not very techy so keep it simple")
                    r"\b(?:not|isn'?t|aren'?t)\s+(?:very\s+|that\s+|too\s+)?(?:techy|technical|tech[\s-]?savvy|good\s+with\s+(?:computers|tech|it))\b|"
                    # ("Hooli's owners don't have strong English")
                    r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+have\s+(?:very\s+)?(?:strong|good|great|much|fluent)\s+english\b|"
                    r"\bsimple\s+(?:e-?mail|message|note|letter)\b", re.I)


def wants_plain_english(text: str) -> bool:
    return bool(_PLAIN.search(text))


_TEXT_MESSAGE = re.compile(r"\bsms\b|\btext\s+message", re.I)
_FOOTER = re.compile(r"\bfooter\b", re.I)


def names_a_text_message(text: str) -> bool:
    """"an SMS", "a text message": a phone text, where "text for the out-of-office" is only its wording."""
    return bool(_TEXT_MESSAGE.search(text))


def wants_a_footer(text: str) -> bool:
    """"a footer for their tickets": lines under every reply, with no greeting or sign-off."""
    return bool(_FOOTER.search(text))


# "what to say if they ring", "if they call, what do we tell them?": a line for the phone, in a note to the team
_CALL_LINE = re.compile(r"\bwhat\s+to\s+(?:say|tell\s+them)\s+(?:if|when)\s+(?:they|he|she|anyone\s+from\s+\w+)\s+(?:rings?|calls?|phones?)\b|"
                        r"\bif\s+(?:they|he|she)\s+(?:rings?|calls?|phones?)\b[^.?!]{0,30}\bwhat\s+(?:to|do\s+we|should\s+we|do\s+i)\s+"
                        r"(?:say|tell)\b|"
                        # "a few lines for the help desk to read off if Globex or Vandelay ring in"
                        r"\b(?:read\s+(?:off|out)|say)\b[^.?!]{0,40}\b(?:if|when)\b[^.?!]{0,40}\b(?:rings?|calls?|phones?)(?:\s+in)?\b|"
                        # "... keep ringing the help desk line. can you write a 3-line script for whoever picks up?"
                        r"\bscript\s+for\s+(?:whoever|anyone\s+who)\s+(?:picks\s+up|answers)\b", re.I)


def asks_for_a_call_line(text: str) -> bool:
    return bool(_CALL_LINE.search(text))


# "can I promise Acme we'll keep a copy for 90 days?": a commitment asked about before it is made
_PROMISE_ASKED = re.compile(r"\b(?:can|could|should|may)\s+(?:i|we)\s+(?:just\s+)?(?:promise|agree\s+to|commit\s+to|guarantee)\b|"
                            r"\bok(?:ay)?\s+(?:for\s+(?:me|us)\s+)?to\s+(?:promise|agree\s+to|commit\s+to|guarantee)\b", re.I)


def asks_to_promise(text: str) -> bool:
    return bool(_PROMISE_ASKED.search(text))


# "email to BrightPath asking them to confirm they've received the admin credentials": receipt asked for, nothing sent
_RECEIPT_ASKED = re.compile(r"\bconfirm\w*\s+(?:that\s+)?(?:they(?:'ve|\s+have)|you(?:'ve|\s+have)|it'?s|it\s+has|they|it)\s+"
                            r"(?:safely\s+)?(?:received|got|arrived|come\s+through)\b|\bconfirm\w*\s+(?:safe\s+)?receipt\b", re.I)


def asks_for_receipt(text: str) -> bool:
    return bool(_RECEIPT_ASKED.search(text))


_RECEIVED_WHAT = re.compile(r"\b(?:received|got|receipt\s+of)\s+(the\s+(?:[\w-]+\s+){0,2}(?:drive|export|documents?|documentation|"
                            r"files|data|backups?|diagrams?|handover\s+pack))\b", re.I)


def receipt_item(text: str) -> str:
    """What they are asked to confirm they received, when it is no credential ("the data drive"); "" for none named."""
    found = _RECEIVED_WHAT.search(text)
    return found.group(1) if found else ""


# "What actually happens on Monday 21 December if they've got nobody?": the day itself, walked through
_WHAT_HAPPENS = re.compile(r"\bwhat\s+(?:actually\s+|exactly\s+|really\s+)?happens\b", re.I)


def asks_what_happens(text: str) -> bool:
    return bool(_WHAT_HAPPENS.search(text))


# "Do we just cancel them?" (their licences, their domain): cancelling what is theirs, proposed
_CANCEL_PROPOSED = re.compile(r"\b(?:just\s+)?(?:cancel|terminate|kill|let\s+(?:them|it)\s+lapse)\s+(?:them|it|the\s+\w+|their\s+\w+)\b", re.I)


def proposes_cancelling(text: str) -> bool:
    return bool(_CANCEL_PROPOSED.search(text))


# "a polite holiday message we can pin in Hooli's channel": words for the season, warmth expected in them
_SEASON_NOTE = re.compile(r"\b(?:holiday|christmas|xmas|festive|seasonal)\s+(?:message|msg|note|post|greeting|card|e-?mail)\b", re.I)


def asks_for_a_season_note(text: str) -> bool:
    return bool(_SEASON_NOTE.search(text))



# Requests numbered in one message: "Two things for Globex pls: (1) a one-line msg for their channel ..., (2) a note to
# Tom listing what's left".
_NUMBERED = re.compile(r"(?:^|(?<=[\s:;,.]))\(?([1-4])\)\s+")


def numbered_parts(text: str) -> tuple[str, ...]:
    """Each numbered request, with the words before the first number (which client, for whom) in front of it; () unless
    the numbers run 1, 2 (, 3 ...)."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or [int(mark.group(1)) for mark in marks] != list(range(1, len(marks) + 1)):
        return ()
    lead = text[:marks[0].start()].strip()
    lead = re.sub(r"^(?:two|three|2|3)\s+things\s+", "", lead, flags=re.I).strip()   # ("Two things for Globex pls:")
    bodies = [text[mark.end():following.start() if following else len(text)].strip(" ,;.")
              for mark, following in zip(marks, marks[1:] + [None])]
    return tuple(f"{lead} {body}".strip() for body in bodies if body)


# The name of their new provider, chased ("need the name of their new IT provider", "ask who the new provider is"):
# the words ask them who it is, with the day it should call us.
_PROVIDER_NAME_ASKED = re.compile(r"\b(?:need|want|waiting\s+(?:on|for)|ask\w*\s+(?:for|them\s+for)|nudg\w*\s+them\s+for|chas\w*\s+them\s+for)\s+(?:a|the|their)\s+"
                                  r"(?:new\s+)?(?:it\s+)?provider(?:'s)?\s+(?:name|details|contact(?:\s+details)?)\b|"
                                  # ("we still need their new IT people's details")
                                  r"\b(?:need|want|waiting\s+(?:on|for))\s+(?:a|the|their)\s+new\s+it\s+(?:people|company|firm|guys|team|"
                                  r"provider)(?:'s|s')?\s+(?:name|details|contact(?:\s+details)?)\b|\bname\s+(?:of\s+)?(?:a|the|their)\s+new\s+(?:it\s+)?(?:provider|company|firm|msp)\b|"
                                  # "saying we still haven't heard from a new IT company"
                                  r"\b(?:haven'?t|havent|have\s+not|not)\s+(?:yet\s+)?heard\s+from\s+(?:a|any|their|the)\s+new\s+"
                                  r"(?:it\s+)?(?:provider|company|firm|msp|it\b)|"
                                  # "reminder they still havent told us their new IT co"
                                  r"\b(?:haven'?t|havent|have\s+not|not\s+yet)\s+told\s+us\s+(?:who|their\s+new|the\s+new)\b|"
                                  # "+ who's their new IT?", "ask who the new provider is"
                                  r"\bwho(?:'s|\s+is|\s+will\s+be)\s+(?:their|your|the)\s+new\s+(?:it|provider|it\s+(?:provider|company|firm|people))\b|"
                                  r"\bwho\s+(?:their|your|the)\s+new\s+(?:it\s+)?(?:provider|company|firm)\s+(?:is|will\s+be)\b|"
                                  # "I need them to tell us who their new IT people are"
                                  r"\b(?:tell|let)\s+us\s+(?:know\s+)?who\s+(?:their|your|the)\s+new\s+(?:it\s+)?"
                                  r"(?:provider|company|firm|msp|people|guys|team|lot|support)\b", re.I)


def chases_the_provider_name(text: str) -> bool:
    return bool(_PROVIDER_NAME_ASKED.search(text))
