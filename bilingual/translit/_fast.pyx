# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""The beam decoder of :mod:`bilingual.translit.core` (``_decode`` and ``_layer``) over integer-coded tables, compiled.

Optional: ``core`` uses it when it is built (``pip install .`` with a C compiler; ``Cython`` is a build requirement)
and falls back on its own interpreted decoder otherwise. Every reading, score, tie order and unit path is the
interpreted decoder's: the same floating-point operations in the same order (built with ``-ffp-contract=off``).

Integer coding, built once per :class:`bilingual.translit.model.LangModel` (:func:`fast_model`):

- letters (Arabic-script characters, ``^``, ``$``) as ids of 16 bits; a letter-model key of up to four letters is
  their ids side by side in a 64-bit int, looked up in open-addressing tables (``letters`` and ``backoff``);
- joint-model tokens (``unit:letters``, ``^``, ``$``) as ids of 21 bits; a key of up to three tokens in 63 bits;
- each reading of the word so far is a node of a trie of letters built per word (so a layer's readings are merged by
  node, not by string); the lexicon-bound search keeps, per node, the range of the sorted word list it begins.
"""

from libc.stdlib cimport malloc, realloc, free, calloc
from libc.string cimport memset, memcmp
from libc.stdint cimport uint64_t, int64_t, uint16_t, int16_t
from cpython.ref cimport PyObject

cdef extern from "Python.h":
    PyObject* PyTuple_GET_ITEM(object, Py_ssize_t)
    Py_UCS4 PyUnicode_READ_CHAR(PyObject*, Py_ssize_t)
    Py_ssize_t PyUnicode_GET_LENGTH(PyObject*)
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    object PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
    int PyUnicode_4BYTE_KIND
    void PyObject_GC_UnTrack(void *op)

cdef double UNSEEN = -12.0  # bilingual.translit.model._UNSEEN
cdef uint64_t GOLDEN = 0x9E3779B97F4A7C15ULL


# ---------------------------------------------------------------------------------------------
# uint64 -> double and uint64 -> int tables (open addressing, 0 is no key)

cdef struct DMap:
    uint64_t *keys
    double *vals
    uint64_t mask
    Py_ssize_t size


cdef int dmap_init(DMap *m, Py_ssize_t n) except -1:
    cdef uint64_t cap = 16
    while cap < <uint64_t>(2 * n + 2):
        cap <<= 1
    m.keys = <uint64_t *>calloc(cap, sizeof(uint64_t))
    m.vals = <double *>malloc(cap * sizeof(double))
    if m.keys == NULL or m.vals == NULL:
        raise MemoryError()
    m.mask = cap - 1
    m.size = 0
    return 0


cdef void dmap_free(DMap *m) noexcept:
    free(m.keys)
    free(m.vals)
    m.keys = NULL
    m.vals = NULL


cdef inline void dmap_put(DMap *m, uint64_t key, double value) noexcept:
    """Only while building (the table was sized for every key at once)."""
    cdef uint64_t h = (key * GOLDEN) >> 20
    while True:
        h &= m.mask
        if m.keys[h] == 0:
            m.keys[h] = key
            m.vals[h] = value
            m.size += 1
            return
        if m.keys[h] == key:
            m.vals[h] = value
            return
        h += 1


cdef inline bint dmap_get(const DMap *m, uint64_t key, double *out) noexcept nogil:
    cdef uint64_t h = (key * GOLDEN) >> 20
    cdef uint64_t k
    while True:
        h &= m.mask
        k = m.keys[h]
        if k == key:
            out[0] = m.vals[h]
            return True
        if k == 0:
            return False
        h += 1


# ---------------------------------------------------------------------------------------------
# Letters: one id per character, shared by every model

cdef int _char_id[65536]
cdef dict _wide_ids = {}  # characters beyond the BMP
cdef list _chars = [None]  # id -> the character
cdef Py_UCS4 *_cps = NULL  # id -> code point
cdef Py_ssize_t _cps_cap = 0


cdef int char_id(Py_UCS4 c) except -1:
    """The id of a character, given one on first sight."""
    global _cps, _cps_cap
    cdef int k
    if c < 65536:
        k = _char_id[c]
        if k:
            return k
    else:
        found = _wide_ids.get(c)
        if found is not None:
            return found
    k = len(_chars)
    if k >= 65535:
        raise ValueError("translit: too many distinct letters for the compiled decoder")
    if k >= _cps_cap:
        _cps_cap = max(256, 2 * _cps_cap)
        _cps = <Py_UCS4 *>realloc(_cps, _cps_cap * sizeof(Py_UCS4))
        if _cps == NULL:
            raise MemoryError()
    _cps[k] = c
    _chars.append(c)
    if c < 65536:
        _char_id[c] = k
    else:
        _wide_ids[c] = k
    return k


cdef uint64_t letters_code(str s) except? 0:
    """A string of up to four letters as one int (16 bits a letter, the first highest)."""
    cdef uint64_t code = 0
    cdef Py_UCS4 c
    for c in s:
        code = (code << 16) | <uint64_t>char_id(c)
    return code


# ---------------------------------------------------------------------------------------------
# The model file's n-gram parts, read in place (``model._ngram_bytes``: per table its count, the length of its keys,
# the keys in UTF-8 joined by NUL, and the log probabilities in thousandths as 16-bit ints, little-endian)

cdef inline Py_ssize_t _u32(const unsigned char *d) noexcept:
    return <Py_ssize_t>(<uint64_t>d[0] | (<uint64_t>d[1] << 8) | (<uint64_t>d[2] << 16) | (<uint64_t>d[3] << 24))


cdef inline double _thousandths(const unsigned char *values, Py_ssize_t k) noexcept:
    """``model._ngram_from_bytes``'s value: the 16-bit int times 0.001 (the same double)."""
    cdef int16_t v = <int16_t>(<uint16_t>values[2 * k] | (<uint16_t>values[2 * k + 1] << 8))
    return <double>v * 0.001


cdef inline Py_UCS4 _utf8_next(const unsigned char *s, Py_ssize_t *i) noexcept:
    """The character at ``s[i]`` (the file is valid UTF-8, written by ``str.encode``), ``i`` moved past it."""
    cdef Py_ssize_t k = i[0]
    cdef unsigned char c = s[k]
    if c < 0x80:
        i[0] = k + 1
        return c
    if c < 0xE0:
        i[0] = k + 2
        return ((c & 0x1F) << 6) | (s[k + 1] & 0x3F)
    if c < 0xF0:
        i[0] = k + 3
        return ((c & 0x0F) << 12) | ((s[k + 1] & 0x3F) << 6) | (s[k + 2] & 0x3F)
    i[0] = k + 4
    return ((c & 0x07) << 18) | ((s[k + 1] & 0x3F) << 12) | ((s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F)


cdef int _ngram_table(const unsigned char *d, Py_ssize_t length, Py_ssize_t *pos, Py_ssize_t *n,
                      const unsigned char **keys, Py_ssize_t *size, const unsigned char **values) except -1:
    """One table's place in an n-gram part, ``pos`` moved past it."""
    if pos[0] + 8 > length:
        raise ValueError("translit model: a truncated n-gram part")
    n[0] = _u32(d + pos[0])
    size[0] = _u32(d + pos[0] + 4)
    if pos[0] + 8 + size[0] + 2 * n[0] > length:
        raise ValueError("translit model: a truncated n-gram part")
    keys[0] = d + pos[0] + 8
    values[0] = keys[0] + size[0]
    pos[0] += 8 + size[0] + 2 * n[0]
    return 0


cdef int _letters_from_bytes(DMap *p, DMap *b, bytes data) except -1:
    """``LetterTable``'s two tables from the letter model's part, as from its dicts: keys of one to four letters."""
    cdef const unsigned char *d = data
    cdef Py_ssize_t length = len(data), pos = 0, n, size, k, start, end, j, count
    cdef const unsigned char *keys
    cdef const unsigned char *values
    cdef DMap *m
    cdef uint64_t code
    cdef int t
    for t in range(2):
        m = p if t == 0 else b
        _ngram_table(d, length, &pos, &n, &keys, &size, &values)
        dmap_init(m, n)
        start = 0
        for k in range(n):
            end = start
            count = 0
            while end < size and keys[end] != 0:
                if (keys[end] & 0xC0) != 0x80:
                    count += 1
                end += 1
            if 1 <= count <= 4:
                code = 0
                j = start
                while j < end:
                    code = (code << 16) | <uint64_t>char_id(_utf8_next(keys, &j))
                dmap_put(m, code, _thousandths(values, k))
            start = end + 1
    return 0


cdef inline uint64_t _fnv(const unsigned char *s, Py_ssize_t n) noexcept:
    cdef uint64_t h = 0xCBF29CE484222325ULL
    cdef Py_ssize_t k
    for k in range(n):
        h = (h ^ s[k]) * 0x100000001B3ULL
    return h


cdef class LetterTable:
    """A letter model (``LangModel.letters`` and ``backoff``) keyed by ints."""

    cdef DMap p
    cdef DMap b
    cdef object source  # what it was built from: the two dicts, or the NgramTables (kept alive: its id keys the cache)

    def __cinit__(self, source, dict letters=None, dict backoff=None, bytes data=None):
        cdef str key
        self.p.keys = NULL
        self.p.vals = NULL
        self.b.keys = NULL
        self.b.vals = NULL
        self.source = source
        if data is not None:
            _letters_from_bytes(&self.p, &self.b, data)
            return
        dmap_init(&self.p, len(letters))
        dmap_init(&self.b, len(backoff))
        for key, value in letters.items():
            if 1 <= len(key) <= 4:
                dmap_put(&self.p, letters_code(key), <double>value)
        for key, value in backoff.items():
            if 1 <= len(key) <= 4:
                dmap_put(&self.b, letters_code(key), <double>value)

    def __dealloc__(self):
        dmap_free(&self.p)
        dmap_free(&self.b)


cdef double letter(LetterTable t, uint64_t key, int length) noexcept:
    """``LangModel.letter``: log P of the key's last letter after the ones before it, backing off as it does (the same
    additions in the same order)."""
    cdef double v, w
    if dmap_get(&t.p, key, &v):
        return v
    if length == 1:
        return UNSEEN
    v = letter(t, key & ((<uint64_t>1 << (16 * (length - 1))) - 1), length - 1)
    if dmap_get(&t.b, key >> 16, &w):
        v = w + v
    return v


cdef dict _letter_tables = {}


def forget():
    """Let go of the letter tables (and the letter statistics they were built from and keep alive) and the lexicons'
    views when the models' statistics are released (:func:`bilingual.translit.core.release_statistics`): kept, they
    held the released letter model to the end of a big thread's run (the 100,000-comment report's peak 8 MiB higher);
    and of the word list's ranges (:func:`_ranges_reset`)."""
    _letter_tables.clear()
    _lexicon_views.clear()
    _ranges_reset(None)


# ---------------------------------------------------------------------------------------------
# The lexicon-bound search's ranges of its sorted word list, shared by every word's search

# A node's range in the sorted word list is that of its reading, a prefix P: the range of P followed by a letter c
# depends only on where P's range starts (``lo``: P is ``words[lo][:d]``), P's length d and c. Words read in a row
# share most of their prefixes (ال, و, ب ...), so each (lo, d, c) is searched once (two binary searches touching a
# string object each step: the bound search's costliest step) and looked up after. Keys ``lo << 29 | d << 21 | c``
# (+1, 0 is no key), values ``lo' << 34 | hi' << 4 | state``; at most _RANGES_MAX slots (2 MiB), then cleared.
cdef uint64_t *_range_keys = NULL
cdef uint64_t *_range_vals = NULL
cdef uint64_t _range_mask = 0
cdef Py_ssize_t _range_count = 0
cdef object _range_words = None  # the word list the ranges are of (let go by forget)
cdef enum:
    _RANGES_START = 1 << 12
    _RANGES_MAX = 1 << 17


cdef int _ranges_reset(tuple words) except -1:
    """No range known; of ``words`` from now on (None: let go of every table)."""
    global _range_keys, _range_vals, _range_mask, _range_count, _range_words
    free(_range_keys)
    free(_range_vals)
    _range_keys = NULL
    _range_vals = NULL
    _range_mask = 0
    _range_count = 0
    _range_words = words
    if words is not None:
        _range_keys = <uint64_t *>calloc(_RANGES_START, sizeof(uint64_t))
        _range_vals = <uint64_t *>malloc(_RANGES_START * sizeof(uint64_t))
        if _range_keys == NULL or _range_vals == NULL:
            free(_range_keys)
            free(_range_vals)
            _range_keys = NULL
            _range_vals = NULL
            _range_words = None
            raise MemoryError()
        _range_mask = _RANGES_START - 1
    return 0


cdef int _ranges_for(tuple words) except -1:
    """The shared ranges made ready for ``words`` (a new list: none known)."""
    if _range_words is not words or _range_keys == NULL:
        _ranges_reset(words)
    return 0


cdef inline bint _range_get(uint64_t key, uint64_t *out) noexcept:
    cdef uint64_t h = (key * GOLDEN) >> 20
    cdef uint64_t k
    while True:
        h &= _range_mask
        k = _range_keys[h]
        if k == key:
            out[0] = _range_vals[h]
            return True
        if k == 0:
            return False
        h += 1


cdef void _range_put(uint64_t key, uint64_t value) noexcept:
    """Remembered when there is room (a full table of the largest size is emptied first; no memory: not kept)."""
    global _range_keys, _range_vals, _range_mask, _range_count
    cdef uint64_t cap, i, h, k
    cdef uint64_t *keys
    cdef uint64_t *vals
    if 2 * (_range_count + 1) > <Py_ssize_t>(_range_mask + 1):
        cap = 2 * (_range_mask + 1)
        if cap > _RANGES_MAX:
            memset(_range_keys, 0, (_range_mask + 1) * sizeof(uint64_t))
            _range_count = 0
        else:
            keys = <uint64_t *>calloc(cap, sizeof(uint64_t))
            vals = <uint64_t *>malloc(cap * sizeof(uint64_t))
            if keys == NULL or vals == NULL:
                free(keys)
                free(vals)
                return
            for i in range(_range_mask + 1):
                k = _range_keys[i]
                if k:
                    h = (k * GOLDEN) >> 20
                    while True:
                        h &= cap - 1
                        if keys[h] == 0:
                            keys[h] = k
                            vals[h] = _range_vals[i]
                            break
                        h += 1
            free(_range_keys)
            free(_range_vals)
            _range_keys = keys
            _range_vals = vals
            _range_mask = cap - 1
    h = (key * GOLDEN) >> 20
    while True:
        h &= _range_mask
        if _range_keys[h] == 0:
            _range_keys[h] = key
            _range_vals[h] = value
            _range_count += 1
            return
        if _range_keys[h] == key:
            _range_vals[h] = value
            return
        h += 1


cdef LetterTable letter_table_of(tables):
    """One table per letter model (``model.NgramTables``: a romanization's, which every region's statistics share, or
    a region's model of Latin words), built from the file's bytes when it has them (its dicts never made), else from
    its dicts."""
    key = id(tables)
    found = _letter_tables.get(key)
    if found is not None and (<LetterTable>found).source is tables:
        return <LetterTable>found
    if len(_letter_tables) >= 8:
        _letter_tables.clear()
    data = tables.data
    table = LetterTable(tables, data=data) if data is not None else LetterTable(tables, tables.p, tables.b)
    _letter_tables[key] = table
    return table


# ---------------------------------------------------------------------------------------------
# One model's tables

cdef struct Slices:
    # byte slices of a buffer -> token ids (FastModel.joint_from_bytes): open addressing, at most half full
    uint64_t *hash
    Py_ssize_t *start
    Py_ssize_t *length  # -1: an empty slot
    int *id
    Py_ssize_t cap  # a power of two
    Py_ssize_t used


cdef int _slices_init(Slices *t, Py_ssize_t cap) except -1:
    cdef Py_ssize_t k
    t.hash = <uint64_t *>malloc(cap * sizeof(uint64_t))
    t.start = <Py_ssize_t *>malloc(cap * sizeof(Py_ssize_t))
    t.length = <Py_ssize_t *>malloc(cap * sizeof(Py_ssize_t))
    t.id = <int *>malloc(cap * sizeof(int))
    t.cap = cap
    t.used = 0
    if t.hash == NULL or t.start == NULL or t.length == NULL or t.id == NULL:
        _slices_free(t)
        raise MemoryError()
    for k in range(cap):
        t.length[k] = -1
    return 0


cdef void _slices_free(Slices *t) noexcept:
    free(t.hash)
    free(t.start)
    free(t.length)
    free(t.id)
    t.hash = NULL
    t.start = NULL
    t.length = NULL
    t.id = NULL


cdef inline Py_ssize_t _slices_find(const Slices *t, const unsigned char *base, uint64_t h, Py_ssize_t start,
                                    Py_ssize_t length) noexcept:
    """The slot of the slice ``base[start:start + length]`` (hash ``h``), or of the empty slot where it would go."""
    cdef Py_ssize_t slot = <Py_ssize_t>(h & <uint64_t>(t.cap - 1))
    while t.length[slot] >= 0 and not (t.hash[slot] == h and t.length[slot] == length
                                       and memcmp(base + t.start[slot], base + start, length) == 0):
        slot = (slot + 1) & (t.cap - 1)
    return slot


cdef int _slices_add(Slices *t, const unsigned char *base, uint64_t h, Py_ssize_t start, Py_ssize_t length,
                     int token) except -1:
    """A new slice (not in the table) and its token id, the table grown first when it would be over half full."""
    cdef Slices grown
    cdef Py_ssize_t k, slot
    if 2 * (t.used + 1) > t.cap:
        _slices_init(&grown, 2 * t.cap)
        for k in range(t.cap):
            if t.length[k] >= 0:
                slot = <Py_ssize_t>(t.hash[k] & <uint64_t>(grown.cap - 1))
                while grown.length[slot] >= 0:
                    slot = (slot + 1) & (grown.cap - 1)
                grown.hash[slot] = t.hash[k]
                grown.start[slot] = t.start[k]
                grown.length[slot] = t.length[k]
                grown.id[slot] = t.id[k]
        grown.used = t.used
        _slices_free(t)
        t[0] = grown
    slot = _slices_find(t, base, h, start, length)
    t.hash[slot] = h
    t.start[slot] = start
    t.length[slot] = length
    t.id[slot] = token
    t.used += 1
    return 0


_PLACES = "WBEM"  # a unit's place in the word (whole, beginning, end, middle): its key's suffix, coded 0-3

cdef enum:
    TOKEN_BITS = 21
    UNIT_CHAR_LIMIT = 16384  # a unit's letters below this are coded 14 bits each, four at most (FastModel.unit_keys)
    MAX_LETTERS = 8  # letters of one unit's reading (a model with longer ones is not coded: the interpreted decoder reads)


cdef class FastModel:
    """A :class:`~bilingual.translit.model.LangModel`'s channel and joint model coded as ints, with its letter table."""

    cdef LetterTable letters
    cdef DMap jp
    cdef DMap jb
    cdef dict token_ids
    cdef dict key_ids  # "unit|position" -> id
    cdef DMap unit_keys  # unit_code(unit, position) -> id (when keys_coded)
    cdef bint keys_coded  # every key's unit is coded (else the decoder looks ``key_ids`` up by string)
    cdef int *key_start
    cdef int *key_count
    cdef int n_options
    cdef int *opt_token
    cdef double *opt_logp
    cdef int *opt_len
    cdef uint64_t *opt_chars  # MAX_LETTERS ids per option
    cdef list opt_letters  # option -> its letters (str)
    cdef list opt_unit_reading  # option -> "unit|letters" (what ``banned`` names)
    cdef dict banned_flags  # banned -> bytes, one per option
    cdef int max_unit
    cdef int start_token
    cdef int end_token
    cdef uint64_t end_letter

    def __cinit__(self):
        self.unit_keys.keys = NULL
        self.unit_keys.vals = NULL
        self.keys_coded = False
        self.key_start = NULL
        self.key_count = NULL
        self.opt_token = NULL
        self.opt_logp = NULL
        self.opt_len = NULL
        self.opt_chars = NULL

    def __init__(self, model):
        cdef dict channel = model.channel_part  # as the file holds it: ``model.options`` is never made
        cdef int k, o, n_keys
        cdef str key, letters, unit
        # (no reference back to the model: the model holds this, and a cycle between them outlived
        # release_statistics, frozen with the thread by collector.frozen_heap until the run's end: the statistics'
        # 14 MB stayed in the 100,000-comment report's peak, 260 MiB against 245 without the extension)
        self.letters = letter_table_of(model.letter_tables)
        self.max_unit = model.max_unit
        self.token_ids = {}
        self.start_token = self.token("^")
        self.end_token = self.token("$")
        self.end_letter = <uint64_t>char_id(u"$")
        char_id(u"^")
        joint = model.joint_tables
        if joint.data is not None:  # from the file's bytes: the joint model's dicts are never made
            self.joint_from_bytes(joint.data)
        else:
            dmap_init(&self.jp, len(joint.p))
            dmap_init(&self.jb, len(joint.b))
            for key, value in joint.p.items():
                dmap_put(&self.jp, self.tokens_code(key), <double>value)
            for key, value in joint.b.items():
                dmap_put(&self.jb, self.tokens_code(key), <double>value)
        n_keys = len(channel)
        self.n_options = sum(len(v) for v in channel.values())
        self.key_start = <int *>malloc((n_keys + 1) * sizeof(int))
        self.key_count = <int *>malloc((n_keys + 1) * sizeof(int))
        self.opt_token = <int *>malloc((self.n_options + 1) * sizeof(int))
        self.opt_logp = <double *>malloc((self.n_options + 1) * sizeof(double))
        self.opt_len = <int *>malloc((self.n_options + 1) * sizeof(int))
        self.opt_chars = <uint64_t *>malloc((self.n_options + 1) * MAX_LETTERS * sizeof(uint64_t))
        if (self.key_start == NULL or self.key_count == NULL or self.opt_token == NULL or self.opt_logp == NULL
                or self.opt_len == NULL or self.opt_chars == NULL):
            raise MemoryError()
        self.key_ids = {}
        dmap_init(&self.unit_keys, n_keys)
        self.keys_coded = True
        self.opt_letters = []
        self.opt_unit_reading = []
        self.banned_flags = {}
        o = 0
        k = 0
        for key, readings in channel.items():
            self.key_ids[key] = k
            self.code_key(key, k)
            self.key_start[k] = o
            self.key_count[k] = len(readings)
            unit = key.rpartition("|")[0]
            for letters, logp in readings:  # as ``model.options`` makes each reading
                if len(letters) > MAX_LETTERS:
                    raise ValueError("translit: a reading too long for the compiled decoder")
                self.opt_token[o] = self.token(unit + ":" + letters)
                self.opt_logp[o] = <double>float(logp)
                self.opt_len[o] = len(letters)
                for c in range(len(letters)):
                    self.opt_chars[o * MAX_LETTERS + c] = <uint64_t>char_id(letters[c])
                self.opt_letters.append(letters)
                self.opt_unit_reading.append(unit + "|" + letters)
                o += 1
            k += 1

    def __dealloc__(self):
        dmap_free(&self.jp)
        dmap_free(&self.jb)
        dmap_free(&self.unit_keys)
        free(self.key_start)
        free(self.key_count)
        free(self.opt_token)
        free(self.opt_logp)
        free(self.opt_len)
        free(self.opt_chars)

    cdef int code_key(self, str key, int k) except -1:
        """``key`` ("unit|W", "|B", "|E" or "|M") put in ``unit_keys``; a key whose unit cannot be coded (a letter
        outside ``UNIT_CHAR_LIMIT``, more than four letters) turns the coded look-up off for the model."""
        cdef uint64_t code = 0
        cdef Py_UCS4 c
        cdef int place
        unit, _, position = key.rpartition("|")
        place = _PLACES.find(position) if len(position) == 1 else -1
        if place < 0:
            return 0  # never asked for by the decoder
        if len(unit) > 4:
            self.keys_coded = False
            return 0
        for c in unit:
            if c == 0 or c >= UNIT_CHAR_LIMIT:
                self.keys_coded = False
                return 0
            code = (code << 14) | <uint64_t>c
        dmap_put(&self.unit_keys, (code << 2) | <uint64_t>place, <double>k)
        return 0

    cdef int token(self, str token) except -1:
        found = self.token_ids.get(token)
        if found is not None:
            return found
        k = len(self.token_ids) + 1
        if k >= (1 << TOKEN_BITS):
            raise ValueError("translit: too many joint-model tokens for the compiled decoder")
        self.token_ids[token] = k
        return k

    cdef uint64_t tokens_code(self, str key) except? 0:
        cdef uint64_t code = 0
        parts = key.split(" ")
        if len(parts) > 3:
            raise ValueError("translit: a joint-model key of more than three tokens")
        for part in parts:
            code = (code << TOKEN_BITS) | <uint64_t>self.token(part)
        return code

    cdef int joint_from_bytes(self, bytes data) except -1:
        """``jp`` and ``jb`` from the joint model's part, as :meth:`tokens_code` codes its dicts' keys (the same ids:
        tokens are met in the same order); each distinct token's bytes are decoded once, through a table of slices."""
        cdef const unsigned char *d = data
        cdef Py_ssize_t length = len(data), pos = 0, n, size, k, start, end, j, tok_start, slot
        cdef const unsigned char *keys
        cdef const unsigned char *values
        cdef DMap *m
        cdef uint64_t code, h
        cdef int parts, tok
        cdef Slices seen
        cdef int t
        # the context (the tokens before the last) of the key before: the file keeps a context's keys together
        cdef Py_ssize_t ctx_start = 0, ctx_len = -1, last_space
        cdef uint64_t ctx_code = 0
        cdef int ctx_parts = 0
        _slices_init(&seen, 4096)
        try:
            for t in range(2):
                m = &self.jp if t == 0 else &self.jb
                _ngram_table(d, length, &pos, &n, &keys, &size, &values)
                dmap_init(m, n)
                start = keys - d
                for k in range(n):
                    end = start
                    while end < (keys - d) + size and d[end] != 0:
                        end += 1
                    code = 0
                    parts = 0
                    tok_start = start
                    last_space = end - 1
                    while last_space >= start and d[last_space] != 32:
                        last_space -= 1
                    if (last_space >= start and last_space - start == ctx_len
                            and memcmp(d + start, d + ctx_start, ctx_len) == 0):
                        code = ctx_code  # the same tokens before the last as the key before: coded then
                        parts = ctx_parts
                        tok_start = last_space + 1
                    while True:
                        j = tok_start
                        while j < end and d[j] != 32:
                            j += 1
                        parts += 1
                        if parts > 3:
                            raise ValueError("translit: a joint-model key of more than three tokens")
                        h = _fnv(d + tok_start, j - tok_start)
                        slot = _slices_find(&seen, d, h, tok_start, j - tok_start)
                        if seen.length[slot] >= 0:
                            tok = seen.id[slot]
                        else:
                            tok = self.token(PyUnicode_DecodeUTF8(<const char *>(d + tok_start), j - tok_start, NULL))
                            _slices_add(&seen, d, h, tok_start, j - tok_start, tok)
                        if j >= end:
                            if last_space >= start and tok_start == last_space + 1:
                                ctx_start, ctx_len, ctx_code, ctx_parts = start, last_space - start, code, parts - 1
                            code = (code << TOKEN_BITS) | <uint64_t>tok
                            break
                        code = (code << TOKEN_BITS) | <uint64_t>tok
                        tok_start = j + 1
                    dmap_put(m, code, _thousandths(values, k))
                    start = end + 1
        finally:
            _slices_free(&seen)
        return 0

    cdef bytes flags(self, banned):
        found = self.banned_flags.get(banned)
        if found is None:
            found = bytes([reading in banned for reading in self.opt_unit_reading])
            self.banned_flags[banned] = found
        return <bytes>found

    cdef inline double joint(self, uint64_t t1, uint64_t t2, uint64_t tok) noexcept:
        """``LangModel.step_row``'s joint log P of ``tok`` after the two tokens ``t1 t2``."""
        cdef double v, inner, outer, own
        if not dmap_get(&self.jp, (t2 << TOKEN_BITS) | tok, &v):
            if not dmap_get(&self.jp, tok, &v):
                v = UNSEEN
            if dmap_get(&self.jb, t2, &inner):
                v = inner + v
        if dmap_get(&self.jb, (t1 << TOKEN_BITS) | t2, &outer):
            if dmap_get(&self.jp, (((t1 << TOKEN_BITS) | t2) << TOKEN_BITS) | tok, &own):
                return own
            return outer + v
        return v

    cdef double end(self, uint64_t t1, uint64_t t2) noexcept:
        """``LangModel.pair(ctx, "$")`` (:func:`bilingual.translit.model.backoff_logp`)."""
        cdef uint64_t e = <uint64_t>self.end_token
        cdef double v, b1, b2
        cdef bint has1, has2
        if dmap_get(&self.jp, (((t1 << TOKEN_BITS) | t2) << TOKEN_BITS) | e, &v):
            return v
        has1 = dmap_get(&self.jb, (t1 << TOKEN_BITS) | t2, &b1)
        if dmap_get(&self.jp, (t2 << TOKEN_BITS) | e, &v):
            return b1 + v if has1 else v
        has2 = dmap_get(&self.jb, t2, &b2)
        if not dmap_get(&self.jp, e, &v):
            v = UNSEEN
        if has2:
            v = b2 + v
        if has1:
            v = b1 + v
        return v


def fast_model(model):
    """The model's :class:`FastModel`, built on first use and kept on the model (``None``: the model cannot be coded,
    the interpreted decoder reads with it)."""
    found = model._fast
    if found is None:
        try:
            found = FastModel(model)
        except ValueError:
            found = False
        model._fast = found
    return found if found is not False else None


# ---------------------------------------------------------------------------------------------
# The lattice of one word

cdef struct Entry:
    double score
    double lsum
    int node  # the reading: a node of the lattice's trie
    int start  # where its last unit starts (the layer of ``prev``)
    int opt  # the option that unit was read as (-1: the start)
    int prev  # the entry it extends
    int t1  # the last two tokens
    int t2


cdef class Lattice:
    """The layers of one word's search: what :func:`bilingual.translit.core._path` and the ranker ask of them."""

    cdef Entry *entries
    cdef Py_ssize_t n_entries, cap_entries
    cdef int *layer_start  # n + 2 offsets into entries
    cdef int *heads  # per layer, at most ``beam`` entries
    cdef int *head_start
    cdef int *head_count
    cdef Py_ssize_t n_heads, cap_heads
    # the trie
    cdef int *parent
    cdef uint64_t *tail  # the last three letters, ^-padded
    cdef int *depth
    cdef int *stamp  # the last layer holding the node
    cdef int *at  # its entry there
    cdef signed char *state  # lexicon-bound: 0 begins no word, 1 begins one, 2 is one
    cdef Py_ssize_t *lo
    cdef Py_ssize_t *hi
    cdef Py_ssize_t n_nodes, cap_nodes
    cdef uint64_t *child_keys
    cdef int *child_vals
    cdef uint64_t child_mask
    cdef Py_ssize_t n_children
    cdef int n
    cdef FastModel fm
    cdef dict finals  # reading -> entry of the last layer, made when first asked for

    def __cinit__(self):
        self.entries = NULL
        self.layer_start = NULL
        self.heads = NULL
        self.head_start = NULL
        self.head_count = NULL
        self.parent = NULL
        self.tail = NULL
        self.depth = NULL
        self.stamp = NULL
        self.at = NULL
        self.state = NULL
        self.lo = NULL
        self.hi = NULL
        self.child_keys = NULL
        self.child_vals = NULL

    def __dealloc__(self):
        free(self.entries)
        free(self.layer_start)
        free(self.heads)
        free(self.head_start)
        free(self.head_count)
        free(self.parent)
        free(self.tail)
        free(self.depth)
        free(self.stamp)
        free(self.at)
        free(self.state)
        free(self.lo)
        free(self.hi)
        free(self.child_keys)
        free(self.child_vals)

    cdef int setup(self, FastModel fm, int n, int beam) except -1:
        self.fm = fm
        self.n = n
        self.cap_entries = 256
        self.entries = <Entry *>malloc(self.cap_entries * sizeof(Entry))
        self.layer_start = <int *>malloc((n + 2) * sizeof(int))
        self.cap_heads = (n + 1) * beam + 1
        self.heads = <int *>malloc(self.cap_heads * sizeof(int))
        self.head_start = <int *>malloc((n + 1) * sizeof(int))
        self.head_count = <int *>malloc((n + 1) * sizeof(int))
        self.cap_nodes = 256
        self.parent = <int *>malloc(self.cap_nodes * sizeof(int))
        self.tail = <uint64_t *>malloc(self.cap_nodes * sizeof(uint64_t))
        self.depth = <int *>malloc(self.cap_nodes * sizeof(int))
        self.stamp = <int *>malloc(self.cap_nodes * sizeof(int))
        self.at = <int *>malloc(self.cap_nodes * sizeof(int))
        self.state = <signed char *>malloc(self.cap_nodes * sizeof(signed char))
        self.lo = <Py_ssize_t *>malloc(self.cap_nodes * sizeof(Py_ssize_t))
        self.hi = <Py_ssize_t *>malloc(self.cap_nodes * sizeof(Py_ssize_t))
        self.child_mask = 1023
        self.child_keys = <uint64_t *>calloc(self.child_mask + 1, sizeof(uint64_t))
        self.child_vals = <int *>malloc((self.child_mask + 1) * sizeof(int))
        if (self.entries == NULL or self.layer_start == NULL or self.heads == NULL or self.head_start == NULL
                or self.head_count == NULL or self.parent == NULL or self.tail == NULL or self.depth == NULL
                or self.stamp == NULL or self.at == NULL or self.state == NULL or self.lo == NULL or self.hi == NULL
                or self.child_keys == NULL or self.child_vals == NULL):
            raise MemoryError()
        self.n_entries = 0
        self.n_heads = 0
        self.n_children = 0
        self.n_nodes = 1  # the root: the empty reading
        self.parent[0] = -1
        cdef uint64_t caret = <uint64_t>char_id(u"^")
        self.tail[0] = (((caret << 16) | caret) << 16) | caret
        self.depth[0] = 0
        self.stamp[0] = -1
        self.at[0] = -1
        self.state[0] = 1
        self.lo[0] = 0
        self.hi[0] = 0
        return 0

    cdef int grow_nodes(self) except -1:
        cdef Py_ssize_t cap = 2 * self.cap_nodes
        self.parent = <int *>realloc(self.parent, cap * sizeof(int))
        self.tail = <uint64_t *>realloc(self.tail, cap * sizeof(uint64_t))
        self.depth = <int *>realloc(self.depth, cap * sizeof(int))
        self.stamp = <int *>realloc(self.stamp, cap * sizeof(int))
        self.at = <int *>realloc(self.at, cap * sizeof(int))
        self.state = <signed char *>realloc(self.state, cap * sizeof(signed char))
        self.lo = <Py_ssize_t *>realloc(self.lo, cap * sizeof(Py_ssize_t))
        self.hi = <Py_ssize_t *>realloc(self.hi, cap * sizeof(Py_ssize_t))
        if (self.parent == NULL or self.tail == NULL or self.depth == NULL or self.stamp == NULL or self.at == NULL
                or self.state == NULL or self.lo == NULL or self.hi == NULL):
            raise MemoryError()
        self.cap_nodes = cap
        return 0

    cdef int grow_children(self) except -1:
        cdef uint64_t old_mask = self.child_mask
        cdef uint64_t *old_keys = self.child_keys
        cdef int *old_vals = self.child_vals
        cdef uint64_t new_mask = 2 * (old_mask + 1) - 1
        cdef uint64_t i, h, key
        self.child_keys = <uint64_t *>calloc(new_mask + 1, sizeof(uint64_t))
        self.child_vals = <int *>malloc((new_mask + 1) * sizeof(int))
        if self.child_keys == NULL or self.child_vals == NULL:
            raise MemoryError()
        self.child_mask = new_mask
        for i in range(old_mask + 1):
            key = old_keys[i]
            if key:
                h = (key * GOLDEN) >> 20
                while True:
                    h &= new_mask
                    if self.child_keys[h] == 0:
                        self.child_keys[h] = key
                        self.child_vals[h] = old_vals[i]
                        break
                    h += 1
        free(old_keys)
        free(old_vals)
        return 0

    cdef int find_child(self, int node, uint64_t c) noexcept:
        """The node of ``node``'s reading followed by the letter ``c``, or -1."""
        cdef uint64_t key = ((<uint64_t>node + 1) << 16) | c
        cdef uint64_t h = (key * GOLDEN) >> 20
        cdef uint64_t k
        while True:
            h &= self.child_mask
            k = self.child_keys[h]
            if k == key:
                return self.child_vals[h]
            if k == 0:
                return -1
            h += 1

    cdef int child(self, int node, uint64_t c, tuple words) except -1:
        """The node of ``node``'s reading followed by the letter ``c``, made when new (with its place in ``words``)."""
        cdef uint64_t key = ((<uint64_t>node + 1) << 16) | c
        cdef uint64_t h = (key * GOLDEN) >> 20
        cdef uint64_t k
        cdef int new
        while True:
            h &= self.child_mask
            k = self.child_keys[h]
            if k == key:
                return self.child_vals[h]
            if k == 0:
                break
            h += 1
        if self.n_nodes == self.cap_nodes:
            self.grow_nodes()
        new = <int>self.n_nodes
        self.n_nodes += 1
        self.child_keys[h] = key
        self.child_vals[h] = new
        self.n_children += 1
        self.parent[new] = node
        # (a literal beyond a C int needs its suffix: without it Cython makes it a Python int, and the mask a Python
        # operation with two conversions at every new node, every unit of two letters and every CRC)
        self.tail[new] = ((self.tail[node] << 16) | c) & 0xFFFFFFFFFFFFULL
        self.depth[new] = self.depth[node] + 1
        self.stamp[new] = -1
        self.at[new] = -1
        if words is not None:
            self.narrow(node, new, _cps[c], words)
        if 2 * self.n_children > <Py_ssize_t>self.child_mask:
            self.grow_children()
        return new

    cdef void narrow(self, int node, int new, Py_UCS4 c, tuple words) noexcept:
        """The range of the sorted ``words`` that the new node's reading begins (``core._word_state``)."""
        cdef Py_ssize_t lo = self.lo[node], hi = self.hi[node], a, b, m
        cdef Py_ssize_t d = self.depth[node]
        cdef uint64_t key = 0, found
        if self.state[node] == 0 or lo >= hi:
            self.state[new] = 0
            self.lo[new] = 0
            self.hi[new] = 0
            return
        if _range_keys != NULL and lo < (1 << 29) and hi < (1 << 30) and d < 256:
            key = ((<uint64_t>lo << 29) | (<uint64_t>d << 21) | <uint64_t>c) + 1
            if _range_get(key, &found):
                self.lo[new] = <Py_ssize_t>(found >> 34)
                self.hi[new] = <Py_ssize_t>((found >> 4) & 0x3FFFFFFF)
                self.state[new] = <signed char>(found & 3)
                return
        if PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(words, lo)) == d:
            lo += 1  # the word the reading is: shorter than every other one it begins
        a, b = lo, hi
        while a < b:
            m = (a + b) >> 1
            if PyUnicode_READ_CHAR(PyTuple_GET_ITEM(words, m), d) < c:
                a = m + 1
            else:
                b = m
        lo = a
        b = hi
        while a < b:
            m = (a + b) >> 1
            if PyUnicode_READ_CHAR(PyTuple_GET_ITEM(words, m), d) <= c:
                a = m + 1
            else:
                b = m
        self.lo[new] = lo
        self.hi[new] = a
        if lo == a:
            self.state[new] = 0
        elif PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(words, lo)) == d + 1:
            self.state[new] = 2
        else:
            self.state[new] = 1
        if key:
            _range_put(key, (<uint64_t>lo << 34) | (<uint64_t>a << 4) | <uint64_t>self.state[new])

    cdef int add_entry(self) except -1:
        if self.n_entries == self.cap_entries:
            self.cap_entries *= 2
            self.entries = <Entry *>realloc(self.entries, self.cap_entries * sizeof(Entry))
            if self.entries == NULL:
                raise MemoryError()
        self.n_entries += 1
        return <int>(self.n_entries - 1)

    cdef str reading(self, int node):
        cdef int d = self.depth[node]
        cdef Py_UCS4 buf[80]
        cdef Py_UCS4 *out = buf
        cdef int c
        if d > 80:
            out = <Py_UCS4 *>malloc(d * sizeof(Py_UCS4))
            if out == NULL:
                raise MemoryError()
        c = d
        while node > 0:
            c -= 1
            out[c] = _cps[self.tail[node] & 0xFFFF]
            node = self.parent[node]
        s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, d)
        if out != buf:
            free(out)
        return s

    cdef int find(self, str reading) except -2:
        """The node of ``reading`` (-1: never reached)."""
        cdef int node = 0
        cdef Py_UCS4 ch
        cdef int k
        for ch in reading:
            if ch < 65536:
                k = _char_id[ch]
            else:
                k = _wide_ids.get(ch, 0)
            if k == 0:
                return -1
            node = self.find_child(node, <uint64_t>k)
            if node < 0:
                return -1
        return node

    def __contains__(self, reading):
        """Whether ``reading`` is in the last layer (as ``reading in layers[-1]``)."""
        return self.last_entry(reading) >= 0

    def __getitem__(self, index):
        """Only the last layer (``lattice[-1]``): the lattice itself, which answers ``in``."""
        if index == -1 or index == self.n:
            return self
        raise IndexError("a compiled lattice gives its last layer only")

    cdef int last_entry(self, reading) except -2:
        if not isinstance(reading, str):
            return -1
        cdef int node = self.find(<str>reading)
        if self.n == 0 or node < 0 or self.stamp[node] != self.n:
            return -1
        return self.at[node]

    def path(self, str reading):
        """``core._path``: the units of the best way ``reading`` was reached, ``(start, end, letters)``."""
        cdef int e = self.last_entry(reading)
        cdef int i = self.n
        cdef Entry *x
        if e < 0:
            raise KeyError(reading)
        units = []
        while i:
            x = &self.entries[e]
            units.append((x.start, i, self.fm.opt_letters[x.opt]))
            i = x.start
            e = x.prev
        units.reverse()
        return tuple(units)


cdef inline double letters_logp(LetterTable t, uint64_t tail, const uint64_t *chars, int length) noexcept:
    """``LangModel._letters_logp`` (one letter: ``LangModel.letter``, as ``core._layer`` asks for it)."""
    cdef double v
    cdef int k
    if length == 1:
        return letter(t, (tail << 16) | chars[0], 4)
    v = 0.0
    for k in range(length):
        v += letter(t, (tail << 16) | chars[k], 4)
        tail = ((tail << 16) | chars[k]) & 0xFFFFFFFFFFFFULL
    return v


def decode(str word, model, weights, banned, words=None):
    """``core._decode`` compiled: ``(readings, lattice)``, readings ``(score, reading, letter log P)`` best first.

    None when the model cannot be coded (the caller decodes with the interpreted decoder)."""
    cdef FastModel fm = fast_model(model)
    if fm is None:
        return None
    cdef int n = len(word)
    cdef double wc = weights.channel, wj = weights.joint, wl = weights.letters
    cdef int beam = weights.beam
    cdef bytes flags_obj = fm.flags(banned)
    cdef const unsigned char *flags = flags_obj
    cdef tuple bound = None
    if words is not None:
        bound = tuple(words) if not isinstance(words, tuple) else <tuple>words
    cdef Lattice lat = Lattice()
    lat.setup(fm, n, beam)
    if bound is not None:
        lat.hi[0] = len(bound)
        _ranges_for(bound)
    cdef LetterTable lt = fm.letters
    cdef int i, j, h, hc, o, o_end, c, length, node, e, k, top, pos
    cdef int place
    cdef Py_ssize_t upos
    cdef uint64_t unit_code
    cdef Py_UCS4 uc
    cdef double unit_id
    cdef int kid
    cdef Entry *head
    cdef Entry *x
    cdef Entry nh
    cdef double s, ls, here, hs
    cdef uint64_t t1, t2, tail
    cdef const uint64_t *chars
    cdef int key_of[8]  # (i, j - i) -> the unit key's id, -1 none
    cdef int top_idx[64]
    cdef dict key_ids = fm.key_ids
    cdef int max_unit = fm.max_unit
    if max_unit > 4 or beam > 64 or beam < 1:
        return None
    # the start
    e = lat.add_entry()
    x = &lat.entries[e]
    x.score = 0.0
    x.lsum = 0.0
    x.node = 0
    x.start = 0
    x.opt = -1
    x.prev = -1
    x.t1 = fm.start_token
    x.t2 = fm.start_token
    lat.layer_start[0] = 0
    lat.layer_start[1] = 1
    lat.stamp[0] = 0
    lat.at[0] = 0
    lat.heads[0] = 0
    lat.head_start[0] = 0
    lat.head_count[0] = 1
    lat.n_heads = 1
    for j in range(1, n + 1):
        # the unit keys of the units ending at j
        if fm.keys_coded:  # coded, no string made: the same ids as ``key_ids`` gives
            for i in range(max(0, j - max_unit), j):
                place = (0 if j == n else 1) if i == 0 else (2 if j == n else 3)
                unit_code = 0
                for upos in range(i, j):
                    uc = word[upos]
                    if uc == 0 or uc >= UNIT_CHAR_LIMIT:
                        unit_code = 0
                        break
                    unit_code = (unit_code << 14) | <uint64_t>uc
                if unit_code != 0 and dmap_get(&fm.unit_keys, (unit_code << 2) | <uint64_t>place, &unit_id):
                    key_of[(j - i) - 1] = <int>unit_id
                else:
                    key_of[(j - i) - 1] = -1
        else:
            for i in range(max(0, j - max_unit), j):
                if i == 0:
                    pos_name = "W" if j == n else "B"
                else:
                    pos_name = "E" if j == n else "M"
                found = key_ids.get(word[i:j] + "|" + pos_name)
                key_of[(j - i) - 1] = -1 if found is None else <int>found
        lat.layer_start[j] = <int>lat.n_entries
        for i in range(max(0, j - max_unit), j):
            hc = lat.head_count[i]
            if hc == 0:
                continue
            kid = key_of[(j - i) - 1]
            if kid < 0:
                continue
            o_end = fm.key_start[kid] + fm.key_count[kid]
            for h in range(hc):
                nh = lat.entries[lat.heads[lat.head_start[i] + h]]  # a copy: entries may move
                hs = nh.score
                t1 = <uint64_t>nh.t2
                tail = lat.tail[nh.node]
                for o in range(fm.key_start[kid], o_end):
                    if flags[o]:
                        continue
                    length = fm.opt_len[o]
                    node = nh.node
                    chars = &fm.opt_chars[o * MAX_LETTERS]
                    if length:
                        for c in range(length):
                            node = lat.child(node, chars[c], bound)
                        if bound is not None and lat.state[node] == 0:
                            continue
                    s = hs + wj * fm.joint(<uint64_t>nh.t1, t1, <uint64_t>fm.opt_token[o])
                    if wc:
                        s += wc * fm.opt_logp[o]
                    ls = nh.lsum
                    if length:
                        here = letters_logp(lt, tail, chars, length)
                        s += wl * here
                        ls += here
                    if lat.stamp[node] == j:
                        x = &lat.entries[lat.at[node]]
                        if x.score < s:
                            x.score = s
                            x.lsum = ls
                            x.start = i
                            x.opt = o
                            x.prev = lat.heads[lat.head_start[i] + h]
                            x.t1 = nh.t2
                            x.t2 = fm.opt_token[o]
                    else:
                        e = lat.add_entry()
                        x = &lat.entries[e]
                        x.score = s
                        x.lsum = ls
                        x.node = node
                        x.start = i
                        x.opt = o
                        x.prev = lat.heads[lat.head_start[i] + h]
                        x.t1 = nh.t2
                        x.t2 = fm.opt_token[o]
                        lat.stamp[node] = j
                        lat.at[node] = e
        lat.layer_start[j + 1] = <int>lat.n_entries
        if j < n:
            # the beam: the ``beam`` best, ties in insertion order (``core._beam``)
            lat.head_start[j] = <int>lat.n_heads
            k = lat.layer_start[j]
            if lat.n_entries - k <= beam:
                for e in range(k, <int>lat.n_entries):
                    lat.heads[lat.n_heads] = e
                    lat.n_heads += 1
                lat.head_count[j] = <int>lat.n_entries - k
            else:
                top = 0
                for e in range(k, <int>lat.n_entries):
                    s = lat.entries[e].score
                    pos = top
                    while pos > 0 and lat.entries[top_idx[pos - 1]].score < s:
                        pos -= 1
                    if pos >= beam:
                        continue
                    if top < beam:
                        top += 1
                    c = top - 1
                    while c > pos:
                        top_idx[c] = top_idx[c - 1]
                        c -= 1
                    top_idx[pos] = e
                for c in range(top):
                    lat.heads[lat.n_heads] = top_idx[c]
                    lat.n_heads += 1
                lat.head_count[j] = top
    if n == 0:
        lat.layer_start[1] = <int>lat.n_entries
        lat.layer_start[0] = 0
    # the finished readings
    out = []
    if n > 0:
        for e in range(lat.layer_start[n], lat.layer_start[n + 1]):
            x = &lat.entries[e]
            node = x.node
            if node == 0 or (bound is not None and lat.state[node] != 2):
                continue
            here = letter(lt, (lat.tail[node] << 16) | fm.end_letter, 4)
            s = x.score + wl * here + wj * fm.end(<uint64_t>x.t1, <uint64_t>x.t2)
            out.append((s, lat.reading(node), x.lsum + here))
    out.sort(key=_first, reverse=True)
    return out, lat


from operator import itemgetter as _itemgetter

_first = _itemgetter(0)  # the sort key of scored readings (no Python call per item)


# ---------------------------------------------------------------------------------------------
# The ranker: core.candidate_features and core._rank's weighted sum, over the lexicon's own arrays

import math as _math
import sys as _sys

from cpython.unicode cimport PyUnicode_AsUTF8AndSize

cdef bint _PLAIN_SUM = _sys.version_info < (3, 12)
"""Python's ``sum`` of floats adds left to right before 3.12 (then with Neumaier's compensation: called as it is)."""

cdef unsigned int _crc_table[256]


cdef void _crc_init() noexcept:
    cdef unsigned int c, k, n
    for n in range(256):
        c = n
        for k in range(8):
            c = (0xEDB88320U ^ (c >> 1)) if (c & 1) else (c >> 1)
        _crc_table[n] = c


_crc_init()


cdef inline unsigned int _crc_byte(unsigned int crc, unsigned char b) noexcept:
    return _crc_table[(crc ^ b) & 0xFF] ^ (crc >> 8)


cdef unsigned int _crc_slice(PyObject *s, Py_ssize_t a, Py_ssize_t b) noexcept:
    """``zlib.crc32(s[a:b].encode("utf-8"))``, without making either (the CRC-32 zlib computes)."""
    cdef unsigned int crc = 0xFFFFFFFFU
    cdef unsigned int c
    cdef Py_ssize_t k
    for k in range(a, b):
        c = <unsigned int>PyUnicode_READ_CHAR(s, k)
        if c < 0x80:
            crc = _crc_byte(crc, <unsigned char>c)
        elif c < 0x800:
            crc = _crc_byte(crc, <unsigned char>(0xC0 | (c >> 6)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | (c & 0x3F)))
        elif c < 0x10000:
            crc = _crc_byte(crc, <unsigned char>(0xE0 | (c >> 12)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | ((c >> 6) & 0x3F)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | (c & 0x3F)))
        else:
            crc = _crc_byte(crc, <unsigned char>(0xF0 | (c >> 18)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | ((c >> 12) & 0x3F)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | ((c >> 6) & 0x3F)))
            crc = _crc_byte(crc, <unsigned char>(0x80 | (c & 0x3F)))
    return crc ^ 0xFFFFFFFFU


cdef class LexiconView:
    """A :class:`~bilingual.translit.model.Lexicon`'s arrays, read in place (``Lexicon._find``)."""

    cdef const unsigned int[:] offsets
    cdef const unsigned short[:] low
    cdef const unsigned char[:] zipf
    cdef object lexicon

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self.offsets = lexicon._offsets
        self.low = lexicon._low
        self.zipf = lexicon._zipf

    cdef double find(self, PyObject *key, Py_ssize_t a, Py_ssize_t b) noexcept:
        """The Zipf value of ``key[a:b]``, 0.0 when it is not listed (``Lexicon._find``)."""
        cdef unsigned int h = _crc_slice(key, a, b)
        cdef unsigned int bucket = h >> 16
        cdef Py_ssize_t lo = self.offsets[bucket], hi = self.offsets[bucket + 1], m
        cdef unsigned short low = h & 0xFFFF
        while lo < hi:
            m = (lo + hi) >> 1
            if self.low[m] < low:
                lo = m + 1
            else:
                hi = m
        if lo < self.offsets[bucket + 1] and self.low[lo] == low:
            return 1.0 + <double>self.zipf[lo] / 25.0
        return 0.0


cdef dict _lexicon_views = {}


cdef LexiconView lexicon_view(lexicon):
    found = _lexicon_views.get(id(lexicon))
    if found is not None and (<LexiconView>found).lexicon is lexicon:
        return <LexiconView>found
    if len(_lexicon_views) >= 8:
        _lexicon_views.clear()
    view = LexiconView(lexicon)
    _lexicon_views[id(lexicon)] = view
    return view


cdef list _log1p = []


cdef double log1p_of(Py_ssize_t rank) except? -1.0:
    """``math.log1p(rank)``, as Python works it out."""
    while len(_log1p) <= rank:
        _log1p.append(_math.log1p(len(_log1p)))
    return <double>_log1p[rank]


cdef double stem_zipf(LexiconView lex, str reading, str key, frozenset prefixes, frozenset suffixes):
    """``core._stem_zipf``: the highest Zipf value of the reading with a listed prefix and/or suffix taken off."""
    cdef double best = 0.0, z
    cdef Py_ssize_t n = len(reading), i, j, top = min(3, n - 2)
    cdef int found[4]
    cdef int n_found = 0, k
    cdef PyObject *kp = <PyObject *>key
    for j in range(1, top + 1):
        if reading[n - j:] in suffixes:
            found[n_found] = <int>j
            n_found += 1
    for i in range(top + 1):
        if i and reading[:i] not in prefixes:
            continue
        for k in range(-1 if i else 0, n_found):
            j = 0 if k < 0 else found[k]
            if j <= n - 2 - i:
                z = lex.find(kp, i, n - j)
                if z != 0.0 and z > best:
                    best = z
    return best


cdef inline bint _any_in(str reading, frozenset letters):
    return not letters.isdisjoint(reading)


cdef list best_distinct(const double *scores, Py_ssize_t count, list readings, list keys, Py_ssize_t limit):
    """The end of ``core._rank``: ``(score, reading)`` best first (ties in the order given, as a stable sort), one
    reading of each lexicon key, at most ``limit`` (0: all)."""
    cdef int *order = <int *>malloc((count + 1) * sizeof(int))
    cdef Py_ssize_t i, p
    cdef double s
    if order == NULL:
        raise MemoryError()
    try:
        for i in range(count):
            s = scores[i]
            p = i
            while p > 0 and scores[order[p - 1]] < s:
                order[p] = order[p - 1]
                p -= 1
            order[p] = <int>i
        seen = set()
        out = []
        for i in range(count):
            key = keys[order[i]]
            if key not in seen:
                seen.add(key)
                out.append((scores[order[i]], readings[order[i]]))
                if len(out) == limit:
                    break
        return out
    finally:
        free(order)


cdef inline str folded_key(str reading, frozenset folded, dict fold):
    """``model.lexicon_key``."""
    return reading if folded.isdisjoint(reading) else reading.translate(fold)


def rank_scores(str word, list readings, lexicon, usual, weights, keep, tuple ranker, frozenset folded, dict fold,
                frozenset prefixes, frozenset suffixes, frozenset hamzas, unit_features=None, Py_ssize_t limit=0):
    """``core._rank`` by the learned ranker: ``[(score, reading)]`` best first, one reading of each lexicon key, at
    most ``limit``, of the readings worth ranking (``core._worth_ranking``), each score
    ``sum(map(operator.mul, ranker, features))`` of ``core.candidate_features``' features (the same float
    operations), plus ``weights.common`` for a usual spelling. ``folded`` and ``fold``: what ``model.lexicon_key``
    folds, and into what. ``unit_features(word, reading)``: the 30 features of how its units were written, for a
    ranker that weighs them."""
    cdef LexiconView lex = lexicon_view(lexicon)
    cdef Py_ssize_t latin = max(1, len(word)), vowels, rank, n, n_ranker = len(ranker), k, n_features, n_readings
    cdef Py_ssize_t ranked = weights.candidates * 3, long_vowels
    cdef double wl = weights.letters, unknown = weights.unknown, wlex = weights.lexicon, floor = weights.lexicon_floor
    cdef double common = weights.common
    cdef double score, letters, zipf, gain, total, x
    cdef double f[64]
    cdef double r[64]
    cdef bint known, is_usual, has_usual = bool(usual)
    cdef bint end_ou, end_ae, start_ae, clitic, article
    cdef int lone_l
    cdef Py_UCS4 first, final, c
    cdef str reading, key
    if n_ranker > 64:
        raise ValueError("translit: a ranker of more than 64 weights")
    cdef double *scores = <double *>malloc((len(readings) + 1) * sizeof(double))
    cdef Py_ssize_t count = 0
    if scores == NULL:
        raise MemoryError()
    kept_readings = []
    kept_keys = []
    for k in range(n_ranker):
        r[k] = ranker[k]
    vowels = max(1, word.count("a") + word.count("e") + word.count("i") + word.count("o") + word.count("u"))
    cdef Py_UCS4 w0 = word[0], wn = word[len(word) - 1]
    end_ou = wn == u"o" or wn == u"u"
    end_ae = wn == u"a" or wn == u"e"
    start_ae = w0 == u"a" or w0 == u"e"
    clitic = w0 == u"b" or w0 == u"f" or w0 == u"w" or w0 == u"k"
    lone_l = 1 if w0 == u"l" else 2 if clitic and len(word) > 1 and word[1] == u"l" else 0
    n_readings = len(readings)
    for rank in range(n_readings):
        item = readings[rank]
        score = item[0]
        reading = item[1]
        letters = item[2]
        if rank >= ranked and not has_usual and reading not in keep:
            continue
        key = folded_key(reading, folded, fold)
        is_usual = has_usual and key in usual
        if rank >= ranked and not is_usual and reading not in keep:
            continue
        zipf = lex.find(<PyObject *>key, 0, len(key))
        known = zipf != 0.0
        gain = (wlex * (zipf - floor if zipf - floor > 0.0 else 0.0)) if known else unknown
        n = len(reading)
        long_vowels = 0
        for c in reading:
            if c == u"ا" or c == u"و" or c == u"ي":
                long_vowels += 1
        first = reading[0]
        final = reading[n - 1]
        article = n >= 3 and reading[1] == u"ا" and reading[2] == u"ل"
        f[0] = score + gain
        f[1] = score - wl * letters
        f[2] = letters
        f[3] = zipf if known else 0.0
        f[4] = 1.0 if known else 0.0
        f[5] = <double>(n - latin)
        f[6] = <double>n / <double>latin
        f[7] = 1.0 if final == u"ه" else 0.0
        f[8] = 1.0 if final == u"ة" else 0.0
        f[9] = 1.0 if first == u"ا" else 0.0
        f[10] = <double>long_vowels / <double>n
        f[11] = log1p_of(rank)
        f[12] = letters / <double>n
        f[13] = 1.0 if end_ou and final == u"و" else 0.0
        f[14] = 1.0 if end_ae and (final == u"ه" or final == u"ة") else 0.0
        f[15] = 1.0 if end_ae and final == u"ا" else 0.0
        f[16] = 1.0 if start_ae and first == u"ا" else 0.0
        f[17] = <double>long_vowels / <double>vowels
        f[18] = 1.0 if _any_in(reading, hamzas) else 0.0
        f[19] = 1.0 if clitic and article else 0.0
        f[20] = 1.0 if (lone_l == 1 and n >= 2 and reading[0] == u"ا" and reading[1] == u"ل") or (lone_l == 2 and article) else 0.0
        f[21] = 1.0 if reading in keep else 0.0
        f[22] = 0.0 if known else stem_zipf(lex, reading, key, prefixes, suffixes)
        n_features = 23
        if unit_features is not None:
            for x in unit_features(word, reading):
                if n_features < 64:
                    f[n_features] = x
                n_features += 1
        n_features = min(n_ranker, n_features)
        if _PLAIN_SUM:
            total = 0.0
            for k in range(n_features):
                total += r[k] * f[k]
        else:
            total = sum([r[k] * f[k] for k in range(n_features)])
        scores[count] = total + common if is_usual else total
        count += 1
        kept_readings.append(reading)
        kept_keys.append(key)
    try:
        return best_distinct(scores, count, kept_readings, kept_keys, limit)
    finally:
        free(scores)


# ---------------------------------------------------------------------------------------------
# The region guess: core._latin_scores over each region's character model of Latin words

def latin_scores(str word, list models):
    """``core._latin_scores``: log P of a prepared word under each character 3-gram model (``model.NgramTables``) of ``models``
    (``^^`` before the word, ``$`` after it), each letter's back-off worked out as ``backoff_logp`` does, the
    letters' values added as ``sum`` adds them."""
    cdef Py_ssize_t n = len(word), i, k, n_models = len(models)
    cdef uint64_t caret = <uint64_t>char_id(u"^"), code
    cdef uint64_t *ids = <uint64_t *>malloc((n + 3) * sizeof(uint64_t))
    cdef double total
    cdef LetterTable table
    cdef Py_UCS4 c
    if ids == NULL:
        raise MemoryError()
    try:
        ids[0] = caret
        ids[1] = caret
        i = 2
        for c in word:
            ids[i] = <uint64_t>char_id(c)
            i += 1
        ids[n + 2] = <uint64_t>char_id(u"$")
        out = []
        for k in range(n_models):
            table = letter_table_of(models[k])
            if _PLAIN_SUM:
                total = 0.0
                for i in range(2, n + 3):
                    code = (((ids[i - 2] << 16) | ids[i - 1]) << 16) | ids[i]
                    total += letter(table, code, 3)
                out.append(total)
            else:
                out.append(sum([letter(table, (((ids[i - 2] << 16) | ids[i - 1]) << 16) | ids[i], 3)
                                for i in range(2, n + 3)]))
        return tuple(out)
    finally:
        free(ids)


def hand_scores(str word, list readings, lexicon, usual, weights, keep, frozenset folded, dict fold,
                Py_ssize_t limit=0):
    """``core._rank`` by the hand-set sum (Finglish): ``[(score, reading)]`` best first, one reading of each lexicon
    key, at most ``limit``, of the readings worth ranking, each its beam score plus the lexicon's gain or loss
    (``core._lexicon_gain``), plus ``weights.common`` for a usual spelling."""
    cdef LexiconView lex = lexicon_view(lexicon)
    cdef Py_ssize_t rank, n_readings = len(readings), ranked = weights.candidates * 3
    cdef double unknown = weights.unknown, wlex = weights.lexicon, floor = weights.lexicon_floor
    cdef double common = weights.common, score, zipf
    cdef bint is_usual, has_usual = bool(usual)
    cdef str reading, key
    cdef double *scores = <double *>malloc((n_readings + 1) * sizeof(double))
    cdef Py_ssize_t count = 0
    if scores == NULL:
        raise MemoryError()
    kept_readings = []
    kept_keys = []
    for rank in range(n_readings):
        item = readings[rank]
        reading = item[1]
        if rank >= ranked and not has_usual and reading not in keep:
            continue
        key = folded_key(reading, folded, fold)
        is_usual = has_usual and key in usual
        if rank >= ranked and not is_usual and reading not in keep:
            continue
        zipf = lex.find(<PyObject *>key, 0, len(key))
        score = item[0]
        score += (wlex * (zipf - floor if zipf - floor > 0.0 else 0.0)) if zipf != 0.0 else unknown
        scores[count] = score + common if is_usual else score
        count += 1
        kept_readings.append(reading)
        kept_keys.append(key)
    try:
        return best_distinct(scores, count, kept_readings, kept_keys, limit)
    finally:
        free(scores)


# ---------------------------------------------------------------------------------------------
# One word's reading: core._read_prepared (with core._search and core._rank's choice), compiled

import builtins as _builtins
from functools import partial as _partial

cdef object _sum = _builtins.sum  # the running Python's own sum and round: the same confidences as core's
cdef object _round = _builtins.round
cdef object _exp = _math.exp


def read_prepared(str word, model, weights, banned, tuple context):
    """``core._read_prepared`` for a model the compiled decoder reads: both searches (``core._search``), the ranking
    (``core._rank``), the confidences and the best reading's units, with the same Python operations on the same
    values; ``context``: ``core._compiled_context``'s. None when the model cannot be coded."""
    (words, known_count, lexicon, usual_of, ranker, weigh_units, limit, temperature, listed, spellings, common,
     unreached_usual, as_listed, respelled, reading_units, folded, fold, prefixes, suffixes, hamzas, lang) = context
    decoded = decode(word, model, weights, banned)
    if decoded is None:
        return None
    readings, layers = decoded
    known_layers = layers
    keep = frozenset()
    if words is not None:  # Arabizi: the lexicon-bound search too
        known, known_layers = decode(word, model, weights, banned, words)
        found = {r for _, r, _ in readings}
        extra = [k for k in known[:known_count] if k[1] not in found]
        if extra:
            readings = sorted(readings + extra, key=_first, reverse=True)
        keep = frozenset([r for _, r, _ in known[:known_count]])
    usual = usual_of.get(word, ())
    if ranker:
        ranked = rank_scores(word, readings, lexicon, usual, weights, keep, ranker, folded, fold, prefixes, suffixes,
                             hamzas, _partial(reading_units, word, (layers, known_layers)) if weigh_units else None,
                             limit)
    else:
        ranked = hand_scores(word, readings, lexicon, usual, weights, keep, folded, fold, limit)
    if not ranked:
        return (), ()
    unreached = unreached_usual(word, lang, readings) if spellings.get(word, "") else ""
    if unreached:
        ranked = [(ranked[0][0] + common, unreached), *ranked][:limit]
    top = ranked[0][0]
    exps = [_exp((s - top) / temperature) for s, _ in ranked]
    total = _sum(exps)
    confidences = [_round(e / total, 3) for e in exps]
    best = ranked[0][1]
    if unreached:
        units = ((0, len(word), best),)
    else:
        units = (<Lattice>layers if (<Lattice>layers).last_entry(best) >= 0 else <Lattice>known_layers).path(best)
    if word in listed:
        out = tuple([as_listed(word, lang, reading) for _, reading in ranked])
    else:
        out = tuple([reading for _, reading in ranked])
    if out[0] != best:
        units = respelled(units, out[0])
    return _settled((_settled_items(tuple(zip(out, confidences))), _settled_items(units)))


cdef inline object _settled(object made):
    """``made`` taken out of the cyclic collector's watch (``PyObject_GC_UnTrack``): only for an immutable object
    that refers to strings, numbers and other such settled objects alone, so it can never be part of a cycle. A
    reading is kept in the caches for the rest of the process; tracked, each of its objects was walked by a young, a
    middle and a full collection before the collector let it be (a tuple of strings is untracked by its first
    collection, a ``Candidate`` and a tuple holding one never): a cold Algerian pass made ~50,000 of them, and
    the full collection they set off took 14 ms of a 0.15 s pass."""
    PyObject_GC_UnTrack(<void*>made)  # (a no-op on an untracked object; freeing one needs no tracking)
    return made


cdef tuple _settled_items(tuple items):
    """A tuple of tuples of strings and numbers (readings and confidences, units), each settled, and itself."""
    for item in items:
        _settled(item)
    return <tuple>_settled(items)


def unit_spans(tuple units, index, Py_ssize_t start, Py_ssize_t end):
    """``core._unit_spans``: units moved from prepared-word to text coordinates (``index``: each prepared character's
    place in the token); squeezed repeats join the unit before them."""
    cdef Py_ssize_t k, n = len(units)
    cdef tuple unit
    spans = []
    for k in range(n):
        unit = <tuple>units[k]
        spans.append((start + index[unit[0]], end if k == n - 1 else start + index[(<tuple>units[k + 1])[0]], unit[2]))
    if spans:
        first = <tuple>spans[0]
        spans[0] = (start, first[1], first[2])
    return tuple(spans)


cdef object _made_class = None  # the class candidates() last made, and its two slots' setters
cdef object _set_text = None
cdef object _set_confidence = None


def candidates(cls, tuple readings):
    """``tuple(cls(text, confidence) for text, confidence in readings)`` for ``core.Candidate``, a slotted frozen
    dataclass of those two fields and nothing run after ``__init__`` (``core`` checks it): each object made and its
    slots set as the dataclass's ``__init__`` sets them (through the slots' own descriptors), without running it."""
    global _made_class, _set_text, _set_confidence
    if cls is not _made_class:
        _set_text = cls.__dict__["text"].__set__
        _set_confidence = cls.__dict__["confidence"].__set__
        _made_class = cls
    new = object.__new__
    out = []
    for text, confidence in readings:
        made = new(cls)
        _set_text(made, text)
        _set_confidence(made, confidence)
        out.append(made)
    return tuple(out)


def settled_reading(cls, str status, tuple readings, tuple units, index, Py_ssize_t end, notes):
    """``core._read_source``'s answer for a word read by the extension, ``(status, "", candidates(cls, readings),
    unit_spans(units, index, 0, end), tuple(notes))``, in one call, with every object of it settled (out of the
    cyclic collector's watch, :func:`_settled`): the answer is cached for the process, and each object is immutable
    and holds only strings, numbers and other settled objects (``cls``: ``core.Candidate``, a frozen dataclass of a
    string and a float, as :func:`candidates` asks)."""
    made = candidates(cls, readings)
    for candidate in made:
        _settled(candidate)
    return _settled((status, "", _settled(made), _settled_items(unit_spans(units, index, 0, end)),
                     _settled(tuple(notes))))


def offset_map(str original, tuple words, str transliterated):
    """``core.Transliteration``'s best sentence and offset map of ``words`` over ``original``: ``(text, os, oe, ns, ne)``,
    each unit's Latin start and end and its output start and end, as its ``__init__`` works them out (the words of
    status ``transliterated`` written as their units' letters, everything between copied one for one)."""
    cdef list parts = [], os_ = [], oe = [], ns = [], ne = []
    cdef Py_ssize_t pos = 0, out = 0, start
    cdef tuple units, unit
    cdef str letters
    for w in words:
        if w.status != transliterated:
            continue
        start = w.start
        parts.append(original[pos:start])
        out += start - pos
        units = w.units
        if units:
            for unit in units:
                letters = <str>unit[2]
                os_.append(unit[0])
                oe.append(unit[1])
                ns.append(out)
                out += len(letters)
                ne.append(out)
                parts.append(letters)
        pos = w.end
    parts.append(original[pos:])
    return "".join(parts), os_, oe, ns, ne
