#include "fakeapi/event_recorder.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

namespace {

Pod MakePod(const std::string& name, const std::string& uid, uint64_t resource_version) {
  Pod pod;
  pod.metadata.namespace_ = "default";
  pod.metadata.name = name;
  pod.metadata.uid = uid;
  pod.metadata.resource_version = resource_version;
  return pod;
}

}  // namespace

TEST_CASE("RefTo a pod: its identity, version and field path") {
  const ObjectReference ref = RefTo(MakePod("pi-x2kqz", "0c6f1b8e-6a5e-4a3c-9d1e-3f2a1b0c9d8e", 1234), "spec.containers{pi}");
  CHECK(ref.kind == "Pod");
  CHECK(ref.api_version == "v1");
  CHECK(ref.namespace_ == "default");
  CHECK(ref.name == "pi-x2kqz");
  CHECK(ref.uid == "0c6f1b8e-6a5e-4a3c-9d1e-3f2a1b0c9d8e");
  CHECK(ref.resource_version == "1234");
  CHECK(ref.field_path == "spec.containers{pi}");
}

TEST_CASE("FillRefTo over a reference to another pod leaves nothing of it") {
  ObjectReference ref = RefTo(MakePod("pi-x2kqz", "0c6f1b8e-6a5e-4a3c-9d1e-3f2a1b0c9d8e", 1234), "spec.containers{pi}");
  const Pod other = MakePod("a-much-longer-pod-name-abcde", "u2", 98);
  FillRefTo(other, "", ref);
  CHECK(ref == RefTo(other));
  const Pod third = MakePod("pi-abcde", "7d2e9c1a-0b3f-4e5d-8a6c-1f2e3d4c5b6a", 99999);
  FillRefTo(third, "spec.initContainers{setup}", ref);
  CHECK(ref == RefTo(third, "spec.initContainers{setup}"));
  ObjectReference job_ref;
  job_ref.kind = "Job";
  job_ref.api_version = "batch/v1";
  FillRefTo(third, "", job_ref);
  CHECK(job_ref == RefTo(third));
}
