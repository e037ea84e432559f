"""The ``file_storage`` extension: a directory that persistent sending queues keep their data in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from spanwatch.component import ComponentID, Factory, Host, Stability


@dataclass(frozen=True, kw_only=True)
class FileStorageConfig:
    # Relative paths are under the service's data directory.
    directory: str = "queue"
    # fsync every write: survives power loss, not just a process crash, at a large cost in throughput.
    fsync: bool = False

    def validate(self) -> list[str]:
        return [] if self.directory else ["directory must be set"]


class FileStorage:
    def __init__(self, id_: ComponentID, config: FileStorageConfig, host: Host) -> None:
        self.id = id_
        path = Path(config.directory)
        self.directory = path if path.is_absolute() else host.data_dir / path
        self.fsync = config.fsync
        # Queues open their files while the service is being built, before start(): create it now.
        self.directory.mkdir(parents=True, exist_ok=True)
        if not os.access(self.directory, os.W_OK):
            raise PermissionError(f"file_storage directory {self.directory} is not writable")

    async def start(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _create(id_: ComponentID, config: FileStorageConfig, host: Host) -> FileStorage:
    return FileStorage(id_, config, host)


FACTORY: Factory[FileStorageConfig] = Factory(
    type="file_storage",
    kind="extension",
    config_type=FileStorageConfig,
    create=_create,
    stability={"extension": Stability.BETA},
    description="Directory for persistent sending queues.",
)
