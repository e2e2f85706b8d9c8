"""How the ending feels to a colleague (venting, second-guessing, strain, a fight expected) and what to do
about a client who pushes back: a person's matter or coaching, not a script."""
from __future__ import annotations

import re

from intents.cues import asks_if_at_fault as client_asks_if_at_fault, sarcastic
from intents.staff_cues.pasted import client_asked
from intents.staff_cues.requests import asks_to_write


# A colleague letting off steam or second-guessing the ending, with no wording asked for: they need
# a word from a colleague, not a script for the client.
_FED_UP = re.compile(
    r"\b(?:vent(?:ing)?|rant(?:ing)?|ugh+|argh+|so\s+(?:done|over\s+(?:it|them))|fed\s+up|sick\s+(?:of|and\s+tired)|"
    r"had\s+(?:it|enough)|exhaust\w*|drain\w*|burn(?:t|ed)\s+out|at\s+my\s+wits'?\s+end|can'?t\s+stand|nightmare|"
    r"(?:glad|relieved)\s+(?:we'?re|to\s+be)\s+(?:nearly\s+|almost\s+|finally\s+)?(?:rid|done|shot)|good\s+riddance|"
    r"can'?t\s+wait\s+(?:to|until|till)\s+(?:never|be\s+rid|see\s+the\s+back)|talk\s+me\s+(?:down|out\s+of\s+it)|"
    r"stop\s+me\s+(?:from|before))\b", re.I)

_DOUBTING = re.compile(
    r"\b(?:guilt\w*|(?:feel(?:ing)?|felt)\s+(?:so\s+|really\s+)?(?:bad|awful|terrible|sick|rotten|horrible|mean)|"
    r"am\s+i\s+(?:being\s+)?(?:a\s+)?(?:jerk|heartless|mean|cruel|harsh|unfair|the\s+bad\s+guy)|wrong\s+(?:call|thing|decision|move)|"
    r"second[- ]guess\w*|regret\w*|losing\s+sleep|can'?t\s+stop\s+thinking|did\s+we\s+(?:do|make)\s+(?:the\s+)?right|"
    r"(?:were|are)\s+we\s+(?:too\s+harsh|wrong|right)|too\s+harsh|feels?\s+(?:kind\s+of\s+|kinda\s+|a\s+bit\s+|so\s+|really\s+)?wrong)\b", re.I)

_ASKS_WORDING = re.compile(
    r"\b(?:what\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:say|write|tell|reply|send|answer)|"
    r"how\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:say|tell|reply|respond|word|phrase|handle|answer|put)|"
    r"script|draft|wording|template|reply\s+to|respond\s+to|email\s+(?:them|him|her)|write\s+(?:to|back)|"
    # "Rewrite this, it's too harsh: '...'": our wording to mend, not a doubt about the decision
    r"re-?write|re-?word|re-?phrase|soften|tone\s+(?:it|this)\s+down|make\s+(?:it|this)\s+(?:nicer|kinder|softer|less)|"
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


# Asking words a colleague would use for anything ("can you", "need", "how do I"); a thing broken around the
# office ("coffee machine's died again") is news in passing, not a request to the bot.
_ASKS = re.compile(r"\b(?:please|pls|plz|can|could|would|will\s+you|need|want|send|give|help|how|what|when|where|who|"
                   r"why|which|write|draft|tell|show|list|remind)\b", re.I)
_HELLO_WORD = re.compile(r"^\W*(good\s+morning|good\s+afternoon|good\s+evening|morning|afternoon|hiya|hello|hey|hi)\b", re.I)


def passing_remark(text: str) -> tuple[bool, str]:
    """"morning!! coffee machine's died again lol": chatter that asks nothing, and the hello it opens with, if any
    (returned in kind, so the bot does not answer a friendly remark with a refusal)."""
    if "?" in text or _ASKS.search(text):
        return False, ""
    hello = _HELLO_WORD.match(text)
    return True, hello.group(1).capitalize() if hello else ""


# "Thanks, that's all for today!", "cheers, that's everything for now", "thanks!": a goodbye, owed a short one back
_SIGNING_OFF = re.compile(r"^\W*(?:(?:thanks|thank\s+you|thx|ty|cheers|ta|great|perfect|brilliant|lovely|awesome|ok|okay|sorted|"
                          r"got\s+it|that\s+helps|(?:so\s+|very\s+)?much|a\s+lot|again)\b[\s,!.\u2014-]*)+"
                          r"(?:(?:that'?s|that\s+is|that\s+was)\s+(?:all|everything|it)(?:\s+(?:i\s+need(?:ed)?|from\s+me))?"
                          r"(?:\s+for\s+(?:now|today|tonight|the\s+day|this\s+week))?[\s,!.]*|(?:bye|see\s+(?:ya|you)|night|"
                          r"have\s+a\s+good\s+\w+)[\s,!.]*)*\W*$", re.I)


# "They'll probably offer more money": an offer expected on a call, to be answered before it is made
_OFFER_EXPECTED = re.compile(r"\b(?:they'?ll|they\s+will|they\s+might|they\s+may|they'?re\s+going\s+to|(?:in\s+)?case\s+they|"
                             r"if\s+they)\s+(?:probably\s+|likely\s+|(?:try\s+(?:to|and)\s+))?(?:offer|throw)\s+(?:us\s+)?"
                             r"(?:more\s+(?:money|cash)|to\s+pay\s+more|(?:a\s+)?(?:higher|bigger)\s+(?:fee|retainer|price)|money)\b", re.I)


def expects_an_offer(text: str) -> bool:
    return bool(_OFFER_EXPECTED.search(text))


# "2 sentences, no grovelling": courteous, nothing conceded
_NO_GROVEL = re.compile(r"\b(?:no|don'?t|without|not)\s+(?:\w+\s+)?(?:grovel\w*|apologi[sz]\w*|sorry-?fest)\b|\bno\s+sucking\s+up\b", re.I)


def wants_no_grovelling(text: str) -> bool:
    return bool(_NO_GROVEL.search(text))


def signs_off(text: str) -> bool:
    return bool(_SIGNING_OFF.match(text)) and bool(re.search(r"\b(?:thank|thanks|thx|ty|cheers|ta|bye)\b|"
                                                           r"\bthat'?s\s+(?:all|everything|it)\b", text, re.I))


_UNFINISHED = re.compile(r"\b(?:never|didn'?t|haven'?t|hasn'?t|not\s+yet)\s+(?:been\s+)?(?:moved|transferred|handed\s+over|sent|"
                         r"removed|cancell?ed|switched)\b|\bstill\s+(?:on|in|under|sitting\s+in)\s+our\b", re.I)


# Someone above us proposes softening the ending: "boss says let Hooli stay if they pay double", "mgmt suggests a
# free month as goodwill". The colleague needs the case to put back to them, not a reply to the client.
# (the client's own "office manager" or "their manager" is not above us)
_FROM_ABOVE = re.compile(r"(?<!office\s)(?<!practice\s)(?<!their\s)(?<!'s\s)(?<!\u2019s\s)\b(?:boss|manager|mgmt|management|leadership|director|ceo|md|the\s+owners?|our\s+owner|partners?|"
                         r"sales(?:\s+team)?|higher[\s-]ups?|upstairs|exec\w*)\b[^.?!]{0,30}\b(?:says?|said|saying|suggests?|suggested|suggesting|"
                         r"wants?|wanted|thinks?|asked|asks|proposes?|proposed|is\s+pushing|pushing|floated|mentioned|reckons)\b", re.I)

# A colleague tempted to soften it ("Priya says ... she's tempted to give them another go"): answered as a suggestion
# from above is, with the reason that still holds.
_TEMPTED = re.compile(r"\b(?:he|she|they|\w+)(?:\s+is|'s|\s+are|'re|\s+was|\s+feels?|\s+seems?)\s+(?:really\s+|quite\s+|a\s+bit\s+|"
                      r"kind\s+of\s+)?(?:tempted|thinking\s+(?:of|about)|considering|keen\s+on)\b", re.I)

_SOFTENS = re.compile(r"\b(?:stay|keep\s+(?:them|the\s+client|(?-i:[A-Z]\w+))(?:\s+on)?|reconsider|extend\w*|free\s+(?:month|week|support|hours|work)|"
                      r"(?:month|week)\s+free|goodwill|discount|another\s+chance|second\s+chance|pay(?:s|ing)?\s+(?:double|more|extra)|"
                      r"waive\w*|reverse|take\s+(?:them|\w+)\s+back|on\s+the\s+house|at\s+no\s+(?:charge|cost)|another\s+go|wants?\s+back|"
                      r"bigger\s+retainer|come\s+back|(?:on|at)\s+(?:their|the)\s+old\s+(?:rate|terms|price)|"
                      r"(?:doubl|tripl)\w*\s+(?:the|their|our)\s+(?:monthly\s+)?(?:fee|retainer|rate))\b", re.I)
# The client says we hold their data back ("holding their patient data hostage", "withholding our files"): answered
# with what is always true, that it is theirs and a full copy goes to them
_DATA_HELD_SAID = re.compile(r"\bhostage\b|\b(?:withhold\w*|holding\s+(?:back|on\s+to))\s+(?:their|our|my|the|your)\s+"
                             r"(?:\w+\s+)?(?:data|files|records|backups?)\b", re.I)


def says_we_hold_their_data(text: str) -> bool:
    return bool(_DATA_HELD_SAID.search(text))


# How the client wrote, when staff say ("Vandelay emailed asking to come back"): the reply thanks them for that
_EMAILED = re.compile(r"\b(?:e-?mailed|sent\s+(?:us\s+|me\s+|\w+\s+)?an?\s+e-?mail)\b", re.I)


def says_client_emailed(text: str) -> bool:
    return bool(_EMAILED.search(text))


# "How do I tell the dentists why we're ending it": the reason, to be given to them
_TELL_WHY = re.compile(r"\b(?:tell|explain\s+to|say\s+to)\s+(?:them|him|her|the\s+\w+|\w+)\s+why\b|\bexplain\s+why\b", re.I)


def tells_them_why(text: str) -> bool:
    return bool(_TELL_WHY.search(text))


# Free work put up for a client ("a month of free quick fixes as goodwill", "2 free hours"): after the end, more work
# without an agreement, which the kind no answers
_FREE_WORK_PUT_UP = re.compile(r"\bfree\s+(?:quick\s+|small\s+|little\s+)?(?:fix(?:es)?|hours?|support|work|help|jobs?|tweaks?)\b|"
                               r"\b(?:hours?|fix(?:es)?|support|work)\s+(?:for\s+free|free\s+of\s+charge|on\s+the\s+house)\b|"
                               r"\bas\s+(?:a\s+)?goodwill\b", re.I)


def puts_up_free_work(text: str) -> bool:
    return bool(_FREE_WORK_PUT_UP.search(text))


# "honestly tempted... talk me out of it": the colleague's own pull towards the offer, answered with the case against
_OWN_TEMPTATION = re.compile(r"\b(?:honestly|really|kinda|kind\s+of|a\s+bit|a\s+little|so|i'?m|im|i\s+am)\s+tempted\b|"
                             r"\btalk\s+me\s+(?:out\s+of|into)\b", re.I)


# ("Priya's wobbling. Honestly I feel bad too. What do we do?": a doubt said beside a question, answered with it)
_WOBBLING = re.compile(r"\bwobbl\w*|\bhaving\s+(?:second\s+thoughts|doubts)\b|\b(?:i'?m|i\s+am)\s+(?:really\s+|so\s+|a\s+bit\s+|"
                       r"kind\s+of\s+|half\s+)?tempted\b", re.I)


# "Is that ok? One-line answer plus the reason": the answer is for the colleague asking, not words for the client
_ANSWER_FOR_US = re.compile(r"\?[^?]*\b(?:one|1|two|2)[- ]line\s+answer\b|\b(?:short|quick|straight|plain)\s+answer\s+(?:for|to)\s+me\b",
                            re.I)


def doubts_the_decision(text: str) -> bool:
    """A colleague feels bad about the decision, or says someone on our side is wavering."""
    return bool(_DOUBTING.search(text) or _WOBBLING.search(text))


# "Friendly please, I'm a bit nervous about this one.": how the colleague feels about making the call, which says
# nothing of what the call is about
_OWN_NERVES = re.compile(r"(?:^|(?<=[.!?,]))\s*(?:(?:and|but|tbh|honestly),?\s+)?(?:i'?m|i\s+am|im|feeling)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|"
                         r"really\s+|so\s+|pretty\s+|kinda\s+|slightly\s+)?(?:nervous|anxious|worried|scared|stressed|dreading\s+it)\b"
                         r"[^.!?]{0,40}[.!]?", re.I)


def without_own_nerves(text: str) -> str:
    """The request without a sentence about the colleague's own nerves, when something else is left."""
    rest = _OWN_NERVES.sub(" ", text).strip()
    return rest if len(rest.split()) >= 4 else text


def staff_feeling(text: str) -> str:
    """"against" when a colleague thinks the decision itself is wrong, "second_guessing" or "venting" when
    they only share how the ending feels; "" when they ask for anything to say or do."""
    if (_FROM_ABOVE.search(text) or _TEMPTED.search(text)) and _SOFTENS.search(text) \
            and (not asks_to_write(text) or _ANSWER_FOR_US.search(text)):
        return "from_above"
    if _OWN_TEMPTATION.search(text) and _SOFTENS.search(text) and not asks_to_write(text) and not _ASKS_WORDING.search(text):
        return "from_above"   # ("honestly tempted... talk me out of it": the case against; "what do I say back?" gets words)
    if _AGAINST_THE_DECISION.search(text):
        return "against"
    if _FED_UP.search(text) and strikes_back(text):
        return "venting"   # ("they were a nightmare, write something that tells them exactly that"): nothing to send
    if _ASKS_WORDING.search(text) or asks_to_write(text) or ("?" in text and client_asked(text)):
        return ""   # (a client's request passed on with a question needs an answer, however it feels)
    if _DOUBTING.search(text):
        return "second_guessing"
    # Letting off steam asks nothing; "ugh, brutal week. any good coffee nearby?" is a question about coffee, and
    # "ugh, we never moved their renewal off our account" names a job still to do.
    return "venting" if _FED_UP.search(text) and "?" not in text and not _UNFINISHED.search(text) else ""


# Anyone upset, angry or hurt in what staff describe: what a question read as "an angry client" should carry.
# ("swears they'll pay within 10 days" is a promise, not swearing)
_UPSET = re.compile(r"\b(?:upset|cr(?:y|ied|ying)|tears|tearful|angry|furious|livid|fuming|rude|yell\w*|shout\w*|scream\w*|"
                    r"insult\w*|idiot\w*|vile|abus\w*|rattled|emotional|hurt|threat\w*|swear\w*(?!\s+(?:they|that|he|she|it|we|to)\b)|mad|annoyed|frustrat\w*|"
                    r"complain\w*|unhappy|attack\w*|rant\w*|kick\w*\s+off|blew\s+up|lost\s+it|nasty|hostile|aggressive|"
                    r"sting|calm|heated|harsh|snapp\w*|awful|horrible|review\w*|lawyer\w*|sue)\b", re.I)


def describes_upset(text: str) -> bool:
    return bool(_UPSET.search(text))


# A client sad or worried rather than angry ("a long sad email about how the bakery will cope"): reassured, not calmed.
_WORRIED = re.compile(r"\b(?:sad|sadly|worried|worrie[sd]|worry\w*|anxious|scared|frightened|nervous|panick\w*|stressed|distraught|"
                      r"heartbroken|devastated|gutted|at\s+a\s+loss|overwhelmed|lost\s+without|in\s+tears|crying|cried|"
                      r"(?:go|going|will\s+go)\s+under|go\s+bust|won'?t\s+survive)\b|\bhow\s+(?:they|she|he|we|the\s+\w+)"
                      r"\s+(?:will|would|are\s+going\s+to|is\s+going\s+to)\s+(?:cope|manage|survive)\b", re.I)
_ANGRY = re.compile(r"\b(?:angry|furious|livid|fuming|rude|yell\w*|shout\w*|scream\w*|insult\w*|crooks?|idiots?|vile|abus\w*|"
                    r"threat\w*|swear\w*|mad|nasty|hostile|aggressive|lawyer\w*|sue|pathetic|disgrace\w*)\b", re.I)


# The client fears for the business itself ("says they'll go under if we leave them over the Christmas rush"): a plea
# to stay, whatever season it names.
_GOING_UNDER = re.compile(r"\b(?:go|going|will\s+go|gonna\s+go)\s+under\b|\bgo(?:ing)?\s+bust\b|\bwon'?t\s+survive\b|"
                          r"\bout\s+of\s+business\b|\bclose\s+(?:their|the|our|its)\s+doors\b", re.I)


def fears_going_under(text: str) -> bool:
    return bool(_GOING_UNDER.search(text))


def describes_anger(text: str) -> bool:
    """The client as staff describe them is angry ("the Acme owner is on hold, absolutely livid")."""
    return bool(_ANGRY.search(text))


def describes_worry(text: str) -> bool:
    """Staff describe a client who is sad or worried, not angry: the reply reassures rather than calms."""
    return bool(_WORRIED.search(text)) and not _ANGRY.search(text)


# An ex-client wanting to come back ("they want back in", "asked to re-sign"), however the router reads the rest.
_BACK_IN = re.compile(r"\bwants?\s+(?:to\s+(?:come|get)\s+)?back(?:\s+in)?\b|\b(?:come|coming)\s+back\b|\bre-?(?:sign|join|start)\b|"
                      r"\breinstat\w*|\b(?:any|a|no)\s+way\s+back\b|"   # ("Is there any way back?")
                      # "Would you consider starting over with us?", "start again with you", "give it another go"
                      r"\bstart(?:ing)?\s+(?:over|again|afresh)\s+with\s+(?:us|you)\b|\bfresh\s+start\s+with\s+(?:us|you)\b|"
                      r"\bsign\w*\s+(?:back\s+(?:up|on)|up\s+again|(?:up|on)\s+(?:again\s+)?with\s+us)\b|"   # (the new owners, signing up with us)
                      r"\btake\s+(?:them|us|\w+)\s+back\b|\bback\s+on\s+(?:board|the\s+books)\b|"
                      # "we're willing to give you lot another go. Send over a contract for January."
                      r"\bgive\s+(?:you|u)(?:\s+(?:lot|guys|all))?\s+(?:another|a\s+second)\s+(?:go|chance|shot|try)\b|"
                      r"\b(?:be|being|get|getting)\s+taken\s+back\b|"   # "asking to be taken back on their old terms"
                      # "wishes to resume its managed-services agreement with your firm under the previous terms"
                      # ("they've emailed asking to 'resume services on the previous basis'")
                      r"\b(?:resume|restore|reinstate|revive)\s+(?:(?:its|our|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|contract|"
                      r"relationship|services?|arrangement|terms)\b|"
                      # "Vandelay's MD wants to 'return on the original terms'"
                      r"\breturn(?:ing|s)?\s+(?:to\s+us\b|(?:on|under|to)\s+(?:the|our|their|its)\s+(?:original|old|previous|same|former)\s+"
                      r"(?:terms|contract|agreement|rate|deal)\b)", re.I)


# "I'm not asking to come back. I just wanted to say I'm sorry": a return ruled out by the writer
_NOT_BACK = re.compile(r"\b(?:not|n't|never)\s+(?:asking|trying|looking|wanting|hoping|here)\s+(?:you\s+)?to\s+(?:come|get)\s+back\b|"
                       # "someone will come back to them": a reply promised, not a return
                       r"\b(?:come|coming|get|getting)\s+back\s+to\s+(?:them|him|her|you)\b", re.I)


# A colleague reporting that we have changed our minds ("we've decided to give Acme another chance since they paid"):
# a reversal to check with whoever decided, never an email written on the strength of it.
_REVERSAL = re.compile(r"\bwe(?:'ve|\s+have)?\s+(?:now\s+)?decided\s+(?:to\s+)?(?:give\s+(?:them|\w+(?:\s+\w+)?)\s+(?:another|a\s+second)\s+"
                       r"chance|keep\s+(?:them|\w+(?:\s+\w+)?)(?:\s+on)?\b|let\s+(?:them|\w+)\s+stay|not\s+to\s+(?:end|drop|let\s+\w+\s+go)|"
                       r"continue\s+with\s+(?:them|\w+))|\bwe(?:'ve|\s+have)\s+changed\s+our\s+minds?\b|"
                       r"\bwe(?:'re|\s+are)\s+(?:keeping|continuing\s+with)\s+(?:them|(?-i:[A-Z])\w+)\b(?!\s+(?:informed|posted|updated))", re.I)


def reports_a_reversal(text: str) -> bool:
    return bool(_REVERSAL.search(text))


def wants_back_in(text: str) -> bool:
    return bool(_BACK_IN.search(_NOT_BACK.sub(" ", text)))


# "What's the difference between removing our access and spite?": when closing out is hygiene and when it is spite.
_SPITE_OR_HYGIENE = re.compile(r"\b(?:difference|different)\b[^.?!]{0,80}\b(?:spite|cut\w*\s+(?:them\s+)?off|switch\w*\s+off|"
                               r"remov\w*\s+our|revok\w*)|\b(?:would|does|is)\s+(?:that|it|this|\w+ing\s+(?:\w+\s+){0,3}?\w+)\s+"
                               r"(?:now\s+)?(?:count\s+as\s+|be\s+(?:seen\s+as\s+)?|considered\s+)?['\u2018\u201c]?spite", re.I)


def asks_spite_or_hygiene(text: str) -> bool:
    return bool(_SPITE_OR_HYGIENE.search(text))


def asks_to_end_call(text: str) -> bool:
    """Asks whether they may end a call or a meeting that has turned abusive ("can I hang up?")."""
    return bool(re.search(r"\bhang\s+up\b|\bend\s+(?:the|a)\s+(?:call|meeting)\b|\bput\s+the\s+phone\s+down\b|"
                          r"\bwalk\s+out\b|\bleave\s+the\s+(?:call|meeting)\b", text, re.I))


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
                             # ("should we just ignore Globex when they post now?", "ignore vandelay from now on")
                             r"\b(?:we|i|us)\s+(?:should\s+|can\s+|could\s+)?(?:just\s+)?(?:ignore|ghost|blank)\s+\w+(?:\s+\w+)?\s+(?:from\s+now|now|when|going\s+forward|altogether|for\s+good)\b|"
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


# A call or meeting ahead where the client is expected to fight the decision ("he's going to fight it") or to
# shout ("they'll kick off"): prepared for as a plea to reconsider, or as anger (never "push back the date").
_WILL = r"\b(?:going\s+to|gonna|will|'ll|expect\w*\s+(?:him|her|them)\s+to|bound\s+to|likely\s+to|about\s+to)\s+(?:\w+\s+)?"

_FIGHT_EXPECTED = re.compile(_WILL + r"(?:fight|argue|contest|challenge|resist|dispute|beg|plead|"
                             r"push\s+back(?!\s+(?:the\s+|our\s+|their\s+)?(?:\w+\s+)?(?:date|deadline|call|meeting|day)\b))\b", re.I)

_SHOUTING_EXPECTED = re.compile(_WILL + r"(?:shout|yell|scream|rant|kick\s+off|lose\s+it|go\s+off|blow\s+up|"
                                r"be\s+(?:furious|livid|angry|hostile|rude|nasty|aggressive))\b", re.I)


def expects_a_fight(text: str) -> bool:
    return bool(_FIGHT_EXPECTED.search(text))


# "a phone script, including what to say if they get upset", "They'll push back.": a calm line for it, in the script
_UPSET_ON_THE_CALL = re.compile(r"\b(?:if|when|in\s+case)\s+(?:they|he|she|the\s+client)\s+(?:gets?|becomes?|are|is)\s+(?:upset|"
                                r"angry|emotional|cross|annoyed|defensive)\b|\bif\s+(?:they|he|she)\s+push(?:es)?\s+back\b|"
                                r"\b(?:they|he|she)(?:'ll|\s+will)\s+(?:probably\s+|likely\s+|definitely\s+)?(?:push\s+back|get\s+upset|"
                                r"be\s+upset|argue)\b", re.I)


def asks_for_words_if_upset(text: str) -> bool:
    return bool(_UPSET_ON_THE_CALL.search(text))


# "calling Acme to tell them straight why we're ending it", "ring them and explain why": the reason is the call's point
_CALL_TO_SAY_WHY = re.compile(r"\b(?:tell|telling|explain|explaining|give|giving)\s+(?:them|him|her)\s+(?:straight\s+|honestly\s+|"
                              r"plainly\s+|exactly\s+)?why\b", re.I)


def calls_to_say_why(text: str) -> bool:
    return bool(_CALL_TO_SAY_WHY.search(text))


# "if acme calls up angry, what do i need to remember?": a call that may come angry
_ANGRY_CALL_IF = re.compile(r"\b(?:if|when|in\s+case)\s+(?:they|she|he|[\w-]+)\s+(?:call|calls|ring|rings|phone|phones|rang|called)"
                            r"(?:\s+(?:up|in|back|us|me))?\s+(?:angry|furious|livid|upset|shouting|yelling|fuming|raging)\b", re.I)


def expects_shouting(text: str) -> bool:
    return bool(_SHOUTING_EXPECTED.search(text) or _ANGRY_CALL_IF.search(text))


# Shouting at us that was, or may be ("called screaming at our receptionist", "he'll kick off"): a call back needs a
# polite way to end it if it starts again
_SHOUTED = re.compile(r"\b(?:shout\w*|yell\w*|scream\w*|swear\w*|abus\w*)\b", re.I)


def shouting_on_the_line(text: str) -> bool:
    return bool(_SHOUTED.search(text)) or expects_shouting(text)


# A softer story offered in place of the reason ("Is 'we're restructuring' an OK thing to tell Hooli? Feels kinder").
_COVER_STORY = re.compile(r"\b(?:kinder|nicer|softer|easier|gentler)\s+than\s+(?:saying|telling|the\s+truth|the\s+real|the\s+\w+\s+thing)\b|"
                          r"\b(?:ok|okay|fine|alright)\s+(?:thing\s+)?to\s+(?:tell|say)\b[^.?!]{0,30}\?|"
                          r"\b(?:just\s+)?(?:say|tell\s+them)\s+(?:it'?s|we'?re)\s+(?:restructur\w*|busy|changing|moving|"
                          r"refocus\w*|downsiz\w*|reorganis\w*|reorganiz\w*)\b|"
                          # "Is it ok to tell Acme it's a 'strategic realignment' instead of mentioning the payments?"
                          r"\b(?:tell|say|call)\b[^.?!]{0,30}\b(?:strategic|realign\w*|restructur\w*|refocus\w*|change\s+(?:of|in)\s+"
                          r"direction|business\s+decision|portfolio)\b[^.?!]{0,40}\binstead\b|"
                          # "tell Acme it's a 'change in our service focus' rather than bring up the invoices", "just say
                          # 'change of strategic direction' to Acme rather than bring up the payments"
                          r"\b(?:tell|say|call)\b[^.?!]{0,70}\b(?:rather\s+than|instead\s+of)\s+(?:bring(?:ing)?\s+up|mention\w*|"
                          r"rais\w*|talk\w*\s+about|go(?:ing)?\s+into|tell\w*\s+them\s+about)\b|"
                          # "I was going to say 'a change in our strategic direction' - ok??"
                          r"\b(?:going\s+to|gonna|thinking\s+of|planning\s+(?:on|to)|(?:can|could)\s+(?:i|we)\s+(?:just\s+)?)\s*(?:say|tell\s+(?:them|"
                          r"\w+))\b[^.?!]{0,40}\b(?:strategic|strategy|realign\w*|restructur\w*|refocus\w*|change\s+(?:of|in)\s+(?:our\s+)?"
                          r"(?:direction|focus|priorities)|business\s+decision|portfolio)\b", re.I)


# A client's thanks passed on by staff ("Globex emailed to say thanks for the smooth handover. 2-line reply?", "Globex's
# MD sent a lovely thank-you").
# ("Globex said thanks for the smooth handover")
_THANKS_RELAYED = re.compile(r"\b(?:emailed|wrote|messaged|rang|called|texted|said|says|posted|sent\s+(?:us\s+)?(?:a\s+)?(?:note|card|message))\b[^.?!]{0,20}?"
                             r"\b(?:to\s+)?(?:say\s+)?(?:thanks|thank\s+(?:you|us)|their\s+thanks)\b|"
                             r"\bsent\s+(?:us\s+)?(?:a|an|their)\s+(?:\w+\s+){0,2}thank[\s-]?you\b", re.I)


def relays_thanks(text: str) -> bool:
    # ("posted 'thanks for the early xmas present guys \U0001F644'": a scoff passed on, not thanks)
    return bool(_THANKS_RELAYED.search(text)) and not sarcastic(text)


# ("Hooli dropped off a thank-you card and cake")
_GIFT_SENT = re.compile(r"\b(?:sent|dropped\s+off|dropped\s+round|brought(?:\s+in)?|left)\s+(?:us\s+|the\s+team\s+)?(?:a|an|some)\s+[^.?!]{0,30}\b(?:card|mince\s+pies|cakes?|biscuits|"
                        r"chocolates?|hamper|treats?|flowers|pastries|croissants|cookies|wine|gift)\b", re.I)
_GIFTS = re.compile(r"\b(card|mince\s+pies|cakes?|biscuits|chocolates?|hamper|flowers|pastries|croissants|cookies|wine)\b", re.I)


def relays_a_gift(text: str) -> bool:
    """A card or treats sent to the team, as staff pass it on ("Hooli sent us a lovely thank-you card and mince pies")."""
    return bool(_GIFT_SENT.search(text))


_THANKS_ASKED = re.compile(r"\bthank", re.I)


# Parting words asked for ("a goodbye note", "no hard feelings", "part on good terms"): not a handover ask said kindly
_PARTING_WORDS = re.compile(r"\bthank|\bgrateful\b|\bgood-?bye\b|\bfarewell\b|\bno\s+hard\s+feelings\b|\bgood\s+terms\b|"
                            r"\bwish(?:ing)?\s+(?:them|her|him)\s+well\b|\bsend-?off\b|\bno\s+ill\s+will\b", re.I)


def asks_for_parting_words(text: str) -> bool:
    return bool(_PARTING_WORDS.search(text))


def asks_for_thanks(text: str) -> bool:
    """Asks for a thank-you ("quick thank-you message for their channel?")."""
    return bool(_THANKS_ASKED.search(text))


def gift_named(text: str) -> str:
    """The gift a colleague passes on, as a thank-you names it ("the card and the mince pies"); "" when none is named."""
    found = _GIFT_SENT.search(text)
    named = list(dict.fromkeys(" ".join(word.lower().split()) for word in _GIFTS.findall(found.group(0)))) if found else []
    return " and ".join(f"the {word}" for word in named)


def proposes_cover_story(text: str) -> bool:
    return bool(_COVER_STORY.search(text))


# A call or meeting to talk the decision over ("they want a meeting to discuss it"): only then is one mentioned.
_TALK_IT_OVER = re.compile(r"\b(?:a|another)\s+(?:call|meeting|chat|talk|sit[\s-]?down)\b|\bmeet\b|\bdiscuss\b|"
                           r"\btalk\s+(?:it\s+)?(?:over|through)\b", re.I)


def asks_to_talk_it_over(text: str) -> bool:
    return bool(_TALK_IT_OVER.search(text))


# Wanting to hit back in public: "I'd like to go in hard", "let them have it", "call them out".
_STRIKES_BACK = re.compile(r"\bgo(?:ing)?\s+in\s+hard\b|\blet\s+(?:them|him|her)\s+have\s+it\b|\b(?:tear|rip)\s+(?:them|him|her|it)\s+"
                           r"(?:apart|to\s+shreds)\b|\bcall\s+(?:them|him|her)\s+out\b|\b(?:hit|fire|clap|push)\s+back\b|"
                           r"\bput\s+(?:them|him|her)\s+in\s+(?:their|his|her)\s+place\b|\bexpose\s+(?:them|him|her|how)\b|"
                           r"\bgloves\s+(?:are\s+)?off\b|\bnot\s+(?:hold|pull)(?:ing)?\s+(?:back|punches)\b|\bburn\s+(?:them|him|her)\b|"
                           # "write me something that tells them exactly that, I'm done being nice"
                           r"\btells?\s+(?:them|him|her)\s+exactly\s+(?:that|what\s+(?:i|we)\s+think)\b|\bdone\s+being\s+nice\b|"
                           # "I want to tell Vandelay exactly what I think of them"
                           r"\btell\s+(?:[\w']+\s+){1,2}exactly\s+what\s+(?:i|we)\s+(?:really\s+)?think\b|"
                           r"\bpiece\s+of\s+(?:my|our)\s+mind\b|\bwhat\s+we\s+really\s+think\s+of\s+them\b", re.I)


def strikes_back(text: str) -> bool:
    return bool(_STRIKES_BACK.search(text))


# Colleagues who want to cut a client off early, as staff tell it ("a couple of them want to cut Acme off early"):
# the team note says no to it.
_COLLEAGUES_WANT_TO_CUT = re.compile(r"\b(?:want|wants|wanting|keen|suggest\w*|talking\s+about|planning)\s+(?:to\s+)?(?:\w+\s+)?"
                                     r"(?:cut|cutting|switch\w*|turn\w*|shut\w*|pull\w*|kill\w*|lock\w*|block\w*)\s+"
                                     r"(?:\w+\s+){0,3}?(?:off|out|down)\b|"
                                     # "suggested we 'accidentally' let Acme's backups lapse", "reckons we should slow-walk their tickets"
                                     r"\b(?:want|wants|wanting|keen|suggest\w*|reckons?|thinks?|proposed|floated|talking\s+about|planning)\b"
                                     r"[^.?!]{0,30}\b(?:let\s+(?:[\w'\u2019]+\s+){1,3}(?:lapse|expire|run\s+out)|slow[\s-]?walk\w*|"
                                     r"drag\s+(?:our|their)\s+feet|deprioriti[sz]\w*|stop\s+(?:answering|fixing|doing))\b", re.I)
# A reminder to the team to leave a client's systems alone before the last day ("do NOT touch Acme's server").
_HANDS_OFF = re.compile(r"\b(?:do\s+not|don'?t|nobody|no\s+one|never)\s+(?:is\s+to\s+|should\s+|must\s+|may\s+|gets?\s+to\s+)?(?:touch|switch|turn|cut|pull|shut|delete|wipe|"
                        r"disable|remove|power)(?:e?s)?\b", re.I)   # ("nobody touches acme's server", "do NOT power off")


def colleagues_want_to_cut(text: str) -> bool:
    return bool(_COLLEAGUES_WANT_TO_CUT.search(text))


def asks_hands_off(text: str) -> bool:
    return bool(_HANDS_OFF.search(text))


# What of ours a hands-off reminder names ("do not remove our RMM agent or admin access from Acme"): said back, so the
# team knows exactly what stays.
_OUR_THING = r"(?:rmm|monitoring|remote(?:\s+management|\s+access)?|backup|endpoint|antivirus|security)\s+(?:agents?|tools?|software)|" \
             r"(?:rmm|monitoring|backup|endpoint\s+security|antivirus)|admin\s+(?:access|accounts?)|remote\s+access|access|agents?|tools?"
_OURS_NAMED = re.compile(rf"\bour\s+({_OUR_THING})(?:\s*(?:,|or|and|&)\s*(?:our\s+)?({_OUR_THING}))?\b", re.I)


# ("nobody touches backups or access before then"): named without "our"
_LEFT_ALONE = re.compile(r"\b(?:touch\w*|remov\w*|pull\w*|chang\w*)\s+(?:the\s+)?(backups?|access|admin\s+access)\s+"
                         r"(?:or|and|&)\s+(?:the\s+)?(backups?|access|admin\s+access)\b", re.I)


def ours_named(text: str) -> str:
    """Our own tools or access a colleague's note is about, as "our RMM agent and admin access", or ""."""
    found = _OURS_NAMED.search(text)
    if not found and _LEFT_ALONE.search(text):
        return "the " + " and ".join(_LEFT_ALONE.search(text).groups())
    if not found:
        return ""
    names = [re.sub(r"\brmm\b", "RMM", part, flags=re.I) for part in found.groups() if part]
    return "our " + " and ".join(names)


# Staff who want the client told it isn't their fault ("they've been lovely", "doesn't make them feel like they did
# something wrong"): said only where the reason on record is ours (capacity).
_NO_FAULT = re.compile(r"\b(?:did|done|do)\s+(?:anything|something)\s+wrong\b|\bnot\s+their\s+fault\b|"
                       r"\b(?:they'?ve|they\s+have|they'?re|they\s+are)\s+(?:honestly\s+|really\s+|always\s+)?been\s+"
                       r"(?:lovely|great|brilliant|nice|a\s+pleasure|fantastic|wonderful)\b|"
                       r"\b(?:they'?re|they\s+are)\s+(?:honestly\s+|really\s+)?(?:lovely|great|brilliant|nice)\b|"
                       # "She was really nice about it"
                       r"\b(?:she|he|they)\s+(?:was|were)\s+(?:really\s+|so\s+|very\s+)?(?:nice|lovely|kind|gracious)\b", re.I)


def wants_no_blame(text: str) -> bool:
    return bool(_NO_FAULT.search(text))


# The client's own question, quoted or reported: "they keep asking 'did we do something wrong?'"
def asks_if_at_fault(text: str) -> bool:
    """The client asks whether they did something wrong (answered "no" where the reason is ours)."""
    return client_asks_if_at_fault(text)


# A client's story about why we ended it, told to others ("Globex are telling people we dropped them because they were
# 'too small'"): answered with the real reason, not as a request for work.
_THEIR_STORY = re.compile(r"\b(?:telling|told|saying|said|claiming|claim|posting|posted|spreading|going\s+round|"
                          r"reckon|think|thinks|convinced|story|rumou?r)\b[^.?!]{0,80}?\b(?:because|cos|coz|since|as|due\s+to|"
                          r"for\s+being)\b", re.I)


def tells_their_story_of_why(text: str) -> bool:
    return bool(_THEIR_STORY.search(text))


# "'Overload' sounds like we're blaming them": the colleague worries the reason's words put the fault on the client
_BLAME_FEARED = re.compile(r"\bsounds?\s+(?:like\s+)?(?:we'?re|we\s+are|i'?m|it'?s)?\s*(?:blaming|accusing|judging|having\s+a\s+go\s+at)\b|"
                           r"\bsounds?\s+(?:a\s+bit\s+|really\s+|too\s+|so\s+)?(?:harsh|rude|accusing|accusatory|blam\w*|judgy|"
                           r"judgmental|insulting)\b|\b(?:without|not|don'?t\s+want\s+to\s+be)\s+(?:blaming|accusing)\s+them\b|"
                           # "without it sounding like we're shaming them"
                           r"\bsound(?:s|ing)?\s+(?:like\s+)?(?:we'?re|we\s+are|i'?m)?\s*(?:shaming|lecturing|telling\s+(?:them|\w+)\s+off)\b|"
                           r"\b(?:without|not)\s+(?:shaming|lecturing)\s+them\b", re.I)


def fears_blaming(text: str) -> bool:
    return bool(_BLAME_FEARED.search(text))


# A label for the client that staff wonder about saying ("is it ok to tell Vandelay they were 'never satisfied'? feels
# harsh"): the words quoted, a few of them, asked about before they are said.
_LABEL_ASKED = re.compile(r"\b(?:is\s+it\s+(?:ok|okay|fine|alright|fair|wise)|can\s+(?:i|we)|should\s+(?:i|we)|do\s+(?:i|we)|"
                          r"would\s+it\s+be\s+(?:ok|okay|fine|wrong))\s+(?:to\s+)?(?:tell|say|call|put|write|describe)\b", re.I)
_LABEL = re.compile(r"(?:^|(?<=[\s:(]))[\u2018'\u201c\"]((?:[^'\u2019\u201d\"]|['\u2019](?=\w)){3,40})[\u2019'\u201d\"]")
# ... one that judges them, or that staff fear is harsh
_JUDGING = re.compile(r"\b(?:never|always|difficult|nightmare|demanding|greedy|needy|cheap\w*|impossible|unreasonable|toxic|"
                      r"hard\s+work|pain|problem\s+client|high[\s-]maintenance|entitled|rude|useless|lazy|clueless|chaotic|"
                      r"disorganised|disorganized|bad\s+payers?|late\s+payers?)\b", re.I)
_FEARS_HARSH = re.compile(r"\b(?:harsh|rude|mean|unfair|unkind|blunt|too\s+much|too\s+far|insulting|offensive|fair)\b", re.I)


def label_asked_about(text: str) -> str:
    """The quoted label (one to five words) when it judges them or staff fear it's harsh, or ""."""
    asked = _LABEL_ASKED.search(text)
    label = _LABEL.search(text, asked.end()) if asked else None
    if not label or len(label.group(1).split()) > 5:
        return ""
    return label.group(1).strip() if _JUDGING.search(label.group(1)) or _FEARS_HARSH.search(text[label.end():]) else ""
