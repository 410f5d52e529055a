#include "sim/events/token_bucket.h"

#include <algorithm>

namespace jobsim::sim {

TokenBucket::Shape::Shape(int burst, int64_t refill_ms_in, bool refill_in_ticks_in)
    : capacity_ms(std::max(burst, 0) * std::max<int64_t>(refill_ms_in, 1)),
      refill_ms(std::max<int64_t>(refill_ms_in, 1)),
      refill_in_ticks(refill_in_ticks_in) {}

bool TokenBucket::TryAccept(const Shape& shape, UnixMs now_ms) {
  const int64_t refill_ms = shape.refill_ms;
  int64_t gained_ms = now_ms - last_ms_;
  if (shape.refill_in_ticks) {
    // Whole ticks since creation that were not counted yet.
    const int64_t ticks_now = (now_ms - created_ms_) / refill_ms;
    const int64_t ticks_before = (last_ms_ - created_ms_) / refill_ms;
    gained_ms = (ticks_now - ticks_before) * refill_ms;
  }
  level_ms_ = std::min(shape.capacity_ms, level_ms_ + gained_ms);
  last_ms_ = now_ms;
  if (level_ms_ < refill_ms) return false;
  level_ms_ -= refill_ms;
  return true;
}

}  // namespace jobsim::sim
