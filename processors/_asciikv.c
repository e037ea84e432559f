/* Native helpers of normalisation (spanwatch.processors.normalize) for ASCII text.
 *
 * fold_words(data, table) maps every byte of data through a 256-byte table and joins the runs of non-space
 * results by single spaces.
 *
 * With the keyword view's table (lower-case, leet-fold, every other character a space) this is
 * words(data.translate(table).decode("ascii")): after the table an ASCII text holds only [a-z0-9] and spaces,
 * so its alphanumeric runs are its non-space runs. Why C: the Python path makes three 1.5 KB copies (translate,
 * decode, join) and words() branches at every word boundary (~6.5 us per 1.5 KB text, on every text); one
 * branch-free pass writes the view (~1.5 us). normalize.py keeps the Python path as the fallback and the
 * reference (a test compares both on every byte and on the dev texts).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* The two bytes-like arguments of a METH_FASTCALL function as buffers (released by the caller on success). */
static int
two_buffers(PyObject *const *args, Py_ssize_t nargs, const char *usage, Py_buffer *a, Py_buffer *b)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "%s takes exactly 2 arguments", usage);
        return -1;
    }
    if (PyObject_GetBuffer(args[0], a, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    if (PyObject_GetBuffer(args[1], b, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(a);
        return -1;
    }
    return 0;
}

static PyObject *
fold_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer src, table;
    if (two_buffers(args, nargs, "fold_words(data, table)", &src, &table) < 0) {
        return NULL;
    }
    PyObject *out = NULL;
    char *buf = NULL;
    if (table.len != 256) {
        PyErr_SetString(PyExc_ValueError, "fold_words() table must be 256 bytes");
        goto done;
    }
    const unsigned char *s = (const unsigned char *)src.buf;
    const unsigned char *t = (const unsigned char *)table.buf;
    Py_ssize_t n = src.len;
    buf = PyMem_Malloc(n ? n : 1);
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* Every byte is written; the write position advances unless a space follows a space (or opens the view). */
    Py_ssize_t j = 0;
    int prev_space = 1;
    unsigned char high = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = t[s[i]];
        int space = c == ' ';
        buf[j] = (char)c;
        j += !(space & prev_space);
        prev_space = space;
        high |= c;
    }
    if (j && buf[j - 1] == ' ') {
        j--;
    }
    if (high & 0x80) {
        PyErr_SetString(PyExc_ValueError, "fold_words() result must be ASCII");
        goto done;
    }
    out = PyUnicode_New(j, 127);
    if (out != NULL) {
        memcpy(PyUnicode_1BYTE_DATA(out), buf, (size_t)j);
    }
done:
    PyMem_Free(buf);
    PyBuffer_Release(&table);
    PyBuffer_Release(&src);
    return out;
}

/* scrambled(data, words) -> int: bit i is set when a word of data is a scramble of the i-th of the space-separated
 * lower-case words (at most 64, each 4..31 letters): the same length, first and last letter (any case), the same
 * inner letters in another order, and not the word itself. A word of data is a maximal run of [A-Za-z0-9_] made of
 * letters only. Typoglycemia ("ignroe all prevoius isntructions") is read by people and models alike and seen by no
 * keyword; a regex for it costs ~7 us per 1.5 KB text in RE2 and more in Hyperscan, this pass ~1 us. Words are
 * grouped by length, so a run is compared with the two or three list words of its length only.
 * normalize.py keeps a Python reference (_scrambled_reference), which a test compares with this on every text. */
#define SCR_MAX_WORDS 64
#define SCR_MAX_LEN 31

/* 1: an ASCII letter, 2: a digit or underscore (part of a word, which is then not all letters), 0: neither. */
static unsigned char scr_class[256];

static void
scr_init(void)
{
    for (int c = 0; c < 256; c++) {
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        scr_class[c] = letter ? 1 : ((c >= '0' && c <= '9') || c == '_') ? 2 : 0;
    }
}

typedef struct {
    unsigned char word[SCR_MAX_LEN + 1];
    unsigned char counts[26]; /* the inner letters' counts */
} scr_word;

static PyObject *
scrambled(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer src, wl;
    if (two_buffers(args, nargs, "scrambled(data, words)", &src, &wl) < 0) {
        return NULL;
    }
    PyObject *out = NULL;
    /* The list, parsed on every call: ~28 words, a small part of the pass over a text. */
    scr_word words[SCR_MAX_WORDS];
    unsigned long long by_len[SCR_MAX_LEN + 1] = {0}; /* by_len[L]: bit mask of the list words of length L */
    int n_words = 0;
    const unsigned char *w = (const unsigned char *)wl.buf;
    Py_ssize_t i = 0, wn = wl.len;
    while (i < wn) {
        Py_ssize_t j = i;
        while (j < wn && w[j] != ' ') {
            j++;
        }
        Py_ssize_t len = j - i;
        if (len) {
            if (n_words == SCR_MAX_WORDS || len < 4 || len > SCR_MAX_LEN) {
                PyErr_SetString(PyExc_ValueError, "scrambled() takes at most 64 words of 4 to 31 letters");
                goto done;
            }
            scr_word *e = &words[n_words];
            memset(e->counts, 0, sizeof e->counts);
            for (Py_ssize_t k = 0; k < len; k++) {
                unsigned char c = w[i + k];
                if (c < 'a' || c > 'z') {
                    PyErr_SetString(PyExc_ValueError, "scrambled() words must be lower-case ASCII letters");
                    goto done;
                }
                e->word[k] = c;
                if (k && k < len - 1) {
                    e->counts[c - 'a']++;
                }
            }
            by_len[len] |= 1ULL << n_words;
            n_words++;
        }
        i = j + 1;
    }
    const unsigned char *s = (const unsigned char *)src.buf;
    Py_ssize_t n = src.len;
    unsigned long long found = 0;
    i = 0;
    while (i < n) {
        if (!scr_class[s[i]]) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        unsigned char letters = 1;
        while (i < n && scr_class[s[i]]) {
            letters &= scr_class[s[i]];
            i++;
        }
        Py_ssize_t len = i - start;
        if (!letters || len < 4 || len > SCR_MAX_LEN || !by_len[len]) {
            continue;
        }
        unsigned char first = s[start] | 0x20, last = s[i - 1] | 0x20;
        unsigned long long cand = by_len[len] & ~found;
        while (cand) {
            int k = __builtin_ctzll(cand);
            cand &= cand - 1;
            scr_word *e = &words[k];
            if (e->word[0] != first || e->word[len - 1] != last) {
                continue;
            }
            unsigned char counts[26];
            memcpy(counts, e->counts, sizeof counts);
            int same = 1, ok = 1;
            for (Py_ssize_t m = 1; m < len - 1; m++) {
                unsigned char ch = s[start + m] | 0x20;
                same &= ch == e->word[m];
                if (counts[ch - 'a']-- == 0) {
                    ok = 0;
                    break;
                }
            }
            if (ok && !same) {
                found |= 1ULL << k;
            }
        }
    }
    out = PyLong_FromUnsignedLongLong(found);
done:
    PyBuffer_Release(&wl);
    PyBuffer_Release(&src);
    return out;
}

PyDoc_STRVAR(scrambled_doc,
"scrambled(data: bytes, words: bytes) -> int\n\n"
"Bit i set when a word of data is a true scramble of the i-th space-separated word (same length, first and last "
"letters, inner letters reordered, not the word itself).");

PyDoc_STRVAR(fold_words_doc,
"fold_words(data: bytes, table: bytes) -> str\n\n"
"The non-space runs of data mapped through the 256-byte table, joined by single spaces (ASCII results only).");

static PyMethodDef methods[] = {
    {"fold_words", (PyCFunction)(void (*)(void))fold_words, METH_FASTCALL, fold_words_doc},
    {"scrambled", (PyCFunction)(void (*)(void))scrambled, METH_FASTCALL, scrambled_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_asciikv", "The ASCII keyword view's fold-and-join pass and the scrambled-word check.", -1,
    methods,
};

PyMODINIT_FUNC
PyInit__asciikv(void)
{
    scr_init();
    return PyModule_Create(&module);
}
