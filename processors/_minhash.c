/* Native core of the context stage's MinHash (spanwatch.processors.context): the 32-bin one-permutation
 * signature of a text's word 3-shingles, and the best Jaccard estimate against a run of stored signatures.
 *
 * signature(words) returns what context._minhash_words(words) returns for the same list of UTF-8 words: every
 * shingle b" ".join(words[i:i + 3]) (the whole join when there are fewer than three words) hashed with CRC-32
 * (zlib's polynomial, so zlib.crc32 of the joined bytes), each bin (the hash's low 5 bits) keeping the value
 * (h >> 5) << 1 of its smallest hash, empty bins 0xFFFFFFFF; 32 native unsigned ints, as array("I").tobytes().
 * The shingles are hashed in place, without joining them. best_jaccard(sig, sigs) is the largest
 * context.jaccard(sig, one) over the 128-byte signatures in sigs, 0.0 for none. Why C: the context stage runs
 * both on every new user turn of a conversation that saw an injection, and in Python they were most of the
 * stage's time (about 15-40 us per text). context.py keeps the Python code as the fallback and the reference
 * (tests compare both on the dev corpora).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define BINS 32
#define EMPTY_BIN 0xFFFFFFFFu

static unsigned int CRC_TABLE[256];

static void
crc_init(void)
{
    for (unsigned int n = 0; n < 256; n++) {
        unsigned int c = n;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        CRC_TABLE[n] = c;
    }
}

/* The running (pre-inverted) CRC over more bytes; start at 0xFFFFFFFF, invert at the end. */
static inline unsigned int
crc_feed(unsigned int c, const unsigned char *p, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        c = CRC_TABLE[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    }
    return c;
}

static const unsigned char SPACE = ' ';

static PyObject *
signature(PyObject *module, PyObject *arg)
{
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "signature() takes a list of bytes");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(arg);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyBytes_Check(PyList_GET_ITEM(arg, i))) {
            PyErr_SetString(PyExc_TypeError, "signature() takes a list of bytes");
            return NULL;
        }
    }
    unsigned int smallest[BINS];
    unsigned char seen[BINS] = {0};
    /* One shingle per position from three words; the words joined whole when there are fewer. */
    Py_ssize_t width = n >= 3 ? 3 : n;
    Py_ssize_t shingles = n >= 3 ? n - 2 : (n > 0 ? 1 : 0);
    for (Py_ssize_t i = 0; i < shingles; i++) {
        unsigned int c = 0xFFFFFFFFu;
        for (Py_ssize_t k = 0; k < width; k++) {
            PyObject *w = PyList_GET_ITEM(arg, i + k);
            if (k) {
                c = crc_feed(c, &SPACE, 1);
            }
            c = crc_feed(c, (const unsigned char *)PyBytes_AS_STRING(w), PyBytes_GET_SIZE(w));
        }
        unsigned int h = c ^ 0xFFFFFFFFu;
        unsigned int b = h & (BINS - 1);
        if (!seen[b] || h < smallest[b]) {
            smallest[b] = h;
            seen[b] = 1;
        }
    }
    unsigned int out[BINS];
    for (int b = 0; b < BINS; b++) {
        out[b] = seen[b] ? (smallest[b] >> 5) << 1 : EMPTY_BIN;
    }
    return PyBytes_FromStringAndSize((const char *)out, sizeof out);
}

PyDoc_STRVAR(signature_doc,
"signature(words, /)\n--\n\n"
"The 32-bin MinHash signature of the word 3-shingles of a list of UTF-8 words (context._minhash_words).");

static PyObject *
best_jaccard(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "best_jaccard() takes two arguments");
        return NULL;
    }
    Py_buffer a, s;
    if (PyObject_GetBuffer(args[0], &a, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    if (PyObject_GetBuffer(args[1], &s, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&a);
        return NULL;
    }
    const Py_ssize_t sig_bytes = BINS * (Py_ssize_t)sizeof(unsigned int);
    if (a.len != sig_bytes || s.len % sig_bytes) {
        PyBuffer_Release(&a);
        PyBuffer_Release(&s);
        PyErr_SetString(PyExc_ValueError, "best_jaccard() takes one signature and a run of whole signatures");
        return NULL;
    }
    unsigned int x[BINS];
    memcpy(x, a.buf, sizeof x);
    double best = 0.0;
    for (Py_ssize_t off = 0; off < s.len; off += sig_bytes) {
        unsigned int y[BINS];
        memcpy(y, (const char *)s.buf + off, sizeof y);
        int both_empty = 0, equal = 0;
        for (int b = 0; b < BINS; b++) {
            if (x[b] == y[b]) {
                if (x[b] == EMPTY_BIN) {
                    both_empty++;
                }
                else {
                    equal++;
                }
            }
        }
        int used = BINS - both_empty;
        double j = used ? (double)equal / (double)used : 0.0;
        if (j > best) {
            best = j;
        }
    }
    PyBuffer_Release(&a);
    PyBuffer_Release(&s);
    return PyFloat_FromDouble(best);
}

PyDoc_STRVAR(best_jaccard_doc,
"best_jaccard(sig, sigs, /)\n--\n\n"
"The largest context.jaccard(sig, one) over the 128-byte signatures in sigs (0.0 for none).");

static PyMethodDef minhash_methods[] = {
    {"signature", signature, METH_O, signature_doc},
    {"best_jaccard", (PyCFunction)(void (*)(void))best_jaccard, METH_FASTCALL, best_jaccard_doc},
    {NULL, NULL, 0, NULL},
};

static int
minhash_exec(PyObject *module)
{
    crc_init();
    return 0;
}

static PyModuleDef_Slot minhash_slots[] = {
    {Py_mod_exec, minhash_exec},
    {0, NULL},
};

static struct PyModuleDef minhash_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "spanwatch.processors._minhash",
    .m_doc = "Native MinHash of the context stage (see context.py, whose Python code is the reference).",
    .m_size = 0,
    .m_methods = minhash_methods,
    .m_slots = minhash_slots,
};

PyMODINIT_FUNC
PyInit__minhash(void)
{
    return PyModuleDef_Init(&minhash_module);
}
