"""What the bot does with a client's message in each situation: reply, draft for a person, or stay
quiet, and the words of each (see render.facts_for "situation" and PRACTICAL)."""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.message import DRAFT, HANDOFF, IGNORE, REPLY
from intents import cues, escalation_cues
from responses.render import christmas_break, long_date
from tests.support import calendar
from tests.support.records import add_hooli, add_vandelay, seed_clients, hooli_over_our_closure
from tests.support.messages import client, staff, what_was_said

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


def test_a_formal_complaint_to_management_goes_to_a_person_with_a_draft_saying_so(bot):
    decision = bot.handle(client("I'm taking a formal complaint about all this to your director", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"
    notice = decision.staff_notice.text
    assert "management team" in notice and "free to share" not in notice


def test_a_numbered_ticket_and_data_question_go_to_a_person_with_both_drafted(bot):
    decision = bot.handle(client("Two bits: 1) our new receptionist can't log in to her laptop and 2) who should "
                                 "can we have a copy of all our files on a drive before the end?", "Acme Dental"))
    assert decision.action == HANDOFF
    assert "help desk" in decision.staff_notice.text and "external drive" in decision.staff_notice.text


def test_an_ex_client_asking_us_to_tide_them_over_is_answered_as_support_that_has_ended(bot):
    decision = bot.handle(client("our new IT firm has folded, could you cover us for a few weeks until we find "
                                 "another one?", "Globex Logistics"))
    assert decision.principle == "done" and decision.action in (REPLY, HANDOFF)


@pytest.mark.parametrize("text", ["for our records, what was the reason we ended with Acme Dental?",
                                  "writing up an internal review - why did Acme Dental get notice?"])
def test_a_question_for_our_own_records_gets_the_facts_and_no_letter_to_the_client(bot, text):
    decision = bot.handle(staff(text))
    assert decision.reply.script == "" and "late payment" in decision.reply.text


def test_a_note_for_our_own_billing_team_is_no_letter_to_the_client(bot):
    decision = bot.handle(staff("need a quick note to our finance team about Acme Dental's final invoice"))
    assert decision.reply.script.startswith("Hi finance team") and "Hello Acme" not in decision.reply.text


def test_a_short_when_is_the_last_day_from_a_client_in_notice_gets_the_date(bot):
    decision = bot.handle(client("when's the last day?", "Acme Dental"))
    end = bot.clients.get("Acme Dental")["end_date"]
    assert decision.intent == "end_date" and str(int(end[8:])) in (decision.reply or decision.draft).text


def test_a_colleague_asking_about_the_record_gets_no_letter_to_the_client(bot):
    decision = bot.handle(staff("what was the official reason we gave Acme Dental again? the new hire is asking"))
    assert "late" in decision.reply.text and not decision.reply.script


def test_a_slack_msg_for_the_team_is_a_team_note_not_a_letter_to_the_client(bot):
    reply = bot.handle(staff("draft a slack msg to the team: acme dental offboarding, need someone on the handover")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text
    assert "Priya leads it" in reply.script


@pytest.mark.parametrize("name,answer", [("Acme Dental", "How can we help?"), ("Globex Logistics", "we'll hand it over")])
def test_a_bare_hello_from_a_client_in_offboarding_gets_a_short_answer_not_silence(bot, name, answer):
    decision = bot.handle(client("hello?", name))
    assert decision.action == REPLY and answer in decision.reply.text
    assert "Hello,\n\nHello" not in decision.reply.text


def test_a_client_asking_to_hold_off_until_later_is_told_the_date_stays(bot):
    decision = bot.handle(client("Could you hold off until the end of February? December is our busiest month.",
                                 "Acme Dental"))
    text = (decision.reply or decision.draft).text
    assert "the last day stays as it is" in text and "no need to worry" not in text


def test_a_client_asking_if_support_is_really_ending_on_a_day_gets_the_date(bot):
    decision = bot.handle(client("Is support really ending on the 21st? That's right after our busiest restock week!",
                                 "Acme Dental"))
    assert decision.action == REPLY and decision.intent == "end_date"


def test_asking_if_anyone_still_watches_the_channel_gets_an_answer(bot):
    decision = bot.handle(client("hey is anyone still watching this channel?", "Globex Logistics"))
    assert decision.action == REPLY and decision.intent == "hello"


def test_an_ex_client_asking_us_to_confirm_the_end_date_gets_it(bot):
    decision = bot.handle(client("Could you confirm in writing the date our support with you ended? Our auditors need it.",
                                 "Globex Logistics"))
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert decision.action == REPLY and decision.intent == "end_date" and end in decision.reply.text


def test_the_new_providers_contact_given_by_the_client_reaches_a_person_with_the_command_to_record_it(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Castle Tech's tech is Dana, dana@castletech.example - she'll call you next week",
                                 "Hooli Bakery"))
    assert decision.intent == "provider_handover"
    assert '`offboard provider "Hooli Bakery" "Castle Tech" dana@castletech.example`' in decision.staff_notice.text
    assert "please share their contact details" not in decision.staff_notice.text


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


def test_a_client_asking_which_of_two_dates_is_the_last_day_gets_it(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    other = end.replace(day=1) if end.day != 1 else end.replace(day=2)
    decision = bot.handle(client(f"Is it {end.day} {end:%b} or {other.day} {other:%b}? The letter was confusing, sorry",
                                 "Acme Dental"))
    assert decision.intent == "end_date" and long_date(end) in (decision.reply or decision.draft).text


def test_licences_moved_to_their_own_card_are_handed_over_not_refunded(bot):
    decision = bot.handle(client("Microsoft says our licences are still billed through you and they renew soon. How do "
                                 "we move them to our own card?", "Globex Logistics"))
    assert decision.intent == "credentials_handover" and "refund" not in decision.staff_notice.text


def test_an_angry_client_who_paid_is_not_thanked_for_the_payment(bot):
    decision = bot.handle(client("Honestly this is petty. We paid. Late, fine, but we paid. You're a bunch of bean "
                                 "counters.", "Acme Dental"))
    assert "the payment" not in (decision.reply or decision.draft).text


def test_a_client_asking_us_to_post_named_passwords_gets_a_draft_about_those_only(bot):
    decision = bot.handle(client("Please post the admin password for the firewall and the Wi-Fi here so our new vendor "
                                 "can log in.", "Acme Dental"))
    notice = decision.staff_notice.text
    assert "The Wi-Fi admin password and the firewall admin login are yours" in notice
    assert "Without a new provider" not in notice


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
    assert "suggest a few IT providers" not in what_was_said(decision)


def test_a_client_asking_us_to_recommend_a_provider_is_answered_as_a_friendly_offer(bot):
    decision = bot.handle(client("Can you recommend a provider that suits a 10-person office better? We don't want to "
                                 "pick blindly.", "Acme Dental"))
    assert decision.intent == "contact" and decision.principle == "friendly"


def test_sarcastic_thanks_with_an_insult_reaches_a_person(bot):
    decision = bot.handle(client("Our new IT company says your setup was a mess. Thanks for the garbage you left us.",
                                 "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "angry_client"


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


def test_more_time_asked_because_the_new_provider_starts_later_gets_the_stopgap(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    decision = bot.handle(client("Can we push the end date to February? Castle Tech can't start till 1 Feb.", "Acme Dental"))
    assert "external drive" in what_was_said(decision)


def test_a_client_asking_about_the_holidays_is_promised_no_hours_nobody_recorded(bot):
    decision = bot.handle(client("Will anyone be around between Christmas and New Year?", "Acme Dental"))
    assert "Christmas and New Year included" not in (decision.reply or decision.staff_notice).text


def test_a_client_asking_about_another_client_gets_a_draft_that_keeps_it_confidential(bot):
    decision = bot.handle(client("Is Acme Dental still with you? We share a building and they're saying you're dumping "
                                 "them.", "Globex Logistics"))
    assert "can't talk about anyone else's" in decision.staff_notice.text


def test_a_question_about_the_final_bill_is_not_answered_as_a_billing_error(bot):
    decision = bot.handle(client("Will there be a final invoice? And is December charged in full if support stops on the "
                                 "last day?", "Acme Dental"))
    assert decision.action == HANDOFF and "charged in error" not in decision.staff_notice.text
    assert "what the final invoice covers" in decision.staff_notice.text


def test_a_plea_read_only_in_doubt_is_drafted_as_the_known_kind_no(bot):
    decision = bot.handle(client("We'd pay double, honestly. Please. Nobody understands our systems like you.",
                                 "Acme Dental"))
    assert decision.action == HANDOFF
    assert "the decision stands" in decision.staff_notice.text and "come back to you" not in decision.staff_notice.text


def test_words_for_my_manager_are_a_note_for_the_team_not_a_letter_to_the_client(bot):
    reply = bot.handle(staff("Slack to my manager saying Acme Dental needs someone to lead the handover. Keep it short.")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text
    assert "outside what I can answer" not in reply.text


def test_good_luck_said_as_a_jab_goes_to_a_person_not_a_warm_thank_you(bot):
    jab = bot.handle(client("ha. good luck replacing a client who paid you for nine years", "Acme Dental"))
    assert jab.intent == "angry_client" and jab.reply is None
    wish = bot.handle(replace(client("Good luck with everything, and thank you for the help over the years!",
                                     "Acme Dental"), thread_id="t-wish"))
    assert wish.action == REPLY and wish.intent == "gratitude"


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


def test_a_plea_to_be_kept_until_a_season_is_a_request_for_more_time_even_around_christmas(bot):
    decision = bot.handle(client("December is our busiest time, with the Christmas rush and two new people starting. We "
                                 "can't change IT now. Please keep us until the summer and we'll go quietly then.",
                                 "Acme Dental"))
    assert decision.intent == "second_chance" and "the decision is final" in decision.reply.text


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


def test_whether_the_last_invoice_covers_a_whole_month_is_a_billing_question(bot):
    decision = bot.handle(client("Will our last invoice be for all of next month even though you stop early in it?",
                                 "Acme Dental"))
    assert decision.intent == "loose_ends" and decision.action == HANDOFF


def test_a_status_email_for_a_manager_is_a_report_of_the_record_not_words_for_the_client(bot):
    reply = bot.handle(staff("My manager wants a quick status email on Acme Dental's offboarding - where we are and "
                             "what's still open. Bullets fine.")).reply
    assert "Status report (for us, not for the client):" in reply.text
    assert "- Acme Dental: last day of support" in reply.script and "Account owner: Priya" in reply.script
    assert "Still open on the handover checklist" in reply.script and "Hello Acme Dental" not in reply.script


@pytest.mark.parametrize("text", ["Boss says: let Acme Dental stay if they pay double. I think that's a mistake but he's the boss. Thoughts?",
                                  "Mgmt suggests giving Globex Logistics a free month of support as a goodwill gesture. ok?"])
def test_softening_proposed_from_above_gets_the_case_to_put_back_not_a_reply_to_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "\n\nNo: " in reply.text and "whoever is weighing the offer" in reply.text
    assert not reply.script and "Yes" not in reply.text and "Thank them for the offer" not in reply.text


def test_a_slack_reply_to_a_colleague_in_general_is_for_the_team_not_the_client(bot):
    reply = bot.handle(staff("someone in #general asked 'why did we even dump globex logistics'. give me a slack reply "
                             "that's not gossipy")).reply
    assert "For the team (not for the client)" in reply.text and "Globex Logistics team" not in reply.script


def test_our_own_question_asked_for_slack_is_answered_for_the_team_not_the_client(bot):
    reply = bot.handle(staff("one line for slack: are we still supporting globex?")).reply
    assert "For the team (not for the client):" in reply.text and "Hello Globex" not in reply.text


@pytest.mark.parametrize("text,asked", [
    ("Email to finance please: Acme's final invoice needs to go out. I don't have the amount.", "prepare the final invoice"),
    ("Need to ask finance if Globex's final invoice went out. Wording?", "check that the final invoice"),
])
def test_a_note_to_finance_about_the_final_invoice_is_written_to_finance_not_the_client(bot, text, asked):
    reply = bot.handle(staff(text)).reply
    assert reply.script.startswith("Hi finance team") and asked in reply.script
    assert "For the team (not for the client):" in reply.text and "Could you let us know when it will be paid" not in reply.text


def test_a_client_asking_for_its_diagrams_gets_a_draft_that_sends_them(bot):
    decision = bot.handle(client("We never received the network diagrams from you. Can you send them?", "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply (check it, then send):", 1)[-1]
    assert decision.action == HANDOFF and "diagrams" in draft and "external drive" not in draft


def test_every_login_a_client_names_is_in_the_draft_that_hands_them_over(bot):
    decision = bot.handle(client("we need the admin logins for our Microsoft 365 and the domain registrar — who has those??",
                                 "Acme Dental"))
    draft = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert "Microsoft 365 admin" in draft and "registrar" in draft


def test_an_invoice_that_never_arrived_is_resent_not_checked_for_errors(bot):
    decision = bot.handle(client("never got the final invoice. number?", "Globex Logistics"))
    draft = decision.staff_notice.text if decision.action == HANDOFF else decision.reply.text
    assert "copy of the final invoice" in draft and "charged in error" not in draft


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


def test_a_text_to_the_client_saying_the_new_provider_needs_to_call_us_is_for_the_client(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    reply = bot.handle(staff("acme owner only reads texts. need one under 300 characters: their last day, and SmileTech needs "
                             "to call us before then")).reply
    assert "Ready to send as a text message" in reply.text and "to SmileTech" not in reply.text


def test_the_last_day_asked_in_writing_with_when_our_antivirus_comes_off_answers_both(bot):
    decision = bot.handle(client("Please confirm the last day of support in writing. Also, will you be taking your antivirus "
                                 "off our computers on that day or before?", "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"The last day of our support is {end}" in decision.reply.text
    assert "nothing of yours is cut off early" in decision.reply.text


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


def test_a_long_letter_offering_to_pay_up_front_if_we_keep_them_on_is_a_plea_answered_in_full(bot):
    letter = ("Dear all,\n\nI have been lying awake about this. We have been with you since the practice opened and my staff "
              "rely on you for everything. I know the invoices have been a mess this year, our bookkeeper left and it all "
              "fell apart. I am prepared to pay six months up front, starting this week, if you will keep us on. Please. "
              "I'm asking you as a person, not a business.\n\nKind regards")
    decision = bot.handle(client(letter, "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert decision.intent == "second_chance" and "our decision is final" in draft
    assert "come back to you on this shortly" not in draft


def test_everything_on_a_usb_stick_gets_a_draft_that_says_yes(bot):
    decision = bot.handle(client("Could we have everything from the shared drive on a USB stick before we switch over please?",
                                 "Acme Dental"))
    assert decision.action == HANDOFF and "external drive" in decision.staff_notice.text


def test_our_monitoring_alerts_still_reaching_an_ex_client_are_a_tool_of_ours_to_remove(bot):
    decision = bot.handle(client("We're still getting your monitoring alerts emailed to us every night. Please stop them.",
                                 "Globex Logistics"))
    assert "we're sorry it's still there" in decision.staff_notice.text


def test_a_long_support_request_that_says_please_help_is_no_plea_to_reconsider(bot):
    text = ("Hi team, please help us this morning: the reception PC will not start, the screen stays black after the logo, "
            "and we have tried unplugging it and holding the power button for a while, which did nothing. Patients are "
            "arriving at nine and the booking system only runs on that machine, so we really need someone to look at it "
            "as soon as possible. Thank you so much, Jen")
    assert bot.handle(client(text, "Acme Dental")).intent != "second_chance"


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


def test_please_dont_leave_us_is_a_plea_answered_with_the_kind_no(bot):
    decision = bot.handle(client("Please don't leave us. We're a tiny practice, six people. You've always been so good "
                                 "to us.", "Acme Dental"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else decision.staff_notice.text
    assert decision.intent == "second_chance" and "no hard feelings" not in said and "final" in said


def test_a_new_provider_announced_with_exclamation_marks_is_taken_up_in_the_draft(bot):
    decision = bot.handle(client("good news we found a new provider!! ToothTech IT, our contact is Marco, "
                                 "marco@toothtech.example. pls work with him", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "ToothTech IT is taking over" in said and "whichever provider you choose" not in said


def test_one_bitlocker_key_asked_for_is_one_key(bot):
    decision = bot.handle(client("We need the BitLocker recovery key for our CEO's laptop, it's locked.", "Globex Logistics"))
    assert "The BitLocker recovery key is yours" in decision.staff_notice.text


def test_i_bet_this_is_because_is_a_guess_at_the_reason_corrected_kindly(bot):
    decision = bot.handle(client("I bet this is because Dr. Kim yelled at your technician in August. He apologised, "
                                 "you know.", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert "it isn't that" in said and "The reason is late payment" in said


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
    assert decision.action == HANDOFF and "full control of your domain" in decision.staff_notice.text.split("Draft reply")[1]


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


def test_the_last_day_and_whether_we_are_open_over_christmas_are_answered_together(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("quick q - what's the actual last day you support us, and are you open over xmas? we "
                                 "close 23rd-2nd", "Acme Dental"))
    said = decision.reply.text if decision.reply else decision.staff_notice.text
    assert decision.intent == "holiday_cover" and end in said and "asks several things" not in said


def test_thanks_answered_with_kind_words_is_not_welcomed_twice(bot):
    decision = bot.handle(client("ok. thank you for being straight with us, honestly. we get it. let's just make the move "
                                 "smooth.", "Acme Dental"))
    assert "kind words" in decision.reply.text and "You're very welcome" not in decision.reply.text


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


def test_a_workload_reason_is_said_as_our_capacity_and_not_as_their_fault(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(40),
                    reason_category="overload")
    decision = bot.handle(client("Why are you dropping us? We always paid on time.", "Hooli Bakery"))
    said = (decision.reply or decision.draft).text if (decision.reply or decision.draft) else decision.staff_notice.text
    assert "The reason is our team's capacity: we can't give you the level of support you need" in said
    assert "anything you did wrong" not in said   # (a reassurance the record doesn't hold softens the reason)


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


def test_a_clients_setup_question_pasted_in_claims_no_handover_document_not_on_record(bot):
    script = bot.handle(staff('Globex emailed this, can you draft Tom\'s reply? "Hi, BrightPath can\'t work out how our VPN '
                              'was set up. Could one of your guys jump on a call for 15 mins and walk them through it? '
                              'Thanks"')).reply.script
    assert "handover documentation" not in script and "is best placed to help" in script \
        and "Thank you for understanding." in script


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


def test_a_later_start_by_the_new_provider_is_no_early_start_and_no_yes(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Can we move our end date to January 18? Castle Tech can't fully start before then.",
                                 "Hooli Bakery"))
    said = what_was_said(decision)
    assert "Yes, that's fine" not in said and "can't continue our support beyond" in said


def test_a_long_letter_that_also_asks_for_a_fix_says_the_fix_went_to_the_help_desk(bot):
    decision = bot.handle(client(
        "Dear Priya,\n\nI have been sitting with your letter since Friday and honestly I'm heartbroken. We've been with "
        "your company for six years. The late payments this year were because the insurers were slow reimbursing us - "
        "it was never disrespect. Everything is paid in full now. Please, please reconsider. My staff trust your techs."
        "\n\nAlso, separate thing, the front desk printer has jammed and won't scan to email since yesterday, can "
        "someone look?\n\nWarm regards,\nLinda (Practice Manager)", "Acme Dental"))
    assert "passed your other request to our help desk" in decision.staff_notice.text


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
    said = what_was_said(decision)
    assert "The reason is late payment" in said and "Yours sincerely," in said and "Kind regards" not in said


def test_a_domain_and_a_fix_asked_by_an_ex_client_get_the_handover_and_the_kind_no(bot):
    draft = bot.handle(client("Two things: can you confirm our domain is unlocked for transfer, and also fix our email "
                              "signature template real quick?", "Globex Logistics")).staff_notice.text
    assert "We'll make sure you hold full control of your domain" in draft and "no longer able to take on requests" in draft
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


def test_plain_thanks_from_an_ex_client_is_answered(bot):
    decision = bot.handle(client("just wanted to say thanks, transition went smooth, BrightPath is settling in 👍",
                                 "Globex Logistics"))
    assert decision.intent == "gratitude" and decision.action == "reply"


def test_an_ex_client_asking_for_a_fix_today_gets_the_kind_no(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Our VPN is down. Fix it today please.", "Vandelay Imports"))
    assert decision.intent == "after_end_request" and "not able to help with your VPN" in \
        what_was_said(decision)


def test_renewing_licences_one_more_time_is_the_handover_of_the_licences(bot):
    decision = bot.handle(client("Can you renew our Microsoft licences one more time? BrightPath's reseller account isn't "
                                 "ready yet. We'll pay upfront.", "Globex Logistics"))
    assert decision.intent == "credentials_handover"
    assert "will check exactly how they're held today" in what_was_said(decision)


def test_a_message_to_the_clients_billing_contact_is_written_to_the_client(bot):
    reply = bot.handle(staff("Teams msg to Acme's billing contact reminding them the final invoice is due.")).reply
    assert "finance team" not in reply.script and reply.script.startswith("Hi Acme Dental team")


def test_a_holiday_question_gets_no_promise_of_cover_while_the_office_is_shut(closed):
    decision = closed.handle(client("Will you guys be around over Christmas? Our last day with you is Jan 4 and we're "
                                    "nervous about the switch.", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "closed from Thursday 24 December 2026" in said and "how to reach us if something urgent" not in said
    assert "We can't promise cover while the office is shut" in said


def test_a_personal_letter_that_opens_with_a_first_name_is_not_answered_dear_sir_or_madam(bot):
    decision = bot.handle(client("Dear Priya and team,\n\nI have been thinking about your letter all weekend. Please "
                                 "reconsider, we have been with you for years.\n\nYours sincerely,\nHelen", "Acme Dental"))
    said = what_was_said(decision)
    assert "Dear Sir or Madam" not in said and "Yours sincerely" not in said   # warmly, as it was written


def test_a_short_follow_up_about_the_same_request_is_no_request_of_its_own(bot):
    draft = bot.handle(client("We need to get all our patient records and the practice management database out before "
                              "you leave. How does that work, and is it secure?", "Acme Dental")).staff_notice.text
    assert "Your data is yours" in draft and "other points in your message" not in draft


def test_data_for_a_client_whose_last_day_follows_the_closure_is_due_before_the_office_closes(closed):
    decision = closed.handle(client("we want copies of everything on the shared drive (recipes, supplier lists etc) "
                                    "before january. usb is fine", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "own hands before Monday 4 January 2027" not in said and "Wednesday 23 December 2026" in said


def test_a_letter_to_dear_sirs_is_still_formal(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Dear Sirs,\n\nWe hereby request the transfer of the domain vandelayimports.example to "
                                 "a registrar account of our choosing.", "Vandelay Imports"))
    assert "Yours sincerely," in what_was_said(decision)


def test_a_statement_after_a_question_still_leaves_both_requests_answered(bot):
    draft = bot.handle(client("Who actually owns our domain acmedentalcare.com? I think you registered it. We need it "
                              "moved. Also please send the final bill so we can close our books.",
                              "Acme Dental")).staff_notice.text
    assert "Your domain is yours" in draft and "final invoice" in draft


def test_a_plea_to_reconsider_presumes_no_new_provider_and_offers_the_safe_landing(bot):
    draft = bot.handle(client("Dear Priya and team,\n\nI have been thinking about your letter all weekend and could not "
                              "sleep. We have been with you for almost six years. Yes, we were late with payments this "
                              "year, but we always paid in the end. I am asking you, please, to reconsider. I will "
                              "personally make sure every invoice is paid within the week from now on. Changing IT "
                              "before Christmas frightens me.\n\nWith hope,\nHelen", "Acme Dental")).staff_notice.text
    assert "your new provider in touch" not in draft and "external drive" in draft


def test_a_no_to_a_client_with_no_new_provider_offers_the_safe_landing(bot):
    said = bot.handle(client("sorry about the late invoices. what if we prepay the whole year? would you keep us?",
                             "Acme Dental")).reply.text
    assert "external drive" in said and "hosted email" in said and "move to a new provider" not in said


def test_a_user_who_cannot_log_in_is_a_fault_for_the_help_desk_not_a_credentials_handover(bot):
    decision = bot.handle(client("Hi, Dr. Patel can't log into the X-ray PC this morning, says password expired. Can "
                                 "someone help asap? Patients are waiting.", "Acme Dental"))
    assert decision.action == REPLY and "help desk" in decision.reply.text and "secure channel" not in decision.reply.text


def test_licences_asked_about_over_christmas_are_the_licences_not_the_holiday_cover(bot):
    decision = bot.handle(client("Do our Microsoft licences stop when your support does? We really don't want email dying over "
                                 "Christmas.", "Acme Dental"))
    assert "own payment method" in what_was_said(decision)


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


def test_we_can_fix_this_in_a_plea_is_no_fault_to_pass_on(bot):
    decision = bot.handle(client("Dear Priya,\nI have been sitting on this email all weekend. We have been with your "
                                 "company since 2019 and Dr. Patel is honestly devastated. I know we were late with "
                                 "payments this year; the insurance reimbursements were a disaster after the system "
                                 "change. But we have always valued you and your team, and I really believe we can fix "
                                 "this. Please, please give us another chance.\nWarmly,\nLinda", "Acme Dental"))
    assert "help desk" not in what_was_said(decision)


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


def test_a_switchover_day_inside_the_closure_is_said_to_have_nobody_from_us(closed):
    said = (lambda d: (d.reply or d.draft or d.staff_notice).text)(closed.handle(client(
        "we're planning the switchover for Monday 28 December 2026 - someone from your side can be around that day yeah?",
        "Hooli Bakery")))
    assert "Monday 28 December 2026 falls while our office is closed" in said


def test_a_gift_brought_to_our_office_on_a_closed_day_is_thanked_and_told_nobody_is_in(closed):
    said = (lambda d: (d.reply or d.draft).text)(closed.handle(client(
        "Morning! Dropping off mince pies at your office on Thursday 24 December 2026 as a thank you", "Hooli Bakery")))
    assert "lovely thought" in said and "won't be anyone in on Thursday 24 December 2026" in said


def test_a_fault_reported_beside_asking_the_last_day_gets_both(bot):
    decision = bot.handle(client("printer in surgery 2 jammed again also remind me when exactly ur last day is?", "Acme Dental"))
    said = what_was_said(decision)
    assert "help desk" in said and "printer" in said
    assert f"Your last day of support is {long_date(calendar.day(20))}" in said


def test_a_domain_move_for_a_client_whose_last_day_follows_the_closure_is_due_before_we_close(closed):
    said = what_was_said(closed.handle(client("who has the login for our website domain? we want castle tech to move it",
                                              "Hooli Bakery")))
    assert "by Wednesday 23 December 2026, before our office closes" in said and "well before Monday 4 January" not in said


def test_an_ex_client_asking_who_their_new_provider_should_contact_is_told_support_has_ended(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("who is our new IT company supposed to contact about the handover",
                                           "Vandelay Imports")))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"Our support ended on {ended}." in said and "can contact" in said


def test_an_ex_client_asking_us_to_reset_an_admin_password_is_told_support_ended_and_given_what_is_theirs(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("forgot the admin pwd for the file server, can you reset it for us",
                                           "Vandelay Imports")))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"Our support ended on {ended}, so we can't reset it for you" in said and "secure channel" in said


def test_a_new_provider_asking_a_firewall_setting_after_the_end_is_declined_not_offered_the_login(bot):
    decision = bot.handle(client("Hi, BrightPath IT here, we've picked up Globex Logistics. Quick one - what's the static "
                                 "route on their firewall for the warehouse VLAN?", "Globex Logistics"))
    said = what_was_said(decision)
    assert decision.intent == "provider_config_question" and "admin login" not in said


def test_the_new_provider_introducing_itself_asking_for_a_handover_meeting_is_answered_as_the_provider(closed):
    decision = closed.handle(client("Hello, I am from Castle Tech, we take over Hooli Bakery. Please when we can have "
                                    "meeting for handover and who is person to talk with?", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "Thank you for getting in touch about Hooli Bakery" in said and "Wednesday 23 December 2026" in said


def test_a_smaller_plan_asked_for_is_not_thanked_as_a_better_offer(bot):
    said = what_was_said(bot.handle(client("Please, could we stay on a smaller plan? Only emergencies, we would hardly "
                                           "bother you.", "Acme Dental")))
    assert "smaller arrangement wouldn't change our reasons" in said and "better offer" not in said
    assert "Thank you for the offer" not in said


def test_asked_if_it_was_something_one_of_them_said_the_reply_says_it_was_not(bot):
    said = what_was_said(bot.handle(client("Why are you really doing this? Was it something one of us said?", "Acme Dental")))
    assert "it isn't that" in said and "late" in said


def test_a_cause_put_as_is_it_the_beside_a_why_is_answered_that_it_is_not(bot):
    said = what_was_said(bot.handle(client("Why are you dropping us? Is it the data breach scare back in September?",
                                           "Acme Dental")))
    assert "it isn't that" in said and "late" in said


def test_an_ex_client_asking_when_our_tech_is_coming_is_told_support_ended(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Vandelay Imports. Our laptops need updates, what time is your tech coming Thursday?",
                                 "Vandelay Imports"))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert decision.intent == "after_end_request" and ended in what_was_said(decision)


def test_an_ex_client_asking_who_to_call_for_support_now_is_told_support_ended(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("who do we call for support now??", "Vandelay Imports")))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"Our support ended on {ended}" in said and "suggest a few" in said


@pytest.mark.parametrize("text", ["Vandalay imports: we'd like to come back. New management, much easier to work with, promise!",
                                  "We'd like to come back please."])
def test_an_ex_client_with_no_new_provider_asking_to_come_back_is_offered_names(bot, text):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client(text, "Vandelay Imports")))
    assert "can't take the account back on" in said or "won't be taking the account back on" in said
    assert "suggest a few" in said


def test_a_better_offer_from_a_client_who_cannot_find_anyone_in_time_gets_the_safe_landing(bot):
    said = what_was_said(bot.handle(client("We are prepared to pay six months in advance and increase the fee by 20%. Please "
                                           "reconsider, we cannot possibly find someone before Christmas.", "Acme Dental")))
    assert "external drive" in said and "hosted email" in said


def test_a_guess_that_names_an_old_outage_is_corrected_not_logged_as_a_fault(bot):
    decision = bot.handle(client("Acme here, is this about the server outage in September? We told you it was fine.",
                                 "Acme Dental"))
    said = what_was_said(decision)
    assert "help desk" not in said and "it isn't that" in said and "late" in said


def test_a_client_with_nobody_lined_up_asking_about_christmas_gets_the_safe_landing(closed):
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")   # (ends before the closure, any run date)
    said = what_was_said(closed.handle(client("ok so who do we even go to now?? we don't have anyone lined up and xmas is "
                                           "coming", "Acme Dental")))
    assert "external drive" in said and "hosted email" in said and "If a new provider is taking over" not in said


@pytest.mark.parametrize("text", [
    "I honestly can't believe how we've been treated. We were loyal for years, we paid every bill, and then you just walk "
    "away. Now half our emails bounce and my staff can't work. I'm begging you, please just sort the email out, I don't "
    "know who else to call.",
    "lol still waiting on that 'world class support'"])
def test_a_draft_for_an_ex_client_says_that_support_has_ended(bot, text):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client(text, "Vandelay Imports")))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert ended in said and "make the move easy" not in said


def test_what_exact_day_do_you_stop_beside_a_password_gets_the_last_day_in_the_draft(bot):
    said = what_was_said(bot.handle(client("2 things: can u drop the wifi admin password in here, and what exact day do "
                                           "you stop?", "Acme Dental")))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"The last day of our support is {end}" in said and "secure channel" in said


def test_a_fault_supposed_in_the_closure_beside_the_last_day_is_answered_with_the_closure(closed):
    decision = closed.handle(client("what happens if the tills go down on Monday 28 December 2026? you're still our IT til "
                                    "Monday 4 January 2027 right??", "Hooli Bakery"))
    said = what_was_said(decision)
    assert decision.action in (REPLY, DRAFT) and "Our office is closed from Thursday 24 December 2026" in said


def test_a_new_manager_asking_the_last_day_and_who_to_speak_to_gets_both(bot):
    decision = bot.handle(client("Hello, I am the new practice manager at Acme Dentel. Please, what is the last day you "
                                 "give us support, and who I speak to?", "Acme Dental"))
    said = what_was_said(decision)
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert f"The last day of our support is {end}" in said and "looks after your account" in said
    assert "come back to you on this" not in said


def test_an_ex_client_asking_who_their_new_it_company_is_supposed_to_be_is_told_none_is_on_record(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("who is our new IT company supposed to be? you never sorted that out for us",
                                           "Vandelay Imports")))
    ended = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    assert f"Our support ended on {ended}, and we haven't been told of a new IT provider for you" in said
    assert "suggest a few IT providers" in said


def test_patient_files_asked_by_email_to_a_personal_inbox_get_a_kind_no_and_the_drive(bot):
    said = what_was_said(bot.handle(client("can u just export all our patient files and email them to my gmail? thx",
                                           "Acme Dental")))
    assert "We won't send it by email" in said and "external drive" in said and "hosted email service" not in said


def test_an_ex_client_asking_us_to_reset_a_users_pw_is_told_support_ended(bot):
    decision = bot.handle(client("hey can u guys reset the pw for our dispatch guy, brightpath isnt picking up the phone",
                                 "Globex Logistics"))
    ended = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert decision.intent == "after_end_request" and ended in what_was_said(decision)


def test_a_guess_that_names_a_complaint_about_an_invoice_is_corrected_as_a_complaint_not_payment(bot):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client("is this about us complaining about that invoice in september? we really "
                                           "didn't mean anything by it", "Hooli Bakery")))
    assert "it isn't about complaints" in said and "it isn't about payment" not in said


def test_an_ex_client_who_says_they_have_nobody_for_it_is_not_told_to_call_their_it_company(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("Helo, is Vandaly Imports, our email is down since yesterday and we have nobody "
                                           "for IT now. Please help only this one time", "Vandelay Imports")))
    assert "the IT company that looks after you now" not in said and "suggest a few" in said


def test_a_guess_close_to_the_recorded_scope_reason_is_not_denied(bot):
    said = what_was_said(bot.handle(client("Be honest, you dumped us because we kept asking for too much, right? Fine. "
                                           "Just say it.", "Globex Logistics")))
    assert "it isn't about" not in said and "scope" in said


def test_more_time_asked_across_the_closure_says_support_runs_to_the_last_day_not_the_closure(closed):
    said = what_was_said(closed.handle(client("Can you keep supporting us until end of January? Castle Tech can't start "
                                              "before then.", "Hooli Bakery")))
    assert "support you fully up to Monday 4 January 2027, apart from the days our office is closed" in said


def test_sarcastic_thanks_for_the_timing_is_handed_to_a_person_not_ignored_as_a_greeting(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("lovely. ditched right before christmas. thanks SO much", "Hooli Bakery"))
    assert decision.action != IGNORE and decision.intent == "angry_client"


def test_an_ex_client_asking_for_a_call_about_a_fault_is_declined_kindly_not_promised_a_call(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Vandalay Imports. Outlook not syncing on my phone, can someone call me?", "Vandelay Imports"))
    assert "we can't take on fixes any more, by phone or otherwise" in what_was_said(decision)


def test_a_domain_asked_to_stay_under_our_account_after_the_end_moves_into_theirs(bot):
    said = what_was_said(bot.handle(client("Could you keep our domain registered under your account for a few months "
                                           "after, just till we get sorted?", "Acme Dental")))
    assert "registrar account held by you" in said and "decision is final" not in said


def test_the_new_provider_asking_through_the_client_who_to_speak_to_and_by_when_gets_the_day(closed):
    said = what_was_said(closed.handle(client("Castle Tech asking who to speak to at your end and by when??",
                                              "Hooli Bakery")))
    assert "Wednesday 23 December 2026" in said


def test_licences_billed_through_our_partner_account_after_the_end_are_theirs_not_a_fix_declined(bot):
    decision = bot.handle(client("Our Microsoft 365 licences are apparently billed through your partner account and "
                                 "BrightPath can't see them. Can you sort this?", "Globex Logistics"))
    said = what_was_said(decision)
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
    said = what_was_said(decision)
    assert "your domain and DNS" in said and "by then" not in said


def test_what_a_provider_not_yet_signed_will_need_lists_the_handover(bot):
    decision = bot.handle(client("We are talking to a company called DentIT but haven't signed yet. What will they need "
                                 "from you?", "Acme Dental"))
    said = what_was_said(decision)
    assert "your domain and DNS" in said


def test_a_client_wanting_the_new_provider_to_take_over_sooner_hears_yes(bot):
    add_hooli(bot.clients)
    said = bot.handle(client("Actually could Castle Tech just take over next week instead of January? We'd rather get it "
                             "done before Christmas.", "Hooli Bakery")).staff_notice.text
    assert "happy to work towards Castle Tech taking over sooner" in said and "bring the handover forward" in said
    assert "confirm the new last day with you in writing" in said and "not a date we hold you to" not in said


def test_an_out_of_office_is_no_letter_to_a_client(closed):
    reply = closed.handle(staff("need our xmas out-of-office text. it has to make sense for the bakery too, they're still "
                                "with us till the 4th")).reply
    assert reply.script.startswith("Thank you for your message. Our office is closed") and "Hooli" not in reply.script


# -- from review round 27 (set 25) ----------------------------------------------------------------------------
def test_a_hello_that_goes_on_to_ask_about_the_licences_is_answered_not_ignored(bot):
    decision = bot.handle(client("Hello, I am the new practice manager at Acme dental, my english is not so good. Who "
                                 "will pay the Office 365 licence after you leave? We must do something?", "Acme Dental"))
    assert decision.intent == "credentials_handover" and "own payment method" in decision.staff_notice.text


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


def test_nobody_told_us_the_reason_is_owned_before_the_reason(bot):
    text = bot.handle(client("Why are you ending our contract? Nobody has given us a real reason.", "Acme Dental")).reply.text
    assert "You're right to ask, and you should hear it plainly. The reason is late payment" in text


def test_a_second_request_passed_to_the_help_desk_is_kept_beside_the_first(bot):
    add_hooli(bot.clients)
    draft = bot.handle(client("Please start moving our domain over to Castle Tech, and also can you set up an email for "
                              "our new baker Luis?", "Hooli Bakery")).staff_notice.text
    assert "Your domain is yours" in draft and "on to our help desk" in draft


def test_a_domain_named_by_its_address_is_among_the_things_handed_over(bot):
    said = bot.handle(client("Two things: 1) who actually owns acmedental.example? I think it's in your name. 2) we need the "
                             "Microsoft 365 global admin login for our new person.", "Acme Dental")).staff_notice.text
    assert "domain registrar login" in said.split("Draft reply", 1)[1]


@pytest.mark.parametrize("text", ["Castle Tech starts on the 5th of January. Is that ok?",
                                  "Bit of a cheeky ask - could you write a letter for our bank saying our IT is in good order?"])
def test_a_question_the_bot_cannot_place_goes_to_a_person_never_kept_quiet(closed, text):
    assert closed.handle(client(text, "Hooli Bakery")).action == HANDOFF


def test_a_fear_that_we_will_stop_the_internet_hears_nothing_of_theirs_stops(bot):
    decision = bot.handle(client("hello, i am new receptionist at acme dental, the doctor say you will stop the internet?? "
                                 "we have patients tomorow what we do", "Acme Dental"))
    said = what_was_said(decision)
    assert "keep working after our support ends" in said and "help desk" not in said


def test_whether_things_stop_working_on_the_last_day_is_answered_not_passed_to_the_help_desk(closed):
    decision = closed.handle(client("lol so who fixes the printer when ur gone jk. but srsly does it stop working on the "
                                    "4th?", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "We switch nothing of yours off on that day" in said and "help desk" not in said


def test_a_misspelt_long_client_name_two_letters_off_is_still_that_client(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(staff("client named Vandaley or something says we owe them a refund for unused prepaid hours. do we?"))
    assert decision.client == "Vandelay Imports" and "I can't find" not in decision.reply.text


def test_a_client_upset_about_the_holidays_is_told_when_we_close_and_by_when_to_hear_from_the_provider(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    decision = bot.handle(client("are you seriously abandoning us at Christmas?", "Hooli Bakery"))
    text = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())   # (the draft a person sends, quoted)
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}, so we'd like to hear from " \
           f"Castle Tech by {long_date(closed[0] - timedelta(days=1))}" in text
    assert "carries on as normal" not in text   # (not over a closure)


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


def test_an_ex_client_asking_if_we_still_have_admin_is_told_we_check_and_remove_ours(bot):
    decision = bot.handle(client("do u guys still have admin on our 365 tenant??", "Globex Logistics"))
    notice = " ".join(decision.staff_notice.text.replace("\n> ", "\n").split())
    assert "will check what access we still have, remove it" in notice and "admin login is yours" not in notice


def test_settling_in_is_no_payment_to_thank_for(bot):
    decision = bot.handle(client("Thanks for the smooth handover, BrightPath have settled in fine.", "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert "Thank you" in said and "payment" not in said


def test_warm_thanks_from_a_client_in_notice_is_thanked_back(bot):
    decision = bot.handle(client("Just wanted to say thanks to everyone there, the techs have always been lovely to us even if "
                                 "it's ending.", "Acme Dental"))
    assert decision.action == REPLY and "Thank you for your kind words" in decision.reply.text


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


def test_a_letter_calling_our_notice_inadequate_under_the_agreement_goes_to_a_person(bot):
    decision = bot.handle(client("Dear Sirs,\n\nWe consider one month's notice inadequate under the terms of our agreement, "
                                 "and request that service continue until the end of March. Please confirm by return.\n\n"
                                 "Yours faithfully,\nAcme Dental", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"


def test_an_ex_clients_lol_anyone_still_home_is_a_hello(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("lol anyone still home?", "Vandelay Imports"))
    assert decision.action == REPLY and "this request" not in decision.reply.text


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
    assert f"our support ended on {end}" in text and "raising it with them directly" in text
    script = bot.handle(staff("Globex messaged asking if they can come back. Write the reply for me, two lines "
                              "max.")).reply.script
    assert f"our support ended on {end} and " in script and "BrightPath IT" in script


def test_a_till_that_wont_talk_to_the_card_machine_is_a_fault_for_the_help_desk(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("till won't talk to the card machine AGAIN!!! saturday is our busiest day", "Hooli Bakery"))
    assert decision.action == REPLY and decision.intent == "support_request" and "help desk" in decision.reply.text


def test_do_you_still_do_our_it_until_a_season_is_answered_with_the_last_day(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("hey its the accme denatl front desk, do u guys still do our IT up till xmas?", "Acme Dental"))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text


def test_a_client_asking_us_to_keep_their_backups_after_we_go_is_told_they_hold_them_themselves(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("Can you hang on to our backups for a few months after you go, just in case?", "Acme Dental"))
    assert decision.intent == "data_export"
    assert f"We won't be keeping your backups after {end}" in decision.staff_notice.text
    script = bot.handle(staff('reply to this Acme message for me: "Can you hang on to our backups for a few months after you '
                              'go, just in case?"')).reply.script
    assert f"We won't be keeping your backups after {end}" in script and "month to month" not in script


def test_a_client_asking_if_their_email_stops_once_we_are_gone_is_told_nothing_is_switched_off(bot):
    decision = bot.handle(client("Do our emails stop working once you're gone??", "Acme Dental"))
    assert decision.action == REPLY and "We switch nothing of yours off" in decision.reply.text


def test_the_last_day_and_what_the_new_provider_must_do_asked_in_a_second_language_is_answered(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    decision = bot.handle(client("Hello, sorry my english. We not understand good: our contract is finish which day? And "
                                 "Castle Tech, what they must do?", "Hooli Bakery"))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text
    assert "Please ask Castle Tech to contact us by" in decision.reply.text   # (in plain words: no "get in touch")


def test_why_you_ended_it_with_a_wrong_guess_gets_the_reason_not_a_holding_line(bot):
    decision = bot.handle(client("Still don't get why you ended it. We paid on time, didn't we?", "Globex Logistics"))
    said = (decision.reply or decision.draft).text
    assert "it isn't about payment" in said and "The reason is the scope of the work" in said


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


def test_why_and_what_the_new_provider_needs_in_a_second_language_are_both_drafted(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Hello, I am new manager in Hooli. I not understand why the contract is finish, we do "
                                 "something wrong? And what Castle Tech need from us? Sorry my english", "Hooli Bakery"))
    notice = decision.staff_notice.text
    assert "reason is our team has too much work" in notice and "ask them to contact us by" in notice   # (plain words)


def test_whose_name_their_domain_is_in_is_the_domain_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Is hoolibakery.co.uk in our name or yours? Castle Tech wants to know", "Hooli Bakery"))
    assert decision.intent == "credentials_handover" and "Your domain is yours" in decision.staff_notice.text


def test_keeping_just_their_email_hosting_with_us_after_the_end_is_not_a_backup_answer(bot):
    decision = bot.handle(client("Could we keep just the email hosting with you after Monday 21 December? We'd pay on time, "
                                 "promise.", "Acme Dental"))
    said = what_was_said(decision)
    assert "backups" not in said and "hosted email provider" in said


def test_a_formal_letter_signed_by_a_department_is_not_greeted_by_it(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Dear Sir or Madam,\nOn behalf of Vandelay Imports I hereby formally request the "
                                 "reinstatement of IT support services under the previous terms.\nYours faithfully,\nOperations",
                                 "Vandelay Imports"))
    said = what_was_said(decision)
    assert "Dear Operations" not in said


def test_an_active_client_worried_about_a_failed_backup_is_left_to_the_help_desk(bot):
    decision = bot.handle(client("Our backup report email said 'failed' last night. Should we be worried?", "Initech"))
    assert decision.action == IGNORE and decision.intent != "leaving_us"


def test_an_ex_clients_quick_fix_for_broken_permissions_is_the_kind_no(bot):
    decision = bot.handle(client("Need a quick fix: shared mailbox permissions are broken. 5 minutes of your time, tops.",
                                 "Globex Logistics"))
    assert decision.intent == "after_end_request" and "no longer able to take on requests" in decision.reply.text


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


def test_how_and_when_after_a_request_asks_about_it_not_about_some_other_point(bot):
    said = bot.handle(client("We want a full copy of our patient records and emails before you go. How and when?",
                             "Acme Dental")).staff_notice.text
    assert "full copy of your data on an external drive" in said and "other points in your message" not in said


@pytest.mark.parametrize("text", ["Email's down for everyone. URGENT.", "servers are down"])
def test_an_outage_reported_by_an_ex_client_is_declined_kindly_with_the_day_support_ended(bot, text):
    globex = bot.clients.get("Globex Logistics")
    decision = bot.handle(client(text, "Globex Logistics"))
    assert decision.action == REPLY and f"ended on {long_date(date.fromisoformat(globex['end_date']))}" in decision.reply.text


def test_an_ex_clients_new_it_person_needing_the_admin_username_is_handed_to_a_person_never_declined(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("our new guy needs the admin username for the file server, whats it called?",
                                 "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"


def test_an_active_client_told_its_contract_is_ending_goes_to_a_person(bot):
    decision = bot.handle(client("We just got a message saying our contract is ending?? When is our last day?", "Initech"))
    assert decision.action == HANDOFF and decision.intent == "leaving_us"


def test_an_account_disputed_as_settled_late_is_no_payment_to_thank(bot):
    decision = bot.handle(client("Dear Sirs, We note your assertion that our account has been settled late. We dispute this "
                                 "characterisation and request that you withdraw the notice of termination. Yours "
                                 "faithfully, Practice Management", "Acme Dental"))
    said = what_was_said(decision)
    assert "about the payment" not in said and "late payment" in said


def test_why_an_invoice_says_project_work_is_a_billing_question_not_the_reason_we_ended(bot):
    said = bot.handle(client("Can you reset Mike's password and also tell us why the October invoice says 'project work'?",
                             "Globex Logistics")).staff_notice.text
    assert "check it with our billing team" in said and "The reason is" not in said


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


def test_a_client_asking_when_we_actually_stop_is_told_the_last_day(bot):
    decision = bot.handle(client("when do you actually stop?", "Acme Dental"))
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.action == REPLY and f"The last day of our support is {end}" in decision.reply.text


def test_doubling_what_they_paid_is_an_offer_declined_not_a_payment_thanked(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("We'll double what we paid. Come back.", "Vandelay Imports"))
    said = what_was_said(decision)
    assert "about the payment" not in said and "Thank you for the offer" in said


def test_a_client_asking_if_they_did_something_wrong_is_told_plainly_they_did_not_when_it_was_our_capacity(closed):
    said = closed.handle(client("Why are you letting us go? Did we do something wrong?", "Hooli Bakery")).staff_notice.text
    assert "You haven't done anything wrong" in said and "our team's capacity" in said


def test_who_a_clients_new_provider_should_talk_to_is_the_account_owner_by_name(bot):
    said = bot.handle(client("Who should our new IT company talk to and by when?", "Acme Dental")).staff_notice.text
    assert "I look after your account and am the person for them to speak to" in said


def test_a_providers_setup_question_naming_missing_notes_is_declined_with_what_is_missing_offered(bot):
    decision = bot.handle(client("Hi, BrightPath IT here (Globex's provider). Quick one - how was the site-to-site VPN "
                                 "configured on their old firewall? Can't find notes.", "Globex Logistics"))
    said = what_was_said(decision)
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
    said = what_was_said(decision)
    assert "reply here and" not in said and "will send you some names" in said


def test_a_client_asking_what_the_final_bill_will_be_is_told_it_will_be_confirmed_in_writing(bot):
    said = bot.handle(client("what's our final bill going to be? need to budget", "Acme Dental")).staff_notice.text
    assert "I'll confirm to you in writing whether anything is still owed" in said and "own accounts and tools" not in said


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
    assert "Thank you for the offer" not in said and "We'll make sure you hold full control of your domain" in said


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


def test_a_fault_supposed_in_a_question_about_after_the_last_day_is_not_logged_as_a_ticket(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    said = bot.handle(client("Sorry my english. What is mean 'last day of support'? After this day who is help us when "
                             "computer is broken?", "Acme Dental")).reply.text
    assert "help desk" not in said and end in said and "new IT provider takes over" in said
    assert cues.reports_a_fault("The server is down, can you help?")


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


def test_a_client_asking_if_other_clients_are_dropped_too_hears_others_are_confidential(bot):
    said = bot.handle(client("Are you dropping other clients too or is it just us?", "Acme Dental")).reply.text
    assert "we can't talk about anyone else's" in said and "That's a fair question" not in said


def test_sarcasm_is_handed_to_a_person_not_thanked_for_goodwill(closed):
    decision = closed.handle(client("Dumping a small bakery right before Christmas. Classy. Don't expect us to recommend you "
                                    "to anyone.", "Hooli Bakery"))
    assert decision.action == HANDOFF and decision.intent == "angry_client" and "no hard feelings" not in decision.staff_notice.text


def test_a_disputed_reason_saying_payments_were_made_on_time_is_not_thanked_as_a_payment(bot):
    decision = bot.handle(client("Dear Sir or Madam,\n\nWe write to dispute the reason given for the termination of our "
                                 "agreement. Our records show that payments were made within a reasonable period. We therefore "
                                 "request that you withdraw the notice.\n\nYours faithfully,\nThe Partners", "Acme Dental"))
    said = (decision.draft or decision.reply or decision.staff_notice).text
    assert "about the payment" not in said


def test_a_team_message_on_how_we_behave_while_offboarding_is_for_the_team_and_names_no_client(bot):
    reply = bot.handle(staff("Draft a Teams message to the whole team about how we behave while offboarding clients. "
                             "Friendly, under 100 words.")).reply
    assert "(not for the client)" in reply.text and "[client]" not in reply.text and len(reply.script.split()) < 100


def test_an_ex_client_asking_for_their_account_owner_by_name_is_told_they_will_be_in_touch(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("is Priya still there? need to talk to her about something", "Vandelay Imports"))
    said = what_was_said(decision)
    assert decision.intent == "contact" and "Priya" in said and "who will be in touch" in said


def test_a_domain_to_move_before_christmas_is_the_domain_not_holiday_cover(bot):
    decision = bot.handle(client("Our website domain is registered through you guys I think? We want it moved to our own "
                                 "account before Christmas.", "Acme Dental"))
    assert decision.intent == "credentials_handover" and "We'll make sure you hold full control of your domain" in decision.staff_notice.text


def test_a_client_asking_who_holds_their_key_is_not_told_we_hold_it(closed):
    said = closed.handle(client("castle tech asked about our backup encryption key. do we have it or do you?? how do we get "
                                "it to them", "Hooli Bakery")).staff_notice.text
    assert "We'll check whether it is held with us" in said and "and we'll hand it over" not in said


def test_an_apology_ending_its_sentence_is_thanked_for_before_the_decision(bot):
    said = bot.handle(client("We understand we were slow paying. We've fixed our accounts process and we're truly sorry. "
                             "Please give us one more chance, we've been with you for years.", "Acme Dental")).reply.text
    assert "Thank you for the apology" in said and "our decision to end the agreement is final" in said
    assert cues.acknowledgements("We're sorry, but this is a mess.") == ()


def test_an_ex_client_asking_what_their_router_password_is_is_handed_it_not_declined(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("quick one - whats the admin pw on the wifi router, nobody wrote it down", "Vandelay Imports"))
    assert decision.intent == "credentials_handover" and "not able to help" not in decision.staff_notice.text


def test_thanks_and_good_wishes_in_notice_are_returned_with_what_is_still_to_come(bot):
    record = bot.clients.get("Acme Dental")
    said = bot.handle(client("Thanks for being upfront with us. We weren't great at paying, fair enough. Good luck to you "
                             "all.", "Acme Dental")).reply.text
    assert long_date(date.fromisoformat(record["end_date"])) in said and "please ask them to be in touch" in said


def test_the_last_day_asked_with_what_to_do_before_it_gets_the_handover_steps_too(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(client("hello, acme dentl here. we want know which day is last day for support and what we must "
                                 "do before", "Acme Dental"))
    said = what_was_said(decision)
    assert end in said and "external drive" in said


@pytest.mark.parametrize("text", ["Our Adobe licences all stopped working yesterday, did you cancel them?",
                                  "did you delete our old shared drive? its gone",
                                  "This is Art at Vandelay. Our email stopped working this morning. Did you lot switch "
                                  "something off?"])
def test_an_ex_client_asking_if_we_took_something_of_theirs_away_is_answered_by_a_person(bot, text):
    decision = bot.handle(client(text, "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "our_doing"
    assert "We're checking what, if anything, changed on our side" in decision.staff_notice.text
    assert not escalation_cues.asks_if_we_did_it("have you removed your agent yet?")


def test_an_ex_client_saying_we_deleted_their_sharepoint_gets_a_person_sorry_for_the_worry_and_the_recycle_bin(bot):
    decision = bot.handle(client("Your lot deleted our SharePoint on the way out. Half our files are gone.", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "our_doing"
    said = decision.staff_notice.text
    assert "sorry to hear files are missing" in said and "recycle bin for 93 days, so BrightPath IT can check" in said
    asked = what_was_said(bot.handle(client("have you deleted our files? where is our data", "Globex Logistics")))
    assert "sorry to hear files are missing" not in asked and "recycle bin" not in asked


def test_asking_how_to_get_their_data_and_whether_it_is_safe_is_one_request_not_a_part_left_for_later(bot):
    decision = bot.handle(client("We need ALL our patient records and x-ray backups before you go. How do we get them and "
                                 "is it safe?", "Acme Dental"))
    said = decision.staff_notice.text
    assert decision.intent == "data_export" and "external drive" in said and "other points in your message" not in said


def test_a_long_distressed_letter_asking_what_to_do_goes_to_a_person_with_a_warm_draft(bot):
    decision = bot.handle(client("To whoever reads this,\n\nI have run this practice for a long time and I honestly cannot "
                                 "believe how we are being treated. We have patients booked right up to Christmas, our whole "
                                 "diary is on these computers, and you are walking away from us with a few weeks' notice. "
                                 "I've barely slept. I don't know who to call, I don't know how to move anything, and my "
                                 "staff are asking me if their emails will just stop working. Please tell me what we are "
                                 "supposed to do.\n\nRegards,\nPractice Manager", "Acme Dental"))
    said = decision.staff_notice.text
    assert decision.action == HANDOFF and "We're sorry this has been such a worrying time" in said
    # ("my staff are asking me if their emails will just stop working": that worry answered plainly)
    assert "external drive" in said and "you won't lose your email" in said


def test_a_jab_that_they_were_too_small_for_us_gets_the_reason_not_a_placeholder(bot):
    said = what_was_said(bot.handle(client("Guess we were too small for you big shots now, huh? Must be nice.",
                                           "Globex Logistics")))
    assert "this isn't about the size of your business" in said and "come back to you on this shortly" not in said


def test_an_ex_client_asking_for_a_quick_remote_fix_is_declined_kindly_not_held_for_a_person(bot):
    decision = bot.handle(client("srv down again lol can u rdp in for 5 min", "Globex Logistics"))
    assert decision.action == REPLY and "no longer able to take on requests" in decision.reply.text


def test_asking_us_to_continue_helping_a_few_weeks_into_january_is_more_time_declined(bot):
    said = what_was_said(bot.handle(client("Hello, we are maybe find new IT company in January. You can continue help us few "
                                           "weeks in January please?", "Acme Dental")))
    assert "We can't continue our support beyond" in said and "help desk" not in said


def test_a_plea_that_owns_the_late_invoices_is_not_told_the_reason_again_and_its_years_are_thanked(bot):
    decision = bot.handle(client("Dear all,\n\nI've been the practice manager here for six years and you've looked after us "
                                 "the whole time. I know we've been late with invoices and I'm embarrassed about it. We had a "
                                 "really difficult year with staff leaving and I took my eye off it. It's sorted now, I "
                                 "promise. Please, please reconsider. I don't know where we'll go and the thought of "
                                 "starting over with strangers right before Christmas is making me ill.\n\nPlease.",
                                 "Acme Dental"))
    said = decision.staff_notice.text
    assert "The reason is late payment" not in said and "grateful for the years you've worked with us" in said


def test_a_fond_note_from_an_ex_client_is_answered_in_kind_not_with_no_ill_will(bot):
    said = what_was_said(bot.handle(client("lol still miss our little coffee chats with your techs. hope youre all doing ok",
                                           "Globex Logistics")))
    assert "lovely to hear from you" in said and "ill will" not in said and "no hard feelings" not in said.lower()


def test_whether_the_new_provider_calls_us_or_they_set_it_up_gets_the_handover_day_not_a_holding_line(closed):
    said = what_was_said(closed.handle(client("hooley bakery here - is castle tech going to call you or do we need to set "
                                              "that up?", "Hooli Bakery")))
    assert "by Wednesday 23 December 2026" in said and "share their contact details" in said


def test_who_at_our_company_handles_their_move_is_a_contact_asked_for(bot):
    decision = bot.handle(client("Who at your company is handling our move? We never got a name.", "Acme Dental"))
    assert decision.intent == "contact" and "Priya" in what_was_said(decision)


def test_a_formal_letter_wishing_to_re_engage_us_signed_with_a_job_title_gets_the_kind_no_addressed_properly(bot):
    said = what_was_said(bot.handle(client("Dear Sirs,\n\nFurther to our previous correspondence, Globex Logistics wishes to "
                                           "re-engage your services on the basis of the original scope of work, which we "
                                           "undertake to respect strictly. We trust this resolves the matter.\n\nYours "
                                           "faithfully,\nManaging Director", "Globex Logistics")))
    assert "Dear Managing" not in said and "won't be taking the account back on" in said and "project" not in said


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
                                  "computer. We've never been any trouble. Is there really nothing we can do?",
                                  "We are only a small family bakery and we honestly didn't realise we were so much bother. "
                                  "If it helps we'll only ring for real emergencies from now on. Please would you "
                                  "reconsider? We've always liked dealing with you."])
def test_a_bakery_fearing_it_is_too_small_to_matter_is_told_it_isnt_about_its_size(closed, text):
    said = what_was_said(closed.handle(client(text, "Hooli Bakery"))).lower()
    assert "this isn't about the size of your business" in said and "you haven't done anything wrong" in said


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
    assert f"Our support for Hooli Bakery runs until {end}" in what_was_said(decision)


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
    assert "No, you won't lose your email" in what_was_said(decision)
    assert not cues.fears_losing_email("Please email us the invoice")


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


def test_an_ex_client_wanting_a_deleted_file_back_gets_the_copy_and_is_pointed_to_their_provider_for_the_restore(bot):
    decision = bot.handle(client("We need a copy of the backup from early October, a file got deleted.", "Globex Logistics"))
    said = what_was_said(decision)
    assert "Restoring a file from it is support work, which BrightPath IT" in said


def test_the_new_provider_asking_us_to_pull_our_agent_is_told_it_will_be_removed(bot):
    decision = bot.handle(client("BrightPath here, thanks for the handover. Two things: can you pull your RMM agent off their "
                                 "machines, and what's the admin password for the NAS?", "Globex Logistics"))
    said = what_was_said(decision)
    assert "removed" in said and "come back to you on this shortly" not in said


def test_an_ex_client_asking_us_to_remove_our_agent_and_for_a_password_gets_a_draft_answering_both(bot):
    decision = bot.handle(client("Can you remove your monitoring agent from our PCs and also what's the NAS password?",
                                 "Globex Logistics"))
    said = what_was_said(decision)
    assert "what access we still have" in said and "The NAS admin password is yours" in said


def test_a_new_provider_asking_for_named_passwords_is_told_they_are_the_clients_and_how_they_are_shared(bot):
    decision = bot.handle(client("Hi, BrightPath here taking over Globex. Can you send us the admin password for the NAS and the "
                                 "wifi controller login? Thanks, Dana", "Globex Logistics"))
    said = what_was_said(decision)
    assert "the NAS admin password belong to Globex Logistics" in said
    assert "confirmed in writing to confirm" not in said


def test_a_new_provider_is_not_told_nothing_of_theirs_is_switched_off(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Castle Tech here - we need the router admin login and the backup encryption key for Hooli "
                                 "please. Ben", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "The router admin login and the backup encryption key belong to Hooli Bakery" in said
    assert "nothing of yours" not in said


def test_an_ex_client_asking_for_a_copy_of_their_contract_for_their_legal_team_is_told_it_will_be_sent(bot):
    decision = bot.handle(client("Could you send over a copy of our old service contract? Legal want it on file.",
                                 "Globex Logistics"))
    said = what_was_said(decision)
    assert "will send you a copy of your service agreement" in said and "management team" not in said


def test_an_invoice_copy_asked_with_the_balance_confirms_what_is_owed_too(bot):
    decision = bot.handle(client("Please send a copy of the October invoice and confirm our account balance is zero - our "
                                 "finance team is closing the year.", "Globex Logistics"))
    said = what_was_said(decision)
    assert "a copy of the invoice you asked for" in said and "whether anything is still owed" in said


def test_a_client_asking_if_their_card_machine_stops_when_we_finish_is_told_it_keeps_working(bot):
    decision = bot.handle(client("hiya! quick one - will our card machine stop working when you lot finish in jan? we use it "
                                 "every day", "Acme Dental"))
    said = what_was_said(decision)
    assert "keep working" in said and "help desk" not in said


def test_a_client_asking_if_the_payments_are_the_reason_and_saying_they_sorted_them_is_thanked_not_told_the_notice_again(bot):
    decision = bot.handle(client("Is it true you're dropping us because of the payment thing? We sorted that in October.",
                                 "Acme Dental"))
    said = what_was_said(decision)
    assert "Thank you for letting us know about the payment" in said and "didn't reach you" not in said


@pytest.mark.parametrize("text", [
    "So you dumped us for \"scope creep\"?? After everything we paid you. Enjoy the 1 star reviews on every site I can find.",
    "lol 'scope creep'. we asked you to set up ONE label printer",
    "Scope creep? Everything we asked for was in the contract as far as we're concerned.",
    "scope creep is rubbish, you just didn't want the work",
])
def test_a_disputed_reason_is_never_answered_as_read_by_a_person_who_has_not_seen_it(bot, text):
    decision = bot.handle(client(text, "Globex Logistics"))
    assert "has read your message" not in what_was_said(decision)


def test_the_microsoft_365_admin_login_asked_for_is_named_once(bot):
    decision = bot.handle(client("can u just paste the wifi admin password and the microsoft 365 admin login in here so castle "
                                 "tech has it", "Acme Dental"))
    said = what_was_said(decision)
    assert said.count("Microsoft 365") == 1


@pytest.mark.parametrize("text", [
    "Teams message to techs: don't pull the RMM agents or AV off Acme's machines yet. short.",
    "Post for the Teams channel: checklist for pulling our access out of Acme once they've moved on",
])
def test_a_message_for_our_techs_or_our_teams_channel_is_a_note_for_the_team_not_a_letter_to_the_client(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Hello Acme Dental team" not in reply.text


def test_a_long_hurt_letter_asking_what_they_did_wrong_is_answered_warmly_with_the_handover(bot):
    decision = bot.handle(client("Dear all,\n\nI have been sitting with your letter for over a week now and I still don't "
                                 "understand it. We have trusted you with our systems since the practice opened. My team relies "
                                 "on you every single day. Yes, things have been tight this year, but I never thought you would "
                                 "just walk away from us. Why are you doing this? What did we do that was so unforgivable?\n\n"
                                 "Please, I need an answer I can give my partners.", "Acme Dental"))
    said = what_was_said(decision)
    assert "Thank you for writing" in said and "handover" in said


def test_an_offer_to_pay_more_that_guesses_price_is_told_it_isnt_about_price(bot):
    decision = bot.handle(client("Globex here. Was it the price? Because we can pay more.", "Globex Logistics"))
    said = what_was_said(decision)
    assert "it isn't about price. The reason is the scope of the work" in said


def test_a_hurt_client_asking_what_they_did_wrong_is_answered_kindly_with_the_reason_and_nothing_about_others(bot):
    decision = bot.handle(client("I've been sat here trying to work out what we did wrong. We've been with you for years, "
                                 "I've sent you three other businesses, and now this? I'm honestly hurt. I thought we were "
                                 "friends as well as customers.", "Acme Dental"))
    said = what_was_said(decision)
    assert "we can see it has hurt" in said and "The reason is late payment" in said and "confidential" not in said


def test_an_ex_client_asking_how_we_set_their_backups_for_their_new_it_man_is_declined_kindly(bot):
    decision = bot.handle(client("Hello, our new IT man ask how you make the backup setting before. Please can you tell him?",
                                 "Globex Logistics"))
    said = what_was_said(decision)
    assert "ended on" in said and "look at what's outstanding" not in said


def test_a_client_asking_who_pays_for_their_licences_after_we_go_is_told_they_move_to_them(bot):
    decision = bot.handle(client("who pays for our microsoft licences after january?", "Acme Dental"))
    said = what_was_said(decision)
    assert "into your own name and onto your own payment method" in said


def test_a_client_asking_if_their_email_still_works_after_we_finish_is_not_sent_to_the_help_desk(bot):
    decision = bot.handle(client("Hello, I am owner of the practice. Please, I want to know, after you finish, my emails still "
                                 "working? And who have the password of the wifi?", "Acme Dental"))
    said = what_was_said(decision)
    assert "Yes, your email keeps working" in said and "help desk" not in said


def test_an_angry_ex_client_whose_email_is_down_is_told_kindly_we_cant_look_at_it_and_who_can(bot):
    decision = bot.handle(client("You people abandoned us and now our email is down. Sort it out today.", "Globex Logistics"))
    said = what_was_said(decision)
    assert "We're not able to look at your email now that our support has ended" in said


def test_an_ex_client_opening_with_good_day_and_asking_how_we_configured_their_backup_is_answered(bot):
    decision = bot.handle(client("Good day. Our new IT man ask how you have configured the server backup. Please send the "
                                 "settings.", "Globex Logistics"))
    assert decision.action != IGNORE and "ended on" in what_was_said(decision)


def test_a_client_asking_if_they_can_call_us_over_the_holiday_is_told_about_the_closure_not_a_ticket(closed):
    decision = closed.handle(client("Hallo, we are Hooli bakery. Please tell us what is the last date, and can we still call you "
                                 "in the holiday?", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "passed this on to our help desk" not in said and "closed" in said


def test_a_guess_that_one_complaint_about_our_technician_was_the_reason_is_not_confirmed_for_a_never_satisfied_client(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay asked 'Was this because we complained about your technician?'. Reply?")).reply
    assert "it isn't about one complaint or one of our team" in reply.script and "Yes, that is the reason" not in reply.text


def test_office365_written_as_one_word_is_named_beside_the_firewall(bot):
    decision = bot.handle(client("can u just paste the admin passwords for office365 and the firewall in here so we have them",
                                 "Acme Dental"))
    assert "The Microsoft 365 admin login and the firewall admin login are yours" in decision.staff_notice.text


def test_an_email_from_a_colleague_to_the_new_provider_asks_them_who_is_handling_the_client(closed):
    reply = closed.handle(staff("Email from Sam to Castle Tech asking for the name of their person handling Hooli. "
                                "Under 80 words.")).reply
    assert reply.script.startswith("Hello Castle Tech team")
    assert "who at Castle Tech will be looking after Hooli Bakery" in reply.script


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


def test_a_client_with_no_idea_where_to_find_a_new_provider_is_offered_suggestions(bot):
    decision = bot.handle(client(
        "To whoever reads this. We have been with you a very long time and this news has hit the whole surgery hard. I "
        "accept we have paid late more often than we should, our bookkeeper retired and we let it slide, but that is "
        "sorted now. Please think again. Honestly I would not even know where to start looking for another IT company "
        "before the holidays. Regards, the practice manager", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "happy to suggest a few IT providers" in draft


def test_an_ex_client_asking_us_to_sort_out_licences_still_billed_through_us_is_not_told_we_cant_fix_it(bot):
    decision = bot.handle(client("The antivirus subscription still lists you as our reseller and it renews soon. Can you "
                                 "sort that out?", "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply")[1]
    assert "can't fix it" not in draft and "your own name" in draft


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
    assert "the timing is hard for you" in draft and "good wishes" not in draft and "so frustrating" not in draft


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
    said = what_was_said(decision)
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
    said = what_was_said(decision)
    assert "We can't keep looking after your tills after Monday 4 January 2027" in said
    assert "a specialist for them could take them on" in said and "Castle Tech can take it on" not in said


def test_a_domain_asked_to_be_released_from_our_registrar_account_is_moved_to_them_not_a_login_handed_over(bot):
    draft = bot.handle(client("BrightPath says the domain is still in your registrar account, can you release it?",
                              "Globex Logistics")).staff_notice.text
    assert "a registrar account in your own name, which BrightPath IT can then manage for you" in draft


def test_asking_how_to_cancel_the_direct_debit_is_no_offer_of_money_to_decline(bot):
    draft = bot.handle(client("How do we cancel the direct debit to you after the 21st?", "Acme Dental")).staff_notice.text
    assert "Thank you for the offer" not in draft and "payment arrangement" not in draft


def test_an_invitation_to_the_clients_christmas_drinks_is_thanked_and_left_to_a_person(bot):
    decision = bot.handle(client("will any of you come to our christmas drinks on the 18th? 🎄", "Acme Dental"))
    assert decision.action == HANDOFF and "Thank you for the kind invitation!" in decision.staff_notice.text


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


def test_a_guess_naming_a_person_losing_their_temper_is_corrected_with_the_reason_on_record(bot):
    decision = bot.handle(client("Is this about Dr Patel losing his temper with your technician last month? He's already said "
                                 "sorry for that, it won't happen again.", "Acme Dental"))
    said = what_was_said(decision)
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


def test_a_new_provider_asking_what_we_need_from_them_is_told_in_the_draft(closed):
    draft = closed.handle(client("Hi, Castle Tech here. We're taking over IT for Hooli Bakery. Who should we speak to about the "
                                 "handover and what do you need from us?", "Hooli Bakery")).staff_notice.text
    assert "all we need is a named contact and a time for a handover call" in draft


def test_an_ex_client_whose_new_provider_is_not_working_out_is_pointed_back_to_them_not_wished_success(bot):
    reply = bot.handle(client("Tom - bit awkward but BrightPath isn't working out for us. Any chance we could come back? We'd "
                              "sign off whatever scope you want this time.", "Globex Logistics")).reply.text
    assert "raising it with them directly" in reply and "success with BrightPath" not in reply
    assert "find the right fit" not in reply


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
    assert "this isn't about the size of your business or about payment" in draft
    assert "We're grateful for how you've worked with us" in draft and "felt that way" not in draft


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
    assert "The user's password reset is everyday support: we've passed it to our help desk" in draft


def test_the_new_provider_asking_how_it_was_set_up_with_notes_missing_gets_a_draft_declining_and_offering_them(bot):
    decision = bot.handle(client("Hello from BrightPath IT. We've taken over Globex Logistics. A couple of the site-to-site VPN "
                                 "tunnels keep dropping and we can't find the original config notes. Could one of your "
                                 "engineers walk us through how it was set up? Happy to jump on a call whenever suits.",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question" and decision.draft is not None
    assert "Our support ended on" in decision.draft.text and "through a secure channel" in decision.draft.text


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


def test_support_promised_to_a_last_day_after_our_closure_says_we_are_closed_in_between(closed):
    decision = closed.handle(client("hey is it still ok to log tickets with you this month?", "Hooli Bakery"))
    reply = (decision.reply or decision.draft).text
    assert "Yes, of course: you're fully supported until Monday 4 January 2027" in reply
    assert "from Thursday 24 December 2026 to Friday 1 January 2027" in reply and "nobody is on hand" in reply


def test_a_client_asking_to_be_reminded_when_their_support_finishes_gets_the_day(closed):
    decision = closed.handle(client("can you remind me when our support finishes?", "Hooli Bakery"))
    assert decision.intent == "end_date" and "Monday 4 January 2027" in (decision.reply or decision.draft).text


def test_a_reply_to_a_client_with_no_provider_offers_to_suggest_some(bot):
    decision = bot.handle(client("Guys please. We've cleared everything now and we'll pay 6 months up front if you keep us on. "
                                 "Surely that changes things?", "Acme Dental"))
    said = what_was_said(decision)
    assert "we're happy to suggest a few IT providers who work with organisations like yours" in said


def test_a_client_asking_us_to_cancel_their_licences_is_asked_not_to_yet_and_told_they_move_to_them(bot):
    draft = bot.handle(client("please cancel our microsoft 365 licences, we're moving on", "Acme Dental")).staff_notice.text
    assert "Please don't cancel them just yet" in draft and "into your own name and onto your own payment method" in draft


def test_a_dm_to_the_account_owner_summarising_the_handover_is_to_them_not_a_letter_to_the_client(bot):
    bot.clients.set_owner("Acme Dental", "Priya Shah")
    reply = bot.handle(staff("Can you DM Priya a summary of where Acme's handover is at and what's still open? she's catching "
                             "up after leave")).reply.text
    assert "Hi Priya, here's where the Acme Dental handover stands" in reply and "Hello Acme Dental team" not in reply


def test_the_new_provider_asking_how_several_records_were_set_up_gets_the_kind_no(bot):
    decision = bot.handle(client("Hello, this is the service desk at BrightPath IT. We've taken over Globex. Could you tell us how "
                                 "the SPF/DKIM records and the mail flow connectors were set up? Thanks in advance.",
                                 "Globex Logistics"))
    assert decision.intent == "provider_config_question"
    assert "we're not able to answer further questions about the setup" in (decision.reply or decision.draft).text


def test_an_email_to_the_client_saying_when_their_provider_must_be_in_touch_is_to_the_client(closed):
    script = closed.handle(staff("Hooli bakey: draft an email confirming their end date and telling them when Castle Tech needs "
                                 "to be in touch with us. Remember we're shut over Christmas.")).reply.script
    assert script.startswith("Hello Hooli Bakery team") and "please ask Castle Tech to get in touch with us by" in script


def test_a_possessive_typed_without_its_apostrophe_names_the_client(bot):
    decision = bot.handle(staff("can we shut acmes server off now? they're late again on the last invoice"))
    assert decision.client == "Acme Dental" and "nothing of Acme Dental's is suspended or switched off" in decision.reply.text


def test_a_one_paragraph_summary_of_every_offboarding_asked_by_an_owner_covers_every_client(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Priya wants a one-paragraph internal summary of where every offboarding stands, for Monday's "
                             "meeting.")).reply
    assert "Globex Logistics" in reply.script and "Acme Dental" in reply.script and "\n" not in reply.script


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
    assert "you.Our" not in what_was_said(decision)


def test_a_wrong_guess_with_a_conditional_sorry_is_corrected_without_thanks_for_an_apology(closed):
    decision = closed.handle(client("Hello, is because we pay late the invoice? We are sorry if so. Please tell us honest what we "
                                    "do wrong.", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "it isn't about payment" in said and "Thank you for the apology" not in said


def test_a_domain_renewal_notice_raised_by_an_ex_client_gets_the_promise_it_will_not_lapse(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Vandaley here – domain renewal notice came to YOUR email, not ours. who actually owns our "
                                 "domain now??", "Vandelay Imports"))
    said = what_was_said(decision)
    assert "We'll make sure you hold full control of your domain" in said and "doesn't lapse" in said


def test_who_to_pay_for_licences_mentions_no_invoice_the_client_never_named(bot):
    decision = bot.handle(client("our Microsoft licences are up for renewal and I think they're still in your portal? who do we "
                                 "pay now?", "Globex Logistics"))
    said = what_was_said(decision)
    assert "licences" in said and "the invoice you mentioned" not in said


def test_a_seasons_greeting_alone_is_answered_in_kind_with_the_closure_and_no_handover_lecture(closed):
    decision = closed.handle(client("Merry christmas in advance lovely people!! 🎄 save some mince pies for whoever pops by next",
                                    "Hooli Bakery"))
    said = (decision.reply or decision.draft).text
    assert "the same to you and everyone at Hooli Bakery" in said and "Our office is closed from" in said
    assert "Castle Tech" not in said


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
    assert "external drive" in said and "hosted email" in said


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


def test_a_jammed_scanner_beside_a_login_request_is_named_when_passed_to_the_help_desk(bot):
    decision = bot.handle(client("can u send the domain registrar login here, and also the scanner in surgery 2 is jammed "
                                 "again", "Acme Dental"))
    said = what_was_said(decision)
    assert "the problem with the scanner on to our help desk" in said and "secure channel" in said


def test_someone_claiming_to_be_the_new_it_person_is_not_handed_admin_until_the_client_confirms(bot):
    decision = bot.handle(client("Hello, I am the new IT person for Acme Dentall from another company. Please give me the "
                                 "global admin for Microsoft 365 today, it is urgent.", "Acme Dental"))
    said = what_was_said(decision)
    assert "once Acme Dental confirms to us directly" in said and "suggest a few IT providers" not in said


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
    said = what_was_said(decision)
    assert "hosted email" in said and "Yes, we're happy to suggest a few IT providers" not in said


def test_a_fault_beside_when_do_you_stop_says_the_last_day_is_included(bot):
    decision = bot.handle(client("hiya, reception pc won't print AGAIN 🙄 also can u remind me what date you stop supporting us?",
                                 "Acme Dental"))
    said = what_was_said(decision)
    assert "up to and including" in said or "that day included" in said or "last day of support is" in said.lower() \
        or "is your last day" in said


def test_who_the_new_provider_should_ask_for_is_answered_with_the_day_to_call_by(closed):
    decision = closed.handle(client("hey! castle tech say they'll ring you soon, who should they ask for?", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "hear from Castle Tech by Wednesday 23 December 2026" in said


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


def test_licences_asked_about_beside_a_backup_key_are_answered_too(bot):
    decision = bot.handle(client("Globex here. Our Microsoft licences renew soon, are they still billed through you? And who "
                                 "do we ask about the backup encryption key?", "Globex Logistics"))
    said = what_was_said(decision)
    assert "backup encryption key" in said and "onto your own payment method" in said


def test_a_client_whose_email_went_unanswered_hears_sorry_first(closed):
    decision = closed.handle(client("Who is our account manager now? Nobody has replied to my email from last week.",
                                    "Hooli Bakery"))
    said = what_was_said(decision)
    assert "sorry your earlier message went unanswered" in said


def test_an_ex_clients_domain_renewal_sent_to_us_is_answered_not_left_to_lapse(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(client("Venderlay here. The renewal notice for our domain went to your email address - can you "
                                 "just renew it for us?", "Vandelay Imports"))
    said = what_was_said(decision)
    assert "doesn't lapse" in said and "renewal should be paid in your own name" in said


def test_you_wont_lose_your_email_promises_only_what_we_do(bot):
    decision = bot.handle(client("We still haven't found a new IT company. What happens to our email after you stop?",
                                 "Acme Dental"))
    said = what_was_said(decision)
    assert "You won't lose your email" in said and "No, you won't" not in said and "keeps working afterwards" not in said


def test_files_and_email_asked_for_with_no_provider_says_where_the_email_goes(bot):
    decision = bot.handle(client("Akme Dental here. How do we get our files and email out of your systems before you go? "
                                 "We need everything", "Acme Dental"))
    assert "external drive" in what_was_said(decision) and "suggest a hosted email service" in what_was_said(decision)


@pytest.mark.parametrize("text", ["If you go through with this we'll tell every dentist in the county you're crooks, and you "
                                  "can forget about the last invoice.", "You lot were useless. We won't be paying your final bill."])
def test_a_client_refusing_to_pay_is_told_calmly_the_final_invoice_stays_due(bot, text):
    said = what_was_said(bot.handle(client(text, "Acme Dental")))
    assert "The final invoice, for our support up to that day, stays due as normal." in said and "£" not in said


def test_a_client_promising_never_to_pay_late_again_is_not_told_an_invoice_is_due(bot):
    said = what_was_said(bot.handle(client("We will never pay late again, we promise. Please reconsider.", "Acme Dental")))
    assert "stays due" not in said


def test_passwords_for_a_provider_still_to_be_chosen_go_to_them_and_email_kept_running_is_declined_with_where_it_goes(bot):
    said = what_was_said(bot.handle(client("Two things: once we pick a new IT company can you send them all our passwords? And "
                                           "could you keep our email running until end of January just in case we're not ready",
                                           "Acme Dental")))
    assert ("Yes. Your admin accounts, passwords and keys are yours, and once you've chosen your new IT provider, "
            "we'll hand them over to them through a secure channel") in said
    assert "We can't keep looking after your email after" in said and "hosted email provider" in said
    assert "you won't lose your email" not in said and "come back to you" not in said


def test_we_do_something_wrong_in_plain_english_is_answered_no_for_a_reason_of_ours(bot):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client("Hello, I am from Hooli Bakry. Why you stop to work with us? We do something wrong?",
                                           "Hooli Bakery")))
    assert "You haven't done anything wrong" in said and "reason is our team has too much work" in said   # (plain words)


def test_an_angry_legal_threat_is_acknowledged_as_upset_and_argues_nothing(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("You people abandoned us. I'm calling my lawyer and I'll be posting about this "
                                           "everywhere.", "Vandelay Imports")))
    assert "we can hear how upset you are" in said and "passed it to our management team" in said
    assert "decision" not in said and "fault" not in said


def test_a_reason_asked_in_writing_with_only_its_kind_on_record_is_given_in_short_and_set_out_in_full_by_the_owner(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client("To whom it may concern: we would like the reason for the termination of our "
                                           "contract set out in writing. It was never properly explained to us.",
                                           "Vandelay Imports")))
    assert "In short, the reason is that" in said and "I'll set the reason out for you in full, in writing." in said
    assert "rather be honest with you than give a vague answer" not in said


def test_a_jab_that_names_the_reason_is_not_thanked_for_asking_and_gets_the_day_support_ended(bot):
    said = what_was_said(bot.handle(client("Wow. 'Outside the scope.' Guess asking for help with our new warehouse scanners was "
                                           "just too much for you geniuses.", "Globex Logistics")))
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert "Thank you for asking" not in said and "We understand this is frustrating" in said
    assert f"Our support ended on {end}." in said


def test_a_heartfelt_plea_after_years_together_thanks_them_for_the_years(bot):
    said = what_was_said(bot.handle(client(
        "Dear all,\n\nI've been sitting with your email for three days before answering. We've been with you for six years. "
        "I know we were late with invoices this year - my husband was in hospital for much of it and I was running the "
        "practice alone. I'm not making excuses, but I'd ask you to consider giving us one more chance. We will pay on time "
        "from now on. Please.", "Acme Dental")))
    assert "We're grateful for the years you've worked with us" in said and "our decision is final" in said


def test_who_do_we_pay_for_a_licence_renewal_still_billed_through_us_is_answered_not_us(bot):
    said = what_was_said(bot.handle(client("Our Microsoft licences renew soon and the bill still seems to come through you "
                                           "guys?? who do we pay", "Globex Logistics")))
    assert "so from then on you pay for them directly" in said and "which lines look wrong" not in said


def test_an_apology_passed_on_beside_a_wrong_guess_is_thanked_with_the_correction(bot):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client("Was it because our CEO shouted at your tech that time? He says sorry btw",
                                           "Hooli Bakery")))
    assert "Thank you for asking, and for the apology; we'd like to be clear: it isn't about" in said


def test_we_always_pay_on_time_asked_beside_why_is_told_it_isnt_about_payment_when_the_reason_is_ours(bot):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client("Hello, why you stop to work with us? We pay always on time, no?", "Hooli Bakery")))
    assert "we'd like to be clear: it isn't about payment" in said and "reason is our team has too much work" in said


def test_a_quick_look_at_the_mail_server_after_the_end_is_declined_naming_it(bot):
    said = what_was_said(bot.handle(client("can u just take a quick look at the mail server, 5 mins tops, brightpath are "
                                           "useless", "Globex Logistics")))
    assert "we're not able to help with your mail server" in said or "including with your mail server" in said


def test_an_apology_said_to_have_been_made_is_thanked(bot):
    said = what_was_said(bot.handle(client("is this because of what our receptionist said to your engineer last month? "
                                           "she's apologised", "Acme Dental")))
    assert "Thank you for the apology" in said and "it isn't that" in said


def test_copies_of_files_and_email_asked_before_we_go_with_no_provider_are_a_plain_yes(bot):
    said = what_was_said(bot.handle(client("We still haven't found a new IT company. Can we get copies of all our files and "
                                           "emails before you go?", "Acme Dental")))
    assert "Yes, of course: your files and email are yours" in said and "If no one is in place" not in said


def test_a_formal_request_for_a_copy_then_confirmed_deletion_promises_both_in_order(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client(
        "Dear Sir or Madam,\n\nOn behalf of Vandelay Imports, we formally request a complete copy of all company data held by "
        "your firm, together with written confirmation of its subsequent deletion.\n\nYours faithfully,\nVandelay Imports",
        "Vandelay Imports")))
    assert "send you a complete copy of it through a secure channel, and once you've confirmed you have it, delete our " \
           "copies and confirm the deletion to you in writing" in said


def test_an_upset_formal_letter_threatening_lawyers_is_acknowledged_with_sorrow_and_argues_nothing(bot):
    said = what_was_said(bot.handle(client(
        "To whom it may concern,\n\nI am appalled. We trusted you for years and this is how you repay us? My staff are "
        "distraught, and if anything goes wrong with our systems our solicitor will hear of it.\n\nYours faithfully,\n"
        "Practice Owner", "Acme Dental")))
    assert "We're sorry this has been so upsetting for you and your team." in said and "fault" not in said


def test_whether_a_likely_provider_should_call_and_the_domain_kept_past_the_end_are_both_answered(bot):
    said = what_was_said(bot.handle(client("Two things: 1) our new provider will probably be DentaTech, do they need to contact "
                                           "you? 2) can the domain stay with you until March?", "Acme Dental")))
    assert "Please ask them to get in touch by" in said and "We can't keep looking after your domain after" in said
    assert "registrar account held by you" in said and "come back to you" not in said


def test_a_sarcastic_jab_read_only_in_doubt_still_gets_the_calm_answer_in_its_draft(bot):
    said = what_was_said(bot.handle(client("Oh brilliant, so the 'partner' who 'always had our back' walks away the second we "
                                           "ask for one little project. Classy.", "Globex Logistics")))
    assert "It was a business decision, not a personal one" in said and "come back to you on this" not in said


def test_a_formal_demand_to_reinstate_on_a_wrong_presumed_cause_corrects_it_and_holds_the_decision(bot):
    add_vandelay(bot.clients)
    said = what_was_said(bot.handle(client(
        "Dear Sirs,\n\nWe understand that your decision to terminate our agreement arose from the outstanding invoice from "
        "March. Please be advised that this has now been settled in full. We therefore request that services be reinstated "
        "forthwith.\n\nYours faithfully,\nAccounts Department, Vandelay Imports", "Vandelay Imports")))
    assert "To be clear, our decision was not about payment: the reason is that" in said and "decision is final" in said


def test_a_jab_that_the_new_provider_cannot_get_things_working_offers_what_they_need_from_us(bot):
    said = what_was_said(bot.handle(client("Oh brilliant, BrightPath can't even get our email working. Thanks SO much for "
                                           "that 'smooth handover' 🙄", "Globex Logistics")))
    assert "If they need anything from us to get things working, such as admin access, passwords or settings" in said
    assert "You can reach BrightPath IT at" not in said


def test_a_new_provider_who_can_only_start_after_our_last_day_gets_the_date_kept_and_the_gap_covered(bot):
    last_day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    said = what_was_said(bot.handle(client("Hi is the end date still the same? We've found a company called NovaTech but "
                                           f"they can only start on {long_date(last_day + timedelta(days=14))}", "Acme Dental")))
    end = long_date(last_day)
    assert f"Yes, the end date is the same: your last day of support is {end}" in said
    assert "If NovaTech can't start before then, we'll give you a full copy of your data on an external drive" in said


def test_who_the_new_provider_should_speak_with_asked_in_plain_english_names_the_account_owner(bot):
    said = what_was_said(bot.handle(client("Hello, we are choosing new company now. They must to speak with who, and until "
                                           "when?", "Acme Dental")))
    assert "Your new provider can contact Priya, who looks after your account" in said and "please ask them to get in touch by" in said


@pytest.mark.parametrize("text", ['Wow, thanks so much for the "smooth transition". Really top-notch work, guys.',
                                  "thanks for the 'smooth handover'"])
def test_thanks_for_something_in_scare_quotes_is_a_jab_for_a_person_not_thanked_back(bot, text):
    decision = bot.handle(client(text, "Globex Logistics"))
    assert decision.intent == "angry_client" and "kind words" not in what_was_said(decision)


def test_thanks_with_a_word_in_quotes_further_on_is_still_thanks(bot):
    decision = bot.handle(client("Thanks for all the help with the 'new' printer last week, it works great now", "Acme Dental"))
    assert decision.intent == "gratitude"


@pytest.mark.parametrize("take", ["", " thanks"])
def test_a_quick_fix_an_ex_client_offers_to_pay_whatever_for_is_declined_as_paid_work_too(bot, take):
    said = what_was_said(bot.handle(client(f"please just a quick look at the firewall, 5 mins, we'll pay whatever{take}",
                                           "Globex Logistics")))
    assert "your firewall, even as paid work" in said and "sorry it feels that way" not in said


def test_invoices_said_to_be_paid_in_the_end_are_owned_before_the_late_payment_reason(bot):
    said = what_was_said(bot.handle(client("Is this really about the invoices? We paid every one of them in the end.",
                                           "Acme Dental")))
    assert "You're right that the invoices were all paid in the end, and we're grateful for that. The reason is late " \
           "payment" in said


def test_why_did_you_cut_us_off_asks_for_the_reason_not_whether_things_are_switched_off(bot):
    decision = bot.handle(client("Why did you cut us off? I want the REAL reason, not corporate waffle.", "Acme Dental"))
    assert decision.intent == "explain_reason" and "The reason is late payment" in what_was_said(decision)


@pytest.mark.parametrize("take", ["", " Thanks!"])
def test_asked_to_make_sure_the_new_provider_gets_everything_the_draft_says_what_they_get(bot, take):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client(f"Can you guys make sure Castle Tech gets everything they need? Their guy should "
                                           f"call you soon.{take}", "Hooli Bakery")))
    assert "We'll hand over your admin accounts and passwords (through a secure channel)" in said


@pytest.mark.parametrize("take", ["", " Thanks!"])
def test_who_the_named_new_provider_should_speak_to_with_no_owner_on_record_is_our_help_desk(bot, take):
    add_hooli(bot.clients)
    said = what_was_said(bot.handle(client(f"Hiya! Castle Tech are taking over from us in January. Who should they speak "
                                           f"to at your end?{take}", "Hooli Bakery")))
    assert "They can reach us through our help desk, and we'll set up the handover call with them." in said


def test_a_fault_and_a_question_about_our_christmas_closure_are_both_answered_from_the_record(closed):
    decision = closed.handle(client("2 things: 1) the oven monitor tablet is offline again 2) will u guys be around over "
                                    "christmas if something breaks before castle tech takes over?", "Hooli Bakery"))
    said = what_was_said(decision)
    assert "We've passed the problem with the tablet on to our help desk" in said
    assert "Our office is closed from Thursday 24 December 2026" in said and "come back to you on this shortly" not in said


def test_thanks_for_the_years_with_mince_pies_dropped_over_is_thanked_not_ignored(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Just wanted to say thanks for all the years, genuinely. We'll drop some mince pies over "
                                 "\U0001F642", "Hooli Bakery"))
    assert decision.action == REPLY and "Thank you for your kind words" in what_was_said(decision)


def test_no_hard_feelings_from_an_ex_client_is_answered_with_good_wishes_not_ignored(bot):
    decision = bot.handle(client("Just wanted to say the new setup is going ok. No hard feelings. Cheers", "Globex Logistics"))
    assert decision.action == REPLY and "We wish you and everyone there every success" in what_was_said(decision)


def test_a_fear_that_we_will_delete_their_files_is_not_read_as_asking_us_to_erase_them(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("Hello, please we want to know if you will delete our files on their last day? We are "
                                 "scared to lose the recipes and the orders files.", "Hooli Bakery"))
    assert decision.intent != "erase_request" and "our copies have been removed" not in what_was_said(decision)


def test_what_date_the_new_company_must_call_us_is_answered_with_the_day_not_held(bot):
    decision = bot.handle(client("Hello, here is reception of Akme Dental. The new company we maybe choose, they ask what "
                                 "is the date they must call you?", "Acme Dental"))
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert decision.action == REPLY and f"please ask them to get in touch by {deadline}" in what_was_said(decision)


def test_our_monitoring_still_alerting_an_ex_client_is_ours_to_remove_even_beside_take_us_back(bot):
    decision = bot.handle(client("Why are we STILL getting alert emails from your monitoring about our servers?? Either stop "
                                 "it or take us back", "Globex Logistics"))
    assert decision.intent == "loose_ends" and "we're sorry it's still there" in what_was_said(decision)


def test_a_laptop_taken_off_the_windows_domain_is_ordinary_support_not_their_internet_domain(bot):
    add_hooli(bot.clients)
    decision = bot.handle(client("bakery here - can u take the old office laptop off the domain and wipe it? new starter "
                                 "gets it monday", "Hooli Bakery"))
    assert decision.intent == "support_request" and "registrar" not in what_was_said(decision)
