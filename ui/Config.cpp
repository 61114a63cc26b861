#include "Config.h"

#include "storage/Autosaver.h"

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

QStringList Config::keyNames()
{
    QStringList names;
    for (QLatin1StringView name :
         {Language.name, RecentFiles.name, LastFile.name, LastDirectory.name, WindowGeometry.name,
          MainSplitter.name, RightSplitter.name, FindingsShown.name, ConversationShown.name, ShowRuleIds.name,
          AutosaveIntervalMs.name})
        names << name;
    return names;
}

void Config::addRecentFile(const QString &path)
{
    QStringList files = get(RecentFiles);
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    set(RecentFiles, files);
    set(LastFile, path);
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
