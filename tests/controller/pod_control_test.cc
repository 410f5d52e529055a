// StorePodControl against a real Store: the calls and the events with
// upstream's exact messages (pkg/controller/controller_utils.go).
#include "controller/pod_control.h"

#include <catch2/catch.hpp>

#include "fakeapi/well_known.h"
#include "tests/controller/fake_client.h"
#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

struct Fixture {
  Fixture() {
    api::Namespace ns;
    ns.metadata.name = "default";
    store.Create(ns);
    job.metadata.name = "pi";
    job.metadata.namespace_ = "default";
    job.metadata.uid = "pi-uid";
    job.spec.template_.metadata.labels = {{"job-name", "pi"}};
    api::Container c;
    c.name = "pi";
    c.image = "perl";
    job.spec.template_.spec.Mut().containers.push_back(c);
    job.spec.template_.spec.Mut().restart_policy = "Never";
  }
  std::vector<std::string> Events() const {
    std::vector<std::string> out;
    for (const auto& e : events.events) out.push_back(e.object + " " + e.type + " " + e.reason + " " + e.message);
    return out;
  }
  VirtualClock clock{1735689600000};
  jobsim::test::TestLoop executor{clock};
  api::Store store{clock, 3, executor, api::ApiRules{}};
  RecordingEvents events;
  StorePodControl control{store, events};
  api::Job job;
};

}  // namespace

TEST_CASE("pod control creates, patches and deletes pods and reports each on the Job") {
  Fixture f;
  REQUIRE(f.control.CreatePod(f.job, NewPodForJob(f.job, ControllerRules{})).ok());
  std::vector<std::shared_ptr<const api::Pod>> pods;
  f.store.List(api::ListOptions{}, pods);
  REQUIRE(pods.size() == 1);
  const api::Pod pod = *pods[0];
  CHECK(pod.metadata.name.rfind("pi-", 0) == 0);
  CHECK(pod.metadata.HasFinalizer(api::kJobTrackingFinalizer));
  CHECK(f.control.RemoveTrackingFinalizer(pod).ok());
  CHECK_FALSE(f.store.Get<api::Pod>("default", pod.metadata.name)->metadata.HasFinalizer(api::kJobTrackingFinalizer));
  CHECK(f.control.DeletePod(f.job, pod).ok());
  CHECK(f.store.Get<api::Pod>("default", pod.metadata.name) == nullptr);
  // A pod already gone: NotFound comes back, without an event.
  CHECK(f.control.DeletePod(f.job, pod).IsNotFound());
  CHECK(f.Events() == std::vector<std::string>{"Job/pi Normal SuccessfulCreate Created pod: " + pod.metadata.name,
                                               "Job/pi Normal SuccessfulDelete Deleted pod: " + pod.metadata.name});
}

TEST_CASE("a rejected pod is reported as FailedCreate with the API's error") {
  Fixture f;
  f.job.spec.template_.spec.Mut().containers.Mut()[0].image.clear();
  const api::Status st = f.control.CreatePod(f.job, NewPodForJob(f.job, ControllerRules{}));
  REQUIRE_FALSE(st.ok());
  REQUIRE(f.Events().size() == 1);
  CHECK(f.Events()[0] == "Job/pi Warning FailedCreate Error creating: " + st.message());
}

TEST_CASE("adoption adds the controller reference and the finalizer; release removes the reference") {
  Fixture f;
  api::Pod orphan;
  orphan.metadata.name = "stray";
  orphan.spec = f.job.spec.template_.spec;
  auto created = f.store.Create(orphan);
  REQUIRE(created.ok());
  REQUIRE(f.control.AdoptPod(f.job, *created.object, true).ok());
  auto adopted = f.store.Get<api::Pod>("default", "stray");
  REQUIRE(adopted->metadata.ControllerRef() != nullptr);
  CHECK(*adopted->metadata.ControllerRef() == ControllerRefTo(f.job));
  CHECK(adopted->metadata.HasFinalizer(api::kJobTrackingFinalizer));
  REQUIRE(f.control.ReleasePod(f.job, *adopted).ok());
  CHECK(f.store.Get<api::Pod>("default", "stray")->metadata.owner_references.empty());
  CHECK(f.events.events.empty());
}

TEST_CASE("an Indexed pod's name, hostname and index") {
  api::Job job;
  job.metadata.name = std::string(60, 'a');
  api::Container c;
  c.name = "main";
  job.spec.template_.spec.Mut().containers.push_back(c);
  const api::Pod pod = NewPodForJob(job, ControllerRules{}, 12);
  // generateName fits 58 characters: the Job name is cut, the index kept.
  CHECK(pod.metadata.generate_name == std::string(54, 'a') + "-12-");
  CHECK(pod.spec->hostname == job.metadata.name + "-12");
  CHECK(pod.metadata.annotations.at(api::kJobCompletionIndex) == "12");
  CHECK(pod.metadata.labels.at(api::kJobCompletionIndex) == "12");
  REQUIRE(pod.spec->containers[0].env.size() == 1);
  CHECK(pod.spec->containers[0].env[0].name == "JOB_COMPLETION_INDEX");
}
