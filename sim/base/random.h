// Deterministic randomness. One scenario seed is split into named streams
// (names, uids, runtime outcomes, ...) so that a component drawing more
// numbers never shifts another component's stream.
//
// The generator is xoshiro256** seeded through splitmix64; the distributions
// are our own and integer-only, because standard-library distributions differ
// between implementations.
#pragma once

#include <cstdint>
#include <string_view>

namespace jobsim {

// A probability as an exact ratio, e.g. failureRate 0.2 = 200000/1000000.
struct Ratio {
  uint64_t numerator = 0;
  uint64_t denominator = 1;
};

class Random {
 public:
  // A stream derived from (seed, stream name); the same pair always gives the
  // same sequence on every machine.
  Random(uint64_t seed, std::string_view stream);

  uint64_t Next64();
  // Uniform in [0, n). REQUIRES: n > 0.
  uint64_t Uniform(uint64_t n);
  // True with probability ratio.numerator / ratio.denominator.
  bool Chance(Ratio ratio);

 private:
  uint64_t s_[4];
};

}  // namespace jobsim
