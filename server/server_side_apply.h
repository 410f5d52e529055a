// Server-side apply (PATCH with Content-Type application/apply-patch+yaml):
// the applied configuration becomes the object, or is merged into the live
// one, and the manager's field set is recorded in metadata.managedFields
// (managed_fields.h). Pure functions; resource_handlers.cc reads and writes
// the Store.
//
// As structured-merge-diff does: a field the manager applied before and
// leaves out now is removed, unless another manager owns it; a field another
// manager owns and the configuration changes is a conflict (apply_conflicts.h:
// the caller answers 409 unless forced), and a forced apply takes it over.
// Simplified: the merge is a strategic merge of the configuration into the
// live object (maps merge, lists of named items merge by name, other lists
// are replaced), and only Apply managers own fields (other writes record no
// Update entries).
#pragma once

#include <string>

#include "fakeapi/managed_fields.h"
#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::server {

// The 422 of an apply without a fieldManager
// (k8s.io/apiserver/pkg/endpoints/handlers/patch.go, ValidatePatchOptions).
inline constexpr const char* kApplyNeedsFieldManager =
    "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch";

// The object after entry.manager applied `applied` (an object that already
// names the path's namespace and name); entry.fields is computed here from the
// configuration, the other members are taken as given. Built from the configuration
// when live is null (apply creates), else merged into *live, where the
// fields it conflicts on pass to entry.manager and the ones it dropped go.
// status and the metadata the server owns are never taken from the configuration.
api::Status ApplyConfiguration(const api::Json* live, const api::Json& applied, const api::ApplyEntry& entry,
                               api::Json& out);

}  // namespace jobsim::server
