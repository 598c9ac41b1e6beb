"""Announcement texts: exact words per language, ticket numbers digit by digit, counters as numbers."""
import pytest

from kiosk.core.announce import call_text, phrase_language, speech_language, spell_label, ticket_text


@pytest.mark.parametrize(("lang", "spoken"), [
    ("zh_CN", "A 零 二 三"), ("zh_TW", "A 零 二 三"), ("yue", "A 零 二 三"), ("en", "A zero two three"),
])
def test_labels_are_spelled_digit_by_digit_letters_stay(lang, spoken):
    assert spell_label("A023", lang) == spoken


@pytest.mark.parametrize(("lang", "text"), [
    ("zh_CN", "请 A 零 二 三 号到 3 号窗口"),
    ("zh_TW", "請 A 零 二 三 號到 3 號櫃檯"),  # Taiwan banks call a counter 櫃檯
    ("zh_HK", "請 A 零 二 三 號到 3 號櫃位"),  # Hong Kong: 櫃位, spoken in Cantonese
    ("yue", "請 A 零 二 三 號到 3 號櫃位"),
    ("en", "Number A zero two three, please go to counter 3"),
    ("en_US", "Number A zero two three, please go to counter 3"),
    ("fr_FR", "Number A zero two three, please go to counter 3"),
])
def test_call_text(lang, text):
    assert call_text("A023", 3, lang) == text


def test_counter_is_said_as_a_number():
    assert call_text("B100", 12, "zh_CN") == "请 B 一 零 零 号到 12 号窗口"
    assert call_text("B100", 12, "en").endswith("counter 12")


@pytest.mark.parametrize(("lang", "waiting", "nobody"), [
    ("zh_CN", "您的号码是 A 零 二 三 号。前面还有 3 人，预计等候 15 分钟。",
     "您的号码是 A 零 二 三 号。前面没有人。"),
    ("zh_TW", "您的號碼是 A 零 二 三 號。前面還有 3 人，預計等候 15 分鐘。",
     "您的號碼是 A 零 二 三 號。前面沒有人。"),
    ("en", "Your number is A zero two three. 3 people ahead of you, about 15 minutes.",
     "Your number is A zero two three. No one is ahead of you."),
])
def test_ticket_text(lang, waiting, nobody):
    assert ticket_text("A023", 3, 15, lang) == waiting
    assert ticket_text("A023", 0, 0, lang) == nobody


def test_english_counts_one_person_and_one_minute():
    assert ticket_text("C001", 1, 1, "en") == (
        "Your number is C zero zero one. 1 person ahead of you, about 1 minute.")


@pytest.mark.parametrize(("tag", "book", "voice"), [
    ("zh_CN", "zh_CN", "zh_CN"), ("zh-cn", "zh_CN", "zh-cn"), ("zh", "zh_CN", "zh"),
    ("zh_TW", "zh_TW", "zh_TW"), ("zh-Hant-TW", "zh_TW", "zh-Hant-TW"), ("yue", "zh_HK", "yue"),
    ("zh-mo", "zh_HK", "zh-mo"), ("en_GB", "en", "en_GB"), ("xx_XX", "en", "en"), ("", "en", "en"),
    ("ko", "en", "en"),  # named on the kiosk, but no words or voice yet: English
])
def test_language_tags_find_their_phrasebook_and_voice(tag, book, voice):
    assert phrase_language(tag) == book
    assert speech_language(tag) == voice
