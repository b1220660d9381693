"""The CI pipelines (GitHub Actions, GitLab CI) run the README's commands, in the order that lets
nothing be published unless the data is valid, the tests pass and the site builds."""

from __future__ import annotations

import re
import subprocess
import sysconfig
from pathlib import Path

import yaml

from tests.conftest import REPO

GITHUB_WORKFLOWS = REPO / ".github" / "workflows"
PUBLISH_WORKFLOW = GITHUB_WORKFLOWS / "xuat-ban.yml"
GITLAB_CI = REPO / ".gitlab-ci.yml"
CHECK = "python -m generator check"
CI_RUN = "bash .ci/run"


def readme_commands() -> tuple[str, str]:
    """The two commands of the README's first shell block: build, then tests."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S)
    assert block, "README.md has no ```bash block"
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2, commands
    assert f"`{CHECK}`" in readme
    return commands[0], commands[1]


def pipeline_commands() -> list[str]:
    """What both pipelines must run, in this order: check the data, test, build."""
    build, _ = readme_commands()
    # The virtual environment is made and entered, then the tool installed: the same before `check`.
    install, separator, _ = build.partition(" && python -m generator build")
    assert separator and install.endswith(" && python -m pip install -e ."), build
    return [f"{install} && {CHECK}", CI_RUN, build]


def test_the_test_step_ends_with_the_readme_test_command():
    """The pipelines test through .ci/run, which installs what the tests need on a fresh machine."""
    _, tests = readme_commands()
    commands = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    # The last command runs the tests once (tests/build/test_engines.py proves the other engine in
    # that run); pip's -q only quietens the install.
    assert commands[-1].replace("pip install -q ", "pip install ") == tests


def test_actionlint_finds_nothing_in_the_github_workflows():
    workflows = sorted(GITHUB_WORKFLOWS.glob("*.yml"))
    assert PUBLISH_WORKFLOW in workflows
    actionlint = Path(sysconfig.get_path("scripts")) / "actionlint"
    assert actionlint.is_file(), "actionlint is installed by the test extras: pip install -e '.[test]'"
    # Without shellcheck and pyflakes, so that the result is the same on every machine.
    result = subprocess.run(
        [str(actionlint), "-no-color", "-shellcheck=", "-pyflakes=", *map(str, workflows)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_github_runs_the_readme_commands_and_publishes_only_after_them():
    workflow = yaml.safe_load(PUBLISH_WORKFLOW.read_text(encoding="utf-8"))
    check = workflow["jobs"]["kiem-tra"]
    runs = [step["run"] for step in check["steps"] if "run" in step]
    assert runs == pipeline_commands()

    steps = [step.get("uses", "").split("@")[0] for step in check["steps"]]
    built = next(i for i, step in enumerate(check["steps"]) if step.get("run") == pipeline_commands()[-1])
    assert steps.index("actions/upload-artifact") > built
    assert steps.index("actions/upload-pages-artifact") > built

    # The same tests with MkDocs 1.6 instead of ProperDocs, beside them.
    other_engine = workflow["jobs"]["kiem-thu-mkdocs"]
    assert other_engine["env"] == {"THI_DUA_ENGINE": "mkdocs"} and check["env"] == {"THI_DUA_ENGINE": "properdocs"}
    assert [step["run"] for step in other_engine["steps"] if "run" in step] == [CI_RUN]

    publish = workflow["jobs"]["xuat-ban"]
    assert publish["needs"] == ["kiem-tra", "kiem-thu-mkdocs"]
    assert [step["uses"].split("@")[0] for step in publish["steps"]] == ["actions/deploy-pages"]
    assert publish["if"] == "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"


def test_github_actions_are_pinned_to_exact_versions():
    workflow = PUBLISH_WORKFLOW.read_text(encoding="utf-8")
    actions = re.findall(r"uses: (\S+)", workflow)
    assert actions and all(re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", action) for action in actions), actions
    image = yaml.safe_load(workflow)["jobs"]["kiem-tra"]["container"]
    assert image == yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))["default"]["image"]
    assert re.fullmatch(r"python:3\.\d+-bookworm", image)


def test_gitlab_runs_the_readme_commands_and_publishes_pages_only_after_them():
    ci = yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))
    check = ci["kiem-tra"]
    assert check["script"] == pipeline_commands()
    assert check["artifacts"]["paths"] == ["site/"]

    assert check["variables"] == {"THI_DUA_ENGINE": "properdocs"}
    other_engine = ci["kiem-thu-mkdocs"]
    assert other_engine["variables"] == {"THI_DUA_ENGINE": "mkdocs"} and other_engine["script"] == [CI_RUN]

    pages = ci["pages"]
    assert pages["needs"] == ["kiem-tra", "kiem-thu-mkdocs"]
    assert ci["stages"].index(pages["stage"]) > ci["stages"].index(check["stage"])
    assert pages["script"] == ["mv site public"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
