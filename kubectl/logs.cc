#include "kubectl/logs.h"

#include <fmt/format.h>

#include "kubectl/api_errors.h"
#include "kubectl/logging_pod_order.h"

namespace jobsim::kubectl {
namespace {

// pkg/kubectl/cmd/util/podcmd DefaultContainerAnnotationName.
constexpr const char* kDefaultContainerAnnotation = "kubectl.kubernetes.io/default-container";

// podcmd.AllContainerNames: containers, then init containers marked "(init)".
std::string AllContainerNames(const api::Pod& pod) {
  std::string out;
  for (const auto& c : pod.spec->containers) out += (out.empty() ? "" : ", ") + c.name;
  for (const auto& c : pod.spec->init_containers) out += (out.empty() ? "" : ", ") + c.name + " (init)";
  return out;
}

const api::ContainerStatus* FindStatus(const api::Pod& pod, const std::string& name) {
  for (const auto* list : {&pod.status.container_statuses, &pod.status.init_container_statuses}) {
    for (const auto& s : *list) {
      if (s.name == name) return &s;
    }
  }
  return nullptr;
}

// kubelet_pods.go validateContainerLogStatus: which instance, or why none.
api::Status PickInstance(const api::Pod& pod, const std::string& container, bool previous, int32_t& instance) {
  const api::ContainerStatus* s = FindStatus(pod, container);
  const std::string& name = pod.metadata.name;
  if (s == nullptr) {
    return api::Status::BadRequest(fmt::format("container \"{}\" in pod \"{}\" is not available", container, name));
  }
  const bool waiting = !s->state.running() && !s->state.terminated();
  if (previous) {
    if (!s->last_state.terminated()) {
      return api::Status::BadRequest(
          fmt::format("previous terminated container \"{}\" in pod \"{}\" not found", container, name));
    }
    instance = waiting ? s->restart_count : s->restart_count - 1;
    return api::Status::Ok();
  }
  if (waiting && !s->last_state.terminated()) {
    const std::string reason = s->state.waiting() ? s->state.waiting()->reason : "";
    if (reason == "ErrImagePull") {
      return api::Status::BadRequest(
          fmt::format("container \"{}\" in pod \"{}\" is waiting to start: image can't be pulled", container, name));
    }
    if (reason == "ImagePullBackOff") {
      return api::Status::BadRequest(fmt::format(
          "container \"{}\" in pod \"{}\" is waiting to start: trying and failing to pull image", container, name));
    }
    return api::Status::BadRequest(
        fmt::format("container \"{}\" in pod \"{}\" is waiting to start: {}", container, name, reason));
  }
  instance = s->restart_count;
  return api::Status::Ok();
}

bool HasContainer(const api::Pod& pod, const std::string& name) {
  for (const auto* list : {&pod.spec->containers, &pod.spec->init_containers}) {
    for (const auto& c : *list) {
      if (c.name == name) return true;
    }
  }
  return false;
}

// The object `logs` names does not exist.
std::string NotFoundText(const api::Status& st, const std::string& namespace_, const KubectlRules& rules) {
  if (!rules.logs_not_found_names_namespace) return ApiErrorText(st, rules) + "\n";
  return fmt::format("error: error from server (NotFound): {} in namespace \"{}\"\n", st.message(), namespace_);
}

// Each line of `text` after `prefix` (logs.go prefixingWriter, per line read).
std::string Prefixed(const std::string& text, const std::string& prefix) {
  std::string out;
  for (size_t start = 0; start < text.size();) {
    const size_t newline = text.find('\n', start);
    const size_t end = newline == std::string::npos ? text.size() : newline + 1;
    out += prefix + text.substr(start, end - start);
    start = end;
  }
  return out;
}

// Appends one container's logs; false after an error.
bool ContainerLogs(const api::Pod& pod, const std::string& container, const LogsRequest& request,
                   const api::Store& store, const KubectlRules& rules, Output& out) {
  if (rules.logs_checks_container && !HasContainer(pod, container)) {
    out.err += fmt::format("error: container {} is not valid for pod {}\n", container, pod.metadata.name);
    out.exit_code = 1;
    return false;
  }
  ContainerLogText log;
  if (api::Status st = ContainerLog(pod, container, request.previous, store, log); !st.ok()) {
    out.err += ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
    return false;
  }
  const std::string text = TailLines(log.text, request.tail.value_or(request.selector.empty() ? -1 : 10));
  out.out += request.prefix ? Prefixed(text, fmt::format("[pod/{}/{}] ", pod.metadata.name, container)) : text;
  return true;
}

// Picks the container (kubectl's default-container logic) and appends the logs.
void PodLogs(const api::Pod& pod, const LogsRequest& request, const api::Store& store, const KubectlRules& rules,
             Output& out) {
  if (request.all_containers) {
    for (const auto* list : {&pod.spec->init_containers, &pod.spec->containers}) {
      for (const auto& c : *list) {
        if (!ContainerLogs(pod, c.name, request, store, rules, out)) return;
      }
    }
    return;
  }
  std::string container = request.container;
  if (container.empty()) {
    const auto it = pod.metadata.annotations.find(kDefaultContainerAnnotation);
    if (it != pod.metadata.annotations.end() && HasContainer(pod, it->second)) container = it->second;
  }
  const bool several = pod.spec->containers.size() > 1 || !pod.spec->init_containers.empty();
  if (container.empty() && several && !rules.logs_defaults_container) {
    std::string names;
    for (const auto& c : pod.spec->containers) names += (names.empty() ? "" : " ") + c.name;
    out.err += fmt::format("error: a container name must be specified for pod {}, choose one of: [{}]\n",
                           pod.metadata.name, names);
    out.exit_code = 1;
    return;
  }
  if (container.empty() && !pod.spec->containers.empty()) {
    container = pod.spec->containers[0].name;
    if (several) out.err += fmt::format("Defaulted container \"{}\" out of: {}\n", container, AllContainerNames(pod));
  }
  ContainerLogs(pod, container, request, store, rules, out);
}

// logs job/NAME: the first pod by ByLogging among the Job's (GetFirstPod).
void JobLogs(const LogsRequest& request, const api::Store& store, const KubectlRules& rules, Output& out) {
  const auto job = store.Get<api::Job>(request.namespace_, request.job);
  if (!job) {
    out.err += NotFoundText(api::Status::NotFound("jobs.batch", request.job), request.namespace_, rules);
    out.exit_code = 1;
    return;
  }
  api::ListOptions options;
  options.namespace_ = request.namespace_;
  std::vector<std::shared_ptr<const api::Pod>> pods;
  api::Status st = api::Selector::FromLabelSelector(job->spec.selector.value_or(api::LabelSelector{}), options.labels);
  if (st.ok()) st = store.List(options, pods);
  if (!st.ok()) {
    out.err += ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
    return;
  }
  if (pods.empty()) {
    // GetFirstPod then watches for a pod until --pod-running-timeout (20s);
    // the simulated cluster does not move meanwhile.
    out.err += "error: timed out waiting for the condition\n";
    out.exit_code = 1;
    return;
  }
  const api::Pod& pod = *pods[FirstPodForLogging(pods, rules.go_sort)];
  if (pods.size() > 1) out.err += fmt::format("Found {} pods, using pod/{}\n", pods.size(), pod.metadata.name);
  PodLogs(pod, request, store, rules, out);
}

}  // namespace

std::string TailLines(const std::string& text, int64_t lines) {
  if (lines < 0 || text.empty()) return text;
  if (lines == 0) return "";
  std::vector<size_t> starts{0};
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  if (static_cast<size_t>(lines) >= starts.size()) return text;
  return text.substr(starts[starts.size() - static_cast<size_t>(lines)]);
}

api::Status ContainerLog(const api::Pod& pod, const std::string& container, bool previous, const api::Store& store,
                         ContainerLogText& out) {
  if (!HasContainer(pod, container)) {
    return api::Status::BadRequest(fmt::format("container {} is not valid for pod {}", container, pod.metadata.name));
  }
  if (api::Status st = PickInstance(pod, container, previous, out.instance); !st.ok()) return st;
  const std::string* written = store.ReadLog(pod.metadata.namespace_, pod.metadata.name, container, out.instance);
  out.text = written ? *written : "";
  return api::Status::Ok();
}

bool LogMayGrow(const api::Pod& pod, const std::string& container, int32_t instance) {
  const api::ContainerStatus* s = FindStatus(pod, container);
  return s != nullptr && s->state.running() && s->restart_count == instance;
}

Output RunLogs(const LogsRequest& request, const api::Store& store, const KubectlRules& rules) {
  Output out;
  if (!request.job.empty()) {
    JobLogs(request, store, rules, out);
    return out;
  }
  if (request.selector.empty()) {
    const auto pod = store.Get<api::Pod>(request.namespace_, request.pod);
    if (!pod) {
      out.err = NotFoundText(api::Status::NotFound("pods", request.pod), request.namespace_, rules);
      out.exit_code = 1;
      return out;
    }
    PodLogs(*pod, request, store, rules, out);
    return out;
  }
  api::ListOptions options;
  options.namespace_ = request.namespace_;
  if (api::Status st = api::Selector::Parse(request.selector, options.labels); !st.ok()) {
    out.err = "error: " + st.message() + "\n";
    out.exit_code = 1;
    return out;
  }
  std::vector<std::shared_ptr<const api::Pod>> pods;
  if (api::Status st = store.List(options, pods); !st.ok()) {
    out.err = ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
    return out;
  }
  if (pods.empty()) out.err = fmt::format("No resources found in {} namespace.\n", request.namespace_);
  // kubectl ranges over a Go map of requests here (random order); jobsim uses pod name order.
  for (const auto& pod : pods) PodLogs(*pod, request, store, rules, out);
  return out;
}

}  // namespace jobsim::kubectl
