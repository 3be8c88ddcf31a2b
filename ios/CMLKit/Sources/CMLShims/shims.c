// Debian 13's libswiftObservation.so needs swift::threading::fatal(const char *, ...), which no
// library Debian ships defines, so anything using @Observable fails to link on Linux. This defines
// it there (and only there): print the message, then stop. Apple's toolchains have it already.
#if defined(__linux__)
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void _ZN5swift9threading5fatalEPKcz(const char *format, ...) {
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    abort();
}
#endif
