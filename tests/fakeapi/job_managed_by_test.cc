// spec.managedBy through the Store: validation (validateJobSpec's
// IsDomainPrefixedPath and maxManagedByLength), immutability, and the field
// dropped on create where JobManagedBy is off. Row names are the messages.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "fakeapi/store.h"
#include "tests/support/store_fixture.h"
#include "tests/support/cause_texts.h"

using namespace jobsim;
using namespace jobsim::api;

namespace {

Job ManagedJob(std::optional<std::string> managed_by) {
  Job job;
  job.metadata.name = "pi";
  job.spec.template_.spec.Mut().containers.push_back(Container{.name = "main", .image = "perl"});
  job.spec.template_.spec.Mut().restart_policy = "Never";
  job.spec.managed_by = std::move(managed_by);
  return job;
}

using Fixture = test::StoreFixture;

std::vector<std::string> CauseMessages(const Status& st) { return jobsim::testing::CauseTexts(st); }

}  // namespace

TEST_CASE("managedBy validation: upstream's messages") {
  const std::string long_path = "example.com/" + std::string(52, 'a');  // 64 characters
  const std::string rfc1123 =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
      "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
      "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  const std::vector<std::pair<std::string, std::vector<std::string>>> rows = {
      {"", {"spec.managedBy: Required value"}},
      {"no-slash",
       {"spec.managedBy: Invalid value: \"no-slash\": must be a domain-prefixed path (such as \"acme.io/foo\")"}},
      {"/foo", {"spec.managedBy: Invalid value: \"/foo\": must be a domain-prefixed path (such as \"acme.io/foo\")"}},
      {"acme.io/", {"spec.managedBy: Invalid value: \"acme.io/\": must be a domain-prefixed path (such as \"acme.io/foo\")"}},
      {"Acme.io/foo", {"spec.managedBy: Invalid value: \"Acme.io\": " + rfc1123}},
      {"acme.io/foo bar",
       {"spec.managedBy: Invalid value: \"foo bar\": Invalid path (regex used for validation is "
        "'[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"}},
      {long_path, {"spec.managedBy: Too long: may not be more than 63 bytes"}},
  };
  for (const auto& [value, want] : rows) {
    CAPTURE(value);
    Fixture f;
    const Result<Job> r = f.store.Create(ManagedJob(value));
    REQUIRE(r.status.code() == 422);
    CHECK(CauseMessages(r.status) == want);
  }
}

TEST_CASE("valid managedBy values are kept") {
  const std::vector<std::string> values = {"kubernetes.io/job-controller", "example.com/custom-controller",
                                           "acme.io/a/b:c_d~e", "example.com/" + std::string(51, 'a')};
  for (const std::string& value : values) {
    CAPTURE(value);
    Fixture f;
    const Result<Job> r = f.store.Create(ManagedJob(value));
    REQUIRE(r.ok());
    CHECK(r.object->spec.managed_by == value);
  }
}

TEST_CASE("managedBy is immutable, set or unset") {
  Fixture f;
  REQUIRE(f.store.Create(ManagedJob("example.com/one")).ok());
  auto change = [&](std::optional<std::string> to) {
    return f.store.Patch<Job>("default", "pi", [&](Job& j) {
      j.spec.managed_by = to;
      return Status::Ok();
    });
  };
  CHECK(CauseMessages(change("example.com/two").status) ==
        std::vector<std::string>{"spec.managedBy: Invalid value: \"example.com/two\": field is immutable"});
  CHECK(CauseMessages(change(std::nullopt).status) ==
        std::vector<std::string>{"spec.managedBy: Invalid value: \"null\": field is immutable"});
  CHECK(change("example.com/one").ok());
}

TEST_CASE("where JobManagedBy is off (alpha, 1.30 and 1.31) the API server drops managedBy on create") {
  ApiRules rules;
  rules.job_managed_by = false;
  Fixture f(rules);
  const Result<Job> r = f.store.Create(ManagedJob("not a valid value"));
  REQUIRE(r.ok());
  CHECK_FALSE(r.object->spec.managed_by.has_value());
}
