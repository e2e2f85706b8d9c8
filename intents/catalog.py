"""The intents the router knows, and the principle each one serves.

Intents are finer than principles so that replies can be specific; the
principle is what staff are taught and what audits check.
"""
from __future__ import annotations

from dataclasses import dataclass

PRINCIPLES = ("decisive", "honest", "friendly", "helpful", "done")


@dataclass(frozen=True)
class Intent:
    name: str
    principle: str | None  # None: out of scope
    summary: str
    staff_only: bool = False  # only our own team asks this: never the reading of a client's message


INTENTS: dict[str, Intent] = {
    intent.name: intent
    for intent in (
        # decisive
        Intent("announce_decision", "decisive", "how to tell the client the contract is ending", staff_only=True),
        Intent("notice_wording", "decisive", "the wording or format of the written notice", staff_only=True),
        Intent("second_chance", "decisive", "the client apologises, pleads or promises to change"),
        Intent("better_offer", "decisive", "the client offers more money or better terms to stay"),
        Intent("come_back", "decisive", "the client asks to return later or on the old terms"),
        # honest
        Intent("explain_reason", "honest", "what to say is the reason / the client asks why"),
        Intent("late_payment", "honest", "naming late or missed payments as the reason"),
        Intent("scope_creep", "honest", "naming out-of-scope demands or team overload as the reason"),
        # friendly
        Intent("angry_client", "friendly", "a furious, rude or insulting client"),
        Intent("bad_review_threat", "friendly", "threats of bad reviews, lawyers or public complaints"),
        Intent("no_hard_feelings", "friendly", "parting on good terms, not burning bridges"),
        # helpful
        Intent("data_export", "helpful", "handing over the client's data, exports, backups"),
        Intent("provider_handover", "helpful", "working with the new provider before the end date"),
        Intent("cut_off_early", "helpful", "the temptation to switch off, revoke or delete early"),
        Intent("no_new_provider", "helpful", "the client has not found a new provider yet"),
        Intent("credentials_handover", "helpful", "passwords, admin accounts, domains, licences"),
        Intent("support_request", "helpful", "an ordinary support request during the notice period"),
        # done
        Intent("after_end_request", "done", "a support request after support has ended"),
        Intent("provider_config_question", "done", "the new provider asks how things were set up"),
        Intent("loose_ends", "done", "closing out: our access, agents, licences, final invoice"),
        # out of scope
        Intent("greeting", None, "hello, thanks, small talk"),
        Intent("unrelated_staff", None, "ordinary work questions that are not about offboarding", staff_only=True),
    )
}

# Classifier labels answered as another intent: trained apart because they are a different kind
# of text (CLINC150's everyday assistant requests; a client's questions about our firm that have
# nothing to do with leaving it), answered the same way.
ALIASES = {"general_assistant": "unrelated_staff", "unrelated_client": "unrelated_staff"}

# Once a client's support has ended, requests for help are answered as "done"
# (and there is nothing left to announce: what remains is saying support has
# ended); before then, requests phrased as after-the-end are still supported.
ENDED_PHASE_INTENT = {
    "announce_decision": "after_end_request",
    "notice_wording": "after_end_request",
    "provider_handover": "provider_config_question",
    "no_new_provider": "after_end_request",
    # Not data_export or credentials_handover: what the client owns (its data, backups, archives,
    # domain, tenant admin, keys) is theirs whatever the date; holding it back would be spite, so it
    # keeps the handover's wording, and the reply policy hands it to a person.
    "support_request": "after_end_request",
    "cut_off_early": "loose_ends",
}
# A client we are not offboarding has no notice period: its ordinary tickets are everyday business
# for the help desk, not a principle of ending (the bot stays quiet for such clients anyway).
ACTIVE_PHASE_INTENT = {
    "support_request": "unrelated_staff",
    "after_end_request": "unrelated_staff",
}
TRANSITION_PHASE_INTENT = {
    "after_end_request": "support_request",
    "provider_config_question": "provider_handover",
}


def intent_for_phase(intent: str, phase: str | None) -> str:
    """The intent as it should be answered given the client's phase."""
    intent = ALIASES.get(intent, intent)
    if phase == "ended":
        return ENDED_PHASE_INTENT.get(intent, intent)
    if phase == "transition":
        return TRANSITION_PHASE_INTENT.get(intent, intent)
    if phase == "active":
        return ACTIVE_PHASE_INTENT.get(intent, intent)
    return intent


# While support runs, closing out (our access, agents, the final invoice) is still part of the handover
# ("helpful"). The wording and the reply policy keep the intent itself: only its principle follows the
# phase. (Once support has ended, what the client owns keeps its handover wording: see ENDED_PHASE_INTENT.)
PHASE_PRINCIPLE = {("transition", "done"): "helpful"}


def principle_in_phase(intent: str, phase: str | None, audience: str = "staff") -> str | None:
    """The principle a message of this intent serves, given the client's phase. A client we are not
    offboarding writes about everyday business, never about an ending: no principle."""
    if audience == "client" and phase == "active":
        return None
    principle = INTENTS[intent_for_phase(intent, phase)].principle
    if audience == "client" and phase == "ended" and principle == "helpful":
        # An ex-client asking for what is theirs is a loose end of the parting: principle 5 ("leave no loose
        # ends"), as every fresh blind writer labels it. Its wording and the reply policy stay the handover's.
        return "done"
    return PHASE_PRINCIPLE.get((phase, principle), principle)


def principle_of(intent: str) -> str | None:
    return INTENTS[ALIASES.get(intent, intent)].principle
