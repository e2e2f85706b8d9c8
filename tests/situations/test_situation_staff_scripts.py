"""Ready-to-send wording for staff, true to the situation described: what a letter or email to the
client says, from the record, for the moment it is asked in."""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from intents import cues
from responses.render import christmas_break, long_date
from tests.support import calendar
from tests.support.records import add_hooli, add_vandelay, seed_clients, hooli_over_our_closure
from tests.support.messages import staff
from tests.support.letters import without_heading

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


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


def test_a_lawyers_letter_reported_by_staff_goes_to_management_with_only_a_holding_reply(bot):
    # (two fresh reviewers asked for a holding reply to send; it argues nothing and says who answers)
    decision = bot.handle(staff("Acme Dental's solicitors wrote saying the notice breaches our contract, what do I reply?"))
    assert "Don't answer it yourself" in decision.reply.text
    assert decision.reply.script.count(".") <= 4 and "breach" not in decision.reply.script \
        and "passed it to our management team, who will reply to you directly" in decision.reply.script
    assert "Priya and management" in decision.reply.text   # the test roster names the owner Priya


@pytest.mark.parametrize("text", ["should i actually mention the late payments to acme or just say 'business reasons'?",
                                  "Acme's fine with the external drive for their data. what goes on it and how do we hand "
                                  "it over? can you give me something to send"])
def test_a_script_thanks_the_client_for_no_question_they_never_asked(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert script and "for asking" not in script and "getting in touch" not in script


def test_a_script_thanks_the_client_for_the_question_they_asked(bot):
    script = bot.handle(staff("Acme Dental asked why we're ending it. what do I say?")).reply.script
    assert "for asking" in script or "fair question" in script or "be clear" in script


@pytest.mark.parametrize("text", [
    "Acme Dental want us to set up the network for their new branch before we go. It's a two-week job. Do we?",
    "acme wants us to migrate their practice software to cloud before we go. its like 40 hrs of work. do we have to?"])
def test_a_new_project_for_a_leaving_client_is_not_a_stock_yes(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Only if it can be finished" in reply.text and not reply.script


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


@pytest.mark.parametrize("text", [
    "Tom wants to send Globex Logistics a 'told you so' email since their new provider is struggling. how do I stop him?",
    "our intern wants to post a 'client from hell' story about Globex Logistics on linkedin (anonymised he says). ok?"])
def test_a_parting_shot_at_a_client_is_a_plain_no_with_nothing_to_send(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo: it's business, not personal" in reply.text and not reply.script
    assert "Wish them well" not in reply.text


def test_once_notice_has_gone_out_the_script_restates_it_rather_than_announcing_it_again(bot):
    # Acme Dental's notice went out ten days ago (tests/support/records.py).
    reply = bot.handle(staff("how do I tell Acme Dental we're ending? need words for the call tomorrow")).reply
    assert reply.script.startswith("As we set out in our notice of") and "decided to end" not in reply.script
    assert "don't announce it again" in reply.coaching


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


def test_a_client_in_notice_who_calls_all_day_is_given_one_route_not_less_help(bot):
    reply = bot.handle(staff("need a call script for Acme Dental's manager, she calls the help desk 6x a day since the "
                             "notice. want to be kind but set limits")).reply
    assert "come through the help desk" in reply.script and "Anything urgent still gets priority" in reply.script
    assert "Of course, we'll take care of this" not in reply.text


def test_an_ex_client_ringing_a_personal_phone_gets_the_kind_no(bot):
    decision = bot.handle(staff("Globex Logistics' ops manager rang my personal cell for 'just 5 min' on a printer. "
                                "what do I say if he calls again"))
    assert decision.intent == "after_end_request" and "no longer able to provide support" in decision.reply.script


def test_a_clients_question_about_the_last_day_itself_is_answered_with_the_date_inclusive(bot):
    reply = bot.handle(staff("Acme Dental are asking whether the last day is the last day they're supported or the first "
                             "day they're not? what do i tell them")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"To confirm: {end} is your last day of support" in reply.script and "up to and including" in reply.script
    assert "switched off" not in reply.script


def test_a_call_back_after_a_tearful_apology_and_an_offer_returns_the_call_and_thanks_for_both(bot):
    script = bot.handle(staff("Acme's office manager just rang me in tears, said sorry about the invoices and offered to pay "
                              "six months up front if we keep them. I said I'd call back. Give me a short phone "
                              "script.")).reply.script
    assert "returning your call" in script and "Thank you for calling" not in script
    assert "Thank you for the apology, and for the offer" in script and "Our decision stands" in script


def test_an_email_confirming_we_are_ending_with_the_reason_confirms_the_last_day_not_only_the_reason(bot):
    script = bot.handle(staff("Need an email to Acme Dental confirming we're ending support. Under 150 words, signed by "
                              "Priya. Be straight about why.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"our IT support agreement with you ends on {end}" in script and "The reason is late payment" in script


def test_a_client_that_asked_why_we_are_dropping_them_gets_the_reason_in_the_two_sentences(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli asked in their channel why we're dropping them. Give me a two-sentence reply I can "
                              "paste.")).reply.script
    assert "The reason is our team's capacity" in script and "contact details" not in script


def test_a_letter_asked_from_the_team_in_quotes_is_signed_by_the_team(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("I need a formal letter to Hooli Bakery confirming the end of our agreement and the dates. "
                              "Keep it to one page, from 'the team'.", sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("The Northwind IT team") and "Sam Taylor" not in script


def test_an_angry_paste_that_mentions_our_closure_gets_a_calm_reply_to_the_anger_not_a_holiday_notice(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli's owner wrote this: \"You're dumping us right before our busiest season, with your "
                              "office shut over Christmas. Thanks for nothing.\" Need a calm reply under 120 words, signed "
                              "by me (Sam).")).reply.script
    assert "We hear how you feel" in script and "A quick note about the holidays" not in script


def test_an_email_asking_for_the_name_of_whoever_signs_off_the_handover_asks_for_it(bot):
    script = bot.handle(staff("Follow-up email to Acme Dental: we need the name of the person who'll sign off the handover. "
                              "100 words max, Priya signing.")).reply.script
    assert "Could you let us know the name of the person at Acme Dental who will sign off the handover" in script


def test_a_post_nudging_a_client_about_the_handover_to_its_provider_asks_for_the_provider_by_the_day(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("need a short slack post for the hooli bakery channel nudging them about the handover to "
                             "Castle Tech. keep it friendly, 3-4 lines max")).reply
    assert reply.principle == "helpful" and "Castle Tech" in reply.script and "get in touch by" in reply.script


def test_a_text_asking_for_the_new_it_companys_details_asks_for_them_by_the_day(bot):
    script = bot.handle(staff("SMS to the Acme office manager, 160 chars max, just reminding them we need their new IT "
                              "company's details asap")).reply.script
    assert "Please send us their details" in script and "call us by" in script


def test_a_formal_letter_declining_to_resume_answers_the_letter_it_was_sent(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay sent this: \"Dear sirs, we wish to resume our service agreement on the previous "
                              "terms from January. Kindly confirm.\" Need a formal letter back, signed by Priya "
                              "Shah.")).reply.script
    assert "Thank you for your letter. We have considered your request carefully" in script
    assert "Thank you for thinking of us" not in script


def test_an_active_client_that_dmd_about_the_rumour_gets_the_reassuring_reply_asked_for(bot):
    reply = bot.handle(staff("Initech's office manager DM'd me: rumour is we're dropping clients, are they next? Draft me a "
                             "reassuring reply.")).reply
    assert "your support carries on exactly as normal" in reply.script and "pass the rumour on" not in reply.text


def test_a_team_post_on_the_two_offboardings_still_running_lists_those_two_with_their_dates(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Teams post for the whole team: the two offboardings still running and key dates. Under 100 "
                             "words.")).reply
    assert "- Acme Dental: last day of support" in reply.script and "- Hooli Bakery: last day of support" in reply.script
    assert "Globex Logistics" not in reply.script


def test_a_no_asked_to_an_ex_clients_restore_from_an_old_backup_is_the_kind_no_not_a_data_handover(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay called asking us to restore a file from an old backup. Give me a phone script to say "
                             "no nicely.")).reply
    assert reply.principle == "done" and "no longer able to provide support" in reply.script \
        and "handing it over" not in reply.script


def test_a_teams_message_telling_a_colleague_no_to_pulling_the_plug_early_says_no_and_why(bot):
    script = bot.handle(staff("Dev says we should just pull the plug on Acme's server now, they never pay on time anyway. "
                              "Write me a short Teams message to Dev saying no, without starting a fight.")).reply.script
    assert script.startswith("Hi Dev, I'd rather we didn't") and "without starting a fight" not in script \
        and "legal risk" in script


@pytest.mark.parametrize("text", ["Priya says to tell Acme it's a 'change in our service focus' rather than bring up the "
                                  "invoices. fine?",
                                  "Priya wants to just say 'change of strategic direction' to Acme rather than bring up the "
                                  "payments. Is that ok?"])
def test_a_softer_story_proposed_in_place_of_the_payments_is_answered_no_not_yes(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "No: that isn't the reason" in reply.text and "Yes, that is the reason on record" not in reply.text


def test_whether_we_still_hold_an_ex_clients_data_is_not_answered_yes_nor_promised_on_a_drive(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay want a copy of their data. They left at the end of October. Do we still have it? "
                             "Draft me a reply to them.")).reply
    assert "The record doesn't say what we still hold for them" in reply.text and not reply.text.startswith("Yes")
    assert "We can give you a full copy of your data" not in reply.script and "we still hold" in reply.script


def test_do_we_still_have_backups_for_an_ex_client_is_checked_not_answered_yes(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay now says they never got their data from us. Do we still have backups? What do I "
                             "do?")).reply
    assert "The record doesn't say what we still hold for them" in reply.text and "Yes, hand it over" not in reply.text


@pytest.mark.parametrize("text", ["Acme's office manager asked if we'd stay on if they clear every outstanding invoice "
                                  "today. Please draft a reply.",
                                  "Acme's office manager asked if we'd stay on if they clear every outstanding invoice "
                                  "today. 2 sentences, please."])
def test_an_offer_to_clear_the_invoices_if_we_stay_is_thanked_with_the_decision_and_last_day_not_chased(bot, text):
    reply = bot.handle(staff(text)).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert reply.script.count("Thank you for offering to settle the outstanding invoices") == 1 \
        and f"our decision stands, and the agreement will end as planned on {end}" in reply.script
    assert "reminder" not in reply.script


@pytest.mark.parametrize("text", ["need an internal note for the acme dental file on where we are with the exit",
                                  "write me a short internal summary of the Globex Logistics exit for the onboarding doc"])
def test_an_internal_note_about_a_client_we_are_letting_go_is_written_up_for_us(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text
    assert "The reason on record: " in reply.script or "Why we ended it: " in reply.script
    assert "outside what I can answer" not in reply.text


def test_slow_walking_a_client_in_notice_is_a_no_with_nothing_to_send(bot):
    reply = bot.handle(staff("acme dental sends 15 tickets a day since the notice. can we start slow-walking them?")).reply
    assert "\n\nNo: until" in reply.text and not reply.script


def test_recommending_providers_to_a_client_without_one_is_a_yes_with_names_to_fill(bot):
    decision = bot.handle(staff("Acme Dental still has no new provider. should i just recommend someone?"))
    assert decision.principle == "friendly" and "\n\nYes: helping them find a provider" in decision.reply.text
    assert "[provider 1]" in decision.reply.script and "no arrangement with any of them" in decision.reply.script


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


def test_once_notice_has_gone_out_the_notice_wording_is_restated_not_sent_again(bot):
    reply = bot.handle(staff("can you word the notice letter for Acme Dental? make it sound less harsh")).reply
    assert reply.script and "This is our written notice" not in reply.script and "formal notice" not in reply.script
    assert "don't send a second notice" in reply.coaching


def test_an_email_confirming_the_end_date_says_the_date_inclusive(bot):
    reply = bot.handle(staff("can u draft the email to acme dental confirming the end date? Priya wants it out today")).reply
    assert "is your last day of support" in reply.script and "switched off" not in reply.script


def test_an_email_asking_the_new_provider_to_get_in_touch_is_written_to_them(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Can you draft an email asking Castle Tech to get in touch before Hooli's cutoff?")).reply
    assert reply.script.startswith("Hello Castle Tech team,")


def test_a_call_script_never_opens_with_thanks_for_a_message_and_asks_for_the_handover(bot):
    reply = bot.handle(staff("need a call script for Acme Dental, they asked for a call to 'talk it over'. "
                             "pretty sure they're gonna beg")).reply
    assert "To say on the call:" in reply.text
    # (no thanks for a message never sent; "suggest a hosted email provider" is the safe landing)
    assert "for your message" not in reply.script and "for your email" not in reply.script
    assert "get in touch with us by" in reply.script


def test_our_agents_and_backup_jobs_stay_until_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("acme dental's backups run on our cloud console + our RMM agent is on all their PCs. when do "
                             "i kill the backup jobs and pull the agent? today ok since theyre leaving anyway?")).reply
    assert f"Not before the last day ({end})" in reply.text and not reply.script


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


def test_is_this_really_final_in_a_pasted_reply_is_a_plea_not_a_lost_notice(bot):
    reply = bot.handle(staff("acme dental replied to the notice, how do i answer this:\n\"We are shocked. We have been "
                             "with you for 6 years. Is this really final?? What if we increased the monthly retainer?\"")).reply
    assert "didn't reach you" not in reply.script and "final" in reply.script


def test_asked_to_write_the_ending_for_an_active_client_says_nothing_is_decided(bot):
    reply = bot.handle(staff("initech's been a pain lately, can you write me an offboarding email for them")).reply
    assert "outside what I can answer" not in reply.text and "offboard start Initech" in reply.text
    assert not reply.script


def test_a_discount_asked_to_get_the_final_invoice_paid_is_a_no_and_the_handover_goes_on(bot):
    reply = bot.handle(staff("Acme Dental say they'll only pay the final invoice if we knock 20% off as a 'goodwill "
                             "gesture'. do we just take the hit to get it over with?")).reply
    assert "No: the final invoice stands as issued" in reply.text and "nothing of theirs is held back" in reply.text
    assert not reply.script


def test_holiday_cover_for_a_client_in_notice_follows_its_last_day_against_the_break(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    reply = bot.handle(staff("who covers Acme Dental over christmas?")).reply
    before = end < christmas_break(calendar.today())[0]
    assert ("before the break" if before else "fully supported over Christmas and New Year") in reply.text
    assert long_date(end) in reply.text and "outside what I can answer" not in reply.text and not reply.script


# -- from review round 14 ------------------------------------------------------------------------------------
def test_hearsay_about_a_clients_phase_is_looked_up_with_nothing_to_send(bot):
    reply = bot.handle(staff("Is Acme Dental ended or still in transition? someone said they left already")).reply
    assert reply.text.startswith("From the record") and "in transition" in reply.text and not reply.script


def test_what_management_wants_is_no_client_request_to_answer(bot):
    reply = bot.handle(staff("General q: what's a normal notice period when dropping a client? Management wants to "
                             "do 2 weeks for the next one")).reply
    assert "30 to 60 days" in reply.text and not reply.script


def test_a_crm_close_out_note_lists_what_is_still_open(bot):
    reply = bot.handle(staff("internal note for the CRM closing out globex logistics, keep it factual")).reply
    assert "(for our records, not for the client)" in reply.text and "Not ticked in the tracker" in reply.script


def test_the_credentials_a_message_names_are_the_ones_the_script_hands_over(bot):
    reply = bot.handle(staff("how do I respond to this from Acme Dental: \"Our new IT says they need our backup encryption "
                             "key and the admin login for the router. Can you send them?\"")).reply
    assert "The router admin login and the backup encryption key are yours" in reply.script
    assert "secure channel" in reply.script and "licences" not in reply.script


@pytest.mark.parametrize("text", ["need a CRM note for acme dental, status as of today pls",
                                  "write the CRM status note for Acme Dental"])
def test_a_crm_note_is_written_for_our_records(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Still open on the handover checklist" in reply.script


def test_what_to_say_at_reception_is_said_aloud(bot):
    reply = bot.handle(staff("Globex Logistics keeps ringing the front desk every week. what do I say at reception?")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


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
    day, number, month = deadline.split()[:3]
    # (the day it is about, said in full or short to leave room for the last day: "by Sun 13 Dec")
    assert "as a text message" in reply.text and (deadline in reply.script or f"{day[:3]} {number} {month[:3]}" in reply.script)


def test_an_agenda_for_a_handover_meeting_is_a_list_from_the_record(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("pls write an agenda for the acme dental handover call thurs, 30 min")).reply
    assert "Agenda:" in reply.text and reply.script.startswith("1. ") and "\n6. " in reply.script
    assert end in reply.script and "external drive" in reply.script and "Kind regards" not in reply.script


def test_a_linkedin_reply_is_written_for_the_public(bot):
    reply = bot.handle(staff("Can you write a LinkedIn reply? Globex Logistics' ops director posted that we 'abandoned "
                             "them mid-project'. Tom wants something public.")).reply
    assert "Hello Globex Logistics team" not in reply.script and reply.script


def test_staying_on_until_a_later_date_is_more_time_not_an_offer(bot):
    reply = bot.handle(staff("acme dental asked if we can stay on til 8 jan because of the holidays, their lead dentist is "
                             "away. what do i tell them")).reply
    assert "Thank you for the offer" not in reply.script and "No: the last day of support stays" in reply.text


def test_how_a_return_as_a_new_client_works_is_answered_not_refused(bot):
    # (no rule for taking a client back is on record: the answer says so rather than quoting one)
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-31),
                    reason_category="never_satisfied")
    reply = bot.handle(staff("vandelay imports wants to come back. do they just go through normal onboarding like a new "
                             "client?")).reply
    # (and none is sketched either: "a yes would start like any new client's" was a rule, round 31's factual error)
    assert "No rule for taking a former client back is on record" in reply.text and "new client's" not in reply.text
    assert not reply.script


def test_a_question_about_another_client_passed_on_by_staff_is_answered_as_confidential(bot):
    reply = bot.handle(staff("acme dental's office manager asked me on the phone if we 'also dumped Globex' bc she knows "
                             "their ops guy. what can i say")).reply
    assert reply.text.split("\n\n")[1].startswith("Nothing about other clients") and not reply.script


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


def test_a_reminder_of_the_last_day_for_a_client_we_are_not_offboarding_is_caught_not_refused(bot):
    """Initech is active: a reminder that "their support ends" on some date is a mix-up to catch, not a
    question outside what the bot does."""
    reply = bot.handle(staff("Put together Initech's reminder that their support ends Monday 14 December.")).reply
    assert "Initech is an active client" in reply.text and not reply.script
    assert "outside what I can answer" not in reply.text


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


def test_a_meeting_the_new_provider_attends_speaks_to_them_instead_of_asking_for_their_details(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    script = bot.handle(staff("Opening words for the handover meeting with Acme and Castle Tech on Thursday, "
                              "a couple of minutes.")).reply.script
    assert "With Castle Tech here" in script and "contact details" not in script


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


def test_a_pasted_request_from_an_ex_client_is_answered_with_the_kind_no_and_a_reply_to_send(bot):
    reply = bot.handle(staff('Globex Logistics forwarded me this:\n\n"Hi, the scanner on the second floor has stopped '
                             'working since Monday. Could someone log in and have a look today? Thanks, Lee"\n\n'
                             'Can you write a reply I can send?')).reply
    assert reply.text.startswith("Done") and reply.script and "not able to help" in reply.script


def test_a_data_letter_asked_to_nudge_them_towards_hosted_email_says_so(bot):
    script = bot.handle(staff("Draft an email to acme dental offering their data on an external drive, and nudge them "
                              "to get their email hosted somewhere before the end")).reply.script
    assert "external drive" in script and "hosted email provider" in script


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


def test_a_message_to_the_account_owner_by_name_asks_them_what_was_asked(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("slack msg to Priya asking her to check acme dental's final invoice before it goes out pls")).reply
    assert "For the team (not for the client)" in reply.text
    assert reply.script.startswith("Hi Priya, could you check Acme Dental's final invoice before it goes out?")
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script and "Kind regards" not in reply.script


def test_a_request_read_as_an_angry_client_with_nobody_upset_gets_no_sorry_youre_upset(bot):
    reply = bot.handle(staff("I have to ring Acme Dental's owner tomorrow. Give me a phone script, and a voicemail "
                             "version in case she doesn't pick up.")).reply
    assert reply.script and "how you feel" not in reply.script and "sorry" not in reply.script.lower()


def test_a_text_saying_what_staff_give_says_it_to_the_reader(bot):
    reply = bot.handle(staff("text to acme dental's office manager saying we got her email and will ring her back "
                             "after lunch. short")).reply
    assert "as a text message" in reply.text
    assert reply.script.startswith("We got your email and will ring you back after lunch.")


def test_a_reply_to_a_pasted_message_greets_whoever_signed_it(bot):
    reply = bot.handle(staff('Reply to this from Acme Dental for me: "We have settled every invoice now. Surely that '
                             'changes things? Please think again. - Dr. Amara Lewis"')).reply
    assert without_heading(reply.script).startswith("Dear Dr Lewis,")   # (a title goes with the surname)


def test_a_formal_letter_is_dear_and_yours_sincerely_with_the_title_given(bot):
    reply = bot.handle(staff("Formal letter to Acme Dental confirming the end of the agreement. Signed by Dana Whitfield, "
                             "Service Director.")).reply
    assert without_heading(reply.script).startswith("Dear Acme Dental team,")
    assert reply.script.endswith("Yours sincerely,\nDana Whitfield\nService Director\nNorthwind IT")


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


def test_an_intro_note_from_us_to_the_new_provider_is_written_to_them(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("Draft a short intro note from us to SmileTech IT so they know who to talk to about Acme "
                             "Dental.")).reply
    assert reply.script.startswith("Hello SmileTech IT team,")


def test_the_new_provider_saying_something_is_missing_is_answered_to_them(bot):
    reply = bot.handle(staff("BrightPath IT says they never got Globex Logistics' backup encryption keys. Write me an "
                             "email to them that sorts it out.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,")


def test_a_public_reply_asked_for_with_an_urge_to_go_in_hard_is_written_calm_and_the_urge_answered(bot):
    reply = bot.handle(staff('Globex Logistics left us a 1-star Google review: "Arrogant, slow, and they dumped us. Avoid." '
                             "Write the public reply. I'd like to go in hard tbh")).reply
    assert "Don't go in hard" in reply.text and "I'll write one" not in reply.text
    assert reply.script and "Globex" not in reply.script.split("\n\n")[0]   # nothing private said in public
    assert "spite" not in reply.text   # the review's "slow" is their word, not a move of ours


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


def test_our_own_idea_of_pushing_the_end_into_january_is_a_no_with_no_letter(bot):
    reply = bot.handle(staff("I feel awful ending things with Acme Dental right before Christmas. should we just push it "
                             "into January?")).reply
    assert "No: the last day of support stays as it is" in reply.text and not reply.script


def test_a_pasted_message_naming_the_new_provider_and_asking_who_to_ring_gets_both(bot):
    reply = bot.handle(staff('Reply needed for Acme Dental: "Hi all, we\'ve gone with DentaTech IT. They\'d like to speak '
                             'with you, who should they ring?"')).reply
    assert "DentaTech IT" in reply.script and "Priya looks after your account and is the person for them to speak to" in reply.script


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


@pytest.mark.parametrize("text,signature", [
    ("Write a letter for Acme confirming the end date of our support. Formal, signed by me (Dana Ortiz, Service Delivery).",
     "Dana Ortiz\nService Delivery"),
    ("Acme wrote \"you're abandoning us\". need a calm reply, sign it 'The Support Team'", "The Support Team"),
])
def test_the_signer_asked_for_signs_the_script(bot, text, signature):
    reply = bot.handle(staff(text)).reply
    assert signature + "\n" in reply.script and "Priya\n" not in reply.script


def test_a_one_line_no_to_coming_back_says_the_no(bot):
    reply = bot.handle(staff("globex asked to come back. one-liner I can paste to them: we're not taking them back")).reply
    body = reply.script.strip()   # (the line alone: no greeting or signature around it)
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


def test_a_client_not_on_record_is_not_given_the_record_of_the_one_it_is_compared_with(bot):
    reply = bot.handle(staff("write the termination letter for Stark Plumbing, reason is late payment, end date same as Acme")).reply
    assert "Acme" not in reply.script and "30-60 days" not in reply.text
    assert "Stark Plumbing" in reply.text


def test_documentation_never_received_is_sent_not_offered_on_a_drive(bot):
    reply = bot.handle(staff("Globex says they never got their network diagrams. Support's over, so not our problem?")).reply
    assert "diagrams" in reply.script and "external drive" not in reply.script


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


def test_a_client_asking_if_we_will_still_fix_things_until_the_end_is_told_yes(bot):
    decision = bot.handle(staff("Acme asked if we'll still fix the x-ray PCs until we leave. What do I answer?"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.intent == "support_request" and f"until {end}" in decision.reply.script


def test_a_text_reminding_a_client_of_the_last_day_says_the_last_day(bot):
    reply = bot.handle(staff("text to Acme reminding them of the last day, signed by Dana")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert reply.script.startswith(f"Reminder: our support ends on {end}.") and reply.script.endswith("- Dana, Northwind IT")


def test_an_intro_email_to_the_new_provider_that_mentions_the_holidays_is_still_written_to_them(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("Write the intro email to SmileTech IT for the Acme handover: what we'll give them and how, "
                             "plus timing around the holidays.")).reply
    assert reply.script.startswith("Hello SmileTech IT team")


def test_asked_to_nudge_a_client_with_no_provider_on_email_the_data_letter_does(bot):
    reply = bot.handle(staff("Write the paragraph for Acme offering their data on an external drive. They've got no new "
                             "IT company yet, so also nudge them on email.")).reply
    assert "external drive" in reply.script and "hosted email provider" in reply.script


def test_an_email_to_a_new_provider_staff_have_just_heard_of_is_written_to_that_provider(bot):
    reply = bot.handle(staff("Acme just told me on the phone they've signed with a firm called MolarTech IT. write a first "
                             "email from me to MolarTech kicking off the handover")).reply
    assert reply.script.startswith("Hello MolarTech IT team") and "To say on the call" not in reply.text


def test_the_new_providers_setup_questions_relayed_by_staff_are_answered_to_the_new_provider(bot):
    decision = bot.handle(staff("globx's new IT people keep ringing our techs on their mobiles asking how stuff was set up. "
                                "how do we handle it without being jerks"))
    assert decision.intent == "provider_config_question" and decision.reply.script.startswith("Hello BrightPath IT team")


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


def test_a_new_provider_named_in_quotes_is_written_to_by_its_name(bot):
    reply = bot.handle(staff("Acme told Priya on the phone they're going with 'Redwood IT'. Draft the handover kick-off "
                             "email to Redwood.")).reply
    assert reply.script.startswith("Hello Redwood IT team,")


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


def test_a_pasted_client_email_asking_too_much_is_answered_with_the_reason_not_checked_as_a_draft(bot):
    reply = bot.handle(staff('Acme emailed: "Is this because we paid late? We can pay early from now on, promise!! too '
                             'much?" Reply pls, kind, but no wiggle room.')).reply
    assert "Reading your draft" not in reply.text and "The reason is late payment" in reply.script


def test_a_call_for_the_new_provider_on_how_things_were_set_up_is_a_no_after_the_end(bot):
    reply = bot.handle(staff("BrightPath wants 15 mins with one of our techs on how Globex's backups were set up. "
                             "Priya's ok with it. Good idea?")).reply
    assert reply.text.split("\n\n")[1].startswith("No: support ended on") and "not able to answer further questions" in reply.script


def test_a_checklist_asked_for_comes_without_a_letter_unless_a_letter_is_asked(bot):
    plain = bot.handle(staff("give me a final checklist for the acme handover, want to make sure nothing's missed")).reply
    assert "handover checklist" in plain.text and not plain.script
    mailed = bot.handle(staff("Can you turn the handover checklist into an email I can send to Acme? numbered list pls")).reply
    assert mailed.script


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


def test_a_formal_letter_asking_to_be_reinstated_is_answered_as_a_wish_to_come_back(bot):
    reply = bot.handle(staff('Globex sent a formal letter asking to be reinstated "on the previous terms". Draft a formal '
                             "reply letter for Priya's signature.")).reply
    assert "not able to help with this request" not in reply.script \
        and ("back" in reply.script or "resuming the agreement" in reply.script)


def test_a_text_about_the_last_day_and_the_closure_says_both_and_is_signed_as_asked(config, open_bot):
    closed = (calendar.today() + timedelta(days=10), calendar.today() + timedelta(days=18))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    bot.clients.set_end("Acme Dental", (closed[1] + timedelta(days=5)).isoformat())
    script = bot.handle(staff("text msg to the acme owner reminding them of the last day + our xmas closure. under 160 "
                              "chars. from Dana @ support")).reply.script
    assert f"closed {closed[0]:%a} {closed[0].day} {closed[0]:%b}" in script and script.endswith("- Dana, Northwind IT")
    assert len(script) <= 160


def test_a_checklist_to_share_with_the_new_provider_is_theirs_to_read_not_our_tracker(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("Need a one-page handover checklist for Acme that I can share with their new provider. "
                             "markdown ok")).reply
    assert "Checklist to share:" in reply.text and reply.script.startswith("Handover checklist: Acme Dental")
    assert long_date(date.fromisoformat(acme["end_date"])) in reply.script and "1. " in reply.script
    assert "offboard" not in reply.script and "[ ]" not in reply.script and "access-removed" not in reply.script


def test_a_text_about_the_new_provider_says_when_support_ends_within_the_limit_staff_gave(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("sms to the Acme office mgr — they still haven't told us who's taking over. short, "
                             "under 300 characters")).reply
    assert f"our support ends on {acme_end}" in reply.script and len(reply.script) <= 300
    assert "Who is your new IT provider?" in reply.script   # (who is taking over, asked)


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


def test_whether_to_raise_the_reason_with_a_client_already_gone_is_no_need_unless_asked(bot):
    reply = bot.handle(staff("Tom wants to know if we should even bring up the scope creep with Globex now they're "
                             "gone.")).reply
    assert reply.text.split("\n\n")[1].startswith("No need to bring it up unprompted") and not reply.script


def test_a_letter_signed_with_a_name_and_title_carries_both(bot):
    reply = bot.handle(staff("Formal letter to Acme Dental confirming the data handover: we'll put their files on an "
                             "external drive. Letterhead style, signed Priya Shah, Account Manager.")).reply
    assert "Priya Shah\nAccount Manager" in reply.script


def test_a_holiday_closure_note_says_the_closure_the_last_day_and_the_handover_date(closed):
    reply = closed.handle(staff("Write the holiday-closure note for Hooli Bakery, under 100 words, so they know how "
                                "it affects their last stretch with us.")).reply
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply.script
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script \
        and "no hard feelings" not in reply.script


def test_two_versions_asked_for_come_as_two_scripts(bot):
    reply = bot.handle(staff("Acme offered to double their monthly retainer if we keep them. I need two versions of a "
                             "no: one warm, one a two-liner.")).reply
    assert "Version 1 (warm)" in reply.text and "Version 2 (a two-liner), ready to send (2 sentences)" in reply.text
    assert reply.script.count("Hello Acme Dental team,") == 2


def test_an_insulting_reply_that_mentions_the_invoice_is_answered_as_the_anger(bot):
    reply = bot.handle(staff("Acme's owner replied to the notice calling us 'vultures', says he'll hold back the last "
                             "invoice and trash us on Yelp. Need a calm reply under 150 words.")).reply
    assert "Please find attached our final invoice" not in reply.script and "understand why you're upset" in reply.script


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


def test_an_end_date_email_for_a_client_with_no_provider_asks_who_it_will_be(bot):
    reply = bot.handle(staff("Need a short email to Acme Dental confirming their end date and asking who their new IT "
                             "company will be.")).reply
    assert "Could you let us know who will look after your IT next" in reply.script


def test_an_intro_email_to_a_provider_named_in_quotes_is_written_to_them(bot):
    reply = bot.handle(staff("Acme finally picked new IT ('Molar IT Partners') and they want an intro. Write me an "
                             "intro email to them, client cc'd, under 150 words. I'll add their address.")).reply
    assert reply.script.startswith("Hello Molar IT Partners team,") and "Ready to send to Molar IT Partners" in reply.text


def test_a_client_on_record_named_by_its_first_word_is_never_said_to_be_missing(bot):
    reply = bot.handle(staff("need out-of-office autoreply text for the xmas closure. it has to work for Acme and Hooli "
                             "too since they're still ours through part of it")).reply
    assert "can't find Acme" not in reply.text and "Thank you for your message. Our office is closed" in reply.script


def test_a_checklist_for_the_new_provider_leaves_out_their_own_contact_item_and_the_clients_signature(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli: need a checklist email to Castle Tech of what we're handing over (tenant admin, "
                             "domain, backups etc).")).reply
    assert "New provider in touch with us" not in reply.script and "Signed off for Hooli Bakery" not in reply.script
    assert "Data export delivered" in reply.script


def test_an_ex_client_who_keeps_opening_tickets_gets_the_kind_no_not_a_plea_answer(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Need a polite but firm email to Vandalay Imports, they keep opening tickets via the "
                             "portal. Can we also say the portal's getting shut?")).reply
    assert "able to" in reply.script and "ended on" in reply.script and "Our decision stands" not in reply.script


def test_a_final_invoice_they_want_re_checked_is_checked_not_sent_again(bot):
    reply = bot.handle(staff("Email to Globex please: they want their final invoice 're-checked'. Firm but "
                             "friendly.")).reply
    assert "Please find attached" not in reply.script and "ll check the invoice against" in reply.script


# -- from review round 25 (set 23) ----------------------------------------------------------------------------
def test_a_text_reminder_for_a_client_with_no_new_provider_presumes_none(bot):
    text = bot.handle(staff("sms to Acme Dental reminding them of their last day")).reply.script
    assert "our support ends on" in text and "your new IT provider" not in text


def test_the_channel_a_request_came_by_is_not_the_shape_of_the_answer(bot):
    reply = bot.handle(staff("Someone from the Acme front desk asked me on WhatsApp for the domain registrar login. "
                             "OK to send?")).reply
    assert "text message" not in reply.text and "secure channel" in reply.script


def test_a_calm_reply_to_a_review_threat_invites_no_escalation(bot):
    script = bot.handle(staff("Acme Dental's practice manager wrote back: \"If this is how you treat loyal customers, I'll "
                              "make sure every dentist in the county reads about it on Google.\" Need a calm reply, 80 "
                              "words max.")).reply.script
    assert "management" not in script and "not a personal one" in script


# -- from dev27 ---------------------------------------------------------------------------------------------
def test_a_new_way_of_paying_offered_is_thanked_for_and_declined(bot):
    script = bot.handle(staff("need a reply to this from acme, keep it short: \"We know we've been slow with invoices. We "
                              "can put a card on file and pay every invoice the day it arrives. Please reconsider.\"")).reply.script
    # (they own the slow invoices themselves: the reason isn't said back to them)
    assert "Thank you for the offer" in script and ", though," not in script and "The reason is late payment" not in script


def test_a_nudge_that_the_new_provider_has_not_called_is_the_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Write an email to the Hooli Bakery owner nudging them that Castle Tech still hasn't "
                                "contacted us. Friendly please."))
    assert decision.intent == "provider_handover" and "Castle Tech" in decision.reply.script


def test_a_provider_named_inside_a_pasted_message_is_not_who_the_reply_is_to(bot):
    script = bot.handle(staff("ex-Globex office manager emailed: \"hey guys quick one, scan-to-email on the 2nd floor "
                              "printer died. can someone remote in for 5 min? won't tell BrightPath lol\" — 2 line reply "
                              "pls")).reply.script
    assert script.startswith("Hello Globex Logistics team") and "BrightPath IT team" not in script


def test_a_cover_email_that_reminds_them_of_our_terms_carries_the_invoice_with_those_terms(bot):
    script = bot.handle(staff("Cover email for Acme's final invoice — firm but polite, remind them our terms are 10 "
                              "days")).reply.script
    assert "Please find attached our final invoice" in script and "10 days" in script and "still open" not in script


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


def test_a_legal_threat_staff_ask_to_answer_gets_a_holding_reply_beside_the_advice(bot):
    reply = bot.handle(staff("the Globex CFO sent this: \"You deleted our shipping mailbox and left us in the lurch. "
                             "Restore it by Friday or our lawyers will be in touch.\"  how do I reply?")).reply
    assert "Don't answer it yourself" in reply.text
    assert "We've passed it to our management team, who will reply to you directly" in reply.script


def test_an_email_explaining_the_closure_says_the_day_we_reopen_is_the_last_day(closed):
    reply = closed.handle(staff("email to Hooli explaining the xmas closure and what it means for their end date. they'll "
                                "panic so keep it clear. bullets ok")).reply
    assert "Talking points" not in reply.text and reply.script.startswith("Hello Hooli Bakery team")
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script


def test_a_cause_the_client_guesses_in_a_quote_is_corrected_before_the_reason(bot):
    script = bot.handle(staff("\"Is this because Dr. Moreno was rude to your technician in September? He has "
                              "apologised.\" - acme dental. how do i answer honestly without starting a fight")).reply.script
    assert "it isn't that. The reason is late payment" in script


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


def test_an_email_restating_the_notice_names_the_reason_on_record(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Write the email announcing to Hooli Bakery that we're letting them go.")).reply.script
    assert "As we set out in our notice of" in script and "The reason is our team's capacity" in script


def test_an_email_reminding_a_client_when_their_support_stops_gives_the_last_day(bot):
    script = bot.handle(staff("Need a short email to Acme Dental reminding them when their support stops. Under 120 words, "
                              "signed by Priya.")).reply.script
    assert f"{long_date(calendar.day(20))} is your last day of support" in script


def test_a_pasted_request_to_hold_off_ending_gets_the_no_to_more_time_in_one_line(bot):
    reply = bot.handle(staff("one-liner reply to acme pls: 'can u hold off ending until after our audit in feb??'")).reply
    assert reply.script.count(".") == 1 and f"beyond {long_date(calendar.day(20))}" in reply.script
    assert "their tickets get the same priority" not in reply.text   # (holding off the ending is theirs, not ours)


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
    assert "we haven't heard from castle tech yet" in reply.script.lower() and "call us by" in reply.script
    assert len(reply.script) <= 300


def test_a_clients_question_pasted_in_single_quotes_about_the_last_day_gets_the_day(bot):
    reply = bot.handle(staff("website chat from acme asking 'when exactly do you stop looking after us?' give me a "
                             "one-liner")).reply
    assert f"{long_date(calendar.day(20))} is your last day of support" in reply.script


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


def test_a_text_asked_to_say_when_we_are_back_gives_the_dates_not_the_request_echoed(closed):
    script = closed.handle(staff("text to the hooli owner saying the office is closed over xmas and when we're back")).reply.script
    assert "Thu 24 Dec" in script and "when we're back" not in script


def test_a_return_promised_in_scope_gets_the_reply_asked_for(bot):
    script = bot.handle(staff("Globex's CFO wants back in, promises to stay in scope. Write the reply, short, signed Tom "
                              "Becker.")).reply.script
    assert "we won't be taking the work back on" in script


def test_a_polite_no_to_a_new_project_in_the_notice_period_is_written(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Chat message to Hooli's owner: polite no, we won't start their new online-ordering website "
                              "project during the transition.")).reply.script
    assert "we won't be starting new projects before then" in script and "Castle Tech is best placed to quote" in script


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


def test_sign_it_with_a_name_and_title_signs_with_both(bot):
    script = bot.handle(staff("Priya wants a firm but warm email to Acme saying the decision is final after their apology "
                              "letter. Sign it Priya Shah, Account Manager.")).reply.script
    assert script.endswith("Priya Shah\nAccount Manager\nNorthwind IT") or "Priya Shah\nAccount Manager" in script


def test_a_text_that_must_ask_for_the_new_providers_name_asks_for_it(bot):
    script = bot.handle(staff("sms to the Acme office manager: reminder of their last day and we still need a new provider "
                              "name. <160 chars")).reply.script
    assert "Who is your new IT provider?" in script and len(script) <= 160


def test_terms_staff_give_for_the_final_invoice_are_the_ones_stated(bot):
    script = bot.handle(staff("Write Globex a cover email for their final invoice, saying 'due within ten days as per our "
                              "payment policy'. Ready to attach.")).reply.script
    assert "within ten days" in script


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


def test_an_email_asked_for_after_a_question_on_the_phone_is_written_and_gives_the_reason(bot):
    decision = bot.handle(staff("Acme's practice manager asked me straight out on the phone 'is this about the invoices?' and "
                                "I froze. Give me a follow-up email that actually answers her."))
    assert "Ready to send:" in decision.reply.text and "To say on the call" not in decision.reply.text
    assert "The reason is late payment" in decision.reply.script


def test_a_reply_to_a_relayed_question_about_an_invoice_after_the_end_checks_it_and_claims_nothing(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("Globex emailed asking why they got an invoice after they left. Neutral reply for Tom please -- "
                              "I don't have the invoice in front of me")).reply.script
    assert "check the invoice against" in script and "sending a final invoice" not in script


def test_who_made_the_decision_is_answered_as_the_firms_with_nobody_named(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli asked 'who made this decision?' -- do I have to name someone?")).reply
    assert "No need to name anyone" in reply.text and "It was a company decision" in reply.script


def test_a_no_to_a_client_who_apologised_for_the_invoices_does_not_say_the_reason_back(bot):
    script = bot.handle(staff('acme just sent this: "Priya, we are truly sorry about the invoices. We\'ve hired a bookkeeper '
                              'and will pay within 10 days from now on. Please give us one more chance." -- need a reply I '
                              "can send today, kind but the answer's still no")).reply.script
    assert "Thank you for the apology" in script and "The reason is late payment" not in script


def test_a_heads_up_about_the_shutdown_is_the_closure_note(closed):
    script = closed.handle(staff("Draft a heads-up for Hooli Bakery about our Christmas shutdown and how it lines up with "
                                 "their last day. Plain English please.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "we only remove our own access" not in script


def test_a_letter_confirming_handover_sign_off_is_the_sign_off_form(bot):
    reply = bot.handle(staff("Formal letter for Acme Dental confirming handover sign-off. Also, who on their side is meant "
                             "to sign it?")).reply
    assert "Signed for Acme Dental: name" in reply.script


def test_a_template_with_no_brackets_left_is_not_called_one_to_fill_in(bot):
    reply = bot.handle(staff("we're dropping Wayne Fabrication too (scope creep, same story as globex). write their notice "
                             "email, last day 1st of feb")).reply
    assert "[" not in reply.script and "fill in the brackets" not in reply.text


def test_a_date_confirmation_asked_with_nothing_about_the_reason_leaves_it_out(bot):
    reply = bot.handle(staff("Need a three-sentence email to Acme Dental confirming the date their support finishes. Nothing "
                             "about the reason, nothing fluffy. Sign it from Priya.")).reply
    assert long_date(calendar.day(20)) in reply.script and "reason" not in reply.script.lower()


def test_a_thanks_and_goodbye_email_thanks_them_without_talk_of_ill_will(bot):
    script = bot.handle(staff("Tom wants a thanks-and-goodbye email to Globex's operations lead to close things out. "
                              "Friendly, about 80 words, and don't leave the door open.")).reply.script
    assert "Thank you for working with us" in script and "ill will" not in script and "good shape" not in script


def test_a_counted_out_of_office_for_everyone_has_no_greeting_to_fill_in(closed):
    reply = closed.handle(staff("Write the two-sentence out-of-office for the shared support mailbox over Christmas. It'll be "
                                "seen by everyone incl. clients we're offboarding.")).reply
    assert "[client]" not in reply.script and reply.script.startswith("Thank you for your message.")


def test_a_client_asking_again_why_we_ended_is_the_reason_not_a_setup_question(bot):
    decision = bot.handle(staff("Globex is asking, two weeks after the fact, why we dropped them. Do we tell them?"))
    assert decision.intent == "explain_reason" and "The reason is the scope of the work" in decision.reply.script


def test_a_public_reply_to_an_ex_clients_review_invites_no_more_talk(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay actually posted the 1-star review on Google. Write a public response we can post "
                              "under it.")).reply.script
    # (notice on record: said, without its date or anything else private; never an "agreed" end, as we gave notice)
    # ("supported you fully" is no fact of the record: the notice is)
    assert "we gave notice before our work together ended" in script and "agreed" not in script
    assert "supported you fully" not in script
    assert "talk it over" not in script and "get in touch" not in script


def test_a_text_that_shuts_down_an_ex_clients_calls_says_support_ended(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay's owner keeps calling the main line. need a text msg, 160 chars max, that shuts it "
                              "down nicely")).reply.script
    ended = calendar.day(-32)   # (the day said in full, or short to fit: "Thu 29 Oct")
    assert re.search(rf"ended on \w+ {ended.day} {ended:%b}", script)
    assert re.search(r"no longer able to provide support|can.t take on further requests", script) and len(script) <= 160


def test_a_relayed_what_happens_on_the_last_day_is_answered_as_the_last_day(bot):
    script = bot.handle(staff("In simple English pls — Acme's new office manager (English isn't her first language) asked "
                              "what happens on the 21st. Short email.")).reply.script
    assert f"To confirm: {long_date(calendar.day(20))} is your last day of support" in script
    assert "we'll take care of this" not in script


def test_a_date_brought_forward_for_our_closure_says_why(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Email to Hooli about their Microsoft licences: renewals need moving onto their own card "
                              "before the end.")).reply.script
    by = long_date(closed[0] - timedelta(days=1))
    assert f"finished by {by}" in script
    assert f"Our office is closed for the holidays from {long_date(closed[0])} to {long_date(closed[1])}, which is why we " \
           f"ask for that day." in script


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


@pytest.mark.parametrize("text,said", [
    ("quick one - when is Acme Dentl's last day and by when does their new IT company need to get hold of us?",
     "new provider should contact us by"),
    ("how many days have Acme got left with us, and is that a normal notice period?", "the usual 30 to 60 days' notice"),
    ("what exactly did we write down as the reason for Globex?", "for ending our agreement with Globex Logistics: work asked of us outside the agreed scope"),
])
def test_a_look_up_asked_in_passing_is_answered_from_the_record(bot, text, said):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("From the record") and said in reply.text and not reply.script


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


def test_one_harsh_line_to_soften_gets_a_gentler_line_back(bot):
    reply = bot.handle(staff("Make this line for Acme less harsh: 'We are terminating because you never pay on time.'")).reply
    assert "A gentler line:" in reply.text and "The reason is late payment" in reply.script
    assert "Kind regards" not in reply.script and "never pay on time" not in reply.script


def test_payment_offered_only_if_we_carry_on_is_no_invoice_to_chase(bot):
    reply = bot.handle(staff("Acme says they'll only pay the overdue invoices if we keep supporting them until February. "
                             "Reply for Priya.")).reply
    assert "invoice for February" not in reply.script and "We can't continue our support beyond" in reply.script
    assert "The invoices already issued are due on their usual terms" in reply.script


def test_a_quoted_ask_for_their_data_and_did_we_ever_send_it_is_the_record_then_their_data_handed_over(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay is asking \"where's our data? we never got it\". What do I say - did we ever send "
                             "it?")).reply
    assert "nothing says Vandelay Imports has their data" in reply.text
    assert "it's yours, even now our support has ended" in reply.script and "The reason is" not in reply.script


def test_a_pasted_fix_from_a_client_in_notice_gets_a_reply_that_helps(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("pasted from Hooli channel: \"hiya, can u still fix our card reader today or are u guys done with "
                             "us already?\" - draft reply")).reply
    assert "You're fully supported until" in reply.script and "logged it" not in reply.script


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


def test_how_we_set_things_up_asked_by_the_new_provider_is_declined_even_with_a_reply_to_send_back(bot):
    reply = bot.handle(staff("BrightPath IT emailed asking how we set up Globex's VPN and the schedule of their backup jobs. "
                             "Draft me a reply to send back to help@brightpath.example")).reply
    assert "we can't advise on how things were set up" in reply.script and "data. It belongs to" not in reply.script


def test_a_pasted_password_prompt_with_a_remote_in_ask_is_declined_after_the_end(bot):
    script = bot.handle(staff("Globex sent this: \"Hi guys, Outlook on 3 of our laptops keeps asking for the password again "
                              "and again. Can one of you remote in this afternoon? Thanks, Dan\". Give me a polite reply.")).reply.script
    assert "we're no longer able to provide support" in script and "hand over your accounts" not in script


def test_how_a_vpn_was_set_up_with_its_key_named_is_still_a_setup_question(bot):
    script = bot.handle(staff("BrightPath IT emailed asking how we had Globex's site-to-site VPN set up (which ports, PSK etc). "
                              "How should I answer? Write the reply.")).reply.script
    assert "we can't advise on how things were set up" in script and "pre-shared key. It belongs" not in script


def test_whether_they_can_still_log_tickets_is_a_plain_yes(bot):
    script = bot.handle(replace(staff("Reply for me in the Acme channel: they asked if they can still log tickets this week."),
                                sender_name="Sam Taylor")).reply.script
    assert script.split("\n\n")[1].startswith("Yes") and "keep logging tickets" in script


def test_a_card_and_treats_relayed_are_thanked_for(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli sent us a lovely thank-you card and mince pies. Quick Slack reply to their channel, "
                              "something warm, not gushy.")).reply.script
    assert "Thank you so much for the card and the mince pies" in script and "decision" not in script


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


def test_asked_to_recommend_a_new_it_provider_the_reply_recommends(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay asked us to recommend a new IT provider, can you draft a reply with a few "
                              "names")).reply.script
    assert "[provider 1], [provider 2] and [provider 3]" in script and "The decision is final" not in script


def test_the_notice_in_very_simple_english_gives_the_decision_and_reason_plainly(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("The owner at Hooli doesn't read English well. Write the end-of-contract notice in very simple "
                              "English, short sentences.")).reply.script
    assert "We are ending our IT support for you. This decision is final." in script
    assert "The reason: our team cannot give you all the help you need." in script
    body = script.split("\n\n")[1]
    assert max(len(sentence.split()) for sentence in re.split(r"(?<=[.?!])\s+", body)) <= 16


def test_a_decline_names_the_fault_staff_passed_on_and_is_signed_by_whoever_was_messaged(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay's office manager DM'd me saying their email's down and asking if I could take "
                                      "a 'quick 10 min look'. Can you give me a polite no?"), sender_name="Sam Taylor")).reply.script
    assert "with your email" in script and script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_a_message_telling_an_ex_client_what_it_was_like_dealing_with_them_is_a_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a message to Vandelay telling them exactly what it was like dealing with them. They "
                             "deserve to hear it.")).reply
    assert "No: it's business, not personal." in reply.text and not reply.script


def test_suggesting_a_client_moves_its_email_to_a_named_service_is_no_licence_handover(bot):
    decision = bot.handle(staff("The dentists STILL haven't picked anyone. Write to them suggesting they at least move their "
                                "email somewhere themselves before the cut-off, e.g. M365 or Google Workspace."))
    assert decision.intent == "no_new_provider" and "hosted email" in decision.reply.script


def test_a_response_to_a_clients_google_review_is_the_public_reply(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Draft a response to Vandelay's Google review: \"1 star. Dumped us with no warning, useless from "
                             "start to finish.\" Short, public, professional.")).reply
    assert "We keep the details of our work with clients private" in reply.script and "Hello Vandelay" not in reply.script


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


def test_a_client_saying_every_invoice_is_cleared_now_is_thanked_for_the_payment(bot):
    script = bot.handle(staff("Acme just posted this in their channel, help me answer: \"We've cleared every invoice now. "
                              "Surely that changes things? We've been loyal to you for years.\" Reply from Priya "
                              "please.")).reply.script
    assert "Thank you for letting us know about the payment" in script


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


def test_keeping_their_email_running_after_the_end_as_a_favour_is_a_kind_no_with_where_to_turn(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("acme asked if we can keep their email running 'for a few weeks' after they leave as a favour. "
                             "reply pls, short")).reply
    assert f"We can't keep looking after your email after {end}" in reply.script
    assert "hosted email provider" in reply.script and reply.text.find("No: nothing of theirs") >= 0


def test_a_payment_and_an_apology_passed_on_are_both_thanked(bot):
    script = bot.handle(staff("acme paid everything and the owner sent a really sincere apology. Honestly, should we "
                              "reconsider?")).reply.script
    assert "Thank you for the apology, and for letting us know about the payment" in script


def test_overdue_invoices_offered_only_if_we_reconsider_are_due_anyway(bot):
    script = bot.handle(staff("Paste: 'We'll clear every overdue invoice today if you reconsider. Please.' - Acme. Reply draft "
                              "under 80 words please.")).reply.script
    assert "The invoices already issued are due on their usual terms, separately from this" in script


def test_an_offer_to_come_back_is_thanked_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay rang offering to pay double if we take them back. Worth considering "
                              "tbh?")).reply.script
    assert script.count("appreciate") <= 1 and "back on" in script


def test_a_reminder_email_about_their_end_date_leads_with_the_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Can you draft a reminder email to Acme Dental about their end date? Keep it under 120 words, it "
                              "goes out from Priya.")).reply.script
    assert f"A quick reminder: {end} is your last day of support" in script


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


def test_a_pinned_message_about_holiday_cover_is_the_closure_note_promising_no_cover(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Write a pinned message for the Hooli Bakery channel about holiday cover")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script and "We can't promise cover while the office is shut" in script


def test_halving_their_tickets_if_we_keep_them_on_is_answered_with_the_decision(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Hooli's owner emailed saying they'll halve their ticket volume if we keep them on. Draft reply, "
                                "120 words max"))
    assert decision.intent == "second_chance" and "Our decision stands" in decision.reply.script


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


def test_a_really_nice_thank_you_relayed_is_thanked_warmly(bot):
    script = bot.handle(staff("Globex sent a really nice thank-you. Draft a warm reply, 2 sentences.")).reply.script
    assert "Thank you for your kind message" in script and "disappointing" not in script


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


def test_a_message_confirming_we_received_their_apology_thanks_them_for_it(bot):
    script = bot.handle(staff("Write a message for the Acme Dental channel confirming that we've received their apology "
                              "but the decision stands. Two sentences.")).reply.script
    assert "Thank you for the apology" in script and re.search(r"decision (?:is final|stands)", script)


def test_a_note_from_one_person_to_the_new_provider_is_written_to_the_provider(bot):
    reply = bot.handle(staff("Write a note from Sam to BrightPath IT saying we won't be answering config questions about "
                             "Globex anymore. 3-4 sentences.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "For the team" not in reply.text


def test_a_close_out_email_so_there_are_no_loose_ends_is_a_letter_not_the_checklist(bot):
    reply = bot.handle(staff("one last close-out email to Globex so there are no loose ends. under 100 words")).reply
    assert "Checklist to share" not in reply.text and "Handover checklist: Globex" not in reply.script
    assert reply.script.startswith("Hello Globex Logistics team,") and "ended on" in reply.script


def test_a_close_out_letter_to_an_ex_client_promises_removing_our_tools_and_never_says_it_is_under_way(bot):
    # Nothing on record says our tools are coming off "now": the letter says what closing out will do, and confirms it.
    script = bot.handle(staff("one paragraph letter to Globex confirming we've closed everything out and thanking them"
                              )).reply.script
    assert "we'll remove our own access and management tools from your systems and confirm it to you in writing" in script
    assert "now closing out" not in script and "Thank you for working with us" in script


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


def test_a_handover_start_passed_on_for_a_day_we_are_closed_is_declined_in_the_script(closed):
    script = closed.handle(staff("Hooli said \"Castle Tech want to start the handover on Mon 28th\". Reply for me pls, "
                                 "one short paragraph.")).reply.script
    assert "Monday 28 December 2026 falls while our office is closed" in script
    assert "by Wednesday 23 December 2026" in script


def test_an_email_asked_for_with_all_the_dates_in_it_is_the_email_not_a_look_up(closed):
    reply = closed.handle(staff("Write the Hooli Bakery email with all the dates they need before Christmas. Sign it "
                                "from the team, no individual name.")).reply
    assert reply.script.startswith("Hello Hooli Bakery team") and "The Northwind IT team" in reply.script
    assert "Wednesday 23 December 2026" in reply.script and "Thursday 24 December 2026" in reply.script


def test_a_reply_to_a_client_asking_about_emergency_cover_over_christmas_gives_the_closure(closed):
    script = closed.handle(staff("Hooli asked if anyone will cover emergencies over Christmas. Write me the reply, 2-3 "
                                 "lines.")).reply.script
    assert "our office is closed from Thursday 24 December 2026" in script and "help desk now" not in script


def test_a_domain_in_our_own_registrar_account_is_transferred_not_called_their_login(bot):
    script = bot.handle(staff("Globex's domain is still registered under our registrar account. They haven't asked. Do "
                              "we do anything?")).reply.script
    assert "registrar login is yours" not in script and "send the transfer code" in script


def test_an_email_asking_for_the_new_providers_contact_details_is_the_handover_not_the_credentials(closed):
    script = closed.handle(staff("Email to Hooli Bakery asking for Castle Tech's contact details, under 100 words")).reply.script
    assert "share Castle Tech's contact details" in script and "backup encryption keys" not in script


def test_a_pinned_message_about_how_support_works_over_christmas_is_the_closure_note(closed):
    script = closed.handle(staff("Need a pinned message for Hooli's channel about how support works over Christmas. "
                                 "Short.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_years_of_fees_and_a_demand_for_an_explanation_get_the_reason_not_thanks_for_a_payment(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed again 'Four years we paid you and the moment things get hard you walk off. "
                              "Nobody else would treat a client like this. I want an explanation.' Reply for Priya pls, "
                              "120 words max, no grovelling")).reply.script
    assert "about the payment" not in script and "The reason is" in script


def test_an_email_confirming_the_dates_around_christmas_gives_the_closure(closed):
    script = closed.handle(staff("Email to Hooli Bakery confirming the dates around Christmas and their last day. Under 100 "
                                 "words, no exclamation marks please, sign off as Sam Taylor.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_formal_no_we_write_first_keeps_the_decision_when_the_thanks_for_writing_is_dropped(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming we won't be taking them on again. Sign Priya "
                              "Shah.")).reply.script
    assert "\nOur support ended on " in script and "we won't be taking the work back on" in script


def test_thanks_a_client_said_is_thanked_back_not_declined(bot):
    script = bot.handle(staff("Globex said thanks for the smooth handover. One-liner reply.")).reply.script
    assert "Thank you for your kind" in script and "not able to help" not in script


def test_an_extension_declined_offers_no_options_nobody_asked_for(closed):
    script = closed.handle(staff("Hooli asked to extend to end of January. Reply, under 60 words.")).reply.script
    assert "month to month" not in script and "the last day stays as it is" in script


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


def test_a_final_wrapped_up_email_to_an_ex_client_is_the_close_out_letter_not_a_decline(bot):
    script = bot.handle(staff("Tom wants a final 'all wrapped up' email to Globex. Draft it for him.")).reply.script
    assert "close out" in script and "not able to" not in script and "no longer able" not in script


def test_an_email_telling_the_client_what_they_get_from_us_lists_the_handover(bot):
    script = bot.handle(staff("Acme's dentist isn't techy at all. Plain-English email, under 200 words, telling her what "
                              "she'll get from us before we finish. Priya signing.")).reply.script
    assert "we'll hand over everything that is yours" in script and "keep logging tickets" not in script


def test_a_welcome_to_the_new_provider_joining_the_channel_is_written_to_them(closed):
    script = closed.handle(staff("Castle Tech just joined the Hooli channel. Write a welcome from me that sets out what we "
                                 "need from them.")).reply.script
    assert script.startswith("Hello Castle Tech team,") and "handover" in script


def test_a_phone_call_about_a_review_gets_a_call_script_not_the_public_reply(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("I'm ringing Vandelay's MD this afternoon because they've put up a one-star review. Give me a "
                              "short phone script, calm tone.")).reply.script
    assert "We keep the details of our work with clients private" not in script


def test_an_end_of_year_reminder_is_the_closure_note(closed):
    script = closed.handle(staff("Write Hooli's end-of-year reminder email and sign it from their account owner.")).reply.script
    assert "our office is closed from" in script and "close out our work" not in script


def test_a_domain_move_asked_about_claims_nothing_about_where_it_is_held(closed):
    script = closed.handle(staff('Hooli asks: "what do we need to move our website domain to Castle Tech?" can you answer '
                                 'for me in slack-style')).reply.script
    assert "in our registrar account" not in script and "confirm who holds the registrar account" in script


def test_a_pasted_plea_quoted_after_this_from_the_client_is_answered_as_the_plea(bot):
    script = bot.handle(staff("Can you help me reply to this from Acme? 'We have now cleared every outstanding invoice. Given "
                              "that, we assume the termination is withdrawn and it's business as usual from January.' Short "
                              "and polite please, from me (Sam).")).reply.script
    assert "invoice for January" not in script and "our decision is final" in script


def test_a_closing_email_that_mentions_the_final_invoice_never_says_it_is_attached(bot):
    script = bot.handle(staff("Tom wants a final closing email to Globex Logistics: thank them, confirm we're done, mention "
                              "the final invoice. Under 120 words.")).reply.script
    assert "attached" not in script and "will reach you separately" in script and "Thank you for working with us" in script


def test_a_welcome_email_for_a_new_provider_not_yet_named_is_written_to_the_provider(bot):
    script = bot.handle(staff("When Acme's new provider finally gets in touch I want a welcome email ready to go. Leave blanks "
                              "for their name and company.")).reply.script
    assert "you're taking over IT support for Acme Dental" in script and "Hello Acme Dental team" not in script


def test_a_template_email_to_send_the_new_provider_is_written_to_the_provider(bot):
    script = bot.handle(staff("Template email I can send to Acme's new provider once they tell us who it is. Leave blanks "
                              "for names.")).reply.script
    assert "you're taking over IT support for Acme Dental" in script and "Hello Acme Dental team" not in script


def test_a_text_nudging_a_client_without_a_provider_gives_the_last_day(bot):
    script = bot.handle(staff("Need an SMS to Acme's office manager: their IT support with us finishes soon and they still "
                              "haven't said who's taking over. Max 160 characters.")).reply.script
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert len(script) <= 160 and (long_date(end) in script or f"{end.day} {end:%b}" in script)


def test_a_question_the_client_asked_in_their_channel_is_answered_as_theirs(closed):
    script = closed.handle(staff('Hooli asked in their channel "Can you just be honest with us about why?". Draft my reply '
                                 'for the channel, under 100 words.')).reply.script
    assert "The reason is our team's capacity" in script and "Castle Tech's contact details" not in script


def test_the_day_a_thank_you_goes_out_before_the_closure_is_no_early_end(closed):
    script = closed.handle(staff("Draft a warm thank-you email to Hooli Bakery to go out on Wednesday 23 December 2026, the "
                                 "last day we're in before the shutdown. Under 100 words.")).reply.script
    assert script.startswith("Hello Hooli Bakery team,\n\nThank you") and len(script.split()) <= 100


def test_a_pasted_guess_that_sets_the_real_reason_aside_is_corrected_not_confirmed(bot):
    script = bot.handle(staff("Reply to Acme's practice manager for me. She wrote: \"Honestly we think this is about our "
                              "complaint in the summer, not the invoices. Be straight with us.\"")).reply.script
    assert "it isn't about complaints about our service" in script and "The reason is late payment" in script
    assert cues.guessed_reasons("we did not pay the invoices on time") == ["late_payment"]


def test_an_explanation_for_an_ex_client_who_says_nobody_told_them_owns_it_and_parts_kindly(bot):
    add_vandelay(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    script = bot.handle(staff("Apparently Vandelay keep saying nobody ever told them why we ended things. Draft a short honest "
                              "explanation I can send, signed Priya.")).reply.script
    assert "wasn't made clear to you before" in script and f"Our support ended on {end}" in script
    assert "we wish you every success" in script


def test_an_email_about_moving_licence_renewals_to_their_card_is_about_that_not_every_account(closed):
    script = closed.handle(staff("Email to Hooli about moving their Microsoft licence renewals onto their own card before we "
                                 "go. Under 120 words.")).reply.script
    assert "move your licence renewals, such as Microsoft 365, onto your own payment card" in script
    assert "Domains, admin accounts" not in script and len(script.split()) <= 120


def test_a_sign_off_form_names_the_new_provider_and_what_happens_to_our_access(closed):
    form = closed.handle(staff("Write a handover sign-off form for Hooli Bakery we can get signed.")).reply.script
    assert "New IT provider: Castle Tech" in form and "removes only its own access" in form


def test_a_template_to_a_new_provider_not_yet_named_leaves_a_blank_for_the_name(bot):
    script = bot.handle(staff("Template email I can send to Acme's new provider once they tell us who it is. Leave blanks "
                              "for names.")).reply.script
    assert script.startswith("Hello [name],")


def test_every_no_to_an_ex_client_without_a_provider_offers_to_suggest_some(bot):
    add_vandelay(bot.clients)
    scripts = {bot.handle(staff(f"Vandelay Imports asked to come back on the same terms as before. Draft a reply, take "
                                f"{n}.")).reply.script for n in range(1, 9)}
    assert len(scripts) > 1 and all("suggest a few" in script for script in scripts)


@pytest.mark.parametrize("text", ["one line to BrightPath confirming we're fully out of Globex",
                                  "Tom wants to send BrightPath a final note saying we're done with Globex and all our "
                                  "access was removed last week. can you write it? short"])
def test_one_line_to_the_new_provider_confirming_we_are_out_goes_to_them_as_done(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "we've now removed our own access" in reply.script


def test_the_bit_of_an_email_suggesting_an_email_provider_names_the_usual_choices_to_paste(bot):
    reply = bot.handle(replace(staff("Acme still has no provider. Draft the bit of the email where we suggest an email "
                                     "provider."), sender_name="Sam Taylor")).reply
    assert "One paragraph to paste:" in reply.text and "Microsoft 365 (Exchange Online) or Google Workspace" in reply.script
    assert not reply.script.startswith("Hello") and "Sam Taylor" not in reply.script


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


def test_an_ex_client_still_billed_for_licences_is_thanked_and_told_it_will_be_checked(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay say they're still being billed for Microsoft licences through us. Draft a "
                              "reply.")).reply.script
    assert "Thank you for letting us know" in script and "will check which licences were billed through us" in script


def test_a_jab_with_a_fault_from_an_ex_client_gets_the_kind_no_for_that_fault(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff('Vandelay posted: "Nice to see you finally found a client you can\'t disappoint - '
                              'yourselves. Anyway the firewall\'s beeping." Reply?')).reply.script
    assert "including with your firewall" in script and "how you feel" not in script


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


def test_a_reply_to_a_client_asking_if_we_can_still_fix_something_after_the_last_day_says_we_cant(bot):
    day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]).day
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    script = bot.handle(staff(f"Draft a reply for Acme, they asked if we can still fix the till after the {day}{suffix}.")
                        ).reply.script
    assert "won't be able to" in script


def test_a_reply_to_an_ex_client_asking_for_copies_of_their_invoices_sends_them_rather_than_declining(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's old office manager emailed asking for copies of all their invoices from this year. "
                              "Draft a reply from Priya, brief.")).reply.script
    assert "we'll send you copies of the invoices you asked for" in script and "no longer able" not in script


def test_a_reply_to_a_new_provider_missing_an_item_from_the_handover_offers_to_send_it(bot):
    script = bot.handle(staff("Globex's new provider says the handover docs are missing the VPN config. Write me a reply to "
                              "them, from Tom.")).reply.script
    assert "we'll check what we hold and send it" in script


def test_a_linkedin_safe_one_liner_about_why_a_client_left_keeps_the_reason_private(bot):
    reply = bot.handle(staff("Draft a LinkedIn-safe one-liner we can use if anyone asks publicly why Globex left us.")).reply
    assert "we don't discuss our clients' affairs in public" in reply.script and "Hello" not in reply.script


def test_a_reply_to_a_client_denying_a_reason_that_is_not_theirs_says_it_isnt_that(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli Bakery replied 'Why are you dropping us? We've never once paid late!!' - what do I write "
                              "back?")).reply.script
    assert "it isn't about payment" in script


def test_fine_to_do_a_quick_password_reset_for_an_ex_client_is_answered_no_without_a_password_handover_line(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("vandelay's ex office mgr wants one password reset, literally 2 mins. fine to do it?")).reply
    assert "\n\nNo: support ended" in reply.text and "Passwords and admin access will be handed over" not in reply.script


def test_a_thank_you_asked_for_a_gift_from_a_client_in_notice_thanks_them_for_it(bot):
    script = bot.handle(staff("Acme's manager sent us a box of mince pies 😂 quick thank-you message for their channel?")
                        ).reply.script
    assert "Thank you so much for the mince pies" in script


def test_a_new_provider_asking_for_the_ex_clients_backup_key_is_told_it_is_theirs_not_declined(bot):
    reply = bot.handle(staff("BrightPath are asking for Globex's backup encryption key. Write a reply.")).reply
    assert "backup encryption key. It belongs to Globex Logistics" in reply.script
    assert "not able to answer further questions" not in reply.text


def test_a_handover_script_for_an_ex_client_with_no_provider_on_record_asks_who_receives_it(bot):
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-31),
                    reason_category="never_satisfied")
    found = bot.handle(staff("Vandelay found someone new, can you write me a message to send their passwords over?"))
    assert "who should receive" in found.reply.script and "your new provider" in found.reply.script
    general = bot.handle(staff("write the email to Vandelay Imports about handing over their admin accounts and licences"))
    assert "who should receive" in general.reply.script and "in touch shortly" not in general.reply.script


def test_a_formal_letter_confirming_the_end_to_an_ex_client_confirms_thanks_and_wishes_well_without_contractions(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports, please: confirm in writing that our support has ended "
                              "and that we won't be doing any further work for them.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert "to confirm" in script and end in script and "Thank you" in script
    assert not re.search(r"\b\w+'(?:re|ll|ve|t|d)\b", script.split("Yours")[0]), script


def test_a_late_payer_who_has_now_paid_is_told_why_paying_now_does_not_change_the_decision(bot):
    script = bot.handle(staff("Acme says they've paid everything they owed as of today and asks if we can now just carry "
                              "on as before. Draft me a reply, kind but firm.")).reply.script
    assert "so it stands: a payment now doesn't change it" in script and "decision" in script


def test_a_reply_short_and_kind_to_a_payment_and_a_promise_thanks_once_and_keeps_short(bot):
    script = bot.handle(staff("acme just replied \"we've paid everything now, can we pls stay on?? we'll pay on time from now "
                              "on, promise\". draft me a reply, short and kind but it's a no")).reply.script
    body = script.split("\n\n")[1]
    assert "and for the promise; we appreciate both" in body and body.count("appreciate") == 1
    assert len(body.split()) <= 110 and "decision is final" in body


def test_a_fifty_word_no_to_an_offer_says_the_decision_once(closed):
    script = closed.handle(staff("Hooli offered to double the retainer if we keep them. Honestly tempting, but we're "
                                 "overloaded, that's the whole point. Reply in 50 words or less.")).reply.script
    assert script.count("decision") == 1 and "Thank you for the offer" in script and len(script.split()) <= 50


def test_a_guess_that_they_rang_us_too_much_is_not_denied_when_the_reason_is_our_capacity(closed):
    script = closed.handle(staff('Hooli Bakery posted this: "is it because we rang you so much in the busy season?? we can '
                                 'cut back" - draft a reply for their channel')).reply.script
    assert "isn't that" not in script and "isn't about" not in script and "our team's capacity" in script


def test_a_direct_debit_and_a_promise_are_thanked_once_and_the_decision_said_once(bot):
    script = bot.handle(staff('Acme just posted this in their channel: "We know we\'ve been slow paying. We\'ve set up a direct '
                              'debit now and it won\'t happen again. Please can we just carry on as normal?" How do I reply? '
                              'Keep it under 100 words.')).reply.script
    assert "and for the promise; we appreciate both" in script and script.count("appreciate") == 1
    assert script.count("decision") == 1


def test_the_day_the_new_provider_should_contact_us_by_is_no_earlier_end_proposed(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    reply = bot.handle(staff(f"Can you draft an email to Acme Dental reminding them their last day of support is "
                             f"{long_date(end)} and that we still haven't heard about a new provider? Ask for the new "
                             f"provider to contact us by {long_date(end - timedelta(days=7))}. Under 150 words, signed Priya "
                             f"Shah.")).reply
    assert "No: the last day on record" not in reply.text and long_date(end) in reply.script


def test_a_final_invoice_said_to_charge_for_a_month_after_the_end_is_checked_not_sent_again(bot):
    script = bot.handle(staff("Globex says their final invoice charged them for December. can you draft a reply?")).reply.script
    assert "check the invoice against our last day of support" in script
    assert "Please find attached" not in script and "We'll send the final invoice" not in script


def test_a_reply_saying_yes_to_the_new_providers_walkthrough_call_says_yes_and_by_when(bot):
    script = bot.handle(staff("Acme's new provider asked if we can do a walkthrough call next week. Write a 2-sentence reply "
                              "saying yes and when we need it by.")).reply.script
    assert "Yes, we'd be glad to do a walkthrough call" in script and "We'd like to have it done by" in script
    assert "Could we arrange a handover call" not in script


def test_a_closing_email_for_after_the_last_day_is_written_as_ended(closed):
    script = closed.handle(staff("Write the closing email to Hooli for after their last day: support has ended, thanks, all "
                                 "done. Keep it short.")).reply.script
    assert "Our support ended on Monday 4 January 2027" in script and "Once our support ends" not in script


def test_a_final_invoice_email_with_the_amount_to_be_filled_in_is_the_invoice_email_with_a_blank_for_it(bot):
    script = bot.handle(staff("Need the final-invoice email for Acme Dental. Amount TBC, I'll fill it in.")).reply.script
    assert "Please find attached our final invoice" in script and "[amount due]" in script


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


def test_a_formal_letter_confirming_the_date_we_stopped_supporting_an_ex_client_is_written_not_just_coached(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's director wants a formal letter confirming the date we stopped supporting them, "
                             "something for their insurer apparently. Priya will sign. Can you draft?")).reply
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"We are writing to confirm that our support for Vandelay Imports ended on {ended}" in reply.script
    assert "decline further work" not in reply.text


def test_a_call_to_the_client_to_chase_their_new_providers_contact_asks_for_it_not_as_if_the_provider_were_there(closed):
    script = closed.handle(staff("I'm going to ring Hooli this afternoon to chase who their Castle Tech person is. Can you "
                                 "give me a short phone script? I tend to waffle.")).reply.script
    assert "Could you share Castle Tech's contact details with us" in script and "With Castle Tech here" not in script


def test_a_kind_no_to_an_ex_client_gives_the_new_providers_contact_on_record(bot):
    contact = "help@brightpath.example"
    bot.clients.edit("Globex Logistics", new_provider_contact=contact)
    script = bot.handle(staff('Globex posted this in their channel, how do I answer? Tom\'s cc\'d.\n\n"hey guys quick one, '
                              'the new lot can\'t find how the VPN was set up on the firewall, can u just send the config '
                              'over? cheers')).reply.script
    assert f"BrightPath IT ({contact})" in script


def test_a_note_that_our_access_and_agents_are_gone_names_the_agents_as_part_of_it_not_all_of_it(bot):
    script = bot.handle(staff("Write a short message for the Globex channel letting them know we've removed our access and "
                              "agents now. Tom signs.")).reply.script
    assert "have removed our own access to your systems, including our remote-monitoring agents." in script


def test_an_intro_to_the_new_provider_says_what_is_handed_over_domain_keys_and_licences_included(closed):
    script = closed.handle(staff("Write an intro email to Castle Tech about the Hooli handover. I'll fill in their address "
                                 "when I find it. From me.")).reply.script
    assert "the domain registrar and DNS" in script and "encryption keys" in script and "Licences and renewals" in script


def test_we_stopped_supporting_them_told_in_passing_is_no_proposal_to_hold_back(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("vandelay emailed asking for a copy of all their files from our backups. we stopped supporting "
                             "them end of october. what do I do & can you draft the reply")).reply
    assert reply.script and "Your data is yours" in reply.script


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


def test_a_call_back_to_an_owner_in_tears_fearing_for_the_business_over_christmas_is_a_warm_no_not_our_closure(closed):
    script = closed.handle(staff("The Hooli owner rang in tears, says they'll go under if we leave them over the Christmas "
                                 "rush. Need a phone script for calling back. Calm but firm.")).reply.script
    assert script.startswith("Hi, it's") and "returning your call" in script
    assert "we're sorry it has been so upsetting" in script and "Our decision stands" in script
    assert "A quick note about the holidays" not in script


def test_a_claim_we_deleted_their_files_that_staff_deny_is_answered_calmly_with_the_denial_and_no_data_advice(bot):
    script = bot.handle(staff("Globex ops guy is claiming we 'deleted their SharePoint' on the way out. We didn't. Draft a "
                              "reply that doesn't start a fight.")).reply.script
    assert "To be clear, we haven't deleted your SharePoint." in script
    assert "recycle bin for 93 days, so BrightPath IT can check" in script and "remove our copy" not in script
    in_notice = bot.handle(staff("Acme say we cancelled their Adobe licences. We did not. Reply pls")).reply.script
    assert "we haven't cancelled your Adobe licences" in in_notice and "look into it with you straight away" in in_notice
    assert "suggest a few IT providers" not in in_notice


def test_a_team_post_sending_everything_from_an_ex_client_to_its_owner_says_so_instead_of_decline_kindly(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Slack post for #support: Globex is fully off our books, anything from them or their new lot "
                              "goes to Tom. 3 lines max.")).reply.script
    assert "Anything from them or BrightPath IT goes to Tom Becker" in script and "decline kindly" not in script
    assert len(script.splitlines()) <= 4


def test_a_two_sentence_chat_declining_an_offer_says_the_decision_once_and_gives_the_last_day_and_handover(bot):
    script = bot.handle(staff("Acme offered to prepay six months if we keep them. Priya wants a Teams message back, "
                              "2 sentences.")).reply.script
    body = script.splitlines()[1]
    assert body.count("decision") == 1 and "Your support carries on as normal until" in body and "handover" in body
    assert len(re.findall(r"[.!?](?:\s|$)", body)) == 2


def test_a_hands_off_post_in_fifty_words_keeps_to_them_and_names_what_stays_untouched(bot):
    script = bot.handle(staff("Teams post for the engineers: the dentists' server stays fully supported till the end, nobody "
                              "touches backups or access before then. 50 words.")).reply.script
    assert len(script.split()) <= 50 and "Please leave the backups and access exactly as they are" in script
    assert "full client until" in script


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


def test_a_reply_declining_a_bigger_fee_thanks_them_for_the_offer(bot):
    script = bot.handle(staff("lol acme just offered to double their monthly fee if we keep them. Priya's tempted tbh. can you "
                              "draft a reply declining, 3 sentences tops")).reply.script
    assert "Thank you for the offer; we appreciate it." in script and script.count("decision") == 1


@pytest.mark.parametrize("text", [
    "BrightPath emailed asking how Globex's nightly backups were set up - retention, where the jobs run etc. Tom wants a "
    "reply from him to help@brightpath.example, polite but we're not doing it",
    "BrightPath (globex's new guys) want to know how we set up the site-to-site vpn between their two warehouses. do we owe "
    "them that?? if not draft me a reply"])
def test_staff_asked_about_the_new_providers_setup_questions_get_the_kind_no_to_them(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "ended on" in reply.script
    assert "contract's retention terms" not in reply.text and "agreed in writing" not in reply.text


def test_a_straight_answer_to_nobody_ever_told_us_why_does_not_concede_it_was_never_said(bot):
    script = bot.handle(staff("Globex's ops director emailed Tom saying \"nobody ever told us why\". Tom wants a straight "
                              "answer back, 150 words max")).reply.script
    assert "outside the agreed scope" in script and "wasn't made clear" not in script


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


def test_a_staff_email_promising_support_to_the_last_day_says_we_are_closed_in_between(closed):
    script = closed.handle(staff("write an email to hooli reminding them support carries on as normal until their last "
                                 "day")).reply.script
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_staff_email_to_a_client_with_no_provider_offers_to_suggest_some(bot):
    script = bot.handle(staff("can u draft an email to Acme Dental reminding them of their last day and that their new "
                              "provider needs to get in touch a week before that? under 150 words")).reply.script
    assert "suggest a few IT providers" in script and len(script.split()) < 160


def test_a_pinned_note_on_why_we_let_a_client_go_gives_the_reason_without_its_record_label(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("People on the team keep asking why we let Vandelay go. Can you write a short internal note I "
                              "can pin?")).reply.script
    assert "we couldn't meet their expectations of the service" in script and "never satisfied" not in script


@pytest.mark.parametrize("text", [
    "sms to acme please, 160 chars max. nudge them to pick a new IT company, friendly not naggy",
    "text to Acme Dental reminding them they still need to pick a new IT provider. 160 characters max",
    "Priya asked me to ping Acme Dental's accounts person by SMS about the handover deadline. Needs to fit in one text "
    "(160 chars). Just the text please."])
def test_a_text_nudging_a_client_about_the_handover_gives_the_last_day_and_the_day_to_be_in_touch_by(bot, text):
    script = bot.handle(staff(text)).reply.script
    last_day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    said = lambda day: long_date(day) in script or f"{day:%a} {day.day} {day:%b}" in script   # (long, or short to fit)
    assert said(last_day) and said(last_day - timedelta(days=7)) and len(script) <= 160


def test_a_goodbye_for_the_last_day_is_signed_as_asked_and_leaves_out_the_closure_already_past(closed):
    script = closed.handle(staff("Can u write a little goodbye message to go to hooli on their last day, warm but short. sign "
                                 "it 'the support team'")).reply.script
    assert script.endswith("The support team\nNorthwind IT") and "Sam" not in script
    assert "Thursday 24 December 2026" not in script and "Monday 4 January 2027" in script


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


def test_an_apologetic_call_passed_on_is_thanked_for_its_apology(bot):
    script = bot.handle(staff("acme's office manager rang this morning, super apologetic, says they've sorted out their accounts "
                              "side and will pay within 10 days from now on. asked if we'd reconsider. what do i say")).reply.script
    assert "Thank you for your call, for the apology and for the promise" in script


def test_a_note_to_the_owner_that_the_new_provider_keeps_asking_about_the_setup_says_so(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Forward note to Tom about BrightPath asking us Globex config stuff - 4 lines max, just so he "
                              "knows")).reply.script
    assert "BrightPath IT has been asking us about how Globex Logistics was set up" in script
    assert "point them to BrightPath IT" not in script


def test_a_reply_correcting_a_guessed_reason_keeps_the_day_the_new_provider_should_call_by(closed):
    script = closed.handle(staff("Hooli replied to the notice with: 'is this because we paid late in the summer? we can sort "
                                 "that'. Reply for me? Under 120 words.")).reply.script
    assert "it isn't about payment" in script and "If Castle Tech can get in touch with us by Wednesday 23 December 2026" in script


def test_a_client_offering_to_pay_upfront_is_no_proposal_to_hold_back_their_support(bot):
    reply = bot.handle(staff("acme just messaged saying sorry about the invoices and they'll pay upfront for 6 months if we keep "
                             "them. need a reply i can paste in their channel, short pls")).reply
    assert "Thank you for the apology, and for the offer" in reply.script and "Doing less now is spite" not in reply.text


def test_a_text_with_just_the_key_date_is_no_secret_sent_by_text(bot):
    reply = bot.handle(staff("sms to acme pls, under 160 chars, just the key date")).reply
    assert "never in plain chat, email, a text" not in reply.text and "Reminder: our support ends on" in reply.script


def test_a_text_about_the_new_providers_deadline_gives_that_day(closed):
    script = closed.handle(staff("text msg to hooli re the castle tech deadline. 160 chars or less")).reply.script
    assert "Wednesday 23 December 2026" in script and len(script) <= 160


def test_a_formal_letter_confirming_the_end_and_the_final_invoice_confirms_the_end_first(bot):
    script = bot.handle(staff("Formal letter to Acme Dental confirming the end of our agreement, the final invoice and next "
                              "steps. Priya signs.")).reply.script
    assert "our IT support agreement with you ends on" in script and "Our final invoice will follow separately" in script
    assert "Please find attached our final invoice" not in script


def test_a_termination_notice_asked_for_an_active_client_on_a_rumour_is_not_drafted(bot):
    reply = bot.handle(staff("Heard in the kitchen that Initech is next on the chopping block. Can you draft their termination "
                             "notice so it's ready to go?")).reply
    assert "nothing goes to them: no draft notice" in reply.text and not reply.script


def test_a_phone_script_with_what_to_say_if_they_ask_why_opens_the_call_and_keeps_the_reason_for_the_question(bot):
    bot.clients.set_owner("Acme Dental", "Priya Shah")
    script = bot.handle(staff("Priya's going to ring Acme Dental tomorrow. Can you give her a short phone script, including what "
                              "to say if they ask why?")).reply.script
    assert script.startswith("Hi, it's Priya from") and "If they ask why: the reason is late payment" in script


def test_asked_if_we_pick_their_new_provider_the_reply_says_we_dont_but_will_suggest_some(bot):
    script = bot.handle(staff("Acme posted: 'so who are we supposed to move to?? are you picking someone for us or what'. reply "
                              "for their channel pls, short")).reply.script
    assert "We won't choose for you" in script and "[provider 1]" not in script


def test_a_handover_note_the_new_provider_asked_for_is_written_to_them(closed):
    script = closed.handle(staff("Castle Tech have asked for a handover note for Hooli Bakery. Can you write one listing what "
                                 "we'll hand over? No more than 12 bullets.")).reply.script
    assert script.startswith("Hello Castle Tech team,")


def test_a_formal_letter_from_the_company_with_what_happens_next_is_signed_by_the_firm_and_says_it(closed):
    script = closed.handle(replace(staff("The bakery want something formal in writing for their accountant confirming the end "
                                         "date and what happens next. Formal letter please, from the company - no named signer "
                                         "needed since nobody owns the account."), sender_name="Sam Taylor")).reply.script
    assert script.endswith("Yours sincerely,\nThe Northwind IT team") and "we'll hand over everything that is yours" in script


def test_a_letter_confirming_no_remaining_obligations_confirms_the_end_and_claims_no_more(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay have asked for a formal letter confirming we've no remaining obligations to them. Draft "
                              "it?")).reply.script
    assert "We are writing to confirm that our support for Vandelay Imports ended on" in script
    assert "not able to help with this request" not in script


def test_an_email_confirming_a_wrong_last_day_confirms_the_day_on_record(bot):
    acme = bot.clients.get("Acme Dental")
    reply = bot.handle(staff("Draft a quick email to Acme confirming their support runs until thursday 31 dec, signed by "
                             "me.")).reply
    assert f"To confirm: {long_date(date.fromisoformat(acme['end_date']))} is your last day of support" in reply.script


def test_an_email_suggesting_a_client_at_least_sets_up_email_elsewhere_names_the_hosted_services(bot):
    script = bot.handle(staff("Acme still haven't chosen anyone. Draft a short email suggesting they at least set up email "
                              "elsewhere, from Priya.")).reply.script
    assert "Microsoft 365" in script and "Google Workspace" in script


def test_a_note_offering_their_data_on_a_drive_asks_who_should_receive_it(bot):
    script = bot.handle(staff("Write the note to Acme offering their data on an external drive. Friendly, under 120 words, from "
                              "Priya.")).reply.script
    assert "external drive" in script and "Could you tell us who at your end should receive it?" in script


def test_an_email_explaining_what_handing_over_the_domain_means_explains_it_plainly(closed):
    script = closed.handle(staff("Owner at the bakery isn't techy at all. Write an email explaining what 'handing over the "
                                 "domain and DNS' means and what they need to do. 150 words max, no jargon.")).reply.script
    assert "a bit like your business's address online" in script and "All you need to do is tell us who should receive it" in script
    assert len(script.split()) <= 150


def test_a_text_about_their_data_on_a_drive_says_it_is_their_data_and_that_we_will_do_it(bot):
    script = bot.handle(staff("text to acme's main contact confirming we'll do their data on a hard drive. has to fit in one "
                              "SMS")).reply.script
    assert "We'll give you a full copy of your data on an external drive" in script and len(script) <= 160


def test_a_calm_reply_to_a_review_threat_refuses_no_free_work_nobody_asked_for(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay left a comment in their channel saying they'll trash us on google reviews. help me "
                              "reply without making it worse? 2-3 sentences")).reply.script
    assert "Our support ended on" in script and "free or paid" not in script


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


def test_a_call_to_get_the_new_providers_contact_asks_for_it_and_says_why_the_early_day(closed):
    decision = closed.handle(staff("Give me a phone script for calling Hooli — I need to get a Castle Tech contact out of them "
                                   "without sounding pushy."))
    script = decision.reply.script
    assert decision.intent == "provider_handover" and "Could you share Castle Tech's contact details" in script
    assert "Our office is closed for the holidays" in script and "the decision stands" not in script


def test_a_formal_letter_to_a_client_with_no_provider_offers_the_drive_once(bot):
    script = bot.handle(staff("Could you draft a formal letter to Acme Dental confirming we're ending the contract and why? "
                              "Priya will sign.")).reply.script
    assert script.count("external drive") == 1


def test_a_note_about_the_final_invoice_says_it_follows_rather_than_claiming_it_is_attached(bot):
    script = bot.handle(staff("Note to Acme about the final invoice and their Microsoft licences please, short and "
                              "neutral.")).reply.script
    assert "will follow separately" in script and "attached" not in script and "licences" in script


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


def test_a_pasted_question_from_the_new_provider_on_how_something_was_set_up_gets_the_polite_no(bot):
    decision = bot.handle(staff("Globex's new crowd emailed: \"Hi, BrightPath here. Can you tell us how the site-to-site VPN "
                                "was set up at Globex? Documentation's a bit thin.\" Draft a polite no."))
    assert decision.intent == "provider_config_question" and "can't advise on how things were set up" in decision.reply.script


def test_a_message_asking_the_owner_to_tie_off_loose_ends_says_what_is_left(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Teams message to Priya asking her to tie off the loose ends with Vandelay. 5 lines "
                              "tops.")).reply.script
    assert "final invoice" in script and "our access removed" in script and len(script.strip().splitlines()) <= 5


def test_a_status_of_all_offboardings_for_an_owners_update_covers_every_client_not_only_theirs(bot):
    add_vandelay(bot.clients)
    add_hooli(bot.clients)
    reply = bot.handle(staff("Priya wants a one-paragraph status of all our offboardings for her Monday update.")).reply
    assert all(name in reply.script for name in ("Acme Dental", "Globex Logistics", "Hooli Bakery", "Vandelay Imports"))
    assert "\n" not in reply.script.strip()


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


def test_a_reply_the_account_owner_wants_drafted_is_signed_by_her(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay have asked to come back on their old terms. Priya wants me to draft the "
                                      "reply, 4 lines tops."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().splitlines()[-2:][0].startswith("Priya") or "\nPriya" in script
    assert "Sam" not in script


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


@pytest.mark.parametrize("text", ["Teams msg to Tom: BrightPath keeps pinging us about Globex configs. One line on how we're "
                                  "handling it.",
                                  "Short Teams message to Tom: BrightPath keeps pinging me about Globex config. How do we "
                                  "handle?"])
def test_a_message_to_the_owner_on_how_we_handle_an_ex_clients_provider_says_the_plan(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "My plan: reply politely" in script and "genuinely missing from the handover" in script
    assert script.count(long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))) == 1


def test_an_email_reminding_an_ex_client_to_move_their_licences_is_that_reminder(bot):
    script = bot.handle(staff("Email to Globex reminding them their Microsoft 365 licences need moving to their own payment "
                              "method. Short, from Tom.")).reply.script
    assert "any licences still billed through us need moving into your own name" in script
    assert "as our support ended on" in script and "hand over your accounts" not in script


def test_a_no_to_more_time_names_the_provider_that_may_start_later(closed):
    script = closed.handle(staff("Client pasted this in the Hooli channel: \"hi we havent really picked anyone, Castle "
                                 "something maybe? cant you just carry on till feb\" — reply for me, friendly, 80 words "
                                 "max.")).reply.script
    assert "If they can't start" not in script and len(script.split()) <= 80


def test_a_roundup_for_the_owner_greets_her_and_sends_no_questions_to_herself(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Teams msg to Priya summarising where Acme and Vandelay stand. 5 bullets max")).reply.script
    assert script.startswith("Hi Priya") and "questions to Priya" not in script and "Vandelay Imports" in script


def test_clearing_the_invoices_offered_with_a_bigger_retainer_if_we_stay_is_an_offer_declined(bot):
    script = bot.handle(staff("Acme offered to clear every outstanding invoice today plus a bigger retainer if we stay. "
                              "Priya wants a 2-line reply to paste in their Slack channel.")).reply.script
    assert "routine reminder" not in script and "doesn't change our decision" in script
    assert len(script.strip().splitlines()) <= 4


def test_a_handover_call_asked_for_a_day_we_are_closed_says_we_are_closed_that_day(closed):
    script = closed.handle(staff("Hooli want a handover call on Tuesday 29 December 2026 during the shutdown. Reply for me "
                                 "pls, they're lovely so keep it warm.")).reply.script
    assert "Tuesday 29 December 2026 falls while our office is closed" in script


def test_a_close_out_listing_what_is_still_open_mentions_the_invoice_and_our_access_without_a_chase(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a close-out email to Vandelay listing anything still open — final invoice, our access "
                              "coming off — from Priya.")).reply.script
    assert "still open" not in script and "attached" not in script
    assert "final invoice" in script and "Our own access to your systems" in script


def test_an_ex_client_still_getting_billed_for_licences_is_told_nothing_should_be_billed_after_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay say they're still getting billed for Microsoft licences through us. What do I "
                              "do?")).reply.script
    assert "nothing should be billed through us after" in script and "Here's how we'll hand over" not in script


def test_a_no_to_backups_past_the_end_says_what_happens_to_the_backups(closed):
    script = closed.handle(staff("Hooli asked if we'd keep doing their backups through January until Castle Tech is ready. "
                                 "What do I tell them?")).reply.script
    assert "decision is final" in script and "backup instructions and encryption keys to Castle Tech" in script


def test_autopay_already_set_up_is_thanked_as_done_not_as_an_offer(bot):
    script = bot.handle(staff("Acme's office manager just emailed this: \"We're really sorry about the late payments this year, "
                              "we've set up autopay now so it won't happen again. Please reconsider?\" Write me a reply, kind "
                              "but firm, 80 words max.")).reply.script
    assert "Thank you for the apology, and for setting up autopay; we appreciate both." in script and "the offer" not in script
    assert "agreement will end as planned on" in script and "get in touch with us by" in script


def test_a_formal_letter_saying_what_we_hand_over_names_the_domain_keys_licences_and_the_sign_off(bot):
    script = bot.handle(staff("Formal letter to Acme Dental confirming the end of the contract, with the reason and what we'll "
                              "hand over. From Priya.")).reply.script
    assert "your domain and DNS, backup instructions and encryption keys" in script
    assert "onto your own payment method" in script and "named person on your team to confirm in writing" in script


def test_a_formal_letter_closing_the_door_to_an_ex_client_gives_the_reason_and_thanks_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming the relationship has ended and that we won't be "
                              "taking them back. One page max, signed Priya Shah.")).reply.script
    assert "The reason is that we haven't been able to give you the service you expect." in script
    assert "Thank you for the time we worked together." in script and "Priya Shah" in script


def test_a_letter_with_the_sign_off_left_blank_leaves_the_signature_and_asks_no_handover_sign_off(bot):
    script = bot.handle(staff("Draft a formal letter confirming the end of Acme Dental's contract, for posting. "
                              "Sign-off left blank.")).reply.script
    assert script.rstrip().endswith("[name]\n[job title]\nNorthwind IT")
    assert "sign off the handover" not in script and "Sam Taylor" not in script


def test_two_sentences_to_say_when_a_client_asks_if_it_is_their_size_denies_it_and_gives_the_reason(bot):
    script = bot.handle(staff("Acme's receptionist asked me 'so it's because we're only a small practice?' What's the "
                              "honest answer? 2 sentences I can say.")).reply.script
    assert script.startswith("It isn't about the size of your business. The reason is late payment")
    assert "Kind regards" not in script


def test_a_client_who_emailed_to_say_sorry_for_late_payments_is_thanked_not_apologised_to(bot):
    script = bot.handle(staff("Acme emailed to say sorry for the late payments and they'll pay a full year up front if we "
                              "keep them. Priya wants a reply going out under her name today. Short please.")).reply.script
    assert "Thank you for the apology, and for the offer" in script and "Our decision stands" in script
    assert "took us longer" not in script and script.rstrip().endswith("Priya\nNorthwind IT")


def test_the_new_provider_calling_only_on_a_day_we_are_shut_is_told_nobody_takes_it_and_the_day_to_call_by(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    shut = long_date(closed[0] + timedelta(days=2))
    reply = bot.handle(staff(f"If Castle Tech only calls us on {shut} what happens? we're shut then")).reply
    assert reply.text.find(f"{shut} falls while our office is closed: nobody here takes the call then") >= 0
    assert f"Get Castle Tech in touch by {long_date(closed[0] - timedelta(days=1))}" in reply.text
    assert "Thank you for the offer" not in reply.text


def test_a_call_to_arrange_getting_them_their_data_is_about_the_drive_not_the_notice(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Phone script for calling Hooli Bakery to arrange getting them their data. I'll be the one "
                             "calling.")).reply
    assert "external drive" in reply.script and "As we set out in our notice" not in reply.script


def test_an_email_to_kick_off_the_handover_with_the_provider_taking_the_client_is_to_the_provider(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    reply = bot.handle(staff("Castle Tech is taking Hooli Bakery. I want to email them to kick off the handover. Draft it, "
                             "and tell me the date they need to be in touch by, considering we're shut over Christmas.")).reply
    assert reply.script.startswith("Hello Castle Tech team,")
    assert f"by {long_date(closed[0] - timedelta(days=1))}" in reply.script


def test_talking_points_for_a_call_where_they_will_ask_why_carry_the_reason(bot):
    script = bot.handle(staff("I have to phone Acme tomorrow about the handover. Give me a call script with the talking "
                              "points. They'll ask why, so I need that bit to be honest but not harsh.")).reply.script
    assert "- The reason is late payment" in script and "last day of support" in script


@pytest.mark.parametrize("text", ["Acme say they won't pay December's invoice if we 'go through with this'. Reply for Priya?",
                                  "Acme says \"fine, but we're not paying December since you're dumping us\". reply for Priya, "
                                  "firm but kind, 100 words max"])
def test_a_client_refusing_to_pay_the_last_month_hears_calmly_that_the_final_invoice_stays_due(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "stays due as normal" in script and "it stands" in script


def test_who_should_sign_a_short_no_is_answered_by_signing_it_as_the_account_owner(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("Globex's office manager rang asking us to 'just take a quick look' at their email. Need a "
                              "short email back please. Who should sign it?", sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Tom Becker\nNorthwind IT")
    away = bot.handle(staff("Tom's off this week. Globex rang asking for a quick look at their email. Need a short email "
                            "back. Who should sign it?", sender_name="Sam Taylor")).reply.script
    assert not away.rstrip().endswith("Tom Becker\nNorthwind IT")


def test_an_sms_reply_written_for_the_colleague_who_was_texted_is_signed_by_her(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay texted Priya asking if they can come back. Write her an SMS reply, under 160 "
                              "characters.", sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("- Priya, Northwind IT") and len(script) <= 160


def test_lines_to_read_out_when_the_away_owners_caller_rings_again_are_spoken_by_the_one_asking(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's MD called Priya's voicemail offering to pay double to come back. Priya's off "
                             "today. What do I say if he rings again? Two lines I can read out.", sender_name="Sam Taylor")).reply
    assert "this is Priya" not in reply.script and "Voicemail script" not in reply.text
    assert "the decision is final" in reply.script


@pytest.mark.parametrize("text", ["Acme Dental says their new provider will pick things up after Christmas. Is that OK? "
                                  "Draft a reply to them, firm but friendly.",
                                  "Acme Dental says they've got a new provider but won't say who until after Christmas. "
                                  "Is that OK? Draft a reply to them, firm but friendly."])
def test_a_provider_put_off_until_after_our_support_is_a_no_with_words_asking_for_the_handover_date(bot, text):
    reply = bot.handle(staff(text)).reply
    last_day = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert reply.coaching.startswith("No:") and "Yes" not in reply.text
    assert re.search(r"in touch with us by \w+day \d+", reply.script) and "rather not leave it that late" in reply.script
    assert "external drive" in reply.script and last_day in reply.script
    assert "suggest a few IT providers" not in reply.script   # (they have one: it starts too late)


def test_locking_an_ex_client_out_over_an_unpaid_invoice_is_a_no_that_never_speaks_of_a_last_day_to_come(bot):
    add_vandelay(bot.clients)
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    answer = bot.handle(staff("Vandelay never paid their last invoice. can we just lock them out of their 365 tenant till "
                              "they do?")).reply.coaching
    assert answer.startswith("No:") and "whatever is owed" in answer and f"support ended on {ended}" in answer
    assert "before the last day" not in answer and f"Until {ended}" not in answer


@pytest.mark.parametrize("text", ["Acme still haven't picked anyone. email offering the data drive. sign off from Priya and me",
                                  "Email to Acme offering the data drive, signed by me and Priya."])
def test_a_script_to_be_signed_by_a_colleague_and_the_asker_carries_both_names(bot, text):
    bot.clients.edit("Acme Dental", account_owner="Priya Shah")
    script = bot.handle(staff(text, sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Priya Shah and Sam Taylor\nNorthwind IT")


@pytest.mark.parametrize("text", ["Vandelay's MD wants to 'return on the original terms'. Need a formal letter declining, "
                                  "from Priya Shah. One page max.",
                                  "Vandelay Imports sent a formal letter asking to be taken back on their old terms. I need a "
                                  "formal letter in reply, one page max, signed by Priya Shah."])
def test_an_ex_clients_wish_to_return_on_the_original_terms_is_declined_as_a_return_not_as_support(bot, text):
    add_vandelay(bot.clients)
    decision = bot.handle(staff(text))
    assert decision.intent == "come_back" and "won't be resuming the agreement" in decision.reply.script


def test_a_client_in_notice_asking_to_go_back_to_the_old_terms_for_money_upfront_gets_a_no_to_paste(bot):
    decision = bot.handle(staff("Acme now asking if they can go back to the old terms if they pay 6 months upfront. one line "
                                "I can paste"))
    assert decision.intent == "second_chance" and "decision is final" in decision.reply.script


def test_the_reason_asked_for_by_the_new_provider_stays_between_us_and_the_client(bot):
    reply = bot.handle(staff("What exactly was the reason for ending Globex? Their new provider is asking.")).reply
    assert "The reason is between us and Globex Logistics" in reply.coaching
    assert reply.script.startswith("Hello BrightPath IT team,") and "a matter between us and them" in reply.script
    assert "outside the agreed scope" not in reply.script


def test_a_closing_note_to_the_new_provider_never_claims_our_access_is_being_removed_now(bot):
    script = bot.handle(staff("Tom wants a closing note to BrightPath IT (help@brightpath.example) wrapping up Globex. Email, "
                              "formal, from Tom Becker.")).reply.script
    assert "we're now removing" not in script and "we'll make sure the last of our own access is removed" in script


def test_a_message_covering_the_christmas_closure_and_the_last_day_says_both(closed):
    last_day = long_date(date.fromisoformat(closed.clients.get("Hooli Bakery")["end_date"]))
    script = closed.handle(staff("Write a pinned message for Hooli Bakery's channel covering the Christmas closure and their "
                              "last day. Max 60 words.")).reply.script
    assert "our office is closed from" in script and last_day in script


def test_an_internal_note_about_access_removal_is_the_list_and_its_signer_takes_the_questions(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Tom wants an internal note to the techs about Globex access removal. What do we take off "
                              "now?")).reply.script
    assert "Please remove our own access" in script and "delegated admin" in script
    assert script.rstrip().endswith("Tom Becker") and "send questions to me" in script


def test_a_message_to_the_owner_asking_how_the_desk_should_handle_calls_proposes_the_handling(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Teams message to Tom: Globex keeps ringing the support line, how should the desk handle "
                              "it? Couple of sentences.")).reply.script
    assert "My plan: reply politely" in script and "BrightPath IT" in script and "can help" in script


def test_a_note_asking_the_owner_to_check_the_close_out_never_says_items_are_still_open(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Teams message to Tom asking him to make sure BrightPath has everything for Globex and that "
                              "our access is gone. Keep it brief.")).reply.script
    assert "What's left to tie off" not in script and "Worth checking each is done" in script
    assert "BrightPath IT holding the documentation" in script


def test_an_email_about_licences_renewing_on_our_card_is_about_those_licences_alone(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Turns out Vandelay's M365 licences are still renewing on our card. Email to them to move it "
                              "over — short and neutral.")).reply.script
    assert "Your licences are still renewing through us" in script and "Domains" not in script


def test_a_no_to_running_their_email_past_the_end_says_no_plainly_and_when_the_provider_should_call(closed):
    script = closed.handle(staff("Hooli asked if we'd keep their email going 'just a couple of weeks' past Monday Jan 4. "
                                 "Draft me a no.")).reply.script
    assert "even for a few weeks, though it won't stop working" in script and "nothing stops on that day either" not in script
    assert "by Wednesday 23 December 2026" in script


def test_a_pasted_short_message_denying_a_reason_that_isnt_ours_is_corrected_in_the_script(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Can you reply to this for me, it's from the Hooli channel: \"so why exactly are u dumping "
                              "us?? we never missed a payment!\"")).reply.script
    assert "it isn't about payment" in script


def test_the_new_provider_pestering_our_techs_about_the_setup_gets_a_no_written_to_the_provider(bot):
    reply = bot.handle(staff("BrightPath keep emailing our techs directly asking how Globex's backups were set up. what "
                             "should the techs say?")).reply
    assert "Ready to send to BrightPath IT" in reply.text and "questions about the setup" in reply.script


@pytest.mark.parametrize("text", [
    "Globex's ex IT manager DM'd me asking how we had their VPN set up because BrightPath can't work it out. Write me a "
    "polite no, Slack length.",
    "Globex are asking for the registrar login for their domain, BrightPath need it. They ended two weeks ago, do we still "
    "do this? draft me a reply if yes"])
def test_a_reply_to_the_client_who_asked_is_not_written_to_the_provider_they_mention(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Globex Logistics team" in reply.script and "BrightPath IT team" not in reply.script


def test_write_it_for_a_colleague_to_send_is_a_script_signed_by_them(bot):
    reply = bot.handle(staff("Globex emailed asking to come back on the old terms, they'd even pay a bigger retainer. "
                             "Tom's a no. Write it for Tom to send, 100 words max.")).reply
    assert len(reply.script.split()) <= 100 and reply.script.rstrip().endswith(("\nTom\nNorthwind IT", "\nTom Becker\nNorthwind IT"))


def test_a_text_asked_to_say_support_ends_soon_gives_the_day_not_the_request_echoed(bot):
    reply = bot.handle(staff("Write an SMS to Acme (the dental practice) - 160 characters max - just to say their support "
                             "ends soon and ask them to reply about their data.")).reply
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert "ask you to reply" not in reply.script and f"{end.day} {end.strftime('%b')}" in reply.script


def test_what_access_we_still_need_to_pull_is_the_list_of_our_access(bot):
    reply = bot.handle(staff("Teams post for the techs: what access do we still need to pull from Globex? bullets")).reply
    assert "Delegated admin" in reply.script or "delegated admin" in reply.script
    assert "Heads-up" not in reply.script
    lines = reply.script.splitlines()   # (the check that they hold control comes before anything is taken out)
    assert next(i for i, line in enumerate(lines) if "First check" in line) < \
        next(i for i, line in enumerate(lines) if "elegated admin" in line)


def test_an_intro_email_from_us_to_the_provider_just_named_goes_to_them_with_what_we_hand_over(closed):
    reply = closed.handle(staff("Castle Tech are taking over Hooli Bakery. Write an intro email from us to them: what we'll "
                                "hand over and by when. Keep it tight, I'll sign.")).reply
    assert "Ready to send to Castle Tech" in reply.text and reply.script.startswith("Hello Castle Tech team")
    assert "backup instructions and encryption keys" in reply.script and "Wednesday 23 December 2026" in reply.script


@pytest.mark.parametrize("text, hello", [("morning!! coffee machine's died again lol", "Morning! "),
                                         ("the new intern keeps parking in my spot", "")])
def test_a_passing_remark_is_answered_in_kind_not_refused(bot, text, hello):
    reply = bot.handle(staff(text)).reply
    assert f"{hello}That one's not mine to fix, I'm afraid" in reply.text
    assert "outside what I can answer" not in reply.text


def test_a_question_off_the_topic_is_still_pointed_elsewhere(bot):
    reply = bot.handle(staff("what's the wifi password for the guest network?")).reply
    assert "outside what I can answer" in reply.text and "not mine to fix" not in reply.text


def test_a_message_explaining_why_that_nobody_asked_for_opens_the_subject_rather_than_starting_on_the_reason(bot):
    script = bot.handle(staff("Priya wants a Teams msg to Acme's practice manager explaining why we're ending it. honest but "
                              "not harsh. under 100 words")).reply.script
    body = script.split("\n", 1)[1]
    assert body.startswith("We want to be open with you about why we're ending our IT support agreement. The reason is")


@pytest.mark.parametrize("take", range(1, 5))
def test_a_no_to_reconsidering_after_christmas_says_when_to_hear_from_the_new_provider_before_we_close(closed, take):
    script = closed.handle(staff(f"Hooli keep asking if we'll 'reconsider after Christmas'. Firm but warm email reply please, "
                                 f"from me, max 90 words, take {take}")).reply.script
    assert "Monday 4 January 2027" in script and "from Castle Tech by Wednesday 23 December 2026" in script


def test_two_lines_from_the_owner_to_an_ex_client_asking_to_come_back_are_written_not_only_coached(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("someone from Vandelay emailed Priya asking if they can come back on their old terms. two "
                             "lines max, from her pls")).reply
    assert "the decision is final" in reply.script and "Priya" in reply.script.split("Kind regards,")[-1]


def test_free_fixes_for_a_client_already_gone_put_up_as_goodwill_are_a_no_not_advice_on_more_time(bot):
    reply = bot.handle(staff("Tom reckons we should give Globex a month of free quick fixes as goodwill since they were "
                             "with us so long. thoughts?")).reply
    assert reply.text.count("one unpaid job quietly restarts the relationship") == 1
    assert "however the request is put" not in reply.text and "a week before the end" not in reply.text


def test_a_pasted_we_paid_them_all_in_the_end_is_owned_in_the_reply_before_the_reason(bot):
    script = bot.handle(staff('Acme posted this in their channel: "Is this really about the invoices? We paid every one of '
                              'them in the end." Draft my reply - friendly but not backing down.')).reply.script
    assert "You're right that the invoices were all paid in the end" in script and "decision" in script


@pytest.mark.parametrize("take", range(1, 5))
def test_a_no_to_another_chance_for_a_client_whose_day_is_moved_by_our_closure_says_that_day(closed, take):
    script = closed.handle(staff(f"Hooley apologised for all the out-of-hours calls and asked for another chance. Warm reply "
                                 f"email please, under 100 words. take {take}")).reply.script
    assert "We'd like to hear from Castle Tech by Wednesday 23 December 2026, before" in script


def test_a_reply_to_a_client_saying_we_hold_their_data_hostage_says_it_is_theirs_and_nothing_is_held_back(bot):
    script = bot.handle(staff("Acme's practice manager rang furious, says they'll report us to the ICO and tell everyone "
                              "we're holding their patient data hostage. Calm email reply, under 150 words, from Priya.")
                        ).reply.script
    assert "Nothing of yours is being held back: your data is yours, and we'll give you a full copy" in script


def test_a_letter_confirming_support_ended_to_a_client_with_no_provider_says_where_to_turn_for_help(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming support has ended - they keep emailing the "
                              "helpdesk. Sign from Priya Shah.")).reply.script
    assert "please turn to an IT provider of your choice" in script


def test_a_team_post_on_what_is_ending_with_which_clients_lists_every_client_in_offboarding_from_the_record(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    text = bot.handle(staff("Need a short Teams post for the engineers: what's ending with which clients and what they "
                            "should and shouldn't do this month. Bullet points.")).reply.text
    assert all(f"- {name}:" in text for name in ("Acme Dental", "Hooli Bakery", "Globex Logistics", "Vandelay Imports"))
    assert "[client]" not in text and "Initech" not in text


def test_a_note_to_the_new_provider_within_a_word_limit_keeps_by_when_we_need_them(closed):
    script = closed.handle(staff("Write a note to Castle Tech introducing ourselves for the Hooli Bakery handover. Say what "
                                 "we need from them and by when. Keep it under 150 words.")).reply.script
    assert "Could we arrange a handover call by Wednesday 23 December 2026" in script and len(script.split()) <= 150


def test_talking_points_for_checking_the_new_provider_has_been_in_touch_ask_it_first_and_keep_the_closure_in_view(closed):
    script = closed.handle(staff("I need a phone script for ringing Hooli to confirm Castle Tech has been in touch and walk "
                                 "them through the dates. Bullet points I can read from.")).reply.script
    # (opened by who is calling: it is our call)
    assert script.startswith("- Hi, it's [your name] from Northwind IT.\n- Has Castle Tech been in touch with you yet?")
    assert "Apart from our office closure (Thursday 24 December 2026 to Friday 1 January 2027), your support carries on" in script


def test_a_dm_summing_up_a_clients_status_within_a_word_limit_is_the_status_with_no_empty_heading(bot):
    reply = bot.handle(staff("Quick DM to Priya summarising Acme Dental status, under 60 words.")).reply
    assert "Here's where Acme Dental stands:" in reply.script and len(reply.script.split()) <= 60
    assert not reply.script.rstrip().endswith(":") and "not mine to fix" not in reply.text


def test_a_team_message_not_to_pick_up_work_for_ex_clients_lists_only_the_ended_ones(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    text = bot.handle(staff("teams msg to the helpdesk crew pls: don't pick up work for ex-clients. Which ones are ended "
                            "and since when?")).reply.text
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == {"Globex Logistics", "Vandelay Imports"}


def test_pausing_a_leaving_clients_backups_over_our_closure_is_a_no(closed):
    text = closed.handle(staff("Can we pause Hooli's backups over the Christmas closure to save a bit? they're leaving "
                               "anyway")).reply.text
    assert "No: nothing of Hooli Bakery's is suspended or switched off before Monday 4 January 2027" in text


def test_whether_we_ever_removed_our_access_is_not_answered_yes_when_the_record_cannot_say(bot):
    text = bot.handle(staff("Did we ever remove our access from Globex after they left? what should be gone by now")).reply.text
    assert "Our record doesn't show whether it was removed" in text and "Yes, remove it" not in text


def test_a_call_about_the_closure_that_should_check_the_new_provider_is_lined_up_asks_it(closed):
    script = closed.handle(staff("Phone script please for when I call Hooli today - I want to remind them about the Christmas "
                                 "closure and check Castle Tech are lined up.")).reply.script
    assert "Has Castle Tech been in touch with you yet?" in script and "Thursday 24 December 2026" in script


@pytest.mark.parametrize("take", range(1, 5))
def test_a_reply_to_an_apology_with_a_promise_thanks_them_without_saying_appreciate_twice(bot, take):
    script = bot.handle(staff(f"Acme wrote: \"We're really sorry about the late invoices, it won't happen again. Please give "
                              f"us another chance.\" Reply for me, under 100 words, from Priya. take {take}")).reply.script
    assert script.count("appreciate") == 1 and "Thank you for the apology" in script


def test_a_formal_no_to_an_ex_client_who_emailed_thanks_them_for_their_email(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed asking to come back on their old terms. Formal letter declining please, "
                              "Priya will sign.")).reply.script
    assert "Thank you for your email." in script and "Thank you for your letter" not in script


def test_a_note_to_an_owner_on_where_her_accounts_stand_greets_her_and_lists_only_hers(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Acme Dental")["account_owner"]
    text = bot.handle(staff(f"Can you write {owner} a quick internal note on where her two accounts stand? Bullet "
                            "form.")).reply.text
    assert f"Hi {owner}, here's where they stand:" in text
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == {"Acme Dental", "Vandelay Imports"}


@pytest.mark.parametrize("text", ["Write {owner} a status note on her two offboardings. Bullets, 5 max.",
                                  "Draft a Slack DM to {owner} summarising where we are with her two clients. 5 bullets max."])
def test_a_note_to_an_owner_on_her_two_clients_lists_hers_from_the_record(bot, text):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Acme Dental")["account_owner"]
    reply = bot.handle(staff(text.format(owner=owner))).reply.text
    assert set(re.findall(r"^- ([^:]+):", reply, re.M)) == {"Acme Dental", "Vandelay Imports"} and "[client]" not in reply


def test_a_team_reminder_not_to_pull_our_agents_before_the_last_day_says_so_above_each_client(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Post for #ops: reminder nobody pulls our RMM agent or endpoint security off Acme or Hooli until "
                            "after their last day. Two lines.")).reply.text
    assert "Reminder: nobody removes our remote-monitoring agents and our endpoint-security agents from these clients " \
           "before their last day" in text and "Hooli Bakery: last day of support" in text


def test_how_to_tell_a_client_why_without_shaming_them_is_the_reason_said_plainly_without_blame(bot):
    reply = bot.handle(staff("How do I tell the dentists why we're ending it without it sounding like we're shaming "
                             "them?")).reply
    assert "Say it as a plain fact, without blame or adjectives" in reply.text and "It isn't personal" in reply.script


def test_a_handover_note_to_a_colleague_while_i_am_off_is_where_the_client_stands(bot):
    owner = bot.clients.get("Acme Dental")["account_owner"]
    reply = bot.handle(staff(f"Write a handover note to {owner} for the Acme thread while I'm off Thurs/Fri. Under 120 "
                             "words.")).reply
    assert "Status report (for us, not for the client):" in reply.text and "Here's where Acme Dental stands:" in reply.script


def test_a_post_restating_the_days_on_record_is_written_not_refused_as_ending_early(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    reply = bot.handle(staff(f"Can you draft a Slack post for the Acme Dental channel reminding them their last day of "
                             f"support is {long_date(end)} and that we need their new provider to get in touch by "
                             f"{long_date(end - timedelta(days=7))}? Under 80 words, signed Priya.")).reply
    assert reply.script and "Ending sooner" not in reply.text


def test_the_five_principles_asked_for_as_a_rundown_are_listed_not_a_client_picker(bot):
    reply = bot.handle(staff("quick rundown of the 5 principles? one line each")).reply
    assert "- Decisive: the decision is made and it stays made" in reply.text and "Which client" not in reply.text


def test_what_do_i_send_back_to_a_relayed_plea_gets_words_to_send_not_only_coaching(bot):
    reply = bot.handle(staff("acme dental just messaged saying sorry, they'll pay within 10 days from now on and can we give "
                             "them another shot?? what do I send back. keep it short pls")).reply
    assert reply.script and "our decision is final" in reply.script


def test_a_formal_letter_the_colleague_says_they_sign_themselves_is_signed_by_them(bot):
    script = bot.handle(replace(staff("Write a formal letter to Acme Dental confirming the termination. Reason is late "
                                      "payment. I'm signing it myself (Sam Taylor), not Priya."),
                                sender_name="Sam Taylor")).reply.script
    assert script.endswith("Sam Taylor\nNorthwind IT") and "Priya" not in script.split("Yours")[-1]


def test_words_given_as_any_time_up_to_the_last_day_say_the_day_before_our_closure_instead(closed):
    script = closed.handle(staff("Write a post for the Hooli channel saying Castle Tech can reach us any time up to their "
                                 "last day. 50 words")).reply.script
    assert "any time up to Wednesday 23 December 2026, before our office closes on Thursday 24 December 2026" in script
    assert "up to your last day" not in script


def test_a_post_for_the_whole_support_team_says_why_and_what_they_can_and_cant_do(bot):
    # ("so everyone knows Acme is being offboarded ... what they can/can't do": the facts once, the reason included, and
    # the dos and don'ts asked)
    reply = bot.handle(staff("Write a Teams post for the whole support team so everyone knows Acme Dental is being "
                             "offboarded. Bullet points. What they can/can't do until the end.")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert end in reply.script and "30-60 days late" in reply.script
    assert "Don't:" in reply.script and "secure channel" in reply.script
    assert "discuss the reason" not in reply.script   # (the reason is theirs to hear, plainly: honest)


def test_an_ex_client_saying_they_never_got_their_data_is_their_data_not_the_reason(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("Vandelay says they never got their data after they left. honestly no idea if they did or "
                                "not. what do I write back?"))
    assert decision.intent == "data_export"
    assert "yours, even now our support has ended" in decision.reply.script and "The reason is" not in decision.reply.script


def test_a_short_email_with_a_word_limit_keeps_to_the_words(bot):
    reply = bot.handle(staff("Can you draft a short email to Acme Dental confirming their last day of support? Under 80 "
                             "words, signed by Priya as she's the account owner. Friendly but no wiggle room.")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert len(reply.script.split()) < 80 and end in reply.script and "Priya\nNorthwind IT" in reply.script


def test_a_reply_to_an_angry_client_who_says_nobody_explained_gives_the_reason(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff('The bakery owner sent this after our notice, need a reply asap:\n\n"Unbelievable. Three weeks '
                              'notice before Christmas, our busiest time of year, and no real explanation. Shame on you."\n\n'
                              "I want to say something back but I'm annoyed")).reply.script
    assert "The reason is our team's capacity" in script and "sorry" in script.lower()


def test_a_reply_to_a_threat_to_badmouth_us_says_sorry_without_a_shrug(bot):
    script = bot.handle(staff("Acme's practice manager says she'll tell every dental practice in the area we're "
                              "unreliable. Priya wants a reply that won't make it worse. Two sentences max.")).reply.script
    assert "free to share" not in script and "sorry" in script


def test_a_fact_to_double_check_is_no_draft_to_review(bot):
    # ("what date do I put for 'new provider must contact us by' ... double check the xmas thing": the quote is a label)
    add_hooli(bot.clients)
    text = bot.handle(staff("what date do I put for 'new provider must contact us by' for Acme and for Hooli? double check "
                            "the xmas thing")).reply.text
    assert "Reading your draft" not in text


def test_an_announcement_that_two_clients_are_moving_on_covers_both(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("internal announcement for #general pls - Acme Dental and Hooli are moving on, so everyone "
                              "knows how to handle their calls. no gossip!!")).reply.script
    assert "- Acme Dental:" in script and "- Hooli Bakery:" in script


def test_a_wrong_last_day_checked_with_right_is_corrected_and_the_goodbye_still_written(closed):
    # ("their last day's friday 18 dec right?": a day believed, corrected; not a proposal to end early)
    reply = closed.handle(staff("draft the goodbye email for hooli bakery — their last day's friday 18 dec right? from me, "
                                "keep it under 120 words")).reply
    assert reply.text.startswith("Check the date: on record, Hooli Bakery's last day of support is Monday 4 January 2027")
    assert "Monday 4 January 2027" in reply.script and "legal risk" not in reply.text


def test_a_script_for_whoever_picks_up_when_two_ex_clients_ring_covers_both_and_says_what_to_say(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Globex and Vandelay both keep ringing the help desk line. can you write a 3-line script for "
                              "whoever picks up?")).reply.script
    assert "[client]" not in script and "Globex Logistics" in script and "Vandelay Imports" in script
    assert "Thanks for calling" in script and len(script.splitlines()) == 3


def test_a_status_note_on_where_two_clients_stand_reads_an_ampersand_as_and(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("teams msg for Priya, 2 lines max, on where acme & vandelay stand. she's prepping for a "
                            "call")).reply.text
    assert "Acme Dental" in text and "Vandelay Imports" in text and "outside what I can answer" not in text
