# The durable queue (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QueuedMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/QueueId.h ${CMAKE_CURRENT_LIST_DIR}/QueueId.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueueDatabase.h ${CMAKE_CURRENT_LIST_DIR}/QueueDatabase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueueDatabaseHold.cpp ${CMAKE_CURRENT_LIST_DIR}/QueueDatabaseRemote.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageQueue.h ${CMAKE_CURRENT_LIST_DIR}/MessageQueue.cpp
    # The queue viewer's reads and the postmaster's actions (issue 7).
    ${CMAKE_CURRENT_LIST_DIR}/QueueBrowse.h ${CMAKE_CURRENT_LIST_DIR}/QueueSql.h
    ${CMAKE_CURRENT_LIST_DIR}/QueueDatabaseBrowse.cpp ${CMAKE_CURRENT_LIST_DIR}/QueueDatabaseAdmin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueueAdmin.h ${CMAKE_CURRENT_LIST_DIR}/QueueAdmin.cpp)
