// The token bucket behind client-go's event spam filter: one per
// source+object, starting full with `burst` tokens, one token back every
// `refill_ms`. Integer arithmetic: the level is kept in milliseconds of refill
// (one token = refill_ms), so there is no float rounding at the boundaries.
//
// Two refill styles existed upstream (util/flowcontrol/throttle.go):
//   - continuous (golang.org/x/time/rate, 1.10+): time accrues from the last call,
//     and time spent full is lost;
//   - in ticks (github.com/juju/ratelimit, 1.8 and 1.9): a token arrives at each
//     multiple of refill_ms after the bucket was created.
//
// What every bucket of a filter shares (burst, refill, style) is its Shape,
// kept once; a bucket holds only its own times and level (24 bytes), so that
// the spam filter's 4096 cached buckets touch fewer cache lines.
#pragma once

#include <cstdint>

#include "sim/base/clock.h"

namespace jobsim::sim {

class TokenBucket {
 public:
  struct Shape {
    // A refill_ms below 1 is taken as 1, a burst below 0 as 0.
    Shape(int burst, int64_t refill_ms, bool refill_in_ticks);
    int64_t capacity_ms;
    int64_t refill_ms;
    bool refill_in_ticks;
  };

  // A placeholder, until a bucket is assigned over it (the spam filter's new
  // cache entries, lru_cache.h).
  TokenBucket() = default;
  // A full bucket of this shape created at now_ms.
  TokenBucket(const Shape& shape, UnixMs now_ms) : created_ms_(now_ms), last_ms_(now_ms), level_ms_(shape.capacity_ms) {}

  // Takes one token if one is available at now_ms.
  // REQUIRES: now_ms never decreases; shape is the one the bucket was made with.
  bool TryAccept(const Shape& shape, UnixMs now_ms);

 private:
  UnixMs created_ms_ = 0;
  UnixMs last_ms_ = 0;
  int64_t level_ms_ = 0;
};

}  // namespace jobsim::sim
