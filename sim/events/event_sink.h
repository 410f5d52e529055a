// Writes Events through the Store the way client-go's recordEvent does
// (tools/record/event.go, tools/events/event_broadcaster.go): a repeat is a
// PATCH of the existing Event, and a CREATE when that Event is gone (e.g.
// deleted by its TTL); a new event is a CREATE. Errors are not retried: the
// only retried errors upstream are transport errors, which the in-memory
// Store does not have.
#pragma once

#include <functional>
#include <memory>

#include "fakeapi/store.h"
#include "sim/events/event_name.h"

namespace jobsim::sim {

class EventSink {
 public:
  EventSink(api::Store& store, EventNamer& namer) : store_(store), namer_(namer) {}

  // Creates `event`, which the store then keeps as it is (no copy). If its name
  // is taken, which the millisecond clock makes possible between two recorders
  // naming events about one object in the same millisecond, it takes a new name
  // from the namer (upstream's nanosecond names never clash). Returns the stored
  // Event, or null when the API refused; `event` then has its first name again.
  std::shared_ptr<const api::Event> Create(const std::shared_ptr<api::Event>& event);

  // Applies `patch` to the stored Event named like `event`; if there is none,
  // creates `event` (already patched by the caller). Returns the stored Event or null.
  std::shared_ptr<const api::Event> Patch(const api::Event& event, const std::function<void(api::Event&)>& patch);

 private:
  api::Store& store_;
  EventNamer& namer_;
};

}  // namespace jobsim::sim
