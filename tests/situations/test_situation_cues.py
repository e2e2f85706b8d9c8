"""The cues that tell situations apart, read on their own: what a message's words say beyond its kind."""
import re
from datetime import date

import pytest

from bot.core import Part
from bot.message import IncomingMessage
from intents import cues, escalation_cues, staff_cues
from responses.render import long_date, without_repeats
from tests.support import calendar
from tests.support.records import add_vandelay

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


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


def test_plain_thanks_the_router_doubts_as_hostile_is_thanked_warmly_not_apologised_to(bot):
    acme = bot.clients.find("Acme Dental")
    doubtful = Part("angry_client", "friendly", 0.55, doubt="in two minds")
    assert bot._cue("thank you for everything over the years", doubtful, acme) == ["no_hard_feelings"]
    assert bot._cue("thanks for nothing", doubtful, acme) != ["no_hard_feelings"]
    sure = Part("angry_client", "friendly", 0.99)
    assert bot._cue("thank you for everything over the years", sure, acme) != ["no_hard_feelings"]


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


@pytest.mark.parametrize("text", [
    "brightpath lost the admin pw for the warehouse NAS, can you just tell me what it was?",
    "we forgot the wifi password you set up for the shop, remind us?",
])
def test_asking_what_their_own_password_was_is_asking_for_what_is_theirs(text):
    assert cues.asks_for_what_is_theirs(text)


def test_asking_us_to_cover_a_month_past_the_end_is_asking_for_more_time():
    assert cues.asks_for_more_time("the new people can't start till February - could you cover January for us?")


def test_asking_whether_the_client_must_sign_something_is_the_sign_off_question():
    assert "sign_off" in cues.practical_asks("does Acme need to sign something at the end or is an email enough?")


@pytest.mark.parametrize("text,shape", [
    ("can you give me a whatsapp-length version for Acme Dental's manager?", "sms"),
    ("need a voicemail for acme dental's front desk about the drive pickup", "voicemail"),
    ("one-liner for Acme Dental confirming the last day pls", "paragraph"),   # (the line alone, no letter around it)
    ("how do I tell Acme Dental we're ending the contract?", ""),
])
def test_the_shape_a_script_is_asked_in_is_recognised(text, shape):
    assert staff_cues.script_format(text)[0] == shape


@pytest.mark.parametrize("text, limit", [("keep it under 120 words", ("words", 119)), ("one SMS (160 chars max)", ("chars", 160)),
                                         ("no more than 80 words please", ("words", 80)), ("a 3-line script", ("", 0)),
                                         ("200 characters or less", ("chars", 200))])
def test_a_length_asked_for_is_read(text, limit):
    assert staff_cues.length_limit(text) == limit


@pytest.mark.parametrize("text", ["is switching off our RMM agents on Acme Dental's last day spite?",
                                  "does removing our admin from Acme Dental after the end count as petty?"])
def test_a_question_that_asks_for_a_judgement_gets_no_stock_yes_or_no(text):
    assert not cues.asks_yes_or_no(text)


@pytest.mark.parametrize("text,named", [
    ("can someone come in on the 22nd?", [date(2026, 12, 22)]),
    ("what about Jan 8 for the last bits?", [date(2027, 1, 8)]),
    ("handover on 4 January, ok?", [date(2027, 1, 4)]),
    ("we lost 2.5 days on that", []),
    ("Feb. 2 works for us", [date(2027, 2, 2)]),
    ("can we push the end to February. 2 sentences max", []),   # a sentence ends with the month
    ("until january 3 lines please", []),                         # a length asked, not a day
])
def test_the_days_a_message_names_are_read_nearest_to_today(text, named):
    assert cues.days_named(text, date(2026, 12, 1)) == named


def test_a_floor_number_is_no_day():
    assert cues.days_named("the printer on the 23rd floor is jammed again", date(2026, 12, 1)) == []


@pytest.mark.parametrize("text,move", [
    ("they want the admin passwords emailed to the owner's gmail, ok?", "plain_channel"),
    ("their guy is on the phone asking for a password reset for a user, do we do it?", ""),
])
def test_a_personal_mailbox_is_a_plain_channel_and_a_caller_on_the_phone_is_not(text, move):
    assert cues.unsafe_move(text) == move


def test_on_call_for_weeks_after_the_end_is_more_time():
    assert cues.asks_for_more_time("they want us on call for a couple of weeks after, just in case")


def test_a_question_about_coffee_is_no_venting():
    assert staff_cues.staff_feeling("ugh this week is brutal. any good coffee near the office?") == ""


def test_a_general_question_about_what_is_normal_is_no_roster_look_up():
    from intents.roster_questions import roster_question
    assert roster_question("How long a notice period is normal when we let a managed services client go?") is None
    assert roster_question("What date do Acme's new IT people need to reach us by?") is not None


def test_what_we_still_hold_in_their_systems_is_not_a_roster_yes():
    from intents.roster_questions import roster_question
    assert roster_question("are we still delegated admin on Globex's tenant? they ended in October") is None


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


@pytest.mark.parametrize("text,pasted", [
    ("Got this from Acme:\n---\nWe are sorry about the invoices, everything is paid now, please reconsider.\n---\nreply?",
     "We are sorry about the invoices"),
    ("> Please send the admin passwords for our tenant by email today\n> thanks, Lin\nwhat do I say?", "admin passwords"),
    ("can you draft a reply to Acme about their data?", ""),
])
def test_a_pasted_message_is_told_apart_from_the_question_around_it(text, pasted):
    found = staff_cues.pasted_message(text)
    assert (pasted in found) if pasted else found == ""


@pytest.mark.parametrize("text,asks", [
    ("Our CFO says it's about the invoices but your account manager told me something else. Which is it?", False),
    ("can I speak to our account manager please", True),
    ("who is our account manager?", True),
])
def test_the_account_manager_mentioned_in_passing_is_no_request_to_talk_to_them(text, asks):
    assert cues.asks_for_contact(text) is asks


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


@pytest.mark.parametrize("text,bare", [("hi, anyone there?", True), ("good morning team", False), ("hello all", False),
                                       ("hello, can you reset my password", False), ("thanks!", False)])
def test_a_hello_that_opens_a_conversation_is_told_from_one_that_carries_a_request(text, bare):
    assert cues.opens_with_hello(text) is bare


@pytest.mark.parametrize("text,more", [
    ("We haven't found anyone yet. Could we have until the end of January? We'd pay the extra month upfront.", True),
    ("Could you hold off until the end of February? December is our busiest month.", True),
    ("we will have until Friday to decide on the drive", False),
])
def test_more_time_asked_for_in_other_words_is_recognised(text, more):
    assert cues.asks_for_more_time(text) is more


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


def test_renewing_licences_one_more_time_is_no_request_for_more_time(bot):
    assert not cues.asks_for_more_time("could you renew the licences one more time for us")
    assert cues.asks_for_more_time("could we have a bit more time before you go")


@pytest.mark.parametrize("text,sarcastic", [
    ("cheers for that. twelve years and a two-line email", True),
    ("eight years and one phone call to end it. lovely.", True),
    ("ten years and a lot of good memories, thank you all", False),
])
def test_long_years_set_against_how_it_ended_is_sarcasm(text, sarcastic):
    assert cues.sarcastic(text) is sarcastic


def test_sarcastic_thanks_the_router_doubts_is_still_read_as_anger(bot):
    """Without a sour word, "twelve years and a two-line email" is sarcasm all the same: a person answers it,
    never with warm thanks."""
    acme = bot.clients.find("Acme Dental")
    doubtful = Part("angry_client", "friendly", 0.55, doubt="in two minds")
    assert bot._cue("cheers for that. twelve years and a two-line email", doubtful, acme) == ["angry_client"]


@pytest.mark.parametrize("text,shape", [
    ("Acme left a voicemail begging to stay on. Give me a callback script.", "spoken"),
    ("Acme left me a voicemail about their files. I need a voicemail to leave back.", "voicemail"),
    ("acme keep ringing, I'll phone them back after lunch - what do I say?", "spoken"),
])
def test_a_voicemail_they_left_is_not_the_shape_of_the_answer(text, shape):
    assert staff_cues.script_format(text)[0] == shape


def test_sarcasm_that_opens_like_a_greeting_is_never_answered_as_one(bot):
    # The router reads it as an angry client, but unsure: the opening "Great." must not make it small talk.
    text = "Great. You're dumping us right before Christmas after everything we paid. Lovely holiday spirit."
    unsure_anger = Part("angry_client", "friendly", 0.37, "in two minds")
    assert bot._cue(text, unsure_anger, bot.clients.get("Acme Dental")) == ["angry_client"]


def test_pushing_back_a_date_is_no_fight_over_the_decision():
    assert not staff_cues.expects_a_fight("can we push back the Acme handover call to Thursday?")


def test_a_client_asking_to_push_the_end_into_next_month_is_asking_for_more_time():
    assert cues.asks_for_more_time("Can we push it to end of Jan? Our new people can't start till February.")


def test_a_client_saying_their_new_provider_is_taking_over_is_not_taken_for_the_provider(bot):
    from intents import cues
    assert not cues.writes_as_the_new_provider("Castle Tech are taking over on the 4th. They'll email you their contact "
                                               "soon.", "Castle Tech")
    assert cues.writes_as_the_new_provider("Castle Tech here, re the Hooli handover.", "Castle Tech")


def test_a_colleague_who_names_themselves_signs_what_they_ask_for(bot):
    # The message comes from Sam's account, but Priya says who is writing: "signed by me" is Priya.
    message = IncomingMessage(text="Tom here. Need a short email to Globex saying we can't take on more work now their "
                                   "support has ended. Signed by me.", platform="console", sender_id="U_SAM",
                              sender_name="Sam Taylor")
    reply = bot.handle(message).reply
    assert "Sam Taylor" not in reply.script and reply.script.rstrip().endswith("Tom\nNorthwind IT")


def test_sarcasm_about_years_of_fees_is_no_payment_to_thank_for():
    assert "payment" not in cues.acknowledgements("Wow, great job guys. A month without you and nothing works. Really "
                                                  "glad we paid you all those years.")


def test_is_this_because_of_a_person_is_a_guess_at_the_cause():
    assert cues.asks_if_cause("Is this because Dr. Moreno shouted at your tech last month?")


def test_not_like_a_lawyer_is_no_legal_threat():
    assert not escalation_cues.threatens_legal("Bullet talking points please, she wants to sound human not like a lawyer.")


def test_a_reply_to_an_ex_client_on_my_own_thread_is_signed_by_me_and_says_support_ended(bot):
    add_vandelay(bot.clients)
    script = bot.handle(IncomingMessage(text='Vandelay replied to my last email: "You people abandoned us. Expect a 1-star '
                                             'review on every site I can find." Need a reply, 4 sentences max.',
                                        platform="console", sender_id="U_STAFF", sender_name="Dana Lee")).reply.script
    assert script.endswith("Dana Lee\nNorthwind IT") and f"Our support ended on {long_date(calendar.day(-32))}" in script


@pytest.mark.parametrize("text", ["will our emails just stop", "do we lose our email when you go?"])
def test_a_fear_for_their_email_is_heard_however_it_is_put(text):
    assert cues.fears_losing_email(text)
