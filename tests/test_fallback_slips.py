"""With no printer set, the kiosk's ticket PDFs in the data folder are today's only (they name priorities)."""
from __future__ import annotations

from kiosk.adapters import ticket_print as tp
from kiosk.commands.stations import fallback_printer
from kiosk.station.kiosk_station import TicketPrinter
from kiosk.store import QueueStore
from tests.conftest import branch_time


def test_the_fallback_folder_keeps_only_todays_slips(qapp, db_path, tmp_path):
    store = QueueStore.init(db_path)
    folder = tmp_path / "tickets"
    folder.mkdir()
    for name in ("2026-11-21-A001.pdf", "2026-11-22-B014.pdf", "2026-11-23-A001.pdf", "notes.pdf"):
        (folder / name).write_bytes(b"%PDF")
    printer = fallback_printer(folder, "2026-11-23")
    assert sorted(p.name for p in folder.iterdir()) == ["2026-11-23-A001.pdf", "notes.pdf"], "pruned at start"

    (folder / "2026-11-23-A001.pdf").unlink()
    (folder / "2026-11-22-C003.pdf").write_bytes(b"%PDF")  # e.g. a kiosk left running over midnight
    issued = store.issue_ticket("A", "ill", lang="en", at=branch_time(9, 5))
    where = printer.print(tp.slip_for(issued.ticket, store.branch, issued.ahead, issued.eta_minutes))
    assert sorted(p.name for p in folder.iterdir()) == ["2026-11-23-A001.pdf", "notes.pdf"]
    assert where.endswith("2026-11-23-A001.pdf")

    own = tmp_path / "own"  # pdf:FOLDER set by the branch: theirs, never pruned
    own.mkdir()
    (own / "2026-11-01-A001.pdf").write_bytes(b"%PDF")
    TicketPrinter(f"pdf:{own}").print(tp.slip_for(issued.ticket, store.branch, 0, 0))
    assert len(list(own.glob("*.pdf"))) == 2
    store.close()
