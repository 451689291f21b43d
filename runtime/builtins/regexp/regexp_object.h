#pragma once
// RegExp instances (ECMA-262 22.2.3, 22.2.6): an object with [[OriginalSource]],
// [[OriginalFlags]], [[RegExpMatcher]] (the compiled program, owned by the object and freed by
// its finalizer) and the Annex B [[Realm]] / [[LegacyFeaturesEnabled]]; plus the abstract
// operations every RegExp method and the String methods share (RegExpCreate, RegExpExec,
// RegExpBuiltinExec, AdvanceStringIndex).

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/regexp/regexp_flags.h"
#include "runtime/value.h"

#include <cstdint>
#include <memory>

namespace sable::regexp {
struct RegExpProgram;
}

namespace sable::runtime {

class Realm;
class String;
class VM;

class RegExpObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::RegExpObject;

    // RegExpAlloc ( newTarget ) steps 2-3: the object, with its own non-enumerable,
    // non-configurable, writable "lastIndex"; the pattern is set by RegExpInitialize.
    static RegExpObject* create(VM&, Object* prototype);

    bool has_matcher() const { return m_program != nullptr; }
    String* source() const { return m_source; }
    String* flags_string() const { return m_flags_string; }
    regexp::RegExpFlags flags() const { return m_flags; }
    regexp::RegExpProgram const& program() const { return *m_program; }
    void set_pattern(VM&, String* source, String* flags_string, regexp::RegExpFlags, std::unique_ptr<regexp::RegExpProgram>);

    Realm* realm() const { return m_realm; }
    bool legacy_features_enabled() const { return m_legacy_features_enabled; }
    void set_legacy_features(gc::Heap&, Realm*, bool enabled);

    // "lastIndex" is the first property every RegExp gets, so it is always in slot 0 (it cannot
    // be deleted, and renumbering in dictionary mode only moves values down).
    Value last_index() const { return slot(0); }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);
    static void finalize(gc::Cell*);

private:
    friend class gc::Heap;
    explicit RegExpObject(Shape* shape)
        : Object(kKind, sizeof(RegExpObject), shape, kDefaultInlineSlots)
    {
    }

    String* m_source { nullptr };
    String* m_flags_string { nullptr };
    Realm* m_realm { nullptr };
    regexp::RegExpProgram* m_program { nullptr };
    regexp::RegExpFlags m_flags;
    bool m_legacy_features_enabled { false };
    uint8_t m_padding[6] {};
};

// The RegExp object `value` is, or nullptr.
RegExpObject* as_regexp_object(Value);

// RegExpInitialize ( obj, pattern, flags )
ThrowCompletionOr<RegExpObject*> regexp_initialize(VM&, RegExpObject&, Value pattern, Value flags);
// RegExpCreate ( P, F )
ThrowCompletionOr<RegExpObject*> regexp_create(VM&, Value pattern, Value flags);
// A regular expression literal's evaluation (13.2.7.3): a new RegExp of `realm`.
ThrowCompletionOr<RegExpObject*> regexp_create_literal(VM&, Realm&, String* pattern, String* flags);
// RegExpExec ( R, S )
ThrowCompletionOr<Value> regexp_exec(VM&, Object& regexp, String* string);
// RegExpBuiltinExec ( R, S )
ThrowCompletionOr<Value> regexp_builtin_exec(VM&, RegExpObject&, String* string);
// Set(R, "lastIndex", value, true)
ThrowCompletionOr<void> set_last_index(VM&, Object& regexp, Value);
// AdvanceStringIndex ( S, index, unicode )
uint64_t advance_string_index(VM&, String*, uint64_t index, bool unicode);

}
