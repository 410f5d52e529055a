#include "fakeapi/field_changes.h"

#include <optional>

namespace jobsim::api {
namespace {

// Compares one value at a time; the changed set of a value is returned
// (nullopt: unchanged), its removed set written to `removed`.
class Comparer {
 public:
  explicit Comparer(const FieldSchema& schema) : schema_(schema) {}

  // before: null when the key was absent (a present null is not absent).
  std::optional<Json> Map(const std::string& path, const Json* before, const Json& after, Json& removed) const {
    const Json* old = before && before->is_object() ? before : nullptr;
    if (after.empty()) {
      if (old && !old->empty()) GoneAll(*old, removed);
      // Empty on both sides compares as a leaf (typed/compare.go, emptyPromoteToLeaf).
      return old ? std::nullopt : std::optional<Json>(Json::object());
    }
    Json set = Json::object();
    for (const auto& [key, value] : after.items()) {
      const auto it = old ? old->find(key) : Json::const_iterator();
      const Json* child = old && it != old->end() ? &*it : nullptr;
      Json child_removed = Json::object();
      if (auto c = Value(path.empty() ? key : path + "." + key, child, value, child_removed)) {
        set["f:" + key] = std::move(*c);
      }
      if (!child_removed.empty()) removed["f:" + key] = std::move(child_removed);
    }
    if (old) {
      for (const auto& [key, value] : old->items()) {
        if (!after.contains(key)) removed["f:" + key] = Json::object();
      }
    }
    return Members(std::move(set), before);
  }

 private:
  // A changed map, list or set that was absent before is itself a member (".").
  static std::optional<Json> Members(Json set, const Json* before) {
    if (set.empty()) return std::nullopt;
    if (!before) set["."] = Json::object();
    return set;
  }

  static void GoneAll(const Json& old, Json& removed) {
    for (const auto& [key, value] : old.items()) removed["f:" + key] = Json::object();
  }

  std::optional<Json> Value(const std::string& path, const Json* before, const Json& after, Json& removed) const {
    switch (schema_.ShapeAt(path, after)) {
      case FieldShape::kGranular:
        if (after.is_object()) return Map(path, before, after, removed);
        break;
      case FieldShape::kMap:
        if (after.is_array() && !after.empty()) return List(path, before, after, removed);
        break;
      case FieldShape::kSet:
        if (after.is_array() && !after.empty()) return Set(before, after, removed);
        break;
      case FieldShape::kAtomic:
        break;
    }
    if (before && *before == after) return std::nullopt;
    return Json::object();
  }

  static bool Holds(const Json* list, const Json& value) {
    if (!list || !list->is_array()) return false;
    for (const Json& v : *list) {
      if (v == value) return true;
    }
    return false;
  }

  // A set's values are leaves: the added ones changed, the dropped ones removed.
  static std::optional<Json> Set(const Json* before, const Json& after, Json& removed) {
    Json set = Json::object();
    for (const Json& value : after) {
      if (!Holds(before, value)) set[ValueKeyOf(value)] = Json::object();
    }
    if (before && before->is_array()) {
      for (const Json& value : *before) {
        if (!Holds(&after, value)) removed[ValueKeyOf(value)] = Json::object();
      }
    }
    return Members(std::move(set), before);
  }

  static const Json* ItemIn(const Json* list, const ListKeys& keys, const std::string& key) {
    if (!list || !list->is_array()) return nullptr;
    for (const Json& old : *list) {
      if (ItemKeyOf(keys, old) == key) return &old;
    }
    return nullptr;
  }

  std::optional<Json> List(const std::string& path, const Json* before, const Json& after, Json& removed) const {
    const ListKeys& keys = schema_.KeysAt(path);
    const std::string item_path = path + "[]";
    Json set = Json::object();
    for (const Json& item : after) {
      const std::string key = ItemKeyOf(keys, item);
      if (key.empty()) continue;
      const Json* old = ItemIn(before, keys, key);
      if (schema_.ShapeAt(item_path, item) == FieldShape::kAtomic) {
        if (!old || *old != item) set[key] = Json::object();
        continue;
      }
      Json item_removed = Json::object();
      if (auto c = Map(item_path, old, item, item_removed)) set[key] = std::move(*c);
      if (!item_removed.empty()) removed[key] = std::move(item_removed);
    }
    if (before && before->is_array()) {
      for (const Json& old : *before) {
        const std::string key = ItemKeyOf(keys, old);
        if (!key.empty() && !ItemIn(&after, keys, key)) removed[key] = Json::object();
      }
    }
    return Members(std::move(set), before);
  }

  const FieldSchema& schema_;
};

}  // namespace

FieldChanges CompareFields(const Json& before, const Json& after, const FieldSchema& schema) {
  FieldChanges out;
  if (auto changed = Comparer(schema).Map("", &before, after, out.removed)) out.changed = std::move(*changed);
  out.changed.erase(".");
  return out;
}
void SubtractSet(Json& set, const Json& other) {
  if (!set.is_object() || !other.is_object()) return;
  for (const auto& [key, theirs] : other.items()) {
    const auto it = set.find(key);
    if (it == set.end()) continue;
    if (theirs.empty()) {
      set.erase(it);
      continue;
    }
    // A leaf of set under which other names fields stays: only those fields change hands.
    if (it->empty()) continue;
    SubtractSet(*it, theirs);
    if (it->empty()) set.erase(it);
  }
}

}  // namespace jobsim::api
