"""The store's refusals in the staff's language: a sentence per reason, filled with its facts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.adapters.vocabulary import name_of
from kiosk.core.errors import QueueError


def _action(code: str) -> str:
    """An action as a verb, for "cannot %1 ticket A001"."""
    verbs = {
        "call": QCoreApplication.translate("Refusal", "call"),
        "recall": QCoreApplication.translate("Refusal", "recall"),
        "start": QCoreApplication.translate("Refusal", "start serving"),
        "finish": QCoreApplication.translate("Refusal", "finish"),
        "no_show": QCoreApplication.translate("Refusal", "mark as no-show"),
        "transfer": QCoreApplication.translate("Refusal", "transfer"),
        "reinstate": QCoreApplication.translate("Refusal", "put back in the queue"),
        "cancel": QCoreApplication.translate("Refusal", "cancel"),
    }
    return verbs.get(code, code.replace("_", " "))


def _sentence(reason: str) -> str | None:
    """The translated template of a reason; %counter, %ticket ... name its facts."""
    return {
        "counter_busy": QCoreApplication.translate(
            "Refusal", "Counter %counter still has ticket %ticket (%status). Finish it, transfer it or "
            "mark it no-show first."),
        "counter_not_open": QCoreApplication.translate(
            "Refusal", "Counter %counter is %mode. Open it first."),
        "no_current_ticket": QCoreApplication.translate(
            "Refusal", "Counter %counter has no current ticket to %action."),
        "illegal_transition": QCoreApplication.translate(
            "Refusal", "Cannot %action ticket %ticket: it is %status."),
        "try_again": QCoreApplication.translate(
            "Refusal", "Another station changed this counter just now. Try again."),
        "already_for_service": QCoreApplication.translate(
            "Refusal", "Ticket %ticket is already for this service."),
        "already_at_counter": QCoreApplication.translate(
            "Refusal", "Ticket %ticket is already at this counter."),
        "target_closed": QCoreApplication.translate(
            "Refusal", "Counter %counter is closed. Transfer to an open or paused counter, or to a service."),
        "target_not_serving": QCoreApplication.translate(
            "Refusal", "Counter %counter does not serve that service."),
        "no_ticket": QCoreApplication.translate("Refusal", "There is no ticket %ticket today."),
        "bad_label": QCoreApplication.translate(
            "Refusal", "That is not a ticket number. A ticket number is one or two letters and up to six "
            "digits, e.g. A007."),
        "not_a_ticket_code": QCoreApplication.translate(
            "Refusal", "That code is not a ticket of this queue. Type the ticket number instead."),
        "reinstate_too_late": QCoreApplication.translate(
            "Refusal", "Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new "
            "ticket."),
        "earlier_than_last_event": QCoreApplication.translate(
            "Refusal", "The clock is earlier than ticket %ticket's last change. Check this PC's date and "
            "time."),
        "role_not_allowed": QCoreApplication.translate("Refusal", "A %role may not do this."),
        "not_your_counter": QCoreApplication.translate(
            "Refusal", "You are signed in at counter %mine; counter %counter is not yours to act on. "
            "Ask the lobby manager."),
        "no_counter": QCoreApplication.translate(
            "Refusal", "You are not signed in at a counter. Sign in at your counter's console."),
        "not_your_no_show": QCoreApplication.translate(
            "Refusal", "Ticket %ticket was marked no-show at counter %counter. Only that counter or the "
            "lobby manager can put it back in the queue."),
        "reserved_elsewhere": QCoreApplication.translate(
            "Refusal", "Ticket %ticket was transferred to counter %counter. Only that counter or the lobby "
            "manager can call it."),
        "cancel_not_yours": QCoreApplication.translate(
            "Refusal", "You can cancel only the ticket called to your counter. Ask the lobby manager to "
            "cancel ticket %ticket."),
        "sign_in_first": QCoreApplication.translate("Refusal", "Sign in first."),
        "deactivated": QCoreApplication.translate(
            "Refusal", "This account has been deactivated. Sign in with another."),
        "unknown_counter": QCoreApplication.translate(
            "Refusal", "Counter %counter is not in the branch's configuration. Ask the manager."),
        "help_resolved": QCoreApplication.translate(
            "Refusal", "Someone has already resolved this request."),
        "note_needed": QCoreApplication.translate("Refusal", "Say in the note what was given."),
        "staff_exists": QCoreApplication.translate("Refusal", "Staff number %number already exists."),
        "text_needed": QCoreApplication.translate("Refusal", "Say what it is: the text is empty."),
        "text_too_long": QCoreApplication.translate(
            "Refusal", "The text is %length characters long; at most %limit are kept. Shorten it."),
        "no_complaint": QCoreApplication.translate("Refusal", "There is no complaint %id."),
        "complaint_step_refused": QCoreApplication.translate(
            "Refusal", "Complaint %id has moved on meanwhile. Look at it again, then choose the next step."),
        "earlier_than_last_step": QCoreApplication.translate(
            "Refusal", "The clock is earlier than complaint %id's last step. Check this PC's date and time."),
        "own_account": QCoreApplication.translate(
            "Refusal", "You cannot deactivate your own account while signed in with it."),
        # drills (kiosk.store.drills, kiosk.core.drill_plan)
        "drill_running": QCoreApplication.translate(
            "Refusal", "Drill %drill is still running. End it before starting another."),
        "no_drill": QCoreApplication.translate(
            "Refusal", "That drill is not running any more (or does not exist). Look at the list of drills."),
        "notes_too_long": QCoreApplication.translate(
            "Refusal", "The notes are too long: at most %limit characters are kept. Shorten them."),
        "empty_drill_script": QCoreApplication.translate(
            "Refusal", "The script has no customers. Add at least one."),
        "empty_drill_mix": QCoreApplication.translate(
            "Refusal", "Give at least one service and one priority class a share of the drill's customers."),
        "bad_drill_plan": QCoreApplication.translate("Refusal", "The plan cannot run: %detail"),
        # the home-visit register (kiosk.core.home_visits)
        "visit_status": QCoreApplication.translate(
            "Refusal", "Home visit %visit has moved on: that step is not possible now. Its status is in the "
            "list."),
        "no_visit": QCoreApplication.translate("Refusal", "There is no home visit %visit."),
        "two_staff_needed": QCoreApplication.translate(
            "Refusal", "Two staff members go on every home visit: choose both."),
        "same_staff": QCoreApplication.translate(
            "Refusal", "Choose two different staff members, not %number twice."),
        "staff_unknown": QCoreApplication.translate("Refusal", "There is no staff number %number."),
        "staff_inactive": QCoreApplication.translate(
            "Refusal", "Staff %number is deactivated: choose an active colleague."),
        "not_your_visit": QCoreApplication.translate(
            "Refusal", "Only the two staff sent on home visit %visit, or the lobby manager, can report on "
            "it."),
        # bookings, ratings, the quick counter (kiosk.store.bookings, ratings, counters)
        "not_bookable": QCoreApplication.translate(
            "Refusal", "Service %service cannot be booked: it has no booking slots in the configuration."),
        "not_a_slot": QCoreApplication.translate(
            "Refusal", "%start is not the start of a slot of service %service. Choose one of the slots "
            "shown."),
        "bad_date": QCoreApplication.translate("Refusal", "That is not a date. Choose a day from the list."),
        "booking_unknown": QCoreApplication.translate(
            "Refusal", "There is no booking with code %code. Check the code with the customer."),
        "booking_not_cancellable": QCoreApplication.translate(
            "Refusal", "Booking %code is %status: only a booking not yet checked in can be cancelled."),
        "booking_cancelled": QCoreApplication.translate(
            "Refusal", "That booking was cancelled. Book a new slot, or give the customer a ticket."),
        "booking_no_show": QCoreApplication.translate(
            "Refusal", "That booking's time has passed (a no-show). Book a new slot, or give the customer a "
            "ticket."),
        "not_finished": QCoreApplication.translate(
            "Refusal", "Ticket %ticket is %status: only a finished ticket can be rated."),
        "already_rated": QCoreApplication.translate("Refusal", "Ticket %ticket has been rated already."),
        "bad_score": QCoreApplication.translate("Refusal", "A rating is 1 to 5."),
        "no_quick_services": QCoreApplication.translate(
            "Refusal", "No service is marked quick in the configuration: a quick counter would call nobody."),
        "busy": QCoreApplication.translate(
            "Refusal", "The queue database is busy at another station. Nothing was changed; try again."),
        "connection_lost": QCoreApplication.translate(
            "Refusal", "The branch database cannot be reached (its server or the network is down); this "
            "station reconnects by itself. Once it is back, look at the screen before repeating the action."),
        "read_only": QCoreApplication.translate(
            "Refusal", "The queue database cannot be written (%path). Nothing was changed; call the "
            "branch's IT support."),
        "damaged": QCoreApplication.translate(
            "Refusal", "The queue database is damaged (%path). Call the manager to restore the latest "
            "backup."),
        "disk_full": QCoreApplication.translate(
            "Refusal", "Disk full: the disk holding the queue database (%path) has no room left. Nothing was "
            "changed; call the branch's IT support to free some space."),
        "cannot_open": QCoreApplication.translate(
            "Refusal", "The queue database cannot be opened (%path). Call the branch's IT support."),
        "database": QCoreApplication.translate(
            "Refusal", "The queue database reported a problem (%path: %detail). Nothing was changed."),
    }.get(reason)


def explain(exc: QueueError) -> str:
    """What a staff screen says for a refused action: translated when the reason is known, else
    the store's own (English) sentence, which is still exact."""
    sentence = _sentence(exc.reason) if exc.reason else None
    if sentence is None:
        return str(exc)
    facts = dict(exc.facts)
    for key in ("status", "mode", "role"):
        if key in facts:
            facts[key] = name_of(str(facts[key]))
    if "action" in facts:
        facts["action"] = _action(str(facts["action"]))
    # longest names first, so %counter is not taken for a prefix of a longer fact's name
    for key in sorted(facts, key=len, reverse=True):
        sentence = sentence.replace(f"%{key}", str(facts[key]))
    return sentence
