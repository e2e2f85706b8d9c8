"""The whole reply matrix: every intent x audience x phase x facts variant, rendered and checked.

Each variant of each template (every script, every reply) is rendered for every combination
of recorded facts: reason category with and without written details (or none at all), new
provider unknown / named / named with a contact, account owner known or not, client known or
not (staff only: a client's message always comes from a known client). Each text must keep
to the record and to the moment: no reason but the recorded one, the end date where the phase
needs it, nothing saying support continues for an ended client or has ended for one in
transition, no stand-in pretending to be a fact, no template syntax, no sentence twice, one
voice ("we"), and no staff wording in what a client reads.
"""
import itertools
import re
from datetime import date

import pytest

from intents.catalog import INTENTS
from responses import policy as reply_policy
from responses.render import (REASONS, STAND_INS, facts_for, letter, render_block, render_client, render_staff,
                              sentences, template_for, variant_names)

TODAY = date(2026, 12, 1)
COMMON = dict(company="Northwind IT", signer="the Northwind IT team", payment_terms="within 10 days of the invoice date")
DATES = {"transition": ("2026-11-20", "2026-12-21"), "ended": ("2026-10-01", "2026-11-17"), "active": (None, None)}
CATEGORIES = ["late_payment", "scope_creep", "overload", "never_satisfied", "other", None]
DETAILS = {"late_payment": "invoices paid 30-60 days late most of this year",
           "scope_creep": "repeated requests for projects outside the agreed scope",
           "overload": "more than 200 tickets a month against 40 in the agreement",
           "never_satisfied": "repeated escalations over response times that met the agreement",
           "other": "a conflict of interest with a new client of ours", None: "a change in our strategy"}
PROVIDERS = [{}, {"new_provider": "BrightPath IT"},
             {"new_provider": "BrightPath IT", "new_provider_contact": "help@brightpath.example"}]
OWNERS = [{}, {"account_owner": "Priya Shah"}]
# Words that only the wording of each reason uses: another category's words must never appear.
REASON_MARKERS = {
    "late_payment": re.compile(r"late payment|payment terms|invoices? (have|has) not been paid", re.I),
    "scope_creep": re.compile(r"scope of the work|beyond the services we agreed|outside the agreed scope", re.I),
    "overload": re.compile(r"\bworkload\b", re.I),
    "never_satisfied": re.compile(r"service you expect", re.I),
    "other": re.compile(r"The reason is this:", re.I),
}
STILL_SUPPORTED = re.compile(
    r"support (continues|carries on)|fully supported|full support (until|right)|keep supporting|"
    r"keep looking after|nothing changes in (your|the) support|keeps running as normal|still supporting|"
    r"we'll keep things running|still there for you until|still go to our help desk|still reach our help desk",
    re.I)
SUPPORT_ENDED = re.compile(r"support (has )?ended|support came to an end|agreement ended|ended on\b", re.I)
TEMPLATE_SYNTAX = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\bNone\b|\bUndefined\b")
FIRST_PERSON_SINGULAR = re.compile(r"\b(I|I'm|I'd|I've|I'll|me|my|myself)\b")
STAFF_WORDS = re.compile(r"principle|coach|offboard\b|On record|Ready to send|To complete the record|"
                         r"account owner|the client\b|staff", re.I)
DATE_FALLBACKS = ("until the agreement ends", "before the agreement ends")


def record(phase: str, category, details: bool, provider: dict, owner: dict) -> dict:
    notice, end = DATES[phase]
    row = {"name": "Acme Dental", "phase": phase, "status": phase, "notice_date": notice, "end_date": end,
           "reason_category": category if category != "other" or details else "other",
           "reason": DETAILS[category] if details else None, **provider, **owner}
    return row


def fact_variants(phase: str):
    for category, details, provider, owner in itertools.product(CATEGORIES, (False, True), PROVIDERS, OWNERS):
        if category is None and not details:
            reason_id = "no-reason"
        else:
            reason_id = f"{category or 'uncategorised'}{'+details' if details else ''}"
        label = f"{reason_id}-{'provider+contact' if len(provider) == 2 else 'provider' if provider else 'no-provider'}" \
                f"-{'owner' if owner else 'no-owner'}"
        yield label, record(phase, category, details, provider, owner)


def rendered_texts(audience: str, intent: str, facts: dict):
    """Every variant of the intent's wording, as the person would receive it."""
    template = template_for(audience, intent)
    prefix = "script_" if audience == "staff" else "reply_"
    for block in variant_names(template, prefix):
        body = render_block(template, block, facts)
        if body:
            yield block, letter([body], facts, audience)
    if audience == "staff":
        yield "coaching", render_staff(intent, INTENTS[intent].principle if intent in INTENTS else None,
                                       facts).coaching


def recorded_category(row: dict) -> str | None:
    if row.get("reason_category"):
        return row["reason_category"]
    return "other" if row.get("reason") else None


def client_intents():
    return [i for i in list(INTENTS) + ["contact", "end_date"] if template_for("client", i) is not None]


def staff_intents():
    return [i for i in INTENTS if template_for("staff", i) is not None]


def check(text: str, audience: str, row: dict | None, facts: dict, where: str) -> None:
    assert text.strip(), f"{where}: empty"
    assert not TEMPLATE_SYNTAX.search(text), f"{where}: template syntax left: {TEMPLATE_SYNTAX.search(text)}"
    assert not re.search(r"\s[,.;:]|\.\.|  |,,", text), f"{where}: broken punctuation in {text!r}"
    assert not re.search(r"[a-z][.!?][A-Z]", text), f"{where}: sentences run together in {text!r}"
    for stand_in in STAND_INS:
        assert stand_in.lower() not in text.lower(), f"{where}: stand-in {stand_in!r}"
    said = [" ".join(s.lower().split()) for s in sentences(text)]
    repeated = {s for s in said if said.count(s) > 1 and len(s) > 12}
    assert not repeated, f"{where}: said twice: {repeated}"
    if row is None:
        for name, marker in REASON_MARKERS.items():
            assert not marker.search(text), f"{where}: no client known, yet a reason ({name}) is stated"
        return
    category = recorded_category(row)
    for name, marker in REASON_MARKERS.items():
        if name != category:
            assert not marker.search(text), f"{where}: reason {name} is not the recorded one ({category})"
    phase = row["phase"]
    if phase == "ended":
        assert not STILL_SUPPORTED.search(text), f"{where}: ended client told support continues: " \
                                                 f"{STILL_SUPPORTED.search(text).group(0)!r}"
    if phase == "transition":
        assert not SUPPORT_ENDED.search(text), f"{where}: transition client told support has ended"
    if facts["has_end_date"]:
        for fallback in DATE_FALLBACKS:
            assert fallback not in text, f"{where}: the end date is on record, yet {fallback!r}"


def matrix(audience: str):
    intents = staff_intents() if audience == "staff" else client_intents()
    phases = ["transition", "ended", "active"] if audience == "staff" else ["transition", "ended"]
    for intent in intents:
        for phase in phases:
            yield pytest.param(audience, intent, phase, id=f"{audience}-{intent}-{phase}")
    if audience == "staff":
        for intent in intents:
            yield pytest.param(audience, intent, None, id=f"{audience}-{intent}-no-client")


@pytest.mark.parametrize("audience,intent,phase", list(matrix("staff")) + list(matrix("client")))
def test_every_reply_keeps_to_the_record_and_the_moment(audience, intent, phase):
    variants = fact_variants(phase) if phase else [("no-client", None)]
    for label, row in variants:
        for small_talk in (("thanks", "seasonal", "greeting", "other") if intent == "greeting" else ("other",)):
            facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
            facts["small_talk"] = small_talk
            for block, text in rendered_texts(audience, intent, facts):
                where = f"{audience}/{intent}/{phase}/{label}/{block}"
                check(text, audience, row, facts, where)
                if block == "coaching":
                    continue
                assert not FIRST_PERSON_SINGULAR.search(text), f"{where}: 'I' in a message signed by a team " \
                                                               f"or written for the firm"
                if audience == "client":
                    assert not STAFF_WORDS.search(text), f"{where}: staff wording {STAFF_WORDS.search(text)!r}"
                    assert text.endswith("The Northwind IT team")
                elif row and row.get("account_owner"):
                    assert text.endswith("Priya Shah\nNorthwind IT"), f"{where}: not signed by the owner"
                else:
                    assert text.endswith("The Northwind IT team"), f"{where}: not signed by the configured signer"


def is_done_answer(intent: str) -> bool:
    """'Done' by nature, or what declines for an ended client."""
    rule = reply_policy.load().rule(intent, "ended")
    return (INTENTS[intent].principle == "done" if intent in INTENTS else False) or \
        (rule is not None and rule.action == reply_policy.DECLINE and rule.wording == intent)


@pytest.mark.parametrize("audience,intent", [(a, i) for a in ("staff", "client")
                                             for i in (staff_intents() if a == "staff" else client_intents())
                                             if is_done_answer(i)])
def test_every_done_answer_names_the_actual_end_date(audience, intent):
    """Whatever declines for an ended client, or is 'done' by nature, says the day support ended."""
    for label, row in fact_variants("ended"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts(audience, intent, facts):
            if block != "coaching":
                assert facts["end_date"] in text, f"{audience}/{intent}/{label}/{block}"


@pytest.mark.parametrize("recorded", ["late_payment", "scope_creep", "overload", "never_satisfied"])
@pytest.mark.parametrize("guessed", ["late_payment", "scope_creep", "overload", "never_satisfied", "price"])
@pytest.mark.parametrize("audience", ["staff", "client"])
def test_a_guessed_reason_is_corrected_or_confirmed_never_added_to(recorded, guessed, audience):
    row = record("transition", recorded, True, {}, {})
    facts = facts_for(row, today=TODAY, guesses=(guessed,), guessing=True, **COMMON)
    for block, text in rendered_texts(audience, "explain_reason", facts):
        if block == "coaching":
            continue
        assert facts["reason_sentence"] in text
        if guessed == recorded:
            assert "isn't about" not in text, "a right guess is not corrected"
        else:
            assert re.search(r"it isn't about \w", text), "a wrong guess is corrected plainly"
        others = [name for name in REASON_MARKERS if name != recorded]
        assert not any(REASON_MARKERS[name].search(text) for name in others), text


def test_without_a_reason_on_record_no_reason_is_given_and_staff_are_told_what_to_record():
    row = record("transition", None, False, {}, {})
    facts = facts_for(row, today=TODAY, **COMMON)
    assert not facts["has_reason"] and facts["reason_sentence"] == ""
    staff = render_staff("explain_reason", "honest", facts)
    assert staff.script == "" and "no reason is recorded" in staff.coaching
    assert "`offboard reason" in staff.coaching
    client = render_client(["explain_reason"], facts).text
    assert "The reason is" not in client and "will be in touch" in client


def test_reason_text_is_data_never_a_template_and_markup_stays_text():
    hostile = "{{ 7*7 }} {% for x in range(3) %}boom{% endfor %} <!channel> {# c #}"
    row = {**record("transition", "other", True, {}, {}), "reason": hostile, "name": "{{ 6*7 }} Ltd"}
    facts = facts_for(row, today=TODAY, **COMMON)
    for audience in ("staff", "client"):
        for _, text in rendered_texts(audience, "explain_reason", facts):
            assert "49" not in text and "boomboom" not in text and "42 Ltd" not in text
    script = render_staff("explain_reason", "honest", facts).script
    assert hostile.split(" {# c")[0] in script and "<!channel>" in script


def test_the_policy_file_covers_every_intent_and_both_phases():
    policy = reply_policy.load()
    assert set(INTENTS) <= set(policy.about)
    for intent in policy.about:
        for phase in reply_policy.PHASES:
            rule = policy.rule(intent, phase)
            assert rule.action in reply_policy.ACTIONS
            assert template_for("client", rule.wording) is not None or rule.action == reply_policy.HANDOFF, \
                f"{intent}/{phase}: {rule.action} needs client wording ({rule.wording})"


def test_after_the_end_date_what_is_theirs_is_handed_over_never_declined():
    policy = reply_policy.load()
    for intent in ("data_export", "credentials_handover"):
        assert policy.rule(intent, "ended").action == reply_policy.HANDOFF
    for intent in ("support_request", "after_end_request"):
        rule = policy.rule(intent, "ended")
        assert rule.action == reply_policy.DECLINE and rule.wording == "after_end_request"


def test_the_readme_shows_the_policy_file_as_it_is():
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert reply_policy.table() in readme, "README's policy table differs from `python app.py policy`"


def test_a_malformed_policy_is_refused_with_where_it_is_wrong():
    with pytest.raises(reply_policy.PolicyError, match=r"\[late_payment\] ended"):
        reply_policy.parse('[late_payment]\ntransition = "reply"\nended = "maybe"\n')
    with pytest.raises(reply_policy.PolicyError, match="says nothing"):
        reply_policy.parse('[late_payment]\ntransition = "reply"\n')


def test_reason_wording_exists_for_every_category_the_records_accept():
    from bot.clients import REASON_CATEGORIES  # the record's list, which wording must cover
    assert set(REASON_CATEGORIES) <= set(REASONS)
