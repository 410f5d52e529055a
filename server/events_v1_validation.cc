#include "server/events_v1_validation.h"

#include <fmt/format.h>

#include "fakeapi/field_errors.h"
#include "sim/base/duration.h"

namespace jobsim::server {
namespace {

using api::FieldErrors;

// events.go's limits.
constexpr size_t kReportingInstanceLengthLimit = 128;
constexpr size_t kActionLengthLimit = 128;
constexpr size_t kReasonLengthLimit = 128;
constexpr size_t kNoteLengthLimit = 1024;

void TooLongUnset(const std::string& path, const std::string& value, size_t limit, FieldErrors& errors) {
  if (value.size() > limit) errors.InvalidString(path, "", fmt::format("can have at most {} characters", limit));
}

// legacyValidateEvent: what every Event passes, whichever API wrote it.
void ValidateLegacy(const api::Event& e, const api::ApiRules& rules, FieldErrors& errors) {
  const std::string& ns = e.metadata.namespace_;
  const std::string& regarding_ns = e.involved_object.namespace_;
  if (e.event_time == 0) {
    const bool agree = regarding_ns.empty() ? (ns.empty() || ns == "default") : ns == regarding_ns;
    if (!agree) errors.InvalidString("involvedObject.namespace", regarding_ns, "does not match event.namespace");
    return;
  }
  const bool system_namespace = ns == "kube-system" || (rules.event_cluster_scoped_in_default && ns == "default");
  if (regarding_ns.empty() && !system_namespace) {
    errors.InvalidString("involvedObject.namespace", regarding_ns, "does not match event.namespace");
  }
  if (e.reporting_component.empty()) errors.Required("reportingController");
  if (e.reporting_instance.empty()) errors.Required("reportingInstance");
  TooLongUnset("reportingInstance", e.reporting_instance, kReportingInstanceLengthLimit, errors);
  if (e.action.empty()) errors.Required("action");
  TooLongUnset("action", e.action, kActionLengthLimit, errors);
  if (e.reason.empty()) errors.Required("reason");
  TooLongUnset("reason", e.reason, kReasonLengthLimit, errors);
  TooLongUnset("message", e.message, kNoteLengthLimit, errors);
}

// validateV1EventSeries.
void ValidateSeries(const api::Event& e, FieldErrors& errors) {
  if (!e.series) return;
  if (e.series->count < 2) errors.InvalidString("series.count", "", "should be at least 2");
  if (e.series->last_observed_time == 0) errors.Required("series.lastObservedTime");
}

// Go's time.Time.String() in UTC, as field errors print a metav1.Time:
// "2025-01-01 00:00:00.5 +0000 UTC"; an unset time is Go's zero time.
std::string GoTime(UnixMs t) {
  if (t == 0) return "0001-01-01 00:00:00 +0000 UTC";
  std::string text = FormatRfc3339Micro(t);  // 2025-01-01T00:00:00.500000Z
  text.pop_back();
  text[10] = ' ';
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text + " +0000 UTC";
}

// Go's %#v of the internal types, as field errors print a struct.
std::string GoValue(const api::ObjectReference& r) {
  return fmt::format(
      "core.ObjectReference{{Kind:\"{}\", Namespace:\"{}\", Name:\"{}\", UID:\"{}\", APIVersion:\"{}\", "
      "ResourceVersion:\"{}\", FieldPath:\"{}\"}}",
      r.kind, r.namespace_, r.name, r.uid, r.api_version, r.resource_version, r.field_path);
}
std::string GoValue(const api::EventSource& s) {
  return fmt::format("core.EventSource{{Component:\"{}\", Host:\"{}\"}}", s.component, s.host);
}

template <class V, class Format>
void Immutable(const std::string& path, const V& updated, const V& old, Format format, FieldErrors& errors) {
  if (!(updated == old)) errors.Immutable(path, format(updated));
}

}  // namespace

api::Status ValidateEventsV1Create(const api::Event& e, const api::ApiRules& rules) {
  FieldErrors errors;
  ValidateLegacy(e, rules, errors);
  ValidateSeries(e, errors);
  if (e.event_time == 0) errors.Required("eventTime");
  if (e.type != "Normal" && e.type != "Warning") {
    errors.InvalidString("type", "", fmt::format("has invalid value: {}", e.type));
  }
  if (e.first_timestamp != 0) errors.InvalidString("firstTimestamp", "", "needs to be unset");
  if (e.last_timestamp != 0) errors.InvalidString("lastTimestamp", "", "needs to be unset");
  if (e.count != 0) errors.InvalidString("count", "", "needs to be unset");
  if (!e.source.component.empty() || !e.source.host.empty()) errors.InvalidString("source", "", "needs to be unset");
  return errors.ToStatus("Event", e.metadata.name);
}

api::Status ValidateEventsV1Update(const api::Event& e, const api::Event& old, const api::ApiRules& rules) {
  FieldErrors errors;
  ValidateLegacy(e, rules, errors);
  if (e.series != old.series) ValidateSeries(e, errors);
  const auto quoted = [](const std::string& s) { return FieldErrors::Quote(s); };
  const auto go_value = [](const auto& v) { return GoValue(v); };
  Immutable("involvedObject", e.involved_object, old.involved_object, go_value, errors);
  Immutable("reason", e.reason, old.reason, quoted, errors);
  Immutable("message", e.message, old.message, quoted, errors);
  Immutable("source", e.source, old.source, go_value, errors);
  Immutable("firstTimestamp", e.first_timestamp, old.first_timestamp, GoTime, errors);
  Immutable("lastTimestamp", e.last_timestamp, old.last_timestamp, GoTime, errors);
  Immutable("count", e.count, old.count, [](int32_t n) { return std::to_string(n); }, errors);
  Immutable("type", e.type, old.type, quoted, errors);
  Immutable("eventTime", e.event_time, old.event_time, GoTime, errors);
  Immutable("action", e.action, old.action, quoted, errors);
  Immutable("reportingController", e.reporting_component, old.reporting_component, quoted, errors);
  Immutable("reportingInstance", e.reporting_instance, old.reporting_instance, quoted, errors);
  return errors.ToStatus("Event", e.metadata.name);
}

}  // namespace jobsim::server
