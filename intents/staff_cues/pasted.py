"""What someone else said, passed on or pasted in: a draft of a colleague's own to check, a client's or a
provider's message to answer, and what they are said to have asked. Their words are data to answer, not
what our colleague asks of us."""
from __future__ import annotations

import re

from intents import cues
from intents.staff_cues.words import CUT_OFF, ENDING_THEM, OUR_SIDE_ASKS, STILL_SERVED, TRAILING_COURTESY


# A colleague asks us to read their own wording before it goes out ("check my draft: '...'").
_CHECK_REQUEST = re.compile(
    r"\b(?:check|review|proof-?read|look\s+(?:over|at)|read\s+(?:over|through)|go\s+over|sanity[- ]?check|critique|"
    r"feedback\s+on|thoughts\s+on|improve|tweak|polish|rewrite|fix\s+up)\s+(?:this|that|these|it|my|our|below|what\s+i|"
    # ("check the draft below", not "double check the xmas thing": a fact to check is no wording)
    r"the(?=\s+(?:\w+\s+)?(?:draft|e-?mail|message|msg|wording|letter|reply|text|note|line|post|script|sentence|paragraph|"
    r"following|one\s+below|copy|announcement|notice)\b))\b|\bdraft\s+check\b|\b(?:about\s+to|before\s+i|going\s+to)\s+(?:send|hit\s+send|post)\b|"
    r"\b(?:how\s+)?(?:does|do(?:es)?n'?t)\s+(?:this|it|that|my\s+\w+)\s+(?:sound|read|look|come\s+across)\b|"
    r"\b(?:ok|okay|fine|good|alright|safe)\s+to\s+send\b|\bis\s+this\s+(?:ok|okay|fine|alright|too\s+\w+)\b|"
    # "Drafted this for acme, too harsh?" (ours: "Globex's ops lead wrote this, need a reply" is theirs, to answer)
    # ("Acme Dental just wrote this in their channel: ..." is theirs, to answer)
    r"(?:^|(?<=\bi\s)|(?<=\bi've\s)|(?<=\bwe\s)|(?<=\bwe've\s)|(?<=\bi\sjust\s)|(?<=\bwe\sjust\s)|(?<=^just\s)|(?<=\bhave\s)|"
    r"(?<=\bhas\s)|(?<=[.!?:,]\s))"
    r"(?:drafted|wrote|written)\s+(?:this|the\s+following|up\s+this)\b|\bis\s+it\s+(?:ok|okay|fine|alright)\s+to\s+"
    r"(?:say|write|put|use|add)\b|\btoo\s+(?:harsh|soft|blunt|cold|strong|aggressive|"
    r"formal|long|wordy)\s*\?|\btone[\s-]?check\b|\bcheck\s+(?:the|my)\s+tone\b|\bhow'?s\s+(?:the|my)\s+tone\b|"
    r"\btoo\s+(?:much|far)\s*\?|\bover\s+the\s+top\s*\?|"
    # "make this less angry: '...'", "tone this down", "soften it"
    # ("make this line for Acme less harsh: '...'")
    r"\bmake\s+(?:this|it|that|my\s+\w+)\s+(?:(?:line|sentence|bit|para(?:graph)?|wording|email|message|reply)\s+)?"
    r"(?:(?:for|to)\s+[\w'-]+\s+)?(?:less|more|sound|nicer|softer|kinder|friendlier|politer|calmer|gentler|"
    # ("can you make this firmer? it's going to Acme: '...'")
    r"firmer|clearer|stronger|sharper|tighter|shorter|crisper|punchier|warmer|plainer)\b|"
    r"\btone\s+(?:this|it|that)\s+down\b|\bsoften\s+(?:this|it|that|my)\b", re.I)

_QUOTED = (re.compile(r"[\u201c\"]([^\u201d\"]+)[\u201d\"]"),
           re.compile(r"(?:^|(?<=[\s:(]))[\u2018']((?:[^'\u2019]|'(?=\w))+)[\u2019'](?=[\s.,!?;:)]|$)"),
           re.compile(r"^\s*>\s?(.*)$", re.M))

_AFTER_COLON = re.compile(r":\s*\n?(.+)$", re.S)

_DRAFT_WORDS = 5


def asks_about_a_line(text: str) -> bool:
    """The wording to check is one line ("make this line less harsh", "reword this sentence")."""
    return bool(re.search(r"\b(?:this|that|my|the)\s+(?:line|sentence|bit)\b", text, re.I))


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
_QUOTATION_THEN_MORE = re.compile(r"\s*[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d][ \t]*\n[ \t]*\n\s*\S")

_PASTED_WORDS = 8


# A short message quoted after who sent it ('Globex: "Thanks for everything."', 'Acme wrote "why are you doing
# this?"', 'reply to this from Hooli pls: "can u do the till update on Tue 29 Dec?"'): theirs to answer however short, unlike a phrase quoted in passing ('they said "problem solved"').
_INTRODUCED = re.compile(r"(?:^|(?<=[\s(]))(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}(?:\s+(?:pls|please|plz)(?=\s*:))?|wrote|sent(?:\s+this)?|emailed|"
                         # ("acme pasted this in the ticket: "We cleared every overdue invoice ..."")
                         r"pasted(?:\s+this)?(?:\s+(?:in|into)\s+(?:the|a|our)\s+\w+)?|"
                         # ("Hooli asked in their channel "Can you just be honest with us about why?"")
                         r"(?:asked|posted|wrote|said)(?:\s+this)?\s+(?:in|on|over|via)\s+(?:their|the|our|a)\s+(?:channel|chat|thread|group|e-?mail|ticket)|"
                         # ("reply to this for me, it's from the Hooli channel: "so why exactly are u dumping us??"")
                         r"(?:from|in)\s+(?:the|their|our|a)\s+(?:[\w&'-]+\s+){0,3}?(?:channel|chat|thread|group|e-?mail|ticket|inbox)|"
                         # ("Acme's office manager emailed me personally: "I guess you dropped us ..."")
                         r"(?:wrote|emailed|e-mailed|messaged|texted|replied|said|sent)(?:\s+(?-i:[a-z]+)){1,3}(?=\s*:)|"
                         # ("Initech pinged me: "saw a post about you guys ...""
                         r"pinged(?:\s+(?:me|us))?|"
                         r"replied|messaged|texted|asked|says|said|posted|commented)\s*:?\s*[\u201c\"]([^\u201d\"]+)[\u201d\"]")

_INTRODUCED_WORDS = 4


# ... or in single quotes after a colon or a word of saying ("reply to acme pls: 'can u hold off ending until feb??'",
# "Hooli owner replied 'fine. whatever.'"): single quotes elsewhere are too often apostrophes to count.
_INTRODUCED_SINGLE = re.compile(r"(?::|\b(?:wrote|sent(?:\s+this)?|emailed|replied|messaged|texted|pinged|asked|asking|asks|says|said|calling|called|calls|"
                                r"posted|commented)"
                                r"(?:\s+(?-i:[a-z]+)){0,6}?|"
                                # ("Can you help me reply to this from Acme? 'We have now cleared every ...'")
                                r"\b(?:this|these)\s+from\s+[\w&-]+(?:\s+[\w&-]+)?\s*[?:.]?)\s*"   # ("asked me straight out on the phone 'is this about ...?'")
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
        # ('Got this from Acme:\n\n"This is a disgrace ..."\n\nHelp me reply for Priya': the quotation, not the request)
        quoted = _QUOTATION_THEN_MORE.match(after.group(1))
        spans.append(quoted.group(1) if quoted else after.group(1))
    spans += [match.group(1) for match in _QUOTED[0].finditer(text) if len(match.group(1).split()) >= 2 * _PASTED_WORDS]
    introduced = [match.group(1).strip() for pattern in (_INTRODUCED, _INTRODUCED_SINGLE) for match in pattern.finditer(text)]
    spans = [span.strip() for span in spans if len(span.split()) >= _PASTED_WORDS] + \
        [span for span in introduced if len(span.split()) >= _INTRODUCED_WORDS]
    return max(spans, key=len) if spans else ""


# What someone else did: "asked", "says", "wants to know" (not our own "should I say ...?" or "we want").
_SOMEONE_ASKED = re.compile(
    r"\b(?:asked|asks|asking|wants|wanted|requested|"
    # ("we won't take further requests": requests of no one in particular)
    r"(?<!further\s)(?<!more\s)(?<!any\s)(?<!new\s)(?<!support\s)(?<!their\s)(?<!the\s)requests|begg\w*|pleaded|offered|offers|emailed|e-mailed|rang|called|"
    r"says|said|sent|raised|wrote|messaged|texted|replied|responded|complained|mentioned|told\s+(?:me|us)|heard|dm'?d|dmed|pinged|"
    r"(?:they|he|she)\s+want|want\s+to\s+know|(?:their|his|her)\s+question|"
    # "what should I say if Hooli ask whether ...": what they'd ask, passed on ahead
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)ask\s+(?:whether|if))\b", re.I)


def asks_for_a_reply(text: str) -> bool:
    """A reply asked for, in a word ("... to start early. reply"): words for them, not our yes-or-no."""
    return bool(re.search(r"\b(?:reply|respond|answer)\b", text, re.I))


def asks_help_answering(text: str) -> bool:
    """Help answering a message pasted in ("Help me answer this from Acme: '...'"): words to send back."""
    return bool(re.search(r"\bhelp\s+me\s+(?:answer|reply\s+to|respond\s+to|write\s+back\s+to)\b|"
                          r"\b(?:answer|reply\s+to|respond\s+to)\s+this\b", text, re.I))


def says_client_wrote(text: str, name: str) -> bool:
    """"Globex emailed:" before a pasted message: the client wrote it (not their new provider)."""
    first = re.escape(name.split()[0]) if name.split() else ""
    theirs = r"(?!(?:new|msp|it|provider|people|guys|team|tech)\b)"   # ("Globex's new MSP asked": not the client)
    # ("Globex's ex IT manager DM'd me", "Globex are asking for the registrar login": someone at the client)
    return bool(first) and bool(re.search(rf"\b{first}\w*(?:'s\s+(?:ex[\s-]+|former\s+|old\s+)?(?:it\s+)?{theirs}\w+)?\s+(?:{theirs}\w+\s+)?"
                                          rf"(?:are\s+|is\s+|keeps?\s+)?(?:emailed|e-mailed|wrote|sent|said|"
                                          rf"asked|asking|messaged|texted|replied|writes|says|asks|dm'?d|dmed|pinged|wants?\s+to\s+know)\b|"
                                          rf"\bfrom\s+{first}\w*(?:'s\s+{theirs}\w+(?:\s+\w+)?)?\s*:", text, re.I))


def client_asked_about_ending(text: str) -> bool:
    """What the client is said to have asked is about ending ("Initech asked if they're next to go"), not
    ordinary business ("Initech asked for a quote on new firewalls")."""
    said = _SOMEONE_ASKED.search(text)
    clause = re.split(r"[.!?\n]", text[said.end():], maxsplit=1)[0] if said else ""
    return bool(ENDING_THEM.search(clause) or _LEAVING_ASKED.search(clause))


_LEAVING_ASKED = re.compile(r"\b(?:leav\w*|next(?!\s+(?:month|week|year|quarter|time|spring|summer|autumn|winter|"
                            r"mon|tue|wed|thu|fri|sat|sun)\w*)|on\s+(?:the|your)\s+list|being\s+(?:dropped|let\s+go|ended)|"
                            r"end(?:ing)?\s+(?:with|support)|rumou?rs?|heard|letting\s+(?:some\s+)?clients\s+go|"
                            r"dropping\s+(?:some\s+)?clients|"
                            # "saw a post about you guys winding down some clients - should we be worried?"
                            r"wind(?:ing)?\s+down\s+(?:some\s+|a\s+few\s+|other\s+)?clients|"
                            # "asked me on a call if we're 'doing a cull' and whether they're safe"
                            r"cull\w*|(?:they'?re|they\s+are|we'?re|we\s+are)\s+safe|affected)\b", re.I)


def client_asked(text: str, colleagues: tuple[str, ...] = ()) -> bool:
    """Passes on what the client asked, said or sent: a script may thank them for it. Staff asking on their
    own account, or for a colleague (by first name in `colleagues`: "Tom wants a short email ..."), report nothing of
    the client's."""
    if colleagues:
        text = re.sub(r"\b(?:" + "|".join(map(re.escape, colleagues)) + r")(?:\s+[A-Z][a-z]+)?\s+(?:wants?|asked|asks|needs?|"
                      r"would\s+like)\b", " ", text)
    return bool(_SOMEONE_ASKED.search(text)) and not OUR_SIDE_ASKS.search(text)


def replies_to_the_provider(text: str, provider: str) -> bool:
    """A reply asked for to what the new provider asked ("Castle Tech's guy wants us to hand over Hooli's passwords in a
    Teams chat. Write me a 3-line reply"): the reply goes to them."""
    if not provider:
        return False
    name = re.escape(provider.split()[0])
    if re.search(rf"\b(?:reply|respond|answer|response)\s+(?:to\s+)?(?:this|that|these|the\s+(?:message|email|e-mail|note|msg|"
                 rf"one))\s+(?:\w+\s+){{0,2}}from\s+{name}", text, re.I):
        return True   # ("reply to this from BrightPath for me: ...")
    # ("Castle Tech (finally) emailed asking ...": an aside between the name and the verb)
    asking = re.search(rf"\b{name}\w*(?:\s+\w+)?(?:\s*\([^)]{{1,20}}\))?(?:'s\s+(?:guy|tech|person|contact|people|team|engineer|man|woman))?\s+"
                       rf"(?:just\s+|now\s+|again\s+|also\s+|have\s+|has\s+)?"
                       rf"(?:wants?|asked|asks|is\s+asking|keeps?\s+(?:asking|messaging|emailing|calling|ringing|phoning)|emailed|sent|rang|called|"
                       rf"says?|said|wrote|messaged)\b", text, re.I)
    # ("BrightPath keep messaging our techs ... Write a short note to them": to them, the provider)
    return bool(asking and re.search(r"\b(?:reply|respond|response|answer|write\s+back)\b|\b(?:note|message|email|e-mail|"
                                     r"msg|letter|line)\s+(?:back\s+)?to\s+them\b|"
                                     # ("BrightPath keep phoning ... a voicemail script to leave them")
                                     r"\b(?:leave|send|text|call)\s+them\b|"
                                     # ("Castle Tech rang asking for the admin password. OK to read it out?": to them, on the call)
                                     r"\bread\s+(?:it|them|that|those)\s+out\b", text[asking.end():], re.I))


# What the message should say, given by staff ("text to Hooli's owner saying we got her voicemail and will call back").
# ("... max 160 characters, just that their last day with us is Monday the 21st and Priya will call about the handover")
_SAYING = re.compile(r"\b(?:saying|to\s+say|that\s+says|just\s+that)\s+(?:that\s+)?([^.!?\n]{6,200})", re.I)

# A client's call or message told of just before "saying ...", with no message of ours asked for in between.
_REPORTED = re.compile(r"\b(?:rang|called|phoned|emailed|e-mailed|wrote|messaged|texted|pinged|complained|posted|replied|"
                       r"responded|answered|came\s+back|got\s+back|"
                       r"left\s+(?:a\s+)?(?:voicemail|message))\b(?![^.!?\n]*\b(?:text|sms|message|msg|note|reply|post)\b)"
                       r"[^.!?\n]*$", re.I)

_FOR_THEM = {"he": "you", "she": "you", "they": "you", "him": "you", "them": "you", "his": "your", "their": "your",
             "theirs": "yours", "hers": "yours", "himself": "yourself", "herself": "yourself", "themselves": "yourselves"}

_NOT_A_NOUN = {"to", "for", "with", "about", "and", "or", "on", "in", "at", "by", "from", "that", "if", "when", "the", "a"}


_HOW_TO_SAY = re.compile(r"\s*(?:no|yes|sorry)\b[\s,]*(?:without|nicely|politely|kindly|gently|firmly|but|in\s+a|while|and\s+(?:stays?|keeps?|is))\b",
                         re.I)


# "SMS to Acme's practice manager: the external drive with their data is ready to collect."
# ("SMS to the bakery owner re: Castle Tech getting in touch with us": what it is about, not its words)
_AFTER_WHO = re.compile(r"\b(?:sms|text(?:\s+message)?|whatsapp)\s+to\s+[^:.?!\n]{2,40}(?<!\bre)(?<!\bre\s)(?<!\babout)(?<!\bregarding):\s*"
                        r"([^.!?\n]{6,200})[.!]", re.I)


# (a weekday staff name for a visit of their own, "tech coming Thursday", is their news, not a date of the record's)
_DATED = re.compile(r"\b(?:xmas|christmas|holidays?|closed|closure|shut\w*|last\s+day|ends?|before|after|until|till|by|when|"
                    r"dates?|deadline|\d)\b", re.I)


_INSTRUCTION = re.compile(r"\s*(?:please\s+)?(?:nudge|remind|ask|tell|chase|ping|prod|warn|let\s+(?:them|him|her)\s+know|"
                          r"make\s+sure|get\s+(?:them|him|her)\b|"
                          # ("SMS to the practice manager: need the name of their new IT provider": what we need from them)
                          r"(?:we\s+)?(?:still\s+)?(?:need|want)\s+(?:the|their|a|an)\s+(?:[\w']+\s+){0,3}?(?:name|details|contact|date|confirmation)\b|"
                          # ("text to vandelay: they asked to come back. polite no": what they did, not the words)
                          r"(?:they|he|she)\s+(?:asked|want\w*|said|keep|offered|rang|called|emailed)\b)", re.I)


_ASK_THEM_TO = re.compile(r"\b(?:just\s+)?ask(?:ing)?\s+(?:them|him|her)\s+to\s+((?:call|ring|phone|contact|e-?mail|get\s+in\s+touch\s+with)"
                          r"\s+(?-i:[A-Z][a-z]+)\b[^.!?\n]{0,60}?)\s*(?:[.!?\n]|$)", re.I)


def words_given(text: str) -> str:
    """The words staff give for a text or chat message to send ("... saying we got her voicemail and will call
    back tomorrow", or after "SMS to ...:"), addressed to the reader ("We got your voicemail and will call back
    tomorrow."); "" for none."""
    asked_of_them = _ASK_THEM_TO.search(text)
    if asked_of_them and not _SAYING.search(text):
        # ("one text, max 160 characters, just ask them to call Priya about the handover": that request, to them)
        return f"Could you {asked_of_them.group(1).strip()}?"
    after_who = _AFTER_WHO.search(text)
    if after_who and (_DATED.search(after_who.group(1)) or _INSTRUCTION.match(after_who.group(1))):
        # ("sms to the hooli owner: we're closed over xmas, ... before that": dates from the record; "SMS to the owner:
        # nudge them to get Castle Tech in touch": what the text should do, not its words)
        after_who = None
    if after_who and re.match(r"\s*(?:they|he|she)(?:'re|'ve|\s)", after_who.group(1), re.I):
        # ("SMS to Acme's main number: they still haven't picked a new provider."): the situation told to us, in the
        # third person, not words for the reader
        after_who = None
    found = _SAYING.search(text) or after_who
    if found and found.re is _SAYING and _REPORTED.search(text[:found.start()]):
        return ""   # "the boss rang my mobile saying their email's down": what the client said, not our words
    if not found or _HOW_TO_SAY.match(found.group(1)):
        return ""   # "says no without being a jerk" tells how to say it, not what
    if re.search(r"\b(?:when|what|which|who|whether|how\s+long|the\s+dates?)\b", found.group(1), re.I):
        return ""   # "saying the office is closed over xmas and when we're back": what to cover, from the record
    # ("saying we're still supporting them til the end, they seem worried": the remark after the words is for us)
    given = re.sub(r"[,;]\s*(?:they|he|she)(?:'re|\s+(?:seem|seems|are|look|looks|sound|sounds|feel|feels|were|was))\b.*$", "",
                   found.group(1).strip(), flags=re.I)
    if re.search(r"\b(?:til+|until|to|up\s+to)\s+the\s+(?:end|last\s+day)\b", given, re.I):
        return ""   # ("til the end"): the record's own day says it better than the words
    if re.search(r"\b(?:ends?|finish\w*|stops?)\s+(?:very\s+)?(?:soon|shortly)\b|\band\s+(?:ask|tell|remind|get)\s+(?:them|him|her)\b|"
                 r"\band\s+that\s", given, re.I):
        # ("say their support ends soon and ask them to reply about their data", "say we're shut over xmas and that the
        # day we reopen is also their last day": points to cover, told as reported speech; the days on record say them)
        return ""
    if re.search(r"\s[+&]\s|\band\s+to\s+(?:ring|call|phone|contact|email|e-mail|get|send|let|ask|book)\b|"
                 r"^(?:their\s+|your\s+|the\s+)?support\s+(?:ends?|is\s+ending|stops?)\b(?!\s+(?:on|at)\b)", given, re.I):
        return ""   # ("just that support ends + to ring us about getting their data off": the points, in shorthand)
    said = TRAILING_COURTESY.sub("", re.sub(r"[\s,;:-]*\b(?:friendly|short|brief|polite|warm|casual)\b(?:[\s,]+(?:and\s+)?"
                                    r"(?:friendly|short|brief|polite|warm|casual)\b)*\s*$", "", given, flags=re.I))
    words = said.split()
    for i, word in enumerate(words):
        bare = word.lower()
        if bare == "her":   # "her voicemail" is hers; "call her back" is her
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            words[i] = "your" if following and following not in _NOT_A_NOUN and following not in ("back", "up", "again") else "you"
        elif bare in _FOR_THEM:
            words[i] = _FOR_THEM[bare]
    said = " ".join(words).replace("you is ", "you are ").replace("you was ", "you were ").replace("you has ", "you have ")
    # "tech coming Thursday to ..." in shorthand: "Our technician is coming on Thursday to ..."
    said = re.sub(r"^(?:a\s+|our\s+)?tech(?:nician)?\s+(?:is\s+)?coming\s+(?:on\s+)?", lambda m: "Our technician is coming "
                  + ("on " if re.match(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", said[m.end():], re.I) else ""),
                  said, flags=re.I)
    if len(words) < 4:
        return ""   # "saying we're leaving it" tells what the message is about, too few words to be the message
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".") if said else ""


def addressed_to(text: str, name: str) -> bool:
    """The words are written to `name` (the client, by its name or first word): "teams msg to hooli: ..."."""
    words = [re.escape(word) for word in name.split()[:1] if len(word) > 2]
    return bool(words) and bool(re.search(
        rf"\b(?:msg|message|e-?mail|text|note|reply|letter|post|dm|sms|voicemail|script)\s+(?:back\s+)?(?:for\s+me\s+)?to\s+(?:the\s+)?"
        rf"{words[0]}\b(?!['’]s\b)",
        text, re.I))


# A client asking about another client, passed on ("she asked if we also dumped Globex"): confidential.
_ABOUT_ANOTHER = re.compile(r"\b(?:asked|asks|asking|wants\s+to\s+know|wondering)\b[^.?!]{0,40}(?:\b(?:other\s+clients?|anyone\s+else)\b|"
                            r"\balso\s+(?:dump|drop|fire|let|cut|end)\w*|\b(?:dump|drop|fire|cut|end)\w*\s+(?:\w+\s+){0,3}?"
                            r"(?:too|as\s+well)\b)|"
                            # "Could I tell Acme we also dropped Vandelay for being difficult?": another client's affairs, offered
                            r"\btell\s+(?-i:[A-Z])\w+\s+(?:that\s+)?we\s+(?:also\s+|have\s+also\s+|'ve\s+also\s+)?(?:dropped|dumped|fired|ended\s+with|"
                            r"let\s+go\s+of|cut|offboarded)\s+(?-i:[A-Z])\w+|"
                            # "tell Acme the bakery got dropped too, so they don't feel singled out"
                            r"\btell\s+(?-i:[A-Z])\w+\s+(?:that\s+)?(?:the\s+\w+|(?-i:[A-Z])\w+)\s+(?:got|was|were|has\s+been|is\s+being)\s+"
                            r"(?:dropped|dumped|fired|let\s+go|cut|offboarded)\b|\bsingled\s+out\b", re.I)


def relays_question_about_another(text: str) -> bool:
    return bool(_ABOUT_ANOTHER.search(text))


# The client's question about the last day itself, passed on ("they're asking whether the 21st is the last day
# they're supported or the first day they're not").
_ASKING = r"\b(?:ask\w*|wants?\s+to\s+know|wonder\w*|check\w*|confirm\w*)\b"

_THE_DAY = r"\b(?:last|final|first)\s+(?:day|date)\b|\b(?:end|offboarding|leaving|finish|termination|exit)\s+date\b|\bcut-?off\b"

_DATE_QUESTION = re.compile(_ASKING + r"[^.?!]{0,30}\b(?:whether|if|when|which|what)\b[^.?!]{0,40}(?:" + _THE_DAY + ")|" +
                            _ASKING + r"[^.?!]{0,30}(?:" + _THE_DAY + r")[^.?!]{0,20}\b(?:inclusive|exactly|again|or)\b|" +
                            # "Acme want to know their offboarding date"
                            r"\b(?:wants?\s+to\s+know|asking\s+(?:for|about)|asked\s+(?:for|about))\s+(?:their|the|our)\s+(?:exact\s+)?(?:"
                            + _THE_DAY + r")|" +
                            # "asked what happens on the 21st"
                            _ASKING + r"[^.?!]{0,20}\bwhat\s+happens\s+(?:on|after)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|"
                            r"last\s+day|end\s+date)\b", re.I)


def relays_date_question(text: str) -> bool:
    """Staff pass on the client's question about the last day itself, for the answer to give them (or paste it in:
    "website chat from acme asking 'when exactly do you stop looking after us?'")."""
    pasted = pasted_message(text)
    return bool(_DATE_QUESTION.search(text)) or bool(pasted) and cues.asks_end_date(pasted) \
        and not cues.asks_for_more_time(pasted) and len(pasted.split()) <= 20


# A client's worry that something of theirs stops at the end, passed on by staff ("a Hooli employee asks if
# their email stops on 4 Jan").
_STOP_FEAR = re.compile(r"\b(?:asks?|asking|asked|wants?\s+to\s+know|wondering|worried|panicking)\b[^.?!]{0,30}\b(?:if|whether)\b"
                        r"[^.?!]{0,40}\b(?:stops?|stop\s+working|switched\s+off|cut\s+off|go(?:es)?\s+(?:down|dark|offline)|"
                        r"shut\s+(?:off|down)|(?:get|gets|be)\s+deleted|disappears?|dies?)\b", re.I)


def relays_stop_fear(text: str) -> bool:
    return bool(_STOP_FEAR.search(text))


# The new provider asking us how things were set up, passed on by staff ("their new IT people keep ringing our
# techs asking how stuff was set up"): the configuration question of an ex-client's provider.
_PROVIDER_ASKS_SETUP = re.compile(
    r"(?:\b(?:new\s+(?:it|provider|msp|people|guys|team|company|firm)|(?:it|msp)\s+(?:people|guys|company|firm))\b|"
    # "BrightPath wants 15 mins with one of our techs on how Globex's backups were set up": time with our people
    r"(?-i:\b[A-Z]\w+)\s+(?:wants?|asked\s+for|asking\s+for|asks\s+for)\s+(?:\w+\s+){0,2}(?:mins?|minutes|an?\s+hour|"
    r"a\s+call|a\s+walkthrough|a\s+session|time)\b)[^.?!]{0,80}"
    r"\b(?:how\s+(?:[\w'\u2019]+\s+){0,4}?(?:(?:was|were|is|are|got)\s+)?(?:set\s*up|configured|built|done|wired)|"
    r"why\s+(?:\w+\s+){0,4}?(?:was|were|is|are)\s+(?:set\s*up|configured|built|done))\b", re.I)


# "BrightPath want a 'quick 10 min call' about Globex's DNS": a call to talk over how things are, time with our people
_PROVIDER_WANTS_A_CALL = re.compile(r"(?-i:\b[A-Z]\w+)\s+(?:wants?|asked\s+for|asking\s+for|asks\s+for)\s+(?:an?\s+)?"
                                    r"['\"\u2018\u201c]?(?:quick\s+)?(?:\d+\s*[-\s]?min(?:ute)?s?\s+)?call['\"\u2019\u201d]?\s+about\b", re.I)


def relays_provider_setup_question(text: str) -> bool:
    return bool(_PROVIDER_ASKS_SETUP.search(text) or _PROVIDER_WANTS_A_CALL.search(text))


# The client wondering whether they are still supported, passed on ("asking if they can still log tickets").
_STILL_SUPPORTED = re.compile(r"\bcan\s+(?:they|we|she|he)" + STILL_SERVED + "|" + CUT_OFF + r"|\bstill\s+(?:supported|covered)\b|"
                              r"\b(?:we'?re|we\s+are|you'?re|you\s+are)\s+still\s+(?:supporting|covering|looking\s+after|helping|doing|handling|fixing|"
                              r"taking|answering)\b|"
                              r"\b(?:we'?ll|we\s+will|you'?ll|you\s+will)\s+still\s+(?:fix|support|help|look\s+after|cover|answer|"
                              r"take\s+care\s+of|pick\s+up)\b|"
                              # "if they can still ring us right up to the 4th"
                              r"\b(?:they|we)\s+(?:can|could)\s+still\s+(?:call|ring|phone|contact|email|reach)\s+(?:us|you)\b|"
                              # "r u guys still doing our backups?"
                              # "keeps asking if we 'still do the email for them'"
                              r"\b(?:we|you|u)\s+['\"\u2018\u201c]?still\s+(?:do|handle|look\s+after|manage|run|cover)\s+(?:the|their|our|your)\b|"
                              r"\b(?:are|r)\s+(?:you|u)\s+(?:guys\s+)?still\s+(?:doing|running|handling|managing|monitoring|looking\s+after|fixing|"
                              r"supporting|covering|helping)\b|"
                              # "they asked if they can still log tickets this week"
                              r"\b(?:can|could)\s+(?:they|we|still)\s+(?:still\s+)?(?:log|raise|open|send\s+(?:in\s+)?)\s+(?:tickets|requests|jobs|issues)\b",
                              re.I)


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
                          # "2 sentences for the footer of every Acme ticket reply reminding them of the end date"
                          r"\bremind\w*\s+(?:them|him|her|\w+)\s+(?:of|about)\s+(?:their|the)\s+(?:end|cut-?off|finish)\s+date\b|"
                          r"\breminder\s+(?:to\s+\w+(?:\s+\w+)?\s+)?that\s+(?:their\s+|our\s+|the\s+)?(?:support|contract|agreement|service)\s+"
                          r"(?:ends|stops|finishes)\b|"
                          # "the reminder email to Acme Dental about their last day", "reminding them support ends on the 21st",
                          # "a reminder that support runs until ..."
                          r"\bremind\w*\b[^.?!]{0,50}?\b(?:of|about|re)\s+(?:their|the|our)\s+(?:(?:last|final)\s+day|end\s+date)\b|"
                          # "email to Hooli reminding them their last day is Monday 4 January"
                          r"\bremind\w*\s+(?:\w+\s+){0,4}?(?:that\s+)?(?:their|the|our)\s+(?:(?:last|final)\s+day|end\s+date)\s+"
                          r"(?:is|falls|will\s+be)\b|"
                          r"\bremind\w*\s+(?:(?:them|him|her|\w+)\s+)?(?:that\s+)?(?:their\s+|our\s+|the\s+)?(?:support|contract|agreement|"
                          r"service)\s+(?:ends|stops|finishes|runs\s+(?:until|till|to))\b|"
                          # "a quick email to Acme confirming their support runs until thursday 31 dec"
                          r"\bconfirm\w*\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:their|the|our)\s+(?:support|contract|agreement|service)\s+"
                          r"(?:ends|stops|finishes|runs\s+(?:until|till|to))\b|"
                          # "a Slack post for the Hooli Bakery channel confirming when support ends"
                          r"\bconfirm\w*\s+when\s+(?:their\s+|our\s+|the\s+)?(?:support|contract|agreement|service)\s+"
                          r"(?:ends|stops|finishes)\b", re.I)


def confirms_the_last_day(text: str) -> bool:
    return bool(_CONFIRMS_END.search(text))


# "a short email to Acme Dental confirming their last day of support": the notice restated in writing
_LAST_DAY_EMAILED = re.compile(r"\be-?mail\b[^.?!]{0,40}\bconfirm\w*\s+(?:their|the|our|your)\s+(?:last|final)\s+day\b", re.I)


def emails_the_last_day(text: str) -> bool:
    return bool(_LAST_DAY_EMAILED.search(text))


# "a letter confirming formally that our support ended": the end itself confirmed, after it
_CONFIRMS_IT_ENDED = re.compile(r"\bconfirm\w*\b[^.?!]{0,40}?\b(?:support|contract|agreement|services?|relationship)\s+(?:has\s+|have\s+|had\s+)?"
                                r"(?:ended|finished|is\s+over|came\s+to\s+an\s+end)\b|"
                                # "a formal letter confirming the end of our services"
                                r"\bconfirm\w*\s+(?:the\s+)?end\s+of\s+(?:our\s+|the\s+|their\s+)?(?:services?|support|contract|agreement|"
                                r"relationship)\b|"
                                # "a formal letter confirming the date we stopped supporting them"
                                r"\bconfirm\w*\s+(?:the\s+|in\s+writing\s+the\s+)?(?:date|day)\s+(?:that\s+|when\s+|on\s+which\s+)?"
                                r"(?:we|our\s+support|support|the\s+contract|the\s+agreement|it)\s+(?:stopped|ended|finished|ceased)\b|"
                                # "a formal letter confirming we've no remaining obligations to them": the end, confirmed
                                r"\bconfirm\w*\b[^.?!]{0,30}?\bno\s+(?:remaining|further|outstanding|ongoing)\s+(?:obligations|commitments|"
                                r"support)\b|"
                                # "a letter on letterhead confirming we no longer support them - it's for their insurer"
                                r"\bconfirm\w*\s+(?:that\s+)?(?:we|our\s+firm)\s+(?:no\s+longer|don'?t|do\s+not)\s+(?:support|look\s+after|"
                                r"manage|provide\s+(?:support|services?)\s+(?:to|for))\s+(?:them|[\w&'-]+)\b", re.I)


def confirms_it_ended(text: str) -> bool:
    return bool(_CONFIRMS_IT_ENDED.search(text))


# The client's apology, passed on by staff ("the owner emailed priya saying sorry about the late payments")
_APOLOGY_RELAYED = re.compile(r"\b(?:saying|said|says|to\s+say)\s+(?:(?:they'?re|he'?s|she'?s|they\s+are)\s+)?"
                              r"(?:(?:really|very|so|truly|genuinely|awfully)\s+)?sorry\b|"
                              # "they're sorry about paying late and say they'll pay 6 months upfront"
                              r"\b(?:they'?re|they\s+are|he'?s|she'?s)\s+(?:(?:really|very|so|truly|genuinely|awfully)\s+)?sorry\s+"
                              r"(?:about|for)\b|"
                              r"\b(?:(?:they|he|she|client|owner|\w+)\s+(?:has\s+|have\s+)?apologi[sz]ed|sent\s+(?:us\s+)?(?:an?\s+)?"
                              r"(?:(?:really|very|genuinely|truly|most|heartfelt|sincere|proper|long|formal|written|grovel+ing|humble|tearful|"
                              r"big|huge|full|emotional|lengthy)\s+){0,2}apology)\b|"
                              # "rang this morning, super apologetic"
                              r"\b(?:super|very|really|so|most|hugely|extremely)\s+apologetic\b|"
                              # "confirming that we've received their apology", "thank them for the apology"
                              r"\b(?:received|got|had|for|accept(?:ed|ing)?|acknowledg\w*)\s+(?:their|his|her|the)\s+apology\b|"
                              # "called me in tears, apologised for the late payments"
                              r"(?:,|\band)\s+apologi[sz]ed\b",
                              re.I)   # (not "a reply that apologises": that is ours to say)


# Our own words that say sorry ("Email to Hooli saying sorry, we can't go past the 4th"): no apology of theirs.
_OUR_SORRY = re.compile(r"\b(?:e-?mail|message|msg|note|letter|text|reply|sms|dm)\b[^.?!]{0,30}\b(?:saying|to\s+say)\s+sorry\b", re.I)


# A payment passed on ("acme paid everything", "they've settled up in full"): thanked for first, like one they tell us.
_PAYMENT_RELAYED = re.compile(r"\b(?:they|he|she|client|\w+)\s+(?:has\s+|have\s+|'ve\s+)?(?:now\s+|finally\s+|just\s+|already\s+)?"
                              r"(?:paid|settled|cleared)\s+(?:up\s+)?(?:everything|in\s+full|all\s+(?:of\s+it|the\s+invoices|they\s+owe(?:d)?)|"
                              r"the\s+(?:lot|balance|overdue\s+invoices|arrears)|every\s+(?:overdue\s+)?invoice|"
                              # "acme just paid ALL overdue invoices this morning"
                              r"all\s+(?:their\s+|the\s+|of\s+the\s+)?(?:overdue|outstanding|late|unpaid)\s+(?:invoices|bills)|"
                              r"(?:their|the)\s+(?:overdue|outstanding|unpaid)\s+(?:invoices|bills|balance))\b", re.I)


def relays_a_payment(text: str) -> bool:
    return bool(_PAYMENT_RELAYED.search(text))


# A promise passed on ("swears they'll pay everything within 10 days from now on", "promised to pay on time"): thanked too
_PROMISE_RELAYED = re.compile(r"\b(?:they'?ll|they\s+will|will|he'?ll|she'?ll)\s+(?:always\s+)?pay\b[^.?!]{0,40}\b(?:from\s+now\s+on|"
                              r"going\s+forward|in\s+future|on\s+time)\b|\bpromis(?:ed|es|ing)\s+(?:to\s+pay|they'?ll\s+pay)\b", re.I)


def relays_a_promise(text: str) -> bool:
    return bool(_PROMISE_RELAYED.search(text))


def relays_an_apology(text: str) -> bool:
    return bool(_APOLOGY_RELAYED.search(_OUR_SORRY.sub(" ", text)))


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


# Someone who rang or wrote says they are the client's new provider ("some bloke rang saying he's 'the new IT guy
# for Vandelay'"): nobody has confirmed it, so nothing of the client's goes to them until the client does.
# ("Acme just said their new IT firm will be in touch" reports what the client said: nobody claims anything)
_WHO_CLAIMS = r"(?:(?:he|she|they)(?:'s|\u2019s|\s+is|\s+was|\s+are|'re|\u2019re)\s+|to\s+be\s+)"
_CLAIMS_TO_BE_PROVIDER = re.compile(
    r"\b(?:(?:saying|says|said|reckons?)\s+(?:" + _WHO_CLAIMS + r"['\"\u2018\u201c]?|['\"\u2018\u201c])|"
    r"(?:claim\w*|introduced\s+(?:him|her|them)sel(?:f|ves)\s+as)\s+" + _WHO_CLAIMS + r"?['\"\u2018\u201c]?)"
    r"(?:from\s+)?(?:the|their|\w+'s|\w+\u2019s)\s+new\s+(?:it|msp|provider|tech|support)", re.I)


def claims_to_be_the_provider(text: str) -> bool:
    return bool(_CLAIMS_TO_BE_PROVIDER.search(text))


def welcomes_someone(text: str) -> bool:
    """Words of welcome asked for ("Write a welcome from me", "a welcome message for Castle Tech")."""
    return bool(re.search(r"\bwelcom\w*", text, re.I))


def quotes_someone(text: str) -> bool:
    """Words in double quotes: someone's own words ("\"Is this because Dr. Moreno was rude?\" - acme")."""
    return bool(_QUOTE_MARK.search(text))


def signed_by_the_client(pasted: str, client_name: str) -> bool:
    """"... thx, Dave @ Globex": a pasted message whose sign-off names the client (by its first word)."""
    first = re.escape(client_name.split()[0])
    return bool(re.search(rf"(?:[-@,]|\b(?:thx|thanks|cheers|regards))\s*[^\n]{{0,30}}\b{first}\b[^\n]{{0,20}}$",
                          pasted.strip(), re.I))


# A client's claim that we did something to what is theirs, passed on with staff's word that we didn't ("Globex ops
# guy is claiming we 'deleted their SharePoint' on the way out. We didn't."): the act, in their words, to deny kindly.
_CLAIMED_ACT = re.compile(r"\b(?:claim\w*|say(?:s|ing)?|said|insist\w*|accus\w*\s+us\s+of|blam\w*\s+us\s+for|reckons?|"
                          r"convinced|adamant|thinks?)\b[^.?!\n]{0,30}?\b(?:that\s+)?(?:we|us|our\s+(?:team|techs?|guys|lot))\s*"
                          r"['\"\u2018\u201c]?\s*((?:(?:have|had|just|must\s+have|somehow)\s+)?(?:deleted|deleting|wiped|wiping|"
                          r"erased|removed|removing|cancell?ed|cancell?ing|switched\s+off|turned\s+off|shut\s+(?:down|off)|disabled|"
                          r"revoked|blocked|locked\s+(?:them|him|her)\s+out|lost|broke)\b[^.,;?!\n'\"\u2019\u201d]{1,60})", re.I)
_WE_DIDNT = re.compile(r"\b(?:we|i)\s+(?:didn'?t|did\s+not|never\s+did|haven'?t|have\s+not|never\s+touched|never)\b|"
                       r"\b(?:which|that|it)(?:'s|\s+is)\s+(?:not\s+true|untrue|false|nonsense|rubbish)\b|\bnot\s+true\b", re.I)
_OUR_ING = {"deleting": "deleted", "wiping": "wiped", "removing": "removed", "cancelling": "cancelled", "canceling": "canceled"}


def claim_we_deny(text: str) -> str:
    """The act claimed, said to the client ("deleted your SharePoint"), when staff say we didn't do it; else ""."""
    claimed = _CLAIMED_ACT.search(text)
    if not claimed or not _WE_DIDNT.search(text[claimed.end():]):
        return ""
    act = re.sub(r"^(?:have|had|just|must\s+have|somehow)\s+", "", claimed.group(1).strip(" ,;:'\"\u2019\u201d"), flags=re.I)
    act = re.sub(r"\s+(?:on|at)\s+(?:the|our)\s+way\s+out\b.*$|\s+(?:before|after|when)\s+(?:we|you)\b.*$", "", act, flags=re.I)
    words = act.split()
    words[0] = _OUR_ING.get(words[0].lower(), words[0])
    return " ".join(_FOR_THEM.get(word.lower(), word) for word in words)
