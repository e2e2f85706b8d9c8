"""Hosting the Teams bot: POST /api/messages on aiohttp with the Bot Framework CloudAdapter.

Requests are checked here before the SDK sees them, so a malformed one gets a
clear 400 (and a line in the interaction log) instead of a stack trace.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from msrest.exceptions import DeserializationError

from bot.adapters.health import READY_PATH, Check, add_health_routes
from bot.adapters.teams.turns import TeamsBot
from bot.adapters.teams.delivery import PLATFORM, ProactiveSender, RetryPolicy, TeamsNotifier
from bot.config import Config, ConfigError
from bot.core import Bot

log = logging.getLogger("partingways.teams")

ROUTE = "/api/messages"
NOTIFIER = web.AppKey("notifier", TeamsNotifier)
UNAUTHENTICATED_WARNING = (
    "Teams adapter is running WITHOUT authentication: MicrosoftAppId is not set, so any request "
    "reaching this port is accepted. That is only for local testing; set MicrosoftAppId and "
    "MicrosoftAppTenantId (and MicrosoftAppPassword for a single-tenant app) before exposing it.")
LOGGED_BODY_CHARS = 500


def is_authenticated(config: Config) -> bool:
    return bool(config.teams_app_id)


def check_settings(config: Config) -> None:
    """What each bot type needs, said before the SDK says it with a bare Exception."""
    if not is_authenticated(config):
        return
    kind = config.teams_app_type
    missing = [name for name, value, needed in (
        ("MicrosoftAppTenantId", config.teams_tenant_id, kind in ("SingleTenant", "UserAssignedMSI")),
        ("MicrosoftAppPassword", config.teams_app_password, kind in ("SingleTenant", "MultiTenant")),
    ) if needed and not value]
    if missing:
        where = {"MicrosoftAppTenantId": "your Microsoft 365 tenant id (Azure Bot > Configuration > App Tenant ID)",
                 "MicrosoftAppPassword": "a client secret of the bot's app registration "
                                         "(Azure Bot > Configuration > Manage Password)"}
        raise ConfigError(f"MicrosoftAppType {kind} needs " + " and ".join(f"{m} ({where[m]})" for m in missing) + ".")
    if kind == "UserAssignedMSI" and config.teams_app_password:
        raise ConfigError("MicrosoftAppType UserAssignedMSI uses the managed identity, not a password: "
                          "unset MicrosoftAppPassword (MicrosoftAppId is the identity's client id).")
    if kind == "MultiTenant":
        log.warning("MicrosoftAppType is MultiTenant: Azure no longer creates multi-tenant bots; an existing "
                    "registration keeps working, a new one should be SingleTenant or UserAssignedMSI.")


def cloud_adapter(config: Config) -> CloudAdapter:
    """The SDK validates each request's JWT when an app id is set, and accepts all when not."""
    check_settings(config)
    # Without an app id there is nothing to authenticate with: the SDK's auth-disabled mode.
    kind = config.teams_app_type if is_authenticated(config) else "MultiTenant"
    settings = SimpleNamespace(APP_ID=config.teams_app_id, APP_PASSWORD=config.teams_app_password,
                               APP_TYPE=kind, APP_TENANTID=config.teams_tenant_id)
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(settings))
    adapter.on_turn_error = _on_turn_error
    return adapter


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    # Teams would only redeliver, and the redelivery is dropped as a duplicate: log and answer.
    log.error("Teams turn failed: %s", error, exc_info=error)


def teams_notifier(core: Bot, adapter: CloudAdapter | None = None,
                   policy: RetryPolicy = RetryPolicy()) -> TeamsNotifier:
    """A StaffNotifier for Teams, usable without the server (e.g. a reminder run)."""
    config = core.config
    sender = ProactiveSender(adapter or cloud_adapter(config), core.storage, config.teams_app_id, policy)
    return TeamsNotifier(sender, config.teams_staff_conversation)


def create_app(core: Bot, policy: RetryPolicy = RetryPolicy()) -> web.Application:
    adapter = cloud_adapter(core.config)
    notifier = teams_notifier(core, adapter, policy)
    teams_bot = TeamsBot(core, policy, notifier)
    app = web.Application()
    app[NOTIFIER] = notifier

    async def messages(request: web.Request) -> web.Response:
        body, problem = await _read_activity(request)
        if problem:
            return _reject(core, request, problem, body)
        try:
            activity = Activity().deserialize(body)
        except DeserializationError as error:
            return _reject(core, request, f"the activity does not have the Bot Framework shape ({error})", body)
        try:
            invoke = await adapter.process_activity(request.headers.get("Authorization", ""), activity,
                                                    teams_bot.on_turn)
        except PermissionError:
            log.warning("rejected a Teams request without valid credentials from %s", request.remote)
            return web.json_response({"error": "Unauthorized: this bot only accepts requests signed by the "
                                               "Bot Framework."}, status=401)
        if invoke:
            return web.json_response(invoke.body, status=invoke.status)
        return web.Response(status=200)

    async def on_startup(app: web.Application) -> None:
        _warn_about_settings(core.config)

    app.router.add_post(ROUTE, messages)
    add_health_routes(app, core, lambda: credentials_check(core.config))
    app.on_startup.append(on_startup)
    return app


def credentials_check(config: Config) -> Check:
    """Readiness for Teams: the credentials the bot type needs are all set (check_settings ran at
    start). Whether Azure accepts them shows only when a request or a send is authenticated."""
    if not is_authenticated(config):
        return "teams", True, "no MicrosoftAppId: unsigned requests accepted (local testing only)"
    return "teams", True, (f"{config.teams_app_type} app {config.teams_app_id} configured"
                           + (f" for tenant {config.teams_tenant_id}" if config.teams_tenant_id else ""))


def _warn_about_settings(config: Config) -> None:
    if not is_authenticated(config):
        log.warning(UNAUTHENTICATED_WARNING)
    if not config.teams_staff_conversation:
        log.warning("TEAMS_STAFF_CONVERSATION is not set: hand-offs and staff notices can't be delivered.")


async def _read_activity(request: web.Request) -> tuple[object, str | None]:
    """The parsed body and, if it is not an activity, what is wrong with it."""
    raw = await request.read()
    text = raw.decode("utf-8", "replace")
    if request.content_type != "application/json":
        return text, f"expected Content-Type application/json, got {request.content_type or 'none'}"
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return text, "the body is not valid JSON"
    if not isinstance(body, dict):
        return text, "the body must be a JSON object (a Bot Framework activity)"
    if not isinstance(body.get("type"), str) or not body["type"].strip():
        return text, "the activity has no 'type'"
    return body, None


def _reject(core: Bot, request: web.Request, problem: str, body: object) -> web.Response:
    excerpt = body if isinstance(body, str) else json.dumps(body)
    log.warning("rejected a malformed Teams request from %s: %s", request.remote, problem)
    try:
        core.storage.log_interaction(platform=PLATFORM, action="rejected", sender_id=request.remote or "",
                                     text=excerpt[:LOGGED_BODY_CHARS], error=f"malformed activity: {problem}")
    except sqlite3.Error as error:
        log.error("could not log the rejected request: %s", error)
    return web.json_response({"error": f"Bad request: {problem}."}, status=400)


def serve(core: Bot, host: str | None = None) -> int:
    config = core.config
    # Unauthenticated, listen on this machine only; a dev tunnel forwards to localhost anyway.
    host = host or ("0.0.0.0" if is_authenticated(config) else "127.0.0.1")
    announcement = (f"Parting Ways for Teams: POST http://{host}:{config.teams_port}{ROUTE} "
                    f"(health: http://{host}:{config.teams_port}{READY_PATH})")
    # run_app calls `print` once it is listening: announced then, a health check can follow at once.
    web.run_app(create_app(core), host=host, port=config.teams_port,
                print=lambda _: print(announcement, flush=True))
    return 0
