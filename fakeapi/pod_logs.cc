#include "fakeapi/pod_logs.h"

#include <utility>

#include "sim/base/string_hash.h"

namespace jobsim::api {
namespace {

// The hash of the joined key, from its parts (StringHash hashes a sequence as
// its concatenation), so Forget's "ns/name" finds what Append stored.
uint64_t LogKeyHash(KeyParts pod) { return StringHash().Add(pod.ns).Add("/").Add(pod.name).value(); }

KeyParts SplitLogKey(std::string_view key) {
  const size_t slash = key.find('/');
  return {key.substr(0, slash), key.substr(slash + 1)};
}

}  // namespace

size_t PodLogs::SlotOf(KeyParts pod, uint64_t hash) const {
  size_t i = Home(hash);
  while (!slots_[i].key.empty() && (slots_[i].hash != hash || CompareKey(slots_[i].key, pod) != 0)) i = Next(i);
  return i;
}

void PodLogs::Append(KeyParts pod, std::string_view container, int32_t restart_count, std::string_view text) {
  if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
  const uint64_t hash = LogKeyHash(pod);
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
  const Slot& slot = slots_[SlotOf(pod, LogKeyHash(pod))];
  for (const Instance& instance : slot.instances) {
    if (instance.restart_count == restart_count && instance.container == container) return &instance.text;
  }
  return nullptr;
}

// Backward-shift deletion: the slots probed past the hole that may move into
// it do, so that no probe stops at a free slot it should have passed.
void PodLogs::Forget(std::string_view pod_key) {
  if (size_ == 0) return;
  const KeyParts pod = SplitLogKey(pod_key);
  size_t hole = SlotOf(pod, LogKeyHash(pod));
  if (slots_[hole].key.empty()) return;
  const size_t mask = slots_.size() - 1;
  for (size_t i = Next(hole); !slots_[i].key.empty(); i = Next(i)) {
    // The slot at i may fill the hole unless its home lies in (hole, i].
    if (((i - Home(slots_[i].hash)) & mask) >= ((i - hole) & mask)) {
      slots_[hole] = std::move(slots_[i]);
      hole = i;
    }
  }
  slots_[hole] = Slot{};
  --size_;
}

void PodLogs::Grow() {
  std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 16 : slots_.size() * 2));
  for (Slot& s : old) {
    if (s.key.empty()) continue;
    size_t i = Home(s.hash);
    while (!slots_[i].key.empty()) i = Next(i);
    slots_[i] = std::move(s);
  }
}

}  // namespace jobsim::api
