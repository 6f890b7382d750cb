# Outbound SMTP/LMTP client (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientTypes.h)
