#include "cicu_shim.h"
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

void *cicu_breaker_open(int32_t kind, const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = UBRK_WORD;
    switch (kind) {
        case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
        case CICU_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
        case CICU_BREAK_LINE: type = UBRK_LINE; break;
        default: type = UBRK_WORD; break;
    }
    UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    return bi;
}

void cicu_breaker_close(void *breaker) {
    if (breaker) ubrk_close((UBreakIterator *)breaker);
}

int32_t cicu_breaker_boundaries(void *breaker, const uint16_t *text, int32_t length,
                                int32_t *out, int32_t *statuses, int32_t capacity) {
    if (!breaker) return -1;
    UBreakIterator *bi = (UBreakIterator *)breaker;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (n < capacity) {
            out[n] = b;
            if (statuses) statuses[n] = ubrk_getRuleStatus(bi);
        }
        n++;
    }
    return n;
}

int32_t cicu_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }
int32_t cicu_is_alphabetic(uint32_t c) { return u_hasBinaryProperty((UChar32)c, UCHAR_ALPHABETIC) ? 1 : 0; }
int32_t cicu_is_ideographic(uint32_t c) { return u_hasBinaryProperty((UChar32)c, UCHAR_IDEOGRAPHIC) ? 1 : 0; }
int32_t cicu_digit_value(uint32_t c) { return (int32_t)u_charDigitValue((UChar32)c); }

int32_t cicu_converter_exists(const char *encoding) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(encoding, &status);
    if (U_FAILURE(status) || !cnv) return 0;
    ucnv_close(cnv);
    return 1;
}

int32_t cicu_decode(const char *encoding, const char *bytes, int32_t length,
                    uint16_t *out, int32_t capacity, int32_t *needed, int32_t *error_offset) {
    if (error_offset) *error_offset = -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(encoding, &status);
    if (U_FAILURE(status) || !cnv) return -1;
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(cnv); return -1; }
    UChar *target = (UChar *)out;
    const UChar *targetLimit = target + capacity;
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    ucnv_toUnicode(cnv, &target, targetLimit, &source, sourceLimit, NULL, 1, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        ucnv_close(cnv);
        if (needed) *needed = length * 2 + 16;
        return -2;
    }
    if (U_FAILURE(status)) {
        if (error_offset) *error_offset = (int32_t)(source - bytes);
        ucnv_close(cnv);
        return -1;
    }
    ucnv_close(cnv);
    return (int32_t)(target - (UChar *)out);
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, bytes, length, &status);
    const UCharsetMatch *m = ucsdet_detect(det, &status);
    if (U_FAILURE(status) || !m) { ucsdet_close(det); return -1; }
    const char *n = ucsdet_getName(m, &status);
    int32_t conf = ucsdet_getConfidence(m, &status);
    if (U_FAILURE(status) || !n) { ucsdet_close(det); return -1; }
    strncpy(name, n, (size_t)capacity - 1);
    name[capacity - 1] = 0;
    ucsdet_close(det);
    return conf;
}
