#include "sim/events/event_aggregator.h"

#include <algorithm>


namespace jobsim::sim {

EventAggregator::EventAggregator(const CorrelatorRules& rules, EventNamer& namer)
    : rules_(rules), namer_(namer), cache_(static_cast<size_t>(std::max(rules.lru_entries, 0))) {}

uint64_t EventAggregator::Aggregate(EventDraft& event, const EventKeys& keys, UnixMs now_ms) {
  const uint64_t message = keys.message;
  // The group is updated where it is cached: copying it out and back would copy its messages.
  auto [record, added] = cache_.GetOrAdd(keys.aggregate);
  if (added || now_ms - record->last_ms > rules_.aggregate_interval_ms) {
    // A new group (perhaps in an evicted group's record), or one quiet for
    // longer than the interval: the group starts afresh.
    record->messages.clear();
  }
  auto& messages = record->messages;
  if (std::find(messages.begin(), messages.end(), message) == messages.end()) messages.push_back(message);
  record->last_ms = now_ms;
  if (static_cast<int>(messages.size()) < rules_.aggregate_max_events) return keys.event;

  // Keep the group below the threshold, so the next new message aggregates again.
  messages.erase(messages.begin());
  MakeAggregate(event, now_ms);
  return keys.aggregate;
}

void EventAggregator::MakeAggregate(EventDraft& event, UnixMs now_ms) {
  // The event as the recorder made it already has what the aggregate keeps
  // (namespace, object, type, reason, source, count 1, both timestamps now), so
  // it is turned into the aggregate in place rather than copied into a new one.
  event.name_nanos = namer_.NextNanos(now_ms);
  if (rules_.legacy_aggregate_message) {
    event.message = kLegacyAggregateMessage;
  } else {
    event.aggregate_message.assign(kAggregatePrefix).append(event.message);
    event.message = event.aggregate_message;
  }
  event.reporting = false;
}

}  // namespace jobsim::sim
