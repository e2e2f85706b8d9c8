"""Approve mode by email: the draft waits in the staff mailbox; a colleague's answer sends, edits or drops it."""
import pytest

from tests.support.mail import STAFF_ADDRESS, StaffRecorder, client_message

pytestmark = pytest.mark.calendar

AFTER_END = "Hi, can you just take a quick look at our firewall rules? It keeps dropping the VPN."
DANA = "dana@globex.example"
SAM = "sam@northwind.example"


def drafted(mail):
    original = mail.write(DANA, "Firewall", AFTER_END, name="Dana Reyes")
    assert mail.replies(DANA) == []
    [card] = mail.staff_mail()
    assert "send" in card.text and "Globex Logistics" in card.text
    return original, card


def answer(mail, card, text, sender=SAM, **headers):
    mail.deliver(client_message(sender, f"Re: {card.message['Subject']}", text,
                                In_Reply_To=card.message["Message-ID"], **headers))


def test_send_delivers_the_draft_threaded_under_the_clients_message_once(make_mail):
    mail = make_mail(reply_mode="approve")
    original, card = drafted(mail)
    answer(mail, card, "send\n\nSam")
    [reply] = mail.replies(DANA)
    assert reply.message["In-Reply-To"] == original["Message-ID"] and reply.message["Subject"] == "Re: Firewall"
    assert "16 November" in reply.text or "ended" in reply.text
    [told] = mail.relay.to(SAM)
    assert "Sent by" in told.text
    answer(mail, card, "send")
    assert len(mail.replies(DANA)) == 1 and "Already handled" in mail.relay.to(SAM)[1].text


def test_edit_sends_the_colleagues_words_and_drop_sends_nothing(make_mail):
    mail = make_mail(reply_mode="approve")
    _, card = drafted(mail)
    answer(mail, card, "edit\nHi Dana, our support ended last month; BrightPath IT can help you now.")
    [reply] = mail.replies(DANA)
    assert reply.text.startswith("Hi Dana, our support ended last month")
    mail.write(DANA, "VPN", AFTER_END)
    second = mail.staff_mail()[-1]
    answer(mail, second, "drop, they have a new provider")
    assert len(mail.replies(DANA)) == 1


@pytest.mark.parametrize("sender, headers, text", [
    ("dana@globex.example", {}, "send"),                                  # not one of us
    (SAM, {"Auto_Submitted": "auto-replied"}, "send"),                    # an automatic answer
    (SAM, {}, "I am out of the office until Monday, send urgent mail to the desk"),   # not an answer
])
def test_nothing_but_a_colleagues_own_answer_sends_a_draft(make_mail, sender, headers, text):
    mail = make_mail(reply_mode="approve")
    _, card = drafted(mail)
    answer(mail, card, text, sender=sender, **headers)
    assert mail.replies(DANA) == []


def test_a_forged_token_sends_nothing(make_mail):
    mail = make_mail(reply_mode="approve")
    _, card = drafted(mail)
    forged = card.message["Message-ID"].replace(".", ".x", 2)
    mail.deliver(client_message(SAM, "Re: draft", "send", In_Reply_To=forged))
    assert mail.replies(DANA) == []


def test_shadow_mode_shows_the_draft_and_sends_nothing(make_mail):
    chat = StaffRecorder()
    mail = make_mail(notices=[chat], reply_mode="shadow")
    mail.write(DANA, "Firewall", AFTER_END)
    assert mail.relay.caught == []
    [(title, text)] = chat.notices
    assert title.startswith("Shadow draft") and "Globex Logistics" in text


def test_with_a_chat_platform_the_team_is_told_where_the_draft_waits(make_mail):
    chat = StaffRecorder()
    mail = make_mail(notices=[chat], reply_mode="approve")
    drafted(mail)
    [(title, text)] = chat.notices
    assert title == "A drafted reply waits for approval" and STAFF_ADDRESS in text


def test_without_a_staff_mailbox_a_draft_goes_to_a_person(make_mail):
    chat = StaffRecorder()
    mail = make_mail(notices=[chat], reply_mode="approve", email_staff_address="")
    mail.write(DANA, "Firewall", AFTER_END)
    assert mail.relay.caught == []
    assert "answer the client yourself" in chat.notices[0][1]
