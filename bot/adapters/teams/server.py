"""Hosting the Teams bot: POST /api/messages on aiohttp with the Bot Framework CloudAdapter.

Requests are checked and kept in the inbox by the TeamsReceiver (receiver.py) before the
SDK runs a turn, so a malformed one gets a clear 4xx instead of a stack trace, and an
acknowledged one survives a crash.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botframework.connector.auth import ChannelValidation

from bot.adapters.health import READY_PATH, Check, add_health_routes
from bot.adapters.signals import stop_requested
from bot.adapters.inbound import MAX_BODY_BYTES
from bot.adapters.teams.receiver import SHUTDOWN_SECONDS, TeamsReceiver
from bot.adapters.teams.turns import TeamsBot
from bot.adapters.teams.delivery import ProactiveSender, RetryPolicy, TeamsNotifier
from bot.config import Config, ConfigError
from bot.core import Bot

log = logging.getLogger("partingways.teams")

ROUTE = "/api/messages"
NOTIFIER = web.AppKey("notifier", TeamsNotifier)
RECEIVER = web.AppKey("receiver", TeamsReceiver)
UNAUTHENTICATED_WARNING = (
    "Teams adapter is running WITHOUT authentication: MicrosoftAppId is not set, so any request "
    "reaching this port is accepted. That is only for local testing; set MicrosoftAppId and "
    "MicrosoftAppTenantId (and MicrosoftAppPassword for a single-tenant app) before exposing it.")


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
    """The SDK validates each request's JWT when an app id is set, and accepts all when not.
    The signing keys come from the Bot Framework's OpenID metadata (or TEAMS_OPENID_METADATA_URL)."""
    check_settings(config)
    # The SDK reads this class attribute for every channel token it checks; None means its default.
    ChannelValidation.open_id_metadata_endpoint = config.teams_openid_metadata_url or None
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


def create_app(core: Bot, policy: RetryPolicy = RetryPolicy(), *, answer_after_handling: bool = False
               ) -> web.Application:
    """The endpoint: requests checked and kept in the inbox by a TeamsReceiver (receiver.py), turns run
    from there. answer_after_handling: answer each message only once its turn is over (tests)."""
    config = core.config
    adapter = cloud_adapter(config)
    notifier = teams_notifier(core, adapter, policy)
    teams_bot = TeamsBot(core, policy, notifier)
    receiver = TeamsReceiver(core, adapter, teams_bot.on_turn, authenticated=is_authenticated(config),
                             answer_after_handling=answer_after_handling)
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[NOTIFIER] = notifier
    app[RECEIVER] = receiver

    async def messages(request: web.Request) -> web.Response:
        return await receiver.receive(request)

    async def on_startup(app: web.Application) -> None:
        _warn_about_settings(config)
        await receiver.start()  # first what an earlier run left unfinished

    async def on_shutdown(app: web.Application) -> None:
        await receiver.stop()

    app.router.add_post(ROUTE, messages)
    add_health_routes(app, core, lambda: credentials_check(config))
    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
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


def serve(core: Bot, host: str | None = None) -> int:
    """`python app.py teams`: serve until SIGTERM or SIGINT, then stop cleanly (exit 0)."""
    config = core.config
    # Unauthenticated, listen on this machine only; a dev tunnel forwards to localhost anyway.
    host = host or ("0.0.0.0" if is_authenticated(config) else "127.0.0.1")
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(create_app(core), shutdown_timeout=SHUTDOWN_SECONDS / 2, access_log=None)
    with stop_requested(then=lambda: loop.call_soon_threadsafe(lambda: None)) as stop:
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, host, config.teams_port)
            loop.run_until_complete(site.start())
        except OSError as error:
            loop.run_until_complete(runner.cleanup())
            loop.close()
            raise ConfigError(f"Cannot listen on {host}:{config.teams_port} ({error.strerror}); "
                              f"choose another TEAMS_PORT.") from None
        port = runner.addresses[0][1]
        # Announced once it is listening: a health check can follow at once.
        print(f"Parting Ways for Teams: POST http://{host}:{port}{ROUTE} "
              f"(health: http://{host}:{port}{READY_PATH})", flush=True)
        loop.run_until_complete(_until(stop))
        print("Stopping: no new requests; finishing the turns in hand.", flush=True)
        loop.run_until_complete(runner.cleanup())  # stops listening, then on_shutdown drains the receiver
    loop.close()
    return 0


async def _until(stop: threading.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)
