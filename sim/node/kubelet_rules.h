// What the kubelet, the container runtime and the scheduler's bind message of
// one Kubernetes version do, as plain data; sim/profile.cc fills it. Each flag
// names the behaviour, not the release.
#pragma once

#include <cstdint>
#include <string>

namespace jobsim::sim {

// The scheduler's text for pods no Ready node can take (sim/node/scheduling_failure.h).
enum class FitErrorForm {
  kNoNodesAvailable,     // NotReady nodes are not offered at all
  kNotReady,             // "N node(s) were not ready"
  kTaintsNotTolerated,   // "N node(s) had taints that the pod didn't tolerate"
  kTaintNotTolerated,    // "N node(s) had taint {k: v}, that the pod didn't tolerate"
  kUntoleratedTaint,     // "N node(s) had untolerated taint {k: v}", with the preemption note
};

enum class ContainerRuntime {
  kDockerLegacy,  // docker 1.11 (k8s <= 1.5): docker ids in events, "API error (404)" start failures,
                  // terminated reason ContainerCannotRun
  kDocker,        // dockershim with docker 17+ (k8s 1.6 ... 1.23): ContainerCannotRun, OCI message
  kContainerd,    // CRI era (1.24+): StartError, exit 128, the runc message
};

enum class CreatedMessage {
  kDockerId,               // "Created container with docker id 310aac97cc9a"
  kCreatedContainer,       // "Created container pi" (1.14 ... 1.31)
  kCreatedContainerColon,  // "Created container: pi" (1.32 ... 1.34)
  kContainerCreated,       // "Container created" (1.35+)
};

struct KubeletRules {
  ContainerRuntime runtime = ContainerRuntime::kContainerd;
  CreatedMessage created_message = CreatedMessage::kCreatedContainerColon;
  // Container restart back-off (pkg/kubelet/kubelet.go): 10 s doubling to 300 s.
  int64_t backoff_initial_ms = 10'000;
  int64_t backoff_max_ms = 300'000;
  // A back-off entry expires when the container finishes this long after the
  // last back-off update (2 x max before 1.32, a fixed 600 s since).
  int64_t backoff_reset_ms = 600'000;
  // Whether the pod lifecycle event generator reports a container that failed
  // to start, so that the pod is synced (and the restart decided) at once.
  // Docker 1.11 left such a container in state "Created", which the 1.3
  // generic PLEG maps to "unknown" and reports no event for
  // (pkg/kubelet/pleg/generic.go); the next sync was the pod worker's error
  // requeue, sync_retry_ms later. That gives the seed's sequence: three
  // attempts about 10 s apart, then "Back-off 20s", 40s, 1m20s.
  bool pleg_sees_start_failures = true;
  // Whether the container GC's removal of a container that never started
  // syncs the pod at once. The 1.3 generic PLEG reports a container it last
  // saw "unknown" (docker's "Created", above) that is gone as ContainerDied
  // (pkg/kubelet/pleg/generic.go generateEvent), and the sync loop syncs the
  // pod on it (pkg/kubelet/kubelet.go syncLoopIteration). The GC runs every
  // container_gc_period_ms from the kubelet's start (ContainerGCPeriod) and
  // removes the dead instances of a container older than the minimum age
  // beyond the newest few (pkg/kubelet/dockertools/container_gc.go; the
  // defaults of that era's kubelet config, MinimumGCAge 1m and
  // MaxPerPodContainerCount 2, later 0 and 1). It gives the
  // seed's eighth "Back-off 1m20s" (sim/node/README.md). Later
  // kubelets see start failures, and the removal of a container already
  // reported dead is no sync (ContainerRemoved), so the GC is not modelled there.
  bool container_gc_syncs_unstarted = false;
  int64_t container_gc_period_ms = 60'000;
  int64_t container_gc_min_age_ms = 60'000;
  int container_gc_keep_per_container = 2;
  // Pod worker retry period while in back-off (10 s + jitter before 1.34;
  // 1.34+ requeues at the back-off expiry). jobsim uses no jitter.
  int64_t sync_retry_ms = 10'000;
  bool requeue_at_backoff_expiry = false;
  // "Back-off restarting failed container pi in pod pi-x_default(uid)" (1.26+)
  // instead of "Back-off restarting failed container".
  bool backoff_event_names_container = true;
  // The CrashLoopBackOff waiting message starts "back-off 40s ..."; before
  // the error-string cleanup it was "Back-off 40s ...".
  bool backoff_message_lowercase = true;
  // 1.3: FailedSync events ("Error syncing pod, skipping: ...").
  bool failed_sync_events = false;
  // Pulled: "Successfully pulled image %q in %v (%v including waiting). Image size: %v bytes."
  bool pulled_with_duration = true;
  bool pulled_with_waiting = true;
  bool pulled_with_size = true;
  // Lowercase 1.3 texts: "pulling image", "Successfully pulled image".
  bool legacy_pull_messages = false;
  // Pod condition PodReadyToStartContainers (1.29+).
  bool pod_ready_to_start_containers = true;
  // Pod condition ContainersReady (1.11+, with pod readiness gates).
  bool containers_ready_condition = true;
  // A Failed pod's Ready/ContainersReady carry reason PodFailed (1.27+);
  // before, ContainersNotReady "containers with unready status: [...]".
  bool failed_pod_ready_reason = true;
  // A pod that is deleted (or will not restart) gets a terminal phase before
  // it goes (getPhase's podIsTerminal, 1.27+); before, a deleted OnFailure
  // pod kept phase Running in its last status.
  bool terminal_phase_on_deletion = true;
  // containerStatuses[].started (1.16+), status.podIPs (1.16+), status.hostIPs (1.29+).
  bool container_started_field = true;
  bool pod_ips_field = true;
  bool host_ips_field = true;
  // Native sidecars (init containers with restartPolicy Always, 1.29+ on).
  bool native_sidecars = true;
  // Scheduler: "Successfully assigned default/pi-x to node-1" (1.11+) instead
  // of "Successfully assigned pi-x to node-1".
  bool scheduled_message_with_namespace = true;
  // How the scheduler words "no node fits" (sim/node/scheduling_failure.h).
  FitErrorForm fit_error_form = FitErrorForm::kUntoleratedTaint;
  // Retrying an unschedulable pod: 1.3's per-pod back-off of 1 s doubling to
  // 60 s (plugin/pkg/scheduler/factory/factory.go); later schedulers park it
  // until a node changes, or for unschedulable_flush_ms at most, and back off
  // 1 s doubling to 10 s (pkg/scheduler/internal/queue/scheduling_queue.go).
  int64_t unschedulable_backoff_max_ms = 10'000;
  int64_t unschedulable_flush_ms = 300'000;  // 0: no parking, back-off only

  // The Node the kubelet registers (sim/node/node_status.h).
  std::string kubelet_version = "v1.33.0";  // nodeInfo.kubeletVersion
  std::string container_runtime_version = "containerd://1.7.27";
  // nodeInfo.kubeProxyVersion set (to the kubelet's version); "" once
  // DisableNodeKubeProxyVersion is on by default (1.33, PR #129713).
  bool kube_proxy_version_field = false;
  // Conditions: OutOfDisk until the kubelet dropped it (PR #70111, 1.13);
  // PIDPressure since PR #57136 (1.10).
  bool out_of_disk_condition = false;
  bool pid_pressure_condition = true;
  // Capacity: alpha.kubernetes.io/nvidia-gpu (until the Accelerators gate went,
  // 1.10), ephemeral-storage (1.8), hugepages-* (HugePages beta, 1.10).
  bool nvidia_gpu_capacity = false;
  bool ephemeral_storage_capacity = true;
  bool hugepages_capacity = true;
  // spec.podCIDRs beside spec.podCIDR (dual-stack API, 1.16).
  bool pod_cidrs_field = true;
  // Labels: kubernetes.io/hostname and beta.kubernetes.io/os|arch in every
  // modelled release (initialNode, pkg/kubelet/kubelet_node_status.go);
  // kubernetes.io/os|arch beside them since the labels went GA (PR #73333,
  // 1.14). Since PR #91046 (1.19) the kubelet sets the GA pair only and the
  // node lifecycle controller copies it to the beta pair, so a running node
  // still carries both.
  bool stable_os_arch_labels = true;
  // Annotation node.alpha.kubernetes.io/ttl: "0", which the TTL controller
  // (pkg/controller/ttl/ttl_controller.go, PR #40796, 1.6) puts on every node
  // of a cluster of at most 100 nodes.
  bool node_ttl_annotation = true;
  // An unchanged Node status is posted every nodeStatusUpdateFrequency (10 s)
  // until the node Lease carries the heartbeat (NodeLease beta, 1.14); then
  // every nodeStatusReportFrequency (5 min).
  int64_t node_status_report_ms = 300'000;
};

}  // namespace jobsim::sim
