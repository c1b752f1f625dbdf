// Linked into release binaries only (scripts/package), which link against Debian 11's glibc and
// libstdc++ (scripts/link-root) so that they run on glibc 2.17 and later.

#include <new>

// Swift's runtime is compiled against GCC 12's headers, whose inline code calls this; GCC 10's
// libstdc++ (Debian 11's) does not define it yet. It throws what GCC 12's does.
namespace std {
[[noreturn]] void __throw_bad_array_new_length() { throw std::bad_array_new_length(); }
}

// glibc 2.27 and 2.29 gave these functions new versions that differ from the old only in not
// calling matherr on a domain error; a binary that asks for the new ones does not start on
// older systems. The build links every call through these wrappers (-Wl,--wrap=exp, …), which
// call the versions every glibc since 2.2.5 has.
#define OLD_VERSION(type, name, ...)                                         \
    extern "C" type glibc_2_2_5_##name(__VA_ARGS__);                          \
    __asm__(".symver glibc_2_2_5_" #name ", " #name "@GLIBC_2.2.5");

OLD_VERSION(double, exp, double)
OLD_VERSION(double, exp2, double)
OLD_VERSION(double, log, double)
OLD_VERSION(double, log2, double)
OLD_VERSION(double, pow, double, double)
OLD_VERSION(float, expf, float)
OLD_VERSION(float, exp2f, float)
OLD_VERSION(float, logf, float)
OLD_VERSION(float, log2f, float)
OLD_VERSION(float, powf, float, float)

extern "C" {
double __wrap_exp(double x) { return glibc_2_2_5_exp(x); }
double __wrap_exp2(double x) { return glibc_2_2_5_exp2(x); }
double __wrap_log(double x) { return glibc_2_2_5_log(x); }
double __wrap_log2(double x) { return glibc_2_2_5_log2(x); }
double __wrap_pow(double x, double y) { return glibc_2_2_5_pow(x, y); }
float __wrap_expf(float x) { return glibc_2_2_5_expf(x); }
float __wrap_exp2f(float x) { return glibc_2_2_5_exp2f(x); }
float __wrap_logf(float x) { return glibc_2_2_5_logf(x); }
float __wrap_log2f(float x) { return glibc_2_2_5_log2f(x); }
float __wrap_powf(float x, float y) { return glibc_2_2_5_powf(x, y); }
}

// Debian 11's libcrypt, linked in statically for the exporter's bcrypt checks, calls these, which
// glibc 2.25 added. The build links them through these wrappers too (-Wl,--wrap=getrandom, …):
// they ask the kernel itself (getrandom(2), Linux 3.17 and later) and clear memory through a
// volatile pointer, which the compiler cannot drop. omsdash only checks hashes and never makes one,
// so the random calls (crypt_gensalt's) are not made at all.
#include <cerrno>
#include <cstddef>
#include <sys/syscall.h>
#include <unistd.h>

extern "C" {
ssize_t __wrap_getrandom(void *buffer, size_t length, unsigned int flags) {
    return syscall(SYS_getrandom, buffer, length, flags);
}

int __wrap_getentropy(void *buffer, size_t length) {
    if (length > 256) {
        errno = EIO;
        return -1;
    }
    auto *bytes = static_cast<unsigned char *>(buffer);
    while (length > 0) {
        ssize_t got = syscall(SYS_getrandom, bytes, length, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return -1;
        bytes += got;
        length -= static_cast<size_t>(got);
    }
    return 0;
}

void __wrap_explicit_bzero(void *buffer, size_t length) {
    volatile unsigned char *bytes = static_cast<volatile unsigned char *>(buffer);
    while (length-- > 0) *bytes++ = 0;
}

void __wrap___explicit_bzero_chk(void *buffer, size_t length, size_t) { __wrap_explicit_bzero(buffer, length); }
}
