"""The router: principle per audience and phase, doubt and alternatives, off-topic requests,
bad input, and the compiled model's fidelity."""
import json

import pytest

from bot.core import planned_action
from bot.message import HANDOFF, REPLY
from intents.catalog import ALIASES, INTENTS, PRINCIPLES
from intents.examples import (BLIND_DIR, blind_files, heldout_files, load_blind, load_examples, load_general_test,
                              load_heldout)
from intents.router import MAX_ALTERNATIVES, Alternative, Route, default_router, route_from

THRESHOLD = 0.55  # the default PARTING_WAYS_CONFIDENCE


@pytest.fixture(scope="module")
def router():
    return default_router()


@pytest.mark.parametrize("text,audience,phase,principle", [
    ("how do I tell Acme we're ending the contract?", "staff", None, "decisive"),
    ("they apologised and offered a bigger retainer if we stay", "staff", None, "decisive"),
    ("should I mention the late payments when I tell them?", "staff", None, "honest"),
    ("why are you ending our contract?", "client", "transition", "honest"),
    ("this is a disgrace, I'll be leaving you a one star review everywhere", "client", "transition", "friendly"),
    ("can we just shut their server off now? they haven't paid", "staff", None, "helpful"),
    ("could you export all our files onto a drive for us", "client", "transition", "helpful"),
    ("our printer is jammed again", "client", "transition", "helpful"),
    ("our printer is jammed again", "client", "ended", "done"),
    ("hi, we're the new IT provider for Globex, how was the firewall set up?", "client", "ended", "done"),
    ("what's the wifi password?", "staff", None, None),
    ("good morning!", "staff", None, None),
])
def test_principles_by_audience_and_phase(router, text, audience, phase, principle):
    assert router.route(text, audience, phase).principle == principle


def test_phase_turns_a_support_request_from_helpful_into_done(router):
    during = router.route("can someone reset Jo's password please", "client", "transition")
    after = router.route("can someone reset Jo's password please", "client", "ended")
    assert (during.principle, after.principle) == ("helpful", "done")
    assert after.intent == "after_end_request"


def test_an_ordinary_ticket_from_a_client_we_are_not_offboarding_is_no_principle(router):
    """Without a notice period there is nothing to keep running or to close: it is help-desk work."""
    for text in ("the scanner upstairs jams on every second page", "can you set up a mailbox for our new hire"):
        assert router.route(text, "client", "active").principle is None
        assert router.route(text, "client", "transition").principle == "helpful"


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "!!!", "👋"])
def test_text_without_words_is_not_classified(router, text):
    route = router.route(text, "client", "transition")
    assert route.principle is None and route.intent == "empty"


# The compiled model keeps its coefficients as float32 (each within 6e-8 of scikit-learn's float64, relative):
# its probabilities moved by at most 2.6e-8 over every text the benchmark routes.
FLOAT32_TOLERANCE = 1e-6


def test_compiled_model_matches_scikit_learn():
    from intents.classifier import IntentClassifier
    examples = load_examples()
    reference = IntentClassifier().fit(examples)
    compiled = default_router().classifier
    rows = [row for path in heldout_files() + blind_files() for row in load_heldout(path)]
    rows += [{"text": "Ünïcode ✓ <@U123> https://x.test/a?b  TABS\t", "audience": "client"},
             {"text": "no no no, please please please reconsider. please?", "audience": "client"}]  # repeats
    expected = reference.probabilities_many([row["text"] for row in rows], [row["audience"] for row in rows])
    for row, theirs in zip(rows, expected):
        ours = compiled.probabilities(row["text"], row["audience"])
        assert max(abs(ours[k] - theirs[k]) for k in theirs) < FLOAT32_TOLERANCE
        assert max(ours, key=ours.get) == max(theirs, key=theirs.get), row["text"]


@pytest.mark.parametrize("path", heldout_files() + blind_files()[:1], ids=lambda p: p.name)
def test_heldout_meets_the_accuracy_targets(router, path):
    from intents.evaluate import evaluate_heldout
    result = evaluate_heldout(router, load_heldout(path), action_for=lambda route, audience, phase: planned_action(
        route, audience, phase, THRESHOLD)[0])
    assert result.principle_accuracy >= 0.95
    assert result.out_of_scope_recall >= 0.90
    assert result.auto_reply_precision >= 0.99


def test_the_blind_final_set_does_not_fall_below_its_one_measurement(router):
    """Measured once when the training data was final (intents/data/blind/README.md): 84.4% accuracy,
    96.7% out of scope recognised, 95.2% of automatic client answers right. Below issue 12's targets
    (95% / 90% / 99%); this keeps it from getting worse unnoticed."""
    from intents.evaluate import evaluate_heldout
    result = evaluate_heldout(router, load_heldout(BLIND_DIR / "final.jsonl"), action_for=lambda route, audience, phase:
                              planned_action(route, audience, phase, THRESHOLD)[0])
    assert result.total == 250
    assert result.principle_accuracy >= 0.84
    assert result.out_of_scope_recall >= 0.95
    assert result.auto_reply_precision >= 0.95


def test_the_round_two_blind_set_does_not_fall_below_its_one_measurement(router):
    """Measured once when round 2's training data was final (intents/data/blind/README.md): 92.3% accuracy,
    91.9% out of scope recognised; by the router's share of the decision, 70 of 73 automatic client answers
    right (the whole bot: 73 of 73). This keeps it from getting worse unnoticed."""
    from intents.evaluate import evaluate_heldout
    result = evaluate_heldout(router, load_heldout(BLIND_DIR / "final2.jsonl"), action_for=lambda route, audience, phase:
                              planned_action(route, audience, phase, THRESHOLD)[0])
    assert result.total == 260
    assert result.principle_accuracy >= 0.92
    assert result.out_of_scope_recall >= 0.91
    assert result.auto_reply_precision >= 0.95


@pytest.mark.parametrize("name,total,accuracy,out_of_scope,auto,lowest_recall", [
    ("final4.jsonl", 300, 0.91, 0.95, 0.98, 0.83),
    ("final5.jsonl", 260, 0.92, 0.93, 0.98, 0.77),
    ("final6.jsonl", 260, 0.93, 0.96, 0.99, 0.85),
    ("final7.jsonl", 260, 0.92, 0.95, 0.99, 0.80),
    ("final8.jsonl", 260, 0.93, 0.96, 0.97, 0.90),
    ("final9.jsonl", 260, 0.91, 0.93, 0.99, 0.85),
    ("final10.jsonl", 260, 0.95, 0.98, 0.99, 0.92),
    ("final11.jsonl", 260, 0.92, 0.93, 0.99, 0.87),
    ("final12.jsonl", 260, 0.95, 0.94, 0.99, 0.92),
    ("final13.jsonl", 260, 0.95, 0.98, 0.99, 0.87),
    ("final14.jsonl", 260, 0.95, 0.96, 0.99, 0.92),
    ("final15.jsonl", 260, 0.95, 0.96, 0.99, 0.87),
    ("final16.jsonl", 260, 0.95, 0.96, 0.99, 0.90),
    ("final17.jsonl", 260, 0.96, 0.99, 0.99, 0.92),
])
def test_the_fresh_blind_sets_do_not_fall_below_their_measurement(router, name, total, accuracy, out_of_scope, auto,
                                                                  lowest_recall):
    """final4 and final5: two fresh writers, measured once with round 3's training data (intents/data/blind/README.md):
    87.7% and 90.4% accuracy, 80.0% and 85.0% out of scope recognised; by the router's share of the decision 97.5% and
    98.5% of automatic client answers right. Since round 8 (an active client's message is no ending, and closing
    out before the last day is the handover), re-measured on these now-consumed sets: 91.0% and 92.7%, 95.0% and
    93.3%, 98.8% and 98.5%. final6: a fresh writer for round 8, measured once with the training data unchanged since
    round 4: 93.1% accuracy, 96.7% out of scope, all 70 automatic client answers right by the router's share, friendly
    recall 85%. final7: a fresh writer for round 9, measured once with round 4's training data (6,109 lines): 92.3%
    accuracy, 95.0% out of scope, all 42 automatic client answers right by the router's share, done recall 80% (ex-clients
    asking for their own keys and passwords, which the reply policy hands to a person as a handover). All below issue
    12's targets; this keeps them from getting worse unnoticed. final8: a fresh writer for round 10, measured once at
    fce5311: 93.1% accuracy, every principle's recall at least 90% (honest 90%), 96.7% out of scope, 69 of 71 automatic
    client answers right by the router's share. final9: a fresh writer for round 11, measured once at d33e3cf with the
    training data unchanged: 91.9% accuracy, 93.3% out of scope, all 68 automatic client answers right by the router's
    share, done recall 85%. final10: another fresh writer for round 11, measured once at 36163a6: 95.8% accuracy, every
    principle's recall at least 92.5%, 98.3% out of scope, all 71 automatic client answers right by the router's share.
    final11: a fresh writer for round 12, measured once at 415fd59 with the training data unchanged: 92.7% accuracy,
    decisive recall 87.5%, 93.3% out of scope, all 63 automatic client answers right by the router's share.
    final12: a fresh writer for round 13, measured once at e099548 with the training data unchanged: 95.4% accuracy,
    every principle's recall at least 92.5%, 95.0% out of scope, all 75 automatic client answers right by the
    router's share (57 of 57 for the whole bot). final13: a fresh writer for round 14, measured once at 50ad9d2 with
    round 5's training data: 95.8% accuracy, done recall 87.5%, 98.3% out of scope, all 74 automatic client answers
    right by the router's share (48 of 48 for the whole bot). final14: another fresh writer, measured once at b9573d9
    with the same training data: 95.0% accuracy, every principle's recall at least 92.5%, 96.7% out of scope, all 71
    automatic client answers right by the router's share (42 of 42 for the whole bot). final15: a fresh writer for round
    15, measured once at df252e8 with round 6's training data: 95.4% accuracy, honest recall 87.5% (done 97.5%), 96.7% out
    of scope, all 43 automatic client answers right. final16: a fresh writer for round 16, measured once at 4e0dde3 with
    round 7's training data: 95.8% accuracy, every principle's recall at least 90% (decisive 90%), 96.7% out of scope,
    all 71 automatic client answers right by the router's share (46 of 47 for the whole bot: warm thanks for the years,
    labelled friendly, answered with thanks). final17: another fresh writer, measured once at c6531f5 with the same
    training data: 96.9% accuracy, every principle's recall at least 92.5%, 100% out of scope, all 74 automatic client
    answers right by the router's share (45 of 45 for the whole bot)."""
    from intents.evaluate import evaluate_heldout
    result = evaluate_heldout(router, load_blind(BLIND_DIR / name), action_for=lambda route, audience, phase:
                              planned_action(route, audience, phase, THRESHOLD)[0])
    assert result.total == total
    assert result.principle_accuracy >= accuracy
    assert result.out_of_scope_recall >= out_of_scope
    assert result.auto_reply_precision >= auto
    assert result.min_principle_recall[1] >= lowest_recall


def test_every_intent_has_training_examples_and_every_label_is_answered_as_an_intent():
    labels = {e.intent for e in load_examples()}
    assert labels >= set(INTENTS)
    assert labels - set(INTENTS) == set(ALIASES) and set(ALIASES.values()) <= set(INTENTS)


def test_nothing_is_announced_to_a_client_whose_support_has_ended(router):
    route = router.route("how do I tell Globex they need to stop asking us for help?", "staff", "ended")
    assert route.principle == "done" and route.intent == "after_end_request"


# -- the categories issue 12 names, in our own words ----------------------------------------
@pytest.mark.parametrize("text,audience,phase,principle", [
    pytest.param("can I say the reason is that their accounts people always string us along for weeks before the "
                 "money shows up?", "staff", None, "honest", id="payment trouble without the word"),
    pytest.param("is it because our bookkeeper kept promising the transfer was on its way?", "client", "transition",
                 "honest", id="client guesses the money reason"),
    pytest.param("how do I word my reply so it stays calm and polite? their email was pretty vicious", "staff",
                 "transition", "friendly", id="tone without angry or upset"),
    pytest.param("the switchover wrapped up a month ago and they still ring me about tiny things. what do I say",
                 "staff", "ended", "done", id="done without support or ended"),
    pytest.param("can I tell them it's because they keep asking for projects that were never in the deal?", "staff",
                 None, "honest", id="can I tell them: scope"),
    pytest.param("can I tell Oakfield the real reason is our engineers dread their calls?", "staff", None, "honest",
                 id="can I tell them: overload"),
    pytest.param("what layout should the termination letter have, and who signs it?", "staff", None, "decisive",
                 id="notice wording, not its reason"),
    pytest.param("just signed Larchwood Vets, where's the checklist for setting up a new customer?", "staff", None,
                 None, id="onboarding"),
    pytest.param("how do I let clients know our hourly rate is going up next year?", "staff", None, None,
                 id="price rise"),
    pytest.param("need a quote for a 3-year managed backup deal for a prospect by thursday", "staff", None, None,
                 id="quote"),
    pytest.param("a user at Pinehurst can't get the scanner to email, already checked SMTP. any ideas?", "staff",
                 None, None, id="ordinary ticket"),
    pytest.param("how do I book a day off next month?", "staff", None, None, id="HR"),
    pytest.param("we cleared the whole balance on monday, so surely this can be called off now?", "client",
                 "transition", "decisive", id="plea citing payment"),
    pytest.param("the money's all been sent now. can we keep going with you?", "client", "transition", "decisive",
                 id="plea citing money"),
    pytest.param("oh marvellous, dumped a week before our audit. lovely work everyone.", "client", "transition",
                 "friendly", id="sarcasm"),
    pytest.param("hw do i tel Larchwood were ending there contract", "staff", None, "decisive", id="typos"),
    pytest.param("tmrw's the call w/ pinehurst re: ending. opener pls, short", "staff", None, "decisive",
                 id="Slack shorthand"),
    pytest.param("Dear all, I have been your customer since the very first year you opened. I recommended you to my "
                 "brother's firm and to our landlord, and I defended you every time the engineers were late. To "
                 "receive a short email saying it is over felt like a slap. I am hurt and I wanted you to know it.",
                 "client", "transition", "friendly", id="long emotional email"),
    pytest.param("Please, why you want to stop work with us? We do not understand what is the problem.", "client",
                 "transition", "honest", id="non-native English"),
    pytest.param("we've picked a new IT firm - can they call you this week? also please keep the server running "
                 "until then", "client", "transition", "helpful", id="two requests in one"),
])
def test_issue_categories(router, text, audience, phase, principle):
    assert router.route(text, audience, phase).principle == principle


# -- round two: the voices the blind final set showed failing, in our own words ------------------
@pytest.mark.parametrize("text,audience,phase,principle", [
    pytest.param("the bill's been settled in full this morning. I take it the notice is withdrawn then?",
                 "client", "transition", "decisive", id="plea citing a settled bill"),
    pytest.param("is this actually final, or could a call with your MD change things?",
                 "client", "transition", "decisive", id="is this final"),
    pytest.param("any way at all to hang on to you? we'll do whatever you ask",
                 "client", "transition", "decisive", id="is there any way"),
    pytest.param("Copperfield want us to 'park' the termination till after their audit. that's just a no with "
                 "extra steps, right? how do I say it",
                 "staff", "transition", "decisive", id="a pause is a reversal"),
    pytest.param("we moved to another firm in the spring and regret it. would you have us again?",
                 "client", "ended", "decisive", id="ended client asking to return"),
    pytest.param("can I tell Brindleford it's down to the way their staff speak to our helpdesk?",
                 "staff", None, "honest", id="can I tell them: behaviour"),
    pytest.param("is it fair to say we're stepping back because they never settle up until the third reminder?",
                 "staff", None, "honest", id="money without the keywords"),
    pytest.param("the reason is written in the notice as 'fit'. they want the long version. what do I give them",
                 "staff", "transition", "honest", id="the reason behind the notice"),
    pytest.param("Have you found someone more profitable to look after, is that it?",
                 "client", "transition", "honest", id="client guess without keywords"),
    pytest.param("lovely. a decade of loyalty and we get a form letter. really touching.",
                 "client", "transition", "friendly", id="sarcasm without thanks"),
    pytest.param("I've put the whole sorry saga on our industry forum. People should know.",
                 "client", "ended", "friendly", id="public complaint without review or lawyer"),
    pytest.param("I'm so wound up about their last email I could scream. what do I actually send back?",
                 "staff", "transition", "friendly", id="staff venting"),
    pytest.param("how do I keep tomorrow's last meeting with Ormsby from going sour? they took it badly",
                 "staff", "transition", "friendly", id="tone before a hard meeting"),
    pytest.param("who on our side gets the Ashcombe people the keys to their own kingdom before the 30th?",
                 "staff", "transition", "helpful", id="handover phrased obliquely"),
    pytest.param("what should the outgoing pack for Ridley's next IT firm contain, and when does it go?",
                 "staff", "transition", "helpful", id="handover pack"),
    pytest.param("Could whoever takes over from you have a chat with your engineers before you go?",
                 "client", "transition", "helpful", id="new provider, client side"),
    pytest.param("Westfold finished last month, and they've just asked me to 'have a quick peek' at the NAS. Do I?",
                 "staff", "ended", "done", id="a quick look after the end"),
    pytest.param("The new team wants to know why there are two wireless networks. Could you fill them in?",
                 "client", "ended", "done", id="new provider's config question"),
    pytest.param("Pourquoi résilier notre contrat ? Personne ne nous dit rien.",
                 "client", "transition", "honest", id="why, in French"),
    pytest.param("renewals go up 6% in January for everyone. how do I break that to our happy clients?",
                 "staff", None, None, id="price rise, with 'break it to'"),
])
def test_round_two_categories(router, text, audience, phase, principle):
    assert router.route(text, audience, phase).principle == principle


# -- round three: the kinds of message final2.jsonl showed failing, in our own words ---------------
@pytest.mark.parametrize("text,audience,phase,principle", [
    pytest.param("should the bounced payments come up at all when I let Corbel know we're stopping?",
                 "staff", None, "honest", id="whether to name the reason when telling them"),
    pytest.param("Look, if this is about the invoices we'll settle the lot today. Just don't end it.",
                 "client", "transition", "decisive", id="a plea that guesses the reason"),
    pytest.param("reading back my email to Hask: 'as I'm sure even you can appreciate, we gave this every chance.' "
                 "keep or cut?", "staff", None, "friendly", id="tone check without an angry word"),
    pytest.param("the lads keep making jokes about Tamsin Dental in the office channel. should I tell them to "
                 "knock it off?", "staff", None, "friendly", id="the team venting"),
    pytest.param("I lost it on the phone with Dorrington earlier and raised my voice. how do I repair that?",
                 "staff", "transition", "friendly", id="staff's own anger"),
    pytest.param("our contract finished in March but the tax inspector wants files from the old backups. can you "
                 "get them to us?", "client", "ended", "done", id="ended client's old backups"),
    pytest.param("Trevant left in the spring; now they want the BitLocker recovery keys for two laptops. is that on "
                 "us still?", "staff", "ended", "helpful", id="ended client's keys, staff side"),
    pytest.param("Fennick Bros want 10% off before they sign the renewal. how low can we go?",
                 "staff", None, None, id="a renewal haggle"),
    pytest.param("we've just won Marlow Vets, their last IT company showed them the door. anything special for "
                 "onboarding?", "staff", None, None, id="onboarding a client another MSP dropped"),
    pytest.param("Congratulations on the new office, the photos look fantastic!",
                 "client", "transition", None, id="congratulations"),
    pytest.param("what day have you got pencilled in for the call with whoever replaces you?",
                 "client", "transition", "helpful", id="when the handover call is"),
    pytest.param("a client on notice is treating the helpdesk like a free consultancy now, stuff way beyond the "
                 "agreement. how do I push back?", "staff", None, "done", id="free work asked during notice"),
])
def test_round_three_categories(router, text, audience, phase, principle):
    assert router.route(text, audience, phase).principle == principle


def test_an_ended_clients_own_data_is_a_loose_end_closed_by_a_person(router):
    """Principle 5 ("leave no loose ends"), as every fresh blind writer labels it; never declined."""
    route = route_from({"data_export": 0.9, "after_end_request": 0.1}, "ended", "client")
    assert (route.principle, route.intent) == ("done", "data_export")
    assert planned_action(route, "client", "ended", THRESHOLD)[0] == HANDOFF


def test_what_an_ended_client_owns_never_makes_a_refusal_look_surer():
    """Their own things and the declines are both "done" after the end, but weighed apart: pooled, a handover's
    probability would make an automatic refusal look more certain than the router is."""
    route = route_from({"after_end_request": 0.5, "data_export": 0.4, "angry_client": 0.1}, "ended", "client")
    assert route.intent == "after_end_request" and route.confidence == 0.5


@pytest.mark.parametrize("text", [
    "what's the capital of australia", "play something by fleetwood mac", "how many euros is 50 pounds",
    "will it rain in leeds tomorrow", "tell me a knock knock joke", "book me a train to york on friday",
    "what's the balance on my savings account", "is it too late to cancel my dentist appointment",
])
def test_general_assistant_requests_are_not_offboarding(router, text):
    assert router.route(text, "staff").principle is None
    for phase in ("transition", "ended"):
        route = router.route(text, "client", phase)
        assert planned_action(route, "client", phase, THRESHOLD)[0] == HANDOFF


def test_held_back_general_assistant_requests_meet_the_targets(router):
    """A fifth of CLINC150's test split (never trained on), as staff and as a client being offboarded."""
    rows = load_general_test()[::5]
    staff = [r for r in rows if r["audience"] == "staff"]
    clients = [r for r in rows if r["audience"] == "client"]
    no_principle = sum(router.route(r["text"], "staff").principle is None for r in staff) / len(staff)
    answered = sum(planned_action(router.route(r["text"], "client", r["phase"]), "client", r["phase"],
                                  THRESHOLD)[0] == REPLY for r in clients) / len(clients)
    assert no_principle >= 0.98 and answered <= 0.01


# -- doubt and alternatives ----------------------------------------------------------------
def test_close_principles_are_doubtful_with_the_runner_up_offered():
    route = route_from({"explain_reason": 0.40, "late_payment": 0.08, "angry_client": 0.37, "greeting": 0.15})
    assert (route.principle, route.intent, route.confidence) == ("honest", "explain_reason", 0.48)
    assert route.doubtful
    assert route.alternatives == (Alternative("friendly", "angry_client", 0.37),)


def test_a_clear_route_is_not_doubtful_and_lists_only_likely_alternatives():
    route = route_from({"second_chance": 0.86, "better_offer": 0.04, "data_export": 0.06, "angry_client": 0.03,
                        "greeting": 0.01})
    assert route.principle == "decisive" and route.confidence == 0.9 and not route.doubtful
    assert route.alternatives == (Alternative("helpful", "data_export", 0.06),)


def test_alternatives_are_ranked_capped_and_never_out_of_scope_or_the_choice_itself():
    probs = {"explain_reason": 0.22, "angry_client": 0.2, "data_export": 0.18, "after_end_request": 0.16,
             "second_chance": 0.12, "unrelated_staff": 0.12}
    route = route_from(probs)
    assert route.doubtful and len(route.alternatives) == MAX_ALTERNATIVES
    assert [a.principle for a in route.alternatives] == ["friendly", "helpful", "done"]
    assert all(a.principle not in (None, route.principle) for a in route.alternatives)


def test_a_client_message_needs_a_clearer_route_than_a_staff_question_to_be_sure():
    probs = {"explain_reason": 0.56, "angry_client": 0.15, "greeting": 0.15, "data_export": 0.14}
    assert not route_from(probs, None, "staff").doubtful
    client = route_from(probs, "transition", "client")
    assert client.doubtful and planned_action(client, "client", "transition", THRESHOLD)[0] == HANDOFF
    clear = route_from({"explain_reason": 0.82, "angry_client": 0.1, "greeting": 0.08}, "transition", "client")
    assert not clear.doubtful and planned_action(clear, "client", "transition", THRESHOLD)[0] == REPLY


def test_out_of_scope_close_to_a_principle_is_doubtful_too():
    route = route_from({"unrelated_staff": 0.5, "explain_reason": 0.45, "angry_client": 0.05})
    assert route.principle is None and route.doubtful
    assert route.alternatives[0] == Alternative("honest", "explain_reason", 0.45)


def test_alternatives_are_answered_as_the_phase_requires():
    route = route_from({"angry_client": 0.5, "support_request": 0.4, "greeting": 0.1}, phase="ended")
    assert route.alternatives[0] == Alternative("done", "after_end_request", 0.4)


def test_a_client_is_never_read_as_asking_how_to_word_our_notice():
    probs = {"notice_wording": 0.6, "explain_reason": 0.3, "greeting": 0.1}
    assert route_from(probs, audience="staff").intent == "notice_wording"
    route = route_from(probs, "transition", "client")
    assert route.intent == "explain_reason" and route.confidence == 0.75


def test_a_doubtful_client_message_goes_to_a_person_with_the_reason():
    route = Route("explain_reason", "honest", 0.6, (Alternative("friendly", "angry_client", 0.35),), True)
    action, reason = planned_action(route, "client", "transition", THRESHOLD)
    assert action == HANDOFF and "honest 60%" in reason and "friendly 35%" in reason
    sure = Route("explain_reason", "honest", 0.6)
    assert planned_action(sure, "client", "transition", THRESHOLD) == (REPLY, None)
    assert planned_action(route, "staff", None, THRESHOLD) == (REPLY, None)


def test_what_an_ended_client_owns_is_still_handed_over_by_a_person(router):
    route = router.route("we left you last month and our domain is still registered to your company, please move "
                         "it to us", "client", "ended")
    assert (route.principle, route.intent) == ("done", "credentials_handover")
    action, reason = planned_action(route, "client", "ended", THRESHOLD)
    assert action == HANDOFF and "support has ended" in reason


# -- bad input: a defined route, never an exception, never an auto-reply -------------------------
BAD_INPUT = {
    "empty": "", "whitespace": " \n\t ", "emoji only": "🙂🙃😡🔥", "100 KB": "lorem ipsum dolor sit amet " * 3800,
    "mixed scripts": "Привет, 你好, مرحبا, שלום, hello", "accents": "naïve café crème brûlée, piñata, smörgåsbord",
    "JSON": json.dumps({"event": "push", "ref": "refs/heads/main", "commits": [{"id": "a1b2c3", "message": "fix"}]}),
    "code": "def handler(event):\n    return {'statusCode': 200, 'body': json.dumps(event)}\n",
    "SQL": "SELECT * FROM interactions; DROP TABLE clients; --", "template": "{{ 7*7 }} {% raw %}",
    "control characters": "\x00\x01\x02 abc", "markup": "<script>alert('x')</script> <@U123> <!channel>",
}


@pytest.mark.parametrize("text", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_gets_a_defined_route_and_no_auto_reply(router, text):
    for audience, phase in (("staff", None), ("client", "transition"), ("client", "ended")):
        route = router.route(text, audience, phase)
        assert route.principle is None and (route.intent in INTENTS or route.intent == "empty")
        assert 0.0 <= route.confidence <= 1.0 and isinstance(route.alternatives, tuple)
        if audience == "client":
            assert planned_action(route, audience, phase, THRESHOLD)[0] == HANDOFF



@pytest.mark.parametrize("text", ["can you renew our contract for another year, same terms",
                                  "We're letting our bookkeeper go. Please revoke her access to the shared drive."])
def test_a_client_we_are_not_offboarding_writes_about_no_ending(router, text):
    # Words that would be a plea or a cut-off from a client in notice are everyday business from an active one.
    route = router.route(text, "client", "active")
    assert route.principle is None and route.intent == "unrelated_staff"


def test_closing_out_before_the_last_day_is_still_the_handover(router):
    route = router.route("Please remove your remote support agent from our PCs before you go.", "client", "transition")
    assert route.principle == "helpful"
