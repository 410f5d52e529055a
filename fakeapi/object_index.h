// The stored objects of one kind by key ("namespace/name"), with the two ways
// they are reached: point lookups by key, which every write and read makes, and
// walks in key order, which lists make (etcd returns kube-apiserver's keys in
// byte order).
//
// Point lookups go through an open-addressing table (sim/base/probe_table.h) whose slots carry part of
// each key's hash, so a probe rarely touches an entry it does not want. That
// part is the hash's low 32 bits, which also give the slot's home: growing the
// table and erasing from it read the slots alone, so growing walks the old
// array in order and writes the new one nearly in order, instead of reading a
// hash per entry and writing at random (at 550,000 events, one cache miss per
// entry each time the table doubled). Key
// order is kept lazily: an insert only appends to a list of new entries, and
// the next ordered walk sorts those and merges them in. A run of writes
// between two lists (thousands of pods and events) then costs one sort
// instead of a balanced-tree insert, with its key comparisons, per write.
//
// Entries live in a StableVector: references to them stay valid until their
// key is erased. Iterators from find() and emplace() point at one entry; ++ on one
// finds its place in key order first. An ordered walk (begin(), lower_bound())
// stays valid through inserts and erases, but not through another ordered
// access after an insert. An erased entry's storage is reused after the next
// ordered walk. Not copyable or movable: entries are reached by index.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "fakeapi/inline_key.h"
#include "fakeapi/object_key.h"
#include "sim/base/probe_table.h"
#include "sim/base/stable_vector.h"
#include "sim/base/string_hash.h"

namespace jobsim::api {

template <class V>
class ObjectIndex {
 public:
  struct Entry {
    InlineKey first;  // the key; named as std::map's pairs are
    V second;
  };

  template <bool kConst>
  class Iter {
   public:
    using Owner = std::conditional_t<kConst, const ObjectIndex, ObjectIndex>;
    using reference = std::conditional_t<kConst, const Entry&, Entry&>;
    using pointer = std::conditional_t<kConst, const Entry*, Entry*>;

    Iter() = default;
    Iter(Owner* owner, uint32_t id, size_t pos) : owner_(owner), id_(id), pos_(pos) {}
    operator Iter<true>() const  // NOLINT(google-explicit-constructor): as std::map's
      requires(!kConst)
    {
      return Iter<true>(owner_, id_, pos_);
    }

    reference operator*() const { return owner_->entries_[id_]; }
    pointer operator->() const { return &owner_->entries_[id_]; }
    Iter& operator++() {
      if (pos_ == kNoPosition) pos_ = owner_->PositionOf(id_);
      pos_ = owner_->NextLive(pos_ + 1);
      id_ = owner_->IdAt(pos_);
      return *this;
    }
    friend bool operator==(const Iter& a, const Iter& b) { return a.id_ == b.id_; }

   private:
    template <bool>
    friend class Iter;
    Owner* owner_ = nullptr;
    uint32_t id_ = kNone;
    size_t pos_ = kNoPosition;  // place in key order; kNoPosition until needed
  };
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;

  ObjectIndex() : slots_(kInitialSlots) {}
  ObjectIndex(const ObjectIndex&) = delete;
  ObjectIndex& operator=(const ObjectIndex&) = delete;

  iterator find(KeyParts key) { return iterator(this, slots_[SlotOf(key, Hash(key))].id, kNoPosition); }
  const_iterator find(KeyParts key) const {
    return const_iterator(this, slots_[SlotOf(key, Hash(key))].id, kNoPosition);
  }
  // find(key, hash), trying entry `hint` first, and setting hint to the entry
  // found (kNone: none). A caller that looks one key up again and again skips
  // the table's slot, a cache miss once the table is large. Only a hint: an
  // entry erased or reused for another key since is looked up again.
  // REQUIRES: hash == HashOf(key).
  iterator find(KeyParts key, uint64_t hash, uint32_t& hint) {
    if (hint < entries_.size() && live_[hint] && KeyEquals(entries_[hint].first, key)) {
      return iterator(this, hint, kNoPosition);
    }
    hint = slots_[SlotOf(key, hash)].id;
    return iterator(this, hint, kNoPosition);
  }
  // REQUIRES: hash == HashOf(key).
  iterator find(KeyParts key, uint64_t hash) { return iterator(this, slots_[SlotOf(key, hash)].id, kNoPosition); }
  iterator find(std::string_view key) { return find(Split(key)); }
  const_iterator find(std::string_view key) const { return find(Split(key)); }
  bool contains(KeyParts key) const { return contains(key, Hash(key)); }
  // With the key's hash (HashOf) at hand: a create checks a name and then
  // inserts it, and hashing it once saves a pass over the key.
  static uint64_t HashOf(KeyParts key) { return Hash(key); }
  bool contains(KeyParts key, uint64_t hash) const { return slots_[SlotOf(key, hash)].id != kNone; }

  // The entry for key, value-initialised when new.
  iterator emplace(KeyParts key) { return emplace(key, Hash(key)); }
  // REQUIRES: hash == HashOf(key).
  iterator emplace(KeyParts key, uint64_t hash) {
    const Place place = Locate(key, hash);
    if (place.found()) return iterator(this, place.id, kNoPosition);
    return emplace(key, hash, place);
  }
  // Where key is or would go: a create checks that a key is free, then
  // inserts it with this, probing once.
  // REQUIRES: hash == HashOf(key).
  struct Place {
    uint32_t id;  // the key's entry, kNone when absent
    size_t slot;
    bool found() const { return id != kNone; }
  };
  Place Locate(KeyParts key, uint64_t hash) const {
    const size_t slot = SlotOf(key, hash);
    return {slots_[slot].id, slot};
  }
  // The new entry for a key that Locate found absent.
  // REQUIRES: place == Locate(key, hash), with no insert or erase since; place.id == kNone.
  iterator emplace(KeyParts key, uint64_t hash, Place place) {
    size_t slot = place.slot;
    const uint32_t id = NewEntry(key);
    if ((size_ + 1) * 2 > slots_.slot_count()) {
      slots_.Grow(Home);
      slot = SlotOf(key, hash);
    }
    slots_[slot] = Slot{id, Tag(hash)};
    ++size_;
    return iterator(this, id, kNoPosition);
  }
  void erase(std::string_view key) {
    const KeyParts parts = Split(key);
    size_t hole = SlotOf(parts, Hash(parts));
    const uint32_t id = slots_[hole].id;
    if (id == kNone) return;
    entries_[id] = Entry{};
    live_[id] = false;
    retired_.push_back(id);
    --size_;
    slots_.Erase(hole, Home);
  }

  void clear() {
    entries_.clear();
    live_.clear();
    free_.clear();
    retired_.clear();
    sorted_.clear();
    pending_.clear();
    slots_.Reset(kInitialSlots);
    size_ = 0;
  }

  const_iterator begin() const { return At(NextLive(0)); }
  iterator begin() { return At(NextLive(0)); }
  const_iterator end() const { return const_iterator(this, kNone, kNoPosition); }
  iterator end() { return iterator(this, kNone, kNoPosition); }
  // The first entry whose key is not below key.
  const_iterator lower_bound(std::string_view key) const {
    Settle();
    const auto pos = std::lower_bound(sorted_.begin(), sorted_.end(), key,
                                      [this](uint32_t id, std::string_view k) { return entries_[id].first.view() < k; });
    return At(static_cast<size_t>(pos - sorted_.begin()));
  }
  size_t size() const { return size_; }

 private:
  static constexpr size_t kInitialSlots = 16;
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr size_t kNoPosition = SIZE_MAX;

  // A table slot: the entry's id and the low 32 bits of its key's hash,
  // compared before the key itself is, and its home (as long as the table has
  // at most 2^32 slots).
  struct Slot {
    uint32_t id = kNone;
    uint32_t tag = 0;
    bool empty() const { return id == kNone; }
  };

  static KeyParts Split(std::string_view key) {
    const size_t slash = key.find('/');
    return {key.substr(0, slash), key.substr(slash + 1)};
  }
  // Namespace and name hashed apart and combined: the key's string is never
  // built, and two one-part hashes cost less than one carried across parts.
  static uint64_t Hash(KeyParts key) { return KeyHash(key); }
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash); }

  // The slot holding key, or the empty slot where it would go.
  size_t SlotOf(KeyParts key, uint64_t hash) const {
    const uint32_t tag = Tag(hash);
    return slots_.Probe(hash, [&](const Slot& s) { return s.tag == tag && KeyEquals(entries_[s.id].first, key); });
  }
  // Where an occupant's probe starts: the low bits of its key's hash.
  static uint64_t Home(const Slot& s) { return s.tag; }
  uint32_t NewEntry(KeyParts key) {
    uint32_t id;
    if (free_.empty()) {
      id = static_cast<uint32_t>(entries_.size());
      entries_.emplace_back();
      live_.push_back(true);
    } else {
      id = free_.back();
      free_.pop_back();
      live_[id] = true;
    }
    entries_[id].first.Assign(key);
    pending_.push_back(id);
    return id;
  }

  // Key order brought up to date: new entries sorted and merged in, erased
  // ones dropped, and their storage handed back for reuse.
  void Settle() const {
    if (pending_.empty() && retired_.empty()) return;
    auto by_key = [this](uint32_t a, uint32_t b) { return entries_[a].first.view() < entries_[b].first.view(); };
    if (!retired_.empty()) {
      auto dead = [this](uint32_t id) { return !live_[id]; };
      pending_.erase(std::remove_if(pending_.begin(), pending_.end(), dead), pending_.end());
      sorted_.erase(std::remove_if(sorted_.begin(), sorted_.end(), dead), sorted_.end());
    }
    std::sort(pending_.begin(), pending_.end(), by_key);
    const size_t old_size = sorted_.size();
    sorted_.insert(sorted_.end(), pending_.begin(), pending_.end());
    std::inplace_merge(sorted_.begin(), sorted_.begin() + static_cast<std::ptrdiff_t>(old_size), sorted_.end(), by_key);
    pending_.clear();
    free_.insert(free_.end(), retired_.begin(), retired_.end());
    retired_.clear();
  }
  // The first position at or after pos in key order whose entry is live.
  size_t NextLive(size_t pos) const {
    if (pos == 0) Settle();
    while (pos < sorted_.size() && !live_[sorted_[pos]]) ++pos;
    return pos;
  }
  uint32_t IdAt(size_t pos) const { return pos < sorted_.size() ? sorted_[pos] : kNone; }
  size_t PositionOf(uint32_t id) const {
    Settle();
    const std::string_view key = entries_[id].first;
    return static_cast<size_t>(std::lower_bound(sorted_.begin(), sorted_.end(), key,
                                                [this](uint32_t e, std::string_view k) { return entries_[e].first.view() < k; }) -
                               sorted_.begin());
  }
  const_iterator At(size_t pos) const { return const_iterator(this, IdAt(pos), pos); }
  iterator At(size_t pos) { return iterator(this, IdAt(pos), pos); }

  StableVector<Entry> entries_;   // by id
  std::vector<bool> live_;        // by id
  ProbeTable<Slot> slots_;
  size_t size_ = 0;
  mutable std::vector<uint32_t> free_;     // ids to reuse
  mutable std::vector<uint32_t> retired_;  // erased ids, reusable once no walk can reach them
  mutable std::vector<uint32_t> sorted_;   // ids in key order, as of the last Settle()
  mutable std::vector<uint32_t> pending_;  // ids inserted since, in insertion order
};

}  // namespace jobsim::api
