# The connection log: link cycles and SMTP sessions, for the log viewer (included from
# engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CycleRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/CycleRecordJson.h ${CMAKE_CURRENT_LIST_DIR}/CycleRecordJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogLevel.h
    ${CMAKE_CURRENT_LIST_DIR}/LogEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionLog.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionLog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionLogQueries.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionLogRetention.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InboundSessionRecorder.h ${CMAKE_CURRENT_LIST_DIR}/InboundSessionRecorder.cpp)
