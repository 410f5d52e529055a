#include "controller/expectations.h"

namespace jobsim::controller {

void Expectations::ExpectCreations(const std::string& key, int32_t adds) {
  records_[key] = Record{adds, 0, clock_.NowUnixMs()};
}

void Expectations::ExpectDeletions(const std::string& key, int32_t deletes) {
  records_[key] = Record{0, deletes, clock_.NowUnixMs()};
}

void Expectations::CreationObserved(std::string_view key) {
  auto it = records_.find(key);
  if (it != records_.end()) --it->second.adds;
}

void Expectations::DeletionObserved(std::string_view key) {
  auto it = records_.find(key);
  if (it != records_.end()) --it->second.deletes;
}

bool Expectations::Satisfied(const std::string& key) const {
  auto it = records_.find(key);
  if (it == records_.end()) return true;
  const Record& r = it->second;
  if (r.adds <= 0 && r.deletes <= 0) return true;
  return clock_.NowUnixMs() - r.timestamp_ms > kExpectationsTimeoutMs;
}

void Expectations::Delete(const std::string& key) { records_.erase(key); }

}  // namespace jobsim::controller
