"""The CI templates stay in step with the Makefile: they load, their jobs' dependencies
exist, and every ``make`` target they call is one the Makefile defines."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.qa.conftest import ROOT

GITHUB = ROOT / ".github/workflows/guide.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
MAKE_CALL = re.compile(r"(?:^|&&|;)\s*make\s+([a-z][a-z0-9-]*)", re.MULTILINE)
GITLAB_KEYWORDS = {"stages", "default", "variables", "include", "workflow", "image"}


def _load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z0-9-]*):", text, flags=re.MULTILINE))


def _commands(job: dict[str, Any], key: str) -> list[str]:
    if key == "steps":
        return [step["run"] for step in job.get("steps", []) if "run" in step]
    return [line for part in ("before_script", "script") for line in job.get(part) or []]


def _called_targets(commands: list[str]) -> set[str]:
    return {target for command in commands for target in MAKE_CALL.findall(command)}


def test_github_workflow_jobs_need_existing_jobs_and_call_existing_targets() -> None:
    workflow = _load(GITHUB)
    jobs = workflow["jobs"]
    assert {"shard", "guide", "pages"} <= set(jobs)
    for name, job in jobs.items():
        for needed in job.get("needs", []):
            assert needed in jobs, f"{name} needs unknown job {needed}"
        assert job.get("steps"), name
    assert jobs["shard"]["strategy"]["matrix"]["shard"] == [1, 2, 3, 4]
    called = _called_targets([c for job in jobs.values() for c in _commands(job, "steps")])
    assert {"setup", "test", "merge-runs", "pdf"} <= called
    assert called <= makefile_targets()
    uploads = [s for s in jobs["shard"]["steps"] if "upload-artifact" in s.get("uses", "")]
    paths = uploads[0]["with"]["path"]
    assert all(folder in paths for folder in ("build/reports/", "build/shards/"))


def test_gitlab_pipeline_stages_needs_and_targets_are_consistent() -> None:
    pipeline = _load(GITLAB)
    stages = pipeline["stages"]
    jobs = {name: job for name, job in pipeline.items() if name not in GITLAB_KEYWORDS}
    assert {"shard", "guide", "pages"} <= set(jobs)
    for name, job in jobs.items():
        assert job["stage"] in stages, name
        for needed in job.get("needs", []):
            assert needed in jobs, f"{name} needs unknown job {needed}"
            assert stages.index(jobs[needed]["stage"]) < stages.index(job["stage"])
    assert jobs["shard"]["parallel"] == 4
    assert jobs["shard"]["artifacts"]["reports"]["junit"] == "build/reports/*/junit.xml"
    commands = [*pipeline["default"]["before_script"]]
    commands += [c for job in jobs.values() for c in _commands(job, "script")]
    called = _called_targets(commands)
    assert {"setup", "test", "merge-runs", "pdf"} <= called
    assert called <= makefile_targets()


def _dry_run(*arguments: str) -> str:
    """The commands ``make`` would run (``make -n``), without running them."""
    return subprocess.run(
        ["make", "-n", *arguments], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def test_the_shards_write_where_the_merge_reads() -> None:
    """``make test SHARD=K/N`` runs every edition's K-th part into build/shards/K-of-N;
    ``make merge-runs`` reads each edition's run there."""
    test = _dry_run("test", "SHARD=2/4", "EDITIONS=nl fr")
    assert test.count("--splits 4 --group 2") == 2  # the unit tests, the editions' loop
    assert "for edition in nl fr" in test
    assert "features --edition $edition" in test
    assert "--run-dir build/shards/2-of-4 --replace-guide-run" in test
    merge = _dry_run("merge-runs", "EDITIONS=nl")
    assert "merge-runs build/shards/*-of-*/$edition" in merge


def test_a_failed_edition_runs_its_failed_scenarios_again_with_tracing() -> None:
    """By default the features run untraced and, when some failed, ``persopoint retrace``
    runs those again from the edition's JUnit XML, keeping their traces per edition; with
    ``TRACING=retain-on-failure`` the first run is traced and nothing runs again."""
    default = _dry_run("test", "EDITIONS=nl")
    assert "--tracing off features --edition $edition" in default
    assert "--output build/test-results/$edition" in default
    assert (
        "|| { status=1;  .venv/bin/persopoint retrace --junit build/reports/$edition/junit.xml"
        " --output build/test-results/$edition -- --edition $edition --run-dir build/retrace"
        " --reports-dir build/reports/retrace; }"
    ) in default
    traced = _dry_run("features", "EDITIONS=nl", "TRACING=retain-on-failure")
    assert "--tracing retain-on-failure features" in traced
    assert "retrace" not in traced
