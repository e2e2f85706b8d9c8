"""Every template renders, with and without facts, and keeps to the tone rules."""
import re

import pytest

from intents.catalog import INTENTS, intent_for_phase
from responses.render import facts_for, render_block, template_for, variant_names

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

FULL = {"name": "Acme Dental", "phase": "transition", "notice_date": "2026-11-02",
        "end_date": "2026-12-15", "reason_category": "late_payment", "new_provider": "BrightPath IT",
        "new_provider_contact": "help@brightpath.example", "account_owner": "Priya"}
COMMON = dict(company="Northwind IT", signer="Sam Taylor, Northwind IT",
              payment_terms="within 10 days of the invoice date")
FACT_SETS = {
    "full": facts_for(FULL, sender_name="Dana Lee", **COMMON),
    "ended": facts_for({**FULL, "phase": "ended"}, **COMMON),
    "empty": facts_for(None, **COMMON),
}
FORBIDDEN = re.compile(
    r"\b(your fault|unacceptable|terrible|pathetic|lawsuit|sue you|or else|reconsider|re-?open|"
    r"another chance|second chance|discount|trial period|we might change our mind|idiot|stupid)\b", re.I)
EARLY_SHUTDOWN = re.compile(r"\b(we will|we'll|going to|shall) (delete|wipe|switch off|shut down|disable|revoke)", re.I)


def all_variants():
    for audience in ("staff", "client"):
        for intent in INTENTS:
            template = template_for(audience, intent)
            if template is None:
                continue
            for block in template.blocks:
                for fact_set in FACT_SETS:
                    yield pytest.param(audience, intent, block, fact_set, id=f"{audience}-{intent}-{block}-{fact_set}")


def test_staff_has_a_template_for_every_intent():
    assert [i for i in INTENTS if template_for("staff", i) is None] == []


def test_client_wording_never_exists_for_internal_intents():
    for internal in ("announce_decision", "notice_wording", "greeting", "unrelated_staff"):
        assert template_for("client", internal) is None


def test_every_template_has_variants():
    for audience, prefix in (("staff", "script_"), ("client", "reply_")):
        for intent in INTENTS:
            template = template_for(audience, intent)
            if template is not None and INTENTS[intent].principle is not None:
                assert len(variant_names(template, prefix)) >= 2, (audience, intent)


@pytest.mark.parametrize("audience,intent,block,fact_set", list(all_variants()))
def test_variant_renders_cleanly_and_kindly(audience, intent, block, fact_set):
    facts = FACT_SETS[fact_set]
    text = render_block(template_for(audience, intent), block, facts)
    assert text.strip()
    assert "None" not in text and "{{" not in text and "{%" not in text
    assert not re.search(r"\s[,.]", text), text
    assert not FORBIDDEN.search(text), FORBIDDEN.search(text).group(0)
    principle = INTENTS[intent].principle
    if principle == "done" and block != "coaching":
        assert facts["end_date"] in text, "every 'done' answer names the date support ended"
    if principle == "helpful":
        assert not EARLY_SHUTDOWN.search(text)
    if audience == "client":
        assert "principle" not in text.lower() and "coach" not in text.lower()


def test_missing_facts_degrade_to_plain_words():
    facts = FACT_SETS["empty"]
    assert facts["end_date"] == "the agreed last day of support"
    assert facts["client_name"] == "the client"
    assert facts["reason"]


def test_client_text_in_facts_is_never_evaluated():
    hostile = {**FULL, "name": "{{ 7*7 }} {% raw %}x", "reason": "{{ config.__class__ }}"}
    facts = facts_for(hostile, **COMMON)
    text = render_block(template_for("staff", "explain_reason"), "script_1", facts)
    assert "{{ config.__class__ }}" in text and "49" not in text


@pytest.mark.parametrize("phase", ["transition", "ended"])
def test_phase_remaps_only_to_intents_with_wording(phase):
    for intent in INTENTS:
        answered = intent_for_phase(intent, phase)
        assert template_for("staff", answered) is not None
