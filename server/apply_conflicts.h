// Conflicts of a server-side apply, as structured-merge-diff reports them: a
// field the applied configuration sets to a value other than the live one,
// while another manager owns it. Without `force` the apply fails with the
// 409 below; with it, the applier takes the field over (server_side_apply.h).
// Pure functions.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/managed_fields.h"
#include "fakeapi/types.h"

namespace jobsim::server {

struct ApplyConflict {
  api::Json manager;  // the other manager's entry (its identity: managed_fields.h ManagerIdentifier)
  api::FieldPath path;
};

// The conflicts of `manager` applying a configuration whose field set is
// `fields` to the live object: every leaf of `fields` that another entry of
// live's managedFields owns and whose configured value differs from the live
// one. In the order of the managers' entries, then of the paths.
std::vector<ApplyConflict> FindApplyConflicts(const api::Json& live, const api::Json& config, const api::Json& fields,
                                              const std::string& manager);

// The 409 Conflict Status kube-apiserver answers
// (k8s.io/apimachinery/pkg/util/managedfields/internal/conflict.go,
// NewConflictError): "Apply failed with 1 conflict: conflict with "m": .spec.x",
// or with N conflicts listed by manager; a FieldManagerConflict cause each. An
// Update manager reads `"kubectl-patch" using batch/v1`, one of a subresource
// `"kubelet" with subresource "status" using v1` (printManager).
api::Json ConflictStatusJson(const std::vector<ApplyConflict>& conflicts);

}  // namespace jobsim::server
