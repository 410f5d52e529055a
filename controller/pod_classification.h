// What state each of a Job's pods is in, and what the Job's counters are this
// sync (the counting part of syncJob in pkg/controller/job/job_controller.go).
//
//   active       phase not Succeeded/Failed and no deletionTimestamp
//   ready        active with condition Ready=True
//   terminating  deletionTimestamp set, phase not Succeeded/Failed
//
// Two counting modes (ControllerRules::legacy_counting):
//  - finalizer tracking: a finished pod is counted once, while it still
//    carries batch.kubernetes.io/job-tracking and is not listed in
//    status.uncountedTerminatedPods; succeeded/failed = status counters +
//    uncounted UIDs + newly finished pods.
//  - legacy: succeeded/failed are the numbers of live pods in phase
//    Succeeded/Failed, recomputed every sync; "new" finished pods are the
//    latest ones beyond the counters last written.
// Indexed Jobs count only pods with a valid completion index (their succeeded
// count then comes from the succeeded indexes, see indexed_job.h). A failure
// that the Job's podFailurePolicy ignores is in new_failed (the pod-failure
// back-off still sees it, as upstream's) but not in failed.
#pragma once

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "controller/pod_failure_policy.h"
#include "controller/rules.h"
#include "fakeapi/types.h"
#include "fakeapi/well_known.h"
#include "sim/base/same_bytes.h"

namespace jobsim::controller {

using PodList = std::vector<std::shared_ptr<const api::Pod>>;

// Inline: every sync asks them of every pod it lists, and the pod watch of
// every event. Views of known length compare without a library call.
inline bool IsPodSucceeded(const api::Pod& pod) {
  return std::string_view(pod.status.phase) == std::string_view("Succeeded");
}
inline bool IsPodPhaseFailed(const api::Pod& pod) {
  return std::string_view(pod.status.phase) == std::string_view("Failed");
}
inline bool IsPodFinished(const api::Pod& pod) { return IsPodSucceeded(pod) || IsPodPhaseFailed(pod); }
inline bool IsPodActive(const api::Pod& pod) { return !IsPodFinished(pod) && !pod.metadata.deletion_timestamp; }
bool IsPodReady(const api::Pod& pod);
inline bool IsPodTerminating(const api::Pod& pod) { return pod.metadata.deletion_timestamp && !IsPodFinished(pod); }
// Asked of every pod at each event and each sync step. Compared in place with
// a text of known length, which the compiler does without a library call
// (ObjectMeta::HasFinalizer, for any text, calls memcmp: 66 instructions).
inline bool HasTrackingFinalizer(const api::Pod& pod) {
  constexpr std::string_view kFinalizer = api::kJobTrackingFinalizer;
  return std::any_of(pod.metadata.finalizers.begin(), pod.metadata.finalizers.end(),
                     [](const std::string& f) { return std::string_view(f) == kFinalizer; });
}

// Whether a UID list (status.uncountedTerminatedPods' succeeded or failed) holds `uid`.
inline bool ContainsUid(const std::vector<std::string>& uids, std::string_view uid) {
  return std::any_of(uids.begin(), uids.end(), [uid](const std::string& u) { return SameBytes(u, uid); });
}

// podReplacementPolicy Failed, or any podFailurePolicy: terminating pods are
// not failures and are not replaced until they reach phase Failed
// (onlyReplaceFailedPods).
bool OnlyReplaceFailedPods(const api::Job& job, const ControllerRules& rules);
// Phase Failed; or, unless only failed pods are replaced, terminating and not
// Succeeded (a pod deleted by someone else counts as failed at once).
bool IsPodFailed(const api::Pod& pod, const api::Job& job, const ControllerRules& rules);

struct PodClassification {
  std::vector<const api::Pod*> active;
  int32_t ready = 0;
  int32_t terminating = 0;
  std::vector<const api::Pod*> new_succeeded;
  std::vector<const api::Pod*> new_failed;  // with the ignored ones
  int32_t succeeded = 0;
  int32_t failed = 0;  // without the ignored ones
};

// expected_rm_finalizers: UIDs whose finalizer removal this controller issued
// but has not yet observed; they are neither counted nor touched again.
// policy: the Job's parsed podFailurePolicy, or null.
PodClassification ClassifyPods(const api::Job& job, const PodList& pods,
                               const api::SortedUids& expected_rm_finalizers, const ControllerRules& rules,
                               const PodFailurePolicy* policy = nullptr);

}  // namespace jobsim::controller
