# Outbound routing, delivery job, retries and failure reports (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutboundConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/OutboundLog.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.h ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NextHop.h ${CMAKE_CURRENT_LIST_DIR}/NextHop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MxLookup.h ${CMAKE_CURRENT_LIST_DIR}/MxLookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RouteResolver.h ${CMAKE_CURRENT_LIST_DIR}/RouteResolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RerouteTable.h ${CMAKE_CURRENT_LIST_DIR}/RerouteTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryReport.h ${CMAKE_CURRENT_LIST_DIR}/DeliveryReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryOutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeRecorder.h ${CMAKE_CURRENT_LIST_DIR}/OutcomeRecorder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportRouting.h ${CMAKE_CURRENT_LIST_DIR}/ReportRouting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionPool.h ${CMAKE_CURRENT_LIST_DIR}/SessionPool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryJob.h ${CMAKE_CURRENT_LIST_DIR}/DeliveryJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutboundDelivery.h ${CMAKE_CURRENT_LIST_DIR}/OutboundDelivery.cpp)
