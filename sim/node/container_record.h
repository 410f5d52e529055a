// What a node knows about one container of a pod: the runtime's instances of
// it (each create of the container is one instance, as each restart creates a
// new docker/containerd container) and the kubelet's reason cache, the
// waiting reason of its last failed sync (RunContainerError,
// CrashLoopBackOff, ErrImageNeverPull). The kubelet keeps these; the pod
// status is generated from them (sim/node/pod_status_builder.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/node/image_ref.h"
#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

struct ContainerInstance {
  enum class State { kCreated, kRunning, kExited };
  // As containerStatuses show it, "containerd://<64 hex digits>"
  // (sim/node/image_ref.h); shared with them.
  api::SharedString status_id;
  // The 64 hex digits of status_id, which holds the only copy.
  std::string_view id() const;
  int32_t attempt = 0;  // the restart count it was created with
  State state = State::kCreated;
  UnixMs created_at = 0;
  UnixMs started_at = 0;  // 0: never ran (a start failure reports the Unix epoch)
  UnixMs finished_at = 0;
  int32_t exit_code = 0;
  std::string reason;
  std::string message;
};

// Refers to what outlives it rather than copying it: the container's spec in
// the pod (the worker keeps that pod version) and the node's names of its
// image (NodeContext::Image).
struct ContainerRecord {
  const api::Container* spec = nullptr;
  const ImageNames* image = nullptr;  // the image and imageID containerStatuses show (sim/node/image_ref.h)
  bool init = false;                                  // in spec.initContainers
  bool sidecar = false;                               // an init container with restartPolicy Always (native sidecars)
  std::vector<ContainerInstance> instances;           // oldest first; the last two are reported
  std::optional<api::ContainerStateWaiting> waiting;  // the reason cache
  // The kubelet will restart the container (ShouldContainerBeRestarted), so a
  // cached waiting reason is shown over its exited state.
  bool will_restart = false;

  const ContainerInstance* newest() const { return instances.empty() ? nullptr : &instances.back(); }
  ContainerInstance* newest() { return instances.empty() ? nullptr : &instances.back(); }
  bool running() const { return newest() && newest()->state == ContainerInstance::State::kRunning; }
  bool exited() const { return newest() && newest()->state == ContainerInstance::State::kExited; }
  int32_t restart_count() const { return newest() ? newest()->attempt : 0; }
};

// The record of one container of the pod spec, before any instance; `image`
// names spec.image. REQUIRES: spec and image outlive the record.
ContainerRecord NewContainerRecord(const api::Container& spec, bool init, const ImageNames& image,
                                   const KubeletRules& rules);

// Makes the container `status_id` names (StatusContainerId) the newest
// instance of the record's container and returns it; only the last two are
// kept (they are all a status reports).
ContainerInstance& AddInstance(ContainerRecord& record, api::SharedString status_id, UnixMs now);

}  // namespace jobsim::sim
