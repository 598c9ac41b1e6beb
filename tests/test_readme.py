"""The README stays a short manual whose commands are real: make targets, `kiosk` subcommands and options."""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from kiosk.cli import cli

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
MANUAL = [README, *sorted((ROOT / "docs").glob("*.md"))]
MAX_README_LINES = 260


def code_of(path: Path) -> list[str]:
    """Each command-like piece of a Markdown file: fenced code lines (a trailing `\\` joins the next)
    and inline code spans."""
    text = path.read_text(encoding="utf-8")
    pieces = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.M | re.S):
        pieces += block.replace("\\\n", " ").splitlines()
    prose = re.sub(r"^```[^\n]*\n.*?^```", "", text, flags=re.M | re.S)
    spans = [span.replace("\\|", "|") for span in re.findall(r"`([^`\n]+)`", prose)]  # `a\|b` in a table
    return pieces + spans


def kiosk_commands(path: Path) -> list[tuple[list[str], list[str]]]:
    """(subcommand path, the --options after it) for each `kiosk SUBCOMMAND …` named in a file."""
    found = []
    for piece in code_of(path):
        for alternative in re.split(r"(?:^|\s|`|/)kiosk(?=\s)", piece)[1:]:
            words = alternative.split()
            if not words or not re.fullmatch(r"[a-z][a-z|-]*", words[0]):
                continue
            path_words = [words[0]]
            if (len(words) > 1 and re.fullmatch(r"[a-z][a-z|-]*", words[1])
                    and isinstance(cli.commands.get(words[0]), click.Group)):  # staff add, home-visit list
                path_words.append(words[1])
            options = re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", alternative)  # --target-p90-minutes
            found.append((path_words, options))
    return found


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {name for names in re.findall(r"^([A-Za-z][\w .-]*?)\s*:(?!=)", makefile, flags=re.M)
            for name in names.split()}


def resolve(words: list[str]) -> list[click.Command]:
    """The click commands a subcommand path names (`recall|start` names two), or [] for none."""
    group_commands = []
    for name in words[0].split("|"):
        command = cli.commands.get(name)
        if command is None:
            return []
        if isinstance(command, click.Group) and len(words) > 1:
            subs = [command.commands.get(sub) for sub in words[1].split("|")]
            if None in subs:
                return []
            group_commands += subs
        else:
            group_commands.append(command)
    return group_commands


def test_readme_is_a_short_manual():
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines < MAX_README_LINES, f"README.md has {lines} lines: move detail into docs/"


def test_readme_setup_commands_are_makefile_targets():
    named = {target for piece in code_of(README) for target in re.findall(r"\bmake ([a-z][\w-]*)", piece)}
    assert {"demo", "test", "test-clock"} <= named
    assert named <= make_targets(), f"README names make targets the Makefile lacks: {named - make_targets()}"


@pytest.mark.parametrize("page", MANUAL, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_kiosk_command_named_is_real_with_real_options(page):
    named = kiosk_commands(page)
    if page == README:
        assert len(named) > 20
    for words, options in named:
        commands = resolve(words)
        assert commands, f"{page.name}: `kiosk {' '.join(words)}` is not a subcommand"
        known = {option for command in commands for param in command.params for option in param.opts}
        known |= {"--help", "--version"}
        for option in options:
            assert option in known, f"{page.name}: `kiosk {' '.join(words)}` has no option {option}"


def anchors(page: Path) -> set[str]:
    """GitHub's ids for a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("page", [*MANUAL, ROOT / "bench" / "README.md"],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_images_and_anchors_exist(page):
    text = page.read_text(encoding="utf-8")
    for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", text):
        if "://" in target:
            continue
        linked = page.parent / target if target else page
        assert linked.exists(), f"{page.name} links to missing {target}"
        if anchor:
            assert anchor in anchors(linked), f"{page.name} links to {target}#{anchor}: no such heading"
