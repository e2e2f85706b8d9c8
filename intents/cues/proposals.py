"""In a staff message: a move we would make (holding back, an unsafe shortcut) or what the client said, passed on."""
from __future__ import annotations

import re

_CLIENT_RAISED = re.compile(r"\b(?:asked|asks|asking|think|thinks|thought|said|says|suggested|suggests|wonder\w*|"
                            r"reckons?|want\s+to\s+know|wants\s+to\s+know|convinced|assume[sd]?|claim\w*|accus\w*)\b", re.I)


def client_raised(text: str) -> bool:
    """A staff message reports what the client said or thinks ("Hooli asked if it's because they
    paid late"), as opposed to staff trying out a wording of their own ("can I tell Hooli it's that?")."""
    return bool(_CLIENT_RAISED.search(text))


# Staff proposing something we would do, as opposed to reporting what the client asked or said.
_OUR_MOVE = re.compile(
    r"(?:^|[.?!;:\-–]\s*|\b(?:so|and|but|then)\s+)(?:can|could|should|shall|may)\s+(?:we|i)\s+(?:just\s+|still\s+|not\s+)?"
    r"(?:offer|give|extend|let|keep|propose|allow|deprioriti[sz]e|de-prioriti[sz]e|slow|ignore|stop|shut|switch|turn|cut|"
    r"revoke|remove|delete|disable|charge|bill|waive|drop|skip|hold|put|leave)\b|"
    r"\bwhat\s+if\s+we\s+(?:offer|offered|give|gave|let|extend|extended|kept|keep)\b|\bhow\s+about\s+(?:we|offering|giving)\b",
    re.I)
_REPORTED = re.compile(r"\b(?:asked|asks|asking|wants?|wanted|requested|requests|begg\w*|pleaded|offered|offers|emailed|"
                       r"rang|called|says?|said|sent|raised|logged|opened)\b", re.I)
_YES_OR_NO = re.compile(
    r"(?:^|[.?!;:,\-–\u2014]\s*|\b(?:so|and|but|then)\s+)(?:should|shall|can|could|may|must|do|would)(?:n'?t|'t)?\s+(?:i|we)\b"
    r"(?!\s+(?:have|know)\b)|"
    r"\b(?:is|would)\s+(?:it|that|this)\s+(?:be\s+)?(?:ok|okay|fine|alright|wise|worth|reasonable|fair|allowed|acceptable)\b|"
    r"\bok(?:ay)?\s+to\b|\bworth\s+(?:a|an|the)\s+(?:conversation|chat|call|meeting|talk|look|discussion|listen)\b|(?:^|[.?!;:,]\s*)(?:is\s+it\s+)?(?:fine|alright|all\s+right)\s+to\s+\w+[^.?!]{0,30}\?|\bnot\s+sure\s+(?:if|whether)\s+(?:i|we)\s+(?:must|should|can|have\s+to)\b|"
    r"\b(?:ignore|reply|respond|answer)\s+or\s+"
    r"(?:ignore|reply|respond|answer)\b|(?:^|[.?!]\s*)(?:yes|no|ok|okay|thoughts)\s*\?|\byes\s+or\s+no\b|\byes\s*/\s*no\b|\bworth\s+it\b|"
    r"(?:^|[.?!]\s*)(?:a\s+)?(?:good|bad)\s+idea\s*\?|"
    # "they just paid every overdue invoice. does that change anything?"
    r"\b(?:does|would|could|will|should)\s+(?:that|this|it)\s+change\s+(?:anything|things|the\s+(?:decision|plan)|our\s+(?:decision|mind))\b",
    re.I)
# Doing less for a client in notice: "limit their support", "support is reduced over the holidays".
LIMITED_SUPPORT = (r"(?:limit\w*|reduc\w*|scal\w*\s+back|cut\w*\s+back|ration\w*)\s+(?:\w+\s+){0,2}(?:support|service|help|cover)|"
                   r"slow[\s-]?walk\w*|drag\w*\s+(?:our|my)\s+feet|take\s+our\s+time\s+(?:on|with)|won'?t[\s-]+fix|"
                   r"pay\w*\s+(?:up\s*front|in\s+advance|first|before\s+(?:we|any|each|every))|"
                   r"(?:support|service|cover)\s+(?:is\s+|will\s+be\s+)?(?:limited|reduced|restricted)")
_HOLDS_BACK = re.compile(
    r"\b(?:de-?prioriti[sz]\w*|(?<!\bis\s)(?<!\bare\s)(?<!'s\s)(?<!\bso\s)(?<!\btoo\s)(?<!\bbeen\s)(?<!\bwas\s)slow\w*(?:\s+(?:down|walk))?(?!\s+(?:payers?|paying|to\s+pay|payments?|(?:in|at|with|on)\s+(?:paying|payments?|invoices)))|ignor\w*|hold\s+off|on\s+hold|back\s+burner|bottom\s+of\s+the\s+"
    r"(?:queue|pile|list)|skip\w*|bare\s+minimum|minimum|less\s+(?:effort|time|priority)|stop(?:ped|ping|s)?\s+(?:answering|replying|helping|"
    r"supporting|working|responding|picking\s+up|taking|doing|handling|looking\s+at|(?:their\s+|the\s+|all\s+)?tickets)|not\s+bother|let\s+\w+\s+wait|put\s+(?:them|it|\w+)\s+last|"
    r"let\s+(?:it|them|\w+)\s+(?:lapse|expire|run\s+out|die)|just\s+(?:leave|drop)\s+it|"
    r"(?:just\s+)?close\s+(?:them|their\s+tickets|the\s+tickets|all\s+(?:of\s+)?(?:them|their\s+tickets))(?:\s+all)?|"
    + LIMITED_SUPPORT + r")\b", re.I)


def reports_a_request(text: str) -> bool:
    """Passes on what the client asked, wanted, offered or sent ("Hooli asked...", "they emailed")."""
    return bool(_REPORTED.search(text))


def proposes_our_move(text: str) -> bool:
    """A staff member proposes something we would do ("can we offer them an extension?", "can I
    deprioritise their tickets?"), rather than passing on what the client asked for."""
    return bool(_OUR_MOVE.search(text)) and not _REPORTED.search(text)


_JUDGED = re.compile(r"\b(?:spite\w*|petty|mean|rude|wrong|bad\s+form|unprofessional|count\s+as|considered|weird|"
                     r"too\s+(?:harsh|soft|much|early|late|close))\b", re.I)

# "Now or on the 21st?", "to Castle Tech or to Hooli?": a choice between two, which no "Yes" answers.
_EITHER_OR = re.compile(r"\b(?!(?:reply|ignore|respond|answer)\b)\w+\s+or\s+(?!(?:not|no|what|anything|something|just|is|are|was|"
                        r"were|does|do|did|would|will|should|can|am|it|that|this|reply|ignore|respond|answer)\b)\w+[^.?!]{0,40}\?",
                        re.I)


def asks_yes_or_no(text: str) -> bool:
    """Asks whether to do something ("should I book it?", "ignore or reply?", "yes?"), wanting a plain answer.
    Not when it asks for a judgement of the move ("is that spite?", "too close?"): a stock "Yes"/"No" would
    answer the move, not the judgement, and read backwards."""
    return bool(_YES_OR_NO.search(text)) and not _JUDGED.search(text) and not _EITHER_OR.search(text)


# A caller put on hold while a colleague finds the words is waiting on the phone, not having work held back.
_CALLER_ON_HOLD = re.compile(r"\b(?:put|have|got|left|placed)\s+(?:them|him|her|the\s+caller|\w+)\s+on\s+hold\b(?=[^?]*"
                             r"\b(?:phone|call|script|line|say)\b)|\bon\s+the\s+line\b[^.?!]{0,80}\bon\s+hold\b|"
                             # "Vandelay's director is on hold right now"
                             r"\b(?:is|are|'s|'re)\s+on\s+hold\b", re.I)

# "They keep ignoring it": the client ignoring us is no move of ours.
_THEY_IGNORE = re.compile(r"\b(?:they|he|she|the\s+client|the\s+owner)(?:'re|\s+are|\s+is|\s+keeps?|\s+kept|\s+have\s+been|'ve|"
                          r"\s+have|'d|\s+had|'s|\s+has|"
                          r"\s+just|\s+still)*\s+ignor\w*", re.I)


# "a nasty google review. reply or ignore?": whether to answer a review, not support held back
_REVIEW_IGNORED = re.compile(r"\b(?:reply|respond|answer)\s+or\s+ignore\b|\bignore\s+or\s+(?:reply|respond|answer)\b|"
                             r"\bignore\s+(?:the|their|this|that|it)\s*(?:review|post|comment)?\b(?=[^.?!]*\breview)", re.I)


_END_TOLD = re.compile(r"\bwe(?:'ve|\s+have)?\s+(?:now\s+|already\s+)?stopped\s+supporting\b|\b(?:won'?t|will\s+not)\s+be\s+taking\s+(?:any\s+)?"
                       r"(?:further|more|new)\s+(?:support\s+)?requests\b", re.I)


_THEY_PAY_AHEAD = re.compile(r"\b(?:they|he|she|(?-i:[A-Z])\w+)(?:'ll|\s+will|\s+would|'d|\s+can|\s+could|\s+want\s+to|\s+offer(?:ed|s)?\s+to|(?=\s+pay))"
                             r"\s+(?:even\s+|happily\s+)?pay\w*\s+(?:up\s*front|in\s+advance)\b|\boffer\w*\s+to\s+pay\w*\s+(?:up\s*front|in\s+advance)\b|"
                             # ("very apologetic ... promising to pay upfront from now on")
                             r"\b(?:promis\w*|willing|happy|agree\w*)\s+to\s+pay\w*\s+(?:up\s*front|in\s+advance)\b",
                             re.I)


def without_their_offer_to_pay_ahead(text: str) -> str:
    """The text without the client's own offer to pay ahead ("they'll pay upfront"), which is no terms of ours."""
    return _THEY_PAY_AHEAD.sub(" ", text)


def holds_back(text: str) -> bool:
    """Proposes doing less for the client: deprioritising, slowing down, ignoring, stopping."""
    # ("remind them when we stop supporting them", "confirming the date we stopped supporting them": the last day, named,
    # not a proposal to do less)
    # ("a reminder that we stop supporting them soon": the end, told)
    # ("an SMS reminding them we stop supporting them Monday": the same)
    text = re.sub(r"\b(?:when|the\s+day|the\s+date|what\s+day|the\s+date\s+that|reminder\s+that|"
                  r"remind\w*(?:\s+(?:them|him|her|the\s+client))?(?:\s+that)?)\s+(?:we|you)\s+stop(?:ped)?\s+supporting\b", " ", text,
                  flags=re.I)
    # ("confirming we've stopped supporting them and won't be taking further requests": the end that came, told)
    text = _END_TOLD.sub(" ", text)
    text = without_their_offer_to_pay_ahead(text)   # ("they'll pay upfront for 6 months if we keep them": their offer, not our terms)
    text = re.sub(r"(?<=\s)['\"\u2018\u201c](?=\w)", "", text)   # ("because BrightPath is 'slow'": theirs, quoted)
    # ("they complained about slow response times": what the client said of us, not a move of ours)
    text = re.sub(r"\bcomplain\w*\s+(?:about|of|that)\s+[^.?!]{0,60}", " ", text, flags=re.I)
    return bool(_HOLDS_BACK.search(_REVIEW_IGNORED.sub(" ", _THEY_IGNORE.sub(" ", _CALLER_ON_HOLD.sub(" ", text)))))


# ("just the key date": the adjective, no secret)
_SECRETS = re.compile(r"\b(?:pass(?:words?|wd|phrases?|codes?)|pwd?s?|psk|pins?|creds|credentials?|log-?ins?|"
                      r"keys?(?!\s+(?:dates?|points?|facts?|info|details|messages?|steps?|things?|deadlines?|contacts?|people))|"
                      r"secrets?|mfa|2fa|"
                      r"admin\s+(?:account|access|details))\b", re.I)
_PLAIN_CHANNEL = re.compile(
    r"\b(?:paste\w*|sms|whatsapp|read\w*\s+(?:it\s+|them\s+)?out|text\s+(?:it|them)|"
    r"(?:over|by|via|in|through|on)\s+(?:plain\s+|an?\s+)?(?:e-?mail|mail|teams|slack|chat|texts?|sms|whatsapp)|"
    # ("asking for all Hooli admin passwords by reply. Ok to just send them?")
    r"by\s+(?:return|reply)|"
    # "their admin passwords dropped into their Slack channel"
    r"(?:dropped|dumped|posted|put|stuck|popped|pasted)\s+(?:in|into|on)\s+(?:their|the|our|a)\s+(?:shared\s+)?"
    r"(?:slack|teams|channel|chat|thread)|"
    # ("BrightPath emailed asking for the key": how they asked, not how we'd send it)
    r"(?:over|by|via|through)\s+(?:the\s+)?phone|e-?mailed(?!\s+(?:us|me|in|asking|to\s+ask|about|again|saying|that)\b)|"
    r"gmail|hotmail|yahoo|icloud|"
    r"e-?mail\s+(?:it|them|the\s+\w+)\s+(?:to|over)|just\s+e-?mail|"
    # "Is it fine to email Acme their backup encryption key?"
    # ("BrightPath are asking us to email them Globex's backup encryption keys")
    r"e-?mail\s+(?:\w+\s+){0,2}(?:their|the|our|his|her|\w+'s)\s+(?:[\w-]+\s+){0,3}(?:keys?|passwords?|logins?|credentials)|"
    r"(?:to|on|at)\s+(?:his|her|their|a|my)\s+(?:personal\s+)?(?:gmail|hotmail|yahoo|icloud|private\s+e-?mail)|"
    # "send Acme their admin passwords as an excel attachment"
    r"(?:as|in)\s+(?:an?\s+)?(?:excel|spreadsheet|csv|xlsx|word\s+doc\w*|pdf|attachment|attached\s+file)|excel|spreadsheet)\b", re.I)
_CONFIG = re.compile(r"\b(?:config\w*|exports?|backups?|network\s+diagrams?)\b", re.I)
_DESTROY = re.compile(r"\b(?:delet\w*|wip\w*|destroy\w*|purg\w*|eras\w*|shred\w*|get\s+rid\s+of|bin|"
                      r"clear\w*(?=\s+(?:\w+'?s?\s+){0,3}?(?:data|backups?|files|archives?|mailbox\w*)\b)|"
                      r"trash(?!\s+(?:us|you|me|our|the\s+firm|talk\w*)\b))\b", re.I)
_THEIR_DATA = re.compile(r"\b(?:data|backups?|files|mailbox\w*|archives?|e-?mails|documents|records|shares|vms?(?!\s+script)|"
                         r"virtual\s+machines?|databases?|"
                         # what holds their data: "the Vandelay client folder", "their Synology in our rack"
                         r"folders?|nas|synology|qnap|storage|drives?|disks?|sharepoint|onedrive|dropbox|servers?)\b", re.I)
_WITHHOLD = re.compile(r"\b(?:hold\w*|keep\w*(?!\s+(?:them|us|you|u|him|her|\w+)\s+on\b)|withhold\w*|sit\s+on|hang\s+on\s*to|"
                       r"paus\w*|freez\w*|halt\w*|suspend\w*)\b"
                       r".{0,60}?\b(?:until|till|unless|"
                       r"before)\b.{0,40}?\b(?:pay\w*|paid|settle\w*|invoices?|balance|owe\w*)\b|"
                       # "'forget' to hand over the network docs", "hold back their diagrams"
                       r"\b(?:conveniently\s+)?(?:forget|lose|misplace)\W{0,2}\s+(?:to\s+)?(?:hand|send|give|pass|include)\w*|"
                       r"\b(?:give|hand|send|release)\w*\s+(?:them\s+)?.{0,50}?\b(?:before|until|unless)\s+(?:they\s+|it'?s\s+)?"
                       r"(?:settle\w*|pa(?:y|id)\w*)\b|\bleverage\b|"
                       r"\b(?:hold\s+back|not\s+(?:hand|send|give)\w*(?:\s+over)?|never\s+(?:hand|send|give)\w*(?:\s+over)?)\s+"
                       r"(?:the|their|any|our)\s+(?:\w+\s+)?(?:docs|documentation|diagrams|passwords|data|backups|keys|files)\b",
                       re.I | re.S)

_UNVERIFIED = re.compile(
    r"\b(?:say(?:s|ing)?|claim(?:s|ing)?)\s+(?:they(?:'re|\s+are)|he(?:'s|\s+is)|she(?:'s|\s+is)|to\s+be)\b|"
    r"\b(?:not|nobody|no\s*one|none)\s+(?:is\s+)?on\s+(?:record|file)\b|\bdon'?t\s+have\s+(?:anyone|anybody|them|a\s+new\s+"
    r"provider|a\s+provider)\s+on\s+(?:record|file)\b|\bunverified\b|\bnever\s+heard\s+of\b|\bsome\s+(?:guy|one|company)\b",
    re.I)

# Work for a client we've let go outside any agreement: "on the side", "off the books", cash in hand.
_SIDE_WORK = re.compile(r"\b(?:on\s+the\s+side|off\s+the\s+books|cash\s+in\s+hand|under\s+the\s+table|as\s+a\s+personal\s+favou?r|"
                        r"moonlight\w*|in\s+my\s+own\s+time|on\s+the\s+(?:quiet|q\.?t\.?|sly)|unofficially|quietly\s+(?:keep|carry\s+on|help|fix)\w*)\b",
                        re.I)
# Changing the client's own passwords or locking them out of their systems before they hold control.
_LOCK_OUT = re.compile(r"\b(?:chang\w*|reset\w*|rotat\w*|lock\w*|revok\w*|disabl\w*)\s+(?:\w+\s+){0,2}?(?:their|the\s+client'?s|"
                       r"a\s+client'?s|client)\s+(?:\w+\s+)?(?:admin\s+)?(?:pass(?:words?|wds?)|logins?|accounts?|access)\b|"
                       r"\block\s+(?:them|\w+)\s+out\b|"
                       # anyone's passwords changed "so they can't ..." or before their last day
                       r"\b(?:chang|reset|rotat|revok|disabl)\w*\s+[^.?!]{0,40}\b(?:pass(?:words?|wds?)|logins?|accounts?|access)\b"
                       r"[^.?!]{0,60}\b(?:so\s+(?:that\s+)?(?:they|he|she)\s+(?:can'?t|cannot|won'?t)|before\s+(?:their|the)\s+"
                       r"(?:last|end|final)\b)", re.I)

# Switching off or suspending something of theirs (licences, mail, services), typically to press for payment.
_SUSPEND = re.compile(r"\b(?:suspend\w*|paus\w*|disabl\w*|switch\w*\s+off|turn\w*\s+off|shut\w*\s+(?:off|down)|power\w*\s+(?:off|down)|cut\w*\s+off|"
                      r"pull\w*\s+the\s+plug\s+on)\s+"
                      r"(?:\w+'?s?\s+){0,3}?(?:(?:m365|o365|microsoft(?:\s+365)?|office(?:\s+365)?)\s+)?(?:licen[cs]\w*|subscriptions?|"
                      r"mail\w*|e-?mail|services?|internet|phones?|voip|accounts?|tenant|seats?|servers?|backups?|firewall|network|wi-?fi|systems?|"
                      r"websites?|pcs|computers)\b", re.I)
# ... and with the thing between the verb and "off": "switch their server off now", "turn the wifi off"
_SUSPEND_SPLIT = re.compile(r"\b(?:switch|turn|shut|cut)\w*\s+(?:\w+'?s?\s+){0,3}?(?:(?:m365|o365|microsoft(?:\s+365)?|"
                            r"office(?:\s+365)?)\s+)?(?:licen[cs]\w*|subscriptions?|mail\w*|e-?mail|services?|internet|phones?|"
                            r"voip|accounts?|tenant|servers?|backups?|firewall|network|wi-?fi|systems?|websites?|pcs|computers)\s+off\b",
                            re.I)
# ... or killed: "Can we kill Hooli's VPN accounts now?" (their accounts and access, not our own backup jobs or agents)
_KILL_THEIRS = re.compile(r"\b(?:kill|nuke)(?:s|ed|ing)?\s+(?:\w+'?s?\s+){0,3}?(?:accounts?|logins?|access|e-?mail|mail(?:box(?:es)?)?|"
                          r"licen[cs]\w*|subscriptions?|tenant)\b", re.I)
# ... or the client itself: "Can we just cut them off now?"
_CUT_THEM_OFF = re.compile(r"\b(?:cut|switch|shut)\s+(?:them|(?-i:[A-Z])[\w-]+)\s+off\s+(?:now|today|right\s+now|straight\s+away|"
                           r"immediately)\b", re.I)
# A parting shot: a gloating email, or a story about the client posted in public, even "anonymised".
_PARTING_SHOT = re.compile(
    # a list of every grievance sent to them or their board, or posted
    r"\b(?:list|summary|catalogue|rundown|lay\w*\s+out|spell\w*\s+out)\s+(?:of\s+)?(?:every|all)\s+(?:the\s+)?(?:\w+[\s-]+){0,3}?"
    r"(?:things?|requests?|mistakes?|complaints?|issues?|problems?)\b|"
    r"\btold\s+(?:you|ya)\s+so\b|\bgloat\w*|"
    # "I want the Acme email to sting a bit ... write it so they actually feel it"
    r"\b(?:to|it|that)\s+sting\b|\bso\s+(?:that\s+)?they\s+(?:actually\s+|really\s+)?feel\s+it\b|"
    # a dig proposed for the letter ("can I put 'perhaps now you'll learn to pay your bills'?")
    r"\b(?:now\s+)?(?:you|they)'?(?:ll|\s+will)\s+learn\b|\blearn\s+to\s+pay\b|\bnext\s+time\s+(?:try\s+)?(?:to\s+)?pay(?:ing)?\s+on\s+time\b|"
    r"\bgood\s+riddance\b|\bserves?\s+(?:you|them)\s+right\b|\bdon'?t\s+let\s+the\s+door\b|"
    r"\b(?:they|you)'?(?:ll|\s+will)\s+regret\b|\bbunch\s+of\s+(?:clowns|idiots|amateurs|cowboys|muppets)\b|"
    # "can I tell them what I really think? they're gone anyway"
    r"\btells?\s+(?:them|him|her|\w+)\s+(?:exactly\s+)?what\s+(?:i|we)\s+(?:really\s+|actually\s+|honestly\s+)?think\b|"
    r"\bgive\s+(?:them|him|her)\s+a\s+piece\s+of\s+(?:my|our)\s+mind\b|"
    # "telling them exactly what it was like dealing with them. They deserve to hear it."
    r"\btell\w*\s+(?:them|him|her|\w+)\s+(?:exactly\s+|just\s+)?what\s+(?:it\s+was|it'?s)\s+(?:really\s+)?like\s+(?:dealing|working)\s+"
    r"with\b|\b(?:they|he|she)\s+deserve[sd]?\s+to\s+(?:hear|know)\s+(?:it|the\s+truth|how)\b|"
    # "telling them they were the worst client we've ever had"
    r"\b(?:(?:they|you)\s+(?:were|are)|(?:was|is)\s+the)\s+(?:the\s+)?(?:worst|most\s+(?:difficult|annoying|demanding|"
    r"awful|horrible))\s+clients?\b|\bbrutally\s+honest\b[^.?!]{0,60}\b(?:worst|terrible|awful|nightmare|useless)\b|\brub\w*\s+it\s+in\b|\bclients?\s+from\s+hell\b|\bget\s+(?:the\s+)?last\s+word\b|"
    r"\b(?:story|post|thread|rant|write-?up|meme|video)\s+about\b[^.?!]{0,60}\b(?:linkedin|twitter|facebook|reddit|tiktok|"
    r"social(?:\s+media)?|blog|online|publicly|in\s+public)\b|"
    r"\b(?:linkedin|twitter|facebook|reddit|tiktok|blog)\s+(?:post|story|thread|rant)\s+about\b|"
    # "tempted to post on LinkedIn that we finally got rid of Vandelay"
    r"\b(?:post|tweet|write|share)\w*\s+(?:it\s+)?(?:on|to)\s+(?:linkedin|twitter|facebook|reddit|tiktok|social(?:\s+media)?|our\s+blog|"
    r"the\s+blog)\b[^.?!]{0,40}\b(?:got\s+rid|rid\s+of|dropped|fired|dumped|ditched|let\s+(?:\w+\s+)?go|good\s+enough|finally)\b|"
    # a public post that we let clients go, however upbeat ("a LinkedIn post saying we've parted ways with Globex")
    r"\b(?:linkedin|twitter|facebook|blog|social(?:\s+media)?|public)\s+(?:post|update|announcement)\b[^.?!]{0,60}\b(?:parted\s+ways|parting\s+ways|"
    r"dropped|let\s+(?:\w+\s+)?go|ended\s+(?:things|with)|cleaned\s+house|fired|no\s+longer\s+work|moved\s+on|"
    r"(?:said\s+)?goodbye\s+to|offboarded|cut\s+ties)\b|"
    # mockery asked for ("a sarcastic goodbye to Vandelay", "something funny for #random about finally being rid of them")
    r"\b(?:sarcastic|snarky|passive[\s-]aggressive|mocking|cheeky)\s+(?:\w+\s+){0,2}?(?:goodbye|farewell|reply|email|note|"
    r"message|post|send-?off|letter)\b|\b(?:funny|joke|jokey|meme)\b[^.?!]{0,60}\b(?:rid\s+of|see\s+the\s+back\s+of|"
    r"glad\s+(?:they'?re|to\s+see\s+them)\s+gone)\b|\broast\s+(?:them|\w+)\b|"
    # named to other firms as a client to avoid
    r"\bname\s+and\s+shame\b|\bclients?\s+to\s+avoid\b|\bblacklist\w*\b|\bwarn\s+(?:the\s+)?other\s+(?:msps?|providers?|firms?|shops)\b|"
    r"\b(?:post|name|list)\w*\s+(?:them|\w+)\s+(?:on|in)\s+(?:the|a|our)\s+(?:\w+\s+){0,2}(?:forum|group|community|subreddit|discord)\b",
    re.I)
# A made-up reason offered to spare feelings: "can I just say it's a restructuring?".
_PRETEXT = re.compile(r"\b(?:restructur\w*|reorgani[sz]\w*|downsiz\w*|refocus\w*|change\s+(?:in|of)\s+(?:our\s+)?(?:strategy|direction|focus)|"
                      r"new\s+direction|white\s+lie|cover\s+story|made?[\s-]up\s+(?:a\s+)?reason|make\s+(?:something|a\s+reason)\s+up|"
                      r"fake\s+reason|pretend\w*)\b", re.I)
# "the real reason is that they're a massive pain": how they were to work with, given as the reason.
_RUDE_REASON = re.compile(r"\b(?:pain|nightmare|annoying|headache|jerks?|idiots?|impossible|awful|unbearable|clowns?)\b|"
                          # "'you were never happy with anything we did'": the reason turned into blame, said to them
                          r"\byou\s+(?:were|are|'re|have\s+been)\s+never\s+(?:happy|satisfied|pleased)\b|\bnothing\s+(?:we\s+did\s+)?"
                          r"(?:was|is)\s+ever\s+good\s+enough\b|\bimpossible\s+to\s+please\b", re.I)
_PROPOSED = re.compile(r"\b(?:can|could|should|shall|may)\s+(?:i|we)\b|\bis\s+it\s+(?:ok|okay|fine|alright)\b|\bok(?:ay)?\s+to\b|"
                       r"\bjust\s+(?:tell|say)\b|"
                       # "Can you word it as 'we're restructuring our client base' instead?"
                       r"\b(?:word|phrase|put|frame|say)\s+it\s+as\b|\binstead\s*\?", re.I)

# Letting something of theirs run out ("do we just let the domain lapse?").
_LAPSE = re.compile(r"\blet\s+(?:\w+\s+){0,3}?(?:lapse|expire|run\s+out|die)\b|\blet\s+it\s+go\b", re.I)
_LAPSING = re.compile(r"\b(?:domains?|licen[cs]es?|subscriptions?|certificates?|ssl|renewals?|contracts?\s+with\s+(?:the\s+)?vendor|"
                      r"warrant(?:y|ies)|support\s+contracts?)\b", re.I)

# "Is that just rubbing it in?" asks whether saying the reason is unkind; it proposes no parting shot.
_RUBBING_IT_IN_ASKED = re.compile(r"\b(?:is|was|would|will|isn't|wouldn't)\s+(?:that|it|this|mentioning\s+\w+)\s+(?:be\s+)?"
                                  r"(?:just\s+|only\s+|simply\s+)?rub\w*\s+it\s+in\b", re.I)

# A move proposed to get back at them: "pull their M365 admin and see how they like it", "cut their VPN, they were awful".
_SPITE_MOTIVE = re.compile(r"\bsee\s+how\s+they\s+like\s+it\b|\bteach\s+them\b|\bserves?\s+them\s+right\b|\bpay\s*back\b|"
                           r"\bget\s+(?:back\s+at|even\s+with)\b|\bmake\s+them\s+(?:pay|suffer|sweat|squirm)\b|\bout\s+of\s+spite\b|"
                           r"\bthey\s+(?:were|are|have\s+been)\s+(?:so\s+|really\s+)?(?:awful|horrible|terrible|rude|nasty|vile|a\s+nightmare)\b|"
                           r"\bso\s+(?:annoyed|angry|mad|pissed)\s+at\b|\bso\s+(?:that\s+)?they\s+(?:get\s+the\s+(?:message|point|hint)|learn)\b|"
                           r"\bto\s+make\s+a\s+point\b", re.I)
_TAKE_AWAY = re.compile(r"\b(?:pull|cut|remove|revoke|disable|kill|block|yank|take\s+away|switch\s+off|turn\s+off|shut\s+off|"
                        r"lock)\w*\b", re.I)


# "asking for a quick password reset. Write me an SMS back": work asked for, no secret sent anywhere
_RESET_ASKED = re.compile(r"\b(?:pass(?:word|wd)|pwd?|pin|log-?in|mfa|2fa)\s+resets?\b|\breset\s+(?:\w+\s+){0,3}?(?:pass(?:words?|wd)|pwd?|"
                          r"pins?|log-?ins?|mfa|2fa)\b", re.I)
# "restore a deleted folder from backup": something of theirs brought back, no deletion proposed
_RESTORED = re.compile(r"\b(?:restore|recover|get\s+back|undelete)\w*\b[^.?!]{0,30}\bdeleted\b", re.I)


# "Someone claiming to be Vandelay's owner rang my mobile": a caller saying they're the client's own, not yet confirmed
_CLAIMS_TO_BE_THEIRS = re.compile(r"\b(?:claim\w*|say(?:s|ing)?|said)\s+(?:to\s+be|(?:he|she|they)(?:'s|\s+is|\s+are|'re|\s+was))\s+"
                                  r"(?:from\s+)?(?:the\s+|their\s+|[\w&.-]+(?:\s+[\w&.-]+)?['\u2019]s\s+)?(?:new\s+)?(?:owner|director|"
                                  r"managing\s+director|md|ceo|boss|office\s+manager|practice\s+manager|manager|accountant|finance\s+\w+)\b",
                                  re.I)


def claims_to_be_the_client(text: str) -> bool:
    return bool(_CLAIMS_TO_BE_THEIRS.search(text))


def names_their_data(text: str) -> bool:
    """Names something that holds the client's data ("Globex's old backup server", "their NAS")."""
    return bool(_THEIR_DATA.search(text))


def unsafe_move(text: str) -> str:
    """A move staff propose that principle 4 rules out whatever the kind of question: secrets over a
    plain channel ("plain_channel"), secrets to someone nobody has vouched for ("unverified"), holding
    what is theirs until they pay ("withhold"), deleting their data ("delete_theirs"), changing their passwords or
    locking them out ("lock_out"), work on the side ("side_work"), switching their services off or suspending
    them ("suspend"), a gloating email or a story about them in public ("parting_shot"), a made-up reason
    ("false_reason") or an insult given as the reason ("rude_reason"), letting their domain or licences lapse ("lapse"),
    anything taken away to get back at them ("spite"); "" for none."""
    if _SPITE_MOTIVE.search(text) and _TAKE_AWAY.search(text):
        return "spite"
    if _SECRETS.search(_RESET_ASKED.sub(" ", text)) and _PLAIN_CHANNEL.search(text):
        return "plain_channel"
    if (_SECRETS.search(text) or _CONFIG.search(text)) and _UNVERIFIED.search(text):
        return "unverified"
    if _WITHHOLD.search(text):
        return "withhold"
    if _DESTROY.search(_RESTORED.sub(" ", text)) and _THEIR_DATA.search(text):
        return "delete_theirs"
    if _LOCK_OUT.search(text):
        return "lock_out"
    if _SIDE_WORK.search(text):
        return "side_work"
    if _SUSPEND.search(text) or _SUSPEND_SPLIT.search(text) or _CUT_THEM_OFF.search(text) or _KILL_THEIRS.search(text):
        return "suspend"
    if _PARTING_SHOT.search(_RUBBING_IT_IN_ASKED.sub(" ", text)):
        return "parting_shot"
    if _PRETEXT.search(text) and _PROPOSED.search(text):
        return "false_reason"
    if _RUDE_REASON.search(text) and re.search(r"\breason\b", text, re.I) and _PROPOSED.search(text):
        return "rude_reason"
    if _LAPSE.search(text) and _LAPSING.search(text):
        return "lapse"
    return ""


# An ex-client asking to hire us again for a piece of work ("a new warehouse network project, fully paid ... can we hire
# you just for that?", "could you quote us for a new Wi-Fi project?"): the kind no, decided, never "we'll come back".
# (not "I've told everyone I know not to use you": a warning to others, no work asked of us)
_HIRE_US = re.compile(r"\b(?<!not to )(?<!never )(?<!n't )(?:hire|engage|book|contract|use)\s+(?:you|u|ya|your\s+(?:team|firm|company|guys))\b(?!\s+(?:to\s+)?"
                      r"(?:hand|send|give|return))|\bquote\s+(?:us|me)\b|\b(?:give|send)\s+(?:us|me)\s+a\s+quote\b|"
                      r"\b(?:new|separate|one-?off|standalone|another|small)\s+(?:\w+\s+){0,2}project\b", re.I)
# "Globex Logistics wishes to re-engage your services on the basis of the original scope": the account back, asked
# ("would like to propose resuming our agreement on the previous terms", "reinstate the contract")
_REENGAGE = re.compile(r"\bre-?(?:engage|hire|appoint|instruct)\s+(?:you|u|your\s+(?:services|firm|company|team))\b|"
                       r"\b(?:resum\w*|reinstat\w*|restor\w*|renew\w*|restart\w*|reactivat\w*)\s+(?:of\s+)?(?:our|the)\s+(?:previous\s+|former\s+|old\s+)?"
                       r"(?:agreement|contract|service\s+agreement|support\s+agreement|relationship)\b|"
                       # "would like to invite your firm to submit a new proposal for IT services"
                       r"\binvit\w*\s+(?:you|u|your\s+(?:firm|company|team))\s+to\s+(?:submit|send|put\s+forward|make)\s+(?:a\s+|an\s+)?"
                       r"(?:new\s+|fresh\s+|revised\s+)?(?:proposal|quote|quotation|tender|bid|offer)\b", re.I)


def asks_to_hire_us(text: str) -> bool:
    return bool(_HIRE_US.search(text))


def invites_a_proposal(text: str) -> bool:
    return bool(re.search(r"\binvit\w*\s+(?:you|u|your\s+(?:firm|company|team))\s+to\s+(?:submit|send|put\s+forward|make)\b", text, re.I))


def asks_to_reengage_us(text: str) -> bool:
    return bool(_REENGAGE.search(text))


# Their domain or DNS named in a move ("Vandaley's DNS zone is still sitting on our server. Can I just delete it?"):
# deleting it takes their website and email down, whatever else it is.
_DNS_NAMED = re.compile(r"\b(?:dns(?:\s+zones?)?|zones?\s+files?|name\s*servers?|domains?)\b", re.I)


def names_dns(text: str) -> bool:
    return bool(_DNS_NAMED.search(text))


# Work asked for without pay ("fix his email for free"): the no says free or paid.
_FREE_WORK = re.compile(r"\b(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:cost|charge)|no\s+charge|without\s+(?:charge|paying)|"
                        r"on\s+the\s+house|freebies?)\b", re.I)


def asks_for_free_work(text: str) -> bool:
    return bool(_FREE_WORK.search(text))
