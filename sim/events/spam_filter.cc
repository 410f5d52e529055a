#include "sim/events/spam_filter.h"

#include <algorithm>

namespace jobsim::sim {

SpamFilter::SpamFilter(const CorrelatorRules& rules)
    : rules_(rules), cache_(static_cast<size_t>(std::max(rules.lru_entries, 0))) {}

bool SpamFilter::Filter(uint64_t key, UnixMs now_ms) {
  auto [bucket, added] = cache_.GetOrAdd(key);
  if (added) *bucket = TokenBucket(rules_.spam_burst, rules_.spam_refill_ms, rules_.spam_refill_in_ticks, now_ms);
  return !bucket->TryAccept(now_ms);
}

}  // namespace jobsim::sim
