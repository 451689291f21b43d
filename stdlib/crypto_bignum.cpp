// The big-number part of internalBinding('crypto'), for lib/internal/crypto/prime.js and
// diffiehellman.js: prime generation and testing, modular exponentiation (all of classic
// Diffie-Hellman), and the MODP groups' primes. Numbers cross as big-endian bytes.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"

#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

BIGNUM* bignum_argument(Value value)
{
    std::span<uint8_t> bytes = bytes_argument(value);
    return openssl().BN_bin2bn(bytes.data(), int(bytes.size()), nullptr);
}

// The number's minimal big-endian bytes as an ArrayBuffer (false for a null number); frees it.
ThrowCompletionOr<Value> take_bignum(VM& vm, BIGNUM* number)
{
    if (!number)
        return Value::boolean(false);
    std::vector<uint8_t> bytes(size_t(openssl().BN_num_bits(number) + 7) / 8);
    openssl().BN_bn2bin(number, bytes.data());
    openssl().BN_free(number);
    return array_buffer_of(vm, bytes);
}

// primeGenerate ( bits, safe, add, rem ): a random prime of `bits` bits (safe: (p - 1) / 2 is
// prime too; with add, p % add == rem, rem undefined meaning 1), or false.
ThrowCompletionOr<Value> prime_generate(VM& vm, Arguments const& arguments)
{
    int bits = int(arguments.at(0).as_number());
    bool safe = to_boolean(arguments.at(1));
    BIGNUM* add = arguments.at(2).is_undefined() ? nullptr : bignum_argument(arguments.at(2));
    BIGNUM* rem = arguments.at(3).is_undefined() ? nullptr : bignum_argument(arguments.at(3));
    BIGNUM* prime = openssl().BN_new();
    BN_CTX* context = openssl().BN_CTX_new();
    openssl().ERR_clear_error();
    if (prime && (!context || openssl().BN_generate_prime_ex2(prime, bits, safe, add, rem, nullptr, context) != 1)) {
        openssl().BN_free(prime);
        prime = nullptr;
    }
    openssl().BN_CTX_free(context);
    openssl().BN_free(add);
    openssl().BN_free(rem);
    return take_bignum(vm, prime);
}

// primeCheck ( candidate ): whether the number is (with overwhelming probability) prime.
ThrowCompletionOr<Value> prime_check(VM&, Arguments const& arguments)
{
    BIGNUM* candidate = bignum_argument(arguments.at(0));
    BN_CTX* context = openssl().BN_CTX_new();
    bool prime = candidate && context && openssl().BN_check_prime(candidate, context, nullptr) == 1;
    openssl().BN_CTX_free(context);
    openssl().BN_free(candidate);
    openssl().ERR_clear_error();
    return Value::boolean(prime);
}

// modExp ( base, exponent, modulus ): base ^ exponent mod modulus, or false.
ThrowCompletionOr<Value> mod_exp(VM& vm, Arguments const& arguments)
{
    BIGNUM* base = bignum_argument(arguments.at(0));
    BIGNUM* exponent = bignum_argument(arguments.at(1));
    BIGNUM* modulus = bignum_argument(arguments.at(2));
    BIGNUM* result = openssl().BN_new();
    BN_CTX* context = openssl().BN_CTX_new();
    bool ok = base && exponent && modulus && result && context && !openssl().BN_is_zero(modulus)
        && openssl().BN_mod_exp(result, base, exponent, modulus, context) == 1;
    openssl().BN_CTX_free(context);
    openssl().BN_free(base);
    openssl().BN_free(exponent);
    openssl().BN_free(modulus);
    if (!ok) {
        openssl().BN_free(result);
        result = nullptr;
    }
    return take_bignum(vm, result);
}

// modpPrime ( bits ): the prime of the MODP group of that size (RFC 2409: 768 and 1024 bits;
// RFC 3526: 1536 to 8192 bits), or false.
ThrowCompletionOr<Value> modp_prime(VM& vm, Arguments const& arguments)
{
    BIGNUM* (*prime)(BIGNUM*) = nullptr;
    switch (int(arguments.at(0).as_number())) {
    case 768: prime = openssl().BN_get_rfc2409_prime_768; break;
    case 1024: prime = openssl().BN_get_rfc2409_prime_1024; break;
    case 1536: prime = openssl().BN_get_rfc3526_prime_1536; break;
    case 2048: prime = openssl().BN_get_rfc3526_prime_2048; break;
    case 3072: prime = openssl().BN_get_rfc3526_prime_3072; break;
    case 4096: prime = openssl().BN_get_rfc3526_prime_4096; break;
    case 6144: prime = openssl().BN_get_rfc3526_prime_6144; break;
    case 8192: prime = openssl().BN_get_rfc3526_prime_8192; break;
    default: return Value::boolean(false);
    }
    return take_bignum(vm, prime(nullptr));
}

}

void define_bignum_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "primeGenerate", with_openssl<prime_generate>, 4);
    define_native_method(vm, realm, binding, "primeCheck", with_openssl<prime_check>, 1);
    define_native_method(vm, realm, binding, "modExp", with_openssl<mod_exp>, 3);
    define_native_method(vm, realm, binding, "modpPrime", with_openssl<modp_prime>, 1);
}

}
