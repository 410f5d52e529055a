#include "controller/managed_by.h"

#include "fakeapi/well_known.h"

namespace jobsim::controller {

bool ManagedByExternalController(const api::Job& job) {
  return job.spec.managed_by && *job.spec.managed_by != api::kJobControllerManagedBy;
}

}  // namespace jobsim::controller
