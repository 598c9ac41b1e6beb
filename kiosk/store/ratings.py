"""QueueStore's part: satisfaction ratings: one per finished ticket."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.core import clock
from kiosk.core.errors import QueueError
from kiosk.core.models import TicketStatus
from kiosk.core.ratings import PROMPT_MINUTES, Rating, RatingPrompt, check_score

# The teller who served a ticket: the actor of its last call, start and finish (the serving of a ticket
# transferred on is the last counter's). Read newest first by id, so the scan stops at the ticket's finish
# however long the event log is; the station role may read events, and of ratings only id and ticket_id.
_SERVED_BY = ("SELECT actor FROM events WHERE ticket_id = ? AND action IN ('call', 'start', 'finish') "
              "ORDER BY id DESC LIMIT 3")


class Ratings:
    """QueueStore's part: satisfaction ratings: one per finished ticket."""

    def rate(self, ticket: str, score: int, at: datetime | None = None, day: str | None = None) -> Rating:
        """The customer's rating (1..5) of ticket `ticket` (a label, on `day`, by default the day of `at`):
        only a finished ticket, once."""
        self.check("rate")
        check_score(score)
        at = at or self.clock.now()
        t = self.ticket(ticket, day or clock.business_day(at, self.branch.tz))
        if t.status != TicketStatus.DONE:
            raise QueueError(f"ticket {t.label} is {t.status.value}: only a finished ticket can be rated",
                             reason="not_finished", ticket=t.label, status=t.status.value)
        with self.conn.errors(), self.conn.write() as db:
            if db.execute("SELECT id FROM ratings WHERE ticket_id = ?", [t.id]).fetchone():
                raise QueueError(f"ticket {t.label} has been rated already", reason="already_rated",
                                 ticket=t.label)
            staff = _served_by(db, t.id)
            rating_id = db.execute(
                "INSERT INTO ratings (at, ticket_id, counter, staff, service, score) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                [at.timestamp(), t.id, t.counter, staff, t.service, score]).fetchone()[0]
            self._event(at, "rate", t.id, t.counter, {"score": score})
        return Rating(rating_id, at, t.label, t.counter, staff, t.service, score)

    def rating_prompt(self, counter: int, at: datetime | None = None) -> RatingPrompt | None:
        """The ticket last finished at `counter`, within PROMPT_MINUTES, with who served it, unless it was
        rated already: what the counter's rating pad asks about (None: nothing to ask). Never an earlier
        ticket: its customer has left the counter."""
        at = at or self.clock.now()
        since = (at - timedelta(minutes=PROMPT_MINUTES)).timestamp()
        with self.conn.errors():
            row = self.db.execute(
                "SELECT t.id, t.label, t.business_day, t.lang, t.finished_at, "
                "EXISTS (SELECT 1 FROM ratings r WHERE r.ticket_id = t.id), t.drill_id FROM tickets t "
                "WHERE t.business_day = ? AND t.finished_at IS NOT NULL AND t.finished_at >= ? "
                "AND t.counter = ? AND t.status = 'done' ORDER BY t.finished_at DESC, t.id DESC LIMIT 1",
                [clock.business_day(at, self.branch.tz), since, counter]).fetchone()
            if row is None or row[5]:
                return None
            staff = _served_by(self.db, row[0])
        ticket_id, label, day, lang, finished, _, drill_id = row
        return RatingPrompt(ticket_id, label, day, counter, staff, lang or "",
                            datetime.fromtimestamp(finished, UTC), drill_id is not None)

    def low_ratings(self, day: str | None = None) -> list[Rating]:
        """The day's ratings at or below the branch's low score (its tickets' business day, today by
        default), oldest first, each with the complaint opened from it, if any."""
        with self.conn.errors():
            rows = self.db.execute(
                "SELECT r.id, r.at, t.label, r.counter, r.staff, r.service, r.score, "
                "(SELECT MIN(c.id) FROM complaints c WHERE c.rating_id = r.id) "
                "FROM ratings r JOIN tickets t ON t.id = r.ticket_id "
                "WHERE t.business_day = ? AND r.score <= ? ORDER BY r.at, r.id",
                [day or self.today(), self.branch.ratings.low_score]).fetchall()
        return [Rating(id_, datetime.fromtimestamp(at, UTC), label, counter, staff, service, score, complaint)
                for id_, at, label, counter, staff, service, score, complaint in rows]


def _served_by(db, ticket_id: int) -> str | None:
    return next((actor for (actor,) in db.execute(_SERVED_BY, [ticket_id]).fetchall() if actor), None)
