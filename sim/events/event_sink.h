// Writes Events through the Store the way client-go's recordEvent does
// (tools/record/event.go, tools/events/event_broadcaster.go): a repeat is a
// PATCH of the existing Event, and a CREATE when that Event is gone (e.g.
// deleted by its TTL); a new event is a CREATE. Errors are not retried: the
// only retried errors upstream are transport errors, which the in-memory
// Store does not have.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "fakeapi/event_view.h"
#include "fakeapi/store.h"
#include "sim/events/event_name.h"

namespace jobsim::sim {

class EventSink {
 public:
  EventSink(api::Store& store, EventNamer& namer) : store_(store), namer_(namer) {}

  // Creates the event a recorder made (Store::CreateRecorded), whose name is
  // `name`, its nanoseconds in event.metadata.name_nanos. If that name is
  // taken, which the millisecond clock makes possible between two recorders
  // naming events about one object in the same millisecond, it takes a new
  // name from the namer, written into `name` (upstream's nanosecond names
  // never clash). Returns whether the event was created; if not, `event` and
  // `name` have their first name again.
  bool Create(api::EventView& event, std::string& name);
  // The same for an Event that may hold more than a view can (one the store
  // returned before): through Store::Create, which keeps it as it is.
  std::shared_ptr<const api::Event> Create(const std::shared_ptr<api::Event>& event);

  // Applies `patch` to the stored Event ns/name. Returns the stored Event,
  // or null with `gone` set when there is none (the caller then creates it
  // again), or null when the API refused.
  std::shared_ptr<const api::Event> Patch(const std::string& ns, const std::string& name,
                                          const std::function<void(api::Event&)>& patch, bool& gone);

 private:
  api::Store& store_;
  EventNamer& namer_;
};

}  // namespace jobsim::sim
