// A bounded least-recently-used map, with the semantics of
// github.com/golang/groupcache/lru that client-go's correlator caches use:
// Get and Add make an entry the most recent; Add beyond the bound evicts the
// least recent one. Eviction order depends only on the call sequence, so it is
// deterministic. This bound is what keeps each recorder's memory constant.
//
// The entries sit in a hash map, which is only looked up: the order anyone
// sees (which entry goes) is the recency list threaded through the entries.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <utility>

namespace jobsim::sim {

template <class K, class V>
class LruCache {
 public:
  // max_entries == 0 means unbounded (as in groupcache).
  explicit LruCache(size_t max_entries) : max_entries_(max_entries) {}
  LruCache(const LruCache&) = delete;
  LruCache& operator=(const LruCache&) = delete;

  // The value under key, now the most recent; nullptr when absent.
  V* Get(const K& key) {
    auto it = entries_.find(key);
    if (it == entries_.end()) return nullptr;
    Touch(it->second);
    return &it->second.value;
  }

  // Inserts or replaces the value under key and makes it the most recent.
  V& Add(const K& key, V value) {
    if (auto it = entries_.find(key); it != entries_.end()) {
      it->second.value = std::move(value);
      Touch(it->second);
      return it->second.value;
    }
    auto it = Full() ? Recycle(key, std::move(value)) : entries_.emplace(key, Slot{std::move(value)}).first;
    Slot& slot = it->second;
    slot.key = &it->first;
    PushNewest(slot);
    return slot.value;
  }

  size_t size() const { return entries_.size(); }

 private:
  // Unordered-map nodes never move, so the list links them by address.
  struct Slot {
    V value;
    const K* key = nullptr;
    Slot* newer = nullptr;
    Slot* older = nullptr;
  };

  void Unlink(Slot& slot) {
    (slot.newer ? slot.newer->older : newest_) = slot.older;
    (slot.older ? slot.older->newer : oldest_) = slot.newer;
    slot.newer = slot.older = nullptr;
  }

  void PushNewest(Slot& slot) {
    slot.older = newest_;
    slot.newer = nullptr;
    (newest_ ? newest_->newer : oldest_) = &slot;
    newest_ = &slot;
  }

  void Touch(Slot& slot) {
    if (newest_ == &slot) return;
    Unlink(slot);
    PushNewest(slot);
  }

  bool Full() const { return max_entries_ != 0 && entries_.size() >= max_entries_; }

  // Evicts the least recent entry and gives its node to the new key: a full
  // cache evicts on every new key, and reusing the node spares freeing one and
  // allocating another (and keeps the capacity of strings in the value).
  typename std::unordered_map<K, Slot>::iterator Recycle(const K& key, V value) {
    Slot& oldest = *oldest_;
    Unlink(oldest);
    auto node = entries_.extract(*oldest.key);
    node.key() = key;
    node.mapped().value = std::move(value);
    return entries_.insert(std::move(node)).position;
  }

  size_t max_entries_;
  std::unordered_map<K, Slot> entries_;
  Slot* newest_ = nullptr;
  Slot* oldest_ = nullptr;
};

}  // namespace jobsim::sim
