// The cache keys of client-go's correlator (tools/record/events_cache.go),
// as 64-bit hashes of upstream's key strings (key_hash.h). Upstream joins the
// fields with no separator; the hash runs over the same bytes.
#pragma once

#include <cstdint>

#include "fakeapi/types.h"
#include "sim/events/correlator_rules.h"
#include "sim/events/key_hash.h"

namespace jobsim::sim {

// The three keys of one event. They share their leading fields, and a hash of
// fields fed one after the other can be carried on, so all three come from one
// pass over the event instead of one pass per correlator step.
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
};

// `source` is the hash of event.source (SourceHash): a recorder's events all
// have its source, so the recorder hashes it once.
// REQUIRES: source == SourceHash(event.source).
EventKeys KeysOf(const api::Event& event, const CorrelatorRules& rules, const KeyHash& source);

// source.component + source.host, the start of all three keys.
KeyHash SourceHash(const api::EventSource& source);

}  // namespace jobsim::sim
