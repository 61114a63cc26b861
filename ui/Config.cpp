#include "Config.h"

#include "storage/Autosaver.h"
#include "storage/WorkspaceConnection.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace scs {

const Config::Key<QString> Config::Language {"ui/language"_L1, {}};
const Config::Key<QStringList> Config::RecentFiles {"files/recent"_L1, {}};
const Config::Key<QString> Config::LastFile {"files/last"_L1, {}};
const Config::Key<QString> Config::LastDirectory {"files/lastDirectory"_L1, {}};
const Config::Key<QByteArray> Config::WindowGeometry {"window/geometry"_L1, {}};
const Config::Key<QByteArray> Config::MainSplitter {"window/mainSplitter"_L1, {}};
const Config::Key<QByteArray> Config::RightSplitter {"window/rightSplitter"_L1, {}};
const Config::Key<bool> Config::FindingsShown {"window/findingsShown"_L1, true};
const Config::Key<bool> Config::ConversationShown {"window/conversationShown"_L1, false};
const Config::Key<bool> Config::ShowRuleIds {"findings/showRuleIds"_L1, false};
const Config::Key<int> Config::AutosaveIntervalMs {"autosave/intervalMs"_L1, Autosaver::DefaultIntervalMs};
const Config::Key<QStringList> Config::RecentWorkspaces {"workspaces/recent"_L1, {}};
const Config::Key<int> Config::PresenceIntervalMs {"workspaces/presenceIntervalMs"_L1, 2000};

QStringList Config::keyNames()
{
    QStringList names;
    for (QLatin1StringView name :
         {Language.name, RecentFiles.name, LastFile.name, LastDirectory.name, WindowGeometry.name,
          MainSplitter.name, RightSplitter.name, FindingsShown.name, ConversationShown.name, ShowRuleIds.name,
          AutosaveIntervalMs.name, RecentWorkspaces.name, PresenceIntervalMs.name})
        names << name;
    return names;
}

void Config::addRecent(const Key<QStringList> &key, const QString &item)
{
    QStringList items = get(key);
    items.removeAll(item);
    items.prepend(item);
    while (items.size() > MaxRecentFiles)
        items.removeLast();
    set(key, items);
}

void Config::addRecentFile(const QString &path)
{
    addRecent(RecentFiles, path);
    set(LastFile, path);
}

bool Config::addRecentWorkspace(const QString &url)
{
    // An address with a password (or none that libpq could use) is never
    // kept: WorkspaceConnection refuses to connect with one, so none gets
    // here; this is the second lock.
    if (!WorkspaceConnection::conninfo(url, nullptr))
        return false;
    addRecent(RecentWorkspaces, url);
    return true;
}

QString Config::fileName()
{
    return QSettings().fileName();
}

QVariant Config::read(QLatin1StringView name)
{
    return QSettings().value(name);
}

void Config::write(QLatin1StringView name, const QVariant &value)
{
    QSettings().setValue(name, value);
}

void Config::remove(QLatin1StringView name)
{
    QSettings().remove(name);
}

} // namespace scs
