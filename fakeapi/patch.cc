#include "fakeapi/patch.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace jobsim::api {
namespace {

constexpr const char* kPatchDirective = "$patch";
constexpr const char* kRetainKeysDirective = "$retainKeys";
constexpr const char* kDeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/";
constexpr const char* kSetElementOrderPrefix = "$setElementOrder/";

// patchMergeKey of the list fields jobsim's kinds carry (k8s.io/api/core/v1/types.go,
// meta/v1/types.go). A field name means the same list in every kind that has it.
const std::map<std::string, std::string>& MergeKeys() {
  static const std::map<std::string, std::string> keys = {
      {"addresses", "type"},          {"conditions", "type"},
      {"containers", "name"},         {"env", "name"},
      {"ephemeralContainers", "name"}, {"hostAliases", "ip"},
      {"imagePullSecrets", "name"},   {"initContainers", "name"},
      {"ownerReferences", "uid"},     {"podIPs", "ip"},
      {"ports", "containerPort"},     {"resourceClaims", "name"},
      {"schedulingGates", "name"},    {"topologySpreadConstraints", "topologyKey"},
      {"volumeDevices", "devicePath"}, {"volumeMounts", "mountPath"},
      {"volumes", "name"},
  };
  return keys;
}

// Lists of scalars with patchStrategy "merge": a patch adds values instead of replacing the list.
bool IsMergedPrimitiveList(const std::string& field) { return field == "finalizers"; }

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

class StrategicMerger {
 public:
  // Merges patch (an object) into target (an object); sets *deleted when the patch says `$patch: delete`.
  Status MergeObject(Json& target, const Json& patch, bool* deleted) {
    *deleted = false;
    if (!patch.is_object()) return Status::BadRequest("strategic merge patch: expected an object");
    if (!target.is_object()) target = Json::object();
    if (auto it = patch.find(kPatchDirective); it != patch.end()) {
      const std::string directive = it->is_string() ? it->get<std::string>() : it->dump();
      if (directive == "delete") {
        *deleted = true;
        return Status::Ok();
      }
      if (directive == "replace") {
        target = Json::object();
        return MergeFields(target, patch);
      }
      if (directive != "merge") return Status::BadRequest(fmt::format("Unknown patch type: {}", directive));
    }
    if (auto it = patch.find(kRetainKeysDirective); it != patch.end()) {
      if (Status st = RetainKeys(target, *it); !st.ok()) return st;
    }
    return MergeFields(target, patch);
  }

 private:
  Status MergeFields(Json& target, const Json& patch) {
    for (auto it = patch.begin(); it != patch.end(); ++it) {
      const std::string& key = it.key();
      if (StartsWith(key, kDeleteFromPrimitiveListPrefix)) {
        DeleteFromPrimitiveList(target, key.substr(std::string(kDeleteFromPrimitiveListPrefix).size()), *it);
        continue;
      }
      if (StartsWith(key, "$")) continue;  // directives, handled before or after
      if (Status st = MergeField(target, key, *it); !st.ok()) return st;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
      if (!StartsWith(it.key(), kSetElementOrderPrefix)) continue;
      const std::string field = it.key().substr(std::string(kSetElementOrderPrefix).size());
      SetElementOrder(target, field, *it);
    }
    return Status::Ok();
  }

  Status MergeField(Json& target, const std::string& key, const Json& value) {
    if (value.is_null()) {
      target.erase(key);
      return Status::Ok();
    }
    if (value.is_object()) {
      Json merged = target.contains(key) ? target[key] : Json::object();
      bool deleted = false;
      if (Status st = MergeObject(merged, value, &deleted); !st.ok()) return st;
      if (deleted) target.erase(key);
      else target[key] = std::move(merged);
      return Status::Ok();
    }
    if (value.is_array()) {
      Json merged = target.contains(key) && target[key].is_array() ? target[key] : Json::array();
      if (Status st = MergeList(key, merged, value); !st.ok()) return st;
      target[key] = std::move(merged);
      return Status::Ok();
    }
    target[key] = value;
    return Status::Ok();
  }

  Status MergeList(const std::string& field, Json& target, const Json& patch) {
    Json items = Json::array();
    bool replace = false;
    for (const Json& e : patch) {
      if (e.is_object() && e.size() == 1 && e.value(kPatchDirective, "") == "replace") replace = true;
      else items.push_back(e);
    }
    if (replace) target = Json::array();
    if (IsMergedPrimitiveList(field) && !replace) {
      for (const Json& e : items) {
        if (std::find(target.begin(), target.end(), e) == target.end()) target.push_back(e);
      }
      return Status::Ok();
    }
    auto key = MergeKeys().find(field);
    if (key == MergeKeys().end() || replace) return ReplaceList(target, items);
    for (const Json& e : items) {
      if (Status st = MergeListItem(target, key->second, e); !st.ok()) return st;
    }
    return Status::Ok();
  }

  // A list without a merge strategy is replaced; objects in it still lose their directives.
  Status ReplaceList(Json& target, const Json& items) {
    target = Json::array();
    for (const Json& e : items) {
      if (!e.is_object()) {
        target.push_back(e);
        continue;
      }
      Json clean = Json::object();
      bool deleted = false;
      if (Status st = MergeObject(clean, e, &deleted); !st.ok()) return st;
      if (!deleted) target.push_back(std::move(clean));
    }
    return Status::Ok();
  }

  Status MergeListItem(Json& target, const std::string& merge_key, const Json& item) {
    if (!item.is_object() || !item.contains(merge_key)) {
      return Status::BadRequest(fmt::format("map: {} does not contain declared merge key: {}", item.dump(),
                                            merge_key));
    }
    const Json& id = item[merge_key];
    auto found = std::find_if(target.begin(), target.end(),
                              [&](const Json& e) { return e.is_object() && e.contains(merge_key) && e[merge_key] == id; });
    Json merged = found == target.end() ? Json::object() : *found;
    bool deleted = false;
    if (Status st = MergeObject(merged, item, &deleted); !st.ok()) return st;
    if (found == target.end()) {
      if (!deleted) target.push_back(std::move(merged));
    } else if (deleted) {
      target.erase(found);
    } else {
      *found = std::move(merged);
    }
    return Status::Ok();
  }

  Status RetainKeys(Json& target, const Json& keys) {
    if (!keys.is_array()) return Status::BadRequest("$retainKeys: expected a list of strings");
    std::set<std::string> keep;
    for (const Json& k : keys) {
      if (!k.is_string()) return Status::BadRequest("$retainKeys: expected a list of strings");
      keep.insert(k.get<std::string>());
    }
    for (auto it = target.begin(); it != target.end();) {
      if (keep.count(it.key())) ++it;
      else it = target.erase(it);
    }
    return Status::Ok();
  }

  void DeleteFromPrimitiveList(Json& target, const std::string& field, const Json& values) {
    if (!target.contains(field) || !target[field].is_array() || !values.is_array()) return;
    Json& list = target[field];
    for (const Json& v : values) list.erase(std::remove(list.begin(), list.end(), v), list.end());
  }

  // Items named in `order` come first, in that order; the others keep their relative order after them.
  void SetElementOrder(Json& target, const std::string& field, const Json& order) {
    if (!target.contains(field) || !target[field].is_array() || !order.is_array()) return;
    auto key = MergeKeys().find(field);
    auto same = [&](const Json& item, const Json& wanted) {
      if (key == MergeKeys().end()) return item == wanted;
      return item.is_object() && wanted.is_object() && item.contains(key->second) &&
             wanted.contains(key->second) && item[key->second] == wanted[key->second];
    };
    Json rest = target[field];
    Json sorted = Json::array();
    for (const Json& wanted : order) {
      auto it = std::find_if(rest.begin(), rest.end(), [&](const Json& item) { return same(item, wanted); });
      if (it == rest.end()) continue;
      sorted.push_back(*it);
      rest.erase(it);
    }
    for (const Json& item : rest) sorted.push_back(item);
    target[field] = std::move(sorted);
  }
};

// nlohmann's messages start with "[json.exception.<kind>.<id>] "; kube-apiserver shows only the reason.
std::string WithoutExceptionPrefix(const std::string& what) {
  if (what.empty() || what[0] != '[') return what;
  const auto end = what.find("] ");
  return end == std::string::npos ? what : what.substr(end + 2);
}

}  // namespace

std::optional<PatchType> ParsePatchType(const std::string& name) {
  if (name == "merge") return PatchType::kMerge;
  if (name == "strategic") return PatchType::kStrategic;
  if (name == "json") return PatchType::kJson;
  return std::nullopt;
}

const char* PatchContentType(PatchType type) {
  switch (type) {
    case PatchType::kMerge: return "application/merge-patch+json";
    case PatchType::kStrategic: return "application/strategic-merge-patch+json";
    case PatchType::kJson: return "application/json-patch+json";
  }
  return "";
}

std::optional<std::string> MergeKeyOf(const std::string& field) {
  const auto it = MergeKeys().find(field);
  if (it == MergeKeys().end()) return std::nullopt;
  return it->second;
}

Json MergePatch(const Json& target, const Json& patch) {
  Json out = target;
  out.merge_patch(patch);
  return out;
}

Status JsonPatch(const Json& target, const Json& patch, Json& out) {
  if (!patch.is_array()) return Status::BadRequest("json patch: expected a list of operations");
  try {
    out = target.patch(patch);
  } catch (const nlohmann::json::exception& e) {
    return Status::BadRequest("json patch: " + WithoutExceptionPrefix(e.what()));
  }
  return Status::Ok();
}

Status StrategicMergePatch(const Json& target, const Json& patch, Json& out) {
  out = target;
  bool deleted = false;
  if (Status st = StrategicMerger().MergeObject(out, patch, &deleted); !st.ok()) return st;
  if (deleted) return Status::BadRequest("strategic merge patch: `$patch: delete` of the whole object");
  return Status::Ok();
}

Status ApplyPatch(PatchType type, const Json& target, const Json& patch, Json& out) {
  switch (type) {
    case PatchType::kMerge:
      out = MergePatch(target, patch);
      return Status::Ok();
    case PatchType::kStrategic: return StrategicMergePatch(target, patch, out);
    case PatchType::kJson: return JsonPatch(target, patch, out);
  }
  return Status::BadRequest("unknown patch type");
}

}  // namespace jobsim::api
