// spec.managedBy (managedByExternalController in
// pkg/controller/job/job_controller.go): a Job that names another controller
// is that controller's business. The Job controller then never syncs it (no
// pods, no status) and leaves the tracking finalizers of its pods alone.
// Unset or "kubernetes.io/job-controller" means the built-in controller.
//
// Upstream also asks the JobManagedBy gate here; jobsim's API server drops
// the field where the gate is off, so the field alone decides.
#pragma once

#include "fakeapi/types.h"

namespace jobsim::controller {

bool ManagedByExternalController(const api::Job& job);

}  // namespace jobsim::controller
