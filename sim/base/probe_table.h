// ProbeTable<Slot>: the slot array of an open-addressing hash table, and the
// three algorithms every such table needs: linear probing over a power-of-two
// array, backward-shift deletion (later occupants of a probe run move back
// into the hole, so there are no tombstones and runs stay short after
// erases), and doubling.
//
// It knows no keys. A Slot is empty when default-constructed and says so
// (`bool empty() const`); the caller says where an occupant's probe starts
// (`home(slot)`, its hash: the table masks it), which occupant a lookup wants
// (`match(slot)`), and when to grow. A lookup reads slots only, so a slot that
// keeps part of its key's hash rejects most occupants without touching them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace jobsim {

template <class Slot>
class ProbeTable {
 public:
  // REQUIRES: slots is a power of two.
  explicit ProbeTable(size_t slots = 16) : slots_(slots) {}

  // The slot of the occupant match() accepts, or the empty slot where an
  // occupant of this hash would go. REQUIRES: an empty slot exists.
  template <class Match>
  size_t Probe(uint64_t hash, Match match) const {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (!slots_[i].empty() && !match(slots_[i])) i = (i + 1) & mask;
    return i;
  }

  // Empties slot `hole`, moving later occupants of its probe run back.
  template <class Home>
  void Erase(size_t hole, Home home) {
    const size_t mask = slots_.size() - 1;
    for (size_t next = (hole + 1) & mask; !slots_[next].empty(); next = (next + 1) & mask) {
      // The occupant of `next` may fill the hole unless its probe starts
      // after the hole, within the run up to `next`.
      const size_t start = home(slots_[next]) & mask;
      if (((next - start) & mask) < ((next - hole) & mask)) continue;
      slots_[hole] = std::move(slots_[next]);
      hole = next;
    }
    slots_[hole] = Slot{};
  }

  // Twice the slots, every occupant placed again.
  template <class Home>
  void Grow(Home home) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (Slot& s : old) {
      if (s.empty()) continue;
      size_t i = home(s) & mask;
      while (!slots_[i].empty()) i = (i + 1) & mask;
      slots_[i] = std::move(s);
    }
  }

  // A fresh array of `slots` empty slots (a power of two).
  void Reset(size_t slots) { slots_.assign(slots, Slot{}); }

  Slot& operator[](size_t i) { return slots_[i]; }
  const Slot& operator[](size_t i) const { return slots_[i]; }
  size_t slot_count() const { return slots_.size(); }
  // Every slot, empty ones included, in array order (which follows the hashes).
  auto begin() { return slots_.begin(); }
  auto end() { return slots_.end(); }
  auto begin() const { return slots_.begin(); }
  auto end() const { return slots_.end(); }

 private:
  std::vector<Slot> slots_;
};

}  // namespace jobsim
