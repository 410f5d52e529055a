#include "sim/node/first_statuses.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sim/node/conditions_memo.h"
#include "sim/node/image_ref.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

// One pod's containers as a node's worker holds them: records referring to
// the spec and to the node's image names.
struct Pod {
  Pod(const std::vector<api::Container>& init_specs, const std::vector<api::Container>& specs,
      const std::vector<const ImageNames*>& images)
      : init_spec(init_specs), spec(specs) {
    const KubeletRules rules;
    size_t i = 0;
    for (const auto& c : init_spec) held.push_back(NewContainerRecord(c, true, *images[i++], rules));
    for (const auto& c : spec) held.push_back(NewContainerRecord(c, false, *images[i++], rules));
    for (const auto& r : held) records.push_back(&r);
  }
  std::span<const ContainerRecord* const> init() const { return std::span(records).first(init_spec.size()); }
  std::span<const ContainerRecord* const> regular() const { return std::span(records).subspan(init_spec.size()); }

  std::vector<api::Container> init_spec, spec;
  std::vector<ContainerRecord> held;
  std::vector<const ContainerRecord*> records;
};

std::string Statuses(const std::vector<api::ContainerStatus>& list) {
  std::string out;
  for (const auto& s : list) {
    out += s.name + " " + s.image.get() + " " + (s.state.waiting() ? s.state.waiting()->reason : "-") +
           "; ";
  }
  return out;
}

}  // namespace

TEST_CASE("the pods of one Job share the lists they would each build") {
  const KubeletRules rules;
  const ImageNames perl = ResolveImage(rules.runtime, "perl:5.34.0");
  const ImageNames busybox = ResolveImage(rules.runtime, "busybox");
  ConditionsMemo names;
  FirstStatuses memo;
  const std::vector<api::Container> init = {{.name = "setup", .image = "busybox"}};
  const std::vector<api::Container> regular = {{.name = "pi", .image = "perl:5.34.0"},
                                               {.name = "log", .image = "busybox"}};
  const std::string* token = names.Names(init, regular);
  const Pod a(init, regular, {&busybox, &perl, &busybox});
  const Pod b(init, regular, {&busybox, &perl, &busybox});

  const ContainerStatusLists first = memo.Get(token, a.init(), a.regular(), rules);
  ContainerStatusLists built;
  built.Update(a.init(), a.regular(), true, rules);
  CHECK(first.init() == built.init());
  CHECK(first.regular() == built.regular());
  CHECK(Statuses(first.init()) == "setup busybox PodInitializing; ");
  CHECK(Statuses(first.regular()) == "log busybox PodInitializing; pi perl:5.34.0 PodInitializing; ");

  const ContainerStatusLists second = memo.Get(token, b.init(), b.regular(), rules);
  CHECK(&second.regular().get() == &first.regular().get());
  CHECK(&second.init().get() == &first.init().get());
  CHECK(memo.size() == 1);
}

TEST_CASE("other images or other names give other lists") {
  const KubeletRules rules;
  const ImageNames perl = ResolveImage(rules.runtime, "perl:5.34.0");
  const ImageNames python = ResolveImage(rules.runtime, "python:3");
  ConditionsMemo names;
  FirstStatuses memo;
  const std::vector<api::Container> pi = {{.name = "pi", .image = "perl:5.34.0"}};
  const std::vector<api::Container> pi_python = {{.name = "pi", .image = "python:3"}};
  const std::vector<api::Container> other = {{.name = "other", .image = "perl:5.34.0"}};
  const Pod a({}, pi, {&perl});
  const Pod b({}, pi_python, {&python});
  const Pod c({}, other, {&perl});

  // Copies: the memo's entries move as it grows.
  const auto la = memo.Get(names.Names({}, pi), a.init(), a.regular(), rules).regular();
  const auto lb = memo.Get(names.Names({}, pi_python), b.init(), b.regular(), rules).regular();
  const auto lc = memo.Get(names.Names({}, other), c.init(), c.regular(), rules).regular();
  CHECK(Statuses(la) == "pi perl:5.34.0 ContainerCreating; ");
  CHECK(Statuses(lb) == "pi python:3 ContainerCreating; ");
  CHECK(Statuses(lc) == "other perl:5.34.0 ContainerCreating; ");
  CHECK(memo.size() == 3);
}
