# The link cycle: dial, deliver, retrieve, wait, hang up (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LinkConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/LinkCycle.h ${CMAKE_CURRENT_LIST_DIR}/LinkCycle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkController.h ${CMAKE_CURRENT_LIST_DIR}/LinkController.cpp)
