"""Several processes on one database at once, on each engine: no duplicate number, no ticket called twice,
none lost."""
import json
import multiprocessing as mp
from collections import Counter

from kiosk.core.config import default_toml
from kiosk.store import QueueStore

ISSUERS, CALLERS, PER_ISSUER = 3, 4, 40


def _config() -> str:
    text = default_toml()
    text = text[: text.index("[[counters]]")]
    return text + "".join(f'[[counters]]\nnumber = {n}\nservices = ["A", "B"]\n\n'
                          for n in range(1, CALLERS + 1))


def _issue(path, worker, start, out):
    store = QueueStore(path, station=f"kiosk-{worker}")
    start.wait()
    labels = [store.issue_ticket("AB"[i % 2], ("regular", "elderly", "regular")[i % 3]).ticket.label
              for i in range(PER_ISSUER)]
    store.close()
    out.put(("issued", labels))


def _call(path, counter, start, issuers_done, out):
    store = QueueStore(path, station=f"console-{counter}")
    store.open_counter(counter)
    start.wait()
    served = []
    while True:
        choice = store.call_next(counter)
        if choice is None:
            if issuers_done.is_set() and store.status()["waiting_total"] == 0:
                break
            continue
        store.start(counter)
        store.finish(counter)
        served.append(choice.ticket.label)
    store.close()
    out.put(("served", served))


def test_concurrent_kiosks_and_consoles(db_target, open_store):
    path = db_target
    QueueStore.init(path, _config()).close()
    ctx = mp.get_context("spawn")
    start, issuers_done, out = ctx.Barrier(ISSUERS + CALLERS), ctx.Event(), ctx.Queue()
    issuers = [ctx.Process(target=_issue, args=(path, i, start, out)) for i in range(ISSUERS)]
    callers = [ctx.Process(target=_call, args=(path, c, start, issuers_done, out))
               for c in range(1, CALLERS + 1)]
    for p in issuers + callers:
        p.start()
    results = [out.get(timeout=120) for _ in issuers]
    issuers_done.set()
    results += [out.get(timeout=120) for _ in callers]
    for p in issuers + callers:
        p.join(timeout=30)
        assert p.exitcode == 0

    issued = [label for kind, labels in results if kind == "issued" for label in labels]
    served = [label for kind, labels in results if kind == "served" for label in labels]
    assert len(issued) == ISSUERS * PER_ISSUER
    assert len(set(issued)) == len(issued), "two kiosks printed the same number"
    assert sorted(served) == sorted(issued), "a ticket was lost or served twice"
    store = open_store(path)
    calls = Counter(r[0] for r in store.db.execute("SELECT ticket_id FROM events WHERE action = 'call'"))
    assert set(calls.values()) == {1}, "a ticket was called by two counters"
    per_service = Counter(label[0] for label in issued)
    numbers = {s: sorted(int(label[1:]) for label in issued if label[0] == s) for s in per_service}
    assert all(nums == list(range(1, len(nums) + 1)) for nums in numbers.values()), "gaps in numbering"
    station_events = json.dumps(sorted({r[0] for r in store.db.execute("SELECT station FROM events")}))
    assert "kiosk-0" in station_events and "console-1" in station_events
