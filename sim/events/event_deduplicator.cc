#include "sim/events/event_deduplicator.h"

namespace jobsim::sim {

bool EventDeduplicator::Observe(EventDraft& event, uint64_t key) {
  auto [last, added] = cache_.GetOrAdd(key);
  observed_ = last;
  observed_key_ = key;
  if (!added && last->count > 0) {
    event.name = last->name;
    event.name_nanos.reset();
    event.first_timestamp = last->first_timestamp;
    event.count = ++last->count;
    return true;
  }
  last->count = event.count;
  last->first_timestamp = event.first_timestamp;
  last->name = event.name;  // in place: usually no allocation
  return false;
}

void EventDeduplicator::UpdateState(uint64_t key, const std::string& name, int32_t count, UnixMs first_timestamp) {
  Observation* observation = observed_ && observed_key_ == key ? observed_ : cache_.GetOrAdd(key).first;
  observed_ = nullptr;
  observation->count = count;
  observation->first_timestamp = first_timestamp;
  observation->name = name;
}

}  // namespace jobsim::sim
