// internalBinding('url'): International domain names through ICU's UTS #46 processing, as the
// WHATWG URL Standard's "domain to ASCII" and "domain to Unicode" use them.

#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <unicode/uidna.h>

#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

// UTS #46 errors the URL Standard ignores: CheckHyphens is false, and (unless strict)
// VerifyDnsLength is false too.
constexpr uint32_t kHyphenErrors = UIDNA_ERROR_HYPHEN_3_4 | UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN;
constexpr uint32_t kLengthErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG;

using Convert = int32_t (*)(UIDNA const*, char const*, int32_t, char*, int32_t, UIDNAInfo*, UErrorCode*);

// Runs one ICU conversion; the result, or undefined when the domain is invalid.
ThrowCompletionOr<Value> convert_domain(VM& vm, Arguments const& arguments, Convert convert)
{
    std::string domain = TRY(utf8_argument(vm, arguments.at(0)));
    bool strict = arguments.at(1).is_boolean() && arguments.at(1).as_bool();
    // Like Node, the bidi rules of RFC 5893 are not checked.
    uint32_t options = UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII
        | UIDNA_NONTRANSITIONAL_TO_UNICODE | (strict ? UIDNA_USE_STD3_RULES : 0);
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* idna = uidna_openUTS46(options, &status);
    if (U_FAILURE(status))
        return Value::undefined();
    std::string result(domain.size() * 4 + 64, '\0');
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t length = convert(idna, domain.data(), int32_t(domain.size()), result.data(), int32_t(result.size()), &info, &status);
    uidna_close(idna);
    uint32_t ignored = kHyphenErrors | (strict ? 0 : kLengthErrors);
    if (U_FAILURE(status) || (info.errors & ~ignored) != 0)
        return Value::undefined();
    result.resize(size_t(length));
    return string_value(vm, result);
}

// toASCII ( domain, strict ): the ASCII form of `domain`, or undefined when it is invalid.
ThrowCompletionOr<Value> to_ascii(VM& vm, Arguments const& arguments)
{
    return convert_domain(vm, arguments, uidna_nameToASCII_UTF8);
}

// toUnicode ( domain ): the Unicode form of `domain`, or undefined when it is invalid.
ThrowCompletionOr<Value> to_unicode(VM& vm, Arguments const& arguments)
{
    return convert_domain(vm, arguments, uidna_nameToUnicodeUTF8);
}

}

Object* create_url_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "toASCII", to_ascii, 2);
    define_native_method(vm, realm, *binding, "toUnicode", to_unicode, 1);
    return binding;
}

}
