// UidMap<V>: a value per pod uid, for the tables a node's components look a
// pod up in on every watch event: the kubelet's workers (and retired pods),
// the scheduler's queued pods.
//
// Why not std::unordered_map<std::string, V>: a node-based table of
// 36-character heap strings costs three cache misses a lookup once it is
// large (bucket, node, the key's text) and two allocations per entry. Here
// the uid's text is kept in the slot of an open-addressing array (linear
// probing, backward-shift deletion): a lookup reads one slot, and an entry
// allocates nothing.
//
// REQUIRES: uids of kUidSize characters, as the store makes every uid
// (Store::NewUid). Walks go in slot order, which follows the hash: a walk
// whose order anyone can see sorts first (Kubelet::WorkersByUid).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/base/string_hash.h"

namespace jobsim::sim {

template <class V>
class UidMap {
 public:
  static constexpr size_t kUidSize = 36;

  struct Entry {
    std::string_view uid() const { return {uid_, kUidSize}; }
    V value{};

   private:
    friend class UidMap;
    uint64_t hash_ = 0;
    char uid_[kUidSize] = {};
    bool used_ = false;
  };

  // The entry of `uid`, or null.
  Entry* Find(std::string_view uid) { return const_cast<Entry*>(std::as_const(*this).Find(uid)); }
  const Entry* Find(std::string_view uid) const { return size_ == 0 ? nullptr : Find(uid, Hash(uid)); }

  // The entry of `uid`, made with a value-initialized V when there was none.
  Entry& Insert(std::string_view uid) {
    const uint64_t hash = Hash(uid);
    if (size_ != 0) {
      if (Entry* e = const_cast<Entry*>(Find(uid, hash))) return *e;
    }
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    Entry& e = slots_[FreeSlot(hash)];
    e.hash_ = hash;
    std::memcpy(e.uid_, uid.data(), kUidSize);
    e.used_ = true;
    ++size_;
    return e;
  }

  // Whether there was an entry to erase. The entries probed past it move
  // back, so that no probe crosses an empty slot it should not.
  bool Erase(std::string_view uid) {
    const Entry* found = Find(uid);
    if (!found) return false;
    size_t hole = static_cast<size_t>(found - slots_.data());
    for (size_t i = Next(hole); slots_[i].used_; i = Next(i)) {
      // The entry at i may fill the hole unless its home lies in (hole, i].
      const size_t mask = slots_.size() - 1;
      if (((i - Home(slots_[i].hash_)) & mask) >= ((i - hole) & mask)) {
        slots_[hole] = std::move(slots_[i]);
        hole = i;
      }
    }
    slots_[hole] = Entry{};
    --size_;
    return true;
  }

  // f(entry) for every entry, in slot order. f must not insert or erase.
  template <class F>
  void ForEach(F f) {
    for (Entry& e : slots_) {
      if (e.used_) f(e);
    }
  }
  template <class F>
  void ForEach(F f) const {
    for (const Entry& e : slots_) {
      if (e.used_) f(e);
    }
  }
  size_t size() const { return size_; }

 private:
  static uint64_t Hash(std::string_view uid) {
    // A uid of another size would be cut or read past: the store never makes one.
    if (uid.size() != kUidSize) std::abort();
    return StringHash::Of(uid);
  }
  // REQUIRES: a slot is free (size_ > 0 also means slots exist).
  const Entry* Find(std::string_view uid, uint64_t hash) const {
    for (size_t i = Home(hash);; i = Next(i)) {
      const Entry& e = slots_[i];
      if (!e.used_) return nullptr;
      if (e.hash_ == hash && std::memcmp(e.uid_, uid.data(), kUidSize) == 0) return &e;
    }
  }
  size_t Home(uint64_t hash) const { return hash & (slots_.size() - 1); }
  size_t Next(size_t i) const { return (i + 1) & (slots_.size() - 1); }
  size_t FreeSlot(uint64_t hash) const {
    size_t i = Home(hash);
    while (slots_[i].used_) i = Next(i);
    return i;
  }
  void Grow() {
    std::vector<Entry> old = std::exchange(slots_, std::vector<Entry>(slots_.empty() ? 16 : slots_.size() * 2));
    for (Entry& e : old) {
      if (e.used_) slots_[FreeSlot(e.hash_)] = std::move(e);
    }
  }

  std::vector<Entry> slots_;  // a power of two long, at most three quarters used
  size_t size_ = 0;
};

}  // namespace jobsim::sim
