/*
 * icuuc.dll for running the Windows bundle under Wine, for the build's smoke test only
 * (never shipped: the installer does not contain it).
 *
 * Qt6Core.dll from the PySide6 wheels links against Windows' own ICU, icuuc.dll, which
 * Windows 10 (1903 and later) and 11 carry in System32 and Wine 8 does not. Qt imports
 * only the character converters (ucnv_*) from it, for text encodings beyond the ones Qt
 * converts itself (UTF-8/16/32, Latin-1, the system code page). This stand-in reports
 * every converter as unavailable (U_FILE_ACCESS_ERROR), as an ICU without converter
 * data would; Qt then knows only its own encodings. ISV Desktop reads and writes UTF-8.
 *
 * Built by .ci/windows-installer with x86_64-w64-mingw32-gcc (Debian gcc-mingw-w64).
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void unavailable(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { (void)name; unavailable(status); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *status)
{ (void)converter; unavailable(status); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{ (void)name; (void)standard; unavailable(status); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context)
{ (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context)
{ (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *status)
{ (void)c; (void)n; (void)nc; (void)o; (void)oc; unavailable(status); }
EXPORT void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *status)
{ (void)c; (void)n; (void)nc; (void)o; (void)oc; unavailable(status); }
EXPORT void ucnv_toUnicode(void *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o,
                           int8_t flush, UErrorCode *status)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)flush; unavailable(status); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o,
                             int8_t flush, UErrorCode *status)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)flush; unavailable(status); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *status) { (void)c; unavailable(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *status) { (void)c; unavailable(status); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status)
{ (void)args; (void)source; (void)length; (void)offset; unavailable(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit, int32_t offset,
                                    UErrorCode *status)
{ (void)args; (void)source; (void)limit; (void)offset; unavailable(status); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                            int32_t codePoint, int reason, UErrorCode *status)
{ (void)context; (void)args; (void)units; (void)length; (void)codePoint; (void)reason; unavailable(status); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *status)
{ (void)context; (void)args; (void)units; (void)length; (void)reason; unavailable(status); }
