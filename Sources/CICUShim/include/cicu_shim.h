#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/*
 * A thin wrapper over the parts of ICU that FactKit uses: sentence and word
 * boundaries, character classes, converters and charset detection.
 *
 * Only plain C types cross this header, so Swift modules that also import
 * Foundation (which carries its own ICU on Linux) never see ICU's headers.
 * Text is passed as UTF-16 code units; offsets are UTF-16 indices.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- boundaries ---------------------------------------------------------- */

/** Kinds of boundary iterator. */
enum { CICU_BREAK_WORD = 0, CICU_BREAK_SENTENCE = 1, CICU_BREAK_CHARACTER = 2, CICU_BREAK_LINE = 3 };

/** Opens a break iterator for `kind` and `locale` (e.g. "zh"); NULL on failure. */
void *cicu_breaker_open(int32_t kind, const char *locale);
/** Closes an iterator from cicu_breaker_open. */
void cicu_breaker_close(void *breaker);
/**
 * Points the iterator at `text` (which must outlive the use) and writes the
 * boundaries, 0 and `length` included, to `out` (at most `capacity`).
 * Returns the number of boundaries, or -1 on error. With `statuses` non-NULL the
 * rule status of each boundary (word kinds: 0 none, 100 number, 200 letter,
 * 300 kana, 400 ideo) is written beside it.
 */
int32_t cicu_breaker_boundaries(void *breaker, const uint16_t *text, int32_t length,
                                int32_t *out, int32_t *statuses, int32_t capacity);

/* ---- character classes -------------------------------------------------- */

/** ICU's general category (UCharCategory) of a code point. */
int32_t cicu_char_type(uint32_t c);
/** Non-zero when the code point is alphabetic (Unicode property Alphabetic). */
int32_t cicu_is_alphabetic(uint32_t c);
/** Non-zero for ideographs (Unicode property Ideographic). */
int32_t cicu_is_ideographic(uint32_t c);
/** Numeric value of a decimal digit of any script, or -1. */
int32_t cicu_digit_value(uint32_t c);

/* ---- converters ---------------------------------------------------------- */

/**
 * Decodes `length` bytes in `encoding` (an ICU converter name: "UTF-8", "GB18030",
 * "GBK", "Big5", "UTF-16"...) into UTF-16 at `out` (capacity in code units).
 * Strict: an illegal or unmappable sequence is an error.
 * Returns the number of code units written; on failure -1 and, when
 * `error_offset` is non-NULL, the byte offset where decoding failed (or -1).
 * If `capacity` is too small returns -2 and writes the required size to `needed`.
 */
int32_t cicu_decode(const char *encoding, const char *bytes, int32_t length,
                    uint16_t *out, int32_t capacity, int32_t *needed, int32_t *error_offset);

/** Non-zero when ICU knows a converter of that name. */
int32_t cicu_converter_exists(const char *encoding);

/**
 * Guesses the encoding of `length` bytes with ICU's charset detector.
 * Writes the best name (NUL-terminated) into `name` (capacity bytes) and
 * returns its confidence 0-100, or -1 when nothing was detected.
 */
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
