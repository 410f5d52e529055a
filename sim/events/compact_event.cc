#include "sim/events/compact_event.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "sim/events/make_event.h"

namespace jobsim::sim {
namespace {

// The strings kept, in block order; E is `const api::Event` or `const
// api::EventView` when keeping, `api::Event` when rebuilding.
template <class E>
auto Strings(E& e) {
  auto& io = e.involved_object;
  return std::array{&e.metadata.name, &io.kind,     &io.namespace_, &io.name, &io.uid,    &io.api_version,
                    &io.resource_version, &io.field_path, &e.reason,      &e.message, &e.type, &e.action};
}

constexpr size_t kStrings = std::tuple_size_v<decltype(Strings(std::declval<const api::Event&>()))>;
constexpr size_t kMaxLength = UINT8_MAX;

// The block of `e`'s strings.
template <class E>
std::unique_ptr<uint8_t[]> Keep(const E& e) {
  const auto strings = Strings(e);
  size_t size = kStrings;
  for (const auto* s : strings) size += s->size();
  auto block = std::make_unique_for_overwrite<uint8_t[]>(size);
  uint8_t* length = block.get();
  uint8_t* out = length + kStrings;
  for (const auto* s : strings) {
    *length++ = static_cast<uint8_t>(s->size());
    std::memcpy(out, s->data(), s->size());
    out += s->size();
  }
  return block;
}

}  // namespace

bool CompactEvent::Fits(const api::Event& e, const std::string& reporting_component,
                        const std::string& reporting_instance) {
  const api::ObjectMeta& m = e.metadata;
  return m.generate_name.empty() && !m.deletion_timestamp && !m.deletion_grace_period_seconds && m.labels.empty() &&
         m.annotations.empty() && m.owner_references.empty() && m.finalizers.empty() && m.extra.empty() &&
         e.extra.empty() && Fits(api::ViewOf(e), reporting_component, reporting_instance);
}

bool CompactEvent::Fits(const api::EventView& e, std::string_view reporting_component,
                        std::string_view reporting_instance) {
  const auto strings = Strings(e);
  return e.metadata.generation == 0 && e.source.component.empty() && e.source.host.empty() &&
         e.first_timestamp == 0 && e.last_timestamp == 0 && e.count == 0 && !e.series &&
         e.metadata.namespace_ == EventNamespace(e.involved_object.namespace_) &&
         e.reporting_component == reporting_component && e.reporting_instance == reporting_instance &&
         std::all_of(strings.begin(), strings.end(), [](const auto* s) { return s->size() <= kMaxLength; });
}

CompactEvent::CompactEvent(const api::Event& e) : block_(Keep(e)), event_time_(e.event_time) {}

CompactEvent::CompactEvent(const api::EventView& e) : block_(Keep(e)), event_time_(e.event_time) {}

api::Event CompactEvent::Rebuild(const std::string& reporting_component, const std::string& reporting_instance) const {
  api::Event e;
  const uint8_t* length = block_.get();
  const uint8_t* in = length + kStrings;
  for (std::string* s : Strings(e)) {
    s->assign(reinterpret_cast<const char*>(in), *length);
    in += *length++;
  }
  e.metadata.namespace_ = EventNamespace(e.involved_object.namespace_);
  e.event_time = event_time_;
  e.reporting_component = reporting_component;
  e.reporting_instance = reporting_instance;
  return e;
}

}  // namespace jobsim::sim
