// The stored objects of one kind by key ("namespace/name"): an ordered map,
// because lists come back in key order as etcd gives them, plus an
// open-addressing table of the map's nodes for the point lookups every write
// and read makes, so they cost one hash instead of a dozen key comparisons.
// Not copyable or movable: the table holds iterators into the map.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/object_key.h"
#include "sim/base/string_hash.h"

namespace jobsim::api {

template <class V>
class ObjectIndex {
 public:
  using Map = std::map<std::string, V, ObjectKeyLess>;
  using iterator = typename Map::iterator;
  using const_iterator = typename Map::const_iterator;

  ObjectIndex() : slots_(kInitialSlots, map_.end()) {}
  ObjectIndex(const ObjectIndex&) = delete;
  ObjectIndex& operator=(const ObjectIndex&) = delete;

  iterator find(KeyParts key) { return slots_[SlotOf(key)]; }
  const_iterator find(KeyParts key) const { return slots_[SlotOf(key)]; }
  iterator find(std::string_view key) { return find(Split(key)); }
  const_iterator find(std::string_view key) const { return find(Split(key)); }
  bool contains(KeyParts key) const { return find(key) != map_.end(); }

  // The entry for key, value-initialised when new.
  iterator emplace(KeyParts key) {
    size_t slot = SlotOf(key);
    if (slots_[slot] != map_.end()) return slots_[slot];
    std::string joined;
    joined.reserve(key.ns.size() + 1 + key.name.size());
    joined.append(key.ns).append(1, '/').append(key.name);
    auto it = map_.emplace(std::move(joined), V{}).first;
    if (map_.size() * 2 > slots_.size()) {
      Grow();
      slot = SlotOf(key);
    }
    slots_[slot] = it;
    return it;
  }
  void erase(std::string_view key) {
    size_t hole = SlotOf(Split(key));
    if (slots_[hole] == map_.end()) return;
    map_.erase(slots_[hole]);
    slots_[hole] = map_.end();
    // Backward-shift deletion: pull later entries of the probe run into the hole.
    const size_t mask = slots_.size() - 1;
    for (size_t next = (hole + 1) & mask; slots_[next] != map_.end(); next = (next + 1) & mask) {
      const size_t home = Hash(Split(slots_[next]->first)) & mask;
      const bool movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
      if (!movable) continue;
      slots_[hole] = slots_[next];
      slots_[next] = map_.end();
      hole = next;
    }
  }

  void clear() {
    map_.clear();
    slots_.assign(kInitialSlots, map_.end());
  }

  const_iterator begin() const { return map_.begin(); }
  const_iterator end() const { return map_.end(); }
  iterator end() { return map_.end(); }
  const_iterator lower_bound(std::string_view key) const { return map_.lower_bound(key); }
  size_t size() const { return map_.size(); }

 private:
  static constexpr size_t kInitialSlots = 16;

  static KeyParts Split(std::string_view key) {
    const size_t slash = key.find('/');
    return {key.substr(0, slash), key.substr(slash + 1)};
  }
  static uint64_t Hash(KeyParts key) { return StringHash().Add(key.ns).Add("/").Add(key.name).value(); }
  // The slot holding key, or the empty slot where it would go.
  size_t SlotOf(KeyParts key) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = Hash(key) & mask;
    while (slots_[slot] != map_.end() && CompareKey(slots_[slot]->first, key) != 0) slot = (slot + 1) & mask;
    return slot;
  }
  void Grow() {
    std::vector<iterator> old(slots_.size() * 2, map_.end());
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (iterator it : old) {
      if (it == map_.end()) continue;
      size_t slot = Hash(Split(it->first)) & mask;
      while (slots_[slot] != map_.end()) slot = (slot + 1) & mask;
      slots_[slot] = it;
    }
  }

  Map map_;
  std::vector<iterator> slots_;
};

}  // namespace jobsim::api
