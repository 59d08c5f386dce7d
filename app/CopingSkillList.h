#pragma once

#include "QmlSingleton.h"
#include "catalog/CopingSkillCatalog.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace stepstone {

// The coping skills a client can pick from. The first row is "none chosen".
class CopingSkillList : public QAbstractListModel, public QmlSingleton<CopingSkillList> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Role { SkillIdRole = Qt::UserRole + 1, TitleRole, SummaryRole };

    explicit CopingSkillList(CopingSkillCatalog catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString& skillId) const;
    QString titleFor(const QString& skillId) const { return m_catalog.titleFor(skillId); }

private:
    CopingSkillCatalog m_catalog;
};

} // namespace stepstone
