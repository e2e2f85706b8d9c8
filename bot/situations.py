"""What a message is really about, beyond its routed kind: the situation its words set (the notice doubted,
more time asked, words for the team ...), the kind a cue settles for a staff question, and what is the client's own.

Plain functions over the text and the client's phase; the core uses them for staff and client messages alike.
"""
from __future__ import annotations

import re

from intents import cues, escalation_cues, staff_cues

OFFBOARDING = ("transition", "ended")
# Kinds of message the policy may decline once support has ended, unless they ask for what is the client's.
DECLINABLE = ("support_request", "after_end_request", "provider_config_question")
# A client calling us names, as staff pass it on ("emailed calling us 'crooks who drop patients at Christmas'").
_NAME_CALLING = re.compile(r"\bcall(?:ing|ed|s)?\s+us\s+['\"\u2018\u201c]?(?:\w+\s+){0,2}?(?:crooks?|thieves|cowboys|liars|scammers|"
                           r"useless|incompetent|idiots|clowns|amateurs|frauds?|rip-?off\s+merchants)\b", re.I)
LONG_LETTER_WORDS = 50   # a plea longer than this is a personal letter: a person answers it


def theirs_kept(intent: str, text: str) -> str:
    """Their own data, keys, accounts and documents are never declined, whatever the words around them:
    a request the policy may decline that asks for what is theirs is a handover."""
    if intent in DECLINABLE and cues.asks_for_what_is_theirs(text) and not cues.asks_for_a_fix(text) and not (
            intent == "provider_config_question" and staff_cues.relays_provider_setup_question(text)):
        # (a fix to something of theirs, "just quickly look at their shared mailbox", is a fix: declined after the end)
        # (how their backups were set up is a question about our work, not a request for their backups)
        return "credentials_handover" if cues.CREDENTIAL_WORDS.search(text) else "data_export"
    return intent


# "Rewrite our end-date info in very simple English": what we tell them about the end, the plan itself
_END_DATE_INFO = re.compile(r"\b(?:end[\s-]date|last[\s-]day|end\s+of\s+(?:support|the\s+contract))\s+(?:info|information|details|"
                            r"message|email|note|letter|text)\b|"
                            # "our 'support is ending' message", "an email about the last day and our christmas closure"
                            r"\bsupport\s+is\s+ending\b|\b(?:about|explaining)\s+(?:the\s+|their\s+)?(?:last\s+day|end\s+date|"
                            r"ending)\b|"
                            # "a very simple Slack message ... Remind them of the last day and the closure"
                            r"\bremind\w*\s+(?:them\s+|him\s+|her\s+)?(?:of|about)\s+(?:the\s+|their\s+)?(?:last\s+(?:support\s+)?day|end\s+date)\b", re.I)


_DATA_TOO = re.compile(r"\b(?:data|drive|export|files|backups?)\b", re.I)

# "a handover summary in really simple English": the plan as a whole, plainly
# The client's handover steps asked for ("spells out the handover steps"); in a letter they are a paragraph of it
# (render.with_topics_asked), not a list.
_STEPS_ASKED = re.compile(r"\bhandover\s+(?:steps|process|timeline|schedule)\b|\bsteps\s+(?:for|of|in)\s+the\s+handover\b|"
                          + staff_cues.HANDOVER_CONTENTS_ASKED.pattern, re.I)
_A_LETTER = re.compile(r"\bletter\b", re.I)
# "an email explaining what 'handing over the domain and DNS' means": the words themselves, explained
_DOMAIN_EXPLAINED = re.compile(r"\bexplain\w*\s+(?:what\s+)?[^.?!]{0,40}\b(?:domain|dns)\b[^.?!]{0,30}\bmeans?\b|"
                               r"\bwhat\s+[^.?!]{0,30}\b(?:domain|dns)\b[^.?!]{0,30}\bmeans\b", re.I)
_A_CALL = re.compile(r"\b(?:call\w*|ring\w*|phon\w*|meeting)\b", re.I)
_SUMMARY = re.compile(r"\b(?:summary|overview|recap|run-?down)\b", re.I)
# "one-liner for the Globex channel saying we're archiving it": the shared channel closing, told to them
_CHANNEL_CLOSING = re.compile(r"\b(?:archiv\w*|clos\w*|shut\w*(?:\s+down)?|wind\w*\s+down|retir\w*)\s+(?:the|this|their|our|[\w&'-]+['\u2019]s)\s+"
                              r"(?:[\w&'-]+\s+){0,2}?(?:channel|chat|group)\b|"
                              r"\b(?:channel|chat|group)\b[^.?!]{0,40}\b(?:archiv\w*|(?:it|the\s+channel)\s+(?:is\s+)?(?:being|getting|"
                              r"will\s+be)\s+(?:closed|shut|archived|retired)|(?:we'?ll|we\s+will|we'?re\s+going\s+to|to)\s+"
                              r"(?:close|shut|archive|retire)\s+it)\b", re.I)


def asks_the_day(text: str, phase: str | None) -> bool:
    """Staff pass on a question about the last day, or want it confirmed; once support has ended, "are you still
    doing our backups?" asks for support, and is declined as that."""
    return (staff_cues.relays_date_question(text) or staff_cues.confirms_the_last_day(text)) \
        and not (phase == "ended" and staff_cues.client_wonders_if_supported(text)) \
        and not (phase == "transition" and cues.reports_a_fault(staff_cues.pasted_message(text) or ""))
    # ("'our till system went down this morning, are you still looking after us?'": the fault, answered as one)


_RETURN_LATER = re.compile(r"\bcome\s+back\b[^.?!]{0,40}\b(?:later|in\s+(?:the\s+)?(?:spring|summer|autumn|new\s+year|future)|next\s+year|"
                           r"one\s+day|in\s+a\s+few\s+months|at\s+(?:our|the)\s+old\s+(?:rate|terms|price))\b|"
                           r"\bif\s+(?:it|things)\s+(?:doesn'?t|don'?t|does\s+not)\s+work\s+out\b", re.I)


_OLD_TERMS_AGAIN = re.compile(r"\b(?:go|going|get|getting|stay|staying|carry\s+on|keep\s+going)\s+(?:back\s+)?(?:to|on)\s+(?:the|our|their)\s+"
                              r"(?:old|original|previous|former|same)\s+(?:terms|arrangement|contract|agreement|deal|rate)\b", re.I)


def returns_later(text: str) -> bool:
    """A client in notice asks to come back later ("in spring at our old rate", "if it doesn't work out")."""
    return staff_cues.wants_back_in(text) and bool(_RETURN_LATER.search(text))


# Staff questions whose kind a cue settles, whatever else the words carry: (phases, cue, kind), first match wins.
SETTLED_BY_CUE = (
    (("transition",), staff_cues.relays_stop_fear, "cut_off_early"),  # "asks if their email stops on the 4th": no
    # ("an email to Acme confirming we're ending support ... Be straight about why": the ending in writing, with its reason)
    (("transition",), staff_cues.confirms_the_ending, "announce_decision"),
    # "their new provider will pick things up after Christmas. Is that OK? Draft a reply": the handover, too late
    (("transition",), staff_cues.provider_starts_late, "provider_handover"),
    # "someone claiming to be Vandelay's owner rang asking for their registrar login": theirs, once it's confirmed who asks
    (OFFBOARDING, lambda text: cues.claims_to_be_the_client(text) and bool(cues.credential_items(text)), "credentials_handover"),
    (("transition",), staff_cues.provider_not_in_touch, "provider_handover"),   # "Castle Tech still hasn't called us"
    (OFFBOARDING, staff_cues.arranges_their_data, "data_export"),   # "calling Hooli to arrange getting them their data"
    (("transition",), cues.refuses_to_pay, "angry_client"),   # "they won't pay December's invoice if we go through with this"
    (OFFBOARDING, staff_cues.expects_shouting, "angry_client"),         # "they'll kick off on the call": calm, kind
    (OFFBOARDING, lambda text: bool(_NAME_CALLING.search(text)), "angry_client"),   # "calling us 'crooks who ...'"
    (OFFBOARDING, lambda text: cues.blames_the_timing(staff_cues.pasted_message(text) or ""), "angry_client"),
    # ("Client at the bakery sent: 'You're leaving us stranded right at Christmas, how could you.'": hurt, answered kindly)
    (OFFBOARDING, staff_cues.expects_a_fight, "second_chance"),         # "he's going to fight it": the decision stands
    # ("asked if we'd stay on if they clear every outstanding invoice today": money offered to stay, not a bill to chase)
    (("transition",), lambda text: cues.offers_money_to_stay(text) and not cues.asks_for_more_time(text), "second_chance"),
    (("transition",), lambda text: cues.pleads_to_reconsider(text) and not cues.asks_for_more_time(text)
     and not cues.sounds_angry(text), "second_chance"),   # "they'll halve their tickets if we keep them on"
    (OFFBOARDING, lambda text: bool(staff_cues.held_for_them(text)) and not cues.holds_back(text) and not cues.unsafe_move(text),
     "credentials_handover"),                                          # their domain or licences, held through us
    (("ended",), staff_cues.asks_to_stop_answering, "after_end_request"),   # "can we just stop replying?": the kind no
    (OFFBOARDING, lambda text: cues.about_domain(text) and cues.asks_what_is_owed(text), "credentials_handover"),
    # ("they keep asking about their domain. Do we owe them anything more?": the domain, theirs to have)
    (OFFBOARDING, staff_cues.relays_thanks, "no_hard_feelings"),       # "Globex emailed to say thanks"
    (("ended",), staff_cues.wants_back_in, "come_back"),               # an ex-client asking to return
    # ("If we go elsewhere and it doesn't work out, can we come back to you in spring at our old rate?": a return later)
    (("transition",), lambda text: returns_later(text), "come_back"),
    # "asking if they can go back to the old terms if they pay 6 months upfront": staying on, asked before the end
    (("transition",), lambda text: bool(_OLD_TERMS_AGAIN.search(text)), "second_chance"),
    (OFFBOARDING, staff_cues.expects_why, "explain_reason"),          # words for when they ask why: the reason
    (OFFBOARDING, lambda text: bool(cues.asks_if_cause(text)) and bool(re.search(r"\b(?:answer|reply|respond|say)\b", text, re.I)),
     "explain_reason"),                                                 # "'is this because Dr. Moreno ...?' how do I answer?"
    (OFFBOARDING, lambda text: bool(staff_cues.final_invoice_wording(text)) and not cues.sounds_angry(text)
     and not staff_cues.wants_termination_letter(text), "loose_ends"),  # the final invoice is closing out (not a letter
    # confirming the end that also names it)
    (("ended",), staff_cues.asks_what_is_left, "loose_ends"),          # what is still ours to close out
    (("ended",), cues.asks_us_to_take_ours_off, "loose_ends"),         # "ur remote tool is still on my laptop": ours, taken off
    (OFFBOARDING, staff_cues.asks_to_recommend, "no_hard_feelings"),  # helping them find a better fit: friendly
    (("transition",), lambda text: staff_cues.asks_about_new_work(text) and not staff_cues.questions_full_support(text),
     "support_request"),                                                # new work: what a client in notice gets
    (("ended",), staff_cues.asks_still_billed, "loose_ends"),          # billing after the end: closing out the money
    (("transition",), lambda text: cues.asks_about_holidays(text) and not staff_cues.fears_going_under(text),
     "support_request"),                                                # cover over the holidays: full support till the end
    (("ended",), cues.asks_about_holidays, "after_end_request"),       # ... or none to give
    (("ended",), staff_cues.relays_provider_setup_question, "provider_config_question"),   # "how was it set up?"
    (OFFBOARDING, staff_cues.asks_about_retention, "data_export"),      # how long we keep their data: the handover's
    (("ended",), staff_cues.asks_for_work_on_theirs, "after_end_request"),   # resetting or fixing theirs is work
    (("transition",), lambda text: staff_cues.relays_date_question(text) or staff_cues.confirms_the_last_day(text),
     "support_request"),                                                # the last day asked about: supported until
    (("ended",), lambda text: asks_the_day(text, "ended"), "loose_ends"),   # ... or the day it ended, for their records
    # contact limits: until the last day a full client (one route for requests), after it the kind no
    (("transition",), staff_cues.contacts_too_often, "support_request"),
    (("transition",), staff_cues.client_wonders_if_supported, "support_request"),   # "asking if we'll still fix it": yes
    (("ended",), staff_cues.contacts_too_often, "after_end_request"),
    (("ended",), staff_cues.client_wonders_if_supported, "after_end_request"),   # "r u still doing our backups?": no
    # an ex-client who keeps asking gets the same kind, firm no every time (what is theirs aside)
    (("ended",), lambda text: staff_cues.asks_to_keep_declining(text) and not cues.asks_for_what_is_theirs(text),
     "after_end_request"),
)


def situation(text: str, staff: bool, phase: str = "") -> str:
    """What the message is really about, when the kind's stock wording would answer something else
    (see render.facts_for): the notice doubted, a move of our own proposed by staff, more time asked for."""
    if cues.doubts_the_notice(text):
        return "restate_notice"
    if staff and staff_cues.label_asked_about(text):
        return "label_check"   # "is it ok to tell Vandelay they were 'never satisfied'? feels harsh": the record instead
    feeling = staff_cues.staff_feeling(text) if staff else ""
    if feeling:
        return feeling
    if staff and phase == "transition" and staff_cues.asks_about_tickets_over_the_break(text) \
            and staff_cues.asks_for_a_reply(text):
        return "holiday_tickets"   # "Hooli's owner asked if we'll answer tickets over Christmas. Reply ...": our closure
    if staff and staff_cues.asks_spite_or_hygiene(text) and not cues.holds_back(text) \
            and (staff_cues.for_internal_use(text) or staff_cues.words_for_the_team(text)):
        return "spite_or_hygiene"   # ("an explainer I can post in #techs" on spite versus hygiene: the explanation)
    if staff and (staff_cues.for_internal_use(text) or staff_cues.words_for_the_team(text)):
        return "internal"
    if staff and (escalation_cues.threatens_legal(text) or escalation_cues.cites_the_contract(text)) \
            and not staff_cues.from_our_legal_team(text):
        # (words asked for: a holding reply that argues nothing, beside the advice to pass it on)
        return "legal_holding" if staff_cues.asks_for_words(text) or staff_cues.asks_for_a_reply(text) else "legal"
    if staff and phase in OFFBOARDING and staff_cues.claim_we_deny(text) \
            and (staff_cues.asks_for_words(text) or staff_cues.asks_for_a_reply(text) or staff_cues.asks_help_answering(text)):
        return "claim_denied"   # "claiming we 'deleted their SharePoint'. We didn't. Draft a reply": said kindly, once
    if staff and phase == "transition" and staff_cues.provider_starts_late(text):
        return "provider_late"   # "Castle Tech will figure it all out in January": after our support, too late
    if staff and phase == "transition" and staff_cues.client_leaves_early(text) and not staff_cues.asks_for_words(text):
        return "leaves_early"   # "the bakery wants to leave early, is that allowed?": yes, their choice
    if staff and phase == "transition" and staff_cues.provider_access_early(text) and not cues.unsafe_move(text) \
            and not staff_cues.asks_for_words(text) and not staff_cues.asks_for_a_reply(text):
        # (a reply asked for: the handover brought forward, in words for them)
        return "early_access"   # their new provider's own admin before the last day: yes, safely
    if staff and phase == "ended" and staff_cues.asks_to_raise_reason(text) and not staff_cues.asks_for_words(text):
        return "raise_reason"   # "should we even bring up the scope creep now they're gone?": no need, unless asked
    if staff and phase == "transition" and staff_cues.relays_stop_fear(text):
        return "keeps_working"   # theirs keeps working after the last day: only our access goes
    if staff and staff_cues.relays_question_about_another(text):
        return "other_client"
    if staff and phase == "ended" and staff_cues.asks_to_stop_answering(text) and not staff_cues.asks_for_words(text):
        return "stop_answering"   # "is it fine to just stop replying to Globex now?": no, the same short no each time
    if staff and staff_cues.asks_spite_or_hygiene(text) and not cues.holds_back(text):
        return "spite_or_hygiene"   # (doing less for them is answered as that: no)
    if staff and phase in OFFBOARDING and staff_cues.asks_about_our_access(text) and not cues.unsafe_move(text) \
            and not cues.control_unconfirmed(text):
        return "our_access"
    if staff and phase in OFFBOARDING and staff_cues.proposes_a_sale(text):
        return "sales_pitch"   # "sales wants to pitch the bakery our new backup product before they go": no
    if staff and phase in OFFBOARDING and staff_cues.asks_discount_to_settle(text):
        return "discount"
    if staff and phase in OFFBOARDING and staff_cues.asks_the_final_amount(text) and not cues.sounds_angry(text):
        return "final_invoice"   # "how much will their final invoice be?": what it covers, the amount confirmed in writing
    if staff and phase in OFFBOARDING and staff_cues.relays_invoice_query(text) and not cues.sounds_angry(text):
        return "final_invoice"   # "Globex asked why they got an invoice after they left": checked, never explained unseen
    if staff and staff_cues.final_invoice_wording(text) and not cues.sounds_angry(text) \
            and not cues.sarcastic(staff_cues.pasted_message(text) or "") \
            and not staff_cues.wants_termination_letter(text) \
            and (staff_cues.asks_for_the_amount(text) or not cues.asks_what_is_owed(text)) \
            and not cues.pleads_to_reconsider(text) and not cues.offers_to_settle(staff_cues.pasted_message(text) or "") \
            and not cues.offers_money_to_stay(text) \
            and "payment" not in cues.acknowledgements(staff_cues.pasted_message(text) or ""):
        # ("We cleared every overdue invoice yesterday. Surely that means ...?": paid, and asking to stay, not a reminder)
        # ("we've cleared every overdue invoice, surely that changes things?", "if we clear every invoice ... keep us?")
        return "final_invoice"   # a disputed or refunded invoice is the contract's answer (money_owed, below)
    if staff and phase in OFFBOARDING and staff_cues.wants_public_line(text) and not cues.answers_in_public(text):
        return "public_line"   # "a LinkedIn-safe line if anyone asks publicly why we stopped working with Globex"
    if staff and phase == "ended" and staff_cues.bills_help_after_the_end(text):
        return "help_after_the_end"   # "Tom spent 3 hrs helping BrightPath with Globex stuff. Can we bill them?"
    if staff and phase in OFFBOARDING and staff_cues.asks_who_decided(text):
        return "who_decided"   # "Hooli asked 'who made this decision?' -- do I have to name someone?": the firm's
    if staff and phase in OFFBOARDING and staff_cues.apologises_for_us(text):
        return "our_apology"   # "short apology to Hooli for the slow ticket": sorry for the slip, nothing reopened
    if staff and (staff_cues.asks_to_recommend(text) or cues.asks_for_recommendation(staff_cues.pasted_message(text) or "")):
        return "recommend"   # (and their own "Who do you recommend as a new IT company?", pasted in to answer)
    if staff and phase in OFFBOARDING and staff_cues.asks_for_receipt(text) and staff_cues.asks_for_words(text) \
            and not staff_cues.wants_sign_off_form(text):   # ("the sign-off message ... confirms they've received everything")
        return "receipt_asked"   # "email to BrightPath asking them to confirm they've received the admin credentials"
    if staff and phase == "transition" and "email_provider" in cues.practical_asks(text) and staff_cues.asks_for_words(text) \
            and not cues.provider_named(text) and not _DATA_TOO.search(text):   # (a data letter with a nudge: the letter)
        return "email_provider_note"   # "Draft the bit of the email where we suggest an email provider"
    if staff and phase == "transition" and staff_cues.moves_licence_billing(text) and staff_cues.asks_for_words(text):
        return "licence_billing"   # "email about moving their Microsoft licence renewals onto their own card"
    if staff and phase == "transition" and staff_cues.lists_what_we_need_from_them(text) \
            and (staff_cues.asks_to_write(text) or staff_cues.asks_for_words(text)):
        return "needs_from_them"   # "email to Acme in plain English listing what we need from them for the handover"
    if staff and phase == "transition" and staff_cues.asks_client_who_signs_off(text) and staff_cues.asks_for_words(text):
        return "sign_off_ask"   # "msg to Acme asking who on their side will sign off the handover, and by when"
    if staff and phase in OFFBOARDING and staff_cues.wants_sign_off_form(text):
        return "sign_off_form"
    if staff and phase == "transition" and _DOMAIN_EXPLAINED.search(text) and staff_cues.asks_for_words(text):
        return "domain_explained"   # "explaining what 'handing over the domain and DNS' means ... no jargon"
    if staff and phase == "transition" and staff_cues.wants_plain_english(text) \
            and (cues.asks_next_steps(text) or staff_cues.asks_for_the_notice(text) or _END_DATE_INFO.search(text)
                 or _SUMMARY.search(text)) \
            and not staff_cues.relays_date_question(text):
        return "plain_next"   # "a simple reply explaining what happens next. Short sentences.": the plan, plainly
    if staff and phase == "transition" and (_STEPS_ASKED.search(text) or staff_cues.script_format(text)[0] == "points"
                                            and staff_cues.about_the_handover(text) and _A_CALL.search(text)) \
            and staff_cues.asks_for_words(text) and not (_A_LETTER.search(text) or staff_cues.wants_formal(text)):
        # ("ringing hooli tomorrow re handover. Bullet points I can glance at": the steps, to go through on the call)
        return "handover_steps"   # "something to post in Acme's channel that spells out the handover steps": the steps
    if staff and phase in OFFBOARDING and _CHANNEL_CLOSING.search(text) and staff_cues.asks_for_words(text):
        return "channel_closing"   # "one-liner for the Globex channel saying we're archiving it pls"
    if staff and phase == "transition" and staff_cues.wants_last_day_note(text):
        return "last_day_note"   # "a 'today is your last day of support' email, to go out on the day"
    if staff and phase == "transition" and staff_cues.wants_agenda(text):
        return "agenda"
    if staff and staff_cues.wants_out_of_office(text) and (phase == "transition" and not cues.asks_about_after_the_end(text)
                                                           or phase not in ("transition", "ended")
                                                           or cues.asks_about_holidays(text)
                                                           or staff_cues.wants_closure_note(text)):
        # (an auto-reply for an ex-client's mail is the kind no, not our holiday out-of-office)
        return "out_of_office"   # "out-of-office autoreply text for the xmas closure": the dates, nothing more
    if staff and phase == "transition" and staff_cues.wants_closure_note(staff_cues.unquoted(text)) \
            and not cues.asks_for_more_time(text):
        # (not their words quoted: "'... with your office shut over Christmas. Thanks for nothing.' Need a calm reply")
        return "closure_note"   # "write the holiday-closure note for Hooli": the closure and their last stretch
    if staff and phase == "transition" and cues.holds_our_closure_against_us(staff_cues.pasted_message(text) or "") \
            and (staff_cues.asks_for_words(text) or staff_cues.asks_help_answering(text)):
        return "closure_note"   # '"paying you till January but you're not even open half of it?"': the closure, kindly
    if staff and phase == "transition" and (cues.asks_about_holidays(staff_cues.pasted_message(text) or "")
                                            or staff_cues.client_asked(text) and cues.asks_about_holidays(text)) \
            and (staff_cues.asks_for_words(text) or staff_cues.script_format(text)[0] == "short") \
            and not cues.asks_for_more_time(text) and not cues.blames_the_timing(staff_cues.pasted_message(text) or "") \
            and not staff_cues.fears_going_under(text):
        # ("One sentence for Hooli if they ask whether we'll be around over Christmas": words, however few)
        # ("you dump us two weeks before Christmas": the timing blamed is answered as anger, not with our closure)
        # 'they asked "who do we call if something breaks over christmas?"', "Hooli asked if anyone will cover
        # emergencies over Christmas. Write me the reply": the closure, to them
        return "closure_note"
    if staff and cues.asks_about_holidays(staff_cues.unquoted(text)) and phase != "active" and not cues.unsafe_move(text) \
            and not cues.holds_back(text) and not staff_cues.questions_full_support(text) and not cues.asks_for_more_time(text) \
            and not staff_cues.asks_to_write(text) and not staff_cues.script_format(text)[0]:
        # (words asked for: the kind's own, with the break's dates in them)
        return "holidays"   # (whether they still get full support over it is answered as that: yes)
    if staff and phase in ("transition", "ended", "", None) and asks_the_day(text, phase) \
            and not cues.asks_for_more_time(text):   # ("I confirmed the end date ... can't I give them 3 more months?")
        return "last_day"   # (about no client on record: the same words, with the day left to fill in)
    if staff and phase == "transition" and staff_cues.client_wonders_if_supported(text):
        return "still_supported"
    if staff and phase == "ended" and staff_cues.client_wonders_if_supported(text) and not cues.asks_for_what_is_theirs(text):
        return "no_longer_supported"   # "keeps asking if we 'still do the email for them'": no, plainly
    if staff and phase == "transition" and staff_cues.contacts_too_often(text):
        return "boundaries"   # after the last day, too many calls are declined as any request is
    if staff and cues.asks_what_is_owed(text) and not cues.unsafe_move(text) and not cues.CREDENTIAL_WORDS.search(text) \
            and not cues.asks_for_what_is_theirs(text) and not staff_cues.held_for_them(text) \
            and not staff_cues.asks_for_the_amount(text) \
            and not cues.asks_how_it_was_set_up(text):   # ("do we still owe them a copy of their data?": the handover)
        # ("the cover note for Acme's final invoice. Put in the amount due": the note, with the amount left to fill in)
        return "money_owed"   # ("do we owe them the registrar login?" asks about what is theirs: the handover)
    if staff and staff_cues.asks_about_new_work(text) \
            and (not staff_cues.questions_full_support(text) or staff_cues.asks_about_scope(text)) \
            and not staff_cues.wants_back_in(text):   # ("wants back in, promises to stay in scope": a return asked)
        # (words asked for, "chat message to Hooli's owner: polite no, we won't start their new website project": the no)
        return "new_project_no" if phase in OFFBOARDING and (staff_cues.asks_to_write(text)
                                                             or staff_cues.script_format(text)[0]) else "new_project"
    if staff and staff_cues.asks_about_retention(staff_cues.without_draft(text, staff_cues.pasted_message(text))) \
            and not cues.unsafe_move(text) and not cues.asks_for_more_time(text):   # ("keep their backups running past the 4th")
        return "retention"   # (our own keeping of their data: a pasted question about "retention jobs" is theirs)
    if staff and cues.proposes_our_move(text) and not staff_cues.asks_what_to_send(text):
        return "our_move"   # (not "they asked can we give them another shot?? what do I send back": their plea, answered)
    if not staff and phase == "transition" and cues.asks_when_and_if_things_stop(text):
        return "keeps_running"
    if not staff and long_plea(text):
        return "long_letter"   # answered as the letter it is: warmly, with the reason and the handover
    if phase == "transition" and cues.asks_to_run_it_past_the_end(text):
        return "run_past_the_end"   # "keep their email running 'for a few weeks' after they leave": no, kindly
    if phase in OFFBOARDING and cues.asks_us_to_keep_after(staff_cues.pasted_message(text) or "" if staff else text):
        return "retention"   # 'they asked "can you hang on to our backups a few months after you go?"': theirs to hold
    if cues.asks_for_more_time(text) and not (staff and phase == "ended" and staff_cues.puts_up_free_work(text)):
        return "more_time"   # ("a month of free quick fixes" for a client already gone: free work, not more time)
    if not staff and (phase == "ended" and cues.finds_our_tools_left(text)
                      or phase in OFFBOARDING and cues.asks_us_to_take_ours_off(text)):
        return "our_tools"   # (in notice: when they come off, which is after the handover)
    if not staff and cues.sounds_sad(text):
        return "sad"
    if phase in OFFBOARDING and cues.copies_asked(text) and not cues.questions_a_charge(text) \
            and not cues.asks_for_final_invoice(text):   # (the final invoice has wording of its own: "billing")
        return "copies"   # "a copy of our old service contract", "copies of all their invoices": our records of theirs, sent
    if not staff and (cues.asks_about_the_bill(text) or cues.pays_after_handover(text)):
        return "billing"   # ("we'll settle the invoices once you've handed over everything": the bill, answered)
    if cues.asks_for_documents(text):
        return "documents"   # their diagrams and documents: sent to them, not an export on a drive
    return ""


def steps_to_confirm(text: str) -> tuple[str, ...]:
    """The handover steps a client's message asks us to confirm done, when they are more than passwords or data (which
    named_items answers on its own: what was handed over, checked and confirmed)."""
    steps = cues.handover_steps_to_confirm(text)
    return steps if set(steps) - {"credentials", "data"} else ()


def long_plea(text: str) -> bool:
    """A long, personal letter asking us to think again (and perhaps asking why), or telling us how hurt they are:
    one plea, for a person."""
    # ("I know we have been late with payments ... Could you please give us until March?": more time, asked as a plea)
    owned = {"apology", "owned"} & set(cues.acknowledgements(text)) or cues.tells_of_hard_times(text)
    return len(text.split()) > LONG_LETTER_WORDS and (cues.pleads_to_reconsider(text) or cues.writes_from_the_heart(text)
                                                      or cues.asks_for_more_time(text) and bool(owned)) \
        and not cues.letter_sounds_angry(text)
