#include "fakeapi/packed_event.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "sim/base/hex.h"

namespace jobsim::api {
namespace {

bool FitsPacked(const Event& e) {
  const ObjectMeta& m = e.metadata;
  return m.generate_name.empty() && !m.deletion_timestamp && !m.deletion_grace_period_seconds &&
         m.labels.empty() && m.annotations.empty() && m.owner_references.empty() && m.finalizers.empty() &&
         m.extra.empty() && e.extra.empty();
}

constexpr size_t kNameInsideWord = std::string::npos - 1;

// Where a message names its object as a word of its own ("Successfully
// assigned default/pi-x7k2p to node-1": the text around it repeats from pod to
// pod), or npos: not at all, or only inside a longer name ("Created pod:
// pi-x7k2p" about the Job "pi": kNameInsideWord), where the rest is as unique
// as the object.
size_t ObjectNameInMessage(const EventView& e) {
  const std::string_view name = e.involved_object.name;
  if (name.empty()) return std::string::npos;
  const size_t at = e.message.find(name);
  if (at == std::string::npos) return at;
  const auto in_name = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; };
  const size_t end = at + name.size();
  if ((at > 0 && in_name(e.message[at - 1])) || (end < e.message.size() && in_name(e.message[end]))) {
    return kNameInsideWord;
  }
  return at;
}

constexpr uint64_t kEveryByte = 0x0101010101010101ULL;

// The eight bytes at p as a little-endian word, on any machine.
uint64_t LoadWord(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// Eight lowercase hexadecimal digits at p as their value, eight at a time
// (no sum carries from one byte into the next): each byte's digit value,
// checked by writing the digits back, which gives the same bytes only if they
// were lowercase hexadecimal digits. False otherwise.
inline bool ParseHex8(const char* p, uint32_t& value) {
  const uint64_t w = LoadWord(p);
  const uint64_t low_nibbles = kEveryByte * 0x0f;
  const uint64_t v = ((w & low_nibbles) + ((w >> 6) & kEveryByte) * 9) & low_nibbles;  // letters have bit 6
  const uint64_t letters = ((v + kEveryByte * 6) >> 4) & kEveryByte;                    // the values above 9
  if (v + kEveryByte * '0' + letters * ('a' - '0' - 10) != w) return false;
  uint64_t x = (v << 4 | v >> 8) & 0x00ff00ff00ff00ffULL;  // pairs of digits into bytes 0, 2, 4, 6
  x = (x | x >> 8) & 0x0000ffff0000ffffULL;
  x = (x | x >> 16) & 0xffffffffULL;  // the four bytes, the first digits lowest
  value = __builtin_bswap32(static_cast<uint32_t>(x));
  return true;
}

// A uid as RFC 4122 prints it (8-4-4-4-12 lowercase hexadecimal digits, as the
// store makes them) in 16 bytes: the words of its digits without the dashes.
constexpr size_t kUidLength = 36;
constexpr size_t kUidBytes = 16;  // packed
bool ParseUid(std::string_view uid, uint32_t (&words)[4]) {
  if (uid.size() != kUidLength) return false;
  const char* u = uid.data();
  if (u[8] != '-' || u[13] != '-' || u[18] != '-' || u[23] != '-') return false;
  char digits[32];
  std::memcpy(digits, u, 8);
  std::memcpy(digits + 8, u + 9, 4);
  std::memcpy(digits + 12, u + 14, 4);
  std::memcpy(digits + 16, u + 19, 4);
  std::memcpy(digits + 20, u + 24, 12);
  for (int i = 0; i < 4; ++i) {
    if (!ParseHex8(digits + 8 * i, words[i])) return false;
  }
  return true;
}
void WordsOf(const UidBits& bits, uint32_t (&words)[4]) {
  words[0] = static_cast<uint32_t>(bits.high >> 32);
  words[1] = static_cast<uint32_t>(bits.high);
  words[2] = static_cast<uint32_t>(bits.low >> 32);
  words[3] = static_cast<uint32_t>(bits.low);
}
// The involved object's uid bits a view carries (an Event has none).
const UidBits* UidBitsOf(const EventView::Reference& r) { return r.uid_bits; }
const UidBits* UidBitsOf(const ObjectReference&) { return nullptr; }
// S: std::string or api::Uid.
template <class S>
void RenderUid(const uint32_t (&words)[4], S& out) {
  char uid[kUidLength];
  WriteHex(uid, words[0], 8);
  uid[8] = '-';
  WriteHex(uid + 9, words[1] >> 16, 4);
  uid[13] = '-';
  WriteHex(uid + 14, words[1], 4);
  uid[18] = '-';
  WriteHex(uid + 19, words[2] >> 16, 4);
  uid[23] = '-';
  WriteHex(uid + 24, words[2], 4);
  WriteHex(uid + 28, words[3], 8);
  out = std::string_view(uid, kUidLength);
}

// A name the recorders make, "<involvedObject.name>.<hex nanoseconds>" (the
// digits as AppendHex writes them: lowercase, no leading zero): the number.
bool ParseEventName(std::string_view name, std::string_view object, uint64_t& nanos) {
  const size_t n = object.size();
  if (name.size() < n + 2 || name.size() > n + 17 || name[n] != '.' || name.compare(0, n, object) != 0) return false;
  const char* digit = name.data() + n + 1;
  const size_t digits = name.size() - n - 1;
  if (*digit == '0' && digits > 1) return false;
  if (digits == 16) {  // the names of this century, eight digits at a time
    uint32_t high, low;
    if (!ParseHex8(digit, high) || !ParseHex8(digit + 8, low)) return false;
    nanos = static_cast<uint64_t>(high) << 32 | low;
    return true;
  }
  uint64_t value = 0;
  for (const char* const end = digit + digits; digit != end; ++digit) {
    const char c = *digit;
    if (c >= '0' && c <= '9') {
      value = value << 4 | static_cast<uint64_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      value = value << 4 | static_cast<uint64_t>(c - 'a' + 10);
    } else {
      return false;
    }
  }
  nanos = value;
  return true;
}

// A decimal resourceVersion as std::to_string writes it: the number.
bool ParseDecimal(std::string_view s, uint64_t& value) {
  if (s.empty() || s.size() > 19 || (s[0] == '0' && s.size() > 1)) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  value = v;
  return true;
}

// Event times (firstTimestamp, lastTimestamp, eventTime, series) as their
// distance from creationTimestamp, which is within a second of them: one or
// two bytes instead of six. Unset (0) is code 0 and every other time the
// zigzag of its distance plus one, so a recorder's time at creationTimestamp
// itself (its whole second) is code 1. Distances wrap around 2^64; the one
// whose code would wrap to 0 takes the code unset freed (that of the time 0),
// so every time has a code.
uint64_t ZigZag(uint64_t v) { return v << 1 ^ (0 - (v >> 63)); }
uint64_t UnZigZag(uint64_t z) { return z >> 1 ^ (0 - (z & 1)); }
uint64_t Distance(int64_t t, int64_t base) { return ZigZag(static_cast<uint64_t>(t) - static_cast<uint64_t>(base)); }
uint64_t TimeCode(int64_t t, int64_t base) {
  if (t == 0) return 0;
  const uint64_t z = Distance(t, base);
  return z == UINT64_MAX ? Distance(0, base) + 1 : z + 1;
}
int64_t TimeOf(uint64_t code, int64_t base) {
  if (code == 0) return 0;
  const uint64_t z = code - 1 == Distance(0, base) ? UINT64_MAX : code - 1;
  return static_cast<int64_t>(static_cast<uint64_t>(base) + UnZigZag(z));
}

constexpr uint64_t kNanosPerMs = 1'000'000;

// A recorder's name's nanoseconds as their distance from creationTimestamp's
// (within a second or so: five bytes instead of nine), wrapping around 2^64.
uint64_t NanosCode(uint64_t nanos, int64_t base) {
  return ZigZag(nanos - static_cast<uint64_t>(base) * kNanosPerMs);
}
uint64_t NanosOf(uint64_t code, int64_t base) { return UnZigZag(code) + static_cast<uint64_t>(base) * kNanosPerMs; }

constexpr size_t kMaxVarint = 10;  // bytes of a 64-bit varint

// Both directions walk the fields through the same Fields() list, so the order
// cannot drift: PackedWriter's methods read the fields, PackedReader's fill
// them, and PackedSizer's bound what PackedWriter will write.
class PackedSizer {
 public:
  void Unsigned(uint64_t) { bound += kMaxVarint; }
  void Signed(int64_t) { bound += kMaxVarint; }
  void Interned(std::string_view) {
    bound += kMaxVarint;
    ++hint_slots;
  }
  void InternedLikePrevious(std::string_view s) { Interned(s); }
  void Inline(std::string_view s) { bound += kMaxVarint + s.size(); }
  void Uid(std::string_view s, const UidBits*) { bound += kMaxVarint + std::max<size_t>(s.size(), kUidBytes); }
  void OwnUid(const EventView::Meta& m) { Uid(m.uid, m.uid_bits); }
  void Decimal(std::string_view s) { Inline(s); }
  void Name(const EventView::Meta& m, const EventView&) {
    bound += kMaxVarint + std::max<size_t>(m.name.size(), kMaxVarint);
  }
  void Time(int64_t, int64_t) { bound += kMaxVarint; }
  void Message(const EventView& e) {
    bound += kMaxVarint + std::max<size_t>(e.message.size(), kMaxVarint);
    hint_slots += 2;
  }
  void Series(const std::optional<EventSeries>&, int64_t) { bound += 3 * kMaxVarint; }

  size_t bound = 0;
  size_t hint_slots = 0;  // the interned fields' slots in EventPacker::hints_
};

class PackedWriter {
 public:
  // `bytes` is the packer's buffer and `hints` its per-field ids of earlier
  // events, both grown here to what PackedSizer found, so that writing needs
  // no capacity checks.
  PackedWriter(EventPacker& packer, std::vector<uint8_t>& bytes, std::vector<EventPacker::Hints>& hints,
               const PackedSizer& sizer)
      : packer_(packer) {
    if (bytes.size() < sizer.bound) bytes.resize(sizer.bound);
    if (hints.size() < sizer.hint_slots) hints.resize(sizer.hint_slots);
    begin_ = out_ = bytes.data();
    hints_ = hints.data();
  }

  void Unsigned(uint64_t v) {
    uint8_t* out = out_;  // a local: a store through a byte pointer could change a member, to the compiler
    while (v >= 0x80) {
      *out++ = static_cast<uint8_t>(v) | 0x80;
      v >>= 7;
    }
    *out++ = static_cast<uint8_t>(v);
    out_ = out;
  }
  void Signed(int64_t v) { Unsigned((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  // Tag bit 0 set: an interned id follows in the upper bits; clear: a length, then the bytes.
  // Inlined into each field's call: the compare with the field's last value is most of the work.
  [[gnu::always_inline]] void Interned(std::string_view s) {
    previous_ = s;
    previous_id_ = packer_.Intern(s, NextHint());
    Unsigned((static_cast<uint64_t>(previous_id_) << 1) | 1);
  }
  // Interned(s) for a field that is often a view of the very bytes of the
  // interned field just before it (a recorder's reportingComponent of its
  // source's component): then the same text, whose id is known.
  void InternedLikePrevious(std::string_view s) {
    if (s.data() != previous_.data() || s.size() != previous_.size()) return Interned(s);
    ++field_;  // its hints stay as they were
    Unsigned((static_cast<uint64_t>(previous_id_) << 1) | 1);
  }
  void Inline(std::string_view s) {
    Unsigned(static_cast<uint64_t>(s.size()) << 1);
    std::memcpy(out_, s.data(), s.size());
    out_ += s.size();
  }
  // Tag 1: the 16 bytes of a uid's digits follow; else a length, then the
  // bytes. From its bits when the view has them.
  void Uid(std::string_view s, const UidBits* bits) {
    uint32_t words[4];
    if (bits) {
      WordsOf(*bits, words);
    } else if (!ParseUid(s, words)) {
      return Inline(s);
    }
    UidWords(words);
  }
  void OwnUid(const EventView::Meta& m) { Uid(m.uid, m.uid_bits); }
  // Tag 1: the number follows; else a length, then the bytes.
  void Decimal(std::string_view s) {
    uint64_t value;
    if (!ParseDecimal(s, value)) return Inline(s);
    Unsigned(1);
    Unsigned(value);
  }
  // Tag 1: the name is the involved object's and a number in hexadecimal,
  // which a recorder's view gives as a number; its NanosCode follows.
  void Name(const EventView::Meta& m, const EventView& e) {
    uint64_t nanos;
    if (m.name_nanos) {
      nanos = *m.name_nanos;
    } else if (!ParseEventName(m.name, e.involved_object.name, nanos)) {
      return Inline(m.name);
    }
    Unsigned(1);
    Unsigned(NanosCode(nanos, m.creation_timestamp));
  }
  void Time(int64_t t, int64_t base) { Unsigned(TimeCode(t, base)); }
  // The low two bits of the tag: 1, an interned message; 2, an interned text,
  // the involved object's name, then an interned text; 0, a length, then the bytes.
  void Message(const EventView& e) {
    const size_t at = ObjectNameInMessage(e);
    EventPacker::Hints& first = NextHint();
    EventPacker::Hints& second = NextHint();  // both slots taken either way, so later fields keep theirs
    if (at == std::string::npos) {
      Unsigned(static_cast<uint64_t>(packer_.Intern(e.message, first)) << 2 | 1);
    } else if (at != kNameInsideWord) {
      const std::string_view message = e.message;
      Unsigned(static_cast<uint64_t>(packer_.Intern(message.substr(0, at), first)) << 2 | 2);
      Unsigned(packer_.Intern(message.substr(at + e.involved_object.name.size()), second));
    } else {
      Unsigned(static_cast<uint64_t>(e.message.size()) << 2);
      std::memcpy(out_, e.message.data(), e.message.size());
      out_ += e.message.size();
    }
  }
  void Series(const std::optional<EventSeries>& series, int64_t base) {
    Unsigned(series ? 1 : 0);
    if (!series) return;
    Signed(series->count);
    Time(series->last_observed_time, base);
  }

  std::unique_ptr<const uint8_t[]> Take(size_t& packed_bytes) const {
    const auto size = static_cast<size_t>(out_ - begin_);
    packed_bytes += size;
    auto block = std::make_unique_for_overwrite<uint8_t[]>(size);
    std::memcpy(block.get(), begin_, size);
    return block;
  }

 private:
  // Tag 1, then the 16 bytes of a uid's digits (ParseUid).
  void UidWords(const uint32_t (&words)[4]) {
    Unsigned(1);
    std::memcpy(out_, words, sizeof words);
    out_ += sizeof words;
  }
  // The hints of the next interned field.
  EventPacker::Hints& NextHint() { return hints_[field_++]; }

  EventPacker& packer_;
  EventPacker::Hints* hints_ = nullptr;
  std::string_view previous_;  // the last interned field's text, and its id
  uint32_t previous_id_ = 0;
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
  void InternedLikePrevious(std::string& out) { String(out); }
  template <class S>
  void Inline(S& out) {
    String(out);
  }
  template <class S>
  void Uid(S& out, const UidBits* = nullptr) {
    if (!Special()) return Inline(out);
    uint32_t words[4];
    std::memcpy(words, p_, sizeof words);
    p_ += sizeof words;
    RenderUid(words, out);
  }
  void OwnUid(ObjectMeta& m) { Uid(m.uid); }
  void Decimal(std::string& out) {
    if (!Special()) return Inline(out);
    out = std::to_string(NextUnsigned());
  }
  // After the involved object's name and creationTimestamp.
  void Name(ObjectMeta& m, const Event& e) {
    if (!Special()) return Inline(m.name);
    m.name.assign(e.involved_object.name).append(1, '.');
    AppendHex(m.name, NanosOf(NextUnsigned(), m.creation_timestamp));
  }
  // After creationTimestamp, the base.
  template <class I>
  void Time(I& out, int64_t base) {
    out = static_cast<I>(TimeOf(NextUnsigned(), base));
  }
  // After the involved object's name.
  void Message(Event& e) {
    const uint64_t tag = NextUnsigned();
    switch (tag & 3) {
      case 1:
        e.message = strings_[tag >> 2];
        break;
      case 2:
        e.message.assign(strings_[tag >> 2]).append(e.involved_object.name).append(strings_[NextUnsigned()]);
        break;
      default:
        e.message.assign(reinterpret_cast<const char*>(p_), tag >> 2);
        p_ += tag >> 2;
    }
  }
  void Series(std::optional<EventSeries>& series, int64_t base) {
    uint64_t present = 0;
    Unsigned(present);
    if (!present) return;
    Signed(series.emplace().count);
    Time(series->last_observed_time, base);
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
  // Whether the next field has its special form (tag 1), which it then consumes.
  bool Special() {
    if (*p_ != 1) return false;
    ++p_;
    return true;
  }
  template <class S>
  void String(S& out) {
    const uint64_t tag = NextUnsigned();
    if (tag & 1) {
      out = strings_[tag >> 1];
      return;
    }
    const size_t n = tag >> 1;
    out = std::string_view(reinterpret_cast<const char*>(p_), n);
    p_ += n;
  }

  const uint8_t* p_;
  const std::vector<std::string>& strings_;
};

// The one field order; E is `const EventView` when writing, `Event` when
// reading, and M its metadata (when writing a recorded event, the metadata
// the store gave it).
// The event's name and message come after the involved object's name, which
// decides their forms, and the name and times after creationTimestamp. A
// field that a recorder's view often shows as the same bytes as another's
// follows that field (InternedLikePrevious).
template <class IO, class M, class E>
void Fields(IO& io, M& m, E& e) {
  const auto& creation = m.creation_timestamp;  // the base of the times, read before them
  io.Interned(m.namespace_);
  io.InternedLikePrevious(e.involved_object.namespace_);  // the recorders' Events are in their object's namespace
  io.OwnUid(m);
  io.Unsigned(m.resource_version);
  io.Signed(m.generation);
  io.Signed(m.creation_timestamp);
  io.Interned(e.involved_object.kind);
  io.Inline(e.involved_object.name);
  io.Name(m, e);
  io.Uid(e.involved_object.uid, UidBitsOf(e.involved_object));
  io.Interned(e.involved_object.api_version);
  io.Decimal(e.involved_object.resource_version);
  io.Interned(e.involved_object.field_path);
  io.Interned(e.reason);
  io.Message(e);
  io.Interned(e.source.component);
  io.InternedLikePrevious(e.reporting_component);  // a core/v1 recorder's source since 1.28
  io.Interned(e.source.host);
  io.InternedLikePrevious(e.reporting_instance);
  io.Time(e.first_timestamp, creation);
  io.Time(e.last_timestamp, creation);
  io.Signed(e.count);
  io.Interned(e.type);
  io.Time(e.event_time, creation);
  io.Series(e.series, creation);
  io.Interned(e.action);
}

}  // namespace

std::optional<UidBits> ParseUidBits(std::string_view uid) {
  uint32_t words[4];
  if (!ParseUid(uid, words)) return std::nullopt;
  return UidBits{static_cast<uint64_t>(words[0]) << 32 | words[1], static_cast<uint64_t>(words[2]) << 32 | words[3]};
}

uint32_t EventPacker::Intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(std::string(s), id);
  return id;
}

uint32_t EventPacker::InternByFingerprint(std::string_view s, Hints& hints) {
  const size_t n = s.size();
  const auto byte = [&s, n](size_t i) { return n == 0 ? size_t{0} : static_cast<unsigned char>(s[i % n]); };
  // The last two bytes: the values of a field often differ only in a counter at the end.
  const size_t fingerprint = (n * 7 + byte(0) + byte(n - 1) * 3 + byte(n - 2) * 11) & (Hints::kSize - 1);
  uint32_t& hint = hints.by_fingerprint[fingerprint];
  if (hint == Hints::kNoHint || !SameBytes(strings_[hint], s)) hint = Intern(s);
  hints.last = hint;
  return hint;
}

PackedEvent EventPacker::Pack(const std::shared_ptr<const Event>& event, const UidBits* uid) {
  if (!FitsPacked(*event)) return PackedEvent(event);
  return Pack(ViewOf(*event, uid));
}

PackedEvent EventPacker::Pack(const EventView& event) { return Pack(event, event.metadata); }

PackedEvent EventPacker::Pack(const EventView& event, const EventView::Meta& meta) {
  PackedSizer sizer;
  Fields(sizer, meta, event);
  PackedWriter w(*this, buffer_, event.hints ? event.hints->fields : hints_, sizer);
  Fields(w, meta, event);
  return PackedEvent(w.Take(packed_bytes_));
}

std::shared_ptr<const Event> EventPacker::Unpack(const PackedEvent& packed) const {
  if (packed.word_ == 0) return nullptr;
  if (!packed.bytes()) return packed.whole();
  auto event = std::make_shared<Event>();
  PackedReader r(packed.bytes(), strings_);
  Fields(r, event->metadata, *event);
  return event;
}

}  // namespace jobsim::api
