#include "fakeapi/event_view.h"

namespace jobsim::api {

EventView::Reference ViewOf(const ObjectReference& r) {
  return {r.kind, r.namespace_, r.name, r.uid, r.api_version, r.resource_version, r.field_path};
}

EventView ViewOf(const Event& e, const UidBits* uid_bits) {
  const ObjectMeta& m = e.metadata;
  EventView v;
  v.metadata = {m.namespace_, m.name, std::nullopt, m.uid, uid_bits, m.resource_version, m.generation,
                m.creation_timestamp};
  v.involved_object = ViewOf(e.involved_object);
  v.reason = e.reason;
  v.message = e.message;
  v.source = {e.source.component, e.source.host};
  v.first_timestamp = e.first_timestamp;
  v.last_timestamp = e.last_timestamp;
  v.count = e.count;
  v.type = e.type;
  v.event_time = e.event_time;
  v.series = e.series;
  v.action = e.action;
  v.reporting_component = e.reporting_component;
  v.reporting_instance = e.reporting_instance;
  return v;
}

Event EventOf(const EventView& v) {
  Event e;
  ObjectMeta& m = e.metadata;
  m.namespace_ = v.metadata.namespace_;
  m.name = v.metadata.name;
  m.uid = v.metadata.uid;
  m.resource_version = v.metadata.resource_version;
  m.generation = v.metadata.generation;
  m.creation_timestamp = v.metadata.creation_timestamp;
  const EventView::Reference& r = v.involved_object;
  e.involved_object = {std::string(r.kind),        std::string(r.namespace_),       std::string(r.name),
                       std::string(r.uid),         std::string(r.api_version),      std::string(r.resource_version),
                       std::string(r.field_path)};
  e.reason = v.reason;
  e.message = v.message;
  e.source = {std::string(v.source.component), std::string(v.source.host)};
  e.first_timestamp = v.first_timestamp;
  e.last_timestamp = v.last_timestamp;
  e.count = v.count;
  e.type = v.type;
  e.event_time = v.event_time;
  e.series = v.series;
  e.action = v.action;
  e.reporting_component = v.reporting_component;
  e.reporting_instance = v.reporting_instance;
  return e;
}

}  // namespace jobsim::api
