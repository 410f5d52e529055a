#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fakeapi/strategy.h"

using namespace jobsim::api;

TEST_CASE("object names are DNS-1123 subdomains", "[meta_validation]") {
  struct Row {
    std::string name;
    bool valid;
  };
  const std::vector<Row> rows = {
      {"pi-x7k2p.1816687ec7abd4c1", true},  // an event name
      {"a", true},
      {"1.2.3", true},
      {"a-b.c--d", true},
      {"", false},
      {"-a", false},
      {"a-", false},
      {".a", false},
      {"a.", false},
      {"a..b", false},
      {"a.-b", false},
      {"a-.b", false},
      {"ab.cd.-e", false},  // a bad dot after a good one
      {"a\xc3\xa9" "b", false},
      {"a b", false},
      {"Pi", false},
      {"a_b", false},
      {"a.b/c", false},
      {std::string(253, 'a'), true},
      {std::string(254, 'a'), false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION("\"" << row.name.substr(0, 30) << "\" (" << row.name.size() << " characters)") {
      CHECK(IsDns1123Subdomain(row.name) == row.valid);
    }
  }
}

TEST_CASE("DNS-1123 labels have no dots", "[meta_validation]") {
  CHECK(IsDns1123Label("kube-public"));
  CHECK_FALSE(IsDns1123Label("kube.public"));
  CHECK_FALSE(IsDns1123Label("-kube"));
  CHECK_FALSE(IsDns1123Label(std::string(64, 'a')));
}
