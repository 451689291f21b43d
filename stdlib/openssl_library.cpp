#include "stdlib/openssl_library.h"

#include <openssl/opensslv.h>

#include <cassert>
#include <mutex>

#include <dlfcn.h>

namespace sable::stdlib {

namespace {

// The shared libraries of the OpenSSL version the headers describe ("libcrypto.so.3").
#define SABLE_STRINGIFY_VALUE(x) SABLE_STRINGIFY(x)
#define SABLE_STRINGIFY(x) #x
constexpr char const* kLibcryptoName = "libcrypto.so." SABLE_STRINGIFY_VALUE(OPENSSL_SHLIB_VERSION);
constexpr char const* kLibsslName = "libssl.so." SABLE_STRINGIFY_VALUE(OPENSSL_SHLIB_VERSION);
#undef SABLE_STRINGIFY_VALUE
#undef SABLE_STRINGIFY

// One of each per process, as the libraries themselves are: never unloaded.
OpenSslLibrary g_libcrypto;
LibsslLibrary g_libssl;
bool g_libcrypto_loaded = false;
bool g_libssl_loaded = false;
std::string g_libcrypto_error;
std::string g_libssl_error;

// dlopen's handle of `library`, or null with why in `error`.
void* open_library(char const* library, std::string& error)
{
    void* handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        error = std::string("cannot load ") + library + ": " + dlerror();
    return handle;
}

#define SABLE_OPENSSL_RESOLVE(name)                                                        \
    functions.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));            \
    if (!functions.name) {                                                                  \
        error = std::string(library) + " has no function " #name;                           \
        return false;                                                                       \
    }

bool load_libcrypto_functions(void* handle, char const* library, OpenSslLibrary& functions, std::string& error)
{
    SABLE_OPENSSL_FUNCTIONS(SABLE_OPENSSL_RESOLVE)
    SABLE_OPENSSL_CIPHER_AND_KEY_FUNCTIONS(SABLE_OPENSSL_RESOLVE)
    return true;
}

bool load_libssl_functions(void* handle, char const* library, LibsslLibrary& functions, std::string& error)
{
    SABLE_LIBSSL_FUNCTIONS(SABLE_OPENSSL_RESOLVE)
    return true;
}

#undef SABLE_OPENSSL_RESOLVE

}

bool load_openssl(std::string& error)
{
    static std::once_flag once;
    std::call_once(once, [] {
        void* handle = open_library(kLibcryptoName, g_libcrypto_error);
        g_libcrypto_loaded = handle && load_libcrypto_functions(handle, kLibcryptoName, g_libcrypto, g_libcrypto_error);
    });
    if (!g_libcrypto_loaded)
        error = g_libcrypto_error;
    return g_libcrypto_loaded;
}

OpenSslLibrary const& openssl()
{
    assert(g_libcrypto_loaded);
    return g_libcrypto;
}

bool load_libssl(std::string& error)
{
    if (!load_openssl(error))
        return false;
    static std::once_flag once;
    std::call_once(once, [] {
        void* handle = open_library(kLibsslName, g_libssl_error);
        g_libssl_loaded = handle && load_libssl_functions(handle, kLibsslName, g_libssl, g_libssl_error);
    });
    if (!g_libssl_loaded)
        error = g_libssl_error;
    return g_libssl_loaded;
}

LibsslLibrary const& libssl()
{
    assert(g_libssl_loaded);
    return g_libssl;
}

}
