"""SearchBar: the one-line search prompt of the reader."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An Input that reports Esc as :class:`SearchBar.Cancelled` instead of swallowing it."""

    BINDINGS = [Binding("escape", "cancel", "取消搜索", id="search_cancel", show=False)]

    class Cancelled(Message):
        """The user left the search prompt without searching."""

    def action_cancel(self) -> None:
        self.value = ""
        self.post_message(self.Cancelled())
