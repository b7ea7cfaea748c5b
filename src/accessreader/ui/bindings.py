"""Every key of the reader, with ids (for the keymap), descriptions (for help) and tooltips.

The help screen and the README key table are both generated from these lists, so they
cannot drift. Each function has a plain key; the portal toolbar's Alt shortcut, where one
exists (shared/DESIGN.md), is an alias in the same binding so remapping moves both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingType


def _b(keys: str, action: str, description: str, binding_id: str, tooltip: str = "") -> Binding:
    return Binding(keys, action, description, id=binding_id, tooltip=tooltip or description)


APP_BINDINGS: list[BindingType] = [
    _b("f1,question_mark,alt+question_mark", "help", "帮助：按键一览", "help"),
    _b("q", "quit", "退出", "quit"),
]

LIBRARY_BINDINGS: list[BindingType] = [
    _b("enter", "open", "打开所选报告", "library_open"),
    _b("r", "refresh", "重新扫描报告库", "library_refresh"),
]

READER_BINDINGS: list[BindingType] = [
    _b("down,j", "line_down", "下一行", "line_down"),
    _b("up,k", "line_up", "上一行", "line_up"),
    _b("right", "next_sentence", "下一句", "next_sentence"),
    _b("left", "previous_sentence", "上一句", "previous_sentence"),
    _b("right_square_bracket,ctrl+down", "next_paragraph", "下一段", "next_paragraph"),
    _b("left_square_bracket,ctrl+up", "previous_paragraph", "上一段", "previous_paragraph"),
    _b("h,alt+4", "next_heading", "下一个标题", "next_heading"),
    _b("H,alt+3", "previous_heading", "上一个标题", "previous_heading"),
    _b("pagedown,space", "page_down", "下一页", "page_down"),
    _b("pageup", "page_up", "上一页", "page_up"),
    _b("home,alt+1", "top", "返回顶部（标题）", "top"),
    _b("end", "bottom", "到结尾", "bottom"),
    _b("o,alt+2", "outline", "目录：跳到任一标题", "outline"),
    *[
        _b(
            str(n),
            f"section({n})",
            f"跳到第{n}部分",
            f"section_{n}",
            f"跳到第{n}个一级标题（如 {'一二三四五六七八九'[n - 1]}、）",
        )
        for n in range(1, 10)
    ],
    _b("f", "cycle_script", "简/繁：原文→简体→繁體→臺灣正體→香港繁體", "cycle_script"),
    _b("slash,alt+5", "search", "搜索", "search"),
    _b("n", "search_next", "下一个搜索结果", "search_next"),
    _b("N", "search_previous", "上一个搜索结果", "search_previous"),
    _b("m", "add_bookmark", "在阅读点加书签", "add_bookmark"),
    _b("b,alt+6", "bookmarks", "书签列表", "bookmarks"),
    _b("escape,backspace", "library", "返回报告库", "library"),
]

SPEECH_BINDINGS: list[BindingType] = [
    _b("r,alt+x", "read_all", "连读：从阅读点读到结尾", "read_all"),
    _b("e,alt+p", "read_sentence", "指读：读当前句", "read_sentence"),
    _b("E", "read_paragraph", "指读：读当前段", "read_paragraph"),
    _b("p", "pause_resume", "暂停 / 继续", "pause_resume"),
    _b("s", "stop_speech", "停止朗读", "stop_speech"),
    _b("equals_sign,plus,alt+s", "faster", "语速加快（到 4 倍）", "faster"),
    _b("minus", "slower", "语速减慢（到 0.5 倍）", "slower"),
    _b("V", "louder", "音量加大", "louder"),
    _b("v", "softer", "音量减小", "softer"),
    _b("c", "next_voice", "换声音（普通话 / 粤语）", "next_voice"),
    _b("a,alt+v", "toggle_sound", "声音开关", "toggle_sound"),
    _b("w", "export_audio", "导出朗读为 WAV 文件", "export_audio"),
]


def keys_for(binding: Binding, keymap: Mapping[str, str]) -> str:
    """The keys a binding has now: the user's keymap wins over the default."""
    if binding.id and binding.id in keymap:
        return keymap[binding.id]
    return binding.key


_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "space": "Space",
    "escape": "Esc",
    "backspace": "Backspace",
    "enter": "Enter",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "right": "→",
    "left": "←",
}


def display_keys(keys: str) -> str:
    """``"f1,question_mark"`` → ``"F1 / ?"`` for people, not parsers."""
    shown = []
    for key in keys.split(","):
        parts = key.strip().split("+")
        last = parts[-1]
        parts[-1] = _KEY_NAMES.get(last, last.upper() if len(last) > 1 else last)
        modifiers = [part.capitalize() for part in parts[:-1]]
        shown.append("+".join([*modifiers, parts[-1]]))
    return " / ".join(shown)


def key_table(
    groups: Iterable[tuple[str, list[BindingType]]], keymap: Mapping[str, str]
) -> list[tuple[str, str, str, str]]:
    """(group, keys, description, id) rows for the help screen and the README."""
    return [
        (group, display_keys(keys_for(binding, keymap)), binding.description, binding.id or "")
        for group, bindings in groups
        for binding in bindings
        if isinstance(binding, Binding)
    ]


DISPLAY_BINDINGS: list[BindingType] = [
    _b("greater_than_sign,alt+up", "size_up", "放大字号（到 8 倍）", "size_up"),
    _b("less_than_sign,alt+down", "size_down", "缩小字号", "size_down"),
    _b("C,alt+grave_accent", "cycle_scheme", "配色：换下一种", "cycle_scheme"),
    _b("L,alt+c", "toggle_reading_line", "阅读线 开/关", "toggle_reading_line"),
    _b("B,alt+b", "toggle_caption", "大字幕 开/关", "toggle_caption"),
    _b("T,alt+t", "toggle_plain", "纯文本 开/关", "toggle_plain"),
    _b("D", "toggle_spacing", "行距 1 倍/2 倍", "toggle_spacing"),
    _b("W", "cycle_line_width", "行宽：全宽/40/60/80", "cycle_line_width"),
    _b("ctrl+r", "reset", "重置全部设置", "reset"),
    _b("f2,comma", "settings", "设置", "settings"),
]

ALL_GROUPS: list[tuple[str, list[BindingType]]] = [
    ("阅读", READER_BINDINGS),
    ("朗读", SPEECH_BINDINGS),
    ("显示", DISPLAY_BINDINGS),
    ("报告库", LIBRARY_BINDINGS),
    ("全局", APP_BINDINGS),
]


def markdown_key_table(keymap: Mapping[str, str] | None = None) -> str:
    """The README's key table (regenerate with ``python -m accessreader.ui.bindings``)."""
    lines = ["| where | keys | does | id (for the keymap) |", "|---|---|---|---|"]
    for group, keys, description, binding_id in key_table(ALL_GROUPS, keymap or {}):
        keys_md = keys.replace("|", "\\|")
        lines.append(f"| {group} | {keys_md} | {description} | `{binding_id}` |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_key_table())
