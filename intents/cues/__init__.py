"""Cues in a message's words that its intent alone does not carry.

The router says what kind of message it is (an intent). Replies also need to know a
few things it does not say: which reason a person is guessing at ("is it because we
paid late?"), whether they ask who to talk to or when support ends, whether a short
message is thanks, a greeting or something off-topic, and whether one message carries
several requests. These are plain word patterns, kept here so that every reply path
reads them the same way.

Each module holds one kind of cue; this package gives them one name (`cues.asks_end_date`) for the
reply paths that read them.
"""
from intents.cues.reasons import (asks_if_it_was_because, blames_one_request, disputes_the_invoices, cause_put_beside_why, reason_proposed, asks_if_we_are_closing, UNRECORDED_GUESSES, asks_for_the_reason, asks_if_at_fault, asks_if_cause, asks_why, disputes_the_reason, claims_to_pay, doubts_the_notice, notice_went_astray, says_nothing_was_explained,
    guessed_reasons, is_guessing, says_never_told)
from intents.cues.dates import (mentions_our_closure, answer_needed_by, asks_if_tickets_still_taken, names_the_end_as_a_deadline, asks_about_after_the_end, asks_about_holidays, asks_end_date, asks_for_more_time,
    asks_if_still_supported, asks_notice_date, asks_when_and_if_things_stop, asks_when_support_ends,
    asks_where_it_stands, asks_written_confirmation, blames_the_timing, days_named, ends_it_early, holds_our_closure_against_us, mentions_notice,
    mentions_the_holidays, misstated_last_day, asks_to_move_the_day, month_asked, month_ends_named, names_a_day_after, offers_a_date,
    promised_by, raises_the_ending, relative_day, speaks_of_a_start, speaks_of_the_cutover, wants_to_finish_early, without_closure_said,
    without_other_deadlines)
from intents.cues.shape import (asks_for_work, asks_for_upkeep, asks_what_happens, asks_if_things_still_run, asks_only_about_the_break, asks_if_true, asks_if_still_on_it, only_says_who_asked, says_hello_to_us, says_unanswered, talks_among_themselves, asks_for_a_fix, asks_more_than_dates, asks_only_dates, asks_several_questions, refers_back, writes_limited_english,
    asks_when, asks_who_helps_after, asks_what_if_it_breaks, fault_named, reset_named, follows_on, asks_if_alive, is_chatter, makes_a_request, opens_with_hello,
    practical_asks, reports_a_fault, reports_a_leaver, says_it_has_several, says_urgent, segments, small_talk_kind, without_introduction, only_introduces, only_announces_items, writes_formally)
from intents.cues.theirs import (says_documentation_lacking, asks_to_confirm_returned, fears_a_system_failing, asks_us_to_move_email, names_data_to_keep, asks_the_cost, nobody_holds_the_logins, keeps_our_licences, keeps_us_for_one_part, asks_what_becomes_of_theirs, visits_our_office, asks_data_by_email, sensitive_records, urges_email_setup, names_antivirus, asks_for_a_licence_list, asks_who_to_address, offers_less_work, licences_to_move_to_them, asks_if_we_still_have_access, asks_if_they_must_cancel, moves_it_over, asks_about_a_setting, nobody_has_it, licences_to_cancel, asks_for_their_email, asks_us_to_cancel_licences, asks_how_long_kept, asks_format, CREDENTIAL_WORDS, WEBSITE_DOMAIN, about_domain, about_licences, asks_for_a_key_only,
    asks_for_a_restore, asks_for_a_copy_on_a_drive, asks_for_documents, asks_for_what_is_theirs, asks_handover_later, asks_by_when_done, asks_if_handed_over, handover_steps_to_confirm, blocked_without_it, asks_how_it_was_set_up, asks_how_configured, asks_if_kept_running, hosted_with_us, asks_for_a_while, asks_for_data_and_logins, asks_how_with_its_notes, asks_if_we_still_hold,
    asks_new_user_setup, asks_next_steps, asks_to_move_data, asks_to_move_domain, asks_to_pass_on, asks_who_holds,
    asks_who_pays_after,
    asks_to_run_it_past_the_end, asks_us_to_keep_after, asks_us_to_renew, asks_us_to_take_ours_off,
    asks_user_password_reset, asks_user_reset_beside_a_handover, asks_what_a_provider_needs, asks_what_after, asks_what_we_need, asks_which_licences,
    control_unconfirmed, credential_items, fears_data_gone, says_files_missing, recycle_bin_store, fears_deletion, fears_things_stop, instructions_asked, fears_losing_email, email_asked_as, finds_our_tools_left, mentions_a_reset,
    moves_licences, handover_topics,
    names_a_missing_item, never_received, reports_handover_gap, requests_a_document, speaks_of_cut_off, speaks_of_the_handover_timing,
    speaks_of_expiry, speaks_of_the_handover)
from intents.cues.provider import (provider_not_ready_in_time, provider_person, asks_for_theirs_first, words_asked_for_the_provider, speaks_of_a_provider_to_come, asks_if_provider_should_contact, asks_for_recommendation, asks_us_to_pick, asks_how_to_choose, asks_if_provider_in_touch, asks_who_our_provider_is, asks_provider_contact, provider_struggles, asks_them_to_contact_us,
    changes_provider, contact_person, contact_topic, email_address, gives_provider_contact, has_nobody_yet,
    mentions_new_provider, names_provider, not_heard_from, provider_attends, provider_contact_day, provider_disappoints, provider_lacks, provider_named, provider_starts_early, provider_takes_over,
    provider_told, provider_waits_on_us, speaks_of_contact, tells_who_they_chose, writes_as_the_new_provider, writes_to_provider)
from intents.cues.people import (answers_in_public, asks_if_still_there, asks_about_other_clients, asks_for_contact, asks_who_fixes, asks_for_contact_here,
    complains_to_management, is_away, refers_to_us)
from intents.cues.feelings import (says_we_walked_out, offers_new_payment_terms, offers_an_apology, calmed, thanks_for_a_fix, bears_no_grudge, thanks_in_scare_quotes, offers_to_pay, says_paid_in_the_end, only_shouts, promises_to_change, wishes_the_season_grudgingly, threatens_a_review, left_waiting, demands_support_back, says_always_paid, says_kind_to_us, speaks_of_money, invites_us, acknowledgements, apologises_only_if, offers_money, way_to_pay_set_up, asks_beyond_the_gift, asks_to_reverse, asks_what_they_did,
    asks_if_it_is_their_size, fears_not_worth_it, feels_ignored, gift_sounds_sour, jabs_at_the_bot, laughs, letter_sounds_angry, offers_a_gift, offers_advice, offers_money_to_stay, offers_to_settle, only_thanks, pays_a_compliment, pleads, pleads_to_reconsider,
    promises_to_come_back, sarcastic, says_better_off, says_good_riddance, says_they_trust_us, says_they_worry, speaks_of_long_ties, sounds_angry, sounds_sad, sounds_sour, tells_of_hard_times, thanks_for_honesty,
    thanks_for_something, thanks_for_the_years, wants_an_admission, wishes_the_season, wishes_well, writes_from_the_heart, is_distressed, says_something_fond)
from intents.cues.billing import (demands_a_refund, says_billed_by_us, about_invoices, refuses_to_pay, asks_about_the_bill, asks_if_we_are_paid, asks_about_the_final_bill,
    asks_for_final_invoice, asks_if_more_is_billed, copies_asked, asks_what_is_owed, disputes_a_charge, names_the_charge,
    names_an_invoice, names_a_vendor_invoice, pay_question, pays_after_handover, questions_a_charge)
from intents.cues.proposals import (invites_a_proposal, without_their_offer_to_pay_ahead, LIMITED_SUPPORT, claims_to_be_the_client, names_their_data, asks_for_free_work, asks_to_hire_us, asks_to_reengage_us, asks_yes_or_no, client_raised, holds_back,
    names_dns, proposes_our_move, reports_a_request, unsafe_move)
