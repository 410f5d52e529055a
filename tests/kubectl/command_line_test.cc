#include "kubectl/command_line.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;

TEST_CASE("SplitCommandLine follows shell quoting") {
  struct Row {
    std::string name, line;
    std::vector<std::string> want;
  };
  const std::vector<Row> rows = {
      {"blanks separate words", "get  pods\t-a", {"get", "pods", "-a"}},
      {"single quotes are literal",
       "get pods -o 'jsonpath={.items[*].metadata.name}'",
       {"get", "pods", "-o", "jsonpath={.items[*].metadata.name}"}},
      {"double quotes allow escapes",
       R"(get pods -o "jsonpath={\"\n\"}")",
       {"get", "pods", "-o", "jsonpath={\"\\n\"}"}},
      {"a backslash escapes outside quotes", R"(logs a\ b)", {"logs", "a b"}},
      {"quotes join with adjacent text", R"(-l 'job-name'=pi)", {"-l", "job-name=pi"}},
      {"an empty quoted word stays a word", "get ''", {"get", ""}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(SplitCommandLine(row.line) == row.want); }
  }
}

// kubectl 1.33's flags: no -a/--show-all.
const FlagSet kModern{.show_all = false, .output_watch_events = true};

TEST_CASE("ParseArgs reads kubectl's flags in any position and forms") {
  CommandLine c;
  REQUIRE(ParseArgs({"-n", "kube-system", "get", "pods", "-lapp=x", "--field-selector=status.phase=Running", "-owide",
                     "--show-labels", "-A"},
                    kModern, c)
              .ok());
  CHECK(c.verb == "get");
  CHECK(c.positional == std::vector<std::string>{"pods"});
  CHECK(c.namespace_ == "kube-system");
  CHECK(c.selector == "app=x");
  CHECK(c.field_selector == "status.phase=Running");
  CHECK(c.output == "wide");
  CHECK(c.show_labels);
  CHECK(c.all_namespaces);

  CommandLine logs;
  REQUIRE(ParseArgs({"logs", "pi-x", "-c", "pi", "-p", "--tail", "5"}, kModern, logs).ok());
  CHECK(logs.container == "pi");
  CHECK(logs.previous);
  CHECK(logs.tail == 5);
}

TEST_CASE("ParseArgs reports unknown flags as cobra does") {
  CommandLine c;
  CHECK(ParseArgs({"get", "pods", "--bogus"}, kModern, c).message() == "unknown flag: --bogus");
  CHECK(ParseArgs({"get", "pods", "-a"}, kModern, c).message() == "unknown shorthand flag: 'a' in -a");
  CHECK(ParseArgs({"get", "pods", "-a"}, FlagSet{}, c).ok());
  CHECK(ParseArgs({"get", "pods", "-c", "x"}, kModern, c).message() == "unknown shorthand flag: 'c' in -c");
  CHECK(ParseArgs({"get", "pods", "-o"}, kModern, c).message() == "flag needs an argument: 'o' in -o");
  CHECK(ParseArgs({"logs", "p", "--tail=x"}, kModern, c).message() ==
        "invalid argument \"x\" for \"--tail\" flag: strconv.ParseInt: parsing \"x\": invalid syntax");
}

TEST_CASE("kubectl before 1.16 knows no --output-watch-events flag") {
  CommandLine c;
  const FlagSet before_1_16{.show_all = true, .output_watch_events = false};
  CHECK(ParseArgs({"get", "jobs", "-w", "--output-watch-events"}, before_1_16, c).message() ==
        "unknown flag: --output-watch-events");
  REQUIRE(ParseArgs({"get", "jobs", "-w", "--output-watch-events"}, kModern, c).ok());
  CHECK(c.output_watch_events);
}

TEST_CASE("kubectl before 1.21 knows no --show-managed-fields flag") {
  CommandLine c;
  const FlagSet before_1_21{.show_all = false, .output_watch_events = true, .show_managed_fields = false};
  CHECK(ParseArgs({"get", "job", "pi", "--show-managed-fields"}, before_1_21, c).message() ==
        "unknown flag: --show-managed-fields");
  REQUIRE(ParseArgs({"get", "job", "pi", "--show-managed-fields", "-o", "yaml"}, kModern, c).ok());
  CHECK(c.show_managed_fields);
}
