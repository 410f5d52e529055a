#include "sim/events/event_keys.h"

#include "sim/events/key_hash.h"

namespace jobsim::sim {
namespace {

// source + involvedObject.{kind, namespace, name}: the prefix all three keys share.
KeyHash SourceAndObjectName(const api::Event& e) {
  const api::ObjectReference& io = e.involved_object;
  KeyHash hash;
  hash.Add(e.source.component).Add(e.source.host).Add(io.kind).Add(io.namespace_).Add(io.name);
  return hash;
}

}  // namespace

uint64_t EventKey(const api::Event& e, const CorrelatorRules& rules) {
  const api::ObjectReference& io = e.involved_object;
  KeyHash hash = SourceAndObjectName(e);
  if (rules.key_has_field_path) hash.Add(io.field_path);
  return hash.Add(io.uid).Add(io.api_version).Add(e.type).Add(e.reason).Add(e.message).value();
}

uint64_t AggregateKey(const api::Event& e) {
  const api::ObjectReference& io = e.involved_object;
  return SourceAndObjectName(e)
      .Add(io.uid)
      .Add(io.api_version)
      .Add(e.type)
      .Add(e.reason)
      .Add(e.reporting_component)
      .Add(e.reporting_instance)
      .value();
}

uint64_t SpamKey(const api::Event& e, const CorrelatorRules& rules) {
  const api::ObjectReference& io = e.involved_object;
  KeyHash hash = SourceAndObjectName(e);
  hash.Add(io.uid).Add(io.api_version);
  if (rules.spam_key_has_type) hash.Add(e.type);
  return hash.value();
}

}  // namespace jobsim::sim
