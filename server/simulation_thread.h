// The simulation thread of `jobsim serve`: the one thread that owns the World
// (store, controller, kubelets, event loop) and the ApiServer. It moves
// virtual time to the Pacer's target (ApiServer::CatchUp), answers the
// requests the I/O threads hand over (in arrival order, at the current virtual
// time), does the API's real-time housekeeping, and sleeps until the next task
// or scenario step is due, a request arrives, or kMaxIdleSleepMs passes.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

#include "server/api_server.h"
#include "server/http_message.h"
#include "server/pacer.h"

namespace jobsim::server {

class SimulationThread {
 public:
  // Called on the simulation thread with the answer; must only hand it back
  // to the connection's own thread.
  using Reply = std::function<void(Response)>;

  SimulationThread(Pacer& pacer, ApiServer& api) : pacer_(pacer), api_(api) {}
  SimulationThread(const SimulationThread&) = delete;
  SimulationThread& operator=(const SimulationThread&) = delete;

  // Thread-safe.
  void Submit(Request request, Reply reply);
  // Runs on the calling thread until Stop().
  void Run();
  // Thread-safe.
  void Stop();

 private:
  struct Work {
    Request request;
    Reply reply;
  };
  // Real milliseconds to sleep before the next task is due (capped).
  int64_t IdleMs();

  Pacer& pacer_;
  ApiServer& api_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<Work> inbox_;
  bool stop_ = false;
};

}  // namespace jobsim::server
