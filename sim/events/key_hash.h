// The correlator caches are keyed by 64-bit hashes instead of upstream's key
// strings (100-200 bytes each, times three caches of 4096 entries per
// recorder), and the aggregator keeps message hashes instead of messages.
// A key is combined from words, one per field (the hash of its text), so
// each field is hashed once per event however many keys it is part of, and
// events share a key exactly when those fields are equal, except for 64-bit
// collisions (about 10^-12 for a full cache), which we accept. Upstream joins
// the fields with no separator, so there two different field lists could
// also give one key ("ab"+"c" and "a"+"bc"); every key ends with an object's
// uid and apiVersion and then fixed texts, which no real pair of events lines up.
#pragma once

#include <cstdint>
#include <string_view>

#include "sim/base/string_hash.h"

namespace jobsim::sim {

inline uint64_t HashOf(std::string_view text) { return HashString(text); }

// A key made of words, fed in a fixed order.
class KeyWords {
 public:
  // `kind` tells keys of different shapes apart, whatever their words.
  explicit KeyWords(uint64_t kind) : hash_(kSeed ^ kind) {}
  KeyWords& Add(uint64_t word) {
    const uint64_t h = (hash_ ^ word) * 0x9e3779b97f4a7c15ULL;
    hash_ = (h << 31 | h >> 33) * 0xbf58476d1ce4e5b9ULL;
    return *this;
  }
  // splitmix64's finaliser: every input bit reaches every output bit.
  uint64_t value() const {
    uint64_t h = hash_;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
  }

 private:
  static constexpr uint64_t kSeed = 0x243f6a8885a308d3ULL;
  uint64_t hash_;
};

}  // namespace jobsim::sim
