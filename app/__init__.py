"""Mentor Coordinator: pair mentors with mentees, follow pairings, sync to a shared database."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The one version string (CLI `--version`, the About box, the bundle): pyproject.toml's, via package metadata.

    The PyInstaller bundle carries the same metadata (packaging/mentor-coordinator.spec copies it).
    """
    try:
        return version("mentor-coordinator")
    except PackageNotFoundError:  # a source tree run without `pip install -e .`
        return "0+unknown"


__version__ = _version()
