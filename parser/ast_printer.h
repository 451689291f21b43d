#pragma once
// A readable, deterministic dump of a parsed program (`sable --print-ast`), for debugging the
// parser and for golden tests. One node per line, indented two spaces per level:
//
//   Program 1:1 script
//     scope: Script
//       x: var global
//     VariableDeclaration 1:1 var
//       declarations:
//         VariableDeclarator 1:5
//           target: Identifier 1:5 x global
//           init: NumericLiteral 1:9 1
//
// Each line is `Kind line:col` and the node's fields; `label:` names the field holding a child.
// Identifiers show their scope resolution (register N, env hops:N slot:N, global, dynamic) when
// they are references; scopes list their variables with kind and location.

#include "parser/ast.h"
#include "parser/source.h"

#include <string>

namespace sable::parser {

std::string print_ast(Program const&, SourceFile const&);

}
