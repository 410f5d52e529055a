#include "server/apply_conflicts.h"

#include <map>

#include <fmt/format.h>

#include "server/responses.h"

namespace jobsim::server {
namespace {

using api::Json;

// printManager: the name Go-quoted, its subresource, and an Update
// manager's apiVersion (the identifier has no time, so no "at").
std::string PrintManager(const Json& entry) {
  std::string out = Json(entry.value("manager", "")).dump();
  if (const std::string sub = entry.value("subresource", ""); !sub.empty()) {
    out += " with subresource " + Json(sub).dump();
  }
  if (entry.value("operation", "") == "Update") out += " using " + entry.value("apiVersion", "");
  return out;
}

std::string ConflictMessage(const std::vector<ApplyConflict>& conflicts) {
  if (conflicts.size() == 1) {
    return fmt::format("Apply failed with 1 conflict: conflict with {}: {}", PrintManager(conflicts[0].manager),
                       api::FieldPathString(conflicts[0].path));
  }
  // By manager identifier, sorted; each manager's paths in order.
  std::map<std::string, std::pair<Json, std::vector<std::string>>> by_manager;
  for (const ApplyConflict& c : conflicts) {
    auto& [entry, paths] = by_manager[api::ManagerIdentifier(c.manager)];
    entry = c.manager;
    paths.push_back(api::FieldPathString(c.path));
  }
  std::string lines;
  for (const auto& [id, manager] : by_manager) {
    lines += (lines.empty() ? "" : "\n") + fmt::format("conflicts with {}:", PrintManager(manager.first));
    for (const std::string& path : manager.second) lines += "\n- " + path;
  }
  return fmt::format("Apply failed with {} conflicts: {}", conflicts.size(), lines);
}

}  // namespace

std::vector<ApplyConflict> FindApplyConflicts(const Json& live, const Json& config, const Json& fields,
                                              const std::string& manager) {
  std::vector<ApplyConflict> out;
  const Json* entries = api::ValueAt(live, {"f:metadata", "f:managedFields"});
  if (!entries || !entries->is_array()) return out;
  const std::vector<api::FieldPath> leaves = api::LeavesOf(fields);
  for (const Json& entry : *entries) {
    if (entry.value("manager", "") == manager && entry.value("operation", "") == "Apply") continue;
    const Json other = {{"manager", entry.value("manager", "")},
                        {"operation", entry.value("operation", "")},
                        {"apiVersion", entry.value("apiVersion", "")},
                        {"subresource", entry.value("subresource", "")}};
    const Json owned = entry.value("fieldsV1", Json::object());
    for (const api::FieldPath& path : leaves) {
      if (!api::SetContains(owned, path)) continue;
      const Json* configured = api::ValueAt(config, path);
      const Json* current = api::ValueAt(live, path);
      if (configured && (!current || *current != *configured)) out.push_back({other, path});
    }
  }
  return out;
}

Json ConflictStatusJson(const std::vector<ApplyConflict>& conflicts) {
  Json causes = Json::array();
  for (const ApplyConflict& c : conflicts) {
    causes.push_back({{"reason", "FieldManagerConflict"},
                      {"message", "conflict with " + PrintManager(c.manager)},
                      {"field", api::FieldPathString(c.path)}});
  }
  Json status = StatusJson(409, "Conflict", ConflictMessage(conflicts));
  status["details"] = {{"causes", causes}};
  return status;
}

}  // namespace jobsim::server
