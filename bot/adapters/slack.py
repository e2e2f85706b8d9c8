"""The Slack adapter: Bolt listeners that turn Slack payloads into IncomingMessages and Decisions back into posts.

Who is staff and who is a client is read from Slack (a sender from another
workspace is the client audience); everything else (principles, phases,
permissions, wording) is the core's decision.

    python app.py slack    # Socket Mode when SLACK_APP_TOKEN is set, else HTTP on SLACK_PORT
"""
from __future__ import annotations

import logging
import re
import sys
import threading
from dataclasses import dataclass

from slack_bolt import App, BoltContext
from slack_bolt.error import BoltError
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.adapters.slack_blocks import (FEEDBACK_PREFIX, THANKS, answer_message, notice_message,
                                       plain_message, thanked, unescape)
from bot.adapters.slack_home import home_view
from bot.commands import split_args
from bot.config import Config, ConfigError
from bot.core import Bot
from bot.message import CLIENT, COMMAND, DENY, REPLY, STAFF, Decision, IncomingMessage, Reply
from bot.notify import DeliveryError

log = logging.getLogger("partingways.slack")

PLATFORM = "slack"
COMMAND_NAME = "/offboard"
# Plain messages, thread replies copied to the channel, messages with a file: people talking.
# Every other subtype (edits, deletions, joins, bot posts...) is ignored.
SPOKEN_SUBTYPES = (None, "thread_broadcast", "file_share")
RATE_LIMIT_RETRIES = 2
API_ERRORS = (SlackApiError, SlackClientError, OSError)  # OSError covers refused/timed-out connections
HINTS = {
    "not_in_channel": "invite the app to that channel first (/invite @Parting Ways)",
    "channel_not_found": "check the channel id (SLACK_STAFF_CHANNEL?) and that the app was added to it",
    "invalid_auth": "SLACK_BOT_TOKEN was rejected: reinstall the app or update the token",
    "token_revoked": "SLACK_BOT_TOKEN was revoked: reinstall the app and update the token",
    "ratelimited": "Slack kept rate-limiting after retries",
}
_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


# -- start-up ---------------------------------------------------------------------------
def check_settings(config: Config) -> None:
    """Clear messages for the settings an admin gets wrong most often; no network needed."""
    if not config.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) "
                          "from your Slack app's OAuth & Permissions page.")
    if not config.slack_bot_token.startswith("xoxb-"):
        raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb- "
                          "(user tokens xoxp- and app-level tokens xapp- do not work here).")
    if config.slack_app_token and not config.slack_app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                          "(Basic Information > App-Level Tokens, scope connections:write).")
    if not config.slack_app_token and not config.slack_signing_secret:
        raise ConfigError("SLACK_SIGNING_SECRET is required in HTTP mode (Basic Information > Signing Secret); "
                          "or set SLACK_APP_TOKEN to use Socket Mode instead.")
    if not config.slack_api_url.startswith(("https://", "http://")):
        raise ConfigError("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/")


def web_client(config: Config) -> WebClient:
    client = WebClient(token=config.slack_bot_token, base_url=config.slack_api_url)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client


def _not_the_token_warning(record: logging.LogRecord) -> bool:
    # Bolt reads SLACK_BOT_TOKEN from the environment on its own, then warns that our client's
    # token wins. It is the same token (from Config), so the warning would only alarm an admin.
    return record.getMessage() != warning_client_prioritized_and_token_skipped()


def build_app(bot: Bot, config: Config, *, process_before_response: bool = False) -> App:
    """A Bolt App wired to the core. Checks the bot token with Slack (auth.test) on the way."""
    check_settings(config)
    client = web_client(config)
    logging.getLogger("slack_bolt.App").addFilter(_not_the_token_warning)
    socket_mode = bool(config.slack_app_token)
    try:
        app = App(client=client, signing_secret=config.slack_signing_secret,
                  request_verification_enabled=not socket_mode,
                  process_before_response=process_before_response)
    except BoltError as error:
        raise ConfigError(f"Slack rejected SLACK_BOT_TOKEN ({_problem(error.__context__ or error)}).") from None
    except (SlackClientError, OSError) as error:
        raise ConfigError(f"Cannot reach Slack at {config.slack_api_url} ({_problem(error)}).") from None
    SlackListeners(bot, client, SlackNotifier(client, config.slack_staff_channel)).register(app)
    return app


def run_slack(bot: Bot, host: str = "0.0.0.0") -> int:
    """`python app.py slack`: serve until interrupted."""
    config = bot.config
    app = build_app(bot, config)
    if not config.slack_staff_channel:
        log.warning("SLACK_STAFF_CHANNEL is not set: client messages will not be shown to the team")
    if config.slack_app_token:
        _serve_socket_mode(app, config)
    else:
        _serve_http(app, host, config.slack_port)
    return 0


def _serve_socket_mode(app: App, config: Config) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    handler = SocketModeHandler(app, config.slack_app_token)
    try:
        handler.connect()
    except API_ERRORS as error:
        raise ConfigError(f"Slack did not open a Socket Mode connection ({_problem(error)}): "
                          "check SLACK_APP_TOKEN and that Socket Mode is enabled for the app.") from None
    print("Parting Ways is connected to Slack (Socket Mode). Ctrl+C to stop.", flush=True)
    try:
        threading.Event().wait()
    finally:
        handler.close()


def _serve_http(app: App, host: str, port: int) -> None:
    from bot.adapters.slack_http import HttpServer
    server = HttpServer(app, host, port)
    url = server.start()
    print(f"Parting Ways is listening for Slack on {url}. Ctrl+C to stop.", flush=True)
    try:
        threading.Event().wait()
    finally:
        server.stop()


# -- sending --------------------------------------------------------------------------
def _problem(error: BaseException) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or f"HTTP {error.response.status_code}")
    return f"{type(error).__name__}: {error}"


def _call(client: WebClient, method: str, **arguments) -> None:
    """One Web API call; failures are logged with a hint and raised as DeliveryError."""
    try:
        client.api_call(method, json=arguments)
    except API_ERRORS as error:
        problem = _problem(error)
        hint = HINTS.get(problem)
        log.error("Slack %s to %s failed: %s%s", method, arguments.get("channel") or arguments.get("user_id"),
                  problem, f" ({hint})" if hint else "")
        raise DeliveryError(f"slack {method}: {problem}") from None


class SlackNotifier:
    """The StaffNotifier for Slack: the staff channel, or a direct message to one person."""

    platform = PLATFORM

    def __init__(self, client: WebClient, staff_channel: str):
        self.client = client
        self.staff_channel = staff_channel

    def notify_staff(self, text: str, title: str = "", conversation: str = "") -> None:
        if not self.staff_channel:
            raise DeliveryError("SLACK_STAFF_CHANNEL is not set")
        _call(self.client, "chat.postMessage", channel=self.staff_channel,
              **notice_message(Reply(text=text, title=title), conversation))

    def notify_person(self, person: str, text: str, title: str = "") -> None:
        # Posting to a user id lands in that person's direct messages with the app.
        _call(self.client, "chat.postMessage", channel=person, **notice_message(Reply(text=text, title=title)))


# -- reading Slack ----------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where an answer goes: a channel thread, visible to everyone or (private) to one person."""
    channel: str
    thread_ts: str
    user: str
    private: bool = False


def spoken_by_a_person(event: dict) -> bool:
    return bool(event.get("user")) and not event.get("bot_id") and event.get("subtype") in SPOKEN_SUBTYPES


def our_team(body: dict, context: BoltContext) -> str | None:
    authorizations = body.get("authorizations") or [{}]
    installed = context.authorize_result.team_id if context.authorize_result else None
    return authorizations[0].get("team_id") or body.get("context_team_id") or installed


def is_external(sender_team: str | None, body: dict, context: BoltContext) -> bool:
    """A sender from another workspace (Slack Connect) is the client audience."""
    ours = our_team(body, context)
    if sender_team and ours:
        return sender_team != ours
    return bool(body.get("is_ext_shared_channel"))  # nothing to compare: in a shared channel, assume a client


def event_sender_team(event: dict) -> str | None:
    return event.get("user_team") or event.get("team") or event.get("source_team")


def without_mentions_of(bot_user_id: str | None, text: str) -> str:
    return " ".join(_MENTION.sub(lambda m: "" if m.group(1) == bot_user_id else m.group(0), text).split())


class SlackListeners:
    """Bolt listeners: translate, ask the core, deliver what it decided."""

    def __init__(self, bot: Bot, client: WebClient, notifier: SlackNotifier):
        self.bot, self.client, self.notifier = bot, client, notifier
        self._names: dict[str, str] = {}

    def register(self, app: App) -> None:
        app.event("message")(self.on_message)
        app.event("app_mention")(self.on_mention)
        app.event("app_home_opened")(self.on_home_opened)
        app.command(COMMAND_NAME)(self.on_command)
        app.action(re.compile("^" + FEEDBACK_PREFIX))(self.on_feedback)

    # -- events --------------------------------------------------------------------------
    def on_message(self, body: dict, event: dict, context: BoltContext) -> None:
        if not spoken_by_a_person(event):
            return
        external = is_external(event_sender_team(event), body, context)
        if not external and event.get("channel_type") != "im":
            return  # staff address the bot in channels with a mention, handled by on_mention
        if self._first_delivery(body):
            self._answer(body, event, context, CLIENT if external else STAFF)

    def on_mention(self, body: dict, event: dict, context: BoltContext) -> None:
        if not spoken_by_a_person(event) or is_external(event_sender_team(event), body, context):
            return  # a client's mention is answered from its message event, as a client
        if self._first_delivery(body):
            self._answer(body, event, context, STAFF)

    def on_home_opened(self, event: dict) -> None:
        if event.get("tab") != "home":
            return
        try:
            _call(self.client, "views.publish", user_id=event["user"], view=home_view(self.bot))
        except DeliveryError:
            pass  # logged by _call; the next visit to the tab tries again

    # -- slash command and buttons --------------------------------------------------------
    def on_command(self, ack, body: dict, respond, context: BoltContext) -> None:
        ack()  # within Slack's 3 seconds, whatever follows
        text = body.get("text") or ""
        channel = body.get("channel_id") or ""
        external = is_external(body.get("team_id"), body, context)
        linked = self.bot.clients.for_channel(PLATFORM, channel)
        message = IncomingMessage(
            text=f"{COMMAND_NAME} {text}".strip(), platform=PLATFORM, sender_id=body.get("user_id") or "",
            sender_name=body.get("user_name") or "", audience=CLIENT if external else STAFF,
            client=linked["name"] if linked else None, conversation_id=channel,
            message_id=body.get("trigger_id") or "")
        decision = self.bot.run_command(message, split_args(text))
        self._respond(respond, decision.interaction_id, response_type="ephemeral",
                      **plain_message(decision.reply.text))

    def on_feedback(self, ack, body: dict, action: dict, respond) -> None:
        ack()
        value = action["action_id"][len(FEEDBACK_PREFIX):]
        try:
            interaction_id = int(action.get("value") or "")
        except ValueError:
            log.warning("feedback button with an unexpected value %r", action.get("value"))
            return
        if not self.bot.record_feedback(interaction_id, value):
            log.warning("could not store %s feedback for interaction %s", value, interaction_id)
            return
        original = body.get("message") or {}
        if original.get("blocks"):
            self._respond(respond, interaction_id, replace_original=True, text=original.get("text") or THANKS,
                          blocks=thanked(original["blocks"]))
        else:  # an ephemeral answer: Slack does not send it back, so thank with a new one
            self._respond(respond, interaction_id, response_type="ephemeral", replace_original=False, text=THANKS)

    # -- the conversation -----------------------------------------------------------------
    def _first_delivery(self, body: dict) -> bool:
        """False for a Slack retry or duplicate of an event already handled."""
        return self.bot.claim_event(PLATFORM, body.get("event_id") or "")

    def _answer(self, body: dict, event: dict, context: BoltContext, audience: str) -> None:
        channel, user = event["channel"], event["user"]
        linked = self.bot.clients.for_channel(PLATFORM, channel)
        thread = event.get("thread_ts") or event["ts"]
        # Clients can read a shared or client-linked channel: a staff answer goes to the asker alone.
        private = audience == STAFF and (bool(body.get("is_ext_shared_channel")) or linked is not None)
        message = IncomingMessage(
            text=without_mentions_of(context.bot_user_id, unescape(event.get("text") or "")),
            platform=PLATFORM, sender_id=user, sender_name=self._name_of(user), audience=audience,
            client=linked["name"] if linked else None, conversation_id=channel, thread_id=thread,
            message_id=event["ts"])
        self._deliver(self.bot.handle(message), Place(channel, thread, user, private))

    def _deliver(self, decision: Decision, place: Place) -> None:
        if decision.reply and decision.action in (REPLY, COMMAND, DENY):
            target = {"channel": place.channel, "thread_ts": place.thread_ts}
            method = "chat.postEphemeral" if place.private else "chat.postMessage"
            if place.private:
                target["user"] = place.user
            self._attempt(decision, _call, self.client, method, **target, **answer_message(decision))
        if decision.staff_notice:
            notice = decision.staff_notice
            self._attempt(decision, self.notifier.notify_staff, notice.text, notice.title, place.channel)

    def _attempt(self, decision: Decision, send, *args, **kwargs) -> None:
        try:
            send(*args, **kwargs)
        except DeliveryError as error:
            self.bot.record_delivery_error(decision.interaction_id, str(error))

    def _respond(self, respond, interaction_id: int | None, **message) -> None:
        """Answer through the response_url Slack gave with a command or a click."""
        try:
            status = respond(**message).status_code
            problem = None if status == 200 else f"HTTP {status}"
        except API_ERRORS as error:
            problem = _problem(error)
        if problem:
            log.error("Slack response_url failed: %s", problem)
            self.bot.record_delivery_error(interaction_id, f"slack response_url: {problem}")

    def _name_of(self, user: str) -> str:
        """The sender's name for greetings and staff notices (cached; '' if Slack won't say)."""
        if user not in self._names:
            try:
                found = self.client.users_info(user=user)["user"]
            except API_ERRORS as error:
                log.warning("could not look up Slack user %s: %s", user, _problem(error))
                return ""
            profile = found.get("profile") or {}
            self._names[user] = found.get("real_name") or profile.get("real_name") or found.get("name") or ""
        return self._names[user]
