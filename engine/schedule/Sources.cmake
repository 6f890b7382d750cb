# When the link cycle runs: schedules, the clock, the scheduler (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleLog.h
    ${CMAKE_CURRENT_LIST_DIR}/Clock.h ${CMAKE_CURRENT_LIST_DIR}/Clock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Schedule.h ${CMAKE_CURRENT_LIST_DIR}/Schedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkTrigger.h ${CMAKE_CURRENT_LIST_DIR}/LinkTrigger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkSchedulerState.h ${CMAKE_CURRENT_LIST_DIR}/LinkSchedulerState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkScheduler.h ${CMAKE_CURRENT_LIST_DIR}/LinkScheduler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkSchedulerClock.cpp)
