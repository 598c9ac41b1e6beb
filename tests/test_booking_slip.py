"""The booking slip, rendered by the ticket printer's paths (PNG, PDF, ESC/POS) from a real booking: its code
large, the slot, from when to check in, and a QR that scans back to the code, in zh_CN, zh_TW and English."""
from __future__ import annotations

import subprocess

import pytest
from escpos.printer import Dummy

from kiosk.adapters import booking_slip
from kiosk.adapters import ticket_print as tp
from kiosk.adapters.booking_slip import booking_slip_for
from kiosk.commands.stations import prune_slips
from kiosk.core import languages
from kiosk.station.kiosk_station import TicketPrinter
from tests.conftest import branch_time
from tests.test_ticket_print import decode_qr, pdf_to_png

SLOT = branch_time(10, 30, day=24)  # Tuesday 10:30-11:00, a slot of service C (Loans)
EXPECTED = {  # lang: (service, when, check in from)
    "zh_CN": ("贷款业务", "2026-11-24 10:30–11:00", "请于 10:00 起到取号机签到"),
    "zh_TW": ("貸款業務", "2026-11-24 10:30–11:00", "請於 10:00 起到取號機報到"),
    "en": ("Loans", "2026-11-24 10:30–11:00", "Check in at the kiosk from 10:00"),
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_slip_names_the_slot_and_when_to_check_in_and_its_qr_is_the_code(qapp, store, tmp_path, lang):
    booking = store.book("C", SLOT, lang=lang, at=branch_time(15))
    slip = booking_slip_for(booking, store.branch, branch_time(15))
    texts = [line.text for line in slip.lines()]
    service, when, check_in = EXPECTED[lang]
    assert [service, booking.code, when, check_in] == [texts[2], texts[3], texts[4], texts[5]]
    assert [line.style for line in slip.lines()][3] == "label", "the code in the ticket number's big type"
    assert slip.qr == booking.code, "the QR is the digits the check-in keypad takes"
    png = tp.render_png(slip, tmp_path / f"slip-{lang}.png")
    assert decode_qr(png) == booking.code
    pdf = tp.render_pdf(slip, tmp_path / f"slip-{lang}.pdf")
    assert decode_qr(pdf_to_png(pdf)) == booking.code
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for expected in (booking.code, service, when, check_in):
        assert expected in text, (expected, text)


def test_the_check_in_time_follows_the_branchs_early_window(qapp, store):
    store.configure(store.branch_toml().replace("early_minutes = 30", "early_minutes = 45"))
    booking = store.book("C", SLOT, lang="en", at=branch_time(15))
    assert booking_slip_for(booking, store.branch, branch_time(15)).check_in_from == "09:45"


def test_escpos_prints_the_code_and_a_native_qr(qapp, store):
    booking = store.book("C", SLOT, lang="en", at=branch_time(15))
    printer = Dummy()
    tp.print_escpos(booking_slip_for(booking, store.branch, branch_time(15)), printer)
    out = printer.output
    assert booking.code.encode() in out and b"Check in at the kiosk from 10:00" in out
    assert b"\x1d(k" in out, "a native QR code command"


def test_the_pdf_printer_names_it_by_day_and_the_fallback_folder_prunes_it(qapp, store, tmp_path):
    booking = store.book("C", SLOT, lang="en", at=branch_time(15))
    where = TicketPrinter(f"pdf:{tmp_path}").print(booking_slip_for(booking, store.branch, branch_time(15)))
    assert where.endswith(f"2026-11-23-booking-{booking.code}.pdf")
    prune_slips(tmp_path, "2026-11-23")
    assert list(tmp_path.glob("*.pdf")), "today's slip stays"
    prune_slips(tmp_path, "2026-11-24")
    assert not list(tmp_path.glob("*.pdf")), "a slip of an earlier day is deleted with the tickets"


BOOKING_WORDS = ('booking = "APPOINTMENT"\nbooking_when = "{date} {start}-{end}"\n'
                 'booking_check_in = "From {time}"\nbooking_hint = "Scan"\n')
FRENCH_TICKET = ('[languages.fr.ticket]\nmark = "*"\nahead = "{n}"\neta = "{m}"\nnext = "x"\n'
                 'issued = "{date}"\nhint = "h"\nprivacy = "p"\n')


def test_a_language_without_booking_words_prints_the_fallbacks(qapp, store, tmp_path, monkeypatch):
    """A languages.toml written before booking slips (no booking_* keys) still loads; such a language's
    booking slips print in the fallback's words."""
    from tests.test_languages import FRENCH

    path = tmp_path / "languages.toml"
    path.write_text(FRENCH.replace("[languages.fr]\n", BOOKING_WORDS + FRENCH_TICKET + "[languages.fr]\n"),
                    "utf-8")
    catalog = languages.load(path)
    assert catalog.ticket_language("fr") == "fr" and catalog.booking_slip_language("fr") == "en"
    monkeypatch.setattr(booking_slip, "catalog", lambda: catalog)
    booking = store.book("C", SLOT, lang="fr", at=branch_time(15))
    slip = booking_slip_for(booking, store.branch, branch_time(15))
    assert slip.lang == "en" and "From 10:00" in [line.text for line in slip.lines()]
