// client-go's event pipeline (tools/record: events_cache.go, event.go) on the
// virtual clock: every Record() goes through the correlator (aggregate ->
// de-duplicate -> spam filter) and is then written to the Store as a create or
// a patch of an existing Event. One recorder per reporting component instance
// (the job controller, the scheduler, each node's kubelet), each with its own
// caches, as each real component has its own broadcaster.
//
// The scheduler's events.k8s.io/v1 flavour (series instead of count) is
// selected by EventApi::kEventsV1 (tools/events/event_broadcaster.go).
//
// Writes happen inside Record(), synchronously, at the current virtual time
// (upstream hands them to a broadcaster goroutine). Names are
// "<involvedObject.name>.<hex UnixNano>" where the nanoseconds are the virtual
// milliseconds times 10^6 plus a per-recorder sequence number, because virtual
// time has only millisecond resolution (see event_name.h).
#pragma once

#include <memory>
#include <string>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/events/correlator_rules.h"

namespace jobsim::sim {

enum class EventApi {
  kCoreV1,    // count / firstTimestamp / lastTimestamp
  kEventsV1,  // series / eventTime (the scheduler since ~1.19)
};

// kCoreV1: source is the Event's source; reportingComponent/Instance copy it
// when rules.reporting_fields. kEventsV1: source.component is the
// reportingController, reportingInstance is "<component>-<host>", the core
// view's source stays empty; rules are not used (that library has no correlator).
// Timers (the events.k8s.io/v1 series flushes) run on store.dispatcher().
std::unique_ptr<api::EventRecorder> NewEventRecorder(api::Store& store, api::EventSource source,
                                                     CorrelatorRules rules, EventApi flavour = EventApi::kCoreV1);

}  // namespace jobsim::sim
