"""The reply policy (responses/policy.toml): what happens to a client's message, by kind and phase.

The file is the one place the policy is written; this module reads it, checks it, and
answers two questions for the core: what to do (reply, decline, handoff) and with which
wording. Staff coaching follows the same wording choice, so what staff are taught and
what clients are told never disagree.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

POLICY_FILE = Path(__file__).parent / "policy.toml"
REPLY, DECLINE, HANDOFF, QUIET = "reply", "decline", "handoff", "quiet"
ACTIONS = (REPLY, DECLINE, HANDOFF, QUIET)
PHASES = ("transition", "ended")
# An active client is not being offboarded: the bot never answers them, and by default nobody is paged (the
# normal help desk has the conversation). A kind may say `active = "handoff"` when a person must still hear of it.
ACTIVE = "active"
ACTIVE_ACTIONS = (HANDOFF, QUIET)
# "written_reason": the reason's details in words, not only its category.
FACTS = ("reason", "written_reason", "end_date", "new_provider", "account_owner")
# How a reply (or decline) to this kind of message leaves the bot, when set for it: sent at once,
# drafted for a person to approve, or drafted for learning only. Unset: the firm's mode (bot/drafts.py).
MODES = ("auto", "approve", "shadow")
DECLINE_WORDING = "after_end_request"


class PolicyError(ValueError):
    """The policy file is malformed; the message says where."""


@dataclass(frozen=True)
class Rule:
    action: str
    wording: str          # the intent whose wording answers
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    rules: dict[tuple[str, str], Rule]
    about: dict[str, str]
    modes: dict[str, str] = field(default_factory=dict)   # kind of message -> auto / approve / shadow

    def rule(self, intent: str, phase: str | None) -> Rule | None:
        return self.rules.get((intent, phase))

    def wording(self, intent: str, phase: str | None) -> str:
        """The intent whose wording answers this one in this phase (itself when no rule says otherwise)."""
        rule = self.rule(intent, phase)
        return rule.wording if rule else intent

    def kinds(self) -> list[str]:
        return list(self.about)


def _rule(intent: str, phase: str, value, needs: tuple[str, ...]) -> Rule:
    if isinstance(value, str):
        value = {"action": value}
    if not isinstance(value, dict) or value.get("action") not in ACTIONS:
        raise PolicyError(f"[{intent}] {phase}: the action must be one of {', '.join(ACTIONS)}")
    unknown = set(value) - {"action", "as"}
    if unknown:
        raise PolicyError(f"[{intent}] {phase}: unknown key(s) {', '.join(sorted(unknown))}")
    default = DECLINE_WORDING if value["action"] == DECLINE else intent
    return Rule(value["action"], value.get("as") or default, needs)


def parse(text: str) -> Policy:
    data = tomllib.loads(text)
    rules, about, modes = {}, {}, {}
    for intent, section in data.items():
        if not isinstance(section, dict):
            raise PolicyError(f"{intent!r} must be a section ([{intent}])")
        needs = tuple(section.get("needs", ()))
        if set(needs) - set(FACTS):
            raise PolicyError(f"[{intent}] needs: facts must be among {', '.join(FACTS)}")
        about[intent] = section.get("about", "")
        if "mode" in section:
            if section["mode"] not in MODES:
                raise PolicyError(f"[{intent}] mode must be one of {', '.join(MODES)}")
            modes[intent] = section["mode"]
        unknown = set(section) - {"about", "needs", "mode", ACTIVE, *PHASES}
        if unknown:
            raise PolicyError(f"[{intent}]: unknown key(s) {', '.join(sorted(unknown))}")
        for phase in PHASES:
            if phase not in section:
                raise PolicyError(f"[{intent}] says nothing for phase {phase!r}")
            rules[(intent, phase)] = _rule(intent, phase, section[phase], needs)
        active = section.get(ACTIVE, QUIET)
        if active not in ACTIVE_ACTIONS:
            raise PolicyError(f"[{intent}] active: the bot never answers an active client, so the action must be "
                              f"one of {', '.join(ACTIVE_ACTIONS)}")
        rules[(intent, ACTIVE)] = Rule(active, intent)
    return Policy(rules, about, modes)


@lru_cache(maxsize=1)
def load() -> Policy:
    return parse(POLICY_FILE.read_text(encoding="utf-8"))


def table(policy: Policy | None = None) -> str:
    """The policy as a Markdown table, for the README and `python app.py policy`."""
    policy = policy or load()
    lines = ["| message | active | transition | ended | needs | mode |", "| --- | --- | --- | --- | --- | --- |"]
    for intent, about in policy.about.items():
        cells = [policy.rule(intent, ACTIVE).action]
        for phase in PHASES:
            rule = policy.rule(intent, phase)
            shown = rule.action
            default = DECLINE_WORDING if rule.action == DECLINE else intent
            if rule.wording != default:
                shown += f" (as {rule.wording})"
            cells.append(shown)
        needs = ", ".join(policy.rule(intent, "transition").needs) or ""
        mode = policy.modes.get(intent, "")
        lines.append(f"| `{intent}`: {about} | {' | '.join(cells)} | {needs} | {mode} |")
    return "\n".join(lines)
