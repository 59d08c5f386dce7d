#include "BuiltInFormList.h"

#include "forms/Translation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace stepstone {

namespace {

// The order the client sees; a form not named here comes after these.
constexpr const char* kOrder[] = {
    "cbt-thought-record",   "dbt-diary-card", "chain-analysis", "behaviour-activation-plan",
    "weekly-craving-check", "phq-9",          "gad-7",
};

int rank(const QString& name) {
    const auto* found = std::find_if(std::begin(kOrder), std::end(kOrder), [&](const char* known) {
        return name == QLatin1String(known);
    });
    return int(found - std::begin(kOrder));
}

} // namespace

BuiltInFormList::BuiltInFormList(QObject* parent)
    : QAbstractListModel(parent) {
    const QString language = forms::translationLanguage(QLocale());
    const QDir folder(QStringLiteral(":/assets/forms"));
    for (const QString& file : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile json(folder.filePath(file));
        if (!json.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject form = QJsonDocument::fromJson(json.readAll()).object();
        m_forms.push_back({file.chopped(5),
                           forms::translated(form, QLatin1String("title"), language),
                           forms::translated(form, QLatin1String("description"), language)});
    }
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const Form& a, const Form& b) { return rank(a.name) < rank(b.name); });
}

int BuiltInFormList::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_forms.size());
}

QVariant BuiltInFormList::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Form& form = m_forms[std::size_t(index.row())];
    switch (role) {
    case NameRole:
        return form.name;
    case TitleRole:
        return form.title;
    case DescriptionRole:
        return form.description;
    default:
        return {};
    }
}

QHash<int, QByteArray> BuiltInFormList::roleNames() const {
    return {{NameRole, "name"}, {TitleRole, "title"}, {DescriptionRole, "description"}};
}

} // namespace stepstone
