// PodLogs: what each container instance of each pod wrote (pods/log), as the
// store keeps it. The kubelet appends, kubectl reads; a pod's logs go with
// the pod.
//
// Hashed by the pod's key, looked up from its parts (no "ns/name" string is
// built per write); a pod's few instances are searched in order. A balanced
// tree per pod, keyed by (container, restart count), and a key string built
// per write cost ~950 instructions a write and a tree node per instance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fakeapi/object_key.h"

namespace jobsim::api {

class PodLogs {
 public:
  void Append(KeyParts pod, std::string_view container, int32_t restart_count, std::string_view text);
  // nullptr when that instance never wrote anything (or never existed).
  const std::string* Find(KeyParts pod, std::string_view container, int32_t restart_count) const;
  // The pod is gone: so are its logs. `pod_key` is "ns/name".
  void Forget(std::string_view pod_key);

  size_t pods() const { return by_pod_.size(); }

 private:
  struct Instance {
    std::string container;
    int32_t restart_count = 0;
    std::string text;
  };
  // Transparent over "ns/name" strings and their parts: the hash of the parts
  // is the hash of the joined key (StringHash hashes a sequence as its
  // concatenation).
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const;
    size_t operator()(KeyParts key) const;
  };
  struct KeyEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    bool operator()(std::string_view key, KeyParts parts) const { return CompareKey(key, parts) == 0; }
    bool operator()(KeyParts parts, std::string_view key) const { return CompareKey(key, parts) == 0; }
  };
  std::unordered_map<std::string, std::vector<Instance>, KeyHash, KeyEqual> by_pod_;
};

}  // namespace jobsim::api
