# Connection profiles: external commands, dialing and hanging up, discovery (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DialLog.h
    ${CMAKE_CURRENT_LIST_DIR}/ExternalCommand.h ${CMAKE_CURRENT_LIST_DIR}/ExternalCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommandRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProfile.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionProfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileDiscovery.h ${CMAKE_CURRENT_LIST_DIR}/ProfileDiscovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkProbeCheck.h ${CMAKE_CURRENT_LIST_DIR}/LinkProbeCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkDialer.h ${CMAKE_CURRENT_LIST_DIR}/LinkDialer.cpp)
