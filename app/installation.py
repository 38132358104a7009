"""Settings that belong to one installation, not to a database others may share: device id, name, scope, server."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import DomainError
from app.paths import APP_NAME

logger = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


def user_config_dir() -> Path:
    """The per-user configuration directory (`MENTOR_CONFIG_DIR` overrides, e.g. for tests and portable installs)."""
    return Path(os.environ.get("MENTOR_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


class Installation:
    """A small JSON file, written atomically and readable by its owner only.

    Several objects may point at different files in one process (tests run three desktops side by side).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._values is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._values = data if isinstance(data, dict) else {}
            except FileNotFoundError:
                self._values = {}
            except (OSError, ValueError) as exc:
                raise DomainError(f"The settings file {self.path} cannot be read ({exc}); fix or remove it.") from exc
        return self._values

    def get(self, key: str) -> Any:
        return self._load().get(key)

    def set(self, key: str, value: Any) -> None:
        values = dict(self._load())
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
        self._write(values)
        self._values = values

    def _write(self, values: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(values, handle, ensure_ascii=False, indent=2, sort_keys=True)
            os.chmod(temp, 0o600)
            os.replace(temp, self.path)
        except OSError as exc:
            raise DomainError(f"The settings file {self.path} cannot be written ({exc.strerror or exc}).") from exc

    @property
    def device_id(self) -> str:
        """This installation's id in the change journal and towards the server, made on first use."""
        value = self.get("device_id")
        if not value:
            value = str(uuid.uuid4())
            self.set("device_id", value)
        return str(value)

    @property
    def coordinator_name(self) -> str | None:
        return self.get("coordinator_name")

    @property
    def server_url(self) -> str | None:
        """`MENTOR_SERVER_URL` if set, else the URL saved by `sync --server` or the settings dialog."""
        return os.environ.get("MENTOR_SERVER_URL") or self.get("server_url")

    @property
    def scope(self) -> list[str] | None:
        value = self.get("scope")
        return [str(v) for v in value] if isinstance(value, list) and value else None


_current: dict[Path, Installation] = {}


def current_installation() -> Installation:
    """The installation of this user (one object per settings file, so values are read once)."""
    path = user_config_dir() / SETTINGS_FILE
    if path not in _current:
        _current[path] = Installation(path)
    return _current[path]
