#include "server/server_side_apply.h"

#include "fakeapi/patch.h"
#include "server/apply_conflicts.h"

namespace jobsim::server {
namespace {

using api::Json;

// What an applier cannot set: status is reset by the Job and Pod strategies
// (GetResetFields), the rest is metadata the server owns.
Json WithoutServerFields(const Json& applied) {
  Json config = applied;
  config.erase("status");
  if (auto it = config.find("metadata"); it != config.end() && it->is_object()) {
    for (const char* key : {"uid", "resourceVersion", "generation", "creationTimestamp", "selfLink", "managedFields",
                            "deletionTimestamp", "deletionGracePeriodSeconds"}) {
      it->erase(key);
    }
  }
  return config;
}

// The other managers lose the fields this apply changes under them (the
// conflicts it forced); an entry left with no fields goes.
void TakeOver(const std::vector<ApplyConflict>& conflicts, Json& managed) {
  for (const ApplyConflict& c : conflicts) {
    for (Json& entry : managed) {
      if (api::ManagerIdentifier(entry) == api::ManagerIdentifier(c.manager) && entry.contains("fieldsV1")) {
        api::RemoveFromSet(entry["fieldsV1"], c.path);
      }
    }
  }
  for (auto it = managed.begin(); it != managed.end();) {
    const bool emptied = it->contains("fieldsV1") && (*it)["fieldsV1"].empty();
    it = emptied ? managed.erase(it) : std::next(it);
  }
}

// The set of manager's previous Apply, and the union of everyone else's.
void SetsOf(const Json& managed, const std::string& manager, Json& previous, Json& others) {
  previous = others = Json::object();
  for (const Json& entry : managed) {
    const Json fields = entry.value("fieldsV1", Json::object());
    if (entry.value("manager", "") == manager && entry.value("operation", "") == "Apply") {
      previous = fields;
    } else {
      others = api::SetUnion(others, fields);
    }
  }
}

// Removes from value what the manager applied before (previous) and no longer
// applies (now), unless another manager owns it (others): a dropped leaf or
// list item goes; a dropped map goes once nothing is left in it.
void RemoveDropped(Json& value, const Json& previous, const Json& now, const Json& others) {
  const Json none = Json::object();
  for (const auto& [key, was] : previous.items()) {
    if (key == ".") continue;
    Json* member = api::MemberOf(value, key);
    if (!member) continue;
    const Json& still = now.contains(key) ? now[key] : none;
    const Json& shared = others.contains(key) ? others[key] : none;
    const bool dropped = !now.contains(key) && !others.contains(key);
    // A leaf, or an item the manager made a member of (".") and nobody else shares.
    if (dropped && (was.empty() || was.contains("."))) {
      api::EraseMember(value, key);
      continue;
    }
    RemoveDropped(*member, was, still, shared);
    if (dropped && member->empty()) api::EraseMember(value, key);
  }
}

}  // namespace

api::Status ApplyConfiguration(const Json* live, const Json& applied, const api::ApplyEntry& entry, Json& out) {
  const Json config = WithoutServerFields(applied);
  api::ApplyEntry recorded = entry;
  recorded.fields = api::FieldSetOf(config);
  if (live == nullptr) {
    out = config;
    api::RecordApply(out, recorded);
    return api::Status::Ok();
  }
  if (api::Status st = api::StrategicMergePatch(*live, config, out); !st.ok()) return st;
  Json& managed = out["metadata"]["managedFields"];
  if (!managed.is_array()) managed = Json::array();
  TakeOver(FindApplyConflicts(*live, config, recorded.fields, entry.manager), managed);
  Json previous, others;
  SetsOf(managed, entry.manager, previous, others);
  RemoveDropped(out, previous, recorded.fields, others);
  api::RecordApply(out, recorded);
  return api::Status::Ok();
}

}  // namespace jobsim::server
