"""QueueStore's part: the home-visit register: request, approval, two staff, the call, outcome, erasure."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.core import clock
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.home_visits import (
    CLOSED,
    CONTACT_MAX,
    OPEN,
    REQUESTERS,
    HomeVisit,
    VisitAction,
    VisitStatus,
    checked_text,
    due_date,
    next_visit_status,
)
from kiosk.core.staff import NotAllowed, Role, acts_anywhere

_COLUMNS = ("id, requested_at, service, reason, requested_by, contact, address, status, due_by, approved_by, "
            "approved_at, staff_a, staff_b, assigned_at, call_at, call_note, done_at, outcome, erased_at, "
            "updated_at")
_OPEN = ", ".join(f"'{s.value}'" for s in sorted(OPEN))
_CLOSED = ", ".join(f"'{s.value}'" for s in sorted(CLOSED))
_APPROVERS = (Role.LOBBY_MANAGER, Role.MANAGER)


class HomeVisits:
    """QueueStore's part: the home-visit register (request, approval, two staff, call, outcome, erasure).
    Events name the visit and its status only: contact, address and the texts stay in the register, where
    they can be erased."""

    def request_home_visit(self, service: str, reason: str, requested_by: str, contact: str,
                           address: str = "", at: datetime | None = None) -> HomeVisit:
        """Register a customer's request; promised by the branch's rule (working days after the request)."""
        self.check("home_visit_request")
        branch = self.branch
        branch.service(service)  # a configured service, or UnknownCode
        if requested_by not in REQUESTERS:
            raise QueueError(f"requested by: {requested_by!r} is not one of {', '.join(REQUESTERS)}",
                             reason="requested_by")
        reason = checked_text("reason", reason)
        contact = checked_text("contact", contact, CONTACT_MAX)
        address = checked_text("address", address, required=False)
        at = at or self.clock.now()
        requested = date.fromisoformat(clock.business_day(at, branch.tz))
        due = due_date(branch.calendar, requested, branch.home_visits.due_working_days)
        with self.conn.errors(), self.conn.write() as db:
            row = db.execute(
                "INSERT INTO home_visits (requested_at, service, reason, requested_by, contact, address, "
                "status, due_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'requested', ?, ?) "
                f"RETURNING {_COLUMNS}",
                [at.timestamp(), service, reason, requested_by, contact, address or None, due.isoformat(),
                 at.timestamp()]).fetchone()
            self._event(at, "home_visit_request", None, None, {"visit": row[0], "status": row[7]})
        return self._home_visit(row)

    def approve_home_visit(self, visit_id: int, at: datetime | None = None) -> HomeVisit:
        """Screened and approved by the signed-in lobby manager or manager (at the command line: the active
        lobby manager or manager account the store acts as)."""
        self.check("home_visit_approve")
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            self._check_approver(db)
            return self._move_visit(db, visit_id, VisitAction.APPROVE, at, approved_by=self.actor,
                                    approved_at=at.timestamp())

    def refuse_home_visit(self, visit_id: int, note: str, at: datetime | None = None) -> HomeVisit:
        """Not approved; `note` says why (the customer is told: 耐心解释)."""
        self.check("home_visit_approve")
        note = checked_text("note", note)
        with self.conn.errors(), self.conn.write() as db:
            return self._move_visit(db, visit_id, VisitAction.REFUSE, at, outcome=note)

    def cancel_home_visit(self, visit_id: int, note: str, at: datetime | None = None) -> HomeVisit:
        """Withdrawn before anyone went (the customer no longer needs it); `note` says why."""
        self.check("home_visit_request")
        note = checked_text("note", note)
        with self.conn.errors(), self.conn.write() as db:
            return self._move_visit(db, visit_id, VisitAction.CANCEL, at, outcome=note)

    def assign_home_visit(self, visit_id: int, staff_a: str, staff_b: str,
                          at: datetime | None = None) -> HomeVisit:
        """The two staff who go (双人同行): two distinct active accounts; again until they leave."""
        self.check("home_visit_approve")
        a, b = (staff_a or "").strip(), (staff_b or "").strip()
        if not a or not b:
            raise QueueError("two staff go on a home visit: name both", reason="two_staff_needed")
        if a == b:
            raise QueueError(f"two different staff go on a home visit, not {a} twice", reason="same_staff",
                             number=a)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            for number in (a, b):
                row = db.execute("SELECT active FROM staff WHERE number = ?", [number]).fetchone()
                if row is None:
                    raise UnknownCode(f"no staff number {number}", reason="staff_unknown", number=number)
                if not row[0]:
                    raise QueueError(f"staff {number} is deactivated: choose an active colleague",
                                     reason="staff_inactive", number=number)
            return self._move_visit(db, visit_id, VisitAction.ASSIGN, at, staff_a=a, staff_b=b,
                                    assigned_at=at.timestamp())

    def log_home_visit_call(self, visit_id: int, note: str, at: datetime | None = None) -> HomeVisit:
        """The call to the customer before leaving (time confirmed, who comes); the visit is under way."""
        self.check("home_visit_report")
        note = checked_text("note", note)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            self._check_visitor(db, visit_id)
            return self._move_visit(db, visit_id, VisitAction.CALL, at, call_at=at.timestamp(),
                                    call_note=note)

    def finish_home_visit(self, visit_id: int, outcome: str, at: datetime | None = None) -> HomeVisit:
        """The visit made: its outcome kept (留档)."""
        self.check("home_visit_report")
        outcome = checked_text("outcome", outcome)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            self._check_visitor(db, visit_id)
            return self._move_visit(db, visit_id, VisitAction.DONE, at, done_at=at.timestamp(),
                                    outcome=outcome)

    def home_visits(self, open_only: bool = False, overdue_only: bool = False) -> list[HomeVisit]:
        """The register: open visits first by their last allowed day, then the closed ones, newest first.
        Overdue: still open after its last allowed day (by this station's clock)."""
        where = []
        params: list = []
        if open_only or overdue_only:
            where.append(f"status IN ({_OPEN})")
        if overdue_only:
            where.append("due_by < ?")
            params.append(self.today())
        sql = (f"SELECT {_COLUMNS} FROM home_visits {'WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY CASE WHEN status IN ({_OPEN}) THEN 0 ELSE 1 END, "
               f"CASE WHEN status IN ({_OPEN}) THEN due_by ELSE '' END, "
               f"CASE WHEN status IN ({_OPEN}) THEN id ELSE -id END")
        with self.conn.errors():
            rows = self.db.execute(sql, params).fetchall()
        return [self._home_visit(r) for r in rows]

    def erase_expired_home_visits(self, at: datetime | None = None) -> int:
        """Contact and address of visits closed more than the retention period ago erased; how many. Reads
        first and writes only when there is something to erase: cheap enough for a station's poll."""
        at = at or self.clock.now()
        cutoff = (at - timedelta(days=self.branch.home_visits.retention_days)).timestamp()
        expired = (f"FROM home_visits WHERE status IN ({_CLOSED}) AND erased_at IS NULL "
                   "AND updated_at < ?")
        with self.conn.errors():
            if self.db.execute(f"SELECT 1 {expired} LIMIT 1", [cutoff]).fetchone() is None:
                return 0
        with self.conn.errors(), self.conn.write() as db:
            found = db.execute(f"SELECT id, status {expired} ORDER BY id", [cutoff]).fetchall()
            for visit_id, status in found:
                db.execute("UPDATE home_visits SET contact = NULL, address = NULL, erased_at = ? "
                           "WHERE id = ?", [at.timestamp(), visit_id])
                self._event(at, "home_visit_erase", None, None, {"visit": visit_id, "status": status})
        return len(found)

    # -- inside the write -------------------------------------------------------------------------------

    def _move_visit(self, db, visit_id: int, action: VisitAction, at: datetime | None,
                    **columns) -> HomeVisit:
        at = at or self.clock.now()
        row = db.execute("SELECT status FROM home_visits WHERE id = ?", [visit_id]).fetchone()
        if row is None:
            raise UnknownCode(f"no home visit {visit_id}", reason="no_visit", visit=visit_id)
        status = next_visit_status(visit_id, VisitStatus(row[0]), action)
        names = list(columns)
        assignments = "".join(f", {name} = ?" for name in names)
        values = [status.value, *(columns[n] for n in names), at.timestamp(), visit_id]
        updated = db.execute(f"UPDATE home_visits SET status = ?{assignments}, updated_at = ? WHERE id = ? "
                             f"RETURNING {_COLUMNS}", values).fetchone()
        self._event(at, f"home_visit_{action.value}", None, None, {"visit": visit_id, "status": status.value})
        return self._home_visit(updated)

    def _check_approver(self, db) -> None:
        """A signed-in role was checked; the machine's operator (the command line) acts for an active
        lobby manager or manager account, named as the store's actor (`--by`)."""
        if self.role is not None:
            return
        if not self.actor:
            raise QueueError("say who approves: the staff number of a lobby manager or manager",
                             reason="approver_needed")
        row = db.execute("SELECT role, active FROM staff WHERE number = ?", [self.actor]).fetchone()
        if row is None:
            raise UnknownCode(f"no staff number {self.actor}", reason="staff_unknown", number=self.actor)
        if not row[1]:
            raise QueueError(f"staff {self.actor} is deactivated", reason="staff_inactive", number=self.actor)
        if row[0] not in _APPROVERS:
            raise NotAllowed(f"staff {self.actor} is a {row[0].replace('_', ' ')}: only a lobby manager or "
                             "manager approves a home visit", reason="role_not_allowed", role=row[0])

    def _check_visitor(self, db, visit_id: int) -> None:
        """A teller reports on a visit they go on; a lobby manager or manager on any."""
        if acts_anywhere(self.role):
            return
        row = db.execute("SELECT staff_a, staff_b FROM home_visits WHERE id = ?", [visit_id]).fetchone()
        if row is not None and self.actor not in row:
            raise NotAllowed(f"home visit {visit_id} is {row[0]} and {row[1]}'s to report on",
                             reason="not_your_visit", visit=visit_id)

    def _home_visit(self, row: tuple) -> HomeVisit:
        tz = self.branch.tz

        def when(ts: float | None) -> datetime | None:
            return None if ts is None else datetime.fromtimestamp(ts, UTC).astimezone(tz)

        (visit_id, requested_at, service, reason, requested_by, contact, address, status, due_by, approved_by,
         approved_at, staff_a, staff_b, assigned_at, call_at, call_note, done_at, outcome, erased_at,
         updated_at) = row
        return HomeVisit(visit_id, when(requested_at), service, reason, requested_by, contact, address,
                         VisitStatus(status), date.fromisoformat(due_by), approved_by, when(approved_at),
                         staff_a, staff_b, when(assigned_at), when(call_at), call_note, when(done_at),
                         outcome, when(erased_at), when(updated_at))
