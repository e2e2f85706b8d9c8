"""The Slack adapter: Bolt listeners that turn Slack payloads into IncomingMessages and Decisions back into posts.

Who is staff and who is a client is read from Slack (a sender from another
workspace, or a guest account in ours, is the client audience); everything else
(principles, phases, permissions, wording, what must stay private) is the core's decision.

    python app.py slack    # Socket Mode when SLACK_APP_TOKEN is set, else HTTP on SLACK_PORT
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass

from slack_bolt import App, BoltContext
from slack_bolt.error import BoltError
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.adapters.slack.blocks import (CHOICE_PREFIX, FEEDBACK_PREFIX, THANKS, answer_message, choice_from_value,
                                       notice_message, plain_message, read_slack_text, thanked)
from bot.adapters.slack.drafts import SlackDrafts
from bot.adapters.slack.checklist import ChecklistTicks, checklist_message
from bot.adapters.signals import stop_requested
from bot.adapters.slack.home import home_view, outsider_home_view
from bot.adapters.slack.people import API_ERRORS, People, problem
from bot.adapters.slack.receiver import INBOX_ID, SlackReceiver
from bot.adapters.slack.unknown import register_catch_alls
from bot.commands import parse_command_text, split_args
from bot.config import Config, ConfigError
from bot.core import Bot
from bot.message import (CLIENT, COMMAND, DENY, REPLY, STAFF, Decision, IncomingMessage, Mention, Reply, SharedFile,
                         Vote)
from bot.notify import DeliveryError

log = logging.getLogger("partingways.slack")

PLATFORM = "slack"
COMMAND_NAME = "/offboard"
# Plain messages, thread replies copied to the channel, messages with a file: people talking.
# Every other subtype (edits, deletions, joins, bot posts...) is ignored.
SPOKEN_SUBTYPES = (None, "thread_broadcast", "file_share")
RATE_LIMIT_RETRIES = 2
USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")
HINTS = {
    "not_in_channel": "invite the app to that channel first (/invite @Parting Ways)",
    "channel_not_found": "check the channel id (SLACK_STAFF_CHANNEL?) and that the app was added to it",
    "invalid_auth": "SLACK_BOT_TOKEN was rejected: reinstall the app or update the token",
    "token_revoked": "SLACK_BOT_TOKEN was revoked: reinstall the app and update the token",
    "ratelimited": "Slack kept rate-limiting after retries",
}
# Slack's older file events put "<@U123|dana> uploaded a file: <url|name>" in the text: not the sender's words.
_UPLOAD_NOTE = re.compile(r"^<@[A-Z0-9]+(?:\|[^>]*)?> (?:uploaded|shared) a file: <[^>]*>\s*")


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


def build_app(bot: Bot, config: Config) -> App:
    """A Bolt App wired to the core. Checks the bot token with Slack (auth.test) on the way.

    Requests reach it through a SlackReceiver (receiver.py), which checks them and keeps them in
    the inbox first; Bolt runs each listener to the end inside dispatch (process_before_response),
    on the receiver's worker, so that an inbox entry is finished only when its work is."""
    check_settings(config)
    client = web_client(config)
    logging.getLogger("slack_bolt.App").addFilter(_not_the_token_warning)
    socket_mode = bool(config.slack_app_token)
    try:
        app = App(client=client, signing_secret=config.slack_signing_secret,
                  request_verification_enabled=not socket_mode, process_before_response=True)
    except BoltError as error:
        raise ConfigError(f"Slack rejected SLACK_BOT_TOKEN ({problem(error.__context__ or error)}).") from None
    except (SlackClientError, OSError) as error:
        # Not a setting to fix but a failure while running: exit code 1, not 2.
        raise ConnectionError(f"Cannot reach Slack at {config.slack_api_url} ({problem(error)}).") from None
    SlackListeners(bot, client, SlackNotifier(client, config.slack_staff_channel)).register(app)
    return app


def run_slack(bot: Bot, host: str = "0.0.0.0") -> int:
    """`python app.py slack`: serve until SIGTERM or SIGINT, then stop cleanly (exit 0).
    /healthz and /readyz are on SLACK_PORT in both modes."""
    config = bot.config
    app = build_app(bot, config)
    if not config.slack_staff_channel:
        log.warning("SLACK_STAFF_CHANNEL is not set: client messages will not be shown to the team")
    from bot.adapters.slack.http import HttpServer
    receiver = SlackReceiver(app, bot, config.slack_signing_secret)
    socket_mode = bool(config.slack_app_token)
    server = HttpServer(receiver, host, config.slack_port, bot=bot, events=not socket_mode)
    client = None
    with stop_requested() as stop:
        receiver.start()  # first what an earlier run left unfinished
        try:
            client = _connect_socket_mode(receiver, config) if socket_mode else None
            url = server.start()
            if client:
                print(f"Parting Ways is connected to Slack (Socket Mode; health: {server.base_url}/readyz). "
                      "Ctrl+C to stop.", flush=True)
            else:
                print(f"Parting Ways is listening for Slack on {url} (health: {server.base_url}/readyz). "
                      "Ctrl+C to stop.", flush=True)
            stop.wait()
            print("Stopping: no new requests; finishing the events in hand.", flush=True)
        finally:
            receiver.refuse_new()  # Socket Mode envelopes still arriving are not acknowledged: Slack resends
            server.stop()          # HTTP: stops listening, then drains the receiver
            receiver.stop()
            if client:
                client.close()
    return 0


def _connect_socket_mode(receiver: SlackReceiver, config: Config):
    """A Socket Mode connection whose envelopes go through the receiver (screened, kept in the inbox,
    then acknowledged)."""
    from slack_sdk.socket_mode.builtin import SocketModeClient
    client = SocketModeClient(app_token=config.slack_app_token, web_client=receiver.app.client)
    client.socket_mode_request_listeners.append(receiver.on_socket_request)
    try:
        client.connect()
    except API_ERRORS as error:
        raise ConfigError(f"Slack did not open a Socket Mode connection ({problem(error)}): "
                          "check SLACK_APP_TOKEN and that Socket Mode is enabled for the app.") from None
    return client


# -- sending --------------------------------------------------------------------------
def _call(client: WebClient, method: str, **arguments):
    """One Web API call; failures are logged with a hint and raised as DeliveryError."""
    try:
        return client.api_call(method, json=arguments)
    except API_ERRORS as error:
        what = problem(error)
        hint = HINTS.get(what)
        log.error("Slack %s to %s failed: %s%s", method, arguments.get("channel") or arguments.get("user_id"),
                  what, f" ({hint})" if hint else "")
        raise DeliveryError(f"slack {method}: {what}") from None


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
        # Posting to a user id lands in that person's direct messages with the app. Anything else (a
        # name typed as the account owner) would be taken for a channel name: refuse it.
        if not USER_ID.fullmatch(person or ""):
            raise DeliveryError(f"{person!r} is not a Slack user id: mention the person to record them "
                                "(`/offboard owner <client> @name`)")
        _call(self.client, "chat.postMessage", channel=person, **notice_message(Reply(text=text, title=title)))


# -- reading Slack ----------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where an answer goes: a channel thread, and who asked (for an answer only they may see)."""
    channel: str
    thread_ts: str
    user: str


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
    return shared_with_other_workspaces(body)  # nothing to compare: in a shared channel, assume a client


def shared_with_other_workspaces(body: dict) -> bool:
    return bool(body.get("is_ext_shared_channel"))  # a Slack Connect channel


def event_sender_team(event: dict) -> str | None:
    return event.get("user_team") or event.get("team") or event.get("source_team")


def _number(value) -> object:
    """A button value as an interaction id when it is a plain number; else as it came (the core refuses it)."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        return int(value)
    return value


def shared_files(event: dict) -> tuple[SharedFile, ...]:
    """The files that came with a message: name and type as Slack describes them, never the content."""
    return tuple(SharedFile(str(f.get("name") or f.get("title") or ""),
                            str(f.get("pretty_type") or f.get("filetype") or f.get("mimetype") or ""))
                 for f in event.get("files") or [] if isinstance(f, dict))


class SlackListeners:
    """The Slack adapter (see bot.contract.Adapter) as Bolt listeners: translate, ask the core,
    deliver what it decided."""

    platform = PLATFORM

    def __init__(self, bot: Bot, client: WebClient, notifier: SlackNotifier):
        self.bot, self.client, self.notifier = bot, client, notifier
        self.people = People(client)
        self.drafts = SlackDrafts(self, _call)

    def staff_notifier(self) -> SlackNotifier:
        return self.notifier

    def register(self, app: App) -> None:
        app.event("message")(self.on_message)
        app.event("app_mention")(self.on_mention)
        app.event("app_home_opened")(self.on_home_opened)
        app.command(COMMAND_NAME)(self.on_command)
        app.action(re.compile("^" + FEEDBACK_PREFIX))(self.on_feedback)
        app.action(re.compile("^" + CHOICE_PREFIX))(self.on_choice)
        self.drafts.register(app)
        ChecklistTicks(self).register(app)
        register_catch_alls(app)  # last: Bolt runs the first listener that matches

    # -- who is asking ------------------------------------------------------------------
    def audience_of(self, user: str, sender_team: str | None, body: dict, context: BoltContext,
                    if_unknown: str) -> str:
        """Staff are full members of our workspace; other workspaces and guest accounts are clients.

        if_unknown: the audience when Slack cannot say who the user is (CLIENT where a mistake
        would change records or show them, STAFF where it would only cost a staff member an answer).
        """
        if is_external(sender_team, body, context):
            return CLIENT
        person = self.people.get(user)
        if not person.known:
            if if_unknown == CLIENT:
                log.error("users.info failed for Slack user %s: treating them as a client, so records stay "
                          "unchanged and private views closed until Slack answers again", user)
            return if_unknown
        ours = our_team(body, context)
        from_elsewhere = bool(person.team and ours and person.team != ours)
        return CLIENT if person.guest or from_elsewhere else STAFF

    def _if_unknown(self, args: list[str] | None) -> str:
        """Fail closed for a command that changes records; a question may still be answered."""
        changes = args is not None and not self.bot.commands.is_read_only(args)
        return CLIENT if changes else STAFF

    def _read(self, raw: str, body: dict, context: BoltContext) -> tuple[str, tuple[Mention, ...]]:
        """What the person typed, with each person they mentioned as "@Name" (the bot's own mention
        dropped) and resolved: their user id, and whether they are one of our staff."""
        mentions: list[Mention] = []
        ours = our_team(body, context)

        def person(user_id: str, label: str) -> str:
            if user_id == context.bot_user_id:
                return ""
            found = self.people.get(user_id)
            elsewhere = bool(found.team and ours and found.team != ours)
            shown = f"@{found.name or label or user_id}"
            mentions.append(Mention(shown, user_id, found.name or label, None if not found.known
                                    else not (found.guest or elsewhere)))
            return shown
        return " ".join(read_slack_text(raw, person).split()), tuple(mentions)

    def _place(self, channel: str, thread: str, body: dict, context: BoltContext) -> tuple[tuple[str, str], ...]:
        """The ids of a conversation, for `offboard where`."""
        pairs = [("Slack channel", channel)] + ([("Thread", thread)] if thread else [])
        team = our_team(body, context)
        if team:
            pairs.append(("Workspace", team))
        if shared_with_other_workspaces(body):
            pairs.append(("Shared with another workspace", "yes (Slack Connect)"))
        if channel and channel == self.notifier.staff_channel:
            pairs.append(("Staff channel", "yes, this is SLACK_STAFF_CHANNEL"))
        elif channel and not channel.startswith("D"):
            pairs.append(("Staff channel", f"no; to post staff notices here, set SLACK_STAFF_CHANNEL={channel}"))
        return tuple(pairs)

    def _event_audience(self, body: dict, event: dict, context: BoltContext, text: str) -> str:
        return self.audience_of(event["user"], event_sender_team(event), body, context,
                                self._if_unknown(parse_command_text(text)))

    # -- events --------------------------------------------------------------------------
    def on_message(self, body: dict, event: dict, context: BoltContext) -> None:
        if not spoken_by_a_person(event):
            return
        text, mentions = self._text_of(event, body, context)
        audience = self._event_audience(body, event, context, text)
        if audience == STAFF and event.get("channel_type") != "im":
            return  # staff address the bot in channels with a mention, handled by on_mention
        if self._first_delivery(body, context):
            self._answer(body, event, text, audience, context, mentions)

    def on_mention(self, body: dict, event: dict, context: BoltContext) -> None:
        if not spoken_by_a_person(event):
            return
        text, mentions = self._text_of(event, body, context)
        if self._event_audience(body, event, context, text) == CLIENT:
            return  # a client's mention is answered from its message event, as a client
        if self._first_delivery(body, context):
            self._answer(body, event, text, STAFF, context, mentions)

    def on_home_opened(self, body: dict, event: dict, context: BoltContext) -> None:
        if event.get("tab") != "home":
            return
        # The full tab lists every client being offboarded: staff only, and only when Slack says so.
        staff = self.audience_of(event["user"], None, body, context, if_unknown=CLIENT) == STAFF
        self.publish_home(event["user"], staff)

    def publish_home(self, user: str, staff: bool, notice: str = "") -> None:
        view = home_view(self.bot, notice=notice) if staff else outsider_home_view(self.bot.config.company)
        try:
            _call(self.client, "views.publish", user_id=user, view=view)
        except DeliveryError:
            pass  # logged by _call; the next visit to the tab tries again

    # -- slash command and buttons --------------------------------------------------------
    def on_command(self, ack, body: dict, respond, context: BoltContext) -> None:
        ack()  # within Slack's 3 seconds, whatever follows
        text, mentions = self._read(body.get("text") or "", body, context)  # entities and markup, as in events
        args = split_args(text)
        channel, user = body.get("channel_id") or "", body.get("user_id") or ""
        linked = self.bot.clients.for_channel(PLATFORM, channel)
        message = IncomingMessage(
            text=f"{COMMAND_NAME} {text}".strip(), platform=PLATFORM, sender_id=user,
            sender_name=body.get("user_name") or "",
            audience=self.audience_of(user, body.get("team_id"), body, context, self._if_unknown(args)),
            client=linked["name"] if linked else None, conversation_id=channel,
            message_id=body.get("trigger_id") or "", inbox_id=context.get(INBOX_ID), mentions=mentions,
            place=self._place(channel, "", body, context))
        decision = self.bot.run_command(message, args)
        self._respond(respond, decision.interaction_id, response_type="ephemeral", **self._message_for(decision))

    def on_feedback(self, ack, body: dict, action: dict, respond, context: BoltContext) -> None:
        ack()
        user = body.get("user") or {}
        voter = user.get("id") or ""
        where = (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id") or ""
        audience = self.audience_of(voter, user.get("team_id"), body, context, if_unknown=CLIENT)
        interaction_id = _number(action.get("value"))
        vote = Vote(interaction_id, action["action_id"][len(FEEDBACK_PREFIX):], PLATFORM, voter, audience, where)
        if not self.bot.record_feedback(vote):
            return  # the core logged why
        original = body.get("message") or {}
        if original.get("blocks"):
            self._respond(respond, interaction_id, replace_original=True, text=original.get("text") or THANKS,
                          blocks=thanked(original["blocks"]))
        else:  # an ephemeral answer: Slack does not send it back, so thank with a new one
            self._respond(respond, interaction_id, response_type="ephemeral", replace_original=False, text=THANKS)

    def on_choice(self, ack, body: dict, action: dict, context: BoltContext) -> None:
        """A 'which client?' (or 'did you mean?') pick: the core answers the question again."""
        ack()
        value = (action.get("selected_option") or {}).get("value") or action.get("value") or ""
        picked = choice_from_value(value)
        if picked is None:
            log.warning("choice with an unexpected value %r", value)
            return
        interaction_id, choice = picked
        user = (body.get("user") or {}).get("id") or ""
        container = body.get("container") or {}
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id") or ""
        original = body.get("message") or {}
        thread = container.get("thread_ts") or original.get("thread_ts") or container.get("message_ts") or ""
        message = IncomingMessage(
            text="", platform=PLATFORM, sender_id=user, sender_name=self.people.get(user).name,
            audience=self.audience_of(user, (body.get("user") or {}).get("team_id"), body, context, STAFF),
            conversation_id=channel, thread_id=thread, message_id=container.get("message_ts") or "",
            shared_with_outsiders=shared_with_other_workspaces(body), direct=channel.startswith("D"),
            inbox_id=context.get(INBOX_ID))
        self._deliver(self.bot.choose(message, interaction_id, choice), Place(channel, thread, user))

    # -- the conversation -----------------------------------------------------------------
    def _first_delivery(self, body: dict, context: BoltContext) -> bool:
        """False for a Slack retry or duplicate of an event already handled. An event from the inbox
        was de-duplicated there (and claiming it here again would drop it after a restart)."""
        if context.get(INBOX_ID) is not None:
            return True
        return self.bot.claim_event(PLATFORM, body.get("event_id") or "")

    def _text_of(self, event: dict, body: dict, context: BoltContext) -> tuple[str, tuple[Mention, ...]]:
        text = event.get("text") or ""
        if event.get("files"):
            text = _UPLOAD_NOTE.sub("", text)
        return self._read(text, body, context)

    def _answer(self, body: dict, event: dict, text: str, audience: str, context: BoltContext,
                mentions: tuple[Mention, ...] = ()) -> None:
        channel, user = event["channel"], event["user"]
        linked = self.bot.clients.for_channel(PLATFORM, channel)
        thread = event.get("thread_ts") or event["ts"]
        message = IncomingMessage(
            text=text, platform=PLATFORM, sender_id=user, sender_name=self.people.get(user).name,
            audience=audience, client=linked["name"] if linked else None, conversation_id=channel,
            thread_id=thread, message_id=event["ts"], shared_with_outsiders=shared_with_other_workspaces(body),
            direct=event.get("channel_type") == "im", files=shared_files(event), mentions=mentions,
            inbox_id=context.get(INBOX_ID), place=self._place(channel, thread, body, context))
        self._deliver(self.bot.handle(message), Place(channel, thread, user))

    def _deliver(self, decision: Decision, place: Place) -> None:
        if decision.reply and decision.action in (REPLY, COMMAND, DENY):
            # The core says when a staff answer must not be seen by a client: then only the asker sees it.
            target = {"channel": place.channel, "thread_ts": place.thread_ts}
            if decision.private:
                target["user"] = place.user
            method = "chat.postEphemeral" if decision.private else "chat.postMessage"
            self._attempt(decision, _call, self.client, method, **target, **self._message_for(decision, answer_message))
        if decision.draft is not None:
            self._attempt(decision, self.drafts.post_card, decision.draft)
        elif decision.staff_notice:
            notice = decision.staff_notice
            self._attempt(decision, self.notifier.notify_staff, notice.text, notice.title, place.channel)

    def _message_for(self, decision: Decision, layout=None) -> dict:
        """A reply carrying a checklist gets its checkboxes; others their usual layout (plain by default)."""
        if decision.reply.checklist is not None and decision.reply.audience == STAFF:
            return checklist_message(decision.reply, self.bot.config)
        return layout(decision) if layout else plain_message(decision.reply.text)

    def _attempt(self, decision: Decision, send, *args, **kwargs) -> None:
        try:
            send(*args, **kwargs)
        except DeliveryError as error:
            self.bot.record_delivery_error(decision.interaction_id, str(error))

    def _respond(self, respond, interaction_id: int | None, **message) -> None:
        """Answer through the response_url Slack gave with a command or a click."""
        try:
            status = respond(**message).status_code
            what = None if status == 200 else f"HTTP {status}"
        except API_ERRORS as error:
            what = problem(error)
        if what:
            log.error("Slack response_url failed: %s", what)
            self.bot.record_delivery_error(interaction_id, f"slack response_url: {what}")
