// The version table. Each line gates one behaviour at the minor version where
// upstream changed it; sources are in docs/profiles.md.
#include "sim/profile.h"

#include <climits>

#include <fmt/format.h>

namespace jobsim::sim {
namespace {

api::ApiRules ApiFor(int m) {
  api::ApiRules r;
  r.minor = m;
  // util/rand alphabet: vowels dropped by PR #37225 (1.6), 0/1/3 by PR #50070 (1.8).
  r.name_alphabet = m <= 5 ? "abcdefghijklmnopqrstuvwxyz0123456789"
                  : m <= 7 ? "bcdfghjklmnpqrstvwxz0123456789"
                           : "bcdfghjklmnpqrstvwxz2456789";
  r.time_based_uids = m <= 13;  // pborman/uuid NewUUID (v1) until the google/uuid switch
  r.kube_public_namespace = m >= 6;       // PR #36101
  r.kube_node_lease_namespace = m >= 14;  // NodeLease beta (on)
  r.serves_extensions_jobs = m <= 7;
  r.job_prefixed_labels = m >= 27;
  r.job_backoff_limit = m >= 8;
  r.job_suspend = m >= 22;          // SuspendJob beta (on) 1.22
  r.job_completion_mode = m >= 22;  // IndexedJob beta (on) 1.22
  r.job_elastic_indexed = m >= 27;  // ElasticIndexedJob beta (on) 1.27
  r.job_ttl = m >= 21;              // TTLAfterFinished alpha (off) 1.12, beta 1.21; no field before 1.12
  r.job_pod_replacement_policy = m >= 29;  // JobPodReplacementPolicy beta (on) 1.29
  r.job_default_manual_selector = m >= 29;  // SetDefaults_Job manualSelector: false (with podReplacementPolicy)
  r.job_pod_failure_policy = m >= 26;       // JobPodFailurePolicy beta (on) 1.26
  r.job_backoff_limit_per_index = m >= 29;  // JobBackoffLimitPerIndex beta (on) 1.29
  r.job_backoff_limit_per_index_field = m >= 28;  // ... alpha 1.28: the field exists, off
  r.job_success_policy = m >= 31;           // JobSuccessPolicy beta (on) 1.31
  r.job_managed_by = m >= 32;               // JobManagedBy beta (on) 1.32
  r.job_status_interim_conditions = m >= 31;  // getStatusValidationOptions, PR #125510
  r.job_status_suspended_exceptions = m >= 32;  // PRs #132614, #134769 (1.32 and 1.33 patch releases)
  r.job_mutable_scheduling_directives = m >= 23;  // JobMutableNodeSchedulingDirectives beta (on) 1.23
  r.job_mutable_scheduling_gates = m >= 27;       // PR #115940
  r.job_status_ready = m >= 24;     // JobReadyPods beta 1.24
  r.owner_references_gc = m >= 6;
  r.job_delete_orphans_by_default = m >= 6;
  r.job_delete_warning = m >= 23;   // PR #104080
  r.pod_default_tolerations = m >= 6;
  r.pod_enable_service_links = m >= 13;
  r.pod_preemption_policy = m >= 19;
  r.pod_termination_message_policy = m >= 7;
  r.pod_scheduler_name = m >= 6;
  r.namespace_name_label = m >= 21;
  r.event_cluster_scoped_in_default = m >= 23;  // PR #100125 (the .0 releases before it lack it)
  return r;
}

controller::ControllerRules ControllerFor(int m) {
  controller::ControllerRules r;
  r.finalizer_tracking = m >= 26 || m == 23 || m == 25;
  r.legacy_counting = !r.finalizer_tracking;
  r.owner_references = m >= 6;
  r.backoff_limit = m >= 8;
  r.pod_failure_backoff = m >= 8;
  r.pod_failure_backoff_max_ms = m >= 28 ? 600'000 : 360'000;  // MaxJobBackOff 360 s before the record store
  r.slow_start = m >= 10;
  r.max_pods_per_sync = m >= 22 ? 500 : INT32_MAX;
  r.delete_above_remaining_completions = m >= 8;
  r.complete_requires_no_active = r.finalizer_tracking;
  r.delayed_terminal_conditions = m >= 31;
  r.completions_reached_reason = m >= 33;
  r.report_ready = m >= 24;
  r.report_terminating = m >= 29;
  r.pod_replacement_policy = m >= 29;
  r.deadline_event_is_normal = m <= 7;
  r.too_many_active_pods_event = r.legacy_counting;
  r.completed_event = m >= 20;
  r.suspend = m >= 22;
  r.sync_batch_period_ms = m >= 24 ? 1'000 : 0;
  r.deadline_requeue = m >= 8;                       // PR #48454
  r.job_resync_period_ms = m <= 5 ? 600'000 : 0;     // 1.3 JobResyncPeriod
  r.requeue_on_pod_errors = m >= 8;
  r.created_by_annotation = m <= 8;                  // kubernetes.io/created-by, removed in 1.9
  r.pod_index_label = m >= 28;                       // PodIndexLabel
  return r;
}

KubeletRules KubeletFor(int m) {
  KubeletRules r;
  r.runtime = m <= 5 ? ContainerRuntime::kDockerLegacy
            : m <= 23 ? ContainerRuntime::kDocker
                      : ContainerRuntime::kContainerd;
  r.created_message = m <= 9    ? CreatedMessage::kDockerId
                    : m <= 31   ? CreatedMessage::kCreatedContainer
                                : CreatedMessage::kCreatedContainerColon;
  r.pleg_sees_start_failures = m >= 6;  // docker 1.11's "Created" state was "unknown" to the PLEG
  r.container_gc_syncs_unstarted = m <= 5;  // removing such an "unknown" container was a ContainerDied
  r.backoff_event_names_container = m >= 26;
  r.backoff_message_lowercase = m >= 16;  // error-string cleanup of pkg/kubelet (approximate)
  r.failed_sync_events = m <= 6;
  r.pulled_with_duration = m >= 19;
  r.pulled_with_waiting = m >= 28;
  r.pulled_with_size = m >= 30;
  r.legacy_pull_messages = m <= 9;
  r.pod_ready_to_start_containers = m >= 29;
  r.containers_ready_condition = m >= 11;
  r.failed_pod_ready_reason = m >= 27;
  r.terminal_phase_on_deletion = m >= 27;  // PR #115331
  r.container_started_field = m >= 16;
  r.pod_ips_field = m >= 16;
  r.host_ips_field = m >= 29;
  r.native_sidecars = m >= 29;
  r.requeue_at_backoff_expiry = m >= 34;
  r.scheduled_message_with_namespace = m >= 11;
  // Versions approximate (docs/profiles.md): the ready-node lister, the
  // CheckNodeCondition predicate, TaintNodesByCondition (1.12), the
  // framework's taint plugin (1.18), its "untolerated" wording with the
  // preemption note (1.25).
  r.fit_error_form = m <= 9    ? FitErrorForm::kNoNodesAvailable
                   : m <= 11   ? FitErrorForm::kNotReady
                   : m <= 17   ? FitErrorForm::kTaintsNotTolerated
                   : m <= 24   ? FitErrorForm::kTaintNotTolerated
                               : FitErrorForm::kUntoleratedTaint;
  // 1.3's per-pod back-off to 60 s; the scheduling queue (1.17) parks pods for
  // 60 s, 5 min since podMaxInUnschedulablePodsDuration (1.22).
  r.unschedulable_backoff_max_ms = m <= 16 ? 60'000 : 10'000;
  r.unschedulable_flush_ms = m <= 16 ? 0 : m <= 21 ? 60'000 : 300'000;
  r.kubelet_version = fmt::format("v1.{}.0", m);
  r.container_runtime_version = r.runtime == ContainerRuntime::kDockerLegacy ? "docker://1.11.2"
                              : r.runtime == ContainerRuntime::kDocker       ? "docker://18.9.9"
                                                                             : "containerd://1.7.27";
  r.kube_proxy_version_field = m <= 32;   // DisableNodeKubeProxyVersion on by default, PR #129713
  r.out_of_disk_condition = m <= 12;      // PR #70111
  r.pid_pressure_condition = m >= 10;     // PR #57136
  r.nvidia_gpu_capacity = m <= 9;         // approximate
  r.ephemeral_storage_capacity = m >= 8;  // approximate
  r.hugepages_capacity = m >= 10;         // HugePages beta
  r.pod_cidrs_field = m >= 16;
  r.stable_os_arch_labels = m >= 14;  // PR #73333
  r.node_ttl_annotation = m >= 6;     // TTL controller, PR #40796
  r.node_status_report_ms = m <= 13 ? 10'000 : 300'000;  // NodeLease beta (on) 1.14
  return r;
}

NodeLifecycleRules NodeLifecycleFor(int m) {
  NodeLifecycleRules r;
  // pkg/controller/node/nodecontroller.go until pkg/controller/nodelifecycle (1.10).
  r.node_controller_component = m <= 9 ? "controllermanager" : "node-controller";
  r.node_event_uid_is_name = m <= 3;
  r.node_event_refs_have_api_version = m >= 18;  // PR #87537
  r.taint_based_evictions = m >= 13;             // TaintBasedEvictions beta (on) 1.13, GA 1.18
  r.node_lost_reason = m >= 5;                   // PR #35235: pods of a lost node are no longer force-deleted
  r.force_delete_evicted_pods = m <= 4;
  r.zone_partial_disruption = m >= 4;            // handleDisruption, PR #28897
  r.taint_nodes_by_condition = m >= 12;          // TaintNodesByCondition beta (on) 1.12, GA 1.17
  r.pod_not_ready_event = m >= 19;               // PR #87743
  r.taint_manager = m >= 6;                      // --enable-taint-manager (NoExecuteTaintManager, 1.6)
  // SeparateTaintEvictionController beta 1.29: the taint manager runs as a controller of its own.
  r.taint_manager_component = m >= 29 ? "taint-eviction-controller" : "taint-controller";
  r.taint_event_refs_have_api_version = m >= 29;  // PR #114095 (approximate release)
  r.disruption_target_condition = m >= 26;        // PodDisruptionConditions beta (on) 1.26, GA 1.31
  // cmd/kube-controller-manager/app/options: --node-monitor-grace-period 40s, 50s from 1.32.
  r.node_monitor_grace_period_ms = m >= 32 ? 50'000 : 40'000;
  return r;
}

PodGcRules PodGcFor(int m) {
  PodGcRules r;
  // pkg/controller/podgc/gc_controller.go markFailedAndDeletePodWithCondition:
  // PodDisruptionConditions beta (on) 1.26, GA 1.31.
  r.mark_failed_before_delete = m >= 26;
  r.disruption_target_condition = m >= 26;
  r.gc_out_of_service = m >= 26;  // NodeOutOfServiceVolumeDetach beta (on) 1.26, GA 1.28
  return r;
}

kubectl::KubectlRules KubectlFor(int m) {
  kubectl::KubectlRules r;
  r.minor = m;
  r.legacy_layout = m <= 9;
  r.get_pods_hides_finished = m <= 9;
  r.job_status_column = m >= 30;
  r.job_completions_column = m >= 12;
  r.events_from_with_host = m < 20;
  r.events_field_path_prefix = m >= 35;
  r.describe_job_suspend_and_template_placement = m >= 30;  // k8s PR #122618
  r.short_name_ambiguity_warning = m >= 29;  // client-go shortcut expander
  r.restarts_with_age = m >= 22;
  r.terminating_excludes_terminal_phase = m >= 31;  // k8s PR #122038
  r.error_reason_in_parentheses = m >= 5;            // cmd/util/helpers.go StandardErrorMessage
  r.invalid_causes_inline = m >= 5;                  // cmd/util/helpers.go checkErr
  r.empty_list_notice = m >= 5;
  r.empty_list_names_namespace = m >= 17;
  r.success_names_group = m >= 10;  // kubectl printers refactor (1.10)
  r.success_names_slash = m >= 11;  // NamePrinter for operations (1.11)
  r.logs_defaults_container = m >= 21;               // KEP-2227 default container
  r.logs_checks_container = m >= 17;                 // PR #76471
  r.logs_not_found_names_namespace = m >= 30;        // checked: kubectl 1.29 and 1.30 binaries
  r.output_watch_events_flag = m >= 16;              // PR #72416
  r.show_managed_fields_flag = m >= 21;              // PR #96878
  r.yaml_document_separator = m >= 11;               // approximate
  r.json_struct_order = m <= 4;                      // typed get -o json until PR #36085 (1.5)
  // get/sorter.go: NaturalLess since at least 1.17 (older kubectl not checked) until 1.30.
  r.sort_by_natural_strings = m <= 30;
  r.sort_by_quantity_strings = m >= 22;
  // Go that built kubectl: go1.6/1.7 up to 1.6, go1.8-1.18 up to 1.24, pdqsort
  // after, with Go 1.24's corrected xorshift from 1.33 (`kubectl version`: go1.24.2).
  r.go_sort = m <= 6    ? kubectl::GoSortAlgorithm::kGo16
            : m <= 24   ? kubectl::GoSortAlgorithm::kGo18
            : m <= 32   ? kubectl::GoSortAlgorithm::kPdq
                        : kubectl::GoSortAlgorithm::kPdqGo124;
  return r;
}

// The seed's 1.3 cluster took about 1.45 s per failed pod (42 pods in 60 s):
// the untagged image is pulled on every start.
RuntimeTiming TimingFor(int m) {
  RuntimeTiming t;
  if (m <= 5) {
    t.schedule_ms = 150;
    t.image_pull_ms = 800;
    t.container_start_ms = 500;
  }
  return t;
}

}  // namespace

api::Status LookupProfile(const std::string& version, Profile& out) {
  std::string v = version;
  if (!v.empty() && v[0] == 'v') v = v.substr(1);
  int major = 0, minor = -1;
  char dot = 0;
  const int n = std::sscanf(v.c_str(), "%d%c%d", &major, &dot, &minor);
  if (n < 3 || major != 1 || dot != '.' || minor < kOldestMinor || minor > kNewestMinor) {
    return api::Status::BadRequest(fmt::format("unsupported kubernetesVersion \"{}\": supported are 1.{} to 1.{}",
                                               version, kOldestMinor, kNewestMinor));
  }
  out.minor = minor;
  out.version = fmt::format("1.{}", minor);
  out.api = ApiFor(minor);
  out.controller = ControllerFor(minor);
  out.kubelet = KubeletFor(minor);
  out.node_lifecycle = NodeLifecycleFor(minor);
  out.pod_gc = PodGcFor(minor);
  out.kubectl = KubectlFor(minor);
  out.events.legacy_aggregate_message = minor <= 6;  // client-go commit 6bfadd9f (1.7)
  out.events.key_has_field_path = minor >= 7;         // kubernetes PR #47973
  out.events.spam_filter = minor >= 8;                // kubernetes PR #47367 (client-go v5.0.0)
  out.events.spam_refill_in_ticks = minor <= 9;       // juju/ratelimit until client-go v6 (1.9)
  out.events.spam_key_has_type = minor >= 32;         // client-go commit aa6ed1bae
  out.events.reporting_fields = minor >= 28;          // client-go commit 0a0ddf8b6
  out.scheduler_events = minor >= 19 ? EventApi::kEventsV1 : EventApi::kCoreV1;
  out.default_timing = TimingFor(minor);
  return api::Status::Ok();
}

}  // namespace jobsim::sim
