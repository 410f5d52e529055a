#include "kubectl/get_command.h"

#include <fmt/format.h>

#include "kubectl/api_errors.h"
#include "kubectl/custom_columns.h"
#include "kubectl/get_printer.h"
#include "kubectl/json_printer.h"
#include "kubectl/jsonpath.h"
#include "kubectl/object_source.h"
#include "kubectl/shown_managed_fields.h"
#include "kubectl/sort_by.h"
#include "kubectl/yaml_printer.h"

namespace jobsim::kubectl {
namespace {

std::string EmptyNotice(const Selection& selection, const KubectlRules& rules) {
  if (!rules.empty_list_notice) return "";
  if (!rules.empty_list_names_namespace) return "No resources found.\n";
  if (selection.namespace_.empty() || !selection.type.namespaced) return "No resources found\n";
  return fmt::format("No resources found in {} namespace.\n", selection.namespace_);
}

// get.go printGeneric: a single named object alone, anything else as a List.
api::Json GenericObject(const Selection& selection, const Objects& objects, ManagedFieldsShown shown,
                        const KubectlRules& rules) {
  if (selection.names.size() == 1 && objects.size() == 1) return ShownObject(objects, 0, shown);
  api::Json list = {{"apiVersion", "v1"}, {"kind", "List"}, {"items", api::Json::array()}};
  list["metadata"] = rules.legacy_layout ? api::Json::object() : api::Json{{"resourceVersion", ""}};
  for (size_t i = 0; i < objects.size(); ++i) list["items"].push_back(ShownObject(objects, i, shown));
  return list;
}

bool IsCustomColumns(const std::string& format) { return format.rfind("custom-columns=", 0) == 0; }

// REQUIRES: format is name, yaml, json, jsonpath[=...] or custom-columns=....
void PrintGeneric(const std::string& format, const Selection& selection, const Objects& objects,
                  ManagedFieldsShown shown, const KubectlRules& rules, Output& out) {
  if (format == "name") {
    for (size_t i = 0; i < objects.size(); ++i)
      out.out += NameOutput(selection.type, objects.name(i), rules.legacy_layout) + "\n";
    return;
  }
  if (selection.names.size() == 1 && objects.size() == 0) return;  // only the NotFound error
  if (IsCustomColumns(format)) {
    std::vector<CustomColumn> columns;
    if (api::Status st = ParseCustomColumns(format.substr(format.find('=') + 1), columns); !st.ok()) {
      out.err += "error: " + st.message() + "\n";
      out.exit_code = 1;
      return;
    }
    std::vector<api::Json> items;
    for (size_t i = 0; i < objects.size(); ++i) items.push_back(ShownObject(objects, i, shown));
    out.out += RenderCustomColumns(columns, items, rules);
    return;
  }
  const api::Json object = GenericObject(selection, objects, shown, rules);
  if (format == "yaml") {
    out.out += ToYaml(object, YamlStyle{!rules.legacy_layout, !rules.legacy_layout});
  } else if (format == "json") {
    out.out += rules.json_struct_order ? ToGoJsonInStructOrder(object) : ToGoJson(object);
  } else if (format.rfind("jsonpath", 0) == 0) {
    const auto eq = format.find('=');
    const std::string tmpl = eq == std::string::npos ? "" : format.substr(eq + 1);
    if (tmpl.empty()) {
      out.err += "error: template format specified but no template given\n";
      out.exit_code = 1;
      return;
    }
    std::string text;
    if (api::Status st = RunJsonPath(tmpl, object, text); !st.ok()) {
      out.err +=
          fmt::format("error: error executing jsonpath \"{}\": Error executing template: {}.\n", tmpl, st.message());
      out.exit_code = 1;
      return;
    }
    out.out += text;
  }
}

// --sort-by, where kubectl's get.go applies it. Human output: the Table of a
// list sorts its rows when it has more than one (SortingPrinter), and get.go
// ignores that printer's error: without the field nothing prints at all.
// With several names there is one single-row Table per name, and
// RuntimeSorter sorts those Tables themselves, as objects that lack the
// object's fields: an error. Generic output sorts the List it prints (a
// single named object is no List). Values kubectl cannot compare end it at
// once (klog.Exitf), whatever the output.
api::Status SortObjects(const std::string& sort_by, bool human, const Selection& selection, Objects& objects,
                        const KubectlRules& rules) {
  std::vector<size_t> order;
  if (human && selection.names.size() > 1) {
    if (objects.size() < 2) return api::Status::Ok();
    const api::Json table = {{"apiVersion", "meta.k8s.io/v1"}, {"kind", "Table"}, {"metadata", api::Json::object()}};
    return SortOrder(sort_by, std::vector<api::Json>(objects.size(), table), rules, "*unstructured.Unstructured", order);
  }
  const bool list = !(selection.names.size() == 1 && objects.size() == 1);
  if (objects.size() < (human ? 2u : 1u) || !list) return api::Status::Ok();
  std::vector<api::Json> items;
  for (size_t i = 0; i < objects.size(); ++i) items.push_back(objects.Encode(i));
  const std::string go_type = human ? "[][][]reflect.Value" : "*unstructured.Unstructured";
  api::Status st = SortOrder(sort_by, items, rules, go_type, order);
  if (human && st.reason() == "BadRequest") {
    objects.Reorder({});
    return api::Status::Ok();
  }
  if (st.ok()) objects.Reorder(order);
  return st;
}

std::string UnknownFormat(const std::string& format, const KubectlRules& rules) {
  if (!rules.error_reason_in_parentheses) return fmt::format("output format \"{}\" not recognized", format);
  return fmt::format(
      "unable to match a printer suitable for the output format \"{}\", allowed formats are: "
      "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,"
      "jsonpath-file,name,template,templatefile,wide,yaml",
      format);
}

}  // namespace

Output RunGet(const CommandLine& command, const api::Store& store, const KubectlRules& rules) {
  Selection selection;
  if (api::Status st = ResolveSelection(command.positional, selection); !st.ok()) return ErrorOutput(st.message());
  if (command.all_namespaces && !selection.names.empty()) {
    return ErrorOutput("a resource cannot be retrieved by name across all namespaces");
  }
  const std::string& format = command.output;
  const bool human = format.empty() || format == "wide";
  if (!human && format != "yaml" && format != "json" && format != "name" && format.rfind("jsonpath", 0) != 0 &&
      !IsCustomColumns(format)) {
    return ErrorOutput(UnknownFormat(format, rules));
  }
  selection.namespace_ = command.all_namespaces ? "" : command.namespace_.value_or("default");
  selection.label_selector = command.selector;
  selection.field_selector = command.field_selector;
  // The REST mapping warns before anything else is printed.
  Output out{"", ShortNameWarning(selection.type_name, rules), 0};
  Objects objects;
  if (api::Status st = FetchObjects(store, selection, objects); !st.ok()) {
    out.err += ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
    return out;
  }
  if (!command.sort_by.empty()) {
    if (api::Status st = SortObjects(command.sort_by, human, selection, objects, rules); !st.ok()) {
      const bool fatal = st.reason() == "InternalError";
      out.err += (fatal ? "" : "error: ") + st.message() + "\n";
      out.exit_code = 1;
      return out;
    }
  }
  if (human) {
    const TableOptions options{format == "wide", command.show_labels, command.all_namespaces, command.show_all};
    out.out = RenderTable(ObjectsTable(objects, store.clock().NowUnixMs(), options, rules), rules);
    if (out.out.empty() && objects.not_found.empty()) out.err += EmptyNotice(selection, rules);
  } else {
    PrintGeneric(format, selection, objects, ShownManagedFields(command, rules), rules, out);
  }
  for (const api::Status& st : objects.not_found) {
    out.err += ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
  }
  return out;
}

}  // namespace jobsim::kubectl
