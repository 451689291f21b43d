#include "stdlib/openssl_library.h"

#include <openssl/opensslv.h>

#include <cassert>
#include <mutex>

#include <dlfcn.h>

namespace sable::stdlib {

namespace {

// The shared library of the OpenSSL version the headers describe ("libcrypto.so.3").
#define SABLE_STRINGIFY_VALUE(x) SABLE_STRINGIFY(x)
#define SABLE_STRINGIFY(x) #x
constexpr char const* kLibraryName = "libcrypto.so." SABLE_STRINGIFY_VALUE(OPENSSL_SHLIB_VERSION);
#undef SABLE_STRINGIFY_VALUE
#undef SABLE_STRINGIFY

// One per process, as the library itself is: never unloaded.
OpenSslLibrary g_library;
bool g_loaded = false;
std::string g_error;

void load()
{
    void* handle = dlopen(kLibraryName, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        g_error = std::string("cannot load ") + kLibraryName + ": " + dlerror();
        return;
    }
#define SABLE_OPENSSL_RESOLVE(name)                                                        \
    g_library.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));            \
    if (!g_library.name) {                                                                  \
        g_error = std::string(kLibraryName) + " has no function " #name;                     \
        return;                                                                             \
    }
    SABLE_OPENSSL_FUNCTIONS(SABLE_OPENSSL_RESOLVE)
    SABLE_OPENSSL_CIPHER_AND_KEY_FUNCTIONS(SABLE_OPENSSL_RESOLVE)
#undef SABLE_OPENSSL_RESOLVE
    g_loaded = true;
}

}

bool load_openssl(std::string& error)
{
    static std::once_flag once;
    std::call_once(once, load);
    if (!g_loaded)
        error = g_error;
    return g_loaded;
}

OpenSslLibrary const& openssl()
{
    assert(g_loaded);
    return g_library;
}

}
