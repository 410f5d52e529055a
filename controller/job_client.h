// The seam between the Job controller and the API for Jobs themselves: the
// status writes (upstream's updateStatusHandler) and the uncached read that
// guards adoption (RecheckDeletionTimestamp). StoreJobClient talks to the
// Store; tests substitute a fake that captures every status written.
#pragma once

#include <memory>
#include <string>

#include "fakeapi/store.h"

namespace jobsim::controller {

class JobClient {
 public:
  virtual ~JobClient() = default;
  // PUT .../jobs/<name>/status with the object's resourceVersion (a stale one
  // is a Conflict). Returns the stored object. A sync hands over its copy of
  // the Job, which the stored object then replaces (a Job copy is ~1,300
  // instructions, a move half that).
  virtual api::Result<api::Job> UpdateStatus(api::Job&& job) = 0;
  // A fresh read of the Job, not from the informer cache; nullptr when gone.
  virtual std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) = 0;
};

class StoreJobClient final : public JobClient {
 public:
  explicit StoreJobClient(api::Store& store) : store_(store) {}
  api::Result<api::Job> UpdateStatus(api::Job&& job) override { return store_.UpdateStatus(std::move(job)); }
  std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) override {
    return store_.Get<api::Job>(ns, name);
  }

 private:
  api::Store& store_;
};

}  // namespace jobsim::controller
