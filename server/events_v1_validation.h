// The validation kube-apiserver adds to writes through events.k8s.io/v1
// (pkg/apis/core/validation/events.go, ValidateEventCreate and
// ValidateEventUpdate with that request version): the legacy rules every
// Event passes, then the strict ones of the new API (eventTime required,
// type Normal or Warning, the deprecated fields unset on create, the
// identifying fields immutable on update). The store's own Event rules
// (name, involvedObject) still apply after these. Errors name the core
// fields (involvedObject, message, count) as upstream's do, since upstream
// validates the internal core Event. Pure functions.
#pragma once

#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::server {

api::Status ValidateEventsV1Create(const api::Event& event);
api::Status ValidateEventsV1Update(const api::Event& updated, const api::Event& old);

}  // namespace jobsim::server
