#include "server/chunk_pipe.h"

#include <catch2/catch.hpp>

using namespace jobsim::server;

TEST_CASE("a pipe hands over everything queued, then ends once closed") {
  ChunkPipe pipe(100);
  int wakes = 0;
  pipe.SetWaker([&] { ++wakes; });
  CHECK(pipe.Write("a\n"));
  CHECK(pipe.Write("b\n"));
  std::string out;
  CHECK(pipe.Read(out) == ChunkPipe::ReadState::kData);
  CHECK(out == "a\nb\n");
  CHECK(pipe.Read(out) == ChunkPipe::ReadState::kEmpty);
  pipe.Close();
  CHECK(pipe.Read(out) == ChunkPipe::ReadState::kEnd);
  CHECK(wakes >= 3);
  CHECK_FALSE(pipe.Write("late"));
}

TEST_CASE("a chunk past the bound closes the pipe as overflowed, queued data still drains") {
  ChunkPipe pipe(4);
  CHECK(pipe.Write("abc"));
  CHECK_FALSE(pipe.Write("de"));
  CHECK(pipe.overflowed());
  std::string out;
  CHECK(pipe.Read(out) == ChunkPipe::ReadState::kData);
  CHECK(out == "abc");
  CHECK(pipe.Read(out) == ChunkPipe::ReadState::kEnd);
}

TEST_CASE("once the reader is gone the writer is told to stop") {
  ChunkPipe pipe(100);
  pipe.MarkReaderGone();
  CHECK(pipe.reader_gone());
  CHECK_FALSE(pipe.Write("x"));
}
