"""Who signs a staff script, and in what voice: worked out once from the request.

The colleague who asks is the one who sends it, so it is signed in their name: a script under the account owner's
name, sent by someone else, is edited before it goes. A colleague named as the sender ("for Priya to send", "Tom wants
a reply"), a name asked for ("signed by Priya Shah, Account Manager", "sign it 'The Support Team'") or a template for
anyone ("[your name]") changes that; a chat post shows who posted it, so it carries a name only when one is asked for.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from intents import cues, staff_cues

SPOKEN_OR_TEXTED = ("voicemail", "spoken", "sms", "points")   # (talking points are said by whoever asks)


@dataclass(frozen=True)
class Signer:
    signed_by: str      # the name under the script ("" for the firm's signer)
    as_the_team: bool   # "sign it from the team": the firm, whoever asked
    named: bool         # a name was asked for or a colleague sends it (a public reply names a person only then)
    on_behalf_of: str   # "a voicemail ... on behalf of Priya": the caller says for whom


def signer_for(own: str, sender: str, shape: str, account_owner: str, template: bool,
               colleagues: tuple[str, ...], in_full: Callable[[str], str], written_to_asker: bool = False) -> Signer:
    """`own` is the colleague's request without any pasted message; `sender` their name as the platform gives it;
    `shape` the script's form ("chat", "voicemail", ...); `in_full` turns a colleague's first name into the full name on
    record ("" when none); `written_to_asker` when the client's message pasted in greets the one asking by name ("Hi
    Sam, ..."), who answers it themselves."""
    asker = staff_cues.speaker_named(own) or sender   # ("Tom here ... Signed by me": Tom, whatever the sender field says)
    colleague = staff_cues.colleague_sends(own, colleagues)
    if colleague and cues.is_away(own, colleague):
        colleague = ""   # ("Priya's off today. What do I say if he rings again?": said by the one asking)
    me = colleague or asker   # ("Sam here ... Priya will sign it": Priya)
    if account_owner and not colleague and shape not in SPOKEN_OR_TEXTED and not staff_cues.sent_by_the_asker(own) \
            and not written_to_asker \
            and not cues.is_away(own, account_owner) and staff_cues.file_note_asked(own) is None \
            and not (staff_cues.for_internal_use(own) or staff_cues.words_for_the_team(own)):
        # words to the client on an account someone owns go out under the owner's name (issue 11: "signed by the
        # account owner when known"), unless the one asking says they send it themselves
        me = account_owner
    if shape == "chat" and not colleague:
        me = ""
    said = shape in SPOKEN_OR_TEXTED
    behalf = staff_cues.on_behalf_of(own, colleagues) if said else ""
    if behalf and colleague == behalf:
        me = asker   # ("leave it on behalf of Priya": said by the one asking)
    on_behalf_of = (in_full(behalf) or behalf) if behalf and me.split(" ")[0] != behalf else ""
    if said:
        me = me.split(" ")[0]   # "Hi, this is Sam from Northwind IT", "- Sam, Northwind IT": said or texted
    asked_for = staff_cues.signed_by(own)
    role = staff_cues.signer_role(own)
    if role and not asked_for:
        # ("signed by our MD": a blank for the name no record holds; "by whoever owns the account": the owner on record)
        asked_for = (account_owner or "[account owner's name]") if role == "owner" else f"[{role}'s name]\n{role}"
    jointly = staff_cues.signed_jointly(own)
    if jointly and asker and not said:
        asked_for = f"{in_full(jointly) or jointly} and {asker}"   # ("sign off from Priya and me": both names)
    if not asked_for and asker and staff_cues.signs_as_me(own) and shape == "chat":
        asked_for = asker   # ("sign it from me": the one asking, named under a chat post too)
    as_the_team = staff_cues.signs_as_the_team(own) and not asked_for
    signed_by = asked_for or ("" if as_the_team else me)
    if account_owner and signed_by == account_owner.split(" ")[0] and not said:
        signed_by = account_owner   # "signed by Priya", "Priya wants a short no": in full
    elif sender and signed_by == sender.split(" ")[0] and not said:
        signed_by = sender   # "I'm signing as Sam": Sam Taylor, as the sender field has it
    elif signed_by and " " not in signed_by and not said:
        signed_by = in_full(signed_by) or signed_by   # ("Sign it from Priya" on a client she doesn't own: in full)
    if account_owner and (staff_cues.wants_letter_layout(own) or staff_cues.asks_who_signs_for_us(own)
                          and not cues.is_away(own, account_owner)) \
            and not (asked_for or colleague or as_the_team or said or staff_cues.signs_as_me(own)):
        # (a formal letter on the account is the account owner's to sign, unless staff say; "who should sign it?" is
        # answered by signing it so)
        signed_by = account_owner
    if template and staff_cues.wants_template(own) and not (asked_for or colleague or as_the_team):
        signed_by = "[your name]"   # a canned reply anyone on the team sends: theirs to sign
    return Signer(signed_by, as_the_team, bool(asked_for or colleague), on_behalf_of)
