// Fakes for driving JobController::TEST_SyncJob (upstream's FakePodControl
// plus the captured updateStatusHandler of job_controller_test.go).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "controller/job_client.h"
#include "controller/pod_control.h"
#include "fakeapi/event_recorder.h"

namespace jobsim::controller::test {

// Records every pod call; `error` fails each recorded call; with create_limit
// set, creates past the limit fail without being recorded.
class FakeClient final : public PodControl, public JobClient {
 public:
  api::Status error;
  int create_limit = 0;
  int create_calls = 0;
  std::vector<api::Pod> created;
  std::vector<std::string> deleted;
  std::vector<std::string> patched;  // tracking-finalizer removals
  std::vector<std::string> adopted;
  std::vector<std::string> released;
  std::vector<api::Job> written;  // every status passed to UpdateStatus
  api::Status status_error;
  std::shared_ptr<const api::Job> fresh;  // what Get returns

  api::Status CreatePod(const api::Job&, const api::Pod& pod) override {
    ++create_calls;
    if (create_limit > 0 && create_calls > create_limit) {
      return api::Status::Forbidden("not creating pod, limit already reached");
    }
    created.push_back(pod);
    return error;
  }
  api::Status DeletePod(const api::Job&, const api::Pod& pod) override {
    deleted.push_back(pod.metadata.name);
    return error;
  }
  api::Status RemoveTrackingFinalizer(const api::Pod& pod) override {
    patched.push_back(pod.metadata.name);
    return error;
  }
  api::Status AdoptPod(const api::Job&, const api::Pod& pod, bool) override {
    adopted.push_back(pod.metadata.name);
    return error;
  }
  api::Status ReleasePod(const api::Job&, const api::Pod& pod) override {
    released.push_back(pod.metadata.name);
    return error;
  }
  api::Result<api::Job> UpdateStatus(const api::Job& job) override {
    if (!status_error.ok()) return {status_error, nullptr, {}};
    written.push_back(job);
    return {api::Status::Ok(), std::make_shared<const api::Job>(job), {}};
  }
  std::shared_ptr<const api::Job> Get(const std::string&, const std::string&) override { return fresh; }
};

struct RecordedEvent {
  std::string object;  // kind/name
  std::string type;
  std::string reason;
  std::string message;
  friend bool operator==(const RecordedEvent&, const RecordedEvent&) = default;
};

class RecordingEvents final : public api::EventRecorder {
 public:
  std::vector<RecordedEvent> events;
  void Record(const api::ObjectReference& involved, const std::string& type, const std::string& reason,
              const std::string& message) override {
    events.push_back({involved.kind + "/" + involved.name, type, reason, message});
  }
};

}  // namespace jobsim::controller::test
