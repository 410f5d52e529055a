#include "sim/scenario/object_changes.h"

#include <optional>
#include <utility>

#include <fmt/format.h>

namespace jobsim::scenario {
namespace {

using Field = std::pair<const char*, std::optional<std::string>>;

// The status fields a timeline follows, in the order it lists them; nullopt
// when the API leaves the field out (ready and terminating before 1.24/1.28).
std::vector<Field> StatusFields(const api::JobStatus& s) {
  auto optional_int = [](const std::optional<int32_t>& v) -> std::optional<std::string> {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
  };
  return {
      {"active", std::to_string(s.active)},
      {"ready", optional_int(s.ready)},
      {"succeeded", std::to_string(s.succeeded)},
      {"failed", std::to_string(s.failed)},
      {"terminating", optional_int(s.terminating)},
      {"completedIndexes",
       s.completed_indexes.empty() ? std::nullopt : std::optional<std::string>(s.completed_indexes)},
      {"failedIndexes", s.failed_indexes},
  };
}

std::string ConditionText(const api::Condition& c) {
  std::string text = fmt::format("condition {}={}", c.type, c.status);
  if (!c.reason.empty()) text += " " + c.reason;
  if (!c.message.empty()) text += ": " + c.message;
  return text;
}

const api::Condition* FindCondition(const std::vector<api::Condition>& conditions, const std::string& type) {
  for (const api::Condition& c : conditions) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

// The times of a condition change on every probe; a timeline follows what it says.
bool SameCondition(const api::Condition& a, const api::Condition& b) {
  return a.status == b.status && a.reason == b.reason && a.message == b.message;
}

void AddStatusChanges(const api::JobStatus& before, const api::JobStatus& after, std::vector<std::string>& out) {
  const std::vector<Field> old_fields = StatusFields(before);
  const std::vector<Field> new_fields = StatusFields(after);
  for (size_t i = 0; i < new_fields.size(); ++i) {
    const auto& [name, value] = new_fields[i];
    if (value == old_fields[i].second) continue;
    out.push_back(value ? fmt::format("status.{}={}", name, *value) : fmt::format("status.{} unset", name));
  }
}

void AddConditionChanges(const std::vector<api::Condition>& before, const std::vector<api::Condition>& after,
                         std::vector<std::string>& out) {
  for (const api::Condition& c : after) {
    const api::Condition* old = FindCondition(before, c.type);
    if (!old || !SameCondition(*old, c)) out.push_back(ConditionText(c));
  }
  for (const api::Condition& c : before) {
    if (!FindCondition(after, c.type)) out.push_back("condition " + c.type + " removed");
  }
}

int32_t Restarts(const api::PodStatus& status) {
  int32_t n = 0;
  for (const auto& c : *status.init_container_statuses) n += c.restart_count;
  for (const auto& c : *status.container_statuses) n += c.restart_count;
  return n;
}

// A pod is created Pending (the API defaults an empty phase to it), so Pending is no news.
std::string PhaseText(const api::PodStatus& status) {
  const std::string phase = status.phase.empty() ? "Pending" : status.phase;
  return "phase " + phase + (status.reason.empty() ? "" : " (" + status.reason + ")");
}

}  // namespace

std::vector<std::string> JobChanges(const api::Job* before, const api::Job& after) {
  std::vector<std::string> out;
  const api::Job empty;
  if (!before) {
    out.push_back("created");
    before = &empty;
  }
  if (after.metadata.deletion_timestamp && !before->metadata.deletion_timestamp) out.push_back("terminating");
  AddStatusChanges(before->status, after.status, out);
  AddConditionChanges(before->status.conditions, after.status.conditions, out);
  return out;
}

std::vector<std::string> PodChanges(const api::Pod* before, const api::Pod& after) {
  std::vector<std::string> out;
  const api::Pod empty;
  if (!before) {
    out.push_back("created");
    before = &empty;
  }
  if (const std::string phase = PhaseText(after.status); phase != PhaseText(before->status)) out.push_back(phase);
  if (const int32_t n = Restarts(after.status); n != Restarts(before->status)) {
    out.push_back(fmt::format("restarts {}", n));
  }
  if (after.metadata.deletion_timestamp && !before->metadata.deletion_timestamp) out.push_back("terminating");
  return out;
}

std::string JobStatusLine(const api::JobStatus& status) {
  std::string line;
  for (const auto& [name, value] : StatusFields(status)) {
    if (value) line += fmt::format("{}{}={}", line.empty() ? "" : " ", name, *value);
  }
  std::string conditions;
  for (const api::Condition& c : status.conditions) {
    if (c.status != "True") continue;
    conditions += (conditions.empty() ? "; " : ", ") + c.type + (c.reason.empty() ? "" : " (" + c.reason + ")");
  }
  return line + conditions;
}

}  // namespace jobsim::scenario
