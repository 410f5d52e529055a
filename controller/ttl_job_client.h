// The TTL-after-finished controller's seam to the API: a fresh read of a Job
// and its deletion. StoreTtlJobClient talks to the Store; tests substitute a
// fake that records the deletions.
#pragma once

#include <memory>
#include <string>

#include "fakeapi/store.h"

namespace jobsim::controller {

class TtlJobClient {
 public:
  virtual ~TtlJobClient() = default;
  // GET .../jobs/<name>, not from the informer cache; nullptr when gone.
  virtual std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) = 0;
  // DELETE .../jobs/<name> with propagationPolicy Foreground and a uid precondition.
  virtual api::Status DeleteForeground(const std::string& ns, const std::string& name, const std::string& uid) = 0;
};

class StoreTtlJobClient final : public TtlJobClient {
 public:
  explicit StoreTtlJobClient(api::Store& store) : store_(store) {}
  std::shared_ptr<const api::Job> Get(const std::string& ns, const std::string& name) override {
    return store_.Get<api::Job>(ns, name);
  }
  api::Status DeleteForeground(const std::string& ns, const std::string& name, const std::string& uid) override {
    api::DeleteOptions options;
    options.propagation = api::Propagation::kForeground;
    options.precondition_uid = uid;
    options.api_version = "batch/v1";
    return store_.Delete<api::Job>(ns, name, options).status;
  }

 private:
  api::Store& store_;
};

}  // namespace jobsim::controller
