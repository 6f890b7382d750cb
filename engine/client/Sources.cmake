# Outbound SMTP/LMTP client (included from engine/CMakeLists.txt).
target_sources(sluice_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/Transcript.h ${CMAKE_CURRENT_LIST_DIR}/Transcript.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SaslEncoding.h ${CMAKE_CURRENT_LIST_DIR}/SaslEncoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SaslClient.h ${CMAKE_CURRENT_LIST_DIR}/SaslClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DotStuffing.h ${CMAKE_CURRENT_LIST_DIR}/DotStuffing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EhloCapabilities.h ${CMAKE_CURRENT_LIST_DIR}/EhloCapabilities.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientConnection.h ${CMAKE_CURRENT_LIST_DIR}/SmtpClientConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientHandshake.h ${CMAKE_CURRENT_LIST_DIR}/SmtpClientHandshake.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MailTransaction.h ${CMAKE_CURRENT_LIST_DIR}/MailTransaction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientSession.h ${CMAKE_CURRENT_LIST_DIR}/SmtpClientSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbeResult.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbeResult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbe.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbe.cpp)
