# Outbound routing, delivery job, retries and failure reports (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutboundConfig.h)
