#pragma once
// Arguments objects (ECMA-262 10.4.4) and rest parameters, made from a frame's arguments:
// the first ones in the parameter registers r1..rN, the rest after the frame's registers.

namespace sable::runtime {
class Object;
class VM;
}

namespace sable::interpreter {

struct Frame;

// CreateUnmappedArgumentsObject, or for sloppy functions with simple parameter lists
// CreateMappedArgumentsObject. (Mapped objects do not yet alias the parameters: writing
// `arguments[0]` does not change the first parameter.)
runtime::Object* create_arguments_object(runtime::VM&, Frame&, bool mapped);
// The array of the arguments past the formal parameters (a rest parameter's value).
runtime::Object* create_rest_array(runtime::VM&, Frame&);

}
