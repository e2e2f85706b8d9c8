"""Questions about one client's case that the record answers or a rule settles: whether we still support
them, our access in their systems, the new provider's timing, sign-off, the reason, the last day."""
from __future__ import annotations

import re
from datetime import date, timedelta

from intents.cues import LIMITED_SUPPORT, days_named, without_their_offer_to_pay_ahead
from intents.staff_cues.words import BOOK_ME_OFF, CUT_OFF, ENDING_THEM, STILL_SERVED


_RAISE_REASON = re.compile(
    r"\b(?:bring(?:ing)?\s+up|rais(?:e|ing)|mention(?:ing)?|remind(?:ing)?\s+them\s+(?:of|about)|rehash\w*|go(?:ing)?\s+(?:into|over)|"
    r"point(?:ing)?\s+out)\b[^.?!]{0,40}\b(?:scope\s+creep|late\s+pay\w*|(?:the\s+)?reason|why\s+we|the\s+(?:invoices|payments|"
    r"projects|workload|complaints))\b", re.I)


def asks_to_raise_reason(text: str) -> bool:
    """Whether to raise the reason with the client ("should we even bring up the scope creep with Globex?")."""
    return bool(_RAISE_REASON.search(text)) and bool(re.search(r"\b(?:should|shall|do|must|is\s+it|worth|whether|if)\b", text, re.I))


# A colleague asking whether we still work for a client ("do we still fix stuff for them?", "are we still supporting X?")
_STILL_OURS = re.compile(r"\b(?:do|should|can|are|will)\s+we\s+still\s+(?:fix\w*|support\w*|help\w*|do|look\s+after|"
                         r"take|handle|answer|work\s+(?:on|for))\b", re.I)
# ("a heads up for the help desk that hooli is still fully supported till they go": the same, said rather than asked)
_STILL_OURS_SAID = re.compile(r"\b(?:is|are)\s+still\s+(?:fully\s+|normally\s+)?(?:supported|ours|our\s+client)\b", re.I)


def asks_if_we_still_support(text: str) -> bool:
    return bool(_STILL_OURS.search(text))


def says_still_supported(text: str) -> bool:
    return bool(_STILL_OURS_SAID.search(text)) and not asks_if_we_still_support(text)


def speaks_of_offboardings(text: str) -> bool:
    """Our offboardings as a whole ("does the closure mess with any of the offboarding dates?")."""
    # ("Acme Dental and Hooli are moving on", "parting ways"): the same, in other words
    return bool(re.search(r"\b(?:offboard\w*|last\s+days?|end\s+dates?|handovers?|leaving|clients?|moving\s+on|parting\s+ways)\b",
                          text, re.I))


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
_FULL_SUPPORT = re.compile(
    r"\b(?:have|need|got)\s+to\s+(?:keep\s+)?(?:answer\w*|support\w*|help\w*|work\w*|do\w*|respond\w*|fix\w*|cover\w*)\b|"
    r"\bcan\s+(?:they|we|she|he|i|you)" + STILL_SERVED + "|" + CUT_OFF + "|"
    # "they ask if we can still install it next week ... I am not sure if I must say no?"
    r"\bif\s+(?:we|i)\s+can\s+still\s+\w+|\b(?:must|should|do)\s+i\s+say\s+no\b|\bi\s+(?:must|should|have\s+to)\s+say\s+no\b|"
    r"\b(?:" + LIMITED_SUPPORT + r")\b", re.I)


def asks_about_new_work(text: str) -> bool:
    return bool(_NEW_WORK.search(text))


def asks_about_scope(text: str) -> bool:
    """"is that in scope or do I say no?": whether a job is part of the agreement, not whether support carries on."""
    return bool(re.search(r"\b(?:in|within|out\s+of)\s+(?:the\s+)?scope\b", text, re.I))


def questions_full_support(text: str) -> bool:
    # ("promising to pay upfront from now on": their offer, not our making them pay first)
    return bool(_FULL_SUPPORT.search(without_their_offer_to_pay_ahead(text)))


# How long to keep our copies of a client's data ("do we still need to keep their old backups?").
_RETENTION = re.compile(r"\b(?:keep(?:ing)?|retain\w*|stor(?:e|ing)|hold(?:ing)?\s+on\s+to|hang(?:ing)?\s+on\s+to)\b[^.?!]{0,40}"
                        r"\b(?:backups?|copies|copy|data|files|archives?|mailbox\w*)\b[^.?!]{0,60}\?|\bretention\b|"
                        # relayed: "they asked if we'll keep their data a few months after the 21st"
                        r"\b(?:keep|retain|hold\s+on\s+to)\b[^.?!]{0,30}\b(?:their|our|the)\s+(?:data|backups?|files|copies)\b"
                        r"[^.?!]{0,40}\b(?:after|past|beyond|once)\b", re.I)


def asks_about_retention(text: str) -> bool:
    return bool(_RETENTION.search(text))


# The client is expected to ask why ("they WILL ask why", "if she asks straight up why they got let go"): the
# words needed are the reason's.
_WHY_EXPECTED = re.compile(r"\b(?:will|'ll|gonna|going\s+to|might|may|bound\s+to|sure\s+to|definitely)\s+(?:\w+\s+)?ask\s+"
                           r"(?:us\s+|me\s+)?(?:why|the\s+reason|for\s+(?:the|a)\s+reason)\b|\b(?:if|when)\s+(?:they|she|he|\w+)\s+"
                           r"(?:asks?|wants?\s+to\s+know)\s+(?:\w+\s+){0,3}?(?:why|the\s+reason)\b|"
                           # "the 'why' paragraph for acme dental": words that give the reason
                           r"['\"\u2018\u201c]?\bwhy\b['\"\u2019\u201d]?\s+(?:paragraph|part|bit|section|line|sentence)s?\b|"
                           r"\breason\s+(?:paragraph|part|bit|section)\b|"
                           # "Globex is asking, two weeks after the fact, why we dropped them. Do we tell them?"
                           r"\b(?:is|are|keeps?|kept)\s+asking\b[^.?!]{0,40}\bwhy\s+(?:we|you)\b|"
                           # "Hooli asked in their channel why we're dropping them."
                           r"\basked\b[^.?!]{0,40}\bwhy\s+(?:we'?re|we\s+are|we|you'?re|you\s+are|you)\s+(?:\w+\s+)?(?:dropping|ending|"
                           r"leaving|letting|stopping|cutting|terminating|finishing|drop|end|leave|let|stop|cut)\b", re.I)


def expects_why(text: str) -> bool:
    return bool(_WHY_EXPECTED.search(text))


# The close-out already done, as staff tell it ("our access removed", "final invoice attached").
_ACCESS_REMOVED = re.compile(r"\b(?:access|agents?|accounts?|tools|admin)\s+"
                             # ("all our access was removed last week")
                             r"(?:(?:has|have|was|were)\s+(?:been\s+)?|now\s+|already\s+|all\s+)?(?:removed|pulled|revoked|gone)\b|"
                             r"\bwe'?ve\s+(?:now\s+|already\s+)?(?:removed|pulled|revoked)\b|"
                             # "Jay removed our RMM agent from the Globex machines yesterday"
                             r"\b(?:removed|pulled|revoked|uninstalled)\s+our\s+(?:\w+\s+){0,2}?(?:access|agents?|accounts?|tools?|admin)\b",
                             re.I)
# ("confirming we're fully out of Globex": our access all out, said as done)
_CLOSED_OUT = re.compile(_ACCESS_REMOVED.pattern + r"|\bfinal\s+invoice\s+(?:is\s+)?attached\b|"
                         r"\b(?:we'?re|we\s+are|we'?ve\s+got|we\s+have\s+got)\s+(?:now\s+)?(?:fully|completely|all|totally|entirely)\s+"
                         r"(?:out|off)\s+of\b|"
                         # ("the final wrap-up message for globex now it's all over"): nothing left between us
                         r"\bnow\s+(?:that\s+)?(?:it'?s|it\s+is|everything'?s|everything\s+is)\s+(?:all\s+)?(?:over|done|finished|"
                         r"wrapped\s+up)\b", re.I)


def says_access_removed(text: str) -> bool:
    """Staff say our own access already came out ("our access removed"): only then is it told as done."""
    return bool(_ACCESS_REMOVED.search(text))


# Our own tools and accounts staff name, in the words a letter uses (only what they named is confirmed): one table
# serves the client's close-out letter (access_removed) and the note to the new provider (access_named).
_OUR_ACCESS_ITEMS = (
    (re.compile(r"\b(?:rmm|monitoring|remote[\s-]?management|management)\s+(?:and\s+monitoring\s+)?(?:agents?|tools?)\b|"
                r"\bagents?\b", re.I), "our remote-monitoring agents"),
    (re.compile(r"\b(?:tech|technician|engineer|named|admin)\s+(?:admin\s+)?(?:accounts?|logins?)\b|\bour\s+(?:user\s+)?accounts\b",
                re.I), "our technician accounts"),
    (re.compile(r"\b(?:delegated\s+admin\w*|gdap|dap|partner\s+(?:access|admin|relationship))\b", re.I),
     "our delegated admin access"),
    (re.compile(r"\bbackup[\s-]+(?:console|portal|access)\b", re.I), "our backup-console access"),
    (re.compile(r"\b(?:remote[\s-]?access|vpn)\s+(?:tools?|accounts?|access)\b|\bvpn\b", re.I), "our remote-access tools"),
    (re.compile(r"\b(?:antivirus|endpoint\s+(?:security|protection)|edr)\b", re.I), "our endpoint-security agents"),
)


def access_removed(text: str) -> list[str]:
    """Our own tools and accounts staff say were already removed, by name, in the order of the list above."""
    return access_named(text) if says_closed_out(text) else []


_HANDOVER_DONE = re.compile(r"\bhandover\s+(?:is\s+|has\s+been\s+|was\s+)?(?:all\s+|now\s+)?(?:wrapped\s+up|done|complete\w*|"
                            r"finished|closed)\b|\b(?:wrapped\s+up|completed?|finished)\s+the\s+handover\b", re.I)


def says_handover_done(text: str) -> bool:
    return bool(_HANDOVER_DONE.search(text))


def says_closed_out(text: str) -> bool:
    return bool(_CLOSED_OUT.search(text))


def asks_if_signed_off(text: str) -> bool:
    """Asks whether the client signed the handover off ("did Vandelay ever sign off on the handover?")."""
    return bool(re.search(r"\b(?:did|has|have|do\s+we\s+know\s+if|is\s+there|who|when)\b[^.?!]{0,40}\bsign(?:ed)?[\s-]*off\b[^.?!]*\?",
                          text, re.I))


# "did we ever get Vandelay their data?", "Did we ever actually hand Globex their backup data?": whether a handover
# item happened, which only the client's checklist can say.
_ITEM_DONE_ASKED = re.compile(r"\b(?:did|have|has)\s+(?:we|they|you|\w+(?:\s+\w+)?)\s+(?:ever\s+|actually\s+|already\s+|definitely\s+){0,2}"
                              r"(?:get|got|had|give|gave|given|hand\w*|send|sent|deliver\w*|return\w*|pass\w*|receiv\w*)\b"
                              r"[^.?!]{0,40}?\b(?P<what>(?:backup\s+)?data|(?:their|the)\s+(?:files|archive|export)|"
                              r"documentation|docs|network\s+diagrams?|passwords|credentials|admin\s+(?:logins?|accounts?)|"
                              r"(?:encryption\s+|backup\s+)?keys?|domains?)\b[^.!]*(?:\?|$)", re.I)
# "has acme's data been handed over yet?": the item first, then whether it went
_ITEM_WENT_ASKED = re.compile(r"\b(?:has|have|was|were|is|are)\s+(?:[\w&-]+['\u2019]s\s+|their\s+|the\s+)?(?P<what>(?:backup\s+)?data|files|"
                              r"archive|export|documentation|docs|network\s+diagrams?|passwords|credentials|admin\s+(?:logins?|accounts?)|"
                              r"domains?|(?:(?:backup\s+)?encryption\s+)?keys?)\s+(?:been\s+|already\s+been\s+)?(?:handed\s+over|"
                              r"sent|delivered|returned|passed\s+on|transferred|given\s+(?:back|to\s+them))\b[^.!]*\?", re.I)
# "Tom's asking whether we ever delivered Globex's data to them. Did we?", "do you know if we ever sent Vandelay their
# data?": the same, asked as "whether" or "if"
_WHETHER_DONE_ASKED = re.compile(r"\b(?:whether|if)\s+(?:we|they)\s+(?:ever\s+|actually\s+|already\s+|definitely\s+){0,2}"
                                 r"(?:got|gave|given|handed|sent|delivered|returned|passed|received)\b"
                                 r"[^.?!]{0,40}?\b(?P<what>(?:backup\s+)?data|(?:their|the)\s+(?:files|archive|export)|"
                                 r"documentation|docs|network\s+diagrams?|passwords|credentials|admin\s+(?:logins?|accounts?)|"
                                 r"(?:encryption\s+|backup\s+)?keys?|domains?)\b", re.I)
_IT_DONE_ASKED = re.compile(r"\b(?:did|have|has)\s+we\s+(?:ever\s+|actually\s+|already\s+){0,2}(?:get|give|gave|given|hand\w*|"
                            r"send|sent|deliver\w*|return\w*|pass\w*)\s+(?:it|them|that)\b(?:\s+(?:over|across|back))?[^.!]*\?|"
                            # "Globex says they never got their documentation from us. Is that true?"
                            r"\b(?:never|didn'?t|did\s+not)\s+(?:got|get|receiv\w*)\b[^?!]{0,60}\b(?:is\s+that\s+(?:true|right|so)|"
                            r"true)\s*\?|"
                            # "(Globex) are telling BrightPath we never handed over their data. did we??"
                            r"\bwe\s+(?:never|didn'?t|did\s+not)\s+(?:hand\w*(?:\s+over)?|g[ai]ve|sen[dt]|deliver\w*|return\w*)\b"
                            r"[^?!]{0,60}\bdid\s+we\b[^.!]{0,20}\?", re.I)
_ITEM_NAMED = re.compile(r"\b(?:(?:backup\s+)?data|files|archive|export|documentation|docs|network\s+diagrams?|passwords|credentials|"
                         r"admin\s+(?:logins?|accounts?)|domains?|(?:(?:backup\s+)?encryption\s+)?keys?)\b", re.I)
_ITEM_KEYS = (("data-export", r"data|files|archive|export"), ("documentation", r"doc|diagram|keys?$"),
              ("credentials", r"password|credential|admin"), ("domains", r"domain"))


# "has globex's data been handed to brightpath yet?", "did the domain move over already?": where one step stands
_STEP_STATE_ASKED = re.compile(r"(?:^|[.!?]\s+)(?:so\s+|and\s+|quick\s+one:?\s+)?(?:has|have|had|did|is|are|was|were)\b[^.?!]{3,120}?"
                               r"\b(?:yet|already|been\s+(?:done|sorted|sent|handed|delivered|moved|removed|signed|paid|settled|"
                               r"transferred|returned|uninstalled|taken))\b[^.?!]*\?", re.I)
# ... or told as done and checked ("Globex signed off on the handover, right?", "we've removed our RMM agent, yeah?")
_STEP_STATE_CHECKED = re.compile(r"\b(?:signed\s+off|paid|settled|handed\s+over|removed|uninstalled|moved|sent|delivered|returned|"
                                 r"transferred)\b[^.?!]{0,60}?,?\s*(?:right|yeah|yes|correct|didn'?t\s+(?:they|we)|haven'?t\s+"
                                 r"(?:they|we)|hasn'?t\s+(?:it|he|she))\s*\?", re.I)
# The default checklist's steps, by the words staff use for them (the domain before the logins: "the domain login")
_STEP_WORDS = (("domains", r"\b(?:domains?|dns|registrar)\b"),
               ("delegated-admin", r"\b(?:delegated\s+admin|gdap|dap)\b"),
               ("agents-removed", r"\b(?:agents?|rmm|monitoring|antivirus|endpoint)\b"),
               ("access-removed", r"\b(?:our|their)\s+access\b|\baccess\s+(?:been\s+)?removed\b|\btechnician\s+accounts?\b"),
               ("credentials", r"\b(?:passwords?|credentials|logins?|admin\s+accounts?)\b"),
               ("licences", r"\b(?:licen[cs]es?|renewals?|subscriptions?)\b"),
               ("documentation", r"\b(?:docs|documentation|diagrams?|encryption\s+keys?)\b"),
               ("sign-off", r"\bsign(?:ed)?[\s-]?off\b"),
               ("final-invoice", r"\b(?:final\s+)?invoice\b|\b(?:paid|settled)\s+(?:up|us)\b"),
               ("data-export", r"\b(?:data|files|backups?|drive|export)\b"),
               ("new-provider", r"\b(?:been|got|gotten)\s+in\s+touch\b|\bcontacted\s+us\b|\bheard\s+from\b"))


def asks_if_item_done(text: str) -> str:
    """The handover checklist item a colleague asks about as done or not ("did we ever get them their data?":
    "data-export"), or ""."""
    found = _ITEM_DONE_ASKED.search(text) or _ITEM_WENT_ASKED.search(text) or _WHETHER_DONE_ASKED.search(text)
    if not found:
        # ("Vandelay is asking 'where's our data? we never got it'. did we ever send it?": the item the quote names)
        named = _ITEM_NAMED.search(text) if _IT_DONE_ASKED.search(text) else None
        if named:
            return next(key for key, words in _ITEM_KEYS + (("data-export", r""),) if re.search(words, named.group(0).lower()))
        step = _STEP_STATE_ASKED.search(text) or _STEP_STATE_CHECKED.search(text)
        return next((key for key, words in _STEP_WORDS if re.search(words, step.group(0), re.I)), "") if step else ""
    what = found.group("what").lower()
    return next(key for key, words in _ITEM_KEYS + (("data-export", r""),) if re.search(words, what))


def names_the_reason(text: str) -> bool:
    """Says the reason in so many words ("they've asked for the actual reason as well"), not only "in writing"."""
    return bool(re.search(r"\b(?:reasons?|why)\b", text, re.I))


def mentions_the_reason(text: str) -> bool:
    """Speaks of the reason ("do I spell out the late payments?"), or wants the notice formally confirmed in
    writing, so a notice restated says the reason too."""
    return bool(re.search(r"\b(?:reasons?|why|spell\w*\s+(?:it\s+)?out|vague|formal(?:ly)?|in\s+writing|confirmation)\b", text, re.I))


def client_rang(text: str) -> bool:
    """The client rang us ("Hooli's owner rang me nearly in tears"): the answer thanks them for calling."""
    # ("The practice manager at Acme just rang me")
    return bool(re.search(r"\b(?:owner|manager|director|boss|they|he|she|client|md|ceo)\s+(?:(?:at|from|of)\s+[\w'-]+\s+)?"
                          r"(?:just\s+|has\s+just\s+)?(?:rang|called|"
                          r"phoned)(?:\s+(?:me|us)\b|\s+(?=(?:in\s+tears|crying|sobbing|upset|earlier|this\s+morning|today|"
                          r"yesterday|again|saying|to\s+say|asking|and\s+said)\b)|(?=[,;]))|"   # ("the Hooli owner rang in tears, says ...")
                          r"\b[\w'-]+\s+just\s+(?:rang|called|phoned)(?=\s*[.,;:])|"   # ("acme just rang. said they're sorry")
                          # ("Acme's practice manager is crying on the phone": on the call with us now)
                          r"\b(?:is|are|'s|'re)\s+(?:\w+\s+){0,2}on\s+the\s+(?:phone|line)\b", text, re.I))


def told_by_phone(text: str) -> bool:
    """The notice was given by phone ("I told them by phone on the 20th"): the letter confirms that call."""
    return bool(re.search(r"\b(?:told|informed|notified|gave\s+(?:them\s+)?notice)\b[^.?!]{0,60}\b(?:by|on|over)\s+(?:the\s+)?"
                          r"(?:phone|call|teams\s+call|zoom)\b", text, re.I))


# Our own access, agents or accounts in their systems, and whether or when they go: "delete our admin acct or
# leave it?", "when do I pull our RMM agent?".
_OURS_IN_THEIR_SYSTEMS = re.compile(
    # ("we've changed our accounts team", a client's words pasted in, is their finance staff)
    r"\b(?:our|we\s+still\s+have(?:\s+(?:a|an|the))?)\s+(?:\w+\s+){0,3}?(?:rmm|agents?|admin\s+acc(?:ount|t)s?|"
    r"acc(?:ount|t)s?(?!\s+(?:team|department|dept|people|person|staff|manager|payable|receivable|clerk))|"
    r"access|logins?|backup\s+(?:jobs?|console)|monitoring|remote\s+access|tools?|delegated\s+admin|admin)\b", re.I)

_TAKEN_AWAY = re.compile(r"\b(?:delet\w*|remov\w*|revok\w*|disabl\w*|pull\w*|kill\w*|uninstall\w*|get\s+rid\s+of|leave|"
                         r"keep|turn\w*\s+off|switch\w*\s+off|shut\w*\s+(?:off|down))\b", re.I)


# Something of theirs held in an account of ours ("their Wi-Fi controller in OUR cloud account"): theirs to hand over.
_THEIRS_IN_OUR_ACCOUNT = re.compile(r"\b(?:in|on|under|through)\s+(?:our|the\s+firm'?s)\s+(?:\w+\s+){0,2}(?:account|tenant|portal|"
                                    r"subscription)\b", re.I)


def about_the_handover(text: str) -> bool:
    """Says a call or note is about the handover ("Calling Hooli this afternoon about the handover")."""
    return bool(re.search(r"\b(?:about|re|regarding|on|(?:walk|talk|take|run)\s+(?:them|him|her|\w+)\s+through)\s+"
                          r"(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+)?hand-?over\b", text, re.I))


# "do we still have admin on globex's 365 tenant?": whether our access is still there, which the record doesn't keep
_STILL_HELD = re.compile(r"\b(?:do|have|are)\s+we\s+still\s+(?:got\s+|have\s+|hold\s+|holding\s+|in\s+)?(?:\w+\s+){0,3}?"
                         r"(?:admin|access|accounts?|agents?|logins?|rights|delegated|gdap)\b|"
                         r"\b(?:is|are)\s+our\s+(?:\w+\s+){0,2}?(?:access|admin|agents?|accounts?)\s+still\b|"
                         # "Did we ever remove our access from Globex after they left?"
                         r"\b(?:did|have)\s+we\s+(?:ever\s+|actually\s+|already\s+)?(?:remove|removed|pull|pulled|revoke|revoked|take|"
                         r"taken)\s+(?:off\s+|out\s+)?our\s+(?:\w+\s+){0,2}?(?:access|admin|agents?|accounts?)\b", re.I)


def asks_if_our_access_remains(text: str) -> bool:
    return bool(_STILL_HELD.search(text))


def asks_about_our_access(text: str) -> bool:
    """Asks whether or when our own access, agents or accounts in the client's systems go."""
    return bool(_OURS_IN_THEIR_SYSTEMS.search(text) and _TAKEN_AWAY.search(text)) \
        and not _THEIRS_IN_OUR_ACCOUNT.search(text)


def keeps_ours(text: str) -> bool:
    """... and proposes leaving them in place for a while ("can we leave our agent till theirs is in?")."""
    return bool(re.search(r"\b(?:leave|keep)\s+(?:\w+\s+){0,4}?(?:in\s+place|on|running|installed|till|until|for\s+now)\b",
                          text, re.I)) and not re.search(r"\b(?:or|vs\.?)\s+(?:delete|remove|pull|kill)\b|\b(?:delete|remove)\s+"
                                                        r"(?:it|them)\s+or\b", text, re.I)


def speaks_of_ending(text: str) -> bool:
    """The question is about ending with the client: whether to, or what to say if they ask."""
    return bool(ENDING_THEM.search(text))


# Any word of the ending itself ("telling Acme we're ending support", "the decision is final", "why"): a voicemail that
# names none has no news to give, only the handover to remind them of.
_ENDING_NAMED = re.compile(r"\b(?:end|ends|ending|ended|final|decision|notice|last\s+day|why|reasons?|leav\w*|terminat\w*|"
                           r"chang\w*\s+(?:our|my)\s+minds?|"
                           r"stop\w*|cancel\w*|letting\s+(?:them|\w+)\s+go|drop\w*|fir(?:e|ing))\b", re.I)


# "acme asked for 'all our data'": their own request for their data, passed on (not our offer of it)
_DATA_REQUEST_RELAYED = re.compile(r"\b(?:asked|asking|want(?:s|ed)?|request(?:ed|ing|s)?)\s+(?:us\s+)?(?:for\s+)?(?:a\s+copy\s+of\s+)?"
                                   r"['\"\u2018\u201c]?(?:all\s+)?(?:their|our|the)\s+(?:\w+\s+)?(?:data|files|backups?)\b", re.I)


# "Do I need to mention anything about us cutting clients?": whether our endings come up with another client at all
_MENTION_ASKED = re.compile(r"\b(?:do|should|must|shall)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:mention|say|tell\s+them|"
                            r"bring\s+up|raise)\s+(?:anything\s+)?(?:about\s+)?(?:us\s+|our\s+|the\s+)?(?:cutting|dropping|ending|"
                            r"offboarding|letting\s+go|firing|parting|losing)\b", re.I)


def asks_whether_to_mention_endings(text: str) -> bool:
    return bool(_MENTION_ASKED.search(text))


def relays_a_data_request(text: str) -> bool:
    return bool(_DATA_REQUEST_RELAYED.search(text))


def names_the_ending(text: str) -> bool:
    return speaks_of_ending(text) or bool(_ENDING_NAMED.search(text))


# What is still ours to close out once support has ended ("are we still on the hook for anything?").
_WHAT_IS_LEFT = re.compile(
    r"\bon\s+the\s+hook\b|\b(?:anything|what(?:'s|\s+is)?)\s+(?:\w+\s+)?(?:left|outstanding|remaining|still\s+open)\s+"
    r"(?:to\s+(?:do|close|tidy|sort)|for\s+(?:us|me)|on\s+our\s+(?:side|end))\b|\bloose\s+ends?\b|"
    r"\b(?:are|is)\s+we\s+(?:fully\s+|properly\s+|completely\s+)?(?:done|clear|finished)\s+with\b", re.I)


def asks_what_is_left(text: str) -> bool:
    """Asks what is still ours to close out with a client whose support has ended."""
    return bool(_WHAT_IS_LEFT.search(text))


# The new provider's contact details asked for ("Castle Tech's number?", "email address for their new IT").
_CONTACT_DETAILS = re.compile(r"(?:'s|s')\s+(?:phone\s+)?(?:number|phone|e-?mail(?:\s+address)?|contact(?:\s+details)?)\b|"
                              # "to chase who their Castle Tech person is"
                              r"\bwho\s+(?:their|the|our)\s+(?:[\w-]+\s+){0,3}?(?:person|contact|guy|rep)\s+(?:is|will\s+be)\b|"
                              r"\b(?:a\s+|any\s+)?contact\s+(?:at|with|for)\b|"
                              r"(?<!checklist\s)(?<!handover\s)(?<!intro\s)\b(?:number|phone|e-?mail(?:\s+address)?|contact\s+details)\s+(?:for|of|at)\b", re.I)


# The new provider means to start after our support ends ("will figure it all out in January", "pick it up
# after the holidays", "once you're gone").
_PROVIDER_LATER = re.compile(
    r"\b(?:figure|sort|pick|start|handle|deal|look|take|catch|get|do|set|begin|kick|onboard)\w*\b[^.?!]{0,40}?"
    r"\b(?:in|from|until|till|til|after|over|into|next)\s+(?:the\s+)?(?:jan(?:uary)?|new\s+year|next\s+year|holidays|"
    r"christmas|xmas|break)\b|"
    r"\b(?:after|once)\s+(?:we(?:'re|\s+are)|you(?:'re|\s+are))\s+(?:gone|done|out|off)\b|"
    # "Acme says they'll have a new provider "sometime in January""
    r"\bnew\s+(?:it\s+)?(?:provider|company|msp|firm|people|guys)\b[^.?!]{0,30}?\b(?:sometime\s+in|in|from|until|after|by|"
    r"next)\s+(?:the\s+)?(?:jan(?:uary)?|new\s+year|next\s+year)\b|"
    # "they've got a new provider but won't say who until after Christmas": the handover held back just the same
    r"\b(?:won'?t|will\s+not|not\s+going\s+to|refus\w*\s+to|can'?t)\s+(?:say|tell\s+us|name|share|reveal|confirm)\s+"
    r"(?:who|which|the\s+name)\b[^.?!]{0,30}?\b(?:until|till|til|after)\s+(?:after\s+)?(?:the\s+)?(?:jan(?:uary)?|new\s+year|"
    r"holidays|christmas|xmas|break)\b", re.I)

_IS_IT_FINE = re.compile(r"\b(?:fine|ok|okay|alright|all\s+right|good|enough|a\s+problem|an\s+issue|realistic|work)\b[^.!]{0,20}\?|"
                         r"\b(?:is|does)\s+(?:that|this)\b", re.I)
_FINE = re.compile(_IS_IT_FINE.pattern + r"|\bwhat\s+(?:now|then|do\s+(?:we|i)\s+do|should\s+(?:we|i)\s+do)\b", re.I)


def asks_if_fine(text: str) -> bool:
    """Asks whether what the client plans is fine ("is that ok?"), to be answered yes or no; "what now?" is not."""
    return bool(_IS_IT_FINE.search(text))


# The new provider not in touch yet ("nudging them that Castle Tech still hasn't contacted us"): the handover.
_PROVIDER_SILENT = re.compile(r"\b(?:still\s+)?(?:hasn'?t|haven'?t|has\s+not|have\s+not|never|not\s+yet)\s+(?:yet\s+)?"
                              r"(?:contacted|called|emailed|reached\s+out|got\s+in\s+touch|been\s+in\s+touch|rung|phoned)\b", re.I)


# ("reminding her we still need Castle Tech's contact details": the handover waits on it)
# ("reminder they still havent told us their new IT co": who it is, asked again)
_PROVIDER_NOT_TOLD = re.compile(r"\b(?:still\s+)?(?:haven'?t|havent|have\s+not|hasn'?t|not\s+yet)\s+(?:yet\s+)?(?:told|let)\s+us\s+"
                                r"(?:know\s+)?(?:who|their\s+new|the\s+new|about\s+their\s+new)\b|"
                                # "we still haven't heard who's taking over"
                                r"\b(?:still\s+)?(?:haven'?t|havent|have\s+not|not\s+yet)\s+(?:yet\s+)?heard\s+(?:who|from\s+(?:their|the)\s+new)\b|"
                                # "ringing the bakery to chase who at Castle Tech we should deal with"
                                r"\bchas\w*\s+(?:up\s+)?(?:who\s+(?:at|from)\b|(?:a|the)\s+(?:name|contact)\s+(?:at|for)\b)", re.I)
_PROVIDER_CONTACT_MISSING = re.compile(r"\b(?:still\s+)?(?:need|needs|waiting\s+(?:on|for)|don'?t\s+have|haven'?t\s+got|no)\s+"
                                       r"(?:(?:a|the|any)\s+)?(?:[\w-]+['\u2019]s\s+|[\w-]+\s+[\w-]+['\u2019]s\s+)?contact"
                                       r"(?:\s+(?:details|info\w*|name|person|email|number))?\b", re.I)


def provider_not_in_touch(text: str) -> bool:
    return bool(_PROVIDER_SILENT.search(text) or _PROVIDER_CONTACT_MISSING.search(text) or _PROVIDER_NOT_TOLD.search(text))


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
                           r"(?:\w+\s+){0,3}?(?:early|earlier|sooner)\b|"
                           # "The bakery's owner wants to bring their end date forward to Friday 18 December 2026"
                           r"\b(\w+)\s+(?:wants?|would\s+like|asked|asking|plans?|planning|hopes?|hoping|prefers?|decided)\s+to\s+"
                           r"(?:bring|move|pull)\s+(?:their|its|the|our)\s+(?:end\s+date|last\s+day|finish(?:\s+date)?)\s+forward\b|"
                           # "Hooli asked if they can just finish on Friday 1 January 2027 instead"
                           r"\b(?:asked|asks|asking|want\s+to\s+know|wants\s+to\s+know)\s+(?:if|whether)\s+(?:they|he|she)\s+"
                           r"(?:can|could|may)\s+(?:just\s+)?(?:finish|end|leave|stop|wrap\s+up|be\s+done)\b[^.?!]{0,40}"
                           r"\b(?:instead|early|earlier|sooner)\b", re.I)


def client_leaves_early(text: str) -> bool:
    found = _LEAVES_EARLY.search(text)
    return bool(found) and (found.group(1) or found.group(2) or "they").lower() not in ("we", "i", "i'd", "we'd", "us")


def provider_access_early(text: str) -> bool:
    return bool(_EARLY_ACCESS.search(text)) and bool(
        re.search(r"\bnew\s+(?:it|provider|msp|people|guys|team|company|firm)\b|(?-i:\b[A-Z]\w+\s+(?:Tech|IT)\b)|"
                  r"(?-i:\b[A-Z][a-z]+[A-Z]\w+)", text, re.I))


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


# Where the handover stands: "what's still open", "status note", "anything outstanding".
_WHATS_OPEN = re.compile(r"\bloose\s+ends\b|\b(?:things?|items?|what)\s+(?:he|she|they|we|you|to)\s+(?:should\s+|needs?\s+to\s+|must\s+)?"
                         r"(?:check|confirm|cover)\b|\bwhat\s+(?:the\s+)?sign-?\s?off\s+needs\b|"
                         r"\b(?:what'?s|what\s+is|anything|everything)\s+(?:still\s+)?(?:open|outstanding|left|pending|"
                         r"not\s+done)\b|\bstill\s+(?:open|outstanding|to\s+do|to\s+close|to\s+finish|to\s+tie\s+up)\b|\bstatus\s+(?:note|update|report|summary)\b|"
                         r"\bopen\s+(?:items|points|tasks)\b|\bwhere\s+(?:we|things)\s+(?:are|stand)\b|"
                         # "summarising where Acme Dental and Vandelay stand" (two clients: each, as it stands)
                         r"\bwhere\s+(?:[\w&'\u2019-]+\s+){1,3}?(?:and|&|\+)\s+(?:[\w&'\u2019-]+\s+){1,3}?stand\b|"
                         r"\bclos(?:e|ing)[\s-]?out\b|\bfor\s+the\s+crm\b|\bcrm\s+(?:note|record|entry)\b|\bclosing\s+note\b|"
                         # ("before we archive the account", not "saying we're archiving the channel")
                         r"\barchiv\w*\b(?![^.?!]{0,25}\b(?:channel|chat|group)\b)(?<!\bchannel\s)|\bwhat\s+we\s+still\s+need\b|\bstill\s+need\s+from\b|\blist(?:ing)?\s+what\b|"
                         r"\bwhat\s+(?:to|they\s+need\s+to|he\s+needs\s+to|she\s+needs\s+to)\s+cover\b|"
                         r"\bstatus\s+(?:e-?mail|mail|bullets?|points|check)\b|\bwhere\s+we(?:'re|\s+are)\b|"
                         r"\bwhere\s+are\s+we\s+(?:up\s+to|at)\b|\bwhat'?s\s+(?:been\s+)?done\s+and\s+what\b|"
                         # "how's Hooli's handover going?", "how is the Acme offboarding looking?"
                         r"\bhow(?:'s|\s+is|\s+are)\s+(?:[\w']+\s+){0,3}?(?:handover|offboarding|transition|exit)s?\s+(?:going|"
                         r"looking|coming\s+along|progressing)\b", re.I)


def asks_whats_open(text: str) -> bool:
    """Asks where the handover stands: what is still open on it."""
    return bool(_WHATS_OPEN.search(text))


_WHO_SIGNS = re.compile(r"\bwho\s+(?:should|shall|will|would|needs?\s+to|has\s+to|is\s+going\s+to|do\s+we\s+have)\s+sign\b|"
                        r"\bwho\s+signs\b|\bwhose\s+name\s+(?:goes|should\s+go|do\s+we\s+put)\b|"
                        # "Priya's off this week. Can I sign the Acme letters myself?"
                        r"\b(?:can|could|should|may)\s+I\s+sign\b", re.I)


# Taking our own access out ("pull our access out of Globex", "remove our agents and admin accounts")
_OUR_ACCESS_OUT = re.compile(r"\b(?:pull\w*|remov\w*|revok\w*|strip\w*|tak\w+\s+out|clean\w*\s+up|uninstall\w*)\b[^.?!]{0,25}"
                             r"\b(?:access|accounts?|agents?|admin|logins?|tools|rmm)\b|"
                             # "globex is gone, what do we need to pull"
                             r"\bwhat\s+(?:do\s+|does\s+|did\s+)?(?:we|techs?|the\s+team)\s+(?:still\s+)?(?:need\s+to\s+|have\s+to\s+|"
                             r"should\s+|must\s+)?(?:pull|remove|revoke|uninstall|strip|clean\s+up|take\s+off)\b|"
                             # "an internal note to the techs about Globex access removal"
                             r"\b(?:access|agents?|accounts?|logins?)\s+(?:removal|clean[\s-]?up|revocation)\b|"
                             # "note to the sysadmins: what to remove for Globex now they're gone"
                             r"\bwhat\s+to\s+(?:pull|remove|revoke|uninstall|strip|take\s+out|clean\s+up)\b|"
                             # "after Acme's last day, what access do we pull?"
                             r"\bwhat\s+(?:access|accounts?|agents?|admin|logins?|tools)\s+(?:(?:do|should|must|can)\s+)?(?:we|techs?|the\s+team)\s+"
                             r"(?:still\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:pull|remove|revoke|uninstall|strip|take\s+out|clean\s+up)\b|"
                             # "a checklist of our own access we should pull now"
                             r"\b(?:our|the)\s+(?:own\s+)?(?:access|accounts?|agents?|admin|logins?|tools)\b[^.?!]{0,20}\b(?:we|to)\s+"
                             r"(?:should\s+|need\s+to\s+|must\s+|can\s+)?(?:pull|remove|revoke|uninstall|strip|take\s+out)\b", re.I)


_OUR_ACCESS_LISTED = re.compile(r"\b(?:access|accounts?|agents?|admin|logins?|tools)\s+of\s+ours\b[^.?!]{0,30}\b(?:pull\w*|remov\w*|"
                                r"revok\w*|uninstall\w*|strip\w*|tak(?:e|ing)\s+out)\b", re.I)   # ("needs removing")


def takes_our_access_out(text: str) -> bool:
    return bool(_OUR_ACCESS_OUT.search(text) or _OUR_ACCESS_LISTED.search(text))


# Our letters, emails and reminders to a client, or signing them ("Can I sign the Acme letters myself?", "redo it
# signed by me"): wording for the client, whatever else the message is about.
_OUR_LETTERS = re.compile(r"\b(?:sign\w*|letters?|e-?mails?|reminders?|notes?|messages?|redo|rewrite)\b", re.I)


def speaks_of_our_letters(text: str) -> bool:
    return bool(_OUR_LETTERS.search(text))


def asks_who_signs_for_them(text: str) -> bool:
    """Who signs on the client's side is asked ("Who signs on their side?"), not who signs for us."""
    return asks_who_signs(text) and bool(re.search(r"\b(?:on\s+(?:their|the\s+client'?s?)\s+side|at\s+their\s+end|for\s+"
                                                   r"(?:them|the\s+client)|client[\s-]side)\b", text, re.I))


def asks_who_signs(text: str) -> bool:
    return bool(_WHO_SIGNS.search(text))


def asks_who_signs_for_us(text: str) -> bool:
    """"Need a short email back. Who should sign it?": a signer of ours asked for (not "can I sign it myself?", nor
    who signs on their side)."""
    return asks_who_signs(text) and not asks_who_signs_for_them(text) and not re.search(r"\bI\s+sign\b", text, re.I)


# Whether or when our own office is closed ("is the office closed the 24th?", "when do we reopen?").
_OFFICE_CLOSED_ASKED = re.compile(r"\b(?:is|are|will)\s+(?:the\s+|our\s+)?(?:office|we)\s+(?:be\s+|even\s+)?(?:closed|shut|open)\b|"
                                  r"\bwhen\s+(?:is|does|will)\s+(?:the\s+|our\s+)?office\s+(?:close|shut|reopen|open)\w*|"
                                  r"\bwhen\s+(?:are|do|will)\s+we\s+(?:close|shut|reopen|open\s+again|back)\b|"
                                  # "quick one - what day are we back after christmas?"
                                  r"\bwhat\s+(?:day|date)\s+(?:are|do|will)\s+we\s+(?:(?:get\s+)?back|reopen|open\s+again|close|shut)\b|"
                                  # "When does the holiday shutdown start and end again?"
                                  r"\bwhen\s+(?:does|do|is)\s+(?:the\s+|our\s+)?(?:holiday\s+|christmas\s+|xmas\s+)?(?:shut\s*down|"
                                  r"closure|break)\s+(?:start|begin|end|finish)\w*", re.I)


def asks_if_office_closed(text: str) -> bool:
    return bool(_OFFICE_CLOSED_ASKED.search(text))


# A colleague's own time off ("can I take PTO on Dec 23 or is that blocked because of the closure?"): theirs to
# ask their manager; the closure's dates are all the record says.
_TIME_OFF = re.compile(rf"{BOOK_ME_OFF}|\b(?:pto|time\s+off|days?\s+off|annual\s+leave|leave\s+request|holiday\s+request|"
                       r"book\s+(?:a\s+|some\s+)?(?:day|leave|holiday)|take\s+(?:a\s+day|leave|holiday)|"
                       # "can I take Fri 18 Dec off, and who signs off leave round here?"
                       r"(?:take|book|have)\s+(?:[\w.]+\s+){1,4}off|(?:signs?|approves?|okays?)\s+(?:off\s+)?(?:leave|holidays?|time\s+off))\b", re.I)


# Who made the decision ("Hooli asked 'who made this decision?' -- do I have to name someone?").
_WHO_DECIDED = re.compile(r"\bwho\s+(?:made|took|signed\s+off)\s+(?:this|the|that)\s+(?:decision|call)\b|\bwho\s+decided\b|"
                          r"\bwhose\s+(?:decision|call)\b", re.I)


def asks_who_decided(text: str) -> bool:
    return bool(_WHO_DECIDED.search(text))


# "Nothing about the reason, nothing fluffy": words asked for without the reason in them.
_REASON_LEFT_OUT = re.compile(r"\bnothing\s+(?:about|on|re)\s+(?:the\s+)?(?:reason|why)\b|\b(?:leave|keep)\s+(?:the\s+)?reason\s+out\b|"
                              r"\b(?:don'?t|do\s+not|never)\s+(?:mention|give|include|say|go\s+into|put|state)\s+(?:the\s+|a\s+|any\s+)?(?:reasons?|why)\b|"
                              r"\bno\s+reasons?\b(?!\s+(?:is|was)\b)|\bwithout\s+(?:the\s+|a\s+|any\s+)?reasons?\b", re.I)
# "Announce in #general ... Professional, no dirt": the why stays with the people who need it, unless the why is what
# they asked for ("explaining we're parting ways with Acme Dental and why. No gossip.")
_NO_DIRT = re.compile(r"\bno\s+(?:dirt|gossip|mud(?:-?slinging)?)\b", re.I)
# ("keep it factual, no gossip": the reason on record is one of the facts)
_WHY_ASKED = re.compile(r"\band\s+why\b|\bexplain\w*\s+why\b|\b(?:with|and|give|include)\s+the\s+reason\b|\bfactual\b|"
                        r"\bjust\s+the\s+facts\b", re.I)


def leaves_reason_out(text: str) -> bool:
    return bool(_REASON_LEFT_OUT.search(text) or _NO_DIRT.search(text) and not _WHY_ASKED.search(text))


def asks_about_time_off(text: str) -> bool:
    return bool(_TIME_OFF.search(text))


def asks_us_to_book_leave(text: str) -> bool:
    """Asks the bot itself to book their time off ("Can you book me off Tue 22 and Wed 23 Dec?")."""
    return bool(re.search(rf"{BOOK_ME_OFF}|\b(?:can|could|would)\s+you\s+(?:please\s+)?"
                          r"(?:book|put\s+in|log|request)\s+(?:my\s+)?(?:leave|holiday|pto|time\s+off)\b", text, re.I))


def asks_if_time_off_approved(text: str) -> bool:
    """Asks whether their own leave was approved ("did my PTO get approved?"): a record the bot never holds."""
    # ("Who approves leave here?" asks who, answered below: not whether theirs was approved)
    return bool(_TIME_OFF.search(text)) and bool(re.search(r"\bapprov\w*|\bsigned\s+off\b", text, re.I)) \
        and not re.search(r"\bwho\s+(?:approves|signs\s+off|okays|oks)\b", text, re.I)


def speaks_of_closing(text: str) -> bool:
    """Speaks of the office closing or shutting ("is that blocked because of the closure?")."""
    return bool(re.search(r"\bclos\w*|\bshut\w*", text, re.I))


def asks_contact_details(text: str) -> bool:
    return bool(_CONTACT_DETAILS.search(text))


# Whether to point a client to another provider ("should I just recommend someone?"): friendly, and yes.
_RECOMMEND = re.compile(r"\b(?:recommend|suggest|refer|point)\w*\s+(?:them\s+|him\s+|her\s+)?(?:to\s+)?(?:someone|somebody|"
                        r"anyone|an?\s+(?:new\s+)?(?:it\s+)?(?:provider|msp|firm|company|partner)|(?:other|another|some)\s+(?:providers?|msps?|"
                        r"firms?|compan\w+))\b|\breferr?als?\b", re.I)


def asks_to_recommend(text: str) -> bool:
    return bool(_RECOMMEND.search(text))


def names_no_one(text: str) -> bool:
    """Staff won't name other firms ("we don't want to name a competitor", "without naming anyone")."""
    return bool(re.search(r"\b(?:don'?t|do\s+not|won'?t|can'?t|rather\s+not)\s+(?:want\s+to\s+)?(?:name|recommend)\s+"
                          r"(?:a\s+|any\s+)?(?:competitors?|firms?|one|anyone|names|companies|providers?)\b|\bwithout\s+naming\b",
                          text, re.I))


# Work the colleague means to turn down ("tell them we can't help with their licence renewal"): the kind no,
# whatever the work is about.
_WE_DECLINE = re.compile(r"\b(?:we|i)\s+(?:can'?t|cannot|can\s+no\s+longer|won'?t|will\s+not|are\s+not\s+able\s+to|aren'?t\s+able\s+to)"
                         r"\s+(?:\w+\s+)?(?:help|assist|support)\s+(?:them\s+|you\s+|her\s+|him\s+)?(?:\w+\s+)?with\b", re.I)


# We won't take them back ("restating that our support ended and that we won't be taking them back"): the no to a return.
_NO_RETURN = re.compile(r"\b(?:we\s+)?(?:won'?t|will\s+not|aren'?t|are\s+not|not)\s+(?:be\s+)?(?:taking|take)\s+(?:them|him|her|"
                        r"the\s+account|the\s+work)\s+back\b", re.I)


def refuses_a_return(text: str) -> bool:
    return bool(_NO_RETURN.search(text))


def declines_the_work(text: str) -> bool:
    return bool(_WE_DECLINE.search(text))


_DECLINED = re.compile(_WE_DECLINE.pattern + r"\s+((?:their|his|her|the|its)\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
                       r"(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|because|as|since|anymore|any\s+more|now|kindly|please)\b))", re.I)


def declined_work(text: str) -> str:
    """What the colleague turns down, as the client reads it ("their licence renewal": "your licence renewal")."""
    found = _DECLINED.search(text)
    if not found:
        return ""
    words = found.group(1).split(maxsplit=1)
    return ("the " if words[0].lower() == "the" else "your ") + words[1]


# Work on something of theirs once support has ended ("just reset the admin password on the NAS"): handing
# over what is theirs is never declined, but doing the work is support.
_WORK_ON_THEIRS = re.compile(r"\b(?:reset|fix|change|reconfigure|set\s+up|update|unlock|restore)\s+(?:\w+\s+){0,3}?(?:admin\s+)?"
                             r"(?:passwords?|logins?|accounts?|nas|server|firewall|router|printer|vpn|mailbox|users?)\b|"
                             # "restore a deleted folder from backup": a restore is work on their systems
                             r"\brestore\s+(?:\w+\s+){0,4}?from\s+(?:the\s+|a\s+|their\s+|our\s+)?backups?\b", re.I)


def asks_for_work_on_theirs(text: str) -> bool:
    return bool(_WORK_ON_THEIRS.search(text))


# Their domain or licences held through us ("registered through our reseller account", "on our CSP billing"):
# moving them into the client's own name is the handover's work.
_DOMAIN = re.compile(r"\b(?:domains?|registrar|dns|nameservers?)\b", re.I)

# ("the M365 global admin" is their admin account, not a licence)
_LICENCES = re.compile(r"\b(?:licen[cs]es?|csp|subscriptions?|renewals?|(?:m365|o365|microsoft\s+365|office\s+365)(?!\s+(?:global\s+)?"
                       r"(?:admin\w*|accounts?|tenant|logins?|passwords?|portal))|seats|anti-?virus)\b", re.I)

_HELD_BY_US = re.compile(r"\b(?:our|the\s+msp'?s)\s+(?:reseller|csp|partner|billing|account|tenant|name|portal|registrar)\b|"
                         r"\b(?:through|under|on|in|via)\s+your\s+(?:partner\s+|reseller\s+|csp\s+)?(?:account|reseller|csp|billing|"
                         r"tenant|name|portal|(?:credit\s+)?card)\b|"
                         r"\b(?:through|under|via|with|in)\s+(?:us|our\s+name)\b|\bwe\s+(?:hold|own|pay\s+for|bill|registered)\b|"
                         # "still renewing on our card"
                         r"\b(?:on|through|via|to)\s+our\s+(?:credit\s+|company\s+)?card\b|"
                         # (a client's words: "it's billed through you")
                         r"\b(?:billed|paid|bought|held)\s+(?:through|thru|via|by)\s+(?:you|u)\b")
# ... or only a move asked about ("what do we need to move our website domain to Castle Tech?"): where it is held today
# is not said, so nothing may claim it is ours
_MOVE_ASKED = re.compile(r"\b(?:transfer|move|moving|migrat\w*|hand\s*over|handing\s+over)\b|\bwhat'?s\s+the\s+move\b|"
                         r"\bwhat\s+(?:do|should)\s+(?:i|we)\s+(?:need\s+to\s+)?do\b|\bwe\s+must\s+do\s+something\b|"
                         r"\bwho\s+(?:will|is\s+going\s+to|should|must)\s+pay\b", re.I)


# A hosted email service named as where their mail could go ("move their email somewhere, e.g. M365 or Google
# Workspace"): a destination suggested, not licences of theirs held through us.
_EMAIL_DESTINATION = re.compile(r"\b(?:e\.?g\.?|like|such\s+as|to|into|onto)\s+(?:m365|o365|microsoft\s+365|office\s+365|"
                                r"google\s+workspace|gmail)\b", re.I)


def says_held_by_us(text: str) -> bool:
    """The message says something of theirs is held through us ("registered in our reseller account")."""
    return bool(_HELD_BY_US.search(text))


def only_they_say_we_hold_it(text: str) -> bool:
    """It is the client who says we hold it ("Vandelay emailed ..., says we still hold it in our registrar account"):
    their word, to check, not a fact of ours."""
    return bool(re.search(r"\b(?:says?|said|saying|claims?|claimed|claiming|reckons?|insists?|thinks?)\s+(?:that\s+)?we\s+(?:still\s+)?"
                          r"(?:hold|have|own|control|keep|manage)\b", text, re.I))


def held_for_them(text: str) -> tuple[str, ...]:
    """("domain", "licences"): what of theirs the message says is held through us, or asks to move, into their name."""
    if not (_HELD_BY_US.search(text) or _MOVE_ASKED.search(text)):
        return ()
    if _EMAIL_DESTINATION.search(text) and re.search(r"\be-?mail\b", text, re.I):
        text = _EMAIL_DESTINATION.sub(" ", text)
    return tuple(name for name, pattern in (("domain", _DOMAIN), ("licences", _LICENCES)) if pattern.search(text))


# Selling to a client we are letting go ("someone in sales wants to pitch the bakery our new backup product").
_PITCH = re.compile(r"\b(?:pitch\w*|sell\w*|upsell\w*|cross-?sell\w*|market\w*\s+to)\b[^.?!]{0,50}\b(?:product|service|package|"
                    r"plan|bundle|offering|solution|subscription|add-?on|backup|contract|deal)s?\b", re.I)


def proposes_a_sale(text: str) -> bool:
    return bool(_PITCH.search(text))


# Staff offering a client their own number ("can I give Hooli my mobile for emergencies over Christmas?"): on call
# for a client we're parting with, off the books
_OWN_NUMBER = re.compile(r"\b(?:give|giv\w+|share|sharing|pass|leave|send|hand)\s+(?:\w+\s+){0,3}?(?:my|me\s+own)\s+(?:own\s+|personal\s+|"
                         r"private\s+)?(?:mobile|cell|phone|number|whatsapp)\b", re.I)


def offers_own_number(text: str) -> bool:
    """A colleague asks whether to give a client their own phone number."""
    return bool(_OWN_NUMBER.search(text))


# Everyday work for a client ("a new starter laptop sorted for next week", "their printer ticket"): not the ending,
# whatever offboarding word rides along ("do I use the offboarding handover template for that?")
_EVERYDAY_WORK = re.compile(r"\bnew\s+(?:starter|joiner|hire|user|employee)s?\b|\b(?:printer|laptop|pc|desktop|phone|scanner|monitor)\s+"
                            r"(?:ticket|issue|problem|job|request|setup|set\s*up|sorted|order)\b|\b(?:sort|set\s+up|order|build|image)\w*\s+"
                            r"(?:a\s+|the\s+|their\s+|them\s+a\s+)?(?:new\s+)?(?:laptop|pc|desktop|phone|printer)\b", re.I)


def speaks_of_everyday_work(text: str) -> bool:
    return bool(_EVERYDAY_WORK.search(text))


# "they STILL have no new IT firm", "haven't picked anyone yet": no new provider chosen, said by staff.
_NO_PROVIDER_YET = re.compile(r"\b(?:still\s+)?(?:have|has|got)\s+no\s+(?:new\s+)?(?:it\s+)?(?:provider|firm|company|msp|support|people)\b|"
                              r"\bno\s+new\s+(?:it\s+)?(?:provider|firm|company|msp)\s+(?:yet|still)\b|"
                              r"\b(?:still\s+)?(?:haven'?t|hasn'?t|not)\s+(?:yet\s+)?(?:picked|chosen|found|got|signed\s+with)\s+"
                              r"(?:anyone|anybody|someone|a\s+(?:new\s+)?(?:it\s+)?(?:provider|firm|company|msp))\b", re.I)


def no_provider_yet(text: str) -> bool:
    return bool(_NO_PROVIDER_YET.search(text))


def access_named(text: str) -> list[str]:
    """Our access staff name, coming out or gone ("our remote agent and delegated admin"), in a letter's words."""
    return [words for pattern, words in _OUR_ACCESS_ITEMS if pattern.search(text)]


# The provider on record may not happen after all ("Castle Tech might not be confirmed after all", "fell through").
_PROVIDER_IN_DOUBT = re.compile(r"\b(?:might|may)\s+not\s+(?:be\s+)?(?:confirmed|happen|go\s+ahead|sign|take\s+(?:them|it)\s+on)\b|"
                                r"\bnot\s+(?:be\s+)?confirmed\s+after\s+all\b|\b(?:fall(?:en|ing)?|fell)\s+through\b|"
                                r"\b(?:pulled|backed|dropped)\s+out\b|\bno\s+longer\s+(?:taking|going)\b", re.I)


def provider_in_doubt(text: str) -> bool:
    return bool(_PROVIDER_IN_DOUBT.search(text))



# A day the colleague believes is on record, checked ("their last day's friday 18 dec right?"): a belief to correct,
# not a proposal to end sooner
_DAY_CHECKED = re.compile(r"\b(?:last\s+day|end\s+date|finish\s+date)(?:'s|\s+is)?\b[^.?!]{0,40}\b(?:right|correct|yeah|yes|"
                          r"isn'?t\s+it|no)\s*\?", re.I)


# "an email to Acme confirming that their last day of support stays Monday 21 December": the decision held, said so
_LAST_DAY_STAYS = re.compile(r"\bconfirm\w*\s+(?:that\s+|to\s+them\s+that\s+)?(?:their|the|our|your)\s+(?:last\s+day|end\s+date|final\s+day)"
                             r"(?:\s+of\s+support)?\s+(?:still\s+)?(?:stays|remains|is\s+still|hasn'?t\s+changed|won'?t\s+(?:change|move)|"
                             r"is\s+unchanged|stands)\b", re.I)


def confirms_the_last_day_stays(text: str) -> bool:
    return bool(_LAST_DAY_STAYS.search(text))


# ("Hooli's last day is after the break, right?"): the day checked against our closure
_AGAINST_THE_BREAK = re.compile(r"\b(?:after|before|during|over|in)\s+(?:the\s+|our\s+)?(?:christmas\s+|xmas\s+|holiday\s+)?"
                                r"(?:break|closure|shutdown|holidays)\b|\b(?:after|before)\s+(?:christmas|xmas|we\s+close)\b", re.I)


def checks_the_day_against_the_break(text: str) -> bool:
    return checks_a_day(text) and bool(_AGAINST_THE_BREAK.search(text))


def checks_a_day(text: str) -> bool:
    return bool(_DAY_CHECKED.search(text))
