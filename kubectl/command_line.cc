#include "kubectl/command_line.h"

#include <fmt/format.h>

#include <functional>

namespace jobsim::kubectl {
namespace {

enum class Verbs : unsigned { kGet = 1, kDescribe = 2, kLogs = 4, kAll = 7 };

struct Flag {
  const char* name;
  char shorthand;  // 0 = none
  bool takes_value;
  unsigned verbs;
  std::function<api::Status(CommandLine&, const std::string&)> set;
};

api::Status SetBool(bool& target, const std::string& value, const std::string& name) {
  if (value.empty() || value == "true" || value == "1" || value == "t" || value == "T" || value == "TRUE" ||
      value == "True") {
    target = true;
  } else if (value == "false" || value == "0" || value == "f" || value == "F" || value == "FALSE" || value == "False") {
    target = false;
  } else {
    return api::Status::BadRequest(
        fmt::format("invalid argument \"{}\" for \"--{}\" flag: strconv.ParseBool: parsing \"{}\": invalid syntax",
                    value, name, value));
  }
  return api::Status::Ok();
}

std::vector<Flag> Flags(const FlagSet& flag_set) {
  const unsigned all = static_cast<unsigned>(Verbs::kAll), get = static_cast<unsigned>(Verbs::kGet),
                 logs = static_cast<unsigned>(Verbs::kLogs);
  std::vector<Flag> flags = {
      {"namespace", 'n', true, all,
       [](CommandLine& c, const std::string& v) {
         c.namespace_ = v;
         return api::Status::Ok();
       }},
      {"all-namespaces", 'A', false, get | static_cast<unsigned>(Verbs::kDescribe),
       [](CommandLine& c, const std::string& v) { return SetBool(c.all_namespaces, v, "all-namespaces"); }},
      {"selector", 'l', true, all,
       [](CommandLine& c, const std::string& v) {
         c.selector = v;
         return api::Status::Ok();
       }},
      {"field-selector", 0, true, get,
       [](CommandLine& c, const std::string& v) {
         c.field_selector = v;
         return api::Status::Ok();
       }},
      {"output", 'o', true, get,
       [](CommandLine& c, const std::string& v) {
         c.output = v;
         return api::Status::Ok();
       }},
      {"sort-by", 0, true, get,
       [](CommandLine& c, const std::string& v) {
         c.sort_by = v;
         return api::Status::Ok();
       }},
      {"show-labels", 0, false, get,
       [](CommandLine& c, const std::string& v) { return SetBool(c.show_labels, v, "show-labels"); }},
      {"watch", 'w', false, get,
       [](CommandLine& c, const std::string& v) { return SetBool(c.watch, v, "watch"); }},
      {"watch-only", 0, false, get,
       [](CommandLine& c, const std::string& v) { return SetBool(c.watch_only, v, "watch-only"); }},
      {"container", 'c', true, logs,
       [](CommandLine& c, const std::string& v) {
         c.container = v;
         return api::Status::Ok();
       }},
      {"all-containers", 0, false, logs,
       [](CommandLine& c, const std::string& v) { return SetBool(c.all_containers, v, "all-containers"); }},
      {"prefix", 0, false, logs,
       [](CommandLine& c, const std::string& v) { return SetBool(c.prefix, v, "prefix"); }},
      {"previous", 'p', false, logs,
       [](CommandLine& c, const std::string& v) { return SetBool(c.previous, v, "previous"); }},
      {"tail", 0, true, logs, [](CommandLine& c, const std::string& v) {
         if (v.empty() || v.find_first_not_of("-0123456789") != std::string::npos) {
           return api::Status::BadRequest(fmt::format(
               "invalid argument \"{}\" for \"--tail\" flag: strconv.ParseInt: parsing \"{}\": invalid syntax", v, v));
         }
         c.tail = std::stoll(v);
         return api::Status::Ok();
       }}};
  if (flag_set.show_all) {
    flags.push_back({"show-all", 'a', false, get,
                     [](CommandLine& c, const std::string& v) { return SetBool(c.show_all, v, "show-all"); }});
  }
  if (flag_set.output_watch_events) {
    flags.push_back({"output-watch-events", 0, false, get, [](CommandLine& c, const std::string& v) {
                       return SetBool(c.output_watch_events, v, "output-watch-events");
                     }});
  }
  if (flag_set.show_managed_fields) {
    flags.push_back({"show-managed-fields", 0, false, get, [](CommandLine& c, const std::string& v) {
                       return SetBool(c.show_managed_fields, v, "show-managed-fields");
                     }});
  }
  return flags;
}

unsigned VerbBit(const std::string& verb) {
  if (verb == "get") return static_cast<unsigned>(Verbs::kGet);
  if (verb == "describe") return static_cast<unsigned>(Verbs::kDescribe);
  if (verb == "logs") return static_cast<unsigned>(Verbs::kLogs);
  return static_cast<unsigned>(Verbs::kAll);
}

const Flag* FindFlag(const std::vector<Flag>& flags, const std::string& name, char shorthand, unsigned verb) {
  for (const Flag& f : flags) {
    if ((f.verbs & verb) == 0) continue;
    if ((!name.empty() && name == f.name) || (shorthand != 0 && shorthand == f.shorthand)) return &f;
  }
  return nullptr;
}

// Parses args[i] (a flag) and possibly args[i+1]; advances i.
api::Status ParseFlag(const std::vector<std::string>& args, size_t& i, const std::vector<Flag>& flags, unsigned verb,
                      CommandLine& out) {
  const std::string& arg = args[i];
  const bool is_long = arg.rfind("--", 0) == 0;
  std::string name, value;
  bool has_value = false;
  char shorthand = 0;
  if (is_long) {
    const auto eq = arg.find('=');
    name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    if (eq != std::string::npos) {
      value = arg.substr(eq + 1);
      has_value = true;
    }
  } else {
    shorthand = arg[1];
    if (arg.size() > 2) {
      value = arg.substr(arg[2] == '=' ? 3 : 2);
      has_value = true;
    }
  }
  const Flag* flag = FindFlag(flags, name, shorthand, verb);
  if (flag == nullptr) {
    return api::Status::BadRequest(is_long ? "unknown flag: " + arg.substr(0, arg.find('='))
                                           : fmt::format("unknown shorthand flag: '{}' in {}", shorthand, arg));
  }
  if (flag->takes_value && !has_value) {
    if (i + 1 >= args.size()) {
      return api::Status::BadRequest(is_long
                                         ? fmt::format("flag needs an argument: --{}", flag->name)
                                         : fmt::format("flag needs an argument: '{}' in -{}", shorthand, shorthand));
    }
    value = args[++i];
  }
  if (!flag->takes_value && !is_long && has_value) {
    return api::Status::BadRequest(fmt::format("unknown shorthand flag: '{}' in {}", arg[2], arg));
  }
  return flag->set(out, value);
}

}  // namespace

std::vector<std::string> SplitCommandLine(const std::string& line) {
  std::vector<std::string> words;
  std::string current;
  bool in_word = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(current);
      current.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\'') {
      for (++i; i < line.size() && line[i] != '\''; ++i) current += line[i];
    } else if (c == '"') {
      for (++i; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\' && i + 1 < line.size() &&
            std::string_view("\"\\$`\n").find(line[i + 1]) != std::string_view::npos) {
          ++i;
        }
        current += line[i];
      }
    } else if (c == '\\' && i + 1 < line.size()) {
      current += line[++i];
    } else {
      current += c;
    }
  }
  if (in_word) words.push_back(current);
  return words;
}

FlagSet FlagSetOf(const KubectlRules& rules) {
  return FlagSet{.show_all = rules.get_pods_hides_finished,
                 .output_watch_events = rules.output_watch_events_flag,
                 .show_managed_fields = rules.show_managed_fields_flag};
}

api::Status ParseArgs(const std::vector<std::string>& args, const FlagSet& flag_set, CommandLine& out) {
  out = CommandLine{};
  const std::vector<Flag> flags = Flags(flag_set);
  // The verb is the first word that is not a flag (or a flag's value).
  unsigned verb = static_cast<unsigned>(Verbs::kAll);
  bool after_dashes = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!after_dashes && arg == "--") {
      after_dashes = true;
    } else if (!after_dashes && arg.size() > 1 && arg[0] == '-') {
      if (api::Status st = ParseFlag(args, i, flags, verb, out); !st.ok()) return st;
    } else if (out.verb.empty()) {
      out.verb = arg;
      verb = VerbBit(arg);
    } else {
      out.positional.push_back(arg);
    }
  }
  return api::Status::Ok();
}

}  // namespace jobsim::kubectl
