"""What `build` and `check` tell the editor: progress, a short summary, and grouped warnings.

Warnings do not stop the build; they are grouped ("12 người chưa ghi đơn vị"), never one line
per record, and each group names a few examples so the editor knows where to look.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from generator.domain.portal import Portal
from generator.domain.publication import public_portal, state
from generator.domain.text import format_date
from generator.kinds import KINDS

# How many examples a warning names before "và N … khác".
EXAMPLES = 3
# Builds with fewer pages are over before a progress bar would help.
PROGRESS_FROM_PAGES = 100


@dataclass(frozen=True)
class GroupedWarning:
    count: int
    what: str
    unit: str
    examples: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.examples[:EXAMPLES])
        rest = self.count - min(self.count, EXAMPLES)
        more = f" và {rest} {self.unit} khác" if rest else ""
        return f"{self.count} {self.what}: {shown}{more}"


def grouped_warnings(portal: Portal, today: date) -> list[GroupedWarning]:
    """Everything worth an editor's attention that does not stop the build, grouped."""
    labels = {kind.schema: kind.label for kind in KINDS}
    found: list[GroupedWarning] = []

    def group(what: str, unit: str, items: Iterable[str]) -> None:
        items = list(items)
        if items:
            found.append(GroupedWarning(len(items), what, unit, tuple(items)))

    records = [r for kind in KINDS for r in getattr(portal, kind.portal_field).values()]
    group("hồ sơ là bản nháp, chưa đăng", "hồ sơ",
          (f"{labels.get(type(r), 'hồ sơ')} {r.id}" for r in records if state(r, today) == "draft"))
    group("hồ sơ chưa đến ngày công bố", "hồ sơ",
          (f"{labels.get(type(r), 'hồ sơ')} {r.id} (từ {format_date(r.publish_from)})"
           for r in records if state(r, today) == "embargoed"))
    examples = portal.examples_newest_first()
    group("ảnh chưa có đồng ý công bố nên không đăng", "ảnh",
          (photo.file for example in examples for photo in example.photos if not photo.consent))
    group("điển hình chưa có ảnh được đăng", "điển hình",
          (example.id for example in examples if not any(photo.consent for photo in example.photos)))
    decisions = portal.decisions_newest_first()
    group("quyết định chưa có tệp PDF đính kèm", "quyết định",
          (decision.id for decision in decisions if not decision.attachment))
    group("người được khen thưởng chưa ghi đơn vị", "người",
          (f"{recipient.name} ({decision.id})" for decision in decisions for recipient in decision.recipients
           if recipient.recipient_kind == "ca_nhan" and not recipient.unit))
    return found


def summary(portal: Portal, today: date) -> str:
    """The records with a page of their own in the public site, by kind."""
    public = public_portal(portal, today)
    counts = []
    for kind in KINDS:
        if not kind.linkable:
            continue
        table = getattr(public, kind.portal_field)
        if table:
            counts.append(f"{len(table)} {kind.label}")
    return ", ".join(counts)


def print_warnings(found: list[GroupedWarning], stream: TextIO) -> None:
    if not found:
        return
    print("Lưu ý (không ngăn việc tạo trang):", file=stream)
    for warning in found:
        print(f"  - {warning}", file=stream)


class ProgressBar:
    """One line redrawn in place, on a terminal only: logs in CI stay free of it."""

    WIDTH = 30

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.enabled = stream.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_FROM_PAGES:
            return
        filled = self.WIDTH * done // total
        if filled == self.shown and done != total:
            return
        self.shown = filled
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"Đang tạo trang [{bar}] {done}/{total}"
        self.stream.write("\r" + line)
        if done == total:
            self.stream.write("\r" + " " * len(line) + "\r")
        self.stream.flush()

