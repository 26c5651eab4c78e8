"""The MkDocs plugin that puts this run's screenshots into the guide, or refuses to build."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from guidebook.references import SCREENS_FOLDER, ReferenceProblem, RunEvidence, render_references
from guidebook.run_record import RunDirectory


class GuidePluginConfig(Config):  # type: ignore[no-untyped-call]
    run_dir = config_options.Type(str, default="build/run")
    """The run directory of the test session whose screenshots illustrate the guide."""


class GuidePlugin(BasePlugin[GuidePluginConfig]):  # type: ignore[no-untyped-call]
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        run_dir = Path(self.config.run_dir)
        if not run_dir.is_absolute():
            run_dir = Path(config.config_file_path).parent / run_dir
        self.run = RunDirectory(run_dir)
        summary = self.run.summary()
        self.run_date = summary["finished"][:10] if summary else ""
        self.evidence = RunEvidence.of(self.run.shots(), self.run.scenario_results())
        self.problems: list[ReferenceProblem] = []
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for name, record in sorted(self.evidence.shots.items()):
            png = self.run.screens / record["file"]
            if png.is_file() and self.evidence.problem(name) is None:
                files.append(
                    File.generated(
                        config, f"{SCREENS_FOLDER}/{record['file']}", abs_src_path=str(png)
                    )
                )
        return files

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        rendered, problems = render_references(
            markdown, page.file.src_uri, self.evidence, self.run_date
        )
        self.problems.extend(problems)
        return rendered

    def on_env(
        self, env: Environment, /, *, config: MkDocsConfig, files: Files
    ) -> Environment | None:
        if self.problems:
            listing = "\n  ".join(str(problem) for problem in self.problems)
            raise PluginError(
                f"the guide refers to {len(self.problems)} screenshot(s) it cannot show "
                f"(run directory {self.run.root}):\n  {listing}"
            )
        return env
