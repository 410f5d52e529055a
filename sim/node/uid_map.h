// UidMap<V>: a value per pod uid, for the tables a node's components look a
// pod up in on watch events: the kubelet's pods (their workers, or retired),
// the scheduler's queued pods.
//
// Why not std::unordered_map<std::string, V>: a node-based table of
// 36-character heap strings costs three cache misses a lookup once it is
// large (bucket, node, the key's text) and two allocations per entry. Here
// the uid's text is kept in the slot of an open-addressing array
// (sim/base/probe_table.h): a lookup reads one slot, and an entry allocates
// nothing.
//
// A slot holds kUidSize characters: every uid the store makes
// (Store::NewUid). A longer one keeps its first kUidSize characters, its
// length and its 64-bit hash, which then tell it from others (the store
// never makes one). Walks go in slot order, which follows the hash: a walk
// whose order anyone can see sorts first (Kubelet::WorkersByUid).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#include "sim/base/probe_table.h"
#include "sim/base/string_hash.h"

namespace jobsim::sim {

template <class V>
class UidMap {
 public:
  static constexpr size_t kUidSize = 36;

  struct Entry {
    // The uid, or its first kUidSize characters when longer.
    std::string_view uid() const { return {uid_, std::min<size_t>(size_, kUidSize)}; }
    bool empty() const { return size_ == 0; }
    V value{};

   private:
    friend class UidMap;
    uint64_t hash_ = 0;
    char uid_[kUidSize] = {};
    uint32_t size_ = 0;  // 0: a free slot (no uid is empty)
  };

  // What Find and Insert look `uid` up by: a caller that inserts after a
  // Find that failed works it out once (REQUIRES below: hash == Hash(uid)).
  static uint64_t Hash(std::string_view uid) { return StringHash::Of(uid); }

  // The entry of `uid`, or null.
  Entry* Find(std::string_view uid) { return Find(uid, Hash(uid)); }
  const Entry* Find(std::string_view uid) const { return Find(uid, Hash(uid)); }
  Entry* Find(std::string_view uid, uint64_t hash) {
    return const_cast<Entry*>(std::as_const(*this).Find(uid, hash));
  }
  const Entry* Find(std::string_view uid, uint64_t hash) const {
    const Entry& e = slots_[SlotOf(uid, hash)];
    return e.empty() ? nullptr : &e;
  }

  // The entry of `uid`, made with a value-initialized V when there was none.
  // REQUIRES: uid is not empty.
  Entry& Insert(std::string_view uid) { return Insert(uid, Hash(uid)); }
  Entry& Insert(std::string_view uid, uint64_t hash) {
    size_t slot = SlotOf(uid, hash);
    if (!slots_[slot].empty()) return slots_[slot];
    if ((size_ + 1) * 4 > slots_.slot_count() * 3) {
      slots_.Grow(Home);
      slot = SlotOf(uid, hash);
    }
    Entry& e = slots_[slot];
    e.hash_ = hash;
    e.size_ = static_cast<uint32_t>(uid.size());
    std::memcpy(e.uid_, uid.data(), std::min(uid.size(), kUidSize));
    ++size_;
    return e;
  }

  // Whether there was an entry to erase.
  bool Erase(std::string_view uid) {
    const size_t slot = SlotOf(uid, StringHash::Of(uid));
    if (slots_[slot].empty()) return false;
    slots_.Erase(slot, Home);
    --size_;
    return true;
  }

  // f(entry) for every entry, in slot order. f must not insert or erase.
  template <class F>
  void ForEach(F f) {
    for (Entry& e : slots_) {
      if (!e.empty()) f(e);
    }
  }
  template <class F>
  void ForEach(F f) const {
    for (const Entry& e : slots_) {
      if (!e.empty()) f(e);
    }
  }
  size_t size() const { return size_; }

 private:
  static uint64_t Home(const Entry& e) { return e.hash_; }
  size_t SlotOf(std::string_view uid, uint64_t hash) const {
    return slots_.Probe(hash, [&](const Entry& e) {
      return e.hash_ == hash && e.size_ == uid.size() && std::memcmp(e.uid_, uid.data(), std::min(uid.size(), kUidSize)) == 0;
    });
  }

  ProbeTable<Entry> slots_;  // at most three quarters used
  size_t size_ = 0;
};

}  // namespace jobsim::sim
