// Server-side apply (PATCH with Content-Type application/apply-patch+yaml):
// the applied configuration becomes the object, or is merged into the live
// one, and the manager's field set is recorded in metadata.managedFields
// (managed_fields.h). Pure functions; resource_handlers.cc reads and writes
// the Store.
//
// Simplified against structured-merge-diff: the merge is a strategic merge of
// the configuration into the live object (maps merge, lists of named items
// merge by name, other lists are replaced), so a field the manager applied
// before and leaves out now is kept rather than removed; and no conflict with
// another manager is ever reported, so `force` changes nothing.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "fakeapi/types.h"
#include "server/managed_fields.h"

namespace jobsim::server {

// The 422 of an apply without a fieldManager
// (k8s.io/apiserver/pkg/endpoints/handlers/patch.go, ValidatePatchOptions).
inline constexpr const char* kApplyNeedsFieldManager =
    "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch";

// The object after entry.manager applied `applied` (an object that already
// names the path's namespace and name); entry.fields is computed here from the
// configuration, the other members are taken as given. Built from the configuration
// when live is null (apply creates), else merged into *live. status and the
// metadata the server owns are never taken from the configuration.
api::Status ApplyConfiguration(const api::Json* live, const api::Json& applied, const ApplyEntry& entry,
                               api::Json& out);

}  // namespace jobsim::server
