"""The guide build end to end, on a small made-up site."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from tests.guide.conftest import FakeRun


def make_site(root: Path, run: FakeRun, pages: dict[str, str]) -> Path:
    docs = root / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        "site_name: Test\n"
        "docs_dir: docs\n"
        "site_dir: site\n"
        "strict: true\n"
        "markdown_extensions: [attr_list, md_in_html]\n"
        "plugins:\n"
        "  - persopoint-guide:\n"
        f"      run_dir: {run.directory.root}\n",
        encoding="utf-8",
    )
    return config


def test_build_copies_the_screenshots_it_shows(tmp_path: Path, fake_run: FakeRun) -> None:
    fake_run.shot("pss-startpagina")
    config = make_site(
        tmp_path, fake_run, {"index.md": "# Start\n\n![Start](shot:pss-startpagina)\n"}
    )
    build(load_config(str(config)))
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'src="screens/pss-startpagina.png"' in html
    assert (tmp_path / "site" / "screens" / "pss-startpagina.png").is_file()


def test_build_fails_naming_page_and_missing_screenshot(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("pss-startpagina")
    config = make_site(
        tmp_path,
        fake_run,
        {
            "index.md": "# Start\n\n![Start](shot:pss-startpagina)\n",
            "inloggen/eid.md": "# eID\n\n![PIN](shot:eid-pincode)\n",
        },
    )
    with pytest.raises(Abort):
        build(load_config(str(config)))
    message = caplog.text
    assert "inloggen/eid.md: screenshot 'eid-pincode' was not produced by this run" in message
    assert "pss-startpagina" not in message
