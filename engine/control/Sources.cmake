# The control socket: the command line and the console reach the running engine here (included
# from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ControlProtocol.h ${CMAKE_CURRENT_LIST_DIR}/ControlProtocol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ControlServer.h ${CMAKE_CURRENT_LIST_DIR}/ControlServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkControl.h ${CMAKE_CURRENT_LIST_DIR}/LinkControl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueueControl.h ${CMAKE_CURRENT_LIST_DIR}/QueueControl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogControl.h ${CMAKE_CURRENT_LIST_DIR}/LogControl.cpp)
