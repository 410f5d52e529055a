// PodLogs: what each container instance of each pod wrote (pods/log), as the
// store keeps it. The kubelet appends, kubectl reads; a pod's logs go with
// the pod.
//
// An open-addressing table (linear probing, backward-shift deletion) by the
// pod's key, kept in the slot (InlineKey) with its hash and the pod's few
// instances, searched in order; looked up from the key's parts, so no
// "ns/name" string is built per write. A node-based hash table of key
// strings cost an allocation for the node and one for the key per pod, and
// at 100,000 pods three cache misses a lookup (bucket, node, key text).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/inline_key.h"
#include "fakeapi/object_key.h"

namespace jobsim::api {

class PodLogs {
 public:
  void Append(KeyParts pod, std::string_view container, int32_t restart_count, std::string_view text);
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
  };
  // The slot holding the pod's key, or the free slot where it would go.
  // REQUIRES: slots exist.
  size_t SlotOf(KeyParts pod, uint64_t hash) const;
  size_t Home(uint64_t hash) const { return hash & (slots_.size() - 1); }
  size_t Next(size_t i) const { return (i + 1) & (slots_.size() - 1); }
  void Grow();

  std::vector<Slot> slots_;  // a power of two long, at most three quarters used
  size_t size_ = 0;
};

}  // namespace jobsim::api
