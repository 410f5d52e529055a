#include "sim/events/core_event_recorder.h"

#include <optional>
#include <utility>

#include "fakeapi/strategy.h"
#include "sim/events/event_keys.h"
#include "sim/events/event_time.h"
#include "sim/events/make_event.h"

namespace jobsim::sim {

CoreEventRecorder::CoreEventRecorder(api::Store& store, api::EventSource source, CorrelatorRules rules)
    : store_(store),
      source_(std::move(source)),
      reporting_fields_(rules.reporting_fields),
      correlator_(rules, source_, namer_),
      sink_(store, namer_) {}

void CoreEventRecorder::Record(const api::ObjectReference& involved, const std::string& type,
                               const std::string& reason, const std::string& message) {
  api::InvolvedMemo memo;
  Record(involved, memo, type, reason, message);
}

void CoreEventRecorder::Record(const api::ObjectReference& involved, api::InvolvedMemo& memo,
                               const std::string& type, const std::string& reason, const std::string& message) {
  if (!IsValidEventType(type)) return;
  if (!memo.known) {
    memo.word = ObjectWord(involved);
    const std::optional<api::UidBits> uid_bits = api::ParseUidBits(involved.uid);
    memo.has_uid_bits = uid_bits.has_value();
    if (uid_bits) memo.uid_bits = *uid_bits;
    memo.name_is_subdomain = api::IsDns1123Subdomain(involved.name);
    memo.known = true;
  }
  const UnixMs now_ms = store_.clock().NowUnixMs();
  EventDraft& event = draft_;
  event.involved = &involved;
  event.object_word = memo.word;
  event.involved_uid_bits = memo.has_uid_bits ? &memo.uid_bits : nullptr;
  event.involved_name_is_subdomain = memo.name_is_subdomain;
  event.type = type;
  event.reason = reason;
  event.message = message;
  event.name_nanos = namer_.NextNanos(now_ms);
  event.first_timestamp = event.last_timestamp = MetaTime(now_ms);
  event.count = 1;
  event.reporting = reporting_fields_;

  const CorrelateResult result = correlator_.Correlate(event, now_ms);
  if (result.skip) return;
  EventNamer::Format(involved.name, event.name_nanos, event.name);
  if (result.patch) {
    // The strategic-merge patch upstream computes carries exactly these three fields.
    const auto patch = [&event](api::Event& s) {
      s.count = event.count;
      s.last_timestamp = event.last_timestamp;
      s.message = event.message;
    };
    bool gone = false;
    const std::shared_ptr<const api::Event> stored =
        sink_.Patch(std::string(EventNamespace(involved.namespace_)), event.name, patch, gone);
    if (stored) {  // by the name patched
      correlator_.UpdateState(result.key, event.name_nanos, stored->count, stored->first_timestamp);
      return;
    }
    if (!gone) return;
    // The Event is gone: it is made again, with the same name, count and firstTimestamp.
  }
  api::EventView& view = event.View(source_);
  view.hints = &pack_hints_;
  if (sink_.Create(view, event.name)) {
    event.name_nanos = *view.metadata.name_nanos;  // renamed if the name was taken
    correlator_.UpdateState(result.key, event.name_nanos, event.count, event.first_timestamp);
  }
}

}  // namespace jobsim::sim
