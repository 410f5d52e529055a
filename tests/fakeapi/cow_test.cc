#include "fakeapi/cow.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using jobsim::api::Cow;
using jobsim::api::EditMemo;

namespace {

using Strings = std::vector<std::string>;
struct Point {
  int x = 0;
};

}  // namespace

TEST_CASE("a copy shares until one side writes", "[cow]") {
  Cow<Strings> a;
  a = Strings{"x"};
  Cow<Strings> b = a;
  CHECK(&a.get() == &b.get());
  b.Mut().push_back("y");
  CHECK(a.get() == Strings{"x"});
  CHECK(b.get() == Strings{"x", "y"});
}

TEST_CASE("Edit keeps the value shared when the edit changes nothing", "[cow]") {
  Cow<Strings> a;
  a = Strings{"x"};
  Cow<Strings> b = a;
  b.Edit([](Strings& s) {
    if (s.empty()) s.push_back("x");
  });
  CHECK(&a.get() == &b.get());
  b.Edit([](Strings& s) { s.push_back("y"); });
  CHECK(&a.get() != &b.get());
}

TEST_CASE("EditMemo edits each shared value once and hands out the same result", "[cow]") {
  EditMemo<Strings> memo;
  int edits = 0;
  auto add_default = [&](Strings& s) {
    ++edits;
    s.push_back("default");
  };
  Cow<Strings> tmpl;
  tmpl = Strings{"main"};
  Cow<Strings> pod1 = tmpl, pod2 = tmpl;
  memo.Apply(pod1, add_default);
  memo.Apply(pod2, add_default);
  CHECK(edits == 1);
  CHECK(pod1.get() == Strings{"main", "default"});
  CHECK(&pod1.get() == &pod2.get());
  CHECK(tmpl.get() == Strings{"main"});  // the source is never written

  // Unset values are one source too.
  Cow<Strings> unset1, unset2;
  memo.Apply(unset1, add_default);
  memo.Apply(unset2, add_default);
  CHECK(edits == 2);
  CHECK(unset2.get() == Strings{"default"});

  // A result handed out is shared, so writing to it detaches.
  pod1.Mut().push_back("mine");
  CHECK(pod2.get() == Strings{"main", "default"});
}

TEST_CASE("EditMemo keeps a note with each result, false until the caller sets it", "[cow]") {
  EditMemo<Strings> memo;
  auto edit = [](Strings& s) { s.push_back("default"); };
  Cow<Strings> tmpl, other;
  tmpl = Strings{"main"};
  other = Strings{"other"};
  Cow<Strings> pod1 = tmpl, pod2 = tmpl, pod3 = tmpl, pod4 = other;
  CHECK_FALSE(memo.Apply(pod1, edit));
  memo.Apply(pod2, edit) = true;  // the first hit's check passed
  CHECK(memo.Apply(pod3, edit));
  CHECK_FALSE(memo.Apply(pod4, edit));  // another source, another note
}

TEST_CASE("a Cow of a struct is no container: generic code sees no range", "[cow]") {
  STATIC_REQUIRE(!Catch::is_range<Cow<Point>>::value);
  STATIC_REQUIRE(Catch::is_range<Cow<Strings>>::value);
  Cow<Point> p;
  p.Mut().x = 1;
  CHECK(p->x == 1);
}
