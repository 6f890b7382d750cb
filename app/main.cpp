// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: `sluice` opens the console, `sluice --headless` runs the service, `sluice config ...`
// reads and writes settings. Everything else lives in the libraries.

#include "AccountCommand.h"
#include "ConfigCommand.h"
#include "Console.h"
#include "ControlCommand.h"
#include "DataDirectory.h"
#include "DomainCommand.h"
#include "EngineHost.h"
#include "HostCommand.h"
#include "LogCommand.h"
#include "PasswordCommand.h"
#include "ProfileCommand.h"
#include "QueueCommand.h"
#include "RouteCommand.h"
#include "SecretStore.h"
#include "SecretStoreFactory.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    bool headless = false;
    QString dataDirectory;
    QStringList positional;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sluice, the on-demand mail gateway.\n\n"
                "Commands:\n"
                "  (none)                  open the console\n"
                "  config list             show every setting\n"
                "  config get KEY          show one setting\n"
                "  config set KEY VALUE    change a setting (validated)\n"
                "  config unset KEY        restore a setting's default\n"
                "  config describe [KEY]   explain settings\n"
                "  config export [FILE]    the whole configuration as JSON, without passwords\n"
                "  config import FILE [--dry-run]\n"
                "                          replace the configuration with FILE's\n"
                "  domain list|add|remove  the E-Mail Domain list (domain --help)\n"
                "  password set|delete smarthost|domain NAME|dialup|retrieval\n"
                "                          a password (read from standard input)\n"
                "  profile list|add|remove connection profiles (profile --help)\n"
                "  account list|add|remove accounts that log in to Sluice's SMTP server\n"
                "                          (account --help; password from standard input)\n"
                "  host list|add|remove    the Hosts list: who may connect, and relay (host --help)\n"
                "  route list|add|remove   the reroute table: SENT_TO -> ROUTE_TO (route --help)\n"
                "  connect-now             ask the running Sluice to connect now\n"
                "  hang-up                 end the running connection cycle\n"
                "  status                  the running Sluice's link and queue state\n"
                "  pause | resume          stop / restart the schedule (connect-now still works)\n"
                "  reload                  make the running Sluice re-read its settings now\n"
                "  queue list|show|retry|delete|hold|release\n"
                "                          the running Sluice's queue (queue --help)\n"
                "  log tail [-n N] [--follow] | show ENTRY | list [--failed] [--since ISO] [--search TEXT]\n"
                "                          the running Sluice's connection log (log --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"headless"_s, QCoreApplication::translate("main", "Run the mail engine without a window "
                                                            "until SIGTERM or SIGINT.")});
    parser.addOption(
        {u"data-dir"_s,
         QCoreApplication::translate("main", "Use DIR for configuration, queue and mail "
                                             "(default: $SLUICE_DATA_DIR, else the user's data folder)."),
         u"DIR"_s});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "config, or nothing."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);
    return {parser.isSet(u"headless"_s), parser.value(u"data-dir"_s), parser.positionalArguments()};
}

int runSettingsCommand(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString dataDirectory = Sluice::resolveDataDirectory(options.dataDirectory);
    QString error;
    if (!Sluice::createDataDirectory(dataDirectory, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const auto settings = Sluice::Settings::open(Sluice::configDatabasePath(dataDirectory),
                                                 {dataDirectory, Sluice::machineHostName()}, &error);
    if (!settings) {
        err << error << Qt::endl;
        return 1;
    }
    if (options.positional.value(0) == "domain"_L1)
        return Sluice::runDomainCommand(options.positional.mid(1), *settings, out, err);
    if (options.positional.value(0) == "host"_L1)
        return Sluice::runHostCommand(options.positional.mid(1), *settings, out, err);
    if (options.positional.value(0) == "route"_L1)
        return Sluice::runRouteCommand(options.positional.mid(1), *settings, out, err);
    if (options.positional.value(0) == "profile"_L1)
        return Sluice::runProfileCommand(options.positional.mid(1), *settings, out, err);
    if (options.positional.value(0) == "account"_L1) {
        QString warning;
        const auto secrets = Sluice::createSecretStore(*settings, &warning);
        if (!warning.isEmpty())
            err << warning << Qt::endl;
        QTextStream in(stdin);
        return Sluice::runAccountCommand(options.positional.mid(1), *settings, *secrets, in, out, err);
    }
    if (options.positional.value(0) == "password"_L1) {
        QString warning;
        const auto secrets = Sluice::createSecretStore(*settings, &warning);
        if (!warning.isEmpty())
            err << warning << Qt::endl;
        QTextStream in(stdin);
        return Sluice::runPasswordCommand(options.positional.mid(1), *settings, *secrets, in, err);
    }
    return Sluice::runConfigCommand(options.positional.mid(1), *settings, out, err);
}

bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--data-dir") {
            ++i;
            continue;
        }
        if (argument.startsWith("--data-dir="))
            continue;
        return false; // a command, --headless, --help or --version: no window
    }
    return true;
}

void describeApplication()
{
    // Translations are embedded (translations/CMakeLists.txt); the system locale picks one.
    Sluice::installTranslations(QLocale());
    QCoreApplication::setApplicationName(u"sluice"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsWindow(argc, argv)) {
        QApplication app(argc, argv);
        describeApplication();
        const Options options = parseOptions(app);
        return Sluice::runConsole(Sluice::resolveDataDirectory(options.dataDirectory));
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    const Options options = parseOptions(app);
    if (options.headless)
        return Sluice::runHeadless(Sluice::resolveDataDirectory(options.dataDirectory));
    const QString command = options.positional.value(0);
    if (command == "config"_L1 || command == "domain"_L1 || command == "password"_L1 ||
        command == "profile"_L1 || command == "account"_L1 || command == "host"_L1 || command == "route"_L1)
        return runSettingsCommand(options);
    if (command == "log"_L1) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Sluice::runLogCommand(Sluice::resolveDataDirectory(options.dataDirectory),
                                     options.positional.mid(1), out, err);
    }
    if (command == "queue"_L1) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Sluice::runQueueCommand(Sluice::resolveDataDirectory(options.dataDirectory),
                                       options.positional.mid(1), out, err);
    }
    if (Sluice::isControlCommand(command) && options.positional.size() == 1) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Sluice::runControlCommand(Sluice::resolveDataDirectory(options.dataDirectory), command, out,
                                         err);
    }
    std::fprintf(stderr, "sluice: unknown command \"%s\"; see sluice --help\n",
                 qUtf8Printable(options.positional.value(0)));
    return 2;
}
