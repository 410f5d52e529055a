#include "controller/backoff.h"

#include <algorithm>
#include <set>

namespace jobsim::controller {
namespace {

// The latest finishedAt over the selected statuses; nullopt as soon as one of
// them has not terminated (latestFinishTime).
std::optional<UnixMs> LatestFinish(std::optional<UnixMs> previous, const std::vector<api::ContainerStatus>& statuses,
                                   const std::set<std::string>* only) {
  std::optional<UnixMs> latest = previous;
  for (const api::ContainerStatus& s : statuses) {
    if (only && !only->count(s.name)) continue;
    if (!s.state.terminated() || s.state.terminated()->finished_at == 0) return std::nullopt;
    latest = std::max(latest.value_or(s.state.terminated()->finished_at), s.state.terminated()->finished_at);
  }
  return latest;
}

// Sidecars (restartable init containers) finish after the app containers.
std::optional<UnixMs> FinishFromContainers(const api::Pod& pod) {
  std::optional<UnixMs> t = LatestFinish(std::nullopt, pod.status.container_statuses, nullptr);
  // Without init container statuses there is no sidecar to ask about (nor the spec to read).
  if (pod.status.init_container_statuses.empty()) return t;
  std::set<std::string> sidecars;
  for (const api::Container& c : pod.spec->init_containers) {
    if (c.restart_policy.value_or("") == "Always") sidecars.insert(c.name);
  }
  return LatestFinish(t, pod.status.init_container_statuses, &sidecars);
}

}  // namespace

UnixMs PodFinishTimeMs(const api::Pod& pod) {
  if (auto t = FinishFromContainers(pod)) return *t;
  for (const api::Condition& c : pod.status.conditions) {
    if (c.type == "Ready" && c.status == "False" && c.last_transition_time != 0) return c.last_transition_time;
  }
  if (pod.metadata.deletion_timestamp) {
    return *pod.metadata.deletion_timestamp -
           pod.metadata.deletion_grace_period_seconds.value_or(0) * kMsPerSecond;
  }
  return pod.metadata.creation_timestamp;
}

BackoffRecord NextBackoffRecord(const BackoffRecord& stored, std::vector<UnixMs> succeeded_finish_ms,
                                std::vector<UnixMs> failed_finish_ms) {
  std::sort(succeeded_finish_ms.begin(), succeeded_finish_ms.end());
  std::sort(failed_finish_ms.begin(), failed_finish_ms.end());
  BackoffRecord next = stored;
  if (succeeded_finish_ms.empty()) {
    if (failed_finish_ms.empty()) return next;
    next.failures_after_last_success += static_cast<int32_t>(failed_finish_ms.size());
    next.last_failure_ms = failed_finish_ms.back();
    return next;
  }
  next = BackoffRecord{};
  const UnixMs last_success = succeeded_finish_ms.back();
  for (auto it = failed_finish_ms.rbegin(); it != failed_finish_ms.rend() && *it > last_success; ++it) {
    if (!next.last_failure_ms) next.last_failure_ms = *it;
    ++next.failures_after_last_success;
  }
  return next;
}

int64_t RemainingBackoffForFailuresMs(int32_t failures, UnixMs last_failure_ms, UnixMs now_ms, int64_t initial_ms,
                                      int64_t max_ms) {
  if (failures == 0) return 0;
  int64_t backoff_ms = initial_ms;
  for (int32_t i = 1; i < failures; ++i) {
    backoff_ms *= 2;
    if (backoff_ms >= max_ms) {
      backoff_ms = max_ms;
      break;
    }
  }
  const int64_t elapsed_ms = now_ms - last_failure_ms;
  return backoff_ms < elapsed_ms ? 0 : backoff_ms - elapsed_ms;
}

int64_t RemainingBackoffMs(const BackoffRecord& record, UnixMs now_ms, int64_t initial_ms, int64_t max_ms) {
  if (!record.last_failure_ms) return 0;
  return RemainingBackoffForFailuresMs(record.failures_after_last_success, *record.last_failure_ms, now_ms, initial_ms,
                                       max_ms);
}

BackoffRecord BackoffStore::Get(const std::string& key) const {
  auto it = records_.find(key);
  return it == records_.end() ? BackoffRecord{} : it->second;
}

void BackoffStore::Set(const std::string& key, const BackoffRecord& record) { records_[key] = record; }

}  // namespace jobsim::controller
