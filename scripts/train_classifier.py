"""Train the offline injection/jailbreak classifier (``processors/injection_model.npz``).

Data: only the development corpora in ``shared/eval`` (``prompts.jsonl`` and ``indirect.jsonl``, see their
README for sources and licences); nothing is downloaded.

    python scripts/train_classifier.py ../shared/eval \
        --out processors/injection_model.npz            # train on everything, write the model
    python scripts/train_classifier.py ../shared/eval --loso   # leave-one-source-out report

Two heads share the hashed byte 3–5-gram features (see ``spanwatch.processors.classifier``):

* ``prompt``: injection + jailbreak vs benign over ``prompts.jsonl`` plus the indirect injections (an
  instruction is an instruction wherever it sits);
* ``document``: indirect injection vs clean context over ``indirect.jsonl``, plus the benign prompts as extra
  negatives, so ordinary requests do not look like attacks to it.

The optimiser is full-batch Adam on the L2-regularised, class-balanced logistic loss, written with numpy
(sparse rows as index arrays + ``np.bincount``), fixed seed, so two runs write byte-identical weights.
``--loso`` trains one model per held-out source (``owner/repo``; for BIPIA ``owner/repo/domain``) and reports
how the held-out rows score at the threshold that gives 1 % FPR on the training folds' benign rows: the
generalisation number, as opposed to the in-sample one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from spanwatch.processors.classifier import LinearNgramModel, ngram_rows, text_bytes

BITS = 18
NGRAM_MIN, NGRAM_MAX = 3, 5
WINDOW = 384
SEED = 1337
L2 = 2e-5
EPOCHS = 200


@dataclass(slots=True)
class Row:
    text: str
    label: str       # injection | jailbreak | benign
    source: str      # grouping key for leave-one-source-out
    category: str
    file: str        # prompts | indirect


def load_rows(eval_dir: Path) -> list[Row]:
    rows: list[Row] = []
    for line in (eval_dir / "prompts.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        rows.append(Row(r["text"], r["label"], source_group(r["source"], r["category"]), r["category"], "prompts"))
    for line in (eval_dir / "indirect.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        rows.append(Row(r["context"], r["label"], source_group(r["source"], r["category"]), r["category"],
                        "indirect"))
    return rows


def source_group(source: str, category: str) -> str:
    repo = source.split(":", 1)[0]
    if repo == "microsoft/BIPIA":
        # BIPIA's three domains are different kinds of text (email, code, tables): hold each out separately.
        return f"{repo}/{source.split('benchmark/', 1)[1].split('/', 1)[0]}"
    if repo == "meta-llama/PurpleLlama" and "mitre_frr" in source:
        return f"{repo}/mitre_frr"
    if repo == "meta-llama/PurpleLlama":
        return f"{repo}/prompt_injection"
    return repo


@dataclass(slots=True)
class Sparse:
    """Rows as flat (doc, column, value) triplets: enough for bincount-based products."""

    doc: npt.NDArray[np.intp]
    col: npt.NDArray[np.intp]
    val: npt.NDArray[np.float32]
    n_docs: int


def featurize(texts: Iterable[str]) -> Sparse:
    docs, cols, vals = [], [], []
    n = 0
    for i, text in enumerate(texts):
        data = text_bytes(text)
        parts = ngram_rows(data, BITS, NGRAM_MIN, NGRAM_MAX)
        c = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.intp)
        # Same as inference: distinct n-grams (presence), each 1/sqrt(number of distinct n-grams).
        vals.append(np.full(len(c), 1.0 / np.sqrt(max(len(c), 1)), dtype=np.float32))
        cols.append(c)
        docs.append(np.full(len(c), i, dtype=np.intp))
        n = i + 1
    return Sparse(np.concatenate(docs), np.concatenate(cols), np.concatenate(vals), n)


def subset(x: Sparse, keep: npt.NDArray[np.bool_]) -> Sparse:
    new_index = np.cumsum(keep) - 1
    mask = keep[x.doc]
    return Sparse(new_index[x.doc[mask]].astype(np.intp), x.col[mask], x.val[mask], int(keep.sum()))


def margins(x: Sparse, w: npt.NDArray[np.float64], b: float) -> npt.NDArray[np.float64]:
    return np.bincount(x.doc, weights=w[x.col] * x.val, minlength=x.n_docs) + b


def train_logistic(x: Sparse, y: npt.NDArray[np.float64], *, l2: float = L2, epochs: int = EPOCHS,
                   lr: float = 0.05) -> tuple[npt.NDArray[np.float64], float]:
    """Class-balanced L2 logistic regression, full-batch Adam (deterministic: no sampling)."""
    dim = 1 << BITS
    w = np.zeros(dim)
    b = 0.0
    pos = max(float(y.sum()), 1.0)
    neg = max(float(len(y) - y.sum()), 1.0)
    sw = np.where(y > 0, 0.5 / pos, 0.5 / neg)
    m_w, v_w = np.zeros(dim), np.zeros(dim)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = margins(x, w, b)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = sw * (p - y)
        gw = np.bincount(x.col, weights=g[x.doc] * x.val, minlength=dim) + l2 * w
        gb = float(g.sum())
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        w -= lr * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + eps)
        b -= lr * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + eps)
    return w, b


def is_table_row(line: str) -> bool:
    return line.startswith("|") and line.count("|") >= 3


def head_units(rows: list[Row], head: str) -> list[tuple[str, float, int]]:
    """Training units of a head: (text, target, index of the row it came from).

    ``prompt`` trains on whole texts. ``document`` trains on *lines*, because at run time it scores a document by
    its most suspicious line: lines of clean contexts are negatives; in an injected BIPIA context the lines that
    occur in no clean context and are not table rows are the injection (kept as positives when there are at
    most three of them — otherwise the context is mostly unseen prose and the labels would be noise); the
    PurpleLlama indirect contexts and the attack prompts are positives as a whole.
    """
    units: list[tuple[str, float, int]] = []
    if head == "prompt":
        for i, r in enumerate(rows):
            if r.file == "prompts" or r.label != "benign":
                units.append((r.text, 0.0 if r.label == "benign" else 1.0, i))
        return units
    clean_lines = {ln.strip() for r in rows if r.file == "indirect" and r.label == "benign"
                   for ln in r.text.split("\n")}
    for i, r in enumerate(rows):
        if r.file == "prompts":
            if r.label != "benign":
                units.append((r.text, 1.0, i))
            continue
        lines = [ln.strip() for ln in r.text.split("\n") if len(ln.strip()) >= 12]
        if r.label == "benign":
            units.extend((ln, 0.0, i) for ln in lines)
        elif not r.category.startswith(("bipia", "override")):
            units.append((r.text, 1.0, i))
        else:
            cand = [ln for ln in lines if ln not in clean_lines and not is_table_row(ln)]
            if 0 < len(cand) <= 3:
                units.extend((ln, 1.0, i) for ln in cand)
    return units


HEADS = ("prompt", "document")


def fit(rows: list[Row], train_mask: npt.NDArray[np.bool_],
        feats: dict[str, tuple[Sparse, npt.NDArray[np.float64], npt.NDArray[np.intp]]]) -> LinearNgramModel:
    weights = np.zeros((1 << BITS, len(HEADS)), dtype=np.float32)
    bias = np.zeros(len(HEADS), dtype=np.float32)
    for h, head in enumerate(HEADS):
        x, y, origin = feats[head]
        keep = train_mask[origin]
        w, b = train_logistic(subset(x, keep), y[keep])
        weights[:, h] = w
        bias[h] = b
    return LinearNgramModel(weights, bias, HEADS, bits=BITS, ngram_min=NGRAM_MIN, ngram_max=NGRAM_MAX,
                            window=WINDOW)


def features(rows: list[Row]) -> dict[str, tuple[Sparse, npt.NDArray[np.float64], npt.NDArray[np.intp]]]:
    out = {}
    for head in HEADS:
        units = head_units(rows, head)
        out[head] = (featurize(u[0] for u in units), np.array([u[1] for u in units]),
                     np.array([u[2] for u in units], dtype=np.intp))
    return out


def threshold_at_fpr(benign_scores: npt.NDArray[np.float64], fpr: float) -> float:
    """Smallest threshold with at most ``fpr`` of the benign scores strictly above it."""
    if len(benign_scores) == 0:
        return 0.0
    s = np.sort(benign_scores)[::-1]
    k = int(np.floor(fpr * len(s)))
    return float(s[k]) if k < len(s) else float(s[-1])


def loso(rows: list[Row], feats: dict[str, tuple[Sparse, npt.NDArray[np.float64], npt.NDArray[np.intp]]],
         oof_out: Path | None = None) -> None:
    """Leave-one-source-out report; with ``oof_out`` also writes each row's held-out logits (JSON lines), which
    ``scripts/fit_calibration.py`` uses so the calibration sees scores like those of unseen data."""
    groups = sorted({r.source for r in rows})
    oof: dict[int, dict[str, float]] = {}
    print(f"{'held-out source':58} {'n':>5} {'attack':>6} {'recall@1%':>9} {'fpr':>6}")
    for g in groups:
        test = np.array([r.source == g for r in rows])
        model = fit(rows, ~test, feats)
        scores = np.array([score_row(model, r) for r in rows])
        train_benign_p = np.array([(not test[i]) and r.label == "benign" and r.file == "prompts"
                                   for i, r in enumerate(rows)])
        train_benign_d = np.array([(not test[i]) and r.label == "benign" and r.file == "indirect"
                                   for i, r in enumerate(rows)])
        thr_p = threshold_at_fpr(scores[train_benign_p], 0.01)
        thr_d = threshold_at_fpr(scores[train_benign_d], 0.02) if train_benign_d.any() else thr_p
        idx = np.flatnonzero(test)
        for i in idx:
            sc = model.score(rows[i].text)
            oof[int(i)] = {"prompt": sc.logit("prompt"), "prompt_seg": sc.window_logit("prompt"),
                           "document": sc.logit("document"), "document_seg": sc.window_logit("document")}
        flagged = np.array([scores[i] > (thr_p if rows[i].file == "prompts" else thr_d) for i in idx])
        attack = np.array([rows[i].label != "benign" for i in idx])
        rec = flagged[attack].mean() if attack.any() else float("nan")
        fpr = flagged[~attack].mean() if (~attack).any() else float("nan")
        print(f"{g[:58]:58} {len(idx):5d} {int(attack.sum()):6d} {rec:9.3f} {fpr:6.3f}", flush=True)
    if oof_out is not None:
        with oof_out.open("w", encoding="utf-8") as fh:
            for i in sorted(oof):
                fh.write(json.dumps({"row": i, "file": rows[i].file, **oof[i]}) + "\n")


def kfold(rows: list[Row], feats: dict[str, tuple[Sparse, npt.NDArray[np.float64], npt.NDArray[np.intp]]],
          k: int, oof_out: Path) -> None:
    """Random k-fold held-out logits (seeded): how the classifier does on unseen texts of *known* sources,
    the optimistic counterpart of :func:`loso`."""
    rng = np.random.default_rng(SEED)
    fold = rng.integers(0, k, size=len(rows))
    with oof_out.open("w", encoding="utf-8") as fh:
        for f in range(k):
            test = fold == f
            model = fit(rows, ~test, feats)
            for i in np.flatnonzero(test):
                sc = model.score(rows[i].text)
                fh.write(json.dumps({"row": int(i), "file": rows[i].file, "prompt": sc.logit("prompt"),
                                     "prompt_seg": sc.window_logit("prompt"), "document": sc.logit("document"),
                                     "document_seg": sc.window_logit("document")}) + "\n")
            print(f"fold {f + 1}/{k} done", file=sys.stderr, flush=True)


def score_row(model: LinearNgramModel, row: Row) -> float:
    s = model.score(row.text)
    return s.logit("prompt") if row.file == "prompts" else s.window_logit("document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", type=Path, help="directory holding prompts.jsonl and indirect.jsonl")
    ap.add_argument("--out", type=Path, help="write the model here (npz)")
    ap.add_argument("--loso", action="store_true", help="leave-one-source-out report instead of training")
    ap.add_argument("--oof-out", type=Path, help="with --loso or --kfold: write held-out logits per row here")
    ap.add_argument("--kfold", type=int, default=0, help="random k-fold held-out logits to --oof-out instead")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    rows = load_rows(args.eval_dir)
    feats = features(rows)
    if args.kfold:
        if args.oof_out is None:
            ap.error("--kfold needs --oof-out")
        kfold(rows, feats, args.kfold, args.oof_out)
        return 0
    if args.loso:
        loso(rows, feats, args.oof_out)
        return 0
    model = fit(rows, np.ones(len(rows), dtype=bool), feats)
    if args.out:
        model.save(str(args.out))
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
