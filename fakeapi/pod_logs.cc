#include "fakeapi/pod_logs.h"

#include <utility>

namespace jobsim::api {
namespace {

KeyParts SplitLogKey(std::string_view key) {
  const size_t slash = key.find('/');
  return {key.substr(0, slash), key.substr(slash + 1)};
}

}  // namespace

size_t PodLogs::SlotOf(KeyParts pod, uint64_t hash) const {
  return slots_.Probe(hash, [&](const Slot& s) { return s.hash == hash && KeyEquals(s.key, pod); });
}

void PodLogs::Append(KeyParts pod, uint64_t hash, std::string_view container, int32_t restart_count,
                     std::string_view text) {
  if ((size_ + 1) * 4 > slots_.slot_count() * 3) slots_.Grow(Home);
  Slot& slot = slots_[SlotOf(pod, hash)];
  if (slot.key.empty()) {
    slot.hash = hash;
    slot.key.Assign(pod);
    ++size_;
  }
  for (Instance& instance : slot.instances) {
    if (instance.restart_count == restart_count && instance.container == container) {
      instance.text += text;
      return;
    }
  }
  slot.instances.push_back(Instance{std::string(container), restart_count, std::string(text)});
}

const std::string* PodLogs::Find(KeyParts pod, std::string_view container, int32_t restart_count) const {
  if (size_ == 0) return nullptr;
  const Slot& slot = slots_[SlotOf(pod, KeyHash(pod))];
  for (const Instance& instance : slot.instances) {
    if (instance.restart_count == restart_count && instance.container == container) return &instance.text;
  }
  return nullptr;
}

void PodLogs::Forget(std::string_view pod_key) {
  if (size_ == 0) return;
  const KeyParts pod = SplitLogKey(pod_key);
  const size_t slot = SlotOf(pod, KeyHash(pod));
  if (slots_[slot].empty()) return;
  slots_.Erase(slot, Home);
  --size_;
}

}  // namespace jobsim::api
