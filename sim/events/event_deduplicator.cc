#include "sim/events/event_deduplicator.h"

namespace jobsim::sim {

bool EventDeduplicator::Observe(EventDraft& event, uint64_t key) {
  auto [last, added] = cache_.GetOrAdd(key);
  observed_ = last;
  observed_key_ = key;
  if (!added && last->count > 0) {
    event.name_nanos = last->name_nanos;
    event.first_timestamp = last->first_timestamp;
    event.count = ++last->count;
    return true;
  }
  last->count = event.count;
  last->first_timestamp = event.first_timestamp;
  last->name_nanos = event.name_nanos;
  return false;
}

void EventDeduplicator::UpdateState(uint64_t key, uint64_t name_nanos, int32_t count, UnixMs first_timestamp) {
  Observation* observation = observed_ && observed_key_ == key ? observed_ : cache_.GetOrAdd(key).first;
  observed_ = nullptr;
  observation->count = count;
  observation->first_timestamp = first_timestamp;
  observation->name_nanos = name_nanos;
}

}  // namespace jobsim::sim
