#include "server/pod_log.h"

#include <fmt/format.h>

#include "kubectl/logs.h"
#include "server/limits.h"
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
                                    pod.metadata.name, Names(pod.spec->containers));
  if (!pod.spec->init_containers.empty()) {
    message += fmt::format(" or one of the init containers: [{}]", Names(pod.spec->init_containers));
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

Response PodLogs::Serve(const std::string& ns, const std::string& name, const Target& target) {
  const auto pod = store_.Get<api::Pod>(ns, name);
  if (!pod) return ErrorResponse(api::Status::NotFound("pods", name));
  std::string container = target.Param("container");
  if (container.empty()) {
    if (pod->spec->containers.size() != 1 || !pod->spec->init_containers.empty()) {
      return ErrorResponse(ChooseContainer(*pod));
    }
    container = pod->spec->containers[0].name;
  }
  kubectl::ContainerLogText log;
  if (api::Status st = kubectl::ContainerLog(*pod, container, target.Flag("previous"), store_, log); !st.ok()) {
    return ErrorResponse(st);
  }
  std::string text = log.text;
  if (const std::string tail = target.Param("tailLines"); !tail.empty()) {
    const auto lines = NonNegative(tail);
    if (!lines) return ErrorResponse(400, "BadRequest", "tailLines: must be a non-negative integer");
    text = kubectl::TailLines(text, *lines);
  }
  std::optional<int64_t> limit;
  if (const std::string bytes = target.Param("limitBytes"); !bytes.empty()) {
    limit = NonNegative(bytes);
    if (!limit || *limit == 0) return ErrorResponse(400, "BadRequest", "limitBytes: must be a positive integer");
    if (text.size() > static_cast<size_t>(*limit)) text.resize(static_cast<size_t>(*limit));
  }
  Response response;
  response.content_type = "text/plain";
  if (!target.Flag("follow")) {
    response.body = std::move(text);
    return response;
  }
  Follower follower{ns,
                    name,
                    pod->metadata.uid.str(),
                    container,
                    log.instance,
                    log.text.size(),
                    limit ? std::optional<int64_t>(*limit - static_cast<int64_t>(text.size())) : std::nullopt,
                    std::make_shared<ChunkPipe>(kStreamBufferBytes)};
  response.stream = follower.pipe;
  if (!text.empty()) follower.pipe->Write(text);
  if (Forward(follower)) followers_.push_back(std::move(follower));
  return response;
}

void PodLogs::Pump() {
  std::erase_if(followers_, [&](Follower& f) { return !Forward(f); });
}

bool PodLogs::Forward(Follower& f) {
  if (f.pipe->reader_gone()) return false;
  const auto pod = store_.Get<api::Pod>(f.namespace_, f.pod);
  bool more = pod && pod->metadata.uid == f.uid;
  const std::string* written = more ? store_.ReadLog(f.namespace_, f.pod, f.container, f.instance) : nullptr;
  if (written && written->size() > f.sent) {
    std::string chunk = written->substr(f.sent);
    f.sent = written->size();
    if (f.bytes_left && chunk.size() > static_cast<size_t>(*f.bytes_left)) {
      chunk.resize(static_cast<size_t>(*f.bytes_left));
    }
    if (f.bytes_left) *f.bytes_left -= static_cast<int64_t>(chunk.size());
    if (!f.pipe->Write(chunk)) return false;  // overflowed: the pipe closed itself
  }
  more = more && (!f.bytes_left || *f.bytes_left > 0) && kubectl::LogMayGrow(*pod, f.container, f.instance);
  if (!more) f.pipe->Close();
  return more;
}

}  // namespace jobsim::server
