#pragma once
// Error objects (ECMA-262 20.5): ordinary objects with an [[ErrorData]] internal slot (their
// ObjectKind is Error). Until the Error constructors exist, the runtime makes its errors here.

#include <cstdint>
#include <string_view>

namespace sable::runtime {

class Object;
class Realm;
class String;
class VM;
enum class ErrorKind : uint8_t;

// What `new TypeError(message)` (20.5.6.1.1 NativeError ( message [ , options ] ), steps 2-3)
// makes in `realm`: an object with [[ErrorData]] whose [[Prototype]] is the realm's
// %TypeError.prototype% (for ErrorKind::TypeError) and whose own "message" is `message`
// (writable, not enumerable, configurable).
Object* create_error_object(VM&, Realm&, ErrorKind, String* message);
// The same with UTF-8 text (ill-formed sequences become U+FFFD).
Object* create_error_object(VM&, Realm&, ErrorKind, std::string_view message);

}
