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
#pragma once

#include <cstdint>

#include "sim/base/clock.h"

namespace jobsim::sim {

class TokenBucket {
 public:
  // A placeholder that accepts nothing, until a bucket is assigned over it
  // (the spam filter's new cache entries, lru_cache.h).
  TokenBucket() = default;
  // A full bucket created at now_ms. A refill_ms below 1 is taken as 1.
  TokenBucket(int burst, int64_t refill_ms, bool refill_in_ticks, UnixMs now_ms);

  // Takes one token if one is available at now_ms. REQUIRES: now_ms never decreases.
  bool TryAccept(UnixMs now_ms);

 private:
  int64_t capacity_ms_ = 0;
  int64_t refill_ms_ = 1;
  bool refill_in_ticks_ = false;
  UnixMs created_ms_ = 0;
  UnixMs last_ms_ = 0;
  int64_t level_ms_ = 0;
};

}  // namespace jobsim::sim
