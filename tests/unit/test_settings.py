"""Settings: defaults when absent, a message and a .bak when corrupt, unknown keys reported."""

from __future__ import annotations

from pathlib import Path

from accessreader.settings import Settings, load_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.toml")
    assert loaded.settings == Settings()
    assert loaded.messages == ()


def test_library_dirs_are_read_and_expanded(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('library_dirs = ["~/reports", "/srv/reports"]\n', encoding="utf-8")
    settings = load_settings(path).settings
    assert settings.library_dirs == ("~/reports", "/srv/reports")
    assert settings.library_paths()[0] == Path("~/reports").expanduser()


def test_corrupt_file_gives_defaults_a_message_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("library_dirs = [unclosed\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.messages) == 1
    assert "not valid TOML" in loaded.messages[0]
    assert (tmp_path / "settings.toml.bak").read_text(encoding="utf-8") == (
        "library_dirs = [unclosed\n"
    )


def test_wrong_types_and_unknown_keys_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('library_dirs = "not a list"\ncolour = "red"\n', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert any("library_dirs" in m for m in loaded.messages)
    assert any("'colour'" in m for m in loaded.messages)


def test_settings_round_trip_through_the_writer(tmp_path: Path) -> None:
    from accessreader.settings import save_settings

    settings = Settings(
        size=3,
        scheme="blue-yellow",
        rate=2.5,
        caption=True,
        library_dirs=('~/a "b"',),
        keymap={"next_sentence": "x,l"},
    )
    path = tmp_path / "settings.toml"
    save_settings(path, settings)
    loaded = load_settings(path)
    assert loaded.messages == ()
    assert loaded.settings == settings
    assert "size = 3" in path.read_text(encoding="utf-8")
