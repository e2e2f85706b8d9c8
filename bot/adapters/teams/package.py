"""The Teams app package: teams/manifest.json with the bot's app id filled in, zipped with its icons.

Teams sideloads exactly this zip (Apps > Manage your apps > Upload an app).
"""
from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

from bot.config import Config, ConfigError

# teams/ in a source checkout; bot/assets/teams once installed with pip (see pyproject.toml).
_SOURCE_DIR, _INSTALLED_DIR = Path(__file__).resolve().parents[3] / "teams", Path(__file__).resolve().parents[2] / "assets" / "teams"
TEAMS_DIR = _SOURCE_DIR if (_SOURCE_DIR / "manifest.json").exists() else _INSTALLED_DIR
ICONS = ("color.png", "outline.png")
PACKAGE_NAME = "parting-ways-teams.zip"


def manifest_for(config: Config, source: Path = TEAMS_DIR) -> str:
    """The manifest text with the placeholders filled from the configuration."""
    app_id = (config.teams_app_id or "").strip()
    if not app_id:
        raise ConfigError("MicrosoftAppId is not set: the Teams package needs your bot's Microsoft app id "
                          "(Azure Bot resource > Configuration).")
    try:
        uuid.UUID(app_id)
    except ValueError:
        raise ConfigError(f"MicrosoftAppId {app_id!r} is not a GUID; Teams needs the app (client) id, "
                          "e.g. 00000000-0000-0000-0000-000000000000.") from None
    text = (source / "manifest.json").read_text(encoding="utf-8")
    # json.dumps(...)[1:-1] escapes a company name for a JSON string without its quotes.
    text = text.replace("{{MICROSOFT_APP_ID}}", app_id).replace("{{COMPANY}}", json.dumps(config.company)[1:-1])
    json.loads(text)  # a broken manifest fails here, not at upload time in Teams
    return text


def build_package(config: Config, out_dir: Path, source: Path = TEAMS_DIR) -> Path:
    manifest = manifest_for(config, source)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / PACKAGE_NAME
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", manifest)
        for icon in ICONS:
            package.write(source / icon, icon)  # Teams wants the files at the root of the zip
    return path
