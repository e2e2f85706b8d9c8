"""The adapter contract (bot.contract) and the reference adapter that shows it, in transcripts."""
from dataclasses import replace

import pytest

from bot.adapters.console import ConsoleSession
from bot.adapters.email import EmailAdapter
from bot.adapters.slack.app import SlackListeners
from bot.adapters.teams.turns import TeamsBot
from bot.adapters.transcript import TranscriptAdapter
from bot.contract import Adapter, Core

pytestmark = pytest.mark.calendar  # replies name dates relative to the pinned day


@pytest.fixture
def config(config):
    """Client replies here are sent at once (auto); the draft flow is in tests/test_drafts.py."""
    return replace(config, reply_mode="auto")


def test_the_bot_is_the_core_every_adapter_talks_to(bot):
    assert isinstance(bot, Core)


@pytest.mark.parametrize("adapter_class", [TranscriptAdapter, ConsoleSession, SlackListeners, TeamsBot,
                                           EmailAdapter])
def test_every_adapter_declares_its_platform_and_how_it_reaches_staff(adapter_class):
    assert isinstance(adapter_class.platform, str) and adapter_class.platform
    assert callable(getattr(adapter_class, "staff_notifier", None))


def test_the_reference_adapter_satisfies_the_contract(bot):
    adapter = TranscriptAdapter(bot)
    assert isinstance(adapter, Adapter)
    assert adapter.staff_notifier().platform == adapter.platform


def test_staff_get_coaching_and_the_staff_channel_hears_nothing(transcript):
    transcript.staff("how do I tell Acme Dental we're ending the contract?") \
        .replies("Acme Dental").staff_not_told()


def test_a_client_plea_gets_a_reply_and_the_team_is_told(transcript):
    transcript.client("Acme Dental", "we are so sorry, please give us one more chance") \
        .replies("Dana").staff_told("Acme Dental", "one more chance")


def test_an_active_client_gets_no_word_and_nobody_is_bothered(transcript):
    transcript.client("Initech", "our printer is jammed again").no_reply().staff_not_told()


def test_a_client_typing_a_staff_command_is_refused_and_nothing_changes(transcript, bot):
    transcript.client("Acme Dental", "offboard cancel Acme Dental").replies("only available to the")
    assert bot.clients.get("Acme Dental")["phase"] == "transition"


def test_staff_commands_answer_the_sender(transcript):
    transcript.staff("offboard list").replies("Acme Dental: transition", "Initech: active")


def test_a_staff_question_in_a_clients_conversation_is_answered_privately(transcript, bot):
    bot.clients.link("Acme Dental", "transcript", "transcript:acme-shared")
    transcript.staff("should I mention the late payments?", conversation="transcript:acme-shared") \
        .privately()


def test_proactive_messages_to_staff_go_through_the_adapters_notifier(transcript):
    adapter = transcript.adapter
    adapter.staff_notifier().notify_staff("Acme Dental: one week to go", "Reminder")
    adapter.staff_notifier().notify_person("priya", "Your client Acme Dental ends next week")
    assert [(d.to, d.text) for d in adapter.deliveries] == [
        ("staff", "Acme Dental: one week to go"), ("priya", "Your client Acme Dental ends next week")]
