"""Client messages a person must answer, and replies that must notice who wrote and what they said:
legal threats, asking for a human, an active client worried about being dropped or about to leave, a
demand for the reason when none is written down, greeting the actual sender, and acknowledging an
apology, a payment or thanks before anything else."""
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest

from bot.message import CLIENT, DRAFT, HANDOFF, IGNORE, REPLY, IncomingMessage
from intents import cues, escalation_cues
from responses.render import long_date
from tests.support import calendar
from tests.support.messages import what_was_said
from tests.support.records import add_hooli, add_vandelay
from tools import review

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def config(config):
    return replace(config, reply_mode="auto")


def said(text, client, sender="Dana Lee", thread="t1"):
    return IncomingMessage(text=text, platform="slack", sender_id="U_EXT", sender_name=sender, audience=CLIENT,
                           client=client, conversation_id="C_" + client.split()[0].upper(), thread_id=thread)


def reply_text(decision):
    """What the client reads: the reply sent, or the one drafted for a person to approve."""
    return decision.reply.text if decision.reply else decision.draft.text


def body(decision):
    """The reply between greeting and signature."""
    return reply_text(decision).split("\n\n", 1)[1].rsplit("\n\n", 1)[0]


# -- legal threats -----------------------------------------------------------------------------------
@pytest.mark.parametrize("client,text", [
    ("Acme Dental", "our laywer will be in touch about how you've ended this"),
    ("Acme Dental", "We have asked our solicitors to look at the notice period you gave us."),
    ("Acme Dental", "Two things: we're taking legal advice on this, and also can you send us our backups?"),
    ("Globex Logistics", "You are in breach of contract and we will see you in court."),
    ("Globex Logistics", "we're considering legal action over the way this was handled"),
    ("Globex Logistics", "This office represents Globex Logistics; all further contact should go through us."),
    ("Acme Dental", "if our email goes down before the end I will sue you"),
    ("Globex Logistics", "We are raising a formal dispute about the termination."),
])
def test_a_legal_threat_goes_to_a_person_never_a_template(bot, client, text):
    decision = bot.handle(said(text, client))
    assert decision.action == HANDOFF and decision.reply is None
    assert decision.intent == "formal_complaint"
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert "free to share" not in draft and "decision stands" not in draft and "final" not in draft


def test_an_active_client_threatening_legal_action_reaches_a_person(bot):
    decision = bot.handle(said("our attorney says the outage last week breached the SLA and we want damages",
                               "Initech"))
    assert decision.action == HANDOFF and decision.staff_notice is not None and decision.reply is None


@pytest.mark.parametrize("text", ["Sue from accounts asked for a copy of the last invoice",
                                  "we had a data breach scare last week, all fine now",
                                  "the courtyard printer is jammed again"])
def test_words_that_only_look_legal_are_no_legal_threat(text):
    assert not escalation_cues.threatens_legal(text)


# -- a human, please -----------------------------------------------------------------------------------
@pytest.mark.parametrize("client,text", [
    ("Acme Dental", "can I please talk to an actual human about all this"),
    ("Globex Logistics", "Stop sending me automated replies."),
    ("Acme Dental", "is this a bot? put me through to someone who can actually decide things"),
    ("Globex Logistics", "I'd like a real person to ring me back today"),
])
def test_asking_for_a_person_is_handed_to_one_with_a_holding_draft(bot, client, text):
    decision = bot.handle(said(text, client))
    assert decision.action == HANDOFF and decision.reply is None and decision.intent == "wants_a_person"
    notice = decision.staff_notice.text
    assert "Draft reply" in notice
    if client == "Acme Dental":
        assert "Priya" in notice.split("Draft reply", 1)[1]


def test_asking_who_handles_the_handover_is_still_answered(bot):
    decision = bot.handle(said("who should we talk to about the handover?", "Acme Dental"))
    assert decision.action == REPLY and "Priya" in decision.reply.text


# -- an active client: quiet, unless they fear being dropped or think of leaving ---------------------------
@pytest.mark.parametrize("text", [
    "Word is you're letting some customers go. Is that going to be us?",
    "are you planning to drop us too?",
    "We may move to another IT company next year. How much notice do you need?",
    "we've been thinking about cancelling our contract with you",
    "saw a post about you guys winding down some clients - should we be worried?",   # ("down" is no fault here)
])
def test_an_active_client_worried_about_being_dropped_or_leaving_reaches_a_person(bot, text):
    decision = bot.handle(said(text, "Initech", sender="Bill Lumbergh"))
    assert decision.action == HANDOFF and decision.reply is None
    assert "Initech" in decision.staff_notice.text


@pytest.mark.parametrize("text", ["the scanner on the second floor won't connect",
                                  "can you reset Milton's password please",
                                  "we're moving the printer to the other office, can someone help?"])
def test_an_active_clients_ordinary_ticket_stays_quiet(bot, text):
    decision = bot.handle(said(text, "Initech", sender="Bill Lumbergh"))
    assert decision.action == IGNORE and decision.reply is None and decision.staff_notice is None


# -- "you never said why", with nothing written down ------------------------------------------------------
@pytest.mark.parametrize("text", ["Nobody ever explained why you're ending this. We deserve a proper explanation.",
                                  "you still haven't given us a reason for dumping us",
                                  "I want to know the actual reason, not some vague line"])
def test_a_demand_for_the_reason_with_none_written_goes_to_a_person(bot, text):
    bot.clients.edit("Acme Dental", reason=None)
    decision = bot.handle(said(text, "Acme Dental"))
    assert decision.action == HANDOFF and decision.reply is None
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    # the category on record, said plainly, and the owner to go through the detail nobody wrote down
    assert "late payment" in draft and "I'll be in touch to go through it with you" in draft


@pytest.mark.parametrize("text", ["Can I ask what we did wrong? I thought we were good clients.",
                                  "We pay on time every month so why us??"])
def test_why_us_with_only_a_category_on_record_goes_to_a_person(bot, text):
    # "late payment" alone is a label, not the concrete reason a client asking why is owed.
    bot.clients.edit("Acme Dental", reason=None)
    decision = bot.handle(said(text, "Acme Dental", thread=f"t-{text[:9]}"))
    assert decision.action == HANDOFF and decision.reply is None
    assert "offboard reason" in decision.staff_notice.text


def test_a_demand_for_the_reason_is_answered_when_it_is_written_down(bot):
    bot.clients.edit("Acme Dental", reason="three invoices this year were paid more than 60 days late")
    decision = bot.handle(said("Nobody ever explained why you're ending this. We deserve a proper explanation.",
                               "Acme Dental"))
    assert decision.action == REPLY and "more than 60 days late" in decision.reply.text


# -- who is greeted -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender,greeting", [
    ("Jen Okafor", "Hi Jen,"), ("", "Hello,"), ("BrightPath IT Support", "Hello,"), ("Acme Dental", "Hello,"),
    ("frontdesk@acme.example", "Hello,"), ("Dr Miriam Lin", "Hi Dr Lin,"), ("Accounts Payable", "Hello,"),
])
def test_the_reply_greets_the_person_who_wrote_or_nobody_by_name(bot, sender, greeting):
    decision = bot.handle(said("when is the last day of support?", "Acme Dental", sender=sender))
    assert decision.action == REPLY and decision.reply.text.startswith(greeting + "\n")


def test_the_review_replays_clients_without_a_name_unless_they_sign_one():
    unsigned = review.message_for(1, {"audience": "client", "client": "Acme Dental", "text": "when do you stop?"})
    signed = review.message_for(2, {"audience": "client", "client": "Acme Dental",
                                    "text": "Could you send the domain details over?\nThanks,\nMarisol"})
    assert unsigned.sender_name == "" and signed.sender_name == "Marisol"


def test_the_review_shows_the_reviewer_who_asked_each_staff_question():
    """A voicemail or a text is in the asker's name: the reviewer must see that name to judge it."""
    asker = review.message_for(1, {"audience": "staff", "client": None, "text": "voicemail for acme?"}).sender_name
    shown = review.readable([{"n": 1, "audience": "staff", "client": None, "phase": None, "message": "voicemail for acme?",
                              "expect": "", "action": "reply", "intent": "x", "principle": None, "answered_about": None,
                              "reply": "", "staff_notice": "", "draft": "", "draft_note": "", "choices": []}])
    assert asker and f"**From:** {asker}" in shown


# -- apology, payment, thanks: acknowledged first --------------------------------------------------------------
@pytest.mark.parametrize("client,text,opening", [
    ("Acme Dental", "We've now cleared every overdue invoice, surely that changes things?", "payment"),
    ("Globex Logistics", "Apologies for how our people spoke to yours. Any chance we could come back in spring?",
     "apology"),
    ("Acme Dental", "Thank you for all the help over the years. When is the last day of support?",
     "kind words"),
])
def test_an_apology_payment_or_thanks_is_acknowledged_first_and_the_decision_holds(bot, client, text, opening):
    decision = bot.handle(said(text, client))
    assert decision.action in (REPLY, DRAFT)
    first = body(decision).split(". ")[0]
    assert opening in first.lower()
    sentences = [s for s in body(decision).replace("\n", " ").split(". ") if s]
    assert len(sentences) == len(set(sentences))
    if opening != "kind words":
        assert "final" in reply_text(decision) or "stands" in reply_text(decision)


@pytest.mark.parametrize("text", ["is it because we paid late?", "thanks for nothing, really",
                                  "sorry but this is ridiculous, why are you doing this?",
                                  "apologies for the slow reply, what date do you finish?",
                                  "sorry for chasing, when is the handover meeting?",
                                  # (fees paid over the years, said sourly, are no payment to thank)
                                  "I've paid you good money for years and this is how you treat people?",
                                  # (an apology made to someone else is none to us)
                                  "Is this because of the complaint Dr Patel made? She has apologised to him.",
                                  "Is this about the row with Dr Patel?? he's apologised to your tech"])
def test_nothing_is_acknowledged_that_was_not_said(text):
    assert cues.acknowledgements(text) == ()


# -- another language -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,other", [
    ("Warum beenden Sie den Vertrag mit uns? Wir haben immer bezahlt.", True),
    ("Nous voudrions récupérer nos données avant la fin du contrat, merci", True),
    ("Необходимо получить пароли администратора", True),
    ("my english not good, sorry. we want stay, we pay more", False),
    ("server room aircon dead again upstairs", False),
])
def test_a_message_in_another_language_is_told_apart_from_plain_or_broken_english(text, other):
    assert escalation_cues.other_language(text) is other


@pytest.mark.parametrize("client", ["Acme Dental", "Globex Logistics"])
def test_a_client_writing_in_another_language_is_read_by_a_person_not_answered(bot, client):
    decision = bot.handle(said("Bonjour, pouvez-vous nous dire pourquoi vous arrêtez le contrat? Merci", client))
    assert decision.action == HANDOFF and decision.reply is None and decision.intent == "other_language"


def test_staff_writing_in_another_language_are_asked_for_english_and_nothing_is_guessed(bot):
    decision = bot.handle(IncomingMessage(text="Hoe lang duurt zo'n overdracht meestal? Ik schrijf een document.",
                                          platform="console", sender_id="U_STAFF"))
    assert decision.principle is None and "only read English" in decision.reply.text


@pytest.mark.parametrize("text,about_a_person", [
    ("The engineer you sent yesterday shouted at our practice manager. Unacceptable.", True),
    ("honestly your account manager was condescending on the phone today", True),
    ("the technician sorted the printer, cheers", False),
])
def test_a_complaint_about_how_one_of_our_people_treated_them_goes_to_management(bot, text, about_a_person):
    decision = bot.handle(said(text, "Acme Dental"))
    assert (decision.intent == "formal_complaint" and decision.action == HANDOFF) is about_a_person


@pytest.mark.parametrize("text,erase", [
    ("Once we're moved over, please wipe every copy of our files you still keep.", True),
    ("We require you to destroy any backups you hold of ours and confirm it.", True),
    ("will our data be deleted after the last day?", False),
    ("can you delete the old shared mailbox for reception please", False),
])
def test_a_request_to_erase_what_we_hold_is_told_apart_from_a_worry_or_a_ticket(text, erase):
    assert escalation_cues.asks_us_to_erase(text) is erase


def test_an_erasure_request_goes_to_a_person_with_their_copy_first_in_the_draft(bot):
    decision = bot.handle(said("Under GDPR we ask you to erase all the information you have about us.", "Acme Dental"))
    assert decision.action == HANDOFF and decision.intent == "erase_request" and decision.reply is None
    assert "full copy of everything that is yours" in decision.staff_notice.text


# -- thanks for the years ------------------------------------------------------------------------------
def test_thanks_for_the_years_gets_a_warm_answer_and_a_passing_cheers_stays_with_the_people_there(bot):
    warm = bot.handle(said("Wanted to say thank you for six good years, all the best to the whole team",
                           "Acme Dental", thread="t-warm"))
    assert warm.intent == "gratitude" and warm.principle is None   # thanks is small talk, as in the catalog
    assert "handover" in reply_text(warm) and "final" not in reply_text(warm)
    passing = bot.handle(said("cheers, have a good weekend all", "Acme Dental", thread="t-pass"))
    assert passing.action == IGNORE


def test_a_promise_to_pay_is_not_thanked_as_a_payment():
    assert "payment" not in cues.acknowledgements("Give us until spring and I'll see that each invoice is paid "
                                                  "the day it lands. Every bill is paid on time from now on, promise.")


@pytest.mark.parametrize("text", ["We paid every single bill on time, so why us?", "we paid you faithfully for 8 years"])
def test_a_history_of_paying_is_not_thanked_as_a_payment(text):
    assert "payment" not in cues.acknowledgements(text)


def test_a_client_checking_a_wrong_end_date_is_told_the_real_one(bot):
    decision = bot.handle(said("our contract runs until the end of January, yes? that's what our bookkeeper thinks",
                               "Acme Dental", thread="t-date"))
    end = bot.clients.get("Acme Dental")["end_date"]
    assert decision.intent == "end_date"
    assert str(int(end[8:])) in reply_text(decision) and "help desk" not in reply_text(decision).split(".")[0]


def test_the_new_provider_asking_who_to_talk_to_is_answered_not_ignored(bot):
    decision = bot.handle(said("Our new IT firm would like to know who they should speak to on your side",
                               "Acme Dental", thread="t-who"))
    assert decision.intent == "contact" and decision.action != IGNORE


@pytest.mark.parametrize("text,provider", [
    ("Morning, this is Lena at Fernhill Systems, we're taking over Acme Dental's IT. Who do we talk to?", True),
    ("Hi, Fernhill Systems here regarding Acme Dental: who should we speak to about the handover?", True),
    ("We still haven't heard back from Fernhill Systems, who should we talk to?", False),
])
def test_the_new_provider_writing_in_is_told_apart_from_the_client(text, provider):
    assert cues.writes_as_the_new_provider(text, "Fernhill Systems") is provider


def test_the_new_provider_asking_who_to_talk_to_is_answered_as_the_provider(bot):
    decision = bot.handle(said("Hello, we're the new IT provider for Acme Dental - who do we speak to about the "
                               "handover?", "Acme Dental", sender="", thread="t-prov"))
    text = reply_text(decision)
    assert "Acme Dental's account" in text and "your account" not in text and "help desk" not in text


@pytest.mark.parametrize("text,hardship", [
    ("I know we've paid late. My mum was in hospital most of the summer and everything slipped. Please reconsider.", True),
    ("Our founder passed away in October, which is partly why things have been chaotic.", True),
    ("the backup server died overnight, can someone look?", False),
])
def test_someone_telling_us_about_hardship_is_answered_by_a_person(bot, text, hardship):
    decision = bot.handle(said(text, "Acme Dental", thread=f"t-{text[:12]}"))
    assert (decision.action == HANDOFF and decision.intent == "hardship") is hardship
    if hardship:
        assert "very sorry to hear" in decision.staff_notice.text and decision.reply is None


@pytest.mark.parametrize("text,new", [
    ("Hello, I am new practice manager since two weeks. I find your letter about end of contract. Please can you "
     "explain me what is happening and what I must to do?", True),
    ("Hi, I've just taken over as office manager. Can you fill me in on what's going on with our IT?", True),
    ("what is happening with the printer?? it keeps jamming", False),
])
def test_someone_new_asking_what_is_happening_gets_a_person_with_the_whole_picture_drafted(bot, text, new):
    decision = bot.handle(said(text, "Acme Dental", thread=f"t-{text[:12]}"))
    assert (decision.action == HANDOFF and decision.intent == "new_contact") is new
    if new:
        acme = bot.clients.get("Acme Dental")
        draft = decision.staff_notice.text
        assert long_date(date.fromisoformat(acme["end_date"])) in draft and "The reason is late payment" in draft
        assert "get in touch with us by" in draft and "Priya" in draft


def test_a_threat_to_post_a_bad_review_goes_to_the_owner_with_a_calm_draft(bot):
    decision = bot.handle(said("Fine. Everyone on Google is going to hear how you treat small practices. One star.",
                               "Acme Dental", thread="t-review"))
    assert decision.action == HANDOFF and decision.reply is None
    assert decision.intent == "bad_review_threat" and "Draft reply" in decision.staff_notice.text


@pytest.mark.parametrize("text,client,returned", [
    ("Merry Christmas early to the team! No hard feelings.", "Globex Logistics", "the same to you"),
    ("Happy (belated) Thanksgiving to everyone there from the warehouse crew!", "Globex Logistics", "the same to you"),
    ("Just wanted to say thanks for the years of help even though it ended this way.", "Globex Logistics", "kind"),
])
def test_goodwill_from_a_client_is_answered_in_kind(bot, text, client, returned):
    decision = bot.handle(said(text, client, thread=f"t-{text[:10]}"))
    assert decision.action == REPLY and returned in decision.reply.text
    assert "frustrat" not in decision.reply.text


@pytest.mark.parametrize("text", ["You people are useless. Left us with a mess and nobody documented anything.",
                                  "honestly this is disgraceful, after six years you just drop us"])
def test_an_angry_client_is_answered_by_a_person_from_a_calm_draft(bot, text):
    decision = bot.handle(said(text, "Acme Dental", thread=f"t-{text[:10]}"))
    assert decision.action == HANDOFF and decision.reply is None
    assert "Draft reply" in decision.staff_notice.text


def test_the_new_provider_starting_on_the_last_day_is_arranging_the_handover_not_asking_for_after_it(bot):
    bot.clients.edit("Acme Dental", new_provider="Fernhill Systems")
    decision = bot.handle(said("Hi, Raj from Fernhill Systems. We're taking over Acme Dental from the day you stop. "
                               "Could we schedule a handover call next week?", "Acme Dental", sender="", thread="t-raj"))
    assert decision.intent != "after_last_day"
    assert decision.reply is None or "won't be able to take on requests" not in decision.reply.text


def test_asking_when_the_final_bill_comes_is_not_asking_for_the_last_day():
    assert not cues.asks_end_date("Can we get a summary of what you're handing over? And when's the final bill coming?")
    assert cues.asks_end_date("when's the last day?")


def test_sorry_for_my_english_is_no_apology_to_thank():
    assert "apology" not in cues.acknowledgements("Hello, I am Marie. Sorry for my english. Why do you stop with us?")


@pytest.mark.parametrize("text,named", [
    ("Our new IT provider will be DentalTech Solutions, they'll be in touch. What will they need from you?",
     "DentalTech Solutions"),
    ("We signed with Castle Tech! Their guy is Marco, marco@castletech.example. What do you need from us?", "Castle Tech"),
])
def test_a_client_naming_its_new_provider_reaches_a_person_who_records_it(bot, text, named):
    decision = bot.handle(said(text, "Acme Dental", thread=f"t-{named}"))
    assert decision.action == HANDOFF and decision.intent == "provider_handover"
    notice = decision.staff_notice.text
    assert f"Thank you for letting us know that {named} is taking over" in notice and "network diagrams" in notice
    assert f'offboard provider "Acme Dental" "{named}"' in notice


def test_a_client_sad_about_the_ending_is_comforted_not_told_we_understand_their_anger(bot):
    decision = bot.handle(said("honestly i'm so sad about this, you guys have always been great to us 😢", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "kind words" in draft and "upset" not in draft and "frustrat" not in draft


def test_a_charge_questioned_after_leaving_is_checked_by_a_person_not_declined(bot):
    decision = bot.handle(said("We still got billed on the 1st for the backup service?? We left you weeks ago.",
                               "Globex Logistics", thread="t-billed"))
    assert decision.action == HANDOFF
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "put right" in draft and "not able to help" not in draft


def test_paying_twice_by_mistake_is_no_payment_to_thank():
    assert "payment" not in cues.acknowledgements("We paid the final invoice twice by mistake. Please refund it.")


def test_licences_still_on_our_account_after_the_end_are_handed_over(bot):
    decision = bot.handle(said("Our Adobe licences renew next week and they're still on your account. What do we do?",
                               "Globex Logistics", thread="t-adobe"))
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"


def test_asking_to_push_the_end_date_back_is_asking_for_more_time(bot):
    decision = bot.handle(said("Could we push the end date to Jan 31? The holidays are our busiest time.", "Acme Dental",
                               thread="t-push"))
    assert "the last day stays as it is" in reply_text(decision)


@pytest.mark.parametrize("text", ["Hello, Marcus from ClearBridge IT here. Acme Dental have just signed with us. "
                                  "What's your availability next week for the handover?",
                                  "Hi, NorthStar Managed Services here. Acme Dental is considering us. Could you share "
                                  "their network documentation?"])
def test_another_firm_writing_about_the_client_gets_a_draft_written_to_that_firm(bot, text):
    decision = bot.handle(said(text, "Acme Dental", sender="", thread=f"t-{text[:14]}"))
    assert decision.action == HANDOFF
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "Acme Dental's account" in draft and "confirmed it with us" in draft
    assert "your account" not in draft and "Your domain" not in draft


def test_a_calm_why_read_as_anger_is_answered_with_the_reason_on_record(bot):
    decision = bot.handle(said("We got your notice. Can I ask honestly why? We've been with you six years.",
                               "Acme Dental", thread="t-why6"))
    assert decision.intent == "explain_reason" and "paid 30-60 days late" in reply_text(decision)


def test_an_ex_client_asking_if_we_are_still_their_provider_is_told_plainly(bot):
    decision = bot.handle(said("I'm the new office manager. Are you still our IT provider? The files say you are.",
                               "Globex Logistics", thread="t-still"))
    assert decision.action == REPLY and "no longer look after your IT" in decision.reply.text


def test_a_client_giving_the_providers_email_is_not_asked_for_it(bot):
    bot.clients.edit("Acme Dental", new_provider="Castle Tech")
    decision = bot.handle(said("Can you send the wifi passwords and router login to our new guys at castle tech? "
                               "their email is ops@castletech.example", "Acme Dental", thread="t-ops"))
    assert decision.intent == "credentials_handover"
    assert "don't have contact details" not in decision.staff_notice.text


def test_a_handed_off_message_of_several_requests_gets_a_draft_answering_the_parts_read(bot):
    decision = bot.handle(said("1. new laptop for Sarah needs setting up 2. can we get copies of all our files from the "
                               "server before you go 3. do we have to pay the december invoice if you're leaving",
                               "Acme Dental", thread="t-three"))
    assert decision.action == HANDOFF
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "external drive" in draft and "I'll come back to you shortly on the other points in your message" in draft


def test_holiday_wishes_with_exclamation_marks_are_returned_in_kind(bot):
    decision = bot.handle(said("Merry Christmas from all of us at Acme!! We're dropping a box of stollen at your office "
                               "on Thursday.", "Acme Dental", thread="t-stollen"))
    assert decision.action == REPLY and "the same to you" in decision.reply.text


def test_a_furious_client_who_paid_for_years_is_not_thanked_for_a_payment():
    assert "payment" not in cues.acknowledgements("I'm furious. You left us with a mess. We paid you for years and "
                                                   "this is how it ends?")


def test_renewal_notices_from_us_after_the_end_go_to_a_person_with_a_draft_that_answers(bot):
    decision = bot.handle(said("We're getting renewal notices for our Adobe licences from YOUR company?? Who do we pay?",
                               "Globex Logistics", thread="t-renew"))
    assert decision.action == HANDOFF
    assert "put right" in decision.staff_notice.text.split("Draft reply", 1)[1]


def test_an_offer_of_paid_work_is_thanked_for_no_payment():
    assert "payment" not in cues.acknowledgements("We have a project in Q1. Fully paid, separate from the old contract.")
    assert "payment" in cues.acknowledgements("Acme just paid the overdue invoice.")


def test_a_fault_reported_without_asking_still_reaches_someone(bot):
    decision = bot.handle(said("Hiya, Acme here. The booking dashboard won't load on the front desk PC. Thanks!",
                               "Acme Dental", thread="t-dash"))
    assert decision.action != IGNORE


@pytest.mark.parametrize("text,client,answer", [
    ("ok fine. last question, will you still fix stuff up to the 21st or are you already gone", "Acme Dental",
     "fully supported until"),
    ("what date did our support end? the new people we're hiring want to know", "Globex Logistics", "ended on"),
])
def test_a_date_question_in_other_words_is_answered_from_the_record(bot, text, client, answer):
    decision = bot.handle(said(text, client, thread=f"t-{text[:12]}"))
    assert decision.action == REPLY and answer in decision.reply.text


def test_a_letter_asking_for_the_reason_is_not_taken_for_good_wishes_by_its_sign_off(bot):
    """ "Best wishes" above a name closes a letter; a client asking us to spell the reason out in writing is
    owed that reason, not "the same to you"."""
    letter = ("Dear Priya,\n\nThanks for ringing me on Friday. Having thought about it over the weekend I still "
              "don't follow what went wrong. I'd appreciate it if you could set the reason out in an email I can "
              "forward to our directors.\n\nBest wishes,\nOwen Hart\nAcme Dental")
    decision = bot.handle(said(letter, "Acme Dental", thread="t-letter"))
    assert decision.intent != "gratitude" and decision.principle == "honest"
    assert "the same to you" not in ((decision.reply or decision.draft).text if (decision.reply or decision.draft) else "")
    wish = bot.handle(said("Best wishes to all of you for the new year, and thanks for everything.", "Globex Logistics",
                           thread="t-wish"))
    assert wish.action == REPLY and wish.intent == "gratitude"


def test_a_question_about_paying_for_the_month_after_the_end_reaches_a_person_with_a_draft(bot):
    """Not small talk: whether they owe for January is a question about the final bill, checked by a person."""
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    after = (end.replace(day=1) + timedelta(days=32)).strftime("%B")   # the month after the last day's
    decision = bot.handle(said(f"Will we still have to pay for {after}? I think our agreement renews on the 1st.",
                               "Acme Dental", thread="t-january"))
    assert decision.action == HANDOFF and decision.intent == "loose_ends"
    assert "final invoice covers" in decision.staff_notice.text


@pytest.mark.parametrize("text,client", [
    ("Hello, could you confirm what date our support actually ends? I'm new here and missed the letter.", "Acme Dental"),
    ("When did our agreement with you end, exactly? Our auditors want the date.", "Globex Logistics"),
])
def test_the_last_day_asked_in_a_longer_message_is_answered_from_the_record(bot, text, client):
    decision = bot.handle(said(text, client, thread=f"t-{text[:8]}"))
    assert decision.action == REPLY and decision.intent == "end_date"
    assert long_date(date.fromisoformat(bot.clients.find(client)["end_date"])) in decision.reply.text


def test_a_client_with_nobody_lined_up_is_told_their_systems_keep_running(bot):
    """'Will our email just stop?' is the worry: the reply says we switch nothing of theirs off."""
    for number in range(2):   # both wordings of the reply
        decision = bot.handle(said("Still nobody lined up here. What happens after your last day if we have no one? "
                                   "Does everything just stop?" + " " * number, "Acme Dental", thread=f"t-nobody-{number}"))
        text = (decision.reply or decision.draft).text
        assert "off: the only thing we remove is our own access" in text


def test_an_ex_client_with_no_provider_on_record_is_always_given_a_next_step(bot):
    bot.clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60),
                    end_date=calendar.iso_day(-30), reason_category="never_satisfied")
    asks = ["the printer stopped printing on friday, you can help please?", "Outlook keeps crashing, can you look?",
            "can someone reset the wifi router for us", "our scanner won't email anymore, any chance of a quick fix?",
            "VPN is down again, please help", "could you add a new user to our email please"]
    replies = [bot.handle(said(text, "Vandelay Imports", thread=f"t-next-{i}")) for i, text in enumerate(asks)]
    texts = [(d.reply or d.draft).text for d in replies if d.reply or d.draft]
    assert len(texts) >= 4
    for text in texts:
        assert "provider of your choice" in text or "IT company that looks after you now" in text, text


# -- drafts that answer what was asked, even when the route is in doubt ----------------------------------
def handoff_draft(decision):
    """The wording a person is asked to check: in the notice of a hand-off, or the draft to approve."""
    if decision.action == HANDOFF:
        return decision.staff_notice.text.split("Draft reply (check it, then send):", 1)[-1]
    return reply_text(decision)


def test_an_ex_client_finding_our_agent_still_on_their_laptops_is_told_it_comes_off_not_that_support_ended(bot):
    decision = bot.handle(said("Why is there still a remote management agent from your company on our laptops? "
                               "Are you watching us?", "Globex Logistics", thread="agent"))
    draft = handoff_draft(decision)
    assert "removed" in draft and "not able to help" not in draft and "no longer able" not in draft


def test_a_final_invoice_said_to_be_wrong_gets_a_check_and_a_question_about_which_lines(bot):
    decision = bot.handle(said("Your final invoice is wrong and we're not paying it until it's fixed.",
                               "Globex Logistics", thread="invoice"))
    draft = handoff_draft(decision)
    assert "which lines" in draft and "put right" in draft


def test_a_long_plea_to_come_back_read_in_doubt_still_drafts_the_kind_no(bot):
    decision = bot.handle(said("Look, I'll be honest. Since you left us its been a mess, the part-time guy we found "
                               "doesnt know our systems. I know we were hard on your team. Id like to come back. "
                               "We'll be better, I promise, whatever it takes.", "Globex Logistics", thread="back"))
    draft = handoff_draft(decision)
    assert "stands" in draft or "final" in draft
    assert "will come back to you on this" not in draft


def test_a_clients_season_greeting_is_answered_in_kind(bot):
    decision = bot.handle(said("Happy December to everyone over there! Hope you're not too swamped 🎄", "Acme Dental",
                               thread="season"))
    assert decision.action in (REPLY, DRAFT) and "same to you" in reply_text(decision)


# -- client messages found in a staff-heavy development set (dev14) -----------------------------------------
def test_a_client_fearing_a_lock_out_after_the_holidays_is_reassured_not_ignored(bot):
    decision = bot.handle(said("So I guess after Christmas you lock us out of everything?", "Acme Dental", thread="lock"))
    assert decision.action != IGNORE and "we switch nothing of yours off: the only thing we remove" in reply_text(decision)


def test_warm_thanks_with_a_compliment_gets_a_short_warm_answer(bot):
    decision = bot.handle(said("thx for sorting the reception printer yesterday, you guys are stars. have a good week!",
                               "Acme Dental", thread="stars"))
    assert decision.action in (REPLY, DRAFT) and "very kind of you" in reply_text(decision)


def test_money_offered_on_what_they_owe_goes_to_the_account_owner_with_the_kind_no_drafted(bot):
    decision = bot.handle(said("we can pay every open invoice today AND 6 months up front. please let us stay",
                               "Acme Dental", thread="settle"))
    assert decision.action == HANDOFF and "decision stands" in handoff_draft(decision)
    assert not cues.offers_to_settle("can you clear the cache on the front desk pc please")


def test_who_would_you_recommend_is_the_offer_to_suggest_providers(bot):
    decision = bot.handle(said("Who would you recommend we go to? We don't know any other IT companies around here.",
                               "Acme Dental", thread="rec"))
    assert "suggest a few IT providers" in reply_text(decision)


def test_a_setup_question_after_the_end_saying_the_docs_lack_it_is_declined_with_what_is_missing_offered(bot):
    decision = bot.handle(said("BrightPath here, on behalf of Globex. How was backup retention configured? We can't find "
                               "it in the docs you sent.", "Globex Logistics", thread="gap"))
    assert decision.action != REPLY and decision.intent == "provider_config_question"
    said_to_them = (decision.draft or decision.staff_notice).text
    assert "no longer able to take on questions about how things were set up" in said_to_them
    assert "never reached you, let us know: we'll send them" in said_to_them


def test_a_domain_renewal_notice_sent_to_us_is_a_domain_handover_not_a_billing_query(bot):
    decision = bot.handle(said("Our domain renewal notice went to one of your email addresses. Is the domain still in "
                               "your account?? We need it moved asap.", "Globex Logistics", thread="domain"))
    draft = handoff_draft(decision)
    assert "domain" in draft and "charged" not in draft


# -- client messages from round 20's set, mended after it ---------------------------------------------------
def test_an_insult_with_a_guess_at_the_reason_goes_to_a_person(bot):
    decision = bot.handle(said("You ditched us because we asked for a couple of extra projects. Pathetic.",
                               "Globex Logistics", thread="insult"))
    assert decision.action == HANDOFF and "Thank you for asking" not in handoff_draft(decision)


def test_keeping_our_monitoring_running_past_the_end_is_the_kind_no_to_more_time(bot):
    decision = bot.handle(said("could you keep your remote monitoring running until our new people are set up in january?",
                               "Acme Dental", thread="monitor"))
    assert "can't continue our support beyond" in reply_text(decision)


def test_a_client_that_may_change_provider_hears_nothing_changes_on_our_side(bot):
    decision = bot.handle(said("We're actually thinking of going with someone else instead of BrightPath. Does that change "
                               "anything?", "Acme Dental", thread="change"))
    draft = handoff_draft(decision)
    assert "doesn't change anything on our side" in draft and "decision" not in draft


def test_a_final_invoice_never_received_is_not_treated_as_one_disputed(bot):
    decision = bot.handle(said("We never got a final invoice. Do we still owe you anything?", "Globex Logistics",
                               thread="owed"))
    draft = handoff_draft(decision)
    assert "whether anything is still owed" in draft and "which lines look wrong" not in draft


def test_licences_still_billed_through_our_account_are_theirs_to_move(bot):
    decision = bot.handle(said("pretty sure our Microsoft licences are still billed through your account? they renew soon",
                               "Globex Logistics", thread="licences"))
    assert decision.intent == "credentials_handover" and "charged in error" not in handoff_draft(decision)


def test_a_long_personal_plea_goes_to_a_person_with_the_kind_no_drafted(bot):
    plea = ("Dear team, we have been with you for six years. I know we have been slow with payments and I am truly sorry, "
            "the practice had a terrible year, we lost two hygienists and had the flood in March. But from now on we will "
            "pay within ten days, every time, I promise you. Please, please give us one more chance. We cannot face "
            "changing everything right now and we trust your people. Linda")
    decision = bot.handle(said(plea, "Acme Dental", thread="letter"))
    assert decision.action == HANDOFF and "final" in handoff_draft(decision)
    short = bot.handle(said("please give us one more chance, we'll pay on time", "Acme Dental", thread="short-plea"))
    assert short.action in (REPLY, DRAFT)


# -- from dev set 15 (read for failure classes, not kept) -----------------------------------------------------------
def test_an_offer_to_pay_more_is_not_thanked_as_a_payment(bot):
    decision = bot.handle(said("Would you stay on if we paid 50% more?", "Acme Dental", thread="more"))
    assert "the payment" not in reply_text(decision) and "decision is final" in reply_text(decision)


def test_a_second_question_on_another_matter_goes_to_a_person_with_the_first_answered(bot):
    decision = bot.handle(said("Will you delete our emails once you're gone? Also, who actually owns our domain name?",
                               "Acme Dental", thread="two"))
    assert decision.action == HANDOFF and "several things" in decision.staff_notice.text
    draft = handoff_draft(decision)
    assert re.search(r"only remove our own access|Nothing of yours is switched off or deleted", draft) \
        and "on the other points in your message" in draft


def test_who_to_call_after_the_last_day_is_answered_as_after_the_last_day(bot):
    decision = bot.handle(said("Hi, what happens to our scheduling software after the 21st? If it breaks on the 22nd "
                               "who do we call?", "Acme Dental", thread="after"))
    assert "we won't be able to help" in handoff_draft(decision) and "looks after your account" not in handoff_draft(decision)


def test_the_new_provider_asking_for_a_handover_call_gets_a_draft_welcoming_the_handover(bot):
    decision = bot.handle(said("Hi, this is Sam from DentaTech IT, we're taking over Acme Dental's IT. Can we set up a "
                               "handover call next week?", "Acme Dental", thread="provider-call"))
    assert decision.action == HANDOFF
    draft = handoff_draft(decision)
    assert "glad to work with you on the handover" in draft and "once Acme Dental has confirmed it" in draft


def test_two_questions_joined_in_one_sentence_go_to_a_person(bot):
    decision = bot.handle(said("Who should we talk to about the handover, and what will the final invoice be?",
                               "Acme Dental", thread="joined"))
    assert decision.action == HANDOFF and "several things" in decision.staff_notice.text
    assert "on the other points in your message" in handoff_draft(decision)


# -- from review round 21 (set 19), mended after it ---------------------------------------------------------------
@pytest.mark.parametrize("text,client", [
    ("Thanks for keeping the tills running through all this, genuinely appreciated. Sad to see you go.", "Acme Dental"),
    ("Just wanted to say thanks for the clean handover. BrightPath had everything they needed.", "Globex Logistics"),
])
def test_thanks_that_say_what_for_are_answered_warmly(bot, text, client):
    decision = bot.handle(said(text, client, thread="thanks-for"))
    assert decision.action in (REPLY, DRAFT) and decision.intent == "gratitude" and "kind" in reply_text(decision)


def test_a_wrong_last_day_stated_without_a_question_is_corrected(bot):
    end = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"])
    wrong = end + timedelta(days=10)
    decision = bot.handle(said(f"Just confirming our support runs through {wrong:%A} {wrong.day} {wrong:%B %Y} so we can "
                               "plan staffing.", "Acme Dental", thread="wrong-day"))
    assert decision.action in (REPLY, DRAFT) and long_date(end) in reply_text(decision)
    assert f"not {wrong:%A} {wrong.day} {wrong:%B}" in reply_text(decision)


def test_a_new_provider_named_with_no_contact_gets_a_draft_asking_for_one(bot):
    decision = bot.handle(said("fyi we signed with DentaNet Solutions yesterday. what do they need from u?", "Acme Dental",
                               thread="named"))
    draft = handoff_draft(decision)
    assert "Could you send us a contact at DentaNet Solutions" in draft and "directly" not in draft



def test_more_time_and_the_final_invoice_asked_together_are_both_answered_in_the_draft(bot):
    decision = bot.handle(said("Two things: 1) can you push the end date to the end of next month? 2) please send the "
                               "final invoice so we can pay it before year end. thanks, Marisol", "Acme Dental",
                               thread="t-two"))
    acme = bot.clients.get("Acme Dental")
    draft = decision.staff_notice.text
    assert decision.action == HANDOFF and "the last day stays as it is" in draft
    assert "I'll send you the final invoice" in draft and long_date(date.fromisoformat(acme["end_date"])) in draft
    assert "our own access comes off" not in draft


LONG_LETTER = ("Hi, I've started this email four times. When we opened the second surgery you were the ones who stayed "
               "until 2am getting the tills working, and I've always told people you were the best decision we ever "
               "made. So getting the notice letter felt like being dumped by text. I'm not angry exactly. I'm scared. "
               "We don't understand servers and Christmas is our busiest time. If there's anything we did, please just "
               "tell me. And if there's any way at all to keep going, even just until spring, I'd be so grateful.")


def test_a_long_hurt_letter_asking_to_keep_going_gets_a_person_with_the_letter_answered(bot):
    decision = bot.handle(said(LONG_LETTER, "Acme Dental", thread="t-letter"))
    draft = decision.staff_notice.text
    assert decision.action == HANDOFF and decision.intent == "second_chance"
    assert "Thank you for writing" in draft and "The reason is late payment" in draft and "I'll call you" in draft
    assert "holiday" not in draft.split("Draft reply", 1)[1]


def test_a_long_plea_that_asks_for_a_call_and_tells_of_hardship_is_answered_as_the_letter_with_sympathy(bot):
    letter = ("Dear Priya, I have spent the whole weekend rereading your letter and I still can't believe it. We have "
              "trusted your team with everything for years. I know we have been slow with payments this year. My "
              "husband was ill and the practice manager left in March and things fell through the cracks. But we are "
              "not bad people. I am asking you, please, to reconsider. We will pay a full quarter in advance, whatever "
              "you need. Please call me.")
    draft = bot.handle(said(letter, "Acme Dental", thread="t-plea")).staff_notice.text
    assert "very sorry to hear" in draft and "our decision is final" in draft and "Priya" in draft.split("Draft reply")[1]


def test_a_letter_signed_under_any_sign_off_greets_its_writer():
    assert review.signed_name("Dear Priya,\n\nPlease reconsider.\n\nWith hope,\nDr. Helen Ortiz\nAcme Dental") \
        == "Dr. Helen Ortiz"


@pytest.mark.parametrize("client,text,day,theirs", [
    ("Acme Dental", "hi, can u text me the date our support stops and also how do we move the domain to whoever we "
                    "pick next", 20, "registrar login"),
    ("Globex Logistics", "what date did our support end, and we need the admin password for the firewall",
     -14, "firewall admin login"),
])
def test_the_last_day_asked_beside_something_of_theirs_gets_both_answers(bot, client, text, day, theirs):
    decision = bot.handle(said(text, client))
    draft = decision.staff_notice.text.split("Draft reply", 1)[1]
    assert long_date(calendar.day(day)) in draft and theirs in draft
    assert "other points in your message" not in draft   # (both are answered: nothing is left for later)


def test_asking_whether_the_last_month_is_pro_rated_is_about_the_bill_not_a_fault_for_the_help_desk(bot):
    draft = bot.handle(said("Can we get the final invoice now? And is December pro-rated since you stop partway through the month?",
                            "Acme Dental")).staff_notice.text.split("Draft reply", 1)[1]
    assert "final invoice covers" in draft and "help desk" not in draft


def test_an_ex_client_asking_us_to_delete_our_copies_hears_we_will_check_delete_and_confirm(bot):
    draft = bot.handle(said("Do you still hold any copy of our data? If so please delete it and confirm in writing (GDPR).",
                            "Globex Logistics")).staff_notice.text.split("Draft reply", 1)[1]
    assert "check what, if anything, we still hold for you and confirm in writing once any copies have been deleted" in draft \
        and "Before anything is deleted" not in draft   # (once ended, the record can't say what we still hold)


def test_an_ex_clients_new_people_needing_the_domain_code_get_the_code_handed_over(bot):
    decision = bot.handle(said("We've got a new IT company, ImportTech. They need the transfer code for our domain.",
                               "Globex Logistics"))
    notice = decision.staff_notice.text
    assert "domain transfer (EPP) code is yours" in notice and 'record it (`offboard provider "Globex Logistics" "ImportTech"`)' \
        in notice


def test_an_ex_client_with_no_provider_asking_if_we_know_anyone_good_for_it_is_offered_a_few_names(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("vandlay here again.. do you know anyone good for IT around here? we're kind of stuck",
                               "Vandelay Imports"))
    assert "happy to suggest a few IT providers" in what_was_said(decision)


def test_a_lock_out_numbered_beside_the_last_day_asked_is_answered_too(bot):
    decision = bot.handle(said("two things: 1) Dr Patel locked out of her email again 2) what's the actual last date "
                               "you're covering us?", "Acme Dental"))
    said_to_them = (decision.reply or decision.draft).text if decision.reply or decision.draft else \
        decision.staff_notice.text.split("Draft reply", 1)[1]
    assert "help desk" in said_to_them and long_date(calendar.day(20)) in said_to_them


def test_a_charge_disputed_on_a_bill_they_hold_is_checked_never_said_to_be_unsent(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("Your last invoice charges us for the whole month, but you stopped before it ended. Credit note "
                            "please.", "Vandelay Imports")).staff_notice.text.split("Draft reply", 1)[1]
    assert "before it's sent" not in draft and "credit note where one is due" in draft


def test_a_client_with_nobody_yet_hears_the_last_day_and_the_date_to_be_in_touch_by(bot):
    decision = bot.handle(said("still no new IT company here. do our emails just stop after the end??", "Acme Dental"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert long_date(calendar.day(20)) in text and f"contact us by {long_date(calendar.day(13))}" in text
    assert "won't be left without" not in text


def test_a_plea_that_mentions_what_fees_were_for_is_thanked_for_no_payment(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("I've been sitting here for an hour. We were with you for nine years. I know I complained a lot, "
                            "but I thought that's what we paid you for. Is there really no way back? Even a smaller "
                            "contract? I'm asking as a person, not as a customer.", "Vandelay Imports"))
    text = (draft.reply or draft.draft or draft.staff_notice).text
    assert "about the payment" not in text and "is final" in text


def test_the_new_provider_asking_us_to_leave_our_tools_running_past_the_end_is_not_told_all_is_well(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Castle Tech: our RMM won't be rolled out until mid-Feb. Could you leave yours running until "
                               "then?", "Hooli Bakery"))
    assert decision.action != REPLY and "everything keeps running exactly as it is" not in decision.staff_notice.text


def test_a_guess_at_the_reason_typed_as_bc_is_corrected(bot):
    decision = bot.handle(said("Is this bc our receptionist was rude to ur tech in September?? she's been spoken to",
                               "Acme Dental"))
    assert "it isn't about a disagreement with our team" in (decision.draft or decision.reply or decision.staff_notice).text


def test_a_list_of_what_we_need_to_sort_out_gets_the_handover_items(bot):
    decision = bot.handle(said("Tell Priya thanks for being straight with us. It stung but fair. Could she send a list of "
                               "what we need to sort out before the end?", "Acme Dental"))
    assert "your domain and DNS" in (decision.draft or decision.reply or decision.staff_notice).text


def test_the_new_provider_saying_we_still_hold_delegated_admin_hears_we_will_remove_it(bot):
    notice = bot.handle(said("BrightPath IT again - we noticed your company still holds delegated admin on Globex's "
                             "Microsoft 365 tenant. Please remove it.", "Globex Logistics")).staff_notice.text
    assert "will arrange to have them removed" in notice.split("Draft reply", 1)[1]


def test_an_ex_client_asking_for_a_call_about_a_fault_is_told_we_no_longer_fix_things(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("my email stopped syncing on my phone. can someone call me back asap",
                            "Vandelay Imports")).staff_notice.text.split("Draft reply", 1)[1]
    assert "we can't take on fixes any more, by phone or otherwise" in draft and "call you" not in draft


def test_their_files_on_a_drive_and_their_domain_login_asked_together_are_both_answered(bot):
    draft = bot.handle(said("can u send all our files on a hard drive before we go? also who has the login for our website "
                            "domain", "Acme Dental")).staff_notice.text.split("Draft reply", 1)[1]
    assert "external drive" in draft and "registrar" in draft


def test_the_new_provider_asking_to_book_our_time_gets_the_no_written_to_a_provider(bot):
    decision = bot.handle(said("Hello, BrightPath IT. Could we book one hour of your time - paid - to walk us through "
                               "Globex's network? Happy to pay your rate.", "Globex Logistics"))
    text = what_was_said(decision)
    assert "Our support for this account ended" in text and "your organisation" not in text


def test_a_long_plea_answered_with_a_call_offers_the_handover_not_a_talk_about_the_decision(bot):
    draft = bot.handle(said(LONG_LETTER, "Acme Dental", thread="t-letter-2")).staff_notice.text.split("Draft reply", 1)[1]
    assert "talk it through" not in draft and "our decision is final" in draft


def test_a_clients_own_wifi_fault_is_passed_to_the_help_desk_not_answered_as_a_handover(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("hi its Sam at the bakery, the tablet that runs the oven schedule wont join the wifi since "
                               "this morning?? need it for tmrw early bake", "Hooli Bakery"))
    assert "help desk" in reply_text(decision) and "handover" not in reply_text(decision)


def test_an_antivirus_renewal_billed_through_us_is_theirs_to_move_not_a_charge_to_check(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("Got a renewal notice for our antivirus, it's billed through you. Do we keep paying you for it?",
                            "Vandelay Imports")).staff_notice.text.split("Draft reply", 1)[1]
    assert "I'll check exactly how they're held today" in draft and "charged in error" not in draft


def test_the_ending_told_and_its_day_asked_gets_the_day_not_the_help_desk(bot):
    decision = bot.handle(said("Hello, I am new in reception since monday. My boss say your company stop to work with us? "
                               "When is this? And then who we call when computer is not working?", "Acme Dental"))
    text = what_was_said(decision)
    assert long_date(calendar.day(20)) in text and "passed this on to our help desk" not in text


def test_a_payment_made_and_whether_a_final_invoice_follows_are_both_answered(bot):
    draft = bot.handle(said("We've paid October's invoice today. Can you confirm you've got it, and tell us if there'll be "
                            "a final invoice after that?", "Acme Dental")).staff_notice.text.split("Draft reply", 1)[1]
    assert "about the payment" in draft and "what the final invoice covers" in draft


def test_a_new_starter_to_set_up_beside_a_licence_list_gets_both_answers(bot):
    draft = bot.handle(said("Two things: (1) new hygienist starts Monday, needs email + login; (2) can you send a list of "
                            "all our licences and renewal dates, we need it for the handover.",
                            "Acme Dental")).staff_notice.text.split("Draft reply", 1)[1]
    assert "help desk" in draft and "I'll check exactly how they're held today" in draft


def test_the_new_provider_asking_who_its_contact_here_is_is_answered_as_the_provider(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hi, this is Castle Tech. We're taking over Hooli Bakery in January. Who's our point of "
                               "contact for the handover?", "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "We don't have contact details for Castle Tech" not in text and "in touch with you directly" in text


def test_a_password_to_pass_to_the_new_provider_is_handed_over_safely_not_ticketed(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("can you set up an account for our seasonal helper Jess, and also tell castle tech our wifi "
                               "password?", "Hooli Bakery"))
    assert decision.action == HANDOFF and "secure channel" in decision.staff_notice.text


def test_what_we_must_do_now_in_plain_words_gets_the_handover_steps_not_an_apology_for_anger(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hallo, I am the wife of owner. We are not so good in english. Castle Tech will come after "
                               "you. What we must do now?", "Hooli Bakery"))
    text = what_was_said(decision)
    assert "your domain and DNS" in text and "frustrating" not in text


def test_a_remark_that_asks_nothing_is_answered_with_a_kind_line_and_no_follow_up_promised(bot):
    decision = bot.handle(said("Wow. Two weeks gone and we already miss being told 'that's out of scope'. Congrats.",
                               "Globex Logistics"))
    text = what_was_said(decision)
    assert "come back to you on this" not in text and "We wish you and the team well" in text


def test_a_sarcastic_glad_we_paid_for_that_is_never_thanked_as_a_payment(bot):
    decision = bot.handle(said("Wow. BrightPath tells me your 'documentation' is three lines in a Word file. Stellar work. "
                               "Really glad we paid for that.", "Globex Logistics"))
    text = what_was_said(decision)
    assert "about the payment" not in text and "we appreciate it" not in text


def test_an_ex_client_saying_they_never_got_their_data_is_told_it_is_theirs_in_the_draft(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("We never got our data. You people just walked away with it.", "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "data_export"
    assert "Your data is yours" in decision.staff_notice.text


def test_a_fault_reported_with_exclamation_marks_is_passed_to_the_help_desk_at_once(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("POS tablet at the front counter froze and won't restart, we open at 6am tomorrow!!",
                               "Hooli Bakery"))
    assert decision.action == REPLY and "passed this on to our help desk" in decision.reply.text


def test_an_invoice_dated_after_the_end_is_a_bill_to_check_not_the_reason(bot):
    decision = bot.handle(said("Why did we receive an invoice dated 25 November when you stopped supporting us on the 17th?",
                               "Globex Logistics"))
    text = what_was_said(decision)
    assert decision.intent == "loose_ends" and "check it with our billing team" in text


def test_a_short_follow_up_on_how_and_when_data_comes_is_part_of_the_request_not_another(bot):
    decision = bot.handle(said("Dr. Okafor here. We need a full export of the imaging archive and the practice management "
                               "database before you leave. How will that be delivered and when?", "Acme Dental"))
    text = decision.staff_notice.text
    assert "full copy of your data on an external drive" in text and "other points in your message" not in text


def test_a_reset_and_where_to_send_the_new_providers_details_are_both_answered(bot):
    decision = bot.handle(said("hey two things - Dr Lee locked herself out of her email again (3rd time this month lol) can "
                               "u reset it. also who do i send the new IT guys details to?", "Acme Dental"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "passed the password reset on to our help desk" in text and "details to us by replying to this message" in text
    assert "other points in your message" not in text


def test_no_provider_yet_and_will_our_email_stop_hears_nothing_of_theirs_stops(bot):
    decision = bot.handle(said("We still havent found a new IT company. What happens on the 22nd if nobody is there? Will our "
                               "email just stop working??", "Acme Dental"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "we switch nothing of yours off: the only thing we remove" in text and "hosted email" in text


def test_credentials_asked_for_a_named_address_are_sent_there_once_confirmed_not_asked_who(bot):
    decision = bot.handle(said("Please send the login for our domain registrar and the DNS settings to our new vendor at "
                               "support@brightsmile-it.example. Thanks.", "Acme Dental"))
    text = decision.staff_notice.text
    assert "that support@brightsmile-it.example should receive it" in text and "who should receive" not in text


def test_a_new_providers_contact_person_given_is_used_and_recorded(bot):
    decision = bot.handle(said("Good news -- we've signed with Molar IT Partners, our contact there is Sam Reyes. What do you "
                               "need from them?", "Acme Dental"))
    text = decision.staff_notice.text
    assert "Could you send us a contact" not in text
    assert '`offboard provider "Acme Dental" "Molar IT Partners" "Sam Reyes"`' in text


def test_we_always_paid_on_time_from_a_client_ended_for_capacity_is_a_wrong_guess_corrected(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("why r u dropping us?? we always paid on time!!", "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "it isn't about payment" in text and "your side" not in text


def test_a_provider_wanting_to_speak_to_us_is_asked_for_its_contact_in_the_draft(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Castle Tech want to speak to someone on your side. Who should they ring?", "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "someone at Castle Tech, we'll call them directly" in text


def test_an_ex_client_threatening_reviews_over_missing_documents_is_asked_what_is_missing(bot):
    decision = bot.handle(said("You left us in a complete mess. Half the stuff wasn't documented. I'm writing reviews on "
                               "every site I can find.", "Globex Logistics"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "tell us what it is and we'll look at it" in text and "Our decision stands" not in text


def test_a_providers_thanks_for_the_pack_is_not_answered_as_kind_words(bot):
    decision = bot.handle(said("BrightPath IT here. Thanks for the handover pack, we'll take it from here. One thing: do you "
                               "still have any Globex hardware at your office (old switch, spare laptops)?", "Globex Logistics"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "kind words" not in text


def test_a_formal_letter_warning_it_will_consider_its_position_goes_to_management(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sirs, We write on behalf of Vandelay Imports regarding your disabling of remote access to "
                               "our accounting server. We require that access be restored within 48 hours, failing which we "
                               "shall consider our position. Yours faithfully, Vandelay Imports", "Vandelay Imports"))
    assert decision.intent == "formal_complaint" and "Thanks for checking" not in decision.staff_notice.text


def test_an_ex_client_asking_if_we_know_a_company_that_would_take_them_hears_we_can_suggest_some(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Do you know any IT company that would actually take us? Honestly asking.", "Vandelay Imports"))
    assert "happy to suggest a few IT providers" in reply_text(decision)


def test_a_short_sarcastic_question_gets_a_kind_line_and_no_answer_promised(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Still enjoying your 'customer-first' values? lol", "Vandelay Imports"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "come back to you on this" not in text


def test_a_legal_threat_in_notice_hears_nothing_of_theirs_is_switched_off(bot):
    decision = bot.handle(said("This is completely unacceptable. You are a vendor trusted with PATIENT DATA and you are "
                               "walking out on a medical practice right before Christmas. If anything goes wrong our lawyer "
                               "will be in touch.", "Acme Dental"))
    assert "nothing of yours will be switched off or deleted" in decision.staff_notice.text


def test_what_is_the_date_your_service_stop_is_the_last_day(bot):
    decision = bot.handle(said("Hello, I am the new receptionist of Acme Dentall. Please what is the date your service stop? "
                               "We must to tell the doctor.", "Acme Dental"))
    assert decision.intent == "end_date" and long_date(calendar.day(20)) in reply_text(decision)


def test_whether_the_december_invoice_is_still_due_is_confirmed_in_writing_not_disputed(bot):
    month = date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]).strftime("%B").lower()   # the last day's month
    decision = bot.handle(said(f"do we still have to pay the {month} invoice if youre leaving us anyway", "Acme Dental"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "what that invoice covers and what is due" in text and "charged in error" not in text


def test_money_back_for_prepaid_licences_is_the_bill_not_a_return(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("we paid for a year of the office 365 licences back in June — do we get money back now?",
                               "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert decision.intent == "loose_ends" and "anything you've paid for in advance" in text


def test_keep_us_going_until_the_new_provider_is_set_up_is_more_time(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Could you keep us going until Castle Tech is properly set up? End of January maybe?",
                               "Hooli Bakery"))
    assert decision.intent == "second_chance" and long_date(calendar.day(30)) in reply_text(decision)


def test_who_to_use_for_email_with_nobody_found_is_the_safe_landing(bot):
    decision = bot.handle(said("We haven't found anyone yet honestly. Who should we use for our email? Can you recommend "
                               "someone?", "Acme Dental"))
    assert decision.intent == "no_new_provider" and "hosted email" in reply_text(decision)


def test_which_day_exactly_and_who_pays_for_the_website_are_both_drafted(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Dear sir, Hooli Bakery here. My son say you finish with us in January. Which day exactly? And "
                               "the .com website, who is paying for it after?", "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert f"The last day of our support is {long_date(calendar.day(30))}" in text and "Your domain is yours" in text


def test_frozen_tablets_and_help_in_capitals_from_a_client_in_notice_is_a_fault_not_a_return(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("POS tablets frozen AGAIN and we open at 6. HELP", "Hooli Bakery"))
    assert decision.intent == "support_request" and "help desk" in reply_text(decision)


def test_tips_for_choosing_a_new_provider_get_the_offer_of_suggestions(bot):
    decision = bot.handle(said("Thanks for being straight with us. Honestly we had it coming. Any tips for choosing a new MSP?",
                               "Acme Dental"))
    assert "suggest a few IT providers" in reply_text(decision)


def test_a_long_plea_that_mentions_accountants_sorting_payables_asks_for_no_fix_and_is_thanked(bot):
    decision = bot.handle(said("Dear all, I've been sitting with this since your letter arrived and I want to say how sorry I "
                               "am. This year has been awful - our old bookkeeper left, the new accountants took months to sort "
                               "out our payables, and I know your invoices were the ones that suffered. As of yesterday "
                               "everything outstanding is paid. Please, please reconsider. - Dr. Ana Ruiz", "Acme Dental"))
    text = decision.staff_notice.text
    assert "other request" not in text and "Dear Dr Ruiz," in text and "Thank you, too, for the apology" in text


def test_the_new_provider_asking_how_a_vpn_was_set_up_gets_the_kind_no_written_to_it(bot):
    decision = bot.handle(said("Hello, this is Dana from BrightPath IT. We're onboarding Globex Logistics and can't find how "
                               "the site-to-site VPN to the Reno warehouse was set up. Could you send the config or walk us "
                               "through it?", "Globex Logistics"))
    assert "no longer able to take on questions about how things were set up" in reply_text(decision)


def test_their_data_on_a_drive_and_who_we_recommend_are_both_drafted(bot):
    decision = bot.handle(said("Two things: 1) can we get all the imaging files and the practice management database on a "
                               "drive before you go? 2) who would you recommend we switch to?", "Acme Dental"))
    text = decision.staff_notice.text
    assert "full copy of your data on an external drive" in text and "suggest a few IT providers" in text


def test_an_angry_ex_client_with_no_provider_is_not_wished_well_with_new_arrangements(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("SERVER DOWN AGAIN and you people just walked off. Pathetic.", "Vandelay Imports"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "new arrangements" not in text


def test_another_firm_hired_by_the_client_asking_for_admin_logins_is_told_the_client_confirms_first(bot):
    decision = bot.handle(said("This is Kevin from NorthStar IT, we've been hired by Acme Dental. Please send me their M365 "
                               "global admin password and firewall login today.", "Acme Dental"))
    text = decision.staff_notice.text
    assert "are yours" not in text and "once Acme Dental confirms to us directly who should receive" in text


def test_a_message_signed_with_the_firms_name_misspelt_is_not_greeted_by_it(bot):
    decision = bot.handle(said("pwd reset for j.morales pls - Globex Logistix", "Globex Logistics", sender=""))
    assert "Logistix" not in reply_text(decision)


@pytest.mark.parametrize("sender", ["", "Hooly Bakery"])
def test_a_message_signed_with_the_firms_first_word_misspelt_is_not_greeted_by_it(bot, sender):
    add_hooli(bot.clients)
    decision = bot.handle(said("can u move our website domain over to castle tech now pls - Hooly Bakery", "Hooli Bakery",
                               sender=sender))
    draft = decision.staff_notice.text.split("Draft reply (check it, then send):\n", 1)[1]
    assert "Hooly" not in draft and draft.startswith("> Hello,")


def test_a_new_laptop_and_when_to_hear_from_the_new_provider_are_both_answered(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("hooli bakery here - can you still set up Sam's new laptop next week? and when do we have to "
                               "tell you about Castle Tech stuff", "Hooli Bakery"))
    text = reply_text(decision) if decision.reply or decision.draft else decision.staff_notice.text
    assert "help desk" in text and "get in touch" in text and "other points" not in text


def test_staying_until_after_a_busy_season_is_more_time(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Could you stay with us until after Valentine's? It's our busiest season.", "Hooli Bakery"))
    assert decision.intent == "second_chance" and "We can't continue our support beyond" in reply_text(decision)


def test_a_formal_request_to_confirm_the_end_date_gets_the_date(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir or Madam, We hereby request written confirmation of the date on which your services "
                               "to Vandelay Imports were terminated. Yours faithfully, H. E. Pennypacker, for Vandelay Imports",
                               "Vandelay Imports"))
    assert decision.intent == "end_date" and long_date(calendar.day(-32)) in reply_text(decision)


def test_keep_us_on_until_then_is_more_time(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Castle Tech isn't ready until February, can you keep us on until then??", "Hooli Bakery"))
    assert decision.intent == "second_chance" and "We can't continue our support beyond" in reply_text(decision)


def test_an_ex_client_naming_its_new_provider_as_hopeless_is_the_client_asking_to_return(bot):
    decision = bot.handle(said("BrightPath is hopeless. We want to come back to you. Name your price.", "Globex Logistics"))
    assert decision.intent == "come_back" and "another firm writes" not in (decision.staff_notice.text if decision.staff_notice
                                                                            else "")


def test_a_formal_demand_threatening_further_remedies_goes_to_management(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir or Madam, On behalf of Vandelay Imports, we hereby request the immediate "
                               "reinstatement of managed IT services pursuant to our prior agreement. Failure to respond within "
                               "fourteen (14) days will oblige us to consider further remedies. Yours faithfully, Art Vandelay, "
                               "Director", "Vandelay Imports"))
    assert decision.action == HANDOFF and decision.intent == "formal_complaint"


@pytest.mark.parametrize("text", ["Hi, Vandaly Imports. Who is our new IT company? You said you would pass us on to someone.",
                                  "Have you picked a new IT company for us?"])
def test_who_is_our_new_provider_with_none_on_record_says_the_choice_is_theirs(bot, text):
    add_vandelay(bot.clients)
    decision = bot.handle(said(text, "Vandelay Imports"))
    notice = decision.staff_notice.text
    assert "we haven't been told of a new IT provider for you" in notice and "record it" not in notice


def test_who_is_our_new_provider_gives_the_one_on_record(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("who is our new it company?", "Hooli Bakery")).staff_notice.text
    assert "your new IT provider is Castle Tech" in notice


def test_an_ex_clients_parting_jab_gets_one_courteous_line(bot):
    add_vandelay(bot.clients)
    notice = bot.handle(said("You lot were never any good anyway. Whatever.", "Vandelay Imports")).staff_notice.text
    assert "we're sorry it has been frustrating. Our support ended on" in notice and "we wish you and the team well." in notice
    assert "we understand why you're upset" not in notice and "it stands" not in notice


def test_who_the_new_provider_talks_to_with_no_owner_on_record_is_answered_without_a_name(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("Hi it's the bakery. Castle Tech ask who they should talk to on your side and by when?",
                             "Hooli Bakery")).staff_notice.text
    assert "They can reach us through our help desk" in notice


def test_a_formal_written_request_to_extend_is_drafted_for_a_person_to_sign_not_sent(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Dear Sirs,\n\nWe acknowledge receipt of your notice. Given that your office will be closed "
                               "over the festive period, we formally request that the termination date be extended to "
                               "Sunday 31 January 2027 to allow an orderly transition.\n\nYours faithfully,\nHooli Bakery",
                               "Hooli Bakery"))
    assert decision.reply is None and decision.action == DRAFT and "decision is final" in decision.draft.text
    assert "other terms" not in decision.draft.text   # (no offer was made)


def test_a_legal_threat_over_a_fix_after_the_end_says_support_ended_beside_the_acknowledgement(bot):
    add_vandelay(bot.clients)
    notice = bot.handle(said("if you dont fix our server today im calling my lawyer", "Vandelay Imports")).staff_notice.text
    assert "We've passed it to our management team" in notice and "so we can't take on the fix ourselves" in notice


def test_a_formal_demand_to_restore_a_server_with_liability_threatened_is_a_legal_letter_with_the_end_said(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir or Madam,\n\nOur file server has failed and we require your immediate attendance "
                               "to restore it. Should you refuse we shall hold your firm liable for all losses arising.\n\n"
                               "Yours faithfully,\nVandelay Imports", "Vandelay Imports"))
    assert decision.intent == "formal_complaint" and "so we can't take on the fix ourselves" in decision.staff_notice.text


def test_a_new_provider_introducing_itself_by_name_is_written_to_as_the_provider(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("Hello, we are Castle Tech, the new IT for Hooli Bakeri. Please, who is contact person for "
                             "handover and when is latest date?", "Hooli Bakery")).staff_notice.text
    assert "Thank you for getting in touch about Hooli Bakery" in notice and "easy for you and Castle Tech" not in notice


def test_admin_passwords_for_the_wifi_and_the_email_are_both_named(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("can u just paste the admin passwords for the wifi and the email in here? need them for "
                             "castle tech", "Hooli Bakery")).staff_notice.text
    assert "The Wi-Fi admin password and the email admin login are yours" in notice


def test_a_question_about_another_client_offers_help_with_their_own_account(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("btw is hooli bakery getting dumped too? my cousin runs it", "Acme Dental")).staff_notice.text
    assert "anything about your own account" in notice


def test_an_active_clients_urgent_message_that_nobody_answered_reaches_a_person(bot):
    decision = bot.handle(said("URGENT server room alarm going off and nobody's answering the phone!!", "Initech"))
    assert decision.action == HANDOFF and "We're sorry you couldn't get through" in decision.staff_notice.text


def test_the_keys_for_the_backup_are_a_key_handed_over_not_a_data_export(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hello, we need please the keys for the backup, the encrypted one, and also the admin for "
                               "wifi. Castle Tech ask it. Thank you very much", "Hooli Bakery"))
    assert decision.intent == "credentials_handover"
    assert "The Wi-Fi admin password and the backup encryption key are yours" in decision.staff_notice.text


def test_a_guess_that_they_complained_too_much_is_corrected_not_confirmed(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("is this because we complained too much? be honest", "Hooli Bakery")).staff_notice.text
    assert "it isn't about complaints about our service" in notice


def test_a_new_provider_asking_what_we_need_from_them_is_told(bot):
    add_hooli(bot.clients)
    notice = bot.handle(said("Hello, we are Castle Tech, the new IT for Hooli Bakery. When we can begin the handover and "
                             "what you need from us please?", "Hooli Bakery")).staff_notice.text
    assert "From you, all we need is a named contact and a time for a handover call." in notice


def test_a_second_request_added_while_im_here_is_answered_too(bot):
    notice = bot.handle(said("Can we have copies of all our data before you go? And while I'm here, what's the admin "
                             "password for our Microsoft 365?", "Acme Dental")).staff_notice.text
    assert "complete copy of your data on an external drive" in notice and "The Microsoft 365 admin login is yours" in notice


def test_data_and_a_password_asked_with_and_the_are_both_answered(bot):
    notice = bot.handle(said("can u send us all our patient data before we go? and the admin password for the email pls",
                             "Acme Dental")).staff_notice.text
    assert "complete copy of your data on an external drive" in notice and "The email admin login is yours" in notice


def test_who_pays_a_domain_renewal_after_the_end_is_answered_not_us(bot):
    add_vandelay(bot.clients)
    notice = bot.handle(said("our domain renewal invoice still seems to be coming to you, who do we pay now?",
                             "Vandelay Imports")).staff_notice.text
    assert "The renewal should be paid in your own name, on your own payment method, rather than through us" in notice
    assert "nothing to pay us" not in notice   # (whether anything is owed is not on record)


def test_one_file_wanted_from_old_backups_is_restored_by_the_new_provider(bot):
    notice = bot.handle(said("do you still have our old backups? need one file from September",
                             "Globex Logistics")).staff_notice.text
    assert "Restoring a file from it is support work, which BrightPath IT" in notice


@pytest.mark.parametrize("text", ["are you going to delete our backups? We never got a new company sorted",
                                  "will our backups be deleted now?"])
def test_an_ex_client_afraid_its_backups_are_deleted_is_told_no_and_offered_them(bot, text):
    decision = bot.handle(said(text, "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "data_export"
    draft = what_was_said(decision).split("Draft reply", 1)[1]
    assert "> No: " in draft and "delete" in draft.split("> No: ", 1)[1].split(".")[0]
    assert "handing it over" in draft


def test_an_ex_client_just_saying_hi_and_asking_if_we_are_still_around_is_said_hello_back(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("lol you guys still around? just saying hi \U0001F44B", "Vandelay Imports"))
    assert decision.action == REPLY and "lovely to hear from you" in decision.reply.text


def test_a_client_asking_if_we_are_closing_down_is_told_we_are_not_beside_the_reason(bot):
    decision = bot.handle(said("Is this because Dr Patel complained about your engineer last month? Or are you lot closing "
                               "down?", "Acme Dental"))
    assert "we aren't closing down" in reply_text(decision) and "The reason is late payment" in reply_text(decision)


def test_a_client_asking_if_we_answer_on_a_day_of_our_closure_is_told_we_are_closed(closed):
    decision = closed.handle(said("will u still be answering on tues 29th dec? the till always plays up after xmas",
                                  "Hooli Bakery"))
    assert decision.intent == "holiday_cover"
    assert "closed from Thursday 24 December 2026 to Friday 1 January 2027" in reply_text(decision)


@pytest.mark.parametrize("text", ["So you dumped us because we asked for a couple of extras. Wow. Great service.",
                                  "Wow. Great partnership. Drop us the minute we ask for the warehouse scanner rollout. Really "
                                  "classy."])
def test_an_angry_guess_that_one_request_was_the_reason_hears_the_requests_kept_coming(bot, text):
    said_back = what_was_said(bot.handle(said(text, "Globex Logistics")))
    assert "To be clear, it wasn't about one request. The reason is" in said_back


def test_what_did_we_do_wrong_beside_paying_on_time_hears_first_they_did_nothing_wrong(closed):
    said_back = what_was_said(closed.handle(said("I just don't understand. We've been with you since we opened. We pay on "
                                                 "time, we're polite, I bring your lads croissants every Friday. Why are you "
                                                 "ending it? What did we do wrong?? Please just tell me straight.",
                                                 "Hooli Bakery")))
    assert "you haven't done anything wrong, and it isn't about payment" in said_back


def test_no_provider_yet_what_becomes_of_our_files_and_the_passwords_are_all_answered(bot):
    draft = handoff_draft(bot.handle(said("we havent got a new IT company yet. what happens to our email and patient files "
                                          "on monday the 21st?? also can u send all the admin passwords here pls",
                                          "Acme Dental")))
    assert "full copy of your data on an external drive" in draft and "The admin passwords are yours" in draft


def test_a_letter_telling_of_hard_times_and_offering_a_year_up_front_is_the_kind_no(bot):
    draft = handoff_draft(bot.handle(said("Dear Priya,\n\nI've been thinking about this all weekend and I honestly feel sick "
                                          "about it. We know we've been bad with the invoices. Our bookkeeper left in the "
                                          "spring and it all fell apart. That's not an excuse, but it's the truth. We have a "
                                          "new person now and she's brilliant.\n\nWould you consider keeping us on if we paid "
                                          "twelve months up front? We really don't want to start again with someone new."
                                          "\n\nWarm regards,\nMaria", "Acme Dental")))
    assert "Thank you for the offer; we appreciate it." in draft and "the decision stands" in draft
    assert "doesn't change our decision. We understand" not in draft


def test_who_pays_a_domain_renewal_asked_beside_the_login_is_answered_too(closed):
    said_back = what_was_said(closed.handle(said("hooli here. got a domain renewal email from the registrar - is that you "
                                                 "paying it or us? and who has the login?", "Hooli Bakery")))
    assert "The renewal is yours to pay, in your own name" in said_back and "registrar login is yours" in said_back


def test_a_plea_for_a_lighter_plan_is_the_kind_no_in_whole_sentences(closed):
    said_back = what_was_said(closed.handle(said("We're sorry if we asked too much of you. Could we work out a lighter "
                                                 "plan, fewer calls maybe? Please.", "Hooli Bakery")))
    assert "A smaller arrangement wouldn't change our reasons" in said_back
    assert "The value you place on our work" not in said_back and "come back to you" not in said_back


def test_work_asked_by_an_ex_client_is_drafted_as_the_kind_no_not_a_holding_line(bot):
    said_back = what_was_said(bot.handle(said("hey can u guys add a new user to our 365, need it today", "Globex Logistics")))
    assert "we're no longer able to take on requests" in said_back and "come back to you" not in said_back


def test_a_legal_threat_about_being_left_without_it_hears_the_safe_landing(bot):
    draft = handoff_draft(bot.handle(said("If you walk out on a dental surgery right before Christmas I'll be speaking to my "
                                          "solicitor. You can't just leave patients without IT.", "Acme Dental")))
    assert "you'll have your data on an external drive and our suggestion of a hosted email provider" in draft
    assert "Our decision to end the agreement stands" in draft


def test_an_angry_letter_fearing_for_patients_records_hears_they_are_safe_and_theirs(bot):
    draft = handoff_draft(bot.handle(said("To whoever reads this,\n\nI have run this practice for many years and I am frankly "
                                          "stunned. You are abandoning a dental surgery with patients' records on your "
                                          "servers three weeks before Christmas. My staff are upset, I am upset. I will be "
                                          "telling every practice in the county how you treat people and we will be leaving "
                                          "reviews everywhere. I expected better. I really did.", "Acme Dental")))
    assert "Your patient records are yours: nothing is deleted" in draft and "If nobody is in place by then" not in draft


def test_how_a_data_copy_works_asked_after_it_is_part_of_the_same_request(bot):
    draft = handoff_draft(bot.handle(said("We will need all our patient records and email archives from you before the end. "
                                          "How does that work and what format do we get them in?", "Acme Dental")))
    assert "external drive" in draft and "other points" not in draft


def test_a_provider_recommendation_asked_beside_a_password_is_answered_too(bot):
    draft = handoff_draft(bot.handle(said("can u post the microsoft 365 admin password here so we have it? also who do you "
                                          "think we should go with for IT after you", "Acme Dental")))
    assert "We're happy to suggest a few IT providers" in draft and "other points" not in draft


def test_an_ex_client_asking_us_to_renew_its_domain_is_told_we_cannot_but_it_moves_to_them(bot):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said("Vandaley Imports: our domain renewal notices are still going to your email "
                                          "address. It expires soon - please just renew it for us.", "Vandelay Imports")))
    assert "we can't renew it for you" in draft and "renew it yourself before it lapses" in draft


def test_a_formal_request_for_the_reason_and_a_refund_answers_both(bot):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said("Dear Sirs, We formally request a written explanation for the termination of our "
                                          "agreement and a refund of fees paid for October 2026. We expect a response "
                                          "within five working days.", "Vandelay Imports")))
    assert "the reason is" in draft and "request for a refund" in draft
    assert "which lines look wrong" not in draft


def test_an_ex_client_asking_who_it_was_to_move_to_is_told_none_was_named(bot):
    add_vandelay(bot.clients)
    said_back = what_was_said(bot.handle(said("who were we supposed to move to again? you never told us anything",
                                              "Vandelay Imports")))
    assert "we haven't been told of a new IT provider for you" in said_back
    assert "The reason" not in said_back


def test_keeping_us_on_for_only_the_email_is_the_kind_no_not_a_question_of_contacts(closed):
    said_back = what_was_said(closed.handle(said("We'd really hate to lose you. Could we maybe keep you just for the email "
                                                 "and let Castle Tech do everything else?", "Hooli Bakery")))
    assert "We can't continue our support beyond Monday 4 January 2027" in said_back
    assert "If you have a name or an email address" not in said_back


def test_keeping_us_for_only_the_email_after_the_last_day_is_the_kind_no_to_a_smaller_arrangement(bot):
    said_back = what_was_said(bot.handle(said("could you still look after just our email after the 21st? we'll go "
                                              "elsewhere for the rest", "Acme Dental")))
    assert "A smaller arrangement wouldn't change our reasons" in said_back


def test_keeping_us_on_for_another_month_is_more_time_not_a_ticket(closed):
    decision = closed.handle(said("can we keep you on for another month? castle tech can't start till feb", "Hooli Bakery"))
    assert "We can't continue our support beyond Monday 4 January 2027" in what_was_said(decision)
    assert "help desk, and the next available engineer" not in what_was_said(decision)


def test_a_client_naming_the_providers_person_who_will_write_hears_the_day_for_that_person(closed):
    reply = reply_text(closed.handle(said("Castle Tech's guy is called Jamie, I'll get him to email you. When does he "
                                          "need to be in touch by?", "Hooli Bakery")))
    assert "we'll look out for Jamie's message, which should reach us by Wednesday 23 December 2026" in reply
    assert "If you have a name or an email address" not in reply


def test_a_client_saying_the_providers_person_will_write_is_not_answered_as_the_provider(closed):
    said_back = what_was_said(closed.handle(said("Jamie from Castle Tech will email you this week about the handover",
                                                 "Hooli Bakery")))
    assert "Thank you for letting us know Jamie from Castle Tech will be in touch" in said_back
    assert "Thank you for getting in touch about Hooli Bakery" not in said_back


@pytest.mark.parametrize("text", ["hey can u guys still do the till software update on Tue 29 Dec?",
                                  "can someone come in on the 30th to set up the new printer?"])
def test_work_asked_for_a_day_of_our_closure_is_declined_for_that_day_with_days_before_offered(closed, text):
    reply = reply_text(closed.handle(said(text, "Hooli Bakery")))
    assert "falls while our office is closed, so we can't do it that day" in reply
    assert "before Thursday 24 December 2026" in reply


@pytest.mark.parametrize("text", ["heard through the grapevine you dropped Acme Dental - are we next??",
                                  "are you dropping us too?",
                                  "Heard you're ditching some clients... we're not next are we? \U0001F605"])
def test_an_active_client_afraid_it_is_next_is_told_nothing_has_changed_for_it(bot, text):
    decision = bot.handle(said(text, "Initech"))
    assert decision.action == HANDOFF
    assert "nothing has changed in how we work with you" in what_was_said(decision)
    assert "sorry to see you go" not in what_was_said(decision)


@pytest.mark.parametrize("text", ["Hello, I am new assistent in Acme Dentel. My boss say you stop the service. It is true? "
                                  "Until which day we can call you?",
                                  "Hello, I am new in Acme dental reception. Is true you stop to help us? Until which day?"])
def test_it_is_true_beside_until_which_day_is_answered_yes_with_the_day(bot, text):
    decision = bot.handle(said(text, "Acme Dental"))
    assert decision.action == REPLY and "Yes, that's right: the last day of our support is" in decision.reply.text
    assert "other points" not in decision.reply.text


def test_locked_out_of_their_own_firewall_is_the_handover_with_no_users_reset_invented(bot):
    add_vandelay(bot.clients)
    notice = bot.handle(said("hi who has our admin passwords now? we can't get into the firewall", "Vandelay Imports")).staff_notice.text
    assert "The firewall admin login is yours" in notice and "password reset" not in notice


def test_a_named_users_password_reset_beside_a_registrar_login_is_passed_to_the_help_desk_once(bot):
    notice = bot.handle(said("two things - can you reset Dr Lee's email password, and can you send us the domain registrar "
                             "login so we have it", "Acme Dental")).staff_notice.text
    draft = notice.split("Draft reply", 1)[1]
    assert draft.count("help desk") >= 1 and "The domain registrar login is yours" in draft
    assert "password reset is everyday support" not in draft   # (said once, as its own request)


def test_will_you_keep_our_email_running_is_answered_that_it_runs_without_us_not_a_bare_no(bot):
    decision = bot.handle(said("Could you confirm our last day of support please, and whether you'll keep our email running "
                               "after that?", "Acme Dental"))
    text = reply_text(decision)
    assert "No, you won't lose your email" not in text and "Your email itself keeps running after our support ends" in text


def test_two_faults_in_one_message_are_both_passed_to_the_help_desk(bot):
    decision = bot.handle(said("hi, reception printer keeps jamming and the scanner wont send to email since yesterday. can "
                               "someone look today pls", "Acme Dental"))
    assert "the printer and the scanner" in reply_text(decision)


def test_who_pays_the_licence_renewal_is_answered_without_talk_of_charges_in_error(bot):
    notice = bot.handle(said("Globex Logistic here - the Microsoft licence renewal, is that billed to you or to us now? who "
                             "do we pay?", "Globex Logistics")).staff_notice.text
    assert "onto your own payment method" in notice and "charged in error" not in notice and "credit note" not in notice


def test_a_formal_request_to_confirm_their_data_returned_or_destroyed_is_the_erasure_request(bot):
    decision = bot.handle(said("Dear Sirs,\nFurther to the termination of our agreement, we formally request written "
                               "confirmation that all copies of Globex Logistics data held by your firm have been returned or "
                               "destroyed.\nYours faithfully,\nDirector, Globex Logistics Ltd", "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "erase_request"
    assert "confirm in writing once any copies have been deleted" in decision.staff_notice.text


def test_a_fault_now_beside_a_question_about_our_closure_is_passed_to_the_help_desk_too(closed):
    said_now = reply_text(closed.handle(said("will u guys be around between xmas and new year? the till keeps freezing",
                                             "Hooli Bakery")))
    said_if = reply_text(closed.handle(said("who do we call if our email goes down over christmas?", "Hooli Bakery",
                                            thread="t2")))
    assert "we've passed it on to our help desk now" in said_now and "Thursday 24 December 2026" in said_now
    assert "passed it on to our help desk now" not in said_if


def test_no_wiggle_room_on_the_last_day_asked_gets_the_kind_no_not_a_holding_line(bot):
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    decision = bot.handle(said(f"so {end} is really it? no wiggle room at all?", "Acme Dental"))
    text = what_was_said(decision)
    assert "the decision is final" in text and "come back to you on this" not in text


def test_a_formal_letter_held_for_approval_is_signed_by_the_account_owner(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Ms Shah,\nWe hereby formally request the reinstatement of your managed services on the "
                               "terms previously agreed. We trust you will give this request due consideration.\nSincerely,\n"
                               "Vandelay Imports", "Vandelay Imports"))
    assert decision.action == DRAFT
    assert decision.draft.text.rstrip().endswith("Priya\nNorthwind IT") and "Northwind IT team" not in decision.draft.text


def test_the_new_provider_asking_what_firewall_rules_we_had_is_a_setup_question_declined(bot):
    decision = bot.handle(said("BrightPath here - quick one, what firewall rules did you have on Globex's SonicWall? Can't "
                               "find them in the docs.", "Globex Logistics"))
    assert decision.intent == "provider_config_question"


def test_a_provider_named_as_only_a_maybe_is_not_recorded(bot):
    notice = bot.handle(said("Hello, we maybe choose new company DentaTech IT. What they need from you and when please?",
                             "Acme Dental")).staff_notice.text
    assert "record it" not in notice


def test_a_key_the_new_it_person_cannot_open_the_drive_without_is_handed_over_with_no_talk_of_fixing(bot):
    notice = bot.handle(said("need the encryption key for our backup drive, the new IT guy can't open it",
                             "Globex Logistics")).staff_notice.text
    assert "The backup encryption key is yours" in notice and "we can't fix it for you" not in notice


def test_two_requests_a_login_and_where_to_move_email_the_draft_answers_both(bot):
    decision = bot.handle(said("2 things: can you send us the admin password for the microsoft 365 thing? and whats a good "
                               "email company we could move to", "Acme Dental"))
    draft = handoff_draft(decision)
    assert decision.action == HANDOFF and "secure channel" in draft and "hosted email" in draft
    assert "other points" not in draft


def test_two_requests_router_admin_and_who_answers_over_christmas_the_draft_gives_the_closure(closed):
    decision = closed.handle(said("two things - 1) can you give castle tech admin on our router/wifi? 2) will anyone answer "
                                  "if something breaks between christmas and new year?", "Hooli Bakery"))
    draft = handoff_draft(decision)
    assert decision.action == HANDOFF and "router admin login" in draft
    assert "Our office is closed from Thursday 24 December 2026 to Friday 1 January 2027" in draft
    assert "other points" not in draft


def test_an_ex_client_saying_nobody_told_them_gets_a_draft_setting_the_notice_out(bot):
    draft = handoff_draft(bot.handle(said("nobody told us you were stopping?? is that true", "Globex Logistics")))
    end = long_date(date.fromisoformat(bot.clients.get("Globex Logistics")["end_date"]))
    assert f"we ended our IT support agreement with you on {end}" in draft and "I'll come back to you" not in draft


def test_records_and_emails_asked_for_the_draft_says_how_their_email_moves_too(bot):
    draft = handoff_draft(bot.handle(said("We need all our patient records and emails exported before you go. How do we get "
                                          "them and when?", "Acme Dental")))
    assert "external drive" in draft and "hosted email service" in draft


def test_who_pays_the_domain_renewal_now_is_answered_theirs_beside_the_login_handed_over(bot):
    draft = handoff_draft(bot.handle(said("who is paying for our domain renewal now? got an email from the registrar and not "
                                          "sure if its yours or ours", "Globex Logistics")))
    assert "The renewal is yours to pay, in your own name" in draft and "registrar login is yours" in draft


def test_an_ex_client_whose_antivirus_ran_out_is_pointed_to_their_new_provider_for_cover(bot):
    draft = handoff_draft(bot.handle(said("globex lol hi again - can u renew our antivirus licence, it ran out yesterday",
                                          "Globex Logistics")))
    assert "can't renew licences for you any more" in draft and "BrightPath IT" in draft and "cover back in place" in draft


@pytest.mark.parametrize("text", ["please cancel the Adobe licences you had for us",
                                  "Two things - 1) please cancel the Adobe licences you had for us, we're still being charged "
                                  "2) can you recommend someone to take over our IT?"])
def test_licences_of_a_named_product_asked_to_be_cancelled_are_cancelled_as_asked(bot, text):
    draft = handoff_draft(bot.handle(said(text, "Acme Dental")))
    assert "We'll cancel the Adobe licences held for you through us, as you ask" in draft
    assert "Please don't cancel them" not in draft


def test_the_new_provider_asking_for_an_ex_clients_nas_password_is_a_secret_handed_over_once_the_client_confirms(bot):
    decision = bot.handle(said("BrightPath here. Quick q - what's the admin password on Globex's old Synology? can't find it "
                               "anywhere.", "Globex Logistics"))
    draft = handoff_draft(decision)
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"
    assert "belongs to Globex Logistics" in draft and "secure channel" in draft and "setup" not in draft


def test_keys_asked_for_before_our_closure_are_to_be_handed_over_before_the_office_closes(closed):
    draft = handoff_draft(closed.handle(said("castle tech say they need the backup encryption key and the domain login. can u "
                                             "just paste them here?", "Hooli Bakery")))
    assert "secure channel" in draft and "before our office closes on Thursday 24 December 2026" in draft


def test_a_plea_saying_late_payments_are_fixed_with_automatic_payments_offered_is_thanked_for_no_payment(bot):
    draft = handoff_draft(bot.handle(said(
        "Dear all, I've been with the practice for a long time and this news has really upset everyone here. Yes, some "
        "payments were late this year, our bookkeeper left and things fell apart for a while, but we've fixed that now and "
        "we're happy to set up automatic payments. Please, please give us one more chance.", "Acme Dental")))
    assert "our decision is final" in draft and "about the payment" not in draft and "settling" not in draft


def test_the_new_provider_asking_what_we_need_is_told_what_the_handover_covers(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("Hi all! Castle Tech here - we're taking over Hooli Bakery's IT. Who do we talk to "
                                          "and what do you need from us?", "Hooli Bakery")))
    assert "a named contact and a time for a handover call" in draft and "the domain and DNS" in draft


@pytest.mark.parametrize("letter", [
    "Dear Sirs,\n\nWe hereby request a complete copy of all company data held by your firm, including backups, within "
    "fourteen days of this letter.\n\nYours faithfully,\nVandelay Imports Ltd",
    "Dear Sirs,\n\nKindly return all data belonging to our company, including backups, within fourteen days of the date "
    "of this letter.\n\nYours faithfully,\nThe Director"])
def test_a_formal_letter_asking_an_ex_client_data_copy_is_acknowledged_as_a_letter(bot, letter):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said(letter, "Vandelay Imports")))
    assert "Thank you for your letter. We acknowledge your request for a copy of the data we hold for you" in draft


def test_a_letter_asking_access_removed_and_data_copies_deleted_is_answered_on_both(bot):
    decision = bot.handle(said("Dear Sirs,\n\nFurther to the termination of services, we request written confirmation that "
                               "all access held by your firm to our systems has been removed and that all copies of our data "
                               "held by you have been deleted.\n\nYours faithfully", "Globex Logistics"))
    draft = handoff_draft(decision)
    assert decision.intent == "erase_request" and "once any copies have been deleted" in draft
    assert "all our access to your systems has been removed" in draft


def test_an_admin_password_their_new_provider_does_not_know_is_handed_over_not_declined_as_a_fix(bot):
    decision = bot.handle(said("hey guys quick one, can u reset the admin pw on our warehouse scanners? brightpath dont know it",
                               "Globex Logistics"))
    assert decision.action == HANDOFF and decision.intent == "credentials_handover"
    assert "secure channel" in handoff_draft(decision) and "small fixes" not in handoff_draft(decision)


def test_thanks_said_beside_a_request_is_no_other_point_left_for_later(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    draft = handoff_draft(bot.handle(said("Thanks for the smooth handover btw. also quick one - can you renew our antivirus, "
                                          "it runs out next week", "Globex Logistics")))
    assert "Thank you for your kind words" in draft and "can't renew licences" in draft and "other points" not in draft


def test_data_and_a_recommendation_asked_after_an_introduction_get_both_answers_and_nothing_left_over(bot):
    draft = handoff_draft(bot.handle(said("Hi, practice manager at Acme Dentl here. Two things: we need a copy of all our data "
                                          "and email before you go, and who would you recommend as a new IT company?",
                                          "Acme Dental")))
    assert "external drive" in draft and "happy to suggest a few IT providers" in draft
    assert "letting us know who is taking over" not in draft and "other points" not in draft


def test_a_setting_the_new_provider_says_is_not_in_the_docs_is_still_a_setup_question_declined_kindly(bot):
    decision = bot.handle(said("Hi, BrightPath IT here (help@brightpath.example) for Globex. Quick one - what was the DHCP "
                               "scope on the main site? Not in the docs.", "Globex Logistics"))
    assert decision.intent == "provider_config_question"
    assert "no longer able to take on questions about how things were set up" in reply_text(decision) \
        if decision.action != HANDOFF else "how things were set up" in handoff_draft(decision)


@pytest.mark.parametrize("text", ["hooly bakery q - do we need to cancel anything ourselves? licences, domain, the backup thingy?",
                                  "hooli here - do we need to cancel anything? licences, domain, the backup thingy"])
def test_asked_whether_they_must_cancel_anything_the_draft_says_no_and_covers_each_item(bot, text):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said(text, "Hooli Bakery")))
    assert "No, you don't need to cancel anything" in draft
    assert "licences" in draft and "domain" in draft and "backups with their encryption keys" in draft


def test_the_new_provider_greeting_everyone_first_is_still_the_provider_not_told_the_login_is_theirs(bot):
    decision = bot.handle(said("Hi all, BrightPath here. Can you send over the firewall admin login for Globex?",
                               "Globex Logistics"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert "belongs to Globex Logistics" in draft and "once Globex Logistics confirms" in draft
    assert "is yours" not in draft


def test_a_formal_letter_asking_to_confirm_the_domain_moved_and_our_access_removed_is_answered_on_both_points(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir or Madam, Further to the end of our agreement, we write to request written "
                               "confirmation that (1) the transfer of the domain vandelayimports.com to our own registrar "
                               "account has been completed, and (2) all access held by your firm to our systems has been "
                               "removed. Yours faithfully, Art Vandelay, Director", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert decision.action == HANDOFF and "Thank you for your letter." in draft
    assert "check against our records the transfer of your domain to a registrar account in your own name and the removal " \
           "of all our access to your systems, and confirm each to you in writing" in draft
    assert "Could you tell us who should receive it?" not in draft and "come back to you shortly" not in draft


@pytest.mark.parametrize("letter, client", [
    ("Dear Sirs, We hereby request written confirmation of all software licences transferred to Globex Logistics Ltd "
     "and the status of any outstanding invoice. Yours faithfully, Finance Department", "Globex Logistics"),
    ("Dear Sirs, Further to the cessation of your services, we request written confirmation that all software licences "
     "previously billed through your company have been transferred to us and that no further charges will be raised "
     "against Vandelay Imports. Yours faithfully, Accounts Department", "Vandelay Imports")])
def test_a_letter_asking_to_confirm_the_licences_moved_and_nothing_more_is_owed_is_answered_on_both_points(bot, letter, client):
    add_vandelay(bot.clients)
    draft = bot.handle(said(letter, client)).staff_notice.text.split("Draft reply", 1)[-1]
    assert "check against our records the move of your licences into your own name and payment method and whether any " \
           "charge remains on your account with us, and confirm each to you in writing" in draft


def test_an_ex_client_asking_the_licence_key_for_their_office_installs_is_told_it_is_theirs(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("what's the licence key for our Office installs? new pc says unlicensed", "Vandelay Imports"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert decision.intent == "credentials_handover" and "The licence key is yours." in draft
    assert "come back to you on this shortly" not in draft


def test_files_on_a_usb_and_our_access_removed_after_the_move_are_both_answered(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Two things: 1) can u put our sales spreadsheets on a usb for us 2) after we move can you make "
                               "sure you've removed all your access", "Hooli Bakery"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert "a full copy of your data on an external drive" in draft
    assert "They come off after the handover" in draft and "come back to you shortly" not in draft


@pytest.mark.parametrize("text", ["dump our recipes on a usb pls", "could you stick the photos folder onto a memory stick for us"])
def test_files_asked_for_on_a_usb_stick_are_theirs_copied_for_them(bot, text):
    add_hooli(bot.clients)
    decision = bot.handle(said(text, "Hooli Bakery"))
    assert decision.intent == "data_export" and "external drive" in decision.staff_notice.text


def test_the_admin_login_for_their_registrar_is_that_one_login_not_all_admin_passwords_too(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("we need the admin login for our domain registrar, nobody here can get in",
                            "Vandelay Imports")).staff_notice.text.split("Draft reply", 1)[-1]
    assert "The domain registrar login is yours." in draft and "admin passwords" not in draft


def test_a_worried_ex_client_asking_about_their_licences_is_met_with_sympathy_before_the_move(bot):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said("Honestly I can't sleep over this. I don't know who else to ask: our accounting "
                                          "licences renew soon and I've no idea how. Please help us with it.",
                                          "Vandelay Imports")))
    assert "We're sorry this has been such a worry, and we'll help you with this part." in draft
    assert "into your own name and onto your own payment method" in draft


def test_a_formal_letter_asking_control_of_their_registrar_by_a_date_is_thanked_as_a_letter_with_the_date_promised(bot):
    draft = handoff_draft(bot.handle(said("Dear Sir or Madam,\n\nWe write to ask that full administrative control of our "
                                          "domain registrar account be transferred to us. Please confirm the date by which "
                                          "this will be done.\n\nYours faithfully,\nOperations Director", "Globex Logistics")))
    assert "Thank you for your letter. We'll make sure you hold full control of your domain" in draft
    assert "we'll confirm in writing the date by which it will be done" in draft


@pytest.mark.parametrize("text", ["honestly best thing you ever did was leave lol. brightpath actually pick up the phone",
                                  "lmao honestly we are better off, brightpath actually answer their phones"])
def test_an_ex_client_laughing_that_they_are_better_off_is_wished_well_not_told_fair_point(bot, text):
    draft = bot.handle(said(text, "Globex Logistics")).staff_notice.text.split("Draft reply", 1)[-1]
    assert "glad" in draft and "BrightPath IT" in draft
    assert "Fair point" not in draft and "decision stands" not in draft


def test_a_greeting_in_french_then_the_provider_on_record_is_the_handover_not_several_requests(closed):
    decision = closed.handle(said("Bonjour, I am owner of Hooli. We find new company, Castle Tech. What they need from "
                                  "you and when they must call you?", "Hooli Bakery"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert "Castle Tech is taking over" in draft and "by Wednesday 23 December 2026" in draft
    assert "other points in your message" not in draft


@pytest.mark.parametrize("client, text", [
    ("Hooli Bakery", "Hello, we need please the keys for the backup, the encrypted one, and also the admin for wifi. "
                     "Castle Tech ask it. Thank you very much"),
    ("Acme Dental", "Hello, we maybe choose new company DentaTech IT. What they need from you and when please?"),
    ("Vandelay Imports", "We still don't have a new IT company. Could you recommend one? And do you still have our backups?"),
])
def test_a_part_leaning_on_another_is_read_with_it_and_no_other_points_are_promised(bot, client, text):
    add_hooli(bot.clients)
    add_vandelay(bot.clients)
    said_to_them = what_was_said(bot.handle(said(text, client)))
    assert "other points in your message" not in said_to_them
    if "backups" in text:
        assert "suggest a few providers" in said_to_them and "check what we still hold" in said_to_them


def test_more_time_asked_in_doubt_is_drafted_as_the_kind_no_not_a_holding_line(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hello, I am cousin of owner, helping with computers. Castle Tech say they only start "
                               "Monday 11 January 2027. Is possible you stay until then?", "Hooli Bakery"))
    text = reply_text(decision) if decision.draft or decision.reply else decision.staff_notice.text
    assert "the decision is final" in text and "come back to you on this shortly" not in text


def test_a_formal_letter_asking_to_resume_the_service_is_drafted_as_the_formal_no(bot):
    decision = bot.handle(said("Dear Sir or Madam,\n\nGlobex Logistics would like to discuss resuming our previous "
                               "service arrangement with your firm. Please advise at your earliest convenience.\n\n"
                               "Regards,\nOperations", "Globex Logistics"))
    text = what_was_said(decision)
    assert "we can't take the account back on" in text and "come back to you on this shortly" not in text


def test_the_new_provider_asking_who_to_talk_to_is_asked_for_its_own_lead_while_a_person_is_found(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("Hi all, Castle Tech here, we're taking on Hooli Bakery from January. Who should "
                                         "we talk to on your side, and by when?", "Hooli Bakery")))
    assert "name and email address of whoever will lead the handover at your end" in text


def test_good_riddance_from_an_ex_client_is_met_with_regret_not_as_if_they_wanted_to_stay(bot):
    add_vandelay(bot.clients)
    draft = bot.handle(said("You lot were useless from day one. Good riddance.", "Vandelay Imports")) \
        .staff_notice.text.split("Draft reply", 1)[-1]
    assert "didn't turn out as you'd hoped" in draft and "isn't what you wanted" not in draft


def test_a_long_plea_that_owns_the_late_payments_is_not_told_the_figures_again(bot):
    decision = bot.handle(said("Dear all,\n\nI am writing this with a heavy heart. We have been with you for years and we "
                               "are only a small practice. This autumn has been awful, my partner has been in hospital and "
                               "the accounts slipped, I know that. But to be left without IT right before Christmas is "
                               "frightening. We will set up a direct debit, we will pay whatever is needed. Please, please "
                               "reconsider.\n\nWith best wishes", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    assert "our decision is final" in draft and "30-60 days late" not in draft


def test_the_new_provider_saying_hey_first_is_still_the_provider_asking_for_the_clients_logins(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("hey! castle tech here, picking up hooli. can u drop the admin logins for their "
                                         "365 + wifi in here?", "Hooli Bakery")))
    assert "once Hooli Bakery confirms to us directly who should receive them" in text


def test_a_formal_offer_to_settle_invoices_a_year_in_advance_is_thanked_for_as_an_offer(bot):
    text = what_was_said(bot.handle(said(
        "Dear Sir or Madam,\nFurther to your notice of termination, the partners of Acme Dental propose to settle all "
        "future invoices a full year in advance by bank transfer, effective immediately. We trust this resolves the matter "
        "and look forward to continuing our arrangement.\nYours faithfully,\nThe Partners", "Acme Dental")))
    assert "Thank you for the offer" in text and "decision stands" in text


def test_an_ex_clients_licence_invoice_is_checked_for_who_bills_it_not_gone_through_with_them(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("We just got a renewal invoice from Microsoft for our 365 licences. Is that billed "
                                         "through you still or us now?", "Vandelay Imports")))
    assert "confirm whether the invoice you mentioned is billed through us" in text
    assert "go through the invoice" not in text


def test_what_we_need_before_the_handover_beside_a_laptop_fault_is_drafted_as_both(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("ok so do u need anything from us before the handover? also unrelated but my laptop fan is "
                               "going crazy loud", "Hooli Bakery"))
    text = what_was_said(decision)
    assert decision.action == HANDOFF
    assert "signs the handover off" in text and "passed this on to our help desk" in text


def test_a_sour_word_on_the_timing_asks_to_hear_from_the_provider_by_the_day_not_to_finish_by_it(closed):
    text = what_was_said(closed.handle(said("Brilliant timing lads. Dumping a bakery right before the busiest week of our "
                                            "year. Really festive.", "Hooli Bakery")))
    assert "hear from Castle Tech by Wednesday 23 December 2026" in text and "finish the handover" not in text


def test_a_furious_ex_client_never_treated_so_badly_goes_to_a_person_with_a_calm_draft(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("I have never been treated so badly by a supplier. You walked away and left us with nothing - "
                               "no-one to call, emails bouncing, staff asking me every day what's going on. Fifteen years "
                               "in business and I've never seen anything like it. I expect someone to sort this out this "
                               "week.", "Vandelay Imports"))
    assert decision.action == HANDOFF and "we understand why you're upset" in what_was_said(decision)


def test_an_ex_clients_letter_asking_to_start_over_is_drafted_as_the_kind_no(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said(
        "Dear all, I've had some time to think since we parted ways. I'll admit we were a demanding client, I was under a "
        "lot of pressure this year with the business and I took it out on your team more than once. I'm not proud of that. "
        "We've tried two other companies since and neither compares. Would you consider starting over with us? I'd really "
        "like to make it right.", "Vandelay Imports")))
    assert "the decision is final" in text and "come back to you on this" not in text


def test_a_legal_threat_from_an_ex_client_is_drafted_with_the_end_and_good_wishes_not_a_later_reply_promised(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("You people were useless from day one. Never fixed anything properly. My lawyer "
                                         "will be in touch.", "Vandelay Imports")))
    assert "reply to you directly" not in text and "we wish you and your team well" in text


def test_why_we_really_let_an_ex_client_go_promises_no_fuller_account_than_the_record_holds(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("Honest question, why did you really let us go? Nobody ever gave us a straight "
                                         "answer.", "Vandelay Imports")))
    assert "In short, the reason is that" in text and "in full, in writing" not in text


def test_need_two_things_announced_first_leaves_no_point_to_come_back_to(bot):
    text = what_was_said(bot.handle(said("need 2 things: a full export of all our patient files, and can you paste the admin "
                                         "passwords for everything here so we have them", "Acme Dental")))
    assert "external drive" in text and "through a secure channel" in text and "other points" not in text


def test_we_always_paid_from_a_client_ended_for_our_capacity_is_told_they_did_nothing_wrong(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("hi, why are you ending with us? did we do something wrong? we always paid 🙁",
                                         "Hooli Bakery")))
    assert "haven't done anything wrong" in text and "your side" not in text


def test_can_you_move_it_over_after_a_domain_question_is_the_domain_not_another_point(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("who actually owns our domain name, you or us? and can you move it over to Castle "
                                         "Tech", "Hooli Bakery")))
    assert "Your domain is yours" in text and "other points" not in text


def test_an_angry_refund_demand_is_met_with_sorrow_and_a_written_answer_not_a_billing_error_check(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("You people never once got anything right and then you just walked off. I want a "
                                         "refund for the last three months, and I want it this week.", "Vandelay Imports")))
    assert "We're sorry you're unhappy with our work" in text and "your request for a refund" in text \
        and "charged in error" not in text and "which lines look wrong" not in text


def test_a_domain_renewal_and_a_licence_move_asked_together_are_both_answered(bot):
    text = what_was_said(bot.handle(said("Can you renew our domain (expires soon) and also move the Adobe licences over to "
                                         "BrightPath?", "Globex Logistics")))
    assert "We'll make sure you hold full control of your domain" in text and "Any licences still billed through us will move into your own name" in text


def test_a_drive_of_backups_and_the_providers_deadline_asked_together_are_both_answered(bot):
    text = what_was_said(bot.handle(said("Two things: 1) can you put all our backups on a drive for us? 2) whats the "
                                         "deadline for the new IT company to talk to you?", "Acme Dental")))
    assert "on an external drive" in text and "please ask them to get in touch by" in text \
        and "come back to you on this shortly" not in text


def test_an_ex_client_with_no_provider_asking_for_a_file_from_backups_is_not_told_of_a_provider_it_has(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("Hi, do u still have our backups? need a file from August", "Vandelay Imports")))
    assert "an IT provider of your choice can do for you" in text and "work with now" not in text


def test_a_legal_threat_over_a_fault_from_an_ex_client_with_no_provider_invents_none(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("Our server's been down since 7am and the whole warehouse is stuck. You left us in "
                                         "the lurch and frankly I'm talking to our lawyer about it. I want someone here "
                                         "TODAY.", "Vandelay Imports")))
    assert "an IT provider of your choice can help with it" in text and "work with now" not in text


def test_news_of_the_new_provider_beside_a_question_is_no_point_left_unanswered(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("Hello, we have now new company, Castle Tech. What they need from you and when "
                                         "please?", "Hooli Bakery")))
    assert "Castle Tech is taking over" in text and "other points" not in text and "can't tell what" not in text


def test_an_ex_client_asking_if_we_still_have_admin_is_not_told_it_is_still_there(bot):
    text = what_was_said(bot.handle(said("does your company still have admin on our 365 tenant? our auditor's asking who has "
                                         "access", "Globex Logistics")))
    assert "check what access we still have" in text and "sorry it's still there" not in text


def test_we_always_pay_on_time_asked_with_what_we_did_wrong_is_told_it_isnt_payment_before_any_sorrow(bot):
    add_hooli(bot.clients)
    said_to_them = what_was_said(bot.handle(said("Hello, we are not understand why you stop to work with us. We pay always "
                                                 "on time! What we did wrong?", "Hooli Bakery")))
    assert "it isn't about payment, and you haven't done anything wrong" in said_to_them
    assert "so hard to hear" not in said_to_them


def test_who_gets_the_domain_login_with_no_new_provider_yet_is_the_login_to_a_named_person_not_a_data_drive(bot):
    said_to_them = what_was_said(bot.handle(said("who do we give the domain login to?? we havent got a new company yet",
                                                 "Acme Dental")))
    assert "hand it over to a named person on your team" in said_to_them and "external drive" not in said_to_them


def test_a_heartfelt_plea_from_someone_writing_as_practice_manager_is_a_plea_not_a_complaint_to_management(bot):
    said_to_them = what_was_said(bot.handle(said(
        "Dear all,\n\nI am writing as practice manager of Acme Dental and honestly I am still in shock. I know we were "
        "slow paying this year, the surgery had a horrible year with staff leaving and a flood in the basement, but we "
        "always paid in the end. You have looked after our computers since before I started here. Please reconsider. We "
        "can pay six months upfront if that is what it takes. I don't know how we would even start looking for someone "
        "new before Christmas.\n\nPlease let me know.", "Acme Dental")))
    assert "complaint" not in said_to_them and "our decision is final" in said_to_them \
        and "external drive" in said_to_them


def test_a_letter_asking_a_the_date_services_cease_and_b_the_return_of_backups_is_answered_on_both(bot):
    add_hooli(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Hooli Bakery")["end_date"]))
    said_to_them = what_was_said(bot.handle(said(
        "Dear Sirs,\n\nFurther to your notice, we request written confirmation of (a) the date on which your services "
        "will cease and (b) the arrangements for the return of our backup data and encryption keys.\n\nYours faithfully,"
        "\nHooli Bakery Ltd", "Hooli Bakery")))
    assert f"The last day of our support is {end}" in said_to_them and "external drive" in said_to_them


def test_old_backups_and_their_encryption_key_asked_together_are_both_answered(bot):
    add_vandelay(bot.clients)
    said_to_them = what_was_said(bot.handle(said("vandalay imports - need our old backups and the encryption key asap, new "
                                                 "guy needs them", "Vandelay Imports")))
    assert "Your data is yours" in said_to_them and "The backup encryption key is yours" in said_to_them


def test_admin_passwords_for_the_tills_and_wifi_are_both_named_in_the_secure_handover(bot):
    add_hooli(bot.clients)
    said_to_them = what_was_said(bot.handle(said("can u just paste the admin passwords for the tills + wifi here so castle "
                                                 "have them", "Hooli Bakery")))
    assert "the till admin logins" in said_to_them and "Wi-Fi admin password" in said_to_them \
        and "never in a chat" in said_to_them


def test_the_new_providers_setup_question_with_a_key_asked_too_is_declined_and_the_key_handed_over_in_the_draft(bot):
    bot.clients.edit("Globex Logistics", new_provider_contact="help@brightpath.example")
    draft = what_was_said(bot.handle(said("Hi, BrightPath here. How was the site-to-site VPN set up at Globex? We need the "
                                          "pre-shared key too.", "Globex Logistics")))
    assert "no longer able to take on questions about how things were set up" in draft \
        and "The VPN pre-shared key belongs to Globex Logistics" in draft and "come back to you" not in draft


def test_an_ex_client_asking_if_its_domain_renews_is_told_we_check_not_that_we_keep_it_from_lapsing(bot):
    add_vandelay(bot.clients)
    end = long_date(date.fromisoformat(bot.clients.get("Vandelay Imports")["end_date"]))
    draft = what_was_said(bot.handle(said("vandlay here - is our domain renewing automatically or what", "Vandelay Imports")))
    assert f"As our support ended on {end}, we'll check how it renews and tell you" in draft \
        and "make sure it doesn't lapse" not in draft and draft.count("today") <= 1


def test_an_ex_client_asking_us_to_move_its_domain_hears_once_that_we_check_how_it_is_held(bot):
    draft = what_was_said(bot.handle(said("Globx here - our domain renewal notice went to your email address?? can you "
                                          "transfer the domain to us", "Globex Logistics")))
    assert "how it is registered and how it renews today" in draft and draft.count("today") == 1


def test_an_ex_clients_two_things_password_and_renewal_declines_the_renewal_too(bot):
    draft = what_was_said(bot.handle(said("Two things: 1) can someone post the Microsoft 365 global admin password in here, "
                                          "we can't find it, and 2) our antivirus licence runs out next week - can you "
                                          "renew it for us?", "Globex Logistics")))
    assert "The Microsoft 365 global admin account is yours" in draft
    assert "so we can't renew it for you" in draft and "BrightPath IT can put cover back in place" in draft


def test_two_things_a_login_and_a_fault_from_a_client_in_notice_answers_the_fault_too(bot):
    draft = what_was_said(bot.handle(said("2 things: can you send us the login for our domain thingy, and the wifi in the "
                                          "waiting room keeps dropping", "Acme Dental")))
    assert "full control of your domain" in draft and "help desk" in draft


@pytest.mark.parametrize("text", ["Brilliant. Two weeks in and nobody seems to know the admin passwords. Thanks a bunch.",
                                  "This is a joke. We still don't have our admin passwords. Sort it out."])
def test_an_ex_client_left_without_its_logins_gets_them_offered_however_sarcastic(bot, text):
    decision = bot.handle(said(text, "Globex Logistics"))
    draft = handoff_draft(decision)
    assert decision.intent == "credentials_handover" and "> Hi Dana,\n> \n> We're sorry for the trouble" in draft
    assert "The admin passwords are yours" in draft and "can't fix it" not in draft


def test_what_moving_their_data_costs_is_answered_without_quoting_or_waiving_a_fee(bot):
    draft = handoff_draft(bot.handle(said("We need ALL our patient records, imaging and emails moved before we go. How does "
                                          "that work and what does it cost?", "Acme Dental")))
    assert "As for cost, we'll confirm before we start whether your agreement carries any charge" in draft
    assert "free" not in draft and "£" not in draft


def test_a_data_request_that_asks_nothing_of_cost_says_nothing_of_it(bot):
    draft = handoff_draft(bot.handle(said("We need all our patient records moved before we go. How does that work?",
                                          "Acme Dental")))
    assert "As for cost" not in draft


def test_a_plea_that_tells_of_a_husband_unwell_meets_sympathy_from_a_person_before_the_decision(bot):
    decision = bot.handle(said("I know we have been slow with the invoices this year, my husband was unwell and I "
                               "fell behind on everything, but that is sorted now. Please reconsider. We will "
                               "pay six months upfront if that's what it takes.", "Acme Dental"))
    draft = handoff_draft(decision)
    assert decision.action == HANDOFF and "We're very sorry to hear what you've been going through." in draft
    assert draft.count("decision") == 1 and "final" in draft


def test_the_new_provider_asking_for_a_call_and_the_documentation_is_told_yes_to_both(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("Hi, Castle Tech here — we're taking over IT for Hooli Bakery. Could we book a "
                                          "handover call and get the documentation and network diagrams?", "Hooli Bakery")))
    assert "We're glad to work with you on the handover" in draft
    assert "Yes, the documentation and network diagrams are part of the handover" in draft


def test_asking_if_we_know_how_the_ending_felt_is_met_with_a_sorry_before_the_reason(bot):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said("You never gave us a real reason. Four years with you and all we got was a "
                                          "two-paragraph email. Do you have any idea how that felt? We paid every bill on "
                                          "time, and you just walked off. I want an explanation.", "Vandelay Imports")))
    assert "We're sorry the way we told you left you feeling like that" in draft and "set the record straight" not in draft
    assert "The reason is" in draft


def test_money_to_stay_beside_a_key_asked_for_answers_both_not_a_holding_line(bot):
    draft = handoff_draft(bot.handle(said("Two things. 1) Could we pay 3 months upfront and keep you? 2) When we find a new IT "
                                          "guy can you send him the backup encryption key?", "Acme Dental")))
    assert "our decision is final" in draft and "The backup encryption key is yours" in draft
    assert "come back to you" not in draft


def test_please_dont_delete_our_files_is_never_read_as_a_request_to_erase_them(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("we dont have the login for our domain registrar, who has it? also pls dont delete our files "
                               "before castle tech copies them", "Hooli Bakery"))
    assert decision.intent != "erase_request" and "our copies have been removed" not in what_was_said(decision) \
        and "domain registrar login is yours" in what_was_said(decision)


def test_email_hosted_with_us_asked_to_stay_after_the_end_is_moved_before_it_not_said_to_carry_on(bot):
    add_hooli(bot.clients)
    said_to_them = what_was_said(bot.handle(said("Could we keep just the email hosting with you after January? Castle can "
                                                 "have everything else.", "Hooli Bakery")))
    assert "We can't keep hosting your email" in said_to_them and "nothing stops on that day" not in said_to_them \
        and "even for a few weeks" not in said_to_them


def test_a_termination_called_unlawful_with_reinstatement_demanded_goes_to_management_not_the_come_back_no(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Sirs, We consider the termination of our agreement to be unlawful and demand immediate "
                               "reinstatement of service. We await your written confirmation.", "Vandelay Imports"))
    assert decision.intent == "formal_complaint" and "Thank you for thinking of us" not in what_was_said(decision)


def test_the_admin_passwords_and_our_data_asked_together_by_an_ex_client_are_both_answered(bot):
    add_vandelay(bot.clients)
    said_to_them = what_was_said(bot.handle(said("Can you at least send us the admin passwords and our data? We never got "
                                                 "them.", "Vandelay Imports")))
    assert "Your data is yours" in said_to_them and "The admin passwords are yours" in said_to_them


def test_will_our_website_go_down_on_the_last_day_is_answered_no_first_beside_the_domain(bot):
    said_to_them = what_was_said(bot.handle(said("Who actually owns our domain? Will our website go down on Monday the "
                                                 "21st?", "Acme Dental")))
    assert "No: nothing of yours goes down on" in said_to_them and "We'll make sure you hold full control of your domain" in said_to_them


def test_a_formal_demand_to_restore_support_read_in_doubt_is_drafted_as_the_decision_standing(bot):
    add_vandelay(bot.clients)
    said_to_them = what_was_said(bot.handle(said(
        "Dear Sirs,\n\nWe write to require the immediate restoration of IT support services to Vandelay Imports. We "
        "consider the termination unjustified and expect a response by return.\n\nYours faithfully,\nVandelay Imports Ltd",
        "Vandelay Imports")))
    assert "the decision stands" in said_to_them and "Our support ended on" in said_to_them


def test_whether_the_new_provider_can_call_us_in_a_month_after_the_last_day_is_never_passed_to_the_help_desk(bot):
    # (a month that begins after the last day, whatever the pinned date: "in January" for a last day in December)
    later = (date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]) + timedelta(days=32)).strftime("%B").lower()
    said_to_them = what_was_said(bot.handle(said("Two things: 1) we havent picked anyone yet, can you recommend an email "
                                                 f"provider? 2) once we do pick someone can they call you in {later} if "
                                                 "they get stuck?", "Acme Dental")))
    assert "passed this on to our help desk" not in said_to_them \
        and re.search(r"\bhand(?:ed)? over\b[^.]*\bbefore then|before then we'll hand over", said_to_them)


def test_backup_of_images_how_we_get_them_and_the_key_for_encryption_answers_both_in_the_draft(bot):
    decision = bot.handle(said("Hello, we need backup of x-ray images before the end. How we get them? And the key for "
                               "encryption, where it is?", "Acme Dental"))
    text = what_was_said(decision)
    assert "a full copy of your data on an external drive" in text and "The backup encryption key is yours" in text
    assert "other points" not in text


def test_keys_and_a_domain_login_that_castle_tech_is_asking_for_leave_no_other_points_to_come_back_to(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hello, I am new manager of Hooli Bakery. Please can you give me the backup encryption keys "
                               "and also the login for the domain? Castle Tech is asking for it. Thank you very much.",
                               "Hooli Bakery"))
    text = what_was_said(decision)
    assert "The backup encryption key" in text and "other points" not in text


def test_an_ex_client_demanding_an_explanation_hears_the_day_it_ended_once(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("You lot were useless from day one and now you've just walked off. I want a proper "
                                         "explanation in writing.", "Vandelay Imports")))
    assert text.count("Our support ended on") == 1 and "the reason is" in text


def test_files_and_an_admin_password_asked_together_say_how_passwords_travel_once(bot):
    text = what_was_said(bot.handle(said("Two things: can you send us all our files and the email archive? And what's the "
                                         "admin password for our Microsoft account?", "Acme Dental")))
    assert "external drive" in text and "The admin passwords are yours" in text
    assert text.count("secure channel") == 1


def test_admin_passwords_nobody_knows_are_checked_in_plain_grammar(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("nobody here knows the admin pw for the server, who has it???", "Vandelay Imports")))
    assert "We'll check whether they are held with us" in text and "whether them" not in text


def test_switch_everything_off_today_for_a_clean_break_is_a_wish_to_finish_early_for_a_person(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Can you just switch everything off today? We'd rather have a clean break, Castle Tech are "
                               "starting Monday.", "Hooli Bakery"))
    text = what_was_said(decision)
    assert decision.action == HANDOFF and "bring the handover forward" in text and "no need to worry" not in text


def test_a_long_letter_feeling_let_down_not_knowing_where_to_begin_gets_a_full_draft_not_a_holding_line(bot):
    decision = bot.handle(said("Dear all,\n\nI have worked with your team for years and I honestly feel let down. We are a "
                               "small practice, cash flow has been awful since the building works, and now on top of "
                               "everything I have to find a new IT company before Christmas. I know we were late with some "
                               "payments but I thought we had a relationship. I don't know where to begin with all this."
                               "\n\nRegards,\nPractice Manager", "Acme Dental"))
    text = what_was_said(decision)
    assert decision.action == HANDOFF and "external drive" in text and "I'll come back to you on this shortly" not in text


def test_telling_everyone_not_to_use_us_is_an_angry_complaint_for_a_person_not_a_wish_to_hire_us(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("You people were useless for years and now you won't even pick up the phone. Every single "
                               "thing we asked for took forever and half of it was wrong. I've told everyone I know not to "
                               "use you. Hope you're proud.", "Vandelay Imports"))
    assert decision.action == HANDOFF and "Thank you for thinking of us" not in what_was_said(decision)


def test_who_owns_the_licences_is_checked_not_claimed_in_the_draft(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("Hooly here - do we own the Microsoft licences or do you? And will Castle Tech get "
                                         "the backup encryption key?", "Hooli Bakery")))
    assert "As for any licences still billed through us, we'll check how each is held" in text
    assert "are yours as well" not in text


def test_the_last_day_asked_with_a_call_after_christmas_is_answered_both_never_a_bare_holding_line(closed):
    # (the clock is pinned to 1 December 2026, so the record's days are set to match it)
    closed.clients.edit("Acme Dental", notice_date="2026-11-20", end_date="2026-12-21")
    text = what_was_said(closed.handle(said("Acme Dnetal here - what's our last day exactly, and is it ok if the new people "
                                            "ring you after xmas?", "Acme Dental")))
    assert "The last day of our support is Monday 21 December 2026" in text
    assert "Leaving it until later would be too late" in text and "come back to you on this shortly" not in text


def test_licences_still_billing_through_us_after_the_end_get_a_draft_moving_them_never_a_bare_holding_line(bot):
    text = what_was_said(bot.handle(said("why are our microsoft licences still billing through you??", "Globex Logistics")))
    assert "moved into your own name and onto your own payment method" in text
    assert "come back to you on this shortly" not in text


def test_a_fix_demanded_from_an_ex_client_under_threat_of_going_public_gets_the_calm_no_never_a_holding_line(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("Fix our email today or I post everywhere that you abandoned us mid-contract.",
                                         "Vandelay Imports")))
    assert "we can't take on the fix you've asked for" in text and "It's a business decision, not a personal one" in text
    assert "come back to you on this shortly" not in text


def test_what_we_need_from_their_new_provider_read_in_doubt_gets_the_handover_draft(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("Castle Tech want to start in a couple of weeks, do you need anything from them?",
                                         "Hooli Bakery")))
    assert "please share their contact details with us" in text and "come back to you on this shortly" not in text


def test_can_we_keep_our_domain_after_we_go_is_about_the_domain_not_the_last_day(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("hi its hooli bakry, can we keep our website domain after we go? i think we registered it "
                               "ages ago", "Hooli Bakery"))
    assert decision.intent == "credentials_handover" and "full control of your domain" in what_was_said(decision)


def test_the_clients_own_name_misspelt_is_never_taken_for_a_new_provider(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("hi this is the new guy at Vandleay, whats the admin password for the router? nobody left it",
                               "Vandelay Imports"))
    assert "Vandleay" not in decision.staff_notice.text.split("wrote:", 1)[1].split("\n", 2)[2]
    assert decision.intent == "credentials_handover" and "router admin login is yours" in what_was_said(decision)


def test_a_heartfelt_plea_read_as_anger_is_answered_as_a_plea_never_as_frustration(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("I've run this bakery for eleven years and you were the first IT people who ever explained "
                               "things without making me feel stupid. I'm honestly gutted. Is there really nothing I can "
                               "say to change your mind?", "Hooli Bakery"))
    assert decision.intent == "second_chance" and "frustrating" not in what_was_said(decision)


def test_a_sarcastic_complaint_about_expiring_licences_gets_the_licence_draft_calmly_not_a_farewell(bot):
    decision = bot.handle(said("Wow, great 'partner'. Two weeks out and our licences are expiring and nobody said a word. "
                               "Thanks a lot.", "Globex Logistics"))
    text = what_was_said(decision)
    assert decision.intent == "credentials_handover" and "moved into your own name" in text
    # (no unanswered request of theirs is on record: nothing is owned that didn't happen)
    assert "> We understand this is frustrating." in text and "got back to you" not in text


def test_more_time_beside_a_router_login_gets_both_answered_in_the_draft(bot):
    add_hooli(bot.clients)
    text = what_was_said(bot.handle(said("2 things: can we keep you till end of Jan instead? and pls send the wifi router "
                                         "admin login", "Hooli Bakery")))
    assert "We can't continue our support beyond" in text and "through a secure channel" in text
    assert "come back to you" not in text


def test_a_sad_plea_to_continue_in_the_spring_gets_the_kind_no_never_a_holding_line(bot):
    add_hooli(bot.clients)
    decision = bot.handle(said("Hello, we are very sad for this news. Please, we can continue maybe in the spring when you "
                               "have less work? We are small, we do not need so much.", "Hooli Bakery"))
    assert decision.intent == "second_chance" and "We can't continue our support beyond" in what_was_said(decision)


def test_a_guess_at_the_reason_with_admit_it_is_corrected_with_the_reason_not_met_with_sympathy_alone(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Be honest, you dropped us because we questioned that invoice. Admit it.", "Vandelay Imports"))
    assert decision.intent == "explain_reason" and "it isn't about payment" in what_was_said(decision)


def test_a_records_export_beside_admin_passwords_gets_both_in_the_draft(bot):
    text = what_was_said(bot.handle(said("We need two things: an export of all our patient records and x-rays, and the "
                                         "admin passwords for our Microsoft 365. Can you send the passwords here?",
                                         "Acme Dental")))
    assert "full copy of your data on an external drive" in text and "Microsoft 365 admin login is yours" in text


def test_a_threat_of_a_solicitor_in_notice_is_acknowledged_with_the_decision_standing_and_support_carrying_on(bot):
    decision = bot.handle(said("This is disgraceful. Years of loyalty and you drop us over a handful of late invoices. "
                               "I'll be speaking to our solicitor.", "Acme Dental"))
    draft = decision.staff_notice.text.split("Draft reply", 1)[-1]
    end = long_date(date.fromisoformat(bot.clients.get("Acme Dental")["end_date"]))
    assert decision.action == HANDOFF and "We've passed it to our management team" in draft
    assert f"Our decision to end the agreement stands; in the meantime your support carries on as normal until {end}" in draft


@pytest.mark.parametrize("text, answers", [
    ("Two things: can you renew our Microsoft licences for another year, and also send over the network diagram?",
     ["rather than renewing them through us, we'll move them into your own name and payment method before",
      "Your documentation, such as the network diagram, is yours too, and we'll send it over"]),
    ("two things: 1) can you renew our antivirus licences before you leave, they run out soon? 2) where should we move "
     "our domain to?",
     ["rather than renewing them through us", "Your domain belongs in a registrar account in your own name"])])
def test_a_handed_over_message_about_licences_documents_or_the_domain_gets_a_draft_that_answers_each(bot, text, answers):
    draft = bot.handle(said(text, "Acme Dental")).staff_notice.text.split("Draft reply", 1)[-1]
    assert all(words in draft for words in answers) and "come back to you on the details shortly" in draft


def test_secrets_asked_for_a_named_address_before_our_closure_ask_for_confirmation_not_for_a_name(closed):
    decision = closed.handle(said("pls send the wifi admin password and our backup encryption key to castle tech, here's "
                                  "their email ops@castletech.example", "Hooli Bakery"))
    notice = decision.staff_notice.text
    assert "so please confirm by then" in notice and "let us know who by then" not in notice
    assert "once you've confirmed that address with them, record it" in notice


def test_someone_from_the_new_it_company_asking_for_the_domain_is_answered_as_the_provider(bot):
    draft = bot.handle(said("Hello, I am from new IT company for Acme Dental. Please we need transfer of domain and DNS, and "
                            "all admin accesses. Can you send here?", "Acme Dental")).staff_notice.text.split("Draft reply", 1)[-1]
    assert "Thank you for getting in touch about Acme Dental." in draft and "once Acme Dental has confirmed it" in draft
    assert "Your domain is yours" not in draft


def test_two_requests_joined_by_a_capitalised_and_are_each_answered_in_the_draft(bot):
    draft = bot.handle(said("hi, 2 things: can u reset Dr Mehta's email password (locked out again) AND can we get a full "
                            "export of all our data pls", "Acme Dental")).staff_notice.text.split("Draft reply", 1)[-1]
    assert "passed the password reset on to our help desk" in draft and "full copy of your data on an external drive" in draft
    assert "other points in your message" not in draft


@pytest.mark.parametrize("text", ["need the admin password for our website hosting, we're locked out",
                                  "Hi, network guy at Vandelay Imports. what was the admin password on the firewall? we're "
                                  "locked out"])
def test_an_organisation_locked_out_of_an_admin_login_is_not_answered_about_a_user_reset(bot, text):
    add_vandelay(bot.clients)
    notice = bot.handle(said(text, "Vandelay Imports")).staff_notice.text
    assert "user's password reset" not in notice and "secure channel" in notice


def test_all_the_time_we_paid_you_said_in_anger_is_not_thanked_as_a_payment(bot):
    notice = bot.handle(said("I've been meaning to write this for weeks. In all the time we paid you, you never once got "
                             "anything right first time. Tickets were slow, your techs were rude, and then you drop us like "
                             "we're nothing.", "Acme Dental")).staff_notice.text
    assert "about the payment" not in notice


@pytest.mark.parametrize("today, last_day", [
    (date(2026, 12, 1), date(2026, 12, 21)),
    # (in March, "January" is next year's: still after the day they should call by)
    (date(2027, 3, 1), date(2027, 3, 22)),
])
def test_a_provider_they_lean_towards_calling_us_after_the_deadline_gets_the_earlier_day(bot, pinned_clock, today,
                                                                                          last_day):
    # (pinned, not the run's date: "in January" is too late only for a last day well before it)
    pinned_clock.set(datetime.combine(today, time(10), tzinfo=timezone.utc))
    bot.clients.edit("Acme Dental", notice_date=(today - timedelta(days=10)).isoformat(), end_date=last_day.isoformat())
    text = what_was_said(bot.handle(said("hi, Acme Dentl here - we're probably going with DentaTech, is it ok if they get "
                                         "in touch with you in January?", "Acme Dental")))
    assert "rather not leave it that late" in text and long_date(last_day) in text and "I'll come back to you" not in text
    assert "suggest a few IT providers" not in text


@pytest.mark.parametrize("text", [
    "Hi, BrightPath IT here - we've taken over Globex. Can you tell us how their firewall VPN was configured? We can't "
    "find any docs.",
    "Hi, BrightPath IT here - we've taken over Globex Logistics. Could you tell us how the firewall rules were "
    "configured, and also send over the backup encryption key?",
])
def test_an_ex_clients_new_provider_asking_how_things_were_configured_is_told_no_in_the_draft(bot, text):
    said_back = what_was_said(bot.handle(said(text, "Globex Logistics", sender="")))
    assert "not able to walk you through how things were configured" in said_back


def test_a_client_that_has_appointed_a_new_provider_is_offered_no_providers(bot):
    add_vandelay(bot.clients)
    text = what_was_said(bot.handle(said("Dear Sir or Madam,\nWe write to inform you that we have appointed DataNorth as "
                                         "our new IT provider. We would be grateful if a member of your technical staff "
                                         "could make themselves available for a telephone call with DataNorth to explain "
                                         "how our systems were configured.\nYours faithfully,\nThe Directors",
                                         "Vandelay Imports", sender="")))
    assert "suggest a few IT providers" not in text and "not able to" in text


def test_a_formal_letter_asking_for_reasons_and_a_refund_is_no_thank_you_note(bot):
    # ("We write to formally request (i) ... (ii) ... We should be grateful for a response": two requests, no thanks)
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir/Madam,\n\nRe: Termination of IT support services\n\nWe write to formally request "
                               "(i) a written explanation of the reasons for the termination of our agreement, and (ii) a "
                               "refund of fees paid for October 2026, during which we consider the service to have been "
                               "inadequate.\n\nWe should be grateful for a response within fourteen days.\n\nYours "
                               "faithfully,\nVandelay Imports Ltd", "Vandelay Imports"))
    draft = what_was_said(decision)
    assert decision.action == HANDOFF and decision.intent != "gratitude"
    assert "very kind" not in draft and "the reason is" in draft.lower() and "about price" not in draft


def test_a_one_line_review_threat_is_met_with_sorry_not_thanks_for_being_clear(bot):
    add_vandelay(bot.clients)
    draft = what_was_said(bot.handle(said("1 star on google incoming. enjoy", "Vandelay Imports")))
    assert "Thank you for being clear" not in draft and "sorry" in draft


def test_good_wishes_in_a_two_part_draft_close_it_rather_than_split_it(bot):
    add_vandelay(bot.clients)
    draft = what_was_said(bot.handle(said("still havent found a new IT company. can you at least recommend someone? and who "
                                          "has admin on our 365 now, us or you?", "Vandelay Imports")))
    body = draft.split("Kind regards")[0]
    assert "look after your IT until someone new" not in body
    assert body.rstrip("> \n").endswith("We wish you well with the search.")


def test_a_jab_at_the_timing_from_an_ex_client_is_not_told_the_news_lands_now(bot):
    add_vandelay(bot.clients)
    draft = what_was_said(bot.handle(said("Wow. Fantastic timing, dumping us right before our busiest quarter. Really "
                                          "top-notch customer care 👏", "Vandelay Imports")))
    assert "lands now" not in draft and "holidays" not in draft and "timing" in draft


@pytest.mark.parametrize("text, client", [("can u just paste all our passwords in here so castle tech has them? easier",
                                           "Hooli Bakery"),
                                          ("can you email us the admin password for the firewall pls", "Globex Logistics")])
def test_passwords_asked_for_in_the_chat_or_by_email_are_declined_that_way_first(bot, text, client):
    add_hooli(bot.clients)
    draft = what_was_said(bot.handle(said(text, client)))
    assert "We can't share passwords here or by email" in draft and "secure channel" in draft


def test_their_data_asked_for_by_wetransfer_to_a_personal_gmail_gets_the_drive_and_why_not_that(bot):
    draft = what_was_said(bot.handle(said("hi we need a copy of all our files + emails before you go. can you just "
                                          "wetransfer it to my gmail?", "Acme Dental")))
    assert "external drive" in draft and "We won't send it by email or a download link" in draft


def test_no_provider_able_to_start_in_time_gets_the_safe_landing_and_email_kept(bot):
    decision = bot.handle(said("we've called 3 IT companies and none can start before christmas. What happens to us when "
                               "you finish?? will our emails just stop", "Acme Dental"))
    text = what_was_said(decision)
    assert decision.intent == "no_new_provider" and "external drive" in text and "email keeps working" in text


def test_data_asked_back_in_full_and_thereafter_deleted_is_copied_first_then_deleted(bot):
    add_vandelay(bot.clients)
    draft = what_was_said(bot.handle(said(
        "Dear Sir/Madam,\n\nRe: Return of company data\n\nWe hereby request that all data belonging to Vandelay Imports held "
        "on your systems, including email archives and backups, be returned to us in full within 14 days, and thereafter "
        "securely deleted. Please confirm receipt of this request in writing.\n\nYours faithfully,\nAccounts Department\n"
        "Vandelay Imports", "Vandelay Imports")))
    assert "send you a complete copy" in draft and "confirm the deletion" in draft


def test_a_formal_request_for_their_data_returned_in_full_is_their_data_not_a_plea(bot):
    add_vandelay(bot.clients)
    decision = bot.handle(said("Dear Sir or Madam,\n\nFurther to the termination of our agreement, we hereby request that "
                               "all data held by your company on behalf of Vandelay Imports Ltd be returned to us in full "
                               "within fourteen days, and that written confirmation be provided once this has been done."
                               "\n\nYours faithfully,\nAccounts Department\nVandelay Imports", "Vandelay Imports"))
    draft = what_was_said(decision)
    assert decision.intent == "data_export" and "the decision stands" not in draft and "belongs to you" in draft


def test_a_fault_told_beside_the_closure_question_is_passed_to_the_help_desk(closed):
    reply = reply_text(closed.handle(said("r u guys open over xmas? the tablet that runs the oven schedule keeps freezing",
                                          "Hooli Bakery")))
    assert "Thanks for letting us know about the tablet: we've passed it on to our help desk now" in reply
    assert "Our office is closed from Thursday 24 December 2026" in reply


def test_whether_we_are_on_call_over_the_closure_is_the_holiday_answer(closed):
    decision = closed.handle(said("What if the till or the card machine breaks between Christmas and New Year? Are you on "
                                  "call?", "Hooli Bakery"))
    assert decision.action != HANDOFF and "We can't promise cover while the office is shut" in what_was_said(decision)


@pytest.mark.parametrize("text, items", [
    ("can u just paste all our admin logins (365, router, the practice software) in here so we've got them before you "
     "leave", "The Microsoft 365 admin login, the practice software admin login and the router admin login are yours"),
    ("can u just paste all our admin passwords and the wifi key in here so we've got them before xmas",
     "The admin passwords and the Wi-Fi network password are yours"),
    ("can u just paste the 365 admin login and the server passwords in here so we have them before you go",
     "The Microsoft 365 admin login and the server admin login are yours"),
    ("can u just paste all our admin passwords in here so we have them? 365 + wifi + the router pls",
     "The Microsoft 365 admin login, the Wi-Fi admin password and the router admin login are yours"),
])
def test_every_login_a_client_lists_is_named_in_the_draft_not_only_the_first(bot, text, items):
    assert items in what_was_said(bot.handle(said(text, "Acme Dental")))


def test_a_follow_up_about_the_same_domain_leaves_no_other_points_to_come_back_on(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("Hi. Who is our domain hoolibakery.example registered with? Castle Tech want to "
                                          "move it over. Also is it in our name or yours?", "Hooli Bakery")))
    assert "registrar login" in draft and "other points in your message" not in draft


def test_patient_records_named_beside_a_data_request_get_an_encrypted_drive_and_no_other_points(bot):
    draft = handoff_draft(bot.handle(said("Hi all, we need copies of all our files and the practice management database "
                                          "before we move. Patient records included obviously. How does that work and "
                                          "when?", "Acme Dental")))
    assert "As it holds patient records, the drive itself will be encrypted" in draft
    assert "other points in your message" not in draft


def test_a_formal_letter_asking_for_backup_archives_is_their_data_not_a_plea(bot):
    draft = handoff_draft(bot.handle(said("Dear Sir or Madam,\n\nFurther to the termination of our agreement, we hereby "
                                          "request that copies of all backup archives held on our behalf be provided to us "
                                          "within fourteen days of this letter.\n\nYours faithfully,\nFinance Director, "
                                          "Globex Logistics", "Globex Logistics")))
    assert "the data we hold for you, which belongs to you" in draft and "decision to end the agreement is final" not in draft


def test_a_formal_proposal_to_resume_the_agreement_gets_the_kind_no(bot):
    decision = bot.handle(said("Dear Sir or Madam,\n\nFurther to our recent discussions, Globex Logistics would like to "
                               "propose resuming our agreement on the previous terms. We accept to limit our requests "
                               "strictly to the agreed scope of work.\n\nYours faithfully,\nOperations Department",
                               "Globex Logistics"))
    assert decision.intent == "come_back" and "won't be taking the account back on" in handoff_draft(decision)


def test_an_eye_roll_about_figuring_out_backups_alone_gets_the_calm_answer_not_a_holding_line(bot):
    draft = handoff_draft(bot.handle(said("Oh wonderful, love how 'support has ended' is the answer to everything now \U0001F644 "
                                          "guess we'll just figure out our own backups then", "Globex Logistics")))
    assert "BrightPath IT" in draft and "come back to you on this shortly" not in draft


def test_a_message_in_a_second_language_gets_plain_words_back(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("Hello. Sorry my english. Why you stop to help us? We pay always, we are nice "
                                          "customer. What we do wrong?", "Hooli Bakery")))
    assert "our team has too much work" in draft and "capacity" not in draft and "on hand" not in draft
    assert "get in touch" not in draft and "handover" not in draft


def test_all_our_files_then_a_recommendation_answers_both_in_the_order_asked(bot):
    draft = handoff_draft(bot.handle(said("hi two things - 1) we need ALL our files incl the patient stuff before you go, how "
                                          "do we get them? 2) can you recommend another IT company??", "Acme Dental")))
    assert "external drive" in draft and "suggest a few IT providers" in draft
    assert draft.index("external drive") < draft.index("suggest a few IT providers")


def test_no_provider_yet_a_recommendation_and_a_forgotten_password_are_all_answered(bot):
    add_vandelay(bot.clients)
    draft = handoff_draft(bot.handle(said("vandalay here. still no IT company. who do you recommend?? also we forgot the "
                                          "wifi admin password", "Vandelay Imports")))
    assert "suggest a few providers" in draft and "Wi-Fi admin password is yours" in draft
    assert "come back to you on this shortly" not in draft


def test_who_our_new_it_company_should_get_in_touch_with_names_the_owner_beside_a_fix(bot):
    text = what_was_said(bot.handle(said("hey can you reset Maria's email password, she's locked out. also who should our new "
                                         "IT company get in touch with when we pick one?", "Acme Dental")))
    assert "Your new IT company can contact Priya" in text and "help desk" in text


def test_licences_and_the_antivirus_asked_about_are_both_answered(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("What happens to our microsoft licences and the antivirus we pay through you?",
                                          "Hooli Bakery")))
    assert "into your own name" in draft and "The antivirus we manage stays on your computers until Castle Tech" in draft


def test_losing_email_asked_beside_the_licences_says_the_licence_move_once(bot):
    add_hooli(bot.clients)
    draft = handoff_draft(bot.handle(said("What happens to our Microsoft licences after Jan?? Do we lose our email??",
                                          "Hooli Bakery")))
    assert "you won't lose your email" in draft and draft.count("own payment method") == 1


def test_a_list_of_their_licences_asked_for_is_promised_beside_the_move(bot):
    draft = handoff_draft(bot.handle(said("Two things: can you reset the password for the reception PC login (user: "
                                          "frontdesk), and can you send us a list of all our Microsoft licences so we know "
                                          "what to buy?", "Acme Dental")))
    assert "We'll send you a list of the licences held for you through us" in draft and "help desk" in draft


def test_what_the_new_provider_must_do_before_they_start_asked_in_a_second_language_is_drafted(closed):
    draft = handoff_draft(closed.handle(said("Hello, Castle Tech say they start with us on Monday 4 January. It is OK? What "
                                             "they must do before? Thank you very much for help", "Hooli Bakery")))
    assert "Castle Tech to contact us by Wednesday 23 December 2026" in draft or \
        "ask them to contact us by Wednesday 23 December 2026" in draft
    assert "come back to you on this shortly" not in draft and "get in touch" not in draft
