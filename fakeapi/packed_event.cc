#include "fakeapi/packed_event.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace jobsim::api {
namespace {

bool FitsPacked(const Event& e) {
  const ObjectMeta& m = e.metadata;
  return m.generate_name.empty() && !m.deletion_timestamp && !m.deletion_grace_period_seconds &&
         m.labels.empty() && m.annotations.empty() && m.owner_references.empty() && m.finalizers.empty() &&
         m.extra.empty() && e.extra.empty();
}

// A message that names its object ("Created pod: pi-x7k2p") is as unique as the
// object; one that does not ("Started container pi") repeats from pod to pod.
bool MessageRepeats(const Event& e) {
  return e.involved_object.name.empty() || e.message.find(e.involved_object.name) == std::string::npos;
}

constexpr size_t kMaxVarint = 10;  // bytes of a 64-bit varint

// Both directions walk the fields through the same Fields() list, so the order
// cannot drift: PackedWriter's methods read the fields, PackedReader's fill
// them, and PackedSizer's bound what PackedWriter will write.
class PackedSizer {
 public:
  void Unsigned(uint64_t) { bound += kMaxVarint; }
  void Signed(int64_t) { bound += kMaxVarint; }
  void Interned(const std::string&) { bound += kMaxVarint; }
  void Inline(const std::string& s) { bound += kMaxVarint + s.size(); }
  void Message(const Event& e) { Inline(e.message); }
  void Series(const std::optional<EventSeries>&) { bound += 3 * kMaxVarint; }

  size_t bound = 0;
};

class PackedWriter {
 public:
  // `bytes` is the packer's buffer, grown here to what PackedSizer found, so that
  // writing needs no capacity checks; `hints` are its per-field ids of earlier events.
  PackedWriter(EventPacker& packer, std::vector<uint8_t>& bytes, size_t bound, std::vector<EventPacker::Hints>& hints)
      : packer_(packer), hints_(hints) {
    if (bytes.size() < bound) bytes.resize(bound);
    begin_ = out_ = bytes.data();
  }

  void Unsigned(uint64_t v) {
    while (v >= 0x80) {
      *out_++ = static_cast<uint8_t>(v) | 0x80;
      v >>= 7;
    }
    *out_++ = static_cast<uint8_t>(v);
  }
  void Signed(int64_t v) { Unsigned((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  // Tag bit 0 set: an interned id follows in the upper bits; clear: a length, then the bytes.
  void Interned(const std::string& s) {
    Unsigned((static_cast<uint64_t>(packer_.Intern(s, NextHint())) << 1) | 1);
  }
  void Inline(const std::string& s) {
    Unsigned(static_cast<uint64_t>(s.size()) << 1);
    std::memcpy(out_, s.data(), s.size());
    out_ += s.size();
  }
  void Message(const Event& e) {
    if (MessageRepeats(e)) {
      Interned(e.message);
    } else {
      Inline(e.message);
      NextHint();  // the message keeps its hint slot either way, so later fields keep theirs
    }
  }
  void Series(const std::optional<EventSeries>& series) {
    Unsigned(series ? 1 : 0);
    if (!series) return;
    Signed(series->count);
    Signed(series->last_observed_time);
  }

  std::unique_ptr<const uint8_t[]> Take() const {
    const auto size = static_cast<size_t>(out_ - begin_);
    auto block = std::make_unique_for_overwrite<uint8_t[]>(size);
    std::memcpy(block.get(), begin_, size);
    return block;
  }

 private:
  // The hints of the next interned field.
  EventPacker::Hints& NextHint() {
    if (field_ >= hints_.size()) hints_.resize(field_ + 1);
    return hints_[field_++];
  }

  EventPacker& packer_;
  std::vector<EventPacker::Hints>& hints_;
  uint8_t* begin_ = nullptr;
  uint8_t* out_ = nullptr;
  size_t field_ = 0;  // the interned field being written: its index in hints_
};

class PackedReader {
 public:
  PackedReader(const uint8_t* p, const std::vector<std::string>& strings) : p_(p), strings_(strings) {}

  template <class U>
  void Unsigned(U& out) {
    out = static_cast<U>(NextUnsigned());
  }
  template <class I>
  void Signed(I& out) {
    const uint64_t u = NextUnsigned();
    out = static_cast<I>(static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1));
  }
  void Interned(std::string& out) { String(out); }
  void Inline(std::string& out) { String(out); }
  void Message(Event& e) { String(e.message); }
  void Series(std::optional<EventSeries>& series) {
    uint64_t present = 0;
    Unsigned(present);
    if (!present) return;
    Signed(series.emplace().count);
    Signed(series->last_observed_time);
  }

 private:
  uint64_t NextUnsigned() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const uint8_t b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  void String(std::string& out) {
    const uint64_t tag = NextUnsigned();
    if (tag & 1) {
      out = strings_[tag >> 1];
      return;
    }
    const size_t n = tag >> 1;
    out.assign(reinterpret_cast<const char*>(p_), n);
    p_ += n;
  }

  const uint8_t* p_;
  const std::vector<std::string>& strings_;
};

// The one field order; E is `const Event` when writing, `Event` when reading.
// The message comes after the involved object, whose name decides its form.
template <class IO, class E>
void Fields(IO& io, E& e) {
  io.Inline(e.metadata.name);
  io.Interned(e.metadata.namespace_);
  io.Inline(e.metadata.uid);
  io.Unsigned(e.metadata.resource_version);
  io.Signed(e.metadata.generation);
  io.Signed(e.metadata.creation_timestamp);
  io.Interned(e.involved_object.kind);
  io.Interned(e.involved_object.namespace_);
  io.Inline(e.involved_object.name);
  io.Inline(e.involved_object.uid);
  io.Interned(e.involved_object.api_version);
  io.Inline(e.involved_object.resource_version);
  io.Interned(e.involved_object.field_path);
  io.Interned(e.reason);
  io.Message(e);
  io.Interned(e.source.component);
  io.Interned(e.source.host);
  io.Signed(e.first_timestamp);
  io.Signed(e.last_timestamp);
  io.Signed(e.count);
  io.Interned(e.type);
  io.Signed(e.event_time);
  io.Series(e.series);
  io.Interned(e.action);
  io.Interned(e.reporting_component);
  io.Interned(e.reporting_instance);
}

}  // namespace

uint32_t EventPacker::Intern(const std::string& s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(s);
  ids_.emplace(s, id);
  return id;
}

uint32_t EventPacker::InternByFingerprint(const std::string& s, Hints& hints) {
  const size_t n = s.size();
  const auto byte = [&s, n](size_t i) { return n == 0 ? size_t{0} : static_cast<unsigned char>(s[i % n]); };
  // The last two bytes: the values of a field often differ only in a counter at the end.
  const size_t fingerprint = (n * 7 + byte(0) + byte(n - 1) * 3 + byte(n - 2) * 11) & (Hints::kSize - 1);
  uint32_t& hint = hints.by_fingerprint[fingerprint];
  if (hint == Hints::kNoHint || strings_[hint] != s) hint = Intern(s);
  hints.last = hint;
  return hint;
}

PackedEvent EventPacker::Pack(const std::shared_ptr<const Event>& event) {
  PackedEvent packed;
  if (!FitsPacked(*event)) {
    packed.whole_ = event;
    return packed;
  }
  PackedSizer sizer;
  Fields(sizer, *event);
  PackedWriter w(*this, buffer_, sizer.bound, hints_);
  Fields(w, *event);
  packed.bytes_ = w.Take();
  return packed;
}

std::shared_ptr<const Event> EventPacker::Unpack(const PackedEvent& packed) const {
  if (!packed.bytes_) return packed.whole_;
  auto event = std::make_shared<Event>();
  PackedReader r(packed.bytes_.get(), strings_);
  Fields(r, *event);
  return event;
}

}  // namespace jobsim::api
