#include "sim/events/event_keys.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "sim/events/key_hash.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

const api::EventSource kKubelet{"kubelet", "node-1"};

// A kubelet's event, its strings held here (the draft views them).
struct Recorded {
  api::ObjectReference involved{"Pod", "default", "pi-x7k2p", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "42",
                                "spec.containers{pi}"};
  std::string type = "Normal";
  std::string reason = "Started";
  std::string message = "Started container pi";

  EventKeys Keys(const CorrelatorRules& rules, const api::EventSource& source = kKubelet) const {
    EventDraft draft;
    draft.involved = &involved;
    draft.object_word = ObjectWord(involved);
    draft.type = type;
    draft.reason = reason;
    draft.message = message;
    return KeysOf(draft, rules, RecorderWords(source, rules.reporting_fields));
  }
};

struct Row {
  const char* name;
  std::function<void(Recorded&)> change;
  // Which keys the change gives another value (current rules).
  bool event, aggregate, spam;
};

}  // namespace

TEST_CASE("each key changes with the fields upstream's key string has, and only those", "[events]") {
  const CorrelatorRules rules;  // current: fieldPath in the event key, type in the spam key
  const std::vector<Row> rows = {
      {"the message is only in the event key", [](Recorded& r) { r.message = "Started container other"; }, true,
       false, false},
      {"the reason is in the event and aggregate keys", [](Recorded& r) { r.reason = "Killing"; }, true, true, false},
      {"the type is in all three since 1.32", [](Recorded& r) { r.type = "Warning"; }, true, true, true},
      {"the fieldPath is only in the event key", [](Recorded& r) { r.involved.field_path = "spec.containers{b}"; },
       true, false, false},
      {"the object's uid is in all three", [](Recorded& r) { r.involved.uid[0] = 'a'; }, true, true, true},
      {"the object's name is in all three", [](Recorded& r) { r.involved.name = "pi-other"; }, true, true, true},
      {"the object's kind is in all three", [](Recorded& r) { r.involved.kind = "Job"; }, true, true, true},
      {"the object's namespace is in all three", [](Recorded& r) { r.involved.namespace_ = "batch"; }, true, true,
       true},
      {"the object's apiVersion is in all three", [](Recorded& r) { r.involved.api_version = "v2"; }, true, true,
       true},
      {"the object's resourceVersion is in none", [](Recorded& r) { r.involved.resource_version = "43"; }, false,
       false, false},
      // Upstream joins fields with no separator; words keep them apart.
      {"moving bytes between fields is a change", [](Recorded& r) {
         r.involved.namespace_ = "defaultpi";
         r.involved.name = "-x7k2p";
       },
       true, true, true},
  };
  const Recorded base;
  const EventKeys keys = base.Keys(rules);
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Recorded changed;
      row.change(changed);
      const EventKeys other = changed.Keys(rules);
      CHECK((other.event != keys.event) == row.event);
      CHECK((other.aggregate != keys.aggregate) == row.aggregate);
      CHECK((other.spam != keys.spam) == row.spam);
    }
  }
  SECTION("the source is in all three") {
    const EventKeys other = base.Keys(rules, api::EventSource{"kubelet", "node-2"});
    CHECK(other.event != keys.event);
    CHECK(other.aggregate != keys.aggregate);
    CHECK(other.spam != keys.spam);
  }
  SECTION("the aggregator keeps the message's hash") { CHECK(keys.message == HashOf(base.message)); }
  SECTION("keys of different kinds never meet") {
    CHECK(keys.event != keys.aggregate);
    CHECK(keys.event != keys.spam);
    CHECK(keys.aggregate != keys.spam);
  }
}

TEST_CASE("the keys follow the version rules", "[events]") {
  CorrelatorRules old_rules;
  old_rules.key_has_field_path = false;  // before 1.7
  old_rules.spam_key_has_type = false;   // before 1.32
  const Recorded base;
  const EventKeys keys = base.Keys(old_rules);

  SECTION("before 1.7 the event key has no fieldPath") {
    Recorded other;
    other.involved.field_path = "spec.containers{b}";
    CHECK(other.Keys(old_rules).event == keys.event);
  }
  SECTION("before 1.32 the spam key has no type") {
    Recorded other;
    other.type = "Warning";
    CHECK(other.Keys(old_rules).spam == keys.spam);
    CHECK(other.Keys(old_rules).aggregate != keys.aggregate);
  }
  SECTION("an event without a fieldPath has the same event key either way") {
    Recorded no_path;
    no_path.involved.field_path.clear();
    CHECK(no_path.Keys(CorrelatorRules{}).event == no_path.Keys(old_rules).event);
  }
}
