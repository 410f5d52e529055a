// GET pods/{name}/log: the container's output as text/plain. Query:
// container (required when the pod has several), previous, tailLines,
// limitBytes, follow.
//
// follow=true keeps the answer open (chunked), as the kubelet does: what the
// container instance writes is sent as the simulation writes it, and the
// answer ends once that instance is no longer running (it exited, or the pod
// is gone), limitBytes have been sent, or the client goes away. A follower
// of an instance that has already stopped gets its log and the end at once.
//
// Simulation thread only (each follower's ChunkPipe is the thread boundary).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "server/chunk_pipe.h"
#include "server/http_message.h"
#include "server/target.h"

namespace jobsim::server {

class PodLogs {
 public:
  explicit PodLogs(const api::Store& store) : store_(store) {}
  PodLogs(const PodLogs&) = delete;
  PodLogs& operator=(const PodLogs&) = delete;

  Response Serve(const std::string& ns, const std::string& name, const Target& target);
  // Sends each follower what its container wrote since the last call and
  // ends the finished ones. The server calls it whenever the simulation ran.
  void Pump();
  size_t follower_count() const { return followers_.size(); }

 private:
  struct Follower {
    std::string namespace_;
    std::string pod;
    std::string uid;  // a new pod of the same name is another log
    std::string container;
    int32_t instance = 0;
    size_t sent = 0;                    // bytes of the instance's log already accounted for
    std::optional<int64_t> bytes_left;  // limitBytes still to send
    std::shared_ptr<ChunkPipe> pipe;
  };
  // false once the follower is done; its pipe is then closed.
  bool Forward(Follower& follower);

  const api::Store& store_;
  std::vector<Follower> followers_;
};

}  // namespace jobsim::server
