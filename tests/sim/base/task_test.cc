#include "sim/base/task.h"

#include <catch2/catch.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

using namespace jobsim;

TEST_CASE("a task keeps small captures in place and larger ones on the heap", "[task]") {
  auto counter = std::make_shared<int>(0);
  std::string node = "a node name long enough to live on the heap";
  Task small([counter, node] { *counter += static_cast<int>(node.size()); });
  CHECK(small.is_inline());
  std::array<char, Task::kInlineBytes> big{};
  Task large([counter, big] { *counter += big.size() > 0 ? 1 : 0; });
  CHECK_FALSE(large.is_inline());
  small();
  large();
  CHECK(*counter == static_cast<int>(node.size()) + 1);
}

TEST_CASE("a moved task runs once and the captures are destroyed once", "[task]") {
  auto owned = std::make_shared<int>(7);
  std::weak_ptr<int> watch = owned;
  std::vector<Task> tasks;
  int runs = 0;
  tasks.emplace_back([owned = std::move(owned), &runs] { runs += *owned; });
  std::array<char, 64> padding{};
  tasks.emplace_back([padding, &runs] { runs += padding[0] + 1; });
  for (int i = 0; i < 100; ++i) tasks.emplace_back([] {});  // the vector moves its tasks as it grows
  Task first = std::move(tasks[0]);
  CHECK_FALSE(tasks[0]);
  first();
  tasks[1]();
  CHECK(runs == 8);
  CHECK_FALSE(watch.expired());
  first = nullptr;
  CHECK(watch.expired());
  CHECK_FALSE(first);
}

namespace {
// A task that says how to warm what it reads, and notes each request.
struct Warmable {
  std::vector<int>* stages;
  void operator()() const {}
  void Warm(int stage) const { stages->push_back(stage); }
};
}  // namespace

TEST_CASE("a task passes warm requests to a callable that has Warm(stage), and ignores them otherwise", "[task]") {
  std::vector<int> stages;
  Task warmable(Warmable{&stages});
  warmable.Warm(0);
  warmable.Warm(1);
  CHECK(stages == std::vector<int>{0, 1});
  Task plain([] {});
  plain.Warm(0);  // no Warm: nothing happens
  Task moved = std::move(warmable);
  moved.Warm(1);
  CHECK(stages == std::vector<int>{0, 1, 1});
  Task empty;
  empty.Warm(0);
}
