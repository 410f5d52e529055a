#include "fakeapi/packed_event.h"

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

class Writer {
 public:
  explicit Writer(EventPacker& packer) : packer_(packer) { bytes_.reserve(256); }

  void Unsigned(uint64_t v) {
    while (v >= 0x80) {
      bytes_.push_back(static_cast<uint8_t>(v) | 0x80);
      v >>= 7;
    }
    bytes_.push_back(static_cast<uint8_t>(v));
  }
  void Signed(int64_t v) { Unsigned((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  // Tag bit 0 set: an interned id follows in the upper bits; clear: a length, then the bytes.
  void Interned(const std::string& s) { Unsigned((static_cast<uint64_t>(packer_.Intern(s)) << 1) | 1); }
  void Inline(const std::string& s) {
    Unsigned(static_cast<uint64_t>(s.size()) << 1);
    bytes_.insert(bytes_.end(), s.begin(), s.end());
  }

  std::unique_ptr<const uint8_t[]> Take() const {
    auto out = std::make_unique<uint8_t[]>(bytes_.size());
    std::memcpy(out.get(), bytes_.data(), bytes_.size());
    return out;
  }

 private:
  EventPacker& packer_;
  std::vector<uint8_t> bytes_;
};

class Reader {
 public:
  Reader(const uint8_t* p, const std::vector<std::string>& strings) : p_(p), strings_(strings) {}

  uint64_t Unsigned() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const uint8_t b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  int64_t Signed() {
    const uint64_t u = Unsigned();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }
  void String(std::string& out) {
    const uint64_t tag = Unsigned();
    if (tag & 1) {
      out = strings_[tag >> 1];
      return;
    }
    const size_t n = tag >> 1;
    out.assign(reinterpret_cast<const char*>(p_), n);
    p_ += n;
  }

 private:
  const uint8_t* p_;
  const std::vector<std::string>& strings_;
};

// The one field order both directions follow.
void Write(Writer& w, const Event& e) {
  w.Inline(e.metadata.name);
  w.Interned(e.metadata.namespace_);
  w.Inline(e.metadata.uid);
  w.Unsigned(e.metadata.resource_version);
  w.Signed(e.metadata.generation);
  w.Signed(e.metadata.creation_timestamp);
  const ObjectReference& o = e.involved_object;
  w.Interned(o.kind);
  w.Interned(o.namespace_);
  w.Inline(o.name);
  w.Inline(o.uid);
  w.Interned(o.api_version);
  w.Inline(o.resource_version);
  w.Interned(o.field_path);
  w.Interned(e.reason);
  if (MessageRepeats(e)) {
    w.Interned(e.message);
  } else {
    w.Inline(e.message);
  }
  w.Interned(e.source.component);
  w.Interned(e.source.host);
  w.Signed(e.first_timestamp);
  w.Signed(e.last_timestamp);
  w.Signed(e.count);
  w.Interned(e.type);
  w.Signed(e.event_time);
  w.Unsigned(e.series ? 1 : 0);
  if (e.series) {
    w.Signed(e.series->count);
    w.Signed(e.series->last_observed_time);
  }
  w.Interned(e.action);
  w.Interned(e.reporting_component);
  w.Interned(e.reporting_instance);
}

void Read(Reader& r, Event& e) {
  r.String(e.metadata.name);
  r.String(e.metadata.namespace_);
  r.String(e.metadata.uid);
  e.metadata.resource_version = r.Unsigned();
  e.metadata.generation = r.Signed();
  e.metadata.creation_timestamp = r.Signed();
  ObjectReference& o = e.involved_object;
  r.String(o.kind);
  r.String(o.namespace_);
  r.String(o.name);
  r.String(o.uid);
  r.String(o.api_version);
  r.String(o.resource_version);
  r.String(o.field_path);
  r.String(e.reason);
  r.String(e.message);
  r.String(e.source.component);
  r.String(e.source.host);
  e.first_timestamp = r.Signed();
  e.last_timestamp = r.Signed();
  e.count = static_cast<int32_t>(r.Signed());
  r.String(e.type);
  e.event_time = r.Signed();
  if (r.Unsigned()) {
    EventSeries& s = e.series.emplace();
    s.count = static_cast<int32_t>(r.Signed());
    s.last_observed_time = r.Signed();
  }
  r.String(e.action);
  r.String(e.reporting_component);
  r.String(e.reporting_instance);
}

}  // namespace

uint32_t EventPacker::Intern(const std::string& s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(s);
  ids_.emplace(s, id);
  return id;
}

PackedEvent EventPacker::Pack(const std::shared_ptr<const Event>& event) {
  PackedEvent packed;
  if (!FitsPacked(*event)) {
    packed.whole_ = event;
    return packed;
  }
  Writer w(*this);
  Write(w, *event);
  packed.bytes_ = w.Take();
  return packed;
}

std::shared_ptr<const Event> EventPacker::Unpack(const PackedEvent& packed) const {
  if (!packed.bytes_) return packed.whole_;
  auto event = std::make_shared<Event>();
  Reader r(packed.bytes_.get(), strings_);
  Read(r, *event);
  return event;
}

}  // namespace jobsim::api
