// A bounded least-recently-used map, with the semantics of
// github.com/golang/groupcache/lru that client-go's correlator caches use:
// a lookup makes its entry the most recent; a new key beyond the bound evicts
// the least recent one. Eviction order depends only on the call sequence, so
// it is deterministic. This bound is what keeps each recorder's memory constant.
//
// Keys are 64-bit hashes (key_hash.h), so their low bits pick a slot directly.
// The entries sit in one vector, threaded by a recency list of indexes, and an
// open-addressed table (linear probing, at most half full) maps keys to them:
// a lookup is one probe sequence and no allocation. Only the list decides
// which entry goes, so the table's order is never seen.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

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
    size_t slot = 0;
    if (!slots_.empty()) {
      slot = FindSlot(key);
      if (slots_[slot].entry != 0) {
        const uint32_t index = slots_[slot].entry - 1;
        Touch(index);
        return {&entries_[index].value, false};
      }
    }
    uint32_t index;
    if (Full()) {
      index = oldest_;  // the new key takes the evicted entry
      Unlink(index);
      EraseSlot(FindSlot(entries_[index].key));
      slot = FindSlot(key);  // the deletion may have moved the empty slot the key probes to
    } else {
      if (Grow()) slot = FindSlot(key);
      index = static_cast<uint32_t>(entries_.size());
      entries_.emplace_back();
    }
    entries_[index].key = key;
    slots_[slot] = Slot{static_cast<uint32_t>(key), index + 1};
    PushNewest(index);
    return {&entries_[index].value, true};
  }

  size_t size() const { return entries_.size(); }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr size_t kMinSlots = 16;

  struct Entry {
    uint64_t key = 0;
    V value;
    uint32_t newer = kNone;
    uint32_t older = kNone;
  };
  // The low 32 bits of the key, which also give its home slot, and the entry
  // index + 1 (0: empty), so a probe reads an entry only on a likely match.
  struct Slot {
    uint32_t tag = 0;
    uint32_t entry = 0;
  };

  size_t Mask() const { return slots_.size() - 1; }

  // The slot holding key, or the empty slot where it would go.
  size_t FindSlot(uint64_t key) const {
    const auto tag = static_cast<uint32_t>(key);
    for (size_t i = tag & Mask();; i = (i + 1) & Mask()) {
      const Slot& s = slots_[i];
      if (s.entry == 0 || (s.tag == tag && entries_[s.entry - 1].key == key)) return i;
    }
  }

  // Backward-shift deletion: later slots of the probe run move up, so there
  // are no tombstones and probes stay short.
  void EraseSlot(size_t hole) {
    for (size_t j = (hole + 1) & Mask(); slots_[j].entry != 0; j = (j + 1) & Mask()) {
      const size_t home = slots_[j].tag & Mask();
      if (((j - home) & Mask()) >= ((j - hole) & Mask())) {
        slots_[hole] = slots_[j];
        hole = j;
      }
    }
    slots_[hole] = Slot{};
  }

  // Keeps the table at most half full for one more entry, doubling it (and
  // the entries' capacity, up to the bound) as the cache fills. Returns
  // whether the table was rebuilt.
  bool Grow() {
    if (entries_.size() == entries_.capacity()) {
      const size_t wanted = std::max<size_t>(kMinSlots / 2, 2 * entries_.capacity());
      entries_.reserve(max_entries_ == 0 ? wanted : std::min(wanted, max_entries_));
    }
    if (2 * (entries_.size() + 1) <= slots_.size()) return false;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max(kMinSlots, 2 * old.size()), Slot{});
    for (const Slot& s : old) {
      if (s.entry != 0) slots_[FindSlot(entries_[s.entry - 1].key)] = s;
    }
    return true;
  }

  void Unlink(uint32_t index) {
    Entry& e = entries_[index];
    (e.newer != kNone ? entries_[e.newer].older : newest_) = e.older;
    (e.older != kNone ? entries_[e.older].newer : oldest_) = e.newer;
  }

  void PushNewest(uint32_t index) {
    Entry& e = entries_[index];
    e.older = newest_;
    e.newer = kNone;
    (newest_ != kNone ? entries_[newest_].newer : oldest_) = index;
    newest_ = index;
  }

  void Touch(uint32_t index) {
    if (newest_ == index) return;
    Unlink(index);
    PushNewest(index);
  }

  bool Full() const { return max_entries_ != 0 && entries_.size() >= max_entries_; }

  size_t max_entries_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // a power of two in size
  uint32_t newest_ = kNone;
  uint32_t oldest_ = kNone;
};

}  // namespace jobsim::sim
