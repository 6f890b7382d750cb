# Asking the provider for held mail: ETRN, TURN, ATRN (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RetrievalSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/RetrievalOutcome.h ${CMAKE_CURRENT_LIST_DIR}/RetrievalReplies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReversedSession.h ${CMAKE_CURRENT_LIST_DIR}/ReversedSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProviderRetrieval.h ${CMAKE_CURRENT_LIST_DIR}/ProviderRetrieval.cpp)
