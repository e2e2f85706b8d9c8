"""Money at the end: the final invoice, payment terms, a discount to settle, what is still billed."""
from __future__ import annotations

import re


def invoice_attached(text: str) -> bool:
    return bool(re.search(r"\binvoice\s+(?:is\s+)?attached\b|\battach\w*\s+(?:the\s+)?(?:final\s+)?invoice\b", text, re.I))


def owes_money(text: str) -> bool:
    """Says the client owes us ("still hasn't paid October", "until they pay up")."""
    return bool(_OPEN_INVOICE.search(text) or re.search(r"\b(?:hasn'?t|haven'?t|not)\s+(?:yet\s+)?paid\b|\buntil\s+they\s+pay\b|"
                                                       r"\bstill\s+owes?\b|\bowes?\s+us\b", text, re.I))


# A line to print on the invoice itself ("wording for the final invoice line", "a one-liner for the bottom of the invoice").
_INVOICE_LINE = re.compile(r"\b(?:invoice|footer)\s+(?:line|note|text|footer)\b|\bline\s+(?:for|on)\s+(?:the|an?|our)\s+(?:final\s+)?"
                           r"invoice\b|\bbottom\s+of\s+(?:the|an?|our|their)\s+(?:[\w']+\s+){0,3}?invoice\b|\bline\s+item\b", re.I)


def invoice_line(text: str) -> bool:
    return bool(_INVOICE_LINE.search(text))


# Words wanted for the final invoice: the email that sends it, or one that chases it.
_FINAL_INVOICE = re.compile(r"\b(?:final|last|closing)[\s-]+(?:[\w']+\s+){0,3}?(?:invoice|bill)\b", re.I)   # ("the final-invoice email")

_WORDS_FOR = re.compile(r"\b(?:e-?mail|subject\s+lines?|wording|word|draft|message|msg|note|letter|reminder|chase\w*|nudge|write|text|answer|"
                        r"reply|respond)\b", re.I)

_CHASING = re.compile(r"\b(?:unpaid|overdue|outstanding|still\s+(?:open|not\s+paid|owing|hasn'?t\s+been\s+paid)|"
                      # (reminding them of our terms is said in the covering email, not a chase)
                      r"remind\w*(?!\s+(?:them\s+|her\s+|him\s+)?(?:of\s+)?(?:that\s+)?(?:our|the)\s+(?:payment\s+)?terms)|"
                      r"chase\w*|nudge|not\s+(?:been\s+)?paid|hasn'?t\s+paid|haven'?t\s+paid)\b", re.I)


# The payment terms staff state ("remind them our terms are 10 days", "terms: net 30").
_TERMS_GIVEN = re.compile(r"\bterms\s*(?:are|is|of|:|=)\s*((?:net\s*)?\d{1,3}\s*(?:days?|working\s+days)|net\s*\d{1,3})\b|"
                          # "saying 'due within ten days as per our payment policy'"
                          r"\bdue\s+((?:within|in)\s+(?:\d{1,3}|seven|ten|fourteen|fifteen|twenty|thirty|sixty)\s+(?:working\s+)?days)\b|"
                          # "mention our 10-day payment terms", "our net-30 terms"
                          r"\b(\d{1,3})[\s-]day\s+(?:payment\s+)?terms\b|\b(net[\s-]?\d{1,3})\s+(?:payment\s+)?terms\b",
                          re.I)


def payment_terms_given(text: str) -> str:
    """The payment terms a request states, as written ("10 days", "net 30"); "" for none."""
    found = _TERMS_GIVEN.search(text)
    if not found:
        return ""
    if found.group(3):
        return f"{found.group(3)} days"
    return " ".join((found.group(1) or found.group(2) or found.group(4).replace("-", " ")).split())


# A discount asked on what is owed, to get it paid ("they'll only pay if we knock 20% off").
_DISCOUNT = re.compile(r"\b(?:knock|take)\w*\s+(?:\d+\s*%|\w+\s+per\s*cent|some(?:thing)?|a\s+bit)\s+off\b|\bdiscount\w*\b|"
                       r"\bgoodwill\s+(?:gesture|discount|credit)\b|\b(?:write|waive)\w*\s+(?:\w+\s+){0,2}off\b|\btake\s+the\s+hit\b", re.I)


def asks_discount_to_settle(text: str) -> bool:
    """A discount asked on the final invoice or what is owed, to get it paid or over with."""
    return bool(_DISCOUNT.search(text) and re.search(r"\b(?:invoice|bill|pay\w*|owe\w*|balance|arrears)\b", text, re.I))


# An invoice other than the final one still unpaid ("Acme still owes the November invoice").
_OPEN_INVOICE = re.compile(r"\b(?:owes?|owing|unpaid|overdue|outstanding|hasn'?t\s+paid|haven'?t\s+paid)\b[^.?!]{0,40}\b(?:invoices?|bills?)\b|"
                           r"\b(?:invoices?|bills?)\b[^.?!]{0,30}\b(?:unpaid|overdue|outstanding)\b", re.I)

_PAYS_IF = re.compile(r"\bonly\s+(?:pay|settle|clear)\b|\b(?:pay|settle|clear)\b[^.?!]{0,70}\b(?:if|unless|provided|as\s+long\s+as)\s+"
                      r"(?:we|you)\b", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")


def asks_for_the_amount(text: str) -> bool:
    """The amount due wanted in the words ("Put in the amount due and our payment terms"): not on record, a blank."""
    return bool(re.search(r"\b(?:put|include|add|state|give|with)\s+(?:in\s+)?(?:the\s+)?(?:amount|total|sum|balance|figure)\b|"
                          # ("Include what they still owe.")
                          r"\b(?:put\s+in|include|add|state|say|mention)\s+(?:what|how\s+much)\s+(?:they|he|she|[\w&-]+)\s+(?:still\s+)?"
                          r"(?:owe|owes|have\s+to\s+pay|need\s+to\s+pay)\b|"
                          # ("Amount TBC, I'll fill it in.": a blank left for it)
                          r"\b(?:amount|total|figure|sum)\s+(?:is\s+)?(?:tbc|tbd|to\s+be\s+confirmed)\b|"
                          r"\bi'?ll\s+fill\s+(?:it|that|the\s+(?:amount|figure|total))\s+in\b", text, re.I))


def pays_if_we_carry_on(text: str) -> bool:
    """Payment of what is owed offered on a condition ("they'll only pay the overdue invoices if we keep supporting them")."""
    return bool(_PAYS_IF.search(text) and _OPEN_INVOICE.search(text))


_CLOSING_MENTIONS_INVOICE = re.compile(r"\b(?:clos\w*|wrap\w*|goodbye|farewell|confirm\w*\s+we'?re\s+done)\b[^?!]{0,80}\bmention\w*\b",
                                       re.I)


def final_invoice_wording(text: str) -> str:
    """"chase" for words chasing an unpaid final invoice, "send" for the email that carries it, "mention" for a
    closing letter that names it, "line" for a line
    printed on it, "instalments" for an answer to paying it in parts, "chase_open" for words chasing another invoice
    still unpaid, "" for none."""
    if _INVOICE_LINE.search(text) and _FINAL_INVOICE.search(text):
        return "line"
    if re.search(r"\binstal(?:l)?ments?\b|\bpayment\s+plan\b", text, re.I) and _FINAL_INVOICE.search(text):
        return "instalments"   # "can we pay the final invoice in 3 instalments?": a person agrees it, or not
    if not _WORDS_FOR.search(text):
        return ""
    if _FINAL_INVOICE.search(text):
        # ("Final invoice cover email ... and remind them of the Dec cutoff": the invoice sent, the reminder is the date's)
        if re.search(r"\bclose-?out\s+(?:e-?mail|letter|note|message)\b", text, re.I) and not re.search(r"\battach\w*", text, re.I):
            return "mention"   # (a close-out listing what is "still open" names the invoice among the rest: no chase, nothing attached)
        if _CHASING.search(text) and not re.search(r"\bcover(?:ing)?\s+(?:email|e-mail|note|letter|message)\b", text, re.I):
            return "chase"
        # ("a final closing email: thank them, confirm we're done, mention the final invoice": the goodbye, the invoice named)
        return "mention" if _CLOSING_MENTIONS_INVOICE.search(text) and not re.search(r"\battach\w*", text, re.I) else "send"
    # (payment offered on a condition, "they'll only pay the overdue invoices if we keep supporting them until February",
    # is a request to go on, answered as that: no reminder of an invoice for a month named as the condition)
    return "chase_open" if _OPEN_INVOICE.search(text) and not pays_if_we_carry_on(text) else ""


def _months_in(text: str) -> list[str]:
    return [month for month in _MONTHS if re.search(rf"\b{month[:3]}(?:{month[3:]})?\b", text, re.I)]


def months_named(text: str) -> str:
    """The months a message names, in full and in order of the calendar ("October and November"); "" for none."""
    named = _months_in(text)
    return " and ".join(filter(None, [", ".join(named[:-1]), named[-1]])) if named else ""


def month_numbers_named(text: str) -> list[int]:
    """The months a message names, as numbers (1 for January)."""
    return [_MONTHS.index(month) + 1 for month in _months_in(text)]


# Words for our own finance or billing people ("email to finance please: Acme's final invoice needs to go out",
# "need to ask finance if Vandelay's final invoice went out"): the money side of closing out, told to them.
_TO_FINANCE = re.compile(r"\b(?:e-?mail|note|message|msg|ask|asking|tell|slack|teams|update|reply|answer|ping|heads[\s-]up|"
                         r"(?:\d|one|two|three)\s+(?:sentences?|lines?))\b"   # ("2 sentences to finance: ...")
                         r"[^.?!,]{0,20}?\b(?:to|for|with)?\s*(?:our\s+|the\s+)?(?<!'s\s)(?<!s'\s)(?<!their\s)(?:finance|billing|accounts)"
                         r"(?:\s+team|\s+dept)?\b|"
                         # ours asking ("finance wants to know", "our billing team asked"), not theirs ("Globex finance want ...")
                         r"(?:^|[.!?,:;]\s*|\b(?:our|the)\s+)(?:finance|billing|accounts)(?:\s+team)?\s+(?:asked|wants?|needs?)\b", re.I)


# The client's query of a bill, told by staff ("Globex are querying the final invoice, say the Nov numbers look
# wrong"): the reply says it is being checked, it doesn't send the invoice again.
_INVOICE_QUERIED = re.compile(r"\b(?:query|querying|queried|questioning|disput\w*|challeng\w*)\s+(?:the|their|our|an?)\s+"
                              r"(?:final\s+|last\s+|latest\s+)?(?:invoice|bill)\b|\b(?:invoice|bill|numbers|figures|amounts?|"
                              r"charges?)\b[^.?!]{0,30}\b(?:looks?|are|is)\s+wrong\b|"
                              # "they want their final invoice 're-checked'"
                              r"\b(?:invoice|bill)\b[^.?!]{0,25}\b(?:re-?check\w*|re-?view\w*|re-?calculat\w*|looked\s+at\s+again)\b|"
                              r"\b(?:re-?check|re-?view)\w*\s+(?:the|their|our)\s+(?:final\s+|last\s+)?(?:invoice|bill)\b|"
                              # "Globex emailed asking why they got an invoice after they left"
                              r"\bwhy\s+(?:they|we|she|he)\s+(?:got|received|were\s+sent|was\s+sent|have)\s+(?:an?|the|another|this)\s+"
                              r"(?:\w+\s+)?(?:invoice|bill)\b|"
                              # "Globex says their final invoice charged them for December"
                              r"\b(?:invoice|bill)\s+(?:has\s+|had\s+)?(?:charged|billed|includes?|included)\s+(?:them|us|him|her)\s+"
                              r"(?:for|with)\b", re.I)


# "Acme want to know how much their final invoice will be": its amount asked ahead, which is not on record
_AMOUNT_ASKED_AHEAD = re.compile(r"\bhow\s+much\s+(?:the|their|our|its)\s+(?:final\s+|last\s+)?(?:invoice|bill)\b|"
                                 # "Acme's asking what they owe on the final invoice. Can you give me the figure?"
                                 r"\bwhat\s+(?:they|he|she|[\w&'-]+)\s+(?:still\s+)?owe\s+(?:on|for)\s+(?:the|their|our|its)\s+"
                                 r"(?:final|last)\s+(?:invoice|bill)\b|\b(?:give|tell|send)\s+me\s+the\s+(?:figure|amount|total)\b|"
                                 r"\bwhat\s+(?:the|their|our)\s+final\s+(?:invoice|bill)\s+(?:will\s+be|is\s+going\s+to\s+be|"
                                 r"comes\s+to|will\s+come\s+to)\b|"
                                 # "wants the final invoice amount. What is it?", "how much is the final bill?"
                                 r"\b(?:final|last|closing)\s+(?:invoice|bill)\s+(?:amount|total|figure)\b|"
                                 # ("what was the total on Globex's final invoice?")
                                 r"\b(?:amount|total|figure)\s+(?:of|on|for)\s+(?:the\s+|their\s+|our\s+|[\w&-]+['\u2019]s\s+)(?:final|last)\s+(?:invoice|bill)\b|"
                                 r"\bhow\s+much\s+(?:is|will\s+be)\s+(?:the|their|our)\s+(?:final|last)\s+(?:invoice|bill)\b|"
                                 # ("Tom wants the final invoice email for Globex. How much do they owe?")
                                 r"\b(?:final|last|closing)\s+(?:invoice|bill)\b[^?]{0,80}\bhow\s+much\s+(?:do|does|did|will)\s+"
                                 r"(?:they|[\w&-]+)\s+(?:still\s+)?owe\b", re.I)


def asks_the_final_amount(text: str) -> bool:
    return bool(_AMOUNT_ASKED_AHEAD.search(text))


def relays_invoice_query(text: str) -> bool:
    return bool(_INVOICE_QUERIED.search(text))


# "... says they'll pay 'once BrightPath confirms everything works'", "won't pay until the handover is signed off":
# payment held back on a condition of theirs (or challenged outright), which the invoice doesn't wait on
_PAYS_ONCE = re.compile(r"\b(?:(?:they|we)'?ll|(?:they|we)\s+will|will)\s+(?:only\s+)?(?:pay|settle)\b[^.?!]{0,40}?\b(?:once|when|after|"
                        r"as\s+soon\s+as|until)\b|\b(?:won'?t|will\s+not|refus\w+\s+to)\s+(?:pay|settle)\b[^.?!]{0,40}?\buntil\b|"
                        r"\b(?:hold\w*|withhold\w*)\s+(?:back\s+)?(?:the\s+)?(?:payment|invoice)\b|"
                        # ("Give me one good reason why we should pay your final invoice."): payment itself challenged
                        r"\bwhy\s+(?:(?:should|would|must)\s+(?:we|i)|(?:we|i)\s+should)\s+(?:even\s+)?pay\b", re.I)


def holds_payment_back(text: str) -> bool:
    return bool(_PAYS_ONCE.search(text))


def writes_to_finance(text: str) -> bool:
    return bool(_TO_FINANCE.search(text))


# Billing for help given after the end ("Tom spent 3 hrs helping BrightPath with Globex stuff. Can we bill Globex?").
_BILL_AFTER_HELP = re.compile(r"\b(?:spent|put\s+in|did|done)\b[^.?!]{0,30}\b(?:hrs?|hours?|days?|time)\b[^.?!]{0,60}\b(?:help\w*|fix\w*|"
                              r"work\w*|support\w*)\b[^?]{0,80}\b(?:bill|charge|invoice)\b|"
                              # "Can we bill Globex for the hour I spent on the phone with BrightPath last week?"
                              r"\b(?:bill|charge|invoice)\s+(?:[\w&-]+\s+){0,2}?for\s+(?:the|an?|that|those|our|my|his|her)\s+"
                              r"(?:\w+\s+)?(?:hrs?|hours?|days?|time|call|calls)\b[^.?!]{0,40}\b(?:spent|on\s+the\s+phone|helping|with)\b",
                              re.I)


def bills_help_after_the_end(text: str) -> bool:
    return bool(_BILL_AFTER_HELP.search(text))


# Still billing a client whose support has ended ("do we keep billing them?", "still being charged for ...").
_STILL_BILLED = re.compile(r"\bkeep\s+(?:on\s+)?(?:billing|charging|invoicing)\b|\bstill\s+(?:being\s+|getting\s+)?(?:billed|charged|"
                           r"invoiced)\b", re.I)


def asks_still_billed(text: str) -> bool:
    return bool(_STILL_BILLED.search(text))


# Licence renewals moved onto the client's own card ("email to Hooli about moving their Microsoft licence renewals onto
# their own card before we go"): who pays for what they use, not a handover of every account.
_LICENCE_BILLING = re.compile(r"\b(?:licen[cs]es?|subscriptions?|renewals?|m365|o365|microsoft|adobe|seats)\b[^.?!]{0,60}"
                              r"\b(?:(?:own|their|a)\s+(?:credit\s+|debit\s+|company\s+)?card|(?:own|their)\s+payment\s+"
                              r"(?:method|details|card)|(?:own|their)\s+billing|billing\s+contact|pay\s+(?:for\s+)?(?:them|it)\s+"
                              r"themselves)\b", re.I)


def moves_licence_billing(text: str) -> bool:
    return bool(_LICENCE_BILLING.search(text))
