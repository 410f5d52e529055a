#include "sim/node/crash_backoff.h"

#include <algorithm>

namespace jobsim::sim {

bool CrashBackoff::InBackOffSince(int64_t event_ms, int64_t now_ms) const {
  if (!has_entry_ || Expired(event_ms)) return false;
  return now_ms - event_ms < backoff_ms_;
}

void CrashBackoff::Next(int64_t event_ms, int64_t now_ms) {
  if (!has_entry_ || Expired(event_ms)) {
    backoff_ms_ = initial_ms_;
  } else {
    backoff_ms_ = std::min(2 * backoff_ms_, max_ms_);
  }
  has_entry_ = true;
  last_update_ms_ = now_ms;
}

}  // namespace jobsim::sim
