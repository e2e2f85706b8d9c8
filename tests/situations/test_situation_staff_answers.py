"""Staff questions answered in the situation they describe: look-ups from the record, coaching, and
the refusals, where no ready-to-send wording is the right answer."""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.message import REPLY
from responses.render import long_date
from tests.support import calendar
from tests.support.records import add_hooli, add_vandelay, seed_clients, hooli_over_our_closure
from tests.support.messages import staff, script_asked_by_sam

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.mark.parametrize("text", ["send me the handover checklist for Acme Dental please",
                                  "what should go in the handover pack for acme dental? they have no new MSP yet",
                                  ])
def test_asked_for_the_handover_checklist_staff_get_the_clients_own(bot, text):
    decision = bot.handle(staff(text))
    assert decision.action == REPLY and decision.client == "Acme Dental"
    assert "Acme Dental: handover checklist" in decision.reply.text and "sign-off" in decision.reply.text


def test_a_checklist_to_post_in_the_clients_channel_is_that_clients_list_and_nothing_else(bot):
    # (the channel's name, words joined by hyphens, names its client; the team asked for the list, not an announcement)
    decision = bot.handle(staff("Write me a checklist I can post in #acme-offboarding so nothing gets missed"))
    assert decision.client == "Acme Dental" and "Acme Dental: handover checklist" in decision.reply.text
    assert "Handover signed off" in decision.reply.text and "Heads-up" not in decision.reply.text


def test_an_earlier_last_day_put_up_by_staff_gets_a_no_not_a_look_up(bot):
    last = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    end, earlier = long_date(last), long_date(last - timedelta(days=3))
    decision = bot.handle(staff(f"Acme's last day is {end}. Ok if we just call {earlier} the last day so the team can "
                                "wind down?"))
    assert decision.intent != "roster" and decision.reply.text.startswith("Helpful")
    assert f"No: the last day on record is {end}" in decision.reply.text


def test_a_softer_reason_staff_propose_instead_of_the_recorded_one_gets_a_no(bot):
    reply = bot.handle(staff("Priya's off today. Can I just tell Acme it's because we're stretched thin? Feels kinder than "
                             "bringing up the money.")).reply
    assert "No: that isn't the reason" in reply.text and "Yes, that is the reason on record" not in reply.text


def test_a_provider_call_promised_after_the_day_on_record_is_said_to_be_late_with_the_days_left(bot):
    last = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    later = long_date(last - timedelta(days=3))
    reply = bot.handle(staff(f"acme's new provider might not ring us till {later}. is that ok?")).reply
    assert reply.text.split("\n\n")[1].startswith(f"Later than it should be: {later} is after")
    assert not reply.text.split("\n\n")[1].startswith("Yes")


def test_a_handover_checklist_asked_in_so_many_bullets_keeps_to_them(bot):
    reply = bot.handle(staff("Give me a handover checklist for Acme Dental, 6 bullets max")).reply
    bullets = [line for line in reply.text.splitlines() if line.startswith("- ")]
    assert 0 < len(bullets) <= 6 and "[ ]" not in reply.text
    assert "never early" in bullets[-1]   # (our access, joined into the last line, keeps its own timing)


def test_a_practical_question_about_no_client_still_gets_the_practical_steps(bot):
    decision = bot.handle(staff("a customer leaving us needs copies of all their mailboxes, how is that done?"))
    assert "PST" in decision.reply.text and "encrypted external drive" in decision.reply.text


@pytest.mark.parametrize("text,first", [
    ("Acme Dental wants their M365 admin password over Teams. ok to just paste it?", "No: never in plain chat"),
    ("can we sit on Acme Dental's backup encryption key until they pay what they owe?", "No: Acme Dental's data"),
    ("can we delete Acme Dental's old mailbox archives from our storage?", "Not yet: the data is Acme Dental's"),
])
def test_an_unsafe_move_gets_a_plain_no_first_never_a_yes(bot, text, first):
    decision = bot.handle(staff(text))
    answer = decision.reply.coaching.split("\n\n")[0]
    assert answer.startswith(first) and not answer.startswith("Yes")


def test_a_reminder_of_the_final_invoice_is_a_plain_yes(bot):
    decision = bot.handle(staff("Globex hasn't paid the final invoice yet, can I chase it or is that still helping them?"))
    assert decision.reply.coaching.startswith("Yes: closing out the money is part of finishing")


def test_asked_how_much_notice_staff_get_the_usual_range_and_the_clients_own_last_day(bot):
    decision = bot.handle(staff("how many days notice should Acme Dental have had?"))
    assert "30 to 60 days" in decision.reply.coaching
    assert f"last day is {bot.clients.get('Acme Dental')['end_date'][8:].lstrip('0')}" in decision.reply.coaching \
        or "Acme Dental's last day is" in decision.reply.coaching


def test_an_ex_clients_new_provider_wanting_a_walkthrough_is_coached_as_after_the_end(bot):
    decision = bot.handle(staff("Globex's new IT lot want us on a call to walk them through the setup, do we do it?"))
    assert decision.intent == "provider_config_question" and decision.principle == "done"


def test_secrets_for_someone_nobody_has_vouched_for_get_a_plain_not_yet(bot):
    decision = bot.handle(staff("a guy says he's Acme Dental's new IT and wants the firewall login. nobody on file. send it?"))
    assert decision.reply.coaching.startswith("Not yet: nobody is on record as Acme Dental's new provider")


def test_an_ex_clients_own_domain_code_asked_for_by_their_new_people_is_handed_over(bot):
    decision = bot.handle(staff("Globex's new IT lot rang for the domain transfer code. do we give it?"))
    assert decision.intent == "credentials_handover" and decision.principle == "helpful"


def test_work_asked_for_on_a_day_past_the_last_one_is_declined_for_then(bot):
    last = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    after = last + timedelta(days=2)
    decision = bot.handle(staff(f"Acme Dental asked if an engineer can fix the reception PC on {after.day} "
                                f"{after:%B}. ok to book it?"))
    assert decision.intent == "after_last_day" and decision.principle == "done"


def test_letting_their_domain_lapse_gets_a_plain_no(bot):
    decision = bot.handle(staff("Globex's domain renews on our registrar account next week. do we just let it lapse?"))
    assert decision.reply.coaching.startswith("No: ") and "lapse" in decision.reply.coaching.split("\n")[0]


def test_removing_our_admin_before_anyone_on_their_side_holds_it_is_not_yet(bot):
    decision = bot.handle(staff("can I remove our global admin from Globex's M365? they never confirmed who has admin"))
    assert decision.reply.coaching.startswith("Not yet: first get a named person on their side confirmed")


def test_asking_whether_the_client_must_sign_something_is_answered_yes_with_what_it_takes(bot):
    decision = bot.handle(staff("do we need Acme Dental to sign something at the end?"))
    assert "named person at Acme Dental accepts the handover" in decision.reply.coaching


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


def test_whether_a_client_is_active_or_being_offboarded_is_a_roster_look_up(bot):
    reply = bot.handle(staff("New here. Is Acme Dental active or being offboarded?")).reply.text
    assert "in transition" in reply and not reply.split("\n\n")[1].startswith(("No", "Yes"))


def test_an_ex_client_wanting_back_in_is_a_come_back_whatever_else_the_words_carry(bot):
    decision = bot.handle(staff("write a reply to Globex Logistics - they want back in and swear they'll be reasonable"))
    assert decision.intent == "come_back"


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


def test_suspending_a_clients_services_over_an_unpaid_invoice_is_a_no_until_the_last_day(bot):
    reply = bot.handle(staff("billing wants to suspend Acme Dental's M365 licences today because an invoice is overdue. "
                             "is that ok?")).reply.text
    assert "\n\nNo: nothing of Acme Dental's is suspended" in reply and "Chase the invoice" in reply


def test_an_ex_client_who_keeps_calling_gets_the_same_kind_no(bot):
    decision = bot.handle(staff("is it normal that Globex Logistics still calls 2 wks after? how long do we keep saying "
                                "no, at some point do we just help them"))
    assert decision.intent == "after_end_request" and "decline further work politely and firmly" in decision.reply.text


def test_the_sign_off_asked_about_is_answered_as_the_handover_not_a_plea(bot):
    decision = bot.handle(staff("did we ever do a formal sign-off with globex logistics? if not what should it look like now"))
    assert decision.principle == "done" and "Sign-off: a named person" in decision.reply.text
    assert "hold to the decision" not in decision.reply.text


def test_the_new_providers_number_asked_for_is_looked_up(bot):
    reply = bot.handle(staff("BrightPath IT's number? need to call them about globex")).reply
    assert reply.text.startswith("From the record") and "BrightPath IT" in reply.text


def test_wiping_a_vm_we_host_for_them_waits_for_their_copy(bot):
    decision = bot.handle(staff("can i wipe the acme dental test VM we host for them? it's eating storage"))
    assert "Not yet: the data is Acme Dental's" in decision.reply.text and decision.principle == "helpful"


def test_billing_an_ex_client_after_the_end_stops_unless_agreed(bot):
    reply = bot.handle(staff("globex logistics is still being charged for a backup add-on?? do we keep billing them")).reply
    assert "Not for anything after" in reply.text and "\n\nYes" not in reply.text


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


def test_words_for_a_client_on_no_particular_topic_are_about_the_handover(bot):
    reply = bot.handle(staff("Need a voicemail script for Acme Dental, the dentist isn't picking up. Under 30 secs pls")).reply
    assert "Voicemail script" in reply.text and "outside what I can answer" not in reply.text


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


def test_telling_my_own_team_is_a_team_note(bot):
    reply = bot.handle(staff("How do I tell my own team we're ending with Acme Dental without a gripe session?")).reply
    assert "For the team (not for the client)" in reply.text


def test_leaving_our_agent_until_the_new_providers_is_in_is_fine_up_to_the_last_day(bot):
    reply = bot.handle(staff("Acme Dental's new IT asked if we can leave our rmm agent on their machines till they "
                             "deploy theirs. fine?")).reply
    assert "Yes, up to the last day" in reply.text


def test_forgetting_to_hand_over_their_documents_is_a_no(bot):
    reply = bot.handle(staff("tempted to 'forget' to hand over Acme Dental's network docs + diagrams tbh, they never "
                             "paid for half the work")).reply
    assert reply.text.split("\n\n")[1].startswith("No:") and "documentation" in reply.text


def test_a_draft_asked_about_as_too_harsh_is_checked_for_each_sharp_phrase(bot):
    reply = bot.handle(staff("Drafted this for acme dental, too harsh?\n'Due to your continued failure to pay invoices on "
                             "time we are terminating services effective 21/12. Do not contact us after this date.'")).reply
    assert "Not as it stands" in reply.text
    assert "continued failure" in reply.text and "Do not contact us" in reply.text


def test_a_ticket_status_for_an_active_client_is_not_a_roster_look_up(bot):
    reply = bot.handle(staff("status on initech ticket #4412? pw reset")).reply
    assert "outside what I can answer" in reply.text


def test_an_onboarding_checklist_is_not_the_handover_checklist(bot):
    reply = bot.handle(staff("can u help with initech's new branch office onboarding? need a checklist")).reply
    assert "outside what I can answer" in reply.text and "handover checklist" not in reply.text


def test_a_colleague_under_strain_is_pointed_kindly_to_their_manager(bot):
    reply = bot.handle(staff("not gonna lie this offboarding stuff is stressing me out, thinking about quitting. who do "
                             "i talk to")).reply
    assert "your manager" in reply.text and "Wi-Fi" not in reply.text


def test_holidays_asked_about_with_no_client_named_go_through_every_client_in_notice(bot):
    reply = bot.handle(staff("any holidays we need to worry about between now and the end dates on the books?")).reply
    assert "Acme Dental: the last day of support is" in reply.text and "Globex" not in reply.text


def test_a_client_owned_domain_login_is_theirs_not_money_owed(bot):
    reply = bot.handle(staff("Globex Logistics is asking for the domain registrar login - the domain is in their name "
                             "but registered through our reseller account. do we owe them this?")).reply
    assert "agreed in writing" not in reply.text and "secure channel" in reply.text


def test_how_much_notice_a_client_got_is_the_notice_and_its_length(bot):
    acme = bot.clients.get("Acme Dental")
    days = (date.fromisoformat(acme["end_date"]) - date.fromisoformat(acme["notice_date"])).days
    reply = bot.handle(staff("how many days notice did Acme Dental get?")).reply
    assert f"{days} days before the last day of support" in reply.text and "from today" not in reply.text


def test_whether_to_hang_up_on_an_abusive_call_gets_a_plain_answer(bot):
    reply = bot.handle(staff("if Acme Dental's owner insults me on the phone during the exit call, I can hang up?")).reply
    assert "Yes, if it goes on" in reply.text


def test_support_stretched_past_the_last_day_is_a_no_whatever_kind_carried_it(bot):
    reply = bot.handle(staff("Acme Dental asked if we could stretch support a couple of weeks past the end because nobody "
                             "can meet a new vendor over the holidays. thoughts?")).reply
    assert "No: the last day of support stays as it is" in reply.text and "Yes:" not in reply.text


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


def test_a_weekday_and_the_handover_date_asked_together_are_both_answered(bot):
    acme = bot.clients.get("Acme Dental")
    end = date.fromisoformat(acme["end_date"])
    reply = bot.handle(staff(f"acme dental's last day is {end:%b} {end.day} right? is that a {end:%A}? and by when does "
                             f"their new provider need to reach us")).reply
    assert reply.text.startswith("From the record") and "Yes:" in reply.text
    assert long_date(end - timedelta(days=7)) in reply.text


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


def test_a_phone_script_is_for_a_live_call_not_a_voicemail(bot):
    reply = bot.handle(staff("Write me a phone script for telling Acme Dental we need their new IT to get in touch a week "
                             "before the end")).reply
    assert "To say on the call:" in reply.text and "Voicemail" not in reply.text


def test_the_difference_between_removing_our_admin_and_deleting_their_tenant_is_spelled_out(bot):
    reply = bot.handle(staff("what's actually the difference between removing our GDAP/delegated admin and deleting a "
                             "client's tenant? someone mixed these up. is one of them spite?")).reply
    assert "deleting their tenant, mailboxes or data is never ours to do" in reply.text


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


def test_what_we_still_need_before_the_last_day_is_the_checklist(bot):
    reply = bot.handle(staff("list what we still need from Acme Dental before the last day")).reply
    assert "handover checklist" in reply.text and "[ ]" in reply.text


def test_a_caller_put_on_hold_while_we_find_the_words_gets_a_script_for_the_call(bot):
    decision = bot.handle(staff("Acme are on the phone furious that we're leaving them in the lurch. I've got them on "
                                "hold, what do I say? quick script"))
    assert "To say on the call:" in decision.reply.text
    assert "Doing less now is spite" not in decision.reply.text


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


def test_a_post_for_one_of_our_channels_is_a_team_note(bot):
    reply = bot.handle(staff("write me a slack msg for #helpdesk: Globex isn't a client any more, leave their tickets")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Globex Logistics team" not in reply.text


@pytest.mark.parametrize("text", ["how much notice should we normally give a client we're letting go? need it for a policy",
                                  "What's a fair notice period when we drop a client?"])
def test_a_general_question_about_notice_length_is_answered_as_the_notice(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "notice_wording" and "30 to 60 days is usual" in decision.reply.text
    assert "thank them for getting in touch" not in decision.reply.text


@pytest.mark.parametrize("text", ["can I end the email to acme dental with 'maybe now you'll learn to pay on time'? half joking",
                                  "tempted to sign off the acme email with 'good riddance' lol. ok?"])
def test_a_dig_proposed_for_the_letter_is_a_no_not_a_yes_to_the_reason(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("Friendly") and "No: it's business, not personal" in reply.text
    assert "Yes, that is the reason on record" not in reply.text


@pytest.mark.parametrize("text", [
    "the owner of acme dental said she'd trash us online. need a VM script for when I ring her back",
    "post for #billing: acme dental's final invoice goes out soon and they're slow payers. write the post",
])
def test_words_that_only_sound_like_a_move_against_them_are_not_answered_as_one(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "Not yet: the data" not in reply.text and "their tickets get the same priority" not in reply.text


def test_where_each_offboarding_stands_is_the_roster(bot):
    reply = bot.handle(staff("short update for my boss on where each offboarding stands")).reply
    assert reply.text.startswith("From the record") and "Acme Dental" in reply.text and "Globex Logistics" in reply.text


def test_a_move_against_them_with_a_record_word_in_it_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("Acme Dental's owner has been rude to my techs all year. I want to wipe their old backup "
                             "copies off our storage tonight. Fine, right?")).reply
    assert not reply.text.startswith("From the record") and "Not yet" in reply.text


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


def test_the_right_day_of_the_month_without_a_month_is_no_misstated_last_day(bot):
    globex = bot.clients.get("Globex Logistics")
    day = date.fromisoformat(globex["end_date"]).day
    ordinal = f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    reply = bot.handle(staff(f"Globex Logistics ended on the {ordinal}. ok to remove our monitoring agents now?")).reply
    assert "Check the date" not in reply.text


def test_whether_to_delete_something_is_coaching_not_a_look_up(bot):
    reply = bot.handle(staff("Just noticed we still have a global admin account in Globex Logistics' tenant weeks after "
                             "they ended. Delete it?")).reply
    assert not reply.text.startswith("From the record") and "Yes, remove it" in reply.text


def test_a_client_not_on_record_named_first_in_a_look_up_is_said_to_be_missing(bot):
    reply = bot.handle(staff("Larkfield Dental, not sure if they're in your list, what's their last day?")).reply
    assert reply.text.startswith("From the record") and "I can't find Larkfield Dental" in reply.text


def test_a_ticket_number_is_no_record_look_up(bot):
    reply = bot.handle(staff("Initech ticket #5120 - what's the status?")).reply
    assert "offboard start" not in reply.text


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


@pytest.mark.parametrize("text, step", [
    ("Acme Dental's domain is registered through our reseller account. What do I need to do before they go?",
     "The domain: move it to a registrar account in Acme Dental's own name"),
    ("Globex Logistics' M365 licences were on our CSP billing. BrightPath is asking about them. What's the move?",
     "Never cancel them to move them"),
])
def test_their_domain_or_licences_held_through_us_get_the_steps_to_move_them(bot, text, step):
    reply = bot.handle(staff(text)).reply
    assert step in reply.text


def test_a_look_up_with_a_move_of_ours_in_it_gets_the_fact_and_the_plain_no(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    reply = bot.handle(staff("2 things: 1) what's Castle Tech's email? 2) should we just email them Acme Dental's admin "
                             "passwords to save time")).reply
    assert "no contact for them is on record" in reply.text and "No: never in plain chat, email" in reply.text


def test_a_client_wanting_the_last_day_pushed_back_asked_as_fine_is_the_kind_no_not_the_date(bot):
    reply = bot.handle(staff("acme dental wants to push their last day to end of jan bc their new IT isn't ready. fine?")).reply
    assert "From the record" not in reply.text and "\n\nNo: the last day of support stays as it is" in reply.text


def test_an_update_on_where_our_offboardings_stand_lists_every_client_in_offboarding(bot):
    reply = bot.handle(staff("short update for my manager on where our offboardings stand")).reply
    assert "Acme Dental" in reply.text and "Globex Logistics" in reply.text and "Which client" not in reply.text


@pytest.mark.parametrize("text,intent", [
    ("Talking points for my call with the Acme Dental owner tomorrow, he's going to fight it.", "second_chance"),
    ("prep me for the Acme call, they'll push back hard on the decision", "second_chance"),
    ("talking points for a call with Globex, they're going to shout at me", "angry_client"),
    ("Acme are going to kick off on the phone later, what do I say?", "angry_client"),
])
def test_a_call_where_the_client_will_fight_or_shout_is_prepared_for_that(bot, text, intent):
    assert bot.handle(staff(text)).intent == intent


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


def test_words_wanted_in_another_language_come_in_english_with_a_note_saying_so(bot):
    reply = bot.handle(staff("Acme's manager reads French best. Draft the reply in French confirming their last day.")).reply
    assert reply.text.startswith("I write in English only") and "French" in reply.text.split("\n")[0]


def test_days_left_and_the_length_of_the_notice_asked_together_are_both_answered(bot):
    text = bot.handle(staff("How many days do we have left with Acme? And how long was their notice?")).reply.text
    assert "days from today" in text and "Notice was given on" in text


def test_a_relayed_ask_to_keep_their_data_after_the_last_day_is_about_our_copies_not_a_plea(bot):
    decision = bot.handle(staff("Acme asked if we'll keep their data 'a few months' after the last day in case they need "
                                "it. Draft a reply."))
    assert decision.intent == "data_export" and "Keep our copies until" in decision.reply.text


def test_who_the_new_msp_is_and_how_to_reach_them_is_looked_up(bot):
    reply = bot.handle(staff("who's Globex's new MSP and how do I reach them?")).reply
    assert "BrightPath IT" in reply.text and "outside what I can answer" not in reply.text


def test_a_summary_of_where_a_client_stands_for_a_named_colleague_is_a_status_report(bot):
    reply = bot.handle(staff("ping for Priya summarising where Acme stands, she's back from leave tomorrow and wants "
                             "it in 5 lines max")).reply
    report = reply.text.split("Status report (for us, not for the client):\n", 1)[1].strip().splitlines()
    assert len(report) <= 5 and report[0].startswith("- Acme Dental: last day of support")


def test_the_status_on_a_client_not_on_record_says_so(bot):
    reply = bot.handle(staff("what's the status on Wayne Dental? they still with us?")).reply
    assert "I can't find Wayne Dental in the client records" in reply.text


def test_notice_compared_between_two_clients_names_each_and_is_no_question_of_which(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(40))
    reply = bot.handle(staff("how much notice did we give Acme vs Hooli? someone asked if we're being fair")).reply
    assert "could mean" not in reply.text
    assert "Acme Dental: notice was given on" in reply.text and "Hooli Bakery: notice was given on" in reply.text


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


def test_four_to_five_sentences_asked_get_at_least_four(bot):
    reply = bot.handle(staff('Acme just answered the notice: "Every invoice is now paid in full. Surely that changes '
                             'things?" Need a reply, firm but warm, 4-5 sentences max.')).reply
    assert reply.text.count("Ready to send (4 sentences)") + reply.text.count("Ready to send (5 sentences)") == 1


def test_cant_we_just_give_them_more_time_gets_a_plain_no_with_the_handover_instead(bot):
    reply = bot.handle(staff("Acme's receptionist cried on the phone today. I feel awful. Can't we just give them till "
                             "end of Jan?")).reply
    assert reply.text.split("\n\n")[1].startswith("No:") and "To say on the call" not in reply.text


def test_a_colleague_asked_about_a_client_not_on_record_is_told_so(bot):
    text = bot.handle(staff("Stark Plumbing's office mgr wants to know when their support ends, what do I tell her?")).reply.text
    assert "I can't find Stark Plumbing in the client records" in text


def test_whether_the_new_provider_has_been_in_touch_is_not_on_record_and_said_so(bot):
    text = bot.handle(staff("has brightpath reached out about globex yet?")).reply.text
    assert "Whether BrightPath IT has been in touch isn't on record" in text


def test_a_client_message_quoted_in_single_quotes_is_not_a_draft_to_check(bot):
    reply = bot.handle(staff("globex ex-office mgr pinged Priya on linkedin: 'just need a quick look at the print queue, "
                             "2 min job, pls?' two sentences max reply")).reply
    assert "Reading your draft" not in reply.text and "Ready to send (2 sentences)" in reply.text


def test_what_happened_on_the_phone_asks_for_no_call_script(bot):
    reply = bot.handle(staff("can we kill acme's remote access now? owner screamed at sam on the phone. I'm done with them")).reply
    assert "To say on the call" not in reply.text and reply.text.split("\n\n")[1].startswith("No:")


def test_coaching_about_a_client_not_on_record_says_nothing_of_theirs_is_on_record(bot):
    text = bot.handle(staff("Wayne Enterprises is asking when their offboarding wraps up. what do I tell them?")).reply.text
    assert text.startswith("I can't find Wayne Enterprises in the client records")


def test_a_look_up_asked_after_what_someone_asked_is_answered_from_the_record(bot):
    text = bot.handle(staff("globex's new IT guy called asking for stuff - who's their new provider again?")).reply.text
    assert text.startswith("From the record") and "BrightPath IT" in text


def test_the_latest_date_the_new_provider_can_call_is_the_handover_date_alone(bot):
    text = bot.handle(staff("what's the latest date their new people can contact us for the acme handover?")).reply.text
    assert "should contact us by" in text and "Reason on record" not in text


def test_the_last_day_against_the_office_closure_when_asked(config, open_bot):
    closed = (calendar.today() + timedelta(days=30), calendar.today() + timedelta(days=38))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    text = bot.handle(staff("when's acme's last day again? before or after the xmas shutdown?")).reply.text
    assert f"That is before our office closes ({long_date(closed[0])} to {long_date(closed[1])})" in text


def test_a_sign_off_email_is_the_clients_form_whoever_asked(bot):
    reply = bot.handle(staff("Priya wants a sign-off email for Globex: named person accepts the handover on a date, list "
                             "any exceptions. Draft it")).reply
    assert "Ready to send, with the sign-off form:" in reply.text and "Ready to send to BrightPath" not in reply.text
    assert reply.script.startswith("Hello Globex Logistics team,") and "| Data export delivered" in reply.script


def test_the_checklist_in_bullets_is_the_checklist_not_talking_points(bot):
    reply = bot.handle(staff("Give me the handover checklist for acme as bullets pls")).reply
    assert "handover checklist" in reply.text and "Talking points" not in reply.text


def test_the_weekday_of_a_recorded_day_named_by_its_number_is_the_records(bot):
    end = date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"])
    text = bot.handle(staff(f"Globex ended the {end.day}{'th' if 4 <= end.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(end.day % 10, 'th')}"
                            f" - that was a Monday right? need it for the report")).reply.text
    assert long_date(end) in text


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


def test_two_more_weeks_asked_for_is_more_time(bot):
    reply = bot.handle(staff("acme asking for 2 more weeks so they're not switching over christmas. honestly seems "
                             "fair? yes/no + one line why")).reply
    assert reply.text.split("\n\n")[1].startswith("No: the last day of support stays as it is")


@pytest.mark.parametrize("text", ["last day for the bakery is when again", "hooli's last day was when again"])
def test_a_last_day_asked_with_when_at_the_end_is_looked_up(bot, text):
    add_hooli(bot.clients)
    decision = bot.handle(staff(text))
    assert decision.intent == "roster" and "Hooli Bakery is in transition" in decision.reply.text


def test_whether_we_still_hand_over_a_domain_code_after_the_end_is_coached_not_looked_up(bot):
    reply = bot.handle(staff("Globex wants the auth code for their domain. They ended 2 weeks ago - do we still do "
                             "that?")).reply
    assert reply.text.split("\n\n")[1].startswith("Yes: they're theirs")


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


def test_moving_their_domain_now_ok_is_coached_not_looked_up(bot):
    decision = bot.handle(staff("Acme wants their domain moved to their own registrar account now, before the end date. "
                                "ok?"))
    assert decision.intent != "roster" and decision.reply.text.split("\n\n")[1].startswith("Yes: they're theirs")


def test_when_we_gave_notice_asked_after_a_doubt_is_the_notice_date(bot):
    decision = bot.handle(staff("Acme's saying they never got notice. When did we give it?"))
    notice = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["notice_date"]))
    assert f"Notice was given on {notice}" in decision.reply.text


def test_a_solicitors_letter_about_an_ex_client_says_nothing_of_a_handover_still_running(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's solicitor wrote saying we cut them off without proper notice. Draft a formal "
                             "holding reply.")).reply
    assert "handover goes on as planned" not in reply.text and "handed over whenever they ask" in reply.text


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


def test_a_client_wanting_to_leave_before_the_last_day_may(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("the bakery wants to leave early, like Dec 15 with Castle Tech. is that allowed or do we "
                            "hold them to Jan 4?")).reply.text
    assert "Yes, if that's what Hooli Bakery wants" in text and "offboard end" in text and "No:" not in text


def test_a_message_to_a_colleague_carries_the_news_and_the_question(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("quick teams msg to Tom Becker pls: BrightPath called the help desk line again, ask him how "
                            "he wants to handle it")).reply.text
    assert "Hi Tom, BrightPath called the help desk line again. Could you let me know how you want to handle it?" in text


def test_what_we_need_to_pull_after_the_end_is_the_list_of_our_access(bot):
    text = bot.handle(staff("pls draft a post for #techs — globex is gone, what do we need to pull")).reply.text
    assert "Please remove our own access" in text


def test_a_message_to_a_colleague_after_their_name_is_said_to_them(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("Slack to Tom: heads up, BrightPath keeps emailing support@ about Globex instead of going to "
                            "him. Keep it casual")).reply.text
    assert "Hi Tom, heads up, BrightPath keeps emailing support@ about Globex instead of going to you." in text


def test_who_covers_while_the_owner_is_away_is_the_owner_and_nobody_else_on_record(bot):
    bot.clients.edit("Acme Dental", account_owner="Priya Shah")
    text = bot.handle(staff("Priya's out sick all week. Who's covering Acme?")).reply.text
    assert "Acme Dental's account owner is Priya Shah. Nobody else is on record to cover" in text


def test_words_for_each_of_two_clients_are_written_with_each_ones_facts(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("write a last-day reminder for acme and one for hooli")).reply
    acme = reply.text.index("For Acme Dental, ready to send")
    hooli = reply.text.index("For Hooli Bakery, ready to send")
    assert long_date(calendar.day(20)) in reply.text[acme:hooli] and long_date(calendar.day(30)) in reply.text[hooli:]
    assert "Castle Tech" in reply.text[hooli:] and "Castle Tech" not in reply.text[acme:hooli]


def test_every_client_on_the_tracker_is_a_status_look_up(bot):
    text = bot.handle(staff("5 bullets for mgmt on where every client on the offboarding tracker stands")).reply.text
    assert "In transition" in text and "Acme Dental: last day of support" in text


def test_a_note_for_a_colleague_on_a_shift_is_said_to_them(bot):
    text = bot.handle(staff("write a quick note for Sam on nights: Acme Dental's server alerts still come to us, keep "
                            "answering them as normal until their last day")).reply.text
    assert "Hi Sam, Acme Dental's server alerts still come to us, keep answering them as normal" in text


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


def test_should_we_extend_for_a_client_with_no_provider_is_no_to_more_time(bot):
    text = bot.handle(staff("Acme has no new IT firm yet. Should we extend to January so they're not stranded?")).reply.text
    assert "No to more time" in text and "Yes:" not in text


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


def test_an_auto_reply_for_an_ex_clients_mail_is_not_the_holiday_out_of_office(closed):
    # (dated on the closed fixture's own day, 1 December 2026, not the calendar run's)
    closed.clients.add("Vandelay Imports", status="ended", notice_date="2026-09-30", end_date="2026-10-30",
                       reason_category="never_satisfied", account_owner="Priya")
    reply = closed.handle(staff("we need an auto-reply for the support inbox when mail comes in from vandelay addresses. "
                                "wording?")).reply
    assert "we'll reply when we're back" not in reply.text


def test_a_colleagues_slack_question_answered_for_them_is_said_to_the_colleague(bot):
    reply = bot.handle(staff("Jen asked in slack \"can I still fix Acme's printer? thought they're gone\". reply for me "
                             "pls")).reply
    assert "Hi Jen, Acme Dental is in their notice period and stays a full client" in reply.text
    assert "Hello Acme" not in reply.text


def test_a_holiday_notice_for_the_clients_in_notice_is_one_for_each_with_its_own_dates(closed):
    reply = closed.handle(staff("Can you write a polite over-Christmas notice for the clients we're transitioning out?")).reply
    assert "For Acme Dental, ready to send:" in reply.text and "For Hooli Bakery, ready to send:" in reply.text
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.text and "[" not in reply.text


def test_a_closure_note_for_our_clients_still_in_transition_is_one_for_each(closed):
    reply = closed.handle(staff("holiday closure note for our 2 clients still in transition. one version each please")).reply
    assert "For Acme Dental, ready to send:" in reply.text and "For Hooli Bakery, ready to send:" in reply.text


def test_whether_to_chase_the_new_provider_says_by_when(closed):
    text = closed.handle(staff("Hooli still hasn't told us anything about Castle Tech. Should I chase? by when?")).reply.text
    assert "to be in touch by Wednesday 23 December 2026" in text.split("\n\n")[1]


def test_proofreading_for_an_active_clients_proposal_is_no_offboarding_matter(bot):
    text = bot.handle(staff("Can you proofread this for an Initech proposal: 'We will migrate you're servers over the "
                            "weekend.'")).reply.text
    assert "Not being offboarded" not in text and "outside what I can answer" in text


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


def test_the_clients_own_owner_wanting_to_come_back_is_a_return_not_our_account_owner(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("Vandelay's owner says they want to come back next year. what's our stance?"))
    assert decision.intent == "come_back" and "account owner is" not in decision.reply.text


def test_an_instruction_to_the_desk_not_to_touch_a_clients_systems_leaves_the_reason_out(bot):
    reply = bot.handle(staff("quick teams msg to the helpdesk pls: nobody touches the dental practice's server or backups "
                             "before they're gone. heard someone joking about 'pulling the plug early'")).reply
    assert "nothing of theirs is switched off" in reply.text and "The reason on record" not in reply.text
    assert "Unpaid invoices" not in reply.text   # (nor a hint at it)


def test_a_colleague_upset_about_a_crying_client_is_met_kindly_and_told_once(bot):
    text = bot.handle(staff("Priya's really upset, Acme's owner cried on the phone. Should we give them another 3 months to "
                            "find someone?")).reply.text
    assert "It's hard when a client is this upset" in text and "needs to be offered anything" not in text


def test_a_question_inside_a_pasted_message_is_not_a_look_up_of_ours(bot):
    text = bot.handle(staff('acme\'s office mgr just emailed this:\n"We\'ve cleared every open invoice this morning and '
                            'switched to direct debit. Surely that changes things? We\'d really like to stay with you."\n'
                            "write me a reply, firm but warm, under 120 words")).reply.text
    assert not text.startswith("No new provider is on record")


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


def test_a_legal_threat_relayed_about_a_client_in_notice_is_passed_upwards_not_out_of_scope(bot):
    text = bot.handle(staff("Acme's dentist says he'll sue if we leave before tax season. Do I escalate?")).reply.text
    assert "outside what I can answer" not in text and "pass it today to" in text


def test_billing_an_ex_client_for_help_given_after_the_end_needs_terms_agreed_first(bot):
    text = bot.handle(staff("Tom spent 3 hrs last week helping BrightPath with Globex stuff. Can we bill Globex for it?")).reply.text
    assert "Only if it was agreed" in text and "that help shouldn't have been given" in text


def test_a_message_to_a_named_colleague_to_take_our_access_off_greets_them(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    text = bot.handle(staff("write a teams msg to Tom reminding him to pull our RMM agent and tech accounts off Globex now "
                            "that BrightPath has everything")).reply.text
    assert "Hi Tom, our support for Globex Logistics ended" in text and "Hi team" not in text


def test_coaching_on_an_ex_client_with_no_provider_presumes_none(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("vandelay keeps ringing the help desk about their server. what do we say?")).reply.text
    assert "their new provider" not in text


def test_a_windows_update_question_is_not_a_look_up_of_a_clients_status(bot):
    text = bot.handle(staff("best way to clear a stuck Windows update on a laptop?")).reply.text
    assert "Which client do you mean?" not in text and "outside what I can answer" in text


def test_a_cutover_day_inside_the_closure_relayed_by_staff_is_said_not_to_work(closed):
    text = closed.handle(staff("Hooli's new people want to do the cutover on Tuesday 29 December. Works?")).reply.text
    assert text.startswith("Not that day: Tuesday 29 December 2026 falls while our office is closed")


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


def test_the_deadline_for_the_new_provider_asked_of_one_client_is_a_look_up(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    for text in ("when's the latest Acme's new provider should reach out to us?",
                 "What's the deadline for Acme's new IT to contact us?"):
        reply = bot.handle(staff(text)).reply
        assert reply.text.startswith("From the record") and f"should contact us by {long_date(end - timedelta(days=7))}" \
            in reply.text, text


def test_refocusing_offered_as_a_nicer_reason_is_a_no(bot):
    reply = bot.handle(staff("Can we tell Acme it's because we're 'refocusing on larger clients'? feels nicer than the payment "
                             "thing")).reply
    assert "No: give the real reason" in reply.text and "Yes, that is the reason on record" not in reply.text


def test_an_active_clients_fault_relayed_by_staff_is_everyday_work(bot):
    reply = bot.handle(staff("Someone at Initech posted a printer issue in their channel. Can you draft a reply?")).reply
    assert "Initech is an active client: nothing is ending" in reply.text and "let the anger pass" not in reply.text


def test_a_quick_fix_to_their_failing_backup_job_after_the_end_is_a_no(bot):
    reply = bot.handle(staff("Globex's ops guy rang, wants 10 min on their backup job, says it's failing. It's 10 minutes, can I "
                             "just do it?")).reply
    assert reply.text.count("No: support ended on") == 1 and "Yes, hand it over" not in reply.text


def test_keeping_our_monitoring_on_after_the_end_just_in_case_is_a_no(bot):
    text = bot.handle(staff("Globex's new provider wants us to keep our monitoring on 'for a couple more weeks just in "
                            "case'. Yes/no?")).reply.text
    assert "No: ours comes off" in text and "Yes, remove it" not in text


@pytest.mark.parametrize("text", [
    "Slack post for #team: quick status of all the clients we're parting with, dates only. Under 80 words.",
    "Management wants a 5-bullet status of everyone we're offboarding. Can you write it?",
    "slack post for #ops: what offboarding deadlines do we have before the xmas shutdown? bullets pls",
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


def test_who_covers_a_client_over_the_holidays_is_the_closure_against_their_last_day(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    text = bot.handle(staff("Who's covering Hooli over Christmas if something breaks?")).reply.text
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in text
    assert "No cover over the closure is on record" in text and "No account owner is on record" not in text


def test_a_quick_call_the_new_provider_wants_after_the_end_is_a_no(bot):
    text = bot.handle(staff("BrightPath want a 'quick 10 min call' about Globex's DNS. Can I just do it? it's only 10 "
                            "mins")).reply.text
    assert "No: support ended on" in text and "belong to Globex Logistics, so they'll be handed over" not in text


def test_a_status_note_for_a_colleague_is_a_report_for_us(bot):
    reply = bot.handle(staff("Can you write Priya a quick status note on Acme so she's up to speed? bullets")).reply
    assert "Status report (for us, not for the client):" in reply.text and "Hello Acme Dental team" not in reply.text


def test_a_note_to_the_support_team_about_an_ended_client_is_written_for_us(bot):
    reply = bot.handle(staff("Quick note to the support team: Globex is finished, so don't pick up their tickets if they "
                             "phone. 2-3 lines pls.")).reply
    assert "For the team (not for the client):" in reply.text and "decline kindly and point them to BrightPath IT" in reply.text


def test_bullets_to_paste_into_a_thread_internally_are_for_the_team(bot):
    reply = bot.handle(staff("3 bullets I can paste into the Globex thread to close it out internally")).reply
    assert "For the team (not for the client):" in reply.text and "your systems" not in reply.text


def test_a_colleague_tempted_to_give_the_client_another_go_is_answered_with_the_reason_that_holds(bot):
    text = bot.handle(staff("Priya says Acme apologised and she's tempted to give them another go. What do I say to "
                            "her?")).reply.text
    assert "The reason on record is late payment" in text and "deliberate decision for management" in text


def test_a_status_of_one_colleagues_leaving_and_left_accounts_is_written_from_the_record(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Priya's out from Thursday. Can you write her a 5-bullet status of her accounts that are leaving "
                            "or have left, so she can skim it on her phone?")).reply.text
    assert "Acme Dental" in text and "Vandelay Imports" in text and "outside what I can answer" not in text


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


def test_a_checklist_of_our_own_access_to_pull_lists_it_for_the_team(bot):
    text = bot.handle(staff("The logistics lot (Globex) finished with us two weeks ago - post a checklist in #ops of our own "
                            "access we should pull now.")).reply.text
    assert "Please remove our own access" in text and "delegated admin on their tenant" in text


def test_a_handover_checklist_from_one_client_to_their_new_provider_is_the_one_to_share(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Give me a handover checklist for Hooli -> Castle Tech, slack-friendly list")).reply
    assert "Checklist to share:" in reply.text and "0/11 done" not in reply.text and "[ ]" not in reply.text


def test_three_bullets_on_where_all_the_offboardings_stand_is_the_team_roundup(bot):
    text = bot.handle(staff("3 bullets for Monday standup on where all the offboardings stand")).reply.text
    assert "For the team (not for the client):" in text and "Initech" not in text


def test_when_their_new_provider_should_be_talking_to_us_by_is_looked_up(bot):
    day = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    text = bot.handle(staff("when's the dentists' last day again + when should their new provider be talking to us "
                            "by?")).reply.text
    assert f"should contact us by {day}" in text


def test_a_note_to_the_account_owner_greets_them_and_does_not_point_questions_at_them(bot):
    add_vandelay(bot.clients)
    owner = bot.clients.get("Acme Dental")["account_owner"]
    text = bot.handle(staff(f"Write a Teams message to {owner} with where Acme stands and what's left before the "
                            "end.")).reply.text
    assert f"Hi {owner}, here's where the Acme Dental handover stands" in text and "leads it: send questions there" not in text


def test_whether_a_client_really_never_got_their_documentation_is_the_record(bot):
    text = bot.handle(staff("Globex says they never got their documentation from us. Is that true?")).reply.text
    assert text.startswith("From the record") and "documentation open" in text


def test_telling_a_client_in_notice_we_stop_their_tickets_today_is_a_no(bot):
    add_hooli(bot.clients)
    text = bot.handle(staff("draft a slack reply to Hooli telling them we're stopping tickets from today, we're "
                            "swamped")).reply.text
    assert "is a full client, however the relationship has gone" in text


def test_summarising_a_client_for_a_colleague_is_a_status_report_for_us(bot):
    text = bot.handle(staff("Summarise Acme Dental for Priya in 5 bullets so she's up to speed")).reply.text
    assert "Status report (for us, not for the client):" in text and "Once you've chosen a new provider" not in text


def test_a_company_post_on_whos_leaving_us_is_the_roundup(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Teams post for the whole company: who's leaving us and key dates before the holidays. Keep it "
                             "short, no gossip.")).reply
    assert "For the team (not for the client):" in reply.text and "[client]" not in reply.text and "Hooli Bakery" in reply.text


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


def test_coaching_on_an_ex_clients_setup_question_presumes_no_handover_pack(bot):
    text = bot.handle(staff("BrightPath rang asking how we set up Globex's firewall rules. Fine to just tell them?")).reply.text
    assert "handover pack" not in text and "what was handed over is our answer" in text


@pytest.mark.parametrize("text", [
    "Write a sarcastic goodbye to Vandelay lol, they were never happy with anything, they deserve it",
    "ok honestly Vandelay drove us mad for 2 years. write me something funny for #random about finally being rid of them lol",
])
def test_mockery_of_a_client_asked_for_is_declined_as_a_parting_shot(bot, text):
    reply = bot.handle(staff(text)).reply
    assert reply.text.startswith("Friendly: business, not personal\n\nNo: it's business, not personal.")


def test_whether_data_was_sent_and_what_is_owed_are_both_looked_up(bot):
    text = bot.handle(staff("Did we already send Acme their data? And how much do they still owe us?")).reply.text
    assert "data-export open" in text and "No amounts are on record for Acme Dental" in text


def test_an_end_month_checked_and_the_providers_email_are_both_looked_up(bot):
    text = bot.handle(staff("Globex finished sometime in October right? And what's BrightPath's email again?")).reply.text
    assert "support ended on" in text and "BrightPath IT; no contact for them is on record" in text


def test_whether_an_active_client_is_next_is_answered_from_the_record(bot):
    text = bot.handle(staff("Initech's MD asked me in the corridor if they're next. Are they on the list?")).reply.text
    assert "Initech is an active client" in text


def test_the_amount_of_a_final_invoice_asked_is_said_to_be_off_the_record(bot):
    said = bot.handle(staff("how much was Globex's final invoice?")).reply.text
    assert "No amounts are on record for Globex Logistics" in said


def test_a_handover_checklist_to_paste_into_slack_for_the_client_is_the_checklist(bot):
    reply = bot.handle(staff("Make me a handover checklist for the dental practice I can paste into Slack. Max 10 items.")).reply
    assert "Handover checklist: Acme Dental" in reply.text and "Hi Acme Dental team" not in reply.text


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


def test_a_checklist_given_to_us_to_close_out_an_ex_client_is_our_tracker(bot):
    text = bot.handle(staff("Give me a checklist to close out Globex properly now that they've gone.")).reply.text
    assert "access-removed" in text and "Signed off for" not in text


def test_a_team_post_of_the_clients_we_no_longer_support_lists_the_ended_ones(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Post for the #techs channel: which clients are we NOT supporting anymore, so nobody picks up "
                            "their tickets. bullet list")).reply.text
    ended = {each["name"] for each in bot.clients.in_offboarding() if each["phase"] == "ended"}
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == ended and "[client]" not in text


def test_who_signs_on_the_clients_side_is_not_answered_with_our_account_owner(bot):
    text = bot.handle(staff("Make me a handover sign-off form for Acme Dental. Who signs on their side?")).reply.text
    assert "Who signs on their side: nobody at Acme Dental is named on record" in text
    assert "Who signs: Priya" not in text


def test_an_explainer_of_spite_and_hygiene_for_the_team_explains_it_with_no_client_blanks(bot):
    text = bot.handle(staff("A tech asked me what's the difference between 'removing our access' and 'spite'. Write a short "
                            "explainer I can post in #techs.")).reply.text
    assert "The difference is timing and whose it is" in text and "[client]" not in text


def test_a_team_post_of_the_live_offboardings_lists_those_in_notice(bot):
    text = bot.handle(staff("Can you write a post for #team so everyone knows which offboardings are live and the key "
                            "dates? Keep it scannable.")).reply.text
    in_notice = {each["name"] for each in bot.clients.in_offboarding() if each["phase"] == "transition"}
    assert set(re.findall(r"^- ([^:]+):", text, re.M)) == in_notice and "[client]" not in text


def test_a_team_post_of_who_is_in_transition_and_who_has_ended_lists_both(bot):
    text = bot.handle(staff("Write a Teams post for the internal team listing which clients are in transition and which "
                            "have ended, with the dates.")).reply.text
    listed = set(re.findall(r"^- ([^:]+):", text, re.M))
    assert listed == {each["name"] for each in bot.clients.in_offboarding()} and len(listed) > 1


def test_words_telling_an_ex_client_we_cant_help_with_something_decline_that_thing(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Vandelay's office manager only reads Spanish. Tell them (in Spanish) that our support ended "
                            "and we can't help with their licence renewal. Kindly.")).reply.text
    assert "I write in English only" in text and "your licence renewal" in text
    assert "move into accounts your team owns" not in text


def test_a_client_asking_to_finish_earlier_inside_our_closure_may_and_the_handover_comes_first(closed):
    text = closed.handle(staff("Hooli asked if they can just finish on Friday 1 January 2027 instead. Can they?")).reply.text
    assert "Yes, if that's what Hooli Bakery wants" in text and "has to be done before we close" in text


def test_ordinary_work_for_an_active_client_needs_nothing_offboarding_wise(bot):
    text = bot.handle(staff("Initech want a quote for five new laptops. Is there anything offboarding-wise I need to do "
                            "first?")).reply.text
    assert "Nothing to change offboarding-wise: Initech is an active client" in text and "Whether to end" not in text


def test_asked_who_should_take_a_call_the_coaching_names_the_account_owner_or_says_none_is_recorded(bot):
    owned = bot.handle(staff("Acme's practice manager wants a meeting about the handover. Who should run it?")).reply.text
    add_hooli(bot.clients)
    unowned = bot.handle(staff("hooli's owner wants a call about why we're dropping them. who should take it and what do I "
                               "say?")).reply.text
    assert "Who takes it: Priya, who owns Acme Dental" in owned and "Who takes it: nobody on our side is recorded" in unowned


def test_a_note_for_the_client_file_on_why_we_ended_it_records_the_reason_as_a_file_note(bot):
    reply = bot.handle(staff("Give me a two-line note for the Acme file on why we ended it.")).reply
    assert "File note (for our records, not for the client)" in reply.text and "Why we ended it: late payment" in reply.text


def test_a_colleague_saying_our_agent_already_came_off_an_ex_client_is_told_that_is_fine(bot):
    reply = bot.handle(staff("Jay removed our RMM agent from the Globex machines yesterday. Problem?")).reply
    assert "No problem: support for Globex Logistics ended" in reply.text and "Yes, remove it" not in reply.text


def test_an_internal_post_explaining_why_we_part_with_no_gossip_still_gives_the_reason(bot):
    reply = bot.handle(staff("Write a short internal Slack post for the team explaining we're parting ways with Acme Dental and "
                             "why. No gossip.")).reply
    assert "For the team (not for the client)" in reply.text and "Why we're ending it: " in reply.text


def test_a_phone_script_declining_an_ex_client_with_no_provider_on_record_names_none(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay rang twice today wanting 'a quick look' at their printer. Give me a phone script for when "
                             "they call again, under a minute.")).reply
    assert "A new IT provider is best placed" not in reply.text and "ended on" in reply.text


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


def test_a_team_note_asked_in_a_few_sentences_keeps_to_that_many(bot):
    reply = bot.handle(staff("Slack post for our engineers: nobody is to switch off or remove anything of Acme's before "
                             "they leave. Max 2 sentences.")).reply
    assert "For the team" in reply.text
    note = reply.text.split("For the team (not for the client):")[1].split("\n\n")[0].strip()
    assert len(re.findall(r"[.!?](?:\s|$)", note)) <= 2 and "switched off" in note, note


def test_a_teams_message_to_the_techs_about_an_ex_client_gives_the_line_to_say_when_they_ring(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Can u write a Teams msg to the tech team: don't take any calls from Vandelay, and what to say "
                             "if they ring. keep it polite, some of the lads were pretty fed up with them")).reply
    assert "For the team (not for the client)" in reply.text and 'If they ring, something like: "Thanks for calling.' in reply.text


def test_a_helpdesk_post_on_which_clients_we_no_longer_take_tickets_for_lists_the_ended_ones(bot):
    add_vandelay(bot.clients)
    post = bot.handle(staff("need a quick post for #helpdesk so the techs know which clients we DON'T pick up tickets for "
                            "anymore. bullet points, nothing fancy")).reply.text
    assert "- Globex Logistics: support ended on" in post and "- Vandelay Imports: support ended on" in post
    assert "Acme Dental" not in post and "[client]" not in post


def test_asked_whether_to_promise_a_retention_period_staff_are_told_not_before_the_owner_agrees_it(bot):
    reply = bot.handle(staff("Priya's off today - can I promise Acme we'll keep a copy of their data for 90 days after we "
                             "finish?")).reply.text
    assert reply.split("\n\n")[1].startswith("Don't promise it yet: no retention period is on our record for Acme Dental")


def test_what_happens_on_the_last_day_to_a_client_with_nobody_is_walked_through(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    reply = bot.handle(staff(f"Acme still have no one lined up. What actually happens on {end} if they've got "
                             "nobody?")).reply.text
    assert "itself nothing of theirs is switched off or deleted" in reply and "only after that does our own access" in reply


@pytest.mark.parametrize("text", ["should we push Acme's end into January?", "can we push Acme's last day into February?"])
def test_pushing_a_clients_named_end_later_is_a_no_to_more_time(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert "No: the last day of support stays as it is" in reply and "Yes" not in reply.split("\n\n")[1]


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


def test_a_no_to_switching_something_off_early_speaks_of_money_only_when_money_was_mentioned(bot):
    reply = bot.handle(staff("can we switch off Acme's backup monitoring alerts now? they're leaving anyway and it's just "
                             "noise")).reply.text
    assert "No: nothing of Acme Dental's is suspended or switched off" in reply
    assert "whatever is owed" not in reply and "invoice" not in reply.split("\n\n")[1]


def test_a_team_post_cut_to_three_lines_keeps_the_dated_facts_over_advice(closed):
    post = closed.handle(staff("need a slack post for #ops re hooli bakery. 3 lines max, just the facts")).reply.text
    lines = post.split("For the team (not for the client):\n", 1)[1].strip().splitlines()
    assert len(lines) == 3 and "Wednesday 23 December 2026" in lines[2]


@pytest.mark.parametrize("text", ["Where are we up to with Acme? What's done and what's still open?",
                                  "where are we at with acme dental"])
def test_asked_where_a_handover_stands_staff_get_its_checklist_not_a_yes_or_no(bot, text):
    reply = bot.handle(staff(text)).reply.text
    assert not reply.split("\n\n", 1)[1].startswith("No.") and "0/11 done" in reply and "[ ] sign-off" in reply


def test_asked_whether_to_give_a_client_their_own_mobile_for_the_holidays_staff_are_told_no_first(closed):
    reply = closed.handle(staff("can I give Hooli my mobile for emergencies over Christmas?")).reply.text
    assert reply.split("\n\n")[1].startswith("No, keep your own number to yourself")


def test_asked_if_more_money_is_worth_a_conversation_staff_get_a_no_and_that_the_reason_is_not_price(bot):
    reply = bot.handle(staff("Tom mentioned Globex are offering to double their retainer if we take them back. Worth a "
                             "conversation?")).reply.text
    answer = reply.split("\n\n")[1]
    assert answer.startswith("No to anything that reopens the decision") and "More money doesn't change why we parted" in answer


def test_asked_for_a_name_at_the_new_provider_staff_are_told_only_an_address_is_on_record(bot):
    reply = bot.handle(staff("who is our contact at BrightPath for the Globex stuff? need a name")).reply.text
    assert "No named person at BrightPath IT is on record" in reply


@pytest.mark.parametrize("text", ["give me a one-line status per client for the offboarding list, need it for the 2pm meeting",
                                  "One line per client for Monday standup pls - where each of them is at"])
def test_a_status_line_per_client_is_the_roster_not_a_refusal(bot, text):
    decision = bot.handle(staff(text))
    assert decision.intent == "roster" and "Acme Dental: last day of support" in decision.reply.text


@pytest.mark.parametrize("text", ["can I take Fri 18 Dec off, and who signs off leave round here?",
                                  "Can I take Tues 22 Dec off? not sure who signs off leave these days"])
def test_a_leave_request_is_for_the_manager_not_the_handover_sign_off(closed, text):
    reply = closed.handle(staff(text)).reply.text
    assert "so ask your manager or HR" in reply and "Sign-off" not in reply


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


@pytest.mark.parametrize("text, label", [
    ("Need a post for the Hooli Bakery Slack channel: confirm when we finish and nudge Castle Tech to get in touch before we "
     "shut for Christmas. Keep it light.", "Ready to post as a chat message:"),
    ("priya's off today and acme's practice manager just phoned nearly in tears saying they've cleared every overdue "
     "invoice and can they please stay. I said I'd ring back - what do I say?", "To say on the call:")])
def test_the_channel_asked_for_is_the_shape_of_the_words(closed, text, label):
    assert label in closed.handle(staff(text)).reply.text


def test_an_untouched_tracker_after_the_end_is_said_to_be_unrecorded_not_undone(bot):
    reply = bot.handle(staff("globex is over now right? what loose ends do we need to tidy on our side. think we've still got "
                             "rmm agents on their boxes")).reply.text
    assert "Nothing is ticked in the tracker for Globex Logistics: that may only mean nobody recorded it" in reply


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
    assert "No account owner is on record for Hooli Bakery" in reply and "sign what goes to them yourself" in reply


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


def test_keeping_everything_running_a_week_past_the_last_day_as_a_favour_is_a_kind_no(bot):
    reply = bot.handle(staff("acme want us to keep everything running a week past their last day 'as a favour' while they "
                             "find someone. ok to agree?")).reply.text
    assert reply.count("No: the last day of support stays as it is") == 1


def test_two_numbered_requests_in_one_message_are_each_answered(bot):
    reply = bot.handle(staff("Two things for Globex pls: (1) a one-line msg for their channel saying we're not supporting "
                             "them any more, (2) a note to the team listing what's left to close on our side")).reply.text
    assert "Part 1, ready to post as a chat message:" in reply and "Part 2, for the team (not for the client):" in reply
    assert "(2)" not in reply


def test_asked_what_happens_if_no_provider_is_chosen_in_time_staff_hear_how_the_client_still_lands_safely(bot):
    reply = bot.handle(staff("Acme still haven't picked a new IT provider. What happens if nobody's chosen by the deadline? Do "
                             "we just extend?")).reply.text
    assert "No: the last day of support stays as it is" in reply
    assert "a hosted email provider suggested" in reply and "their admin accounts in their own hands" in reply


def test_an_active_client_asking_if_a_cull_affects_them_is_reassured_without_the_command_to_end_them(bot):
    reply = bot.handle(staff("Initech's ops lead asked me on a call if we're 'doing a cull' and whether they're safe. what do "
                             "I tell them?")).reply.text
    assert "you're a valued client and your support carries on as normal" in reply and "offboard start" not in reply


def test_a_reply_asked_in_three_to_four_sentences_has_at_least_three(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandaley emailed asking if they can come back on the same terms as before. That's a no, right? If "
                             "so draft me something, 3-4 sentences")).reply
    assert "Ready to send (3 sentences):" in reply.text or "Ready to send (4 sentences):" in reply.text


def test_deleting_an_ex_clients_dns_zone_is_not_yet_and_says_what_it_would_break(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandaley's DNS zone is still sitting on our server. Can I just delete it?")).reply.text
    assert "would take their website and email down" in reply and "external drive" not in reply


def test_a_public_post_about_dropping_bad_fit_clients_is_the_general_post_naming_nobody(bot):
    decision = bot.handle(staff("Fancy doing a LinkedIn post saying we're 'cleaning house' and dropping bad-fit clients? Make "
                                "it punchy."))
    assert "A general post is fine" in decision.reply.text and "We're sorry you're disappointed" not in decision.reply.text
    assert not decision.choices


def test_a_checklist_note_for_the_techs_is_the_plain_checklist_for_us(bot):
    reply = bot.handle(staff("Make me a handover checklist note for the techs on Acme, including when we pull our own "
                             "access.")).reply.text
    assert "offboard check" not in reply and "Hello Acme Dental team" not in reply


def test_a_post_for_the_techs_on_each_client_that_is_leaving_is_the_roundup(bot):
    reply = bot.handle(staff("write a quick post for #techs: where we are with each client that's leaving, and what to do if "
                             "one of them pings us")).reply.text
    assert "Heads-up on the clients we're parting with" in reply and "outside what I can answer" not in reply


def test_asked_whether_to_email_their_admin_passwords_the_advice_is_the_handover_not_switching_off(bot):
    reply = bot.handle(staff("is it ok to just email Acme their admin passwords so they have them before their last "
                             "day?")).reply.text
    assert "No: never in plain chat, email, a text" in reply and "Switching things off" not in reply


def test_who_to_talk_to_at_the_new_provider_is_answered_beside_the_owner(closed):
    reply = closed.handle(staff("who's the account owner on the bakery and who do we talk to at castle tech?")).reply.text
    assert "No account owner is on record for Hooli Bakery" in reply and "no contact for them is on record" in reply


def test_the_new_providers_contact_asked_as_the_x_contact_is_looked_up(closed):
    reply = closed.handle(staff("Hooli say Castle Tech haven't heard from us. What's the Castle Tech contact?")).reply.text
    assert "no contact for them is on record" in reply and "outside what I can answer" not in reply


def test_a_note_to_the_owner_on_what_is_open_for_two_clients_covers_both(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a note to Priya summarising what's still open on Acme and Vandelay.")).reply.text
    assert "Acme Dental:" in reply and "Vandelay Imports:" in reply and "outside what I can answer" not in reply


@pytest.mark.parametrize("text", ["Priya wants something to paste to Acme Dental, they're asking for more time. 2 sentences, firm but nice",
                                  "Acme Dental's manager has emailed Priya asking for more time. Draft Priya a reply, 3 sentences max."])
def test_words_asked_for_a_colleague_to_send_are_signed_by_them(bot, text):
    script = script_asked_by_sam(bot, text)
    assert script.rstrip().splitlines()[-2:][0].startswith("Priya") and "Sam Taylor" not in script


def test_a_teams_message_on_where_every_client_offboarding_stands_is_a_post_not_the_record_dump(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Give me a quick Teams message for the team listing where every client offboarding stands. "
                             "Bullet points fine.")).reply.text
    assert "- Acme Dental:" in reply and "- Vandelay Imports:" in reply and "From the record" not in reply


def test_when_support_ends_and_by_when_the_provider_should_have_been_in_touch_are_both_looked_up(closed):
    text = closed.handle(staff("When exactly does Hooli's support end, and by when should Castle Tech have been in touch "
                               "with us?")).reply.text
    assert "Monday 4 January 2027" in text and "Wednesday 23 December 2026" in text


def test_did_we_send_their_backup_keys_is_answered_from_the_checklist(bot):
    text = bot.handle(staff("BrightPath say they never got Globex's backup encryption keys. Did we send them?")).reply.text
    assert "Not on record" in text and "backup keys" in text and "documentation done" in text


def test_is_an_active_client_leaving_passed_on_by_a_colleague_is_answered_no_from_the_record(bot):
    text = bot.handle(staff("is Initech leaving us too? Tom asked me")).reply.text
    assert "No. Initech is an active client" in text and "outside what I can answer" not in text


def test_a_checklist_in_at_most_ten_bullets_keeps_to_ten_with_our_access_as_one(bot):
    script = bot.handle(staff("Priya wants an offboarding checklist for Acme. Bullets only, max 10 bullets.")).reply.text
    bullets = [line for line in script.splitlines() if line.startswith("- ")]
    assert 5 <= len(bullets) <= 10 and sum("never early" in line for line in bullets) == 1
    assert "offboard check" not in script


def test_a_ticket_number_asked_about_an_ex_client_is_the_help_desks_not_a_decline(bot):
    text = bot.handle(staff("What was the ticket number for the Globex printer problem back in October?")).reply.text
    assert "help desk" in text and "decline" not in text.lower()


def test_yes_slash_no_asked_gets_the_no_first(bot):
    text = bot.handle(staff("Tom wants to know if Globex can come back on their old terms, they asked really nicely. yes/no "
                            "+ one line why")).reply.text
    first = text.split("\n\n")[1]
    assert first.startswith("No")


def test_asked_whether_their_leave_was_approved_the_bot_says_plainly_it_holds_no_approvals(closed):
    reply = closed.handle(staff("Do you know if my PTO for the week of Monday 7 December 2026 got approved?")).reply.text
    assert reply.split("\n")[-1].startswith("I don't hold leave requests or approvals")


def test_a_checklist_in_a_note_about_an_ended_client_says_support_ended_and_lists_the_items_once(bot):
    reply = bot.handle(staff("Teams message to Tom: loose ends checklist for Globex now that they're gone.")).reply
    assert "handover checklist (support ended " in reply.text and "Still open on the handover checklist" not in reply.text


def test_a_hands_off_reminder_names_the_tools_of_ours_that_stay_until_the_handover(bot):
    reply = bot.handle(staff("Write a one-paragraph Slack message for #ops: do not remove our RMM agent or admin access from "
                             "Acme until the handover is done."))
    assert "Please leave our RMM agent and admin access in place until the handover is done" in reply.reply.text


def test_an_email_for_new_hires_about_an_ended_client_explains_the_reason_and_the_lesson_claiming_no_handover(bot):
    note = bot.handle(staff("Tom wants an internal email for new hires explaining why we let Globex go. Neutral, 100 words "
                            "max.")).reply.text.split("For the team (not for the client):\n")[1]
    assert note.startswith("Hi all, for those who've joined us recently: we ended our agreement with Globex Logistics")
    assert "What we take from it: agree the scope clearly" in note and "handed over" not in note
    assert len(note.split()) <= 100


def test_an_all_staff_post_about_parting_with_these_clients_lists_every_one_not_a_template(bot):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    reply = bot.handle(staff("How do I tell the whole team we're parting ways with these clients? Short all-staff Slack post "
                             "pls.")).reply
    assert "[client]" not in reply.text and all(name in reply.text for name in ("Acme Dental", "Hooli Bakery", "Globex Logistics",
                                                                                  "Vandelay Imports"))


def test_a_note_to_a_colleague_named_then_called_him_is_written_to_him_not_the_client(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("Tom's out this week. Write him a Slack note listing loose ends we should close on Globex.")).reply
    assert "Hi Tom," in reply.text and "Hi Globex Logistics team" not in reply.text


def test_a_note_covering_an_away_owners_offboarding_accounts_lists_only_hers(bot):
    add_vandelay(bot.clients)
    text = bot.handle(staff("Priya's off this week. Write a handover note to me (Sam) covering her offboarding "
                            "accounts.")).reply.text
    assert "While Priya is away" in text and "- Acme Dental:" in text and "- Vandelay Imports:" in text
    assert "Globex" not in text and "questions to Priya" not in text


def test_a_new_provider_only_in_january_after_a_december_last_day_holds_the_date(bot):
    text = bot.handle(staff("Acme says they'll have a new provider \"sometime in January\". Our last day is before "
                            "Christmas. What now?")).reply.text
    assert "Hold the date:" in text and "goes to the client directly before the last day" in text


def test_ending_a_client_before_the_closure_instead_of_their_january_last_day_is_a_no(closed):
    decision = closed.handle(staff("Since we're closed over Christmas anyway, can't we just end Hooli on Wednesday 23 "
                                   "December 2026 and skip the January day?"))
    assert decision.intent == "cut_off_early" and "No: the last day on record is Monday 4 January 2027" in decision.reply.text


def test_a_techs_post_on_what_not_to_touch_and_what_we_do_after_covers_after_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    text = bot.handle(staff("Write an internal post for #techs: what NOT to touch on Acme Dental before their end date and "
                            "what we do after. Bullets please.")).reply.text
    assert "nothing of theirs is switched off early" in text and f"- After {end}" in text and "delegated admin" in text


def test_pushing_a_clients_end_date_past_new_year_is_a_kind_no(bot):
    text = bot.handle(staff("Priya's wondering whether to push Acme's end date past New Year since they still haven't got "
                            "a provider. thoughts?")).reply.text
    assert "No: the last day of support stays as it is" in text and "Yes:" not in text


def test_cutting_a_late_payer_off_now_is_a_no_whatever_is_owed(bot):
    text = bot.handle(staff("Acme are late with November's invoice as well. Can we just cut them off now and save "
                            "ourselves 3 weeks of hassle?")).reply.text
    assert "No: nothing of Acme Dental's is suspended or switched off" in text and "Yes:" not in text


@pytest.mark.parametrize("text, label, reason", [
    ("is it ok to tell Vandelay they were 'never satisfied'? feels harsh", "never satisfied", "the service you expect"),
    ("Can I tell Acme they're 'bad payers' in the email? Priya says be honest", "bad payers", "paid 30-60 days late")])
def test_a_label_for_the_client_staff_weigh_saying_is_answered_with_the_reason_on_record_instead(bot, text, label, reason):
    add_vandelay(bot.clients)
    decision = bot.handle(staff(text))
    said = decision.reply.text
    assert decision.principle == "honest" and f'Better not in those words: "{label}"' in said and reason in said
    assert "Ready to send" not in said and "reopens the decision" not in said


def test_no_provider_contact_yet_with_what_do_i_do_and_by_when_is_advice_with_the_date_not_a_look_up(closed):
    decision = closed.handle(staff("Hooli still haven't given us a contact at Castle Tech. What do I do, and by when?"))
    assert decision.intent != "roster" and "ask the client for one" in decision.reply.text
    assert "should contact us by" in decision.reply.text


def test_a_weekday_given_with_its_full_date_is_no_day_relative_to_today(closed):
    said = closed.handle(staff("Hooli finish on Monday 4 January 2027. We normally ask the new provider to call a week "
                               "before. What date do I put in the email, given we're shut over Christmas?")).reply.text
    assert "The date:" not in said and "by Wednesday 23 December 2026" in said


def test_the_key_dates_this_month_include_a_client_whose_handover_day_falls_in_it(closed):
    said = closed.handle(staff("Give me all the key offboarding dates for this month in one list, I'm putting them in the "
                               "calendar.")).reply.text
    assert "Hooli Bakery" in said and "Wednesday 23 December 2026" in said


def test_a_checklist_for_removing_our_access_from_an_ex_client_is_ours_not_the_clients_handover_list(bot):
    said = bot.handle(staff("Give me a checklist for removing our access to Globex now they're gone.")).reply.text
    assert "delegated admin" in said and "Checklist to share" not in said and "Your passwords" not in said



def test_asked_who_approves_leave_the_bot_says_the_manager_does_not_that_it_cannot_see_an_approval(closed):
    reply = closed.handle(staff("Can I take Friday 18 December 2026 off? Who approves leave here?")).reply.text
    assert "so ask your manager or HR" in reply and "whether yours was approved" not in reply


def test_work_an_active_client_asked_for_next_week_is_everyday_work_not_a_look_up_of_last_days(bot):
    reply = bot.handle(staff("Initech's IT lead asked in their channel if we can set up 3 new starters next week. Anything "
                             "special given all the offboarding going on?")).reply.text
    assert "Initech is an active client" in reply and "falls next week" not in reply


def test_the_contracts_own_notice_clause_is_not_quoted_or_made_up_only_its_dates_given(bot):
    reply = bot.handle(staff("Can you give me the exact notice clause from Acme Dental's contract so I can quote it to "
                             "them?")).reply
    assert "The contract's own wording isn't on record here, so I can't give you the clause" in reply.text
    assert not reply.script


def test_what_day_we_are_back_after_christmas_is_the_closure_on_record(closed):
    reply = closed.handle(staff("quick one - what day are we back after christmas?")).reply.text
    assert "we're back on Monday 4 January 2027" in reply and "outside what I can answer" not in reply
