"""The MkDocs plugin that builds the guide from this run, or refuses to.

Glue only: on_config reads the run, the seed's steps and the annotations; on_files checks
everything at once, draws the figures and adds the generated pages (verification, coverage);
on_page_markdown turns shot references into figures; on_post_build writes the print edition
and prints the PDF.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from guidebook.annotations import AnnotationFileError, FigureSpec, load_annotations, shot_of
from guidebook.baselines import changed_since_approval
from guidebook.checks import build_problems, format_problems
from guidebook.coverage import StepCoverage, compute_coverage, coverage_page, uncovered_notice
from guidebook.draft import placeholder, with_baseline
from guidebook.editions import dutch_label_problems, foreign_shot_problems
from guidebook.evidence import RunEvidence
from guidebook.feature_shots import feature_shots
from guidebook.figures import needs_drawing, render_figure
from guidebook.fonts import FontMissingError
from guidebook.manifest import GuideManifest
from guidebook.pdf import PdfError, print_pdf
from guidebook.printing import PrintPage, PrintSection, print_html
from guidebook.references import (
    RUN_SCREENS_FOLDER,
    SCREENS_FOLDER,
    ShotReference,
    figure_file,
    render_references,
)
from guidebook.run_record import DEFAULT_EDITION, DEFAULT_RUNS_DIR, ShotRecord, edition_run
from guidebook.seed_steps import DEFAULT_SEED_STEPS, Chapter, SeedStepsError, load_seed_steps
from guidebook.suggest import did_you_mean
from guidebook.texts import LANGUAGES, GuideTextsError, guide_texts
from guidebook.verification import verification_page

log = logging.getLogger("mkdocs.plugins.persopoint-guide")
PRINT_NAME = "print.html"


class GuidePluginConfig(Config):  # type: ignore[no-untyped-call]
    language = config_options.Choice(LANGUAGES, default=DEFAULT_EDITION)
    """The edition: the language of the guide, of its run and of the plugin's own texts."""
    run_dir = config_options.Dir(exists=False, default=DEFAULT_RUNS_DIR)
    """The runs folder of the test sessions (pytest's ``--run-dir``); the screenshots that
    illustrate this edition are those of its run, ``<run_dir>/<language>``."""
    annotations = config_options.Type(str, default="annotations.yml")
    """The writer's annotations, relative to the docs folder."""
    reference_annotations = config_options.Optional(config_options.File(exists=True))
    """The Dutch edition's annotations (for a French or German edition): a label equal to one
    of its labels is refused as not translated, see guidebook.editions."""
    seed_steps = config_options.Optional(config_options.File(exists=True))
    """The seed's steps (default: the one packaged with guidebook)."""
    pdf = config_options.Type(bool, default=True)
    """Print the guide to a PDF beside the site (its name is one of the edition's texts:
    ``persopoint-handleiding.pdf`` for the Dutch edition)."""
    draft = config_options.Type(bool, default=False)
    """Build from whatever run exists: a missing or stale figure becomes a placeholder that
    names its scenario, and no PDF is printed (``make serve DRAFT=1``)."""
    features_dir = config_options.Type(str, default="features")
    """The feature files (relative to mkdocs.yml): a draft's placeholder names the scenario
    that captures the screenshot."""
    baselines_dir = config_options.Type(str, default="tests/baselines")
    """Approved screenshots per edition (``<baselines_dir>/<language>/``), relative to
    mkdocs.yml: a draft shows them where the run has none."""


class GuidePlugin(BasePlugin[GuidePluginConfig]):  # type: ignore[no-untyped-call]
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).parent
        try:
            self.texts = guide_texts(self.config.language)
        except GuideTextsError as error:
            raise PluginError(str(error)) from None
        if self.texts.fallbacks:
            log.info(
                f"{len(self.texts.fallbacks)} of the guide's own texts have no "
                f"'{self.texts.language}' translation yet and are shown in Dutch"
            )
        self.pdf_name = self.texts("edition.pdf_file")
        self.site_dir: Path | None = Path(config.site_dir)
        self.warnings = WarningCount.attach()
        self.generated_pages = (self.texts("pages.verification"), self.texts("pages.coverage"))
        self.run = edition_run(Path(self.config.run_dir), self.config.language)
        self.docs_dir = Path(config.docs_dir)
        self.annotations_path = self.docs_dir / self.config.annotations
        self.seed_path = Path(self.config.seed_steps or DEFAULT_SEED_STEPS)
        self.draft = bool(self.config.draft)
        self.producers = feature_shots(self.root / self.config.features_dir)
        sources = with_baseline(
            RunEvidence.read(self.run),
            self.run.screens,
            self.root / self.config.baselines_dir / self.config.language if self.draft else None,
        )
        self.evidence = sources.evidence
        self.pngs = sources.pngs
        if self.draft:
            log.info(
                f"draft build from {self._shown(self.run.root)}: missing or stale figures "
                f"become placeholders ({len(sources.approved)} approved screenshot(s) used); "
                "no PDF"
            )
        self.load_problems: list[str] = []
        self.specs: dict[str, FigureSpec] = {}
        self.dutch_specs: dict[str, FigureSpec] = {}
        self.broken: frozenset[str] = frozenset()
        try:
            self.specs = load_annotations(self.annotations_path, self._shown(self.annotations_path))
            if self.config.reference_annotations:
                reference = Path(self.config.reference_annotations)
                self.dutch_specs = load_annotations(reference, self._shown(reference))
        except AnnotationFileError as error:
            self.load_problems += error.problems
            self.specs, self.broken = error.specs, error.broken
        self.chapters: list[Chapter] = []
        try:
            self.chapters = load_seed_steps(self.seed_path)
        except SeedStepsError as error:
            self.load_problems.append(str(error))
        self.coverage: list[StepCoverage] = []
        self.print_pages: dict[str, PrintPage] = {}
        self.order: list[tuple[str, int] | PrintSection] = []
        return config

    def _shown(self, path: Path) -> str:
        """A path as messages show it: relative to mkdocs.yml when it lies below it."""
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        annotations_file = files.get_file_from_path(self.config.annotations)
        if annotations_file is not None:
            files.remove(annotations_file)
        pages = {
            file.src_uri: file.content_string
            for file in files.documentation_pages()
            if file.src_uri not in self.generated_pages
        }
        self.manifest = GuideManifest.scan(pages)
        run_where = self._shown(self.run.root)
        problems = self.load_problems + build_problems(
            self.manifest,
            self.evidence,
            self.specs,
            self.chapters,
            run_where=run_where,
            annotations_file=self._shown(self.annotations_path),
            seed_file=self._shown(self.seed_path),
            draft=self.draft,
            producers=self.producers,
            broken=self.broken,
        )
        problems += foreign_shot_problems(self.manifest, self.evidence.shots, self.config.language)
        problems += dutch_label_problems(
            self.specs,
            self.dutch_specs,
            self.config.language,
            self._shown(self.annotations_path),
        )
        if problems:
            raise PluginError(format_problems(problems, run_where))
        self.coverage = compute_coverage(self.chapters, self.manifest.references, self.evidence)
        try:
            self._add_figures(files, config)
        except FontMissingError as error:
            raise PluginError(str(error)) from None
        for name, record in sorted(self.evidence.shots.items()):
            png = self.pngs[name]
            if png.is_file():
                files.append(
                    File.generated(
                        config, f"{RUN_SCREENS_FOLDER}/{record['file']}", abs_src_path=str(png)
                    )
                )
        verification, coverage = self.generated_pages
        files.append(
            File.generated(
                config,
                verification,
                content=verification_page(
                    self.evidence,
                    self.manifest.references,
                    self.manifest.titles,
                    self.texts,
                    changed_since_approval(self.run),
                ),
            )
        )
        files.append(
            File.generated(
                config,
                coverage,
                content=coverage_page(self.chapters, self.coverage, self.evidence, self.texts),
            )
        )
        if self._prints_pdf():
            # Replaced by the real PDF after the build; registered so that pages may link to it.
            files.append(File.generated(config, self.pdf_name, content=b""))
        return files

    def _prints_pdf(self) -> bool:
        return bool(self.config.pdf) and not self.draft

    def _add_figures(self, files: Files, config: MkDocsConfig) -> None:
        for key in self.manifest.figure_keys():
            spec = self.specs.get(key)
            shot = shot_of(key)
            if self.draft and self.evidence.problem(shot) is not None:
                continue
            record = self.evidence.shots[shot]
            png = self.pngs[shot]
            uri = f"{SCREENS_FOLDER}/{figure_file(key)}"
            if needs_drawing(record, spec):
                files.append(File.generated(config, uri, content=_drawn(png, record, spec)))
            else:
                files.append(File.generated(config, uri, abs_src_path=str(png)))

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """A navigation entry that names no page fails the build here, before any page is
        rendered or printed."""
        pages = [file.src_uri for file in files.documentation_pages()]
        missing = [
            f"{self._shown(Path(config.config_file_path))}: the navigation entry "
            f"'{link.title}' names '{link.url}', which is not a page{did_you_mean(link.url, pages)}"
            for link in _links(nav.items)
            if "://" not in link.url and not link.url.startswith(("/", "#", "mailto:"))
        ]
        if missing:
            raise PluginError(format_problems(missing, self._shown(self.run.root)))
        self.order = []
        self._walk(nav.items, 0)
        return nav

    def _walk(self, items: Sequence[StructureItem], level: int) -> None:
        """The navigation in reading order: pages with their depth, and sections that have
        no index page of their own (they become headings of the table of contents)."""
        for item in items:
            if isinstance(item, Page):
                self.order.append((item.file.src_uri, level))
            elif isinstance(item, Section):
                index = next(
                    (
                        child
                        for child in item.children
                        if isinstance(child, Page) and child.is_index
                    ),
                    None,
                )
                if index is None:
                    self.order.append(PrintSection(item.title, level))
                    self._walk(item.children, level + 1)
                else:
                    self.order.append((index.file.src_uri, level))
                    self._walk([child for child in item.children if child is not index], level + 1)

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        rendered, problems = render_references(
            markdown,
            page.file.src_uri,
            self.evidence,
            self.texts,
            self._placeholder if self.draft else None,
        )
        if problems:
            raise PluginError(format_problems([str(p) for p in problems], str(self.run.root)))
        if not self._prints_pdf():
            rendered = _without_pdf_links(rendered, self.pdf_name)
        notice = uncovered_notice(page.file.src_uri, self.coverage, self.texts)
        return _after_title(rendered, notice) if notice else rendered

    @event_priority(-100)
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        top = [item for item in page.toc.items if item.level == 1]
        headings: list[AnchorLink] = top[0].children if top else list(page.toc.items)
        sections = (
            ()
            if page.file.src_uri in (*self.generated_pages, "index.md")
            else tuple((item.title, item.id) for item in headings if item.level == 2)
        )
        self.print_pages[page.file.src_uri] = PrintPage(
            page.file.src_uri, page.file.url, page.title or "", 0, html, sections
        )
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        entries: list[PrintPage | PrintSection] = [
            entry
            if isinstance(entry, PrintSection)
            else _with_level(self.print_pages[entry[0]], entry[1])
            for entry in self.order
            if isinstance(entry, PrintSection) or entry[0] in self.print_pages
        ]
        summary = self.evidence.summary
        run_line = (
            self.texts(
                "edition.run_line",
                date=summary["finished"][:10],
                scenarios=summary["scenarios"],
                failed=summary["failed"],
                shots=summary["shots"],
            )
            if summary
            else ""
        )
        stylesheets = sorted(
            str(path.relative_to(site)) for path in (site / "assets" / "stylesheets").glob("*.css")
        ) + list(config.extra_css)
        (site / PRINT_NAME).write_text(
            print_html(
                entries,
                title=config.site_name,
                subtitle=config.site_description or "",
                run_line=run_line,
                stylesheets=stylesheets,
                texts=self.texts,
            ),
            encoding="utf-8",
        )
        if not self._prints_pdf():
            return
        if config.strict and self.warnings.count:
            # MkDocs aborts a strict build with warnings after this event: print nothing.
            log.info("PDF not printed: the build has warnings (see above)")
            return
        try:
            report = print_pdf(site / PRINT_NAME, site / self.pdf_name)
        except PdfError as error:
            raise PluginError(str(error)) from None
        log.info(
            f"PDF: {self.pdf_name}, {report.pages} pages, {report.printings} printings, "
            f"{report.seconds:.1f} s"
        )

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves no PDF: not the empty one registered for the links, not a
        half-written one."""
        if self.site_dir is not None:
            (self.site_dir / self.pdf_name).unlink(missing_ok=True)

    def _placeholder(self, reference: ShotReference) -> str:
        return placeholder(reference, self.evidence, self.producers.get(reference.shot), self.texts)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Rebuild the preview when a new run finishes or the seed's steps change."""
        server.watch(str(self.run.root))
        server.watch(str(self.seed_path))
        return server


_DRAWN: dict[tuple[str, str, FigureSpec | None, str], bytes] = {}
"""Figures drawn in this process, by screenshot (path, sha256 and record) and spec:
``mkdocs serve`` rebuilds the site on every save, and a figure whose screenshot and
declaration did not change is not drawn again."""


def _drawn(png: Path, record: ShotRecord, spec: FigureSpec | None) -> bytes:
    key = (str(png), record["sha256"], spec, repr(sorted(record.items())))
    figure = _DRAWN.get(key)
    if figure is None:
        figure = render_figure(png, record, spec)
        if len(_DRAWN) > 512:
            _DRAWN.clear()
        _DRAWN[key] = figure
    return figure


def _links(items: Sequence[StructureItem]) -> list[Link]:
    """Every link of the navigation, in sections too."""
    found: list[Link] = []
    for item in items:
        if isinstance(item, Link):
            found.append(item)
        elif isinstance(item, Section):
            found += _links(item.children)
    return found


class WarningCount(logging.Handler):
    """How many warnings MkDocs logged in this build (a strict build fails on any)."""

    _current: WarningCount | None = None

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    @classmethod
    def attach(cls) -> WarningCount:
        logger = logging.getLogger("mkdocs")
        if cls._current is not None:
            logger.removeHandler(cls._current)
        cls._current = cls()
        logger.addHandler(cls._current)
        return cls._current


def _without_pdf_links(markdown: str, pdf_name: str) -> str:
    """A build without PDF (draft, preview) keeps a link's words but not the link to it."""
    link = re.compile(
        r"\[(?P<words>[^\]]*)\]\((?:\.\./)*" + re.escape(pdf_name) + r"\)(?:\{[^}\n]*\})?"
    )
    return link.sub(lambda match: match["words"], markdown)


def _with_level(page: PrintPage, level: int) -> PrintPage:
    return PrintPage(page.src_uri, page.url, page.title, level, page.html, page.sections)


def _after_title(markdown: str, block: str) -> str:
    """Insert ``block`` after the page's level-1 heading (or at the top without one)."""
    lines = markdown.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "".join([*lines[: index + 1], "\n", block, "\n", *lines[index + 1 :]])
    return block + "\n" + markdown
