#include "sim/events/core_event_recorder.h"

#include <memory>
#include <utility>

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
  if (!IsValidEventType(type)) return;
  const UnixMs now_ms = store_.clock().NowUnixMs();
  if (!event_ || event_.use_count() > 1) event_ = std::make_shared<api::Event>();
  api::Event& event = *event_;
  MakeEvent(namer_, involved, type, reason, message, now_ms, event);
  event.first_timestamp = event.last_timestamp = MetaTime(now_ms);
  event.count = 1;
  event.source = source_;
  if (reporting_fields_) {
    event.reporting_component = source_.component;
    event.reporting_instance = source_.host;
  }

  const CorrelateResult result = correlator_.Correlate(event, now_ms);
  if (result.skip) return;
  std::shared_ptr<const api::Event> stored;
  if (result.patch) {
    // The strategic-merge patch upstream computes carries exactly these three fields.
    stored = sink_.Patch(event, [&event](api::Event& s) {
      s.count = event.count;
      s.last_timestamp = event.last_timestamp;
      s.message = event.message;
    });
  } else {
    stored = sink_.Create(event_);
  }
  if (stored) correlator_.UpdateState(result.key, *stored);
}

}  // namespace jobsim::sim
