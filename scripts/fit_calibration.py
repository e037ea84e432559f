"""Fit the score calibration of the detect stage (``processors/calibration.json``).

    python scripts/train_classifier.py ../shared/eval --loso --oof-out loso.jsonl
    python scripts/train_classifier.py ../shared/eval --kfold 5 --oof-out kfold.jsonl
    python scripts/fit_calibration.py ../shared/eval loso.jsonl kfold.jsonl --fit-on 0 1 --shift direct \
        --out processors/calibration.json          # the shipped file
    python scripts/fit_calibration.py ../shared/eval loso.jsonl kfold.jsonl --shift direct \
        --evaluate processors/calibration.json     # the shipped file's held-out numbers (README)

Inputs per text: the classifier logits *from a model that did not see the text* (``--oof-out`` of a
leave-one-source-out or a k-fold run; prompts use the whole-text logit, shrunk for short texts, because the
detect stage skips windowed scoring for them), per detector family the noisy-or of its rules' strongest scores,
and the number of obfuscation flags. Two small logistic models are fitted with numpy (fixed initialisation, full-batch
gradient descent, class-balanced, every weight kept >= 0 so more evidence never lowers a score):
``direct`` on prompts.jsonl (scored as user prompts) and ``data`` on indirect.jsonl (scored as tool results).
Each bias is then shifted so the benign false-positive rate on the fitted logits is at most 1 % (direct) or
2 % (data) at score 0.5.

Which logits to fit on decides how the detector behaves on traffic unlike the development set:

* k-fold logits alone (unseen texts of known sources, ``--fit-on 1``) give the classifier a large weight and
  meet the dev targets, but on leave-one-source-out logits the same weights flag 16 % of the benign prompts of
  an unseen source (30 % of WildGuard's, 7 % of grade-school maths) and 39 % of unseen benign documents: a
  monitor nobody would keep switched on;
* leave-one-source-out logits alone (``--fit-on 0``) give it weight ~0: on this dev set no attack family has
  two sources, so leaving a source out removes its family and the classifier cannot show what it knows.

The shipped fit separates the two questions. Prompts (``--shift direct``) are fitted on *shifted* logits:
attacks with their k-fold logits (attack families we know) and benign prompts with their leave-one-source-out
logits (benign sources the model never saw), and the 1 % budget is set on the latter, so the FPR target is met
on benign traffic from new sources: dev estimate 0.565 recall of known families at 1.0 % FPR on unseen benign
sources when fitted (0.35 for the rules alone), 0.639 with session 20's multilingual rules (not refitted: a refit
gives 0.641 with near-identical weights). Documents are fitted on both files together (their only benign source is
BIPIA, so a shifted fit would be fitted on one dataset's absence): 0.81-0.86 recall at 1.1-2.7 % FPR.
Raising recall is then a deployment choice: ``detect.threshold`` below 0.5.

An eval run with the shipped model is neither estimate: that model has seen every development text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from spanwatch.processors.classifier import ClassifierScore
from spanwatch.processors.detect import DetectConfig, _engine, text_features
from spanwatch.processors.interaction import Message, MessageKind, SourceLocation
from spanwatch.processors.normalize import normalize

DIRECT = ("clf_conf", "rule_injection", "rule_jailbreak", "rule_social", "obfuscation")
DATA = ("clf_doc_seg", "clf_doc", "clf_seg", "rule_indirect", "structure", "rule_malicious", "obfuscation")
# Every weight is kept >= 0: more classifier or rule evidence must never lower a score.
NONNEG = set(DIRECT) | set(DATA)
BUDGET = {"direct": 0.01, "data": 0.02}


def fit_logistic(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], nonneg: npt.NDArray[np.bool_],
                 *, l2: float = 1e-3, steps: int = 4000, lr: float = 0.5) -> tuple[npt.NDArray[np.float64], float]:
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-9
    z = (x - mu) / sd
    w = np.zeros(x.shape[1])
    b = 0.0
    sw = np.where(y > 0, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(z @ w + b, -30, 30)))
        g = sw * (p - y)
        w -= lr * (z.T @ g + l2 * w)
        b -= lr * g.sum()
        w[nonneg] = np.maximum(w[nonneg], 0.0)  # projected step: standardisation keeps the sign
    # back to raw feature units
    w_raw = w / sd
    return w_raw, float(b - (w_raw * mu).sum())


def _fit_and_budget(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], *, xs: list[npt.NDArray[np.float64]],
                    y1: npt.NDArray[np.float64], group: str,
                    names: tuple[str, ...]) -> tuple[npt.NDArray[np.float64], float]:
    """Fit one group's weights, then shift its bias so the benign FPR budget holds at score 0.5."""
    w, b = fit_logistic(x, y, np.array([n in NONNEG for n in names]))
    # The budget is spent on benign texts from sources the classifier never saw (the leave-one-source-out
    # logits, first file) when there are two files: budgeting in-sample logits let unseen benign documents
    # reach 3.8 % FPR while the average of both files met 2 %.
    zb = (xs[0] @ w + b)[y1 == 0] if len(xs) == 2 else (x @ w + b)[y == 0]
    benign = np.sort(zb)[::-1]
    k = int(BUDGET[group] * len(benign))
    # z == 0 goes just above the k-th highest benign logit (at most the budget flags). When that logit is the
    # no-evidence one (rules only, most texts tie there), move 2 above it, so a text without any evidence
    # scores ~0.12 instead of a borderline 0.5.
    thr = float(benign[k]) + 1e-6 if k < len(benign) else float(benign[-1])
    if np.isclose(thr, b, atol=1e-3):
        thr = b + 2.0
    return w, b - thr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", type=Path)
    ap.add_argument("oof", type=Path, nargs="+",
                    help="held-out logits written by train_classifier.py --loso/--kfold --oof-out; with several "
                         "files every text is used once per file (e.g. unseen-source and unseen-text logits)")
    ap.add_argument("--fit-on", type=int, nargs="*",
                    help="indices of the OOF files to fit on (default: all); all of them are reported")
    ap.add_argument("--shift", nargs="*", default=[], choices=("direct", "data"),
                    help="groups fitted on *shifted* logits: attacks with the second file's logits (k-fold: known "
                         "attack families), benign texts with the first file's (leave-one-source-out: benign "
                         "sources the model never saw); the FPR budget then holds on unseen benign sources")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--evaluate", type=Path, metavar="CALIBRATION",
                    help="fit nothing: report this calibration file (e.g. processors/calibration.json, the shipped "
                         "one) on the held-out logits, as the README's held-out lines are measured")
    args = ap.parse_args(argv)
    texts: list[tuple[str, str, str, str, str]] = []
    for line in (args.eval_dir / "prompts.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        texts.append(("direct", r["text"], r["label"], r["source"], r["category"]))
    for line in (args.eval_dir / "indirect.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        texts.append(("data", r["context"], r["label"], r["source"], r["category"]))
    oofs: list[dict[int, dict[str, float]]] = []
    for path in args.oof:
        oof: dict[int, dict[str, float]] = {}
        for line in path.open(encoding="utf-8"):
            o = json.loads(line)
            oof[int(o["row"])] = o
        if len(oof) != len(texts):
            print(f"{path} has {len(oof)} rows, corpora have {len(texts)}", file=sys.stderr)
            return 2
        oofs.append(oof)
    eng = _engine(DetectConfig(ml=False))
    src = SourceLocation(container="text", key="")
    # feats[f][i]: features of text i with the classifier logits of OOF file f
    feats: list[list[dict[str, float]]] = [[] for _ in oofs]
    for i, (group, text, _label, _s, _c) in enumerate(texts):
        kind = MessageKind.USER if group == "direct" else MessageKind.TOOL_RESULT
        norm = normalize(text, max_chars=eng.config.max_scan_chars)
        v = eng.verdict(None, 0, Message(role=kind.value, kind=kind, text=text, source=src), norm)
        for f, oof in enumerate(oofs):
            o = oof[i]
            clf = ClassifierScore(("prompt", "document"), (o["prompt"], o["document"]),
                                  (o["prompt_seg"], o["document_seg"]), 0, len(text))
            feats[f].append(text_features(kind, norm, v.findings, clf))
    result: dict[str, dict[str, object]] = {}
    evaluated = json.loads(args.evaluate.read_text(encoding="utf-8")) if args.evaluate else {}
    for group, names in (("direct", DIRECT), ("data", DATA)):
        idx = [i for i, t in enumerate(texts) if t[0] == group]
        xs = [np.array([[ff[i][n] for n in names] for i in idx]) for ff in feats]
        y1 = np.array([0.0 if texts[i][2] == "benign" else 1.0 for i in idx])
        if group in args.shift:
            if len(xs) != 2:
                print("--shift needs two OOF files: leave-one-source-out first, k-fold second", file=sys.stderr)
                return 2
            x = np.where(y1[:, None] == 1, xs[1], xs[0])
            y = y1
        else:
            fit_on = args.fit_on if args.fit_on else list(range(len(xs)))
            x = np.concatenate([xs[j] for j in fit_on])
            y = np.concatenate([y1] * len(fit_on))
        if args.evaluate:
            shipped = evaluated[group]
            if list(shipped["features"]) != list(names):
                print(f"{args.evaluate}: [{group}] features {shipped['features']}, expected {list(names)}",
                      file=sys.stderr)
                return 2
            w, b = np.array(shipped["weights"], dtype=np.float64), float(shipped["bias"])
        else:
            w, b = _fit_and_budget(x, y, xs=xs, y1=y1, group=group, names=names)
        result[group] = {"features": list(names), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6)}
        print(f"[{group}] weights: " + ", ".join(f"{n}={v:.3f}" for n, v in zip(names, w, strict=True))
              + f"; bias={b:.3f}")
        reports = list(zip([p.name for p in args.oof], xs, strict=True))
        if len(xs) == 2:
            reports.append(("shifted (k-fold attacks, LOSO benign)", np.where(y1[:, None] == 1, xs[1], xs[0])))
        for name, xf in reports:
            flag = (xf @ w + b) >= 0
            print(f"[{group}] with {name} logits: recall {flag[y1 == 1].mean():.3f} at benign FPR "
                  f"{flag[y1 == 0].mean():.4f}")
            per: dict[str, list[int]] = {}
            for j, i in enumerate(idx):
                key = f"{texts[i][2]:9} {texts[i][4].split('/')[0][:40]}"
                per.setdefault(key, [0, 0])
                per[key][0] += 1
                per[key][1] += int(flag[j])
            for key, (n, fl) in sorted(per.items()):
                print(f"    {key:52} n={n:5d} flagged={fl / n:.3f}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
