# SPDX-License-Identifier: GPL-3.0-or-later
"""`sluice config export` and `sluice config import` with the real binary: a backup restored on a new
data folder is the same configuration, the export file is owner-only and has no password, a bad file
changes nothing (exit 2), a dry run changes nothing, and a running Sluice reloads after an import."""

import json
import os
import stat
import unittest

from sluicetest import SluiceTestCase, run_sluice


class ConfigTransferTest(SluiceTestCase):

    def populate(self):
        for arguments in (("domain", "add", "partner.example", "--route", "relay.partner.example:587",
                           "--auth", "login", "--account", "office"),
                          ("route", "add", "example.com", "mail.example.net:2525"),
                          ("host", "add", "192.168.1.0/24", "--relay")):
            result = self.sluice(*arguments)
            self.assertEqual(result.returncode, 0, "%s: %s" % (arguments, result.stderr))
        self.config_set("smtp.max_recipients", "50")

    def export(self, data_dir=None):
        result = run_sluice(data_dir or self.data_dir, "config", "export")
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_backup_restores_on_a_new_data_folder(self):
        self.populate()
        exported = self.export()
        document = json.loads(exported)
        self.assertEqual((document["format"], document["version"]), ("sluice-configuration", 1))
        self.assertEqual(document["settings"]["smtp.max_recipients"], 50)
        self.assertEqual([d["domain"] for d in document["email_domains"]], ["partner.example"])
        self.assertNotIn("password", exported.lower())

        backup = os.path.join(self._temp.name, "backup.json")
        result = self.sluice("config", "export", backup)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(backup).st_mode), 0o600)
        with open(backup, encoding="utf-8") as file:
            self.assertEqual(file.read(), exported)

        new_gateway = os.path.join(self._temp.name, "new-gateway")
        result = run_sluice(new_gateway, "config", "import", backup)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith("Imported:"), result.stdout)
        self.assertIn("E-mail domains: added partner.example.", result.stdout)
        self.assertIn("the account “office” of the e-mail domain partner.example", result.stdout)
        self.assertEqual(self.export(new_gateway), exported)
        get = run_sluice(new_gateway, "config", "get", "smtp.max_recipients")
        self.assertEqual(get.stdout, "50\n")

    def test_bad_file_changes_nothing(self):
        self.populate()
        before = self.export()
        document = json.loads(before)
        document["routes"].append({"sent_to": "example.com", "route_to": "other.example"})
        document["settings"]["smtp.max_recipients"] = 7
        bad = os.path.join(self._temp.name, "bad.json")
        with open(bad, "w", encoding="utf-8") as file:
            json.dump(document, file)
        result = self.sluice("config", "import", bad)
        self.assertEqual(result.returncode, 2, result.stdout)
        self.assertIn("Nothing was imported from", result.stderr)
        self.assertIn("routes[1]: “example.com” is listed twice.", result.stderr)
        self.assertEqual(self.export(), before)

        with open(bad, "wb") as file:
            file.write(b"\xff\xfe not json")
        result = self.sluice("config", "import", bad)
        self.assertEqual(result.returncode, 2)
        self.assertIn("UTF-8", result.stderr)
        result = self.sluice("config", "import", os.path.join(self._temp.name, "absent.json"))
        self.assertEqual(result.returncode, 2)
        self.assertEqual(self.export(), before)

    def test_dry_run_changes_nothing(self):
        before = self.export()
        document = json.loads(before)
        document["settings"]["smtp.max_recipients"] = 7
        path = os.path.join(self._temp.name, "change.json")
        with open(path, "w", encoding="utf-8") as file:
            json.dump(document, file)
        result = self.sluice("config", "import", path, "--dry-run")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Dry run", result.stdout)
        self.assertIn("Settings set: smtp.max_recipients.", result.stdout)
        self.assertEqual(self.export(), before)

    def test_running_sluice_reloads_after_import(self):
        instance = self.start_sluice()
        document = json.loads(self.export())
        document["settings"]["smtp.max_recipients"] = 7
        path = os.path.join(self._temp.name, "change.json")
        with open(path, "w", encoding="utf-8") as file:
            json.dump(document, file)
        result = self.sluice("config", "import", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("The running Sluice reloaded its settings.", result.stdout)
        self.assertTrue(instance.running())


if __name__ == "__main__":
    unittest.main()
