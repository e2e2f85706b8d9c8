"""The new provider: named, taking over, written to or writing to us, and its contact."""
from __future__ import annotations

import re
from datetime import date

from intents.cues.dates import days_named
from intents.cues.shape import makes_a_request
from intents.cues.words import _EMAIL_PROVIDER, _named

# "We're thinking of going with someone else instead of Castle Tech": the provider on record may change.
_PROVIDER_CHANGE = re.compile(r"\b(?:someone|somebody|another\s+(?:company|provider|firm|msp)|a\s+different\s+(?:company|provider|firm|msp))"
                              r"(?:\s+else)?\s+instead\b|\binstead\s+of\s+(?-i:[A-Z]\w+)|\bnot\s+(?:going\s+with|using|signing\s+with)\s+"
                              # "we have not sign with Castle Tech yet, maybe we go with someone else"
                              r"(?-i:[A-Z]\w+)|\b(?:go|going|went)\s+with\s+(?:someone|somebody)\s+else\b|\bnot\s+(?:sign|signed)\s+with\s+"
                              r"(?-i:[A-Z]\w+)|\b(?:changed|changing)\s+our\s+minds?\s+about\s+(?-i:[A-Z]\w+)", re.I)


def changes_provider(text: str) -> bool:
    return bool(_PROVIDER_CHANGE.search(text))


# "We find new company, Castle Tech.", "we've gone with Castle Tech": the client telling us who they chose.
_CHOSEN = re.compile(r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:now\s+|finally\s+)?(?:find|found|chose|chosen|choose|picked|pick|went|gone|"
                     r"signed|hired|decided|got|are\s+going|'re\s+going|will\s+go)\b|"
                     r"\b(?:our|a|the)\s+new\s+(?:it\s+)?(?:company|provider|firm|msp|partner)\s+(?:is|will\s+be)\b", re.I)


def tells_who_they_chose(text: str) -> bool:
    return bool(_CHOSEN.search(text))


# The new provider as the one a message is for, or the one asking: "tell Globex's new guys",
# "BrightPath asked ...", "their new MSP wants ...".
_NEW_PROVIDER_WORDS = r"(?:(?:\w+'s|their|the)\s+)?new\s+(?:it\s+)?(?:provider|msp|company|firm|partner|guys|people|team|folks|support)"
# ("a handover note I can give to Acme's new provider": theirs, whoever's provider it is)
_TO_THEM = r"\b(?:tell|email|e-mail|send|forward|reply\s+to|respond\s+to|answer|write\s+to|message|ping|let|introduc(?:e|es|ing)\s+(?:us|me|ourselves)\s+to|" \
           r"(?:ring|call|phone)(?:ing)?|" \
           r"(?:give|hand|pass|send|e-?mail|forward)(?:\s+it)?\s+to(?:\s+\w+['\u2019]s)?|" \
           r"(?:intro(?:duction)?|message|msg|note|e-?mail|letter|response|reply|line|hand-?over\s+note)(?:\s+from\s+(?:us|me|(?-i:[A-Z])\w+)(?:\s*\([^)]{0,40}\))?)?\s+" \
           r"(?:to|asking|telling|inviting|for))\s+"
_THEY_ASK = r"(?:\s+(?:just|also|now|again|already|then|finally|have|has))?\s+(?:asked|asks|is\s+asking|are\s+asking|keeps?\s+asking|wants?|wanted|emailed|e-mailed|called|rang|says|said|" \
            r"wrote|messaged|needs?(?!\s+to\s+(?:call|ring|phone|contact|reach|get\s+in\s+touch|be\s+in\s+touch|e-?mail|speak|talk))|requested|requests|keeps?\s+calling|sent|sends)\b"


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


# ("Castle Tech is taking Hooli Bakery": the client named after the verb)
_TAKING_OVER = r"(?:\s+(?:is|are|will\s+be)|'s|'re)\s+(?:now\s+)?(?:taking\s+over|taking\s+(?-i:[A-Z])\w*|picking\s+(?:\w+\s+)?up|replacing\s+us|"\
               r"coming\s+in)\b"
# ("Castle Tech are taking over Hooli. Write an intro email from us to them": them, the provider just named)
_TO_THEM_PLAINLY = re.compile(r"\b(?:tell|send|email|e-mail|write\s+to|say\s+to|give)\s+them\b|"
                              r"\b(?:e-?mail|message|msg|note|letter|intro(?:duction)?)\s+(?:from\s+(?:us|me)\s+)?to\s+them\b", re.I)


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


def provider_waits_on_us(text: str, provider: str) -> bool:
    """The client says their new provider hasn't heard from us ("our castle tech guy says he hasn't heard from you yet")."""
    return bool(provider) and bool(re.search(re.escape(provider.split()[0]) + r"\b[^.?!]{0,40}\b(?:hasn'?t|haven'?t|has\s+not|"
                                             r"have\s+not|not)\s+(?:yet\s+)?heard\s+(?:anything\s+|back\s+)?from\s+(?:you|u)\b",
                                             text, re.I))


# "no new provider has been in touch", "we haven't heard from any new IT company": nobody chosen has called us yet
_NONE_HEARD = re.compile(r"\bno\s+(?:new\s+)?(?:it\s+)?(?:provider|company|firm|msp|one|body)\s+(?:has|have)\s+(?:yet\s+)?"
                         r"(?:been\s+in\s+touch|got\s+in\s+touch|contacted\s+us|called|rung)\b|"
                         r"\b(?:haven'?t|have\s+not|not)\s+(?:yet\s+)?heard\s+from\s+(?:a|any)\s+(?:new\s+)?(?:it\s+)?"
                         r"(?:provider|company|firm|msp)\b", re.I)


def not_heard_from(text: str, provider: str) -> bool:
    """Says the new provider on record hasn't been in touch ("we still haven't heard from Castle Tech"), or, with none
    on record, that no new provider has."""
    if not provider:
        return bool(_NONE_HEARD.search(text))
    first = re.escape(provider.split()[0])
    return bool(provider) and bool(re.search(r"\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|not|never|no\s+word)\s+(?:yet\s+)?"
                                             r"(?:heard\s+(?:back\s+|anything\s+)?from|from)\s+" + first, text, re.I)
                                   # "Castle tech havent been in touch re Hooly"
                                   or re.search(r"\b" + first + r"\b[^.?!]{0,20}?\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|"
                                                r"never|still\s+not)\s+(?:yet\s+)?(?:been\s+in\s+touch|got\s+in\s+touch|"
                                                r"contacted\s+us|called|rung|reached\s+out|made\s+contact)\b", text, re.I))


def asks_them_to_contact_us(text: str) -> bool:
    """Someone is to get in touch with us ("get Castle Tech to call us")."""
    return bool(_CONTACT_US.search(text))


def writes_to_provider(text: str, provider: str = "") -> bool:
    """The message a staff member wants is for the client's new provider, not the client."""
    ref = _provider_ref(provider)
    return bool(re.search(_TO_THEM + ref + r"\b", text, re.I) or re.search(r"\b" + ref + _THEY_ASK, text, re.I)
                or (provider_takes_over(text, provider) and _TO_THEM_PLAINLY.search(text))
                # "Hooli's new IT company is Castle Tech. Write them an intro email": them, the provider just named
                or bool(provider) and re.search(r"\b(?:is|are|will\s+be)\s+" + re.escape(" ".join(provider.split())) +
                                                r"\s*[.!]\s*(?:please\s+|pls\s+|can\s+you\s+)?(?:write|draft|e-?mail|send|message)\s+them\b",
                                                text, re.I)
                # "Write Castle Tech an intro email", "draft BrightPath a short note"
                or re.search(r"\b(?:write|draft|send)\s+" + ref + r"\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:intro(?:duction)?|e-?mail|note|"
                             r"message|letter|line)\b", text, re.I)
                # "Write something for Castle Tech introducing us and asking to start the Hooli handover"
                or re.search(r"\b(?:write|draft|send)\s+(?:something|a\s+(?:\w+\s+)?(?:note|message|email|e-mail|line))\s+(?:for|to)\s+" + ref +
                             r"\b[^.?!]{0,20}\bintroduc\w*", text, re.I)
                # "... is Castle Tech but I can't find an email for them anywhere. Write me a short note I can send them"
                # ("... is Castle Tech but we don't have a contact there yet. Can you draft an intro email I can send them")
                or bool(re.search(r"\b" + ref + r"\b[^.?!]{0,60}\b(?:(?:can'?t|cannot|couldn'?t)\s+find|(?:don'?t|do\s+not|haven'?t)\s+"
                                  r"(?:have|got))\s+(?:an?\s+|any\s+)?(?:e-?mail|contact|address|details|number)[^.?!]{0,20}"
                                  r"\b(?:for\s+them|there|at\s+\w+)\b", text, re.I)
                        and re.search(r"\b(?:send|e-?mail|give)\s+(?:it\s+to\s+)?them\b|\b(?:intro|introduction)\b", text, re.I)))


def words_asked_for_the_provider(text: str, provider: str = "") -> bool:
    """Words asked for the new provider in so many words ("email BrightPath", "a reply to Castle Tech"), not only the
    provider spoken of as wanting something ("Globex are asking for the login, BrightPath need it")."""
    return bool(re.search(_TO_THEM + _provider_ref(provider) + r"\b", text, re.I))


# -- who to talk to, the new provider's details, a recommendation ------------------------------------

# ("BrightPath can't even get our email working": their own mail, not a contact detail)
_CONTACT_DETAILS = re.compile(r"\b(?<!our\s)(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|number|contact(?:\s+details|\s+info\w*)?|"
                              r"address|details)\b", re.I)
_NEW_PROVIDER = re.compile(_NEW_PROVIDER_WORDS + r"\b", re.I)
_RECOMMEND = re.compile(r"\bwho\s+(?:would|do|could|can|should)\s+(?:you|u)\s+(?:rec+om+end|suggest)\b|"
                        # "who do you think we should switch to?"
                        r"\bwho\s+(?:do\s+(?:you|u)\s+think|would\s+(?:you|u)\s+say)\s+we\s+should\s+(?:switch|go|move|turn)\s+"
                        # ("who do you think we should go with for IT after you")
                        r"(?:to|with)\b|"
                        # (as typed in a hurry: "can you recomend anyone")
                        r"\b(?:rec+om+end\w*|suggest\w*|know\s+(?:of\s+)?(?:a|any)(?:\s+good)?|(?:a|any|some|your)\s+referr?als?|point\s+us\s+to|"
                        r"tips?\s+(?:for|on)\s+(?:choosing|picking|finding|getting))\b"
                        r"[^.?!]{0,40}\b(?:providers?|compan(?:y|ies)|firms?|msps?|it\s+(?:people|support|guys|shops?)|"
                        r"someone|anyone|somebody)\b|"
                        # "do you know anyone decent we could use?"
                        r"\b(?:know|rec+om+end|suggest)\s+(?:of\s+)?(?:any(?:one|body)|some(?:one|body))\s+(?:good|decent|reliable)?\s*"
                        r"(?:we|i)\s+(?:could|can|should|might)\s+(?:use|try|go\s+with|call)\b|"
                        # "do you know anyone good for IT around here?"
                        r"\b(?:know|rec+om+end|suggest)\s+(?:of\s+)?(?:any(?:one|body)|some(?:one|body)|a\s+company|a\s+firm)\s+"
                        r"(?:good|decent|reliable)\s+(?:for|with|in|to\s+do)\s+(?:our\s+)?(?:it|tech|computers|support)\b|"
                        # "so who are we supposed to move to?? are you picking someone for us or what"
                        r"\bwho\s+(?:are\s+we|should\s+we|do\s+we|can\s+we)\s+(?:supposed\s+to\s+|meant\s+to\s+)?(?:move|go|switch|turn)\s+to\b|"
                        r"\b(?:pick|choos|find)\w*\s+(?:someone|somebody|one|a\s+provider)\s+for\s+us\b", re.I)
_PICK_FOR_US = re.compile(r"\b(?:pick|choos|find)\w*\s+(?:someone|somebody|one|a\s+provider)\s+for\s+us\b|"
                          r"\bwho\s+(?:are\s+we|should\s+we)\s+(?:supposed\s+to\s+|meant\s+to\s+)?(?:move|go|switch)\s+to\b", re.I)


def asks_us_to_pick(text: str) -> bool:
    """Asks whether we choose their new provider for them ("are you picking someone for us or what"): we don't."""
    return bool(_PICK_FOR_US.search(text))

# A client telling us who their new provider is: "our new IT provider will be DentalTech Solutions", "we signed
# with Castle Tech", "SmileTech IT is taking over". The name is the run of capitalised words.
_PROVIDER_NAME = r"((?:[A-Z][\w&'-]*|IT|MSP)(?:\s+(?:[A-Z][\w&'-]*|IT|of|and|&)){0,4})"
_NAMES_PROVIDER = (
    re.compile(r"\b(?i:new\s+(?:it\s+)?(?:provider|company|firm|msp|partner|supplier|support)(?:\s+will\s+be|\s+is|\s+are|:|,|\s+-|!+)?|"
               r"(?:signed|sign|going|gone|went)\s+with|(?:chosen|chose|picked|hired|selected|found)|(?:decided|settled)\s+on)\s+"
               # ("signed with a firm called MolarTech IT")
               r"(?i:(?:an?\s+)?(?:\w+\s+)?(?:firm|company|outfit|provider|msp|crowd)\s+(?:called|named)\s+)?[\'\"\u2018\u201c]?"
               + _PROVIDER_NAME),
    re.compile(_PROVIDER_NAME + r"\s+(?i:(?:is|are|will\s+be)\s+(?:taking\s+over|our\s+new)|takes?\s+over)\b"),
    # "our new IT are called DentaServe", "the new provider is called Molar IT"
    re.compile(r"\b(?i:new\s+(?:it|msp|provider|company|firm|partner|support)(?:\s+(?:provider|company|firm|people|team|support))?"
               r"\s+(?:is|are|will\s+be)\s+(?:called|named))\s+[\'\"\u2018\u201c]?" + _PROVIDER_NAME),
    # "we are finding new company, name is DentIT Partners"
    re.compile(r"\b(?i:new\s+(?:it\s+)?(?:provider|company|firm|msp|partner|supplier)(?:\s+\w+)?[,\s]+(?:(?:its|their|the)\s+)?"
               r"name\s+is)\s+"
               + _PROVIDER_NAME),
    # "Our new IT guy, Ray from RayTech, will ring you"
    re.compile(r"\b(?i:new\s+(?:it\s+)?(?:guy|person|people|tech|techs|technician|contact|man|woman|lady|team))\b[^.?!]{0,30}?"
               r"\b(?i:from|at|with)\s+" + _PROVIDER_NAME),
    # "we have appointed DataNorth as our new IT provider"
    re.compile(r"\b(?i:appointed|engaged|hired|chosen|selected|contracted)\s+" + _PROVIDER_NAME + r"\s+(?i:as\s+(?:our|the|their)\s+new)\b"),
    # "Acme finally picked new IT ('Molar IT Partners')"
    re.compile(r"\b(?i:(?:picked|chose|chosen|hired|selected|found|signed\s+with|going\s+with|went\s+with)\s+(?:a\s+|their\s+)?"
               r"new\s+(?:it|msp|provider|company|firm|partner)(?:\s+(?:provider|company|firm|people))?)\s*[(:,\u2013\u2014-]?\s*"
               r"[\'\"\u2018\u201c(]*" + _PROVIDER_NAME),
)
_NOT_A_NAME = {"We", "I", "They", "The", "Our", "It", "Your", "You", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
               "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Jan", "Feb", "Dec", "IT", "MSP", "Someone", "Nobody", "A", "An",
               # ("Who is our new IT company?": a question, not a name)
               "Who", "What", "Which", "Where", "When", "How", "Why", "Whoever", "Anyone", "Somebody"}
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


_NOT_YET = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}$", re.I)
_TENTATIVE = re.compile(r"\b(?:maybe|probably|perhaps|might|possibly|thinking\s+(?:of|about)|considering|looking\s+at)\s+(?:\w+\s+){0,3}$",
                        re.I)


def provider_named(text: str, tentative_too: bool = False) -> str:
    """The new provider a client's message names ("we signed with Castle Tech"), or "". With tentative_too, one they
    are only leaning towards too ("we're probably going with DentaTech"): whoever would be in touch."""
    for pattern in _NAMES_PROVIDER:
        for found in pattern.finditer(text):
            words = found.group(1).split()
            while words and words[-1] in ("of", "and", "&"):
                words.pop()
            if _NOT_YET.search(text[:found.start()]) or not tentative_too and _TENTATIVE.search(text[:found.start()]):
                continue   # "we have not sign with Castle Tech yet", "we maybe choose DentaTech IT": no provider told
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


# "our contact there is Sam Reyes": the person at the new provider, by name
_CONTACT_PERSON = re.compile(r"\b(?i:our|the|their|your)\s+(?i:contact|point\s+of\s+contact|account\s+manager)\s+(?i:there|at\s+\w+(?:\s+\w+){0,3})?\s*"
                             r"(?i:is|will\s+be|'s)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


# "Their number is 555-0142, ask for Ray": a phone number given, and who to ask for
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d\s().-]{5,}\d(?![\w-])")
_ASK_FOR = re.compile(r"\b(?i:ask\s+for|speak\s+to|talk\s+to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


# "Castle Tech's guy is called Jamie, I'll get him to email you", "Jamie from Castle Tech will call you": their
# person, who will reach us
_THEIR_PERSON = re.compile(r"\b(?i:guy|person|tech|man|woman|lady|engineer|rep|bloke|chap)\s+(?i:is\s+)?(?i:called|named)\s+"
                           r"([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+(?i:from|at)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+"
                           r"(?i:will|is\s+going\s+to|'ll)\s+(?i:email|e-mail|call|ring|phone|contact|message|be\s+in\s+touch|get\s+in\s+touch)\b")


def provider_person(text: str) -> str:
    """The person at the new provider the client says will reach us ("their guy is called Jamie"); "" for none."""
    found = _THEIR_PERSON.search(text)
    return (found.group(1) or found.group(2)) if found else ""


def contact_person(text: str) -> str:
    """Who to reach at the new provider, as the message gives it: a named contact, or a phone number (with who to ask
    for); "" for none."""
    found = _CONTACT_PERSON.search(text)
    if found:
        return found.group(1)
    if provider_person(text):
        return provider_person(text)
    phone, ask_for = _PHONE.search(text), _ASK_FOR.search(text)
    if phone and re.search(r"\b(?:number|phone|call|ring|tel)\b", text, re.I):
        return f"{ask_for.group(1)}, {phone.group(0).strip()}" if ask_for else phone.group(0).strip()
    return ""


def asks_provider_contact(text: str, provider: str = "") -> bool:
    """Asks us for the new provider's email, phone or contact ("what's Castle Tech's email?"): both in one sentence
    ("We still haven't found a new IT company. ... Will our email just stop working??" asks no contact)."""
    return any(_CONTACT_DETAILS.search(sentence) and (_named(sentence, provider) or _NEW_PROVIDER.search(sentence))
               for sentence in re.split(r"(?<=[.?!])\s+", text)) and makes_a_request(text)


# "BrightPath can't even get our email working": the new provider struggling since the move, said in passing
_STRUGGLES = re.compile(r"\b(?:can'?t|cannot|couldn'?t|still\s+(?:can'?t|hasn'?t|haven'?t)|hasn'?t|haven'?t|failed\s+to)\s+"
                        r"(?:even\s+)?(?:get|fix|sort|set\s+up|make)\b", re.I)


def provider_struggles(text: str, provider: str) -> bool:
    """The client says their new provider (named) can't get something working since the move."""
    return bool(provider) and any(_named(sentence, provider) and _STRUGGLES.search(sentence)
                                  for sentence in re.split(r"(?<=[.?!])\s+", text))


# "We still have no IT company. You can recommend one please?": "one" is the provider named before
# ("We're still looking for a new IT company. Any recommendations?": asked of the provider just spoken of)
_RECOMMEND_ONE = re.compile(r"\b(?:recommend|suggest)\s+(?:us\s+)?(?:one|some|a\s+few|any)\b|"
                            r"\b(?:any|got\s+any|have\s+you\s+got\s+any|do\s+you\s+have\s+any)\s+(?:recommendations?|suggestions?|"
                            r"recs|names|ideas)\b", re.I)
_A_PROVIDER = re.compile(r"\b(?:it\s+(?:company|firm|provider|people|support)|provider|msp)\b", re.I)


# "Any tips on what to look for in a new IT company?": how to choose one, answered with what to look for
_CHOOSING_TIPS = re.compile(r"\b(?:tips?|advice|pointers?|hints?)\b[^.?!]{0,40}?\b(?:look\s+(?:out\s+)?for|choos\w*|pick\w*|"
                            r"select\w*|find\w*)\b|\bwhat\s+(?:should|do|would|could)\s+(?:we|i)\s+look\s+(?:out\s+)?for\b|"
                            r"\bhow\s+(?:do|should|can|would)\s+(?:we|i)\s+(?:choose|pick|select)\b", re.I)


def asks_how_to_choose(text: str) -> bool:
    """Asks what to look for in a new provider, or how to choose one."""
    return bool(_CHOOSING_TIPS.search(text) and _A_PROVIDER.search(text))


# The new provider not ready until after our last day ("Castle Tech can not start before this"): a gap to land safely
_NOT_READY_UNTIL = re.compile(r"\b(?:can(?:'?t|\s*not)|won'?t\s+be\s+able\s+to|(?:is|are)\s+unable\s+to)\s+(?:start|begin|take\s+over)\s+"
                              r"(?:before|until|till)\b|\b(?:won'?t|will\s+not|isn'?t|aren'?t|not)\s+(?:be\s+)?(?:ready|available|"
                              r"starting)\s+(?:before|until|till)\b", re.I)


def provider_not_ready_in_time(text: str) -> bool:
    return bool(_NOT_READY_UNTIL.search(text))


def asks_for_recommendation(text: str) -> bool:
    """Asks us to recommend or suggest a new provider, or how to choose one (not "don't expect us to recommend you to
    anyone", nor an email provider, which is the no-provider-yet answer)."""
    text = _EMAIL_PROVIDER.sub(" ", text)
    return bool(_RECOMMEND.search(text) or _RECOMMEND_ONE.search(text) and _A_PROVIDER.search(text)
                or asks_how_to_choose(text)) and not _NO_RECOMMENDATION.search(text)


# ("1) we need ALL our files ... 2) can you recommend another IT company??"): which of the two is asked first
_THEIRS_OR_RECOMMENDED = re.compile(r"\b(?:files|data|backups?|records|passwords?|logins?|(?:recommend|suggest)\w*)\b", re.I)


def asks_for_theirs_first(text: str) -> bool:
    """Asks for something of theirs before asking us to recommend a provider."""
    found = _THEIRS_OR_RECOMMENDED.search(text)
    return bool(found) and not found.group(0).lower().startswith(("recommend", "suggest"))


_NO_RECOMMENDATION = re.compile(r"\brecommend\w*\s+(?:you|u|ya|your\s+(?:firm|company|team))\b|"
                                r"\b(?:don'?t|never|won'?t|not)\b[^.?!]{0,30}\brecommend", re.I)


# ("who do we give the new company's details to once we have one?": "to", then when)
_SEND_TO = re.compile(r"\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:send|give|pass|forward)\b[^.?!]{0,40}\bto\b"
                      r"(?:\s+(?:once|when|after|as\s+soon\s+as)\b[^.?!]{0,40})?\s*\?", re.I)


# "Who is our new IT company meant to contact to get everything from you?": the person at our end they reach
_WHO_THEY_CONTACT = re.compile(r"\b(?:meant|supposed|needs?|have|has)\s+to\s+(?:contact|call|email|e-mail|ring|talk\s+to|speak\s+(?:to|with)|"
                               r"get\s+in\s+touch\s+with)\b|\b(?:should|do|does)\s+(?:they|our\s+new\s+\w+(?:\s+\w+)?)\s+"
                               r"(?:contact|call|email|ring|talk\s+to|speak\s+to|get\s+in\s+touch\s+with)\b|"
                               # "Castle Tech is asking who they must contact at you"
                               r"\bwho\s+(?:they|he|she)\s+(?:must|should|need\s+to|have\s+to)\s+(?:contact|call|email|ring|"
                               r"talk\s+(?:to|with)|speak\s+(?:to|with))\b|"
                               # "They must to speak with who, and until when?"
                               r"\b(?:they|he|she)\s+(?:must|should|need|have)\s+(?:to\s+)?(?:contact|call|speak\s+(?:to|with)|"
                               r"talk\s+(?:to|with))\s+(?:to\s+)?who\b", re.I)


# A firm spoken of as the one to take over, chosen or not ("a company called SmileTech IT about taking over")
_FIRM_TO_TAKE_OVER = re.compile(r"\b(?:company|firm|provider|msp|outfit)\s+(?:called|named)\s+\w|\b(?:about|for)\s+taking\s+over\b", re.I)


def contact_topic(text: str, provider: str = "") -> str:
    """What a who-to-talk-to message asks for: the new provider's details, a recommendation, where to send their
    details ("who do i send the new IT guys details to?"), who here their new provider should contact, or a person."""
    if _SEND_TO.search(text):
        return "send_to"
    if _WHO_THEY_CONTACT.search(text) and (_NEW_ONES.search(text) or names_provider(text, provider)
                                          or _FIRM_TO_TAKE_OVER.search(text)):
        # ("who is our new IT company meant to contact to get everything from you?", "we've spoken to a company called
        # SmileTech IT ... Who should they talk to at your end?": us, named)
        return "for_provider"
    if asks_for_recommendation(text) and not provider_named(text):
        return "recommend"   # ("who would you recommend as a new IT company?": none named, one suggested)
    if asks_provider_contact(text, provider) and not _WHO_THEY_CONTACT.search(text):
        return "provider"
    if asks_for_recommendation(text):
        return "recommend"
    return "person"


_NEW_ONES = re.compile(r"\bnew\s+(?:it\s+)?(?:provider|msp|company|firm|partner|it\s+people|it\s+guys|it\s+person|it\s+guy|supplier|vendor|"
                       r"support\s+company)\b|\bthe\s+new\s+(?:people|guys|lot|team)\b", re.I)   # ("need it for the new people")
# ... unless it says they have none: "we never found a new IT firm", "still looking for a new provider".
_NO_NEW_ONES = re.compile(r"\b(?:no|never|not|haven'?t|hasn'?t|didn'?t|don'?t|without|yet\s+to|looking\s+for|searching\s+for|"
                          r"find|found|choose|chosen|pick(?:ed)?)\b[^.?!]{0,25}\bnew\s+(?:it\s+)?(?:provider|msp|company|firm|"
                          r"partner|it\s+people|it\s+guys|it\s+guy|it\s+person|supplier|support\s+company)\b", re.I)


def names_provider(text: str, provider: str) -> bool:
    """Names the provider on record itself ("the meeting with Hooli and Castle Tech")."""
    return bool(provider) and _named(text, provider)


def provider_lacks(text: str, provider: str) -> bool:
    """The new provider won't take on part of it ("Castle Tech don't do till systems"): that part needs someone else."""
    who = rf"(?:{re.escape(provider)}|the\s+new\s+(?:provider|company|firm|it\s+company|people))" if provider \
        else r"the\s+new\s+(?:provider|company|firm|it\s+company|people)"
    return bool(re.search(rf"\b{who}\s+(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t|can'?t|cannot)\s+(?:do|cover|support|handle|"
                          rf"look\s+after|take\s+on)\b", text, re.I))


_NOT_WORKING_OUT = (r"(?:\s+(?:isn'?t|aren'?t|is\s+not|are\s+not|hasn'?t\s+been|haven'?t\s+been)\s+(?:really\s+)?(?:working\s+out|"
                    r"working\s+for\s+us|great|good|up\s+to\s+(?:it|scratch))|\s+(?:is|are|was|were|has\s+been|have\s+been|'s\s+been|"
                    r"'ve\s+been)\s+(?:a\s+)?(?:complete\s+|total\s+|absolute\s+)?(?:useless|rubbish|hopeless|terrible|awful|"
                    r"nightmare|disaster|shambles))")


def provider_disappoints(text: str, provider: str) -> bool:
    """The new provider isn't working out for them ("BrightPath isn't working out for us"): no success wished with them."""
    first = re.escape(provider.split()[0]) if provider else ""
    who = rf"(?:{re.escape(provider)}|{first}|the\s+new\s+(?:provider|company|firm|it\s+company|people|lot|guys)|they)" if provider \
        else r"(?:the\s+new\s+(?:provider|company|firm|it\s+company|people|lot|guys))"
    return bool(re.search(rf"\b{who}{_NOT_WORKING_OUT}\b", text, re.I))


def provider_attends(text: str, provider: str) -> bool:
    """The provider on record is there for the call or meeting ("the handover meeting with Acme and Castle Tech",
    "Castle Tech are joining the call"), not only spoken of ("ring Hooli to chase who their Castle Tech person is")."""
    if not provider:
        return False
    name = re.escape(provider)
    # ("call Hooli and check they've got Castle Tech moving": spoken of, not there)
    between = r"(?:(?!(?:check|checking|got|get|see|ask|chase|make|find|confirm|whether|if)\b)[\w&'-]+\s+){0,3}?"
    return bool(re.search(rf"\b(?:with|and|plus|including)\s+{between}{name}\b|"
                          rf"\b{name}\s+(?:will\s+be|are|is|'s|'re)\s+(?:also\s+)?(?:on|in|joining|there|at|coming|present)\b",
                          text, re.I))


# "Vandelay found someone new", "they've gone with another firm": a provider chosen, though not named.
_SOMEONE_FOUND = re.compile(r"\b(?:found|picked|chosen|signed\s+with|gone\s+with|going\s+with)\s+(?:someone|somebody|"
                            r"another\s+(?:it\s+)?(?:provider|msp|company|firm|partner))\b", re.I)
_NOT_YET = re.compile(r"\b(?:not|never|yet|haven'?t|hasn'?t|didn'?t|if|once|when|until)\b[^.?!]{0,20}$", re.I)


def mentions_new_provider(text: str, provider: str = "") -> bool:
    """Speaks of a new provider ("for the new company", "our next MSP", "found someone new") or names the recorded one."""
    found = _SOMEONE_FOUND.search(text)
    return (bool(_NEW_ONES.search(text) and not _NO_NEW_ONES.search(text)) or _named(text, provider)
            or bool(found and not _NOT_YET.search(text[:found.start()])))


# The new provider writing in on the client's behalf ("this is Dev from Castle Tech, we're picking up Hooli").
_AS_THE_PROVIDER = re.compile(
    r"\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:the\s+|their\s+|[\w&]+(?:\s+[\w&]+)?'s\s+)?new\s+(?:it\s+)?(?:provider|msp|company|firm|partner|team|"
    r"support)\b|\b(?:we(?:'re|\s+are)|we'?ll\s+be|we\s+will\s+be)\s+(?:picking\s+up|taking\s+over)\b|"
    r"\bwe(?:'ve|\s+have)\s+(?:now\s+)?taken\s+over\b|"
    # "I am the new IT person for Acme Dental from another company"
    r"\b(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?:the|their|your)\s+new\s+it\s+(?:person|guy|contact|engineer|technician|tech)\b|"
    # "Hello, I am from new IT company for Acme Dental"
    r"\b(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+from\s+(?:the\s+|a\s+|your\s+)?new\s+(?:it\s+)?(?:company|provider|firm|msp|team|support)\b|"
    # "hi i am from NetFix, new IT for vandelay"
    r"\b(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?:\w+\s+)?from\s+[\w&.-]+(?:\s+[\w&.-]+){0,2}[,\s]+(?:the\s+|their\s+)?new\s+"
    r"(?:it|msp|provider|support|tech)\b|"
    # "Hello, we are Castle Tech, the new IT for Hooli Bakeri"
    r"\b(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3},?\s+(?:the\s+|their\s+|your\s+)?new\s+"
    r"(?:it|msp|provider|support|tech)\b|"
    r"\b(?:on\s+behalf\s+of|representing)\s+(?:our\s+(?:new\s+)?client|the\s+client)\b|\bhired\s+us\b|"
    # "This is Kevin from NorthStar IT, we've been hired by Acme Dental."
    r"\bwe(?:'ve|\s+have)\s+been\s+(?:hired|engaged|brought\s+in|appointed|contracted)\s+by\b|"
    # "This is Kramerica IT. We're now servicing Vandelay Imports."
    r"\bwe(?:'re|\s+are)\s+now\s+(?:servicing|supporting|looking\s+after|managing)\b|"
    # Another firm writing about the client: "BrightPath IT here", "Marcus from ClearBridge IT here", "we took over
    # Globex", "Acme have just signed with us", "Vandelay is considering us", "we act for Acme Dental".
    r"\bwe\s+(?:took|have\s+taken|'ve\s+taken)\s+over\b|\b(?:just\s+)?signed\s+with\s+us\b|"
    r"\b(?:is|are)\s+considering\s+us\b|\bwe\s+act\s+for\b|\bour\s+client\b|"
    # "Acme Dental have asked us to take over", "they've asked us to pick up their IT"
    r"\b(?:have|has|'ve)\s+(?:asked|chosen|picked|engaged|hired)\s+us\s+to\s+(?:take\s+over|pick\s+up|look\s+after|support)\b", re.I)
_FIRM_HERE = re.compile(r"\b(?!(?:The|Our|My|This|That|Your|Their|Its)\b)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:IT|Tech|Systems|Services|Solutions|Networks|Computing|"
                        r"Consulting|MSP)\s+here\b")


_GREETING_ALL = re.compile(r"^\s*(?:hi|hello|hey|morning|good\s+(?:morning|afternoon))\s+(?:all|everyone|team|folks|guys|both|again)"
                           r"[,!.\s]+", re.I)


def writes_as_the_new_provider(text: str, provider: str = "") -> bool:
    """The message comes from the client's new provider, not from the client."""
    if _AS_THE_PROVIDER.search(text) or _FIRM_HERE.search(text):
        return True
    if not provider or _THEIR_PERSON.search(text):
        return False   # ("Jamie from Castle Tech will email you": their person, spoken of by the client)
    name = re.escape(provider.split()[0])
    text = _GREETING_ALL.sub("", text)   # ("Hi all, BrightPath here": BrightPath, after the greeting)
    if re.search(rf"(?:[-\u2013\u2014]|\b(?:thanks|thank\s+you|regards|cheers|best)\s*,?)\s*{name}\b[^\n.!?]{{0,20}}$",
                 text.strip(), re.I):
        return True   # signed "— BrightPath IT", "Thanks, Castle Tech support"
    if re.search(rf"^\s*(?:hi|hello|hey)?(?:\s+there)?[,!\s]*(?:it'?s\s+|this\s+is\s+)?\w+\s+(?:from|at|with)\s+{name}\b|"
                 rf"\bthis\s+is\s+(?:[\w-]+\s+){{1,4}}(?:from|at|with)\s+{name}\b", text, re.I):
        return True   # "Hi there, Joe from Castle Tech.", "this is the service desk at BrightPath IT"
    if re.match(rf"\s*(?:(?:hi|hello|hey)[,!\s]+|from\s+)?{name}\b(?:\s+(?:it|tech|team|support|services|here|again))*(?:\s*\([^)]{{0,60}}\))?"
                rf"(?::|\s[-\u2013\u2014]\s|\.\s)",
                text, re.I):
        return True   # "Castle Tech: our RMM won't be rolled out until mid-Feb ...", "Hi, BrightPath IT (help@...). How ..."
    return bool(re.search(rf"\b(?:this\s+is\s+\w+\s+(?:from|at|with)\s+|from\s+|^\s*(?:hi|hello|hey)?[,!\s]*){name}\b[^.?!]{{0,20}}"
                          rf"\b(?:here|again|on\s+behalf|writing|regarding|(?<!['\u2019])re:?)\b|\b(?:this\s+is|i'?m|i\s+am)\s+(?:(?:\w+\s+)?(?:from|at|with)\s+)?"
                          rf"{name}\b", text, re.I))


# "we haven't found a new IT company yet", "if we still don't have anyone": nobody lined up to take over.
_NOBODY_YET = re.compile(r"\b(?:haven'?t|have\s+not|not|don'?t|do\s+not|still\s+(?:don'?t|haven'?t))\s+(?:yet\s+)?(?:found|got|chosen|picked|have|"
                         r"hired)\s+(?:a\s+new\s+|any(?:one|body)|some(?:one|body)|a\s+(?:new\s+)?(?:provider|it|msp)|"
                         # "We still havent found new IT people"
                         r"(?:new|other|another)\s+it\s+(?:people|guys?|company|firm|provider|support|team))|"
                         r"\bno\s*(?:one|body)\s+(?:lined\s+up|yet|in\s+place)\b|"
                         # "we have nobody for IT now"
                         r"\b(?:have|got)\s+(?:nobody|no\s*one|no-one|no\s+it\s+(?:company|person|people|support))\s+(?:for\s+(?:it|our\s+it)\s+)?now\b|"
                         r"\b(?:have|got)\s+(?:nobody|no\s*one|no-one)\s+for\s+(?:it|our\s+it)\b|"
                         # "we cannot possibly find someone before Christmas"
                         r"\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:possibly\s+|realistically\s+)?find\s+"
                         r"(?:some(?:one|body)|any(?:one|body)|a\s+new\s+(?:it\s+)?(?:provider|company|firm|msp|supplier))\b|"
                         # "still no IT company", "we still have no provider"
                         r"\bstill\s+(?:have\s+|has\s+|got\s+)?no\s+(?:new\s+)?(?:it\s+(?:company|firm|provider|people|support|guy|person|team|partner)|provider|msp|one|"
                         r"body)\b|"
                         # "I would not even know where to start looking for another IT company"
                         r"\b(?:no\s+idea|(?:not|n't|never)\s+(?:even\s+)?know|clue)\s+where\s+to\s+(?:start|begin|look)\b[^.?!]{0,40}?"
                         r"\b(?:provider|msp|it|company|firm|someone|somebody|support)\b|"
                         # "we do not have other company yet"
                         r"\b(?:do\s+not|don'?t)\s+have\s+(?:an?\s+|any\s+)?(?:other|another|new|different)\s+(?:it\s+)?"
                         r"(?:company|provider|msp|firm|support)\b|"
                         # "we are not find new IT company yet" (the verb's form aside), "if we have nobody"
                         r"\b(?:not|n't|no)\s+(?:\w+\s+)?(?:find|found|finding)\s+(?:a\s+|any\s+|the\s+)?(?:new|other|another)\s+"
                         r"(?:it|provider|msp|company|firm)\b|\b(?:if|when)\s+(?:we|i)\s+(?:still\s+)?(?:have|got|find)\s+"
                         r"(?:nobody|no\s*one|no-one|no\s+(?:new\s+)?(?:provider|it\s+company|company))\b|"
                         # "we've called 3 IT companies and none can start before christmas"
                         r"\b(?:none|nobody|no\s*one)\s+(?:of\s+them\s+)?(?:can|could|is\s+able\s+to)\s+(?:start|take\s+us\s+on|help)\b", re.I)


def has_nobody_yet(text: str) -> bool:
    return bool(_NOBODY_YET.search(text))


_CONTACT = re.compile(r"\b(?:call|contact|reach|ring|get\s+in\s+touch|talk)\b", re.I)


def speaks_of_contact(text: str) -> bool:
    """"When does Castle Tech need to call you by?": getting in touch, not who the provider is."""
    return bool(_CONTACT.search(text))


# "has castle tech contacted you yet?", "did brightpath get in touch with u": whether their provider has reached us,
# which the record doesn't say, so a person confirms it.
_REACHED_US = re.compile(r"\b(?:has|have|did|is|are)\s+(?:[\w&.-]+\s+){1,4}?(?:contacted|called|rung|phoned|emailed|e-mailed|"
                         r"(?:got|gotten|get|been|already\s+been)\s+in\s+touch|reached\s+out|reach\s+out|spoken|talked|"
                         r"in\s+touch)\s+(?:with\s+|to\s+)?(?:you|u|ya)\b", re.I)


# "Who is our new IT company?", "have you picked a new provider for us?": they think we choose, or have chosen, for them
_WHO_IS_OUR_PROVIDER = re.compile(
    # (not "who is our new IT company meant to contact": whom they reach at our end, the contact)
    r"\bwho(?:'s|\u2019s|\s+is|\s+will\s+be|\s+are)\s+(?:our|the|my)\s+new\s+(?:it\b|provider|company|firm|msp|support|supplier)"
    # ("who is our new IT company supposed to be?" asks who it is)
    r"(?![^.?!]{0,20}\b(?:(?:meant|supposed)\s+to\s+(?:contact|call|talk|speak|email|ring|reach|get\s+in\s+touch)|to\s+contact|"
    r"(?:should|need\s+to|needs\s+to|must)\s+(?:contact|call|talk|speak|email|ring))\b)|"
    r"\b(?:have|did)\s+you\s+(?:picked|chosen|found|arranged|pick|choose|find|arrange)\s+(?:a|our|the|us\s+a)\s+new\s+"
    r"(?:it\b|provider|company|firm|msp|support)|"
    r"\bwho\s+(?:are|will)\s+you\s+(?:be\s+)?(?:passing|handing|pass|hand)\s+us\s+(?:on\s+|over\s+)?to\b|"
    # "who were we supposed to move to again?"
    r"\bwho\s+(?:were|are|was|am)\s+(?:we|i)\s+(?:supposed|meant)\s+to\s+(?:move|go|switch|transfer)\s+(?:over\s+)?to\b", re.I)


def asks_who_our_provider_is(text: str) -> bool:
    return bool(_WHO_IS_OUR_PROVIDER.search(text))


def asks_if_provider_in_touch(text: str, provider: str = "") -> bool:
    asked = _REACHED_US.search(text)
    return bool(asked) and mentions_new_provider(asked.group(0), provider)


# The new provider's first contact promised for a time ("they'll be in touch before Christmas", "Castle Tech will call
# you after new year", "the new one should contact you on the 18th"): when that is, to set against the handover date.
_PROVIDER_WILL_CONTACT = re.compile(r"\b(?:be|get)\s+in\s+touch\b|\b(?:contact|call|ring|email|e-mail|phone)\s+(?:you|u)\b|"
                                    r"\bgive\s+(?:you|u)\s+a\s+(?:ring|call|bell|buzz)\b|"   # ("they'll give you a ring in the new year")
                                    r"\breach\s+out\b|\bget\s+hold\s+of\s+(?:you|u)\b|"
                                    # "they can only start in January": the first day they could pick anything up
                                    r"\b(?:can|could)\s+only\s+(?:start|begin|take\s+over)\b|\b(?:can'?t|cannot|won'?t|don'?t)\s+"
                                    r"(?:start|begin|take\s+over)\s+(?:until|till|before)\b", re.I)
_BEFORE_CHRISTMAS = re.compile(r"\bbefore\s+(?:christmas|xmas|the\s+holidays)\b", re.I)
_AFTER_NEW_YEAR = re.compile(r"\b(?:after|over)\s+(?:christmas|xmas|the\s+holidays|(?:the\s+)?new\s+year)\b|"
                             r"\b(?:in|early|by)\s+(?:the\s+)?(?:new\s+year|january|jan)\b|\bnext\s+year\b", re.I)
_NEXT_MONTH = re.compile(r"\bnext\s+month\b", re.I)
_NEW_ONE = re.compile(r"\bthe\s+new\s+(?:one|lot|firm|company|people)\b", re.I)


# ... as staff say it: "might not ring us till Friday"
_PROVIDER_WILL_CONTACT_US = re.compile(r"\b(?:contact|call|ring|email|e-mail|phone)\s+us\b", re.I)


def provider_contact_day(text: str, today: date, provider: str = "", told_by_staff: bool = False) -> date | None:
    """The day by which the message says the new provider will be in touch, at the latest; None when it promises
    no contact from them ("we'll ring you before Christmas about the party") or names no time. "After new year" is
    its first working day, already the earliest it could be."""
    will_contact = _PROVIDER_WILL_CONTACT.search(text) or told_by_staff and _PROVIDER_WILL_CONTACT_US.search(text)
    if not will_contact or not (mentions_new_provider(text, provider) or _NEW_ONE.search(text)):
        return None
    if _BEFORE_CHRISTMAS.search(text):
        return date(today.year, 12, 24)
    if _AFTER_NEW_YEAR.search(text):
        # (the next new year: said in March, "in January" is next year's; only in January itself is it this one's)
        return date(today.year + (today.month > 1), 1, 2)
    if _NEXT_MONTH.search(text):
        return date(today.year + today.month // 12, today.month % 12 + 1, 1)
    named = days_named(text, today, bare_ordinals=True)
    return max(named) if named else None


# A provider still to be chosen, named as who should receive something ("once we pick a new IT company can you send
# them all our passwords?"): yes, to them, when they are chosen.
_PROVIDER_TO_COME = re.compile(
    r"\b(?:once|when|after|as\s+soon\s+as|if)\s+(?:we|i)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:pick(?:ed)?|cho(?:o)?se|chosen|"
    r"f(?:ou|i)nd|sign(?:ed)?\s+(?:with|up)|got|get|have|hire[ds]?|appoint(?:ed)?)\s+(?:a|the|our)\s+new\s+(?:it\s+)?"
    r"(?:provider|msp|company|firm|partner|supplier|support\s+company|it\s+people)\b", re.I)


def speaks_of_a_provider_to_come(text: str) -> bool:
    return bool(_PROVIDER_TO_COME.search(text))


# Whether their new provider has to get in touch ("do they need to contact you?", "should DentaTech call you?")
_SHOULD_CONTACT = re.compile(r"\b(?:do|does|should|must|will)\s+(?:they|them|it|\w+)\s+(?:need\s+to\s+|have\s+to\s+)?"
                             r"(?:contact|call|ring|email|e-mail|get\s+in\s+touch\s+with|reach\s+out\s+to|speak\s+to|talk\s+to)\s+"
                             r"(?:you|u|your\s+(?:team|side))\b", re.I)


def asks_if_provider_should_contact(text: str) -> bool:
    return bool(_SHOULD_CONTACT.search(text))
