// The certificate part of internalBinding('crypto'), for lib/internal/crypto/x509.js and
// certificate.js: X.509 certificates (JS keeps one as its DER and passes it back with each call;
// each call parses it anew) and SPKAC requests (Netscape's signed public key and challenge).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

struct CertificateDeleter {
    void operator()(X509* certificate) const { openssl().X509_free(certificate); }
};
using Certificate = std::unique_ptr<X509, CertificateDeleter>;

struct BioDeleter {
    void operator()(BIO* bio) const { openssl().BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

Certificate certificate_argument(Value value)
{
    std::span<uint8_t> der = bytes_argument(value);
    unsigned char const* cursor = der.data();
    return Certificate(openssl().d2i_X509(nullptr, &cursor, long(der.size())));
}

// What was written to a memory BIO.
std::string bio_text(BIO* bio)
{
    char* data = nullptr;
    long length = openssl().BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return length > 0 ? std::string(data, size_t(length)) : std::string();
}

// A name as Node shows it: one "field=value" a line.
std::string name_text(X509_NAME const* name)
{
    Bio bio(openssl().BIO_new(openssl().BIO_s_mem()));
    unsigned long flags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
    if (!bio || openssl().X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return bio_text(bio.get());
}

// The extension `nid` as OpenSSL prints it, or undefined when the certificate has none.
Value extension_text(VM& vm, X509* certificate, int nid)
{
    int index = openssl().X509_get_ext_by_NID(certificate, nid, -1);
    if (index < 0)
        return Value::undefined();
    Bio bio(openssl().BIO_new(openssl().BIO_s_mem()));
    if (!bio || openssl().X509V3_EXT_print(bio.get(), openssl().X509_get_ext(certificate, index), 0, 0) != 1)
        return Value::undefined();
    return string_value(vm, bio_text(bio.get()));
}

std::string time_text(ASN1_TIME const* time)
{
    Bio bio(openssl().BIO_new(openssl().BIO_s_mem()));
    if (!bio || openssl().ASN1_TIME_print(bio.get(), time) != 1)
        return {};
    return bio_text(bio.get());
}

std::string serial_text(X509* certificate)
{
    BIGNUM* serial = openssl().ASN1_INTEGER_to_BN(openssl().X509_get_serialNumber(certificate), nullptr);
    char* hex = serial ? openssl().BN_bn2hex(serial) : nullptr;
    std::string text = hex ? hex : "";
    openssl().CRYPTO_free(hex, __FILE__, __LINE__);
    openssl().BN_free(serial);
    return text;
}

// The DER of the extension `nid`'s value, or undefined.
ThrowCompletionOr<Value> extension_der(VM& vm, X509* certificate, int nid)
{
    int index = openssl().X509_get_ext_by_NID(certificate, nid, -1);
    if (index < 0)
        return Value::undefined();
    ASN1_OCTET_STRING const* data = openssl().X509_EXTENSION_get_data(openssl().X509_get_ext(certificate, index));
    return array_buffer_of(vm, { openssl().ASN1_STRING_get0_data(data), size_t(openssl().ASN1_STRING_length(data)) });
}

// x509Parse ( bytes ): the DER of the certificate in bytes (PEM or DER), or false.
ThrowCompletionOr<Value> x509_parse(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> bytes = bytes_argument(arguments.at(0));
    openssl().ERR_clear_error();
    // PEM first, then DER; when neither reads, the PEM reader's error is the first queued.
    Bio bio(openssl().BIO_new_mem_buf(bytes.data(), int(bytes.size())));
    X509* parsed = bio ? openssl().PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!parsed) {
        unsigned char const* cursor = bytes.data();
        parsed = openssl().d2i_X509(nullptr, &cursor, long(bytes.size()));
    }
    Certificate certificate(parsed);
    unsigned char* der = nullptr;
    int length = certificate ? openssl().i2d_X509(certificate.get(), &der) : -1;
    if (length < 0)
        return Value::boolean(false);
    openssl().ERR_clear_error();
    Value result = TRY(array_buffer_of(vm, { der, size_t(length) }));
    openssl().CRYPTO_free(der, __FILE__, __LINE__);
    return result;
}

// x509Info ( der ): [subject, issuer, subjectAltName, infoAccess, validFrom, validTo,
// serialNumber, ca, extended key usage DER, public key SPKI DER, PEM].
ThrowCompletionOr<Value> x509_info(VM& vm, Arguments const& arguments)
{
    Certificate certificate = certificate_argument(arguments.at(0));
    if (!certificate)
        return Value::boolean(false);
    X509* x = certificate.get();
    EVP_PKEY* key = openssl().X509_get0_pubkey(x);
    unsigned char* spki = nullptr;
    int spki_length = key ? openssl().i2d_PUBKEY(key, &spki) : -1;
    Value public_key = spki_length > 0 ? TRY(array_buffer_of(vm, { spki, size_t(spki_length) })) : Value::undefined();
    openssl().CRYPTO_free(spki, __FILE__, __LINE__);
    Bio pem(openssl().BIO_new(openssl().BIO_s_mem()));
    std::string pem_text = pem && openssl().PEM_write_bio_X509(pem.get(), x) == 1 ? bio_text(pem.get()) : std::string();
    Value fields[] = {
        string_value(vm, name_text(openssl().X509_get_subject_name(x))),
        string_value(vm, name_text(openssl().X509_get_issuer_name(x))),
        extension_text(vm, x, NID_subject_alt_name),
        extension_text(vm, x, NID_info_access),
        string_value(vm, time_text(openssl().X509_get0_notBefore(x))),
        string_value(vm, time_text(openssl().X509_get0_notAfter(x))),
        string_value(vm, serial_text(x)),
        Value::boolean(openssl().X509_check_ca(x) == 1),
        TRY(extension_der(vm, x, NID_ext_key_usage)),
        public_key,
        string_value(vm, pem_text),
    };
    openssl().ERR_clear_error();
    return Value::object(create_array_from_list(vm, fields));
}

// x509Check ( der, kind, name, flags ): for kind "host", the certificate's name that matches
// the host name (X509_CHECK_FLAG_* flags); for "email" and "ip", the name when it matches;
// undefined when nothing matches; false when an IP address is malformed.
ThrowCompletionOr<Value> x509_check(VM& vm, Arguments const& arguments)
{
    Certificate certificate = certificate_argument(arguments.at(0));
    std::string kind = TRY(utf8_argument(vm, arguments.at(1)));
    std::string name = TRY(utf8_argument(vm, arguments.at(2)));
    unsigned flags = unsigned(arguments.at(3).is_number() ? arguments.at(3).as_number() : 0);
    if (!certificate)
        return Value::undefined();
    int result = 0;
    if (kind == "host") {
        char* matched = nullptr;
        result = openssl().X509_check_host(certificate.get(), name.data(), name.size(), flags, &matched);
        if (result == 1) {
            Value text = string_value(vm, matched ? matched : name.c_str());
            openssl().CRYPTO_free(matched, __FILE__, __LINE__);
            return text;
        }
    } else if (kind == "email") {
        result = openssl().X509_check_email(certificate.get(), name.data(), name.size(), flags);
    } else {
        result = openssl().X509_check_ip_asc(certificate.get(), name.c_str(), flags);
        if (result == -2)
            return Value::boolean(false);
    }
    openssl().ERR_clear_error();
    return result == 1 ? string_value(vm, name) : Value::undefined();
}

// x509Relation ( der, kind, other ): "issued" whether the certificate `other` (DER) issued this
// one; "verify" whether the public key `other` (SPKI DER) signed it; "privateKey" whether the
// private key `other` (PKCS#8 DER) matches its public key.
ThrowCompletionOr<Value> x509_relation(VM& vm, Arguments const& arguments)
{
    Certificate certificate = certificate_argument(arguments.at(0));
    std::string kind = TRY(utf8_argument(vm, arguments.at(1)));
    bool result = false;
    if (certificate && kind == "issued") {
        Certificate issuer = certificate_argument(arguments.at(2));
        result = issuer && openssl().X509_check_issued(issuer.get(), certificate.get()) == X509_V_OK;
    } else if (certificate) {
        bool private_key = kind == "privateKey";
        EVP_PKEY* key = decode_stored_key(bytes_argument(arguments.at(2)), private_key);
        result = key && (private_key ? openssl().X509_check_private_key(certificate.get(), key) : openssl().X509_verify(certificate.get(), key)) == 1;
        openssl().EVP_PKEY_free(key);
    }
    openssl().ERR_clear_error();
    return Value::boolean(result);
}

// spkac ( base64 ): [challenge, public key SPKI DER, whether the signature verifies] of a
// base64 SPKAC, or false when it does not decode.
ThrowCompletionOr<Value> spkac(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> text = bytes_argument(arguments.at(0));
    NETSCAPE_SPKI* request = text.empty() ? nullptr
                                          : openssl().NETSCAPE_SPKI_b64_decode(reinterpret_cast<char const*>(text.data()), int(text.size()));
    EVP_PKEY* key = request ? openssl().NETSCAPE_SPKI_get_pubkey(request) : nullptr;
    Value result = Value::boolean(false);
    if (key) {
        ASN1_IA5STRING const* challenge = request->spkac->challenge;
        unsigned char* spki = nullptr;
        int spki_length = openssl().i2d_PUBKEY(key, &spki);
        Value fields[] = {
            TRY(array_buffer_of(vm, { openssl().ASN1_STRING_get0_data(challenge), size_t(openssl().ASN1_STRING_length(challenge)) })),
            spki_length > 0 ? TRY(array_buffer_of(vm, { spki, size_t(spki_length) })) : Value::undefined(),
            Value::boolean(openssl().NETSCAPE_SPKI_verify(request, key) == 1),
        };
        openssl().CRYPTO_free(spki, __FILE__, __LINE__);
        result = Value::object(create_array_from_list(vm, fields));
    }
    openssl().EVP_PKEY_free(key);
    openssl().NETSCAPE_SPKI_free(request);
    openssl().ERR_clear_error();
    return result;
}

}

void define_x509_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "spkac", with_openssl<spkac>, 1);
    define_native_method(vm, realm, binding, "x509Parse", with_openssl<x509_parse>, 1);
    define_native_method(vm, realm, binding, "x509Info", with_openssl<x509_info>, 1);
    define_native_method(vm, realm, binding, "x509Check", with_openssl<x509_check>, 4);
    define_native_method(vm, realm, binding, "x509Relation", with_openssl<x509_relation>, 3);
}

}
