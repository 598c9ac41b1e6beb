"""The booking slip: the code in big digits, the service, the slot, when check-in opens, the code's QR."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.adapters.ticket_print import Line
from kiosk.core.languages import catalog

if TYPE_CHECKING:
    from kiosk.core.config import Branch
    from kiosk.core.slots import Booking

FILE_PREFIX = "booking-"  # a pdf: printer names the file DATE-booking-CODE.pdf


@dataclass(frozen=True)
class BookingSlip:
    """What one printed booking slip shows, already in the customer's language. The QR holds the code's
    digits only: a scanner types them on the kiosk's check-in screen as a keypad would."""

    branch: str
    code: str
    service_name: str
    day: str  # YYYY-MM-DD, branch-local
    start: str  # HH:MM
    end: str
    check_in_from: str  # HH:MM: the early window opens
    issued_date: str  # YYYY-MM-DD, the day it was printed (the fallback printer keeps that day's slips)
    lang: str

    @property
    def label(self) -> str:
        return f"{FILE_PREFIX}{self.code}"

    @property
    def qr(self) -> str:
        return self.code

    def lines(self) -> list[Line]:
        texts = catalog().tickets[self.lang]
        return [
            Line(self.branch, "branch"),
            Line(texts["booking"], "mark"),
            Line(self.service_name, "service"),
            Line(self.code, "label"),
            Line(texts["booking_when"].format(date=self.day, start=self.start, end=self.end), "service"),
            Line(texts["booking_check_in"].format(time=self.check_in_from), "body"),
            Line(self.qr, "qr"),
            Line(texts["booking_hint"], "small"),
            Line(texts["privacy"], "small"),
        ]


def booking_slip_for(booking: Booking, branch: Branch, printed_at: datetime) -> BookingSlip:
    """The slip of `booking` in its language, times branch-local; check-in opens `early_minutes` before."""
    lang = catalog().booking_slip_language(booking.lang)
    start, end = (t.astimezone(branch.tz) for t in (booking.start, booking.end))
    opens = start - timedelta(minutes=branch.bookings.early_minutes)
    return BookingSlip(
        branch=branch.name, code=booking.code, service_name=branch.service(booking.service).name(lang),
        day=start.date().isoformat(), start=start.strftime("%H:%M"), end=end.strftime("%H:%M"),
        check_in_from=opens.strftime("%H:%M"),
        issued_date=printed_at.astimezone(branch.tz).date().isoformat(), lang=lang)
