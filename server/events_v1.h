// events.k8s.io/v1 Events: the same stored events as core/v1, converted on
// the way out as kube-apiserver does (k8s.io/kubernetes/pkg/apis/events/v1/
// conversion.go): involvedObject -> regarding, message -> note, source ->
// deprecatedSource, firstTimestamp/lastTimestamp/count ->
// deprecatedFirstTimestamp/deprecatedLastTimestamp/deprecatedCount,
// reportingComponent -> reportingController; and back on the way in, so that
// events.k8s.io/v1 writes land in the same core Event store
// (Convert_v1_Event_To_core_Event). Pure functions.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::server {

inline constexpr const char* kEventsGroup = "events.k8s.io";

// A core/v1 Event as the API encodes it -> the events.k8s.io/v1 Event.
api::Json EventsV1FromCore(const api::Json& core);

// An events.k8s.io/v1 Event (a body, a patched object) -> the core/v1 Event
// the store decodes: the inverse renaming, apiVersion v1.
api::Json CoreFromEventsV1(const api::Json& v1);

// A field selector on events.k8s.io/v1 names -> the core/v1 names the store
// matches ("regarding.name=pi" -> "involvedObject.name=pi"); other terms
// pass unchanged.
std::string CoreEventFieldSelector(const std::string& selector);

}  // namespace jobsim::server
