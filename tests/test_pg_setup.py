"""`kiosk setup` and `kiosk roles` for a branch on PostgreSQL, against a real server that asks the stations'
logins for their passwords (scram-sha-256): the password kept in libpq's password file (0600) and nowhere
else, failures explained, and a kiosk's login that issues tickets but may not read the staff."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from psycopg import sql

from kiosk.store import QueueStore
from kiosk.store.pg_access import login_of, password_file
from tests.pg_server import PgServer, free_port
from tests.test_migrate import kiosk, ok, user_error

# A colon and a backslash: the password file escapes both, and libpq must read it back.
DOOR_PASSWORD = r"door:pa\ss-7"
DESK_PASSWORD = "desk-secret-9"


@pytest.fixture(scope="module")
def server():
    """A server of this module's own: trust for its superuser, scram-sha-256 for the stations' logins."""
    with PgServer() as pg:
        hba = pg.data / "pg_hba.conf"
        hba.write_text("host all kiosk_door,display_pc 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        with pg.connect() as conn:
            conn.execute("SELECT pg_reload_conf()")
        yield pg


@pytest.fixture
def branch(server):
    """A queue database with the roles granted (kiosk roles) and a login per PC; its admin URL."""
    admin = server.create_database()
    QueueStore.init(admin).close()
    granted = ok("roles", "--db", admin)["roles"]
    assert set(granted) == {"kiosk_station", "kiosk_staff"}
    assert "issue tickets" in granted["kiosk_station"]["may"]
    assert "read staff accounts" in granted["kiosk_station"]["may_not"]
    with psycopg.connect(admin, autocommit=True) as conn:
        for login, group, password in (("kiosk_door", "kiosk_station", DOOR_PASSWORD),
                                       ("display_pc", "kiosk_staff", DESK_PASSWORD)):
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(password), sql.Identifier(group)))
    yield admin
    server.drop_database(admin)


@pytest.fixture
def pc(tmp_path, monkeypatch):
    """This PC's folders and password file, of the test's own (the commands it starts see them too)."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def as_login(admin_url: str, login: str) -> str:
    return admin_url.replace("kiosk_admin@", f"{login}@")


def test_setup_keeps_the_password_in_a_private_password_file_and_nowhere_else(branch, pc):
    url = as_login(branch, "kiosk_door")
    host, port, dbname, user = login_of(url)
    older = f"{host}:{port}:{dbname}:{user}:an-old-password"
    unrelated = "192.168.1.10:5432:branch:someone:theirs"
    (pc / "pgpass").write_text(f"# kept by hand\n{unrelated}\n{older}\n")
    os.chmod(pc / "pgpass", 0o644)

    done = kiosk("setup", "--non-interactive", "--station", "kiosk", "--db", url, "--password-stdin",
                 stdin=DOOR_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert DOOR_PASSWORD not in done.stdout + done.stderr
    assert f"saved in {pc / 'pgpass'}" in done.stderr and f"connected to {url} as kiosk_door" in done.stderr

    assert password_file() == pc / "pgpass"
    assert stat.S_IMODE((pc / "pgpass").stat().st_mode) == 0o600
    lines = (pc / "pgpass").read_text().splitlines()
    assert lines == ["# kept by hand", unrelated, f"{host}:{port}:{dbname}:{user}:door\\:pa\\\\ss-7"]
    settings = (pc / "config" / "station.toml").read_text()
    assert f'db = "{url}"' in settings and "pa" + "\\ss" not in settings and "door:pa" not in settings

    # every station command and pg_dump now connect with the password from the file, none on a command line
    issued = ok("issue", "--db", url, "--service", "A", "--at", "2026-11-23T09:00")
    assert issued["ticket"] == "A001"
    refused = user_error("staff", "list", "--db", url)
    assert "this station's database role may not do that" in refused and "staff" in refused


def test_no_option_takes_a_password():
    from kiosk.cli import cli

    for command in cli.commands.values():
        for sub in getattr(command, "commands", {command.name: command}).values():
            for param in sub.params:
                if "password" in param.name:
                    assert getattr(param, "is_flag", False), f"kiosk {sub.name} {param.opts} takes a value"
    assert "password" in user_error("setup", "--non-interactive", "--station", "kiosk",
                                     "--db", "postgresql://kiosk_door:secret@127.0.0.1/branch")


def test_the_display_pcs_login_backs_up_with_pg_dump_reading_the_password_file(branch, pc):
    url = as_login(branch, "display_pc")
    done = kiosk("setup", "--non-interactive", "--station", "display", "--db", url, "--password-stdin",
                 stdin=DESK_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    made = ok("backup", "--db", url, "--out", pc / "branch.dump")
    assert made["bytes"] > 0
    (pc / "pgpass").unlink()  # without the file, pg_dump is told no password: it fails, saying what to do
    error = user_error("backup", "--db", url, "--out", pc / "again.dump")
    assert "none is stored" in error and "kiosk setup" in error
    assert not (pc / "again.dump").exists()


def test_a_refused_password_is_explained_and_not_kept(branch, pc):
    url = as_login(branch, "kiosk_door")
    error = user_error("setup", "--non-interactive", "--station", "kiosk", "--db", url, "--password-stdin",
                       stdin="not-the-password\n")
    assert "refused the password of kiosk_door" in error
    assert not (pc / "pgpass").exists() and not (pc / "config" / "station.toml").exists()


def test_a_server_that_does_not_answer_is_explained(pc):
    url = f"postgresql://kiosk_door@127.0.0.1:{free_port()}/branch"
    error = user_error("setup", "--non-interactive", "--station", "kiosk", "--db", url)
    assert f"nothing answers at 127.0.0.1:{url.split(':')[2].split('/')[0]}" in error
    assert "listen_addresses" in error and not (pc / "config" / "station.toml").exists()


def test_the_password_is_asked_hidden_at_the_terminal(branch, pc):
    from kiosk.cli import cli

    url = as_login(branch, "kiosk_door")
    # asked: the password (hidden), then the kiosk's printer, language, full screen and theme (defaults)
    result = CliRunner().invoke(cli, ["setup", "--station", "kiosk", "--db", url],
                                input=f"{DOOR_PASSWORD}\n\n\n\n\n")
    assert result.exit_code == 0, result.output
    assert "Password of the login kiosk_door" in result.output and DOOR_PASSWORD not in result.output
    assert (pc / "pgpass").read_text().endswith(":door\\:pa\\\\ss-7\n")


def test_the_password_file_is_where_libpq_looks(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert password_file() == Path(tmp_path) / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "elsewhere"))
    assert password_file() == tmp_path / "elsewhere"
    assert login_of("postgresql://kiosk_door@192.168.1.10/branch") == ("192.168.1.10", "5432", "branch",
                                                                         "kiosk_door")
    assert login_of("postgresql://k@[::1]:6543/b")[:2] == ("::1", "6543")
