#include "sim/events/spam_filter.h"

#include <algorithm>

#include "sim/events/event_keys.h"

namespace jobsim::sim {

SpamFilter::SpamFilter(const CorrelatorRules& rules)
    : rules_(rules), cache_(static_cast<size_t>(std::max(rules.lru_entries, 0))) {}

bool SpamFilter::Filter(const api::Event& event, UnixMs now_ms) {
  const uint64_t key = SpamKey(event, rules_);
  TokenBucket* bucket = cache_.Get(key);
  if (bucket == nullptr) {
    bucket = &cache_.Add(key, TokenBucket(rules_.spam_burst, rules_.spam_refill_ms, rules_.spam_refill_in_ticks,
                                          now_ms));
  }
  return !bucket->TryAccept(now_ms);
}

}  // namespace jobsim::sim
