#include "sim/events/compact_event.h"

#include <array>
#include <cstring>
#include <string>
#include <utility>

namespace jobsim::sim {
namespace {

// The strings a recorder sets on the Events it makes (make_event.h), in block
// order; E is `const api::Event` when keeping, `api::Event` when rebuilding.
template <class E>
auto Strings(E& e) {
  auto& m = e.metadata;
  auto& io = e.involved_object;
  return std::array{&m.name,          &m.namespace_, &m.uid,    &io.kind,         &io.namespace_,
                    &io.name,         &io.uid,       &io.api_version, &io.resource_version, &io.field_path,
                    &e.reason,        &e.message,    &e.type,   &e.action,        &e.reporting_component,
                    &e.reporting_instance};
}

constexpr size_t kStrings = std::tuple_size_v<decltype(Strings(std::declval<const api::Event&>()))>;

}  // namespace

bool CompactEvent::Fits(const api::Event& e) {
  const api::ObjectMeta& m = e.metadata;
  return m.generate_name.empty() && m.generation == 0 && !m.deletion_timestamp && !m.deletion_grace_period_seconds &&
         m.labels.empty() && m.annotations.empty() && m.owner_references.empty() && m.finalizers.empty() &&
         m.extra.empty() && e.source.component.empty() && e.source.host.empty() && e.first_timestamp == 0 &&
         e.last_timestamp == 0 && e.count == 0 && !e.series && e.extra.empty();
}

CompactEvent::CompactEvent(const api::Event& e)
    : resource_version_(e.metadata.resource_version),
      creation_timestamp_(e.metadata.creation_timestamp),
      event_time_(e.event_time) {
  const auto strings = Strings(e);
  size_t size = kStrings * sizeof(uint32_t);
  for (const std::string* s : strings) size += s->size();
  block_ = std::make_unique_for_overwrite<uint8_t[]>(size);
  uint8_t* lengths = block_.get();
  uint8_t* out = lengths + kStrings * sizeof(uint32_t);
  for (const std::string* s : strings) {
    const auto length = static_cast<uint32_t>(s->size());
    std::memcpy(lengths, &length, sizeof length);
    lengths += sizeof length;
    std::memcpy(out, s->data(), s->size());
    out += s->size();
  }
}

api::Event CompactEvent::Rebuild() const {
  api::Event e;
  const uint8_t* lengths = block_.get();
  const uint8_t* in = lengths + kStrings * sizeof(uint32_t);
  for (std::string* s : Strings(e)) {
    uint32_t length;
    std::memcpy(&length, lengths, sizeof length);
    lengths += sizeof length;
    s->assign(reinterpret_cast<const char*>(in), length);
    in += length;
  }
  e.metadata.resource_version = resource_version_;
  e.metadata.creation_timestamp = creation_timestamp_;
  e.event_time = event_time_;
  return e;
}

}  // namespace jobsim::sim
