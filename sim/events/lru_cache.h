// A bounded least-recently-used map, with the semantics of
// github.com/golang/groupcache/lru that client-go's correlator caches use:
// a lookup makes its entry the most recent; a new key beyond the bound evicts
// the least recent one. Eviction order depends only on the call sequence, so
// it is deterministic. This bound is what keeps each recorder's memory constant.
//
// Keys are 64-bit hashes (key_hash.h), kept in a FlatTable (flat_table.h)
// whose entries are threaded by a recency list of indexes: a lookup is one
// probe sequence and no allocation. Only the list decides which entry goes,
// so the table's order is never seen.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "sim/events/flat_table.h"

namespace jobsim::sim {

template <class V>
class LruCache {
 public:
  // max_entries == 0 means unbounded (as in groupcache).
  explicit LruCache(size_t max_entries) : max_entries_(max_entries) {}
  LruCache(const LruCache&) = delete;
  LruCache& operator=(const LruCache&) = delete;

  // The value under key, now the most recent, and whether the key was new.
  // A new key's value is for the caller to set: it is either a default V or
  // what the evicted key left (so that its buffers are reused). The pointer
  // stays valid until the next call.
  std::pair<V*, bool> GetOrAdd(uint64_t key) {
    const auto place = table_.Locate(key);
    uint32_t index = place.index;
    if (index != kNone) {
      Touch(index);
      return {&table_.value(index).value, false};
    }
    if (Full()) {
      index = oldest_;  // the new key takes the evicted entry
      Unlink(index);
      table_.Rekey(index, key);
    } else {
      if (table_.size() == table_.capacity()) {  // grow by doubling, up to the bound
        const size_t wanted = std::max<size_t>(kMinEntries, 2 * table_.capacity());
        table_.Reserve(max_entries_ == 0 ? wanted : std::min(wanted, max_entries_));
      }
      index = table_.Add(key, place);
    }
    PushNewest(index);
    return {&table_.value(index).value, true};
  }

  size_t size() const { return table_.size(); }

 private:
  static constexpr uint32_t kNone = FlatTable<int>::kNone;
  static constexpr size_t kMinEntries = 8;

  struct Node {
    V value;
    uint32_t newer = kNone;
    uint32_t older = kNone;
  };

  void Unlink(uint32_t index) {
    Node& e = table_.value(index);
    (e.newer != kNone ? table_.value(e.newer).older : newest_) = e.older;
    (e.older != kNone ? table_.value(e.older).newer : oldest_) = e.newer;
  }

  void PushNewest(uint32_t index) {
    Node& e = table_.value(index);
    e.older = newest_;
    e.newer = kNone;
    (newest_ != kNone ? table_.value(newest_).newer : oldest_) = index;
    newest_ = index;
  }

  void Touch(uint32_t index) {
    if (newest_ == index) return;
    Unlink(index);
    PushNewest(index);
  }

  bool Full() const { return max_entries_ != 0 && table_.size() >= max_entries_; }

  size_t max_entries_;
  FlatTable<Node> table_;
  uint32_t newest_ = kNone;
  uint32_t oldest_ = kNone;
};

}  // namespace jobsim::sim
