# One golden test of `jobsim diff` (registered in tests/CMakeLists.txt):
# runs `JOBSIM diff ARGS` in the working directory, checks its exit code against
# WANT_CODE and its output against GOLDEN byte for byte. With the environment
# variable JOBSIM_UPDATE_GOLDEN set, writes the output to GOLDEN instead.
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${JOBSIM}" diff ${args} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL WANT_CODE)
  message(FATAL_ERROR "jobsim diff ${ARGS}: exit code ${code}, want ${WANT_CODE}\n${err}")
endif()
if(DEFINED ENV{JOBSIM_UPDATE_GOLDEN})
  file(WRITE "${GOLDEN}" "${out}")
  return()
endif()
file(READ "${GOLDEN}" want)
if(NOT "${out}" STREQUAL "${want}")
  file(WRITE "${ACTUAL}" "${out}")
  message(FATAL_ERROR "jobsim diff ${ARGS}: the output differs from ${GOLDEN}\n"
                      "see: diff -u ${GOLDEN} ${ACTUAL}")
endif()
