/* Native scoring core of the offline classifier (spanwatch.processors.classifier).
 *
 * Computes exactly what LinearNgramModel.score computes on the numpy path, which stays the reference: the same
 * text preparation after str.lower + UTF-8 encoding (head/tail cut, digit and space folding, space runs
 * squeezed), the same rolling uint32 hashes and row selection, the same distinct-n-gram logits and the same
 * windowed per-line scores. Why C: the numpy path spends most of a 1.5 KB text in per-call overhead of a dozen
 * small array operations; one pass over the bytes does hashing, de-duplication and the prefix sums together.
 *
 * Bit compatibility: hashing is uint32 arithmetic with wrap-around, the same constants and the same high-bit
 * row; the window scores use the numpy path's float64 operations in its order (per-position sums over n, then a
 * sequential prefix sum), so they come out identical, ties included. The whole-text logits sum in double where
 * numpy sums float32 pairwise: equal to ~1e-6, not bit for bit.
 *
 * Plain CPython C API, no third-party dependencies. The number crunching runs without the GIL: it reads only
 * buffers held for the duration of the call and writes only the caller's scratch table and its own memory.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <math.h>
#include <stdint.h>
#include <string.h>

/* Same constants as classifier.py: the rolling base and one mixer per n (index n % 8). */
#define NG_BASE 0x01000193u
static const uint32_t NG_MIX[8] = {0x9E3779B1u, 0x85EBCA77u, 0xC2B2AE3Du, 0x27D4EB2Fu,
                                   0x165667B1u, 0xD3A2646Du, 0xFD7046C5u, 0xB55A4F09u};

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define ALWAYS_INLINE __forceinline
#else
#define ALWAYS_INLINE inline
#endif

#define MIN_SEGMENT 12
#define MAX_HEADS 16
#define MAX_NGRAM 16
/* Below this many prepared bytes the work is shorter than dropping and re-taking the GIL. */
#define RELEASE_GIL_BYTES 256

/* Scratch layout: 2**bits generation stamps, then the current generation, then an in-use flag. */
#define SCRATCH_EXTRA 2

typedef struct {
    const unsigned char *src;
    int lower; /* src still needs lower-casing (an ASCII text read in place) */
    Py_ssize_t src_len;
    const float *weights;
    const float *bias;
    uint32_t *stamps;
    int heads;
    int bits;
    int ngram_min;
    int ngram_max;
    Py_ssize_t window;
    Py_ssize_t max_bytes;
    int windows;
    /* results */
    int cut;
    double logits[MAX_HEADS];
    double window_logits[MAX_HEADS];
    Py_ssize_t line; /* line number of the best window, -1 for the whole text */
} job_t;

/* fold_table[0]: for bytes already lower-cased; fold_table[1] also lower-cases A-Z (all str.lower() does to
 * ASCII), for an ASCII text read in place. */
static unsigned char fold_table[2][256];

static void
init_fold_table(void)
{
    for (int c = 0; c < 256; c++) {
        if (c >= '0' && c <= '9')
            fold_table[0][c] = '0';
        else if (c == 9 || c == 11 || c == 12 || c == 13)
            fold_table[0][c] = ' ';
        else
            fold_table[0][c] = (unsigned char)c;
        fold_table[1][c] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : fold_table[0][c];
    }
}

/* Fold and squeeze src[0:n] onto out at *len (a space after a space is dropped, across calls too). */
static void
fold_into(unsigned char *out, Py_ssize_t *len, const unsigned char *src, Py_ssize_t n, const unsigned char *table)
{
    Py_ssize_t j = *len;
    unsigned char prev = j ? out[j - 1] : 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        /* Branch-free: always write, advance unless it is a space after a space (then prev stays a space). */
        unsigned char c = table[src[i]];
        out[j] = c;
        j += !(c == ' ' && prev == ' ');
        prev = c;
    }
    *len = j;
}

/* One segment's window score for every head; keeps the first best (numpy argmax) per head. */
static inline void
window_update(job_t *job, const double *cs, Py_ssize_t s, Py_ssize_t e, double nsizes, int *seen,
              Py_ssize_t *best_start)
{
    const int H = job->heads;
    double g = (double)(e - s) * nsizes;
    g = sqrt(g > 1.0 ? g : 1.0);
    for (int h = 0; h < H; h++) {
        double v = (cs[e * H + h] - cs[s * H + h]) / g + (double)job->bias[h];
        if (!*seen || v > job->window_logits[h]) {
            job->window_logits[h] = v;
            if (h == H - 1)
                *best_start = s;
        }
    }
    *seen = 1;
}

/* One position of crunch(): the n-grams of sizes nmin..top starting at data[i]. */
static ALWAYS_INLINE void
position(const unsigned char *data, Py_ssize_t i, int top, const float *W, uint32_t *stamps, uint32_t gen,
         unsigned shift, int nmin, double *acc, double *fresh, Py_ssize_t *distinct, const int H)
{
    uint32_t hv = 0;
    for (int k = 0; k < top; k++) {
        /* +1 keeps a NUL byte from hashing like "nothing" */
        hv = hv * NG_BASE + (uint32_t)data[i + k] + 1u;
        if (k + 1 < nmin)
            continue;
        uint32_t row = (uint32_t)(hv * NG_MIX[(k + 1) & 7]) >> shift;
        const float *w = W + (size_t)row * (size_t)H;
        /* Branch-free: whether an n-gram is new is unpredictable. */
        uint32_t is_new = stamps[row] != gen;
        stamps[row] = gen;
        *distinct += is_new;
        double keep = (double)is_new;
        for (int h = 0; h < H; h++) {
            double x = (double)w[h];
            acc[h] += x;
            fresh[h] += x * keep;
        }
    }
}

/* Hash every n-gram of data[0:L], de-duplicate rows by stamp, sum the distinct rows' weights into total_w and
 * (cs not NULL) the prefix sums over positions of every n-gram's weights. Returns the number of distinct rows.
 * Any model shape; crunch_h2_n3to5 below is the same for the shipped one, faster. */
static Py_ssize_t
crunch(const unsigned char *data, Py_ssize_t L, const float *W, uint32_t *stamps, uint32_t gen, unsigned shift,
       double *cs, double *total_w, const int H, const int nmin, const int nmax)
{
    Py_ssize_t distinct = 0;
    double tot[MAX_HEADS], run[MAX_HEADS];
    for (int h = 0; h < H; h++)
        tot[h] = run[h] = 0.0;
    if (cs)
        for (int h = 0; h < H; h++)
            cs[h] = 0.0;
    for (Py_ssize_t i = 0; i < L; i++) {
        /* acc: this position's n-grams in n order (the reference's order, so the prefix sums are identical);
         * fresh: those seen for the first time. */
        double acc[MAX_HEADS], fresh[MAX_HEADS];
        for (int h = 0; h < H; h++)
            acc[h] = fresh[h] = 0.0;
        position(data, i, nmax < L - i ? nmax : (int)(L - i), W, stamps, gen, shift, nmin, acc, fresh, &distinct,
                 H);
        for (int h = 0; h < H; h++) {
            tot[h] += fresh[h];
            run[h] += acc[h];
        }
        if (cs)
            for (int h = 0; h < H; h++)
                cs[(i + 1) * H + h] = run[h];
    }
    for (int h = 0; h < H; h++)
        total_w[h] = tot[h];
    return distinct;
}

/* pow_table[k][c] = (c + 1) * NG_BASE**k: the first byte's share of a (k+1)-gram's rolling hash. */
static uint32_t pow_table[MAX_NGRAM][256];
static const float zero_weights[2] = {0.0f, 0.0f};

/* crunch() for the shipped model's shape, 2 heads and 3- to 5-grams, written out so that the hashes and sums
 * stay in registers. The hashes slide: the next position's 3- and 4-grams are this one's 4- and 5-grams minus
 * the first byte's share, and its 5-gram is one multiply-add on its 4-gram. */
static ALWAYS_INLINE Py_ssize_t
crunch_h2_n3to5(const unsigned char *data, Py_ssize_t L, const float *W, uint32_t *stamps, uint32_t gen,
                unsigned shift, double *cs, double *total_w, const int with_cs)
{
    const uint32_t m3 = NG_MIX[3], m4 = NG_MIX[4], m5 = NG_MIX[5];
    const uint32_t *share4 = pow_table[3], *share5 = pow_table[4];
    double tot0 = 0.0, tot1 = 0.0, run0 = 0.0, run1 = 0.0;
    Py_ssize_t distinct = 0, i = 0;
    if (with_cs)
        cs[0] = cs[1] = 0.0;
    if (L >= 5) {
        uint32_t h3 = 0, h4, h5;
        for (int k = 0; k < 3; k++)
            h3 = h3 * NG_BASE + (uint32_t)data[k] + 1u;
        h4 = h3 * NG_BASE + (uint32_t)data[3] + 1u;
        h5 = h4 * NG_BASE + (uint32_t)data[4] + 1u;
        for (;; i++) {
            uint32_t r3 = (uint32_t)(h3 * m3) >> shift, r4 = (uint32_t)(h4 * m4) >> shift;
            uint32_t r5 = (uint32_t)(h5 * m5) >> shift;
            const float *w3 = W + 2 * (size_t)r3, *w4 = W + 2 * (size_t)r4, *w5 = W + 2 * (size_t)r5;
            /* In n order, so a 4-gram on the 3-gram's row is not new. Branch-free: a new row's weights are
             * summed, an old one's are read as zeros. */
            uint32_t new3 = stamps[r3] != gen;
            stamps[r3] = gen;
            uint32_t new4 = stamps[r4] != gen;
            stamps[r4] = gen;
            uint32_t new5 = stamps[r5] != gen;
            stamps[r5] = gen;
            distinct += (Py_ssize_t)(new3 + new4 + new5);
            const float *f3 = new3 ? w3 : zero_weights, *f4 = new4 ? w4 : zero_weights;
            const float *f5 = new5 ? w5 : zero_weights;
            tot0 += ((double)f3[0] + (double)f4[0]) + (double)f5[0];
            tot1 += ((double)f3[1] + (double)f4[1]) + (double)f5[1];
            /* The reference's per-position sum, 0 + w3 + w4 + w5 in that order (the 0 changes no sum). */
            run0 += ((double)w3[0] + (double)w4[0]) + (double)w5[0];
            run1 += ((double)w3[1] + (double)w4[1]) + (double)w5[1];
            if (with_cs) {
                cs[2 * (i + 1)] = run0;
                cs[2 * (i + 1) + 1] = run1;
            }
            if (i + 5 >= L)
                break;
            h3 = h4 - share4[data[i]];
            h4 = h5 - share5[data[i]];
            h5 = h4 * NG_BASE + (uint32_t)data[i + 5] + 1u;
        }
        i++;
    }
    /* The last four positions, short of a 5-gram (all of a text under 5 bytes). */
    for (; i < L; i++) {
        double acc[2] = {0.0, 0.0}, fresh[2] = {0.0, 0.0};
        position(data, i, (int)(L - i), W, stamps, gen, shift, 3, acc, fresh, &distinct, 2);
        tot0 += fresh[0];
        tot1 += fresh[1];
        run0 += acc[0];
        run1 += acc[1];
        if (with_cs) {
            cs[2 * (i + 1)] = run0;
            cs[2 * (i + 1) + 1] = run1;
        }
    }
    total_w[0] = tot0;
    total_w[1] = tot1;
    return distinct;
}

/* The GIL-free part. Returns 0, or -1 when out of memory. */
static int
run_job(job_t *job)
{
    const int H = job->heads;
    const Py_ssize_t n = job->src_len;
    Py_ssize_t half = job->max_bytes / 2;
    job->cut = n > job->max_bytes;
    Py_ssize_t cap = job->cut ? 2 * half + 1 + (half ? 0 : n) : n;
    /* One block: the prepared bytes, then (windows) H prefix sums per position, position-major. */
    Py_ssize_t data_bytes = (cap + 8) & ~(Py_ssize_t)7;
    size_t total = (size_t)data_bytes + (job->windows ? (size_t)(cap + 1) * (size_t)H * sizeof(double) : 0);
    unsigned char *block = PyMem_RawMalloc(total ? total : 1);
    if (block == NULL)
        return -1;
    unsigned char *data = block;
    Py_ssize_t L = 0;
    const unsigned char *table = fold_table[job->lower];
    if (job->cut) {
        /* raw[:half] + b" " + raw[-half:] (raw[-0:] is all of raw), squeezed after the cut */
        fold_into(data, &L, job->src, half, table);
        fold_into(data, &L, (const unsigned char *)" ", 1, table);
        if (half)
            fold_into(data, &L, job->src + n - half, half, table);
        else
            fold_into(data, &L, job->src, n, table);
    }
    else {
        fold_into(data, &L, job->src, n, table);
    }

    for (int h = 0; h < H; h++)
        job->logits[h] = job->window_logits[h] = (double)job->bias[h];
    job->line = -1;
    if (L < job->ngram_min) { /* no n-gram at all: the logits are the bias */
        PyMem_RawFree(block);
        return 0;
    }

    /* Generation stamps: a row counts once per call when its stamp is not this call's generation, so the table
     * never needs clearing (except once every 2**32 calls, when the generation wraps). */
    const uint32_t nrows = (uint32_t)1 << job->bits;
    uint32_t *stamps = job->stamps;
    uint32_t gen = stamps[nrows] + 1;
    if (gen == 0) {
        memset(stamps, 0, (size_t)nrows * sizeof(uint32_t));
        gen = 1;
    }
    stamps[nrows] = gen;

    double *cs = job->windows ? (double *)(block + data_bytes) : NULL;
    double total_w[MAX_HEADS] = {0};
    const unsigned shift = 32u - (unsigned)job->bits;
    Py_ssize_t distinct;
    const int nmin = job->ngram_min, nmax = job->ngram_max;
    if (H == 2 && nmin == 3 && nmax == 5)
        distinct = cs ? crunch_h2_n3to5(data, L, job->weights, stamps, gen, shift, cs, total_w, 1)
                      : crunch_h2_n3to5(data, L, job->weights, stamps, gen, shift, NULL, total_w, 0);
    else
        distinct = crunch(data, L, job->weights, stamps, gen, shift, cs, total_w, H, nmin, nmax);

    const double norm = 1.0 / sqrt((double)distinct);
    for (int h = 0; h < H; h++) {
        job->logits[h] = total_w[h] * norm + (double)job->bias[h];
        job->window_logits[h] = job->logits[h];
    }
    if (!cs) {
        PyMem_RawFree(block);
        return 0;
    }

    /* Segments in the reference's order (it matters for ties): lines of MIN_SEGMENT..window bytes first, then
     * the overlapping windows of the longer lines; nothing kept means one segment, the whole text. */
    int top_n = nmax < L ? nmax : (int)L;
    const double nsizes = (double)(top_n - nmin + 1);
    const Py_ssize_t window = job->window;
    const Py_ssize_t step = window / 2 > 1 ? window / 2 : 1;
    int seen = 0;
    Py_ssize_t best_start = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (Py_ssize_t s = 0; s <= L;) {
            const unsigned char *nl = memchr(data + s, '\n', (size_t)(L - s));
            Py_ssize_t e = nl ? (Py_ssize_t)(nl - data) : L, len = e - s;
            if (len >= MIN_SEGMENT) {
                if (pass == 0 && len <= window) {
                    window_update(job, cs, s, e, nsizes, &seen, &best_start);
                }
                else if (pass == 1 && len > window) {
                    for (Py_ssize_t ws = s; ws < e - window + step; ws += step) {
                        Py_ssize_t we = ws + window < e ? ws + window : e;
                        window_update(job, cs, ws, we, nsizes, &seen, &best_start);
                    }
                }
            }
            s = e + 1;
        }
    }
    if (!seen)
        window_update(job, cs, 0, L, nsizes, &seen, &best_start);
    if (!job->cut) {
        Py_ssize_t line = 0;
        const unsigned char *p = data, *end = data + best_start;
        while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
            line++;
            p++;
        }
        job->line = line;
    }
    PyMem_RawFree(block);
    return 0;
}

static int
get_long(PyObject *obj, const char *name, long lo, long hi, long *out)
{
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < lo || v > hi) {
        PyErr_Format(PyExc_ValueError, "%s must be in [%ld, %ld], got %ld", name, lo, hi, v);
        return -1;
    }
    *out = v;
    return 0;
}

static int
get_buffer(PyObject *obj, Py_buffer *view, int writable, char fmt, const char *name)
{
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) < 0)
        return -1;
    const char *f = view->format ? view->format : "B";
    if (*f == '@' || *f == '=' || *f == '<')
        f++;
    if (fmt && !(f[0] == fmt && f[1] == '\0')) {
        PyErr_Format(PyExc_TypeError, "%s must be a contiguous buffer of format '%c', got '%s'", name, fmt,
                     view->format ? view->format : "B");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyObject *
to_tuple(const double *v, int n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *f = PyFloat_FromDouble(v[i]);
        if (f == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, f);
    }
    return t;
}

/* Character range of line number ``line`` of ``text`` without its newline, as classifier.line_span. The line
 * counted in the prepared bytes is the same line of the text: lower-casing, encoding and folding keep every
 * newline and make none. Returns -1 with an exception set on error. */
static int
line_span(PyObject *text, Py_ssize_t line, Py_ssize_t *start, Py_ssize_t *end)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), s = 0;
    for (Py_ssize_t k = 0; k < line; k++) {
        Py_ssize_t nl = PyUnicode_FindChar(text, '\n', s, n, 1);
        if (nl == -2)
            return -1;
        if (nl < 0) {
            *start = 0;
            *end = n;
            return 0;
        }
        s = nl + 1;
    }
    Py_ssize_t e = PyUnicode_FindChar(text, '\n', s, n, 1);
    if (e == -2)
        return -1;
    *start = s;
    *end = e < 0 ? n : e;
    return 0;
}

PyDoc_STRVAR(score_doc,
"score(text, data, weights, bias, scratch, bits, ngram_min, ngram_max, window, max_bytes, windows, /)\n"
"--\n\n"
"Score ``text`` like LinearNgramModel.score. data: None when text is ASCII (it is read in place),\n"
"else ``text.lower().encode('utf-8', 'replace')``.\n\n"
"weights: float32, C-contiguous, 2**bits rows of len(bias) heads; bias: float32 per head;\n"
"scratch: writable uint32 of 2**bits + 2 entries, zero-initialised, owned by one thread.\n"
"Returns (logits, window_logits, window_start, window_end), the window as character offsets into\n"
"text: the line holding the best window, or all of text (no windows, input cut, no n-gram at all).");

static PyObject *
ngram_score(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 11) {
        PyErr_Format(PyExc_TypeError, "score() takes 11 positional arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0];
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    long bits, nmin, nmax, window, max_bytes;
    if (get_long(args[5], "bits", 1, 30, &bits) < 0 || get_long(args[6], "ngram_min", 1, MAX_NGRAM, &nmin) < 0 ||
        get_long(args[7], "ngram_max", nmin, MAX_NGRAM, &nmax) < 0 ||
        get_long(args[8], "window", 1, LONG_MAX, &window) < 0 ||
        get_long(args[9], "max_bytes", 0, LONG_MAX, &max_bytes) < 0)
        return NULL;
    int windows = PyObject_IsTrue(args[10]);
    if (windows < 0)
        return NULL;

    PyObject *result = NULL;
    Py_buffer data, weights, bias, scratch;
    /* An ASCII text is read in place (its lower() and UTF-8 encoding would only be copies of it); any other comes
     * lower-cased and encoded by the caller. */
    int in_place = args[1] == Py_None;
    if (in_place) {
        if (!PyUnicode_IS_ASCII(text)) {
            PyErr_SetString(PyExc_ValueError, "data may be None only for an ASCII text");
            return NULL;
        }
        data.buf = PyUnicode_1BYTE_DATA(text);
        data.len = PyUnicode_GET_LENGTH(text);
    }
    else if (get_buffer(args[1], &data, 0, 0, "data") < 0) {
        return NULL;
    }
    if (get_buffer(args[2], &weights, 0, 'f', "weights") < 0)
        goto fail_data;
    if (get_buffer(args[3], &bias, 0, 'f', "bias") < 0)
        goto fail_weights;
    if (get_buffer(args[4], &scratch, 1, 'I', "scratch") < 0)
        goto fail_bias;

    Py_ssize_t heads = bias.len / (Py_ssize_t)sizeof(float);
    Py_ssize_t nrows = (Py_ssize_t)1 << bits;
    if (heads < 1 || heads > MAX_HEADS) {
        PyErr_Format(PyExc_ValueError, "bias must have 1 to %d heads, got %zd", MAX_HEADS, heads);
        goto done;
    }
    if (weights.len != nrows * heads * (Py_ssize_t)sizeof(float)) {
        PyErr_Format(PyExc_ValueError, "weights must hold 2**bits * heads = %zd floats, got %zd", nrows * heads,
                     weights.len / (Py_ssize_t)sizeof(float));
        goto done;
    }
    if (scratch.len != (nrows + SCRATCH_EXTRA) * (Py_ssize_t)sizeof(uint32_t)) {
        PyErr_Format(PyExc_ValueError, "scratch must hold 2**bits + %d uint32 entries", SCRATCH_EXTRA);
        goto done;
    }
    uint32_t *stamps = (uint32_t *)scratch.buf;
    /* The stamps are per caller: a second call on the same table while one runs without the GIL would count
     * rows the other stamped. Checked and set under the GIL, so the flag itself needs no atomics. */
    if (stamps[nrows + 1]) {
        PyErr_SetString(PyExc_RuntimeError, "scratch table is in use by another call (it must be per thread)");
        goto done;
    }

    job_t job = {0};
    job.src = (const unsigned char *)data.buf;
    job.src_len = data.len;
    job.lower = in_place;
    job.weights = (const float *)weights.buf;
    job.bias = (const float *)bias.buf;
    job.stamps = stamps;
    job.heads = (int)heads;
    job.bits = (int)bits;
    job.ngram_min = (int)nmin;
    job.ngram_max = (int)nmax;
    job.window = (Py_ssize_t)window;
    job.max_bytes = (Py_ssize_t)max_bytes;
    job.windows = windows;

    int rc;
    stamps[nrows + 1] = 1;
    if (data.len >= RELEASE_GIL_BYTES) {
        Py_BEGIN_ALLOW_THREADS
        rc = run_job(&job);
        Py_END_ALLOW_THREADS
    }
    else {
        rc = run_job(&job);
    }
    stamps[nrows + 1] = 0;
    if (rc < 0) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t start = 0, end = PyUnicode_GET_LENGTH(text);
    if (job.line >= 0 && line_span(text, job.line, &start, &end) < 0)
        goto done;

    PyObject *logits = to_tuple(job.logits, job.heads);
    PyObject *wl = logits ? to_tuple(job.window_logits, job.heads) : NULL;
    if (wl != NULL)
        result = Py_BuildValue("(NNnn)", logits, wl, start, end);
    else
        Py_XDECREF(logits);

done:
    PyBuffer_Release(&scratch);
fail_bias:
    PyBuffer_Release(&bias);
fail_weights:
    PyBuffer_Release(&weights);
fail_data:
    if (!in_place)
        PyBuffer_Release(&data);
    return result;
}

static PyMethodDef ngram_methods[] = {
    {"score", (PyCFunction)(void (*)(void))ngram_score, METH_FASTCALL, score_doc},
    {NULL, NULL, 0, NULL},
};

static int
ngram_exec(PyObject *module)
{
    (void)module;
    init_fold_table();
    for (int c = 0; c < 256; c++) {
        uint32_t v = (uint32_t)c + 1u;
        for (int k = 0; k < MAX_NGRAM; k++) {
            pow_table[k][c] = v;
            v *= NG_BASE;
        }
    }
    return 0;
}

static PyModuleDef_Slot ngram_slots[] = {
    {Py_mod_exec, ngram_exec},
    {0, NULL},
};

static struct PyModuleDef ngram_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "spanwatch.processors._ngram",
    .m_doc = "Native scoring core of the offline classifier (see classifier.py, the reference).",
    .m_size = 0,
    .m_methods = ngram_methods,
    .m_slots = ngram_slots,
};

PyMODINIT_FUNC
PyInit__ngram(void)
{
    return PyModuleDef_Init(&ngram_module);
}
