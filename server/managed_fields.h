// metadata.managedFields for server-side apply: the set of fields an applied
// configuration names, in the FieldsV1 form kube-apiserver writes
// ({"f:spec":{"f:parallelism":{}}}), and the manager's "Apply" entry that
// records it. Pure functions.
//
// The set is built from the applied configuration itself, the way
// structured-merge-diff does for a typed object: a map key is "f:<key>"; an
// item of a list with a merge key (containers by name, ...; fakeapi/patch.h)
// is `k:{"name":"pi"}` and is itself a member ("."); any other list is atomic
// (one "f:" leaf). Fields the server owns are left out, as upstream's
// stripMeta does, and so is status (reset by the kinds' strategies).
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::server {

// The FieldsV1 set of an applied configuration (an object).
api::Json FieldSetOf(const api::Json& applied);

struct ApplyEntry {
  std::string manager;      // fieldManager, "kubectl"
  std::string api_version;  // the group-version applied through, "batch/v1"
  std::string time;         // RFC 3339
  api::Json fields;         // FieldSetOf the configuration
};

// Replaces the manager's Apply entry in object.metadata.managedFields (the
// other managers' entries stay). An unchanged set keeps its old time, as
// upstream, so a repeated apply is a no-op.
void RecordApply(api::Json& object, const ApplyEntry& entry);

}  // namespace jobsim::server
