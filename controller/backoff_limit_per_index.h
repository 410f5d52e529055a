// spec.backoffLimitPerIndex: Indexed Jobs that count pod failures per index
// (pkg/controller/job/indexed_job_utils.go and getRemainingTimePerIndex in
// backoff_utils.go). Pure functions; the controller acts on their answers.
//
// The count lives on the pods, not in the Job: every pod of such a Job carries
// batch.kubernetes.io/job-index-failure-count (counted failures of its index
// before it) and, once a failure was ignored by the podFailurePolicy,
// batch.kubernetes.io/job-index-ignored-failure-count. A replacement pod gets
// the counts of the failed pod it replaces plus that pod's own failure. To
// carry the counts over, the failed pod keeps its tracking finalizer (so it is
// not yet counted in status.failed) until its replacement exists.
//
// An index fails when a counted failure happens at failure-count >=
// backoffLimitPerIndex (the (backoffLimitPerIndex+1)-th counted failure), or at
// once on a FailIndex rule. Failed indexes go to status.failedIndexes (the
// completedIndexes text format) and are never run again. Each index waits its
// own back-off before its replacement: initial * 2^(n-1) capped, n = the failed
// pod's failure-count + ignored-failure-count + 1, from that pod's finish time.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "controller/indexed_job.h"
#include "controller/pod_classification.h"
#include "controller/pod_failure_policy.h"
#include "controller/rules.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

struct IndexFailureCounts {
  int32_t failed = 0;   // job-index-failure-count
  int32_t ignored = 0;  // job-index-ignored-failure-count
  friend bool operator==(const IndexFailureCounts&, const IndexFailureCounts&) = default;
};

// The failed pod whose finalizer stays until its index has a replacement, by index.
using PodsByIndex = std::map<int32_t, const api::Pod*>;

// An Indexed Job with spec.backoffLimitPerIndex (the API server drops the
// field where the feature gate is off, so no version check is needed here).
bool HasBackoffLimitPerIndex(const api::Job& job);

// The pod's two annotations; a missing, unparsable, negative or > MaxInt32
// value reads as 0 (parseInt32).
IndexFailureCounts PodIndexFailureCounts(const api::Pod& pod);

// isIndexFailed: the pod failed and either matched a FailIndex rule, or its
// failure counts and its failure-count reached backoffLimitPerIndex.
// REQUIRES: HasBackoffLimitPerIndex(job).
bool IsIndexFailed(const api::Job& job, const api::Pod& pod, const PodFailurePolicy* policy,
                   const ControllerRules& rules);

// calculateFailedIndexes: status.failedIndexes (parsed against completions)
// plus the valid indexes of not-yet-counted pods (tracking finalizer) whose
// failure fails their index. REQUIRES: HasBackoffLimitPerIndex(job).
IndexIntervals FailedIndexes(const api::Job& job, const PodList& pods, const PodFailurePolicy* policy,
                             const ControllerRules& rules);

// getPodsWithDelayedDeletionPerIndex: per index that is neither succeeded,
// failed nor held by an active pod, its last failed pod (highest failure
// count, then latest finish; ties go to the later pod in list order) among the
// pods still tracked (finalizer, no removal in flight, valid index).
PodsByIndex PodsWithDelayedDeletion(const api::Job& job, const PodList& pods,
                                    const api::SortedUids& expected_rm_finalizers,
                                    const std::vector<const api::Pod*>& active, const IndexIntervals& succeeded,
                                    const IndexIntervals& failed, const ControllerRules& rules);

// getNewIndexFailureCounts: the counts a pod replacing `replaced` starts with:
// replaced's counts plus its failure, in the ignored bucket when the
// podFailurePolicy ignores it. A fresh index (no replaced pod) starts at 0.
IndexFailureCounts NewIndexFailureCounts(const api::Pod* replaced, const PodFailurePolicy* policy);

// addIndexFailureCountAnnotation: failure-count always, ignored-failure-count
// only when above 0.
void SetIndexFailureCountAnnotations(api::Pod& pod, const IndexFailureCounts& counts);

// getRemainingTimePerIndex: 0 without a failed pod for the index.
int64_t RemainingIndexBackoffMs(const api::Pod* last_failed, UnixMs now_ms, int64_t initial_ms, int64_t max_ms);

struct IndexesReady {
  std::vector<int32_t> now;  // back-off over: create these
  int64_t wait_ms = 0;       // when none is ready: the shortest wait left
};

// getPodCreationInfoForIndependentIndexes: which of the pending indexes may get
// a pod now; when none may, how long until the first one can.
IndexesReady IndexesReadyToCreate(const std::vector<int32_t>& pending, const PodsByIndex& last_failed, UnixMs now_ms,
                                  int64_t initial_ms, int64_t max_ms);

}  // namespace jobsim::controller
