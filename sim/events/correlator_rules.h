// What client-go's event correlator does in a given Kubernetes version
// (tools/record/events_cache.go; before 1.6 pkg/client/record/events_cache.go).
// sim/profile.cc fills one per version; the correlator reads the flags and
// never compares version numbers. The defaults are the current upstream ones.
#pragma once

#include <cstdint>

namespace jobsim::sim {

struct CorrelatorRules {
  // Aggregated message: "(combined from similar events): " + message (k8s 1.7+),
  // or the fixed "(events with common reason combined)" before.
  bool legacy_aggregate_message = false;
  int aggregate_max_events = 10;            // defaultAggregateMaxEvents
  int64_t aggregate_interval_ms = 600'000;  // defaultAggregateIntervalInSeconds
  int spam_burst = 25;                      // defaultSpamBurst
  int64_t spam_refill_ms = 300'000;         // defaultSpamQPS = 1/300
  int lru_entries = 4096;                   // maxLruCacheEntries

  // getEventKey includes involvedObject.fieldPath (kubernetes PR #47973, 1.7).
  bool key_has_field_path = true;
  // The per source+object spam filter exists (kubernetes PR #47367, client-go v5.0.0 = 1.8).
  bool spam_filter = true;
  // getSpamKey includes the event type (client-go commit aa6ed1bae, 1.32).
  bool spam_key_has_type = true;
  // The spam token bucket refills in whole ticks counted from its creation
  // (juju/ratelimit, 1.8 and 1.9) instead of continuously (golang.org/x/time/rate, 1.10+).
  bool spam_refill_in_ticks = false;
  // The recorder sets reportingComponent/reportingInstance from its source
  // (client-go commit 0a0ddf8b6, 1.28); before, both are empty.
  bool reporting_fields = true;
};

}  // namespace jobsim::sim
