#include "fakeapi/pod_logs.h"

#include "sim/base/string_hash.h"

namespace jobsim::api {

size_t PodLogs::KeyHash::operator()(std::string_view key) const { return HashString(key); }

size_t PodLogs::KeyHash::operator()(KeyParts key) const {
  return StringHash().Add(key.ns).Add("/").Add(key.name).value();
}

void PodLogs::Append(KeyParts pod, std::string_view container, int32_t restart_count, std::string_view text) {
  auto it = by_pod_.find(pod);
  if (it == by_pod_.end()) {
    std::string key;
    key.reserve(pod.ns.size() + 1 + pod.name.size());
    key.append(pod.ns).append(1, '/').append(pod.name);
    it = by_pod_.emplace(std::move(key), std::vector<Instance>{}).first;
  }
  for (Instance& instance : it->second) {
    if (instance.restart_count == restart_count && instance.container == container) {
      instance.text += text;
      return;
    }
  }
  it->second.push_back(Instance{std::string(container), restart_count, std::string(text)});
}

const std::string* PodLogs::Find(KeyParts pod, std::string_view container, int32_t restart_count) const {
  auto it = by_pod_.find(pod);
  if (it == by_pod_.end()) return nullptr;
  for (const Instance& instance : it->second) {
    if (instance.restart_count == restart_count && instance.container == container) return &instance.text;
  }
  return nullptr;
}

void PodLogs::Forget(std::string_view pod_key) {
  if (auto it = by_pod_.find(pod_key); it != by_pod_.end()) by_pod_.erase(it);
}

}  // namespace jobsim::api
