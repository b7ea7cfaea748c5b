"""Playing PCM through a player program found at run time (aplay, paplay, pw-cat).

A separate process is what makes stop immediate: killing it silences the audio it buffered.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from dataclasses import dataclass


class PlayerError(Exception):
    """Audio cannot be played; ``str()`` says why in one line."""


@dataclass(frozen=True, slots=True)
class PlayerCommand:
    """How to start one player program for 16-bit mono PCM on its standard input."""

    program: str
    arguments: tuple[str, ...]
    device_option: str | None

    def argv(self, path: str, sample_rate: int, device: str) -> list[str]:
        args = [path, *(a.format(rate=sample_rate) for a in self.arguments)]
        if device and self.device_option:
            args += [self.device_option, device]
        return args


PLAYERS = (
    PlayerCommand("aplay", ("-q", "-t", "raw", "-f", "S16_LE", "-r", "{rate}", "-c", "1"), "-D"),
    PlayerCommand(
        "paplay", ("--raw", "--format=s16le", "--rate={rate}", "--channels=1"), "--device"
    ),
    PlayerCommand(
        "pw-cat", ("--playback", "--format=s16", "--rate={rate}", "--channels=1", "-"), "--target"
    ),
)


def find_player(preferred: str = "") -> tuple[PlayerCommand, str]:
    """The first player program installed here (``preferred`` first), and its path."""
    candidates = sorted(PLAYERS, key=lambda p: p.program != preferred) if preferred else PLAYERS
    for command in candidates:
        path = shutil.which(command.program)
        if path:
            return command, path
    names = ", ".join(p.program for p in PLAYERS)
    raise PlayerError(f"没有找到音频播放器（{names}）；可以导出为 WAV 文件收听")


class PlayerProcess:
    """One running player; write PCM to it, close it to let it finish, kill it to silence."""

    def __init__(self, sample_rate: int, device: str = "", preferred: str = "") -> None:
        command, path = find_player(preferred)
        self.program = command.program
        try:
            self._process = subprocess.Popen(
                command.argv(path, sample_rate, device),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            raise PlayerError(f"{command.program} 无法启动：{error.strerror}") from None

    @property
    def pid(self) -> int:
        return self._process.pid

    def write(self, pcm: bytes) -> None:
        """Send audio; a player that has died raises :class:`PlayerError` with its reason."""
        stdin = self._process.stdin
        if stdin is None or self._process.poll() is not None:
            raise PlayerError(self._failure())
        try:
            stdin.write(pcm)
            stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            raise PlayerError(self._failure()) from None

    def check(self) -> None:
        """Raise :class:`PlayerError` if the player has exited with an error."""
        code = self._process.poll()
        if code is not None and code != 0:
            raise PlayerError(self._failure())

    def _failure(self) -> str:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=1)
        stderr = (
            self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
        )
        reason = next((line.strip() for line in stderr.splitlines() if line.strip()), "")
        code = self._process.returncode
        return f"{self.program} 播放失败（退出码 {code}）：{reason or '没有说明'}"

    def kill(self) -> None:
        """Silence now: the process and whatever it had buffered are gone."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._close_pipes()

    def finish(self) -> None:
        """Let the player play what it has, then exit."""
        if self._process.stdin:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        self._process.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self._process.stdin, self._process.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    @property
    def alive(self) -> bool:
        return self._process.poll() is None
