// The event a core/v1 recorder is recording, from Record() until it is
// written: what the correlator rewrites (the name of an aggregate or a repeat,
// the aggregate's message, count, firstTimestamp, the reporting fields an
// aggregate drops) is its own; the rest are views of Record()'s arguments.
// One draft serves every event of a recorder, so its strings keep their buffers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fakeapi/event_view.h"
#include "fakeapi/types.h"
#include "sim/base/clock.h"

namespace jobsim::sim {

struct EventDraft {
  const api::ObjectReference* involved = nullptr;
  // What the recorder worked out of *involved once (api::InvolvedMemo): its
  // word in the keys (event_keys.h ObjectWord), its uid's bits (or null), and
  // whether its name is a DNS-1123 subdomain.
  uint64_t object_word = 0;
  const api::UidBits* involved_uid_bits = nullptr;
  bool involved_name_is_subdomain = false;
  std::string_view type;
  std::string_view reason;
  std::string_view message;  // Record()'s, or aggregate_message
  // "<involved name>.<hex name_nanos>" (event_name.h): every name a recorder
  // gives is its namer's, so the correlator's cache keeps only the number,
  // and the correlator names the event by the number alone: the recorder
  // writes the name once it knows the event is written.
  std::string name;
  uint64_t name_nanos = 0;
  std::string aggregate_message;
  UnixMs first_timestamp = 0;
  UnixMs last_timestamp = 0;
  int32_t count = 0;
  // Whether reportingComponent/Instance are the source's (since 1.28, but not
  // on an aggregate) rather than empty.
  bool reporting = false;

  // The Event to write (make_event.h), from `source`, the recorder's: the
  // draft's view, filled anew; valid until the next call.
  api::EventView& View(const api::EventSource& source);

 private:
  api::EventView view_;
};

}  // namespace jobsim::sim
