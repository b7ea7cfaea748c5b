"""Messages that cross from the speech thread into the UI."""

from __future__ import annotations

from textual.message import Message

from accessreader.speech.events import SpeechEvent


class SpeechUpdate(Message, bubble=False):
    """Something happened in the SpeechService (posted from its thread: post_message is
    thread-safe in Textual). The app routes it to the screen that wants it; it must not
    bubble back up to the app, or it would be routed again."""

    def __init__(self, event: SpeechEvent, generation: int = 0) -> None:
        super().__init__()
        self.event = event
        self.generation = generation
        """Which speech request the event belongs to (``SpeechService.playing``)."""
