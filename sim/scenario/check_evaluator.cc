#include "sim/scenario/check_evaluator.h"

#include <set>

#include <fmt/format.h>

#include "kubectl/kubectl.h"
#include "sim/scenario/field_path.h"
#include "sim/scenario/time_text.h"

namespace jobsim::scenario {
namespace {

// An event's occurrences: the series count (events.k8s.io), else the core/v1 count.
int64_t Occurrences(const Json& event) {
  if (const Json* series = LookupField(event, "series.count"); series && series->is_number_integer()) {
    return series->get<int64_t>();
  }
  const Json* count = LookupField(event, "count");
  return count && count->is_number_integer() ? std::max<int64_t>(count->get<int64_t>(), 1) : 1;
}

std::string SubjectOf(const FieldCheck& c) { return c.test.field.empty() ? c.object.text : c.object.text + " " + c.test.field; }

std::string SubjectOf(const ObjectsCheck& c) {
  std::string s = c.resource.text;
  if (!c.selector.empty()) s += " -l " + c.selector;
  if (!c.field_selector.empty()) s += " --field-selector " + c.field_selector;
  if (!c.phase.empty()) s += " phase=" + c.phase;
  for (const FieldTest& w : c.where) s += " where " + w.field;
  return s;
}

std::string SubjectOf(const ConditionCheck& c) { return c.object.text + " condition " + c.type; }

std::string SubjectOf(const EventsCheck& c) {
  std::string s = "events";
  if (c.object) s += " " + c.object->text;
  if (c.resource) s += " " + c.resource->text + (c.selector.empty() ? "" : " -l " + c.selector);
  if (!c.reason.empty()) s += " reason=" + c.reason;
  if (!c.type.empty()) s += " type=" + c.type;
  if (!c.message.empty()) s += fmt::format(" message~\"{}\"", c.message);
  return s;
}

std::string SubjectOf(const TimeCheck&) { return "time"; }
std::string SubjectOf(const KubectlCheck& c) { return "kubectl " + c.command; }

}  // namespace

std::string Subject(const Check& check) {
  return std::visit([](const auto& c) { return SubjectOf(c); }, check.what);
}

CheckResult CheckEvaluator::Evaluate(const Check& check, int64_t now_ms) const {
  CheckResult out;
  out.t_ms = now_ms;
  out.location = check.location;
  out.subject = Subject(check);
  std::visit([&](const auto& c) { Decide(c, out); }, check.what);
  return out;
}

Verdict CheckEvaluator::FieldVerdict(const FieldCheck& check) const {
  const std::optional<Json> object = client_.Get(check.object);
  if (!object) {
    Verdict v = TestValue(check.test.test, nullptr);
    if (!check.test.field.empty()) v.got += " (" + check.object.text + " not found)";
    return v;
  }
  return TestValue(check.test.test, LookupField(*object, check.test.field));
}

void CheckEvaluator::Decide(const FieldCheck& check, CheckResult& out) const {
  const Verdict v = FieldVerdict(check);
  out.passed = v.passed;
  out.message = v.Message();
}

void CheckEvaluator::Decide(const ObjectsCheck& check, CheckResult& out) const {
  std::vector<Json> objects;
  if (api::Status st = client_.List(check.resource, check.namespace_, check.selector, check.field_selector, objects);
      !st.ok()) {
    out.message = st.message();
    return;
  }
  int64_t count = 0;
  for (const Json& object : objects) {
    if (!check.phase.empty() && LookupString(object, "status.phase") != check.phase) continue;
    bool all = true;
    for (const FieldTest& w : check.where) all = all && TestValue(w.test, LookupField(object, w.field)).passed;
    if (all) ++count;
  }
  const Verdict v = TestCount(check.count, count);
  out.passed = v.passed;
  out.message = "want count " + v.want + ", got " + v.got;
}

std::string CheckEvaluator::ConditionProblem(const ConditionCheck& check) const {
  const std::optional<Json> object = client_.Get(check.object);
  if (!object) return check.object.text + " not found";
  const Json* condition = LookupField(*object, fmt::format("status.conditions[type={}]", check.type));
  if (!condition) return fmt::format("want status \"{}\", got no {} condition", check.status, check.type);
  const std::string status = LookupString(*condition, "status");
  const std::string reason = LookupString(*condition, "reason");
  const std::string message = LookupString(*condition, "message");
  if (status != check.status) return fmt::format("want status \"{}\", got \"{}\"", check.status, status);
  if (check.reason && reason != *check.reason) return fmt::format("want reason \"{}\", got \"{}\"", *check.reason, reason);
  if (check.message && message.find(*check.message) == std::string::npos) {
    return fmt::format("want a message containing \"{}\", got \"{}\"", *check.message, message);
  }
  return "";
}

void CheckEvaluator::Decide(const ConditionCheck& check, CheckResult& out) const {
  out.message = ConditionProblem(check);
  out.passed = out.message.empty();
  if (out.passed) out.message = fmt::format("{} is \"{}\"", check.type, check.status);
}

void CheckEvaluator::Decide(const EventsCheck& check, CheckResult& out) const {
  const ResourceRef events{Kind::kEvent, "v1", "events"};
  const bool cluster_scoped = check.object && !KindNamespaced(check.object->kind());
  std::vector<Json> all;
  if (api::Status st = client_.List(events, cluster_scoped ? "" : check.namespace_, "", "", all); !st.ok()) {
    out.message = st.message();
    return;
  }
  std::set<std::string> names;  // the involved objects' names; empty set + no filter = any object
  std::string kind;
  if (check.object) {
    names.insert(check.object->name);
    kind = KindName(check.object->kind());
  } else if (check.resource) {
    std::vector<Json> objects;
    client_.List(*check.resource, check.namespace_, check.selector, "", objects);
    for (const Json& o : objects) names.insert(LookupString(o, "metadata.name"));
    kind = KindName(check.resource->kind);
  }
  int64_t count = 0;
  for (const Json& e : all) {
    if (!kind.empty() && (LookupString(e, "involvedObject.kind") != kind ||
                          !names.count(LookupString(e, "involvedObject.name")))) {
      continue;
    }
    if (!check.reason.empty() && LookupString(e, "reason") != check.reason) continue;
    if (!check.type.empty() && LookupString(e, "type") != check.type) continue;
    if (!check.message.empty() && LookupString(e, "message").find(check.message) == std::string::npos) continue;
    count += Occurrences(e);
  }
  const Verdict v = TestCount(check.count, count);
  out.passed = v.passed;
  out.message = "want count " + v.want + ", got " + v.got;
}

void CheckEvaluator::Decide(const TimeCheck& check, CheckResult& out) const {
  const int64_t now = out.t_ms;
  std::string want;
  out.passed = true;
  if (check.equals_ms) {
    AddWant(want, FormatSeconds(*check.equals_ms));
    out.passed = out.passed && now == *check.equals_ms;
  }
  if (check.at_least_ms) {
    AddWant(want, "at least " + FormatSeconds(*check.at_least_ms));
    out.passed = out.passed && now >= *check.at_least_ms;
  }
  if (check.at_most_ms) {
    AddWant(want, "at most " + FormatSeconds(*check.at_most_ms));
    out.passed = out.passed && now <= *check.at_most_ms;
  }
  out.message = "want " + want + ", got " + FormatSeconds(now);
}

void CheckEvaluator::Decide(const KubectlCheck& check, CheckResult& out) const {
  const kubectl::Output result = kubectl::Run(check.args, store_, profile_.kubectl);
  const std::string text = result.out + result.err;
  std::string want;
  out.passed = true;
  if (check.contains) {
    AddWant(want, fmt::format("containing \"{}\"", *check.contains));
    out.passed = out.passed && text.find(*check.contains) != std::string::npos;
  }
  if (check.not_contains) {
    AddWant(want, fmt::format("not containing \"{}\"", *check.not_contains));
    out.passed = out.passed && text.find(*check.not_contains) == std::string::npos;
  }
  if (check.matches) {
    AddWant(want, fmt::format("matching /{}/", check.matches->text));
    out.passed = out.passed && std::regex_search(text, *check.matches->re);
  }
  out.message = (out.passed ? "output " : "want output ") + want;
  if (!out.passed) out.detail = text;
}

}  // namespace jobsim::scenario
