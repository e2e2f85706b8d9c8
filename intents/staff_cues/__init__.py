"""Cues in a staff message that the kind of question does not carry: what shapes our answer to a
colleague rather than to a client. A draft of their own to check, how the ending feels to them, the
shape of the script they want (a text, a voicemail, a few sentences), a template to reuse, a question
for our own records, and whether they want words for the client at all. Plain word patterns, like
intents/cues/ (which reads what both audiences say).

Each module holds one kind of cue; this package gives them one name (`staff_cues.script_format`) for the
reply paths that read them."""
from intents.staff_cues.billing import (asks_the_final_amount, asks_discount_to_settle, asks_for_the_amount, asks_still_billed,
    bills_help_after_the_end, final_invoice_wording, invoice_attached, invoice_line, month_numbers_named, months_named,
    moves_licence_billing, owes_money, payment_terms_given, pays_if_we_carry_on, relays_invoice_query, holds_payment_back,
    writes_to_finance)
from intents.staff_cues.case import (asks_whether_to_mention_endings, relays_a_data_request, names_the_ending, checks_the_day_against_the_break, confirms_the_last_day_stays, only_they_say_we_hold_it, asks_us_to_book_leave, checks_a_day, asks_if_our_access_remains, client_rang, about_the_handover, access_removed, asks_about_new_work, asks_about_scope, asks_about_our_access,
    asks_about_retention, asks_about_time_off, asks_if_time_off_approved, asks_contact_details, asks_for_work_on_theirs, asks_if_item_done,
    asks_if_office_closed, asks_if_signed_off, asks_if_we_still_support, says_still_supported, asks_to_raise_reason, asks_to_recommend,
    asks_what_is_left, asks_whats_open, asks_who_decided, offers_own_number, speaks_of_everyday_work, asks_who_signs, asks_who_signs_for_them, asks_who_signs_for_us, client_leaves_early,
    no_provider_yet, access_named, provider_in_doubt,
    declined_work, declines_the_work, refuses_a_return,
    expects_why, held_for_them, keeps_ours, last_day_given, leaves_reason_out, mentions_the_reason, names_no_one,
    names_the_reason, proposes_a_sale, provider_access_early, asks_if_fine, provider_not_in_touch, provider_starts_late,
    questions_full_support, says_access_removed, says_closed_out, says_handover_done, says_held_by_us,
    speaks_of_closing, speaks_of_ending, speaks_of_offboardings, speaks_of_our_letters, takes_our_access_out,
    told_by_phone)
from intents.staff_cues.pasted import (emails_the_last_day, claim_we_deny, addressed_to, asks_about_a_line, asks_for_a_reply, asks_help_answering,
    claims_to_be_the_provider, client_asked, client_asked_about_ending, client_wonders_if_supported,
    confirms_it_ended, confirms_the_last_day, draft_to_check, pasted_message, quotes_someone, relays_a_payment, relays_a_promise, relays_an_apology,
    relays_date_question, relays_provider_setup_question, relays_question_about_another, relays_stop_fear,
    replies_to_the_provider, says_client_wrote, signed_by_the_client, unquoted, welcomes_someone, without_draft,
    words_given)
from intents.staff_cues.shape import (leaves_the_name_blank, greets_by_name, asks_for_brevity, for_reception, answers_a_direct_message, writes_to_one_of_theirs, chases_the_provider_name, signer_role, signs_as_me, signed_jointly, sent_by_the_asker, wants_letter_layout, topics_left_out, addressee, as_one_version, asks_for_one_sentence, fewest_sentences, language_asked, length_about,
    length_limit, names_a_text_message, numbered_parts, points_asked, returns_a_call, script_format, seconds_asked,
    signed_by,
    signs_as_the_team,
    speaker_named, topics_asked, versions_asked, wants_a_footer, wants_agenda, wants_blanks, wants_blank_signature, wants_formal,
    wants_light, asks_for_a_call_line, asks_for_receipt, asks_to_promise, asks_what_happens, asks_for_a_season_note, proposes_cancelling, receipt_item, wants_plain_english, wants_subject_with, wants_template, confirms_the_ending, wants_termination_letter, sent_after_the_end,
    without_comparisons)
from intents.staff_cues.audience import (from_our_legal_team, reports_contact_that_keeps_coming, explains_to_newcomers, asks_how_we_handle, on_behalf_of, wants_an_owner, caller_asks_for, colleague_sends, colleague_ask, colleague_named, names_a_colleague,
    explains_how_we_part, file_note_asked, for_clients_in_notice, for_internal_use, one_for_each, only_those_ended, only_those_in_notice,
    recipient_named, reply_to_name, reports_up_the_line, roundup_for_the_team, wants_a_note, whose_offboardings, wants_a_team_note,
    asks_dos_and_donts, asks_what_comes_after, asks_what_not_to_say, to_everyone, wants_general_post, wants_public_line, wants_public_post, words_for_the_team,
    writes_to_colleague)
from intents.staff_cues.requests import (HANDOVER_CONTENTS_ASKED, asks_where, asks_what_the_bot_does, confirms_handover_complete, offers_unasked, asks_what_goes_on_the_drive, stops_their_tickets, asks_for_the_list_only, names_an_email_or_letter, walks_through_the_handover, says_support_goes_on, ANY_TIME_TO_THE_END, asks_for_contract_wording, asks_what_to_send, puts_up_a_move, makes_the_case_to_hold, arranges_their_data, agrees_to_their_call, reminds_a_colleague_of_dates, sends_everything_to, asks_for_a_thank_you, wants_a_no, asks_whether_to_say_no, asks_for_the_principles, asks_for_a_plan, checks_provider_contact, provider_must_reach_us, speaks_of_backups, asks_about_a_ticket, reminds_to_move_licences, asks_about_tickets_over_the_break, speaks_of_tickets_over_the_break, reminds_of_the_end, says_they_stay, tells_of_the_invoice, wants_provider_contact_from_them, checklist_for_us, announces_our_decision, apologises_for_us, apology_subject, asks_client_who_signs_off, says_we_still_hold_theirs, asks_if_we_still_hold_theirs, asks_to_say_it_is_final, plans_the_handover,
    asks_for_an_intro, asks_for_the_notice, asks_for_words, asks_handover_contents, asks_how_to_reply, asks_their_person,
    asks_to_apologise, asks_us_on_a_call,
    asks_to_write,
    for_every_client, correction_of, asks_what_next, checklist_to_share, asks_access_removed_list, wants_a_closing_letter, gives_them_their_data, lists_what_we_need_from_them,
    names_a_letter, nudges_on_the_handover, wants_closure_note, wants_data_cover_note, wants_last_day_note, wants_out_of_office,
    wants_sign_off_form, wants_words_for_them)
from intents.staff_cues.feelings import (asks_for_words_if_upset, calls_to_say_why, wants_no_grovelling, expects_an_offer, signs_off, shouting_on_the_line, asks_for_parting_words, describes_anger, ours_named, asks_if_at_fault, fears_blaming, asks_for_thanks, asks_hands_off, asks_spite_or_hygiene, asks_to_end_call,
    asks_to_keep_declining, asks_to_stop_answering, asks_to_talk_it_over, colleagues_want_to_cut, contacts_too_often,
    describes_upset, describes_worry, fears_going_under, label_asked_about, doubts_the_decision, expects_a_fight, expects_shouting, gift_named,
    proposes_cover_story, relays_a_gift, relays_thanks, reports_a_reversal, staff_feeling, without_own_nerves, strikes_back, tells_their_story_of_why, under_strain, passing_remark, puts_up_free_work, says_we_hold_their_data, says_client_emailed, tells_them_why,
    wants_no_blame,
    wants_back_in)
