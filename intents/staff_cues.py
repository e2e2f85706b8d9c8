"""Cues in a staff message that the kind of question does not carry: what shapes our answer to a
colleague rather than to a client. A draft of their own to check, how the ending feels to them, the
shape of the script they want (a text, a voicemail, a few sentences), a template to reuse, a question
for our own records, and whether they want words for the client at all. Plain word patterns, like
intents/cues/ (which reads what both audiences say)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from intents import cues
from intents.cues import LIMITED_SUPPORT, days_named, reports_a_request

# A colleague asks us to read their own wording before it goes out ("check my draft: '...'").
_CHECK_REQUEST = re.compile(
    r"\b(?:check|review|proof-?read|look\s+(?:over|at)|read\s+(?:over|through)|go\s+over|sanity[- ]?check|critique|"
    r"feedback\s+on|thoughts\s+on|improve|tweak|polish|rewrite|fix\s+up)\s+(?:this|that|these|it|my|our|the|below|"
    r"what\s+i)\b|\bdraft\s+check\b|\b(?:about\s+to|before\s+i|going\s+to)\s+(?:send|hit\s+send|post)\b|"
    r"\b(?:how\s+)?(?:does|do(?:es)?n'?t)\s+(?:this|it|that|my\s+\w+)\s+(?:sound|read|look|come\s+across)\b|"
    r"\b(?:ok|okay|fine|good|alright|safe)\s+to\s+send\b|\bis\s+this\s+(?:ok|okay|fine|alright|too\s+\w+)\b|"
    # "Drafted this for acme, too harsh?" (ours: "Globex's ops lead wrote this, need a reply" is theirs, to answer)
    r"(?:^|(?<=\bi\s)|(?<=\bi've\s)|(?<=\bwe\s)|(?<=\bwe've\s)|(?<=\bjust\s)|(?<=\bhave\s)|(?<=\bhas\s)|(?<=[.!?:,]\s))"
    r"(?:drafted|wrote|written)\s+(?:this|the\s+following|up\s+this)\b|\bis\s+it\s+(?:ok|okay|fine|alright)\s+to\s+"
    r"(?:say|write|put|use|add)\b|\btoo\s+(?:harsh|soft|blunt|cold|strong|aggressive|"
    r"formal|long|wordy)\s*\?|\btone[\s-]?check\b|\bcheck\s+(?:the|my)\s+tone\b|\bhow'?s\s+(?:the|my)\s+tone\b|"
    r"\btoo\s+(?:much|far)\s*\?|\bover\s+the\s+top\s*\?", re.I)
_QUOTED = (re.compile(r"[\u201c\"]([^\u201d\"]+)[\u201d\"]"),
           re.compile(r"(?:^|(?<=[\s:(]))[\u2018']((?:[^'\u2019]|'(?=\w))+)[\u2019'](?=[\s.,!?;:)]|$)"),
           re.compile(r"^\s*>\s?(.*)$", re.M))
_AFTER_COLON = re.compile(r":\s*\n?(.+)$", re.S)
_DRAFT_WORDS = 5


def draft_to_check(text: str) -> str:
    """The wording a colleague asks us to check, or "" when the message carries none: quoted, as a
    block quote, or everything after the colon of "check this: ..."."""
    if not _CHECK_REQUEST.search(_QUOTED[1].sub(" ", unquoted(text))):
        return ""   # (the asking is ours: "too much?" inside a client's quoted email asks us nothing)
    request = _CHECK_REQUEST.search(text)
    spans = [match.group(1) for pattern in _QUOTED[:2] for match in pattern.finditer(text)]
    spans.append("\n".join(match.group(1) for match in _QUOTED[2].finditer(text)))
    after = _AFTER_COLON.search(text, request.start())
    if after:
        spans.append(after.group(1))
    spans = [span.strip().strip("'\"\u2018\u2019\u201c\u201d ") for span in spans if len(span.split()) >= _DRAFT_WORDS]
    return max(spans, key=len) if spans else ""


def without_draft(text: str, draft: str) -> str:
    """The request around a draft to check: what the colleague asks, without the wording they wrote."""
    if not draft:
        return text
    if draft in text:
        return text.replace(draft, " ")
    return _QUOTED[2].sub(" ", text)   # a block quote, read line by line


# A client's (or a provider's) message pasted in for an answer: block-quoted lines, a block between "---"
# lines, the lines after a colon that ends a line, or a long quotation. Its words are theirs: what they
# ask of us is not something our colleague proposes.
_SEPARATED = re.compile(r"^\s*-{3,}\s*$\n(.+?)(?:^\s*-{3,}\s*$|\Z)", re.S | re.M)
_AFTER_LINE_COLON = re.compile(r":[ \t]*\n(.+)$", re.S)
_PASTED_WORDS = 8
# A short message quoted after who sent it ('Globex: "Thanks for everything."', 'Acme wrote "why are you doing
# this?"'): theirs to answer however short, unlike a phrase quoted in passing ('they said "problem solved"').
_INTRODUCED = re.compile(r"(?:^|(?<=[\s(]))(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}|wrote|sent(?:\s+this)?|emailed|"
                         r"replied|messaged|texted|asked|says|said)\s*:?\s*[\u201c\"]([^\u201d\"]+)[\u201d\"]")
_INTRODUCED_WORDS = 4
# ... or in single quotes after a colon or a word of saying ("reply to acme pls: 'can u hold off ending until feb??'",
# "Hooli owner replied 'fine. whatever.'"): single quotes elsewhere are too often apostrophes to count.
_INTRODUCED_SINGLE = re.compile(r"(?::|\b(?:wrote|sent(?:\s+this)?|emailed|replied|messaged|texted|asked|asking|asks|says|said)"
                                r"(?:\s+(?-i:[a-z]+)){0,6}?)\s*"   # ("asked me straight out on the phone 'is this about ...?'")
                                r"(?<!\w)[\u2018']((?:[^'\u2019]|'(?=\w))+)[\u2019'](?=[\s.,!?;:)]|$)")


def unquoted(text: str) -> str:
    """The text without what it quotes in double quotes ("Arrogant, slow ..."), or in single quotes after a colon or
    a word of saying: someone else's words."""
    return _INTRODUCED_SINGLE.sub(" ", _QUOTED[0].sub(" ", text))


def pasted_message(text: str) -> str:
    """The message a colleague pasted in to answer, or "" when there is none."""
    spans = ["\n".join(match.group(1) for match in _QUOTED[2].finditer(text))]
    spans += [match.group(1) for match in _SEPARATED.finditer(text)]
    after = _AFTER_LINE_COLON.search(text)
    if after:
        spans.append(after.group(1))
    spans += [match.group(1) for match in _QUOTED[0].finditer(text) if len(match.group(1).split()) >= 2 * _PASTED_WORDS]
    introduced = [match.group(1).strip() for pattern in (_INTRODUCED, _INTRODUCED_SINGLE) for match in pattern.finditer(text)]
    spans = [span.strip() for span in spans if len(span.split()) >= _PASTED_WORDS] + \
        [span for span in introduced if len(span.split()) >= _INTRODUCED_WORDS]
    return max(spans, key=len) if spans else ""


# A colleague letting off steam or second-guessing the ending, with no wording asked for: they need
# a word from a colleague, not a script for the client.
_FED_UP = re.compile(
    r"\b(?:vent(?:ing)?|rant(?:ing)?|ugh+|argh+|so\s+(?:done|over\s+(?:it|them))|fed\s+up|sick\s+(?:of|and\s+tired)|"
    r"had\s+(?:it|enough)|exhaust\w*|drain\w*|burn(?:t|ed)\s+out|at\s+my\s+wits'?\s+end|can'?t\s+stand|nightmare|"
    r"(?:glad|relieved)\s+(?:we'?re|to\s+be)\s+(?:nearly\s+|almost\s+|finally\s+)?(?:rid|done|shot)|good\s+riddance|"
    r"can'?t\s+wait\s+(?:to|until|till)\s+(?:never|be\s+rid|see\s+the\s+back))\b", re.I)
_DOUBTING = re.compile(
    r"\b(?:guilt\w*|(?:feel(?:ing)?|felt)\s+(?:so\s+|really\s+)?(?:bad|awful|terrible|sick|rotten|horrible|mean)|"
    r"am\s+i\s+(?:being\s+)?(?:a\s+)?(?:jerk|heartless|mean|cruel|harsh|unfair|the\s+bad\s+guy)|wrong\s+(?:call|thing|decision|move)|"
    r"second[- ]guess\w*|regret\w*|losing\s+sleep|can'?t\s+stop\s+thinking|did\s+we\s+(?:do|make)\s+(?:the\s+)?right|"
    r"(?:were|are)\s+we\s+(?:too\s+harsh|wrong|right)|too\s+harsh|feels?\s+(?:kind\s+of\s+|kinda\s+|a\s+bit\s+|so\s+|really\s+)?wrong)\b", re.I)
_ASKS_WORDING = re.compile(
    r"\b(?:what\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:say|write|tell|reply|send|answer)|"
    r"how\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:say|tell|reply|respond|word|phrase|handle|answer|put)|"
    r"script|draft|wording|template|reply\s+to|respond\s+to|email\s+(?:them|him|her)|write\s+(?:to|back)|"
    r"message\s+(?:them|to)|tell\s+(?:them|him|her)|(?:give|grant|offer)\s+(?:them|him|her)|"
    # ... or proposes a move of our own: that is a question to answer, feelings or not
    r"(?:can|could|shall|should|may|do)\s+(?:we|i)|let'?s|gonna|going\s+to|want\s+to|wanna|(?:ok|okay|fine)\s+(?:to|if))\b", re.I)


# A colleague who thinks the decision itself is wrong and wants help to reverse it.
_AGAINST_THE_DECISION = re.compile(
    r"\b(?:is|was)\s+(?:a\s+)?(?:big\s+|huge\s+)?mistake\b|\b(?:argument|case|pitch|business\s+case)\s+(?:to|for)\s+"
    r"(?:keep\w*|sav\w*|retain\w*)\b|\bdisagree\s+with\s+(?:the\s+|this\s+)?(?:decision|call)\b|"
    r"\bchange\s+(?:their|his|her|management'?s|the\s+boss'?s|leadership'?s)\s+minds?\b|"
    r"\b(?:we\s+)?shouldn'?t\s+(?:be\s+)?(?:drop|dump|let|end|los)\w*\s+(?:them|\w+)\b", re.I)


# The colleague's own wellbeing or job ("this is stressing me out, thinking about quitting"): a person's matter.
_STRAIN = re.compile(r"\b(?:stress\w*|burn(?:t|ed|ing)?\s*out|overwhelm\w*|anxious|anxiety|quit(?:ting)?\s+(?:my\s+job|this\s+job)?|"
                     r"thinking\s+(?:about|of)\s+(?:quitting|leaving|resigning)|resign\w*|can'?t\s+cope|mental\s+health)\b", re.I)


def under_strain(text: str) -> bool:
    """The colleague speaks of their own strain or of leaving their job."""
    return bool(_STRAIN.search(text))


_UNFINISHED = re.compile(r"\b(?:never|didn'?t|haven'?t|hasn'?t|not\s+yet)\s+(?:been\s+)?(?:moved|transferred|handed\s+over|sent|"
                         r"removed|cancell?ed|switched)\b|\bstill\s+(?:on|in|under|sitting\s+in)\s+our\b", re.I)


# Someone above us proposes softening the ending: "boss says let Hooli stay if they pay double", "mgmt suggests a
# free month as goodwill". The colleague needs the case to put back to them, not a reply to the client.
_FROM_ABOVE = re.compile(r"\b(?:boss|manager|mgmt|management|leadership|director|ceo|md|the\s+owners?|our\s+owner|partners?|"
                         r"sales(?:\s+team)?|higher[\s-]ups?|upstairs|exec\w*)\b[^.?!]{0,30}\b(?:says?|said|saying|suggests?|suggested|suggesting|"
                         r"wants?|wanted|thinks?|asked|asks|proposes?|proposed|is\s+pushing|pushing|floated|mentioned|reckons)\b", re.I)
_SOFTENS = re.compile(r"\b(?:stay|keep\s+(?:them|the\s+client|(?-i:[A-Z]\w+))(?:\s+on)?|reconsider|extend\w*|free\s+(?:month|week|support|hours|work)|"
                      r"(?:month|week)\s+free|goodwill|discount|another\s+chance|second\s+chance|pay(?:s|ing)?\s+(?:double|more|extra)|"
                      r"waive\w*|reverse|take\s+(?:them|\w+)\s+back|on\s+the\s+house|at\s+no\s+(?:charge|cost))\b", re.I)


def staff_feeling(text: str) -> str:
    """"against" when a colleague thinks the decision itself is wrong, "second_guessing" or "venting" when
    they only share how the ending feels; "" when they ask for anything to say or do."""
    if _FROM_ABOVE.search(text) and _SOFTENS.search(text) and not asks_to_write(text):
        return "from_above"
    if _AGAINST_THE_DECISION.search(text):
        return "against"
    if _ASKS_WORDING.search(text) or asks_to_write(text) or ("?" in text and client_asked(text)):
        return ""   # (a client's request passed on with a question needs an answer, however it feels)
    if _DOUBTING.search(text):
        return "second_guessing"
    # Letting off steam asks nothing; "ugh, brutal week. any good coffee nearby?" is a question about coffee, and
    # "ugh, we never moved their renewal off our account" names a job still to do.
    return "venting" if _FED_UP.search(text) and "?" not in text and not _UNFINISHED.search(text) else ""


_TEMPLATE = re.compile(r"\b(?:templates?|boiler-?plate|reusable|re-?use|generic|form\s+letter|canned|"
                       r"standard\s+(?:reply|email|message|wording|letter|response|script))\b", re.I)


def wants_template(text: str) -> bool:
    """Asks for wording to reuse with any client, rather than for one client."""
    return bool(_TEMPLATE.search(text))


# The shape staff want the script in: a text message, a voicemail, or a few sentences.
_SMS = re.compile(r"(?:^|[.!?]\s+)text\s+to\b|\b(?:quick|short)\s+text\b|"
                  r"\b(?:sms|text\s+(?:msg|message)|txt|whatsapp|text\s+(?:them|her|him|it|back)|an?\s+text\s+(?:to|for)|my\s+text|"
                  r"(?:msg|message)\s+version|"
                  r"text\s+msg\s+version|under\s+\d+\s+char\w*)\b", re.I)
_VOICEMAIL = re.compile(r"\b(?:voice\s*-?\s*mail|vm\s+script|leave\s+(?:a\s+)?message)\b",
                        re.I)
# A voicemail they left us is what we answer, not the shape of our answer ("left a voicemail ... callback script").
_THEIR_VOICEMAIL = re.compile(r"\b(?:left|sent|got|had|received|in)\s+(?:us\s+|me\s+|him\s+|her\s+)?(?:a\s+|their\s+|the\s+)?"
                              r"voice\s*-?\s*mail\b", re.I)
# Nor is the channel a request came to us by ("asked me on WhatsApp for the login. OK to send?").
_THEIR_CHANNEL = re.compile(r"\b(?:asked|messaged|texted|wrote|pinged|contacted|reached)\s+(?:out\s+)?(?:to\s+)?(?:me|us|him|her|them|"
                            r"\w+)?\s*(?:on|via|over|by|through|in)\s+(?:a\s+)?(?:whatsapp|text|sms)\b", re.I)
_SENTENCES_COUNTED = re.compile(r"\b(?:(?:one|two|three|four|1|2|3|4)\s*(?:-|–|to|or)\s*)?(one|two|three|four|five|six|1|2|3|4|5|6)"
                                r"[\s-]+(?:sentence|line|liner)s?\b", re.I)
# "4-5 sentences": the fewest asked for, too
_SENTENCE_RANGE = re.compile(r"\b(one|two|three|four|1|2|3|4)\s*(?:-|–|to|or)\s*(?:one|two|three|four|five|six|1|2|3|4|5|6)[\s-]+"
                             r"sentences\b", re.I)
_FEW_SENTENCES = re.compile(r"\b(?:short(?:er)?|brief(?:er)?|quick)\s+(?:version|note|reply|email|message|one)\b|"
                            r"\bkeep\s+it\s+(?:short|brief)\b", re.I)
_COUNTS = {"one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5, "six": 6, "6": 6}


_EXACT_SENTENCES = re.compile(r"\b(three|four|five|six|3|4|5|6)[\s-]+sentences\b(?!\s*(?:max\w*|tops|or\s+(?:less|fewer)|at\s+most))",
                              re.I)
_AT_MOST = re.compile(r"\b(?:max\w*|at\s+most|no\s+more\s+than|up\s+to|under|fewer\s+than|less\s+than)\s+$", re.I)


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
                     r"(?:if|when)\s+(?:he|she|they|the\s+client|\w+|an?\s+(?:\w+\s+){0,2}\w+)\s+(?:calls?|rings?|phones?)"
                     r"(?:\s+(?:back|again|in))?|"
                     r"(?:is|are)\s+calling\s+(?:me|us)\b|\b(?:sentences?|lines?|words|something)\s+to\s+say\b|"
                     r"call\s+script|phone\s+script|call\s*-?\s*back\s+script|(?:call|ring|phone)(?:ing)?\s+(?:them|him|her)\s+back|(?:call|ring|phone)\s+(?:their|his|her|the)\s+(?:\S+\s+){0,2}?back\b|what\s+to\s+say\s+on\s+the\s+phone|talking\s+points|(?:say|said)\s+(?:on|during|in)\s+(?:the|a|my|our)\s+(?:call|meeting)|"
                     r"(?:call|meeting)\s+tomorrow|opener|opening\s+(?:line|lines|words)|first\s+\d+\s*(?:sec\w*|s)|"
                     r"call(?:ing)?\s+(?:\S+\s+){1,4}?(?:tmrw|tomorrow|today|later|this\s+(?:morning|afternoon))|"
                     r"(?:at|on)\s+(?:the\s+)?(?:reception|front\s+desk)|reception\s+script|(?:rings?|ringing|calls?|calling)\s+(?:the\s+)?"
                     r"(?:front\s+desk|reception|help\s*desk))\b|"
                     r"(?:call|zoom|teams\s+call)\s+(?:w/|with)\s+|(?:script|words|lines|points)\s+for\s+(?:the|a|our|my|this)\s+(?:call|zoom)\b|"
                     r"(?:in|before)\s+(?:the|our|my|this)\s+call\b", re.I)
# What happened on a call, told ("the owner screamed at Sam on the phone", "she cried on the phone"): no call to script.
_PHONE_STORY = re.compile(r"\b(?:cried|crying|screamed|screaming|yelled|yelling|shouted|shouting|rude|upset|sobbing|snapped|"
                          r"kicked\s+off|lost\s+it|was|were)\b[^.?!]{0,25}\bon\s+the\s+phone\b", re.I)
# A meeting or a talk in person: "meeting w/ acme thursday", "script for the meeting", "face to face".
_MEETING = re.compile(r"\b(?:(?:meeting|mtg|sit[\s-]?down)\s+(?:w/|with)\s+|(?:script|words|lines|points)\s+for\s+(?:the|a|our|my|this)\s+"
                      r"(?:meeting|mtg|sit[\s-]?down)|(?:asked|want|wants|booked|set\s+up|have|got)\s+(?:for\s+)?an?\s+(?:meeting|mtg)\b|"
                      r"in\s+person|face[\s-]to[\s-]face|(?:in|at|before)\s+(?:the|our|my|this)\s+(?:meeting|mtg|sit[\s-]?down))", re.I)


# A chat message to the client, posted by the colleague who asked: "teams msg to acme", "reply in their channel".
_CHAT = re.compile(r"\b(?:teams|slack|chat)\s+(?:msg|message|post|dm|reply|note)\b|\b(?:slack|teams|chat)[\s-](?:length|sized?)\b|\b(?:msg|message|reply|post|note|something)\s+"
                   r"(?:\w+\s+){0,3}?(?:in|on|via|over|through)\s+(?:teams|slack|(?:the|their|our)\s+(?:shared\s+)?(?:channel|chat))\b|"
                   r"\b(?:post|reply)\s+in\s+(?:the|their|our)\s+(?:shared\s+)?(?:channel|thread|chat)\b|\bdm\s+(?:them|him|her)\b|"
                   r"\bpaste\s+(?:\w+\s+){0,2}?(?:in|into)\s+(?:teams|slack|(?:the|their|our)\s+(?:shared\s+)?(?:channel|chat|thread))\b", re.I)


# Points to speak from, not a speech: "talking points", "bullet form".
_POINTS = re.compile(r"\btalking\s+points\b|\bbullet(?:s|ed|\s+points?|\s+form)?\b(?!\s+(?:are\s+|is\s+)?(?:ok|okay|fine|allowed))|"
                     r"\bin\s+points\b", re.I)   # ("bullets ok" allows them in an email: no talking points)


# A letter asked for in points ("a friendly reply with the next steps, max 6 bullets", "an email in bullet points"),
# not points to speak from.
_LETTER_IN_POINTS = re.compile(r"\b(?:reply|e-?mail|letter)\b(?![^.?!]{0,40}\btalking\s+points\b)", re.I)


_SUBJECT = re.compile(r"\bsubject(?:\s+lines?|\s+for|\s+options?)?\b(?![\s-]+(?:access|request|matter|to))", re.I)


_WRITTEN_ASKED = re.compile(r"\b(?:write|draft|compose)\b[^.?!]{0,30}\b(?:e-?mail|letter)\b|\b(?:e-?mail|letter)\s+(?:to|from)\b|"
                            r"\b(?:give\s+me|need|want|send)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:e-?mail|letter)\b", re.I)


_WITH_SUBJECT = re.compile(r"\b(?:includ\w*|with|plus|add|and)\s+(?:a\s+|the\s+)?subject(?:\s+line)?\b|"
                           # "Subject line plus two lines of body"
                           r"\bsubject(?:\s+line)?\s+(?:plus|and|with|\+|&)\s+[^.?!]{0,30}\b(?:body|email|message|text)\b", re.I)


def wants_subject_with(text: str) -> bool:
    """An email asked for with its subject line ("under 120 words, include a subject line"), not subject lines alone."""
    return bool(_WITH_SUBJECT.search(text))


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
    if _POINTS.search(text):
        if _LETTER_IN_POINTS.search(text):
            most = points_asked(text)[0]
            return "bulleted", most + 1 if most else 0   # (the sentence that leads into the points, then the points)
        return "points", 0
    if re.search(r"\b(?:one|a|single)\s+paragraph\b|\bparagraph\s+(?:i|we)\s+can\s+(?:paste|use|drop)\b|"
                 r"\bparagraph\s+for\s+(?:my|the|our|a)\b", text, re.I) or _INVOICE_LINE.search(text):
        return "paragraph", 0   # words to paste into something of their own: no greeting, no signature
    if _MEETING.search(text) and not re.search(r"\b(?:call|phone|ring)\b", text, re.I):
        return "meeting", 0
    # A number of sentences asked for wins over a "quick one" said on the way (perhaps in the client's words)
    spoken_asked = _SPOKEN.search(_PHONE_STORY.sub(" ", text))
    counted = _SENTENCES_COUNTED.search(text)
    few = counted or _FEW_SENTENCES.search(text)
    asked = lambda otherwise: _COUNTS[counted.group(1).lower()] if counted else otherwise
    if spoken_asked and not _WRITTEN_ASKED.search(text):
        # said aloud, in as many sentences as asked ("a 3-line script for the phone"); an email asked for after
        # something heard on the phone is still an email
        return "spoken", asked(0)
    if _MEETING.search(text):
        return "meeting", 0
    if _CHAT.search(text):
        return "chat", asked(3) if few else 0
    if _SMS.search(_THEIR_CHANNEL.sub(" ", text)):
        return "sms", 2
    if few:
        return "short", asked(4)
    return "", 0


# A length asked for in words or characters: "keep it under 120 words", "one SMS (160 chars max)".
_LENGTH_LIMIT = re.compile(
    r"(?:\b|(?=[<\u2264]))(?:under|below|max(?:imum)?|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|within|less\s+than|fewer\s+than|"
    r"no\s+longer\s+than|limit(?:ed)?\s+(?:of|to)|<|\u2264)\s*:?\s*(\d{1,4})\s*(words?|chars?|characters?)\b|"
    r"\b(\d{1,4})\s*-?\s*(words?|chars?|characters?)\s*(?:max(?:imum)?|or\s+(?:less|fewer|under)|tops|limit|at\s+most)\b", re.I)


def length_limit(text: str) -> tuple[str, int]:
    """("words" | "chars", the most allowed) when the request sets a length; ("", 0) when it sets none."""
    found = _LENGTH_LIMIT.search(text)
    if not found:
        return "", 0
    number, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    return ("words" if unit.lower().startswith("word") else "chars"), int(number)


# A question for our own records or team, not for a message to the client.
_INTERNAL = re.compile(
    r"\bfor\s+(?:our|the|my)\s+(?:own\s+)?(?:records|notes|file|files|crm|wiki|report|review|post-?mortem|retro|board)\b|"
    r"\bcrm\s+(?:\w+\s+)?(?:note|entry|record|update)\b|"
    r"\b(?:writing|write)\s+(?:up\s+)?(?:a|an|the|our)\s+(?:internal\s+)?(?:review|report|summary|post-?mortem|retro|"
    r"case\s+study|note)\b(?!\s+(?:back\s+)?(?:to|for)\b)|\binternal(?:ly)?\s+(?:(?:status|handover|progress)\s+)?(?:only|note|review|report|summary|update|write-?up|doc\w*)\b|"
    r"\bfor\s+the\s+(?:\w+\s+)?(?:client\s+)?(?:file|folder)\b|\b(?:onboarding|wiki|handbook|training)\s+doc\w*\b|\bfor\s+(?:the|our)\s+team'?s?\s+"
    r"(?:notes|records|doc\w*|wiki)\b|\b(?:note|message|msg|post|email|summary|update|heads[\s-]up|brief\w*|slack|teams|dm)\s+(?:to|for)\s+(?:our|my|the)\s+"
    r"(?:own\s+)?(?:internal\s+)?(?:billing|finance|accounts|legal|lawyers?|solicitors?|manager|line\s+manager|boss|team|team\s+lead|supervisor|"
    r"director|ceo|md|colleagues?|board|techs?|engineers?|staff|help\s*desk|service\s+desk)\b|\b(?:tell|brief|inform|update|warn)\s+(?:my|our|the)\s+(?:own\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:team|techs?|"
    r"engineers?|staff|help\s*desk|service\s+desk|colleagues)\b",
    re.I)


def for_internal_use(text: str) -> bool:
    """Staff want the facts for our own records or team, with nothing to send the client."""
    return bool(_INTERNAL.search(text))


# Staff asking for words to send, or passing on what the client said or asked (which needs an answer), as
# opposed to a question about what to do: only then does a script for the client come with the coaching.
_WORDING_ASKED = re.compile(
    r"\b(?:what\s+(?:do|should|can|would|to)\s+(?:i\s+|we\s+)?(?:say|write|tell|reply|send|answer|put)|how\s+(?:do|should|can|would|to)\s+"
    r"(?:i\s+|we\s+)?(?:say|tell|reply|respond|word|phrase|answer|put|break|announce|let\s+(?:them|him|her)\s+know|decline|"
    r"turn\s+\w+\s+down|push\s+back|handle|deal\s+with|respond)|scripts?|drafts?|wording|templates?|words|reply|respond|"
    r"response|letter|message|msg|texts?|sms|note|voicemail|dm|post|line\s+to|tell\s+(?:them|him|her)|"
    r"(?:an?|the|this|that|my)\s+e-?mail|e-?mail\s+to|write\s+(?:me\s+)?(?:an?|the|something)|"
    r"let\s+(?:them|him|her)\s+know|get\s+back\s+to|write\s+(?:to|back|up)|e-?mail\s+(?:them|him|her|back)|send\s+(?:them|him|her)|"
    r"announce\w*|notice(?!\s+period)|how\s+(?:do|should|can|would)\s+(?:i|we))\b", re.I)
_PRESSURE = re.compile(r"\b(?:threaten\w*|complain\w*|demand\w*|claims?|insists?|keeps?\s+(?:calling|emailing|ringing|"
                       r"texting|messaging|asking|pinging|chasing)|if\s+(?:\w+\s+){0,3}(?:ask|asks|want|wants|call|calls|"
                       r"request|requests|email|emails|come|comes|get|gets)\b)", re.I)


# Someone on our side is the one asking ("new hire is asking", "finance wants to know"): nothing is owed to the client.
_OUR_SIDE_ASKS = re.compile(
    r"\b(?:new\s+(?:hire|starter|guy|girl|tech)|colleague|co-?worker|boss|manager|management|leadership|director|ceo|finance|"
    r"billing|accounts|someone|somebody|people|"
    r"(?:the|our|my)\s+(?:team|tech|engineer|intern|apprentice|auditor|accountant|lawyer|solicitor)|hr)\s+"
    r"(?:is\s+|are\s+|was\s+|were\s+|keeps?\s+)?(?:asking|asked|asks|wants?\s+to\s+(?:know|do|go|give|make)|wondering|queried|"
    r"said|says|told\s+me|reckons?)\b", re.I)


# What someone else did: "asked", "says", "wants to know" (not our own "should I say ...?" or "we want").
_SOMEONE_ASKED = re.compile(
    r"\b(?:asked|asks|asking|wants|wanted|requested|requests|begg\w*|pleaded|offered|offers|emailed|e-mailed|rang|called|"
    r"says|said|sent|raised|wrote|messaged|texted|replied|responded|complained|mentioned|told\s+(?:me|us)|"
    r"(?:they|he|she)\s+want|want\s+to\s+know|(?:their|his|her)\s+question)\b", re.I)


_RAISE_REASON = re.compile(
    r"\b(?:bring(?:ing)?\s+up|rais(?:e|ing)|mention(?:ing)?|remind(?:ing)?\s+them\s+(?:of|about)|rehash\w*|go(?:ing)?\s+(?:into|over)|"
    r"point(?:ing)?\s+out)\b[^.?!]{0,40}\b(?:scope\s+creep|late\s+pay\w*|(?:the\s+)?reason|why\s+we|the\s+(?:invoices|payments|"
    r"projects|workload|complaints))\b", re.I)


def asks_to_raise_reason(text: str) -> bool:
    """Whether to raise the reason with the client ("should we even bring up the scope creep with Globex?")."""
    return bool(_RAISE_REASON.search(text)) and bool(re.search(r"\b(?:should|shall|do|must|is\s+it|worth|whether|if)\b", text, re.I))


_CLOSURE_NOTE = re.compile(
    r"\b(?:holiday|christmas|xmas|closure|shutdown)[\s-]*(?:closure[\s-]+|shutdown[\s-]+|hours[\s-]+)?(?:note|notice|message|msg|"
    r"reminder|e-?mail|post|letter)\b|"
    r"\b(?:note|notice|message|msg|reminder|e-?mail|letter|voicemail|text|sms|heads[\s-]?up)\b[^.?!]{0,40}\b(?:about|re|regarding|on|explain\w*)\s+"
    r"(?:our\s+|the\s+)?(?:christmas\s+|xmas\s+|holiday\s+)?(?:closure|shutdown|office\s+closure|holidays)\b|"
    # "Under 50 words to Acme telling them our office is closed at Christmas"
    r"\b(?:tell\w*|let\w*\s+\w+\s+know|remind\w*)\s+(?:them|him|her|\w+)\s+(?:that\s+)?(?:our\s+|the\s+)?office\s+"
    r"(?:is|will\s+be|'s)\s+(?:closed|shut)\b|"
    # "Email to Hooli confirming our holiday hours"
    r"\b(?:our|the)\s+(?:holiday|christmas|xmas|festive)\s+(?:opening\s+)?(?:hours|closure\s+dates)\b", re.I)


def wants_out_of_office(text: str) -> bool:
    """The firm's out-of-office reply over a closure ("out-of-office autoreply text for the xmas closure")."""
    return bool(re.search(r"\bout[\s-]+of[\s-]+(?:the[\s-]+)?office\b|\booo\b|\bauto-?(?:reply|responder)\b", text, re.I))


# "a text to the hooli owner: we're closed 24 dec - 1 jan but their support still runs to the 4th"
_WE_ARE_CLOSED = re.compile(r"\b(?:we(?:'re|\s+are|'ll\s+be|\s+will\s+be)|(?:the\s+|our\s+)?office(?:'s|\s+is|\s+will\s+be)?)\s+"
                            r"(?:closed|shut)\b", re.I)


def wants_closure_note(text: str) -> bool:
    """Words for the client about our closure over the holidays ("the holiday-closure note for Hooli")."""
    return bool(_CLOSURE_NOTE.search(text) or _WE_ARE_CLOSED.search(text) and asks_for_words(text))


# "two versions of a no: one warm, one a two-liner": each version's words, after the versions are named
_VERSIONS = re.compile(r"\b(?:two|2)\s+(?:different\s+)?versions?\b", re.I)
_ONE_EACH = re.compile(r"\bone\s+((?:(?!\bone\b)[^,;:.!?])+?)(?=\s*(?:[,;.!?]|\band\s+one\b|\bthe\s+other\b|$))", re.I)


# Words for each of several clients ("separate short email for each", "a reminder for acme and one for hooli").
_FOR_EACH = re.compile(r"\b(?:for|to)\s+each\b|\beach\s+of\s+(?:them|the\s+two|those)\b|\bone\s+(?:each|per\s+client)\b|"
                       r"\bseparate\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|messages?|notes?|texts?|letters?|posts?|versions?)\b|"
                       r"\bseparately\b|\band\s+(?:another|one)\s+(?:for|to)\s+\w+|\bfor\s+both\b", re.I)


# Words for our team about every client we're letting go ("3 bullets on offboardings for Monday standup").
_ALL_OFFBOARDINGS = re.compile(r"\b(?:on|about|for|covering)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?:current\s+)?"
                               r"(?:offboardings|exits|departures)\b|\b(?:which|what|our|all\s+(?:the\s+|our\s+)?)\s+(?:of\s+(?:the|our)\s+)?"
                               r"(?:offboarding|offboarded|departing|leaving|exiting)\s+clients\b|"
                               r"\b(?:every|each|all)\s+(?:the\s+)?clients?\s+we'?re\s+offboarding\b",
                               re.I)
_FOR_OUR_TEAM = re.compile(r"\b(?:stand-?up|huddle|all[\s-]hands|team\s+(?:meeting|call|post|update)|channel|techs|leadership|"
                           r"status\s+(?:summary|update|report))\b|(?<![\w&])#[\w-]+",
                           re.I)


# Words for every client still in its notice ("a polite over-Christmas notice for the clients we're transitioning out").
_OUR_LEAVING_CLIENTS = re.compile(r"\bclients\s+(?:we'?re|we\s+are)\s+(?:transitioning|offboarding|letting\s+go|parting\s+(?:ways\s+)?"
                                  r"with|ending\s+with|winding\s+down)|\bclients\s+(?:still\s+)?(?:in\s+(?:transition|notice|their\s+notice)|"
                                  r"being\s+offboarded)\b|\b(?:offboarding|departing|leaving|transitioning|outgoing)\s+"
                                  r"clients\b", re.I)


def for_clients_in_notice(text: str) -> bool:
    return bool(_OUR_LEAVING_CLIENTS.search(text))


def roundup_for_the_team(text: str) -> bool:
    return bool(_ALL_OFFBOARDINGS.search(text) and _FOR_OUR_TEAM.search(text))


def one_for_each(text: str) -> bool:
    return bool(_FOR_EACH.search(text))


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


_WHO_SIGNS_OFF = re.compile(r"\bwho\s+(?:on\s+(?:their|your|the\s+client'?s?)\s+side\s+|at\s+[\w']+\s+)?(?:will|is\s+going\s+to|can|"
                            r"should|would)\s+sign(?:\s+|-)?off\b|\bwho(?:'s|\s+is|\s+will\s+be)\s+signing(?:\s+|-)?off\b", re.I)


def asks_client_who_signs_off(text: str) -> bool:
    """Words for asking the client who on their side signs off the handover ("asking who will sign off, and by when")."""
    return bool(_WHO_SIGNS_OFF.search(text))


def asks_for_an_intro(text: str) -> bool:
    """An introduction to someone ("write me an intro email to them"): to the new provider, when one is named."""
    return bool(re.search(r"\bintro(?:duction|ductory)?\b", text, re.I))


def asks_for_a_reply(text: str) -> bool:
    """A reply asked for, in a word ("... to start early. reply"): words for them, not our yes-or-no."""
    return bool(re.search(r"\b(?:reply|respond|answer)\b", text, re.I))


# A colleague asking whether we still work for a client ("do we still fix stuff for them?", "are we still supporting X?")
_STILL_OURS = re.compile(r"\b(?:do|should|can|are|will)\s+we\s+still\s+(?:fix\w*|support\w*|help\w*|do|look\s+after|"
                         r"take|handle|answer|work\s+(?:on|for))\b", re.I)


def asks_if_we_still_support(text: str) -> bool:
    return bool(_STILL_OURS.search(text))


def asks_help_answering(text: str) -> bool:
    """Help answering a message pasted in ("Help me answer this from Acme: '...'"): words to send back."""
    return bool(re.search(r"\bhelp\s+me\s+(?:answer|reply\s+to|respond\s+to|write\s+back\s+to)\b|"
                          r"\b(?:answer|reply\s+to|respond\s+to)\s+this\b", text, re.I))


def speaks_of_offboardings(text: str) -> bool:
    """Our offboardings as a whole ("does the closure mess with any of the offboarding dates?")."""
    return bool(re.search(r"\b(?:offboard\w*|last\s+days?|end\s+dates?|handovers?|leaving|clients?)\b", text, re.I))


def says_client_wrote(text: str, name: str) -> bool:
    """"Globex emailed:" before a pasted message: the client wrote it (not their new provider)."""
    first = re.escape(name.split()[0]) if name.split() else ""
    theirs = r"(?!(?:new|msp|it|provider|people|guys|team|tech)\b)"   # ("Globex's new MSP asked": not the client)
    return bool(first) and bool(re.search(rf"\b{first}\w*(?:'s\s+{theirs}\w+)?\s+(?:{theirs}\w+\s+)?(?:emailed|e-mailed|wrote|sent|said|"
                                          rf"asked|messaged|texted|replied|writes|says|asks|wants?\s+to\s+know)\b|"
                                          rf"\bfrom\s+{first}\w*(?:'s\s+{theirs}\w+(?:\s+\w+)?)?\s*:", text, re.I))


def client_asked_about_ending(text: str) -> bool:
    """What the client is said to have asked is about ending ("Initech asked if they're next to go"), not
    ordinary business ("Initech asked for a quote on new firewalls")."""
    said = _SOMEONE_ASKED.search(text)
    clause = re.split(r"[.!?\n]", text[said.end():], maxsplit=1)[0] if said else ""
    return bool(_ENDING_THEM.search(clause) or _LEAVING_ASKED.search(clause))


_LEAVING_ASKED = re.compile(r"\b(?:leav\w*|next|on\s+(?:the|your)\s+list|being\s+(?:dropped|let\s+go|ended)|"
                            r"end(?:ing)?\s+(?:with|support)|rumou?rs?|heard)\b", re.I)


def client_asked(text: str) -> bool:
    """Passes on what the client asked, said or sent: a script may thank them for it. Staff asking on their
    own account, or for a colleague, report nothing of the client's."""
    return bool(_SOMEONE_ASKED.search(text)) and not _OUR_SIDE_ASKS.search(text)


# What staff say the words should cover ("needs to say: last day, castle tech in touch a week before, and our
# xmas shutdown"), each topic by the words that name it; a topic said not to be mentioned is left out.
_TOPICS = (
    ("last_day", re.compile(r"\blast\s+day\b|\bend\s+date\b|\bsupport\s+ends\b|\bwhen\s+(?:support|we|it)\s+(?:ends?|stops?)\b", re.I)),
    ("contact_by", re.compile(r"\b(?:get\s+in\s+touch|contact\s+us|reach\s+(?:out|us)|call\s+us|week\s+before)\b", re.I)),
    ("closure", re.compile(r"\b(?:shut\s*down|closure|office\s+(?:is\s+)?closed|closed\s+over|before\s+we\s+(?:close|shut)|"
                           r"we(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:closed|shut)|"
                           r"close\s+for\s+(?:christmas|xmas|the\s+holidays))\b", re.I)),
    ("data_drive", re.compile(r"\b(?:external\s+drive|usb|hard\s+drive|copy\s+of\s+(?:their|your|all)\s+(?:data|files)|"
                              r"(?:what\s+happens\s+to|about)\s+(?:their|your|the)\s+(?:data|files))\b", re.I)),
    ("email_host", re.compile(r"\b(?:email\s+(?:host|provider|service)|hosted\s+email|move\s+(?:their|your)\s+e-?mail)\b", re.I)),
    ("reason", re.compile(r"\b(?:the\s+(?:real\s+|actual\s+)?reason|why\s+we(?:'re|\s+are)?)\b", re.I)),
    ("passwords", re.compile(r"\b(?:passwords?|credentials|admin\s+(?:access|accounts?|logins?))\b", re.I)),
    ("sign_off", re.compile(r"\bsign[\s-]?off\b", re.I)),
    ("final_invoice", re.compile(r"\bfinal\s+invoice\b", re.I)),
)
_NOT_THIS = re.compile(r"\b(?:don'?t|do\s+not|without|no|not|never|leave\s+out|skip)\b[^.,;:!?]{0,25}$", re.I)


# Words quoted in single quotes ("asking if we can 'just reset one password real quick'"): theirs, not a topic.
# (a sentence of theirs, four words or more: a name quoted, "the 'last day' reminder", is still the topic)
_SINGLE_QUOTED = re.compile(r"(?<![\w'])['\u2018][^'\u2018\u2019\n\s]+(?:\s+[^'\u2018\u2019\n\s]+){3,}['\u2019](?![\w'])")


def topics_asked(text: str) -> tuple[str, ...]:
    """The topics a request for words names for them to cover, in the order listed above (never a topic named only
    in someone else's quoted words)."""
    text = _SINGLE_QUOTED.sub(" ", unquoted(text))
    found = []
    for topic, pattern in _TOPICS:
        match = pattern.search(text)
        if match and not _NOT_THIS.search(text[max(0, match.start() - 40):match.start()]):
            found.append(topic)
    return tuple(found)


def replies_to_the_provider(text: str, provider: str) -> bool:
    """A reply asked for to what the new provider asked ("Castle Tech's guy wants us to hand over Hooli's passwords in a
    Teams chat. Write me a 3-line reply"): the reply goes to them."""
    if not provider:
        return False
    name = re.escape(provider.split()[0])
    asking = re.search(rf"\b{name}\w*(?:\s+\w+)?(?:'s\s+(?:guy|tech|person|contact|people|team|engineer|man|woman))?\s+"
                       rf"(?:wants?|asked|asks|is\s+asking|keeps\s+asking|emailed|sent|rang|called)\b", text, re.I)
    return bool(asking and re.search(r"\b(?:reply|respond|response|answer|write\s+back)\b", text[asking.end():], re.I))


# The handover checklist to give to the client or the new provider ("a one-page handover checklist for Hooli that I
# can share with Castle Tech", "turn the checklist into an email I can send to Hooli"): theirs to read, not our tracker.
_CHECKLIST_TO_SHARE = re.compile(r"\b(?:share|send|e-?mail|forward|give|hand)\b[^.?!]{0,40}\b(?:with|to)\b|\bmarkdown\b|"
                                 r"\bone[\s-]page\b|\bprintable\b|\bnumbered\b|\binto\s+an?\s+(?:e-?mail|letter|message|doc)\b|"
                                 # "handover checklist email for Hooli's new IT guys", "email castle tech the checklist"
                                 r"\bchecklist\s+(?:e-?mail|letter|message)\b|\b(?:e-?mail|send)\s+(?!me\b|us\b)(?:\w+\s+){1,3}?(?:the|our|a)\s+"
                                 r"(?:handover\s+)?checklist\b",
                                 re.I)


def checklist_to_share(text: str) -> bool:
    return bool(_CHECKLIST_TO_SHARE.search(text))


def names_a_letter(text: str) -> bool:
    """Speaks of something to send ("into an email I can send to Hooli"), not only of a list for us."""
    return bool(re.search(r"\b(?:e-?mail|letter|message|msg|note|post|text|reply)\b", text, re.I))


def wants_words_for_them(text: str) -> bool:
    """Asks for wording to send, or relays what the client said or keeps doing (an answer is owed): a
    script is wanted. A question about what we should do, or about the record, needs none."""
    return bool(_WORDING_ASKED.search(text) or _PRESSURE.search(text)) or \
        (reports_a_request(text) and not _OUR_SIDE_ASKS.search(text))


# A new piece of work for a client we are letting go ("set up the network for their new shop before we go"),
# as opposed to the handover or ordinary tickets.
_NEW_WORK = re.compile(r"\b(?:new|big|whole)\s+(?:[\w-]+\s+){0,2}?(?:project|network|shop|site|office(?!\s+(?:manager|mgr|admin\w*|staff|person|"
                       r"team|assistant|lady|guy))|branch|build|rollout|roll-out|"
                       r"install\w*|migration|server\s+room)\b|\b(?:two|three|four|\d+)[- ]?(?:week|day|month)\s+(?:job|project)\b|"
                       # a job offered as a parting favour, or asked about as in or out of scope
                       r"\b(?:last|final|parting)\s+favou?r\b|\b(?:in|within|out\s+of)\s+scope\b|"
                       # a move to a new platform, or a job sized in hours of work
                       r"\b(?:migrat\w*|mov\w*|upgrad\w*|switch\w*)\s+(?:\w+\s+){0,3}?(?:to|onto)\s+(?:the\s+)?(?:cloud|new|"
                       r"azure|aws|sharepoint|online|saas)\b|\b\d+\s*(?:hrs?|hours)\s+(?:of\s+)?(?:work|labou?r|effort|billable)\b",
                       re.I)
# Whether we must keep supporting a client in notice, or may do less ("do we have to keep answering them?",
# "can we tell them support is limited over the holidays?").
# The client wondering whether they are still supported ("can they still log tickets?", "already cut us off?").
_STILL_SERVED = r"\s+still\s+(?:log|raise|open|send|submit|call|ring|email|get|use)\b"
_CUT_OFF = r"\b(?:already|just)\s+cut\s+(?:them|us|her|him)\s+off\b"
_FULL_SUPPORT = re.compile(
    r"\b(?:have|need|got)\s+to\s+(?:keep\s+)?(?:answer\w*|support\w*|help\w*|work\w*|do\w*|respond\w*|fix\w*|cover\w*)\b|"
    r"\bcan\s+(?:they|we|she|he|i|you)" + _STILL_SERVED + "|" + _CUT_OFF + "|"
    # "they ask if we can still install it next week ... I am not sure if I must say no?"
    r"\bif\s+(?:we|i)\s+can\s+still\s+\w+|\b(?:must|should|do)\s+i\s+say\s+no\b|\bi\s+(?:must|should|have\s+to)\s+say\s+no\b|"
    r"\b(?:" + LIMITED_SUPPORT + r")\b", re.I)


def asks_about_new_work(text: str) -> bool:
    return bool(_NEW_WORK.search(text))


def questions_full_support(text: str) -> bool:
    return bool(_FULL_SUPPORT.search(text))


# How long to keep our copies of a client's data ("do we still need to keep their old backups?").
_RETENTION = re.compile(r"\b(?:keep(?:ing)?|retain\w*|stor(?:e|ing)|hold(?:ing)?\s+on\s+to|hang(?:ing)?\s+on\s+to)\b[^.?!]{0,40}"
                        r"\b(?:backups?|copies|copy|data|files|archives?|mailbox\w*)\b[^.?!]{0,60}\?|\bretention\b|"
                        # relayed: "they asked if we'll keep their data a few months after the 21st"
                        r"\b(?:keep|retain|hold\s+on\s+to)\b[^.?!]{0,30}\b(?:their|our|the)\s+(?:data|backups?|files|copies)\b"
                        r"[^.?!]{0,40}\b(?:after|past|beyond|once)\b", re.I)


def asks_about_retention(text: str) -> bool:
    return bool(_RETENTION.search(text))


# Words wanted for our own team ("a Slack message to my team", "how do I tell my techs"), not for records or billing.
_FOR_THE_TEAM = re.compile(r"\b(?:message|msg|slack|note|post|email|update|heads[\s-]up|tell|brief|inform|warn)\b[^.?!]{0,30}"
                           r"\b(?:my|our|the)\s+(?:own\s+|whole\s+|entire\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:team|techs?|engineers?|staff|help\s*desk|service\s+desk|"
                           r"colleagues|manager|line\s+manager|boss|team\s+lead|supervisor)\b|"
                           # a post for one of our own channels ("a slack msg for #support", "someone in #general asked")
                           r"\b(?:slack|teams|msg|message|post|note|update)\b[^.?!:]{0,20}\b(?:for|in|to|on)\s+#[\w-]+|"
                           r"\b(?:someone|somebody|people|colleagues?|a\s+tech|the\s+team)\s+(?:in|on)\s+#[\w-]+|"
                           r"#(?:general|random|team|staff|ops|support|helpdesk|help-desk|service-desk|techs?|engineering|all-staff)\b|"
                           # "the all-hands post announcing we're parting ways with the bakery", "a company-wide email"
                           r"\b(?:all[\s-]hands|all[\s-]staff|company[\s-]wide|staff[\s-]wide|internal)\s+(?:\w+\s+)?"
                           r"(?:post|message|msg|note|email|update|announcement)\b|"
                           # "one line for slack: are we still supporting vandelay?": our own question, answered for us
                           # (not the client's own words quoted after it: 'Acme on Teams: "can we push the end ..."')
                           r"\b(?:for|in|on)\s+(?:slack|teams)\b[^?\"\u201c]{0,40}\b(?:are|do|should|have|can)\s+we\b|"
                           # "new tech on my team keeps fixing their stuff ... something I can send him"
                           r"\b(?:tech|technician|engineer|colleague|starter|apprentice)\b[^.?!]{0,30}\b(?:on|in)\s+(?:my|our|the)\s+team\b"
                           r".{0,120}\b(?:send|forward|give|show)\s+(?:him|her|them)\b", re.I | re.S)


# The client is expected to ask why ("they WILL ask why", "if she asks straight up why they got let go"): the
# words needed are the reason's.
_WHY_EXPECTED = re.compile(r"\b(?:will|'ll|gonna|going\s+to|might|may|bound\s+to|sure\s+to|definitely)\s+(?:\w+\s+)?ask\s+"
                           r"(?:us\s+|me\s+)?(?:why|the\s+reason|for\s+(?:the|a)\s+reason)\b|\b(?:if|when)\s+(?:they|she|he|\w+)\s+"
                           r"(?:asks?|wants?\s+to\s+know)\s+(?:\w+\s+){0,3}?(?:why|the\s+reason)\b|"
                           # "the 'why' paragraph for acme dental": words that give the reason
                           r"['\"\u2018\u201c]?\bwhy\b['\"\u2019\u201d]?\s+(?:paragraph|part|bit|section|line|sentence)s?\b|"
                           r"\breason\s+(?:paragraph|part|bit|section)\b|"
                           # "Globex is asking, two weeks after the fact, why we dropped them. Do we tell them?"
                           r"\b(?:is|are|keeps?|kept)\s+asking\b[^.?!]{0,40}\bwhy\s+(?:we|you)\b", re.I)


def expects_why(text: str) -> bool:
    return bool(_WHY_EXPECTED.search(text))


# Who the script is from, when staff say ("an email from me (Marco, tech)", "sign it as Dana Whitfield").
_SIGNED_BY = re.compile(r"\b(?i:from\s+me)\s*[(,\-–]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|\b(?i:signed|sign(?:\s+it)?)\s+(?i:by|as|from)\s+"
                        r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s+((?:[A-Z][a-z]+\s?){1,3}))?|"
                        # "signed by me (Dana Ortiz, Service Delivery)", "sign it 'The Support Team'"
                        r"\b(?i:signed|sign\s+it)\s+(?i:by|as|from)\s+(?i:me)\s*\(\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                        r"(?:,\s*([^)]{2,40}))?\)|\b(?i:signed|sign(?:\s+it|\s+off)?)\s+(?i:as\s+|with\s+)?[\'\"\u2018\u201c]"
                        r"([A-Z][^\'\"\u2019\u201d]{1,40})[\'\"\u2019\u201d]|"
                        # "... to call back with. i'm Tom": who is asking says who they are, last
                        r"(?:^|[.!?,;]\s*)(?i:i'?m|i\s+am|it'?s)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[.!]?\s*$|"
                        # "I'm the one calling (Nadia)"
                        r"\b(?i:i'?m|i\s+am)\s+(?i:the\s+one\s+(?:calling|ringing|phoning|sending\s+it|signing(?:\s+it)?))\s*"
                        r"[(,\-\u2013]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
                        # "... under 160 chars. from Dana @ support": who it is from, said last
                        r"[.,;]\s*(?i:from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*@\s*\w+)?\s*[.!]?\s*$|"
                        # "Letterhead style, signed Priya Shah, Account Manager.", "Sign it Priya Shah, Account Manager."
                        r"\b(?i:signed|sign\s+it)\s+([A-Z][a-z]+\s+[A-Z][a-z]+)(?:,\s+((?:[A-Z][a-z]+\s?){1,3}))?|"
                        # "Give Jake a short text he can send back", "a reply for Jake to send": the one who sends it
                        r"\b(?i:give|write|draft)\s+([A-Z][a-z]+)\s+(?i:a|an|some)\s+(?:[\w-]+\s+){0,3}?(?i:text|message|reply|e-?mail|note|"
                        r"script|words)\s+(?i:(?:that\s+)?(?:he|she|they)\s+can\s+(?:send|use|say|read))\b|"
                        r"\b(?i:for)\s+([A-Z][a-z]+)\s+(?i:to\s+(?:send|use|say|read\s+out))\b|"
                        # "voicemail script pls -- Priya calling the dental practice": who leaves the message
                        r"\b(?i:voicemail|vm|script|message)\b[^.?!]{0,30}?[-\u2013\u2014,:(]+\s*([A-Z][a-z]+)\s+(?i:calling|ringing|phoning)\b|"
                        # "... it's from priya": who it is from, said last, however it is typed
                        r"(?:^|[.!?,;]\s*)(?i:it'?s|it\s+is|this\s+is)\s+(?i:from)\s+(?!(?i:me|us|the|our|you)\b)([A-Za-z][a-z]+)\s*[.!]?\s*$")


def signed_by(text: str) -> str:
    """The name staff want the script signed with, and the title they give with it ("Priya Shah\nAccount
    Manager"); "" otherwise."""
    found = _SIGNED_BY.search(text)
    if not found:
        return ""
    name = found.group(1) or found.group(2) or found.group(4) or found.group(6) or found.group(7) or found.group(8) \
        or found.group(9) or found.group(10) or found.group(12) or found.group(13) or found.group(14) \
        or (found.group(15) or "").capitalize()
    title = found.group(3) if found.group(2) else found.group(5) if found.group(4) else found.group(11) if found.group(10) \
        else None
    return f"{name}\n{title.strip()}" if title else name


# Anyone upset, angry or hurt in what staff describe: what a question read as "an angry client" should carry.
_UPSET = re.compile(r"\b(?:upset|cr(?:y|ied|ying)|tears|tearful|angry|furious|livid|fuming|rude|yell\w*|shout\w*|scream\w*|"
                    r"insult\w*|idiot\w*|vile|abus\w*|rattled|emotional|hurt|threat\w*|swear\w*|mad|annoyed|frustrat\w*|"
                    r"complain\w*|unhappy|attack\w*|rant\w*|kick\w*\s+off|blew\s+up|lost\s+it|nasty|hostile|aggressive|"
                    r"sting|calm|heated|harsh|snapp\w*|awful|horrible|review\w*|lawyer\w*|sue)\b", re.I)


def describes_upset(text: str) -> bool:
    return bool(_UPSET.search(text))


# What the message should say, given by staff ("text to Hooli's owner saying we got her voicemail and will call back").
_SAYING = re.compile(r"\b(?:saying|to\s+say|that\s+says)\s+(?:that\s+)?([^.!?\n]{6,200})", re.I)
_FOR_THEM = {"he": "you", "she": "you", "they": "you", "him": "you", "them": "you", "his": "your", "their": "your",
             "theirs": "yours", "hers": "yours", "himself": "yourself", "herself": "yourself", "themselves": "yourselves"}
_NOT_A_NOUN = {"to", "for", "with", "about", "and", "or", "on", "in", "at", "by", "from", "that", "if", "when", "the", "a"}


_HOW_TO_SAY = re.compile(r"\s*(?:no|yes|sorry)\b[\s,]*(?:without|nicely|politely|kindly|gently|firmly|but|in\s+a|while|and\s+(?:stays?|keeps?|is))\b",
                         re.I)


def words_given(text: str) -> str:
    """The words staff give for a text or chat message to send ("... saying we got her voicemail and will call
    back tomorrow"), addressed to the reader ("We got your voicemail and will call back tomorrow."); "" for none."""
    found = _SAYING.search(text)
    if not found or _HOW_TO_SAY.match(found.group(1)):
        return ""   # "says no without being a jerk" tells how to say it, not what
    if re.search(r"\b(?:when|what|which|whether|how\s+long|the\s+dates?)\b", found.group(1), re.I):
        return ""   # "saying the office is closed over xmas and when we're back": what to cover, from the record
    said = _TRAILING.sub("", re.sub(r"[\s,;:-]*\b(?:friendly|short|brief|polite|warm|casual)\b(?:[\s,]+(?:and\s+)?"
                                    r"(?:friendly|short|brief|polite|warm|casual)\b)*\s*$", "", found.group(1).strip(), flags=re.I))
    words = said.split()
    for i, word in enumerate(words):
        bare = word.lower()
        if bare == "her":   # "her voicemail" is hers; "call her back" is her
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            words[i] = "your" if following and following not in _NOT_A_NOUN and following not in ("back", "up", "again") else "you"
        elif bare in _FOR_THEM:
            words[i] = _FOR_THEM[bare]
    said = " ".join(words).replace("you is ", "you are ").replace("you was ", "you were ").replace("you has ", "you have ")
    if len(words) < 4:
        return ""   # "saying we're leaving it" tells what the message is about, too few words to be the message
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".") if said else ""


# Who the reply is to, by name: the signature of a pasted message ("- Dr. Okafor", "Cheers, Marcus"), or a name with
# a title in the request ("reply to Dr Okafor").
_SIGNED_OFF = re.compile(r"(?:^|[\n.!?]\s*|\s)(?:(?i:thanks|thank\s+you|cheers|regards|best|kind\s+regards|many\s+thanks|"
                         r"best\s+wishes|warm\s+regards)[,!.]?\s+|[-–—]\s*)((?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?[A-Z][a-z'-]+"
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
               "guys", "you", "again", "so", "much", "in", "advance", "a", "lot", "urgent", "please"}


def addressee(text: str, pasted: str = "") -> str:
    """The person a reply is addressed to, as they sign or are named ("Dr Okafor", "Marcus"); "" when unnamed."""
    found = (_SIGNED_OFF.search(pasted.strip()) or _NAME_LINE.search(pasted.rstrip())
             or _LETTER_SIGNED.search(pasted.rstrip())) if pasted else None
    found = found or _TITLED.search(text)
    if not found or {word.lower() for word in found.group(1).split()} & _NOT_A_NAME:
        return ""
    name = re.sub(r"^(Dr|Mr|Mrs|Ms|Prof)\.", r"\1", found.group(1))
    name = re.sub(r"^(\w[a-z'-]+)\s+[A-Z]\.$", r"\1", name)   # "Art V." is written to as "Art"
    # "Dr. Ana Ruiz" is written to as "Dr Ruiz": a title goes with the surname
    titled = re.match(r"(Dr|Mr|Mrs|Ms|Prof)\s+\S+\s+(\S+)$", name)
    return f"{titled.group(1)} {titled.group(2)}" if titled else name


def speaker_named(text: str) -> str:
    """The colleague names themselves at the start ("Priya here.", "it's Tom -"); "" otherwise."""
    found = re.match(r"\s*(?:(?:hi|hey|hello)[,!]?\s+)?(?:(?:it'?s|this\s+is)\s+([A-Z][a-z]+)\b|([A-Z][a-z]+)\s+here\b)", text)
    return (found.group(1) or found.group(2)) if found else ""


def signs_it_themselves(text: str) -> bool:
    """The colleague asking will sign it ("I'm signing it", "from me", "signed by me")."""
    return bool(re.search(r"\b(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:be\s+)?sign(?:ing)?\s+(?:it|this|off)\b|\bsign(?:ed)?\s+"
                          r"(?:it\s+)?(?:by|as|from)\s+me\b|\bfrom\s+me\b(?!\s*[(,\-–])|"
                          # "Vandelay replied to my last email: ..." (the thread is theirs to carry on)
                          r"\b(?:replied|responded|wrote\s+back)\s+to\s+my\b", text, re.I))


def wants_formal(text: str) -> bool:
    """A formal letter ("formal letter", "on letterhead"): opened "Dear", closed "Yours sincerely"."""
    return bool(re.search(r"\bformal(?:ly)?\b|\bletter-?head\b|\bofficial\s+letter\b", text, re.I))


# The close-out already done, as staff tell it ("our access removed", "final invoice attached").
_CLOSED_OUT = re.compile(r"\b(?:access|agents?|accounts?|tools|admin)\s+(?:(?:has|have)\s+been\s+|now\s+|already\s+|all\s+)?"
                         r"(?:removed|pulled|revoked|gone)\b|\bwe'?ve\s+(?:now\s+|already\s+)?(?:removed|pulled|revoked)\b|"
                         r"\bfinal\s+invoice\s+(?:is\s+)?attached\b", re.I)


_HANDOVER_DONE = re.compile(r"\bhandover\s+(?:is\s+|has\s+been\s+|was\s+)?(?:all\s+|now\s+)?(?:wrapped\s+up|done|complete\w*|"
                            r"finished|closed)\b|\b(?:wrapped\s+up|completed?|finished)\s+the\s+handover\b", re.I)


def says_handover_done(text: str) -> bool:
    return bool(_HANDOVER_DONE.search(text))


def says_closed_out(text: str) -> bool:
    return bool(_CLOSED_OUT.search(text))


def invoice_attached(text: str) -> bool:
    return bool(re.search(r"\binvoice\s+(?:is\s+)?attached\b|\battach\w*\s+(?:the\s+)?(?:final\s+)?invoice\b", text, re.I))


def owes_money(text: str) -> bool:
    """Says the client owes us ("still hasn't paid October", "until they pay up")."""
    return bool(_OPEN_INVOICE.search(text) or re.search(r"\b(?:hasn'?t|haven'?t|not)\s+(?:yet\s+)?paid\b|\buntil\s+they\s+pay\b|"
                                                       r"\bstill\s+owes?\b|\bowes?\s+us\b", text, re.I))


def addressed_to(text: str, name: str) -> bool:
    """The words are written to `name` (the client, by its name or first word): "teams msg to hooli: ..."."""
    words = [re.escape(word) for word in name.split()[:1] if len(word) > 2]
    return bool(words) and bool(re.search(
        rf"\b(?:msg|message|e-?mail|text|note|reply|letter|post|dm|sms|voicemail|script)\s+(?:back\s+)?(?:for\s+me\s+)?to\s+(?:the\s+)?"
        rf"{words[0]}\b(?!['’]s\b)",
        text, re.I))


def asks_if_signed_off(text: str) -> bool:
    """Asks whether the client signed the handover off ("did Vandelay ever sign off on the handover?")."""
    return bool(re.search(r"\b(?:did|has|have|do\s+we\s+know\s+if|is\s+there|who|when)\b[^.?!]{0,40}\bsign(?:ed)?[\s-]*off\b[^.?!]*\?",
                          text, re.I))


def asks_what_next(text: str) -> bool:
    """Asks what to do as well ("if not, what should it look like now?")."""
    return bool(re.search(r"\bif\s+not\b|\bwhat\s+(?:should|do|now)\b|\bhow\s+(?:do|should|can)\b|\bnext\s+steps?\b", text, re.I))


def names_the_reason(text: str) -> bool:
    """Says the reason in so many words ("they've asked for the actual reason as well"), not only "in writing"."""
    return bool(re.search(r"\b(?:reasons?|why)\b", text, re.I))


def mentions_the_reason(text: str) -> bool:
    """Speaks of the reason ("do I spell out the late payments?"), or wants the notice formally confirmed in
    writing, so a notice restated says the reason too."""
    return bool(re.search(r"\b(?:reasons?|why|spell\w*\s+(?:it\s+)?out|vague|formal(?:ly)?|in\s+writing|confirmation)\b", text, re.I))


def told_by_phone(text: str) -> bool:
    """The notice was given by phone ("I told them by phone on the 20th"): the letter confirms that call."""
    return bool(re.search(r"\b(?:told|informed|notified|gave\s+(?:them\s+)?notice)\b[^.?!]{0,60}\b(?:by|on|over)\s+(?:the\s+)?"
                          r"(?:phone|call|teams\s+call|zoom)\b", text, re.I))


# A colleague named, and the words are for him or her ("Sam on my team ... a slack dm to him", "a welcome
# slack for our new account manager").
_COLLEAGUE = re.compile(r"\b(?:on\s+(?:my|our|the)\s+team|(?:my|our)\s+(?:tech|technician|engineer|colleague)s?|tech\s+lead|"
                        r"team\s+lead|new\s+(?:account\s+manager|starter|hire|tech)|colleague)\b", re.I)
_TO_THE_COLLEAGUE = re.compile(r"\b(?:dm|message|msg|reply|note|slack|teams|e-?mail|welcome)\b[^.?!]{0,30}\b(?:to|for)\s+(?:him|her)\b|"
                               r"\b(?:welcome|intro)\s+(?:slack|message|msg|note|e-?mail|post)\b", re.I)


# A report up the line: "my manager wants a quick status email", "3 bullets for tomorrow's leadership meeting".
_FOR_MANAGEMENT = re.compile(
    r"\b(?:my|our|the)\s+(?:manager|boss|line\s+manager|director|ceo|md|leadership|management|mgmt|execs?|board|partners|"
    r"ops\s+lead|owner\s+of\s+the\s+business)\b[^.?!]{0,40}\b(?:wants?|needs?|asked|asking|would\s+like)\b[^.?!]{0,30}"
    r"\b(?:status|update|summary|bullets?|report|rundown|recap|overview|briefing)\b|"
    r"\b(?:status|update|summary|bullets?|report|rundown|recap|overview|briefing|points)\b[^.?!]{0,50}\b(?:for|to|at|in)\s+"
    r"(?:my|our|the|tomorrow'?s|today'?s|this\s+week'?s|next\s+week'?s|the\s+weekly|monday'?s|friday'?s)\s+(?:\w+\s+)?"
    r"(?:manager|boss|leadership|management|mgmt|execs?|exec\s+team|board|partners|stand-?up|ops)\s*"
    r"(?:meeting|call|sync|review|update|huddle)?\b|"
    # "a ping for Priya summarising where Acme stands": the same for a colleague, named
    r"\b(?:summar(?:y|ise|ize|ising|izing)|recap|rundown|status\s+update)\b[^.?!]{0,40}\bwhere\s+"
    r"(?:things\s+|we\s+)?(?:\w+\s+){0,3}(?:stands?|are\s+at|is\s+at)\b", re.I)


_AT_OUR_MEETING = re.compile(r"\b(?:say|tell|announce|share|mention)\b[^.?!]{0,40}\b(?:at|in|during)\s+(?:the\s+|our\s+|tomorrow'?s\s+|"
                             r"today'?s\s+|this\s+week'?s\s+|monday'?s\s+|the\s+weekly\s+)?(?:team\s+)?(?:stand-?up|huddle|all[\s-]hands|"
                             r"team\s+meeting|team\s+call|morning\s+meeting)\b", re.I)


# Where clients stand, summed up for a colleague ("Slack reply to Priya: sum up where Acme and Vandelay stand").
_SUM_UP = re.compile(r"\b(?:sum\s+up|summari[sz]e|recap|round\s*up)\b[^.?!]{0,30}\bwhere\b[^.?!]{0,60}\bstands?\b|"
                     # "teams msg to Priya: where do Acme and Vandelay stand?"
                     r"\b(?:msg|message|dm|note|ping|post|reply)\s+to\s+[A-Z]\w+\b[^?]{0,10}\bwhere\s+(?:do|does|are|is)\b[^.?!]{0,60}"
                     r"\bstands?\b", re.I)


# A reply to a colleague who asked us ("Junior tech pinged me: '...can I just fix their email?' Write me a Slack reply
# to him"): words for our own people, whoever the question was about.
_REPLY_TO_COLLEAGUE = re.compile(r"\b(?:junior|new|our|one\s+of\s+our|the|a)\s+(?:tech|technician|engineer|colleague|team\s*mate|"
                                 r"analyst|helpdesk\s+\w+|help\s+desk\s+\w+)\b[^.?!\"]{0,40}\b(?:pinged|messaged|asked|slacked|"
                                 r"dm'?d|emailed|wrote)\b[\s\S]{0,400}\breply\s+to\s+(?:him|her|them)\b|"
                                 # "2-line slack reply to a tech asking 'acme printer broke, do we still fix stuff?'"
                                 r"\breply\s+to\s+(?:a|the|our|one\s+of\s+our|my)\s+(?:new\s+|junior\s+)?(?:tech|technician|engineer|"
                                 r"colleague|team\s*mate|analyst)\b", re.I)


def words_for_the_team(text: str) -> bool:
    return bool(_FOR_THE_TEAM.search(text) or _FOR_MANAGEMENT.search(text) or _AT_OUR_MEETING.search(text)
                or _SUM_UP.search(text) or _REPLY_TO_COLLEAGUE.search(text)
                or _COLLEAGUE.search(text) and _TO_THE_COLLEAGUE.search(text))


def reports_up_the_line(text: str) -> bool:
    """A status report for a manager, a leadership meeting or a colleague ("Teams message to Priya: where does Acme stand
    today?"): where things stand, not words for the client."""
    return bool(_FOR_MANAGEMENT.search(text) or _SUM_UP.search(text))


# "3 bullets", "max 15 words each": how many points a list has and how long each may be.
_POINT_COUNT = re.compile(r"\b(one|two|three|four|five|six|[1-9])\s+(?:short\s+|quick\s+|key\s+)?(?:bullets?|bullet\s+points|points|lines)\b", re.I)
_PER_POINT = re.compile(r"\b(?:max(?:imum)?|under|no\s+more\s+than|at\s+most|up\s+to)\s+(\d{1,3})\s+words?\s+(?:each|per\s+(?:bullet|point|line))\b|"
                        r"\b(\d{1,3})\s+words?\s+(?:max\s+)?(?:each|per\s+(?:bullet|point|line))\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def points_asked(text: str) -> tuple[int, int]:
    """(how many points, most words in each) a list is asked in; 0 where the request sets none."""
    count, each = _POINT_COUNT.search(text), _PER_POINT.search(text)
    number = count.group(1).lower() if count else ""
    return (_NUMBERS.get(number) or int(number) if number else 0,
            int(each.group(1) or each.group(2)) if each else 0)


# An ex-client wanting to come back ("they want back in", "asked to re-sign"), however the router reads the rest.
_BACK_IN = re.compile(r"\bwants?\s+(?:to\s+(?:come|get)\s+)?back(?:\s+in)?\b|\b(?:come|coming)\s+back\b|\bre-?(?:sign|join|start)\b|"
                      r"\breinstat\w*|"
                      r"\bsign\w*\s+(?:back\s+(?:up|on)|up\s+again|(?:up|on)\s+(?:again\s+)?with\s+us)\b|"   # (the new owners, signing up with us)
                      r"\btake\s+(?:them|us|\w+)\s+back\b|\bback\s+on\s+(?:board|the\s+books)\b", re.I)


def wants_back_in(text: str) -> bool:
    return bool(_BACK_IN.search(text))


# "What's the difference between removing our access and spite?": when closing out is hygiene and when it is spite.
_SPITE_OR_HYGIENE = re.compile(r"\b(?:difference|different)\b[^.?!]{0,80}\b(?:spite|cut\w*\s+(?:them\s+)?off|switch\w*\s+off|"
                               r"remov\w*\s+our|revok\w*)|\b(?:would|does|is)\s+(?:that|it|this|\w+ing\s+(?:\w+\s+){0,3}?\w+)\s+"
                               r"(?:now\s+)?(?:count\s+as\s+|be\s+(?:seen\s+as\s+)?|considered\s+)?['\u2018\u201c]?spite", re.I)


def asks_spite_or_hygiene(text: str) -> bool:
    return bool(_SPITE_OR_HYGIENE.search(text))


# Our own access, agents or accounts in their systems, and whether or when they go: "delete our admin acct or
# leave it?", "when do I pull our RMM agent?".
_OURS_IN_THEIR_SYSTEMS = re.compile(
    r"\b(?:our|we\s+still\s+have(?:\s+(?:a|an|the))?)\s+(?:\w+\s+){0,3}?(?:rmm|agents?|admin\s+acc(?:ount|t)s?|acc(?:ount|t)s?|"
    r"access|logins?|backup\s+(?:jobs?|console)|monitoring|remote\s+access|tools?|delegated\s+admin|admin)\b", re.I)
_TAKEN_AWAY = re.compile(r"\b(?:delet\w*|remov\w*|revok\w*|disabl\w*|pull\w*|kill\w*|uninstall\w*|get\s+rid\s+of|leave|"
                         r"keep|turn\w*\s+off|switch\w*\s+off|shut\w*\s+(?:off|down))\b", re.I)


# Something of theirs held in an account of ours ("their Wi-Fi controller in OUR cloud account"): theirs to hand over.
_THEIRS_IN_OUR_ACCOUNT = re.compile(r"\b(?:in|on|under|through)\s+(?:our|the\s+firm'?s)\s+(?:\w+\s+){0,2}(?:account|tenant|portal|"
                                    r"subscription)\b", re.I)


def asks_about_our_access(text: str) -> bool:
    """Asks whether or when our own access, agents or accounts in the client's systems go."""
    return bool(_OURS_IN_THEIR_SYSTEMS.search(text) and _TAKEN_AWAY.search(text)) \
        and not _THEIRS_IN_OUR_ACCOUNT.search(text)


def asks_to_end_call(text: str) -> bool:
    """Asks whether they may end a call or a meeting that has turned abusive ("can I hang up?")."""
    return bool(re.search(r"\bhang\s+up\b|\bend\s+(?:the|a)\s+(?:call|meeting)\b|\bput\s+the\s+phone\s+down\b|"
                          r"\bwalk\s+out\b|\bleave\s+the\s+(?:call|meeting)\b", text, re.I))


# A client asking about another client, passed on ("she asked if we also dumped Globex"): confidential.
_ABOUT_ANOTHER = re.compile(r"\b(?:asked|asks|asking|wants\s+to\s+know|wondering)\b[^.?!]{0,40}(?:\b(?:other\s+clients?|anyone\s+else)\b|"
                            r"\balso\s+(?:dump|drop|fire|let|cut|end)\w*|\b(?:dump|drop|fire|cut|end)\w*\s+(?:\w+\s+){0,3}?"
                            r"(?:too|as\s+well)\b)", re.I)


def relays_question_about_another(text: str) -> bool:
    return bool(_ABOUT_ANOTHER.search(text))


_TALKING_POINTS = re.compile(r"\b(?:talking|bullet)\s*points?\s+(?:for|at|in)\s+(?:the|a|our|my|this|tomorrow'?s)\s+"
                             r"(?:(?:\w+\s+){0,2}?(?:meeting|mtg|sit[\s-]?down)|handover\s+call)\b", re.I)


# A note to go out on the last day itself ("a 'today is your last day of support' email for Acme, to go out on the day").
_LAST_DAY_NOTE = re.compile(r"\btoday\s+is\s+(?:your|their|the)\s+(?:last|final)\s+day\b|"
                            r"\b(?:go\s+out|send|sent|post(?:ed)?)\s+on\s+(?:the|their|its)\s+(?:last\s+|final\s+)?day(?:\s+itself)?\b|"
                            r"\b(?:last|final)[\s-]day\s+(?:email|e-mail|message|msg|note|letter|goodbye)\b", re.I)


def wants_last_day_note(text: str) -> bool:
    return bool(_LAST_DAY_NOTE.search(text))


def wants_agenda(text: str) -> str:
    """"agenda" or "talking points" when a meeting's agenda or the points to cover in it are asked for (a list,
    not a speech); else ""."""
    return "agenda" if re.search(r"\bagenda\b", text, re.I) else "talking points" if _TALKING_POINTS.search(text) else ""


def keeps_ours(text: str) -> bool:
    """... and proposes leaving them in place for a while ("can we leave our agent till theirs is in?")."""
    return bool(re.search(r"\b(?:leave|keep)\s+(?:\w+\s+){0,4}?(?:in\s+place|on|running|installed|till|until|for\s+now)\b",
                          text, re.I)) and not re.search(r"\b(?:or|vs\.?)\s+(?:delete|remove|pull|kill)\b|\b(?:delete|remove)\s+"
                                                        r"(?:it|them)\s+or\b", text, re.I)


# Ending a client in so many words ("should we drop them?", "start their termination notice"): for a client
# not being offboarded, that is a decision nobody has made yet.
_ENDING_THEM = re.compile(
    r"\b(?:drop(?:p\w*|s)?|dump\w*|ditch\w*|fir(?:e|ing)|offboard\w*|terminat\w*|get(?:ting)?\s+rid\s+of|chopping\s+block|"
    r"next\s+to\s+go|axed?|"
    r"let(?:ting)?\s+(?:them|\w+)\s+go|part(?:ing)?\s+ways|end(?:ing)?\s+(?:it|things|(?:the|our|their)\s+"
    r"(?:contract|relationship|agreement))|(?:give|giving|serve|serving)\s+(?:them\s+)?notice|"
    # the end of their support spoken of as settled ("their support ends Monday", "their last day")
    r"(?:their|the)\s+(?:support|contract|agreement)\s+(?:ends?|finish\w*|stops?)|their\s+last\s+day(?:\s+of\s+support)?)\b", re.I)


# "we want to drop Soylent Corp ... how do I tell them?": our own decision to end, to be announced.
_OUR_DECISION = re.compile(r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:want|need|decided|plan|intend)\s+to\s+(?:drop|let\s+\w+(?:\s+\w+)?\s+go|fire|"
                           r"terminate|part\s+ways\s+with|offboard|end\s+(?:things\s+)?with)\b|"
                           r"\b(?:we|i)(?:'re|\s+are)\s+(?:going\s+to\s+|gonna\s+)?(?:dropping|letting\s+\w+(?:\s+\w+)?\s+go|firing|"
                           r"terminating|offboarding)\b", re.I)
_TELL_THEM = re.compile(r"\bhow\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:tell|announce|break|let\s+them\s+know|say\s+it)\b|"
                        r"\b(?:announce|break\s+the\s+news|let\s+them\s+know)\b", re.I)


def announces_our_decision(text: str) -> bool:
    """Our own decision to end with a client, and words asked to tell them ("we want to drop X, how do I tell them?")."""
    return bool(_OUR_DECISION.search(text) and _TELL_THEM.search(text))


def speaks_of_ending(text: str) -> bool:
    """The question is about ending with the client: whether to, or what to say if they ask."""
    return bool(_ENDING_THEM.search(text))


# What is still ours to close out once support has ended ("are we still on the hook for anything?").
_WHAT_IS_LEFT = re.compile(
    r"\bon\s+the\s+hook\b|\b(?:anything|what(?:'s|\s+is)?)\s+(?:\w+\s+)?(?:left|outstanding|remaining|still\s+open)\s+"
    r"(?:to\s+(?:do|close|tidy|sort)|for\s+(?:us|me)|on\s+our\s+(?:side|end))\b|\bloose\s+ends?\b|"
    r"\b(?:are|is)\s+we\s+(?:fully\s+|properly\s+|completely\s+)?(?:done|clear|finished)\s+with\b", re.I)


def asks_what_is_left(text: str) -> bool:
    """Asks what is still ours to close out with a client whose support has ended."""
    return bool(_WHAT_IS_LEFT.search(text))


# Words wanted for the final invoice: the email that sends it, or one that chases it.
# A line to print on the invoice itself ("wording for the final invoice line", "a one-liner for the bottom of the invoice").
_INVOICE_LINE = re.compile(r"\b(?:invoice|footer)\s+(?:line|note|text|footer)\b|\bline\s+(?:for|on)\s+(?:the|an?|our)\s+(?:final\s+)?"
                           r"invoice\b|\bbottom\s+of\s+(?:the|an?|our|their)\s+(?:[\w']+\s+){0,3}?invoice\b|\bline\s+item\b", re.I)


def invoice_line(text: str) -> bool:
    return bool(_INVOICE_LINE.search(text))


_FINAL_INVOICE = re.compile(r"\b(?:final|last|closing)\s+(?:[\w']+\s+){0,3}?(?:invoice|bill)\b", re.I)
_WORDS_FOR = re.compile(r"\b(?:e-?mail|subject\s+lines?|wording|word|draft|message|msg|note|letter|reminder|chase\w*|nudge|write|text|answer|"
                        r"reply|respond)\b", re.I)
_CHASING = re.compile(r"\b(?:unpaid|overdue|outstanding|still\s+(?:open|not\s+paid|owing|hasn'?t\s+been\s+paid)|"
                      # (reminding them of our terms is said in the covering email, not a chase)
                      r"remind\w*(?!\s+(?:them\s+|her\s+|him\s+)?(?:of\s+)?(?:that\s+)?(?:our|the)\s+(?:payment\s+)?terms)|"
                      r"chase\w*|nudge|not\s+(?:been\s+)?paid|hasn'?t\s+paid|haven'?t\s+paid)\b", re.I)
# The payment terms staff state ("remind them our terms are 10 days", "terms: net 30").
_TERMS_GIVEN = re.compile(r"\bterms\s*(?:are|is|of|:|=)\s*((?:net\s*)?\d{1,3}\s*(?:days?|working\s+days)|net\s*\d{1,3})\b|"
                          # "saying 'due within ten days as per our payment policy'"
                          r"\bdue\s+((?:within|in)\s+(?:\d{1,3}|seven|ten|fourteen|fifteen|twenty|thirty|sixty)\s+(?:working\s+)?days)\b",
                          re.I)


def payment_terms_given(text: str) -> str:
    """The payment terms a request states, as written ("10 days", "net 30"); "" for none."""
    found = _TERMS_GIVEN.search(text)
    return " ".join((found.group(1) or found.group(2)).split()) if found else ""


# A discount asked on what is owed, to get it paid ("they'll only pay if we knock 20% off").
_DISCOUNT = re.compile(r"\b(?:knock|take)\w*\s+(?:\d+\s*%|\w+\s+per\s*cent|some(?:thing)?|a\s+bit)\s+off\b|\bdiscount\w*\b|"
                       r"\bgoodwill\s+(?:gesture|discount|credit)\b|\b(?:write|waive)\w*\s+(?:\w+\s+){0,2}off\b|\btake\s+the\s+hit\b", re.I)


def asks_discount_to_settle(text: str) -> bool:
    """A discount asked on the final invoice or what is owed, to get it paid or over with."""
    return bool(_DISCOUNT.search(text) and re.search(r"\b(?:invoice|bill|pay\w*|owe\w*|balance|arrears)\b", text, re.I))


# An invoice other than the final one still unpaid ("Acme still owes the November invoice").
_OPEN_INVOICE = re.compile(r"\b(?:owes?|owing|unpaid|overdue|outstanding|hasn'?t\s+paid|haven'?t\s+paid)\b[^.?!]{0,40}\b(?:invoices?|bills?)\b|"
                           r"\b(?:invoices?|bills?)\b[^.?!]{0,30}\b(?:unpaid|overdue|outstanding)\b", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")


def final_invoice_wording(text: str) -> str:
    """"chase" for words chasing an unpaid final invoice, "send" for the email that carries it, "line" for a line
    printed on it, "instalments" for an answer to paying it in parts, "chase_open" for words chasing another invoice
    still unpaid, "" for none."""
    if _INVOICE_LINE.search(text) and _FINAL_INVOICE.search(text):
        return "line"
    if re.search(r"\binstal(?:l)?ments?\b|\bpayment\s+plan\b", text, re.I) and _FINAL_INVOICE.search(text):
        return "instalments"   # "can we pay the final invoice in 3 instalments?": a person agrees it, or not
    if not _WORDS_FOR.search(text):
        return ""
    if _FINAL_INVOICE.search(text):
        return "chase" if _CHASING.search(text) else "send"
    return "chase_open" if _OPEN_INVOICE.search(text) else ""


def months_named(text: str) -> str:
    """The months a message names, in full and in order of the calendar ("October and November"); "" for none."""
    named = [month for month in _MONTHS if re.search(rf"\b{month[:3]}(?:{month[3:]})?\b", text, re.I)]
    return " and ".join(filter(None, [", ".join(named[:-1]), named[-1]])) if named else ""


# Whether to go on declining an ex-client who keeps asking ("how long do we keep saying no?").
_KEEP_DECLINING = re.compile(r"\bkeep\s+(?:on\s+)?(?:saying\s+no|declining|refusing|turning\s+(?:them|\w+)\s+down|ignoring)\b|"
                             r"\bat\s+(?:some|what)\s+point\b[^.?!]{0,40}\b(?:help|give\s+in|say\s+yes|cave)\b|"
                             r"\bstill\s+(?:calls?|calling|rings?|ringing|emails?|emailing|messag\w*|contact\w*)\b|"
                             # "Vandelay keep ringing the support line"
                             r"\bkeeps?\s+(?:on\s+)?(?:ringing|calling|phoning|emailing|messaging|contacting|texting|pinging)\b", re.I)


def asks_to_keep_declining(text: str) -> bool:
    """Asks whether, or how, to go on saying no to an ex-client who keeps coming back."""
    return bool(_KEEP_DECLINING.search(text))


# Whether to go quiet on a client: "is it fine to just stop replying to Globex now?", "can we just ignore them?"
_STOP_ANSWERING = re.compile(r"\bstop\s+(?:replying|answering|responding|getting\s+back)\b|"
                             r"\b(?:just\s+)?(?:ignore|ghost|blank)\s+(?:them|him|her|their\s+(?:e-?mails?|calls?|messages?))\b|"
                             r"\bleave\s+(?:them|him|her)\s+on\s+read\b|\b(?:not|never)\s+(?:reply|answer|respond)\s+(?:to\s+)?(?:them|any\s+more)\b",
                             re.I)


def asks_to_stop_answering(text: str) -> bool:
    """Asks whether we may stop answering a client's messages altogether."""
    return bool(_STOP_ANSWERING.search(text))


# A client who contacts us far too often, or around the help desk: "calling 6x a day", "rang my personal cell".
_TOO_OFTEN = re.compile(
    r"\b(?:call\w*|ring\w*|rang|phon\w*|email\w*|e-mail\w*|messag\w*|text\w*|ping\w*|contact\w*)\b[^.?!]{0,40}"
    r"\b(?:\d+\s*x|\d+\s+times|(?:several|many|multiple|a\s+dozen)\s+times|constantly|all\s+day|every\s+(?:day|hour|morning)|"
    r"non-?stop|round\s+the\s+clock)\b|\bset\s+(?:some\s+)?(?:limits|boundaries)\b|"
    r"\b(?:personal|private)\s+(?:cell|mobile|phone|number|e-?mail|whatsapp)\b|\bmy\s+(?:cell|mobile)\b|"
    r"\b(?:bypass\w*|go\w*\s+around|skip\w*)\s+the\s+(?:help\s*desk|ticket\w*|queue|portal)\b|"
    # "they keep opening tickets via the portal"
    r"\bkeeps?\s+(?:on\s+)?(?:opening|logging|raising|submitting|sending|filing|creating)\s+(?:new\s+)?(?:tickets|requests|cases)\b", re.I)


def contacts_too_often(text: str) -> bool:
    """The client contacts us far too often, or outside the help desk, and staff want to set limits."""
    return bool(_TOO_OFTEN.search(text))


# The client's question about the last day itself, passed on ("they're asking whether the 21st is the last day
# they're supported or the first day they're not").
_ASKING = r"\b(?:ask\w*|wants?\s+to\s+know|wonder\w*|check\w*|confirm\w*)\b"
_THE_DAY = r"\b(?:last|final|first)\s+(?:day|date)\b|\bend\s+date\b|\bcut-?off\b"
_DATE_QUESTION = re.compile(_ASKING + r"[^.?!]{0,30}\b(?:whether|if|when|which|what)\b[^.?!]{0,40}(?:" + _THE_DAY + ")|" +
                            _ASKING + r"[^.?!]{0,30}(?:" + _THE_DAY + r")[^.?!]{0,20}\b(?:inclusive|exactly|again|or)\b|" +
                            # "asked what happens on the 21st"
                            _ASKING + r"[^.?!]{0,20}\bwhat\s+happens\s+(?:on|after)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|"
                            r"last\s+day|end\s+date)\b", re.I)


def relays_date_question(text: str) -> bool:
    """Staff pass on the client's question about the last day itself, for the answer to give them (or paste it in:
    "website chat from acme asking 'when exactly do you stop looking after us?'")."""
    pasted = pasted_message(text)
    return bool(_DATE_QUESTION.search(text)) or bool(pasted) and cues.asks_end_date(pasted) \
        and not cues.asks_for_more_time(pasted) and len(pasted.split()) <= 20


# A note or summary wanted for our own use ("an internal note for the acme file"): the facts written up.
_A_NOTE = re.compile(r"\b(?:note|summary|summari[sz]e|write-?up|rundown|overview|brief|post|message|msg|update)\b", re.I)


def wants_a_note(text: str) -> bool:
    return bool(_A_NOTE.search(text))


# Asked outright to write something ("write me an email to a client ...", "how do I word the reason?"),
# not only what to say: with no client on record, the wording comes as a template with blanks.
_WRITE_IT = re.compile(r"\b(?:write|draft|compose|word)\b[^.?!]{0,25}\b(?:e-?mail|letter|message|note|reply|script|reason|"
                       r"notice|decline|refusal|response|answer|no|reminder|nudge|follow-?up|update|announcement|post)\b|\bwhat\s+(?:goes|should\s+go|to\s+put|do\s+i\s+put)\s+in\s+(?:the|a|my|our)\s+(?:message|e-?mail|letter|"
                       r"notice)\b|\bneed\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|script|draft|note|reply|message|response)\b|"
                       # "Priya wants a reply", "Tom wants a short decline": words asked for on someone's behalf
                       r"\b(?:wants?|needs?)\s+(?:an?|the)\s+(?:\w+\s+)?(?:reply|response|answer|decline|letter|note|e-?mail|message)\b|\bhow\s+(?:do|should)\s+(?:i|we)\s+"
                       r"word\b|\b(?:reply|response|answer)\s+(?:pls|plz|please)\b|\bpls\s+(?:reply|respond)\b|"
                       r"\bgive\s+me\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|message|note|text|reply|script|post)\b|"
                       # "can you write them something offering a plan B"
                       r"\b(?:write|draft)\s+(?:them|him|her|the\s+client|me|us)?\s*(?:something|a\s+few\s+(?:lines|words)|"
                       r"some\s+(?:words|lines))\b", re.I)
# A department of ours ("our finance team"): a note for them is about their task, not the whole ending.
_DEPARTMENT = re.compile(r"\b(?:billing|finance|accounts|legal|lawyers?|solicitors?|payroll)\b", re.I)
# The new provider's contact details asked for ("Castle Tech's number?", "email address for their new IT").
_CONTACT_DETAILS = re.compile(r"(?:'s|s')\s+(?:phone\s+)?(?:number|phone|e-?mail(?:\s+address)?|contact(?:\s+details)?)\b|"
                              r"\b(?:a\s+|any\s+)?contact\s+(?:at|with|for)\b|"
                              r"(?<!checklist\s)(?<!handover\s)(?<!intro\s)\b(?:number|phone|e-?mail(?:\s+address)?|contact\s+details)\s+(?:for|of|at)\b", re.I)


# Words asked for by their shape alone, as busy staff ask: "firm no, friendly, 4 sentences", "honest but kind
# answer, from Priya", "intro email from us to Castle Tech", "slack-length reply I can paste", "bullets, client-friendly".
_WORDING_SHAPE = re.compile(
    r"\b(?:short|shorter|quick|brief|firm|friendly|honest|kind|polite|warm|calm|formal|plain|gentle|bullet(?:ed)?|"
    r"slack[- ]length|sms[- ]length|intro(?:duction|ductory)?|pinned|one[- ]paragraph|1[- ]paragraph|one[- ]line|"
    r"client[- ]friendly)\b[\w ,'-]{0,30}?\b(?:e-?mail|reply|answer|response|note|message|msg|text|sms|invite|post|"
    r"letter|no|decline|paragraph|bullets|update|version)\b|"
    r"(?:^|[.:;\n]\s*)(?:an?\s+)?(?:e-?mail|reply|msg|message|note|text|sms|letter|post|invite)\s+(?:to|for|from|offering|"
    r"telling|asking|confirming|explaining|reminding|announcing|saying|about)\s+\w|"
    r"\b(?:put|post|drop|stick|pop)\s+(?:something|a\s+(?:line|note|message|msg|reply|post)|a\s+few\s+lines)\s+(?:in|into|on)\b|"
    r"\b(?:calendar|meeting|teams|outlook)\s+invite\b|\btalking\s+points\b|\b(?:\d|two|three|four|five)\s+sentences\b|"
    r"\b(?:one|1|a|single)\s+paragraph\b|\bone-?liner\b|\bbullets?\b[^.?!]{0,20}\bclient\b|"
    r"\b(?:reply|answer|response|note|message)\s+(?:for|from)\s+(?:[A-Z][a-z]+|me|us)\b", re.I)


# A client's worry that something of theirs stops at the end, passed on by staff ("a Hooli employee asks if
# their email stops on 4 Jan").
_STOP_FEAR = re.compile(r"\b(?:asks?|asking|asked|wants?\s+to\s+know|wondering|worried|panicking)\b[^.?!]{0,30}\b(?:if|whether)\b"
                        r"[^.?!]{0,40}\b(?:stops?|stop\s+working|switched\s+off|cut\s+off|go(?:es)?\s+(?:down|dark|offline)|"
                        r"shut\s+(?:off|down)|(?:get|gets|be)\s+deleted|disappears?|dies?)\b", re.I)


def relays_stop_fear(text: str) -> bool:
    return bool(_STOP_FEAR.search(text))


# A call or meeting ahead where the client is expected to fight the decision ("he's going to fight it") or to
# shout ("they'll kick off"): prepared for as a plea to reconsider, or as anger (never "push back the date").
_WILL = r"\b(?:going\s+to|gonna|will|'ll|expect\w*\s+(?:him|her|them)\s+to|bound\s+to|likely\s+to|about\s+to)\s+(?:\w+\s+)?"
_FIGHT_EXPECTED = re.compile(_WILL + r"(?:fight|argue|contest|challenge|resist|dispute|beg|plead|"
                             r"push\s+back(?!\s+(?:the\s+|our\s+|their\s+)?(?:\w+\s+)?(?:date|deadline|call|meeting|day)\b))\b", re.I)
_SHOUTING_EXPECTED = re.compile(_WILL + r"(?:shout|yell|scream|rant|kick\s+off|lose\s+it|go\s+off|blow\s+up|"
                                r"be\s+(?:furious|livid|angry|hostile|rude|nasty|aggressive))\b", re.I)


def expects_a_fight(text: str) -> bool:
    return bool(_FIGHT_EXPECTED.search(text))


def expects_shouting(text: str) -> bool:
    return bool(_SHOUTING_EXPECTED.search(text))


# Another client named as the model to follow ("end date same as Acme", "just like we did for Hooli"): not whom
# the message is about.
_COMPARED_WITH = re.compile(r"\b(?:(?:the\s+)?same\s+(?:[\w-]+\s+){0,3}?as|just\s+like|(?:as|like)\s+(?:we\s+did\s+)?(?:for|with))"
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


# The new provider asking us how things were set up, passed on by staff ("their new IT people keep ringing our
# techs asking how stuff was set up"): the configuration question of an ex-client's provider.
_PROVIDER_ASKS_SETUP = re.compile(
    r"(?:\b(?:new\s+(?:it|provider|msp|people|guys|team|company|firm)|(?:it|msp)\s+(?:people|guys|company|firm))\b|"
    # "BrightPath wants 15 mins with one of our techs on how Globex's backups were set up": time with our people
    r"(?-i:\b[A-Z]\w+)\s+(?:wants?|asked\s+for|asking\s+for|asks\s+for)\s+(?:\w+\s+){0,2}(?:mins?|minutes|an?\s+hour|"
    r"a\s+call|a\s+walkthrough|a\s+session|time)\b)[^.?!]{0,80}"
    r"\b(?:how\s+(?:[\w'\u2019]+\s+){0,4}?(?:(?:was|were|is|are|got)\s+)?(?:set\s*up|configured|built|done|wired)|"
    r"why\s+(?:\w+\s+){0,4}?(?:was|were|is|are)\s+(?:set\s*up|configured|built|done))\b", re.I)


# The new provider means to start after our support ends ("will figure it all out in January", "pick it up
# after the holidays", "once you're gone").
_PROVIDER_LATER = re.compile(
    r"\b(?:figure|sort|pick|start|handle|deal|look|take|catch|get|do|set|begin|kick|onboard)\w*\b[^.?!]{0,40}?"
    r"\b(?:in|from|until|till|til|after|over|into|next)\s+(?:the\s+)?(?:jan(?:uary)?|new\s+year|next\s+year|holidays|"
    r"christmas|xmas|break)\b|"
    r"\b(?:after|once)\s+(?:we(?:'re|\s+are)|you(?:'re|\s+are))\s+(?:gone|done|out|off)\b", re.I)
_FINE = re.compile(r"\b(?:fine|ok|okay|alright|all\s+right|good|enough|a\s+problem|an\s+issue|realistic|work)\b[^.!]{0,20}\?|"
                   r"\b(?:is|does)\s+(?:that|this)\b", re.I)


# The new provider not in touch yet ("nudging them that Castle Tech still hasn't contacted us"): the handover.
_PROVIDER_SILENT = re.compile(r"\b(?:still\s+)?(?:hasn'?t|haven'?t|has\s+not|have\s+not|never|not\s+yet)\s+(?:yet\s+)?"
                              r"(?:contacted|called|emailed|reached\s+out|got\s+in\s+touch|been\s+in\s+touch|rung|phoned)\b", re.I)


def provider_not_in_touch(text: str) -> bool:
    return bool(_PROVIDER_SILENT.search(text))


def provider_starts_late(text: str) -> bool:
    """Staff relay that the new provider will start after our support ends, and ask if that is fine."""
    return bool(_PROVIDER_LATER.search(text)) and bool(_FINE.search(text)) and not _SOONER.search(text)


_SOONER = re.compile(r"\b(?:early|earlier|sooner|instead\s+of|rather\s+than)\b", re.I)   # starting before, not after


# The new provider given admin before the last day ("Castle Tech wants admin on the firewall now, before the 4th").
_EARLY_ACCESS = re.compile(
    r"\b(?:get|give|have|grant|set\s+up|add|create)\w*\s+(?:\w+\s+){0,3}?(?:admin|access|logins?|credentials|"
    r"(?:an?\s+)?account)\b[^.?!]{0,50}?\b(?:now|early|already|today|this\s+week|before\s+(?:the|their|our|we)\b|ahead\s+of)\b", re.I)


# The client wanting to go before the last day on record ("the bakery wants to leave early, like Dec 15"):
# theirs to choose, unlike an end brought forward by us.
_LEAVES_EARLY = re.compile(r"\b(\w+)\s+(?:wants?|would\s+like|asked|asking|plans?|planning|hopes?|hoping|prefers?|"
                           r"decided)\s+to\s+(?:leave|go|move|switch|finish|end|wrap\s+up|be\s+done|cut\s*over)\w*\s+"
                           r"(?:\w+\s+){0,3}?(?:early|earlier|sooner)\b", re.I)


def client_leaves_early(text: str) -> bool:
    found = _LEAVES_EARLY.search(text)
    return bool(found) and found.group(1).lower() not in ("we", "i", "i'd", "we'd", "us")


def provider_access_early(text: str) -> bool:
    return bool(_EARLY_ACCESS.search(text)) and bool(
        re.search(r"\bnew\s+(?:it|provider|msp|people|guys|team|company|firm)\b|(?-i:\b[A-Z]\w+\s+(?:Tech|IT)\b)|"
                  r"(?-i:\b[A-Z][a-z]+[A-Z]\w+)", text, re.I))


def relays_provider_setup_question(text: str) -> bool:
    return bool(_PROVIDER_ASKS_SETUP.search(text))


# The last day staff give ("last day 1 Feb", "end date is 31 March"): for wording about a client not on record.
_LAST_DAY_GIVEN = re.compile(r"\b(?:last\s+day|end\s+date|final\s+day)\s*(?:is|will\s+be|of|on|:|=|-)?\s*([^,.;!?\n]{3,25})", re.I)


# The notice staff give as a length from today ("45 days' notice from today", "6 weeks notice").
_NOTICE_LENGTH_GIVEN = re.compile(r"\b(\d{1,3})\s*(days?|weeks?)'?\s+(?:of\s+)?notice\b(?!\s+(?:ago|back))", re.I)


def last_day_given(text: str, today: date) -> date | None:
    """The last day staff give for a client, always ahead of today: a day named without its year that has passed
    this year is next year's ("end date first of Feb", said in March); notice given as a length counts from today."""
    found = _LAST_DAY_GIVEN.search(text)
    days = days_named(found.group(1), today) if found else []
    if not days:
        length = _NOTICE_LENGTH_GIVEN.search(text)
        if length and int(length.group(1)):
            return today + timedelta(days=int(length.group(1)) * (7 if length.group(2).lower().startswith("week") else 1))
        return None
    day = days[0]
    if day < today and not re.search(r"\b20\d\d\b", found.group(1)):
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:   # 29 February
            day = day.replace(year=day.year + 1, day=28)
    return day


def asks_to_write(text: str) -> bool:
    return bool(_WRITE_IT.search(text) or _WORDING_SHAPE.search(text))


# "I want to send them a handover reminder": something to send, named by what it is for.
_TO_SEND = re.compile(r"\b(?:send|email|text|message)\s+(?:them|him|her|the\s+client)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                      r"(?:reminder|note|message|e-?mail|letter|text|nudge|update)\b", re.I)


_HANDOVER_CONTENTS = re.compile(r"\bwhat\s+(?:the\s+|our\s+)?handover\s+(?:includes|will\s+include|covers|involves|contains)\b|"
                                r"\bwhat\s+(?:we'?ll|we\s+will)\s+hand\s+over\b|\bhandover\s+(?:contents|details|items)\b|"
                                # "bullet the things we'll be giving them"
                                r"\b(?:things|stuff|items|what)\s+(?:we'?ll|we\s+will|we\s+are|we'?re)\s+(?:be\s+)?"
                                r"(?:giving|handing\s+over|sending|passing\s+on|give|hand\s+over|send)\b", re.I)


def asks_handover_contents(text: str) -> bool:
    """Wants the letter to say what the handover includes, not only the date."""
    return bool(_HANDOVER_CONTENTS.search(text))


_APOLOGISE = re.compile(r"\bapologi[sz]\w*|\bsay\s+(?:we'?re|we\s+are)\s+sorry\b|\bsorry\s+(?:note|email|reply)\b", re.I)


def asks_to_apologise(text: str) -> bool:
    """The words asked for should say sorry (for something of ours not done)."""
    return bool(_APOLOGISE.search(text))


def asks_for_words(text: str) -> bool:
    """Asks for something written, in any shape: a letter, a text, a script, a note for the team."""
    return asks_to_write(text) or script_format(text)[0] not in ("", "short") or wants_a_team_note(text) \
        or bool(_TO_SEND.search(text))   # ("quick one" alone asks for nothing written)


# Where the handover stands: "what's still open", "status note", "anything outstanding".
_WHATS_OPEN = re.compile(r"\b(?:what'?s|what\s+is|anything|everything)\s+(?:still\s+)?(?:open|outstanding|left|pending|"
                         r"not\s+done)\b|\bstill\s+(?:open|outstanding|to\s+do)\b|\bstatus\s+(?:note|update|report|summary)\b|"
                         r"\bopen\s+(?:items|points|tasks)\b|\bwhere\s+(?:we|things)\s+(?:are|stand)\b|"
                         r"\bclos(?:e|ing)[\s-]?out\b|\bfor\s+the\s+crm\b|\bcrm\s+(?:note|record|entry)\b|\bclosing\s+note\b|"
                         r"\barchiv\w*\b|\bwhat\s+we\s+still\s+need\b|\bstill\s+need\s+from\b|\blist(?:ing)?\s+what\b|"
                         r"\bwhat\s+(?:to|they\s+need\s+to|he\s+needs\s+to|she\s+needs\s+to)\s+cover\b|"
                         r"\bstatus\s+(?:e-?mail|mail|bullets?|points|check)\b|\bwhere\s+we(?:'re|\s+are)\b", re.I)


def asks_whats_open(text: str) -> bool:
    """Asks where the handover stands: what is still open on it."""
    return bool(_WHATS_OPEN.search(text))


# Words for our own finance or billing people ("email to finance please: Acme's final invoice needs to go out",
# "need to ask finance if Vandelay's final invoice went out"): the money side of closing out, told to them.
_TO_FINANCE = re.compile(r"\b(?:e-?mail|note|message|msg|ask|asking|tell|slack|teams|update|reply|answer|ping|heads[\s-]up)\b"
                         r"[^.?!,]{0,20}?\b(?:to|for|with)?\s*(?:our\s+|the\s+)?(?<!'s\s)(?<!s'\s)(?:finance|billing|accounts)(?:\s+team|\s+dept)?\b|"
                         r"\b(?:finance|billing|accounts)(?:\s+team)?\s+(?:asked|wants?|needs?)\b", re.I)


# The client's query of a bill, told by staff ("Globex are querying the final invoice, say the Nov numbers look
# wrong"): the reply says it is being checked, it doesn't send the invoice again.
_INVOICE_QUERIED = re.compile(r"\b(?:query|querying|queried|questioning|disput\w*|challeng\w*)\s+(?:the|their|our|an?)\s+"
                              r"(?:final\s+|last\s+|latest\s+)?(?:invoice|bill)\b|\b(?:invoice|bill|numbers|figures|amounts?|"
                              r"charges?)\b[^.?!]{0,30}\b(?:looks?|are|is)\s+wrong\b|"
                              # "they want their final invoice 're-checked'"
                              r"\b(?:invoice|bill)\b[^.?!]{0,25}\b(?:re-?check\w*|re-?view\w*|re-?calculat\w*|looked\s+at\s+again)\b|"
                              r"\b(?:re-?check|re-?view)\w*\s+(?:the|their|our)\s+(?:final\s+|last\s+)?(?:invoice|bill)\b|"
                              # "Globex emailed asking why they got an invoice after they left"
                              r"\bwhy\s+(?:they|we|she|he)\s+(?:got|received|were\s+sent|was\s+sent|have)\s+(?:an?|the|another|this)\s+"
                              r"(?:\w+\s+)?(?:invoice|bill)\b", re.I)


def relays_invoice_query(text: str) -> bool:
    return bool(_INVOICE_QUERIED.search(text))


_WHO_SIGNS = re.compile(r"\bwho\s+(?:should|shall|will|would|needs?\s+to|has\s+to|is\s+going\s+to|do\s+we\s+have)\s+sign\b|"
                        r"\bwho\s+signs\b|\bwhose\s+name\s+(?:goes|should\s+go|do\s+we\s+put)\b", re.I)


# Taking our own access out ("pull our access out of Globex", "remove our agents and admin accounts")
_OUR_ACCESS_OUT = re.compile(r"\b(?:pull\w*|remov\w*|revok\w*|strip\w*|tak\w+\s+out|clean\w*\s+up|uninstall\w*)\b[^.?!]{0,25}"
                             r"\b(?:access|accounts?|agents?|admin|logins?|tools|rmm)\b|"
                             # "globex is gone, what do we need to pull"
                             r"\bwhat\s+(?:do\s+|does\s+|did\s+)?(?:we|techs?|the\s+team)\s+(?:still\s+)?(?:need\s+to\s+|have\s+to\s+|"
                             r"should\s+|must\s+)?(?:pull|remove|revoke|uninstall|strip|clean\s+up)\b", re.I)


def takes_our_access_out(text: str) -> bool:
    return bool(_OUR_ACCESS_OUT.search(text))


def asks_who_signs(text: str) -> bool:
    return bool(_WHO_SIGNS.search(text))


def writes_to_finance(text: str) -> bool:
    return bool(_TO_FINANCE.search(text))


def wants_a_team_note(text: str, colleagues: tuple[str, ...] = ()) -> bool:
    """Words for our own team or for a colleague named on the record (`colleagues`, e.g. the account owners'
    first names: "Teams message to Tom asking him ..."), or a note or summary for our own records (not one
    department's task)."""
    return words_for_the_team(text) or writes_to_colleague(text, colleagues) or \
        (for_internal_use(text) and wants_a_note(text) and not _DEPARTMENT.search(text))


_ASKING = re.compile(r"\basking\s+(?:(?:him|her|them)\s+)?(to|if|whether|about|for)\s+([^.?!\n]+)|"
                     r"\b(?:saying|telling\s+(?:him|her|them)|to\s+say|letting\s+(?:him|her|them)\s+know)\s+(that\s+)?([^.?!\n]+)", re.I)
# Said of the colleague in the request ("ready for her to review"), said to them in the message ("for you to review").
_TO_THEM = ((re.compile(r"\b(?:she|he)\s+(want|need|think|prefer|like|plan|expect|feel)s\b", re.I), r"you \1"),
            (re.compile(r"\b(?:she|he)\s+(?:is|'s)\b", re.I), "you're"), (re.compile(r"\b(?:she|he)\s+has\b", re.I), "you have"),
            (re.compile(r"\b(?:she|he)\b", re.I), "you"),
            (re.compile(r"\b(?:her|him)(?=\s+(?:to|know|a|an|the|about|if|when|before|after|by)\b|\s*[,.;!?]|\s*$)", re.I), "you"),
            (re.compile(r"\bher\b", re.I), "your"), (re.compile(r"\bhim\b", re.I), "you"),
            (re.compile(r"\b(?:his)\b", re.I), "your"))
_TRAILING = re.compile(r"[\s,;:-]*(?:\b(?:pls|plz|please|thanks|thx|asap)\b[\s,;:.!-]*)+$", re.I)


# "msg to Tom: BrightPath called again, ask him how he wants to handle it": the news, then the question.
_ASK_THEM = re.compile(r"[,;]?\s*\b(?:and\s+)?ask\s+(?:him|her|them)\s+(how|what|when|whether|if|which|who|to)\s+([^.?!\n]+)", re.I)


def _told(words: str) -> str:
    for pattern, said in _TO_THEM:
        words = pattern.sub(said, words)
    return words


def colleague_ask(text: str) -> str:
    """What a message to a colleague asks or tells them, in words to follow "Hi Tom, " ("asking him to confirm
    the sign-off" -> "could you confirm the sign-off?"); "" when the message says no more."""
    found = _ASKING.search(text)
    if not found:
        asked = _ASK_THEM.search(text)
        said = _SAID_AFTER_NAME.search(text)
        if not asked and said:
            # "Slack to Tom: heads up, BrightPath keeps emailing support@ instead of going to him. Keep it casual":
            # the first sentence after the name is the message, said to them
            told = _told(_TRAILING.sub("", re.split(r"(?<=[.!?])\s+", said.group(1).strip())[0].rstrip(".!?")))
            return f"{told}." if told else ""
        if not asked:
            return ""
        how, what = asked.group(1).lower(), _told(_TRAILING.sub("", asked.group(2).strip()))
        question = f"Could you {what}?" if how == "to" else f"Could you let me know {how} {what}?"
        news = text[:asked.start()].rsplit(":", 1)[1].strip() if ":" in text[:asked.start()] else ""
        return f"{news[:1].upper()}{news[1:]}. {question}" if news else question[:1].lower() + question[1:]
    if found.group(3) is not None or found.group(4) is not None:
        # "saying acme's final invoice is ready for her to review" -> "acme's final invoice is ready for you to review."
        told = _told(_TRAILING.sub("", found.group(4).strip()))
        told = re.sub(r"^to\s+", "please ", told)   # "telling him to hold off" -> "please hold off"
        return f"{told}." if told else ""
    how, what = found.group(1).lower(), _TRAILING.sub("", found.group(2).strip())
    if not what:
        return ""
    if how == "to":
        return f"could you {what}?"
    if how in ("about", "for"):
        return f"could you help me with {what}?"
    # "if I still go ahead with ..." -> "should I still go ahead with ...?"
    return "quick check: " + re.sub(r"^(I|we)\s+(?!should|can|could|do|did|will|would|need|must|have|am|are)", r"should \1 ", what) + "?"


# "slack msg to ...", "a note for ...": a message to someone, whose name follows
_MESSAGE_TO = r"\b(?:message|msg|note|e-?mail|dm|slack|teams|text|ping)\w*\s+(?:\w+\s+){0,2}?(?:to|for)\s+"
# "Slack to Tom: <what to tell him>": the words after the name are the message
_SAID_AFTER_NAME = re.compile(_MESSAGE_TO + r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s+(?:on|in|at|from|over)\s+[\w-]+)?\s*:\s*([^\n]+)",
                              re.I)   # ("a note for Sam on nights: ...")


def writes_to_colleague(text: str, colleagues: tuple[str, ...]) -> bool:
    """A message written to one of `colleagues` by name ("slack msg to Priya asking if ...")."""
    names = "|".join(re.escape(name) for name in colleagues if name)
    return bool(names) and bool(re.search(
        _MESSAGE_TO + rf"(?:{names})\b"
        rf"(?!'s|\s+at\b)|\breply\w*\s+(?:\w+\s+){{0,2}}?to\s+(?:{names})\b(?!'s|\s+at\b)|"
        rf"^\s*(?:{names})\s+asked\s+(?:me\s+)?(?:in|on|over|via)\s+(?:slack|teams|chat|the\s+chat|dm)\b", text, re.I))


# "Teams message to Jamal ...": a first name after a message to someone (checked against the record's names by the caller)
_RECIPIENT = re.compile(_MESSAGE_TO + r"(?-i:([A-Z][a-z]{2,}))\b(?!'s|\s+at\b|\s+(?-i:[A-Z]))|"
                        # "Jen asked in slack "...?" reply for me": the colleague who asked is who the reply is to
                        r"^\s*(?-i:([A-Z][a-z]{2,}))\s+asked\s+(?:me\s+)?(?:in|on|over|via)\s+(?:slack|teams|chat|the\s+chat|dm)\b", re.I)
_NOT_A_PERSON = frozenset("the our all everyone team finance billing accounts management support sales marketing ops hr "
                          "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                          "august september october november december".split())


def recipient_named(text: str, not_people: frozenset[str] = frozenset()) -> str:
    """The first name a message is addressed to ("Teams message to Jamal"), when it is not a word of `not_people`
    (clients' and providers' names) or of a team; "" for none."""
    found = _RECIPIENT.search(text)
    name = (found.group(1) or found.group(2)) if found else ""
    # (a firm named in the message, "going with 'Redwood IT'", is no colleague)
    firm = name and re.search(rf"\b{name}\s+(?-i:IT|Tech\w*|Solutions|Systems|Networks|Ltd|Inc|LLC|Group|Services|Consulting)\b",
                              text, re.I)
    return name if name and not firm and name.lower() not in _NOT_A_PERSON | not_people else ""


def colleague_named(text: str, colleagues: tuple[str, ...]) -> str:
    """Which of `colleagues` a message is written to, as named on the record; "" for none."""
    return next((name for name in colleagues if writes_to_colleague(text, (name,))), "")


# Whether or when our own office is closed ("is the office closed the 24th?", "when do we reopen?").
_OFFICE_CLOSED_ASKED = re.compile(r"\b(?:is|are|will)\s+(?:the\s+|our\s+)?(?:office|we)\s+(?:be\s+|even\s+)?(?:closed|shut|open)\b|"
                                  r"\bwhen\s+(?:is|does|will)\s+(?:the\s+|our\s+)?office\s+(?:close|shut|reopen|open)\w*|"
                                  r"\bwhen\s+(?:are|do|will)\s+we\s+(?:close|shut|reopen|open\s+again|back)\b", re.I)


def asks_if_office_closed(text: str) -> bool:
    return bool(_OFFICE_CLOSED_ASKED.search(text))


# A colleague's own time off ("can I take PTO on Dec 23 or is that blocked because of the closure?"): theirs to
# ask their manager; the closure's dates are all the record says.
_TIME_OFF = re.compile(r"\b(?:pto|time\s+off|days?\s+off|annual\s+leave|leave\s+request|holiday\s+request|"
                       r"book\s+(?:a\s+|some\s+)?(?:day|leave|holiday)|take\s+(?:a\s+day|leave|holiday))\b", re.I)


# Who made the decision ("Hooli asked 'who made this decision?' -- do I have to name someone?").
_WHO_DECIDED = re.compile(r"\bwho\s+(?:made|took|signed\s+off)\s+(?:this|the|that)\s+(?:decision|call)\b|\bwho\s+decided\b|"
                          r"\bwhose\s+(?:decision|call)\b", re.I)


def asks_who_decided(text: str) -> bool:
    return bool(_WHO_DECIDED.search(text))


# "Nothing about the reason, nothing fluffy": words asked for without the reason in them.
_REASON_LEFT_OUT = re.compile(r"\bnothing\s+(?:about|on|re)\s+(?:the\s+)?(?:reason|why)\b|\b(?:leave|keep)\s+(?:the\s+)?reason\s+out\b|"
                              r"\bdon'?t\s+(?:mention|give|include|say|go\s+into)\s+(?:the\s+|a\s+|any\s+)?(?:reasons?|why)\b|"
                              r"\bno\s+reasons?\b(?!\s+(?:is|was)\b)|\bwithout\s+(?:the\s+|a\s+|any\s+)?reasons?\b", re.I)


def leaves_reason_out(text: str) -> bool:
    return bool(_REASON_LEFT_OUT.search(text))


# Words for a reader with little English or no IT ("plain English please, the owner's English isn't great").
_PLAIN = re.compile(r"\bplain\s+english\b|\b(?:simple|easy)\s+(?:english|words|language|sentences)\b|\bshort\s+(?:simple\s+)?sentences\b|"
                    r"\bno\s+(?:it|tech(?:nical)?|computer)\s+(?:words|jargon|terms|speak)\b|\bno\s+jargon\b|\bnon-?native\b|"
                    r"\b(?:english|language)\s+(?:isn'?t|is\s+not|not)\s+(?:great|good|strong|fluent)\b|\b(?:really|very)\s+simple\b",
                    re.I)


def wants_plain_english(text: str) -> bool:
    return bool(_PLAIN.search(text))


# A softer story offered in place of the reason ("Is 'we're restructuring' an OK thing to tell Hooli? Feels kinder").
_COVER_STORY = re.compile(r"\b(?:kinder|nicer|softer|easier|gentler)\s+than\s+(?:saying|telling|the\s+truth|the\s+real)\b|"
                          r"\b(?:ok|okay|fine|alright)\s+(?:thing\s+)?to\s+(?:tell|say)\b[^.?!]{0,30}\?|"
                          r"\b(?:just\s+)?(?:say|tell\s+them)\s+(?:it'?s|we'?re)\s+(?:restructur\w*|busy|changing|moving|"
                          r"refocus\w*|downsiz\w*|reorganis\w*|reorganiz\w*)\b", re.I)


def proposes_cover_story(text: str) -> bool:
    return bool(_COVER_STORY.search(text))


# Billing for help given after the end ("Tom spent 3 hrs helping BrightPath with Globex stuff. Can we bill Globex?").
_BILL_AFTER_HELP = re.compile(r"\b(?:spent|put\s+in|did|done)\b[^.?!]{0,30}\b(?:hrs?|hours?|days?|time)\b[^.?!]{0,60}\b(?:help\w*|fix\w*|"
                              r"work\w*|support\w*)\b[^?]{0,80}\b(?:bill|charge|invoice)\b", re.I)


def bills_help_after_the_end(text: str) -> bool:
    return bool(_BILL_AFTER_HELP.search(text))


def asks_about_time_off(text: str) -> bool:
    return bool(_TIME_OFF.search(text))


def speaks_of_closing(text: str) -> bool:
    """Speaks of the office closing or shutting ("is that blocked because of the closure?")."""
    return bool(re.search(r"\bclos\w*|\bshut\w*", text, re.I))


# A call or meeting to talk the decision over ("they want a meeting to discuss it"): only then is one mentioned.
_TALK_IT_OVER = re.compile(r"\b(?:a|another)\s+(?:call|meeting|chat|talk|sit[\s-]?down)\b|\bmeet\b|\bdiscuss\b|"
                           r"\btalk\s+(?:it\s+)?(?:over|through)\b", re.I)


def asks_to_talk_it_over(text: str) -> bool:
    return bool(_TALK_IT_OVER.search(text))


def asks_contact_details(text: str) -> bool:
    return bool(_CONTACT_DETAILS.search(text))


# Whether to point a client to another provider ("should I just recommend someone?"): friendly, and yes.
_RECOMMEND = re.compile(r"\b(?:recommend|suggest|refer|point)\w*\s+(?:them\s+|him\s+|her\s+)?(?:to\s+)?(?:someone|somebody|"
                        r"anyone|a\s+(?:new\s+)?(?:provider|msp|firm|company|partner)|(?:other|another|some)\s+(?:providers?|msps?|"
                        r"firms?|compan\w+))\b|\breferr?als?\b", re.I)


def asks_to_recommend(text: str) -> bool:
    return bool(_RECOMMEND.search(text))


# Still billing a client whose support has ended ("do we keep billing them?", "still being charged for ...").
_STILL_BILLED = re.compile(r"\bkeep\s+(?:on\s+)?(?:billing|charging|invoicing)\b|\bstill\s+(?:being\s+)?(?:billed|charged|"
                           r"invoiced)\b", re.I)


def asks_still_billed(text: str) -> bool:
    return bool(_STILL_BILLED.search(text))


# The client wondering whether they are still supported, passed on ("asking if they can still log tickets").
_STILL_SUPPORTED = re.compile(r"\bcan\s+(?:they|we|she|he)" + _STILL_SERVED + "|" + _CUT_OFF + r"|\bstill\s+(?:supported|covered)\b|"
                              r"\b(?:we'?re|we\s+are|you'?re|you\s+are)\s+still\s+(?:supporting|covering|looking\s+after|helping)\b|"
                              r"\b(?:we'?ll|we\s+will|you'?ll|you\s+will)\s+still\s+(?:fix|support|help|look\s+after|cover|answer|"
                              r"take\s+care\s+of)\b|"
                              # "r u guys still doing our backups?"
                              r"\b(?:are|r)\s+(?:you|u)\s+(?:guys\s+)?still\s+(?:doing|running|handling|managing|monitoring|looking\s+after)\b",
                              re.I)


# Our own apology asked for, for a slip of ours ("short apology to Hooli for the slow ticket last week", "say sorry
# to acme for the missed callback"): not a client's apology passed on.
_OUR_APOLOGY = re.compile(r"\b(?:apolog(?:y|ise|ize)|say\s+sorry|sorry\s+(?:note|email|message|msg))\b[^.?!]{0,40}?\b(?:for|about)\s+"
                          r"(?:the|our|that|a|how|their|being)\b[^.?!]{0,50}?\b(?P<slip>slow\w*|delay\w*|late|wait\w*|missed|"
                          r"mistake|mix-?up|error|outage|downtime|took\s+so\s+long|no[\s-]show)", re.I)


def apologises_for_us(text: str) -> str:
    """The slip of ours an apology is asked for ("slow" for a slow ticket, "missed" ...), or ""."""
    found = _OUR_APOLOGY.search(text)
    return found.group("slip").lower() if found else ""


# A line to say in public about the ending ("quick LinkedIn-safe line I can use if anyone asks publicly why we stopped
# working with Globex"): neutral, the reason kept private.
_PUBLIC_LINE = re.compile(r"\b(?:linkedin|public(?:ly)?|in\s+public|social\s+media|socials)(?:-safe)?\b[^.?!]{0,60}\b(?:why|stopp?\w*|"
                          r"end\w*|part\w*|leav\w*|left|drop\w*)\b|\b(?:why|stopp?\w*|end\w*|part\w*)\b[^.?!]{0,60}\b(?:publicly|"
                          r"in\s+public|on\s+linkedin|on\s+social\s+media)\b", re.I)


def wants_public_line(text: str) -> bool:
    return bool(_PUBLIC_LINE.search(text)) and bool(re.search(r"\b(?:line|sentence|statement|wording|say|answer)\b", text, re.I))


def client_wonders_if_supported(text: str) -> bool:
    return bool(_STILL_SUPPORTED.search(text)) and client_asked(text)


# Words confirming the last day to the client ("draft the email to acme confirming the end date").
_CONFIRMS_END = re.compile(r"\bconfirm\w*\s+(?:the|their|our|its|acme'?s?|\w+'s)?\s*(?:end|last|final)\s+(?:date|day)\b|"
                          # "write a really simple email about the end date": words about the day itself
                          r"\b(?:e-?mail|message|msg|note|letter|text|reminder)\s+(?:about|on|re|regarding)\s+"
                          r"(?:the|their|our|its)\s+(?:end|last|final)\s+(?:date|day)\b|"
                          r"\b(?:end|last)[\s-]+(?:date|day)\s+reminder\b|"
                          r"\bconfirm\w*\s+when\s+(?:our|the|their)\s+(?:support|contract|agreement|service)\s+(?:ends|stops|finishes)\b|"
                          # "an email to Acme Dental reminding them when their support stops"
                          r"\bremind\w*\s+(?:them|him|her|\w+)\s+(?:of\s+|about\s+)?(?:when|what\s+day|the\s+(?:date|day))\s+"
                          r"(?:their|the|our)\s+(?:support|service|contract|agreement)\s+(?:stops|ends|finishes|runs\s+out)\b|"
                          r"\bremind\w*\s+(?:them|him|her|\w+)\s+(?:of|about)\s+(?:their|the)\s+(?:last|final)\s+day\b|"
                          r"\breminder\s+(?:to\s+\w+(?:\s+\w+)?\s+)?that\s+(?:their\s+|our\s+|the\s+)?(?:support|contract|agreement|service)\s+"
                          r"(?:ends|stops|finishes)\b", re.I)


def confirms_the_last_day(text: str) -> bool:
    return bool(_CONFIRMS_END.search(text))


# Work on something of theirs once support has ended ("just reset the admin password on the NAS"): handing
# over what is theirs is never declined, but doing the work is support.
_WORK_ON_THEIRS = re.compile(r"\b(?:reset|fix|change|reconfigure|set\s+up|update|unlock|restore)\s+(?:\w+\s+){0,3}?(?:admin\s+)?"
                             r"(?:passwords?|logins?|accounts?|nas|server|firewall|router|printer|vpn|mailbox|users?)\b", re.I)


def asks_for_work_on_theirs(text: str) -> bool:
    return bool(_WORK_ON_THEIRS.search(text))


# Wanting to hit back in public: "I'd like to go in hard", "let them have it", "call them out".
_STRIKES_BACK = re.compile(r"\bgo(?:ing)?\s+in\s+hard\b|\blet\s+(?:them|him|her)\s+have\s+it\b|\b(?:tear|rip)\s+(?:them|him|her|it)\s+"
                           r"(?:apart|to\s+shreds)\b|\bcall\s+(?:them|him|her)\s+out\b|\b(?:hit|fire|clap|push)\s+back\b|"
                           r"\bput\s+(?:them|him|her)\s+in\s+(?:their|his|her)\s+place\b|\bexpose\s+(?:them|him|her|how)\b|"
                           r"\bgloves\s+(?:are\s+)?off\b|\bnot\s+(?:hold|pull)(?:ing)?\s+(?:back|punches)\b|\bburn\s+(?:them|him|her)\b", re.I)


def strikes_back(text: str) -> bool:
    return bool(_STRIKES_BACK.search(text))


# Their domain or licences held through us ("registered through our reseller account", "on our CSP billing"):
# moving them into the client's own name is the handover's work.
_DOMAIN = re.compile(r"\b(?:domains?|registrar|dns|nameservers?)\b", re.I)
_LICENCES = re.compile(r"\b(?:licen[cs]es?|csp|subscriptions?|m365|o365|microsoft\s+365|office\s+365|seats|anti-?virus)\b", re.I)
_HELD_BY_US = re.compile(r"\b(?:our|the\s+msp'?s)\s+(?:reseller|csp|partner|billing|account|tenant|name|portal|registrar)\b|"
                         r"\b(?:through|under|on|in|via)\s+your\s+(?:partner\s+|reseller\s+|csp\s+)?(?:account|reseller|csp|billing|"
                         r"tenant|name|portal)\b|"
                         r"\b(?:through|under|via|with|in)\s+(?:us|our\s+name)\b|\bwe\s+(?:hold|own|pay\s+for|bill|registered)\b|"
                         # (a client's words: "it's billed through you")
                         r"\b(?:billed|paid|bought|held)\s+(?:through|via|by)\s+(?:you|u)\b|"
                         r"\b(?:transfer|move|moving|migrat\w*|hand\s*over|handing\s+over)\b|\bwhat'?s\s+the\s+move\b|"
                         r"\bwhat\s+(?:do|should)\s+(?:i|we)\s+(?:need\s+to\s+)?do\b|\bwe\s+must\s+do\s+something\b|"
                         r"\bwho\s+(?:will|is\s+going\s+to|should|must)\s+pay\b", re.I)


def held_for_them(text: str) -> tuple[str, ...]:
    """("domain", "licences"): what of theirs the message says is held through us, to move into their name."""
    if not _HELD_BY_US.search(text):
        return ()
    return tuple(name for name, pattern in (("domain", _DOMAIN), ("licences", _LICENCES)) if pattern.search(text))


# The form the client signs at the end of the handover: "a handover sign-off form", "the bit the client signs".
_SIGN_OFF_FORM = re.compile(r"\bsign[\s-]?off\s+(?:form|sheet|document|doc|wording|page|template|certificate|e-?mail|letter)\b|"
                            r"\b(?:handover|acceptance)\s+(?:form|certificate|acknowledg\w*\s+form)\b|"
                            # "the handover acceptance paragraph for Acme Dental to sign"
                            r"\b(?:acceptance|sign[\s-]?off)\s+(?:paragraph|statement|clause|section|line|block)\b|"
                            r"\b(?:paragraph|statement|clause|section|line|block)\b[^.?!]{0,40}\bto\s+sign\b|"
                            r"\b(?:form|bit|page|part|wording|document)\s+(?:that\s+)?(?:the\s+client|they|he|she|\w+)\s+signs?\b|"
                            # "formal letter for Acme Dental confirming handover sign-off"
                            r"\b(?:letter|document|e-?mail)\b[^.?!]{0,40}\bconfirm\w*\s+(?:the\s+)?handover\s+sign[\s-]?off\b", re.I)


# The client's apology, passed on by staff ("the owner emailed priya saying sorry about the late payments")
_APOLOGY_RELAYED = re.compile(r"\b(?:saying|said|says|to\s+say)\s+(?:(?:they'?re|he'?s|she'?s|they\s+are)\s+)?sorry\b|"
                              r"\b(?:(?:they|he|she|client|owner|\w+)\s+(?:has\s+|have\s+)?apologi[sz]ed|sent\s+(?:an?\s+)?apology)\b",
                              re.I)   # (not "a reply that apologises": that is ours to say)


# Our own words that say sorry ("Email to Hooli saying sorry, we can't go past the 4th"): no apology of theirs.
_OUR_SORRY = re.compile(r"\b(?:e-?mail|message|msg|note|letter|text|reply|sms|dm)\b[^.?!]{0,30}\b(?:saying|to\s+say)\s+sorry\b", re.I)


def relays_an_apology(text: str) -> bool:
    return bool(_APOLOGY_RELAYED.search(_OUR_SORRY.sub(" ", text)))


def wants_sign_off_form(text: str) -> bool:
    return bool(_SIGN_OFF_FORM.search(text))
