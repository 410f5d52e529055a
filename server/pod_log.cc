#include "server/pod_log.h"

#include <fmt/format.h>

#include "kubectl/logs.h"
#include "server/responses.h"

namespace jobsim::server {
namespace {

std::string Names(const std::vector<api::Container>& containers) {
  std::string out;
  for (const auto& c : containers) out += (out.empty() ? "" : " ") + c.name;
  return out;
}

// kube-apiserver's message when a multi-container pod's log names no container.
api::Status ChooseContainer(const api::Pod& pod) {
  std::string message = fmt::format("a container name must be specified for pod {}, choose one of: [{}]",
                                    pod.metadata.name, Names(pod.spec.containers));
  if (!pod.spec.init_containers.empty()) {
    message += fmt::format(" or one of the init containers: [{}]", Names(pod.spec.init_containers));
  }
  return api::Status::BadRequest(message);
}

std::optional<int64_t> NonNegative(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

}  // namespace

Response PodLog(const api::Store& store, const std::string& ns, const std::string& name, const Target& target) {
  const auto pod = store.Get<api::Pod>(ns, name);
  if (!pod) return ErrorResponse(api::Status::NotFound("pods", name));
  std::string container = target.Param("container");
  if (container.empty()) {
    if (pod->spec.containers.size() != 1 || !pod->spec.init_containers.empty()) {
      return ErrorResponse(ChooseContainer(*pod));
    }
    container = pod->spec.containers[0].name;
  }
  std::string text;
  if (api::Status st = kubectl::ContainerLog(*pod, container, target.Flag("previous"), store, text); !st.ok()) {
    return ErrorResponse(st);
  }
  if (const std::string tail = target.Param("tailLines"); !tail.empty()) {
    const auto lines = NonNegative(tail);
    if (!lines) return ErrorResponse(400, "BadRequest", "tailLines: must be a non-negative integer");
    text = kubectl::TailLines(text, *lines);
  }
  if (const std::string limit = target.Param("limitBytes"); !limit.empty()) {
    const auto bytes = NonNegative(limit);
    if (!bytes || *bytes == 0) return ErrorResponse(400, "BadRequest", "limitBytes: must be a positive integer");
    if (text.size() > static_cast<size_t>(*bytes)) text.resize(static_cast<size_t>(*bytes));
  }
  Response response;
  response.content_type = "text/plain";
  response.body = std::move(text);
  return response;
}

}  // namespace jobsim::server
