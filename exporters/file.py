"""The ``file`` exporter: OTLP/JSON lines (one export request per line, like the collector's), with rotation."""

from __future__ import annotations

import asyncio
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from spanwatch import otlp_json
from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.exporters._delivery import ITEM_NAMES


@dataclass(frozen=True, kw_only=True)
class RotationConfig:
    # Rotate when the file reaches this size; 0 turns rotation off.
    max_megabytes: int = 100
    # Rotated files kept (oldest deleted first); 0 keeps all.
    max_backups: int = 5

    def validate(self) -> list[str]:
        problems = []
        if self.max_megabytes < 0:
            problems.append(f"max_megabytes must be >= 0, got {self.max_megabytes}")
        if self.max_backups < 0:
            problems.append(f"max_backups must be >= 0, got {self.max_backups}")
        return problems


@dataclass(frozen=True, kw_only=True)
class FileExporterConfig:
    # Relative paths are under the service's data directory.
    path: str = "spanwatch.jsonl"
    # json: one OTLP/JSON export request per line; proto: 4-byte big-endian length + protobuf request.
    format: str = "json"
    rotation: RotationConfig = RotationConfig()
    # How often buffered lines are flushed to the OS.
    flush_interval: Duration = Duration("1s")

    def validate(self) -> list[str]:
        problems = []
        if not self.path:
            problems.append("path must be set")
        if self.format not in ("json", "proto"):
            problems.append(f"format must be json or proto, got {self.format!r}")
        if self.flush_interval <= 0:
            problems.append(f"flush_interval must be > 0, got {self.flush_interval}")
        return problems


class FileExporter:
    def __init__(self, id_: ComponentID, config: FileExporterConfig, host: Host) -> None:
        self.id = id_
        self.config = config
        path = Path(config.path)
        self.path = path if path.is_absolute() else host.data_dir / path
        self._file: IO[bytes] | None = None
        self._size = 0
        self._task: asyncio.Task[None] | None = None
        t = host.telemetry
        self._sent = {s: t.counter(f"exporter_sent_{n}_total", f"{n.capitalize()} successfully sent.",
                                   ["exporter"]) for s, n in ITEM_NAMES.items()}
        self._label = str(id_)

    async def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "ab")  # noqa: SIM115 - held open for the component's lifetime
        self._size = self._file.tell()
        self._task = asyncio.get_running_loop().create_task(self._flusher())

    async def _flusher(self) -> None:
        while True:
            await asyncio.sleep(self.config.flush_interval)
            if self._file is not None:
                self._file.flush()

    async def consume(self, batch: Batch) -> None:
        if self._file is None:
            raise RuntimeError("file exporter used before start()")
        if self.config.format == "json":
            data = otlp_json.encode(batch.merged()) + b"\n"
        else:
            wire = batch.wire()
            data = struct.pack(">I", len(wire)) + wire
        self._file.write(data)
        self._size += len(data)
        self._sent[batch.signal].add(batch.items, self._label)
        limit = self.config.rotation.max_megabytes * 1024 * 1024
        if limit and self._size >= limit:
            self._rotate()

    def _rotate(self) -> None:
        assert self._file is not None
        self._file.close()
        backups = self.config.rotation.max_backups
        # name.jsonl -> name.1.jsonl -> name.2.jsonl ...; the highest number is the oldest.
        existing = sorted(self._backups(), reverse=True)
        for n in existing:
            if backups and n >= backups:
                self._backup_path(n).unlink(missing_ok=True)
            else:
                os.replace(self._backup_path(n), self._backup_path(n + 1))
        os.replace(self.path, self._backup_path(1))
        self._file = open(self.path, "ab")  # noqa: SIM115
        self._size = 0

    def _backup_path(self, n: int) -> Path:
        return self.path.with_name(f"{self.path.stem}.{n}{self.path.suffix}")

    def _backups(self) -> list[int]:
        out = []
        for p in self.path.parent.glob(f"{self.path.stem}.*{self.path.suffix}"):
            middle = p.name[len(self.path.stem) + 1: len(p.name) - len(self.path.suffix)]
            if middle.isdigit():
                out.append(int(middle))
        return out

    async def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None


def _create(id_: ComponentID, config: FileExporterConfig, host: Host) -> FileExporter:
    return FileExporter(id_, config, host)


FACTORY: Factory[FileExporterConfig] = Factory(
    type="file",
    kind="exporter",
    config_type=FileExporterConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA, "metrics": Stability.ALPHA},
    description="Writes OTLP/JSON lines (or length-prefixed protobuf) to a local file, with rotation.",
)
