"""Who the words are for: our own team or records, a colleague by name, a manager, the public, or every
client in its notice at once."""
from __future__ import annotations

import re

from intents.staff_cues.pasted import unquoted
from intents.staff_cues.words import TRAILING_COURTESY


# A question for our own records or team, not for a message to the client.
_INTERNAL = re.compile(
    # ("a reply for the review site": a public review, answered in public)
    r"\bfor\s+(?:our|the|my)\s+(?:own\s+)?(?:records|notes|file|files|crm|wiki|report|review(?!\s+(?:site|page|platform))|post-?mortem|"
    r"retro|board)\b|"
    r"\bfor\s+(?:our|the|my)\s+(?:account|client|quarterly)\s+review\b|"   # ("for the account review doc")
    r"\bcrm\s+(?:\w+\s+)?(?:note|entry|record|update)\b|"
    r"\b(?:writing|write)\s+(?:up\s+)?(?:a|an|the|our)\s+(?:internal\s+)?(?:review|report|summary|post-?mortem|retro|"
    r"case\s+study|note)\b(?!\s+(?:back\s+)?(?:to|for)\b|\s+from\s+[^.?!]{1,30}?\s+to\b|"
    r"\s+(?:introducing|asking|telling|inviting|welcoming|thanking|confirming|reminding)\b|"
    # ("Write a note I can send to Castle Tech": for them, not for us)
    r"\s+(?:(?:that\s+)?(?:i|we)\s+can\s+|to\s+)(?:send|give|forward|e-?mail|post|pass\s+on)\b)|\binternal(?:ly)?\s+(?:(?:status|handover|progress)\s+)?(?:only|note|review|report|summary|update|write-?up|doc\w*)\b|"
    r"\bfor\s+the\s+(?:\w+\s+)?(?:client\s+)?(?:file|folder)\b|"
    # "Announcement to our internal all-staff list that we're ending things with Hooli"
    r"\ball[\s-]+(?:staff|hands|company)\s+(?:list|e-?mail|announcement|channel|mailing\s+list|meeting|update|call)\b|"
    r"\bcompany[\s-]+wide\b|\b(?:to|on|for)\s+(?:our|the)\s+internal\s+(?:\w+\s+)?(?:list|mailing\s+list|channel|newsletter|intranet)\b|\b(?:onboarding|wiki|handbook|training)\s+doc\w*\b|\bfor\s+(?:the|our)\s+team'?s?\s+"
    r"(?:notes|records|doc\w*|wiki)\b|\b(?:note|message|msg|post|email|summary|update|heads[\s-]up|brief\w*|slack|teams|dm)\s+(?:to|for)\s+(?:our|my|the)\s+"
    r"(?:own\s+)?(?:internal\s+)?(?:billing|finance|accounts|legal|lawyers?|solicitors?|manager|line\s+manager|boss|team|team\s+lead|supervisor|"
    r"director|ceo|md|colleagues?|board|techs?|engineers?|staff|help\s*desk|service\s+desk)\b|\b(?:tell|brief|inform|update|warn)\s+(?:my|our|the)\s+(?:own\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:team|techs?|"
    r"engineers?|staff|help\s*desk|service\s+desk|colleagues)\b",
    re.I)


def for_internal_use(text: str) -> bool:
    """Staff want the facts for our own records or team, with nothing to send the client."""
    if re.search(r"\bletter(?:head)?\b", text, re.I) and not re.search(r"\binternal\b", text, re.I):
        return False   # "formal letter for the file confirming termination": the letter to them, a copy kept
    return bool(_INTERNAL.search(unquoted(text)))   # (the client's words quoted are theirs: "I'm writing a review ...")


# Words for each of several clients ("separate short email for each", "a reminder for acme and one for hooli").
_FOR_EACH = re.compile(r"\b(?:for|to)\s+each\b|\beach\s+of\s+(?:them|the\s+two|those)\b|\bone\s+(?:each|per\s+client)\b|"
                       # "(one message each)", "a post apiece"
                       r"\bone\s+(?:e-?mail|message|msg|note|text|letter|post|notice|version)\s+(?:each|apiece|per\s+(?:client|channel))\b|"
                       r"\bseparate\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|messages?|notes?|texts?|letters?|posts?|versions?)\b|"
                       r"\bseparately\b|\band\s+(?:another|one)\s+(?:for|to)\s+\w+|\bfor\s+both\b", re.I)


# Words for our team about every client we're letting go ("3 bullets on offboardings for Monday standup").
_ALL_OFFBOARDINGS = re.compile(r"\b(?:where|how)\s+(?:every|each|all(?:\s+the|\s+our)?|our)\s+(?:client\s+)?offboardings?\s+(?:stands?|is|are)\b|"   # ("where every offboarding stands")
                               # "one paragraph summary of every offboarding we've got going on"
                               # "what offboarding deadlines do we have before the xmas shutdown?"
                               r"\b(?:what|which|all(?:\s+the|\s+our)?|our)\s+(?:upcoming\s+)?offboarding\s+(?:deadlines|dates|due\s+dates)\b|"
                               r"\b(?:every|each)\s+(?:client\s+)?offboarding\s+(?:we'?ve|we\s+have|we'?re|going\s+on|in\s+progress|underway)\b|"
                               # "tickets from our leaving/left clients"
                               r"\b(?:leaving|departing|outgoing)\s*(?:/|or|and|&)\s*(?:left|gone|departed|former|ended)\s+clients\b|"
                               # "where we are with each client that's leaving"
                               # "the two offboardings still running"
                               r"\b(?:the|our)\s+(?:two|three|four|2|3|4)\s+(?:client\s+)?(?:offboardings|exits|departures)\b|"
                               r"\b(?:each|every|all(?:\s+the)?)\s+clients?\s+(?:that'?s|that\s+(?:is|are)|who'?s|who\s+(?:is|are)|we'?re)\s+"
                               r"(?:leaving|going|offboarding|on\s+(?:the\s+)?way\s+out)\b|"
                               r"\b(?:on|about|for|covering|with|of)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?:current\s+)?"
                               r"(?:offboardings|exits|departures)\b|\ball\s+(?:the\s+|our\s+)?(?:current\s+)?offboardings\b|\b(?:which|what|our|all\s+(?:the\s+|our\s+)?)\s+(?:of\s+(?:the|our)\s+)?"
                               r"(?:offboarding|offboarded|departing|leaving|exiting)\s+clients\b|"
                               r"(?:\b(?:every|each|all|the)\s+(?:the\s+)?|\b(?:with|on|about|of|for)\s+)clients?\s+(?:we'?re|we\s+are)\s+"
                               r"(?:offboarding|letting\s+go|parting\s+(?:ways\s+)?with|ending\s+with)\b|"   # ("where we are with clients we're parting with")
                               # "how do I tell the whole team we're parting ways with these clients?"
                               r"\b(?:parting\s+(?:ways\s+)?with|letting\s+go\s+of|ending\s+(?:things\s+)?with|offboarding)\s+(?:these|those|all\s+(?:these|those|our))\s+clients\b|"
                               # "announcing who we're offboarding and the dates"
                               # "a quick status roundup for the ops channel: who's leaving, who's already gone"
                               r"\bwho(?:'s|\s+is)\s+leaving\b[^.?!]{0,30}\bwho(?:'s|\s+is|\s+has)\s+(?:already\s+)?(?:gone|left)\b|"
                               # "which ex-clients to politely decline and which are still fully supported till their last day"
                               r"\bwhich\s+(?:ex-?clients|former\s+clients|clients)\b[^.?!]{0,60}\bwhich\s+(?:ones\s+)?(?:are|is)\s+still\b|"
                               r"\b(?:who|which\s+clients?|every(?:one|body)|every\s+client|all\s+(?:the\s+)?clients)\s+we'?re\s+(?:offboarding|letting\s+go|dropping|"
                               r"parting\s+(?:ways\s+)?with)\b|"
                               # "which client offboardings are still running", "what's ending this month"
                               r"\b(?:which|what)\s+(?:client\s+)?offboardings\s+(?:are\s+)?(?:still\s+)?(?:running|open|going|in\s+progress|"
                               r"live|on)\b|\bwhat(?:'s|\s+is)\s+ending\s+(?:this|next)\s+month\b|"
                               # "so nobody accidentally does work for clients we've let go"
                               r"\bclients\s+(?:we'?ve|we\s+have)\s+(?:let\s+go|dropped|offboarded|parted\s+(?:ways\s+)?with|ended\s+with|"
                               r"stopped\s+supporting)\b|"
                               # "who's currently in offboarding + end dates"
                               r"\bwho(?:'s|\s+is)\s+(?:currently\s+|now\s+|still\s+)?in\s+offboarding\b|"
                               # "an #all-hands post ... that also flags the two offboarding end dates"
                               r"\b(?:the|our)\s+(?:two|three|four|both|all)\s+(?:offboarding|offboarded|departing|leaving)\b|"
                               # "telling the team which clients are leaving and when"
                               r"\bwhich\s+clients\s+(?:are\s+)?(?:leaving|going|ending|offboarding|winding\s+down|(?:wrapping|winding)\s+up|"
                               r"on\s+their\s+way\s+out)\b|"
                               r"\bwhich\s+clients\s+(?:are\s+we|we'?re|we\s+are)\s+(?:offboarding|letting\s+go|dropping|parting\s+with|"
                               r"winding\s+down|wrapping\s+up|ending\s+with)\b|"
                               # "about the Christmas closure and which offboarding deadlines fall around it"
                               r"\bwhich\s+(?:offboarding|client)\s+(?:deadlines|dates|last\s+days|end\s+dates)\b|"
                               # "what's ending, with whom, and when", "each leaving client, last day, ..."
                               r"\bwhat'?s\s+ending,?\s+with\s+(?:whom|which\s+clients)\b|\bwhich\s+clients\s+are\s+(?:(?:currently|now)\s+)?(?:in|being)\s+offboard\w*|"
                               # "so everyone knows which offboardings are live and the key dates"
                               r"\bwhich\s+offboardings\b|\boffboardings\s+(?:are\s+)?(?:live|open|running|in\s+progress|current|on)\b|"
                               # "which clients are we NOT supporting anymore", "the clients we no longer support"
                               r"\bwhich\s+clients\s+(?:are\s+we|we'?re|do\s+we)\s+(?:not|no\s+longer)\s+(?:supporting|support)\b|"
                               r"\bclients\s+we\s+(?:no\s+longer|don'?t|aren'?t)\s+(?:support|supporting)\b|"
                               # "don't pick up work for ex-clients. Which ones are ended and since when?"
                               r"\bwork\s+for\s+(?:our\s+)?(?:ex-?|former\s+)clients\b|"
                               # "which clients we DON'T pick up tickets for anymore"
                               r"\bwhich\s+clients\s+(?:we|we'?re|to)\s+(?:do\s+not|don'?t|no\s+longer|not|won'?t|shouldn'?t)\s+"
                               r"(?:\w+\s+){0,3}?(?:support\w*|help\w*|tickets?|calls?|work\w*)\b|"
                               # "listing which clients are in transition and the dates that matter"
                               r"\bwhich\s+clients\s+are\s+(?:(?:currently|now|still)\s+)?in\s+(?:transition|(?:their\s+)?notice)\b|\b(?:each|every)\s+(?:leaving|departing|offboarding|outgoing)\s+"
                               r"client\b|"
                               # "so nobody picks up tickets for clients we're leaving"
                               r"\bclients\s+(?:we'?re|we\s+are)\s+(?:leaving|dropping|letting\s+go|ending\s+with|parting\s+(?:ways\s+)?with)\b|"
                               # "where we are with the clients that are leaving"
                               r"\b(?:the|our)\s+clients\s+(?:that|who)\s+are\s+(?:leaving|going|offboarding|ending|on\s+their\s+way\s+out)\b|"
                               # "Teams post for the whole company: who's leaving us and key dates"
                               r"\bwho(?:'s|\s+is|\s+are)\s+leaving(?:\s+us)?\b|"
                               # "who's ending when, so nobody gets caught out"
                               r"\bwho(?:'s|\s+is|\s+are)?\s+(?:ending|ends|finishing|finishes|going|goes|leaving|leaves)\s+when\b",
                               re.I)

_FOR_OUR_TEAM = re.compile(r"\b(?:stand-?up|huddle|all[\s-]hands|all[\s-]staff|internal\s+team|(?:slack|teams)\s+(?:post|msg|message)|engineers|sys\s?admins|whole\s+company|company[\s-]wide|team\s+(?:meeting|call|post|update)|channel|techs|leadership|management|"
                           r"help\s*desk\s+team|service\s*desk|summary\s+table|internal|"
                           r"status\s+(?:summary|update|report)|(?:monday|weekly|morning|friday|board)\s+(?:update|meeting|report))\b|"
                           r"(?<![\w&])#[\w-]+",
                           re.I)


# Words for every client still in its notice ("a polite over-Christmas notice for the clients we're transitioning out").
_OUR_LEAVING_CLIENTS = re.compile(r"\bclients\s+(?:we'?re|we\s+are)\s+(?:transitioning|offboarding|letting\s+go|parting\s+(?:ways\s+)?"
                                  r"with|ending\s+with|winding\s+down)|\bclients\s+(?:still\s+)?(?:in\s+(?:transition|notice|their\s+notice)|"
                                  r"being\s+offboarded)\b|\b(?:offboarding|departing|leaving|transitioning|outgoing)\s+"
                                  r"clients\b", re.I)


def for_clients_in_notice(text: str) -> bool:
    return bool(_OUR_LEAVING_CLIENTS.search(text))


# Only the clients still in their notice ("listing which clients are in transition"), not those already gone.
_IN_NOTICE_ONLY = re.compile(r"\b(?:in\s+transition|in\s+(?:their\s+)?notice(?:\s+period)?|still\s+supported|still\s+with\s+us|"
                             r"(?:offboardings|exits)\s+(?:are\s+)?still\s+(?:running|going|open)|"   # ("the two offboardings still running")

                             r"(?:are\s+)?(?:live|in\s+progress|ongoing|under\s+way))\b", re.I)


# Only the clients whose support has ended ("which clients are we NOT supporting anymore").
_ENDED_ONLY = re.compile(r"\b(?:not|no\s+longer|don'?t|aren'?t)\s+(?:supporting|support)\w*\b|\bsupport\s+(?:has\s+)?ended\b|"
                         r"\balready\s+(?:gone|left|ended)\b|"
                         r"\b(?:do\s+not|don'?t|no\s+longer|won'?t)\s+(?:pick\s+up|take|answer|log|work)\s+(?:\w+\s+)?(?:tickets?|calls?|work)\b|"
                         # "... work for ex-clients. Which ones are ended and since when?"
                         r"\bex-?clients\b|\bwhich\s+(?:ones|clients)\s+(?:are|have)\s+(?:ended|gone|left)\b", re.I)


def only_those_ended(text: str) -> bool:
    # ("which clients are winding down vs already gone": both kinds, set against each other)
    both = re.search(r"\b(?:winding\s+down|leaving|in\s+notice|in\s+transition|on\s+(?:their\s+)?way\s+out)\b[^.?!]{0,20}"
                     r"\b(?:vs\.?|versus|and|or|/)\s+(?:those\s+|the\s+ones\s+)?(?:already\s+)?(?:gone|left|ended)\b|"
                     # ("which ex-clients to politely decline and which are still fully supported": the supported ones too)
                     r"\bwhich\s+(?:ones\s+)?(?:are|is)\s+still\s+(?:fully\s+)?(?:supported|with\s+us|clients?)\b", text, re.I)
    return bool(_ENDED_ONLY.search(text)) and not both


def only_those_in_notice(text: str) -> bool:
    return bool(_IN_NOTICE_ONLY.search(text)) and not re.search(r"\b(?:ended|gone|left|former|ex-?clients?)\b", text, re.I)


def roundup_for_the_team(text: str) -> bool:
    # (a summary of them all is ours whoever reads it: "one paragraph summary of every offboarding we've got going on")
    # ("a handover note to me covering her offboarding accounts": one colleague's, for us)
    return bool(_ALL_OFFBOARDINGS.search(text) and (_FOR_OUR_TEAM.search(text) or _SUMMARY.search(text))
                or _OWNERS_OFFBOARDINGS.search(text))


# "Priya's off this week. Write a handover note to me covering her offboarding accounts"
_OWNERS_OFFBOARDINGS = re.compile(r"\b(?:her|his|(?-i:[A-Z][a-z]+)'s)\s+(?:offboarding|leaving|departing|outgoing)\s+"
                                  r"(?:accounts|clients|customers)\b|"
                                  # "a quick internal note on where her two accounts stand", "a status note on her two offboardings"
                                  r"\b(?:her|his|(?-i:[A-Z][a-z]+)'s)\s+(?:two|three|four|2|3|4)\s+(?:offboardings|accounts|clients|"
                                  r"customers)\b", re.I)


def whose_offboardings(text: str, owner_first_names: tuple[str, ...]) -> str:
    """The colleague whose offboarding accounts are asked about ("Priya's off. A note covering her offboarding
    accounts"), by first name as the record has it; "" when none is."""
    if not _OWNERS_OFFBOARDINGS.search(text):
        return ""
    return next((name for name in owner_first_names if re.search(rf"\b{re.escape(name)}\b", text, re.I)), "")


_SUMMARY = re.compile(r"\b(?:summar(?:y|i[sz]\w*)|overview|round-?up|status\s+(?:update|report))\b", re.I)


def one_for_each(text: str) -> bool:
    return bool(_FOR_EACH.search(text))


# Words wanted for our own team ("a Slack message to my team", "how do I tell my techs"), not for records or billing.
_FOR_THE_TEAM = re.compile(r"\binternal\s+(?:reminder|notice|note|post|message|memo)\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:techs?|team|"
                           r"engineers?|staff|help\s*desk|service\s*desk)\b|"
                           # "Short note to the sysadmins: what to remove for Globex"
                           r"\b(?:note|message|msg|memo|post|email|reminder|checklist|list)\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:on-?call\s+)?(?:sys\s?admins|admins|techs|"
                           r"engineers|engineering(?:\s+team)?|tech\s+team|ops\s+team|support\s+team|help\s*desk(?:\s+team)?|service\s*desk)\b|"
                           # "a few lines for the help desk to read off if Globex or Vandelay ring in"
                           r"\b(?:lines?|script|words)\s+for\s+(?:the|our)\s+(?:on-?call\s+)?(?:help\s*desk|service\s*desk|techs?|engineers?|front\s+desk|"
                           r"reception)\b|"
                           # "a Teams post reminding everyone NOT to help Globex", "one paragraph for our internal wiki"
                           r"\b(?:teams|slack)\s+(?:post|message|msg)\b[^.?!]{0,30}\b(?:everyone|everybody|all\s+staff)\b|"
                           # "Two sentences for the all-staff Teams channel"
                           r"\b(?:the|our)\s+(?:all[\s-]staff|all[\s-]hands|whole[\s-]team|company[\s-]wide)\s+(?:teams\s+|slack\s+)?"
                           r"(?:channel|chat|thread|post)\b|"
                           r"\b(?:our|the)\s+(?:internal\s+)?(?:wiki|knowledge\s*base|kb|runbook)\b|"
                           # "I'm telling the tech team that Acme and Hooli are leaving. Draft a Teams post"
                           r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:telling|letting|updating|briefing)\s+(?:the\s+|our\s+|my\s+)"
                           r"(?:tech\s+|support\s+|ops\s+|help\s*desk\s+|whole\s+)?(?:team|techs|engineers|staff)\b|"
                           # "team post: acme is leaving" (not a "Teams post": the app, said of any audience)
                           r"\bteam\s+(?:post|note|update|message|msg|announcement|heads[\s-]up)\b|"
                           # "Bullet list for the team: which of our access ... do we remove?"
                           r"\b(?:(?:bullet(?:ed)?\s+)?list|bullets|bullet\s+points)\s+for\s+(?:the|our)\s+(?:team|techs?|engineers?|"
                           r"help\s*desk|service\s*desk)\b|"
                           r"\b(?:message|msg|slack|note|post|email|update|heads[\s-]up|tell|brief|inform|warn|announc\w*|reminder|"
                           r"paragraph|summary)\b[^.?!]{0,30}"
                           r"\b(?:(?:my|our|the)\s+(?:own\s+|whole\s+|entire\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:(?:support|tech|technical|service|ops|on-?call|on\s+call|night|weekend|help\s*desk|first-?line|second-?line)\s+)?(?:team|techs?|engineers?|staff|help\s*desk|"
                           r"service\s+desk|colleagues|manager|line\s+manager|boss|team\s+lead|supervisor)|colleagues)\b|"
                           # "Teams message to techs: don't pull the RMM agents yet"
                           r"\b(?:message|msg|slack|note|post|email|update|heads[\s-]up|reminder)\s+(?:to|for)\s+(?:all\s+)?(?:techs|engineers|"
                           r"the\s+techs|all\s+staff|staff|help\s*desk|service\s+desk)\b|"
                           # a post for one of our own channels ("a slack msg for #support", "someone in #general asked")
                           r"\b(?:slack|teams|msg|message|post|note|update)\b[^.?!:]{0,20}\b(?:for|in|to|on)\s+(?:the\s+|our\s+)?#[\w-]+|"
                           r"\b(?:someone|somebody|people|colleagues?|a\s+tech|the\s+team)\s+(?:in|on)\s+#[\w-]+|"
                           r"#(?:general|random|team|staff|ops|support|helpdesk|help-desk|service-?desk|techs?|engineering|all-staff)\b|"
                           # "the all-hands post announcing we're parting ways with the bakery", "a company-wide email"
                           r"\b(?:all[\s-]hands|all[\s-]staff|company[\s-]wide|staff[\s-]wide|internal)\s+(?:\w+\s+)?"
                           r"(?:post|message|msg|note|email|update|announcement)\b|"
                           # "the Acme announcement for our team channel", "a post for the staff chat"
                           r"\b(?:for|in|on|to)\s+(?:our|the)\s+(?:team|teams|staff|internal|tech|techs'?|engineers'?|ops)\s+"
                           r"(?:channel|chat|group|thread|slack|teams)\b|"
                           # "one line for slack: are we still supporting vandelay?": our own question, answered for us
                           # (not the client's own words quoted after it: 'Acme on Teams: "can we push the end ..."')
                           r"\b(?:for|in|on)\s+(?:slack|teams)\b[^?\"\u201c]{0,40}\b(?:are|do|should|have|can)\s+we\b|"
                           # "a short note for whoever's covering the help@ inbox on what to do with those"
                           r"\bfor\s+whoever(?:'s|\s+is|\s+will\s+be)\s+(?:covering|on|minding|watching|manning|looking\s+after|picking\s+up)\b|"
                           # "3 bullets I can paste into the Globex thread to close it out internally"
                           r"\b(?:paste|post|put|drop)\b[^.?!]{0,60}\binternally\b|"
                           # "Someone on the team suggested we let Acme's backups lapse ... a Teams post shutting that down":
                           # a colleague's idea answered where it was raised
                           r"\b(?:someone|somebody|a\s+colleague|one\s+of\s+(?:us|the\s+(?:techs?|team|engineers?)|our\s+\w+))\s+"
                           r"(?:(?:on|in|from)\s+(?:the|my|our)\s+team\s+)?(?:suggested|said|proposed|reckons|thinks|wants|floated|"
                           r"asked\s+if)\b.{0,300}\b(?:(?:teams|slack|channel)\s+(?:post|message|msg)|shut(?:ting)?\s+(?:that|this|it)\s+"
                           r"down)\b|"
                           # "new tech on my team keeps fixing their stuff ... something I can send him"
                           r"\b(?:tech|technician|engineer|colleague|starter|apprentice)\b[^.?!]{0,30}\b(?:on|in)\s+(?:my|our|the)\s+team\b"
                           r".{0,120}\b(?:send|forward|give|show)\s+(?:him|her|them)\b", re.I | re.S)


# A colleague named, and the words are for him or her ("Sam on my team ... a slack dm to him", "a welcome
# slack for our new account manager").
_COLLEAGUE = re.compile(r"\b(?:on\s+(?:my|our|the)\s+team|(?:my|our)\s+(?:tech|technician|engineer|colleague)s?|tech\s+lead|"
                        # ("the boss is wobbling. write me a short note to him making the case to hold firm")
                        r"team\s+lead|new\s+(?:account\s+manager|starter|hire|tech)|colleague|(?:the|my|our)\s+(?:boss|manager|md|director))\b",
                        re.I)

_TO_THE_COLLEAGUE = re.compile(r"\b(?:dm|message|msg|reply|note|slack|teams|e-?mail|welcome)\b[^.?!]{0,30}\b(?:to|for)\s+(?:him|her)\b|"
                               r"\b(?:welcome|intro)\s+(?:slack|message|msg|note|e-?mail|post)\b", re.I)


# A report up the line: "my manager wants a quick status email", "3 bullets for tomorrow's leadership meeting".
_FOR_MANAGEMENT = re.compile(
    r"\b(?:my|our|the)\s+(?:manager|boss|line\s+manager|director|ceo|md|leadership|management|mgmt|execs?|board|partners|"
    r"ops\s+lead|owner\s+of\s+the\s+business)\b[^.?!]{0,40}\b(?:wants?|needs?|asked|asking|would\s+like)\b[^.?!]{0,30}"
    r"\b(?:status|update|summary|bullets?|report|rundown|recap|overview|briefing)\b|"
    r"\b(?:status|update|summary|bullets?|report|rundown|recap|overview|briefing|points)\b[^.?!]{0,50}\b(?:for|to|at|in)\s+"
    r"(?:my|our|the|tomorrow'?s|today'?s|this\s+week'?s|next\s+week'?s|the\s+weekly|monday'?s|friday'?s)\s+(?:\w+\s+)?"
    r"(?:manager|boss|leadership|management|mgmt|execs?|exec\s+team|board|partners|stand-?up|ops)\s*"
    r"(?:meeting|call|sync|review|update|huddle)?\b|"
    # "a ping for Priya summarising where Acme stands": the same for a colleague, named
    r"\b(?:summar(?:y|ise|ize|ising|izing)|recap|rundown|status\s+update)\b[^.?!]{0,40}\bwhere\s+"
    r"(?:things\s+|we\s+)?(?:\w+\s+){0,3}(?:stands?|are\s+at|is\s+at)\b", re.I)


_AT_OUR_MEETING = re.compile(r"\b(?:say|tell|announce|share|mention)\b[^.?!]{0,40}\b(?:at|in|during)\s+(?:the\s+|our\s+|tomorrow'?s\s+|"
                             r"today'?s\s+|this\s+week'?s\s+|monday'?s\s+|the\s+weekly\s+)?(?:team\s+)?(?:stand-?up|huddle|all[\s-]hands|"
                             r"team\s+meeting|team\s+call|morning\s+meeting)\b", re.I)


# Where clients stand, summed up for a colleague ("Slack reply to Priya: sum up where Acme and Vandelay stand").
_SUM_UP = re.compile(r"\b(?:sum(?:ming)?\s+up|summari[sz]\w*|recap\w*|round\s*up)\b[^.?!]{0,30}\bwhere\b[^.?!]{0,60}\bstands?\b|"
                     # "Write a handover note to Priya for the Acme thread while I'm off Thurs/Fri": where it stands, for her
                     r"\bhand-?over\s+note\s+(?:to|for)\s+(?-i:[A-Z])\w+\b[^.?!]{0,60}\b(?:while|when)\s+i'?m\s+(?:off|away|out|on\s+leave)\b|"
                     # "Quick DM to Priya summarising Acme Dental status": a status, summed up
                     r"\b(?:sum(?:ming)?\s+up|summari[sz]\w*|recap\w*)\s+(?:[\w&'\u2019-]+\s+){0,4}?(?:status|progress)\b|"
                     # "2-line Slack DM to Priya summing up where Acme and Vandelay are"
                     r"\b(?:sum(?:ming)?\s+up|summari[sz]\w*|recap\w*)\s+where\s+[\w&'\u2019 -]{1,50}?\s+(?:are|is)(?:\s+(?:at|now|up\s+to))?\s*[.?!]?\s*$|"
                     # "Teams message to Priya summarising where Acme's at"
                     r"\bsummari[sz]\w*\s+where\s+(?:[\w&-]+['\u2019]s|[\w&-]+\s+(?:is|are)|we(?:'re|\s+are))\s+at\b|"
                     # "Slack DM to Priya: quick status on Acme in 3 bullets max": a status, for her
                     r"\b(?:msg|message|dm|note|ping|post|update)\s+(?:to|for)\s+(?-i:[A-Z])\w+\b[^?]{0,10}\b(?:quick\s+|short\s+|brief\s+)?"
                     r"status(?:\s+update)?\s+(?:on|for|of)\b|"
                     # "teams msg to Priya: where do Acme and Vandelay stand?"
                     r"\b(?:msg|message|dm|note|ping|post|reply)\s+to\s+[A-Z]\w+\b[^?]{0,10}\bwhere\s+(?:do|does|are|is)\b[^.?!]{0,60}"
                     r"\bstands?\b|"
                     # "DM to Priya, 3 lines max: where are we with Acme"
                     r"\b(?:msg|message|dm|note|ping|post|reply|update|text)\s+(?:to|for)\s+(?-i:[A-Z])\w+\b[^?]{0,30}\bwhere\s+(?:are\s+we|"
                     r"we\s+are|we'?re|things\s+are|things\s+stand)\b|"
                     # "3 bullets for Tom on where Hooli stands", "a quick update for Priya on where Acme is at"
                     r"\b(?:bullets?|points|lines?|update|summary|note|msg|message)\b[^.?!]{0,25}?\b(?:for|to)\s+(?-i:[A-Z])\w+\s+"
                     r"(?:on|about)\s+"
                     r"where\b[^.?!]{0,40}\b(?:stands?|is\s+at|are\s+at|is\s+up\s+to)\b|"
                     # "Can you write Priya a quick status note on Acme so she's up to speed?"
                     r"\b(?:status|update|catch-?up)\s+(?:note|update|summary|msg|message)?\b[^.?!]{0,40}\b(?:up\s+to\s+speed|in\s+the\s+loop)\b|"
                     r"\b(?:write|send|give)\s+(?-i:[A-Z])\w+\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:status|update)\s+(?:note|summary|"
                     r"update|msg|message)\b|"
                     # "Write her a catch-up note on where Acme stands so she can pick it up tomorrow"
                     r"\bcatch-?up\s+(?:note|summary|msg|message|update)\b|"
                     # "Summarise Acme Dental for Priya in 5 bullets so she's up to speed"
                     r"\bsummari[sz]e\s+(?:\w+\s+){0,3}?for\s+(?-i:[A-Z])\w+\b", re.I)


# A reply to a colleague who asked us ("Junior tech pinged me: '...can I just fix their email?' Write me a Slack reply
# to him"): words for our own people, whoever the question was about.
_REPLY_TO_COLLEAGUE = re.compile(r"\b(?:junior|new|our|one\s+of\s+our|the|a)\s+(?:tech|technician|engineer|colleague|team\s*mate|"
                                 r"analyst|helpdesk\s+\w+|help\s+desk\s+\w+|starter|hire|joiner|apprentice|intern)\b[^.?!\"]{0,40}"
                                 r"\b(?:pinged|messaged|asked|slacked|dm'?d|emailed|wrote)\b[\s\S]{0,400}\b(?:reply\s+to\s+(?:him|her|them)|"
                                 # "New starter asked me what Vandelay did wrong. What should I tell him?"
                                 r"(?:tell|say\s+to|answer)\s+(?:him|her))\b|"
                                 # "2-line slack reply to a tech asking 'acme printer broke, do we still fix stuff?'"
                                 r"\breply\s+to\s+(?:a|the|our|one\s+of\s+our|my)\s+(?:new\s+|junior\s+)?(?:tech|technician|engineer|"
                                 r"colleague|team\s*mate|analyst)\b", re.I)


# A channel named after a client ("#hooli-bakery"), in a post that speaks to them ("reminding them about ... their last
# day"): the channel shared with the client, not one of ours.
_CLIENT_CHANNEL = re.compile(r"#(?![\w-]*(?:team|staff|ops|support|tech|eng|general|random|internal|dev|help|desk|all|it-|"
                             r"sales|finance|billing|accounts|office|alerts?)\b)[a-z0-9]+[-_][\w-]+", re.I)
_SPOKEN_TO = re.compile(r"\b(?:them|their)\b", re.I)


# "a note to the managers asking someone to take ownership of the Hooli offboarding": to our own managers
_TO_OUR_MANAGERS = re.compile(r"\b(?:note|message|msg|email|e-mail|post|ping|dm)\s+(?:to|for)\s+(?:the\s+|our\s+|my\s+)?(?:managers|"
                              r"management|leadership|team\s+leads|leads|heads|partners|directors)\b", re.I)


# "Legal want a formal letter to Vandelay ...": our own legal team asking for words, not a client's legal threat
_OUR_LEGAL_TEAM = re.compile(r"^\W*(?:our\s+)?legal(?:\s+team)?\s+(?:want|wants|asked|need|needs|say|says|would\s+like|have\s+asked|"
                             r"has\s+asked)\b|\bour\s+(?:legal|compliance)\s+(?:team|people|department|dept|counsel)\b", re.I)


def from_our_legal_team(text: str) -> bool:
    return bool(_OUR_LEGAL_TEAM.search(text))


def words_for_the_team(text: str) -> bool:
    if _SPOKEN_TO.search(text):
        text = _CLIENT_CHANNEL.sub("their", text)
    return bool(_FOR_THE_TEAM.search(text) or _FOR_MANAGEMENT.search(text) or _AT_OUR_MEETING.search(text)
                or _TO_OUR_MANAGERS.search(text)
                or _SUM_UP.search(text) or _REPLY_TO_COLLEAGUE.search(text)
                or _COLLEAGUE.search(text) and _TO_THE_COLLEAGUE.search(text))


def reports_up_the_line(text: str) -> bool:
    """A status report for a manager, a leadership meeting or a colleague ("Teams message to Priya: where does Acme stand
    today?"): where things stand, not words for the client."""
    return bool(_FOR_MANAGEMENT.search(text) or _SUM_UP.search(text))


# A note or summary wanted for our own use ("an internal note for the acme file"): the facts written up.
_A_NOTE = re.compile(r"\b(?:note|summary|summari[sz]e|write-?up|rundown|overview|brief|post|message|msg|update|announcement|"
                     r"announce|paragraph|version)\b", re.I)


def wants_a_note(text: str) -> bool:
    return bool(_A_NOTE.search(text))


# A department of ours ("our finance team"): a note for them is about their task, not the whole ending.
_DEPARTMENT = re.compile(r"\b(?:billing|finance|accounts|legal|lawyers?|solicitors?|payroll)\b", re.I)


def wants_a_team_note(text: str, colleagues: tuple[str, ...] = ()) -> bool:
    """Words for our own team or for a colleague named on the record (`colleagues`, e.g. the account owners'
    first names: "Teams message to Tom asking him ..."), or a note or summary for our own records (not one
    department's task)."""
    return words_for_the_team(text) or writes_to_colleague(text, colleagues) or \
        (for_internal_use(text) and wants_a_note(text) and not _DEPARTMENT.search(text))


_ASKING = re.compile(r"\basking\s+(?:(?:him|her|them)\s+)?(to|if|whether|about|for)\s+([^.?!\n]+)|"
                     r"\b(?:saying|telling\s+(?:him|her|them)|to\s+say|letting\s+(?:him|her|them)\s+know)\s+(that\s+)?([^.?!\n]+)", re.I)


# Said of the colleague in the request ("ready for her to review"), said to them in the message ("for you to review").
_TO_THEM = ((re.compile(r"\b(?:she|he)\s+(want|need|think|prefer|like|plan|expect|feel)s\b", re.I), r"you \1"),
            # (asked of them: "how does he want to handle it" -> "how do you want to handle it")
            (re.compile(r"\bdoes\s+(?:she|he)\b", re.I), "do you"), (re.compile(r"\bis\s+(?:she|he)\b", re.I), "are you"),
            (re.compile(r"\bhas\s+(?:she|he)\b", re.I), "have you"), (re.compile(r"\bwas\s+(?:she|he)\b", re.I), "were you"),
            (re.compile(r"\b(?:she|he)\s+does\b", re.I), "you do"), (re.compile(r"\b(?:she|he)\s+was\b", re.I), "you were"),
            (re.compile(r"\b(?:she|he)\s+(?:is|'s)\b", re.I), "you're"), (re.compile(r"\b(?:she|he)\s+has\b", re.I), "you have"),
            (re.compile(r"\b(?:she|he)\b", re.I), "you"),
            (re.compile(r"\b(?:her|him)(?=\s+(?:to|know|a|an|the|about|if|when|before|after|by)\b|\s*[,.;!?]|\s*$)", re.I), "you"),
            (re.compile(r"\bher\b", re.I), "your"), (re.compile(r"\bhim\b", re.I), "you"),
            (re.compile(r"\b(?:his)\b", re.I), "your"))


# "msg to Tom: BrightPath called again, ask him how he wants to handle it": the news, then the question.
_ASK_THEM = re.compile(r"[,;]?\s*\b(?:and\s+)?ask\s+(?:him|her|them)\s+(how|what|when|whether|if|which|who|to)\s+([^.?!\n]+)", re.I)


def _told(words: str) -> str:
    for pattern, said in _TO_THEM:
        words = pattern.sub(said, words)
    return words


# "What's the plan?", "How do we handle it?": a question put to the colleague, asked as it was
_PLAN_ASKED = re.compile(r"\s*(?:what'?s|what\s+is|how\s+do\s+we|how\s+should\s+we|how\s+are\s+we|who'?s|who\s+is)\b[^?]{0,60}\?\s*$",
                         re.I)


_WHAT_TO_SAY = re.compile(r"\s*what\s+(?:do|should|shall|can)\s+(?:i|we)\s+(?:tell|say\s+to|answer|reply\s+to)\s+(?:him|her|them)\b",
                          re.I)


# "Want him to know and to remind them again.": what the colleague is asked to do, past letting them know
_WANT_THEM_TO = re.compile(r"\s*(?:i\s+|we\s+)?(?:want|need|would\s+like|'d\s+like)\s+(?:him|her|them)\s+to\s+(?:know\s+and\s+(?:to\s+)?)?"
                           r"(?!know\b)([^.?!\n]{3,120})", re.I)


_DESCRIBES_THE_MESSAGE = re.compile(r"\s*(?:i\s+)?(?:need|want|write|draft|(?:a|an)\s+(?:short|quick|brief|internal)\b|"
                                    r"(?:short|quick|brief|internal)\s+(?:slack|teams|message|msg|note|dm|ping)\b)", re.I)


# "BrightPath keep messaging our techs directly about Globex", "Globex rang again": contact that keeps coming to us
_KEEPS_CONTACTING = re.compile(r"\b(?:keeps?|keep\s+on|still)\s+(?:messaging|emailing|e-mailing|calling|ringing|phoning|contacting|"
                               r"texting|pinging|chasing|asking|coming\s+to)\b|\b(?:rang|called|emailed|messaged|asked|wrote)\s+"
                               r"(?:\w+\s+)?again\b", re.I)


def reports_contact_that_keeps_coming(text: str) -> bool:
    return bool(_KEEPS_CONTACTING.search(text))


# "DM to Priya, 2 sentences: can she confirm the final invoice amount ...": what they are asked to do, after the colon
_CAN_THEY = re.compile(r":\s*(?:can|could|will|would)\s+(?:she|he|they)\s+(?:please\s+)?((?:confirm|check|send|approve|sign|review|"
                       r"look|call|ring|email|reply|let|tell|chase|update|sort|decide)\b[^.?!\n]+)", re.I)


def colleague_ask(text: str) -> str:
    """What a message to a colleague asks or tells them, in words to follow "Hi Tom, " ("asking him to confirm
    the sign-off" -> "could you confirm the sign-off?"); "" when the message says no more."""
    found = _ASKING.search(text)
    said = _SAID_AFTER_NAME.search(text)
    if found and said and found.start() > said.start(1) and not _DESCRIBES_THE_MESSAGE.match(said.group(1)):
        # "Teams message to Tom: Globex rang again asking for help": Globex asked, the message is news ("ping for Tom:
        # need a short internal slack asking him to confirm ...": what follows the name describes the message)
        found = None
    can_they = _CAN_THEY.search(text) if not found else None
    if can_they:
        return f"could you {_told(TRAILING_COURTESY.sub('', can_they.group(1).strip()))}?"
    if not found:
        asked = _ASK_THEM.search(text)
        if not asked and said:
            # "Slack to Tom: heads up, BrightPath keeps emailing support@ instead of going to him. Keep it casual":
            # the first sentence after the name is the message, said to them
            first, *rest = re.split(r"(?<=[.!?])\s+", said.group(1).strip())
            told = _told(TRAILING_COURTESY.sub("", first.rstrip(".!?")))
            # ("..., how does he want to handle it?": the news, then the question put to them, as its own sentence)
            told = re.sub(r",\s+(how|what|when|which|who|should|can|could|do|would|shall)\b",
                          lambda word: ". " + word.group(1).capitalize(), told)
            # ("... What do I tell him?": what to answer the caller, asked of the colleague; "... Want him to know and to
            # remind them again.": what they are asked to do)
            wanted = _WANT_THEM_TO.match(rest[0]) if rest else None
            question = " What would you like me to tell them?" if rest and _WHAT_TO_SAY.match(rest[0]) else \
                f" Could you {TRAILING_COURTESY.sub('', wanted.group(1)).strip().rstrip('.!?')}?" if wanted else \
                f" {_told(rest[0].strip())}" if rest and _PLAN_ASKED.match(rest[0]) else ""   # ("... What's the plan?": theirs to say)
            # ("..., can he close the loop with them": the question said to them ends as one)
            end = "?" if first.rstrip().endswith("?") or re.search(
                r"(?:^|\.\s)(?:How|What|When|Which|Who|Should|Can|Could|Do|Would|Shall|Will)\b[^.]*$", told) else "."
            return f"{told}{end}{question}" if told else ""
        news = _TOLD_THAT.search(text)
        if not asked and news:
            # "a quick Teams message to Tom that BrightPath asked about Globex's VPN config and I'm planning to decline"
            told = _told(TRAILING_COURTESY.sub("", (news.group(1) or news.group(2)).strip().rstrip(".!?")))
            if news.group(2) and told:
                return f"just a reminder: {told}."   # ("Remind Tom ... that ...": a reminder, said lightly)
            return f"{told[:1].upper()}{told[1:]}." if told else ""
        if not asked:
            return ""
        how, what = asked.group(1).lower(), _told(TRAILING_COURTESY.sub("", asked.group(2).strip()))
        question = f"Could you {what}?" if how == "to" else f"Could you let me know {how} {what}?"
        news = text[:asked.start()].rsplit(":", 1)[1].strip() if ":" in text[:asked.start()] else ""
        return f"{news[:1].upper()}{news[1:]}. {question}" if news else question[:1].lower() + question[1:]
    if found.group(3) is not None or found.group(4) is not None:
        # "saying acme's final invoice is ready for her to review" -> "acme's final invoice is ready for you to review."
        told = _told(TRAILING_COURTESY.sub("", found.group(4).strip()))
        if re.match(r"(?:what|how)\s+(?:we|I)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+plan\s+to)?\s+"
                    r"(?:say|tell|reply|answer|do|handle)\b", told, re.I):
            return ""   # ("telling him what we'll say to them": the message is ours to write, from the record)
        told = re.sub(r"^to\s+", "please ", told)   # "telling him to hold off" -> "please hold off"
        return f"{told}." if told else ""
    how, what = found.group(1).lower(), TRAILING_COURTESY.sub("", found.group(2).strip()).replace(" + ", " and ")
    # ("..., and reminding her of the deadline": the reminder is the record's, said under the question)
    what = re.sub(r",?\s+and\s+(?:also\s+)?remind(?:ing)?\s+(?:him|her|them)\s+(?:of|about|that)\b.*$", "", what, flags=re.I)
    if not what:
        return ""
    if how == "to":
        return f"could you {what}?"
    if how in ("about", "for"):
        return f"could you help me with {what}?"
    # "if I still go ahead with ..." -> "should I still go ahead with ...?"
    if re.match(r"(?:I|we)\s", what):
        what = re.sub(r"^(I|we)\s+(should|can|could|do|did|will|would|need|must|have|am|are)\b", r"\2 \1", what)   # "should I"
        return "quick check: " + re.sub(r"^(I|we)\s+(?!should|can|could|do|did|will|would|need|must|have|am|are)", r"should \1 ",
                                        what) + "?"
    # "whether Globex ever signed off the handover" -> "do you know whether Globex ever signed off the handover?"
    return f"quick check: do you know whether {what}?"


# "slack msg to ...", "a note for ...": a message to someone, whose name follows
# (the words skipped are never "to" or "for" themselves: "Email to BrightPath for Tom" is to BrightPath, on Tom's behalf)
_MESSAGE_TO = r"\b(?:message|msg|note|e-?mail|dm|slack|teams|text|ping)\w*\s+(?:(?!(?:to|for)\b)\w+\s+){0,2}?(?:to|for)\s+"


# "a Teams message to Tom that <news>": the news is the message
_TOLD_THAT = re.compile(_MESSAGE_TO + r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:saying\s+|letting\s+(?:him|her|them)\s+know\s+)?that\s+"
                        r"([^.\n]+)|"
                        # "Remind Tom in a Teams DM that BrightPath may call about Globex and he shouldn't do freebies"
                        r"\bremind\s+(?-i:[A-Z])[\w'-]*(?:\s+(?:in|by|via|over)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:dm|message|msg|note|"
                        r"post|ping|text))?\s+that\s+([^.\n]+)", re.I)


# "Slack to Tom: <what to tell him>": the words after the name are the message
_SAID_AFTER_NAME = re.compile(_MESSAGE_TO + r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s+(?:on|in|at|from|over)\s+[\w-]+)?(?:\s+for\s+me)?"
                              r"(?:\s+(?:please|pls|plz))?\s*:\s*([^\n]+)",
                              re.I)   # ("a note for Sam on nights: ...")


# "Dev wants to kill the Acme backup jobs ... Can you write him a message explaining why not?": to the one named first
_PROPOSES_THEN_WRITE_TO_THEM = (r"\s+(?:wants|is\s+going|plans|keeps|asked|suggested)\b[^\n]*?\b(?:write|draft|send)\s+(?:him|her)\s+"
                                r"(?:a|an)\s+(?:\w+\s+)?(?:message|msg|note|dm|reply)\b")


def writes_to_colleague(text: str, colleagues: tuple[str, ...]) -> bool:
    """A message written to one of `colleagues` by name ("slack msg to Priya asking if ...")."""
    names = "|".join(re.escape(name) for name in colleagues if name)
    return bool(names) and bool(re.search(
        # ("text for Tom Becker to send the Globex CEO": Tom sends it, the CEO reads it; "an email for Tom to sign": his)
        _MESSAGE_TO + rf"(?:{names})\b"
        rf"(?!'s|\s+at\b|(?:\s+[A-Z][a-z]+)?\s+to\s+(?:send|sign|use|say|read|post|forward|give)\b)|\breply\w*\s+(?:\w+\s+){{0,2}}?to\s+(?:{names})\b(?!'s|\s+at\b)|"
        rf"^\s*(?:{names})(?:\s+asked|(?:'s|\s+is)\s+asking)\s+(?:me\s+)?(?:in|on|over|via)\s+(?:slack|teams|chat|the\s+chat|dm|a\s+dm)\b|"
        # "Remind Tom in a Teams DM that BrightPath may call": the reminder goes to Tom
        rf"(?:^|[.!?]\s+)(?:please\s+)?(?:remind|tell|ask|ping|nudge|warn)\s+(?:{names})\b(?!'s)"
        rf"(?=[^.?!]{{0,30}}\b(?:dm|message|msg|note|slack|teams|text|ping|e-?mail)\b)|"
        # "DM Priya a summary of where Acme's handover is at": written to Priya
        rf"\b(?:dm|ping|slack|message|msg|e-?mail)\s+(?:{names})\b(?!'s)(?=\s+(?:a|an|the|with|about|that|to|on)\b)|"
        rf"^\s*(?:{names})" + _PROPOSES_THEN_WRITE_TO_THEM + "|"
        # "Priya's tempted. Write me a short note to her on this?": the colleague named first, then written to as her
        rf"\b(?:{names})\b[^\n]{{0,200}}?" + _MESSAGE_TO + r"(?:him|her)\b(?!\s+(?:client|customer|contact)s?\b)|"
        # "Tom's out this week. Write him a Slack note listing loose ends": written to Tom
        rf"\b(?:{names})\b[^\n]{{0,200}}?\b(?:write|draft|send|drop)\s+(?:him|her)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:note|message|msg|dm|e-?mail|line)\b|"
        # "Can you write Priya a quick internal note on ...": written to Priya
        rf"\b(?:write|draft|send|drop)\s+(?:{names})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:note|message|msg|dm|e-?mail|line)\b",
        text, re.I))


# "Draft my reply to Jake in #support": the person a reply goes to, by first name
_REPLY_TO_NAME = re.compile(r"\b(?:reply|answer|response|respond)\s+to\s+(?-i:([A-Z][a-z]{2,}))\b(?!'s)", re.I)


def reply_to_name(text: str) -> str:
    found = _REPLY_TO_NAME.search(text)
    return found.group(1) if found else ""


# "Teams message to Jamal ...": a first name after a message to someone (checked against the record's names by the caller)
_RECIPIENT = re.compile(_MESSAGE_TO + r"(?-i:([A-Z][a-z]{2,}))\b(?!'s|\s+at\b|\s+(?-i:[A-Z]))|"
                        # "Jen asked in slack "...?" reply for me": the colleague who asked is who the reply is to
                        r"^\s*(?-i:([A-Z][a-z]{2,}))\s+asked\s+(?:me\s+)?(?:in|on|over|via)\s+(?:slack|teams|chat|the\s+chat|dm)\b|"
                        # "Dev wants to kill the Acme backup jobs ... Can you write him a message explaining why not?"
                        r"^\s*(?-i:([A-Z][a-z]{2,}))" + _PROPOSES_THEN_WRITE_TO_THEM, re.I)

_NOT_A_PERSON = frozenset("the our all everyone team finance billing accounts management support sales marketing ops hr "
                          "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                          "august september october november december".split())


def recipient_named(text: str, not_people: frozenset[str] = frozenset()) -> str:
    """The first name a message is addressed to ("Teams message to Jamal"), when it is not a word of `not_people`
    (clients' and providers' names) or of a team; "" for none."""
    found = _RECIPIENT.search(text)
    name = (found.group(1) or found.group(2) or found.group(3)) if found else ""
    # (a firm named in the message, "going with 'Redwood IT'", is no colleague)
    firm = name and re.search(rf"\b{name}\s+(?-i:IT|Tech\w*|Solutions|Systems|Networks|Ltd|Inc|LLC|Group|Services|Consulting)\b",
                              text, re.I)
    return name if name and not firm and name.lower() not in _NOT_A_PERSON | not_people else ""


def names_a_colleague(text: str, colleagues: tuple[str, ...]) -> bool:
    """Any of `colleagues` named anywhere in a message ("requests go to Tom or Priya.")."""
    return any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in colleagues if name)


def colleague_named(text: str, colleagues: tuple[str, ...]) -> str:
    """Which of `colleagues` a message is written to, as named on the record; "" for none."""
    return next((name for name in colleagues if writes_to_colleague(text, (name,))), "")


def caller_asks_for(text: str, colleagues: tuple[str, ...]) -> str:
    """The colleague a client keeps ringing to speak to ("keeps ringing reception asking for Priya"), as named on the
    record; "" for none. Reception answers for them: a message taken, a call back promised."""
    for name in colleagues:
        if re.search(rf"\b(?:ring\w*|call\w*|phon\w*)\b[^.?!]{{0,40}}\basking\s+(?:for|to\s+(?:speak|talk)\s+(?:to|with))\s+"
                     rf"{re.escape(name)}\b|\basking\s+for\s+{re.escape(name)}\b[^.?!]{{0,40}}\b(?:on\s+the\s+phone|"
                     rf"calls?|rings?)\b", text, re.I):
            return name
    return ""


# A line to say in public about the ending ("quick LinkedIn-safe line I can use if anyone asks publicly why we stopped
# working with Globex"): neutral, the reason kept private.
_PUBLIC_LINE = re.compile(r"\b(?:linkedin|public(?:ly)?|in\s+public|social\s+media|socials)(?:-safe)?\b[^.?!]{0,60}\b(?:why|stopp?\w*|"
                          r"end\w*|part\w*|leav\w*|left|drop\w*)\b|\b(?:why|stopp?\w*|end\w*|part\w*)\b[^.?!]{0,60}\b(?:publicly|"
                          r"in\s+public|on\s+linkedin|on\s+social\s+media)\b", re.I)


# A post for the public about parting with clients in general ("a LinkedIn post about why an MSP sometimes lets a client
# go. No client names"): how we part ways, with nobody in it.
_PUBLIC_POST = re.compile(r"\b(?:linkedin|blog|newsletter|social(?:\s+media)?|twitter|facebook)\s+(?:post|article|piece|update)\b|"
                          r"\bpost\s+(?:for|in|to)\s+#(?:general|all|everyone|team|company)\b",
                          re.I)
_NOBODY_NAMED = re.compile(r"\bno\s+(?:client\s+|company\s+)?names\b|\bwithout\s+nam\w+|\banonymi[sz]\w*|\bnothing\s+that\s+"
                           r"identifies\b|\bin\s+general\b|\b(?:an|any|most|why)\s+msps?\b|\bmsps\b|\bsometimes\b|"
                           r"\bgeneral(?:ly)?\b|\b(?:a\s+few|some|several|a\s+couple\s+of|a\s+handful\s+of)\s+(?:of\s+our\s+)?clients\b",
                           re.I)


# How we part with clients, explained in general ("one paragraph for our new hire explaining how we end client
# relationships"): the same words as a post about it, with nobody in them.
_HOW_WE_PART = re.compile(r"\bhow\s+we\s+(?:end|part\s+(?:ways\s+)?with|let\s+go\s+of|offboard|wind\s+down|say\s+goodbye\s+to)\s+"
                          r"(?:\w+\s+)?(?:clients?|customers?|accounts?)\b|"
                          # "how we handle ending a client contract"
                          r"\bhow\s+we\s+(?:handle|deal\s+with|manage|approach|go\s+about)\s+(?:ending|offboarding|parting\s+with|"
                          r"letting\s+go\s+of)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:clients?|customers?|contracts?|accounts?)\b|\bour\s+(?:approach|process|policy|way)\s+(?:to|for|of)\s+"
                          r"(?:ending|offboarding|parting\s+with|letting\s+go\s+of)\s+(?:\w+\s+)?(?:clients?|customers?)\b|"
                          # "a Teams message to the whole team about how we behave while offboarding clients"
                          r"\bhow\s+(?:we|to|everyone|the\s+team)\s+(?:should\s+)?(?:behave|act|conduct\s+ourselves|carry\s+ourselves|"
                          r"treat\s+(?:clients|them))\s+(?:while|when|during)\s+(?:we'?re\s+)?(?:offboarding|ending\s+with|parting\s+"
                          r"(?:ways\s+)?with|letting\s+go\s+of)\s+(?:\w+\s+)?(?:clients?|customers?)\b", re.I)


def explains_how_we_part(text: str) -> bool:
    return bool(_HOW_WE_PART.search(text))


# A parting explained to colleagues who weren't there ("an internal email for new hires explaining why we let Globex
# go"): what happened and what we learn from it, not a heads-up on how to handle the client.
_NEWCOMERS = re.compile(r"\b(?:new\s+(?:hires?|starters?|joiners?|staff|team\s+members|colleagues|techs?)|newcomers|"
                        r"(?:people|those|anyone)\s+who\s+(?:weren'?t|were\s+not)\s+(?:here|around)|onboarding\s+(?:pack|doc\w*))\b", re.I)
_EXPLAINS_WHY = re.compile(r"\b(?:explain\w*|why|how\s+come|what\s+happened|story|case\s+study|lessons?)\b", re.I)


def explains_to_newcomers(text: str) -> bool:
    return bool(_NEWCOMERS.search(text) and _EXPLAINS_WHY.search(text))


def wants_general_post(text: str) -> bool:
    return bool(_PUBLIC_POST.search(text) and _NOBODY_NAMED.search(text)) or explains_how_we_part(text)


def wants_public_post(text: str) -> bool:
    """A post of our own for the public ("a LinkedIn post saying we're dropping bad-fit clients"), whoever it names."""
    return bool(_PUBLIC_POST.search(text))


def wants_public_line(text: str) -> bool:
    return bool(_PUBLIC_LINE.search(text)) and bool(re.search(r"\b(?:line|(?:one-?)?liner|sentence|statement|wording|say|answer)\b", text, re.I))


# Who sends it, when it is a colleague other than the one asking: "from Priya", "Priya signs", "Priya('s/ is) signing",
# "Tom wants a reply", "Priya asked me to write ...", "Vandelay sent this to Priya. Draft her answer", "a reply for
# Tom". The one who sends a script signs it.
_SENDS = (r"\bfrom\s+{n}\b(?!'s|\s+at\b)|\b{n}['\u2019]s\s+(?:sending|signing)\b"
          r"|\b{n}(?:\s+[A-Z][a-z]+)?\s+(?:signs|sends|(?:is\s+)?(?:sending|signing)|will\s+(?:send|sign)"
          r"|'ll\s+(?:send|sign|record)|to\s+(?:send|sign|record)|can\s+(?:send|post|sign|use|record)|will\s+record|records"
          r"|asked\s+me\s+to\s+(?:write|draft|do|post))\b"   # ("Priya will record it": her voicemail)
          r"|\b{n}['\u2019]s\s+(?:reply|answer|response|e-?mail|letter|note|message|voicemail)\b"
          # "Priya's going to ring Acme tomorrow ... give her a phone script": the one on the call
          r"|\b{n}(?:['\u2019]s|\s+is|\s+will\s+be)\s+(?:going\s+to|gonna|about\s+to)\s+(?:ring|call|phone)\b"
          # "Short email, sign Priya."
          r"|\bsign(?:ed)?\s+(?:it\s+|off\s+)?(?:as\s+|by\s+|from\s+)?{n}\b"
          # "Email to help@brightpath.example for Tom: ...": written for him to send
          r"|\b(?:e-?mail|letter|note|message|msg|reply)\s+(?:to\s+\S+\s+)?for\s+{n}\s*:"
          # "Reply as Tom", "write it as Priya"
          r"|\b(?:reply|answer|respond|write\s+it|draft\s+it|send\s+it|post\s+it)\s+as\s+{n}\b"
          # "Draft a reply for Tom please" (a note for Tom is to him)
          r"|\b(?:reply|answer|response)\s+for\s+{n}\b(?!\s+to\s+(?:read|check|review|approve|look))"
          # "Email to BrightPath for Tom: ...": to BrightPath, on Tom's behalf
          r"|\b(?:e-?mail|letter|message|msg|note|reply)\s+to\s+[\w&'-]+(?:\s+[\w&'-]+){{0,2}}?\s+for\s+{n}\b"
          r"(?!\s+to\s+(?:read|check|review|approve|look))"
          r"|\b{n}\b[^.?!]{{0,80}}\bwants\s+(?:to\s+(?:leave|send|post|reply|write|give|say|paste)\b|(?:a|an|one|the|some|two|three|\d)\s|"
          r"something\s+(?:to\s+(?:paste|send|post|say)|(?:he|she|they)\s+can)\b)"
          # "Draft Tom a reply, 3 sentences max": the reply is his
          r"|\b(?:draft|write|give)\s+{n}\s+(?:a|an|some)\s+(?:[\w-]+\s+){{0,3}}?(?:reply|answer|response|"
          r"script|words)\b")   # (not "write Priya an email": that one is to her)
_SENDS_TOO = (r"\b(?:she|he)\s+wants\s+(?:to\s+(?:leave|send|post|reply|write|give|say)\b|(?:a|an|one|the|some)\s)"
              r"|\bfrom\s+(?:her|him)\b|\b(?:draft|write)\s+(?:her|his)\s+(?:answer|reply|response|email|note)\b"
              # ("Priya's half tempted. Draft what she should send back": hers to send)
              r"|\bwhat\s+(?:she|he)\s+(?:should|could|can|will|'?ll|might)\s+(?:send|say|reply|write|post)\b"
              # ("Vandelay rang Priya ... Write her a voicemail script to call them back": hers to say)
              r"|\b(?:draft|write|give)\s+(?:her|him)\s+(?:a\s+)?(?:short\s+|quick\s+)?(?:voicemail|phone|call)(?:\s+script)?\b"
              # ("Vandelay texted Priya asking if they can come back. Write her an SMS reply": hers to send)
              r"|\b(?:draft|write|give)\s+(?:her|him)\s+(?:an?\s+)?(?:short\s+|quick\s+)?(?:sms|text)(?:\s+(?:reply|message|back))?\b"
              # ("Vandelay texted Priya ... Give me an SMS she can send back": hers to send)
              r"|\b(?:sms|text|message|msg|reply|e-?mail|note|line)\s+(?:that\s+)?(?:she|he)\s+(?:can|could|will|should|'?ll)\s+"
              r"(?:send|post|use|paste)\b")


def on_behalf_of(text: str, colleagues: tuple[str, ...]) -> str:
    """The colleague a call or message is left for ("a voicemail to leave back ... on behalf of Priya"): the one asking
    still speaks, and says for whom; "" for none."""
    return next((name for name in colleagues if re.search(rf"\bon\s+behalf\s+of\s+{re.escape(name)}\b", text, re.I)), "")


def colleague_sends(text: str, colleagues: tuple[str, ...]) -> str:
    """The colleague (by first name, from `colleagues`) named as the one who sends the script; "" for none. A long
    name may be said short ("Pri will sign" for Priya)."""
    named = [name for name in colleagues if re.search(rf"\b{re.escape(name)}\b", text, re.I)]
    for name in named:
        if re.search(_SENDS.format(n=re.escape(name)), text, re.I):
            return name
    for name in colleagues:
        if len(name) >= 5 and re.search(_SENDS.format(n=re.escape(name[:3])), text):   # (said short, capitalised)
            return name
    return named[0] if len(named) == 1 and re.search(_SENDS_TOO, text, re.I) else ""


# A note for the client's file ("Write a note for the Acme file: they asked this morning to extend ...", "file note pls -
# BrightPath rang ..."): a dated record of what happened, for us.
_FILE_NOTE = re.compile(r"\bfile\s+note\b|\bcrm\s+(?:note|entry)\b|"
                        r"\bnote\s+(?:for|on|in|to)\s+(?:the|our|their|my)\s+(?:[\w&'-]+\s+){0,2}?(?:file|records?|crm)\b|"
                        r"\b(?:note|record|log)\s+(?:it|this|that)\s+(?:down\s+)?(?:on|in|for)\s+(?:the|their|our)\s+"
                        r"(?:[\w&'-]+\s+){0,2}?(?:file|records?|crm)\b", re.I)
_NOTE_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_POLITE = re.compile(r"\b(?:pls|please|plz|thanks|thx|ta)\b[.!]*", re.I)


def file_note_asked(text: str, client: str = "") -> str | None:
    """What the colleague says happened, for a note on the client's file, with the client named for "they" ("" when
    they only ask for the note); None when no file note is asked for."""
    found = _FILE_NOTE.search(text)
    if not found:
        return None
    told = []
    for sentence in _NOTE_SENTENCE.finditer(text):
        if sentence.start() <= found.start() < max(sentence.end(), sentence.start() + 1):
            # the request's own sentence: only what follows a colon or a dash after it ("... file: they asked ...")
            after = re.split(r":|\s[-\u2013\u2014]\s", text[found.end():sentence.end()], maxsplit=1)
            told += after[1:]
        elif not sentence.group(0).rstrip().endswith("?"):
            told.append(sentence.group(0))   # (not "what goes in it?": a question to us is nothing that happened)
    event = _POLITE.sub("", " ".join(told))
    event = re.sub(r"\s+", " ", event).strip(" -:\u2013\u2014")
    if len(event.split()) < 3:
        return ""
    event = re.sub(r"^they\b", client, event, flags=re.I) if client else event
    return event[:1].upper() + event[1:] + ("" if event.endswith((".", "!", "?")) else ".")


# "asking someone to take ownership of the Hooli offboarding": an owner wanted for it
_OWNER_WANTED = re.compile(r"\b(?:take|taking)\s+ownership\b|\bsomeone\s+to\s+(?:own|lead|pick\s+up|run)\b|"
                           r"\bwho\s+(?:will|can|could|wants\s+to)\s+(?:own|lead|run)\b|\bneeds?\s+an?\s+owner\b", re.I)


def wants_an_owner(text: str) -> bool:
    return bool(_OWNER_WANTED.search(text))



# A post for everyone at the firm ("announcement for the #general channel", "all-hands"), not the team doing the work:
# nobody there is asked to pick the handover up.
_TO_EVERYONE = re.compile(r"#\s?(?:general|all|everyone|announcements?|company|office)\b|\ball[\s-]hands\b|\bwhole\s+(?:support\s+|help\s*desk\s+|service\s+desk\s+|tech\s+)?team\b|\ball\s+staff\b|"
                          r"\b(?:whole|entire)\s+(?:company|firm|office)\b|\bcompany[\s-]wide\b|\beveryone\s+(?:here|at\s+work|in\s+the\s+(?:company|office))\b",
                          re.I)


def to_everyone(text: str) -> bool:
    return bool(_TO_EVERYONE.search(text))


# "what they should and shouldn't do between now and the end", "dos and don'ts": a note of each
_DOS_AND_DONTS = re.compile(r"\bshould\s+and\s+shouldn['\u2019]?t\b|\bdo['\u2019]?s\s+(?:and|&)\s+don['\u2019]?ts\b|"
                            r"\bwhat\s+to\s+do\s+and\s+(?:what\s+)?not\s+(?:to\s+)?do\b|\bcan\s+and\s+can['\u2019]?t\s+do\b|\bcan\s*/\s*can['\u2019]?t\b", re.I)


# "what to say if she shouts, and what NOT to say": words to avoid, asked beside the script
_WHAT_NOT_TO_SAY = re.compile(r"\bwhat\s+(?:not|NOT)\s+to\s+say\b|\bwhat\s+(?:to\s+avoid|I\s+(?:shouldn'?t|should\s+not)\s+say)\b|"
                              r"\bthings?\s+(?:not\s+to|to\s+never|I\s+should\s+never)\s+say\b|"
                              # ("if acme calls up angry, what do i need to remember?": the same, as a reminder)
                              r"\bwhat\s+(?:do\s+|should\s+)?(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:remember|keep\s+in\s+mind)\b", re.I)


# "what NOT to touch on Acme before their end date and what we do after": the steps after the last day too
_WHAT_AFTER = re.compile(r"\bwhat\s+(?:we|they|techs?|the\s+team)\s+(?:do|should\s+do|need\s+to\s+do)\s+after(?:wards)?\b|"
                         r"\band\s+(?:what\s+(?:happens|we\s+do)\s+)?after(?:wards)?\s*[?.!]?\s*$|"
                         r"\bwhat\s+happens\s+after\s+(?:the\s+)?(?:end|last\s+day)\b|"
                         # "what we do and don't do before and after the last day"
                         r"\bbefore\s+and\s+after\s+(?:the\s+|their\s+)?(?:end|last\s+day|end\s+date|cut-?off)\b", re.I)


def asks_what_comes_after(text: str) -> bool:
    return bool(_WHAT_AFTER.search(text))


def asks_what_not_to_say(text: str) -> bool:
    return bool(_WHAT_NOT_TO_SAY.search(text))


def asks_dos_and_donts(text: str) -> bool:
    return bool(_DOS_AND_DONTS.search(text))


# "One line on how we're handling it", "How do we handle?": our way of dealing with it, asked for or to be told
_HANDLING_ASKED = re.compile(r"\bhow\s+(?:we'?re|we\s+are|we'?ll|we\s+will|do\s+we|should\s+we|to|should\s+the\s+(?:desk|team|help\s*desk|techs?)|"
                             r"does\s+the\s+(?:desk|team|help\s*desk))\s+(?:handl\w*|deal\w*\s+with|"
                             r"respond\w*|play\s+(?:it|this))\b", re.I)


def asks_how_we_handle(text: str) -> bool:
    return bool(_HANDLING_ASKED.search(text))

