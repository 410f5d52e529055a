// How many pods a Job should run, and the creations and deletions that get it
// there (manageJob, deleteJobPods, deleteActivePods in
// pkg/controller/job/job_controller.go). The counting functions are pure; the
// Create/Delete functions carry out a decision through PodControl and keep the
// expectations in step.
//
// wantActive: completions unset (work queue): parallelism until the first
// success, then the current number of active pods (never add, never remove);
// completions set: min(completions - succeeded, parallelism), floored at 0.
// Excess over wantActive is deleted (the 1.3 controller only deleted above
// parallelism). A sync never both deletes and creates. Creations come in
// slow-start batches 1, 2, 4, ... (all at once before 1.10); after a batch
// with a failure the remaining pods are not attempted.
// Pods are created one after another in batch order (upstream sends a batch
// in parallel; the simulation has one thread and a fixed order).
#pragma once

#include <string>
#include <vector>

#include "controller/expectations.h"
#include "controller/pod_control.h"
#include "controller/rules.h"
#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

int32_t WantActive(const api::Job& job, int32_t active, int32_t succeeded);
// Pods to delete (before the per-sync cap).
int32_t ExcessActive(const api::Job& job, int32_t active, int32_t want_active, const ControllerRules& rules);
// Pods to create (before back-off and the per-sync cap). blocking_terminating:
// terminating pods that still hold their slot (podReplacementPolicy Failed).
int32_t MissingActive(int32_t want_active, int32_t active, int32_t blocking_terminating);
// Batch sizes for n creations: 1, 2, 4, ... clipped to n, or {n} without slow start.
std::vector<int32_t> CreationBatches(int32_t n, const ControllerRules& rules);
// The pods to delete when at least n must go (activePodsForRemoval): for an
// Indexed Job first every pod without a valid index and the surplus pods of
// repeated indexes (even when n is 0), then the first pods in ActivePods order.
std::vector<const api::Pod*> PodsForRemoval(const api::Job& job, std::vector<const api::Pod*> active, int32_t n);

struct DeleteOutcome {
  int32_t deleted = 0;        // DELETE succeeded or the pod was already gone
  int32_t deleted_ready = 0;  // of those, pods that were ready
  api::Status error;          // the first failure
};

// Scale-down and suspend: remove the tracking finalizer (so the pod is never
// counted as failed), then DELETE. A failed call lowers the Job's deletion
// expectation, since no watch event will come for it.
DeleteOutcome DeleteJobPods(const api::Job& job, const std::vector<const api::Pod*>& pods, const std::string& key,
                            PodControl& pod_control, Expectations& expectations);

// A failing Job: DELETE every active pod, keeping finalizers so that the pods
// are counted as failed. Ready pods count as removed even when the DELETE fails.
DeleteOutcome DeleteActivePods(const api::Job& job, const std::vector<const api::Pod*>& pods,
                               PodControl& pod_control);

struct CreateOutcome {
  int32_t created = 0;
  api::Status error;  // the first failure
};

// Makes n creations in batches; failed and skipped ones lower the Job's
// creation expectation. pods (built by the caller from NewPodForJob): one per
// creation, or a single pod that every creation sends (pods without a
// completion index are all alike).
// REQUIRES: ExpectCreations(key, n) was set; pods.size() is n, or 1.
CreateOutcome CreatePods(const api::Job& job, const std::vector<api::Pod>& pods, int32_t n, const std::string& key,
                         PodControl& pod_control, Expectations& expectations, const ControllerRules& rules);

}  // namespace jobsim::controller
