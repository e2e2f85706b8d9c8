"""Invoices and charges: the final bill, a disputed or questioned charge, what is owed."""
from __future__ import annotations

import re

from intents.cues.theirs import moves_licences

# A charge the client questions: billed after leaving, twice, or for something they no longer have.
# ("confirm nothing else will be billed": a question about what is still to come, not a charge questioned)
_BILLED = re.compile(r"\b(?<!will be )(?<!won't be )(?:billed|charged|invoiced|debited|double[- ]?charged|over-?charged|paid\s+(?:\w+\s+)?twice|"
                     r"duplicate\s+(?:payment|charge|invoice)|refund\w*|still\s+(?:being\s+)?(?:billed|charged|invoiced)|"
                     r"renewal\s+(?:invoices?|bills?|charges?)|who\s+do\s+we\s+pay|"
                     # "we got an invoice from you dated 30 Nov - what is this for?"
                     r"(?:got|get|getting|receive|received|had|have)\s+(?:an?\s+|the\s+|another\s+|your\s+|this\s+)?(?:\w+\s+)?(?:invoice|bill)s?\b"
                     r"(?!\s+(?:yet|on\s+time))|"   # ("We receive invoice from you with date November")
                     r"what\s+is\s+this\s+(?:invoice|bill|charge)|"
                     # "Give me one good reason why we should pay your final invoice."
                     r"why\s+(?:(?:should|would|must)\s+(?:we|i)|(?:we|i)\s+should)\s+(?:even\s+)?pay\b|"
                     # "We dispute line 4 of your final invoice no. GX-2211 and request an itemised breakdown"
                     r"dispute\w*\s+(?:\w+\s+){0,2}?(?:line|item|charge|entry|fee|invoice|bill)s?\b|itemi[sz]ed\s+(?:breakdown|invoice|bill)|"
                     # "your final invoice has a line for 'project work' - we dispute that", "the invoice charges us for 3 hours"
                     r"(?:invoice|bill)\s+(?:has|shows|includes|lists|contains)\s+(?:a|an|the|one)\s+(?:\w+\s+)?(?:line|charge|item|"
                     r"entry|fee)s?|(?:invoice|bill)\b[^.?!]{0,30}\bcharges\s+(?:us|me)\b|"
                     # "the final invoice lists 3 licences we cancelled in October"
                     r"(?:invoice|bill)\s+(?:lists|includes|shows|has|charges\s+for)\s+(?:\d+|two|three|four|five|some|the)\s+"
                     r"(?:\w+\s+){0,2}?(?:licen[cs]es?|seats?|users?|devices?|hours?|months?)\b|"
                     # "tell us why the October invoice says 'project work'"
                     r"\b(?:invoice|bill)\s+(?:says|mentions|reads|is\s+for)\s+['\"\u2018\u201c]|"
                     # "why is there a late fee on our September invoice?"
                     r"\b(?:late\s+)?(?:fees?|charges?|surcharges?|interest|line)\s+on\s+(?:our|the|this|that|your|last|an?)\s+"
                     r"(?:\w+\s+)?(?:invoice|bill|statement)|what(?:'s|\s+is)\s+(?:this|that|it)\s+(?:invoice\s+)?for|"
                     r"(?:don'?t|do\s+not|can'?t)\s+recogni[sz]e|will\s+(?:we|there)\s+be\s+(?:billed|charged|a\s+final\s+invoice)|"
                     r"(?:charged|billed)\s+in\s+full|pro-?rat\w*|"
                     # "your final invoice is wrong", "we're disputing the last bill"
                     r"(?:invoice|bill|charges?|amount)\s+(?:is|are|was|looks?|seems?)\s+(?:\w+\s+)?(?:wrong|incorrect|off|too\s+high)|"
                     r"(?:disput\w*|query\w*|querying|challeng\w*)\s+(?:the|your|this|that|our)\s+(?:final\s+|last\s+)?(?:invoice|bill)|"
                     # "your final invoice charges us for November", "can we pay it in 3 instalments?"
                     r"(?:invoice|bill)\s+(?:charges?|bills?)\s+us\b|\b(?:instal(?:l)?ments?|payment\s+plan|spread\s+(?:the\s+)?"
                     r"(?:payment|cost))\b)\b",
                     re.I)

_BILLING_COMPLAINT = re.compile(r"\b(?:wrong|error|mistake|incorrect|double|twice|overcharg\w*|don'?t\s+recogni[sz]e|"
                                r"do\s+not\s+recogni[sz]e|shouldn'?t|should\s+not|refund\w*|dispute\w*|why\s+(?:are|were|is)\s+we)\b",
                                re.I)

_FINAL_BILL = re.compile(r"\bwill\s+(?:we|there)\s+be\s+(?:billed|charged|a\s+final\s+(?:invoice|bill))\b|"
                         r"\bthere'?ll\s+be\s+a\s+(?:final|last)\s+(?:invoice|bill)\b|"   # "tell us if there'll be a final invoice"
                         # "who pays for January?", "is the final invoice coming before or after the 21st"
                         r"\bwho\s+pays\s+for\b|\b(?:final|last)\s+(?:invoice|bill)\s+(?:coming|due|arriving|going\s+out|being\s+sent)\b|"
                         # "what will our final invoice look like?"
                         r"\bwhat\s+will\s+(?:the|our|your)\s+(?:final|last)\s+(?:invoice|bill)\s+(?:look\s+like|include|cover)\b|"
                         r"\bhow\s+much\s+(?:will|is)\s+(?:the|our)\s+(?:final|last)\s+(?:invoice|bill)\b|"
                         # "is the december invoice the last one we get from you?"
                         r"\b(?:invoice|bill)\s+(?:is\s+|be\s+)?the\s+(?:last|final)\s+(?:one|invoice|bill)\b|"
                         r"\b(?:last|final)\s+(?:invoice|bill)\s+(?:be\s+|still\s+)?(?:for|cover\w*|includ\w*|charg\w*)\b|\b(?:charged|billed)\s+in\s+"
                         r"full\b|\bpro-?rat\w*|\bwill\s+we\s+(?:get|receive)\s+a\s+(?:final\s+)?(?:invoice|bill)\b|"
                         # "do we need to pay for January?", "our contract renews Jan 1"
                         r"\b(?:do|will|would|should|must)\s+we\s+(?:still\s+)?(?:need\s+to\s+|have\s+to\s+)?pay\s+for\s+(?:the\s+)?"
                         r"(?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next\s+month|"
                         r"the\s+(?:whole|full|last|final)\s+month)\b|\b(?:contract|agreement|subscription)\s+(?:auto-?)?renews?\b", re.I)


def asks_about_the_final_bill(text: str) -> bool:
    """Asks how the final bill works (will there be one, is the last month prorated), without saying a charge is wrong."""
    return bool(_FINAL_BILL.search(text)) and not _BILLING_COMPLAINT.search(text)


def disputes_a_charge(text: str) -> bool:
    """Says a bill they hold charges them wrongly ("your last invoice charges us for all of October ... credit note")."""
    return bool(re.search(r"\bcharg(?:es|ed|ing)\s+(?:us|me)\b|\bcredit\s+note\b|\brefund\b|\bovercharg\w*|"
                          r"\bshouldn'?t\s+(?:have\s+been|be)\s+(?:charged|billed)\b", text, re.I))


def names_the_charge(text: str) -> bool:
    """Says which charge is wrong ("a line for 'project work'", "lists 3 licences we cancelled"): nothing to ask back."""
    return bool(re.search(r"\bline\s+(?:for|of|\d+)\b|\b(?:lists|includes|charges\s+(?:us\s+|me\s+)?for)\s+\S+|"
                          r"\b\d+\s+(?:licen[cs]es?|seats?|users?|hours?|devices?)\b", text, re.I))


def questions_a_charge(text: str) -> bool:
    return bool(_BILLED.search(text)) and not moves_licences(text)


# "please send the final invoice so we can pay it before year end"
_SEND_THE_INVOICE = re.compile(r"\b(?:send|issue|e-?mail|forward|raise|re-?send)\s+(?:us\s+|me\s+|over\s+)?(?:the|our|a|your)\s+"
                               r"(?:final|last|closing)\s+(?:invoice|bill)\b|"
                               # "when will the final invoice come?"
                               r"\bwhen\s+(?:will|do|does|should)\s+(?:we\s+(?:get|receive)\s+)?(?:the|our|your)\s+(?:final|last|"
                               r"closing)\s+(?:invoice|bill)\s*(?:come|arrive|be\s+sent|go\s+out)?\b", re.I)


def asks_for_final_invoice(text: str) -> bool:
    return bool(_SEND_THE_INVOICE.search(text))


# Copies of the account's own papers ("a copy of our old service contract", "resend the November invoice"): ours to
# send whatever the date, as records, not support work.
_COPIES = re.compile(r"\b(?:cop(?:y|ies)|pdfs?|duplicates?)\s+of\s+(?:(?:all|our|the|your|this|that|last|every|each)\s+){0,3}"
                     r"(?:[\w-]+\s+){0,2}?(invoices?|statements?|receipts?|credit\s+notes?|contracts?|agreements?|sla)\b|"
                     r"\bre-?send\s+(?:us\s+|me\s+)?(?:the|our|that|this|last)\s+(?:[\w-]+\s+){0,2}?(invoices?|statements?|"
                     r"contracts?|agreements?)\b", re.I)


def copies_asked(text: str) -> str:
    """What a client asks copies of, as we'd word it ("the invoices you asked for", "your service agreement"); "" when
    no copy of the account's papers is asked."""
    found = _COPIES.search(text)
    if not found:
        return ""
    kind = (found.group(1) or found.group(2)).lower()
    if kind.startswith(("contract", "agreement", "sla")):
        return "a copy of your service agreement"
    kind = " ".join(kind.split())
    return f"copies of the {kind} you asked for" if kind.endswith("s") else f"a copy of the {kind} you asked for"


# "do we still have to pay the december invoice?", "do we get money back for the licences we prepaid?"
_STILL_PAY = re.compile(r"\b(?:(?:do|will|would|must)\s+we\s+(?:still\s+)?(?:have\s+to\s+|need\s+to\s+|get\s+to\s+)?|"
                        # "we still pay full month even you stop on 4 January?", "we must still pay december invoice?"
                        r"we\s+(?:must\s+|still\s+|have\s+to\s+|need\s+to\s+)+)pay\b[^.?!]{0,40}"
                        r"\b(?:invoice|bill|month|fees?|january|february|march|april|may|june|july|august|september|october|"
                        r"november|december)\b|\b(?:get|have)\s+(?:our\s+|the\s+|some\s+|any\s+)?money\s+back\b|"
                        r"\bmoney\s+back\b", re.I)


# "a renewal notice with your name on it. Are we meant to pay you?": whether the bill is ours to take
_PAYS_US = re.compile(r"\b(?:are|were)\s+we\s+(?:meant|supposed|expected)\s+to\s+pay\s+(?:you|u)\b|"
                      r"\b(?:do|should|must)\s+we\s+(?:still\s+)?pay\s+(?:you|u)\b(?!\s+(?:back|for\s+(?:the|our)\s+(?:last|final)))|"
                      # "our domain renewal invoice still seems to be coming to you, who do we pay now?"
                      r"\bwho\s+(?:do|should|must)\s+we\s+pay\b|\bwho\s+(?:pays|is\s+paying|'s\s+paying)\s+(?:for\s+)?(?:it|the\s+renewal)\b|"
                      # "who is paying for our domain renewal now?", "is the renewal yours or ours?"
                      r"\bwho\s+(?:pays|is\s+paying|'s\s+paying|will\s+pay|should\s+pay)\s+(?:for\s+)?(?:our|the|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?renewals?\b|\brenewal\b[^.?!]{0,60}\b(?:yours\s+or\s+ours|ours\s+or\s+yours)\b|"
                      # "got a domain renewal email from the registrar - is that you paying it or us?"
                      r"\b(?:is\s+(?:that|it|this)\s+)?(?:you|u)\s+paying\s+(?:it|for\s+it|that)?\s*or\s+(?:us|we)\b", re.I)


def asks_if_we_are_paid(text: str) -> bool:
    return bool(_PAYS_US.search(text))


# "I want a refund for the last three months": money back demanded for the service itself, not a charge in error
_REFUND_DEMANDED = re.compile(r"\b(?:i|we)\s+(?:want|demand|expect|need|'d\s+like|would\s+like)\s+(?:a\s+|our\s+)?(?:full\s+)?"
                              r"(?:refund|money\s+back)\b|\brefund\s+(?:us\s+)?(?:for|of)\s+(?:the\s+)?(?:last|past|final)\s+"
                              r"(?:\w+\s+)?(?:months?|weeks?|years?|quarters?)\b|"
                              # "We formally request ... a refund of fees paid for October 2026"
                              r"\b(?:request|want|demand|expect|seek|ask\s+for)\w*\b[^.?!]{0,100}\brefund\s+of\s+(?:the\s+|all\s+|our\s+)?"
                              r"(?:fees|charges|payments?|money|amounts?)\b", re.I)


def demands_a_refund(text: str) -> bool:
    return bool(_REFUND_DEMANDED.search(text))


def pay_question(text: str) -> str:
    """"refund" for money asked back for something prepaid, "still_pay" for whether a bill is still to be paid, ""."""
    found = _STILL_PAY.search(text)
    return "" if not found else "refund" if "back" in found.group(0).lower() else "still_pay"


# "written confirmation ... of any balance outstanding on our account": what they owe, asked (not on record)
_BALANCE = re.compile(r"\b(?:balance|amount)\s+(?:outstanding|owing|owed|due|remaining)\b|\bbalance\s+(?:is|was|stands\s+at)\s+"
                      r"(?:zero|nil|clear|cleared|settled|paid|£?0)\b|\b(?:outstanding|remaining)\s+"
                      r"(?:balance|amount)\b|\bhow\s+much\s+(?:do\s+)?we\s+(?:still\s+)?owe\b|"
                      # "what's our final bill going to be? need to budget"
                      r"\bwhat(?:'s|\s+is)\s+(?:our|the)\s+(?:final|last)\s+(?:bill|invoice)\s+going\s+to\s+be\b", re.I)


def asks_about_the_bill(text: str) -> bool:
    """Says a charge is wrong, asks what the last bill covers or what they owe, or asks for it: ours to answer in
    writing."""
    return questions_a_charge(text) or asks_about_the_final_bill(text) or asks_for_final_invoice(text) \
        or bool(_STILL_PAY.search(text) or _BALANCE.search(text))


_INVOICES = re.compile(r"\b(?:invoic\w*|paid|pay(?:ment)?s?|owe[sd]?|owing|balance|bill(?:ed|ing)?|reminder|refund\w*|"
                       r"prepaid|credit\s+note)\b", re.I)


def about_invoices(text: str) -> bool:
    """Asks about the money side of closing out (the final invoice, a reminder, a refund)."""
    return bool(_INVOICES.search(text))


# Whether money is owed either way (a refund, a credit, hours to bill, a pro-rata share): the contract decides.
_MONEY_OWED = re.compile(r"\b(?:refund\w*|credit\s+(?:them|note|back)|pro[\s-]?rat\w*|(?:do|does|would)\s+(?:we|they)\s+(?:still\s+)?owe|"
                         r"keep\s+(?:on\s+)?(?:billing|charging|invoicing)|still\s+(?:being\s+)?(?:billed|charged|invoiced)|"
                         r"disput\w*\s+(?:\w+\s+){0,3}?(?:invoice|bill|charges?|hours)|disput\w*\s+half|"
                         r"(?:bill|charge|invoice)\s+(?:them\s+)?(?:for\s+)?(?:the\s+)?(?:hours|time|work|project)|"
                         r"money\s+back|reimburse\w*)\b", re.I)


def asks_what_is_owed(text: str) -> bool:
    """Asks whether a refund, a credit or a charge is due: the written agreement answers, not the ending."""
    return bool(_MONEY_OWED.search(text) or _BALANCE.search(text))


# "We'll pay it once you've handed everything over", "we'll settle the outstanding invoices once you've handed over
# everything": payment held until the handover, which neither waits on
_PAY_AFTER = re.compile(r"\b(?:we'?ll|we\s+will|will)\s+(?:pay|settle)\b[^.?!]{0,40}\b(?:once|when|after|as\s+soon\s+as)\s+"
                        r"(?:you'?ve|you\s+have|you|everything)\b", re.I)


def pays_after_handover(text: str) -> bool:
    return bool(_PAY_AFTER.search(text))


# "... and confirm nothing else will be billed": whether more is still to come, confirmed by a person
_MORE_BILLED = re.compile(r"\b(?:nothing|anything)\s+else\s+(?:will\s+be\s+|is\s+|to\s+be\s+)?(?:billed|charged|due|owed|invoiced)|"
                          r"\bno\s+(?:further|more)\s+(?:charges|invoices|bills)\b", re.I)


def asks_if_more_is_billed(text: str) -> bool:
    return bool(_MORE_BILLED.search(text))


def names_an_invoice(text: str) -> bool:
    """Names a bill of ours ("an invoice we don't understand"), not only paying ("who do we pay now?")."""
    return bool(re.search(r"\b(?:invoices?|bills?|charges?)\b", text, re.I))


# "you can forget about the last invoice", "we won't be paying your final bill": payment refused in anger, answered
# calmly (the final invoice stays due), never with a threat back
_PAY_REFUSED = re.compile(
    r"\bforget\s+(?:about\s+)?(?:the|your|that|our)\s+(?:last|final|outstanding|remaining)?\s*(?:invoice|bill|payment)s?\b|"
    r"\b(?:we|i)\s*(?:'ll|\s+will|\s+are|'re|\s+am|'m)?\s+(?:not|never|n't)\s+(?:going\s+to\s+)?(?:be\s+)?pay(?:ing)?\b(?!\s+(?:you\s+)?(?:late|twice|on\s+time))|"
    r"\b(?:we|i|they|he|she)\s+won'?t\s+(?:be\s+)?pay(?:ing)?\b(?!\s+(?:you\s+)?(?:late|twice|on\s+time))|\bnot\s+(?:a\s+)?(?:paying|penny|cent)\b(?!\s+(?:late|on\s+time))|"
    r"\bdon'?t\s+expect\s+(?:us\s+to\s+pay|(?:a\s+|any\s+)?payment|(?:your|the)\s+money)\b", re.I)


def refuses_to_pay(text: str) -> bool:
    return bool(_PAY_REFUSED.search(text))


# "We just got a renewal invoice from Microsoft for our 365 licences": a vendor's bill, not ours to go through.
_VENDOR_INVOICE = re.compile(r"\b(?:invoice|bill)\s+(?:(?:straight|direct(?:ly)?)\s+)?from\s+(?!you\b|u\b|northwind\b)(?-i:[A-Z])\w+|"
                             r"\b(?:microsoft|adobe|google|apple|intuit|xero|sage)(?:'s)?\s+(?:\w+\s+)?(?:invoice|bill)\b", re.I)


def names_a_vendor_invoice(text: str) -> bool:
    return bool(_VENDOR_INVOICE.search(text))


# Bills or notices that came from us ("we're getting renewal notices for our Adobe licences from YOUR company??"): ours to
# check and put right, not only a question of who pays from now on
_BILLED_BY_US = re.compile(r"\b(?:getting|got|received|receiving|sent)\b[^.?!]{0,60}\bfrom\s+(?:you|your|u)\b", re.I)


def says_billed_by_us(text: str) -> bool:
    return bool(_BILLED_BY_US.search(text))
