"""Printed tickets: the slip's content, its QR code, and PNG, PDF, system and ESC/POS output."""
from __future__ import annotations

import functools
import io
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import qrcode
from PySide6.QtCore import QBuffer, QMarginsF, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QRegion,
)

from kiosk.core.clock import FIRST_YEAR, LAST_YEAR
from kiosk.core.config import REGULAR, Branch
from kiosk.core.drills import drill_mark
from kiosk.core.errors import ConfigError, QueueError
from kiosk.core.languages import catalog
from kiosk.core.models import Ticket, parse_label, quoted
from kiosk.store.files import private_file

PAPER_MM = QSizeF(80, 120)  # an 80 mm roll, cut at 120 mm
MARGIN_MM = 4.0  # leaves the 72 mm a thermal head prints: 576 dots at 203 dpi
SLIP_MM = QSizeF(PAPER_MM.width() - 2 * MARGIN_MM, PAPER_MM.height() - 2 * MARGIN_MM)
QR_MM = 36.0  # printed QR side; scanners want 30 mm or more at arm's length
FONT_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"]
# the number in a face with a true bold: PDF output cannot embolden a face that has none
LABEL_FAMILIES = ["DejaVu Sans", "Arial", "Helvetica", *FONT_FAMILIES]
QR_PREFIX = "KQ1"
# ASCII digits only, an id SQLite can hold (18 digits); the label then passes the one label rule
_QR_PATTERN = re.compile(rf"{QR_PREFIX}\|([1-9][0-9]{{0,17}})\|([A-Z]{{1,2}}[0-9]{{3,}})\|"
                         r"([0-9]{4}-[0-9]{2}-[0-9]{2})", re.ASCII)



class PrinterUnavailable(QueueError):
    """The printer is missing, unreachable or refused the job."""


class NotATicketCode(QueueError):
    """A scanned code that is not one of our tickets."""

    def __init__(self, text: str):
        super().__init__(f"{quoted(text.strip(), 40)} is not a queue ticket code "
                         f"(expected {QR_PREFIX}|id|label|YYYY-MM-DD)", reason="not_a_ticket_code")


@dataclass(frozen=True)
class TicketSlip:
    """What one printed ticket shows, already in the ticket's language."""

    branch: str
    label: str
    service_name: str
    priority_code: str  # only whether it is regular is printed: the class is the customer's business
    ahead: int | None  # None: not known (a reprint), the line is left out
    eta_minutes: int | None
    issued_time: str  # HH:MM, branch-local
    issued_date: str  # YYYY-MM-DD, branch-local
    lang: str
    privacy_note: str
    qr: str
    drill: str = ""  # a drill's ticket: its mark ("演练 / DRILL"), printed big at the top and the bottom
    eta_range: tuple[int, int] | None = None  # minutes, low-high: printed instead of eta_minutes when unsure

    def lines(self) -> list[Line]:
        """What every renderer prints, top to bottom (a booking slip has its own)."""
        return slip_lines(self)


@dataclass(frozen=True)
class Line:
    text: str
    style: str  # branch, service, label, mark, drill, body, small or qr


def slip_language(lang: str) -> str:
    """The language a ticket is printed in (i18n/languages.toml): its own, zh_HK -> zh_TW, else English."""
    return catalog().ticket_language(lang)


def _texts(lang: str) -> dict[str, str]:
    return catalog().tickets[lang]


def qr_payload(ticket: Ticket) -> str:
    return f"{QR_PREFIX}|{ticket.id}|{ticket.label}|{ticket.business_day}"


def parse_qr_payload(text: str) -> tuple[int, str, str]:
    """(id, label, business day) from a scanned ticket code; NotATicketCode for anything else."""
    match = _QR_PATTERN.fullmatch(text.strip())
    try:
        if match is None or not FIRST_YEAR <= date.fromisoformat(match[3]).year <= LAST_YEAR:
            raise ValueError
        label = parse_label(match[2])
    except (ValueError, QueueError):
        raise NotATicketCode(text) from None
    return int(match[1]), label, match[3]


def slip_for(ticket: Ticket, branch: Branch, ahead: int | None, eta_minutes: int | None,
             eta_range: tuple[int, int] | None = None) -> TicketSlip:
    lang = slip_language(ticket.lang)
    local = ticket.issued_at.astimezone(branch.tz)
    cls = branch.priority_class(ticket.priority)
    return TicketSlip(
        branch=branch.name, label=ticket.label, service_name=branch.service(ticket.service).name(lang),
        priority_code=cls.code, ahead=ahead, eta_minutes=eta_minutes,
        issued_time=local.strftime("%H:%M"), issued_date=local.date().isoformat(), lang=lang,
        privacy_note=_texts(lang)["privacy"], qr=qr_payload(ticket), eta_range=eta_range,
        drill="" if ticket.drill_id is None else slip_drill_mark(lang))


def slip_drill_mark(lang: str) -> str:
    """A drill ticket's mark on paper: the slip's language and English ("演练 / DRILL"), so anyone who
    finds it in the hall knows it was no customer's."""
    return " / ".join(dict.fromkeys((drill_mark(lang), drill_mark("en"))))


def slip_lines(slip: TicketSlip) -> list[Line]:
    """The slip top to bottom, shared by every renderer."""
    texts = _texts(slip.lang)
    drill = [Line(slip.drill, "drill")] if slip.drill else []
    lines = [*drill, Line(slip.branch, "branch"), Line(slip.service_name, "service"),
             Line(slip.label, "label")]
    if slip.priority_code != REGULAR:
        lines.append(Line(texts["mark"], "mark"))
    if slip.ahead is not None:
        lines.append(Line(texts["next"] if slip.ahead == 0 else texts["ahead"].format(n=slip.ahead), "body"))
        if slip.eta_range is not None:
            lines.append(Line(texts["eta"].format(m="{}-{}".format(*slip.eta_range)), "body"))
        elif slip.eta_minutes:  # even when next: every counter may be busy
            lines.append(Line(texts["eta"].format(m=slip.eta_minutes), "body"))
    return lines + [
        Line(slip.qr, "qr"),
        Line(texts["issued"].format(date=slip.issued_date, time=slip.issued_time), "small"),
        Line(texts["hint"], "small"),
        Line(slip.privacy_note, "small"),
        *drill,
    ]


# -- Qt rendering --------------------------------------------------------------------------

_gui_app: QGuiApplication | None = None


@dataclass(frozen=True)
class _Style:
    em_mm: float  # font size; 0 for the QR code
    bold: bool
    after_mm: float  # space below
    families: tuple[str, ...] = tuple(FONT_FAMILIES)


_QT_STYLES = {"branch": _Style(4.2, True, 0.5), "service": _Style(5.2, True, 1.5),
              "label": _Style(19.0, True, 3.0, tuple(LABEL_FAMILIES)), "mark": _Style(4.6, True, 2.0),
              "drill": _Style(7.0, True, 2.0),
              "body": _Style(5.2, False, 0.8), "small": _Style(3.4, False, 0.6), "qr": _Style(0, False, 0)}
_MARK_PAD_MM = 2.0
_BOXED = ("mark", "drill")  # white on black
_QR_QUIET_MM = 4.0  # white around the code: 4 modules at least
_MAX_SHRINK = 0.8  # a line a little too wide shrinks this far before it wraps


def ensure_gui_app() -> QGuiApplication:
    """The rendering functions need a QGuiApplication (fonts): create one if the process has none.

    Call it on the main thread, once, before rendering (the CLI does); afterwards rendering to
    QImage or PDF may run in worker threads. A GUI station already has its QApplication.
    """
    global _gui_app
    app = QGuiApplication.instance()
    if app is None:
        app = _gui_app = QGuiApplication([])
    return app


@contextmanager
def _painting(device, target: str) -> Iterator[QPainter]:
    """A QPainter on `device` that is always ended; PrinterUnavailable naming `target` if it cannot start."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrinterUnavailable(f"cannot print to {target}")
    try:
        yield painter
    finally:
        painter.end()


def _font(style: _Style, mm: float) -> QFont:
    """A copy per use, so threads share no QFont; the cache spares the setter calls."""
    return QFont(_cached_font(style.families, max(1, round(style.em_mm * mm)), style.bold))


@functools.lru_cache(maxsize=64)
def _cached_font(families: tuple[str, ...], pixel_size: int, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules, True for dark, without the quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def _paint_qr(painter: QPainter, rect: QRectF, top: float, payload: str, mm: float) -> float:
    """Whole device pixels per module, one filled vector shape (crisp on images and in PDF), quiet
    zone around; returns the height used."""
    matrix = qr_matrix(payload)
    module = max(1, int(QR_MM * mm // len(matrix)))
    side, quiet = module * len(matrix), _QR_QUIET_MM * mm
    x0, y0 = round(rect.center().x() - side / 2), round(top + quiet)
    dark = QRegion()
    for row, cells in enumerate(matrix):
        for start, run in _dark_runs(cells):
            dark = dark.united(QRect(x0 + start * module, y0 + row * module, run * module, module))
    shape = QPainterPath()
    shape.addRegion(dark)
    painter.fillPath(shape, Qt.GlobalColor.black)
    return side + 2 * quiet


def _dark_runs(cells: list[bool]) -> Iterator[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    col = 0
    for dark, group in itertools.groupby(cells):
        length = len(list(group))
        if dark:
            yield col, length
        col += length


def _paint_label(painter: QPainter, rect: QRectF, top: float, text: str, mm: float, draw: bool) -> float:
    """The big number, shrunk to fit one line; only its ink height counts."""
    style = _QT_STYLES["label"]
    while True:
        font = _font(style, mm)
        metrics = QFontMetricsF(font, painter.device())
        if metrics.horizontalAdvance(text) <= rect.width() or style.em_mm < 6:
            break
        style = replace(style, em_mm=style.em_mm * 0.9)
    ink = metrics.tightBoundingRect(text)
    if draw:
        painter.setFont(font)
        left = rect.center().x() - metrics.horizontalAdvance(text) / 2
        painter.drawText(QPointF(left, top - ink.top()), text)
    return ink.height()


def _paint_text(painter: QPainter, rect: QRectF, top: float, line: Line, mm: float, draw: bool) -> float:
    """Centred text, shrunk up to 20 % to stay on one line, else wrapped; a mark is white on black."""
    pad = _MARK_PAD_MM * mm if line.style in _BOXED else 0.0
    room = QRectF(rect.left() + pad, top + pad / 3, rect.width() - 2 * pad, rect.height())
    style = _QT_STYLES[line.style]
    width = QFontMetricsF(_font(style, mm), painter.device()).horizontalAdvance(line.text)
    if room.width() < width <= room.width() / _MAX_SHRINK:
        style = replace(style, em_mm=style.em_mm * room.width() / width * 0.98)
    painter.setFont(_font(style, mm))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    box = painter.boundingRect(room, flags, line.text)
    if draw:
        if pad:
            painter.fillRect(box.adjusted(-pad, -pad / 3, pad, pad / 3), Qt.GlobalColor.black)
            painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, flags, line.text)
        painter.setPen(Qt.GlobalColor.black)
    return box.height() + 2 * pad / 3


def _layout(painter: QPainter, rect: QRectF, lines: list[Line], mm: float, top: float, draw: bool) -> float:
    """Lay the lines out from `top`, `mm` device units per millimetre; returns the height used."""
    y = top
    for line in lines:
        if line.style == "qr":
            y += _paint_qr(painter, rect, y, line.text, mm) if draw else _QR_QUIET_MM * 2 * mm + QR_MM * mm
        elif line.style == "label":
            y += _paint_label(painter, rect, y, line.text, mm, draw)
        else:
            y += _paint_text(painter, rect, y, line, mm, draw)
        y += _QT_STYLES[line.style].after_mm * mm
    return y - top


def paint_slip(painter: QPainter, rect: QRectF, slip: TicketSlip) -> None:
    """Paint the slip into `rect` of any paint device, scaled to its width (72 mm of slip), centred."""
    lines = slip.lines()
    mm = rect.width() / SLIP_MM.width()
    needed = _layout(painter, rect, lines, mm, rect.top(), draw=False)
    if needed > rect.height():  # long names: shrink everything a little rather than clip
        mm *= rect.height() / needed
        needed = _layout(painter, rect, lines, mm, rect.top(), draw=False)
    painter.save()
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.setPen(Qt.GlobalColor.black)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _layout(painter, rect, lines, mm, rect.top() + max(0.0, (rect.height() - needed) / 2), draw=True)
    painter.restore()


def render_image(slip: TicketSlip, width_px: int = 576) -> QImage:
    """The slip as a white image `width_px` wide (576: the 72 mm a 203 dpi head prints)."""
    height = round(width_px * SLIP_MM.height() / SLIP_MM.width())
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(width_px / SLIP_MM.width() * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    with _painting(image, "an image") as painter:
        paint_slip(painter, QRectF(0, 0, width_px, height), slip)
    return image


def _check_writable(path: str | Path) -> None:
    """Fail before painting when the file cannot be written; a new file is made private (0600)."""
    try:
        private_file(path)
    except OSError as exc:
        raise PrinterUnavailable(f"cannot write {path}: {exc.strerror}") from None


def render_png(slip: TicketSlip, path: str | Path, width_px: int = 576) -> Path:
    _check_writable(path)
    image = render_image(slip, width_px).convertToFormat(QImage.Format.Format_Grayscale8)
    if not image.save(str(path), "PNG"):
        raise PrinterUnavailable(f"cannot write {path}")
    return Path(path)


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(PAPER_MM, QPageSize.Unit.Millimeter, "Ticket 80x120mm"),
                       QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _paint_page(device, slip: TicketSlip, target: str) -> None:
    """One slip on a paged device (PDF writer or printer) set to the ticket page."""
    device.setPageLayout(_page_layout())
    with _painting(device, target) as painter:
        paint_slip(painter, QRectF(0, 0, device.width(), device.height()), slip)


def render_pdf(slip: TicketSlip, path: str | Path) -> Path:
    _check_writable(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setTitle(f"Ticket {slip.label}")
    _paint_page(writer, slip, str(path))
    return Path(path)


def print_system(slip: TicketSlip, printer_name: str) -> None:
    """Send the slip to a printer the system knows by name (CUPS, Windows, macOS)."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        found = ", ".join(QPrinterInfo.availablePrinterNames()) or "none"
        raise PrinterUnavailable(f"no system printer named {printer_name!r} (printers found: {found})")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"Ticket {slip.label}")
    _paint_page(printer, slip, f"printer {printer_name!r}")


# -- ESC/POS -----------------------------------------------------------------------------------

# style: python-escpos set_with_default() arguments
_ESCPOS_STYLES = {"branch": {"bold": True}, "service": {"bold": True, "double_height": True},
                  "label": {"bold": True, "custom_size": True, "width": 4, "height": 4},
                  "mark": {"bold": True, "invert": True, "double_height": True},
                  "drill": {"bold": True, "invert": True, "double_height": True, "double_width": True},
                  "body": {"double_height": True}, "small": {}}
ESCPOS_QR_DOTS_PER_MODULE = 10  # 25-29 modules x 10 dots at 203 dpi: 31-36 mm


def print_escpos(slip: TicketSlip, printer, as_image: bool = False) -> None:
    """Print on an ESC/POS printer (python-escpos object: Usb, Network, Dummy…), then cut.

    Text mode sends printer fonts (Chinese needs a printer with a GB18030 font, as sold in
    China); `as_image=True` sends the Qt-rendered slip as a raster (any printer, any script,
    needs ensure_gui_app()).
    """
    from escpos import escpos, exceptions
    from usb.core import NoBackendError

    try:
        if as_image:
            printer.image(_pil_image(render_image(slip)))
        else:
            for line in slip.lines():
                printer.set_with_default(align="center", **_ESCPOS_STYLES.get(line.style, {}))
                if line.style == "qr":
                    printer.qr(line.text, ec=escpos.QR_ECLEVEL_M, size=ESCPOS_QR_DOTS_PER_MODULE,
                               native=True)
                else:
                    printer.textln(line.text)
            printer.set_with_default()
        printer.cut()
    except (exceptions.Error, OSError) as exc:
        raise PrinterUnavailable(f"ESC/POS printer: {exc}") from None
    except NoBackendError as exc:
        raise PrinterUnavailable(f"ESC/POS USB printer: {exc} (libusb)") from None


def _pil_image(image: QImage):
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(buffer.data().data())).convert("1")


def _usb_backend():
    """pyusb's libusb backend on the libusb that libusb-package ships (Windows and macOS have none of their
    own, and a bundle must not depend on the PC's); None lets pyusb look for the system's."""
    import libusb_package

    return libusb_package.get_libusb1_backend()


def escpos_printer(spec: str):
    """A python-escpos printer from a setting: `usb:VENDOR:PRODUCT` (hex) or `network:HOST[:PORT]`.

    Nothing is opened here; python-escpos connects on the first byte sent.
    """
    from escpos import printer

    kind, _, rest = spec.strip().partition(":")
    parts = rest.split(":") if rest else []
    try:
        if kind == "usb" and len(parts) == 2:
            vendor, product = (int(p, 16) for p in parts)
            if not (0 < vendor <= 0xFFFF and 0 < product <= 0xFFFF):
                raise ValueError
            return printer.Usb(vendor, product, usb_args={"backend": _usb_backend()})
        if kind == "network" and 1 <= len(parts) <= 2 and parts[0]:
            port = int(parts[1]) if len(parts) == 2 else 9100
            if not 0 < port < 65536:
                raise ValueError
            return printer.Network(parts[0], port, timeout=10)
    except ValueError:
        pass
    raise ConfigError(f"printer {spec!r}: expected usb:VENDOR:PRODUCT in hex (usb:0x04b8:0x0202) "
                      "or network:HOST[:PORT] (network:192.168.1.50:9100)")
