#include "server/timestamp_shift.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "sim/base/duration.h"

namespace jobsim::server {
namespace {

using api::Json;

// The metav1.Time and metav1.MicroTime fields of the served kinds (upstream
// staging/src/k8s.io/api: core/v1 ObjectMeta, PodStatus, PodCondition,
// ContainerState*, NodeCondition, NamespaceCondition, Event, EventSeries;
// batch/v1 JobStatus, JobCondition; events/v1 Event; coordination/v1 LeaseSpec).
constexpr std::array<std::string_view, 17> kTimestampFields = {
    "acquireTime",        "completionTime",         "creationTimestamp",       "deletionTimestamp",
    "deprecatedFirstTimestamp", "deprecatedLastTimestamp", "eventTime",       "finishedAt",
    "firstTimestamp",     "lastHeartbeatTime",      "lastObservedTime",        "lastProbeTime",
    "lastTimestamp",      "lastTransitionTime",     "renewTime",               "startTime",
    "startedAt"};

bool IsTimestampField(std::string_view key) {
  return std::find(kTimestampFields.begin(), kTimestampFields.end(), key) != kTimestampFields.end();
}

void ShiftString(Json& value, int64_t offset_ms) {
  if (!value.is_string()) return;
  const std::string& text = value.get_ref<const std::string&>();
  const auto t = ParseRfc3339(text);
  if (!t) return;
  const bool micro = text.find('.') != std::string::npos;
  value = micro ? FormatRfc3339Micro(*t + offset_ms) : FormatRfc3339(*t + offset_ms);
}

// managedFields[].time; fieldsV1 holds field names ("f:startTime"), not times.
void ShiftManagedFields(Json& entries, int64_t offset_ms) {
  if (!entries.is_array()) return;
  for (Json& entry : entries) {
    if (entry.is_object() && entry.contains("time")) ShiftString(entry["time"], offset_ms);
  }
}

}  // namespace

void ShiftTimestamps(Json& value, int64_t offset_ms) {
  if (offset_ms == 0) return;
  if (value.is_array()) {
    for (Json& item : value) ShiftTimestamps(item, offset_ms);
    return;
  }
  if (!value.is_object()) return;
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string& key = it.key();
    if (key == "labels" || key == "annotations") continue;
    if (key == "managedFields") {
      ShiftManagedFields(it.value(), offset_ms);
    } else if (IsTimestampField(key)) {
      ShiftString(it.value(), offset_ms);
    } else {
      ShiftTimestamps(it.value(), offset_ms);
    }
  }
}

int64_t TimestampShift::OffsetMs() const {
  if (!wall_now_) return 0;
  const int64_t offset = wall_now_() - virtual_clock_.NowUnixMs();
  // Round down (towards minus infinity) to whole seconds.
  const int64_t remainder = ((offset % kMsPerSecond) + kMsPerSecond) % kMsPerSecond;
  return offset - remainder;
}

}  // namespace jobsim::server
