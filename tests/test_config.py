"""The default branch, and configuration errors that name the wrong field."""
import pytest

from kiosk.core.config import default_branch, default_toml, parse_branch
from kiosk.core.errors import ConfigError, UnknownCode


def test_default_branch_matches_the_customers_rules():
    b = default_branch()
    assert [s.code for s in b.services] == ["A", "B", "C", "D", "E", "F"]
    assert b.service("A").name("en").startswith("Cash")
    assert b.service("A").name("zh_CN").startswith("现金")
    assert {p.code: p.head_start for p in b.priority_classes} == {
        "regular": 0, "elderly": 30, "disability": 30, "pregnant": 30, "infant": 30, "ill": 30,
        "green_channel": 60, "appointment": 20, "vip": 15,
    }
    assert b.max_wait_minutes == 40
    assert b.time_zone == "Asia/Shanghai"


def test_kiosk_languages_and_hall_languages_are_separate():
    b = default_branch()
    assert b.languages == ("zh_CN", "zh_TW", "en")
    assert b.announce_languages == ("zh_CN", "en")
    text = default_toml().replace('announce_languages = ["zh_CN", "en"]', "")
    assert parse_branch(text).announce_languages == ("zh_CN", "en"), "the default when left out"


def test_every_name_and_notice_has_the_three_shipped_languages():
    b = default_branch()
    for item in (*b.services, *b.priority_classes):
        assert set(item.names) == {"zh_CN", "zh_TW", "en"}, item.code
    assert all(set(n) == {"zh_CN", "zh_TW", "en"} for n in b.notices)
    assert b.service("B").name("zh_TW") == "開戶與金融卡"
    assert b.service("B").name("zh_HK") == "開戶與金融卡", "Hong Kong reads the Traditional names"


def test_unknown_codes_say_what_exists():
    b = default_branch()
    with pytest.raises(UnknownCode, match=r"unknown service 'Z' \(this branch has A, B, C, D, E, F\)"):
        b.service("Z")
    with pytest.raises(UnknownCode, match="unknown priority class 'vvip'"):
        b.priority_class("vvip")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("max_wait_minutes = 40", "max_wait_minutes = -5", r"branch\.max_wait_minutes: -5 must be"),
        ("max_wait_minutes = 40", "max_wait_seconds = 30", r"max_wait_seconds: 30 must be from 60 to"),
        ("max_wait_minutes = 40", "max_wait_minutes = 40\nmax_wait_seconds = 90", r"give only one of"),
        ("max_wait_minutes = 40", "max_wait_minutes = 1.25001", r"must be whole seconds"),
        ("max_wait_minutes = 40", 'max_wait_minutes = "40"', r"max_wait_minutes: must be a number"),
        ("max_wait_minutes = 40", "max_wait_minutes = \"soon\"", r"branch\.max_wait_minutes"),
        ('time_zone = "Asia/Shanghai"', 'time_zone = "Mars/Base"', r"branch\.time_zone: unknown"),
        ('prefix = "B"', 'prefix = "A"', r"services\[1\]\.prefix: 'A' is used twice"),
        ('code = "C"', 'code = "c3"', r"services\[2\]\.code: 'c3' must be 1-2 capital letters"),
        ("head_start = 60", "head_start = true", r"priority_classes\[6\]\.head_start"),
        ('services = ["C", "D"]', 'services = ["C", "Q"]', r"counters\[3\]\.services: unknown service 'Q'"),
        ("minutes = 20", "minutes = 0", r"services\[2\]\.minutes"),
        ('languages = ["zh_CN", "zh_TW", "en"]', 'languages = ["chinese"]', r"branch\.languages\[0\]"),
        ('languages = ["zh_CN", "zh_TW", "en"]', 'languages = []', r"branch\.languages: must be a non-empty"),
        ('announce_languages = ["zh_CN", "en"]', 'announce_languages = ["en", "zh-TW"]',
         r"branch\.announce_languages\[1\]: 'zh-TW'"),
        ('announce_languages = ["zh_CN", "en"]', 'announce_languages = ["en", "en"]',
         r"branch\.announce_languages: a language is listed twice"),
        ("announcement_repeats = 1", "announcement_repeats = 9", r"branch\.announcement_repeats: 9 must be"),
        ("backup_keep_days = 14", "backup_keep_days = -1", r"branch\.backup_keep_days"),
        ('text = { zh_CN = "谨防', 'text = { zh_CN = "", x = "', r"notices\[0\]\.text"),
    ],
)
def test_bad_values_are_refused_naming_the_field(old, new, message):
    text = default_toml()
    assert old in text
    with pytest.raises(ConfigError, match=message):
        parse_branch(text.replace(old, new, 1))


def test_broken_toml_is_refused_with_its_position():
    with pytest.raises(ConfigError, match="not valid TOML"):
        parse_branch("[branch\nname = 1")


def test_regular_class_is_required():
    text = default_toml().replace('code = "regular"', 'code = "ordinary"')
    with pytest.raises(ConfigError, match="regular"):
        parse_branch(text)


def test_notice_line_and_repeats_come_from_the_config():
    b = default_branch()
    assert b.announcement_repeats == 1
    assert b.backup_keep_days == 14
    line = b.notice_line()
    assert line.startswith("谨防电信诈骗") and "Beware of fraud" in line
    assert b.notice_line(("en",)).count("•") == 2, "three English notices, no Chinese"
    bare = parse_branch(default_toml().split("# The display's scrolling notice line")[0])
    assert bare.notices == () and bare.notice_line() == ""


def test_changes_are_described_field_by_field():
    from kiosk.core.config_changes import describe_changes

    old = {"branch": {"max_wait_minutes": 40}, "services": [{"code": "A", "minutes": 5}]}
    new = {"branch": {"max_wait_minutes": 45}, "services": [{"code": "A", "minutes": 5},
                                                             {"code": "G", "minutes": 12}]}
    assert describe_changes(old, new) == ["branch.max_wait_minutes: 40 -> 45", "services[1].code: added 'G'",
                                          "services[1].minutes: added 12"]
    assert describe_changes(new, old)[-1] == "services[1].minutes: removed 12"
    assert describe_changes(old, old) == []
