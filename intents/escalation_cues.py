"""What in a client's message must reach a person, whatever the phase or the rest of the message: a
legal threat, a complaint about one of our people or taken to our management, a request for a human, an
account at risk, a demand for the reason with none written down, another language, a request to erase
what we hold, hardship in their life. Plain word patterns, like the cues in intents/cues/."""
from __future__ import annotations

import re

from intents.cues import complains_to_management

# A legal threat or a lawyer's letter: lawyers, solicitors, attorneys (with the common misspellings), legal
# action or advice, suing, court, breach of contract, a formal dispute, a firm writing on the client's behalf.
# A client that is a law firm ("a small law firm", "they're a law firm") is no threat.
# "sue" counts only as a verb (Sue from accounts is no threat) and "breach" only of a contract or agreement
# (a data breach is a fault). A duty the law puts on them ("we're legally required to keep it") is no threat.
# Nor is their legal team asking for papers ("Legal want it on file").
_LEGAL = re.compile(
    r"\b(?<!like\sa\s)la(?:w|wy|yw|wi|ww)[aeo]?rs?\b|\b(?<!is\sa\s)(?<!re\sa\s)(?<!small\s)(?<!local\s)(?<!little\s)law\s*firms?\b|\blaw\s*suits?\b|\bsoll?i[cs]{1,2}i?t[eo]rs?\b|"
    r"\batt?[oa]u?rn[ea]?ys?\b|\bbarristers?\b|\b(?:legal\s+)?counsel\b|\billegal(?:ly)?\b|\bunlawful(?:ly)?\b|\blegal(?:ly)?\b(?!\s+(?:required|obliged|bound|need|requirements?|obligations?|duty|retention)|"
    r"\s+(?:team\s+|dept\s+|department\s+)?(?:wants?|needs?|asked|asks|requires?|would\s+like)\s+(?:a\s+cop(?:y|ies)|copies|it|them|this)\b)|\blitigat\w*|"
    r"\bsu(?:ing|ed)\b|\b(?:to|will|'ll|gonna|going\s+to|can|could|might|may|shall|and|or)\s+sue\b|"
    r"\bsue\s+(?:you|u|ya|your|them|the|for|over|northwind)\b|"
    r"\bcourts?\b|\btribunal\b|\bsmall\s+claims\b|\barbitrat\w*|\bcease\s+and\s+desist\b|"
    # "we shall hold your firm liable for all losses arising"
    r"\bhold\s+(?:you|u|your\s+(?:firm|company|business)|northwind)\s+(?:\w+\s+)?(?:liable|responsible|accountable)\b|"
    r"\bliable\s+for\s+(?:all\s+|any\s+)?(?:the\s+)?(?:losses|damages|costs)\b|"
    r"\bbre[ae]ch\w*\s+(?:of\s+)?(?:the\s+|our\s+|your\s+|this\s+)?(?:service\s+|support\s+)?(?:contract|agreement|terms|sla|msa)\b|"
    r"\bin\s+bre[ae]ch\b|\bformal(?:ly)?\s+disput\w*|\bdisput\w*\s+(?:the|this|your)\s+(?:termination|notice)\b|"
    # "we consider one month's notice inadequate under the terms of our agreement": the contract invoked, not a date asked
    r"\bnotice\b[^.?!]{0,30}\b(?:inadequate|insufficient|invalid|not\s+(?:valid|enough|sufficient))\b[^.?!]{0,60}"
    r"\b(?:terms|contract|agreement)\b|"
    r"\b(?:claim|seek|sue\s+for|pursue|want|demand)\w*\s+(?:\w+\s+)?damages\b|"
    r"\b(?:consider|pursue|explore|take)\s+(?:all|any|every)\s+(?:the\s+)?(?:legal\s+)?(?:options|remedies|steps)\s+"
    r"(?:available|open)\b|\breserve\s+(?:all\s+)?(?:our|its|their)\s+rights\b|"
    # "failing which we shall consider our position": the formal letter's warning of action
    r"\bfailing\s+which\b|\b(?:shall|will)\s+(?:have\s+to\s+)?consider\s+our\s+(?:position|options)\b|"
    r"\bconsider\s+(?:further|other|all|legal)\s+(?:remedies|options|action|steps)\b|"
    r"\b(?:firm|office|we)\s+represents?\b|\bon\s+behalf\s+of\s+our\s+client\b|\bwe\s+act\s+for\b|\bour\s+client\s+informs\s+us\b|"
    r"(?-i:\b[A-Z][\w&]*(?:\s+(?:&|and)\s+[A-Z]\w*)?\s+(?:LLP|Solicitors|Attorneys|Law\s+Firm))\b", re.I)


# A firm whose name ends in "Legal" ("Pied Piper Legal", "Hendricks Legal"): a client's name, no threat.
_NAMED_LEGAL = re.compile(r"(?-i:\b(?!(?:Our|My|Your|The|Their|His|Her|Its|A|Any|No)\b)[A-Z][\w&']*(?:\s+[A-Z][\w&']*)*\s+Legal\b)")


# The agreement's terms held against us ("Under clause 14 of our agreement you must give 90 days' notice"): the
# agreement isn't on record, so it is checked by a person and never argued from a template.
_CONTRACT_CITED = re.compile(r"\bclause\s+\d+|\bunder\s+(?:the\s+terms\s+of\s+)?(?:the|our|your)\s+(?:contract|agreement)\b|"
                             r"\b(?:contract|agreement)\s+(?:says|states|requires|stipulates)\b|"
                             # "our service agreement requires a notice period of ninety days"
                             r"\b(?:contract|agreement)\b[^.?!]{0,40}\b(?:requires|stipulates|entitles|guarantees)\b", re.I)


def cites_the_contract(text: str) -> bool:
    return bool(_CONTRACT_CITED.search(text))


def threatens_legal(text: str) -> bool:
    """A legal threat or a letter from lawyers: never the bot's to answer (see formal_complaint)."""
    return bool(_LEGAL.search(_NAMED_LEGAL.sub("", text)))


# How one of our people treated them: a complaint about a person is a manager's to answer, not a template's.
_OUR_PERSON = r"(?:account\s+manager|technician|tech|engineer|consultant|rep|(?:your|ur|the)\s+(?:guy|man|woman|lady|" \
              r"person|staff|people|colleague|team\s+member|boss|manager|engineer))"
_MISCONDUCT = re.compile(
    _OUR_PERSON + r"['\u2019]?\s+(?:\w+\s+){0,4}?(?:hung\s+up|was\s+(?:rude|abusive|aggressive|condescending|"
    r"dismissive)|shouted|yelled|swore|insulted|mocked|laughed\s+at|threatened|lied\s+to|was\s+drunk)\b", re.I)


def complains_about_our_people(text: str) -> bool:
    """Says one of our people mistreated them ("your account manager hung up on me")."""
    return bool(_MISCONDUCT.search(text))


def needs_management(text: str) -> bool:
    """A formal complaint, one taken to our management, a legal threat, or a complaint about how one of our
    people treated them, or the agreement's terms held against us: management answers it."""
    return complains_to_management(text) or threatens_legal(text) or complains_about_our_people(text) \
        or cites_the_contract(text)


# Asking for a human rather than the bot: a real person, someone to call them, no more automatic replies.
_A_PERSON = re.compile(
    r"\b(?:real|actual|live|human|proper)\s+(?:person|human|being|people|one|somebody|someone)\b|\bhuman\s+beings?\b|"
    # "Oh great, an auto-reply. ... Is there a human there at all?"
    r"\b(?:is|are)\s+there\s+(?:a|an?y)\s+(?:human|humans|person|people)\b|"
    r"\b(?:speak|talk|chat)\w*\s+(?:to|with)\s+(?:an?\s+)?(?:human|person|someone|somebody|anyone|people|"
    r"your\s+(?:boss|manager|director|team\s+lead)|a\s+manager)\b|"
    r"\b(?:put|pass|get|transfer)\s+(?:me|us)\s+(?:through\s+)?to\s+(?:someone|somebody|a\s+person|a\s+human|a\s+manager|"
    r"who(?:ever)?\s+(?:made|took|decided)|the\s+(?:person|one)\s+who)\b|"
    # "I don't want to talk to a bot"
    r"\b(?:don'?t|do\s+not|won'?t|refuse\s+to)\s+(?:want\s+to\s+)?(?:talk|speak|chat|deal)\w*\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:bot|robot|machine|chat\s*bot|ai|computer)\b|"
    r"\b(?:not|no|without|instead\s+of)\s+(?:a|the|another|this|some|your)?\s*(?:bot|robot|machine|chat\s*bot|"
    r"automat\w*|auto-?repl\w*)\b|"
    r"\b(?:stop|no\s+more|enough|quit|done\s+with)\b[^.?!]{0,30}\b(?:bots?|robots?|automat\w*|auto-?repl\w*|"
    r"canned|template\w*|form\s+letters?)\b|"
    r"\b(?:is|am\s+i|are)\s+(?:this|that|you|i)\s+(?:talking\s+to\s+)?(?:a\s+|an\s+)?(?:bot|robot|machine|ai|"
    r"automat\w*)\b|"
    r"\b(?:someone|somebody|anyone|a\s+person)\b[^.?!]{0,20}\b(?:call|ring|phone)\s+(?:me|us)\b|"
    r"\b(?:call|ring|phone)\s+(?:me|us)\s+(?:back|please|pls|asap|today|tomorrow)\b|"
    r"\b(?:please|pls|can\s+you|could\s+you|can\s+someone|could\s+someone)\s+(?:call|ring|phone)\s+(?:me|us)\b",
    re.I)


# "URGENT server room alarm going off and nobody's answering the phone!!": something urgent, and no way through to us
_URGENT = re.compile(r"\burgent\w*\b|\bemergency\b|\basap\b|\balarms?\b|!!|\bright\s+now\b|\bimmediately\b", re.I)
_UNANSWERED = re.compile(r"\b(?:no\s*(?:one|body)|nobody|noone)(?:'s|\s+is|\s+are)?\s+(?:\w+\s+)?(?:answer|pick|respond|repl|com)\w*\b|"
                         r"\bcan'?t\s+(?:get\s+(?:through|hold\s+of)|reach)\s+(?:any(?:one|body)|you|u|the\s+help\s*desk)\b|"
                         r"\b(?:phone|line|help\s*desk)\s+(?:just\s+)?(?:rings?\s+out|goes\s+to\s+voicemail)\b", re.I)


def urgent_and_unanswered(text: str) -> bool:
    return bool(_URGENT.search(text) and _UNANSWERED.search(text))


def wants_a_person(text: str) -> bool:
    """Asks for a human ("a real person", "stop the bot replies", "can someone ring me?")."""
    return bool(_A_PERSON.search(text))


# An active client asking whether we are dropping them, or saying they may leave us: the account is at risk,
# and a person answers it. Ordinary tickets don't speak of the relationship, so they never match.
_DROPPED = (r"(?:dropp\w*|drop|end(?:ing)?|cancel\w*|terminat\w*|let(?:ting)?\s+(?:\w+\s+)?go|cut(?:ting)?|fir(?:e|ing)|"
            r"ditch\w*|dump\w*|get(?:ting)?\s+rid\s+of|offboard\w*|part(?:ing)?\s+ways\s+with|los(?:e|ing))")
_AT_RISK = re.compile(
    rf"\b(?:are|is)\s+(?:we|us|our\s+\w+)\s+(?:next|on\s+(?:the|your)\s+list|being\s+{_DROPPED}|going\s+to\s+be\s+"
    rf"{_DROPPED}|getting\s+{_DROPPED})\b|"
    rf"\b(?:is|will)\s+(?:that|this|it)\s+(?:going\s+to\s+)?(?:be|happen\s+to)\s+us\b|"
    rf"\b(?:you|you'?re|you\s+are|you'?ll|you\s+will|you\s+guys)\s+(?:\w+\s+){{0,3}}{_DROPPED}\s+(?:(?:contracts?|agreements?|ties)\s+with\s+)?"
    rf"(?:us|some|other|a\s+few|several|clients|customers|people)\b|"
    rf"\b(?:heard|hear|rumou?rs?|word\s+is|told|said|says)\b[^.?!]{{0,60}}\b{_DROPPED}\b[^.?!]{{0,30}}\b(?:clients|customers|"
    rf"accounts|contracts)\b|"
    r"\b(?:think\w*|consider\w*|thought|plan\w*|look\w*\s+(?:at|into)|intend\w*|decid\w*|want\w*|may|might|going\s+to|"
    r"gonna|will|'ll)\s+(?:about\s+|of\s+|on\s+|to\s+)?(?:leav\w*|cancel\w*|end\w*|terminat\w*|switch\w*|mov\w*|chang\w*|"
    r"go(?:ing)?)\b[^.?!]{0,30}?\b(?:your\s+(?:services?|company|firm|contract|agreement)|(?:our|the|this)\s+(?:it\s+)?"
    r"(?:contract|agreement|support\s+contract)|elsewhere|someone\s+else|(?:another|a\s+different|a\s+new|other)\s+(?:it\s+)?"
    r"(?:provider|msp|company|firm|supplier|partner))\b|"
    r"\b(?:leav\w*|ditch\w*|drop\w*|quit\w*)\s+you\b|\baway\s+from\s+you\b|\bshopping\s+around\b|"
    # "you're letting some clients go. Should Initech be worried?"
    r"\blett?ing\s+(?:some|a\s+few|several|other)\s+(?:clients|customers)\s+go\b|"
    # "honestly we're thinking of switching providers next year"
    r"\b(?:switch\w*|chang\w*|mov\w*)\s+(?:it\s+)?(?:providers|msps|suppliers|it\s+(?:companies|firms|support))\b|"
    r"\bshould\s+(?:we|\w+)\s+be\s+(?:worried|concerned|nervous)\b|"
    r"\b(?:cancel\w*|end(?:ing)?|terminat\w*|get\s+out\s+of)\s+(?:our|the|this|my)\s+(?:contract|agreement|"
    r"support\s+contract|relationship)\b|"
    # "We just got a message saying our contract is ending?? When is our last day?": told so, by someone
    r"\b(?:our|the|my)\s+(?:contract|agreement|support(?:\s+contract)?)\s+(?:is|was)\s+(?:ending|being\s+(?:ended|terminated|"
    r"cancelled|canceled))\b", re.I)


# What "should we be worried?" can be about besides us: a fault or a failed job ("backup report said 'failed'"),
# though "winding down some clients" is us.
_WORRY_ABOUT_A_FAULT = re.compile(r"\b(?:fail(?:ed|ing|s|ure)?|error|alert|warning|(?<!winding\s)(?<!scaling\s)down|crash\w*|virus|malware|hack\w*|breach|"
                                  r"phishing|suspicious)\b", re.I)


# Afraid we will drop them too ("heard you're letting some clients go - are we next?"), not planning to leave us.
_FEARS_BEING_DROPPED = re.compile(
    r"\b(?:are|is)\s+(?:we|\w+)\s+(?:next|on\s+(?:the|your)\s+list|being\s+(?:dropped|let\s+go))\b|"
    # "we're not next are we? 😅"
    r"\b(?:we'?re|we\s+are)\s+not\s+(?:next|on\s+(?:the|your)\s+list)\b|"
    r"\b(?:heard|hear|hearing|rumou?rs?)\b[^.?!]{0,40}\b(?:dropping|ditching|ending|cutting|lett?ing\s+(?:\w+\s+){1,2}go)\b|"
    r"\bshould\s+(?:we|\w+)\s+be\s+(?:worried|concerned|nervous)\b|\b(?:will|are)\s+(?:you|u)\s+(?:guys\s+)?(?:going\s+to\s+)?(?:drop|dropping|end|ending\s+things\s+with|let\s+go\s+of|"
    r"letting\s+go\s+of|getting\s+rid\s+of)\s+us\b",
    re.I)


def fears_being_dropped(text: str) -> bool:
    return fears_or_plans_leaving(text) and bool(_FEARS_BEING_DROPPED.search(text))


def fears_or_plans_leaving(text: str) -> bool:
    """Asks whether we are dropping them, heard we are ending clients, or says they may leave us."""
    found = _AT_RISK.search(text)
    if found and re.match(r"should\s+", found.group(0), re.I) and _WORRY_ABOUT_A_FAULT.search(text):
        return False   # "Our backup report email said 'failed' last night. Should we be worried?": the fault
    return bool(found)


# Insisting on the reason, or saying none was ever given: with nothing written down, a person answers.
_DEMANDS_REASON = re.compile(
    r"\b(?:never|not|no\s*one|nobody|didn'?t|haven'?t|hasn'?t|still\s+(?:haven'?t|hasn'?t|don'?t))\s+(?:\w+\s+){0,3}"
    r"(?:told|tell|explain\w*|gave|give|given|said|say|heard|got|received)\b[^.?!]{0,30}\b(?:why|reasons?|explanation)\b|"
    r"\b(?:real|proper|actual|honest|straight|specific|full|clear|concrete|genuine|true)\s+(?:answer|reasons?|"
    r"explanation|why|grounds)\b|"
    # "set out in writing the grounds on which you are ending our agreement"
    r"\b(?:set\s+out|state|explain|give|provide)\b[^.?!]{0,40}\bgrounds\b|"
    r"\b(?:deserve|entitled\s+to|demand|insist\s+on|owed)\s+(?:\w+\s+){0,2}(?:answer|explanation|reasons?|to\s+know\s+why)\b|"
    r"\b(?:no|without\s+(?:a|any))\s+(?:reason|explanation)\s+(?:was\s+|has\s+been\s+|at\s+all)?(?:given|provided|offered)?\b|"
    # "Still waiting for someone to tell us why you dumped us."
    r"\bwaiting\s+(?:for\s+)?(?:\w+\s+){0,3}(?:to\s+)?(?:tell|explain)\w*\b[^.?!]{0,20}\bwhy\b|"
    # "You dumped us with zero explanation ... I still don't know why. Explain yourselves."
    r"\b(?:zero|no)\s+explanation\b|\bstill\s+(?:don'?t|do\s+not)\s+know\s+why\b|\bexplain\s+yourselves\b",
    re.I)


def demands_the_reason(text: str) -> bool:
    """Insists on a real reason, or says we never gave one ("nobody explained why", "a proper answer")."""
    return bool(_DEMANDS_REASON.search(text))


# Telling another language from English by its commonest words: the router and every template are
# English, so a message in another language is read by a person rather than guessed at.
_ENGLISH_WORDS = frozenset(
    "the a an and or but to of in on at for with from by is are was were be been am it this that these those "
    "i you he she we they me my your our their us them not no yes can could will would should do does did have "
    "has had what when where why how who which if so just please thanks thank hi hello".split())
_OTHER_WORDS = frozenset(
    # German, Dutch, French, Spanish, Italian, Portuguese: articles, pronouns, common verbs and particles
    "der die das und ist nicht ich wir sie ihr ein eine einen dem den des mit für fürs wie was auch noch bitte "
    "het een niet ik wij jullie zijn heb hebben voor met wat hoe ook "
    "le la les et est je nous vous ils une des du pour avec pas que qui sont merci bonjour "
    "el los las y es yo nosotros ustedes una por para con que pero gracias hola está "
    "il di che non sono noi voi uno della per grazie "
    "não uma os obrigado você nós".split())
_LETTERS = re.compile(r"[^\W\d_]+")


def other_language(text: str) -> bool:
    """Written in a language other than English: mostly in another script, or with more of another
    language's commonest words than of English's (two at least)."""
    words = _LETTERS.findall(text.lower())
    if len(words) < 3:
        return False
    latin = sum(1 for word in words if word.isascii() or all(ch < "\u0250" for ch in word))
    if latin * 2 < len(words):
        return True
    english = sum(word in _ENGLISH_WORDS for word in words)
    other = sum(word in _OTHER_WORDS and word not in _ENGLISH_WORDS for word in words)
    return other >= 2 and other > english


# A client asking us to erase what we hold about them (as opposed to worrying that we will).
_THEIR_COPY = r"(?:everything|all\s+(?:of\s+)?(?:the\s+|our\s+)?(?:data|copies|records|information|info|files|backups)|" \
              r"(?:our|their)\s+(?:data|records|information|info|files|backups|details)|(?:any\s+)?(?:data|copies|" \
              r"records|information|info|files|backups)\s+(?:you\s+(?:have|hold|keep|store)|about\s+us|of\s+ours))"
_ERASE = re.compile(
    r"\b(?:please|pls|kindly|we\s+(?:want|need|require|would\s+like|expect|ask|request)|i\s+(?:want|need|require|ask|"
    r"request)|must)\b[^.?!]{0,30}\b(?:delete|erase|wipe|remove|destroy|purge)\w*\b[^.?!]{0,30}" + _THEIR_COPY + r"|"
    # "Acme have asked us to delete all their data from our backups today": asked, and passed on
    r"\b(?:asked|asking|want|wants|told)\s+us\s+to\s+(?:delete|erase|wipe|destroy|purge)\b[^.?!]{0,20}\b(?:data|files|"
    r"backups?|copies|records|everything)\b|"
    # "send us all our data and then delete everything you hold": the copy first, then the deletion
    r"\bthen\s+(?:please\s+)?(?:delete|erase|wipe|destroy|purge)\s+(?:everything|all\s+of\s+it|it\s+all|(?:all\s+)?(?:your|the|any)\s+"
    r"copies|(?:everything|all|whatever)\s+you\s+(?:hold|have|keep))\b|"
    r"\bright\s+to\s+(?:erasure|be\s+forgotten)\b|\bconfirm\s+(?:that\s+)?you(?:'ve|\s+have)\s+(?:deleted|erased|wiped|"
    r"destroyed|purged)\b|"
    # "a complete copy of all company data ... together with written confirmation of its subsequent deletion"
    r"\bconfirm\w*\s+of\s+(?:its|their|the(?:ir)?\s+data's|the)\s+(?:subsequent\s+|later\s+|eventual\s+|secure\s+|permanent\s+)*(?:deletion|erasure|destruction)\b|"
    # "we formally request written confirmation that all copies of Globex Logistics data held by your firm have been
    # returned or destroyed"
    r"\bconfirm\w*\b[^.?!]{0,80}\b(?:data|files|records|information|copies)\b[^.?!]{0,60}\b(?:has|have)\s+been\s+(?:returned\s+or\s+)?"
    r"(?:destroyed|deleted|erased|wiped|purged)\b|"
    # "written confirmation ... that all data belonging to Vandelay Imports has been removed from your systems"
    r"\bconfirm\w*\b[^.?!]{0,120}\b(?:data|files|records|information)\b[^.?!]{0,60}\b(?:has|have)\s+been\s+(?:removed|deleted|"
    r"erased|destroyed|wiped|purged)\s+from\s+(?:your|all\s+your)\s+systems\b|"
    # "do you still hold any copy of our data? If so please delete it and confirm in writing (GDPR)"
    r"\b(?:delete|erase|destroy|purge|wipe)\s+(?:it|them|all\s+of\s+(?:it|them))\s+and\s+confirm\b|"
    r"\bgdpr\b[^.?!]{0,60}\b(?:delet|eras)\w*|\b(?:delet|eras)\w*\b[^.?!]{0,60}\bgdpr\b|"
    # "written certification that all data belonging to Vandelay Imports held on your systems has been securely destroyed"
    r"\b(?:certif\w*|confirm\w*)\b[^.?!]{0,40}\b(?:data|files|records|information)\b[^.?!]{0,80}\b(?:has|have)\s+been\s+"
    r"(?:securely\s+|permanently\s+)?(?:removed|deleted|erased|destroyed|wiped|purged)\b|"
    # "written confirmation that all access ... has been removed and that all copies of our data held by you have been deleted"
    r"\b(?:copies|copy)\s+of\s+(?:our|the|all\s+our|their)\s+(?:data|files|records|information)\b[^.?!]{0,40}\b(?:has|have)\s+"
    r"been\s+(?:securely\s+|permanently\s+)?(?:removed|deleted|erased|destroyed|wiped|purged)\b|"
    # "written confirmation ... that no copies of our data remain in your possession"
    r"\bconfirm\w*\b[^.?!]{0,120}\bno\s+(?:copies|copy|data|files|records|information)\b[^.?!]{0,40}\b(?:remains?|is\s+"
    r"(?:held|kept|retained|stored)|are\s+(?:held|kept|retained|stored)|left)\b|"
    # "Do you still have any of our data? We'd like it deleted.": what we hold, asked about, then asked gone
    r"\b(?:data|files|records|information|info|backups?|copies)\b[^.?!]{0,40}[.?!]\s*(?:if\s+so,?\s+)?(?:we'?d|we\s+would|i'?d|i\s+would|"
    r"please|pls|kindly)\s+(?:like\s+|want\s+)?(?:it|them|that|those)\s+(?:to\s+be\s+)?(?:deleted|erased|wiped|destroyed|purged|"
    r"removed)\b|"
    r"\b(?:we'?d|we\s+would|i'?d|i\s+would)\s+like\s+(?:it|them|our\s+(?:data|files|records|information|backups))\s+(?:to\s+be\s+)?"
    r"(?:deleted|erased|wiped|destroyed|purged)\b|"
    # "... be returned to us in full within 14 days, and thereafter securely deleted"
    r"\b(?:thereafter|afterwards|subsequently)\s+(?:be\s+)?(?:securely\s+|permanently\s+)?(?:deleted|erased|wiped|destroyed|purged)\b",
    re.I)


# A copy asked for beside the deletion ("we formally request a complete copy of all company data ... together with
# written confirmation of its subsequent deletion"): the copy first, then the deletion confirmed
_COPY_FIRST = re.compile(r"\b(?:request|want|need|like|send|give|provide|receive)\w*\b[^.?!]{0,30}\b(?:a|an|one|the)\s+"
                         r"(?:complete\s+|full\s+)?(?:copy|export)\b|"
                         # "that all data ... be returned to us in full within 14 days, and thereafter securely deleted"
                         r"\b(?:returned|sent\s+back|handed\s+back|given\s+back)\s+to\s+(?:us|me)\b|"
                         # "we hereby request the return of all company data held by you and ... its secure deletion thereafter"
                         r"\breturn\s+of\s+(?:all\s+)?(?:(?:our|the|company|of\s+our)\s+)*(?:data|files|records|information)\b", re.I)


def asks_for_a_copy_first(text: str) -> bool:
    return bool(_COPY_FIRST.search(text))


# Asked NOT to delete ("pls dont delete our files before castle tech copies them"): a fear, never a request to erase
_NOT_TO_DELETE = re.compile(r"\b(?:don'?t|dont|do\s+not|never|not\s+to)\s+(?:\w+\s+)?(?:delete|erase|wipe|remove|destroy|purge)\w*"
                            r"\b[^.?!]*|"
                            # "we want to know if you will delete our files on Monday? We are scared to lose them": a fear
                            r"\b(?:if|whether)\s+(?:you|u)\s+(?:will|are\s+going\s+to|gonna|would)\s+(?:\w+\s+)?(?:delete|erase|wipe|"
                            r"remove|destroy|purge)\w*\b[^.?!]*", re.I)


def asks_us_to_erase(text: str) -> bool:
    """Asks us to delete what we hold about them: a person confirms it in writing, once they have their copy."""
    return bool(_ERASE.search(_NOT_TO_DELETE.sub(" ", text)))


# Someone telling us about hardship in their life (illness, a death, a family crisis): a person answers,
# never a stock line about the decision.
_HARDSHIP = re.compile(
    r"\b(?:cancer|chemo\w*|passed\s+away|funeral|bereave\w*|grie(?:f|ving)|terminal(?:ly)?\s+ill|miscarriage|divorce|"
    r"depress\w*|mental\s+health)\b|"
    # words a machine can share ("the server died", "the NAS had a breakdown") count only with a person in them
    r"\b(?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|child|brother|sister|family|i|i'?ve|i\s+was|"
    r"she|he|owner|founder|boss|colleague)\b[^.?!]{0,40}\b(?:died|ill|illness|sick|unwell|poorly|hospital\w*|surgery|stroke|"
    r"heart\s+attack|breakdown|burn(?:t|ed)?\s*out)\b", re.I)


def mentions_hardship(text: str) -> bool:
    return bool(_HARDSHIP.search(text))


# Someone new at the client, or new to the matter, asking what is going on and what to do ("I am new practice
# manager ... please can you explain me what is happening and what I must to do?"): a person calls them.
_NEW_TO_IT = re.compile(r"\b(?:i'?m|i\s+am|i'?ve\s+(?:just\s+)?(?:started|joined|taken\s+over))\s+(?:the\s+|a\s+)?new\b|"
                        r"\b(?:just|recently)\s+(?:started|joined|took\s+over|taken\s+over)\b|\bnew\s+(?:here|in\s+(?:the|this)\s+"
                        r"(?:role|job|post))\b|\bsince\s+(?:two|three|a\s+few|\d+)\s+(?:days|weeks)\b|"
                        r"\b(?:took|taken)\s+over\s+from\s+(?-i:[A-Z])", re.I)
_WHATS_HAPPENING = re.compile(r"\bwhat\s+(?:is|'s)\s+(?:happening|going\s+on)\b|\bwhat\s+(?:i|we)\s+(?:must|need|have|should)"
                              r"\s+(?:to\s+)?do\b|\bwhat\s+(?:do|must|should)\s+(?:i|we)\s+(?:need\s+to\s+)?do\b|"
                              r"\bexplain\s+(?:to\s+)?(?:me|us)?\s*(?:what|the\s+situation)\b|\bbring\s+me\s+up\s+to\s+speed\b|"
                              r"\bfill\s+me\s+in\b|\bcatch\s+me\s+up\b", re.I)


def is_new_there(text: str) -> bool:
    """Says they are new at the client ("hi, I'm new here"): they may not know our support has ended."""
    return bool(_NEW_TO_IT.search(text))


def new_to_it(text: str) -> bool:
    """New at the client and asking what is going on: the whole picture is owed, by a person."""
    return bool(_NEW_TO_IT.search(text) and _WHATS_HAPPENING.search(text))


# Asks whether we did something to what is theirs ("Our Adobe licences all stopped working yesterday, did you cancel
# them?"): nobody can say from the record, so a person checks and answers (not our own agent or access, which is ours).
_OUR_DOING = re.compile(r"\b(?:did|have|has)\s+(?:you\s+(?:lot|people|all)|you|u|ya|you\s+guys|your\s+(?:team|side|people|techs?|guys|lot)|"
                        r"someone\s+(?:from|at|on)\s+your\s+(?:end|side|team))\s+(?:just\s+|already\s+|accidentally\s+)?"
                        r"(?:cancel+(?:ed)?|delete[sd]?|remove[sd]?|(?:switch|turn)(?:ed)?\s+(?:\w+\s+){0,2}?off|shut\s+(?:down|off)|"
                        r"disable[sd]?|wipe[sd]?|revoke[sd]?|block(?:ed)?|cut\s+off|stop(?:ped)?|deactivate[sd]?|suspend(?:ed)?|"
                        r"lock(?:ed)?\s+(?:us\s+)?out|let\s+(?:\w+\s+)?(?:lapse|expire))\b(?!\s+(?:your|ur|you'?re)\b)", re.I)


# "Our email has stopped working, what did you DO??": the same question, beside something of theirs that broke
_WHAT_DID_YOU_DO = re.compile(r"\bwhat\s+(?:did|have|has)\s+(?:you|u|ya|you\s+guys|your\s+(?:team|side|people|techs?|guys))\s+"
                              r"(?:do|done)\b(?!\s+(?:for|about|with|last|to\s+(?:fix|sort|solve|repair|resolve|get))\b)|\b(?:did|have)\s+(?:you|u|you\s+guys)\s+(?:do(?:ne)?|"
                              r"change[sd]?|touch(?:ed)?)\s+(?:something|anything)\b|"
                              # "Our email stopped working this morning. Was this you??"
                              r"\b(?:was|is)\s+(?:this|that|it)\s+(?:you|u|your\s+(?:doing|team|side|lot))\b|"
                              r"\bdid\s+(?:you|u)\s+(?:do|cause)\s+(?:this|that|it)\b", re.I)
_SOMETHING_BROKE = re.compile(r"\b(?:stopped|stops|quit)\s+working\b|\bnot\s+working\b|\bnothing\s+works\b|"
                              r"\bwon'?t\s+(?:work|start|load|open|connect|boot)\b|\bbroke(?:n)?\b|\bis\s+down\b|\bgone\b|"
                              r"\bcan'?t\s+(?:log|sign|get)\s+in\b|\bdisappeared\b|\bfail(?:ed|ing|s)\b", re.I)


# ... or says we did ("Your lot deleted our SharePoint on the way out"): the same check by a person, whatever the tone
_SAYS_WE_DID = re.compile(r"\b(?:you|u|ya|you\s+guys|your\s+(?:lot|team|side|people|techs?|guys|engineers?))\s+(?:have\s+|has\s+|"
                          r"just\s+|went\s+and\s+|must\s+have\s+)?(?:deleted|wiped|erased|removed|cancell?ed|switched\s+off|"
                          r"turned\s+off|shut\s+(?:down|off)|disabled|revoked|deactivated|suspended|destroyed)\s+(?:all\s+(?:of\s+)?)?"
                          r"(?:our|my)\b", re.I)


def asks_if_we_did_it(text: str) -> bool:
    return bool(_OUR_DOING.search(text) or _SAYS_WE_DID.search(text)) or bool(_WHAT_DID_YOU_DO.search(text) and _SOMETHING_BROKE.search(text))
