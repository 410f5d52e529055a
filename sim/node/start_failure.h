// How the container runtime of an era reports a container whose executable
// does not exist (the seed's `perl1`). The runtime creates the container, then
// fails to start it; the texts and the exited container's state differ per
// runtime. Sources: docker 1.11 daemon/start.go, dockershim
// docker_container.go, containerd CRI helpers.go, runc; observed outputs are in
// the reference `kubelet-events-kubectl.md` section 3.3.
#pragma once

#include <cstdint>
#include <string>

#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

struct StartFailure {
  // What the runtime's start call returned: the text of the Failed event and
  // of the RunContainerError waiting message (wrapped per era by
  // sim/node/kubelet_messages.h).
  std::string error;
  // The exited container's terminated reason, message and exit code.
  std::string reason;
  std::string message;
  int32_t exit_code = 0;
  // Docker reports a container that never ran with startedAt = finishedAt =
  // its creation time; containerd with startedAt at the Unix epoch and
  // finishedAt at the failure.
  bool times_at_creation = false;
};

// `executable` is argv[0] as the container gives it ("perl1", "/bin/perl1").
StartFailure MissingExecutable(ContainerRuntime runtime, const std::string& executable);

}  // namespace jobsim::sim
