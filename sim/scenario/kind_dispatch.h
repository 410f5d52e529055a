// Calls a generic function with the API type of a Kind: the one switch from
// the enum to the typed store API, for the scenario client and `jobsim serve`.
#pragma once

#include <type_traits>

#include "fakeapi/types.h"
#include "sim/scenario/object_ref.h"

namespace jobsim::scenario {

// Calls f(std::type_identity<T>{}) with T the API type of kind.
template <class F>
auto ForKind(Kind kind, F&& f) {
  switch (kind) {
    case Kind::kPod: return f(std::type_identity<api::Pod>{});
    case Kind::kJob: return f(std::type_identity<api::Job>{});
    case Kind::kEvent: return f(std::type_identity<api::Event>{});
    case Kind::kNode: return f(std::type_identity<api::Node>{});
    case Kind::kNamespace: break;
  }
  return f(std::type_identity<api::Namespace>{});
}

}  // namespace jobsim::scenario
