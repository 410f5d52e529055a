// events.k8s.io/v1 Events: the same stored events as core/v1, converted on
// the way out as kube-apiserver does (k8s.io/kubernetes/pkg/apis/events/v1/
// conversion.go): involvedObject -> regarding, message -> note, source ->
// deprecatedSource, firstTimestamp/lastTimestamp/count ->
// deprecatedFirstTimestamp/deprecatedLastTimestamp/deprecatedCount,
// reportingComponent -> reportingController. Served read-only (get, list,
// watch): events are written by the simulation. Pure functions.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::server {

inline constexpr const char* kEventsGroup = "events.k8s.io";

// A core/v1 Event as the API encodes it -> the events.k8s.io/v1 Event.
api::Json EventsV1FromCore(const api::Json& core);

// A field selector on events.k8s.io/v1 names -> the core/v1 names the store
// matches ("regarding.name=pi" -> "involvedObject.name=pi"); other terms
// pass unchanged.
std::string CoreEventFieldSelector(const std::string& selector);

}  // namespace jobsim::server
