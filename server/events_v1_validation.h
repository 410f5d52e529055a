// The validation kube-apiserver adds to writes through events.k8s.io/v1
// (pkg/apis/core/validation/events.go, ValidateEventCreate and
// ValidateEventUpdate with that request version): the legacy rules every
// Event passes, then the strict ones of the new API (eventTime required,
// type Normal or Warning, the deprecated fields unset on create, the
// identifying fields immutable on update). The store's own Event rules
// (name, involvedObject) still apply after these. Errors name the core
// fields (involvedObject, message, count) as upstream's do, since upstream
// validates the internal core Event. Version-dependent rules: ApiRules
// (event_cluster_scoped_in_default). Pure functions.
#pragma once

#include "fakeapi/api_rules.h"
#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::server {

api::Status ValidateEventsV1Create(const api::Event& event, const api::ApiRules& rules);
api::Status ValidateEventsV1Update(const api::Event& updated, const api::Event& old, const api::ApiRules& rules);

}  // namespace jobsim::server
