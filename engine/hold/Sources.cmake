# Holding mail for customer domains and the ETRN server that releases it (included from
# engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HoldConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/HeldDomains.h ${CMAKE_CURRENT_LIST_DIR}/HeldDomains.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtrnService.h ${CMAKE_CURRENT_LIST_DIR}/EtrnService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HoldExpiry.h ${CMAKE_CURRENT_LIST_DIR}/HoldExpiry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReversedDelivery.h ${CMAKE_CURRENT_LIST_DIR}/ReversedDelivery.cpp)
