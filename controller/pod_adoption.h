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

#include <memory>
#include <optional>
#include <vector>

#include "controller/pod_classification.h"
#include "controller/rules.h"
#include "fakeapi/selector.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

struct ClaimPlan {
  PodList owned;
  PodList adopt;
  PodList release;
  // Indexes into ClaimCandidates::controlled of the pods left out of owned
  // for good (drop_counted) while the selector matches them. The selector and
  // what drop_counted depends on are fixed for a Job (spec.selector,
  // completionMode and podFailurePolicy are immutable), so such a pod gets the
  // same answer from every later claim until it changes: the caller may leave
  // it out of them.
  std::vector<size_t> settled;
};

// The Job's selector; nullopt (selects nothing) when missing, empty or invalid,
// as LabelSelectorAsSelector treats a nil selector.
std::optional<api::Selector> JobSelector(const api::Job& job);
// Whether the Job's selector selects these labels.
bool SelectsLabels(const api::Job& job, const api::StringMap& labels);

// The informer's pods, as pointers to its own handles: a claim copies only
// the handles of the pods it keeps.
using PodRefs = std::vector<const std::shared_ptr<const api::Pod>*>;

// Whether the sync can leave out the finished pods counted for good (no
// tracking finalizer left): under finalizer tracking only the Indexed steps and
// a podFailurePolicy's FailJob rules read such pods again.
bool CountedPodsUnread(const api::Job& job, const ControllerRules& rules);

// A Job's candidate pods, each list in a stable order: those whose controller
// reference names the Job's uid (the informer's controller-uid index), and the
// others worth a look: the namespace's orphans or, without ownerReferences,
// every pod of the namespace.
// REQUIRES: every pod of controlled has a controller reference with the Job's uid.
struct ClaimCandidates {
  PodRefs controlled;
  PodRefs others;
};

// selector: the Job's (JobSelector). drop_counted: owned pods that are
// finished and no longer carry the tracking finalizer stay out of owned (they
// are still released when the selector stops matching them).
ClaimPlan PlanClaim(const api::Job& job, const std::optional<api::Selector>& selector, const ClaimCandidates& pods,
                    const ControllerRules& rules, bool drop_counted = false);

}  // namespace jobsim::controller
