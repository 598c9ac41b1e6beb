"""i18n/languages.toml: every language-specific word, name and voice is data; a new language needs no code."""
import pytest

from kiosk.core import languages
from kiosk.core.errors import ConfigError

FRENCH = """
fallback = "en"
[voices.english]
espeak = ["en"]
[voices.french]
espeak = ["fr-fr", "fr"]
locales = ["fr-fr"]
names = ["hortense"]
[languages.en]
name = "English"
voice = "english"
[languages.en.announce]
digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
call = "Number {label}, counter {counter}"
your_number = "Your number is {label}."
ahead = "{ahead} ahead"
nobody_ahead = "No one ahead."
[languages.en.ticket]
mark = "* {name}"
ahead = "Ahead: {n}"
eta = "About {m} min"
next = "You are next"
issued = "Issued {date} {time}"
hint = "Watch the screen"
privacy = "No personal data."
[languages.fr]
name = "Français"
aliases = ["fr_CA"]
voice = "french"
[languages.fr.announce]
digits = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
call = "Numéro {label}, guichet {counter}"
your_number = "Votre numéro est {label}."
ahead = "{ahead} {people} avant vous, environ {eta} {minutes}."
nobody_ahead = "Personne avant vous."
people = ["personne", "personnes"]
minutes = ["minute", "minutes"]
"""


def test_a_new_language_is_a_table_in_the_file(tmp_path):
    path = tmp_path / "languages.toml"
    path.write_text(FRENCH, "utf-8")
    catalog = languages.load(path)
    assert catalog.name("fr") == "Français"
    book = catalog.phrasebook_of("fr-CA")
    assert book.call.format(label="A un", counter=3) == "Numéro A un, guichet 3"
    assert catalog.find("fr_FR").voice.espeak_ids == ("fr-fr", "fr")
    assert catalog.words_of("de") == "en"
    assert catalog.ticket_language("fr") == "en", "no [languages.fr.ticket] yet: printed in English"


@pytest.mark.parametrize(("change", "message"), [
    (('voice = "french"', 'voice = "breton"'), r"languages\.fr\.voice: no \[voices\.breton\]"),
    (('"huit", "neuf"]', '"huit"]'), r"languages\.fr\.announce\.digits"),
    (('name = "Français"', 'name = ""'), r"languages\.fr\.name"),
    (('fallback = "en"', 'fallback = "de"'), r"fallback: 'de'"),
    (('privacy = "No personal data."', ''), r"languages\.en\.ticket\.privacy: required text"),
    (('people = ["personne", "personnes"]', 'people = ["personne"]'), r"announce\.people"),
])
def test_a_wrong_field_is_named(tmp_path, change, message):
    path = tmp_path / "languages.toml"
    path.write_text(FRENCH.replace(*change), "utf-8")
    with pytest.raises(ConfigError, match=message):
        languages.load(path)


def test_shipped_languages_have_names_words_and_voices():
    catalog = languages.catalog()
    assert [catalog.name(t) for t in ("zh_CN", "zh_TW", "en")] == ["简体中文", "繁體中文", "English"]
    for tag in ("zh_CN", "zh_TW", "zh_HK", "yue", "en"):
        assert catalog.find(tag).voice is not None, tag
    assert catalog.find("yue").voice.espeak_ids == ("yue",)
    assert catalog.find("zh_TW").voice.espeak_ids == ("cmn-latn-pinyin",)


def test_every_screen_translation_a_language_borrows_ships():
    from kiosk import paths

    for entry in languages.catalog().languages.values():
        if entry.screens != entry.tag:
            assert paths.translation(f"kiosk_{entry.screens}.ts").exists(), entry.tag
