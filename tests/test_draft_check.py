"""A colleague's own draft, checked against the principles before it goes out: the verdict first,
what is wrong with the fact from the record that mends it, and our version only when theirs needs one."""
import pytest

from bot.message import IncomingMessage
from intents import cues, staff_cues
from responses import draft_check
from responses.render import facts_for

pytestmark = pytest.mark.calendar  # the end dates come from the pinned day


def ask(bot, text):
    return bot.handle(IncomingMessage(text=text, platform="console", sender_id="U_STAFF"))


@pytest.mark.parametrize("text,draft", [
    ("sanity-check this before I hit send to Initech: \u201cWe will be ending our agreement at the end of January.\u201d",
     "We will be ending our agreement at the end of January."),
    ("is this ok to send?\n> Hello Rui, our agreement ends on 3 March.\n> We'll pass every password to your new team.",
     "Hello Rui, our agreement ends on 3 March.\nWe'll pass every password to your new team."),
    ("tweak my reply pls: we can't keep doing projects outside the contract so this is goodbye from us", ""),
])
def test_the_wording_to_check_is_found_quoted_block_quoted_or_after_a_colon(text, draft):
    found = staff_cues.draft_to_check(text)
    assert found == (draft or "we can't keep doing projects outside the contract so this is goodbye from us")


@pytest.mark.parametrize("text", [
    "how do I tell Acme we're ending things?",
    "check whether Acme's backups ran last night",
    "can you review the access list for Globex before we remove ourselves?",
    "Globex say they'll post a review unless we 'sort out the mess you left behind'. what mess?",
])
def test_a_question_with_no_wording_of_its_own_is_not_a_draft(text):
    assert staff_cues.draft_to_check(text) == ""


def test_each_principle_a_draft_breaks_is_named_with_the_fact_that_mends_it(bot):
    facts = facts_for(bot.clients.get("Acme Dental"), company="Northwind IT", signer="the team", payment_terms="")
    found = draft_check.findings("Hi all. Due to a strategic realignment we might pause things for now. "
                                 "Frankly you ALWAYS send tickets at midnight.", facts)
    assert [f.principle for f in found] == ["decisive", "honest", "friendly", "helpful", "done"]
    assert "late payment" in found[1].mend and facts["end_date"] in found[4].mend


def test_a_draft_that_keeps_to_the_principles_is_passed_without_a_rewrite(bot):
    facts = facts_for(bot.clients.get("Acme Dental"), company="Northwind IT", signer="the team", payment_terms="")
    good = (f"Dear Dana, we have decided to end our support agreement; our last day is {facts['end_date']}. "
            "The reason is the run of late invoices this year. We'll hand over your data and admin passwords "
            "to you or your new provider. Thank you for the years together.")
    assert draft_check.findings(good, facts) == []
    decision = ask(bot, f"how does this read for Acme? \"{good}\"")
    assert decision.reply.text.splitlines()[2].startswith("Yes, it can go as it is")
    assert "A version that keeps to them" not in decision.reply.text


def test_a_sharp_draft_gets_the_verdict_and_a_version_with_the_record(bot):
    decision = ask(bot, "quick look at what I'm about to send Acme? 'Look, because you pay months late we're "
                        "finished. Don't bother calling.'")
    text = decision.reply.text
    assert "Not as it stands" in text and "\u201cbecause you pay months late we're finished\u201d" in text
    assert "A version that keeps to them:" in text and "Ready to send" not in text
    assert bot.clients.get("Acme Dental")["end_date"][:4] in text   # the version carries the end date
    assert decision.principle == "friendly"


def test_a_draft_to_make_firmer_is_checked_not_read_as_a_look_up(bot):
    text = ask(bot, "can you make this firmer? it's going to Acme:  \"We've been thinking and maybe if things improve we "
                    "could look at it again in the new year, but for now we think it's best to pause.\"").reply.text
    assert "Not as it stands" in text and "leaves the door open" in text
    assert "A version that keeps to them:" in text and "the decision stands" in text


def test_a_draft_for_an_ex_client_is_rewritten_as_a_kind_decline(bot):
    decision = ask(bot, "check my reply to Globex pls: 'We already told you we don't do your IT anymore, "
                        "sort it out with your new people'")
    assert decision.intent == "after_end_request"
    assert "BrightPath IT" in decision.reply.script and "ended" in decision.reply.script


@pytest.mark.parametrize("text,feeling", [
    ("honestly sick of Acme at this point, third rude call today. no action needed, just had to say it", "venting"),
    ("cant stop thinking we were too harsh on Globex", "second_guessing"),
    ("I'm drained. how should I reply to Acme's latest email?", ""),
    ("feeling rotten about Acme - what do I say if they ask for more time?", ""),
    ("so over Globex. can we just stop picking up their calls?", ""),
    ("fed up with acme, gonna switch their backups off friday", ""),
])
def test_a_colleague_sharing_how_it_feels_is_told_apart_from_one_asking_for_words(text, feeling):
    assert staff_cues.staff_feeling(text) == feeling


def test_letting_off_steam_gets_a_word_back_and_no_script_for_the_client(bot):
    decision = ask(bot, "argh, Acme again. fed up to the back teeth with the lot of them, just needed to say it")
    assert decision.principle == "friendly" and decision.reply.script == ""
    assert "Let it out here, not with Acme Dental" in decision.reply.text


def test_second_guessing_the_ending_is_answered_with_the_reason_on_record(bot):
    decision = ask(bot, "losing sleep over Globex tbh. were we wrong to let them go?")
    assert decision.principle == "decisive" and decision.reply.script == ""
    assert "The reason on record still holds: work asked of us outside the agreed scope" in decision.reply.text


def test_a_draft_that_vents_is_still_checked_and_rewritten(bot):
    decision = ask(bot, "proofread this before I send it to Globex: 'Honestly you were exhausting to work with. "
                        "Support is over, don't call again.'")
    assert "Not as it stands" in decision.reply.text and "BrightPath IT" in decision.reply.script


def test_as_weve_said_and_were_done_are_sharp():
    facts = facts_for(None, company="Northwind IT", signer="the team", payment_terms="")
    found = draft_check.findings("As we've said before, nothing was ever good enough for you, so we're done.", facts)
    assert found and found[0].principle == "friendly"


def test_a_message_the_client_wrote_pasted_in_to_answer_is_no_draft_of_ours_to_check(bot):
    reply = ask(bot, ("Globx's ops lead wrote this, need a reply:\n'Our label printer in the warehouse is down and "
                      "BrightPath can't come till Thursday. You guys ran our IT for 6 years, can't you remote in "
                      "just this once??'")).reply
    assert "Reading your draft" not in reply.text and "not able to help with this request" in reply.script
