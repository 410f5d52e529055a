// The API surface through ApiServer::Handle, as kubectl drives it (requests
// shaped after kubectl-wire.md §4), without sockets.
#include "server/api_server.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;

namespace {

std::string HeaderOf(const Response& r, const std::string& name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return "";
}

}  // namespace

TEST_CASE("/version reports the profile's version, which steers the kubectl dispatcher") {
  ServedCluster c("1.32");
  const Response r = c.Call("GET", "/version?timeout=5s");
  CHECK(r.status == 200);
  CHECK(c.Json(r)["minor"] == "32");
  CHECK(c.Json(r)["gitVersion"] == "v1.32.0");
}

TEST_CASE("health endpoints answer ok, unknown paths the plain 404 kubectl's fallbacks expect") {
  ServedCluster c;
  CHECK(c.Call("GET", "/healthz").body == "ok");
  CHECK(c.Call("GET", "/readyz").status == 200);
  const Response missing = c.Call("GET", "/openapi/v2");
  CHECK(missing.status == 404);
  CHECK(missing.content_type.rfind("text/plain", 0) == 0);
}

TEST_CASE("discovery: aggregated with its exact content type, legacy otherwise") {
  ServedCluster c;
  const Response agg = c.Call("GET", "/apis?timeout=32s", "",
                              {{"accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                                          "application/json"}});
  CHECK(agg.content_type == "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
  const Response legacy = c.Call("GET", "/api", "", {{"accept", "application/json, */*"}, {"host", "127.0.0.1:1"}});
  CHECK(c.Json(legacy)["kind"] == "APIVersions");
  CHECK(c.Call("GET", "/apis/batch/v1").status == 200);
}

TEST_CASE("OpenAPI v3 carries fieldValidation on each kind's own PATCH operation") {
  ServedCluster c;
  const api::Json index = c.Json(c.Call("GET", "/openapi/v3"));
  const std::string url = index["paths"]["apis/batch/v1"]["serverRelativeURL"];
  CHECK(url.rfind("/openapi/v3/apis/batch/v1?hash=", 0) == 0);
  const api::Json doc = c.Json(c.Call("GET", url));
  const api::Json& patch = doc["paths"]["/apis/batch/v1/namespaces/{namespace}/jobs/{name}"]["patch"];
  CHECK(patch["x-kubernetes-group-version-kind"]["kind"] == "Job");
  CHECK(patch["parameters"][0]["name"] == "fieldValidation");
}

TEST_CASE("OpenAPI v2 is a protobuf document for kubectl 1.27/1.28, served only as protobuf") {
  ServedCluster c;
  const Response r =
      c.Call("GET", "/openapi/v2", "", {{"accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf"}});
  REQUIRE(r.status == 200);
  CHECK(r.content_type.find('@') == std::string::npos);
  CHECK(r.body.rfind(std::string("\x0a\x03" "2.0"), 0) == 0);
  CHECK(r.body.find("/apis/batch/v1/namespaces/{namespace}/jobs/{name}") != std::string::npos);
  CHECK(r.body.find("fieldValidation") != std::string::npos);
  CHECK(r.body.find("group: batch\nkind: Job\nversion: v1\n") != std::string::npos);
}

TEST_CASE("create, get and a missing get, as kubectl create -f and get job do") {
  ServedCluster c;
  const Response created = c.Call("POST", std::string(kJobs) + "?fieldManager=kubectl-create&fieldValidation=Strict", kPiJob);
  REQUIRE(created.status == 201);
  CHECK(c.Json(created)["metadata"]["namespace"] == "default");
  const Response got = c.Call("GET", std::string(kJobs) + "/pi");
  CHECK(c.Json(got)["kind"] == "Job");
  CHECK(c.Json(got)["apiVersion"] == "batch/v1");
  const Response again = c.Call("POST", kJobs, kPiJob);
  CHECK(again.status == 409);
  CHECK(c.Json(again)["reason"] == "AlreadyExists");
  const Response missing = c.Call("GET", std::string(kJobs) + "/nope");
  CHECK(missing.status == 404);
  CHECK(c.Json(missing)["message"] == "jobs.batch \"nope\" not found");
  CHECK(c.Json(missing)["details"]["kind"] == "jobs");
}

TEST_CASE("the controller runs behind the API: a created job gets its pod") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 1000);
  const api::Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods?labelSelector=job-name%3Dpi"));
  CHECK(pods["kind"] == "PodList");
  REQUIRE(pods["items"].size() == 1);
  CHECK(pods["items"][0]["metadata"]["ownerReferences"][0]["name"] == "pi");
}

TEST_CASE("a Table answers kubectl's human output, wide columns at priority 1") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const api::Json table = c.Json(c.Call("GET", std::string(kJobs) + "?limit=500", "", {{"accept", kTableAccept}}));
  CHECK(table["kind"] == "Table");
  CHECK_FALSE(table["metadata"]["resourceVersion"].get<std::string>().empty());
  CHECK(table["columnDefinitions"][0]["name"] == "NAME");
  bool images_wide = false;
  for (const auto& col : table["columnDefinitions"]) images_wide |= col["name"] == "IMAGES" && col["priority"] == 1;
  CHECK(images_wide);
  REQUIRE(table["rows"].size() == 1);
  CHECK(table["rows"][0]["cells"][0] == "pi");
  CHECK(table["rows"][0]["object"]["metadata"]["name"] == "pi");
}

TEST_CASE("strategic merge patch merges containers by name, keeping the command") {
  ServedCluster c;
  const char* pod = R"json({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
    "spec":{"containers":[{"name":"main","image":"perl:5.34","command":["perl","-e","1"]}],"restartPolicy":"Never"}})json";
  REQUIRE(c.Call("POST", "/api/v1/namespaces/default/pods", pod).status == 201);
  const Response smp = c.Call("PATCH", "/api/v1/namespaces/default/pods/p",
                              R"({"spec":{"containers":[{"name":"main","image":"perl:5.36"}]}})",
                              {{"content-type", "application/strategic-merge-patch+json"}});
  REQUIRE(smp.status == 200);
  const api::Json patched = c.Json(smp);
  const api::Json& container = patched["spec"]["containers"][0];
  CHECK(container["image"] == "perl:5.36");
  CHECK(container["command"][0] == "perl");
}

TEST_CASE("merge and JSON patches of a job, its template stays immutable") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const std::string pi = std::string(kJobs) + "/pi";
  const Response merge = c.Call("PATCH", pi, R"({"metadata":{"labels":{"tier":"a"}}})",
                                {{"content-type", "application/merge-patch+json"}});
  CHECK(c.Json(merge)["metadata"]["labels"]["tier"] == "a");
  const Response json = c.Call("PATCH", pi, R"([{"op":"replace","path":"/spec/parallelism","value":0}])",
                               {{"content-type", "application/json-patch+json"}});
  CHECK(c.Json(json)["spec"]["parallelism"] == 0);
  const Response immutable =
      c.Call("PATCH", pi, R"({"spec":{"template":{"spec":{"containers":[{"name":"pi","image":"perl:5.36"}]}}}})",
             {{"content-type", "application/strategic-merge-patch+json"}});
  CHECK(immutable.status == 422);
}

TEST_CASE("a no-op patch keeps the resourceVersion, so kubectl says (no change)") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const std::string pi = std::string(kJobs) + "/pi";
  const std::string before = c.Json(c.Call("GET", pi))["metadata"]["resourceVersion"];
  const Response r = c.Call("PATCH", pi, R"({"spec":{"backoffLimit":4}})",
                            {{"content-type", "application/merge-patch+json"}});
  CHECK(c.Json(r)["metadata"]["resourceVersion"] == before);
}

TEST_CASE("dryRun=All validates and answers without storing") {
  ServedCluster c;
  CHECK(c.Call("POST", std::string(kJobs) + "?dryRun=All", kPiJob).status == 201);
  CHECK(c.Call("GET", std::string(kJobs) + "/pi").status == 404);
  CHECK(c.Call("POST", std::string(kJobs) + "?dryRun=Some", kPiJob).status == 400);
}

TEST_CASE("deleting a batch/v1 job without a policy orphans its pods and warns") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const Response r = c.Call("DELETE", std::string(kJobs) + "/pi");
  CHECK(r.status == 200);
  CHECK(HeaderOf(r, "Warning").find("child pods are preserved") != std::string::npos);
  CHECK(c.Call("GET", std::string(kJobs) + "/pi").status == 404);
}

TEST_CASE("DeleteOptions in the body choose the propagation") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const Response r = c.Call("DELETE", std::string(kJobs) + "/pi", R"({"propagationPolicy":"Background"})");
  CHECK(r.status == 200);
  CHECK(HeaderOf(r, "Warning").empty());
  CHECK(c.Call("DELETE", std::string(kJobs) + "/pi", R"({"propagationPolicy":"Sideways"})").status == 400);
}

TEST_CASE("a job gone at once is answered with a Success Status naming it, a deleted pod with the pod") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const api::Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods"));
  REQUIRE(pods["items"].size() == 1);
  const std::string pod = pods["items"][0]["metadata"]["name"];
  const api::Json deleted = c.Json(c.Call("DELETE", "/api/v1/namespaces/default/pods/" + pod + "?gracePeriodSeconds=0"));
  CHECK(deleted["kind"] == "Pod");
  CHECK(deleted["metadata"]["name"] == pod);
  const api::Json job = c.Json(c.Call("GET", std::string(kJobs) + "/pi"));
  const api::Json gone = c.Json(c.Call("DELETE", std::string(kJobs) + "/pi", R"({"propagationPolicy":"Background"})"));
  CHECK(gone["kind"] == "Status");
  CHECK(gone["status"] == "Success");
  CHECK(gone["details"] == api::Json{{"name", "pi"}, {"group", "batch"}, {"kind", "jobs"}, {"uid", job["metadata"]["uid"]}});
  // Orphaning keeps the job until the garbage collector has removed its finalizer: the job itself answers.
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  CHECK(c.Json(c.Call("DELETE", std::string(kJobs) + "/pi", R"({"propagationPolicy":"Orphan"})"))["kind"] == "Job");
}

TEST_CASE("limit and continue page through a list") {
  ServedCluster c;
  for (const char* name : {"a", "b", "c"}) {
    api::Json job = api::Json::parse(kPiJob);
    job["metadata"]["name"] = name;
    REQUIRE(c.Call("POST", kJobs, job.dump()).status == 201);
  }
  const api::Json first = c.Json(c.Call("GET", std::string(kJobs) + "?limit=2"));
  REQUIRE(first["items"].size() == 2);
  CHECK(first["metadata"]["remainingItemCount"] == 1);
  const std::string token = first["metadata"]["continue"];
  // Changes between the pages are not seen: the rest of the list is as of the first page.
  api::Json late = api::Json::parse(kPiJob);
  late["metadata"]["name"] = "bz";
  REQUIRE(c.Call("POST", kJobs, late.dump()).status == 201);
  REQUIRE(c.Call("PATCH", std::string(kJobs) + "/c", R"({"metadata":{"labels":{"late":"yes"}}})",
                 {{"content-type", "application/merge-patch+json"}})
              .status == 200);
  const api::Json second = c.Json(c.Call("GET", std::string(kJobs) + "?limit=2&continue=" + token));
  REQUIRE(second["items"].size() == 1);
  CHECK(second["items"][0]["metadata"]["name"] == "c");
  CHECK(second["items"][0]["metadata"].value("labels", api::Json::object()).count("late") == 0);
  CHECK(second["metadata"]["resourceVersion"] == first["metadata"]["resourceVersion"]);
  CHECK_FALSE(second["metadata"].contains("continue"));
  const api::Json now = c.Json(c.Call("GET", kJobs));
  CHECK(now["items"].size() == 4);
  CHECK(now["items"][3]["metadata"]["labels"]["late"] == "yes");
  const Response bad = c.Call("GET", std::string(kJobs) + "?continue=xyz");
  CHECK(bad.status == 400);
  CHECK(c.Json(bad)["message"].get<std::string>().rfind("invalid continue token: ", 0) == 0);
}

TEST_CASE("bad bodies are Status answers: 400 malformed, 415 unknown type, 400 wrong namespace") {
  ServedCluster c;
  const Response malformed = c.Call("POST", kJobs, "{not json");
  CHECK(malformed.status == 400);
  CHECK(c.Json(malformed)["kind"] == "Status");
  CHECK(c.Call("POST", kJobs, kPiJob, {{"content-type", "text/plain"}}).status == 415);
  api::Json other = api::Json::parse(kPiJob);
  other["metadata"]["namespace"] = "kube-system";
  CHECK(c.Call("POST", kJobs, other.dump()).status == 400);
  CHECK(c.Call("POST", kJobs, R"({"metadata":{"name":7}})").status == 400);
  CHECK(c.Call("PATCH", std::string(kJobs) + "/pi", "{}", {{"content-type", "application/apply-patch+cbor"}}).status == 415);
}

TEST_CASE("an invalid job is a 422 with causes kubectl prints") {
  ServedCluster c;
  api::Json job = api::Json::parse(kPiJob);
  job["spec"]["template"]["spec"].erase("restartPolicy");
  const Response r = c.Call("POST", kJobs, job.dump());
  CHECK(r.status == 422);
  CHECK(c.Json(r)["reason"] == "Invalid");
  CHECK_FALSE(c.Json(r)["details"]["causes"].empty());
}

TEST_CASE("with a token every request needs it") {
  ServedCluster c("1.33", "s3cret");
  const Response denied = c.Call("GET", "/version");
  CHECK(denied.status == 401);
  CHECK(c.Json(denied)["reason"] == "Unauthorized");
  CHECK(c.Call("GET", "/version", "", {{"authorization", "Bearer s3cret"}}).status == 200);
}

TEST_CASE("the manual clock moves only when told, and the cluster runs to the new time") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const api::Json before = c.Json(c.Call("GET", "/jobsim/v1/clock"));
  CHECK(before["mode"] == "manual");
  const api::Json after = c.Json(c.Call("POST", "/jobsim/v1/clock", R"({"advance":"90s"})"));
  CHECK(after["elapsedMs"].get<int64_t>() == before["elapsedMs"].get<int64_t>() + 90000);
  CHECK(c.world.now_ms() == after["elapsedMs"].get<int64_t>());
  CHECK(c.Call("POST", "/jobsim/v1/clock", R"({"advance":"soon"})").status == 400);
}
