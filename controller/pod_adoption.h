// Which pods belong to a Job (ClaimPods of PodControllerRefManager in
// pkg/controller/controller_ref_manager.go), as a pure plan the controller
// then carries out with PodControl.
//
// With ownerReferences (1.6+): a pod controlled by the Job belongs to it while
// its labels match the selector, and is released when they stop matching; an
// orphan (no controller) whose labels match is adopted unless it or the Job is
// being deleted; pods controlled by anything else are left alone.
// Without ownerReferences (1.3-1.5): every pod of the namespace whose labels
// match the selector belongs to the Job.
#pragma once

#include <optional>

#include "controller/pod_classification.h"
#include "controller/rules.h"
#include "fakeapi/selector.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

struct ClaimPlan {
  PodList owned;
  PodList adopt;
  PodList release;
};

// The Job's selector; nullopt (selects nothing) when missing, empty or invalid,
// as LabelSelectorAsSelector treats a nil selector.
std::optional<api::Selector> JobSelector(const api::Job& job);
// Whether the Job's selector selects these labels.
bool SelectsLabels(const api::Job& job, const api::StringMap& labels);

// pods: the pods of the Job's namespace, in a stable order (taken, to hand
// them on without copying).
ClaimPlan PlanClaim(const api::Job& job, PodList pods, const ControllerRules& rules);

}  // namespace jobsim::controller
