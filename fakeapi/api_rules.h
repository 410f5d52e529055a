// What the API server of one Kubernetes version does, as plain data. The
// profile table (sim/profile.cc) fills it; fakeapi/ never asks for a version
// number itself.
#pragma once

#include <string>

namespace jobsim::api {

struct ApiRules {
  int minor = 33;  // Kubernetes 1.<minor>, for /version and messages only
  // generateName suffix alphabet (k8s.io/apimachinery/pkg/util/rand); 5 characters are appended.
  std::string name_alphabet = "bcdfghjklmnpqrstvwxz2456789";
  bool time_based_uids = false;        // 1.3-era UIDs were RFC 4122 version 1 (time + node)
  // Namespaces the API server creates at start-up besides default and
  // kube-system: kube-public (PR #36101, 1.6), kube-node-lease (NodeLease, 1.14).
  bool kube_public_namespace = true;
  bool kube_node_lease_namespace = true;
  bool serves_extensions_jobs = false;  // extensions/v1beta1 Jobs (until 1.?)
  bool job_prefixed_labels = true;      // batch.kubernetes.io/{job-name,controller-uid} (1.27+)
  bool job_backoff_limit = true;        // spec.backoffLimit exists, default 6 (1.8+)
  // Fields of feature gates: where a flag is false the API server drops the
  // field on create (and on update unless the stored Job uses it), as
  // dropDisabledFields does for a disabled gate or a release without the field.
  bool job_suspend = true;              // spec.suspend (SuspendJob)
  bool job_completion_mode = true;      // spec.completionMode (IndexedJob)
  // An Indexed Job may change spec.completions together with spec.parallelism
  // (ElasticIndexedJob beta, on, 1.27; GA 1.31); before, completions is immutable.
  bool job_elastic_indexed = true;
  bool job_ttl = true;                  // spec.ttlSecondsAfterFinished (TTLAfterFinished)
  bool job_pod_replacement_policy = true;  // spec.podReplacementPolicy and its default
  bool job_default_manual_selector = true;  // spec.manualSelector defaulted to false (1.29+)
  bool job_pod_failure_policy = true;      // spec.podFailurePolicy (JobPodFailurePolicy beta, on, 1.26)
  bool job_backoff_limit_per_index = true;  // backoffLimitPerIndex and FailIndex rules (beta, on, 1.29)
  // The release's batch/v1 JobSpec has backoffLimitPerIndex and
  // maxFailedIndexes (1.28+, JobBackoffLimitPerIndex alpha). Before, the
  // decoder drops them as unknown fields ahead of defaulting, so backoffLimit
  // defaults to 6; from 1.28 SetDefaults_Job sees them whatever the gate says.
  bool job_backoff_limit_per_index_field = true;
  bool job_success_policy = true;           // spec.successPolicy (JobSuccessPolicy beta, on, 1.31)
  // spec.managedBy is kept, and status writes get the strict transition rules
  // (JobManagedBy beta, on, 1.32; fakeapi/job_status_validation.h).
  bool job_managed_by = true;
  // With job_managed_by, four more status rules (PR #125510, 1.31): Failed
  // needs FailureTarget, Complete needs SuccessCriteriaMet, a finished Job has
  // no terminating pods, ready <= active. 1.30's alpha JobManagedBy lacks them.
  bool job_status_interim_conditions = true;
  // With job_managed_by, the strict status rules spare suspended Jobs, as the
  // 1.32 and 1.33 patch releases do (pkg/registry/batch/job/strategy.go
  // getStatusValidationOptions): a resuming Job (Suspended True -> False) may
  // restart startTime (PR #134769), and a suspended Job with completions 0 may
  // finish without one (PR #132614). Before, both writes of the controller are refused.
  bool job_status_suspended_exceptions = true;
  // While the stored Job is suspended and has never started (no startTime),
  // its pod template's node affinity, nodeSelector, tolerations, labels and
  // annotations may change (JobMutableNodeSchedulingDirectives beta, on, 1.23;
  // GA 1.27); before, the whole template is immutable.
  bool job_mutable_scheduling_directives = true;
  // ... and so may its schedulingGates (PR #115940, 1.27).
  bool job_mutable_scheduling_gates = true;
  bool job_status_ready = true;         // status.ready
  bool owner_references_gc = true;      // the garbage collector follows ownerReferences (1.6+)
  bool job_delete_orphans_by_default = true;  // batch/v1 DELETE without a policy orphans pods
  bool job_delete_warning = true;             // ... and says so in a Warning (1.23+)
  bool pod_default_tolerations = true;        // DefaultTolerationSeconds admission (1.6+)
  bool pod_enable_service_links = true;       // 1.13+
  bool pod_preemption_policy = true;          // priority + preemptionPolicy defaults (1.19+)
  bool pod_termination_message_policy = true;  // 1.7+
  bool pod_scheduler_name = true;              // spec.schedulerName default (1.6+)
  // Every Namespace carries kubernetes.io/metadata.name=<name> (NamespaceDefaultLabelName
  // beta 1.21, GA 1.22; pkg/registry/core/namespace/strategy.go Canonicalize).
  bool namespace_name_label = true;
  // An events.k8s.io write (eventTime set) about a cluster-scoped object may
  // be in "default" as well as "kube-system" (legacyValidateEvent in
  // pkg/apis/core/validation/events.go; kubernetes PR #100125 in 1.23, also
  // cherry-picked into 1.20-1.22 patch releases by #105087/#105088/#105089).
  bool event_cluster_scoped_in_default = true;

  friend bool operator==(const ApiRules&, const ApiRules&) = default;
};

}  // namespace jobsim::api
