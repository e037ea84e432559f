"""The redaction vault: sealed records, what the redact processor puts in it, and ``spanwatch vault``."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import orjson
import pytest

from spanwatch.cli import main
from spanwatch.component import Host
from spanwatch.processors.redact import RedactConfig, RedactProcessor
from spanwatch.processors.vault import FILE_NAME, Vault, VaultError
from spanwatch.telemetry import Telemetry
from tests.processors.privacy_records import add, attr, find, span_batch, wire_of

KEY = "vault-key-" + "v" * 22
EMAIL = "jane.doe@example.com"
EMAIL2 = "bob.smith@example.org"
PAN = "4111 1111 1111 1111"
AWS = "AKIAIOSFODNN7EXAMPLE"
CONV = "conv-vault-1"


def _span(batch: object) -> object:
    return batch.chunks[0].message.resource_spans[0].scope_spans[0].spans[0]  # type: ignore[attr-defined]


# -- the file ---------------------------------------------------------------------------------------------------


def test_sealed_records_open_with_the_key_and_hold_neither_value_nor_conversation_in_clear(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY)
    assert v.append([v.seal(CONV, "[EMAIL_1]", EMAIL, now=1.0), v.seal(CONV, "[EMAIL_2]", EMAIL2, now=2.0),
                     v.seal("other", "[EMAIL_1]", "x@y.example", now=3.0)]) == (3, 0)
    data = (tmp_path / FILE_NAME).read_bytes()
    assert EMAIL.encode() not in data and CONV.encode() not in data
    assert stat.S_IMODE(os.stat(tmp_path / FILE_NAME).st_mode) == 0o600
    got = [(r.placeholder, r.value, r.time) for r in v.reveal(CONV)]
    assert got == [("[EMAIL_1]", EMAIL, 1.0), ("[EMAIL_2]", EMAIL2, 2.0)]
    assert [r.value for r in v.reveal(CONV, "[EMAIL_2]")] == [EMAIL2]


def test_wrong_key_or_moved_record_does_not_open(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY)
    v.append([v.seal(CONV, "[EMAIL_1]", EMAIL)])
    other = Vault(tmp_path, "another-key-" + "w" * 20)
    assert other.reveal(CONV) == [] and other.foreign_records() == 1 and v.foreign_records() == 0
    # the same ciphertext relabelled as another placeholder: the associated data no longer matches
    rec = orjson.loads((tmp_path / FILE_NAME).read_bytes())
    rec["p"] = "[EMAIL_9]"
    (tmp_path / FILE_NAME).write_bytes(orjson.dumps(rec) + b"\n")
    [r] = v.reveal(CONV)
    assert r.error and r.value == ""


def test_records_past_the_bound_are_refused_not_rotated(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY, max_bytes=600)
    lines = [v.seal(CONV, f"[EMAIL_{i}]", f"user{i}@example.com") for i in range(1, 6)]
    written, refused = v.append(lines)
    assert written >= 1 and refused >= 1 and written + refused == 5
    assert len(v.reveal(CONV)) == written


def test_erase_removes_one_conversation_only(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY)
    v.append([v.seal(CONV, "[EMAIL_1]", EMAIL), v.seal("other", "[EMAIL_1]", EMAIL2)])
    assert v.erase(CONV) == 1
    assert v.reveal(CONV) == [] and [r.value for r in v.reveal("other")] == [EMAIL2]


def test_short_key_is_refused() -> None:
    with pytest.raises(VaultError, match="at least 16 bytes"):
        Vault("/nonexistent", "short")


# -- the redact processor ---------------------------------------------------------------------------------------


def _processor(tmp_path: Path, **config: object) -> tuple[RedactProcessor, Host]:
    host = Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test"))
    return RedactProcessor(RedactConfig(vault_dir="vault", vault_key=KEY, **config), host), host  # type: ignore[arg-type]


def test_redact_vaults_each_placeholder_once_and_never_secrets_or_card_data(tmp_path: Path) -> None:
    proc, host = _processor(tmp_path)
    text = f"Mail {EMAIL} with key {AWS} and card {PAN}"
    first = span_batch({"gen_ai.conversation.id": CONV, "gen_ai.prompt.0.content": text})
    it = first.interactions[0]
    add(first, find(it, EMAIL, "EMAIL"), find(it, AWS, "AWS_ACCESS_KEY", category="secret"),
        find(it, PAN, "CREDIT_CARD", category="payment"))
    proc.process(first)
    assert attr(_span(first), "gen_ai.prompt.0.content") == (
        "Mail [EMAIL_1] with key [AWS_ACCESS_KEY_1] and card [CREDIT_CARD_1]")
    again = span_batch({"gen_ai.conversation.id": CONV, "gen_ai.prompt.0.content": f"Again {EMAIL}, {EMAIL2}"})
    add(again, find(again.interactions[0], EMAIL, "EMAIL"), find(again.interactions[0], EMAIL2, "EMAIL"))
    proc.process(again)
    vault = Vault(tmp_path / "vault", KEY)
    assert [(r.placeholder, r.value) for r in vault.reveal(CONV)] == [("[EMAIL_1]", EMAIL), ("[EMAIL_2]", EMAIL2)]
    stored = (tmp_path / "vault" / FILE_NAME).read_bytes()
    for raw in (EMAIL, EMAIL2, AWS, PAN, PAN.replace(" ", "")):
        assert raw.encode() not in stored
        assert raw.encode() not in wire_of(first) + wire_of(again)
    counter = host.telemetry.counter("processor_redact_vault_records_total", "", ["processor", "result"])
    assert counter.get("redact", "written") == 2


def test_card_data_is_vaulted_only_with_allow_card_data(tmp_path: Path) -> None:
    proc, _ = _processor(tmp_path, allow_card_data=True, vault_categories=("pii", "payment"))
    batch = span_batch({"gen_ai.conversation.id": CONV, "gen_ai.prompt.0.content": f"card {PAN}"})
    add(batch, find(batch.interactions[0], PAN, "CREDIT_CARD", category="payment"))
    proc.process(batch)
    assert [r.value for r in Vault(tmp_path / "vault", KEY).reveal(CONV)] == [PAN]


@pytest.mark.parametrize("config, problem", [
    ({"vault_dir": "v"}, "vault_key must be at least 16 bytes"),
    ({"vault_dir": "v", "vault_key": KEY, "mode": "hash_only", "hash_key": KEY}, "only mode redact gives"),
    ({"vault_dir": "v", "vault_key": KEY, "vault_max_bytes": 10}, "vault_max_bytes must be >= 4KiB"),
])
def test_vault_config_problems_name_the_key_and_the_fix(config: dict[str, object], problem: str) -> None:
    assert any(problem in p for p in RedactConfig(**config).validate())  # type: ignore[arg-type]


# -- the command ------------------------------------------------------------------------------------------------


def test_cli_reveals_with_the_key_from_the_environment_and_erases(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    v = Vault(tmp_path, KEY)
    v.append([v.seal(CONV, "[EMAIL_1]", EMAIL)])
    monkeypatch.setenv("SPANWATCH_VAULT_KEY", KEY)
    assert main(["vault", "reveal", str(tmp_path), "--conversation", CONV, "--json"]) == 0
    row = orjson.loads(capsys.readouterr().out)
    assert (row["placeholder"], row["value"]) == ("[EMAIL_1]", EMAIL)
    monkeypatch.setenv("SPANWATCH_VAULT_KEY", "wrong-key-" + "x" * 20)
    assert main(["vault", "reveal", str(tmp_path), "--conversation", CONV]) == 1
    assert "1 record(s) written under another key" in capsys.readouterr().err
    monkeypatch.delenv("SPANWATCH_VAULT_KEY")
    assert main(["vault", "reveal", str(tmp_path), "--conversation", CONV]) == 2
    assert "SPANWATCH_VAULT_KEY" in capsys.readouterr().err
    monkeypatch.setenv("SPANWATCH_VAULT_KEY", KEY)
    assert main(["vault", "erase", str(tmp_path), "--conversation", CONV]) == 0
    assert "erased 1 record(s)" in capsys.readouterr().out
    assert main(["vault", "reveal", str(tmp_path), "--conversation", CONV]) == 0
