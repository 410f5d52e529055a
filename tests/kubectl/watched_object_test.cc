#include "kubectl/watched_object.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

const api::Json kPod = {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", {{"name", "pi-a"}}}};

}  // namespace

TEST_CASE("get -w -o yaml: a document per object, \"---\" before all but the first (kubectl 1.27, 1.33)") {
  CHECK(WatchedObjectText({&kPod, "ADDED", true}, "yaml", false, Rules133()) ==
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: pi-a\n");
  CHECK(WatchedObjectText({&kPod, "MODIFIED", false}, "yaml", false, Rules133()) ==
        "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pi-a\n");
  CHECK(WatchedObjectText({&kPod, "MODIFIED", false}, "yaml", false, Rules13()) ==
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: pi-a\n");
}

TEST_CASE("get -w -o json: the objects follow each other") {
  CHECK(WatchedObjectText({&kPod, "MODIFIED", false}, "json", false, Rules133()) ==
        "{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"Pod\",\n    \"metadata\": {\n        \"name\": \"pi-a\"\n"
        "    }\n}\n");
}

TEST_CASE("get -w with --output-watch-events wraps the object in a WatchEvent") {
  CHECK(WatchedObjectText({&kPod, "DELETED", false}, "yaml", true, Rules133()) ==
        "---\nobject:\n  apiVersion: v1\n  kind: Pod\n  metadata:\n    name: pi-a\ntype: DELETED\n");
  CHECK(WatchedObjectText({&kPod, "ADDED", true}, "json", true, Rules133()) ==
        "{\"type\":\"ADDED\",\"object\":{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"pi-a\"}}}\n");
}
