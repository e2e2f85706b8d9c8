"""A staff question about the roster: a fact of the record asked for, not coaching wanted.

"who owns Acme?", "when's Hooli's last day", "which clients are in transition?", "where did
Globex go?", "is Vandelay done?" ask for facts the client records hold: the account owner, the
last day of support (and the phase it puts the client in), the notice date, the new provider.
What makes one a look-up is a question (a question word, or a question mark) about one of those
facts, with nothing in it asking what to do or say: "how do I tell Acme their last day is the
21st?" names the last day but asks for coaching, and so do questions that relay what a client
asked, ask whether to do something, or want a message written.

Only words are read here; which clients a question is about is the record's business (bot/roster.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from intents.staff_cues.words import BOOK_ME_OFF

OWNER, END, NOTICE, PROVIDER, PHASE, REASON, HANDOVER = "owner", "end", "notice", "provider", "phase", "reason", "handover"
CONTACTED = "contacted"   # whether the new provider has been in touch: no log of it is kept
TERMS = "terms"   # the firm's payment terms: configured once for every client, never per record
OWED = "owed"   # what a client owes us: no amounts are kept on the offboarding record
WEEKDAY = "weekday"   # which day of the week a date is: the dates named, else the client's last day
TRANSITION, ENDED, ACTIVE, OFFBOARDING = "transition", "ended", "active", "offboarding"
SUPPORTED = "supported"   # every client we still support: those in notice and the active ones

_QUESTION = re.compile(
    # a question word first, after any greeting or filler ("hey quick one - whats ...")
    r"\?|^\s*(?:(?:hey|hi|hello|ok|okay|so|sorry|quick\s+(?:one|q|question)|quick(?=\s+list)|random(?:\s+one)?|btw)\b[\s,!:;.-]*)*(?:who|whos|whom|whose|when|whens|which|what|whats|where|wheres|is|are|has|have|had|did|does|do|was|were|any|anyone|anybody|"
    r"list|show|tell\s+me|remind\s+me|give\s+me|how\s+long|how\s+many|how\s+much)\b|"
    r"\b(?:is|was)\s+when\b|\bwhen\s+again\b|"   # "last day for the bakery is when again"
    # "can you give me one table of every client we're offboarding with the dates"
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:give|show|send|make)\s+me\s+(?:a|one|the)\s+"
    r"(?:quick\s+|single\s+)?(?:table|list|rundown|overview)\b", re.I)

# Asking what to do or say: coaching, whatever facts it mentions.
_COACHING = re.compile(
    # "what's the plan if they still haven't by the 14th?": what to do, not a fact
    r"\bwhat(?:'s|\s+is)\s+(?:the|our)\s+(?:plan|play|move|next\s+move)\b|\bwhat\s+are\s+(?:our|the|my)\s+options\b|\bplan\s+b\b|\bfall-?back\b|\bbackup\s+plan\b|\bwhat\s+(?:happens|do\s+we\s+do)\s+if\b|"
    # "If the dentists still have no new IT by the deadline, then what?"
    r"\bif\b[^.?!]{0,80}\bthen\s+what\b|"
    # "Hooli's new people want to do the cutover on Tuesday 29 December. Works?": a day to judge, not a record
    r"\bcut-?over\b|\bgo[\s-]?live\b|"
    r"\bhow\s+(?:do|does|should|can|could|would|shall|to|best|might)\b"
    # "... and how do I reach them?": who to contact, a fact on record
    r"(?!\s+(?:i|we)\s+(?:reach|contact|get\s+hold\s+of|get\s+in\s+touch\s+with)\s+(?:them|him|her)\s*\??\s*$)|"
    # (not "... new provider should reach out to us?": when they are due to, a date on record)
    r"(?<!\bwhen\s)\b(?:should|shall|ought)\b(?!\s+(?:\w+\s+){0,2}have\s+(?:reached|contacted|called|been|got|emailed))"
    r"(?!\s+(?:reach|contact|call|ring|get\s+in\s+touch|be\s+in\s+touch)\w*\s+(?:out\s+)?(?:to\s+|with\s+)?us\b)|"
    r"\b(?:do|does|can|could|must|may|would|will)(?:'t|n'?t|not)?\s+(?:i|we|you)\s+(?:\w+\s+){0,2}?"
    r"(?:say|tell|write|reply|respond|answer|explain|announce|word|phrase|handle|deal|approach|decline|refuse|mention|bring|raise|"
    r"push|shut|switch|turn|delete|wipe|remove|revoke|pull|cut|send|offer|hand|keep|stop|charge|agree|help|let|"
    r"put|give|take|extend|email|e-mail|message|confirm|draft|bill|invoice|refund|credit|cancel|install|renew|transfer|"
    r"move|refuse|accept)\b(?!\s+(?:me|us)\b)|"
    # the same in the other order ("not sure if I must say no", "if we can still install it")
    r"\b(?:i|we)\s+(?:must|should|can|could|may|have\s+to|need\s+to)\s+(?:still\s+|just\s+|really\s+)?(?:say|tell|do|install|"
    r"refuse|accept|cancel|agree|help|reply|go|keep|stop|send|give)\b|\bnot\s+sure\s+(?:if|whether)\b(?!\s+(?:they|it|he|she)(?:'re|'s|\s+are|\s+is)\s+(?:in|on)\s+(?:your|the|our)\s+(?:list|records?|system))|"
    # How things are done rather than what the record says: the steps, their order, the checklist.
    r"\bwhat'?s\s+involved\b|\bwhat\s+(?:does|will|would)\s+(?:that|it|this)\s+(?:involve|take)\b|"
    r"\b(?:(?<!\bin\s)order|steps?|process|procedure|check\s*-?\s*list|what\s+happens|what\s+we\s+still\s+need|still\s+need\s+from)\b|"
    # (not "which clients do we still need to hear from a new provider for?": whose call is still awaited, a record)
    r"\b(?:do|does|did|must)\s+(?:i|we|you)\s+(?:still\s+|really\s+|even\s+)?(?:have|need|got)\s+to\b(?!\s+hear\s+from\b)|"
    r"\b(?:who\s+covers\b(?=[^.?!]*\b(?:if|when|after|while|over|during|christmas|xmas|holidays?|closure|break)\b)|if\s+(?:they|we|he|she|it)\s+(?:have|has|get|gets|call|calls|ask|asks|need|needs|want|wants))\b|"
    # a request passed on ("their new IT wants us on a call"), or whether to do something
    r"\b(?:do|should|can|must)\s+(?:we|i)\s+still\s+do\b|"   # "do we still do that?": whether to, not a fact
    r"\bwhat\s+can\s+(?:i|we)\b|\b(?:can|could|should|shall|may|must)\s+(?:we|i)\b(?!\s+(?:get|see|have|check|know)\b)|\bdifference\s+between\b|\b(?:does|would)\s+that\s+mean\b|\bwants?\s+(?:us|me)\b|\b(?:offer\w*|promis\w*|pleads?|pleaded|begg?\w*)\b|\bany\s+(?:issues?|problems?|risks?|concerns?)\b|\b(?:do|should|shall|can|must)\s+(?:we|i)\s+(?:do|go|join|take|accept|agree|attend|help)\b|"

    r"\bwhen\s+(?:a|any|each|every)\s+(?:client|customer)\b|\bhang\s+up\b|"
    # "... still have their global admin account. Delete it?": whether to do something
    r"\b(?:delete|remove|wipe|kill|disable|revoke|cancel|keep|send|ignore)\s+(?:it|them|that|this|those)\s*\?|\binsult\w*|\byell\w*|\bshout\w*|"
    # an opinion asked for is coaching, whatever record words the question carries
    r"\bwhat'?s\s+your\s+(?:take|view|opinion|advice|call)\b|\byour\s+(?:take|thoughts)\b|"
    # what we still owe or answer for is the handover's and the contract's question, not a record field
    r"\bon\s+the\s+hook\b|\b(?:still\s+)?(?:on|down\s+to)\s+us\b(?!\s+to\s+(?:say|know))|\b(?:our|my)\s+(?:job|responsibility|problem)\b|\bliab(?:le|ility)\b|\b(?:do|does)\s+(?:we|i)\s+(?:still\s+)?owe\b|"
    r"\bwhat\s+(?:if|now|then)\b|\bwhat\s+(?:do|should|shall|can|must)\s+(?:i|we)\s+do\b|\bis\s+it\s+(?:ok|okay|fine|alright|all\s+right|wise|safe|right|too\s+late|petty|spiteful|"
    r"mean|wrong|unfair|harsh|bad)\b|\b(?:would|does)\s+(?:that|it|this)\s+count\s+as\b|"
    r"\b(?:ok|okay|fine)\s+to\b|\b(?:is\s+)?(?:that|this)\s+(?:ok|okay|fine|alright|a\s+problem)\b|"
    r"[.,;]\s*(?:ok|okay|fine|alright|yes\s+or\s+no)\s*\?+\s*$|"
    # (not "did we tell Acme yet?": whether notice went out, the record's)
    r"(?<!\bdid\swe\s)(?<!\bhave\swe\s)\b(?:tell|inform|notify|warn)\s+(?!me\b|us\b)\w+|"
    # "Email Hooli: glad they went with Castle Tech, ask for Castle Tech's contact details": words to send
    r"(?:^|[.!?]\s*)(?:e-?mail|text|sms|msg|message|note|letter|write\s+to)\s+(?:to\s+)?(?-i:[A-Z])[\w']+\s*:|"
    r"\b(?:draft|script|template|wording|announce\w*|reply|respond|response|letter|note\s+to|email\s+to|e-?mail\s+for|"
    r"message\s+to|voice\s*-?\s*mail|text\s+(?:message|msg|to))\b", re.I)
# What the fact is wanted for ("I need the contact for a letter we're sending"): context, not a request for words.
_PURPOSE = re.compile(r"\b(?:for|in|into)\s+(?:a|an|the|our|my|this)\s+(?:letter|e-?mail|note|report|reply|message|draft)\b|"
                      # "when's the last day we should still be answering their tickets?": the last day, not whether to
                      r"(?<=\blast\sday\s)(?:that\s+)?(?:we|i)\s+(?:should|must|need\s+to|have\s+to)\s+still\s+(?:be\s+)?"
                      r"(?:answer|support|cover|help|handl|tak|do|fix|look|work)\w*|"
                      # "who's the account owner for hooli? need someone to sign the handover letter"
                      r"(?<=\?)\s*(?:i\s+|we\s+)?need\s+(?:someone|somebody|a\s+name|them|it)\s+(?:to|for)\s+[^.?!]*$|"
                      # "who's the account owner ... and what's Castle Tech's email? I need to send them the handover doc"
                      r"(?<=\?)\s*(?:i\s+|we\s+)?(?:need|want|have)\s+to\s+(?:send|email|forward|give)\s+(?:them|him|her|it)\b[^.?!]*$", re.I)
# A client's question passed on ("Hooli asked who owns them now"): staff want the answer to give, so
# coaching comes first; only when coaching has nothing to say is the fact looked up (see roster_question).
_PASSED_ON = re.compile(
    r"\b(?<!someone\s)(?<!somebody\s)(?<!people\s)(?:asked|asks|asking|want(?:s|ed)?\s+to\s+know|wondering|wonders|"
    r"keeps?\s+(?:asking|ringing|calling|emailing)|says|said|claims?|insists?|demand\w*|complain\w*|threaten\w*)\b", re.I)

_FACTS = {
    # "has castle tech reached out about hooli yet?"
    CONTACTED: re.compile(r"\b(?:has|have|did)\s+(?:\w+\s+){1,3}(?:reached\s+out|been\s+in\s+touch|got\s+in\s+touch|get\s+in\s+touch|"
                          r"contacted\s+us|called\s+us|emailed\s+us|rung\s+us|made\s+contact)\b", re.I),
    HANDOVER: re.compile(r"\b(?:new\s+)?provider\s+(?:contact\s+)?(?:deadline|due\s+date|cut-?off)\b|"   # "acme new provider deadline?"
                         # "when do we need to hear from their new lot by?"
                         r"\bwhen\s+(?:do|should|must)\s+(?:we|i)\s+(?:need\s+to\s+|have\s+to\s+)?hear\s+from\b[^.?!]{0,40}\bby\b|"
                         # "What's our deadline to hear from them?"
                         r"\b(?:deadline|cut-?off|latest)\s+(?:date\s+)?(?:to|for)\s+(?:hear|hearing)\s+from\b|"
                         # "what's the absolute latest Castle Tech can get in touch ...?"
                         r"\b(?:latest|last\s+(?:day|date))\b[^.?!]{0,50}\b(?:get\s+in\s+touch|contact\s+us|reach\s+(?:out|us)|call\s+us)\b|"
                         # "What's the deadline for Castle Tech to contact us about Hooli?", "when's the latest Acme's new
                         # provider should reach out to us?"
                         r"\b(?:deadline|cut-?off|due\s+date)\s+for\b[^.?!]{0,40}\b(?:contact|reach|call|ring|get\s+in\s+touch|be\s+in\s+touch)\w*|"
                         r"\bwhen(?:'s|\s+is)\s+the\s+latest\b[^.?!]{0,60}\b(?:contact|reach|call|ring|get\s+in\s+touch|be\s+in\s+touch)\w*|"
                         # "Which clients do we still need to hear from a new provider for, and by when?"
                         r"\bhear\s+from\b[^.?!]{0,60}\b(?:by\s+)?when\b|\bby\s+when\b[^.?!]{0,40}\bhear\s+from\b|"
                         # "By what date does Hooli's new provider need to contact us?"
                         r"\bby\s+what\s+(?:date|day)\b[^.?!]{0,60}\b(?:contact|reach|call|ring|get\s+in\s+touch|be\s+in\s+touch)\w*|"
                         r"\b(?:latest|last)\s+(?:date|day)\b[^.?!]{0,40}\b(?:contact|reach|get\s+in\s+touch|call)\w*|"
                         # "When exactly does Hooli need Castle Tech to reach us?"
                         r"\bwhen\b[^.?!]{0,50}\b(?:reach|contact|call|ring)(?:ed)?\s+us\b|"   # (and "need to have contacted us")
                         # "when should castle tech have been in touch by?"
                         r"\bwhen\b[^.?!]{0,50}\b(?:get|got|be|been|have\s+been|have\s+got)\s+in\s+touch(?:\s+with\s+us)?\s+by\b|"
                         r"\b(?:a\s+)?week[\s-]+before\b|\bdeadline\s+for\b[^.?!]{0,40}\bnew\s+(?:provider|it|msp|company)\b|\bby\s+when\b[^.?!]{0,60}\b(?:reach\w*\s+(?:out|us)|contact\w*|"
                         r"get\s+in\s+touch|got\s+in\s+touch|be(?:en)?\s+in\s+touch|get\s+hold\s+of\s+us|call\w*|ping\w*|ring\w*|e-?mail\w*)\b|\bhandover\s+(?:deadline|date)\b|"
                         r"\b(?:reach\s+out|reach\s+us|contact\s+us|get\s+in\s+touch|be\s+in\s+touch|call\s+us|"
                         r"(?:talk|speak)\s+to\s+us)\s+by\b|"
                         # "when should their new provider be talking to us by?"
                         r"\bwhen\b[^.?!]{0,50}\b(?:be\s+)?(?:talking|speaking|talk|speak)\s+(?:to|with)\s+us\b", re.I),
    OWNER: re.compile(r"\bstill\s+(?-i:[A-Z]\w+)'s\s+(?:account|client)\b|\bowns\b|(?<!\bnew\s)(?<!'s\s)(?<!\u2019s\s)\bowner\w*(?!\s+(?:says|said|wants|asked|asks|called|emailed|rang|texted|told|is\s+asking|keeps?|has\s+(?:asked|called|emailed|rung)|just)\b)|\bownership\b|\b(?:who|does|do|did)\s+(?:\w+\s+)?own(?:ed)?\b|\baccount\s+(?:manager|lead|"
                      r"holder)\b|\bwho\s+(?:was|is|'s)\s+(?:on|running)\s+(?:the|their|that)\s+account\b|\blooks?\s+after\b|"
                      # ("which clients are still in their notice period and who's looking after each?")
                      r"\bwho(?:'s|\s+is|\s+are)\s+looking\s+after\b|\bin\s+charge\s+of\b|\bresponsible\s+for\b|\bpoint\s+"
                      r"(?:person|of\s+contact)\b|\bwhose\s+(?:account|client)\b|\bwho(?:'s|\s+is|\s+will\s+be)?\s+(?:covering|covers)\b|\bwho\s+(?:manages|handles|runs)\b(?!\s+(?:that|this|it|those|these)\b)|"
                      r"(?-i:\bAMs?\b)", re.I),
    # ("Globex ended on the 17th right?": the day checked against the record)
    END: re.compile(r"\b(?:end|ends|ended|finish\w*|stop\w*|leav\w*|left)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b[^.?!]{0,15}"
                    r"\b(?:right|correct|yeah|yes|no)\s*\?|\blast\s+(?:day|date)\b|\b(?:end|ends|ended|finish\w*|stop\w*|leav\w*|go(?:es)?|went)\s+when\b|\bfinal\s+day\b|\b(?:end|finish|cut-?off|leaving|exit|termination|offboarding|off-boarding)\s+"
                    r"date\b|\+\s*(?:end|last|leaving)\s+(?:dates|days)\b|\bwhen\b[^.?!]{0,60}\b(?:end|ends|ended|ending|finish\w*|stop\w*|leav\w*|go|goes|going|"
                    r"gone|done|over|wrap\w*|expir\w*|terminat\w*|run\s+out|offboard\w*|close\w*)\b|"
                    r"\bhow\s+long\b|\bdays?\s+(?:left|remaining|to\s+go)\b|\bhow\s+many\s+(?:(?:working|work|business)\s+)?(?:days|weeks|workdays)\b|"
                    # "Globex finished sometime in October right?"
                    r"\b(?:end(?:ed)?|finish\w*|stopp?\w*|left)\s+(?:sometime\s+|some\s+time\s+|back\s+)?in\s+(?:jan|feb|mar|apr|may|jun|"
                    r"jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I),
    NOTICE: re.compile(r"\bnotice\s+(?:date|day|given|went|was|period)\b|\bnotice\s+we\s+(?:gave|sent|served|issued)\b|\bhow\s+(?:many\s+days?|much|long)\s+(?:of\s+)?notice\b|\b(?:gave|given|sent|served)\b[^.?!]{0,25}"
                       r"\bnotice\b|\bwhen\b[^.?!]{0,40}\bnotice\b|"
                       # "have we actually told Acme yet? When?": whether (and when) notice went out, the record's
                       r"(?<!\bwhat\s)(?<!\bhow\s)\b(?:have|did|has)\s+(?:we|you|anyone|someone|somebody)\s+(?:actually\s+|already\s+|even\s+|officially\s+)?"
                       r"(?:told|tell|informed?|notified|notify)\s+(?!(?:the\s+|our\s+)?(?:team|techs?|desk|staff|everyone|everybody)\b)"
                       r"[\w&'-]+(?:\s+[\w&'-]+)?\s*(?:yet|already)?\s*\?|"
                       r"\bwhen\s+did\s+we\s+(?:tell|inform|notify)\s+(?!(?:the\s+|our\s+)?(?:team|techs?|desk|staff)\b)", re.I),
    PROVIDER: re.compile(r"\bnew\s+(?:it|msp|provider|partner|supplier|support|company|firm|team|people|guys|"
                         r"vendor)\b|\b(?:went|gone|go|going|moved?|moving|switch\w*|swapp?\w*|migrat\w*|jump\w*|"
                         r"head\w*|end(?:ed)?\s+up(?:\s+going)?)\s+(?:over\s+)?(?:to|with)\b|\bwhere\s+(?:did|do|does|"
                         r"has|have|are|is)\b[^.?!]{0,40}\b(?:go|going|gone|end\s+up|move|moving|off\s+to)\b|"
                         r"\bend(?:ed)?\s+up\s+going\b|\bwho\s+(?:replaced|replaces|is\s+replacing|took\s+over|"
                         r"takes\s+over|is\s+taking\s+over)\b|\bsuccessor\b|"
                         # "have they told us who's taking over?"
                         r"\bwho(?:'s|\s+is|\s+will\s+be)\s+taking\s+(?:them\s+)?over\b|"
                         # "Who's Globex with now and how do I reach them?"
                         r"\bwho(?:'s|\s+is|\s+are)\s+[\w&.'-]+(?:\s+[\w&.'-]+)?\s+with\s+now\b|"
                         # "What's the Castle Tech contact?"
                         r"\bthe\s+(?-i:[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+contact\b|"
                         # "who do we point them to?": an ex-client sent on to whoever looks after them now
                         r"\bwho\s+(?:do|should|can|would)\s+(?:we|i)\s+(?:point|send|refer|direct|pass)\s+(?:them|\w+)\s+(?:on\s+)?to\b|"
                         # "who do we talk to at castle tech?": someone to reach at the provider
                         r"\bwho\s+(?:do|should|can|would)\s+(?:we|i)\s+(?:talk|speak|go|write)\s+to\s+at\b|"
                         # "... and who's got them now": who looks after them since
                         r"\bwho(?:'s|\s+has)\s+got\s+(?:them|him|her|[\w&.'-]+)\s+now\b|\bwho\s+(?:has|looks\s+after|supports)\s+(?:them|[\w&.'-]+)\s+now\b|"
                         # "Castle Tech contact for Hooli?": who to reach at the provider is the provider's record
                         r"\b(?:provider'?s?|their|the)\s+contact\b|(?-i:\b[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+contact\s+(?:for|at|details)\b|"
                         r"(?-i:\b[A-Z]\w+(?:\s+[A-Z]\w+)?)(?:'s|s')\s+contact\b|"
                         # "do we have a contact at BrightPath?", "do we have anyone to talk to at Castle Tech?": someone
                         # to reach at a firm named
                         r"\b(?:a|any|the|our)\s+contact\s+(?:at|with|in)\s+(?-i:[A-Z])|"
                         r"\b(?:anyone|anybody|someone|somebody|a\s+person|a\s+name)\s+(?:to\s+(?:talk|speak|go|write)\s+to\s+|we\s+can\s+"
                         r"(?:talk|speak)\s+to\s+)?(?:at|in)\s+(?-i:[A-Z])|"
                         # "castle tech contact??": a firm's name and the word alone
                         r"^(?!.*\b(?:who|whom|should|i|we|to|can|do|did|does|when|how)\b)[\w&.'\s-]{2,40}\bcontact"
                         r"(?:\s+(?:details|info|e-?mail|address))?\s*\?+\s*$",
                         re.I),
    # "what's the actual reason on file for Hooli?": the reason as recorded, not what to say about it
    REASON: re.compile(r"\breason\s+(?:on\s+(?:file|record)|we\s+(?:recorded|logged|wrote\s+down|put\s+down))\b|"
                       # "what exactly did we write down as the reason for Globex?"
                       r"\b(?:write|wrote|put|note|noted|record|recorded|log|logged)\s+(?:down\s+)?as\s+(?:the\s+)?reason\b|"
                       r"\bwhat(?:'s|\s+is|\s+was|s)?\s+(?:the\s+)?(?:actual\s+|real\s+|official\s+|recorded\s+)?reason\b"
                       r"(?!\s+(?:i|we)\s+(?:give|say|use|tell))|"
                       # "remind me what Globex actually did that got them cut?", "why did we drop Vandelay again?"
                       r"\bwhat\s+(?:\w+\s+){1,3}(?:did|do)\s+(?:that|to)\s+(?:got|get)\s+(?:them|it)\s+(?:cut|dropped|fired|let\s+go|"
                       r"offboarded|ended)\b|\bwhy\s+(?:did|do)\s+we\s+(?:cut|drop|fire|let\s+go\s+of|end\s+with|offboard)\s+\w+",
                       re.I),
    # "what were our payment terms with Acme?": the firm's terms, as configured
    TERMS: re.compile(r"\bpayment\s+terms\b|\bterms\s+of\s+payment\b|\bnet\s*-?\s*\d{1,2}\b", re.I),
    # "How much does Acme Dental still owe us?", "How much are Acme into us for?"
    OWED: re.compile(r"\bhow\s+much\b[^.?!]{0,40}\b(?:owe|owes|owing|into\s+us\s+for|outstanding|unpaid|in\s+arrears)\b|"
                     # "did Globex ever pay for October? can you check"
                     r"\b(?:did|have|has)\s+(?-i:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*)?\s+(?:ever\s+|actually\s+|finally\s+)?"
                     r"(?:pa(?:y|id)|settle[ds]?)\s+(?:for\s+|their\s+|the\s+|up\b)|"
                     # "wants the total on their final invoice. what is it?"
                     r"\b(?:total|amount|sum|figure)\s+(?:on|of|for)\s+(?:their|the|its|his|her)\s+(?:final\s+)?(?:invoice|bill)\b|"
                     # "how much was Globex's final invoice?", "what did we bill Acme last month?"
                     r"\bhow\s+much\s+(?:was|is|were|will\s+be)\s+(?:\w+['\u2019]s?\s+|the\s+|their\s+)?(?:final|last|december|"
                     r"november|outstanding)?\s*(?:invoice|bill)s?\b|"
                     r"\b(?:outstanding|unpaid)\s+(?:balance|amount|invoices?)\b[^.?!]{0,20}\?|"
                     # "Has Acme's final invoice gone out and how much is it?"
                     r"\b(?:final|last)\s+(?:invoice|bill)\b[^.?!]{0,20}\b(?:gone\s+out|been\s+(?:sent|issued|raised)|sent|issued|"
                     r"raised|out\s+yet)\b", re.I),
}
# "is the 21st a Monday?", "what day is that?", "jan 4 2027 a monday or tuesday".
_FACTS[WEEKDAY] = re.compile(r"\bwhat\s+(?:day|weekday)\s+(?:of\s+the\s+week\s+)?(?:is|was|will|does|falls?)\b|\bwhich\s+(?:day|weekday)\s+"
                             r"(?:is|was|does)\b|\b(?:is|was|falls?\s+on)\s+(?:\S+\s+){0,6}?(?:a|on\s+a)\s+(?:mon|tues|wednes|thurs|fri|"
                             r"satur|sun)day\b|\bwhat\s+day\s+(?:is\s+)?(?:that|it)\b", re.I)
_FACTS[PHASE] = re.compile(r"\b(?:what|which)\s+phase\b|\bphase\s+(?:is|of|for)\b|\bactive\s+or\b|\bor\s+(?:being\s+)?"
                          r"offboard\w*|\bstill\s+(?:a\s+client|active|with\s+us)\b|"
                          # "is Vandelay's contract still running?": whether it has ended
                          r"\b(?:contract|agreement|support)\s+still\s+(?:running|going|on|live|active|in\s+place|valid|open)\b|"
                          # "is initek on the chopping block?": whether they are being let go is their phase
                          r"\bon\s+the\s+(?:chopping\s+block|way\s+out|(?:offboarding\s+|leaving\s+|exit\s+)?list)\b|"
                          # "is Initech leaving us too?": whether they are going is their phase
                          r"\b(?:is|are)\s+(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)?\s+(?:leaving|going|off)\b(?:\s+us)?(?:\s+too)?\s*\?|"
                          # "Initech's MD asked if they're next. Are they on the list?"
                          r"\b(?:are|is)\s+(?:they|it)\s+next\b|\bif\s+(?:they'?re|they\s+are|it'?s)\s+next\b|\b(?:being|getting)\s+(?:dropped|offboarded|let\s+go|"
                          r"cut|axed)\b", re.I)
_EITHER_OR = re.compile(r"\bor\s+(?!not\b|no\b|what\b|anything\b|something\b)\w+[^.?!]{0,40}\?", re.I)
# What we hold in their systems is not on the record (access, agents, admin roles): coaching answers it.
_NOT_RECORDED = re.compile(r"(?<!contract\s)(?<!agreement\s)\bstill\s+(?:\w+\s+)?(?:admin|delegated|global\s+admin|partner|have\s+access|on\s+their|"
                           r"in\s+their(?!\s+notice)|"
                           r"installed|running)\b|\b(?:our|the)\s+(?:rmm|agent|access|admin\s+account)s?\b", re.I)
# Where things stand with a client as a whole ("what's the deal with Hooli?"): every fact of its record.
_STATUS = re.compile(
    r"\bwhat'?s\s+(?:the\s+)?(?:deal|story|status|situation|latest(?!\s+(?:date|day|time))|score|state\s+of\s+play)\b(?!\s+(?:of|on|with)\s+(?:the\s+)?"
    r"(?:ticket|case|order|invoice|job|#))|\bstatus\s+(?:of|on|for)\b(?!\s+(?:the\s+)?(?:[\w']+\s+){0,2}(?:ticket|case|order|invoice|job|#))|"
    r"\bwhere\s+(?:are|do)\s+we\s+(?:at\s+)?(?:with|on)\b|(?<!windows\s)(?<!software\s)\b(?:an?\s+)?update\s+on\b(?!\s+(?:the\s+|a\s+|an\s+|my\s+|"
    r"their\s+|our\s+)?(?:ticket|case|order|invoice|job|#|laptop|pc|computer|machine|server|printer|phone|device|tablet|mac))|\brundown\b|\bcatch\s+me\s+up\b|"
    r"\bfill\s+me\s+in\b|\bwhat\s+do\s+we\s+(?:know|have)\s+(?:about|on)\b|"
    # "one-line status per client for the offboarding list", "One line per client ... where each of them is at"
    r"\b(?:one|1|a)[\s-]+line(?:r|s)?\s+(?:status\s+|update\s+)?(?:per|for\s+each|on\s+each|a)\s+client\b|\bstatus\s+(?:per|for\s+each)\s+client\b|"
    # "a quick status DM on her two clients", "status message for Tom on his clients"
    r"\bstatus\s+(?:dm|message|msg|note|ping|e-?mail|summary|update|post|report)\s+(?:(?:for|to)\s+\w+\s+)?(?:of|on|for|about)\s+"
    r"(?:her|his|their|my|our)\s+(?:\w+\s+)?(?:clients|accounts)\b|"
    r"\bwhere\s+each\s+(?:of\s+them|one)\s+(?:is|are|stands?)\b|"
    # "Summarise all our client endings in a table": the roster, written up
    r"\b(?:summar[iy]\w*|overview\s+of|table\s+of)\b[^.?!]{0,30}\b(?:client\s+)?(?:endings|offboardings|exits|departures)\b|"
    r"\bwhere\s+(?:each|every|all|our|the|her|his|their|my)\s+(?:\w+\s+)?(?:offboardings?|clients?|accounts?|exits?)\s+(?:stands?|is|are|at)\b|"
    r"\bwhere\s+(?:each|every|all|our|the)\s+(?:\w+\s+)?(?:offboardings?|clients?|exits?)\b[^.?!]{0,40}?\bstands?\b", re.I)
STATUS_FACTS = frozenset({PHASE, OWNER, PROVIDER, REASON})

# "a client": clients in general, not one on the roster ("when is a client considered ended?"), unless the
# question asks which end in a stretch of time ("who has a client leaving this month?").
_IN_GENERAL = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?(?:client|customer)\b", re.I)

# Which clients end (or ended) in a stretch of time: "what's ending this month?", "leaving before Christmas".
_WINDOW = re.compile(r"\b(this|next|last)\s+(week|month)\b|\bbefore\s+(?:christmas|xmas|the\s+holidays)\b", re.I)
_ENDING = re.compile(r"\b(?:end\w*|finish\w*|leav\w*|go(?:es|ing)?|gone|wrap\w*|offboard\w*|last\s+days?|stop\w*|due)\b", re.I)


def _window(text: str) -> str | None:
    match = _WINDOW.search(text)
    if not match or not _ENDING.search(text):
        return None
    return f"{match.group(1).lower()}_{match.group(2).lower()}" if match.group(1) else "christmas"


# What a phase question asks about, most specific first. ("has the final invoice gone out?" asks no phase)
# "Which clients still need something from us?": the clients in notice, with the days their handover runs to
_STILL_NEED_US = re.compile(r"still\s+(?:need|needs|want|wants|waiting\s+on)\s+(?:something|anything|stuff|things)\s+from\s+us", re.I)
_PHASES = (
    (ENDED, re.compile(r"\b(?:ended|done|finished|gone(?!\s+out\b)|left|former|ex-?\s?clients?|let\s+go|offboarded|"
                       r"over(?=\s*(?:\?|$|yet\b|now\b|with\b))|"
                       r"closed\s+out|churned|past\s+(?:their|the|its)\s+(?:end\s+dates?|last\s+days?))\b", re.I)),
    (TRANSITION, re.compile(r"\b(?:in\s+transition|transition(?:ing)?(?:\s+phase)?|on\s+notice|notice\s+period|"
                            r"serving\s+notice|leaving|ending(?!\s+(?:things\s+)?with\b)|winding\s+down|being\s+(?:let\s+go|dropped)|"
                            r"(?:are|is|'re)\s+(?:wrapping|winding)\s+up|"   # ("which clients are wrapping up")
                            # ("Which clients still need something from us before Christmas?": those with a handover to come)
                            rf"{_STILL_NEED_US.pattern})\b", re.I)),
    # ("every client we're ending with": those we've ended with too, not only those in notice)
    (OFFBOARDING, re.compile(r"\b(?:offboarding|off-boarding|being\s+offboarded|dropping|ending\s+(?:things\s+)?with|letting\s+(?:\w+\s+)?go|getting\s+rid\s+of|"
                             r"(?<=\bwe're\s)losing|(?<=\bwe\s)losing|"   # ("which clients are we losing and when?")
                             r"on\s+the\s+(?:offboarding\s+|exit\s+)?list|"
                             # "Heard a rumour Initech is getting the chop too — true?"
                             r"(?:getting|get|for)\s+the\s+(?:chop|axe|boot)|on\s+the\s+chopping\s+block|being\s+(?:axed|cut|culled)|"
                             # "someone said Initech is next on the chop list"
                             r"on\s+the\s+(?:chop|hit|kill|cull)\s+list)\b",
                             re.I)),
    (ACTIVE, re.compile(r"\b(?:active|still\s+(?:with\s+us|a\s+client|on\s+the\s+books|ours))\b", re.I)),
)
# The roster as a whole: which clients, anyone, how many.
_MANY = re.compile(
    r"\b(?:which|what|any|all|list|how\s+many|every|other)\s+(?:of\s+)?(?:(?:our|the|my|his|her|their)\s+)?"
    r"(?:\w+(?:'s|s')?\s+)?(?:clients?|customers?|accounts?|companies|ones|ex-?\s?clients?|offboardings|exits|departures)\b|"
    r"\b(?:our|the)\s+(?:current\s+|open\s+)?(?:offboardings|exits|departures)\b|"
    r"\b(?:her|his|their|my|our)\s+(?:offboarding|leaving|departing|ending|two|three|four|2|3|4)\s+(?:clients|accounts|customers)\b|\beach\s+of\s+the\b|\bper\s+client\b|\b(?:each|every)\s+(?:offboarding|client|exit)s?\b|\ball\s+(?:the\s+)?(?:current\s+)?(?:last\s+days|end\s+dates)\b|"
    r"(?<!\bneed\s)(?<!\bhave\s)(?<!\bput\s)\b(?:anyone|anybody|everyone|everybody|who\s+else)\b(?!\s+on\b)|"   # (not "anyone on for them")
    r"(?:^|[\u2014\u2013:-]\s*|\band\s+)\s*who(?:'s|\s+is|\s+are)?\s+(?:still\s+|currently\s+|now\s+)?(?:in\s+transition|on\s+notice|offboard\w*|"
    r"leaving|ending|ended|done|gone|left|active)\b|"
    # "who are we offboarding and when does each one end?"
    r"\bwho\s+(?:are|r)\s+we\s+(?:currently\s+|still\s+)?(?:offboarding|dropping|letting\s+go|parting\s+ways\s+with)\b|"
    r"\beach\s+one\b|\ball\s+(?:(?:our|the|current|former|past|and|of)\s+){1,4}(?:clients|customers|accounts)\b", re.I)


@dataclass(frozen=True)
class RosterQuestion:
    """What a look-up asks: which facts, whether about the roster as a whole, and which phase it asks
    about ("is Vandelay done?" asks about 'ended'; None when it names none)."""
    facts: frozenset[str]
    many: bool = False
    phase: str | None = None
    window: str | None = None   # a stretch of time the last days fall in: "this_week", "next_month"...
    closure: bool = False       # asks about the last day against the office closure ("before or after the xmas shutdown?")
    working_days: bool = False  # counts the working days left ("how many working days do we have left with Hooli?")
    today_left_out: bool = False   # ... from tomorrow ("not counting today")
    cover_asked: bool = False      # asks whether anyone covers them over the closure ("are we expected to cover them?")
    end_day_asked: bool = False    # whether the last day is itself a working day ("Is that even a working day?")
    key_dates: bool = False        # every date coming up ("a list of the key december dates"): last days, deadlines, closure
    ended_too: bool = False        # ... and those already gone, beside the stretch ("finishing this month, and which are gone?")
    no_provider: bool = False      # only those with no new provider on record ("which still don't have a new provider sorted?")
    due_window: str | None = None  # what falls due in a stretch, asked beside the list ("in transition, and is anything due this week?")


# "which of the leaving clients still don't have a new provider sorted?", "who's leaving without a new IT company?"
_NO_PROVIDER = re.compile(r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not|haven'?t|hasn'?t|have\s+not|has\s+not|without|with\s+no|"
                          r"no)\s+(?:(?:yet|got|have|found|picked|chosen|sorted|lined\s+up|a|any|their)\s+){0,3}new\s+(?:it\s+)?"
                          r"(?:provider|msp|company|firm|supplier|support|partner)s?\b", re.I)
_HOLIDAY_WORDS = re.compile(r"\b(?:christmas|xmas|holidays?|new\s+year|closure|shut\s*down|the\s+break)\b", re.I)
_CLOSURE = re.compile(r"\b(?:shut\s*down|closure|closed|christmas|xmas|holidays?|the\s+break)\b|"
                      r"\b(?:are|will)\s+we\s+(?:even\s+|be\s+)?(?:open|in|working)\b", re.I)   # ("are we even open then?")
_OWN_QUESTION = re.compile(r"(?:^|[.!?;:,\u2014\u2013]\s*|\s-\s*)(?:so\s+|and\s+)?(?:who|what|when|which)(?:'s|\s+is|\s+was|\s+are|"
                           r"\s+were)?\b[^.!?\u2014\u2013]*\?\s*$|"
                           # "Globex ended on the 17th right? their ops guy insists it was the 30th": our check first
                           r"^[^?]{0,60}\b(?:end|ends|ended|finish\w*|stop\w*|leav\w*|left)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b"
                           r"[^.?!]{0,15}\b(?:right|correct|yeah|yes)\s*\?|"
                           # "Is Initech on the list? Their CFO asked me ...": our own question first, then what was asked
                           r"^\s*(?:is|are)\s+[\w&.'-]+(?:\s+[\w&.'-]+)?\s+(?:on\s+the\s+(?:\w+\s+)?list|being\s+offboarded|leaving|"
                           r"still\s+(?:a\s+client|with\s+us))\s*\?|"
                           # "Initech's MD asked me if they're next. Are they on the list?": our own question, last
                           r"(?:^|[.!?]\s+)(?:is|are)\s+(?:they|it|[\w&.'-]+(?:\s+[\w&.'-]+)?)\s+(?:on\s+the\s+(?:\w+\s+)?list|being\s+"
                           r"offboarded|leaving|next)\s*\?\s*$|"
                           # "... boss asked": someone on our side asking is our own look-up
                           r"\b(?:my\s+|the\s+|our\s+)?(?:boss|manager|mgmt|management|director|ceo|team\s+lead|finance)\s+"
                           r"(?:asked|asks|is\s+asking|wants\s+to\s+know)\b", re.I)
_WORKING_DAYS = re.compile(r"\b(?:working|work|business)\s*-?\s*days?\b|\bworkdays?\b", re.I)
_IS_IT_A_WORKING_DAY = re.compile(r"\b(?:is|was)\s+(?:that|it|this|the\s+(?:last\s+)?day)\s+(?:even\s+|actually\s+|really\s+)?"
                                  r"a\s+(?:working|work|business)\s*-?\s*day\b", re.I)
_NOT_TODAY = re.compile(r"\b(?:not|without)\s+(?:counting|including|incl\.?)\s+today\b|\bexcl(?:uding|\.)?\s+today\b|"
                        r"\bafter\s+today\b|\bfrom\s+tomorrow\b", re.I)
_DAYS_LEFT = re.compile(r"\b(?:days?|weeks?)\s+(?:\w+\s+){0,3}?(?:left|remaining|to\s+go)\b|\blast\s+day\b", re.I)
_NOTICE_LENGTH = re.compile(r"\bhow\s+(?:many\s+(?:days|weeks)|much|long)\b[^.?!]{0,20}\bnotice\b|\bnotice\s+length\b|"
                            # ("their notice period?", not "still in their notice period": that is the phase)
                            r"(?<!\bin\s)(?<!\bin\stheir\s)(?<!\bin\sthe\s)\bnotice\s+period\b|"
                            # "whats the notice we gave Acme and Hooli in days?"
                            r"\bnotice\b[^.?!]{0,40}\bin\s+(?:days|weeks)\b|"
                            # "what notice did we give hooli, 30 days?"
                            r"\bwhat\s+notice\s+(?:did|have)\s+we\s+(?:give|given)\b|"
                            # "is 20 Nov to 21 Dec enough notice for Acme? feels tight"
                            r"\benough\s+notice\b|\bnotice\b[^.?!]{0,25}\b(?:enough|too\s+short|too\s+tight)\b|"
                            # "was the notice we gave acme normal or were we stingy?"
                            r"\bnotice\s+(?:we|you)\s+(?:gave|have\s+given|'ve\s+given)\b[^.?!]{0,40}\b(?:normal|fair|stingy|generous|"
                            r"short|standard|reasonable|usual|typical|ok|okay)\b", re.I)
# What is usual in the trade ("how long a notice period is normal?"), not what one client's record says.
# Someone named is away, and who deals with the client meanwhile is asked.
_COVER_WHILE_AWAY = re.compile(r"\b(?-i:[A-Z][a-z]+)(?:'s|\s+is|\s+will\s+be)\s+(?:out|off|away|on\s+(?:leave|holiday|vacation|pto)|sick)\b"
                               r"[^?]{0,80}\bwho\s+(?:handles|deals\s+with|picks\s+up|takes|covers)\s+(?:it|this|that|them|"
                               # "Tom's off till January. Who picks up Globex account stuff?"
                               r"(?:[\w&.'-]+\s+){0,3}(?:account|stuff|things|work|calls|emails|tickets))\b", re.I)
# A client's own figure asked before the norm ("how much notice did we give them", "how many days have Acme got left
# with us, and is that a normal notice period?")
_RECORD_FIRST = re.compile(r"\b(?:did\s+(?:we|they|he|she|(?-i:[A-Z])[\w&.-]+|the\s+[\w&.-]+(?:\s+[\w&.-]+)?\s+(?:get|have|receive))|was|were|(?:have|has)\s+(?:they|(?-i:[A-Z])[\w&.-]+)\s+"
                           r"got\s+left)\b", re.I)
_NORMS = re.compile(r"\b(?:normal|typical|usual|standard|reasonable|customary|industry)\b", re.I)


# "How many days of leave have I got left?": a colleague's own time off, no client's days.
_OWN_LEAVE = re.compile(r"\bdays?(?:['\u2019]|s['\u2019])?\s+(?:of\s+)?(?:annual\s+)?(?:leave|holiday|pto|vacation|time\s+off)\b|"
                        r"\b(?:leave|holiday|pto|vacation)\s+(?:days?|allowance|balance|entitlement)\b|"
                        # ("is my leave for the week before christmas approved yet?": HR's, whatever dates it names)
                        r"\b(?:leave|holiday|pto|vacation|time[\s-]off)\s+requests?\b|\bmy\s+(?:annual\s+)?(?:leave|holiday|pto|"
                        r"vacation|time[\s-]off)\b[^.?!]{0,60}\b(?:approved|signed\s+off|accepted|turned\s+down|rejected)\b|"
                        # ("Can you book me off Tue 22 and Wed 23 Dec?": leave asked of us, which is HR's)
                        rf"{BOOK_ME_OFF}|"
                        # ("I'm off Mon 21 Dec to Wed 23 Dec, who covers my tickets?": cover for my own leave)
                        r"\bwho\s+(?:covers?|will\s+cover|is\s+covering|picks?\s+up|handles?)\s+my\s+(?:tickets|work|queue|calls|clients)\b",
                        re.I)


# "make me a list of the key december dates so I don't miss anything", "upcoming deadlines?": every date ahead
_KEY_DATES = re.compile(r"\b(?:key|important|upcoming|main|big|critical)\s+(?:\w+\s+)?(?:dates|deadlines)\b|\b(?:key|main)\s+(?:date|deadline)\s+(?:each|for\s+each|per\s+client)\b|\bdates\s+(?:i|we)\s+"
                        r"(?:shouldn'?t|mustn'?t|can'?t|cannot|don'?t\s+want\s+to)\s+miss\b|\b(?:all|every)\s+(?:the\s+)?"
                        r"(?:offboarding\s+)?(?:dates|deadlines)\b|"
                        # "summarising the offboarding dates coming up"
                        r"\b(?:summar\w+|list\w*|overview|rundown|recap)\b[^.?!]{0,40}\b(?:offboarding|handover)\s+(?:dates|deadlines)\b|"
                        r"\b(?:dates|deadlines)\s+coming\s+up\b|"
                        # "what offboarding dates have we got coming up over the next 5 weeks?"
                        r"\b(?:offboarding|handover|leaving|end|ending)\s+(?:dates|deadlines)\b[^.?!]{0,30}\b(?:coming\s+up|ahead|upcoming)\b|"
                        # "which of our leaving clients still have stuff due before christmas?"
                        r"\b(?:stuff|anything|something|things|what'?s|what\s+is|deadlines?)\s+(?:still\s+)?(?:due|coming\s+up|outstanding)\b|"
                        # "which of our leaving clients still need chasing this month and by when?": what we wait on, and its date
                        r"\b(?:need|needs|needing|want|wants)\s+(?:\w+\s+)?chas(?:ing|e\s+up)\b", re.I)

# "remind me what dates we gave them?": the dates they were given, the notice, the last day and the handover's
_DATES_GIVEN = re.compile(r"\b(?:what|which)\s+dates?\s+(?:did\s+|have\s+|had\s+)?(?:we|i)\s+(?:\w+\s+)?(?:give|gave|given|"
                          r"tell|told|send|sent|quote|quoted|agree|agreed)\b|\bdates\s+(?:we|i)\s+(?:gave|told|sent|quoted|agreed)\b",
                          re.I)

_WORDS_FOR_THEM = re.compile(r"\b(?:write|draft|send|prepare)\b[^.?!]{0,40}\b(?:e-?mail|letter|message|note|text|sms)\b"
                             r"(?![^.?!]{0,20}\b(?:to|for)\s+(?:the\s+)?(?:team|techs?|me|us|staff|everyone)\b)", re.I)


_AND_THE_GONE = re.compile(r"\b(?:and|also|plus)\s+(?:which|who)(?:'s|\s+(?:are|is|has|have))?\s+(?:already\s+)?(?:gone|ended|left|"
                           r"finished|done|over)\b|\balready\s+(?:gone|ended|left|finished|done)\b", re.I)


_WHO_SIGNS = re.compile(r"\bwho\s+(?:should|will|can|shall|is\s+going\s+to|'s\s+going\s+to)\s+sign\b", re.I)
_LETTER_ASKED = re.compile(r"\b(?:need|want|write|draft|send|prepare|give\s+me)\s+(?:me\s+|us\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:letter|e-?mail|message|note|reply)\b", re.I)


def roster_question(text: str, passed_on: bool = False) -> RosterQuestion | None:
    """The look-up a staff message asks for, or None when it is not one (coaching, or no roster fact).
    With `passed_on`, a question relayed from someone else ("Castle Tech wants to know who owns Hooli")
    counts as a look-up too: for when coaching found nothing to say about it."""
    text = " ".join((text or "").split())
    status = bool(_STATUS.search(text))
    # ("write the Hooli email with all the dates they need": words for the client, the dates in them)
    key_dates = bool(_KEY_DATES.search(text)) and not _WORDS_FOR_THEM.search(text)
    asks = _QUESTION.search(text) or status or key_dates   # "catch me up on X" asks without a question mark
    window = _window(text)
    unpurposed = _PURPOSE.sub(" ", text)
    # (what someone asked, told before a question of our own: "their new IT guy called asking for stuff - who's
    # their new provider again?" is our look-up)
    coaching = _COACHING.search(unpurposed) or (not passed_on and _PASSED_ON.search(text) and not _OWN_QUESTION.search(text))
    if coaching and (_FACTS[OWNER].search(text) or _WHO_SIGNS.search(text)) and needs_a_signer(text) \
            and not _LETTER_ASKED.search(text):   # (a letter asked for too: drafted, with who signs it beside it)
        coaching = None   # "Who owns the Hooli account? Need someone to sign the letter.": the owner, for the letter
    if status and _MANY.search(text) and not re.search(r"\b(?:should|how\s+(?:do|should|can)|what\s+do\s+(?:i|we)\s+(?:say|tell))\b",
                                                      text, re.I):
        coaching = None   # "an email to the team on the offboarding status of all our clients": the roster, written up
    if status and re.search(r"\b(?:her|his|their|[A-Z][a-z]+'s)\s+(?:(?:two|three|four|2|3|4|remaining|current)\s+)?(?:accounts|clients)\b",
                            text):
        coaching = None   # "write her a 5-bullet status of her accounts that are leaving": one owner's, from the record
    if re.search(r"\bticket\s*#?\s*\d+|#\d{3,}|\b(?:update|status|progress|news)\b[^.?!]{0,40}\bticket\b", text, re.I) \
            or _OWN_LEAVE.search(text):
        return None   # a ticket's status is the help desk's, not the client record's; leave is HR's
    if not text or len(text) > 300 or not asks or coaching or (_IN_GENERAL.search(text) and not window) \
            or (_NORMS.search(text) and not (_NOTICE_LENGTH.search(text) and _RECORD_FIRST.search(text))) \
            or _NOT_RECORDED.search(text):   # ("how much notice did we give them? is that normal?": the record's, then the norm)
        return None
    facts = {fact for fact, pattern in _FACTS.items() if pattern.search(text)}
    if _DATES_GIVEN.search(text):
        facts |= {NOTICE, END, HANDOVER}
    if _STILL_NEED_US.search(text):
        facts |= {END, HANDOVER}
    if _WHO_SIGNS.search(text) and not _LETTER_ASKED.search(text):
        facts.add(OWNER)   # "Who should sign the final email to Acme?": the owner on record (a letter asked too is drafted)
    if _COVER_WHILE_AWAY.search(text):
        facts.add(OWNER)   # "Tom's out till January. globex keeps calling. who handles it?": the owner, and no cover
    if status:
        facts |= STATUS_FACTS
    # "Is it active or being offboarded?" names two phases to choose from: the answer is the phase, no yes or no.
    named = [name for name, pattern in _PHASES if pattern.search(text)]
    if re.search(r"\b(?:we|you)\s+still\s+(?:support|cover|look\s+after|help)(?:ing)?\b|"
                 r"\b(?:we|you)(?:'re|\s+are)?\s+still\s+(?:supporting|covering|looking\s+after|helping)\b", text, re.I):
        # "which offboarded clients do we still support this month?": the ones in notice, whatever word names them
        # ("which clients are we still supporting as of today, and until when?": those in notice and the active ones)
        named = [TRANSITION if name in (ENDED, OFFBOARDING) else name for name in named] or [SUPPORTED]
        if window:   # (supported this month: every client in notice, whichever month its last day falls in)
            window, facts = None, facts | {END}
    phase = next(iter(named), None)
    if re.search(r"\bcurrent\s+and\s+(?:former|past)\b|\b(?:former|past)\s+and\s+current\b", text, re.I):
        phase = None   # "all current and former clients": every phase
    # ("Is Initech or Pied Piper on the offboarding list?": a choice of clients, not of phases)
    clients_or = re.search(r"(?-i:\b[A-Z][\w&'-]*)\s+or\s+(?-i:[A-Z])", text) and len(named) == 1
    if _EITHER_OR.search(text) and not clients_or \
            or {ENDED, TRANSITION} <= set(named) and re.search(r"\band\s+(?:which|who)\b|\bor\b|/", text, re.I):
        # "being offboarded or already gone?", "which are in transition and which are done?" ask about both ways of
        # leaving; other choices get the phase itself
        phase = OFFBOARDING if len(named) > 1 and set(named) <= {ENDED, TRANSITION, OFFBOARDING} else None
    # "which are finishing up this month, and which are already gone?": the stretch, and every ended client beside it
    ended_too = bool(window) and ENDED in named and bool(_AND_THE_GONE.search(text))
    if ended_too:
        phase = OFFBOARDING
    many = bool(_MANY.search(text)) or window is not None
    if phase is not None and (many or re.search(r"(?:^|[.!?;:\u2014\u2013]|\s-)\s*(?:is|are|has|have|was|were)\b", text, re.I)
                              # ("Do we still have it?" asks what we hold, not whether they are still ours)
                              or re.search(r"\b(?:status|phase)\b|\bstill\b(?!\s+(?:have|has|hold|holds|got|keep|keeps)\b)|"
                                           r"\btrue\s*\?|\brumou?r",   # ("heard a rumour Initech is getting the chop - true?")
                                           text, re.I)):
        facts.add(PHASE)
    if window:
        facts.add(END)
    if re.search(r"\bnotice\b", text, re.I) and re.search(r"\bwhen\s+did\s+(?:we\s+(?:give|send|serve|issue)|(?:it|that)\s+(?:go\s+out|get\s+sent|go|arrive))\b", text, re.I):
        facts.add(NOTICE)   # "they say they never got notice. When did it go out?": the notice date on record
    if _NOTICE_LENGTH.search(text):
        # "how many days' notice did they get?": the notice and its length, not the days left (unless asked too:
        # "how many days do we have left? and how long was their notice?")
        facts = {NOTICE, END} if _DAYS_LEFT.search(_NOTICE_LENGTH.sub(" ", text)) else {NOTICE}
    if key_dates:
        # (the dates still ahead: those in notice; "offboarding dates coming up" are theirs too, not the ended ones'; "one
        # per client we're still transitioning or just finished with" names the ended ones as well)
        facts, many = facts | {END, HANDOVER}, True
        phase = TRANSITION if phase is None or phase == OFFBOARDING and ENDED not in named else phase
    if facts == {OWNER} and re.search(r"\bcover\w*\b", text, re.I) and _HOLIDAY_WORDS.search(text):
        facts = {END}   # "Who's covering Hooli over Christmas if something breaks?": the closure against their last day
    if not facts:
        return None
    if HANDOVER in facts and many and phase is None and not window:
        phase = TRANSITION   # "which clients do we still need to hear from, and by when?": a date only those in notice have
    no_provider = many and PROVIDER in facts and bool(_NO_PROVIDER.search(text))
    # ("Which clients are still in transition and is anything due this week?"): all of them, then what's due
    due_window = window if window and PHASE in facts and re.search(r"\bdue\b", text, re.I) else None
    window = None if due_window else window
    if no_provider and phase == TRANSITION and not window and not re.search(r"\btransition\w*|\bnotice\b", text, re.I):
        # ("which leaving clients still have no new provider?"): one already gone with no provider is still owed a handover
        phase = OFFBOARDING
    return RosterQuestion(frozenset(facts), many, phase, window, closure=bool(_CLOSURE.search(text)) and END in facts,
                          working_days=bool(_WORKING_DAYS.search(text)) and END in facts,
                          today_left_out=bool(_NOT_TODAY.search(text)),
                          end_day_asked=bool(_IS_IT_A_WORKING_DAY.search(text)) and END in facts,
                          cover_asked=bool(re.search(r"\bcover(?:ed|ing)?\b|\bon[\s-]call\b|\b(?:need|have|put)\s+(?:anyone|anybody|"
                                                     r"someone|somebody)\s+on\b", text, re.I)), key_dates=key_dates,
                          ended_too=ended_too, no_provider=no_provider, due_window=due_window)


# A person asked for by name ("who is our contact at BrightPath? need a name"): a shared address is no person
_NAME_ASKED = re.compile(r"\b(?:need|want|get|have|got)\s+(?:a|their|the|his|her)\s+name\b|\bwho(?:'s|\s+is)\s+(?:our|the)\s+"
                         r"(?:contact|person|guy|main\s+contact)\b|\bnamed?\s+(?:person|contact)\b|\bname\s+of\s+(?:the\s+|our\s+)?"
                         r"(?:person|contact)\b", re.I)


def asks_for_a_name(text: str) -> bool:
    return bool(_NAME_ASKED.search(text))


# Someone needed to sign something ("need someone to sign the follow up"): with no owner on record, who can
_SIGNER_NEEDED = re.compile(r"\b(?:someone|somebody|who|a\s+name)\s+(?:to\s+|can\s+|should\s+|will\s+)?signs?\b|"
                            # "Who should be signing stuff to them?"
                            r"\bwho\s+(?:should|will|can|is)\s+(?:be\s+)?signing\b|\bsign\s+(?:it|the|this|that|off)\b|"
                            # "who's supposed to sign their emails?"
                            r"\bwho(?:['\u2019]s|\s+is)\s+(?:supposed|meant|going)\s+to\s+(?:be\s+)?sign", re.I)


def needs_a_signer(text: str) -> bool:
    return bool(_SIGNER_NEEDED.search(text))


# A look-up prompted by hearsay ("Someone in the kitchen said they're next"): the record answers, and the rumour is
# not for passing on, nor a reason to start anything.
_HEARSAY = re.compile(r"\b(?:someone|somebody|people|a\s+colleague)\s+(?:in\s+(?:the\s+)?\w+\s+|at\s+\w+\s+)?"
                      r"(?:said|says|told\s+me|reckons?|mentioned|was\s+saying)\b|"
                      r"\b(?:they|\w+)(?:'re|\s+are|\s+is|'s)\s+next\b|"
                      r"\brumou?rs?\b|\bgossip\b|\bword\s+is\b|\bi\s+heard\b|\bheard\s+(?:something|things|talk|whispers?)\b", re.I)


def heard_as_hearsay(text: str) -> bool:
    return bool(_HEARSAY.search(text))


# One client asked about against a list ("Is Initech on the list of clients we're letting go?"): that client's answer
_ONE_ON_THE_LIST = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){1,3}?(?:on|in|among|part\s+of)\s+(?:the|that|our)\s+"
                              # ("is Initech on the offboarding list too?")
                              r"(?:(?:offboarding|leaving|exit|churn)\s+)?(?:list|clients|ones)\b", re.I)


# Someone outside the firm asking us about a client ("someone who knows their old office manager is asking me"): what
# is between us and the client stays there.
_OUTSIDER_ASKS = re.compile(r"\b(?:someone|somebody|a\s+(?:friend|mate|guy|woman|man|person|contact|neighbour))\s+(?:who|that)\s+"
                            r"(?:knows|works|used\s+to)\b[^.?!]{0,60}\b(?:is\s+)?ask(?:ing|ed|s)\b|"
                            r"\b(?:a\s+)?(?:journalist|reporter|competitor|another\s+(?:msp|it\s+company|provider))\s+(?:is\s+)?ask(?:ing|ed|s)\b", re.I)


def outsider_asks(text: str) -> bool:
    return bool(_OUTSIDER_ASKS.search(text))


def asks_if_one_is_on_the_list(text: str) -> bool:
    return bool(_ONE_ON_THE_LIST.search(text))


# "how many days left, counting today?": today is one of them
_COUNTING_TODAY = re.compile(r"\b(?:counting|including|incl\.?|with)\s+today\b|\btoday\s+(?:included|counted)\b", re.I)


def counts_today(text: str) -> bool:
    return bool(_COUNTING_TODAY.search(text))
