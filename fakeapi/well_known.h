// Label, annotation and finalizer names from staging/src/k8s.io/api/batch/v1/types.go
// and the garbage collector; the taints of a node that is not Ready.
#pragma once

namespace jobsim::api {

inline constexpr const char* kLegacyJobNameLabel = "job-name";
inline constexpr const char* kLegacyControllerUidLabel = "controller-uid";
inline constexpr const char* kJobNameLabel = "batch.kubernetes.io/job-name";
inline constexpr const char* kControllerUidLabel = "batch.kubernetes.io/controller-uid";
inline constexpr const char* kJobTrackingFinalizer = "batch.kubernetes.io/job-tracking";
inline constexpr const char* kJobCompletionIndex = "batch.kubernetes.io/job-completion-index";
inline constexpr const char* kJobIndexFailureCount = "batch.kubernetes.io/job-index-failure-count";
inline constexpr const char* kJobIndexIgnoredFailureCount =
    "batch.kubernetes.io/job-index-ignored-failure-count";
inline constexpr const char* kOrphanFinalizer = "orphan";
inline constexpr const char* kForegroundFinalizer = "foregroundDeletion";
inline constexpr const char* kJobControllerManagedBy = "kubernetes.io/job-controller";

// v1.TaintNodeNotReady / v1.TaintNodeUnreachable (core/v1 well_known_taints.go): the
// node lifecycle controller's taints for Ready False / Unknown.
inline constexpr const char* kTaintNodeNotReady = "node.kubernetes.io/not-ready";
inline constexpr const char* kTaintNodeUnreachable = "node.kubernetes.io/unreachable";

// pkg/registry/batch/job/storage/storage.go (k8s PR #104080, 1.23).
inline constexpr const char* kJobOrphanWarning =
    "child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to "
    "remove them or set propagationPolicy=Orphan to suppress this warning";

}  // namespace jobsim::api
