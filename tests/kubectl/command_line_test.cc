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

TEST_CASE("ParseArgs reads kubectl's flags in any position and forms") {
  CommandLine c;
  REQUIRE(ParseArgs({"-n", "kube-system", "get", "pods", "-lapp=x", "--field-selector=status.phase=Running", "-owide",
                     "--show-labels", "-A"},
                    false, c)
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
  REQUIRE(ParseArgs({"logs", "pi-x", "-c", "pi", "-p", "--tail", "5"}, false, logs).ok());
  CHECK(logs.container == "pi");
  CHECK(logs.previous);
  CHECK(logs.tail == 5);
}

TEST_CASE("ParseArgs reports unknown flags as cobra does") {
  CommandLine c;
  CHECK(ParseArgs({"get", "pods", "--bogus"}, false, c).message() == "unknown flag: --bogus");
  CHECK(ParseArgs({"get", "pods", "-a"}, false, c).message() == "unknown shorthand flag: 'a' in -a");
  CHECK(ParseArgs({"get", "pods", "-a"}, true, c).ok());
  CHECK(ParseArgs({"get", "pods", "-c", "x"}, false, c).message() == "unknown shorthand flag: 'c' in -c");
  CHECK(ParseArgs({"get", "pods", "-o"}, false, c).message() == "flag needs an argument: 'o' in -o");
  CHECK(ParseArgs({"logs", "p", "--tail=x"}, false, c).message() ==
        "invalid argument \"x\" for \"--tail\" flag: strconv.ParseInt: parsing \"x\": invalid syntax");
}
