#include "fakeapi/pod_logs.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jobsim::api;

TEST_CASE("pod logs are kept per container instance, appended to, and go with their pod") {
  PodLogs logs;
  logs.Append(KeyParts{"default", "pi-abcde"}, "pi", 0, "");
  logs.Append(KeyParts{"default", "pi-abcde"}, "pi", 0, "3.14");
  logs.Append(KeyParts{"default", "pi-abcde"}, "pi", 0, "15\n");
  logs.Append(KeyParts{"default", "pi-abcde"}, "pi", 1, "oops\n");
  logs.Append(KeyParts{"default", "pi-abcde"}, "sidecar", 0, "up\n");
  logs.Append(KeyParts{"other", "pi-abcde"}, "pi", 0, "elsewhere\n");
  REQUIRE(logs.Find(KeyParts{"default", "pi-abcde"}, "pi", 0));
  CHECK(*logs.Find(KeyParts{"default", "pi-abcde"}, "pi", 0) == "3.1415\n");
  CHECK(*logs.Find(KeyParts{"default", "pi-abcde"}, "pi", 1) == "oops\n");
  CHECK(*logs.Find(KeyParts{"default", "pi-abcde"}, "sidecar", 0) == "up\n");
  CHECK(*logs.Find(KeyParts{"other", "pi-abcde"}, "pi", 0) == "elsewhere\n");
  CHECK(logs.Find(KeyParts{"default", "pi-abcde"}, "pi", 2) == nullptr);
  CHECK(logs.Find(KeyParts{"default", "pi"}, "pi", 0) == nullptr);
  CHECK(logs.pods() == 2);

  logs.Forget("default/pi-abcde");
  CHECK(logs.Find(KeyParts{"default", "pi-abcde"}, "pi", 0) == nullptr);
  CHECK(logs.Find(KeyParts{"other", "pi-abcde"}, "pi", 0) != nullptr);
  CHECK(logs.pods() == 1);
}

TEST_CASE("many pods' logs, half of them forgotten: the others stay found, long keys too") {
  PodLogs logs;
  auto name = [](int i) { return "pod-" + std::to_string(i) + (i % 7 == 0 ? std::string(40, 'x') : ""); };
  for (int i = 0; i < 1'000; ++i) logs.Append(KeyParts{"default", name(i)}, "c", 0, std::to_string(i));
  CHECK(logs.pods() == 1'000);
  for (int i = 0; i < 1'000; i += 2) logs.Forget("default/" + name(i));
  CHECK(logs.pods() == 500);
  for (int i = 0; i < 1'000; ++i) {
    const std::string* text = logs.Find(KeyParts{"default", name(i)}, "c", 0);
    if (i % 2 == 0) {
      CHECK(text == nullptr);
    } else {
      REQUIRE(text);
      CHECK(*text == std::to_string(i));
    }
  }
}

TEST_CASE("a writer with the key's hash at hand appends to the same logs") {
  PodLogs logs;
  const KeyParts pod{"default", "pi-abcde"};
  logs.Append(pod, "pi", 0, "3.14");
  logs.Append(pod, KeyHash(pod), "pi", 0, "15\n");
  REQUIRE(logs.Find(pod, "pi", 0));
  CHECK(*logs.Find(pod, "pi", 0) == "3.1415\n");
  CHECK(logs.pods() == 1);
  logs.Forget("default/pi-abcde");
  CHECK(logs.pods() == 0);
}
