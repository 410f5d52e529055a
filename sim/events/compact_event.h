// An Event kept in a recorder's memory for a long time, in a small form: the
// events.k8s.io recorder caches the Event of every open series (one per pod
// the scheduler places), as upstream's eventCache does, and an api::Event
// there costs ~0.8 KiB with its strings. This keeps the twelve strings that
// differ between the Events of one recorder (name, the regarding object,
// reason, note, type, action) in one block after their one-byte lengths, and
// eventTime. Not kept:
// - what is the recorder's own: the namespace (the regarding object's, or
//   "default"), reportingController and reportingInstance;
// - what the store assigns on create (uid, resourceVersion,
//   creationTimestamp): a series write patches the stored Event by name, and
//   creates it anew (with new ones) only once it is gone.
// Everything else must be unset, which Fits() checks.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "fakeapi/event_view.h"
#include "fakeapi/types.h"

namespace jobsim::sim {

class CompactEvent {
 public:
  // Whether `event` can be kept compactly: only the fields kept here and the
  // ones named above are set, the namespace and reporting fields are as said,
  // and every kept string is shorter than 256 bytes.
  static bool Fits(const api::Event& event, const std::string& reporting_component,
                   const std::string& reporting_instance);
  // The same for an Event as a view (a recorder's new Event), which has no
  // room for labels, owners and the like.
  static bool Fits(const api::EventView& event, std::string_view reporting_component,
                   std::string_view reporting_instance);

  // REQUIRES: Fits(event, ...).
  explicit CompactEvent(const api::Event& event);
  explicit CompactEvent(const api::EventView& event);

  // The Event it was made from, but with uid, resourceVersion and creationTimestamp unset.
  api::Event Rebuild(const std::string& reporting_component, const std::string& reporting_instance) const;
  UnixMs event_time() const { return event_time_; }

 private:
  // The block: one length byte per string, then their bytes.
  std::unique_ptr<uint8_t[]> block_;
  UnixMs event_time_ = 0;
};

}  // namespace jobsim::sim
