"""Ready-to-send wording in the form and for the audience staff ask: voicemails, texts, points,
sentences counted, subject lines, and notes for our own team or a colleague."""
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.message import IncomingMessage
from intents import escalation_cues, staff_cues
from responses.render import SPOKEN_WORDS_A_SECOND, long_date
from tests.support import calendar
from tests.support.records import add_hooli, add_vandelay, seed_clients, hooli_over_our_closure
from tests.support.messages import staff

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


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
    words = len(decision.reply.script.split())   # ("under 60 words": fewer than 60)
    assert words < limit and f"({words} words, {limit - 1} at most)" in decision.reply.text
    assert long_date(date.fromisoformat(calendar.iso_day(20))) in decision.reply.script   # the last day survives the cut


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


@pytest.mark.parametrize("text,letter", [
    ("can we hand Acme Dental the M365 global admin now and keep ours till the end?", False),
    ("our monitoring still pages on-call about Acme Dental's server at 3am - ok to switch our alerts off?", False),
    ("Acme Dental want the M365 global admin now. what do I send them?", True),
    ("Acme Dental's manager keeps emailing about the admin login", True),
])
def test_a_letter_to_the_client_comes_only_when_words_are_wanted(bot, text, letter):
    decision = bot.handle(staff(text))
    assert bool(decision.reply.script) is letter


@pytest.mark.parametrize("text", ["Acme Dental's owner yelled at me on the phone and called us crooks. what do i say if he "
                                  "calls back?",
                                  "Acme Dental keeps asking for a discount to stay. what do we say to them on the phone?"])
def test_words_to_say_out_loud_come_without_a_greeting_or_a_signature(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "To say on the call:" in reply.text
    assert not reply.script.startswith(("Hi", "Hello", "Dear")) and "Kind regards" not in reply.script


def test_words_for_our_own_team_are_a_team_note_never_a_client_letter(bot):
    reply = bot.handle(staff("Write me a short Slack message to my team explaining why Acme Dental is going.")).reply
    assert "For the team (not for the client):" in reply.text
    assert "late" in reply.script and "your organisation" not in reply.script and "Kind regards" not in reply.script


def test_what_a_pasted_email_asks_for_is_not_taken_as_our_colleagues_own_idea(bot):
    text = ('BrightPath IT just emailed:\n\n"Hello, we now look after Globex Logistics. Could you email us the '
            'firewall admin password and the VPN pre-shared key so we can get going? Thanks, Sam"\n\nhow do I reply?')
    reply = bot.handle(staff(text)).reply
    assert "never in plain chat" not in reply.text.split("On record:")[0]
    assert reply.script.startswith("Hi Sam,") and "Globex Logistics' VPN pre-shared key" in reply.script   # BrightPath's Sam
    # Said by the colleague themselves, the same move is still a plain no.
    own = bot.handle(staff("can I just email BrightPath IT the Globex Logistics firewall admin password?")).reply
    assert "No: never in plain chat" in own.text


def test_a_team_note_about_a_client_nobody_owns_asks_for_someone_to_lead(bot):
    bot.clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(30),
                    reason_category="overload")
    reply = bot.handle(staff("draft a slack msg to the team: hooli offboarding, no owner yet")).reply
    assert "Nobody is named to lead the handover yet" in reply.script and "The account owner leads it" not in reply.script


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


def test_a_client_that_is_a_law_firm_is_no_legal_threat_and_words_come_as_a_template(bot):
    reply = bot.handle(staff("We've decided to end things with a client who isn't in the bot yet (a small law firm, "
                             "always demanding work outside the agreement). Call or email? And what goes in the message?")).reply
    assert "pass it today to management" not in reply.text
    assert "A template to reuse" in reply.text and "The reason is the scope of the work" in reply.script
    assert escalation_cues.threatens_legal("we have instructed a law firm to act for us")


def test_words_for_a_meeting_are_said_aloud_with_the_reason_and_the_handover_ask(bot):
    reply = bot.handle(staff("meeting w/ Acme Dental's office manager thursday, need a script for telling them "
                             "we're ending things")).reply
    assert "To say in the meeting:" in reply.text
    assert not reply.script.startswith(("Hi", "Hello", "Dear")) and "Kind regards" not in reply.script
    assert "late" in reply.script   # they will ask why: the reason on record is said once


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


def test_a_colleague_against_the_decision_gets_no_case_to_reverse_it_and_no_script(bot):
    reply = bot.handle(staff("honestly i think dropping Acme Dental is a mistake. they're lovely. can you help me write up "
                             "an argument to keep them")).reply
    assert "can't help build a case to reverse it" in reply.text and "Priya" in reply.text and not reply.script


def test_a_short_phone_script_for_any_former_client_is_spoken_with_blanks(bot):
    reply = bot.handle(staff("if a former client rings the help desk line, what should L1 say? need a 3-line script "
                             "for the team")).reply
    assert "To say on the call:" in reply.text and "[last day of support]" in reply.script
    assert len([s for s in reply.script.split(". ") if s]) <= 3 and "Kind regards" not in reply.script


def test_a_colleague_who_feels_firing_clients_is_wrong_gets_a_word_not_a_lesson_in_reasons(bot):
    reply = bot.handle(staff("honestly is firing clients ever a good idea? feels kinda wrong to me")).reply
    assert "Doubting it" in reply.text and not reply.script


def test_words_to_post_back_publicly_are_written_for_the_public(bot):
    script = bot.handle(staff("Acme's office manager wrote on Facebook that we're heartless for leaving them. What do "
                              "we post back publicly?")).reply.script
    assert script and "Hello Acme Dental team" not in script and "Kind regards" not in script


def test_a_look_up_and_words_asked_together_get_both(bot):
    """Two asks in one message: the fact from the record, then the words, not the fact alone."""
    reply = bot.handle(staff("How many days' notice did Acme Dental get? Also write a short summary for the team.")).reply
    assert "Notice was given on" in reply.text and "For the team" in reply.text
    reply = bot.handle(staff("Who owns Acme Dental? I want to text them a reminder about the handover.")).reply
    assert "account owner is Priya" in reply.text and reply.script
    only = bot.handle(staff("Who owns Acme Dental?")).reply
    assert "account owner is Priya" in only.text and not only.script


def test_words_to_an_ex_client_about_our_access_are_the_close_out_letter_and_say_sorry_when_asked(bot):
    sorry = bot.handle(staff("Globex are annoyed our monitoring agent is still on their laptops. Write a reply that "
                             "apologises and says what happens next.")).reply.script
    assert sorry.split("\n\n")[1].startswith("You're right to raise this, and we're sorry")
    assert "our own" in sorry and ("Nothing of yours" in sorry or "stay exactly as they are" in sorry)
    letter = bot.handle(staff("Draft a letter to Globex confirming our access to their systems is being removed.")).reply
    assert "our own" in letter.script and "sorry" not in letter.script and "Yes, remove it" not in letter.text


def test_a_text_to_someone_at_the_client_is_a_text_message(bot):
    reply = bot.handle(staff("text to acme's office manager: their firewall admin needs moving to one of their own "
                             "people before christmas. short pls")).reply
    assert "as a text message" in reply.text and "Kind regards" not in reply.script


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


@pytest.mark.parametrize("text", [
    "Priya on my team keeps doing small fixes for Globex for free. write me a slack dm to her, friendly but clear",
    "our team lead wants to stop answering acme's tickets. write a reply to him in teams, I don't agree",
    "post for the whole team: acme dental is leaving, how do we treat them until then",
])
def test_words_for_a_colleague_or_the_whole_team_are_a_team_note_not_a_client_letter(bot, text):
    reply = bot.handle(staff(text)).reply
    assert "For the team (not for the client)" in reply.text and "Kind regards" not in reply.script


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


def test_a_reply_someone_wants_sent_on_their_behalf_comes_with_the_words(bot):
    reply = bot.handle(staff("Globex Logistics asked whether they could come back next spring. Tom wants a short "
                             "decline, kind but final.")).reply
    assert reply.script.startswith("Hello Globex Logistics team,") and ("final" in reply.script or "stands" in reply.script)


def test_talking_points_asked_in_bullets_are_bullets(bot):
    reply = bot.handle(staff("acme dental's owner wants the real reason on a call later. talking points, bullet form")).reply
    assert "Talking points:" in reply.text and all(line.startswith("- ") for line in reply.script.splitlines())
    assert "late payment" in reply.script.lower()


def test_words_that_say_the_client_will_regret_leaving_are_a_parting_shot(bot):
    reply = bot.handle(staff("write Globex Logistics a message saying BrightPath IT are a bunch of cowboys and they'll "
                             "regret it")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_words_to_end_with_a_client_not_on_record_are_a_template_that_says_so(bot):
    reply = bot.handle(staff("Draft the goodbye email for Pemberly Opticians, their last day is this Friday.")).reply
    assert reply.text.startswith("I can't find Pemberly Opticians in the client records")
    assert reply.script.startswith("Hello Pemberly Opticians team,")


def test_a_letter_the_colleague_signs_is_signed_with_their_name(config, open_bot):
    bot = open_bot(config)
    seed_clients(bot.clients)
    reply = bot.handle(replace(staff("Write the email to Acme Dental explaining why we're ending. Honest but kind. "
                                     "I'm signing it."), sender_name="Jordan Reyes")).reply
    assert reply.script.endswith("Jordan Reyes\nNorthwind IT")


def test_calling_someone_back_is_words_for_the_call(bot):
    reply = bot.handle(staff("Globex Logistics' office manager left me a voicemail asking for a quick fix on their "
                             "printer. I'm calling her back, script please")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_what_to_say_to_a_client_who_rang_in_tears_is_words_for_the_call(bot):
    reply = bot.handle(staff("Acme's practice manager just rang me in tears, said sorry for the late payments, promised "
                             "they'll pay on time from now on and asked for another chance. Priya's out till tomorrow. "
                             "What do I actually say?")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script and "Hello" not in reply.script


def test_one_paragraph_to_paste_has_no_greeting_or_signature(bot):
    reply = bot.handle(staff("give me one paragraph I can paste explaining the reason to acme dental")).reply
    assert "One paragraph to paste:" in reply.text and "\n" not in reply.script and "late payment" in reply.script.lower()


def test_a_team_note_asked_in_bullets_is_bullets(bot):
    reply = bot.handle(staff("post for #leadership summarising the Acme Dental offboarding. bullets, neutral")).reply
    assert "For the team (not for the client)" in reply.text
    assert all(line.startswith("- ") for line in reply.script.splitlines())


def test_a_teams_message_to_the_client_is_to_the_client_even_when_it_names_the_new_provider(bot):
    bot.clients.edit("Acme Dental", new_provider="SmileTech IT")
    script = bot.handle(staff("teams msg to acme: smiletech needs to reach us by when? keep it 2 lines")).reply.script
    assert script.startswith("Hi Acme Dental team,")


def test_a_post_for_an_internal_channel_is_a_team_note(bot):
    reply = bot.handle(staff("Post for the internal service desk channel: if Globex Logistics rings, what do we say? "
                             "A few lines.")).reply
    assert "For the team (not for the client)" in reply.text and "Kind regards" not in reply.script


def test_leadership_bullets_come_as_many_as_asked_each_within_the_words_allowed(bot):
    reply = bot.handle(staff("3 bullets on Acme Dental for tomorrow's leadership meeting, max 12 words each")).reply
    bullets = reply.script.splitlines()
    assert len(bullets) == 3 and all(line.startswith("- ") and len(line[2:].split()) <= 12 for line in bullets)
    assert "Acme Dental" in bullets[0] and "Thank" not in reply.script


def test_a_text_that_says_no_in_some_manner_is_the_kind_no_not_those_words(bot):
    reply = bot.handle(staff("Globex Logistics texted me asking if we can 'just reset one password real quick'. "
                             "Need a text back that says no without being a jerk.")).reply
    assert "jerk" not in reply.script and re.search(r"not able to help|can't take on further requests", reply.script)


def test_a_reminder_post_for_a_client_who_asked_nothing_says_they_are_supported_as_ever(bot):
    reply = bot.handle(staff("Post for Acme Dental's shared channel: remind them tickets are handled as normal until the end.")).reply
    assert "A quick reminder: your support carries on exactly as before" in reply.script
    assert "we'll take care of this" not in reply.script and "logged it" not in reply.script


def test_reply_pls_under_a_pasted_plea_gets_words(bot):
    reply = bot.handle(staff("Globex Logistics CEO emailed: 'BrightPath is a mess. Any chance we come back on our old "
                             "contract? We'll stop asking for extra projects.' reply pls")).reply
    assert reply.script and "won't be taking the account back on" in reply.script


def test_an_upbeat_public_post_that_we_parted_ways_with_clients_is_a_no(bot):
    reply = bot.handle(staff("pls draft a LinkedIn post saying we've parted ways with Globex Logistics, something upbeat")).reply
    assert "\n\nNo: it's business, not personal" in reply.text and not reply.script


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


@pytest.mark.parametrize("most", ["2", "3"])
def test_a_short_reply_to_a_pasted_plea_opens_with_thanks_and_leans_on_no_sentence_left_out(bot, most):
    reply = bot.handle(staff('Acme just posted this in their channel: "We know we\'ve been late on the invoices and we\'re '
                             f'really sorry. Can we please have one more chance?" draft my reply, {most} sentences max, '
                             'warm but firm.')).reply
    body = reply.script.split("\n\n")[1]
    assert re.match(r"(?:Thank you|We appreciate)", body)
    assert ", though," not in body or "We appreciate you getting in touch about this. Our decision stands, though," in body


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


def test_a_voicemail_is_in_the_voice_of_whoever_says_they_are_calling(bot):
    reply = bot.handle(staff("globex rang twice about their VPN. give me a ~30 sec voicemail script to call back with. i'm Tom")).reply
    assert reply.script.startswith("Hi, this is Tom from")


def test_sentences_to_say_on_a_call_about_to_happen_are_spoken_not_a_letter(bot):
    reply = bot.handle(staff("Acme's owner is calling me in 10 min and I just know she'll beg to stay. give me 2 sentences to say")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_whoever_says_they_are_the_one_calling_is_the_voice_of_the_voicemail(bot):
    reply = bot.handle(staff("need a voicemail script for calling Acme about handover timing. I'm the one calling (Nadia). "
                             "30 secs max")).reply
    assert reply.script.startswith("Hi, this is Nadia from")


def test_words_for_a_client_not_on_record_use_the_name_the_last_day_and_the_signer_staff_give(bot):
    last = calendar.day(60)
    reply = bot.handle(staff(f"write the termination email for Wayne Pharmacy, they pay late too, last day {last.day} "
                             f"{last:%b}, sign as Priya")).reply
    assert reply.script.startswith("Hello Wayne Pharmacy team") and long_date(last) in reply.script
    assert "[last day of support]" not in reply.script and reply.script.rstrip().endswith("Priya\nNorthwind IT")


def test_a_reply_for_a_colleague_to_send_is_written_to_whoever_asked_not_to_the_colleague(bot):
    bot.clients.edit("Globex Logistics", account_owner="Tom Becker")
    reply = bot.handle(staff("BrightPath (Globex's new IT) emailed asking us to walk them through the firewall rules we "
                             "set up. Draft a reply for Tom.")).reply
    assert reply.script.startswith("Hello BrightPath IT team") and "For the team" not in reply.text


def test_a_client_let_go_with_a_date_in_words_is_named_and_dated_in_the_template(bot):
    reply = bot.handle(staff("we're letting Stark Plumbing go too. draft the notice email, usual reasons, end date "
                             "first of Feb")).reply
    first_of_feb = next(day for day in (date(calendar.today().year + k, 2, 1) for k in (0, 1)) if day >= calendar.today())
    assert reply.text.startswith("I can't find Stark Plumbing in the client records")
    assert reply.script.startswith("Hello Stark Plumbing team,") and long_date(first_of_feb) in reply.script
    assert "[the reason" in reply.script   # "usual reasons" is no reason on record


def test_a_two_sentence_text_says_what_staff_said_it_is_for(bot):
    reply = bot.handle(staff("Need a text to the Acme office manager: we can put all their files on an external drive "
                             "for them before we finish. Friendly, 2 sentences, she's not techy")).reply
    assert "external drive" in reply.script and len(reply.script) <= 160


def test_sentences_counted_in_the_request_win_over_a_quick_one_in_the_pasted_message(bot):
    reply = bot.handle(staff("Globex (ex-client) just sent: 'hey quick one, the shared mailbox for dispatch "
                             "disappeared, can u restore?' - reply in 3 sentences max")).reply
    body = reply.script.split("\n\n")[1]
    assert len(re.findall(r"[.!?](?:\s|$)", body)) == 3 and "Ready to send (3 sentences):" in reply.text


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


def test_the_why_paragraph_for_a_follow_up_email_is_a_paragraph(bot):
    reply = bot.handle(staff("Acme's owner asked me face to face why we're letting them go and I fumbled it. Write me the "
                             "'why' paragraph for my follow-up email. Honest, but not brutal.")).reply
    assert "One paragraph to paste:" in reply.text and "The reason is late payment" in reply.script


def test_passwords_wanted_in_a_chat_get_a_reply_about_the_secure_way(bot):
    reply = bot.handle(staff("BrightPath's guy wants us to hand over Globex's passwords in a Teams chat. Write me a "
                             "3-line reply suggesting the proper way.")).reply
    assert reply.script.startswith("Hello BrightPath IT team,") and "secure channel" in reply.script


def test_a_number_of_sentences_asked_exactly_is_met(bot):
    reply = bot.handle(staff("Priya wants a last short thank-you to Globex now that it's all wrapped, and it should "
                             "politely close the door on future asks. 4 sentences, from Priya Shah.")).reply
    assert "Ready to send (4 sentences)" in reply.text and "BrightPath IT" in reply.script


def test_a_teams_message_to_a_colleague_not_on_record_is_written_to_them(bot):
    reply = bot.handle(staff("Write a Teams message to Jamal telling him to hold off pulling our RMM agent from "
                             "Acme's machines.")).reply
    assert reply.script.startswith("Hi Jamal, please hold off pulling our RMM agent from Acme's machines.")


def test_a_voicemail_from_a_named_colleague_is_spoken_in_their_name(bot):
    reply = bot.handle(staff("Globex's owner left me 2 voicemails about their email not syncing. Give me a voicemail "
                             "script to call back, 30 seconds tops, from Priya Shah.")).reply
    assert reply.script.startswith("Hi, this is Priya Shah from")


def test_words_for_an_ex_client_about_their_data_promise_no_copy_we_may_not_hold(bot):
    reply = bot.handle(staff("Globex wants a copy of their data back. Write them a short reply.")).reply
    assert "check what we still hold for you" in reply.script and "full copy" not in reply.script


def test_an_email_with_a_subject_line_comes_with_both(bot):
    reply = bot.handle(staff("Draft a reminder email to Acme Dental confirming their last day of support. Under 120 "
                             "words, include a subject line, sign it from Priya Shah.")).reply
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[1:3])
    assert reply.script.startswith(f"Subject: Reminder: your support ends {day}\n\nHello Acme Dental team,")


def test_subject_lines_for_a_last_day_reminder_name_the_last_day(bot):
    reply = bot.handle(staff("Give me 3 subject line options for the final 'last day' reminder to Acme.")).reply
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[1:3])
    assert f"- Reminder: your support ends {day}" in reply.script


def test_the_why_paragraph_gives_the_reason(bot):
    reply = bot.handle(staff("need the 'why' paragraph for acme dental, formal for the letter. keep it under 60 words")).reply
    assert "The reason is late payment" in reply.script


def test_a_voicemail_asking_for_the_new_provider_to_ring_us_asks_for_them(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli's line goes to voicemail. 3-line message reminding them Castle Tech needs to ring "
                             "us before we close for Christmas?")).reply
    assert "ask them to get in touch by" in reply.script


def test_a_word_limit_holds_for_words_to_say_on_a_call(bot):
    reply = bot.handle(staff("need the 'why' paragraph for acme dental, casual for a phone call. keep it under 60 "
                             "words")).reply
    assert len(reply.script.split()) <= 60 and "The reason is late payment" in reply.script


def test_a_team_post_with_a_word_limit_keeps_the_news_within_it(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("quick post for #service-desk: heads up that hooli is being offboarded. <50 words, no "
                             "drama")).reply
    assert len(reply.script.split()) <= 50 and reply.script.startswith("Heads-up: we're ending our agreement with Hooli")
    assert "full client" in reply.script


def test_a_public_reply_to_a_post_on_our_page_is_written_for_the_public(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff('Vandelay posted this on our FB page:\n"Fix our printer or I\'m telling every business on '
                             'this street you abandoned us."\nGive me a public reply, 2 lines.')).reply
    assert not reply.script.startswith("Hello") and "in public" in reply.script


def test_a_linkedin_post_that_we_moved_on_from_a_client_is_a_no(bot):
    reply = bot.handle(staff("Marketing wants a LinkedIn post saying we 'moved on' from Globex Logistics. Can you "
                             "write it?")).reply
    assert "No: it's business, not personal" in reply.text and not reply.script


def test_the_workload_reason_is_said_as_our_capacity_even_to_the_team(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("write the slack post for #ops letting the team know we're parting ways with hooli "
                             "bakery")).reply
    assert "our team's capacity" in reply.script and "they put on our team" not in reply.script


def test_a_short_word_limit_keeps_the_sentence_that_says_no(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli's owner just wrote 'we'll pay double if you stay until March'. Reply in max 50 "
                             "words, warm.")).reply
    assert "the decision is final" in reply.script and len(reply.script.split()) <= 50


def test_words_to_say_at_our_standup_are_for_the_team(bot):
    reply = bot.handle(staff("Give me something I can say out loud at tomorrow's standup about why we dropped Globex, "
                             "team keeps asking.")).reply
    assert "For the team (not for the client)" in reply.text and not reply.script.startswith("Hello Globex")


def test_a_voicemail_declining_an_ex_client_does_not_ask_them_to_call_back(bot):
    reply = bot.handle(staff("Voicemail script for Globex pls. They keep ringing the helpdesk line about their VPN. 30 "
                             "seconds max, polite but we're done.")).reply
    assert "call me back" not in reply.script and "help with your VPN" in reply.script
    assert reply.script.endswith("all the best. Goodbye.") and "BrightPath IT can help from here." in reply.script


# -- from dev26 (a fresh writer's set, read reply by reply) ----------------------------------------------------
def test_an_apology_with_money_offered_thanks_for_both_and_declines_the_offer(bot):
    script = bot.handle(staff("Acme just sent this, need a reply I can send today: \"we're really sorry about the "
                              "invoices. We can prepay six months starting January if you'll keep us on. Please "
                              "reconsider.\"")).reply.script
    assert "Thank you for the apology, and for the offer" in script
    assert "they don't change things" in script or "we appreciate both. Our decision stands." in script


def test_words_within_a_limit_keep_the_sentence_on_what_was_asked(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooli asked if they can get all their files on a drive. reply under 50 words pls")).reply.script
    assert "external drive" in script


def test_write_them_something_asks_for_words(bot):
    reply = bot.handle(staff("the dentist still has no new IT company lined up. can you write them something offering a "
                             "plan B for email + their files on a drive? warm tone")).reply
    assert "external drive" in reply.script


def test_a_team_post_about_several_clients_lists_each_from_its_record(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("can u draft a short post for #team-ops listing who's leaving us and their last days? acme "
                             "+ hooli, and remind ppl globex is already gone.")).reply
    assert f"- Acme Dental: last day of support {long_date(calendar.day(20))}" in reply.script
    assert f"- Hooli Bakery: last day of support {long_date(calendar.day(30))}; Castle Tech is taking over" in reply.script
    assert f"- Globex Logistics: support ended on {long_date(calendar.day(-14))}; BrightPath IT" in reply.script
    assert "[" not in reply.script


def test_give_me_the_email_asks_for_words(bot):
    reply = bot.handle(staff("acme's office manager is more comfortable in Spanish. can you give me the end-date email in "
                             "Spanish? short")).reply
    assert reply.script and "I write in English only" in reply.text


def test_a_voicemail_asked_to_mention_the_closure_keeps_it(closed):
    script = closed.handle(staff("Voicemail script pls for Hooli Bakery, I keep missing the owner. about 30 sec spoken. "
                                 "Need them to get Castle Tech to call us before we shut for xmas.")).reply.script
    assert "Our office is closed from Thursday 24 December 2026" in script


def test_a_two_sentence_answer_to_why_keeps_the_reason(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay wrote 'just tell us honestly why you dropped us'. 2 sentences max please.")).reply.script
    assert "The reason is" in script


def test_bullets_on_the_offboardings_for_standup_list_every_client_we_are_letting_go(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Need 3 bullets on offboardings for Monday standup (7 Dec)")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Hooli Bakery: last day of support" in script
    assert "Initech" not in script


def test_an_all_hands_post_is_a_team_note_and_says_the_closure_cuts_the_handover_short(closed):
    reply = closed.handle(staff("Write the all-hands post announcing we're parting ways with the bakery. Two paragraphs, "
                                "no blame.")).reply
    assert "For the team (not for the client)" in reply.text and "Hello Hooli Bakery team" not in reply.text
    assert "finish the handover with Castle Tech by Wednesday 23 December 2026" in reply.script


def test_a_reply_asked_for_in_bullets_is_a_letter_with_its_points(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli owner replied 'fine. whatever. just tell me what I have to do.' Write a friendly reply "
                             "with the next steps, max 6 bullets.")).reply
    body = reply.script.split("\n\n")
    assert body[0] == "Hello Hooli Bakery team," and 1 <= body[2].count("\n- ") + 1 <= 6
    assert "your domain and DNS" in reply.script and "logged it with our help desk" not in reply.script


def test_a_short_chat_answer_to_a_guess_at_the_reason_corrects_it_and_keeps_the_reason(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("How should I answer this from the bakery: 'Is it because we're small? Be honest.' - 2-3 "
                              "sentences for a chat reply")).reply.script
    assert "it isn't about the size of your business" in script and "The reason is our team's capacity" in script


def test_an_auto_reply_for_an_ex_clients_mail_is_the_kind_no_in_one_sentence(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("one-sentence auto-reply for mail coming in from vandelay")).reply
    body = reply.script.split("\n\n")[1]
    assert body.count(". ") == 0 and "no longer able to provide support" in body


def test_a_voicemail_about_the_closure_and_the_last_day_says_both(closed):
    reply = closed.handle(staff("Voicemail script for Hooli Bakery, 30 seconds max. They didn't pick up. I want to remind "
                                "them we're closed over Christmas and when their support finishes.")).reply
    assert "our office is closed from Thursday 24 December 2026" in reply.script
    assert "we're back on Monday 4 January 2027, which is also your last day of support" in reply.script


def test_a_team_post_in_lines_gives_the_reason_once_and_a_sentence_a_line(bot):
    script = bot.handle(staff("slack post for #techs: globex is fully off our books, nobody does favours for them anymore. "
                              "keep it friendly, 3-4 lines")).reply.script
    assert 3 <= script.count("\n") + 1 <= 4 and "scope (" not in script


def test_a_summary_for_a_colleague_of_where_two_clients_stand_is_a_roundup_from_the_record(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Slack reply to Priya: sum up where Acme and Vandelay stand, 3 bullets")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Vandelay Imports: support ended on" in script
    assert "[" not in script


def test_words_for_a_call_the_client_makes_thank_them_for_calling(bot):
    script = bot.handle(staff("Two sentences for the help desk to say when Globex calls asking for 'just a quick password "
                              "reset'.")).reply.script
    assert script.startswith("Thanks for calling.")


def test_a_channel_post_on_which_offboarding_clients_we_still_support_lists_them_from_the_record(bot):
    script = bot.handle(staff("write a pinned slack post for #helpdesk: which offboarding clients do techs still support and "
                              "till when. bullets, no drama")).reply.script
    assert "- Acme Dental: last day of support" in script and "[" not in script


def test_a_sentence_shortened_keeps_so_that_whole(closed):
    script = closed.handle(staff("Need a voicemail script for Hooli Bakery, 30 seconds tops. Remind them of their last day "
                                 "and that Castle Tech has to call us before we shut for Christmas.")).reply.script
    assert " That nothing" not in script


def test_a_channel_post_on_which_offboarded_clients_still_get_tickets_worked_groups_them_by_that(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Draft a Teams post for #service-desk: which of the offboarded clients should NOT get tickets "
                              "worked any more and which still should. Bullets, zero commentary on why they're leaving.")).reply.script
    supported, ended = script.split("Support ended:")
    assert "- Acme Dental: last day of support" in supported and "- Globex Logistics: support ended on" in ended
    assert "- Vandelay Imports: support ended on" in ended and "[" not in script and "reason" not in script


def test_a_text_for_a_colleague_to_send_is_signed_with_their_name(bot):
    script = bot.handle(staff("Globex's ops manager keeps texting Jake (one of our techs) on his personal phone for help. "
                              "Give Jake a short text he can send back.")).reply.script
    assert script.endswith("- Jake, Northwind IT")


def test_a_voicemail_a_named_colleague_leaves_is_in_their_voice_and_says_the_last_day_as_that(bot):
    reply = bot.handle(staff("voicemail script pls -- Priya calling the dental practice front desk, under 30 sec, just the "
                             "end date + ask them to call back about who's taking over their IT")).reply
    assert reply.script.startswith("Hi, this is Priya")
    assert f"Your last day of support with us is {long_date(calendar.day(20))}." in reply.script


def test_a_two_sentence_text_asking_for_the_new_providers_contact_is_words_not_a_look_up(bot):
    reply = bot.handle(staff("2-sentence text to Acme's office manager: last day + please send us the new IT company's "
                             "contact")).reply
    assert "Ready to send as a text message" in reply.text and long_date(calendar.day(20)) in reply.script


def test_an_ended_client_threatening_reviews_for_free_work_is_told_support_ended_in_the_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("the vandelay guy says he'll post 1-star reviews about us everywhere unless we 'fix his email "
                              "for free'. write a calm response.")).reply.script
    assert "we can't take on further work, free or paid" in script and "go through the handover together" not in script


def test_an_intro_to_the_new_provider_asked_in_bullets_lists_what_we_hand_over(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Write an intro email to Castle Tech (Hooli's new IT people) to kick off the handover. "
                              "Formal-ish, bullet the things we'll be giving them.")).reply.script
    assert "- We'll pass on admin access to Hooli Bakery's own accounts and vendor portals, the domain registrar and DNS" in script
    assert "- We'll send the backup instructions and the backup encryption keys." in script


def test_admin_passwords_asked_for_by_a_provider_are_they_not_it(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Castle Tech asked for Hooli's admin passwords and said 'by email is fine'. Draft a reply that "
                              "gets them what they need the right way.")).reply.script
    assert "They belong to Hooli Bakery, so they'll be handed over in full" in script and "It belongs" not in script


def test_a_slack_length_reply_to_paste_is_a_chat_message(bot):
    reply = bot.handle(staff("slack-length reply Tom can paste to BrightPath, who asked 'what rules did you have on the "
                             "Globex firewall for the CCTV cameras?'")).reply
    assert reply.script.startswith("Hi BrightPath IT team,\n") and "Kind regards" not in reply.script


def test_reply_or_ignore_a_review_comes_with_the_public_reply_it_points_to(bot):
    reply = bot.handle(staff("someone from Globex left us a nasty google review. reply or ignore?")).reply
    assert "the one below" in reply.text and "We don't discuss any client's affairs in public" in reply.script


def test_a_message_to_a_colleague_asking_where_two_clients_stand_is_a_roundup(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("teams msg to Priya: where do Acme and Vandelay stand? four bullet lines, no more")).reply.script
    assert "- Acme Dental: last day of support" in script and "- Vandelay Imports: support ended on" in script


def test_a_subject_line_plus_body_asked_gives_both(bot):
    script = bot.handle(staff("Subject line plus two lines of body for Acme: offering their data on an external drive since "
                              "they still have no new IT.")).reply.script
    assert script.startswith("Subject: ") and "external drive" in script


def test_words_asked_in_plain_english_leave_out_the_long_and_technical_sentences(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("can u write a really simple email for Hooli's owner — her English isn't strong. what happens "
                              "next + dates. short sentences, no IT words.")).reply.script
    assert "secure channel" not in script and "we only remove our own access" not in script
    assert long_date(calendar.day(30)) in script


def test_a_voicemail_to_book_a_handover_call_says_so_first(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(replace(staff("Voicemail for Hooly - want to get a handover call in before we close for Christmas. "
                                      "20 seconds tops."), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Sam from Northwind IT, for Hooli Bakery. I'm calling to book a handover call with "
                             f"you before our office closes for the holidays on {long_date(closed[0])}.")
    assert len(script.split()) / 2.5 <= 20


def test_a_phone_script_asked_for_a_return_on_old_terms_comes_with_the_words(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's owner rang asking if they can come back on their old terms. Priya has to call back, "
                             "give her a phone script.")).reply
    assert "To say on the call:" in reply.text and "we won't be taking the account back on" in reply.script


def test_a_goodbye_post_for_their_final_day_says_today_is_the_last_day(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    script = bot.handle(staff("Write the post for Acme's channel for their final day, saying goodbye")).reply.script
    assert f"Today, {long_date(end)}, is your last day of support with us" in script


def test_a_voicemail_about_the_handover_for_a_client_in_notice_is_the_handover_not_the_close_out(bot):
    add_hooli(bot.clients)
    script = bot.handle(replace(staff("Calling Hooli this afternoon about the handover, will prob get voicemail. 30 sec script "
                                      "pls, it's from me"), sender_name="Sam Taylor")).reply.script
    assert "Castle Tech" in script and "final invoice" not in script and "management tools" not in script


def test_staff_words_for_a_client_upset_about_the_holidays_say_when_we_close(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Hooli emailed that they feel abandoned right before Christmas. Reply please, warm but firm, "
                              "150 words max, sign it 'The Support Team'.")).reply.script
    assert f"Our office is closed from {long_date(closed[0])} to {long_date(closed[1])}" in script
    assert "carries on as normal" not in script


def test_renewing_their_licences_after_the_end_is_declined_in_a_voicemail(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Leave a voicemail for Vandelay, they called asking about renewing their antivirus "
                                      "licences. Under 40 words."), sender_name="Sam Taylor")).reply.script
    assert "renewing your licences is no longer something we can do for you" in script
    assert "Here's how we'll hand over" not in script


def test_a_text_whose_words_staff_give_says_them_and_is_signed_by_the_sender(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))   # (the record's day, whatever today is)
    script = bot.handle(replace(staff("Write me an SMS for Acme Dental's practice manager, max 160 characters, just that "
                                      f"their last day with us is {end} and Priya will call about the handover."),
                                sender_name="Sam Taylor")).reply.script
    assert f"{end} and Priya will call about the handover" in script and script.endswith("- Sam, Northwind IT")


def test_talking_points_about_our_closure_leave_the_reason_out(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Phone script for calling Hooli Bakery tomorrow to make sure they know we're shut over "
                              "Christmas. Bullet points fine.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script and "The reason is" not in script


def test_a_post_on_what_the_closure_means_for_them_is_the_closure_note(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("Post for Hooli's channel explaining what the Christmas closure means for them. Friendly, "
                              "short.")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script
    assert f"get in touch with us by {long_date(closed[0] - timedelta(days=1))}" in script


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


def test_a_closing_letter_paragraph_on_why_gives_the_end_and_good_wishes_and_the_name_asked(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    script = bot.handle(staff("Need one paragraph for our closing letter to Globex Logistics explaining why we ended it. "
                              "Tom's name at the bottom.")).reply.script
    assert f"ended on {end}" in script and "BrightPath IT" in script and script.rstrip().endswith("\n\nTom")


def test_a_reply_staff_want_signed_as_the_team_carries_no_persons_name(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay guy emailed again asking us to 'just check' why their emails are bouncing. draft a "
                              "reply, short, firm, not rude. sign as the team")).reply.script
    assert "help with your email" in script and script.rstrip().endswith("Kind regards,\nThe Northwind IT team")


def test_a_post_about_the_office_being_shut_over_the_holidays_is_the_closure_note(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("need a slack msg for the bakery's channel re the office being shut over xmas/new year + what "
                              "that means for the handover. short pls")).reply.script
    assert f"our office is closed from {long_date(closed[0])}" in script


def test_a_cause_a_client_believes_in_staff_words_is_corrected_not_confirmed(bot):
    script = bot.handle(staff("Acme's owner thinks we're dropping them because of last month's outage. Help me reply on "
                              "Slack and set the record straight, gently.")).reply.script
    assert "it isn't that" in script and "The reason is late payment" in script


def test_a_note_asking_a_colleague_whether_something_happened_reads_as_a_question(bot):
    script = bot.handle(staff("Give me a Slack DM to Tom asking whether Globex ever signed off the handover. I genuinely "
                              "don't know if they did.")).reply.script
    assert "do you know whether Globex ever signed off the handover?" in script


def test_a_short_nudge_when_the_new_provider_has_not_been_in_touch_is_a_chat_post_that_says_so(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Castle tech havent been in touch re Hooly. Short nudge for their channel?")).reply
    assert reply.script.startswith("Hi Hooli Bakery team,\nWe haven't heard from Castle Tech yet")


def test_a_message_to_a_colleague_that_tells_them_news_carries_the_news(bot):
    script = bot.handle(staff("Write a quick Teams message to Tom that BrightPath asked about Globex's VPN config and I'm "
                              "planning to decline.")).reply.script
    assert script.startswith("Hi Tom, BrightPath asked about Globex's VPN config and I'm planning to decline.")


def test_a_reminder_of_the_last_day_leads_with_the_day_and_fits_the_words_asked(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("can u draft a slack msg for the acme dental channel reminding them support ends on the 21st "
                              "and their new IT people need to reach us a week before? max 60 words, sign it from "
                              "Priya")).reply.script
    *greeting, body, signed = script.split("\n")   # (the greeting goes first when the words run short)
    assert body.startswith(f"A quick reminder: {end} is your last day of support") and len(body.split()) <= 60
    assert f"get in touch with us by {long_date(date.fromisoformat(bot.clients.get('Acme Dental')['end_date']) - timedelta(days=7))}" in body
    assert signed == "Priya"


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


def test_one_honest_sentence_is_one_sentence(bot):
    script = bot.handle(staff("globex keep asking 'but WHY' - give me one honest sentence")).reply.script
    body = script.split("\n\n")[1]
    assert body.startswith("The reason is") and body.count(". ") == 0


def test_a_paragraph_for_a_new_hire_on_how_we_end_client_relationships_is_written(bot):
    reply = bot.handle(staff("Give me one paragraph for our new hire explaining how we end client relationships")).reply
    assert "give proper notice, explain the reason honestly" in reply.script and "outside what I can answer" not in reply.text


def test_a_text_is_signed_by_the_colleague_who_sends_it(bot):
    script = bot.handle(replace(staff("text to Acme Dental, 160 characters MAX, remind them of their last day + ask if they've "
                                      "chosen a new provider"), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("- Sam, Northwind IT") and len(script) <= 160


def test_a_script_is_signed_by_the_account_owner_unless_the_colleague_asking_sends_it(bot):
    # (issue 11: "signed by the account owner when known"; Sam signs only what Sam says Sam sends)
    owners = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day of support"),
                                sender_name="Sam Taylor")).reply.script
    sams = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day of support, I'll send it"),
                              sender_name="Sam Taylor")).reply.script
    priyas = bot.handle(replace(staff("Draft an email to Acme Dental confirming their last day, for Priya to send"),
                                sender_name="Sam Taylor")).reply.script
    mine = bot.handle(replace(staff("Acme asked when their last day is. Write me a reply, 3 sentences max."),
                              sender_name="Sam Taylor")).reply.script
    assert owners.rstrip().endswith("\nPriya\nNorthwind IT") and priyas.rstrip().endswith("\nPriya\nNorthwind IT")
    assert sams.rstrip().endswith("\nSam Taylor\nNorthwind IT") and mine.rstrip().endswith("\nSam Taylor\nNorthwind IT")


@pytest.mark.parametrize("text", ["Draft an email to Acme Dental confirming their last day, sign it as the team",
                                  "Write an email to Acme Dental confirming their last day. Sign it from the support team."])
def test_a_script_from_the_team_is_signed_by_the_team_whoever_asks(bot, text):
    script = bot.handle(replace(staff(text), sender_name="Sam Taylor")).reply.script
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


def test_a_post_for_the_clients_channel_about_our_closure_is_the_closure_note_posted_unsigned(closed):
    reply = closed.handle(replace(staff("need a slack post for hooli bakery's channel about the xmas closure and what it "
                                        "means for the handover"), sender_name="Sam Taylor")).reply
    assert "our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply.script
    assert "by Wednesday 23 December 2026" in reply.script and "Sam Taylor" not in reply.script


def test_the_m365_global_admin_wanted_by_the_new_provider_is_the_admin_account_not_licences(bot):
    reply = bot.handle(staff("Priya's off sick. Globex's new provider BrightPath wants the M365 global admin handed over "
                             "'asap'. What do I do?")).reply
    assert "global admin account" in reply.script and "licences" not in reply.script


def test_a_short_email_suggesting_an_email_provider_as_a_fallback_says_so_within_its_words(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("60 words max email to Hooli suggesting an email provider in case Castle Tech isn't ready "
                             "by the end")).reply
    body = reply.script.split("\n\n")[1]
    assert "If Castle Tech isn't ready by" in body and "hosted email provider" in body and len(body.split()) <= 60


def test_draft_said_last_asks_for_the_words_too(bot):
    reply = bot.handle(staff("acme asking if they can come back in a year if things change. what do we say? draft")).reply
    assert reply.script.startswith("Hello Acme Dental team,") and "we won't be taking the account back on, now or later" \
        in reply.script


def test_a_super_short_post_in_the_clients_shared_channel_is_a_chat_message(bot):
    reply = bot.handle(staff("post in Acme's shared channel that we're parting ways - they know by email, want it in "
                             "slack too. super short")).reply
    said = re.split(r"(?<=[.?!])\s+", reply.script.split("\n", 1)[1])
    assert "Ready to post as a chat message:" in reply.text and len(said) <= 3 and "the decision stands" in said[0]


def test_give_me_the_wording_asks_for_the_words(bot):
    reply = bot.handle(staff("Acme want to know if they can come back in the new year on the same terms once they 'sort "
                             "out their accounts'. What do I say? Give me the wording.")).reply
    assert reply.script.startswith("Hello Acme Dental team,")


def test_a_reply_a_named_colleague_can_post_is_signed_by_them_and_signing_as_a_first_name_is_in_full(bot):
    tom = bot.handle(replace(staff("Globex posted: \"the dispatch shared mailbox stopped showing in outlook this "
                                   "morning, can someone remote in?\" draft a reply Priya can post"),
                             sender_name="Sam Taylor")).reply.script
    sam = bot.handle(replace(staff("Draft my reply to Acme Dental asking why we're ending it. Keep it kind, I'm signing "
                                   "as Sam."), sender_name="Sam Taylor")).reply.script
    assert tom.rstrip().endswith("\nPriya\nNorthwind IT") and sam.rstrip().endswith("\nSam Taylor\nNorthwind IT")


def test_leaving_a_voicemail_is_no_review_threat(closed):
    reply = closed.handle(replace(staff("I'll be leaving a voicemail for Hooli Bakery tomorrow. Script please, should fit "
                                        "in about 30 seconds."), sender_name="Sam Taylor")).reply
    assert "unhappy" not in reply.script and "Castle Tech" in reply.script and "Monday 4 January 2027" in reply.script


def test_a_checklist_email_asked_to_be_signed_by_a_named_colleague_is_signed_by_them(bot):
    script = bot.handle(replace(staff("Draft the handover checklist email we send Acme so they know what they're getting. "
                                      "Numbered list, sign Priya Shah."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya Shah\nNorthwind IT")


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


def test_a_post_for_a_channel_named_after_the_client_reminding_them_of_our_closure_is_for_them(closed):
    script = closed.handle(staff("Post for the #hooli-bakery channel reminding them about our christmas closure and their "
                                 "last day. Two sentences max.")).reply.script
    assert script.startswith("Hello Hooli Bakery team") and "our office is closed from Thursday 24 December 2026" in script


def test_a_voicemail_for_a_colleague_to_leave_is_in_their_name(bot):
    script = bot.handle(replace(staff("Write me a voicemail script for Priya to leave Acme Dental, about 30 seconds."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Priya from Northwind IT")


def test_a_ping_to_a_colleague_described_after_their_name_asks_them_the_question_not_the_request(bot):
    script = bot.handle(staff("ping for Priya: need a short internal slack asking her to confirm whether Acme ever "
                              "signed off the handover + whether we've pulled our RMM agents. write it for me")).reply.script
    assert script.startswith("Hi Priya, could you confirm whether Acme ever signed off the handover and whether")
    assert "need a short internal slack" not in script


def test_a_reply_written_as_a_named_colleague_is_signed_by_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay wrote 'Could we come back to you on the same terms as before?' Reply as "
                                      "Priya. 100 words or under."), sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT")


def test_sign_and_a_colleagues_first_name_signs_as_them(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay asked for their data. Short email, sign Priya."),
                                sender_name="Sam Taylor")).reply.script
    assert script.rstrip().endswith("\nPriya\nNorthwind IT")


def test_a_team_post_about_two_clients_covers_both_within_the_lines_asked(closed):
    script = closed.handle(staff("need a slack post for #team saying we're parting ways with acme dental and hooli bakery. "
                                 "neutral, 3 lines max")).reply.script
    lines = script.splitlines()
    assert len(lines) <= 3 and any(line.startswith("- Acme Dental:") for line in lines)
    assert any(line.startswith("- Hooli Bakery:") for line in lines)


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


def test_a_colleague_signing_named_in_passing_signs_and_an_offer_is_thanked_for(bot):
    script = bot.handle(staff("Acme offered to double their retainer if we stay. Reply in 3 sentences, Priya signing.")).reply.script
    assert script.endswith("\nPriya\nNorthwind IT") and "Thank you for the offer" in script


def test_a_colleague_covering_for_an_owner_who_is_away_gets_the_letter_in_their_own_name(bot):
    reply = bot.handle(replace(staff("Priya's off sick this week. I need to send Acme the reminder myself - redo it signed "
                                     "by me (Sam Taylor), mention Priya's back next week"), sender_name="Sam Taylor")).reply
    assert reply.script.endswith("Sam Taylor\nNorthwind IT") and "get in touch by" in reply.script
    asked = bot.handle(replace(staff("Priya's off this week. Can I sign the Acme letters myself?"), sender_name="Sam Taylor"))
    assert asked.intent != "unrelated_staff" and "Priya is away, so the script is signed by Sam Taylor" in asked.reply.text


def test_a_dm_to_a_colleague_about_a_deadline_gives_the_deadline(bot):
    script = bot.handle(staff("Write me a Teams DM to Priya asking whether Acme has mentioned a new provider, since the "
                              "deadline's getting close.")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert script.startswith("Hi Priya,") and f"should contact us by {deadline}" in script


def test_a_team_note_against_cutting_a_client_off_presumes_no_unpaid_invoice(bot):
    script = bot.handle(staff("One of the techs wants to shut down Acme's old file server this week since 'they're leaving "
                              "anyway'. Write a Teams msg to the tech team telling them not to.")).reply.script
    assert "let's not" in script and "Unpaid invoices" not in script


def test_a_colleague_wanting_to_tell_a_client_off_gets_a_word_not_a_script(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("honestly Vandelay were a nightmare. write me something that tells them exactly that, I'm done "
                             "being nice")).reply
    assert not reply.script and "Let it out here" in reply.text


def test_a_text_asking_the_client_to_call_a_colleague_asks_exactly_that(bot):
    script = bot.handle(staff("SMS to Acme Dental's office mobile, they didn't pick up. one text, max 160 characters, just "
                              "ask them to call Priya about the handover.")).reply.script
    assert script.startswith("Could you call Priya about the handover?") and len(script) <= 160


def test_a_one_line_answer_to_a_colleague_asking_in_dm_is_to_them_and_gives_the_date(bot):
    script = bot.handle(staff("Priya's asking in DM: by when does the dental practice's new provider need to reach us? "
                              "one-liner pls")).reply.script
    deadline = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) - timedelta(days=7))
    assert script.startswith("Hi Priya,") and f"should reach us by {deadline}" in script


def test_a_colleague_named_with_an_apostrophe_s_signing_signs_the_email(bot):
    script = bot.handle(replace(staff("Email to Acme, Priya's signing: they asked for a copy of their backups before the end."),
                                sender_name="Sam Taylor")).reply.script
    assert script.endswith("\nPriya\nNorthwind IT")


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


def test_a_two_line_dm_about_the_handover_keeps_both_lines_of_the_colleague_and_the_dates_that_matter(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("2-line Slack DM to Priya: Acme still has no new provider, shall we send the drive + email "
                              "provider suggestion now?")).reply.script
    lines = script.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Hi Priya, Acme still has no new provider.") and end in lines[0]
    assert lines[1] == "Shall we send the drive + email provider suggestion now?"


def test_a_two_line_dm_reminding_the_owner_of_the_provider_deadline_gives_the_dates_to_them(bot):
    record = bot.clients.get("Acme Dental")
    end = long_date(date.fromisoformat(record["end_date"]))
    script = bot.handle(staff("2-line Slack DM to Priya reminding her about the Acme provider deadline.")).reply.script
    lines = script.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Hi Priya, a reminder:") and "none is on record yet" in lines[0]
    assert "should contact us by" in lines[0] and end in lines[1] and "handle their tickets" not in script


def test_a_note_to_the_owner_about_the_new_provider_pinging_us_gives_one_way_to_reply_to_the_provider(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    script = bot.handle(staff("BrightPath keep pinging our support inbox about Globex. Draft a quick internal note to Tom so "
                              "we all reply the same way.")).reply.script
    assert script.startswith("Hi Tom, BrightPath IT keep getting in touch with us about Globex Logistics.")
    assert "I suggest we all reply the same way: a short, polite note" in script and "point them to BrightPath" not in script


def test_a_client_reply_passed_on_with_saying_is_what_they_said_not_words_for_our_chat_message(bot):
    script = bot.handle(staff("acme's office manager replied saying sorry about the invoices and they'll pay on time from now "
                              "on, asking if we'd reconsider. need a slack reply, 3 sentences max")).reply.script
    assert "they'll pay on time" not in script and "Our decision stands" in script


def test_a_handover_voicemail_for_a_client_in_notice_says_their_last_day(closed):
    script = closed.handle(staff("Write me a voicemail script to leave for Hooli Bakery about the handover to Castle Tech. "
                                 "I'm Sam. 30 seconds max.")).reply.script
    assert "Your last day of support with us is Monday 4 January 2027" in script and "Castle Tech" in script


def test_a_closure_voicemail_says_the_day_we_reopen_is_their_last_and_keeps_the_ask_within_the_time(closed):
    script = closed.handle(staff("Need a voicemail script for the bakery (Hooli), 30 seconds tops. Main point: Castle Tech "
                                 "has to talk to us before we shut for Christmas.")).reply.script
    assert "Monday 4 January 2027, your last day of support" in script
    assert "Please ask Castle Tech to call us by Wednesday 23 December 2026" in script
    assert len(script.split()) / SPOKEN_WORDS_A_SECOND <= 30


def test_a_handover_call_where_they_will_probably_ask_why_opens_on_the_handover_and_keeps_the_reason_for_last(closed):
    script = closed.handle(staff("I'm calling Hooli this afternoon to talk about the handover to Castle Tech. Can you give me "
                                 "a phone script? They'll probably ask why.")).reply.script
    assert re.match(r"Hi, it.s .+ from Northwind IT, calling about the handover to Castle Tech\.", script)
    assert script.rstrip().splitlines()[-1].split(".")[-2].strip().startswith("If they ask why") or "If they ask why:" in script
    assert "clear about why" not in script and script.index("If they ask why:") > script.index("Monday 4 January 2027")


def test_a_four_line_chat_signed_from_the_team_counts_its_signature_and_keeps_the_closure_asked_for(closed):
    script = closed.handle(staff("Need a Slack message for Hooli's channel about the handover to Castle Tech. Mention the "
                                 "Christmas closure. 4 lines tops, sign it from the team since nobody owns that "
                                 "account.")).reply.script
    lines = script.splitlines()
    assert len(lines) <= 4 and lines[-1] == "The Northwind IT team" and "Thursday 24 December 2026" in script


def test_a_two_line_slack_reply_to_an_offer_thanks_for_it_within_two_lines(bot):
    script = bot.handle(staff("acme offered 20% more a month if we keep them on. priya wants a 2 line reply for slack, no "
                              "more")).reply.script
    assert len(script.splitlines()) == 2 and "thank you for the offer" in script.lower()


@pytest.mark.parametrize("text", ["Voicemail script for the bakery in case nobody picks up, 30 seconds max. We don't know "
                                  "who answers the phone there.",
                                  "Phone script for calling Hooli Bakery today to check they've got everything they need "
                                  "for the move. No idea who'll pick up."])
def test_a_call_of_ours_to_a_client_in_notice_is_about_the_handover_not_a_plea_or_a_ticket(closed, text):
    decision = closed.handle(staff(text))
    assert decision.intent == "provider_handover" and "Castle Tech" in decision.reply.script
    assert "decision stands" not in decision.reply.script.lower() and "Nothing has been switched off" not in decision.reply.script


def test_a_dm_summarising_where_two_clients_stand_covers_both(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("DM to Priya Shah summarising where Acme Dental and Vandelay stand. 5 bullets max.")).reply.script
    assert "- Acme Dental:" in script and "- Vandelay Imports:" in script


def test_a_two_line_note_on_where_two_clients_stand_is_two_lines_greeting_included(bot):
    add_vandelay(bot.clients)
    lines = bot.handle(staff("need a 2-line note to Priya on where Acme and Vandelay stand")).reply.script.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Hi Priya") and "Acme Dental" in lines[0] and "Vandelay" in lines[1]


def test_a_message_to_engineering_about_our_access_is_for_the_team_not_the_client(bot):
    script = bot.handle(staff("write a Teams msg to engineering: what access do we remove for Globex now it's over? "
                              "checklist pls")).reply.script
    assert script.startswith("Hi team") and "Globex Logistics team" not in script and "delegated admin" in script


def test_a_question_passed_to_a_colleague_in_a_dm_is_asked_of_them_in_good_grammar(bot):
    script = bot.handle(staff("2-line DM to Priya for me: Acme's office manager keeps asking for the invoices again, how "
                              "does she want to handle it?")).reply.script
    assert "keeps asking for the invoices again.\nHow do you want to handle it?" in script   # (two lines asked)


def test_opening_lines_for_a_call_we_make_say_who_is_calling_and_what_we_want_to_know(bot):
    script = bot.handle(replace(staff("Give me the opening lines for a call to the dentists to see if they've found a new IT "
                                      "company yet. Friendly."), sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hi, this is Sam from Northwind IT. I'm calling to see if you've found a new IT company yet.")


def test_a_canned_reply_for_anyone_on_the_team_is_left_for_the_sender_to_sign(bot):
    script = bot.handle(replace(staff("Can you write a generic two-sentence canned reply we can use whenever an ex-client "
                                      "pings us for help?"), sender_name="Sam Taylor")).reply.script
    assert script.endswith("\n[your name]\nNorthwind IT") and "Sam Taylor" not in script


def test_a_desk_post_about_an_ex_client_gives_where_to_send_them_and_keeps_the_reason_out(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    post = bot.handle(staff("Internal Slack post for #helpdesk: Globex is done, don't pick up their tickets, point them at "
                            "the new provider. Short.")).reply.script
    assert "point them to BrightPath IT (help@brightpath.example)" in post and "reason" not in post


def test_talking_points_with_what_not_to_say_list_the_donts_and_have_the_reason_ready(bot):
    script = bot.handle(staff("Phone script for when Acme's owner rings up shouting about this. Bullet points: what to say "
                              "and what not to.")).reply.script
    assert "\n\nNot to say:\n- " in script and "- If they ask why: the reason is late payment" in script


def test_a_no_to_running_on_to_the_end_of_january_declines_the_extension(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme asked if we could 'just run to end of January' since it's Christmas. Draft a no. "
                              "Short.")).reply.script
    assert f"We can't continue our support beyond {end}" in script and "help desk" not in script


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


def test_a_voicemail_that_keeps_only_the_fallback_still_says_which_day_it_is_by(bot):
    day = " ".join(long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])).split()[:3])
    script = bot.handle(staff("Write me a voicemail script (30 sec max) for Acme Dental: they still haven't picked a new IT "
                              "company. I want to offer the data-on-a-drive thing and an email provider suggestion.")).reply.script
    assert "by the end" not in script and day in script


def test_a_dm_asking_a_colleague_something_and_reminding_them_of_a_deadline_gives_the_deadline(bot):
    script = bot.handle(staff("Write a quick slack DM to Priya asking if Acme have said anything about a new provider yet, "
                              "and reminding her of the deadline.")).reply.script
    assert "reminding her" not in script and "anything about a new provider yet?" in script
    assert "any new provider should contact us by" in script


def test_a_chat_post_asked_in_two_lines_is_two_lines_greeting_included(closed):
    script = closed.handle(staff("Slack post for Hooli's channel about the office closure. Super short, 2 lines.")).reply.script
    assert len(script.splitlines()) == 2 and script.startswith("Hi Hooli Bakery team, ")


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


def test_passwords_wanted_dropped_into_their_channel_get_the_secure_handover_in_reply(bot):
    script = bot.handle(staff("Acme want all their admin passwords dropped into their Slack channel. Write me a reply that "
                              "doesn't leave them hanging.")).reply.script
    assert "never in a chat" in script and "Could you tell us who should receive them?" in script


def test_talking_points_for_a_call_about_their_data_leave_the_reason_out(bot):
    script = bot.handle(staff("I've got a call with Acme tomorrow about getting their data back to them. Call script please, "
                              "bullet points, what to cover.")).reply.script
    assert "If they ask why" not in script and "external drive" in script


def test_an_email_asked_for_in_roughly_so_many_words_stays_near_that_length_and_says_so(bot):
    decision = bot.handle(staff("Write Acme Dental an email confirming their last day and asking their new provider to get in "
                                "touch, roughly 40 words."))
    words = len(decision.reply.script.split())
    assert words <= 48 and f"({words} words, about 40 asked)" in decision.reply.text


def test_a_colleague_asking_to_be_talked_out_of_telling_a_client_off_gets_coaching_not_a_letter(bot):
    reply = bot.handle(staff("honestly I want to tell Acme exactly what I think of them in their channel. talk me down?")).reply
    assert reply.script == "" and "Let it out here" in reply.text


def test_a_four_line_agenda_has_four_lines_and_the_date_of_this_thursday_is_given(bot):
    thursday = calendar.today() + timedelta(days=(3 - calendar.today().weekday()) % 7)
    reply = bot.handle(staff("We're doing the Acme final call this Thursday. Date for the invite? And a 4-line agenda.")).reply
    assert len(reply.script.splitlines()) == 4 and f"The date: {long_date(thursday)}." in reply.text


def test_a_reminder_in_very_simple_english_keeps_its_dates_in_short_sentences(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    script = bot.handle(staff("Acme's practice manager isn't a native speaker. Rewrite the reminder in very simple English, "
                              "short sentences, no idioms.")).reply.script
    body = script.split("\n\n")[1]
    assert f"Our support ends on {end}." in body and max(len(s.split()) for s in re.split(r"(?<=[.?!])\s+", body)) <= 22


def test_a_dm_to_a_colleague_on_where_we_are_with_a_client_is_a_status_in_the_lines_asked(bot):
    reply = bot.handle(staff("DM to Priya, 3 lines max: where are we with Acme")).reply
    assert "Status report (for us, not for the client)" in reply.text and len(reply.script.splitlines()) <= 3


def test_a_colleague_who_feels_bad_about_the_decision_is_answered_on_that_first(bot):
    reply = bot.handle(staff("The Acme practice manager called me in tears, apologised for the late payments and promised it "
                             "won't happen again. Priya's wobbling. Honestly I feel bad too. What do we do?")).reply
    assert "Feeling bad about it is normal" in reply.text and "and for the apology" in reply.script


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


def test_a_note_introducing_us_to_the_new_provider_is_written_to_them_not_to_our_team(closed):
    reply = closed.handle(staff("Write a note introducing us to Castle Tech for the Hooli handover. I don't have an email "
                                "for them, so make it something I can paste wherever.")).reply
    assert "For the team" not in reply.text and reply.script.startswith("Hello Castle Tech team")


def test_a_clients_post_quoted_in_single_quotes_is_the_message_answered(bot):
    reply = bot.handle(staff("Priya's out today. Acme Dental just posted 'we found someone, can you send them all our "
                             "passwords?' Draft my reply for their channel.")).reply
    assert "never by email or chat" in reply.script and "sorry this has been so frustrating" not in reply.text


def test_staff_who_need_a_decline_to_an_offer_get_words_to_send_not_only_advice(bot):
    reply = bot.handle(staff("Acme offered to pay six months upfront if we keep them on. I need a decline that doesn't "
                             "sound like haggling.")).reply
    assert reply.script and "Acme Dental" in reply.script and "our decision is final" in reply.script


def test_a_light_reply_asked_for_a_joke_about_our_workload_is_light_not_the_stock_anger_lines(closed):
    script = closed.handle(staff("Hooli wrote 'too busy for us? maybe hire a few more techs then haha'. Keep the reply "
                                 "light, not snarky.")).reply.script
    assert "so frustrating" not in script and "Fair point" in script and "Monday 4 January 2027" in script


def test_the_handover_checklist_given_to_a_client_speaks_to_them_not_in_our_tracker_words(bot):
    script = bot.handle(staff("Send Acme Dental the handover checklist so they can see what they get before we go.")).reply.script
    assert "Your domains, registrar account and DNS in your own control" in script
    assert "passed to the client" not in script and "the client's own name" not in script


def test_a_script_signed_by_a_colleagues_first_name_is_signed_with_their_name_in_full(closed):
    closed.clients.edit("Acme Dental", account_owner="Priya Shah")
    script = closed.handle(staff("Write to Castle Tech introducing us and asking for a handover call for Hooli next week. "
                                 "Sign it from Priya.")).reply.script
    assert script.rstrip().endswith("Priya Shah\nNorthwind IT") or "\nPriya Shah\n" in script, script


@pytest.mark.parametrize("text, asked", [
    ("email to BrightPath IT asking them to confirm they've received the Globex admin credentials. Tom signs",
     "Could you confirm that the admin passwords for Globex Logistics have reached you"),
    ("Can you write a quick note to Acme asking them to confirm they got the data drive?",
     "Could you confirm that the data drive has reached you")])
def test_words_asking_them_to_confirm_receipt_ask_that_and_send_nothing(bot, text, asked):
    script = bot.handle(staff(text)).reply.script
    assert asked in script and "Once Globex Logistics confirms" not in script


def test_a_closure_post_asks_for_the_provider_in_time_for_the_handover_not_for_it_finished_before_we_close(closed):
    script = closed.handle(staff("Can you write a short post for Hooli's channel about the Christmas closure and what it "
                                 "means for their handover? Couple of lines.")).reply.script
    assert "handover is finished before we close" not in script and "Wednesday 23 December 2026" in script


def test_talking_points_for_a_call_where_the_client_will_ask_for_more_time_are_written(closed):
    reply = closed.handle(staff("On a call with Hooli in 10 min. They're going to ask if we can stay on till March because "
                                "Castle Tech can't start before then. Give me bullet points")).reply
    assert reply.script and "- We can't continue our support beyond Monday 4 January 2027" in reply.script


def test_words_for_a_caller_on_hold_are_given_to_say_not_only_coaching(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay's director is on hold right now saying they want to come back and will be 'less "
                             "demanding'. What do I say? Give me the actual words.")).reply
    assert "To say on the call:" in reply.text and "the decision is final" in reply.script


def test_an_sms_with_room_asked_for_keeps_each_point_by_shortening_its_dates(closed):
    reply = closed.handle(staff("need an SMS to Hooli's owner reminding them about our christmas closure and the handover. "
                                "under 320 chars")).reply
    assert "Thu 24 Dec" in reply.script and "Castle Tech" in reply.script and "Wed 23 Dec" in reply.script
    assert len(reply.script) <= 320


def test_a_short_voicemail_to_an_ex_client_still_says_who_can_help_now(bot):
    script = bot.handle(staff("Vandelay left a voicemail wanting us to sort their printer. When I ring back I'll probably get "
                              "voicemail myself - 20 sec voicemail script please")).reply.script
    assert "Another IT provider can help from here." in script and "anything further" not in script
    assert len(script.split()) / 2.5 <= 20


def test_a_formal_letter_for_their_files_is_laid_out_with_the_date_addressee_and_subject(closed):
    script = closed.handle(staff("Can you do a formal letter to Hooli Bakery confirming the end date and handover steps? They "
                                 "want something on paper for their files. Sign it from me, Sam Taylor")).reply.script
    assert script.startswith("Tuesday 1 December 2026\n\nHooli Bakery\n\nRe: Your IT support agreement with")
    assert "[address]" not in script   # (no address is on record: no blank left to fill)
    assert "\n\nDear Hooli Bakery team," in script


def test_a_reply_to_something_asked_in_slack_is_a_chat_message_within_the_lines_asked(bot):
    reply = bot.handle(staff("someone at globex just asked in slack if we can look at their email, it's down. 2 lines "
                             "max")).reply
    assert "Ready to post as a chat message:" in reply.text and len(reply.script.splitlines()) <= 2


def test_a_callback_script_after_a_voicemail_opens_with_who_is_calling_back(bot):
    script = bot.handle(staff("Globex's ops guy left me a VM asking if we can 'just have a quick look' at their mail server. "
                              "Give me a callback script, under 45 seconds spoken.")).reply.script
    assert script.startswith("Hi, it's Sam from Northwind IT, returning your call.") or \
        script.startswith("Hi, it's [your name] from Northwind IT, returning your call.")


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


def test_asked_how_to_reply_to_a_client_hoping_to_come_back_later_staff_get_the_words(bot):
    reply = bot.handle(staff("Acme asking if they can come back on the old terms in ~6 months once their cashflow's sorted. "
                             "How should I reply?")).reply
    assert "we won't be taking the account back on, now or later" in reply.script


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


def test_a_voicemail_asking_for_contact_by_a_day_brought_forward_says_it_is_before_our_closure(closed):
    script = closed.handle(staff("Write me a voicemail script for Hooli Bakery, I'm calling them this afternoon and they never "
                                 "pick up. ~30 seconds. It's me (Sam) calling.")).reply.script
    assert "by Wednesday 23 December 2026, before our holiday closure" in script


def test_points_for_a_call_about_the_handover_cover_its_steps_and_who_signs_it_off(closed):
    points = closed.handle(staff("I'm ringing hooli tomorrow re handover. Bullet points I can glance at during the call "
                                 "pls")).reply.script
    assert "- Passwords and keys go through a secure channel, never by email or chat." in points
    assert "could you let us know who that will be?" in points and "external drive" in points


def test_a_voicemail_for_a_client_staff_say_has_no_provider_yet_does_not_presume_one(bot):
    decision = bot.handle(staff("voicemail script for the dental practice - I'll be ringing the front desk, no idea who picks up. "
                                "30 secs max. point is they STILL have no new IT firm and the clock is ticking"))
    assert decision.intent == "no_new_provider" and "Once you choose a new provider" in decision.reply.script


def test_something_to_say_to_a_client_who_phoned_is_words_for_a_call(bot):
    reply = bot.handle(staff("The dentist at Acme phoned me in tears. Says they can't possibly find someone before Christmas "
                             "and asked for until end of January. I'm wavering tbh. Draft me something I can say to her.")).reply
    assert "To say on the call:" in reply.text and "Hello Acme Dental team" not in reply.script


def test_a_team_post_on_what_to_do_and_not_do_until_the_end_lists_each(bot):
    script = bot.handle(staff("Draft an internal Teams post to the support team: Acme Dental is winding down, what they should "
                              "and shouldn't do between now and the end. Bullets fine.")).reply.script
    lines = script.splitlines()
    assert any(line.startswith("- Do: share passwords and keys only through a secure channel") for line in lines)
    assert any(line.startswith("- Don't: switch anything of theirs off") for line in lines)


def test_a_voicemail_declining_a_quick_look_for_an_ex_client_offers_what_is_theirs_once(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay left a message wanting us to 'just have a look' at their email again. Give me a "
                              "voicemail script (under 45 seconds spoken) to call them back.")).reply.script
    assert "we're not able to help with your email" in script and "taking the account back on" not in script
    assert len(re.findall(r"\byours\b", script)) == 1


def test_a_post_asked_to_cover_the_closure_gives_how_long_we_are_closed(closed):
    script = closed.handle(staff("Write me a Slack post for the Hooli Bakery shared channel reminding them about the handover "
                                 "and the Christmas shutdown. I'll post it as me (Sam). Max 80 words.")).reply.script
    assert "to Friday 1 January 2027" in script and len(script.split()) <= 80


def test_a_short_no_to_an_ex_client_keeps_who_helps_them_now(bot):
    script = bot.handle(staff("Globex's office manager messaged me directly: 'can u just take a quick look at the label printer, "
                              "5 mins tops'. What do I say? One or two sentences.")).reply.script
    assert "BrightPath IT" in script


def test_a_text_to_a_colleague_summarising_where_we_are_is_the_status_in_the_bullets_asked(bot):
    reply = bot.handle(staff("text to Priya summarising where we are with Acme, 3 bullets max")).reply
    assert "Status report (for us, not for the client):" in reply.text
    assert len([line for line in reply.script.splitlines() if line.startswith("- ")]) == 3


def test_a_handover_note_to_the_new_provider_in_bullets_is_a_letter_with_its_points(closed):
    script = closed.handle(staff("Put together a handover note to Castle Tech about Hooli -- what we'll hand over and how. "
                                 "Bullet list is fine.")).reply.script
    assert script.startswith("Hello Castle Tech team,") and "\n- " in script and "\n\nKind regards," in script


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


def test_a_follow_up_email_after_a_phone_call_is_an_email_not_words_for_a_call(closed):
    reply = closed.handle(staff("The bakery's owner asked me on the phone why we're letting them go. She was really nice about "
                                "it. Short follow-up email explaining honestly?")).reply
    assert reply.script.startswith("Hello Hooli Bakery team") and "You haven't done anything wrong" in reply.script


def test_a_note_to_finance_to_close_off_an_ex_clients_money_side_is_written_to_finance(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Write a note to the finance team asking them to close off Vandelay's money side. Short.")).reply.script
    assert script.startswith("Hi finance team, Vandelay Imports was supported until")


def test_a_message_to_a_colleague_summarising_where_a_client_is_at_is_the_status_report(bot):
    reply = bot.handle(staff("Teams message to Priya summarising where Acme's at, bullets, short.")).reply
    assert "Status report (for us, not for the client):" in reply.text and reply.script.count("\n- ") >= 2


def test_a_short_post_laying_out_the_handover_timeline_gives_its_steps_within_the_lines(closed):
    script = closed.handle(staff("can you do me a slack post for the hooli bakery channel laying out the handover timeline? max "
                                 "5 lines, they're busy people")).reply.script
    assert len(script.splitlines()) <= 5 and "Please ask Castle Tech to get in touch with us by Wednesday 23 December 2026" in script


def test_a_voicemail_about_collecting_their_data_says_a_copy_of_what_and_asks_them_to_ring_to_arrange_it(bot):
    script = bot.handle(staff("Voicemail script pls for Acme Dental - we need them to call back about collecting their data. "
                              "must be under 40 seconds spoken.")).reply.script
    assert "a full copy of your data on an external drive" in script and "to arrange a day for it" in script


def test_a_two_sentence_dm_chasing_the_new_provider_gives_the_day_they_should_call_by_not_a_bare_thanks(bot):
    script = bot.handle(staff("2 sentence DM to Priya asking if Acme has picked a new provider yet")).reply.script
    assert "should contact us by" in script and "Thanks!" not in script


def test_a_one_line_dm_is_one_line_with_the_date_that_makes_it_matter(bot):
    script = bot.handle(staff("slack DM to priya asking her to confirm acme got their data drive. one line")).reply.script
    assert "\n" not in script.strip() and "data drive?" in script and "last day of support is" in script


def test_what_to_do_with_tickets_from_leaving_and_left_clients_keeps_the_advice_within_the_words(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Quick Teams msg to the help desk: what to do with tickets from our leaving/left clients. Under "
                              "100 words.")).reply.script
    assert len(script.split()) <= 100 and "[client]" not in script
    assert "handle their tickets as usual" in script and "decline new requests kindly" in script
    assert "Acme Dental: last day of support" in script and "no new provider yet" in script


def test_a_voicemail_to_an_ex_client_ends_on_good_wishes_after_who_can_help(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay have left 3 voicemails about their email not syncing. Give me a script for a "
                              "voicemail back, 30 secs tops.")).reply.script
    assert script.index("can help from here") < re.search(r"wish you|all the best", script).start()


def test_a_closing_paragraph_for_a_client_we_cannot_serve_well_says_so_honestly_and_presumes_no_good_terms(closed):
    script = closed.handle(staff("Write me the closing paragraph of my email to Hooli so we don't burn bridges - they're "
                                 "genuinely lovely, it's just too much work for us. 2-3 sentences.")).reply.script
    assert "can't give you the attention you deserve" in script and "we part on good terms" not in script
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", script)) <= 3


def test_a_voicemail_for_an_answering_machine_is_the_handover_reminder_not_a_cut_off_lecture(bot):
    decision = bot.handle(staff("Voicemail script for Acme Dental please, I'll probably hit their machine. 30 seconds max."))
    assert decision.intent == "provider_handover" and "get in touch with us by" in decision.reply.script


def test_an_email_offering_the_data_in_three_sentences_asks_when_and_to_whom_and_is_signed_as_asked(closed):
    script = closed.handle(staff("Write the email offering Hooli their data on an external drive. Three sentences max, sign "
                                 "it Sam.")).reply.script
    assert "When would suit you" in script and "who should receive it?" in script
    assert script.rstrip().splitlines()[-2] == "Sam"


def test_a_dm_to_the_owner_about_the_new_provider_asking_for_keys_says_whose_they_are_and_how_they_go(bot):
    script = bot.handle(staff("Write a quick DM to Priya: BrightPath are asking us for Acme's backup encryption keys. What "
                              "should I tell her?")).reply.script
    assert "is Acme Dental's" in script and "secure channel" in script and "once Acme Dental confirms" in script


def test_a_status_post_for_the_techs_on_one_client_says_how_to_treat_them(bot):
    script = bot.handle(staff("Write a Teams post for our tech team explaining where we are with Acme Dental so nobody does "
                              "anything stupid. Bullet points fine.")).reply.script
    assert "handle their tickets as usual" in script and "switch nothing of theirs off" in script.replace("\n", " ")


def test_a_twenty_second_voicemail_about_the_closure_and_the_last_day_keeps_to_twenty_seconds(closed):
    reply = closed.handle(staff("Draft a voicemail for Hooli Bakery, 20 seconds max, about the Christmas closure and their "
                                "last day.")).reply
    assert len(reply.script.split()) <= 20 * 2.5 and "Monday 4 January 2027" in reply.script
    assert "Thursday 24 December 2026" in reply.script


def test_a_phone_script_for_someone_who_keeps_calling_thanks_the_call_and_says_addresses_aloud(bot):
    reply = bot.handle(staff("Globex's finance guy keeps phoning asking us to 'just reset a password'. Give me a phone "
                             "script to say no.")).reply
    assert reply.script.startswith("Thanks for calling.") and "(help@" not in reply.script


def test_a_dm_asking_a_colleague_to_confirm_something_asks_them(bot):
    reply = bot.handle(staff("DM to Priya, 2 sentences: can she confirm the final invoice amount for Acme before I send "
                             "the wrap-up email")).reply
    assert "could you confirm the final invoice amount" in reply.script


@pytest.mark.parametrize("text", [
    "Slack post for #team announcing that Acme Dental and Hooli Bakery are on their way out, with the dates. Short, no gossip.",
    "Write an internal Teams post telling the team we're ending with Acme Dental and Hooli. Short, no gossip."])
def test_a_team_post_about_two_leaving_clients_covers_both(bot, text):
    add_hooli(bot.clients)
    reply = bot.handle(staff(text)).reply
    assert "Acme Dental" in reply.script and "Hooli Bakery" in reply.script


def test_a_note_to_the_boss_making_the_case_to_hold_firm_argues_it_not_a_letter_to_the_client(bot):
    add_hooli(bot.clients)
    reply = bot.handle(staff("Hooli offered to double the retainer if we keep them. the boss is wobbling. write me a short "
                             "note to him making the case to hold firm")).reply
    assert "For the team (not for the client)" in reply.text and "I'd hold firm" in reply.script
    assert not reply.script.startswith(("Hello", "Hi Hooli"))


def test_a_short_phone_script_keeps_to_the_seconds_asked_and_does_not_place_the_provider_on_the_call(closed):
    script = closed.handle(staff("Write a 20-second phone script for me to call Hooli and check they've got Castle Tech "
                                 "moving. Mention the Christmas closure.")).reply.script
    assert len(script.split()) <= 20 * 2.5 and "With Castle Tech here" not in script and "office closes" in script


def test_a_two_line_slack_no_to_a_better_offer_is_two_lines_with_the_last_day(closed):
    script = closed.handle(staff("Hooli asked in their channel if they can stay on if they pay more. Two lines max for "
                                 "Slack.")).reply.script
    assert len(script.strip().splitlines()) <= 2 and "Monday 4 January 2027" in script and "Kind regards" not in script


def test_lines_for_the_help_desk_when_ex_clients_ring_are_written_with_what_to_say(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Write a few lines for the help desk to read off if Globex or Vandelay ring in.")).reply
    assert "outside what I can answer" not in reply.text and "If one of them rings:" in reply.script
    assert "- Vandelay Imports:" in reply.script and "- Globex Logistics:" in reply.script


def test_a_short_nudge_about_no_provider_yet_keeps_the_safe_landing_within_the_words(bot):
    script = bot.handle(staff("Can you draft a Slack post for the Acme Dental channel nudging them that we still haven't heard "
                              "from a new provider? Under 80 words, sign it from Priya.")).reply.script
    assert "external drive" in script and "contact us by" in script and len(script.split()) <= 80


def test_a_reply_on_answering_tickets_over_christmas_says_when_we_are_closed_within_the_words(closed):
    script = closed.handle(staff("Hooli's owner asked if we'll answer tickets over Christmas. Reply under 50 words.")).reply.script
    assert "closed from Thursday 24 December 2026 to Friday 1 January 2027" in script and "help desk" in script
    assert len(script.split()) <= 50


def test_a_bullet_list_for_the_team_of_our_access_to_remove_is_the_list_for_us_not_talking_points(bot):
    reply = bot.handle(staff("Bullet list for the team: which of our access to Acme do we remove after Monday 21 December "
                             "2026? 8 bullets max."))
    assert "delegated admin" in reply.reply.script.lower() and "Could you confirm" not in reply.reply.script
    assert len([line for line in reply.reply.script.splitlines() if line.startswith("- ")]) <= 8


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


def test_a_voicemail_asked_to_cover_two_topics_covers_both_within_the_seconds(bot):
    script = bot.handle(staff("Voicemail script for Acme Dental if nobody answers: data drive and the provider deadline. "
                              "30 seconds.")).reply.script
    assert "external drive" in script and "get in touch with us by" in script and len(script.split()) / 2.5 <= 30


def test_a_voicemail_keeps_the_handover_day_asked_for_by_dropping_an_undated_clause(closed):
    script = closed.handle(staff("Need a 30 second voicemail script for Hooli Bakery reminding them support ends in January "
                                 "and we need to hear from Castle Tech.")).reply.script
    assert "Monday 4 January 2027" in script and "Castle Tech to get in touch with us by Wednesday 23 December 2026" in script
    assert "We're back on" not in script


def test_a_team_post_on_what_happens_next_says_the_handover_step(bot):
    script = bot.handle(staff("Write the internal Slack post telling the team we're ending with Acme Dental and what happens "
                              "next. No more than 120 words.")).reply.script
    assert "should contact us by" in script and "external drive" in script and len(script.split()) <= 120


def test_a_why_posted_in_their_channel_is_answered_with_the_reason(bot):
    script = bot.handle(staff("Acme posted this in their channel: \"why r u dropping us?? we've been with you for 6 years\". "
                              "Draft a reply for Priya to post.")).reply.script
    assert "The reason is late payment" in script and "Priya" in script


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


def test_a_tight_slack_post_signed_from_me_covers_what_was_listed_and_names_the_sender(closed):
    script = closed.handle(replace(staff("need a slack post for the Hooli Bakery channel: last day, xmas closure, and when "
                                         "Castle Tech should ping us. sign it from me. keep it tight"),
                                   sender_name="Sam Taylor")).reply.script
    assert "Monday 4 January 2027" in script and "Thursday 24 December 2026" in script
    assert "Wednesday 23 December 2026" in script and script.rstrip().endswith("Sam Taylor")


def test_words_for_a_client_crying_on_the_phone_now_are_for_the_call_and_thank_them_first(bot):
    reply = bot.handle(staff("Acme's practice manager is crying on the phone saying they'll lose patients. What do I say "
                             "right now?")).reply
    assert "To say on the call:" in reply.text and reply.script.startswith("Thank you for calling")


def test_a_call_back_after_one_voicemail_returns_the_call_and_thanks_them_for_the_message(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay's owner left me a voicemail wanting to 'start fresh'. Phone script for calling him "
                              "back please, keep it under a minute.")).reply.script
    assert "returning your call. Thank you for your message." in script


def test_a_handover_reminder_whose_deadline_our_closure_brought_forward_says_why(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("need a short slack post for the Hooli Bakery channel reminding them about the handover "
                              "deadline. castle tech is taking over from them")).reply.script
    assert f"Our office is closed for the holidays from {long_date(closed[0])} to {long_date(closed[1])}, which is why we ask " \
           "for that day." in script


def test_a_call_about_getting_their_data_and_passwords_over_says_the_last_day_and_the_drive(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("phone script for when I call Hooli this week about getting their data and passwords over to "
                              "the new provider")).reply.script
    assert script.startswith(f"Before your last day of support, {long_date(calendar.day(30))}, we'll make sure")
    assert "a full copy of your data on an external drive, or pass it straight to Castle Tech" in script


def test_a_public_reply_to_a_one_star_review_keeps_the_invitation_to_talk_within_three_sentences(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay left us a 1-star Google review calling us scammers. Draft a public reply, 3 sentences "
                              "max.")).reply.script
    body = script.rsplit("\n", 1)[0]
    assert "please contact us directly" in body and len(re.findall(r"[.!?](?:\s|$)", body)) <= 3


def test_a_reply_to_a_linkedin_message_from_one_of_their_people_is_a_chat_to_that_person(bot):
    script = bot.handle(staff("a guy from Globex pinged me on LinkedIn: \"quick one, can u reset MFA for our finance lead? "
                              "brightpath are slow\". what do I say back? one or two sentences")).reply.script
    assert script.startswith("Hi,\n") and "team" not in script and "Kind regards" not in script
    assert "BrightPath IT" in script and "including with an MFA reset" in script


def test_a_voicemail_greeting_for_an_ex_client_says_who_to_contact_about_the_end(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("Vandelay keep ringing the support line. Give me a voicemail greeting script for their calls, "
                              "30 seconds tops.")).reply.script
    assert "or you have a question about the end of our agreement, please contact Priya" in script and "just ask" not in script


def test_a_closure_notice_for_two_channels_one_message_each_is_one_filled_message_per_client(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    reply = bot.handle(staff("Write our Christmas closure notice for the Acme and Hooli channels (one message each).")).reply
    assert "For Acme Dental, ready to send:" in reply.text and "For Hooli Bakery, ready to send:" in reply.text
    assert "[client]" not in reply.text


@pytest.mark.parametrize("text", ["Voicemail script for Acme Dental, about 30 seconds, from me, chasing the name of their new "
                                  "provider.", "Email to Acme chasing the name of their new IT provider please"])
def test_words_chasing_the_name_of_their_new_provider_ask_who_it_is(bot, text):
    script = bot.handle(staff(text)).reply.script
    assert "Could you let us know who your new IT provider will be, and ask them to" in script


def test_a_call_promising_support_to_a_last_day_after_our_closure_says_we_are_closed_in_between(config, open_bot):
    bot, closed = hooli_over_our_closure(config, open_bot)
    script = bot.handle(staff("hooli's owner rang me in tears saying they'll go under without us before christmas. give me a "
                              "phone script, 5 lines max, kind but firm")).reply.script
    assert f"apart from our office closure from {long_date(closed[0])} to {long_date(closed[1])}" in script
    assert "supporting you fully" not in script


def test_words_for_their_old_manager_who_messaged_on_linkedin_greet_that_person_not_their_team(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("What's the reason on file for Vandelay? Their old office manager pinged me on LinkedIn asking "
                              "why we dropped them.")).reply.script
    assert script.startswith("Hello,\n") and "Vandelay Imports team" not in script


def test_a_text_declining_a_quick_look_they_asked_for_in_quotes_names_the_printer(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("vandelay texted asking if we can 'just take a quick look' at their printer. can u write me an "
                              "sms back, under 160 chars")).reply.script
    assert "we're not able to help with the printer" in script and len(script) <= 160


def test_a_text_answering_a_wrong_guess_keeps_the_correction_and_the_real_reason(bot):
    add_hooli(bot.clients)
    script = bot.handle(staff("Hooly's owner messaged me: \"is it because we always phone on weekends? we can stop\". Reply by "
                              "text, friendly, under 300 characters.")).reply.script
    assert "it isn't about any one habit of yours." in script and "The reason is our team's capacity" in script and len(script) <= 300


def test_a_text_saying_we_still_need_their_new_providers_details_asks_who_it_is_with_the_day(bot):
    script = bot.handle(staff("sms to acme's practice manager: we still need their new IT provider's details. under 160 "
                              "characters pls")).reply.script
    assert "Who is your new IT provider?" in script and "should call us by" in script and len(script) <= 160


def test_a_word_limited_no_to_more_time_keeps_the_ask_to_the_provider_by_its_first_clause(closed):
    script = closed.handle(staff("Hooli want to stay on till the end of January because Castle Tech are busy. Reply for "
                                 "me, under 80 words.")).reply.script
    assert len(script.split()) <= 80 and "Monday 4 January 2027" in script
    assert "please ask them to get in touch by Wednesday 23 December 2026" in script


def test_a_text_chasing_the_new_providers_details_asks_politely_within_the_limit(bot):
    script = bot.handle(staff("sms to acme's practice manager: we still need their new IT provider's details. under 160 "
                              "characters pls")).reply.script
    assert len(script) <= 160 and "Please send us their details" in script and "Thanks" in script
    assert "details" in script and "Reminder:" not in script


def test_a_voicemail_chasing_the_new_provider_says_the_last_day_itself_within_the_time(bot):
    reply = bot.handle(staff("Voicemail script for Acme Dental please, they still haven't told us who their new IT "
                             "provider is. 30 seconds max when read out.")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert end in reply.script and "Voicemail script (about" in reply.text
    assert int(reply.text.split("Voicemail script (about ")[1].split()[0]) <= 30


def test_a_paragraph_for_colleagues_about_tickets_over_the_closure_is_for_the_team_and_says_when_they_are_picked_up(closed):
    reply = closed.handle(staff("One paragraph for colleagues: what happens with Hooli tickets over the Christmas "
                                "closure?")).reply
    assert "For the team (not for the client)" in reply.text
    assert "Tickets they log while we're closed are picked up when we're back on Monday 4 January 2027" in reply.script


@pytest.mark.parametrize("text, most", [
    ("Can you draft a short reminder email to Acme Dental? Last day, what we need from them, that kind of thing. Under "
     "120 words.", 120),
    ("Teams post for the tech team: do's and don'ts for Acmee Dental's systems between now and their last day. Bullets, "
     "under 120 words.", 120),
])
def test_a_list_shaped_script_keeps_to_the_words_allowed(bot, text, most):
    script = bot.handle(staff(text)).reply.script
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert len(script.split()) <= most and end in script


def test_a_text_about_hearing_from_the_provider_a_week_before_cutoff_says_both_days(bot):
    script = bot.handle(staff("SMS to Acme reminding them we need to hear from their new provider a week before cutoff. "
                              "under 160 characters")).reply.script
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    said = lambda day: long_date(day) in script or f"{day:%a} {day.day} {day:%b}" in script   # (days said short to fit)
    assert len(script) <= 160 and said(end) and said(end - timedelta(days=7))


def test_a_short_voicemail_for_a_client_with_no_provider_says_the_last_day_and_the_day_to_call_by(bot):
    reply = bot.handle(staff("Left Acme a message but nobody picked up. Write me a 20-second voicemail to leave next "
                             "time.")).reply
    last_day = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert f"Your support ends on {long_date(last_day)}" in reply.script
    assert long_date(last_day - timedelta(days=7)) in reply.script


def test_a_two_line_slack_reply_is_two_lines_with_the_greeting_on_the_first(bot):
    add_vandelay(bot.clients)
    script = bot.handle(staff("2 line slack reply to Vandelay, they want us to 'just reset one password'. Priya "
                              "signs")).reply.script
    assert len(script.splitlines()) == 2 and script.startswith("Hi Vandelay Imports team, ")


@pytest.mark.parametrize("text", [
    "Acme's office manager just wrote: \"You're abandoning a dental practice before Christmas. Disgraceful. Expect a "
    "review on every site we can find.\" Reply for me, 120 words max.",
    "Acme asked again if we'd think again. Reply for me? Polite, 80 words max."])
def test_a_reply_asked_for_me_is_signed_by_the_colleague_who_asks(bot, text):
    script = bot.handle(replace(staff(text), sender_name="Sam Taylor")).reply.script
    assert script.endswith("Sam Taylor\nNorthwind IT")


def test_an_sms_the_owner_sends_back_is_signed_by_her(bot):
    add_vandelay(bot.clients)
    script = bot.handle(replace(staff("Vandelay texted Priya asking to come back on the old terms. Give me an SMS she can "
                                      "send back, under 160 characters."), sender_name="Sam Taylor")).reply.script
    assert script.endswith("- Priya, Northwind IT") and len(script) <= 160


def test_a_script_for_whoever_picks_up_the_phone_is_words_for_the_call(bot):
    add_vandelay(bot.clients)
    reply = bot.handle(staff("Vandelay keep ringing the support line. Write a short script for whoever picks up.")).reply
    assert "To say on the call:" in reply.text and "Kind regards" not in reply.script


def test_a_slack_reply_asked_after_a_tearful_call_is_written_three_lines_with_the_offer_thanked(bot):
    reply = bot.handle(staff("acme's office mgr just rang me in tears, says they'll pay the whole of next year upfront if "
                             "we keep them. what do i say?? give me a 3 line slack reply i can paste")).reply
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert "Ready to post as a chat message:" in reply.text and len(reply.script.splitlines()) == 3
    assert "thank you for the offer" in reply.script and end in reply.script


def test_points_for_a_text_given_in_shorthand_are_covered_not_copied(bot):
    # ("just that support ends + to ring us about getting their data off": what the text covers, not its words)
    script = bot.handle(staff("need an SMS to the acme dentl practice manager — just that support ends + to ring us about "
                              "getting their data off. 160 chars max, no links")).reply.script
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    assert "+" not in script and "data" in script and len(script) <= 160
    assert re.search(rf"\b{end.day} {end:%b}", script)


def test_a_word_limit_for_each_sentence_is_no_limit_on_the_whole_message(closed):
    # ("like max 10 words a sentence": short sentences, every point still made)
    script = closed.handle(staff("hooli owner's first language isnt english — can you redo the handover reminder in really "
                                 "simple short sentences? like max 10 words a sentence")).reply.script
    assert "Monday 4 January 2027" in script and "Wednesday 23 December 2026" in script


def test_a_text_to_find_out_who_their_new_provider_is_asks_them(bot):
    script = bot.handle(staff("sms to acme pls, I need them to tell us who their new IT people are")).reply.script
    assert "Who is your new IT provider?" in script and len(script) <= 160


def test_one_paragraph_from_me_to_an_email_address_is_an_email_greeted_and_signed(bot):
    script = bot.handle(replace(staff("BrightPath IT emailed asking how we set up Globix's VPN and the printer GPOs. Write a "
                                      "polite no, from me, to help@brightpath.example. One paragraph."),
                                sender_name="Sam Taylor")).reply.script
    assert script.startswith("Hello BrightPath IT team,") and script.endswith("Sam Taylor\nNorthwind IT")
    assert len([part for part in script.split("\n\n") if part.strip()]) == 3   # greeting, the paragraph, the signature


def test_a_voicemail_told_to_leave_the_reason_out_is_about_the_handover_not_the_reason(closed):
    decision = closed.handle(staff("gonna have to ring Hooli and it'll def go to voicemail. 30 sec voicemail script? just "
                                   "want them to call me back about the Castle Tech handover. DON'T put the reason in a "
                                   "voicemail"))
    assert decision.intent == "provider_handover" and "Say it plainly" not in decision.reply.text
    assert "capacity" not in decision.reply.script and "Wednesday 23 December 2026" in decision.reply.script
