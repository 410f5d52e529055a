// The correlator caches are keyed by 64-bit hashes instead of upstream's key
// strings (100-200 bytes each, times three caches of 4096 entries per
// recorder), and the aggregator keeps message hashes instead of messages.
// The hash of fields fed one after the other equals the hash of their
// concatenation (sim/base/string_hash.h), so events share a key exactly when
// upstream's joined strings are equal, except for 64-bit collisions (about
// 10^-12 for a full cache), which we accept.
#pragma once

#include <cstdint>
#include <string_view>

#include "sim/base/string_hash.h"

namespace jobsim::sim {

using KeyHash = StringHash;

inline uint64_t HashOf(std::string_view text) { return HashString(text); }

}  // namespace jobsim::sim
