#pragma once
// The factories of the bindings listed in stdlib/bindings.def.

namespace sable::runtime {
class Object;
}

namespace sable::stdlib {

class NodeHost;

#define SABLE_BINDING(name) runtime::Object* create_##name##_binding(NodeHost&);
#include "stdlib/bindings.def"

}
