"""Driving a program in a real terminal (tmux) and timing what appears on screen."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


class TmuxSession:
    """One detached tmux session running one command, sized like a small terminal."""

    def __init__(
        self,
        name: str,
        command: list[str],
        width: int = 80,
        height: int = 24,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in (env or {}).items())
        shell_command = f"exec env {exports} {shlex.join(command)}"
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)
        self.started = time.perf_counter()
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                str(width),
                "-y",
                str(height),
                shell_command,
            ],
            check=True,
        )

    def capture(self) -> str:
        """The visible screen as text."""
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=False,
        ).stdout

    def send(self, *keys: str) -> float:
        """Send keys; returns the time they were sent."""
        sent = time.perf_counter()
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)
        return sent

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 60.0) -> float:
        """Poll the screen until ``predicate`` holds; returns the time it first did."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            screen = self.capture()
            if predicate(screen):
                return time.perf_counter()
            time.sleep(0.005)  # polling harder would take CPU from the program measured
        raise TimeoutError(f"screen never matched; last screen:\n{self.capture()}")

    def _display(self, field: str) -> int:
        output = subprocess.run(
            ["tmux", "display-message", "-p", "-t", self.name, field],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return int(output.strip())

    def pid(self) -> int:
        """Process id of the program in the pane."""
        return self._display("#{pane_pid}")

    def cursor_row(self) -> int:
        """The row the terminal cursor is on (where screen readers look)."""
        return self._display("#{cursor_y}")

    def peak_rss_mb(self) -> float:
        """Peak resident memory of the program so far (VmHWM), in MB."""
        status = Path(f"/proc/{self.pid()}/status").read_text(encoding="utf-8")
        line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)


def isolated_env(folder: Path) -> dict[str, str]:
    """Config and data folders of a benchmark run, so no saved position changes the result."""
    return {
        "ACCESSREADER_CONFIG_DIR": str(folder / "config"),
        "ACCESSREADER_DATA_DIR": str(folder / "data"),
        "TERM": os.environ.get("TERM", "xterm-256color"),
    }
