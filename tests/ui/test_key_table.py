"""The README's key table is the one generated from the bindings: it cannot drift."""

from __future__ import annotations

from accessreader.ui.bindings import READER_BINDINGS, markdown_key_table
from tests.conftest import REPO


def test_readme_key_table_matches_the_bindings() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- keys:start -->") + len("<!-- keys:start -->")
    end = readme.index("<!-- keys:end -->")
    assert readme[start:end].strip() == markdown_key_table(), (
        "README key table is stale: run python -m accessreader.ui.bindings"
    )


def test_every_binding_has_an_id_a_description_and_a_tooltip() -> None:
    ids = set()
    for binding in READER_BINDINGS:
        assert not isinstance(binding, tuple)
        assert binding.id and binding.description and binding.tooltip
        ids.add(binding.id)
    assert len(ids) == len(READER_BINDINGS)


def test_keymap_changes_the_table() -> None:
    assert "| 阅读 | x | 下一句 | `next_sentence` |" in markdown_key_table({"next_sentence": "x"})
