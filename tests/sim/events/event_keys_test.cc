#include "sim/events/event_keys.h"

#include <catch2/catch.hpp>

#include <string>

#include "sim/events/key_hash.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

api::Event StartedEvent() {
  api::Event e;
  e.involved_object = {"Pod", "default", "pi-x7k2p", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "42",
                       "spec.containers{pi}"};
  e.source = {"kubelet", "node-1"};
  e.type = "Normal";
  e.reason = "Started";
  e.message = "Started container pi";
  e.reporting_component = "kubelet";
  e.reporting_instance = "node-1";
  return e;
}

// Upstream's key strings: the fields joined with no separator (events_cache.go).
std::string SourceAndObject(const api::Event& e) {
  const api::ObjectReference& io = e.involved_object;
  return e.source.component + e.source.host + io.kind + io.namespace_ + io.name;
}
std::string UidAndVersion(const api::Event& e) { return e.involved_object.uid + e.involved_object.api_version; }

}  // namespace

TEST_CASE("the correlator keys hash upstream's joined key strings", "[events]") {
  const api::Event e = StartedEvent();
  const CorrelatorRules rules;  // current: fieldPath in the event key, type in the spam key
  const EventKeys keys = KeysOf(e, rules, SourceHash(e.source));
  CHECK(keys.event == HashOf(SourceAndObject(e) + e.involved_object.field_path + UidAndVersion(e) + e.type +
                             e.reason + e.message));
  CHECK(keys.aggregate == HashOf(SourceAndObject(e) + UidAndVersion(e) + e.type + e.reason +
                                 e.reporting_component + e.reporting_instance));
  CHECK(keys.spam == HashOf(SourceAndObject(e) + UidAndVersion(e) + e.type));
}

TEST_CASE("the keys follow the version rules", "[events]") {
  const api::Event e = StartedEvent();
  CorrelatorRules old_rules;
  old_rules.key_has_field_path = false;  // before 1.7
  old_rules.spam_key_has_type = false;   // before 1.32
  const EventKeys keys = KeysOf(e, old_rules, SourceHash(e.source));
  CHECK(keys.event == HashOf(SourceAndObject(e) + UidAndVersion(e) + e.type + e.reason + e.message));
  CHECK(keys.spam == HashOf(SourceAndObject(e) + UidAndVersion(e)));

  SECTION("an event without a fieldPath has the same event key either way") {
    api::Event no_path = e;
    no_path.involved_object.field_path.clear();
    const KeyHash source = SourceHash(no_path.source);
    CHECK(KeysOf(no_path, CorrelatorRules{}, source).event == KeysOf(no_path, old_rules, source).event);
  }
  SECTION("only the event key sees the message") {
    api::Event other = e;
    other.message = "Started container other";
    const EventKeys other_keys = KeysOf(other, CorrelatorRules{}, SourceHash(other.source));
    const EventKeys current = KeysOf(e, CorrelatorRules{}, SourceHash(e.source));
    CHECK(other_keys.event != current.event);
    CHECK(other_keys.aggregate == current.aggregate);
    CHECK(other_keys.spam == current.spam);
  }
}
