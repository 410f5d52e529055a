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
  // is a Conflict). Returns the stored object.
  virtual api::Result<api::Job> UpdateStatus(const api::Job& job) = 0;
  // A fresh read of the Job, not from the informer cache; nullptr when gone.
  virtual std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) = 0;
};

class StoreJobClient final : public JobClient {
 public:
  explicit StoreJobClient(api::Store& store) : store_(store) {}
  // The status subresource keeps the stored spec and metadata: only what
  // names the version (and the unmodelled metadata it keeps) is sent with the
  // status (a copy of the spec was ~700 instructions of the ~1,300 of a Job's).
  api::Result<api::Job> UpdateStatus(const api::Job& job) override {
    auto sent = std::make_shared<api::Job>();
    sent->api_version = job.api_version;
    sent->metadata.name = job.metadata.name;
    sent->metadata.namespace_ = job.metadata.namespace_;
    sent->metadata.resource_version = job.metadata.resource_version;
    sent->metadata.extra = job.metadata.extra;
    sent->status = job.status;
    return store_.UpdateStatus(std::move(sent));
  }
  std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) override {
    return store_.Get<api::Job>(ns, name);
  }

 private:
  api::Store& store_;
};

// Writes the Job's status and takes the stored metadata back into `job`,
// whose spec and status are then the stored ones: a write succeeds only on
// the version it was read from, and the status subresource keeps that
// version's spec and the status as sent.
inline api::Status WriteJobStatus(JobClient& client, api::Job& job) {
  api::Result<api::Job> result = client.UpdateStatus(job);
  if (!result.ok()) return result.status;
  job.metadata = result.object->metadata;
  return api::Status::Ok();
}

}  // namespace jobsim::controller
