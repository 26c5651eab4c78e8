"""The peer of the benchmark: shot-scraper, in a virtual environment of its own.

shot-scraper is what a docs team would otherwise use to keep screenshots current. It never
enters the project's dependencies: ``ensure_peer`` builds ``build/peer-venv`` with pip and lays
out a browsers folder so that its Playwright drives Debian's headless shell, the project's
browser. ``shots_yaml`` writes the ``shot-scraper multi`` file for the 8 screenshots that
``features/toegang`` captures: the same pages, viewport and scale, the same links clicked,
the faults set through the world's control API.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from guidebook.chromium import HEADLESS_SHELL

PEER_PACKAGE = "shot-scraper"
BROWSERS_JSON = "playwright/driver/package/browsers.json"


def ensure_peer(root: Path) -> tuple[Path, Path]:
    """(shot-scraper's executable, the browsers folder for ``PLAYWRIGHT_BROWSERS_PATH``)."""
    venv = root / "build" / "peer-venv"
    executable = venv / "bin" / "shot-scraper"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", PEER_PACKAGE], check=True)
    return executable, _browsers_folder(venv, root / "build" / "peer-browsers")


def _browsers_folder(venv: Path, folder: Path) -> Path:
    """A folder laid out as the peer's Playwright expects, its headless shell Debian's."""
    manifests = sorted(venv.glob(f"lib/python3*/site-packages/{BROWSERS_JSON}"))
    if not manifests:
        raise SystemExit(f"benchmark: no {BROWSERS_JSON} in {venv}; remove it and rerun")
    browsers = json.loads(manifests[0].read_text(encoding="utf-8"))["browsers"]
    revision = next(b["revision"] for b in browsers if b["name"] == "chromium-headless-shell")
    home = folder / f"chromium_headless_shell-{revision}"
    binary = home / "chrome-headless-shell-linux64" / "chrome-headless-shell"
    if not binary.exists():
        binary.parent.mkdir(parents=True, exist_ok=True)
        binary.symlink_to(HEADLESS_SHELL)
        (home / "DEPENDENCIES_VALIDATED").touch()
    return folder


def _fault(control: str, service: str, fault: str | None) -> list[str]:
    body = json.dumps({"fault": fault})
    return [
        "curl", "-sf", "-o", "/dev/null", "-X", "PUT", "-H", "Content-Type: application/json",
        "-d", body, f"{control}/api/faults/{service}",
    ]  # fmt: skip


def _click(label: str, lands_on: str) -> dict[str, str]:
    """Click the link or button labelled ``label`` (leaving the page it is on); the shot waits
    until the page at ``lands_on`` has loaded."""
    return {
        "javascript": (
            "document.documentElement.dataset.left = '1';"
            "[...document.querySelectorAll('a, button')]"
            f".find(e => e.textContent.trim() === {json.dumps(label)}).click()"
        ),
        "wait_for": f"location.href.startsWith({json.dumps(lands_on)}) && "
        "document.readyState === 'complete' && !document.documentElement.dataset.left",
    }


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def shots_yaml(urls: dict[str, str], folder: Path) -> str:
    """The multi file (JSON is YAML) for the world at ``urls``, writing PNGs into ``folder``."""
    bosa, pss, pc, csam, control = (
        _origin(urls[name])
        for name in ("bosa", "persoselfservice", "persocontact", "csam", "control")
    )
    size = {"width": 1280, "height": 800}

    def shot(name: str, url: str, **more: object) -> dict[str, object]:
        return {"url": url, "output": str(folder / f"{name}.png"), **size, **more}

    pss_nl = f"{pss}/?lang=nl"
    shots: list[dict[str, object]] = [
        shot("bosa-persoselfservice", f"{bosa}/nl/applications/persoselfservice-scope"),
        shot("pss-startpagina", pss_nl),
        shot("csam-sleutelkeuze", pss_nl, **_click("Aanmelden/Connexion", csam)),
        {"sh": _fault(control, "csam", "maintenance")},
        shot("csam-onderhoud", pss_nl, **_click("Aanmelden/Connexion", csam)),
        {"sh": _fault(control, "csam", "down")},
        shot("pss-csam-onbereikbaar", pss_nl, **_click("Aanmelden/Connexion", pss)),
        {"sh": _fault(control, "csam", None)},
        shot("bosa-persocontact", f"{bosa}/nl/applications/sago-persocontact"),
        shot("pc-startpagina", f"{pc}/persocontact"),
        {"sh": _fault(control, "csam", "down")},
        shot(
            "pc-csam-onbereikbaar",
            f"{pc}/persocontact",
            **_click("Ik werk voor een andere federale overheidsdienst", pc),
        ),
        {"sh": _fault(control, "csam", None)},
    ]
    return json.dumps(shots, indent=1)
