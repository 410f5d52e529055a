// The replaced operator new and delete (alloc/recycling_new.cc), linked into
// this test binary as into jobsim: every block it hands out holds what was
// asked, however it was freed before, on any thread.
#include <mimalloc.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

namespace {

struct Block {
  unsigned char* bytes;
  size_t size;
  unsigned char fill;
};

Block Make(size_t size, unsigned char fill) {
  auto* bytes = static_cast<unsigned char*>(::operator new(size));
  std::memset(bytes, fill, size);
  return {bytes, size, fill};
}

// The block still holds its pattern (no other block overlapped it), then goes.
bool Intact(const Block& b) {
  for (size_t i = 0; i < b.size; ++i) {
    if (b.bytes[i] != b.fill) return false;
  }
  return true;
}

// Sizes around every 16-byte class up to and past the cached 1 KiB.
size_t SizeOf(uint64_t i) { return (i * 2654435761u) % 1100; }

TEST_CASE("recycling operator new: every block holds what was asked, freed sized or not", "[alloc]") {
  std::vector<Block> live;
  bool all_fit = true, all_intact = true;
  for (uint64_t i = 0; i < 20000; ++i) {
    const Block b = Make(SizeOf(i), static_cast<unsigned char>(i));
    all_fit &= mi_usable_size(b.bytes) >= b.size;
    live.push_back(b);
    if (i % 3 == 2) {  // free two of three, alternately sized and not, newest first
      for (int k = 0; k < 2; ++k) {
        const Block gone = live.back();
        live.pop_back();
        all_intact &= Intact(gone);
        if (gone.size % 2) {
          ::operator delete(gone.bytes, gone.size);
        } else {
          ::operator delete(gone.bytes);
        }
      }
    }
  }
  for (const Block& b : live) {
    all_intact &= Intact(b);
    ::operator delete(b.bytes, b.size);
  }
  CHECK(all_fit);
  CHECK(all_intact);
}

TEST_CASE("recycling operator new: blocks freed on other threads, and threads that end", "[alloc]") {
  std::mutex mu;
  std::vector<Block> handed;  // made on one thread, freed on another
  bool all_fit = true, all_intact = true;
  auto work = [&](unsigned seed) {
    bool fit = true, intact = true;
    for (uint64_t i = 0; i < 5000; ++i) {
      const Block b = Make(SizeOf(i * 7 + seed), static_cast<unsigned char>(seed + i));
      fit &= mi_usable_size(b.bytes) >= b.size;
      Block other{nullptr, 0, 0};
      {
        std::lock_guard<std::mutex> lock(mu);
        handed.push_back(b);
        if (handed.size() > 64) {
          other = handed.front();
          handed.erase(handed.begin());
        }
      }
      if (other.bytes) {
        intact &= Intact(other);
        ::operator delete(other.bytes, other.size);
      }
    }
    std::lock_guard<std::mutex> lock(mu);
    all_fit &= fit;
    all_intact &= intact;
  };
  for (int round = 0; round < 3; ++round) {
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < 4; ++t) threads.emplace_back(work, t + 10 * round);
    for (auto& t : threads) t.join();
  }
  for (const Block& b : handed) {
    all_intact &= Intact(b);
    ::operator delete(b.bytes);
  }
  CHECK(all_fit);
  CHECK(all_intact);
}

TEST_CASE("recycling operator new: nothrow and array forms share the cache safely", "[alloc]") {
  bool all_fit = true;
  for (size_t n = 0; n < 1100; n += 7) {
    char* a = new (std::nothrow) char[n];
    REQUIRE(a != nullptr);
    all_fit &= mi_usable_size(a) >= n;
    std::memset(a, 1, n);
    delete[] a;
    void* b = ::operator new(n, std::nothrow);
    all_fit &= mi_usable_size(b) >= n;
    ::operator delete(b, std::nothrow);
  }
  CHECK(all_fit);
}

}  // namespace
