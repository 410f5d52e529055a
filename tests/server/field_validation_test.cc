// fieldValidation: unknown fields against the served schemas, and what
// Strict, Warn and Ignore answer.
#include "server/field_validation.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;
using api::Json;

namespace {

const char* kJob = "io.k8s.api.batch.v1.Job";

std::string WarningOf(const Response& r) {
  for (const auto& [name, value] : r.headers) {
    if (name == "Warning") return value;
  }
  return "";
}

}  // namespace

TEST_CASE("a manifest with only known fields has no unknown fields") {
  Json job = Json::parse(kPiJob);
  job["metadata"]["labels"] = {{"any-label", "x"}};
  job["spec"]["template"]["spec"]["containers"][0]["resources"] = {{"limits", {{"cpu", "1"}}}};
  CHECK(UnknownFields(job, kJob).empty());
}

TEST_CASE("unknown fields are named by their path, list items by index") {
  Json job = Json::parse(kPiJob);
  job["spec"]["foo"] = 1;
  job["spec"]["template"]["spec"]["containers"][0]["imagez"] = "perl";
  job["bar"] = true;
  CHECK(UnknownFields(job, kJob) ==
        std::vector<std::string>{"bar", "spec.foo", "spec.template.spec.containers[0].imagez"});
  CHECK(StrictDecodingMessage({"spec.foo", "bar"}) ==
        "strict decoding error: unknown field \"spec.foo\", unknown field \"bar\"");
}

TEST_CASE("strategic-merge directives are not fields") {
  const Json patch = Json::parse(R"({"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"pi"}]}}}})");
  CHECK(UnknownFields(patch, kJob).empty());
}

TEST_CASE("fieldValidation: Strict rejects, Warn warns, Ignore accepts") {
  ServedCluster c;
  Json job = Json::parse(kPiJob);
  job["spec"]["foo"] = 1;
  const Response strict = c.Call("POST", std::string(kJobs) + "?fieldValidation=Strict", job.dump());
  CHECK(strict.status == 400);
  CHECK(c.Json(strict)["reason"] == "BadRequest");
  // As kube-apiserver's decoder says it (transformDecodeError), and kubectl prints it after "error when creating".
  CHECK(c.Json(strict)["message"] ==
        "Job in version \"v1\" cannot be handled as a Job: strict decoding error: unknown field \"spec.foo\"");

  const Response warn = c.Call("POST", std::string(kJobs) + "?fieldValidation=Warn", job.dump());
  CHECK(warn.status == 201);
  CHECK(WarningOf(warn) == "299 - \"unknown field \\\"spec.foo\\\"\"");

  const Response patch = c.Call("PATCH", std::string(kJobs) + "/pi?fieldValidation=Strict", R"({"spec":{"bar":2}})",
                                {{"content-type", "application/merge-patch+json"}});
  CHECK(patch.status == 400);
  CHECK(c.Call("DELETE", std::string(kJobs) + "/pi").status == 200);
  const Response ignore = c.Call("POST", std::string(kJobs) + "?fieldValidation=Ignore", job.dump());
  CHECK(ignore.status == 201);
  CHECK(WarningOf(ignore).empty());
  CHECK(c.Call("POST", std::string(kJobs) + "?fieldValidation=Loud", job.dump()).status == 400);
}
