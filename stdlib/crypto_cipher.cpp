// The cipher part of internalBinding('crypto'): OpenSSL's symmetric ciphers, for
// lib/internal/crypto/cipher.js. A cipher context is a native EVP_CIPHER_CTX named by its id
// (its address as a number), freed by cipherFree when JS is done with it (after final(), or
// when its Cipheriv is collected). JS validates arguments and sizes every output buffer; these
// functions report OpenSSL's failure as `false` (JS reads the details with takeError).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"

#include <cctype>

namespace sable::stdlib {

using namespace runtime;

namespace {

// The cipher a loaded provider implements under the name (or alias); nullptr if none does.
// The caller frees it (EVP_CIPHER_free).
EVP_CIPHER* fetch_cipher(char const* name)
{
    EVP_CIPHER const* known = openssl().EVP_get_cipherbyname(name);
    return known ? openssl().EVP_CIPHER_fetch(nullptr, openssl().EVP_CIPHER_get0_name(known), nullptr) : nullptr;
}

EVP_CIPHER_CTX* context_argument(Value value)
{
    return reinterpret_cast<EVP_CIPHER_CTX*>(uintptr_t(value.as_number()));
}

int int_argument(Value value)
{
    return value.is_number() ? int(value.as_number()) : 0;
}

// The lower-case short name of the cipher (as getCipherInfo gives it).
std::string lower_case_name(char const* name)
{
    std::string lower = name ? name : "";
    for (char& c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// cipherInfo ( nameOrNid ): [name, nid, blockSize, ivLength, keyLength, mode, variableKeyLength]
// of an available cipher (mode one of EVP_CIPH_*_MODE), or undefined.
ThrowCompletionOr<Value> cipher_info(VM& vm, Arguments const& arguments)
{
    std::string name;
    if (arguments.at(0).is_number()) {
        char const* short_name = openssl().OBJ_nid2sn(int_argument(arguments.at(0)));
        name = short_name ? short_name : "";
    } else {
        name = TRY(utf8_argument(vm, arguments.at(0)));
    }
    EVP_CIPHER* cipher = fetch_cipher(name.c_str());
    if (!cipher)
        return Value::undefined();
    int nid = openssl().EVP_CIPHER_get_nid(cipher);
    Value fields[] = {
        string_value(vm, lower_case_name(openssl().OBJ_nid2sn(nid))),
        Value::number(nid),
        Value::number(openssl().EVP_CIPHER_get_block_size(cipher)),
        Value::number(openssl().EVP_CIPHER_get_iv_length(cipher)),
        Value::number(openssl().EVP_CIPHER_get_key_length(cipher)),
        Value::number(double(openssl().EVP_CIPHER_get_mode(cipher))),
        Value::boolean(openssl().EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH),
    };
    openssl().EVP_CIPHER_free(cipher);
    return Value::object(create_array_from_list(vm, fields));
}

// cipherNames ( ): the available ciphers' names and aliases, sorted, joined by '\n'.
ThrowCompletionOr<Value> cipher_names(VM& vm, Arguments const&)
{
    std::string names;
    openssl().EVP_CIPHER_do_all_sorted(
        [](EVP_CIPHER const*, char const* from, char const*, void* out) {
            EVP_CIPHER* cipher = fetch_cipher(from);
            if (!cipher)
                return;
            openssl().EVP_CIPHER_free(cipher);
            auto& list = *static_cast<std::string*>(out);
            list += list.empty() ? "" : "\n";
            list += from;
        },
        &names);
    return string_value(vm, names);
}

// cipherNew ( name, key, iv, encrypt, authTagLength ): a context for the cipher with the key and
// IV (lengths checked by JS; an AEAD IV may have other lengths than the default), encrypting or
// decrypting; authTagLength (-1 when not given) is set for the modes that need it before the key
// (CCM, OCB). Its id, or false.
ThrowCompletionOr<Value> cipher_new(VM& vm, Arguments const& arguments)
{
    std::string name = TRY(utf8_argument(vm, arguments.at(0)));
    std::span<uint8_t> key = bytes_argument(arguments.at(1));
    std::span<uint8_t> iv = bytes_argument(arguments.at(2));
    int encrypt = to_boolean(arguments.at(3)) ? 1 : 0;
    int tag_length = int_argument(arguments.at(4));
    openssl().ERR_clear_error();
    EVP_CIPHER* cipher = fetch_cipher(name.c_str());
    EVP_CIPHER_CTX* context = openssl().EVP_CIPHER_CTX_new();
    bool ok = cipher && context && openssl().EVP_CipherInit_ex(context, cipher, nullptr, nullptr, nullptr, encrypt) == 1;
    int mode = ok ? openssl().EVP_CIPHER_get_mode(cipher) : 0;
    bool aead = ok && (openssl().EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER);
    // The IV length decides CCM's length field: set it even when it is the default.
    if (ok && aead)
        ok = openssl().EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_IVLEN, int(iv.size()), nullptr) == 1;
    if (ok && tag_length >= 0 && (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE))
        ok = openssl().EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, tag_length, nullptr) == 1;
    if (ok && int(key.size()) != openssl().EVP_CIPHER_get_key_length(cipher))
        ok = openssl().EVP_CIPHER_CTX_set_key_length(context, int(key.size())) == 1;
    ok = ok && openssl().EVP_CipherInit_ex(context, nullptr, nullptr, key.data(), iv.empty() ? nullptr : iv.data(), -1) == 1;
    openssl().EVP_CIPHER_free(cipher);
    if (!ok) {
        openssl().EVP_CIPHER_CTX_free(context);
        return Value::boolean(false);
    }
    return Value::number(double(reinterpret_cast<uintptr_t>(context)));
}

// cipherUpdate ( id, input, output ): transforms input into output (at least input's length
// plus a block); the count of bytes written, or false.
ThrowCompletionOr<Value> cipher_update(VM&, Arguments const& arguments)
{
    std::span<uint8_t> input = bytes_argument(arguments.at(1));
    std::span<uint8_t> output = bytes_argument(arguments.at(2));
    static uint8_t const kEmpty = 0;
    int written = 0;
    openssl().ERR_clear_error();
    if (openssl().EVP_CipherUpdate(context_argument(arguments.at(0)), output.data(), &written,
            input.empty() ? &kEmpty : input.data(), int(input.size()))
        != 1)
        return Value::boolean(false);
    return Value::number(written);
}

// cipherFinal ( id, output ): the last block (padding added or checked, tag checked) into output
// (a block long); the count of bytes written, or false.
ThrowCompletionOr<Value> cipher_final(VM&, Arguments const& arguments)
{
    std::span<uint8_t> output = bytes_argument(arguments.at(1));
    int written = 0;
    openssl().ERR_clear_error();
    if (openssl().EVP_CipherFinal_ex(context_argument(arguments.at(0)), output.data(), &written) != 1)
        return Value::boolean(false);
    return Value::number(written);
}

// cipherSetPadding ( id, enabled ): whether PKCS#7 padding is added (or removed).
ThrowCompletionOr<Value> cipher_set_padding(VM&, Arguments const& arguments)
{
    return Value::boolean(openssl().EVP_CIPHER_CTX_set_padding(context_argument(arguments.at(0)), to_boolean(arguments.at(1)) ? 1 : 0) == 1);
}

// cipherSetAAD ( id, aad, plaintextLength ): the additional authenticated data; CCM first needs
// the message's length (plaintextLength, -1 for the other modes).
ThrowCompletionOr<Value> cipher_set_aad(VM&, Arguments const& arguments)
{
    EVP_CIPHER_CTX* context = context_argument(arguments.at(0));
    std::span<uint8_t> aad = bytes_argument(arguments.at(1));
    int plaintext_length = int_argument(arguments.at(2));
    int written = 0;
    openssl().ERR_clear_error();
    if (plaintext_length >= 0 && openssl().EVP_CipherUpdate(context, nullptr, &written, nullptr, plaintext_length) != 1)
        return Value::boolean(false);
    static uint8_t const kEmpty = 0;
    return Value::boolean(openssl().EVP_CipherUpdate(context, nullptr, &written, aad.empty() ? &kEmpty : aad.data(), int(aad.size())) == 1);
}

// cipherGetTag ( id, output ): the authentication tag after encryption, output's length long.
ThrowCompletionOr<Value> cipher_get_tag(VM&, Arguments const& arguments)
{
    std::span<uint8_t> output = bytes_argument(arguments.at(1));
    return Value::boolean(openssl().EVP_CIPHER_CTX_ctrl(context_argument(arguments.at(0)), EVP_CTRL_AEAD_GET_TAG, int(output.size()), output.data()) == 1);
}

// cipherSetTag ( id, tag ): the tag decryption must match.
ThrowCompletionOr<Value> cipher_set_tag(VM&, Arguments const& arguments)
{
    std::span<uint8_t> tag = bytes_argument(arguments.at(1));
    return Value::boolean(openssl().EVP_CIPHER_CTX_ctrl(context_argument(arguments.at(0)), EVP_CTRL_AEAD_SET_TAG, int(tag.size()), tag.data()) == 1);
}

// cipherFree ( id ): releases the context.
ThrowCompletionOr<Value> cipher_free(VM&, Arguments const& arguments)
{
    openssl().EVP_CIPHER_CTX_free(context_argument(arguments.at(0)));
    return Value::undefined();
}

}

void define_cipher_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "cipherInfo", with_openssl<cipher_info>, 1);
    define_native_method(vm, realm, binding, "cipherNames", with_openssl<cipher_names>, 0);
    define_native_method(vm, realm, binding, "cipherNew", with_openssl<cipher_new>, 5);
    define_native_method(vm, realm, binding, "cipherUpdate", with_openssl<cipher_update>, 3);
    define_native_method(vm, realm, binding, "cipherFinal", with_openssl<cipher_final>, 2);
    define_native_method(vm, realm, binding, "cipherSetPadding", with_openssl<cipher_set_padding>, 2);
    define_native_method(vm, realm, binding, "cipherSetAAD", with_openssl<cipher_set_aad>, 3);
    define_native_method(vm, realm, binding, "cipherGetTag", with_openssl<cipher_get_tag>, 2);
    define_native_method(vm, realm, binding, "cipherSetTag", with_openssl<cipher_set_tag>, 2);
    define_native_method(vm, realm, binding, "cipherFree", with_openssl<cipher_free>, 1);
}

}
