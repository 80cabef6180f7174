# `bench_project --keep DIR` leaves the project and its package in DIR (issue 8, point 8): run the
# smallest benchmark there and check both files. Not a timing: the figures are not looked at.
#   cmake -DBENCH=<bench_project> -DDIR=<empty folder> -P keep-check.cmake
file(REMOVE_RECURSE "${DIR}")
execute_process(COMMAND "${BENCH}" --keep "${DIR}" --media-mb 1 --runs 1
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "bench_project --keep failed (${status}):\n${out}\n${err}")
endif()
foreach(kept bench.cwcourse site.zip)
    if(NOT EXISTS "${DIR}/${kept}")
        message(FATAL_ERROR "bench_project --keep did not leave ${kept} in ${DIR}:\n${out}")
    endif()
endforeach()
file(SIZE "${DIR}/bench.cwcourse" size)
if(size LESS 100000)
    message(FATAL_ERROR "the kept project is only ${size} bytes")
endif()
file(REMOVE_RECURSE "${DIR}")
