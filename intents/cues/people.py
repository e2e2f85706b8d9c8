"""Who to talk to: a contact asked for, a person named or away, a reply in public, a complaint over our heads."""
from __future__ import annotations

import re

from intents.cues.words import _named

_CONTACT = re.compile(
    # "who do i send the new IT guys details to?"
    r"\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:send|give|pass|forward)\b[^.?!]{0,40}\bto\s*\?|"
    # "Who do we hand stuff over to on your side?"
    r"\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:hand|pass|give)\s+(?:[\w-]+\s+){0,3}?over\s+to\b|"
    r"\bwho\s+(?:do|should|can|could)\s+(?:i|we|they|he|she)\s+(?:even\s+|actually\s+|then\s+)?(?:talk|speak|contact|go|turn|call|ring|"
    r"phone|email|write|ask)\b|"
    # ("Castle Tech asking who to speak to at your end and by when??")
    r"\bwho\s+to\s+(?:speak|talk|write)\s+(?:to|with)\b|"
    # (in a second language: "and who I speak to?")
    r"\bwho\s+(?:i|we)\s+(?:should\s+|can\s+|must\s+)?(?:talk|speak|write|contact|call)(?:\s+(?:to|with))?\s*\?|"
    r"\bwho(?:'?s| is| are)\s+(?:our|my)\s+(?:account\s+manager|contact|point\s+of\s+contact|account\s+owner|manager)\b|"   # ("whos")
    r"\bwho(?:'s|\s+is)\s+(?:the\s+)?(?:responsible|main|contact)\s+person\b|\bwho(?:'s|\s+is)\s+responsible\s+for\s+(?:our|my|the)\s+"
    r"account\b|"
    # the account manager asked for, not merely mentioned ("your account manager told me ...")
    r"\baccount\s+manager\b(?=\s*(?:\?|$|'s\s+(?:name|e-?mail|number|details|contact)))|"
    r"\b(?:need|want|like|get|reach|call|ring|email|e-mail|contact|speak\s+(?:to|with)|talk\s+(?:to|with))\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?(?:our|my|the|your)\s+"
    r"account\s+manager\b|\b(?:speak|talk)\s+to\s+(?:someone|somebody|a\s+person|a\s+human|a\s+manager|"
    r"your\s+(?:boss|manager|director))\b|\bsomeone\s+senior\b|\bwho\s+should\s+i\s+contact\b|"
    r"\bwho\s+(?:do|should)\s+(?:i|we)\s+contact\b|\bwho\s+(?:they|he|she|we|i)\s+(?:should|can|could|need\s+to|ought\s+to)\s+"
    r"(?:talk|speak|contact|call|ring|phone|email|deal|work)\b|"
    # "Who is person I should to speak for the domain?", "who's the person we talk to about ..."
    r"\bwho(?:'s|\s+is)\s+(?:the\s+)?(?:right\s+)?person\s+(?:that\s+)?(?:i|we)\s+(?:should|can|could|must|need|have|talk|speak|"
    r"contact|call)\b|"
    # "is Priya still there? need to talk to her about something"
    r"\bis\s+(?-i:[A-Z][a-z]+)\s+still\s+(?:there|around|with\s+you|working\s+there)\b|"
    r"\b(?:need|want|have)\s+to\s+(?:talk|speak)\s+(?:to|with)\s+(?:her|him)\b|"
    # "Who at your company is handling our move? We never got a name."
    r"\bwho\s+(?:at|on|from)\s+(?:your|ur)\s+(?:company|end|side|firm|team)\s+(?:is|will\s+be)\s+(?:handling|dealing\s+with|"
    r"looking\s+after|running|in\s+charge\s+of|managing)\b|"
    # "Who should our new IT company talk to?"
    r"\bwho\s+(?:do|does|should|can|could|will)\s+(?:our|my|the|their)\s+(?:[\w-]+\s+){0,3}?(?:talk|speak|deal|work)\s+"
    r"(?:to|with)\b|"
    # "who should our new IT company get in touch with when we pick one?"
    r"\bwho\s+(?:do|does|should|can|could|will)\s+(?:our|my|the|their)\s+(?:[\w-]+\s+){0,3}?(?:get\s+in\s+touch|contact|call|"
    r"ring|email)\b", re.I)
_CONTACT_BY_NAME = re.compile(r"\b(?:[Ss]peak|[Tt]alk)\s+(?:to|with)\s+[A-Z][a-z]+")


def asks_for_contact(text: str) -> bool:
    return bool(_CONTACT.search(text) or _CONTACT_BY_NAME.search(text))


_IN_PUBLIC = re.compile(
    r"\b(?:left|posted|wrote|written|put\s+up|published)\b[^.?!]{0,40}\breviews?\b|"
    r"\breviews?\b[^.?!]{0,20}\b(?:is|went)\s+(?:up|live|online)\b|"
    r"\b(?:respond|reply|answer|post|write|say)\w*\s+(?:back\s+)?(?:to\s+(?:it|that|them)\s+)?(?:publicly|in\s+public)\b|"
    r"\b(?:posted|wrote|said|commented)\s+(?:\w+\s+){0,2}(?:on|in)\s+(?:our\s+|their\s+|the\s+)?(?:linkedin|facebook|fb|twitter|x|google|"
    r"instagram|reddit|a\s+forum|yelp)\b|"
    r"\bpublic(?:ly)?\s+(?:reply|response|answer)\b|\b(?:linkedin|public)\s+(?:reply|response|comment|post)\b|"
    # "write the google review reply for Vandelay"
    r"\b(?:google|yelp|trustpilot|facebook|online)?\s*review\s+(?:reply|response)\b|"
    r"\b(?:reply|respond|comment)\w*\s+on\s+linkedin\b|\bsomething\s+public\b|"
    # ("a reply to Vandelay's 1 star google review")
    r"\b(?:reply|respond|answer|response)\w*\s+(?:to|under)\s+(?:the|their|a|this|that|her|his|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}"
    r"reviews?\b", re.I)


def answers_in_public(text: str) -> bool:
    """The reply wanted is one to post in public, under a review that is already up."""
    return bool(_IN_PUBLIC.search(text))


_AWAY = r"(?:'s|\s+is|\s+was|\s+will\s+be|\s+has\s+been)?\s+(?:out|off|away|on\s+(?:leave|holiday|vacation|pto)|" \
        r"sick|ill|unavailable|not\s+(?:in|around|here|available))\b"


def is_away(text: str, person: str) -> bool:
    """The message says this person (by full or first name) is out, off or away."""
    names = [" ".join(person.split())]
    if names[0] and len(names[0].split(" ")[0]) > 2:
        names.append(names[0].split(" ")[0])
    names = [n for n in names if n]
    return any(re.search(rf"\b{re.escape(name)}{_AWAY}", text, re.I) for name in names)


def asks_if_still_there(text: str, person: str) -> bool:
    """The client asks whether this person (by full or first name) is still with us ("is priya still around?")."""
    first = person.split()[0] if person.split() else ""
    if len(first) < 3:
        return False
    return bool(re.search(rf"\b(?:is|'s)\s+{re.escape(first)}(?:\s+\w+)?\s+still\s+(?:around|there|here|with\s+you|at|working|"
                          rf"about|in\s+charge|our\s+contact|looking\s+after)\b|\b{re.escape(first)}\s+still\s+(?:around|there|"
                          rf"with\s+you)\s*\?", text, re.I))


_ABOUT_US = re.compile(r"\b(?:we|we're|we've|we'll|our|ours|us|you|your|yours|you're|you've|you'll|u|ur|guys|"
                       r"y'all|this|that|all\s+this|handover|hand\s+over|support\w*|contract\w*|agreement|notice)\b",
                       re.I)


def refers_to_us(text: str) -> bool:
    """Speaks of us, them or the matter in hand ("who should we talk to about all this?"), as an
    everyday request does not ("who do I call to report my card lost?")."""
    return bool(_ABOUT_US.search(text))


_FILLER = re.compile(r"\b(?:now|then|please|pls|here|there|today|about\s+(?:this|it|that)|to|with|exactly|actually|"
                     r"then|so|ok|okay)\b|[^\w\s]", re.I)


def asks_for_contact_here(text: str, names: tuple[str, ...] = ()) -> bool:
    """A who-to-talk-to question that is about us: it speaks of us, names someone of ours or theirs,
    or is nothing but the question ("who do I talk to?"), unlike an everyday request that goes on to
    say what it is for ("who do I call to report my card lost?")."""
    if not asks_for_contact(text):
        return False
    if refers_to_us(text) or any(_named(text, name) for name in names):
        return True
    rest = _FILLER.sub(" ", _CONTACT_BY_NAME.sub(" ", _CONTACT.sub(" ", text)))
    return len(rest.split()) <= 1


_TO_MANAGEMENT = re.compile(
    r"\bformal(?:ly)?\s+complain\w*|\bformal\s+(?:complaint|grievance)\b|\b(?:complain\w*|complaint|escalat\w*|writ\w*|"
    # ("in writing for my board": their own board wants the answer; ours is complained to)
    # ("I am writing as the owner of the practice": who is writing, not whom it is taken to; "the complaint our practice
    # manager made": their own manager's)
    r"tak\w*\s+(?:this|it))\b[^.?!]{0,40}\b(?<!my )(?<!our )(?<!as )(?<!as the )(?<!as a )(?<!as an )(?<!practice )(?<!office )(?:director|directors|ceo|md|managing\s+director|management|board|owner|"
    r"boss|head\s+office|senior\s+management|manager)\b", re.I)


# Who is writing, named with a role of theirs ("I am writing as practice manager of Acme Dental"): not whom it is taken to.
_WRITER_ROLE = re.compile(r"\b(?:writing|write|speaking)\s+as\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:manager|director|owner|md|ceo|boss)\b", re.I)


def complains_to_management(text: str) -> bool:
    """A formal complaint, or one taken to our director or management."""
    return bool(_TO_MANAGEMENT.search(_WRITER_ROLE.sub(" ", text)))


# Whether others are being let go too ("Are you dropping other clients too or is it just us?"): other clients' affairs
# are never discussed.
# ("I've sent you three other businesses": referrals of theirs, not a question about anyone else)
_OTHERS_TOO = re.compile(r"(?<!sent\syou\s)(?<!referred\s)\b(?<!\d\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!several\s)"
                         r"(?:other|any\s+other|more)\s+(?:clients|customers|companies|businesses|practices)\b|\banyone\s+else\b|"
                         r"\b(?:just|only)\s+us\b|\bthe\s+only\s+ones?\b", re.I)


def asks_about_other_clients(text: str) -> bool:
    return bool(_OTHERS_TOO.search(text))


# "who do we ring now if the server falls over?": who fixes things now, not who to talk to about the ending
_SOMETHING_BREAKS = re.compile(r"\b(?:breaks?|broke|broken|falls?\s+over|goes?\s+down|go\s+down|stops?\s+working|fails?|"
                               r"crash\w*|goes?\s+wrong|problems?|issues?|it\s+(?:help|support|problems?|stuff|things|questions?)|fix\w*|tech\s+support|"
                               r"for\s+(?:our\s+)?(?-i:IT)|for\s+(?:our\s+)?(?:support|help)\s+now|"   # ("who do we call for IT/support now?")
                               r"(?:call|ring|phone|contact)\s+now)\b", re.I)   # ("ok so who do we even call now")


def asks_who_fixes(text: str) -> bool:
    return asks_for_contact(text) and bool(_SOMETHING_BREAKS.search(text))

