#pragma once
// Arguments objects (ECMA-262 10.4.4) and rest parameters, made from a frame's arguments:
// the first ones in the parameter registers r1..rN, the rest after the frame's registers.

namespace sable::runtime {
class Object;
class ValueArray;
class VM;
}

namespace sable::interpreter {

struct Frame;

// CreateUnmappedArgumentsObject ( argumentsList )
runtime::Object* create_unmapped_arguments_object(runtime::VM&, Frame&);
// CreateMappedArgumentsObject ( func, formals, argumentsList, env ) for sloppy functions with
// simple parameter lists: `parameter_map` lists, per parameter, its slot in the frame's
// environment (runtime/mapped_arguments.h).
runtime::Object* create_mapped_arguments_object(runtime::VM&, Frame&, runtime::ValueArray& parameter_map);
// The array of the arguments past the formal parameters (a rest parameter's value).
runtime::Object* create_rest_array(runtime::VM&, Frame&);

}
