#include "sim/events/spam_filter.h"

#include <algorithm>

namespace jobsim::sim {

SpamFilter::SpamFilter(const CorrelatorRules& rules)
    : shape_(rules.spam_burst, rules.spam_refill_ms, rules.spam_refill_in_ticks),
      cache_(static_cast<size_t>(std::max(rules.lru_entries, 0))) {}

bool SpamFilter::Filter(uint64_t key, UnixMs now_ms) {
  auto [bucket, added] = cache_.GetOrAdd(key);
  if (added) *bucket = TokenBucket(shape_, now_ms);
  return !bucket->TryAccept(shape_, now_ms);
}

}  // namespace jobsim::sim
