#include "sim/events/event_keys.h"

#include <string_view>

#include "fakeapi/event_recorder.h"

namespace jobsim::sim {
namespace {

// What a key's first word says it is: keys of different caches, and the
// event and aggregate keys sharing the de-duplicator's, never meet.
enum KeyKind : uint64_t { kEventKey = 1, kAggregateKey, kSpamKey, kSourceKey, kReportingKey, kObjectKey };

// HashOf(type), the two types that are recorded (IsValidEventType) hashed once.
uint64_t TypeWord(std::string_view type) {
  static const uint64_t kNormal = HashOf(api::kEventNormal);
  static const uint64_t kWarning = HashOf(api::kEventWarning);
  if (type == std::string_view(api::kEventNormal)) return kNormal;
  if (type == std::string_view(api::kEventWarning)) return kWarning;
  return HashOf(type);
}

}  // namespace

RecorderWords::RecorderWords(const api::EventSource& source, bool reporting_fields)
    : source(KeyWords(kSourceKey).Add(HashOf(source.component)).Add(HashOf(source.host)).value()) {
  const std::string_view component = reporting_fields ? std::string_view(source.component) : std::string_view();
  const std::string_view instance = reporting_fields ? std::string_view(source.host) : std::string_view();
  reporting = KeyWords(kReportingKey).Add(HashOf(component)).Add(HashOf(instance)).value();
}

uint64_t ObjectWord(const api::ObjectReference& io) {
  return KeyWords(kObjectKey)
      .Add(HashOf(io.kind))
      .Add(HashOf(io.namespace_))
      .Add(HashOf(io.name))
      .Add(HashOf(io.uid))
      .Add(HashOf(io.api_version))
      .value();
}

EventKeys KeysOf(const EventDraft& e, const CorrelatorRules& rules, const RecorderWords& recorder) {
  const api::ObjectReference& io = *e.involved;
  const uint64_t object = e.object_word;
  const uint64_t type = TypeWord(e.type);
  const uint64_t reason = HashOf(e.reason);

  EventKeys keys;
  keys.message = HashOf(e.message);
  KeyWords spam(kSpamKey);
  spam.Add(recorder.source).Add(object);
  if (rules.spam_key_has_type) spam.Add(type);
  keys.spam = spam.value();
  keys.aggregate = KeyWords(kAggregateKey).Add(recorder.source).Add(object).Add(type).Add(reason)
                       .Add(recorder.reporting).value();
  // An empty fieldPath adds no bytes to upstream's key: no word either.
  KeyWords event(kEventKey);
  event.Add(recorder.source).Add(object);
  if (rules.key_has_field_path && !io.field_path.empty()) event.Add(HashOf(io.field_path));
  keys.event = event.Add(type).Add(reason).Add(keys.message).value();
  return keys;
}

}  // namespace jobsim::sim
