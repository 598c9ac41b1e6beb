"""Printed tickets: PNG and PDF whose QR decodes back, ESC/POS bytes, printer errors, `kiosk print-test`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from escpos.printer import Dummy, Network
from PIL import Image
from PySide6.QtGui import QFontDatabase

from kiosk.adapters import ticket_print as tp
from kiosk.core.errors import ConfigError
from tests.conftest import branch_time

PX_PER_MM = 576 / 72


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (make test installs it)")
    return path


def decode_qr(png: Path) -> str:
    done = subprocess.run([_need("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True)
    return done.stdout.strip()


def pdf_to_png(pdf: Path) -> Path:
    command = [_need("pdftoppm"), "-r", "150", "-png", "-singlefile", str(pdf), str(pdf.with_suffix(""))]
    subprocess.run(command, check=True, capture_output=True)
    return pdf.with_suffix(".png")


@pytest.fixture
def issued(store):
    return store.issue_ticket("A", "elderly", lang="zh_CN", at=branch_time(9, 5))


@pytest.fixture
def slip(store, issued):
    return tp.slip_for(issued.ticket, store.branch, issued.ahead, issued.eta_minutes)


def test_slip_shows_the_ticket_in_its_language(store, issued, slip):
    assert (slip.label, slip.lang) == ("A001", "zh_CN")
    assert (slip.issued_time, slip.issued_date) == ("09:05", "2026-11-23"), "branch-local time"
    assert slip.service_name == "现金业务（存取款）"
    assert slip.privacy_note == "本票不含个人信息。"
    assert slip.qr == f"KQ1|{issued.ticket.id}|A001|2026-11-23"
    english = store.issue_ticket("B", lang="en", at=branch_time(9, 6)).ticket
    en = tp.slip_for(english, store.branch, 2, 9)
    texts = [line.text for line in tp.slip_lines(en)]
    assert en.privacy_note == "This ticket holds no personal data." and "Ahead of you: 2" in texts
    assert "mark" not in {line.style for line in tp.slip_lines(en)}, "a regular ticket has no priority mark"
    assert tp.slip_language("fr") == "en" and tp.slip_language("en_GB") == "en"
    assert tp.slip_language("zh_HK") == "zh_TW" and tp.slip_language("yue") == "zh_TW"
    taiwan = tp.slip_for(store.issue_ticket("B", "elderly", lang="zh_TW", at=branch_time(9, 7)).ticket,
                         store.branch, 0, 0)
    assert taiwan.service_name == "開戶與金融卡" and taiwan.privacy_note == "本號碼牌不含個人資料。"
    assert "★ 優先" in [line.text for line in tp.slip_lines(taiwan)]


def test_a_priority_slip_says_priority_but_not_the_customers_class(qapp, store, tmp_path):
    """A slip left in the hall says "This ticket holds no personal data": no health or pregnancy class."""
    for code in ("ill", "pregnant", "disability"):
        ticket = store.issue_ticket("A", code, lang="en", at=branch_time(9, 5)).ticket
        pdf = tp.render_pdf(tp.slip_for(ticket, store.branch, 1, 5), tmp_path / f"{code}.pdf")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "★ PRIORITY" in text and "This ticket holds no personal data." in text
        name = store.branch.priority_class(code).name("en")
        assert name not in text and "·" not in text, f"{name!r} printed"


def test_qr_payload_round_trip(issued):
    payload = tp.qr_payload(issued.ticket)
    assert tp.parse_qr_payload(payload + "\r\n") == (issued.ticket.id, "A001", "2026-11-23")


@pytest.mark.parametrize("text", ["", "A001", "KQ2|1|A001|2026-11-23", "KQ1|x|A001|2026-11-23",
                                  "KQ1|1|a001|2026-11-23", "KQ1|1|A001|2026-13-01", "KQ1|1|A001|2026-11-23|9",
                                  "https://example.com/?KQ1|1|A001|2026-11-23"])
def test_parse_qr_payload_refuses_other_codes(text):
    with pytest.raises(tp.NotATicketCode, match="is not a queue ticket code"):
        tp.parse_qr_payload(text)


def test_png_is_576_px_and_its_qr_decodes(qapp, slip, tmp_path):
    png = tp.render_png(slip, tmp_path / "ticket.png")
    with Image.open(png) as image:
        assert image.size == (576, 896)
    assert decode_qr(png) == slip.qr


def test_pdf_is_80_by_120_mm_and_its_qr_decodes(qapp, slip, tmp_path):
    page = pdf_to_png(tp.render_pdf(slip, tmp_path / "ticket.pdf"))
    with Image.open(page) as image:
        width, height = image.size
    assert abs(width - 80 / 25.4 * 150) <= 1 and abs(height - 120 / 25.4 * 150) <= 1
    assert decode_qr(page) == slip.qr


def test_qr_is_at_least_30_mm_on_paper(qapp, slip, tmp_path):
    with Image.open(tp.render_png(slip, tmp_path / "ticket.png")) as image:
        pixels = image.convert("L")
    long_run = 5 * PX_PER_MM  # a finder pattern's edge is 7 modules; no text stroke is this long
    bottom, left = _lowest_long_dark_run(pixels, long_run)
    side = round(2 * (pixels.width / 2 - left))  # the code is centred
    assert side / PX_PER_MM >= 30
    top = bottom - side + 1  # where the top-left finder's edge should be, within a pixel of rounding
    top_row, top_left = _lowest_long_dark_run(pixels.crop((0, 0, pixels.width, top + 3)), long_run)
    assert abs(top_row - top) <= 2 and top_left == left, "a square code"


def _lowest_long_dark_run(pixels: Image.Image, length: float) -> tuple[int, int]:
    """(row, first column) of the lowest row holding a dark run at least `length` long."""
    width, height = pixels.size
    data = pixels.tobytes()
    for y in range(height - 1, -1, -1):
        start = None
        for x, value in enumerate([*data[y * width:(y + 1) * width], 255]):
            if value < 128 and start is None:
                start = x
            elif value >= 128 and start is not None:
                if x - start >= length:
                    return y, start
                start = None
    raise AssertionError("no QR finder pattern found")


def test_every_class_and_language_fits_without_clipping(qapp, store, tmp_path):
    branch = store.branch
    for lang in ("zh_CN", "en"):
        for n, cls in enumerate(branch.priority_classes):
            ticket = store.issue_ticket("F", cls.code, lang=lang, at=branch_time(10, 2 * n)).ticket
            image = tp.render_image(tp.slip_for(ticket, branch, 12, 45))
            edges = [image.pixelColor(x, y).lightness() for y in (0, image.height() - 1)
                     for x in range(image.width())]
            assert min(edges) == 255, f"{lang} {cls.code}: ink on the slip's top or bottom edge"
    png = tp.render_png(tp.slip_for(ticket, branch, 12, 45), tmp_path / "last.png")
    assert decode_qr(png) == tp.qr_payload(ticket)


def test_a_cjk_font_from_the_list_is_installed(qapp):
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    assert chinese & set(tp.FONT_FAMILIES), "install fonts-wqy-microhei: Chinese would print as empty boxes"


def test_rendering_works_in_a_worker_thread(qapp, slip, tmp_path):
    with ThreadPoolExecutor(2) as pool:
        pngs = list(pool.map(lambda n: tp.render_png(slip, tmp_path / f"t{n}.png"), range(2)))
        pdf = pool.submit(tp.render_pdf, slip, tmp_path / "t.pdf").result()
    assert [decode_qr(p) for p in pngs] == [slip.qr, slip.qr]
    assert decode_qr(pdf_to_png(pdf)) == slip.qr


def test_escpos_text_mode(slip):
    printer = Dummy()
    tp.print_escpos(slip, printer)
    out = printer.output
    assert out.index(b"\x1d!\x33") < out.index(b"A001\n"), "the label at 4x width and height"
    assert "★ 优先".encode("gb18030") in out and "本票不含个人信息".encode("gb18030") in out
    assert "老年客户".encode("gb18030") not in out, "the priority class is not printed"
    assert b"\x1d(k" in out and slip.qr.encode() in out, "the printer's own QR command with the payload"
    assert out.endswith(b"\x1dV\x00"), "cut last"


def test_escpos_image_mode(qapp, slip):
    printer = Dummy()
    tp.print_escpos(slip, printer, as_image=True)
    assert b"\x1dv0" in printer.output and printer.output.endswith(b"\x1dV\x00")


def test_escpos_printer_from_a_setting_opens_nothing():
    printer = tp.escpos_printer("network:192.168.1.50:9100")
    assert isinstance(printer, Network) and (printer.host, printer.port) == ("192.168.1.50", 9100)
    assert printer._device is False, "not connected until the first byte"
    assert tp.escpos_printer("network:printer.local").port == 9100


def test_the_readme_usb_printer_works_out_of_the_install(slip):
    """README's `escpos:usb:0x04b8:0x0202` needs no package beyond the install; with no such printer
    plugged in, printing says so (this machine has no USB printer)."""
    printer = tp.escpos_printer("usb:0x04b8:0x0202")
    assert (printer.usb_args["idVendor"], printer.usb_args["idProduct"]) == (0x04B8, 0x0202)
    assert printer._device is False, "not opened until the first byte"
    with pytest.raises(tp.PrinterUnavailable, match="not found or cable not plugged in") as err:
        tp.print_escpos(slip, printer)
    assert "pip" not in str(err.value)


@pytest.mark.parametrize("spec", ["", "usb", "usb:0x04b8", "usb:zz:01", "usb:0:0", "network:",
                                  "network:h:99999", "serial:/dev/ttyS0", "lp0"])
def test_bad_escpos_setting(spec):
    with pytest.raises(ConfigError, match="expected usb:VENDOR:PRODUCT"):
        tp.escpos_printer(spec)


def test_missing_system_printer_names_the_printers_found(qapp, slip):
    from PySide6.QtPrintSupport import QPrinterInfo

    with pytest.raises(tp.PrinterUnavailable, match="no system printer named 'No Such Printer'") as err:
        tp.print_system(slip, "No Such Printer")
    for name in QPrinterInfo.availablePrinterNames() or ["none"]:
        assert name in str(err.value)


def _kiosk(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_cli_print_test_writes_a_pdf_of_the_ticket(store, db_path, issued, tmp_path):
    out = tmp_path / "reprint.pdf"
    done = _kiosk("print-test", "--db", str(db_path), "--ticket", "a001", "--date", "2026-11-23",
                  "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f'{{"ticket": "A001", "out": "{out}", "format": "pdf"}}\n'
    assert done.stderr == "", "no Qt noise without a display"
    ticket_id, label, day = tp.parse_qr_payload(decode_qr(pdf_to_png(out)))
    assert (ticket_id, label, day) == (issued.ticket.id, "A001", "2026-11-23")


@pytest.mark.parametrize("args", [["--out", "ticket.txt"], ["--ticket", "A999", "--out", "t.png"],
                                  ["--printer", "No Such Printer"]])
def test_cli_print_test_refusals(store, db_path, issued, tmp_path, args):
    base = ["--ticket", "A001"] if "--ticket" not in args else []
    done = _kiosk("print-test", "--db", str(db_path), "--date", "2026-11-23", *base,
                  *[str(tmp_path / a) if a.endswith((".txt", ".png")) else a for a in args])
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("error: ")
