"""Staff scripts written for what a colleague pasted or asked: what they say, what they leave out, and the
length asked for. (Found reading replies to messages from writers who never saw the templates.)"""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.adapters.teams.cards import coaching_card
from bot.message import IncomingMessage
from responses.render import long_date, sentences
from tests.support import calendar
from tests.support.messages import staff
from tests.support.records import add_hooli, add_vandelay, seed_clients
from tests.support.letters import without_heading

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


def test_a_pasted_offer_that_asks_no_why_gets_a_no_without_the_reason(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff('Pasted from Vandelay: "Fine, we\'ll come back. Same price as before, we start Monday." '
                              "Need a reply I can send today.")).reply.script
    assert "won't be taking the work back on" in script and "The reason is" not in script


def test_a_reply_kept_to_three_sentences_says_three(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff('Reply to this from Vandelay: "Fine. We\'ll pay double your rate. Just turn our support back '
                             'on Monday." Keep it to 3 sentences.')).reply
    assert "Ready to send (3 sentences):" in reply.text
    assert "The reason is" not in reply.script and f"Our support ended on {long_date(calendar.day(-32))}" in reply.script


def test_a_client_named_something_legal_is_no_legal_threat(bot):
    reply = bot.handle(staff("We're also letting Pied Piper Legal go, last day 15 Jan. Draft their notice email.")).reply
    assert "formal notice" in reply.script and "management" not in reply.script


def test_going_quiet_on_an_ex_client_is_a_no(bot):
    text = bot.handle(staff("Is it fine to just stop replying to Globex now?")).reply.text
    assert "No: don't go quiet on them" in text and "Yes, once they have control" not in text


def test_notice_given_as_a_length_from_today_sets_the_last_day_of_an_unlisted_client(bot):
    text = bot.handle(staff("Dunder Paper isn't in your list yet but we're dropping them - scope creep, 45 days' notice "
                            "from today. Draft the termination email.")).reply.text
    assert "I can't find Dunder Paper" in text and "45 Days" not in text
    assert f"Full support continues until {long_date(calendar.day(45))}" in text


def test_a_closing_letter_to_an_ex_client_claims_no_final_invoice_not_on_record(bot):
    script = bot.handle(staff("Formal letter to Globex Logistics confirming the relationship is closed. Tom Becker "
                              "signs.")).reply.script
    assert "sending a final invoice" not in script and "final invoice will follow" not in script
    assert "confirm it to you in writing, together with anything still to settle" in script


def test_an_email_confirming_our_holiday_hours_gives_the_closure(closed):
    script = closed.handle(staff("Email to Hooli confirming our holiday hours and that they're still covered until their "
                                 "last day.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_a_call_asked_for_inside_our_closure_is_answered_without_a_word_that_it_is_out_of_scope(closed):
    text = closed.handle(staff("Is the office open on the 28th? Hooli want a call then.")).reply.text
    assert text.startswith("Not that day: Monday 28 December 2026 falls while our office is closed")
    assert "outside what I can answer" not in text


def test_a_pasted_assumption_about_the_reason_is_corrected(bot):
    script = bot.handle(staff('Acme wrote: "We assume this is about the network outage in September?" Give me a reply '
                              "that corrects that, kindly.")).reply.script
    assert "it isn't that" in script and "The reason is late payment" in script


def test_a_word_limited_reply_to_a_wrong_guess_at_the_reason_still_gives_the_real_one(closed):
    script = closed.handle(staff('Hooli just posted: "why r u dropping us?? we always paid on time!!" - draft a reply, warm, '
                              "under 100 words")).reply.script
    assert "it isn't about payment" in script and "The reason is our team's capacity" in script
    assert len(script.split()) <= 100


def test_a_voicemail_on_no_topic_left_this_afternoon_is_the_handover_reminder_not_our_decision_stands(closed):
    script = closed.handle(staff("Voicemail script for the bakery (Hooli) \u2014 I'll leave it this afternoon. Under 45 "
                                 "seconds spoken please.")).reply.script
    assert "decision stands" not in script
    assert "Castle Tech" in script and "Wednesday 23 December 2026" in script


def test_a_phone_script_for_a_caller_screaming_about_bad_reviews_meets_the_threat_not_the_handover(bot):
    decision = bot.handle(staff("Need a phone script in case the acme dentist calls me screaming about leaving bad reviews. "
                                "Bullet points I can glance at."))
    assert decision.intent == "bad_review_threat"
    assert "don't argue" in decision.reply.text and "The decision is final" in decision.reply.script


def test_a_clients_apology_passed_on_is_thanked_for_not_said_by_us(bot):
    script = bot.handle(staff("The Acme dentist sent a long apology blaming their old bookkeeper for the late invoices and "
                              "asking for another chance. Reply for Priya, 150 words max please.")).reply.script
    assert "Thank you for the apology" in script and "We're sorry" not in script
    assert "Priya" in script and len(script.split()) <= 150


def test_a_two_line_post_for_the_channel_named_by_the_clients_trade_is_two_lines_for_that_client(closed):
    reply = closed.handle(staff("Bakery channel: 2-line reminder about our Christmas closure and the handover deadline")).reply
    lines = reply.script.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Hi Hooli Bakery team,")
    assert "Castle Tech" in reply.script and "Wednesday 23 December 2026" in reply.script and "[" not in reply.script


def test_a_pasted_question_whether_we_answer_on_a_day_of_our_closure_gets_the_closure(closed):
    script = closed.handle(staff('Hooli wrote "will u still be answering on tues 29th dec? the till always plays up after '
                                 'xmas". short reply for me pls')).reply.script
    assert "closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "as we always would" not in script


def test_a_pasted_request_for_work_on_a_day_of_our_closure_is_declined_for_that_day(closed):
    script = closed.handle(staff('reply to this from Hooli pls: "hey can u guys still do the till software update on '
                                 'Tue 29 Dec?"')).reply.script
    assert "Tuesday 29 December 2026 falls while our office is closed, so we can't do it that day" in script


def test_an_email_confirming_the_last_day_stays_says_the_decision_is_final(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff(f"Can you draft an email to Acme Dental confirming that their last day of support stays {end}? "
                              "Keep it under 150 words and sign it from Priya Shah, she owns the account.")).reply.script
    assert f"our decision is final, and your last day of support stays {end}" in script


def test_words_for_a_client_who_asked_me_directly_are_signed_by_me(bot):
    script = bot.handle(replace(staff("Acme's owner is asking me for the real reason. Should I bring up the late payments "
                                      "or just say it's a change in strategic direction? Don't want a row."),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Sam Taylor\nNorthwind IT") and "The reason is late payment" in script


def test_a_livid_client_on_hold_gets_calm_talking_points_not_a_plea_answer(bot):
    reply = bot.handle(staff("Priya's off sick and the Acme owner is on hold, absolutely livid. Give me bullet points for "
                             "the call RIGHT NOW.")).reply
    assert reply.text.startswith("Friendly: business, not personal")
    assert "we can hear how disappointing this is" in reply.script


def test_a_reply_the_owner_asked_me_to_write_is_written_in_their_name(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("Globex want to come back, say BrightPath is hopeless and can they have their old deal back. "
                              "Tom asked me to reply, keep it short and from him.")).reply.script
    assert "we won't be taking the account back on" in script and script.rstrip().endswith("Tom Becker\nNorthwind IT")


def test_a_team_post_on_the_offboardings_plus_the_closure_gives_the_closure(closed):
    text = closed.handle(staff("Write a Teams post for the whole team: where we stand on Acme and Hooli offboarding + the "
                               "closure. 100 words max.")).reply.text
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in text
    assert "Hooli Bakery: last day of support Monday 4 January 2027" in text


def test_an_email_suggesting_an_email_provider_and_their_data_gives_both(bot):
    script = bot.handle(staff("Acme still has no new IT partner. Write them a short email suggesting an email provider and "
                              "offering to get their data to them.")).reply.script
    assert "external drive" in script and "set up a hosted email service in your own name" in script


def test_a_note_on_which_ex_clients_to_decline_and_which_are_still_supported_lists_both(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    text = bot.handle(staff("Teams msg to the help desk team: heads up on which ex-clients to politely decline and which "
                            "are still fully supported till their last day. Bullet points, short.")).reply.text
    assert "Still supported until their last day" in text and "- Hooli Bakery: last day of support" in text
    assert "Support ended:" in text and "- Vandelay Imports: support ended" in text


@pytest.mark.parametrize("text", [
    "The bakery still hasn't given us anyone at Castle Tech to talk to. Can you write them an email asking for a contact? "
    "Friendly, under 120 words, from me.",
    "Can you write a slack post for the Hooli shared channel reminding them about the switch to Castle Tech? Friendly, under "
    "80 words."])
def test_friendly_words_about_the_new_provider_are_the_handover_not_a_goodbye(closed, text):
    script = closed.handle(staff(text)).reply.script
    assert "share Castle Tech's contact details with us" in script and "Wednesday 23 December 2026" in script
    assert "Thank you for working with us" not in script


def test_keeping_our_licences_after_the_end_is_answered_plainly_with_the_move(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff(f"Acme's owner is asking if they can keep using our Microsoft 365 licences after {end}. Draft "
                              "the answer, 3 sentences.")).reply.script
    assert f"after {end} the licences can't stay billed through us, but nothing stops" in script


def test_a_checklist_asked_as_bullets_only_comes_without_the_coaching(bot):
    reply = bot.handle(staff("Tom wants a checklist of what's left to close out Globex now they've moved. Bullets only.")).reply
    assert "handover checklist" in reply.text and "- Final invoice settled" in reply.text
    assert "Finish so it's done" not in reply.text


def test_a_50_word_closure_post_keeps_the_handover_day_and_the_last_day(closed):
    script = closed.handle(staff("Slack post for the Hooli channel about the holiday closure and what it means for the "
                                 "handover. 50 words tops.")).reply.script
    assert len(script.split()) <= 50
    assert "Wednesday 23 December 2026" in script and "Your last day of support is Monday 4 January 2027" in script


def test_a_reply_to_news_of_their_new_provider_thanks_them_for_it(bot):
    script = bot.handle(staff('Acme\'s practice manager just wrote: "We have found a new company, DentalTech Solutions, they '
                              'will be in touch." Reply in 3 sentences max.')).reply.script
    assert "Thank you for letting us know that DentalTech Solutions is taking over" in script


def test_all_overdue_invoices_paid_are_thanked_in_the_call_words(bot):
    script = bot.handle(staff("acme just paid ALL overdue invoices this morning + their office manager rang me nearly in "
                              "tears asking for another chance. offering to pay 6 months upfront too. honestly tempted. what "
                              "do i say back?")).reply.script
    assert "Thank you for letting us know about the payment, and for the offer" in script


def test_a_client_sorry_about_paying_late_is_thanked_for_the_apology_beside_the_offer(bot):
    script = bot.handle(staff("Acme just replied to the notice - they're sorry about paying late and say they'll pay 6 months "
                              "upfront if we keep them. Write my reply, 4 sentences max, from me")).reply.script
    assert "Thank you for the apology, and for the offer" in script


def test_a_grovelling_apology_passed_on_is_thanked_beside_the_offer(bot):
    script = bot.handle(staff("Acme just sent a grovelling apology, promise to pay on time from now on AND they're offering "
                              "to prepay three months. How do I answer? Max 5 sentences, from me (Sam).")).reply.script
    assert "Thank you for the apology, and for the offer" in script


def test_a_paragraph_for_new_hires_on_how_we_handle_ending_is_about_our_practice(bot):
    reply = bot.handle(staff("Give me one paragraph I can paste to new hires on how we handle ending a client contract")).reply
    assert "Ready to post (no client named or hinted at):" in reply.text and "We're writing to let you know" not in reply.text


def test_a_final_reply_to_the_new_provider_asking_how_things_were_set_up_goes_to_them(bot):
    reply = bot.handle(staff("BrightPath have now asked three times how we had Globex's VPN set up. Email back to "
                             "help@brightpath.example, polite but final, signed by Tom.")).reply
    assert "Ready to send to BrightPath IT" in reply.text
    assert "so we can't advise on how things were set up" in reply.script and "Our decision stands" not in reply.script


def test_something_for_the_new_provider_introducing_us_goes_to_them(closed):
    reply = closed.handle(staff("Write something for Castle Tech introducing us and asking to start the Hooli handover. I "
                                "don't have a contact for them yet.")).reply
    assert "Ready to send to Castle Tech:" in reply.text and reply.script.startswith("Hello Castle Tech team,")


def test_a_formal_closing_letter_to_an_ex_client_is_the_close_out_not_a_no(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Priya asked me to do a formal closing letter to Vandelay Imports, just to tie things off. "
                              "Signed by her.")).reply.script
    assert "To close out our work properly" in script and "Our decision stands" not in script


def test_a_setting_asked_by_an_ex_client_is_the_kind_no_not_a_domain_transfer(bot):
    script = bot.handle(staff('Globex pinged in their old channel: "hey can u just tell us what the DNS TTL was set to, '
                              'brightpath is stuck lol". Give me a 2-sentence reply.')).reply.script
    assert "we're not able to answer questions about how things were set up" in script
    assert "transfer code" not in script


def test_a_dm_telling_a_colleague_what_we_will_say_writes_what_we_will_say(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("BrightPath keep pinging our support@ about Globex stuff. Write a 2-line Slack DM to Tom "
                              "Becker telling him what we'll say to them.")).reply.script
    assert "what we'll say to them" not in script
    assert "we can't take on questions or work for Globex Logistics" in script


def test_a_300_character_text_to_a_client_with_no_provider_carries_the_safe_landing(bot):
    script = bot.handle(staff("sms to acme dental pls: they still have no new IT provider. remind them of the deadline + "
                              "what we can do. keep it under 300 characters")).reply.script
    assert "external drive" in script and "email" in script and len(script) <= 300


def test_a_voicemail_about_their_data_asks_for_a_day_before_the_last_one(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Write me a voicemail script for ringing Acme Dental about their data handover. 30 seconds "
                              "max.")).reply.script
    assert "external drive" in script and f"before your last day of support, {end}" in script


def test_a_voicemail_leaves_a_number_to_call_back_on_or_a_gap_for_it(bot, open_bot, config):
    ask = staff("Draft me a voicemail for Acme Dental's office manager, she's not picking up. Keep it short.")
    assert "call me back on [your number]" in bot.handle(ask).reply.script
    with_phone = open_bot(replace(config, phone="01632 960 123", db_path=config.db_path + ".phone"))
    seed_clients(with_phone.clients)
    assert "call me back on 01632 960 123" in with_phone.handle(ask).reply.script


def test_a_short_voicemail_on_no_topic_reminds_of_the_handover_and_volunteers_no_reason(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Draft me a voicemail for Acme Dental. Keep it short.")).reply.script
    assert "The reason is" not in script and "get in touch with us by" in script and end in script


def test_one_line_to_paste_back_into_a_dm_is_a_chat_line_not_a_letter(bot):
    reply = bot.handle(staff("Acme asked in DM if we'd reconsider. Give me one line I can paste back.")).reply
    assert "our decision is final" in reply.script and "Kind regards" not in reply.script


def test_a_dm_to_a_colleague_asking_plan_b_for_no_provider_proposes_the_plan(bot):
    script = bot.handle(staff("Slack DM to Priya: Acme still has no new provider and it's under three weeks to their last "
                              "day. What's plan B? Write it as the DM.")).reply.script
    assert script.startswith("Hi Priya") and "external drive" in script and "hosted email provider" in script


def test_points_to_walk_a_client_through_the_handover_on_a_call_are_the_handover_steps(bot):
    script = bot.handle(staff("Give me bullet points for a phone call with Acme this afternoon to walk them through the "
                              "handover. I want to sound organised.")).reply.script
    assert "external drive" in script and "signs off the handover" in script and "Thank you for working with us" not in script


def test_two_lines_for_the_on_call_tech_are_for_the_team_not_the_client(bot):
    reply = bot.handle(staff("Two lines for the on-call tech: Acme is leaving but still on full support until their last "
                             "day. Don't cut corners.")).reply
    assert "Hello Acme Dental team" not in reply.script and "Acme Dental is a full client until" in reply.script


def test_a_team_post_about_a_client_nobody_owns_points_questions_to_the_poster_not_a_volunteer(closed):
    post = closed.handle(staff("Write a short Slack post for #team letting everyone know we're ending Hooli Bakery. No "
                               "drama please.")).reply.script
    assert "send questions to me" in post and "reply here if it can be you" not in post
    assert "The reason on record" not in post and "Why we're ending it" in post


def test_a_plain_list_of_what_the_client_gets_in_the_handover_lists_the_items_in_points(bot):
    script = bot.handle(staff("Can you write a plain-English list for Acme's practice manager of what they'll get from us in "
                              "the handover? They're not techy.")).reply.script
    assert "\n- We'll hand over admin access to everything that is yours" in script and "licences and renewals" in script


def test_a_voicemail_asking_them_to_call_the_account_owner_back_names_her_and_leaves_her_number_to_fill(bot):
    script = bot.handle(staff("Write me a voicemail script for when I ring Acme and nobody picks up. 30 seconds tops. Priya "
                              "wants them to call her back about the handover.")).reply.script
    assert "on behalf of Priya about the handover" in script and "call Priya back on [Priya's number]" in script


def test_an_email_back_to_a_client_asking_for_all_their_data_answers_the_data_though_no_provider_is_chosen(bot):
    script = bot.handle(staff("acme asked for 'all our data' but still has no new provider lined up. write the email back, "
                              "from Priya")).reply.script
    assert "full copy of your data on an external drive" in script and "who at your end should receive it" in script


@pytest.mark.parametrize("text", ["Thanks, that's all for today!", "cheers, that's everything for now", "thanks!"])
def test_a_colleagues_goodbye_gets_a_short_one_back_not_the_menu(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("You're welcome!") and "what I can help with" not in reply.text
    assert all(block.get("text") for block in coaching_card(reply)["body"])   # (no empty heading on the Teams card)


def test_a_call_to_say_again_we_are_not_changing_our_minds_holds_the_decision_and_readies_the_answer_to_money(bot):
    reply = bot.handle(staff("Script for a phone call to Acme where I have to tell them, again, that we're not changing our "
                             "minds. They'll probably offer more money. Bullets are fine.")).reply
    assert "Our decision stands" in reply.script and "If they offer more money" in reply.coaching


def test_sign_off_as_a_name_and_title_puts_both_under_the_letter(bot):
    script = bot.handle(staff("Formal letter to Acme Dental confirming the end of our services. No letterhead needed, sign "
                              "off as Priya Shah, Account Manager.")).reply.script
    assert script.endswith("Priya Shah\nAccount Manager\nNorthwind IT")


def test_a_reply_he_can_paste_is_signed_by_the_colleague_the_client_pinged(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff('Globex pinged Tom: "quick one, our VPN keeps dropping since the weekend, can you take a 5 min '
                              'look?" Write me a reply he can paste.')).reply.script
    assert script.endswith("Tom Becker\nNorthwind IT") and "please contact Tom" not in script


def test_a_dm_to_a_colleague_asking_a_quick_status_gives_the_status_not_the_request_back(bot):
    script = bot.handle(staff("Slack DM to Priya: quick status on Acme in 3 bullets max")).reply.script
    assert "quick status on Acme" not in script and script.count("\n- ") + script.startswith("- ") == 3
    assert "No new provider on record yet" in script


def test_a_teams_message_listing_what_access_we_need_to_pull_is_that_list_not_the_tracker(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("Globex is done now, right? Write a Teams message to the techs listing what access we need to "
                             "pull.")).reply
    assert "Please remove our own access" in reply.script and "delegated admin" in reply.script
    assert "Not ticked in the tracker" not in reply.text


def test_a_decline_after_the_end_offers_only_what_is_theirs_not_more_questions(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    script = bot.handle(staff("Globex pinged our old shared channel asking us to fix a printer driver on their warehouse PCs. "
                              "Draft a reply Tom can post, keep it to 3 sentences.")).reply.script
    assert "contract or billing" not in script and "let me know and I'll hand it over" in script


def test_a_sarcastic_threat_not_to_pay_the_last_invoice_gets_a_calm_answer_not_an_invoice_cover_note(bot):
    script = bot.handle(staff('Acme just posted this in their channel, help me answer it without making it worse:\n"If you\'re '
                              'dumping us we\'re not paying your last invoice. Let\'s see how you like being paid late."')).reply.script
    assert "Please find attached" not in script and "final invoice" in script and "look after you properly" in script


@pytest.mark.parametrize("text", ["Acme have asked us to delete all their data from our backups today. Do we just do it?",
                                  "Acme want us to delete their files from our backups. Draft me a reply."])
def test_a_request_to_delete_their_data_is_answered_as_that_copy_first_then_deletion(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "you'd like your data deleted" in script and "Before we delete anything" in script
    assert "we'll delete the copies we hold" in script


def test_a_letter_with_a_sign_off_box_for_the_client_carries_the_form_to_sign(bot):
    script = bot.handle(staff("I need a formal letter to Acme Dental confirming the end of service with a sign-off box at the "
                              "bottom for them to accept the handover.")).reply.script
    assert "Signed for Acme Dental: name ________________" in script


def test_a_short_team_post_about_two_leaving_clients_keeps_how_to_treat_them_within_the_words(closed):
    script = closed.handle(staff("Post for our internal #team channel: we're parting ways with Acme Dental and Hooli Bakery. "
                                 "Under 80 words, no gossip.")).reply.script
    assert "Until their last day, same care as anyone else" in script and len(script.split()) <= 80


def test_a_short_slack_reply_to_a_plea_is_kept_to_a_few_sentences(bot):
    script = bot.handle(staff('acme dental just replied "we\'re sorry about the invoices, we\'ll pay within 10 days from now on, '
                              'can we please stay?" how do i answer, short slack reply in their channel pls')).reply.script
    assert "Our decision stands" in script and len(sentences(script.split("\n", 1)[1])) <= 3


def test_whether_to_mention_our_endings_to_an_active_client_asking_a_quote_is_answered_no(bot):
    text = bot.handle(staff("Initech want a quote for 5 new laptops. Do I need to mention anything about us cutting "
                            "clients?")).reply.text
    assert "No need to mention it: Initech is an active client" in text and "outside what I can answer" not in text


def test_keeping_a_client_on_longer_if_they_pay_upfront_is_the_kind_no_not_withholding_their_things(closed):
    reply = closed.handle(staff("Hooli asked if we'd keep them on till the end of Jan if they pay upfront. What do I say?")).reply
    assert "the last day of support stays as it is" in reply.text and "whatever is owed" not in reply.text


def test_passwords_asked_for_a_new_it_person_go_securely_and_ask_that_person_to_get_in_touch(bot):
    script = bot.handle(staff('Acme\'s office asked me to "just email over all the admin passwords" for their new IT person. '
                              'What do I reply? Keep it to one short paragraph.')).reply.script
    assert "to you or your new provider through a secure channel" in script
    assert "Could you also ask your new provider to get in touch with us by" in script


def test_a_two_sentence_reply_to_a_jab_with_no_grovelling_concedes_nothing_and_wishes_them_well(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff('Vandelay posted "enjoy your 1-star reviews, you clowns" in their channel. Draft a reply I can '
                              'paste, 2 sentences, no grovelling.')).reply.script
    assert "we understand why you're upset" not in script and "we wish you and your team well" in script


def test_a_reply_to_a_message_pasted_from_the_new_provider_is_addressed_to_the_provider(bot):
    reply = bot.handle(staff('reply to this from BrightPath for me, under 80 words: "Hi, we\'re missing the Globex domain '
                             'registrar login, can you pop it over by email?"')).reply
    assert "Hello BrightPath IT team," in reply.script and "Globex Logistics team" not in reply.script
    assert "never plain email" in reply.script and len(reply.script.split()) <= 80


@pytest.mark.parametrize("text", ["Globex want to know what their final invoice comes to. What is it?",
                                  "Tom wants the final invoice email for Globex. How much do they owe?"])
def test_the_final_invoice_amount_asked_is_said_once_to_be_off_record_and_the_email_promises_no_more(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.count("No invoice amount is on record") == 1
    assert "confirm the exact amount to you in writing" in reply.script and "prepared" not in reply.script


def test_words_that_tell_an_ex_client_exactly_what_we_think_of_them_are_a_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Honestly I'm fuming with Vandelay. Help me write something that tells them exactly what we "
                             "think of them lol")).reply
    assert reply.text.startswith("Friendly") and "No: it's business, not personal." in reply.text
    assert "for telling us how you feel" not in reply.text


def test_a_pasted_guess_at_the_reason_said_crossly_is_corrected_with_the_real_one(bot):
    script = bot.handle(staff('pasting from Acme: "We all know this is really because Dr Hargreaves complained about your '
                              'engineer last month. That\'s petty." - draft my reply, 3 sentences max')).reply.script
    assert "it isn't about" in script and "The reason is late payment" in script


def test_a_chat_reply_to_an_apology_thanks_them_once(bot):
    script = bot.handle(staff("Acme's office manager just rang, apologised for the invoices and swore they'll pay on time "
                              "from now on. Asked if we'd keep them. Need a short Slack reply I can post in their channel "
                              "pls")).reply.script
    assert "Thank you for your call, for the apology and for the promise" in script and "We appreciate you getting in touch" not in script


def test_a_short_no_to_a_paid_up_promise_thanks_once_says_no_once_and_gives_the_last_day(bot):
    last_day = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff('Acme\'s office manager just posted this in their channel: "We\'ve cleared the overdue '
                             'invoices now, surely that means we can stay? We\'ll pay on time from January, promise." '
                             'Give me a reply I can post, 3 sentences max.')).reply
    assert reply.script.count("promise") == 1 and "Our decision stands" not in reply.script
    assert f"last day, {last_day}" in reply.script and "Ready to send (3 sentences)" in reply.text


def test_a_final_invoice_paid_only_once_the_new_provider_confirms_stands_and_waits_on_nothing(bot):
    globex = bot.clients.get("Globex Logistics")
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    reply = bot.handle(replace(staff("Reply for me to Globex's finance person who's disputing the final invoice and says "
                                     "they'll pay 'once BrightPath confirms everything works'. Firm, 4 sentences."),
                               sender_name="Sam Taylor")).reply
    assert "it stands" in reply.script and "isn't tied to the handover or to anything BrightPath IT confirms" in reply.script
    assert long_date(date.fromisoformat(globex["end_date"])) in reply.script
    assert "Tom Becker, your account manager" in reply.script and "Ready to send (4 sentences)" in reply.text
    assert "suggest a few IT providers" not in reply.script


@pytest.mark.parametrize("text", [
    "Write Castle Tech an intro email about taking over Hooli Bakery. I don't have their email address. from me",
    "Hooli's new provider is Castle Tech but I can't find an email for them anywhere. Write me a short note I can send "
    "them anyway?",
])
def test_a_note_to_a_new_provider_with_no_contact_on_record_is_still_written_to_them(bot, text):
    add_hooli(bot.clients)
    reply = bot.handle(staff(text)).reply
    assert "Ready to send to Castle Tech" in reply.text and reply.script.startswith("Hello Castle Tech team")
    assert "no contact recorded" in reply.text and "Hooli Bakery team" not in reply.script


@pytest.mark.parametrize("text", [
    "acme just rang. said theyre really sorry about the invoices and will pay everything within 10 days from now on. can "
    "we give them another go? need a slack reply I can post in their channel, 3 sentences max",
    "Acme's office manager just rang me, very apologetic, swears they'll pay everything within 10 days from now on and "
    "wants to stay. Can you draft a reply email, kind but final, max 100 words?",
])
def test_an_apologetic_call_with_a_promise_is_thanked_for_all_three_and_no_upset_is_invented(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "Thank you for your call, for the apology and for the promise" in script
    assert "upsetting" not in script and "so open about" not in script


def test_a_short_reply_to_a_call_in_tears_spends_no_sentence_on_a_second_thanks(bot):
    reply = bot.handle(staff("Acme's practice manager just rang me in tears, apologised for the late payments and says "
                             "they'll clear everything by Friday if we give them another chance. Give me a reply I can "
                             "send, 3 sentences max.")).reply
    assert "Thank you for your call, and for the apology" in reply.script and "grateful to you, too" not in reply.script
    assert "Ready to send (3 sentences)" in reply.text


def test_a_short_team_post_asked_to_say_why_keeps_the_reason(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Draft a Teams post to the whole staff explaining we're parting ways with Hooli Bakery and "
                             "why. Professional, short.")).reply
    post = reply.text.split("For the team (not for the client):")[1]
    assert "our team's capacity" in post and long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"])) in post


def test_a_one_line_no_to_an_ex_client_says_who_helps_them_now(bot):
    script = bot.handle(staff("one-line slack reply to Globex Logistics pls, they want 'just a quick look' at a printer")).reply.script
    assert "not able to help with the printer" in script and "BrightPath IT" in script and "\n" not in script.strip()


def test_a_text_declining_an_ex_client_under_200_characters_thanks_them_and_points_to_a_provider(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's old boss keeps texting my personal phone asking me to sort their email. give me a "
                             "text back, under 200 chars")).reply
    assert reply.script.startswith("Thanks") and "An IT provider of your choice" in reply.script
    assert len(reply.script) <= 200


def test_a_text_declining_a_printer_fix_keeps_the_new_provider_and_says_when_support_ended(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    reply = bot.handle(staff("Globex keeps texting asking us to fix their printer. text back under 200 chars")).reply
    assert "BrightPath IT" in reply.script and "can't take on further requests" not in reply.script
    assert len(reply.script) <= 200


def test_a_kitchen_rumour_that_an_active_client_is_next_on_the_chop_list_is_a_plain_no(bot):
    text = bot.handle(staff("someone in the kitchen said Initech is next on the chop list. true?")).reply.text
    assert "No. Initech is an active client" in text and "outside what I can answer" not in text


def test_which_clients_we_are_losing_lists_those_in_notice_and_those_gone(bot):
    text = bot.handle(staff("which clients are we losing and when? quick list")).reply.text
    assert "Acme Dental" in text and "Globex Logistics" in text and "Initech" not in text


def test_what_our_options_are_with_no_new_provider_is_advice_not_a_record_line(bot):
    text = bot.handle(staff("Acme Dental still hasn't picked a new provider. What are our options here?")).reply.text
    assert "external drive" in text and "hosted email provider" in text


def test_a_two_liner_to_come_back_if_they_pay_up_front_is_a_no_to_paste_not_a_warning_about_service(bot):
    reply = bot.handle(staff("Acme asked if they can come back next year if they pay up front. What do I tell them? give "
                             "me a two-liner I can paste")).reply
    assert "Doing less now is spite" not in reply.text and "Ready to send (2 sentences)" in reply.text


def test_an_intro_email_to_a_new_provider_we_have_no_contact_for_yet_is_written_to_them(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli's new provider is Castle Tech but we don't have a contact there yet. Can you draft an "
                              "intro email I can send them once I find an address? Keep it professional.")).reply.script
    assert script.startswith("Hello Castle Tech team")


def test_a_no_to_an_ex_clients_password_reset_says_their_new_provider_can_do_it_before_the_goodbye(bot):
    script = bot.handle(staff("Globex emailed asking us to reset a user's Microsoft 365 password. Draft a polite no and "
                              "point them at BrightPath. From Tom.")).reply.script
    assert "or BrightPath IT can do it for you" in script and "another IT provider" not in script
    assert script.index("can do it for you") < script.index("We appreciate your understanding")


def test_a_one_paragraph_status_of_all_offboardings_reads_as_sentences(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Tom wants a one-paragraph status of all our offboardings for the team meeting. Can you write "
                              "it?")).reply.script
    assert "parting with: " not in script and "\n" not in script.strip()


def test_a_post_reminding_a_client_we_stop_supporting_them_soon_is_no_proposal_to_do_less(bot):
    text = bot.handle(staff("write me a slack post for the acme dental shared channel, reminder that we stop supporting "
                            "them soon. 3 sentences max, friendly not cold")).reply.text
    assert "Doing less now is spite" not in text


def test_our_closure_given_as_dates_beside_a_last_day_is_no_misstated_last_day(closed):
    text = closed.handle(staff("We're closed Thursday 24 December 2026 to Friday 1 January 2027 and Hooli's last day is "
                               "right after. Is that a problem?")).reply.text
    assert "Check the date" not in text


def test_what_they_owe_on_the_final_invoice_is_said_to_be_off_record_not_an_invoice_attached(bot):
    reply = bot.handle(staff("Acme's asking what they owe on the final invoice. Can you give me the figure so I can "
                             "reply?")).reply
    assert "No invoice amount is on record" in reply.text and "Please find attached" not in reply.script


def test_a_clients_pasted_good_riddance_gets_a_reply_signed_by_the_asker_not_a_warning_to_us(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(replace(staff('reply to this from Vandelay for me: "You lot were useless anyway. Good riddance, '
                                     'I\'ll be leaving reviews everywhere."'), sender_name="Sam Taylor")).reply
    assert "A parting shot" not in reply.text and reply.script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_a_question_passed_to_a_colleague_ends_with_a_question_mark(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Teams msg to Tom Becker: Globex's new provider keeps pinging us, can he close the loop with "
                              "them. 3 sentences max")).reply.script
    assert "Can you close the loop with them?" in script


def test_a_script_for_a_call_a_colleague_makes_to_the_client_does_not_thank_them_for_calling(bot):
    script = bot.handle(staff("Priya wants a phone script for when she calls Acme tomorrow and they ask 'but why?'. She "
                              "hates waffling. Give her bullet points, honest, not harsh.")).reply.script
    assert "Thanks for calling" not in script and "The reason is late payment" in script


def test_a_script_for_a_call_we_are_making_opens_with_who_is_calling(bot):
    script = bot.handle(replace(staff("I'm calling Acme this afternoon. Give me a short phone script - they have no new "
                                      "provider yet and I want to offer the external drive thing."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, it's Sam from Northwind IT.")


def test_a_letter_to_an_ex_client_asking_to_resume_services_is_the_no_to_coming_back(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a formal letter to Vandelay Imports - they've emailed asking to 'resume services on the "
                             "previous basis'. One page max, signed by Priya Shah.")).reply
    assert "won't be resuming" in reply.script and "not able to help with this request" not in reply.script


def test_who_covers_my_tickets_while_i_am_off_is_no_client_look_up(bot):
    text = bot.handle(staff("I'm off Mon 21 Dec to Wed 23 Dec, who covers my tickets?")).reply.text
    assert "Which client do you mean?" not in text and "manager" in text


def test_a_letter_for_an_ex_clients_insurer_confirming_we_no_longer_support_them_confirms_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandaley asked for a letter on letterhead confirming we no longer support them - it's for "
                              "their insurer. Can you draft it?")).reply.script
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"We are writing to confirm that our support for Vandelay Imports ended on {ended}" in script
    assert "not able to help with this request" not in script


def test_an_email_with_no_name_at_the_bottom_leaves_the_name_for_the_sender(bot):
    add_hooli(bot.clients)
    script = bot.handle(replace(staff("Email to Hooli Bakery about our Christmas closure and what it means for their last "
                                      "weeks with us. Friendly, under 120 words, no name at the bottom - I'll add it."),
                                sender_name="Sam Taylor")).reply.script
    assert "Sam Taylor" not in script and "[name]" in script


def test_a_voicemail_reminding_them_support_finishes_on_a_day_says_it_is_their_last(closed):
    script = closed.handle(staff("Write me a voicemail script for Hooli Bakery, 30 seconds max, reminding them support "
                                 "finishes Monday 4 January and asking Castle Tech to get in touch before we close for "
                                 "Christmas. It's from me")).reply.script
    assert "Your last day of support with us is Monday 4 January 2027." in script
    assert "Castle Tech" in script and "Wednesday 23 December 2026" in script


def test_sarcastic_thanks_with_an_eye_roll_is_not_thanked_back_as_kind_words(bot):
    reply = bot.handle(staff('Someone at Acme just posted "thanks for the early xmas present guys \U0001F644". Give me a '
                             "one-liner reply, friendly, no snark.")).reply
    assert "kind" not in reply.script and "Thank you for" not in reply.script
    assert long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])) in reply.script


def test_a_closing_letter_signed_by_the_owner_never_sends_them_to_the_owner_by_name(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay keep emailing support@ for help. Draft a formal letter from Priya closing this off "
                              "for good.")).reply.script
    assert script.rstrip().endswith("Priya\nNorthwind IT") and "contact Priya" not in script and "let me know" in script


def test_powering_down_a_clients_server_over_our_closure_is_a_plain_no(closed):
    reply = closed.handle(staff("we're shut over xmas anyway so can we just power down Hooli's server the week before? saves "
                                "a call-out")).reply
    assert "\n\nNo: nothing of Hooli Bakery's is suspended or switched off before Monday 4 January 2027" in reply.text


def test_a_client_in_notice_asking_to_come_back_later_is_told_no_with_its_support_to_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme asked if they can come back next year on the old terms once their cash flow is sorted. "
                              "Reply for Priya to sign, friendly but a no")).reply.script
    assert "we won't be taking the" in script and "on any terms" not in script and f"until {end}" in script


def test_an_ex_client_pasted_offering_us_another_go_is_the_kind_no(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff('Vandelay pasted this in their channel, help me answer: "We\'ve had a think and we\'re willing '
                              'to give you lot another go. Send over a contract for January."')).reply.script
    assert "the decision is final, so we won't be taking the work back on" in script
    assert "not able to help with this request" not in script


def test_a_linkedin_post_about_finally_getting_rid_of_a_client_is_a_no_with_nothing_to_send(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("tempted to post on LinkedIn that we finally got rid of Vandelay because nothing was ever good "
                             "enough for them lol. too much?")).reply
    assert "No: it's business, not personal." in reply.text and not reply.script


def test_a_post_confirming_when_support_ends_gives_the_last_day_not_the_close_out(closed):
    script = closed.handle(staff("Need a short Slack post for the Hooli Bakery channel confirming when support ends. 3 "
                                 "sentences max, from me.")).reply.script
    assert "Monday 4 January 2027 is your last day of support" in script and "final invoice" not in script


def test_two_lines_for_reception_to_read_out_say_where_support_stands_and_who_calls_back(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Give me a two-line summary of the Acme situation for reception to read out if they phone"
                              )).reply.script
    lines = script.splitlines()
    assert len(lines) == 2 and f"until {end}" in lines[0] and "final" in lines[0] and lines[1].startswith("Priya")


def test_a_closing_email_confirming_access_removed_says_only_what_staff_said_was_removed(bot):
    script = bot.handle(staff("Tom's removed our RMM agent and our tech admin accounts from Globex's systems. He wants a "
                              "short closing email to BrightPath confirming that. Draft it from him.")).reply.script
    assert "removed our remote-monitoring agents and our technician accounts" in script
    assert "was touched" not in script


def test_the_principles_asked_for_are_the_five_one_line_each(bot):
    text = bot.handle(staff("tl;dr the principles pls, one line each")).reply.text
    points = [line for line in text.splitlines() if line.startswith("- ")]
    assert [point.split(":")[0] for point in points] == ["- Decisive", "- Honest", "- Friendly", "- Helpful", "- Done"]
    assert "outside what I can answer" not in text


def test_a_goodbye_for_the_channel_on_their_last_day_says_today_is_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Write a short goodbye for Acme's shared channel on their last day. Warm, no more than 60 "
                              "words.")).reply.script
    assert f"Today, {end}, is your last day of support" in script and "you're fully supported until then" not in script


def test_a_two_sentence_reply_to_a_review_threat_meets_the_feeling_first(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay just posted in their channel: 'Enjoy your 1-star Google review, clowns.' Need a "
                              "two-sentence reply.")).reply.script
    assert script.split("\n\n")[1].startswith("We're sorry you're so unhappy")


def test_a_two_liner_for_slack_is_two_chat_lines_with_no_letter_around_them(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("two-liner for slack: Hooli's owner asked if they can stay if they log fewer tickets. need a "
                              "kind no")).reply.script
    assert len(script.strip().splitlines()) == 2 and "Kind regards" not in script and "decision is final" in script


def test_redo_our_handover_message_is_words_to_send_not_only_the_record(closed):
    script = closed.handle(staff("Hooli's contact isn't a native english speaker. Can you redo our handover message in very "
                                 "simple English? Short sentences. Main points: end date, xmas closure, call us before "
                                 "then")).reply.script
    assert "Monday 4 January 2027" in script and "Thursday 24 December 2026" in script and "Wednesday 23 December 2026" in script


def test_a_voicemail_about_our_closure_asks_for_the_new_provider_by_its_moved_day(closed):
    text = closed.handle(staff("Can you write me a voicemail script for Hooli Bakery, 30 seconds max, reminding them we're "
                               "shut over Christmas and when their support actually ends?")).reply.text
    assert "Please ask Castle Tech to call us by Wednesday 23 December 2026." in text
    assert int(re.search(r"about (\d+) seconds", text).group(1)) <= 30


def test_a_text_declining_an_ex_client_says_who_can_help_now_and_thanks_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's old office manager rang my mobile asking if we'd 'just reset one password, 2 mins'. "
                              "I said I'd check. What do I text back? under 200 characters")).reply.script
    assert "IT provider of your choice is best placed to help now" in script and "Thank" in script and len(script) <= 200


def test_a_file_note_listing_checklist_days_says_they_are_our_targets(bot):
    text = bot.handle(staff("Write the internal file note for Acme Dental \u2014 where things stand.")).reply.text
    assert "(due " in text and "Days are the checklist's own targets" in text


def test_do_we_just_say_no_to_their_own_keys_is_answered_no_not_yes(bot):
    text = bot.handle(staff("Tom forwarded this from BrightPath: they say they never got Globex's backup encryption keys. "
                            "Support's over, so do we just say no?")).reply.text
    assert "\n\nNo, not to this: they're theirs" in text and "Yes: they're theirs" not in text


def test_a_colleague_asking_if_we_are_shut_on_christmas_eve_gets_the_closure_on_record(closed):
    text = closed.handle(staff("Is the office actually shut on Christmas Eve? Need to book trains")).reply.text
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in text
    assert "outside what I can answer" not in text


def test_a_heads_up_that_a_client_is_still_fully_supported_says_so_first(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    script = bot.handle(staff("write a 2 sentence heads up for the help desk that hooli is still fully supported till they "
                              "go")).reply.script
    assert script.startswith(f"Hooli Bakery is a full client until {end}, so their requests get the same priority")


def test_a_post_mocking_clients_with_none_named_is_a_no_with_no_placeholder(bot):
    text = bot.handle(staff("Write me a LinkedIn post about how we fire bad clients. Name names, it'll be hilarious")).reply.text
    assert "No: it's business, not personal." in text and "[client]" not in text


def test_an_email_confirming_the_last_day_gives_the_reason_on_record(bot):
    script = bot.handle(staff("Need a short email to Acme Dental confirming their last day of support. Max 120 words, "
                              "signed by Priya.")).reply.script
    assert "is your last day of support" in script and "The reason is late payment" in script
    assert len(script.split()) <= 120


def test_a_clients_question_pasted_from_teams_is_the_clients_not_ours(bot):
    reply = bot.handle(staff('Acme on Teams: "can we push the end to mid Jan? holidays are crazy for us" - quick Teams reply '
                             "plz, 2 lines")).reply
    assert "can't continue our support beyond" in reply.script


def test_a_call_back_to_an_ex_client_who_keeps_ringing_is_the_kind_no_said_by_the_caller(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(IncomingMessage(text="Vandelay keep ringing the support line. I have to call their office manager "
                                            "back - give me a 30-second script to say we can't help any more.",
                                       platform="console", sender_id="U_STAFF", sender_name="Dana Lee")).reply
    assert "To say on the call:" in reply.text and reply.script.startswith("Hi, it's Dana from Northwind IT, returning")
    assert f"ended on {long_date(calendar.day(-32))}" in reply.script and "decision is final" not in reply.script


def test_a_team_post_in_at_most_five_bullets_has_five(closed):
    text = closed.handle(staff("need a short #team slack post re hooli bakery offboarding - what ppl need to know, 5 bullets "
                            "max")).reply.text
    post = text.split("For the team (not for the client):\n", 1)[1]
    assert sum(line.startswith("- ") for line in post.splitlines()) == 5


def test_a_note_for_the_last_day_itself_says_today_is_the_last_day(bot):
    script = bot.handle(staff("Write a 'today is your last day of support' email for Acme, to go out on the day.")).reply.script
    assert f"Today, {long_date(calendar.day(20))}, is your last day of support" in script
    assert f"From {long_date(calendar.day(21))} we no longer look after your IT" in script
    assert "continues in full" not in script


def test_an_acceptance_paragraph_for_the_client_to_sign_is_the_sign_off_form(bot):
    text = bot.handle(staff("Draft the handover acceptance paragraph for Acme Dental to sign.")).reply.text
    assert "Sign-off form (for the client to sign):" in text and "Signed for Acme Dental: name" in text


def test_our_own_email_saying_sorry_thanks_them_for_no_apology(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Email to Hooli saying sorry, we can't go past the 4th even though Castle Tech can't start "
                              "till mid-Jan.")).reply.script
    assert "Thank you for the apology" not in script


def test_what_happens_next_in_simple_english_is_short_sentences_with_the_dates(bot):
    script = bot.handle(staff("The dental practice has a new office manager whose English is basic. Draft a simple reply "
                              "explaining what happens next. Short sentences.")).reply.script
    body = script.split("\n\n")[1]
    assert f"Our IT support for you ends on {long_date(calendar.day(20))}." in body
    assert f"Please ask them to call us by {long_date(calendar.day(13))}." in body
    assert f"After {long_date(calendar.day(20))}, we do not look after your computers any more." in body
    assert max(len(sentence.split()) for sentence in body.split(". ")) <= 22


def test_when_the_new_provider_must_reach_us_is_the_look_up_against_our_closure(closed):
    text = closed.handle(staff("When exactly does Hooli need Castle Tech to reach us? Isn't the office shut then?")).reply.text
    assert "should contact us by Wednesday 23 December 2026, before our office closes" in text


def test_a_chat_post_saying_we_are_leaving_is_not_those_three_words(bot):
    script = bot.handle(staff("Can u write a chat msg for the Globex Teams channel saying we're leaving it? short")).reply.script
    assert script.strip().splitlines()[-1] != "We're leaving it." and "BrightPath IT" in script


@pytest.mark.parametrize("text", ["Vandelay still has a Synology in our colo rack?? Can we just wipe it and reuse it?",
                                  "Can I delete the Vandelay client folder from our SharePoint? It's been a month."])
def test_wiping_what_holds_an_ex_clients_data_is_not_yet(bot, text):
    add_vandelay(bot.clients)
    text = bot.handle(staff(text)).reply.text
    assert "Not yet: the data is Vandelay Imports'" in text and "Yes" not in text.split("\n\n")[1]
    assert "as the contract says" not in text


def test_passwords_as_an_excel_attachment_is_a_no_to_the_channel(bot):
    text = bot.handle(staff("is it ok to send Acme their admin passwords as an excel attachment? they asked for it that "
                            "way")).reply.text
    assert "No: never in plain chat, email" in text and "Yes:" not in text


def test_help_answering_a_pasted_message_comes_with_words_to_send(bot):
    reply = bot.handle(staff("Help me answer this from Acme: 'We've been with you 6 years. Is this really about a few late "
                             "invoices? Feels personal.' Keep it human, sign as Priya.")).reply
    assert "The reason is late payment" in reply.script and "Ready to send" in reply.text


def test_a_short_note_that_our_office_closes_leads_with_a_last_day_before_it(closed):
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")   # (the Monday before the closure)
    script = closed.handle(staff("Under 50 words to Acme telling them our office is closed at Christmas.")).reply.script
    assert "your last day of support, Monday 21 December 2026, comes before our office closes" in script
    assert len(script.split("\n\n")[1].split()) <= 50


def test_a_reply_to_a_tech_asking_if_we_still_fix_things_answers_them(bot):
    text = bot.handle(staff("2-line slack reply to a tech asking 'acme printer broke, do we still fix stuff for them?'")).reply.text
    assert f"Yes, as normal: Acme Dental is a full client until {long_date(calendar.day(20))}" in text
    assert "Hi Acme Dental team" not in text


def test_a_start_day_inside_our_closure_relayed_in_quotes_is_said_not_to_work(closed):
    text = closed.handle(staff("2-sentence chat reply to Hooli's manager who asked 'can Castle Tech start on the "
                               "28th?'")).reply.text
    assert text.startswith("Not that day: Monday 28 December 2026 falls while our office is closed")


@pytest.mark.parametrize("text", ["Teams message to Priya: where does Acme stand today? 5 bullets.",
                                  "Quick Teams msg to Priya summarising where the Acme handover stands. Bullets."])
def test_where_a_client_stands_for_a_colleague_is_the_status_report(bot, text):
    reply_text = bot.handle(staff(text)).reply.text
    assert "Status report (for us, not for the client):" in reply_text
    assert f"- Acme Dental: last day of support {long_date(calendar.day(20))}" in reply_text
    assert "where does Acme stand today." not in reply_text


def test_slow_payments_is_the_reason_not_a_plan_to_slow_our_support(bot):
    text = bot.handle(staff("Draft the termination notice for Wayne Pharmacy, we're ending them end of Jan for slow "
                            "payments.")).reply.text
    assert "formal notice" in text and "Doing less now is spite" not in text


def test_four_sentences_to_the_new_provider_never_tell_them_who_looks_after_the_client(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker", new_provider="BrightPath IT",
                     new_provider_contact="help@brightpath.example")
    script = bot.handle(staff("BrightPath keeps emailing our techs about how Globex's firewall rules were set up. Write "
                              "something firm but nice to help@brightpath.example, 4 sentences.")).reply.script
    assert "looks after your IT now" not in script and "Tom Becker is the person to contact here" in script
    body = sentences(script.split("\n\n")[1])
    assert len(body) == 4 and "for understanding" in body[-1]


def test_a_client_not_on_record_asked_after_by_its_offboarding_is_said_to_be_unknown(bot):
    text = bot.handle(staff("where are we with Stark Plumbing's offboarding?")).reply.text
    assert "I can't find Stark Plumbing in the client records" in text


@pytest.mark.parametrize("text", ["is 20 Nov to 21 Dec enough notice for Acme? feels tight",
                                  "how many days' notice did Acme get? is that normal?",
                                  "Is 31 days of notice for Acme enough? Feels short."])
def test_whether_a_clients_notice_was_enough_is_its_length_beside_the_usual(bot, text):
    bot.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")
    reply = bot.handle(staff(text)).reply
    assert "31 days is within the usual 30 to 60 days' notice" in reply.text and not reply.script


def test_hows_the_handover_going_is_where_it_stands(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("How's Hooli's handover going?")).reply.text
    assert "Hooli Bakery: handover checklist" in text and "outside what I can answer" not in text


def test_a_pasted_plea_after_paying_up_is_answered_as_a_plea_not_with_the_final_invoice(bot):
    script = bot.handle(staff('Write my reply to this, it\'s from Acme\'s office manager: "Priya, we\'ve now cleared every '
                              'overdue invoice, surely that changes things? Can we just carry on like before?" Warm but '
                              'final please.')).reply.script
    assert "so it stands" in script and "final invoice" not in script


def test_the_sign_off_text_for_an_ex_client_is_the_form_to_sign(bot):
    text = bot.handle(staff("Draft the handover sign-off text for Globex – who accepted it, the date, any exceptions. "
                            "Fill in what we know.")).reply.text
    assert "Sign-off form (for the client to sign):" in text and "not able to answer further questions" not in text


def test_what_is_outstanding_for_an_ex_clients_new_provider_is_the_list_to_check_without_past_due_dates(bot):
    bot.clients.edit("Globex Logistics", new_provider="BrightPath IT", new_provider_contact="help@brightpath.example")
    text = bot.handle(staff("Tom wants something to send BrightPath listing what's still outstanding from the Globex "
                            "handover.")).reply.text
    assert "tell us anything that hasn't reached you, and we'll send it" in text
    assert "(by " not in text and "New provider in touch with us" not in text and "overdue" not in text


def test_an_auto_reply_for_mail_after_a_clients_last_day_says_support_has_ended(bot):
    script = bot.handle(staff("Need an auto-reply line for Acme support emails that arrive after their last day. Point "
                              "them somewhere useful.")).reply.script
    assert f"Our support ended on {long_date(calendar.day(20))}" in script
    assert "office is closed" not in script and "fully supported until then" not in script


def test_make_this_less_angry_rewrites_our_own_line(bot):
    reply = bot.handle(staff("Make this less angry: 'Globex, you kept asking for free projects for two years and now you "
                             "want more help? No.'")).reply
    assert "Reading your draft against the principles" in reply.text and "how you feel" not in reply.script


def test_a_two_line_status_for_a_colleague_is_two_lines(bot):
    text = bot.handle(staff("Give me a 2-line Teams msg to Priya summarising where Acme stands.")).reply.text
    report = text.split("Status report (for us, not for the client):\n", 1)[1]
    assert len(report.strip().splitlines()) == 2 and "Still open on the handover checklist" not in text


def test_a_status_report_says_the_checklist_is_our_trackers(bot):
    text = bot.handle(staff("Teams message to Priya: where does Acme stand today? 5 bullets.")).reply.text
    assert "Our handover tracker: 0 of 11 items ticked off so far." in text and "0/11 done" not in text


def test_two_lines_to_a_colleague_with_news_of_an_ex_client_ask_something_of_them(bot):
    script = bot.handle(staff("Slack DM to Tom: BrightPath keep messaging our techs directly about Globex. 2 lines.")).reply.script
    lines = script.splitlines()
    assert len(lines) == 2 and lines[0] == "Hi Tom, BrightPath keep messaging our techs directly about Globex." \
        and "could you ask them to come to you directly" in lines[1]


def test_a_text_to_a_named_client_with_just_the_key_dates_is_the_text_not_the_roster(bot):
    reply = bot.handle(staff("sms to acme dental, under 160 chars, just the key dates")).reply
    assert "In transition (2)" not in reply.text and len(reply.script) <= 160 and reply.script.startswith("Hi, our support ends")


def test_an_all_staff_post_that_an_active_client_is_staying_is_written(bot):
    decision = bot.handle(staff("Two sentences for the all-staff Teams channel: Initech isn't going anywhere, business as usual."))
    script = decision.reply.script
    assert decision.client == "Initech" and "outside what I can answer" not in decision.reply.text
    assert script.startswith("Quick note for everyone: Initech is not leaving us.") and script.count(". ") == 1


def test_a_pasted_promise_to_pay_on_time_is_thanked_and_the_decision_held(bot):
    decision = bot.handle(staff('Acme replied to our notice: "We\'ve paid every invoice in the end, this is ridiculous. '
                                'We\'ll pay on time from now on, promise." Write a reply from Priya, max 120 words.'))
    script = decision.reply.script
    assert decision.intent == "second_chance" and "for the promise; we do appreciate it. Our decision stands." in script \
        and len(script.split()) <= 120


def test_a_call_back_script_to_an_ex_client_asking_to_return_thanks_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's boss left a voicemail asking to come back on the old terms. Give me a script for "
                              "when I call back, 30 seconds max.")).reply.script
    assert "from Northwind IT, returning your call. Thank you for thinking of us" in script \
        and "Thank you for your message" not in script


def test_a_call_to_chase_a_client_for_its_new_provider_says_why_we_call_and_closes_kindly(bot):
    script = bot.handle(staff("Phone script for calling Acme tomorrow to chase where they are with a new provider?")).reply.script
    assert "from Northwind IT. I'm calling to see where you are with a new provider." in script \
        and script.endswith("Thanks for your time.")


def test_a_handover_list_to_an_ex_clients_provider_does_not_speak_of_handing_over_by_when(bot):
    script = bot.handle(staff("Draft a handover email to BrightPath IT listing what Globex should have had from us. Keep it "
                              "factual, sign as Tom.")).reply.script
    assert "Here is what the handover for Globex Logistics should include." in script and "by when" not in script


def test_a_short_no_to_an_ex_client_with_no_provider_points_them_to_one_of_their_choice(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed asking us to sort out a printer that won't print. Write the reply, 80 words "
                              "max, from Priya.")).reply.script
    assert "An IT provider of your choice can take it from here." in script
    assert len(script.split("\n\n")[1].split()) <= 80


def test_an_intro_email_to_the_new_provider_says_how_long_we_are_closed(closed):
    script = closed.handle(staff("Write an intro email to Castle Tech about taking over Hooli Bakery. I don't have an address "
                                 "for them.")).reply.script
    assert "(we're back on Monday 4 January 2027)?" in script


def test_a_call_back_to_an_upset_manager_who_rang_thanks_them_for_calling_and_meets_the_feeling(bot):
    script = bot.handle(staff("The practice manager at Acme just rang me, very upset, says they'll pay upfront from now on "
                              "if we keep them. I'm calling her back in 10 min. What do I actually say? Give me a short "
                              "script.")).reply.script
    assert "Thank you for your call earlier" in script and "we know this is hard news" in script \
        and "Thank you for your message" not in script and "We appreciate you getting in touch" not in script


def test_i_need_to_call_back_asks_for_words_to_say_not_an_email(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandeley's owner left a voicemail: fix their printer today or he posts 1-star reviews "
                             "everywhere. I need to call back. Script?")).reply
    assert "To say on the call:" in reply.text and "Hello Vandelay Imports team" not in reply.script


def test_a_general_purpose_out_of_office_keeps_one_clients_last_day_out_and_says_so(closed):
    reply = closed.handle(staff("Draft our out-of-office for the Christmas closure. Should mention Hooli's last day "
                                "somewhere? Keep it general-purpose.")).reply
    assert "No: keep Hooli Bakery's last day out of a message every client may read" in reply.text
    assert "Our office is closed" in reply.script and "Your support with us" not in reply.script


def test_whether_we_still_hold_admin_on_an_ex_clients_tenant_is_not_answered_yes_from_a_record_that_lacks_it(bot):
    text = bot.handle(staff("do we still have admin on globex's 365 tenant? if so what do we do about it")).reply.text
    assert "Our record doesn't show whether we still hold it, so check first." in text and "Yes, once" not in text


def test_an_email_naming_the_day_our_last_access_comes_out_says_that_day(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    day = long_date(date.fromisoformat(calendar.iso_day(3)))
    script = bot.handle(staff(f"Write an email to help@brightpath.example saying we'll remove our last access to Globex's "
                              f"Microsoft 365 on {day}. From Tom, short.")).reply.script
    assert f"we'll remove the last of our own access on {day}" in script and "we're now removing" not in script


def test_key_dates_asked_in_order_are_looked_up_not_turned_away(bot):
    reply = bot.handle(staff("what's on my plate for offboarding? key dates in order pls")).reply
    assert "outside what I can answer" not in reply.text and "Acme Dental: last day of support" in reply.text


def test_our_legal_team_asking_for_a_letter_confirming_the_end_is_no_legal_threat(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Legal want a formal letter to Vandelay Imports confirming our services ended and that nothing "
                              "more is owed either way. Can you draft it?")).reply.script
    assert "We are writing to confirm that our support for Vandelay Imports ended on" in script \
        and "passed it to our management team" not in script


def test_a_formal_letter_on_an_account_is_signed_by_its_owner_unless_staff_say_otherwise(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a formal letter to Vandelay Imports confirming our agreement is over. One page max.",
                              sender_name="Sam Taylor")).reply.script
    assert script.rsplit("Yours sincerely,\n", 1)[1].startswith("Priya\n")
    script = bot.handle(staff("Write a formal letter to Vandelay Imports confirming our agreement is over, signed by me.",
                              sender_name="Sam Taylor")).reply.script
    assert script.rsplit("Yours sincerely,\n", 1)[1].startswith("Sam Taylor\n")


def test_a_voicemail_we_leave_for_the_new_provider_gives_the_clients_last_day_and_returns_no_call(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("voicemail script pls for when I ring Castle Tech about Hooli. under 30 seconds spoken")
                        ).reply.script
    assert "calling about Hooli Bakery" in script and "Your last day" not in script and "returning your calls" not in script


def test_bullets_for_a_colleague_on_where_a_client_stands_are_the_status_report(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("3 bullets for Tom on where Hooli stands")).reply.text
    assert "Status report (for us, not for the client):" in text and "Talking points" not in text


def test_a_general_linkedin_post_about_parting_with_clients_is_written_with_no_client_in_it(bot):
    text = bot.handle(staff("Write a LinkedIn post about why an MSP sometimes lets a client go. No client names, nothing "
                            "that identifies anyone.")).reply.text
    post = text.split("Ready to post (no client named or hinted at):\n", 1)[1]
    assert "proper notice" in post and not any(name in post for name in ("Acme", "Globex", "Hooli", "Vandelay", "["))


def test_a_formal_letter_we_start_thanks_nobody_for_a_message(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay confirming services have ended and we won't take further "
                              "requests. Signed Priya Shah.")).reply.script
    assert "Thanks for your message" not in script and "we're no longer able to provide support" in script


def test_who_owns_a_client_asked_for_a_letter_is_the_look_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("who's the account owner for hooli? need someone to sign the handover letter")).reply.text
    assert "No account owner is on record for Hooli Bakery" in text and "Ready to send" not in text


def test_a_checklist_i_can_send_the_new_provider_is_the_list_to_share(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Write a handover checklist I can send Castle Tech for Hooli. Bullets please.")).reply.text
    assert "Ready to send to Castle Tech:\nHandover checklist: Hooli Bakery" in text and "[ ]" not in text


def test_an_sms_whose_words_are_given_after_who_it_is_for_says_them(bot):
    text = bot.handle(staff("SMS to Acme's practice manager: the external drive with their data is ready to collect. Keep "
                            "it under 300 characters.")).reply.text
    assert "The external drive with your data is ready to collect. - Priya, Northwind IT" in text


def test_an_announcement_for_our_team_channel_is_for_the_team_not_the_client(bot):
    text = bot.handle(staff("Draft the Acme announcement for our team channel — who, why, when. Keep the why "
                            "factual.")).reply.text
    assert "For the team (not for the client):" in text and "Hello Acme Dental team" not in text


def test_a_sales_pitch_to_a_client_we_are_letting_go_is_a_no_with_nothing_to_send(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("someone in sales wants to pitch the bakery our new backup product before they go lol, good "
                             "idea?")).reply
    assert reply.text.startswith("Helpful") and "No: don't pitch anything to Hooli Bakery" in reply.text
    assert not reply.script


def test_is_this_about_the_money_is_the_reason_on_record_for_late_payers(bot):
    text = bot.handle(staff('Priya wants a one-liner she can paste if Acme asks "so is this about the money?"')).reply.text
    assert "Yes, that is the reason on record" in text and "isn't the reason on record" not in text


def test_pushing_a_clients_end_into_january_yes_or_no_is_no(bot):
    text = bot.handle(staff("Acme want to push their end to 31 Jan because they can't find anyone before the holidays. "
                            "Yes or no?")).reply.text
    assert "No: the last day of support stays as it is" in text and "Yes:" not in text


def test_a_pasted_ask_to_take_our_leftover_tool_off_is_closing_out_not_a_no(bot):
    script = bot.handle(staff('A Globex user emailed me: "ur remote tool is still on my laptop, keeps popping up. can u '
                              'remove or is this u spying??" Need a reply.')).reply.script
    assert "we'll remove our own access and management tools from your systems" in script
    assert "no longer able to provide support" not in script


def test_an_email_explaining_what_happens_over_the_holidays_is_the_closure_note(closed):
    script = closed.handle(staff("Email to Hooli Bakery explaining what happens over the holidays, friendly, under 120 "
                                 "words.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "exactly as before" not in script


def test_a_voicemail_back_to_an_ex_client_wanting_a_fix_is_the_kind_no(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's owner left a shouty voicemail wanting his email fixed. Write me a voicemail "
                            "script I can leave back, 40 seconds max.")).reply.text
    assert "we're not able to help with your email" in text and "our decision is final" not in text


def test_the_clients_own_finance_team_gets_a_letter_not_our_finance_note(bot):
    text = bot.handle(staff("Globex finance want their final invoice explained. Draft the email from Tom, I'll fill in "
                            "numbers.")).reply.text
    assert "Hello Globex Logistics team" in text and "For the team (not for the client)" not in text


def test_bullets_to_paste_to_a_colleague_on_where_a_client_stands_are_the_status_report(bot):
    text = bot.handle(staff("give me 3 bullets i can paste to Priya on where acme stands")).reply.text
    report = text.split("Status report (for us, not for the client):\n", 1)[1]
    assert len(report.strip().splitlines()) == 3 and "Talking points" not in text


def test_a_checklist_shared_with_the_new_provider_carries_no_tracker_dates(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Write a handover checklist I can send Castle Tech for Hooli. Bullets please.")).reply.text
    assert "everything below is handed over before then" in text and "(by " not in text


def test_a_two_sentence_public_reply_is_labelled_two_sentences(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay tagged us on LinkedIn calling us incompetent. 2-sentence public reply?")).reply.text
    assert "Ready to send (2 sentences):" in text and "(0 sentence)" not in text


def test_announcing_who_were_offboarding_lists_every_client(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Write me a Slack post for #service-desk announcing who we're offboarding and the dates. Keep "
                            "it neutral, no drama.")).reply.text
    assert "Heads-up on the clients we're parting with:" in text and "- Hooli Bakery: last day of support" in text


def test_a_tone_to_avoid_is_no_anger_so_the_final_invoice_cover_note_is_written(bot):
    script = bot.handle(staff("Need a cover note for Acme's final invoice. 3 sentences. Don't want to sound petty about the "
                              "late payments.")).reply.script
    assert "Please find attached our final invoice" in script and "The reason is" not in script


def test_an_email_to_the_clients_finance_person_is_written_to_the_client(bot):
    text = bot.handle(staff("Globex says they're still getting billed for their M365 licences through us. That's a loose "
                            "end. Can you draft an email to their finance person?")).reply.text
    assert "Hello Globex Logistics team" in text and "Hi finance team" not in text


def test_writing_to_explain_that_our_office_is_closed_is_the_closure_note(closed):
    script = closed.handle(staff("Write to Hooli Bakery explaining that our office is closed over Christmas and what that "
                                 "means for their handover. Friendly, plain English, they're bakers not IT people.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script


def test_the_parting_ways_email_for_a_client_not_on_record_is_a_template_with_the_day_given(bot):
    text = bot.handle(staff("Write the 'we're parting ways' email for Stark Plumbing - they never pay on time either. "
                            "Last day Jan 31.")).reply.text
    assert "I can't find Stark Plumbing in the client records, so this is a template" in text
    assert "The reason is late payment" in text and "31 January" in text


def test_whats_our_play_for_a_client_with_no_provider_is_coaching_not_a_look_up(bot):
    text = bot.handle(staff("Acme still has no new IT provider and it's December already. What's our play?")).reply.text
    assert "a client without a new provider still needs a safe landing" in text and "From the record" not in text


def test_who_picks_up_an_absent_owners_client_is_the_owner_look_up(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("Tom's off next week. Who picks up stuff for the logistics company he had?")).reply.text
    assert "Globex Logistics' account owner is Tom Becker. Nobody else is on record to cover" in text


def test_a_provider_only_named_in_a_pasted_message_is_not_said_to_be_on_record(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff('Need a reply to Vandeley: "We found a new IT company, TechNova. Can you send them our admin '
                            'passwords by email today?"')).reply.text
    assert "no new provider recorded (TechNova is only named in the message)" in text


def test_a_pasted_offer_to_clear_the_invoices_if_we_keep_them_is_a_no_not_the_final_invoice(bot):
    script = bot.handle(staff('Acme\'s practice manager: "If we clear every outstanding invoice today and pay 20% more per '
                              'month, will you keep us?" Reply under 80 words, warm but no wiggle room.')).reply.script
    assert "our decision is final" in script and "Please find attached our final invoice" not in script


def test_an_ex_client_asking_us_to_check_their_backups_ran_gets_the_kind_no(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Firm but polite reply to the importers (Vandelay) — 3rd email this week asking us to 'just "
                              "check the backups ran'.")).reply.script
    assert "no longer able to provide support" in script and "asking about your data" not in script


def test_what_a_client_did_to_get_cut_is_the_reason_on_record(bot):
    text = bot.handle(staff("remind me what Globex actually did that got them cut?")).reply.text
    assert "The reason on record for ending our agreement" in text and "outside what I can answer" not in text


def test_a_provider_only_named_by_the_client_is_not_called_the_provider_on_record(bot):
    text = bot.handle(staff("Acme says they've picked 'DentaTech IT'. Write a handover kickoff email to DentaTech.")).reply.text
    assert "They name DentaTech IT as their new provider, which is not on the record yet" in text
    assert "The new provider on record is DentaTech IT" not in text


def test_an_unprompted_email_about_a_clients_passwords_names_them_in_its_first_sentence(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Castle Tech need Hooli's admin passwords. Write me an email I can send them with the list "
                              "in it.")).reply.script
    body = script.split("\n\n")[1]
    assert body.startswith("The admin passwords belong to Hooli Bakery") and not body.startswith("They")


def test_a_client_not_on_record_asked_whether_in_transition_or_done_is_said_to_be_unknown(bot):
    reply = bot.handle(staff("Wayne Freight - are they in transition or done? they keep emailing the help desk")).reply
    assert "I can't find Wayne Freight in the client records" in reply.text and not reply.script


def test_a_softer_story_in_place_of_the_payments_is_a_no_even_when_the_payments_are_named(bot):
    text = bot.handle(staff('Is it ok to tell Acme it\'s a "strategic realignment" instead of mentioning the payments? less '
                            'awkward')).reply.text
    assert "No: that isn't the reason" in text and "Yes, that is the reason on record" not in text


def test_how_long_a_clients_notice_was_and_whether_that_is_normal_is_the_look_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("How long was Hooli's notice period? Is that normal?")).reply.text
    assert "Notice was given on" in text and "the usual 30 to 60 days' notice" in text and "Ready to send" not in text


@pytest.mark.parametrize("text", ["Is it fine to email Acme their backup encryption key?",
                                  "Someone from Castle Tech emailed asking for all Acme admin passwords by reply. Ok to just "
                                  "send them?"])
def test_is_it_fine_to_email_a_client_their_key_opens_with_no(bot, text):
    text = bot.handle(staff(text)).reply.text
    assert "No: never in plain chat, email" in text and "Yes:" not in text


def test_you_owe_us_in_a_pasted_complaint_is_no_guess_at_the_payments(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("How should I answer this one? From Vandelay: 'You people were useless for three years and now "
                              "you've just vanished. Our Outlook won't open. Fix it, you owe us that much.'")).reply.script
    assert "not able to help with your email" in script and "The reason is" not in script


def test_a_team_heads_up_about_an_ex_client_sends_passwords_only_through_a_secure_channel(bot):
    text = bot.handle(staff("Post for the help desk channel: Globex has left us, how should techs handle their "
                            "calls?")).reply.text
    assert "always handed over" in text and "secure channel" in text


def test_an_announcement_to_our_all_staff_list_is_for_the_team_not_a_letter_to_the_client(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Announcement to our internal all-staff list that we're ending things with Hooli. Neutral, no "
                            "gossip.")).reply.text
    assert "For the team (not for the client)" in text and "Hello Hooli Bakery team" not in text


def test_are_you_still_fixing_stuff_passed_on_is_a_yes_with_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.find("Acme Dental")["end_date"]))
    script = bot.handle(staff("The Acme practice manager texted 'r u guys still fixing stuff this month or not?' - reply in "
                              "1-2 lines, whatsapp style")).reply.script
    assert script.startswith("Yes") and end in script and "we'll take care of this" not in script


@pytest.mark.parametrize("who,expected", [
    ("Acme", "To confirm: {acme} is your last day of support"),
    ("Globex", "To confirm: our support for you ended on {globex}"),
    ("Stark Plumbing", "To confirm: [last day of support] is your last day of support"),
])
def test_a_client_wanting_their_offboarding_date_gets_the_day_not_a_ticket_or_a_decline(bot, who, expected):
    days = {name.split()[0].lower(): long_date(date.fromisoformat(bot.clients.find(name)["end_date"]))
            for name in ("Acme Dental", "Globex Logistics")}
    script = bot.handle(staff(f"{who} want to know their offboarding date. Can you write them a quick email?")).reply.script
    assert expected.format(**days) in script and "not able to help" not in script and "logged it" not in script


def test_asking_if_we_are_still_doing_their_tickets_is_a_yes(bot):
    script = bot.handle(staff("acme's office mgr pinged in teams asking if we're still doing their tickets. 1-2 line "
                              "answer?")).reply.script
    assert "yes, of course: your support carries on" in script.lower() and "we'll take care of this" not in script


def test_when_did_our_notice_go_out_gives_the_notice_date(bot):
    text = bot.handle(staff("Akme dental's guy says he never got our notice. When did it go out?")).reply.text
    notice = long_date(date.fromisoformat(bot.clients.find("Acme Dental")["notice_date"]))
    assert f"Notice was given on {notice}" in text


def test_a_client_spelt_as_it_sounds_on_the_chopping_block_is_looked_up(bot):
    text = bot.handle(staff("is initek on the chopping block? heard rumours at lunch")).reply.text
    assert "Initech is an active client" in text


def test_a_voicemail_under_forty_seconds_keeps_the_handover_date(closed):
    script = closed.handle(staff("Voicemail script for Hooli reminding them we're closed over Christmas. Under 40 "
                                 "seconds.")).reply.script
    assert "which is also your last day of support with us" in script and "by Wednesday 23 December 2026" in script


def test_two_lines_to_the_new_provider_about_our_setup_still_say_we_cannot_advise(bot):
    script = bot.handle(staff("BrightPath emailed: 'Can you tell us how the Globex Exchange connector was set up? The "
                              "customer says you built it.' Reply pls, two lines.")).reply.script
    assert "so we can't advise on how things were set up" in script


def test_an_announcement_with_no_dirt_leaves_the_reason_out(bot):
    text = bot.handle(staff("Announce in #general that we're parting ways with Acme Dental. Professional, no "
                            "dirt.")).reply.text
    assert "For the team (not for the client)" in text and "reason on record" not in text.split("For the team")[1]


def test_a_client_owning_the_extra_projects_is_not_told_them_again(bot):
    script = bot.handle(staff("Globex CEO just wrote: 'We know we pushed too hard with the extra projects. We'd sign a "
                              "bigger retainer to come back.' Need a reply.")).reply.script
    assert "won't be taking the work back on" in script and "The reason is" not in script


def test_a_termination_letter_naming_the_payments_is_the_notice_with_the_reason_in_it(bot):
    script = bot.handle(staff("Formal termination confirmation letter for Acme Dental please. Letterhead style. Mention "
                              "the payment history plainly, don't dance around it.")).reply.script
    assert "As we set out in our notice of" in script and "The reason is late payment" in script


def test_a_nudge_offering_an_email_host_offers_it_once(bot):
    script = bot.handle(staff("The dentists still haven't picked anyone to take over. Write a nudge email, and offer to "
                              "suggest an email host if they don't decide.")).reply.script
    assert script.count("hosted email") == 1


def test_a_voicemail_offering_their_data_says_no_yes_to_a_question_and_hints_at_no_deletion(bot):
    script = bot.handle(staff("Can you write a ~30 second voicemail script for calling Acme's front desk? Want to offer "
                              "them a copy of their data on an external drive before they go.")).reply.script
    assert "external drive" in script and "Yes, of course" not in script and "deleted" not in script


def test_an_ex_client_asking_about_their_domain_is_owed_it(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay left without a new provider and they keep asking about their domain. Do we owe them "
                             "anything more?")).reply
    assert reply.text.count("Yes:") == 1 and "domain" in reply.script.lower() and "no longer able to provide support" not in reply.script


def test_an_email_listing_what_we_need_from_them_lists_our_asks_not_our_tracker(bot):
    reply = bot.handle(staff("Write an email to Acme in very plain English - their manager's English isn't great - listing "
                             "what we need from them for the handover.")).reply
    assert "here is what we need from you:" in reply.script and "2. One person on your team" in reply.script
    assert "0/11 done" not in reply.text and "[ ]" not in reply.text


def test_an_email_for_a_firm_not_on_record_modelled_on_a_client_is_a_template_not_that_client(bot):
    text = bot.handle(staff("Need a 'we're ending our contract' email for Stark Dental, same as we did for Acme. Their last "
                            "day is whatever's standard.")).reply.text
    assert "I can't find Stark Dental" in text and "Hello Stark Dental team" in text and "Acme Dental" not in text


def test_a_day_for_their_data_runs_to_their_last_day_not_the_providers_deadline(bot):
    end = long_date(date.fromisoformat(bot.clients.find("Acme Dental")["end_date"]))
    text = bot.handle(staff("Acme asked for a copy of all their data. Draft my reply.")).reply.text
    assert f"before {end}" in text and "no later than" not in text


def test_an_ex_client_asking_if_we_still_do_their_email_hears_no_in_simple_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's owner writes in pretty broken English and keeps asking if we 'still do the email "
                              "for them'. Short reply, very simple words please.")).reply.script
    assert "No, we don't look after your IT any more" in script and "best placed" not in script


def test_cover_over_the_closure_is_nothing_to_cover_for_a_client_ending_before_it(closed):
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")
    text = closed.handle(staff("Do we need to cover Acme over the Christmas shutdown?")).reply.text
    assert "before our office closes on Thursday 24 December 2026, so there is nothing of ours to cover" in text
    assert "Yes: until" not in text
    text = closed.handle(staff("our office is closed over christmas. do we still have to cover Hooli Bakery during "
                               "that?")).reply.text
    assert "nothing of ours to cover" not in text and "Monday 4 January 2027" in text


def test_who_has_ended_and_who_is_in_transition_lists_both(bot):
    text = bot.handle(staff("quick sanity check — who's ended and who's still in transition?")).reply.text
    assert "In transition (1):" in text and "Ended (1):" in text and "outside what I can answer" not in text


def test_a_channel_post_on_which_clients_are_leaving_is_the_roundup(bot):
    text = bot.handle(staff("Post for #general telling the team which clients are leaving and when. Bullet points "
                            "fine.")).reply.text
    assert "Heads-up on the clients we're parting with" in text and "- Acme Dental:" in text


def test_a_two_sentence_reply_to_a_return_on_old_terms_is_written(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's owner messaged me on LinkedIn asking to return on their previous terms. 2-sentence "
                             "reply?")).reply
    assert reply.script and "Ready to send (2 sentences):" in reply.text


def test_stranded_at_christmas_passed_on_is_answered_as_hurt_not_as_the_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Client at the bakery sent: \"You're leaving us stranded right at Christmas, how could "
                                "you.\" Draft my reply, warm but no backing down."))
    assert decision.intent == "angry_client" and "how you feel" in decision.reply.script


def test_restoring_a_deleted_folder_for_an_ex_client_is_work_declined_not_a_deletion(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay want us to restore a deleted folder from backup. Need a formal letter saying "
                            "no.")).reply.text
    assert "no longer able to provide support" in text and "Not yet" not in text and "remove our copy" not in text


def test_a_reply_to_what_the_new_provider_said_goes_to_the_provider(bot):
    script = bot.handle(staff("BrightPath say they never got Globex's domain registrar login. Their msg: \"Can you just "
                              "email it over?\" Reply for me.")).reply.script
    assert script.startswith("Hello BrightPath IT team") and "never plain email" in script


def test_a_reminder_about_the_cutover_gives_the_last_day_and_the_handover(bot):
    end = long_date(date.fromisoformat(bot.clients.find("Acme Dental")["end_date"]))
    script = bot.handle(staff("Need a reminder email to Acme Dental about their cutover. Under 150 words, friendly but "
                              "firm, signed Priya Shah.")).reply.script
    assert f"{end} is your last day of support" in script and "keep logging tickets" not in script


def test_our_access_already_removed_is_told_as_done(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    script = bot.handle(staff("Draft a note to help@brightpath.example confirming we've now pulled our RMM agent and "
                              "delegated admin from Globex's M365. Short.")).reply.script
    assert "we've now removed our remote-monitoring agents and our delegated admin access" in script \
        and "we're now removing" not in script


def test_a_password_reset_asked_by_text_is_work_declined_not_a_secret_sent_by_text(bot):
    reply = bot.handle(staff("Globex's ops guy texted me asking for a quick password reset. Write me an SMS back, under 300 "
                             "characters.")).reply
    assert "never in plain chat" not in reply.text and "no longer able to provide support" in reply.script
    assert "BrightPath IT" in reply.script and len(reply.script) <= 300


def test_our_standard_notice_period_is_not_stated_as_a_policy_we_have(bot):
    text = bot.handle(staff("whats our standard notice period?")).reply.text
    assert "no standard notice period of ours is on record; 30 to 60 days is usual" in text


def test_billing_an_ex_client_for_an_hour_on_the_phone_asks_the_owner_and_says_no_terms_are_on_record(bot):
    text = bot.handle(staff("Can we bill Globex for the hour I spent on the phone with BrightPath last week?")).reply.text
    assert "no terms for work after the last day are on record" in text and "\n\nNo: support ended" not in text


def test_a_two_sentence_message_to_a_colleague_keeps_to_two_and_has_no_announcement_advice(bot):
    reply = bot.handle(staff("two-sentence Teams msg to Tom letting him know BrightPath asked about Globex's VPN config and "
                             "I said no")).reply
    assert reply.script == "Hi Tom, BrightPath asked about Globex's VPN config and I said no. Thanks!"
    assert "Tell the team the facts once" not in reply.text


def test_rewrite_this_its_too_harsh_gives_a_rewrite_and_reads_the_day_it_names(bot):
    reply = bot.handle(staff("Rewrite this, it's too harsh: 'Your account has been a nightmare of late payments and we're "
                             "done. Last day 21st.' It's for Acme.")).reply
    assert reply.script.startswith("Hello Acme Dental team") and "it gives no end date" not in reply.text


def test_an_all_hands_post_about_the_closure_and_the_offboardings_gives_both(closed):
    text = closed.handle(staff("Draft an #all-hands Slack post about the Christmas closure that also flags the two "
                               "offboarding end dates around it. Short.")).reply.text
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in text
    assert "- Hooli Bakery: last day of support Monday 4 January 2027" in text


def test_a_client_that_has_paid_up_is_not_told_the_payments_were_the_reason_again(bot):
    script = bot.handle(staff("Acme just sent this: \"We have cleared every overdue invoice as of this morning and set up "
                              "auto-pay. Surely that changes things? We'd really like to stay with you.\" Draft my reply, "
                              "keep it kind but I don't want to leave any wiggle room.")).reply.script
    assert "Thank you for letting us know about the payment" in script and "The reason is" not in script


def test_a_team_post_kept_to_three_lines_has_three(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("can u write a slack post for #service-desk letting the techs know hooli bakery is leaving us "
                             "+ what the date is. keep it to like 3 lines")).reply
    assert len(reply.script.splitlines()) == 3 and "Their last day of support is" in reply.script


def test_which_clients_are_we_offboarding_for_all_staff_is_the_roundup(bot):
    text = bot.handle(staff("post for #all-staff: which clients are we offboarding and key dates. bullet points")).reply.text
    assert "Heads-up on the clients we're parting with" in text and "outside what I can answer" not in text


def test_a_team_post_so_nobody_picks_up_tickets_for_clients_we_are_leaving_is_the_roundup(bot):
    text = bot.handle(staff("Write a Teams post for the whole team so nobody picks up tickets for clients we're leaving. "
                            "Keep it factual.")).reply.text
    assert "Heads-up on the clients we're parting with" in text and "- Globex Logistics: support ended" in text


def test_a_team_message_on_which_clients_are_wrapping_up_and_who_owns_each_is_the_roundup(bot):
    text = bot.handle(staff("Write a Teams message for the whole team: which clients are wrapping up, when, and who "
                            "owns each. Short.")).reply.text
    assert "Heads-up on the clients we're parting with" in text and "- Acme Dental: last day of support" in text
    assert "questions to Priya" in text and "outside what I can answer" not in text


def test_two_sentences_on_how_they_get_their_files_keep_the_drive(bot):
    script = bot.handle(staff("two sentence teams msg to the dentist's office manager (acme) about how they'll get their "
                              "files before we finish")).reply.script
    assert "external drive" in script


def test_a_voicemail_to_set_up_getting_them_their_data_is_about_the_data(bot):
    reply = bot.handle(staff("Need a voicemail script (30 sec tops) for Acme Dental's office manager - we want to set up "
                             "getting them their data. Don't know her name so keep it generic.")).reply
    assert "external drive" in reply.script and "keep logging tickets" not in reply.script


def test_telling_one_client_we_dropped_another_is_declined_as_confidential(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Could I tell Acme we also dropped Vandelay for being difficult? Might make them feel less "
                            "singled out.")).reply.text
    assert "every client's affairs are confidential" in text and "\n\nYes" not in text


def test_a_paid_up_client_asking_to_stay_gets_the_no_not_an_invoice_reminder(bot):
    script = bot.handle(staff("acme pasted this in the ticket: \"We cleared every overdue invoice yesterday. Surely that "
                              "means we can keep working together?\" — give me a reply i can send today, friendly but "
                              "firm")).reply.script
    assert "so it stands" in script and "invoice is still open" not in script


def test_a_client_calling_us_names_gets_a_calm_reply_not_a_ticket_answer(bot):
    decision = bot.handle(staff("Acme's practice manager just emailed calling us 'crooks who drop patients at Christmas'. I "
                                "need a calm reply, 3 sentences MAX."))
    assert decision.intent == "angry_client" and "we'll take care of this" not in decision.reply.script


def test_a_sad_client_relayed_by_staff_is_reassured_not_calmed_down(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli's owner sent a long sad email about how the bakery will cope without us. Warm "
                              "reply, under 150 words.")).reply.script
    assert "you won't be left to cope on your own" in script and "frustrat" not in script


def test_a_confirmation_that_our_access_is_out_names_what_came_out_and_when(closed):
    closed.clients.edit("Globex Logistics", notice_date="2026-10-16", end_date="2026-11-17")
    script = closed.handle(staff("Confirm to Globex by email that we've removed our access. We pulled the RMM agents, "
                                 "our tech accounts and the delegated admin last Friday.")).reply.script
    assert ("on Friday 27 November 2026, including our remote-monitoring agents, our technician accounts and our delegated admin "
            "access") in script and "backup" not in script


def test_a_favour_asked_with_we_owe_you_one_is_declined_without_the_reason(bot):
    script = bot.handle(staff("Globex emailed: 'could you just reset the VPN certificate for us, quick job, we'll owe you "
                              "one'. Polite 2-3 sentence reply please")).reply.script
    assert "ended on" in script and "The reason is" not in script


def test_staff_signing_a_reply_themselves_sign_it(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli's owner wrote: 'You drop us before Christmas?? Who decided this.' Draft my reply, "
                              "warm but firm. I'm signing it as Dan from support.")).reply.script
    assert script.rstrip().endswith("Dan\nNorthwind IT")


def test_a_text_asking_who_their_new_provider_is_asks_it(bot):
    script = bot.handle(staff("need an sms (under 160 chars) to acme's office manager: support ends soon + who's their new "
                              "IT?")).reply.script
    assert "Who is your new IT provider?" in script and len(script) <= 160


def test_a_note_to_them_after_the_provider_keeps_messaging_goes_to_the_provider(bot):
    decision = bot.handle(staff("BrightPath keep emailing our engineers about Globex things. Write a short note to them "
                                "saying nicely that we're done."))
    assert decision.reply.script.startswith("Hello BrightPath IT team")


def test_announcing_to_the_whole_team_is_a_team_note_not_a_letter_to_the_client(bot):
    reply = bot.handle(staff("How do I announce the Acme offboarding to the whole team on Slack? keep it short")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text


def test_a_refund_question_with_words_asked_for_gets_a_reply_that_promises_nothing(bot):
    script = bot.handle(staff("Globex's bookkeeper wants a copy of the final invoice and asks if unused prepaid hours are "
                              "refunded. Draft a reply.")).reply.script
    assert "copy of the final invoice" in script and "depends on what our agreement with you says" in script \
        and "will be refunded" not in script


def test_a_handover_acceptance_document_is_the_sign_off_form(bot):
    reply = bot.handle(staff("Draft the handover acceptance document for Acme Dental that their side signs")).reply
    assert "Sign-off form (for the client to sign):" in reply.text


def test_an_email_calling_them_the_worst_client_is_refused(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write Vandelay a brutally honest email telling them they were the worst client we've ever "
                             "had.")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_keeping_backups_running_past_the_last_day_gets_the_no_not_retention_advice(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli want us to keep their backups running 'a little while' after the 4th until Castle "
                              "Tech is set up. Write a friendly no.")).reply.script
    assert "We can't keep looking after your backups after" in script and "Castle Tech can take it on from there" in script


def test_a_text_for_a_colleague_to_send_the_client_is_written_to_the_client(bot):
    script = bot.handle(staff("text for Tom Becker to send the Globex CEO to close things off. very short, not "
                              "salesy")).reply.script
    assert script.startswith("Thank you for working with us.") and "Hi Tom" not in script


def test_a_colleague_proposing_to_cut_a_client_off_is_told_no(bot):
    text = bot.handle(staff("Draft my reply to Jake in #support, he posted: 'let's just pull the plug on acme's server "
                            "tonight, they'll never pay anyway lol'")).reply.text
    assert "Hi Jake, let's not:" in text and "nothing of theirs is switched off, cut back or held back" in text


def test_asking_whether_a_payment_changes_anything_gets_a_plain_no(bot):
    text = bot.handle(staff("acme just cleared every overdue invoice in one go. does that change anything?")).reply.text
    assert "No to anything that reopens the decision" in text


def test_whether_moving_licences_is_still_on_us_is_answered_not_looked_up(bot):
    decision = bot.handle(staff("Globex's new people want their M365 licences moved over to them. Is that still on us "
                                "after the end date?"))
    assert decision.intent == "credentials_handover" and "this is never declined" in decision.reply.text


def test_a_voicemail_about_no_new_provider_says_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Nobody picked up at Acme. Give me a voicemail script, 30-40 seconds, about them still not "
                              "having a new IT provider.")).reply.script
    assert end in script


def test_a_post_listing_the_clients_we_are_offboarding_lists_them_from_the_record(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Draft a Slack post for #ops listing the clients we're offboarding and their last days. "
                            "bullets, no drama.")).reply.text
    assert "- Acme Dental: last day of support" in text and "- Hooli Bakery" in text and "[client]" not in text


def test_a_provider_named_in_a_plural_is_given_a_plain_possessive(bot):
    script = bot.handle(staff("Acme's office manager forwarded this: 'We've signed with DentaTech Solutions, they'll phone "
                              "you next week.' Write a reply welcoming that and saying what happens next.")).reply.script
    assert "DentaTech Solutions'" in script and "Solutions's" not in script


def test_a_domain_handed_to_the_provider_is_it_not_them(bot):
    script = bot.handle(staff("BrightPath says Globex's domain is still in our registrar account. Our problem, now that "
                              "they've ended?")).reply.script
    assert "confirms you should receive it, we'll share it" in script


def test_a_text_with_the_closure_and_the_last_day_still_asks_the_provider_to_call(closed):
    script = closed.handle(staff("text to the bakery's owner (Hooli) reminding them we're shut over christmas and when "
                                 "their last day is. has to fit in one SMS")).reply.script
    assert "Please ask Castle Tech to call us by Wed 23 Dec" in script and len(script) <= 160


def test_a_one_line_public_reply_wishes_them_well(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a one-line public reply in case Vandelay posts a bad review about us. Needs to be "
                              "LinkedIn-safe.")).reply.script
    assert "wish you all the best" in script or "every success" in script


def test_telling_an_ex_client_what_we_really_think_is_a_no(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("honestly I'm fuming after Vandelay's last email. can I tell them what I really think? "
                             "they're gone anyway")).reply
    assert reply.text.count("No: it's business, not personal") == 1 and not reply.script


def test_an_ex_client_asking_us_to_renew_their_licences_is_told_they_are_theirs_to_renew(bot):
    script = bot.handle(staff("Reply to Globex's CFO, who wrote 'quick favour - can you renew our antivirus licences one "
                              "more time? we'll pay you'. Two lines max.")).reply.script
    assert "we can't renew your licences for you" in script or "renewing your licences is no longer" in script


def test_an_active_client_hearing_rumours_gets_a_reassuring_note_when_one_is_asked(bot):
    script = bot.handle(staff("Initech's CTO wants a note saying we're NOT dropping them (rumours going around). Short, "
                              "reassuring email please.")).reply.script
    assert "your support carries on exactly as normal" in script and "Acme" not in script


def test_payment_terms_staff_give_as_n_day_terms_are_stated(bot):
    script = bot.handle(staff("Email to Acme Dental about the final invoice. Plain and firm, and mention our 10-day "
                              "payment terms.")).reply.script
    assert "due within 10 days" in script


@pytest.mark.parametrize("text", [
    "Acme just sent this: \"We're so sorry about the invoices. We'll pay everything by Friday if you'll keep us.\" Write my "
    "reply. Warm, but zero wiggle room.",
    "BrightPath asked for Globex's firewall config. Draft a polite no I can send to their help address.",
    "Reply to this for me, came in on the old Globex thread: \"printer queue stuck again, can someone remote in? - Dave\"",
])
def test_words_staff_will_send_themselves_are_signed_by_them(bot, text):
    message = replace(staff(text), sender_name="Sam Taylor")
    assert bot.handle(message).reply.script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_a_post_for_the_servicedesk_channel_is_for_the_techs(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("pls draft a post for the #servicedesk channel: hooli bakery is leaving us, techs need to know "
                            "what to do / not do till then")).reply.text
    assert "For the team (not for the client)" in text and "Hello Hooli Bakery team" not in text


def test_a_client_named_as_that_kind_of_company_is_found(bot):
    decision = bot.handle(staff("Tech wants to delete the backups for that logistics company we dropped, to free space on "
                                "our console. ok?"))
    assert decision.client == "Globex Logistics" and decision.reply.text.count("Not yet: the data is") == 1 \
        and not decision.reply.script


def test_a_text_with_staff_news_says_their_news(bot):
    script = bot.handle(staff("Text to the Acme office manager: tech coming Thursday to copy the server onto the drive "
                              "for them.")).reply.script
    assert script.startswith("Our technician is coming on Thursday to copy the server onto the drive for you.")


def test_a_message_to_a_colleague_passes_on_what_the_client_asked_as_news(bot):
    text = bot.handle(staff("3-line Teams message to Tom: Globex rang again asking for help. What do I tell him?")).reply.text
    # (three lines asked: a sentence a line)
    assert "Hi Tom, Globex rang again asking for help.\nWhat would you like me to tell them?" in text \
        and "help me with help" not in text


def test_telling_one_client_another_was_dropped_is_declined_whoever_is_named_first(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Would it help to tell Acme the bakery got dropped too, so they don't feel singled out?")).reply.text
    assert "every client's affairs are confidential" in text and "Hooli Bakery's own handover" not in text


def test_a_summary_of_where_two_clients_stand_for_a_colleague_is_written(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("quick slack msg to Priya summarising where Acme + Vandelay stand. bullets pls")).reply.text
    assert "- Acme Dental" in text and "- Vandelay Imports" in text


def test_a_linkedin_post_about_parting_with_a_few_clients_is_a_general_post(bot):
    reply = bot.handle(staff("Can you write a LinkedIn post saying we've parted ways with a few clients to focus on the "
                             "ones who are a good fit?")).reply
    assert "Ready to post (no client named or hinted at):" in reply.text and "[client]" not in reply.text


def test_a_formal_letter_for_the_file_is_a_letter(bot):
    script = bot.handle(staff("Formal letter for the file confirming termination with Acme Dental. Letterhead style, the "
                              "works.")).reply.script
    assert without_heading(script).startswith("Dear Acme Dental team") and "ends on" in script


def test_a_handover_note_for_the_clients_unnamed_new_provider_is_written_to_the_provider(bot):
    script = bot.handle(staff("Write a handover note I can give to Acme's new provider.")).reply.script
    assert "We understand you're taking over IT support for Acme Dental" in script


def test_a_linkedin_post_announcing_we_are_parting_ways_with_a_named_client_is_a_no(bot):
    reply = bot.handle(staff("Give me a LinkedIn post announcing we're parting ways with Acme Dental and why.")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_text_for_the_out_of_office_is_its_wording_not_an_sms(bot):
    reply = bot.handle(staff("text for the out-of-office on the offboarding mailbox over christmas pls")).reply
    assert "One paragraph to paste:" in reply.text and "text message" not in reply.text


def test_a_last_day_checked_with_right_is_looked_up(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    day = date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]).day
    text = bot.handle(staff(f"Globex ended on the {day}th right? their ops guy insists it was the 30th")).reply.text
    assert text.startswith("From the record") and f"support ended on {end}" in text


def test_a_footer_reminding_them_of_the_end_date_is_the_last_day_without_a_letter(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("need 2 sentences for the footer of every Acme ticket reply reminding them of the end date")).reply
    assert "One paragraph to paste:" in reply.text and end in reply.script and "external drive" not in reply.script


def test_the_provider_asking_for_passwords_in_a_spreadsheet_gets_the_secure_handover(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Castle Tech just emailed asking for 'all the Hooli passwords in a spreadsheet asap'. Help "
                              "me reply.")).reply.script
    assert script.startswith("Hello Castle Tech team") and "through a secure channel" in script \
        and "help desk" not in script


def test_a_text_reminding_them_we_need_the_providers_contact_asks_for_it(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("text msg to Hooli's owner reminding her we still need Castle Tech's contact details. "
                              "friendly + short")).reply.script
    assert "Castle Tech's contact details" in script and len(script) <= 160


@pytest.mark.parametrize("text", ["Tom wants a note to BrightPath IT summarising the Globex handover. Can you draft it?",
                                  "Tom wants a note to BrightPath listing everything we handed over for Globex. Can you "
                                  "write it?"])
def test_a_note_to_the_provider_summarising_the_handover_lists_it(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "the handover covers" in script and "not able to answer further questions" not in script


def test_a_letter_confirming_services_have_ended_confirms_it(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Draft a formal letter to Vandelay Imports confirming services have ended, for our file and "
                              "theirs. Sign as Priya Shah, Account Manager.")).reply.script
    assert "This letter confirms that our IT support agreement with Vandelay Imports ended on" in script \
        and "this request" not in script


def test_a_formal_letter_saying_future_requests_go_to_the_new_provider_says_so(bot):
    script = bot.handle(staff("Formal letter to Globex Logistics confirming our support ended and that future requests go "
                              "to their new provider. From Tom Becker.")).reply.script
    assert "From now on, please send any IT requests to BrightPath IT." in script


def test_confirming_the_last_day_and_that_the_decision_is_final_says_both(bot):
    script = bot.handle(staff("Need a short email to Acme Dental confirming their last day and that the decision is final. "
                              "Under 120 words, Priya signs it.")).reply.script
    assert "is your last day of support" in script and "The decision is final." in script


def test_a_pasted_message_signed_by_the_client_is_answered_to_the_client(bot):
    script = bot.handle(staff("reply to this, 3 sentences max:\n\"Hi, our new guys cant figure out the VPN config you set "
                              "up, can u send the settings or jump on a call for 10 mins? thx, Dave @ Globex\"")).reply.script
    assert script.startswith("Hello Globex Logistics team") and "BrightPath IT team" not in script


def test_a_team_message_about_colleagues_wanting_to_cut_a_client_off_says_no(bot):
    text = bot.handle(staff("Quick Teams msg to the techs pls — a couple of them want to cut Acme off early over the unpaid "
                            "invoices. Make it clear that's not happening.")).reply.text
    assert "let's not:" in text and "nothing of theirs is switched off, cut back or held back" in text


def test_a_final_invoice_email_that_must_mention_licences_mentions_them(bot):
    script = bot.handle(staff("Email Globex their final invoice + tell them the M365 licence renewals need to move onto their "
                              "own card. Tom signs.")).reply.script
    assert "final invoice" in script and "licences and their renewals also need to move onto your own payment method" in script


def test_a_relayed_password_reset_for_an_ex_client_is_the_kind_no(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("vandelays owner just whatsapped me \"any chance u could reset our email pw, new guy is on "
                                "holiday\". 2 line reply?"))
    assert decision.intent == "after_end_request" and "no longer able to provide support" in decision.reply.script


def test_is_one_client_or_another_on_the_list_is_looked_up(bot):
    text = bot.handle(staff("Is Initech or Pied Piper on the offboarding list?")).reply.text
    assert text.startswith("From the record") and "Initech is an active client" in text


def test_moving_a_last_day_to_the_first_of_the_month_is_the_more_time_no(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    after = (end.replace(day=1) + timedelta(days=32)).strftime("%b")   # the 1st after the last day
    text = bot.handle(staff(f"The guidance says the last day should be the 1st of next month. Should Acme's move to 1 "
                            f"{after}?")).reply.text
    assert "No: the last day of support stays as it is" in text and "falls while our office is closed" not in text


def test_keeping_on_fixing_an_ex_clients_printer_on_the_quiet_is_a_no_with_nothing_to_send(bot):
    reply = bot.handle(staff("Tom wants me to keep fixing Globex's printer on the quiet because he's mates with the owner. "
                             "Ok?")).reply
    assert "No: work on the side" in reply.text and not reply.script


def test_a_text_reminding_them_to_name_their_new_provider_asks_who(bot):
    script = bot.handle(staff("text msg to acme front desk (they prefer texts): reminder they still havent told us their new "
                              "IT co. 2 sentences max")).reply.script
    assert "Who is your new IT provider?" in script and "as we always would" not in script


def test_asking_to_come_back_later_at_the_old_rate_gets_the_no(bot):
    script = bot.handle(staff("Acme asked: \"If we go elsewhere and it doesn't work out, can we come back to you in spring at "
                              "our old rate?\" - how do I answer this nicely")).reply.script
    assert "we won't be taking the work back on, now or later" in script and "take care of this" not in script


def test_an_internal_reminder_for_techs_is_for_the_techs(bot):
    text = bot.handle(staff("Internal reminder for techs: do NOT touch Acme's server or backups before their last day, even "
                            "though they owe money. Teams post.")).reply.text
    assert "Hi all, a reminder:" in text and "Hi Acme Dental team" not in text


def test_a_final_invoice_cover_email_sends_it_rather_than_chasing_it(bot):
    script = bot.handle(staff("Final invoice cover email for Acme, friendly, and remind them of the Dec cutoff.")).reply.script
    assert "Please find attached our final invoice" in script and "still open" not in script


def test_the_new_provider_deadline_is_looked_up(bot):
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert f"should contact us by {deadline}" in bot.handle(staff("acme new provider deadline?")).reply.text


def test_an_active_client_asking_if_they_are_next_gets_words_to_say(bot):
    text = bot.handle(staff("Initech's CFO asked me over lunch if they're 'next' after Acme. what do I say?")).reply.text
    assert "Something like:" in text and "can't talk about other clients" in text


def test_a_provider_the_client_signed_with_is_not_taken_for_the_signer(bot):
    message = replace(staff("Acme says they've signed with 'NetWorks Pro'. Draft our intro email to NetWorks Pro."),
                      sender_name="Sam Taylor")
    script = bot.handle(message).reply.script
    assert script.startswith("Hello NetWorks Pro team") and "NetWorks Pro\nNorthwind IT" not in script


def test_a_goodbye_email_to_a_client_typed_with_a_slip_is_to_the_client(bot):
    script = bot.handle(staff("Tom wants a closing thanks-and-goodbye email to Globx with the final invoice attached. Keep "
                              "it short.")).reply.script
    assert script.startswith("Hello Globex Logistics team") and "we wish you every success" in script


def test_a_voicemail_for_the_colleague_who_names_themselves_is_in_their_voice(bot):
    script = bot.handle(staff("Priya here. Calling the Acme Dental practice manager tomorrow, I'll almost certainly get "
                              "voicemail. Give me a ~30 sec script nudging them about who is taking over from us.")
                        ).reply.script
    assert script.startswith("Hi, this is Priya")


def test_a_pasted_jab_about_the_timing_is_answered_as_hurt_not_thanked(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Hooli's owner just sent: 'You're dumping a small bakery right before Christmas. Classy. "
                                "Don't expect us to recommend you to anyone.' Reply pls, keep it human."))
    assert decision.intent == "angry_client" and "Thank you for working with us" not in decision.reply.script


def test_a_client_s_thanks_relayed_is_thanked_not_declined(bot):
    script = bot.handle(staff("Globex emailed to say thanks for the smooth handover. 2-line reply?")).reply.script
    assert "no longer able to provide support" not in script and "Thank you" in script


def test_an_email_to_the_client_asking_for_the_providers_contact_is_written(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Email Hooli: glad they went with Castle Tech, ask for Castle Tech's contact details and a "
                             "name on their side for the handover.")).reply
    assert reply.script.startswith("Hello Hooli Bakery team") and "Castle Tech's contact details" in reply.script


def test_a_provider_the_client_found_is_the_one_the_reply_welcomes(bot):
    script = bot.handle(staff("Reply to this from Acme, keep it short and kind: \"Hi, we found a company called MolarTech, "
                              "they'll be in touch. Is there anything they need from us?\"")).reply.script
    assert "MolarTech" in script and "Once you've chosen a new provider" not in script


def test_a_letter_confirming_the_date_support_ended_for_auditors_confirms_it(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Can you write a letter to the Vandalay people confirming the date their support ended? They "
                              "want it on letterhead for their auditors. Formal.")).reply.script
    assert "This letter confirms that our IT support agreement with Vandelay Imports ended on" in script


def test_write_them_after_naming_the_provider_writes_to_the_provider(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli's new IT company is Castle Tech. Write them an intro email listing what we'll hand "
                              "over. I don't have their address yet.")).reply.script
    assert script.startswith("Hello Castle Tech team") and "backup encryption keys" in script


def test_reminding_them_when_we_stop_supporting_them_is_no_proposal_to_do_less(bot):
    reply = bot.handle(staff("need a voicemail script (30 sec max) for calling the dentist's office — remind them when we "
                             "stop supporting them and that we still haven't heard who's taking over")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert reply.script.startswith("Hi, this is") and end in reply.script


def test_a_post_on_who_is_currently_in_offboarding_is_the_roundup(bot):
    text = bot.handle(staff("Slack post for #ops: who's currently in offboarding + end dates, bullet list, no drama")
                      ).reply.text
    assert "- Acme Dental" in text and "[client]" not in text


def test_a_two_line_reply_confirming_our_agent_comes_off_is_written(bot):
    script = bot.handle(staff("BrightPath asked us to pull our RMM agent off the Globex laptops. 2-line reply confirming, "
                              "sign 'Ops team'.")).reply.script
    assert script.startswith("Hello BrightPath IT team") and "Ops team" in script


def test_switching_their_server_off_so_they_get_the_message_is_a_no(bot):
    text = bot.handle(staff("Acme still owes us on a couple of invoices. Can we just switch their server off now so they "
                            "get the message?")).reply.text
    assert "\nNo: nothing of Acme Dental's is suspended or switched off" in text and "\nYes" not in text


def test_what_the_client_said_on_the_phone_is_not_the_text_we_send(bot):
    script = bot.handle(staff("Tom's off today and the Globx boss rang my mobile saying their email's down and it'd take "
                              "me 5 mins. Can I just do it as a favour? If not give me a text to send him")).reply.script
    ended = date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"])   # (in full, or short to fit: "Wed 18 Nov")
    assert "5 mins" not in script and re.search(rf"ended on \w+ {ended.day} {ended:%b}", script)


def test_three_sentences_for_an_ex_client_do_not_say_the_end_twice(bot):
    script = bot.handle(staff("Globex want to come back 'on the old terms'. Reply in three sentences for Tom to send."
                              )).reply.script
    assert script.count("Our support ended on") == 1 and script.count(". ") + script.count(".\n") >= 3


@pytest.mark.parametrize("text", ["How many days of leave have I got left this year?",
                                  "How many days' leave have I got left for 2026?",
                                  "is my leave for the week before christmas approved yet? put it in ages ago"])
def test_a_colleague_asking_about_their_own_leave_is_not_asked_which_client(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "unrelated_staff" and "Which client" not in decision.reply.text
    assert "From the record" not in decision.reply.text


def test_where_we_are_with_the_offboardings_is_the_roundup_within_its_word_limit(bot):
    post = bot.handle(staff("Post for #team, under 100 words: where we are with the offboardings.")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert "- Acme Dental" in post and "- Globex Logistics" in post and len(post.split()) < 100
    assert deadline in post


def test_by_when_the_new_providers_must_reach_us_is_listed_for_each_client_in_notice(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("By when do the new providers need to reach us for each client still in transition?")).reply.text
    for name in ("Acme Dental", "Hooli Bakery"):
        end = date.fromisoformat(bot.clients.get(name)["end_date"])
        assert f"{name}: last day of support {long_date(end)}; new provider to contact us by" in text


def test_the_last_day_and_when_their_provider_should_ping_us_are_both_answered(bot):
    text = bot.handle(staff("when's acme's last day again & by when should their new provider ping us?")).reply.text
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert long_date(end) in text and f"new provider should contact us by {long_date(end - timedelta(days=7))}" in text


def test_the_clients_own_owner_asking_is_no_question_about_our_account_owner(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's owner keeps asking me why we let them go. What's the honest answer? Give me two "
                            "sentences I can actually say.")).reply.text
    assert not text.startswith("Vandelay Imports' account owner is")


@pytest.mark.parametrize("text", ["did we ever get Globex their data?",
                                  "Did we ever actually hand Globex their backup data? Their new guys are asking.",
                                  "Has Globex had their data on the external drive yet?"])
def test_whether_an_ex_client_got_their_data_is_answered_from_the_checklist(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Not on record" in reply.text and "data-export open" in reply.text and not reply.script
    bot.handle(staff('offboard check "Globex Logistics" data-export done'))
    assert bot.handle(staff(text)).reply.text.startswith("From the record\n\nYes: the data-export item")


@pytest.mark.parametrize("text, key", [("has globex's data been handed to brightpath yet?", "data-export"),
                                       ("is the final invoice for globex paid yet?", "final-invoice"),
                                       ("has our RMM agent come off the globex machines yet?", "agents-removed")])
def test_whether_one_handover_step_is_done_yet_is_answered_from_the_checklist(bot, text, key):
    reply = bot.handle(staff(text)).reply
    assert f"still has {key} open" in reply.text and not reply.script
    bot.handle(staff(f'offboard check "Globex Logistics" {key} done'))
    assert bot.handle(staff(text)).reply.text.startswith(f"From the record\n\nYes: the {key} item")


def test_whether_data_went_to_an_ex_client_with_no_checklist_is_not_on_record(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("did we ever get Vandelay their data?")).reply.text
    assert "Not on record: Vandelay Imports has no handover checklist" in text and "offboard check" not in text


def test_how_we_scheduled_an_ex_clients_backups_asked_by_their_provider_is_the_kind_no(bot):
    decision = bot.handle(staff("BrightPath IT emailed asking how we had the Globex backup jobs scheduled and what retention "
                                "we used. Write the reply email to help@brightpath.example. Polite but we're not doing free "
                                "consultancy."))
    assert decision.intent == "provider_config_question" and "Keep our copies" not in decision.reply.text
    assert decision.reply.script.startswith("Hello BrightPath IT team") and "can't advise" in decision.reply.script


def test_a_reminder_of_the_last_day_and_what_we_need_says_the_day_once_and_that_support_runs_to_it(bot):
    script = bot.handle(staff("can you draft an email to Acme Dental reminding them their last day of support is coming up "
                              "and what we still need from them? under 150 words, sign it from Priya Shah")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert script.count(end) == 1 and "you're fully supported until then" in script
    assert "suggest a hosted email provider" in script and len(script.split()) <= 150


@pytest.mark.parametrize("limit", ["", ", under 120 words"])
def test_a_call_back_to_a_client_who_screamed_at_us_has_a_polite_way_to_end_it(bot, limit):
    reply = bot.handle(staff(f"the dentist at acme called screaming at our receptionist. i need to call him back. phone "
                             f"script{limit} pls")).reply
    assert reply.text.count("To say on the call:") == 1 and "If the shouting starts again:" in reply.script
    assert not limit or len(reply.script.split()) < 120


def test_a_call_script_for_a_calm_client_has_no_way_out_of_shouting(bot):
    script = bot.handle(staff("acme's manager is upset about the ending. i need to call her back. phone script pls")).reply.script
    assert "shouting" not in script


def test_an_email_urging_a_client_with_no_provider_to_sort_its_email_first_says_so(bot):
    script = bot.handle(staff("Acme still haven't picked anyone. Priya wants to email them suggesting they at least get "
                              "their email sorted with a provider before their last day. Can you write it? 120 words "
                              "tops.")).reply.script
    assert "set up a hosted email service in your own name" in script and len(script.split()) <= 120


def test_a_kind_no_under_100_words_offers_provider_names_where_the_words_leave_room(bot):
    script = bot.handle(staff("From Acme just now: \"We're so sorry about the invoices. We'll pay three months upfront and "
                              "add 20% to the monthly fee if you keep us on.\" Reply please, under 100 words, kind but it's "
                              "a no.")).reply.script
    assert "the decision stands" in script and "happy to suggest a few IT providers" in script
    assert len(script.split()) < 100


def test_a_client_asking_why_they_should_pay_the_final_invoice_is_told_it_stands_not_sent_it_again(bot):
    script = bot.handle(staff("Acme's office manager emailed: \"Give me one good reason why we should pay your final "
                              "invoice.\" Calm reply, 3 sentences max.")).reply.script
    assert "and it stands: it is due on our usual terms" in script and "attached" not in script


def test_a_text_answering_a_request_to_stay_longer_says_no_and_the_day_it_stays(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    reply = bot.handle(staff("Hooli texted: can we stay on till end of January, Castle Tech can't start until then. SMS "
                             "reply please.")).reply
    assert "as a text message" in reply.text and len(reply.script) <= 160
    assert "we can't extend: your last day of support stays" in reply.script and end.split()[1] in reply.script


def test_a_holding_email_for_a_colleague_to_sign_is_to_the_client_not_a_note_to_the_colleague(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("Globex's CEO rang, furious, says he'll sue us for 'abandonment'. Draft a holding email for Tom "
                             "to sign. No admissions.")).reply
    assert "Ready to send:" in reply.text and reply.script.startswith("Hello Globex Logistics team")
    assert "For the team" not in reply.text and reply.script.rstrip().endswith("Tom Becker\nNorthwind IT")


def test_a_client_message_written_to_the_one_asking_is_answered_in_their_name(bot):
    script = bot.handle(replace(staff("Acme's practice manager just posted this in their channel, how do I answer? \"Hi Sam, "
                                      "we're really sorry about the invoices. We've set up a direct debit now. Can we please "
                                      "just carry on as normal?\""), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("Sam Taylor\nNorthwind IT") and "Priya" not in script


def test_a_phone_script_in_bullets_is_talking_points_said_by_the_caller(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(replace(staff("Phone script for calling Vandelay back. They've left 3 voicemails demanding we fix "
                                     "their email. Bullets please."), sender_name="Sam Taylor")).reply
    assert "Talking points:" in reply.text and reply.script.startswith("- Hi, it's Sam from Northwind IT")
    assert "Kind regards" not in reply.script


def test_an_email_offering_the_data_drive_offers_it_and_asks_what_goes_on_it(bot):
    script = bot.handle(staff("Email to Acme offering their data on an external drive. Ask what they want on it and when "
                              "they can collect.")).reply.script
    assert "Thank you for asking" not in script and "We'd like to make sure you have all your data" in script
    assert "what you'd like on it" in script


def test_a_calm_reply_under_80_words_keeps_the_day_support_runs_to(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme just posted this in their channel: \"This is ridiculous. Six years with you and you dump "
                              "us over a few late invoices. I'll be leaving one-star reviews everywhere.\" Give me a calm "
                              "reply, under 80 words.")).reply.script
    assert end in script and len(script.split()) < 80


def test_a_plain_english_email_provider_suggestion_names_one_and_says_we_help_move_it(bot):
    script = bot.handle(staff("Acme still hasn't picked anyone. Draft the paragraph suggesting an email provider they could "
                              "move to — plain English, their practice manager isn't technical.")).reply.script
    assert "such as Microsoft 365 or Google Workspace" in script and "We will help you move it" in script
    assert "keep your email working" not in script


def test_a_closing_out_email_is_the_close_out_letter_with_who_looks_after_them_now(bot):
    reply = bot.handle(staff("Draft a closing-out email to Globex confirming we've wrapped everything up, signed Tom "
                             "Becker.")).reply
    assert "Ready to send:" in reply.text and "To close out our work properly" in reply.script
    assert "BrightPath IT looks after your IT from here" in reply.script and "Handover checklist" not in reply.script


def test_a_two_line_reply_for_linkedin_is_a_direct_message_not_a_letter(bot):
    reply = bot.handle(staff("Globex's ops guy messaged me on LinkedIn asking for \"just a quick look\" at their label "
                             "printer. Reply for LinkedIn, friendly, 2 lines.")).reply
    assert "Kind regards" not in reply.script and len(reply.script.splitlines()) == 2
    assert "BrightPath IT" in reply.script


def test_a_reply_to_a_one_star_google_review_is_a_public_reply_not_a_letter_to_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Draft a reply to Vandelay's 1 star google review that says we 'abandoned them'. Under 60 "
                              "words.")).reply.script
    assert not script.startswith("Hello") and "private" in script and "decision is final" not in script
    assert len(script.split()) < 60


def test_a_reminder_not_to_switch_anything_off_before_the_end_says_that_before_what_comes_off_after(bot):
    script = bot.handle(staff("Teams message to the techs: reminder not to switch anything off at Acme before they go, and "
                              "what we remove afterwards.")).reply.script
    assert script.startswith("Hi team, a reminder: nothing at Acme Dental is switched off or removed before their last day")
    assert "After that day, please remove our own access" in script


def test_confirming_a_handover_complete_that_the_tracker_does_not_show_warns_the_sender(bot):
    text = bot.handle(staff("Draft a note to BrightPath introducing ourselves and confirming the Globex handover is "
                            "complete.")).reply.text
    assert "Check before you send it: 0 of" in text and "ticked in the tracker for Globex Logistics" in text


def test_a_sign_off_form_listing_what_was_handed_over_is_the_form_for_the_client_not_a_checklist_to_the_provider(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("Tom asked me to write the sign-off form for the Globex handover. Short letter for their side "
                             "to sign, listing what was handed over. One page max.")).reply
    assert "Ready to send, with the sign-off form:" in reply.text and reply.script.startswith("Hello Globex Logistics team")
    assert "Handover sign-off: Globex Logistics" in reply.script and "0/11 done" not in reply.text


def test_an_email_declining_money_offered_on_a_call_says_the_decision_once(bot):
    script = bot.handle(staff("acme dental's office manager just called, really upset, says they'll pay everything upfront "
                              "from now on if we keep them on. what do i say back? want something i can email her "
                              "today")).reply.script
    assert script.count("decision") == 1 and "Thank you for the offer" in script


def test_a_formal_letter_to_someone_whose_name_staff_lack_leaves_a_blank_for_it(bot):
    script = bot.handle(staff("Priya wants a formal letter to Acme Dental's practice manager confirming the termination. I "
                              "don't know her name.")).reply.script
    assert "\nDear [name],\n" in script and "Dear Acme Dental team" not in script


def test_what_to_say_if_the_client_asks_why_is_the_reason_itself_not_a_stage_direction(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Write me what to say to the Hooli owner on the phone if she asks why we're ending it. All we "
                              "have on file is 'overload'. 2-3 sentences.")).reply.script
    assert "If they ask why" not in script and "The reason is" in script
    assert 2 <= len(sentences(script)) <= 3


def test_a_no_to_keep_hosting_their_email_says_it_moves_not_that_it_keeps_working(bot):
    script = bot.handle(staff("Acme asked if we'd keep hosting their email \"just till spring\". Two-line reply, answer is "
                              "no.")).reply.script
    assert "We can't keep hosting your email after" in script and "won't stop working" not in script


def test_asked_what_the_bot_helps_with_it_says_so_not_that_the_question_is_outside_it(bot):
    reply = bot.handle(staff("morning \U0001F44B what can you actually help me with?")).reply.text
    assert "I help the team part ways with clients well" in reply and "outside what I can answer" not in reply


def test_a_desk_note_to_stop_taking_an_ex_clients_tickets_says_so_first(bot):
    reply = bot.handle(staff("tom wants a quick teams msg to the helpdesk team: stop picking up globex tickets. 2 lines")).reply
    assert reply.script.startswith("Heads-up: please stop picking up Globex Logistics tickets.")
    assert "BrightPath IT looks after them now" in reply.script


def test_a_desk_note_about_a_client_in_notice_never_stops_their_tickets(bot):
    script = bot.handle(staff("quick teams msg to the helpdesk: stop picking up acme tickets")).reply.script
    assert "stop picking up" not in script


def test_a_clients_question_passed_on_as_pinged_me_is_the_question_answered(bot):
    script = bot.handle(staff('Acme pinged me: "when is our last day again?" what do I reply? 1-2 sentences')).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"{end} is your last day of support" in script and "Thanks for letting us know" not in script


@pytest.mark.parametrize("shape, kept", [("1-2 sentences", "Ready to send (2 sentences):"),
                                         ("3 sentences", "Ready to send (3 sentences):"),
                                         ("under 30 words", "at most):"),
                                         ("text message reply pls", "as a text message")])
def test_what_to_reply_to_an_active_client_asking_if_they_should_worry_is_a_reassurance_in_that_shape(bot, shape, kept):
    reply = bot.handle(staff(f'Initech pinged me: "saw a post about you guys winding down some clients - should we be '
                             f'worried?" what do I reply? {shape}')).reply
    assert reply.title == "Not being offboarded" and kept in reply.text
    assert "Nothing has changed between us" in reply.script
    assert len(reply.script.split()) <= 29 or "words" not in shape


def test_a_reassurance_for_an_active_client_who_heard_rumours_is_written(bot):
    script = bot.handle(staff("Initech's office manager heard we're 'letting clients go' and is a bit nervous. Write a quick "
                              "reassurance, 2-3 sentences.")).reply.script
    assert script.startswith("Hello Initech team") and "Nothing has changed between us" in script


def test_a_pasted_ask_to_keep_supporting_them_until_later_is_declined(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    script = bot.handle(staff("Hooli pasted this: 'Castle Tech can't start properly until mid-January. Can you keep "
                              "supporting us until the end of Jan? Happy to pay.' Draft a reply.")).reply.script
    assert f"We can't continue our support beyond {end}" in script


def test_a_voicemail_to_a_client_in_notice_gives_their_last_day(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    script = bot.handle(staff("Could you write me a voicemail script for Hooli Bakery? I'll be calling them this afternoon "
                              "and probably won't get through. About 30 seconds spoken.")).reply.script
    assert script.startswith("Hi, this is") and end in script


def test_a_colleague_reporting_we_changed_our_minds_is_checked_before_anything_is_written(bot):
    reply = bot.handle(staff("Actually we've decided to give Acme another chance since they paid. Write the email saying "
                             "we're continuing.")).reply
    owner = bot.clients.get("Acme Dental")["account_owner"] or "whoever made the decision"
    assert not reply.script and f"Check the reversal with {owner}" in reply.text and "offboard cancel" in reply.text


def test_keeping_their_backups_hosted_after_the_last_day_for_a_fee_is_declined(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("Give me a reply for Acme's channel. They asked if we can keep hosting their backups after their "
                             "last day, for a fee.")).reply
    assert f"We can't continue our support beyond {end}" in reply.script and "Keep our copies" not in reply.text


def test_an_ex_clients_admin_login_reset_is_declined_not_handed_over(bot):
    script = bot.handle(staff("Reply to Globex from Tom — they want their old M365 admin login reset. We're not their "
                              "provider anymore.")).reply.script
    assert "not able to help with this request" in script and "we'll hand it over to you or BrightPath" not in script


def test_a_client_bringing_its_own_end_date_forward_is_theirs_to_choose(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("The bakery's owner wants to bring their end date forward to Friday 18 December 2026. Is that "
                            "ok?")).reply.text
    assert "Yes, if that's what Hooli Bakery wants" in text and "\nNo:" not in text


def test_whats_my_reply_asks_for_the_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed asking if they can come back on their old terms 'next year once things "
                              "settle'. What's my reply? Keep it brief.")).reply.script
    assert "won't be taking the work back on" in script


def test_a_provider_called_slow_is_no_proposal_to_slow_down_and_two_sentences_are_written(bot):
    script = bot.handle(staff("Globex ops person messaged me asking if they can come back because BrightPath is slow. Give me "
                              "two sentences.")).reply.script
    assert "won't be taking the work back on" in script


def test_the_clients_own_owner_is_no_account_owner_look_up(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Hooli's owner is more comfortable in Polish. Can you do a short end-date reminder in Polish and "
                            "English?")).reply.text
    assert "No account owner is on record" not in text and "translate" in text


def test_clearing_an_ex_clients_backups_off_our_storage_is_not_yet(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Is it ok to clear Vandelay's backups off our storage now? It's been a month.")).reply.text
    assert "Not yet: the data is Vandelay Imports'" in text and "\nYes" not in text


def test_a_pinned_post_on_the_clients_that_are_leaving_is_the_roundup(bot):
    post = bot.handle(staff("Write a pinned message for #techs so everyone knows where we are with the clients that are "
                            "leaving. Bullets, no essay.")).reply.script
    assert "- Acme Dental" in post and "- Globex Logistics" in post and "[client]" not in post


def test_a_note_to_the_owner_on_what_to_check_lists_what_is_still_open(bot):
    text = bot.handle(staff("Write a Teams msg to Tom asking him to confirm our access to Globex is fully removed now they're "
                            "gone. Bullet the things he should check.")).reply.text
    assert "Not ticked in the tracker" in text and "Delegated admin access to the client's tenant removed" in text


def test_a_formal_letter_confirming_we_stopped_supporting_them_is_written(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a formal letter to Vandelay Imports from Priya confirming we've stopped supporting them "
                              "and won't be taking further support requests.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert without_heading(script).startswith("Dear Vandelay Imports team") and f"ended on {end}" in script


def test_a_script_for_someone_phoning_this_afternoon_is_spoken(bot):
    reply = bot.handle(staff("Priya's phoning Acme Dental this afternoon to explain the reason properly. Can you give her a "
                             "short script? Honest, not brutal.")).reply
    assert "To say on the call:" in reply.text and not reply.script.startswith("Hello")


def test_a_message_to_the_colleague_who_proposed_it_goes_to_them(bot):
    script = bot.handle(staff("Dev wants to kill the Acme backup jobs next week to free up space on the NAS. Can you write "
                              "him a message explaining why not?")).reply.script
    assert script.startswith("Hi Dev,") and "Hello Acme Dental" not in script


def test_then_what_if_no_new_provider_by_the_deadline_is_coaching(bot):
    decision = bot.handle(staff("If the dentists still have no new IT by the deadline, then what?"))
    assert decision.intent == "no_new_provider" and "external drive" in decision.reply.text


@pytest.mark.parametrize("text", ["How much does Acme Dental still owe us?", "How much are Acme into us for at the moment?"])
def test_what_a_client_owes_is_not_on_record(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "No amounts are on record for Acme Dental" in reply.text


def test_a_two_line_hands_off_note_for_the_techs_says_hands_off(bot):
    script = bot.handle(staff("Teams message to the techs: nobody touches acme's server until handover. 2 lines max")
                        ).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert len(script.splitlines()) <= 2 and "nothing of theirs is switched off" in script and end in script


def test_a_short_voicemail_about_a_provider_who_hasnt_called_gives_the_call_by_day_within_the_time(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("voicemail for hooli — castle tech still hasn't called us. 20 seconds")).reply
    end = date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"])
    assert ("get in touch by" in reply.script or "Castle Tech should call us by" in reply.script) \
        and int(reply.text.split("(about ")[1].split(" ")[0]) <= 20
    assert long_date(end) in reply.text   # (the coaching still gives the last day)


def test_steps_for_moving_their_domain_are_written_as_steps(bot):
    script = bot.handle(staff("acme want their domain moved to them. draft the steps email")).reply.script
    assert "transfer code" in script and "DNS records" in script and "accounts and licences" not in script


def test_a_cover_email_for_returning_their_data_goes_with_the_data(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("draft the cover email for when we return Vandelay's data — Priya's sending it, we don't know "
                              "who there receives it.")).reply.script
    assert "Please find your data enclosed" in script and "we'll first check what we still hold" not in script


@pytest.mark.parametrize("text", ["Internal Teams post to the helpdesk team: what's ending, with whom, and when. Bullets pls, "
                                  "and nothing about the reasons.",
                                  "Summary table pls: each leaving client, last day, deadline for the new provider to contact "
                                  "us, who owns the account.",
                                  "Teams msg for the engineers: who's ending when, so nobody gets caught out. Bullet points."])
def test_a_post_on_every_client_leaving_is_the_roundup_without_reasons(bot, text):
    post = bot.handle(staff(text)).reply.script
    assert "- Acme Dental" in post and "- Globex Logistics" in post and "[client]" not in post and "reason" not in post


def test_a_reply_that_mustnt_make_the_asker_sound_like_a_jerk_is_signed_by_them(bot):
    script = bot.handle(replace(staff('Globex\'s person asked in their channel if we can "just reset one user\'s MFA, 2 min '
                                      "job\". Write me a reply that doesn't make me sound like a jerk"),
                                sender_name="Sam Taylor")).reply.script
    assert "Sam Taylor" in script and "Tom Becker" not in script


def test_an_email_from_me_cc_the_owner_is_signed_by_me(bot):
    script = bot.handle(replace(staff("Email to Acme asking for the name of whoever will sign off the handover on their "
                                      "side. Short, from me, cc Priya."), sender_name="Sam Taylor")).reply.script
    assert "Sam Taylor\nNorthwind IT" in script


def test_keeping_their_backups_just_in_case_is_answered_for_their_channel(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff(f'Acme asked whether we\'ll keep their backups after {end} "just in case". Answer for '
                              "their channel, 2 sentences.")).reply.script
    assert f"We won't be keeping your backups after {end}" in script and "external drive" in script


def test_a_refund_demand_gets_a_short_reply_that_promises_nothing(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's CEO emailed saying the last two years were a disaster and he wants a refund. Reply "
                              "pls, very short. Priya signs.")).reply.script
    assert "Whether anything is refunded or credited depends on" in script and "final invoice" not in script


def test_a_note_to_colleagues_about_an_ex_client_is_a_team_note(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Note to colleagues: stop answering Vandelay support requests, and what to say instead. "
                              "4 bullets.")).reply.script
    assert script.startswith("- Heads-up: our support for Vandelay Imports ended") and "decline kindly" in script


def test_a_paragraph_for_the_account_review_is_for_us(bot):
    script = bot.handle(staff("one-paragraph version of why we ended with Globex, for the account review doc")).reply.script
    assert "Hello Globex" not in script and "Why we ended it: " in script


def test_wording_the_reason_as_a_restructuring_instead_is_a_no(bot):
    text = bot.handle(staff("Writing to Acme about why we're ending it. I don't want to mention the late payments, feels "
                            "awkward. Can you word it as 'we're restructuring our client base' instead?")).reply.text
    assert "No: give the real reason" in text and "Yes, that is the reason on record" not in text


def test_keep_looking_after_us_until_later_is_declined_not_logged_as_a_ticket(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    script = bot.handle(staff('Hooli wrote: "Could you keep looking after us until the end of January? Castle Tech can\'t '
                              'start till February." Draft a reply.')).reply.script
    assert f"We can't continue our support beyond {end}" in script and "help desk" not in script


def test_which_clients_are_in_offboarding_for_the_team_is_the_roundup(bot):
    post = bot.handle(staff("Post for #team (internal only): which clients are in offboarding right now, their last days, "
                            "and a reminder not to switch anything off early. Bullet points.")).reply.script
    assert "- Acme Dental" in post and "- Globex Logistics" in post and "[client]" not in post


def test_a_reply_for_the_review_site_is_written_not_only_promised(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay left a public review calling us 'useless cowboys'. I need a reply for the review "
                             "site, 50 words max, no defensiveness.")).reply
    assert "the one below" in reply.text and reply.script and len(reply.script.split()) <= 50


def test_an_email_to_go_out_the_morning_after_the_last_day_says_support_has_ended(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Write the 'support has now ended' email for Acme to go out the morning after their last "
                              "day. Priya signs.")).reply.script
    assert f"Our support ended on {acme_end}" in script and "ends on" not in script and "we won't be able" not in script


def test_a_voicemail_left_on_behalf_of_the_owner_says_for_whom(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Vandelay Imports")["account_owner"]
    script = bot.handle(replace(staff(f"Vandelay has left 3 voicemails about a broken printer. Give me a voicemail script "
                                      f"to leave back, under 30 seconds spoken, on behalf of {owner.split()[0]}."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith(f"Hi, this is Sam from Northwind IT, returning your call on behalf of {owner}.")


def test_a_team_message_with_the_checklist_carries_it_plainly(bot):
    reply = bot.handle(staff("Put together a Teams message for the help desk team: Acme Dental offboarding checklist for "
                             "the next three weeks.")).reply
    note = reply.text.split("For the team (not for the client):", 1)[1]
    assert "Acme Dental: handover checklist" in note and "offboard check" not in reply.text and "[ ]" not in reply.text


def test_a_quick_fix_on_a_mailbox_for_an_ex_client_is_declined_not_a_data_handover(bot):
    reply = bot.handle(staff("Tom here. Globex just rang again wanting a 'quick fix' on their shared mailbox. Third time. "
                             "How do I handle it without being rude?")).reply
    assert "we're not able to help with this request" in reply.script and "Your data is yours" not in reply.script


def test_a_plain_english_end_of_service_notice_is_in_plain_words(closed):
    script = closed.handle(staff("Can you make a plain-English version of the Hooli end-of-service notice for their shop "
                                 "staff? Some don't read English well. Under 100 words.")).reply.script
    assert "We are ending our IT support for you." in script and "As we set out in our notice" not in script


def test_a_reply_to_a_timing_jab_from_a_client_with_no_provider_keeps_the_safe_landing(bot):
    script = bot.handle(staff("Client pasted this in the Acme channel, pls draft a reply: \"So you're abandoning a dental "
                              "practice right before Christmas. Nice. Every review site is going to hear about this.\"")).reply.script
    assert "data on an external drive" in script and "The decision stands" in script


def test_a_formal_letter_not_asked_about_the_invoice_states_no_final_invoice_as_fact(closed):
    script = closed.handle(staff("Draft a formal letter to Hooli Bakery confirming the termination date and handover "
                                 "steps.")).reply.script
    assert "Our final invoice will follow" not in script and "Any final invoice will follow separately" in script


def test_a_guess_in_a_pasted_personal_email_that_we_put_them_behind_others_is_corrected(bot):
    script = bot.handle(staff("Acme's office manager emailed me personally: \"I guess you dropped us the minute things "
                              "got busy, we were never a priority.\" Help me reply.")).reply.script
    assert "it isn't about being less of a priority to us" in script and "The reason is late payment" in script


def test_a_call_to_ask_if_they_have_found_a_provider_opens_with_the_question(bot):
    reply = bot.handle(replace(staff("Phone script for me to call Acme and ask if they've found a new provider yet. "
                                     "Friendly, under 150 words."), sender_name="Sam Taylor")).reply
    assert "Hi, this is Sam from Northwind IT. I'm calling to ask if you've found a new provider yet." in reply.script


def test_a_key_the_new_provider_emailed_asking_for_is_not_read_as_sending_it_by_email(bot):
    text = bot.handle(staff("BrightPath emailed asking for Globex's backup encryption key. Do we send it?")).reply.text
    assert "No: never in plain chat" not in text and "Once Globex Logistics confirms you should receive it" in text


def test_a_voicemail_for_the_new_provider_is_left_for_them_not_for_the_client(bot):
    script = bot.handle(replace(staff("BrightPath keep phoning the help desk about how Globex's VPN was set up. Give me a "
                                      "voicemail script to leave them, 30 secs max, from Tom"), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Tom from Northwind IT, returning your calls about Globex Logistics.")
    assert "BrightPath IT can help from here" not in script and "Anything of yours" not in script


def test_a_text_declining_an_ex_client_is_never_curt(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("vandelay's boss keeps texting our on-call mobile for help. SMS reply please, must fit in one "
                             "text (160 chars)")).reply
    assert len(reply.script) <= 160 and re.search(r"\b(?:thank|wish you well|all the best)", reply.script, re.I)


def test_a_text_told_the_situation_in_the_third_person_does_not_echo_it(bot):
    script = bot.handle(staff("SMS to Acme's main number: they still haven't picked a new provider. Under 160 "
                              "characters.")).reply.script
    assert "still haven't picked" not in script and len(script) <= 160


def test_a_one_liner_for_a_clients_channel_is_a_chat_post_with_the_day_on_record(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("write a one-liner for acme's slack channel saying we're still supporting them til the end, "
                             "they seem worried")).reply
    assert "Ready to post as a chat message:" in reply.text and acme_end in reply.script
    assert "Kind regards" not in reply.script and "seem worried" not in reply.script


def test_booking_a_day_off_inside_the_closure_is_told_it_falls_in_it(closed):
    text = closed.handle(staff("Can I book Monday 28 December off, or is that closure anyway?")).reply.text
    assert "Monday 28 December 2026 falls in the closure" in text


def test_a_support_has_ended_email_for_the_last_day_itself_is_the_last_day_note(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("Write the final 'support has now ended' email for Acme to go out on their last day. 100 words "
                             "max, signed by Priya")).reply
    assert f"Today, {acme_end}, is your last day of support" in reply.script and f"ended on {acme_end}" not in reply.text


def test_words_for_the_day_after_the_last_day_keep_the_record_true_today(bot):
    text = bot.handle(staff("Write the 'support has now ended' email for Acme to go out the morning after their last day. "
                            "Priya signs.")).reply.text
    assert "in transition, last day of support" in text and "(the words below are for after it)" in text
    assert "Finish so it's done: support ends on" in text


def test_a_call_to_check_the_client_has_spoken_to_their_new_provider_asks_it_kindly(closed):
    text = closed.handle(replace(staff("Got to call Hooli this afternoon to check they've actually spoken to Castle Tech. "
                                       "Bullet-point call script please"), sender_name="Sam Taylor")).reply.text
    assert "I'm calling to check whether you've spoken to Castle Tech." in text and "Our decision stands" not in text


def test_how_much_the_final_invoice_will_be_gives_no_figure_and_promises_it_in_writing(bot):
    script = bot.handle(staff("Acme Dental want to know how much their final invoice will be. What do I say?")).reply.script
    assert "Your final invoice will cover support up to and including your last day" in script
    assert "confirm the exact amount to you in writing" in script and "technician accounts" not in script


def test_a_relayed_guess_about_complaints_of_slow_responses_is_no_proposal_to_slow_down(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli bakery's owner asked if this is because they complained about slow response times. "
                             "Draft a reply, honest but kind, 100 words max")).reply
    assert "it isn't about complaints about our service" in reply.script and "spite" not in reply.text


def test_a_goodbye_and_thank_you_for_the_last_day_opens_with_the_thanks(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Can you write a goodbye and thank-you message for Hooli's channel to post on their last "
                              "day? short and warm")).reply.script
    assert "Thank you for working with us, and we wish you every success with Castle Tech." in script
    assert "final invoice" not in script


def test_a_helpdesk_post_on_clients_winding_down_versus_gone_lists_both(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Write a Teams post for the helpdesk channel: which clients are winding down vs already gone, "
                            "and what to do if they call. Bullets, 8 lines max.")).reply.text
    assert "- Acme Dental: last day of support" in text and "- Globex Logistics: support ended on" in text
    assert "[client]" not in text


def test_a_voicemail_written_for_a_colleague_is_in_her_voice_and_offers_providers_once(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Vandelay Imports")["account_owner"].split()[0]
    script = bot.handle(replace(staff(f"Vandelay rang {owner} yesterday wanting to sign back up on the same price as before. "
                                      "Write her a voicemail script to call them back, 30 seconds max."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith(f"Hi, this is {owner} from Northwind IT") and "Another IT provider can help" not in script


def test_an_email_confirming_the_last_day_to_a_client_with_no_provider_holds_the_decision_and_the_safe_landing(bot):
    script = bot.handle(staff("Need an email to Acme Dental confirming when our support ends and asking that their next IT "
                              "provider gets in touch with us a week before. Under 150 words please, Priya will sign it")).reply.script
    assert "The decision is final." in script and "data on an external drive" in script


def test_a_voicemail_nudging_a_client_with_no_provider_carries_the_call_by_day_and_the_data_drive(bot):
    script = bot.handle(staff("I need a voicemail script for Acme Dental, under 30 seconds spoken. They still haven't picked "
                              "a new IT company and I want to nudge them.")).reply.script
    assert "please ask them to get in touch with us by" in script and "external drive" in script


def test_a_reply_the_owner_will_send_is_signed_by_her(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Vandelay Imports")["account_owner"]
    script = bot.handle(replace(staff("Vandelay wrote in asking if they can come back on their old terms. Can you draft a "
                                      f"reply? Keep it short and kind. {owner[:3]} will sign."),
                                sender_name="Sam Taylor")).reply.script
    assert script.endswith(f"Kind regards,\n{owner}\nNorthwind IT")


def test_a_short_team_post_never_lists_ended_clients_as_still_supported(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    post = bot.handle(staff("Write a short internal Slack post for #team: who's leaving us and when, and a reminder nobody "
                            "touches their access early. Under 100 words.")).reply.script
    supported, _, ended = post.partition("Support ended")
    assert "Globex Logistics" in ended and "Globex Logistics" not in supported and len(post.split()) <= 100


def test_a_post_on_where_we_are_with_clients_we_are_parting_with_is_the_roundup(bot):
    post = bot.handle(staff("Write a Slack post for #team summing up where we are with clients we're parting with. Max 5 "
                            "bullets, neutral tone.")).reply.script
    assert "- Acme Dental" in post and "- Globex Logistics" in post and "[client]" not in post


def test_asked_for_the_final_invoice_amount_says_no_amount_is_on_record(bot):
    reply = bot.handle(staff("The Acme office manager wants the final invoice amount. What is it?")).reply
    assert [line for line in reply.text.split("\n") if line][1].startswith("No invoice amount is on record here")
    assert not re.search(r"[£$€]\s?\d", reply.text)


def test_a_formal_letter_leaves_no_address_placeholder(bot):
    script = bot.handle(staff("Please write a formal letter to Acme Dental confirming termination: last day as on record, "
                              "reason late payment. Signed Priya Shah.")).reply.script
    assert "[address]" not in script and "Re: Your IT support agreement" in script


def test_one_sentence_that_it_is_final_carries_the_last_day_and_no_apology_for_the_notice(bot):
    script = bot.handle(staff("The Acme people keep asking 'is this really happening'. Give me one sentence that makes it "
                              "clear it's final.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert end in script and "the decision is final" in script and "sorry" not in script.lower()


def test_an_email_to_the_new_provider_for_a_colleague_goes_to_the_provider_signed_by_the_colleague_with_the_day(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    reply = bot.handle(staff("Email to BrightPath for Tom: we're removing our remaining RMM agent and admin accounts from "
                             "the Globex tenant by Friday. 100 words max")).reply
    friday = calendar.today() + timedelta(days=(4 - calendar.today().weekday()) % 7)
    assert reply.script.startswith("Hello BrightPath IT team") and reply.script.rstrip().endswith("Tom Becker\nNorthwind IT")
    assert f"by {long_date(friday)}" in reply.script and "Hi Tom" not in reply.script


@pytest.mark.parametrize("text", ["Tom wants to just switch off Globex's old backup server today since they're gone. fine yeah?",
                                  "can we turn off the Globex backup server now? it's still costing us"])
def test_switching_off_an_ex_clients_backup_server_waits_for_their_data_and_keys_confirmed(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Not yet: it holds Globex Logistics' data" in reply.text and "backup keys" in reply.text
    assert not reply.script and "licences, subscriptions and renewals to their own account" not in reply.text


def test_a_one_liner_for_the_clients_channel_says_it_is_being_archived_and_where_to_go_now(bot):
    reply = bot.handle(staff("one-liner for the Globex channel saying we're archiving it pls")).reply
    assert "we'll be archiving this channel" in reply.script and "BrightPath IT" in reply.script
    assert "handover checklist" not in reply.text and "Kind regards" not in reply.script


def test_a_post_that_the_channel_closes_after_the_last_day_keeps_it_open_until_then(bot):
    script = bot.handle(staff("post for the Acme channel letting them know we'll close it after their last day")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"As our support ends on {end}, we'll archive this channel after that day" in script


def test_more_time_asked_until_a_named_day_is_declined_naming_that_day(bot):
    add_hooli(bot.clients)
    asked = long_date(calendar.day(37))
    script = bot.handle(staff(f"Hooli asked if we can push their end date to {asked} because of the holidays. Can we?")).reply.script
    assert f"so we can't move it to {asked}" in script and "a few more weeks" not in script


def test_an_accusation_proposed_as_the_reason_is_a_no_with_the_reason_on_record(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Can I put 'you were never happy with anything we did' as the reason for Vandelay? it's "
                             "literally true")).reply
    assert [line for line in reply.text.split("\n") if line][1].startswith("No: the reason you give is the one on record")
    assert "Yes, that is the reason on record" not in reply.text


def test_when_the_new_provider_needs_to_have_contacted_us_is_the_handover_day(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Sam here - when exactly do Castle Tech need to have contacted us? Hooli's last day is "
                             f"{long_date(calendar.day(30))}")).reply
    assert "new provider should contact us by" in reply.text


def test_an_apology_for_a_slow_ticket_names_it_and_keeps_the_reason_we_gave_out(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("pls write a short apology to Hooli for the slow reply on their printer ticket last week (that's "
                              "literally why we're dropping them, we're swamped lol)")).reply.script
    assert "your recent printer request took us longer" in script and "The reason is" not in script


def test_a_note_to_the_sysadmins_on_what_to_remove_is_for_our_team_not_the_client(bot):
    reply = bot.handle(staff("Short note to the sysadmins: what to remove for Globex now they're gone, and in what order.")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Globex Logistics team" not in reply.script
    assert "remove our own access" in reply.script


def test_whether_the_notice_we_gave_was_normal_is_answered_from_the_record_beside_the_norm(bot):
    reply = bot.handle(staff("was the notice we gave acme normal or were we stingy?")).reply
    assert "Notice was given on" in reply.text and "the usual 30 to 60 days' notice" in reply.text and not reply.script


def test_whether_an_ex_client_ever_got_their_data_is_answered_from_the_checklist(bot):
    reply = bot.handle(staff("Did Globex Logistics ever actually get their data handed over? BrightPath say files are "
                             "missing.")).reply
    assert reply.text.split("\n")[2].startswith("Not on record") and "data-export" in reply.text and not reply.script


def test_a_colleagues_nerves_do_not_turn_a_call_about_the_new_provider_into_a_farewell(bot):
    reply = bot.handle(staff("Write a phone script for me to call Acme Dental about their new provider details. Friendly "
                             "please, I'm a bit nervous about this one.")).reply
    assert reply.script and "get in touch by" in reply.script and "no hard feelings" not in reply.script


def test_access_removal_promised_this_friday_is_dated_and_names_no_system_not_on_record(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("Draft an email to BrightPath for Globex closing things off: we're pulling our remote agents and "
                              "admin accounts this Friday. Under 120 words, from Tom.")).reply.script
    friday = calendar.today() + timedelta(days=(4 - calendar.today().weekday()) % 7)
    assert f"by {long_date(friday)}" in script and "Microsoft 365" not in script and "firewall" not in script


def test_a_voicemail_declining_a_users_password_reset_says_who_can_do_it_now(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Voicemail script for Vandelay Imports please - they've left three messages asking us to reset a "
                              "user's password. 30 seconds max.")).reply.script
    assert "Whoever holds your admin account can reset a user's password" in script


def test_a_letter_signed_by_our_md_leaves_the_md_to_sign_not_the_colleague_asking(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Need a formal letter to Hooli Bakery confirming the contract end. One page, signed by our "
                              "MD.")).reply.script
    assert "[Managing Director's name]\nManaging Director" in script


@pytest.mark.parametrize("client,signer", [("Acme Dental", "Priya"), ("Hooli Bakery", "[account owner's name]")])
def test_a_letter_signed_by_whoever_owns_the_account_is_signed_by_the_owner_on_record_or_left_blank(bot, client, signer):
    add_hooli(bot.clients)
    script = bot.handle(staff(f"Write the formal letter confirming our notice to {client}. Signed by whoever owns the "
                              "account.")).reply.script
    assert f"Yours sincerely,\n\n{signer}" in script or f"Yours sincerely,\n{signer}" in script


def test_whether_a_clients_data_has_been_handed_over_is_the_checklist_not_a_phase(bot):
    reply = bot.handle(staff("has acme's data been handed over yet?")).reply
    assert "data-export" in reply.text and "No." not in reply.text.split()


def test_two_sentences_to_finance_are_written_to_finance_not_the_client(bot):
    script = bot.handle(staff("2 sentences to finance: Acme final invoice needs doing.")).reply.script
    assert script.startswith("Hi finance team") and "Hello Acme Dental team" not in script


def test_a_teams_message_to_the_on_call_techs_is_for_our_team_not_a_call_script(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Teams msg to on-call techs: don't pick up work for Vandelay anymore even if they ring. 2 lines.")).reply
    assert "For the team (not for the client)" in reply.text and "decline kindly" in reply.script


def test_a_voicemail_priya_will_record_is_in_her_name(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Voicemail greeting-style message for Vandelay, they've left 3 msgs asking us to fix their "
                              "printer. 30 seconds max, Priya will record it.")).reply.script
    assert script.startswith("Hi, this is Priya")


def test_a_letter_signed_on_behalf_of_the_firm_carries_no_persons_name(bot):
    add_hooli(bot.clients)
    asked = replace(staff("Formal letter to Hooli Bakery confirming the termination. One page, signed on behalf of the "
                          "firm, not by a named person."), sender_name="Sam Taylor")
    script = bot.handle(asked).reply.script
    assert script.rstrip().endswith("The Northwind IT team") or "Northwind IT team" in script.rsplit("Yours", 1)[-1]
    assert "Sam Taylor" not in script


def test_a_dm_summing_up_where_two_clients_are_is_a_line_each_from_the_record(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("2-line Slack DM to Priya summing up where Acme and Vandelay are.")).reply.script
    # (two lines asked: the greeting leads into the first client's line)
    lines = script.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Hi Priya") and "Acme Dental: last day of support" in lines[0]
    assert lines[1].startswith("Vandelay Imports")


def test_by_what_date_the_new_provider_must_contact_us_is_the_handover_day(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("By what date does Hooli's new provider need to contact us?")).reply
    assert "new provider should contact us by" in reply.text


@pytest.mark.parametrize("ask", [
    "Give me two sentences Priya can paste into her reply to Acme when they ask why we're ending things",
    "two sentences Priya can paste in, for Acme asking why we're ending things",
    "Acme asked why we're ending things. Priya wants two sentences she can paste in.",
])
def test_sentences_to_paste_into_someone_elses_reply_come_without_our_greeting_or_signature(bot, ask):
    reply = bot.handle(staff(ask)).reply
    assert "to paste:" in reply.text and "The reason is late payment" in reply.script
    assert "Hello" not in reply.script and "Kind regards" not in reply.script and "Sam Taylor" not in reply.script


def test_a_line_to_paste_into_a_ticket_reply_is_one_sentence(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("can you give me a line to paste into the ticket reply for Vandelay saying support ended")).reply.script
    assert script.startswith("Our support ended on") and len(re.findall(r"[.!?](?:\s|$)", script)) == 1


def test_a_note_to_a_tempted_colleague_named_then_called_her_is_advice_to_hold_written_to_her(bot):
    reply = bot.handle(staff("Acme just offered to prepay a whole year up front if we stay. Priya's tempted. Write me a short "
                             "note to her on this?")).reply
    note = reply.text.split("For the team (not for the client):\n")[1]
    assert note.startswith("Hi Priya, about Acme Dental's offer if we stay: I'd hold the decision.")
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert "late payment" in note and f"the last day, {end}" in note
    assert "Hello Acme Dental team" not in reply.text


def test_more_time_asked_to_a_month_is_declined_naming_the_month_not_a_day_made_up_in_it(bot):
    add_hooli(bot.clients)
    month = calendar.day(75).strftime("%B")  # Hooli ends on day 30, so this month is always later than its end
    script = bot.handle(staff(f"Hooli asked if we can push the end to {month}. 2 sentences max")).reply.script
    assert f"so we can't move it to {month}:" in script and f"2 {month}" not in script


def test_a_text_saying_what_we_need_from_them_asks_for_it_with_the_day_not_our_note_read_out(bot):
    reply = bot.handle(staff("SMS to Acme Dental's practice manager: need the name of their new IT provider. 160 chars max")).reply
    assert "Who is your new IT provider?" in reply.script and "Need the name" not in reply.script
    assert len(reply.script) <= 160 and "should call us by" in reply.script


def test_whether_we_will_be_reachable_over_christmas_relayed_gets_the_closure_not_a_plea_answered(closed):
    script = closed.handle(staff("Hooli asked if we'll be reachable over Christmas. Short reply please, for their Slack "
                                 "channel.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "decision" not in script


def test_an_email_offering_the_data_they_want_on_a_drive_is_the_data_handover_not_a_ticket_reminder(bot):
    reply = bot.handle(staff("Acme want their data. Write an email offering it on an external drive and what they need to do "
                             "to arrange it. Sign it from me.")).reply
    assert "a full copy of the files and data we hold for you on an external drive" in reply.script
    assert "logging tickets" not in reply.script and "who should receive it" in reply.script


def test_a_formal_letter_confirming_our_services_ended_is_the_confirmation_not_a_declined_request(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming that our services ended and we won't be resuming "
                              "them. One page, signed by Priya Shah.")).reply.script
    assert "We are writing to confirm that our support for Vandelay Imports ended on" in script
    assert "no longer able to take on support work" not in script


def test_a_colleague_afraid_the_reason_blames_the_client_is_told_how_to_say_it_as_ours(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("What do I tell Hooli the reason is? 'Overload' sounds like we're blaming them.")).reply.text
    assert "It isn't a charge against them: it's about our capacity" in text
    assert "Yes, that is the reason on record" not in text


def test_a_note_i_can_send_to_the_new_provider_is_written_to_the_provider_not_to_our_team(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Write a note I can send to Castle Tech about taking over Hooli. Friendly, get them to contact us "
                             "in good time.")).reply
    assert "Ready to send to Castle Tech:" in reply.text and reply.script.startswith("Hello Castle Tech team,")
    assert "For the team" not in reply.text


def test_a_caller_claiming_to_be_the_ex_clients_owner_gets_the_login_only_once_confirmed_through_the_record(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Someone claiming to be Vandelay's owner rang my mobile asking for their domain registrar login. "
                             "What should I do?")).reply
    assert "Not on that call: what they asked for is Vandelay Imports', so they do get it" in reply.text
    assert "Call back on a number already on record for Vandelay Imports" in reply.text
    assert "not able to help with this request" not in reply.text and "new provider except" not in reply.text


def test_a_pasted_message_telling_of_illness_is_met_with_sympathy_before_the_reason(bot):
    script = bot.handle(staff('Acme sent this, reply pls:\n\n"It was never deliberate. Our office manager was off sick for most '
                              'of the year and the invoices slipped. Doesn\'t that count for something?"')).reply.script
    body = without_heading(script)
    # (their account of why, thanked for; never agreed with as if we knew it: "the late payments weren't deliberate")
    assert "We're sorry to hear about the hard time you've had, and thank you for explaining it." in body
    assert "deliberate" not in body
    assert "The reason is late payment" in body and "decision is final" in body


def test_a_letter_asked_with_who_should_sign_it_is_drafted_with_who_signs_and_no_record_look_up(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Need a formal letter to Hooli Bakery confirming the end date and the Christmas closure. Who "
                             "should sign it, there's no account owner listed?")).reply
    assert reply.script and "Who signs: no account owner is on record for Hooli Bakery" in reply.text
    assert "is in transition: the last day of support is" not in reply.text


def test_what_a_tempted_colleague_should_send_back_to_an_offer_thanks_for_the_offer_and_is_signed_by_her(bot):
    script = bot.handle(replace(staff("Acme have offered us 20% more on the retainer if we keep them on. Priya's half tempted. "
                                      "Draft what she should send back, under 100 words."), sender_name="Sam Taylor")).reply.script
    owner = bot.clients.get("Acme Dental")["account_owner"]
    assert "Thank you for the offer" in script and script.rstrip().endswith(f"Kind regards,\n{owner}\nNorthwind IT")


def test_a_text_reminding_them_of_the_last_support_day_gives_that_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Text message to Acme's main number reminding them of the last support day. Has to fit in one "
                              "SMS.")).reply.script
    assert script.startswith(f"Reminder: our support ends on {end}.") and len(script) <= 160


def test_a_formal_letter_asked_for_a_client_that_keeps_ringing_us_is_a_letter_not_a_call_script(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Formal letter for Vandelay Imports (printed, signed Priya Shah) — they keep ringing the "
                             "help desk even though support is over.")).reply
    assert "To say on the call" not in reply.text
    assert "Dear Vandelay Imports" in reply.script and reply.script.rstrip().endswith("Priya Shah\nNorthwind IT")
    assert f"ended on {long_date(calendar.day(-32))}" in reply.script


def test_asking_the_client_to_name_someone_to_sign_off_is_that_question_not_the_provider_contact_ask(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("2-line message to Hooli asking them to name someone to sign off the handover")).reply.script
    assert "who on your side will sign off the handover" in script and "contact details" not in script


def test_a_calm_reply_to_an_angry_post_blaming_the_christmas_timing_answers_the_anger_not_our_closure(bot):
    script = bot.handle(staff('Acme posted this: "This is a disgrace. We\'ve paid you thousands over the years and you '
                              'dump us two weeks before Christmas. I\'ll be leaving 1-star reviews everywhere." Reply from '
                              'Priya, calm, under 100 words')).reply.script
    assert "A quick note about the holidays" not in script and "office closes" not in script
    assert "timing" in script and "Kind regards,\nPriya" in script


def test_a_claim_that_we_still_hold_an_ex_clients_key_is_checked_and_handed_back_not_a_support_no(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Someone at Vandelay says we've still got their backup encryption key. Not sure if "
                              "that's true. Draft a reply for their channel?")).reply.script
    assert "check what we still hold" in script and "secure channel" in script
    assert "no longer able to provide support" not in script


def test_emailing_an_ex_clients_keys_to_their_provider_is_a_no_to_email_and_a_check_of_what_we_hold(bot):
    script_reply = bot.handle(staff("BrightPath are asking us to email them Globex's backup encryption keys. Fine to just "
                                    "send?")).reply
    assert script_reply.text.split("\n\n")[1].startswith("No:")
    assert "we'll check what we still hold" in script_reply.script and "secure channel" in script_reply.script


def test_a_two_sentence_no_to_coming_back_spends_no_sentence_on_filler(bot):
    script = bot.handle(staff("Acme asked if they can come back next year if they pay on time from now on. Give me a "
                              "2-sentence answer.")).reply.script
    assert "We appreciate you getting in touch about this." not in script
    assert "we won't be taking the work back on, now or later" in script and "Your support carries on as normal until" in script


def test_ordinary_work_for_an_active_client_asked_about_is_ordinary_business_with_no_command_to_end_them(bot):
    text = bot.handle(staff("Initech want three new mailboxes set up - do I need to run that past you given all the "
                            "offboarding stuff?")).reply.text
    assert "Nothing to change offboarding-wise" in text and "offboard start" not in text


def test_a_letter_confirming_the_end_says_the_decision_is_final_when_asked_to(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a formal letter to Vandelay Imports confirming our services have ended and that the "
                              "decision is final. Signed by Priya Shah.")).reply.script
    assert "This letter confirms" in script and "The decision is final" in script


def test_a_client_asking_if_we_are_still_on_a_job_hears_it_is_still_ours_not_a_new_ticket(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff('Reply to this from Hooli pls, friendly and short: "hi just checking, are you still fixing '
                              'the till printer from last week or should we wait for Castle?"')).reply.script
    assert "Yes, it's still ours" in script and "no need to wait for Castle Tech" in script
    assert "Thanks for letting us know" not in script


def test_a_summary_of_every_offboarding_is_the_roundup_of_each_client_not_a_template(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    text = bot.handle(staff("Sam again - one paragraph summary of every offboarding we've got going on, please.")).reply.text
    assert "[client]" not in text and "[last day" not in text
    assert all(name in text for name in ("Acme Dental", "Hooli Bakery", "Globex Logistics", "Vandelay Imports"))


def test_a_reply_to_the_new_provider_offers_the_clients_things_only_once_the_client_confirms(bot):
    reply = bot.handle(staff("BrightPath emailed asking how we set up the VPN for Globex. Write a reply to "
                             "help@brightpath.example, 3-4 sentences max")).reply
    assert "once Globex Logistics confirms, through a secure channel" in reply.script
    assert "point them to BrightPath IT" not in reply.text


def test_a_call_to_plan_the_handover_with_the_provider_lined_up_is_the_handover_not_the_close_out(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Phone script for calling Hooli Bakery to check they've got Castle Tech lined up and plan the "
                             "data handover. Conversational please.")).reply
    assert "To say on the call" in reply.text and "Castle Tech's contact details" in reply.script
    assert "final invoice" not in reply.script


def test_an_email_to_a_colleague_summarising_all_offboardings_is_written_to_them(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Email from me to Priya summarising where all our offboardings stand. Bullets, under 150 "
                             "words.")).reply
    assert reply.script.startswith("Hi Priya") and "Hooli Bakery" in reply.script and len(reply.script.split()) <= 150


def test_a_status_note_for_an_ended_client_lists_unticked_items_without_calling_them_overdue(bot):
    script = bot.handle(staff("write me a quick internal status note on globex for tom, bullet points")).reply.script
    assert "Not ticked in the tracker" in script and "overdue" not in script


def test_a_card_and_cake_dropped_off_are_thanked_for_by_name(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli dropped off a thank-you card and cake. want to post a 2 sentence reply in their "
                              "channel, warm")).reply.script
    assert "Thank you so much for the card and the cake" in script


def test_an_answer_to_the_new_provider_with_no_contact_on_record_asks_who_leads_it_there(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Pasted from Hooli's channel: 'Hi, Castle Tech here, we're taking over Hooli Bakery. What do "
                              "you need from us and by when?' - draft my answer")).reply.script
    assert "who at Castle Tech will be looking after Hooli Bakery" in script


def test_a_nudge_about_handover_timing_is_the_handover_dates_not_an_apology_for_upset(closed):
    script = closed.handle(staff("Draft a Slack post for the Hooli Bakery channel nudging them about handover timing. Max "
                                 "80 words.")).reply.script
    assert "upset" not in script and "frustrating" not in script
    assert "by Wednesday 23 December 2026" in script and len(script.split()) <= 80


def test_an_invoice_total_asked_for_says_no_amount_is_on_record_and_who_to_ask(bot):
    text = bot.handle(staff("what was the total on Globex's final invoice? need it for a call")).reply.text
    assert "No invoice amount is on record here" in text and "check it in the billing system" in text


def test_a_note_on_what_is_still_to_close_for_an_ended_client_lists_the_items(bot):
    script = bot.handle(staff("quick internal note to Tom for the Globex file - we're done, what's still to close. casual "
                              "is fine")).reply.script
    assert "Not ticked in the tracker" in script and "- Domains, registrar and DNS control passed to the client" in script


def test_talking_points_for_a_review_threat_meet_the_upset_and_keep_the_reason_ready(bot):
    text = bot.handle(staff("Acme's dentist says he'll leave a 1 star Google review unless we keep them till March. "
                            "Talking points for when I call him back?")).reply.text
    points = text.split("Talking points:", 1)[1]
    assert "Thank you for asking" not in points and "we're sorry it's frustrating" in points
    assert "If they ask why: the reason is late payment" in points and "don't argue or threaten back" in text


def test_a_reception_script_for_an_ex_client_who_keeps_ringing_thanks_them_and_names_the_owner(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("the Vandelay guy keeps ringing reception. need a 3 sentence script for whoever picks "
                            "up")).reply.text
    said = text.split("To say on the call:", 1)[1].strip().split("\n")[0]
    assert said.startswith("Thanks for calling.") and "let Priya know and it will be handed over" in said
    assert len(re.findall(r"[.!?](?:\s|$)", said)) == 3


def test_a_short_voicemail_to_an_ex_client_says_the_end_date_and_does_not_close_curtly(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay called our main line wanting someone to 'just look at the printer'. Give me a "
                            "voicemail script to leave them, 20 seconds tops.")).reply.text
    said = text.split("seconds spoken):", 1)[1]
    assert f"Our support ended on {long_date(calendar.day(-32))}" in said and "help from here. Goodbye." not in said


def test_a_reply_to_a_post_in_three_lines_at_most_is_a_chat_message_of_three_lines(bot):
    text = bot.handle(staff("Globex posted this: 'hiya your old tech set up our shared mailbox perms, can you sort them "
                            "quick? 5 min job' - reply please, 3 lines max")).reply.text
    post = text.split("Ready to post as a chat message:", 1)[1].strip().split("\n```")[0]
    assert len(post.splitlines()) <= 3 and "BrightPath IT" in post


def test_something_formal_in_writing_about_the_reason_is_a_dated_letter_that_recalls_the_notice(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli Bakery want something formal in writing about why we're ending things, for their "
                              "partners. Letter please, signed by me.")).reply.script
    assert script.startswith(long_date(calendar.today()))
    assert f"We gave you notice on {long_date(calendar.day(-5))}" in script and "The reason is" in script


def test_one_sentence_for_if_they_ask_whether_we_are_around_over_christmas_gives_the_closure(closed):
    script = closed.handle(staff("One sentence for Hooli if they ask whether we'll be around over Christmas.")).reply.script
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in script
    assert "just as we always would" not in script


def test_a_voicemail_from_the_account_owner_never_names_her_in_the_third_person(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's owner keeps ringing the main line. Give me a 30 sec voicemail script to leave him "
                            "back, from Priya.")).reply.text
    said = text.split("seconds spoken):", 1)[1]
    assert "this is Priya" in said and "let Priya know" not in said and "let me know and I'll hand it over" in said


def test_a_review_threat_from_an_ex_client_for_a_free_month_is_met_calmly_with_no_handover_deadline(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's owner says he'll leave us a 1-star Google review unless we give him another month "
                            "free. How do I handle this?")).reply.text
    assert "a week before the end" not in text and "Thank you for asking" not in text
    assert "our support has ended and stays ended" in text and "we're sorry it's frustrating" in text


def test_whether_we_charge_for_the_data_drive_is_answered_first_with_nothing_to_send(bot):
    reply = bot.handle(staff("Acme want all their data on a drive. Do we charge for that?")).reply
    answer = reply.text.split("\n\n", 2)[1]
    assert answer.startswith("Charging for it: no fee for handing over what is theirs is on record")
    assert "Priya" in answer and not reply.script


def test_telling_the_tech_team_two_clients_are_leaving_is_one_post_with_each_clients_dates(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("I'm telling the tech team that Acme and Hooli are leaving. Draft a Teams post, no more than "
                            "120 words, covering what they need to know about dates.")).reply.text
    assert "[client]" not in text and "For the team (not for the client):" in text
    assert f"- Acme Dental: last day of support {long_date(calendar.day(20))}" in text and "- Hooli Bakery:" in text


def test_a_down_till_with_are_you_still_looking_after_us_is_answered_as_the_fault(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Reply to this for me, under 60 words: 'hi its Hooli, our till system went down this morning, "
                              "are you still looking after us or not??'")).reply.script
    assert "we'll take care of this" in script and "The decision is final" not in script


def test_a_team_note_written_from_the_account_owner_is_signed_by_her_and_says_pass_them_to_me(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Priya wants a note to the team: nobody does any more work for Vandelay Imports, even if they "
                            "beg. Write it, 50 words max, from Priya.")).reply.text
    note = text.split("For the team (not for the client):", 1)[1].strip()
    assert "pass those requests to me" in note and note.split("\n")[-1].startswith("Priya")


def test_an_offer_declined_says_the_decision_is_unchanged_once(bot):
    script = bot.handle(staff('Acme just posted this in their channel: "We\'ll clear everything outstanding today and move to '
                              'direct debit if you keep us on. Please reconsider." Write the reply, warm but firm, signed '
                              'Priya.')).reply.script
    assert script.count("decision") == 1 and "Thank you for the offer; we appreciate it." in script


@pytest.mark.parametrize("text, hello", [("morning! hows your week going", "Morning! All good here, thanks for asking."),
                                         ("good afternoon", "Good afternoon, I'm here")])
def test_a_colleagues_hello_is_said_back_in_kind_before_what_the_bot_does(bot, text, hello):
    assert hello in bot.handle(staff(text)).reply.text


def test_an_active_clients_project_next_month_is_ordinary_business_not_a_rumour_to_calm(bot):
    text = bot.handle(staff("Initech asked if we'd take on their new office fit-out next month. That's fine to say yes to, "
                            "right?")).reply.text
    assert "Nothing to change offboarding-wise: Initech is an active client" in text
    assert "offboard start" not in text and "Nothing has been decided" not in text


def test_a_text_chasing_an_unchosen_provider_is_the_polite_chase_with_a_blank_for_the_name(bot):
    script = bot.handle(staff("Write an SMS to Acme's office manager (I'll fill in the name) saying we still haven't heard from "
                              "a new IT company and the clock is ticking. 160 characters max.")).reply.script
    assert script.startswith("Hi [name], who is your new IT provider?") and "clock" not in script and len(script) <= 160


def test_a_plain_english_no_to_an_ex_client_still_says_we_cannot_help(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's guy writes in broken English, can you give me a very simple plain-English reply "
                              "saying we can't help anymore? 3 sentences.")).reply.script
    assert "We can't help with new requests now." in script and "Our support ended on" in script


def test_a_status_note_kept_to_its_words_says_how_many_open_items_it_shows(bot):
    script = bot.handle(staff("Write a status note for Priya on Acme, 80 words tops.")).reply.script
    assert len(script.split()) <= 80 and re.search(r"Still open on the handover checklist \(\d+ in all, the \w+ due first below", script)


def test_a_phone_script_about_why_says_the_reason_once(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("I have to ring Hooli Bakery this afternoon and they'll ask why we're ending things. Give me a "
                            "phone script. They're lovely people, this is purely on us.")).reply.text
    said = text.split("To say on the call:", 1)[1]
    assert said.count("The reason is our team's capacity") == 1


def test_a_letter_with_the_signature_block_left_blank_is_signed_by_nobody(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Please draft a formal letter to Hooli Bakery confirming the end date and what we need from "
                              "them for the handover. Leave the signature block blank, I'll fill it in.")).reply.script
    assert script.endswith("Yours sincerely,\n[name]\n[job title]\nNorthwind IT") and "Sam Taylor" not in script


def test_an_email_for_a_colleague_removing_named_access_lists_only_that_and_is_signed_by_them(bot):
    text = bot.handle(staff("Email to BrightPath IT for Priya: we're removing our remote agent and delegated admin from "
                            "Globex's Microsoft 365 this Friday. Short and neutral.")).reply.script
    assert "our remote-monitoring agents and our delegated admin access." in text
    assert "technician accounts" not in text and "Kind regards,\nPriya" in text


def test_a_phone_script_for_ringing_the_new_provider_is_said_to_the_provider(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("I need to ring Castle Tech about Hooli. Give me a phone script.")).reply.text
    said = text.split("To say on the call:", 1)[1]
    assert "taking over IT support for Hooli Bakery" in said and "share Castle Tech's contact details" not in said


def test_a_provider_that_may_fall_through_gets_the_plan_for_nobody_by_the_end(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Hooli just told me Castle Tech might not be confirmed after all. What's the plan if they've got "
                            "nobody by the end?")).reply.text
    assert "If Castle Tech falls through, they still land safely" in text and "external drive" in text


def test_a_provider_asking_only_about_licences_is_thanked_for_asking_about_licences(bot):
    script = bot.handle(staff("BrightPath are asking for a quick 10 min call about Globex's licences. It's tiny, can I just "
                              "do it?")).reply.script
    assert "about Globex Logistics' licences" in script and "passwords, keys, admin accounts" not in script


def test_a_text_nudging_a_client_to_pick_a_provider_says_the_last_day_in_short_to_fit(bot):
    script = bot.handle(staff("Write me an SMS to the Acme Dental office (under 160 characters) nudging them to pick a new "
                              "IT provider.")).reply.script
    end = long_date(calendar.day(20))
    assert f"our support ends on {' '.join([end.split()[0][:3], *end.split()[1:2], end.split()[2][:3]])}" in script
    assert len(script) <= 160


def test_two_reminders_in_one_go_for_two_named_clients_are_one_each_with_its_own_facts(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("Do me two reminders in one go: one for Acme Dental and one for Hooli, each under 80 words. "
                            "They go in each client's Slack.")).reply.text
    assert "For Acme Dental, ready to send" in text and "For Hooli Bakery, ready to send" in text
    assert "outside what I can answer" not in text


def test_a_friendly_post_re_the_handover_with_the_new_provider_is_about_the_handover_not_a_goodbye(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("can you draft a slack post for the Hooli Bakery channel re the handover w/ Castle Tech? keep "
                             "it friendly, 4-5 lines max")).reply
    assert "Castle Tech" in reply.script and "get in touch by" in reply.script
    assert "thank you for the time we've worked together" not in reply.script


@pytest.mark.parametrize("text", ["Write a post for #team letting everyone know which clients we're winding down and when. "
                                  "Keep it factual, no drama.",
                                  "Can you write a Teams post for the team about the Christmas closure and which offboarding "
                                  "deadlines fall around it?"])
def test_a_team_post_on_which_clients_we_are_winding_down_or_their_deadlines_is_the_roundup(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "- Acme Dental: last day of support" in reply.text and "[client]" not in reply.text


def test_a_team_announcement_names_who_takes_questions_even_where_no_owner_is_recorded(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Draft an internal announcement for #team: we're ending with Acme Dental and Hooli Bakery. "
                              "Keep it professional, no gossip.")).reply.script
    hooli = next(line for line in script.splitlines() if line.startswith("- Hooli Bakery"))
    # (said plainly that nobody owns it yet: "questions to me" alone reads as if the poster owned it)
    assert hooli.endswith("; no account owner is named yet, so questions to me for now.") and "on record" not in hooli


def test_a_two_line_thank_you_for_pastries_in_their_channel_thanks_for_the_pastries_as_a_chat_post(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli sent us a box of pastries 😂 write a 2-line thank you for their channel")).reply.script
    assert "thank you so much for the pastries" in script and len(script.splitlines()) == 2
    assert "kind words" not in script and "Kind regards" not in script


def test_a_status_note_in_two_sentences_is_two_sentences_with_the_last_day_and_the_provider(bot):
    text = bot.handle(staff("2 sentence note to Priya on where Acme is at")).reply.text
    report = text.split("Status report (for us, not for the client):\n", 1)[1].strip()
    assert len(sentences(report)) == 2 and "Still open on the handover checklist" not in report
    assert report.startswith(f"Acme Dental: last day of support {long_date(calendar.day(20))}")
    assert "No new provider on record yet" in report


def test_the_access_to_pull_after_the_last_day_comes_off_only_once_that_day_is_over(bot):
    add_hooli(bot.clients)
    last_day = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    text = bot.handle(staff("Post for #techs on Teams: after Hooli's last day, what access of ours do we pull? Bullet list "
                            "please.")).reply.text
    assert f"- Nothing comes off until Hooli Bakery's last day of support, {last_day}, is over." in text


@pytest.mark.parametrize("text", ["Write a checklist for the techs of what access of OURS needs removing now Globex has gone.",
                                  "Globex ended a couple of weeks ago. Write me an internal note listing what access of ours "
                                  "still needs removing."])
def test_our_access_to_remove_from_an_ex_client_is_that_list_never_the_whole_overdue_tracker(bot, text):
    reply_text = bot.handle(staff(text)).reply.text
    assert "Please remove our own access: our named technician accounts" in reply_text
    assert "(overdue)" not in reply_text and "Data export delivered" not in reply_text


def test_a_colleagues_wrong_count_of_days_left_is_not_repeated_in_the_note(bot):
    text = bot.handle(staff("teams msg to Priya: acme still hasn't named a new provider, only 2 weeks left, suggest we "
                            "recommend an email provider. 2 sentences")).reply.text
    assert "only 20 days left" in text and "2 weeks left" not in text


def test_one_line_to_say_no_to_the_old_terms_is_the_no_not_a_handover_reminder(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff("Acme want to go back to the old terms. Give me one line I can paste into Teams to say "
                             "no.")).reply
    assert "Ready to post as a chat message:" in reply.text and "\n" not in reply.script.strip()
    assert "decision is final" in reply.script and acme_end in reply.script
    assert "new provider" not in reply.script


def test_a_text_to_a_client_with_no_provider_yet_asks_for_the_providers_call(bot):
    day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7)
    script = bot.handle(staff("Write an SMS to Acme Dental - they still haven't picked a new IT company. Max 160 "
                              "characters.")).reply.script
    # (the day in full, or short where the weekday's name leaves no room: "Wed 16 Dec")
    assert len(script) <= 160 and "provider" in script and (long_date(day) in script or f"{day:%a} {day.day} {day:%b}" in script)


def test_a_one_liner_is_one_line_with_no_letter_around_it(bot):
    reply = bot.handle(staff("One-liner for when Globex asks us to 'just take a quick look' at something. Under 25 "
                             "words.")).reply
    assert "One line to paste:" in reply.text and "\n" not in reply.script.strip()
    assert "ended on" in reply.script and len(reply.script.split()) < 25


def test_a_one_liner_saying_no_to_staying_says_the_no_with_the_last_day(bot):
    acme_end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme asked to stay. one-liner to say no pls")).reply.script
    assert "\n" not in script.strip() and "decision is final" in script and acme_end in script


def test_a_chat_post_under_80_words_counts_its_greeting_too(closed):
    script = closed.handle(staff("need a short slack post for the Hooli channel about the christmas closure and their end "
                                 "date. keep it under 80 words pls")).reply.script
    assert len(script.split()) < 80 and "Wednesday 23 December 2026" in script and "Monday 4 January 2027" in script


def test_a_voicemail_about_the_handover_to_a_named_provider_gives_the_day_to_call_by(closed):
    reply = closed.handle(staff("Draft a voicemail script for calling Hooli Bakery about the handover to Castle Tech. 30 "
                                "seconds max, it's me calling (Sam).")).reply
    assert "Voicemail script" in reply.text and "get in touch by Wednesday 23 December 2026" in reply.script


def test_a_phone_script_asked_with_what_not_to_say_gets_the_words_to_avoid_and_the_reason(bot):
    text = bot.handle(staff("Acme's owner is phoning me in 10 minutes and she's furious. Give me a phone script - what "
                            "to say if she shouts, and what NOT to say.")).reply.text
    assert "Don't say:" in text and "If they shout:" in text and "The reason is late payment" in text
    assert "To say on the call:" in text


def test_two_texts_max_is_a_text_within_two_messages_with_the_closure_and_the_last_day(closed):
    reply = closed.handle(staff("Hooli's owner prefers texts. Two texts max reminding them about the Christmas closure and "
                                "their end date.")).reply
    assert "as a text message" in reply.text and len(reply.script) <= 306
    assert "Monday 4 January 2027" in reply.script and "Thu 24 Dec" in reply.script


def test_what_to_remember_if_a_client_calls_up_angry_is_coaching_for_the_call(bot):
    decision = bot.handle(staff("priya's off tomorrow. if acme calls up angry, what do i need to remember?"))
    assert decision.intent == "angry_client" and "If they shout:" in decision.reply.text
    assert "The reason is late payment" in decision.reply.text


def test_a_voicemail_chasing_who_at_the_new_provider_asks_for_their_contact(closed):
    reply = closed.handle(staff("I'm ringing the bakery to chase who at Castle Tech we should deal with. Give me a "
                                "voicemail script under 40 seconds.")).reply
    assert "Castle Tech's contact details" in reply.script and "The reason is" not in reply.script


def test_a_text_reminding_of_the_cutoff_date_also_asks_for_the_new_providers_call(bot):
    script = bot.handle(staff("SMS to Acme Dental reminding them of the cutoff date. 160 characters max.")).reply.script
    assert len(script) <= 160 and "Reminder: our support ends on" in script and "provider" in script


def test_wording_for_a_colleague_to_say_no_to_a_return_is_a_script(bot):
    reply = bot.handle(staff("Tom says Globex want to come back on their old terms. Can you give him wording for a "
                             "no?")).reply
    assert "Ready to send" in reply.text and "won't be taking the account back on" in reply.script


def test_an_email_reminding_a_client_of_the_wind_down_asks_for_the_provider_and_offers_the_drive(bot):
    script = bot.handle(staff("can you draft an email to Acme Dental reminding them of the wind-down? under 150 words, "
                              "Priya's signing it")).reply.script
    assert "contact us by" in script and "external drive" in script and "keep logging tickets" not in script


def test_a_reply_to_will_you_still_fix_it_with_a_fault_named_says_an_engineer_is_on_it(bot):
    script = bot.handle(staff("acme's email is down and they're asking in the channel if we'll still fix it. 2-line "
                              "reply?")).reply.script
    assert "Yes, of course" in script and "an engineer onto the problem with your email" in script


def test_a_script_reception_wants_for_the_next_call_is_words_to_say(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandalay called reception wanting 'just 10 mins' to fix their printer. Reception wants a "
                             "script for next time, two sentences.")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script and "ended on" in reply.script


def test_more_time_asked_to_one_month_beside_another_named_answers_the_month_asked(closed):
    script = closed.handle(staff("Hooli wrote: \"Castle Tech can't start till Feb, can you extend to end of Jan?\" - need "
                                 "a reply")).reply.script
    assert "we can't move it to the end of January" in script and "February" not in script


def test_whether_offboarding_applies_to_an_active_clients_licence_quote_is_answered_plainly(bot):
    text = bot.handle(staff("Initek wants a quote to renew their licences - does any of the offboarding stuff apply to "
                            "them?")).reply.text
    assert "Nothing to change offboarding-wise: Initech is an active client" in text and "Something like" not in text


def test_the_reason_in_one_sentence_to_say_on_a_call_is_the_reason(bot):
    script = bot.handle(staff("Give me the reason for Acme in one honest sentence I can say out loud on a call.")).reply.script
    assert script.strip().startswith("The reason is late payment") and len(sentences(script)) == 1


def test_whether_we_ever_delivered_their_data_asked_as_whether_is_the_checklist_not_an_email(bot):
    text = bot.handle(staff("Tom's asking whether we ever delivered Globex's data to them. Did we?")).reply.text
    assert text.startswith("From the record") and "nothing says Globex Logistics has their data" in text
    assert "Ready to send" not in text


def test_whether_we_ever_sent_their_data_asked_with_if_is_not_on_record(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("do you know if we ever sent Vandelay their data before they left?")).reply.text
    assert "Not on record: Vandelay Imports has no handover checklist" in text and "Ready to send" not in text


def test_a_letter_for_letterhead_body_only_signs_with_the_title_given_after_the_name(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Formal letter to Hooli Bakery confirming end of services. It goes on letterhead so body "
                              "only. Sign off from me, Sam Taylor, Service Delivery.")).reply.script
    assert script.startswith("Dear Hooli Bakery team,") and script.rstrip().endswith("Sam Taylor\nService Delivery\nNorthwind IT")


def test_a_closure_post_that_needs_to_say_two_points_gives_the_days_on_record(closed):
    script = closed.handle(staff("Write the holiday closure post for the Hooli channel. needs to say we're shut over xmas "
                                 "and that the day we reopen is also their last day. warm, 80 words max")).reply.script
    assert "Monday 4 January 2027, which is also your last day" in script and "Thursday 24 December 2026" in script
    assert "that the day" not in script and len(script.split()) <= 80


def test_a_text_reminding_them_the_provider_has_to_reach_us_before_the_closure_gives_that_day(closed):
    script = closed.handle(staff("need a text msg to the bakery (hooli) - remind them Castle Tech has to get hold of us "
                                 "before we shut for xmas. must fit one SMS, 160 chars max")).reply.script
    assert "Please ask Castle Tech to call us by Wed 23 Dec" in script and len(script) <= 160


def test_a_note_finance_want_on_the_money_side_is_their_task_not_the_reason(bot):
    add_hooli(bot.clients)
    decision = bot.handle(staff("Finance want a note on closing out the money side for hooli bakery. bullets, internal, short"))
    assert decision.intent == "loose_ends" and "Hi finance team" in decision.reply.text
    assert "The suggestion was payment" not in decision.reply.text


def test_a_pasted_we_always_pay_on_time_is_told_it_isnt_about_payment(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli wrote 'why you drop us? we pay always on time!!' - what's the honest answer and can "
                              "you phrase it for me?")).reply.script
    assert "it isn't about payment, and you haven't done anything wrong" in script and "capacity" in script


def test_a_softer_story_staff_were_going_to_tell_is_not_agreed_with(bot):
    text = bot.handle(staff("acme want to know why we're ending it. I was going to say 'a change in our strategic "
                            "direction' - ok?? don't really want to bring up the money thing")).reply.text
    assert "No: that isn't the reason" in text and "Yes, that is the reason on record" not in text


def test_an_email_meant_to_sting_is_a_parting_shot_not_the_reason_email(bot):
    decision = bot.handle(staff("Honestly I want the Acme email to sting a bit. Months of chasing them for money. Can you "
                                "write it so they actually feel it?"))
    assert "it's business, not personal" in decision.reply.text and "Yes, that is the reason" not in decision.reply.text


def test_a_pasted_any_way_back_we_will_sign_whatever_is_a_return_asked_not_anger(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("Reply to this from Vandelay, from Priya: \"We made a mistake leaving things the way we did. "
                                "Is there any way back? We'll sign whatever you want.\" Keep it under 80 words."))
    assert decision.intent == "come_back" and "we won't be taking the work back on" in decision.reply.script
    assert "how you feel" not in decision.reply.script


def test_one_sentence_for_a_plea_for_another_chance_is_the_no_with_the_day(bot):
    script = bot.handle(staff("give me ONE sentence I can say if acme asks for another chance on the phone")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert "our decision is final" in script and end in script and len(sentences(script)) == 1


def test_a_pasted_why_before_the_holidays_gets_the_regret_for_the_timing_and_the_reason(closed):
    script = closed.handle(staff("Hooli's owner wrote this in their channel, help me answer: 'why you do this to us before "
                                 "the holidays?? we are small shop, busy season, now we must find new IT in holidays. not "
                                 "fair.' Short reply I can post.")).reply.script
    assert "the timing is hard for you" in script and "but the decision stands. The reason is our team's capacity" in script
    assert "Castle Tech" in script and script.count("The reason is") == 1


def test_a_text_saying_we_still_need_their_new_it_peoples_details_asks_for_them(bot):
    script = bot.handle(staff("Text message for the dentist's practice manager (Acme), they never read email. Just: last "
                              "day + we still need their new IT people's details. One SMS, 160 chars.")).reply.script
    assert "Who is your new IT provider? Please send us their details" in script and len(script) <= 160


def test_an_email_urging_an_email_provider_first_says_so_before_the_last_day(bot):
    script = bot.handle(staff("Acme still have no new IT. Write them a short email suggesting they at least get an email "
                              "provider set up before their last day so their mail doesn't stop. 100 words, from "
                              "me.")).reply.script
    body = script.split("\n\n")[1]
    assert "you needn't wait for a new provider: set up a hosted email service" in body and len(body.split()) <= 100


def test_a_shared_inbox_auto_reply_keeps_one_clients_last_day_out(closed):
    reply = closed.handle(staff("Write the auto-reply for our shared inbox for the holiday closure. Hooli will probably "
                                "write in, so cover them too.")).reply
    assert "Monday 4 January 2027" in reply.script and "Your support with us" not in reply.script
    assert "tell Hooli Bakery directly (their last day is Monday 4 January 2027, and Castle Tech should contact us by " \
           "Wednesday 23 December 2026)" in reply.text


def test_a_bigger_monthly_retainer_offered_is_thanked_for_as_an_offer(bot):
    script = bot.handle(staff("acme's office manager rang this morning, very apologetic, says they'll pay on time from now "
                              "on and they'd go up to a bigger monthly retainer if we keep them. need a reply email, 3-4 "
                              "sentences max, from me")).reply.script
    assert "the offer" in script and "our decision is final" in script


def test_an_active_clients_quote_asked_against_the_offboarding_list_is_business_as_usual(bot):
    text = bot.handle(staff("Initech's office manager wants a quote for new laptops - are they on the offboarding list or "
                            "business as usual?")).reply.text
    assert "Nothing to change offboarding-wise: Initech is an active client" in text and "Something like" not in text


def test_three_bullets_on_where_every_offboarding_stands_are_three(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    post = bot.handle(staff("Can you write 3 bullets for Monday's team meeting on where every offboarding stands?")).reply.script
    assert sum(line.startswith("- ") for line in post.splitlines()) == 3
    assert all(name in post for name in ("Acme Dental", "Hooli Bakery", "Globex Logistics", "Vandelay Imports"))


def test_a_helpdesk_heads_up_about_clients_we_have_let_go_lists_each_from_the_record(bot):
    add_vandelay(bot.clients)
    post = bot.handle(staff("Write a heads-up for the #helpdesk channel so nobody accidentally does work for clients we've "
                            "let go. Bullet points pls.")).reply.script
    assert "- Vandelay Imports: support ended on" in post and "- Acme Dental: last day of support" in post
    assert "[client]" not in post


def test_a_final_invoice_email_asked_to_include_what_they_still_owe_leaves_a_blank_for_it(bot):
    script = bot.handle(staff("Priya wants the final invoice email for Acme Dental to go out today. Include what they still "
                              "owe.")).reply.script
    assert "The amount due is [amount due]" in script


def test_a_simple_email_for_an_owner_not_comfortable_in_english_has_no_idioms(closed):
    script = closed.handle(staff("The owner at Hooli isn't very comfortable in English. Can you write a simple email, short "
                                 "sentences, telling him what he needs to do before Christmas?")).reply.script
    assert "Wednesday 23 December 2026" in script and "contact us by" in script
    assert not any(idiom in script for idiom in ("which is why", "get in touch", "handover", "early conversation"))


def test_a_text_declining_an_ex_clients_printer_fix_greets_and_thanks_within_160(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay texted asking for help with their printer again. Write me an SMS back, 160 "
                              "characters max.")).reply.script
    assert script.startswith("Hi, our support ended on") and "Thanks" in script and len(script) <= 160


def test_a_factual_team_post_announcing_a_client_leaving_gives_the_reason_and_the_providers_day(bot):
    post = bot.handle(staff("post for our internal #team channel announcing Acme Dental is leaving. keep it factual, no "
                            "gossip")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert "Why we're ending it: invoices paid 30-60 days late" in post and f"contact us by {deadline}" in post


def test_a_team_note_while_the_owner_is_away_sends_nothing_to_them_meanwhile(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    post = bot.handle(staff("Tom's off all next week. Write a short note to the team on what to do if Globex or BrightPath "
                            "ping us.")).reply.script
    assert "Tom Becker is away, so note those requests for when Tom is back" in post
    assert "pass those requests to Tom Becker" not in post and "send questions there" not in post


def test_ripping_out_our_own_agents_after_the_end_gets_a_yes_with_a_heads_up_first(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("Globex ended a couple of weeks ago. We've still got our RMM agent on their machines and "
                            "delegated admin on their 365 tenant. Ok to rip all that out now or is that spiteful?")).reply.text
    assert "Yes, now is fine once BrightPath IT holds control" in text and "check with Tom Becker" in text
    assert "Their data goes only after" not in text


def test_a_public_reply_to_abandoned_them_says_we_gave_notice_and_thanks(bot):
    script = bot.handle(staff("Globex left us a 1-star google review saying we 'abandoned them'. Write a public reply, 60 "
                              "words max.")).reply.script
    assert "we gave notice before our work together ended" in script and "agreed" not in script
    assert "supported you fully" not in script
    assert "Thank you for working with us" in script
    assert len(script.split()) <= 60 + 3   # (the signature line beside the 60 words)


def test_a_phone_script_for_a_call_they_asked_for_opens_with_thanks_and_offers_providers(bot):
    script = bot.handle(staff("Acme want a call tomorrow about why we're ending things. Give me a short phone script, I "
                              "don't want to waffle.")).reply.script
    assert script.startswith("Thanks for making the time to talk. The reason is late payment")
    assert "suggest a few IT providers" in script


def test_the_sign_off_message_where_their_side_confirms_receipt_is_the_form_with_blanks(bot):
    reply = bot.handle(staff("Draft the handover sign-off message for Acme Dental \u2013 the bit where someone on their side "
                             "confirms they've received everything.")).reply
    assert "Signed for Acme Dental: name ________________" in reply.script and "everything we handed over" not in reply.script


def test_a_voicemail_about_the_closure_for_a_client_in_notice_asks_for_the_provider_before_it(closed):
    script = closed.handle(staff("I'll get Hooli's voicemail for sure. Script pls, 30 secs max, about the Christmas shutdown "
                                 "and what it means for them")).reply.script
    assert "Thursday 24 December 2026" in script and "Castle Tech to call us by Wednesday 23 December 2026" in script


def test_a_simple_call_script_to_chase_the_providers_details_opens_and_asks_for_them(closed):
    script = closed.handle(staff("I need to ring the bakery tomorrow to chase Castle Tech's contact details. can you give me "
                                 "a call script? they're not very techy so keep it simple")).reply.script
    assert script.startswith("Hi, it's ") and "Please send us Castle Tech's contact details." in script
    assert "secure channel" not in script and "network diagrams" not in script



def test_a_text_re_a_topic_is_written_about_it_not_with_its_words(closed):
    script = closed.handle(staff("Need an SMS to the bakery owner re: Castle Tech getting in touch with us. Max 300 chars incl "
                                 "spaces. Sign as Sam.")).reply.script
    assert "Wed 23 Dec" in script and not script.startswith("Castle Tech getting in touch") and len(script) <= 300


def test_a_reply_in_their_channel_on_whether_we_are_around_over_xmas_gives_the_closure(closed):
    reply = closed.handle(staff("Bakery's asking in their channel if we're around over Xmas. Reply under 40 words pls.")).reply
    assert "Thursday 24 December 2026" in reply.script and "back on Monday 4 January 2027" in reply.script
    assert len(reply.script.split()) < 40 and "sorry" not in reply.script.lower()


@pytest.mark.parametrize("text", ["Can you write a Slack post for #team summarising which client offboardings are still "
                                  "running and the key dates between now and New Year? Bullet points, max 8 lines.",
                                  "Slack post for #ops, 5 bullets max: what's ending this month and who covers what over "
                                  "the Christmas closure."])
def test_a_team_post_on_offboardings_still_running_lists_them_from_the_record(closed, text):
    post = closed.handle(staff(text)).reply.script
    assert "- Hooli Bakery: last day of support Monday 4 January 2027" in post and "[client]" not in post


def test_a_no_to_an_admin_password_reset_does_not_offer_admin_passwords_next(bot):
    script = bot.handle(staff("Pasted from Globex's channel: \"hey can u just reset the admin pw on our accounting user, "
                              "literally 2 mins, BrightPath are being slow\". Tom wants a reply he can post, 2-3 "
                              "sentences.")).reply.script
    assert "we're not able to help" in script and "admin passwords" not in script


def test_talking_points_for_a_call_the_asker_makes_open_in_their_name_not_the_owners(bot):
    script = bot.handle(replace(staff("I'm calling Acme's practice manager this afternoon to check they're sorted for the "
                                      "switch. Bullet-point talking points, please - I don't know her name."),
                                sender_name="Sam Taylor")).reply.script
    assert "this is Sam" in script and "Priya" not in script.splitlines()[0]


def test_a_short_team_post_on_ended_clients_says_whose_their_requests_are(bot):
    add_vandelay(bot.clients)
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    post = bot.handle(staff("Need a post for #team saying we've finished with Globex and Vandelay and any requests from "
                            "them go to Tom or Priya. Under 80 words pls.")).reply.script
    assert "requests to Tom" in post and "requests to Priya" in post and len(post.split()) <= 80


def test_a_roundup_names_whose_requests_they_are_when_the_owner_ends_the_sentence(bot):
    add_vandelay(bot.clients)
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    post = bot.handle(staff("Under 80 words: a post for #team saying we've finished with Globex and Vandelay. Requests "
                            "from them go to Priya.")).reply.script
    assert "requests to Priya" in post and len(post.split()) <= 80


def test_an_sms_reminding_them_we_stop_supporting_them_is_the_reminder_not_a_warning_against_doing_less(closed):
    reply = closed.handle(staff("Can you give me an SMS (one text, under 160 characters) for Acme's practice manager "
                                "reminding them we stop supporting them soon?")).reply
    assert reply.script.startswith("Reminder: our support ends on") and "Doing less now is spite" not in reply.text


def test_a_formal_no_to_a_director_who_rang_thanks_them_for_the_call_not_a_letter(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay want to come back. Their director rang saying they'd 'happily return on the old "
                              "terms'. I need a formal letter saying no. Signed by Priya.")).reply.script
    assert "Thank you for your call." in script and "your letter" not in script


def test_a_short_email_with_room_in_its_words_offers_to_suggest_providers_to_a_client_without_one(closed):
    script = closed.handle(staff("Need a short email to Acme Dental: reminder that support ends soon + ask that whoever "
                                 "takes over from us gets in touch at least a week before. Under 150 words, signed by "
                                 "Priya.")).reply.script
    assert "suggest a few IT providers" in script and len(script.split()) <= 149


def test_an_sms_asking_if_the_new_provider_has_someone_to_talk_to_asks_for_their_contact(closed):
    decision = closed.handle(staff("Write an SMS to the Hooli owner, under 160 chars, asking if Castle Tech has someone we "
                                   "can talk to."))
    assert "Castle Tech's contact details" in decision.reply.script and "Our decision stands" not in decision.reply.script


def test_a_review_quoted_as_calling_us_slow_still_gets_its_public_response(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay left us a 1-star Google review calling us 'useless and slow'. Can you write a "
                              "public response? Short.")).reply.script
    assert "we wish you all the best" in script and len(script.split()) <= 60


def test_a_reminder_email_about_support_ending_gives_the_provider_day_not_a_cut_off_reassurance(closed):
    decision = closed.handle(staff("Can you draft the reminder email to Acme Dental about their support ending? Under 150 "
                                   "words please, Priya will sign it."))
    assert decision.intent != "cut_off_early" and "contact us by" in decision.reply.script


def test_a_quick_summary_for_the_owner_gives_the_notice_day_and_the_next_few_items_not_the_whole_list(closed):
    text = closed.handle(staff("Quick bullet summary for Priya of where Acme Dental stands pls")).reply.text
    assert "notice given" in text and "Account owner: Priya" not in text
    assert re.search(r"- and \d+ more: `offboard checklist \"Acme Dental\"` lists them all", text)


def test_asking_the_bot_to_book_leave_is_told_plainly_it_cannot(closed):
    text = closed.handle(staff("Can you book me off Tue 22 and Wed 23 Dec?")).reply.text
    assert "I can't book leave" in text and "ask your manager" in text


def test_a_team_post_with_sam_signing_is_signed_by_sam(bot):
    post = bot.handle(replace(staff("How do I announce internally that we're dropping the dental practice? Write a short "
                                    "post for #team, Sam signing."), sender_name="Sam Taylor")).reply.script
    assert post.rstrip().endswith("Sam Taylor")


def test_a_too_small_guess_passed_on_is_corrected_before_the_real_reason(closed):
    script = closed.handle(staff("Hooli said something like \"we know you're dropping us cos we're too small\". Draft a "
                                 "response, 2-3 lines.")).reply.script
    assert "it isn't about the size of your business" in script and "our team's capacity" in script


def test_words_for_calling_back_a_client_who_rang_return_the_call_and_thank_them_once(closed):
    script = closed.handle(staff("Acme's office manager just rang, really apologetic about the payments and says they'll "
                                 "pay 6 months upfront if we keep them on. Priya's out today. Can you give me the words to "
                                 "say back when I call her in an hour?")).reply.script
    assert "returning your call" in script and "Thank you for calling" not in script
    assert "Thank you for your call earlier" not in script


def test_a_wrap_up_message_now_it_is_all_over_closes_out_warmly_without_a_to_do_list(bot):
    script = bot.handle(staff("can u write the final wrap-up message for globex now it's all over? keep it short")).reply.script
    assert "this closes things out between us" in script and "we wish you every success" in script
    assert "final invoice" not in script


def test_a_letter_saying_our_access_is_gone_is_checked_against_the_tracker_first(bot):
    reply = bot.handle(staff("Draft a final wrap-up email to Globex confirming we've removed all our access and we're "
                             "done.")).reply
    assert "our tracker doesn't show our access removed yet" in reply.text
    for key in ("access-removed", "delegated-admin", "agents-removed"):
        bot.handle(staff(f'offboard check "Globex Logistics" {key} done'))
    assert "our tracker doesn't show" not in bot.handle(staff("Draft a final wrap-up email to Globex confirming we've "
                                                              "removed all our access and we're done.")).reply.text


def test_asking_who_signs_a_letter_ending_the_agreement_is_about_the_letter_not_the_handover_sign_off(closed):
    decision = closed.handle(staff("Formal letter to Hooli Bakery confirming the end of our agreement. Who signs it though? "
                                   "There's no account owner listed."))
    assert decision.intent == "notice_wording" and "our IT support agreement with you ends on" in decision.reply.script


def test_a_sign_off_email_over_our_closure_asks_for_the_form_back_before_we_close(closed):
    script = closed.handle(staff("Draft the handover sign-off email for Hooli - someone on their side has to accept it but I "
                                 "don't know who. Sign it from me.")).reply.script
    assert "check each item below, before our office closes on Thursday 24 December 2026" in script
    assert "back on Monday 4 January 2027, which is also your last day of support with us" in script


def test_a_team_post_about_christmas_cover_answers_whether_the_last_day_is_after_the_break_first(closed):
    text = closed.handle(staff("Draft a Teams message to the team about Christmas cover. Hooli's last day is after the break, "
                               "right?")).reply.text
    assert "Yes: Hooli Bakery's last day of support, Monday 4 January 2027, falls after our closure" in text


def test_a_reminder_not_to_power_anything_off_over_the_shutdown_says_the_closure_is_included(closed):
    script = closed.handle(staff("2-line reminder for #ops pls: do NOT power off anything of Hooli's before their last day, "
                                 "even over the shutdown.")).reply.script
    assert script.startswith("Hi all, a reminder: Hooli Bakery is a full client until Monday 4 January 2027")
    assert "our closure (Thursday 24 December 2026 to Friday 1 January 2027) included" in script


def test_a_phone_script_for_ringing_a_client_opens_with_who_is_calling(closed):
    script = closed.handle(replace(staff("Phone script for ringing Hooli Bakery - I don't think they know we close over "
                                         "Christmas. Under a minute please."), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, it's Sam from Northwind IT.") and "Thursday 24 December 2026" in script


def test_a_voicemail_just_asking_for_a_call_back_asks_that_and_says_what_about(closed):
    script = closed.handle(staff("Voicemail for Acme Dental please, 30 secs tops, just asking them to call me back about "
                                 "the handover")).reply.script
    assert "I'm calling about the handover" in script and "Could you call me back" in script
    assert "external drive" not in script and len(script.split()) <= 30 * 2.5


def test_a_text_saying_no_new_provider_has_been_in_touch_says_so(closed):
    script = closed.handle(staff("SMS to Acme Dental's main contact: no new provider has been in touch and we need to hear "
                                 "from one by Mon 14 Dec. Under 160 characters.")).reply.script
    assert "haven't heard from a new IT provider" in script and len(script) <= 160


def test_a_claim_that_our_invoices_were_wrong_is_offered_a_check_and_the_reason_still_given(closed):
    script = closed.handle(staff("Acme Dental just posted in their channel: \"We only paid late because half your invoices "
                                 "were wrong.\" Draft my reply. Friendly but firm, under 100 words, from Priya.")).reply.script
    assert "happy to go through any you'd like us to check" in script and "The reason is late payment" in script
    assert len(script.split()) <= 99


def test_a_team_post_signed_by_the_owner_says_send_questions_to_me(bot):
    add_vandelay(bot.clients)
    post = bot.handle(staff("priya wants a teams post for the support team: no more tickets for vandelay imports, and "
                            "what to say if they ring")).reply.script
    assert "send questions to me" in post and "Priya Shah leads it" not in post


def test_a_three_sentence_post_of_the_handover_dates_keeps_the_providers_day(closed):
    script = closed.handle(staff("need a slack post for Hooli's shared channel reminding them of the handover dates + our "
                                 "xmas shutdown. 3 sentences max")).reply.script
    assert "by Wednesday 23 December 2026" in script and "Thursday 24 December 2026" in script
    assert "ends on Monday 4 January 2027" in script


def test_dos_and_donts_for_the_techs_include_getting_the_handover_ready_and_our_access_out_only_after(closed):
    post = closed.handle(staff("Write a Slack post for #engineering: Acme's ending, what should and shouldn't the techs do "
                               "between now and the end?")).reply.script
    assert "Do: get the handover ready: their admin accounts, domain and DNS" in post
    assert "our own access comes out only after the last day, once they hold control" in post


def test_a_drive_offer_that_also_suggests_where_to_move_their_email_says_where(closed):
    script = closed.handle(staff("acme still hasnt picked anyone new. write them something offering the external drive with "
                                 "their data and suggesting somewhere to move their email. friendly, short")).reply.script
    assert "external drive" in script and "hosted email provider" in script


def test_talking_points_to_walk_a_client_through_the_handover_name_what_is_handed_over(closed):
    script = closed.handle(staff("Phone script for when I call Hooli Bakery tomorrow to walk them through the handover? "
                                 "Bullet points are fine")).reply.script
    assert "admin access to everything that is yours" in script and "backup instructions" in script \
        and "signs off the handover" in script


def test_a_reply_to_a_promise_to_pay_upfront_is_the_kind_no_not_a_support_question(closed):
    decision = closed.handle(staff("Acme emailed back, very apologetic about the late payments and promising to pay upfront "
                                   "from now on. Can you draft my reply? Kind, but we're not changing our minds."))
    assert decision.intent == "second_chance" and "decision" in decision.reply.script


def test_a_text_saying_we_have_not_heard_from_the_provider_asks_for_them_and_by_when(closed):
    script = closed.handle(staff("Text to Hooli's owner: we still haven't heard from Castle Tech. Under 160 chars.")).reply.script
    assert "haven't heard from Castle Tech" in script and "Wed 23 Dec" in script and len(script) <= 160


def test_a_client_owning_that_the_invoices_were_a_mess_is_not_told_the_reason_again(closed):
    script = closed.handle(staff("Acme just posted this in their channel, help me reply (Priya will sign): \"Hi all, we know "
                                 "the invoices have been a mess this year. We've now set up direct debit so it won't happen "
                                 "again. Can we please forget the notice and carry on? We really don't want to move.\"")
                           ).reply.script
    assert "30-60 days late" not in script and "decision" in script


def test_a_domain_only_the_client_says_we_hold_is_checked_not_stated_as_ours(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay emailed asking us to transfer their domain to them, says we still hold it in our "
                              "registrar account. They ended in Oct. Do we help or decline as 'support ended'?")).reply.script
    assert "We'll check how it is registered today" in script and "is still registered in our registrar account" not in script


def test_a_reply_to_a_review_threat_never_says_sorry_you_feel_this_way(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay are threatening a 1-star Google review because we 'abandoned' them. Write Priya a "
                              "calm reply she can send, 100 words max.")).reply.script
    assert "We're sorry this has been disappointing" in script and "sorry you feel this way" not in script.lower()


def test_a_pasted_apology_written_to_the_asker_is_signed_by_them_and_thanks_the_direct_debit_not_an_offer(bot):
    script = bot.handle(staff("Acme just replied, pasting it: \"Sam, we're genuinely sorry about the invoices. Our new "
                              "practice manager has set up direct debit so it won't happen again. Please give us one more "
                              "chance, we really don't want to move everything right before Christmas.\" Need a reply, kind "
                              "but no wiggle room, 5 sentences max.", sender_name="Sam Taylor")).reply.script
    assert "for setting up a direct debit" in script and "for the offer" not in script
    assert script.rstrip().endswith("Sam Taylor\nNorthwind IT")


def test_invoices_cleared_and_payment_in_advance_offered_hear_why_neither_changes_a_late_payment_decision(bot):
    script = bot.handle(staff("Acme just sent this in their channel: \"We've cleared every outstanding invoice as of this "
                              "morning. Surely that changes things? We're happy to pay a quarter in advance from now on.\" "
                              "Draft Priya's reply please.")).reply.script
    assert "The decision was about how payments went over the year as a whole, so neither changes it." in script


def test_everything_owed_cleared_beside_a_promise_is_thanked_as_a_payment(bot):
    script = bot.handle(staff("Acme's office manager just wrote: \"We've cleared everything we owe and we'll pay on time from "
                              "now on, promise. Can we please stay?\" Draft me a reply, 3-4 sentences, from me.")).reply.script
    assert "Thank you for letting us know about the payment" in script


def test_finishing_early_before_our_closure_is_a_no_without_telling_staff_to_plan_an_on_call(closed):
    answer = closed.handle(staff("Hooli's last day lands after the Christmas shutdown. Does that mean we're basically "
                                 "finished with them Wednesday 23 December 2026?")).reply.text
    assert "No: the last day on record is Monday 4 January 2027" in answer
    assert "who is on call" not in answer and "can't promise cover while the office is shut" in answer


def test_words_for_the_new_provider_on_the_call_they_made_do_not_ask_them_to_get_in_touch(closed):
    script = closed.handle(staff("Castle Tech rang asking for Hooli's M365 global admin password over the phone. OK to read "
                                 "it out?")).reply.script
    assert "for Castle Tech to get in touch" not in script
    assert "go through the handover with you by Wednesday 23 December 2026" in script


def test_what_to_say_back_to_an_offer_made_on_a_call_is_words_for_the_call(bot):
    reply = bot.handle(staff("Acme's dentist (the owner) called and said what if they paid double and a full year upfront?? "
                             "Tempting honestly. What do I say back?")).reply
    assert "To say on the call:" in reply.text and "Hello Acme Dental team" not in reply.script


def test_a_call_script_asked_with_what_to_say_if_they_get_upset_carries_that_line(bot):
    script = bot.handle(staff("I'm ringing Acme Dental this afternoon because they still have no new IT company. Can you give "
                              "me a phone script, including what to say if they get upset?")).reply.script
    assert "If they get upset or push back: \"I understand this is hard to hear" in script


def test_a_five_bullet_status_to_a_colleague_has_five_bullets_with_the_plan_if_no_provider_is_found(bot):
    script = bot.handle(staff("Teams msg to Priya summarising where Acme's offboarding stands, 5 bullets")).reply.script
    assert len([line for line in script.splitlines() if line.startswith("- ")]) == 5
    assert "their data on an external drive and a suggested hosted email provider" in script


def test_a_formal_letter_confirming_an_ex_client_has_ended_says_where_to_turn_in_a_sentence_of_its_own(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Formal letter to Vandelay Imports confirming services have ended, for our records. Signed by "
                              "Priya Shah.")).reply.script
    assert "take on further requests. For IT help from now on, please turn to an IT provider of your choice" in script


def test_a_pasted_angry_message_that_speaks_of_years_together_is_thanked_for_them(bot):
    script = bot.handle(staff("Acme's office manager wrote: \"This is ridiculous. Six years with you and this is how you "
                              "treat us? I'll tell every dentist in the county to avoid you.\" Reply needed, calm, signed by "
                              "Priya.")).reply.script
    assert "We're grateful for the years you've been with us." in script and "The decision is final" in script


def test_something_for_their_slack_channel_is_a_chat_post_not_a_signed_letter(bot):
    reply = bot.handle(staff("The dentists still haven't picked a new provider. What do I tell them and by when? Draft "
                             "something for their Slack channel too.")).reply
    assert "Ready to post as a chat message:" in reply.text and "Kind regards" not in reply.script


def test_a_text_asking_where_and_when_to_drop_the_drive_asks_both(bot):
    script = bot.handle(staff("Draft an SMS to Acme's practice manager: we'll have their data on an external drive, need to "
                              "know where and when to drop it. Under 300 characters.")).reply.script
    assert "which day before then suits, and where should we drop it off?" in script and len(script) <= 300


def test_a_call_made_to_tell_them_why_says_the_reason_right_after_the_decision(bot):
    script = bot.handle(staff("Phone script please - I'm calling Acme to tell them straight why we're ending it. They'll "
                              "push back. Bullet points.")).reply.script
    points = script.splitlines()
    assert points[2].startswith("- The reason is late payment") and "If they get upset or push back" in points[-1]


def test_a_note_for_the_techs_on_before_and_after_the_last_day_says_what_happens_after_it(bot):
    script = bot.handle(staff("Write an internal note for the techs on the Acme Dental offboarding: what we do and don't do "
                              "before and after the last day.")).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert "Until then they're a full client" in script and f"After {end}, once Acme Dental holds the admin accounts" in script
    assert "New support requests after it are declined kindly" in script


def test_killing_a_leaving_clients_vpn_accounts_before_the_holidays_is_a_no(closed):
    answer = closed.handle(staff("Can we kill Hooli's VPN accounts now so we're not scrambling over Christmas?")).reply.text
    assert answer.startswith("Helpful") and "No: nothing of Hooli Bakery's is suspended or switched off before Monday 4 " \
                                             "January 2027" in answer


def test_a_voicemail_back_to_an_ex_client_who_asked_for_help_with_a_mailbox_declines_the_support(bot):
    script = bot.handle(staff("Globex left a voicemail on the help desk line this morning asking for help with their shared "
                              "mailbox. Give me a voicemail script to call them back, 30 seconds tops.")).reply.script
    assert "we're no longer able to provide support" in script and "Thank you for asking about your data" not in script


def test_a_team_post_on_where_we_are_with_a_client_and_which_dates_matter_has_the_providers_day_and_closure(closed):
    script = closed.handle(staff("write a short slack post for #team letting everyone know where we are with hooli & which "
                                 "dates matter. 5 lines max")).reply.script
    assert "Castle Tech should reach us by Wednesday 23 December 2026, before our office closes for the holidays" in script
    assert "No account owner is named yet: send questions to me for now." in script and len(script.splitlines()) <= 5
