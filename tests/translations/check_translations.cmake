# Runs lupdate over the sources into a copy of the German .ts file: every message the sources
# have that the file lacks comes in as unfinished, so a missing entry fails like an unfinished one.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/verbund_de.ts")
configure_file("${SOURCE_DIR}/resources/translations/verbund_de.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none app core ui -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<translation></translation>" empty "${content}")
list(LENGTH empty emptyCount)
if(count GREATER 0 OR emptyCount GREATER 0)
    string(REPLACE ";" "\n" list "${unfinished}")
    message(FATAL_ERROR "German translation incomplete: ${count} missing or unfinished, "
                        "${emptyCount} empty.\n${list}\nRun the update_translations target "
                        "and translate the new entries.")
endif()
message(STATUS "German translation complete")
