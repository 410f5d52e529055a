// Controller expectations (ControllerExpectations in pkg/controller/controller_utils.go):
// per Job key, how many pod creations and deletions the controller has issued
// but not yet seen come back through its pod informer. While any are
// outstanding the sync does not create or delete pods, because its pod cache
// would count wrong. A record older than 5 minutes counts as satisfied, so a
// lost watch event cannot block a Job forever. Time is the virtual clock.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sim/base/clock.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::controller {

// controller.ExpectationsTimeout (pkg/controller/controller_utils.go).
inline constexpr int64_t kExpectationsTimeoutMs = 5 * 60 * 1000;

class Expectations {
 public:
  explicit Expectations(const Clock& clock) : clock_(clock) {}

  // Both replace the record with a fresh timestamp (SetExpectations).
  void ExpectCreations(const std::string& key, int32_t adds);
  void ExpectDeletions(const std::string& key, int32_t deletes);
  // Lower an existing record by one; no record, no effect.
  void CreationObserved(std::string_view key);
  void DeletionObserved(std::string_view key);
  // True when there is no record, both counts are <= 0, or the record expired.
  bool Satisfied(const std::string& key) const;
  void Delete(const std::string& key);
  void Clear() { records_.clear(); }

 private:
  struct Record {
    int32_t adds = 0;
    int32_t deletes = 0;
    UnixMs timestamp_ms = 0;
  };
  const Clock& clock_;
  std::unordered_map<std::string, Record, StringKeyHash, StringKeyEqual> records_;  // looked up by Job key only
};

}  // namespace jobsim::controller
