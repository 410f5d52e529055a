// An Event kept in a recorder's memory for a long time, in a small form: the
// events.k8s.io recorder caches the Event of every open series (one per pod
// the scheduler places), as upstream's eventCache does, and an api::Event
// there costs ~0.8 KiB with its strings. This keeps the sixteen strings a made
// Event sets in one block with their lengths, and its three times; everything
// else must be unset, which Fits() checks. Rebuild() gives back an equal Event.
#pragma once

#include <cstdint>
#include <memory>

#include "fakeapi/types.h"

namespace jobsim::sim {

class CompactEvent {
 public:
  // Whether `event` can be kept compactly: only the fields kept here are set.
  static bool Fits(const api::Event& event);

  // REQUIRES: Fits(event).
  explicit CompactEvent(const api::Event& event);

  api::Event Rebuild() const;
  UnixMs event_time() const { return event_time_; }

 private:
  // The block: one uint32_t length per string, then their bytes.
  std::unique_ptr<uint8_t[]> block_;
  uint64_t resource_version_ = 0;
  UnixMs creation_timestamp_ = 0;
  UnixMs event_time_ = 0;
};

}  // namespace jobsim::sim
