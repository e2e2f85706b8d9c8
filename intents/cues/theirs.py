"""What is the client's own (data, keys, domains, licences, documents) and the handover of it."""
from __future__ import annotations

import re

# (a backup job or its schedule is our work on their systems, not their backups: "10 min on their backup job, it's failing")
# The ways of naming a client's keys, logins, domains and licences, shared with `CREDENTIAL_WORDS`.
# ("just the key date", "key points": the adjective, not a key of theirs)
# "the keys for the backup", "the key for encryption, where it is?"
_KEY_FOR_BACKUPS = r"\bkeys?\s+(?:for|to|of)\s+(?:the\s+|our\s+)?(?:encrypted\s+)?(?:backups?|encryption)\b"
_CREDENTIALS = r"passwords?|pwd?s?|credentials?|keys?(?!\s+(?:dates?|points?|facts?|info|details|messages?|steps?|things?|" \
               r"takeaways?|deadlines?|contacts?|people|dates))|logins?|user\s*names?|domains?|registrar|dns|licen[cs]es?"
# Any word for a credential, "admin" on its own included, for telling a credentials handover from a data export.
CREDENTIAL_WORDS = re.compile(rf"\b(?:{_CREDENTIALS}|admin)\b", re.I)
_OWNED = re.compile(r"\b(?:data|backups?(?!\s+(?:jobs?|schedules?|software|agents?|tasks?|runs?|settings)\b)|archives?|exports?|files|"
                    rf"encryption\s+keys?|admin\s+(?:access|accounts?|logins?)|{_CREDENTIALS}|mailbox(?:es)?|"
                    r"documents?|documentation|diagrams?|recipes|records)\b", re.I)
_HANDING = re.compile(r"\b(?:need|needs|want|wants|wanted|ask(?:s|ed|ing)?\s+(?:us\s+)?for|send|give|get|transfer\w*|move|hand\w*|where(?:'s|\s+is|\s+are)?|export|e-?mail|"
                      r"copy|list|release|who\s+(?:controls|owns|has|holds)|never\s+got|didn'?t\s+get|"
                      # ("Still waiting on our backups. ... my lawyer gets involved")
                      r"(?:still\s+)?waiting\s+(?:on|for)|"
                      r"(?:haven'?t|have\s+not|still\s+not)\s+(?:got|gotten|received|had)|"
                      r"(?:still\s+)?(?:on|in|under)\s+your\s+(?:account|name|tenant|billing)|renew\w*|expir\w*|"
                      r"(?:tell|remind|give)\s+(?:me|us)|what(?:\s+is|\s+was|['\u2019]s)\s+the|whats\s+the|lost|forgot\w*|"
                      # "the Office licences, they are belong to us or to you?", "can we still use them after?"
                      r"belong\w*|whose|(?:to\s+)?us\s+or\s+(?:to\s+)?you|ours\s+or\s+yours|yours\s+or\s+ours|still\s+use|"
                      # "can we keep our website domain after we go?"
                      r"(?:can|could|do|will|may|would)\s+(?:we|i)\s+(?:still\s+|get\s+to\s+)?keep|"
                      # ("we hereby request that all data held by your company ... be returned to us in full")
                      r"(?:be\s+)?returned\s+to\s+(?:us|me)|return\s+of|"
                      # ("we hereby request that copies of all backup archives ... be provided to us")
                      r"(?:be\s+)?(?:provided|delivered|supplied|released|sent)\s+to\s+(?:us|me))\b", re.I)


# "can u put our sales spreadsheets on a usb for us": their files, copied onto a drive for them
_ON_A_DRIVE = re.compile(r"\b(?:put|copy|save|load|stick|dump|give\s+(?:us|me))\b[^.?!]{0,60}\b(?:on|onto|to)\s+(?:a|an|the)\s+"
                         r"(?:usb(?:\s+(?:stick|drive|key))?|memory\s+stick|thumb\s*drive|flash\s*drive|(?:external\s+|hard\s+|portable\s+)?drive)\b",
                         re.I)


def asks_for_a_copy_on_a_drive(text: str) -> bool:
    return bool(_ON_A_DRIVE.search(text))


def asks_for_what_is_theirs(text: str) -> bool:
    """Asks for the client's own data, backups, keys, credentials, domains, licences or documents."""
    return bool(_OWNED.search(text) and _HANDING.search(text))


# Their documentation asked for, not their data ("they never got their network diagrams"): sent, not put on a drive.
_DOCUMENTS = re.compile(r"\b(?:diagrams?|documentation|docs|runbooks?|as-?builts?|network\s+maps?|site\s+notes|"
                        r"handover\s+(?:pack|notes|documents?))\b", re.I)
_DATA = re.compile(r"\b(?:data|backups?|archives?|exports?|files|mailbox(?:es)?|e-?mails?|drive|copy)\b", re.I)

# A user's password reset or lock-out: an ordinary fault, not the handover of their admin credentials.
_USER_RESET = re.compile(r"\breset\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|my\s+)?(?:e-?mail\s+|mailbox\s+|user\s+)?(?:password|pw|pwd)\s+for\b|"
                         # "asking us to 'just quickly reset' a mailbox password": one user's mailbox, not an admin login
                         r"\breset['\u2019]?\s+(?:a|one|the|her|his|their)\s+(?:e-?mail|mailbox|user|staff)\s+(?:pw|pwd|password)\b|"
                         r"\bpassword\s+reset\s+for\s+(?:our|my|the|a|an|his|her)\b|"
                         r"\b(?:is|are|'s|'re|got|get|keeps?\s+getting)\s+locked\s+out\b|"
                         r"(?<!\bwe\s)(?<!\bus\s)\b(?-i:[A-Z][a-z]+|she|he|they)\s+(?:(?:is|are)\s+)?locked\s+out\s+of\b|"   # "Dr Patel locked out of her email"
                         r"\breset\s+(?:\w+\.?\s+)?(?-i:[A-Z][a-z]+)['\u2019]s\s+(?:e-?mail\s+|outlook\s+|mailbox\s+|user\s+|login\s+)?(?:password|pw|pwd)\b|"
                         # "pls reset jennys email pw": a name without its apostrophe
                         r"\breset\s+(?:\w+s|\w+'s)\s+(?:e-?mail|outlook|mailbox|user|login)\s+(?:pw|pwd|password)\b|"
                         # "reset the receptionist's email pw"
                         r"\breset\s+(?:the\s+|our\s+|a\s+)?\w+'s\s+(?:e-?mail\s+|outlook\s+|mailbox\s+|user\s+|login\s+)?(?:pw|pwd|password)\b|"
                         # "can't log into the X-ray PC, says password expired"
                         r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:(?:log|sign)\s*(?:in|on)\w*|get\s+(?:in|into))\b|"
                         r"\bpassword\s+(?:has\s+|had\s+|is\s+)?(?:expired|stopped\s+working|not\s+working|isn'?t\s+working)\b|"
                         r"\bforgot\s+(?:my|her|his|their|the)\s+password\b|"
                         # "outlook keeps asking for my password since this morning"
                         r"\b(?:keeps?|kept|is|are|started|starts)\s+(?:asking|prompting)\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?for\s+(?:(?:my|a|the|her|"
                         r"his|their|our)\s+)?(?:password|pw|pwd)s?\b|"
                         # "could you reset our email pw", "reset my outlook password"
                         r"\breset\s+(?:our|my|the|her|his|their)\s+(?:e-?mail|outlook|m365|office|mailbox|user|login)\s+(?:pw|pwd|password)\b",
                         re.I)

# A new person to set up ("new hygienist starts Mon 7th, needs email + login"): everyday work, not their admin handed over.
_NEW_USER = re.compile(r"\bnew\s+(?:starter|hire|employee|member\s+of\s+staff|staff\s+member|colleague|receptionist|nurse|"
                       r"hygienist|dentist|driver|baker|assistant|manager|person|guy|girl)s?\b[^.?!;]{0,50}\b(?:needs?|set\s*up|setup|"
                       r"accounts?|logins?|e-?mail|laptop)\b|\bset\s*up\s+(?:a\s+)?(?:new\s+)?(?:user|account|mailbox|e-?mail)\s+for\b|"
                       r"\b(?:set\s*up|create|make)\s+(?:a\s+)?(?:login|account|mailbox|user|e-?mail(?:\s+account)?)\s+for\s+(?:our|the|a)\s+new\b",
                       re.I)


def asks_new_user_setup(text: str) -> bool:
    # ("our new guy needs the admin username for the file server": their admin, handed over, not a user to set up)
    return bool(_NEW_USER.search(text)) and not credential_items(text) \
        and not re.search(r"\badmin(?:istrator)?\s+(?:user\s*names?|passwords?|logins?|accounts?|credentials|access)\b", text, re.I)


# "they want their old M365 admin login reset": a reset asked of us, even of an admin login (a fix, not a handover)
_LOGIN_RESET = re.compile(r"\b(?:login|log-?in|password)\s+reset\b(?!\s+(?:link|instructions))", re.I)


def asks_user_password_reset(text: str) -> bool:
    return bool(_LOGIN_RESET.search(text)) or bool(_USER_RESET.search(text)) and not credential_items(text)


def asks_user_reset_beside_a_handover(text: str) -> bool:
    """A user's password reset asked beside a login of theirs to hand over ("reset the password for dr.okafor - she's
    locked out - and can you post the login for our domain account here"): both are answered."""
    return bool(_USER_RESET.search(_ADMIN_LOCKED_OUT.sub(" ", text))) and bool(credential_items(text))


# "we can't get into the firewall": locked out of an admin login of theirs, which is the handover itself, not a user's reset
_ADMIN_LOCKED_OUT = re.compile(r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:(?:log|sign)\s*(?:in|on)\w*|get\s+(?:in|into))\s+"
                               r"(?:to\s+)?(?:the|our|their)\s+(?:firewall|router|registrar|domain|tenant|admin\w*|server|portal|"
                               r"switch|nas|backups?|dns)\b|"
                               # "need the admin password for our website hosting, we're locked out": the organisation, not a user
                               r"\bwe(?:'re|\s+are|\s+got|'ve\s+been|\s+have\s+been)\s+(?:now\s+|completely\s+|totally\s+)?locked\s+out\b|"
                               # "need the admin password for our firewall, new guy can't get in": into that login
                               r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:get\s+in|(?:log|sign)\s*in)\s*(?=[.,!?;)]|$)", re.I)


# A document of theirs asked for by what it is ("need the 'how we set up the warehouse scanners' doc you wrote, pls").
_DOCUMENT_ASKED = re.compile(r"\b(?:need|want|send|get|forward|share)\s+(?:us\s+|me\s+)?(?:the|that|your|a\s+copy\s+of\s+the)\b"
                             r"[^.?!]{0,60}\b(?:doc|document|write-?up|guide|runbook)s?\b|"
                             r"\b(?:doc|document|write-?up|guide)s?\s+(?:you|u)\s+(?:wrote|made|did|put\s+together|prepared)\b", re.I)


def requests_a_document(text: str) -> bool:
    return bool(_DOCUMENT_ASKED.search(text))


# Asked to keep looking after something of theirs past the end, as a favour ("can we keep their email running 'for a
# few weeks' after they leave"): it doesn't stop, but our help does; the answer is where it goes instead.
_RUN_PAST_THE_END = re.compile(r"\bkeep\s+(?:just\s+|only\s+)?(?:their|our|the|your)\s+(?:e-?mails?|email\s+system|mail|server|systems?|"
                               r"website|network|backups?)(?:\s+hosting)?\s+(?:running|going|working|up|on|with\s+(?:you|u|us))\b"
                               r"(?:[^.?!]{0,60}\b(?:after|beyond|past|once)\b|"
                               # "keep our email running until end of January just in case we're not ready"
                               r"\s+(?:until|till|through|into)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan\w*|feb\w*|march|april|may|june|"
                               r"next\s+year|new\s+year|spring|summer)\b)|"
                               # "keep hosting their website until March", "keep running our backups into the new year"
                               r"\bkeep\s+(?:on\s+)?(?:hosting|running|managing|looking\s+after|monitoring)\s+(?:their|our|the|your)\s+"
                               r"(?:e-?mails?|email\s+system|mail|server|systems?|website|network|backups?)\b[^.?!]{0,30}?\b"
                               r"(?:until|till|through|into)\s+(?:the\s+)?(?:jan\w*|feb\w*|march|april|may|june|next\s+year|new\s+year|"
                               r"spring|summer)\b|"
                               # "keep our domain registered under your account for a few months after"
                               r"\bkeep\s+(?:their|our|the|your)\s+(?:domain|website|email)\s+(?:registered|hosted|held)\s+"
                               r"(?:under|with|in|on)\s+(?:your|you|u|us)\b[^.?!]{0,40}\b(?:after|beyond|past|months|weeks|until|till)\b|"
                               # "can the domain stay with you until March?"
                               r"\b(?:the|our|their|your)\s+(?:domain|e-?mails?|mail|website|server|backups?)\s+(?:stay|remain)\s+with\s+"
                               r"(?:you|u|us)\s+(?:until|till|through|into)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan\w*|feb\w*|march|april|may|"
                               r"june|next\s+year|new\s+year|spring|summer)\b|"
                               # "could you just keep supporting the tills until end of February?"
                               r"\bkeep\s+(?:on\s+)?(?:supporting|looking\s+after|maintaining)\s+(?:just\s+|only\s+)?(?:their|our|the|your)\s+"
                               r"(?P<thing>[a-z-]+s)\s+(?:until|till|through|into)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan\w*|feb\w*|march|april|"
                               r"may|june|next\s+year|new\s+year|spring|summer)\b", re.I)


# Something of theirs hosted on our systems ("keep just the email hosting with you"): it moves before the end, it
# doesn't simply carry on
_HOSTED_WITH_US = re.compile(r"\b(?:hosting|hosted)\b[^.?!]{0,20}\bwith\s+(?:you|u|us)\b|\bwith\s+(?:you|u)\s+hosting\b|"
                             # ("asked if we'd keep hosting their email 'just till spring'", passed on by staff)
                             r"\b(?:we|you|u)(?:'d|\s+would|'ll|\s+will|\s+could|\s+can)?\s+(?:keep|carry\s+on|continue)\s+hosting\b",
                             re.I)
# A short stretch asked for ("even for a few weeks"), not a date to run to
_FOR_A_WHILE = re.compile(r"\b(?:few|couple(?:\s+of)?|some|two|three|2|3)\s+(?:more\s+)?(?:weeks|months)\b|\bfor\s+a\s+(?:bit|while)\b", re.I)


def hosted_with_us(text: str) -> bool:
    return bool(_HOSTED_WITH_US.search(text))


def asks_for_a_while(text: str) -> bool:
    return bool(_FOR_A_WHILE.search(text))


def asks_to_run_it_past_the_end(text: str) -> str:
    """What they want kept running after the last day ("email", "server", "tills"), or ""."""
    found = _RUN_PAST_THE_END.search(text)
    if not found:
        return ""
    if found.group("thing"):
        return found.group("thing").lower()
    word = re.search(r"e-?mail|mail|server|system|website|network|backup|domain", found.group(0), re.I).group(0).lower()
    return {"e-mail": "email", "mail": "email", "system": "systems", "backup": "backups"}.get(word, word)


# Asked to keep their data for them once we have gone ("can you hang on to our backups for a few months after you
# go, just in case?"): theirs to hold, handed over before the end; no extension of anything.
_KEEP_AFTER = re.compile(r"\b(?:keep|retain|hold\s+on\s+to|hang\s+on\s+to|store|look\s+after)\b[^.?!]{0,30}\b(?:their|our|the)\s+(?:\w+\s+)?"
                         r"(?:data|backups?|files|copies|records|emails?)\b[^.?!]{0,40}\b(?:after|past|beyond|once)\b", re.I)


# Their domain asked to be moved to them ("our domain is still sitting in your registrar account. transfer it to us"):
# the transfer itself, not a login of ours handed over.
_MOVE_DOMAIN = re.compile(r"\b(?:transfer|move|moving|migrat\w*|push)\b[^.?!]{0,30}\b(?:it|the\s+domain|our\s+domain|them)\s+"
                          r"(?:to|over|into|across)\b|"
                          # "the domain is still in your registrar account, can you release it?"
                          r"\b(?:release|unlock)\s+(?:it|the\s+domain|our\s+domain)\b|\bdomain\b[^.?!]{0,40}\b(?:transferred|moved|pushed)\s+(?:to|over|into)\b",
                          re.I)


def asks_to_move_domain(text: str) -> bool:
    return bool(_MOVE_DOMAIN.search(text)) and about_domain(text)


def asks_us_to_keep_after(text: str) -> bool:
    return bool(_KEEP_AFTER.search(text))


def asks_for_documents(text: str) -> bool:
    return bool(_DOCUMENTS.search(text)) and not _DATA.search(text) or requests_a_document(text)


# "After this day, no one help with computer?", "what happens after that?": what the last day means for them.
_WHAT_AFTER = re.compile(r"\bafter\s+(?:this|that|the\s+last)\s+(?:day|date)\b|\bwhat\s+happens\s+(?:after|then|next|once)\b|"
                         r"\bwho\s+(?:will\s+|is\s+going\s+to\s+|is\s+)?(?:help|helps|look\s+after|support)\s+(?:us|me)\s+(?:after|then|from\s+then)\b|"
                         r"\bno\s*(?:one|body)\s+(?:will\s+)?help", re.I)

# "Why is your remote agent still on our laptops? Are you watching us?": a tool of ours left behind after the end.
_OUR_TOOLS_LEFT = re.compile(
                             # "one of your technicians still shows up as Global Administrator on our tenant"
                             r"\b(?:your|ur)\s+(?:technicians?|techs?|engineers?|people|staff|accounts?|users?)\b[^.?!]{0,40}\bstill\b"
                             r"[^.?!]{0,40}\b(?:admin\w*|access|account|login)\b|"
                             # "Someone on your side STILL has admin on our Microsoft 365."
                             r"\b(?:someone|somebody|one\s+of\s+you)\s+(?:on|from|at)\s+your\s+(?:side|end|team)\s+still\s+(?:has|have)\s+"
                             r"(?:\w+\s+)?(?:admin\w*|access|an?\s+account|a\s+login)\b|"
                             r"\b(?:agents?|rmm|remote\s+(?:management|monitoring|access|support)\s*(?:agent|tool|software|app)?s?|"
                             r"monitoring\s+(?:software|tool|agent|thing|program|app)s?|(?:your|ur)\s+(?:remote\s+)?(?:software|tools?|apps?|icon|programs?)"
                             # "your program for remote still is on our computers"
                             r"(?:\s+for\s+remote)?)"
                             r"\b[^.?!]{0,60}\bstill\b|"
                             r"\bstill\b[^.?!]{0,60}\b(?:agents?|rmm|remote\s+(?:management|monitoring|access)|monitoring\s+"
                             r"(?:software|tool)s?)\b|\b(?:are|r)\s+(?:you|u)\s+(?:still\s+)?(?:watching|monitoring|spying\s+on)\s+us\b|"
                             # "still getting your monitoring alerts every night": our alerts, still running
                             r"\bstill\s+(?:getting|receiving|seeing)\s+(?:your\s+)?[^.?!]{0,40}?\b(?:alerts?|alarms?|notifications?|"
                             r"reports?)\b(?!\s+(?:from|about)\s+(?:microsoft|google|the\s+bank|our\s+own))|"
                             # our access left behind: "why do you STILL have admin on our 365 tenant??", "your old tech's
                             # login is still on our server"
                             r"(?:\bwhy\s+(?:do|does|would|have)\s+(?:you|u|your\s+(?:team|people|guys|company))|\byour\s+(?:company|firm|team))\s+"
                             r"still\s+(?:have|has|got|holds?)\s+(?:\w+\s+){0,2}?"
                             r"(?:admin|access|logins?|accounts?)\b|\byour\s+(?:old\s+|former\s+)?(?:tech|technician|engineer|guy)\w*'?s?\s+"
                             r"(?:\w+\s+)?(?:login|account|user)\w*\s+(?:is|are)\s+still\b", re.I)

# "We can't find it in the docs you sent": something the handover should have given them is missing.
_ITEM_MISSING = re.compile(r"\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+find\b[^.?!]{0,40}\b(?:docs?|documentation|handover|notes|"
                           r"diagrams?|what\s+you\s+sent)\b|\b(?:missing|not)\s+(?:from|in)\s+(?:the\s+)?(?:docs?|documentation|"
                           r"handover(?:\s+(?:docs?|notes|pack))?|what\s+you\s+sent)\b|"
                           # "The doc doesn't include the pre-shared key": a thing named as left out
                           r"\b(?:docs?|documentation|handover\s+(?:notes|pack))\s+(?:you\s+sent\s+)?(?:doesn'?t|don'?t|didn'?t)\s+"
                           r"(?:include|have|contain)\s+(?:the|a|an|our|their|any)\s+\w+|"
                           # "the handover docs are missing the VPN config", "the VPN config isn't in the handover pack"
                           r"\b(?:docs?|documentation|handover(?:\s+(?:docs?|notes|pack))?)\s+(?:is|are|was|were)\s+missing\s+"
                           r"(?:the|a|an|our|their|any)\s+\w+|\b(?:isn'?t|is\s+not|wasn'?t|aren'?t|weren'?t)\s+in\s+(?:the\s+)?"
                           r"(?:docs?|documentation|handover(?:\s+(?:docs?|notes|pack))?)\b", re.I)
_DOCS_THIN = re.compile(r"\b(?:docs?|documentation|handover\s+notes)\s+(?:you\s+sent\s+)?(?:doesn'?t|don'?t|didn'?t)\s+(?:say|cover|"
                        r"mention|include)\b|"
                        r"\b(?:docs?|documentation|handover\s+(?:notes|pack))\s+(?:is|are|was|were)\s+(?:a\s+bit\s+|very\s+|"
                        r"pretty\s+|rather\s+)?(?:thin|incomplete|sparse|patchy|lacking)\b", re.I)


# A setting of how things were configured ("the DHCP scope on the main site", "which group policies"): knowledge of our
# setup, which after the end is declined kindly, unlike a document or a secret of theirs left out of the handover
_A_SETTING = re.compile(r"\b(?:dhcp|scopes?|group\s+polic\w*|gpos?|vlans?|subnets?|ip\s+(?:ranges?|addresses|scheme|plan)|"
                        r"firewall\s+rules?|port\s+forward\w*|dns\s+records?|(?:dns\s+)?ttls?|mx\s+records?|spf|dkim|dmarc)\b", re.I)


# "do we need to cancel anything ourselves? licences, domain, the backup thingy?": whether the move is theirs to make
_CANCEL_OURSELVES = re.compile(r"\b(?:do|should|must|will)\s+we\s+(?:need\s+to\s+|have\s+to\s+)?cancel\s+(?:anything|something|stuff|"
                               r"things|any\s+of\s+(?:it|this|that))\b|\bneed\s+to\s+cancel\s+anything\b", re.I)


def asks_if_they_must_cancel(text: str) -> bool:
    return bool(_CANCEL_OURSELVES.search(text))


def asks_about_a_setting(text: str) -> bool:
    return bool(_A_SETTING.search(text))


def reports_handover_gap(text: str) -> bool:
    return bool(_ITEM_MISSING.search(text) or _DOCS_THIN.search(text))


def names_a_missing_item(text: str) -> bool:
    """Says an item is missing from the handover documents ("we can't find it in the docs you sent"), not only that
    they are thin or silent on it: that item is owed, and a person sends it."""
    return bool(_ITEM_MISSING.search(text))


# Logins of theirs that nobody on their side holds ("Two weeks in and nobody seems to know the admin passwords"):
# theirs, still to hand over, however sarcastically said
_NOBODY_HOLDS = re.compile(r"\b(?:nobody|no\s*one|none\s+of\s+us)\s+(?:\w+\s+){0,2}(?:knows?|has|have|holds?)\s+(?:the|our|any|their)\b|"
                           r"\b(?:still\s+)?(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have\s+(?:the|our|any)\b", re.I)


def nobody_holds_the_logins(text: str) -> bool:
    return bool(_NOBODY_HOLDS.search(text)) and bool(CREDENTIAL_WORDS.search(text))


def never_received(text: str) -> bool:
    """"We never got a final invoice": what has not arrived is no charge questioned."""
    return bool(re.search(r"\bnever\s+(?:got|received|saw|had)\b|\b(?:didn'?t|haven'?t|did\s+not|have\s+not)\s+"
                          r"(?:get|got|receive|received|see|seen)\b|\b(?:misplaced|lost|can'?t\s+find|cannot\s+find)\b", text, re.I))


def finds_our_tools_left(text: str) -> bool:
    return bool(_OUR_TOOLS_LEFT.search(text))


def asks_what_after(text: str) -> bool:
    return bool(_WHAT_AFTER.search(text))


_WHAT_WE_NEED = re.compile(r"\bwhat\s+(?:do|would|will)\s+(?:you|u|they)\s+need\b|\bwhat\s+(?:they|the\s+new\s+\w+)\s+need\s+from\s+(?:you|u)\b|\bwhat\s+(?:you|u)\s+need\s+from\s+(?:us|me)\b|\bwhat\s+(?:do|should)\s+we\s+(?:do|send|"
                           r"prepare|get\s+ready)\b|\bnext\s+steps?\b|"
                           # "just tell me what I have to do"
                           r"\bwhat\s+(?:do\s+)?(?:i|we)\s+(?:have|need|got)\s+to\s+(?:do|sort|prepare|get\s+done)\b|"
                           r"\bwhat\s+(?:we|i)\s+(?:must|should)\s+do\b|"
                           # "anything we need to do?"
                           r"\banything\s+(?:else\s+)?(?:we|i)\s+(?:need|have|should|must)\s+(?:to\s+)?do\b|"
                           # "do u need anything from us before the handover?"
                           r"\b(?:do|will|would)\s+(?:you|u)\s+need\s+anything\s+(?:else\s+)?from\s+(?:us|me|them)\b|"
                           # "Can you guys make sure Castle Tech gets everything they need?": what they get, said
                           r"\bmake\s+sure\s+[\w&'-]+(?:\s+[\w&'-]+)?\s+(?:gets?|has|have)\s+(?:everything|all|what)\s+(?:they|it|he|she)\s+"
                           r"needs?\b", re.I)
# ("Castle Tech want to start in a couple of weeks, do you need anything from them?": from their new provider)


def asks_what_we_need(text: str) -> bool:
    return bool(_WHAT_WE_NEED.search(text))


def asks_what_a_provider_needs(text: str) -> bool:
    """Asks what a new provider, chosen or not, will need from us ("What will they need from you?")."""
    return bool(re.search(r"\bwhat\s+(?:(?:do|would|will)\s+)?they\s+need\s+from\s+(?:you|u)\b|"
                          # "And what Castle Tech need from us?"
                          r"\bwhat\s+(?:do\s+|does\s+|will\s+)?(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:needs?|wants?)\s+from\s+(?:you|u|us)\b|"
                          # ("What they must do before?", in a second language)
                          r"\bwhat\s+(?:do\s+|does\s+|should\s+)?they\s+(?:must|should|need\s+to|have\s+to)\s+(?:to\s+)?do\b",
                          text, re.I))


def asks_next_steps(text: str) -> bool:
    return bool(re.search(r"\bnext\s+steps?\b|\bwhat\s+(?:happens|do\s+we\s+do)\s+(?:now|next|from\s+here)\b|"
                          r"\bwhat\s+(?:comes|is)\s+next\b|\bwhat\s+(?:we|they|she|he)\s+(?:need\s+to|must|should)\s+(?:do|prepare)\b|"
                          # "could she send a list of what we need to sort out before the 21st?"
                          r"\b(?:list|rundown|checklist)\s+of\s+what\s+(?:we|i)\s+(?:need|have)\s+to\b", text, re.I))


# "Please get your stuff off our machines": our own tools asked off, after the end.
_TAKE_OURS_OFF = re.compile(r"\b(?:get|take|remove|uninstall|pull)\s+(?:all\s+)?(?:your|ur)\s+(?:(?:rmm|av|monitoring|backup)\s+)?"
                            r"(?:stuff|software|tools?|agents?|apps?|things|programs?|access|accounts?|remote\s+\w+)\b[^.?!]{0,30}\b"
                            r"(?:off|from|out)\b|"
                            # "after we move can you make sure you've removed all your access"
                            r"\b(?:make\s+sure|check|confirm)\s+(?:that\s+)?(?:you'?ve|you\s+have|u'?ve|u\s+have|you)\s+(?:also\s+)?"
                            r"(?:removed|revoked|taken\s+(?:off|out)|uninstalled|remove|revoke)\s+(?:all\s+)?(?:of\s+)?(?:your|ur)\s+"
                            r"(?:own\s+)?(?:access|accounts?|agents?|tools?|software|stuff|admin\w*)\b|"
                            # "Castle are installing their own monitoring. Can you switch off yours today?"
                            r"\b(?:switch|turn|shut)\s+(?:off\s+)?(?:yours|ur\s+\w+|your\s+(?:own\s+)?(?:monitoring|rmm|agents?|"
                            r"antivirus|av|remote\s+access|tools?|software))\b(?:\s+off\b)?|"
                            # "which RMM and AV agents are on the machines, and when will you pull them?"
                            r"\b(?:agents?|rmm|monitoring|remote\s+access)\b[^.?!]{0,80}\bwhen\s+(?:will|do|are|can)\s+(?:you|u)\s+"
                            r"(?:be\s+)?(?:\w+\s+)?(?:pull|remov|uninstall|tak)\w*|"
                            # "do u guys still have admin on our 365 tenant??": ours, asked about (and taken off)
                            r"\b(?:do|does)\s+(?:you|u|your\s+(?:team|techs?|people))(?:\s+guys)?\s+still\s+have\s+(?:global\s+)?"
                            r"(?:admin|access|an?\s+(?:admin\s+)?account)\s+(?:on|to|in|for)\s+(?:our|the)\b|"
                            # "we request written confirmation that all remote access held by your company ... has been removed"
                            r"\bconfirm\w*\b[^.?!]{0,30}\b(?:remote\s+)?access\b[^.?!]{0,60}\b(?:has|have)\s+been\s+(?:removed|"
                            r"revoked|disabled)\b|"
                            # "do u guys still have access to our 365 tenant?? if so pls remove it"
                            r"\b(?:still\s+)?(?:have|got)\s+(?:admin\s+)?access\b[^.?!]{0,60}[.?!]+\s*(?:if\s+so,?\s+)?(?:please\s+|pls\s+|plz\s+)?"
                            r"(?:remove|revoke|disable|take\s+(?:it|that)\s+(?:off|away))\b|"
                            # "your company still shows as delegated admin on our tenant. Can you remove that?"
                            r"\b(?:you|your\s+(?:company|firm|team|account)|u)\s+(?:still\s+)?(?:shows?|appears?|is|are|listed)\s+(?:up\s+)?"
                            r"(?:as|with)\s+(?:a\s+|the\s+|our\s+)?(?:delegated\s+|global\s+|partner\s+)?(?:admin\w*|partner|access)\b[^?!]{0,80}?"
                            r"\b(?:remove|revoke|disable|take\s+(?:it|that)\s+(?:off|away)|get\s+rid)\b", re.I)


def asks_us_to_take_ours_off(text: str) -> bool:
    return bool(_TAKE_OURS_OFF.search(text)) or finds_our_tools_left(text)


# A website's domain named ("who registered vandelayimports.com?"), not the domain of an email address
WEBSITE_DOMAIN = r"(?<![@.\w])[a-z0-9-]{3,}\.(?:com|co\.uk|net|org|io|biz|uk|co|us|ca|ie|eu|de|info|example)\b"
# ("take the old office laptop off the domain": a Windows domain, a PC's setting, not their internet domain)
_DOMAIN = re.compile(r"\b(?<!off\s)(?<!off\sthe\s)(?<!onto\sthe\s)(?<!join\sthe\s)(?<!to\sthe\s)(?:domains?|registrar|registrant|dns|"
                     r"name\s*servers?|whois)\b(?![\s-]+(?:joined|join|controller|admin\s+group|user))|" + WEBSITE_DOMAIN, re.I)

# The particular things of theirs a message names, in the words a handover letter uses for them.
_CREDENTIAL_ITEMS = (
    (re.compile(r"\bglobal\s+admin\w*|\bGA\s+account\b|\btenant\s+admin\b", re.I), "the Microsoft 365 global admin account"),
    # "the microsoft 365 admin login", "the admin logins for our Microsoft 365": the tenant's admin, either way round
    # (one item: "the M365 global admin" is the global admin account above, not this as well)
    (re.compile(r"\b(?:m365|o365|microsoft\s*365|office\s*365)\s+admin\w*|"
                # ("the 365 admin login and the server passwords", "admin passwords ... 365 + wifi + the router")
                r"(?<![\w.-])365\s+admin\w*|(?<![\w.-])365\s*(?:[+&/]\s*[a-z]|,\s*(?:wi-?fi|router|firewall|server|the\s|our\s))|"
                # ("admin logins (365, router, the practice software)", "the admin passwords for the server and 365")
                r"(?<!global\s)\badmin\w*\s+(?:[\w-]+\s+){0,5}\(?(?:m365|o365|microsoft\s*365|office\s*365|365)\b", re.I),
     "the Microsoft 365 admin login"),
    # ("the wifi key": the network's password, which staff and guests use, not the router's admin login)
    (re.compile(r"\b(?:wi-?fi|wireless)\s+(?:key|code|network\s+(?:key|password))\b", re.I), "the Wi-Fi network password"),
    (re.compile(r"\bwi-?fi\b(?!\s+(?:key|code|network\s+(?:key|password))\b)|\bwireless\b(?!\s+(?:key|code)\b)", re.I),
     "the Wi-Fi admin password"),
    # ("the practice software", "our practice management system"): the line-of-business app's admin login
    (re.compile(r"\bpractice\s+(?:management\s+)?(?:software|system|app)\b", re.I), "the practice software admin login"),
    # ("the admin passwords for the wifi and the email": the mail system's admin too, not only the Wi-Fi)
    (re.compile(r"\badmin\w*\s+(?:passwords?|logins?|credentials)\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:(?:[\w-]+\s+){1,2}(?:and|&)\s+(?:the\s+|our\s+)?)?"
                r"e-?mail\b|\be-?mail\s+admin\w*\s+(?:passwords?|logins?|account)\b", re.I), "the email admin login"),
    (re.compile(r"\bpre-?shared\s+keys?\b|\bpsk\b", re.I), "the VPN pre-shared key"),
    # (not "how the firewall VLANs were configured": how it was set up, no login asked)
    (re.compile(r"\bfirewall\b(?!\s+(?:vlans?|rules?|config\w*|set-?up|settings|polic(?:y|ies)|ports?)\b)", re.I),
     "the firewall admin login"),
    (re.compile(r"\brouter\b", re.I), "the router admin login"),
    (re.compile(r"\bbitlocker\b(?![^.?!]{0,30}\bkey\b)", re.I), "the BitLocker recovery keys"),
    (re.compile(r"\bbitlocker\b[^.?!]{0,30}\bkey\b", re.I), "the BitLocker recovery key"),
    (re.compile(r"\bbackup\s+(?:encryption\s+)?keys?\b|\bencryption\s+keys?\b|" + _KEY_FOR_BACKUPS, re.I), "the backup encryption key"),
    (re.compile(r"\b(?:epp|auth(?:ori[sz]ation)?|transfer)[\s-]+code\b", re.I), "the domain transfer (EPP) code"),
    # ("what's the licence key for our Office installs?": the product keys they bought, theirs)
    (re.compile(r"\b(?:licen[cs]e|product|activation|office|windows)\s+keys\b", re.I), "the licence keys"),
    (re.compile(r"\b(?:licen[cs]e|product|activation|office|windows)\s+key\b", re.I), "the licence key"),
    (re.compile(r"\bregistrar\b|\bdomain\s+(?:login|account|password)\b", re.I), "the domain registrar login"),
    (re.compile(r"\bvault\b", re.I), "the password-vault records"),
    # (the box named beside its login, never the box alone: "our NAS is full" is a fault)
    (re.compile(r"\b(?:nas|synology|qnap)\b[^.?!]{0,30}\b(?:passwords?|logins?|credentials|admin)\b|"
                r"\b(?:passwords?|logins?|credentials|admin)\b[^.?!]{0,20}\b(?:nas|synology|qnap)\b", re.I), "the NAS admin password"),
    (re.compile(r"\bservers?\s+(?:admin\w*\s+)?(?:passwords?|logins?|credentials)\b|"
                r"\badmin\w*\s+(?:passwords?|logins?|credentials)\s+(?:for|to|of|on)\s+(?:the|our)\s+servers?\b", re.I),
     "the server admin login"),
    # ("the admin passwords for the tills + wifi": the tills' logins as well as the Wi-Fi's)
    (re.compile(r"\b(?:tills?|pos|point[\s-]of[\s-]sale)\b[^.?!]{0,30}\b(?:passwords?|logins?|admin|pins?)\b|"
                r"\b(?:passwords?|logins?|admin)\b[^.?!]{0,25}\b(?:tills?|pos|point[\s-]of[\s-]sale)\b", re.I), "the till admin logins"),
)

# "the admin passwords", naming no system: said as that, beside any key named with it
_ALL_LOGINS = re.compile(r"\b(?:all|list\s+of)\s+(?:of\s+)?(?:our|the|your|their)?\s*(?:other\s+)?(?:logins|passwords|credentials)\b", re.I)
_ADMIN_GENERIC = re.compile(r"\badmin\w*\s+(?:passwords?|logins?|credentials|accounts?|pw|pwd|passwd)\b", re.I)
_ADMIN_OF_A_NAMED = re.compile(r"\badmin\w*\s+(?:password|login|account|credentials)\s+(?:for|to|on|of)\s+(?:our|the|your|their)\s+"
                               r"(?:\w+\s+)?\w+\b(?!\s+(?:and|&|,))", re.I)


_SETUP_ON_A_DEVICE = re.compile(r"\b(?:rules?|config\w*|settings|polic(?:y|ies)|vlans?|ports?)\s+(?:on|in|of)\s+(?:the\s+|their\s+|"
                                r"our\s+)?(?:\w+\s+)?(?:firewall|router|switch)\b", re.I)


# A device named as faulty ("the card machine wifi in the shop keeps dropping out since yesterday"): a fault, no login
_FAULTY_DEVICE = re.compile(r"\b(?:wi-?fi|wireless|router|firewall)\b(?=[^.?!]{0,40}\b(?:keeps?\s+(?:dropping|cutting|going)|drop\w*\s+out|"
                           r"(?:is|'s|are|keeps)\s+(?:down|slow|flaky|broken|dead)|not\s+working|stopped\s+working|won'?t\s+connect|"
                           r"cuts?\s+out|di(?:es|ed)|fails?|failed|crash\w*|goes\s+down|went\s+down|breaks?|broke)\b)", re.I)


# A PC's login asked for beside other logins ("the admin logins for the server and the xray pc", "our office pc + router")
_PC = re.compile(r"\b(?P<which>office|x-?ray|reception|shop|front[\s-]desk|main|surgery|till)?\s*(?:pc|computer|workstation)\b", re.I)
_LOGIN_WORDS = re.compile(r"\b(?:passwords?|pw|logins?|log-ins?|credentials?|creds|admin\w*)\b", re.I)
_PARTS = re.compile(r"[.?!;,]+|\s\(?\d\)\s")
_PC_NAMES = {"x-ray": "X-ray", "xray": "X-ray", "front desk": "front-desk", "front-desk": "front-desk"}


def _pc_login(text: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """One PC's login, only beside another login named (alone, "can't log in to my PC" is a fault)."""
    # (within its own part of the message: "1) the admin password for our 365, 2) the x-ray PC won't boot" asks no
    # PC login)
    part = next((part for part in _PARTS.split(text) if _PC.search(part)), "")
    found = _PC.search(part)
    if not found or not named or not _LOGIN_WORDS.search(part):
        return ()
    which = (found.group("which") or "").lower()
    return (f"the {_PC_NAMES.get(which, which)} PC admin login".replace("the  ", "the "),)


# "brightpath dont know it", "nobody here has it", "can't find it anywhere": a secret of theirs nobody on their side holds
_NOBODY_HAS_IT = re.compile(r"\b(?:don'?t|doesn'?t|dont|doesnt|do\s+not|does\s+not|never)\s+(?:know|have|got|had)\s+(?:it|them|the\s+\w+)\b|"
                            r"\b(?:can'?t|cannot|couldn'?t)\s+find\s+(?:it|them)\b|\bnobody\s+(?:here\s+)?(?:knows|has)\b", re.I)


def nobody_has_it(text: str) -> bool:
    return bool(_NOBODY_HAS_IT.search(text))


def credential_items(text: str) -> tuple[str, ...]:
    """The particular credentials or keys a message names ("the router and firewall logins"), as we'd word them."""
    text = _SETUP_ON_A_DEVICE.sub(" ", text)   # ("how the VPN rules on the Globex firewall were set up": no login asked)
    text = _FAULTY_DEVICE.sub(" ", text)   # ("the card machine wifi keeps dropping out": a fault, no password asked)
    named = tuple(words for pattern, words in _CREDENTIAL_ITEMS if pattern.search(text))
    named += _pc_login(text, named)
    if "the Microsoft 365 global admin account" in named:
        named = tuple(words for words in named if words != "the Microsoft 365 admin login")   # (one account, said once)
    if _ADMIN_GENERIC.search(text) and not any("admin" in words for words in named) \
            and not (named and _ADMIN_OF_A_NAMED.search(text)):   # ("the admin login for our domain registrar": that one)
        named = ("the admin passwords", *named)   # ("admin passwords and the backup key": both)
    elif named and _ALL_LOGINS.search(text):
        named = ("all your logins", *named)   # ("the wifi password, and also a list of all our logins": both)
    return named


# Instructions asked for beside a key ("the backup encryption key and restore instructions"): sent with it, named.
_INSTRUCTIONS = re.compile(r"\b(?:restore|recovery|backup|rebuild|setup|set-up)\s+(?:instructions|steps|procedures?|guides?|notes)\b", re.I)


def instructions_asked(text: str) -> str:
    """The instructions a message asks for, in its words lowercased ("restore instructions"), or ""."""
    found = _INSTRUCTIONS.search(text)
    return found.group(0).lower() if found else ""


# "the .com website, who is paying for it after?": the domain, said as the address the site lives at
_SITE_ADDRESS = re.compile(r"\.com\s+(?:website|site|address)\b|\bwebsite\s+(?:domain|address|name)\b", re.I)


def about_domain(text: str) -> bool:
    return bool(_DOMAIN.search(text) or _SITE_ADDRESS.search(text))


# Licences or subscriptions moved onto the client's own account or card: part of handing over what is theirs.
_ONTO_THEIR_OWN = re.compile(r"\b(?:move|transfer|switch|put|change)\w*\s+(?:\w+\s+){0,3}?(?:to|onto|into|under|over\s+to)\s+"
                             r"(?:our|their|my)\s+own\b|\brelease\w*\s+(?:them|it|the\s+\w+)\s+to\s+(?:us|them|our)\b", re.I)
_SUBSCRIPTIONS = re.compile(r"\b(?:licen[cs]\w*|subscriptions?|renewals?|seats?|m365|microsoft\s+365|office\s+365)\b", re.I)


# "who pays for our microsoft licences after january?": who holds them once we've gone
_WHO_PAYS_AFTER = re.compile(r"\b(?:who\s+pays|after)\b", re.I)


def asks_who_pays_after(text: str) -> bool:
    return bool(_WHO_PAYS_AFTER.search(text))


def moves_licences(text: str) -> bool:
    """Asks to move licences or subscriptions onto their own account or card."""
    return bool(_ONTO_THEIR_OWN.search(text) and _SUBSCRIPTIONS.search(text))


_DELETION_FEARED = re.compile(r"\b(?:if|whether)\s+(?:you|u)\s+(?:will|are\s+going\s+to|gonna|would)\s+(?:delet|wip|eras|remov)\w*\b"
                              r"[^.?!]{0,30}\b(?:our|my|the)\s+(?:stuff|data|files|emails?|accounts?|backups?|everything)\b|"
                              # "We are scared to lose the recipes and the orders files"
                              r"\b(?:scared|afraid|worried|frightened)\s+(?:to|that\s+we(?:'ll|\s+will)|we(?:'ll|\s+will))\s+lose\b|"
                              r"\b(?:you|u|ya)(?:'ll|\s+will|\s+gonna|\s+going\s+to|\s+just)?\s+(?:just\s+)?(?:lock|cut|shut)\w*\s+"
                              r"(?:us|me|everyone)\s+(?:out|off)\b|\b(?:will|are|do|would)\s+(?:you|u|ya)\s+(?:\w+\s+){0,2}?(?:delet|wip|eras|remov|switch\w*\s+off|turn\w*\s+off|"
                              r"shut\w*\s+(?:off|down)|cut\w*\s+off)\w*\b[^.?!]{0,40}\b(?:our|my|the)\s+(?:stuff|data|files|emails?|"
                              r"accounts?|systems?|everything|things|backups?|machines|computers|pcs|laptops|devices)|"
                              # "the doctor say you will stop the internet??"
                              r"\b(?:you|u|ya)(?:'ll|\s+will|\s+gonna|\s+going\s+to)\s+(?:stop|cut|switch\s+off|turn\s+off|shut\s+(?:off|down))\s+"
                              r"(?:the|our|my)\s+(?:internet|e-?mails?|wi-?fi|phones?|computers?|pcs?|server|systems?|network)\b|"
                              # "are you going to switch our server off and wipe everything?"
                              r"\b(?:will|are|do|would)\s+(?:you|u|ya)\s+(?:\w+\s+){0,4}?(?:switch|turn|shut)\w*\s+(?:our|my|the)\s+"
                              r"(?:\w+\s+)?(?:server|systems?|network|internet|e-?mails?|wi-?fi|phones?|computers?|pcs?|stuff)\s+"
                              r"(?:off|down)\b|\b(?:will|are|do|would)\s+(?:you|u|ya)\s+(?:\w+\s+){0,8}?(?:wipe|delete|erase)\s+"
                              r"(?:everything|it\s+all|all\s+of\s+it)\b|"
                              # "will our backups be deleted?", "are our files going to get wiped?"
                              r"\b(?:will|are|is|does|do|would)\s+(?:all\s+(?:of\s+)?)?(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:stuff|data|files|"
                              r"e-?mails?|accounts?|backups?|documents?|records?)\s+(?:going\s+to\s+|gonna\s+)?(?:be|get)\s+"
                              r"(?:delet|wip|eras|destroy|purg)\w*|"
                              # "will our card machine stop working when you lot finish in jan?"
                              r"\b(?:will|does|do|would|is|are)\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,3}?(?:stop\s+working|stop|go\s+(?:off|down|dead)|"
                              r"be\s+(?:switched|turned|cut|shut)\s+off|still\s+work)\b[^.?!]{0,30}\b(?:when|once|after|if)\s+(?:you|u|ya)\b",
                              re.I)

# Being cut off spoken of ("if you disconnect anything or lock us out before the contract ends ..."): the answer,
# whatever else is said, is that nothing of theirs goes off before the last day.
_CUT_OFF_SPOKEN = re.compile(r"\b(?:disconnect\w*|lock\w*\s+(?:us\s+|them\s+)?out|(?:switch|cut|turn|shut)\w*\s+(?:\w+\s+)?(?:off|down)|"
                             r"pull\w*\s+the\s+plug)\b", re.I)

# How something of ours was set up, asked ("how the backup jobs were scheduled and what retention you used").
_HOW_SET_UP = re.compile(r"\bhow\s+(?:[\w-]+\s+){0,9}?(?:was|were|is|are|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:set\s*up|configured|"
                         r"scheduled|built|wired|done)\b|\bwhat\s+(?:retention|settings?|schedule|config\w*)\s+(?:you|we|they|was|were|did)\b|"
                         # "what firewall rules did you have on Globex's SonicWall?"
                         r"\bwhat\s+(?:[\w-]+\s+){0,2}?(?:rules|policies|settings|vlans?|ports)\s+(?:did|do)\s+(?:you|u)\s+(?:have|use|set)\b|"
                         # "which VLAN are the scanners on?", "what subnet is the NAS on?"
                         r"\b(?:which|what)\s+(?:vlans?|subnets?|ip\s+ranges?)\s+(?:is|are|was|were)\b|"
                         # "asking how we had the Globex backup jobs scheduled"
                         r"\bhow\s+(?:we|you|they)\s+had\s+(?:[\w'\u2019-]+\s+){0,6}?(?:set\s*up|configured|scheduled)\b|"
                         r"\bwhy\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:set\s*up|configured)\b|"
                         # "how were your conditional access policies configured?", "how did you configure the VPN?"
                         r"\bhow\s+(?:was|were|did\s+you)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:set\s*up|configured|configure|scheduled|"
                         r"schedule)\b|"
                         # "asking how we set up Globex's VPN and the schedule of their backup jobs"
                         r"\bhow\s+(?:we|you|they)\s+(?:have\s+|had\s+)?(?:set\s*up|configured|scheduled|built)\b|"
                         # "asking how Globex's nightly backups were set up"
                         # ("how the SPF/DKIM records and the mail flow connectors were set up")
                         r"\bhow\s+(?:[\w'\u2019/-]+\s+){1,9}?(?:was|were)\s+(?:set\s*up|configured|scheduled|built)\b|"
                         r"\bwalk\s+(?:us|me|them)\s+through\s+(?:the|your|how|our|their|it|them)\b|"
                         # "a few odd NAT rules - could someone explain what they were for?"
                         r"\b(?:explain|tell\s+(?:us|me))\s+(?:what|why)\s+(?:they|it|these|those|this|that)\s+(?:were|was|are|is)\s+"
                         r"(?:for|there)\b|"
                         # "our new IT man ask how you make the backup setting before"
                         r"\bhow\s+(?:you|u)\s+(?:make|made|do|did)\s+(?:the|our|their)\s+(?:[\w-]+\s+)?(?:settings?|setup|set-up|"
                         r"config\w*)\b", re.I)


def asks_how_configured(text: str) -> bool:
    """Asks how something was set up, whatever else it asks for ("how the firewall rules were configured, and also send
    over the backup key")."""
    return bool(_HOW_SET_UP.search(text))


def asks_how_it_was_set_up(text: str, gap_named: bool = False) -> bool:
    """Asks how something was set up, and not for anything to be sent or handed over (nor says that it is missing
    from the handover documents: that is owed, whatever the date). With `gap_named`, also when it says the notes
    are missing ("how was the VPN configured? Can't find notes."): the question, with what is missing offered (a key
    or password named as missing is owed, not a question about the setup)."""
    return bool(_HOW_SET_UP.search(text)) and not _SEND_IT.search(text) \
        and (gap_named and not CREDENTIAL_WORDS.search(text) or not names_a_missing_item(text)) \
        and not requests_a_document(text)   # (the "how we set up the scanners" doc they ask for is theirs)


# The notes of a setup asked for with the question ("A config export would be ideal", "Do you have docs?").
_SETUP_NOTES = re.compile(r"\b(?:config(?:uration)?\s+(?:exports?|backups?|files?|dumps?)|docs|documentation|notes|"
                          r"diagrams?)\b", re.I)


def asks_how_with_its_notes(text: str) -> bool:
    """Asks how something was set up, and for its notes or a config export with it, but for no secret ("How did you
    configure the VPN? A config export would be ideal."): still a question about the setup, with anything owed from
    the handover sent once the client confirms."""
    return bool(_HOW_SET_UP.search(text)) and bool(_SETUP_NOTES.search(text)) and not CREDENTIAL_WORDS.search(text)


# (not our own reply "to send back to help@...": what is asked to be sent to them)
_SEND_IT = re.compile(r"\b(?<!\bto\s)(?:send|give|transfer|hand\s+over|export|copy|share|forward)\b(?!\s+(?:it\s+)?back\s+to\b)", re.I)

_LICENCES = re.compile(r"\blicen[cs]es?\b|\bsubscriptions?\b|\brenew\w*\s+(?:our|the|my)\s+(?:\w+\s+)?(?:anti-?virus|av|"
                       r"backup|security|office|m365|microsoft|adobe)\b|"
                       # "does the Microsoft 365 renewal move over to us?"
                       r"\b(?:microsoft|office|m365|o365|365|adobe|anti-?virus)\s+(?:\w+\s+)?renewals?\b|"
                       # "a renewal notice for our antivirus"
                       r"\brenewal\s+(?:notice\s+|invoice\s+|e-?mail\s+)?for\s+(?:our|the|my)\s+(?:\w+\s+)?(?:anti-?virus|av|backup|"
                       r"security|office|m365|microsoft|adobe)\b", re.I)


def about_licences(text: str) -> bool:
    return bool(_LICENCES.search(text))


_BILLED_THROUGH_US = re.compile(r"\b(?:still\s+)?(?:billing|billed|charged|invoiced|paying|paid)\s+(?:\w+\s+)?(?:through|via|by|to)\s+"
                                r"(?:you|u|your\s+(?:account|firm|company))\b", re.I)


_LAPSING = re.compile(r"\b(?:expir\w*|laps\w*|run(?:ning)?\s+out|about\s+to\s+renew|due\s+(?:to|for)\s+renew\w*)\b", re.I)


def licences_to_move_to_them(text: str) -> bool:
    """Their licences still billed through us ("why are our microsoft licences still billing through you??") or about
    to lapse ("our licences are expiring and nobody said a word"): theirs to move into their own name, whatever the
    date."""
    return about_licences(text) and bool(_BILLED_THROUGH_US.search(text) or _LAPSING.search(text))


_HANDOVER_LATER = re.compile(r"\b(?:hand\w*(?:\s+\w+){0,2}\s+over|handover|pass\w*\s+(?:\w+\s+){0,2}(?:on|over)|do\s+the\s+switch)\b[^.?!]{0,60}"
                             r"\b(?:in|after|into)\s+(?:the\s+)?(?:new\s+year|january|jan|holidays|christmas|xmas|break)\b|"
                             r"\b(?:hand\w*(?:\s+\w+){0,2}\s+over|handover)\b[^.?!]{0,60}\bafter\s+(?:you|we)\s+(?:re-?open|are\s+back|get\s+back)\b",
                             re.I)


def asks_handover_later(text: str) -> bool:
    """The handover asked for after the closure or in the new year ("hand everything over after you reopen?")."""
    return bool(_HANDOVER_LATER.search(text)) and "?" in text


def asks_us_to_renew(text: str) -> bool:
    """Asks us to renew something for them ("can you renew our Microsoft licences one more time?")."""
    return bool(re.search(r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+|still\s+)*renew\b|"
                          # "Our Office 365 licences are up for renewal next month. Are you still sorting that?"
                          r"\brenew\w*\b[^?]{0,80}\b(?:are|will|do)\s+(?:you|u)\s+(?:still\s+)?(?:sort\w*|handl\w*|do\w*|"
                          r"tak\w*\s+care\s+of|deal\w*\s+with)\b|"
                          # "any chance u could still renew our antivirus licence?"
                          r"\b(?:you|u)\s+(?:could|can|would)\s+(?:please\s+|just\s+|still\s+)*renew\b|\brenew\w*\b[^.?!]{0,40}\b"
                          r"(?:one\s+more\s+time|again|for\s+us)\b|"
                          # (as staff relay it: "they called asking about renewing their antivirus licences")
                          r"\b(?:ask\w*|want\w*)\s+(?:(?:us|about|if\s+we\s+can|whether\s+we\s+can|for|to)\s+)*renew\w*\b|"
                          # "BrightPath want us to renew Globex's 365 licences one last time"
                          r"\brenew\w*\b[^.?!]{0,40}\bone\s+(?:last|final)\s+time\b", text, re.I))


def speaks_of_the_handover(text: str) -> bool:
    """Thanks about the handover or our help ("transition went smooth"), not a passing "have a lovely weekend"."""
    # ("the switchover", "our cutover day": the move itself by another name)
    return bool(re.search(r"\b(?:transition|handover|hand-over|switch(?:-?over)?|cut-?over|change-?over|go-live|migration|move|"
                          r"help|support|everything)\b", text, re.I))


# One part of our work kept on ("could we keep you just for the email and let Castle Tech do everything else?", "could
# you still look after just our email after the 21st?"): a smaller arrangement to stay
_PART_ENDS = r"(?=\s*(?:[.,;?!]|$|\s+(?:after|past|beyond|from|once|when|until|till|into)\b))"
_ONE_PART_KEPT = re.compile(rf"\b(?:keep|stay\s+with|stick\s+with)\s+(?:you|u)(?:\s+(?:guys|on))?\s+(?:just|only)\s+(?:for|on)\s+"
                            rf"(?P<part>(?:the\s+|our\s+)?[\w-]+(?:\s+(?:and|&)\s+(?:the\s+|our\s+)?[\w-]+{_PART_ENDS})?)|"
                            r"\b(?:(?:you|u)\s+(?:could|can)|(?:could|can)\s+(?:you|u))\s+(?:still\s+|just\s+)*"
                            r"(?:do|look\s+after|handle|keep|manage|host|run)\s+(?:just|only)\s+"
                            rf"(?P<other>(?:the|our)\s+[\w-]+(?:\s+(?:and|&)\s+(?:the\s+|our\s+)?[\w-]+{_PART_ENDS})?)", re.I)


# "can they keep using our Microsoft 365 licences after Monday 21 December?": licences billed through us, kept on
_OUR_LICENCES_KEPT = re.compile(r"\bkeep\s+(?:using|on|hold\s+of)\s+(?:our|your)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|subscriptions?|"
                                r"seats)\b", re.I)


def keeps_our_licences(text: str) -> bool:
    return bool(_OUR_LICENCES_KEPT.search(text))


def keeps_us_for_one_part(text: str) -> str:
    """One part of our work kept on ("could we keep you just for the email and let Castle Tech do the rest?"): that
    part, as theirs ("your email and the website"); "" for none."""
    found = _ONE_PART_KEPT.search(text)
    if not found:
        return ""
    part = re.sub(r"^(?:the|our)\s+", "", found.group("part") or found.group("other"), flags=re.I)
    return "your " + re.sub(r"\b(?:our)\b", "your", part, flags=re.I)


def offers_less_work(text: str) -> bool:
    """A smaller arrangement put forward to stay ("could we stay on a smaller plan? only emergencies"): less asked of us,
    not more paid."""
    return bool(re.search(r"\b(?:smaller|cheaper|basic|reduced|lighter|lite|minimal|cut-?down|scaled[\s-]+(?:back|down))\s+"
                          r"(?:plan|package|contract|agreement|service|support|deal|tier|version)\b|"
                          r"\bonly\s+(?:for\s+)?(?:emergenc\w+|urgent\s+\w+|the\s+(?:big|important|urgent)\s+\w+|critical\s+\w+)|"
                          r"\b(?:hardly|barely|rarely|never)\s+(?:bother|call|contact|trouble|ring)\b|"
                          r"\b(?:fewer|less)\s+(?:tickets|calls|hours|support|requests)\b|" + _ONE_PART_KEPT.pattern, text, re.I))


def visits_our_office(text: str) -> bool:
    """They will come to our office ("dropping off mince pies at your office", "we'll pop in on the 24th")."""
    return bool(re.search(r"\b(?:drop(?:ping)?|pop(?:ping)?|com(?:e|ing)|swing(?:ing)?|stop(?:ping)?)\s+(?:them\s+|it\s+|some\s+)?"
                          r"(?:off|by|in|round|over)\b|\bvisit\w*\b|\b(?:at|to)\s+your\s+(?:office|place|shop)\b", text, re.I))


def speaks_of_the_handover_timing(text: str) -> bool:
    """The handover's dates spoken of ("nudging them about handover timing", "the handover deadline")."""
    return bool(re.search(r"\bhand-?over\s+(?:timing|timeline|dates?|deadline|schedule)\b|"
                          r"\b(?:timing|timeline|dates?|deadline|schedule)\s+(?:of|for)\s+(?:the\s+)?hand-?over\b", text, re.I))


def speaks_of_cut_off(text: str) -> bool:
    return bool(_CUT_OFF_SPOKEN.search(text))


# "will they just stop when you go?" (of their licences, their email...): no, said first
_STOPPING_FEARED = re.compile(r"\b(?:will|would|do|does)\s+(?:they|it|them|these|those|the\s+\w+|our\s+\w+)\s+(?:just\s+|all\s+|"
                              r"simply\s+)?(?:stop|lapse|expire|run\s+out|be\s+(?:cut|switched|turned)\s+off|be\s+cancell?ed|"
                              r"go\s+(?:down|offline|dark))\b", re.I)   # ("Will our website go down on Monday the 21st?")


# Asked whether something of theirs keeps running while we're shut ("You'll keep our backups running over Christmas
# while you're shut, yes?"): yes, nothing of theirs stops with our office
_KEPT_RUNNING_ASKED = re.compile(r"\b(?:keep|kept|still|will)\b[^.?!]{0,15}\b(?:our|the|their)\s+(?:backups?|e-?mails?|systems?|servers?|"
                                 r"website|network|monitoring)\s+(?:running|going|working|on)\b|"
                                 r"\b(?:backups?|e-?mails?|systems?|servers?|website)\s+(?:still\s+)?(?:keep\s+)?(?:run|running|work|working)\b"
                                 r"[^.?!]{0,40}\b(?:christmas|xmas|holidays?|closure|shut|closed)\b", re.I)


def asks_if_kept_running(text: str) -> bool:
    return bool(_KEPT_RUNNING_ASKED.search(text))


def fears_things_stop(text: str) -> bool:
    return bool(_STOPPING_FEARED.search(text))


# "What actually happens to our emails and patient files when you stop?": what becomes of theirs, asked (they stay theirs)
_FATE_OF_THEIRS = re.compile(r"\bwhat\s+(?:actually\s+|exactly\s+|then\s+)?(?:happens|will\s+happen|is\s+going\s+to\s+happen|"
                             r"(?:is\s+)?happen)\s+"   # ("What is happen to our emails?": a second language, the same question)
                             r"(?:to|with)\s+(?:all\s+)?(?:our|my|the)\s+[^.?!]{0,40}?\b(?:e-?mails?|files|data|records|documents|"
                             r"backups|accounts)\b", re.I)


def asks_what_becomes_of_theirs(text: str) -> bool:
    return bool(_FATE_OF_THEIRS.search(text))


def fears_deletion(text: str) -> bool:
    """Asks whether we will delete or switch off what is theirs ("will you delete our stuff after the 4th?")."""
    return bool(_DELETION_FEARED.search(text))


# They haven't confirmed who holds admin on their side: removing ours now could lock them out.
_CONTROL_UNCONFIRMED = re.compile(
    r"\b(?:never|not|haven'?t|hasn'?t|didn'?t)\s+(?:yet\s+)?(?:confirmed|said|told\s+us|named|given|sent)\b[^.?!]{0,40}"
    r"\b(?:admin|access|control|who)\b|\bno\s*(?:one|body)\s+(?:on\s+their\s+side\s+)?(?:has|holds|got)\s+(?:admin|access|control)\b",
    re.I)


def control_unconfirmed(text: str) -> bool:
    return bool(_CONTROL_UNCONFIRMED.search(text))


_RESET = re.compile(r"\breset\w*", re.I)


def mentions_a_reset(text: str) -> bool:
    """"please reset the admin password": a ticket, not passwords to hand over."""
    return bool(_RESET.search(text))


_MOVE_DATA = re.compile(r"\b(?:export\w*|copy|copies|download\w*|back\s+up|send|give|hand\w*|transfer\w*|get)\b", re.I)


def asks_to_move_data(text: str) -> bool:
    """Words that move data somewhere (export, copy, send, hand over): without them, a mailbox fault is a fault."""
    return bool(_MOVE_DATA.search(text))


_PASS_ON = re.compile(r"\b(?:tell|send|give|share|pass|forward)\b", re.I)


def asks_to_pass_on(text: str) -> bool:
    """"tell castle tech our wifi password": something of theirs passed on, not a ticket."""
    return bool(_PASS_ON.search(text))


_A_KEY = re.compile(r"\b(?:encryption|recovery|bitlocker|decryption)\s+(?:keys?|passwords?)\b|" + _KEY_FOR_BACKUPS, re.I)
_THE_DATA_ITSELF = re.compile(r"\b(?:files|data|copy|copies|drive)\b", re.I)


def asks_for_a_key_only(text: str) -> bool:
    """"our backup drive's recovery key": a key to what they hold, not a copy of their data."""
    return bool(_A_KEY.search(text)) and not _THE_DATA_ITSELF.search(text)


_BACKUPS_THEMSELVES = re.compile(r"\b(?:our|the|old|all|their)\s+(?:old\s+)?(?:backups|backup\s+(?:data|files|copies|drives?)|data|files)\b|"
                                 r"\bbackups?\s+of\s+(?:our|the|all)?\b|"   # ("we need backup of x-ray images")
                                 # "an export of all our patient records and x-rays"
                                 r"\bexports?\s+of\s+(?:all\s+)?(?:our|the|their)\b|\bexports?\s+of\s+(?:all\s+)?(?:company|business)\s+data\b|\b(?:our|all|the|their)\s+(?:patient\s+|client\s+|customer\s+)?records\b", re.I)


def asks_for_data_and_logins(text: str) -> bool:
    """"need our old backups and the encryption key asap", "send us the admin passwords and our data": their data itself
    and a login or key beside it."""
    return bool(credential_items(text)) and bool(_BACKUPS_THEMSELVES.search(text))


_EXPIRY = re.compile(r"\bexpir\w*|\blaps\w*|\brenew\w*", re.I)


def speaks_of_expiry(text: str) -> bool:
    """"vandelayimports.com expires next week": something of theirs running out."""
    return bool(_EXPIRY.search(text))


_STILL_HELD = re.compile(r"\b(?:do\s+|does\s+)?(?:you|u|your\s+(?:team|lot|guys))\s+still\s+(?:have|hold|got|keep)\s+(?:a\s+copy\s+of\s+)?(?:our|the|my)\b",
                         re.I)


# "does your company still have admin on our 365 tenant?": whether our access is still there, asked, not found (not
# "why do you STILL have admin ...?", which found it)
_ACCESS_ASKED = re.compile(r"(?<!\bwhy\s)\b(?:do|does|have|has|are|is)\s+(?:you|u|your\s+(?:company|firm|team|lot|guys|people|side))\s+still\s+"
                           r"(?:have|hold|got|keep)\s+(?:\w+\s+){0,2}?(?:admin\w*|access|accounts?|logins?|rights)\b", re.I)


def asks_if_we_still_have_access(text: str) -> bool:
    return bool(_ACCESS_ASKED.search(text))


def asks_if_we_still_hold(text: str) -> bool:
    """"u still have our wifi pw?": whether something of theirs is still with us, to be handed back."""
    return bool(_STILL_HELD.search(text))


# Which licences they had with us, or when they renew ("remind us which licences we had with you and when they renew"):
# a list the record doesn't keep, checked by a person, never a handover of everything.
_WHICH_LICENCES = re.compile(r"\bwhich\s+(?:licen[cs]es|subscriptions)\b|\bwhat\s+(?:licen[cs]es|subscriptions)\s+(?:we|did|do)\b|"
                             r"\bwhen\s+(?:they|it|each|those|these|the\s+licen[cs]es)\s+(?:\w+\s+)?renews?\b|\brenewal\s+dates?\b", re.I)


def asks_which_licences(text: str) -> bool:
    return bool(_WHICH_LICENCES.search(text))


# Who holds something of theirs is asked ("do we have it or do you??", "who has the key?", "I not know where is it"):
# the record doesn't say, so nothing may claim we hold it.
_WHO_HOLDS = re.compile(r"\bdo\s+(?:we|you|u)\s+have\s+(?:it|them)\s+or\s+(?:do\s+)?(?:you|u|we)\b|"
                        r"\bwho\s+(?:has|holds|keeps|owns)\s+(?:it|them|the|our)\b|\b(?:don'?t|not)\s+know\s+where\b", re.I)


def asks_who_holds(text: str) -> bool:
    return bool(_WHO_HOLDS.search(text))


# "confirm that all administrator credentials have been returned to us": whether the handover happened, not on record
_HANDED_OVER_ASKED = re.compile(r"\b(?:confirm\w*|statement)\s+(?:to\s+us\s+)?(?:that\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?"
                                r"(?:credentials|passwords|logins|keys|data|accounts)\b[^.?!]{0,60}?\b(?:have|has)\s+(?:all\s+)?been\s+"
                                r"(?:returned|handed\s+over|given|sent|delivered|transferred)\b|"
                                r"\b(?:have|has|were|was)\s+(?:all\s+)?(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:credentials|passwords|logins|keys)\s+"
                                r"(?:all\s+)?(?:been\s+)?(?:returned|handed\s+over|given\s+back)\b", re.I)


# "Please confirm the date by which this will be completed": when the handover of theirs will be done
_BY_WHEN_DONE = re.compile(r"\bdate\s+by\s+which\b|\bby\s+when\b|\b(?:confirm|tell\s+us|let\s+us\s+know)\s+(?:the\s+date|when)\b"
                           r"[^.?!]{0,40}\b(?:complete[ds]?|done|finished|happen|transferred|moved)\b", re.I)


def asks_by_when_done(text: str) -> bool:
    return bool(_BY_WHEN_DONE.search(text))


def asks_if_handed_over(text: str) -> bool:
    return bool(_HANDED_OVER_ASKED.search(text))


# "written confirmation that (1) the transfer of the domain ... has been completed, and (2) all access held by your firm
# ... has been removed": steps of the handover to be confirmed done, which the record can't confirm
_CONFIRM_DONE = re.compile(r"\bconfirm\w*\b(?:[^.?!]|\.(?=\w)){0,200}?\b(?:has|have)\s+(?:now\s+)?(?:all\s+)?been\s+(?:fully\s+|securely\s+)?"
                           r"(?:completed|removed|revoked|disabled|transferred|returned|handed\s+over|moved|finali[sz]ed)\b|"
                           r"\bconfirm\w*\b(?:[^.?!]|\.(?=\w)){0,200}?\b(?:is|are)\s+(?:now\s+)?(?:fully\s+)?complete\b|"
                           # "written confirmation of all software licences transferred to Globex Logistics Ltd"
                           r"\bconfirmation\s+of\s+(?:all\s+|the\s+|any\s+)?[^.?!]{0,80}?\b(?:transferred|returned|removed|"
                           r"revoked|handed\s+over|moved)\b", re.I)
_DONE_POINTS = (("domain", re.compile(r"\bdomains?\b|\bregistrar\b|\bdns\b", re.I)),
                ("access", re.compile(r"\b(?:access|accounts?\s+(?:of\s+yours|held\s+by\s+you)|remote\s+tools?|agents?)\b[^.?!]{0,80}?"
                                      r"\b(?:removed|revoked|disabled|closed)\b", re.I)),
                ("credentials", re.compile(r"\b(?:passwords?|credentials|logins?|keys?)\b[^.?!]{0,80}?\b(?:returned|handed\s+over|"
                                           r"transferred)\b", re.I)),
                ("data", re.compile(r"\b(?:data|files|backups?)\b[^.?!]{0,80}?\b(?:returned|handed\s+over|transferred|delivered)\b", re.I)),
                ("licences", re.compile(r"\blicen[cs]es?\b", re.I)),
                # "... and that no further charges will be raised", "and the status of any outstanding invoice"
                ("charges", re.compile(r"\bno\s+(?:further|more)\s+(?:charges?|invoices?|fees?|billing)\b|\boutstanding\s+"
                                       r"(?:invoices?|balance|amounts?|charges?)\b|\bstatus\s+of\s+(?:any|the|our)\s+"
                                       r"(?:final\s+|last\s+)?(?:invoices?|account|balance)\b", re.I)))


def handover_steps_to_confirm(text: str) -> tuple[str, ...]:
    """The handover steps a letter asks us to confirm are done ("domain", "access", "credentials", "data",
    "licences", "charges"), in that order; () when it asks for no such confirmation."""
    if not _CONFIRM_DONE.search(text):
        return ()
    return tuple(point for point, pattern in _DONE_POINTS if pattern.search(text))



# Afraid their email stops with us ("do we lose email??", "will our mail stop working in January?"): said plainly
# that it keeps working, whatever else the message asks.
_EMAIL_FEARED = re.compile(r"\b(?:lose|losing|lost|keep|stop|stops|cut\s+off)\s+(?:all\s+)?(?:our|the|my)?\s*(?:e-?mails?|mail(?:boxes)?|"
                           r"mailbox)\b|\b(?:e-?mails?|mail(?:boxes)?|mailbox)\s+(?:will\s+|going\s+to\s+)?(?:just\s+|simply\s+|all\s+)?(?:stop|stops|go\s+down|"
                           r"disappear|be\s+(?:deleted|cut\s+off|switched\s+off|turned\s+off)|still\s+work(?:s|ing)?|keep\s+working|"
                           r"carry\s+on\s+working|work\s+after)\b|"
                           # "What happen to our email after you go in january? We lose it?"
                           r"\bwhat\s+(?:happens?|will\s+happen)\s+(?:to|with)\s+(?:our|the|my)\s+e-?mails?\b", re.I)


def fears_losing_email(text: str) -> bool:
    return bool(_EMAIL_FEARED.search(text))


# "suggesting they at least get an email provider set up before Monday 21 December": their email moved first
_EMAIL_SETUP_URGED = re.compile(r"\b(?:get|set\s*up|sort(?:\s+out)?|arrange|pick|choose|suggest\w*|recommend\w*)\s+(?:\w+\s+){0,2}?(?:an?\s+|their\s+own\s+)?"
                                r"(?:hosted\s+)?e-?mail\s+(?:provider|service|host(?:ing)?|platform)\b|"
                                # ("suggesting they at least get their email sorted with a provider before their last day")
                                r"\b(?:get|have)\s+(?:their|its|the|your)\s+e-?mail\s+(?:sorted|moved|set\s+up)\b", re.I)


# What handing over theirs costs ("How does that work and what does it cost?"): no fee is on record, so who confirms it
_COST_ASKED = re.compile(r"\b(?:what|how\s+much)\s+(?:does|will|would)\s+(?:it|that|this|all\s+(?:that|this))\s+(?:cost|come\s+to)\b|"
                         r"\bhow\s+much\s+(?:do|will|would)\s+(?:you|u)\s+charge\b|\bis\s+there\s+(?:a|any)\s+(?:charge|fee|cost)\b|"
                         r"\b(?:will|do)\s+(?:you|u)\s+charge\s+(?:us|for)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:cost|charge|fee)\b|"
                         r"\b(?:does|will|would)\s+(?:it|that|this)\s+cost\s+(?:anything|extra|money|us)\b|\bis\s+(?:it|that|this)\s+free\b", re.I)


def asks_the_cost(text: str) -> bool:
    return bool(_COST_ASKED.search(text))


def asks_for_a_licence_list(text: str) -> bool:
    """("send us a list of all our Microsoft licences so we know what to buy")"""
    return bool(re.search(r"\blist\s+of\s+(?:all\s+)?(?:our|the|your)\s+(?:[\w-]+\s+){0,2}?licen[cs]es\b|\blicen[cs]es?\s+list\b", text, re.I))


def asks_who_to_address(text: str) -> bool:
    """("who should I address it to?", "who do we send it to?")"""
    return bool(re.search(r"\bwho\s+(?:should|do|shall|can)\s+(?:i|we)\s+(?:address|send|deliver|post)\s+(?:it|them|this)\s+to\b|"
                          r"\bwho\s+(?:should|do)\s+(?:i|we)\s+(?:address|make)\s+(?:it|them)\s+(?:out\s+)?(?:to|for)\b", text, re.I))


def names_antivirus(text: str) -> bool:
    return bool(re.search(r"\banti-?virus\b|\bendpoint\s+(?:security|protection)\b|\b(?:sophos|defender|bitdefender|eset|sentinel\s*one)\b",
                          text, re.I))


# "Castle Tech recommend we move email to Google - can you do that before you go?": their mail moved, asked of us
_EMAIL_MOVE = re.compile(r"\b(?:move|moving|migrat\w*|switch\w*|transfer\w*)\s+(?:all\s+)?(?:our\s+|the\s+)?(?:e-?mails?|mail(?:boxes)?|"
                         r"e-?mail\s+accounts?)\s+(?:over\s+|across\s+)?(?:to|onto|into)\s+(?P<to>google(?:\s+workspace)?|gmail|g\s*suite|"
                         r"microsoft(?:\s+365)?|m365|office\s*365|outlook|exchange(?:\s+online)?)\b", re.I)
_DO_IT_ASKED = re.compile(r"\b(?:can|could|will|would)\s+(?:you|u)\b|\bplease\b|\b(?:recommend|suggest|advise)\w*\s+(?:that\s+)?we\b", re.I)


def asks_us_to_move_email(text: str) -> str:
    """Their email moved to a hosted service, asked of us: the service, as it is called ("Google Workspace"); "" for none."""
    found = _EMAIL_MOVE.search(text)
    if not found or not _DO_IT_ASKED.search(text):
        return ""
    return "Google Workspace" if re.match(r"g", found.group("to"), re.I) else "Microsoft 365"


# "Do you have ANY idea what happens if our imaging system goes down?": a system of theirs feared failing, as theirs
_FAILURE_FEARED = re.compile(r"\bwhat\s+(?:happens|do\s+we\s+do|are\s+we\s+supposed\s+to\s+do)\s+if\s+(?:our|the|my)\s+"
                             r"(?P<thing>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:goes\s+down|fails|breaks(?:\s+down)?|stops\s+working|"
                             r"crashes|dies|falls\s+over)\b", re.I)


def fears_a_system_failing(text: str) -> str:
    """The system of theirs they fear failing ("your imaging system"); "" for none."""
    found = _FAILURE_FEARED.search(text)
    return f"your {found.group('thing').lower()}" if found else ""


# "Please confirm in writing that all our admin credentials have been returned to us": a confirmation of a handover
# the record doesn't show, asked for
_RETURN_CONFIRMED = re.compile(r"\bconfirm\w*\b[^.?!]{0,60}\b(?:have|has)\s+(?:all\s+)?been\s+(?:returned|handed\s+(?:over|back)|"
                               r"transferred|given\s+back|sent)\b", re.I)


def asks_to_confirm_returned(text: str) -> bool:
    return bool(_RETURN_CONFIRMED.search(text))


def urges_email_setup(text: str) -> bool:
    return bool(_EMAIL_SETUP_URGED.search(text))


# "can we keep our email addresses after you go?": asked as keeping, so answered "yes", not "no, you won't lose it".
_EMAIL_KEEP_ASKED = re.compile(r"\b(?:can|could|will|do|may|would)\s+(?:we|i)\s+(?:still\s+)?(?:get\s+to\s+)?(?:keep|use|have)\s+"
                               r"(?:all\s+)?(?:our|my|the)\s+(?:\w+\s+)?(?:e-?mails?|mail|mailbox(?:es)?)\b", re.I)


_EMAIL_WHAT_ASKED = re.compile(r"\bwhat\s+(?:happens?|will\s+happen|is\s+happening)\s+(?:to|with)\s+(?:our|the|my)\s+(?:\w+\s+)?"
                               r"(?:e-?mails?|mail|mailbox(?:es)?)\b", re.I)


def email_asked_as(text: str) -> str:
    """How a worry about their email is asked: "keep" ("can we keep our email?", answered yes), "working" ("will our email
    keep working after that?", yes), "running" ("will you keep
    our email running?": it runs, looked after by someone else), "what" ("what
    happens to our email?", answered plainly, not "no"), or "" (a fear, "do we lose our email?", answered "no")."""
    if re.search(r"\b(?:you|u)(?:'ll|\s+will|\s+would)?\s+keep\s+(?:our|the|my)\s+e-?mails?\s+(?:running|going|working|on)\b", text, re.I):
        return "running"   # ("whether you'll keep our email running after that?": it runs, we don't run it)
    if _EMAIL_KEEP_ASKED.search(text):
        return "keep"
    if re.search(r"\b(?:e-?mails?|mail)\s+(?:keep|carry\s+on|still)\s+work", text, re.I):
        return "working"   # ("will our email keep working after that?": yes)
    # ("What happen to our email after you go? We lose it?": the fear asked too, answered "no")
    return "what" if _EMAIL_WHAT_ASKED.search(text) and not re.search(r"\blose\b|\blost\b", text, re.I) else ""


def asks_for_their_email(text: str) -> bool:
    """Their email named among what they want handed over ("all our patient records and emails exported")."""
    text = _SENT_BY_EMAIL.sub(" ", text)   # ("export our files and email them to my gmail": how, not what)
    return bool(re.search(r"\b(?:e-?mails?|mail\s*box(?:es)?|inbox(?:es)?)\b", text, re.I)) and asks_for_what_is_theirs(text)


# Their data asked to be sent by email ("export all our patient files and email them to my gmail")
_SENT_BY_EMAIL = re.compile(r"\b(?:e-?mail|send)\s+(?:them|it|everything|the\s+(?:files|data|records|lot))\s+(?:over\s+)?(?:to|across\s+to)\s+"
                            r"(?:me|my|us|our|the)\b[^.?!]{0,30}|\bto\s+my\s+(?:gmail|hotmail|yahoo|outlook|personal)\b|"
                            # ("can you just wetransfer it to me?", "stick it on a dropbox link")
                            r"\b(?:we\s*transfer|dropbox|google\s+drive\s+link|file[\s-]?transfer\s+link)\b", re.I)


def asks_data_by_email(text: str) -> bool:
    return bool(_SENT_BY_EMAIL.search(text))


# "Patient records included obviously", "the payroll files": data whose copy needs more care than the rest
_SENSITIVE_RECORDS = re.compile(r"\b(patient|medical|health|clinical|dental|payroll|personnel|hr)(?:s['\u2019]|['\u2019]s)?\s+"
                                r"(records?|data|files|notes|images|x-?rays?|database)\b", re.I)


def sensitive_records(text: str) -> str:
    """The sensitive records a message names, as it names them ("patient records", "patients' records" the same)."""
    found = _SENSITIVE_RECORDS.search(text)
    return f"{found.group(1).lower()} {found.group(2).lower()}" if found else ""


# Something of theirs they want kept safe in the handover ("Just make sure the x-rays are backed up before you go",
# "make sure our patient files are included"): named back to them, in their words
_KEPT_SAFE = re.compile(r"\bmake\s+sure\s+(?:that\s+)?(?P<item>(?:the|our|my|all(?:\s+the|\s+our)?)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
                        r"(?P<verb>is|are|gets?|were|was|ha(?:s|ve)\s+been)\s+(?:all\s+|safely\s+|properly\s+)?"
                        r"(?:backed\s*-?up|included|saved|copied|kept|safe|on\s+the\s+drive|in\s+the\s+(?:copy|handover|backup))\b", re.I)


def names_data_to_keep(text: str) -> tuple[str, bool]:
    """What they want kept safe, as theirs ("our patient files" -> "your patient files"), and whether it is plural."""
    found = _KEPT_SAFE.search(text)
    if not found:
        return "", False
    item = re.sub(r"\b(?:our|my)\b", "your", found.group("item"), count=1, flags=re.I)
    item = re.sub(r"^(?:The|All)\b", lambda m: m.group(0).lower(), item)
    return item, found.group("verb").lower() in ("are", "were", "have been", "get")


# A file lost and a restore wanted ("a copy of the backup from early October, a file got deleted"): the copy is theirs,
# the restore is support.
_RESTORE = re.compile(r"\b(?:restore|recover)\w*\b|\b(?:got|was|been|were|accidentally)\s+deleted\b|\blost\s+(?:a|some|the|our)\s+"
                      r"(?:file|files|folder|document|spreadsheet)s?\b|"
                      # "do you still have our old backups? need one file from September"
                      r"\bneed\s+(?:just\s+)?(?:one|a|a\s+single|1)\s+(?:file|folder|document|spreadsheet|email)\b", re.I)


def asks_for_a_restore(text: str) -> bool:
    return bool(_RESTORE.search(text))


# "have you deleted all our files?", "where is our data?": their data feared gone, which is theirs whatever has happened.
_DATA_GONE = re.compile(r"\b(?:delet\w*|wip\w*|erase\w*|lost|gone|destroy\w*)\b[^.?!]{0,30}\b(?:data|files|backups?|e-?mails?|"
                        r"documents|sharepoint|onedrive|mailbox(?:es)?|folders)\b|\b(?:data|files|backups?|documents)\b[^.?!]{0,20}\b(?:delet\w*|wiped|gone|lost|erased)\b|"
                        r"\bwhere\s+(?:is|are|has|have)\s+(?:all\s+)?our\s+(?:data|files|backups?|documents)\b|"
                        # ("We still need a copy of our old files from the server. Did you delete them??")
                        r"\b(?:data|files|backups?|e-?mails?|documents|folders)\b[^.?!]{0,60}[.?!]+\s*(?:did|have|has)\s+(?:you|u)\s+"
                        r"(?:\w+\s+)?(?:delete|deleted|wipe|wiped|erase|erased|lose|lost)\s+(?:them|it|those)\b", re.I)


def fears_data_gone(text: str) -> bool:
    return bool(_DATA_GONE.search(text))


# Files said to be missing now ("Half our files are gone"), not feared for later; and the Microsoft 365 store named,
# whose recycle bin keeps what was deleted for 93 days
_NOW_MISSING = re.compile(r"\b(?:are|is|have|has|'re|'s)\s+(?:all\s+|just\s+)?(?:gone|missing|disappeared|vanished)\b|"
                          r"\b(?:is|are)\s+(?:now\s+)?empty\b|\bdeleted\s+(?:all\s+(?:of\s+)?)?our\b", re.I)
_RECYCLE_BIN_STORE = re.compile(r"\b(sharepoint|onedrive)\b", re.I)


def says_files_missing(text: str) -> bool:
    """Said, not asked ("have you deleted our files?" only asks)."""
    said = " ".join(part for part in re.findall(r"[^.?!]+[.?!]*", text) if not part.rstrip().endswith("?"))
    return bool(_DATA_GONE.search(text) and _NOW_MISSING.search(said))


def recycle_bin_store(text: str) -> str:
    """ "SharePoint" or "OneDrive" where the missing files were kept, else ""."""
    found = _RECYCLE_BIN_STORE.search(text)
    return {"sharepoint": "SharePoint", "onedrive": "OneDrive"}[found.group(1).lower()] if found else ""


# "BrightPath can't restore anything without it": what the missing thing of theirs blocks, no fault for us to fix
_BLOCKED_WITHOUT = re.compile(r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\b[^.?!]{0,40}\bwithout\s+(?:it|them|the\s+\w+)\b|"
                              # "need the encryption key for our backup drive, the new IT guy can't open it"
                              r"\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:open|unlock|decrypt|read|access)\s+(?:it|them|the\s+\w+)\b",
                              re.I)


def blocked_without_it(text: str) -> bool:
    return bool(_BLOCKED_WITHOUT.search(text))



# "What format will it come in?": the format asked for, confirmed by a person (it isn't on record)
_FORMAT_ASKED = re.compile(r"\b(?:what|which)\s+format\b|\bin\s+what\s+(?:format|form)\b|\bformat\b[^.?!]{0,40}\?", re.I)


def asks_format(text: str) -> bool:
    return bool(_FORMAT_ASKED.search(text))


# "how long do u keep our backups after the 21st?": our retention asked about, which is not on record
_HOW_LONG_KEPT = re.compile(r"\bhow\s+long\s+(?:do|will|would|can)\s+(?:you|u|ya)\s+(?:guys\s+)?(?:keep|hold|retain|store)\b", re.I)


def asks_how_long_kept(text: str) -> bool:
    return bool(_HOW_LONG_KEPT.search(text))


# "cancel the microsoft 365 thing now so we stop paying for it": their licences, moved to them rather than cancelled
_CANCEL_LICENCES = re.compile(r"\bcancel\w*\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?(?:microsoft\s*365|m365|o365|office\s*365|365|"
                              r"(?:[\w&+.-]+\s+)?licen[cs]es?|subscriptions?|e-?mail\s+(?:plan|subscription|licen[cs]es?))\b", re.I)


def asks_us_to_cancel_licences(text: str) -> bool:
    return bool(_CANCEL_LICENCES.search(text))


# "please cancel the Adobe licences you had for us": a product of theirs they no longer want, named (not their email)
_CANCEL_PRODUCT = re.compile(r"\bcancel\w*\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?(?-i:([A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*)?))\s+"
                             r"(?:licen[cs]es?|subscriptions?|seats?|accounts?)\b", re.I)
_EMAIL_SUITES = re.compile(r"\b(?:microsoft|office|m365|o365|365|google|workspace|gsuite|exchange|outlook|e-?mail)\b", re.I)


def licences_to_cancel(text: str) -> str:
    """The product whose licences they ask us to cancel ("Adobe"), when it is not what their email runs on; "" for none."""
    found = _CANCEL_PRODUCT.search(text)
    return found.group(1) if found and not _EMAIL_SUITES.search(found.group(1)) else ""


# "and can you move it over to Castle Tech": the thing just asked about, moved to them or their provider
# ("Castle Tech want to move it over.": the thing just asked about, wanted by whoever takes it on)
_MOVES_IT = re.compile(r"\b(?:move|transfer|hand|pass|send|give|switch|point)\s+(?:it|them|that|those)\s*(?:over|across|back)?\s*"
                       r"(?:to|into|under)\b|\b(?:wants?|needs?|would\s+like|(?:is|are)\s+(?:going|ready))\s+to\s+(?:move|transfer|take)\s+"
                       r"(?:it|them|that|those)\s+(?:over|across|on)\s*[.!]?\s*$", re.I)


def moves_it_over(text: str) -> bool:
    return bool(_MOVES_IT.search(text))



# What a message hands over, by topic, when a person answers it: named in the holding draft so it answers
# something ("renew our Microsoft licences for another year", "send over the network diagram", "where should we move
# our domain to?") rather than only promising a reply.
_RENEWAL = re.compile(r"\brenew\w*\b", re.I)
_DOMAIN_MOVE = re.compile(r"\b(?:move|moving|transfer\w*|where)\b", re.I)


def handover_topics(text: str) -> tuple[str, ...]:
    """("licence_renewal" | "documents" | "domain_move", ...), in that order, for the topics the message asks about."""
    found = {"licence_renewal": about_licences(text) and bool(_RENEWAL.search(text)),
             "documents": asks_for_documents(text),
             "domain_move": about_domain(text) and bool(_DOMAIN_MOVE.search(text))}
    return tuple(topic for topic, asked in found.items() if asked)


# "great job leaving us with a half-documented mess", "the documentation you left is useless": a gap in what we handed
# over, which they can name and we send
_DOCS_LACKING = re.compile(r"\b(?:half|un|badly|poorly|barely|not\s+properly)[\s-]*documented\b|"
                           r"\b(?:no|missing|incomplete|useless|patchy|half[\s-]finished)\s+(?:documentation|docs|notes|handover\s+notes)\b|"
                           r"\b(?:documentation|docs|handover\s+notes)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:missing|incomplete|useless|"
                           r"patchy|a\s+mess|rubbish|non-?existent)\b", re.I)


def says_documentation_lacking(text: str) -> bool:
    return bool(_DOCS_LACKING.search(text))
