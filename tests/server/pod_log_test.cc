// pods/{name}/log through the API, and follow=true: the stream carries what
// the container writes as the simulation writes it and ends when the
// container instance stops running.
#include "server/pod_log.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;

namespace {

// Prints "working" when it exits, 5 s after it starts.
const char* kWorker = R"json({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"worker"},
  "spec":{"template":{"spec":{"containers":[{"name":"main","image":"busybox",
  "command":["sh","-c","echo working; sleep 5"]}],"restartPolicy":"Never"}}}})json";

// Writes its line when it starts, then runs until it is stopped.
const char* kServer = R"json({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"server"},
  "spec":{"template":{"spec":{"containers":[{"name":"main","image":"busybox",
  "command":["sh","-c","echo ready; sleep infinity"]}],"restartPolicy":"Never"}}}})json";

void Advance(ServedCluster& c, const std::string& duration) {
  REQUIRE(c.Call("POST", "/jobsim/v1/clock", R"({"advance":")" + duration + R"("})").status == 200);
}

// The path of the job's one pod.
std::string PodPath(ServedCluster& c, const std::string& job = "worker") {
  const api::Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods?labelSelector=job-name%3D" + job));
  REQUIRE(pods["items"].size() == 1);
  return "/api/v1/namespaces/default/pods/" + pods["items"][0]["metadata"]["name"].get<std::string>();
}

// What the stream has queued now ("" when nothing), and whether it has ended.
struct Drained {
  std::string data;
  bool ended = false;
};
Drained Drain(ChunkPipe& pipe) {
  Drained out;
  ChunkPipe::ReadState state = pipe.Read(out.data);
  if (state == ChunkPipe::ReadState::kData) state = pipe.Read(out.data);
  out.ended = state == ChunkPipe::ReadState::kEnd;
  return out;
}

}  // namespace

TEST_CASE("pod logs are text, with the kubelet's errors as Status") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 5 * 60 * 1000);
  const api::Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods"));
  REQUIRE_FALSE(pods["items"].empty());
  const std::string name = pods["items"][0]["metadata"]["name"];
  const Response log = c.Call("GET", "/api/v1/namespaces/default/pods/" + name + "/log?container=pi");
  CHECK(log.status == 200);
  CHECK(log.content_type == "text/plain");
  CHECK(log.stream == nullptr);
  CHECK(c.Call("GET", "/api/v1/namespaces/default/pods/nope/log").status == 404);
  CHECK(c.Call("GET", "/api/v1/namespaces/default/pods/" + name + "/log?container=zz").status == 400);
}

TEST_CASE("a followed log stays open while the container runs, gets its output, and ends when it exits") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kWorker).status == 201);
  Advance(c, "2s");  // pulled and started, not yet exited
  const Response log = c.Call("GET", PodPath(c) + "/log?follow=true");
  REQUIRE(log.status == 200);
  CHECK(log.content_type == "text/plain");
  REQUIRE(log.stream != nullptr);
  Drained now = Drain(*log.stream);
  CHECK(now.data.empty());
  CHECK_FALSE(now.ended);
  Advance(c, "1s");
  CHECK_FALSE(Drain(*log.stream).ended);
  Advance(c, "10s");
  now = Drain(*log.stream);
  CHECK(now.data == "working\n");
  CHECK(now.ended);
}

TEST_CASE("following a container that has exited answers its whole log and ends at once") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kWorker).status == 201);
  Advance(c, "1m");
  const Response log = c.Call("GET", PodPath(c) + "/log?follow=true");
  REQUIRE(log.stream != nullptr);
  const Drained now = Drain(*log.stream);
  CHECK(now.data == "working\n");
  CHECK(now.ended);
}

TEST_CASE("a followed server's log ends after limitBytes, or when its pod is deleted") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kServer).status == 201);
  Advance(c, "2s");  // running: it wrote its line when it started
  const std::string pod = PodPath(c, "server");
  const Response limited = c.Call("GET", pod + "/log?follow=true&limitBytes=3");
  const Response whole = c.Call("GET", pod + "/log?follow=true");
  REQUIRE(limited.stream != nullptr);
  REQUIRE(whole.stream != nullptr);
  const Drained cut = Drain(*limited.stream);
  CHECK(cut.data == "rea");
  CHECK(cut.ended);
  const Drained open = Drain(*whole.stream);
  CHECK(open.data == "ready\n");
  CHECK_FALSE(open.ended);
  REQUIRE(c.Call("DELETE", pod + "?gracePeriodSeconds=0").status == 200);
  Advance(c, "1s");
  CHECK(Drain(*whole.stream).ended);
}
