"""What a colleague asks us to write: a letter, a note for the last day, an out-of-office, a sign-off form,
an introduction, an apology."""
from __future__ import annotations

import re

from intents.cues import reports_a_request
from intents.staff_cues.words import OUR_SIDE_ASKS
from intents.staff_cues.shape import script_format
from intents.staff_cues.audience import wants_a_team_note


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


_CLOSURE_NOTE = re.compile(
    r"\b(?:holiday|christmas|xmas|closure|shutdown|end[\s-]of[\s-]year)[\s-]*(?:closure[\s-]+|shutdown[\s-]+|hours[\s-]+)?(?:note|notice|message|msg|"
    r"reminder|e-?mail|post|letter)\b|"
    r"\b(?:note|notice|message|msg|remind\w*|e-?mail|letter|voicemail|text|sms|heads[\s-]?up|post|update)\b[^.?!]{0,40}\b(?:about|re|regarding|on|of|explain\w*|"
    r"covering|cover)\s+"
    r"(?:our\s+|the\s+)?(?:christmas\s+|xmas\s+|holiday\s+)?(?:closure|shutdown|office\s+closure|holidays)\b|"
    # "Email to Hooli Bakery confirming the dates around Christmas and their last day"
    r"\b(?:note|notice|message|msg|post|e-?mail|update|reminder)\b[^.?!]{0,50}\bdates\s+(?:around|over|during|at|for)\s+(?:the\s+)?"
    r"(?:christmas|xmas|holidays|festive\s+period|break|closure)\b|"
    # "a pinned message for Hooli's channel about how support works over Christmas"
    r"\b(?:note|notice|message|msg|post|e-?mail|update|reminder)\b[^.?!]{0,50}\bhow\s+(?:support|\w+\s+support|cover|it)\s+"
    r"(?:works|will\s+work|looks|runs)\s+(?:over|during|at)\s+(?:the\s+)?(?:christmas|xmas|holidays|festive\s+period|break|closure)\b|"
    # "Post for Hooli's channel explaining what the Christmas closure means for them"
    r"\bwhat\s+(?:our\s+|the\s+)?(?:christmas\s+|xmas\s+|holiday\s+)?(?:closure|shutdown)\s+means\b|"
    # "Email to Hooli Bakery explaining what happens over the holidays"
    r"\b(?:about|explain\w*|on)\s+what\s+happens\s+(?:over|during|at)\s+(?:the\s+)?(?:holidays|christmas|xmas|closure|break|"
    r"festive\s+period)\b|"
    # "Under 50 words to Acme telling them our office is closed at Christmas"
    r"\b(?:tell\w*|let\w*\s+\w+\s+know|remind\w*|explain\w*)\s+(?:(?:them|him|her|\w+)\s+)?(?:that\s+)?(?:our\s+|the\s+)?office\s+"
    r"(?:is|will\s+be|'s)\s+(?:closed|shut)\b|"
    # "Email to Hooli confirming our holiday hours"
    r"\b(?:our|the)\s+(?:holiday|christmas|xmas|festive)\s+(?:opening\s+)?(?:hours|closure\s+dates)\b|"
    # "a pinned message for the Hooli Bakery channel about holiday cover"
    r"\b(?:message|msg|post|note|notice|e-?mail|letter|text)\b[^.?!]{0,50}\babout\s+(?:our\s+|the\s+)?(?:holiday|christmas|xmas|"
    r"festive)\s+(?:cover|hours|arrangements|plans)\b|"
    # "when I ring Hooli to tell them about the holiday closure", "how the holiday closure affects them"
    r"\b(?:tell\w*|let\w*\s+\w+\s+know|explain\w*|how)\b[^.?!]{0,30}\b(?:our\s+|the\s+)?(?:holiday|christmas|xmas|festive)\s+"
    r"(?:closure|shutdown|break)\b(?!\s+(?:means\s+for\s+us|rota))", re.I)


def wants_out_of_office(text: str) -> bool:
    """The firm's out-of-office reply over a closure ("out-of-office autoreply text for the xmas closure")."""
    # ("write the auto reply for the Hooli Bakery channel over the holiday closure")
    return bool(re.search(r"\bout[\s-]+of[\s-]+(?:the[\s-]+)?office\b|\booo\b|\bauto[\s-]?(?:reply|replies|responder)\b|"
                          r"\baway\s+message\b", text, re.I))


def for_every_client(text: str) -> bool:
    """Words every client may read ("keep it general-purpose"): no one client's affairs in them."""
    return bool(re.search(r"\bgeneral[\s-]*purpose\b|\bgeneric\b|\bkeep\s+it\s+general\b|\bfor\s+(?:all|every|any)\s+"
                          r"(?:of\s+our\s+)?(?:clients?|customers?)\b|"
                          # ("the auto-reply for our shared inbox"): whoever writes in reads it
                          r"\b(?:shared|main|general|support|help\s*desk|helpdesk)\s+(?:e-?mail\s+)?(?:inbox|mailbox)\b|"
                          r"\b(?:support|help|info|helpdesk)@", text, re.I))


# "a text to the hooli owner: we're closed 24 dec - 1 jan but their support still runs to the 4th"
_WE_ARE_CLOSED = re.compile(r"\b(?:we(?:'re|\s+are|'ll\s+be|\s+will\s+be)|(?:the\s+|our\s+)?office(?:'s|\s+is|\s+will\s+be|\s+being)?)\s+"
                            r"(?:closed|shut)\b", re.I)


def asks_for_the_notice(text: str) -> bool:
    """The notice of the ending itself, asked for ("Write the end-of-contract notice in very simple English")."""
    return bool(re.search(r"\bend[\s-]of[\s-](?:the[\s-])?(?:contract|agreement|service|support)\s+(?:notice|letter|e-?mail|message)\b|"
                          r"\b(?:termination|notice)\s+(?:notice|letter|e-?mail|message)\b|\b(?:the|a|our)\s+notice\b", text, re.I))


def wants_closure_note(text: str) -> bool:
    """Words for the client about our closure over the holidays ("the holiday-closure note for Hooli")."""
    return bool(_CLOSURE_NOTE.search(text) or _WE_ARE_CLOSED.search(text) and asks_for_words(text))


_WHO_SIGNS_OFF = re.compile(r"\bwho\s+(?:on\s+(?:their|your|the\s+client'?s?)\s+side\s+|at\s+[\w']+\s+)?(?:will|is\s+going\s+to|can|"
                            r"should|would)\s+sign(?:\s+|-)?off\b|\bwho(?:'s|\s+is|\s+will\s+be)\s+signing(?:\s+|-)?off\b|"
                            # "asking them to name someone to sign off the handover"
                            r"\b(?:name|nominate|pick|choose)\s+(?:someone|somebody|a\s+person|the\s+person)\s+(?:to|who\s+(?:will|can))\s+"
                            r"sign(?:\s+|-)?off\b", re.I)


# Staff arranging to give a client its data ("set up getting them their data", "hand over their files").
_THEIR_DATA_GIVEN = re.compile(r"\b(?:getting|get|give|giving|hand(?:ing)?\s+over|send(?:ing)?|deliver(?:ing)?)\s+(?:them\s+)?"
                               r"(?:all\s+)?(?:of\s+)?their\s+(?:data|files|backups?)\b|"
                               # "I'm ringing Acme tomorrow about their data"
                               r"\b(?:ring|call|phon|email|writ|message|text)\w*\s+(?:\w+\s+){0,3}?(?:about|re|regarding)\s+their\s+"
                               r"(?:data|files|backups?)\b|"
                               # "Acme want their data. Write an email offering it on an external drive"
                               r"\b(?:want|wants|need|needs|asked\s+for|asking\s+for)\s+(?:all\s+)?(?:of\s+)?their\s+(?:data|files|backups?)\b",
                               re.I)


# "Someone at Vandelay says we've still got their backup encryption key": a claim that we hold something of theirs,
# checked and handed back if so.
_WE_STILL_HOLD = re.compile(r"\b(?:says?|said|think|thinks|claims?|reckons?|insists?)\s+(?:that\s+)?(?:we(?:'ve|\s+have)?\s+still\s+"
                            r"(?:got|have|hold)|we\s+still\s+(?:have|hold|keep)|we(?:'ve|\s+have)\s+(?:got|kept))\s+(?:their|a\s+copy\s+of\s+their)\b",
                            re.I)


def says_we_still_hold_theirs(text: str) -> bool:
    return bool(_WE_STILL_HOLD.search(text))


# "Vandelay want a copy of their data ... Do we still have it?": whether anything of theirs is still with us, which the
# record doesn't keep
_DO_WE_STILL_HOLD = re.compile(r"\b(?:do|have|did)\s+we\s+still\s+(?:have|hold|keep|got)\s+(?:it|them|that|any(?:thing)?|"
                               r"a\s+copy|copies|their|backups?|files|data|the\s+(?:data|backups?|files))\b", re.I)


def asks_if_we_still_hold_theirs(text: str) -> bool:
    return bool(_DO_WE_STILL_HOLD.search(text))


def gives_them_their_data(text: str) -> bool:
    return bool(_THEIR_DATA_GIVEN.search(text))


# "an email to Acme ... listing what we need from them for the handover"
_NEEDS_FROM_THEM = re.compile(r"\bwhat\s+(?:we|i)\s+(?:still\s+)?need\s+from\s+(?:them|the\s+client|(?-i:[A-Z])\w+|you)\b|"
                              r"\bwhat\s+(?:they|the\s+client)\s+(?:still\s+)?(?:need|have)\s+to\s+(?:give|send|provide|do)\s+us\b", re.I)


def lists_what_we_need_from_them(text: str) -> bool:
    return bool(_NEEDS_FROM_THEM.search(text))


def asks_client_who_signs_off(text: str) -> bool:
    """Words for asking the client who on their side signs off the handover ("asking who will sign off, and by when")."""
    return bool(_WHO_SIGNS_OFF.search(text))


# "asking for the name of their person handling Hooli": who at the new provider leads it, asked of them
_THEIR_PERSON = re.compile(r"\b(?:name|details)\s+of\s+(?:their|the)\s+(?:person|contact|tech\w*|engineer|lead)\b|"
                           r"\b(?:their|a)\s+(?:named\s+)?(?:contact|person)\s+(?:handling|for|on|looking\s+after|leading)\b|"
                           r"\bwho(?:'s|\s+is|\s+will\s+be)\s+(?:handling|leading|looking\s+after|running|doing)\s+(?:it|the|their|(?-i:[A-Z]))",
                           re.I)


def asks_their_person(text: str) -> bool:
    """Words for the new provider asking who on their side takes the client on."""
    return bool(_THEIR_PERSON.search(text))


def asks_for_an_intro(text: str) -> bool:
    """An introduction to someone ("write me an intro email to them"): to the new provider, when one is named."""
    return bool(re.search(r"\bintro(?:duction|ductory)?\b", text, re.I))


# The handover checklist to give to the client or the new provider ("a one-page handover checklist for Hooli that I
# can share with Castle Tech", "turn the checklist into an email I can send to Hooli"): theirs to read, not our tracker.
# ("Give me a checklist to close out Globex": ours to work through, not theirs to read)
_CHECKLIST_TO_SHARE = re.compile(r"\b(?:share|send|e-?mail|forward|give|hand)\b(?!\s+(?:me|us)\b)[^.?!]{0,40}\b(?:with|to)\b|\bmarkdown\b|"
                                 r"\bone[\s-]page\b|\bprintable\b|\bnumbered\b|\binto\s+an?\s+(?:e-?mail|letter|message|doc)\b|"
                                 # "handover checklist email for Hooli's new IT guys", "email castle tech the checklist"
                                 r"\bchecklist\s+(?:e-?mail|letter|message)\b|\b(?:e-?mail|send)\s+(?!me\b|us\b)(?:\w+\s+){1,3}?(?:the|our|a)\s+"
                                 r"(?:handover\s+)?checklist\b|"
                                 # "something to send BrightPath listing what's still outstanding from the handover"
                                 r"\b(?:send|e-?mail|give)\s+(?:\w+\s+){0,2}?(?:listing|a\s+list\s+of)\s+what(?:'s|\s+is)?\s+(?:still\s+)?"
                                 r"(?:outstanding|open|left)\b|"
                                 # "a handover checklist I can send Castle Tech for Hooli"
                                 # ("a handover checklist for the dental practice I can paste into Slack")
                                 r"\bchecklist\b[^.?!]{0,40}\b(?:i|we)\s+can\s+(?:send|share|forward|give|paste|post)\b|"
                                 # "a handover checklist for Hooli -> Castle Tech, slack-friendly list": from one to the other
                                 # (not "a checklist for removing our access to Globex": ours, for us)
                                 r"\bchecklist\b(?![^.?!]{0,30}\bour\s+(?:own\s+)?access\b)[^.?!]{0,30}(?:->|\u2192|\bto\s+(?-i:[A-Z])\w+)|\b(?:slack|teams|client)[\s-]friendly\b",
                                 re.I)


# "one last close-out email to Globex", "a closing letter": a letter that ends it, not the checklist (unless named)
# ("a final 'all wrapped up' email": what the letter says, quoted, between the two)
_CLOSING_LETTER = re.compile(r"\b(?:close-?out|closing(?:[\s-]out)?|final|last|goodbye|farewell|wrap-?up)\s+(?:['\"\u2018\u201c][^'\"\u2019\u201d]{1,30}"
                             r"['\"\u2019\u201d]\s+)?(?:e-?mail|letter|message|msg|note)\b|"
                             r"\b(?:all\s+)?wrapped[\s-]up['\"\u2019\u201d]?\s+(?:e-?mail|letter|message|msg|note)\b", re.I)


def wants_a_closing_letter(text: str) -> bool:
    return bool(_CLOSING_LETTER.search(text)) and not re.search(r"\bchecklist\b", text, re.I)


# "a final list of our access that's been removed", "tell BrightPath which of our accounts are revoked": our access,
# item by item, as our checklist has it (a letter confirming it "is being removed" is the close-out letter)
_ACCESS_LIST = re.compile(r"\b(?:list|rundown|breakdown|itemi[sz]ed|bullets?|which)\b[^.?!]{0,40}\b(?:our|the)\s+(?:remaining\s+)?"
                          r"(?:access|accounts|agents)\b[^.?!]{0,40}\b(?:removed|revoked|taken\s+(?:out|off)|closed|uninstalled|"
                          r"pulled)\b", re.I)


def asks_access_removed_list(text: str) -> bool:
    return bool(_ACCESS_LIST.search(text))


def checklist_to_share(text: str) -> bool:
    return bool(_CHECKLIST_TO_SHARE.search(text))


def names_a_letter(text: str) -> bool:
    """Speaks of something to send ("into an email I can send to Hooli"), not only of a list for us."""
    return bool(re.search(r"\b(?:e-?mail|letter|message|msg|note|post|text|reply)\b", text, re.I))


def asks_for_the_list_only(text: str) -> bool:
    """The list and nothing around it ("Bullets only.", "just the checklist pls", "no preamble")."""
    return bool(re.search(r"\b(?:bullets?|bullet\s+points|list|checklist)\s+only\b|\bjust\s+(?:the\s+)?(?:bullets?|list|checklist)\b|"
                          r"\bonly\s+the\s+(?:bullets?|list|checklist)\b|\bno\s+(?:coaching|fluff|waffle|preamble|lecture)\b",
                          text, re.I))


def names_an_email_or_letter(text: str) -> bool:
    """Speaks of an email or a letter ("the handover sign-off email"), not of wording alone."""
    return bool(re.search(r"\b(?:e-?mail|letter)\b", text, re.I))


def wants_words_for_them(text: str) -> bool:
    """Asks for wording to send, or relays what the client said or keeps doing (an answer is owed): a
    script is wanted. A question about what we should do, or about the record, needs none."""
    return bool(_WORDING_ASKED.search(text) or _PRESSURE.search(text) or _TO_SEND.search(text)) or \
        (reports_a_request(text) and not OUR_SIDE_ASKS.search(text))


# "What's realistic for the handover?", "what should we aim for?": a plan to judge, which the record alone can't give
_PLAN_ASKED = re.compile(r"\bwhat(?:'s|\u2019s|\s+is)\s+(?:realistic|doable|achievable|feasible|sensible)\b|"
                         r"\bwhat\s+(?:should|can|could)\s+we\s+(?:realistically\s+)?(?:aim\s+for|plan\s+for|get\s+done|manage)\b|"
                         r"\bhow\s+(?:should|do|can)\s+we\s+(?:plan|schedule|fit)\b", re.I)


def asks_for_a_plan(text: str) -> bool:
    return bool(_PLAN_ASKED.search(text))


# "call Hooli this afternoon to check they've actually spoken to Castle Tech": whether the new provider is in touch yet
_PROVIDER_CONTACT_CHECKED = re.compile(r"\b(?:check|see|find\s+out|confirm|ask)\s+(?:if\s+|whether\s+|that\s+)?(?:they|[\w&'-]+(?:\s+[\w&'-]+)?)"
                                       r"(?:'ve|\s+have|\s+has)?\s+(?:actually\s+|already\s+|finally\s+|now\s+)?(?:spoken|talked|"
                                       r"been\s+in\s+touch|heard\s+from|contacted|got\s+in\s+touch|reached\s+out)\b|"
                                       # "... and check Castle Tech are lined up"
                                       r"\b(?:check|see|find\s+out|confirm|ask)\s+(?:if\s+|whether\s+|that\s+)?[\w&'-]+(?:\s+[\w&'-]+)?\s+"
                                       r"(?:are|is)\s+(?:all\s+)?(?:lined\s+up|sorted|on\s+board|in\s+place|ready\s+to\s+go)\b", re.I)


def checks_provider_contact(text: str) -> bool:
    return bool(_PROVIDER_CONTACT_CHECKED.search(text))


# "remind them Castle Tech has to get hold of us before we shut for xmas": the provider's deadline, passed on
_PROVIDER_MUST_REACH_US = re.compile(r"\b(?:has|have|needs?|must|got)\s+(?:to\s+)?(?:get\s+(?:hold\s+of|in\s+touch\s+with)|contact|reach|"
                                     r"call|ring|speak\s+to|talk\s+to)\s+(?:us|me)\b", re.I)


def provider_must_reach_us(text: str) -> bool:
    return bool(_PROVIDER_MUST_REACH_US.search(text))


def asks_what_next(text: str) -> bool:
    """Asks what to do as well ("if not, what should it look like now?")."""
    return bool(re.search(r"\bif\s+not\b|\bwhat\s+(?:should|do|now)\b|\bhow\s+(?:do|should|can)\b|\bnext\s+steps?\b", text, re.I))


# A note to go out on the last day itself ("a 'today is your last day of support' email for Acme, to go out on the day").
_LAST_DAY_NOTE = re.compile(r"\btoday\s+is\s+(?:your|their|the)\s+(?:last|final)\s+day\b|"
                            # ("Write the post for Acme's channel for their final day, saying goodbye")
                            # (not "a nudge email about what happens on the last day": about that day, not sent on it)
                            r"\b(?:post|e-?mail|message|msg|note|letter)\s+(?:(?!about\b|what\b|happens\b)[\w']+\s+){0,4}?(?:for|on)\s+"
                            r"(?:their|its)\s+(?:final|last)\s+day\b(?!\s+of\s+(?:the\s+)?(?:month|year|week))|"
                            # ("the email we send Acme on their actual last day")
                            r"\b(?:go\s+out|send|sent|post(?:ed)?)\s+(?:(?:them|him|her|it|(?-i:[A-Z])[\w&-]*)\s+)?on\s+(?:the|their|its)\s+"
                            r"(?:actual\s+|very\s+)?(?:last\s+|final\s+)?day(?:\s+itself)?\b|"
                            r"\b(?:last|final)[\s-]day\s+(?:email|e-mail|message|msg|note|letter|goodbye)\b|"
                            # ("a short goodbye for Acme's shared channel on their last day")
                            r"\b(?:goodbye|farewell|post|message|msg|note)\b[^.?!]{0,60}\bon\s+(?:their|its)\s+(?:actual\s+|very\s+)?"
                            r"(?:last|final)\s+day\b(?!\s+of\s+(?:the\s+)?(?:month|year|week))", re.I)


def wants_last_day_note(text: str) -> bool:
    return bool(_LAST_DAY_NOTE.search(text))


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


# Asked outright to write something ("write me an email to a client ...", "how do I word the reason?"),
# not only what to say: with no client on record, the wording comes as a template with blanks.
_WRITE_IT = re.compile(r"\b(?:write|draft|compose|word|redo|rewrite|reword|rephrase)\b(?!\s+down\b)[^.?!]{0,40}\b(?:e-?mail|letter|message|msg|note|reply|script|reason|"
                       r"notice|decline|refusal|response|answer|no|reminder|nudge|follow-?up|update|announcement|post|welcome|intro|"
                       r"summary|overview|recap|explanation)\b|\bwhat\s+(?:goes|should\s+go|to\s+put|do\s+i\s+put)\s+in\s+(?:the|a|my|our)\s+(?:message|e-?mail|letter|"
                       r"notice)\b|\bneed\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|script|draft|note|reply|message|response|no|decline|refusal)\b|"
                       # "Need a 'we're ending our contract' email for Stark Dental"
                       r"\bneed\s+(?:an?|the)\s+['\"\u2018\u201c][^.?!]{1,60}?['\"\u2019\u201d]\s+(?:e-?mail|letter|note|message)\b|"
                       # "Priya wants a reply", "Tom wants a short decline": words asked for on someone's behalf
                       r"\b(?:wants?|needs?)\s+(?:an?|the)\s+(?:\w+\s+)?(?:reply|response|answer|decline|letter|note|e-?mail|message)\b|\bhow\s+(?:do|should)\s+(?:i|we)\s+"
                       r"word\b|\b(?:reply|response|answer)\s+(?:pls|plz|please)\b|\bpls\s+(?:reply|respond)\b|"
                       r"\bgive\s+me\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|message|note|text|reply|script|post)\b|"
                       # "I want to email them to kick off the handover. Draft it, and ..."
                       r"\bdraft\s+(?:it|that|this|one)\b|"
                       # "Tom asked me to reply, keep it short and from him": the reply, asked of us on their behalf
                       r"\b(?:asked|wants|told)\s+me\s+to\s+(?:reply|respond|answer|write\s+back)\b|"
                       # "Tom's a no. Write it for Tom to send": the words, whoever sends them
                       r"\bwrite\s+(?:it|that|this|one)\s+(?:up\s+)?(?:for\s+\w+\s+to\s+send|for\s+(?:me|him|her|us)|so\s+(?:i|he|she|we)\s+can\s+send)\b|"
                       # "Do me two reminders in one go"
                       r"\b(?:do|make)\s+me\s+(?:an?|the|two|2|three|3|some)\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|letters?|messages?|notes?|"
                       r"texts?|reminders?|posts?|replies|scripts?)\b|"
                       # "Answer for their channel, 2 sentences", "Write me the line I'd actually say to them?"
                       r"\banswer\s+for\s+(?:their|the|our)\s+(?:channel|chat|thread|group)\b|"
                       r"\b(?:write|give)\s+me\s+(?:the|a)\s+(?:\w+\s+)?(?:line|lines|words)\b|"
                       r"\bnote\s+to\s+(?:(?:the|my|our)\s+)?(?:colleagues|team|techs|everyone)\b|"
                       # "What's my reply? Keep it brief.", "Give me two sentences."
                       r"\bwhat(?:'s|\s+is|\s+should\s+be)\s+(?:my|our|the)\s+(?:reply|response|answer)\b|"
                       r"\bgive\s+me\s+(?:one|two|three|four|a\s+couple\s+of|a\s+few|\d)\s+(?:short\s+)?(?:sentences|lines)\b|"
                       # "I need to email Castle Tech ... Can you write it?", "Rewrite our end-date info in very simple English"
                       r"\b(?:can|could|would)\s+you\s+(?:write|draft)\s+(?:it|this|that|one)\b|\b(?:write|draft)\s+it\s+(?:up|for\s+me)\b|"
                       r"\bre-?(?:write|word|phrase)\b[^.?!]{0,40}\b(?:info|information|details|wording|message|text|note|email|it|this)\b|"
                       # "i need to send castle tech a note about the Hooli handover, what should it say?"
                       r"\bwhat\s+should\s+(?:it|the\s+(?:note|e-?mail|message|letter|reply|text))\s+say\b|"
                       # "Tell them (in Spanish) that our support ended ...": an instruction opening the sentence
                       r"(?:^|[.!?:;\n]\s*)(?:please\s+|pls\s+)?(?:tell|let)\s+(?:them|him|her|(?-i:[A-Z])[\w']+)(?:\s+know)?\s*"
                       r"(?:\([^)]{0,30}\)\s*)?(?:that|we|our)\b|"
                       # "can you write them something offering a plan B"
                       r"\b(?:write|draft)\s+(?:them|him|her|the\s+client|me|us)?\s*(?:something|a\s+few\s+(?:lines|words)|"
                       r"some\s+(?:words|lines))\b", re.I)


# Words asked for by their shape alone, as busy staff ask: "firm no, friendly, 4 sentences", "honest but kind
# answer, from Priya", "intro email from us to Castle Tech", "slack-length reply I can paste", "bullets, client-friendly".
_WORDING_SHAPE = re.compile(
    r"\b(?:short|shorter|quick|brief|firm|friendly|honest|kind|polite|warm|calm|formal|plain|gentle|bullet(?:ed)?|"
    r"slack[- ]length|sms[- ]length|intro(?:duction|ductory)?|pinned|one[- ]paragraph|1[- ]paragraph|one[- ]line|"
    r"client[- ]friendly)\b[\w ,'-]{0,30}?\b(?:e-?mail|reply|answer|response|note|message|msg|text|sms|invite|post|"
    r"letter|no|decline|paragraph|bullets|update|version|nudge|reminder)\b|"
    # "Email Hooli: glad they went with Castle Tech, ..."
    r"(?:^|[.!?]\s*)(?:e-?mail|text|sms|msg|message|note|letter)\s+(?-i:[A-Z])[\w']+\s*:|"
    r"(?:^|[.:;\n]\s*)(?:an?\s+)?(?:e-?mail|reply|msg|message|note|text|sms|letter|post|invite)\s+(?:to|for|from|offering|"
    r"telling|asking|confirming|explaining|reminding|announcing|saying|about)\s+\w|"
    r"\b(?:put|post|drop|stick|pop)\s+(?:something|a\s+(?:line|note|message|msg|reply|post)|a\s+few\s+lines)\s+(?:in|into|on)\b|"
    r"\b(?:calendar|meeting|teams|outlook)\s+invite\b|\btalking\s+points\b|\b(?:\d|two|three|four|five)\s+sentences\b|"
    r"\b(?:\d|one|two|three|four|five)-sentence\s+(?:reply|answer|response|note|message|email|e-mail)\b|"
    r"\b(?:\d|one|two|three|four|five)[\s-]line\s+(?:reply|answer|response|note|message|email|e-mail)\b|"
    r"\b(?:one|1|a|single)\s+paragraph\b|\bone-?liner\b|\bbullets?\b[^.?!]{0,20}\bclient\b|"
    # "one line to BrightPath confirming we're fully out of Globex"
    r"\b(?:one|1|a|two|2)[\s-]lines?\s+(?:to|for)\s+(?-i:[A-Z])|"
    r"\b(?:reply|answer|response|note|message)\s+(?:for|from)\s+(?:[A-Z][a-z]+|me|us)\b|"
    # "Confirm to Globex by email that we've removed our access", "let Acme know in writing that ..."
    r"\b(?:confirm|tell|let\s+\w+(?:\s+\w+)?\s+know)\b[^.?!]{0,30}\b(?:by|in|via|over)\s+(?:e-?mail|writing|letter|text|sms)\b", re.I)


def asks_to_write(text: str) -> bool:
    return bool(_WRITE_IT.search(text) or _WORDING_SHAPE.search(text))


# "I want to send them a handover reminder": something to send, named by what it is for.
_TO_SEND = re.compile(r"\b(?:send|email|text|message)\s+(?:them|him|her|the\s+client|(?-i:[A-Z])[\w&'-]+)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                      r"(?:reminder|note|message|e-?mail|letter|text|nudge|update)\b|"
                      # "I need to send Acme the reminder myself - redo it signed by me"
                      r"\b(?:redo|rewrite|re-write)\s+(?:it|that|this|the\s+(?:reminder|note|message|e-?mail|letter|text))\b|"
                      # "one line I can paste", "something to paste into the chat"
                      r"\b(?:line|lines|sentence|sentences|something|bit|words)\s+(?:i\s+can\s+|to\s+)(?:paste|copy)\b|"
                      # "Can you give him wording for a no?"
                      r"\b(?:give|send|get)\s+(?:me|him|her|them|us)\s+(?:some\s+|the\s+)?(?:wording|words|a\s+line)\b", re.I)


_HANDOVER_CONTENTS = re.compile(r"\bwhat\s+(?:the\s+|our\s+)?handover\s+(?:includes|will\s+include|covers|involves|contains)\b|"
                                r"\bwhat\s+(?:we'?ll|we\s+will)\s+hand\s+over\b|\bhandover\s+(?:contents|details|items)\b|"
                                # "bullet the things we'll be giving them"
                                # "telling her what she'll get from us before we finish"
                                r"\bwhat\s+(?:she|he|they|you)(?:'ll|\s+will)\s+(?:get|receive|have)\s+from\s+us\b|"
                                r"\b(?:things|stuff|items|what)\s+(?:we'?ll|we\s+will|we\s+are|we'?re)\s+(?:be\s+)?"
                                r"(?:giving|handing\s+over|sending|passing\s+on|give|hand\s+over|send)\b|"
                                # "a note to BrightPath IT summarising the Globex handover"
                                r"\b(?:summari[sz]\w*|sum(?:ming)?\s+up|recap\w*)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?handover\b|"
                                # "a note to BrightPath listing everything we handed over for Globex"
                                r"\b(?:list\w*|a\s+list\s+of)\s+(?:everything|all|what)\s+(?:(?:that\s+)?we(?:'ve|\s+have)?\s+)?"
                                r"(?:handed\s+over|gave|given|sent|passed\s+on)\b", re.I)


def asks_handover_contents(text: str) -> bool:
    """Wants the letter to say what the handover includes, not only the date."""
    return bool(_HANDOVER_CONTENTS.search(text))


_APOLOGISE = re.compile(r"\bapologi[sz]\w*|\bsay\s+(?:we'?re|we\s+are)\s+sorry\b|\bsorry\s+(?:note|email|reply)\b", re.I)


def asks_to_apologise(text: str) -> bool:
    """The words asked for should say sorry (for something of ours not done)."""
    return bool(_APOLOGISE.search(text))


# ("... if we're around over Xmas. Reply under 40 words pls."): a reply asked for by its length
_REPLY_BY_LENGTH = re.compile(r"(?:^|[.!?]\s+)(?:a\s+|short\s+|quick\s+)?(?:reply|response|answer)\s+(?:under|in|within|of|max|below|<)\s*\d", re.I)


def asks_for_words(text: str) -> bool:
    """Asks for something written, in any shape: a letter, a text, a script, a note for the team."""
    return asks_to_write(text) or script_format(text)[0] not in ("", "short") or wants_a_team_note(text) \
        or bool(_TO_SEND.search(text) or _DRAFT_AT_THE_END.search(text) or _FROM_SOMEONE.search(text)
                or _REPLY_BY_LENGTH.search(text)) \
        or asks_what_to_send(text)   # ("quick one" alone asks for nothing written)


# "... two lines max, from her pls": who the words come from, said last, asks for the words
_FROM_SOMEONE = re.compile(r"(?:^|[,.;:-]\s*)(?:and\s+)?from\s+(?:her|him|me|(?-i:[A-Z])[a-z]+)(?:\s+(?:pls|please|plz))?"
                           r"\s*[.!]*\s*$", re.I)


# "what do we say? draft", "... draft pls": the word alone, last, asks for the words
_DRAFT_AT_THE_END = re.compile(r"(?:^|[.?!,;:-]\s*)(?:a\s+|and\s+a\s+)?(?:draft|script|wording)(?:\s+(?:pls|please|too|as\s+well))?"
                               r"\s*[.?!]*\s*$|"
                               # "What do I say? Give me the wording."
                               r"\bgive\s+me\s+(?:the\s+|some\s+)?(?:wording|words|script|text)\b", re.I)


# Our own apology asked for, for a slip of ours ("short apology to Hooli for the slow ticket last week", "say sorry
# to acme for the missed callback"): not a client's apology passed on.
_OUR_APOLOGY = re.compile(r"\b(?:apolog(?:y|ise|ize)|say\s+sorry|sorry\s+(?:note|email|message|msg))\b[^.?!]{0,40}?\b(?:for|about)\s+"
                          r"(?:the|our|that|a|how|their|being)\b[^.?!]{0,50}?\b(?P<slip>slow\w*|delay\w*|late|wait\w*|missed|"
                          r"mistake|mix-?up|error|outage|downtime|took\s+so\s+long|no[\s-]show)", re.I)


def apologises_for_us(text: str) -> str:
    """The slip of ours an apology is asked for ("slow" for a slow ticket, "missed" ...), or ""."""
    found = _OUR_APOLOGY.search(text)
    if found and _THEIRS_BEFORE.search(text[:found.start()]):
        return ""   # "the dentist sent a long apology ... for the late invoices": theirs, passed on
    return found.group("slip").lower() if found else ""


_THEIRS_BEFORE = re.compile(r"\b(?:sent|wrote|received|got|their|his|her)\s+(?:us\s+|me\s+)?(?:an?\s+)?(?:\w+\s+){0,2}$|"
                            # ("Acme emailed to say sorry for the late payments")
                            r"\b(?:e-?mailed|called|rang|phoned|messaged|texted|posted|wrote|replied)\s+(?:us\s+|me\s+)?(?:just\s+)?to\s+$",
                            re.I)


# "the slow reply on their printer ticket": what the request was about, named in the apology
_TICKET_ABOUT = re.compile(r"\b(?:their|the|her|his)\s+(?!(?:slow|late|delayed|missed|recent|last|first|open|old|new|urgent|support|help)\b)"
                           r"([a-z][\w-]{2,20})\s+(?:ticket|request|issue|job|call)\b", re.I)


def apology_subject(text: str) -> str:
    """What the ticket an apology is for was about ("printer"), lowercased; "" when not said."""
    found = _TICKET_ABOUT.search(text)
    return found.group(1).lower() if found and apologises_for_us(text) else ""


# The form the client signs at the end of the handover: "a handover sign-off form", "the bit the client signs".
_SIGN_OFF_FORM = re.compile(r"\bsign[\s-]?off\s+(?:form|sheet|document|doc|wording|page|template|certificate|e-?mail|letter|text|"
                            r"section|note|record|message|msg)\b|"
                            # "the bit where someone on their side confirms they've received everything"
                            r"\bbit\s+where\s+(?:someone|somebody|they|the\s+client)\b[^.?!]{0,40}\bconfirms?\b|"
                            r"\b(?:handover|acceptance)\s+(?:form|certificate|acknowledg\w*\s+form)\b|"
                            # "the handover acceptance paragraph for Acme Dental to sign"
                            r"\b(?:acceptance|sign[\s-]?off|signature)\s+(?:paragraph|statement|clause|section|line|block|document|doc|"
                            r"form|sheet|certificate|box)\b|"
                            # "the handover acceptance document for Acme Dental that their side signs"
                            r"\b(?:form|document|doc|page|sheet)\b[^.?!]{0,40}\b(?:their\s+side|the\s+client|they)\s+(?:signs?|to\s+sign)\b|"
                            r"\b(?:paragraph|statement|clause|section|line|block)\b[^.?!]{0,40}\bto\s+sign\b|"
                            r"\b(?:form|bit|page|part|wording|document)\s+(?:that\s+)?(?:the\s+client|they|he|she|\w+)\s+signs?\b|"
                            # "formal letter for Acme Dental confirming handover sign-off"
                            r"\b(?:letter|document|e-?mail)\b[^.?!]{0,40}\bconfirm\w*\s+(?:the\s+)?handover\s+sign[\s-]?off\b", re.I)


def wants_sign_off_form(text: str) -> bool:
    return bool(_SIGN_OFF_FORM.search(text))


# The note that goes with their data when we return it ("draft the cover email for when we return Vandelay's data").
_DATA_COVER = re.compile(r"\bcover(?:ing)?\s+(?:e-?mail|note|letter|message)\b[^.?!]{0,60}\b(?:data|drive|backups?|files|export)\b", re.I)


def wants_data_cover_note(text: str) -> bool:
    return bool(_DATA_COVER.search(text))


# A correction of something a colleague told the client by mistake ("Dev accidentally told Acme their mailbox would be
# 'turned off on Monday the 14th'. Draft a correction."): what was told, as the client reads it back.
_CORRECTION = re.compile(r"\bcorrection\b|\bcorrect\s+(?:it|that|this|the\s+(?:mistake|error|message|e-?mail|date|record))\b|"
                         r"\bset\s+(?:it|that|them|the\s+record|things)\s+straight\b|\bwalk\s+(?:it|that)\s+back\b", re.I)
_MISTOLD = re.compile(r"\b(?:accidentally|wrongly|mistakenly|by\s+mistake|in\s+error|incorrectly)\s+(?:told|said\s+to|emailed|wrote\s+to|"
                      r"informed)\s+(?P<to>them|him|her|(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*)?)|"
                      r"\b(?:told|said\s+to|emailed|informed)\s+(?P<to2>them|him|her|(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*)?)"
                      r"(?:\s+(?:by\s+mistake|in\s+error|wrongly|incorrectly))?|"
                      # "a correction to the email that said we finish on the 18th"
                      r"\b(?:e-?mail|message|msg|note|letter|text|post)\s+(?:that\s+|which\s+)?(?:said|says|saying)\b", re.I)
_THEIR_WORDS = {"their": "your", "they": "you", "them": "you", "they're": "you're", "they'd": "you'd",
                "they'll": "you'll", "theirs": "yours", "themselves": "yourselves"}


def correction_of(text: str) -> str:
    """What a colleague told the client by mistake, in words to the client ("your mailbox would be turned off on
    Monday the 14th"), when a correction is asked for; "" otherwise."""
    if not _CORRECTION.search(text):
        return ""
    for found in _MISTOLD.finditer(text):
        rest = text[found.end():]
        told = re.split(r"(?<=[.?!])\s|\n|[.?!]$", re.sub(r"^\s*(?:by\s+mistake|in\s+error|wrongly)?\s*(?:that\s+)?", "", rest), 1)[0]
        told = re.sub(r"[\"\u201c\u201d]|,?\s+(?:that|which)\s+(?:is|was|'s)\s+(?:wrong|not\s+right|incorrect)\b.*", "", told)
        told = told.strip().rstrip(".!?,;:")
        if len(told.split()) < 3 or re.match(r"(?:about|to|what|how|why|when|if|whether)\b", told, re.I):
            continue   # ("told Priya about the correction": no statement of ours)
        return re.sub(r"\b(?:their|they|them|they're|they'd|they'll|theirs|themselves)\b",
                      lambda word: _THEIR_WORDS[word.group(0).lower()], told, flags=re.I)
    return ""


# A checklist for our own side, to paste where the team works ("that I can drop in our team channel", "I'll paste it into
# the ticket", "as a table for Priya"): its items plainly, without the tracker's keys and commands, never to the client
_CHECKLIST_FOR_US = re.compile(r"\b(?:drop|paste|put|post|stick)\s+(?:it\s+|this\s+)?(?:in|into|on)\s+(?:our|the|a)\s+(?:team\s+|internal\s+)?"
                               r"(?:channel|ticket|thread|wiki|doc|board|tracker|jira|notes?)\b|\bteam\s+channel\b|\bas\s+a\s+table\b|"
                               # "a checklist I can post in #acme-offboarding": a channel by its name
                               # (a status note to post there is a note: "... what's still open. will post in #offboarding")
                               r"\bchecklist\b[^.?!]{0,40}\b(?:drop|paste|put|post|stick)\s+(?:it\s+|this\s+)?(?:in|into|on|to)\s+#[\w-]+|"
                               r"\bin\s+a\s+table\b|\btable\s+(?:for|with)\b|"
                               # "a handover checklist note for the techs on Acme"
                               r"\bchecklist\b[^.?!]{0,20}\bfor\s+(?:the\s+|our\s+)?(?:techs?|team|engineers?|help\s*desk|desk)\b", re.I)
_TABLE_ASKED = re.compile(r"\btable\b", re.I)


# "Priya wants an offboarding checklist for Acme. Bullets only, max 10 bullets." (not one to send them)
_CHECKLIST_IN_BULLETS = re.compile(r"\bchecklist\b[^?!]{0,60}\bbullets?\b", re.I)
_TO_THEM = re.compile(r"\b(?:send|share|e-?mail|give)\b|\bfor\s+(?:them|the\s+client)\b|\bnew\s+provider\b", re.I)


def checklist_for_us(text: str) -> str:
    """"table" or "bullets" when the checklist is for our own side, to paste where the team works; "" otherwise."""
    if not (_CHECKLIST_FOR_US.search(text) or _CHECKLIST_IN_BULLETS.search(text) and not _TO_THEM.search(text)):
        return ""
    return "table" if _TABLE_ASKED.search(text) else "bullets"


# A nudge about the handover itself: choosing a new provider, or the day they should be in touch by ("sms ... nudge
# them to pick a new IT company", "ping their accounts person about the handover deadline", "call to see where they
# are with finding someone new"). Its words are that reminder, whatever feeling the request adds ("friendly not naggy").
_HANDOVER_NUDGE = re.compile(
    r"\b(?:nudg\w*|remind\w*|ping\w*|chas\w*|prod\w*|hurry|check\s+in|see\s+where\s+they\s+are|(?:find\s+out|ask)\s+"
    r"(?:how|where)\s+they(?:'re|\s+are|\s+stand))\b[^.?!]{0,60}\b(?:pick\w*|choos\w*|chose|find\w*|select\w*|sign\w*\s+up)?"
    r"[^.?!]{0,20}\b(?:(?:a\s+|an\s+|the\s+|their\s+)?new\s+(?:it\s+)?(?:provider|company|firm|msp|supplier)|someone\s+new|"
    r"handover\s+(?:deadline|date|timeline|schedule|dates)|(?:provider|handover)\s+deadline|"
    # "nudging them about the handover to Castle Tech", "reminding them we need their new IT company's details"
    r"handover\s+to\s+(?-i:[A-Z])[\w&-]*|(?:new\s+)?(?:it\s+)?(?:provider|company|firm|msp)(?:'s|s')?\s+(?:contact\s+)?details|"
    # "chase the Castle Tech contact": the provider's contact, asked for; "nudge them to get Castle Tech in touch"
    r"(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+(?:contact(?:\s+details)?|(?:to\s+)?(?:get\s+|be\s+)?in\s+touch))\b", re.I)


def nudges_on_the_handover(text: str) -> bool:
    """Asks for words nudging a client about choosing a new provider or the handover deadline."""
    return bool(_HANDOVER_NUDGE.search(text))


# "How should I reply?", "what do I say to them?": the words of a reply asked for, in a question.
_HOW_TO_REPLY = re.compile(r"\bhow\s+(?:should|do|can|would)\s+(?:i|we)\s+(?:reply|respond|answer|word\s+(?:it|this|that))\b|"
                           r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+(?:say|reply|write|tell\s+(?:them|him|her))\b", re.I)


def asks_how_to_reply(text: str) -> bool:
    return bool(_HOW_TO_REPLY.search(text))


# A call asked of us ("can someone jump on a 15 min call to walk them through the firewall"): the no names the call.
_CALL_ASKED = re.compile(r"\b(?:jump|hop|get)\s+on\s+(?:a|the)\s+(?:quick\s+|short\s+)?(?:\d+\s*-?\s*min(?:ute)?s?\s+)?(?:call|teams|zoom)\b|"
                         r"\b(?:a|the)\s+(?:quick\s+|short\s+)?(?:\d+\s*-?\s*min(?:ute)?s?\s+)?call\s+to\s+(?:walk|talk|go)\s+"
                         r"(?:them|us|him|her)\s+through\b|\bwalk-?through\s+call\b", re.I)


def asks_us_on_a_call(text: str) -> bool:
    return bool(_CALL_ASKED.search(text))


# Words to remind a client of the end ("a Slack post reminding them when we stop", "a reminder email that their
# support ends on ..."): the last day said first.
_REMINDS_OF_THE_END = re.compile(r"\bremind\w*\b[^.?!]{0,50}?\b(?:when\s+(?:we|support|it|our\s+support)\s+(?:stops?|ends?|finish\w*)|"
                                 r"(?:last|final)\s+(?:support\s+)?day|end\s+date|(?:their\s+)?support\s+ends|we\s+stop|"
                                 r"(?:the\s+)?wind[\s-]?down|(?:the\s+)?ending|cut-?off(?:\s+date)?|handover\s+dates)\b", re.I)


# What the client gets in the handover, asked ("a plain-English list for Acme's practice manager of what they'll get from
# us in the handover"): the handover's items, one by one (bot.situations reads it as the handover steps too)
HANDOVER_CONTENTS_ASKED = re.compile(r"\bwhat\s+(?:they|she|he|the\s+client)(?:'ll|\s+will)?\s+(?:get|receive)\s+(?:from\s+us\s+)?"
                                     r"(?:in|with|as\s+part\s+of)\s+the\s+handover\b|\bwhat\s+the\s+handover\s+(?:includes|covers)\b",
                                     re.I)


def walks_through_the_handover(text: str) -> bool:
    """A call or note to take the client through the handover item by item ("when I call Hooli tomorrow to walk them
    through the handover")."""
    return bool(re.search(r"\bwalk\w*\s+(?:them|him|her|the\s+client|[\w'-]+)\s+through\s+(?:the|their|our)\s+handover\b|"
                          r"\bhandover\s+walk-?through\b|\bgo(?:ing)?\s+through\s+the\s+handover\s+(?:with|item)\b", text, re.I)
                or HANDOVER_CONTENTS_ASKED.search(text))


def reminds_of_the_end(text: str) -> bool:
    return bool(_REMINDS_OF_THE_END.search(text))


def says_support_goes_on(text: str) -> bool:
    """Speaks of support carrying on until the end ("reminding them support carries on as normal until their last day"):
    a reassurance, not only the day."""
    return bool(re.search(r"\b(?:carr(?:y|ies)\s+on|continues?|as\s+(?:normal|usual)|still\s+(?:fully\s+)?supported)\b", text, re.I))


# The new provider's contact wanted from the client ("I need to get a Castle Tech contact out of them"): the handover's
# ask, made kindly.
_PROVIDER_CONTACT_FROM_THEM = re.compile(r"\b(?:get|need|want|ask\s+(?:them\s+)?for|find\s+out|chase|pry|extract)\b[^.?!]{0,40}?"
                                         r"\bcontact(?:\s+(?:details|name|email|number|person))?\b[^.?!]{0,15}?\b(?:out\s+of|from)\s+"
                                         r"(?:them|the\s+client|her|him)\b|"
                                         # ("an SMS ... asking if Castle Tech has someone we can talk to")
                                         r"\bask\w*\s+(?:them\s+|her\s+|him\s+)?(?:if|whether)\b[^.?!]{0,40}?\b(?:has|have|got)\s+"
                                         r"(?:someone|somebody|anyone|a\s+(?:contact|person|name))\b", re.I)


def wants_provider_contact_from_them(text: str) -> bool:
    return bool(_PROVIDER_CONTACT_FROM_THEM.search(text))


# A note about the final invoice, not the email that carries it ("note to Acme about the final invoice and their
# licences"): the invoice said to follow, never "attached".
_ABOUT_THE_INVOICE = re.compile(r"\b(?:about|re|regarding|mention\w*)\s+(?:the\s+|their\s+|our\s+)?final\s+invoice\b", re.I)
_CARRIES_IT = re.compile(r"\b(?:cover(?:ing)?|attach\w*|enclos\w*|send(?:ing)?\s+(?:the|our|their)\s+final\s+invoice)\b", re.I)


def tells_of_the_invoice(text: str) -> bool:
    return bool(_ABOUT_THE_INVOICE.search(text)) and not _CARRIES_IT.search(text)


# A client said to be staying ("a note that Initech is NOT leaving"): no ending announced.
_STAYS = re.compile(r"\b(?:is|are|'s|'re)\s+not\s+(?:leaving|going\s+anywhere|being\s+(?:offboarded|let\s+go|dropped))\b|"
                    r"\b(?:isn'?t|aren'?t)\s+(?:leaving|going\s+anywhere|being\s+(?:offboarded|let\s+go|dropped))\b|"
                    r"\b(?:is|are)\s+staying(?:\s+with\s+us)?\b", re.I)


def says_they_stay(text: str) -> bool:
    return bool(_STAYS.search(text))



# A client's question about the holidays passed on ("Hooli's owner asked if we'll answer tickets over Christmas"):
# our closure is the answer, with the help desk as usual either side of it.
_OVER_THE_BREAK = re.compile(r"\b(?:christmas|xmas|new\s+year|holidays?|festive|the\s+break|shut\s*down|closure)\b", re.I)
_TICKETS_ANSWERED = re.compile(r"\b(?:asked|asking|asks|wants?\s+to\s+know|wondering)\s+(?:us\s+)?(?:if|whether)\b[^.?!]{0,50}"
                               r"\b(?:tickets?|cover\w*|on[\s-]call|(?:anyone|someone|we|you)(?:'s|'re|\s+(?:is|are|will\s+be))?\s+"
                               r"(?:around|in|open|available|about|working))\b", re.I)


def asks_about_tickets_over_the_break(text: str) -> bool:
    return bool(_OVER_THE_BREAK.search(text) and _TICKETS_ANSWERED.search(text))


def speaks_of_tickets_over_the_break(text: str) -> bool:
    """Tickets over our closure, asked about by anyone ("what happens with Hooli tickets over the Christmas closure?")."""
    return bool(_OVER_THE_BREAK.search(text) and re.search(r"\btickets?\b", text, re.I))


# "Email to Globex reminding them their Microsoft 365 licences need moving to their own payment method"
_LICENCES_TO_MOVE = re.compile(r"\bremind\w*\b[^.?!]{0,60}\blicen[cs]\w*|\blicen[cs]\w*\b[^.?!]{0,40}\b(?:need|needs)\s+(?:moving|to\s+(?:be\s+)?move)",
                               re.I)


def reminds_to_move_licences(text: str) -> bool:
    """Words asked reminding a client their licences must move to their own name and payment method."""
    return bool(_LICENCES_TO_MOVE.search(text))


# "What was the ticket number for the Globex printer problem?": the help desk's record, not the client record
_TICKET_ASKED = re.compile(r"\bticket\s+(?:number|no\.?|id|ref\w*)\b|\bticket\s*#\s*\d+|\b(?:update|status|progress)\s+(?:on|of)\s+"
                           r"(?:the\s+|their\s+|that\s+)?ticket\b", re.I)


def asks_about_a_ticket(text: str) -> bool:
    return bool(_TICKET_ASKED.search(text))


def speaks_of_backups(text: str) -> bool:
    """Their backups named ("keep doing their backups through January"): kept running to the last day, then handed over."""
    return bool(re.search(r"\bbackups?\b", text, re.I))


# "confirming our services have ended and that the decision is final": the finality said in the letter, as asked.
_FINAL_ASKED = re.compile(r"\b(?:decision\s+is\s+final|(?:it'?s|is|that'?s)\s+final|final\s+decision|won'?t\s+be\s+(?:resuming|"
                          r"restarting|taking\s+them\s+back)|not\s+(?:be\s+)?resuming)\b", re.I)


def asks_to_say_it_is_final(text: str) -> bool:
    return bool(_FINAL_ASKED.search(text))


# "call Hooli to check they've got Castle Tech lined up and plan the data handover": the handover ahead, not closing out.
_PLANS_HANDOVER = re.compile(r"\b(?:plan|planning|arrange|arranging|book|booking|set\s+up|setting\s+up|organi[sz]e)\s+(?:the\s+|their\s+|a\s+)?"
                             r"(?:data\s+)?hand-?over\b|\b(?:got|have|has)\s+(?:\w+\s+){0,3}lined\s+up\b", re.I)


def plans_the_handover(text: str) -> bool:
    return bool(_PLANS_HANDOVER.search(text))


# "tl;dr the principles pls, one line each", "what are the five principles?": the practice itself, summed up
_PRINCIPLES_ASKED = re.compile(r"\b(?:the|our|your|five|5)\s+(?:five\s+|5\s+|core\s+|main\s+)?principles\b|"
                               r"\bprinciples\s+(?:you|we)\s+(?:coach|teach|follow|use)\b", re.I)


def asks_for_the_principles(text: str) -> bool:
    return bool(_PRINCIPLES_ASKED.search(text))


# "Support's over, so do we just say no?": a plain no proposed, asked about (answered "no" when it is theirs)
_SAY_NO = r"say\s+no|refuse|decline|turn\s+(?:it|them|this)\s+down"
_NO_PROPOSED = re.compile(r"\b(?:do|should|can|shall|could)\s+(?:we|i)\s+(?:just\s+|simply\s+)?(?:" + _SAY_NO + r"|"
                          r"ignore\s+(?:it|them|this))\b", re.I)
# Words for a no asked for ("Give me a phone script to say no nicely", "help me decline it")
_A_NO_WANTED = re.compile(r"\b(?:saying\s+no|turn\s+that\s+down|" + _SAY_NO + r")\b", re.I)


# "write me a short note to him making the case to hold firm": the argument for keeping the decision, for a colleague
_HOLD_CASE = re.compile(r"\b(?:case|argument)\s+(?:to|for)\s+(?:hold(?:ing)?\s+(?:firm|the\s+line)|stick(?:ing)?\s+(?:to|with)\s+(?:it|the\s+"
                        r"decision|our\s+guns)|keep(?:ing)?\s+(?:to\s+)?the\s+decision)|\b(?:convince|persuade)\s+(?:him|her|them)\s+"
                        r"(?:to\s+)?(?:hold|stick|keep)", re.I)


def makes_the_case_to_hold(text: str) -> bool:
    return bool(_HOLD_CASE.search(text))


# Words that offer something unasked ("Email to Acme offering their data on an external drive. Ask what they want on
# it"): our offer, thanked for no question of theirs
_OUR_OFFER = re.compile(r"\b(?:e-?mail|letter|note|message|msg|text)\s+(?:to\s+[\w&'-]+(?:\s+[\w&'-]+)?\s+)?offering\b", re.I)
# ... and what goes on the drive, asked of them ("Ask what they want on it")
_CONTENTS_ASKED = re.compile(r"\bwhat\s+(?:they|you)\s+(?:want|need|would\s+like)\s+(?:on|in)\s+(?:it|the\s+drive)\b|"
                             r"\bwhat\s+(?:to\s+)?(?:put|include)\s+on\s+(?:it|the\s+drive)\b", re.I)


# ("confirming the Globex handover is complete", "saying we've wrapped everything up"): done, as staff tell it
_HANDOVER_COMPLETE = re.compile(r"\bconfirm\w*\s+(?:that\s+)?(?:the\s+)?(?:[\w&'-]+\s+)?handover\s+(?:is|was|has\s+been)\s+"
                                r"(?:complete|completed|done|finished)\b", re.I)


def confirms_handover_complete(text: str) -> bool:
    return bool(_HANDOVER_COMPLETE.search(text))


# What the bot itself is for ("what can you actually help me with?", "what do you do?")
_WHAT_YOU_DO = re.compile(r"\bwhat\s+(?:can|do|could)\s+(?:you|u)\s+(?:actually\s+|even\s+|really\s+)?(?:help\s+(?:me\s+|us\s+)?with|do)\b|"
                          r"\bwhat\s+are\s+(?:you|u)\s+(?:for|able\s+to\s+do)\b|\bhow\s+can\s+(?:you|u)\s+help\b", re.I)


def asks_what_the_bot_does(text: str) -> bool:
    return bool(_WHAT_YOU_DO.search(text))


def offers_unasked(text: str) -> bool:
    return bool(_OUR_OFFER.search(text))


def asks_what_goes_on_the_drive(text: str) -> bool:
    return bool(_CONTENTS_ASKED.search(text))


def asks_whether_to_say_no(text: str) -> bool:
    return bool(_NO_PROPOSED.search(text))


# A move of ours put up for a yes or no ("ok if we just call Friday the last day?", "can we make it the 18th?")
_PUT_UP = re.compile(r"\b(?:ok(?:ay)?|alright|fine|cool)\s+if\s+(?:we|i)\b|\b(?:can|could|should|shall)\s+(?:we|i)\b|\blet'?s\b|"
                     r"\bwhat\s+if\s+(?:we|i)\b|\bhow\s+about\b|\bwhy\s+don'?t\s+we\b", re.I)


def puts_up_a_move(text: str) -> bool:
    return bool(_PUT_UP.search(text))


def wants_a_no(text: str) -> bool:
    return bool(_A_NO_WANTED.search(text))


# "a phone script for calling Hooli to arrange getting them their data": their data handed over, the call's subject
_THEIR_DATA_TO_THEM = re.compile(r"\b(?:get(?:ting)?|giv(?:e|ing)|send(?:ing)?|hand(?:ing)?\s+over)\s+(?:them|him|her)\s+(?:all\s+)?(?:of\s+)?"
                                 r"their\s+(?:data|files)\b", re.I)


# "Vandelay says they never got their data after they left": their data still to reach them, whatever we recall
_THEIR_DATA_MISSED = re.compile(r"\b(?:never|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:got|get|gotten|"
                                r"received?|had)\s+(?:any\s+(?:of\s+)?|all\s+(?:of\s+)?)?their\s+(?:data|files|backups?)\b", re.I)


def arranges_their_data(text: str) -> bool:
    return bool(_THEIR_DATA_TO_THEM.search(text) or _THEIR_DATA_MISSED.search(text))


# "write a 2-line thank you for their channel": our thanks asked for, not thanks of theirs passed on
_THANK_YOU_ASKED = re.compile(r"\b(?:write|draft|do|give|send)\s+(?:me\s+|them\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?thank[\s-]?you\b|"
                              r"\bthank[\s-]?you\s+(?:note|message|msg|e-?mail|post|card|line)\b", re.I)


def asks_for_a_thank_you(text: str) -> bool:
    return bool(_THANK_YOU_ASKED.search(text))


# Everything from the client sent to one person ("anything from them or their new lot goes to Tom"): the note says so,
# in place of "decline kindly"
_ALL_GOES_TO = re.compile(r"\b(?:anything|everything|all|any\s+(?:requests?|tickets?|e-?mails?|calls?|questions?|messages?))\s+"
                          r"(?:from|for|about)\b[^.?!\n]{0,50}?\b(?:goes|go|should\s+go|to\s+go|is\s+to\s+go|must\s+go|"
                          r"gets?\s+(?:passed|sent|forwarded)|is\s+(?:passed|sent|forwarded))\s+(?:straight\s+|directly\s+)?"
                          r"(?:on\s+)?to\s+(\w+)", re.I)


def sends_everything_to(text: str) -> str:
    """The first name everything from the client goes to, or ""."""
    found = _ALL_GOES_TO.search(text)
    return found.group(1) if found else ""


# The desk told to stop taking an ex-client's tickets ("a quick teams msg to the helpdesk team: stop picking up globex
# tickets"): said first, in those words
_STOP_THEIR_TICKETS = re.compile(r"\bstop\s+(?:picking\s+up|taking|working\s+on|answering|handling|responding\s+to|"
                                 r"accepting)\s+(?:any\s+(?:more\s+)?|their\s+|new\s+)?(?:[\w&'-]+\s+){0,2}tickets\b", re.I)


def stops_their_tickets(text: str) -> bool:
    return bool(_STOP_THEIR_TICKETS.search(text))


# A colleague reminded of a client's dates ("2-line Slack DM to Priya reminding her about the Acme provider deadline",
# "reminding her of the dental clinic's deadlines this month"): the dates themselves, to them
_COLLEAGUE_REMINDED = re.compile(r"\bremind\w*\s+(?:her|him)\s+(?:about|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                                 r"(?:deadlines?|dates?|last\s+day|cut-?off|handover)\b", re.I)


def reminds_a_colleague_of_dates(text: str) -> bool:
    return bool(_COLLEAGUE_REMINDED.search(text))


# A call the other side asked for, to be agreed ("asked if we can do a walkthrough call next week. Write a 2-sentence
# reply saying yes"): yes, and by when
_CALL_AGREED = re.compile(r"\b(?:say(?:ing)?|answer(?:ing)?)\s+yes\b", re.I)
_CALL_ASKED = re.compile(r"\b(?:call|walk-?through|meeting|session|video\s+call|teams\s+call|zoom)\b", re.I)


def agrees_to_their_call(text: str) -> bool:
    return bool(_CALL_AGREED.search(text) and _CALL_ASKED.search(text))


# The contract's own words asked for ("the exact notice clause from Acme Dental's contract so I can quote it"): the
# agreement itself is not on record, only its dates, so it is never quoted or made up
_CLAUSE_ASKED = re.compile(r"\b(?:exact\s+|actual\s+)?(?:notice|termination|cancellation|exit)\s+(?:clause|terms?\s+wording|wording)\b|"
                           r"\bclause\b[^.?!]{0,40}\b(?:contract|agreement|msa|sla)\b|"
                           r"\b(?:what\s+does|what\s+the)\s+(?:the\s+|their\s+|our\s+)?(?:contract|agreement|msa)\s+(?:says?|actually\s+says?)\b", re.I)


def asks_for_contract_wording(text: str) -> bool:
    return bool(_CLAUSE_ASKED.search(text))


# "what do I send back. keep it short pls": the words to send, asked as a question
_WHAT_TO_SEND = re.compile(r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+(?:send|write|post|reply)(?:\s+back)?\b", re.I)


def asks_what_to_send(text: str) -> bool:
    return bool(_WHAT_TO_SEND.search(text))


# "any time up to their last day": a window staff give that our closure may cut short
ANY_TIME_TO_THE_END = re.compile(r"\bany\s*time\s+(?:up\s+)?(?:to|until|till|before)\s+(?:their|your|the)\s+last\s+day\b", re.I)


def asks_where(text: str) -> bool:
    """Asks where something happens ("need to know where and when to drop it"): the place is asked for too."""
    return bool(re.search(r"\bwhere\b", text, re.I))
