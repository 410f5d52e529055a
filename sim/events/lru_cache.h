// A bounded least-recently-used map, with the semantics of
// github.com/golang/groupcache/lru that client-go's correlator caches use:
// Get and Add make an entry the most recent; Add beyond the bound evicts the
// least recent one. Eviction order depends only on the call sequence, so it is
// deterministic. This bound is what keeps each recorder's memory constant.
#pragma once

#include <cstddef>
#include <list>
#include <map>
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
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      it->second.value = std::move(value);
      Touch(it->second);
      return it->second.value;
    }
    it = entries_.emplace(key, Slot{std::move(value), {}}).first;
    recency_.push_front(&it->first);
    it->second.position = recency_.begin();
    if (max_entries_ != 0 && entries_.size() > max_entries_) EvictOldest();
    return it->second.value;
  }

  size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    V value;
    typename std::list<const K*>::iterator position;
  };

  void Touch(Slot& slot) { recency_.splice(recency_.begin(), recency_, slot.position); }

  void EvictOldest() {
    const K* oldest = recency_.back();
    recency_.pop_back();
    entries_.erase(*oldest);
  }

  size_t max_entries_;
  std::map<K, Slot> entries_;
  std::list<const K*> recency_;  // front = most recent; points at the map's keys
};

}  // namespace jobsim::sim
