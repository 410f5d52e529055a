#include "kubectl/tabwriter.h"

#include <catch2/catch.hpp>

using jobsim::kubectl::TabWriter;

namespace {

struct Row {
  std::string name;
  int minwidth, tabwidth, padding;
  char padchar;
  unsigned flags;
  std::string input;
  std::string want;
};

std::string Format(const Row& r) {
  TabWriter w(r.minwidth, r.tabwidth, r.padding, r.padchar, r.flags);
  w.Write(r.input);
  w.Flush();
  return w.output();
}

}  // namespace

// Expectations hand-computed from Go's text/tabwriter and checked against
// go1.19 (text/tabwriter) output.
TEST_CASE("tab writer matches Go text/tabwriter") {
  const std::vector<Row> rows = {
      {"cells are padded to the widest cell of the column plus padding", 0, 8, 1, ' ', 0, "a\tb\tc\naaa\tbbbb\tc\n",
       "a   b    c\naaa bbbb c\n"},
      {"a column block ends where a line has no cell in that column", 0, 8, 1, '.', TabWriter::kDebug,
       "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n", "aaaa.|bbb.|d\naa...|b...|dd\na....|\naa...|cccc.|eee\n"},
      {"a line without a tab flushes, so blocks above and below align separately", 0, 8, 1, ' ', 0,
       "a\tb\nxx\naaaa\tb\n", "a b\nxx\naaaa b\n"},
      {"padchar tab pads with tabs to the next tabwidth multiple (kubectl 1.3 describe)", 0, 8, 1, '\t', 0,
       "Name:\tpi\nPods Statuses:\tx\n", "Name:\t\tpi\nPods Statuses:\tx\n"},
      {"minwidth 10 and padding 3 (kubectl 1.3 get)", 10, 4, 3, ' ', 0, "NAME\tAGE\npi-9d1iv\t0s\n",
       "NAME       AGE\npi-9d1iv   0s\n"},
      {"minwidth 6 and padding 3 (modern kubectl get)", 6, 4, 3, ' ', 0, "NAME\tAGE\npi\t1s\n",
       "NAME   AGE\npi     1s\n"},
      {"the last cell of a line is never padded", 0, 8, 2, ' ', 0, "  Ready \tTrue \n  PodScheduled \tTrue \n",
       "  Ready          True \n  PodScheduled   True \n"},
      {"AlignRight pads before the text", 0, 8, 1, '.', TabWriter::kAlignRight, "a\tbbb\tc\n", ".a.bbbc\n"},
      {"DiscardEmptyColumns drops columns of empty soft-tab cells", 0, 8, 1, '.', TabWriter::kDiscardEmptyColumns,
       "a\v\vb\n", "a.b\n"},
      {"without DiscardEmptyColumns an empty column keeps its padding", 0, 8, 1, '.', 0, "a\v\vb\n", "a..b\n"},
      {"TabIndent pads leading empty cells with tabs", 3, 4, 1, '-', TabWriter::kTabIndent, "\tx\ty\n\t\tz\n",
       "\tx--y\n\t\tz\n"},
      {"widths count runes, not bytes", 0, 8, 1, ' ', 0, "\xc3\xa9\tx\nab\ty\n", "\xc3\xa9  x\nab y\n"},
      {"escaped text keeps its tabs and counts without the escape bytes", 0, 8, 1, '.', TabWriter::kStripEscape,
       "\xff"
       "a\tb\xff\tc\n",
       "a\tb.c\n"},
      {"text after the last newline is flushed as is", 0, 8, 1, ' ', 0, "a\tb\nc", "a b\nc"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(Format(row) == row.want); }
  }
}

TEST_CASE("RememberWidths keeps the widest column across flushes (liggitt/tabwriter)") {
  TabWriter w(0, 8, 1, ' ', TabWriter::kRememberWidths);
  w.Write("a\tb\n");
  w.Flush();
  w.Write("aaaa\tb\n");
  w.Flush();
  w.Write("a\tb\n");
  w.Flush();
  CHECK(w.output() == "a b\naaaa b\na    b\n");
}

TEST_CASE("without RememberWidths each flush starts afresh") {
  TabWriter w(0, 8, 1, ' ', 0);
  w.Write("aaaa\tb\n");
  w.Flush();
  w.Write("a\tb\n");
  w.Flush();
  CHECK(w.output() == "aaaa b\na b\n");
}
