/* Writes data/traditional.tsv: every CJK character that ICU's Traditional-Simplified
 * transliterator maps to a single different character, one `繁<TAB>简` pair a line.
 * Build and run: cc make-traditional.c -licui18n -licuuc -o /tmp/mt && /tmp/mt > ../data/traditional.tsv */
#include <stdio.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

int main(void) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[64];
    u_uastrcpy(id, "Traditional-Simplified");
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "utrans_openU: %s\n", u_errorName(status)); return 1; }
    printf("# Traditional -> simplified characters, one to one, for matching only (offsets are unchanged).\n");
    printf("# Generated from ICU's Traditional-Simplified transliterator by scripts/make-traditional.c.\n");
    for (UChar32 c = 0x3400; c <= 0x9FFF; c++) {
        UChar buf[8]; int32_t len = 0, limit;
        U16_APPEND_UNSAFE(buf, len, c);
        limit = len;
        status = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 8, 0, &limit, &status);
        if (U_FAILURE(status)) continue;
        UChar32 out; int32_t i = 0;
        if (len < 1) continue;
        U16_NEXT(buf, i, len, out);
        if (i != len || out == c) continue;
        char a[8], b[8]; int32_t al, bl;
        UChar ca[2], cb[2]; int32_t na = 0, nb = 0;
        U16_APPEND_UNSAFE(ca, na, c); U16_APPEND_UNSAFE(cb, nb, out);
        u_strToUTF8(a, 8, &al, ca, na, &status); a[al] = 0;
        u_strToUTF8(b, 8, &bl, cb, nb, &status); b[bl] = 0;
        printf("%s\t%s\n", a, b);
    }
    utrans_close(t);
    return 0;
}
