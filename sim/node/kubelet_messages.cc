#include "sim/node/kubelet_messages.h"

#include <fmt/format.h>

#include <string_view>

#include "sim/base/duration.h"

namespace jobsim::sim {
namespace {

constexpr size_t kShortIdLength = 12;  // utilstrings.ShortenString(id, 12)

bool DockerIdEra(const KubeletRules& rules) { return rules.created_message == CreatedMessage::kDockerId; }

}  // namespace

std::string FormatPodRef(const api::Pod& pod) {
  return fmt::format("{}_{}({})", pod.metadata.name, pod.metadata.namespace_, pod.metadata.uid);
}

std::string GoQuote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string ShortContainerId(std::string_view id) { return std::string(id.substr(0, kShortIdLength)); }

// pkg/kubelet/images/image_manager.go: "pulling image %q" (1.3), "Pulling image %q".
std::string NodeStatusEventMessage(const std::string& node, const std::string& event) {
  return fmt::format("Node {} status is now: {}", node, event);
}

std::string PullingMessage(const KubeletRules& rules, const std::string& image) {
  return fmt::format("{} image {}", rules.legacy_pull_messages ? "pulling" : "Pulling", GoQuote(image));
}

// image_manager.go: "Successfully pulled image %q" (1.3), "... in %v" (1.19),
// "... (%v including waiting)" (1.28), ". Image size: %v bytes." (1.30).
std::string PulledMessage(const KubeletRules& rules, const std::string& image, int64_t pull_ms, int64_t total_ms,
                          uint64_t size_bytes) {
  std::string out = "Successfully pulled image " + GoQuote(image);
  if (!rules.pulled_with_duration) return out;
  out += " in " + FormatGoDuration(pull_ms);
  if (!rules.pulled_with_waiting) return out;
  out += " (" + FormatGoDuration(total_ms) + " including waiting)";
  if (!rules.pulled_with_size) return out;
  return out + fmt::format(". Image size: {} bytes.", size_bytes);
}

// image_manager.go
std::string AlreadyPresentMessage(const std::string& image) {
  return fmt::format("Container image {} already present on machine", GoQuote(image));
}

// image_manager.go
std::string NeverPullMessage(const std::string& image) {
  return fmt::format("Container image {} is not present with pull policy of Never", GoQuote(image));
}

// dockertools/docker_manager.go (docker id), kuberuntime_container.go (the rest).
std::string CreatedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id) {
  switch (rules.created_message) {
    case CreatedMessage::kDockerId:
      return "Created container with docker id " + ShortContainerId(id);
    case CreatedMessage::kCreatedContainer:
      return "Created container " + container;
    case CreatedMessage::kCreatedContainerColon:
      return "Created container: " + container;
    case CreatedMessage::kContainerCreated:
      return "Container created";
  }
  return "Created container " + container;
}

std::string StartedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id) {
  switch (rules.created_message) {
    case CreatedMessage::kDockerId:
      return "Started container with docker id " + ShortContainerId(id);
    case CreatedMessage::kCreatedContainer:
    case CreatedMessage::kCreatedContainerColon:
      return "Started container " + container;
    case CreatedMessage::kContainerCreated:
      return "Container started";
  }
  return "Started container " + container;
}

// dockertools: "Killing container with docker id %v" + ": " + reason;
// kuberuntime_container.go killContainer: "Stopping container %s".
std::string KillingEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id) {
  if (DockerIdEra(rules)) return "Killing container with docker id " + ShortContainerId(id) + ": Need to kill pod.";
  return "Stopping container " + container;
}

// dockertools: "Failed to start container with docker id %v with error: %v";
// kuberuntime startContainer: "Error: %v" with the gRPC message, in which
// dockershim's "failed to start container %q" names the id, replaced by the
// container name for the event (recordContainerEvent).
std::string StartFailedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id,
                                    const StartFailure& failure) {
  if (DockerIdEra(rules)) {
    return fmt::format("Failed to start container with docker id {} with error: {}", ShortContainerId(id),
                       failure.error);
  }
  if (rules.runtime == ContainerRuntime::kDocker) {
    return fmt::format("Error: failed to start container {}: {}", GoQuote(container), failure.error);
  }
  return "Error: " + failure.error;
}

// dockertools runContainerInPod: "runContainer: %v"; dockershim
// StartContainer: "failed to start container %q: %v"; containerd: the error.
std::string RunContainerErrorMessage(const KubeletRules& rules, std::string_view id, const StartFailure& failure) {
  switch (rules.runtime) {
    case ContainerRuntime::kDockerLegacy:
      return "runContainer: " + failure.error;
    case ContainerRuntime::kDocker:
      return fmt::format("failed to start container {}: {}", GoQuote(std::string(id)), failure.error);
    case ContainerRuntime::kContainerd:
      return failure.error;
  }
  return failure.error;
}

// dockertools doBackOff: "Back-off restarting failed docker container";
// kuberuntime_manager.go doBackOff: "Back-off restarting failed container"
// (+ " %s in pod %s" since 1.26).
std::string BackOffEventMessage(const KubeletRules& rules, const std::string& container, const api::Pod& pod) {
  if (rules.runtime == ContainerRuntime::kDockerLegacy) return "Back-off restarting failed docker container";
  if (!rules.backoff_event_names_container) return "Back-off restarting failed container";
  return fmt::format("Back-off restarting failed container {} in pod {}", container, FormatPodRef(pod));
}

// doBackOff: "back-off %s restarting failed container=%s pod=%s".
std::string BackOffWaitingMessage(const KubeletRules& rules, int64_t backoff_ms, const std::string& container,
                                  const api::Pod& pod) {
  return fmt::format("{} {} restarting failed container={} pod={}",
                     rules.backoff_message_lowercase ? "back-off" : "Back-off", FormatGoDuration(backoff_ms), container,
                     FormatPodRef(pod));
}

// pkg/kubelet/container/sync_result.go PodSyncResult.Error: "failed to %q for
// %q with %v: %q\n"; kubelet.go: "Error syncing pod, skipping: %v".
std::string FailedSyncMessage(const std::string& container, const std::string& error, const std::string& message) {
  return fmt::format("Error syncing pod, skipping: failed to {} for {} with {}: {}\n", GoQuote("StartContainer"),
                     GoQuote(container), error, GoQuote(message));
}

// plugin/pkg/scheduler/scheduler.go "Successfully assigned %v to %v";
// pkg/scheduler (1.11+) "Successfully assigned %v/%v to %v".
// Built by appending into one allocation: the scheduler writes it for every pod.
std::string ScheduledMessage(const KubeletRules& rules, const std::string& ns, const std::string& name,
                             const std::string& node) {
  constexpr std::string_view kPrefix = "Successfully assigned ", kTo = " to ";
  std::string out;
  out.reserve(kPrefix.size() + ns.size() + 1 + name.size() + kTo.size() + node.size());
  out.append(kPrefix);
  if (rules.scheduled_message_with_namespace) out.append(ns).append(1, '/');
  out.append(name).append(kTo).append(node);
  return out;
}

}  // namespace jobsim::sim
