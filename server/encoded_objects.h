// The served JSON text of stored objects, kept per object version: a list of
// 1,000 pods then concatenates texts instead of encoding every pod (codec,
// derived managedFields, timestamp shift) again on every request. A stored
// version is immutable and its resourceVersion unique (one counter for all
// kinds), so (resourceVersion, resource) names one text; the texts hold one
// timestamp shift, and a request with another drops them all. Not for objects
// that are not stored (dry runs, deleted ones). Simulation thread only.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>

namespace jobsim::server {

class EncodedObjects {
 public:
  // The text of version rv of an object served as `resource` (its
  // group/version and plural) with offset_ms; made by encode() when missing.
  const std::string& Get(uint64_t rv, const std::string& resource, int64_t offset_ms,
                         const std::function<std::string()>& encode);

  size_t size() const { return texts_.size(); }

 private:
  int64_t offset_ms_ = 0;
  std::map<std::pair<uint64_t, std::string>, std::string> texts_;  // oldest versions first
};

}  // namespace jobsim::server
