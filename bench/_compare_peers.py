"""Peers for bench_compare.py, run in the separate environment made by bench/setup_compare.sh.

    <compare-venv>/bin/python bench/_compare_peers.py pii.jsonl peers.json

Writes JSON to peers.json: for each peer, CPU seconds for the whole corpus and its predictions per record.
(LLM Guard logs to stdout, so the results go to a file.)
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import types
from typing import Any


def presidio(texts: list[str]) -> dict[str, Any]:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # No spaCy model is on PyPI (only third-party re-uploads): a blank English pipeline gives Presidio tokens
    # for its context words, and its pattern recognizers run as usual; NER entities (PERSON, LOCATION, most
    # DATE_TIME) are therefore absent.
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.nlp = {"en": spacy.blank("en")}
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    engine.analyze("warm up 555-123-4567", language="en")
    preds = []
    t0 = time.process_time()
    for t in texts:
        preds.append([(r.entity_type, r.start, r.end, r.score) for r in engine.analyze(t, language="en")])
    return {"cpu_s": time.process_time() - t0, "preds": preds}


def llm_guard_secrets(texts: list[str]) -> dict[str, Any]:
    # Importing llm_guard.input_scanners runs its __init__, which imports every scanner (torch, transformers);
    # the Secrets scanner needs none of that, so its package is entered without running the __init__.
    import importlib.util

    spec = importlib.util.find_spec("llm_guard")
    assert spec is not None and spec.submodule_search_locations
    root = next(iter(spec.submodule_search_locations))
    for name, path in (("llm_guard", root), ("llm_guard.input_scanners", os.path.join(root, "input_scanners"))):
        stub = types.ModuleType(name)
        stub.__path__ = [path]
        sys.modules[name] = stub
    from llm_guard.input_scanners.secrets import Secrets

    logging.disable(logging.CRITICAL)
    scanner = Secrets(redact_mode="all")
    scanner.scan("warm up")
    flags = []
    t0 = time.process_time()
    for t in texts:
        _, valid, _ = scanner.scan(t)
        flags.append(not valid)
    return {"cpu_s": time.process_time() - t0, "flags": flags}


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    texts = [r["text"] for r in rows]
    out = {"presidio": presidio(texts), "llm_guard_secrets": llm_guard_secrets(texts)}
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(out, fh)


if __name__ == "__main__":
    main()
