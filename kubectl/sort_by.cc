#include "kubectl/sort_by.h"

#include <fmt/format.h>

#include "kubectl/custom_columns.h"
#include "kubectl/jsonpath.h"
#include "kubectl/natural_order.h"
#include "kubectl/quantity.h"

namespace jobsim::kubectl {
namespace {

using nlohmann::json;

// Go's %T of a decoded JSON value, for sorter.go's "unsortable type: %T".
const char* GoTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::boolean:
      return "bool";
    case json::value_t::object:
      return "map[string]interface {}";
    case json::value_t::array:
      return "[]interface {}";
    case json::value_t::string:
      return "string";
    case json::value_t::number_float:
      return "float64";
    default:
      return "int64";
  }
}

bool IsInteger(const json& value) { return value.is_number_integer(); }

// The first value the path finds in `object`; nullptr when none.
const json* FirstValue(const std::vector<std::vector<json>>& results) {
  if (results.empty() || results[0].empty()) return nullptr;
  return &results[0][0];
}

}  // namespace

api::Status JsonLess(const json& a, const json& b, const KubectlRules& rules, bool& less) {
  less = false;
  if (a.is_null() || b.is_null()) {
    less = !a.is_null() ? false : !b.is_null();
    return api::Status::Ok();
  }
  if (a.is_boolean() || a.is_object() || a.is_array()) {
    return api::Status::BadRequest(fmt::format("unsortable type: {}", GoTypeName(a)));
  }
  // Values of two different Go types fall out of isLess's type switch.
  const bool same_type = (a.is_string() && b.is_string()) || (IsInteger(a) && IsInteger(b)) ||
                         (a.is_number_float() && b.is_number_float());
  if (!same_type) return api::Status::BadRequest("unsortable interface: interface");
  if (IsInteger(a)) {
    less = a.get<int64_t>() < b.get<int64_t>();
  } else if (a.is_number_float()) {
    less = a.get<double>() < b.get<double>();
  } else {
    const auto& sa = a.get_ref<const std::string&>();
    const auto& sb = b.get_ref<const std::string&>();
    const auto qa = rules.sort_by_quantity_strings ? ParseQuantityValue(sa) : std::nullopt;
    const auto qb = qa ? ParseQuantityValue(sb) : std::nullopt;
    if (qa && qb) {
      less = *qa < *qb;
    } else {
      less = rules.sort_by_natural_strings ? NaturalLess(sa, sb) : sa < sb;
    }
  }
  return api::Status::Ok();
}

api::Status SortOrder(const std::string& sort_by, const std::vector<json>& objects, const KubectlRules& rules,
                      const std::string& go_type, std::vector<size_t>& order) {
  std::string field;
  if (api::Status st = RelaxedJsonPath(sort_by, field); !st.ok()) return st;
  std::vector<const json*> keys;
  std::vector<std::vector<std::vector<json>>> results(objects.size());
  bool found_once = false;
  for (size_t i = 0; i < objects.size(); ++i) {
    if (api::Status st = FindJsonPathResults(field, objects[i], results[i]); !st.ok()) return st;
    keys.push_back(FirstValue(results[i]));
    found_once = found_once || keys.back() != nullptr;
  }
  if (!objects.empty() && !found_once) {
    return api::Status::BadRequest(fmt::format("couldn't find any field with path \"{}\" in the list of objects", field));
  }
  order.resize(objects.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  api::Status unsortable = api::Status::Ok();
  SortInterface data;
  data.n = static_cast<int>(objects.size());
  data.less = [&](int i, int j) {
    const json* a = keys[static_cast<size_t>(i)];
    const json* b = keys[static_cast<size_t>(j)];
    if (a == nullptr) return true;  // sorter.go: "if len(iValues) == 0 ... return true"
    if (b == nullptr) return false;
    bool less = false;
    if (api::Status st = JsonLess(*a, *b, rules, less); !st.ok() && unsortable.ok()) {
      // sorter.go: klog.Exitf("Field %s in %T is an unsortable type: %s, err: %v", ...); the
      // values are interface{} elements of the decoded JSON.
      unsortable = api::Status::InternalError(
          fmt::format("Field {} in {} is an unsortable type: interface, err: {}", field, go_type, st.message()));
    }
    return less;
  };
  data.swap = [&](int i, int j) {
    std::swap(keys[static_cast<size_t>(i)], keys[static_cast<size_t>(j)]);
    std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]);
  };
  GoSort(rules.go_sort, data);
  return unsortable;
}

}  // namespace jobsim::kubectl
