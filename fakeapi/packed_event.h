// How the store keeps Events. They are most of what a long run holds (four or
// more per pod), and an api::Event is ~0.8 KiB of mostly repeated strings. The
// packed form is one small byte block: the strings that repeat across events
// (namespace, kinds, reasons, sources, messages that do not name their object)
// as ids into a table of interned strings, the others inline, integers as
// varints. What the recorders make has shorter forms: the name as a number
// after the involved object's name, uids as 16 bytes, times as their distance
// from creationTimestamp, a message that names its object as the interned
// texts around the name (~90 bytes a kubelet Event instead of ~160). Any other
// value takes the general form. Reads render it back into an api::Event, equal
// to the one written.
// An event with what the block has no room for (labels, annotations, owners,
// finalizers, a deletion, generateName, unknown fields) is kept whole.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fakeapi/event_view.h"
#include "fakeapi/types.h"
#include "sim/base/same_bytes.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::api {

// The bits of a uid that the block keeps as 16 bytes (lowercase RFC 4122
// text, as the store makes uids), or none: such a uid is kept as its text.
std::optional<UidBits> ParseUidBits(std::string_view uid);

// One word, as the store keeps one per Event: the address of the packed
// block, or for an event kept whole (low bit set) the address of a heap-held
// shared_ptr to it. Both are allocations, so their low bit is clear.
class PackedEvent {
 public:
  PackedEvent() = default;
  PackedEvent(PackedEvent&& other) noexcept : word_(std::exchange(other.word_, 0)) {}
  PackedEvent& operator=(PackedEvent&& other) noexcept {
    if (this != &other) {
      Release();
      word_ = std::exchange(other.word_, 0);
    }
    return *this;
  }
  ~PackedEvent() { Release(); }

 private:
  friend class EventPacker;
  static constexpr uintptr_t kWhole = 1;

  explicit PackedEvent(std::unique_ptr<const uint8_t[]> bytes) : word_(reinterpret_cast<uintptr_t>(bytes.release())) {}
  explicit PackedEvent(std::shared_ptr<const Event> whole)
      : word_(reinterpret_cast<uintptr_t>(new std::shared_ptr<const Event>(std::move(whole))) | kWhole) {}

  // The block, or null when kept whole (or empty).
  const uint8_t* bytes() const { return word_ & kWhole ? nullptr : reinterpret_cast<const uint8_t*>(word_); }
  const std::shared_ptr<const Event>& whole() const {
    return *reinterpret_cast<const std::shared_ptr<const Event>*>(word_ & ~kWhole);
  }
  void Release() {
    if (word_ & kWhole) {
      delete &whole();
    } else {
      delete[] bytes();
    }
  }

  uintptr_t word_ = 0;
};

// Owns the interned strings; one per store. Interned strings are never
// dropped: they are the small vocabularies of a run.
class EventPacker {
 public:
  // `uid`, when the caller made event.metadata.uid (the store, on create):
  // its bits, which spares reading them back from the text.
  // REQUIRES: uid is null or event.metadata.uid prints *uid in lowercase.
  PackedEvent Pack(const std::shared_ptr<const Event>& event, const UidBits* uid = nullptr);
  // The same for an Event's fields as views (event_view.h): one that fits the
  // block by construction (Store::CreateRecorded), or the view of one that does.
  // The block is the same as the Event's would be. The interned fields are
  // looked up through event.hints when set, else through the packer's own.
  PackedEvent Pack(const EventView& event);
  // The same with the metadata given apart: the store's, for a view it was
  // handed (Store::CreateRecorded).
  PackedEvent Pack(const EventView& event, const EventView::Meta& meta);
  std::shared_ptr<const Event> Unpack(const PackedEvent& packed) const;
  // Ids one field had in earlier events: the last one, and a small table
  // indexed by a fingerprint of the string (its size and a few bytes);
  // kNoHint where there is none yet. A field takes a few values in turn (a
  // kubelet's reasons: Pulled, Created, Started, ...; the nodes' hosts), and
  // comparing with one or two strings is cheaper than hashing one and looking
  // it up.
  struct Hints {
    static constexpr uint32_t kNoHint = UINT32_MAX;
    static constexpr size_t kSize = 32;  // a power of two
    uint32_t last = kNoHint;
    uint32_t by_fingerprint[kSize];
    Hints() { std::fill(std::begin(by_fingerprint), std::end(by_fingerprint), kNoHint); }
  };

  // The id of s in the table, adding it the first time.
  uint32_t Intern(std::string_view s);
  // The same, first trying the field's hints. Inline for the common case,
  // the field's value of the previous event.
  uint32_t Intern(std::string_view s, Hints& hints) {
    if (hints.last != Hints::kNoHint && SameBytes(strings_[hints.last], s)) return hints.last;
    return InternByFingerprint(s, hints);
  }
  size_t interned_count() const { return strings_.size(); }
  // The bytes of every block packed so far.
  size_t packed_bytes() const { return packed_bytes_; }

 private:
  // Intern() past the last value.
  uint32_t InternByFingerprint(std::string_view s, Hints& hints);

  std::vector<std::string> strings_;
  // Per interned field, in field order: those of events without hints of their own.
  std::vector<Hints> hints_;
  // The block being written, kept from event to event so that packing allocates
  // only the block it keeps.
  std::vector<uint8_t> buffer_;
  size_t packed_bytes_ = 0;
  // Looked up only; ids follow strings_, in first-seen order.
  std::unordered_map<std::string, uint32_t, StringKeyHash, StringKeyEqual> ids_;
};

// One caller's hints of every interned field (EventPacker::Hints), which its
// views carry (EventView::hints). A recorder keeps its own: its events' values
// follow each other far more often than those of every recorder interleaved
// (a kubelet's host and reportingInstance are always its own; the job
// controller's reason is nearly always SuccessfulCreate). Hints only spare
// lookups: any hints give the same ids. They hold one packer's ids.
// REQUIRES: a PackHints is used with one EventPacker only.
struct PackHints {
  std::vector<EventPacker::Hints> fields;  // in field order, grown by the packer
};

}  // namespace jobsim::api
