// Step 3 of client-go's correlator (EventSourceObjectSpamFilter in
// tools/record/events_cache.go, since 1.8): each source+object (SpamKey) has a
// token bucket of spam_burst tokens refilled one per spam_refill_ms; an event
// finding it empty is not written at all.
#pragma once

#include <cstdint>

#include "sim/base/clock.h"
#include "sim/events/correlator_rules.h"
#include "sim/events/lru_cache.h"
#include "sim/events/token_bucket.h"

namespace jobsim::sim {

class SpamFilter {
 public:
  explicit SpamFilter(const CorrelatorRules& rules);

  // True when an event with this spam key (event_keys.h) must be dropped.
  bool Filter(uint64_t spam_key, UnixMs now_ms);

 private:
  const TokenBucket::Shape shape_;  // of every bucket, from the rules
  LruCache<TokenBucket> cache_;
};

}  // namespace jobsim::sim
