#include "sim/events/token_bucket.h"

#include <algorithm>

namespace jobsim::sim {

TokenBucket::TokenBucket(int burst, int64_t refill_ms, bool refill_in_ticks, UnixMs now_ms)
    : capacity_ms_(std::max(burst, 0) * std::max<int64_t>(refill_ms, 1)),
      refill_ms_(std::max<int64_t>(refill_ms, 1)),
      refill_in_ticks_(refill_in_ticks),
      created_ms_(now_ms),
      last_ms_(now_ms),
      level_ms_(capacity_ms_) {}

bool TokenBucket::TryAccept(UnixMs now_ms) {
  int64_t gained_ms = now_ms - last_ms_;
  if (refill_in_ticks_) {
    // Whole ticks since creation that were not counted yet.
    const int64_t ticks_now = (now_ms - created_ms_) / refill_ms_;
    const int64_t ticks_before = (last_ms_ - created_ms_) / refill_ms_;
    gained_ms = (ticks_now - ticks_before) * refill_ms_;
  }
  level_ms_ = std::min(capacity_ms_, level_ms_ + gained_ms);
  last_ms_ = now_ms;
  if (level_ms_ < refill_ms_) return false;
  level_ms_ -= refill_ms_;
  return true;
}

}  // namespace jobsim::sim
