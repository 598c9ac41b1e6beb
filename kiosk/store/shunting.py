"""QueueStore's part: the self-service suggestion and the customer's choice, counted."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from kiosk.core import clock
from kiosk.core.errors import QueueError

# what the customer did with the suggestion: went to the self-service area, took a ticket anyway, or left
# the screen without choosing (the kiosk timed out, or they pressed Back or Cancel)
SHUNT_CHOICES = ("self_service", "ticket", "left")


class Shunting:
    """QueueStore's part: the self-service suggestion and the customer's choice, counted."""

    def record_shunt(self, service: str, choice: str, wait_minutes: int, lang: str = "",
                     at: datetime | None = None) -> None:
        """One suggestion of self-service shown at the kiosk (nobody signed in there), and what the customer
        chose: one of SHUNT_CHOICES."""
        self.check("issue")
        if choice not in SHUNT_CHOICES:
            raise QueueError(f"unknown choice {choice!r} (one of: {', '.join(SHUNT_CHOICES)})",
                             reason="bad_shunt_choice", choice=choice)
        code = self.branch.service(service).code  # a configured service, or UnknownCode
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            db.execute("INSERT INTO shunt_offers (at, service, lang, wait_minutes, choice) "
                       "VALUES (?, ?, ?, ?, ?)", [at.timestamp(), code, lang, int(wait_minutes), choice])
            self._event(at, "shunt_offer", None, None, {"service": code, "choice": choice})

    def shunt_counts(self, day: str) -> dict[str, dict[str, int]]:
        """Per service suggested on business day `day` (YYYY-MM-DD), in code order: how often self-service
        was `offered`, and how often each choice followed (`self_service`, `ticket`, `left`)."""
        tz = self.branch.tz
        start = clock.day_start(day, tz)
        end = clock.day_start((date.fromisoformat(day) + timedelta(days=1)).isoformat(), tz)
        counts: dict[str, dict[str, int]] = {}
        with self.conn.errors():
            rows = self.db.execute(
                "SELECT service, choice, COUNT(*) FROM shunt_offers WHERE at >= ? AND at < ? "
                "GROUP BY service, choice ORDER BY service, choice",
                [start.timestamp(), end.timestamp()]).fetchall()
        for service, choice, n in rows:
            row = counts.setdefault(service, {"offered": 0, **dict.fromkeys(SHUNT_CHOICES, 0)})
            row["offered"] += n
            row[choice] = row.get(choice, 0) + n
        return counts
