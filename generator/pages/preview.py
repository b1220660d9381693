"""What the editor's preview adds: a notice on every page the public cannot see yet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from generator.domain.portal import Portal
from generator.domain.publication import state, withheld
from generator.domain.text import format_date
from generator.kinds import BY_SCHEMA, record_src


def withheld_notices(portal: Portal, today: date, templates: Path) -> dict[str, str]:
    """The notice to put at the top of each withheld record's page, by the page's source path."""
    records = withheld(portal, today)
    if not records:
        return {}
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    template = env.get_template("preview_notice.html")
    notices = {}
    for record in records:
        kind = BY_SCHEMA.get(type(record))
        if kind is None or not kind.linkable:
            continue
        publish_from = record.publish_from
        notices[record_src(kind.name, record.id)] = template.render(
            state=state(record, today),
            publish_from=format_date(publish_from) if publish_from else "",
        )
    return notices
