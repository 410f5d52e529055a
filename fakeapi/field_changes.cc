#include "fakeapi/field_changes.h"

#include <algorithm>
#include <optional>

#include "fakeapi/patch.h"

namespace jobsim::api {
namespace {

// Compares one value at a time; the changed set of a value is returned
// (nullopt: unchanged), its removed set written to `removed`.
class Comparer {
 public:
  explicit Comparer(const AtomicPaths& atomic) : atomic_(atomic) {}

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
      if (auto c = Value(key, path.empty() ? key : path + "." + key, child, value, child_removed)) {
        set["f:" + key] = std::move(*c);
      }
      if (!child_removed.empty()) removed["f:" + key] = std::move(child_removed);
    }
    if (old) {
      for (const auto& [key, value] : old->items()) {
        if (!after.contains(key)) removed["f:" + key] = Json::object();
      }
    }
    if (set.empty()) return std::nullopt;
    if (!before) set["."] = Json::object();
    return set;
  }

 private:
  bool IsAtomic(const std::string& path) const {
    return std::find(atomic_.begin(), atomic_.end(), path) != atomic_.end();
  }

  static void GoneAll(const Json& old, Json& removed) {
    for (const auto& [key, value] : old.items()) removed["f:" + key] = Json::object();
  }

  std::optional<Json> Value(const std::string& key, const std::string& path, const Json* before, const Json& after,
                            Json& removed) const {
    if (!IsAtomic(path)) {
      if (after.is_object()) return Map(path, before, after, removed);
      if (after.is_array() && !after.empty()) {
        if (const auto merge_key = MergeKeyOf(key)) return List(path, *merge_key, before, after, removed);
      }
    }
    if (before && *before == after) return std::nullopt;
    return Json::object();
  }

  static std::string ItemKey(const std::string& merge_key, const Json& item) {
    return "k:" + Json{{merge_key, item[merge_key]}}.dump();
  }

  static const Json* ItemIn(const Json* list, const std::string& merge_key, const Json& item) {
    if (!list || !list->is_array()) return nullptr;
    for (const Json& old : *list) {
      if (old.is_object() && old.contains(merge_key) && old[merge_key] == item[merge_key]) return &old;
    }
    return nullptr;
  }

  std::optional<Json> List(const std::string& path, const std::string& merge_key, const Json* before,
                           const Json& after, Json& removed) const {
    const std::string item_path = path + "[]";
    Json set = Json::object();
    for (const Json& item : after) {
      if (!item.is_object() || !item.contains(merge_key)) continue;
      const std::string key = ItemKey(merge_key, item);
      const Json* old = ItemIn(before, merge_key, item);
      if (IsAtomic(item_path)) {
        if (!old || *old != item) set[key] = Json::object();
        continue;
      }
      Json item_removed = Json::object();
      if (auto c = Map(item_path, old, item, item_removed)) set[key] = std::move(*c);
      if (!item_removed.empty()) removed[key] = std::move(item_removed);
    }
    if (before && before->is_array()) {
      for (const Json& old : *before) {
        if (old.is_object() && old.contains(merge_key) && !ItemIn(&after, merge_key, old)) {
          removed[ItemKey(merge_key, old)] = Json::object();
        }
      }
    }
    if (set.empty()) return std::nullopt;
    if (!before) set["."] = Json::object();
    return set;
  }

  const AtomicPaths& atomic_;
};

}  // namespace

FieldChanges CompareFields(const Json& before, const Json& after, const AtomicPaths& atomic) {
  FieldChanges out;
  if (auto changed = Comparer(atomic).Map("", &before, after, out.removed)) out.changed = std::move(*changed);
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
