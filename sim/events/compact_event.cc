#include "sim/events/compact_event.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

namespace jobsim::sim {
namespace {

// The strings kept, in block order; E is `const api::Event` when keeping,
// `api::Event` when rebuilding.
template <class E>
auto Strings(E& e) {
  auto& io = e.involved_object;
  return std::array{&e.metadata.name, &io.kind,     &io.namespace_, &io.name, &io.uid,    &io.api_version,
                    &io.resource_version, &io.field_path, &e.reason,      &e.message, &e.type, &e.action};
}

constexpr size_t kStrings = std::tuple_size_v<decltype(Strings(std::declval<const api::Event&>()))>;
constexpr size_t kMaxLength = UINT8_MAX;

// The namespace a made Event has (make_event.h).
const std::string& NamespaceOf(const api::ObjectReference& involved) {
  static const std::string kDefault = "default";
  return involved.namespace_.empty() ? kDefault : involved.namespace_;
}

}  // namespace

bool CompactEvent::Fits(const api::Event& e, const std::string& reporting_component,
                        const std::string& reporting_instance) {
  const api::ObjectMeta& m = e.metadata;
  const auto strings = Strings(e);
  return m.generate_name.empty() && m.generation == 0 && !m.deletion_timestamp && !m.deletion_grace_period_seconds &&
         m.labels.empty() && m.annotations.empty() && m.owner_references.empty() && m.finalizers.empty() &&
         m.extra.empty() && e.source.component.empty() && e.source.host.empty() && e.first_timestamp == 0 &&
         e.last_timestamp == 0 && e.count == 0 && !e.series && e.extra.empty() &&
         m.namespace_ == NamespaceOf(e.involved_object) && e.reporting_component == reporting_component &&
         e.reporting_instance == reporting_instance &&
         std::all_of(strings.begin(), strings.end(), [](const std::string* s) { return s->size() <= kMaxLength; });
}

CompactEvent::CompactEvent(const api::Event& e) : event_time_(e.event_time) {
  const auto strings = Strings(e);
  size_t size = kStrings;
  for (const std::string* s : strings) size += s->size();
  block_ = std::make_unique_for_overwrite<uint8_t[]>(size);
  uint8_t* length = block_.get();
  uint8_t* out = length + kStrings;
  for (const std::string* s : strings) {
    *length++ = static_cast<uint8_t>(s->size());
    std::memcpy(out, s->data(), s->size());
    out += s->size();
  }
}

api::Event CompactEvent::Rebuild(const std::string& reporting_component, const std::string& reporting_instance) const {
  api::Event e;
  const uint8_t* length = block_.get();
  const uint8_t* in = length + kStrings;
  for (std::string* s : Strings(e)) {
    s->assign(reinterpret_cast<const char*>(in), *length);
    in += *length++;
  }
  e.metadata.namespace_ = NamespaceOf(e.involved_object);
  e.event_time = event_time_;
  e.reporting_component = reporting_component;
  e.reporting_instance = reporting_instance;
  return e;
}

}  // namespace jobsim::sim
