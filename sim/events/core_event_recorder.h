// The core/v1 recorder (client-go tools/record): every event goes through the
// correlator, then is created, or patched when it repeats an earlier one.
// Used by the job controller and the kubelets, and by the scheduler before 1.19.
#pragma once

#include <string>

#include "fakeapi/event_recorder.h"
#include "fakeapi/packed_event.h"
#include "fakeapi/store.h"
#include "sim/events/correlator_rules.h"
#include "sim/events/event_correlator.h"
#include "sim/events/event_draft.h"
#include "sim/events/event_name.h"
#include "sim/events/event_sink.h"

namespace jobsim::sim {

class CoreEventRecorder final : public api::EventRecorder {
 public:
  CoreEventRecorder(api::Store& store, api::EventSource source, CorrelatorRules rules);

  void Record(const api::ObjectReference& involved, const std::string& type, const std::string& reason,
              const std::string& message) override;
  void Record(const api::ObjectReference& involved, api::InvolvedMemo& memo, const std::string& type,
              const std::string& reason, const std::string& message) override;

 private:
  api::Store& store_;
  const api::EventSource source_;
  const bool reporting_fields_;
  EventNamer namer_;
  EventCorrelator correlator_;
  EventSink sink_;
  EventDraft draft_;  // the event being recorded; its buffers serve the next one
  api::PackHints pack_hints_;  // the store's, for this recorder's events
};

}  // namespace jobsim::sim
