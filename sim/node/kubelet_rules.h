// What the kubelet and container runtime of one Kubernetes version do, as
// plain data; sim/profile.cc fills it.
#pragma once

#include <cstdint>

namespace jobsim::sim {

enum class ContainerRuntime {
  kDockerLegacy,  // docker 1.11 (k8s <= 1.5): docker ids in events, "API error (404)" start failures,
                  // terminated reason ContainerCannotRun
  kDocker,        // dockershim with docker 17+ (k8s 1.6 ... 1.23): ContainerCannotRun, OCI message
  kContainerd,    // CRI era (1.24+): StartError, exit 128, the runc message
};

enum class CreatedMessage {
  kDockerId,             // "Created container with docker id 310aac97cc9a"
  kCreatedContainer,     // "Created container pi" (1.14 ... 1.31)
  kCreatedContainerColon,  // "Created container: pi" (1.32 ... 1.34)
  kContainerCreated,     // "Container created" (1.35+)
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
  // How many times a crashed container is restarted at once before the first
  // back-off wait. Upstream restarts the first crash immediately (1); the
  // docker-era kubelet of the seed restarted a start failure twice before
  // "Back-off 20s" (seed: 3 attempts, then 20s, 40s, 1m20s).
  int immediate_restarts = 1;
  // Pod worker retry period while in back-off (10 s + jitter before 1.34;
  // 1.34+ requeues at the back-off expiry).
  int64_t sync_retry_ms = 10'000;
  bool requeue_at_backoff_expiry = false;
  // "Back-off restarting failed container pi in pod pi-x_default(uid)" (1.26+)
  // instead of "Back-off restarting failed container".
  bool backoff_event_names_container = true;
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
  // Native sidecars (init containers with restartPolicy Always, 1.29+ on).
  bool native_sidecars = true;
  // Pod conditions Initialized/Ready/ContainersReady exist (always in our range).
};

}  // namespace jobsim::sim
