"""Writing a file so that a reader sees either the old file or the new one, never half of one.

The content goes to a hidden temporary file in the same folder, which is then renamed over the target
(`os.replace` is atomic on one file system). A build killed mid-write leaves only a `.<name>.tmp` behind,
which the next build removes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write", "atomic_write_many", "atomic_write_text", "temp_path"]


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp)` to produce the file, then rename it to `path`."""
    tmp = temp_path(path)
    try:
        write(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def atomic_write_many(writers: dict[Path, Callable[[Path], object]]) -> list[Path]:
    """Write a set of files that belong together (the tables of one extraction or cleaning run).

    Every file is produced in its temporary first; only when all are written are they renamed into place, one
    right after the other. A failure (or a kill) while writing publishes none of them, and the window in which
    a reader could see old and new files side by side shrinks from the whole write to a few renames.
    """
    temps = {path: temp_path(path) for path in writers}
    try:
        for path, write in writers.items():
            write(temps[path])
        for path, tmp in temps.items():
            tmp.replace(path)
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return list(writers)
