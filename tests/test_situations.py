"""Wording that fits the situation a message describes, not only its kind: the cues that tell the
situations apart, and what the bot does with them (see render.facts_for "situation" and PRACTICAL)."""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.core import Part
from bot.message import CLIENT, DRAFT, HANDOFF, IGNORE, REPLY, IncomingMessage
from intents import cues, escalation_cues, staff_cues
from responses.render import christmas_break, long_date, without_repeats
from tests.support import calendar
from tests.support.records import add_hooli, add_vandelay, seed_clients
from tests.support.letters import without_heading

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def config(config):
    return replace(config, reply_mode="auto")


def staff(text):
    return IncomingMessage(text=text, platform="console", sender_id="U_STAFF")


def client(text, name):
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name="Dana Lee",
                           audience=CLIENT, client=name, conversation_id="C_SHARED", thread_id="t1")


@pytest.mark.parametrize("text,expected", [
    ("she says they never received our notice letter", True),
    ("is this really ending? nobody told me", True),
    ("they received the notice and want their data", False),
])
def test_a_doubted_notice_is_recognised(text, expected):
    assert cues.doubts_the_notice(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("could we give Acme two more months to sort themselves out?", True),
    ("should I stop answering their tickets?", True),
    ("Acme asked if we can give them two more months", False),   # the client's request, passed on
    ("how do I tell Acme we're ending?", False),
])
def test_a_move_staff_propose_is_told_from_a_request_they_pass_on(text, expected):
    assert cues.proposes_our_move(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("they want a call next week. should we take it?", True),
    ("reply or ignore?", True),
    ("what do I tell them?", False),
])
def test_a_yes_or_no_question_is_recognised(text, expected):
    assert cues.asks_yes_or_no(text) is expected


def test_the_message_cues_for_client_replies():
    assert cues.says_urgent("server down, this is urgent") and not cues.says_urgent("printer jams sometimes")
    assert cues.mentions_new_provider("please send the keys to our new MSP")
    assert cues.mentions_new_provider("send them to Castle Tech", "Castle Tech")
    assert not cues.mentions_new_provider("what do we need for the next steps?")
    assert not cues.mentions_new_provider("we still haven't found a new IT company")
    assert cues.complains_to_management("I'll be escalating this to your managing director")
    assert cues.complains_to_management("we are making a formal complaint")
    assert not cues.complains_to_management("your engineer was very helpful")
    assert cues.sounds_sour("thanks for nothing") and not cues.sounds_sour("thank you all so much")
    assert cues.sounds_sour("thanks a bunch for dropping us like that")


@pytest.mark.parametrize("text,asks", [
    ("can you give me the offboarding checklist for Acme", ("checklist",)),
    ("who signs off on their side?", ("sign_off",)),
    ("which hosted email service would you recommend for them", ("email_provider",)),
    ("how do I export their mailboxes to a drive", ("mailbox_export",)),
    ("how do I tell them it's over", ()),
])
def test_the_practical_asks_are_recognised(text, asks):
    assert cues.practical_asks(text) == asks


def test_a_formal_complaint_to_management_goes_to_a_person_with_a_draft_saying_so(bot):
    decision = bot.handle(client("I'm taking a formal complaint about all this to your director", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"
    notice = decision.staff_notice.text
    assert "management team" in notice and "free to share" not in notice


def test_plain_thanks_the_router_doubts_as_hostile_is_thanked_warmly_not_apologised_to(bot):
    acme = bot.clients.find("Acme Dental")
    doubtful = Part("angry_client", "friendly", 0.55, doubt="in two minds")
    assert bot._cue("thank you for everything over the years", doubtful, acme) == ["no_hard_feelings"]
    assert bot._cue("thanks for nothing", doubtful, acme) != ["no_hard_feelings"]
    sure = Part("angry_client", "friendly", 0.99)
    assert bot._cue("thank you for everything over the years", sure, acme) != ["no_hard_feelings"]


@pytest.mark.parametrize("text", ["send me the handover checklist for Acme Dental please",
                                  "what should go in the handover pack for acme dental? they have no new MSP yet"])
def test_asked_for_the_handover_checklist_staff_get_the_clients_own(bot, text):
    decision = bot.handle(staff(text))
    assert decision.action == REPLY and decision.client == "Acme Dental"
    assert "Acme Dental: handover checklist" in decision.reply.text and "sign-off" in decision.reply.text


def test_a_practical_question_about_no_client_still_gets_the_practical_steps(bot):
    decision = bot.handle(staff("a customer leaving us needs copies of all their mailboxes, how is that done?"))
    assert "PST" in decision.reply.text and "encrypted external drive" in decision.reply.text


def test_a_message_in_two_parts_thanks_once_and_repeats_no_phrase():
    text = without_repeats(["Thank you for asking. We'll be in touch shortly about your data.",
                            "Thank you, we've logged it. We'll be in touch shortly about the laptop too."])
    assert text.count("Thank") == 1 and text.count("in touch shortly") == 1
    assert "We've logged it." in text


@pytest.mark.parametrize("text,parts", [
    ("Couple of bits: 1) the label printer is offline again, and 2) who gets our domain login when you go?", 2),
    ("(a) reset Sam's mailbox password please (b) when is the handover meeting happening?", 2),
    ("Firstly, our VPN drops every hour. Secondly: can we have the backup drive before the end?", 2),
    ("morning\n- the scanner is jammed on floor 2\n- what happens to our files after the last day", 2),
    ("we lost 2.5 days to this outage - first time that has happened", 1),
])
def test_a_listed_message_is_split_into_its_requests(text, parts):
    assert len(cues.segments(text)) == parts


def test_a_numbered_ticket_and_data_question_go_to_a_person_with_both_drafted(bot):
    decision = bot.handle(client("Two bits: 1) our new receptionist can't log in to her laptop and 2) who should "
                                 "can we have a copy of all our files on a drive before the end?", "Acme Dental"))
    assert decision.action == HANDOFF
    assert "help desk" in decision.staff_notice.text and "external drive" in decision.staff_notice.text



@pytest.mark.parametrize("text,move", [
    ("they want the global admin password sent over Teams. ok to just paste it?", "plain_channel"),
    ("their new IT guy is on the phone asking for the firewall login, do I read it out?", "plain_channel"),
    ("should I just email the wifi creds to the owner?", "plain_channel"),
    ("the office manager wants the NAS admin pw sent to her gmail, fine?", "plain_channel"),
    ("can we keep hold of the backup key until they settle the last invoice?", "withhold"),
    ("ok to wipe their old backups from our storage now?", "delete_theirs"),
    ("should I hand over their email admin password to the new firm?", ""),
    ("can we remove our own admin account from their tenant now?", ""),
])
def test_a_move_principle_four_rules_out_is_recognised(text, move):
    assert cues.unsafe_move(text) == move


@pytest.mark.parametrize("text,first", [
    ("Acme Dental wants their M365 admin password over Teams. ok to just paste it?", "No: never in plain chat"),
    ("can we sit on Acme Dental's backup encryption key until they pay what they owe?", "No: Acme Dental's data"),
    ("can we delete Acme Dental's old mailbox archives from our storage?", "Not yet: the data is Acme Dental's"),
])
def test_an_unsafe_move_gets_a_plain_no_first_never_a_yes(bot, text, first):
    decision = bot.handle(staff(text))
    answer = decision.reply.coaching.split("\n\n")[0]
    assert answer.startswith(first) and not answer.startswith("Yes")


@pytest.mark.parametrize("text,ask", [
    ("what's a fair notice period when we drop a customer?", "notice_period"),
    ("how long a notice do we owe Acme Dental, roughly?", "notice_period"),
    ("what if Globex wants to get back on board in a couple of years?", "returning_client"),
    ("how do I tell Acme Dental the news?", None),
    ("an old client wants to sign up again, same price as before?", "returning_client"),
])
def test_notice_length_and_a_return_one_day_are_practical_asks(text, ask):
    asks = cues.practical_asks(text)
    assert (ask in asks) if ask else not {"notice_period", "returning_client"} & set(asks)


def test_a_lunch_order_is_not_the_order_of_closing_out():
    assert "checklist" not in cues.practical_asks("sandwich order closes at noon, anyone?")


def test_a_reminder_of_the_final_invoice_is_a_plain_yes(bot):
    decision = bot.handle(staff("Globex hasn't paid the final invoice yet, can I chase it or is that still helping them?"))
    assert decision.reply.coaching.startswith("Yes: closing out the money is part of finishing")


def test_asked_how_much_notice_staff_get_the_usual_range_and_the_clients_own_last_day(bot):
    decision = bot.handle(staff("how many days notice should Acme Dental have had?"))
    assert "30 to 60 days" in decision.reply.coaching
    assert f"last day is {bot.clients.get('Acme Dental')['end_date'][8:].lstrip('0')}" in decision.reply.coaching \
        or "Acme Dental's last day is" in decision.reply.coaching



@pytest.mark.parametrize("text", [
    "brightpath lost the admin pw for the warehouse NAS, can you just tell me what it was?",
    "we forgot the wifi password you set up for the shop, remind us?",
])
def test_asking_what_their_own_password_was_is_asking_for_what_is_theirs(text):
    assert cues.asks_for_what_is_theirs(text)


def test_an_ex_client_asking_us_to_tide_them_over_is_answered_as_support_that_has_ended(bot):
    decision = bot.handle(client("our new IT firm has folded, could you cover us for a few weeks until we find "
                                 "another one?", "Globex Logistics"))
    assert decision.principle == "done" and decision.action in (REPLY, HANDOFF)


def test_a_reusable_template_asked_for_comes_with_bracketed_blanks_never_invented_facts(bot):
    decision = bot.handle(staff("could I get a boilerplate email for saying no to an ex-client who wants a quick fix?"))
    script = decision.reply.script
    assert "A template to reuse (fill in the brackets):" in decision.reply.text
    assert "[last day of support]" in script and "Hello [client] team," in script
    assert "To complete the record" not in decision.reply.text and "Acme" not in script


def test_a_template_for_an_announcement_leaves_the_reason_as_a_blank(bot):
    script = bot.handle(staff("standard email template for telling a client we're ending the contract?")).reply.script
    assert "[the reason, said plainly in a sentence]" in script and "decision is final" in script


def test_a_payment_staff_relay_is_thanked_first_in_the_script_and_the_decision_still_holds(bot):
    decision = bot.handle(staff("Acme Dental cleared the whole overdue balance this morning and asked if we'll "
                                "reconsider. what do I send back?"))
    body = decision.reply.script.split("\n\n")[1]
    assert body.startswith("Thank you for letting us know about the payment") and ("final" in body or "stands" in body)
    assert "appreciate" not in body.split(".", 1)[1]   # thanked once


def test_asking_us_to_cover_a_month_past_the_end_is_asking_for_more_time():
    assert cues.asks_for_more_time("the new people can't start till February - could you cover January for us?")


def test_asking_whether_the_client_must_sign_something_is_the_sign_off_question():
    assert "sign_off" in cues.practical_asks("does Acme need to sign something at the end or is an email enough?")


def test_an_ex_clients_new_provider_wanting_a_walkthrough_is_coached_as_after_the_end(bot):
    decision = bot.handle(staff("Globex's new IT lot want us on a call to walk them through the setup, do we do it?"))
    assert decision.intent == "provider_config_question" and decision.principle == "done"


@pytest.mark.parametrize("text,shape", [
    ("can you give me a whatsapp-length version for Acme Dental's manager?", "sms"),
    ("need a voicemail for acme dental's front desk about the drive pickup", "voicemail"),
    ("one-liner for Acme Dental confirming the last day pls", "short"),
    ("how do I tell Acme Dental we're ending the contract?", ""),
])
def test_the_shape_a_script_is_asked_in_is_recognised(text, shape):
    assert staff_cues.script_format(text)[0] == shape


def test_a_text_message_script_fits_one_text_and_is_signed_by_a_person(bot):
    decision = bot.handle(staff("sms to Acme Dental's office manager: their data drive is ready, when can they collect"))
    assert "as a text message" in decision.reply.text
    assert len(decision.reply.script) <= 300 and decision.reply.script.endswith("- Priya, Northwind IT")


def test_a_text_kept_to_the_characters_asked_keeps_the_sentence_about_what_was_asked(bot):
    decision = bot.handle(staff("Text message to the Acme Dental office manager, one SMS (160 chars max), reminder that "
                                "we still haven't heard from any new provider."))
    script = decision.reply.script
    assert len(script) <= 160 and "provider" in script and script.endswith("- Priya, Northwind IT")


@pytest.mark.parametrize("limit", [60, 120])
def test_an_email_kept_under_the_words_asked_fits_and_says_how_long_it_is(bot, limit):
    decision = bot.handle(staff(f"Can you draft an email to Acme Dental reminding them their new IT company needs to get "
                                f"in touch with us a week before the end, and that our support stops after the last day? "
                                f"Keep it under {limit} words."))
    words = len(decision.reply.script.split())
    assert words <= limit and f"({words} words, {limit} at most)" in decision.reply.text
    assert long_date(date.fromisoformat(calendar.iso_day(20))) in decision.reply.script   # the last day survives the cut


@pytest.mark.parametrize("text, limit", [("keep it under 120 words", ("words", 120)), ("one SMS (160 chars max)", ("chars", 160)),
                                         ("no more than 80 words please", ("words", 80)), ("a 3-line script", ("", 0)),
                                         ("200 characters or less", ("chars", 200))])
def test_a_length_asked_for_is_read(text, limit):
    assert staff_cues.length_limit(text) == limit


def test_a_voicemail_script_is_spoken_and_timed(bot):
    decision = bot.handle(staff("voicemail script for Acme Dental: we still need to hear who their new provider is"))
    assert decision.reply.script.startswith("Hi, this is [your name] from Northwind IT, for Acme Dental.")
    assert "seconds spoken" in decision.reply.text and "Kind regards" not in decision.reply.script


def test_a_voicemail_is_in_the_callers_voice_fits_thirty_seconds_and_says_where_to_call_back(config, open_bot):
    bot = open_bot(replace(config, phone="020 7946 0000"))
    seed_clients(bot.clients)
    decision = bot.handle(replace(staff("can you give me a voicemail for Acme Dental, they're not picking up and I need "
                                        "them to call back about the handover"), sender_name="Sam Ortiz"))
    script = decision.reply.script
    assert script.startswith("Hi, this is Sam from Northwind IT") and "020 7946 0000" in script
    assert len(script.split()) / 2.5 <= 30


@pytest.mark.parametrize("text", ["for our records, what was the reason we ended with Acme Dental?",
                                  "writing up an internal review - why did Acme Dental get notice?"])
def test_a_question_for_our_own_records_gets_the_facts_and_no_letter_to_the_client(bot, text):
    decision = bot.handle(staff(text))
    assert decision.reply.script == "" and "late payment" in decision.reply.text


@pytest.mark.parametrize("text,letter", [
    ("can we hand Acme Dental the M365 global admin now and keep ours till the end?", False),
    ("our monitoring still pages on-call about Acme Dental's server at 3am - ok to switch our alerts off?", False),
    ("Acme Dental want the M365 global admin now. what do I send them?", True),
    ("Acme Dental's manager keeps emailing about the admin login", True),
])
def test_a_letter_to_the_client_comes_only_when_words_are_wanted(bot, text, letter):
    decision = bot.handle(staff(text))
    assert bool(decision.reply.script) is letter


@pytest.mark.parametrize("text", ["is switching off our RMM agents on Acme Dental's last day spite?",
                                  "does removing our admin from Acme Dental after the end count as petty?"])
def test_a_question_that_asks_for_a_judgement_gets_no_stock_yes_or_no(text):
    assert not cues.asks_yes_or_no(text)


def test_a_lawyers_letter_reported_by_staff_goes_to_management_with_only_a_holding_reply(bot):
    # (two fresh reviewers asked for a holding reply to send; it argues nothing and says who answers)
    decision = bot.handle(staff("Acme Dental's solicitors wrote saying the notice breaches our contract, what do I reply?"))
    assert "Don't answer it yourself" in decision.reply.text
    assert decision.reply.script.count(".") <= 4 and "breach" not in decision.reply.script \
        and "passed it to our management team, who will reply to you directly" in decision.reply.script
    assert "Priya and management" in decision.reply.text   # the test roster names the owner Priya


def test_a_note_for_our_own_billing_team_is_no_letter_to_the_client(bot):
    decision = bot.handle(staff("need a quick note to our finance team about Acme Dental's final invoice"))
    assert decision.reply.script.startswith("Hi finance team") and "Hello Acme" not in decision.reply.text


def test_secrets_for_someone_nobody_has_vouched_for_get_a_plain_not_yet(bot):
    decision = bot.handle(staff("a guy says he's Acme Dental's new IT and wants the firewall login. nobody on file. send it?"))
    assert decision.reply.coaching.startswith("Not yet: nobody is on record as Acme Dental's new provider")


def test_an_ex_clients_own_domain_code_asked_for_by_their_new_people_is_handed_over(bot):
    decision = bot.handle(staff("Globex's new IT lot rang for the domain transfer code. do we give it?"))
    assert decision.intent == "credentials_handover" and decision.principle == "helpful"


def test_a_short_when_is_the_last_day_from_a_client_in_notice_gets_the_date(bot):
    decision = bot.handle(client("when's the last day?", "Acme Dental"))
    end = bot.clients.get("Acme Dental")["end_date"]
    assert decision.intent == "end_date" and str(int(end[8:])) in (decision.reply or decision.draft).text


@pytest.mark.parametrize("text,named", [
    ("can someone come in on the 22nd?", [date(2026, 12, 22)]),
    ("what about Jan 8 for the last bits?", [date(2027, 1, 8)]),
    ("handover on 4 January, ok?", [date(2027, 1, 4)]),
    ("we lost 2.5 days on that", []),
])
def test_the_days_a_message_names_are_read_nearest_to_today(text, named):
    assert cues.days_named(text, date(2026, 12, 1)) == named


def test_work_asked_for_on_a_day_past_the_last_one_is_declined_for_then(bot):
    last = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    after = last + timedelta(days=2)
    decision = bot.handle(staff(f"Acme Dental asked if an engineer can fix the reception PC on {after.day} "
                                f"{after:%B}. ok to book it?"))
    assert decision.intent == "after_last_day" and decision.principle == "done"


def test_a_floor_number_is_no_day():
    assert cues.days_named("the printer on the 23rd floor is jammed again", date(2026, 12, 1)) == []


@pytest.mark.parametrize("text,move", [
    ("they want the admin passwords emailed to the owner's gmail, ok?", "plain_channel"),
    ("their guy is on the phone asking for a password reset for a user, do we do it?", ""),
])
def test_a_personal_mailbox_is_a_plain_channel_and_a_caller_on_the_phone_is_not(text, move):
    assert cues.unsafe_move(text) == move


def test_letting_their_domain_lapse_gets_a_plain_no(bot):
    decision = bot.handle(staff("Globex's domain renews on our registrar account next week. do we just let it lapse?"))
    assert decision.reply.coaching.startswith("No: ") and "lapse" in decision.reply.coaching.split("\n")[0]


def test_removing_our_admin_before_anyone_on_their_side_holds_it_is_not_yet(bot):
    decision = bot.handle(staff("can I remove our global admin from Globex's M365? they never confirmed who has admin"))
    assert decision.reply.coaching.startswith("Not yet: first get a named person on their side confirmed")


def test_asking_whether_the_client_must_sign_something_is_answered_yes_with_what_it_takes(bot):
    decision = bot.handle(staff("do we need Acme Dental to sign something at the end?"))
    assert "named person at Acme Dental accepts the handover" in decision.reply.coaching


def test_on_call_for_weeks_after_the_end_is_more_time():
    assert cues.asks_for_more_time("they want us on call for a couple of weeks after, just in case")


def test_a_question_about_coffee_is_no_venting():
    assert staff_cues.staff_feeling("ugh this week is brutal. any good coffee near the office?") == ""


@pytest.mark.parametrize("text", ["should i actually mention the late payments to acme or just say 'business reasons'?",
                                  "Acme's fine with the external drive for their data. what goes on it and how do we hand "
                                  "it over? can you give me something to send"])
def test_a_script_thanks_the_client_for_no_question_they_never_asked(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert script and "for asking" not in script and "getting in touch" not in script


def test_a_script_thanks_the_client_for_the_question_they_asked(bot):
    script = bot.handle(staff("Acme Dental asked why we're ending it. what do I say?")).reply.script
    assert "for asking" in script or "fair question" in script or "be clear" in script


def test_a_colleague_asking_about_the_record_gets_no_letter_to_the_client(bot):
    decision = bot.handle(staff("what was the official reason we gave Acme Dental again? the new hire is asking"))
    assert "late" in decision.reply.text and not decision.reply.script


@pytest.mark.parametrize("text", ["Acme Dental's owner yelled at me on the phone and called us crooks. what do i say if he "
                                  "calls back?",
                                  "Acme Dental keeps asking for a discount to stay. what do we say to them on the phone?"])
def test_words_to_say_out_loud_come_without_a_greeting_or_a_signature(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "To say on the call:" in reply.text
    assert not reply.script.startswith(("Hi", "Hello", "Dear")) and "Kind regards" not in reply.script


@pytest.mark.parametrize("text", ["do we owe Acme Dental a refund on the prepaid backup storage through March?",
                                  "final invoice for Acme Dental: do we bill the hours on their out-of-scope project?"])
def test_whether_money_is_owed_is_the_contracts_answer_not_a_yes(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert "agreed in writing" in reply and "\n\nYes" not in reply


def test_closing_a_leaving_clients_tickets_is_a_no(bot):
    reply = bot.handle(staff("Acme Dental has 30 open tickets. do we just close them all since they're leaving?")).reply
    assert "\n\nNo:" in reply.text and "Helpful" in reply.title


def test_changing_a_clients_passwords_before_the_end_is_a_no(bot):
    reply = bot.handle(staff("is it ever ok to change Acme Dental's admin passwords before their last day so they "
                             "can't mess things up?")).reply.text
    assert "\n\nNo:" in reply and "\n\nYes" not in reply


@pytest.mark.parametrize("text", [
    "Acme Dental want us to set up the network for their new branch before we go. It's a two-week job. Do we?",
    "acme wants us to migrate their practice software to cloud before we go. its like 40 hrs of work. do we have to?"])
def test_a_new_project_for_a_leaving_client_is_not_a_stock_yes(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Only if it can be finished" in reply.text and not reply.script


@pytest.mark.parametrize("text,answer", [
    ("Acme Dental sent 11 tickets yesterday. Do we really have to keep answering all of them?", "Yes:"),
    ("We're short staffed over the holidays. Can we tell Acme Dental support is limited until the end?", "No:"),
])
def test_whether_a_client_in_notice_still_gets_full_support(bot, text, answer):
    reply = bot.handle(staff(text)).reply.text
    assert f"\n\n{answer}" in reply and "full client" in reply


def test_a_colleague_sharing_a_feeling_gets_no_roster_listing(bot):
    reply = bot.handle(staff("Feeling a bit guilty about all the offboardings this month. Are we too harsh?")).reply
    assert "From the record" not in reply.text


def test_a_general_question_about_what_is_normal_is_no_roster_look_up():
    from intents.roster_questions import roster_question
    assert roster_question("How long a notice period is normal when we let a managed services client go?") is None
    assert roster_question("What date do Acme's new IT people need to reach us by?") is not None


@pytest.mark.parametrize("text", ["Acme Dental's global admin is still one of our accounts. Do we hand it over now or on "
                                  "the last day?",
                                  "do we give Acme Dental's admin creds straight to their new provider or to Acme?"])
def test_an_either_or_question_gets_no_stock_yes(bot, text):
    assert "\n\nYes" not in bot.handle(staff(text)).reply.text


def test_work_on_the_side_for_an_ex_client_is_a_no(bot):
    reply = bot.handle(staff("I feel bad for Globex Logistics' IT guy. Could I help him out on the side, off the "
                             "books?")).reply.text
    assert "\n\nNo: work on the side" in reply


def test_how_long_to_keep_our_copies_is_answered_not_read_as_a_data_request(bot):
    reply = bot.handle(staff("do we still need to keep Globex Logistics' old backups on our storage?")).reply
    assert "Keep our copies until" in reply.text and "Yes, hand it over" not in reply.text


def test_words_for_our_own_team_are_a_team_note_never_a_client_letter(bot):
    reply = bot.handle(staff("Write me a short Slack message to my team explaining why Acme Dental is going.")).reply
    assert "For the team (not for the client):" in reply.text
    assert "late" in reply.script and "your organisation" not in reply.script and "Kind regards" not in reply.script


def test_whether_a_client_is_active_or_being_offboarded_is_a_roster_look_up(bot):
    reply = bot.handle(staff("New here. Is Acme Dental active or being offboarded?")).reply.text
    assert "in transition" in reply and not reply.split("\n\n")[1].startswith(("No", "Yes"))


def test_what_we_still_hold_in_their_systems_is_not_a_roster_yes():
    from intents.roster_questions import roster_question
    assert roster_question("are we still delegated admin on Globex's tenant? they ended in October") is None


def test_pro_rata_billing_is_the_contracts_answer(bot):
    reply = bot.handle(staff("We already invoiced Acme Dental for November. Do I bill December pro rata to the last "
                             "day?")).reply
    assert "agreed in writing" in reply.text and "\n\nYes" not in reply.text and not reply.script


@pytest.mark.parametrize("text", ["What's the difference between removing our access and 'spite'? I'm confused",
                                  "Can I wipe the Globex Logistics VM from our hypervisor now, or would that count as "
                                  "'spite'?"])
def test_when_closing_out_is_spite_and_when_hygiene_is_explained(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "The difference is timing and whose it is." in reply.text and not reply.script


def test_an_ex_client_wanting_back_in_is_a_come_back_whatever_else_the_words_carry(bot):
    decision = bot.handle(staff("write a reply to Globex Logistics - they want back in and swear they'll be reasonable"))
    assert decision.intent == "come_back"


@pytest.mark.parametrize("text,feeling", [
    ("Honestly Acme Dental has been a nightmare all year, so glad we're nearly rid of them lol", "venting"),
    ("Felt awful saying no to Globex's IT guy today, he sounded desperate. Am I being a jerk?", "second_guessing"),
])
def test_feelings_in_other_words_are_recognised(text, feeling):
    from intents import staff_cues
    assert staff_cues.staff_feeling(text) == feeling


def test_whether_a_move_is_petty_is_no_roster_look_up():
    from intents.roster_questions import roster_question
    assert roster_question("is it petty to turn off Acme's after-hours alerts now, since they're leaving anyway") is None


@pytest.mark.parametrize("text", ["Initech pays late all the time too tbh. Should we drop them like Acme?",
                                  "Initech's being difficult again, should I start drafting their termination notice?"])
def test_ending_with_an_active_client_is_said_to_be_a_decision_nobody_has_made(bot, text):
    decision = bot.handle(staff(text))
    assert decision.client == "Initech" and "management to decide" in decision.reply.text
    assert "Ready to send" not in decision.reply.text


@pytest.mark.parametrize("text", ["Initech asked me if we're dropping them too, they heard about Acme. What do I say?",
                                  "Initech heard rumours we're 'dropping clients' and emailed asking if they're next. "
                                  "how should I reply?"])
def test_an_active_client_asking_if_they_are_next_is_told_honestly_nothing_is_decided(bot, text):
    decision = bot.handle(staff(text))
    assert "Nothing has been decided about Initech" in decision.reply.text and "confidential" in decision.reply.text
    assert "let the anger pass" not in decision.reply.text


@pytest.mark.parametrize("text", ["Initech asked for a quote on new firewalls. anything I need to know offboarding-wise?",
                                  "Initech emailed asking for two extra M365 licences. anything offboarding-related to watch?"])
def test_ordinary_business_from_an_active_client_is_handled_as_usual_without_raising_offboarding(bot, text):
    # They asked for a quote, not whether they are next: nothing to tell them about offboarding at all.
    decision = bot.handle(staff(text))
    assert decision.client == "Initech" and "ordinary business" in decision.reply.text
    assert "remain a client" not in decision.reply.text and "don't bring up offboarding" in decision.reply.text



@pytest.mark.parametrize("text", ["Globex never picked a new provider. Are we still on the hook for anything?",
                                  "anything left for us to close out with globex?"])
def test_what_is_still_ours_after_the_end_is_the_close_out_list(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "loose_ends" and "final invoice" in decision.reply.text


@pytest.mark.parametrize("text", [
    "Tom wants to send Globex Logistics a 'told you so' email since their new provider is struggling. how do I stop him?",
    "our intern wants to post a 'client from hell' story about Globex Logistics on linkedin (anonymised he says). ok?"])
def test_a_parting_shot_at_a_client_is_a_plain_no_with_nothing_to_send(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo: it's business, not personal" in reply.text and not reply.script
    assert "Wish them well" not in reply.text


def test_suspending_a_clients_services_over_an_unpaid_invoice_is_a_no_until_the_last_day(bot):
    reply = bot.handle(staff("billing wants to suspend Acme Dental's M365 licences today because an invoice is overdue. "
                             "is that ok?")).reply.text
    assert "\n\nNo: nothing of Acme Dental's is suspended" in reply and "Chase the invoice" in reply


def test_once_notice_has_gone_out_the_script_restates_it_rather_than_announcing_it_again(bot):
    # Acme Dental's notice went out ten days ago (tests/support/records.py).
    reply = bot.handle(staff("how do I tell Acme Dental we're ending? need words for the call tomorrow")).reply
    assert reply.script.startswith("As we set out in our notice of") and "decided to end" not in reply.script
    assert "don't announce it again" in reply.coaching


def test_what_a_pasted_email_asks_for_is_not_taken_as_our_colleagues_own_idea(bot):
    text = ('BrightPath IT just emailed:\n\n"Hello, we now look after Globex Logistics. Could you email us the '
            'firewall admin password and the VPN pre-shared key so we can get going? Thanks, Sam"\n\nhow do I reply?')
    reply = bot.handle(staff(text)).reply
    assert "never in plain chat" not in reply.text.split("On record:")[0]
    assert reply.script.startswith("Hi Sam,") and "Globex Logistics' VPN pre-shared key" in reply.script   # BrightPath's Sam
    # Said by the colleague themselves, the same move is still a plain no.
    own = bot.handle(staff("can I just email BrightPath IT the Globex Logistics firewall admin password?")).reply
    assert "No: never in plain chat" in own.text


@pytest.mark.parametrize("text,pasted", [
    ("Got this from Acme:\n---\nWe are sorry about the invoices, everything is paid now, please reconsider.\n---\nreply?",
     "We are sorry about the invoices"),
    ("> Please send the admin passwords for our tenant by email today\n> thanks, Lin\nwhat do I say?", "admin passwords"),
    ("can you draft a reply to Acme about their data?", ""),
])
def test_a_pasted_message_is_told_apart_from_the_question_around_it(text, pasted):
    found = staff_cues.pasted_message(text)
    assert (pasted in found) if pasted else found == ""


@pytest.mark.parametrize("text,opening", [
    ("need to word the final invoice email for Acme Dental, they tend to pay late so I want it clear. draft?",
     "Please find attached our final invoice"),
    ("final Globex Logistics invoice still unpaid after 2 weeks. wording for a reminder email? keep it civil",
     "A friendly reminder that our final invoice"),
])
def test_the_final_invoice_gets_its_own_email_tied_to_nothing_else(bot, text, opening):
    reply = bot.handle(staff(text)).reply
    assert opening in reply.script and "support up to" in reply.script
    assert "Don't tie it to the handover" in reply.coaching and "taking our own access" not in reply.script


def test_a_slack_msg_for_the_team_is_a_team_note_not_a_letter_to_the_client(bot):
    reply = bot.handle(staff("draft a slack msg to the team: acme dental offboarding, need someone on the handover")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text
    assert "Priya leads it" in reply.script


def test_a_team_note_about_a_client_nobody_owns_asks_for_someone_to_lead(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(30),
                    reason_category="overload")
    reply = bot.handle(staff("draft a slack msg to the team: hooli offboarding, no owner yet")).reply
    assert "Nobody is named to lead it yet" in reply.script and "The account owner leads it" not in reply.script


def test_an_ex_client_who_keeps_calling_gets_the_same_kind_no(bot):
    decision = bot.handle(staff("is it normal that Globex Logistics still calls 2 wks after? how long do we keep saying "
                                "no, at some point do we just help them"))
    assert decision.intent == "after_end_request" and "decline further work politely and firmly" in decision.reply.text


def test_the_sign_off_asked_about_is_answered_as_the_handover_not_a_plea(bot):
    decision = bot.handle(staff("did we ever do a formal sign-off with globex logistics? if not what should it look like now"))
    assert decision.principle == "done" and "Sign-off: a named person" in decision.reply.text
    assert "hold to the decision" not in decision.reply.text


def test_a_client_in_notice_who_calls_all_day_is_given_one_route_not_less_help(bot):
    reply = bot.handle(staff("need a call script for Acme Dental's manager, she calls the help desk 6x a day since the "
                             "notice. want to be kind but set limits")).reply
    assert "come through the help desk" in reply.script and "Anything urgent still gets priority" in reply.script
    assert "Of course, we'll take care of this" not in reply.text


def test_an_ex_client_ringing_a_personal_phone_gets_the_kind_no(bot):
    decision = bot.handle(staff("Globex Logistics' ops manager rang my personal cell for 'just 5 min' on a printer. "
                                "what do I say if he calls again"))
    assert decision.intent == "after_end_request" and "no longer able to provide support" in decision.reply.script


@pytest.mark.parametrize("text,asks", [
    ("Our CFO says it's about the invoices but your account manager told me something else. Which is it?", False),
    ("can I speak to our account manager please", True),
    ("who is our account manager?", True),
])
def test_the_account_manager_mentioned_in_passing_is_no_request_to_talk_to_them(text, asks):
    assert cues.asks_for_contact(text) is asks


def test_asked_for_a_subject_line_staff_get_options_from_the_record_not_a_letter(bot):
    reply = bot.handle(staff("subject line for the email confirming acme dental's offboarding timeline? 2-3 options")).reply
    lines = reply.script.splitlines()
    assert "Subject lines (pick one):" in reply.text and 1 < len(lines) <= 3
    assert all(line.startswith("- ") for line in lines) and "Kind regards" not in reply.script
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert any(f"{end.day} {end:%B}" in line for line in lines)


@pytest.mark.parametrize("text", ["three subject lines for the final invoice email to Acme",
                                  "give me a subject line or two for the email that sends Acme Dental their last invoice"])
def test_subject_lines_for_the_final_invoice_email_are_about_the_invoice(bot, text):
    lines = bot.handle(staff(text)).reply.script.splitlines()
    assert lines and all("invoice" in line.lower() for line in lines), lines


@pytest.mark.parametrize("phase", ["transition", "ended", None])
def test_subject_lines_for_every_kind_and_phase_are_whole_lines_from_the_record(phase):
    from intents.catalog import INTENTS
    from responses import render
    client = {"name": "Acme Dental", "phase": phase, "notice_date": "2026-11-20", "end_date": "2026-12-21",
              "reason_category": "late_payment"} if phase else None
    facts = render.facts_for(client, company="Northwind IT", signer="the team", payment_terms="",
                             today=date(2026, 12, 1))
    for intent, spec in INTENTS.items():
        if spec.principle is None:
            continue
        lines = render.subject_lines(intent, spec.principle, facts).splitlines()
        assert len(lines) == 3, (intent, lines)
        for line in lines:
            assert line.startswith("- ") and len(line) > 8 and "{" not in line and "  " not in line, (intent, line)
            assert ("December" in line) <= bool(phase), (intent, line)   # no date without a record


def test_a_clients_question_about_the_last_day_itself_is_answered_with_the_date_inclusive(bot):
    reply = bot.handle(staff("Acme Dental are asking whether the last day is the last day they're supported or the first "
                             "day they're not? what do i tell them")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"To confirm: {end} is your last day of support" in reply.script and "up to and including" in reply.script
    assert "switched off" not in reply.script


@pytest.mark.parametrize("text", ["need an internal note for the acme dental file on where we are with the exit",
                                  "write me a short internal summary of the Globex Logistics exit for the onboarding doc"])
def test_an_internal_note_about_a_client_we_are_letting_go_is_written_up_for_us(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "The reason on record" in reply.script
    assert "outside what I can answer" not in reply.text


def test_the_new_providers_number_asked_for_is_looked_up(bot):
    reply = bot.handle(staff("BrightPath IT's number? need to call them about globex")).reply
    assert reply.text.startswith("From the record") and "BrightPath IT" in reply.text


@pytest.mark.parametrize("text,reason,greeting", [
    ("Can you write me an email to a client telling them we're dropping them because they're impossible to please?",
     "The reason is that we haven't been able to give you the service you expect", "Hello [client] team,"),
    ("Stark Plumbing keeps asking for website work that's nowhere in our contract. how do I word the reason?",
     "The reason is the scope of the work", "Hello Stark Plumbing team,"),   # the name staff gave, nothing of a record
])
def test_words_asked_for_about_no_client_on_record_come_as_a_template_with_the_reason_named(bot, text, reason, greeting):
    reply = bot.handle(staff(text)).reply
    assert "A template to reuse (fill in the brackets):" in reply.text and reason in reply.script
    assert reply.script.startswith(greeting) and "[last day of support]" in reply.script and "it isn't about" not in reply.script


def test_slow_walking_a_client_in_notice_is_a_no_with_nothing_to_send(bot):
    reply = bot.handle(staff("acme dental sends 15 tickets a day since the notice. can we start slow-walking them?")).reply
    assert "\n\nNo: until" in reply.text and not reply.script


def test_wiping_a_vm_we_host_for_them_waits_for_their_copy(bot):
    decision = bot.handle(staff("can i wipe the acme dental test VM we host for them? it's eating storage"))
    assert "Not yet: the data is Acme Dental's" in decision.reply.text and decision.principle == "helpful"


def test_billing_an_ex_client_after_the_end_stops_unless_agreed(bot):
    reply = bot.handle(staff("globex logistics is still being charged for a backup add-on?? do we keep billing them")).reply
    assert "Not for anything after" in reply.text and "\n\nYes" not in reply.text


def test_recommending_providers_to_a_client_without_one_is_a_yes_with_names_to_fill(bot):
    decision = bot.handle(staff("Acme Dental still has no new provider. should i just recommend someone?"))
    assert decision.principle == "friendly" and "\n\nYes: helping them find a provider" in decision.reply.text
    assert "[provider 1]" in decision.reply.script and "no arrangement with any of them" in decision.reply.script


@pytest.mark.parametrize("name,answer", [("Acme Dental", "How can we help?"), ("Globex Logistics", "we'll hand it over")])
def test_a_bare_hello_from_a_client_in_offboarding_gets_a_short_answer_not_silence(bot, name, answer):
    decision = bot.handle(client("hello?", name))
    assert decision.action == REPLY and answer in decision.reply.text
    assert "Hello,\n\nHello" not in decision.reply.text


@pytest.mark.parametrize("text,bare", [("hi, anyone there?", True), ("good morning team", False), ("hello all", False),
                                       ("hello, can you reset my password", False), ("thanks!", False)])
def test_a_hello_that_opens_a_conversation_is_told_from_one_that_carries_a_request(text, bare):
    assert cues.opens_with_hello(text) is bare


def test_a_client_worried_they_are_cut_off_is_told_plainly_they_are_still_supported(bot):
    reply = bot.handle(staff("Front desk at Acme Dental called asking if they can still log tickets this month, worried "
                             "we'd already cut them off. What do I tell her?")).reply
    assert "Yes, of course: your support carries on exactly as before" in reply.script
    assert "Of course, we'll take care of this" not in reply.script


@pytest.mark.parametrize("text", [
    "My partner wants Acme Dental to pay before we do any work for their last three weeks. Is that reasonable?",
    "Acme Dental put in 14 tickets yesterday. Can I mark the low-priority ones 'won't fix' since they're leaving?"])
def test_doing_less_for_a_client_in_notice_is_a_plain_no(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo: until" in reply.text and "\n\nYes" not in reply.text and not reply.script


def test_a_summary_of_every_grievance_for_their_board_is_a_parting_shot(bot):
    reply = bot.handle(staff("Tom wants to email Globex Logistics' board a summary of every out-of-scope request they "
                             "made. Good idea or not?")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_an_ex_client_wanting_its_backups_is_never_told_no(bot):
    reply = bot.handle(staff("Globex Logistics says we still have their backups and they want them now. It's weeks "
                             "since they left. Do we actually have to?")).reply
    assert "\n\nYes, hand it over" in reply.text and "decline kindly;" not in reply.text


@pytest.mark.parametrize("text,shape", [
    ("Need a text to Acme Dental's office manager: their new IT company needs to call us. 2 lines max", "text message"),
    ("Globex Logistics' ops director rang my mobile for 'ten minutes' on a printer. What's my text back?", "text message"),
    ("Acme Dental's owner hasn't picked up for days. Can you write me a voicemail, under 30 seconds?", "Voicemail script")])
def test_the_shape_asked_for_is_the_shape_given(bot, text, shape):
    assert shape in bot.handle(staff(text)).reply.text


def test_a_look_up_wanted_for_a_letter_is_still_a_look_up(bot):
    reply = bot.handle(staff("Did Globex Logistics end up with a new provider? I need the contact for a letter.")).reply
    assert reply.text.startswith("From the record") and "BrightPath IT" in reply.text


def test_an_opinion_asked_about_an_ex_client_wanting_back_is_coached_not_looked_up(bot):
    decision = bot.handle(staff("Globex Logistics want to sign back up, they say they've calmed down. Tom is against it, "
                                "the owner's on the fence. What's your take?"))
    assert decision.intent == "come_back" and not decision.reply.text.startswith("From the record")


@pytest.mark.parametrize("text,wanted", [("roster q: is Acme Dental still Priya's account?", "Priya"),
                                         ("any update on ticket 48213, the printer at HQ?", None)])
def test_look_ups_are_told_from_ticket_questions(bot, text, wanted):
    reply = bot.handle(staff(text)).reply.text
    assert reply.startswith("From the record") and wanted in reply if wanted else not reply.startswith("From the record")


def test_a_disputed_invoice_is_the_contracts_answer(bot):
    reply = bot.handle(staff("Globex Logistics' last invoice is unpaid and they're disputing half of it. How do I reply?")).reply
    assert "It depends on what was agreed in writing" in reply.text


def test_a_client_that_is_a_law_firm_is_no_legal_threat_and_words_come_as_a_template(bot):
    reply = bot.handle(staff("We've decided to end things with a client who isn't in the bot yet (a small law firm, "
                             "always demanding work outside the agreement). Call or email? And what goes in the message?")).reply
    assert "pass it today to management" not in reply.text
    assert "A template to reuse" in reply.text and "The reason is the scope of the work" in reply.script
    assert escalation_cues.threatens_legal("we have instructed a law firm to act for us")


@pytest.mark.parametrize("text,more", [
    ("We haven't found anyone yet. Could we have until the end of January? We'd pay the extra month upfront.", True),
    ("Could you hold off until the end of February? December is our busiest month.", True),
    ("we will have until Friday to decide on the drive", False),
])
def test_more_time_asked_for_in_other_words_is_recognised(text, more):
    assert cues.asks_for_more_time(text) is more


def test_a_client_asking_to_hold_off_until_later_is_told_the_date_stays(bot):
    decision = bot.handle(client("Could you hold off until the end of February? December is our busiest month.",
                                 "Acme Dental"))
    text = (decision.reply or decision.draft).text
    assert "the last day stays as it is" in text and "no need to worry" not in text


def test_once_notice_has_gone_out_the_notice_wording_is_restated_not_sent_again(bot):
    reply = bot.handle(staff("can you word the notice letter for Acme Dental? make it sound less harsh")).reply
    assert reply.script and "This is our written notice" not in reply.script and "formal notice" not in reply.script
    assert "don't send a second notice" in reply.coaching


def test_a_client_asking_if_support_is_really_ending_on_a_day_gets_the_date(bot):
    decision = bot.handle(client("Is support really ending on the 21st? That's right after our busiest restock week!",
                                 "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "end_date"


def test_telling_the_rest_of_the_help_desk_is_a_team_note(bot):
    reply = bot.handle(staff("How do I tell the rest of the helpdesk Acme Dental is leaving without it turning into "
                             "gossip?")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text


def test_whether_we_are_dropping_an_active_client_is_answered_from_the_record(bot):
    reply = bot.handle(staff("are we dropping initech too? heard rumours in the kitchen")).reply.text
    assert reply.startswith("From the record") and "No. Initech is an active client" in reply


def test_letting_an_ex_clients_domain_lapse_is_a_plain_no(bot):
    reply = bot.handle(staff("Globex Logistics' domain is still in our reseller account, renews in Jan. do we just let "
                             "it lapse? they're gone")).reply.text
    assert "\n\nNo: Globex Logistics' domain" in reply and "\n\nYes" not in reply


def test_an_email_confirming_the_end_date_says_the_date_inclusive(bot):
    reply = bot.handle(staff("can u draft the email to acme dental confirming the end date? Priya wants it out today")).reply
    assert "is your last day of support" in reply.script and "switched off" not in reply.script


def test_words_for_a_client_on_no_particular_topic_are_about_the_handover(bot):
    reply = bot.handle(staff("Need a voicemail script for Acme Dental, the dentist isn't picking up. Under 30 secs pls")).reply
    assert "Voicemail script" in reply.text and "outside what I can answer" not in reply.text


@pytest.mark.parametrize("phase", ["transition", "ended"])
@pytest.mark.parametrize("provider", ["", "Castle Tech"])
@pytest.mark.parametrize("owner", ["", "Priya Shah"])
def test_situation_wording_reads_as_whole_sentences_for_every_record(phase, provider, owner):
    import re
    from responses import render
    client = {"name": "Hooli Bakery", "phase": phase, "notice_date": "2026-11-23", "end_date": "2027-01-04",
              "reason_category": "overload", "new_provider": provider, "account_owner": owner}
    facts = render.facts_for(client, company="Northwind IT", signer="the team", payment_terms="",
                             today=date(2026, 12, 1) if phase == "transition" else date(2027, 2, 1))
    files = [path for path, _ in render.OWN_SCRIPT.values()] + ["situations/notice_given.j2", "situations/team_note.j2"]
    for path in files:
        for chasing, querying, open_invoice in ((False, False, False), (True, False, False), (False, True, False),
                                                (True, False, True)):
            text = render.render_file(path, **facts, chasing=chasing, querying=querying, open_invoice=open_invoice)
            assert not re.search(r"[a-z0-9)][.!?][A-Z]", text), (path, text)
            assert "{" not in text and not any("  " in line for line in text.splitlines()), (path, text)


def test_resetting_an_ex_clients_password_is_work_declined_while_handing_it_over_is_not(bot):
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-31),
                    reason_category="never_satisfied")
    decision = bot.handle(staff("draft a firm but nice reply to Vandelay Imports, they want us to 'just reset the admin "
                                "password on the NAS, it's your setup'"))
    assert decision.intent == "after_end_request" and "never declined" not in decision.reply.text


def test_an_ex_client_with_a_provider_is_not_offered_alternatives(bot):
    reply = bot.handle(staff("someone at Globex Logistics asks if we can recommend a provider since BrightPath isn't "
                             "working out. is that on us?")).reply
    assert "[provider 1]" not in reply.text


def test_asking_if_anyone_still_watches_the_channel_gets_an_answer(bot):
    decision = bot.handle(client("hey is anyone still watching this channel?", "Globex Logistics"))
    assert decision.action == REPLY and decision.intent == "hello"


def test_an_ex_client_asking_us_to_confirm_the_end_date_gets_it(bot):
    decision = bot.handle(client("Could you confirm in writing the date our support with you ended? Our auditors need it.",
                                 "Globex Logistics"))
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert decision.action == REPLY and decision.intent == "end_date" and end in decision.reply.text


def test_an_email_asking_the_new_provider_to_get_in_touch_is_written_to_them(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Can you draft an email asking Castle Tech to get in touch before Hooli's cutoff?")).reply
    assert reply.script.startswith("Hello Castle Tech team,")


def test_telling_my_own_team_is_a_team_note(bot):
    reply = bot.handle(staff("How do I tell my own team we're ending with Acme Dental without a gripe session?")).reply
    assert "For the team (not for the client)" in reply.text


def test_the_new_providers_contact_given_by_the_client_reaches_a_person_with_the_command_to_record_it(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Castle Tech's tech is Dana, dana@castletech.example - she'll call you next week",
                                 "Hooli Bakery"))
    assert decision.intent == "provider_handover"
    assert '`offboard provider "Hooli Bakery" "Castle Tech" dana@castletech.example`' in decision.staff_notice.text
    assert "please share their contact details" not in decision.staff_notice.text


def test_words_for_a_meeting_are_said_aloud_with_the_reason_and_the_handover_ask(bot):
    reply = bot.handle(staff("meeting w/ Acme Dental's office manager thursday, need a script for telling them "
                             "we're ending things")).reply
    assert "To say in the meeting:" in reply.text
    assert not reply.script.startswith(("Hi", "Hello", "Dear")) and "Kind regards" not in reply.script
    assert "late" in reply.script   # they will ask why: the reason on record is said once


def test_a_call_script_never_opens_with_thanks_for_a_message_and_asks_for_the_handover(bot):
    reply = bot.handle(staff("need a call script for Acme Dental, they asked for a call to 'talk it over'. "
                             "pretty sure they're gonna beg")).reply
    assert "To say on the call:" in reply.text
    # (no thanks for a message never sent; "move your email to a hosted email provider" is the safe landing)
    assert "for your message" not in reply.script and "for your email" not in reply.script
    assert "get in touch with us by" in reply.script


def test_a_status_note_for_the_team_lists_what_is_still_open_on_the_handover(bot):
    bot.handle(IncomingMessage(text="offboard check Acme Dental new-provider done", platform="console",
                               sender_id="U_STAFF"))
    reply = bot.handle(staff("write me an internal status note for acme dental, whats still open on the handover. "
                             "will post in #offboarding")).reply
    assert "For the team (not for the client)" in reply.text
    assert "Still open on the handover checklist" in reply.script and "- Data export delivered" in reply.script
    assert "New provider in touch" not in reply.script   # ticked: no longer open
    assert "Dear" not in reply.script and "Kind regards" not in reply.script


def test_talking_points_for_a_meeting_come_with_words_to_say(bot):
    reply = bot.handle(staff("mtg with acme dental tmrw to walk through the handover. talking points pls")).reply
    assert reply.script and "Talking points:" in reply.text and reply.script.startswith("- ")


# -- plain answers to "should I ..." about what principle 4 rules in or out -------------------------------
def test_our_own_admin_account_after_the_end_is_removed_once_they_hold_admin(bot):
    reply = bot.handle(staff("we still have a global admin acct in globex logistics' m365 tenant. delete it or leave it "
                             "in case they need us?")).reply
    assert "Yes, remove it" in reply.text and "holds admin" in reply.text and not reply.script


def test_our_agents_and_backup_jobs_stay_until_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("acme dental's backups run on our cloud console + our RMM agent is on all their PCs. when do "
                             "i kill the backup jobs and pull the agent? today ok since theyre leaving anyway?")).reply
    assert f"Not before the last day ({end})" in reply.text and not reply.script


def test_leaving_our_agent_until_the_new_providers_is_in_is_fine_up_to_the_last_day(bot):
    reply = bot.handle(staff("Acme Dental's new IT asked if we can leave our rmm agent on their machines till they "
                             "deploy theirs. fine?")).reply
    assert "Yes, up to the last day" in reply.text


def test_ending_before_the_last_day_on_record_is_a_no(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    earlier = end - timedelta(days=3)
    suffix = "th" if 11 <= earlier.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(earlier.day % 10, "th")
    reply = bot.handle(staff(f"half the team is off over xmas. can we just tell Acme Dental {earlier:%A} "
                             f"{earlier.day}{suffix} is the last day, cleaner for us")).reply
    assert f"No: the last day on record is {long_date(end)}" in reply.text and not reply.script


def test_a_made_up_reason_to_spare_feelings_is_a_no(bot):
    reply = bot.handle(staff("is it ok to just tell Acme Dental the reason is 'internal restructuring' so nobody "
                             "feels bad?")).reply
    assert "No: give the real reason" in reply.text and "late" in reply.text and not reply.script


def test_naming_a_client_to_other_firms_as_one_to_avoid_is_a_no(bot):
    reply = bot.handle(staff("globex logistics were honestly the worst. can i post them on the msp peer forum as a "
                             "client to avoid?")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_stopping_a_clients_tickets_in_notice_is_a_no_whatever_they_said(bot):
    reply = bot.handle(staff("Acme Dental's owner just yelled at me for 20 mins, called us clowns. i'm done being nice. "
                             "can i just stop picking up their tickets")).reply
    assert "No: until" in reply.text and "full client" in reply.text and not reply.script


def test_forgetting_to_hand_over_their_documents_is_a_no(bot):
    reply = bot.handle(staff("tempted to 'forget' to hand over Acme Dental's network docs + diagrams tbh, they never "
                             "paid for half the work")).reply
    assert reply.text.split("\n\n")[1].startswith("No:") and "documentation" in reply.text


def test_an_ex_client_questioning_an_invoice_reaches_a_person(bot):
    decision = bot.handle(client("We got an invoice from you dated 30 Nov - what is this for? We thought we were "
                                 "finished with you.", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "loose_ends"


def test_support_asked_for_until_the_new_provider_can_start_is_told_the_date_stays(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("Our new provider says they can't start until the middle of next month. Can you keep "
                                 "supporting us until then?", "Acme Dental"))
    text = (decision.reply or decision.draft).text
    assert end in text and "can't continue our support beyond" in text


def test_a_colleague_against_the_decision_gets_no_case_to_reverse_it_and_no_script(bot):
    reply = bot.handle(staff("honestly i think dropping Acme Dental is a mistake. they're lovely. can you help me write up "
                             "an argument to keep them")).reply
    assert "can't help build a case to reverse it" in reply.text and "Priya" in reply.text and not reply.script


def test_a_draft_asked_about_as_too_harsh_is_checked_for_each_sharp_phrase(bot):
    reply = bot.handle(staff("Drafted this for acme dental, too harsh?\n'Due to your continued failure to pay invoices on "
                             "time we are terminating services effective 21/12. Do not contact us after this date.'")).reply
    assert "Not as it stands" in reply.text
    assert "continued failure" in reply.text and "Do not contact us" in reply.text


def test_is_this_really_final_in_a_pasted_reply_is_a_plea_not_a_lost_notice(bot):
    reply = bot.handle(staff("acme dental replied to the notice, how do i answer this:\n\"We are shocked. We have been "
                             "with you for 6 years. Is this really final?? What if we increased the monthly retainer?\"")).reply
    assert "didn't reach you" not in reply.script and "final" in reply.script


def test_a_ticket_status_for_an_active_client_is_not_a_roster_look_up(bot):
    reply = bot.handle(staff("status on initech ticket #4412? pw reset")).reply
    assert "outside what I can answer" in reply.text


def test_asked_to_write_the_ending_for_an_active_client_says_nothing_is_decided(bot):
    reply = bot.handle(staff("initech's been a pain lately, can you write me an offboarding email for them")).reply
    assert "outside what I can answer" not in reply.text and "offboard start Initech" in reply.text
    assert not reply.script


def test_an_onboarding_checklist_is_not_the_handover_checklist(bot):
    reply = bot.handle(staff("can u help with initech's new branch office onboarding? need a checklist")).reply
    assert "outside what I can answer" in reply.text and "handover checklist" not in reply.text


def test_a_colleague_under_strain_is_pointed_kindly_to_their_manager(bot):
    reply = bot.handle(staff("not gonna lie this offboarding stuff is stressing me out, thinking about quitting. who do "
                             "i talk to")).reply
    assert "your manager" in reply.text and "Wi-Fi" not in reply.text


def test_a_discount_asked_to_get_the_final_invoice_paid_is_a_no_and_the_handover_goes_on(bot):
    reply = bot.handle(staff("Acme Dental say they'll only pay the final invoice if we knock 20% off as a 'goodwill "
                             "gesture'. do we just take the hit to get it over with?")).reply
    assert "No: the final invoice stands as issued" in reply.text and "nothing of theirs is held back" in reply.text
    assert not reply.script


def test_a_short_phone_script_for_any_former_client_is_spoken_with_blanks(bot):
    reply = bot.handle(staff("if a former client rings the help desk line, what should L1 say? need a 3-line script "
                             "for the team")).reply
    assert "To say on the call:" in reply.text and "[last day of support]" in reply.script
    assert len([s for s in reply.script.split(". ") if s]) <= 3 and "Kind regards" not in reply.script


def test_holiday_cover_for_a_client_in_notice_follows_its_last_day_against_the_break(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    reply = bot.handle(staff("who covers Acme Dental over christmas?")).reply
    before = end < christmas_break(calendar.today())[0]
    assert ("before the break" if before else "fully supported over Christmas and New Year") in reply.text
    assert long_date(end) in reply.text and "outside what I can answer" not in reply.text and not reply.script


def test_holidays_asked_about_with_no_client_named_go_through_every_client_in_notice(bot):
    reply = bot.handle(staff("any holidays we need to worry about between now and the end dates on the books?")).reply
    assert "Acme Dental: the last day of support is" in reply.text and "Globex" not in reply.text


def test_a_client_asking_who_is_around_over_christmas_is_answered_from_its_last_day(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    decision = bot.handle(client("Will anyone be around between Christmas and New Year? Our server always breaks at "
                                 "the worst possible time lol", "Acme Dental"))
    assert decision.intent == "holiday_cover"
    if end < christmas_break(calendar.today())[0]:
        assert decision.action == REPLY and "before Christmas" in decision.reply.text
        assert long_date(end) in decision.reply.text
    else:   # support runs into the break: who is on call is not on record, so a person answers from the draft
        assert decision.action == HANDOFF and "holiday cover is not on record" in decision.staff_notice.text
        assert "the holidays don't change that" in decision.staff_notice.text and long_date(end) in decision.staff_notice.text


def test_a_client_whose_support_runs_into_the_break_asking_about_cover_is_answered_by_a_person(bot):
    bot.clients.set_end("Acme Dental", (christmas_break(calendar.today() + timedelta(days=200))[1]
                                        + timedelta(days=3)).isoformat())   # the next break, inside the notice
    decision = bot.handle(client("your team is open over christmas right? will anyone answer if something breaks "
                                 "between christmas and new year?", "Acme Dental"))
    assert decision.action == HANDOFF and decision.reply is None
    assert "We'll confirm our holiday cover arrangements" in decision.staff_notice.text


def test_an_office_closure_on_record_is_said_wherever_support_runs_through_it(config, open_bot):
    closed = (calendar.today() + timedelta(days=10), calendar.today() + timedelta(days=18))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    bot.clients.set_end("Acme Dental", (closed[1] + timedelta(days=5)).isoformat())
    text = bot.handle(staff("who covers Acme Dental over christmas?")).reply.text
    assert f"our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in text
    assert "on-call rota" not in text and "fully supported over Christmas" not in text
    decision = bot.handle(client("will anyone answer if our server breaks over christmas?", "Acme Dental"))
    # (the closure on record answers it: nobody while we're shut, the help desk as usual either side)
    assert decision.action == REPLY and f"Our office is closed from {long_date(closed[0])}" in decision.reply.text
    assert "the holidays don't change that" not in decision.reply.text


def test_a_client_asking_the_last_day_and_something_else_gets_a_person_with_the_date_drafted(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    decision = bot.handle(client("Hello, sorry my english. Which day is last day you help us? And our new company "
                                 "must call who?", "Acme Dental"))
    assert decision.action == HANDOFF and decision.reply is None
    assert long_date(end) in decision.staff_notice.text and "on the other points in your message" in decision.staff_notice.text
    checked = bot.handle(replace(client(f"When is the last day? Is it the {end.day}th?", "Acme Dental"), thread_id="check"))
    assert checked.action == REPLY and long_date(end) in checked.reply.text


# -- from review round 14 ------------------------------------------------------------------------------------
def test_hearsay_about_a_clients_phase_is_looked_up_with_nothing_to_send(bot):
    reply = bot.handle(staff("Is Acme Dental ended or still in transition? someone said they left already")).reply
    assert reply.text.startswith("From the record") and "in transition" in reply.text and not reply.script


def test_what_management_wants_is_no_client_request_to_answer(bot):
    reply = bot.handle(staff("General q: what's a normal notice period when dropping a client? Management wants to "
                             "do 2 weeks for the next one")).reply
    assert "30 to 60 days" in reply.text and not reply.script


def test_a_client_owned_domain_login_is_theirs_not_money_owed(bot):
    reply = bot.handle(staff("Globex Logistics is asking for the domain registrar login - the domain is in their name "
                             "but registered through our reseller account. do we owe them this?")).reply
    assert "agreed in writing" not in reply.text and "secure channel" in reply.text


def test_how_much_notice_a_client_got_is_the_notice_and_its_length(bot):
    acme = bot.clients.get("Acme Dental")
    days = (date.fromisoformat(acme["end_date"]) - date.fromisoformat(acme["notice_date"])).days
    reply = bot.handle(staff("how many days notice did Acme Dental get?")).reply
    assert f"{days} days before the last day of support" in reply.text and "from today" not in reply.text


def test_a_client_asking_which_of_two_dates_is_the_last_day_gets_it(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    other = end.replace(day=1) if end.day != 1 else end.replace(day=2)
    decision = bot.handle(client(f"Is it {end.day} {end:%b} or {other.day} {other:%b}? The letter was confusing, sorry",
                                 "Acme Dental"))
    assert decision.intent == "end_date" and long_date(end) in (decision.reply or decision.draft).text


def test_whether_to_hang_up_on_an_abusive_call_gets_a_plain_answer(bot):
    reply = bot.handle(staff("if Acme Dental's owner insults me on the phone during the exit call, I can hang up?")).reply
    assert "Yes, if it goes on" in reply.text


def test_support_stretched_past_the_last_day_is_a_no_whatever_kind_carried_it(bot):
    reply = bot.handle(staff("Acme Dental asked if we could stretch support a couple of weeks past the end because nobody "
                             "can meet a new vendor over the holidays. thoughts?")).reply
    assert "No: the last day of support stays as it is" in reply.text and "Yes:" not in reply.text


def test_licences_moved_to_their_own_card_are_handed_over_not_refunded(bot):
    decision = bot.handle(client("Microsoft says our licences are still billed through you and they renew soon. How do "
                                 "we move them to our own card?", "Globex Logistics"))
    assert decision.intent == "credentials_handover" and "refund" not in decision.staff_notice.text


def test_a_crm_close_out_note_lists_what_is_still_open(bot):
    reply = bot.handle(staff("internal note for the CRM closing out globex logistics, keep it factual")).reply
    assert "(for our records, not for the client)" in reply.text and "Still open on the handover checklist" in reply.script


def test_an_angry_client_who_paid_is_not_thanked_for_the_payment(bot):
    decision = bot.handle(client("Honestly this is petty. We paid. Late, fine, but we paid. You're a bunch of bean "
                                 "counters.", "Acme Dental"))
    assert "the payment" not in (decision.reply or decision.draft).text


def test_the_credentials_a_message_names_are_the_ones_the_script_hands_over(bot):
    reply = bot.handle(staff("how do I respond to this from Acme Dental: \"Our new IT says they need our backup encryption "
                             "key and the admin login for the router. Can you send them?\"")).reply
    assert "The router admin login and the backup encryption key are yours" in reply.script
    assert "secure channel" in reply.script and "licences" not in reply.script


def test_a_client_asking_us_to_post_named_passwords_gets_a_draft_about_those_only(bot):
    decision = bot.handle(client("Please post the admin password for the firewall and the Wi-Fi here so our new vendor "
                                 "can log in.", "Acme Dental"))
    notice = decision.staff_notice.text
    assert "The Wi-Fi admin password and the firewall admin login are yours" in notice
    assert "Without a new provider" not in notice


# -- from development set 10 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,opening", [
    ("we still have delegated admin on globex logistics' 365 tenant apparently. remove it?", "Yes, remove it"),
    ("castle tech want to start early instead of in the new year. does that mean we can end Acme Dental early?",
     "No: the last day on record is"),
    ("team is wiped. would it be so bad if we just quietly stopped picking up Acme Dental's tickets after xmas?",
     "No: until"),
    ("tbh acme dental were late paying all year so why should we give them the backup encryption key before they settle "
     "the final invoice? it's the only leverage we've got", "No: Acme Dental's data, keys, accounts and documentation"),
    ("someone claiming to be Acme Dental's new IT guy wants a firewall config export. we dont even have a new provider "
     "on record for them. do i send it", "Not yet"),
    ("lol is it ok to tell acme dental the real reason is that they're a massive pain", "No: the reason you give is the "
                                                                                       "one on record"),
])
def test_a_move_proposed_in_everyday_words_gets_its_plain_answer_first(bot, text, opening):
    reply = bot.handle(staff(text)).reply
    assert reply.text.split("\n\n")[1].startswith(opening), reply.text


def test_their_things_held_in_our_account_are_handed_over_not_treated_as_our_access(bot):
    reply = bot.handle(staff("Acme Dental's wifi APs are adopted on a controller in OUR cloud account. do we hand that "
                             "over or just delete their site after the last day?")).reply
    assert "Not before the last day" not in reply.text and "hand" in reply.text


@pytest.mark.parametrize("text", ["need a CRM note for acme dental, status as of today pls",
                                  "write the CRM status note for Acme Dental"])
def test_a_crm_note_is_written_for_our_records(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Still open on the handover checklist" in reply.script


def test_what_to_say_at_reception_is_said_aloud(bot):
    reply = bot.handle(staff("Globex Logistics keeps ringing the front desk every week. what do I say at reception?")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_rumours_about_ending_an_active_client_are_answered_as_nothing_decided(bot):
    reply = bot.handle(staff("initech is next on the chopping block right? heard rumours")).reply
    assert "outside what I can answer" not in reply.text and "Initech" in reply.text


def test_a_ticket_status_named_with_the_client_and_the_device_is_out_of_scope(bot):
    assert "outside what I can answer" in bot.handle(staff("can you tell me the status of initech's printer ticket?")).reply.text


@pytest.mark.parametrize("text,names", [
    ("remind me - what's a week before each of the current last days? need it for the board", ("Acme Dental",)),
    ("team lead here. are any of the offboardings missing an account owner?", ("Acme Dental", "Globex Logistics")),
])
def test_questions_about_every_client_in_offboarding_list_them(bot, text, names):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("From the record") and all(name in reply.text for name in names)
    assert "Which client do you mean" not in reply.text


def test_do_we_have_a_name_asks_the_record_not_whether_to_act(bot):
    reply = bot.handle(staff("Who at Acme Dental signs off on the handover? do we have a name?")).reply
    assert "\n\nYes:" not in reply.text and "Sign-off" in reply.text


def test_a_colleague_who_feels_firing_clients_is_wrong_gets_a_word_not_a_lesson_in_reasons(bot):
    reply = bot.handle(staff("honestly is firing clients ever a good idea? feels kinda wrong to me")).reply
    assert "Doubting it" in reply.text and not reply.script


def test_our_decision_to_drop_a_client_not_on_record_is_announced_with_the_reason_it_names(bot):
    reply = bot.handle(staff("we want to drop Soylent Corp, they've paid late for like a year. how do I tell them?")).reply
    assert reply.text.startswith("I can't find Soylent Corp in the client records")   # the brackets are to fill in
    assert "\n\nDecisive" in reply.text and "late payment" in reply.script.lower()
    assert "has decided to end" in reply.script and "but our decision is final" not in reply.script


def test_a_text_reminder_keeps_the_date_it_is_about(bot):
    acme = bot.clients.get("Acme Dental")
    deadline = long_date(date.fromisoformat(acme["end_date"]) - timedelta(days=7))
    reply = bot.handle(staff("write me a text msg to acme dental's office mgr reminding them the new IT co needs to call "
                             "us a week before the end")).reply
    assert "as a text message" in reply.text and deadline in reply.script


def test_a_weekday_and_the_handover_date_asked_together_are_both_answered(bot):
    acme = bot.clients.get("Acme Dental")
    end = date.fromisoformat(acme["end_date"])
    reply = bot.handle(staff(f"acme dental's last day is {end:%b} {end.day} right? is that a {end:%A}? and by when does "
                             f"their new provider need to reach us")).reply
    assert reply.text.startswith("From the record") and "Yes:" in reply.text
    assert long_date(end - timedelta(days=7)) in reply.text


def test_a_fault_reported_in_notice_with_a_time_of_day_is_support_not_after_the_end(bot):
    decision = bot.handle(client("Hi, it's Linda. The x-ray PC in op 3 won't let anyone log in this morning, can someone "
                                 "look asap? Patients from 9.", "Acme Dental"))
    assert decision.intent == "support_request"


def test_a_why_question_mentioning_a_call_denies_no_reason_nobody_raised(bot):
    decision = bot.handle(client("why exactly are you ending our contract? nobody explained it properly on the call",
                                 "Acme Dental"))
    assert "amount of support" not in (decision.reply or decision.draft).text


def test_a_client_refusing_to_recommend_us_is_not_asking_for_a_recommendation(bot):
    decision = bot.handle(client("Fine. But don't expect us to ever recommend you to anyone.", "Acme Dental"))
    assert decision.intent != "contact"
    assert "suggest a few IT providers" not in (decision.reply or decision.draft or decision.staff_notice).text


def test_a_client_asking_us_to_recommend_a_provider_is_answered_as_a_friendly_offer(bot):
    decision = bot.handle(client("Can you recommend a provider that suits a 10-person office better? We don't want to "
                                 "pick blindly.", "Acme Dental"))
    assert decision.intent == "contact" and decision.principle == "friendly"


def test_sarcastic_thanks_with_an_insult_reaches_a_person(bot):
    decision = bot.handle(client("Our new IT company says your setup was a mess. Thanks for the garbage you left us.",
                                 "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "angry_client"


def test_an_agenda_for_a_handover_meeting_is_a_list_from_the_record(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("pls write an agenda for the acme dental handover call thurs, 30 min")).reply
    assert "Agenda:" in reply.text and reply.script.startswith("1. ") and "\n6. " in reply.script
    assert end in reply.script and "external drive" in reply.script and "Kind regards" not in reply.script


# -- from review round 15 ------------------------------------------------------------------------------------
def test_a_client_with_nobody_lined_up_asking_about_the_last_day_gets_the_safe_landing(bot):
    decision = bot.handle(client("We haven't found a new IT company yet. What happens on the last day if we still don't "
                                 "have anyone?", "Acme Dental"))
    assert "external drive" in (decision.reply or decision.draft).text


def test_a_client_asking_whether_we_delete_their_things_is_told_nothing_of_theirs_is(bot):
    decision = bot.handle(client("Will you delete our stuff after the last day?", "Acme Dental"))
    assert decision.intent == "cut_off_early" and "deleted" in (decision.reply or decision.draft).text


def test_sarcastic_thanks_for_a_smooth_transition_reach_a_person(bot):
    decision = bot.handle(client("Wow, thanks for the super 'smooth transition' 👏 our printers have been broken for two "
                                 "weeks. great job guys", "Globex Logistics"))
    assert decision.action == HANDOFF


def test_a_charge_they_dont_recognise_reaches_a_person_whoever_they_ask_for(bot):
    decision = bot.handle(client("hi its Dana from accounts. the final invoice has 14 hrs in november we dont recognise, "
                                 "who do i talk to?", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "loose_ends"


def test_a_domain_transfer_code_and_a_loosely_named_domain_are_among_the_things_handed_over(bot):
    decision = bot.handle(client("Our new guys say they need the Wi-Fi admin login and the domain stuff. Can you just post "
                                 "it here?", "Acme Dental"))
    assert "Wi-Fi admin password" in decision.staff_notice.text and "domain registrar login" in decision.staff_notice.text
    decision = bot.handle(client("We need the EPP code for our domain so we can transfer it. ASAP please.", "Globex Logistics"))
    assert "domain transfer (EPP) code" in decision.staff_notice.text


def test_a_client_naming_its_new_provider_is_thanked_and_told_we_will_coordinate(bot):
    decision = bot.handle(client("Hello, we have chosen SmileTech IT as our new provider. Contact is Marco, "
                                 "marco@smiletech.example. Please coordinate with him directly.", "Acme Dental"))
    assert "Thank you for letting us know that SmileTech IT is taking over" in decision.staff_notice.text
    assert "our copies of your data" not in decision.staff_notice.text


def test_asking_whether_a_spiteful_move_is_spite_about_tickets_is_a_no(bot):
    reply = bot.handle(staff("is it spiteful if we just stop picking up new Acme Dental tickets now they've got notice? "
                             "we're drowning over here")).reply
    assert reply.text.split("\n\n")[1].startswith("No: until")


def test_always_being_there_in_an_exit_letter_is_read_as_a_door_left_open(bot):
    reply = bot.handle(staff("Is it OK to say in the exit letter to Acme Dental that we'll 'always be here if they ever "
                             "need us'?")).reply
    assert "Not as it stands" in reply.text and "leaves the door open" in reply.text


def test_a_colleague_burning_out_is_pointed_to_their_manager_not_coached_on_clients(bot):
    reply = bot.handle(staff("my manager keeps piling tickets on me and I'm burning out. any advice?")).reply
    assert "your manager" in reply.text and "Be helpful" not in reply.text


def test_a_linkedin_reply_is_written_for_the_public(bot):
    reply = bot.handle(staff("Can you write a LinkedIn reply? Globex Logistics' ops director posted that we 'abandoned "
                             "them mid-project'. Tom wants something public.")).reply
    assert "Hello Globex Logistics team" not in reply.script and reply.script


def test_staying_on_until_a_later_date_is_more_time_not_an_offer(bot):
    reply = bot.handle(staff("acme dental asked if we can stay on til 8 jan because of the holidays, their lead dentist is "
                             "away. what do i tell them")).reply
    assert "Thank you for the offer" not in reply.script and "No: the last day of support stays" in reply.text


def test_a_phone_script_is_for_a_live_call_not_a_voicemail(bot):
    reply = bot.handle(staff("Write me a phone script for telling Acme Dental we need their new IT to get in touch a week "
                             "before the end")).reply
    assert "To say on the call:" in reply.text and "Voicemail" not in reply.text



def test_the_difference_between_removing_our_admin_and_deleting_their_tenant_is_spelled_out(bot):
    reply = bot.handle(staff("what's actually the difference between removing our GDAP/delegated admin and deleting a "
                             "client's tenant? someone mixed these up. is one of them spite?")).reply
    assert "deleting their tenant, mailboxes or data is never ours to do" in reply.text


def test_more_time_asked_because_the_new_provider_starts_later_gets_the_stopgap(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    decision = bot.handle(client("Can we push the end date to February? Castle Tech can't start till 1 Feb.", "Acme Dental"))
    assert "external drive" in (decision.reply or decision.draft or decision.staff_notice).text


def test_how_a_return_as_a_new_client_works_is_answered_not_refused(bot):
    # (no rule for taking a client back is on record: the answer says so rather than quoting one)
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-31),
                    reason_category="never_satisfied")
    reply = bot.handle(staff("vandelay imports wants to come back. do they just go through normal onboarding like a new "
                             "client?")).reply
    # (and none is sketched either: "a yes would start like any new client's" was a rule, round 31's factual error)
    assert "No rule for taking a former client back is on record" in reply.text and "new client's" not in reply.text
    assert not reply.script


# -- from review round 16 ------------------------------------------------------------------------------------
def test_whether_to_cancel_an_ex_clients_licences_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("globex logistics' 40 M365 licences are still billed through our CSP even though they "
                             "ended. do we just cancel them?")).reply
    assert not reply.text.startswith("From the record")


def test_a_non_native_question_whether_to_say_no_to_work_in_notice_is_a_yes_to_the_work(bot):
    reply = bot.handle(staff("Hello, Acme Dental ask me if we can still install the new tablet next week. They are in "
                             "transition now, so I am not sure if I must say no? Thank you")).reply
    assert reply.text.split("\n\n")[1].startswith("Yes: until")


def test_holiday_cover_names_no_provider_that_is_not_on_record(bot):
    reply = bot.handle(staff("who covers Acme Dental over christmas?")).reply
    assert "their new provider looks" not in reply.text


def test_a_client_asking_about_the_holidays_is_promised_no_hours_nobody_recorded(bot):
    decision = bot.handle(client("Will anyone be around between Christmas and New Year?", "Acme Dental"))
    assert "Christmas and New Year included" not in (decision.reply or decision.staff_notice).text


def test_a_client_asking_about_another_client_gets_a_draft_that_keeps_it_confidential(bot):
    decision = bot.handle(client("Is Acme Dental still with you? We share a building and they're saying you're dumping "
                                 "them.", "Globex Logistics"))
    assert "can't talk about anyone else's" in decision.staff_notice.text


def test_a_question_about_another_client_passed_on_by_staff_is_answered_as_confidential(bot):
    reply = bot.handle(staff("acme dental's office manager asked me on the phone if we 'also dumped Globex' bc she knows "
                             "their ops guy. what can i say")).reply
    assert reply.text.split("\n\n")[1].startswith("Nothing about other clients") and not reply.script


def test_a_question_about_the_final_bill_is_not_answered_as_a_billing_error(bot):
    decision = bot.handle(client("Will there be a final invoice? And is December charged in full if support stops on the "
                                 "last day?", "Acme Dental"))
    assert decision.action == HANDOFF and "charged in error" not in decision.staff_notice.text
    assert "what the final invoice covers" in decision.staff_notice.text


def test_what_we_still_need_before_the_last_day_is_the_checklist(bot):
    reply = bot.handle(staff("list what we still need from Acme Dental before the last day")).reply
    assert "handover checklist" in reply.text and "[ ]" in reply.text


def test_a_plea_read_only_in_doubt_is_drafted_as_the_known_kind_no(bot):
    decision = bot.handle(client("We'd pay double, honestly. Please. Nobody understands our systems like you.",
                                 "Acme Dental"))
    assert decision.action == HANDOFF
    assert "the decision stands" in decision.staff_notice.text and "come back to you" not in decision.staff_notice.text


def test_a_clients_plea_pasted_in_to_answer_gets_the_kind_no_not_a_yes(bot):
    """The client's words decide what the reply answers: here a plea to pause the ending, which mentions the
    holidays, is no support request ("of course, we'll take care of this")."""
    text = ("Can you write my answer to this from Acme's practice manager? Warm, but the decision stands.\n\n---\n"
            "Priya, I realise the late invoices caused real problems and I'm sorry. We've moved our accounts to a new "
            "bookkeeper who pays on the day. Please hold off on ending things and give us until spring to show you, "
            "changing IT firm over the holidays would be awful for us.\nBest,\nMarta\n---")
    decision = bot.handle(staff(text))
    script = decision.reply.script
    assert decision.intent in ("second_chance", "better_offer") and decision.principle == "decisive"
    assert "take care of this" not in script and "decision" in script


def test_a_template_for_a_former_client_asking_to_come_back_never_says_support_carries_on(bot):
    script = bot.handle(staff("Initrode, who we let go in the spring, are asking to come back. Write me the reply.")).reply.script
    assert "won't be taking" in script and "ended on [last day of support]" in script
    assert "keep supporting you" not in script


def test_asking_a_client_with_no_provider_for_one_asks_who_it_is(bot):
    """With no provider on record there is no 'their' to give contact details of: the script asks who it will be."""
    script = bot.handle(staff("Short text to Acme asking who's taking over their IT. From Priya.")).reply.script
    assert "who will look after your IT" in script and "their contact details" not in script


def test_asking_whether_the_reason_rubs_it_in_is_answered_with_the_reason(bot):
    decision = bot.handle(staff("They want the reason in writing. Do I mention the late invoices, or would that be "
                                "rubbing it in? Two sentences if so."))
    assert decision.principle == "honest" and "late payment" in decision.reply.script
    assert "parting shot" not in decision.reply.text


def test_a_caller_put_on_hold_while_we_find_the_words_gets_a_script_for_the_call(bot):
    decision = bot.handle(staff("Acme are on the phone furious that we're leaving them in the lurch. I've got them on "
                                "hold, what do I say? quick script"))
    assert "To say on the call:" in decision.reply.text
    assert "Doing less now is spite" not in decision.reply.text


def test_renewing_licences_one_more_time_is_no_request_for_more_time(bot):
    assert not cues.asks_for_more_time("could you renew the licences one more time for us")
    assert cues.asks_for_more_time("could we have a bit more time before you go")


def test_a_client_questioning_the_final_invoice_gets_a_reply_that_checks_it(bot):
    text = ("Globex came back about the final invoice:\n\n> You've billed us for all of November but your support "
            "stopped mid-month. Can you correct it?\n\nWrite the reply for me please")
    script = bot.handle(staff(text)).reply.script
    assert "check the invoice against" in script and "reissue" in script and "Please find attached" not in script


def test_a_decline_for_a_provider_of_a_client_not_on_record_is_a_template_and_claims_no_phase(bot):
    reply = bot.handle(staff("Soylent's new MSP asked how we set up their VLANs. Draft a decline.")).reply
    # (the name staff gave is used, as for any client not on record; the date is the blank)
    assert "Our support for Soylent ended on [last day of support]" in reply.script
    assert "is still in transition" not in reply.text


@pytest.mark.parametrize("text,sarcastic", [
    ("cheers for that. twelve years and a two-line email", True),
    ("eight years and one phone call to end it. lovely.", True),
    ("ten years and a lot of good memories, thank you all", False),
])
def test_long_years_set_against_how_it_ended_is_sarcasm(text, sarcastic):
    assert cues.sarcastic(text) is sarcastic


def test_words_to_post_back_publicly_are_written_for_the_public(bot):
    script = bot.handle(staff("Acme's office manager wrote on Facebook that we're heartless for leaving them. What do "
                              "we post back publicly?")).reply.script
    assert script and "Hello Acme Dental team" not in script and "Kind regards" not in script


def test_sarcastic_thanks_the_router_doubts_is_still_read_as_anger(bot):
    """Without a sour word, "twelve years and a two-line email" is sarcasm all the same: a person answers it,
    never with warm thanks."""
    acme = bot.clients.find("Acme Dental")
    doubtful = Part("angry_client", "friendly", 0.55, doubt="in two minds")
    assert bot._cue("cheers for that. twelve years and a two-line email", doubtful, acme) == ["angry_client"]


def test_a_reminder_of_the_last_day_for_a_client_we_are_not_offboarding_is_caught_not_refused(bot):
    """Initech is active: a reminder that "their support ends" on some date is a mix-up to catch, not a
    question outside what the bot does."""
    reply = bot.handle(staff("Put together Initech's reminder that their support ends Monday 14 December.")).reply
    assert "Initech is an active client" in reply.text and not reply.script
    assert "outside what I can answer" not in reply.text


def test_a_look_up_and_words_asked_together_get_both(bot):
    """Two asks in one message: the fact from the record, then the words, not the fact alone."""
    reply = bot.handle(staff("How many days' notice did Acme Dental get? Also write a short summary for the team.")).reply
    assert "Notice was given on" in reply.text and "For the team" in reply.text
    reply = bot.handle(staff("Who owns Acme Dental? I want to text them a reminder about the handover.")).reply
    assert "account owner is Priya" in reply.text and reply.script
    only = bot.handle(staff("Who owns Acme Dental?")).reply
    assert "account owner is Priya" in only.text and not only.script


def test_words_for_my_manager_are_a_note_for_the_team_not_a_letter_to_the_client(bot):
    reply = bot.handle(staff("Slack to my manager saying Acme Dental needs someone to lead the handover. Keep it short.")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text
    assert "outside what I can answer" not in reply.text


@pytest.mark.parametrize("text,shape", [
    ("Acme left a voicemail begging to stay on. Give me a callback script.", "spoken"),
    ("Acme left me a voicemail about their files. I need a voicemail to leave back.", "voicemail"),
    ("acme keep ringing, I'll phone them back after lunch - what do I say?", "spoken"),
])
def test_a_voicemail_they_left_is_not_the_shape_of_the_answer(text, shape):
    assert staff_cues.script_format(text)[0] == shape


def test_a_nudge_to_get_the_new_provider_in_touch_is_the_handover_not_an_apology(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    decision = bot.handle(staff("Quick text to Acme's office manager, nudge them to get Castle Tech to ring us. Casual."))
    assert decision.intent == "provider_handover" and "Castle Tech" in decision.reply.script
    assert "frustrat" not in decision.reply.script and "upset" not in decision.reply.script


def test_a_letter_confirming_the_last_day_and_what_the_handover_includes_says_both(bot):
    script = bot.handle(staff("Formal letter for Acme Dental confirming their last day and what the handover includes, "
                              "from Priya.")).reply.script
    assert "is your last day of support" in script and "hand over everything that is yours" in script
    assert "encryption keys" in script and "domain" in script


def test_words_to_an_ex_client_about_our_access_are_the_close_out_letter_and_say_sorry_when_asked(bot):
    sorry = bot.handle(staff("Globex are annoyed our monitoring agent is still on their laptops. Write a reply that "
                             "apologises and says what happens next.")).reply.script
    assert sorry.split("\n\n")[1].startswith("You're right to raise this, and we're sorry")
    assert "our own" in sorry and ("Nothing of yours" in sorry or "stay exactly as they are" in sorry)
    letter = bot.handle(staff("Draft a letter to Globex confirming our access to their systems is being removed.")).reply
    assert "our own" in letter.script and "sorry" not in letter.script and "Yes, remove it" not in letter.text


def test_words_for_a_colleague_on_my_team_are_a_team_note_not_a_letter_to_the_new_provider(bot):
    reply = bot.handle(staff("A junior tech on our team keeps doing little fixes for Globex. Write something I can "
                             "forward him on why that has to stop.")).reply
    assert "For the team (not for the client)" in reply.text and "decline kindly" in reply.text
    assert "Hello BrightPath IT team" not in reply.text


def test_a_note_for_the_tech_listing_what_to_cover_carries_the_open_checklist(bot):
    reply = bot.handle(staff("Message to the tech on Acme's handover listing what to cover: firewall, Wi-Fi, admin "
                             "logins.")).reply
    assert "Still open on the handover checklist" in reply.text and "Credentials and admin accounts" in reply.text


def test_a_one_line_note_for_the_help_desk_is_one_line_without_the_reason(bot):
    reply = bot.handle(staff("one-line Slack post for our help desk about where Acme Dental stands please")).reply
    note = reply.text.split("For the team (not for the client):\n", 1)[1].strip()
    assert "\n" not in note and note.count(". ") == 0 and "full client until" in note
    assert "late payment" not in note


def test_a_meeting_the_new_provider_attends_speaks_to_them_instead_of_asking_for_their_details(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    script = bot.handle(staff("Opening words for the handover meeting with Acme and Castle Tech on Thursday, "
                              "a couple of minutes.")).reply.script
    assert "With Castle Tech here" in script and "contact details" not in script


def test_good_luck_said_as_a_jab_goes_to_a_person_not_a_warm_thank_you(bot):
    jab = bot.handle(client("ha. good luck replacing a client who paid you for nine years", "Acme Dental"))
    assert jab.intent == "angry_client" and jab.reply is None
    wish = bot.handle(replace(client("Good luck with everything, and thank you for the help over the years!",
                                     "Acme Dental"), thread_id="t-wish"))
    assert wish.action == REPLY and wish.intent == "gratitude"


def test_a_post_for_one_of_our_channels_is_a_team_note(bot):
    reply = bot.handle(staff("write me a slack msg for #helpdesk: Globex isn't a client any more, leave their tickets")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Globex Logistics team" not in reply.text


def test_a_text_to_someone_at_the_client_is_a_text_message(bot):
    reply = bot.handle(staff("text to acme's office manager: their firewall admin needs moving to one of their own "
                             "people before christmas. short pls")).reply
    assert "as a text message" in reply.text and "Kind regards" not in reply.script


def test_a_reply_to_the_new_providers_address_is_written_to_the_provider(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    script = bot.handle(staff("need an email back to help@brightpath.example, they want our admin logins for Globex's "
                              "switches")).reply.script
    assert script.startswith("Hello BrightPath IT team")


def test_a_sigh_about_a_job_still_undone_is_answered_as_the_job_not_as_venting(bot):
    reply = bot.handle(staff("globex's office manager keeps calling about their antivirus renewal, we never moved it off "
                             "our account. ugh")).reply
    assert "let it out" not in reply.text.lower() and "payment method" in reply.text
    vent = bot.handle(staff("ugh. acme again. what a week")).reply
    assert vent.script == ""


@pytest.mark.parametrize("text", ["how much notice should we normally give a client we're letting go? need it for a policy",
                                  "What's a fair notice period when we drop a client?"])
def test_a_general_question_about_notice_length_is_answered_as_the_notice(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "notice_wording" and "30 to 60 days is usual" in decision.reply.text
    assert "thank them for getting in touch" not in decision.reply.text


def test_a_teams_message_to_the_client_is_a_chat_post_not_a_signed_letter(bot):
    reply = bot.handle(staff("teams message to acme dental's practice manager: their backup key, how do we get it to them "
                             "safely?")).reply
    assert "chat message" in reply.text and reply.script.startswith("Hi Acme Dental team,")
    assert "Kind regards" not in reply.script and "Priya" not in reply.script


def test_talking_points_for_a_handover_meeting_are_a_list_of_what_to_cover(bot):
    reply = bot.handle(staff("need talking points for the handover meeting with Acme Dental on thursday")).reply
    assert "Talking points:" in reply.text and reply.script.startswith("1. ")
    assert "domain registrar" in reply.script and "sign-off" in reply.script


def test_a_short_email_keeps_the_dates_it_was_asked_to_remind_them_of(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("short email to acme dental pls: remind them when their last day with us is, and ask who "
                             "their new IT company is")).reply
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script


def test_a_voicemail_that_runs_long_gives_up_undated_sentences_before_the_dates(bot):
    acme = bot.clients.get("Acme Dental")
    deadline = long_date(date.fromisoformat(acme["end_date"]) - timedelta(days=7))
    reply = bot.handle(staff("voicemail for acme dental's manager: asking if they've picked a new IT company yet. "
                             "under 30 seconds")).reply
    assert "seconds spoken" in reply.text and deadline in reply.script
    assert "here's how we can help" not in reply.script


@pytest.mark.parametrize("text", ["can I end the email to acme dental with 'maybe now you'll learn to pay on time'? half joking",
                                  "tempted to sign off the acme email with 'good riddance' lol. ok?"])
def test_a_dig_proposed_for_the_letter_is_a_no_not_a_yes_to_the_reason(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("Friendly") and "No: it's business, not personal" in reply.text
    assert "Yes, that is the reason on record" not in reply.text


def test_a_new_provider_starting_before_the_last_day_is_the_handover_not_a_plea_for_more_time(bot):
    decision = bot.handle(client("The new company would like to begin a week before your end date. Can the two of you "
                                 "overlap for that week?", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.principle == "helpful" and "can't continue" not in said and "Yes, that's fine" in said


def test_a_client_asking_for_an_email_provider_gets_the_hosted_email_answer_not_a_list_of_it_firms(bot):
    decision = bot.handle(client("Could you recommend an email provider? We may manage without an IT company for a while.",
                                 "Acme Dental"))
    assert decision.intent == "no_new_provider" and "hosted email" in decision.reply.text
    assert "suggest a few IT providers" not in decision.reply.text


def test_a_pasted_request_from_an_ex_client_is_answered_with_the_kind_no_and_a_reply_to_send(bot):
    reply = bot.handle(staff('Globex Logistics forwarded me this:\n\n"Hi, the scanner on the second floor has stopped '
                             'working since Monday. Could someone log in and have a look today? Thanks, Lee"\n\n'
                             'Can you write a reply I can send?')).reply
    assert reply.text.startswith("Done") and reply.script and "not able to help" in reply.script


@pytest.mark.parametrize("text", [
    "Priya on my team keeps doing small fixes for Globex for free. write me a slack dm to her, friendly but clear",
    "our team lead wants to stop answering acme's tickets. write a reply to him in teams, I don't agree",
    "post for the whole team: acme dental is leaving, how do we treat them until then",
])
def test_words_for_a_colleague_or_the_whole_team_are_a_team_note_not_a_client_letter(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Kind regards" not in reply.script


@pytest.mark.parametrize("text", [
    "the owner of acme dental said she'd trash us online. need a VM script for when I ring her back",
    "post for #billing: acme dental's final invoice goes out soon and they're slow payers. write the post",
])
def test_words_that_only_sound_like_a_move_against_them_are_not_answered_as_one(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Not yet: the data" not in reply.text and "their tickets get the same priority" not in reply.text


def test_a_look_up_then_words_for_a_chat_gets_the_fact_and_the_line(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("how many days does acme dental have left? and give me a one-liner to paste into teams "
                             "reminding them")).reply
    days = (date.fromisoformat(acme["end_date"]) - calendar.today()).days
    assert f"{days} days" in reply.text and reply.script.startswith("Hi Acme Dental team,")


@pytest.mark.parametrize("text", ["talking points for my call with acme dental tomorrow, they're going to ask why",
                                  "if acme dental asks straight out why we're letting them go, what do I say on the phone?"])
def test_words_for_when_the_client_asks_why_give_the_reason(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "explain_reason" and "late" in decision.reply.script.lower()


def test_a_notice_restated_for_a_colleague_asking_about_the_reason_says_the_reason(bot):
    script = bot.handle(staff("writing the formal letter confirming acme dental's notice. do I spell out the late "
                              "payments or keep it vague? draft it")).reply.script
    assert "the decision stands" in script and "late payment" in script.lower()


def test_a_data_letter_asked_to_nudge_them_towards_hosted_email_says_so(bot):
    script = bot.handle(staff("Draft an email to acme dental offering their data on an external drive, and nudge them "
                              "to get their email hosted somewhere before the end")).reply.script
    assert "external drive" in script and "hosted email provider" in script


def test_a_reply_someone_wants_sent_on_their_behalf_comes_with_the_words(bot):
    reply = bot.handle(staff("Globex Logistics asked whether they could come back next spring. Tom wants a short "
                             "decline, kind but final.")).reply
    assert reply.script.startswith("Hello Globex Logistics team,") and ("final" in reply.script or "stands" in reply.script)


def test_a_note_to_the_new_provider_about_our_access_coming_off_is_written_to_them(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="ops@brightpath.example")
    reply = bot.handle(staff("need a note to ops@brightpath.example: we're taking our monitoring agents and delegated "
                             "admin off Globex Logistics this week. anything I'm missing?")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "confirm" in reply.script
    assert "full admin control" in reply.script


def test_an_email_about_our_tools_coming_off_after_the_last_day_is_written_and_signed_by_who_asked(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("write an email from me (Jonas, support tech) letting acme dental know our remote tools "
                             "come off after their last day")).reply
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script
    assert reply.script.endswith("Jonas\nNorthwind IT")


def test_write_them_an_email_always_comes_with_the_email(bot):
    reply = bot.handle(staff("Acme Dental still has nobody lined up. Can you write them a nudge email about what "
                             "happens on the last day if that doesn't change?")).reply
    assert reply.script.startswith("Hello Acme Dental team,") and "external drive" in reply.script


def test_a_day_the_client_was_already_told_on_is_no_proposal_to_end_early(bot):
    acme = bot.clients.get("Acme Dental")
    day = (date.fromisoformat(acme["end_date"]) - timedelta(days=1)).day   # a day before the last: "ending early"?
    ordinal = f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    decision = bot.handle(staff(f"I told Acme Dental's manager by phone on the {ordinal} that we're ending the agreement, "
                                f"nothing in writing yet. Draft a short email confirming it."))
    assert "Ending sooner" not in decision.reply.text and decision.reply.script
    assert "discussed by phone" in decision.reply.script and "late payment" in decision.reply.script.lower()


def test_an_unpaid_invoice_other_than_the_final_one_gets_a_routine_reminder(bot):
    acme = bot.clients.get("Acme Dental")
    script = bot.handle(staff("acme dental hasn't paid the october invoice yet. draft a reminder that doesn't sound like "
                              "payback for the notice")).reply.script
    assert "our invoice for October is still open" in script and "final invoice" not in script
    assert long_date(date.fromisoformat(acme["end_date"])) in script


def test_talking_points_asked_in_bullets_are_bullets(bot):
    reply = bot.handle(staff("acme dental's owner wants the real reason on a call later. talking points, bullet form")).reply
    assert "Talking points:" in reply.text and all(line.startswith("- ") for line in reply.script.splitlines())
    assert "late payment" in reply.script.lower()


def test_where_each_offboarding_stands_is_the_roster(bot):
    reply = bot.handle(staff("short update for my boss on where each offboarding stands")).reply
    assert reply.text.startswith("From the record") and "Acme Dental" in reply.text and "Globex Logistics" in reply.text


def test_a_move_against_them_with_a_record_word_in_it_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("Acme Dental's owner has been rude to my techs all year. I want to wipe their old backup "
                             "copies off our storage tonight. Fine, right?")).reply
    assert not reply.text.startswith("From the record") and "Not yet" in reply.text


def test_words_that_say_the_client_will_regret_leaving_are_a_parting_shot(bot):
    reply = bot.handle(staff("write Globex Logistics a message saying BrightPath IT are a bunch of cowboys and they'll "
                             "regret it")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_a_message_to_the_account_owner_by_name_asks_them_what_was_asked(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("slack msg to Priya asking her to check acme dental's final invoice before it goes out pls")).reply
    assert "For the team (not for the client)" in reply.text
    assert reply.script.startswith("Hi Priya, could you check Acme Dental's final invoice before it goes out?")
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script and "Kind regards" not in reply.script


def test_a_last_day_stated_wrongly_is_corrected_from_the_record(bot):
    globex = bot.clients.get("Globex Logistics")
    wrong = date.fromisoformat(globex["end_date"]) + timedelta(days=40)
    reply = bot.handle(staff(f"write Globex Logistics a reminder that their last day is {wrong.day} {wrong:%B}")).reply
    assert reply.text.startswith(f"Check the date: on record, support for Globex Logistics ended on "
                                 f"{long_date(date.fromisoformat(globex['end_date']))}, not {long_date(wrong)}.")


def test_one_clients_first_word_with_anothers_last_is_answered_as_either(bot):
    reply = bot.handle(staff("what's the status on the Acme Logistics offboarding?")).reply
    assert "That could mean either of two clients on record:" in reply.text
    assert "Acme Dental" in reply.text and "Globex Logistics" in reply.text


def test_words_to_end_with_a_client_not_on_record_are_a_template_that_says_so(bot):
    reply = bot.handle(staff("Draft the goodbye email for Pemberly Opticians, their last day is this Friday.")).reply
    assert reply.text.startswith("I can't find Pemberly Opticians in the client records")
    assert reply.script.startswith("Hello Pemberly Opticians team,")


def test_a_plea_to_be_kept_until_a_season_is_a_request_for_more_time_even_around_christmas(bot):
    decision = bot.handle(client("December is our busiest time, with the Christmas rush and two new people starting. We "
                                 "can't change IT now. Please keep us until the summer and we'll go quietly then.",
                                 "Acme Dental"))
    assert decision.intent == "second_chance" and "the decision is final" in decision.reply.text


def test_the_right_day_of_the_month_without_a_month_is_no_misstated_last_day(bot):
    globex = bot.clients.get("Globex Logistics")
    day = date.fromisoformat(globex["end_date"]).day
    ordinal = f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    reply = bot.handle(staff(f"Globex Logistics ended on the {ordinal}. ok to remove our monitoring agents now?")).reply
    assert "Check the date" not in reply.text


def test_a_request_read_as_an_angry_client_with_nobody_upset_gets_no_sorry_youre_upset(bot):
    reply = bot.handle(staff("I have to ring Acme Dental's owner tomorrow. Give me a phone script, and a voicemail "
                             "version in case she doesn't pick up.")).reply
    assert reply.script and "how you feel" not in reply.script and "sorry" not in reply.script.lower()


def test_a_text_saying_what_staff_give_says_it_to_the_reader(bot):
    reply = bot.handle(staff("text to acme dental's office manager saying we got her email and will ring her back "
                             "after lunch. short")).reply
    assert "as a text message" in reply.text
    assert reply.script.startswith("We got your email and will ring you back after lunch.")


def test_whether_to_delete_something_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("Just noticed we still have a global admin account in Globex Logistics' tenant weeks after "
                             "they ended. Delete it?")).reply
    assert not reply.text.startswith("From the record") and "Yes, remove it" in reply.text


def test_a_reply_to_a_pasted_message_greets_whoever_signed_it(bot):
    reply = bot.handle(staff('Reply to this from Acme Dental for me: "We have settled every invoice now. Surely that '
                             'changes things? Please think again. - Dr. Amara Lewis"')).reply
    assert without_heading(reply.script).startswith("Dear Dr Lewis,")   # (a title goes with the surname)


def test_a_letter_the_colleague_signs_is_signed_with_their_name(config, open_bot):
    bot = open_bot(config)
    seed_clients(bot.clients)
    reply = bot.handle(replace(staff("Write the email to Acme Dental explaining why we're ending. Honest but kind. "
                                     "I'm signing it."), sender_name="Jordan Reyes")).reply
    assert reply.script.endswith("Jordan Reyes\nNorthwind IT")


def test_a_formal_letter_is_dear_and_yours_sincerely_with_the_title_given(bot):
    reply = bot.handle(staff("Formal letter to Acme Dental confirming the end of the agreement. Signed by Dana Whitfield, "
                             "Service Director.")).reply
    assert without_heading(reply.script).startswith("Dear Acme Dental team,")
    assert reply.script.endswith("Yours sincerely,\nDana Whitfield\nService Director\nNorthwind IT")


def test_calling_someone_back_is_words_for_the_call(bot):
    reply = bot.handle(staff("Globex Logistics' office manager left me a voicemail asking for a quick fix on their "
                             "printer. I'm calling her back, script please")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_one_paragraph_to_paste_has_no_greeting_or_signature(bot):
    reply = bot.handle(staff("give me one paragraph I can paste explaining the reason to acme dental")).reply
    assert "One paragraph to paste:" in reply.text and "\n" not in reply.script and "late payment" in reply.script.lower()


def test_a_team_note_asked_in_bullets_is_bullets(bot):
    reply = bot.handle(staff("post for #leadership summarising the Acme Dental offboarding. bullets, neutral")).reply
    assert "For the team (not for the client)" in reply.text
    assert all(line.startswith("- ") for line in reply.script.splitlines())


def test_an_ex_client_asking_when_notice_was_given_and_when_it_ended_gets_both_dates(bot):
    globex = bot.clients.get("Globex Logistics")
    decision = bot.handle(client("When exactly did you give us notice and when did it end? Our accountant wants the dates.",
                                 "Globex Logistics"))
    assert decision.intent == "end_date"
    text = (decision.reply or decision.draft).text
    assert long_date(date.fromisoformat(globex["notice_date"])) in text and long_date(date.fromisoformat(globex["end_date"])) in text


def test_what_date_it_ends_and_who_helps_after_is_answered_from_the_record(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    decision = bot.handle(client("hello, sorry my english. what date is the end exactly? and after this who help us?",
                                 "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "end_date"
    assert "From then on, SmileTech IT looks after your IT." in decision.reply.text


def test_a_wrong_guess_at_the_reason_with_none_written_gets_a_draft_that_says_it_isnt_that(bot):
    bot.clients.edit("Acme Dental", reason=None)
    decision = bot.handle(client("Is this because we kept asking for extra projects?", "Acme Dental"))
    assert decision.action == HANDOFF
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "it isn't about" in draft and "late" in draft


def test_sarcasm_that_opens_like_a_greeting_is_never_answered_as_one(bot):
    # The router reads it as an angry client, but unsure: the opening "Great." must not make it small talk.
    text = "Great. You're dumping us right before Christmas after everything we paid. Lovely holiday spirit."
    unsure_anger = Part("angry_client", "friendly", 0.37, "in two minds")
    assert bot._cue(text, unsure_anger, bot.clients.get("Acme Dental")) == ["angry_client"]


def test_whether_the_last_invoice_covers_a_whole_month_is_a_billing_question(bot):
    decision = bot.handle(client("Will our last invoice be for all of next month even though you stop early in it?",
                                 "Acme Dental"))
    assert decision.intent == "loose_ends" and decision.action == HANDOFF


def test_a_closing_email_after_the_close_out_says_it_is_done(bot):
    globex = bot.clients.get("Globex Logistics")
    reply = bot.handle(staff("I need a closing email to Globex Logistics: thanks, support ended, our access removed, "
                             "final invoice attached. short")).reply
    assert "our own access to your systems has now been removed" in reply.script
    assert "Our final invoice is attached." in reply.script and "We'll remove" not in reply.script
    assert long_date(date.fromisoformat(globex["end_date"])) in reply.script


def test_an_email_pausing_their_service_until_they_pay_becomes_a_plain_payment_reminder(bot):
    reply = bot.handle(staff("acme dental still hasn't paid september. I want to freeze their backups until they pay. "
                             "write the email telling them")).reply
    assert reply.text.startswith("Helpful") and "No:" in reply.text
    assert "our invoice for September is still open" in reply.script and "backup" not in reply.script.lower()


def test_a_client_not_on_record_named_first_in_a_look_up_is_said_to_be_missing(bot):
    reply = bot.handle(staff("Larkfield Dental, not sure if they're in your list, what's their last day?")).reply
    assert reply.text.startswith("From the record") and "I can't find Larkfield Dental" in reply.text


def test_a_ticket_number_is_no_record_look_up(bot):
    reply = bot.handle(staff("Initech ticket #5120 - what's the status?")).reply
    assert "offboard start" not in reply.text


def test_a_teams_message_to_the_client_is_to_the_client_even_when_it_names_the_new_provider(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    script = bot.handle(staff("teams msg to acme: smiletech needs to reach us by when? keep it 2 lines")).reply.script
    assert script.startswith("Hi Acme Dental team,")


def test_whether_the_handover_was_signed_off_comes_from_the_checklist(bot):
    reply = bot.handle(staff("Did Acme Dental ever sign off on the handover?")).reply
    assert reply.text.startswith("From the record") and "Not on record" in reply.text and "sign-off open" in reply.text
    bot.handle(staff("offboard check Acme Dental sign-off done"))
    reply = bot.handle(staff("Did Acme Dental ever sign off on the handover?")).reply
    assert "Yes: the sign-off item" in reply.text


def test_hanging_onto_their_data_until_they_pay_is_a_no(bot):
    reply = bot.handle(staff("Acme Dental still owes us for last month I think. Can we hang onto their data until they "
                             "pay?")).reply
    assert "No:" in reply.text and "whatever is owed" in reply.text


def test_an_intro_note_from_us_to_the_new_provider_is_written_to_them(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("Draft a short intro note from us to SmileTech IT so they know who to talk to about Acme "
                             "Dental.")).reply
    assert reply.script.startswith("Hello SmileTech IT team,")


def test_the_new_provider_saying_something_is_missing_is_answered_to_them(bot):
    reply = bot.handle(staff("BrightPath IT says they never got Globex Logistics' backup encryption keys. Write me an "
                             "email to them that sorts it out.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,")


def test_a_post_for_an_internal_channel_is_a_team_note(bot):
    reply = bot.handle(staff("Post for the internal service desk channel: if Globex Logistics rings, what do we say? "
                             "A few lines.")).reply
    assert "For the team (not for the client)" in reply.text and "Kind regards" not in reply.script


def test_a_status_email_for_a_manager_is_a_report_of_the_record_not_words_for_the_client(bot):
    reply = bot.handle(staff("My manager wants a quick status email on Acme Dental's offboarding - where we are and "
                             "what's still open. Bullets fine.")).reply
    assert "Status report (for us, not for the client):" in reply.text
    assert "- Acme Dental: last day of support" in reply.script and "Account owner: Priya" in reply.script
    assert "Still open on the handover checklist" in reply.script and "Hello Acme Dental" not in reply.script


def test_leadership_bullets_come_as_many_as_asked_each_within_the_words_allowed(bot):
    reply = bot.handle(staff("3 bullets on Acme Dental for tomorrow's leadership meeting, max 12 words each")).reply
    bullets = reply.script.splitlines()
    assert len(bullets) == 3 and all(line.startswith("- ") and len(line[2:].split()) <= 12 for line in bullets)
    assert "Acme Dental" in bullets[0] and "Thank" not in reply.script


def test_a_public_reply_asked_for_with_an_urge_to_go_in_hard_is_written_calm_and_the_urge_answered(bot):
    reply = bot.handle(staff('Globex Logistics left us a 1-star Google review: "Arrogant, slow, and they dumped us. Avoid." '
                             "Write the public reply. I'd like to go in hard tbh")).reply
    assert "Don't go in hard" in reply.text and "I'll write one" not in reply.text
    assert reply.script and "Globex" not in reply.script.split("\n\n")[0]   # nothing private said in public
    assert "spite" not in reply.text   # the review's "slow" is their word, not a move of ours


def test_a_text_that_says_no_in_some_manner_is_the_kind_no_not_those_words(bot):
    reply = bot.handle(staff("Globex Logistics texted me asking if we can 'just reset one password real quick'. "
                             "Need a text back that says no without being a jerk.")).reply
    assert "jerk" not in reply.script and re.search(r"not able to help|can't take on further requests", reply.script)


@pytest.mark.parametrize("text, step", [
    ("Acme Dental's domain is registered through our reseller account. What do I need to do before they go?",
     "The domain: move it to a registrar account in Acme Dental's own name"),
    ("Globex Logistics' M365 licences were on our CSP billing. BrightPath is asking about them. What's the move?",
     "Never cancel them to move them"),
])
def test_their_domain_or_licences_held_through_us_get_the_steps_to_move_them(bot, text, step):
    reply = bot.handle(staff(text)).reply
    assert step in reply.text


@pytest.mark.parametrize("text", ["Boss says: let Acme Dental stay if they pay double. I think that's a mistake but he's the boss. Thoughts?",
                                  "Mgmt suggests giving Globex Logistics a free month of support as a goodwill gesture. ok?"])
def test_softening_proposed_from_above_gets_the_case_to_put_back_not_a_reply_to_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo: " in reply.text and "whoever is weighing the offer" in reply.text
    assert not reply.script and "Yes" not in reply.text and "Thank them for the offer" not in reply.text


def test_a_tone_check_on_an_inline_draft_gets_a_verdict_and_a_version_that_keeps_the_reason(bot):
    reply = bot.handle(staff('Tone check on my draft to Acme Dental: "As you\'re well aware, getting paid by you has been '
                             'a nightmare all year, so we\'re done." Too much?')).reply
    assert "Not as it stands" in reply.text and "nightmare" not in reply.script
    assert "late payment" in reply.script and "sorry" not in reply.script.lower()


@pytest.mark.parametrize("text", ["Can you make me a handover sign-off form for Acme Dental? Fields for who signs, date, exceptions.",
                                  "Draft the handover sign-off wording for Acme Dental, the bit the client signs to say they've "
                                  "received everything"])
def test_a_sign_off_form_lists_what_we_hand_over_with_room_to_sign(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Sign-off form (for the client to sign):" in reply.text
    assert "| Data export delivered" in reply.script and "Exceptions" in reply.script
    assert "Signed for Acme Dental: name" in reply.script and "Priya, account owner" in reply.script
    assert "Our access removed" not in reply.script   # our own clean-up is no item for them to sign


def test_a_reminder_post_for_a_client_who_asked_nothing_says_they_are_supported_as_ever(bot):
    reply = bot.handle(staff("Post for Acme Dental's shared channel: remind them tickets are handled as normal until the end.")).reply
    assert "A quick reminder: your support carries on exactly as before" in reply.script
    assert "we'll take care of this" not in reply.script and "logged it" not in reply.script


def test_a_slack_reply_to_a_colleague_in_general_is_for_the_team_not_the_client(bot):
    reply = bot.handle(staff("someone in #general asked 'why did we even dump globex logistics'. give me a slack reply "
                             "that's not gossipy")).reply
    assert "For the team (not for the client)" in reply.text and "Globex Logistics team" not in reply.script


def test_reply_pls_under_a_pasted_plea_gets_words(bot):
    reply = bot.handle(staff("Globex Logistics CEO emailed: 'BrightPath is a mess. Any chance we come back on our old "
                             "contract? We'll stop asking for extra projects.' reply pls")).reply
    assert reply.script and "won't be taking the account back on" in reply.script


def test_a_provider_asking_for_a_key_by_email_gets_the_secure_channel_about_that_key(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    reply = bot.handle(staff("Castle Tech asked us to email them Acme Dental's backup encryption key. Draft a reply")).reply
    assert "Ready to send to Castle Tech" in reply.text and "backup encryption key" in reply.script
    assert "secure channel, never plain email" in reply.script


@pytest.mark.parametrize("text", ["so annoyed at Acme Dental I want to pull their M365 admin and see how they like it",
                                  "can we cut Globex Logistics' VPN access now? they were awful to us"])
def test_taking_something_away_to_get_back_at_them_is_a_plain_no_with_no_script(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo, not to get back at them" in reply.text and not reply.script
    assert "Yes" not in reply.text.split("\n\n")[1]
    assert cues.unsafe_move("can we remove our RMM agent from Globex now that they have control?") != "spite"


def test_a_look_up_with_a_move_of_ours_in_it_gets_the_fact_and_the_plain_no(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    reply = bot.handle(staff("2 things: 1) what's Castle Tech's email? 2) should we just email them Acme Dental's admin "
                             "passwords to save time")).reply
    assert "no contact for them is on record" in reply.text and "No: never in plain chat, email" in reply.text


def test_a_client_wanting_the_last_day_pushed_back_asked_as_fine_is_the_kind_no_not_the_date(bot):
    reply = bot.handle(staff("acme dental wants to push their last day to end of jan bc their new IT isn't ready. fine?")).reply
    assert "From the record" not in reply.text and "\n\nNo: the last day of support stays as it is" in reply.text


def test_an_upbeat_public_post_that_we_parted_ways_with_clients_is_a_no(bot):
    reply = bot.handle(staff("pls draft a LinkedIn post saying we've parted ways with Globex Logistics, something upbeat")).reply
    assert "\n\nNo: it's business, not personal" in reply.text and not reply.script


def test_our_own_idea_of_pushing_the_end_into_january_is_a_no_with_no_letter(bot):
    reply = bot.handle(staff("I feel awful ending things with Acme Dental right before Christmas. should we just push it "
                             "into January?")).reply
    assert "No: the last day of support stays as it is" in reply.text and not reply.script


def test_a_pasted_message_naming_the_new_provider_and_asking_who_to_ring_gets_both(bot):
    reply = bot.handle(staff('Reply needed for Acme Dental: "Hi all, we\'ve gone with DentaTech IT. They\'d like to speak '
                             'with you, who should they ring?"')).reply
    assert "DentaTech IT" in reply.script and "Priya looks after your account and is the person for them to speak to" in reply.script


def test_talking_points_for_an_ex_client_who_wants_to_discuss_coming_back_hold_the_decision(bot):
    reply = bot.handle(staff('talking points for my call tomorrow w/ Globex Logistics, they want to "discuss coming back"')).reply
    assert "won't be taking" in reply.script and "small fixes" not in reply.script


# -- from dev set 15 (read for failure classes, not kept) -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    'Acme wrote "why are you doing this to us, we\'ve been with you for years". honest but kind answer, from Priya',
    'Acme: "We\'ll double the monthly fee if you stay." firm no, friendly, 4 sentences',
    "Globex rang asking to come back on their old rate. slack-length reply I can paste to them",
    "intro email from us to BrightPath IT about the Globex files they still need",
])
def test_words_asked_for_by_their_shape_alone_get_a_script(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script and ("Ready to send" in reply.text or "Ready to post" in reply.text) and "[client]" not in reply.script


def test_a_spoken_script_keeps_to_the_sentences_asked_for_with_the_reason_in_them(bot):
    reply = bot.handle(staff("Acme's owner will ask me on the phone why we're letting them go. give me 2 sentences "
                             "to say")).reply
    assert "To say on the call:" in reply.text and len(reply.script.rstrip(".").split(". ")) <= 2
    assert "late" in reply.script and ("final" in reply.script or "stands" in reply.script)


def test_our_own_question_asked_for_slack_is_answered_for_the_team_not_the_client(bot):
    reply = bot.handle(staff("one line for slack: are we still supporting globex?")).reply
    assert "For the team (not for the client):" in reply.text and "Hello Globex" not in reply.text


@pytest.mark.parametrize("text,after", [
    ('Globex: "Thanks for everything, the move went smoothly." short reply', "BrightPath IT"),
    ('Acme wrote: "Thank you all for the years of help, truly." can you draft a reply', "until"),
])
def test_a_clients_thanks_pasted_in_is_thanked_in_kind_not_declined(bot, text, after):
    reply = bot.handle(staff(text)).reply
    assert "kind" in reply.script and after in reply.script
    assert "not able to help" not in reply.script and "decision is final" not in reply.script


def test_a_clients_worry_that_email_stops_on_the_last_day_is_answered_no(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    reply = bot.handle(staff(f"an Acme employee asks if their email stops on {end.day} {end:%b}. one paragraph answer")).reply
    assert reply.script.startswith("No: nothing of yours stops") and "keep working after our support ends" in reply.script
    assert "Of course, we'll take care of this" not in reply.script


def test_the_new_provider_wanting_access_early_is_the_handover_brought_forward(bot):
    reply = bot.handle(staff("Acme asks if their new provider can get admin access now to start early. reply")).reply
    assert "nothing will be switched off" not in reply.script and "get in touch by" in reply.script


def test_an_update_on_where_our_offboardings_stand_lists_every_client_in_offboarding(bot):
    reply = bot.handle(staff("short update for my manager on where our offboardings stand")).reply
    assert "Acme Dental" in reply.text and "Globex Logistics" in reply.text and "Which client" not in reply.text


@pytest.mark.parametrize("text,asked", [
    ("Email to finance please: Acme's final invoice needs to go out. I don't have the amount.", "prepare the final invoice"),
    ("Need to ask finance if Globex's final invoice went out. Wording?", "check that the final invoice"),
])
def test_a_note_to_finance_about_the_final_invoice_is_written_to_finance_not_the_client(bot, text, asked):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hi finance team") and asked in reply.script
    assert "For the team (not for the client):" in reply.text and "Could you let us know when it will be paid" not in reply.text


@pytest.mark.parametrize("text,signature", [
    ("Write a letter for Acme confirming the end date of our support. Formal, signed by me (Dana Ortiz, Service Delivery).",
     "Dana Ortiz\nService Delivery"),
    ("Acme wrote \"you're abandoning us\". need a calm reply, sign it 'The Support Team'", "The Support Team"),
])
def test_the_signer_asked_for_signs_the_script(bot, text, signature):
    reply = bot.handle(staff(text)).reply
    assert signature + "\n" in reply.script and "Priya\n" not in reply.script


@pytest.mark.parametrize("most", ["2", "3"])
def test_a_short_reply_to_a_pasted_plea_opens_with_thanks_and_leans_on_no_sentence_left_out(bot, most):
    reply = bot.handle(staff('Acme just posted this in their channel: "We know we\'ve been late on the invoices and we\'re '
                             f'really sorry. Can we please have one more chance?" draft my reply, {most} sentences max, '
                             'warm but firm.')).reply
    body = reply.script.split("\n\n")[1]
    assert re.match(r"(?:Thank you|We appreciate)", body)
    assert ", though," not in body or "We appreciate you getting in touch about this. Our decision stands, though," in body


def test_a_one_line_no_to_coming_back_says_the_no(bot):
    reply = bot.handle(staff("globex asked to come back. one-liner I can paste to them: we're not taking them back")).reply
    body = reply.script.split("\n\n")[1]
    assert len(body.rstrip(".").split(". ")) == 1 and re.search(r"won't be taking|stands|final", body)


def test_a_pasted_question_about_retention_jobs_is_the_providers_question_not_our_keeping_of_data(bot):
    reply = bot.handle(staff('Globex\'s new MSP emailed: "Hi, could you walk us through how you set up their backup '
                             'retention jobs? Just a 15-minute call." Draft a polite no, sign it Tom.')).reply
    assert reply.script.startswith("Hello BrightPath IT") and "so we can't advise on how things were set up" in reply.script


def test_a_text_with_a_character_limit_keeps_to_it_and_says_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("Text message to Acme's office, 160 characters max, reminding them when support ends and "
                             "that their new IT people should call us a week before.")).reply
    assert len(reply.script) <= 160 and end in reply.script


@pytest.mark.parametrize("text,intent", [
    ("Talking points for my call with the Acme Dental owner tomorrow, he's going to fight it.", "second_chance"),
    ("prep me for the Acme call, they'll push back hard on the decision", "second_chance"),
    ("talking points for a call with Globex, they're going to shout at me", "angry_client"),
    ("Acme are going to kick off on the phone later, what do I say?", "angry_client"),
])
def test_a_call_where_the_client_will_fight_or_shout_is_prepared_for_that(bot, text, intent):
    assert bot.handle(staff(text)).intent == intent


def test_pushing_back_a_date_is_no_fight_over_the_decision():
    assert not staff_cues.expects_a_fight("can we push back the Acme handover call to Thursday?")


@pytest.mark.parametrize("text", [
    "Acme still hasn't picked a new IT company. Email offering them their data and what to do about email if nobody's "
    "lined up by the end.",
    "Put something in Acme's channel answering their question whether we're still supporting them this month.",
])
def test_words_asked_for_by_what_they_are_get_words(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script and "Acme Dental" in reply.text


def test_a_note_back_to_the_new_provider_is_written_to_them_not_to_our_team(bot):
    reply = bot.handle(staff("BrightPath emailed asking how we set up Globex's site-to-site VPN. Write a note back to them.")).reply
    assert reply.script and "For the team" not in reply.text
    assert "BrightPath" in reply.script.split("\n")[0]


def test_a_client_not_on_record_is_not_given_the_record_of_the_one_it_is_compared_with(bot):
    reply = bot.handle(staff("write the termination letter for Stark Plumbing, reason is late payment, end date same as Acme")).reply
    assert "Acme" not in reply.script and "30-60 days" not in reply.text
    assert "Stark Plumbing" in reply.text


def test_a_contact_at_the_new_provider_asked_for_is_looked_up_on_the_record(bot):
    reply = bot.handle(staff("Do we have a contact at BrightPath for the Globex stuff?")).reply
    assert "BrightPath IT" in reply.text and "offboard provider" in reply.text   # none on record, and how to record it


def test_whether_to_mention_the_reason_is_coaching_even_when_the_clients_owner_is_named(bot):
    decision = bot.handle(staff("Acme's owner is going to ask me to my face. Do I mention the late payments or just say "
                                "'business reasons'?"))
    assert decision.principle == "honest" and "30-60 days late" in decision.reply.text


def test_a_caller_from_a_firm_not_on_record_gets_no_invented_history(bot):
    reply = bot.handle(staff("Someone from 'Dundr Paper' called saying they used to be our client and want to come back. "
                             "What's their history?")).reply
    assert reply.text.startswith("I can't find Dundr Paper in the client records")


def test_documentation_never_received_is_sent_not_offered_on_a_drive(bot):
    reply = bot.handle(staff("Globex says they never got their network diagrams. Support's over, so not our problem?")).reply
    assert "diagrams" in reply.script and "external drive" not in reply.script


def test_a_client_asking_for_its_diagrams_gets_a_draft_that_sends_them(bot):
    decision = bot.handle(client("We never received the network diagrams from you. Can you send them?", "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply (check it, then send):", 1)[-1]
    assert decision.action == HANDOFF and "diagrams" in draft and "external drive" not in draft


@pytest.mark.parametrize("end,deadline", [("2027-01-04", "Wednesday 23 December 2026"),   # a week before: in the break
                                          ("2026-12-21", "Monday 14 December 2026"),      # a week before: an open day
                                          ("2027-01-11", "Monday 4 January 2027")])
def test_the_new_provider_is_asked_to_call_a_week_before_the_end_or_before_the_christmas_break(end, deadline):
    from responses import render
    client = {"name": "Hooli Bakery", "phase": "transition", "notice_date": "2026-11-23", "end_date": end,
              "new_provider": "Castle Tech"}
    facts = render.facts_for(client, company="Northwind IT", signer="the team", payment_terms="", today=date(2026, 12, 1))
    assert facts["handover_deadline"] == deadline
    script = render.render_staff("provider_handover", "helpful", {**facts, "wants_script": True}).script
    assert f"by {deadline}" in script and ("a week before" in script) != facts["handover_moved"]


def test_every_login_a_client_names_is_in_the_draft_that_hands_them_over(bot):
    decision = bot.handle(client("we need the admin logins for our Microsoft 365 and the domain registrar — who has those??",
                                 "Acme Dental"))
    draft = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert "Microsoft 365 admin" in draft and "registrar" in draft


def test_an_invoice_that_never_arrived_is_resent_not_checked_for_errors(bot):
    decision = bot.handle(client("never got the final invoice. number?", "Globex Logistics"))
    draft = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert "copy of the final invoice" in draft and "charged in error" not in draft


def test_a_client_asking_if_we_will_still_fix_things_until_the_end_is_told_yes(bot):
    decision = bot.handle(staff("Acme asked if we'll still fix the x-ray PCs until we leave. What do I answer?"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.intent == "support_request" and f"until {end}" in decision.reply.script


def test_words_wanted_in_another_language_come_in_english_with_a_note_saying_so(bot):
    reply = bot.handle(staff("Acme's manager reads French best. Draft the reply in French confirming their last day.")).reply
    assert reply.text.startswith("I write in English only") and "French" in reply.text.split("\n")[0]


def test_a_text_reminding_a_client_of_the_last_day_says_the_last_day(bot):
    reply = bot.handle(staff("text to Acme reminding them of the last day, signed by Dana")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert reply.script.startswith(f"Reminder: our support ends on {end}.") and reply.script.endswith("- Dana, Northwind IT")


def test_a_voicemail_is_in_the_voice_of_whoever_says_they_are_calling(bot):
    reply = bot.handle(staff("globex rang twice about their VPN. give me a ~30 sec voicemail script to call back with. i'm Tom")).reply
    assert reply.script.startswith("Hi, this is Tom from")


def test_an_intro_email_to_the_new_provider_that_mentions_the_holidays_is_still_written_to_them(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("Write the intro email to SmileTech IT for the Acme handover: what we'll give them and how, "
                             "plus timing around the holidays.")).reply
    assert reply.script.startswith("Hello SmileTech IT team")


def test_days_left_and_the_length_of_the_notice_asked_together_are_both_answered(bot):
    text = bot.handle(staff("How many days do we have left with Acme? And how long was their notice?")).reply.text
    assert "days from today" in text and "Notice was given on" in text


def test_asked_to_nudge_a_client_with_no_provider_on_email_the_data_letter_does(bot):
    reply = bot.handle(staff("Write the paragraph for Acme offering their data on an external drive. They've got no new "
                             "IT company yet, so also nudge them on email.")).reply
    assert "external drive" in reply.script and "hosted email provider" in reply.script


def test_everything_we_paid_you_is_a_reproach_not_a_payment_to_thank(bot):
    decision = bot.handle(client("You never even told us WHY. After everything we paid you.", "Globex Logistics"))
    text = " ".join(part.text for part in (decision.staff_notice, decision.reply, decision.draft) if part)
    assert "The reason is" in text and "the payment" not in text


def test_a_newcomer_asking_when_it_finishes_is_told_the_last_day(bot):
    decision = bot.handle(client("I am new manager here, I find your letter. You stop to work with us? When is finish exactly?",
                                 "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    text = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert f"The last day of our support is {end}" in text


@pytest.mark.parametrize("name,intent", [("Acme Dental", "support_request"), ("Globex Logistics", "after_end_request")])
def test_a_users_password_reset_is_a_fault_not_a_handover_of_credentials(bot, name, intent):
    assert bot.handle(client("Maria is locked out of her email again, can you reset it?", name)).intent == intent


def test_two_things_announced_are_two_requests_even_with_one_question_mark(bot):
    decision = bot.handle(client("Two things: can someone reset the password for Jenna, she's locked out of email. And when "
                                 "will your final invoice come?", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    # (each is answered in its own words: the lock-out to the help desk, the invoice promised; no handover of passwords)
    assert decision.action == HANDOFF and "help desk" in draft and "final invoice" in draft and "secure channel" not in draft


def test_sentences_to_say_on_a_call_about_to_happen_are_spoken_not_a_letter(bot):
    reply = bot.handle(staff("Acme's owner is calling me in 10 min and I just know she'll beg to stay. give me 2 sentences to say")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_an_email_to_a_new_provider_staff_have_just_heard_of_is_written_to_that_provider(bot):
    reply = bot.handle(staff("Acme just told me on the phone they've signed with a firm called MolarTech IT. write a first "
                             "email from me to MolarTech kicking off the handover")).reply
    assert reply.script.startswith("Hello MolarTech IT team") and "To say on the call" not in reply.text


def test_whoever_says_they_are_the_one_calling_is_the_voice_of_the_voicemail(bot):
    reply = bot.handle(staff("need a voicemail script for calling Acme about handover timing. I'm the one calling (Nadia). "
                             "30 secs max")).reply
    assert reply.script.startswith("Hi, this is Nadia from")


def test_a_text_to_the_client_saying_the_new_provider_needs_to_call_us_is_for_the_client(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("acme owner only reads texts. need one under 300 characters: their last day, and SmileTech needs "
                             "to call us before then")).reply
    assert "Ready to send as a text message" in reply.text and "to SmileTech" not in reply.text


def test_the_new_providers_setup_questions_relayed_by_staff_are_answered_to_the_new_provider(bot):
    decision = bot.handle(staff("globx's new IT people keep ringing our techs on their mobiles asking how stuff was set up. "
                                "how do we handle it without being jerks"))
    assert decision.intent == "provider_config_question" and decision.reply.script.startswith("Hello BrightPath IT team")


def test_a_request_for_the_last_day_with_another_question_after_it_goes_to_a_person(bot):
    decision = bot.handle(client("Please confirm the last day of support in writing. Also, will you be taking your antivirus "
                                 "off our computers on that day or before?", "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.action == HANDOFF and end in decision.staff_notice.text


def test_a_legal_threat_over_being_cut_off_is_met_with_nothing_switched_off_before_the_last_day(bot):
    decision = bot.handle(client("If your company disconnects anything or locks us out before the contract ends, my attorney "
                                 "will be in touch the same day.", "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.action == HANDOFF and "nothing of yours will be switched off, locked or deleted before then" in \
        decision.staff_notice.text and end in decision.staff_notice.text


def test_the_new_provider_asking_how_backups_were_set_up_after_the_end_is_declined_to_them(bot):
    decision = bot.handle(client("Hi, Sam from BrightPath IT here, we look after Globex Logistics now. Could you tell us how "
                                 "the backup jobs were scheduled and what retention you used?", "Globex Logistics"))
    assert decision.intent == "provider_config_question"


def test_a_question_about_whose_name_the_licences_are_in_gets_a_draft_about_the_licences(bot):
    decision = bot.handle(client("Quick q - our Microsoft 365 licences, are those in our name or yours? And who pays for them "
                                 "after the last day?", "Acme Dental"))
    text = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert "I'll check exactly how they're held today" in text and "own payment method" in text


def test_a_long_letter_asking_for_one_more_chance_is_a_plea_for_a_person_with_the_decision_drafted(bot):
    letter = ("Dear all, we have been with you since 2018 and you know our systems better than we do. I know our payments "
              "slipped this year; our office manager left in the spring and things fell apart. We have hired someone and are "
              "moving to automatic payments this month. Please, I am asking you personally, give us one more chance. "
              "We won't let you down. Warmly, Helen")
    decision = bot.handle(client(letter, "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "second_chance" and "decision" in decision.staff_notice.text


def test_words_for_a_client_not_on_record_use_the_name_the_last_day_and_the_signer_staff_give(bot):
    last = calendar.day(60)
    reply = bot.handle(staff(f"write the termination email for Wayne Pharmacy, they pay late too, last day {last.day} "
                             f"{last:%b}, sign as Priya")).reply
    assert reply.script.startswith("Hello Wayne Pharmacy team") and long_date(last) in reply.script
    assert "[last day of support]" not in reply.script and reply.script.rstrip().endswith("Priya\nNorthwind IT")


def test_an_angry_ex_client_demanding_a_fix_gets_the_kind_no_in_the_reply_staff_paste_back(bot):
    reply = bot.handle(staff('Reply to this pls, keep it calm: "You people left us high and dry. If I don\'t hear back '
                             'TODAY with someone to fix our dispatch board, I\'m giving you one star everywhere." - Globex')).reply
    assert "ended on" in reply.script and "BrightPath IT" in reply.script and "one star" not in reply.script


def test_a_script_without_its_opening_thanks_does_not_open_mid_thought(bot):
    script = bot.handle(staff("Priya's off this week and Acme are demanding 'someone senior' to discuss the decision. "
                              "Who do I send them to?")).reply.script
    body = script.split("\n\n")[1]
    assert not re.match(r"[^.]*\bthough\b", body)


def test_a_quoted_signer_after_sign_as_signs_the_script(bot):
    reply = bot.handle(staff("Reply to Acme for me, they asked to stay on. Warm tone, sign as 'The Support Team'.")).reply
    assert "\nThe Support Team\n" in reply.script + "\n"


def test_a_client_asking_to_push_the_end_into_next_month_is_asking_for_more_time():
    assert cues.asks_for_more_time("Can we push it to end of Jan? Our new people can't start till February.")


def test_everything_on_a_usb_stick_gets_a_draft_that_says_yes(bot):
    decision = bot.handle(client("Could we have everything from the shared drive on a USB stick before we switch over please?",
                                 "Acme Dental"))
    assert decision.action == HANDOFF and "external drive" in decision.staff_notice.text


def test_our_monitoring_alerts_still_reaching_an_ex_client_are_a_tool_of_ours_to_remove(bot):
    decision = bot.handle(client("We're still getting your monitoring alerts emailed to us every night. Please stop them.",
                                 "Globex Logistics"))
    assert "we're sorry it's still there" in decision.staff_notice.text


def test_a_reply_for_a_colleague_to_send_is_written_to_whoever_asked_not_to_the_colleague(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("BrightPath (Globex's new IT) emailed asking us to walk them through the firewall rules we "
                             "set up. Draft a reply for Tom.")).reply
    assert reply.script.startswith("Hello BrightPath IT team") and "For the team" not in reply.text


def test_a_new_provider_named_in_quotes_is_written_to_by_its_name(bot):
    reply = bot.handle(staff("Acme told Priya on the phone they're going with 'Redwood IT'. Draft the handover kick-off "
                             "email to Redwood.")).reply
    assert reply.script.startswith("Hello Redwood IT team,")


def test_a_relayed_ask_to_keep_their_data_after_the_last_day_is_about_our_copies_not_a_plea(bot):
    decision = bot.handle(staff("Acme asked if we'll keep their data 'a few months' after the last day in case they need "
                                "it. Draft a reply."))
    assert decision.intent == "data_export" and "Keep our copies until" in decision.reply.text


def test_a_long_support_request_that_says_please_help_is_no_plea_to_reconsider(bot):
    text = ("Hi team, please help us this morning: the reception PC will not start, the screen stays black after the logo, "
            "and we have tried unplugging it and holding the power button for a while, which did nothing. Patients are "
            "arriving at nine and the booking system only runs on that machine, so we really need someone to look at it "
            "as soon as possible. Thank you so much, Jen")
    assert bot.handle(client(text, "Acme Dental")).intent != "second_chance"


def test_who_the_new_msp_is_and_how_to_reach_them_is_looked_up(bot):
    reply = bot.handle(staff("who's Globex's new MSP and how do I reach them?")).reply
    assert "BrightPath IT" in reply.text and "outside what I can answer" not in reply.text


def test_a_summary_of_where_a_client_stands_for_a_named_colleague_is_a_status_report(bot):
    reply = bot.handle(staff("ping for Priya summarising where Acme stands, she's back from leave tomorrow and wants "
                             "it in 5 lines max")).reply
    report = reply.text.split("Status report (for us, not for the client):\n", 1)[1].strip().splitlines()
    assert len(report) <= 5 and report[0].startswith("- Acme Dental: last day of support")


def test_a_client_let_go_with_a_date_in_words_is_named_and_dated_in_the_template(bot):
    reply = bot.handle(staff("we're letting Stark Plumbing go too. draft the notice email, usual reasons, end date "
                             "first of Feb")).reply
    first_of_feb = next(day for day in (date(calendar.today().year + k, 2, 1) for k in (0, 1)) if day >= calendar.today())
    assert reply.text.startswith("I can't find Stark Plumbing in the client records")
    assert reply.script.startswith("Hello Stark Plumbing team,") and long_date(first_of_feb) in reply.script
    assert "[the reason" in reply.script   # "usual reasons" is no reason on record


def test_the_status_on_a_client_not_on_record_says_so(bot):
    reply = bot.handle(staff("what's the status on Wayne Dental? they still with us?")).reply
    assert "I can't find Wayne Dental in the client records" in reply.text


def test_notice_compared_between_two_clients_names_each_and_is_no_question_of_which(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(40))
    reply = bot.handle(staff("how much notice did we give Acme vs Hooli? someone asked if we're being fair")).reply
    assert "could mean" not in reply.text
    assert "Acme Dental: notice was given on" in reply.text and "Hooli Bakery: notice was given on" in reply.text


def test_our_alert_emails_still_reaching_an_ex_client_are_ours_to_remove_not_declined(bot):
    decision = bot.handle(client("why are we STILL getting 'disk space warning' alert emails from your system?? you "
                                 "dont even work for us anymore", "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "not able to help with this request" not in said and "removed" in said


def test_why_an_invoice_came_after_the_end_is_a_billing_question_not_the_reason(bot):
    decision = bot.handle(client("Why did we get an invoice dated Dec 1 when you stopped working for us on the 17th of "
                                 "November??", "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "billing" in said and "The reason is" not in said


def test_a_calm_question_about_christmas_cover_is_answered_as_that_not_as_anger(bot):
    decision = bot.handle(client("Will anyone answer the phone over Christmas? That's our busiest week and the oven "
                                 "controller thing dies every year.", "Acme Dental"))
    assert decision.intent == "holiday_cover"


def test_a_two_sentence_text_says_what_staff_said_it_is_for(bot):
    reply = bot.handle(staff("Need a text to the Acme office manager: we can put all their files on an external drive "
                             "for them before we finish. Friendly, 2 sentences, she's not techy")).reply
    assert "external drive" in reply.script and len(reply.script) <= 160


def test_sentences_counted_in_the_request_win_over_a_quick_one_in_the_pasted_message(bot):
    reply = bot.handle(staff("Globex (ex-client) just sent: 'hey quick one, the shared mailbox for dispatch "
                             "disappeared, can u restore?' - reply in 3 sentences max")).reply
    body = reply.script.split("\n\n")[1]
    assert len(re.findall(r"[.!?](?:\s|$)", body)) == 3 and "Ready to send (3 sentences):" in reply.text


def test_a_relayed_invoice_query_gets_a_holding_reply_not_the_invoice_again(bot):
    reply = bot.handle(staff("Globex are querying the final invoice, say the Nov numbers look wrong. Draft a holding "
                             "reply for Priya, I'll get billing to check.")).reply
    assert reply.script.startswith("Hello Globex Logistics team,") and "Please find attached" not in reply.script
    assert "check" in reply.script and "finance team" not in reply.script


def test_a_letter_confirming_the_last_day_gives_the_reason_when_asked_and_says_who_signs(bot):
    reply = bot.handle(staff("Formal letter to Acme Dental confirming the end date in writing. They've asked for "
                             "'the actual reason' in writing as well. Also who should sign it?")).reply
    assert "The reason is late payment" in reply.script and "Who signs: Priya" in reply.text
    plain = bot.handle(staff("confirm Acme's last day to them in writing")).reply
    assert "The reason is" not in plain.script and "Who signs" not in plain.text


def test_a_note_asking_the_team_to_pull_our_access_lists_what_comes_off_and_what_is_checked_first(bot):
    reply = bot.handle(staff("Need a note to the tech team to pull our access out of Globex now that they're gone. "
                             "What should be on the list?")).reply
    note = reply.text.split("For the team (not for the client):\n", 1)[1]
    assert "delegated admin" in note and "agents" in note and "Before anything comes off" in note
    assert "nothing of theirs is deleted" in note


def test_staff_asking_whether_the_office_closure_affects_a_client_get_its_dates_against_it(config, open_bot):
    closed = (calendar.today() + timedelta(days=30), calendar.today() + timedelta(days=38))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    text = bot.handle(staff("does the xmas closure mess anything up for acme?")).reply.text
    assert f"before our office closes on {long_date(closed[0])}" in text and "Acme Dental: the last day" in text


def test_a_pasted_client_email_asking_too_much_is_answered_with_the_reason_not_checked_as_a_draft(bot):
    reply = bot.handle(staff('Acme emailed: "Is this because we paid late? We can pay early from now on, promise!! too '
                             'much?" Reply pls, kind, but no wiggle room.')).reply
    assert "Reading your draft" not in reply.text and "The reason is late payment" in reply.script


def test_thanks_to_you_is_blame_not_thanks(bot):
    decision = bot.handle(client("Still no IT company, thanks to you. Hope you're enjoying your holidays.",
                                 "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "kind words" not in said and "new arrangements" not in said


def test_a_late_fee_on_an_invoice_is_a_billing_question_not_the_reason(bot):
    decision = bot.handle(client("Why is there a late fee on our September invoice? I thought we were square.",
                                 "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "billing" in said and "The reason is" not in said


def test_the_last_day_asked_without_a_question_mark_is_answered_from_the_record(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("what date exactly do u stop supporting us", "Acme Dental"))
    assert decision.intent == "end_date" and end in (decision.reply.text if decision.reply else decision.staff_notice.text)


def test_who_we_are_offboarding_and_when_each_ends_lists_them(bot):
    text = bot.handle(staff("Quick rundown pls: who are we offboarding and when does each one end?")).reply.text
    assert "Acme Dental: last day of support" in text and "Which client do you mean?" not in text


def test_what_notice_we_gave_is_the_notice_on_record(bot):
    acme = bot.clients.get("Acme Dental")
    text = bot.handle(staff("what notice did we give acme, 30 days?")).reply.text
    assert f"Notice was given on {long_date(date.fromisoformat(acme['notice_date']))}" in text


def test_whats_involved_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("Acme wants their Microsoft licences moved to their new people before Christmas. "
                             "What's involved?")).reply
    assert not reply.text.startswith("From the record") and "licence" in reply.text


def test_please_dont_leave_us_is_a_plea_answered_with_the_kind_no(bot):
    decision = bot.handle(client("Please don't leave us. We're a tiny practice, six people. You've always been so good "
                                 "to us.", "Acme Dental"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else decision.staff_notice.text
    assert decision.intent == "second_chance" and "no hard feelings" not in said and "final" in said


def test_a_voicemail_about_a_client_who_ignored_our_emails_is_written_not_refused(bot):
    reply = bot.handle(staff("Need a ~30 sec voicemail script for Acme Dental's office manager. They've ignored two "
                             "emails about picking a new IT provider.")).reply
    assert reply.text.startswith("Helpful") and "Doing less now is spite" not in reply.text and reply.script


def test_a_teams_message_to_a_colleague_asking_about_our_access_is_the_question_to_them(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    reply = bot.handle(staff("Write a Teams msg to Tom asking him to confirm we've pulled the RMM agent + our delegated "
                             "admin off the logistics company's tenant, now that they're gone.")).reply
    assert reply.script.startswith("Hi Tom, could you confirm we've pulled the RMM agent") and "Globex Logistics" in reply.script
    assert "[client]" not in reply.text


def test_a_dm_to_a_colleague_saying_something_tells_them_it_in_the_second_person(bot):
    reply = bot.handle(staff("write a slack dm to priya saying acme's final invoice is ready for her to review before "
                             "it goes out. casual")).reply
    assert reply.script.startswith("Hi Priya, Acme's final invoice is ready for you to review before it goes out.")
    assert "Heads-up" not in reply.script and "we're ending our agreement" not in reply.script


def test_a_new_provider_announced_with_exclamation_marks_is_taken_up_in_the_draft(bot):
    decision = bot.handle(client("good news we found a new provider!! ToothTech IT, our contact is Marco, "
                                 "marco@toothtech.example. pls work with him", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "ToothTech IT is taking over" in said and "whichever provider you choose" not in said


def test_four_to_five_sentences_asked_get_at_least_four(bot):
    reply = bot.handle(staff('Acme just answered the notice: "Every invoice is now paid in full. Surely that changes '
                             'things?" Need a reply, firm but warm, 4-5 sentences max.')).reply
    assert reply.text.count("Ready to send (4 sentences)") + reply.text.count("Ready to send (5 sentences)") == 1


def test_cant_we_just_give_them_more_time_gets_a_plain_no_with_the_handover_instead(bot):
    reply = bot.handle(staff("Acme's receptionist cried on the phone today. I feel awful. Can't we just give them till "
                             "end of Jan?")).reply
    assert reply.text.split("\n\n")[1].startswith("No:") and "To say on the call" not in reply.text


def test_one_bitlocker_key_asked_for_is_one_key(bot):
    decision = bot.handle(client("We need the BitLocker recovery key for our CEO's laptop, it's locked.", "Globex Logistics"))
    assert "The BitLocker recovery key is yours" in decision.staff_notice.text


def test_i_bet_this_is_because_is_a_guess_at_the_reason_corrected_kindly(bot):
    decision = bot.handle(client("I bet this is because Dr. Kim yelled at your technician in August. He apologised, "
                                 "you know.", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "it isn't that" in said and "The reason is late payment" in said


def test_a_colleague_asked_about_a_client_not_on_record_is_told_so(bot):
    text = bot.handle(staff("Stark Plumbing's office mgr wants to know when their support ends, what do I tell her?")).reply.text
    assert "I can't find Stark Plumbing in the client records" in text


def test_whether_the_new_provider_has_been_in_touch_is_not_on_record_and_said_so(bot):
    text = bot.handle(staff("has brightpath reached out about globex yet?")).reply.text
    assert "Whether BrightPath IT has been in touch isn't on record" in text


def test_a_call_for_the_new_provider_on_how_things_were_set_up_is_a_no_after_the_end(bot):
    reply = bot.handle(staff("BrightPath wants 15 mins with one of our techs on how Globex's backups were set up. "
                             "Priya's ok with it. Good idea?")).reply
    assert reply.text.split("\n\n")[1].startswith("No: support ended on") and "not able to answer further questions" in reply.script


def test_a_client_message_quoted_in_single_quotes_is_not_a_draft_to_check(bot):
    reply = bot.handle(staff("globex ex-office mgr pinged Priya on linkedin: 'just need a quick look at the print queue, "
                             "2 min job, pls?' two sentences max reply")).reply
    assert "Reading your draft" not in reply.text and "Ready to send (2 sentences)" in reply.text


def test_what_happened_on_the_phone_asks_for_no_call_script(bot):
    reply = bot.handle(staff("can we kill acme's remote access now? owner screamed at sam on the phone. I'm done with them")).reply
    assert "To say on the call" not in reply.text and reply.text.split("\n\n")[1].startswith("No:")


def test_in_the_new_year_is_when_not_a_question_about_holiday_cover(bot):
    decision = bot.handle(client("Hello, this is Dana from BrightPath IT. We'll be taking over IT for Acme Dental in the new "
                                 "year. Who should we coordinate the handover with?", "Acme Dental"))
    assert decision.intent != "holiday_cover"


def test_news_of_a_new_provider_who_will_call_is_no_threat(bot):
    decision = bot.handle(client("FYI we signed with NetWorx Solutions. They'll be calling you.", "Globex Logistics"))
    assert decision.intent not in ("bad_review_threat", "angry_client")
    assert "formal complaint" not in decision.staff_notice.text


def test_an_ex_client_asking_who_registered_their_website_gets_their_domain_handed_over(bot):
    decision = bot.handle(client("who registered globexlogistics.com and where do I renew it? it says expiring in january",
                                 "Globex Logistics"))
    assert decision.action == HANDOFF and "Your domain" in decision.staff_notice.text.split("Draft reply")[1]


def test_a_formal_request_to_confirm_our_copies_are_removed_is_an_erase_request(bot):
    decision = bot.handle(client("Dear Sirs, Pursuant to our agreement, we request written confirmation of (1) the effective "
                                 "termination date of services and (2) that all data belonging to Globex Logistics has been "
                                 "removed from your systems. Yours faithfully, Art", "Globex Logistics"))
    assert decision.intent == "erase_request" and "data stay as they are" not in decision.staff_notice.text


def test_a_recorded_reason_quoted_back_in_scorn_gets_the_reason_plainly(bot):
    decision = bot.handle(client("Wow, 'scope creep'. So asking you to do your job is creep now? Who decides what's in "
                                 "scope, you?", "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "The reason is" in said and "outside the agreed scope" in said


def test_the_last_day_asked_with_will_our_email_stop_says_nothing_of_theirs_stops(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("Please can you tell me the exact date when you stop the service, and will our email stop "
                                 "to work on this same day?", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert end in said and "We switch nothing of yours off on that day" in said


def test_the_new_provider_telling_us_our_agent_is_still_there_gets_it_removed(bot):
    decision = bot.handle(client("BrightPath here again. We still see your RMM agent checking in from 14 Globex machines. "
                                 "Can you remove it on your side please?", "Globex Logistics"))
    draft = decision.staff_notice.text
    assert "removed as soon as possible" in draft and "shared once Globex Logistics has confirmed" not in draft


def test_coaching_about_a_client_not_on_record_says_nothing_of_theirs_is_on_record(bot):
    text = bot.handle(staff("Wayne Enterprises is asking when their offboarding wraps up. what do I tell them?")).reply.text
    assert text.startswith("I can't find Wayne Enterprises in the client records")


def test_a_look_up_asked_after_what_someone_asked_is_answered_from_the_record(bot):
    text = bot.handle(staff("globex's new IT guy called asking for stuff - who's their new provider again?")).reply.text
    assert text.startswith("From the record") and "BrightPath IT" in text


def test_the_latest_date_the_new_provider_can_call_is_the_handover_date_alone(bot):
    text = bot.handle(staff("what's the latest date their new people can contact us for the acme handover?")).reply.text
    assert "should contact us by" in text and "Reason on record" not in text


def test_a_checklist_asked_for_comes_without_a_letter_unless_a_letter_is_asked(bot):
    plain = bot.handle(staff("give me a final checklist for the acme handover, want to make sure nothing's missed")).reply
    assert "handover checklist" in plain.text and not plain.script
    mailed = bot.handle(staff("Can you turn the handover checklist into an email I can send to Acme? numbered list pls")).reply
    assert mailed.script


def test_the_last_day_against_the_office_closure_when_asked(config, open_bot):
    closed = (calendar.today() + timedelta(days=30), calendar.today() + timedelta(days=38))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    text = bot.handle(staff("when's acme's last day again? before or after the xmas shutdown?")).reply.text
    assert f"That is before our office closes ({long_date(closed[0])} to {long_date(closed[1])})" in text


def test_an_email_that_needs_to_say_listed_things_says_each_of_them(config, open_bot):
    closed = (calendar.today() + timedelta(days=10), calendar.today() + timedelta(days=18))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    bot.clients.set_end("Acme Dental", (closed[1] + timedelta(days=5)).isoformat())
    acme = bot.clients.get("Acme Dental")
    script = bot.handle(staff("can u write the handover reminder email to Acme? needs to say: last day, we need their new "
                              "provider to get in touch at least a week before, mention our xmas shutdown, and the final "
                              "invoice")).reply.script
    facts_said = [long_date(date.fromisoformat(acme["end_date"])), f"closed from {long_date(closed[0])}", "final invoice",
                  "get in touch with us by"]
    assert all(fact in script for fact in facts_said), script
    plain = bot.handle(staff("can u write the handover reminder email to Acme? no need to mention the shutdown")).reply.script
    assert f"closed from {long_date(closed[0])}" not in plain


def test_an_apology_passed_on_by_staff_is_thanked_first_in_the_reply(bot):
    reply = bot.handle(staff("need a short email to acme dental, the owner emailed priya this morning saying sorry about "
                             "the late payments and swearing it won't happen again. decision stands. sign it Priya")).reply
    assert reply.script.split("\n\n")[1].startswith("Thank you for the apology")


def test_a_sign_off_email_is_the_clients_form_whoever_asked(bot):
    reply = bot.handle(staff("Priya wants a sign-off email for Globex: named person accepts the handover on a date, list "
                             "any exceptions. Draft it")).reply
    assert "Sign-off form (for the client to sign):" in reply.text and "Ready to send to BrightPath" not in reply.text


def test_a_law_firm_writing_for_the_client_goes_to_management(bot):
    decision = bot.handle(client("Dear Sirs, We act for Globex Logistics Ltd. Our client informs us that project files have "
                                 "not been delivered. We request delivery within 14 days. Yours faithfully, Harrow & Pike LLP",
                                 "Globex Logistics"))
    assert decision.intent == "formal_complaint"


def test_a_long_letter_asking_if_nothing_can_be_done_is_a_plea_not_a_holiday_question(bot):
    letter = ("Dear Priya, I have been going over your letter again and again. I know the invoices were late. Our old "
              "bookkeeper was ill for most of the spring and then left without telling anyone what was outstanding. We "
              "have 14 staff who rely on these computers every day, and the thought of starting from scratch with a "
              "company that doesn't know us, right before the holidays, keeps me up at night. We have always liked your "
              "team. Is there really nothing we can do?")
    decision = bot.handle(client(letter, "Acme Dental"))
    assert decision.intent == "second_chance" and decision.action == HANDOFF and "Thank you for writing" in decision.staff_notice.text


def test_the_checklist_in_bullets_is_the_checklist_not_talking_points(bot):
    reply = bot.handle(staff("Give me the handover checklist for acme as bullets pls")).reply
    assert "handover checklist" in reply.text and "Talking points" not in reply.text


def test_a_formal_letter_asking_to_be_reinstated_is_answered_as_a_wish_to_come_back(bot):
    reply = bot.handle(staff('Globex sent a formal letter asking to be reinstated "on the previous terms". Draft a formal '
                             "reply letter for Priya's signature.")).reply
    assert "not able to help with this request" not in reply.script and "back" in reply.script


def test_the_new_provider_writing_again_is_written_to_as_the_provider(bot):
    decision = bot.handle(client("BrightPath again. Your RMM agent and an admin account called msp-tech2 are still on about "
                                 "40 Globex machines. Please remove them or confirm we can.", "Globex Logistics"))
    assert "working with BrightPath IT if that suits you" not in decision.staff_notice.text
    assert "removed as soon as possible" in decision.staff_notice.text


def test_the_new_provider_asking_how_a_long_named_thing_was_set_up_gets_the_kind_no(bot):
    decision = bot.handle(client("Hi, BrightPath IT here (help@brightpath.example), we now support Globex Logistics. Could "
                                 "you tell us how the "
                                 "site-to-site tunnel and VLANs on their FortiGate were set up? The docs we got are thin.",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question"


def test_the_why_paragraph_for_a_follow_up_email_is_a_paragraph(bot):
    reply = bot.handle(staff("Acme's owner asked me face to face why we're letting them go and I fumbled it. Write me the "
                             "'why' paragraph for my follow-up email. Honest, but not brutal.")).reply
    assert "One paragraph to paste:" in reply.text and "The reason is late payment" in reply.script


def test_passwords_wanted_in_a_chat_get_a_reply_about_the_secure_way(bot):
    reply = bot.handle(staff("BrightPath's guy wants us to hand over Globex's passwords in a Teams chat. Write me a "
                             "3-line reply suggesting the proper way.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "secure channel" in reply.script


def test_the_last_day_and_whether_we_are_open_over_christmas_are_answered_together(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("quick q - what's the actual last day you support us, and are you open over xmas? we "
                                 "close 23rd-2nd", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.intent == "holiday_cover" and end in said and "asks several things" not in said


def test_a_number_of_sentences_asked_exactly_is_met(bot):
    reply = bot.handle(staff("Priya wants a last short thank-you to Globex now that it's all wrapped, and it should "
                             "politely close the door on future asks. 4 sentences, from Priya Shah.")).reply
    assert "Ready to send (4 sentences)" in reply.text and "BrightPath IT" in reply.script


def test_thanks_answered_with_kind_words_is_not_welcomed_twice(bot):
    decision = bot.handle(client("ok. thank you for being straight with us, honestly. we get it. let's just make the move "
                                 "smooth.", "Acme Dental"))
    assert "kind words" in decision.reply.text and "You're very welcome" not in decision.reply.text


def test_a_text_about_the_last_day_and_the_closure_says_both_and_is_signed_as_asked(config, open_bot):
    closed = (calendar.today() + timedelta(days=10), calendar.today() + timedelta(days=18))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    bot.clients.set_end("Acme Dental", (closed[1] + timedelta(days=5)).isoformat())
    script = bot.handle(staff("text msg to the acme owner reminding them of the last day + our xmas closure. under 160 "
                              "chars. from Dana @ support")).reply.script
    assert f"closed {closed[0]:%a} {closed[0].day} {closed[0]:%b}" in script and script.endswith("- Dana, Northwind IT")
    assert len(script) <= 160


def test_two_things_a_renewal_and_the_final_invoice_are_both_answered(bot):
    decision = bot.handle(client("Two things: can you renew our antivirus, it expires soon? and when will the final "
                                 "invoice come?", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "I'll check exactly how they're held today" in draft and "I'll send you the final invoice" in draft
    assert "help desk" not in draft


def test_u_there_is_a_hello_waiting_for_an_answer(bot):
    decision = bot.handle(client("u there?", "Globex Logistics"))
    assert decision.action == REPLY and decision.intent == "hello"


def test_thanks_with_cakes_dropped_off_is_thanked_not_ignored(bot):
    decision = bot.handle(client("Hi! Just wanted to say thanks for always being so nice to our staff. We're dropping off a "
                                 "box of cinnamon rolls on Friday", "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "gratitude"


def test_the_weekday_of_a_recorded_day_named_by_its_number_is_the_records(bot):
    end = date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"])
    text = bot.handle(staff(f"Globex ended the {end.day}{'th' if 4 <= end.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(end.day % 10, 'th')}"
                            f" - that was a Monday right? need it for the report")).reply.text
    assert long_date(end) in text


def test_a_workload_reason_is_said_as_our_capacity_and_not_as_their_fault(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(40),
                    reason_category="overload")
    decision = bot.handle(client("Why are you dropping us? We always paid on time.", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else decision.staff_notice.text
    assert "The reason is our team's capacity: we can't give you the level of support you need" in said
    assert "anything you did wrong" not in said   # (a reassurance the record doesn't hold softens the reason)


def test_a_checklist_to_share_with_the_new_provider_is_theirs_to_read_not_our_tracker(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("Need a one-page handover checklist for Acme that I can share with their new provider. "
                             "markdown ok")).reply
    assert "Checklist to share:" in reply.text and reply.script.startswith("Handover checklist: Acme Dental")
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script and "1. " in reply.script
    assert "offboard" not in reply.script and "[ ]" not in reply.script and "access-removed" not in reply.script


@pytest.mark.parametrize("text", ["Hooli says Castle Tech will 'figure it all out in January'. is that fine?",
                                  "acme's new IT guys want to pick everything up after the holidays, that ok?"])
def test_a_new_provider_starting_after_our_support_is_told_that_is_too_late(bot, text):
    add_hooli(bot.clients)
    decision = bot.handle(staff(text))
    answer = decision.reply.text
    assert answer.split("\n\n")[1].startswith("No:") and "while we still support" in answer
    assert long_date(date.fromisoformat(bot.clients.get(decision.client)["end_date"])) in answer
    assert "Ready to send" not in answer


def test_a_new_provider_wanting_admin_before_the_last_day_gets_it_safely(bot):
    add_hooli(bot.clients)
    answer = bot.handle(staff("Hooli wants Castle Tech to get admin on the firewall now, before the 4th. "
                              "ok or do we wait till the end?")).reply.text
    assert answer.split("\n\n")[1].startswith("Yes, Castle Tech can have it now")
    assert "admin account of their own" in answer and "secure channel" in answer and "Keep our own access" in answer


def test_a_text_about_the_new_provider_says_when_support_ends_within_the_limit_staff_gave(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("sms to the Acme office mgr — they still haven't told us who's taking over. short, "
                             "under 300 characters")).reply
    assert f"our support ends on {acme_end}" in reply.script and len(reply.script) <= 300
    assert "Who is your new IT provider?" in reply.script   # (who is taking over, asked)


def test_an_ex_client_offering_more_to_come_back_gets_the_kind_no_not_silence(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Good day. We are thinking to come back to you with bigger contract, two times the "
                                 "price. Is this possible?", "Vandelay Imports"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.intent == "come_back" and "won't be taking the account back on" in said


def test_a_threat_to_tell_everyone_gets_no_dare_and_hears_it_is_not_abandoned(bot):
    decision = bot.handle(client("This is outrageous. You're abandoning a dental practice four weeks before Christmas. "
                                 "I'll make sure every dentist in the county hears about this.", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "free to share your experience" not in said and "we aren't leaving you without help" in said


def test_keeping_a_service_running_past_the_last_day_as_a_courtesy_is_a_kind_no(bot):
    reply = bot.handle(staff("Acme wants us to keep backups running into January 'as a courtesy'. Draft me a polite "
                             "no.")).reply
    assert reply.text.split("\n\n")[1].startswith("No: the last day of support stays as it is")
    assert "we'll handle this just as we always would" not in reply.script


def test_a_really_simple_email_about_the_end_date_is_the_plain_plan(bot):
    reply = bot.handle(staff("Acme's owner isn't a native speaker. Write a really simple email about the end date "
                             "please.")).reply
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"Our IT support for you ends on {acme_end}." in reply.script and "Our decision stands" not in reply.script


def test_a_teams_message_to_a_colleague_not_on_record_is_written_to_them(bot):
    reply = bot.handle(staff("Write a Teams message to Jamal telling him to hold off pulling our RMM agent from "
                             "Acme's machines.")).reply
    assert reply.script.startswith("Hi Jamal, please hold off pulling our RMM agent from Acme's machines.")


def test_whether_we_still_owe_an_ex_client_their_data_is_the_handover_not_the_contract(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay wants a copy of their data. We ended with them a month ago — do we still owe "
                             "them that?")).reply
    assert "never declined" in reply.text and "depends on what was agreed" not in reply.text


def test_a_client_not_on_record_asked_about_as_offboarded_is_said_to_be_missing(bot):
    decision = bot.handle(staff("Someone from Wayne Dental called about handing over their keys — are they one of "
                                "the ones we're offboarding?"))
    assert decision.intent == "roster" and "can't find Wayne Dental" in decision.reply.text
    assert "Here's how we'll hand over" not in decision.reply.text


@pytest.mark.parametrize("text,said", [
    ("Could you resend our final invoice? Our accountant misplaced it.", "send you a copy of the final invoice"),
    ("Two things: 1) can you set up an account for our new hygienist who starts next Monday? 2) what will our "
     "final invoice look like?", "what the final invoice covers")])
def test_a_final_invoice_asked_for_again_or_asked_about_is_answered_as_that(bot, text, said):
    decision = bot.handle(client(text, "Acme Dental"))
    draft = decision.reply.text if decision.reply else decision.staff_notice.text
    assert said in draft


def test_a_clients_own_question_about_the_setup_pasted_in_is_answered_to_the_client(bot):
    reply = bot.handle(staff("Globex emailed:\n> hey can you just remind us how the VPN was set up? brightpath can't "
                             "figure it out\nDraft a reply, 3 sentences tops.")).reply
    assert "Ready to send to" not in reply.text and reply.script.startswith("Hello Globex Logistics team")
    assert "not able to answer questions about how things were set up" in reply.script


def test_whether_to_raise_the_reason_with_a_client_already_gone_is_no_need_unless_asked(bot):
    reply = bot.handle(staff("Tom wants to know if we should even bring up the scope creep with Globex now they're "
                             "gone.")).reply
    assert reply.text.split("\n\n")[1].startswith("No need to bring it up unprompted") and not reply.script


def test_a_client_asking_if_their_new_provider_may_start_now_is_told_yes_alongside_us(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Is it ok if Castle Tech puts their software on our PCs now while you're still "
                                 "looking after things?", "Hooli Bakery"))
    draft = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "Yes, that's fine" in draft and "on to our help desk" not in draft


def test_an_insult_dressed_as_good_luck_is_never_thanked_back(bot):
    decision = bot.handle(client("Guess 'outside scope' was your excuse for being lazy. Good luck with your other "
                                 "suckers.", "Globex Logistics"))
    assert decision.action != "reply" and decision.intent == "angry_client"


def test_our_monitoring_thing_left_on_an_ex_clients_pcs_is_ours_to_remove(bot):
    decision = bot.handle(client("Glbex logistcs - your monitoring thing is still on our PCs and keeps popping alerts. "
                                 "can u remove it?", "Globex Logistics"))
    assert "arrange to have it removed" in decision.staff_notice.text


def test_two_more_weeks_asked_for_is_more_time(bot):
    reply = bot.handle(staff("acme asking for 2 more weeks so they're not switching over christmas. honestly seems "
                             "fair? yes/no + one line why")).reply
    assert reply.text.split("\n\n")[1].startswith("No: the last day of support stays as it is")


def test_a_voicemail_from_a_named_colleague_is_spoken_in_their_name(bot):
    reply = bot.handle(staff("Globex's owner left me 2 voicemails about their email not syncing. Give me a voicemail "
                             "script to call back, 30 seconds tops, from Priya Shah.")).reply
    assert reply.script.startswith("Hi, this is Priya Shah from")


def test_a_letter_signed_with_a_name_and_title_carries_both(bot):
    reply = bot.handle(staff("Formal letter to Acme Dental confirming the data handover: we'll put their files on an "
                             "external drive. Letterhead style, signed Priya Shah, Account Manager.")).reply
    assert "Priya Shah\nAccount Manager" in reply.script


@pytest.mark.parametrize("text", ["last day for the bakery is when again", "hooli's last day was when again"])
def test_a_last_day_asked_with_when_at_the_end_is_looked_up(bot, text):
    add_hooli(bot.clients)
    decision = bot.handle(staff(text))
    assert decision.intent == "roster" and "Hooli Bakery is in transition" in decision.reply.text


def test_whether_we_still_hand_over_a_domain_code_after_the_end_is_coached_not_looked_up(bot):
    reply = bot.handle(staff("Globex wants the auth code for their domain. They ended 2 weeks ago - do we still do "
                             "that?")).reply
    assert reply.text.split("\n\n")[1].startswith("Yes: they're theirs")


def test_a_long_letter_with_a_payment_thanks_each_thing_in_a_whole_sentence(bot):
    decision = bot.handle(client(
        "Dear Priya,\n\nI have been sitting with your letter since Friday and honestly I'm heartbroken. We've been with "
        "your company for six years. The late payments this year were because the insurers were slow reimbursing us - "
        "it was never disrespect. Everything is paid in full now. Please, please reconsider. My staff trust your techs."
        "\n\nAlso, separate thing, the front desk printer has jammed and won't scan to email since yesterday, can "
        "someone look?\n\nWarm regards,\nLinda (Practice Manager)", "Acme Dental"))
    draft = decision.staff_notice.text
    assert "\n> For telling us" not in draft and ". For telling us" not in draft
    assert "Thank you for writing, and for telling us so honestly" in draft
    assert "Thank you, too, for letting us know about the payment" in draft


def test_every_credential_a_client_names_is_in_the_draft(bot):
    decision = bot.handle(client("Hoolie bakery - can we have the backup encryption key + the admin logins for 365 "
                                 "before we switch", "Acme Dental"))
    assert "The Microsoft 365 admin login and the backup encryption key are yours" in decision.staff_notice.text


def test_who_the_responsible_person_for_their_account_is_is_a_contact_question(bot):
    decision = bot.handle(client("Good morning, our accountant ask who is the responsible person for our account in "
                                 "your company? Thank you", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.intent == "contact" and "it's good to hear" not in said


@pytest.mark.parametrize("text", ["hi, do you still have any of our backups? we need an old spreadsheet from august",
                                  "Could you send us a copy of all our data please?"])
def test_an_ex_client_asking_for_data_hears_we_check_what_we_still_hold_first(bot, text):
    add_vandelay(bot.clients)
    said = bot.handle(client(text, "Vandelay Imports")).staff_notice.text
    assert "check what we still hold for you" in said and "full copy" not in said


def test_words_for_an_ex_client_about_their_data_promise_no_copy_we_may_not_hold(bot):
    reply = bot.handle(staff("Globex wants a copy of their data back. Write them a short reply.")).reply
    assert "check what we still hold for you" in reply.script and "full copy" not in reply.script


def test_a_holiday_closure_note_says_the_closure_the_last_day_and_the_handover_date(closed):
    reply = closed.handle(staff("Write the holiday-closure note for Hooli Bakery, under 100 words, so they know how "
                                "it affects their last stretch with us.")).reply
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply.script
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script \
        and "no hard feelings" not in reply.script


def test_an_email_with_a_subject_line_comes_with_both(bot):
    reply = bot.handle(staff("Draft a reminder email to Acme Dental confirming their last day of support. Under 120 "
                             "words, include a subject line, sign it from Priya Shah.")).reply
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[1:3])
    assert reply.script.startswith(f"Subject: Reminder: your support ends {day}\n\nHello Acme Dental team,")


def test_subject_lines_for_a_last_day_reminder_name_the_last_day(bot):
    reply = bot.handle(staff("Give me 3 subject line options for the final 'last day' reminder to Acme.")).reply
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[1:3])
    assert f"- Reminder: your support ends {day}" in reply.script


def test_two_versions_asked_for_come_as_two_scripts(bot):
    reply = bot.handle(staff("Acme offered to double their monthly retainer if we keep them. I need two versions of a "
                             "no: one warm, one a two-liner.")).reply
    assert "Version 1 (warm)" in reply.text and "Version 2 (a two-liner), ready to send (2 sentences)" in reply.text
    assert reply.script.count("Hello Acme Dental team,") == 2


def test_the_why_paragraph_gives_the_reason(bot):
    reply = bot.handle(staff("need the 'why' paragraph for acme dental, formal for the letter. keep it under 60 words")).reply
    assert "The reason is late payment" in reply.script


def test_a_voicemail_asking_for_the_new_provider_to_ring_us_asks_for_them(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli's line goes to voicemail. 3-line message reminding them Castle Tech needs to ring "
                             "us before we close for Christmas?")).reply
    assert "ask them to get in touch by" in reply.script


def test_a_later_start_by_the_new_provider_is_no_early_start_and_no_yes(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Can we move our end date to January 18? Castle Tech can't fully start before then.",
                                 "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Yes, that's fine" not in said and "can't continue our support beyond" in said


def test_a_client_saying_their_new_provider_is_taking_over_is_not_taken_for_the_provider(bot):
    from intents import cues
    assert not cues.writes_as_the_new_provider("Castle Tech are taking over on the 4th. They'll email you their contact "
                                               "soon.", "Castle Tech")
    assert cues.writes_as_the_new_provider("Castle Tech here, re the Hooli handover.", "Castle Tech")


def test_a_long_letter_that_also_asks_for_a_fix_says_the_fix_went_to_the_help_desk(bot):
    decision = bot.handle(client(
        "Dear Priya,\n\nI have been sitting with your letter since Friday and honestly I'm heartbroken. We've been with "
        "your company for six years. The late payments this year were because the insurers were slow reimbursing us - "
        "it was never disrespect. Everything is paid in full now. Please, please reconsider. My staff trust your techs."
        "\n\nAlso, separate thing, the front desk printer has jammed and won't scan to email since yesterday, can "
        "someone look?\n\nWarm regards,\nLinda (Practice Manager)", "Acme Dental"))
    assert "passed your other request to our help desk" in decision.staff_notice.text


def test_a_word_limit_holds_for_words_to_say_on_a_call(bot):
    reply = bot.handle(staff("need the 'why' paragraph for acme dental, casual for a phone call. keep it under 60 "
                             "words")).reply
    assert len(reply.script.split()) <= 60 and "The reason is late payment" in reply.script


def test_an_insulting_reply_that_mentions_the_invoice_is_answered_as_the_anger(bot):
    reply = bot.handle(staff("Acme's owner replied to the notice calling us 'vultures', says he'll hold back the last "
                             "invoice and trash us on Yelp. Need a calm reply under 150 words.")).reply
    assert "Please find attached our final invoice" not in reply.script and "understand why you're upset" in reply.script


def test_a_team_post_with_a_word_limit_keeps_the_news_within_it(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("quick post for #service-desk: heads up that hooli is being offboarded. <50 words, no "
                             "drama")).reply
    assert len(reply.script.split()) <= 50 and reply.script.startswith("Heads-up: we're ending our agreement with Hooli")
    assert "full client" in reply.script


def test_a_message_asking_the_client_who_signs_off_asks_for_a_person_and_a_date(bot):
    reply = bot.handle(staff("Teams msg to Acme's practice manager asking who on their side will sign off the "
                             "handover, and by when. Two sentences.")).reply
    # (a day asked for, not our tracker's target date for it, which is on no record of theirs)
    assert "Could you let us know who on your side will sign off the handover, and on which day?" in reply.script
    assert "ideally by" not in reply.script
    assert "who will look after your IT next" not in reply.script


def test_a_note_to_the_new_provider_that_the_handover_is_done_says_so(bot):
    reply = bot.handle(staff("Write a note to BrightPath for me confirming the Globex handover is wrapped up. Keep it "
                             "brief.")).reply
    assert "with the handover now complete" in reply.script and "could you confirm" not in reply.script


def test_a_public_reply_to_a_post_on_our_page_is_written_for_the_public(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff('Vandelay posted this on our FB page:\n"Fix our printer or I\'m telling every business on '
                             'this street you abandoned us."\nGive me a public reply, 2 lines.')).reply
    assert not reply.script.startswith("Hello") and "in public" in reply.script


def test_a_linkedin_post_that_we_moved_on_from_a_client_is_a_no(bot):
    reply = bot.handle(staff("Marketing wants a LinkedIn post saying we 'moved on' from Globex Logistics. Can you "
                             "write it?")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_an_end_date_email_for_a_client_with_no_provider_asks_who_it_will_be(bot):
    reply = bot.handle(staff("Need a short email to Acme Dental confirming their end date and asking who their new IT "
                             "company will be.")).reply
    assert "Could you let us know who will look after your IT next" in reply.script


def test_the_workload_reason_is_said_as_our_capacity_even_to_the_team(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("write the slack post for #ops letting the team know we're parting ways with hooli "
                             "bakery")).reply
    assert "our team's capacity" in reply.script and "they put on our team" not in reply.script


def test_an_intro_email_to_a_provider_named_in_quotes_is_written_to_them(bot):
    reply = bot.handle(staff("Acme finally picked new IT ('Molar IT Partners') and they want an intro. Write me an "
                             "intro email to them, client cc'd, under 150 words. I'll add their address.")).reply
    assert reply.script.startswith("Hello Molar IT Partners team,") and "Ready to send to Molar IT Partners" in reply.text


def test_a_short_word_limit_keeps_the_sentence_that_says_no(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli's owner just wrote 'we'll pay double if you stay until March'. Reply in max 50 "
                             "words, warm.")).reply
    assert "the decision is final" in reply.script and len(reply.script.split()) <= 50


def test_a_phase_asked_of_a_client_not_on_record_says_it_is_not_on_record(bot):
    decision = bot.handle(staff("Is Stark Plumbing in transition or ended? They rang saying their support was cut off."))
    assert decision.intent == "roster" and "can't find Stark Plumbing" in decision.reply.text


def test_whether_the_closure_affects_the_offboarding_dates_is_answered_for_each_client_in_transition(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Our Christmas closure — does it mess with any of the offboarding dates?")).reply
    assert "Acme Dental: the last day of support is" in reply.text and "Hooli Bakery: the last day of support is" in reply.text


def test_a_status_email_for_all_current_and_former_clients_lists_every_phase(bot):
    decision = bot.handle(staff("Internal email to the whole team on offboarding status for all current and former "
                                "clients — table format, internal only, under 200 words."))
    assert decision.intent == "roster" and "In transition" in decision.reply.text and "Ended" in decision.reply.text


def test_the_last_day_asked_beside_another_request_is_answered_first_in_the_draft(bot):
    decision = bot.handle(client("Can you send us the wifi password for the back office and also confirm which day "
                                 "exactly you're finishing?", "Acme Dental"))
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    draft = decision.staff_notice.text
    assert f"The last day of our support is {acme_end}" in draft and "Wi-Fi admin password is yours" in draft
    assert draft.index("The last day of our support") < draft.index("Wi-Fi admin password")


def test_a_formal_letter_asking_for_the_grounds_gets_the_reason_in_a_formal_reply(bot):
    decision = bot.handle(client("Dear Ms Shah,\n\nWe are in receipt of your letter of 20 November. Before we respond "
                                 "formally, we would ask that you set out in writing the specific grounds on which you "
                                 "are ending our agreement.\n\nYours sincerely,\nDr Alan Reeve", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "The reason is late payment" in said and "Yours sincerely," in said and "Kind regards" not in said


def test_a_domain_and_a_fix_asked_by_an_ex_client_get_the_handover_and_the_kind_no(bot):
    draft = bot.handle(client("Two things: can you confirm our domain is unlocked for transfer, and also fix our email "
                              "signature template real quick?", "Globex Logistics")).staff_notice.text
    assert "Your domain belongs to you" in draft and "no longer able to take on requests" in draft
    assert draft.count("can't fix it") + draft.count("no longer able") == 1


def test_an_ex_client_asking_us_to_fix_it_with_our_admin_login_hears_no_fix_and_gets_the_login(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("Email stopped syncing on our phones. You still have the admin login, so please fix it.",
                              "Vandelay Imports")).staff_notice.text
    assert "so we can't fix it for you" in draft and "admin passwords are yours" in draft


def test_a_treat_offered_to_the_team_is_thanked_for(bot):
    decision = bot.handle(client("Free croissants for your team on Friday if anyone wants to pop by! 🥐", "Acme Dental"))
    assert decision.intent == "gratitude" and "what a lovely thought" in (decision.reply or decision.draft).text


def test_a_licence_renewal_and_who_pays_are_answered_in_the_draft(bot):
    draft = bot.handle(client("Does the Microsoft 365 renewal move over to us? And who pays for January?",
                              "Acme Dental")).staff_notice.text
    assert "I'll check exactly how they're held today" in draft


@pytest.mark.parametrize("text", ["can you just hand everything over to Castle Tech in the new year after you reopen?",
                                  "Could you do the handover with Castle Tech after the holidays?"])
def test_a_handover_asked_for_after_the_closure_is_too_late(bot, text):
    add_hooli(bot.clients)
    said = (lambda d: (d.reply or d.draft or d.staff_notice).text)(bot.handle(client(text, "Hooli Bakery")))
    assert "We'd rather not leave it that late" in said and "handover has to happen before then" in said


def test_moving_their_domain_now_ok_is_coached_not_looked_up(bot):
    decision = bot.handle(staff("Acme wants their domain moved to their own registrar account now, before the end date. "
                                "ok?"))
    assert decision.intent != "roster" and decision.reply.text.split("\n\n")[1].startswith("Yes: they're theirs")


def test_when_we_gave_notice_asked_after_a_doubt_is_the_notice_date(bot):
    decision = bot.handle(staff("Acme's saying they never got notice. When did we give it?"))
    notice = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["notice_date"]))
    assert f"Notice was given on {notice}" in decision.reply.text


def test_a_reply_for_me_to_the_client_about_their_provider_is_to_the_client(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff('Reply for me to Hooli, pasted: "Castle Tech says they can\'t start till Jan 11, can you keep '
                             'us till then?? pls"')).reply
    assert reply.script.startswith("Hello Hooli Bakery team,")


@pytest.mark.parametrize("text", ["Globex wants to know how we set up their SharePoint permissions. It's a 2 min answer, "
                                  "can I just tell them?",
                                  "Reply to this from Globex's ops director: \"Your techs set up our warehouse scanners' "
                                  "VLAN. BrightPath can't figure it out. Just send them the config.\" Keep it short."])
def test_a_setup_question_from_the_client_is_answered_to_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hello Globex Logistics team,") and "BrightPath IT team" not in reply.script


def test_a_client_on_record_named_by_its_first_word_is_never_said_to_be_missing(bot):
    reply = bot.handle(staff("need out-of-office autoreply text for the xmas closure. it has to work for Acme and Hooli "
                             "too since they're still ours through part of it")).reply
    assert "can't find Acme" not in reply.text and "Thank you for your message. Our office is closed" in reply.script


def test_plain_thanks_from_an_ex_client_is_answered(bot):
    decision = bot.handle(client("just wanted to say thanks, transition went smooth, BrightPath is settling in 👍",
                                 "Globex Logistics"))
    assert decision.intent == "gratitude" and decision.action == "reply"


def test_an_ex_client_asking_for_a_fix_today_gets_the_kind_no(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Our VPN is down. Fix it today please.", "Vandelay Imports"))
    assert decision.intent == "after_end_request" and "not able to help with this request" in \
        (decision.reply or decision.draft or decision.staff_notice).text


def test_renewing_licences_one_more_time_is_the_handover_of_the_licences(bot):
    decision = bot.handle(client("Can you renew our Microsoft licences one more time? BrightPath's reseller account isn't "
                                 "ready yet. We'll pay upfront.", "Globex Logistics"))
    assert decision.intent == "credentials_handover"
    assert "will check exactly how they're held today" in (decision.reply or decision.draft or decision.staff_notice).text


def test_a_message_to_the_clients_billing_contact_is_written_to_the_client(bot):
    reply = bot.handle(staff("Teams msg to Acme's billing contact reminding them the final invoice is due.")).reply
    assert "finance team" not in reply.script and reply.script.startswith("Hi Acme Dental team")


def test_words_to_say_at_our_standup_are_for_the_team(bot):
    reply = bot.handle(staff("Give me something I can say out loud at tomorrow's standup about why we dropped Globex, "
                             "team keeps asking.")).reply
    assert "For the team (not for the client)" in reply.text and not reply.script.startswith("Hello Globex")


def test_a_voicemail_declining_an_ex_client_does_not_ask_them_to_call_back(bot):
    reply = bot.handle(staff("Voicemail script for Globex pls. They keep ringing the helpdesk line about their VPN. 30 "
                             "seconds max, polite but we're done.")).reply
    assert "call me back" not in reply.script and "help with your VPN" in reply.script
    assert reply.script.endswith("all the best. Goodbye.") and "BrightPath IT can help from here." in reply.script


def test_a_checklist_for_the_new_provider_leaves_out_their_own_contact_item_and_the_clients_signature(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli: need a checklist email to Castle Tech of what we're handing over (tenant admin, "
                             "domain, backups etc).")).reply
    assert "New provider in touch with us" not in reply.script and "Signed off for Hooli Bakery" not in reply.script
    assert "Data export delivered" in reply.script


def test_a_colleague_who_names_themselves_signs_what_they_ask_for(bot):
    # The message comes from Sam's account, but Priya says who is writing: "signed by me" is Priya.
    message = IncomingMessage(text="Tom here. Need a short email to Globex saying we can't take on more work now their "
                                   "support has ended. Signed by me.", platform="console", sender_id="U_SAM",
                              sender_name="Sam Taylor")
    reply = bot.handle(message).reply
    assert "Sam Taylor" not in reply.script and reply.script.rstrip().endswith("Tom\nNorthwind IT")


def test_an_ex_client_who_keeps_opening_tickets_gets_the_kind_no_not_a_plea_answer(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Need a polite but firm email to Vandalay Imports, they keep opening tickets via the "
                             "portal. Can we also say the portal's getting shut?")).reply
    assert "able to" in reply.script and "ended on" in reply.script and "Our decision stands" not in reply.script


def test_a_final_invoice_they_want_re_checked_is_checked_not_sent_again(bot):
    reply = bot.handle(staff("Email to Globex please: they want their final invoice 're-checked'. Firm but "
                             "friendly.")).reply
    assert "Please find attached" not in reply.script and "ll check the invoice against" in reply.script


def test_a_holiday_question_gets_no_promise_of_cover_while_the_office_is_shut(closed):
    decision = closed.handle(client("Will you guys be around over Christmas? Our last day with you is Jan 4 and we're "
                                    "nervous about the switch.", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "closed from Thursday 24 December 2026" in said and "how to reach us if something urgent" not in said
    assert "We can't promise cover while the office is shut" in said


def test_a_solicitors_letter_about_an_ex_client_says_nothing_of_a_handover_still_running(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's solicitor wrote saying we cut them off without proper notice. Draft a formal "
                             "holding reply.")).reply
    assert "handover goes on as planned" not in reply.text and "handed over whenever they ask" in reply.text


def test_a_personal_letter_that_opens_with_a_first_name_is_not_answered_dear_sir_or_madam(bot):
    decision = bot.handle(client("Dear Priya and team,\n\nI have been thinking about your letter all weekend. Please "
                                 "reconsider, we have been with you for years.\n\nYours sincerely,\nHelen", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Dear Sir or Madam" not in said and "Yours sincerely" not in said   # warmly, as it was written


def test_a_short_follow_up_about_the_same_request_is_no_request_of_its_own(bot):
    draft = bot.handle(client("We need to get all our patient records and the practice management database out before "
                              "you leave. How does that work, and is it secure?", "Acme Dental")).staff_notice.text
    assert "Your data is yours" in draft and "other points in your message" not in draft


def test_data_for_a_client_whose_last_day_follows_the_closure_is_due_before_the_office_closes(closed):
    decision = closed.handle(client("we want copies of everything on the shared drive (recipes, supplier lists etc) "
                                    "before january. usb is fine", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "own hands before Monday 4 January 2027" not in said and "Wednesday 23 December 2026" in said


def test_a_letter_to_dear_sirs_is_still_formal(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Dear Sirs,\n\nWe hereby request the transfer of the domain vandelayimports.example to "
                                 "a registrar account of our choosing.", "Vandelay Imports"))
    assert "Yours sincerely," in (decision.reply or decision.draft or decision.staff_notice).text


def test_a_statement_after_a_question_still_leaves_both_requests_answered(bot):
    draft = bot.handle(client("Who actually owns our domain acmedentalcare.com? I think you registered it. We need it "
                              "moved. Also please send the final bill so we can close our books.",
                              "Acme Dental")).staff_notice.text
    assert "Your domain is yours" in draft and "final invoice" in draft


# -- from review round 25 (set 23) ----------------------------------------------------------------------------
def test_a_text_reminder_for_a_client_with_no_new_provider_presumes_none(bot):
    text = bot.handle(staff("sms to Acme Dental reminding them of their last day")).reply.script
    assert "our support ends on" in text and "your new IT provider" not in text


def test_the_channel_a_request_came_by_is_not_the_shape_of_the_answer(bot):
    reply = bot.handle(staff("Someone from the Acme front desk asked me on WhatsApp for the domain registrar login. "
                             "OK to send?")).reply
    assert "text message" not in reply.text and "secure channel" in reply.script


def test_a_return_is_no_rule_quoted_but_a_fresh_decision(bot):
    reply = bot.handle(staff("Globex wants to come back next spring. Old terms OK?")).reply
    # (whether they could ever come back is for management: no rule is quoted or sketched, round 31)
    assert "is for management" in reply.text and "treated as a new client" not in reply.text
    assert "new client's" not in reply.text


def test_another_clients_provider_is_kept_out_of_a_handover(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Should I cc BrightPath on the Hooli handover thread?")).reply.text
    assert text.startswith("Not BrightPath IT: they are Globex Logistics' new provider, not Hooli Bakery's")
    assert "Hooli Bakery's new provider on record is Castle Tech" in text


def test_a_plea_to_reconsider_presumes_no_new_provider_and_offers_the_safe_landing(bot):
    draft = bot.handle(client("Dear Priya and team,\n\nI have been thinking about your letter all weekend and could not "
                              "sleep. We have been with you for almost six years. Yes, we were late with payments this "
                              "year, but we always paid in the end. I am asking you, please, to reconsider. I will "
                              "personally make sure every invoice is paid within the week from now on. Changing IT "
                              "before Christmas frightens me.\n\nWith hope,\nHelen", "Acme Dental")).staff_notice.text
    assert "your new provider in touch" not in draft and "external drive" in draft



# -- from dev26 (a fresh writer's set, read reply by reply) ----------------------------------------------------
def test_an_apology_with_money_offered_thanks_for_both_and_declines_the_offer(bot):
    script = bot.handle(staff("Acme just sent this, need a reply I can send today: \"we're really sorry about the "
                              "invoices. We can prepay six months starting January if you'll keep us on. Please "
                              "reconsider.\"")).reply.script
    assert "Thank you for the apology, and for the offer" in script and "they don't change things" in script


def test_a_no_to_a_client_with_no_new_provider_offers_the_safe_landing(bot):
    said = bot.handle(client("sorry about the late invoices. what if we prepay the whole year? would you keep us?",
                             "Acme Dental")).reply.text
    assert "external drive" in said and "hosted email provider" in said and "move to a new provider" not in said


def test_a_client_wanting_to_leave_before_the_last_day_may(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("the bakery wants to leave early, like Dec 15 with Castle Tech. is that allowed or do we "
                            "hold them to Jan 4?")).reply.text
    assert "Yes, if that's what Hooli Bakery wants" in text and "offboard end" in text and "No:" not in text


def test_words_within_a_limit_keep_the_sentence_on_what_was_asked(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli asked if they can get all their files on a drive. reply under 50 words pls")).reply.script
    assert "external drive" in script


def test_a_calm_reply_to_a_review_threat_invites_no_escalation(bot):
    script = bot.handle(staff("Acme Dental's practice manager wrote back: \"If this is how you treat loyal customers, I'll "
                              "make sure every dentist in the county reads about it on Google.\" Need a calm reply, 80 "
                              "words max.")).reply.script
    assert "management" not in script and "not a personal one" in script


def test_a_message_to_a_colleague_carries_the_news_and_the_question(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("quick teams msg to Tom Becker pls: BrightPath called the help desk line again, ask him how "
                            "he wants to handle it")).reply.text
    assert "Hi Tom, BrightPath called the help desk line again. Could you let me know how you want to handle it?" in text


def test_a_user_who_cannot_log_in_is_a_fault_for_the_help_desk_not_a_credentials_handover(bot):
    decision = bot.handle(client("Hi, Dr. Patel can't log into the X-ray PC this morning, says password expired. Can "
                                 "someone help asap? Patients are waiting.", "Acme Dental"))
    assert decision.action == REPLY and "help desk" in decision.reply.text and "secure channel" not in decision.reply.text


def test_licences_asked_about_over_christmas_are_the_licences_not_the_holiday_cover(bot):
    decision = bot.handle(client("Do our Microsoft licences stop when your support does? We really don't want email dying over "
                                 "Christmas.", "Acme Dental"))
    assert "own payment method" in (decision.reply or decision.draft or decision.staff_notice).text


def test_a_letter_that_will_consider_all_options_is_a_legal_threat_for_a_person(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Dear Sirs,\nWe consider the termination unjustified and hereby request that services "
                                 "be reinstated under the previous terms, failing which we shall consider all options "
                                 "available to us.\nYours faithfully,\nA. Vandelay", "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"


def test_a_draft_for_a_review_threat_invites_no_formal_complaint(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("You'll regret this. 1 star everywhere. Everyone will know how you treat your clients.",
                                 "Vandelay Imports"))
    draft = decision.staff_notice.text
    assert "Draft reply" in draft and "formal complaint" not in draft and "not a personal one" in draft


# -- from dev27 ---------------------------------------------------------------------------------------------
def test_a_new_way_of_paying_offered_is_thanked_for_and_declined(bot):
    script = bot.handle(staff("need a reply to this from acme, keep it short: \"We know we've been slow with invoices. We "
                              "can put a card on file and pay every invoice the day it arrives. Please reconsider.\"")).reply.script
    assert "Thank you for the offer" in script and ", though," not in script and "The reason is late payment" in script


def test_a_nudge_that_the_new_provider_has_not_called_is_the_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Write an email to the Hooli Bakery owner nudging them that Castle Tech still hasn't "
                                "contacted us. Friendly please."))
    assert decision.intent == "provider_handover" and "Castle Tech" in decision.reply.script


def test_what_we_need_to_pull_after_the_end_is_the_list_of_our_access(bot):
    text = bot.handle(staff("pls draft a post for #techs — globex is gone, what do we need to pull")).reply.text
    assert "Please remove our own access" in text


def test_write_them_something_asks_for_words(bot):
    reply = bot.handle(staff("the dentist still has no new IT company lined up. can you write them something offering a "
                             "plan B for email + their files on a drive? warm tone")).reply
    assert "external drive" in reply.script


def test_a_provider_named_inside_a_pasted_message_is_not_who_the_reply_is_to(bot):
    script = bot.handle(staff("ex-Globex office manager emailed: \"hey guys quick one, scan-to-email on the 2nd floor "
                              "printer died. can someone remote in for 5 min? won't tell BrightPath lol\" — 2 line reply "
                              "pls")).reply.script
    assert script.startswith("Hello Globex Logistics team") and "BrightPath IT team" not in script


def test_a_cover_email_that_reminds_them_of_our_terms_carries_the_invoice_with_those_terms(bot):
    script = bot.handle(staff("Cover email for Acme's final invoice — firm but polite, remind them our terms are 10 "
                              "days")).reply.script
    assert "Please find attached our final invoice" in script and "10 days" in script and "still open" not in script


def test_a_message_to_a_colleague_after_their_name_is_said_to_them(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("Slack to Tom: heads up, BrightPath keeps emailing support@ about Globex instead of going to "
                            "him. Keep it casual")).reply.text
    assert "Hi Tom, heads up, BrightPath keeps emailing support@ about Globex instead of going to you." in text


def test_who_covers_while_the_owner_is_away_is_the_owner_and_nobody_else_on_record(bot):
    bot.clients.edit("Acme Dental", account_owner="Priya Shah")
    text = bot.handle(staff("Priya's out sick all week. Who's covering Acme?")).reply.text
    assert "Acme Dental's account owner is Priya Shah. Nobody else is on record to cover" in text


def test_we_can_fix_this_in_a_plea_is_no_fault_to_pass_on(bot):
    decision = bot.handle(client("Dear Priya,\nI have been sitting on this email all weekend. We have been with your "
                                 "company since 2019 and Dr. Patel is honestly devastated. I know we were late with "
                                 "payments this year; the insurance reimbursements were a disaster after the system "
                                 "change. But we have always valued you and your team, and I really believe we can fix "
                                 "this. Please, please give us another chance.\nWarmly,\nLinda", "Acme Dental"))
    assert "help desk" not in (decision.reply or decision.draft or decision.staff_notice).text


def test_no_other_company_yet_is_the_safe_landing(bot):
    decision = bot.handle(client("Hello, I am new receptionist. Doctor ask me to ask you who will be our IT after 21 december? we "
                                 "do not have other company yet. what we do with the email??", "Acme Dental"))
    assert decision.intent == "no_new_provider"


def test_a_breach_of_our_service_agreement_is_a_legal_letter_for_a_person(bot):
    decision = bot.handle(client("To whom it may concern,\nActing on behalf of Acme Dental, we consider the notice to be "
                                 "a breach of our service agreement. We hereby request that services continue until at "
                                 "least 31 March 2027, pending review.", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"


def test_a_handover_day_named_inside_the_closure_is_said_to_fall_while_we_are_shut(closed):
    said = (lambda d: (d.reply or d.draft or d.staff_notice).text)(closed.handle(client(
        "Thanks for the heads up about Christmas. Castle Tech will call you on the 28th to do the handover.", "Hooli Bakery")))
    assert "Monday 28 December 2026 falls while our office is closed" in said and "Wednesday 23 December 2026" in said


def test_a_cutover_day_the_new_provider_names_inside_the_closure_is_said_not_to_work(closed):
    said = (lambda d: (d.reply or d.draft or d.staff_notice).text)(closed.handle(client(
        "Castle Tech again - could we do the cutover on Dec 29? works better for our schedule", "Hooli Bakery")))
    assert "Tuesday 29 December 2026 falls while our office is closed" in said


def test_licences_billed_through_our_partner_account_after_the_end_are_theirs_not_a_fix_declined(bot):
    decision = bot.handle(client("Our Microsoft 365 licences are apparently billed through your partner account and "
                                 "BrightPath can't see them. Can you sort this?", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert decision.intent == "credentials_handover" and "can't fix it" not in said and "own payment method" in said


def test_what_we_do_wrong_asks_the_reason(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("hola, i am the wife of the baker owner. my husband is very sad. what we do wrong? we "
                                 "want to fix it", "Hooli Bakery"))
    assert decision.intent == "explain_reason"


def test_the_new_provider_asking_to_be_walked_through_the_setup_gets_the_kind_no(bot):
    decision = bot.handle(client("Following up on our earlier note: could one of your engineers hop on a 15 minute call "
                                 "to walk us through the backup setup? We'd really appreciate it. — BrightPath IT",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question"


def test_a_password_reset_for_a_user_after_the_end_is_the_kind_no(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Need a password reset for our new warehouse guy, account is kramer@vandelay. asap",
                                 "Vandelay Imports"))
    assert decision.intent == "after_end_request" and decision.action == REPLY


def test_words_for_each_of_two_clients_are_written_with_each_ones_facts(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("write a last-day reminder for acme and one for hooli")).reply
    acme = reply.text.index("For Acme Dental, ready to send")
    hooli = reply.text.index("For Hooli Bakery, ready to send")
    assert long_date(calendar.day(20)) in reply.text[acme:hooli] and long_date(calendar.day(30)) in reply.text[hooli:]
    assert "Castle Tech" in reply.text[hooli:] and "Castle Tech" not in reply.text[acme:hooli]


def test_a_closure_note_for_a_client_with_no_new_provider_presumes_none(closed):
    script = closed.handle(staff("write the holiday closure note for acme")).reply.script
    assert "your new provider to get in touch" not in script


# -- from dev28 ---------------------------------------------------------------------------------------------
def test_a_text_saying_we_are_closed_names_the_closure(closed):
    script = closed.handle(staff("need a text to the hooli bakery owner, 2 sentences max: we're closed 24 dec - 1 jan but "
                                 "their support still runs to the 4th")).reply.script
    assert "closed" in script and ("Monday 4 January 2027" in script or "ends Mon 4 Jan" in script)


def test_a_new_office_manager_is_no_new_project(bot):
    reply = bot.handle(staff("Acme's new office manager prefers Spanish. Can you write the 'your last day is coming' "
                             "reminder in Spanish? 4-5 lines")).reply
    assert "I write in English only" in reply.text and "new project" not in reply.text and reply.script


def test_a_payment_and_a_new_way_of_paying_are_both_thanked_for_and_the_offer_declined(bot):
    script = bot.handle(staff("pasting what Dr Patel at acme sent: \"We have now paid everything outstanding. Surely we "
                              "can continue? We'll switch to direct debit from January.\" need a reply, firm but "
                              "warm")).reply.script
    assert "about the payment, and for the offer" in script


def test_a_line_for_the_final_invoice_is_a_line_to_print_not_a_letter(bot):
    reply = bot.handle(staff("wording for the final invoice line for Acme Dental? just one line")).reply
    assert "To print on the invoice:" in reply.text and reply.script.startswith("Final invoice, for IT support up to")
    assert "Hello" not in reply.script and "attached" not in reply.script


def test_a_team_post_about_several_clients_lists_each_from_its_record(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("can u draft a short post for #team-ops listing who's leaving us and their last days? acme "
                             "+ hooli, and remind ppl globex is already gone.")).reply
    assert f"- Acme Dental: last day of support {long_date(calendar.day(20))}" in reply.script
    assert f"- Hooli Bakery: last day of support {long_date(calendar.day(30))}; Castle Tech is taking over" in reply.script
    assert f"- Globex Logistics: support ended on {long_date(calendar.day(-14))}; BrightPath IT" in reply.script
    assert "[" not in reply.script


# -- from review round 26 (set 24) ----------------------------------------------------------------------------
def test_christmas_in_a_pasted_angry_message_is_not_a_question_about_the_holidays(closed):
    reply = closed.handle(staff("got this from Acme this morning, help me reply without losing it:\n\"You people are a "
                                "joke. Six years and you drop us 3 weeks before Christmas over a few late bills?? I'll be "
                                "putting reviews on Google, Facebook, everywhere.\"")).reply
    assert reply.script and "nothing of ours to cover over Christmas" not in reply.text


def test_a_pasted_message_from_the_new_provider_is_answered_to_the_provider(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("reply for me, under 80 words, to this:\n'hi this is Raj from Castle Tech, we're taking over "
                              "Hooli Bakery. can you just email over the admin passwords and the wifi key? thanks'")).reply.script
    assert script.startswith("Hello Castle Tech team")


def test_a_retainer_the_new_provider_proposes_is_declined_to_the_provider(bot):
    script = bot.handle(staff("BrightPath wants us to 'stay on a small retainer for escalations' for Globex. Tom wants a "
                              "firm but nice no")).reply.script
    assert script.startswith("Hello BrightPath IT team") and "a retainer included" in script


@pytest.mark.parametrize("text", [
    "Hi there, Joe from Castle Tech. Hooli Bakery has asked us to take over their IT. When suits for a handover call?",
    "Please send the domain registrar login and the Wi-Fi controller admin for Hooli Bakery to this address. Thanks, "
    "Castle Tech support",
])
def test_the_new_provider_introducing_itself_or_signing_is_answered_as_the_provider(bot, text):
    add_hooli(bot.clients)
    draft = bot.handle(client(text, "Hooli Bakery")).staff_notice.text
    assert "Thank you for getting in touch about Hooli Bakery" in draft


def test_a_treat_offered_as_a_question_is_thanked_for(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("You lot have been brilliant honestly. Sad to see you go! Can I still drop off some "
                                 "mince pies? \U0001F604", "Hooli Bakery"))
    assert decision.action == REPLY and "what a lovely thought" in decision.reply.text


def test_give_me_the_email_asks_for_words(bot):
    reply = bot.handle(staff("acme's office manager is more comfortable in Spanish. can you give me the end-date email in "
                             "Spanish? short")).reply
    assert reply.script and "I write in English only" in reply.text


def test_an_ex_client_asking_us_to_take_our_tools_off_is_ours_to_do_not_declined(bot):
    decision = bot.handle(client("One of our drivers' laptops pops up your old remote support thing and an MFA prompt "
                                 "with your company name on it. Please get your stuff off our machines.", "Globex Logistics"))
    assert decision.intent == "loose_ends" and "not able to help" not in (decision.reply or decision.staff_notice).text


@pytest.mark.parametrize("text", ["why do you STILL have admin on our 365 tenant?? we left weeks ago",
                                  "Your old tech's login is still on our server. Can you get rid of it?"])
def test_an_ex_client_finding_our_access_left_behind_hears_we_will_remove_it(bot, text):
    said = bot.handle(client(text, "Globex Logistics")).staff_notice.text.split("Draft reply", 1)[1]
    assert "will arrange to have it removed" in said


def test_what_the_new_provider_will_need_lists_the_handover(bot):
    decision = bot.handle(client("We're talking to two IT companies, haven't decided yet. What will they need from you?",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "your domain and DNS" in said and "by then" not in said


def test_what_a_provider_not_yet_signed_will_need_lists_the_handover(bot):
    decision = bot.handle(client("We are talking to a company called DentIT but haven't signed yet. What will they need "
                                 "from you?", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "your domain and DNS" in said


def test_a_client_wanting_the_new_provider_to_take_over_sooner_hears_yes(bot):
    add_hooli(bot.clients)
    said = bot.handle(client("Actually could Castle Tech just take over next week instead of January? We'd rather get it "
                             "done before Christmas.", "Hooli Bakery")).staff_notice.text
    assert "happy to work towards Castle Tech taking over sooner" in said and "bring the handover forward" in said
    assert "confirm the new last day with you in writing" in said and "not a date we hold you to" not in said


def test_every_client_on_the_tracker_is_a_status_look_up(bot):
    text = bot.handle(staff("5 bullets for mgmt on where every client on the offboarding tracker stands")).reply.text
    assert "In transition" in text and "Acme Dental: last day of support" in text


def test_an_out_of_office_is_no_letter_to_a_client(closed):
    reply = closed.handle(staff("need our xmas out-of-office text. it has to make sense for the bakery too, they're still "
                                "with us till the 4th")).reply
    assert reply.script.startswith("Thank you for your message. Our office is closed") and "Hooli" not in reply.script


def test_a_note_for_a_colleague_on_a_shift_is_said_to_them(bot):
    text = bot.handle(staff("write a quick note for Sam on nights: Acme Dental's server alerts still come to us, keep "
                            "answering them as normal until their last day")).reply.text
    assert "Hi Sam, Acme Dental's server alerts still come to us, keep answering them as normal" in text


def test_a_legal_threat_staff_ask_to_answer_gets_a_holding_reply_beside_the_advice(bot):
    reply = bot.handle(staff("the Globex CFO sent this: \"You deleted our shipping mailbox and left us in the lurch. "
                             "Restore it by Friday or our lawyers will be in touch.\"  how do I reply?")).reply
    assert "Don't answer it yourself" in reply.text
    assert "We've passed it to our management team, who will reply to you directly" in reply.script


def test_the_closure_said_beside_the_last_day_is_no_earlier_end_proposed(closed):
    text = closed.handle(staff("hooli's last day is the 4th but we're shut from xmas eve. is that a problem?")).reply.text
    assert "Ending sooner" not in text and "can't promise cover while the office is shut" in text


def test_how_much_notice_each_got_when_the_boss_asks_is_a_look_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("how many days notice did acme and hooli each get? boss asked")).reply.text
    assert "Acme Dental: notice was given on" in text and "Hooli Bakery: notice was given on" in text


def test_a_client_name_in_quotes_that_is_not_on_record_is_said_to_be_missing(bot):
    text = bot.handle(staff("client 'Stark Plumbing' says they're mid-transition with us, when's their end date?")).reply.text
    assert "I can't find Stark Plumbing in the client records" in text


# -- from review round 27 (set 25) ----------------------------------------------------------------------------
def test_a_hello_that_goes_on_to_ask_about_the_licences_is_answered_not_ignored(bot):
    decision = bot.handle(client("Hello, I am the new practice manager at Acme dental, my english is not so good. Who "
                                 "will pay the Office 365 licence after you leave? We must do something?", "Acme Dental"))
    assert decision.intent == "credentials_handover" and "own payment method" in decision.staff_notice.text


def test_sarcasm_about_years_of_fees_is_no_payment_to_thank_for():
    assert "payment" not in cues.acknowledgements("Wow, great job guys. A month without you and nothing works. Really "
                                                  "glad we paid you all those years.")


def test_a_law_firm_writing_for_the_client_gets_a_holding_reply_not_the_handover(bot):
    draft = bot.handle(client("Dear Sir or Madam,\n\nWe act for Acme Dental Group PLLC. Our client considers the "
                              "termination notice to be in breach of the service agreement.\n\nYours faithfully,\nLowe & "
                              "Partners LLP", "Acme Dental")).staff_notice.text
    assert "We've passed it to our management team, who will reply to you directly" in draft and "handover" not in draft


def test_the_new_provider_service_desk_reporting_thin_documentation_goes_to_a_person(bot):
    decision = bot.handle(client("Hello, this is the service desk at BrightPath IT. We've taken over Globex Logistics. "
                                 "Could you tell us how their firewall VLANs and DHCP reservations were configured? The "
                                 "documentation is thin.", "Globex Logistics"))
    # (a person approves the draft first: it says no to setup questions and offers what the handover missed)
    assert decision.action == DRAFT and "not able to answer further questions about the setup" in decision.draft.text
    assert "is missing from the handover, let us know: we'll send it once Globex Logistics confirms" in decision.draft.text


def test_should_we_extend_for_a_client_with_no_provider_is_no_to_more_time(bot):
    text = bot.handle(staff("Acme has no new IT firm yet. Should we extend to January so they're not stranded?")).reply.text
    assert "No to more time" in text and "Yes:" not in text


def test_nobody_told_us_the_reason_is_owned_before_the_reason(bot):
    text = bot.handle(client("Why are you ending our contract? Nobody has given us a real reason.", "Acme Dental")).reply.text
    assert "You're right to ask, and you should hear it plainly. The reason is late payment" in text


def test_whether_we_are_even_open_on_the_last_day_is_the_closure(closed):
    text = closed.handle(staff("whens the bakery's last day and are we even open then?")).reply.text
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in text


def test_a_contact_at_the_new_provider_is_a_look_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("do we have a contact at castle tech?")).reply.text
    assert "no contact for them is on record" in text


def test_whether_the_office_is_closed_is_answered_from_the_closure_on_record(closed):
    text = closed.handle(staff("how do I book PTO for the 23rd? also is the office closed the 24th?")).reply.text
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027, and we're back on Monday 4 " \
           "January 2027." in text


def test_a_voicemail_asked_to_mention_the_closure_keeps_it(closed):
    script = closed.handle(staff("Voicemail script pls for Hooli Bakery, I keep missing the owner. about 30 sec spoken. "
                                 "Need them to get Castle Tech to call us before we shut for xmas.")).reply.script
    assert "Our office is closed from Thursday 24 December 2026" in script


def test_an_email_explaining_the_closure_says_the_day_we_reopen_is_the_last_day(closed):
    reply = closed.handle(staff("email to Hooli explaining the xmas closure and what it means for their end date. they'll "
                                "panic so keep it clear. bullets ok")).reply
    assert "Talking points" not in reply.text and reply.script.startswith("Hello Hooli Bakery team")
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script


def test_a_cause_the_client_guesses_in_a_quote_is_corrected_before_the_reason(bot):
    script = bot.handle(staff("\"Is this because Dr. Moreno was rude to your technician in September? He has "
                              "apologised.\" - acme dental. how do i answer honestly without starting a fight")).reply.script
    assert "it isn't that. The reason is late payment" in script


def test_is_this_because_of_a_person_is_a_guess_at_the_cause():
    assert cues.asks_if_cause("Is this because Dr. Moreno shouted at your tech last month?")


def test_a_second_request_passed_to_the_help_desk_is_kept_beside_the_first(bot):
    add_hooli(bot.clients)
    draft = bot.handle(client("Please start moving our domain over to Castle Tech, and also can you set up an email for "
                              "our new baker Luis?", "Hooli Bakery")).staff_notice.text
    assert "Your domain is yours" in draft and "on to our help desk" in draft


def test_an_ex_client_asking_if_we_still_do_their_backups_hears_support_has_ended(bot):
    reply = bot.handle(staff("globex guy in our portal chat asking 'r u guys still doing our backups?'. 2 line answer")).reply
    assert reply.script and "No, we don't look after your IT any more: our support for you ended on" in reply.script


# -- from review round 28 (set 26) ----------------------------------------------------------------------------
def test_a_disputed_final_invoice_is_checked_not_sent_as_attached(bot):
    script = bot.handle(staff("Globex's CFO just emailed: \"Your final invoice charges us for November but you left on "
                              "the 17th!\" draft a reply for Tom")).reply.script
    assert "attached" not in script and "check the invoice against" in script


def test_paying_the_final_invoice_in_instalments_is_for_a_person_to_agree(bot):
    script = bot.handle(staff("Reply to this from acme please: \"Can we pay the final invoice in 3 instalments, Jan, Feb "
                              "and Mar?\"")).reply.script
    assert "attached" not in script and "in instalments needs agreeing first" in script


def test_not_like_a_lawyer_is_no_legal_threat():
    assert not escalation_cues.threatens_legal("Bullet talking points please, she wants to sound human not like a lawyer.")


def test_an_auto_reply_for_an_ex_clients_mail_is_not_the_holiday_out_of_office(closed):
    # (dated on the closed fixture's own day, 1 December 2026, not the calendar run's)
    closed.clients.add("Vandelay Imports", status="ended", notice_date="2026-09-30", end_date="2026-10-30",
                       reason_category="never_satisfied", account_owner="Priya")
    reply = closed.handle(staff("we need an auto-reply for the support inbox when mail comes in from vandelay addresses. "
                                "wording?")).reply
    assert "we'll reply when we're back" not in reply.text


def test_a_two_sentence_answer_to_why_keeps_the_reason(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay wrote 'just tell us honestly why you dropped us'. 2 sentences max please.")).reply.script
    assert "The reason is" in script


def test_an_email_restating_the_notice_names_the_reason_on_record(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Write the email announcing to Hooli Bakery that we're letting them go.")).reply.script
    assert "As we set out in our notice of" in script and "The reason is our team's capacity" in script


def test_bullets_on_the_offboardings_for_standup_list_every_client_we_are_letting_go(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Need 3 bullets on offboardings for Monday standup (7 Dec)")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Hooli Bakery: last day of support" in script
    assert "Initech" not in script


def test_a_colleagues_slack_question_answered_for_them_is_said_to_the_colleague(bot):
    reply = bot.handle(staff("Jen asked in slack \"can I still fix Acme's printer? thought they're gone\". reply for me "
                             "pls")).reply
    assert "Hi Jen, Acme Dental is in their notice period and stays a full client" in reply.text
    assert "Hello Acme" not in reply.text


def test_a_domain_named_by_its_address_is_among_the_things_handed_over(bot):
    said = bot.handle(client("Two things: 1) who actually owns acmedental.example? I think it's in your name. 2) we need the "
                             "Microsoft 365 global admin login for our new person.", "Acme Dental")).staff_notice.text
    assert "domain registrar login" in said.split("Draft reply", 1)[1]


def test_an_email_reminding_a_client_when_their_support_stops_gives_the_last_day(bot):
    script = bot.handle(staff("Need a short email to Acme Dental reminding them when their support stops. Under 120 words, "
                              "signed by Priya.")).reply.script
    assert f"{long_date(calendar.day(20))} is your last day of support" in script


def test_an_all_hands_post_is_a_team_note_and_says_the_closure_cuts_the_handover_short(closed):
    reply = closed.handle(staff("Write the all-hands post announcing we're parting ways with the bakery. Two paragraphs, "
                                "no blame.")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Hooli Bakery team" not in reply.text
    assert "finish the handover with Castle Tech by Wednesday 23 December 2026" in reply.script


def test_a_pasted_request_to_hold_off_ending_gets_the_no_to_more_time_in_one_line(bot):
    reply = bot.handle(staff("one-liner reply to acme pls: 'can u hold off ending until after our audit in feb??'")).reply
    assert reply.script.count(".") == 1 and f"beyond {long_date(calendar.day(20))}" in reply.script
    assert "their tickets get the same priority" not in reply.text   # (holding off the ending is theirs, not ours)


def test_a_reply_asked_for_in_bullets_is_a_letter_with_its_points(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli owner replied 'fine. whatever. just tell me what I have to do.' Write a friendly reply "
                             "with the next steps, max 6 bullets.")).reply
    body = reply.script.split("\n\n")
    assert body[0] == "Hello Hooli Bakery team," and 1 <= body[2].count("\n- ") + 1 <= 6
    assert "your domain and DNS" in reply.script and "logged it with our help desk" not in reply.script


def test_a_handover_checklist_email_for_the_new_provider_is_a_letter_with_the_list_and_no_tracker_syntax(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Handover checklist email for Hooli's new IT guys. Bullets fine, can be long.")).reply
    assert reply.script.startswith("Hello Castle Tech team,") and "\n1. Data export delivered" in reply.script
    assert "offboard check" not in reply.script and "0/11" not in reply.script


def test_an_apology_for_our_slow_ticket_is_sorry_for_the_slip_with_nothing_reopened(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Short apology to Hooli for the slow ticket last week, but don't make it sound like we're "
                             "reconsidering.")).reply
    assert reply.script.split("\n\n")[1].startswith("We're sorry your recent request took us longer")
    assert "their tickets get the same priority" not in reply.text and "decision" not in reply.script


def test_a_text_saying_we_have_not_heard_from_the_new_provider_asks_for_them_to_be_in_touch(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("SMS to the Hooli owner reminding them we still haven't heard from Castle Tech. Keep it under "
                             "300 characters.")).reply
    assert "we haven't heard from castle tech yet" in reply.script.lower() and "get in touch by" in reply.script
    assert len(reply.script) <= 300


def test_a_holiday_notice_for_the_clients_in_notice_is_one_for_each_with_its_own_dates(closed):
    reply = closed.handle(staff("Can you write a polite over-Christmas notice for the clients we're transitioning out?")).reply
    assert "For Acme Dental, ready to send:" in reply.text and "For Hooli Bakery, ready to send:" in reply.text
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.text and "[" not in reply.text


def test_a_clients_question_pasted_in_single_quotes_about_the_last_day_gets_the_day(bot):
    reply = bot.handle(staff("website chat from acme asking 'when exactly do you stop looking after us?' give me a "
                             "one-liner")).reply
    assert f"{long_date(calendar.day(20))} is your last day of support" in reply.script


def test_a_short_chat_answer_to_a_guess_at_the_reason_corrects_it_and_keeps_the_reason(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("How should I answer this from the bakery: 'Is it because we're small? Be honest.' - 2-3 "
                              "sentences for a chat reply")).reply.script
    assert "it isn't that" in script and "The reason is our team's capacity" in script


def test_an_auto_reply_for_an_ex_clients_mail_is_the_kind_no_in_one_sentence(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("one-sentence auto-reply for mail coming in from vandelay")).reply
    body = reply.script.split("\n\n")[1]
    assert body.count(". ") == 0 and "no longer able to provide support" in body


def test_a_line_to_say_in_public_about_why_we_parted_keeps_the_reason_private(bot):
    reply = bot.handle(staff("quick LinkedIn-safe line I can use if anyone asks publicly why we stopped working with "
                             "Globex? 1 sentence")).reply
    assert reply.script.startswith("We worked with Globex Logistics until")
    assert "scope" not in reply.script and "Hello" not in reply.script


def test_a_reply_about_licences_still_billed_through_us_is_written_not_only_advised(bot):
    reply = bot.handle(staff("Globex emailed saying their Microsoft 365 renewal is still being billed through us. Draft a "
                             "reply that sorts it out without us getting dragged back in.")).reply
    assert reply.script.startswith("Hello Globex Logistics team,") and "licence" in reply.script


def test_a_formal_reply_to_a_demand_for_the_reason_gives_the_reason_not_the_after_the_end_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay Imports sent a formal letter demanding to know why we terminated. Draft a formal "
                             "reply for Priya's signature.")).reply
    assert "The reason is that we haven't been able to give you the service you expect" in reply.script
    assert "not able to help with this request" not in reply.script and "amount of support" not in reply.script


def test_a_voicemail_about_the_closure_and_the_last_day_says_both(closed):
    reply = closed.handle(staff("Voicemail script for Hooli Bakery, 30 seconds max. They didn't pick up. I want to remind "
                                "them we're closed over Christmas and when their support finishes.")).reply
    assert "our office is closed from Thursday 24 December 2026" in reply.script
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script


def test_a_closure_note_for_our_clients_still_in_transition_is_one_for_each(closed):
    reply = closed.handle(staff("holiday closure note for our 2 clients still in transition. one version each please")).reply
    assert "For Acme Dental, ready to send:" in reply.text and "For Hooli Bakery, ready to send:" in reply.text


def test_a_kick_off_note_to_the_new_provider_says_when_our_support_ends(closed):
    script = closed.handle(staff("Draft a note to Castle Tech (Hooli's new IT) to kick off the handover. Professional, "
                                 "warm, not too long.")).reply.script
    assert "Their last day of support with us is Monday 4 January 2027" in script


def test_staff_passing_on_a_wish_to_carry_on_into_the_new_year_get_the_no_to_more_time(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli want us to carry on until end of Jan because Castle Tech can't onboard them till Feb. "
                              "Draft a kind but firm reply.")).reply.script
    assert "We can't continue our support beyond" in script


def test_a_reminder_that_support_ends_on_a_wrong_day_is_the_last_day_reminder_with_the_right_one(bot):
    wrong = calendar.day(30)
    reply = bot.handle(staff(f"Draft a reminder to Acme Dental that support ends on {wrong.day} {wrong:%B}. Short.")).reply
    assert f"{long_date(calendar.day(20))} is your last day of support" in reply.script


def test_a_team_post_in_lines_gives_the_reason_once_and_a_sentence_a_line(bot):
    script = bot.handle(staff("slack post for #techs: globex is fully off our books, nobody does favours for them anymore. "
                              "keep it friendly, 3-4 lines")).reply.script
    assert 3 <= script.count("\n") + 1 <= 4 and "scope (" not in script


def test_a_text_asked_to_say_when_we_are_back_gives_the_dates_not_the_request_echoed(closed):
    script = closed.handle(staff("text to the hooli owner saying the office is closed over xmas and when we're back")).reply.script
    assert "Thu 24 Dec" in script and "when we're back" not in script


def test_a_summary_for_a_colleague_of_where_two_clients_stand_is_a_roundup_from_the_record(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Slack reply to Priya: sum up where Acme and Vandelay stand, 3 bullets")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Vandelay Imports: support ended on" in script
    assert "[" not in script


def test_a_return_promised_in_scope_gets_the_reply_asked_for(bot):
    script = bot.handle(staff("Globex's CFO wants back in, promises to stay in scope. Write the reply, short, signed Tom "
                              "Becker.")).reply.script
    assert "we won't be taking the work back on" in script


def test_a_polite_no_to_a_new_project_in_the_notice_period_is_written(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Chat message to Hooli's owner: polite no, we won't start their new online-ordering website "
                              "project during the transition.")).reply.script
    assert "we won't be starting new projects before then" in script and "Castle Tech is best placed to quote" in script


def test_whether_to_chase_the_new_provider_says_by_when(closed):
    text = closed.handle(staff("Hooli still hasn't told us anything about Castle Tech. Should I chase? by when?")).reply.text
    assert "to be in touch by Wednesday 23 December 2026" in text.split("\n\n")[1]


def test_a_review_reply_asked_for_by_name_is_the_public_one_with_no_names(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("ok then write the google review reply for Vandelay, 50 words max, no names.")).reply.script
    assert "Vandelay" not in script and "Priya" not in script and "in public" in script


def test_a_pasted_ask_to_stay_on_until_the_new_provider_starts_is_the_no_to_more_time(bot):
    script = bot.handle(staff("Acme's office mgr forwarded this: 'We found DentaTech IT, cheaper, they start Jan 1. Can you "
                              "stay on until then?' Write my reply.")).reply.script
    assert "We can't continue our support beyond" in script


def test_a_pasted_claim_that_they_always_paid_gets_the_reason_calmly(bot):
    script = bot.handle(staff("Acme wrote back: 'this is ridiculous, we ALWAYS paid eventually!!' Give me a reply, calm, 3-4 "
                              "sentences.")).reply.script
    assert "The reason is late payment" in script


@pytest.mark.parametrize("text", ["Castle Tech starts on the 5th of January. Is that ok?",
                                  "Bit of a cheeky ask - could you write a letter for our bank saying our IT is in good order?"])
def test_a_question_the_bot_cannot_place_goes_to_a_person_never_kept_quiet(closed, text):
    assert closed.handle(client(text, "Hooli Bakery")).action == HANDOFF


def test_a_fear_that_we_will_stop_the_internet_hears_nothing_of_theirs_stops(bot):
    decision = bot.handle(client("hello, i am new receptionist at acme dental, the doctor say you will stop the internet?? "
                                 "we have patients tomorow what we do", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "keep working after our support ends" in said and "help desk" not in said


def test_whether_things_stop_working_on_the_last_day_is_answered_not_passed_to_the_help_desk(closed):
    decision = closed.handle(client("lol so who fixes the printer when ur gone jk. but srsly does it stop working on the "
                                    "4th?", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "We switch nothing of yours off on that day" in said and "help desk" not in said


def test_sign_it_with_a_name_and_title_signs_with_both(bot):
    script = bot.handle(staff("Priya wants a firm but warm email to Acme saying the decision is final after their apology "
                              "letter. Sign it Priya Shah, Account Manager.")).reply.script
    assert script.endswith("Priya Shah\nAccount Manager\nNorthwind IT") or "Priya Shah\nAccount Manager" in script


def test_proofreading_for_an_active_clients_proposal_is_no_offboarding_matter(bot):
    text = bot.handle(staff("Can you proofread this for an Initech proposal: 'We will migrate you're servers over the "
                            "weekend.'")).reply.text
    assert "Not being offboarded" not in text and "outside what I can answer" in text


def test_words_for_a_call_the_client_makes_thank_them_for_calling(bot):
    script = bot.handle(staff("Two sentences for the help desk to say when Globex calls asking for 'just a quick password "
                              "reset'.")).reply.script
    assert script.startswith("Thanks for calling.")


def test_a_text_that_must_ask_for_the_new_providers_name_asks_for_it(bot):
    script = bot.handle(staff("sms to the Acme office manager: reminder of their last day and we still need a new provider "
                              "name. <160 chars")).reply.script
    assert "Who is your new IT provider?" in script and len(script) <= 160


def test_a_channel_post_on_which_offboarding_clients_we_still_support_lists_them_from_the_record(bot):
    script = bot.handle(staff("write a pinned slack post for #helpdesk: which offboarding clients do techs still support and "
                              "till when. bullets, no drama")).reply.script
    assert "- Acme Dental: last day of support" in script and "[" not in script


def test_terms_staff_give_for_the_final_invoice_are_the_ones_stated(bot):
    script = bot.handle(staff("Write Globex a cover email for their final invoice, saying 'due within ten days as per our "
                              "payment policy'. Ready to attach.")).reply.script
    assert "within ten days" in script


def test_a_sentence_shortened_keeps_so_that_whole(closed):
    script = closed.handle(staff("Need a voicemail script for Hooli Bakery, 30 seconds tops. Remind them of their last day "
                                 "and that Castle Tech has to call us before we shut for Christmas.")).reply.script
    assert " That nothing" not in script


def test_a_leadership_summary_of_every_client_we_are_offboarding_lists_them_from_the_record(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a status summary for Monday's leadership email: every client we're offboarding or have "
                              "offboarded, dates, owner, new provider, open items.")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Vandelay Imports: support ended" in script
    assert "[" not in script


def test_an_email_confirming_the_last_day_and_what_happens_to_their_data_covers_both(bot):
    script = bot.handle(staff("Draft an email to Acme Dental's office manager confirming when our support ends and what "
                              "happens to their data. Under 150 words, signed Priya Shah.")).reply.script
    assert "is your last day of support" in script and "external drive" in script
    assert len(script.split("\n\n")[1].split()) <= 150


def test_a_channel_post_on_which_offboarded_clients_still_get_tickets_worked_groups_them_by_that(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Draft a Teams post for #service-desk: which of the offboarded clients should NOT get tickets "
                              "worked any more and which still should. Bullets, zero commentary on why they're leaving.")).reply.script
    supported, ended = script.split("Support ended:")
    assert "- Acme Dental: last day of support" in supported and "- Globex Logistics: support ended on" in ended
    assert "- Vandelay Imports: support ended on" in ended and "[" not in script and "reason" not in script


def test_time_off_asked_against_the_closure_says_whether_the_day_falls_in_it_and_leaves_leave_to_the_manager(closed):
    text = closed.handle(staff("can I take PTO on Dec 23 or is that blocked because of the closure?")).reply.text
    assert "Wednesday 23 December 2026 is outside the closure" in text and "your manager" in text


def test_whoever_handles_a_client_while_its_owner_is_away_is_looked_up(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("Tom's out till January. globex keeps calling. who handles it?")).reply.text
    assert "Globex Logistics' account owner is Tom Becker" in text and "Nobody else is on record to cover" in text


def test_new_owners_of_an_ex_client_wanting_to_sign_up_is_a_return_not_an_owner_look_up(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("vandelay got bought by some holding company and the new owners want to sign up with us. do we?"))
    assert decision.intent == "come_back" and "account owner is" not in decision.reply.text


def test_an_unknown_clients_last_day_asked_with_a_possessive_names_it_whole(bot):
    text = bot.handle(staff("what's Stark Plumbing's last day with us? sales says they got notice too")).reply.text
    assert "I can't find Stark Plumbing in the client records" in text and "Decisive" not in text


def test_an_out_of_office_for_each_client_in_notice_says_where_each_ones_support_stands(closed):
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")   # (the Monday before the closure)
    reply = closed.handle(staff("Out-of-office text for the Christmas closure, but one version specifically for each of the "
                                "two clients still in transition. under 80 words each")).reply
    acme, hooli = reply.text.split("For Hooli Bakery")
    assert "I can't find" not in reply.text
    assert "Our support for Acme Dental ended on Monday 21 December 2026" in acme
    assert "Your support with us continues until Monday 4 January 2027, so anything you send now will be picked up when " \
           "we're back" in hooli


def test_a_text_for_a_colleague_to_send_is_signed_with_their_name(bot):
    script = bot.handle(staff("Globex's ops manager keeps texting Jake (one of our techs) on his personal phone for help. "
                              "Give Jake a short text he can send back.")).reply.script
    assert script.endswith("- Jake, Northwind IT")


def test_an_email_asked_for_after_a_question_on_the_phone_is_written_and_gives_the_reason(bot):
    decision = bot.handle(staff("Acme's practice manager asked me straight out on the phone 'is this about the invoices?' and "
                                "I froze. Give me a follow-up email that actually answers her."))
    assert "Ready to send:" in decision.reply.text and "To say on the call" not in decision.reply.text
    assert "The reason is late payment" in decision.reply.script


def test_a_voicemail_a_named_colleague_leaves_is_in_their_voice_and_says_the_last_day_as_that(bot):
    reply = bot.handle(staff("voicemail script pls -- Priya calling the dental practice front desk, under 30 sec, just the "
                             "end date + ask them to call back about who's taking over their IT")).reply
    assert reply.script.startswith("Hi, this is Priya")
    assert f"Your last day of support with us is {long_date(calendar.day(20))}." in reply.script


def test_a_reply_to_a_relayed_question_about_an_invoice_after_the_end_checks_it_and_claims_nothing(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("Globex emailed asking why they got an invoice after they left. Neutral reply for Tom please -- "
                              "I don't have the invoice in front of me")).reply.script
    assert "check the invoice against" in script and "sending a final invoice" not in script


def test_a_two_sentence_text_asking_for_the_new_providers_contact_is_words_not_a_look_up(bot):
    reply = bot.handle(staff("2-sentence text to Acme's office manager: last day + please send us the new IT company's "
                             "contact")).reply
    assert "Ready to send as a text message" in reply.text and long_date(calendar.day(20)) in reply.script


def test_who_made_the_decision_is_answered_as_the_firms_with_nobody_named(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli asked 'who made this decision?' -- do I have to name someone?")).reply
    assert "No need to name anyone" in reply.text and "It was a company decision" in reply.script


def test_the_clients_own_owner_wanting_to_come_back_is_a_return_not_our_account_owner(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("Vandelay's owner says they want to come back next year. what's our stance?"))
    assert decision.intent == "come_back" and "account owner is" not in decision.reply.text


def test_an_ended_client_threatening_reviews_for_free_work_is_told_support_ended_in_the_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("the vandelay guy says he'll post 1-star reviews about us everywhere unless we 'fix his email "
                              "for free'. write a calm response.")).reply.script
    assert "we can't take on further work, free or paid" in script and "go through the handover together" not in script


def test_a_no_to_a_client_who_apologised_for_the_invoices_does_not_say_the_reason_back(bot):
    script = bot.handle(staff('acme just sent this: "Priya, we are truly sorry about the invoices. We\'ve hired a bookkeeper '
                              'and will pay within 10 days from now on. Please give us one more chance." -- need a reply I '
                              "can send today, kind but the answer's still no")).reply.script
    assert "Thank you for the apology" in script and "The reason is late payment" not in script


def test_an_intro_to_the_new_provider_asked_in_bullets_lists_what_we_hand_over(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Write an intro email to Castle Tech (Hooli's new IT people) to kick off the handover. "
                              "Formal-ish, bullet the things we'll be giving them.")).reply.script
    assert "- We'll pass on admin access to Hooli Bakery's own accounts and vendor portals, the domain registrar and DNS" in script
    assert "- We'll send the backup instructions and the backup encryption keys." in script


def test_a_heads_up_about_the_shutdown_is_the_closure_note(closed):
    script = closed.handle(staff("Draft a heads-up for Hooli Bakery about our Christmas shutdown and how it lines up with "
                                 "their last day. Plain English please.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "we only remove our own access" not in script


def test_a_letter_confirming_handover_sign_off_is_the_sign_off_form(bot):
    reply = bot.handle(staff("Formal letter for Acme Dental confirming handover sign-off. Also, who on their side is meant "
                             "to sign it?")).reply
    assert "Signed for Acme Dental: name" in reply.script


def test_an_instruction_to_the_desk_not_to_touch_a_clients_systems_leaves_the_reason_out(bot):
    reply = bot.handle(staff("quick teams msg to the helpdesk pls: nobody touches the dental practice's server or backups "
                             "before they're gone. heard someone joking about 'pulling the plug early'")).reply
    assert "nothing of theirs is switched off" in reply.text and "The reason on record" not in reply.text
    assert "Unpaid invoices" not in reply.text   # (nor a hint at it)


def test_admin_passwords_asked_for_by_a_provider_are_they_not_it(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Castle Tech asked for Hooli's admin passwords and said 'by email is fine'. Draft a reply that "
                              "gets them what they need the right way.")).reply.script
    assert "They belong to Hooli Bakery, so they'll be handed over in full" in script and "It belongs" not in script


def test_a_template_with_no_brackets_left_is_not_called_one_to_fill_in(bot):
    reply = bot.handle(staff("we're dropping Wayne Fabrication too (scope creep, same story as globex). write their notice "
                             "email, last day 1st of feb")).reply
    assert "[" not in reply.script and "fill in the brackets" not in reply.text


def test_a_slack_length_reply_to_paste_is_a_chat_message(bot):
    reply = bot.handle(staff("slack-length reply Tom can paste to BrightPath, who asked 'what rules did you have on the "
                             "Globex firewall for the CCTV cameras?'")).reply
    assert reply.script.startswith("Hi BrightPath IT team,\n") and "Kind regards" not in reply.script


def test_a_colleague_upset_about_a_crying_client_is_met_kindly_and_told_once(bot):
    text = bot.handle(staff("Priya's really upset, Acme's owner cried on the phone. Should we give them another 3 months to "
                            "find someone?")).reply.text
    assert "It's hard when a client is this upset" in text and "needs to be offered anything" not in text


def test_reply_or_ignore_a_review_comes_with_the_public_reply_it_points_to(bot):
    reply = bot.handle(staff("someone from Globex left us a nasty google review. reply or ignore?")).reply
    assert "the one below" in reply.text and "We don't discuss any client's affairs in public" in reply.script


def test_a_date_confirmation_asked_with_nothing_about_the_reason_leaves_it_out(bot):
    reply = bot.handle(staff("Need a three-sentence email to Acme Dental confirming the date their support finishes. Nothing "
                             "about the reason, nothing fluffy. Sign it from Priya.")).reply
    assert long_date(calendar.day(20)) in reply.script and "reason" not in reply.script.lower()


def test_a_question_inside_a_pasted_message_is_not_a_look_up_of_ours(bot):
    text = bot.handle(staff('acme\'s office mgr just emailed this:\n"We\'ve cleared every open invoice this morning and '
                            'switched to direct debit. Surely that changes things? We\'d really like to stay with you."\n'
                            "write me a reply, firm but warm, under 120 words")).reply.text
    assert not text.startswith("No new provider is on record")


def test_a_thanks_and_goodbye_email_thanks_them_without_talk_of_ill_will(bot):
    script = bot.handle(staff("Tom wants a thanks-and-goodbye email to Globex's operations lead to close things out. "
                              "Friendly, about 80 words, and don't leave the door open.")).reply.script
    assert "Thank you for working with us" in script and "ill will" not in script and "good shape" not in script


def test_a_message_to_a_colleague_asking_where_two_clients_stand_is_a_roundup(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("teams msg to Priya: where do Acme and Vandelay stand? four bullet lines, no more")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Vandelay Imports: support ended on" in script


def test_a_subject_line_plus_body_asked_gives_both(bot):
    script = bot.handle(staff("Subject line plus two lines of body for Acme: offering their data on an external drive since "
                              "they still have no new IT.")).reply.script
    assert script.startswith("Subject: ") and "external drive" in script


def test_a_counted_out_of_office_for_everyone_has_no_greeting_to_fill_in(closed):
    reply = closed.handle(staff("Write the two-sentence out-of-office for the shared support mailbox over Christmas. It'll be "
                                "seen by everyone incl. clients we're offboarding.")).reply
    assert "[client]" not in reply.script and reply.script.startswith("Thank you for your message.")


def test_words_asked_in_plain_english_leave_out_the_long_and_technical_sentences(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("can u write a really simple email for Hooli's owner — her English isn't strong. what happens "
                              "next + dates. short sentences, no IT words.")).reply.script
    assert "secure channel" not in script and "we only remove our own access" not in script
    assert long_date(calendar.day(30)) in script


def test_plan_b_for_a_client_with_no_provider_is_the_safe_landing_not_a_look_up(bot):
    reply = bot.handle(staff("Acme have 3 weeks left and still no new provider. What's plan B?")).reply
    assert not reply.text.startswith("From the record") and "external drive" in reply.text


def test_a_softer_cover_story_offered_for_the_reason_gets_a_no(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Is 'we're restructuring' an OK thing to tell Hooli? Feels kinder than saying they swamp us.")).reply.text
    assert "No: that isn't the reason" in text


def test_time_off_left_with_no_closure_or_day_in_it_is_not_the_closure_answer(closed):
    text = closed.handle(staff("how many PTO days do I have left for 2026?")).reply.text
    assert "Our office is closed" not in text


def test_can_i_just_say_yes_after_a_dash_gets_a_plain_no(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay want to come back in spring if we'll sign a bigger contract. Priya's on leave — can I "
                            "just say yes?")).reply.text
    assert "No to anything that reopens the decision" in text


def test_a_plea_relayed_without_a_call_asked_says_nothing_of_a_call(bot):
    text = bot.handle(staff("Acme's owner rang me in tears, apologised, swore they'll pay on time from now on. Priya is "
                            "wavering. Should we give them another go?")).reply.text
    assert "No to anything that reopens the decision" in text and "A call to plan the handover" not in text


def test_a_reply_to_a_junior_tech_asking_to_fix_an_ex_clients_email_is_for_our_team(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff('Junior tech pinged me: "vandelay just called, they sound desperate, can I just fix their email '
                             'real quick?" Write me a Slack reply to him, friendly, two lines.')).reply
    assert "For the team (not for the client)" in reply.text and "Hi Vandelay Imports team" not in reply.text


def test_who_a_client_is_with_now_is_looked_up(bot):
    text = bot.handle(staff("Who's Globex with now and how do I reach them?")).reply.text
    assert text.startswith("From the record") and "Globex Logistics moved to BrightPath IT" in text


def test_a_misspelt_long_client_name_two_letters_off_is_still_that_client(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("client named Vandaley or something says we owe them a refund for unused prepaid hours. do we?"))
    assert decision.client == "Vandelay Imports" and "I can't find" not in decision.reply.text


def test_a_legal_threat_relayed_about_a_client_in_notice_is_passed_upwards_not_out_of_scope(bot):
    text = bot.handle(staff("Acme's dentist says he'll sue if we leave before tax season. Do I escalate?")).reply.text
    assert "outside what I can answer" not in text and "pass it today to" in text


def test_a_client_asking_again_why_we_ended_is_the_reason_not_a_setup_question(bot):
    decision = bot.handle(staff("Globex is asking, two weeks after the fact, why we dropped them. Do we tell them?"))
    assert decision.intent == "explain_reason" and "The reason is the scope of the work" in decision.reply.script


def test_billing_an_ex_client_for_help_given_after_the_end_needs_terms_agreed_first(bot):
    text = bot.handle(staff("Tom spent 3 hrs last week helping BrightPath with Globex stuff. Can we bill Globex for it?")).reply.text
    assert "Only if it was agreed" in text and "that help shouldn't have been given" in text


def test_a_reply_to_an_ex_client_on_my_own_thread_is_signed_by_me_and_says_support_ended(bot):
    add_vandelay(bot.clients)
    script = bot.handle(IncomingMessage(text='Vandelay replied to my last email: "You people abandoned us. Expect a 1-star '
                                             'review on every site I can find." Need a reply, 4 sentences max.',
                                        platform="console", sender_id="U_STAFF", sender_name="Dana Lee")).reply.script
    assert script.endswith("Dana Lee\nNorthwind IT") and f"Our support ended on {long_date(calendar.day(-32))}" in script


def test_a_message_to_a_named_colleague_to_take_our_access_off_greets_them(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("write a teams msg to Tom reminding him to pull our RMM agent and tech accounts off Globex now "
                            "that BrightPath has everything")).reply.text
    assert "Hi Tom, our support for Globex Logistics ended" in text and "Hi team" not in text


def test_coaching_on_an_ex_client_with_no_provider_presumes_none(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("vandelay keeps ringing the help desk about their server. what do we say?")).reply.text
    assert "their new provider" not in text


def test_a_public_reply_to_an_ex_clients_review_invites_no_more_talk(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay actually posted the 1-star review on Google. Write a public response we can post "
                              "under it.")).reply.script
    # (notice on record: said, without its date or anything else private)
    assert "we gave notice and supported you fully until the agreed end of our work together" in script
    assert "talk it over" not in script and "get in touch" not in script


def test_a_text_that_shuts_down_an_ex_clients_calls_says_support_ended(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay's owner keeps calling the main line. need a text msg, 160 chars max, that shuts it "
                              "down nicely")).reply.script
    assert f"ended on {long_date(calendar.day(-32))}" in script and re.search(r"no longer able to provide support|can.t take on further requests", script)
    assert len(script) <= 160


def test_a_windows_update_question_is_not_a_look_up_of_a_clients_status(bot):
    text = bot.handle(staff("best way to clear a stuck Windows update on a laptop?")).reply.text
    assert "Which client do you mean?" not in text and "outside what I can answer" in text


def test_a_relayed_what_happens_on_the_last_day_is_answered_as_the_last_day(bot):
    script = bot.handle(staff("In simple English pls — Acme's new office manager (English isn't her first language) asked "
                              "what happens on the 21st. Short email.")).reply.script
    assert f"To confirm: {long_date(calendar.day(20))} is your last day of support" in script
    assert "we'll take care of this" not in script


def test_a_cutover_day_inside_the_closure_relayed_by_staff_is_said_not_to_work(closed):
    text = closed.handle(staff("Hooli's new people want to do the cutover on Tuesday 29 December. Works?")).reply.text
    assert text.startswith("Not that day: Tuesday 29 December 2026 falls while our office is closed")


def hooli_over_our_closure(config, open_bot):
    """Hooli's week-before-the-end falls in our closure, so its date to be in touch by is the day before we close."""
    closed = (calendar.today() + timedelta(days=21), calendar.today() + timedelta(days=28))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    add_hooli(bot.clients)
    return bot, closed


def test_a_date_brought_forward_for_our_closure_says_why(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Email to Hooli about their Microsoft licences: renewals need moving onto their own card "
                              "before the end.")).reply.script
    by = long_date(closed[0] - timedelta(days=1))
    assert f"finished by {by}" in script
    assert f"Our office is closed for the holidays from {long_date(closed[0])} to {long_date(closed[1])}, which is why we " \
           f"ask for that day." in script


def test_a_client_upset_about_the_holidays_is_told_when_we_close_and_by_when_the_handover_is_done(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    decision = bot.handle(client("are you seriously abandoning us at Christmas?", "Hooli Bakery"))
    text = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())   # (the draft a person sends, quoted)
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}, so we'd like to finish the " \
           f"handover with Castle Tech by {long_date(closed[0] - timedelta(days=1))}" in text
    assert "carries on as normal" not in text   # (not over a closure)


def test_a_voicemail_to_book_a_handover_call_says_so_first(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(replace(staff("Voicemail for Hooly - want to get a handover call in before we close for Christmas. "
                                      "20 seconds tops."), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Sam from Northwind IT, for Hooli Bakery. I'm calling to book a handover call with "
                             f"you before our office closes for the holidays on {long_date(closed[0])}.")
    assert len(script.split()) / 2.5 <= 20


def test_a_no_to_the_new_providers_setup_question_sends_what_is_missing_only_once_the_client_confirms(bot):
    script = bot.handle(staff("BrightPath (Globex's new IT) emailed asking how we'd set up the site-to-site VPN between the "
                              "warehouses. Draft a polite no to them.")).reply.script
    assert re.search(r"we'll send (?:it|them) once Globex Logistics confirms, through a secure channel", script)
    assert not re.search(r"we'll send (?:it|them)\.", script)


def test_a_pasted_fault_that_mentions_a_password_is_declined_after_the_end_not_handed_over(bot):
    script = bot.handle(staff("The logistics lot posted this in their channel, can you write the reply? \"hey guys outlook keeps "
                              "asking for the password since the weekend, can someone have a quick look?? BrightPath are slow "
                              "getting back to us\"")).reply.script
    assert "we're no longer able to provide support" in script and "BrightPath IT" in script
    assert "Here's how we'll hand over your accounts" not in script


def test_a_formal_letter_confirming_the_end_is_the_notice_restated_even_when_no_owner_is_on_record(bot):
    add_hooli(bot.clients)
    hooli = bot.clients.get("Hooli Bakery")
    reply = bot.handle(replace(staff("Formal letter to Hooli Bakery confirming the end of our agreement, for the file. There's "
                                     "no owner on the account so I'll sign it."), sender_name="Sam Taylor")).reply
    assert f"ends on {long_date(date.fromisoformat(hooli['end_date']))}, and the decision stands" in reply.script
    assert reply.script.rstrip().endswith("Sam Taylor\nNorthwind IT") and "sign off the handover" not in reply.script


def test_an_ex_client_asking_whether_we_still_have_access_is_told_we_will_check_and_remove_it(bot):
    decision = bot.handle(client("do u guys still have access to our 365 tenant?? if so pls remove it", "Globex Logistics"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "will check what access we still have, remove it, and confirm to you in writing" in notice
    assert "We'll confirm the rest of your question" not in notice and "we're sorry it's still there" not in notice


def test_a_renewal_still_on_our_card_is_theirs_to_move(bot):
    decision = bot.handle(client("Our Adobe renewal is still going on your card apparently. Can you move it to ours?",
                                 "Globex Logistics"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "moved into your own name and onto your own payment method" in notice


@pytest.mark.parametrize("text,said", [
    ("quick one - when is Acme Dentl's last day and by when does their new IT company need to get hold of us?",
     "new provider should contact us by"),
    ("how many days have Acme got left with us, and is that a normal notice period?", "the usual 30 to 60 days' notice"),
    ("what exactly did we write down as the reason for Globex?", "for ending our agreement with Globex Logistics: work asked of us outside the agreed scope"),
])
def test_a_look_up_asked_in_passing_is_answered_from_the_record(bot, text, said):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("From the record") and said in reply.text and not reply.script


def test_whether_anyone_is_needed_on_a_last_day_that_is_our_first_day_back_is_a_yes(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    back = closed[1] + timedelta(days=1)
    while back.weekday() >= 5:
        back += timedelta(days=1)
    bot.clients.set_end("Hooli Bakery", back.isoformat())
    text = bot.handle(staff("Hooli's last day is the Monday we come back from Christmas. Do we need anyone on for them that "
                            "day?")).reply.text
    assert f"{long_date(back)}, the day we're back, is their last day of support: they're a full client that day, so " \
           "someone should be on for them" in text
    assert "Acme Dental" not in text


def test_a_summary_of_one_owners_offboarding_accounts_lists_only_theirs(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("DM to Priya summarising where her offboarding accounts stand. Short.")).reply.text
    assert "Acme Dental" in text and "Vandelay Imports" in text and "Globex Logistics" not in text


def test_keeping_their_backups_running_after_a_named_last_day_is_a_no(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    reply = bot.handle(staff(f"Hooli asked if we can keep their backups running after {' '.join(end.split()[:3])} \"just till "
                             "Castle Tech sort themselves out\". ok to say yes?")).reply
    assert "No: nothing of theirs is switched off on the last day" in reply.text and "retention" not in reply.text
    assert "Yes, hand it over" not in reply.text


def test_a_pasted_question_about_the_holidays_gets_the_closure_note_not_a_logged_ticket(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Need a reply for the Hooli channel, they asked \"who do we call if something breaks over "
                              "christmas?\"")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script and "logged it" not in script


def test_the_email_for_their_actual_last_day_says_today_is_the_last_day(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    script = bot.handle(staff("Could you write the email we send Acme on their actual last day? the 'that's it, thanks' one. "
                              "80 words max")).reply.script
    assert f"Today, {long_date(end)}, is your last day of support with us" in script


def test_an_email_closing_out_the_money_side_carries_the_invoice_and_the_renewals_without_the_checklist(bot):
    reply = bot.handle(staff("Need an email to Globex closing out the money side - final invoice and getting any renewals off "
                             "our card onto theirs. From Tom.")).reply
    assert "our final invoice" in reply.script and "renewals also need to move onto your own payment method" in reply.script
    assert "handover checklist" not in reply.text


@pytest.mark.parametrize("text,name", [
    ("Hello, please I want to know until which date you are helping us with the computers. Thank you very much.",
     "Acme Dental"),
    ("Hallo, we are not understand. The contract is finish when? And who is help us after?", "Hooli Bakery"),
])
def test_the_last_day_asked_in_a_second_language_is_answered_from_the_record(bot, text, name):
    add_hooli(bot.clients)
    decision = bot.handle(client(text, name))
    end = long_date(date.fromisoformat(bot.clients.get(name)["end_date"]))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text


def test_a_client_asking_the_date_for_their_new_provider_to_call_is_told_it(bot):
    decision = bot.handle(client("acme here. deadline for the new IT co to call u?", "Acme Dental"))
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert decision.action == REPLY and f"get in touch by {long_date(end - timedelta(days=7))}" in decision.reply.text


def test_a_plea_with_offers_on_the_way_is_one_plea_answered_with_the_kind_no(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Please don't go. We'll cut down the number of tickets, promise, and we can pay a bit more "
                                 "as well if that helps?", "Hooli Bakery"))
    assert decision.action == REPLY and "our decision is final" in decision.reply.text


def test_a_domain_question_with_season_wishes_is_the_domain_handed_over_and_the_wishes_returned(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("who do we talk to about moving hoolibakery.co.uk over to Castle Tech? And merry christmas in "
                                 "advance to the team!", "Hooli Bakery"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "Your domain is yours" in notice and "the same to you and everyone there" in notice
    assert "cover while the office is shut" not in notice


def test_banter_from_an_ex_client_is_a_hello_not_anger(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("lol you lot still about? how's london treating you", "Vandelay Imports"))
    assert decision.action == REPLY and "we understand why you're upset" not in decision.reply.text


def test_a_question_about_how_the_firewall_was_set_up_is_a_setup_question_not_a_login_handover(bot):
    decision = bot.handle(client("Hello, BrightPath IT here. Could you tell us how the firewall VLANs for Globex were "
                                 "configured? There's a rule we can't account for.", "Globex Logistics"))
    assert decision.action == REPLY and "we're not able to answer further questions about the setup" in decision.reply.text


def test_the_office_closure_asked_with_no_client_is_our_own_dates(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    text = bot.handle(staff("When does the holiday shutdown start and end again?")).reply.text
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in text and "Which client" not in text


def test_which_clients_we_still_need_to_hear_from_lists_those_in_notice_with_their_dates(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Which clients do we still need to hear from a new provider for, and by when?")).reply.text
    acme = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert f"new provider to contact us by {long_date(acme - timedelta(days=7))}" in text
    assert "Hooli Bakery" in text and "Globex Logistics" not in text


def test_a_phone_script_asked_for_a_return_on_old_terms_comes_with_the_words(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's owner rang asking if they can come back on their old terms. Priya has to call back, "
                             "give her a phone script.")).reply
    assert "To say on the call:" in reply.text and "we won't be taking the account back on" in reply.script


def test_one_harsh_line_to_soften_gets_a_gentler_line_back(bot):
    reply = bot.handle(staff("Make this line for Acme less harsh: 'We are terminating because you never pay on time.'")).reply
    assert "A gentler line:" in reply.text and "The reason is late payment" in reply.script
    assert "Kind regards" not in reply.script and "never pay on time" not in reply.script


def test_payment_offered_only_if_we_carry_on_is_no_invoice_to_chase(bot):
    reply = bot.handle(staff("Acme says they'll only pay the overdue invoices if we keep supporting them until February. "
                             "Reply for Priya.")).reply
    assert "invoice for February" not in reply.script and "We can't continue our support beyond" in reply.script
    assert "The invoices already issued are due on their usual terms" in reply.script


def test_the_deadline_for_the_new_provider_asked_of_one_client_is_a_look_up(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    for text in ("when's the latest Acme's new provider should reach out to us?",
                 "What's the deadline for Acme's new IT to contact us?"):
        reply = bot.handle(staff(text)).reply
        assert reply.text.startswith("From the record") and f"should contact us by {long_date(end - timedelta(days=7))}" \
            in reply.text, text


def test_a_quoted_ask_for_their_data_and_did_we_ever_send_it_is_the_record_then_their_data_handed_over(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay is asking \"where's our data? we never got it\". What do I say - did we ever send "
                             "it?")).reply
    assert "nothing says Vandelay Imports has their data" in reply.text
    assert "it's yours, whatever the date" in reply.script and "The reason is" not in reply.script


def test_refocusing_offered_as_a_nicer_reason_is_a_no(bot):
    reply = bot.handle(staff("Can we tell Acme it's because we're 'refocusing on larger clients'? feels nicer than the payment "
                             "thing")).reply
    assert "No: give the real reason" in reply.text and "Yes, that is the reason on record" not in reply.text


def test_a_pasted_fix_from_a_client_in_notice_gets_a_reply_that_helps(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("pasted from Hooli channel: \"hiya, can u still fix our card reader today or are u guys done with "
                             "us already?\" - draft reply")).reply
    assert "You're fully supported until" in reply.script and "logged it" not in reply.script


def test_a_goodbye_post_for_their_final_day_says_today_is_the_last_day(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    script = bot.handle(staff("Write the post for Acme's channel for their final day, saying goodbye")).reply.script
    assert f"Today, {long_date(end)}, is your last day of support with us" in script


def test_a_thank_you_relayed_gets_thanks_back_not_the_decision(bot):
    script = bot.handle(staff("Globex's MD sent a lovely thank-you. Write a warm reply, 2 sentences, from Tom")).reply.script
    assert "Thank you for your kind message" in script and "decision" not in script


def test_a_provider_called_slow_in_a_quote_is_no_proposal_to_slow_down(bot):
    reply = bot.handle(staff("Globex's ops guy asked if they can come back on the old terms because BrightPath is 'slow'. "
                             "Reply please, 2-3 sentences, Tom signs.")).reply
    assert "we won't be taking the work back on" in reply.script


def test_a_final_invoice_note_with_the_amount_asked_leaves_a_blank_for_it(bot):
    script = bot.handle(staff("Draft the cover note for Acme's final invoice. Put in the amount due and our payment "
                              "terms")).reply.script
    assert "Please find attached our final invoice" in script and "The amount due is [amount due]" in script
    assert not re.search(r"[£$€]\s?\d", script) and "refunded" not in script


def test_a_voicemail_about_the_handover_for_a_client_in_notice_is_the_handover_not_the_close_out(bot):
    add_hooli(bot.clients)
    script = bot.handle(replace(staff("Calling Hooli this afternoon about the handover, will prob get voicemail. 30 sec script "
                                      "pls, it's from me"), sender_name="Sam Taylor")).reply.script
    assert "Castle Tech" in script and "final invoice" not in script and "management tools" not in script


def test_how_we_set_things_up_asked_by_the_new_provider_is_declined_even_with_a_reply_to_send_back(bot):
    reply = bot.handle(staff("BrightPath IT emailed asking how we set up Globex's VPN and the schedule of their backup jobs. "
                             "Draft me a reply to send back to help@brightpath.example")).reply
    assert "we can't advise on how things were set up" in reply.script and "data. It belongs to" not in reply.script


def test_an_active_clients_fault_relayed_by_staff_is_everyday_work(bot):
    reply = bot.handle(staff("Someone at Initech posted a printer issue in their channel. Can you draft a reply?")).reply
    assert "Initech is an active client: nothing is ending" in reply.text and "let the anger pass" not in reply.text


def test_staff_words_for_a_client_upset_about_the_holidays_say_when_we_close(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Hooli emailed that they feel abandoned right before Christmas. Reply please, warm but firm, "
                              "150 words max, sign it 'The Support Team'.")).reply.script
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in script
    assert "carries on as normal" not in script


def test_a_pasted_password_prompt_with_a_remote_in_ask_is_declined_after_the_end(bot):
    script = bot.handle(staff("Globex sent this: \"Hi guys, Outlook on 3 of our laptops keeps asking for the password again "
                              "and again. Can one of you remote in this afternoon? Thanks, Dan\". Give me a polite reply.")).reply.script
    assert "we're no longer able to provide support" in script and "hand over your accounts" not in script


def test_an_ex_client_asking_if_we_still_have_admin_is_told_we_check_and_remove_ours(bot):
    decision = bot.handle(client("do u guys still have admin on our 365 tenant??", "Globex Logistics"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "will check what access we still have, remove it" in notice and "admin login is yours" not in notice


def test_settling_in_is_no_payment_to_thank_for(bot):
    decision = bot.handle(client("Thanks for the smooth handover, BrightPath have settled in fine.", "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert "Thank you" in said and "payment" not in said


def test_a_quick_fix_to_their_failing_backup_job_after_the_end_is_a_no(bot):
    reply = bot.handle(staff("Globex's ops guy rang, wants 10 min on their backup job, says it's failing. It's 10 minutes, can I "
                             "just do it?")).reply
    assert reply.text.count("No: support ended on") == 1 and "Yes, hand it over" not in reply.text


def test_how_a_vpn_was_set_up_with_its_key_named_is_still_a_setup_question(bot):
    script = bot.handle(staff("BrightPath IT emailed asking how we had Globex's site-to-site VPN set up (which ports, PSK etc). "
                              "How should I answer? Write the reply.")).reply.script
    assert "we can't advise on how things were set up" in script and "pre-shared key. It belongs" not in script


def test_renewing_their_licences_after_the_end_is_declined_in_a_voicemail(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Leave a voicemail for Vandelay, they called asking about renewing their antivirus "
                                      "licences. Under 40 words."), sender_name="Sam Taylor")).reply.script
    assert "renewing your licences is no longer something we can do for you" in script
    assert "Here's how we'll hand over" not in script


def test_warm_thanks_from_a_client_in_notice_is_thanked_back(bot):
    decision = bot.handle(client("Just wanted to say thanks to everyone there, the techs have always been lovely to us even if "
                                 "it's ending.", "Acme Dental"))
    assert decision.action == REPLY and "Thank you for your kind words" in decision.reply.text


def test_whether_they_can_still_log_tickets_is_a_plain_yes(bot):
    script = bot.handle(replace(staff("Reply for me in the Acme channel: they asked if they can still log tickets this week."),
                                sender_name="Sam Taylor")).reply.script
    assert script.split("\n\n")[1].startswith("Yes") and "keep logging tickets" in script


def test_a_text_whose_words_staff_give_says_them_and_is_signed_by_the_sender(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))   # (the record's day, whatever today is)
    script = bot.handle(replace(staff("Write me an SMS for Acme Dental's practice manager, max 160 characters, just that "
                                      f"their last day with us is {end} and Priya will call about the handover."),
                                sender_name="Sam Taylor")).reply.script
    assert f"{end} and Priya will call about the handover" in script and script.endswith("- Sam, Northwind IT")


def test_a_card_and_treats_relayed_are_thanked_for(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli sent us a lovely thank-you card and mince pies. Quick Slack reply to their channel, "
                              "something warm, not gushy.")).reply.script
    assert "Thank you so much for the card and the mince pies" in script and "decision" not in script


def test_keeping_our_monitoring_on_after_the_end_just_in_case_is_a_no(bot):
    text = bot.handle(staff("Globex's new provider wants us to keep our monitoring on 'for a couple more weeks just in "
                            "case'. Yes/no?")).reply.text
    assert "No: ours comes off" in text and "Yes, remove it" not in text


def test_talking_points_about_our_closure_leave_the_reason_out(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Phone script for calling Hooli Bakery tomorrow to make sure they know we're shut over "
                              "Christmas. Bullet points fine.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script and "The reason is" not in script


@pytest.mark.parametrize("text", [
    "Slack post for #team: quick status of all the clients we're parting with, dates only. Under 80 words.",
    "Management wants a 5-bullet status of everyone we're offboarding. Can you write it?",
])
def test_a_status_post_for_our_team_is_the_roundup_not_the_record_dump(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("For the team (not for the client):") and "- Acme Dental: last day of support" in reply.text
    assert "Initech" not in reply.text


def test_a_status_roundup_of_who_is_leaving_and_who_has_gone_is_written_for_the_channel(bot):
    reply = bot.handle(staff("Can you write a quick status roundup for the ops channel: who's leaving, who's already gone, "
                             "key dates, who to ask. bullets")).reply
    assert reply.text.startswith("For the team (not for the client):") and "- Globex Logistics: support ended on" in reply.text


def test_by_when_we_need_to_hear_from_their_new_people_is_answered(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    text = bot.handle(staff("when's acme's last day and by when do we need to hear from their new IT people?")).reply.text
    assert f"should contact us by {long_date(end - timedelta(days=7))}" in text


def test_a_formal_confirmation_that_the_relationship_is_over_is_the_letter_confirming_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's MD wants 'formal written confirmation' that our relationship is over. Write a proper "
                              "letter, letterhead style, Priya signs.")).reply.script
    assert "This letter confirms that our IT support agreement with Vandelay Imports ended on" in script


def test_a_close_out_email_says_our_access_is_removed_only_when_staff_say_so(bot):
    script = bot.handle(staff("Write an email Tom can send Globex's director to close things out: final invoice attached, "
                              "licences moved to their own card, thanks, goodbye. Warm. No reopening.")).reply.script
    assert "has now been removed" not in script and "Our final invoice is attached." in script
    assert "licences and their renewals are on your own payment method" in script


def test_help_answering_a_clients_request_for_recommendations_without_names(bot):
    reply = bot.handle(staff("Acme posted in their channel: \"Who do you recommend as a new IT company? We honestly don't know "
                             "where to start.\" Help me answer — we don't want to name a competitor.")).reply
    assert "ask two or three local IT firms for a short call" in reply.script and "[provider 1]" not in reply.script
    assert not reply.text.startswith("From the record")


def test_a_quick_look_at_their_mailbox_after_the_end_is_declined_not_a_data_handover(bot):
    script = bot.handle(replace(staff("Globex rang twice this morning asking us to 'just quickly' look at their shared "
                                      "mailbox. I'll call back and will prob get voicemail. Give me a 30-second voicemail "
                                      "script."), sender_name="Sam Taylor")).reply.script
    assert "we're not able to help with this request" in script and "Your data is yours" not in script


def test_a_client_saying_their_new_provider_has_not_heard_from_us_gets_the_handover_not_an_apology(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("hi is this the right channel for the bakery? Hoolie's. our castle tech guy says he hasn't "
                                 "heard from you yet", "Hooli Bakery"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "Please ask them to get in touch by" in notice and "we understand why you're upset" not in notice


def test_a_formal_request_to_confirm_our_access_is_removed_is_checked_and_confirmed(bot):
    decision = bot.handle(client("Dear Sirs,\n\nFurther to the termination of services, we request written confirmation that "
                                 "all remote access held by your company to our systems has been removed.\n\nYours faithfully,\n"
                                 "Globex Logistics", "Globex Logistics"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "will check what access we still have, remove it, and confirm to you in writing" in notice


def test_asked_to_recommend_a_new_it_provider_the_reply_recommends(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay asked us to recommend a new IT provider, can you draft a reply with a few "
                              "names")).reply.script
    assert "[provider 1], [provider 2] and [provider 3]" in script and "The decision is final" not in script


def test_who_covers_a_client_over_the_holidays_is_the_closure_against_their_last_day(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    text = bot.handle(staff("Who's covering Hooli over Christmas if something breaks?")).reply.text
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in text
    assert "No cover over the closure is on record" in text and "No account owner is on record" not in text


def test_a_post_on_what_the_closure_means_for_them_is_the_closure_note(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Post for Hooli's channel explaining what the Christmas closure means for them. Friendly, "
                              "short.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script
    assert f"get in touch with us by {long_date(closed[0] - timedelta(days=1))}" in script


def test_a_quick_call_the_new_provider_wants_after_the_end_is_a_no(bot):
    text = bot.handle(staff("BrightPath want a 'quick 10 min call' about Globex's DNS. Can I just do it? it's only 10 "
                            "mins")).reply.text
    assert "No: support ended on" in text and "belong to Globex Logistics, so they'll be handed over" not in text


def test_a_status_note_for_a_colleague_is_a_report_for_us(bot):
    reply = bot.handle(staff("Can you write Priya a quick status note on Acme so she's up to speed? bullets")).reply
    assert "Status report (for us, not for the client):" in reply.text and "Hello Acme Dental team" not in reply.text


def test_the_notice_in_very_simple_english_gives_the_decision_and_reason_plainly(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("The owner at Hooli doesn't read English well. Write the end-of-contract notice in very simple "
                              "English, short sentences.")).reply.script
    assert "We are ending our IT support for you. This decision is final." in script
    assert "The reason: our team cannot give you all the help you need." in script
    body = script.split("\n\n")[1]
    assert max(len(sentence.split()) for sentence in re.split(r"(?<=[.?!])\s+", body)) <= 16


def test_a_letter_calling_our_notice_inadequate_under_the_agreement_goes_to_a_person(bot):
    decision = bot.handle(client("Dear Sirs,\n\nWe consider one month's notice inadequate under the terms of our agreement, "
                                 "and request that service continue until the end of March. Please confirm by return.\n\n"
                                 "Yours faithfully,\nAcme Dental", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"


def test_an_ex_clients_lol_anyone_still_home_is_a_hello(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("lol anyone still home?", "Vandelay Imports"))
    assert decision.action == REPLY and "this request" not in decision.reply.text


def test_a_voicemail_for_a_client_in_notice_who_has_not_picked_up_is_the_handover_reminder(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    script = bot.handle(replace(staff("Priya's asked me to leave a voicemail for the dental practice, they've not picked up "
                                      "twice. Script please, 30 seconds tops."), sender_name="Sam Taylor")).reply.script
    assert f"get in touch with us by {long_date(end - timedelta(days=7))}" in script and "help desk" not in script


def test_a_voicemail_returning_an_ex_clients_calls_says_so_and_ends_warmly(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandeley left 3 voicemails. I'll call back and probably get voicemail too. 20-second "
                                      "script, declining politely."), sender_name="Sam Taylor")).reply.script
    assert "this is Sam from Northwind IT, returning your call" in script
    assert "this request" not in script and "Thank you, goodbye." not in script


def test_a_decline_names_the_fault_staff_passed_on_and_is_signed_by_whoever_was_messaged(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay's office manager DM'd me saying their email's down and asking if I could take "
                                      "a 'quick 10 min look'. Can you give me a polite no?"), sender_name="Sam Taylor")).reply.script
    assert "with your email" in script and script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_a_closing_letter_paragraph_on_why_gives_the_end_and_good_wishes_and_the_name_asked(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    script = bot.handle(staff("Need one paragraph for our closing letter to Globex Logistics explaining why we ended it. "
                              "Tom's name at the bottom.")).reply.script
    assert f"ended on {end}" in script and "BrightPath IT" in script and script.rstrip().endswith("\n\nTom")


def test_a_client_asking_us_to_paste_their_passwords_in_chat_is_the_secure_handover_not_small_talk(bot):
    decision = bot.handle(client("just paste all the admin passwords here so we've got them before you go, thx", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"
    assert "through a secure channel" in decision.staff_notice.text


def test_a_client_asking_if_we_will_switch_their_server_off_and_wipe_it_is_told_nothing_of_theirs_stops(bot):
    decision = bot.handle(client("Be honest - on the last day are you going to switch our server off and wipe everything?",
                                 "Acme Dental"))
    assert decision.action == REPLY and "your systems, accounts and data stay exactly as they are" in decision.reply.text


def test_a_status_asked_on_a_client_not_on_record_names_only_the_client(bot):
    text = bot.handle(staff("What's the status on Wayne Pharmacy's offboarding?")).reply.text
    assert "I can't find Wayne Pharmacy in the client records" in text


def test_an_ex_client_asking_to_come_back_is_told_when_support_ended_and_wished_well(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    text = bot.handle(client("We made a mistake. BrightPath isn't working out. Can we come back on our old contract?",
                             "Globex Logistics")).reply.text
    assert f"our support ended on {end}" in text and "we hope you find the right fit" in text
    script = bot.handle(staff("Globex messaged asking if they can come back. Write the reply for me, two lines "
                              "max.")).reply.script
    assert f"our support ended on {end} and " in script and "BrightPath IT" in script


def test_a_reply_staff_want_signed_as_the_team_carries_no_persons_name(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay guy emailed again asking us to 'just check' why their emails are bouncing. draft a "
                              "reply, short, firm, not rude. sign as the team")).reply.script
    assert "help with your email" in script and script.rstrip().endswith("Kind regards,\nThe Northwind IT team")


def test_a_till_that_wont_talk_to_the_card_machine_is_a_fault_for_the_help_desk(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("till won't talk to the card machine AGAIN!!! saturday is our busiest day", "Hooli Bakery"))
    assert decision.action == REPLY and decision.intent == "support_request" and "help desk" in decision.reply.text


def test_do_you_still_do_our_it_until_a_season_is_answered_with_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("hey its the accme denatl front desk, do u guys still do our IT up till xmas?", "Acme Dental"))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text


def test_a_note_to_the_support_team_about_an_ended_client_is_written_for_us(bot):
    reply = bot.handle(staff("Quick note to the support team: Globex is finished, so don't pick up their tickets if they "
                             "phone. 2-3 lines pls.")).reply
    assert "For the team (not for the client):" in reply.text and "decline kindly and point them to BrightPath IT" in reply.text


def test_a_post_about_the_office_being_shut_over_the_holidays_is_the_closure_note(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("need a slack msg for the bakery's channel re the office being shut over xmas/new year + what "
                              "that means for the handover. short pls")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script


def test_a_message_telling_an_ex_client_what_it_was_like_dealing_with_them_is_a_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a message to Vandelay telling them exactly what it was like dealing with them. They "
                             "deserve to hear it.")).reply
    assert "No: it's business, not personal." in reply.text and not reply.script


def test_a_cause_a_client_believes_in_staff_words_is_corrected_not_confirmed(bot):
    script = bot.handle(staff("Acme's owner thinks we're dropping them because of last month's outage. Help me reply on "
                              "Slack and set the record straight, gently.")).reply.script
    assert "it isn't that" in script and "The reason is late payment" in script


def test_suggesting_a_client_moves_its_email_to_a_named_service_is_no_licence_handover(bot):
    decision = bot.handle(staff("The dentists STILL haven't picked anyone. Write to them suggesting they at least move their "
                                "email somewhere themselves before the cut-off, e.g. M365 or Google Workspace."))
    assert decision.intent == "no_new_provider" and "hosted email" in decision.reply.script


def test_a_response_to_a_clients_google_review_is_the_public_reply(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Draft a response to Vandelay's Google review: \"1 star. Dumped us with no warning, useless from "
                             "start to finish.\" Short, public, professional.")).reply
    assert "We keep the details of our work with clients private" in reply.script and "Hello Vandelay" not in reply.script


def test_bullets_to_paste_into_a_thread_internally_are_for_the_team(bot):
    reply = bot.handle(staff("3 bullets I can paste into the Globex thread to close it out internally")).reply
    assert "For the team (not for the client):" in reply.text and "your systems" not in reply.text


def test_written_confirmation_of_when_support_ended_is_the_letter_confirming_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay Imports want written confirmation of when our support ended. Formal letter please, "
                              "Priya signing.")).reply.script
    assert without_heading(script).startswith("Dear Vandelay Imports team,\n\nThis letter confirms that our IT support agreement")


def test_reception_answering_for_the_account_owner_takes_a_message_and_gives_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme's practice manager keeps ringing reception asking for Priya. Give reception a 4-line "
                              "phone script.")).reply.script
    lines = script.splitlines()
    assert len(lines) == 4 and lines[0].startswith("Thank you for calling. Priya isn't available just now")
    assert f"until {end}" in script and "Can I take your name" in script


def test_a_note_asking_a_colleague_whether_something_happened_reads_as_a_question(bot):
    script = bot.handle(staff("Give me a Slack DM to Tom asking whether Globex ever signed off the handover. I genuinely "
                              "don't know if they did.")).reply.script
    assert "do you know whether Globex ever signed off the handover?" in script


def test_a_client_asking_us_to_keep_their_backups_after_we_go_is_told_they_hold_them_themselves(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("Can you hang on to our backups for a few months after you go, just in case?", "Acme Dental"))
    assert decision.intent == "data_export"
    assert f"We won't be keeping your backups after {end}" in decision.staff_notice.text
    script = bot.handle(staff('reply to this Acme message for me: "Can you hang on to our backups for a few months after you '
                              'go, just in case?"')).reply.script
    assert f"We won't be keeping your backups after {end}" in script and "month to month" not in script


def test_a_colleague_tempted_to_give_the_client_another_go_is_answered_with_the_reason_that_holds(bot):
    text = bot.handle(staff("Priya says Acme apologised and she's tempted to give them another go. What do I say to "
                            "her?")).reply.text
    assert "The reason on record is late payment" in text and "deliberate decision for management" in text


def test_a_client_saying_every_invoice_is_cleared_now_is_thanked_for_the_payment(bot):
    script = bot.handle(staff("Acme just posted this in their channel, help me answer: \"We've cleared every invoice now. "
                              "Surely that changes things? We've been loyal to you for years.\" Reply from Priya "
                              "please.")).reply.script
    assert "Thank you for letting us know about the payment" in script


def test_a_short_nudge_when_the_new_provider_has_not_been_in_touch_is_a_chat_post_that_says_so(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Castle tech havent been in touch re Hooly. Short nudge for their channel?")).reply
    assert reply.script.startswith("Hi Hooli Bakery team,\nWe haven't heard from Castle Tech yet")


def test_end_date_information_rewritten_in_very_simple_english_is_the_plain_plan(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    script = bot.handle(staff("Hooli's owner isn't a native English speaker. Rewrite our end-date info in very simple "
                              "English, short sentences.")).reply.script
    assert f"Our IT support for you ends on {end}. Until that day, we help you as normal." in script


def test_can_you_write_it_after_naming_the_email_gets_the_email(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("I need to email Castle Tech to kick off the Hooli handover. Can you write it? Address it to "
                             "whoever runs their help desk.")).reply
    assert reply.script.startswith("Hello Castle Tech team,")


def test_a_status_of_one_colleagues_leaving_and_left_accounts_is_written_from_the_record(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Priya's out from Thursday. Can you write her a 5-bullet status of her accounts that are leaving "
                            "or have left, so she can skim it on her phone?")).reply.text
    assert "Acme Dental" in text and "Vandelay Imports" in text and "outside what I can answer" not in text


def test_a_client_asking_if_their_email_stops_once_we_are_gone_is_told_nothing_is_switched_off(bot):
    decision = bot.handle(client("Do our emails stop working once you're gone??", "Acme Dental"))
    assert decision.action == REPLY and "We switch nothing of yours off" in decision.reply.text


def test_the_last_day_and_what_the_new_provider_must_do_asked_in_a_second_language_is_answered(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    decision = bot.handle(client("Hello, sorry my english. We not understand good: our contract is finish which day? And "
                                 "Castle Tech, what they must do?", "Hooli Bakery"))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text
    assert "Please ask Castle Tech to get in touch by" in decision.reply.text


def test_why_you_ended_it_with_a_wrong_guess_gets_the_reason_not_a_holding_line(bot):
    decision = bot.handle(client("Still don't get why you ended it. We paid on time, didn't we?", "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert "it isn't about payment" in said and "The reason is the scope of the work" in said


def test_a_call_to_tell_a_client_about_our_holiday_closure_names_the_closure(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Quick script for when I ring Hooli to tell them about the holiday closure? Under 100 "
                              "words.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script
    post = bot.handle(staff("Hooli Bakery needs to know how the holiday closure affects them. Draft a Slack message for their "
                            "channel - friendly, not too long.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in post and "Thank you for working with us" not in post


def test_a_client_holding_our_closure_against_us_is_answered_with_the_closure(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Hooli just pasted this: 'So we're paying you till January but you're not even open half of "
                              "it?' Help me answer, friendly, 4 lines max.")).reply.script
    assert "That's a fair question: our office closes over the holidays for all our clients" in script
    assert f"Our office is closed from {long_date(closed[0])}" in script


def test_a_message_to_a_colleague_that_tells_them_news_carries_the_news(bot):
    script = bot.handle(staff("Write a quick Teams message to Tom that BrightPath asked about Globex's VPN config and I'm "
                              "planning to decline.")).reply.script
    assert script.startswith("Hi Tom, BrightPath asked about Globex's VPN config and I'm planning to decline.")


def test_keeping_their_email_running_after_the_end_as_a_favour_is_a_kind_no_with_where_to_turn(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("acme asked if we can keep their email running 'for a few weeks' after they leave as a favour. "
                             "reply pls, short")).reply
    assert f"We can't keep looking after your email after {end}" in reply.script
    assert "moving your email to a hosted email provider" in reply.script and reply.text.find("No: nothing of theirs") >= 0


def test_a_payment_and_an_apology_passed_on_are_both_thanked(bot):
    script = bot.handle(staff("acme paid everything and the owner sent a really sincere apology. Honestly, should we "
                              "reconsider?")).reply.script
    assert "Thank you for the apology, and for letting us know about the payment" in script


def test_overdue_invoices_offered_only_if_we_reconsider_are_due_anyway(bot):
    script = bot.handle(staff("Paste: 'We'll clear every overdue invoice today if you reconsider. Please.' - Acme. Reply draft "
                              "under 80 words please.")).reply.script
    assert "The invoices already issued are due on their usual terms, separately from this" in script


def test_a_reminder_of_the_last_day_leads_with_the_day_and_fits_the_words_asked(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("can u draft a slack msg for the acme dental channel reminding them support ends on the 21st "
                              "and their new IT people need to reach us a week before? max 60 words, sign it from "
                              "Priya")).reply.script
    greeting, body, signed = script.split("\n")
    assert body.startswith(f"A quick reminder: {end} is your last day of support") and len(body.split()) <= 60
    assert f"get in touch with us by {long_date(date.fromisoformat(bot.clients.get('Acme Dental')['end_date']) - timedelta(days=7))}" in body
    assert signed == "Priya"


def test_a_last_day_question_beside_a_password_prompt_fault_answers_both(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("2 things: what's our actual last day with you, and Dr Okafor's outlook keeps asking for her "
                                 "password every hour - can you fix?", "Acme Dental"))
    said = (decision.reply or decision.draft).text if decision.action != HANDOFF else decision.staff_notice.text
    assert "help desk" in said and end in said


def test_a_formal_letter_signed_by_the_partners_is_not_greeted_as_the_partners(bot):
    decision = bot.handle(client("Dear Sir/Madam,\nWe write to formally contest the notice. We consider the notice period "
                                 "insufficient under the terms of our agreement.\nYours faithfully,\nThe Partners, Acme Dental",
                                 "Acme Dental"))
    assert "Dear The Partners" not in decision.staff_notice.text


def test_a_busy_surgery_mentioned_in_a_plea_is_no_guess_at_the_reason(bot):
    decision = bot.handle(client("Dear team, I cannot understand why you would end our contract just before Christmas. We are "
                                 "left scrambling while trying to run a busy surgery. Please just tell me honestly what we "
                                 "did wrong.", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "The reason is late payment" in said and "amount of support" not in said


def test_saying_they_pay_every_invoice_on_the_day_is_no_offer(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Why are you letting us go?? We pay every invoice on the day!!", "Hooli Bakery"))
    assert "Thank you for the offer" not in decision.staff_notice.text and "it isn't about payment" in decision.staff_notice.text


def test_an_offer_to_come_back_is_thanked_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay rang offering to pay double if we take them back. Worth considering "
                              "tbh?")).reply.script
    assert script.count("appreciate") <= 1 and "back on" in script


def test_a_colleague_tempted_by_a_bigger_retainer_gets_the_no_with_the_reason(bot):
    text = bot.handle(staff("Tom says Globex want back and will go up to a much bigger retainer. He's tempted. "
                            "Thoughts?")).reply.text
    assert text.split("\n\n")[1].startswith("No: support for Globex Logistics ended on")


def test_a_summary_for_two_colleagues_covers_every_offboarding_not_only_theirs(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Give me a summary msg for Priya and Tom of where each offboarding stands as of today.")).reply.text
    assert "Hooli Bakery" in text and "Globex Logistics" in text and "Acme Dental" in text


def test_a_message_to_the_on_call_techs_is_for_the_team(bot):
    reply = bot.handle(staff("Write a Teams msg to the on-call techs: Acme is leaving but still gets normal support till the "
                             "end, don't refuse their tickets.")).reply
    assert "For the team (not for the client):" in reply.text and "Hi Acme Dental team" not in reply.text


def test_a_note_for_whoever_covers_the_inbox_is_for_the_team(bot):
    reply = bot.handle(staff("Tom's off next week and BrightPath keep emailing help@ about Globex. Write a short note for "
                             "whoever's covering the help@ inbox on what to do with those.")).reply
    assert "For the team (not for the client):" in reply.text and "Hello Globex" not in reply.text


def test_a_reminder_email_about_their_end_date_leads_with_the_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Can you draft a reminder email to Acme Dental about their end date? Keep it under 120 words, it "
                              "goes out from Priya.")).reply.script
    assert f"A quick reminder: {end} is your last day of support" in script


def test_why_and_what_the_new_provider_needs_in_a_second_language_are_both_drafted(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Hello, I am new manager in Hooli. I not understand why the contract is finish, we do "
                                 "something wrong? And what Castle Tech need from us? Sorry my english", "Hooli Bakery"))
    notice = decision.staff_notice.text
    assert "The reason is our team's capacity" in notice and "ask them to get in touch by" in notice


def test_whose_name_their_domain_is_in_is_the_domain_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Is hoolibakery.co.uk in our name or yours? Castle Tech wants to know", "Hooli Bakery"))
    assert decision.intent == "credentials_handover" and "Your domain is yours" in decision.staff_notice.text


def test_a_pasted_message_greeting_the_colleague_by_name_is_answered_by_them(bot):
    script = bot.handle(replace(staff("Acme's practice manager sent this, need a reply I can paste back: \"Hi Sam, I know we've "
                                      "been awful with invoices this year. We've got a new bookkeeper now and everything will be "
                                      "paid within 10 days from here on. Could we please forget the notice and carry on as "
                                      "before? We really don't want to move.\" Keep it kind but I don't want to leave any wiggle "
                                      "room."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_a_decline_names_a_fault_the_client_passed_on_in_their_own_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay just posted this in their channel, what do I say back? 'Our MD is locked out of his "
                              "email and we have a board meeting at 2. Can someone reset it PLEASE, it'll take you 2 "
                              "mins.'")).reply.script
    assert "not able to help with your email" in script


def test_a_phone_script_about_their_data_is_the_data_handover(bot):
    reply = bot.handle(staff("I'm ringing Acme tomorrow about their data since they still haven't picked anyone. Give me a "
                             "quick phone script, bullet points I can glance at.")).reply
    assert reply.text.find("external drive") > 0 and "keep logging tickets" not in reply.script


def test_a_pasted_threat_with_a_review_in_it_still_gets_a_reply_to_send(bot):
    reply = bot.handle(staff("Globex's ops director posted this in the shared channel, help me answer without making it "
                             "worse: 'You ditched us 2 weeks ago and now BrightPath says half our docs are missing. Fix it or "
                             "I'm writing a review on every site I can find.'")).reply
    assert reply.script.startswith("Hello Globex Logistics team,")


def test_what_to_say_next_time_they_ring_is_said_aloud(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's owner rings every few days shouting. Give me what to say next time, I'm losing "
                             "patience tbh")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_one_honest_sentence_is_one_sentence(bot):
    script = bot.handle(staff("globex keep asking 'but WHY' - give me one honest sentence")).reply.script
    body = script.split("\n\n")[1]
    assert body.startswith("The reason is") and body.count(". ") == 0


def test_a_checklist_of_our_own_access_to_pull_lists_it_for_the_team(bot):
    text = bot.handle(staff("The logistics lot (Globex) finished with us two weeks ago - post a checklist in #ops of our own "
                            "access we should pull now.")).reply.text
    assert "Please remove our own access" in text and "delegated admin on their tenant" in text


def test_a_handover_checklist_from_one_client_to_their_new_provider_is_the_one_to_share(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Give me a handover checklist for Hooli -> Castle Tech, slack-friendly list")).reply
    assert "Checklist to share:" in reply.text and "0/11 done" not in reply.text and "[ ]" not in reply.text


def test_a_pinned_message_about_holiday_cover_is_the_closure_note_promising_no_cover(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Write a pinned message for the Hooli Bakery channel about holiday cover")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script and "We can't promise cover while the office is shut" in script


def test_halving_their_tickets_if_we_keep_them_on_is_answered_with_the_decision(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Hooli's owner emailed saying they'll halve their ticket volume if we keep them on. Draft reply, "
                                "120 words max"))
    assert decision.intent == "second_chance" and "Our decision stands" in decision.reply.script


def test_three_bullets_on_where_all_the_offboardings_stand_is_the_team_roundup(bot):
    text = bot.handle(staff("3 bullets for Monday standup on where all the offboardings stand")).reply.text
    assert "For the team (not for the client):" in text and "Initech" not in text


def test_an_email_about_getting_their_data_back_is_the_data_handover(bot):
    script = bot.handle(staff("Draft the email to Acme about getting their data back. They've got no new IT company "
                              "yet")).reply.script
    assert "external drive" in script and "Finding the right provider can take time" not in script


def test_a_favour_asked_on_my_mobile_is_declined_in_my_name_with_the_fault_named(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay's old office guy rang my mobile asking me to just remote in and fix a printer, "
                                      "5 mins. fine to do it as a favour? write me the reply"),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_when_their_new_provider_should_be_talking_to_us_by_is_looked_up(bot):
    day = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    text = bot.handle(staff("when's the dentists' last day again + when should their new provider be talking to us "
                            "by?")).reply.text
    assert f"should contact us by {day}" in text


def test_keeping_just_their_email_hosting_with_us_after_the_end_is_not_a_backup_answer(bot):
    decision = bot.handle(client("Could we keep just the email hosting with you after Monday 21 December? We'd pay on time, "
                                 "promise.", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "backups" not in said and "hosted email provider" in said


def test_a_formal_letter_signed_by_a_department_is_not_greeted_by_it(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Dear Sir or Madam,\nOn behalf of Vandelay Imports I hereby formally request the "
                                 "reinstatement of IT support services under the previous terms.\nYours faithfully,\nOperations",
                                 "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Dear Operations" not in said


def test_the_new_provider_asking_us_to_renew_licences_after_the_end_is_a_no_with_the_move(bot):
    script = bot.handle(staff("BrightPath want us to renew Globex's 365 licences one last time 'so there's no gap'. Reply "
                              "draft, brief.")).reply.script
    assert "so we can't renew Globex Logistics' licences, even once" in script


def test_what_a_note_to_the_new_provider_should_say_is_the_note_to_them(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("i need to send castle tech a note about the Hooli handover, what should it say? we're closed "
                              "from xmas eve")).reply.script
    assert script.startswith("Hello Castle Tech team,") and "your last day of support" not in script


def test_a_day_offered_for_handing_over_data_is_before_our_closure_when_it_falls_in_their_notice(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("The bakery asked for copies of their backups. How do we do it?")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    assert f"before our office closes on {long_date(closed[0])}" in script and f"Any day before {end}" not in script


def test_a_note_to_the_account_owner_greets_them_and_does_not_point_questions_at_them(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Acme Dental")["account_owner"]
    text = bot.handle(staff(f"Write a Teams message to {owner} with where Acme stands and what's left before the "
                            "end.")).reply.text
    assert f"Hi {owner}, here's where the Acme Dental handover stands" in text and "leads it: send questions there" not in text


def test_a_really_nice_thank_you_relayed_is_thanked_warmly(bot):
    script = bot.handle(staff("Globex sent a really nice thank-you. Draft a warm reply, 2 sentences.")).reply.script
    assert "Thank you for your kind message" in script and "disappointing" not in script


def test_an_active_client_worried_about_a_failed_backup_is_left_to_the_help_desk(bot):
    decision = bot.handle(client("Our backup report email said 'failed' last night. Should we be worried?", "Initech"))
    assert decision.action == IGNORE and decision.intent != "leaving_us"


def test_an_ex_clients_quick_fix_for_broken_permissions_is_the_kind_no(bot):
    decision = bot.handle(client("Need a quick fix: shared mailbox permissions are broken. 5 minutes of your time, tops.",
                                 "Globex Logistics"))
    assert decision.intent == "after_end_request" and "no longer able to take on requests" in decision.reply.text


def test_whether_a_client_really_never_got_their_documentation_is_the_record(bot):
    text = bot.handle(staff("Globex says they never got their documentation from us. Is that true?")).reply.text
    assert text.startswith("From the record") and "documentation open" in text


def test_telling_a_client_in_notice_we_stop_their_tickets_today_is_a_no(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("draft a slack reply to Hooli telling them we're stopping tickets from today, we're "
                            "swamped")).reply.text
    assert "is a full client, however the relationship has gone" in text


def test_a_paragraph_for_a_new_hire_on_how_we_end_client_relationships_is_written(bot):
    reply = bot.handle(staff("Give me one paragraph for our new hire explaining how we end client relationships")).reply
    assert "give proper notice, explain the reason honestly" in reply.script and "outside what I can answer" not in reply.text


def test_a_text_is_signed_by_the_colleague_who_sends_it(bot):
    script = bot.handle(replace(staff("text to Acme Dental, 160 characters MAX, remind them of their last day + ask if they've "
                                      "chosen a new provider"), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("- Sam, Northwind IT") and len(script) <= 160


def test_summarising_a_client_for_a_colleague_is_a_status_report_for_us(bot):
    text = bot.handle(staff("Summarise Acme Dental for Priya in 5 bullets so she's up to speed")).reply.text
    assert "Status report (for us, not for the client):" in text and "Once you've chosen a new provider" not in text


def test_a_company_post_on_whos_leaving_us_is_the_roundup(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Teams post for the whole company: who's leaving us and key dates before the holidays. Keep it "
                             "short, no gossip.")).reply
    assert "For the team (not for the client):" in reply.text and "[client]" not in reply.text and "Hooli Bakery" in reply.text


def test_a_domain_left_in_our_registrar_account_is_moved_to_them_not_a_login_handed_over(bot):
    decision = bot.handle(client("our domain is still sitting in your registrar account apparently. transfer it to us pls",
                                 "Globex Logistics"))
    notice = decision.staff_notice.text
    assert "move the domain and its DNS into a registrar account in your own name" in notice and "registrar login is yours" not in notice


def test_all_settled_with_the_new_provider_is_thanks_not_a_payment(bot):
    decision = bot.handle(client("All settled with BrightPath now - thanks for making the switch painless.",
                                 "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert "about the payment" not in said and "Thank you for your kind words" in said


def test_the_week_before_deadline_for_a_new_provider_is_looked_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("What's the week-before deadline for Hooli's new provider?")).reply.text
    assert "Hooli Bakery's new provider should contact us by" in text


def test_a_catch_up_note_for_a_colleague_is_a_status_report_for_us(bot):
    text = bot.handle(staff("Priya's off today. Write her a catch-up note on where Acme stands so she can pick it up "
                            "tomorrow.")).reply.text
    assert "Status report (for us, not for the client):" in text and "Hello Acme Dental team" not in text


def test_which_clients_are_still_in_their_notice_period_is_the_record(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Which clients are still in their notice period and when do they finish?")).reply.text
    assert text.startswith("From the record") and "Acme Dental: last day of support" in text and "Hooli Bakery" in text


def test_a_script_is_signed_by_the_colleague_who_asks_and_sends_it(bot):
    # Sam sends what Sam asked for: Priya (the account owner) signs only what is hers to send.
    sams = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day of support"),
                              sender_name="Sam Taylor")).reply.script
    priyas = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day, for Priya to send"),
                                sender_name="Sam Taylor")).reply.script
    nobodys = bot.handle(staff("Draft an email to Acme Dental confirming their last day of support")).reply.script
    assert sams.rstrip().endswith("\nSam Taylor\nNorthwind IT")
    assert priyas.rstrip().endswith("\nPriya\nNorthwind IT") and nobodys.rstrip().endswith("\nPriya\nNorthwind IT")


def test_a_script_from_the_team_is_signed_by_the_team_whoever_asks(bot):
    script = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day, sign it as the team"),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("The Northwind IT team") and "Sam Taylor" not in script


@pytest.mark.parametrize("text", [
    "Draft an email from Priya to Acme Dental confirming their last day",
    "Cover note for Acme Dental's final invoice. Priya signs. Keep it neutral.",
    "Acme Dental asked to stay on for January. Priya wants a short no, under 60 words.",
    "Acme Dental sent this to Priya: \"we think the notice was unfair and want to talk about it\". Draft her answer.",
])
def test_a_script_a_named_colleague_sends_is_signed_by_them_not_the_asker(bot, text):
    script = bot.handle(replace(staff(text), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT") and "Sam Taylor" not in script


@pytest.mark.parametrize("text", [
    "Can you rewrite our 'support is ending' message for Acme Dental in simpler English? Their office manager isn't a "
    "native speaker.",
    "The practice manager at Acme Dental isn't very confident in English. Write her a simple email about the last day.",
])
def test_a_message_about_the_end_for_a_reader_with_little_english_is_the_plain_plan(bot, text):
    acme = bot.clients.get("Acme Dental")
    script = bot.handle(staff(text)).reply.script
    assert f"Our IT support for you ends on {long_date(date.fromisoformat(acme['end_date']))}." in script
    assert all(len(sentence.split()) <= 25 for sentence in re.split(r"(?<=[.?!])\s+", script.split("\n\n")[1]))


def test_a_post_for_the_clients_channel_about_our_closure_is_the_closure_note_posted_unsigned(closed):
    reply = closed.handle(replace(staff("need a slack post for hooli bakery's channel about the xmas closure and what it "
                                        "means for the handover"), sender_name="Sam Taylor")).reply
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply.script
    assert "by Wednesday 23 December 2026" in reply.script and "Sam Taylor" not in reply.script


def test_a_message_confirming_we_received_their_apology_thanks_them_for_it(bot):
    script = bot.handle(staff("Write a message for the Acme Dental channel confirming that we've received their apology "
                              "but the decision stands. Two sentences.")).reply.script
    assert "Thank you for the apology" in script and re.search(r"decision (?:is final|stands)", script)


def test_who_to_call_after_we_have_gone_is_the_new_provider(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("so who do we even call when something breaks after you guys are gone??", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    script = bot.handle(staff("write a quick reply to Hooli Bakery's message 'so who do we even call when something "
                              "breaks after you guys are gone??'")).reply.script
    assert "From then on, Castle Tech is who to call" in said and "From then on, Castle Tech is who to call" in script


def test_who_to_call_after_we_have_gone_with_no_provider_chosen_offers_to_suggest_some(bot):
    decision = bot.handle(client("who do we call for help after you're gone?", "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert "your new IT provider is who to call; if you haven't chosen one yet, we're happy to suggest a few" in said


def test_what_to_tell_a_new_starter_about_a_client_is_for_the_team_not_a_letter_to_the_client(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("New starter asked me what Vandelay actually did wrong. What should I tell him?")).reply.text
    assert "For the team (not for the client):" in text and "Hello Vandelay Imports team" not in text


def test_a_note_from_one_person_to_the_new_provider_is_written_to_the_provider(bot):
    reply = bot.handle(staff("Write a note from Sam to BrightPath IT saying we won't be answering config questions about "
                             "Globex anymore. 3-4 sentences.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "For the team" not in reply.text


def test_a_close_out_email_so_there_are_no_loose_ends_is_a_letter_not_the_checklist(bot):
    reply = bot.handle(staff("one last close-out email to Globex so there are no loose ends. under 100 words")).reply
    assert "Checklist to share" not in reply.text and "Handover checklist: Globex" not in reply.script
    assert reply.script.startswith("Hello Globex Logistics team,") and "ended on" in reply.script


def test_the_m365_global_admin_wanted_by_the_new_provider_is_the_admin_account_not_licences(bot):
    reply = bot.handle(staff("Priya's off sick. Globex's new provider BrightPath wants the M365 global admin handed over "
                             "'asap'. What do I do?")).reply
    assert "global admin account" in reply.script and "licences" not in reply.script


def test_a_close_out_letter_to_an_ex_client_promises_removing_our_tools_and_never_says_it_is_under_way(bot):
    # Nothing on record says our tools are coming off "now": the letter says what closing out will do, and confirms it.
    script = bot.handle(staff("one paragraph letter to Globex confirming we've closed everything out and thanking them"
                              )).reply.script
    assert "we'll remove our own access and management tools from your systems and confirm it to you in writing" in script
    assert "now closing out" not in script and "Thank you for working with us." in script


def test_how_and_when_after_a_request_asks_about_it_not_about_some_other_point(bot):
    said = bot.handle(client("We want a full copy of our patient records and emails before you go. How and when?",
                             "Acme Dental")).staff_notice.text
    assert "full copy of your data on an external drive" in said and "other points in your message" not in said


@pytest.mark.parametrize("text", ["Email's down for everyone. URGENT.", "servers are down"])
def test_an_outage_reported_by_an_ex_client_is_declined_kindly_with_the_day_support_ended(bot, text):
    globex = bot.clients.get("Globex Logistics")
    decision = bot.handle(client(text, "Globex Logistics"))
    assert decision.action == REPLY and f"ended on {long_date(date.fromisoformat(globex['end_date']))}" in decision.reply.text


def test_a_short_email_suggesting_an_email_provider_as_a_fallback_says_so_within_its_words(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("60 words max email to Hooli suggesting an email provider in case Castle Tech isn't ready "
                             "by the end")).reply
    body = reply.script.split("\n\n")[1]
    assert "If Castle Tech isn't ready by" in body and "hosted email provider" in body and len(body.split()) <= 60


def test_draft_said_last_asks_for_the_words_too(bot):
    reply = bot.handle(staff("acme asking if they can come back in a year if things change. what do we say? draft")).reply
    assert reply.script.startswith("Hello Acme Dental team,") and "won't be taking the account back on" in reply.script


def test_a_super_short_post_in_the_clients_shared_channel_is_a_chat_message(bot):
    reply = bot.handle(staff("post in Acme's shared channel that we're parting ways - they know by email, want it in "
                             "slack too. super short")).reply
    said = re.split(r"(?<=[.?!])\s+", reply.script.split("\n", 1)[1])
    assert "Ready to post as a chat message:" in reply.text and len(said) <= 3 and "the decision stands" in said[0]


def test_a_clause_of_the_agreement_held_against_us_is_checked_not_argued_and_priyas_reply_is_signed_by_her(bot):
    reply = bot.handle(replace(staff("Acme's practice manager writes: \"Dear Priya, Under clause 14 of our agreement you "
                                     "must give 90 days' notice. We expect service until March.\" Draft Priya's reply."),
                               sender_name="Sam Taylor")).reply
    assert "We'll check the point you raise against our agreement" in reply.script
    assert reply.script.rstrip().endswith("\nPriya\nNorthwind IT") and "The reason is" not in reply.script


def test_a_client_message_they_just_wrote_is_theirs_to_answer_not_a_draft_of_ours_to_check(bot):
    reply = bot.handle(staff("Acme Dental just wrote this in their channel: \"We've set up a standing order and will pay "
                             "on day one from now on. Surely that changes things?\" Write me a reply I can paste, 3 "
                             "sentences max.")).reply
    assert "Reading your draft" not in reply.text and re.search(r"decision (?:is final|stands)", reply.script)


def test_which_licences_an_ex_client_had_and_when_they_renew_is_checked_by_a_person_not_a_full_handover(bot):
    script = bot.handle(staff("Draft a reply to Globx: \"Can you remind us which licences we had with you and when they "
                              "renew?\"")).reply.script
    assert "will check which licences were billed through us and when each renews" in script
    assert "backup encryption keys" not in script and "full control of everything" not in script


def test_give_me_the_wording_asks_for_the_words(bot):
    reply = bot.handle(staff("Acme want to know if they can come back in the new year on the same terms once they 'sort "
                             "out their accounts'. What do I say? Give me the wording.")).reply
    assert reply.script.startswith("Hello Acme Dental team,")


def test_an_ex_clients_new_it_person_needing_the_admin_username_is_handed_to_a_person_never_declined(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("our new guy needs the admin username for the file server, whats it called?",
                                 "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"


def test_a_reply_a_named_colleague_can_post_is_signed_by_them_and_signing_as_a_first_name_is_in_full(bot):
    tom = bot.handle(replace(staff("Globex posted: \"the dispatch shared mailbox stopped showing in outlook this "
                                   "morning, can someone remote in?\" draft a reply Priya can post"),
                             sender_name="Sam Taylor")).reply.script
    sam = bot.handle(replace(staff("Draft my reply to Acme Dental asking why we're ending it. Keep it kind, I'm signing "
                                   "as Sam."), sender_name="Sam Taylor")).reply.script
    assert tom.rstrip().endswith("\nPriya\nNorthwind IT") and sam.rstrip().endswith("\nSam Taylor\nNorthwind IT")


def test_an_active_client_told_its_contract_is_ending_goes_to_a_person(bot):
    decision = bot.handle(client("We just got a message saying our contract is ending?? When is our last day?", "Initech"))
    assert decision.action == HANDOFF and decision.intent == "leaving_us"


def test_an_account_disputed_as_settled_late_is_no_payment_to_thank(bot):
    decision = bot.handle(client("Dear Sirs, We note your assertion that our account has been settled late. We dispute this "
                                 "characterisation and request that you withdraw the notice of termination. Yours "
                                 "faithfully, Practice Management", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "about the payment" not in said and "late payment" in said


def test_coaching_on_an_ex_clients_setup_question_presumes_no_handover_pack(bot):
    text = bot.handle(staff("BrightPath rang asking how we set up Globex's firewall rules. Fine to just tell them?")).reply.text
    assert "handover pack" not in text and "what was handed over is our answer" in text


def test_why_an_invoice_says_project_work_is_a_billing_question_not_the_reason_we_ended(bot):
    said = bot.handle(client("Can you reset Mike's password and also tell us why the October invoice says 'project work'?",
                             "Globex Logistics")).staff_notice.text
    assert "check it with our billing team" in said and "The reason is" not in said


def test_leaving_a_voicemail_is_no_review_threat(closed):
    reply = closed.handle(replace(staff("I'll be leaving a voicemail for Hooli Bakery tomorrow. Script please, should fit "
                                        "in about 30 seconds."), sender_name="Sam Taylor")).reply
    assert "unhappy" not in reply.script and "Castle Tech" in reply.script and "Monday 4 January 2027" in reply.script


def test_a_checklist_email_asked_to_be_signed_by_a_named_colleague_is_signed_by_them(bot):
    script = bot.handle(replace(staff("Draft the handover checklist email we send Acme so they know what they're getting. "
                                      "Numbered list, sign Priya Shah."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya Shah\nNorthwind IT")


def test_a_client_citing_a_notice_period_in_the_agreement_has_it_checked_by_a_person_not_reassured(bot):
    decision = bot.handle(client("Dear Sir or Madam, Further to your notice of Friday 20 November 2026, we wish to point "
                                 "out that our service agreement requires a notice period of ninety days. We therefore "
                                 "expect services to continue until the end of February at the earliest. Please confirm "
                                 "in writing.", "Acme Dental"))
    assert decision.action == HANDOFF
    assert "We'll check the point you raise against our agreement, and I'll reply" in decision.staff_notice.text


def test_a_new_provider_saying_the_client_asked_them_to_take_over_is_answered_as_the_provider(bot):
    decision = bot.handle(client("Hi, Nadia here from CoreDesk IT. Acme Dental have asked us to take over. What's your "
                                 "deadline for us to get in touch and who should I speak to?", "Acme Dental"))
    assert decision.action == HANDOFF and "Thank you for getting in touch about Acme Dental" in decision.staff_notice.text


def test_a_client_asking_us_to_switch_off_our_monitoring_is_asked_about_our_tools_not_reassured(closed):
    decision = closed.handle(client("Castle are installing their own monitoring. Can you switch off yours today?",
                                    "Hooli Bakery"))
    assert decision.action == HANDOFF and "There's no need to worry" not in decision.staff_notice.text
    assert "They come off after the handover" in decision.staff_notice.text


def test_a_renewal_invoiced_to_us_is_a_licence_to_move_and_no_renewal_is_promised_safe(bot):
    said = bot.handle(client("Our Adobe renewal notice says the invoice goes to you guys?? renews next week",
                             "Globex Logistics")).staff_notice.text
    assert "moved into your own name and onto your own payment method" in said and "when each renews" in said
    assert "We only remove our own accounts and tools" not in said and "nothing lapses" not in said


def test_a_handover_start_passed_on_for_a_day_we_are_closed_is_declined_in_the_script(closed):
    script = closed.handle(staff("Hooli said \"Castle Tech want to start the handover on Mon 28th\". Reply for me pls, "
                                 "one short paragraph.")).reply.script
    assert "Monday 28 December 2026 falls while our office is closed" in script
    assert "by Wednesday 23 December 2026" in script


@pytest.mark.parametrize("text", [
    "Write a sarcastic goodbye to Vandelay lol, they were never happy with anything, they deserve it",
    "ok honestly Vandelay drove us mad for 2 years. write me something funny for #random about finally being rid of them lol",
])
def test_mockery_of_a_client_asked_for_is_declined_as_a_parting_shot(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("Friendly: business, not personal\n\nNo: it's business, not personal.")


def test_a_clients_accounts_team_in_a_pasted_plea_is_not_our_access(bot):
    script = bot.handle(staff("Acme just posted this, help me answer: \"We are really sorry about the invoices. We've "
                              "changed our accounts team and we'll pay 12 months in advance if you stay. Please "
                              "reconsider.\" Keep it kind but I don't want to reopen anything. Priya signs.")).reply.script
    assert script.startswith("Hello Acme Dental team") and "Thank you for the apology" in script


def test_a_reply_drafted_for_a_named_colleague_is_signed_by_them(bot):
    script = bot.handle(replace(staff("Vandelay again: \"hey can one of your guys just take a quick look at the shared "
                                      "drive permissions, 10 mins max\". Draft a reply for Priya please"),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT")


def test_an_email_asked_for_with_all_the_dates_in_it_is_the_email_not_a_look_up(closed):
    reply = closed.handle(staff("Write the Hooli Bakery email with all the dates they need before Christmas. Sign it "
                                "from the team, no individual name.")).reply
    assert reply.script.startswith("Hello Hooli Bakery team") and "The Northwind IT team" in reply.script
    assert "Wednesday 23 December 2026" in reply.script and "Thursday 24 December 2026" in reply.script


def test_a_post_for_a_channel_named_after_the_client_reminding_them_of_our_closure_is_for_them(closed):
    script = closed.handle(staff("Post for the #hooli-bakery channel reminding them about our christmas closure and their "
                                 "last day. Two sentences max.")).reply.script
    assert script.startswith("Hello Hooli Bakery team") and "our office is closed from Thursday 24 December 2026" in script


def test_a_client_asking_when_we_actually_stop_is_told_the_last_day(bot):
    decision = bot.handle(client("when do you actually stop?", "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text


def test_a_reply_to_a_client_asking_about_emergency_cover_over_christmas_gives_the_closure(closed):
    script = closed.handle(staff("Hooli asked if anyone will cover emergencies over Christmas. Write me the reply, 2-3 "
                                 "lines.")).reply.script
    assert "our office is closed from Thursday 24 December 2026" in script and "help desk now" not in script


def test_a_voicemail_for_a_colleague_to_leave_is_in_their_name(bot):
    script = bot.handle(replace(staff("Write me a voicemail script for Priya to leave Acme Dental, about 30 seconds."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Priya from Northwind IT")


def test_a_domain_in_our_own_registrar_account_is_transferred_not_called_their_login(bot):
    script = bot.handle(staff("Globex's domain is still registered under our registrar account. They haven't asked. Do "
                              "we do anything?")).reply.script
    assert "registrar login is yours" not in script and "send the transfer code" in script


def test_doubling_what_they_paid_is_an_offer_declined_not_a_payment_thanked(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("We'll double what we paid. Come back.", "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "about the payment" not in said and "Thank you for the offer" in said


def test_a_client_asking_if_they_did_something_wrong_is_told_plainly_they_did_not_when_it_was_our_capacity(closed):
    said = closed.handle(client("Why are you letting us go? Did we do something wrong?", "Hooli Bakery")).staff_notice.text
    assert "You haven't done anything wrong" in said and "our team's capacity" in said


def test_who_a_clients_new_provider_should_talk_to_is_the_account_owner_by_name(bot):
    said = bot.handle(client("Who should our new IT company talk to and by when?", "Acme Dental")).staff_notice.text
    assert "I look after your account and am the person for them to speak to" in said


def test_whether_data_was_sent_and_what_is_owed_are_both_looked_up(bot):
    text = bot.handle(staff("Did we already send Acme their data? And how much do they still owe us?")).reply.text
    assert "data-export open" in text and "No amounts are on record for Acme Dental" in text


def test_an_end_month_checked_and_the_providers_email_are_both_looked_up(bot):
    text = bot.handle(staff("Globex finished sometime in October right? And what's BrightPath's email again?")).reply.text
    assert "support ended on" in text and "BrightPath IT; no contact for them is on record" in text


def test_whether_an_active_client_is_next_is_answered_from_the_record(bot):
    text = bot.handle(staff("Initech's MD asked me in the corridor if they're next. Are they on the list?")).reply.text
    assert "Initech is an active client" in text


def test_an_email_asking_for_the_new_providers_contact_details_is_the_handover_not_the_credentials(closed):
    script = closed.handle(staff("Email to Hooli Bakery asking for Castle Tech's contact details, under 100 words")).reply.script
    assert "share Castle Tech's contact details" in script and "backup encryption keys" not in script


def test_a_pinned_message_about_how_support_works_over_christmas_is_the_closure_note(closed):
    script = closed.handle(staff("Need a pinned message for Hooli's channel about how support works over Christmas. "
                                 "Short.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_providers_setup_question_naming_missing_notes_is_declined_with_what_is_missing_offered(bot):
    decision = bot.handle(client("Hi, BrightPath IT here (Globex's provider). Quick one - how was the site-to-site VPN "
                                 "configured on their old firewall? Can't find notes.", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert decision.intent == "provider_config_question" and "no longer able to take on questions about how" in said


def test_a_day_asked_for_in_our_closure_is_declined_without_calling_it_the_handover(closed):
    said = closed.handle(client("Our card machines will need updating over christmas, can someone from your lot help on "
                                "Tuesday 29 December?", "Hooli Bakery"))
    text = (said.reply or said.draft or said.staff_notice).text
    assert "falls while our office is closed, so nobody from our team will be available that day" in text


def test_an_angry_ex_client_still_without_their_data_is_told_it_is_theirs_and_checked(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("We still haven't got our data back from you. This is getting ridiculous.",
                                 "Vandelay Imports"))
    assert decision.intent == "data_export" and "We'll check what we still hold for you" in decision.staff_notice.text


def test_a_licence_renewal_charged_after_the_end_is_checked_and_the_licences_moved(bot):
    said = bot.handle(client("We got charged for a Microsoft renewal this month by you. Didn't think we had anything with "
                             "you anymore?", "Globex Logistics")).staff_notice.text
    assert "check it with our billing team" in said and "Any licences still billed through us will move" in said


def test_an_ex_client_asking_for_a_recommendation_is_not_asked_to_ask_again(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("we still havent found a new IT company. who would you recommend?", "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "reply here and" not in said and "will send you some names" in said


def test_a_ping_to_a_colleague_described_after_their_name_asks_them_the_question_not_the_request(bot):
    script = bot.handle(staff("ping for Priya: need a short internal slack asking her to confirm whether Acme ever "
                              "signed off the handover + whether we've pulled our RMM agents. write it for me")).reply.script
    assert script.startswith("Hi Priya, could you confirm whether Acme ever signed off the handover and whether")
    assert "need a short internal slack" not in script


def test_years_of_fees_and_a_demand_for_an_explanation_get_the_reason_not_thanks_for_a_payment(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed again 'Four years we paid you and the moment things get hard you walk off. "
                              "Nobody else would treat a client like this. I want an explanation.' Reply for Priya pls, "
                              "120 words max, no grovelling")).reply.script
    assert "about the payment" not in script and "The reason is" in script


def test_a_reply_written_as_a_named_colleague_is_signed_by_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay wrote 'Could we come back to you on the same terms as before?' Reply as "
                                      "Priya. 100 words or under."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT")


def test_an_email_confirming_the_dates_around_christmas_gives_the_closure(closed):
    script = closed.handle(staff("Email to Hooli Bakery confirming the dates around Christmas and their last day. Under 100 "
                                 "words, no exclamation marks please, sign off as Sam Taylor.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_formal_no_we_write_first_keeps_the_decision_when_the_thanks_for_writing_is_dropped(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming we won't be taking them on again. Sign Priya "
                              "Shah.")).reply.script
    assert "\nOur support ended on " in script and "we won't be taking the work back on" in script


def test_sign_and_a_colleagues_first_name_signs_as_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay asked for their data. Short email, sign Priya."),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT")


def test_a_client_asking_what_the_final_bill_will_be_is_told_it_will_be_confirmed_in_writing(bot):
    said = bot.handle(client("what's our final bill going to be? need to budget", "Acme Dental")).staff_notice.text
    assert "I'll confirm to you in writing whether anything is still owed" in said and "own accounts and tools" not in said


def test_thanks_a_client_said_is_thanked_back_not_declined(bot):
    script = bot.handle(staff("Globex said thanks for the smooth handover. One-liner reply.")).reply.script
    assert "Thank you for your kind words" in script and "not able to help" not in script


def test_an_extension_declined_offers_no_options_nobody_asked_for(closed):
    script = closed.handle(staff("Hooli asked to extend to end of January. Reply, under 60 words.")).reply.script
    assert "month to month" not in script and "the last day stays as it is" in script


def test_a_team_post_about_two_clients_covers_both_within_the_lines_asked(closed):
    script = closed.handle(staff("need a slack post for #team saying we're parting ways with acme dental and hooli bakery. "
                                 "neutral, 3 lines max")).reply.script
    lines = script.splitlines()
    assert len(lines) <= 3 and any(line.startswith("- Acme Dental:") for line in lines)
    assert any(line.startswith("- Hooli Bakery:") for line in lines)


@pytest.mark.parametrize("asked", [
    lambda bot: (bot.handle(client("so does support stop today??", "Acme Dental")).reply.text),
    lambda bot: (bot.handle(staff("Someone in the Acme Dental channel just asked 'so does support stop today??'. 2 line "
                                  "reply for me to post.")).reply.script),
])
def test_whether_support_stops_today_is_answered_with_the_last_day(bot, asked):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    said = asked(bot)
    assert end in said and "reassure you about the weeks ahead" not in said and "exactly as they are" not in said


def test_a_client_asking_whose_card_paid_a_renewal_is_not_thanked_for_an_offer(bot):
    add_vandelay(bot.clients)
    said = bot.handle(client("Our domain renewal bounced - was the card on file yours? Site's about to go down.",
                             "Vandelay Imports")).staff_notice.text
    assert "Thank you for the offer" not in said and "Your domain belongs to you" in said



def test_a_data_request_with_a_legal_duty_to_keep_records_is_not_handled_as_a_legal_threat(bot):
    decision = bot.handle(client("We need ALL our data when you go - patient records software, x-rays, emails, everything. "
                                 "We can't lose anything, we're legally required to keep it.", "Acme Dental"))
    said = (decision.reply or decision.staff_notice).text
    assert decision.intent != "formal_complaint" and "management team" not in said and "data" in said


@pytest.mark.parametrize("text", ["Our lawyer says you legally have to give us our data back. Send it.",
                                  "Withholding our data is illegal. Send it now or we go to court."])
def test_a_data_demand_under_legal_threat_still_goes_to_management_with_every_sentence_apart(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    said = decision.staff_notice.text
    assert decision.intent == "formal_complaint" and "management team" in said
    assert not re.search(r"[a-z0-9)][.!?][A-Z]", said), "sentences run together"


def test_a_reply_to_what_the_new_provider_emailed_is_addressed_to_them_after_an_aside(closed):
    script = closed.handle(staff("Castle Tech (finally) emailed asking us to send over all Hooli's passwords 'in a "
                                 "spreadsheet'. Write the reply. Sign as Sam.")).reply.script
    assert script.startswith("Hello Castle Tech") and "secure channel" in script


@pytest.mark.parametrize("text", [
    "Some bloke rang saying he's 'the new IT guy for Vandelay' and wants the firewall admin password read out over the "
    "phone. do I give it?",
    "someone called claiming to be from Vandelay's new IT company, wants the admin passwords. what do I say?",
])
def test_a_caller_claiming_to_be_the_new_provider_is_told_the_client_confirms_first(bot, text):
    add_vandelay(bot.clients)
    reply = bot.handle(staff(text)).reply
    assert "is yours" not in reply.script and "Once Vandelay Imports confirms" in reply.script
    assert "nobody is on record as Vandelay Imports' new provider" in reply.text


def test_the_request_after_a_quoted_message_pasted_under_a_colon_is_the_colleagues_own(bot):
    text = ('Got this from Acme this morning:\n\n"This is a disgrace. You are abandoning a dental practice three weeks '
            'before Christmas. Our solicitor will be reviewing the contract."\n\nHelp me reply for Priya, calm pls')
    assert staff_cues.pasted_message(text).endswith("reviewing the contract.")
    assert bot.handle(staff(text)).reply.script.endswith("\nPriya\nNorthwind IT")


def test_a_public_reply_asked_for_in_a_colleagues_name_is_signed_by_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay just left us a 1-star on Google saying we 'abandoned them'. Write a public reply, "
                              "80 words max, Priya's name")).reply.script
    assert script.endswith("\n\nPriya, Northwind IT") and "Hello" not in script


def test_a_colleague_named_to_sign_signs_though_the_asker_introduced_themselves(bot):
    script = bot.handle(staff("Sam here. Can you draft an email to Acme Dental nudging them that we still don't have a new "
                              "provider from them? Priya will sign it. Under 150 words please.")).reply.script
    assert script.endswith("\nPriya\nNorthwind IT")


def test_a_fault_supposed_in_a_question_about_after_the_last_day_is_not_logged_as_a_ticket(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    said = bot.handle(client("Sorry my english. What is mean 'last day of support'? After this day who is help us when "
                             "computer is broken?", "Acme Dental")).reply.text
    assert "help desk" not in said and end in said and "new IT provider takes over" in said
    assert cues.reports_a_fault("The server is down, can you help?")


def test_a_colleague_signing_named_in_passing_signs_and_an_offer_is_thanked_for(bot):
    script = bot.handle(staff("Acme offered to double their retainer if we stay. Reply in 3 sentences, Priya signing.")).reply.script
    assert script.endswith("\nPriya\nNorthwind IT") and "Thank you for the offer" in script


@pytest.mark.parametrize("text", [
    "Someone on the team suggested we 'accidentally' let Acme's backups lapse since they pay late anyway. Write a Teams "
    "post shutting that down, nicely.",
    "one of the techs reckons we should slow-walk Acme's tickets till they leave. slack post shutting that down pls",
])
def test_a_post_answering_a_colleagues_idea_is_written_for_the_team_not_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Acme Dental team" not in reply.script and "(not for the client)" in reply.text
    assert reply.script.startswith("Hi all, let's not:") and "switched off, cut back or held back" in reply.script


def test_a_client_asking_whose_licences_they_are_is_answered_about_the_licences(bot):
    decision = bot.handle(client("Hello, I ask please: the Office licences, they are belong to us or to you? After Monday 21 "
                                 "December we can still use them?", "Acme Dental"))
    assert decision.intent == "credentials_handover" and "into your own name" in decision.staff_notice.text


def test_a_final_wrapped_up_email_to_an_ex_client_is_the_close_out_letter_not_a_decline(bot):
    script = bot.handle(staff("Tom wants a final 'all wrapped up' email to Globex. Draft it for him.")).reply.script
    assert "close out" in script and "not able to" not in script and "no longer able" not in script


def test_the_amount_of_a_final_invoice_asked_is_said_to_be_off_the_record(bot):
    said = bot.handle(staff("how much was Globex's final invoice?")).reply.text
    assert "No amounts are on record for Globex Logistics" in said


def test_a_colleague_covering_for_an_owner_who_is_away_gets_the_letter_in_their_own_name(bot):
    reply = bot.handle(replace(staff("Priya's off sick this week. I need to send Acme the reminder myself - redo it signed "
                                     "by me (Sam Taylor), mention Priya's back next week"), sender_name="Sam Taylor")).reply
    assert reply.script.endswith("Sam Taylor\nNorthwind IT") and "get in touch by" in reply.script
    asked = bot.handle(replace(staff("Priya's off this week. Can I sign the Acme letters myself?"), sender_name="Sam Taylor"))
    assert asked.intent != "unrelated_staff" and "Priya is away, so the script is signed by Sam Taylor" in asked.reply.text


def test_a_handover_checklist_to_paste_into_slack_for_the_client_is_the_checklist(bot):
    reply = bot.handle(staff("Make me a handover checklist for the dental practice I can paste into Slack. Max 10 items.")).reply
    assert "Handover checklist: Acme Dental" in reply.text and "Hi Acme Dental team" not in reply.text


def test_an_email_telling_the_client_what_they_get_from_us_lists_the_handover(bot):
    script = bot.handle(staff("Acme's dentist isn't techy at all. Plain-English email, under 200 words, telling her what "
                              "she'll get from us before we finish. Priya signing.")).reply.script
    assert "we'll hand over everything that is yours" in script and "keep logging tickets" not in script


def test_a_team_post_of_the_clients_in_transition_lists_only_them_with_the_closure_deadline(closed):
    text = closed.handle(staff("Write a Teams post for the internal team listing which clients are in transition and the "
                               "dates that matter. Bullets fine.")).reply.text
    in_notice = {each["name"] for each in closed.clients.in_offboarding() if each["phase"] == "transition"}
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == in_notice and "Hooli Bakery" in in_notice
    assert "(before our office closes on" in text


def test_an_all_staff_post_of_who_is_leaving_is_a_post_for_the_team(bot):
    text = bot.handle(staff("Can you do an all-staff Slack post summarising which clients are leaving and the key dates? "
                            "keep it skimmable")).reply.text
    assert "(not for the client)" in text and "- Acme Dental:" in text


def test_a_table_of_every_offboarding_asked_for_is_answered_from_the_record(bot):
    text = bot.handle(staff("can you give me one table of every client we're offboarding with the dates")).reply.text
    assert text.startswith("From the record") and "Acme Dental: last day of support" in text


def test_a_client_asking_which_of_two_days_the_contract_ends_gets_the_last_day(closed):
    decision = closed.handle(client("Hello, we not understand: the contract end on Monday 4 January or in December? Thank you",
                                    "Hooli Bakery"))
    end = long_date(date.fromisoformat(closed.clients.get("Hooli Bakery")["end_date"]))
    assert decision.intent == "end_date" and f"The last day of our support is {end}" in (decision.reply or decision.draft).text


def test_a_dm_reminding_the_account_owner_is_written_to_them_not_the_client(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Remind Tom in a Teams DM that BrightPath may call about Globex and he shouldn't do freebies. "
                              "keep it light")).reply.script
    assert script.startswith("Hi Tom,") and "Globex Logistics team" not in script and "questions to Tom" not in script


def test_a_welcome_to_the_new_provider_joining_the_channel_is_written_to_them(closed):
    script = closed.handle(staff("Castle Tech just joined the Hooli channel. Write a welcome from me that sets out what we "
                                 "need from them.")).reply.script
    assert script.startswith("Hello Castle Tech team,") and "handover" in script


def test_a_client_asking_if_other_clients_are_dropped_too_hears_others_are_confidential(bot):
    said = bot.handle(client("Are you dropping other clients too or is it just us?", "Acme Dental")).reply.text
    assert "we can't talk about anyone else's" in said and "That's a fair question" not in said


def test_sarcasm_is_handed_to_a_person_not_thanked_for_goodwill(closed):
    decision = closed.handle(client("Dumping a small bakery right before Christmas. Classy. Don't expect us to recommend you "
                                    "to anyone.", "Hooli Bakery"))
    assert decision.action == HANDOFF and decision.intent == "angry_client" and "no hard feelings" not in decision.staff_notice.text


def test_a_phone_call_about_a_review_gets_a_call_script_not_the_public_reply(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("I'm ringing Vandelay's MD this afternoon because they've put up a one-star review. Give me a "
                              "short phone script, calm tone.")).reply.script
    assert "We keep the details of our work with clients private" not in script


def test_a_dm_to_a_colleague_about_a_deadline_gives_the_deadline(bot):
    script = bot.handle(staff("Write me a Teams DM to Priya asking whether Acme has mentioned a new provider, since the "
                              "deadline's getting close.")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert script.startswith("Hi Priya,") and f"should contact us by {deadline}" in script


def test_an_end_of_year_reminder_is_the_closure_note(closed):
    script = closed.handle(staff("Write Hooli's end-of-year reminder email and sign it from their account owner.")).reply.script
    assert "our office is closed from" in script and "close out our work" not in script


def test_a_checklist_given_to_us_to_close_out_an_ex_client_is_our_tracker(bot):
    text = bot.handle(staff("Give me a checklist to close out Globex properly now that they've gone.")).reply.text
    assert "access-removed" in text and "Signed off for" not in text


def test_a_domain_move_asked_about_claims_nothing_about_where_it_is_held(closed):
    script = closed.handle(staff('Hooli asks: "what do we need to move our website domain to Castle Tech?" can you answer '
                                 'for me in slack-style')).reply.script
    assert "in our registrar account" not in script and "confirm who holds the registrar account" in script


def test_a_team_note_against_cutting_a_client_off_presumes_no_unpaid_invoice(bot):
    script = bot.handle(staff("One of the techs wants to shut down Acme's old file server this week since 'they're leaving "
                              "anyway'. Write a Teams msg to the tech team telling them not to.")).reply.script
    assert "let's not" in script and "Unpaid invoices" not in script


def test_a_colleague_wanting_to_tell_a_client_off_gets_a_word_not_a_script(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("honestly Vandelay were a nightmare. write me something that tells them exactly that, I'm done "
                             "being nice")).reply
    assert not reply.script and "Let it out here" in reply.text


def test_a_pasted_plea_quoted_after_this_from_the_client_is_answered_as_the_plea(bot):
    script = bot.handle(staff("Can you help me reply to this from Acme? 'We have now cleared every outstanding invoice. Given "
                              "that, we assume the termination is withdrawn and it's business as usual from January.' Short "
                              "and polite please, from me (Sam).")).reply.script
    assert "invoice for January" not in script and "our decision is final" in script


def test_a_team_post_of_the_clients_we_no_longer_support_lists_the_ended_ones(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Post for the #techs channel: which clients are we NOT supporting anymore, so nobody picks up "
                            "their tickets. bullet list")).reply.text
    ended = {each["name"] for each in bot.clients.in_offboarding() if each["phase"] == "ended"}
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == ended and "[client]" not in text


def test_a_disputed_reason_saying_payments_were_made_on_time_is_not_thanked_as_a_payment(bot):
    decision = bot.handle(client("Dear Sir or Madam,\n\nWe write to dispute the reason given for the termination of our "
                                 "agreement. Our records show that payments were made within a reasonable period. We therefore "
                                 "request that you withdraw the notice.\n\nYours faithfully,\nThe Partners", "Acme Dental"))
    said = (decision.draft or decision.reply or decision.staff_notice).text
    assert "about the payment" not in said


def test_who_signs_on_the_clients_side_is_not_answered_with_our_account_owner(bot):
    text = bot.handle(staff("Make me a handover sign-off form for Acme Dental. Who signs on their side?")).reply.text
    assert "Who signs on their side: nobody at Acme Dental is named on record" in text
    assert "Who signs: Priya" not in text


def test_an_explainer_of_spite_and_hygiene_for_the_team_explains_it_with_no_client_blanks(bot):
    text = bot.handle(staff("A tech asked me what's the difference between 'removing our access' and 'spite'. Write a short "
                            "explainer I can post in #techs.")).reply.text
    assert "The difference is timing and whose it is" in text and "[client]" not in text


def test_a_team_message_on_how_we_behave_while_offboarding_is_for_the_team_and_names_no_client(bot):
    reply = bot.handle(staff("Draft a Teams message to the whole team about how we behave while offboarding clients. "
                             "Friendly, under 100 words.")).reply
    assert "(not for the client)" in reply.text and "[client]" not in reply.text and len(reply.script.split()) < 100


def test_a_closing_email_that_mentions_the_final_invoice_never_says_it_is_attached(bot):
    script = bot.handle(staff("Tom wants a final closing email to Globex Logistics: thank them, confirm we're done, mention "
                              "the final invoice. Under 120 words.")).reply.script
    assert "attached" not in script and "will reach you separately" in script and "Thank you for working with us" in script


def test_an_ex_client_asking_for_their_account_owner_by_name_is_told_they_will_be_in_touch(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("is Priya still there? need to talk to her about something", "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert decision.intent == "contact" and "Priya" in said and "who will be in touch" in said


def test_a_text_asking_the_client_to_call_a_colleague_asks_exactly_that(bot):
    script = bot.handle(staff("SMS to Acme Dental's office mobile, they didn't pick up. one text, max 160 characters, just "
                              "ask them to call Priya about the handover.")).reply.script
    assert script.startswith("Could you call Priya about the handover?") and len(script) <= 160


def test_a_welcome_email_for_a_new_provider_not_yet_named_is_written_to_the_provider(bot):
    script = bot.handle(staff("When Acme's new provider finally gets in touch I want a welcome email ready to go. Leave blanks "
                              "for their name and company.")).reply.script
    assert "you're taking over IT support for Acme Dental" in script and "Hello Acme Dental team" not in script


def test_a_template_email_to_send_the_new_provider_is_written_to_the_provider(bot):
    script = bot.handle(staff("Template email I can send to Acme's new provider once they tell us who it is. Leave blanks "
                              "for names.")).reply.script
    assert "you're taking over IT support for Acme Dental" in script and "Hello Acme Dental team" not in script


def test_a_team_post_of_the_live_offboardings_lists_those_in_notice(bot):
    text = bot.handle(staff("Can you write a post for #team so everyone knows which offboardings are live and the key "
                            "dates? Keep it scannable.")).reply.text
    in_notice = {each["name"] for each in bot.clients.in_offboarding() if each["phase"] == "transition"}
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == in_notice and "[client]" not in text


def test_a_domain_to_move_before_christmas_is_the_domain_not_holiday_cover(bot):
    decision = bot.handle(client("Our website domain is registered through you guys I think? We want it moved to our own "
                                 "account before Christmas.", "Acme Dental"))
    assert decision.intent == "credentials_handover" and "Your domain belongs to you" in decision.staff_notice.text


def test_a_one_line_answer_to_a_colleague_asking_in_dm_is_to_them_and_gives_the_date(bot):
    script = bot.handle(staff("Priya's asking in DM: by when does the dental practice's new provider need to reach us? "
                              "one-liner pls")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert script.startswith("Hi Priya,") and f"should reach us by {deadline}" in script


def test_a_client_asking_who_holds_their_key_is_not_told_we_hold_it(closed):
    said = closed.handle(client("castle tech asked about our backup encryption key. do we have it or do you?? how do we get "
                                "it to them", "Hooli Bakery")).staff_notice.text
    assert "We'll check whether it is held with us" in said and "and we'll hand it over" not in said


def test_an_apology_ending_its_sentence_is_thanked_for_before_the_decision(bot):
    said = bot.handle(client("We understand we were slow paying. We've fixed our accounts process and we're truly sorry. "
                             "Please give us one more chance, we've been with you for years.", "Acme Dental")).reply.text
    assert "Thank you for the apology" in said and "our decision to end the agreement is final" in said
    assert cues.acknowledgements("We're sorry, but this is a mess.") == ()


def test_a_text_nudging_a_client_without_a_provider_gives_the_last_day(bot):
    script = bot.handle(staff("Need an SMS to Acme's office manager: their IT support with us finishes soon and they still "
                              "haven't said who's taking over. Max 160 characters.")).reply.script
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert len(script) <= 160 and (long_date(end) in script or f"{end.day} {end:%b}" in script)


def test_an_ex_client_asking_what_their_router_password_is_is_handed_it_not_declined(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("quick one - whats the admin pw on the wifi router, nobody wrote it down", "Vandelay Imports"))
    assert decision.intent == "credentials_handover" and "not able to help" not in decision.staff_notice.text


def test_a_question_the_client_asked_in_their_channel_is_answered_as_theirs(closed):
    script = closed.handle(staff('Hooli asked in their channel "Can you just be honest with us about why?". Draft my reply '
                                 'for the channel, under 100 words.')).reply.script
    assert "The reason is our team's capacity" in script and "Castle Tech's contact details" not in script


def test_a_team_post_of_who_is_in_transition_and_who_has_ended_lists_both(bot):
    text = bot.handle(staff("Write a Teams post for the internal team listing which clients are in transition and which "
                            "have ended, with the dates.")).reply.text
    listed = set(re.findall(r"^- ([^:]+):", text, re.M))
    assert listed == {each["name"] for each in bot.clients.in_offboarding()} and len(listed) > 1


def test_a_colleague_named_with_an_apostrophe_s_signing_signs_the_email(bot):
    script = bot.handle(replace(staff("Email to Acme, Priya's signing: they asked for a copy of their backups before the end."),
                                sender_name="Sam Taylor")).reply.script
    assert script.endswith("\nPriya\nNorthwind IT")


def test_words_telling_an_ex_client_we_cant_help_with_something_decline_that_thing(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's office manager only reads Spanish. Tell them (in Spanish) that our support ended "
                            "and we can't help with their licence renewal. Kindly.")).reply.text
    assert "I write in English only" in text and "your licence renewal" in text
    assert "move into accounts your team owns" not in text


def test_a_correction_of_what_a_colleague_told_the_client_owns_the_mistake_and_gives_the_right_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff('Dev accidentally told Acme their mailbox would be "turned off on the 3rd". Draft a '
                              'correction.')).reply.script
    assert "we told you your mailbox would be turned off on the 3rd, and that was our mistake" in script
    assert end in script
    assert staff_cues.correction_of("I told Priya about the correction to the invoice") == ""


def test_a_note_for_the_clients_file_records_what_happened_dated_not_a_team_heads_up(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(replace(staff("Write a note for the Acme file: they asked this morning to extend to end of January "
                                     "and we said no."), sender_name="Sam Taylor")).reply
    assert reply.script.startswith("File note: Acme Dental, ") and "(by Sam Taylor)" in reply.script
    assert "Acme Dental asked this morning to extend to end of January and we said no." in reply.script
    assert end in reply.script and "Heads-up" not in reply.script
    assert staff_cues.file_note_asked("Email to Acme about their files") is None


def test_the_day_a_thank_you_goes_out_before_the_closure_is_no_early_end(closed):
    script = closed.handle(staff("Draft a warm thank-you email to Hooli Bakery to go out on Wednesday 23 December 2026, the "
                                 "last day we're in before the shutdown. Under 100 words.")).reply.script
    assert script.startswith("Hello Hooli Bakery team,\n\nThank you") and len(script.split()) <= 100


def test_a_question_passed_to_a_colleague_in_a_dm_is_asked_of_them_in_good_grammar(bot):
    script = bot.handle(staff("2-line DM to Priya for me: Acme's office manager keeps asking for the invoices again, how "
                              "does she want to handle it?")).reply.script
    assert "keeps asking for the invoices again. How do you want to handle it?" in script


def test_opening_lines_for_a_call_we_make_say_who_is_calling_and_what_we_want_to_know(bot):
    script = bot.handle(replace(staff("Give me the opening lines for a call to the dentists to see if they've found a new IT "
                                      "company yet. Friendly."), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Sam from Northwind IT. I'm calling to see if you've found a new IT company yet.")


def test_a_canned_reply_for_anyone_on_the_team_is_left_for_the_sender_to_sign(bot):
    script = bot.handle(replace(staff("Can you write a generic two-sentence canned reply we can use whenever an ex-client "
                                      "pings us for help?"), sender_name="Sam Taylor")).reply.script
    assert script.endswith("\n[your name]\nNorthwind IT") and "Sam Taylor" not in script


def test_thanks_and_good_wishes_in_notice_are_returned_with_what_is_still_to_come(bot):
    record = bot.clients.get("Acme Dental")
    said = bot.handle(client("Thanks for being upfront with us. We weren't great at paying, fair enough. Good luck to you "
                             "all.", "Acme Dental")).reply.text
    assert long_date(date.fromisoformat(record["end_date"])) in said and "please ask them to be in touch" in said


def test_the_last_day_asked_with_what_to_do_before_it_gets_the_handover_steps_too(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("hello, acme dentl here. we want know which day is last day for support and what we must "
                                 "do before", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert end in said and "external drive" in said


@pytest.mark.parametrize("text", ["Our Adobe licences all stopped working yesterday, did you cancel them?",
                                  "did you delete our old shared drive? its gone"])
def test_an_ex_client_asking_if_we_took_something_of_theirs_away_is_answered_by_a_person(bot, text):
    decision = bot.handle(client(text, "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "our_doing"
    assert "We're checking what, if anything, changed on our side" in decision.staff_notice.text
    assert not escalation_cues.asks_if_we_did_it("have you removed your agent yet?")


def test_a_pasted_guess_that_sets_the_real_reason_aside_is_corrected_not_confirmed(bot):
    script = bot.handle(staff("Reply to Acme's practice manager for me. She wrote: \"Honestly we think this is about our "
                              "complaint in the summer, not the invoices. Be straight with us.\"")).reply.script
    assert "it isn't about complaints about our service" in script and "The reason is late payment" in script
    assert cues.guessed_reasons("we did not pay the invoices on time") == ["late_payment"]


def test_a_desk_post_about_an_ex_client_gives_where_to_send_them_and_keeps_the_reason_out(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    post = bot.handle(staff("Internal Slack post for #helpdesk: Globex is done, don't pick up their tickets, point them at "
                            "the new provider. Short.")).reply.script
    assert "point them to BrightPath IT (help@brightpath.example)" in post and "reason" not in post


def test_an_explanation_for_an_ex_client_who_says_nobody_told_them_owns_it_and_parts_kindly(bot):
    add_vandelay(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    script = bot.handle(staff("Apparently Vandelay keep saying nobody ever told them why we ended things. Draft a short honest "
                              "explanation I can send, signed Priya.")).reply.script
    assert "wasn't made clear to you before" in script and f"Our support ended on {end}" in script
    assert "we wish you every success" in script


def test_talking_points_with_what_not_to_say_list_the_donts_and_have_the_reason_ready(bot):
    script = bot.handle(staff("Phone script for when Acme's owner rings up shouting about this. Bullet points: what to say "
                              "and what not to.")).reply.script
    assert "\n\nNot to say:\n- " in script and "- If they ask why: the reason is late payment" in script


def test_an_email_about_moving_licence_renewals_to_their_card_is_about_that_not_every_account(closed):
    script = closed.handle(staff("Email to Hooli about moving their Microsoft licence renewals onto their own card before we "
                                 "go. Under 120 words.")).reply.script
    assert "move your licence renewals, such as Microsoft 365, onto your own payment card" in script
    assert "Domains, admin accounts" not in script and len(script.split()) <= 120


def test_a_sign_off_form_names_the_new_provider_and_what_happens_to_our_access(closed):
    form = closed.handle(staff("Write a handover sign-off form for Hooli Bakery we can get signed.")).reply.script
    assert "New IT provider: Castle Tech" in form and "removes only its own access" in form


def test_a_long_plea_telling_of_a_hard_year_is_met_with_sympathy_before_its_offer(bot):
    decision = bot.handle(client("Dear team,\n\nWe know we let you down with the invoices this year. We had a terrible time "
                                 "with our old accounts person and then the flood in the spring, and it all slipped. You "
                                 "have looked after us for years and the girls on reception are genuinely upset about "
                                 "this.\n\nPlease, please reconsider. We will set up a direct debit tomorrow. We honestly "
                                 "cannot face finding someone new before Christmas.\n\nWith kind regards,\nthe Acme Dental "
                                 "team", "Acme Dental"))
    said = decision.staff_notice.text
    assert "We're sorry to hear about the hard time you've had this year" in said
    assert said.index("Thank you for writing") < said.index("Thank you, too, for the offer")


@pytest.mark.parametrize("text", ['so "overload" is code for "you\'re too small to bother with". got it.',
                                  "I don't understand what we did wrong and honestly it feels like being told we're not "
                                  "worth the bother. My dad started this bakery and your lot set up our very first "
                                  "computer. We've never been any trouble. Is there really nothing we can do?"])
def test_a_bakery_fearing_it_is_too_small_to_matter_is_told_it_isnt_about_its_size(closed, text):
    decision = closed.handle(client(text, "Hooli Bakery"))
    said = (decision.reply or decision.staff_notice).text
    assert "this isn't about the size of your business" in said and "you haven't done anything wrong" in said.lower()


def test_never_told_why_after_all_the_money_paid_is_answered_plainly_not_as_a_payment_guess(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("You never told us WHY. After all the money we paid you.", "Vandelay Imports"))
    said = (decision.reply or decision.staff_notice).text
    assert "You're right to ask" in said and "isn't about payment" not in said and "how you see it" not in said


def test_a_guess_at_a_settled_invoice_is_corrected_without_thanks_for_a_payment(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Is this about that invoice row in the spring? Because we settled that.", "Vandelay Imports"))
    said = (decision.reply or decision.staff_notice).text
    assert "it isn't about payment" in said and "letting us know about the payment" not in said


@pytest.mark.parametrize("text", ["Hi all, Castle Tech here, we're taking over IT for Hooli Bakery from you. Who's our contact "
                                  "and what's the timeline?",
                                  "Castle Tech here. What's the timeline for the handover?"])
def test_the_new_provider_asking_the_timeline_is_told_our_last_day(closed, text):
    end = long_date(date.fromisoformat(closed.clients.get("Hooli Bakery")["end_date"]))
    decision = closed.handle(client(text, "Hooli Bakery"))
    assert f"Our support for Hooli Bakery runs until {end}" in (decision.reply or decision.draft or decision.staff_notice).text


def test_warm_thanks_with_an_invitation_is_thanked_back_at_once_not_held_as_angry(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("thanks for everything guys honestly, pop in for a mince pie before you go 🥧", "Hooli Bakery"))
    assert decision.action == REPLY and "What a lovely thought" in decision.reply.text


def test_asking_lightly_if_the_channel_is_still_used_gets_a_short_answer_not_an_apology_for_anger(bot):
    decision = bot.handle(client("Globx here, is this channel even still a thing lol", "Globex Logistics"))
    assert decision.action == REPLY and decision.intent == "hello" and "disappointing" not in decision.reply.text


@pytest.mark.parametrize("text", ["what happens to our microsoft licences after youre gone?? do we lose email??",
                                  "Hello, I am write for Acme. What happen to our email after you go? We lose it?"])
def test_a_client_afraid_of_losing_their_email_is_told_plainly_it_keeps_working(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    assert "No, you won't lose your email" in (decision.reply or decision.draft or decision.staff_notice).text
    assert not cues.fears_losing_email("Please email us the invoice")


def test_a_no_to_running_on_to_the_end_of_january_declines_the_extension(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme asked if we could 'just run to end of January' since it's Christmas. Draft a no. "
                              "Short.")).reply.script
    assert f"We can't continue our support beyond {end}" in script and "help desk" not in script


def test_a_template_to_a_new_provider_not_yet_named_leaves_a_blank_for_the_name(bot):
    script = bot.handle(staff("Template email I can send to Acme's new provider once they tell us who it is. Leave blanks "
                              "for names.")).reply.script
    assert script.startswith("Hello [name],")


def test_a_handover_summary_in_simple_english_is_written_in_short_plain_sentences(closed):
    script = closed.handle(staff("Hooli's owner isn't a native English speaker. Write her a handover summary in really "
                                 "simple English, short sentences.")).reply.script
    body = script.split("\n\n")[1]
    assert "Please ask Castle Tech to call us by" in body and max(len(s.split()) for s in body.split(". ")) <= 15


def test_a_message_to_a_colleague_passes_on_the_news_and_what_they_are_asked_to_do(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Teams msg to Priya please: Vandelay people are still ringing the help desk for fixes. Want "
                              "her to know and to remind them again.")).reply.script
    assert script.startswith("Hi Priya, Vandelay people are still ringing the help desk for fixes. Could you remind them "
                             "again?")


def test_sentences_for_their_slack_channel_are_a_chat_post_thanking_for_the_offer(bot):
    reply = bot.handle(staff("the dentists offered to prepay a whole year up front if we keep them on. give me 2-3 sentences "
                             "to say no nicely in their slack channel")).reply
    assert "Ready to post as a chat message:" in reply.text and "Thank you for the offer" in reply.script
    assert staff_cues.script_format("2 sentences to say on the call, in their slack channel if they don't pick up")[0] == "spoken"


def test_a_guess_about_a_row_with_our_tech_is_denied_in_our_own_words(bot):
    script = bot.handle(staff("Acme asked me if this is because of the row with our tech in the summer. It isn't. What do I "
                              "say back? Draft it.")).reply.script
    assert "it isn't about a disagreement with our team" in script and "The reason is late payment" in script


def test_a_reminder_a_colleague_wants_sent_thanks_nobody_for_a_request_never_made(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Priya wants a short email to Vandelay reminding them support has ended, with a subject line. "
                              "She's signing.")).reply.script
    assert "Thank you for getting in touch" not in script and "this request" not in script


def test_every_no_to_an_ex_client_without_a_provider_offers_to_suggest_some(bot):
    add_vandelay(bot.clients)
    scripts = {bot.handle(staff(f"Vandelay Imports asked to come back on the same terms as before. Draft a reply, take "
                                f"{n}.")).reply.script for n in range(1, 9)}
    assert len(scripts) > 1 and all("suggest a few" in script for script in scripts)


@pytest.mark.parametrize("text", ["We've got a new warehouse network project, fully paid, separate from the old contract. Can "
                                  "we hire you just for that?",
                                  "Could you quote us for a new warehouse Wi-Fi project? we liked your work on the old one"])
def test_an_ex_client_asking_to_hire_us_for_a_project_gets_a_kind_decided_no(bot, text):
    add_vandelay(bot.clients)
    decision = bot.handle(client(text, "Vandelay Imports"))
    assert decision.action == REPLY and "we won't be taking on new work for you" in decision.reply.text.replace(
        "can't take on", "won't be taking on")


def test_thanks_for_being_told_straight_is_thanked_back_not_ignored(bot):
    decision = bot.handle(client("ok. not happy but thanks for being straight with us. we'll sort it.", "Acme Dental"))
    assert decision.action == REPLY and "we know it isn't the news you wanted" in decision.reply.text


def test_who_helps_after_the_last_day_is_answered_for_a_client_without_a_provider(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client(f"Hello, sorry for my english. After {end.rsplit(' ', 1)[0]} who will help us with the "
                                 f"computers? We are worry.", "Acme Dental"))
    assert decision.action == REPLY and "the IT company you choose takes over" in decision.reply.text


def test_one_line_to_the_new_provider_confirming_we_are_out_goes_to_them_as_done(bot):
    reply = bot.handle(staff("one line to BrightPath confirming we're fully out of Globex")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "we've now removed our own access" in reply.script


def test_a_voicemail_that_keeps_only_the_fallback_still_says_which_day_it_is_by(bot):
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[:3])
    script = bot.handle(staff("Write me a voicemail script (30 sec max) for Acme Dental: they still haven't picked a new IT "
                              "company. I want to offer the data-on-a-drive thing and an email provider suggestion.")).reply.script
    assert "by the end" not in script and day in script


def test_the_bit_of_an_email_suggesting_an_email_provider_names_the_usual_choices_to_paste(bot):
    reply = bot.handle(replace(staff("Acme still has no provider. Draft the bit of the email where we suggest an email "
                                     "provider."), sender_name="Sam Taylor")).reply
    assert "One paragraph to paste:" in reply.text and "Microsoft 365 (Exchange Online) or Google Workspace" in reply.script
    assert not reply.script.startswith("Hello") and "Sam Taylor" not in reply.script


def test_a_dm_asking_a_colleague_something_and_reminding_them_of_a_deadline_gives_the_deadline(bot):
    script = bot.handle(staff("Write a quick slack DM to Priya asking if Acme have said anything about a new provider yet, "
                              "and reminding her of the deadline.")).reply.script
    assert "reminding her" not in script and "anything about a new provider yet?" in script
    assert "any new provider should contact us by" in script


def test_a_chat_post_asked_in_two_lines_is_two_lines_greeting_included(closed):
    script = closed.handle(staff("Slack post for Hooli's channel about the office closure. Super short, 2 lines.")).reply.script
    assert len(script.splitlines()) == 2 and script.startswith("Hi Hooli Bakery team, ")


def test_a_client_asking_to_finish_earlier_inside_our_closure_may_and_the_handover_comes_first(closed):
    text = closed.handle(staff("Hooli asked if they can just finish on Friday 1 January 2027 instead. Can they?")).reply.text
    assert "Yes, if that's what Hooli Bakery wants" in text and "has to be done before we close" in text


def test_a_dm_reminding_a_colleague_of_something_says_it_to_them_lightly(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Remind Priya in a Teams DM that Vandelay may call about their firewall and she shouldn't do "
                              "freebies. keep it light")).reply.script
    assert script.startswith("Hi Priya, just a reminder: Vandelay may call about their firewall and you shouldn't do "
                             "freebies.")


@pytest.mark.parametrize("text, lines", [("vandaley posted that their printer is dead again. two lines for their channel, "
                                          "polite no", 2),
                                         ('Vandelay posted "thanks for everything guys, all moved over now 👍". one-line '
                                          'reply?', 1)])
def test_lines_asked_for_a_channel_reply_are_that_many_lines_greeting_included(bot, text, lines):
    add_vandelay(bot.clients)
    reply = bot.handle(staff(text)).reply
    assert "Ready to post as a chat message:" in reply.text and len(reply.script.splitlines()) == lines


def test_a_text_giving_our_closure_and_the_last_day_says_both_and_proposes_no_day(closed):
    reply = closed.handle(staff("text to hooli owner: closed Thu 24 Dec to Fri 1 Jan, support runs till Mon 4 Jan. under 140 "
                                "chars")).reply
    assert "Not that day" not in reply.text and len(reply.script) <= 140
    assert "closed Thu 24 Dec to Fri 1 Jan" in reply.script and "4 Jan" in reply.script


def test_a_no_to_more_time_for_a_client_in_tears_is_kind_and_offers_help_finding_a_provider(bot):
    script = bot.handle(staff("The dentist who owns Acme rang me in tears saying they'll go under without us. Can I give "
                              "them another month?")).reply.script
    assert "We know this is a worrying time" in script and "suggest a few providers" in script
    assert "the decision is final" in script


def test_passwords_wanted_dropped_into_their_channel_get_the_secure_handover_in_reply(bot):
    script = bot.handle(staff("Acme want all their admin passwords dropped into their Slack channel. Write me a reply that "
                              "doesn't leave them hanging.")).reply.script
    assert "never in a chat" in script and "Could you tell us who should receive them?" in script


def test_an_ex_client_still_billed_for_licences_is_thanked_and_told_it_will_be_checked(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay say they're still being billed for Microsoft licences through us. Draft a "
                              "reply.")).reply.script
    assert "Thank you for letting us know" in script and "will check which licences were billed through us" in script


def test_ordinary_work_for_an_active_client_needs_nothing_offboarding_wise(bot):
    text = bot.handle(staff("Initech want a quote for five new laptops. Is there anything offboarding-wise I need to do "
                            "first?")).reply.text
    assert "Nothing to change offboarding-wise: Initech is an active client" in text and "Whether to end" not in text


def test_a_jab_with_a_fault_from_an_ex_client_gets_the_kind_no_for_that_fault(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff('Vandelay posted: "Nice to see you finally found a client you can\'t disappoint - '
                              'yourselves. Anyway the firewall\'s beeping." Reply?')).reply.script
    assert "including with your firewall" in script and "how you feel" not in script


def test_an_ex_client_wanting_a_deleted_file_back_gets_the_copy_and_is_pointed_to_their_provider_for_the_restore(bot):
    decision = bot.handle(client("We need a copy of the backup from early October, a file got deleted.", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Restoring a file from it is support work, which BrightPath IT" in said


def test_the_new_provider_asking_us_to_pull_our_agent_is_told_it_will_be_removed(bot):
    decision = bot.handle(client("BrightPath here, thanks for the handover. Two things: can you pull your RMM agent off their "
                                 "machines, and what's the admin password for the NAS?", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "removed" in said and "come back to you on this shortly" not in said


def test_talking_points_for_a_call_about_their_data_leave_the_reason_out(bot):
    script = bot.handle(staff("I've got a call with Acme tomorrow about getting their data back to them. Call script please, "
                              "bullet points, what to cover.")).reply.script
    assert "If they ask why" not in script and "external drive" in script


def test_a_letter_restating_that_we_wont_take_an_ex_client_back_says_that(bot):
    add_vandelay(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    script = bot.handle(staff(f"Vandelay keep ringing reception. Can you write a formal letter, signed Priya Shah, restating "
                              f"that our support ended on {end} and that we won't be taking them back?")).reply.script
    assert re.search(r"we won't be taking the (?:account|work) back on", script) and without_heading(script).startswith("Dear Vandelay Imports "
                                                                                                  "team,")


def test_an_email_offering_their_data_on_a_drive_promises_only_what_we_hold_and_asks_who_receives_it(bot):
    script = bot.handle(staff("Acme Dental want all their practice data. Write the email explaining how they'll get it - "
                              "we're doing it on a drive.")).reply.script
    assert "mailboxes and backups" not in script and "who should receive it?" in script


def test_an_ex_client_asking_us_to_remove_our_agent_and_for_a_password_gets_a_draft_answering_both(bot):
    decision = bot.handle(client("Can you remove your monitoring agent from our PCs and also what's the NAS password?",
                                 "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "what access we still have" in said and "The NAS admin password is yours" in said


def test_an_email_asked_for_in_roughly_so_many_words_stays_near_that_length_and_says_so(bot):
    decision = bot.handle(staff("Write Acme Dental an email confirming their last day and asking their new provider to get in "
                                "touch, roughly 40 words."))
    words = len(decision.reply.script.split())
    assert words <= 48 and f"({words} words, about 40 asked)" in decision.reply.text


def test_a_reply_to_a_client_asking_if_we_can_still_fix_something_after_the_last_day_says_we_cant(bot):
    day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]).day
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    script = bot.handle(staff(f"Draft a reply for Acme, they asked if we can still fix the till after the {day}{suffix}.")
                        ).reply.script
    assert "won't be able to" in script


def test_a_new_provider_asking_for_named_passwords_is_told_they_are_the_clients_and_how_they_are_shared(bot):
    decision = bot.handle(client("Hi, BrightPath here taking over Globex. Can you send us the admin password for the NAS and the "
                                 "wifi controller login? Thanks, Dana", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "the NAS admin password belong to Globex Logistics" in said
    assert "confirmed in writing to confirm" not in said


def test_a_new_provider_is_not_told_nothing_of_theirs_is_switched_off(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Castle Tech here - we need the router admin login and the backup encryption key for Hooli "
                                 "please. Ben", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "The router admin login and the backup encryption key belong to Hooli Bakery" in said
    assert "nothing of yours" not in said


def test_an_ex_client_asking_for_a_copy_of_their_contract_for_their_legal_team_is_told_it_will_be_sent(bot):
    decision = bot.handle(client("Could you send over a copy of our old service contract? Legal want it on file.",
                                 "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "will send you a copy of your service agreement" in said and "management team" not in said


def test_a_reply_to_an_ex_client_asking_for_copies_of_their_invoices_sends_them_rather_than_declining(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's old office manager emailed asking for copies of all their invoices from this year. "
                              "Draft a reply from Priya, brief.")).reply.script
    assert "we'll send you copies of the invoices you asked for" in script and "no longer able" not in script


def test_an_invoice_copy_asked_with_the_balance_confirms_what_is_owed_too(bot):
    decision = bot.handle(client("Please send a copy of the October invoice and confirm our account balance is zero - our "
                                 "finance team is closing the year.", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "a copy of the invoice you asked for" in said and "whether anything is still owed" in said


def test_asked_who_should_take_a_call_the_coaching_names_the_account_owner_or_says_none_is_recorded(bot):
    owned = bot.handle(staff("Acme's practice manager wants a meeting about the handover. Who should run it?")).reply.text
    add_hooli(bot.clients)
    unowned = bot.handle(staff("hooli's owner wants a call about why we're dropping them. who should take it and what do I "
                               "say?")).reply.text
    assert "Who takes it: Priya, who owns Acme Dental" in owned and "Who takes it: nobody on our side is recorded" in unowned


def test_a_reply_to_a_new_provider_missing_an_item_from_the_handover_offers_to_send_it(bot):
    script = bot.handle(staff("Globex's new provider says the handover docs are missing the VPN config. Write me a reply to "
                              "them, from Tom.")).reply.script
    assert "we'll check what we hold and send it" in script


def test_a_client_asking_if_their_card_machine_stops_when_we_finish_is_told_it_keeps_working(bot):
    decision = bot.handle(client("hiya! quick one - will our card machine stop working when you lot finish in jan? we use it "
                                 "every day", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "keep working" in said and "help desk" not in said


def test_a_client_asking_if_the_payments_are_the_reason_and_saying_they_sorted_them_is_thanked_not_told_the_notice_again(bot):
    decision = bot.handle(client("Is it true you're dropping us because of the payment thing? We sorted that in October.",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Thank you for letting us know about the payment" in said and "didn't reach you" not in said


def test_a_linkedin_safe_one_liner_about_why_a_client_left_keeps_the_reason_private(bot):
    reply = bot.handle(staff("Draft a LinkedIn-safe one-liner we can use if anyone asks publicly why Globex left us.")).reply
    assert "we don't discuss our clients' affairs in public" in reply.script and "Hello" not in reply.script


@pytest.mark.parametrize("text", [
    "So you dumped us for \"scope creep\"?? After everything we paid you. Enjoy the 1 star reviews on every site I can find.",
    "lol 'scope creep'. we asked you to set up ONE label printer",
    "Scope creep? Everything we asked for was in the contract as far as we're concerned.",
    "scope creep is rubbish, you just didn't want the work",
])
def test_a_disputed_reason_is_never_answered_as_read_by_a_person_who_has_not_seen_it(bot, text):
    decision = bot.handle(client(text, "Globex Logistics"))
    assert "has read your message" not in (decision.reply or decision.draft or decision.staff_notice).text


def test_the_microsoft_365_admin_login_asked_for_is_named_once(bot):
    decision = bot.handle(client("can u just paste the wifi admin password and the microsoft 365 admin login in here so castle "
                                 "tech has it", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert said.count("Microsoft 365") == 1


def test_a_reply_to_a_client_denying_a_reason_that_is_not_theirs_says_it_isnt_that(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli Bakery replied 'Why are you dropping us? We've never once paid late!!' - what do I write "
                              "back?")).reply.script
    assert "it isn't about payment" in script


@pytest.mark.parametrize("text", [
    "Teams message to techs: don't pull the RMM agents or AV off Acme's machines yet. short.",
    "Post for the Teams channel: checklist for pulling our access out of Acme once they've moved on",
])
def test_a_message_for_our_techs_or_our_teams_channel_is_a_note_for_the_team_not_a_letter_to_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text


def test_a_colleague_asking_to_be_talked_out_of_telling_a_client_off_gets_coaching_not_a_letter(bot):
    reply = bot.handle(staff("honestly I want to tell Acme exactly what I think of them in their channel. talk me down?")).reply
    assert reply.script == "" and "Let it out here" in reply.text


def test_a_four_line_agenda_has_four_lines_and_the_date_of_this_thursday_is_given(bot):
    thursday = calendar.today() + timedelta(days=(3 - calendar.today().weekday()) % 7)
    reply = bot.handle(staff("We're doing the Acme final call this Thursday. Date for the invite? And a 4-line agenda.")).reply
    assert len(reply.script.splitlines()) == 4 and f"The date: {long_date(thursday)}." in reply.text


def test_fine_to_do_a_quick_password_reset_for_an_ex_client_is_answered_no_without_a_password_handover_line(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("vandelay's ex office mgr wants one password reset, literally 2 mins. fine to do it?")).reply
    assert "\n\nNo: support ended" in reply.text and "Passwords and admin access will be handed over" not in reply.script


def test_a_reminder_in_very_simple_english_keeps_its_dates_in_short_sentences(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme's practice manager isn't a native speaker. Rewrite the reminder in very simple English, "
                              "short sentences, no idioms.")).reply.script
    body = script.split("\n\n")[1]
    assert f"Our support ends on {end}." in body and max(len(s.split()) for s in re.split(r"(?<=[.?!])\s+", body)) <= 22


def test_a_note_for_the_client_file_on_why_we_ended_it_records_the_reason_as_a_file_note(bot):
    reply = bot.handle(staff("Give me a two-line note for the Acme file on why we ended it.")).reply
    assert "File note (for our records, not for the client)" in reply.text and "Why we ended it: late payment" in reply.text


def test_a_colleague_saying_our_agent_already_came_off_an_ex_client_is_told_that_is_fine(bot):
    reply = bot.handle(staff("Jay removed our RMM agent from the Globex machines yesterday. Problem?")).reply
    assert "No problem: support for Globex Logistics ended" in reply.text and "Yes, remove it" not in reply.text


def test_a_dm_to_a_colleague_on_where_we_are_with_a_client_is_a_status_in_the_lines_asked(bot):
    reply = bot.handle(staff("DM to Priya, 3 lines max: where are we with Acme")).reply
    assert "Status report (for us, not for the client)" in reply.text and len(reply.script.splitlines()) <= 3


def test_a_colleague_who_feels_bad_about_the_decision_is_answered_on_that_first(bot):
    reply = bot.handle(staff("The Acme practice manager called me in tears, apologised for the late payments and promised it "
                             "won't happen again. Priya's wobbling. Honestly I feel bad too. What do we do?")).reply
    assert "Feeling bad about it is normal" in reply.text and "Thank you for the apology" in reply.script


def test_a_long_hurt_letter_asking_what_they_did_wrong_is_answered_warmly_with_the_handover(bot):
    decision = bot.handle(client("Dear all,\n\nI have been sitting with your letter for over a week now and I still don't "
                                 "understand it. We have trusted you with our systems since the practice opened. My team relies "
                                 "on you every single day. Yes, things have been tight this year, but I never thought you would "
                                 "just walk away from us. Why are you doing this? What did we do that was so unforgivable?\n\n"
                                 "Please, I need an answer I can give my partners.", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Thank you for writing" in said and "handover" in said


def test_an_offer_to_pay_more_that_guesses_price_is_told_it_isnt_about_price(bot):
    decision = bot.handle(client("Globex here. Was it the price? Because we can pay more.", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "it isn't about price. The reason is the scope of the work" in said


def test_a_hurt_client_asking_what_they_did_wrong_is_answered_kindly_with_the_reason_and_nothing_about_others(bot):
    decision = bot.handle(client("I've been sat here trying to work out what we did wrong. We've been with you for years, "
                                 "I've sent you three other businesses, and now this? I'm honestly hurt. I thought we were "
                                 "friends as well as customers.", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "we can see it has hurt" in said and "The reason is late payment" in said and "confidential" not in said


def test_an_ex_client_asking_how_we_set_their_backups_for_their_new_it_man_is_declined_kindly(bot):
    decision = bot.handle(client("Hello, our new IT man ask how you make the backup setting before. Please can you tell him?",
                                 "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "ended on" in said and "look at what's outstanding" not in said


def test_a_thank_you_asked_for_a_gift_from_a_client_in_notice_thanks_them_for_it(bot):
    script = bot.handle(staff("Acme's manager sent us a box of mince pies 😂 quick thank-you message for their channel?")
                        ).reply.script
    assert "Thank you so much for the mince pies" in script


def test_a_client_asking_who_pays_for_their_licences_after_we_go_is_told_they_move_to_them(bot):
    decision = bot.handle(client("who pays for our microsoft licences after january?", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "into your own name and onto your own payment method" in said


def test_a_client_asking_if_their_email_still_works_after_we_finish_is_not_sent_to_the_help_desk(bot):
    decision = bot.handle(client("Hello, I am owner of the practice. Please, I want to know, after you finish, my emails still "
                                 "working? And who have the password of the wifi?", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "No, you won't lose your email" in said and "help desk" not in said


def test_an_internal_post_explaining_why_we_part_with_no_gossip_still_gives_the_reason(bot):
    reply = bot.handle(staff("Write a short internal Slack post for the team explaining we're parting ways with Acme Dental and "
                             "why. No gossip.")).reply
    assert "For the team (not for the client)" in reply.text and "The reason on record" in reply.text


def test_a_phone_script_declining_an_ex_client_with_no_provider_on_record_names_none(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay rang twice today wanting 'a quick look' at their printer. Give me a phone script for when "
                             "they call again, under a minute.")).reply
    assert "A new IT provider is best placed" not in reply.text and "ended on" in reply.text


def test_an_angry_ex_client_whose_email_is_down_is_told_kindly_we_cant_look_at_it_and_who_can(bot):
    decision = bot.handle(client("You people abandoned us and now our email is down. Sort it out today.", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "We're not able to look at your email now that our support has ended" in said


def test_an_ex_client_opening_with_good_day_and_asking_how_we_configured_their_backup_is_answered(bot):
    decision = bot.handle(client("Good day. Our new IT man ask how you have configured the server backup. Please send the "
                                 "settings.", "Globex Logistics"))
    assert decision.action != IGNORE and "ended on" in (decision.reply or decision.draft or decision.staff_notice).text


def test_a_client_asking_if_they_can_call_us_over_the_holiday_is_told_about_the_closure_not_a_ticket(closed):
    decision = closed.handle(client("Hallo, we are Hooli bakery. Please tell us what is the last date, and can we still call you "
                                 "in the holiday?", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "passed this on to our help desk" not in said and "closed" in said


def test_a_guess_that_one_complaint_about_our_technician_was_the_reason_is_not_confirmed_for_a_never_satisfied_client(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay asked 'Was this because we complained about your technician?'. Reply?")).reply
    assert "it isn't about one complaint or one of our team" in reply.script and "Yes, that is the reason" not in reply.text


def test_office365_written_as_one_word_is_named_beside_the_firewall(bot):
    decision = bot.handle(client("can u just paste the admin passwords for office365 and the firewall in here so we have them",
                                 "Acme Dental"))
    assert "The Microsoft 365 admin login and the firewall admin login are yours" in decision.staff_notice.text


def test_a_new_provider_asking_for_the_ex_clients_backup_key_is_told_it_is_theirs_not_declined(bot):
    reply = bot.handle(staff("BrightPath are asking for Globex's backup encryption key. Write a reply.")).reply
    assert "backup encryption key. It belongs to Globex Logistics" in reply.script
    assert "not able to answer further questions" not in reply.text


def test_do_we_have_to_answer_a_client_during_our_closure_is_answered_with_the_closure_dates(closed):
    reply = closed.handle(staff("Do we have to answer Hooli during the Christmas closure?")).reply
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply.text
    assert "handle every request from Hooli Bakery" not in reply.text


def test_whether_an_ex_clients_contract_is_still_running_is_answered_from_the_record(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("quick one - is Vandelay's contract still running? their CFO just emailed me"))
    assert decision.intent == "roster" and "Vandelay Imports has ended: support ended on" in decision.reply.text


def test_the_last_day_we_should_still_answer_their_tickets_is_the_last_day_on_record(bot):
    decision = bot.handle(staff("When's the last day we should still be answering the dentist's tickets? Is that even a "
                                "working day?"))
    assert decision.intent == "roster"
    end = date.fromisoformat(bot.clients.find('Acme Dental')['end_date'])
    assert f"the last day of support is {long_date(end)}" in decision.reply.text


@pytest.mark.parametrize("weekday, answer", [(2, "is a working day for us"), (5, "is not a working day for us")])
def test_whether_the_last_day_is_even_a_working_day_is_answered(bot, weekday, answer):
    # a Wednesday or a Saturday in mid-March next year: clear of Easter, Christmas and the office closure
    end = date(calendar.today().year + 1, 3, 10)
    end += timedelta(days=(weekday - end.weekday()) % 7)
    bot.clients.set_end("Acme Dental", end.isoformat())
    decision = bot.handle(staff("When's the last day we should still be answering the dentist's tickets? Is that even a "
                                "working day?"))
    assert f"{long_date(end)} {answer}" in decision.reply.text


def test_a_clients_office_manager_offering_to_pay_up_front_gets_words_to_say_back_and_the_doubt_answered(bot):
    reply = bot.handle(staff("Acme's office manager just rang me in tears, says they'll pay a full year up front if we stay. "
                             "Honestly I'm tempted. What do I say back?")).reply
    assert "whoever is weighing the offer" not in reply.text and reply.script
    assert "Feeling bad about it is normal" in reply.text


def test_a_colleague_thinking_of_taking_an_ex_client_back_on_the_old_rate_gets_the_no_and_the_reason_not_a_letter(bot):
    reply = bot.handle(staff("Tom's thinking of letting the logistics lot come back on their old rate because they asked "
                             "nicely. Is that ok? One-line answer plus the reason.")).reply
    assert reply.text.split("\n\n")[1].startswith("No: support for Globex Logistics ended")
    assert "The reason on record is" in reply.text and not reply.script


def test_an_email_from_a_colleague_to_the_new_provider_asks_them_who_is_handling_the_client(closed):
    reply = closed.handle(staff("Email from Sam to Castle Tech asking for the name of their person handling Hooli. "
                                "Under 80 words.")).reply
    assert reply.script.startswith("Hello Castle Tech team")
    assert "who at Castle Tech will be looking after Hooli Bakery" in reply.script


def test_a_note_introducing_us_to_the_new_provider_is_written_to_them_not_to_our_team(closed):
    reply = closed.handle(staff("Write a note introducing us to Castle Tech for the Hooli handover. I don't have an email "
                                "for them, so make it something I can paste wherever.")).reply
    assert "For the team" not in reply.text and reply.script.startswith("Hello Castle Tech team")


def test_a_request_to_confirm_no_copies_of_their_data_remain_goes_to_a_person(bot):
    decision = bot.handle(client("Dear Sir or Madam, On behalf of Globex Logistics I request written confirmation of the date "
                                 "on which your services ceased and that no copies of our data remain in your possession. "
                                 "Yours faithfully, Accounts Department", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "erase_request"
    end = date.fromisoformat(bot.clients.find("Globex Logistics")["end_date"])
    assert f"our services ended on {long_date(end)}" in decision.staff_notice.text


def test_an_ex_client_guessing_they_were_too_small_is_told_it_is_not_about_size(bot):
    decision = bot.handle(client("Be straight with me - you dropped us because we're a small account and not worth your "
                                 "time, right?", "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "isn't about the size of your business" in said and "The reason is" in said


def test_an_owner_writing_as_the_owner_to_plead_is_not_treated_as_a_complaint_to_our_management(bot):
    decision = bot.handle(client("Dear team, I am writing as the owner of the practice and honestly I am still in shock. "
                                 "Please tell me you are not going to just switch it off. I'm begging you to think again.",
                                 "Acme Dental"))
    assert decision.intent != "formal_complaint" and "complaint" not in decision.staff_notice.text.split("Draft reply")[1]


def test_an_ex_client_asking_us_to_still_renew_their_antivirus_is_told_we_cant_and_it_moves_to_them(bot):
    decision = bot.handle(client("hey its globex, any chance u could still renew our antivirus licence? its about to expire",
                                 "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "so we can't renew licences for you any more" in draft and "into your own name" in draft


def test_a_new_provider_asking_who_to_talk_to_and_for_admin_logins_in_chat_is_told_the_secure_channel(closed):
    decision = closed.handle(client("Hi all, Dave from Castle Tech here - we're taking over Hooli from the new year. Who do "
                                    "we talk to for the handover, and can you drop the admin creds in here?", "Hooli Bakery"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert decision.action == HANDOFF and "only through a secure channel" in draft


def test_an_ex_client_teasing_us_with_a_smiley_about_being_alive_gets_a_reply_in_kind(bot):
    decision = bot.handle(client("lol you guys still alive over there? 😄", "Globex Logistics"))
    assert decision.action == REPLY and decision.reply.text.split("\n\n")[1].startswith("Alive and well, thanks for asking!")


def test_a_client_asking_whether_their_licences_will_just_stop_is_told_no_first(bot):
    decision = bot.handle(client("are our microsoft licences on your account or ours? will they just stop when you go?",
                                 "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "Thank you for asking. No, they won't just stop." in draft and "into your own name" in draft


def test_a_clients_post_quoted_in_single_quotes_is_the_message_answered(bot):
    reply = bot.handle(staff("Priya's out today. Acme Dental just posted 'we found someone, can you send them all our "
                             "passwords?' Draft my reply for their channel.")).reply
    assert "never by email or chat" in reply.script and "sorry this has been so frustrating" not in reply.text


def test_restore_instructions_asked_for_beside_the_backup_key_are_promised_with_it(bot):
    decision = bot.handle(client("our new IT people need the backup encryption key and restore instructions. can u just "
                                 "paste the key here?", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "never in a chat" in draft and "The restore instructions go with it." in draft


def test_an_active_client_asking_if_they_are_next_gets_a_draft_that_keeps_others_confidential(bot):
    decision = bot.handle(client("Heard you're letting some clients go - are we next? 😬", "Initech"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert decision.action == HANDOFF and "can't talk about anyone else's" in draft
    assert "your support carries on as normal" in draft


def test_an_active_client_thinking_of_leaving_us_is_not_wished_well_on_their_way(bot):
    decision = bot.handle(client("We're thinking of switching providers next year", "Initech"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "We'd be sorry to see you go" in draft and "We wish you and the team well" not in draft


def test_an_ex_client_still_getting_invoices_for_licences_is_told_the_bill_is_checked_and_the_licences_move(bot):
    decision = bot.handle(client("Why are we still getting invoices for Microsoft licences from you?", "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "check it with our billing team" in draft and "into your own name" in draft


def test_a_joke_asking_whether_their_gift_was_the_reason_is_answered_as_a_guess_not_thanked_for(bot):
    decision = bot.handle(client("lol is this about the cake we sent with the 'fix it faster' icing", "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert decision.intent == "explain_reason" and "it isn't that" in said and "lovely thought" not in said


def test_an_ex_client_asking_what_we_did_to_their_broken_email_gets_it_checked_by_a_person(bot):
    decision = bot.handle(client("Our email has stopped working, what did you DO??", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "our_doing"
    assert "checking what, if anything, changed on our side" in decision.staff_notice.text


def test_a_long_letter_owning_late_payments_and_asking_for_more_time_gets_the_warm_letter_not_the_stock_no(bot):
    decision = bot.handle(client(
        "Dear all, I'm writing on behalf of everyone at the practice. We were genuinely shocked by your letter. I know we "
        "have been late with payments this year - our practice manager left in the spring and honestly things fell apart "
        "in the back office. That's not an excuse, but we have now set up a proper process and a new person is starting "
        "soon. You have looked after our systems for a long time and the team trusts you. Could you please give us until "
        "March to show you things have changed? We would hate to start again with someone new. Kind regards, the "
        "reception team", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "Thank you for writing, and for telling us so honestly" in draft and "Thank you for asking. We can't" not in draft


def test_outlook_asking_an_ex_client_for_a_password_is_a_fault_declined_not_a_credentials_handover(bot):
    decision = bot.handle(client("hey outlook keeps asking for my password since this morning. can u just take a quick look?",
                                 "Globex Logistics"))
    assert decision.action == REPLY and decision.intent == "after_end_request"
    assert "not able to help with this request" in decision.reply.text


def test_a_handover_script_for_an_ex_client_with_no_provider_on_record_asks_who_receives_it(bot):
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-31),
                    reason_category="never_satisfied")
    found = bot.handle(staff("Vandelay found someone new, can you write me a message to send their passwords over?"))
    assert "who should receive" in found.reply.script and "your new provider" in found.reply.script
    general = bot.handle(staff("write the email to Vandelay Imports about handing over their admin accounts and licences"))
    assert "who should receive" in general.reply.script and "in touch shortly" not in general.reply.script


def test_staff_who_need_a_decline_to_an_offer_get_words_to_send_not_only_advice(bot):
    reply = bot.handle(staff("Acme offered to pay six months upfront if we keep them on. I need a decline that doesn't "
                             "sound like haggling.")).reply
    assert reply.script and "Acme Dental" in reply.script and "our decision is final" in reply.script


def test_an_ex_client_saying_we_ignore_them_is_told_we_are_not_not_given_the_stock_anger_lines(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("great, so you're just ignoring us now. lovely.", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "not ignoring you" in draft and "so frustrating" not in draft
    script = bot.handle(staff("write a very short reply to Globex, they posted 'ghosted after all these years, nice'")).reply.script
    assert "not ignoring you" in script and "BrightPath IT" in script and "so frustrating" not in script


def test_an_ex_client_asking_if_we_deleted_their_data_is_told_it_is_theirs_and_a_person_checks(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("have you deleted all our files??? where is our data", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert decision.action == HANDOFF and "Your data is yours" in draft and "sorry for the trouble" not in draft


def test_a_client_asking_if_their_new_provider_has_been_in_touch_gets_an_honest_holding_draft(closed):
    decision = closed.handle(client("has castle tech contacted you yet?", "Hooli Bakery"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "contact at Castle Tech" in draft and "Wednesday 23 December 2026" in draft


def test_an_angry_ex_client_demanding_a_senior_call_is_acknowledged_and_told_the_end_date_not_just_of_course(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client(
        "This is outrageous. Years of half-finished jobs and now you just walk off and leave us with a mess, and all I "
        "hear is 'your support has ended'. I want a director to phone me today.", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert decision.action == HANDOFF and "Of course." not in draft
    assert "sorry" in draft and "ended on" in draft and "Priya" in draft


def test_a_formal_letter_confirming_the_end_to_an_ex_client_confirms_thanks_and_wishes_well_without_contractions(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports, please: confirm in writing that our support has ended "
                              "and that we won't be doing any further work for them.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert "to confirm" in script and end in script and "Thank you" in script
    assert not re.search(r"\b\w+'(?:re|ll|ve|t|d)\b", script.split("Yours")[0]), script


def test_a_client_with_no_idea_where_to_find_a_new_provider_is_offered_suggestions(bot):
    decision = bot.handle(client(
        "To whoever reads this. We have been with you a very long time and this news has hit the whole surgery hard. I "
        "accept we have paid late more often than we should, our bookkeeper retired and we let it slide, but that is "
        "sorted now. Please think again. Honestly I would not even know where to start looking for another IT company "
        "before the holidays. Regards, the practice manager", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "happy to suggest a few IT providers" in draft


def test_a_light_reply_asked_for_a_joke_about_our_workload_is_light_not_the_stock_anger_lines(closed):
    script = closed.handle(staff("Hooli wrote 'too busy for us? maybe hire a few more techs then haha'. Keep the reply "
                                 "light, not snarky.")).reply.script
    assert "so frustrating" not in script and "Fair point" in script and "Monday 4 January 2027" in script


def test_an_ex_client_asking_us_to_sort_out_licences_still_billed_through_us_is_not_told_we_cant_fix_it(bot):
    decision = bot.handle(client("The antivirus subscription still lists you as our reseller and it renews soon. Can you "
                                 "sort that out?", "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "can't fix it" not in draft and "your own name" in draft


def test_a_team_note_asked_in_a_few_sentences_keeps_to_that_many(bot):
    reply = bot.handle(staff("Slack post for our engineers: nobody is to switch off or remove anything of Acme's before "
                             "they leave. Max 2 sentences.")).reply
    assert "For the team" in reply.text
    note = reply.text.split("For the team (not for the client):")[1].split("\n\n")[0].strip()
    assert len(re.findall(r"[.!?](?:\s|$)", note)) <= 2 and "switched off" in note, note


def test_the_handover_checklist_given_to_a_client_speaks_to_them_not_in_our_tracker_words(bot):
    script = bot.handle(staff("Send Acme Dental the handover checklist so they can see what they get before we go.")).reply.script
    assert "Your domains, registrar account and DNS in your own control" in script
    assert "passed to the client" not in script and "the client's own name" not in script


def test_a_numbered_pair_of_requests_after_hi_can_you_is_answered_in_both_parts(bot):
    decision = bot.handle(client("morning, could you 1) reset Lee's outlook password, she is locked out and 2) remind us "
                                 "what day your support stops?", "Acme Dental"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else ""
    assert decision.action == REPLY and "help desk" in said, decision
    assert long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])) in said


def test_an_ex_client_mocking_that_a_bot_answers_them_is_offered_a_person(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("wow, so we get an auto-reply now. says it all really", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "talk to a person" in draft and "Priya" in draft and "no ill will" not in draft


def test_a_bouncing_email_beside_a_date_question_is_a_fault_answered_as_well(bot):
    decision = bot.handle(client("two quick ones: 1) emails to reception are bouncing since lunch 2) when exactly do you "
                                 "stop covering us?", "Acme Dental"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else decision.staff_notice.text
    assert "help desk" in said and long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])) in said


def test_an_ex_client_asking_us_to_remove_our_delegated_admin_is_told_yes_it_comes_off(bot):
    decision = bot.handle(client("fyi you still show as delegated admin on our 365 tenant - can you get rid of that?",
                                 "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "remove it" in draft and "confirm to you in writing" in draft


def test_sarcasm_about_being_dropped_at_christmas_owns_the_timing_and_is_not_thanked_for_good_wishes(bot):
    decision = bot.handle(client("great timing, really. merry christmas to us, dropped by our IT company 🎄", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "timing isn't ideal" in draft and "good wishes" not in draft and "so frustrating" not in draft


def test_a_late_payer_who_has_now_paid_is_told_why_paying_now_does_not_change_the_decision(bot):
    script = bot.handle(staff("Acme says they've paid everything they owed as of today and asks if we can now just carry "
                              "on as before. Draft me a reply, kind but firm.")).reply.script
    assert "settling what's outstanding now doesn't change it" in script and "decision" in script


@pytest.mark.parametrize("text", ["@Sophie could you grab the spare paper towels from the back?",
                                  "anybody want tea? kettle's on"])
def test_a_clients_own_people_talking_to_each_other_in_the_shared_channel_get_no_reply_and_no_page(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    assert decision.action == IGNORE and decision.staff_notice is None


def test_an_ex_client_asking_whether_we_hold_their_data_and_wanting_it_deleted_is_an_erase_request(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Are you still holding any of our files? If so we would like them deleted.",
                                 "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "erase_request"


def test_an_ex_client_asking_who_to_call_when_something_breaks_is_not_told_to_call_us(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("hi, who do we ring now if the server falls over?", "Vandelay Imports"))
    said = (decision.reply or decision.draft).text
    assert "IT provider of your choice" in said and "best person to talk to" not in said
    said = (lambda d: (d.reply or d.draft).text)(bot.handle(client("who do we call now when something breaks?",
                                                                     "Globex Logistics")))
    assert "BrightPath IT" in said and "is who to call when something breaks" in said


def test_still_supported_until_a_last_day_after_our_closure_names_the_closure(closed):
    script = closed.handle(staff("what do I say if Hooli asks whether we'll still answer the phone on the "
                                 "4th?")).reply.script
    assert "exactly as before" not in script and "Thursday 24 December 2026" in script


@pytest.mark.parametrize("text", ["Hooli want to know if they can still ring us right up to the 4th. What do I tell them?",
                                  "what should I say if Hooli ask whether we'll still pick up the phone on the 4th?"])
def test_staff_passing_on_whether_a_client_can_still_reach_us_get_yes_not_the_decision_restated(closed, text):
    decision = closed.handle(staff(text))
    assert decision.intent == "support_request" and "Yes" in decision.reply.script


def test_a_client_asking_us_to_keep_hosting_something_months_past_the_end_is_told_kindly_no_not_thanked_for_an_offer(closed):
    script = closed.handle(staff("Hooli asked whether we could keep hosting their website till February. Can we?")).reply.script
    assert "Thank you for the offer" not in script and "after Monday 4 January 2027" in script


def test_a_script_signed_by_a_colleagues_first_name_is_signed_with_their_name_in_full(closed):
    closed.clients.edit("Acme Dental", account_owner="Priya Shah")
    script = closed.handle(staff("Write to Castle Tech introducing us and asking for a handover call for Hooli next week. "
                                 "Sign it from Priya.")).reply.script
    assert script.rstrip().endswith("Priya Shah\nNorthwind IT") or "\nPriya Shah\n" in script, script


def test_a_client_afraid_of_losing_email_is_told_what_we_do_not_promised_their_systems_run_exactly_as_they_are(bot):
    said = (lambda d: (d.reply or d.draft).text)(bot.handle(client("Is our email going to stop working when you leave?",
                                                                    "Acme Dental")))
    assert "everything keeps running exactly as it is" not in said
    assert "licences it depends on are in your own name" in said


def test_whats_the_date_you_stop_again_is_answered_with_the_last_day(bot):
    decision = bot.handle(client("sorry, what's the date you stop again?", "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "end_date"
    assert long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])) in decision.reply.text


def test_thanks_confirming_the_handover_arrived_is_answered_as_that_not_as_kind_words(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Thanks for the handover docs, all received.", "Vandelay Imports"))
    assert decision.action == REPLY and "arrived safely" in decision.reply.text and "kind words" not in decision.reply.text


def test_a_client_saying_their_new_it_is_called_something_is_thanked_for_the_provider_not_sent_to_the_help_desk(bot):
    decision = bot.handle(client("fyi our new IT people are called MolarWorks, email support@molarworks.example",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "MolarWorks is taking over" in said and "help desk" not in said


@pytest.mark.parametrize("text, client_name, deadline", [
    ("Castle Tech will probably get in touch with you after new year", "Hooli Bakery", "Wednesday 23 December 2026"),
    ("we've been talking to a few IT firms, the new one will probably be in touch before Christmas", "Acme Dental",
     "Monday 14 December 2026")])
def test_a_new_provider_promised_in_touch_after_the_handover_date_is_told_kindly_that_is_too_late(closed, text, client_name,
                                                                                                deadline):
    # (Acme's days as of the closed bot's pinned Tuesday 1 December 2026, whatever day the calendar run is on)
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")
    decision = closed.handle(client(text, client_name))
    assert decision.intent == "provider_handover"
    draft = decision.staff_notice.text
    assert "Thank you for letting us know" in draft and "rather not leave it that late" in draft and deadline in draft


def test_a_call_promised_by_the_client_themselves_is_not_read_as_a_late_provider(closed):
    decision = closed.handle(client("We'll ring you before christmas about the party", "Acme Dental"))
    assert "leave it that late" not in decision.staff_notice.text


def test_a_new_provider_asking_us_to_take_our_agents_off_now_is_offered_an_agreed_earlier_switch_over(bot):
    decision = bot.handle(client("Hi, this is Dan from MedTech IT, we're taking over Acme Dental. Could you uninstall your "
                                 "RMM agents from their machines today please?", "Acme Dental"))
    said = decision.staff_notice.text
    assert "stay in place while we still support Acme Dental" in said   # (nothing off before the client says so)
    assert "earlier switch-over day" in said and "confirm it in writing" in said


def test_an_ex_client_asking_us_to_reset_a_colleagues_email_password_is_declined_as_support_not_sent_credentials(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("can u just reset the receptionist's email pw, literally 2 mins", "Vandelay Imports"))
    assert decision.intent == "after_end_request" and "not able to help with this request" in decision.reply.text


def test_a_formal_letter_confirming_the_date_we_stopped_supporting_an_ex_client_is_written_not_just_coached(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's director wants a formal letter confirming the date we stopped supporting them, "
                             "something for their insurer apparently. Priya will sign. Can you draft?")).reply
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"We are writing to confirm that our support for Vandelay Imports ended on {ended}" in reply.script
    assert "decline further work" not in reply.text


def test_a_teams_message_to_the_techs_about_an_ex_client_gives_the_line_to_say_when_they_ring(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Can u write a Teams msg to the tech team: don't take any calls from Vandelay, and what to say "
                             "if they ring. keep it polite, some of the lads were pretty fed up with them")).reply
    assert "For the team (not for the client)" in reply.text and 'If they ring, something like: "Thanks for calling.' in reply.text


def test_a_call_to_the_client_to_chase_their_new_providers_contact_asks_for_it_not_as_if_the_provider_were_there(closed):
    script = closed.handle(staff("I'm going to ring Hooli this afternoon to chase who their Castle Tech person is. Can you "
                                 "give me a short phone script? I tend to waffle.")).reply.script
    assert "Could you share Castle Tech's contact details with us" in script and "With Castle Tech here" not in script


def test_a_helpdesk_post_on_which_clients_we_no_longer_take_tickets_for_lists_the_ended_ones(bot):
    add_vandelay(bot.clients)
    post = bot.handle(staff("need a quick post for #helpdesk so the techs know which clients we DON'T pick up tickets for "
                            "anymore. bullet points, nothing fancy")).reply.text
    assert "- Globex Logistics: support ended on" in post and "- Vandelay Imports: support ended on" in post
    assert "Acme Dental" not in post and "[client]" not in post


def test_a_formal_request_to_confirm_the_end_in_writing_is_confirmed_as_such(bot):
    decision = bot.handle(client("Dear Sir/Madam, For our records, please confirm in writing the date on which your IT support "
                                 "services to Globex Logistics ceased. Yours faithfully, Finance Department", "Globex Logistics"))
    ended = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert f"We confirm that our IT support for Globex Logistics ended on {ended}." in decision.reply.text


def test_asked_to_confirm_credentials_were_returned_the_draft_promises_a_check_not_a_claim(bot):
    decision = bot.handle(client("Dear Sir/Madam, please confirm in writing the date on which your IT support services "
                                 "ceased, and confirm that all administrator credentials belonging to Globex have been "
                                 "returned to us. Yours faithfully, Finance Department", "Globex Logistics"))
    draft = decision.staff_notice.text
    assert "will check what was handed over" in draft and "Could you tell us who should receive" not in draft


def test_licences_and_email_asked_together_get_one_no_not_a_second_no_about_stopping(closed):
    draft = closed.handle(client("Q's - are our Microsoft licences in your name or ours? And will our email stop on Monday "
                                 "4 January 2027?", "Hooli Bakery")).staff_notice.text
    assert "No, you won't lose your email" in draft and "No, they won't just stop" not in draft


def test_asked_to_keep_supporting_one_system_the_new_provider_wont_cover_points_to_a_specialist_not_to_them(closed):
    decision = closed.handle(client("Castle Tech don't do till systems. Could you just keep supporting the tills until end "
                                    "of February? We'd pay whatever.", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "We can't keep looking after your tills after Monday 4 January 2027" in said
    assert "a specialist for them could take them on" in said and "Castle Tech can take it on" not in said


def test_asked_whether_to_promise_a_retention_period_staff_are_told_not_before_the_owner_agrees_it(bot):
    reply = bot.handle(staff("Priya's off today - can I promise Acme we'll keep a copy of their data for 90 days after we "
                             "finish?")).reply.text
    assert reply.split("\n\n")[1].startswith("Don't promise it yet: no retention period is on our record for Acme Dental")


def test_a_kind_no_to_an_ex_client_gives_the_new_providers_contact_on_record(bot):
    contact = "help@brightpath.example"
    bot.clients.edit("Globex Logistics", new_provider_contact=contact)
    script = bot.handle(staff('Globex posted this in their channel, how do I answer? Tom\'s cc\'d.\n\n"hey guys quick one, '
                              'the new lot can\'t find how the VPN was set up on the firewall, can u just send the config '
                              'over? cheers')).reply.script
    assert f"BrightPath IT ({contact})" in script


def test_a_domain_asked_to_be_released_from_our_registrar_account_is_moved_to_them_not_a_login_handed_over(bot):
    draft = bot.handle(client("BrightPath says the domain is still in your registrar account, can you release it?",
                              "Globex Logistics")).staff_notice.text
    assert "a registrar account in your own name, which BrightPath IT can then manage for you" in draft


@pytest.mark.parametrize("text, asked", [
    ("email to BrightPath IT asking them to confirm they've received the Globex admin credentials. Tom signs",
     "Could you confirm that the admin passwords for Globex Logistics have reached you"),
    ("Can you write a quick note to Acme asking them to confirm they got the data drive?",
     "Could you confirm that the data drive has reached you")])
def test_words_asking_them_to_confirm_receipt_ask_that_and_send_nothing(bot, text, asked):
    script = bot.handle(staff(text)).reply.script
    assert asked in script and "Once Globex Logistics confirms" not in script


def test_a_note_that_our_access_and_agents_are_gone_names_the_agents_as_part_of_it_not_all_of_it(bot):
    script = bot.handle(staff("Write a short message for the Globex channel letting them know we've removed our access and "
                              "agents now. Tom signs.")).reply.script
    assert "have removed our own access to your systems, including our remote-monitoring agents." in script


def test_asking_how_to_cancel_the_direct_debit_is_no_offer_of_money_to_decline(bot):
    draft = bot.handle(client("How do we cancel the direct debit to you after the 21st?", "Acme Dental")).staff_notice.text
    assert "Thank you for the offer" not in draft and "payment arrangement" not in draft


def test_an_invitation_to_the_clients_christmas_drinks_is_thanked_and_left_to_a_person(bot):
    decision = bot.handle(client("will any of you come to our christmas drinks on the 18th? 🎄", "Acme Dental"))
    assert decision.action == HANDOFF and "Thank you for the kind invitation!" in decision.staff_notice.text


def test_an_intro_to_the_new_provider_says_what_is_handed_over_domain_keys_and_licences_included(closed):
    script = closed.handle(staff("Write an intro email to Castle Tech about the Hooli handover. I'll fill in their address "
                                 "when I find it. From me.")).reply.script
    assert "the domain registrar and DNS" in script and "encryption keys" in script and "Licences and renewals" in script


def test_a_closure_post_asks_for_the_provider_in_time_for_the_handover_not_for_it_finished_before_we_close(closed):
    script = closed.handle(staff("Can you write a short post for Hooli's channel about the Christmas closure and what it "
                                 "means for their handover? Couple of lines.")).reply.script
    assert "handover is finished before we close" not in script and "Wednesday 23 December 2026" in script


def test_an_ex_clients_urgent_key_request_is_checked_not_presumed_held_and_its_urgency_heard(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("We can't find the backup encryption key anywhere. You must have it. Send it over here please, "
                              "urgent.", "Vandelay Imports")).staff_notice.text
    assert "We understand this is urgent." in draft and "check straight away whether we still hold it" in draft


def test_a_draft_answering_passwords_and_data_together_asks_who_receives_them_once_and_thanks_once(bot):
    draft = bot.handle(client("two things - can you post all our admin passwords in here so we've got them, and can we get "
                              "a copy of the x-ray image backups before you go?", "Acme Dental")).staff_notice.text
    assert draft.count("secure channel") == 1 and "receive it?" not in draft and "Thank you for asking" not in draft


def test_the_closure_said_after_a_brought_forward_date_does_not_give_the_date_again(closed):
    draft = closed.handle(client("Hi there, this is Castle Tech - we're taking over IT for Hooli Bakery. Who should we talk "
                                 "to, and when can we get admin credentials?", "Hooli Bakery")).staff_notice.text
    assert "which is why we ask for that day." in draft and draft.count("23 December") == 1


def test_what_happens_on_the_last_day_to_a_client_with_nobody_is_walked_through(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff(f"Acme still have no one lined up. What actually happens on {end} if they've got "
                             "nobody?")).reply.text
    assert "itself nothing of theirs is switched off or deleted" in reply and "only after that does our own access" in reply


def test_a_review_threat_demanding_support_back_is_told_plainly_it_wont_resume(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("I'm writing Google reviews tonight and telling the chamber of commerce what kind of outfit you "
                              "are. Unless you want that, I suggest you start supporting us again.",
                              "Vandelay Imports")).staff_notice.text
    assert "the decision is final, so we won't be resuming it" in draft and "suggest a few providers" in draft


def test_a_recommendation_asked_with_a_typo_beside_a_fault_gets_both_answered(bot):
    decision = bot.handle(client("Two things - 1) can you recomend anyone to take over from you? we've no idea where to start "
                                 "2) Sharons outlook keeps crashing when she opens attachments, since yesterday", "Acme Dental"))
    said = (decision.reply or decision.staff_notice).text
    assert "happy to suggest a few IT providers" in said and "on to our help desk" in said


def test_an_ex_clients_email_that_has_been_down_is_named_in_the_kind_no(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("Oh brilliant, so now you've dumped us nobody answers anymore. Classy. Our email's been down "
                              "since this morning btw, not that you care.", "Vandelay Imports")).staff_notice.text
    assert "We're not able to look at your email" in draft


def test_a_key_that_blocks_the_new_providers_restore_is_handed_over_not_declined_as_a_fault(bot):
    draft = bot.handle(client("URGENT we never got the backup encryption key from you. BrightPath cant restore anything "
                              "without it. Sort this out please", "Globex Logistics")).staff_notice.text
    assert "can't fix it" not in draft and "The backup encryption key is yours" in draft


def test_talking_points_for_a_call_where_the_client_will_ask_for_more_time_are_written(closed):
    reply = closed.handle(staff("On a call with Hooli in 10 min. They're going to ask if we can stay on till March because "
                                "Castle Tech can't start before then. Give me bullet points")).reply
    assert reply.script and "- We can't continue our support beyond Monday 4 January 2027" in reply.script


@pytest.mark.parametrize("text", ["should we push Acme's end into January?", "can we push Acme's last day into February?"])
def test_pushing_a_clients_named_end_later_is_a_no_to_more_time(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert "No: the last day of support stays as it is" in reply and "Yes" not in reply.split("\n\n")[1]


def test_an_ex_clients_thanks_with_fond_teasing_and_christmas_wishes_is_thanked_back_not_declined(bot):
    decision = bot.handle(client("Just wanted to say thanks for everything over the years. The warehouse lads will miss Tom's "
                                 "terrible jokes. All the best for Christmas!", "Globex Logistics"))
    assert decision.intent == "gratitude" and "no longer able" not in decision.reply.text


def test_can_you_still_help_in_an_emergency_after_the_last_day_is_answered_with_who_to_call_and_the_closure(closed):
    decision = closed.handle(client("Hello, sorry for my english. We want to know if after Monday 4 January you still can "
                                    "help us for emergency? We are little bit worried for Christmas time because shop is "
                                    "very busy.", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "Castle Tech is who to call" in said and "office is closed from Thursday 24 December 2026" in said
    assert "on to our help desk" not in said


def test_a_reason_written_as_a_note_is_said_to_the_client_as_a_sentence(bot):
    reply = bot.handle(client("Can someone please explain properly why you are ending our contract?", "Acme Dental")).reply
    assert "The reason is late payment: our invoices were paid 30-60 days late most of this year." in reply.text


def test_words_for_a_caller_on_hold_are_given_to_say_not_only_coaching(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's director is on hold right now saying they want to come back and will be 'less "
                             "demanding'. What do I say? Give me the actual words.")).reply
    assert "To say on the call:" in reply.text and "the decision is final" in reply.script


def test_we_stopped_supporting_them_told_in_passing_is_no_proposal_to_hold_back(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("vandelay emailed asking for a copy of all their files from our backups. we stopped supporting "
                             "them end of october. what do I do & can you draft the reply")).reply
    assert reply.script and "Your data is yours" in reply.script


def test_a_note_to_the_managers_asking_for_an_owner_is_for_our_team_and_asks_for_one(closed):
    reply = closed.handle(staff("can you draft a note to the managers asking someone to take ownership of the Hooli Bakery "
                                "offboarding? bullets are fine")).reply.text
    assert "For the team (not for the client)" in reply and "we need someone to own the Hooli Bakery offboarding" in reply
    assert "Hello Hooli Bakery team" not in reply


def test_whether_a_migration_project_is_in_scope_gets_the_new_project_answer_not_of_course(bot):
    reply = bot.handle(staff("Acme want us to migrate them onto a new practice management system before they go. is that in "
                             "scope or do I say no?")).reply.text
    assert "Of course, we'll take care of this" not in reply and "Only if it can be finished" in reply
    assert "check with Priya" in reply


def test_do_we_just_cancel_their_licences_is_answered_no_not_yes(bot):
    reply = bot.handle(staff("Apparently Globex still has some Microsoft licences billed through us. Do we just cancel "
                             "them?")).reply.text
    assert reply.split("\n\n")[1].startswith("No: don't cancel them")


def test_a_guess_naming_a_person_losing_their_temper_is_corrected_with_the_reason_on_record(bot):
    decision = bot.handle(client("Is this about Dr Patel losing his temper with your technician last month? He's already said "
                                 "sorry for that, it won't happen again.", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert decision.intent == "explain_reason" and "it isn't about a disagreement with our team" in said


def test_the_new_provider_asking_how_firewall_rules_were_set_up_is_the_kind_no_not_a_login_handover(bot):
    decision = bot.handle(client("Hi, Jen from BrightPath IT here. Could you tell us how the VPN rules on the Globex firewall "
                                 "were set up? The documentation we got is a bit thin.", "Globex Logistics"))
    assert decision.intent == "provider_config_question" and decision.action == REPLY
    assert "not able to answer further questions about the setup" in decision.reply.text


@pytest.mark.parametrize("text, said", [
    ("2 things: can you put all our files on a USB stick for us, and what's the admin password for our email? need it for "
     "the new people", "The email admin login is yours"),
    ("hello, when you leave will we get all our data? the patient records system and the emails. what format, and when?",
     "complete copy of your data on an external drive")])
def test_a_short_follow_on_fragment_is_part_of_the_request_before_it_so_the_draft_answers_it(bot, text, said):
    draft = bot.handle(client(text, "Acme Dental")).staff_notice.text
    assert said in draft and "will come back to you on this shortly" not in draft


def test_a_letter_signed_with_a_title_and_initial_is_greeted_with_both_not_a_bare_title(bot):
    draft = bot.handle(client("Dear all,\n\nI have been sitting with your letter for over a week. We know we have been slow "
                              "with payments. We will pay the whole of next year up front. Please, please reconsider. I don't "
                              "want to start again with strangers.\n\nWith kind regards,\nDr M.", "Acme Dental")).staff_notice.text
    assert "Dear Dr M," in draft and "Dear Dr," not in draft


def test_a_formal_legal_letter_is_acknowledged_as_received_and_names_who_will_reply(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("Dear Sir or Madam,\n\nWe write on behalf of Vandelay Imports to formally dispute the "
                              "termination of our support agreement. We request immediate reinstatement of services and "
                              "reserve all our rights. Please confirm receipt of this letter and the name of the person "
                              "dealing with it.\n\nYours faithfully,\nVandelay Imports", "Vandelay Imports")).staff_notice.text
    assert "which we confirm we have received" in draft and "I'll reply" in draft


def test_a_no_to_switching_something_off_early_speaks_of_money_only_when_money_was_mentioned(bot):
    reply = bot.handle(staff("can we switch off Acme's backup monitoring alerts now? they're leaving anyway and it's just "
                             "noise")).reply.text
    assert "No: nothing of Acme Dental's is suspended or switched off" in reply
    assert "whatever is owed" not in reply and "invoice" not in reply.split("\n\n")[1]


def test_a_final_invoice_asked_for_again_is_sent_without_claiming_what_it_covers(bot):
    draft = bot.handle(client("Two things: 1) can you resend the final invoice, and 2) while you're at it, can someone check "
                              "why Outlook keeps asking for a password?", "Globex Logistics")).staff_notice.text
    assert "will send you the final invoice" in draft and "for our support up to" not in draft


def test_an_ex_client_asking_why_with_only_a_category_on_record_is_not_promised_a_talk_about_it(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(client("Be honest with me. You dropped us because we're small fry, aren't you?",
                              "Vandelay Imports")).staff_notice.text
    assert "go through it with you" not in draft and "Our support ended on" in draft and "wish you and your team well" in draft


def test_a_client_saying_they_always_paid_on_time_is_thanked_for_it_when_payment_is_not_the_reason(closed):
    draft = closed.handle(client("Why are you ending our contract?? We have always paid on time, every single month. I really "
                                 "don't understand.", "Hooli Bakery")).staff_notice.text
    assert "it isn't about payment. We're grateful for how you've worked with us." in draft
    assert "You've always paid on time" not in draft   # (their record of it is theirs: not on ours to confirm)


def test_an_sms_with_room_asked_for_keeps_each_point_by_shortening_its_dates(closed):
    reply = closed.handle(staff("need an SMS to Hooli's owner reminding them about our christmas closure and the handover. "
                                "under 320 chars")).reply
    assert "Thu 24 Dec" in reply.script and "Castle Tech" in reply.script and "Wed 23 Dec" in reply.script
    assert len(reply.script) <= 320


def test_a_holiday_message_about_our_closure_wishes_them_well_for_the_season(closed):
    script = closed.handle(staff("Write a polite holiday message we can pin in Hooli's channel about us being closed over "
                                 "Christmas")).reply.script
    assert "office is closed from Thursday 24 December 2026" in script and "a happy Christmas" in script


def test_a_call_script_for_a_client_with_no_provider_presumes_none(bot):
    script = bot.handle(staff("give me a 60 second phone script for ringing Acme Dental about getting their data back before "
                              "they leave")).reply.script
    assert "your new provider to get in touch" not in script and "Once you've chosen a new provider" in script


def test_a_warm_no_to_an_owner_who_rang_in_tears_thanks_them_for_calling_and_owns_how_hard_it_is(closed):
    script = closed.handle(staff("Hooli's owner rang me nearly in tears, says they'll halve their tickets if we keep them on. "
                                 "Help me write an email back - warm, but it's still a no.")).reply.script
    assert "Thank you for calling" in script and "we're sorry it has been so upsetting" in script
    assert "thought about it carefully" not in script


def test_a_new_provider_asking_what_we_need_from_them_is_told_in_the_draft(closed):
    draft = closed.handle(client("Hi, Castle Tech here. We're taking over IT for Hooli Bakery. Who should we speak to about the "
                                 "handover and what do you need from us?", "Hooli Bakery")).staff_notice.text
    assert "all we need is a named contact and a time for a handover call" in draft


def test_a_team_post_cut_to_three_lines_keeps_the_dated_facts_over_advice(closed):
    post = closed.handle(staff("need a slack post for #ops re hooli bakery. 3 lines max, just the facts")).reply.text
    lines = post.split("For the team (not for the client):\n", 1)[1].strip().splitlines()
    assert len(lines) == 3 and "Wednesday 23 December 2026" in lines[2]


def test_a_checklist_email_with_a_word_limit_keeps_within_it_and_keeps_every_item(bot):
    reply = bot.handle(staff("Can you draft a short email to Acme Dental reminding them where we are with the handover? Under "
                             "150 words, signed by me.")).reply
    assert len(reply.script.split()) < 150 and "7. The handover signed off" in reply.script


def test_a_formal_letter_confirming_the_termination_says_what_happens_to_what_is_theirs_and_the_invoice(bot):
    script = bot.handle(staff("Priya wants a formal letter to Acme Dental confirming the termination and the dates. She'll "
                              "sign it. Can you write it?")).reply.script
    assert "through a secure channel" in script and "final invoice will follow separately" in script
    assert "Yours sincerely," in script


def test_an_email_reminding_a_client_their_last_day_is_a_reminder_of_that_day(closed):
    script = closed.handle(staff("email to Hooli reminding them their last day is Monday 4 January")).reply.script
    assert "A quick reminder: Monday 4 January 2027 is your last day of support" in script


@pytest.mark.parametrize("text", ["Where are we up to with Acme? What's done and what's still open?",
                                  "where are we at with acme dental"])
def test_asked_where_a_handover_stands_staff_get_its_checklist_not_a_yes_or_no(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert not reply.split("\n\n", 1)[1].startswith("No.") and "0/11 done" in reply and "[ ] sign-off" in reply


def test_asked_whether_to_give_a_client_their_own_mobile_for_the_holidays_staff_are_told_no_first(closed):
    reply = closed.handle(staff("can I give Hooli my mobile for emergencies over Christmas?")).reply.text
    assert reply.split("\n\n")[1].startswith("No, keep your own number to yourself")


def test_a_short_voicemail_to_an_ex_client_still_says_who_can_help_now(bot):
    script = bot.handle(staff("Vandelay left a voicemail wanting us to sort their printer. When I ring back I'll probably get "
                              "voicemail myself - 20 sec voicemail script please")).reply.script
    assert "Another IT provider can help from here." in script and "anything further" not in script
    assert len(script.split()) / 2.5 <= 20


def test_a_text_that_opens_on_an_ask_greets_them_first(bot):
    script = bot.handle(staff("The dental practice's front desk keeps ringing me about 'what happens next'. Give me a text "
                              "message I can send them, under 300 characters, reminding them their new IT people need to "
                              "get in touch with us a week before the end")).reply.script
    assert script.startswith("Hi, please ask the provider you choose") and len(script) <= 300


def test_an_email_suggesting_what_to_do_about_email_names_the_hosted_services(bot):
    script = bot.handle(staff("Acme Dentl still haven't picked anyone to replace us. Can you write them an email offering "
                              "their data on a drive and suggesting what to do about email if they don't sort someone out? "
                              "<200 words")).reply.script
    assert "Microsoft 365 or Google Workspace" in script and "If you've already chosen" not in script


def test_asked_if_more_money_is_worth_a_conversation_staff_get_a_no_and_that_the_reason_is_not_price(bot):
    reply = bot.handle(staff("Tom mentioned Globex are offering to double their retainer if we take them back. Worth a "
                             "conversation?")).reply.text
    answer = reply.split("\n\n")[1]
    assert answer.startswith("No to anything that reopens the decision") and "More money doesn't change why we parted" in answer


def test_asked_for_a_name_at_the_new_provider_staff_are_told_only_an_address_is_on_record(bot):
    reply = bot.handle(staff("who is our contact at BrightPath for the Globex stuff? need a name")).reply.text
    assert "No named person at BrightPath IT is on record" in reply


def test_an_ex_client_whose_new_provider_is_not_working_out_is_wished_the_right_fit_not_success_with_them(bot):
    reply = bot.handle(client("Tom - bit awkward but BrightPath isn't working out for us. Any chance we could come back? We'd "
                              "sign off whatever scope you want this time.", "Globex Logistics")).reply.text
    assert "we hope you find the right fit" in reply and "success with BrightPath" not in reply


def test_an_ex_client_scoffing_at_the_reason_is_answered_and_still_wished_well_with_their_new_provider(bot):
    reply = bot.handle(client("oh brilliant, 'scope creep'. so asking you to actually do your job is 'creep' now. hope you "
                              "enjoy losing clients", "Globex Logistics")).reply.text
    assert "outside the agreed scope" in reply and reply.count("We wish you well") == 1


def test_a_guess_at_slow_paying_from_an_ex_client_is_answered_as_why_not_as_a_cut_off(bot):
    decision = bot.handle(client("I'm guessing you cut us off because we were slow paying? Just say it.", "Globex Logistics"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.intent == "explain_reason" and "it isn't about payment" in said


def test_a_hurt_client_saying_they_pay_on_time_and_are_kind_to_us_is_thanked_for_how_they_worked_with_us(closed):
    draft = closed.handle(client("why r u dropping us?? we always pay on time & we r nice to ur guys", "Hooli Bakery")).staff_notice.text
    assert "We're grateful for how you've worked with us." in draft and "anything you've done" not in draft


def test_a_client_asking_if_it_is_because_they_are_only_small_is_told_it_is_not_their_size(closed):
    draft = closed.handle(client("Hello, sorry for my english. Why you stop the work with us? We pay always the bill on time. "
                                 "Is because we are only small bakery?", "Hooli Bakery")).staff_notice.text
    assert "this isn't about the size of your business" in draft and "We're grateful for how you've worked with us" in draft


@pytest.mark.parametrize("text", ["give me a one-line status per client for the offboarding list, need it for the 2pm meeting",
                                  "One line per client for Monday standup pls - where each of them is at"])
def test_a_status_line_per_client_is_the_roster_not_a_refusal(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "roster" and "Acme Dental: last day of support" in decision.reply.text


@pytest.mark.parametrize("text", ["can I take Fri 18 Dec off, and who signs off leave round here?",
                                  "Can I take Tues 22 Dec off? not sure who signs off leave these days"])
def test_a_leave_request_is_for_the_manager_not_the_handover_sign_off(closed, text):
    reply = closed.handle(staff(text)).reply.text
    assert "Time off itself is for your manager to approve" in reply and "Sign-off" not in reply


@pytest.mark.parametrize("text", ["Inittech want a new starter laptop sorted for next week - do I use the offboarding handover "
                                  "template for that or?", "any update on initech's printer ticket from last week?"])
def test_everyday_work_for_an_active_client_is_told_as_that_not_offboarding(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert "Initech is an active client, so this is everyday work" in reply and "offboard start" not in reply


def test_asked_whether_to_just_keep_going_past_the_last_day_staff_are_told_no(bot):
    reply = bot.handle(staff("Acme still havent picked anyone to take over. What happens if there's nobody by the last day, "
                             "do we just keep going?")).reply.text
    assert reply.split("\n\n")[1].startswith("No: the last day of support stays")


def test_a_colleague_tempted_by_a_bigger_fee_is_given_the_case_against_not_a_venting_answer(bot):
    reply = bot.handle(staff("Acme said they'd double the monthly fee if we stay on. honestly tempted... talk me out of it or "
                             "into it")).reply.text
    assert reply.split("\n\n")[1].startswith("No: the last day stays") and "Let it out here" not in reply


def test_a_reply_declining_a_bigger_fee_thanks_them_for_the_offer(bot):
    script = bot.handle(staff("lol acme just offered to double their monthly fee if we keep them. Priya's tempted tbh. can you "
                              "draft a reply declining, 3 sentences tops")).reply.script
    assert "Thank you for the offer; we appreciate it, but it doesn't change things." in script


@pytest.mark.parametrize("text, label", [
    ("Need a post for the Hooli Bakery Slack channel: confirm when we finish and nudge Castle Tech to get in touch before we "
     "shut for Christmas. Keep it light.", "Ready to post as a chat message:"),
    ("priya's off today and acme's practice manager just phoned nearly in tears saying they've cleared every overdue "
     "invoice and can they please stay. I said I'd ring back - what do I say?", "To say on the call:")])
def test_the_channel_asked_for_is_the_shape_of_the_words(closed, text, label):
    assert label in closed.handle(staff(text)).reply.text


def test_two_things_a_key_and_a_fear_of_wiping_are_both_answered_in_the_draft(closed):
    draft = closed.handle(client("two things - 1) can you send over the backup encryption key so castle tech has it, and 2) are "
                                 "you going to wipe our stuff after Monday 4th Jan?", "Hooli Bakery")).staff_notice.text
    assert "The backup encryption key is yours" in draft and "No: nothing of yours is wiped or deleted" in draft


def test_a_client_asking_if_we_have_a_key_their_new_provider_needs_gets_the_handover_draft(closed):
    decision = closed.handle(client("Castle Tech mentioned they need 'the backup encryption key'?? no idea what that is lol, is "
                                    "that something you have?", "Hooli Bakery"))
    assert decision.intent == "credentials_handover" and "The backup encryption key is yours" in decision.staff_notice.text


@pytest.mark.parametrize("text, items", [
    ("pls just paste the admin logins for the server and the xray pc in here so we've got them",
     "The server admin login and the X-ray PC admin login are yours"),
    ("hiya, castle tech asked for the admin password for our office pc + router, can you just pop them in here?",
     "The router admin login and the office PC admin login are yours")])
def test_a_pc_login_asked_for_beside_another_is_named_in_the_draft(bot, text, items):
    client_name = "Acme Dental"
    assert items in bot.handle(client(text, client_name)).staff_notice.text


def test_a_domain_to_move_and_a_wifi_fault_are_each_answered_as_what_they_are(closed):
    draft = closed.handle(client("hi two things - can you move our website domain over to Castle Tech? and the card machine "
                                 "wifi in the shop keeps dropping out since yesterday", "Hooli Bakery")).staff_notice.text
    assert "Wi-Fi admin password" not in draft and "We've passed the problem with your Wi-Fi on to our help desk" in draft
    assert "a registrar account in your own name, which Castle Tech can then manage for you" in draft


def test_a_users_reset_asked_beside_a_login_to_hand_over_is_answered_too(bot):
    draft = bot.handle(client("Hi, 2 things: can you reset the password for dr.okafor - she's locked out - and can you post "
                              "the login for our domain account here so we have it?", "Acme Dental")).staff_notice.text
    assert "The domain registrar login is yours" in draft
    assert "The locked-out user's password reset is everyday support: we've passed it to our help desk" in draft


def test_the_new_provider_asking_how_it_was_set_up_with_notes_missing_gets_a_draft_declining_and_offering_them(bot):
    decision = bot.handle(client("Hello from BrightPath IT. We've taken over Globex Logistics. A couple of the site-to-site VPN "
                                 "tunnels keep dropping and we can't find the original config notes. Could one of your "
                                 "engineers walk us through how it was set up? Happy to jump on a call whenever suits.",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question" and decision.draft is not None
    assert "Our support ended on" in decision.draft.text and "through a secure channel" in decision.draft.text


@pytest.mark.parametrize("text", [
    "BrightPath emailed asking how Globex's nightly backups were set up - retention, where the jobs run etc. Tom wants a "
    "reply from him to help@brightpath.example, polite but we're not doing it",
    "BrightPath (globex's new guys) want to know how we set up the site-to-site vpn between their two warehouses. do we owe "
    "them that?? if not draft me a reply"])
def test_staff_asked_about_the_new_providers_setup_questions_get_the_kind_no_to_them(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "ended on" in reply.script
    assert "contract's retention terms" not in reply.text and "agreed in writing" not in reply.text


def test_a_day_the_client_needs_an_answer_by_is_promised_in_the_draft(bot):
    draft = bot.handle(client("Our Microsoft 365 renewal is coming up - is it still billed through you or straight to us now? "
                              "Finance needs to know by Friday", "Globex Logistics")).staff_notice.text
    assert "confirming how they're billed before Friday" in draft


def test_an_invoice_the_client_does_not_understand_is_taken_up_beside_the_licences(bot):
    draft = bot.handle(client("Are our M365 licences still billed through you? got an invoice i don't understand. who do we "
                              "talk to", "Globex Logistics")).staff_notice.text
    assert "will also go through the invoice you mentioned with you" in draft


def test_a_format_asked_for_a_data_export_is_confirmed_by_a_person(bot):
    draft = bot.handle(client("Before the last day we need all our files, emails and the x-ray software database exported. "
                              "What format will it come in and when??", "Acme Dental")).staff_notice.text
    assert "We'll confirm the format of each part" in draft


def test_a_client_left_waiting_for_a_reply_is_told_sorry_for_that_first(bot):
    draft = bot.handle(client("Wow. Three days and not a peep. Really living up to that 'client first' slogan aren't you",
                              "Globex Logistics")).staff_notice.text
    assert "We're sorry you've been left waiting for a reply" in draft


def test_how_long_we_keep_backups_is_for_a_person_to_confirm_not_a_policy_the_draft_invents(bot):
    draft = bot.handle(client("can we get all our files + emails on a hard drive before we go? and how long do u keep our "
                              "backups after you finish?", "Acme Dental")).staff_notice.text
    assert "I'll confirm how long we keep our copies of your backups" in draft
    assert "We won't be keeping your backups" not in draft


def test_an_untouched_tracker_after_the_end_is_said_to_be_unrecorded_not_undone(bot):
    reply = bot.handle(staff("globex is over now right? what loose ends do we need to tidy on our side. think we've still got "
                             "rmm agents on their boxes")).reply.text
    assert "Nothing is ticked in the tracker for Globex Logistics: that may only mean nobody recorded it" in reply


def test_a_straight_answer_to_nobody_ever_told_us_why_does_not_concede_it_was_never_said(bot):
    script = bot.handle(staff("Globex's ops director emailed Tom saying \"nobody ever told us why\". Tom wants a straight "
                              "answer back, 150 words max")).reply.script
    assert "outside the agreed scope" in script and "wasn't made clear" not in script


@pytest.mark.parametrize("text, shown", [
    ("put together a handover checklist for the Acme move that I can drop in our team channel. bullets fine",
     "- Handover signed off by a named person at the client: "),
    ("Put together a handover checklist for Acme Dental as a table for Priya - item, owner, due, status.",
     "| Item | Owner | Due | Status |")])
def test_a_checklist_for_our_own_side_is_plain_items_without_the_trackers_commands(bot, text, shown):
    reply = bot.handle(staff(text)).reply.text
    assert shown in reply and "offboard check" not in reply and "sign-off:" not in reply


def test_asked_who_owns_a_client_with_none_recorded_to_sign_a_letter_staff_are_told_who_can(closed):
    reply = closed.handle(staff("who owns the Hooli account on our side? need someone to sign the follow up")).reply.text
    assert "No account owner is on record for Hooli Bakery" in reply and "sign the follow-up yourself" in reply


def test_a_formal_letter_asked_to_confirm_the_end_date_and_handover_steps_lists_the_steps(closed):
    script = closed.handle(staff("Can you do a formal letter to Hooli Bakery confirming the end date and handover steps? They "
                                 "want something on paper for their files. Sign it from me, Sam Taylor")).reply.script
    assert "we'll hand over everything that is yours" in script and "Monday 4 January 2027" in script


def test_a_letter_of_what_we_need_that_is_asked_to_confirm_the_end_and_closure_confirms_them_first(closed):
    script = closed.handle(staff("Formal letter to Hooli Bakery confirming the end date, our christmas closure and what we still "
                                 "need from them before the switch. Sign it from me. One page max.")).reply.script
    assert "This confirms that your last day of support with us is Monday 4 January 2027, and that our office is closed" in script


def test_a_firm_reply_to_an_ex_client_threatening_a_review_still_says_who_can_help_them_now(bot):
    script = bot.handle(staff("Globex are saying they'll leave us a 1-star Google review unless we 'sort their email out one "
                              "final time'. Friendly but firm reply please, from Priya.")).reply.script
    assert "BrightPath IT can help with anything you need now" in script


def test_a_warm_follow_up_after_an_upset_call_keeps_the_handover_date(closed):
    script = closed.handle(staff("Hooli's owner got really upset on the call this morning and I feel awful. Can you write a "
                                 "warm follow-up email, under 150 words? from me")).reply.script
    assert "if they can get in touch with us by Wednesday 23 December 2026" in script


def test_support_promised_to_a_last_day_after_our_closure_says_we_are_closed_in_between(closed):
    decision = closed.handle(client("hey is it still ok to log tickets with you this month?", "Hooli Bakery"))
    reply = (decision.reply or decision.draft).text
    assert "Yes, of course: you're fully supported until Monday 4 January 2027" in reply
    assert "from Thursday 24 December 2026 to Friday 1 January 2027" in reply and "nobody is on hand" in reply


def test_a_client_asking_to_be_reminded_when_their_support_finishes_gets_the_day(closed):
    decision = closed.handle(client("can you remind me when our support finishes?", "Hooli Bakery"))
    assert decision.intent == "end_date" and "Monday 4 January 2027" in (decision.reply or decision.draft).text


def test_a_staff_email_promising_support_to_the_last_day_says_we_are_closed_in_between(closed):
    script = closed.handle(staff("write an email to hooli reminding them support carries on as normal until their last "
                                 "day")).reply.script
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_formal_letter_for_their_files_is_laid_out_with_the_date_addressee_and_subject(closed):
    script = closed.handle(staff("Can you do a formal letter to Hooli Bakery confirming the end date and handover steps? They "
                                 "want something on paper for their files. Sign it from me, Sam Taylor")).reply.script
    assert script.startswith("Tuesday 1 December 2026\n\nHooli Bakery\n\nRe: Your IT support agreement with")
    assert "[address]" not in script   # (no address is on record: no blank left to fill)
    assert "\n\nDear Hooli Bakery team," in script


def test_a_reply_to_a_client_with_no_provider_offers_to_suggest_some(bot):
    decision = bot.handle(client("Guys please. We've cleared everything now and we'll pay 6 months up front if you keep us on. "
                                 "Surely that changes things?", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "we're happy to suggest a few IT providers who work with organisations like yours" in said


def test_a_staff_email_to_a_client_with_no_provider_offers_to_suggest_some(bot):
    script = bot.handle(staff("can u draft an email to Acme Dental reminding them of their last day and that their new "
                              "provider needs to get in touch a week before that? under 150 words")).reply.script
    assert "suggest a few IT providers" in script and len(script.split()) < 160


def test_a_summary_of_the_offboarding_dates_coming_up_is_the_dates_not_a_refusal(closed):
    reply = closed.handle(staff("Teams msg to the whole team summarising the offboarding dates coming up + the office "
                                "closure. keep it scannable")).reply.text
    assert "outside what I can answer" not in reply and "new provider to contact us by Wednesday 23 December 2026" in reply


def test_a_rundown_of_which_clients_are_leaving_or_have_left_lists_both(bot):
    reply = bot.handle(staff("quick rundown pls - which clients are leaving / have left and when")).reply.text
    assert "Acme Dental: last day of support" in reply and "Globex Logistics: support ended on" in reply


def test_the_latest_day_the_new_provider_can_get_in_touch_is_the_handover_date(closed):
    reply = closed.handle(staff("what's the absolute latest Castle Tech can get in touch and still count as the week's notice "
                                "before hooli's last day?")).reply.text
    assert "should contact us by Wednesday 23 December 2026" in reply


def test_a_client_asking_us_to_cancel_their_licences_is_asked_not_to_yet_and_told_they_move_to_them(bot):
    draft = bot.handle(client("please cancel our microsoft 365 licences, we're moving on", "Acme Dental")).staff_notice.text
    assert "Please don't cancel them just yet" in draft and "into your own name and onto your own payment method" in draft


def test_a_reply_to_something_asked_in_slack_is_a_chat_message_within_the_lines_asked(bot):
    reply = bot.handle(staff("someone at globex just asked in slack if we can look at their email, it's down. 2 lines "
                             "max")).reply
    assert "Ready to post as a chat message:" in reply.text and len(reply.script.splitlines()) <= 2


def test_a_callback_script_after_a_voicemail_opens_with_who_is_calling_back(bot):
    script = bot.handle(staff("Globex's ops guy left me a VM asking if we can 'just have a quick look' at their mail server. "
                              "Give me a callback script, under 45 seconds spoken.")).reply.script
    assert script.startswith("Hi, it's Sam from Northwind IT, returning your call.") or \
        script.startswith("Hi, it's [your name] from Northwind IT, returning your call.")


def test_a_pinned_note_on_why_we_let_a_client_go_gives_the_reason_without_its_record_label(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("People on the team keep asking why we let Vandelay go. Can you write a short internal note I "
                              "can pin?")).reply.script
    assert "we couldn't meet their expectations of the service" in script and "never satisfied" not in script


@pytest.mark.parametrize("text", [
    "one of the techs says we should just ignore vandelay from now on, they message every week. is that ok?",
    "Honestly should we just ignore Vandelay when they post now? Tom says replying 'encourages them'."])
def test_asked_whether_to_ignore_an_ex_client_staff_are_told_to_answer_each_time_briefly(bot, text):
    add_vandelay(bot.clients)
    reply = bot.handle(staff(text)).reply.text
    assert "No: don't go quiet on them. Answer each message once, briefly and kindly" in reply


def test_asked_when_an_ex_client_finished_and_who_has_them_now_staff_get_both(bot):
    reply = bot.handle(staff("when did the logistics crowd finish with us again and who's got them now")).reply.text
    assert "support ended on" in reply and "Globex Logistics moved to BrightPath IT" in reply


@pytest.mark.parametrize("text", [
    "sms to acme please, 160 chars max. nudge them to pick a new IT company, friendly not naggy",
    "Priya asked me to ping Acme Dental's accounts person by SMS about the handover deadline. Needs to fit in one text "
    "(160 chars). Just the text please."])
def test_a_text_nudging_a_client_about_the_handover_gives_the_last_day_and_the_day_to_be_in_touch_by(bot, text):
    script = bot.handle(staff(text)).reply.script
    last_day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    said = lambda day: long_date(day) in script or f"{day:%a} {day.day} {day:%b}" in script   # (long, or short to fit)
    assert said(last_day) and said(last_day - timedelta(days=7)) and len(script) <= 160


def test_talking_points_for_a_call_checking_on_the_search_for_a_provider_do_not_reannounce_the_decision(bot):
    points = bot.handle(staff("I'm calling acme this afternoon to see where they are with finding someone new. give me "
                              "talking points, max 6 bullets")).reply.script
    assert "the decision stands" not in points and "The reason is" not in points
    assert "once you've chosen a new provider, please let us know" in points


def test_a_channel_post_spelling_out_the_handover_steps_lists_them_in_order(bot):
    script = bot.handle(staff("Could you give me something to post in Acme's shared channel that spells out the handover "
                              "steps? Bullet list, friendly, not an essay.")).reply.script
    steps = [line for line in script.splitlines() if line.startswith("- ")]
    assert steps[0].startswith("- Once you've chosen a new IT provider, please ask them to get in touch with us by")
    assert "- Passwords and keys go through a secure channel, never by email or chat." in steps
    assert steps[-1].startswith("- Until") and "Thank you for working with us" not in script


def test_a_goodbye_for_the_last_day_is_signed_as_asked_and_leaves_out_the_closure_already_past(closed):
    script = closed.handle(staff("Can u write a little goodbye message to go to hooli on their last day, warm but short. sign "
                                 "it 'the support team'")).reply.script
    assert script.endswith("The support team\nNorthwind IT") and "Sam" not in script
    assert "Thursday 24 December 2026" not in script and "Monday 4 January 2027" in script


def test_keeping_everything_running_a_week_past_the_last_day_as_a_favour_is_a_kind_no(bot):
    reply = bot.handle(staff("acme want us to keep everything running a week past their last day 'as a favour' while they "
                             "find someone. ok to agree?")).reply.text
    assert reply.count("No: the last day of support stays as it is") == 1


def test_asked_how_to_reply_to_a_client_hoping_to_come_back_later_staff_get_the_words(bot):
    reply = bot.handle(staff("Acme asking if they can come back on the old terms in ~6 months once their cashflow's sorted. "
                             "How should I reply?")).reply
    assert "we won't be taking the account back on" in reply.script


def test_two_numbered_requests_in_one_message_are_each_answered(bot):
    reply = bot.handle(staff("Two things for Globex pls: (1) a one-line msg for their channel saying we're not supporting "
                             "them any more, (2) a note to the team listing what's left to close on our side")).reply.text
    assert "Part 1, ready to post as a chat message:" in reply and "Part 2, for the team (not for the client):" in reply
    assert "(2)" not in reply


def test_a_team_post_about_one_client_with_its_key_dates_is_a_post_not_the_roster(closed):
    script = closed.handle(staff("Need a post for our internal #support channel so the techs know hooli bakery is on its way "
                                 "out. what to keep doing + key dates. max 5 bullets")).reply.script
    bullets = script.splitlines()
    assert len(bullets) == 5 and all(line.startswith("- ") for line in bullets) and "Acme" not in script
    assert "Monday 4 January 2027" in script and "full client" in script


def test_a_message_passed_on_to_a_colleague_spells_the_client_as_on_record(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("2 line teams msg to Priya letting her know vandaley are asking for stuff again and I've said "
                              "no")).reply.script
    assert "Vandelay are asking for stuff again" in script and "vandaley" not in script


def test_a_very_simple_message_reminding_of_the_last_day_and_closure_is_in_short_plain_sentences(closed):
    script = closed.handle(staff("Hooli Bakery's manager isn't confident in English. Write a very simple Slack message to "
                                 "them: short sentences, no idioms. Remind them of the last day and the closure.")).reply.script
    assert "Our IT support for you ends on Monday 4 January 2027." in script
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027." in script
    assert ";" not in script and "last minute" not in script


def test_a_callback_to_an_ex_client_wanting_a_mailbox_password_reset_is_the_spoken_kind_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's office manager has left me 3 voicemails asking us to 'just quickly reset' a mailbox "
                             "password. I'm going to call back. give me what to say, 30 secs max")).reply
    assert reply.text.count("To say on the call:") == 1 and "we're no longer able to provide support" in reply.script
    assert "will move into accounts" not in reply.script


def test_a_kind_no_to_the_new_providers_walkthrough_call_says_no_to_the_call(bot):
    script = bot.handle(staff("BrightPath just emailed asking if someone can jump on a 15 min call to walk them through how we "
                              "had Globex's firewall set up. Priya wants to say no nicely. Can you write the reply?")).reply.script
    assert "join a call" in script and "Thank" in script.split("\n\n")[-2].split(". ")[-1]


def test_asked_what_happens_if_no_provider_is_chosen_in_time_staff_hear_how_the_client_still_lands_safely(bot):
    reply = bot.handle(staff("Acme still haven't picked a new IT provider. What happens if nobody's chosen by the deadline? Do "
                             "we just extend?")).reply.text
    assert "No: the last day of support stays as it is" in reply
    assert "a hosted email provider suggested" in reply and "their admin accounts in their own hands" in reply


def test_an_honest_reason_for_a_client_staff_call_lovely_says_they_did_nothing_wrong(closed):
    script = closed.handle(staff("Hooli asked us why we're ending things. Honestly they've been lovely. Draft a short, honest "
                                 "email that doesn't make them feel like they did something wrong.")).reply.script
    assert "our team's capacity" in script and "You haven't done anything wrong" in script


def test_a_client_whose_reason_is_theirs_is_not_told_they_did_nothing_wrong(bot):
    script = bot.handle(staff("Acme asked us why we're ending things. They've been lovely really. Draft an honest email that "
                              "doesn't make them feel like they did something wrong.")).reply.script
    assert "late payment" in script and "You haven't done anything wrong" not in script


def test_a_help_desk_note_on_clients_in_notice_says_what_to_do_after_their_last_day(closed):
    script = closed.handle(staff("Can you write a quick note to the help desk team so they know what to do with tickets from "
                                 "Acme and Hooli over the next few weeks?")).reply.script
    assert "After it, decline new requests kindly and point them to their new provider" in script


def test_asked_who_signs_a_letter_for_a_client_with_no_owner_the_advice_matches_the_signature(closed):
    reply = closed.handle(replace(staff("Formal letter to Hooli Bakery confirming the end date and the holiday closure. Who "
                                        "should sign it? Nobody's listed as their account owner."), sender_name="Sam Taylor")).reply
    assert "so sign it yourself as the person handling it" in reply.text and reply.script.endswith("Sam Taylor\nNorthwind IT")


def test_a_public_reply_to_an_ex_clients_bad_review_acknowledges_it_and_offers_to_talk_directly(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay left us a 1 star google review calling us 'clowns who abandoned us mid-crisis'. help me "
                              "with a public reply, keep it classy")).reply.script
    assert script.startswith("We're sorry") and "please contact us directly" in script and "clowns" not in script


def test_a_voicemail_asking_for_contact_by_a_day_brought_forward_says_it_is_before_our_closure(closed):
    script = closed.handle(staff("Write me a voicemail script for Hooli Bakery, I'm calling them this afternoon and they never "
                                 "pick up. ~30 seconds. It's me (Sam) calling.")).reply.script
    assert "by Wednesday 23 December 2026, before our holiday closure" in script


def test_an_announcement_to_the_whole_firm_says_it_is_our_capacity_and_asks_nobody_to_volunteer(closed):
    script = closed.handle(staff("Announcement for the #general channel that the bakery is moving to Castle Tech. Keep it "
                                 "neutral, people here liked them.")).reply.script
    assert "It comes down to our team's capacity" in script and "no fault of theirs" in script
    assert "reply here if it can be you" not in script and "Questions to your manager" in script


def test_a_call_back_to_a_client_accusing_us_of_dumping_small_businesses_gives_the_real_reason(closed):
    script = closed.handle(staff("hooli's owner rang me shouting that we're 'dumping small businesses' and threatened to trash "
                                 "us on Google. can u give me a phone script for when I call back")).reply.script
    assert "It isn't about the size of your business. The reason is our team's capacity" in script


def test_a_formal_letter_confirming_the_end_offers_their_data_and_thanks_them(closed):
    script = closed.handle(staff("Hooli Bakery like things on paper. Can you write a formal letter confirming the end of our "
                                 "contract? Sign it from me.")).reply.script
    assert "a copy of your data on an external drive if you'd like one" in script
    assert "Thank you for working with us" in script


def test_points_for_a_call_about_the_handover_cover_its_steps_and_who_signs_it_off(closed):
    points = closed.handle(staff("I'm ringing hooli tomorrow re handover. Bullet points I can glance at during the call "
                                 "pls")).reply.script
    assert "- Passwords and keys go through a secure channel, never by email or chat." in points
    assert "could you let us know who that will be?" in points and "external drive" in points


def test_a_note_to_the_owner_listing_our_access_to_pull_is_that_list_alone(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Globx is fully done now yeah? want a note to Tom + the techs listing what access of ours we "
                              "should pull out of their environment")).reply.script
    assert "Please remove our own access" in script and "Still open on the handover checklist" not in script
    assert "send questions to Tom" not in script


def test_a_reply_to_a_client_offering_a_higher_fee_thanks_them_for_the_offer(closed):
    script = closed.handle(staff("Hooli just offered to bump their monthly fee by 40% if we keep them on. Need a reply for the "
                                 "bakery - friendly, clear no. Slack-message length, not an essay pls")).reply.script
    assert "Thank you for the offer" in script


@pytest.mark.parametrize("text, shown", [
    ("Can you draft an email to Acme Dental reminding them of the handover timeline? It's going out from Priya, keep it "
     "under 150 words, friendly but no wiggle room.", "please ask them to get in touch with us by"),
    ("Gonna ring Acme this afternoon to chase the new provider contact. Script please, casual, like 6-8 lines",
     "ask them to contact us by")])
def test_a_reminder_or_chase_about_the_handover_is_that_reminder_not_a_goodbye_or_a_plea(bot, text, shown):
    script = bot.handle(staff(text)).reply.script
    assert shown in script and "Our decision stands" not in script and "we part on good terms" not in script


def test_a_dm_to_the_account_owner_summarising_the_handover_is_to_them_not_a_letter_to_the_client(bot):
    bot.clients.set_owner("Acme Dental", "Priya Shah")
    reply = bot.handle(staff("Can you DM Priya a summary of where Acme's handover is at and what's still open? she's catching "
                             "up after leave")).reply.text
    assert "Hi Priya, here's where the Acme Dental handover stands" in reply and "Hello Acme Dental team" not in reply


def test_a_voicemail_for_a_client_staff_say_has_no_provider_yet_does_not_presume_one(bot):
    decision = bot.handle(staff("voicemail script for the dental practice - I'll be ringing the front desk, no idea who picks up. "
                                "30 secs max. point is they STILL have no new IT firm and the clock is ticking"))
    assert decision.intent == "no_new_provider" and "Once you choose a new provider" in decision.reply.script


def test_an_active_client_asking_if_a_cull_affects_them_is_reassured_without_the_command_to_end_them(bot):
    reply = bot.handle(staff("Initech's ops lead asked me on a call if we're 'doing a cull' and whether they're safe. what do "
                             "I tell them?")).reply.text
    assert "you're a valued client and your support carries on as normal" in reply and "offboard start" not in reply


def test_something_to_say_to_a_client_who_phoned_is_words_for_a_call(bot):
    reply = bot.handle(staff("The dentist at Acme phoned me in tears. Says they can't possibly find someone before Christmas "
                             "and asked for until end of January. I'm wavering tbh. Draft me something I can say to her.")).reply
    assert "To say on the call:" in reply.text and "Hello Acme Dental team" not in reply.script


def test_an_apologetic_call_passed_on_is_thanked_for_its_apology(bot):
    script = bot.handle(staff("acme's office manager rang this morning, super apologetic, says they've sorted out their accounts "
                              "side and will pay within 10 days from now on. asked if we'd reconsider. what do i say")).reply.script
    assert "Thank you for the apology" in script


def test_a_team_post_on_what_to_do_and_not_do_until_the_end_lists_each(bot):
    script = bot.handle(staff("Draft an internal Teams post to the support team: Acme Dental is winding down, what they should "
                              "and shouldn't do between now and the end. Bullets fine.")).reply.script
    lines = script.splitlines()
    assert any(line.startswith("- Do: share passwords and keys only through a secure channel") for line in lines)
    assert any(line.startswith("- Don't: switch anything of theirs off") for line in lines)


def test_a_note_to_the_owner_that_the_new_provider_keeps_asking_about_the_setup_says_so(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Forward note to Tom about BrightPath asking us Globex config stuff - 4 lines max, just so he "
                              "knows")).reply.script
    assert "BrightPath IT has been asking us about how Globex Logistics was set up" in script
    assert "point them to BrightPath IT" not in script


def test_a_reply_asked_in_three_to_four_sentences_has_at_least_three(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandaley emailed asking if they can come back on the same terms as before. That's a no, right? If "
                             "so draft me something, 3-4 sentences")).reply
    assert "Ready to send (3 sentences):" in reply.text or "Ready to send (4 sentences):" in reply.text


def test_a_reply_correcting_a_guessed_reason_keeps_the_day_the_new_provider_should_call_by(closed):
    script = closed.handle(staff("Hooli replied to the notice with: 'is this because we paid late in the summer? we can sort "
                                 "that'. Reply for me? Under 120 words.")).reply.script
    assert "it isn't about payment" in script and "If Castle Tech can get in touch with us by Wednesday 23 December 2026" in script


def test_a_client_offering_to_pay_upfront_is_no_proposal_to_hold_back_their_support(bot):
    reply = bot.handle(staff("acme just messaged saying sorry about the invoices and they'll pay upfront for 6 months if we keep "
                             "them. need a reply i can paste in their channel, short pls")).reply
    assert "Thank you for the apology, and for the offer" in reply.script and "Doing less now is spite" not in reply.text


def test_a_voicemail_declining_a_quick_look_for_an_ex_client_offers_what_is_theirs_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay left a message wanting us to 'just have a look' at their email again. Give me a "
                              "voicemail script (under 45 seconds spoken) to call them back.")).reply.script
    assert "we're no longer able to take on support work" in script and "taking the account back on" not in script
    assert len(re.findall(r"\byours\b", script)) == 1


def test_a_post_asked_to_cover_the_closure_gives_how_long_we_are_closed(closed):
    script = closed.handle(staff("Write me a Slack post for the Hooli Bakery shared channel reminding them about the handover "
                                 "and the Christmas shutdown. I'll post it as me (Sam). Max 80 words.")).reply.script
    assert "to Friday 1 January 2027" in script and len(script.split()) <= 80


def test_the_new_provider_asking_how_several_records_were_set_up_gets_the_kind_no(bot):
    decision = bot.handle(client("Hello, this is the service desk at BrightPath IT. We've taken over Globex. Could you tell us how "
                                 "the SPF/DKIM records and the mail flow connectors were set up? Thanks in advance.",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question"
    assert "we're not able to answer further questions about the setup" in (decision.reply or decision.draft).text


def test_a_text_with_just_the_key_date_is_no_secret_sent_by_text(bot):
    reply = bot.handle(staff("sms to acme pls, under 160 chars, just the key date")).reply
    assert "never in plain chat, email, a text" not in reply.text and "Reminder: our support ends on" in reply.script


def test_a_short_no_to_an_ex_client_keeps_who_helps_them_now(bot):
    script = bot.handle(staff("Globex's office manager messaged me directly: 'can u just take a quick look at the label printer, "
                              "5 mins tops'. What do I say? One or two sentences.")).reply.script
    assert "BrightPath IT" in script


def test_a_text_about_the_new_providers_deadline_gives_that_day(closed):
    script = closed.handle(staff("text msg to hooli re the castle tech deadline. 160 chars or less")).reply.script
    assert "Wednesday 23 December 2026" in script and len(script) <= 160


def test_an_email_to_the_client_saying_when_their_provider_must_be_in_touch_is_to_the_client(closed):
    script = closed.handle(staff("Hooli bakey: draft an email confirming their end date and telling them when Castle Tech needs "
                                 "to be in touch with us. Remember we're shut over Christmas.")).reply.script
    assert script.startswith("Hello Hooli Bakery team") and "please ask Castle Tech to get in touch with us by" in script


def test_a_formal_letter_confirming_the_end_and_the_final_invoice_confirms_the_end_first(bot):
    script = bot.handle(staff("Formal letter to Acme Dental confirming the end of our agreement, the final invoice and next "
                              "steps. Priya signs.")).reply.script
    assert "our IT support agreement with you ends on" in script and "Our final invoice will follow separately" in script
    assert "Please find attached our final invoice" not in script


def test_a_termination_notice_asked_for_an_active_client_on_a_rumour_is_not_drafted(bot):
    reply = bot.handle(staff("Heard in the kitchen that Initech is next on the chopping block. Can you draft their termination "
                             "notice so it's ready to go?")).reply
    assert "nothing goes to them: no draft notice" in reply.text and not reply.script


def test_deleting_an_ex_clients_dns_zone_is_not_yet_and_says_what_it_would_break(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandaley's DNS zone is still sitting on our server. Can I just delete it?")).reply.text
    assert "would take their website and email down" in reply and "external drive" not in reply


def test_a_public_post_about_dropping_bad_fit_clients_is_the_general_post_naming_nobody(bot):
    decision = bot.handle(staff("Fancy doing a LinkedIn post saying we're 'cleaning house' and dropping bad-fit clients? Make "
                                "it punchy."))
    assert "A general post is fine" in decision.reply.text and "We're sorry you're disappointed" not in decision.reply.text
    assert not decision.choices


def test_a_phone_script_with_what_to_say_if_they_ask_why_opens_the_call_and_keeps_the_reason_for_the_question(bot):
    bot.clients.set_owner("Acme Dental", "Priya Shah")
    script = bot.handle(staff("Priya's going to ring Acme Dental tomorrow. Can you give her a short phone script, including what "
                              "to say if they ask why?")).reply.script
    assert script.startswith("Hi, it's Priya from") and "If they ask why: the reason is late payment" in script


def test_a_text_to_a_colleague_summarising_where_we_are_is_the_status_in_the_bullets_asked(bot):
    reply = bot.handle(staff("text to Priya summarising where we are with Acme, 3 bullets max")).reply
    assert "Status report (for us, not for the client):" in reply.text
    assert len([line for line in reply.script.splitlines() if line.startswith("- ")]) == 3


def test_asked_if_we_pick_their_new_provider_the_reply_says_we_dont_but_will_suggest_some(bot):
    script = bot.handle(staff("Acme posted: 'so who are we supposed to move to?? are you picking someone for us or what'. reply "
                              "for their channel pls, short")).reply.script
    assert "We won't choose for you" in script and "[provider 1]" not in script


def test_a_handover_note_to_the_new_provider_in_bullets_is_a_letter_with_its_points(closed):
    script = closed.handle(staff("Put together a handover note to Castle Tech about Hooli -- what we'll hand over and how. "
                                 "Bullet list is fine.")).reply.script
    assert script.startswith("Hello Castle Tech team,") and "\n- " in script and "\n\nKind regards," in script


def test_a_checklist_note_for_the_techs_is_the_plain_checklist_for_us(bot):
    reply = bot.handle(staff("Make me a handover checklist note for the techs on Acme, including when we pull our own "
                             "access.")).reply.text
    assert "offboard check" not in reply and "Hello Acme Dental team" not in reply


def test_a_handover_note_the_new_provider_asked_for_is_written_to_them(closed):
    script = closed.handle(staff("Castle Tech have asked for a handover note for Hooli Bakery. Can you write one listing what "
                                 "we'll hand over? No more than 12 bullets.")).reply.script
    assert script.startswith("Hello Castle Tech team,")


def test_a_formal_letter_from_the_company_with_what_happens_next_is_signed_by_the_firm_and_says_it(closed):
    script = closed.handle(replace(staff("The bakery want something formal in writing for their accountant confirming the end "
                                         "date and what happens next. Formal letter please, from the company - no named signer "
                                         "needed since nobody owns the account."), sender_name="Sam Taylor")).reply.script
    assert script.endswith("Yours sincerely,\nThe Northwind IT team") and "we'll hand over everything that is yours" in script


def test_a_possessive_typed_without_its_apostrophe_names_the_client(bot):
    decision = bot.handle(staff("can we shut acmes server off now? they're late again on the last invoice"))
    assert decision.client == "Acme Dental" and "nothing of Acme Dental's is suspended or switched off" in decision.reply.text


def test_a_one_paragraph_summary_of_every_offboarding_asked_by_an_owner_covers_every_client(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Priya wants a one-paragraph internal summary of where every offboarding stands, for Monday's "
                             "meeting.")).reply
    assert "Globex Logistics" in reply.script and "Acme Dental" in reply.script and "\n" not in reply.script


def test_a_letter_confirming_no_remaining_obligations_confirms_the_end_and_claims_no_more(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay have asked for a formal letter confirming we've no remaining obligations to them. Draft "
                              "it?")).reply.script
    assert "We are writing to confirm that our support for Vandelay Imports ended on" in script
    assert "not able to help with this request" not in script


def test_a_closing_paragraph_asked_in_two_to_three_sentences_has_no_more_and_no_letter_around_it(closed):
    reply = closed.handle(staff("Write me the closing paragraph of my email to Hooli so we don't burn bridges - they're genuinely "
                                "lovely, it's just too much work for us. 2-3 sentences.")).reply
    assert "One paragraph to paste:" in reply.text and "Kind regards" not in reply.script
    assert len(re.findall(r"[.!?](?:\s|$)", reply.script)) <= 3


def test_a_voicemail_declining_an_ex_client_thanks_them_for_understanding_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay have left 3 voicemails about their email not syncing. Give me a script for a voicemail "
                              "back, 30 secs tops.")).reply.script
    assert script.count("understanding") == 1


def test_a_post_for_the_techs_on_each_client_that_is_leaving_is_the_roundup(bot):
    reply = bot.handle(staff("write a quick post for #techs: where we are with each client that's leaving, and what to do if "
                             "one of them pings us")).reply.text
    assert "Heads-up on the clients we're parting with" in reply and "outside what I can answer" not in reply


def test_a_follow_up_email_after_a_phone_call_is_an_email_not_words_for_a_call(closed):
    reply = closed.handle(staff("The bakery's owner asked me on the phone why we're letting them go. She was really nice about "
                                "it. Short follow-up email explaining honestly?")).reply
    assert reply.script.startswith("Hello Hooli Bakery team") and "You haven't done anything wrong" in reply.script


def test_asked_whether_to_email_their_admin_passwords_the_advice_is_the_handover_not_switching_off(bot):
    reply = bot.handle(staff("is it ok to just email Acme their admin passwords so they have them before their last "
                             "day?")).reply.text
    assert "No: never in plain chat, email, a text" in reply and "Switching things off" not in reply


def test_who_to_talk_to_at_the_new_provider_is_answered_beside_the_owner(closed):
    reply = closed.handle(staff("who's the account owner on the bakery and who do we talk to at castle tech?")).reply.text
    assert "No account owner is on record for Hooli Bakery" in reply and "no contact for them is on record" in reply


def test_an_email_confirming_a_wrong_last_day_confirms_the_day_on_record(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("Draft a quick email to Acme confirming their support runs until thursday 31 dec, signed by "
                             "me.")).reply
    assert f"To confirm: {long_date(date.fromisoformat(acme['end_date']))} is your last day of support" in reply.script


def test_a_note_to_finance_to_close_off_an_ex_clients_money_side_is_written_to_finance(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a note to the finance team asking them to close off Vandelay's money side. Short.")).reply.script
    assert script.startswith("Hi finance team, Vandelay Imports was supported until")


def test_a_message_to_a_colleague_summarising_where_a_client_is_at_is_the_status_report(bot):
    reply = bot.handle(staff("Teams message to Priya summarising where Acme's at, bullets, short.")).reply
    assert "Status report (for us, not for the client):" in reply.text and reply.script.count("\n- ") >= 2


def test_a_client_guessing_it_is_because_they_are_small_is_told_the_real_reason_not_answered_as_an_offer(bot):
    decision = bot.handle(client("its because were small fry isnt it. bigger clients pay more", "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert decision.intent == "explain_reason" and "this isn't about the size of your business" in said
    assert "offer" not in said


def test_a_small_client_pleading_to_stay_is_told_it_is_not_their_size_or_doing_where_the_reason_is_ours(closed):
    decision = closed.handle(client("Hooli Bakery (Mrs) — please, we are small, we will ask less, only emergencies. Can we stay "
                                    "with you? We trust you.", "Hooli Bakery"))
    assert "This isn't about the size of your business, and you haven't done anything wrong." in \
        (decision.reply or decision.draft).text


def test_the_not_ignoring_reply_keeps_a_space_between_its_sentences(bot):
    decision = bot.handle(client("Oh brilliant, 2 weeks after you dumped Globx and now nobody answers the phone. Stellar "
                                 "service 👏", "Globex Logistics"))
    assert "you.Our" not in (decision.reply or decision.draft or decision.staff_notice).text


def test_an_email_suggesting_a_client_at_least_sets_up_email_elsewhere_names_the_hosted_services(bot):
    script = bot.handle(staff("Acme still haven't chosen anyone. Draft a short email suggesting they at least set up email "
                              "elsewhere, from Priya.")).reply.script
    assert "Microsoft 365" in script and "Google Workspace" in script


def test_a_wrong_guess_with_a_conditional_sorry_is_corrected_without_thanks_for_an_apology(closed):
    decision = closed.handle(client("Hello, is because we pay late the invoice? We are sorry if so. Please tell us honest what we "
                                    "do wrong.", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "it isn't about payment" in said and "Thank you for the apology" not in said


def test_a_domain_renewal_notice_raised_by_an_ex_client_gets_the_promise_it_will_not_lapse(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Vandaley here – domain renewal notice came to YOUR email, not ours. who actually owns our "
                                 "domain now??", "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "Your domain belongs to you" in said and "doesn't lapse" in said


def test_a_note_offering_their_data_on_a_drive_asks_who_should_receive_it(bot):
    script = bot.handle(staff("Write the note to Acme offering their data on an external drive. Friendly, under 120 words, from "
                              "Priya.")).reply.script
    assert "external drive" in script and "Could you tell us who at your end should receive it?" in script


def test_an_email_explaining_what_handing_over_the_domain_means_explains_it_plainly(closed):
    script = closed.handle(staff("Owner at the bakery isn't techy at all. Write an email explaining what 'handing over the "
                                 "domain and DNS' means and what they need to do. 150 words max, no jargon.")).reply.script
    assert "a bit like your business's address online" in script and "All you need to do is tell us who should receive it" in script
    assert len(script.split()) <= 150


def test_a_short_post_laying_out_the_handover_timeline_gives_its_steps_within_the_lines(closed):
    script = closed.handle(staff("can you do me a slack post for the hooli bakery channel laying out the handover timeline? max "
                                 "5 lines, they're busy people")).reply.script
    assert len(script.splitlines()) <= 5 and "Please ask Castle Tech to get in touch with us by Wednesday 23 December 2026" in script


def test_who_to_pay_for_licences_mentions_no_invoice_the_client_never_named(bot):
    decision = bot.handle(client("our Microsoft licences are up for renewal and I think they're still in your portal? who do we "
                                 "pay now?", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "licences" in said and "the invoice you mentioned" not in said


def test_the_new_providers_contact_asked_as_the_x_contact_is_looked_up(closed):
    reply = closed.handle(staff("Hooli say Castle Tech haven't heard from us. What's the Castle Tech contact?")).reply.text
    assert "no contact for them is on record" in reply and "outside what I can answer" not in reply


def test_a_note_to_the_owner_on_what_is_open_for_two_clients_covers_both(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a note to Priya summarising what's still open on Acme and Vandelay.")).reply.text
    assert "Acme Dental:" in reply and "Vandelay Imports:" in reply and "outside what I can answer" not in reply


def test_a_seasons_greeting_alone_is_answered_in_kind_with_the_closure_and_no_handover_lecture(closed):
    decision = closed.handle(client("Merry christmas in advance lovely people!! 🎄 save some mince pies for whoever pops by next",
                                    "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "the same to you and everyone at Hooli Bakery" in said and "Our office is closed from" in said
    assert "Castle Tech" not in said


def test_a_voicemail_about_collecting_their_data_says_a_copy_of_what_and_asks_them_to_ring_to_arrange_it(bot):
    script = bot.handle(staff("Voicemail script pls for Acme Dental - we need them to call back about collecting their data. "
                              "must be under 40 seconds spoken.")).reply.script
    assert "a full copy of your data on an external drive" in script and "to arrange a day for it" in script


def test_a_text_about_their_data_on_a_drive_says_it_is_their_data_and_that_we_will_do_it(bot):
    script = bot.handle(staff("text to acme's main contact confirming we'll do their data on a hard drive. has to fit in one "
                              "SMS")).reply.script
    assert "We'll give you a full copy of your data on an external drive" in script and len(script) <= 160


def test_a_long_standing_worried_client_asking_why_hears_the_reason_with_thanks_for_the_years_and_the_handover_help(bot):
    decision = bot.handle(client("To whoever reads this. We have been with your company for years and I honestly thought we "
                                 "were partners. Nobody has properly explained why you are ending our contract. My staff are "
                                 "worried and so am I. Please tell me straight, why?", "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert "late payment" in said and "grateful for the trust you've placed in us" in said and "worrying for you and your staff" in said
    assert "external drive" in said and "we'll arrange a call with" in said


def test_a_plain_guess_at_the_reason_gets_no_thanks_for_years_never_mentioned(bot):
    said = bot.handle(client("is this about the late payments?", "Acme Dental")).reply.text
    assert "late payment" in said and "grateful for the trust" not in said


@pytest.mark.parametrize("text", ["Hello, we are not find new IT company yet. What happen after your last day if we have nobody?",
                                  "What happens if we have nobody by the time you stop?"])
def test_a_client_asking_what_happens_with_nobody_in_place_hears_the_safe_landing_not_just_the_date(bot, text):
    decision = bot.handle(client(text, "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert "external drive" in said and "hosted email provider" in said


def test_a_small_client_pleading_on_trust_is_thanked_for_it_and_given_the_providers_day(closed):
    decision = closed.handle(client("Hooli Bakery (Mrs) — please, we are small, we will ask less, only emergencies. Can we stay "
                                    "with you? We trust you.", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "for the trust you've placed in us" in said and "the size of your business" in said
    assert "in touch with us by Wednesday 23 December 2026" in said and "in any doubt" not in said


def test_the_new_provider_asking_who_to_speak_to_and_for_admin_access_hears_whose_it_is_and_the_closure_once(closed):
    decision = closed.handle(client("Hello, Castle Tech here - we're taking over IT for Hooli Bakery. Who should we speak to and "
                                    "when can we get admin access?", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "Admin access and passwords belong to Hooli Bakery" in said and "secure channel" in said
    assert "name and email address of whoever will lead the handover" in said
    assert said.count("Thursday 24 December 2026") == 1


def test_a_fault_and_who_to_give_the_admin_passwords_to_are_both_answered_without_inviting_passwords_in_a_message(bot):
    decision = bot.handle(client("2 things - printer in surgery 2 keeps jamming again, can someone look at it today? and also "
                                 "once we find a new IT firm who do we give all the admin passwords to?", "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert "help desk" in said and "secure channel" in said and "by replying to this message" not in said
    assert "\n\nFor everyday" in said or ". For everyday" in said


def test_a_two_sentence_dm_chasing_the_new_provider_gives_the_day_they_should_call_by_not_a_bare_thanks(bot):
    script = bot.handle(staff("2 sentence DM to Priya asking if Acme has picked a new provider yet")).reply.script
    assert "should contact us by" in script and "Thanks!" not in script


def test_a_one_line_dm_is_one_line_with_the_date_that_makes_it_matter(bot):
    script = bot.handle(staff("slack DM to priya asking her to confirm acme got their data drive. one line")).reply.script
    assert "\n" not in script.strip() and "data drive?" in script and "last day of support is" in script


@pytest.mark.parametrize("text", ["Priya wants something to paste to Acme Dental, they're asking for more time. 2 sentences, firm but nice",
                                  "Acme Dental's manager has emailed Priya asking for more time. Draft Priya a reply, 3 sentences max."])
def test_words_asked_for_a_colleague_to_send_are_signed_by_them(bot, text):
    script = script_asked_by_sam(bot, text)
    assert script.rstrip().splitlines()[-2:][0].startswith("Priya") and "Sam Taylor" not in script


def script_asked_by_sam(bot, text):
    return bot.handle(replace(staff(text), sender_name="Sam Taylor")).reply.script


def test_a_calm_reply_to_a_review_threat_refuses_no_free_work_nobody_asked_for(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay left a comment in their channel saying they'll trash us on google reviews. help me "
                              "reply without making it worse? 2-3 sentences")).reply.script
    assert "Our support ended on" in script and "free or paid" not in script


def test_a_teams_message_on_where_every_client_offboarding_stands_is_a_post_not_the_record_dump(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Give me a quick Teams message for the team listing where every client offboarding stands. "
                             "Bullet points fine.")).reply.text
    assert "- Acme Dental:" in reply and "- Vandelay Imports:" in reply and "From the record" not in reply


def test_what_to_do_with_tickets_from_leaving_and_left_clients_keeps_the_advice_within_the_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Quick Teams msg to the help desk: what to do with tickets from our leaving/left clients. Under "
                              "100 words.")).reply.script
    assert len(script.split()) <= 100 and "[client]" not in script
    assert "handle their tickets as usual" in script and "decline new requests kindly" in script
    assert "Acme Dental: last day of support" in script and "no new provider yet" in script


def test_a_note_to_close_out_an_ended_clients_file_gives_the_reason_and_what_to_confirm_not_the_question_asked(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Priya wants a 3-line note for the Vandelay file to close it out. what goes in it?")).reply.script
    assert "What goes in it" not in script and "To confirm before the file is closed:" in script
    assert "\nTo confirm" in script


def test_the_email_for_the_last_day_names_what_is_left_to_close(bot):
    script = bot.handle(staff("Draft the 'your support has now ended' email to Acme Dental that I'll send on their last "
                              "day")).reply.script
    assert "final invoice" in script and "sign off the handover" in script and "remove our own access" in script


def test_a_nudge_towards_hosted_email_also_offers_their_data_and_the_day_a_provider_should_call(bot):
    script = bot.handle(staff("Email to Acme nudging them to pick an email provider since they still haven't got a new IT "
                              "company. Under 150 words, from Priya.")).reply.script
    assert "external drive" in script and "get in touch with us by" in script and len(script.split()) <= 150


def test_a_voicemail_to_an_ex_client_ends_on_good_wishes_after_who_can_help(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay have left 3 voicemails about their email not syncing. Give me a script for a "
                              "voicemail back, 30 secs tops.")).reply.script
    assert script.index("can help from here") < script.index("wish you")


def test_a_closing_paragraph_for_a_client_we_cannot_serve_well_says_so_honestly_and_presumes_no_good_terms(closed):
    script = closed.handle(staff("Write me the closing paragraph of my email to Hooli so we don't burn bridges - they're "
                                 "genuinely lovely, it's just too much work for us. 2-3 sentences.")).reply.script
    assert "can't give you the attention you deserve" in script and "we part on good terms" not in script
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", script)) <= 3


def test_a_handover_note_to_the_new_provider_lists_licences_firewall_sign_off_and_our_access(closed):
    script = closed.handle(staff("Castle Tech have asked for a handover note for Hooli Bakery. Can you write one listing what "
                                 "we'll hand over? No more than 12 bullets.")).reply.script
    assert "firewall and Wi-Fi" in script and "Licences and renewals" in script and "signs off the handover" in script
    assert "remove our own access" in script and script.count("\n- ") <= 12


def test_a_clients_too_small_story_gets_an_honest_rebuttal_with_the_real_reason_not_a_support_decline(bot):
    decision = bot.handle(staff("Acme are telling people we dropped them because they were 'too small'. Draft an honest reply "
                                "for their channel."))
    script = decision.reply.script
    assert decision.intent == "explain_reason" and "size of your business" in script and "late" in script


@pytest.mark.parametrize("text", ["Can you write me a Slack post for the Acme Dental channel reminding them when we stop? Under 80 "
                                  "words, sign it from Priya.",
                                  "Can you draft a reminder email to Acme Dental about their last day? Under 150 words, "
                                  "friendly, Priya signs it."])
def test_a_reminder_of_when_we_stop_says_the_last_day_first_and_keeps_the_safe_landing(bot, text):
    script = bot.handle(staff(text)).reply.script
    body = script.split("\n", 2)[1] if script.startswith("Hi ") else script.split("\n\n")[1]
    first = body.split(". ")[0]
    assert first.startswith("A quick reminder") and ("ends on" in first or "last day" in first) and "external drive" in script


def test_a_voicemail_for_an_answering_machine_is_the_handover_reminder_not_a_cut_off_lecture(bot):
    decision = bot.handle(staff("Voicemail script for Acme Dental please, I'll probably hit their machine. 30 seconds max."))
    assert decision.intent == "provider_handover" and "get in touch with us by" in decision.reply.script


def test_a_call_to_get_the_new_providers_contact_asks_for_it_and_says_why_the_early_day(closed):
    decision = closed.handle(staff("Give me a phone script for calling Hooli — I need to get a Castle Tech contact out of them "
                                   "without sounding pushy."))
    script = decision.reply.script
    assert decision.intent == "provider_handover" and "Could you share Castle Tech's contact details" in script
    assert "Our office is closed for the holidays" in script and "the decision stands" not in script


def test_when_support_ends_and_by_when_the_provider_should_have_been_in_touch_are_both_looked_up(closed):
    text = closed.handle(staff("When exactly does Hooli's support end, and by when should Castle Tech have been in touch "
                               "with us?")).reply.text
    assert "Monday 4 January 2027" in text and "Wednesday 23 December 2026" in text


def test_a_formal_letter_to_a_client_with_no_provider_offers_the_drive_once(bot):
    script = bot.handle(staff("Could you draft a formal letter to Acme Dental confirming we're ending the contract and why? "
                              "Priya will sign.")).reply.script
    assert script.count("external drive") == 1


def test_an_email_offering_the_data_in_three_sentences_asks_when_and_to_whom_and_is_signed_as_asked(closed):
    script = closed.handle(staff("Write the email offering Hooli their data on an external drive. Three sentences max, sign "
                                 "it Sam.")).reply.script
    assert "When would suit you" in script and "who should receive it?" in script
    assert script.rstrip().splitlines()[-2] == "Sam"


def test_a_note_about_the_final_invoice_says_it_follows_rather_than_claiming_it_is_attached(bot):
    script = bot.handle(staff("Note to Acme about the final invoice and their Microsoft licences please, short and "
                              "neutral.")).reply.script
    assert "will follow separately" in script and "attached" not in script and "licences" in script


def test_a_jammed_scanner_beside_a_login_request_is_named_when_passed_to_the_help_desk(bot):
    decision = bot.handle(client("can u send the domain registrar login here, and also the scanner in surgery 2 is jammed "
                                 "again", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "the problem with the scanner on to our help desk" in said and "secure channel" in said


def test_someone_claiming_to_be_the_new_it_person_is_not_handed_admin_until_the_client_confirms(bot):
    decision = bot.handle(client("Hello, I am the new IT person for Acme Dentall from another company. Please give me the "
                                 "global admin for Microsoft 365 today, it is urgent.", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "once Acme Dental confirms to us directly" in said and "suggest a few IT providers" not in said


def test_a_note_that_an_active_client_is_not_leaving_says_so_and_announces_no_ending(bot):
    script = bot.handle(staff("Write a note to the rest of the team that Initech is NOT leaving, people have been asking. 2 "
                              "sentences.")).reply.script
    assert "Initech is not leaving us" in script and "ending our agreement" not in script and "[last day" not in script


def test_someone_will_come_back_to_them_about_their_data_is_no_return_to_refuse(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("Draft an email to Vandelay's boss saying we got their data request and someone will come "
                                "back to them. I don't know if we ever sent their data. From Priya."))
    assert decision.intent != "come_back" and "taking the account back" not in decision.reply.script
    assert "Your data is yours" in decision.reply.script


def test_a_client_never_told_why_hears_the_reason_with_the_handover_help_and_a_call_offered(bot):
    decision = bot.handle(client("Why exactly are you ending our contract? Nobody has explained it to us properly.",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft).text
    assert "late payment" in said and "external drive" in said and "we'll arrange a call with" in said
    assert "grateful for the trust" not in said


def test_thanks_for_the_years_is_answered_warmly_without_handover_deadlines(closed):
    decision = closed.handle(client("Just wanted to say thanks for everything over the years, you lot were brilliant 🥐",
                                    "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "all the very best" in said and "Wednesday 23 December 2026" not in said and "which is why we ask" not in said


def test_who_is_around_over_christmas_is_answered_from_our_closure_when_it_is_configured(closed):
    decision = closed.handle(client("will anyone be around over xmas if the oven wifi thing goes down again?", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text   # (Hooli's replies wait for approval: a draft, not a hand-off)
    assert decision.action != HANDOFF and "Our office is closed from Thursday 24 December 2026" in said
    assert "can't promise cover while the office is shut" in said


def test_who_to_move_our_email_to_is_about_email_not_a_new_it_provider(bot):
    decision = bot.handle(client("Two things: Dr Okafor's Outlook keeps crashing, and also who would you recommend we move our "
                                 "email to since we haven't found an IT company?", "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "hosted email" in said and "Yes, we're happy to suggest a few IT providers" not in said


def test_a_dm_to_the_owner_about_the_new_provider_asking_for_keys_says_whose_they_are_and_how_they_go(bot):
    script = bot.handle(staff("Write a quick DM to Priya: BrightPath are asking us for Acme's backup encryption keys. What "
                              "should I tell her?")).reply.script
    assert "is Acme Dental's" in script and "secure channel" in script and "once Acme Dental confirms" in script


def test_a_pasted_question_from_the_new_provider_on_how_something_was_set_up_gets_the_polite_no(bot):
    decision = bot.handle(staff("Globex's new crowd emailed: \"Hi, BrightPath here. Can you tell us how the site-to-site VPN "
                                "was set up at Globex? Documentation's a bit thin.\" Draft a polite no."))
    assert decision.intent == "provider_config_question" and "can't advise on how things were set up" in decision.reply.script


def test_a_status_post_for_the_techs_on_one_client_says_how_to_treat_them(bot):
    script = bot.handle(staff("Write a Teams post for our tech team explaining where we are with Acme Dental so nobody does "
                              "anything stupid. Bullet points fine.")).reply.script
    assert "handle their tickets as usual" in script and "switch nothing of theirs off" in script.replace("\n", " ")


def test_a_short_phone_script_keeps_to_the_seconds_asked_and_does_not_place_the_provider_on_the_call(closed):
    script = closed.handle(staff("Write a 20-second phone script for me to call Hooli and check they've got Castle Tech "
                                 "moving. Mention the Christmas closure.")).reply.script
    assert len(script.split()) <= 20 * 2.5 and "With Castle Tech here" not in script and "office closes" in script


def test_a_two_line_slack_no_to_a_better_offer_is_two_lines_with_the_last_day(closed):
    script = closed.handle(staff("Hooli asked in their channel if they can stay on if they pay more. Two lines max for "
                                 "Slack.")).reply.script
    assert len(script.strip().splitlines()) <= 2 and "Monday 4 January 2027" in script and "Kind regards" not in script


def test_a_fault_beside_when_do_you_stop_says_the_last_day_is_included(bot):
    decision = bot.handle(client("hiya, reception pc won't print AGAIN 🙄 also can u remind me what date you stop supporting us?",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "up to and including" in said or "that day included" in said or "last day of support is" in said.lower() \
        or "is your last day" in said


def test_lines_for_the_help_desk_when_ex_clients_ring_are_written_with_what_to_say(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a few lines for the help desk to read off if Globex or Vandelay ring in.")).reply
    assert "outside what I can answer" not in reply.text and "If one of them rings:" in reply.script
    assert "- Vandelay Imports:" in reply.script and "- Globex Logistics:" in reply.script


def test_a_short_nudge_about_no_provider_yet_keeps_the_safe_landing_within_the_words(bot):
    script = bot.handle(staff("Can you draft a Slack post for the Acme Dental channel nudging them that we still haven't heard "
                              "from a new provider? Under 80 words, sign it from Priya.")).reply.script
    assert "external drive" in script and "contact us by" in script and len(script.split()) <= 80


def test_who_the_new_provider_should_ask_for_is_answered_with_the_day_to_call_by(closed):
    decision = closed.handle(client("hey! castle tech say they'll ring you soon, who should they ask for?", "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "hear from Castle Tech by Wednesday 23 December 2026" in said


def test_a_message_asking_the_owner_to_tie_off_loose_ends_says_what_is_left(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Teams message to Priya asking her to tie off the loose ends with Vandelay. 5 lines "
                              "tops.")).reply.script
    assert "final invoice" in script and "our access removed" in script and len(script.strip().splitlines()) <= 5


def test_a_reply_on_answering_tickets_over_christmas_says_when_we_are_closed_within_the_words(closed):
    script = closed.handle(staff("Hooli's owner asked if we'll answer tickets over Christmas. Reply under 50 words.")).reply.script
    assert "closed from Thursday 24 December 2026 to Friday 1 January 2027" in script and "help desk" in script
    assert len(script.split()) <= 50


def test_a_status_of_all_offboardings_for_an_owners_update_covers_every_client_not_only_theirs(bot):
    add_vandelay(bot.clients)
    add_hooli(bot.clients)
    reply = bot.handle(staff("Priya wants a one-paragraph status of all our offboardings for her Monday update.")).reply
    assert all(name in reply.script for name in ("Acme Dental", "Globex Logistics", "Hooli Bakery", "Vandelay Imports"))
    assert "\n" not in reply.script.strip()


@pytest.mark.parametrize("text", ["hi Vandaley here lol, just saying hello, hope you're all good over there",
                                  "Hi there, hope you had a good weekend. Just saying hello, no IT problems for once :)",
                                  "ha. saw your van on the high street earlier. small world. hope you're all well"])
def test_an_ex_client_saying_hello_to_us_gets_a_warm_hello_back_and_no_offer_of_support(bot, text):
    add_vandelay(bot.clients)
    decision = bot.handle(client(text, "Vandelay Imports"))
    assert decision.reply and "lovely to hear from you" in decision.reply.text
    assert "help desk" not in decision.reply.text and "support" not in decision.reply.text


def test_a_passing_good_morning_in_a_shared_channel_stays_with_the_people_there(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("morning all", "Vandelay Imports"))
    assert decision.reply is None and decision.draft is None


def test_a_text_nudging_a_client_to_get_their_provider_in_touch_asks_for_it_by_the_day(closed):
    script = closed.handle(staff("SMS to the owner at Hooli: nudge them to get Castle Tech in touch with us. Has to fit in "
                                 "one text (160 chars).")).reply.script
    assert "Castle Tech" in script and "23 Dec" in script and "Nudge" not in script and len(script) <= 160


def test_a_call_for_a_client_asking_if_they_did_something_wrong_answers_no_when_the_reason_is_ours(closed):
    script = closed.handle(staff("Need a phone script for Hooli tomorrow — they keep asking 'did we do something "
                                 "wrong?'")).reply.script
    assert script.startswith("No, you haven't done anything wrong") and "capacity" in script


def test_a_close_out_letter_confirming_the_end_thanks_them_and_wishes_them_well_not_a_refusal(bot):
    script = bot.handle(staff("Write a close-out letter to Globex confirming support ended Tuesday 17 November 2026. "
                              "Sign it from Tom.")).reply.script
    assert "Thank you for the time we worked together" in script and "every success with BrightPath IT" in script
    assert "no longer able to take on support work" not in script and "Tom" in script


def test_a_bullet_list_for_the_team_of_our_access_to_remove_is_the_list_for_us_not_talking_points(bot):
    reply = bot.handle(staff("Bullet list for the team: which of our access to Acme do we remove after Monday 21 December "
                             "2026? 8 bullets max."))
    assert "delegated admin" in reply.reply.script.lower() and "Could you confirm" not in reply.reply.script
    assert len([line for line in reply.reply.script.splitlines() if line.startswith("- ")]) <= 8


def test_a_reply_the_account_owner_wants_drafted_is_signed_by_her(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay have asked to come back on their old terms. Priya wants me to draft the "
                                      "reply, 4 lines tops."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().splitlines()[-2:][0].startswith("Priya") or "\nPriya" in script
    assert "Sam" not in script


def test_did_we_send_their_backup_keys_is_answered_from_the_checklist(bot):
    text = bot.handle(staff("BrightPath say they never got Globex's backup encryption keys. Did we send them?")).reply.text
    assert "Not on record" in text and "backup keys" in text and "documentation done" in text


def test_a_three_sentence_team_post_keeps_the_handover_day_before_the_reason(closed):
    note = closed.handle(staff("Write me a Slack post for #general letting everyone know we're parting ways with Hooli "
                               "Bakery. 3 sentences max.")).reply.script
    assert "Wednesday 23 December 2026" in note and "Monday 4 January 2027" in note and "capacity" not in note


@pytest.mark.parametrize("text", ["team post: acme is leaving, under 50 words", "quick team post that acme is leaving"])
def test_a_team_post_that_a_client_is_leaving_is_the_note_for_our_team(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "we're ending our agreement with Acme Dental" in reply.script and "Hello Acme" not in reply.script


def test_a_team_post_naming_one_client_by_name_and_one_by_its_kind_covers_both(closed):
    script = closed.handle(staff("Write a short post for #team announcing Acme Dental and the bakery are leaving us. Facts "
                                 "only, no gossip, under 100 words.")).reply.script
    assert "Acme Dental" in script and "Hooli Bakery" in script and len(script.split()) <= 100


def test_a_client_asking_if_we_are_around_over_christmas_is_told_when_we_are_closed(closed):
    script = closed.handle(staff("Hooli asked if we're around over Christmas. Reply for me, 2 lines max.")).reply.script
    assert "closed from Thursday 24 December 2026 to Friday 1 January 2027" in script and "contact details" not in script


def test_two_offers_in_a_row_do_not_both_open_if_it_would_help(bot):
    script = bot.handle(staff('Client pasted this in the Acme channel: "If you drop us we\'ll leave 1-star reviews '
                              'everywhere and tell every dentist in Kent. - Dr M". Draft the reply.')).reply.script
    assert script.count("If it would help") <= 1 and "happy to suggest a few IT providers" in script


def test_a_note_asking_the_owner_for_the_plan_for_a_data_request_asks_it_and_suggests_one(bot):
    note = bot.handle(staff("Write a quick note to Priya: Acme have asked for all their data. What's the plan?")).reply.script
    assert "What's the plan?" in note and "external drive" in note and "secure channel" in note


def test_a_no_to_paying_more_does_not_speak_of_more_time_they_never_asked_for(bot):
    script = bot.handle(staff("Acme just offered to pay 20% more per month and a quarter upfront if we stay. Write me a 3 "
                              "sentence reply.")).reply.script
    assert "more time" not in script and "fee or terms" in script


def test_a_formal_letter_confirming_the_end_of_our_services_is_the_confirmation_not_a_decline(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming the end of our services, for our records and "
                              "theirs. Signed Priya Shah.")).reply.script
    assert "We are writing to confirm that our support for Vandelay Imports ended" in script
    assert "small fixes or advice" not in script


def test_what_access_do_we_pull_in_ten_items_is_a_list_of_our_access(bot):
    script = bot.handle(staff("Teams message for the engineers: after Acme's last day, what access do we pull? 10 items "
                              "max.")).reply.script
    items = [line for line in script.splitlines() if line.startswith("- ")]
    assert 3 <= len(items) <= 10 and any("elegated admin" in line for line in items)


def test_a_no_to_paying_in_advance_names_the_reason_on_record(bot):
    script = bot.handle(staff("Priya asked me to draft her reply to this from Acme: \"We're really sorry about the late "
                              "invoices. We'll pay three months in advance if you keep us on.\" Polite but firm, 100 words "
                              "max.")).reply.script
    assert "30-60 days late" in script and "decision is final" in script and len(script.split()) <= 100


@pytest.mark.parametrize("text", ["SMS to Acme offering them their data on an external drive before support ends. Under 160 "
                                  "characters.",
                                  "SMS to Acme's office manager reminding them about getting their data on a drive. 160 chars "
                                  "max."])
def test_a_text_about_their_data_on_a_drive_offers_it_and_asks_for_a_day_before_the_end(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "external drive" in script and "which day before then suits?" in script and len(script) <= 160


def test_a_voicemail_asked_to_cover_two_topics_covers_both_within_the_seconds(bot):
    script = bot.handle(staff("Voicemail script for Acme Dental if nobody answers: data drive and the provider deadline. "
                              "30 seconds.")).reply.script
    assert "external drive" in script and "get in touch with us by" in script and len(script.split()) / 2.5 <= 30


def test_a_voicemail_keeps_the_handover_day_asked_for_by_dropping_an_undated_clause(closed):
    script = closed.handle(staff("Need a 30 second voicemail script for Hooli Bakery reminding them support ends in January "
                                 "and we need to hear from Castle Tech.")).reply.script
    assert "Monday 4 January 2027" in script and "Castle Tech to get in touch with us by Wednesday 23 December 2026" in script
    assert "We're back on" not in script


@pytest.mark.parametrize("text", ["Teams msg to Tom: BrightPath keeps pinging us about Globex configs. One line on how we're "
                                  "handling it.",
                                  "Short Teams message to Tom: BrightPath keeps pinging me about Globex config. How do we "
                                  "handle?"])
def test_a_message_to_the_owner_on_how_we_handle_an_ex_clients_provider_says_the_plan(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "My plan: reply politely" in script and "genuinely missing from the handover" in script
    assert script.count(long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))) == 1


def test_a_team_post_on_what_happens_next_says_the_handover_step(bot):
    script = bot.handle(staff("Write the internal Slack post telling the team we're ending with Acme Dental and what happens "
                              "next. No more than 120 words.")).reply.script
    assert "should contact us by" in script and "external drive" in script and len(script.split()) <= 120


def test_an_email_reminding_an_ex_client_to_move_their_licences_is_that_reminder(bot):
    script = bot.handle(staff("Email to Globex reminding them their Microsoft 365 licences need moving to their own payment "
                              "method. Short, from Tom.")).reply.script
    assert "any licences still billed through us need moving into your own name" in script
    assert "as our support ended on" in script and "hand over your accounts" not in script


def test_is_an_active_client_leaving_passed_on_by_a_colleague_is_answered_no_from_the_record(bot):
    text = bot.handle(staff("is Initech leaving us too? Tom asked me")).reply.text
    assert "No. Initech is an active client" in text and "outside what I can answer" not in text


def test_an_ex_clients_grudging_christmas_wish_is_wished_back(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("ok fine. have a good christmas i guess", "Vandelay Imports"))
    assert decision.reply and "the same to you" in decision.reply.text and "support" not in decision.reply.text


@pytest.mark.parametrize("text", ["Can you write a Teams post reminding everyone NOT to help Globex any more? They keep calling "
                                  "the helpdesk line.",
                                  "One paragraph for our internal wiki on why we're letting Globex go"])
def test_a_post_for_everyone_or_our_wiki_is_written_for_our_team_not_the_client(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "Globex Logistics" in script and "Hello Globex" not in script and "Hi Globex" not in script


def test_a_why_posted_in_their_channel_is_answered_with_the_reason(bot):
    script = bot.handle(staff("Acme posted this in their channel: \"why r u dropping us?? we've been with you for 6 years\". "
                              "Draft a reply for Priya to post.")).reply.script
    assert "The reason is late payment" in script and "Priya" in script


def test_a_checklist_in_at_most_ten_bullets_keeps_to_ten_with_our_access_as_one(bot):
    script = bot.handle(staff("Priya wants an offboarding checklist for Acme. Bullets only, max 10 bullets.")).reply.text
    bullets = [line for line in script.splitlines() if line.startswith("- ")]
    assert 5 <= len(bullets) <= 10 and sum("never early" in line for line in bullets) == 1
    assert "offboard check" not in script


def test_a_letter_signed_from_a_quoted_team_name_is_signed_so(closed):
    script = closed.handle(replace(staff("Can you write a warm but firm goodbye email to Hooli? we like them, it's just too "
                                         "much work for us. Signed from 'the support team' since nobody owns it"),
                                   sender_name="Sam Taylor")).reply.script
    assert "The support team" in script and "Sam" not in script


def test_a_short_text_back_to_an_offer_made_on_the_phone_is_a_text_that_says_no(bot):
    script = bot.handle(staff("Acme's office manager just apologised on the phone and offered to pay 3 months upfront if we "
                              "keep them. What do I send back? short text pls")).reply.script
    assert len(script) <= 160 and "decision is final" in script


def test_a_text_told_what_they_asked_is_a_no_within_one_text_not_their_words_echoed(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("text to vandelay: they asked to come back. polite no")).reply.script
    assert "You asked" not in script and "won't be taking" in script and len(script) <= 160


def test_three_bullet_talking_points_are_three(bot):
    text = bot.handle(staff("3 bullet talking points for my call with Acme Dental tomorrow please")).reply.script
    assert len([line for line in text.splitlines() if line.startswith("- ")]) == 3


def test_a_ticket_number_asked_about_an_ex_client_is_the_help_desks_not_a_decline(bot):
    text = bot.handle(staff("What was the ticket number for the Globex printer problem back in October?")).reply.text
    assert "help desk" in text and "decline" not in text.lower()


def test_yes_slash_no_asked_gets_the_no_first(bot):
    text = bot.handle(staff("Tom wants to know if Globex can come back on their old terms, they asked really nicely. yes/no "
                            "+ one line why")).reply.text
    first = text.split("\n\n")[1]
    assert first.startswith("No")


def test_a_no_to_more_time_names_the_provider_that_may_start_later(closed):
    script = closed.handle(staff("Client pasted this in the Hooli channel: \"hi we havent really picked anyone, Castle "
                                 "something maybe? cant you just carry on till feb\" — reply for me, friendly, 80 words "
                                 "max.")).reply.script
    assert "If they can't start" not in script and len(script.split()) <= 80


def test_a_roundup_for_the_owner_greets_her_and_sends_no_questions_to_herself(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Teams msg to Priya summarising where Acme and Vandelay stand. 5 bullets max")).reply.script
    assert script.startswith("Hi Priya") and "questions to Priya" not in script and "Vandelay Imports" in script


def test_a_tight_slack_post_signed_from_me_covers_what_was_listed_and_names_the_sender(closed):
    script = closed.handle(replace(staff("need a slack post for the Hooli Bakery channel: last day, xmas closure, and when "
                                         "Castle Tech should ping us. sign it from me. keep it tight"),
                                   sender_name="Sam Taylor")).reply.script
    assert "Monday 4 January 2027" in script and "Thursday 24 December 2026" in script
    assert "Wednesday 23 December 2026" in script and script.rstrip().endswith("Sam Taylor")


def test_clearing_the_invoices_offered_with_a_bigger_retainer_if_we_stay_is_an_offer_declined(bot):
    script = bot.handle(staff("Acme offered to clear every outstanding invoice today plus a bigger retainer if we stay. "
                              "Priya wants a 2-line reply to paste in their Slack channel.")).reply.script
    assert "routine reminder" not in script and "doesn't change things" in script
    assert len(script.strip().splitlines()) <= 4


def test_licences_asked_about_beside_a_backup_key_are_answered_too(bot):
    decision = bot.handle(client("Globex here. Our Microsoft licences renew soon, are they still billed through you? And who "
                                 "do we ask about the backup encryption key?", "Globex Logistics"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "backup encryption key" in said and "onto your own payment method" in said


def test_a_client_whose_email_went_unanswered_hears_sorry_first(closed):
    decision = closed.handle(client("Who is our account manager now? Nobody has replied to my email from last week.",
                                    "Hooli Bakery"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "sorry your earlier message went unanswered" in said


def test_an_ex_clients_domain_renewal_sent_to_us_is_answered_not_left_to_lapse(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Venderlay here. The renewal notice for our domain went to your email address - can you "
                                 "just renew it for us?", "Vandelay Imports"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "doesn't lapse" in said and "renewal should be paid in your own name" in said


def test_a_handover_call_asked_for_a_day_we_are_closed_says_we_are_closed_that_day(closed):
    script = closed.handle(staff("Hooli want a handover call on Tuesday 29 December 2026 during the shutdown. Reply for me "
                                 "pls, they're lovely so keep it warm.")).reply.script
    assert "Tuesday 29 December 2026 falls while our office is closed" in script


def test_words_for_a_client_crying_on_the_phone_now_are_for_the_call_and_thank_them_first(bot):
    reply = bot.handle(staff("Acme's practice manager is crying on the phone saying they'll lose patients. What do I say "
                             "right now?")).reply
    assert "To say on the call:" in reply.text and reply.script.startswith("Thank you for calling")


def test_a_close_out_listing_what_is_still_open_mentions_the_invoice_and_our_access_without_a_chase(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a close-out email to Vandelay listing anything still open — final invoice, our access "
                              "coming off — from Priya.")).reply.script
    assert "still open" not in script and "attached" not in script
    assert "final invoice" in script and "Our own access to your systems" in script


def test_a_call_back_after_one_voicemail_returns_the_call_and_thanks_them_for_the_message(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's owner left me a voicemail wanting to 'start fresh'. Phone script for calling him "
                              "back please, keep it under a minute.")).reply.script
    assert "returning your call. Thank you for your message." in script


def test_an_ex_client_still_getting_billed_for_licences_is_told_nothing_should_be_billed_after_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay say they're still getting billed for Microsoft licences through us. What do I "
                              "do?")).reply.script
    assert "nothing should be billed through us after" in script and "Here's how we'll hand over" not in script


def test_you_wont_lose_your_email_promises_only_what_we_do(bot):
    decision = bot.handle(client("We still haven't found a new IT company. What happens to our email after you stop?",
                                 "Acme Dental"))
    said = (decision.reply or decision.draft or decision.staff_notice).text
    assert "No, you won't lose your email" in said and "keeps working afterwards" not in said


def test_a_no_to_backups_past_the_end_says_what_happens_to_the_backups(closed):
    script = closed.handle(staff("Hooli asked if we'd keep doing their backups through January until Castle Tech is ready. "
                                 "What do I tell them?")).reply.script
    assert "decision is final" in script and "backup instructions and encryption keys to Castle Tech" in script


def test_asked_whether_their_leave_was_approved_the_bot_says_plainly_it_holds_no_approvals(closed):
    reply = closed.handle(staff("Do you know if my PTO for the week of Monday 7 December 2026 got approved?")).reply.text
    assert reply.split("\n")[-1].startswith("I don't hold leave requests or approvals")
