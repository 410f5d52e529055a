// 64-bit FNV-1a over a sequence of strings, as if they were concatenated.
// The correlator caches are keyed by these hashes instead of upstream's key
// strings (100-200 bytes each, times three caches of 4096 entries per
// recorder), and the aggregator keeps message hashes instead of messages.
// Hashing the fields one after the other equals hashing their concatenation,
// so events share a key exactly when upstream's joined strings are equal,
// except for 64-bit collisions (about 10^-12 for a full cache), which we accept.
#pragma once

#include <cstdint>
#include <string_view>

namespace jobsim::sim {

class KeyHash {
 public:
  KeyHash& Add(std::string_view part) {
    for (unsigned char c : part) {
      hash_ ^= c;
      hash_ *= kPrime;
    }
    return *this;
  }
  uint64_t value() const { return hash_; }

 private:
  static constexpr uint64_t kOffsetBasis = 14695981039346656037ull;
  static constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t hash_ = kOffsetBasis;
};

inline uint64_t HashOf(std::string_view text) { return KeyHash().Add(text).value(); }

}  // namespace jobsim::sim
