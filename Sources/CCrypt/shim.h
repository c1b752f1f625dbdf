// libcrypt (libxcrypt, part of every glibc system's C development files): bcrypt for the
// exporter's basic authentication.
#include <crypt.h>
