// A hash table keyed by 64-bit hashes (key_hash.h), whose low bits pick a
// slot directly: the entries sit in one vector, found through an
// open-addressed table of slots (sim/base/probe_table.h, kept at most half
// full). A lookup is one probe sequence, reads an entry only on a likely
// match, and allocates nothing; a node-based map costs a cache miss per node
// at 100,000 entries. LruCache threads its recency list through one; the
// events.k8s.io recorder's series cache is one. Entries are addressed by
// index: an index stays valid until Erase.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "sim/base/probe_table.h"

namespace jobsim::sim {

template <class V>
class FlatTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  FlatTable() = default;
  FlatTable(const FlatTable&) = delete;
  FlatTable& operator=(const FlatTable&) = delete;

  // Where a key is, or would be added: its entry's index (kNone when absent)
  // and its slot.
  struct Place {
    uint32_t index = kNone;
    size_t slot = SIZE_MAX;  // not known
  };
  Place Locate(uint64_t key) const {
    const size_t slot = FindSlot(key);
    return Place{slots_[slot].entry - 1, slot};  // an empty slot's 0 becomes kNone
  }
  // The index of the entry under key, or kNone.
  uint32_t Find(uint64_t key) const { return Locate(key).index; }
  // A new entry under key, its value default; its index. `place`, from
  // Locate(key) with no change since, spares probing again.
  // REQUIRES: Find(key) == kNone.
  uint32_t Add(uint64_t key, Place place = Place{}) {
    if (Grow() || place.slot == SIZE_MAX) place.slot = FindSlot(key);
    const auto index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{key, V()});
    slots_[place.slot] = Slot{static_cast<uint32_t>(key), index + 1};
    return index;
  }
  // Moves the entry at index under another key, keeping its value (and its buffers).
  // REQUIRES: Find(key) == kNone.
  void Rekey(uint32_t index, uint64_t key) {
    slots_.Erase(FindSlot(entries_[index].key), Home);
    entries_[index].key = key;
    slots_[FindSlot(key)] = Slot{static_cast<uint32_t>(key), index + 1};
  }
  // Removes the entry at index; the last entry moves into its place.
  void Erase(uint32_t index) {
    slots_.Erase(FindSlot(entries_[index].key), Home);
    const auto last = static_cast<uint32_t>(entries_.size() - 1);
    if (index != last) {
      slots_[FindSlot(entries_[last].key)].entry = index + 1;
      entries_[index] = std::move(entries_[last]);
    }
    entries_.pop_back();
  }
  // Room for `count` entries without moving them (the vector's capacity).
  void Reserve(size_t count) { entries_.reserve(count); }

  V& value(uint32_t index) { return entries_[index].value; }
  const V& value(uint32_t index) const { return entries_[index].value; }
  uint64_t key(uint32_t index) const { return entries_[index].key; }
  size_t size() const { return entries_.size(); }
  size_t capacity() const { return entries_.capacity(); }
  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    uint64_t key;
    V value;
  };
  // The low 32 bits of the key, which also give its home slot, and the entry
  // index + 1 (0: empty), so a probe reads an entry only on a likely match.
  struct Slot {
    uint32_t tag = 0;
    uint32_t entry = 0;
    bool empty() const { return entry == 0; }
  };
  static uint64_t Home(const Slot& s) { return s.tag; }

  // The slot holding key, or the empty slot where it would go.
  size_t FindSlot(uint64_t key) const {
    const auto tag = static_cast<uint32_t>(key);
    return slots_.Probe(tag, [&](const Slot& s) { return s.tag == tag && entries_[s.entry - 1].key == key; });
  }

  // Keeps the table at most half full for one more entry, doubling it.
  // Returns whether the table was rebuilt.
  bool Grow() {
    if (2 * (entries_.size() + 1) <= slots_.slot_count()) return false;
    slots_.Grow(Home);
    return true;
  }

  std::vector<Entry> entries_;
  ProbeTable<Slot> slots_;  // 16 slots at first
};

}  // namespace jobsim::sim
