"""Socket Mode envelopes go through the same receiver: kept in the inbox before they are acknowledged
on the socket, not acknowledged when the inbox can't take them (Slack sends them again), and a
malformed one is acknowledged (so it stops) and logged."""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field

from slack_sdk.socket_mode.request import SocketModeRequest

from bot.adapters.slack.app import build_app
from bot.adapters.slack.receiver import SlackReceiver
from tests.support.slack import STAFF_USER, slack_config


@dataclass
class Socket:
    """What slack_sdk's SocketModeClient offers a listener: somewhere to send acknowledgements."""
    acknowledged: list = field(default_factory=list)

    def send_socket_mode_response(self, response) -> None:
        self.acknowledged.append(response.envelope_id)


def envelope(number: int, **event) -> SocketModeRequest:
    ts = f"1712000000.{number:06d}"
    payload = {"type": "event_callback", "team_id": "T0OURS", "event_id": f"EvSOCK{number}",
               "authorizations": [{"team_id": "T0OURS", "user_id": "U0BOT", "is_bot": True}],
               "event": {"type": "message", "channel": "D0STAFF", "channel_type": "im", "user": STAFF_USER,
                         "team": "T0OURS", "ts": ts, "text": "how do I tell Acme Dental we're ending?", **event}}
    return SocketModeRequest(type="events_api", envelope_id=f"env-{number}", payload=payload)


def test_socket_mode_envelopes_are_kept_before_they_are_acknowledged(bot, config, fake):
    settings = slack_config(config, fake, slack_app_token="xapp-socket", slack_signing_secret="")
    receiver = SlackReceiver(build_app(bot, settings), bot).start()
    socket = Socket()
    try:
        receiver.on_socket_request(socket, envelope(1))
        [reply] = fake.wait_for("chat.postMessage")
        assert socket.acknowledged == ["env-1"] and reply.args["thread_ts"] == "1712000000.000001"

        # Waits for the first event's last writes (its log row, the inbox mark) before holding the lock.
        holder = sqlite3.connect(config.db_path, timeout=10, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        receiver.on_socket_request(socket, envelope(2))   # the inbox can't be written: no acknowledgement
        holder.execute("COMMIT")
        holder.close()
        assert socket.acknowledged == ["env-1"]
        receiver.on_socket_request(socket, envelope(2))   # Slack's redelivery
        receiver.on_socket_request(socket, envelope(3, text=42))  # malformed: acknowledged and logged
        fake.wait_for("chat.postMessage", 2)
        time.sleep(0.1)
    finally:
        receiver.stop()
    assert socket.acknowledged == ["env-1", "env-2", "env-3"]
    actions = sorted(row["action"] for row in bot.storage.recent_interactions())
    assert actions == ["rejected", "reply", "reply"]
