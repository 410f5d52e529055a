#include "sim/node/node_context.h"

#include <cstring>
#include <string_view>

#include "sim/base/hex.h"
#include "sim/node/kubelet_messages.h"

namespace jobsim::sim {
namespace {

constexpr int kFirstPodHost = 2;  // .1 is the bridge
constexpr int kPodHostsPerNode = 253;

// The last octet of a dotted IPv4 address, or 1.
int LastOctet(const std::string& ip) {
  const auto dot = ip.rfind('.');
  if (dot == std::string::npos) return 1;
  int value = 0;
  for (char c : std::string_view(ip).substr(dot + 1)) {
    if (c < '0' || c > '9') return 1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Writes value (0 to 999) in decimal at out; returns the end.
char* AppendDecimal(char* out, int value) {
  if (value >= 100) *out++ = static_cast<char>('0' + value / 100);
  if (value >= 10) *out++ = static_cast<char>('0' + value / 10 % 10);
  *out++ = static_cast<char>('0' + value % 10);
  return out;
}

}  // namespace

NodeContext::NodeContext(std::string node_name, api::Store& store, Executor& executor, const Clock& clock,
                         api::EventRecorder& events, const KubeletRules& rules, RuntimeModel& runtime,
                         const RuntimeTiming& timing, uint64_t seed)
    : node_name_(std::move(node_name)),
      store_(store),
      executor_(executor),
      clock_(clock),
      reachable_events_(*this, events),
      rules_(rules),
      runtime_(runtime),
      timing_(timing),
      container_ids_(seed, "container-ids/" + node_name_) {}

api::SharedString NodeContext::NewContainerId() {
  const std::string_view scheme = ContainerIdScheme(rules_.runtime);
  std::string id(scheme.size() + 64, '0');  // sized once: appends cost more than the digits
  std::memcpy(id.data(), scheme.data(), scheme.size());
  for (int i = 0; i < 4; ++i) WriteHex(id.data() + scheme.size() + 16 * i, container_ids_.Next64(), 16);
  api::SharedString shared;
  shared = std::move(id);
  return shared;
}

const NodeContext::NodeImage& NodeContext::Image(const std::string& image) {
  auto it = images_by_ref_.find(image);
  if (it == images_by_ref_.end()) {
    const int64_t pull_ms = timing_.image_pull_ms;
    NodeImage made{ResolveImage(rules_.runtime, image), AlreadyPresentMessage(image), PullingMessage(rules_, image),
                   PulledMessage(rules_, image, pull_ms, pull_ms, runtime_.ImageSizeBytes(image))};
    it = images_by_ref_.emplace(image, std::move(made)).first;
  }
  return it->second;
}

const NodeContext::ContainerTexts& NodeContext::Texts(const std::string& container, bool init) {
  auto& texts = texts_[init];
  auto it = texts.find(container);
  if (it == texts.end()) {
    ContainerTexts made;
    made.field_path = init ? "spec.initContainers{" : "spec.containers{";
    made.field_path.append(container).append(1, '}');
    if (rules_.created_message != CreatedMessage::kDockerId) {
      made.created = CreatedEventMessage(rules_, container, "");
      made.started = StartedEventMessage(rules_, container, "");
    }
    it = texts.emplace(container, std::move(made)).first;
  }
  return it->second;
}

const std::string& NodeContext::HostIp() {
  static const std::string fallback = "10.0.0.1";
  if (!host_ip_.empty()) return host_ip_;
  auto node = store_.Get<api::Node>("", node_name_);
  if (node) {
    for (const auto& [type, address] : node->status.addresses) {
      if (type == "InternalIP" && !address.empty()) return host_ip_ = address;
    }
  }
  return fallback;
}

const api::Cow<std::vector<std::string>>& NodeContext::HostIps() {
  const std::string& ip = HostIp();
  if (host_ips_.size() != 1 || host_ips_[0] != ip) host_ips_ = std::vector<std::string>{ip};
  return host_ips_;
}

std::string NodeContext::NewPodIp(const std::string& host_ip) {
  const int subnet = (LastOctet(host_ip) + 255) % 256;  // 10.0.0.1 -> 0
  const int host = kFirstPodHost + next_pod_host_++ % kPodHostsPerNode;
  // At most 15 characters: the short-string buffer, written without a
  // temporary string per number.
  char text[16] = "10.244.";
  char* out = AppendDecimal(text + 7, subnet);
  *out++ = '.';
  out = AppendDecimal(out, host);
  return std::string(text, out);
}

}  // namespace jobsim::sim
