/* Native helpers of the keyword view (spanwatch.processors.normalize): the alphanumeric words of a str joined
 * by single spaces (words), the spans of its tokens (token_spans, for the map back to the text), and
 * whitespace collapsing for value hashes (collapse).
 *
 * words(s) returns what re.sub(r"[\W_]+", " ", s).strip() returns: for a str pattern re's \w is
 * Py_UNICODE_ISALNUM(c) or "_", so [\W_] is exactly "not Py_UNICODE_ISALNUM", and the words are the maximal
 * runs of alphanumeric code points. Why C: on non-ASCII text (20 % of the dev mix) the regex spends ~60 us
 * per 1.5 KB text testing a Unicode category at every position, plain Python string methods the same; one
 * pass over the code points takes a few microseconds. normalize.py keeps the regex as the fallback and the
 * reference (tests compare both).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* ASCII alphanumerics, looked up without the Unicode database (its four calls per character dominate on
 * ASCII text, which is most of every text); equal to Py_UNICODE_ISALNUM below 128 (a test checks every code
 * point). */
static const unsigned char ASCII_ALNUM[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* ASCII whitespace as str.isspace() sees it: \t \n \v \f \r, the separators \x1c-\x1f, and the space. */
static const unsigned char ASCII_SPACE[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

#define IS_ALNUM(c) ((c) < 128 ? ASCII_ALNUM[(c)] : Py_UNICODE_ISALNUM(c))

/* The runs of kept characters of a str joined by single spaces: alphanumerics for words(), everything but
 * whitespace for collapse(). mode is a constant at each call, so the compiler specialises both loops. */
enum { KEEP_ALNUM, KEEP_NONSPACE };

static inline int
kept(int mode, Py_UCS4 c)
{
    if (mode == KEEP_ALNUM) {
        return IS_ALNUM(c);
    }
    return c < 128 ? !ASCII_SPACE[c] : !Py_UNICODE_ISSPACE(c);
}

static inline PyObject *
join_runs(PyObject *arg, int mode, const char *type_error)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, type_error);
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    if (PyUnicode_IS_ASCII(arg)) {
        /* One pass over the bytes into a scratch buffer (the output is never longer than the text). */
        const unsigned char *src = (const unsigned char *)data;
        char *buf = PyMem_Malloc(n ? n : 1);
        if (buf == NULL) {
            return PyErr_NoMemory();
        }
        Py_ssize_t j = 0;
        int in_run = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            unsigned char c = src[i];
            if (kept(mode, c)) {
                if (!in_run && j) {
                    buf[j++] = ' ';
                }
                in_run = 1;
                buf[j++] = (char)c;
            }
            else {
                in_run = 0;
            }
        }
        PyObject *out = PyUnicode_DecodeASCII(buf, j, NULL);
        PyMem_Free(buf);
        return out;
    }
    /* One pass (the Unicode database is consulted once per character: four table look-ups for an alphanumeric
     * test) into a UCS4 scratch buffer; the str is then built from it in its narrowest kind. Two passes, one to
     * size the result and one to fill it, cost twice the look-ups (~13 -> ~7 us for words() of a 1.5 KB
     * non-ASCII text). */
    Py_UCS4 *buf = PyMem_Malloc(sizeof(Py_UCS4) * (n ? n : 1));
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t j = 0;
    int in_run = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (kept(mode, c)) {
            if (!in_run && j) {
                buf[j++] = ' ';
            }
            in_run = 1;
            buf[j++] = c;
        }
        else {
            in_run = 0;
        }
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, j);
    PyMem_Free(buf);
    return out;
}

static PyObject *
words(PyObject *module, PyObject *arg)
{
    return join_runs(arg, KEEP_ALNUM, "words() argument must be str");
}

/* A keyword-view token character: what re's (?:[^\W_]|[@$]) matches on str. */
#define TOKEN_CHAR(c) (IS_ALNUM(c) || (c) == '@' || (c) == '$')

/* The next token of s[*i:end], a maximal run of TOKEN_CHARs: 1 with its bounds in [*a, *i), 0 (and *i == end)
   when none is left. token_spans and token_map walk the text with it. */
static inline int
next_token(int kind, const void *data, Py_ssize_t *i, Py_ssize_t end, Py_ssize_t *a)
{
    Py_ssize_t j = *i;
    while (j < end && !TOKEN_CHAR(PyUnicode_READ(kind, data, j))) {
        j++;
    }
    if (j == end) {
        *i = j;
        return 0;
    }
    *a = j;
    while (j < end && TOKEN_CHAR(PyUnicode_READ(kind, data, j))) {
        j++;
    }
    *i = j;
    return 1;
}

/* list.append(int(v)); -1 with an exception set on failure. */
static inline int
append_index(PyObject *list, Py_ssize_t v)
{
    PyObject *o = PyLong_FromSsize_t(v);
    if (o == NULL) {
        return -1;
    }
    int rc = PyList_Append(list, o);
    Py_DECREF(o);
    return rc;
}

static PyObject *
token_spans(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "token_spans() takes (str, start, end)");
        return NULL;
    }
    PyObject *s = args[0];
    if (PyUnicode_READY(s) < 0) {
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    if (start == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if (end == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (start < 0 || end > n || start > end) {
        PyErr_SetString(PyExc_ValueError, "token_spans() needs 0 <= start <= end <= len(s)");
        return NULL;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = start, a = 0;
    while (next_token(kind, data, &i, end, &a)) {
        if (append_index(out, a) < 0 || append_index(out, i) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

static PyObject *
token_map(PyObject *module, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "token_map() argument must be str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    PyObject *spans = PyList_New(0);
    PyObject *pos = PyList_New(0);
    if (spans == NULL || pos == NULL) {
        goto fail;
    }
    Py_ssize_t i = 0, a = 0, cursor = 0;
    while (next_token(kind, data, &i, n, &a)) {
        if (append_index(pos, cursor) < 0 || append_index(spans, a) < 0 || append_index(spans, i) < 0) {
            goto fail;
        }
        cursor += i - a + 1;
    }
    return Py_BuildValue("(NN)", spans, pos);
fail:
    Py_XDECREF(spans);
    Py_XDECREF(pos);
    return NULL;
}

PyDoc_STRVAR(token_map_doc,
"token_map(s: str) -> tuple[list[int], list[int]]\n\n"
"(token_spans(s, 0, len(s)), the offset of each token in the words joined by single spaces): the keyword\n"
"view's map when every token keeps its length (ASCII text without spaced letters).");

PyDoc_STRVAR(token_spans_doc,
"token_spans(s: str, start: int, end: int) -> list[int]\n\n"
"Start and end offsets, flattened, of the maximal runs of alphanumeric characters, '@' and '$' in s[start:end]:\n"
"the spans re.finditer(r\"(?:[^\\W_]|[@$])+\", s, start, end) yields.");

static PyObject *
collapse(PyObject *module, PyObject *arg)
{
    return join_runs(arg, KEEP_NONSPACE, "collapse() argument must be str");
}

PyDoc_STRVAR(collapse_doc,
"collapse(s: str) -> str\n\n"
"\" \".join(s.split()) in one pass: whitespace runs (str.isspace) become one space, none at either end.");

PyDoc_STRVAR(words_doc,
"words(s: str) -> str\n\n"
"The maximal runs of alphanumeric characters of s (str.isalnum), joined by single spaces: the same string as\n"
"re.sub(r\"[\\W_]+\", \" \", s).strip().");

static PyMethodDef words_methods[] = {
    {"words", words, METH_O, words_doc},
    {"collapse", collapse, METH_O, collapse_doc},
    {"token_spans", (PyCFunction)(void (*)(void))token_spans, METH_FASTCALL, token_spans_doc},
    {"token_map", token_map, METH_O, token_map_doc},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot words_slots[] = {
    {0, NULL},
};

static struct PyModuleDef words_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "spanwatch.processors._words",
    .m_doc = "Native helper of the keyword view (see normalize.py, whose regex is the reference).",
    .m_size = 0,
    .m_methods = words_methods,
    .m_slots = words_slots,
};

PyMODINIT_FUNC
PyInit__words(void)
{
    return PyModuleDef_Init(&words_module);
}
