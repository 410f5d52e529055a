// The hash for unordered containers keyed by strings: HashString
// (sim/base/string_hash.h), transparent, so a string_view looks up without a
// copy. Besides being faster than std::hash<std::string>, it makes libstdc++
// hash at every size: with std::hash<std::string> a table of up to 20 entries
// is searched by comparing the key with each of them.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "sim/base/string_hash.h"

namespace jobsim {

struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view key) const { return HashString(key); }
};

// std::unordered_map<std::string, V, StringKeyHash, StringKeyEqual>
using StringKeyEqual = std::equal_to<>;

}  // namespace jobsim
