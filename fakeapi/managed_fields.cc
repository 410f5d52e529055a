#include "fakeapi/managed_fields.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "fakeapi/field_schema.h"

namespace jobsim::api {
namespace {

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

Json SetOfObject(const FieldSchema& schema, const Json& object, const std::string& path);

// The items of a list map: each keyed, a member (".") with its fields, or a leaf when atomic.
Json SetOfItems(const FieldSchema& schema, const Json& list, const std::string& path) {
  const ListKeys& keys = schema.KeysAt(path);
  const std::string item_path = path + "[]";
  Json items = Json::object();
  for (const Json& item : list) {
    const std::string key = ItemKeyOf(keys, item);
    if (key.empty()) continue;
    if (schema.ShapeAt(item_path, item) == FieldShape::kAtomic) {
      items[key] = Json::object();
      continue;
    }
    Json set = SetOfObject(schema, item, item_path);
    set["."] = Json::object();
    items[key] = std::move(set);
  }
  return items;
}

Json SetOfValue(const FieldSchema& schema, const Json& value, const std::string& path) {
  switch (schema.ShapeAt(path, value)) {
    case FieldShape::kGranular:
      if (value.is_object()) return SetOfObject(schema, value, path);
      break;
    case FieldShape::kMap:
      if (value.is_array()) return SetOfItems(schema, value, path);
      break;
    case FieldShape::kSet:
      if (value.is_array()) {
        Json values = Json::object();
        for (const Json& v : value) values[ValueKeyOf(v)] = Json::object();
        return values;
      }
      break;
    case FieldShape::kAtomic:
      break;
  }
  return Json::object();  // a scalar, or an atomic list or map
}

Json SetOfObject(const FieldSchema& schema, const Json& object, const std::string& path) {
  Json set = Json::object();
  for (const auto& [key, value] : object.items()) {
    const std::string child = path.empty() ? key : path + "." + key;
    if (IsStripped(child)) continue;
    Json member = SetOfValue(schema, value, child);
    // metadata with only stripped fields is not a member of the set.
    if (key == "metadata" && path.empty() && member.empty()) continue;
    set["f:" + key] = std::move(member);
  }
  return set;
}

}  // namespace

Json FieldSetOf(const Json& applied) {
  return SetOfObject(FieldSchemaOf(applied.value("kind", "")), applied, "");
}

namespace {

bool IsValueKey(const std::string& set_key) { return set_key.rfind("v:", 0) == 0; }
bool IsItemKey(const std::string& set_key) { return set_key.rfind("k:", 0) == 0 || IsValueKey(set_key); }

// The item of a list whose members equal those of the key `k:{...}`, or the
// value `v:...` of a set.
template <class J>
J* ItemOf(J& list, const std::string& set_key) {
  if (!list.is_array()) return nullptr;
  const Json key = Json::parse(set_key.substr(2), nullptr, /*allow_exceptions=*/false);
  if (IsValueKey(set_key)) {
    for (auto& item : list) {
      if (item == key) return &item;
    }
    return nullptr;
  }
  if (!key.is_object()) return nullptr;
  for (auto& item : list) {
    if (!item.is_object()) continue;
    bool match = true;
    for (const auto& [name, value] : key.items()) match = match && item.contains(name) && item[name] == value;
    if (match) return &item;
  }
  return nullptr;
}

template <class J>
J* Member(J& value, const std::string& set_key) {
  if (IsItemKey(set_key)) return ItemOf(value, set_key);
  if (!value.is_object() || set_key.rfind("f:", 0) != 0) return nullptr;
  const auto it = value.find(set_key.substr(2));
  return it == value.end() ? nullptr : &*it;
}

void CollectLeaves(const Json& set, FieldPath& path, std::vector<FieldPath>& out) {
  for (const auto& [key, child] : set.items()) {
    if (key == ".") continue;
    path.push_back(key);
    if (child.empty()) {
      out.push_back(path);
    } else {
      CollectLeaves(child, path, out);
    }
    path.pop_back();
  }
}

}  // namespace

const Json* MemberOf(const Json& value, const std::string& set_key) { return Member(value, set_key); }
Json* MemberOf(Json& value, const std::string& set_key) { return Member(value, set_key); }

void EraseMember(Json& value, const std::string& set_key) {
  if (!IsItemKey(set_key)) {
    if (value.is_object() && set_key.rfind("f:", 0) == 0) value.erase(set_key.substr(2));
    return;
  }
  const Json* item = ItemOf(std::as_const(value), set_key);
  if (!item) return;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (&*it == item) {
      value.erase(it);
      return;
    }
  }
}

const Json* ValueAt(const Json& object, const FieldPath& path) {
  const Json* at = &object;
  for (const std::string& key : path) {
    at = MemberOf(*at, key);
    if (!at) return nullptr;
  }
  return at;
}

std::vector<FieldPath> LeavesOf(const Json& set) {
  std::vector<FieldPath> out;
  FieldPath path;
  CollectLeaves(set, path, out);
  return out;
}

bool SetContains(const Json& set, const FieldPath& path) {
  const Json* at = &set;
  for (const std::string& key : path) {
    if (!at->is_object() || !at->contains(key)) return false;
    at = &(*at)[key];
  }
  return true;
}

void RemoveFromSet(Json& set, const FieldPath& path) {
  if (path.empty() || !set.is_object() || !set.contains(path[0])) return;
  if (path.size() == 1) {
    set.erase(path[0]);
    return;
  }
  Json& child = set[path[0]];
  RemoveFromSet(child, FieldPath(path.begin() + 1, path.end()));
  // An item left with only its "." marker is still owned; an emptied map is not.
  if (child.empty()) set.erase(path[0]);
}

Json SetUnion(const Json& a, const Json& b) {
  Json out = a.is_object() ? a : Json::object();
  if (!b.is_object()) return out;
  for (const auto& [key, child] : b.items()) out[key] = SetUnion(out.contains(key) ? out[key] : Json::object(), child);
  return out;
}

std::string FieldPathString(const FieldPath& path) {
  std::string out;
  for (const std::string& key : path) {
    if (!IsItemKey(key)) {
      out += "." + key.substr(2);
      continue;
    }
    // value.ToString: strings quoted, other values as JSON; keys joined by ','; a set's value after '='.
    const Json item = Json::parse(key.substr(2), nullptr, /*allow_exceptions=*/false);
    if (IsValueKey(key)) {
      out += "[=" + item.dump() + "]";
      continue;
    }
    std::string fields;
    for (const auto& [name, value] : item.items()) fields += (fields.empty() ? "" : ",") + name + "=" + value.dump();
    out += "[" + fields + "]";
  }
  return out;
}

std::string ManagerIdentifier(const Json& entry) {
  std::string out = "{\"manager\":" + Json(entry.value("manager", "")).dump();
  const std::string operation = entry.value("operation", "");
  out += ",\"operation\":" + Json(operation).dump();
  if (operation != "Apply" && !entry.value("apiVersion", "").empty()) {
    out += ",\"apiVersion\":" + Json(entry.value("apiVersion", "")).dump();
  }
  if (!entry.value("subresource", "").empty()) out += ",\"subresource\":" + Json(entry.value("subresource", "")).dump();
  return out + "}";
}

void SortManagedFields(Json& entries) {
  if (!entries.is_array()) return;
  // RFC 3339 times of one format order as strings; fractions are not compared (Unix seconds).
  const auto key = [](const Json& e) {
    const std::string time = e.value("time", "");
    return std::make_tuple(e.value("operation", ""), time.substr(0, 19), e.value("manager", ""),
                           e.value("apiVersion", ""), e.value("subresource", ""));
  };
  std::stable_sort(entries.begin(), entries.end(), [&](const Json& a, const Json& b) { return key(a) < key(b); });
}

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
    SortManagedFields(metadata["managedFields"]);
    return;
  }
  metadata["managedFields"].push_back(std::move(record));
  SortManagedFields(metadata["managedFields"]);
}

}  // namespace jobsim::api
