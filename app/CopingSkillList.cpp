#include "CopingSkillList.h"

namespace stepstone {

CopingSkillList::CopingSkillList(CopingSkillCatalog catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(std::move(catalog)) {}

int CopingSkillList::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_catalog.skills().size()) + 1;
}

QVariant CopingSkillList::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case SkillIdRole:
            return QString();
        case TitleRole:
        case Qt::DisplayRole:
            return tr("None yet");
        default:
            return QString();
        }
    }
    const CopingSkill& skill = m_catalog.skills()[std::size_t(index.row() - 1)];
    switch (role) {
    case SkillIdRole:
        return skill.id;
    case TitleRole:
    case Qt::DisplayRole:
        return skill.title;
    case SummaryRole:
        return skill.summary;
    default:
        return {};
    }
}

QHash<int, QByteArray> CopingSkillList::roleNames() const {
    return {{SkillIdRole, "skillId"}, {TitleRole, "title"}, {SummaryRole, "summary"}};
}

int CopingSkillList::indexOf(const QString& skillId) const {
    const auto& skills = m_catalog.skills();
    for (std::size_t i = 0; i < skills.size(); ++i)
        if (skills[i].id == skillId)
            return int(i) + 1;
    return 0;
}

} // namespace stepstone
