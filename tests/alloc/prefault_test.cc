// The prefault policy (alloc/prefault.h), table by table, and the running
// thread in this binary, which links the executables' allocator: memory
// mimalloc hands out comes from the reserved region, and pages beyond what is
// in use become present without anyone writing to them.
#include "alloc/prefault.h"

#include <sys/mman.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <new>
#include <thread>
#include <vector>

namespace prefault = jobsim::alloc::prefault;

namespace {

constexpr uintptr_t kMiB = uintptr_t{1} << 20;
constexpr uintptr_t kPage = 4096;
constexpr uintptr_t kBegin = uintptr_t{1} << 40;
constexpr prefault::Range kRegion{kBegin, kBegin + 1024 * kMiB};

// Whether this process could map a region of the prefault's size now (a
// strict overcommit policy or an address-space limit would refuse it).
bool RegionFits() {
  void* p = mmap(nullptr, prefault::kRegionBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  munmap(p, prefault::kRegionBytes);
  return true;
}

// Whether the kernel populates on request (Linux 5.14 and later).
bool KernelPopulates() {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  void* p = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  const bool populated = madvise(p, page, MADV_POPULATE_WRITE) == 0;
  munmap(p, page);
  return populated;
}

bool Resident(uintptr_t address) {
  const uintptr_t page = address & ~(static_cast<uintptr_t>(sysconf(_SC_PAGESIZE)) - 1);
  unsigned char in_core = 0;
  return mincore(reinterpret_cast<void*>(page), 1, &in_core) == 0 && (in_core & 1) != 0;
}

}  // namespace

TEST_CASE("prefault lookahead: a quarter of what is in use, between 4 and 32 MiB", "[alloc]") {
  struct Row {
    uintptr_t in_use_bytes;
    uintptr_t lookahead_bytes;
  };
  for (const Row& row : {Row{0, 4 * kMiB}, Row{10 * kMiB, 4 * kMiB}, Row{16 * kMiB, 4 * kMiB},
                         Row{40 * kMiB, 10 * kMiB}, Row{128 * kMiB, 32 * kMiB}, Row{400 * kMiB, 32 * kMiB}}) {
    INFO("in use " << row.in_use_bytes / kMiB << " MiB");
    CHECK(prefault::Lookahead(row.in_use_bytes) == row.lookahead_bytes);
  }
}

TEST_CASE("prefault NextPopulate: what the thread populates next", "[alloc]") {
  struct Row {
    const char* what;
    uintptr_t populated_end;
    uintptr_t in_use_end;
    prefault::Range expected;
  };
  const Row rows[] = {
      {"nothing populated yet: a full lookahead from the region's start", kBegin, kBegin, {kBegin, kBegin + 4 * kMiB}},
      {"more than half the lookahead still ahead: nothing", kBegin + 4 * kMiB, kBegin + kMiB, {}},
      {"exactly half ahead: nothing", kBegin + 4 * kMiB, kBegin + 2 * kMiB, {}},
      {"less than half ahead: on to a full lookahead beyond what is in use",
       kBegin + 4 * kMiB,
       kBegin + 2 * kMiB + 1,
       {kBegin + 4 * kMiB, kBegin + 6 * kMiB + kPage}},
      {"use ran past the populated end: from the page in use on (the pages below faulted in already)",
       kBegin + 4 * kMiB,
       kBegin + 9 * kMiB + 100,
       {kBegin + 9 * kMiB, kBegin + 13 * kMiB + kPage}},
      {"the lookahead grows with what is in use (a quarter of 180 MiB, capped at 32)",
       kBegin + 190 * kMiB,
       kBegin + 180 * kMiB,
       {kBegin + 190 * kMiB, kBegin + 212 * kMiB}},
      {"never past the region's end", kBegin + 1010 * kMiB, kBegin + 1000 * kMiB, {kBegin + 1010 * kMiB, kRegion.to}},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    const prefault::Range got = prefault::NextPopulate(row.populated_end, row.in_use_end, kRegion, kPage);
    CHECK(got.empty() == row.expected.empty());
    if (!row.expected.empty()) {
      CHECK(got.from == row.expected.from);
      CHECK(got.to == row.expected.to);
    }
  }
}

TEST_CASE("prefault WakeMark: with nothing to do, an address in use at which there is work again", "[alloc]") {
  struct Row {
    uintptr_t populated_mib;
    uintptr_t in_use_mib;
  };
  for (const Row& row : {Row{4, 1}, Row{12, 8}, Row{64, 50}, Row{300, 260}}) {
    const uintptr_t populated_end = kBegin + row.populated_mib * kMiB;
    const uintptr_t in_use_end = kBegin + row.in_use_mib * kMiB;
    INFO("populated " << row.populated_mib << " MiB, in use " << row.in_use_mib << " MiB");
    REQUIRE(prefault::NextPopulate(populated_end, in_use_end, kRegion, kPage).empty());
    const uintptr_t mark = prefault::WakeMark(populated_end, in_use_end, kRegion);
    CHECK(mark > in_use_end);
    CHECK(!prefault::NextPopulate(populated_end, mark + 1, kRegion, kPage).empty());
  }
}

TEST_CASE("prefault at run time: blocks come from the region, and pages ahead of them become present", "[alloc]") {
  const uintptr_t begin = prefault::shared.region_begin.load();
  const uintptr_t end = prefault::shared.region_end.load();
  if (begin == 0 && !RegionFits()) {
    WARN("no address space for the prefault region here: pages fault in as without it");
    return;
  }
  REQUIRE(begin != 0);  // reserved before the libraries started

  // Blocks of 4 KiB are not cached by the recycling operator new: mimalloc hands each out.
  std::vector<void*> blocks;
  for (int i = 0; i < 2048; ++i) blocks.push_back(::operator new(4096));
  const auto first = reinterpret_cast<uintptr_t>(blocks.front());
  CHECK(first >= begin);
  CHECK(first < end);

  if (!KernelPopulates()) {
    WARN("the kernel has no MADV_POPULATE_WRITE: the prefault thread stopped");
    for (void* b : blocks) ::operator delete(b, 4096);
    return;
  }
  // A page a megabyte beyond the highest block handed out: nobody writes to it.
  const uintptr_t ahead = prefault::shared.in_use_end.load() + kMiB;
  bool present = Resident(ahead);
  for (int tries = 0; !present && tries < 500; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    present = Resident(ahead);
  }
  CHECK(present);
  for (void* b : blocks) ::operator delete(b, 4096);
}
