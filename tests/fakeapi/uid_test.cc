#include "fakeapi/uid.h"

#include <string>
#include <utility>

#include <catch2/catch.hpp>

using namespace jobsim::api;

TEST_CASE("a uid holds short, store-made and long uids alike", "[uid]") {
  const std::string rows[] = {
      "",
      "a",
      "0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b",  // 36: what the store makes, the last inline size
      std::string(37, 'x'),                    // on the heap
      std::string(200, 'y'),
  };
  for (const std::string& text : rows) {
    Uid uid(text);
    CHECK(uid.view() == text);
    CHECK(uid.size() == text.size());
    CHECK(uid.empty() == text.empty());
    CHECK(uid == text);
    CHECK(uid.str() == text);

    Uid copy = uid;
    CHECK(copy == uid);
    CHECK(copy.view() == text);
    Uid assigned("something else that is longer than thirty-six characters");
    assigned = uid;
    CHECK(assigned == uid);

    Uid moved = std::move(copy);
    CHECK(moved.view() == text);
    CHECK(copy.empty());  // NOLINT: a moved-from uid reads as empty
    Uid target("short");
    target = std::move(moved);
    CHECK(target.view() == text);
  }
}

TEST_CASE("uids compare by their text", "[uid]") {
  const Uid a("0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b");
  const Uid b("0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6c");
  CHECK(a != b);
  CHECK(a < b);
  CHECK(a == std::string_view("0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b"));
  // A shorter uid whose text is a prefix of the other's: the tail does not make them equal.
  CHECK(Uid("0b5e") != Uid(std::string_view("0b5e\0", 5)));
  CHECK(Uid("0b5e") < Uid("0b5e6"));
  const std::string long_text(40, 'z');
  CHECK(Uid(long_text) == Uid(long_text));
  CHECK(Uid(long_text) != Uid(long_text.substr(0, 36)));
}

TEST_CASE("a uid may be assigned a view of its own text", "[uid]") {
  Uid uid("0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b");
  uid = uid.view().substr(9, 4);
  CHECK(uid == std::string_view("1d2e"));
  Uid heap(std::string(50, 'q'));
  heap = heap.view().substr(10);
  CHECK(heap == std::string(40, 'q'));
  heap = heap.view().substr(0, 3);
  CHECK(heap == std::string_view("qqq"));
}

TEST_CASE("a set of uids finds a view without making a uid", "[uid]") {
  SortedUids uids;
  uids.emplace("b");
  uids.emplace("a");
  CHECK(uids.count(std::string_view("a")) == 1);
  CHECK(uids.count(std::string_view("c")) == 0);
  CHECK(uids.begin()->view() == "a");
}
