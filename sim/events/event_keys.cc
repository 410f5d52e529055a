#include "sim/events/event_keys.h"

#include "sim/events/key_hash.h"

namespace jobsim::sim {
namespace {

// source + involvedObject.{kind, namespace, name}: the prefix all three keys share.
KeyHash SourceAndObjectName(const api::Event& e, const KeyHash& source) {
  const api::ObjectReference& io = e.involved_object;
  KeyHash hash = source;
  hash.Add(io.kind).Add(io.namespace_).Add(io.name);
  return hash;
}

// What follows the object name in all three keys.
KeyHash& AddUidAndVersion(KeyHash& hash, const api::ObjectReference& io) {
  return hash.Add(io.uid).Add(io.api_version);
}

}  // namespace

KeyHash SourceHash(const api::EventSource& source) {
  KeyHash hash;
  hash.Add(source.component).Add(source.host);
  return hash;
}

EventKeys KeysOf(const api::Event& e, const CorrelatorRules& rules, const KeyHash& source) {
  const api::ObjectReference& io = e.involved_object;
  const KeyHash object = SourceAndObjectName(e, source);
  KeyHash shared = object;
  AddUidAndVersion(shared, io);

  EventKeys keys;
  KeyHash spam = shared;
  if (rules.spam_key_has_type) spam.Add(e.type);
  keys.spam = spam.value();

  shared.Add(e.type).Add(e.reason);
  KeyHash aggregate = shared;
  keys.aggregate = aggregate.Add(e.reporting_component).Add(e.reporting_instance).value();

  // An empty fieldPath adds no bytes, so the event key then carries on from the shared fields.
  KeyHash event = shared;
  if (rules.key_has_field_path && !io.field_path.empty()) {
    event = object;
    AddUidAndVersion(event.Add(io.field_path), io).Add(e.type).Add(e.reason);
  }
  keys.event = event.Add(e.message).value();
  return keys;
}

}  // namespace jobsim::sim
