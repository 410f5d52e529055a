// jemalloc's start-up options, read from this symbol (the library's weak
// definition yields to it). Transparent huge pages for data and metadata
// cut the TLB misses of a long run's few hundred MB of small objects, and no
// decay keeps freed pages instead of returning and faulting them in again.
// bench/job_throughput_bench, measured A/B in alternation on 2 cores:
// /100/ 8.2-9.5k -> 12.0-15.2k pods/s; /1000/ 6.0-7.2k -> 6.2-8.4k pods/s,
// better in 4 of 5 pairs; 7.70 -> 7.80 KiB per pod. A small `jobsim run`
// peaks at 15 MB instead of 11 MB. MALLOC_CONF still overrides each option.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
