#include "server/managed_fields.h"

#include "fakeapi/patch.h"

namespace jobsim::server {
namespace {

using api::Json;

// Never part of a manager's set: k8s.io/apimachinery/pkg/util/managedfields/internal/stripmeta.go.
bool IsStripped(const std::string& path) {
  static const char* const kStripped[] = {
      "apiVersion",         "kind",          "status",                     "metadata.name",
      "metadata.namespace", "metadata.uid",  "metadata.creationTimestamp", "metadata.selfLink",
      "metadata.generation", "metadata.managedFields", "metadata.resourceVersion"};
  for (const char* s : kStripped) {
    if (path == s) return true;
  }
  return false;
}

Json SetOfObject(const Json& object, const std::string& path);

Json SetOfValue(const std::string& key, const Json& value, const std::string& path) {
  if (value.is_object()) return SetOfObject(value, path);
  const auto merge_key = value.is_array() ? api::MergeKeyOf(key) : std::nullopt;
  if (!merge_key) return Json::object();  // a scalar, or an atomic list
  Json items = Json::object();
  for (const Json& item : value) {
    if (!item.is_object() || !item.contains(*merge_key)) continue;
    Json set = SetOfObject(item, path + "[]");
    set["."] = Json::object();
    items["k:" + Json{{*merge_key, item[*merge_key]}}.dump()] = std::move(set);
  }
  return items;
}

Json SetOfObject(const Json& object, const std::string& path) {
  Json set = Json::object();
  for (const auto& [key, value] : object.items()) {
    const std::string child = path.empty() ? key : path + "." + key;
    if (IsStripped(child)) continue;
    Json member = SetOfValue(key, value, child);
    // metadata with only stripped fields is not a member of the set.
    if (key == "metadata" && path.empty() && member.empty()) continue;
    set["f:" + key] = std::move(member);
  }
  return set;
}

}  // namespace

Json FieldSetOf(const Json& applied) { return SetOfObject(applied, ""); }

void RecordApply(Json& object, const ApplyEntry& entry) {
  Json& metadata = object["metadata"];
  if (!metadata.contains("managedFields") || !metadata["managedFields"].is_array()) {
    metadata["managedFields"] = Json::array();
  }
  Json record = {{"manager", entry.manager},     {"operation", "Apply"},        {"apiVersion", entry.api_version},
                 {"time", entry.time},           {"fieldsType", "FieldsV1"},    {"fieldsV1", entry.fields}};
  for (Json& e : metadata["managedFields"]) {
    if (e.value("manager", "") != entry.manager || e.value("operation", "") != "Apply") continue;
    const bool same = e.value("fieldsV1", Json()) == entry.fields && e.value("apiVersion", "") == entry.api_version;
    if (same) record["time"] = e.value("time", entry.time);
    e = std::move(record);
    return;
  }
  metadata["managedFields"].push_back(std::move(record));
}

}  // namespace jobsim::server
