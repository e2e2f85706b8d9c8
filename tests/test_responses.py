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

from bot.config import Config
from bot.core import FOR_A_PERSON
from intents.catalog import INTENTS
from responses import policy as reply_policy
from responses.render import (REASONS, STAND_INS, client_body, facts_for, letter, render_block, render_client,
                              render_staff, sentences, template_for, variant_names)

TODAY = date(2026, 12, 1)
# The firm's settings as they are when nobody set them: a default must never read as a fact.
DEFAULTS = Config()
COMMON = dict(company=DEFAULTS.company, signer=DEFAULTS.signer, payment_terms=DEFAULTS.payment_terms)
CONFIGURED_TERMS = "within 14 days of the invoice date"
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
RUN_TOGETHER = re.compile(r"[a-z0-9)][.!?][A-Z]")
# Payment terms are a policy of the firm: stated only when the firm configured them.
PAYMENT_TERMS = re.compile(r"payment terms|within \d+ days|days of the invoice", re.I)
# No agreement, discussion or promise is ever on record, so none may be claimed.
AGREEMENT_CLAIMS = re.compile(r"\bas (?:we )?(?:agreed|discussed|promised|arranged)\b|\bas per our\b", re.I)
# Stock wording that characterises the reason other than as recorded.
REASON_DENIALS = re.compile(r"about fit\b|a good fit\b|(?:anyone|anybody|nobody|no one) (?:doing|did|has done|having "
                            r"done) anything wrong", re.I)
# What the client did is never on record: a reply may not thank them for an apology or an offer it only guesses.
PRESUMED_ACTS = re.compile(r"\byour (?:apology|apologies|proposal|promise|openness)\b|\bnew proposal\b|"
                           r"\bhigher fee\b|\bopenness\b|\bbeing so open\b|\bwanting to keep working\b|"
                           r"\bthe update\b|\bfor updating us\b", re.I)
# Nobody has picked a fault up when the bot answers: it may say it is logged or passed on, never that it's in hand.
IN_HAND = re.compile(r"\bteam is on it\b|\bwe'?re on it\b|\bis on it\b|\b(?:is|are) (?:already )?(?:working on|looking "
                     r"into) (?:it|this)\b", re.I)
# What happened in the handover, or what the client told us, is never on record: a message may not claim it.
CLAIMED_HISTORY = re.compile(r"\bhanded over during\b|\b(?:was|were|has been|have been) (?:handed|sent) over\b|"
                             r"\bletting us know you'?ve chosen\b|\bwe can see you value\b|"
                             # nor how far the close-out has got, or what the handover pack covers
                             r"\bfinishing the close-out\b|\bclosing out the (?:last|final) items\b|"
                             r"\bhandover documentation should cover\b",
                             re.I)
# Offering to find a provider, or talking of a next one, when one is on record.
PROVIDER_HUNT = re.compile(r"\b(?:find|suggest|recommend\w*|introduc\w*)\b[^.]*?(?<!email )(?<!mail )\bproviders?\b|"
                           r"\bproviders? (?:who|that) (?:may |might |would )?(?:suit|fit)|\b(?:a|your) next provider\b|"
                           r"\bnew (?:IT )?partner\b|\bwhichever provider\b", re.I)
# Speaking of "your new provider" when none is on record.
PROVIDER_PRESUMED = re.compile(r"\byour new (?:IT )?provider\b", re.I)
# A promise to do the work, which a script declining it must never make.
TAKES_IT_ON = re.compile(r"\bof course\b|we'll take care of|we'll handle (?:this|it)|handled just as|"
                         r"with our help desk now", re.I)
# After the end date, what is theirs still goes to them: a decline says so.
_THEIRS = r"\b(?:admin|passwords?|data|accounts?|keys?)\b"
_HANDED = r"\b(?:hand\w* (?:\w+ )?over|send (?:it|them)|yours|belongs?)\b"
THEIRS_STILL_HANDED_OVER = re.compile(rf"{_THEIRS}[^.]*{_HANDED}|{_HANDED}[^.]*{_THEIRS}", re.I)


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
    shown = audience == "client" or facts["phase"] != "active"   # an active client's staff answer has no script
    for block in variant_names(template, prefix) if shown else ():
        body = render_block(template, block, facts)
        if body:
            yield block, letter([body], facts, audience)
    if audience == "staff":
        to_provider = {**facts, "to_provider": True}
        for block in variant_names(template, "to_provider_") if shown else ():
            body = render_block(template, block, to_provider)
            if body:
                yield block, letter([body], to_provider, audience)
    if audience == "staff":
        staff = render_staff(intent, INTENTS[intent].principle if intent in INTENTS else None, facts)
        yield "coaching", staff.coaching
        yield "whole", staff.text   # title, coaching and script as the staff member reads them


def recorded_category(row: dict) -> str | None:
    if row.get("reason_category"):
        return row["reason_category"]
    return "other" if row.get("reason") else None


def client_intents():
    kinds = list(INTENTS) + [k for k in reply_policy.load().kinds() if k not in INTENTS]
    # "holding": the honest holding reply a hand-off draft falls back on when no wording answers the question.
    return [i for i in kinds + ["holding"] if template_for("client", i) is not None]


def staff_intents():
    return [i for i in INTENTS if template_for("staff", i) is not None]


def check(text: str, audience: str, row: dict | None, facts: dict, where: str) -> None:
    assert text.strip(), f"{where}: empty"
    assert not TEMPLATE_SYNTAX.search(text), f"{where}: template syntax left: {TEMPLATE_SYNTAX.search(text)}"
    assert not re.search(r"\s[,.;:]|\.\.|  |,,", text), f"{where}: broken punctuation in {text!r}"
    assert not RUN_TOGETHER.search(text), f"{where}: sentences run together: {RUN_TOGETHER.search(text).group(0)!r}"
    if not facts["payment_terms"]:
        assert not PAYMENT_TERMS.search(text), f"{where}: payment terms nobody configured: " \
                                               f"{PAYMENT_TERMS.search(text).group(0)!r}"
    assert not AGREEMENT_CLAIMS.search(text), f"{where}: claims an agreement that is not on record: " \
                                              f"{AGREEMENT_CLAIMS.search(text).group(0)!r}"
    if row is not None and row.get("new_provider"):
        assert not PROVIDER_HUNT.search(text), f"{where}: {row['new_provider']} is on record, yet " \
                                               f"{PROVIDER_HUNT.search(text).group(0)!r}"
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


def check_message(text: str, audience: str, row: dict | None, facts: dict, where: str) -> None:
    """What holds for the message a person sends (a script or a client reply), beyond check()."""
    assert not REASON_DENIALS.search(text), f"{where}: stock wording about the reason: " \
                                            f"{REASON_DENIALS.search(text).group(0)!r}"
    assert not PRESUMED_ACTS.search(text), f"{where}: says the client did something not on record: " \
                                           f"{PRESUMED_ACTS.search(text).group(0)!r}"
    assert not CLAIMED_HISTORY.search(text), f"{where}: claims something not on record: " \
                                             f"{CLAIMED_HISTORY.search(text).group(0)!r}"
    assert not IN_HAND.search(text), f"{where}: claims someone is on it: {IN_HAND.search(text).group(0)!r}"
    if row is not None and not row.get("new_provider") and not facts.get("provider_mentioned"):
        assert not PROVIDER_PRESUMED.search(text), f"{where}: no new provider is on record, yet " \
                                                   f"{PROVIDER_PRESUMED.search(text).group(0)!r}"
    body = "\n\n".join(text.split("\n\n")[1:-1])   # without the greeting and the signature
    owner = facts["account_owner"]
    if owner:
        assert body.count(owner) <= 1, f"{where}: {owner} named in full more than once"


def matrix(audience: str):
    intents = staff_intents() if audience == "staff" else client_intents()
    phases = ["transition", "ended", "active"] if audience == "staff" else ["transition", "ended"]
    for intent in intents:
        for phase in phases:
            yield pytest.param(audience, intent, phase, id=f"{audience}-{intent}-{phase}")
    if audience == "staff":
        for intent in intents:
            yield pytest.param(audience, intent, None, id=f"{audience}-{intent}-no-client")


def flavours(intent: str):
    """The kinds of message one wording answers: small talk for greetings; a person, the new provider's
    details or a recommendation for who-to-talk-to."""
    if intent == "greeting":
        return [(kind, "person") for kind in ("thanks", "seasonal", "greeting", "other")]
    if intent == "contact":
        return [("other", about) for about in ("person", "provider", "recommend")]
    return [("other", "person")]


@pytest.mark.parametrize("audience,intent,phase", list(matrix("staff")) + list(matrix("client")))
def test_every_reply_keeps_to_the_record_and_the_moment(audience, intent, phase):
    variants = fact_variants(phase) if phase else [("no-client", None)]
    for label, row in variants:
        for small_talk, about in flavours(intent):
            facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
            facts["small_talk"], facts["contact_about"] = small_talk, about
            for block, text in rendered_texts(audience, intent, facts):
                where = f"{audience}/{intent}/{phase}/{label}/{block}"
                check(text, audience, row, facts, where)
                if block in ("coaching", "whole"):
                    continue
                check_message(text, audience, row, facts, where)
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
    facts = facts_for(row, today=TODAY, guesses=(guessed,), **COMMON)
    for block, text in rendered_texts(audience, "explain_reason", facts):
        if block == "coaching":
            continue
        if block.startswith("to_provider_"):
            assert facts["reason_sentence"] not in text   # (asked by their new provider: between us and the client)
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


# -- invented facts ----------------------------------------------------------------------------

def test_no_default_setting_states_a_policy_of_the_firm():
    """Payment terms are the firm's own policy: unset unless the firm configures them."""
    assert DEFAULTS.payment_terms == ""


@pytest.mark.parametrize("audience", ["staff", "client"])
@pytest.mark.parametrize("details", [False, True])
def test_payment_terms_are_quoted_only_when_the_firm_configured_them(audience, details):
    row = record("transition", "late_payment", details, {}, {})
    unset = facts_for(row, today=TODAY, **COMMON)
    configured = facts_for(row, today=TODAY, **{**COMMON, "payment_terms": CONFIGURED_TERMS})
    assert "late payment" in unset["reason_sentence"] and not PAYMENT_TERMS.search(unset["reason_sentence"])
    assert CONFIGURED_TERMS in configured["reason_sentence"]
    for block, text in rendered_texts(audience, "explain_reason", unset):
        assert not PAYMENT_TERMS.search(text), f"{block}: {text}"
    for block, text in rendered_texts(audience, "explain_reason", configured):
        if block != "coaching" and not block.startswith("to_provider_"):   # (the reason isn't the provider's to hear)
            assert CONFIGURED_TERMS in text, block


@pytest.mark.parametrize("audience", ["staff", "client"])
def test_payment_terms_never_reach_a_reason_other_than_late_payment(audience):
    for category in ("scope_creep", "overload", "never_satisfied", "other"):
        row = record("transition", category, True, {}, {})
        facts = facts_for(row, today=TODAY, **{**COMMON, "payment_terms": CONFIGURED_TERMS})
        for block, text in rendered_texts(audience, "explain_reason", facts):
            assert CONFIGURED_TERMS not in text, f"{category}/{block}"


# -- one fact, said once -------------------------------------------------------------------------

# Kinds a person answers for the whole message (core.FOR_A_PERSON): never one part of a reply in two.
WHOLE_MESSAGE_KINDS = {kind for kind, _ in FOR_A_PERSON}
COMBINED_VARIANTS = [("transition", {}, OWNERS[1]), ("transition", PROVIDERS[1], {}),
                     ("ended", PROVIDERS[2], OWNERS[1]), ("ended", {}, {})]


@pytest.mark.parametrize("phase,provider,owner", COMBINED_VARIANTS,
                         ids=[f"{p}-{'provider' if pr else 'no-provider'}-{'owner' if o else 'no-owner'}"
                              for p, pr, o in COMBINED_VARIANTS])
def test_a_reply_to_two_requests_states_each_fact_once(phase, provider, owner):
    """Two bodies in one message: the end date is not said more often than one body alone says it,
    the owner is named in full once, and no sentence runs into the next."""
    row = record(phase, "late_payment", True, provider, owner)
    facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
    bodies = {}
    for intent in client_intents():
        if intent == "holding" or intent in WHOLE_MESSAGE_KINDS:
            continue   # a whole hand-off draft of its own, never one part of a message
        template = template_for("client", intent)
        bodies[intent] = [b for b in (render_block(template, block, facts) for block in variant_names(template, "reply_"))
                          if b]
    for first, second in itertools.permutations([i for i in bodies if bodies[i]], 2):
        for a, b in itertools.product(bodies[first], bodies[second]):
            text = letter([a, b], facts, "client")
            where = f"{phase}/{first}+{second}"
            check(text, "client", row, facts, where)
            check_message(text, "client", row, facts, where)
            assert text.count(facts["end_date"]) <= max(a.count(facts["end_date"]), b.count(facts["end_date"]), 1), \
                f"{where}: the end date said again in the second part:\n{text}"
            body = "\n\n".join(text.split("\n\n")[1:-1])
            thanks = [s for s in sentences(body) if re.match(r"(?:thanks|thank you)\b", s, re.I)]
            assert len(thanks) <= max(1, *(len([s for s in sentences(p) if re.match(r"(?:thanks|thank you)\b", s, re.I)])
                                           for p in (a, b))), f"{where}: thanked twice:\n{text}"
            again = repeated_phrases(body) - repeated_phrases(a) - repeated_phrases(b)
            assert not again, f"{where}: the second part repeats a phrase of the first: {sorted(again)[:3]}\n{text}"


def repeated_phrases(text: str) -> set[tuple[str, ...]]:
    """Runs of five words (dates aside) said more than once in the text."""
    words = re.findall(r"[a-z0-9'@.-]+|~", re.sub(r"\b[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}\b", " ~ ", text).lower())
    runs = [tuple(words[i:i + 5]) for i in range(len(words) - 4)]
    return {run for run in runs if "~" not in run and runs.count(run) > 1}


# -- addressed to the right party ----------------------------------------------------------------

def provider_facing(intent: str) -> bool:
    template = template_for("staff", intent)
    return template is not None and bool(variant_names(template, "to_provider_"))


@pytest.mark.parametrize("phase", ["transition", "ended"])
def test_a_script_for_the_new_provider_is_addressed_to_the_provider(phase):
    """Provider-facing wording greets the provider (by name when recorded) and names the client it is about."""
    intents = [i for i in staff_intents() if provider_facing(i)]
    assert "provider_config_question" in intents
    for intent in intents:
        for label, row in fact_variants(phase):
            facts = facts_for(row, today=TODAY, **COMMON)
            facts["to_provider"] = True
            script = render_staff(intent, INTENTS[intent].principle, facts).script
            if not script:
                continue
            where = f"{intent}/{phase}/{label}"
            greeting = script.split("\n\n")[0]
            expected = f"Hello {row['new_provider']} team," if row.get("new_provider") else "Hello,"
            assert greeting == expected, f"{where}: addressed {greeting!r}"
            assert row["name"] in script, f"{where}: the provider isn't told which client it is about"
            check(script, "staff", row, facts, where)
            check_message(script, "staff", row, facts, where)


def test_the_new_providers_own_questions_are_always_answered_to_the_provider():
    row = record("ended", "scope_creep", True, PROVIDERS[2], OWNERS[1])
    facts = facts_for(row, today=TODAY, **COMMON)
    script = render_staff("provider_config_question", "done", facts).script
    assert script.startswith("Hello BrightPath IT team,") and "Hello Acme Dental team" not in script


# -- scripts true to their own coaching ---------------------------------------------------------

@pytest.mark.parametrize("intent", ["after_last_day"])
@pytest.mark.parametrize("audience", ["staff", "client"])
def test_asked_about_after_the_end_date_the_answer_declines_it_ahead(audience, intent):
    """A client still in transition, asked about after its last day: the script and the reply say
    no for after that date, with the date, and never promise to take the work on."""
    for label, row in fact_variants("transition"):
        facts = facts_for(row, today=TODAY, **COMMON)
        facts["asks_after_end"] = True
        wording = reply_policy.load().wording(intent, "transition")
        if audience == "staff":
            answer = render_staff(wording, "done", facts)
            assert "decline" in answer.coaching, f"staff/{intent}/{label}: coaching doesn't say to decline"
            messages = [("script", answer.script)]
        else:
            messages = list(rendered_texts(audience, wording, facts))
        assert messages and all(text for _, text in messages), f"{audience}/{intent}/{label}: no message"
        for block, text in messages:
            where = f"{audience}/{intent}/{label}/{block}"
            assert facts["end_date"] in text, where
            assert not TAKES_IT_ON.search(text), f"{where}: {TAKES_IT_ON.search(text).group(0)!r}"
            assert THEIRS_STILL_HANDED_OVER.search(text), f"{where}: doesn't say what is theirs is handed over"


def test_a_staff_answer_for_an_active_client_coaches_nothing_about_leaving():
    for intent in [i for i in staff_intents() if i in INTENTS and INTENTS[i].principle]:
        for label, row in fact_variants("active"):
            facts = facts_for(row, today=TODAY, **COMMON)
            staff = render_staff(intent, INTENTS[intent].principle if intent in INTENTS else None, facts)
            advice = staff.coaching.split("`.", 1)[-1]   # after the line saying how to record a decision
            # (and without the record's own line, which names a provider on record as data, not as advice)
            advice = "\n".join(line for line in advice.splitlines() if not line.startswith("On record:"))
            assert not re.search(r"decision (?:stands|is final)|handover|new provider|last day", advice, re.I), \
                f"{intent}/{label}: {advice}"


# -- handovers carry what matters -----------------------------------------------------------------

def test_without_a_provider_every_handover_answer_carries_the_safe_landing():
    """No new provider on record: the data on an external drive and a hosted email provider."""
    for intent in ("provider_handover", "no_new_provider"):
        for label, row in fact_variants("transition"):
            if row.get("new_provider"):
                continue
            facts = facts_for(row, today=TODAY, **COMMON)
            for audience in ("staff", "client"):
                for block, text in rendered_texts(audience, intent, facts):
                    if block.startswith("to_provider_"):
                        continue
                    where = f"{audience}/{intent}/{label}/{block}"
                    assert "external drive" in text and re.search(r"email (?:provider|service)", text), where


def test_a_provider_without_a_contact_is_asked_for():
    for intent in ("provider_handover", "no_new_provider"):
        for label, row in fact_variants("transition"):
            if not row.get("new_provider") or row.get("new_provider_contact"):
                continue
            facts = facts_for(row, today=TODAY, **COMMON)
            for audience in ("staff", "client"):
                for block, text in rendered_texts(audience, intent, facts):
                    if block != "coaching" and not block.startswith("to_provider_"):
                        assert re.search(r"contact details|their contact|how to reach them", text), \
                            f"{audience}/{intent}/{label}/{block}"


def test_every_decline_after_the_end_still_hands_over_what_is_theirs():
    policy = reply_policy.load()
    declines = {rule.wording for (intent, phase), rule in policy.rules.items()
                if phase == "ended" and rule.action == reply_policy.DECLINE}
    for label, row in fact_variants("ended"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for wording in declines:
            for block, text in rendered_texts("client", wording, facts):
                assert THEIRS_STILL_HANDED_OVER.search(text), f"client/{wording}/{label}/{block}"
        for intent in ("after_end_request",):
            for block, text in rendered_texts("staff", intent, facts):
                if block.startswith("script"):
                    assert THEIRS_STILL_HANDED_OVER.search(text), f"staff/{intent}/{label}/{block}"


# -- small talk -----------------------------------------------------------------------------------

def test_chatter_gets_a_short_warm_line_that_states_no_fact():
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
            for block, text in rendered_texts("client", "chatter", facts):
                body = "\n\n".join(text.split("\n\n")[1:-1])
                for fact in ("end_date", "handover_deadline", "new_provider", "account_owner", "client_name",
                             "reason_sentence"):
                    assert not facts[fact] or facts[fact] not in body, f"{phase}/{label}/{block}: {fact}"
                assert len(sentences(body)) <= 3 and len(body) < 300, f"{phase}/{label}/{block}: not short"


def test_the_reply_policy_keeps_quiet_on_chatter_and_hands_ordinary_questions_to_a_person():
    policy = reply_policy.load()
    for phase in reply_policy.PHASES:
        assert policy.rule("chatter", phase).action == reply_policy.QUIET
        assert policy.rule("unrelated_staff", phase).action == reply_policy.HANDOFF


def test_a_public_reply_to_a_review_says_nothing_private_and_greets_no_team():
    """A reply to be posted under a public review: short, courteous, no fact of the record."""
    template = template_for("staff", "bad_review_threat")
    assert variant_names(template, "public_"), "no wording for a public reply"
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = facts_for(row, today=TODAY, **COMMON)
            facts["public_reply"] = True
            answer = render_staff("bad_review_threat", "friendly", facts)
            where = f"{phase}/{label}"
            script = answer.script
            assert script and not script.startswith("Hello"), f"{where}: {script!r}"
            for fact in ("end_date", "reason_sentence", "reason_details", "new_provider", "account_owner",
                         "handover_deadline"):
                assert not facts[fact] or facts[fact] not in script, f"{where}: {fact} made public"
            assert script.endswith("The Northwind IT team"), f"{where}: signed by a person in public"
            assert len(script) < 500, f"{where}: not short"


def test_a_script_is_never_signed_by_an_owner_who_is_away():
    """Staff say the account owner is out: the script goes out under the firm's signer, not the owner's name."""
    for intent in staff_intents():
        for label, row in fact_variants("transition"):
            if not row.get("account_owner"):
                continue
            facts = facts_for(row, today=TODAY, **COMMON)
            facts["owner_away"] = True
            script = render_staff(intent, INTENTS[intent].principle if intent in INTENTS else None, facts).script
            if script:
                assert "Priya Shah" not in script.split("Kind regards,")[-1], f"{intent}/{label}"
                assert script.endswith("The Northwind IT team"), f"{intent}/{label}"


@pytest.mark.parametrize("phase", ["transition", "ended"])
def test_a_who_to_talk_to_answer_gives_what_the_record_holds_and_asks_for_what_it_lacks(phase):
    """The owner by name when recorded; the new provider's contact when recorded, else a request for it;
    a recommendation offered only when no provider is on record; never a deflection."""
    for label, row in fact_variants(phase):
        for about in ("person", "provider", "recommend"):
            facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
            facts["contact_about"] = about
            for block, text in rendered_texts("client", "contact", facts):
                where = f"contact/{about}/{phase}/{label}/{block}"
                assert "This conversation is for" not in text, where
                if row.get("account_owner"):
                    assert "Priya Shah" in text, f"{where}: the owner on record is not named"
                if about == "provider" and row.get("new_provider_contact"):
                    assert row["new_provider_contact"] in text, f"{where}: the recorded contact is not given"
                if about == "provider" and not row.get("new_provider_contact"):
                    assert "share" in text, f"{where}: the missing contact is not asked for"
                if about == "recommend" and not row.get("new_provider"):
                    assert "suggest" in text, f"{where}: the recommendation asked for is not offered"


def test_the_holding_reply_names_who_will_answer_and_claims_nothing():
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
            text = render_client("holding", facts).text
            assert ("Priya Shah" in text) == bool(row.get("account_owner")), f"{phase}/{label}"
            assert "come back to you" in text and len(sentences(text)) <= 5   # greeting and signature included


@pytest.mark.parametrize("recorded", ["late_payment", "overload"])
def test_a_script_denies_no_reason_the_client_never_put_forward(recorded):
    """Staff trying a softer wording out ("can I tell them it's capacity?") get coached against it, but
    the script to the client says nothing of a reason the client never raised."""
    guessed = "overload" if recorded == "late_payment" else "late_payment"
    row = record("transition", recorded, False, {}, {})
    facts = facts_for(row, today=TODAY, guesses=(guessed,), **COMMON)
    tried = render_staff("explain_reason", "honest", {**facts, "guess_from_client": False})
    assert "isn't the reason on record" in tried.coaching
    assert "it isn't about" not in tried.script and "set the record straight" not in tried.script
    raised = render_staff("explain_reason", "honest", {**facts, "guess_from_client": True})
    assert "it isn't about" in raised.script or "set the record straight" in raised.script


def test_a_fault_reported_in_transition_is_taken_on_without_a_lecture_about_the_end():
    """Still a client: the reply says the help desk has it, and doesn't send them back to 'the usual channels'."""
    for label, row in fact_variants("transition"):
        facts = facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON)
        for block, text in rendered_texts("client", "support_request", facts):
            assert "help desk" in text and "usual channels" not in text, f"{label}/{block}"


# -- wording that fits the situation the message describes -------------------------------------------

def test_a_client_who_said_urgent_is_never_told_if_its_urgent():
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "urgent": True}
            for intent in client_intents():
                for block, text in rendered_texts("client", intent, facts):
                    assert not re.search(r"\bif (?:it'?s|this is|it is) urgent\b", text, re.I), \
                        f"{intent}/{phase}/{label}/{block}: {text}"


def test_a_client_who_speaks_of_a_new_provider_is_not_told_they_have_none():
    """No provider on record, but the message speaks of one ("for the new company"): no "without a new
    provider", no "once you've chosen"; "your new provider" is theirs to have said."""
    unchosen = re.compile(r"without a new provider|once you'?ve chosen|whichever provider you choose|"
                          r"haven'?t chosen|if no(?: one|body| new provider) is in place", re.I)
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            if row.get("new_provider"):
                continue
            facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "provider_mentioned": True}
            for intent in ("credentials_handover", "provider_handover", "cut_off_early"):
                for block, text in rendered_texts("client", intent, facts):
                    where = f"{intent}/{phase}/{label}/{block}"
                    assert not unchosen.search(text), f"{where}: {unchosen.search(text).group(0)!r}"
                    check(text, "client", row, facts, where)
                    check_message(text, "client", row, facts, where)


def test_a_question_about_the_domain_is_answered_about_the_domain():
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "about_domain": True}
            for block, text in rendered_texts("client", "credentials_handover", facts):
                where = f"{phase}/{label}/{block}"
                # (theirs to control, without claiming how it's registered today: the record doesn't say)
                assert re.search(r"your domain is yours|full control of your domain", text, re.I), where
                assert "registrar" in text and "secure channel" in text, where
                assert "Passwords and keys" not in text, f"{where}: the password boilerplate"
                check(text, "client", row, facts, where)
                check_message(text, "client", row, facts, where)


def test_asked_whether_things_keep_going_after_the_last_day_the_answer_is_about_after():
    for label, row in fact_variants("transition"):
        facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "asks_after": True}
        for block, text in rendered_texts("client", "cut_off_early", facts):
            where = f"{label}/{block}"
            assert f"keep working after {facts['end_date']}" in text, where
            assert re.search(r"our support", text) and text.count(facts["end_date"]) == 1, where
            check(text, "client", row, facts, where)
            check_message(text, "client", row, facts, where)


DECISIVE = ("second_chance", "better_offer", "come_back")


@pytest.mark.parametrize("audience", ["staff", "client"])
@pytest.mark.parametrize("intent", DECISIVE)
def test_a_doubted_notice_is_restated_plainly(audience, intent):
    """"He never really got the notice": whatever the kind, the message says the agreement ends, the date
    and that the decision is final, and never reads as an answer to an apology or an offer."""
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "situation": "restate_notice"}
            texts = [render_staff(intent, "decisive", facts).script] if audience == "staff" else \
                [render_client(intent, facts).text]
            for text in texts:
                where = f"{audience}/{intent}/{phase}/{label}"
                assert re.search(r"end(?:ed)? our IT support agreement", text) and "final" in text, where
                assert facts["end_date"] in text, where
                assert not re.search(r"\boffer\b|another chance", text), where
                check(text, audience, row, facts, where)
                check_message(text, audience, row, facts, where)


@pytest.mark.parametrize("audience", ["staff", "client"])
@pytest.mark.parametrize("intent", DECISIVE)
def test_more_time_is_declined_with_the_date_and_the_way_to_finish_on_time(audience, intent):
    for label, row in fact_variants("transition"):
        facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "situation": "more_time"}
        text = render_staff(intent, "decisive", facts).script if audience == "staff" else \
            render_client(intent, facts).text
        where = f"{audience}/{intent}/{label}"
        assert f"beyond {facts['end_date']}" in text and "the last day stays as it is" in text, where
        if row.get("new_provider"):
            assert facts["handover_deadline"] in text, f"{where}: the provider isn't asked to be in touch in time"
        check(text, audience, row, facts, where)
        check_message(text, audience, row, facts, where)


def test_a_move_staff_propose_gets_a_plain_answer_and_no_script_to_a_request_nobody_made():
    """"Can we offer Acme an extension?", "can I deprioritise their tickets?": nobody at the client asked
    anything, so there is nothing to send them; the answer comes first."""
    row = record("transition", "late_payment", True, {}, OWNERS[1])
    for intent in staff_intents():
        facts = {**facts_for(row, today=TODAY, **COMMON), "situation": "our_move", "asks_should": True,
                 "holds_back": True}
        answer = render_staff(intent, INTENTS[intent].principle, facts)
        assert answer.script == "", intent
    for intent in DECISIVE + ("support_request", "cut_off_early"):
        facts = {**facts_for(row, today=TODAY, **COMMON), "situation": "our_move", "asks_should": True,
                 "holds_back": True}
        answer = render_staff(intent, INTENTS[intent].principle, facts)
        assert answer.coaching.startswith("No:"), f"{intent}: {answer.coaching[:80]!r}"
        assert "Thank them for the offer" not in answer.coaching, intent


def test_should_i_is_answered_first_wherever_a_plain_answer_is_written():
    answered = [i for i in staff_intents() if "answer" in template_for("staff", i).blocks]
    assert {"second_chance", "support_request", "cut_off_early", "angry_client"} <= set(answered)
    for phase in ("transition", "ended"):
        for label, row in fact_variants(phase):
            for intent in staff_intents():
                template = template_for("staff", intent)
                if "answer" not in template.blocks:
                    continue
                facts = {**facts_for(row, today=TODAY, **COMMON), "asks_should": True}
                answer = render_staff(intent, INTENTS[intent].principle, facts)
                first = answer.coaching.split("\n")[0]
                where = f"{intent}/{phase}/{label}"
                assert not first.startswith("On record"), f"{where}: the plain answer doesn't come first"
                check(answer.text, "staff", row, facts, where)
                without = render_staff(intent, INTENTS[intent].principle, {**facts, "asks_should": False})
                assert without.coaching.startswith("On record"), f"{where}: an answer nobody asked for"


@pytest.mark.parametrize("ask,words", [("sign_off", ["named person", "`offboard owner"]),
                                       ("email_provider", ["Microsoft 365", "Google Workspace"]),
                                       ("mailbox_export", ["PST", "eDiscovery", "secure channel"]),
                                       ("checklist", ["1. Domains"])])
def test_the_practical_thing_asked_for_is_in_the_answer_whatever_the_kind(ask, words):
    row = record("transition", "overload", False, PROVIDERS[1], {})
    for intent in staff_intents():
        facts = {**facts_for(row, today=TODAY, **COMMON), "practical": (ask,),
                 "checklist_text": "Acme Dental: handover checklist.\n1. Domains" if ask == "checklist" else ""}
        answer = render_staff(intent, INTENTS[intent].principle, facts)
        if INTENTS[intent].principle is None:
            continue
        for word in words:
            assert word in answer.coaching, f"{intent}/{ask}: {word!r} missing"
        check(answer.text, "staff", row, facts, f"{intent}/{ask}")


def test_a_sign_off_answer_names_the_owner_on_record_and_invents_none():
    with_owner = facts_for(record("transition", "overload", False, {}, OWNERS[1]), today=TODAY, **COMMON)
    without = facts_for(record("transition", "overload", False, {}, {}), today=TODAY, **COMMON)
    assert "Priya Shah owns the account" in render_staff("provider_handover", "helpful",
                                                         {**with_owner, "practical": ("sign_off",)}).coaching
    coaching = render_staff("provider_handover", "helpful", {**without, "practical": ("sign_off",)}).coaching
    assert "Nobody on our side is recorded" in coaching and '`offboard owner "Acme Dental" @person`' in coaching


# Principle 3: kind under pressure includes offering to help them move to a provider that fits.
HELPS_WITH_THE_MOVE = re.compile(r"\bhandover\b|\bhand(?:ing)? (?:over|it over)\b|\bhelp (?:you )?(?:move|find|settle|with)\b|"
                                 r"\bsmooth\w*\b|\b(?:new|next) (?:IT )?provider\b|\byour data\b|\bproviders? who may suit\b", re.I)


@pytest.mark.parametrize("audience", ["staff", "client"])
@pytest.mark.parametrize("intent", ["angry_client", "bad_review_threat", "no_hard_feelings"])
def test_every_answer_under_pressure_still_offers_help_with_the_move(audience, intent):
    for label, row in fact_variants("transition"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts(audience, intent, facts):
            if block.startswith(("script", "reply")):
                assert HELPS_WITH_THE_MOVE.search(text), f"{audience}/{intent}/{label}/{block}:\n{text}"


def test_an_ex_client_still_without_a_provider_is_told_support_has_ended_whatever_provider_is_on_record():
    """They say nobody has taken over (the recorded one may have fallen through): no "hope it goes well
    with them", and no help that sounds like it carries on."""
    for label, row in fact_variants("ended"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts("client", "no_new_provider", facts):
            assert f"ended on {facts['end_date']}" in text, f"{label}/{block}:\n{text}"
            assert "going well with" not in text and "looking after you now" not in text, f"{label}/{block}"


def test_anger_after_the_end_is_answered_with_the_date_and_what_is_still_theirs():
    for label, row in fact_variants("ended"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts("client", "angry_client", facts):
            assert f"ended on {facts['end_date']}" in text and "admin access" in text, f"{label}/{block}:\n{text}"


def test_a_client_naming_its_new_provider_is_never_told_we_have_not_heard_of_one():
    for label, row in fact_variants("transition"):
        facts = {**facts_for(row, today=TODAY, **COMMON), "contact_about": "provider", "provider_mentioned": True}
        for block, text in rendered_texts("client", "contact", facts):
            assert "haven't heard which provider" not in text, f"{label}/{block}:\n{text}"


@pytest.mark.parametrize("intent", ["announce_decision", "no_new_provider"])
def test_a_client_in_notice_with_no_provider_is_offered_suggestions(intent):
    """Principle 3: offer to help them find a provider that fits better."""
    for label, row in fact_variants("transition"):
        facts = facts_for(row, today=TODAY, **COMMON)
        if facts["new_provider"]:
            continue
        for block, text in rendered_texts("staff", intent, facts):
            if block.startswith("script"):
                assert "suggest a few" in text, f"{intent}/{label}/{block}:\n{text}"


def test_an_urgent_fault_gets_action_not_a_reminder_of_the_end_date():
    for label, row in fact_variants("transition"):
        facts = {**facts_for(row, sender_name="Dana Lee", today=TODAY, **COMMON), "urgent": True}
        for block, text in rendered_texts("client", "support_request", facts):
            assert "ring our help desk" in text and facts["end_date"] not in text, f"{label}/{block}:\n{text}"


def test_what_we_promise_about_their_things_after_the_end_is_bounded():
    """Their systems keep running and only our access goes, once they have everything. No open-ended 'nothing
    deleted, before or after' promise, and no 'nothing deleted before the last day' hinting at after."""
    for label, row in fact_variants("transition"):
        facts = facts_for(row, today=TODAY, **COMMON)
        for intent in ("data_export", "cut_off_early"):
            for block, text in rendered_texts("client", intent, facts):
                for sentence in sentences(text):
                    if "we switch nothing of yours off" in sentence:
                        promise = sentence.split(";")[0]
                        assert "deleted" not in sentence and "before" not in promise, f"{intent}/{label}/{block}"
                        assert "off: the only thing we remove is our own access, once you have everything you need" in sentence
                    assert "keep running" not in sentence   # (what their systems do is not ours to promise)


def test_asked_about_the_provider_with_none_chosen_a_client_in_notice_hears_the_safe_landing():
    for label, row in fact_variants("transition"):
        facts = {**facts_for(row, today=TODAY, **COMMON), "contact_about": "provider"}
        if facts["new_provider"]:
            continue
        for block, text in rendered_texts("client", "contact", facts):
            assert "external drive" in text and "hosted email provider" in text, f"{label}/{block}:\n{text}"


# A door left ajar: "not on the old terms" invites new terms, "resuming" speaks of a pause.
DOOR_AJAR = re.compile(r"\b(?:old|previous|same|current) terms\b|\bresum\w+\b|\bfor now\b|\bat (?:this|the moment)\b", re.I)


@pytest.mark.parametrize("audience", ["staff", "client"])
@pytest.mark.parametrize("intent", ["second_chance", "better_offer", "come_back"])
@pytest.mark.parametrize("phase", ["transition", "ended"])
def test_a_declined_plea_or_offer_leaves_no_door_ajar(audience, intent, phase):
    for label, row in fact_variants(phase):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts(audience, intent, facts):
            if block.startswith(("script", "reply")):
                assert not DOOR_AJAR.search(text), f"{audience}/{intent}/{label}/{block}:\n{text}"


@pytest.mark.parametrize("phase", ["transition", "ended"])
def test_every_script_declining_an_offer_thanks_them_for_it_as_the_coaching_says(phase):
    for label, row in fact_variants(phase):
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts("staff", "better_offer", facts):
            if block.startswith("script"):
                assert re.search(r"\bthank you\b", text, re.I), f"{label}/{block}:\n{text}"


@pytest.mark.parametrize("intent", ["announce_decision", "notice_wording"])
def test_every_notice_without_a_new_provider_offers_the_safe_landing(intent):
    for label, row in fact_variants("transition"):
        if "no-provider" not in label:
            continue
        facts = facts_for(row, today=TODAY, **COMMON)
        for block, text in rendered_texts("staff", intent, facts):
            if block.startswith("script"):
                assert "external drive" in text and "hosted" in text, f"{intent}/{label}/{block}:\n{text}"
