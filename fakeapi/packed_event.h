// How the store keeps Events. They are most of what a long run holds (four or
// more per pod), and an api::Event is ~0.8 KiB of mostly repeated strings. The
// packed form is one small byte block: the strings that repeat across events
// (namespace, kinds, reasons, sources, messages that do not name their object)
// as ids into a table of interned strings, the others inline, integers as
// varints. Reads render it back into an api::Event, equal to the one written.
// An event with what the block has no room for (labels, annotations, owners,
// finalizers, a deletion, generateName, unknown fields) is kept whole.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "fakeapi/types.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::api {

class PackedEvent {
 public:
  PackedEvent() = default;

 private:
  friend class EventPacker;
  std::unique_ptr<const uint8_t[]> bytes_;  // null when kept whole
  std::shared_ptr<const Event> whole_;
};

// Owns the interned strings; one per store. Interned strings are never
// dropped: they are the small vocabularies of a run.
class EventPacker {
 public:
  PackedEvent Pack(const std::shared_ptr<const Event>& event);
  std::shared_ptr<const Event> Unpack(const PackedEvent& packed) const;
  // The id of s in the table, adding it the first time.
  uint32_t Intern(const std::string& s);
  // The same, first trying `hint`, the id this field had in the previous event:
  // consecutive events mostly repeat their namespace, kind, source and type, and
  // comparing one string is cheaper than hashing and looking it up. Updates the hint.
  uint32_t Intern(const std::string& s, uint32_t& hint);
  size_t interned_count() const { return strings_.size(); }

 private:
  std::vector<std::string> strings_;
  // Per interned field, in field order: its id in the previous packed event (or none).
  std::vector<uint32_t> hints_;
  // The block being written, kept from event to event so that packing allocates
  // only the block it keeps.
  std::vector<uint8_t> buffer_;
  // Looked up only; ids follow strings_, in first-seen order.
  std::unordered_map<std::string, uint32_t, StringKeyHash, StringKeyEqual> ids_;
};

}  // namespace jobsim::api
