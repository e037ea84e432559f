"""Train the offline injection/jailbreak classifier (``processors/injection_model.npz``).

Training command and data
-------------------------

Data: only the development corpora in ``shared/eval`` (``prompts.jsonl``: 6,550 prompts, 984 injection, 766
jailbreak, 4,800 benign; ``indirect.jsonl``: 1,022 tool/retrieval contexts, 650 injected, 372 clean; see that
directory's README for sources and licences). Nothing is downloaded and no other data is used.

    python scripts/train_classifier.py ../shared/eval --out processors/injection_model.npz   # the shipped model
    python scripts/train_classifier.py ../shared/eval --loso --oof-out loso.jsonl    # leave-one-source-out report
    python scripts/train_classifier.py ../shared/eval --kfold 5 --oof-out kfold.jsonl  # unseen-text logits
    python scripts/fit_calibration.py ../shared/eval loso.jsonl kfold.jsonl --fit-on 0 1 --shift direct \
        --out processors/calibration.json

Runs are deterministic (fixed seed, full-batch optimiser): two runs write the same weights.

Model
-----

Two heads share hashed byte 3–5-gram presence features of the prepared text (lower case, digits folded to ``0``,
space runs squeezed; see ``spanwatch.processors.classifier``):

* ``prompt``: injection + jailbreak vs benign over ``prompts.jsonl`` plus the indirect injections (an
  instruction is an instruction wherever it sits);
* ``document``: indirect injection vs clean context over ``indirect.jsonl``, trained on lines (see
  :func:`head_units`), plus the attack prompts as extra positives.

What keeps it from memorising its sources (the project is scored on sources the dev set does not have):

* only n-grams that occur in at least ``MIN_SOURCES`` different sources are features; a string that only one or
  two repositories use (a dataset's boilerplate, a template's name) gets no weight at all;
* every source weighs about the same within its class (row weight ~ 1/sqrt(rows of its source), classes
  balanced), so the big single-style sources (grade-school math, machine-translated PurpleLlama) cannot define
  "benign" or "attack" on their own;
* L2 regularisation, and presence (not counts) normalised by the number of distinct n-grams;
* an attack unit counts only in a language the head has at least ``MIN_BENIGN_PER_LANGUAGE`` benign units of
  (:func:`language`: English and, through NotInject's Chinese rows, CJK). The dev set's other languages are
  almost all attacks (PurpleLlama's machine translations: ~430 Latin-script attack prompts against 9 benign), so
  a model trained on them learns the language, not the attack: it flagged 14 of 20 ordinary longer Spanish,
  Italian, German, French and Portuguese requests written for this check, while the English originals of the
  same translated attacks ("overload_with_information") stayed below the 1 % threshold. Attacks in other
  languages are left to the rules, which read overrides in 19 languages.

The optimiser is full-batch Adam on the weighted logistic loss, written with numpy (sparse rows as index arrays
+ ``np.bincount``). ``--loso`` trains one model per held-out source (``owner/repo``; PurpleLlama's two datasets
and BIPIA's three domains separately), scores only that source's rows with it and reports, per source and
pooled, how the held-out rows do at the threshold giving 1 % FPR on the *pooled held-out* benign prompts: the
generalisation number, as opposed to an in-sample one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from spanwatch.processors.classifier import LinearNgramModel, fold_text, ngram_rows

BITS = 18
NGRAM_MIN, NGRAM_MAX = 3, 5
WINDOW = 384
SEED = 1337
L2 = 1e-4
EPOCHS = 200
# An n-gram is a feature only if it occurs in at least this many training sources (of ~15).
MIN_SOURCES = 3
# Row weight within its class ~ (rows of its source) ** -SOURCE_POWER: 0 = every row equal, 1 = every source equal.
SOURCE_POWER = 0.5
HEADS = ("prompt", "document")
# An attack unit is trained on only in a language with at least this many benign units in its head.
MIN_BENIGN_PER_LANGUAGE = 20
LANGUAGE_FILTERED_HEADS = ("prompt",)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]


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


def is_table_row(line: str) -> bool:
    return line.startswith("|") and line.count("|") >= 3


# Function words of the Latin-script languages in the dev set (two letters or more: "a", "i", "o" are words in
# several of them). A text's tag is its script, or for Latin script the language with the most of its words here.
_FUNCTION_WORDS = {
    "en": "the an and or of to in is are you your my me we what how can could would should do does please for "
          "with this that it on be not have",
    "es": "el la los las de que en un una es por para con no se del al lo como más pero sus le ya este sí porque "
          "esta entre cuando muy sin sobre también me hasta hay donde desde todo nos todos qué yo otro él ella mi "
          "tu",
    "pt": "de o que do da em um para é com não uma os no se na por mais as dos como mas ao ele das tem à seu sua "
          "ou ser quando muito há já está eu também só pelo pela até isso ela entre sem você meu minha",
    "fr": "le la les de des du un une et est en que qui dans pour pas sur au avec ce il elle je vous nous on ne se "
          "sont mais ou plus par son sa ses leur comme tout mon ma mes votre vos cette aux été être",
    "it": "il lo la gli le di del della dei che è un una per con non in da al alla come ma più sono ho hai mi ti "
          "ci si questo questa anche se perché molto cosa nel nella mio mia suo sua",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem es ich du sie wir ihr auch "
          "als an nach wie aber bei oder aus wenn nur noch kann mein meine dein bitte über",
    "nl": "de het een en van ik te dat die in is niet op aan met voor zijn er maar om ook als bij of uit nog wel "
          "naar kan je mijn hoe wat",
    "pl": "na do się że nie to jest jak co ale po tak za od jego czy przez może być mnie są dla jestem mój moja",
    "tr": "ve bir bu da de için ile ne çok daha gibi ben sen mi mı mu mü var yok ama değil olarak kadar sonra "
          "nasıl",
    "vi": "và của là có không được trong cho một những các với này người tôi bạn đã để khi",
    "id": "dan yang di ke dari ini itu untuk dengan tidak ada saya anda apa bisa akan juga",
}
_WORD_SETS = {tag: frozenset(words.split()) for tag, words in _FUNCTION_WORDS.items()}
_SCRIPTS = ((0x0250, "latin"), (0x0370, "other"), (0x0400, "greek"), (0x0530, "cyrillic"), (0x0590, "other"),
            (0x0600, "hebrew"), (0x0700, "arabic"), (0x0900, "other"), (0x0980, "devanagari"), (0x0E00, "other"),
            (0x0E80, "thai"), (0x1E00, "other"), (0x1F00, "latin"), (0x3040, "other"), (0x3100, "cjk"),
            (0x4E00, "other"), (0xA000, "cjk"), (0xAC00, "other"), (0xD7B0, "hangul"))


def language(text: str) -> str:
    """A rough language tag: the dominant script of the first 400 letters, and for Latin script the language
    whose function words the text uses most (English on a tie or when none is found)."""
    counts: dict[str, int] = {}
    for ch in [c for c in text[:2000] if c.isalpha()][:400]:
        code = ord(ch)
        script = next((name for bound, name in _SCRIPTS if code < bound), "other")
        counts[script] = counts.get(script, 0) + 1
    if counts and max(counts, key=lambda k: counts[k]) != "latin":
        return max(counts, key=lambda k: counts[k])
    words = [w for w in re.findall(r"[^\W\d_]+", text[:2000].lower()) if len(w) >= 2]
    best, hits = "en", sum(w in _WORD_SETS["en"] for w in words)
    for tag, vocab in _WORD_SETS.items():
        n = sum(w in vocab for w in words)
        if n > hits:
            best, hits = tag, n
    return best


def head_units(rows: list[Row], head: str) -> list[tuple[str, float, int]]:
    """A head's training units (:func:`all_head_units`) without the attack units of languages it has fewer than
    ``MIN_BENIGN_PER_LANGUAGE`` benign units of."""
    units = all_head_units(rows, head)
    if head not in LANGUAGE_FILTERED_HEADS:
        return units
    tags = [language(text) for text, _y, _o in units]
    benign = Counter(tag for tag, unit in zip(tags, units, strict=True) if unit[1] == 0.0)
    return [unit for tag, unit in zip(tags, units, strict=True)
            if unit[1] == 0.0 or benign[tag] >= MIN_BENIGN_PER_LANGUAGE]


def all_head_units(rows: list[Row], head: str) -> list[tuple[str, float, int]]:
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


@dataclass(slots=True)
class Units:
    """One head's training units as flat (unit, column) pairs of distinct n-grams, plus targets and origins."""

    doc: IntArray
    col: IntArray
    y: FloatArray
    origin: IntArray   # row index in the corpus
    group: IntArray    # source group index of that row

    @property
    def n(self) -> int:
        return len(self.y)


def featurize(rows: list[Row], head: str, groups: list[str]) -> Units:
    units = head_units(rows, head)
    docs: list[IntArray] = []
    cols: list[IntArray] = []
    for i, (text, _y, _o) in enumerate(units):
        parts = ngram_rows(fold_text(text), BITS, NGRAM_MIN, NGRAM_MAX)
        c = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.intp)
        cols.append(c.astype(np.intp))
        docs.append(np.full(len(c), i, dtype=np.intp))
    origin = np.array([u[2] for u in units], dtype=np.intp)
    index = {g: k for k, g in enumerate(groups)}
    return Units(np.concatenate(docs), np.concatenate(cols), np.array([u[1] for u in units]), origin,
                 np.array([index[rows[o].source] for o in origin], dtype=np.intp))


def shared_columns(u: Units, train: BoolArray, min_sources: int) -> BoolArray:
    """Columns (n-grams) that occur in at least ``min_sources`` source groups among the training units."""
    tr = train[u.doc]
    n_groups = int(u.group.max()) + 1
    pairs = np.unique(u.col[tr] * n_groups + u.group[u.doc[tr]])
    counts = np.bincount(pairs // n_groups, minlength=1 << BITS)
    keep: BoolArray = counts >= min_sources
    return keep


def sample_weights(u: Units, train: BoolArray) -> FloatArray:
    """Classes weigh half each; within a class a row weighs ~ (rows of its source) ** -SOURCE_POWER."""
    sw = np.zeros(u.n)
    for label in (0.0, 1.0):
        m = train & (u.y == label)
        if not m.any():
            continue
        sizes = np.bincount(u.group[m], minlength=int(u.group.max()) + 1).astype(np.float64)
        sw[m] = np.maximum(sizes[u.group[m]], 1.0) ** -SOURCE_POWER
        sw[m] *= 0.5 / sw[m].sum()
    return sw


@dataclass(slots=True)
class Problem:
    """A weighted logistic problem: (unit, column, value) triplets, targets and row weights."""

    doc: IntArray
    col: IntArray
    val: FloatArray
    y: FloatArray
    sw: FloatArray


def train_logistic(pb: Problem, *, l2: float = L2, epochs: int = EPOCHS,
                   lr: float = 0.05) -> tuple[FloatArray, float]:
    """Weighted L2 logistic regression, full-batch Adam (deterministic: no sampling)."""
    doc, col, val, y, sw = pb.doc, pb.col, pb.val, pb.y, pb.sw
    n = len(y)
    dim = 1 << BITS
    w = np.zeros(dim)
    b = 0.0
    m_w, v_w = np.zeros(dim), np.zeros(dim)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.bincount(doc, weights=w[col] * val, minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = sw * (p - y)
        gw = np.bincount(col, weights=g[doc] * val, minlength=dim) + l2 * w
        gb = float(g.sum())
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        w -= lr * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + eps)
        b -= lr * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + eps)
    return w, b


def fit_head(u: Units, train_rows: BoolArray) -> tuple[FloatArray, float]:
    train = train_rows[u.origin]
    keep = shared_columns(u, train, MIN_SOURCES)
    pick = keep[u.col] & train[u.doc]
    doc, col = u.doc[pick], u.col[pick]
    # Values as at inference: 1/sqrt(distinct n-grams of the unit), counting every n-gram (kept or not).
    per_unit = np.bincount(u.doc, minlength=u.n).astype(np.float64)
    val = 1.0 / np.sqrt(np.maximum(per_unit[doc], 1.0))
    new_index = np.cumsum(train) - 1
    return train_logistic(Problem(new_index[doc], col, val, u.y[train], sample_weights(u, train)[train]))


def fit(feats: dict[str, Units], train_rows: BoolArray) -> LinearNgramModel:
    weights = np.zeros((1 << BITS, len(HEADS)), dtype=np.float32)
    bias = np.zeros(len(HEADS), dtype=np.float32)
    for h, head in enumerate(HEADS):
        w, b = fit_head(feats[head], train_rows)
        weights[:, h] = w
        bias[h] = b
    return LinearNgramModel(weights, bias, HEADS, bits=BITS, ngram_min=NGRAM_MIN, ngram_max=NGRAM_MAX,
                            window=WINDOW)


def threshold_at_fpr(benign_scores: FloatArray, fpr: float) -> float:
    """Smallest threshold with at most ``fpr`` of the benign scores strictly above it."""
    if len(benign_scores) == 0:
        return 0.0
    s = np.sort(benign_scores)[::-1]
    k = int(np.floor(fpr * len(s)))
    return float(s[k]) if k < len(s) else float(s[-1])


def _logits(model: LinearNgramModel, text: str) -> dict[str, float]:
    sc = model.score(text)
    return {"prompt": sc.logit("prompt"), "prompt_seg": sc.window_logit("prompt"),
            "document": sc.logit("document"), "document_seg": sc.window_logit("document")}


def held_out(rows: list[Row], feats: dict[str, Units], folds: IntArray, label: str) -> dict[int, dict[str, float]]:
    """Logits of every row from the model trained without the row's fold."""
    out: dict[int, dict[str, float]] = {}
    for f in np.unique(folds):
        test = folds == f
        model = fit(feats, ~test)
        for i in np.flatnonzero(test):
            out[int(i)] = _logits(model, rows[i].text)
        print(f"{label} {f + 1}/{folds.max() + 1} done", file=sys.stderr, flush=True)
    return out


def report(rows: list[Row], oof: dict[int, dict[str, float]]) -> None:
    """Per source and pooled: held-out rows flagged at the pooled held-out 1 % (prompts) / 2 % (data) thresholds."""
    for file, key, budget in (("prompts", "prompt", 0.01), ("indirect", "document_seg", 0.02)):
        idx = [i for i, r in enumerate(rows) if r.file == file]
        score = np.array([oof[i][key] for i in idx])
        attack = np.array([rows[i].label != "benign" for i in idx])
        thr = threshold_at_fpr(score[~attack], budget)
        flag = score > thr
        print(f"{file}: held-out recall {flag[attack].mean():.3f} at benign FPR {flag[~attack].mean():.4f} "
              f"(classifier alone, {key} logit, threshold {thr:.3f})")
        for g in sorted({rows[i].source for i in idx}):
            m = np.array([rows[i].source == g for i in idx])
            for lab, sel in (("attack", m & attack), ("benign", m & ~attack)):
                if sel.any():
                    print(f"    {g[:50]:50} {lab} n={int(sel.sum()):5d} flagged={flag[sel].mean():.3f}")


def write_oof(path: Path, rows: list[Row], oof: dict[int, dict[str, float]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in sorted(oof):
            fh.write(json.dumps({"row": i, "file": rows[i].file, **oof[i]}) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", type=Path, help="directory holding prompts.jsonl and indirect.jsonl")
    ap.add_argument("--out", type=Path, help="write the model here (npz)")
    ap.add_argument("--loso", action="store_true", help="leave-one-source-out report instead of training")
    ap.add_argument("--kfold", type=int, default=0, help="random k-fold held-out logits instead of training")
    ap.add_argument("--oof-out", type=Path, help="with --loso or --kfold: write held-out logits per row here")
    args = ap.parse_args(argv)
    rows = load_rows(args.eval_dir)
    groups = sorted({r.source for r in rows})
    feats = {head: featurize(rows, head, groups) for head in HEADS}
    if args.loso or args.kfold:
        if args.loso:
            folds = np.array([groups.index(r.source) for r in rows], dtype=np.intp)
        else:
            folds = np.random.default_rng(SEED).integers(0, args.kfold, size=len(rows)).astype(np.intp)
        oof = held_out(rows, feats, folds, "source" if args.loso else "fold")
        report(rows, oof)
        if args.oof_out is not None:
            write_oof(args.oof_out, rows, oof)
        return 0
    model = fit(feats, np.ones(len(rows), dtype=bool))
    if args.out:
        model.save(str(args.out))
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
