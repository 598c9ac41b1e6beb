"""Who acts at this station, and the checks of what they may do: role, counter, ticket."""
from __future__ import annotations

from kiosk.core.models import Action, Ticket
from kiosk.core.staff import NotAllowed, Role, acts_anywhere, check_allowed


class Session:
    """QueueStore's part: the signed-in staff member and their permissions, checked before every action."""

    def _start_session(self, actor: str) -> None:
        self.actor = actor
        self.role: Role | None = None  # set by staff sign-in; None: the machine's operator (CLI)
        self.bound_counter: int | None = None  # the counter a signed-in teller works at
        # (counter, staff number) a deactivated account was working at when check() signed it out
        self._left_desk: tuple[int, str] | None = None
        # A staff station (console, manager): nobody signed in may do nothing, whatever its window shows.
        self.staff_only = False

    def sign_in_as(self, actor: str, role: Role | None, counter: int | None = None) -> None:
        """Act as this staff member from now on; a teller at `counter` acts on that counter only."""
        if counter is not None:
            self.branch.counter(counter)  # a configured counter, or UnknownCode
        self.actor, self.role, self.bound_counter = actor, role, counter

    def sign_out(self) -> None:
        self.actor, self.role, self.bound_counter = "", None, None

    def check(self, action: str) -> None:
        """NotAllowed unless the signed-in role may do `action` (kiosk.core.staff.PERMISSIONS)."""
        if self.staff_only:
            if self.role is None:
                raise NotAllowed("sign in first", reason="sign_in_first")
            # A deactivated account stops at its next action, not when its holder chooses to sign out.
            with self.conn.errors():
                row = self.db.execute("SELECT active FROM staff WHERE number = ?", [self.actor]).fetchone()
            if not row or not row[0]:
                if self.bound_counter is not None:
                    self._left_desk = (self.bound_counter, self.actor)
                self.sign_out()
                raise NotAllowed("this account has been deactivated; sign in with another",
                                 reason="deactivated")
        check_allowed(self.role, action)

    def check_counter(self, number: int) -> None:
        """A configured counter; a teller acts on the one they signed in at, a lobby manager or
        manager on any."""
        self.check("serve")
        self.branch.counter(number)  # UnknownCode once the configuration no longer has it
        if acts_anywhere(self.role):
            return
        mine = self._bound()
        if number != mine:
            raise NotAllowed(f"a {self.role.value} signed in at counter {mine} may not act on "
                             f"counter {number}; ask the lobby manager", reason="not_your_counter",
                             counter=number, mine=mine)

    def _bound(self) -> int:
        """The counter the store bound a teller to at sign-in; without one they act nowhere."""
        if self.bound_counter is None:
            raise NotAllowed(f"a {self.role.value} acts only at the counter they signed in at; sign in at "
                             "that counter's console", reason="no_counter")
        return self.bound_counter

    def _check_ticket(self, ticket: Ticket, action: Action) -> None:
        """A teller acts only on their own counter's tickets: reinstates its no-shows, cancels its called
        ticket, calls by number any waiting ticket but one transferred to another counter. A lobby
        manager or manager acts on every ticket."""
        if acts_anywhere(self.role):
            return
        mine = self._bound()
        if action == Action.CALL:
            if ticket.reserved_counter not in (None, mine):
                raise NotAllowed(f"ticket {ticket.label} was transferred to counter "
                                 f"{ticket.reserved_counter}; only that counter or the lobby manager may "
                                 "call it",
                                 reason="reserved_elsewhere", ticket=ticket.label,
                                 counter=ticket.reserved_counter)
        elif action == Action.REINSTATE:
            if ticket.counter != mine:
                raise NotAllowed(f"ticket {ticket.label} was marked no-show at counter {ticket.counter}; "
                                 "only that counter or the lobby manager may put it back in the queue",
                                 reason="not_your_no_show", ticket=ticket.label, counter=ticket.counter)
        elif ticket.counter != mine:  # cancel: only the ticket called to this counter
            raise NotAllowed(f"a {self.role.value} may cancel only the ticket called to their counter "
                             f"({mine}); ask the lobby manager to cancel {ticket.label}",
                             reason="cancel_not_yours", ticket=ticket.label, mine=mine)

    def _take_left_desk(self) -> tuple[int, str] | None:
        """The (counter, staff number) check() last signed a deactivated account out of; only once."""
        left, self._left_desk = self._left_desk, None
        return left
