// The cache keys of client-go's correlator (tools/record/events_cache.go),
// as 64-bit hashes combined from one word per field (key_hash.h).
#pragma once

#include <cstdint>

#include "fakeapi/types.h"
#include "sim/events/correlator_rules.h"
#include "sim/events/event_draft.h"
#include "sim/events/key_hash.h"

namespace jobsim::sim {

// The three keys of one event, and its message's hash. They share most of
// their fields, so each field is hashed once, and the keys combined from the words.
struct EventKeys {
  // getEventKey: source, involvedObject (fieldPath since 1.7), type, reason, message.
  // The de-duplication key of an event that is not aggregated.
  uint64_t event = 0;
  // EventAggregatorByReasonFunc: source, involvedObject without fieldPath, type,
  // reason, reportingController, reportingInstance (the last two are empty
  // before 1.28 and equal the source after, so they never split a group).
  uint64_t aggregate = 0;
  // getSpamKey: source and involvedObject without fieldPath (plus type since 1.32).
  uint64_t spam = 0;
  uint64_t message = 0;  // HashOf(message), what the aggregator keeps
};

// The words of what a recorder's events all have: its source, and the
// reporting fields of the events it makes (before aggregation).
struct RecorderWords {
  RecorderWords(const api::EventSource& source, bool reporting_fields);
  uint64_t source = 0;     // component, host
  uint64_t reporting = 0;  // reportingController, reportingInstance
};

// The involved object's word, the same in every key: its kind, namespace,
// name, uid and apiVersion.
uint64_t ObjectWord(const api::ObjectReference& involved);

// `event` as the recorder made it (before the correlator changes it), with
// its object's word.
EventKeys KeysOf(const EventDraft& event, const CorrelatorRules& rules, const RecorderWords& recorder);

}  // namespace jobsim::sim
