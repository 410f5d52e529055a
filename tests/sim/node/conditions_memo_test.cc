#include "sim/node/conditions_memo.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kNow = 1'735'689'610'000;  // 2025-01-01T00:00:10Z

std::vector<ConditionValue> Values(std::string_view message, UnixMs ready_since) {
  return {{"Initialized", "True", "", "", 0, kNow},
          {"Ready", "False", "ContainersNotReady", message, 0, ready_since},
          {"PodScheduled", "True", "", "", 0, kNow - 5'000}};
}

}  // namespace

TEST_CASE("equal values give one shared list, built as they say") {
  ConditionsMemo memo;
  const std::string message = "containers with unready status: [pi]";
  const ConditionsMemo::List& first = memo.Get(Values(message, kNow));
  const std::string copy = message;  // equal content elsewhere in memory
  const ConditionsMemo::List& second = memo.Get(Values(copy, kNow));
  CHECK(&first.get() == &second.get());
  REQUIRE(first.size() == 3);
  CHECK(first[1].type == "Ready");
  CHECK(first[1].status == "False");
  CHECK(first[1].reason == "ContainersNotReady");
  CHECK(first[1].message == message);
  CHECK(first[1].last_transition_time == kNow);
  CHECK(first[2].last_transition_time == kNow - 5'000);
  CHECK(first[0].last_probe_time == 0);
}

TEST_CASE("a different time or message gives another list") {
  ConditionsMemo memo;
  const std::vector<api::Condition> at_now = memo.Get(Values("containers with unready status: [pi]", kNow));
  const std::vector<api::Condition> later = memo.Get(Values("containers with unready status: [pi]", kNow + 1'000));
  CHECK(later[1].last_transition_time == kNow + 1'000);
  CHECK(at_now[1].last_transition_time == kNow);
  // Same lengths everywhere: the content, not the hash, decides.
  const std::vector<api::Condition> other = memo.Get(Values("containers with unready status: [pj]", kNow));
  CHECK(other[1].message == "containers with unready status: [pj]");
  CHECK(memo.Get(Values("containers with unready status: [pi]", kNow)).get() == at_now);
}

TEST_CASE("a full memo forgets, and what it handed out stays intact") {
  ConditionsMemo memo;
  const ConditionsMemo::List kept = memo.Get(Values("m", kNow));
  for (UnixMs t = 1; t <= 1'000; ++t) memo.Get(Values("m", kNow + t * 1'000));
  CHECK(memo.size() < 1'000);
  CHECK(kept[1].message == "m");
  CHECK(kept[1].last_transition_time == kNow);
}

TEST_CASE("a change is found by the very list it was made over, the inputs and the time") {
  ConditionsMemo memo;
  ConditionsMemo::List old;
  old = std::vector<api::Condition>{api::Condition{.type = "PodScheduled", .status = "True"}};
  const std::vector<api::Container> init = {api::Container{.name = "setup"}};
  const std::vector<api::Container> regular = {api::Container{.name = "pi"}, api::Container{.name = "log"}};
  const ConditionInputs inputs{init, regular, 0b1010'0110};
  CHECK(memo.FindChange(old, inputs, kNow) == nullptr);
  const ConditionsMemo::List& result = memo.Get(Values("containers with unready status: [pi]", kNow));
  memo.AddChange(old, inputs, kNow, result);

  const std::vector<api::Container> regular_copy = regular;  // equal names elsewhere in memory
  const ConditionInputs same{init, regular_copy, inputs.bits};
  REQUIRE(memo.FindChange(old, same, kNow));
  CHECK(&memo.FindChange(old, same, kNow)->get() == &result.get());

  ConditionsMemo::List equal_elsewhere;
  equal_elsewhere = old.get();  // equal content, another list
  CHECK(memo.FindChange(equal_elsewhere, same, kNow) == nullptr);
  CHECK(memo.FindChange(old, same, kNow + 1'000) == nullptr);
  CHECK(memo.FindChange(old, ConditionInputs{init, regular, inputs.bits ^ 0b100'0000}, kNow) == nullptr);
  const std::vector<api::Container> renamed = {api::Container{.name = "pj"}, api::Container{.name = "log"}};
  CHECK(memo.FindChange(old, ConditionInputs{init, renamed, inputs.bits}, kNow) == nullptr);
  // The same names, split otherwise between init and regular containers.
  const std::vector<api::Container> all = {init[0], regular[0], regular[1]};
  CHECK(memo.FindChange(old, ConditionInputs{{}, all, inputs.bits}, kNow) == nullptr);
  CHECK(memo.FindChange(old, ConditionInputs{init, std::span(regular).first(1), inputs.bits}, kNow) == nullptr);
}

TEST_CASE("a change remembered with the names' token is found by the token alone") {
  ConditionsMemo memo;
  ConditionsMemo::List old;
  old = std::vector<api::Condition>{api::Condition{.type = "PodScheduled", .status = "True"}};
  const std::vector<api::Container> regular = {api::Container{.name = "pi"}};
  const std::vector<api::Container> regular_copy = regular;
  const std::string* token = memo.Names({}, regular);
  CHECK(memo.Names({}, regular_copy) == token);  // equal names elsewhere in memory: one token
  CHECK(memo.Names(regular, {}) != token);       // the same name as an init container
  const std::vector<api::Container> renamed = {api::Container{.name = "pj"}};
  CHECK(memo.Names({}, renamed) != token);

  const ConditionInputs inputs{{}, regular, 0b0110, token};
  const ConditionsMemo::List& result = memo.Get(Values("containers with unready status: [pi]", kNow));
  memo.AddChange(old, inputs, kNow, result);
  REQUIRE(memo.FindChange(old, ConditionInputs{{}, regular_copy, inputs.bits, token}, kNow));
  CHECK(&memo.FindChange(old, inputs, kNow)->get() == &result.get());
  CHECK(memo.FindChange(old, ConditionInputs{{}, renamed, inputs.bits, memo.Names({}, renamed)}, kNow) == nullptr);
  CHECK(memo.FindChange(old, ConditionInputs{{}, regular, inputs.bits ^ 0b10}, kNow) == nullptr);
}
