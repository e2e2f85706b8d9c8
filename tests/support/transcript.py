"""Tests that read like transcripts (a pytest plugin): the core driven through the reference
TranscriptAdapter, with assertions on what each party received.

    def test_a_plea_is_answered_kindly(transcript):
        transcript.client("Acme Dental", "please give us another chance") \\
            .replies("decision is final").staff_told("Acme Dental")
"""
from __future__ import annotations

import pytest

from bot.adapters.transcript import SENDER, SENDER_ONLY, STAFF_CHANNEL, TranscriptAdapter


class Turn:
    """What one message produced; each check returns the turn so checks chain."""

    def __init__(self, decision, deliveries):
        self.decision, self.deliveries = decision, deliveries

    def _to(self, *recipients) -> list:
        return [d for d in self.deliveries if d.to in recipients]

    def replies(self, *fragments: str) -> "Turn":
        texts = [d.text for d in self._to(SENDER, SENDER_ONLY)]
        assert texts, f"no reply to the sender (action {getattr(self.decision, 'action', None)})"
        for fragment in fragments:
            assert any(fragment in text for text in texts), f"{fragment!r} not in {texts}"
        return self

    def privately(self) -> "Turn":
        assert self._to(SENDER_ONLY) and not self._to(SENDER), "expected a reply to the sender alone"
        return self

    def no_reply(self) -> "Turn":
        assert self._to(SENDER, SENDER_ONLY) == [], f"unexpected reply: {self._to(SENDER, SENDER_ONLY)}"
        return self

    def staff_told(self, *fragments: str) -> "Turn":
        texts = [d.text for d in self._to(STAFF_CHANNEL)]
        assert texts, "the staff channel heard nothing"
        for fragment in fragments:
            assert any(fragment in text for text in texts), f"{fragment!r} not in {texts}"
        return self

    def staff_not_told(self) -> "Turn":
        assert self._to(STAFF_CHANNEL) == []
        return self

    def sent_to(self, conversation: str, *fragments: str) -> "Turn":
        texts = [d.text for d in self._to(conversation)]
        assert len(texts) == 1, f"expected one message to {conversation}, got {texts}"
        for fragment in fragments:
            assert fragment in texts[0], f"{fragment!r} not in {texts[0]!r}"
        return self

    def nothing_sent_to(self, conversation: str) -> "Turn":
        assert self._to(conversation) == [], f"unexpected: {self._to(conversation)}"
        return self


class Transcript:
    def __init__(self, adapter: TranscriptAdapter):
        self.adapter = adapter

    def _turn(self, **receive) -> Turn:
        start = len(self.adapter.deliveries)
        decision = self.adapter.receive(**receive)
        return Turn(decision, self.adapter.deliveries[start:])

    def staff(self, text: str, **options) -> Turn:
        return self._turn(text=text, **options)

    def client(self, client: str, text: str, **options) -> Turn:
        return self._turn(text=text, client=client, sender_name=options.pop("sender_name", "Dana"), **options)

    def press(self, verb: str, draft_id: int, **options) -> Turn:
        """Someone clicks Send / Edit / Don't send on a draft's card."""
        start = len(self.adapter.deliveries)
        result = self.adapter.press(verb, draft_id, **options)
        return Turn(result, self.adapter.deliveries[start:])


@pytest.fixture
def transcript(bot) -> Transcript:
    """The `bot` fixture (three demo clients) behind the reference adapter."""
    return Transcript(TranscriptAdapter(bot))
