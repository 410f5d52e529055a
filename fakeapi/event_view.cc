#include "fakeapi/event_view.h"

namespace jobsim::api {
namespace {

// The members api::Event and EventView hold alike (a string one way, its
// view the other), copied in either direction.
template <class From, class To>
void CopyAlikeFields(const From& from, To& to) {
  to.reason = from.reason;
  to.message = from.message;
  to.first_timestamp = from.first_timestamp;
  to.last_timestamp = from.last_timestamp;
  to.count = from.count;
  to.type = from.type;
  to.event_time = from.event_time;
  to.series = from.series;
  to.action = from.action;
  to.reporting_component = from.reporting_component;
  to.reporting_instance = from.reporting_instance;
}

}  // namespace

EventView::Reference ViewOf(const ObjectReference& r) {
  return {r.kind, r.namespace_, r.name, r.uid, r.api_version, r.resource_version, r.field_path, nullptr, false};
}

EventView ViewOf(const Event& e, const UidBits* uid_bits) {
  const ObjectMeta& m = e.metadata;
  EventView v;
  v.metadata = {m.namespace_, m.name, std::nullopt, m.uid, uid_bits, m.resource_version, m.generation,
                m.creation_timestamp};
  v.involved_object = ViewOf(e.involved_object);
  v.source = {e.source.component, e.source.host};
  CopyAlikeFields(e, v);
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
  e.source = {std::string(v.source.component), std::string(v.source.host)};
  CopyAlikeFields(v, e);
  return e;
}

}  // namespace jobsim::api
