"""The kiosk station: wires the window to the store, the printer and the voice, off the GUI thread."""
from __future__ import annotations

import logging
import traceback
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from kiosk.adapters import ticket_print
from kiosk.adapters.booking_slip import BookingSlip, booking_slip_for
from kiosk.adapters.speech import Speaker
from kiosk.core.errors import ConfigError
from kiosk.station.health_watch import HealthWatch
from kiosk.station.kiosk_view import KioskView
from kiosk.station.store_worker import StoreWorker
from kiosk.store import Issued, QueueStore
from kiosk.store.files import private_folder

log = logging.getLogger("kiosk.station")


class TicketPrinter:
    """Where tickets go, from the station's setting:
    `pdf:FOLDER` (a PDF per ticket), `system:NAME` (a system printer), `escpos:usb:VID:PID` or
    `escpos:network:HOST[:PORT]` (a thermal printer)."""

    def __init__(self, spec: str):
        kind, _, target = spec.partition(":")
        if kind not in ("pdf", "system", "escpos") or not target:
            raise ConfigError(f"printer {spec!r}: use pdf:FOLDER, system:NAME or escpos:usb:VID:PID "
                              "or escpos:network:HOST")
        self.kind, self.target = kind, target
        if kind == "escpos":
            ticket_print.escpos_printer(target)  # check the spec now, connect per ticket

    def print(self, slip: ticket_print.TicketSlip | BookingSlip) -> str:
        """Print one slip; raise PrinterUnavailable (or OSError) when it cannot."""
        if self.kind == "pdf":
            folder = private_folder(self.target)
            return str(ticket_print.render_pdf(slip, folder / f"{slip.issued_date}-{slip.label}.pdf"))
        if self.kind == "system":
            ticket_print.print_system(slip, self.target)
            return self.target
        printer = ticket_print.escpos_printer(self.target)
        try:
            ticket_print.print_escpos(slip, printer)
        finally:
            printer.close()
        return self.target


class _PrintJob(QRunnable):
    def __init__(self, station: KioskStation, issued: object, slip: ticket_print.TicketSlip | BookingSlip,
                 finished: SignalInstance | None = None):
        super().__init__()
        self.station, self.issued, self.slip = station, issued, slip
        self.finished = finished or station.print_finished  # (what was printed, ok, where or why)

    def run(self) -> None:
        try:
            where = self.station.printer.print(self.slip)
        except Exception as exc:  # noqa: BLE001 - any printer failure must reach staff, never crash
            log.error("printing %s failed: %s\n%s", self.slip.label, exc, traceback.format_exc())
            self.finished.emit(self.issued, False, str(exc))
        else:
            self.finished.emit(self.issued, True, where)


class KioskScreen(Protocol):
    """What the station hears from and tells the kiosk's window (kiosk.ui.kiosk_window.KioskWindow, a layer
    above: the window is handed in, never imported)."""

    worker: StoreWorker  # the window's: every store call of the kiosk goes through it
    view: KioskView | None  # the configuration the last ticket was issued under
    ticket_issued: SignalInstance  # Issued
    booking_made: SignalInstance  # Booking
    speech_requested: SignalInstance  # text, language: say at once
    speech_queued: SignalInstance  # text, language: say after what is being said
    volume_changed: SignalInstance  # gain in dB
    speech_rate_changed: SignalInstance  # words per minute

    def ticket_printed(self, issued: Issued) -> None: ...
    def print_failed(self, issued: Issued | None = None) -> None: ...
    def booking_printed(self, booking: object, ok: bool) -> None: ...
    def store_damaged(self, found: str) -> None: ...
    def close_worker(self) -> None: ...


class KioskStation(QObject):
    """Prints each issued ticket and speaks what voice guidance asks for; reports printer failures."""

    print_finished = Signal(object, bool, str)  # Issued, ok, where or why
    booking_print_finished = Signal(object, bool, str)  # Booking, ok, where or why

    def __init__(self, store: QueueStore, window: KioskScreen, printer: TicketPrinter,
                 speaker: Speaker | None = None):
        super().__init__(window)
        self.store, self.window, self.printer = store, window, printer
        self.speaker = speaker or Speaker()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one printer, one job at a time, in order
        window.ticket_issued.connect(self.print_ticket)
        window.booking_made.connect(self.print_booking)
        self.booking_print_finished.connect(self._booking_print_done)
        window.speech_requested.connect(self.speak)
        window.speech_queued.connect(self.speak_after)
        window.volume_changed.connect(self.set_volume)
        window.speech_rate_changed.connect(self.set_speech_rate)
        self.print_finished.connect(self._print_done)
        self.health = HealthWatch(store, self)
        self.health.damaged.connect(window.store_damaged)

    def print_ticket(self, issued: Issued) -> None:
        slip = ticket_print.slip_for(issued.ticket, self.window.view.branch, issued.ahead, issued.eta_minutes,
                                     issued.eta_range)
        self.pool.start(_PrintJob(self, issued, slip))

    def print_booking(self, booking) -> None:
        """The booking slip (come back later), on the same printer queue as tickets."""
        slip = booking_slip_for(booking, self.window.view.branch, self.store.clock.now())
        self.pool.start(_PrintJob(self, booking, slip, self.booking_print_finished))

    def set_volume(self, gain_db: float) -> None:
        self.speaker.gain_db = gain_db

    def set_speech_rate(self, words_per_minute: int) -> None:
        self.speaker.rate = words_per_minute

    def speak(self, text: str, lang: str) -> None:
        self.speaker.interrupt()  # a new screen's guidance replaces what was queued
        self.speaker.speak(text, lang)

    def speak_after(self, text: str, lang: str) -> None:
        self.speaker.speak(text, lang)  # after what is being said ("please take your ticket")

    def _print_done(self, issued: Issued, ok: bool, detail: str) -> None:
        if ok:
            log.info("ticket %s printed to %s", issued.ticket.label, detail)
            self.window.ticket_printed(issued)
            return
        self.window.print_failed(issued)
        ticket, note = issued.ticket.id, detail[:200]
        # not the customer's press: asked beside it (named per ticket, so a second failure is not skipped)
        self.window.worker.poll(lambda store: store.request_help("printer_failed", ticket, note=note),
                                failed=lambda exc: log.error("could not report the printer failure: %s", exc),
                                name=f"printer failed {ticket}")

    def _booking_print_done(self, booking, ok: bool, detail: str) -> None:
        self.window.booking_printed(booking, ok)
        if ok:
            log.info("booking slip %s printed to %s", booking.code, detail)
            return
        log.error("booking slip %s not printed: %s", booking.code, detail)
        note = detail[:200]
        self.window.worker.poll(lambda store: store.request_help("printer_failed", note=note),
                                failed=lambda exc: log.error("could not report the printer failure: %s", exc),
                                name=f"printer failed {booking.code}")

    def close(self) -> None:
        self.window.close_worker()
        self.health.stop()
        self.pool.waitForDone(5000)
        self.speaker.close()
