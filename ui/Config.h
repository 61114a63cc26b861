#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace scs {

// The application's settings, every key spelled once with its type and
// default (the idea of KeePassXC's Config). Stored with QSettings under the
// application's organization and name, in the file configureApplication()
// keeps private (0600); the key names are the ones earlier versions wrote,
// so existing settings still read.
//
//     const QString language = Config::get(Config::Language);
//     Config::set(Config::RecentFiles, files);
class Config
{
public:
    template<typename T> struct Key
    {
        QLatin1StringView name;
        T fallback; // what get() returns while the key is not set
    };

    // The UI language chosen last ("en", "ja"; empty: the system's).
    static const Key<QString> Language;
    // Files: the most recent first, the last opened or saved, the folder
    // of the last file dialog.
    static const Key<QStringList> RecentFiles;
    static const Key<QString> LastFile;
    static const Key<QString> LastDirectory;
    // The main window: geometry, the two splitters, which panels are shown.
    static const Key<QByteArray> WindowGeometry;
    static const Key<QByteArray> MainSplitter;
    static const Key<QByteArray> RightSplitter;
    static const Key<bool> FindingsShown;
    static const Key<bool> ConversationShown;
    // The findings panel shows each finding's rule id.
    static const Key<bool> ShowRuleIds;
    // Milliseconds between autosaves of the recovery copy.
    static const Key<int> AutosaveIntervalMs;
    // Team workspaces opened, the most recent first: their addresses as
    // typed, never with a password (PostgreSQL's own means hold those).
    static const Key<QStringList> RecentWorkspaces;
    // Milliseconds between two looks at who else has a workspace project open.
    static const Key<int> PresenceIntervalMs;

    // At most this many recent files are kept.
    static constexpr int MaxRecentFiles = 8;

    template<typename T> static T get(const Key<T> &key)
    {
        const QVariant value = read(key.name);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : key.fallback;
    }
    // Written only when it differs from what is stored: each write of the
    // settings file is synced to disk.
    template<typename T> static void set(const Key<T> &key, const T &value)
    {
        if (get(key) != value)
            write(key.name, QVariant::fromValue(value));
    }
    template<typename T> static void reset(const Key<T> &key) { remove(key.name); }

    // Puts `path` first in RecentFiles (at most MaxRecentFiles) and makes
    // it the LastFile.
    static void addRecentFile(const QString &path);
    // Puts `url` first in RecentWorkspaces; false (nothing kept) when it
    // holds a password.
    static bool addRecentWorkspace(const QString &url);

    // The settings file.
    static QString fileName();
    // Every key's name, for tests.
    static QStringList keyNames();

private:
    // Puts `item` first in the list `key` (at most MaxRecentFiles).
    static void addRecent(const Key<QStringList> &key, const QString &item);
    static QVariant read(QLatin1StringView name);
    static void write(QLatin1StringView name, const QVariant &value);
    static void remove(QLatin1StringView name);
};

} // namespace scs
