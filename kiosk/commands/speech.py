"""Speech commands: `kiosk voices` lists the voices of our languages; `kiosk say` speaks a text or call."""
from __future__ import annotations

import json

import click

from kiosk.adapters.speech import DEFAULT_RATE, Speaker, SpeechError, list_voices, synthesize, voices_serving
from kiosk.commands.params import FilePath, TicketLabel
from kiosk.core.announce import call_text, speech_language

MAX_TEXT = 1000  # characters: minutes of speech; a longer text kept espeak-ng busy past its time limit


def _short_enough(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and len(value) > MAX_TEXT:
        raise click.BadParameter(f"{len(value)} characters; at most {MAX_TEXT} are spoken", ctx, param)
    return value


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Every voice of the engine, also those we never use.")
def voices(show_all: bool) -> None:
    """List the voices that speak our languages (i18n/languages.toml), and which of them each serves."""
    found = list_voices()
    chosen = voices_serving(found)
    listed = [{"id": voice.id, "name": voice.name, "languages": [str(code) for code in voice.languages or ()],
               "serves": [tag for tag, pick in chosen.items() if pick is voice]}
              for voice in found]
    click.echo(json.dumps([voice for voice in listed if show_all or voice["serves"]],
                          ensure_ascii=False, indent=1))


@click.command()
@click.option("--lang", default="zh_CN", show_default=True, help="Language tag: zh_CN, zh_TW, yue, en…")
@click.option("--text", default=None, callback=_short_enough,
              help=f"The text to speak (at most {MAX_TEXT} characters).")
@click.option("--call", "label", default=None, type=TicketLabel(), help="Announce this ticket, e.g. A023.")
@click.option("--counter", type=click.IntRange(1, 999), default=None, help="The counter of --call.")
@click.option("--out", type=FilePath(dir_okay=False), default=None,
              help="Write a WAV file instead of speaking.")
@click.option("--print-text", is_flag=True, help="Print the text that is spoken.")
@click.option("--rate", type=click.IntRange(80, 300), default=DEFAULT_RATE, show_default=True,
              help="Words per minute.")
def say(lang: str, text: str | None, label: str | None, counter: int | None, out: str | None,
        print_text: bool, rate: int) -> None:
    """Speak a text, or a ticket call (--call LABEL --counter N), or write it to a WAV file."""
    if (text is None) == (label is None):
        raise click.UsageError("give exactly one of --text and --call")
    if (label is None) != (counter is None):
        raise click.UsageError("--call and --counter go together")
    if label is not None:
        text, lang = call_text(label, counter, lang), speech_language(lang)
    if print_text:
        click.echo(text)
    if out is not None:
        synthesize(text, lang, out, rate)
        return
    spoken: list[str] = []
    speaker = Speaker(rate=rate, on_spoken=lambda said, _wav: spoken.append(said))
    speaker.speak(text, lang)
    speaker.close()
    if not spoken:
        raise SpeechError("nothing was spoken (the reason is above)")


COMMANDS = [voices, say]
