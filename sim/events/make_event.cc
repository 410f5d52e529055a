#include "sim/events/make_event.h"

#include "fakeapi/event_recorder.h"

namespace jobsim::sim {
namespace {

// The value a new object has, for members that are not strings.
template <class T>
void Reset(T& member) {
  member = T();
}

}  // namespace

bool IsValidEventType(const std::string& type) { return type == api::kEventNormal || type == api::kEventWarning; }

void MakeEvent(EventNamer& namer, const api::ObjectReference& involved, const std::string& type,
               const std::string& reason, const std::string& message, UnixMs now_ms, api::Event& event) {
  api::ObjectMeta& meta = event.metadata;
  namer.Next(involved.name, now_ms, meta.name);
  meta.generate_name.clear();
  if (involved.namespace_.empty()) {
    meta.namespace_ = "default";
  } else {
    meta.namespace_ = involved.namespace_;
  }
  meta.uid.clear();
  meta.resource_version = 0;
  meta.generation = 0;
  meta.creation_timestamp = 0;
  Reset(meta.deletion_timestamp);
  Reset(meta.deletion_grace_period_seconds);
  Reset(meta.labels);
  Reset(meta.annotations);
  Reset(meta.owner_references);
  Reset(meta.finalizers);
  // Unset rather than null: both read as no unknown fields, and an unset Cow
  // holds no heap block.
  Reset(meta.extra);
  event.involved_object = involved;
  event.reason = reason;
  event.message = message;
  event.source.component.clear();
  event.source.host.clear();
  event.first_timestamp = 0;
  event.last_timestamp = 0;
  event.count = 0;
  event.type = type;
  event.event_time = 0;
  Reset(event.series);
  event.action.clear();
  event.reporting_component.clear();
  event.reporting_instance.clear();
  Reset(event.extra);
}

}  // namespace jobsim::sim
