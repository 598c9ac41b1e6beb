"""Hostile input never ends in a traceback. Every option of every `kiosk` command is fed arbitrary text
(hypothesis, in-process through click's CliRunner: the real command code), the worst of it again through
real `kiosk` processes, and the console's ticket dialogs, a scanned QR code and the kiosk's booking-code
keypad get the same: a refusal in one line (or in the staff's or customer's language), never a crash."""
from __future__ import annotations

import os
import subprocess
import sys
import traceback
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from kiosk.adapters.ticket_print import NotATicketCode, parse_qr_payload
from kiosk.cli import cli, main
from kiosk.core.errors import QueueError
from kiosk.core.models import booking_code, parse_label, split_label
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow
from tests.conftest import branch_time

SQLITE_MAX = 2**63 - 1
# Found by the campaign (each ended in a traceback or a hang before): huge and unicode digits, NUL,
# newlines, undecodable bytes (a lone surrogate, as Python reads them from argv), too long a file name.
WORST = ["A99999999999999999999999", "A" + "9" * 5000, "9" * 5000, "99999999999999999999", "2147483648",
         "", " ", "\t\r\n", "\x00", "A\x00001", "A001\n", "١٢٣", "A١٢٣", "Ａ００１", "²", "-1", "0", "1e9",
         "nan", "\u202eA001", "ß1", "\udcff", "A\udcff", ".", "..", "-", "--help", "%s%n{label}", "a" * 300]
hostile_text = st.one_of(
    st.sampled_from(WORST),
    st.text(),  # any unicode but surrogates: control characters, NUL, other scripts' digits
    st.text(st.characters(categories=["Nd", "No", "Cc", "Zs", "Zl", "Cs"]), max_size=8),
    st.from_regex(r"\A[A-Za-z]{0,3}[0-9]{1,40}\Z"),  # labels and numbers, some far too big
    st.integers().map(str),
)

# Valid values for the options a command needs besides the one under test. Paths are relative to the
# test's own folder; the database sits outside it, so no fuzzed file name can ever be the database.
DB = "../branch.db"
VALID = {"--db": DB, "--ticket": "A001", "--service": "A", "--counter": "1", "--number": "1001",
         "--name": "Wang Fang", "--pin": "13572468", "--date": "2026-11-23", "--format": "csv",
         "--out": "out.csv", "--from": "../backup.db", "--channel": "phone", "--text": "waited", "--id": "1"}
VALID.update({"--slot": "2026-11-23T10:00", "--code": "483920"})  # kiosk book, check-in, cancel-booking
VALID |= {"--reason": "bedridden", "--contact": "139 1234 5678", "--id": "1", "--by": "1001",  # home-visit
          "--staff": "1001,1002", "--note": "called before leaving", "--outcome": "card activated"}
VALID["--score"] = "4"  # kiosk rate
VALID["--kind"] = "surge"  # kiosk drill start
STATIONS = ("kiosk", "display", "console", "manager", "demo")
JUNK_DB = "../not-a-queue.db"  # a station opens no window on it: what is tested is that nothing crashes first
EXTRA = {  # what a command needs to run as far as it can, by command, then by command and option
    ("print-test",): {"--out": "slip.pdf"},
    ("transfer",): {"--to-service": "B"},
    ("say",): {"--text": "A001", "--out": "no-folder/say.wav"},  # no WAV: nothing is synthesised
    ("say", "--call"): {"--counter": "1", "--out": "no-folder/say.wav"},
    ("say", "--counter"): {"--call": "A001", "--out": "no-folder/say.wav"},
    ("setup",): {"--non-interactive": None, "--station": "kiosk", "--db": DB},
    ("setup", "--counter"): {"--non-interactive": None, "--station": "console", "--db": DB},
    ("demo",): {"--status-only": None},
    ("migrate",): {"--from": DB, "--to": "postgresql://kiosk@127.0.0.1:9/branch"},  # nobody listens on 9
}
EXAMPLES = 12
PATH_OPTIONS = ("--db", "--out", "--from", "--config")


def commands(group: click.Group = cli, path: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name), command


OPTIONS = [(path, param.opts[0]) for path, command in commands() for param in command.params
           if isinstance(param, click.Option) and not param.is_flag]


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """`kiosk ARGS` in this process, as the real entry point runs it: (exit code, stdout, stderr)."""
    runner = CliRunner()
    with runner.isolation() as (out, err, _):
        try:
            main(args)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        except BaseException:  # noqa: BLE001  (what a real process would print as a traceback)
            return 1, "", traceback.format_exc()
        return code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace")


def arguments(path: tuple[str, ...], option: str, value: str) -> list[str]:
    command = dict(commands())[path]
    given = dict(EXTRA.get((*path, option), EXTRA.get(path, {})))
    for param in command.params:
        name = param.opts[0] if isinstance(param, click.Option) else None
        if name and param.required and name not in given:
            given[name] = VALID[name]
    if path[-1] in STATIONS and "--db" not in given:
        given["--db"] = JUNK_DB
    given.pop(option, None)
    args = [*path]
    for name, valid in given.items():
        args += [name] if valid is None else [f"{name}={valid}"]
    return [*args, f"{option}={value}"]  # `=`: a value such as --help stays the option's value


def assert_refused_or_done(args: list[str], code: int, stderr: str) -> None:
    shown = repr(args)[:300]
    assert "Traceback" not in stderr, f"{shown}\n{stderr}"
    assert code in (0, 2, 3), f"{shown}: exit {code}\n{stderr}"
    if code == 2:
        errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1 and stderr.splitlines()[-1] == errors[0], f"{shown}\n{stderr!r}"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A branch with tickets, an open counter and staff, a backup of it, and a file that is no queue."""
    home = tmp_path_factory.mktemp("hostile")
    store = QueueStore.init(home / "branch.db", station="setup")
    for service in ("A", "A", "B"):
        store.issue_ticket(service, at=branch_time(9))
    store.open_counter(1, at=branch_time(9, 1))
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.close()
    assert run_cli(["backup", f"--db={home / 'branch.db'}", f"--out={home / 'backup.db'}"])[0] == 0
    (home / "not-a-queue.db").write_bytes(b"not a database" * 100)
    return home


@pytest.mark.parametrize("path, option", OPTIONS, ids=[f"{' '.join(p)} {o}" for p, o in OPTIONS])
def test_no_option_value_ends_in_a_traceback(world, path, option, monkeypatch, tmp_path):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    for name in ("branch.db", "backup.db", "not-a-queue.db"):
        (tmp_path / name).symlink_to(world / name)
    monkeypatch.chdir(cwd)
    for name in ("KIOSK_CONFIG_DIR", "KIOSK_DATA_DIR", "KIOSK_LOG_DIR"):  # `run` finds no station to open
        monkeypatch.setenv(name, str(tmp_path / name.lower()))

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(value=hostile_text)
    def check(value: str) -> None:
        if option in PATH_OPTIONS:  # a file name in the test's folder, however odd, never a path out of it
            value = value.replace("/", "_").replace(os.sep, "_")
        args = arguments(path, option, value)
        code, _, stderr = run_cli(args)
        assert_refused_or_done(args, code, stderr)

    for worst in WORST:  # each of them, every run, besides what hypothesis draws
        check = example(value=worst)(check)
    check()


def test_every_command_and_option_is_fuzzed():
    """New commands and options join the campaign by themselves; this says what it covers."""
    covered = {" ".join(path) for path, _ in OPTIONS}
    assert {"cancel", "reinstate", "print-test", "say", "staff add", "setup", "export"} <= covered
    assert len(OPTIONS) >= 90


# The worst again, through real processes: argv cannot carry NUL, and undecodable bytes arrive as bytes.
WORST_IN_PROCESSES = [
    (("cancel", "--db", DB, "--ticket", "A99999999999999999999999"), "is not a ticket label"),
    (("reinstate", "--db", DB, "--ticket", "A" + "9" * 5000), "is not a ticket label"),
    (("print-test", "--db", DB, "--ticket", "A99999999999999999999999", "--out", "x.pdf"),
     "is not a ticket label"),
    (("say", "--call", "9" * 5000, "--counter", "1", "--print-text"), "is not a ticket label"),
    (("issue", "--db", DB, "--service", "A", "--lang", b"zh\xff"), "is not UTF-8 text"),
    (("display", "--db", JUNK_DB, "--quit-after", "2147483648"), "is not in the range"),
    (("export", "--db", DB, "--date", "2026-11-23", "--format", "csv", "--out", "x" * 300),
     "the file name is too long"),
    (("status", "--db", "new\nline.db"), "a file name with control characters is refused"),
]


@pytest.mark.parametrize("args, said", WORST_IN_PROCESSES, ids=[a[0] for a, _ in WORST_IN_PROCESSES])
def test_the_worst_inputs_in_a_real_process(world, tmp_path, args, said):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    for name in ("branch.db", "not-a-queue.db"):
        (tmp_path / name).symlink_to(world / name)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    out = subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, timeout=60, cwd=cwd,
                         env=env)
    stderr = out.stderr.decode("utf-8", "replace")
    assert out.returncode == 2 and out.stdout == b"", stderr
    assert len(stderr.splitlines()) == 1 and stderr.startswith("error: ") and said in stderr, stderr


@pytest.mark.parametrize("args, said", [
    (["kiosk", "--lang", "xx"], "--lang"), (["kiosk", "--printer", "lpt1"], "--printer"),
    (["manager", "--lang", "zh_XX"], "--lang")], ids=["kiosk --lang", "kiosk --printer", "manager --lang"])
def test_a_stations_language_and_printer_are_checked_before_it_opens(world, args, said):
    code, _, stderr = run_cli([*args, f"--db={world / 'not-a-queue.db'}"])  # checked before the file is
    assert code == 2 and stderr.startswith(f"error: Invalid value for '{said}'"), stderr


# -- the rules themselves, and the store as the last line of defence ---------------------------------

@settings(max_examples=300, deadline=None)
@given(text=hostile_text)
def test_a_label_is_refused_or_fits_sqlite_and_reads_back_the_same(text):
    try:
        prefix, number = split_label(text)
    except QueueError as exc:
        assert exc.reason == "bad_label" and "\n" not in str(exc)
        return
    assert 1 <= number <= SQLITE_MAX and prefix.isascii() and prefix.isupper()
    assert parse_label(parse_label(text)) == parse_label(text)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(hostile_text, hostile_text.map(lambda t: f"KQ1|{t}|A001|2026-11-23"),
                      hostile_text.map(lambda t: f"KQ1|1|{t}|2026-11-23"),
                      hostile_text.map(lambda t: f"KQ1|1|A001|{t}")))
def test_a_scanned_code_is_refused_or_holds_an_id_and_label_sqlite_can_take(text):
    try:
        ticket_id, label, _ = parse_qr_payload(text)
    except NotATicketCode as exc:
        assert exc.reason == "not_a_ticket_code"
        return
    assert 1 <= ticket_id <= SQLITE_MAX and parse_label(label) == label


@settings(max_examples=100, deadline=None)
@given(text=hostile_text)
def test_a_booking_code_is_refused_or_four_to_twelve_ascii_digits(text):
    try:
        code = booking_code(text)
    except QueueError as exc:
        assert exc.reason == "bad_booking_code"
        return
    assert code.isascii() and code.isdigit() and 4 <= len(code) <= 12


def test_the_store_refuses_what_gets_past_a_window(store):
    store.issue_ticket("A")
    store.open_counter(1)
    for label in ("A99999999999999999999999", "A" + "9" * 5000, "A١٢٣", "A\udcff", ""):
        with pytest.raises(QueueError, match="is not a ticket label"):
            store.cancel_ticket(label)
        with pytest.raises(QueueError, match="is not a ticket label"):
            store.reinstate(label)
        with pytest.raises(QueueError, match="is not a ticket label"):
            store.call_ticket(1, label)
    for code in ("9" * 5000, "12", "١٢٣٤", "\udcff1234"):
        with pytest.raises(QueueError, match="is not a booking code"):
            store.check_in(code)
    assert store.ticket(" a1 ").label == "A001", "typed loosely, found as printed"


# -- the console: F7, F8 (typed or scanned) and F10 -------------------------------------------------

@pytest.fixture
def desk(qtbot, db_path):
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.issue_ticket("A")
    store.close()
    window = ConsoleWindow(QueueStore(db_path, station="console-1"), 1, poll_ms=20,
                           confirm=lambda question: pytest.fail(f"asked {question!r} about no ticket"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.staff is not None)
    window.open_counter()
    qtbot.waitUntil(lambda: not window.worker.busy)  # the store's answer is in
    return window


def press(qtbot, window, key: Qt.Key) -> None:
    """A shortcut key at the desk; the window is active again after the last dialog, as at a real desk."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key)
    qtbot.waitUntil(lambda: not window.worker.busy)  # the store's answer is in


def type_into_next_dialog(qtbot, text: str) -> list[str]:
    """Answer the next QInputDialog as staff or a scanner would: type the text, press Enter."""
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        line = dialog.findChild(QLineEdit)
        line.clear()
        if text.isascii() and text.isprintable() and len(text) < 60:  # QTest types ASCII keys only
            qtbot.keyClicks(line, text)
        else:  # pasted, as a scanner or a careless paste would bring it
            line.setText(text)
        seen.append(dialog.labelText())
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


REFUSED_LABEL = "That is not a ticket number. A ticket number is one or two letters and up to six digits"
NOT_OUR_CODE = "That code is not a ticket of this queue. Type the ticket number instead."
HOSTILE_LABELS = ["A99999999999999999999999", "A" + "9" * 5000, "A١٢٣", "A001\x00", "\u202eA001", "A0",
                  "A 001", "A-1"]


def shown(text: str) -> str:
    return repr(text if len(text) < 30 else f"{text[:20]}...({len(text)} characters)")


@pytest.mark.parametrize("typed", HOSTILE_LABELS, ids=shown)
@pytest.mark.parametrize("key", [Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F10], ids=["F7", "F8", "F10"])
def test_console_dialogs_refuse_a_hostile_label_in_words(qtbot, desk, typed, key):
    seen = type_into_next_dialog(qtbot, typed)
    press(qtbot, desk, key)
    assert seen, "the dialog was answered"
    assert desk.status_line.text().startswith(REFUSED_LABEL)
    assert desk.ticket.text() == "—" and desk.store.ticket("A001").status.value == "waiting"


@pytest.mark.parametrize("scanned", [
    "KQ1|1|A99999999999999999999999|2026-11-23", "KQ1|99999999999999999999999|A001|2026-11-23",
    "KQ1|1|A١٢٣|2026-11-23", "KQ1|1|A001|9999-12-31", "KQ1|1|a001|2026-11-23"], ids=shown)
def test_a_scanned_qr_code_with_a_hostile_label_is_refused(qtbot, desk, scanned):
    type_into_next_dialog(qtbot, scanned)
    press(qtbot, desk, Qt.Key.Key_F8)
    assert desk.status_line.text() == NOT_OUR_CODE
    assert desk.ticket.text() == "—"


def test_the_refusal_is_in_the_staffs_language(qtbot, desk):
    LanguageSwitcher().set_language("zh_CN")
    type_into_next_dialog(qtbot, "A99999999999999999999999")
    press(qtbot, desk, Qt.Key.Key_F8)
    assert desk.status_line.text() == "这不是票号。票号由一到两个字母加最多六位数字组成，例如 A007。"
    type_into_next_dialog(qtbot, "KQ1|1|A99999999999999999999999|2026-11-23")
    press(qtbot, desk, Qt.Key.Key_F8)
    assert desk.status_line.text() == "此码不是本网点的排队票。请改为输入票号。"


@pytest.mark.parametrize("typed", [" a1 ", "Ａ００１"], ids=["lower case", "full width (an input method)"])
def test_a_loosely_typed_label_is_still_called(qtbot, desk, typed):
    type_into_next_dialog(qtbot, typed)
    press(qtbot, desk, Qt.Key.Key_F8)
    assert desk.ticket.text() == "A001" and desk.status_line.text() == "Called A001."


# -- the kiosk's booking-code keypad ---------------------------------------------------------------

@pytest.fixture
def kiosk(qtbot, store):
    store.add_appointment("2468", "C", branch_time(10))
    window = KioskWindow(store, default_language="en", idle_ms=60_000)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.view is not None)
    yield window
    window.close_worker()


def test_a_too_short_booking_code_is_refused_in_the_customers_language(qtbot, kiosk):
    qtbot.mouseClick(kiosk.start.check_in, Qt.MouseButton.LeftButton)
    for digit in "12":
        qtbot.keyClick(kiosk, digit)
    qtbot.mouseClick(kiosk.check_in.submit, Qt.MouseButton.LeftButton)
    assert kiosk.check_in.error.text() == ("A booking code has 4 to 12 digits. Please check it, or press "
                                           "Call staff.")
    kiosk.set_language("zh_TW")
    kiosk.check_in_code("1" * 5000)
    assert kiosk.check_in.error.text() == "預約代碼為 4 到 12 位數字。請確認後再試，或按「呼叫服務人員」。"


@pytest.mark.parametrize("code", ["\x00", "12\n34", "9" * 5000, "١٢٣٤٥", "-1234", "12 34"], ids=shown)
def test_a_hostile_booking_code_is_refused_not_looked_up(qtbot, kiosk, code):
    kiosk._show(kiosk.check_in)
    kiosk.check_in_code(code)
    assert kiosk.check_in.error.text().startswith("A booking code has 4 to 12 digits")
    assert kiosk.stack.currentWidget() is kiosk.check_in


def type_keys(widget, text: str) -> None:
    """Key presses carrying `text`, as a keyboard or an input method sends them (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     char))


def test_odd_digit_keys_neither_crash_nor_type_and_full_width_digits_type(qtbot, kiosk):
    type_keys(kiosk, "²①⑦")  # digits to str.isdigit(), not to int(): they crashed keyPressEvent
    assert kiosk.stack.currentWidget() is kiosk.start, "no choice was made"
    qtbot.mouseClick(kiosk.start.check_in, Qt.MouseButton.LeftButton)
    type_keys(kiosk, "²２４６８")  # a full-width input method types ASCII digits
    assert kiosk.check_in.entry.text() == "2468"
    with qtbot.waitSignal(kiosk.ticket_issued, timeout=2000):
        qtbot.mouseClick(kiosk.check_in.submit, Qt.MouseButton.LeftButton)
    assert kiosk.confirm.number.text() == "C001"
