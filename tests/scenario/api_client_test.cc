#include "sim/scenario/api_client.h"

#include <catch2/catch.hpp>

#include "sim/scenario/kubectl_messages.h"
#include "tests/support/fake_dispatcher.h"

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

Manifest JobManifest(const std::string& api_version = "batch/v1") {
  Manifest m;
  m.kind = Kind::kJob;
  m.api_version = api_version;
  m.object = Json::parse(R"({
    "kind": "Job", "metadata": {"name": "pi"},
    "spec": {"template": {"metadata": {"labels": {"app": "pi"}},
             "spec": {"containers": [{"name": "pi", "image": "perl"}], "restartPolicy": "Never"}}}})");
  m.object["apiVersion"] = api_version;
  return m;
}

ObjectRef Ref(const std::string& text) {
  ObjectRef ref;
  REQUIRE(ParseObjectRef(text, ref).ok());
  return ref;
}

struct Fixture {
  explicit Fixture(const std::string& version) {
    REQUIRE(sim::LookupProfile(version, profile).ok());
    store = std::make_unique<api::Store>(clock, 1, dispatcher, profile.api);
  }
  VirtualClock clock{1463136322000};
  test::QueueDispatcher dispatcher;
  sim::Profile profile;
  std::unique_ptr<api::Store> store;
};

}  // namespace

TEST_CASE("apply creates, then leaves an unchanged object alone, then configures a change") {
  Fixture f("1.33");
  ApiClient client(*f.store, f.profile);
  WriteResult created = client.Apply(JobManifest(), "job.yaml");
  REQUIRE(created.ok);
  CHECK(created.message == "job.batch/pi created");
  const auto job = client.Get(Ref("job/pi"));
  REQUIRE(job.has_value());
  const std::string applied = (*job)["metadata"]["annotations"][kLastAppliedAnnotation];
  CHECK(applied.back() == '\n');
  CHECK(Json::parse(applied)["metadata"] == Json::parse(R"({"annotations":{},"name":"pi","namespace":"default"})"));

  CHECK(client.Apply(JobManifest(), "job.yaml").message == "job.batch/pi unchanged");

  Manifest changed = JobManifest();
  changed.object["spec"]["parallelism"] = 3;
  CHECK(client.Apply(changed, "job.yaml").message == "job.batch/pi configured");
  CHECK((*client.Get(Ref("job/pi")))["spec"]["parallelism"] == 3);

  // Dropping the field from the manifest removes it (defaulting brings back 1).
  CHECK(client.Apply(JobManifest(), "job.yaml").message == "job.batch/pi configured");
  CHECK((*client.Get(Ref("job/pi")))["spec"]["parallelism"] == 1);
}

TEST_CASE("apply's patch drops what the last applied configuration had and the new one lacks") {
  const Json last = Json::parse(R"({"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"x":1}})");
  const Json desired = Json::parse(R"({"metadata":{"labels":{"a":"1"}}})");
  CHECK(ApplyPatchBody(last, desired) == Json::parse(R"({"metadata":{"labels":{"a":"1","b":null}},"spec":null})"));
}

TEST_CASE("create, patch and delete answer like kubectl of the era") {
  struct Row {
    std::string version;
    std::string created, patched, unchanged, deleted;
  };
  const std::vector<Row> rows = {
      {"1.3", "job \"pi\" created", "job \"pi\" patched", "job \"pi\" patched", "job \"pi\" deleted"},
      {"1.10", "job.batch \"pi\" created", "job.batch \"pi\" patched", "job.batch \"pi\" patched",
       "job.batch \"pi\" deleted"},
      {"1.33", "job.batch/pi created", "job.batch/pi patched", "job.batch/pi patched (no change)",
       "job.batch \"pi\" deleted"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION("kubernetes " << row.version) {
      Fixture f(row.version);
      ApiClient client(*f.store, f.profile);
      CHECK(client.Create(JobManifest(), "job.yaml").message == row.created);
      const Json patch = Json::parse(R"({"spec":{"parallelism":0}})");
      CHECK(client.Patch(Ref("job/pi"), api::PatchType::kMerge, patch).message == row.patched);
      CHECK(client.Patch(Ref("job/pi"), api::PatchType::kMerge, patch).message == row.unchanged);
      CHECK(client.Delete(Ref("job/pi"), api::Propagation::kDefault).message == row.deleted);
    }
  }
}

TEST_CASE("a strategic patch merges containers by name") {
  Fixture f("1.33");
  ApiClient client(*f.store, f.profile);
  Manifest pod;
  pod.kind = Kind::kPod;
  pod.api_version = "v1";
  pod.object = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"a","image":"busybox"},{"name":"b","image":"busybox"}]}})");
  REQUIRE(client.Create(pod, "").ok);
  const Json patch = Json::parse(R"({"metadata":{"labels":{"x":"y"}},"spec":{"containers":[{"name":"b","image":"alpine"}]}})");
  WriteResult r = client.Patch(Ref("pod/p"), api::PatchType::kStrategic, patch);
  REQUIRE(r.error_text == "");
  const Json got = *client.Get(Ref("pod/p"));
  CHECK(got["spec"]["containers"].size() == 2);
  CHECK(got["spec"]["containers"][0]["image"] == "busybox");
  CHECK(got["spec"]["containers"][1]["image"] == "alpine");
  CHECK(got["metadata"]["labels"]["x"] == "y");
}

TEST_CASE("a Job through extensions/v1beta1 exists until 1.7 only") {
  Fixture old_cluster("1.3");
  ApiClient old_client(*old_cluster.store, old_cluster.profile);
  CHECK(old_client.Create(JobManifest("extensions/v1beta1"), "job.yaml").ok);

  Fixture new_cluster("1.33");
  ApiClient new_client(*new_cluster.store, new_cluster.profile);
  WriteResult r = new_client.Create(JobManifest("extensions/v1beta1"), "job.yaml");
  CHECK_FALSE(r.ok);
  CHECK(r.code == 404);
  CHECK(r.error_text ==
        "error: unable to recognize \"job.yaml\": no matches for kind \"Job\" in version \"extensions/v1beta1\"");
  CHECK(new_client.Delete(Ref("jobs.extensions/pi"), api::Propagation::kDefault).error_text ==
        "the server doesn't have a resource type \"jobs\" in group \"extensions\"");
}

TEST_CASE("deleting by selector deletes each match, or says none matched") {
  Fixture f("1.33");
  ApiClient client(*f.store, f.profile);
  ResourceRef jobs;
  REQUIRE(ParseResource("jobs", jobs).ok());
  std::vector<WriteResult> none = client.DeleteAll(jobs, "default", "app=pi", api::Propagation::kBackground);
  REQUIRE(none.size() == 1);
  CHECK(none[0].message == "No resources found");
  REQUIRE(client.Create(JobManifest(), "").ok);
  std::vector<WriteResult> one = client.DeleteAll(jobs, "default", "app=pi", api::Propagation::kBackground);
  REQUIRE(one.size() == 1);
  CHECK(one[0].message == "job.batch \"pi\" deleted");
  CHECK(one[0].warnings.empty());  // an explicit propagation policy silences the orphan warning
}

TEST_CASE("API errors print as kubectl's checkErr prints them") {
  kubectl::KubectlRules modern;
  kubectl::KubectlRules legacy;
  legacy.error_reason_in_parentheses = false;
  const api::Status exists = api::Status::AlreadyExists("jobs.batch", "pi");
  CHECK(ErrorText(modern, exists, "creating", "job.yaml") ==
        "Error from server (AlreadyExists): error when creating \"job.yaml\": jobs.batch \"pi\" already exists");
  CHECK(ErrorText(legacy, exists) == "Error from server: jobs.batch \"pi\" already exists");
  const api::Status one = api::Status::Invalid("Job.batch", "pi", {{"FieldValueRequired", "Required value", "spec.a"}});
  CHECK(ErrorText(modern, one, "creating", "job.yaml") == "The Job \"pi\" is invalid: spec.a: Required value");
  const api::Status two = api::Status::Invalid(
      "Job.batch", "pi", {{"FieldValueRequired", "Required value", "spec.a"}, {"x", "Bad", "spec.b"}});
  CHECK(ErrorText(modern, two) == "The Job \"pi\" is invalid: \n* spec.a: Required value\n* spec.b: Bad");
  // kubectl 1.3: "is invalid." then the cause on its own line; several after a blank line.
  legacy.invalid_causes_inline = false;
  CHECK(ErrorText(legacy, one, "creating", "job.yaml") == "The Job \"pi\" is invalid.\nspec.a: Required value");
  CHECK(ErrorText(legacy, two) == "The Job \"pi\" is invalid.\n\n* spec.a: Required value\n* spec.b: Bad");
  // The wire form keeps the field apart from the message, as kube-apiserver's causes do.
  CHECK(two.causes()[0].message == "Required value");
  CHECK(two.message() == "Job.batch \"pi\" is invalid: [spec.a: Required value, spec.b: Bad]");
}
