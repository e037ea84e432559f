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

static unsigned char fold_table[256];

static void
init_fold_table(void)
{
    for (int c = 0; c < 256; c++) {
        if (c >= '0' && c <= '9')
            fold_table[c] = '0';
        else if (c == 9 || c == 11 || c == 12 || c == 13)
            fold_table[c] = ' ';
        else
            fold_table[c] = (unsigned char)c;
    }
}

/* Fold and squeeze src[0:n] onto out at *len (a space after a space is dropped, across calls too). */
static void
fold_into(unsigned char *out, Py_ssize_t *len, const unsigned char *src, Py_ssize_t n)
{
    Py_ssize_t j = *len;
    unsigned char prev = j ? out[j - 1] : 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        /* Branch-free: always write, advance unless it is a space after a space (then prev stays a space). */
        unsigned char c = fold_table[src[i]];
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
 * Inlined with constant H, nmin and nmax for the shipped model's shape, so the loops unroll and the sums stay
 * in registers. */
static ALWAYS_INLINE Py_ssize_t
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
        if (i + nmax <= L)
            position(data, i, nmax, W, stamps, gen, shift, nmin, acc, fresh, &distinct, H);
        else
            position(data, i, (int)(L - i), W, stamps, gen, shift, nmin, acc, fresh, &distinct, H);
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
    if (job->cut) {
        /* raw[:half] + b" " + raw[-half:] (raw[-0:] is all of raw), squeezed after the cut */
        fold_into(data, &L, job->src, half);
        fold_into(data, &L, (const unsigned char *)" ", 1);
        if (half)
            fold_into(data, &L, job->src + n - half, half);
        else
            fold_into(data, &L, job->src, n);
    }
    else {
        fold_into(data, &L, job->src, n);
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
        distinct = crunch(data, L, job->weights, stamps, gen, shift, cs, total_w, 2, 3, 5);
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

PyDoc_STRVAR(score_doc,
"score(data, weights, bias, scratch, bits, ngram_min, ngram_max, window, max_bytes, windows, /)\n"
"--\n\n"
"Score ``data`` (``text.lower().encode('utf-8', 'replace')``) like LinearNgramModel.score.\n\n"
"weights: float32, C-contiguous, 2**bits rows of len(bias) heads; bias: float32 per head;\n"
"scratch: writable uint32 of 2**bits + 2 entries, zero-initialised, owned by one thread.\n"
"Returns (logits, window_logits, line): line is the best window's line number in the prepared\n"
"text, or -1 when the window is the whole text (no windows, input cut, or no n-gram at all).");

static PyObject *
ngram_score(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 10) {
        PyErr_Format(PyExc_TypeError, "score() takes 10 positional arguments (%zd given)", nargs);
        return NULL;
    }
    long bits, nmin, nmax, window, max_bytes;
    if (get_long(args[4], "bits", 1, 30, &bits) < 0 || get_long(args[5], "ngram_min", 1, MAX_NGRAM, &nmin) < 0 ||
        get_long(args[6], "ngram_max", nmin, MAX_NGRAM, &nmax) < 0 ||
        get_long(args[7], "window", 1, LONG_MAX, &window) < 0 ||
        get_long(args[8], "max_bytes", 0, LONG_MAX, &max_bytes) < 0)
        return NULL;
    int windows = PyObject_IsTrue(args[9]);
    if (windows < 0)
        return NULL;

    PyObject *result = NULL;
    Py_buffer data, weights, bias, scratch;
    if (get_buffer(args[0], &data, 0, 0, "data") < 0)
        return NULL;
    if (get_buffer(args[1], &weights, 0, 'f', "weights") < 0)
        goto fail_data;
    if (get_buffer(args[2], &bias, 0, 'f', "bias") < 0)
        goto fail_weights;
    if (get_buffer(args[3], &scratch, 1, 'I', "scratch") < 0)
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
    if (scratch.itemsize != sizeof(uint32_t) || scratch.len != (nrows + SCRATCH_EXTRA) * (Py_ssize_t)sizeof(uint32_t)) {
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

    PyObject *logits = to_tuple(job.logits, job.heads);
    PyObject *wl = logits ? to_tuple(job.window_logits, job.heads) : NULL;
    if (wl != NULL)
        result = Py_BuildValue("(NNn)", logits, wl, job.line);
    else
        Py_XDECREF(logits);

done:
    PyBuffer_Release(&scratch);
fail_bias:
    PyBuffer_Release(&bias);
fail_weights:
    PyBuffer_Release(&weights);
fail_data:
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
