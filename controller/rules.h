// What the Job controller of one Kubernetes version does, as plain data.
// sim/profile.cc fills it from the version table; the controller never sees a
// version number. Each flag names the behaviour, not the release.
#pragma once

#include <cstdint>

namespace jobsim::controller {

struct ControllerRules {
  // 1.3-era counting: active/succeeded/failed recomputed from the live pods on
  // every sync (no finalizers, nothing remembered).
  // REQUIRES: legacy_counting == !finalizer_tracking (one of the two counting modes).
  bool legacy_counting = false;
  // Pods get a controller ownerReference to their Job; orphans are adopted (1.6+).
  bool owner_references = true;
  // spec.backoffLimit is enforced (1.8+).
  bool backoff_limit = true;
  // Pod-failure back-off before re-creating pods: 10 s * 2^(n-1), capped (1.8+).
  bool pod_failure_backoff = true;
  int64_t pod_failure_backoff_initial_ms = 10'000;
  int64_t pod_failure_backoff_max_ms = 600'000;
  // Creations in slow-start batches 1, 2, 4, ... capped per sync; otherwise all at once.
  bool slow_start = true;
  int32_t max_pods_per_sync = 500;
  // Excess pods over min(parallelism, completions - succeeded) are deleted;
  // the 1.3 controller deleted only those above parallelism.
  bool delete_above_remaining_completions = true;
  // Complete needs active == 0 (the 1.3 controller completed with pods still running).
  bool complete_requires_no_active = true;
  // Finalizer batch.kubernetes.io/job-tracking + uncountedTerminatedPods (1.26 GA).
  bool finalizer_tracking = true;
  // FailureTarget / SuccessCriteriaMet before Failed / Complete (delayed terminal conditions).
  bool delayed_terminal_conditions = true;
  // SuccessCriteriaMet/Complete carry reason CompletionsReached (JobSuccessPolicy on).
  bool completions_reached_reason = true;
  // status.ready and status.terminating are reported.
  bool report_ready = true;
  bool report_terminating = true;
  // podReplacementPolicy is honoured (TerminatingOrFailed by default).
  bool pod_replacement_policy = true;
  // Event types and names that changed over time.
  bool deadline_event_is_normal = false;  // 1.3: Normal DeadlineExceeded
  bool too_many_active_pods_event = false;  // 1.3: Warning TooManyActivePods at completion
  bool completed_event = true;            // Normal Completed "Job completed"
  // Suspend (1.21+).
  bool suspend = true;
  // A sync is scheduled for the moment activeDeadlineSeconds runs out. Before
  // that fix (kubernetes/kubernetes#32149, 1.3/1.4) the deadline was noticed
  // only at the next pod event or the informer's full resync.
  bool deadline_requeue = true;
  // The Job informer's full resync: every Job is re-queued this often (1.3:
  // JobResyncPeriod = 10 min in pkg/controller/job/jobcontroller.go); 0 = never.
  int64_t job_resync_period_ms = 0;
  // A failed pod create/delete/patch makes the sync return an error, so the Job
  // is re-queued with the API back-off (1.8+). The 1.3 controller only logged
  // it and waited for the next event.
  bool requeue_on_pod_errors = true;
  // Indexed pods carry their completion index as a label too, and
  // JOB_COMPLETION_INDEX reads the label (PodIndexLabel, beta 1.28); before,
  // only the annotation.
  bool pod_index_label = true;
  // Pods carry annotation kubernetes.io/created-by, a SerializedReference to
  // their Job (pkg/controller/controller_utils.go, removed in 1.9).
  bool created_by_annotation = false;
  // Work-queue delays.
  int64_t sync_batch_period_ms = 1'000;   // pod events are batched (modern); 0 = immediate (1.3)
  int64_t api_backoff_initial_ms = 1'000;
  int64_t api_backoff_max_ms = 60'000;

  friend bool operator==(const ControllerRules&, const ControllerRules&) = default;
};

}  // namespace jobsim::controller
