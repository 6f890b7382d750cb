// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: `sluice config import` (ConfigTransfer) fed arbitrary bytes, against a real
// configuration database in a temporary folder, created once per process.
//
// Properties checked on every input (abort() when one fails):
// - a dry run never changes the configuration;
// - a refused import changes nothing (the export before and after are the same) and says why;
// - an accepted import stores exactly what was read, and its re-export imports again to the same
//   configuration without a change.
// After an accepted import the baseline configuration is imported again (one transaction), so every
// input starts from the same state.

#include "ConfigTransfer.h"
#include "ConfigTransferReader.h"
#include "ConfigTransferSnapshot.h"
#include "FuzzCheck.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Sluice;

namespace {

// A configuration with rows in every table, so that "nothing changed" means something.
constexpr char baseline[] = R"({
    "connection_profiles": [{"name": "link", "connect": "/usr/bin/pon provider", "probe": "tcp:192.0.2.1:25"}],
    "email_domains": [{"domain": "example.org", "forward": true, "host": "relay.example.org", "port": 587,
                       "auth": "login", "account": "office", "tls": "required"}],
    "format": "sluice-configuration",
    "host_rules": [{"network": "192.168.1.0/24", "action": "accept", "relay": true},
                   {"network": "10.0.0.7", "action": "reject"}],
    "routes": [{"sent_to": "example.com", "route_to": "mail.example.net:2525"}],
    "server_accounts": [{"name": "branch", "domains": ["branch.example"]}],
    "settings": {"smtp.listen": "127.0.0.1:2525", "routing.local_domains": ["example.net"],
                 "smtp.max_recipients": 50, "routing.reroute": true},
    "version": 1
})";

using Fuzz::check;

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
};

World &world()
{
    static World *instance = [] {
        static int argc = 1;
        static char name[] = "fuzz_configimport";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        // Rows a hand edit made invalid are reported with qWarning; thousands per second help no one.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "%s\n", qPrintable(message));
                std::abort();
            }
        });
        auto *created = new World;
        check(created->dir.isValid(), "temporary folder");
        QString error;
        created->settings = Settings::open(created->dir.filePath(u"sluice.db"_s),
                                           {created->dir.path(), u"mx.example.org"_s}, &error);
        check(created->settings != nullptr, "open the configuration database");
        check(ConfigTransfer::importConfiguration(*created->settings, QByteArray(baseline)).ok,
              "baseline imports");
        return created;
    }();
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    Settings &settings = *w.settings;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray before = ConfigTransfer::exportConfiguration(settings);

    const ConfigImportResult dryRun =
        ConfigTransfer::importConfiguration(settings, input, ConfigTransfer::Mode::DryRun);
    check(ConfigTransfer::exportConfiguration(settings) == before, "a dry run changes nothing");

    const ConfigImportResult result = ConfigTransfer::importConfiguration(settings, input);
    check(result.ok == dryRun.ok && result.changed == dryRun.changed, "the dry run predicts the import");
    if (!result.ok) {
        check(!result.error.isEmpty() && !result.writeFailed, "a refused import says why");
        check(ConfigTransfer::exportConfiguration(settings) == before, "a refused import changes nothing");
        return 0;
    }
    ConfigSnapshot read;
    QString error;
    check(ConfigTransferReader::read(input, &read, &error), "an accepted document reads");
    check(ConfigSnapshot::capture(settings) == read, "an import stores what it read");
    const QByteArray exported = ConfigTransfer::exportConfiguration(settings);
    const ConfigImportResult again = ConfigTransfer::importConfiguration(settings, exported);
    check(again.ok && !again.changed, "a re-export imports without a change");
    check(ConfigTransfer::exportConfiguration(settings) == exported, "a re-export imports to the same");
    if (result.changed)
        check(ConfigTransfer::importConfiguration(settings, QByteArray(baseline)).ok,
              "the baseline imports again");
    return 0;
}
