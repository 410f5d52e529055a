#include "sim/events/event_correlator.h"

#include <algorithm>
#include <utility>

#include "sim/events/event_keys.h"

namespace jobsim::sim {

EventCorrelator::EventCorrelator(CorrelatorRules rules, const api::EventSource& source, EventNamer& namer)
    : rules_(rules),
      words_(source, rules_.reporting_fields),
      aggregator_(rules_, namer),
      deduplicator_(static_cast<size_t>(std::max(rules_.lru_entries, 0))),
      spam_filter_(rules_) {}

CorrelateResult EventCorrelator::Correlate(EventDraft& event, UnixMs now_ms) {
  // Aggregation may replace the event, but never its source, object or type:
  // the spam key stays valid.
  const EventKeys keys = KeysOf(event, rules_, words_);
  CorrelateResult result;
  result.key = aggregator_.Aggregate(event, keys, now_ms);
  result.patch = deduplicator_.Observe(event, result.key);
  result.skip = rules_.spam_filter && spam_filter_.Filter(keys.spam, now_ms);
  return result;
}

void EventCorrelator::UpdateState(uint64_t key, uint64_t name_nanos, int32_t count, UnixMs first_timestamp) {
  deduplicator_.UpdateState(key, name_nanos, count, first_timestamp);
}

}  // namespace jobsim::sim
