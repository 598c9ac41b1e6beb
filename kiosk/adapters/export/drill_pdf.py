"""A drill's evaluation as an A4 PDF in the staff's language, marked DRILL / 演练 (QTextDocument: it wraps
and paginates the tables itself)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kiosk.adapters.export.charts import FONT_FAMILIES
from kiosk.adapters.export.drill_words import (
    checks_title,
    heading,
    lines,
    ticket_table,
    verdict_word,
    wait_table,
    words,
)
from kiosk.adapters.export.rows import ExportError
from kiosk.adapters.ticket_print import ensure_gui_app
from kiosk.core.config import Branch
from kiosk.core.drill_review import MET, MISSED, DrillReview
from kiosk.core.drills import drill_mark

MARGIN_MM = 15.0
BODY_PT = 10
MARK_RED = "#B00020"
VERDICT_COLOURS = {MET: ("#1B5E20", "#DCEFD9"), MISSED: ("#8B0000", "#F8D7DA")}  # text, background
GREY = "#555555"


def drill_html(review: DrillReview, branch: Branch, lang: str) -> str:
    """The evaluation as the PDF shows it: the mark, the drill, its figures, each judged line, the notes."""
    w = words(lang)
    head, *about = heading(review, branch, lang)
    parts = [
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><h1>{escape(w['title'])}</h1><p><b>{escape(head)}</b></p></td>"
        f"<td align='right' valign='top'><table cellpadding='8' cellspacing='0'><tr>"
        f"<td style='background-color:{MARK_RED}; color:white; font-size:24pt; font-weight:bold'>"
        f"{escape(drill_mark(lang))}</td></tr></table></td></tr></table>",
        *(f"<p>{escape(line)}</p>" for line in about),
        f"<h2>{escape(w['tickets'])}</h2>", _table(ticket_table(review, lang)),
        f"<h2>{escape(w['waits'])}</h2>", _table(wait_table(review, lang)),
        f"<h2>{escape(checks_title(review, lang))}</h2>",
        _checks(review, branch, lang),
        f"<h2>{escape(w['notes'])}</h2>",
    ]
    notes = review.notes
    for key, text in (("summary", notes.summary), ("improve", notes.improve)):
        body = escape(text).replace("\n", "<br>") if text else f"<i>{escape(w['no_notes'])}</i>"
        parts.append(f"<h3>{escape(w[key])}</h3><p>{body}</p>")
    parts.append(f"<p style='color:{GREY}; font-size:8pt'>{escape(w['definition'])}</p>")
    return "\n".join(parts)


def _table(rows: list[list[str]]) -> str:
    header, *body = rows
    cells = "".join(f"<th bgcolor='#DDDDDD'>{escape(c)}</th>" for c in header)
    rest = "".join("<tr>" + "".join(f"<td align='right'>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in body)
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{cells}</tr>{rest}</table>"


def _checks(review: DrillReview, branch: Branch, lang: str) -> str:
    w = words(lang)
    header = "".join(f"<th bgcolor='#DDDDDD'>{escape(w[k])}</th>"
                     for k in ("who", "check", "result", "target", "verdict"))
    rows = []
    for line in lines(review, branch, lang):
        ink, paper = VERDICT_COLOURS.get(line.verdict, (GREY, "#FFFFFF"))
        cells = "".join(f"<td>{escape(c)}</td>" for c in line.cells)
        rows.append(f"<tr>{cells}<td bgcolor='{paper}' style='color:{ink}; font-weight:bold'>"
                    f"{escape(verdict_word(line.verdict, lang))}</td></tr>")
    return (f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{header}</tr>"
            f"{''.join(rows)}</table>")


def write_drill_pdf(review: DrillReview, branch: Branch, out: str | Path, lang: str) -> Path:
    """Write the evaluation to `out` (A4); may run on a worker thread once a GUI application exists."""
    ensure_gui_app()
    out = Path(out)
    writer = QPdfWriter(str(out))
    writer.setTitle(f"{words(lang)['title']} {review.drill.id}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BODY_PT)
    document.setDefaultFont(font)
    document.documentLayout().setPaintDevice(writer)  # the PDF's resolution, not the screen's
    document.setPageSize(QSizeF(writer.width(), writer.height()))  # paginated: no margin added by print_
    document.setHtml(drill_html(review, branch, lang))
    document.print_(writer)
    if not out.exists() or out.stat().st_size == 0:
        raise ExportError(f"cannot write {out}")
    return out
