#include "server/encoded_objects.h"

#include "server/limits.h"

namespace jobsim::server {

const std::string& EncodedObjects::Get(uint64_t rv, const std::string& resource, int64_t offset_ms,
                                       const std::function<std::string()>& encode) {
  if (offset_ms != offset_ms_) {
    texts_.clear();
    offset_ms_ = offset_ms;
  }
  auto key = std::make_pair(rv, resource);
  if (const auto it = texts_.find(key); it != texts_.end()) return it->second;
  // Superseded versions are the oldest: they go first.
  while (texts_.size() >= kEncodedObjectsKept) texts_.erase(texts_.begin());
  return texts_.emplace(std::move(key), encode()).first->second;
}

}  // namespace jobsim::server
