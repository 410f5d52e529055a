// /jobsim/v1/clock, the control endpoint of the served simulation's clock:
//   GET                                  -> the clock's state
//   POST {"advance": "30s"}              -> move virtual time forward by a duration
//   POST {"to": "2025-01-01T00:05:00Z"}  -> move it to an instant (never backwards)
// Both POSTs run the simulation up to the new time before answering, so a
// client that advances and then reads sees the cluster at that time.
// State: {"kind":"Clock","now":RFC 3339,"elapsed":"1m30s","elapsedMs":90000,
//         "mode":"manual"|"paced","speed":60}.
//
// Simulation thread only.
#pragma once

#include <functional>

#include "server/http_message.h"
#include "server/pacer.h"
#include "sim/world.h"

namespace jobsim::server {

// catch_up runs the cluster to the pacer's new target (ApiServer::CatchUp).
Response ServeClock(const Request& request, Pacer& pacer, sim::World& world, const std::function<void()>& catch_up);

}  // namespace jobsim::server
