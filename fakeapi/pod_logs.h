// PodLogs: what each container instance of each pod wrote (pods/log), as the
// store keeps it. The kubelet appends, kubectl reads; a pod's logs go with
// the pod.
//
// An open-addressing table (sim/base/probe_table.h) by the pod's key, kept
// in the slot (InlineKey) with its hash and the pod's few instances, searched
// in order; looked up from the key's parts, so no "ns/name" string is built
// per write, and by the store's hash of the key (KeyHash), which the kubelet
// has already worked out for its status writes. A node-based hash table of
// key strings cost an allocation for the node and one for the key per pod,
// and at 100,000 pods three cache misses a lookup (bucket, node, key text).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/inline_key.h"
#include "fakeapi/object_key.h"
#include "sim/base/probe_table.h"

namespace jobsim::api {

class PodLogs {
 public:
  void Append(KeyParts pod, std::string_view container, int32_t restart_count, std::string_view text) {
    Append(pod, KeyHash(pod), container, restart_count, text);
  }
  // With the key's hash at hand (a writer's PodLocator). REQUIRES: key_hash == KeyHash(pod).
  void Append(KeyParts pod, uint64_t key_hash, std::string_view container, int32_t restart_count,
              std::string_view text);
  // nullptr when that instance never wrote anything (or never existed).
  const std::string* Find(KeyParts pod, std::string_view container, int32_t restart_count) const;
  // The pod is gone: so are its logs. `pod_key` is "ns/name".
  void Forget(std::string_view pod_key);

  size_t pods() const { return size_; }

 private:
  struct Instance {
    std::string container;
    int32_t restart_count = 0;
    std::string text;
  };
  struct Slot {
    uint64_t hash = 0;
    InlineKey key;  // empty: a free slot (a pod's key never is)
    std::vector<Instance> instances;
    bool empty() const { return key.empty(); }
  };
  static uint64_t Home(const Slot& s) { return s.hash; }
  // The slot holding the pod's key, or the free slot where it would go.
  size_t SlotOf(KeyParts pod, uint64_t hash) const;

  ProbeTable<Slot> slots_;  // at most three quarters used
  size_t size_ = 0;
};

}  // namespace jobsim::api
