"""Staff questions about the roster (who owns a client, its last day, who is in transition, where a
client went) answered from the record, never from the coaching router; coaching questions that
merely mention those facts are still coached; clients never get a roster answer."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.message import CHOICE_CLIENT, CLIENT, REPLY, STAFF, Choice, IncomingMessage
from responses.render import long_date
from tests.support import calendar

REFUSAL = "outside what I can answer"


def staff(text, conversation="D-roster", thread="1"):
    return IncomingMessage(text=text, platform="console", sender_id="U_STAFF", conversation_id=conversation,
                           thread_id=thread, direct=True, audience=STAFF)


def ask(bot, text, **kw):
    decision = bot.handle(staff(text, **kw))
    assert decision.action == REPLY and REFUSAL not in decision.reply.text
    return decision.reply.text


def last_day(bot, name):
    return long_date(date.fromisoformat(bot.clients.get(name)["end_date"]))


@pytest.fixture
def roster(bot):
    """The seeded three plus a client in transition with an unreachable new provider and nobody
    owning it, and an ended one owned by the same person as Acme."""
    day = calendar.iso_day
    bot.clients.add("Hooli Bakery", status="transition", notice_date=day(-5), end_date=day(35),
                    reason_category="overload", new_provider="Castle Tech")
    bot.clients.add("Vandelay Imports", status="ended", notice_date=day(-60), end_date=day(-31),
                    reason_category="never_satisfied", account_owner="Priya")
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    return bot


# -- one client, one fact ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["who owns acme?", "whose account is Acme Dental", "acme's account manager?",
                                  "who looks after acme these days", "who's the AM on acme"])
def test_who_owns_a_client_is_answered_with_the_recorded_owner(roster, text):
    answer = ask(roster, text)
    assert "Acme Dental" in answer and "Priya" in answer


def test_one_client_asked_about_against_the_list_is_answered_for_that_client(roster):
    assert ask(roster, "Is Initech on the list of clients we're letting go?").splitlines()[-1].startswith("No. Initech is an "
                                                                                                       "active client")
    answer = ask(roster, "When did Globex's support end again, and who was on the account?")
    assert "support ended on" in answer and "account owner is" in answer


def test_the_cut_off_for_the_new_provider_to_get_in_touch_is_the_recorded_handover_day(roster):
    assert "new provider should contact us by" in ask(roster, "When exactly is the bakery's cut-off for Castle Tech to get "
                                                              "in touch?")


def test_a_wrong_last_day_put_forward_is_corrected_first(roster):
    wrong = long_date(date.fromisoformat(roster.clients.get("Acme Dental")["end_date"]) + timedelta(days=10))
    answer = ask(roster, f"Acme's last day is {wrong}, right? Writing it in an email now.")
    assert f"Not {wrong}: " in answer and last_day(roster, "Acme Dental") in answer
    assert "Not " not in ask(roster, "when is acme's last day?")


def test_a_client_nobody_owns_is_said_to_have_no_owner_and_how_to_record_one(roster):
    answer = ask(roster, "who's responsible for the hooli account?")
    assert "Hooli Bakery" in answer and "no account owner" in answer.lower()
    assert '`offboard owner "Hooli Bakery" @person`' in answer
    assert "Priya" not in answer and "Tom" not in answer


@pytest.mark.parametrize("text", ["when does acme finish with us?", "acme dental last day?",
                                  "what's the end date for acme", "remind me of acme's end date"])
def test_the_last_day_of_a_client_in_transition_is_its_recorded_date(roster, text):
    answer = ask(roster, text)
    assert last_day(roster, "Acme Dental") in answer and "in transition" in answer


def test_the_last_day_of_an_ended_client_is_said_to_be_past(roster):
    answer = ask(roster, "when did globex's support stop?")
    assert f"support ended on {last_day(roster, 'Globex Logistics')}" in answer


def test_an_active_client_has_no_last_day_and_the_command_to_start_offboarding(roster):
    answer = ask(roster, "when's initech's last day?")
    assert "active" in answer and "no last day" in answer.lower() and "`offboard start Initech" in answer


@pytest.mark.parametrize("text,yes", [("is vandelay done?", True), ("has Globex ended yet", True),
                                      ("is acme finished?", False), ("is Hooli still in transition?", True)])
def test_a_yes_or_no_about_a_clients_phase_is_answered_plainly_first(roster, text, yes):
    first = re.search(r"^(Yes|No)\b", ask(roster, text), re.M)
    assert first and first.group(1) == ("Yes" if yes else "No")


# -- new provider ------------------------------------------------------------------------------------
def test_where_an_ended_client_went_is_its_new_provider_and_contact(roster):
    answer = ask(roster, "where did globex end up going?")
    assert "BrightPath IT" in answer and "help@brightpath.example" in answer


def test_a_new_provider_without_a_contact_says_so_and_how_to_record_it(roster):
    answer = ask(roster, "who's hooli's new IT?")
    assert "Castle Tech" in answer and "no contact" in answer.lower()
    assert '`offboard provider "Hooli Bakery" "Castle Tech" <contact>`' in answer


def test_who_picks_up_a_clients_account_stuff_while_its_owner_is_off_is_the_owner_and_no_cover(roster):
    roster.clients.edit("Globex Logistics", account_owner="Tom Becker")
    answer = ask(roster, "Tom's off till January. Who picks up Globex account stuff?")
    assert "account owner is Tom Becker" in answer and "Nobody else is on record to cover" in answer


def test_is_a_client_on_the_list_asked_before_what_someone_asked_is_a_look_up(roster):
    answer = ask(roster, "Is Initech on the list? Their CFO asked me at lunch if we're 'trimming clients'.")
    assert answer.startswith("From the record") and "Initech is an active client" in answer


def test_clients_still_supported_this_month_are_every_client_in_notice(roster):
    answer = ask(roster, "3 bullets for the team: which offboarded clients do we still support this month and until when?")
    assert "Acme Dental" in answer and "Hooli Bakery" in answer and "No client's last day" not in answer
    assert "Globex" not in answer


def test_which_clients_we_are_still_supporting_are_those_in_notice_and_the_active_ones(roster):
    answer = ask(roster, "Quick one: which clients are we still supporting as of today, and until when?")
    assert answer.startswith("From the record") and "In transition (2):" in answer and "Active (1):" in answer
    assert "Initech: active" in answer and "Globex" not in answer and "[client]" not in answer


@pytest.mark.parametrize("text, second", [
    ("What's Acme's last day again, and have they told us who's taking over?", "No new provider is on record for Acme Dental"),
    ("Remind me - what's Acme's last day and when do we need to hear from their new lot by?",
     "Acme Dental's new provider should contact us by"),
])
def test_a_last_day_asked_with_a_second_question_answers_both(roster, text, second):
    answer = ask(roster, text)
    assert "the last day of support is" in answer and second in answer


def test_which_clients_are_in_transition_and_which_are_done_lists_both(roster):
    answer = ask(roster, "Which clients are in transition right now and which are done?")
    assert "In transition (2):" in answer and "Ended (2):" in answer and "Initech" not in answer


@pytest.mark.parametrize("text", ["castle tech contact??", "Castle Tech contact details?"])
def test_a_providers_name_and_contact_alone_is_a_look_up(roster, text):
    answer = ask(roster, text)
    assert "Castle Tech" in answer and "no contact for them is on record" in answer


def test_whether_an_ex_client_paid_a_month_is_not_on_record_and_says_who_checks(roster):
    answer = ask(roster, "did Globex ever pay for October? can you check")
    assert "Whether Globex Logistics paid isn't on record" in answer and "to check it" in answer
    assert "decline further work" not in answer


def test_no_contact_on_record_for_the_new_provider_says_who_to_ask_for_one(roster):
    answer = ask(roster, "Who's our contact at Castle Tech? Need to send them the Hooli documentation.")
    assert "no contact for them is on record, so ask Hooli Bakery for one, or for Castle Tech to get in touch by" in answer


def test_no_new_provider_on_record_is_never_invented(roster):
    answer = ask(roster, "who is acme moving to?")
    assert "No new provider is on record for Acme Dental" in answer
    assert '`offboard provider "Acme Dental" <name> [contact]`' in answer
    assert "BrightPath" not in answer and "Castle" not in answer


def test_which_client_went_to_a_provider_is_found_from_the_record(roster):
    answer = ask(roster, "which ex-client moved over to BrightPath?")
    assert "Globex Logistics" in answer and "Acme" not in answer and "Hooli" not in answer


@pytest.mark.parametrize("text", ["Which of the leaving clients still don't have a new provider sorted?",
                                  "who's leaving without a new IT company lined up?"])
def test_asking_which_leaving_clients_have_no_new_provider_names_only_those(roster, text):
    answer = ask(roster, text)
    assert "Acme Dental" in answer and last_day(roster, "Acme Dental") in answer
    assert "Hooli" not in answer and "Castle Tech" not in answer


def test_leaving_clients_with_no_new_provider_include_one_already_gone_but_not_when_transition_is_asked(roster):
    answer = ask(roster, "which leaving clients still have no new provider?")
    assert "Acme Dental" in answer and "Vandelay Imports" in answer and "Globex" not in answer
    assert "Vandelay" not in ask(roster, "which clients in transition still have no new provider?")


def test_nothing_due_in_a_week_says_so_for_last_days_and_provider_days_alike(closed):
    answer = ask(closed, "is anything due this week?")
    assert "Nothing on record falls due this week" in answer and "Acme Dental" not in answer


def test_the_clients_in_transition_and_what_falls_due_are_both_answered(closed):
    answer = ask(closed, "Which clients are still in transition and is anything due this week?")
    assert "Acme Dental" in answer and "Hooli Bakery" in answer and "Due this week: nothing on record" in answer
    answer = ask(closed, "which clients are in transition and what's due before christmas?")
    assert "Due before Christmas:\n" in answer and "Hooli Bakery: new provider to contact us by Wednesday 23 December 2026" in answer


@pytest.mark.parametrize("text", ["did we tell Acme yet?",
                                  "About to post to the team that Acme is ending - but wait, have we actually told Acme "
                                  "yet? When?"])
def test_whether_we_have_told_a_client_is_the_notice_date_on_record(roster, text):
    notice = long_date(date.fromisoformat(roster.clients.get("Acme Dental")["notice_date"]))
    assert f"Notice was given on {notice}" in ask(roster, text)


@pytest.mark.parametrize("text", ["there's no account owner on Hooli Bakery. who signs stuff to them?",
                                  "Hooli has no account owner in the system. who's supposed to sign their emails?"])
def test_who_signs_for_a_client_with_no_owner_is_answered_not_just_the_command(roster, text):
    answer = ask(roster, text)
    assert "No account owner is on record for Hooli Bakery" in answer and "sign what goes to them yourself" in answer


def test_a_reason_asked_for_someone_outside_the_firm_comes_with_a_word_to_keep_it_between_us(roster):
    answer = ask(roster, "What reason did we give Vandelay for dropping them? Someone who knows their old office manager "
                         "is asking me about it")
    assert "The reason on record for ending our agreement with Vandelay Imports" in answer
    assert "don't pass it on to someone outside the firm" in answer


def test_what_is_still_due_for_the_leaving_clients_gives_the_provider_days_as_well_as_the_last_days(closed):
    answer = ask(closed, "which of our leaving clients still have stuff due before christmas?")
    assert "Wednesday 23 December 2026" in answer   # Castle Tech's day to be in touch, before the closure


def test_who_still_needs_chasing_this_month_keeps_a_client_whose_provider_day_falls_in_it(closed):
    # Hooli's last day is in January, but Castle Tech must be in touch by 23 December: that is this month's chasing.
    answer = ask(closed, "which of our leaving clients still need chasing this month and by when?")
    assert "Hooli Bakery" in answer and "Wednesday 23 December 2026" in answer


def test_the_provider_contact_day_of_an_ended_client_is_said_to_have_passed(roster):
    answer = ask(roster, "when did BrightPath need to contact us by for Globex again?")
    ended = last_day(roster, "Globex Logistics")
    assert f"That day has passed: support for Globex Logistics ended on {ended}" in answer


def test_a_rumour_heard_in_the_kitchen_about_an_active_client_gets_no_command_to_start_offboarding(roster):
    answer = ask(roster, "Is Initech on the list of clients we're letting go? Heard something in the kitchen.")
    assert "offboard start" not in answer and "Initech" in answer


def test_when_the_provider_should_have_got_in_touch_by_is_the_handover_day_before_the_closure(closed):
    answer = ask(closed, "When should Hooli's new provider have got in touch with us by? We're closed over Christmas so "
                         "I'm not sure how that works.")
    assert "Wednesday 23 December 2026" in answer


# -- lists from storage ------------------------------------------------------------------------------
def test_who_is_in_transition_lists_those_clients_with_their_last_days(roster):
    answer = ask(roster, "which of our clients are in the transition phase at the moment?")
    assert "Acme Dental" in answer and last_day(roster, "Acme Dental") in answer
    assert "Hooli Bakery" in answer and last_day(roster, "Hooli Bakery") in answer
    assert "Globex" not in answer and "Vandelay" not in answer and "Initech" not in answer


def test_the_ended_clients_are_listed_with_the_day_support_ended(roster):
    answer = ask(roster, "any former clients we've already let go?")
    assert "Globex Logistics" in answer and "Vandelay Imports" in answer
    assert f"support ended on {last_day(roster, 'Vandelay Imports')}" in answer
    assert "Acme" not in answer and "Initech" not in answer


def test_the_list_comes_from_the_record_not_a_fixed_roster(roster):
    roster.clients.add("Stark Plumbing", status="transition", notice_date=calendar.iso_day(-1),
                       end_date=calendar.iso_day(9))
    answer = ask(roster, "who's still in transition?")
    assert "Stark Plumbing" in answer and last_day(roster, "Stark Plumbing") in answer


def test_the_clients_one_person_owns_are_listed(roster):
    answer = ask(roster, "which clients does Priya own?")
    assert "Acme Dental" in answer and "Vandelay Imports" in answer
    assert "Globex" not in answer and "Hooli" not in answer


def test_with_nobody_in_a_phase_the_answer_says_so(bot):
    bot.clients.cancel_offboarding("Acme Dental")
    answer = ask(bot, "is anyone in transition right now?")
    assert "No client is in transition" in answer


# -- several clients, or none named --------------------------------------------------------------------
def test_two_clients_in_one_question_are_each_answered(roster):
    answer = ask(roster, "who's the account owner for vandelay and for acme? need to escalate")
    assert "Vandelay Imports" in answer and "Acme Dental" in answer and answer.count("Priya") == 2


def test_a_follow_up_keeps_the_client_of_the_question_before(roster):
    ask(roster, "who owns acme?", conversation="D-follow")
    assert last_day(roster, "Acme Dental") in ask(roster, "and when's their last day?", conversation="D-follow")


def test_a_look_up_about_no_known_client_offers_the_clients_and_answers_the_one_picked(roster):
    decision = roster.handle(staff("who's the account owner there?", conversation="D-none"))
    assert decision.choices and "Which client" in decision.choice_prompt
    picked = roster.choose(staff("", conversation="D-none"), decision.interaction_id,
                           Choice("Hooli Bakery", CHOICE_CLIENT, "Hooli Bakery"))
    assert "Hooli Bakery" in picked.reply.text and "no account owner" in picked.reply.text.lower()


# -- what is not a look-up ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "how do I tell Acme their last day is the 21st?",
    "globex's new IT keeps ringing about the firewall config, what do I say?",
    "should we pull our access to vandelay now that they're done?",
    "Hooli asked who their account owner is now, how should I reply?",
    "can you draft a note to acme confirming the end date?",
    "is it ok to hand the domain to acme's new provider before the last day?",
    "vandelay's licences are still on our card and they ended weeks ago, do we still need to move them?",
    "what's a sensible last day when you let a client go over the holidays?",
])
def test_a_coaching_question_that_mentions_a_roster_fact_is_still_coached(roster, text):
    decision = roster.handle(staff(text, conversation=f"D-coach-{text}"))
    assert decision.intent != "roster" and not decision.reply.text.startswith("From the record")


def test_a_client_asking_who_their_account_manager_is_never_gets_the_roster(roster):
    roster.clients.link("Acme Dental", "console", "C-acme")
    message = IncomingMessage(text="who is our account manager?", platform="console", sender_id="U_DANA",
                              sender_name="Dana", conversation_id="C-acme", thread_id="t1", audience=CLIENT,
                              client="Acme Dental")
    decision = roster.handle(message)
    assert decision.intent == "contact"
    listing = roster.handle(IncomingMessage(text="which clients are you offboarding right now?", platform="console",
                                            sender_id="U_DANA", conversation_id="C-acme", thread_id="t2",
                                            audience=CLIENT, client="Acme Dental"))
    shown = " ".join(filter(None, [listing.reply.text if listing.reply else "",
                                   getattr(listing.draft, "text", "") or ""]))
    assert listing.intent != "roster" and "Hooli" not in shown and "Globex" not in shown


# -- closing out ---------------------------------------------------------------------------------------
def test_the_order_for_removing_our_access_is_the_handover_checklist(roster):
    answer = ask(roster, "in what order do we take away our access when a client leaves?")
    handover = answer.index("Domains, registrar and DNS control passed to the client")
    removal = answer.index("Our access removed")
    assert handover < removal and "never early" in answer


@pytest.mark.parametrize("text", ["what's the story with acme?", "catch me up on globex", "status of acme dental"])
def test_where_things_stand_with_a_client_is_its_whole_record(roster, text):
    answer = ask(roster, text, conversation=f"D-status-{text}")
    assert "account owner" in answer and ("The reason on record" in answer or "No reason is on record" in answer)


def test_a_coverage_question_that_says_still_their_provider_is_coached_not_looked_up(roster):
    decision = roster.handle(staff("acme over the holidays - who covers if they have an outage on the 26th? "
                                   "we're still their provider right?", conversation="D-cover"))
    assert decision.intent != "roster"


@pytest.mark.parametrize("question,last_day,listed", [
    ("anyone leaving this month?", "2026-12-21", True), ("what's ending this month?", "2027-01-04", False),
    ("who has a client leaving next month?", "2027-01-04", True), ("anyone finishing next month?", "2026-12-21", False),
    ("who's going before christmas?", "2026-12-21", True), ("who's going before christmas?", "2027-01-04", False)])
def test_which_clients_end_in_a_stretch_of_time_comes_from_their_last_days(open_bot, config, pinned_clock, question,
                                                                            last_day, listed):
    from datetime import datetime, timezone
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))   # the stretch is counted from today
    bot = open_bot(config)
    bot.clients.add("Kestrel Print", status="transition", notice_date="2026-11-20", end_date=last_day,
                    reason_category="overload")
    answer = bot.handle(staff(question, conversation=f"D-{question}")).reply.text
    assert ("Kestrel Print" in answer) is listed, answer


def test_a_stretch_of_time_crosses_the_year_end():
    from datetime import date
    from bot.roster import window_dates
    assert window_dates("next_month", date(2026, 12, 30)) == (date(2027, 1, 1), date(2027, 1, 31))
    assert window_dates("last_month", date(2027, 1, 5)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert window_dates("christmas", date(2026, 12, 27)) == (date(2026, 12, 27), date(2027, 12, 25))


def test_a_fact_someone_else_asked_for_is_looked_up_when_coaching_has_nothing_to_say(roster):
    # The new provider's question passed on: the owner is what to tell them, not an out-of-scope refusal.
    answer = ask(roster, "Who's the account owner on Hooli Bakery? Castle Tech wants to know who to coordinate with.")
    assert "no account owner" in answer.lower() and "Hooli Bakery" in answer


@pytest.mark.parametrize("text", ["Acme's owner offered to pay double if we keep them, who decides?",
                                  "acme's last day is the 21st right? any issue ending just before christmas?"])
def test_an_offer_or_a_worry_about_the_date_is_coached_not_looked_up(roster, text):
    assert roster.handle(staff(text, conversation=f"D-{text}")).intent != "roster"


def test_how_many_days_are_left_is_counted_from_today(roster, today):
    from datetime import date
    end = date.fromisoformat(roster.clients.get("Acme Dental")["end_date"])
    answer = ask(roster, "how many days do we have left with acme?", conversation="D-days")
    assert f"({(end - today).days} days from today)" in answer


def test_the_date_a_week_before_the_end_is_looked_up(roster):
    answer = ask(roster, "acme's new provider should reach out a week before the end, right? what date is that?",
                 conversation="D-week")
    assert "new provider should contact us by" in answer


@pytest.mark.parametrize("text", ["status of ticket #48211?", "what's the practical difference between transition "
                                  "and ended for acme? what can I still do for them"])
def test_a_ticket_or_a_what_can_we_do_question_is_no_look_up(roster, text):
    assert roster.handle(staff(text, conversation=f"D-{text}")).intent != "roster"


def test_a_question_whether_to_do_something_is_never_a_look_up(roster):
    decision = roster.handle(staff("Acme still hasnt paid October. Can we just kill their VPN access til they "
                                   "pay? theyre leaving anyway", conversation="D-kill"))
    assert decision.intent != "roster" and not decision.reply.text.startswith("From the record")


@pytest.mark.parametrize("text,wanted", [
    ("globex ended when exactly? and whos their new provider", ["support ended on", "BrightPath IT"]),
    ("vandelay last day + who owned it? need it for a report", ["support ended on", "Priya"]),
    ("how many days left on hooli? and by when should castle tech have reached out to us",
     ["days from today", "should contact us by"]),
    ("whats the notice we gave Acme in days? sanity checking", ["otice was given on", "days before the last day"]),
    ("Globex's ex finance person wants the total on their final invoice. what is it?", ["No amounts are on record"]),
    ("quick list: who are we offboarding right now + end dates", ["Acme Dental: last day of support",
                                                                   "Hooli Bakery: last day of support"]),
])
def test_every_fact_a_look_up_asks_for_is_answered_however_it_is_worded(roster, text, wanted):
    answer = ask(roster, text)
    assert all(part in answer for part in wanted), answer


# -- the calendar ---------------------------------------------------------------------------------------
def test_whether_a_date_falls_on_a_weekday_is_answered_with_whose_date_it_is(roster):
    end = date.fromisoformat(roster.clients.get("Acme Dental")["end_date"])
    day = f"the {end.day}{'th' if 11 <= end.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(end.day % 10, 'th')}"
    right = end.strftime("%A").lower()
    wrong = next(name for name in ("monday", "tuesday") if name != right)
    answer = ask(roster, f"is {day} for acme a {right}? want to book the sign-off meeting before it")
    assert f"Yes: {long_date(end)} (Acme Dental's last day of support)." in answer
    assert ask(roster, f"is {day} for acme a {wrong}?").splitlines()[-1].startswith("No: ")


def test_a_weekday_asked_of_a_full_date_names_the_date_and_no_yes_or_no_for_a_choice(roster):
    answer = ask(roster, "is jan 4 2027 a monday or tuesday")
    assert "Monday 4 January 2027" in answer and "Yes" not in answer and "No:" not in answer


def test_what_day_a_clients_last_day_is_comes_after_a_greeting_too(roster):
    answer = ask(roster, "hey quick one - whats the last day for acme dental again and what day is that")
    assert answer.startswith("From the record") and last_day(roster, "Acme Dental") in answer


def test_an_owners_clients_leaving_either_way_are_listed(roster):
    answer = ask(roster, "which of priya's clients are being offboarded or already gone?")
    assert "Acme Dental" in answer and "Vandelay Imports" in answer and "Hooli" not in answer


def test_a_new_providers_contact_is_found_by_its_first_word(roster):
    answer = ask(roster, "email for brightpath again?")
    assert "help@brightpath.example" in answer


@pytest.mark.parametrize("text,name", [("whats the last day for Stark Plumbing?", "Stark Plumbing"),
                                       ("when is wayne enterprises' last day?", "Wayne Enterprises")])
def test_a_client_not_on_record_is_said_to_be_missing_by_name(roster, text, name):
    answer = ask(roster, text)
    assert f"I can't find {name} in the client records" in answer and "Which client do you mean" not in answer


@pytest.mark.parametrize("text, key", [("Globex signed off on the handover, right?", "sign-off"),
                                       ("we removed our RMM agent from Globex, yeah?", "agents-removed")])
def test_a_step_told_as_done_and_checked_is_answered_from_the_checklist(roster, text, key):
    answer = ask(roster, text)
    assert f"handover checklist still has {key} open" in answer


def test_a_look_up_naming_another_clients_provider_is_corrected_first(roster):
    answer = ask(roster, "When does BrightPath need to have contacted us by for Hooli?")
    assert answer.startswith("Not BrightPath IT: they are Globex Logistics' new provider")
    assert "Hooli Bakery's new provider on record is Castle Tech" in answer


def test_one_of_our_people_named_by_role_is_not_taken_for_a_missing_client(roster):
    answer = ask(roster, "Our MD wants to put a LinkedIn post up about 'parting ways with clients who don't respect our "
                         "team', naming Globex and Vandelay. Can you draft it?")
    assert "I can't find" not in answer and "business, not personal" in answer


# -- look-ups found in fresh staff wording (blind review 19) ---------------------------------------------
def test_the_reason_on_file_is_looked_up_and_says_when_nothing_specific_is_written(roster):
    answer = ask(roster, "What's the actual reason on file for Hooli? I need the specifics, how many tickets a week etc.")
    assert "The reason on record for ending our agreement with Hooli Bakery:" in answer and "Nothing more specific is written down for Hooli Bakery" in answer


def test_payment_terms_asked_for_a_letter_are_looked_up_and_none_are_invented(roster):
    answer = ask(roster, "Remind me what our payment terms with Acme were - ten days, right? I want to quote it in the letter.")
    assert "No payment terms are configured" in answer and "ten days" not in answer.lower()


def test_an_owner_and_a_provider_contact_asked_together_are_both_answered(roster):
    answer = ask(roster, "who's the account owner on Hooli and what's Castle Tech's contact?")
    assert "No account owner is on record for Hooli Bakery" in answer
    assert "Castle Tech; no contact for them is on record" in answer


def test_a_client_named_after_offboarding_that_is_not_on_record_is_said_to_be_missing(roster):
    answer = ask(roster, "We need to start offboarding Wayne Enterprises. What's their last day and reason on file?")
    assert "I can't find Wayne Enterprises in the client records" in answer


def test_who_signed_off_a_handover_is_answered_from_the_checklist(roster):
    answer = ask(roster, "Who signed off the Globex handover and on what date?")
    assert "sign-off open" in answer and "Not on record" in answer


def test_what_then_about_a_client_ignoring_us_is_coached_without_calling_it_spite(roster):
    answer = ask(roster, "If Acme still has no new provider by the deadline, what then? They keep ignoring it.")
    assert "From the record" not in answer and "external drive" in answer
    assert "Doing less now is spite" not in answer


def test_a_client_named_first_in_a_look_up_that_is_not_on_record_is_said_to_be_missing(roster):
    answer = ask(roster, "Stark Industries wants to leave early, what's their end date on file?")
    assert "I can't find Stark Industries in the client records" in answer


def test_the_working_days_left_leave_out_weekends_holidays_and_the_office_closure(open_bot, tmp_path, pinned_clock):
    # Tuesday 1 December 2026 to Monday 4 January 2027, office shut 24 December to 1 January: the 17 weekdays to
    # Wednesday 23 December, then the last day itself.
    from datetime import datetime, timezone
    from bot.config import load_config
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))
    bot = open_bot(load_config(environ={"PARTING_WAYS_OFFICE_CLOSED": "2026-12-24/2027-01-01"},
                               db_path=str(tmp_path / "closed.db")))
    bot.clients.add("Hooli Bakery", status="transition", notice_date="2026-11-23", end_date="2027-01-04",
                    reason_category="overload")
    bot.clients.add("Acme Dental", status="transition", notice_date="2026-11-20", end_date="2026-12-21",
                    reason_category="late_payment")
    hooli = ask(bot, "how many working days do we actually have left with Hooli with the xmas shutdown")
    assert "18 working days" in hooli and "office closure" in hooli
    acme = ask(bot, "how many business days left for acme?", conversation="D-acme")
    assert "15 working days" in acme and "closure" not in acme   # Acme's last day comes before the closure


def test_what_the_plan_is_if_no_provider_turns_up_is_coaching_on_the_safe_landing_not_a_look_up(bot):
    reply = bot.handle(staff("Acme still hasn't named a new provider. What's the plan if they still haven't by the "
                             "14th?")).reply
    assert "external drive" in reply.text and "From the record" not in reply.text


def test_a_client_not_on_record_asked_about_after_news_of_them_gets_the_look_up_not_a_letter(roster):
    answer = ask(roster, "Stark Plumbing says they want out too, what's their end date?")
    assert "I can't find Stark Plumbing in the client records, so I have nothing on record to give" in answer
    assert "Ready to send" not in answer


@pytest.mark.parametrize("text,expected", [
    ("Do we have a contact for Castle Tech?", "Hooli Bakery is moving to Castle Tech; no contact for them is on record"),
    ("Do we have anyone to talk to at Castle Tech?", "Hooli Bakery is moving to Castle Tech; no contact for them is on record"),
    ("Acme say they've picked a new provider but won't tell us who yet. What's our deadline to hear from them?",
     "Acme Dental's new provider should contact us by"),
    ("Priya's off till January. Who covers Acme stuff?", "Nobody else is on record to cover while they're away"),
    ("What's the status of the Umbrella Catering offboarding?", "I can't find Umbrella Catering in the client records"),
])
def test_offboarding_look_ups_in_fresh_words_are_answered_from_the_record(roster, text, expected):
    assert expected in ask(roster, text)


def test_a_client_called_by_a_quoted_name_not_on_record_asking_its_end_date_gets_the_look_up(bot):
    reply = bot.handle(staff("Client called 'Wonka Sweets' wants to know when their support ends. What do I tell them?")).reply
    assert "I can't find Wonka Sweets in the client records" in reply.text and "frustrating" not in reply.text


def test_whether_an_active_client_is_on_the_list_is_answered_with_nothing_called_out_of_scope(bot):
    reply = bot.handle(staff("is initech on the list? their CFO sounded weird on the phone")).reply
    assert "Initech is an active client" in reply.text and "outside what I can answer" not in reply.text


def test_how_much_notice_a_client_got_and_whether_that_is_normal_are_both_answered(roster):
    answer = ask(roster, "how much notice did we give the bakery? is that normal?")
    assert "Notice was given on" in answer and "40 days is within the usual 30 to 60 days' notice" in answer


def test_working_days_left_not_counting_today_start_tomorrow(open_bot, tmp_path, pinned_clock):
    # Tuesday 1 December 2026 to Monday 21 December 2026: 15 weekdays with today, 14 from tomorrow.
    from datetime import datetime, timezone
    from bot.config import load_config
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))
    bot = open_bot(load_config(environ={}, db_path=str(tmp_path / "days.db")))
    bot.clients.add("Acme Dental", status="transition", notice_date="2026-11-20", end_date="2026-12-21",
                    reason_category="late_payment")
    answer = ask(bot, "how many working days do we have left with acme, not counting today?")
    assert "14 working days, from tomorrow to the last day" in answer


def test_leaving_clients_past_their_end_date_are_the_ended_ones(roster):
    answer = ask(roster, "which of our leaving clients are already past their end date?")
    assert "Ended (" in answer and "In transition" not in answer


def test_cover_over_the_closure_asked_says_none_is_on_record(open_bot, tmp_path, pinned_clock):
    from datetime import datetime, timezone
    from bot.config import load_config
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))
    bot = open_bot(load_config(environ={"PARTING_WAYS_OFFICE_CLOSED": "2026-12-24/2027-01-01"},
                               db_path=str(tmp_path / "cover.db")))
    bot.clients.add("Hooli Bakery", status="transition", notice_date="2026-11-23", end_date="2027-01-04",
                    reason_category="overload", new_provider="Castle Tech")
    answer = ask(bot, "Hooli's last day is right after the Christmas shutdown. Are we expected to cover them over the break?")
    assert "No cover over the closure is on record" in answer and "Wednesday 23 December 2026" in answer


@pytest.mark.parametrize("text", ["make me a list of the key december dates so I don't miss anything", "upcoming deadlines?"])
def test_the_key_dates_ahead_are_every_last_day_and_handover_deadline_of_the_clients_in_notice(roster, text):
    answer = ask(roster, text, conversation=f"D-{text}")
    assert f"Acme Dental: last day of support {last_day(roster, 'Acme Dental')}; new provider to contact us by" in answer
    assert f"Hooli Bakery: last day of support {last_day(roster, 'Hooli Bakery')}; new provider to contact us by" in answer
    assert "Globex Logistics" not in answer   # (its dates are behind us)


@pytest.mark.parametrize("text", ["the dental lot - remind me what dates we gave them?", "what dates have we told Acme?"])
def test_the_dates_we_gave_a_client_are_its_notice_last_day_and_handover_deadline(roster, text):
    answer = ask(roster, text, conversation=f"D-{text}")
    assert f"the last day of support is {last_day(roster, 'Acme Dental')}" in answer \
        and "Notice was given on" in answer and "should contact us by" in answer


def test_a_summary_of_all_our_client_endings_is_the_roster_of_every_ending(roster):
    answer = ask(roster, "Summarise all our client endings in a table, under 100 words.", conversation="D-endings")
    assert all(name in answer for name in ("Acme Dental", "Hooli Bakery", "Globex Logistics", "Vandelay Imports"))
    assert f"last day of support {last_day(roster, 'Acme Dental')}" in answer


def test_a_key_date_each_for_the_clients_we_are_transitioning_is_the_roster_of_their_dates(roster):
    answer = ask(roster, "Quick one for our MD: 3 bullets, one per client we're still transitioning, with the key date "
                         "each. Keep it tight.", conversation="D-md")
    assert f"Acme Dental: last day of support {last_day(roster, 'Acme Dental')}" in answer and "Hooli Bakery" in answer


def test_the_reason_asked_as_one_sentence_for_a_letter_gives_the_sentence(roster):
    answer = ask(roster, "what's the reason for Hooli? I need one sentence for the letter", conversation="D-sentence")
    assert 'A sentence you can use: "The reason is our team\'s capacity' in answer


def test_a_status_list_a_colleague_asked_for_covers_every_client_not_only_hers(roster):
    answer = ask(roster, "Priya wants a one-line status per client we're offboarding. Go.")
    assert all(name in answer for name in ("Acme Dental", "Globex Logistics", "Hooli Bakery", "Vandelay Imports"))


def test_whats_realistic_for_a_handover_over_the_closure_is_coached_not_looked_up(closed):
    text = closed.handle(staff("Hooli's last day is Monday 4 January 2027 but we're shut over Christmas. What's realistic "
                               "for the handover?")).reply.text
    assert "by Wednesday 23 December 2026" in text and "From the record" not in text


def test_offboarding_dates_coming_up_are_the_dates_ahead_only(roster):
    answer = ask(roster, "what offboarding dates have we got coming up over the next 5 weeks?")
    assert "Acme Dental: last day of support" in answer and "Hooli Bakery: last day of support" in answer
    assert "Ended" not in answer


def test_how_much_notice_the_client_described_got_is_looked_up(roster):
    answer = ask(roster, "how much notice did the dental practice get, and is that normal?")
    assert answer.startswith("From the record") and "Notice was given on" in answer


def test_every_client_we_are_ending_with_includes_the_ended_ones(roster):
    answer = ask(roster, "Can you list every client we're ending with and their last day?")
    assert "In transition (" in answer and "Ended (" in answer


def test_who_owns_a_client_with_a_letter_to_sign_is_looked_up(roster):
    answer = ask(roster, "Who owns the Hooli account? Need someone to sign the letter.")
    assert "No account owner is on record for Hooli Bakery" in answer


def test_an_active_clients_offboarding_date_is_that_there_is_none(roster):
    answer = ask(roster, "What's Initech's offboarding date?")
    assert "Initech is an active client" in answer


@pytest.mark.parametrize("text", ["Priya's back from leave Monday. Write her a quick status DM on her two clients.",
                                  "status message for Priya on her clients pls"])
def test_a_status_dm_on_one_owners_clients_lists_each_of_hers_from_the_record(roster, text):
    answer = ask(roster, text)
    assert "Acme Dental: last day of support" in answer and "Vandelay Imports: support ended on" in answer
    assert "Hooli Bakery" not in answer and "Globex" not in answer


def test_a_handover_day_put_forward_that_is_not_the_records_is_said_not_to_be_it(closed):
    answer = ask(closed, "what's the deadline for Castle Tech to reach out about Hooli? Monday 28 December 2026 right?")
    assert answer.startswith("From the record\n\nNot Monday 28 December 2026: Hooli Bakery's new provider should contact us "
                             "by Wednesday 23 December 2026")


def test_the_records_own_handover_day_put_forward_is_not_contradicted(roster):
    acme = roster.clients.get("Acme Dental")
    by = long_date(date.fromisoformat(acme["end_date"]) - timedelta(days=7))
    answer = ask(roster, f"when does Acme's new provider need to call us by? {by}?")
    assert "Not " not in answer and f"should contact us by {by}" in answer


def test_who_should_sign_while_the_owner_is_away_is_the_owner_and_who_signs_meanwhile(roster):
    answer = ask(roster, "Priya's off sick this week. Who should sign the final email to Acme?")
    assert "Acme Dental's account owner is Priya" in answer
    assert "sign it yourself as the person handling it (saying Priya is away), or ask your manager who should" in answer


def test_clients_finishing_this_month_and_those_already_gone_are_both_listed(open_bot, config, pinned_clock):
    from datetime import datetime, timezone
    pinned_clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc))
    bot = open_bot(config)
    bot.clients.add("Kestrel Print", status="transition", notice_date="2026-11-20", end_date="2026-12-21",
                    reason_category="overload")
    bot.clients.add("Osprey Legal", status="transition", notice_date="2026-11-20", end_date="2027-01-04",
                    reason_category="overload")
    bot.clients.add("Heron Dental", status="ended", notice_date="2026-10-01", end_date="2026-11-17",
                    reason_category="late_payment")
    answer = bot.handle(staff("Which of our clients are finishing up this month, and which are already gone?")).reply.text
    assert "Last day of support this month (1):\n  Kestrel Print: last day of support Monday 21 December 2026" in answer
    assert "Already ended (1):\n  Heron Dental: support ended on Tuesday 17 November 2026" in answer
    assert "Osprey Legal" not in answer and "No client's last day" not in answer


def test_a_reason_with_nothing_written_down_says_to_check_with_the_account_owner_before_explaining(roster):
    answer = ask(roster, "Vandelay's owner asked me why we dropped them. What reason have we got on file?")
    assert "so before you explain it to them, check the detail with Priya, who owns the account" in answer


@pytest.mark.parametrize("text", ["Is Initech on the offboarding list? Someone in the kitchen said they're next.",
                                  "Is Initech leaving too? someone in the kitchen said they'd got a notice"])
def test_a_rumour_that_an_active_client_is_next_gets_the_record_and_no_command_to_start_offboarding(roster, text):
    answer = ask(roster, text)
    assert "Initech is an active client" in answer and "offboard start" not in answer
    assert "don't pass the rumour on" in answer


def test_who_to_point_an_ex_client_to_is_their_new_provider_beside_the_end(roster):
    answer = ask(roster, "remind me: when did Globex finish with us and who do we point them to?")
    assert f"support ended on {last_day(roster, 'Globex Logistics')}" in answer and "BrightPath IT" in answer


def test_the_last_day_and_when_the_provider_should_have_been_in_touch_are_both_answered(roster):
    answer = ask(roster, "when's hooli's last day again and when should castle tech have been in touch by?")
    assert f"the last day of support is {last_day(roster, 'Hooli Bakery')}" in answer
    assert "new provider should contact us by" in answer


def test_who_should_be_signing_for_a_client_with_no_owner_is_answered_with_who_signs_meanwhile(roster):
    answer = ask(roster, "Hooli doesn't have an account owner on the sheet. Who should be signing stuff to them?")
    assert "No account owner is on record for Hooli Bakery" in answer and "sign what goes to them yourself" in answer


def test_a_key_date_each_for_clients_in_notice_or_just_finished_lists_the_ended_ones_with_their_last_day(roster):
    answer = ask(roster, "Quick one for our MD: 3 bullets, one per client we're still transitioning or just finished "
                         "with, with the key date each. Keep it tight.", conversation="D-md-ended")
    assert f"Acme Dental: last day of support {last_day(roster, 'Acme Dental')}" in answer
    assert f"Globex Logistics: support ended on {last_day(roster, 'Globex Logistics')}" in answer


def test_whether_the_final_invoice_has_gone_out_is_never_answered_from_the_phase(roster):
    answer = ask(roster, "Has Acme's final invoice gone out and how much is it?")
    assert "No amounts are on record" in answer and not answer.splitlines()[-1].startswith("No.")
    assert "No. Acme Dental is in transition" not in answer


def test_the_owner_and_the_providers_email_asked_together_are_both_answered(roster):
    answer = ask(roster, "who's the account owner for Hooli and what's Castle Tech's email? I need to send them the "
                         "handover doc")
    assert "No account owner is on record for Hooli Bakery" in answer and "Castle Tech" in answer


def test_a_rumour_that_an_active_client_is_getting_the_chop_is_answered_no_from_the_record(roster):
    answer = ask(roster, "Heard a rumour Initech is getting the chop too — true?")
    assert answer.splitlines()[-1].startswith("No. Initech is an active client")


def test_days_left_counting_today_count_today_too(roster):
    end = date.fromisoformat(roster.clients.get("Acme Dental")["end_date"])
    days = (end - calendar.today()).days + 1
    assert f"({days} days counting today)" in ask(roster, "how many days of support has Acme got left, counting today?")


def test_who_else_owns_an_away_owners_clients_says_nobody_else_is_on_record(roster):
    owner = roster.clients.get("Acme Dental")["account_owner"]
    answer = ask(roster, f"{owner.split()[0]}'s off sick. Who else owns Acme and Vandelay?")
    assert f"Nobody else is on record to cover {owner}'s accounts while away: ask your manager who covers" in answer


def test_a_day_said_of_one_client_is_not_corrected_as_another_clients(closed):
    # ("Hooli's last day is Mon 4 Jan right? oh and whats acme's cutoff": right for Hooli, and put to nobody else)
    text = closed.handle(staff("when do castle tech need to contact us by? Hooli's last day is Mon 4 Jan right? oh and "
                               "whats acme's cutoff for their new provider")).reply.text
    assert "Acme Dental's new provider should contact us by" in text and "Wednesday 23 December 2026" in text
    assert "Not Monday 4 January 2027" not in text


def test_a_claim_we_never_handed_over_their_data_asked_as_did_we_is_the_tracker_not_a_lecture(bot):
    text = bot.handle(staff("the logistics lot (Globex) are telling BrightPath we never handed over their data. did we??")).reply.text
    assert "Not on record" in text and "data-export" in text and "invoice" not in text


def test_which_clients_still_need_something_from_us_lists_those_in_notice_with_their_provider_days(roster):
    answer = ask(roster, "Which clients still need something from us before Christmas?")
    assert "In transition (2):" in answer and "new provider to contact us by" in answer and "Globex" not in answer


def test_which_clients_are_in_notice_and_who_is_looking_after_each_names_the_owners(roster):
    answer = ask(roster, "which clients are still in their notice period and who's looking after each?")
    assert "In transition (2):" in answer and "account owner Priya" in answer and "no account owner on record" in answer
