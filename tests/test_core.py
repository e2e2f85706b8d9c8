"""The core decides and logs: staff coaching, client auto-replies by phase, hand-offs, denials."""
import re
from dataclasses import replace
from datetime import date

import pytest

from bot.config import load_config
from bot.core import Bot
from bot.message import COMMAND, DENY, DRAFT, HANDOFF, IGNORE, REPLY, IncomingMessage, Vote
from intents.router import Router
from responses.render import long_date
from tests.support.calendar import iso_day as day
from tests.support.messages import client, staff
from tests.support.records import seed_clients

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def config(config):
    """These tests are about auto-replies: the firm's reply mode is auto here (new installs start in approve)."""
    return replace(config, reply_mode="auto")


def logged(bot, decision):
    return bot.storage.interaction(decision.interaction_id)


def test_staff_script_is_filled_with_the_named_clients_facts(bot):
    decision = bot.handle(staff("how do I tell Acme Dental we're ending the contract?"))
    assert decision.action == REPLY and decision.principle == "decisive"
    end = decision.reply.facts["end_date"]
    assert decision.client == "Acme Dental" and end in decision.reply.script
    assert decision.reply.coaching and decision.reply.title.startswith("Decisive")
    assert decision.feedback_enabled


def test_a_named_clients_phase_steers_staff_coaching(bot):
    decision = bot.handle(staff("Globex Logistics called about their printer, should I help?"))
    assert decision.principle == "done"
    assert decision.reply.facts["end_date"] in decision.reply.script


def test_out_of_scope_staff_question_gets_what_the_bot_is_for(bot):
    decision = bot.handle(staff("what's the wifi password for the office?"))
    assert decision.action == REPLY and decision.principle is None
    assert "help desk" in decision.reply.text.lower()
    assert not decision.feedback_enabled


def test_client_in_transition_gets_a_polite_reply_and_staff_are_told(bot):
    decision = bot.handle(client("why are you ending our contract?", "Acme Dental"))
    assert decision.action == REPLY and decision.principle == "honest"
    assert "Dana" in decision.reply.text
    assert "Ready to send" not in decision.reply.text and "Honest:" not in decision.reply.text
    assert "why are you ending our contract?" in decision.staff_notice.text
    assert "answered for us" in decision.staff_notice.text


def test_ended_client_gets_done_with_the_end_date(bot):
    decision = bot.handle(client("our printer is jammed, can you take a look?", "Globex Logistics"))
    assert decision.action == REPLY and decision.principle == "done"
    end_date = date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"])
    assert long_date(end_date) in decision.reply.text


def test_active_client_is_left_to_the_help_desk(bot):
    decision = bot.handle(client("our printer is jammed", "Initech"))
    assert decision.action == IGNORE and decision.reply is None and decision.staff_notice is None
    assert logged(bot, decision)["action"] == IGNORE


def test_unlinked_client_conversation_goes_to_a_person(bot):
    decision = bot.handle(client("why are you ending our contract?", None))
    assert decision.action == HANDOFF and decision.reply is None
    assert "not linked" in decision.staff_notice.text


def test_low_confidence_client_message_is_handed_off_not_guessed(open_bot, config):
    bot = open_bot(load_config(environ={}, db_path=config.db_path, confidence_threshold=0.999))
    seed_clients(bot.clients)
    decision = bot.handle(client("hmm ok so about the thing with the stuff", "Acme Dental"))
    assert decision.action == HANDOFF and decision.reply is None
    assert "not confident enough" in decision.staff_notice.text and "Priya (account owner)" in decision.staff_notice.text


class TornClassifier:
    """Honest, confidently enough, but friendly close behind: the router is in doubt."""
    def probabilities(self, text, audience):
        return {"explain_reason": 0.6, "angry_client": 0.36, "greeting": 0.04}


def test_a_doubtful_client_message_is_never_sent_automatically(open_bot, config):
    """Even in auto mode: the reply waits as a draft for a person, who is told why."""
    bot = open_bot(replace(config, reply_mode="auto"), router=Router(TornClassifier()))
    seed_clients(bot.clients)
    decision = bot.handle(client("well that's a nice way to find out", "Acme Dental"))
    assert decision.action == DRAFT and decision.reply is None and decision.principle == "honest"
    assert "two minds" in decision.draft.note and "friendly 36%" in decision.draft.note
    assert logged(bot, decision)["action"] == DRAFT
    sure = open_bot(replace(config, reply_mode="auto", db_path=config.db_path + ".sure"))
    seed_clients(sure.clients)
    assert sure.handle(client("why are you ending our contract?", "Acme Dental")).action == REPLY


@pytest.mark.parametrize("text", ["happy friday everyone!", "thanks so much, have a lovely weekend", "hello all"])
def test_client_small_talk_is_left_to_the_people_in_the_conversation(bot, text):
    decision = bot.handle(client(text, "Acme Dental", thread=f"small-talk-{text}"))
    assert decision.action == IGNORE and decision.principle is None
    assert decision.reply is None and decision.staff_notice is None


@pytest.mark.parametrize("text", ["Thanks a bunch for dropping us a fortnight before our busiest month.",
                                  "cheers for that. twelve years and a two-line email"])
def test_sarcastic_thanks_is_answered_as_anger_not_as_small_talk(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    assert decision.intent == "angry_client" and decision.principle == "friendly"
    assert bot.handle(client("thanks for the update, have a good weekend", "Acme Dental", thread="t2")).principle is None


def test_one_auto_reply_per_thread_within_the_window(bot):
    first = bot.handle(client("why are you ending our contract?", "Acme Dental", thread="T9"))
    second = bot.handle(client("and when is our last day?", "Acme Dental", thread="T9"))
    other_thread = bot.handle(client("when is our last day?", "Acme Dental", thread="T10"))
    assert (first.action, second.action, other_thread.action) == (REPLY, HANDOFF, REPLY)
    assert "already auto-replied" in second.staff_notice.text


def test_client_text_is_data_never_a_template(bot):
    hostile = "{{ 7*7 }} {% for x in range(3) %}boom{% endfor %} why are you ending our contract?"
    decision = bot.handle(client(hostile, "Acme Dental"))
    # Whatever the route (an answer with a notice, or a draft waiting for a person), the text staff see is literal.
    shown = [decision.staff_notice.text] if decision.staff_notice else []
    if decision.draft:
        shown += [decision.draft.text, decision.draft.client_text]
    assert any("{{ 7*7 }}" in text for text in shown)
    assert not any("49" in text or "boomboom" in text for text in shown)
    assert logged(bot, decision)["text"] == hostile


def test_clients_cannot_run_staff_commands(bot):
    decision = bot.handle(client("offboard done Acme Dental", "Acme Dental"))
    assert decision.action == DENY
    assert "only available to the Northwind IT team" in decision.reply.text
    assert bot.clients.get("Acme Dental")["phase"] == "transition"


def test_staff_commands_run_and_errors_are_clear(bot):
    ok = bot.handle(staff(f"offboard start Initech {day(60)} late_payment"))
    assert ok.action == COMMAND and f"support ends {day(60)}" in ok.reply.text
    assert bot.clients.get("Initech")["phase"] == "transition"
    unknown = bot.handle(staff("offboard show Initec"))
    assert "Did you mean Initech" in unknown.reply.text and unknown.error
    missing = bot.handle(staff("offboard start Initech"))
    assert "Usage: start <client>" in missing.reply.text


def test_admin_list_limits_who_changes_records(open_bot, config):
    bot = open_bot(load_config(environ={"PARTING_WAYS_ADMINS": "U_BOSS"}, db_path=config.db_path))
    seed_clients(bot.clients)
    assert bot.handle(staff("offboard done Acme Dental")).action == DENY
    assert bot.handle(staff("offboard list")).action == COMMAND
    boss = IncomingMessage(text="offboard done Acme Dental", platform="console", sender_id="U_BOSS")
    assert bot.handle(boss).action == COMMAND


class BrokenClassifier:
    def probabilities(self, text, audience):
        raise RuntimeError("model file corrupted")


def test_a_failure_is_logged_and_the_client_goes_to_a_person(open_bot, config):
    bot = open_bot(config, router=Router(BrokenClassifier()))
    seed_clients(bot.clients)
    decision = bot.handle(client("why are you ending our contract?", "Acme Dental"))
    assert decision.action == HANDOFF and "went wrong" in decision.staff_notice.text
    row = logged(bot, decision)
    assert row["text"] == "why are you ending our contract?" and "model file corrupted" in row["error"]
    staff_decision = bot.handle(staff("how do I tell them?"))
    assert staff_decision.action == REPLY and "went wrong" in staff_decision.reply.text


def test_a_broken_log_never_stops_the_reply(bot, caplog):
    bot.storage.db.execute("PRAGMA query_only = 1")
    decision = bot.handle(staff("how do I tell Acme Dental we're ending?"))
    assert decision.action == REPLY and decision.reply.script
    assert decision.interaction_id is None
    assert "could not write to the database" in caplog.text and "keeps answering" in caplog.text


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "\ud800 lone surrogate", "x" * 100_000,
                                  "مرحبا ‮reversed‬", "'; DROP TABLE interactions; --", "<!channel> <@U1>"])
def test_odd_input_is_logged_and_answered(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    row = logged(bot, decision)
    assert row is not None and row["action"] == decision.action
    assert bot.storage.db.execute("SELECT count(*) FROM interactions").fetchone()[0] >= 1


def test_secrets_never_reach_the_log(open_bot, tmp_path):
    token = "xoxb-123456789-SECRETSECRET"
    bot = open_bot(load_config(environ={"SLACK_BOT_TOKEN": token}, db_path=str(tmp_path / "s.db")))
    decision = bot.handle(staff(f"my token is {token} is that ok"))
    assert token not in logged(bot, decision)["text"]
    assert token not in repr(bot.config)


def test_feedback_is_stored_with_the_interaction(bot):
    decision = bot.handle(staff("how do I tell Acme Dental we're ending?"))

    def vote(interaction_id, value):
        return Vote(interaction_id, value, "console", "U_STAFF", "staff", "")
    assert bot.record_feedback(vote(decision.interaction_id, "helpful"))
    assert logged(bot, decision)["feedback"] == "helpful"
    assert not bot.record_feedback(vote(decision.interaction_id, "<script>"))
    assert not bot.record_feedback(vote(999_999, "helpful"))


def test_duplicate_deliveries_are_claimed_once(bot):
    assert bot.claim_event("slack", "Ev1") is True
    assert bot.claim_event("slack", "Ev1") is False
    assert bot.claim_event("teams", "Ev1") is True


def test_delivery_errors_are_added_to_the_interaction(bot):
    decision = bot.handle(staff("how do I tell Acme Dental?"))
    bot.record_delivery_error(decision.interaction_id, "not_in_channel")
    assert "not_in_channel" in logged(bot, decision)["error"]


def test_unknown_audience_is_treated_as_a_client(bot):
    odd = IncomingMessage(text="offboard list", platform="slack", sender_id="U?", audience="admin")
    assert bot.handle(odd).action == DENY


def test_an_unknown_multi_word_client_is_named_in_full(bot):
    decision = bot.handle(staff("offboard show Umbrella Corp"))
    assert "I don't know a client called 'Umbrella Corp'" in decision.reply.text
    assert bot.handle(staff("offboard show acme dental")).reply.text.startswith("Acme Dental")


def test_coaching_asked_where_a_client_can_read_is_marked_private(bot):
    bot.clients.link("Acme Dental", "slack", "C_ACME")
    in_client_channel = IncomingMessage(text="how do I tell them the decision is final?", platform="slack",
                                        sender_id="U_STAFF", conversation_id="C_ACME")
    assert bot.handle(in_client_channel).private
    assert bot.handle(IncomingMessage(text="offboard show Acme Dental", platform="slack",
                                      sender_id="U_STAFF", conversation_id="C_ACME")).private
    shared = IncomingMessage(text="how do I tell Acme Dental?", platform="slack", sender_id="U_STAFF",
                             conversation_id="C_OTHER", shared_with_outsiders=True)
    assert bot.handle(shared).private
    assert not bot.handle(staff("how do I tell Acme Dental?", conversation_id="D_STAFF")).private
    # What a client is sent is for them to read, so it is never private.
    assert not bot.handle(client("why are you ending our contract?", "Acme Dental", thread="T77")).private


def test_a_burst_of_client_messages_in_one_thread_gets_one_auto_reply(bot):
    import threading
    decisions, start = [], threading.Barrier(6)

    def send(n):
        start.wait()
        decisions.append(bot.handle(client(f"why are you ending our contract? ({n})", "Acme Dental", thread="BURST")))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(d.action for d in decisions) == [HANDOFF] * 5 + [REPLY]


def test_a_failing_command_is_logged_and_answered(bot, monkeypatch):
    import sqlite3

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(bot.clients, "all", locked)
    decision = bot.run_command(staff("offboard list"), ["list"])
    assert decision.action == REPLY and "went wrong" in decision.reply.text
    assert "database is locked" in logged(bot, decision)["error"]


@pytest.mark.parametrize("text", ["what time is sunset today?", "how many grams in a cup of flour",
                                  "any tips for a good lasagne?", "who won the match on saturday"])
@pytest.mark.parametrize("name", ["Acme Dental", "Globex Logistics"])
def test_chatter_from_a_client_being_offboarded_is_left_to_the_people_there_and_pages_nobody(bot, text, name):
    decision = bot.handle(client(text, name, thread=f"chat-{name}-{text}"))
    assert decision.action == IGNORE and decision.intent == "chatter" and decision.principle is None
    assert decision.reply is None and decision.staff_notice is None
    assert logged(bot, decision)["action"] == IGNORE  # kept in the log all the same


@pytest.mark.parametrize("text", ["who do i call to report my card as lost", "tell me the last day i can pay my gas bill",
                                  "what's the exchange rate from pounds to euros"])
def test_an_everyday_request_is_never_answered_as_offboarding(bot, text):
    decision = bot.handle(client(text, "Acme Dental", thread=f"everyday-{text}"))
    assert decision.action != REPLY and decision.draft is None


@pytest.mark.parametrize("text", ["the thing on reception is beeping again", "who is Priya?",
                                  "what happens now?", "you lot are useless"])
def test_what_might_need_us_is_never_taken_for_chatter(bot, text):
    decision = bot.handle(client(text, "Acme Dental", thread=f"not-chat-{text}"))
    assert decision.intent != "chatter"


def test_a_client_asking_about_after_the_last_day_is_told_no_for_then_and_what_is_handed_over(bot):
    decision = bot.handle(client("can we still ring the help desk after the end date if the printer breaks?",
                                 "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "after_last_day"
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert end in decision.reply.text and "won't be able" in decision.reply.text
    assert "handled just as" not in decision.reply.text


def test_staff_asking_about_after_the_last_day_get_a_script_that_matches_the_coaching(bot):
    decision = bot.handle(staff("if Acme Dental ask for a quick fix after the end date, do we help?"))
    assert decision.intent == "after_last_day" and "decline" in decision.reply.coaching
    assert "won't be able" in decision.reply.script and "Of course" not in decision.reply.script


def test_a_message_for_the_new_provider_is_addressed_to_the_provider(bot):
    decision = bot.handle(staff("BrightPath keeps asking how Globex Logistics' backups were set up, what do I send?"))
    assert decision.reply.script.startswith("Hello BrightPath IT team,")
    assert "Globex Logistics" in decision.reply.script and "Ready to send to BrightPath IT" in decision.reply.text
    for_client = bot.handle(staff("Globex Logistics asked how their backups were set up, what do I send?"))
    assert for_client.reply.script.startswith("Hello Globex Logistics team,")


@pytest.mark.parametrize("text", ["Draft an intro message to Castle Tech asking them to get in touch with us well before the handover.",
                                  "can you write a note to Hooli's new provider about setting up the handover call?",
                                  "Castle Tech is taking over Hooli. what exactly do I tell them / send them?"])
def test_a_note_or_an_introduction_to_the_new_provider_is_addressed_to_them(bot, text):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=day(-5), end_date=day(30),
                    reason_category="overload", new_provider="Castle Tech")
    decision = bot.handle(staff(text))
    assert decision.client == "Hooli Bakery" and decision.reply.script.startswith("Hello Castle Tech team,")


def test_a_reply_to_a_posted_review_is_written_for_the_public(bot):
    decision = bot.handle(staff("Globex Logistics posted a 2-star review on Google calling us lazy. how do we reply to the review?"))
    script = decision.reply.script
    assert script and not script.startswith("Hello Globex Logistics team")
    assert decision.reply.facts["end_date"] not in script


def test_a_script_asked_for_while_the_owner_is_out_is_not_signed_by_them(bot):
    decision = bot.handle(staff("Priya is off sick today and Acme Dental want to know why we're ending it. what do I send?"))
    signature = decision.reply.script.split("Kind regards,")[-1]
    assert decision.reply.script and "Priya" not in signature
    present = bot.handle(staff("Acme Dental want to know why we're ending it. what do I send?"))
    assert "Priya" in present.reply.script.split("Kind regards,")[-1]


# -- questions about who to talk to are about the offboarding, answered from the record ------------------

DEFLECTION = "This conversation is for"


def answered_or_drafted(decision) -> str:
    """What the client would read: the reply sent, the draft to approve, or the hand-off's draft."""
    if decision.reply is not None:
        return decision.reply.text
    if decision.draft is not None:
        return decision.draft.text
    return decision.staff_notice.text if decision.staff_notice is not None else ""


@pytest.mark.parametrize("text", ["who should I contact now?", "Who do I talk to?", "I want to speak to Priya. Now.",
                                  "who do I speak to about all this?"])
def test_asking_who_to_talk_to_is_answered_with_the_account_owner(bot, text):
    decision = bot.handle(client(text, "Acme Dental", thread=f"who-{text}"))
    said = answered_or_drafted(decision)
    assert decision.intent == "contact", decision
    assert "Priya" in said and DEFLECTION not in said


@pytest.mark.parametrize("text", ["Can you recommend a new IT company?", "could you suggest a good IT provider for us?"])
def test_a_request_for_a_recommendation_is_answered_not_deflected(bot, text):
    decision = bot.handle(client(text, "Acme Dental", thread=f"rec-{text}"))
    said = answered_or_drafted(decision)
    assert decision.intent == "contact" and DEFLECTION not in said
    assert "suggest a few IT providers" in said and "Priya" in said


def test_the_new_providers_contact_is_given_when_recorded_and_asked_for_when_not(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    known = answered_or_drafted(bot.handle(client("what's BrightPath's email?", "Globex Logistics", thread="pc1")))
    assert "help@brightpath.example" in known and DEFLECTION not in known
    bot.clients.edit("Globex Logistics", new_provider_contact="")
    unknown = answered_or_drafted(bot.handle(client("what's BrightPath's email? you must have it", "Globex Logistics",
                                                    thread="pc2")))
    assert "don't have contact details for BrightPath IT yet" in unknown and DEFLECTION not in unknown


# -- a hand-off draft answers what was asked, or says honestly who will -------------------------------------

@pytest.mark.parametrize("text,phase_client", [
    ("when will we get the final invoice?", "Globex Logistics"),
    ("can you send us the list of licences we have with you?", "Globex Logistics"),
    ("should BrightPath contact you or us?", "Globex Logistics"),
    ("can you send over a checklist of what's left to hand over, and also our wifi keeps dropping?", "Acme Dental"),
])
def test_a_hand_off_draft_never_answers_something_else(bot, text, phase_client):
    decision = bot.handle(client(text, phase_client, thread=f"ho-{text}"))
    if decision.action != HANDOFF:
        return   # answered: the reply tests hold it to its wording
    notice = decision.staff_notice.text
    draft = notice.split("Draft reply (check it, then send):", 1)[-1]
    assert DEFLECTION not in draft
    assert not re.search(r"secure channel|our own access comes off|we're closing out", draft), draft


def test_staff_trying_out_a_reason_get_no_script_denying_what_the_client_never_said(bot):
    tried = bot.handle(staff("is it ok to tell Acme Dental it's 'capacity' since that's nicer?"))
    assert "it isn't about" not in tried.reply.script
    raised = bot.handle(staff("Acme Dental asked if it's because they send too many tickets, what do I say?"))
    assert "it isn't about" in raised.reply.script or "set the record straight" in raised.reply.script


@pytest.mark.parametrize("text, phase_client, unlike, denied", [
    ("Is this about the email outage back in March? That was Microsoft's fault, not ours.", "Acme Dental", "outage",
     "it isn't that"),
    # (a falling-out with one of ours is named as that, in our words)
    ("Was it because of the argument with your tech in August?", "Globex Logistics", "argument",
     "it isn't about a disagreement with our team"),
])
def test_a_client_guessing_a_cause_we_never_recorded_is_told_plainly_it_isnt_that(bot, text, phase_client, unlike, denied):
    decision = bot.handle(client(text, phase_client, thread=f"guess-{unlike}"))
    said = decision.reply.text if decision.reply else decision.draft.text
    assert denied in said, said
    assert unlike not in said.lower()   # their words are not echoed back as ours


def test_a_client_guessing_in_words_of_the_written_reason_is_not_told_it_isnt_that(bot):
    decision = bot.handle(client("Is this about those invoices we paid a bit late?", "Acme Dental", thread="guess-right"))
    assert "it isn't" not in decision.reply.text and "late" in decision.reply.text


def test_a_client_disputing_the_reason_is_heard_by_the_owner_and_the_reason_still_stands(bot):
    decision = bot.handle(client("We only paid late because YOUR invoices kept going to an old email address. "
                                 "That's not on us.", "Acme Dental", thread="dispute"))
    said = decision.reply.text if decision.reply else decision.draft.text
    assert "passed your message to Priya, who looks after your account" in said
    assert "late" in said and "decision" in said   # still honest and decisive
    told = decision.staff_notice.text if decision.reply else decision.draft.note
    assert "see the reason differently" in told   # what the reply says is true
    plain = bot.handle(client("why are you ending things with us?", "Acme Dental", thread="why"))
    assert "has your message" not in (plain.reply.text if plain.reply else plain.draft.text)


def test_a_client_asking_the_last_date_with_a_wrong_one_in_mind_is_told_ours_and_not_theirs(bot):
    wrong = date.fromisoformat(day(40))
    decision = bot.handle(client(f"what's the exact last date? my manager thinks it's {wrong:%b} {wrong.day}",
                                 "Acme Dental", thread="wrong-date"))
    said = decision.reply.text if decision.reply else decision.draft.text
    assert long_date(date.fromisoformat(day(20))) in said
    assert f"not {long_date(wrong).rsplit(' ', 1)[0]}" in said


def test_a_client_asking_what_the_last_day_means_hears_who_helps_after_it(bot):
    decision = bot.handle(client("Sorry my English. What means 'last day of support' for us? After this day, "
                                 "no one help with computer?", "Acme Dental", thread="after"))
    said = decision.reply.text if decision.reply else decision.draft.text
    assert long_date(date.fromisoformat(day(20))) in said and "After that day we no longer look after" in said
    plain = bot.handle(client("when is the last day of support?", "Acme Dental", thread="plain-last"))
    assert "After that day" not in (plain.reply.text if plain.reply else plain.draft.text)


def test_a_client_message_signed_with_a_title_is_answered_to_that_person(bot):
    signed = bot.handle(client("Dear Priya,\nWe'd pay six months up front if you would reconsider.\nDr. Ramos",
                               "Acme Dental", thread="signed"))
    assert (signed.reply.text if signed.reply else signed.draft.text).startswith("Dear Dr Ramos,")
    sign_off = bot.handle(client("Could you please reconsider?\nBest Regards", "Acme Dental", thread="regards"))
    assert (sign_off.reply.text if sign_off.reply else sign_off.draft.text).startswith("Hi Dana,")   # the platform's name
