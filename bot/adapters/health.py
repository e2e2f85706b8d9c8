"""GET /healthz and GET /readyz, served beside each platform's endpoint.

/healthz (liveness): the process and its event loop answer. Cheap: no database, no network.
/readyz (readiness): the database can be written, the intent model answers, and the platform's
credentials are accepted (Slack: auth.test) or complete (Teams). 200 when all pass, else 503,
with a JSON body naming each check, so a load balancer or systemd watchdog can tell which failed.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Callable

from aiohttp import web

from bot.core import Bot

log = logging.getLogger("partingways.health")

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
# One check: (name, ok, detail). A platform adds its own with a callable returning one.
Check = tuple[str, bool, str]


def readiness(bot: Bot, platform_check: Callable[[], Check] | None = None) -> list[Check]:
    checks = bot.readiness()
    if platform_check is not None:
        try:
            checks.append(platform_check())
        except Exception as error:  # noqa: BLE001 - a check that breaks is a failed check
            checks.append(("platform", False, f"check failed: {error}"))
    return checks


def add_health_routes(app: web.Application, bot: Bot, platform_check: Callable[[], Check] | None = None) -> None:
    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def readyz(request: web.Request) -> web.Response:
        # The checks block (SQLite, maybe an HTTP call): off the event loop that serves the platform.
        checks = await asyncio.get_running_loop().run_in_executor(None, readiness, bot, platform_check)
        ready = all(ok for _, ok, _ in checks)
        if not ready:
            log.warning("not ready: %s", "; ".join(f"{name}: {detail}" for name, ok, detail in checks if not ok))
        return web.json_response({"status": "ready" if ready else "not ready",
                                  "checks": {name: {"ok": ok, "detail": detail} for name, ok, detail in checks}},
                                 status=200 if ready else 503)

    app.router.add_get(HEALTH_PATH, healthz)
    app.router.add_get(READY_PATH, readyz)
