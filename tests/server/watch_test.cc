// Watches through the API: newline-framed events from a resourceVersion,
// replay of the current state, selector transitions, 410 for versions the
// cache no longer covers, bookmarks, and the bounded per-watch buffer.
#include "server/watch_cache.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;

namespace {

// The events written so far, one parsed JSON per line.
std::vector<api::Json> Drain(ChunkPipe& pipe) {
  std::string data;
  std::vector<api::Json> events;
  if (pipe.Read(data) != ChunkPipe::ReadState::kData) return events;
  std::istringstream lines(data);
  for (std::string line; std::getline(lines, line);) events.push_back(api::Json::parse(line));
  return events;
}

std::vector<std::string> Types(const std::vector<api::Json>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e["type"]);
  return out;
}

}  // namespace

TEST_CASE("a watch from a list's resourceVersion sends only later changes, each with kind") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const std::string rv = c.Json(c.Call("GET", kJobs))["metadata"]["resourceVersion"];
  const Response watch = c.Call("GET", std::string(kJobs) + "?watch=true&resourceVersion=" + rv);
  REQUIRE(watch.stream);
  CHECK(Drain(*watch.stream).empty());
  c.Call("PATCH", std::string(kJobs) + "/pi", R"({"metadata":{"labels":{"x":"y"}}})",
         {{"content-type", "application/merge-patch+json"}});
  const auto events = Drain(*watch.stream);
  REQUIRE_FALSE(events.empty());
  CHECK(events.back()["type"] == "MODIFIED");
  CHECK(events.back()["object"]["kind"] == "Job");
  CHECK(events.back()["object"]["apiVersion"] == "batch/v1");
}

TEST_CASE("a watch without a resourceVersion first replays matching objects as ADDED") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const Response watch = c.Call("GET", std::string(kJobs) + "?watch=true&fieldSelector=metadata.name%3Dpi");
  const auto events = Drain(*watch.stream);
  REQUIRE(events.size() == 1);
  CHECK(events[0]["type"] == "ADDED");
  CHECK(c.Call("GET", std::string(kJobs) + "?watch=true&fieldSelector=spec.nope%3D1").status == 400);
}

TEST_CASE("an object leaving a watch's selector is seen as DELETED, then nothing more") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const Response watch = c.Call("GET", std::string(kJobs) + "?watch=true&labelSelector=!gone");
  Drain(*watch.stream);
  const std::string pi = std::string(kJobs) + "/pi";
  c.Call("PATCH", pi, R"({"metadata":{"labels":{"gone":"1"}}})", {{"content-type", "application/merge-patch+json"}});
  c.Call("PATCH", pi, R"({"metadata":{"labels":{"more":"1"}}})", {{"content-type", "application/merge-patch+json"}});
  CHECK(Types(Drain(*watch.stream)) == std::vector<std::string>{"DELETED"});
}

TEST_CASE("deleting an object ends kubectl's wait with a DELETED event") {
  ServedCluster c;
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const Response watch = c.Call("GET", std::string(kJobs) + "?watch=true&resourceVersion=0");
  Drain(*watch.stream);
  c.Call("DELETE", std::string(kJobs) + "/pi", R"({"propagationPolicy":"Background"})");
  const auto types = Types(Drain(*watch.stream));
  REQUIRE_FALSE(types.empty());
  CHECK(types.back() == "DELETED");
}

TEST_CASE("Table watches send one-row Tables") {
  ServedCluster c;
  const Response watch = c.Call("GET", "/api/v1/namespaces/default/pods?watch=true&resourceVersion=" +
                                           std::to_string(c.world.store().resource_version()),
                                "", {{"accept", kTableAccept}});
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 1000);
  const auto events = Drain(*watch.stream);
  REQUIRE_FALSE(events.empty());
  CHECK(events[0]["object"]["kind"] == "Table");
  CHECK(events[0]["object"]["rows"].size() == 1);
}

TEST_CASE("a resourceVersion older than the cache covers gets ERROR 410 Expired") {
  api::Store* store = nullptr;
  ServedCluster c;
  store = &c.world.store();
  WatchCache<api::Job> cache(*store, 2);
  for (const char* name : {"a", "b", "c", "d"}) {
    api::Json job = api::Json::parse(kPiJob);
    job["metadata"]["name"] = name;
    REQUIRE(c.Call("POST", kJobs, job.dump()).status == 201);
  }
  WatchCache<api::Job>::Watcher w;
  w.render = [](const api::Job& j) { return api::Json{{"name", j.metadata.name}}; };
  w.pipe = std::make_shared<ChunkPipe>(1 << 20);
  REQUIRE(cache.Add("1", w).ok());
  const auto events = Drain(*w.pipe);
  REQUIRE(events.size() == 1);
  CHECK(events[0]["type"] == "ERROR");
  CHECK(events[0]["object"]["code"] == 410);
  CHECK(events[0]["object"]["reason"] == "Expired");
  std::string rest;
  CHECK(w.pipe->Read(rest) == ChunkPipe::ReadState::kEnd);
  CHECK_FALSE(cache.Add("x1", w).ok());
}

TEST_CASE("bookmarks carry the newest resourceVersion, a gone client's watcher is dropped") {
  ServedCluster c;
  WatchCache<api::Job> cache(c.world.store(), 10);
  WatchCache<api::Job>::Watcher w;
  w.render = [](const api::Job& j) { return api::Json{{"name", j.metadata.name}}; };
  w.bookmark_type = {{"kind", "Job"}, {"apiVersion", "batch/v1"}};
  w.bookmarks = true;
  w.pipe = std::make_shared<ChunkPipe>(1 << 20);
  REQUIRE(cache.Add("", w).ok());
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  Drain(*w.pipe);
  cache.Tick();
  const auto events = Drain(*w.pipe);
  REQUIRE(events.size() == 1);
  CHECK(events[0]["type"] == "BOOKMARK");
  CHECK(events[0]["object"]["metadata"]["resourceVersion"] == std::to_string(cache.resource_version()));
  w.pipe->MarkReaderGone();
  cache.Tick();
  CHECK(cache.watcher_count() == 0);
}

TEST_CASE("a watcher that falls too far behind is closed, and the cluster goes on") {
  ServedCluster c;
  WatchCache<api::Job> cache(c.world.store(), 100);
  WatchCache<api::Job>::Watcher w;
  w.render = [](const api::Job& j) { return api::Json{{"name", j.metadata.name}}; };
  w.pipe = std::make_shared<ChunkPipe>(64);
  REQUIRE(cache.Add("", w).ok());
  for (const char* name : {"a", "b", "c"}) {
    api::Json job = api::Json::parse(kPiJob);
    job["metadata"]["name"] = name;
    REQUIRE(c.Call("POST", kJobs, job.dump()).status == 201);
  }
  CHECK(w.pipe->overflowed());
  CHECK(cache.watcher_count() == 0);
}

TEST_CASE("a snapshot undoes the changes after its resourceVersion, and is 410 once they left the cache") {
  ServedCluster c;
  WatchCache<api::Job> cache(c.world.store(), 16);
  for (const char* name : {"a", "b"}) {
    api::Json job = api::Json::parse(kPiJob);
    job["metadata"]["name"] = name;
    REQUIRE(c.Call("POST", kJobs, job.dump()).status == 201);
  }
  const uint64_t rv = c.world.store().resource_version();
  api::Json job = api::Json::parse(kPiJob);
  job["metadata"]["name"] = "c";
  REQUIRE(c.Call("POST", kJobs, job.dump()).status == 201);
  REQUIRE(c.Call("DELETE", std::string(kJobs) + "/a").status == 200);
  std::vector<std::shared_ptr<const api::Job>> then;
  REQUIRE(cache.Snapshot(rv, api::ListOptions{}, then).ok());
  REQUIRE(then.size() == 2);
  CHECK(then[0]->metadata.name == "a");
  CHECK(then[1]->metadata.name == "b");
  CHECK(then[1]->metadata.resource_version <= rv);
  // 20 more changes push those after rv out of a 16-event cache.
  for (int i = 0; i < 20; ++i) {
    REQUIRE(c.Call("PATCH", std::string(kJobs) + "/b", api::Json{{"metadata", {{"labels", {{"n", std::to_string(i)}}}}}}.dump(),
                   {{"content-type", "application/merge-patch+json"}})
                .status == 200);
  }
  std::vector<std::shared_ptr<const api::Job>> unused;
  const api::Status gone = cache.Snapshot(rv, api::ListOptions{}, unused);
  CHECK(gone.code() == 410);
  CHECK(gone.reason() == "Expired");
  CHECK(gone.message().rfind("The provided continue parameter is too old", 0) == 0);
}

TEST_CASE("watchers sharing a renderer get one encoding of each event; a per-watcher renderer runs for each") {
  ServedCluster c;
  WatchCache<api::Job> cache(c.world.store(), 16);
  int shared_calls = 0;
  int own_calls = 0;
  const int key = 0;
  std::vector<WatchCache<api::Job>::Watcher> ws(4);
  for (size_t i = 0; i < ws.size(); ++i) {
    const bool shared = i < 3;
    ws[i].render = [&, shared](const api::Job& j) {
      ++(shared ? shared_calls : own_calls);
      return api::Json{{"name", j.metadata.name}};
    };
    ws[i].shared_render = shared ? &key : nullptr;
    ws[i].pipe = std::make_shared<ChunkPipe>(1 << 20);
    REQUIRE(cache.Add("", ws[i]).ok());
  }
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  std::vector<std::vector<api::Json>> got;
  for (auto& w : ws) got.push_back(Drain(*w.pipe));
  REQUIRE_FALSE(got[0].empty());
  for (const auto& g : got) CHECK(g == got[0]);  // every watcher sees the same events
  CHECK(got[0][0]["type"] == "ADDED");
  CHECK(got[0][0]["object"]["name"] == "pi");
  // One encoding per event for the three sharing watchers, one per event for the other.
  CHECK(shared_calls == static_cast<int>(got[0].size()));
  CHECK(own_calls == static_cast<int>(got[0].size()));
}
