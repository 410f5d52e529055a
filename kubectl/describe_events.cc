#include "kubectl/describe_events.h"

#include <fmt/format.h>

#include "kubectl/go_sort.h"
#include "kubectl/human_duration.h"
#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

// describe.go (1.3) DescribeEvents.
void LegacyEvents(const EventList& events, UnixMs now, DescribeWriter& w) {
  if (events.empty()) {
    w.Write(0, "No events.");
    return;
  }
  w.Write(0, "Events:\n  FirstSeen\tLastSeen\tCount\tFrom\tSubobjectPath\tType\tReason\tMessage\n");
  w.Write(0, "  ---------\t--------\t-----\t----\t-------------\t--------\t------\t-------\n");
  for (const auto& e : events) {
    w.Write(0, fmt::format("  {}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", AgeSince(e->first_timestamp, now, true),
                           AgeSince(e->last_timestamp, now, true), e->count, GoEventSource(e->source),
                           e->involved_object.field_path, e->type, e->reason, e->message));
  }
}

// describe.go DescribeEvents: "Age" is the first sighting, or
// "<last> (xN over <first>)" for a series or a counted event.
std::string Interval(const api::Event& e, UnixMs now) {
  const std::string first =
      e.event_time != 0 ? AgeSince(e.event_time, now, false) : AgeSince(e.first_timestamp, now, false);
  if (e.series) {
    return fmt::format("{} (x{} over {})", AgeSince(e.series->last_observed_time, now, false), e.series->count, first);
  }
  if (e.count > 1) return fmt::format("{} (x{} over {})", AgeSince(e.last_timestamp, now, false), e.count, first);
  return first;
}

std::string From(const api::Event& e, const KubectlRules& rules) {
  if (rules.events_from_with_host) {
    return e.source.host.empty() ? e.source.component : e.source.component + ", " + e.source.host;
  }
  return e.source.component.empty() ? e.reporting_component : e.source.component;
}

void ModernEvents(const EventList& events, UnixMs now, const KubectlRules& rules, DescribeWriter& w) {
  if (events.empty()) {
    w.Write(0, "Events:\t<none>\n");
    return;
  }
  w.Flush();
  w.Write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.Write(1, "----\t------\t----\t----\t-------\n");
  for (const auto& e : events) {
    std::string message = TrimSpace(e->message);
    if (rules.events_field_path_prefix && !e->involved_object.field_path.empty()) {
      message = e->involved_object.field_path + ": " + message;
    }
    w.Write(1, fmt::format("{}\t{}\t{}\t{}\t{}\n", e->type, e->reason, Interval(*e, now), From(*e, rules), message));
  }
}

}  // namespace

EventList SearchEvents(const api::Store& store, const std::string& ns, const std::string& name, const std::string& kind,
                       std::string_view uid) {
  std::string text = fmt::format("involvedObject.name={},involvedObject.namespace={}", name, ns);
  if (!kind.empty()) text += ",involvedObject.kind=" + kind;
  if (!uid.empty()) text += fmt::format(",involvedObject.uid={}", uid);
  api::ListOptions options;
  options.namespace_ = ns;
  EventList events;
  if (!api::FieldSelector::Parse(text, options.fields).ok()) return events;
  if (!store.List(options, events).ok()) events.clear();
  return events;
}

// pkg/kubectl/sorted_event_list.go SortableEvents: Less by lastTimestamp.
void SortEvents(EventList& events, const KubectlRules& rules) {
  SortInterface data;
  data.n = static_cast<int>(events.size());
  data.less = [&](int i, int j) { return events[i]->last_timestamp < events[j]->last_timestamp; };
  data.swap = [&](int i, int j) { std::swap(events[i], events[j]); };
  GoSort(rules.go_sort, data);
}

void DescribeEvents(EventList events, UnixMs now, const KubectlRules& rules, DescribeWriter& w) {
  SortEvents(events, rules);
  if (rules.legacy_layout)
    LegacyEvents(events, now, w);
  else
    ModernEvents(events, now, rules, w);
}

}  // namespace jobsim::kubectl
