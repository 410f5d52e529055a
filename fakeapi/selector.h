// Label selectors (equality- and set-based) and field selectors, parsed from
// the text forms kubectl sends (`job-name=pi,tier in (a,b),!canary`) or from a
// metav1.LabelSelector.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::api {

struct Requirement {
  enum class Op { kEquals, kNotEquals, kIn, kNotIn, kExists, kDoesNotExist };
  std::string key;
  Op op = Op::kEquals;
  std::vector<std::string> values;
};

class Selector {
 public:
  Selector() = default;  // matches everything
  // Parses the label-selector text syntax; a syntax error is a BadRequest.
  static Status Parse(const std::string& text, Selector& out);
  // A metav1.LabelSelector; an empty one matches everything.
  static Status FromLabelSelector(const LabelSelector& selector, Selector& out);

  bool Matches(const StringMap& labels) const;
  bool empty() const { return requirements_.empty(); }
  const std::vector<Requirement>& requirements() const { return requirements_; }
  // The canonical text form, as kubectl describe prints it (`a=b,c in (d,e)`).
  std::string String() const;

 private:
  std::vector<Requirement> requirements_;
};

// A field selector: `metadata.name=pi,status.phase!=Running`.
class FieldSelector {
 public:
  using Getter = std::function<std::optional<std::string>(const std::string& field)>;
  static Status Parse(const std::string& text, FieldSelector& out);
  // get(field) returns the field's value, or nullopt for a field the kind does not support.
  // Returns a BadRequest for an unsupported field, like kube-apiserver.
  Status Matches(const Getter& get, bool& matches) const;
  bool empty() const { return terms_.empty(); }

 private:
  struct Term {
    std::string field;
    bool equals = true;
    std::string value;
  };
  std::vector<Term> terms_;
};

}  // namespace jobsim::api
