// Step 1 of client-go's correlator (EventAggregator.EventAggregate in
// tools/record/events_cache.go): events that differ only in their message are
// grouped by AggregateKey. Once a group has seen aggregate_max_events distinct
// messages, none more than aggregate_interval_ms after the group's previous
// event, every new message turns into one aggregate Event whose count grows.
//
// Upstream then removes "any" message from the group (Go's set PopAny, a map
// iteration order). We remove the oldest inserted one, a deterministic choice:
// a message is more likely to repeat soon after it was first seen.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/events/correlator_rules.h"
#include "sim/events/event_draft.h"
#include "sim/events/event_keys.h"
#include "sim/events/event_name.h"
#include "sim/events/lru_cache.h"

namespace jobsim::sim {

// "(combined from similar events): " + message, and the fixed text before 1.7
// (client-go commit 6bfadd9f).
inline constexpr const char* kAggregatePrefix = "(combined from similar events): ";
inline constexpr const char* kLegacyAggregateMessage = "(events with common reason combined)";

class EventAggregator {
 public:
  EventAggregator(const CorrelatorRules& rules, EventNamer& namer);

  // Returns the key under which the de-duplicator counts the result: the event
  // key for an event passed through unchanged, the aggregate key when `event`
  // was replaced by the aggregate (a new name's nanoseconds, count 1, the
  // aggregate message, no reporting fields, as upstream builds it).
  uint64_t Aggregate(EventDraft& event, const EventKeys& keys, UnixMs now_ms);

 private:
  struct Record {
    std::vector<uint64_t> messages;  // hashes (key_hash.h), insertion order, distinct
    UnixMs last_ms = 0;
  };

  void MakeAggregate(EventDraft& event, UnixMs now_ms);

  const CorrelatorRules& rules_;
  EventNamer& namer_;
  LruCache<Record> cache_;
};

}  // namespace jobsim::sim
