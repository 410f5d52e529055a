#include "kubectl/json_printer.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using Json = nlohmann::json;

TEST_CASE("json output (-o json) is json.MarshalIndent with 4 spaces, sorted keys and HTML-safe escapes") {
  // As go1.19 encoding/json printed the same document.
  const Json doc = Json::parse(
      R"J({"metadata":{"name":"<none>","annotations":{"a&b":"x\u2028y"}},"items":[],"n":1,"b":true,"z":null})J");
  CHECK(ToGoJson(doc) ==
        "{\n    \"b\": true,\n    \"items\": [],\n    \"metadata\": {\n        \"annotations\": {\n"
        "            \"a\\u0026b\": \"x\\u2028y\"\n        },\n        \"name\": \"\\u003cnone\\u003e\"\n    },\n"
        "    \"n\": 1,\n    \"z\": null\n}\n");
  CHECK(ToGoJson(Json::object()) == "{}\n");
}

TEST_CASE("Go string escapes") {
  CHECK(GoJsonString("tab\there\nnl") == "\"tab\\there\\nnl\"");
  CHECK(GoJsonString("\x01") == "\"\\u0001\"");
  CHECK(GoJsonString("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
  CHECK(GoJsonString("bad\xff") == "\"bad\\ufffd\"");
  CHECK(GoJsonString("q\"\\") == "\"q\\\"\\\\\"");
}
