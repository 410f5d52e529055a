#include "fakeapi/store.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "fakeapi/codec.h"
#include "fakeapi/well_known.h"
#include "tests/support/store_fixture.h"

using namespace jobsim;
using namespace jobsim::api;

namespace {

Job PiJob() {
  Job job;
  job.metadata.name = "pi";
  Container c;
  c.name = "pi";
  c.image = "perl";
  c.command = {"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
  job.spec.template_.spec.Mut().containers.push_back(c);
  job.spec.template_.spec.Mut().restart_policy = "Never";
  return job;
}

// pi-abcde, controlled by the Job.
Pod PodOf(const Job& job) {
  Pod pod;
  pod.metadata.name = "pi-abcde";
  pod.metadata.owner_references.push_back({"batch/v1", "Job", "pi", job.metadata.uid.str(), true, true});
  pod.spec.Mut().containers.push_back(Container{.name = "pi", .image = "perl"});
  return pod;
}

// "p", with the Job controller's tracking finalizer and one container.
Pod TrackedPod() {
  Pod pod;
  pod.metadata.name = "p";
  pod.metadata.finalizers = {kJobTrackingFinalizer};
  pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
  return pod;
}

struct Fixture {
  VirtualClock clock{1463136322000};  // 2016-05-13T10:45:22Z
  test::QueueDispatcher dispatcher;
  Store store{clock, 1, dispatcher, ApiRules{}};
};

}  // namespace

TEST_CASE("a Job gets defaults, a generated selector and the template labels") {
  Fixture f;
  auto r = f.store.Create(PiJob());
  REQUIRE(r.ok());
  const Job& job = *r.object;
  CHECK(job.spec.parallelism == 1);
  CHECK(job.spec.completions == 1);
  CHECK(job.spec.backoff_limit == 6);
  CHECK(job.metadata.generation == 1);
  CHECK(job.spec.selector->match_labels.at(kControllerUidLabel) == job.metadata.uid);
  CHECK(job.spec.template_.metadata.labels.at(kLegacyJobNameLabel) == "pi");
  CHECK(job.metadata.labels.at(kJobNameLabel) == "pi");
  CHECK(job.metadata.creation_timestamp == 1463136322000);
  CHECK(job.metadata.resource_version == 1);
}

TEST_CASE("an env fieldRef without apiVersion gets v1, in the Job's template and in a pod") {
  Fixture f;
  Job job = PiJob();
  EnvVar var{.name = "INDEX"};
  var.value_from = {{"fieldRef", {{"fieldPath", "metadata.annotations['x']"}}}};
  job.spec.template_.spec.Mut().containers.Mut()[0].env.push_back(var);
  auto r = f.store.Create(job);
  REQUIRE(r.ok());
  const Json want = {{"fieldRef", {{"apiVersion", "v1"}, {"fieldPath", "metadata.annotations['x']"}}}};
  CHECK(r.object->spec.template_.spec->containers[0].env[0].value_from == want);
  Pod pod;
  pod.metadata.name = "p";
  pod.spec.Mut().containers.push_back(job.spec.template_.spec->containers[0]);
  auto p = f.store.Create(pod);
  REQUIRE(p.ok());
  CHECK(p.object->spec->containers[0].env[0].value_from == want);
}

TEST_CASE("restartPolicy Always is rejected for a Job") {
  Fixture f;
  Job job = PiJob();
  job.spec.template_.spec.Mut().restart_policy = "";
  auto r = f.store.Create(job);
  REQUIRE(r.status.code() == 422);
  CHECK(r.status.message() ==
        "Job.batch \"pi\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "
        "\"OnFailure\", \"Never\"");
}

TEST_CASE("creating an existing Job is AlreadyExists; a stale update is a Conflict") {
  Fixture f;
  auto first = f.store.Create(PiJob());
  REQUIRE(first.ok());
  auto again = f.store.Create(PiJob());
  CHECK(again.status.code() == 409);
  CHECK(again.status.message() == "jobs.batch \"pi\" already exists");
  Job stale = *first.object;
  Job newer = *first.object;
  newer.spec.parallelism = 0;
  REQUIRE(f.store.Update(newer).ok());
  stale.spec.parallelism = 2;
  auto conflict = f.store.Update(stale);
  CHECK(conflict.status.IsConflict());
  CHECK(f.store.Get<Job>("default", "pi")->metadata.generation == 2);
}

TEST_CASE("a create of an object the caller holds stores that object; a taken name leaves it as it was") {
  Fixture f;
  auto job = std::make_shared<Job>(PiJob());
  auto first = f.store.Create(job);
  REQUIRE(first.ok());
  CHECK(first.object.get() == job.get());  // stored as it is, not copied
  CHECK(!job->metadata.uid.empty());

  auto taken = std::make_shared<Job>(PiJob());
  auto again = f.store.Create(taken);
  CHECK(again.status.IsAlreadyExists());
  CHECK(again.object == nullptr);
  CHECK(taken->metadata.uid.empty());  // untouched: the caller may rename it and try again
  CHECK(taken->metadata.resource_version == 0);
  taken->metadata.name = "pi-2";
  CHECK(f.store.Create(taken).ok());
}

TEST_CASE("generateName appends five characters of the era's alphabet") {
  Fixture f;
  Pod pod;
  pod.metadata.generate_name = "pi-";
  pod.spec.Mut().containers.push_back(Container{.name = "pi", .image = "perl"});
  auto r = f.store.Create(pod);
  REQUIRE(r.ok());
  const std::string& name = r.object->metadata.name;
  REQUIRE(name.size() == 8);
  for (char c : name.substr(3)) CHECK(std::string("bcdfghjklmnpqrstvwxz2456789").find(c) != std::string::npos);
}

TEST_CASE("a scheduled pod is deleted gracefully; finalizers hold it until removed") {
  Fixture f;
  REQUIRE(f.store.Create(TrackedPod()).ok());
  REQUIRE(f.store.Bind("default", "p", "node-1").ok());
  auto graceful = f.store.Delete<Pod>("default", "p");
  REQUIRE(graceful.ok());
  CHECK(graceful.object->metadata.deletion_grace_period_seconds == 30);
  DeleteOptions now;
  now.grace_period_seconds = 0;
  auto held = f.store.Delete<Pod>("default", "p", now);
  REQUIRE(held.ok());
  REQUIRE(f.store.Get<Pod>("default", "p"));
  auto released = f.store.Patch<Pod>("default", "p", [](Pod& p) {
    p.metadata.finalizers.Mut().clear();
    return Status::Ok();
  });
  REQUIRE(released.ok());
  CHECK(!f.store.Get<Pod>("default", "p"));
}

TEST_CASE("a pod status write changes only the status; an unchanged status is no write") {
  Fixture f;
  Pod pod;
  pod.metadata.name = "p";
  pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
  REQUIRE(f.store.Create(pod).ok());
  auto stored = f.store.Get<Pod>("default", "p");
  PodLocator where("default", "p");
  auto running = f.store.PatchPodStatus("default", "p", where, [&](const Pod& old, PodStatus& status) {
    CHECK(&old == stored.get());
    status.phase = "Running";
    return Status::Ok();
  });
  REQUIRE(running.ok());
  CHECK(running.object->status.phase == "Running");
  CHECK(running.object->metadata.resource_version == stored->metadata.resource_version + 1);
  CHECK(running.object->metadata.uid == stored->metadata.uid);
  CHECK(&running.object->spec.get() == &stored->spec.get());  // the spec itself, not a copy
  auto same = f.store.PatchPodStatus("default", "p", where, [](const Pod&, PodStatus& status) {
    status.phase = "Running";
    return Status::Ok();
  });
  CHECK(same.object == running.object);
  auto refused = f.store.PatchPodStatus("default", "p", where, [](const Pod& old, PodStatus&) {
    return Status::Conflict("pods", old.metadata.name);
  });
  CHECK(!refused.ok());
  PodLocator other("default", "q");
  CHECK(f.store.PatchPodStatus("default", "q", other, [](const Pod&, PodStatus&) { return Status::Ok(); })
            .status.IsNotFound());
}

TEST_CASE("a pod metadata patch changes only the metadata; an unchanged one is no write") {
  Fixture f;
  REQUIRE(f.store.Create(TrackedPod()).ok());
  auto stored = f.store.Get<Pod>("default", "p");
  auto released = f.store.PatchPodMetadata("default", "p", [&](const Pod& old, ObjectMeta& meta) {
    CHECK(&old == stored.get());
    meta.finalizers = Cow<std::vector<std::string>>();
    meta.uid = "not-the-uid";  // the members no write changes keep their stored values
    meta.creation_timestamp = 1;
    return Status::Ok();
  });
  REQUIRE(released.ok());
  CHECK(released.object->metadata.finalizers.empty());
  CHECK(released.object->metadata.uid == stored->metadata.uid);
  CHECK(released.object->metadata.creation_timestamp == stored->metadata.creation_timestamp);
  CHECK(released.object->metadata.resource_version == stored->metadata.resource_version + 1);
  CHECK(&released.object->spec.get() == &stored->spec.get());
  CHECK(released.object->status == stored->status);
  auto same = f.store.PatchPodMetadata("default", "p", [](const Pod&, ObjectMeta& meta) {
    meta.finalizers = Cow<std::vector<std::string>>();
    return Status::Ok();
  });
  CHECK(same.object == released.object);
  auto renamed = f.store.PatchPodMetadata("default", "p", [](const Pod&, ObjectMeta& meta) {
    meta.name = "q";
    return Status::Ok();
  });
  CHECK(renamed.status.code() == 400);
  CHECK(renamed.status.message() == "the name of the object (q) does not match the name on the URL (p)");
  auto refused = f.store.PatchPodMetadata("default", "p", [](const Pod& old, ObjectMeta&) {
    return Status::Conflict("pods", old.metadata.name);
  });
  CHECK(!refused.ok());
  CHECK(f.store.PatchPodMetadata("default", "q", [](const Pod&, ObjectMeta&) { return Status::Ok(); })
            .status.IsNotFound());
}

TEST_CASE("pods made from one spec share it, defaulted, and then one bound spec per node") {
  Fixture f;
  Cow<PodSpec> spec;  // a Job's template spec
  spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
  for (const char* name : {"a", "b", "c", "d"}) {
    Pod pod;
    pod.metadata.name = name;
    pod.spec = spec;
    REQUIRE(f.store.Create(pod).ok());
  }
  auto a = f.store.Get<Pod>("default", "a");
  auto b = f.store.Get<Pod>("default", "b");
  CHECK(a->spec->restart_policy == "Always");
  CHECK(&a->spec.get() == &b->spec.get());
  CHECK(spec->restart_policy.empty());  // the template's own spec is left as it was
  auto bound = f.store.Bind("default", "a", "node-1");
  REQUIRE(bound.ok());
  CHECK(bound.object->spec->node_name == "node-1");
  CHECK(bound.object->spec->restart_policy == "Always");
  CHECK(f.store.Get<Pod>("default", "b")->spec->node_name.empty());

  auto c = f.store.Bind("default", "c", "node-1");  // the same node: the same bound spec
  auto d = f.store.Bind("default", "d", "node-2");
  REQUIRE(c.ok());
  REQUIRE(d.ok());
  CHECK(&c.object->spec.get() == &bound.object->spec.get());
  CHECK(d.object->spec->node_name == "node-2");
  CHECK(&d.object->spec.get() != &bound.object->spec.get());
  CHECK(bound.object->spec->node_name == "node-1");  // shared, never written after
}

TEST_CASE("pods made from one invalid spec are each rejected with its errors") {
  Fixture f;
  Cow<PodSpec> spec;
  spec.Mut().containers.push_back(Container{.name = "c"});  // no image
  for (const char* name : {"a", "b", "C"}) {
    Pod pod;
    pod.metadata.name = name;
    pod.spec = spec;
    const Status status = f.store.Create(pod).status;
    CHECK(status.message().find("spec.containers[0].image: Required value") != std::string::npos);
    CHECK(!f.store.Get<Pod>("default", name));
  }
}

TEST_CASE("pods bound in the same second share one PodScheduled list") {
  Fixture f;
  for (const char* name : {"a", "b", "c"}) {
    Pod pod;
    pod.metadata.name = name;
    pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
    REQUIRE(f.store.Create(pod).ok());
  }
  auto a = f.store.Bind("default", "a", "node-1");
  auto b = f.store.Bind("default", "b", "node-2");
  f.clock.AdvanceTo(1'000);
  auto c = f.store.Bind("default", "c", "node-1");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(c.ok());
  CHECK(&a.object->status.conditions.get() == &b.object->status.conditions.get());
  CHECK(&c.object->status.conditions.get() != &a.object->status.conditions.get());
  REQUIRE(c.object->status.conditions.size() == 1);
  CHECK(c.object->status.conditions[0].type == "PodScheduled");
  CHECK(c.object->status.conditions[0].status == "True");
  CHECK(c.object->status.conditions[0].last_transition_time == a.object->status.conditions[0].last_transition_time + 1'000);
}

TEST_CASE("watchers see writes in resourceVersion order, after the write returns") {
  Fixture f;
  std::vector<std::string> seen;
  f.store.Watch<Job>([&](const WatchEvent<Job>& e) {
    seen.push_back(std::string(WatchTypeName(e.type)) + ":" + std::to_string(e.object->metadata.resource_version));
  });
  auto r = f.store.Create(PiJob());
  CHECK(seen.empty());
  f.store.Delete<Job>("default", "pi", DeleteOptions{.propagation = Propagation::kBackground});
  f.dispatcher.RunAll();
  CHECK(seen == std::vector<std::string>{"ADDED:1", "DELETED:2"});
}

TEST_CASE("a node-scoped pod watch sees only the pods bound to its node, in watch order") {
  Fixture f;
  std::vector<std::string> seen;
  auto record = [&](const std::string& who) {
    return [&seen, who](const WatchEvent<Pod>& e) {
      seen.push_back(who + " " + WatchTypeName(e.type) + " " + e.object->metadata.name);
    };
  };
  f.store.WatchPodsOnNode("node-1", record("kubelet-1"));
  f.store.Watch<Pod>(record("all"));
  f.store.WatchPodsOnNode("node-2", record("kubelet-2"));
  for (const char* name : {"a", "b"}) {
    Pod pod;
    pod.metadata.name = name;
    pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
    REQUIRE(f.store.Create(pod).ok());
  }
  REQUIRE(f.store.Bind("default", "a", "node-1").ok());
  REQUIRE(f.store.Bind("default", "b", "node-2").ok());
  f.store.Delete<Pod>("default", "a", DeleteOptions{.grace_period_seconds = 0});
  f.dispatcher.RunAll();
  CHECK(seen == std::vector<std::string>{
                    "all ADDED a", "all ADDED b",
                    "kubelet-1 ADDED a", "all MODIFIED a",  // bound: new to node-1's kubelet
                    "all MODIFIED b", "kubelet-2 ADDED b",
                    "kubelet-1 DELETED a", "all DELETED a"});
}

TEST_CASE("a watcher may stop its own watch or a later one while an event is delivered") {
  Fixture f;
  std::vector<std::string> seen;
  Store::WatchId first = 0, second = 0, third = 0;
  first = f.store.Watch<Job>([&](const WatchEvent<Job>& e) {
    seen.push_back(std::string("first ") + WatchTypeName(e.type));
    f.store.StopWatch(first);  // its own: the callback runs to its end
    f.store.StopWatch(third);  // a later one: skipped for this event already
  });
  second = f.store.Watch<Job>([&](const WatchEvent<Job>& e) {
    seen.push_back(std::string("second ") + WatchTypeName(e.type));
  });
  third = f.store.Watch<Job>([&](const WatchEvent<Job>&) { seen.push_back("third"); });
  REQUIRE(f.store.Create(PiJob()).ok());
  f.store.Delete<Job>("default", "pi", DeleteOptions{.propagation = Propagation::kBackground});
  f.dispatcher.RunAll();
  CHECK(seen == std::vector<std::string>{"first ADDED", "second ADDED", "second DELETED"});
  f.store.StopWatch(second);
}

TEST_CASE("a pod's logs are kept per container instance and go with the pod") {
  Fixture f;
  for (const char* name : {"p", "p-2"}) {
    Pod pod;
    pod.metadata.name = name;
    pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
    REQUIRE(f.store.Create(pod).ok());
    f.store.WriteLog("default", name, "c", 0, "first\n");
  }
  f.store.WriteLog("default", "p", "c", 0, "more\n");
  f.store.WriteLog("default", "p", "c", 1, "");
  REQUIRE(f.store.ReadLog("default", "p", "c", 0));
  CHECK(*f.store.ReadLog("default", "p", "c", 0) == "first\nmore\n");
  REQUIRE(f.store.ReadLog("default", "p", "c", 1));  // ran, wrote nothing
  CHECK(f.store.ReadLog("default", "p", "c", 1)->empty());
  CHECK(f.store.ReadLog("default", "p", "c", 2) == nullptr);
  CHECK(f.store.ReadLog("default", "p", "other", 0) == nullptr);
  CHECK(f.store.ReadLog("other", "p", "c", 0) == nullptr);
  f.store.Delete<Pod>("default", "p", DeleteOptions{.grace_period_seconds = 0});
  CHECK(f.store.ReadLog("default", "p", "c", 0) == nullptr);
  CHECK(f.store.ReadLog("default", "p", "c", 1) == nullptr);
  REQUIRE(f.store.ReadLog("default", "p-2", "c", 0));  // another pod whose name starts alike keeps its logs
  CHECK(*f.store.ReadLog("default", "p-2", "c", 0) == "first\n");
}

TEST_CASE("deleting a batch/v1 Job without a policy orphans its pods with a warning") {
  Fixture f;
  auto job = f.store.Create(PiJob()).object;
  Pod pod;
  pod.metadata.name = "pi-abcde";
  pod.metadata.owner_references.push_back(
      {"batch/v1", "Job", "pi", job->metadata.uid.str(), true, true});
  pod.spec.Mut().containers.push_back(Container{.name = "pi", .image = "perl"});
  REQUIRE(f.store.Create(pod).ok());
  auto r = f.store.Delete<Job>("default", "pi");
  REQUIRE(r.ok());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("child pods are preserved by default") == 0);
  f.dispatcher.RunAll();
  CHECK(!f.store.Get<Job>("default", "pi"));
  auto orphan = f.store.Get<Pod>("default", "pi-abcde");
  REQUIRE(orphan);
  CHECK(orphan->metadata.owner_references.empty());
}

TEST_CASE("Background deletion removes the Job's pods") {
  Fixture f;
  auto job = f.store.Create(PiJob()).object;
  REQUIRE(f.store.Create(PodOf(*job)).ok());
  auto r = f.store.Delete<Job>("default", "pi", DeleteOptions{.propagation = Propagation::kBackground});
  REQUIRE(r.ok());
  CHECK(r.warnings.empty());
  f.dispatcher.RunAll();
  CHECK(!f.store.Get<Pod>("default", "pi-abcde"));
}

TEST_CASE("Foreground deletion keeps the Job until its last pod is gone, however long that takes") {
  Fixture f;
  auto job = f.store.Create(PiJob()).object;
  REQUIRE(f.store.Create(PodOf(*job)).ok());
  REQUIRE(f.store.Bind("default", "pi-abcde", "node-1").ok());  // running: deleted gracefully
  auto r = f.store.Delete<Job>("default", "pi", DeleteOptions{.propagation = Propagation::kForeground});
  REQUIRE(r.ok());
  CHECK(r.object->metadata.HasFinalizer(kForegroundFinalizer));
  f.dispatcher.RunAll();
  auto terminating = f.store.Get<Pod>("default", "pi-abcde");
  REQUIRE(terminating);
  CHECK(terminating->metadata.deletion_timestamp);
  REQUIRE(f.store.Get<Job>("default", "pi"));  // waits for the pod
  REQUIRE(f.store.Delete<Pod>("default", "pi-abcde", DeleteOptions{.grace_period_seconds = 0}).ok());
  f.dispatcher.RunAll();
  CHECK(!f.store.Get<Job>("default", "pi"));
}

TEST_CASE("a Namespace is Active with the kubernetes finalizer and, from 1.21, its name as a label") {
  for (const bool labelled : {true, false}) {
    ApiRules rules;
    rules.namespace_name_label = labelled;
    test::StoreFixture f(rules);
    Namespace ns;
    ns.metadata.name = "team-a";
    ns.phase = "Terminating";  // the API server starts every namespace Active
    const auto created = f.store.Create(ns);
    REQUIRE(created.ok());
    CHECK(created.object->phase == "Active");
    CHECK(created.object->spec["finalizers"] == Json::array({"kubernetes"}));
    const auto& labels = *created.object->metadata.labels;
    CHECK(labels.count("kubernetes.io/metadata.name") == (labelled ? 1u : 0u));
    if (!labelled) continue;
    CHECK(labels.at("kubernetes.io/metadata.name") == "team-a");
    Namespace edited = *created.object;
    edited.metadata.labels = std::map<std::string, std::string>{};  // an update cannot drop the label
    const auto updated = f.store.Update(edited);
    REQUIRE(updated.ok());
    CHECK(updated.object->metadata.labels->at("kubernetes.io/metadata.name") == "team-a");
  }
}

namespace {

// A kubelet's event as a recorder makes it: its name "<pod>.<hex nanoseconds>".
Event RecorderMadeEvent(uint64_t nanos, const std::string& message) {
  Event e;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(nanos));
  e.metadata.name = std::string("pi-abcde.") + hex;
  e.metadata.namespace_ = "default";
  e.involved_object = {"Pod", "default", "pi-abcde", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "",
                       "spec.containers{pi}"};
  e.reason = "Started";
  e.message = message;
  e.source = {"kubelet", "node-1"};
  e.first_timestamp = e.last_timestamp = 1463136322000;
  e.count = 1;
  e.type = "Normal";
  e.reporting_component = "kubelet";
  e.reporting_instance = "node-1";
  return e;
}

}  // namespace

TEST_CASE("a recorder's Event stored from its view is the one Create stores from the Event") {
  Fixture full, trusted;
  std::vector<std::string> full_seen, trusted_seen;
  full.store.Watch<Event>([&](const WatchEvent<Event>& e) { full_seen.push_back(Encode(*e.object).dump()); });
  trusted.store.Watch<Event>([&](const WatchEvent<Event>& e) { trusted_seen.push_back(Encode(*e.object).dump()); });
  // Messages that name their object as a word, inside a longer word, or not at all.
  const std::vector<std::string> messages = {"Started container pi", "Started pi-abcde", "Created pi-abcdef"};
  uint64_t nanos = 0x14ce1a2b3c4d5e6f;
  for (const std::string& message : messages) {
    const Event e = RecorderMadeEvent(++nanos, message);
    REQUIRE(full.store.Create(e).ok());
    EventView view = ViewOf(e);
    view.metadata.name_nanos = nanos;
    view.metadata.uid = "ignored";  // the store's to set
    view.metadata.resource_version = 99;
    REQUIRE(trusted.store.CreateRecorded(view).ok());
  }
  std::vector<std::shared_ptr<const Event>> full_list, trusted_list;
  REQUIRE(full.store.List<Event>({}, full_list).ok());
  REQUIRE(trusted.store.List<Event>({}, trusted_list).ok());
  REQUIRE(full_list.size() == messages.size());
  REQUIRE(trusted_list.size() == full_list.size());
  for (size_t i = 0; i < full_list.size(); ++i) CHECK(*trusted_list[i] == *full_list[i]);
  const std::string& name = full_list[0]->metadata.name;
  CHECK(*trusted.store.Get<Event>("default", name) == *full.store.Get<Event>("default", name));
  CHECK(trusted.store.resource_version() == full.store.resource_version());
  full.dispatcher.RunAll();
  trusted.dispatcher.RunAll();
  CHECK(full_seen.size() == messages.size());
  CHECK(trusted_seen == full_seen);

  SECTION("a taken name is AlreadyExists, an invalid one Invalid, as through Create; neither is stored") {
    CHECK(trusted.store.CreateRecorded(ViewOf(*full_list[0])).IsAlreadyExists());
    // Names of the recorders' form: the object's name is not a subdomain, or
    // is one but too long for the event's; and a name of another form.
    for (const std::string& object : {std::string("Pi"), std::string(252, 'p'), std::string("pi")}) {
      Event invalid = RecorderMadeEvent(1, "x");
      invalid.involved_object.name = object;
      invalid.metadata.name = object == "pi" ? "pi.-1" : object + ".1";
      EventView view = ViewOf(invalid);
      if (object != "pi") view.metadata.name_nanos = 1;
      const Status status = trusted.store.CreateRecorded(view);
      CHECK(status.reason() == "Invalid");
      CHECK(status.message() == full.store.Create(invalid).status.message());
      CHECK(trusted.store.Get<Event>("default", invalid.metadata.name) == nullptr);
      CHECK(trusted.store.resource_version() == full.store.resource_version());
    }
  }
}
