/* Native core of the context stage's MinHash (spanwatch.processors.context): the 32-bin one-permutation
 * signature of a text's word 3-shingles, and the best Jaccard estimate against a run of stored signatures.
 *
 * signature(words) returns what context._minhash_words(words) returns for the same list of UTF-8 words: every
 * shingle b" ".join(words[i:i + 3]) (the whole join when there are fewer than three words) hashed with CRC-32
 * (zlib's polynomial, so zlib.crc32 of the joined bytes), each bin (the hash's low 5 bits) keeping the value
 * (h >> 5) << 1 of its smallest hash, empty bins 0xFFFFFFFF; 32 native unsigned ints, as array("I").tobytes().
 * The shingles are hashed in place, without joining them; signature_text(lowered, max_words) splits the words
 * itself (runs of re's \w: Py_UNICODE_ISALNUM or "_", as context._words finds them). best_jaccard(sig, sigs) is the largest
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

/* A word character as re's \w sees it in a str pattern: Py_UNICODE_ISALNUM or "_" (sre's SRE_UNI_IS_WORD); the
 * ASCII ones from a table (most text). */
static unsigned char ASCII_WORD[128];

static void
word_init(void)
{
    for (int c = 0; c < 128; c++) {
        ASCII_WORD[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}

#define IS_WORD(c) ((c) < 128 ? ASCII_WORD[(c)] : Py_UNICODE_ISALNUM(c))

static PyObject *
signature_text(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "signature_text() takes a str and an int");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t max_words = PyLong_AsSsize_t(args[1]);
    if (max_words == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* The words' UTF-8, joined by single spaces (a shingle is then one contiguous range), and where each ends. */
    unsigned char *buf = PyMem_Malloc((size_t)n * 4 + 1);
    Py_ssize_t *start = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n / 2 + 2));
    Py_ssize_t *end = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n / 2 + 2));
    if (buf == NULL || start == NULL || end == NULL) {
        PyMem_Free(buf);
        PyMem_Free(start);
        PyMem_Free(end);
        return PyErr_NoMemory();
    }
    Py_ssize_t len = 0, words = 0;
    int in_word = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!IS_WORD(c)) {
            if (in_word) {
                end[words - 1] = len;
                in_word = 0;
            }
            continue;
        }
        if (!in_word) {
            if (words == max_words) {
                break;
            }
            if (words) {
                buf[len++] = ' ';
            }
            start[words++] = len;
            in_word = 1;
        }
        /* Word characters are never surrogates (not alphanumeric), so this is plain UTF-8. */
        if (c < 0x80) {
            buf[len++] = (unsigned char)c;
        }
        else if (c < 0x800) {
            buf[len++] = (unsigned char)(0xC0 | (c >> 6));
            buf[len++] = (unsigned char)(0x80 | (c & 0x3F));
        }
        else if (c < 0x10000) {
            buf[len++] = (unsigned char)(0xE0 | (c >> 12));
            buf[len++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (unsigned char)(0x80 | (c & 0x3F));
        }
        else {
            buf[len++] = (unsigned char)(0xF0 | (c >> 18));
            buf[len++] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            buf[len++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    if (in_word) {
        end[words - 1] = len;
    }
    unsigned int smallest[BINS];
    unsigned char seen[BINS] = {0};
    Py_ssize_t shingles = words >= 3 ? words - 2 : (words > 0 ? 1 : 0);
    Py_ssize_t width = words >= 3 ? 3 : words;
    for (Py_ssize_t i = 0; i < shingles; i++) {
        Py_ssize_t a = start[i], b = end[i + width - 1];
        unsigned int h = crc_feed(0xFFFFFFFFu, buf + a, b - a) ^ 0xFFFFFFFFu;
        unsigned int bin = h & (BINS - 1);
        if (!seen[bin] || h < smallest[bin]) {
            smallest[bin] = h;
            seen[bin] = 1;
        }
    }
    PyMem_Free(buf);
    PyMem_Free(start);
    PyMem_Free(end);
    unsigned int out[BINS];
    for (int b = 0; b < BINS; b++) {
        out[b] = seen[b] ? (smallest[b] >> 5) << 1 : EMPTY_BIN;
    }
    return PyBytes_FromStringAndSize((const char *)out, sizeof out);
}

PyDoc_STRVAR(signature_text_doc,
"signature_text(lowered, max_words, /)\n--\n\n"
"signature() of the first max_words words (runs of re's \\w) of an already lowercased str, split here.");

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
    {"signature_text", (PyCFunction)(void (*)(void))signature_text, METH_FASTCALL, signature_text_doc},
    {"best_jaccard", (PyCFunction)(void (*)(void))best_jaccard, METH_FASTCALL, best_jaccard_doc},
    {NULL, NULL, 0, NULL},
};

static int
minhash_exec(PyObject *module)
{
    crc_init();
    word_init();
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
