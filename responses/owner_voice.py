"""A draft the account owner sends in their own name: "I'll come back to you", signed by them.

Client wording speaks for the firm and names the owner in the third person ("Priya Shah, who looks after
your account, will come back to you"). That reads well from the bot, but a hand-off draft is copied and
sent by the owner, and a letter that speaks of its own signer as someone else reads as a form. Each known
phrasing is turned into the first person; when any mention of the owner is left that no rule covers, the
draft keeps the team's voice, so a half-converted letter never goes out.
"""
from __future__ import annotations

import re

_TEAM_SIGNATURE = re.compile(r"\n(Kind regards|Best regards|Many thanks|Yours sincerely|Yours faithfully),\nThe [^\n]+ team\s*$")


def _rules(owner: str) -> list[tuple[re.Pattern, str]]:
    full, first = re.escape(owner), re.escape(owner.split()[0])
    name = rf"(?:{full}|{first})"
    looks_after = r",\s+who\s+looks\s+after\s+(?:your|[\w&.' -]+?'s?)\s+account,"
    return [
        (re.compile(rf"We've passed your message on to {name}, who will be in touch with you directly\."),
         "I'll be in touch with you directly."),
        (re.compile(rf"\b{name} looks after your account and is\b"), "I look after your account and am"),
        (re.compile(rf"\b{name} looks after your account"), "I look after your account"),
        # (mid-sentence, after a comma, "I'll" alone reads on: "If something is missing, I'll check and send it")
        (re.compile(rf"(?<![,;:]\s)\b{name}, who looks after ([\w&.' -]+?'s?) account, will\b"), r"I look after \1 account and will"),
        (re.compile(rf"\b{name}{looks_after} will\b"), "I'll"),
        (re.compile(rf"\b{name}{looks_after} is\b"), "I'm"),
        (re.compile(rf"\b{name}{looks_after} can\b"), "I can"),
        (re.compile(rf"\b{name} will\b"), "I'll"),
        (re.compile(rf"\b{name} is\b"), "I'm"),
        (re.compile(rf"\b{name} can\b"), "I can"),
        (re.compile(rf"\b{name} has\b"), "I have"),
        # ("reply to this message, and we'll pass them to Priya Shah, who looks after your account": she has them then)
        (re.compile(rf",? and we'll pass them to {name}(?:, who looks after your account)?"), ""),
        # ("just reply and we'll arrange a call with Priya Shah, ...": not "a call with me")
        (re.compile(rf"\bwe'll arrange a call with {name}(?:, who looks after your account)?"), "I'll arrange a call"),
        (re.compile(rf"\bwe've passed your message (?:on )?to {name}(?:, who looks after your account)?(?=[.;,])"),
         "I've read your message myself"),
        (re.compile(rf"\b(to|with|ask|contact|call|email|from) {name}, who looks after your account\b"), r"\1 me"),
        (re.compile(rf"\b(to|with|ask|contact|call|email|from) {name}\b(?!'s)"), r"\1 me"),
        (re.compile(rf"\b{name}(?:'s|\u2019s)"), "my"),
    ]


def in_owner_voice(letter: str, owner: str, company: str, still_here_asked: bool = False) -> str:
    """The letter as the owner would send it: first person, signed with their name and the firm's; the letter
    unchanged when it isn't signed by the team or speaks of the owner in a way no rule turns. A client who asked
    whether the owner is still there ("is priya still around?") hears that first."""
    signed = _TEAM_SIGNATURE.search(letter)
    if not owner.strip() or not signed:
        return letter
    body = letter[:signed.start()]
    for pattern, first_person in _rules(owner):
        body = pattern.sub(first_person, body)
    if re.search(rf"\b{re.escape(owner.split()[0])}\b", body):
        return letter
    if still_here_asked and "\n\n" in body:
        greeting, rest = body.split("\n\n", 1)
        body = f"{greeting}\n\nYes, I'm still here. {rest}"
    return f"{body}\n{signed.group(1)},\n{owner}\n{company}"
